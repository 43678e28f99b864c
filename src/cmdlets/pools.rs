//! Pool pairing and disaster recovery, and the user databases' state:
//!
//! - Get-CsPoolBackupRelationship: the pool paired as a pool's backup (its Registrar's backup
//!   Registrar in the topology; atl-cs-001 and dublin-cs-001 back each other up in the lab);
//! - Backup-CsPool, Invoke-CsBackupServiceSync, Get-CsBackupServiceStatus,
//!   Debug-CsInterPoolReplication and Remove-CsUserStoreBackupData: the Backup service
//!   between paired pools, which needs the pair and both Front-End services running;
//! - Invoke-CsPoolFailOver and Invoke-CsPoolFailBack: users' services move to the backup pool
//!   and back (Get-CsUserPoolInfo shows it). A pool that is the Edge's next hop is not failed
//!   over, with the real message;
//! - Get-/Set-CsUserDatabaseState and Update-CsUserDatabase: whether a user database is
//!   online;
//! - Get-CsPoolFabricState, Reset-CsPoolRegistrarState, Get-CsPoolUpgradeReadinessState and
//!   Invoke-CsStorageServiceFlush: a pool's Front End fabric, which needs its Front-End
//!   services running.

use super::{BuiltinFn, CmdletResult};
use crate::engine::{Call, Engine, Flow};
use crate::error::ErrorCategory;
use crate::value::{PsObject, Value};

/// The catalog cmdlets this file emulates.
pub const HANDLERS: &[(&str, BuiltinFn)] = &[
    ("Get-CsPoolBackupRelationship", backup_relationship),
    ("Backup-CsPool", backup_pool),
    ("Invoke-CsBackupServiceSync", backup_sync),
    ("Get-CsBackupServiceStatus", backup_status),
    ("Debug-CsInterPoolReplication", inter_pool_replication),
    ("Remove-CsUserStoreBackupData", remove_backup_data),
    ("Invoke-CsPoolFailOver", fail_over),
    ("Invoke-CsPoolFailBack", fail_back),
    ("Get-CsUserDatabaseState", get_database_state),
    ("Set-CsUserDatabaseState", set_database_state),
    ("Update-CsUserDatabase", update_database),
    ("Get-CsPoolFabricState", fabric_state),
    ("Reset-CsPoolRegistrarState", reset_registrar_state),
    ("Get-CsPoolUpgradeReadinessState", upgrade_readiness),
    ("Invoke-CsStorageServiceFlush", storage_flush),
];

/// The kinds of routing group Get-CsPoolFabricState reports on.
const FABRIC_TYPES: [&str; 4] = ["MCUFactory", "ConferenceDirectory", "Routing", "LYSS"];

/// The ways Reset-CsPoolRegistrarState resets a pool.
const RESET_TYPES: [&str; 4] = [
    "ServiceReset",
    "QuorumLossRecovery",
    "FullReset",
    "MachineStateRemoved",
];

/// The ways Invoke-CsStorageServiceFlush flushes.
const FLUSH_TYPES: [&str; 3] = ["FullFlush", "SteadyStateFlush", "SteadyState"];

/// The modules the Backup service keeps in step between paired pools.
const MODULES: [&str; 3] = [
    "UserServices.PresenceFocus",
    "ConfServices.DataConf",
    "CentralMgmt.CMSMaster",
];

fn fail(engine: &Engine, call: &Call, message: String, id: &str, target: &str) -> Flow {
    let category = match id {
        "PoolNotFound" | "ObjectNotFound" => ErrorCategory::ObjectNotFound,
        "NoBackupPool" | "NotFailedOver" | "FailedOver" | "EdgeNextHop" | "ServiceStopped" => {
            ErrorCategory::InvalidOperation
        }
        _ => ErrorCategory::InvalidArgument,
    };
    Flow::Error(Box::new(
        engine
            .cmdlet_error(call, message, id, category, "InvalidOperationException")
            .with_target(target.to_string(), "String"),
    ))
}

/// The Front End pool `parameter` names (a pool with a Registrar), as the topology spells it.
fn front_end_pool(engine: &Engine, call: &Call, parameter: &str) -> Result<String, Flow> {
    let typed = call.bound.text(parameter).unwrap_or_default();
    match engine.session.topology.service("Registrar", typed.trim()) {
        Some(service) => Ok(service.pool.clone()),
        None => {
            let message = format!(
                "\"{typed}\" is not a Front End pool of the topology (a pool with a Registrar)."
            );
            Err(fail(engine, call, message, "PoolNotFound", &typed))
        }
    }
}

