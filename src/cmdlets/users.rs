//! The user cmdlets over the lab directory: Get-CsUser and Get-CsAdUser (every identity form,
//! -Filter, -LdapFilter, -OU, -ResultSize, -UnassignedUser), Enable-, Disable-, Set- and
//! Move-CsUser, the Grant cmdlets of the per-user policies, and Get-CsEffectivePolicy.
//! One user that fails in a pipeline does not stop the others: each error is non-terminating.

use super::{BuiltinFn, CmdletResult};
use crate::directory::filter::{self, Operand};
use crate::directory::{ldap, AccountKind, Found, User, DOMAIN_DN, POLICY_KINDS};
use crate::engine::{Call, Engine, Flow};
use crate::error::ErrorCategory;
use crate::families;
use crate::identity::Scope;
use crate::store::Topology;
use crate::value::{EnumValue, Properties, PsObject, Value};
use std::rc::Rc;

/// The catalog cmdlets this file emulates.
pub const HANDLERS: &[(&str, BuiltinFn)] = &[
    ("Get-CsUser", get_user),
    ("Get-CsAdUser", get_ad_user),
    ("Enable-CsUser", enable_user),
    ("Disable-CsUser", disable_user),
    ("Set-CsUser", set_user),
    ("Move-CsUser", move_user),
    ("Get-CsEffectivePolicy", effective_policy),
    ("Grant-CsVoicePolicy", grant),
    ("Grant-CsVoiceRoutingPolicy", grant),
    ("Grant-CsConferencingPolicy", grant),
    ("Grant-CsPresencePolicy", grant),
    ("Grant-CsLocationPolicy", grant),
    ("Grant-CsClientPolicy", grant),
    ("Grant-CsClientVersionPolicy", grant),
    ("Grant-CsArchivingPolicy", grant),
    ("Grant-CsPinPolicy", grant),
    ("Grant-CsExternalAccessPolicy", grant),
    ("Grant-CsMobilityPolicy", grant),
    ("Grant-CsPersistentChatPolicy", grant),
    ("Grant-CsUserServicesPolicy", grant),
    ("Grant-CsHostedVoicemailPolicy", grant),
    ("Grant-CsDialPlan", grant),
];

/// Parameters of the real cmdlets for hosted and online deployments, which the lab has not.
const REFUSED: &[&str] = &[
    "HostingProviderProxyFqdn",
    "HostedMigrationOverrideUrl",
    "AccessTokens",
    "MoveToTeams",
    "UseLegacyMode",
    "AcpInfo",
    "Global",
    "Group",
    "Rank",
];

/// The error for a parameter of [`REFUSED`], if the call has one.
fn refused(engine: &Engine, call: &Call) -> Result<(), Flow> {
    match REFUSED.iter().find(|name| call.bound.get(name).is_some()) {
        None => Ok(()),
        Some(name) => Err(Flow::Error(Box::new(engine.cmdlet_error(
            call,
            format!("lyncsh does not support -{name}: the lab deployment has no hosting provider, audio conferencing provider or online tenant."),
            "NotSupportedByLyncsh",
            ErrorCategory::NotImplemented,
            "NotSupportedException",
        )))),
    }
}

/// The .NET type of Get-CsUser's objects.
pub const AD_USER: &str = "Microsoft.Rtc.Management.ADConnect.Schema.ADUser";
/// The .NET type of Get-CsAdUser's objects.
pub const CS_AD_USER: &str = "Microsoft.Rtc.Management.ADConnect.Schema.CSADUser";
const EFFECTIVE: &str = "Microsoft.Rtc.Management.AD.Cmdlets.EffectivePolicies";
const EXCHANGE_ARCHIVING: &str =
    "Microsoft.Rtc.Management.ADConnect.Schema.ExchangeArchivingPolicyOptionsEnum";

/// How many of [`USER_PROPERTIES`], from the first, Get-CsUser prints by default (the rest
/// show with `Format-List *` or Select-Object).
const DISPLAYED: usize = 28;

/// The properties Get-CsUser prints by default, in order.
pub fn user_display() -> impl Iterator<Item = &'static str> {
    USER_PROPERTIES[..DISPLAYED].iter().map(|(name, _)| *name)
}

/// Every property of a user object (meeting rooms have the same).
pub(super) fn user_properties() -> &'static [(&'static str, Reader)] {
    USER_PROPERTIES
}

/// A property of a user: its name and how its value is read.
pub(super) type Reader = fn(&User, &Topology) -> Value;

pub(super) fn text(s: &str) -> Value {
    if s.is_empty() {
        Value::Null
    } else {
        Value::str(s)
    }
}

/// The policy granted of the kind at `at` in [`POLICY_KINDS`].
pub(super) fn policy_value(user: &User, at: usize) -> Value {
    user.policies.get(at).map_or(Value::Null, Value::str)
}

fn distinguished_name(user: &User, _: &Topology) -> Value {
    Value::str(user.distinguished_name())
}

fn display_name(user: &User, _: &Topology) -> Value {
    text(&user.display_name)
}

