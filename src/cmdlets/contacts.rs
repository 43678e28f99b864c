//! Meeting rooms and the contact objects Lync creates for devices and Exchange UM: common-area
//! phones, analog devices and Exchange UM contacts. They live in the lab directory beside the
//! users, and the user cmdlets' machinery finds, filters, sets and moves them (every identity
//! form, -Filter, -LdapFilter, -OU); this module holds what is theirs alone: their properties,
//! New and Remove, Enable/Disable of meeting rooms, and the fields only contacts have.

use super::users::{
    disable_in, enable_as, list, move_in, one_user, pass_thru, policy_value, refuse,
    registrar_pool, set_in, text, Reader, View,
};
use super::{BuiltinFn, CmdletResult};
use crate::directory::{
    canonical_dn, guid_from, normalize_dn, AccountKind, User, DOMAIN, DOMAIN_DN,
};
use crate::engine::{Call, Engine};
use crate::error::ErrorCategory;
use crate::value::Value;

/// The catalog cmdlets this file emulates.
pub const HANDLERS: &[(&str, BuiltinFn)] = &[
    ("Get-CsMeetingRoom", get),
    ("Enable-CsMeetingRoom", enable_room),
    ("Disable-CsMeetingRoom", disable_room),
    ("Set-CsMeetingRoom", set),
    ("Move-CsMeetingRoom", move_to),
    ("Get-CsCommonAreaPhone", get),
    ("New-CsCommonAreaPhone", new),
    ("Set-CsCommonAreaPhone", set),
    ("Remove-CsCommonAreaPhone", remove),
    ("Move-CsCommonAreaPhone", move_to),
    ("Get-CsAnalogDevice", get),
    ("New-CsAnalogDevice", new),
    ("Set-CsAnalogDevice", set),
    ("Remove-CsAnalogDevice", remove),
    ("Move-CsAnalogDevice", move_to),
    ("Get-CsExUmContact", get),
    ("New-CsExUmContact", new),
    ("Set-CsExUmContact", set),
    ("Remove-CsExUmContact", remove),
    ("Move-CsExUmContact", move_to),
];

const MEETING_ROOM: &str = "Microsoft.Rtc.Management.ADConnect.Schema.OCSADMeetingRoom";
const COMMON_AREA_PHONE: &str =
    "Microsoft.Rtc.Management.ADConnect.Schema.OCSADCommonAreaPhoneContact";
const ANALOG_DEVICE: &str = "Microsoft.Rtc.Management.ADConnect.Schema.OCSADAnalogDeviceContact";
const EXUM_CONTACT: &str = "Microsoft.Rtc.Management.ADConnect.Schema.OCSADExUmContact";

/// The .NET type of a kind's objects.
pub fn type_name(kind: AccountKind) -> &'static str {
    match kind {
        AccountKind::MeetingRoom => MEETING_ROOM,
        AccountKind::CommonAreaPhone => COMMON_AREA_PHONE,
        AccountKind::AnalogDevice => ANALOG_DEVICE,
        AccountKind::ExUmContact => EXUM_CONTACT,
        AccountKind::Person => super::users::AD_USER,
    }
}

/// The kind a cmdlet works on, from its noun.
fn kind_of(call: &Call) -> AccountKind {
    let noun = call.name().split_once('-').map_or("", |(_, noun)| noun);
    match noun.to_ascii_lowercase().as_str() {
        "csmeetingroom" => AccountKind::MeetingRoom,
        "cscommonareaphone" => AccountKind::CommonAreaPhone,
        "csanalogdevice" => AccountKind::AnalogDevice,
        _ => AccountKind::ExUmContact,
    }
}

fn dn(u: &User, _: &crate::store::Topology) -> Value {
    Value::str(u.distinguished_name())
}

fn flag(b: bool) -> Value {
    Value::Bool(b)
}

/// The properties a contact's listing shows, in order, then those it keeps for -Filter and
/// `Format-List *`. The common-area phone's are the listing of the Lync Server 2013 articles;
/// the analog device's and Exchange UM contact's follow it with their own fields.
macro_rules! contact_properties {
    ($($own:expr),* $(,)?) => {
        &[
            ("Identity", dn),
            ("RegistrarPool", |u, _| text(&u.registrar_pool)),
            ("Enabled", |u, _| u.enabled.map_or(Value::Null, Value::Bool)),
            ("SipAddress", |u, _| text(&u.sip_address)),
            $($own,)*
            ("ClientPolicy", |u, _| policy_value(u, 6)),
            ("PinPolicy", |u, _| policy_value(u, 9)),
            ("VoicePolicy", |u, _| policy_value(u, 0)),
            ("MobilityPolicy", |u, _| policy_value(u, 11)),
            ("GroupChatPolicy", |u, _| policy_value(u, 12)),
            ("ConferencingPolicy", |u, _| policy_value(u, 2)),
            ("LineURI", |u, _| text(&u.line_uri)),
            ("DisplayNumber", |u, _| text(&u.display_number)),
            ("DisplayName", |u, _| text(&u.display_name)),
            ("Description", |u, _| text(&u.description)),
            ("ExUmEnabled", |_, _| flag(false)),
            // Not in the listing: for -Filter and Format-List *.
            ("DialPlan", |u, _| policy_value(u, 4)),
            ("LocationPolicy", |u, _| policy_value(u, 5)),
            ("ClientVersionPolicy", |u, _| policy_value(u, 7)),
            ("ExternalAccessPolicy", |u, _| policy_value(u, 10)),
            ("HostedVoicemailPolicy", |u, _| policy_value(u, 14)),
            ("EnterpriseVoiceEnabled", |u, _| flag(u.enterprise_voice_enabled)),
            ("Name", |u, _| text(&u.display_name)),
            ("DistinguishedName", dn),
        ]
    };
}