/// The pool's backup pool; an error when it has none.
fn paired(engine: &Engine, call: &Call, pool: &str) -> Result<String, Flow> {
    engine.session.topology.backup_pool(pool).ok_or_else(|| {
        let message = format!("The pool {pool} has no backup pool: pair it with another Front End pool first (Set-CsRegistrar -BackupRegistrar).");
        fail(engine, call, message, "NoBackupPool", pool)
    })
}

/// Whether every computer of a pool runs its Front-End service (RTCSRV).
fn running(engine: &Engine, pool: &str) -> bool {
    let topology = &engine.session.topology;
    topology.pool(pool).is_some_and(|p| {
        p.computers
            .iter()
            .all(|c| topology.service_running(c, "RTCSRV"))
    })
}

/// The pair, checked for the Backup service: both pools' Front-End services must run.
fn backup_pair(engine: &Engine, call: &Call) -> Result<(String, String), Flow> {
    let pool = front_end_pool(engine, call, "PoolFqdn")?;
    let backup = paired(engine, call, &pool)?;
    if let Some(down) = [&pool, &backup].into_iter().find(|p| !running(engine, p)) {
        let message = format!(
            "The Backup service cannot reach {down}: its Front-End service (RTCSRV) is stopped."
        );
        return Err(fail(engine, call, message, "ServiceStopped", down));
    }
    Ok((pool, backup))
}

fn backup_relationship(engine: &mut Engine, call: &Call) -> CmdletResult {
    let pool = front_end_pool(engine, call, "PoolFqdn")?;
    let backup = paired(engine, call, &pool)?;
    Ok(vec![Value::object(
        PsObject::new("Microsoft.Rtc.Management.Hadr.BackupService.BackupRelation")
            .with("PoolFqdn", Value::str(&pool))
            .with("BackupPoolFqdn", Value::str(&backup)),
    )])
}

fn backup_pool(engine: &mut Engine, call: &Call) -> CmdletResult {
    super::files::check_report(engine, call)?;
    if call.bound.switch("FullBackup") && call.bound.switch("SteadyState") {
        let message = "-FullBackup and -SteadyState cannot be used together.".to_string();
        return Err(fail(engine, call, message, "ParameterConflict", ""));
    }
    let (pool, backup) = backup_pair(engine, call)?;
    if !engine.should_process(call, &pool)? {
        return Ok(vec![]);
    }
    engine.verbose(
        call,
        &format!("The data of {pool} was copied to its backup pool {backup}."),
    );
    super::files::write_report(engine, call, &[format!("{pool} backed up to {backup}")])?;
    Ok(vec![])
}

fn backup_sync(engine: &mut Engine, call: &Call) -> CmdletResult {
    let (pool, backup) = backup_pair(engine, call)?;
    engine.verbose(call, &format!("{pool} and {backup} are in step."));
    Ok(vec![])
}

fn backup_status(engine: &mut Engine, call: &Call) -> CmdletResult {
    let (pool, _) = backup_pair(engine, call)?;
    let category = call
        .bound
        .text("Category")
        .unwrap_or_default()
        .to_ascii_lowercase();
    // The Central Management Server's pool holds the Central Management store.
    let holds_store = engine
        .session
        .topology
        .management_pool()
        .is_some_and(|p| p.eq_ignore_ascii_case(&pool));
    let modules: Vec<Value> = MODULES
        .iter()
        .filter(|m| match category.as_str() {
            "cms" => m.starts_with("CentralMgmt"),
            "userdata" => !m.starts_with("CentralMgmt"),
            _ => true,
        })
        .map(|module| {
            let export = if module.starts_with("CentralMgmt") && !holds_store {
                "NotInitialized"
            } else {
                "SteadyState"
            };
            Value::object(
                PsObject::new("Microsoft.Rtc.Management.Hadr.BackupService.BackupModuleStatus")
                    .with("Identity", Value::str(*module))
                    .with("ExportStatus", Value::str(export))
                    .with("ImportStatus", Value::str("NormalState")),
            )
        })
        .collect();
    Ok(vec![Value::object(
        PsObject::new("Microsoft.Rtc.Management.Hadr.BackupService.BackupServiceStatus")
            .with("PoolFqdn", Value::str(&pool))
            .with("OverallExportStatus", Value::str("SteadyState"))
            .with("OverallImportStatus", Value::str("NormalState"))
            .with("BackupModules", Value::array(modules)),
    )])
}