/// Every property of a user object, in Get-CsUser's order, then those it does not print.
const USER_PROPERTIES: &[(&str, Reader)] = &[
    ("Identity", distinguished_name),
    ("VoicePolicy", |u, _| policy_value(u, 0)),
    ("VoiceRoutingPolicy", |u, _| policy_value(u, 1)),
    ("ConferencingPolicy", |u, _| policy_value(u, 2)),
    ("PresencePolicy", |u, _| policy_value(u, 3)),
    ("DialPlan", |u, _| policy_value(u, 4)),
    ("LocationPolicy", |u, _| policy_value(u, 5)),
    ("ClientPolicy", |u, _| policy_value(u, 6)),
    ("ClientVersionPolicy", |u, _| policy_value(u, 7)),
    ("ArchivingPolicy", |u, _| policy_value(u, 8)),
    ("ExchangeArchivingPolicy", |u, _| {
        let name = if u.exchange_archiving_policy.is_empty() {
            "Uninitialized"
        } else {
            &u.exchange_archiving_policy
        };
        shared_value(Shared::Enum, name, || {
            Value::Enum(Rc::new(EnumValue {
                type_name: EXCHANGE_ARCHIVING.into(),
                name: name.into(),
            }))
        })
    }),
    ("PinPolicy", |u, _| policy_value(u, 9)),
    ("ExternalAccessPolicy", |u, _| policy_value(u, 10)),
    ("MobilityPolicy", |u, _| policy_value(u, 11)),
    ("PersistentChatPolicy", |u, _| policy_value(u, 12)),
    ("UserServicesPolicy", |u, _| policy_value(u, 13)),
    ("HostedVoiceMail", |u, _| {
        u.hosted_voice_mail.map_or(Value::Null, Value::Bool)
    }),
    ("HostedVoicemailPolicy", |u, _| policy_value(u, 14)),
    ("HostingProvider", |u, _| {
        if u.is_lync_user() {
            shared_text("SRV:")
        } else {
            Value::Null
        }
    }),
    ("RegistrarPool", |u, _| shared_text(&u.registrar_pool)),
    ("Enabled", |u, _| u.enabled.map_or(Value::Null, Value::Bool)),
    ("SipAddress", |u, _| text(&u.sip_address)),
    ("LineURI", |u, _| text(&u.line_uri)),
    ("EnterpriseVoiceEnabled", |u, _| {
        Value::Bool(u.enterprise_voice_enabled)
    }),
    ("ExUmEnabled", |_, _| Value::Bool(false)),
    ("HomeServer", |u, topology| home_server(u, topology)),
    ("DisplayName", display_name),
    ("SamAccountName", |u, _| text(&u.sam_account_name)),
    ("UserPrincipalName", |u, _| text(&u.user_principal_name)),
    ("FirstName", |u, _| text(&u.first_name)),
    ("LastName", |u, _| text(&u.last_name)),
    ("WindowsEmailAddress", |u, _| text(&u.email)),
    ("LineServerURI", |u, _| text(&u.line_server_uri)),
    ("PrivateLine", |u, _| text(&u.private_line)),
    ("AudioVideoDisabled", |u, _| {
        Value::Bool(u.audio_video_disabled)
    }),
    ("RemoteCallControlTelephonyEnabled", |u, _| {
        Value::Bool(u.remote_call_control_telephony_enabled)
    }),
    ("Name", display_name),
    ("DistinguishedName", distinguished_name),
    ("AcpInfo", |u, _| super::user_services::acp_info(u)),
];

/// The properties of Get-CsAdUser's objects: the AD attributes and the three-state Enabled.
const AD_PROPERTIES: &[(&str, Reader)] = &[
    ("Identity", distinguished_name),
    ("DisplayName", display_name),
    ("FirstName", |u, _| text(&u.first_name)),
    ("LastName", |u, _| text(&u.last_name)),
    ("SamAccountName", |u, _| text(&u.sam_account_name)),
    ("UserPrincipalName", |u, _| text(&u.user_principal_name)),
    ("WindowsEmailAddress", |u, _| text(&u.email)),
    ("Department", |u, _| text(&u.department)),
    ("Title", |u, _| text(&u.title)),
    ("Office", |u, _| text(&u.office)),
    ("Phone", |u, _| text(&u.phone)),
    ("City", |u, _| text(&u.city)),
    ("Company", |u, _| text(&u.company)),
    ("Enabled", |u, _| u.enabled.map_or(Value::Null, Value::Bool)),
    ("SipAddress", |u, _| text(&u.sip_address)),
    ("RegistrarPool", |u, _| text(&u.registrar_pool)),
];

/// What a shared value is, so that kinds of values cannot collide.
#[derive(Clone, Copy)]
enum Shared {
    Text,
    Enum,
}

/// A value that many objects show alike (a pool's name, an enum, a pool's services object),
/// made once and shared: listing 100,000 users then makes one copy, not 100,000. Found by
/// its text without building a key.
fn shared_value(kind: Shared, key: &str, make: impl FnOnce() -> Value) -> Value {
    type Held = Vec<(Box<str>, Value)>;
    thread_local! {
        static SHARED: std::cell::RefCell<[Held; 2]> =
            std::cell::RefCell::new(Default::default());
    }
    SHARED.with(|shared| {
        let held = &mut shared.borrow_mut()[kind as usize];
        // Few distinct values (pools, enum members): the one found last is looked at first.
        if let Some(at) = held.iter().position(|(k, _)| **k == *key) {
            held.swap(0, at);
            return held[0].1.clone();
        }
        let value = make();
        // A bound, so that a script that makes many pools cannot grow it without end.
        if held.len() < 64 {
            held.push((key.into(), value.clone()));
        }
        value
    })
}

/// Text that many objects show alike, shared (empty: `$null`).
pub(super) fn shared_text(s: &str) -> Value {
    if s.is_empty() {
        return Value::Null;
    }
    shared_value(Shared::Text, s, || Value::str(s))
}

