//! The cmdlets that work on the computer they run on: Enable-, Disable- and Test-CsComputer,
//! Enable- and Test-CsReplica. The lab's local computer is the first Front End
//! (atl-cs-001.litwareinc.com). Disabling it stops its Lync Server services and enabling it
//! starts them again; the tests check that the services it needs run, and name the first one
//! stopped.

use super::{BuiltinFn, CmdletResult};
use crate::engine::{Call, Engine, Flow};
use crate::error::ErrorCategory;

/// The catalog cmdlets this file emulates.
pub const HANDLERS: &[(&str, BuiltinFn)] = &[
    ("Enable-CsComputer", enable_computer),
    ("Disable-CsComputer", disable_computer),
    ("Test-CsComputer", test_computer),
    ("Enable-CsReplica", enable_replica),
    ("Test-CsReplica", test_replica),
];

/// The services the replica needs on a computer.
const REPLICA: &[&str] = &["REPLICA", "RTCCLSAGT"];

/// The lab's local computer: the first Front End's.
pub fn local(engine: &Engine) -> String {
    engine.session.topology.local_computer()
}

/// The Lync Server services installed on the local computer.
fn services(engine: &Engine, computer: &str) -> Vec<&'static str> {
    engine
        .session
        .topology
        .windows_services(computer)
        .iter()
        .map(|i| i.service.name)
        .collect()
}

fn set_all(engine: &mut Engine, call: &Call, running: bool) -> CmdletResult {
    super::files::check_report(engine, call)?;
    let computer = local(engine);
    if !engine.should_process(call, &computer)? {
        return Ok(vec![]);
    }
    let names = services(engine, &computer);
    for name in &names {
        engine
            .session
            .topology
            .set_service_running(&computer, name, running);
    }
    let verb = if running { "started" } else { "stopped" };
    let line = format!("{} Lync Server services of {computer} {verb}.", names.len());
    engine.verbose(call, &line);
    super::files::write_report(engine, call, &[line])?;
    Ok(vec![])
}

fn enable_computer(engine: &mut Engine, call: &Call) -> CmdletResult {
    set_all(engine, call, true)
}

fn disable_computer(engine: &mut Engine, call: &Call) -> CmdletResult {
    set_all(engine, call, false)
}

/// The first of `needed` that is stopped on `computer`.
fn first_stopped(engine: &Engine, computer: &str, needed: &[&str]) -> Option<String> {
    needed
        .iter()
        .find(|s| !engine.session.topology.service_running(computer, s))
        .map(|s| s.to_string())
}

fn test_computer(engine: &mut Engine, call: &Call) -> CmdletResult {
    super::files::check_report(engine, call)?;
    let computer = local(engine);
    let names = services(engine, &computer);
    let stopped: Vec<String> = names
        .iter()
        .filter(|s| !engine.session.topology.service_running(&computer, s))
        .map(|s| format!("The service {s} is not running on {computer}."))
        .collect();
    for line in &stopped {
        engine.write_warning(call, line)?;
    }
    if stopped.is_empty() {
        engine.verbose(call, &format!(
            "\"Test-CsComputer\" processing has completed successfully: the {} Lync Server services of {computer} run.",
            names.len()
        ));
    } else {
        engine.write_warning(
            call,
            &format!(
                "\"Test-CsComputer\" processing has completed with warnings. \"{}\" warnings were recorded during this run.",
                stopped.len()
            ),
        )?;
    }
    super::files::write_report(engine, call, &stopped)?;
    Ok(vec![])
}

fn enable_replica(engine: &mut Engine, call: &Call) -> CmdletResult {
    super::files::check_report(engine, call)?;
    let computer = local(engine);
    if !engine.should_process(call, &computer)? {
        return Ok(vec![]);
    }
    for name in REPLICA {
        engine
            .session
            .topology
            .set_service_running(&computer, name, true);
    }
    super::files::write_report(engine, call, &[format!("replica of {computer} enabled")])?;
    Ok(vec![])
}

fn test_replica(engine: &mut Engine, call: &Call) -> CmdletResult {
    super::files::check_report(engine, call)?;
    let computer = local(engine);
    match first_stopped(engine, &computer, REPLICA) {
        None => {
            engine.verbose(
                call,
                "\"Test-CsReplica\" processing has completed successfully.",
            );
            super::files::write_report(engine, call, &["replica ready".to_string()])?;
            Ok(vec![])
        }
        Some(service) => {
            engine.write_warning(call, "Test-CsReplica failed.")?;
            super::files::write_report(engine, call, &[format!("{service} is stopped")])?;
            Err(Flow::Error(Box::new(engine.cmdlet_error(
                call,
                format!("Command execution failed: the service {service} is not running on {computer}; start it (Enable-CsReplica, or Start-CsWindowsService -Name {service})."),
                "ProcessingFailed",
                ErrorCategory::InvalidOperation,
                "InvalidOperationException",
            ))))
        }
    }
}
