//! The Central Management store's replication: which computers hold a replica, whether each
//! is up to date, bringing them up to date, and Enable-CsTopology, whose change replicates too;
//! with them the other checks of the deployment as a whole: Test-CsTopology and
//! Get-CsServerVersion.
//!
//! Every record the store keeps or drops counts as a change (src/store); a replica is up to
//! date when it holds the latest. A fresh lab, or a session read from a file, starts with every
//! replica up to date.

use super::family::error;
use super::CmdletResult;
use crate::engine::{Call, Engine, Flow};
use crate::error::ErrorCategory;
use crate::store::Topology;
use crate::value::{DateTime, PsObject, Value};

pub const HANDLERS: &[(&str, super::BuiltinFn)] = &[
    (
        "Get-CsManagementStoreReplicationStatus",
        get_replication_status,
    ),
    ("Invoke-CsManagementStoreReplication", invoke_replication),
    ("Enable-CsTopology", enable_topology),
    ("Test-CsTopology", test_topology),
    ("Get-CsServerVersion", get_server_version),
];

/// The Lync Server 2013 build the replicas report.
const PRODUCT_VERSION: &str = "5.0.8308.0";

/// The computers that hold a replica of the store, in topology order: those with Lync
/// Server's services (gateways and SQL Server stores have none).
pub fn replicas(topology: &Topology) -> Vec<String> {
    topology
        .pools
        .iter()
        .flat_map(|pool| pool.computers.iter())
        .filter(|computer| !topology.windows_services(computer).is_empty())
        .cloned()
        .collect()
}

/// The Central Management Server: the computer that runs the Master Replicator Agent.
fn master(topology: &Topology) -> Option<String> {
    replicas(topology).into_iter().find(|computer| {
        topology
            .windows_services(computer)
            .iter()
            .any(|i| i.service.name == MASTER)
    })
}

/// The Master Replicator Agent, on the Central Management Server.
const MASTER: &str = "RTCMASTER";

/// The Replica Replicator Agent, on every computer with a replica.
const REPLICA: &str = "REPLICA";

/// The replicas -ReplicaFqdn names (all of them without it), or the error for one the
/// topology does not have.
fn chosen(engine: &Engine, call: &Call) -> Result<Vec<String>, Flow> {
    let all = replicas(&engine.session.topology);
    let Some(typed) = call.bound.text("ReplicaFqdn") else {
        return Ok(all);
    };
    match all.iter().find(|r| r.eq_ignore_ascii_case(typed.trim())) {
        Some(found) => Ok(vec![found.clone()]),
        None => {
            let message = format!("\"{typed}\" is not a computer with a replica of the Central Management store; Get-CsManagementStoreReplicationStatus lists them.");
            Err(Flow::Error(error(
                engine,
                call,
                message,
                "ReplicaNotFound",
                ErrorCategory::ObjectNotFound,
                &typed,
            )))
        }
    }
}

fn get_replication_status(engine: &mut Engine, call: &Call) -> CmdletResult {
    let replication = engine.session.store.replication();
    let made = replication.made_at.unwrap_or_else(DateTime::now);
    if call.bound.switch("CentralManagementStoreStatus") {
        let topology = &engine.session.topology;
        let master = master(topology).unwrap_or_default();
        let object =
            PsObject::new("Microsoft.Rtc.Management.Xds.CentralManagementStoreStatusResult")
                .with("ActiveMasterFqdn", Value::str(master.as_str()))
                .with("ActiveFileTransferAgentFqdn", Value::str(master.as_str()))
                .with(
                    "ActiveReplicas",
                    Value::array(
                        replicas(topology)
                            .iter()
                            .map(|r| Value::str(r.as_str()))
                            .collect(),
                    ),
                )
                .with("DeletedReplicas", Value::array(Vec::new()))
                .with("LastMasterHeartbeat", Value::DateTime(DateTime::now()))
                .with(
                    "LastFileTransferAgentHeartbeat",
                    Value::DateTime(DateTime::now()),
                );
        return Ok(vec![Value::object(object)]);
    }
    let wanted = chosen(engine, call)?;
    let replication = engine.session.store.replication();
    Ok(wanted
        .iter()
        .map(|fqdn| {
            let (held, reported) = replication
                .replicas
                .get(&fqdn.to_ascii_lowercase())
                .copied()
                .unwrap_or((0, made));
            let up_to_date = replication.up_to_date(fqdn);
            // The snapshot a replica holds was made at the last change it has.
            let created = match (up_to_date, replication.last_change_at) {
                (true, Some(at)) if held > 0 => at,
                _ => reported.min(made),
            };
            let object = PsObject::new("Microsoft.Rtc.Management.Xds.ReplicaState")
                .with("UpToDate", Value::Bool(up_to_date))
                .with("ReplicaFqdn", Value::str(fqdn.as_str()))
                .with("LastStatusReport", Value::DateTime(reported))
                .with("LastUpdateCreation", Value::DateTime(created))
                .with("ProductVersion", Value::str(PRODUCT_VERSION));
            Value::object(object)
        })
        .collect())
}