const COMMON_AREA_PHONE_PROPERTIES: &[(&str, Reader)] = contact_properties!();
const ANALOG_DEVICE_PROPERTIES: &[(&str, Reader)] = contact_properties!(
    ("Gateway", |u: &User, _: &crate::store::Topology| text(
        &u.gateway
    )),
    ("AnalogFax", |u: &User, _: &crate::store::Topology| flag(
        u.analog_fax
    )),
);
const EXUM_CONTACT_PROPERTIES: &[(&str, Reader)] = contact_properties!((
    "AutoAttendant",
    |u: &User, _: &crate::store::Topology| flag(u.auto_attendant)
),);

/// How many properties, from the first, a contact prints by default.
const fn shown(own: usize) -> usize {
    15 + own
}

/// A kind's properties: listed ones first.
pub fn properties(kind: AccountKind) -> &'static [(&'static str, Reader)] {
    match kind {
        AccountKind::CommonAreaPhone => COMMON_AREA_PHONE_PROPERTIES,
        AccountKind::AnalogDevice => ANALOG_DEVICE_PROPERTIES,
        AccountKind::ExUmContact => EXUM_CONTACT_PROPERTIES,
        AccountKind::MeetingRoom | AccountKind::Person => super::users::user_properties(),
    }
}

/// The properties objects of `type_name` print by default, when they keep more for
/// `Format-List *`: users' and meeting rooms', and the contacts'.
pub fn default_display(type_name: &str) -> Option<Vec<String>> {
    let (table, count) = match type_name {
        super::users::AD_USER | MEETING_ROOM => {
            return Some(super::users::user_display().map(String::from).collect())
        }
        COMMON_AREA_PHONE => (COMMON_AREA_PHONE_PROPERTIES, shown(0)),
        ANALOG_DEVICE => (ANALOG_DEVICE_PROPERTIES, shown(2)),
        EXUM_CONTACT => (EXUM_CONTACT_PROPERTIES, shown(1)),
        super::windows_services::NT_SERVICE => {
            return Some(
                super::windows_services::DISPLAYED
                    .iter()
                    .map(|n| n.to_string())
                    .collect(),
            )
        }
        _ => return None,
    };
    Some(table[..count].iter().map(|(n, _)| n.to_string()).collect())
}

/// Sets the fields only contacts have, from the Set or New call's parameters.
pub fn set_own(user: &mut User, call: &Call) {
    let text_of = |name: &str| call.bound.text(name);
    if let Some(value) = text_of("DisplayName") {
        user.display_name = value;
    }
    if let Some(value) = text_of("Description") {
        user.description = value;
    }
    if let Some(value) = text_of("DisplayNumber") {
        user.display_number = value;
    }
    if let Some(value) = text_of("Gateway") {
        user.gateway = value;
    }
    if let Some(value) = call.bound.get("AnalogFax") {
        user.analog_fax = value.is_truthy();
    }
    if let Some(value) = call.bound.get("AutoAttendant") {
        user.auto_attendant = value.is_truthy();
    }
}

fn get(engine: &mut Engine, call: &Call) -> CmdletResult {
    list(engine, call, View::Kind(kind_of(call)))
}

fn set(engine: &mut Engine, call: &Call) -> CmdletResult {
    set_in(engine, call, View::Kind(kind_of(call)))
}

fn move_to(engine: &mut Engine, call: &Call) -> CmdletResult {
    move_in(engine, call, View::Kind(kind_of(call)))
}

fn enable_room(engine: &mut Engine, call: &Call) -> CmdletResult {
    enable_as(engine, call, AccountKind::MeetingRoom)
}

fn disable_room(engine: &mut Engine, call: &Call) -> CmdletResult {
    disable_in(engine, call, View::Kind(AccountKind::MeetingRoom))
}

