//! What the lab keeps about users besides their Lync attributes: dial-in PINs (Set-, Lock- and
//! Unlock-CsClientPin, Get-CsClientPinInfo, checked against the PIN policy in force), audio
//! conferencing providers (Get-, Set- and Remove-CsUserAcp), where a user is served
//! (Get-CsUserPoolInfo), RBAC role membership (Get-CsAdminRoleAssignment), the credentials of
//! test users (Get-, Set- and Remove-CsTestUserCredential), and the directory seen as AD
//! principals and contacts (Get-CsAdPrincipal, Get-CsAdContact). Move-CsLegacyUser says why
//! the lab cannot.

use super::users::{effective_record, list, one_user, refuse, text, Reader, View};
use super::{BuiltinFn, CmdletResult};
use crate::datetime::DateTime;
use crate::directory::{guid_from, Acp, PinState, User, NETBIOS};
use crate::engine::{Call, Engine, Flow};
use crate::error::ErrorCategory;
use crate::families;
use crate::value::{PsObject, Value};
use std::rc::Rc;

/// The catalog cmdlets this file emulates.
pub const HANDLERS: &[(&str, BuiltinFn)] = &[
    ("Set-CsClientPin", set_pin),
    ("Lock-CsClientPin", lock_pin),
    ("Unlock-CsClientPin", unlock_pin),
    ("Get-CsClientPinInfo", pin_info),
    ("Get-CsUserAcp", get_acp),
    ("Set-CsUserAcp", set_acp),
    ("Remove-CsUserAcp", remove_acp),
    ("Get-CsUserPoolInfo", pool_info),
    ("Get-CsAdminRoleAssignment", role_assignment),
    ("Get-CsTestUserCredential", get_credential),
    ("Set-CsTestUserCredential", set_credential),
    ("Remove-CsTestUserCredential", remove_credential),
    ("Get-CsAdPrincipal", get_principal),
    ("Get-CsAdContact", get_contact),
    ("Move-CsLegacyUser", move_legacy_user),
    ("Get-CsClientCertificate", client_certificates),
    ("Revoke-CsClientCertificate", revoke_client_certificates),
];

pub const AD_PRINCIPAL: &str = "Microsoft.Rtc.Management.ADConnect.Schema.OCSADPrincipal";
pub const AD_CONTACT: &str = "Microsoft.Rtc.Management.ADConnect.Schema.ADContact";
pub const USER_ACP: &str = "Microsoft.Rtc.Management.ADConnect.Schema.ADUserAcp";
const PIN_INFO: &str = "Microsoft.Rtc.Management.UserPinService.PinInfoDetails";
const PIN_SET: &str = "Microsoft.Rtc.Management.UserPinService.PinSetResult";
const POOL_INFO: &str = "Microsoft.Rtc.Management.Xds.GetOCsUserPoolInfoCmdlet+UserInformation";
const ROLE_ASSIGNMENT: &str = "Microsoft.Rtc.Management.Xds.AdminRoleAssignment";
const TEST_CREDENTIAL: &str = "Microsoft.Rtc.Management.Xds.TestUserCredential";
const CLIENT_CERTIFICATE: &str = "Microsoft.Rtc.Management.UserPinService.CertificateInfo";
const ACP_INFO: &str = "Microsoft.Rtc.Management.ADConnect.Collections.AcpInfo";

/// The properties of Get-CsAdPrincipal's and Get-CsAdContact's objects.
pub const PRINCIPAL_PROPERTIES: &[(&str, Reader)] = &[
    ("Identity", |u, _| Value::str(u.distinguished_name())),
    ("SipAddress", |u, _| text(&u.sip_address)),
    ("DisplayName", |u, _| text(&u.display_name)),
    ("ObjectClass", |u, _| {
        let classes: &[&str] = if u.kind.is_contact() {
            &["top", "person", "organizationalPerson", "contact"]
        } else {
            &["top", "person", "organizationalPerson", "user"]
        };
        Value::array(classes.iter().map(|c| Value::str(*c)).collect())
    }),
    ("RegistrarPool", |u, _| text(&u.registrar_pool)),
    ("Enabled", |u, _| u.enabled.map_or(Value::Null, Value::Bool)),
    ("LineURI", |u, _| text(&u.line_uri)),
    ("Organization", |u, _| text(&u.company)),
    ("DistinguishedName", |u, _| {
        Value::str(u.distinguished_name())
    }),
];

