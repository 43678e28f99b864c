//! Get-CsApplicationEndpoint and Move-CsApplicationEndpoint: the contacts through which trusted
//! applications are reached, seen as directory contacts. They are the CsTrustedApplicationEndpoint
//! records (New-CsTrustedApplicationEndpoint makes them); these two cmdlets list them as AD
//! application contacts, with their owner (`urn:application:<id>`) and pool, and move them to
//! another trusted application pool.

use super::users::{refuse, text};
use super::{BuiltinFn, CmdletResult};
use crate::directory::filter::{self, Operand};
use crate::engine::{Call, Engine, Flow};
use crate::error::ErrorCategory;
use crate::families;
use crate::identity::Scope;
use crate::store::Record;
use crate::value::{PsObject, Value};
use crate::wildcard::wildcard_match;
use std::rc::Rc;

/// The catalog cmdlets this file emulates.
pub const HANDLERS: &[(&str, BuiltinFn)] = &[
    ("Get-CsApplicationEndpoint", get),
    ("Move-CsApplicationEndpoint", move_to),
];

const ENDPOINTS: &str = "CsTrustedApplicationEndpoint";
const POOLS: &str = "CsTrustedApplicationPool";
const CONTACT: &str = "Microsoft.Rtc.Management.ADConnect.Schema.OCSADApplicationContact";

/// A property of an endpoint record, as text.
fn field(record: &Record, name: &str) -> String {
    record.text(ENDPOINTS, name)
}

/// The endpoint as a directory contact.
fn contact(record: &Record) -> Value {
    let sip = field(record, "SipAddress");
    let application = field(record, "ApplicationId");
    let mut object = PsObject::new(CONTACT);
    for (name, value) in [
        ("Identity", Value::str(&sip)),
        ("SipAddress", Value::str(&sip)),
        ("DisplayName", text(&field(record, "DisplayName"))),
        ("DisplayNumber", text(&field(record, "DisplayNumber"))),
        ("LineURI", text(&field(record, "LineURI"))),
        (
            "OwnerUrn",
            Value::str(format!("urn:application:{application}")),
        ),
        ("ApplicationId", Value::str(&application)),
        (
            "RegistrarPool",
            text(&field(record, "TrustedApplicationPoolFqdn")),
        ),
        (
            "Enabled",
            Value::Bool(field(record, "Enabled").eq_ignore_ascii_case("true")),
        ),
    ] {
        object.properties.push((Rc::from(name), value));
    }
    Value::object(object)
}

/// Whether an endpoint is the one `typed` names: its SIP address or display name (wildcards
/// allowed).
fn named(record: &Record, typed: &str) -> bool {
    let sip = field(record, "SipAddress");
    let typed = typed.trim();
    sip.eq_ignore_ascii_case(typed)
        || wildcard_match(typed, &sip, false)
        || wildcard_match(typed, &field(record, "DisplayName"), false)
}

fn get(engine: &mut Engine, call: &Call) -> CmdletResult {
    if call.bound.get("OU").is_some() {
        return Err(Flow::Error(Box::new(engine.cmdlet_error(
            call,
            "lyncsh does not support -OU here: the lab keeps application endpoints with their applications, not in OUs. Use -ApplicationId or -PoolFqdn.".to_string(),
            "NotSupportedByLyncsh",
            ErrorCategory::NotImplemented,
            "NotSupportedException",
        ))));
    }
    let option = |name: &str| call.bound.text(name);
    let parsed = match option("Filter") {
        Some(text) => Some(filter::parse(&text).map_err(|reason| {
            super::users::invalid_filter(engine, call, "Filter", &text, &reason)
        })?),
        None => None,
    };
    let identity = option("Identity");
    let application = option("ApplicationId");
    let pool = option("PoolFqdn");
    let limit = option("ResultSize")
        .and_then(|n| n.parse::<usize>().ok())
        .unwrap_or(usize::MAX);
    let mut out = Vec::new();
    for record in engine.session.store.records(ENDPOINTS) {
        if out.len() >= limit {
            break;
        }
        if identity.as_ref().is_some_and(|i| !named(record, i))
            || application
                .as_ref()
                .is_some_and(|a| !field(record, "ApplicationId").eq_ignore_ascii_case(a))
            || pool.as_ref().is_some_and(|p| {
                !field(record, "TrustedApplicationPoolFqdn").eq_ignore_ascii_case(p)
            })
        {
            continue;
        }
        let object = contact(record);
        if let Some(filter) = &parsed {
            let lookup = |name: &str| match object.property(name) {
                None | Some(Value::Null) => Operand::Null,
                Some(Value::Bool(b)) => Operand::Bool(b),
                Some(other) => Operand::text(&other.to_display()),
            };
            if !filter.matches(&lookup) {
                continue;
            }
        }
        out.push(object);
    }
    if out.is_empty() {
        if let Some(typed) = identity.filter(|i| !i.contains(['*', '?'])) {
            let e = engine.cmdlet_error(
                call,
                format!("Management object not found for identity \"{typed}\"."),
                "Identity",
                ErrorCategory::ObjectNotFound,
                "ManagementException",
            );
            engine.write_error(e)?;
        }
    }
    Ok(out)
}

/// Move-CsApplicationEndpoint: the endpoint's application moves to another trusted
/// application pool that exists.
fn move_to(engine: &mut Engine, call: &Call) -> CmdletResult {
    let typed = match call.bound.get("Identity") {
        Some(value @ Value::Object(_)) => value
            .property("SipAddress")
            .map(|v| v.to_display())
            .unwrap_or_default(),
        Some(value) => value.to_display(),
        None => String::new(),
    };
    let target = call.bound.text("TargetApplicationPool").unwrap_or_default();
    let store = &engine.session.store;
    let Some(record) = store
        .records(ENDPOINTS)
        .iter()
        .find(|r| named(r, &typed))
        .cloned()
    else {
        let message = format!("Management object not found for identity \"{typed}\".");
        return refuse(
            engine,
            call,
            message,
            "Identity",
            ErrorCategory::ObjectNotFound,
        );
    };
    let pool = families::find(POOLS).and_then(|f| f.identity_of(&target));
    let Some(pool_record) = pool.and_then(|pool| store.get(POOLS, &pool)) else {
        return refuse(
            engine,
            call,
            format!("Cannot find a trusted application pool with the fully qualified domain name \"{target}\" in the topology."),
            "PoolNotFound",
            ErrorCategory::ObjectNotFound,
        );
    };
    let fqdn = match &pool_record.identity {
        Scope::Name(name) => name.clone(),
        other => other.to_string(),
    };
    if !engine.should_process_high_impact(call, &field(&record, "SipAddress"))? {
        return Ok(vec![]);
    }
    let Some(family) = families::find(ENDPOINTS) else {
        return Ok(vec![]);
    };
    let mut moved = record;
    if let Some((at, _)) = family.property("TrustedApplicationPoolFqdn") {
        moved.values[at] = Value::str(&fqdn);
    }
    let out = call
        .bound
        .switch("PassThru")
        .then(|| contact(&moved))
        .into_iter()
        .collect();
    engine.session.store.put(ENDPOINTS, moved);
    Ok(out)
}