fn inter_pool_replication(engine: &mut Engine, call: &Call) -> CmdletResult {
    let (pool, backup) = backup_pair(engine, call)?;
    let module = call
        .bound
        .text("BackupModule")
        .unwrap_or_else(|| "All".into());
    let lines = MODULES
        .iter()
        .filter(|m| {
            module.eq_ignore_ascii_case("All")
                || m.to_ascii_lowercase()
                    .ends_with(&module.to_ascii_lowercase())
        })
        .map(|m| {
            Value::str(format!(
                "{m}: {pool} and {backup} are in step; nothing waits to be replicated."
            ))
        })
        .collect();
    Ok(lines)
}

fn remove_backup_data(engine: &mut Engine, call: &Call) -> CmdletResult {
    let pool = front_end_pool(engine, call, "PoolFqdn")?;
    if !engine.should_process(call, &pool)? {
        return Ok(vec![]);
    }
    engine.verbose(call, &format!(
        "The backup copies of user data held for {pool} were removed; the Backup service copies them again at its next synchronization."
    ));
    Ok(vec![])
}

fn fail_over(engine: &mut Engine, call: &Call) -> CmdletResult {
    let pool = front_end_pool(engine, call, "PoolFqdn")?;
    let backup = paired(engine, call, &pool)?;
    let topology = &engine.session.topology;
    if let Some(to) = topology.operations.failed_over_to(&pool) {
        let message = format!("The pool {pool} is failed over to {to} already.");
        return Err(fail(engine, call, message, "FailedOver", &pool));
    }
    let next_hop = format!("Registrar:{pool}");
    let edge_next_hop = topology.services.iter().any(|s| {
        s.role == "EdgeServer"
            && s.settings
                .as_ref()
                .and_then(|settings| settings.get("Registrar"))
                .is_some_and(|r| r.to_display().eq_ignore_ascii_case(&next_hop))
    });
    if edge_next_hop {
        let message = format!("This Front-end pool \"{pool}\" is specified in topology as the next hop for the Edge server. Failing over this pool may cause External access/Federation/Split-domain/XMPP features to stop working. Please use Topology Builder to change the Edge internal next hop setting to point to a different Front-end pool,  before you proceed.");
        return Err(fail(engine, call, message, "EdgeNextHop", &pool));
    }
    if !call.bound.switch("DisasterMode") && !running(engine, &pool) {
        let message = format!("The Front-End service (RTCSRV) of {pool} is stopped: a planned failover needs the pool running; use -DisasterMode when it is down.");
        return Err(fail(engine, call, message, "ServiceStopped", &pool));
    }
    if !running(engine, &backup) {
        let message = format!(
            "The backup pool {backup} cannot take over: its Front-End service (RTCSRV) is stopped."
        );
        return Err(fail(engine, call, message, "ServiceStopped", &backup));
    }
    if !engine.should_process(call, &pool)? {
        return Ok(vec![]);
    }
    engine
        .session
        .topology
        .operations
        .failed_over
        .push((pool, backup));
    Ok(vec![])
}

fn fail_back(engine: &mut Engine, call: &Call) -> CmdletResult {
    let pool = front_end_pool(engine, call, "PoolFqdn")?;
    if engine
        .session
        .topology
        .operations
        .failed_over_to(&pool)
        .is_none()
    {
        let message =
            format!("The pool {pool} is not failed over, so there is nothing to fail back.");
        return Err(fail(engine, call, message, "NotFailedOver", &pool));
    }
    if !running(engine, &pool) {
        let message = format!("The pool {pool} cannot take its users back: its Front-End service (RTCSRV) is stopped.");
        return Err(fail(engine, call, message, "ServiceStopped", &pool));
    }
    if !engine.should_process(call, &pool)? {
        return Ok(vec![]);
    }
    engine
        .session
        .topology
        .operations
        .failed_over
        .retain(|(p, _)| !p.eq_ignore_ascii_case(&pool));
    Ok(vec![])
}

/// The user databases, each with the Front End pools whose user services use it.
fn user_databases(engine: &Engine) -> Vec<(String, Vec<String>)> {
    let topology = &engine.session.topology;
    topology
        .services
        .iter()
        .filter(|s| s.role == "UserDatabase")
        .map(|db| {
            let identity = db.identity();
            let pools = topology
                .services
                .iter()
                .filter(|s| s.role == "UserServer")
                .filter(|s| {
                    s.settings
                        .as_ref()
                        .and_then(|settings| settings.get("UserDatabase"))
                        .is_some_and(|v| v.to_display().eq_ignore_ascii_case(&identity))
                })
                .map(|s| s.pool.clone())
                .collect();
            (identity, pools)
        })
        .collect()
}