fn remove(engine: &mut Engine, call: &Call) -> CmdletResult {
    let Some(at) = one_user(engine, call, View::Kind(kind_of(call)))? else {
        return Ok(vec![]);
    };
    let dn = engine.session.directory.user(at).distinguished_name();
    if !engine.should_process(call, &dn)? {
        return Ok(vec![]);
    }
    engine.session.directory.remove(&[at]);
    Ok(vec![])
}

/// Where a new contact goes: `-DN` names it (`CN=...,OU=...`); `-OU` names its container and
/// Lync names the contact with a GUID. The error says what is wrong.
fn placement(call: &Call, guid: &str) -> Result<(String, String), String> {
    let typed_dn = call.bound.text("DN");
    let typed_ou = call.bound.text("OU");
    let (common_name, ou) = match (typed_dn, typed_ou) {
        (Some(_), Some(_)) => return Err("Parameters -DN and -OU cannot be used together.".into()),
        (Some(dn), None) => {
            let (first, ou) = dn.split_once(',').unwrap_or((&dn, ""));
            match first.trim().split_once('=') {
                Some((cn, name)) if cn.trim().eq_ignore_ascii_case("cn") && !ou.is_empty() => {
                    (name.trim().to_string(), ou.trim().to_string())
                }
                _ => {
                    return Err(format!(
                        "\"{dn}\" is not a distinguished name of a contact: write it as CN=name,OU=...,{DOMAIN_DN}."
                    ))
                }
            }
        }
        (None, Some(ou)) => (format!("{{{guid}}}"), ou),
        (None, None) => {
            return Err("Specify where to create the contact with -OU or -DN.".into());
        }
    };
    let domain = normalize_dn(DOMAIN_DN);
    if !normalize_dn(&ou).ends_with(&domain) {
        return Err(format!(
            "The organizational unit \"{ou}\" was not found: the lab's directory is the domain {DOMAIN}."
        ));
    }
    Ok((common_name, canonical_dn(&ou)))
}

/// New-CsCommonAreaPhone, New-CsAnalogDevice and New-CsExUmContact: a contact object in the
/// directory, homed on a Registrar pool, with a GUID SIP address unless one is given.
fn new(engine: &mut Engine, call: &Call) -> CmdletResult {
    let kind = kind_of(call);
    let pool = match registrar_pool(engine, call, "RegistrarPool") {
        Ok(pool) => pool.unwrap_or_default(),
        Err(e) => {
            engine.write_error(*e)?;
            return Ok(vec![]);
        }
    };
    let text_of = |name: &str| call.bound.text(name);
    let line_uri = text_of("LineUri").unwrap_or_default();
    let seed = format!(
        "{kind:?}|{}|{line_uri}|{}|{}",
        text_of("DN").or_else(|| text_of("OU")).unwrap_or_default(),
        text_of("SipAddress").unwrap_or_default(),
        engine.session.directory.len()
    );
    let guid = guid_from(&seed);
    let (common_name, ou) = match placement(call, &guid) {
        Ok(placed) => placed,
        Err(message) => {
            return refuse(
                engine,
                call,
                message,
                "InvalidPlacement",
                ErrorCategory::InvalidArgument,
            )
        }
    };
    if !line_uri.is_empty() && !line_uri.to_ascii_lowercase().starts_with("tel:") {
        return refuse(
            engine,
            call,
            format!("\"{line_uri}\" is not a valid value for -LineUri: it must start with tel:, as tel:+14255550712."),
            "InvalidUri",
            ErrorCategory::InvalidArgument,
        );
    }
    let mut contact = User {
        kind,
        common_name,
        ou,
        enabled: Some(true),
        registrar_pool: pool,
        line_uri,
        enterprise_voice_enabled: kind != AccountKind::ExUmContact,
        ..User::default()
    };
    set_own(&mut contact, call);
    if contact.display_name.is_empty() && !contact.common_name.starts_with('{') {
        contact.display_name = contact.common_name.clone();
    }
    let directory = &engine.session.directory;
    let dn = contact.distinguished_name();
    if directory.by_key(&dn).is_some() {
        return refuse(
            engine,
            call,
            format!("An object with the distinguished name \"{dn}\" already exists."),
            "ObjectExists",
            ErrorCategory::ResourceExists,
        );
    }
    let address = text_of("SipAddress").unwrap_or_else(|| format!("sip:{guid}@{DOMAIN}"));
    contact.sip_address = match super::users::available_sip_address(engine, &address, usize::MAX) {
        Ok(address) => address,
        Err((message, id)) => {
            return refuse(engine, call, message, id, ErrorCategory::InvalidArgument);
        }
    };
    if !engine.should_process(call, &dn)? {
        return Ok(vec![]);
    }
    engine.session.directory.add(contact);
    let at = engine.session.directory.len() - 1;
    Ok(pass_thru(engine, call, at, View::Kind(kind)))
}
