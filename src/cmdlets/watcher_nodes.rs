//! Test-CsWatcherNodeConfiguration: checks each watcher node configuration against the lab,
//! printing a line for each check as the real cmdlet does: the target pool is in the topology
//! and has the Registrar role, its port is the Registrar's, and every test user's credentials
//! are stored (Set-CsTestUserCredential). A Registrar pool that no watcher node tests is a
//! warning; a failed check is an error. -FileName writes the lines to a log file. The shell's
//! computer is taken to be a watcher node whose installation is complete, so the registry
//! checks pass.

use super::{BuiltinFn, CmdletResult};
use crate::engine::{Call, Engine};
use crate::error::ErrorCategory;
use crate::value::Value;

/// The catalog cmdlets this file emulates.
pub const HANDLERS: &[(&str, BuiltinFn)] = &[("Test-CsWatcherNodeConfiguration", test)];

const NOUN: &str = "CsWatcherNodeConfiguration";

/// What one watcher node configuration says.
struct Node {
    pool: String,
    port: String,
    users: Vec<String>,
}

fn nodes(engine: &Engine) -> Vec<Node> {
    engine
        .session
        .store
        .records(NOUN)
        .iter()
        .map(|r| Node {
            pool: r.identity.to_string(),
            port: r.text(NOUN, "PortNumber"),
            users: r
                .property(NOUN, "TestUsers")
                .map(Value::item_texts)
                .unwrap_or_default(),
        })
        .collect()
}

/// The SIP port of a pool's Registrar.
fn registrar_port(engine: &Engine, pool: &str) -> Option<String> {
    let settings = engine
        .session
        .topology
        .service("Registrar", pool)?
        .settings
        .as_ref()?;
    settings.get("SipPort").map(|port| port.to_display())
}

fn test(engine: &mut Engine, call: &Call) -> CmdletResult {
    let mut problems = Vec::new();
    let mut lines = Vec::new();
    for node in nodes(engine) {
        let pool = node.pool;
        lines.push(format!("Validating target pool {pool} against topology."));
        if engine.session.topology.pool(&pool).is_none() {
            problems.push(format!("Target pool {pool} does not exist in topology."));
            continue;
        }
        lines.push(format!("Success: Target pool {pool} exists in topology."));
        let Some(port) = registrar_port(engine, &pool) else {
            problems.push(format!(
                "Target pool {pool} does not have Registrar role installed."
            ));
            continue;
        };
        lines.push(format!(
            "Success: Target pool {pool} has Registrar role installed."
        ));
        lines.push(format!("Success: Target pool {pool} is supported version."));
        if node.port == port {
            lines.push(format!(
                "Success: Port number for {port} Target pool {pool} is correct."
            ));
        } else {
            problems.push(format!(
                "Port number {} for target pool {pool} does not match the Registrar port {port}.",
                node.port
            ));
        }
        for user in &node.users {
            let stored = engine
                .session
                .directory
                .by_key(user)
                .is_some_and(|i| engine.session.directory.user(i).test_credential.is_some());
            if stored {
                lines.push(format!("Successfully validated existence of test user's credential {user} in credential management store."));
            } else {
                problems.push(format!("Cannot find the credential of test user {user} in the credential management store: store it with Set-CsTestUserCredential."));
            }
        }
    }
    lines.push("Checking for missing pools in watcher node configuration is started. If any error is detected, it will be printed.".into());
    for line in &lines {
        engine.write_host(&format!("{line}\n"));
    }
    let tested: Vec<String> = nodes(engine).into_iter().map(|n| n.pool).collect();
    let untested: Vec<String> = engine
        .session
        .topology
        .services
        .iter()
        .filter(|s| s.role == "Registrar")
        .filter(|s| !tested.iter().any(|t| t.eq_ignore_ascii_case(&s.pool)))
        .map(|s| s.pool.clone())
        .collect();
    for pool in untested {
        let warning = format!(
            "Pool {pool} has Registrar role installed, but there are no test users configured for it."
        );
        engine.write_warning(call, &warning)?;
        lines.push(format!("WARNING: {warning}"));
    }
    let finished = "Checking for missing pools in watcher node configuration is finished.";
    engine.write_host(&format!("{finished}\n"));
    lines.push(finished.into());
    lines.extend(problems.iter().cloned());
    if let Some(file) = call.bound.text("FileName") {
        let text: String = lines.iter().map(|l| format!("{l}\n")).collect();
        super::files::write_cmdlet_file(engine, call, &file, &text)?;
    }
    for problem in problems {
        let record = engine.cmdlet_error(
            call,
            problem,
            "WatcherNodeConfigurationInvalid",
            ErrorCategory::InvalidData,
            "InvalidOperationException",
        );
        engine.write_error(record)?;
    }
    Ok(vec![])
}