/// The user databases a call names: one by -Identity, those of -RegistrarPool, or all.
fn chosen_databases(engine: &Engine, call: &Call) -> Result<Vec<String>, Flow> {
    let all = user_databases(engine);
    if let Some(typed) = call.bound.text("Identity") {
        let wanted = typed.trim().trim_start_matches("service:");
        return match all.iter().find(|(id, _)| id.eq_ignore_ascii_case(wanted)) {
            Some((id, _)) => Ok(vec![id.clone()]),
            None => {
                let message = format!("Cannot find a user database with the Identity \"{typed}\".");
                Err(fail(engine, call, message, "ObjectNotFound", &typed))
            }
        };
    }
    if call.bound.get("RegistrarPool").is_some() {
        let pool = front_end_pool(engine, call, "RegistrarPool")?;
        return Ok(all
            .into_iter()
            .filter(|(_, pools)| pools.iter().any(|p| p.eq_ignore_ascii_case(&pool)))
            .map(|(id, _)| id)
            .collect());
    }
    Ok(all.into_iter().map(|(id, _)| id).collect())
}

fn offline(engine: &Engine, identity: &str) -> bool {
    engine
        .session
        .topology
        .operations
        .offline_user_databases
        .iter()
        .any(|d| d.eq_ignore_ascii_case(identity))
}

fn get_database_state(engine: &mut Engine, call: &Call) -> CmdletResult {
    let chosen = chosen_databases(engine, call)?;
    Ok(chosen
        .iter()
        .map(|id| {
            Value::object(
                PsObject::new("Microsoft.Rtc.Management.Xds.UserStoreState")
                    .with("Identity", Value::str(id))
                    .with("Online", Value::Bool(!offline(engine, id))),
            )
        })
        .collect())
}

fn set_database_state(engine: &mut Engine, call: &Call) -> CmdletResult {
    let chosen = chosen_databases(engine, call)?;
    let online = call.bound.get("Online").is_none_or(Value::is_truthy);
    for id in chosen {
        if !engine.should_process(call, &id)? {
            continue;
        }
        let list = &mut engine.session.topology.operations.offline_user_databases;
        list.retain(|d| !d.eq_ignore_ascii_case(&id));
        if !online {
            list.push(id.to_ascii_lowercase());
        }
    }
    Ok(vec![])
}

/// Update-CsUserDatabase: the pool's user database takes the lab's current users; it must be
/// online.
fn update_database(engine: &mut Engine, call: &Call) -> CmdletResult {
    let pool = match call.bound.get("Fqdn") {
        Some(_) => front_end_pool(engine, call, "Fqdn")?,
        None => engine
            .session
            .topology
            .first_front_end()
            .unwrap_or_default()
            .to_string(),
    };
    let databases: Vec<String> = user_databases(engine)
        .into_iter()
        .filter(|(_, pools)| pools.iter().any(|p| p.eq_ignore_ascii_case(&pool)))
        .map(|(id, _)| id)
        .collect();
    if let Some(down) = databases.iter().find(|d| offline(engine, d)) {
        let message = format!("The user database {down} of {pool} is offline; bring it online with Set-CsUserDatabaseState -Online $True first.");
        return Err(fail(engine, call, message, "DatabaseOffline", &pool));
    }
    engine.verbose(call, &format!("The user database of {pool} is up to date."));
    Ok(vec![])
}

/// One of `allowed` that a parameter names (case ignored), or `default` when it is left out.
fn one_of(
    engine: &Engine,
    call: &Call,
    parameter: &str,
    allowed: &[&'static str],
    default: &'static str,
) -> Result<&'static str, Flow> {
    let Some(typed) = call.bound.text(parameter) else {
        return Ok(default);
    };
    allowed
        .iter()
        .find(|a| a.eq_ignore_ascii_case(typed.trim()))
        .copied()
        .ok_or_else(|| {
            let message = format!(
                "\"{typed}\" is not a valid -{parameter}: use one of {}.",
                allowed.join(", ")
            );
            fail(engine, call, message, "InvalidArgument", &typed)
        })
}

/// The computers of a pool, each with whether its Front-End service runs.
fn front_ends(engine: &Engine, pool: &str) -> Vec<(String, bool)> {
    let topology = &engine.session.topology;
    topology
        .pool(pool)
        .map(|p| {
            p.computers
                .iter()
                .map(|c| (c.clone(), topology.service_running(c, "RTCSRV")))
                .collect()
        })
        .unwrap_or_default()
}

