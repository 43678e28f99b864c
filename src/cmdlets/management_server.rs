//! The Central Management Server: Move-CsManagementServer moves it (and its Master Replicator
//! Agent) to another Front End pool, the local one unless -TargetFqdn names one, optionally
//! restoring the configuration from files exported by lyncsh; Invoke-CsManagementServerFailover
//! makes the store's mirror the principal (-Restore: the primary again), or in disaster recovery
//! (-BackupSqlServerFqdn with -Force) moves the store to a backup SQL Server.

use super::{BuiltinFn, CmdletResult};
use crate::engine::{Call, Engine, Flow};
use crate::error::ErrorCategory;

/// The catalog cmdlets this file emulates.
pub const HANDLERS: &[(&str, BuiltinFn)] = &[
    ("Move-CsManagementServer", move_server),
    ("Invoke-CsManagementServerFailover", failover),
];

/// The database type of the Central Management store.
const STORE: &str = "CentralMgmt";

fn fail(engine: &Engine, call: &Call, message: String, id: &str, target: &str) -> Flow {
    let category = match id {
        "PoolNotFound" | "ComputerNotFound" | "MirrorNotFound" => ErrorCategory::ObjectNotFound,
        _ => ErrorCategory::InvalidOperation,
    };
    Flow::Error(super::family::error(
        engine, call, message, id, category, target,
    ))
}

fn move_server(engine: &mut Engine, call: &Call) -> CmdletResult {
    super::files::check_report(engine, call)?;
    let topology = &engine.session.topology;
    let target = match call.bound.text("TargetFqdn") {
        Some(typed) => topology
            .services
            .iter()
            .find(|s| s.role == "Registrar" && s.pool.eq_ignore_ascii_case(typed.trim()))
            .map(|s| s.pool.clone())
            .ok_or_else(|| {
                let message = format!("Cannot find a Front End pool with the fully qualified domain name \"{typed}\" in the topology.");
                fail(engine, call, message, "PoolNotFound", &typed)
            })?,
        None => topology.first_front_end().unwrap_or_default().to_string(),
    };
    let current = topology.management_pool().unwrap_or_default().to_string();
    if current.eq_ignore_ascii_case(&target) {
        let message = format!("The Central Management Server is in {target} already.");
        return Err(fail(engine, call, message, "AlreadyThere", &target));
    }
    let computers: Vec<String> = topology
        .pool(&target)
        .map(|p| p.computers.clone())
        .unwrap_or_default();
    if let Some(stopped) = computers
        .iter()
        .find(|c| !topology.service_running(c, "RTCSRV"))
    {
        let message = format!("The Front End service (RTCSRV) of {stopped} is not running: start it before moving the Central Management Server there.");
        return Err(fail(engine, call, message, "ServiceStopped", stopped));
    }
    let configuration = match call.bound.text("ConfigurationFileName") {
        Some(file) => {
            let text = engine
                .read_text_file(&file, call.span)
                .map_err(Flow::Error)?;
            Some(super::configuration_files::read_configuration(
                engine, call, &text, &file,
            )?)
        }
        None => None,
    };
    let lis = match call.bound.text("LisConfigurationFileName") {
        Some(file) => {
            let text = engine
                .read_text_file(&file, call.span)
                .map_err(Flow::Error)?;
            let records = super::lis_config::parse(&text).map_err(|m| {
                fail(
                    engine,
                    call,
                    format!("\"{file}\": {m}"),
                    "InvalidLisConfiguration",
                    &file,
                )
            })?;
            Some(records)
        }
        None => None,
    };
    if !engine.should_process(call, &target)? {
        return Ok(vec![]);
    }
    if let Some(read) = configuration {
        let operations = engine.session.topology.operations.clone();
        engine.session.topology = read.topology;
        engine.session.topology.operations = operations;
        engine.session.store = read.store;
    }
    if let Some(records) = lis {
        super::lis_config::replace_all(engine, records);
    }
    let first = engine
        .session
        .topology
        .first_front_end()
        .unwrap_or_default()
        .to_string();
    engine.session.topology.operations.management_pool =
        (!first.eq_ignore_ascii_case(&target)).then(|| target.clone());
    engine.session.store.changed();
    let old: Vec<String> = engine
        .session
        .topology
        .pool(&current)
        .map(|p| p.computers.clone())
        .unwrap_or_default();
    let line = format!("The Central Management Server moved from {current} to {target}.");
    engine.verbose(call, &line);
    engine
        .write_host("Run local setup (Bootstrapper.exe) on these computers to finish the move:\n");
    for computer in old.iter().chain(&computers) {
        engine.write_host(&format!("{computer}\n"));
    }
    super::files::write_report(engine, call, &[line])?;
    Ok(vec![])
}

/// The SQL Server that holds the Central Management store.
fn store_server(engine: &Engine) -> String {
    engine
        .session
        .topology
        .operations
        .databases
        .iter()
        .find(|(_, kind)| kind == STORE)
        .map(|(server, _)| server.clone())
        .unwrap_or_default()
}

fn failover(engine: &mut Engine, call: &Call) -> CmdletResult {
    super::files::check_report(engine, call)?;
    let server = store_server(engine);
    if let Some(typed) = call.bound.text("BackupSqlServerFqdn") {
        let Some(backup) = engine.session.topology.computer(&typed).map(str::to_string) else {
            let message = format!("Cannot find computer \"{typed}\" in the topology.");
            return Err(fail(engine, call, message, "ComputerNotFound", &typed));
        };
        if backup.eq_ignore_ascii_case(&server) {
            let message = format!("The Central Management store is on {backup} already.");
            return Err(fail(engine, call, message, "AlreadyThere", &backup));
        }
        if !engine.should_process(call, &backup)? {
            return Ok(vec![]);
        }
        let operations = &mut engine.session.topology.operations;
        operations.databases.retain(|(_, kind)| kind != STORE);
        operations
            .databases
            .push((backup.to_ascii_lowercase(), STORE.into()));
        operations.mirrors.retain(|(_, kind, _)| kind != STORE);
        let line = format!("The Central Management store failed over from {server} to {backup}.");
        engine.verbose(call, &line);
        super::files::write_report(engine, call, &[line])?;
        return Ok(vec![]);
    }
    let restore = call.bound.switch("Restore");
    let mirror = engine
        .session
        .topology
        .operations
        .mirrors
        .iter()
        .position(|(s, kind, _)| s.eq_ignore_ascii_case(&server) && kind == STORE);
    let Some(index) = mirror else {
        let message = format!("The Central Management store on {server} has no mirror to fail over to: install one (Install-CsMirrorDatabase -DatabaseType CentralMgmt), or name a backup SQL Server with -BackupSqlServerFqdn and -Force.");
        return Err(fail(engine, call, message, "MirrorNotFound", &server));
    };
    let on_mirror = engine.session.topology.operations.mirrors[index].2;
    if on_mirror != restore {
        let side = if restore { "primary" } else { "mirror" };
        let message = format!(
            "The {side} database of the Central Management store is the principal already."
        );
        return Err(fail(engine, call, message, "AlreadyPrincipal", &server));
    }
    if !engine.should_process(call, &server)? {
        return Ok(vec![]);
    }
    engine.session.topology.operations.mirrors[index].2 = !restore;
    let side = if restore { "primary" } else { "mirror" };
    let line = format!(
        "The {side} database of the Central Management store on {server} is now the principal."
    );
    engine.verbose(call, &line);
    super::files::write_report(engine, call, &[line])?;
    Ok(vec![])
}