/// The properties of Get-CsUserAcp's objects.
pub const ACP_PROPERTIES: &[(&str, Reader)] = &[
    ("Identity", |u, _| Value::str(u.distinguished_name())),
    ("AcpInfo", |u, _| acp_info(u)),
    ("DisplayName", |u, _| text(&u.display_name)),
    ("SipAddress", |u, _| text(&u.sip_address)),
];

/// A user's audio conferencing providers as AcpInfo objects (empty: `$null`).
pub fn acp_info(user: &User) -> Value {
    if user.acp.is_empty() {
        return Value::Null;
    }
    Value::array(user.acp.iter().map(acp_object).collect())
}

fn acp_object(acp: &Acp) -> Value {
    let mut object = PsObject::new(ACP_INFO);
    let numbers = acp.toll_free_numbers.iter().map(Value::str).collect();
    for (name, value) in [
        ("TollNumber", text(&acp.toll_number)),
        ("TollFreeNumbers", Value::array(numbers)),
        ("ParticipantPassCode", text(&acp.participant_passcode)),
        ("Domain", text(&acp.domain)),
        ("Name", text(&acp.name)),
        ("Url", text(&acp.url)),
        ("IsDefault", Value::Bool(acp.is_default)),
    ] {
        object.properties.push((Rc::from(name), value));
    }
    Value::object(object)
}

fn object(type_name: &'static str, properties: Vec<(&str, Value)>) -> Value {
    let mut object = PsObject::new(type_name);
    object.properties = properties
        .into_iter()
        .map(|(name, value)| (Rc::from(name), value))
        .collect();
    Value::object(object)
}

/// The text of the call's -Identity as typed (or the piped object's Identity).
fn typed_identity(call: &Call) -> String {
    super::users::typed_identity(call).unwrap_or_default()
}

// ---- PINs ----

/// The settings of the PIN policy in force for a user: the shortest PIN, whether common
/// patterns are allowed, and how many days a PIN lasts (0: for ever).
struct PinRules {
    min_length: usize,
    common_patterns: bool,
    lifetime_days: i64,
}

fn pin_rules(engine: &Engine, user: &User) -> PinRules {
    let record = effective_record(&engine.session, user, 9);
    let value = |name: &str| {
        let family = families::find("CsPinPolicy")?;
        let (at, _) = family.property(name)?;
        record.map(|r| r.values[at].clone())
    };
    PinRules {
        min_length: value("MinPasswordLength")
            .and_then(|v| v.as_i128())
            .map_or(5, |n| n.clamp(4, 24) as usize),
        common_patterns: value("AllowCommonPatterns").is_some_and(|v| v.is_truthy()),
        lifetime_days: value("PINLifetime")
            .and_then(|v| v.as_i128())
            .map_or(0, |n| n.clamp(0, 999) as i64),
    }
}

/// Whether a PIN is a common pattern: one digit repeated, or digits counting up or down.
fn is_common_pattern(pin: &str) -> bool {
    let digits: Vec<i32> = pin
        .bytes()
        .map(|b| i32::from(b) - i32::from(b'0'))
        .collect();
    let steps: Vec<i32> = digits.windows(2).map(|w| w[1] - w[0]).collect();
    !steps.is_empty() && [0, 1, -1].iter().any(|&s| steps.iter().all(|&d| d == s))
}