/// The distinguished name of the pool's Lync services object, which HomeServer shows:
/// `CN=Lc Services,...,CN=<site id>:<pool number>,CN=Pools,...`.
pub(super) fn home_server(user: &User, topology: &Topology) -> Value {
    let Some(pool) = topology.pool(&user.registrar_pool) else {
        return Value::Null;
    };
    let site = topology.site_of_pool(&pool.fqdn).map_or(0, |s| s.site_id);
    let number = topology
        .pools
        .iter()
        .position(|p| p.fqdn == pool.fqdn)
        .map_or(1, |n| n + 1);
    type Held = (String, u32, usize, Value);
    thread_local! {
        static HELD: std::cell::RefCell<Vec<Held>> = const { std::cell::RefCell::new(Vec::new()) };
    }
    HELD.with(|held| {
        let mut held = held.borrow_mut();
        if let Some((_, _, _, value)) = held
            .iter()
            .find(|(fqdn, s, n, _)| *fqdn == pool.fqdn && (*s, *n) == (site, number))
        {
            return value.clone();
        }
        let made = Value::str(format!(
            "CN=Lc Services,CN=Microsoft,CN={site}:{number},CN=Pools,CN=RTC Service,CN=Services,CN=Configuration,{DOMAIN_DN}"
        ));
        held.retain(|(fqdn, ..)| *fqdn != pool.fqdn);
        if held.len() < 64 {
            held.push((pool.fqdn.clone(), site, number, made.clone()));
        }
        made
    })
}

fn object_of(type_name: &'static str, shape: &Shape, user: &User, topology: &Topology) -> Value {
    let mut values: Vec<Value> = Vec::with_capacity(shape.readers.len());
    for (at, (_, read)) in shape.readers.iter().enumerate() {
        // A property read as an earlier one is (Name as DisplayName) shares its value, unless
        // the value is an object or a table, which a script could change through either.
        let value = match shape.same_as[at].map(|earlier| &values[earlier]) {
            Some(earlier) if !matches!(earlier, Value::Object(_) | Value::Hashtable(_)) => {
                earlier.clone()
            }
            _ => read(user, topology),
        };
        values.push(value);
    }
    let mut object = PsObject::new(type_name);
    object.properties = Properties::shaped(shape.names.clone(), values);
    Value::object(object)
}

/// One kind of object: its readers, one shared copy of each property name (so that 100,000
/// user objects do not each carry copies of the same names), and for each property the
/// earlier one it is read exactly as, if any.
#[derive(Clone)]
struct Shape {
    readers: &'static [(&'static str, Reader)],
    names: Rc<Vec<Rc<str>>>,
    same_as: Rc<[Option<usize>]>,
}

fn shape(readers: &'static [(&'static str, Reader)]) -> Shape {
    thread_local! {
        static SHAPES: std::cell::RefCell<Vec<Shape>> = const { std::cell::RefCell::new(Vec::new()) };
    }
    SHAPES.with(|cache| {
        let mut cache = cache.borrow_mut();
        if let Some(shape) = cache.iter().find(|s| std::ptr::eq(s.readers, readers)) {
            return shape.clone();
        }
        let same_as = readers
            .iter()
            .enumerate()
            .map(|(at, (_, read))| {
                readers[..at]
                    .iter()
                    .position(|(_, earlier)| std::ptr::fn_addr_eq(*earlier, *read))
            })
            .collect();
        let made = Shape {
            readers,
            names: Rc::new(readers.iter().map(|(n, _)| Rc::from(*n)).collect()),
            same_as,
        };
        cache.push(made.clone());
        made
    })
}

/// The account as Get-CsAdUser shows it.
pub fn ad_user_object(user: &User, topology: &Topology) -> Value {
    View::Ad.object(user, topology)
}

/// Which directory entries a cmdlet sees, and as what objects: Get-CsUser's (people enabled
/// for Lync), Get-CsAdUser's (every account, contacts aside), one kind of room or contact
/// (Get-CsMeetingRoom, Get-CsAnalogDevice...), or anything with a SIP address (the Grant
/// cmdlets, which take contacts and rooms too).
#[derive(Clone, Copy, PartialEq)]
pub(super) enum View {
    Lync,
    Ad,
    Kind(AccountKind),
    Sip,
    /// Get-CsAdPrincipal's: every entry.
    Principals,
    /// Get-CsAdContact's: the contact objects.
    Contacts,
    /// Get-CsUserAcp's: every account, with its audio conferencing providers.
    Acp,
}

impl View {
    fn properties(self) -> &'static [(&'static str, Reader)] {
        match self {
            View::Lync | View::Sip | View::Kind(AccountKind::Person) => USER_PROPERTIES,
            View::Ad => AD_PROPERTIES,
            View::Kind(kind) => super::contacts::properties(kind),
            View::Principals | View::Contacts => super::user_services::PRINCIPAL_PROPERTIES,
            View::Acp => super::user_services::ACP_PROPERTIES,
        }
    }

    fn type_name(self) -> &'static str {
        match self {
            View::Ad => CS_AD_USER,
            View::Kind(kind) => super::contacts::type_name(kind),
            View::Lync | View::Sip => AD_USER,
            View::Principals => super::user_services::AD_PRINCIPAL,
            View::Contacts => super::user_services::AD_CONTACT,
            View::Acp => super::user_services::USER_ACP,
        }
    }

    /// The properties -Filter may name: the view's own, then the Active Directory attributes
    /// (Department, Title...), which Get-CsUser's filter reaches too.
    fn filterable(self) -> impl Iterator<Item = &'static (&'static str, Reader)> {
        self.properties().iter().chain(AD_PROPERTIES.iter())
    }

    fn includes(self, user: &User) -> bool {
        match self {
            View::Lync => user.kind == AccountKind::Person && user.is_lync_user(),
            View::Ad | View::Acp => !user.kind.is_contact(),
            View::Principals => true,
            View::Contacts => user.kind.is_contact(),
            View::Kind(kind) => user.kind == kind,
            View::Sip => user.is_lync_user(),
        }
    }

    /// The entry as this view's cmdlets write it.
    pub(super) fn object(self, user: &User, topology: &Topology) -> Value {
        object_of(self.type_name(), &shape(self.properties()), user, topology)
    }
}