/// Invoke-CsManagementStoreReplication: the master sends the current configuration to each
/// replica whose Replica Replicator Agent runs; nothing moves while the master's agent is
/// stopped.
fn invoke_replication(engine: &mut Engine, call: &Call) -> CmdletResult {
    let wanted = chosen(engine, call)?;
    let topology = &engine.session.topology;
    let master = master(topology).unwrap_or_default();
    if !topology.service_running(&master, MASTER) {
        let message = format!("Replication cannot start: the Master Replicator Agent ({MASTER}) on {master} is stopped; start it with Start-CsWindowsService.");
        let e = error(
            engine,
            call,
            message,
            "MasterReplicatorStopped",
            ErrorCategory::ResourceUnavailable,
            &master,
        );
        return Err(Flow::Error(e));
    }
    let (reachable, stopped): (Vec<String>, Vec<String>) = wanted
        .into_iter()
        .partition(|computer| topology.service_running(computer, REPLICA));
    if !engine.should_process(call, &reachable.join(", "))? {
        return Ok(vec![]);
    }
    engine.session.store.replicate(&reachable, DateTime::now());
    for computer in stopped {
        let warning = format!(
            "{computer} was not updated: its Replica Replicator Agent ({REPLICA}) is stopped."
        );
        engine.write_warning(call, &warning)?;
    }
    Ok(vec![])
}

/// Enable-CsTopology: Active Directory must be prepared (unless -SkipPrepareCheck); the
/// enabled topology is a change the replicas must then be given.
fn enable_topology(engine: &mut Engine, call: &Call) -> CmdletResult {
    super::files::check_report(engine, call)?;
    let skip = matches!(call.bound.get("SkipPrepareCheck"), Some(Value::Bool(true)));
    if let Some(step) = engine
        .session
        .topology
        .ad_unprepared
        .first()
        .filter(|_| !skip)
    {
        let what = match step.as_str() {
            "schema" => "the schema is not extended (Install-CsAdServerSchema)".to_string(),
            "forest" => "the forest is not prepared (Enable-CsAdForest)".to_string(),
            other => format!(
                "the domain {} is not prepared (Enable-CsAdDomain)",
                other.trim_start_matches("domain:")
            ),
        };
        let message = format!("The topology cannot be enabled: {what}.");
        let e = error(
            engine,
            call,
            message,
            "ActiveDirectoryNotPrepared",
            ErrorCategory::InvalidOperation,
            "",
        );
        return Err(Flow::Error(e));
    }
    if !engine.should_process(call, "topology")? {
        return Ok(vec![]);
    }
    engine.session.store.changed();
    super::files::write_report(engine, call, &["the topology was enabled".to_string()])?;
    Ok(vec![])
}

/// Get-CsServerVersion: the product, edition and build of the lab's servers.
fn get_server_version(_: &mut Engine, _: &Call) -> CmdletResult {
    Ok(vec![Value::str(format!(
        "Microsoft Lync Server 2013, Enterprise Edition ({PRODUCT_VERSION}): Volume license key installed."
    ))])
}