/// The PIN the lab makes when none is given: digits drawn from the user's address and the
/// time of their last PIN, so that runs of a script agree, and never a common pattern.
fn generated_pin(user: &User, length: usize) -> String {
    let mut seed = 0;
    loop {
        let guid = guid_from(&format!("{}|{seed}", user.sip_address));
        let pin: String = guid
            .bytes()
            .filter(u8::is_ascii_hexdigit)
            .map(|b| char::from(b'0' + b % 10))
            .cycle()
            .take(length)
            .collect();
        if !is_common_pattern(&pin) {
            return pin;
        }
        seed += 1;
    }
}

fn pin_user(engine: &mut Engine, call: &Call) -> Result<Option<usize>, Flow> {
    one_user(engine, call, View::Sip)
}

fn set_pin(engine: &mut Engine, call: &Call) -> CmdletResult {
    let Some(at) = pin_user(engine, call)? else {
        return Ok(vec![]);
    };
    let user = engine.session.directory.user(at).clone();
    let rules = pin_rules(engine, &user);
    let pin = match call.bound.text("Pin") {
        None => generated_pin(&user, rules.min_length),
        Some(pin) => {
            let problem = if pin.is_empty() || !pin.bytes().all(|b| b.is_ascii_digit()) {
                Some("a PIN is made of digits only".to_string())
            } else if pin.len() < rules.min_length {
                Some(format!(
                    "the PIN policy in force needs at least {} digits",
                    rules.min_length
                ))
            } else if pin.len() > 24 {
                Some("a PIN has at most 24 digits".to_string())
            } else if !rules.common_patterns && is_common_pattern(&pin) {
                Some(
                    "the PIN policy in force does not allow common patterns such as 11111 or 12345"
                        .to_string(),
                )
            } else {
                None
            };
            if let Some(problem) = problem {
                return refuse(
                    engine,
                    call,
                    format!("The PIN was not set: {problem}."),
                    "InvalidPin",
                    ErrorCategory::InvalidArgument,
                );
            }
            pin
        }
    };
    if !engine.should_process(call, &user.distinguished_name())? {
        return Ok(vec![]);
    }
    let now = DateTime::now().0;
    engine.session.directory.update(at, |u| {
        u.pin = Some(PinState {
            locked: false,
            changed: now,
        })
    });
    Ok(vec![object(
        PIN_SET,
        vec![
            ("Identity", Value::str(typed_identity(call))),
            ("Pin", Value::str(pin)),
            ("PinReset", Value::Bool(true)),
        ],
    )])
}

fn lock_pin(engine: &mut Engine, call: &Call) -> CmdletResult {
    change_lock(engine, call, true)
}

fn unlock_pin(engine: &mut Engine, call: &Call) -> CmdletResult {
    change_lock(engine, call, false)
}

fn change_lock(engine: &mut Engine, call: &Call, locked: bool) -> CmdletResult {
    let Some(at) = pin_user(engine, call)? else {
        return Ok(vec![]);
    };
    let user = engine.session.directory.user(at);
    let Some(pin) = user.pin.clone() else {
        let message = format!(
            "\"{}\" has no PIN, so there is nothing to {}.",
            user.distinguished_name(),
            if locked { "lock" } else { "unlock" }
        );
        engine.write_warning(call, &message)?;
        return Ok(vec![]);
    };
    if !engine.should_process(call, &user.distinguished_name())? {
        return Ok(vec![]);
    }
    engine
        .session
        .directory
        .update(at, |u| u.pin = Some(PinState { locked, ..pin }));
    Ok(vec![])
}

