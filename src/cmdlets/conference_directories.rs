//! Conference directories: the numbered stores of dial-in conference IDs that a pool's user
//! services hold. Get-, New-, Move- and Remove-CsConferenceDirectory work on the lab's list
//! (1 to 3 on atl-cs-001, 4 on redmond). A directory is numbered 0 to 9999, each number once;
//! it lives on a pool with user services, and a move to a pool whose Front-End service is
//! stopped fails unless -Force, as the real move does when the target cannot be reached.

use super::{BuiltinFn, CmdletResult};
use crate::engine::{Call, Engine, Flow};
use crate::error::ErrorCategory;
use crate::value::{PsObject, Value};
use crate::wildcard::wildcard_match;

/// The catalog cmdlets this file emulates.
pub const HANDLERS: &[(&str, BuiltinFn)] = &[
    ("Get-CsConferenceDirectory", get),
    ("New-CsConferenceDirectory", new),
    ("Move-CsConferenceDirectory", move_to),
    ("Remove-CsConferenceDirectory", remove),
];

const TYPE: &str =
    "Microsoft.Rtc.Management.WritableConfig.Settings.PstnConf.ConferenceDirectories";

/// The highest directory number.
const MOST: u32 = 9999;

fn object(number: u32, pool: &str) -> Value {
    Value::object(
        PsObject::new(TYPE)
            .with("Identity", Value::str(number.to_string()))
            .with("ServiceId", Value::str(format!("UserServer:{pool}"))),
    )
}

fn fail(engine: &Engine, call: &Call, message: String, id: &str, target: &str) -> Flow {
    let category = match id {
        "ObjectNotFound" | "PoolNotFound" => ErrorCategory::ObjectNotFound,
        "ObjectExists" => ErrorCategory::ResourceExists,
        _ => ErrorCategory::InvalidArgument,
    };
    Flow::Error(Box::new(
        engine
            .cmdlet_error(call, message, id, category, "InvalidOperationException")
            .with_target(target.to_string(), "String"),
    ))
}

/// The number `-Identity` gives (`3`, or `global/3`).
fn number(engine: &Engine, call: &Call) -> Result<u32, Flow> {
    let typed = call.bound.text("Identity").unwrap_or_default();
    let digits = typed.rsplit('/').next().unwrap_or_default().trim();
    digits
        .parse::<u32>()
        .ok()
        .filter(|n| *n <= MOST)
        .ok_or_else(|| {
            let message = format!("\"{typed}\" is not a conference directory number: a whole number from 0 to {MOST}.");
            fail(engine, call, message, "InvalidIdentity", &typed)
        })
}

/// The pool of the directory numbered `number`.
fn pool_of(engine: &Engine, number: u32) -> Option<String> {
    engine
        .session
        .topology
        .operations
        .conference_directories
        .iter()
        .find(|(n, _)| *n == number)
        .map(|(_, pool)| pool.clone())
}

fn not_found(engine: &Engine, call: &Call, number: u32) -> Flow {
    let message = format!("Cannot find a conference directory with the Identity \"{number}\".");
    fail(engine, call, message, "ObjectNotFound", &number.to_string())
}

/// The pool a parameter names, as the topology spells it; it must run user services.
fn user_pool(engine: &Engine, call: &Call, parameter: &str) -> Result<String, Flow> {
    let typed = call.bound.text(parameter).unwrap_or_default();
    let fqdn = typed
        .trim()
        .strip_prefix("UserServer:")
        .unwrap_or(typed.trim());
    match engine.session.topology.service("UserServer", fqdn) {
        Some(service) => Ok(service.pool.clone()),
        None => {
            let message = format!("\"{typed}\" is not a pool of the topology with user services (UserServer); conference directories live on one.");
            Err(fail(engine, call, message, "PoolNotFound", &typed))
        }
    }
}