pub(super) fn user_error(
    engine: &Engine,
    call: &Call,
    message: String,
    id: &str,
    category: ErrorCategory,
) -> Box<crate::error::ErrorRecord> {
    Box::new(engine.cmdlet_error(call, message, id, category, "ManagementException"))
}

/// Writes a non-terminating error and gives nothing back, so that the next user of a
/// pipeline goes on.
pub(super) fn refuse(
    engine: &mut Engine,
    call: &Call,
    message: String,
    id: &str,
    category: ErrorCategory,
) -> CmdletResult {
    engine.write_error(*user_error(engine, call, message, id, category))?;
    Ok(vec![])
}

fn not_found(engine: &Engine, call: &Call, typed: &str) -> Box<crate::error::ErrorRecord> {
    not_found_as(engine, call, typed, "UserIdParameter")
}

/// The real "Management object not found" record, its target of type `target_type`.
pub(super) fn not_found_as(
    engine: &Engine,
    call: &Call,
    typed: &str,
    target_type: &str,
) -> Box<crate::error::ErrorRecord> {
    Box::new(
        engine
            .cmdlet_error(
                call,
                format!("Management object not found for identity \"{typed}\"."),
                "Identity",
                ErrorCategory::ObjectNotFound,
                "ManagementException",
            )
            .with_target(typed.to_string(), target_type),
    )
}

/// The accounts of `view` an identity names. Naming nobody writes the not-found error, but a
/// wildcard that matches nobody is not an error, as in PowerShell.
fn named(
    engine: &mut Engine,
    call: &Call,
    view: View,
    typed: &str,
    target_type: &str,
) -> Result<Vec<usize>, Flow> {
    let found = matching(engine, view, typed);
    if found.is_empty() && !typed.contains(['*', '?']) {
        engine.write_error(*not_found_as(engine, call, typed, target_type))?;
    }
    Ok(found)
}

/// Every account (enabled for Lync or not) an identity names, for the lab's own commands,
/// whose -Identity is a string.
pub(super) fn accounts_named(
    engine: &mut Engine,
    call: &Call,
    typed: &str,
) -> Result<Vec<usize>, Flow> {
    named(engine, call, View::Ad, typed, "String")
}

/// The identity a call names: its -Identity, or the Identity of the piped user.
pub(super) fn typed_identity(call: &Call) -> Option<String> {
    // Test-CsVoiceUser names its user with -SipUri.
    let given = call
        .bound
        .get("Identity")
        .or_else(|| call.bound.get("SipUri"));
    given.map(|v| match v {
        Value::Object(_) => v
            .property("Identity")
            .map(|i| i.to_display())
            .unwrap_or_default(),
        other => other.to_display(),
    })
}

/// The users an identity names in `view`.
fn matching(engine: &Engine, view: View, typed: &str) -> Vec<usize> {
    let directory = &engine.session.directory;
    match directory.find(typed) {
        Found::Users(found) => found
            .into_iter()
            .filter(|&i| view.includes(directory.user(i)))
            .collect(),
        Found::NotAnIdentity => Vec::new(),
    }
}

/// The one user a changing cmdlet works on; an error (non-terminating) when there is none or
/// more than one.
/// The one Lync-enabled user the call's identity names; a missing or ambiguous user is
/// reported (non-terminating) and gives `None`.
pub fn one_lync_user(engine: &mut Engine, call: &Call) -> Result<Option<usize>, Flow> {
    one_user(engine, call, View::Lync)
}

pub(super) fn one_user(
    engine: &mut Engine,
    call: &Call,
    view: View,
) -> Result<Option<usize>, Flow> {
    refused(engine, call)?;
    let typed = typed_identity(call).unwrap_or_default();
    let found = matching(engine, view, &typed);
    match found.as_slice() {
        [one] => Ok(Some(*one)),
        [] => {
            let e = not_found(engine, call, &typed);
            engine.write_error(*e)?;
            Ok(None)
        }
        _ => {
            let e = user_error(
                engine,
                call,
                format!("The identity \"{typed}\" matches {} users. Specify one user by SIP address, user principal name or distinguished name.", found.len()),
                "AmbiguousIdentity",
                ErrorCategory::InvalidArgument,
            );
            engine.write_error(*e)?;
            Ok(None)
        }
    }
}

pub(super) fn invalid_filter(
    engine: &Engine,
    call: &Call,
    parameter: &str,
    text: &str,
    reason: &str,
) -> Flow {
    Flow::Error(user_error(
        engine,
        call,
        format!(
            "Cannot bind parameter '{parameter}': the filter \"{text}\" is not valid: {reason}."
        ),
        "InvalidFilter",
        ErrorCategory::InvalidArgument,
    ))
}

