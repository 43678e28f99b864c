//! Debug-CsIntraPoolReplication: compares a user's data (-UserUri), or a conference
//! directory's (-ConferenceDirectory), on the Front End that holds its primary copy with the
//! other Front Ends of its pool. One object per computer of the pool: which copy it holds, and
//! whether it is in step, which a computer whose Front-End service (RTCSRV) is stopped is not.

use super::family::not_found_error;
use super::{BuiltinFn, CmdletResult};
use crate::directory::Found;
use crate::engine::{Call, Engine, Flow};
use crate::value::{PsObject, Value};

/// The catalog cmdlets this file emulates.
pub const HANDLERS: &[(&str, BuiltinFn)] = &[("Debug-CsIntraPoolReplication", debug)];

const DETAILS: &str = "Microsoft.Rtc.Management.UserPinService.Data.SyncReplicationDetails";

/// What is compared, by the name the objects give it, and the pool that holds it.
fn subject(engine: &Engine, call: &Call) -> Result<(String, String), Flow> {
    // Piped users reach -ConferenceDirectory too (both take input by value): a value that is
    // not a directory number names a user.
    let directory_number = call
        .bound
        .get("ConferenceDirectory")
        .filter(|v| v.property("SipAddress").is_none())
        .map(Value::to_display)
        .filter(|t| {
            let number = t.trim().trim_start_matches("ConferenceDirectory:");
            !number.is_empty() && number.chars().all(|c| c.is_ascii_digit())
        });
    if let Some(typed) = directory_number {
        let number = typed.trim().trim_start_matches("ConferenceDirectory:");
        let found = engine
            .session
            .topology
            .operations
            .conference_directories
            .iter()
            .find(|(n, _)| n.to_string() == number)
            .cloned();
        return match found {
            Some((n, pool)) => Ok((format!("ConferenceDirectory:{n}"), pool)),
            None => {
                let message = format!("Cannot find conference directory \"{typed}\".");
                Err(not_found_error(
                    engine,
                    call,
                    message,
                    "ConferenceDirectoryNotFound",
                    &typed,
                ))
            }
        };
    }
    let value = call
        .bound
        .get("UserUri")
        .or_else(|| call.bound.get("ConferenceDirectory"))
        .cloned()
        .unwrap_or(Value::Null);
    let typed = value
        .property("SipAddress")
        .map(|v| v.to_display())
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| value.to_display());
    let directory = &engine.session.directory;
    let user = match directory.find(&typed) {
        Found::Users(found) if found.len() == 1 => Some(directory.user(found[0])),
        _ => None,
    };
    match user.filter(|u| u.is_lync_user() && !u.registrar_pool.is_empty()) {
        Some(user) => Ok((user.sip_address.clone(), user.registrar_pool.clone())),
        None => {
            let message =
                format!("Cannot find a user homed on Lync Server with the identity \"{typed}\".");
            Err(not_found_error(
                engine,
                call,
                message,
                "UserNotFound",
                &typed,
            ))
        }
    }
}

fn debug(engine: &mut Engine, call: &Call) -> CmdletResult {
    let (name, pool) = subject(engine, call)?;
    let topology = &engine.session.topology;
    let computers = topology
        .pool(&pool)
        .map(|p| p.computers.clone())
        .unwrap_or_default();
    Ok(computers
        .iter()
        .enumerate()
        .map(|(i, computer)| {
            Value::object(
                PsObject::new(DETAILS)
                    .with("Identity", Value::str(&name))
                    .with("PoolFqdn", Value::str(&pool))
                    .with("Fqdn", Value::str(computer))
                    .with(
                        "Copy",
                        Value::str(if i == 0 { "Primary" } else { "Secondary" }),
                    )
                    .with(
                        "InSync",
                        Value::Bool(topology.service_running(computer, "RTCSRV")),
                    ),
            )
        })
        .collect())
}