/// Test-CsTopology: every Windows service of the roles tested (one service's with -Service,
/// else every service's) runs on the computers of its pool. The result names the first one
/// stopped.
fn test_topology(engine: &mut Engine, call: &Call) -> CmdletResult {
    super::files::check_report(engine, call)?;
    let topology = engine.session.topology.clone();
    let services: Vec<&crate::store::topology::Service> = match call.bound.get("Service") {
        None => topology.services.iter().collect(),
        Some(typed) => {
            let typed = typed.to_display();
            let found = crate::identity::Scope::parse(typed.trim()).and_then(|scope| match scope {
                crate::identity::Scope::Service { role, fqdn } => topology.service(&role, &fqdn),
                _ => None,
            });
            match found {
                Some(service) => vec![service],
                None => {
                    let message = format!("\"{typed}\" is not a service of the topology (Role:pool fqdn, as Get-CsService shows it).");
                    let e = error(
                        engine,
                        call,
                        message,
                        "ServiceNotFound",
                        ErrorCategory::ObjectNotFound,
                        &typed,
                    );
                    return Err(Flow::Error(e));
                }
            }
        }
    };
    let target = match call.bound.get("Service") {
        Some(_) => services.first().map(|s| s.pool.clone()).unwrap_or_default(),
        None => master(&topology).unwrap_or_default(),
    };
    let stopped = services.iter().find_map(|service| {
        let pool = topology
            .pools
            .iter()
            .find(|p| p.fqdn.eq_ignore_ascii_case(&service.pool))?;
        pool.computers.iter().find_map(|computer| {
            topology
                .windows_services(computer)
                .into_iter()
                .filter(|i| {
                    i.roles
                        .iter()
                        .any(|r| r.eq_ignore_ascii_case(&service.role))
                })
                .find(|i| !topology.service_running(computer, i.service.name))
                .map(|i| (computer.clone(), i.service))
        })
    });
    let outcome = match stopped {
        None => Ok(()),
        Some((computer, windows)) => Err(super::synthetic::failure(
            format!(
                "The service {} ({}) on {computer} is stopped.",
                windows.name, windows.display_name
            ),
            format!(
                "Start it: Start-CsWindowsService -Name {} -ComputerName {computer}",
                windows.name
            ),
        )),
    };
    let line = match &outcome {
        Ok(()) => "the topology passed".to_string(),
        Err(_) => "the topology failed".to_string(),
    };
    let output = super::synthetic::task_output(&target, 312, outcome);
    super::files::write_report(engine, call, &[line])?;
    Ok(vec![output])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn engine() -> Engine {
        crate::cmdlets::shell(
            crate::session::Session::lab(),
            Box::new(crate::engine::BufferHost::default()),
        )
    }

    fn up_to_date(engine: &mut Engine) -> Vec<bool> {
        let call =
            "$states = @(Get-CsManagementStoreReplicationStatus | ForEach-Object {$_.UpToDate})";
        let _ = engine.run(call, "test");
        engine
            .session
            .variables
            .get("states")
            .cloned()
            .unwrap_or_default()
            .into_items()
            .iter()
            .map(|v| matches!(v, Value::Bool(true)))
            .collect()
    }

    #[test]
    fn replicas_fall_behind_after_a_change_and_catch_up_when_replicated() {
        let mut engine = engine();
        assert!(replicas(&engine.session.topology).len() >= 3);
        assert!(up_to_date(&mut engine).iter().all(|u| *u));
        let _ = engine.run(
            "Set-CsClientPolicy -Identity Global -DisableEmoticons $True",
            "test",
        );
        assert!(up_to_date(&mut engine).iter().all(|u| !*u));
        let _ = engine.run(
            "Invoke-CsManagementStoreReplication -ReplicaFqdn atl-cs-001.litwareinc.com",
            "test",
        );
        assert_eq!(up_to_date(&mut engine).iter().filter(|u| **u).count(), 1);
        let _ = engine.run("Invoke-CsManagementStoreReplication", "test");
        assert!(up_to_date(&mut engine).iter().all(|u| *u));
        let _ = engine.run("Enable-CsTopology", "test");
        assert!(up_to_date(&mut engine).iter().all(|u| !*u));
    }
}