/// Get-CsUser and Get-CsAdUser.
pub(super) fn list(engine: &mut Engine, call: &Call, view: View) -> CmdletResult {
    if let Some(typed) = typed_identity(call) {
        let found = named(engine, call, view, &typed, "UserIdParameter")?;
        let directory = &engine.session.directory;
        return Ok(found
            .iter()
            .map(|&i| view.object(directory.user(i), &engine.session.topology))
            .collect());
    }
    let filter_text = call.bound.text("Filter");
    let ldap_text = call
        .bound
        .get("LdapFilter")
        .or_else(|| call.bound.get("LDAPFilter"))
        .map(Value::to_display);
    if filter_text.is_some() && ldap_text.is_some() {
        return Err(Flow::Error(user_error(
            engine,
            call,
            "Parameters -Filter and -LdapFilter cannot be used together.".into(),
            "FilterAndLdapFilter",
            ErrorCategory::InvalidArgument,
        )));
    }
    let filter = match &filter_text {
        Some(text) => {
            let parsed = filter::parse(text)
                .map_err(|reason| invalid_filter(engine, call, "Filter", text, &reason))?;
            if let Some(unknown) = parsed
                .properties()
                .into_iter()
                .find(|p| !view.filterable().any(|(n, _)| n.eq_ignore_ascii_case(p)))
            {
                let reason = format!("'{unknown}' is not a property of a user");
                return Err(invalid_filter(engine, call, "Filter", text, &reason));
            }
            Some(parsed)
        }
        None => None,
    };
    let ldap = match &ldap_text {
        Some(text) => Some(
            ldap::parse(text)
                .map_err(|reason| invalid_filter(engine, call, "LdapFilter", text, &reason))?,
        ),
        None => None,
    };
    let limit = match call.bound.text("ResultSize") {
        None => usize::MAX,
        Some(size) if size.eq_ignore_ascii_case("unlimited") => usize::MAX,
        Some(size) => size.trim().parse::<u32>().map(|n| n as usize).map_err(|_| {
            Flow::Error(user_error(
                engine,
                call,
                format!("Cannot bind parameter 'ResultSize'. Cannot convert value \"{size}\" to type \"Microsoft.Rtc.Management.ADConnect.Core.Unlimited`1[System.UInt32]\"."),
                "CannotConvertArgumentNoMessage",
                ErrorCategory::InvalidArgument,
            ))
        })?,
    };
    let directory = &engine.session.directory;
    let topology = &engine.session.topology;
    let candidates: Vec<usize> = match call.bound.get("OU") {
        Some(ou) => directory.in_ou(&ou.to_display()),
        None => (0..directory.len()).collect(),
    };
    let unassigned = call.bound.switch("UnassignedUser");
    let on_ocs = call.bound.switch("OnOfficeCommunicationServer");
    let on_lync = call.bound.switch("OnLyncServer");
    // Only the properties the filter names are looked at, for each user.
    let readers: Vec<(&str, Reader)> = filter.as_ref().map_or_else(Vec::new, |f| {
        let wanted = f.properties();
        view.filterable()
            .filter(|(n, _)| wanted.iter().any(|w| w.eq_ignore_ascii_case(n)))
            .copied()
            .collect()
    });
    // Untouched capacity costs nothing until used; growing a list of 100,000 copies it.
    let mut out = Vec::with_capacity(candidates.len().min(limit));
    let (type_name, shape) = (view.type_name(), shape(view.properties()));
    for i in candidates {
        if out.len() >= limit {
            break;
        }
        let user = directory.user(i);
        if !view.includes(user)
            || (unassigned && !user.registrar_pool.is_empty())
            || on_ocs
            || (on_lync && user.registrar_pool.is_empty())
        {
            continue;
        }
        if let Some(filter) = &filter {
            let lookup = |name: &str| {
                readers
                    .iter()
                    .find(|(n, _)| n.eq_ignore_ascii_case(name))
                    .map_or(Operand::Null, |(_, read)| operand(&read(user, topology)))
            };
            if !filter.matches(&lookup) {
                continue;
            }
        }
        if ldap.as_ref().is_some_and(|l| !l.matches(user)) {
            continue;
        }
        out.push(object_of(type_name, &shape, user, topology));
    }
    Ok(out)
}

/// A property of a user as Get-CsUser shows it, or an AD attribute as Get-CsAdUser shows it
/// (the lab checks read users through this); `None` for a name neither has.
pub fn user_property(user: &User, topology: &Topology, name: &str) -> Option<Value> {
    View::Lync
        .filterable()
        .find(|(n, _)| n.eq_ignore_ascii_case(name))
        .map(|(_, read)| read(user, topology))
}

/// Whether `name` is a property [`user_property`] reads.
pub fn is_user_property(name: &str) -> bool {
    View::Lync
        .filterable()
        .any(|(n, _)| n.eq_ignore_ascii_case(name))
}

/// Whether a user passes a -Filter, as Get-CsUser tests it.
pub fn passes(filter: &filter::Filter, user: &User, topology: &Topology) -> bool {
    let lookup =
        |name: &str| user_property(user, topology, name).map_or(Operand::Null, |v| operand(&v));
    filter.matches(&lookup)
}

/// The users Get-CsUser lists (people enabled for Lync), as directory positions.
pub fn lync_users(directory: &crate::directory::Directory) -> impl Iterator<Item = usize> + '_ {
    (0..directory.len()).filter(|&i| View::Lync.includes(directory.user(i)))
}

fn operand(value: &Value) -> Operand {
    match value {
        Value::Null => Operand::Null,
        Value::Bool(b) => Operand::Bool(*b),
        other => Operand::text(&other.to_display()),
    }
}

fn get_user(engine: &mut Engine, call: &Call) -> CmdletResult {
    list(engine, call, View::Lync)
}

fn get_ad_user(engine: &mut Engine, call: &Call) -> CmdletResult {
    list(engine, call, View::Ad)
}