fn pin_info(engine: &mut Engine, call: &Call) -> CmdletResult {
    let Some(at) = pin_user(engine, call)? else {
        return Ok(vec![]);
    };
    let user = engine.session.directory.user(at).clone();
    let rules = pin_rules(engine, &user);
    let (set, locked, changed, expires) = match &user.pin {
        None => (false, false, Value::Null, Value::Null),
        Some(pin) => {
            let changed = DateTime(pin.changed);
            let expires = if rules.lifetime_days == 0 {
                Value::Null
            } else {
                changed
                    .add_ticks(rules.lifetime_days * 86_400 * 10_000_000)
                    .map_or(Value::Null, Value::DateTime)
            };
            (true, pin.locked, Value::DateTime(changed), expires)
        }
    };
    Ok(vec![object(
        PIN_INFO,
        vec![
            ("Identity", Value::str(&user.sip_address)),
            ("IsPinSet", Value::Bool(set)),
            ("IsLockedOut", Value::Bool(locked)),
            ("LastPinChangeTime", changed),
            ("PinExpirationTime", expires),
        ],
    )])
}

// ---- Client certificates ----

fn client_certificates(engine: &mut Engine, call: &Call) -> CmdletResult {
    let Some(at) = pin_user(engine, call)? else {
        return Ok(vec![]);
    };
    let user = engine.session.directory.user(at);
    Ok(user
        .client_certificates
        .iter()
        .map(|certificate| {
            object(
                CLIENT_CERTIFICATE,
                vec![
                    ("Identity", Value::str(&user.sip_address)),
                    ("SerialNumber", Value::str(&certificate.serial_number)),
                    (
                        "PublicationTime",
                        Value::DateTime(DateTime(certificate.published)),
                    ),
                    (
                        "ExpirationTime",
                        Value::DateTime(DateTime(certificate.expires)),
                    ),
                ],
            )
        })
        .collect())
}

/// Revoke-CsClientCertificate: every certificate of the user is revoked; the phone must sign
/// in again with its PIN.
fn revoke_client_certificates(engine: &mut Engine, call: &Call) -> CmdletResult {
    let Some(at) = pin_user(engine, call)? else {
        return Ok(vec![]);
    };
    let dn = engine.session.directory.user(at).distinguished_name();
    if !engine.should_process(call, &dn)? {
        return Ok(vec![]);
    }
    engine
        .session
        .directory
        .update(at, |u| u.client_certificates.clear());
    Ok(vec![])
}

// ---- Audio conferencing providers ----

fn get_acp(engine: &mut Engine, call: &Call) -> CmdletResult {
    list(engine, call, View::Acp)
}

fn set_acp(engine: &mut Engine, call: &Call) -> CmdletResult {
    let Some(at) = one_user(engine, call, View::Acp)? else {
        return Ok(vec![]);
    };
    let text_of = |name: &str| call.bound.text(name);
    let name = text_of("Name").unwrap_or_default();
    let mut providers = engine.session.directory.user(at).acp.clone();
    let position = providers
        .iter()
        .position(|p| p.name.eq_ignore_ascii_case(&name));
    let mut acp = position.map_or_else(Acp::default, |i| providers[i].clone());
    acp.name = name;
    for (parameter, field) in [
        ("TollNumber", &mut acp.toll_number),
        ("ParticipantPasscode", &mut acp.participant_passcode),
        ("Domain", &mut acp.domain),
        ("Url", &mut acp.url),
    ] {
        if let Some(value) = text_of(parameter) {
            *field = value;
        }
    }
    if let Some(numbers) = call.bound.get("TollFreeNumbers") {
        acp.toll_free_numbers = numbers.item_texts();
    }
    match call.bound.get("IsDefault") {
        Some(value) => acp.is_default = value.is_truthy(),
        None if providers.is_empty() => acp.is_default = true,
        None => {}
    }
    if acp.is_default {
        for provider in &mut providers {
            provider.is_default = false;
        }
    }
    match position {
        Some(i) => providers[i] = acp,
        None => providers.push(acp),
    }
    let dn = engine.session.directory.user(at).distinguished_name();
    if !engine.should_process(call, &dn)? {
        return Ok(vec![]);
    }
    engine.session.directory.update(at, |u| u.acp = providers);
    Ok(super::users::pass_thru(engine, call, at, View::Acp))
}

