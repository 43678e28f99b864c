//! The Address Book service of the Front End pools: Update-CsAddressBook synchronizes it with
//! the user database now, and Debug-CsAddressBookReplication reports how a pool's Address Book
//! stands. The lab's Address Book is read from the directory as it is, so it is always in
//! step: an update reports what it indexed, and the report counts the entries it holds, checks
//! that a user (-User) is among them, and with -VerifyNormalization that every phone number can
//! be normalized to E.164.

use super::family::not_found_error;
use super::{BuiltinFn, CmdletResult};
use crate::directory::User;
use crate::engine::{Call, Engine, Flow};
use crate::value::{PsObject, Value};

/// The catalog cmdlets this file emulates.
pub const HANDLERS: &[(&str, BuiltinFn)] = &[
    ("Update-CsAddressBook", update),
    ("Debug-CsAddressBookReplication", debug),
];

const TASK_OUTPUT: &str =
    "Microsoft.Rtc.SyntheticTransactions.Activities.Database.AddressBookReplicationTaskOutput";

/// The Front End pools a parameter names (one), or all of them without it.
fn pools(engine: &Engine, call: &Call, parameter: &str) -> Result<Vec<String>, Flow> {
    let topology = &engine.session.topology;
    let registrars = topology.services.iter().filter(|s| s.role == "Registrar");
    match call.bound.text(parameter) {
        None => Ok(registrars.map(|s| s.pool.clone()).collect()),
        Some(typed) => {
            let pool = registrars.map(|s| s.pool.clone()).find(|p| {
                p.eq_ignore_ascii_case(typed.trim())
                    || topology.pool(p).is_some_and(|p| {
                        p.computers
                            .iter()
                            .any(|c| c.eq_ignore_ascii_case(typed.trim()))
                    })
            });
            pool.map(|p| vec![p]).ok_or_else(|| {
                let message = format!("Cannot find an Address Book server \"{typed}\": name a Front End pool or one of its computers.");
                not_found_error(engine, call, message, "PoolNotFound", &typed)
            })
        }
    }
}

/// The users the Address Book of a pool's web services lists: every Lync user.
fn entries(engine: &Engine) -> impl Iterator<Item = &User> {
    engine
        .session
        .directory
        .users()
        .iter()
        .filter(|u| u.is_lync_user())
}

fn update(engine: &mut Engine, call: &Call) -> CmdletResult {
    let pools = pools(engine, call, "Fqdn")?;
    let count = entries(engine).count();
    for pool in pools {
        engine.verbose(
            call,
            &format!("The Address Book of {pool} was synchronized with the user database: {count} entries."),
        );
    }
    Ok(vec![])
}

/// Whether a phone number reads as E.164 once its spacing and punctuation are taken out.
fn normalizes(phone: &str) -> bool {
    let digits: String = phone
        .chars()
        .filter(|c| !matches!(c, ' ' | '-' | '(' | ')' | '.'))
        .collect();
    let rest = digits.strip_prefix('+').unwrap_or(&digits);
    digits.starts_with('+') && !rest.is_empty() && rest.chars().all(|c| c.is_ascii_digit())
}

fn debug(engine: &mut Engine, call: &Call) -> CmdletResult {
    let pool = match call.bound.get("PoolFqdn") {
        Some(_) => pools(engine, call, "PoolFqdn")?.remove(0),
        None => engine
            .session
            .topology
            .first_front_end()
            .unwrap_or_default()
            .to_string(),
    };
    let user = match call.bound.text("User") {
        Some(typed) => {
            let found = engine
                .session
                .directory
                .by_key(&typed)
                .map(|i| engine.session.directory.user(i))
                .filter(|u| u.is_lync_user());
            match found {
                Some(user) => Some(user.sip_address.clone()),
                None => {
                    let message = format!("Cannot find the user \"{typed}\" in the Address Book: give a SIP address, email address or SamAccountName of a user enabled for Lync Server.");
                    return Err(not_found_error(
                        engine,
                        call,
                        message,
                        "UserNotFound",
                        &typed,
                    ));
                }
            }
        }
        None => None,
    };
    if call.bound.switch("VerifyReplication") && user.is_none() {
        let message = "-VerifyReplication tests one user: name it with -User.".to_string();
        return Err(not_found_error(engine, call, message, "UserMissing", ""));
    }
    let topology = &engine.session.topology;
    let computers = topology
        .pool(&pool)
        .map(|p| p.computers.clone())
        .unwrap_or_default();
    let owner = computers.first().cloned().unwrap_or_default();
    let state = if call.bound.switch("VerifyReplication") {
        if topology.service_running(&owner, "RTCSRV") {
            "Success"
        } else {
            "Failure"
        }
    } else {
        "NotTested"
    };
    let heartbeats: Vec<Value> = computers
        .iter()
        .filter(|c| topology.service_running(c, "RTCSRV"))
        .map(Value::str)
        .collect();
    let indexed = entries(engine).count();
    let (failure_count, failures) = if call.bound.switch("VerifyNormalization") {
        let failed: Vec<Value> = entries(engine)
            .filter(|u| !u.phone.is_empty() && !normalizes(&u.phone))
            .map(|u| Value::str(format!("{}: {}", u.sip_address, u.phone)))
            .collect();
        (Value::Int32(failed.len() as i32), failed)
    } else {
        (Value::str("Not checked"), Vec::new())
    };
    let backup = topology.backup_pool(&pool).unwrap_or_default();
    Ok(vec![Value::object(
        PsObject::new(TASK_OUTPUT)
            .with("PoolFqdn", Value::str(&pool))
            .with("ReplicationState", Value::str(state))
            .with("TaskOwnerFqdn", Value::str(owner))
            .with("BackupFqdn", Value::str(backup))
            .with("ServerHeartbeats", Value::array(heartbeats))
            .with("IndexedObjectCount", Value::Int32(indexed as i32))
            .with("ObjectsNotIndexedThatShouldBe", Value::Int32(0))
            .with("AbandonedObjects", Value::Int32(0))
            .with("NormalizationFailureCount", failure_count)
            .with("NormalizationFailures", Value::array(failures)),
    )])
}