/// The entry as -PassThru writes it (as `view` shows it), when asked for.
pub(super) fn pass_thru(engine: &Engine, call: &Call, at: usize, view: View) -> Vec<Value> {
    if call.bound.switch("PassThru") {
        vec![view.object(engine.session.directory.user(at), &engine.session.topology)]
    } else {
        vec![]
    }
}

pub(super) fn not_changed(engine: &mut Engine, call: &Call, at: usize) -> Result<(), Flow> {
    let dn = engine.session.directory.user(at).distinguished_name();
    engine.write_warning(
        call,
        &format!("Object with identity \"{dn}\" was not changed."),
    )
}

/// The Registrar pool a parameter names, or an error naming the parameter.
pub(super) fn registrar_pool(
    engine: &Engine,
    call: &Call,
    parameter: &str,
) -> Result<Option<String>, Box<crate::error::ErrorRecord>> {
    let Some(typed) = call.bound.text(parameter) else {
        return Ok(None);
    };
    // A service identity (`service:UserServer:fqdn`, `Registrar:fqdn`) names its pool.
    let fqdn = typed.trim().rsplit(':').next().unwrap_or_default();
    let topology = &engine.session.topology;
    match topology
        .services
        .iter()
        .find(|s| s.role == "Registrar" && s.pool.eq_ignore_ascii_case(fqdn))
    {
        Some(service) => Ok(Some(service.pool.clone())),
        None => Err(user_error(
            engine,
            call,
            format!("Cannot find a Registrar pool with the fully qualified domain name \"{typed}\" in the topology."),
            "PoolNotFound",
            ErrorCategory::ObjectNotFound,
        )),
    }
}

/// `address` as the user at `at` may take it (its `sip:` prefix in lower case), or the error
/// for an address that is not a SIP address or that another user holds.
pub(super) fn available_sip_address(
    engine: &Engine,
    address: &str,
    at: usize,
) -> Result<String, (String, &'static str)> {
    let address = match address.get(..4) {
        Some(prefix) if prefix.eq_ignore_ascii_case("sip:") && address[4..].contains('@') => {
            format!("sip:{}", &address[4..])
        }
        _ => return Err((
            format!("\"{address}\" is not a valid SIP address: it must start with sip: and hold a user and a domain, as sip:kenmyer@litwareinc.com."),
            "InvalidSipAddress",
        )),
    };
    let directory = &engine.session.directory;
    match directory.by_key(&address).filter(|&i| i != at) {
        Some(holder) => Err((
            format!(
                "The SIP address \"{address}\" is already in use by \"{}\".",
                directory.user(holder).distinguished_name()
            ),
            "SipAddressInUse",
        )),
        None => Ok(address),
    }
}

fn enable_user(engine: &mut Engine, call: &Call) -> CmdletResult {
    enable_as(engine, call, AccountKind::Person)
}

/// Enable-CsUser, and Enable-CsMeetingRoom (`kind` MeetingRoom): an account of the directory
/// gets a SIP address and a home pool.
pub(super) fn enable_as(engine: &mut Engine, call: &Call, kind: AccountKind) -> CmdletResult {
    let Some(at) = one_user(engine, call, View::Ad)? else {
        return Ok(vec![]);
    };
    let pool = match registrar_pool(engine, call, "RegistrarPool") {
        Ok(pool) => pool,
        Err(e) => {
            engine.write_error(*e)?;
            return Ok(vec![]);
        }
    };
    if engine.session.directory.user(at).is_lync_user() {
        not_changed(engine, call, at)?;
        return Ok(vec![]);
    }
    let address = sip_address_for(engine.session.directory.user(at), call)
        .and_then(|address| available_sip_address(engine, &address, at));
    let address = match address {
        Ok(address) => address,
        Err((message, id)) => {
            return refuse(engine, call, message, id, ErrorCategory::InvalidArgument);
        }
    };
    let dn = engine.session.directory.user(at).distinguished_name();
    if !engine.should_process(call, &dn)? {
        return Ok(vec![]);
    }
    engine.session.directory.update(at, |user| {
        user.kind = kind;
        user.enabled = Some(true);
        user.sip_address = address;
        user.registrar_pool = pool.unwrap_or_default();
    });
    Ok(pass_thru(engine, call, at, View::Kind(kind)))
}

/// The SIP address Enable-CsUser gives: -SipAddress as typed, or one made by -SipAddressType.
fn sip_address_for(user: &User, call: &Call) -> Result<String, (String, &'static str)> {
    let typed = call.bound.text("SipAddress");
    let kind = call.bound.text("SipAddressType");
    let domain = call.bound.text("SipDomain");
    match (typed, kind) {
        (Some(_), Some(_)) => Err((
            "Parameters -SipAddress and -SipAddressType cannot be used together.".into(),
            "SipAddressAndType",
        )),
        (Some(address), None) => Ok(address),
        (None, Some(kind)) => {
            let with_domain = |local: &str| match &domain {
                Some(d) if !d.is_empty() => Ok(format!("sip:{local}@{d}")),
                _ => Err((
                    format!("-SipAddressType {kind} needs -SipDomain to make the SIP address."),
                    "SipDomainMissing",
                )),
            };
            match kind.to_ascii_lowercase().as_str() {
                "firstlastname" => with_domain(&format!("{}.{}", user.first_name, user.last_name)),
                "samaccountname" => with_domain(&user.sam_account_name),
                "emailaddress" if !user.email.is_empty() => Ok(format!("sip:{}", user.email)),
                "userprincipalname" => Ok(format!("sip:{}", user.user_principal_name)),
                _ => Err((
                    format!("The user has no value to make a SIP address from with -SipAddressType {kind}."),
                    "NoSipAddressSource",
                )),
            }
        }
        (None, None) => Err((
            "Specify the user's SIP address with -SipAddress, or how to make it with -SipAddressType.".into(),
            "SipAddressMissing",
        )),
    }
}