fn get(engine: &mut Engine, call: &Call) -> CmdletResult {
    let directories = engine
        .session
        .topology
        .operations
        .conference_directories
        .clone();
    if call.bound.get("Identity").is_some() {
        let number = number(engine, call)?;
        return match pool_of(engine, number) {
            Some(pool) => Ok(vec![object(number, &pool)]),
            None => Err(not_found(engine, call, number)),
        };
    }
    let filter = call.bound.text("Filter");
    Ok(directories
        .iter()
        .filter(|(n, _)| {
            filter
                .as_deref()
                .is_none_or(|f| wildcard_match(f, &n.to_string(), false))
        })
        .map(|(n, pool)| object(*n, pool))
        .collect())
}

fn new(engine: &mut Engine, call: &Call) -> CmdletResult {
    let number = number(engine, call)?;
    let pool = user_pool(engine, call, "HomePool")?;
    if pool_of(engine, number).is_some() {
        let message =
            format!("A conference directory with the Identity \"{number}\" already exists.");
        return Err(fail(
            engine,
            call,
            message,
            "ObjectExists",
            &number.to_string(),
        ));
    }
    if !engine.should_process(call, &number.to_string())? {
        return Ok(vec![]);
    }
    let directories = &mut engine.session.topology.operations.conference_directories;
    directories.push((number, pool.clone()));
    directories.sort_by_key(|(n, _)| *n);
    Ok(vec![object(number, &pool)])
}

/// Whether the Front-End service of a pool's first computer runs (so the pool answers).
fn reachable(engine: &Engine, pool: &str) -> bool {
    let topology = &engine.session.topology;
    topology
        .pool(pool)
        .and_then(|p| p.computers.first())
        .is_some_and(|computer| topology.service_running(computer, "RTCSRV"))
}

fn move_to(engine: &mut Engine, call: &Call) -> CmdletResult {
    let number = number(engine, call)?;
    let target = user_pool(engine, call, "TargetPool")?;
    let Some(current) = pool_of(engine, number) else {
        return Err(not_found(engine, call, number));
    };
    if current.eq_ignore_ascii_case(&target) {
        let message = format!("The conference directory \"{number}\" is on {target} already.");
        return Err(fail(engine, call, message, "SamePool", &number.to_string()));
    }
    let both_answer = reachable(engine, &current) && reachable(engine, &target);
    if !(call.bound.switch("Force") || both_answer) {
        engine.write_warning(call, &format!("Move operation failed for conference directory with ID \"{number}\". Cannot perform a rollback because data migration might have already started. Retry the operation."))?;
        let message = format!("The Front-End service (RTCSRV) of {current} or {target} is stopped, so the directory's data cannot be moved; start it, or move with -Force and lose the dial-in IDs of its meetings.");
        return Err(fail(
            engine,
            call,
            message,
            "PoolUnreachable",
            &number.to_string(),
        ));
    }
    if !engine.should_process(call, &number.to_string())? {
        return Ok(vec![]);
    }
    for (n, pool) in &mut engine.session.topology.operations.conference_directories {
        if *n == number {
            *pool = target.clone();
        }
    }
    Ok(vec![])
}

fn remove(engine: &mut Engine, call: &Call) -> CmdletResult {
    let number = number(engine, call)?;
    let Some(pool) = pool_of(engine, number) else {
        return Err(not_found(engine, call, number));
    };
    if !call.bound.switch("Force") && !reachable(engine, &pool) {
        let message = format!("The Front-End service (RTCSRV) of {pool} is stopped, so the conference directory \"{number}\" cannot be removed there; start it, or remove with -Force.");
        return Err(fail(
            engine,
            call,
            message,
            "PoolUnreachable",
            &number.to_string(),
        ));
    }
    if !engine.should_process(call, &number.to_string())? {
        return Ok(vec![]);
    }
    engine
        .session
        .topology
        .operations
        .conference_directories
        .retain(|(n, _)| *n != number);
    Ok(vec![])
}