fn remove_acp(engine: &mut Engine, call: &Call) -> CmdletResult {
    let Some(at) = one_user(engine, call, View::Acp)? else {
        return Ok(vec![]);
    };
    let text_of = |name: &str| call.bound.text(name);
    let (name, toll, passcode) = (
        text_of("Name"),
        text_of("TollNumber"),
        text_of("ParticipantPasscode"),
    );
    let kept: Vec<Acp> = engine
        .session
        .directory
        .user(at)
        .acp
        .iter()
        .filter(|p| {
            let names = name.as_ref().is_none_or(|n| p.name.eq_ignore_ascii_case(n));
            let tolls = toll.as_ref().is_none_or(|t| &p.toll_number == t);
            let passcodes = passcode
                .as_ref()
                .is_none_or(|c| &p.participant_passcode == c);
            !(names && tolls && passcodes)
        })
        .cloned()
        .collect();
    let dn = engine.session.directory.user(at).distinguished_name();
    if !engine.should_process(call, &dn)? {
        return Ok(vec![]);
    }
    engine.session.directory.update(at, |u| u.acp = kept);
    Ok(super::users::pass_thru(engine, call, at, View::Acp))
}

// ---- Where users are served ----

fn pool_info(engine: &mut Engine, call: &Call) -> CmdletResult {
    let Some(at) = one_user(engine, call, View::Sip)? else {
        return Ok(vec![]);
    };
    let user = engine.session.directory.user(at);
    if user.registrar_pool.is_empty() {
        let message = format!(
            "\"{}\" is not homed on a Registrar pool, so it has no pool information.",
            user.distinguished_name()
        );
        return refuse(
            engine,
            call,
            message,
            "NoRegistrarPool",
            ErrorCategory::InvalidOperation,
        );
    }
    let topology = &engine.session.topology;
    let machines = topology
        .pool(&user.registrar_pool)
        .map(|pool| pool.computers.iter().map(Value::str).collect())
        .unwrap_or_default();
    let pool = Value::str(&user.registrar_pool);
    let first = topology
        .pool(&user.registrar_pool)
        .and_then(|p| p.computers.first())
        .map_or(Value::Null, Value::str);
    // The pool paired as backup; after a failover it serves the user.
    let backup = topology.backup_pool(&user.registrar_pool);
    let backup_machines = backup
        .as_deref()
        .and_then(|b| topology.pool(b))
        .map(|p| p.computers.iter().map(Value::str).collect())
        .unwrap_or_default();
    let serving = topology
        .operations
        .failed_over_to(&user.registrar_pool)
        .map_or(pool.clone(), Value::str);
    Ok(vec![object(
        POOL_INFO,
        vec![
            ("Identity", Value::str(&user.sip_address)),
            ("PrimaryPoolFqdn", pool.clone()),
            ("BackupPoolFqdn", backup.map_or(Value::Null, Value::str)),
            ("UserServicesPoolFqdn", serving),
            ("PrimaryPoolPrimaryRegistrar", first),
            (
                "PrimaryPoolMachinesInPreferredOrder",
                Value::array(machines),
            ),
            (
                "BackupPoolMachinesInPreferredOrder",
                Value::array(backup_machines),
            ),
        ],
    )])
}

// ---- RBAC role membership ----

/// Get-CsAdminRoleAssignment: the RBAC roles of an account, named by its account name
/// (`kenmyer`), `domain\account` or the other user identities.
fn role_assignment(engine: &mut Engine, call: &Call) -> CmdletResult {
    let typed = typed_identity(call);
    let directory = &engine.session.directory;
    let at = directory
        .by_key(&format!("{NETBIOS}\\{typed}"))
        .or_else(|| match directory.find(&typed) {
            crate::directory::Found::Users(found) if found.len() == 1 => Some(found[0]),
            _ => None,
        });
    let Some(at) = at else {
        let e = super::users::not_found_as(engine, call, &typed, "UserIdParameter");
        engine.write_error(*e)?;
        return Ok(vec![]);
    };
    let directory = &engine.session.directory;
    Ok(directory
        .user(at)
        .admin_roles
        .iter()
        .map(|role| object(ROLE_ASSIGNMENT, vec![("Identity", Value::str(role))]))
        .collect())
}