fn disable_user(engine: &mut Engine, call: &Call) -> CmdletResult {
    disable_in(engine, call, View::Ad)
}

/// Disable-CsUser (over every account) and Disable-CsMeetingRoom (over meeting rooms).
pub(super) fn disable_in(engine: &mut Engine, call: &Call, view: View) -> CmdletResult {
    let Some(at) = one_user(engine, call, view)? else {
        return Ok(vec![]);
    };
    if !engine.session.directory.user(at).is_lync_user() {
        not_changed(engine, call, at)?;
        return Ok(vec![]);
    }
    let dn = engine.session.directory.user(at).distinguished_name();
    if !engine.should_process(call, &dn)? {
        return Ok(vec![]);
    }
    engine.session.directory.update(at, User::clear_lync);
    Ok(pass_thru(engine, call, at, View::Ad))
}

fn set_user(engine: &mut Engine, call: &Call) -> CmdletResult {
    set_in(engine, call, View::Lync)
}

/// Set-CsUser, and the Set cmdlets of meeting rooms and contacts, whose parameters are a part
/// of Set-CsUser's (plus the contacts' own, set by `more`).
pub(super) fn set_in(engine: &mut Engine, call: &Call, view: View) -> CmdletResult {
    let Some(at) = one_user(engine, call, view)? else {
        return Ok(vec![]);
    };
    let mut user = engine.session.directory.user(at).clone();
    let bool_of = |name: &str| call.bound.get(name).map(Value::is_truthy);
    let text_of = |name: &str| call.bound.text(name);
    if let Some(b) = bool_of("Enabled") {
        user.enabled = Some(b);
    }
    if let Some(b) = bool_of("EnterpriseVoiceEnabled") {
        user.enterprise_voice_enabled = b;
    }
    if let Some(b) = bool_of("AudioVideoDisabled") {
        user.audio_video_disabled = b;
    }
    if let Some(b) = bool_of("RemoteCallControlTelephonyEnabled") {
        user.remote_call_control_telephony_enabled = b;
    }
    if let Some(value) = call.bound.get("HostedVoiceMail") {
        user.hosted_voice_mail = (!matches!(value, Value::Null)).then(|| value.is_truthy());
    }
    if let Some(policy) = text_of("ExchangeArchivingPolicy") {
        user.exchange_archiving_policy = policy;
    }
    for (parameter, field) in [("LineURI", 0), ("LineServerURI", 1), ("PrivateLine", 2)] {
        if let Some(value) = text_of(parameter) {
            let ok = value.is_empty()
                || match field {
                    1 => value.to_ascii_lowercase().starts_with("sip:"),
                    _ => value.to_ascii_lowercase().starts_with("tel:"),
                };
            if !ok {
                let form = if field == 1 { "sip:" } else { "tel:" };
                let e = user_error(
                    engine,
                    call,
                    format!("\"{value}\" is not a valid value for -{parameter}: it must start with {form}, as {}.", if field == 1 { "sip:rccgateway@litwareinc.com" } else { "tel:+14255551297;ext=51297" }),
                    "InvalidUri",
                    ErrorCategory::InvalidArgument,
                );
                engine.write_error(*e)?;
                return Ok(vec![]);
            }
            match field {
                0 => user.line_uri = value,
                1 => user.line_server_uri = value,
                _ => user.private_line = value,
            }
        }
    }
    if let Some(address) = text_of("SipAddress") {
        let address = match available_sip_address(engine, &address, at) {
            Ok(address) => address,
            Err((message, id)) => {
                return refuse(engine, call, message, id, ErrorCategory::InvalidArgument);
            }
        };
        user.sip_address = address;
    }
    let refusal = if user.remote_call_control_telephony_enabled
        && (user.line_uri.is_empty() || user.line_server_uri.is_empty())
    {
        Some("Remote call control needs both LineURI and LineServerURI.")
    } else if user.audio_video_disabled
        && (user.enterprise_voice_enabled || user.remote_call_control_telephony_enabled)
    {
        Some("Audio and video cannot be disabled for a user enabled for Enterprise Voice or remote call control.")
    } else {
        None
    };
    if let Some(message) = refusal {
        return refuse(
            engine,
            call,
            message.into(),
            "InvalidUserSettings",
            ErrorCategory::InvalidOperation,
        );
    }
    let dn = user.distinguished_name();
    if !engine.should_process(call, &dn)? {
        return Ok(vec![]);
    }
    super::contacts::set_own(&mut user, call);
    engine.session.directory.update(at, |stored| *stored = user);
    Ok(pass_thru(engine, call, at, view))
}

fn move_user(engine: &mut Engine, call: &Call) -> CmdletResult {
    move_in(engine, call, View::Lync)
}

/// Move-CsUser, and the Move cmdlets of meeting rooms and contacts.
pub(super) fn move_in(engine: &mut Engine, call: &Call, view: View) -> CmdletResult {
    let Some(at) = one_user(engine, call, view)? else {
        return Ok(vec![]);
    };
    let target = match registrar_pool(engine, call, "Target") {
        Ok(Some(pool)) => pool,
        Ok(None) => return Ok(vec![]),
        Err(e) => {
            engine.write_error(*e)?;
            return Ok(vec![]);
        }
    };
    if engine.session.directory.user(at).registrar_pool == target {
        not_changed(engine, call, at)?;
        return Ok(vec![]);
    }
    let dn = engine.session.directory.user(at).distinguished_name();
    if !engine.should_process_high_impact(call, &dn)? {
        return Ok(vec![]);
    }
    engine
        .session
        .directory
        .update(at, |user| user.registrar_pool = target);
    Ok(pass_thru(engine, call, at, view))
}