/// Get-CsPoolFabricState: per kind of routing group, whether each has its primary replica on
/// a running Front End. The lab's pools have one Front End each, so a group has no secondary.
fn fabric_state(engine: &mut Engine, call: &Call) -> CmdletResult {
    let pool = front_end_pool(engine, call, "PoolFqdn")?;
    let kind = one_of(
        engine,
        call,
        "Type",
        &[
            "All",
            "MCUFactory",
            "ConferenceDirectory",
            "Routing",
            "LYSS",
        ],
        "All",
    )?;
    let computers = front_ends(engine, &pool);
    let running: Vec<&str> = computers
        .iter()
        .filter(|(_, up)| *up)
        .map(|(c, _)| c.as_str())
        .collect();
    let mut lines = vec![Value::str(format!(
        "Pool {pool}: {} of {} Front End servers run the Front-End service.",
        running.len(),
        computers.len()
    ))];
    for group in FABRIC_TYPES.iter().filter(|t| kind == "All" || **t == kind) {
        let state = match running.first() {
            Some(primary) => format!(
                "primary on {primary}, no secondary (a pool of {} Front End)",
                computers.len()
            ),
            None => "no primary: every Front End of the pool is stopped".to_string(),
        };
        lines.push(Value::str(format!("{group}: {state}")));
    }
    Ok(lines)
}

fn reset_registrar_state(engine: &mut Engine, call: &Call) -> CmdletResult {
    let pool = front_end_pool(engine, call, "PoolFqdn")?;
    let kind = one_of(engine, call, "ResetType", &RESET_TYPES, "ServiceReset")?;
    let computers: Vec<String> = front_ends(engine, &pool)
        .into_iter()
        .map(|(c, _)| c)
        .collect();
    if kind == "MachineStateRemoved" {
        let machine = call.bound.text("MachineFqdn").unwrap_or_default();
        if !computers
            .iter()
            .any(|c| c.eq_ignore_ascii_case(machine.trim()))
        {
            let message = format!(
                "-ResetType MachineStateRemoved needs -MachineFqdn naming a computer of {pool}."
            );
            return Err(fail(engine, call, message, "InvalidArgument", &machine));
        }
    }
    if !engine.should_process(call, &pool)? {
        return Ok(vec![]);
    }
    // The Front-End service stops for the reset and starts again unless -NoReStart.
    let restart = !call.bound.switch("NoReStart");
    for computer in &computers {
        engine
            .session
            .topology
            .set_service_running(computer, "RTCSRV", restart);
    }
    engine.verbose(
        call,
        &format!(
            "{kind} of {pool} done; the Front-End service {}.",
            if restart {
                "runs again"
            } else {
                "stays stopped (-NoReStart)"
            }
        ),
    );
    Ok(vec![])
}

/// Get-CsPoolUpgradeReadinessState: whether the local pool can take an update now: every
/// Front End runs (Ready), or not (InsufficientActiveFrontEnds).
fn upgrade_readiness(engine: &mut Engine, _: &Call) -> CmdletResult {
    let pool = engine
        .session
        .topology
        .first_front_end()
        .unwrap_or_default()
        .to_string();
    let computers = front_ends(engine, &pool);
    let active = computers.iter().filter(|(_, up)| *up).count();
    let ready = active == computers.len() && active > 0;
    let domain = Value::object(
        PsObject::new("Microsoft.Rtc.Management.Hadr.UpgradeDomain")
            .with("Name", Value::str("UpgradeDomain1"))
            .with(
                "FrontEnds",
                Value::array(computers.iter().map(|(c, _)| Value::str(c)).collect()),
            )
            .with("ReadyForUpgrade", Value::Bool(ready)),
    );
    Ok(vec![Value::object(
        PsObject::new("Microsoft.Rtc.Management.Hadr.PoolUpgradeState")
            .with("PoolFqdn", Value::str(&pool))
            .with(
                "PoolUpgradeState",
                Value::str(if ready {
                    "Ready"
                } else {
                    "InsufficientActiveFrontEnds"
                }),
            )
            .with("TotalFrontEnds", Value::Int32(computers.len() as i32))
            .with("TotalActiveFrontEnds", Value::Int32(active as i32))
            .with("UpgradeDomains", Value::array(vec![domain])),
    )])
}

fn storage_flush(engine: &mut Engine, call: &Call) -> CmdletResult {
    let pool = front_end_pool(engine, call, "PoolFqdn")?;
    let kind = one_of(engine, call, "FlushType", &FLUSH_TYPES, "FullFlush")?;
    if let Some((down, _)) = front_ends(engine, &pool).into_iter().find(|(_, up)| !up) {
        let message = format!("The storage service of {pool} cannot be flushed: the Front-End service (RTCSRV) of {down} is stopped.");
        return Err(fail(engine, call, message, "ServiceStopped", &pool));
    }
    Ok(vec![Value::str(format!(
        "{kind} of the storage service of {pool} completed: nothing was waiting."
    ))])
}