// ---- Test users' credentials ----

fn credential_holder(engine: &Engine, call: &Call) -> (String, Option<usize>) {
    let address = call.bound.text("SipAddress").unwrap_or_default();
    let at = engine.session.directory.by_key(&address);
    (address, at)
}

fn credential_object(user: &User, name: &str) -> Value {
    object(
        TEST_CREDENTIAL,
        vec![
            ("SipAddress", Value::str(&user.sip_address)),
            ("UserName", Value::str(name)),
            ("Password", Value::str("System.Security.SecureString")),
        ],
    )
}

fn get_credential(engine: &mut Engine, call: &Call) -> CmdletResult {
    let (_, at) = credential_holder(engine, call);
    let directory = &engine.session.directory;
    Ok(at
        .and_then(|i| {
            let user = directory.user(i);
            let name = user.test_credential.as_deref()?;
            Some(credential_object(user, name))
        })
        .into_iter()
        .collect())
}

fn set_credential(engine: &mut Engine, call: &Call) -> CmdletResult {
    let (address, at) = credential_holder(engine, call);
    let Some(at) = at.filter(|&i| engine.session.directory.user(i).is_lync_user()) else {
        return refuse(
            engine,
            call,
            format!("No user enabled for Lync Server has the SIP address \"{address}\"."),
            "UserNotFound",
            ErrorCategory::ObjectNotFound,
        );
    };
    let user_name = match call.bound.text("UserName") {
        Some(name) => name,
        None => call
            .bound
            .get("Credential")
            .and_then(|c| c.property("UserName"))
            .map(|v| v.to_display())
            .unwrap_or_else(|| {
                format!(
                    "{NETBIOS}\\{}",
                    engine.session.directory.user(at).sam_account_name
                )
            }),
    };
    if !engine.should_process(call, &address)? {
        return Ok(vec![]);
    }
    engine
        .session
        .directory
        .update(at, |u| u.test_credential = Some(user_name));
    Ok(vec![])
}

fn remove_credential(engine: &mut Engine, call: &Call) -> CmdletResult {
    let (address, at) = credential_holder(engine, call);
    let Some(at) = at.filter(|&i| engine.session.directory.user(i).test_credential.is_some())
    else {
        return refuse(
            engine,
            call,
            format!("No test user credential is stored for \"{address}\"."),
            "CredentialNotFound",
            ErrorCategory::ObjectNotFound,
        );
    };
    if !engine.should_process(call, &address)? {
        return Ok(vec![]);
    }
    engine
        .session
        .directory
        .update(at, |u| u.test_credential = None);
    Ok(vec![])
}

// ---- The directory as AD sees it ----

fn get_principal(engine: &mut Engine, call: &Call) -> CmdletResult {
    list(engine, call, View::Principals)
}

fn get_contact(engine: &mut Engine, call: &Call) -> CmdletResult {
    list(engine, call, View::Contacts)
}

/// Move-CsLegacyUser moves users from an Office Communications Server 2007 R2 pool; the lab
/// has none, so there is never a legacy user to move.
fn move_legacy_user(engine: &mut Engine, call: &Call) -> CmdletResult {
    let typed = typed_identity(call);
    Err(Flow::Error(Box::new(engine.cmdlet_error(
        call,
        format!("\"{typed}\" is not homed on a legacy pool: the lab deployment has no Office Communications Server pool to move users from. Use Move-CsUser between Lync Server 2013 pools."),
        "NoLegacyDeployment",
        ErrorCategory::InvalidOperation,
        "InvalidOperationException",
    ))))
}