/// The Grant cmdlets: `Grant-Cs<Property>` sets the user property of the same name to a
/// per-user (`tag:`) policy of its family, or clears it for `-PolicyName $null`.
fn grant(engine: &mut Engine, call: &Call) -> CmdletResult {
    let Some(kind_at) = crate::directory::kind_granted_by(call.name()) else {
        return Ok(vec![]);
    };
    let kind = &POLICY_KINDS[kind_at];
    let Some(at) = one_user(engine, call, View::Sip)? else {
        return Ok(vec![]);
    };
    let name = match call.bound.get("PolicyName") {
        None | Some(Value::Null) => None,
        Some(value) => {
            let typed = value.to_display();
            let bare = match typed.get(..4) {
                Some(prefix) if prefix.eq_ignore_ascii_case("tag:") => typed[4..].to_string(),
                _ => typed.clone(),
            };
            let record =
                families::find(kind.family).and_then(|family| {
                    engine.session.store.records(family.noun).iter().find(
                        |r| matches!(&r.identity, Scope::Tag(t) if t.eq_ignore_ascii_case(&bare)),
                    )
                });
            match record {
                Some(record) => match &record.identity {
                    Scope::Tag(stored) => Some(stored.clone()),
                    _ => None,
                },
                None => {
                    return refuse(engine,
                        call,
                        format!("Policy \"{typed}\" is not a user policy. You can assign only a user policy to a specific user."),
                        "PolicyNotFound",
                        ErrorCategory::InvalidArgument,);
                }
            }
        }
    };
    let dn = engine.session.directory.user(at).distinguished_name();
    if !engine.should_process(call, &dn)? {
        return Ok(vec![]);
    }
    engine
        .session
        .directory
        .update(at, |user| user.policies.set(kind_at, name.as_deref()));
    let view = View::Kind(engine.session.directory.user(at).kind);
    Ok(pass_thru(engine, call, at, view))
}

/// The policy in force for each kind: the user's own, else the policy of the service the
/// user is homed on (for the kinds that have service scopes), else the site's, else global.
/// The policy of kind `kind` (an index in [`POLICY_KINDS`]) that applies to `user`: the one
/// granted to them, else the one of their Registrar pool's service, of its site, or global.
pub fn effective_record<'a>(
    session: &'a crate::session::Session,
    user: &User,
    kind: usize,
) -> Option<&'a crate::store::Record> {
    let family = families::find(POLICY_KINDS[kind].family)?;
    let records = session.store.records(family.noun);
    if let Some(name) = user.policies.get(kind) {
        let granted = Scope::Tag(name.to_string());
        return records.iter().find(|r| r.identity.same_as(&granted));
    }
    let site = session
        .topology
        .site_of_pool(&user.registrar_pool)
        .map(|s| s.name.clone());
    let service = records.iter().find(|r| {
        matches!(&r.identity, Scope::Service { fqdn, .. } if fqdn.eq_ignore_ascii_case(&user.registrar_pool))
    });
    let site_record = site.as_ref().and_then(|site| {
        records
            .iter()
            .find(|r| matches!(&r.identity, Scope::Site(s) if s.eq_ignore_ascii_case(site)))
    });
    service
        .or(site_record)
        .or_else(|| records.iter().find(|r| r.identity == Scope::Global))
}

fn effective_policy(engine: &mut Engine, call: &Call) -> CmdletResult {
    let Some(at) = one_user(engine, call, View::Lync)? else {
        return Ok(vec![]);
    };
    let user = engine.session.directory.user(at);
    let mut object =
        PsObject::new(EFFECTIVE).with("Identity", Value::str(user.distinguished_name()));
    for (i, kind) in POLICY_KINDS.iter().enumerate() {
        let value = match user.policies.get(i) {
            Some(name) => Value::str(name),
            None => effective_record(&engine.session, user, i)
                .map_or(Value::str("Global"), |r| Value::str(r.identity.to_string())),
        };
        object = object.with(kind.effective, value);
    }
    Ok(vec![Value::object(object)])
}

#[cfg(test)]
mod tests {
    use crate::engine::BufferHost;
    use crate::session::Session;

    /// Removes a per-user policy that users hold, answering the question with `answer`;
    /// whether the policy and Marcus Green's grant of it are left.
    fn remove_answering(answer: &str) -> (bool, bool) {
        let mut host = BufferHost::default();
        host.answers.push_back(answer.into());
        let mut engine = crate::cmdlets::shell(Session::lab(), Box::new(host));
        let _ = engine.run(
            "Grant-CsConferencingPolicy -Identity 'Marcus Green' -PolicyName SalesConferencingPolicy",
            "line",
        );
        let _ = engine.run(
            "Remove-CsConferencingPolicy -Identity tag:SalesConferencingPolicy",
            "line",
        );
        let session = &engine.session;
        let policy = session
            .store
            .get(
                "CsConferencingPolicy",
                &crate::identity::Scope::Tag("SalesConferencingPolicy".into()),
            )
            .is_some();
        let marcus = session
            .directory
            .by_key("sip:marcusgreen@litwareinc.com")
            .unwrap();
        (
            policy,
            session.directory.user(marcus).policies.get(2).is_some(),
        )
    }

    #[test]
    fn removing_a_held_policy_asks_and_no_keeps_everything() {
        assert_eq!(remove_answering("n"), (true, true));
        assert_eq!(remove_answering("y"), (false, false));
    }
}
