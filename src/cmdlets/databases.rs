//! The SQL Server databases of the deployment: Install-, Test- and Uninstall-CsDatabase over
//! the databases each SQL Server holds; their mirrors (Install-/Uninstall-CsMirrorDatabase,
//! Get-CsDatabaseMirrorState, Invoke-CsDatabaseFailover); the purges of the archiving, call
//! detail and QoE databases, Export-CsArchivingData and Get-CsClientAccessLicense, which read
//! what those databases recorded.
//!
//! A fresh lab has, on atl-sql-001 (instance rtc), the databases its topology places there:
//! the Central Management store, the user, application, archiving, monitoring and Persistent
//! Chat databases; and each Front End computer has its local databases. The lab's archiving
//! and monitoring databases hold no records, so a purge reports none deleted.

use super::{BuiltinFn, CmdletResult};
use crate::engine::{Call, Engine, Flow};
use crate::error::ErrorCategory;
use crate::value::{PsObject, Value};

/// The catalog cmdlets this file emulates.
pub const HANDLERS: &[(&str, BuiltinFn)] = &[
    ("Install-CsDatabase", install),
    ("Test-CsDatabase", test),
    ("Uninstall-CsDatabase", uninstall),
    ("Get-CsDatabaseMirrorState", mirror_state),
    ("Install-CsMirrorDatabase", install_mirror),
    ("Uninstall-CsMirrorDatabase", uninstall_mirror),
    ("Invoke-CsDatabaseFailover", failover),
    ("Export-CsArchivingData", export_archiving),
    ("Get-CsClientAccessLicense", client_access_license),
    ("Invoke-CsArchivingDatabasePurge", purge),
    ("Invoke-CsCdrDatabasePurge", purge),
    ("Invoke-CsQoEDatabasePurge", purge),
];

/// The database types of Lync Server 2013 (DatabaseNameType), the topology role that places
/// each on a SQL Server (none for the local ones), and the databases of each with the version
/// Test-CsDatabase expects.
/// A database type: its name, the role placing it, and its databases with their versions.
type DatabaseType = (
    &'static str,
    &'static str,
    &'static [(&'static str, &'static str)],
);

const TYPES: &[DatabaseType] = &[
    (
        "CentralMgmt",
        "CentralManagementDatabase",
        &[("xds", "10.13.2"), ("lis", "3.1.1")],
    ),
    (
        "User",
        "UserDatabase",
        &[
            ("rtcxds", "15.13.1"),
            ("rtcshared", "5.0.1"),
            ("rtcab", "62.42.2"),
        ],
    ),
    (
        "Application",
        "ApplicationDatabase",
        &[
            ("rgsconfig", "5.5.1"),
            ("rgsdyn", "2.2.1"),
            ("cpsdyn", "1.1.2"),
        ],
    ),
    ("Archiving", "ArchivingDatabase", &[("LcsLog", "39.82.2")]),
    (
        "Monitoring",
        "MonitoringDatabase",
        &[("LcsCDR", "39.82.2"), ("QoEMetrics", "62.90.1")],
    ),
    (
        "PersistentChat",
        "PersistentChatDatabase",
        &[("mgc", "15.1.1")],
    ),
    (
        "PersistentChatCompliance",
        "PersistentChatComplianceDatabase",
        &[("mgccomp", "15.1.1")],
    ),
    ("Lyss", "", &[("rtcxds_lyss", "1.1.1")]),
    (
        "Registrar",
        "",
        &[("rtc", "125.51.2"), ("rtcdyn", "125.51.2")],
    ),
    ("Provision", "", &[("RTCPROV", "1.1.1")]),
    ("Edge", "", &[("rtcedge", "1.1.1")]),
    ("CentralAdmin", "", &[("xds_local", "10.13.2")]),
];

/// The SQL instance the lab's databases live in.
const INSTANCE: &str = "rtc";

fn fail(engine: &Engine, call: &Call, message: String, id: &str, target: &str) -> Flow {
    let category = match id {
        "ObjectNotFound" | "ComputerNotFound" => ErrorCategory::ObjectNotFound,
        _ => ErrorCategory::InvalidArgument,
    };
    Flow::Error(Box::new(
        engine
            .cmdlet_error(call, message, id, category, "InvalidOperationException")
            .with_target(target.to_string(), "String"),
    ))
}

/// The type `-DatabaseType` names, spelled as Lync spells it.
fn named_type(engine: &Engine, call: &Call) -> Result<Option<&'static str>, Flow> {
    let Some(typed) = call.bound.text("DatabaseType") else {
        return Ok(None);
    };
    TYPES
        .iter()
        .find(|(name, ..)| name.eq_ignore_ascii_case(typed.trim()))
        .map(|(name, ..)| Some(*name))
        .ok_or_else(|| {
            let names: Vec<&str> = TYPES.iter().map(|(n, ..)| *n).collect();
            let message = format!("Cannot convert value \"{typed}\" to type \"DatabaseNameType\". Specify one of the following enumerator names and try again:\n{}", names.join(", "));
            fail(engine, call, message, "InvalidDatabaseType", &typed)
        })
}

/// The computer `-SqlServerFqdn` names (or the local Front End), as the topology spells it.
fn server(engine: &Engine, call: &Call) -> Result<String, Flow> {
    let Some(typed) = call.bound.text("SqlServerFqdn") else {
        // The Central Management store is where it was installed.
        if call.bound.switch("CentralManagementDatabase") {
            let store = engine
                .session
                .topology
                .operations
                .databases
                .iter()
                .find(|(_, kind)| kind == "CentralMgmt")
                .map(|(server, _)| server.clone());
            if let Some(store) =
                store.and_then(|s| engine.session.topology.computer(&s).map(str::to_string))
            {
                return Ok(store);
            }
        }
        return Ok(super::local_computer::local(engine));
    };
    engine
        .session
        .topology
        .computer(&typed)
        .map(str::to_string)
        .ok_or_else(|| {
            let message = format!("Cannot find computer \"{typed}\" in the topology.");
            fail(engine, call, message, "ComputerNotFound", &typed)
        })
}

/// The types the topology places on `server` (its database services).
fn configured(engine: &Engine, server: &str) -> Vec<&'static str> {
    let topology = &engine.session.topology;
    let Some(pool) = topology
        .pools
        .iter()
        .find(|p| p.computers.iter().any(|c| c.eq_ignore_ascii_case(server)))
    else {
        return Vec::new();
    };
    let roles: Vec<&str> = topology
        .services_of_pool(&pool.fqdn)
        .map(|s| s.role.as_str())
        .collect();
    let mut types: Vec<&'static str> = TYPES
        .iter()
        .filter(|(_, role, _)| !role.is_empty() && roles.contains(role))
        .map(|(name, ..)| *name)
        .collect();
    // The Central Management store lives with the first user database.
    let first_user_db = topology.services.iter().find(|s| s.role == "UserDatabase");
    if first_user_db.is_some_and(|s| s.pool.eq_ignore_ascii_case(&pool.fqdn))
        && !types.contains(&"CentralMgmt")
    {
        types.insert(0, "CentralMgmt");
    }
    types
}

/// The types local to a Front End computer.
const LOCAL_TYPES: &[&str] = &["Lyss", "Registrar", "CentralAdmin"];

/// The types a call names: one by -DatabaseType, the store with -CentralManagementDatabase,
/// the local ones with -LocalDatabases or -LocalService, or those the topology places on the
/// server.
fn chosen(engine: &Engine, call: &Call, server: &str) -> Result<Vec<&'static str>, Flow> {
    if let Some(name) = named_type(engine, call)? {
        return Ok(vec![name]);
    }
    if call.bound.switch("CentralManagementDatabase") {
        return Ok(vec!["CentralMgmt"]);
    }
    if call.bound.switch("LocalDatabases") || call.bound.switch("LocalService") {
        return Ok(LOCAL_TYPES.to_vec());
    }
    Ok(configured(engine, server))
}

fn installed(engine: &Engine, server: &str, kind: &str) -> bool {
    engine
        .session
        .topology
        .operations
        .databases
        .iter()
        .any(|(s, k)| s.eq_ignore_ascii_case(server) && k == kind)
}

fn install(engine: &mut Engine, call: &Call) -> CmdletResult {
    super::files::check_report(engine, call)?;
    if call.bound.switch("Clean") && call.bound.switch("Update") {
        return Err(fail(
            engine,
            call,
            "-Clean and -Update cannot be used together.".into(),
            "ParameterConflict",
            "",
        ));
    }
    let server = if call.bound.switch("LocalDatabases") {
        super::local_computer::local(engine)
    } else {
        server(engine, call)?
    };
    let kinds = chosen(engine, call, &server)?;
    if kinds.is_empty() {
        let message = format!("The topology places no databases on {server}.");
        return Err(fail(engine, call, message, "NoDatabases", &server));
    }
    if !engine.should_process(call, &server)? {
        return Ok(vec![]);
    }
    let mut lines = Vec::new();
    for kind in kinds {
        let there = installed(engine, &server, kind);
        if !there {
            engine
                .session
                .topology
                .operations
                .databases
                .push((server.to_ascii_lowercase(), kind.to_string()));
        }
        let what = if there && !call.bound.switch("Clean") {
            "is installed already"
        } else {
            "was installed"
        };
        let line = format!("The {kind} database of {server} {what}.");
        engine.verbose(call, &line);
        lines.push(line);
    }
    super::files::write_report(engine, call, &lines)?;
    Ok(vec![])
}

fn uninstall(engine: &mut Engine, call: &Call) -> CmdletResult {
    super::files::check_report(engine, call)?;
    let server = server(engine, call)?;
    let kinds = chosen(engine, call, &server)?;
    if let Some(missing) = kinds.iter().find(|k| !installed(engine, &server, k)) {
        let message = format!("{server} holds no {missing} database.");
        return Err(fail(engine, call, message, "ObjectNotFound", &server));
    }
    if !engine.should_process(call, &server)? {
        return Ok(vec![]);
    }
    engine
        .session
        .topology
        .operations
        .databases
        .retain(|(s, k)| !(s.eq_ignore_ascii_case(&server) && kinds.contains(&k.as_str())));
    super::files::write_report(
        engine,
        call,
        &[format!("uninstalled {} on {server}", kinds.join(", "))],
    )?;
    Ok(vec![])
}

fn test(engine: &mut Engine, call: &Call) -> CmdletResult {
    super::files::check_report(engine, call)?;
    let server = if call.bound.switch("LocalService") {
        super::local_computer::local(engine)
    } else {
        server(engine, call)?
    };
    let kinds = chosen(engine, call, &server)?;
    let instance = call
        .bound
        .get("SqlInstanceName")
        .map_or_else(|| INSTANCE.to_string(), Value::to_display);
    let mut out = Vec::new();
    let mut failed = 0;
    for kind in kinds {
        let present = installed(engine, &server, kind);
        let databases = TYPES
            .iter()
            .find(|(n, ..)| *n == kind)
            .map_or(&[][..], |(_, _, d)| *d);
        for (name, version) in databases {
            failed += usize::from(!present);
            out.push(Value::object(
                PsObject::new("Microsoft.Rtc.Management.Deployment.DatabaseTestResult")
                    .with("SqlServerFqdn", Value::str(&server))
                    .with("SqlInstanceName", Value::str(&instance))
                    .with("MirrorSqlServerFqdn", Value::Null)
                    .with("MirrorSqlInstanceName", Value::Null)
                    .with("DatabaseName", Value::str(*name))
                    .with("DataSource", Value::Null)
                    .with("SQLServerVersion", Value::Null)
                    .with("ExpectedVersion", Value::str(*version))
                    .with(
                        "InstalledVersion",
                        if present {
                            Value::str(*version)
                        } else {
                            Value::Null
                        },
                    )
                    .with("Succeed", Value::Bool(present)),
            ));
        }
    }
    super::files::write_report(
        engine,
        call,
        &[format!("{} databases tested, {failed} missing", out.len())],
    )?;
    if failed > 0 {
        engine.write_warning(call, &format!("Test-CsDatabase encountered errors. Consult the log file for a detailed analysis, and to make sure that all errors ({failed}) and warnings (0) are addressed before continuing."))?;
    }
    Ok(out)
}

fn mirror_state(engine: &mut Engine, call: &Call) -> CmdletResult {
    super::files::check_report(engine, call)?;
    let typed = call.bound.text("PoolFqdn").unwrap_or_default();
    let (_, servers) = back_end(engine, call, &typed)?;
    let wanted = named_type(engine, call)?;
    let mut out = Vec::new();
    for (kind, _, databases) in TYPES {
        if wanted.is_some_and(|w| w != *kind) {
            continue;
        }
        let held = servers.iter().any(|s| installed(engine, s, kind));
        if !held {
            continue;
        }
        let mirror = servers.iter().find_map(|s| mirrored(engine, s, kind));
        let (primary, secondary, status) = match mirror {
            None => (NOT_MIRRORED, NOT_MIRRORED, Value::Null),
            Some(false) => ("Principal", "Mirror", Value::str("Synchronized")),
            Some(true) => ("Mirror", "Principal", Value::str("Synchronized")),
        };
        for (name, _) in *databases {
            out.push(Value::object(
                PsObject::new("Microsoft.Rtc.Management.Deployment.DatabaseMirrorState")
                    .with("DatabaseName", Value::str(*name))
                    .with("StateOnPrimary", Value::str(primary))
                    .with("StateOnMirror", Value::str(secondary))
                    .with("MirroringStatusOnPrimary", status.clone())
                    .with("MirroringStatusOnSecondary", status.clone()),
            ));
        }
    }
    Ok(out)
}

/// Install-CsMirrorDatabase: mirrors the types the server holds (-ConfiguredDatabases) or
/// one (-DatabaseType); a type whose databases -ExcludeDatabaseList all names is left out.
fn install_mirror(engine: &mut Engine, call: &Call) -> CmdletResult {
    super::files::check_report(engine, call)?;
    let share = call.bound.text("FileShare").unwrap_or_default();
    if !share.starts_with("\\\\") {
        let message = format!(
            "\"{share}\" is not a file share: give its UNC path, such as \\\\atl-fs-001\\DbBackup."
        );
        return Err(fail(engine, call, message, "InvalidFileShare", &share));
    }
    let server = server(engine, call)?;
    let kinds = match named_type(engine, call)? {
        Some(kind) => vec![kind],
        None => configured(engine, &server),
    };
    let excluded: Vec<String> = call
        .bound
        .get("ExcludeDatabaseList")
        .map(Value::item_texts)
        .unwrap_or_default();
    let kinds: Vec<&str> = kinds
        .into_iter()
        .filter(|kind| {
            TYPES
                .iter()
                .find(|(n, ..)| n == kind)
                .is_some_and(|(_, _, dbs)| {
                    dbs.iter()
                        .any(|(db, _)| !excluded.iter().any(|e| e.eq_ignore_ascii_case(db)))
                })
        })
        .collect();
    if let Some(missing) = kinds.iter().find(|k| !installed(engine, &server, k)) {
        let message = format!("{server} holds no {missing} database to mirror.");
        return Err(fail(engine, call, message, "ObjectNotFound", &server));
    }
    if kinds.is_empty() {
        let message = format!("No database of {server} is left to mirror.");
        return Err(fail(engine, call, message, "NoDatabases", &server));
    }
    if !engine.should_process(call, &server)? {
        return Ok(vec![]);
    }
    let mut lines = Vec::new();
    for kind in kinds {
        let line = if mirrored(engine, &server, kind).is_some() {
            format!("The {kind} databases of {server} are mirrored already.")
        } else {
            engine.session.topology.operations.mirrors.push((
                server.to_ascii_lowercase(),
                kind.to_string(),
                false,
            ));
            format!("The {kind} databases of {server} were mirrored through {share}.")
        };
        engine.verbose(call, &line);
        lines.push(line);
    }
    super::files::write_report(engine, call, &lines)?;
    Ok(vec![])
}

fn uninstall_mirror(engine: &mut Engine, call: &Call) -> CmdletResult {
    super::files::check_report(engine, call)?;
    let server = server(engine, call)?;
    let kind = named_type(engine, call)?.unwrap_or_default();
    if mirrored(engine, &server, kind).is_none() {
        let message = format!("The {kind} databases of {server} have no mirror.");
        return Err(fail(engine, call, message, "ObjectNotFound", &server));
    }
    if !engine.should_process(call, &server)? {
        return Ok(vec![]);
    }
    engine
        .session
        .topology
        .operations
        .mirrors
        .retain(|(s, k, _)| !(s.eq_ignore_ascii_case(&server) && k == kind));
    let line = format!("The mirror of the {kind} databases of {server} was removed.");
    engine.verbose(call, &line);
    super::files::write_report(engine, call, &[line])?;
    Ok(vec![])
}

/// Invoke-CsDatabaseFailover: the mirror (-NewPrincipal Mirror) or the primary becomes the
/// principal of the pool's databases of a type; both must exist.
fn failover(engine: &mut Engine, call: &Call) -> CmdletResult {
    super::files::check_report(engine, call)?;
    let typed = call.bound.text("PoolFqdn").unwrap_or_default();
    let (pool, servers) = back_end(engine, call, &typed)?;
    let kind = named_type(engine, call)?.unwrap_or_default();
    let to_mirror = call
        .bound
        .get("NewPrincipal")
        .is_some_and(|v| v.to_display().eq_ignore_ascii_case("Mirror"));
    let Some((server, now)) = servers
        .iter()
        .find_map(|s| mirrored(engine, s, kind).map(|m| (s.clone(), m)))
    else {
        let message = format!("The {kind} databases of {pool} have no mirror: a failover needs a primary and a mirror database (Install-CsMirrorDatabase).");
        return Err(fail(engine, call, message, "MirrorNotFound", &pool));
    };
    if now == to_mirror {
        let side = if to_mirror { "mirror" } else { "primary" };
        let message =
            format!("The {side} is the principal of the {kind} databases of {pool} already.");
        return Err(fail(engine, call, message, "AlreadyPrincipal", &pool));
    }
    if !engine.should_process(call, &pool)? {
        return Ok(vec![]);
    }
    for entry in engine.session.topology.operations.mirrors.iter_mut() {
        if entry.0.eq_ignore_ascii_case(&server) && entry.1 == kind {
            entry.2 = to_mirror;
        }
    }
    let side = if to_mirror { "mirror" } else { "primary" };
    let line =
        format!("The {side} is now the principal of the {kind} databases of {pool} ({server}).");
    engine.verbose(call, &line);
    super::files::write_report(engine, call, &[line])?;
    Ok(vec![])
}

/// What Get-CsDatabaseMirrorState says of a database without a mirror.
const NOT_MIRRORED: &str = "DatabaseInaccessibleOrMirroringNotEnabled";

/// Whether a database type of a server is mirrored: `Some(true)` when the mirror is the
/// principal now.
fn mirrored(engine: &Engine, server: &str, kind: &str) -> Option<bool> {
    engine
        .session
        .topology
        .operations
        .mirrors
        .iter()
        .find(|(s, k, _)| s.eq_ignore_ascii_case(server) && k == kind)
        .map(|(_, _, failed_over)| *failed_over)
}

/// The pool `-PoolFqdn` names and its back-end servers: those its services name as databases.
fn back_end(engine: &Engine, call: &Call, typed: &str) -> Result<(String, Vec<String>), Flow> {
    let topology = &engine.session.topology;
    let Some(pool) = topology.pool(typed.trim()).map(|p| p.fqdn.clone()) else {
        let message = format!("\"{typed}\" is not a pool of the topology.");
        return Err(fail(engine, call, message, "ObjectNotFound", typed));
    };
    let servers: Vec<String> = topology
        .services_of_pool(&pool)
        .filter_map(|s| s.settings.as_ref())
        .flat_map(|settings| {
            settings
                .properties()
                .iter()
                .filter(|p| {
                    p.ends_with("Database") && !p.starts_with("Mirror") && !p.starts_with("Backup")
                })
                .filter_map(|p| settings.get(p))
                .map(|v| v.to_display())
                .collect::<Vec<_>>()
        })
        .filter_map(|id| id.split_once(':').map(|(_, fqdn)| fqdn.to_string()))
        .collect();
    Ok((pool, servers))
}

/// The purges: the database service named (-Identity, or the SQL Server), which must be of
/// the cmdlet's role and installed; the statistics report what was deleted.
fn purge(engine: &mut Engine, call: &Call) -> CmdletResult {
    let (role, kind, statistics) = match call.name().to_ascii_lowercase().as_str() {
        "invoke-csarchivingdatabasepurge" => {
            ("ArchivingDatabase", "Archiving", "ArchDataPurgeStatistics")
        }
        "invoke-cscdrdatabasepurge" => {
            ("MonitoringDatabase", "Monitoring", "CdrDataPurgeStatistics")
        }
        _ => ("MonitoringDatabase", "Monitoring", "QoEDataPurgeStatistics"),
    };
    let typed = call
        .bound
        .get("Identity")
        .or_else(|| call.bound.get("SqlServerFqdn"))
        .map(Value::to_display)
        .unwrap_or_default();
    let identity = database_service(engine, call, role, kind, &typed)?;
    if !engine.should_process(call, &identity)? {
        return Ok(vec![]);
    }
    Ok(vec![Value::object(
        PsObject::new(format!("Microsoft.Rtc.Management.Purge.{statistics}"))
            .with("Identity", Value::str(identity))
            .with("RecordsDeleted", Value::Int32(0)),
    )])
}

/// The database service `typed` names (`Role:fqdn`, `service:Role:fqdn`, the FQDN, or
/// `fqdn\instance`), which must have `role` and its database of `kind` installed; its identity.
fn database_service(
    engine: &Engine,
    call: &Call,
    role: &str,
    kind: &str,
    typed: &str,
) -> Result<String, Flow> {
    // A server may be named by its short name, as SQL Server instances often are.
    let server_part = typed.split('\\').next().unwrap_or_default().trim();
    let long = (!server_part.contains('.'))
        .then(|| {
            engine.session.topology.pools.iter().find(|p| {
                p.fqdn
                    .to_ascii_lowercase()
                    .starts_with(&format!("{}.", server_part.to_ascii_lowercase()))
            })
        })
        .flatten()
        .map(|p| p.fqdn.clone());
    let fqdn_part = long.as_deref().unwrap_or(server_part);
    let Some(scope) =
        super::owned_records::owning_service(&engine.session.topology, role, fqdn_part)
    else {
        let message = format!("\"{typed}\" is not a service of the topology with the {role} role.");
        return Err(fail(engine, call, message, "ObjectNotFound", typed));
    };
    let crate::identity::Scope::Service { fqdn, .. } = &scope else {
        return Ok(String::new());
    };
    let server = engine
        .session
        .topology
        .pool(fqdn)
        .and_then(|p| p.computers.first().cloned())
        .unwrap_or_else(|| fqdn.clone());
    if !installed(engine, &server, kind) {
        let message =
            format!("The {kind} database of {server} is not installed (Install-CsDatabase).");
        return Err(fail(engine, call, message, "DatabaseNotInstalled", typed));
    }
    Ok(format!("{role}:{fqdn}"))
}

fn date(call: &Call, name: &str) -> Option<crate::value::DateTime> {
    match call.bound.get(name)? {
        Value::DateTime(d) => Some(*d),
        other => crate::value::DateTime::parse(&other.to_display()),
    }
}

/// Export-CsArchivingData: writes the archived sessions between the dates to -OutputFolder
/// (and with -Purge deletes them). The lab's archiving database holds none, so none are
/// written.
fn export_archiving(engine: &mut Engine, call: &Call) -> CmdletResult {
    let typed = call
        .bound
        .get("Identity")
        .or_else(|| call.bound.get("DBInstance"))
        .map(Value::to_display)
        .unwrap_or_default();
    let identity = database_service(engine, call, "ArchivingDatabase", "Archiving", &typed)?;
    let folder = call.bound.text("OutputFolder").unwrap_or_default();
    if !engine.should_process(call, &identity)? {
        return Ok(vec![]);
    }
    let (start, end) = (date(call, "StartDate"), date(call, "EndDate"));
    let span = match (start, end) {
        (Some(s), Some(e)) => format!("from {} to {}", s.format("M/d/yyyy"), e.format("M/d/yyyy")),
        (Some(s), None) => format!("since {}", s.format("M/d/yyyy")),
        _ => String::new(),
    };
    engine.verbose(
        call,
        &format!(
            "{identity} holds no archived sessions {span}: 0 sessions were exported to {folder}."
        ),
    );
    Ok(vec![])
}

/// The license names and kinds Get-CsClientAccessLicense reports on.
const LICENSES: [&str; 3] = ["Standard", "Enterprise", "Plus"];
const LICENSE_KINDS: [&str; 2] = ["UserBased", "DeviceBased"];

/// Get-CsClientAccessLicense: -License lists the license names; otherwise the usage of one
/// license, counted from the registrations the monitoring database recorded, of which the
/// lab's holds none.
fn client_access_license(engine: &mut Engine, call: &Call) -> CmdletResult {
    if call.bound.switch("License") {
        return Ok(LICENSES.iter().map(|l| Value::str(*l)).collect());
    }
    let typed = call.bound.text("MonitoringDatabase").unwrap_or_default();
    database_service(engine, call, "MonitoringDatabase", "Monitoring", &typed)?;
    for (parameter, allowed) in [
        ("LicenseName", &LICENSES[..]),
        ("LicenseBasedType", &LICENSE_KINDS[..]),
    ] {
        let value = call.bound.text(parameter).unwrap_or_default();
        if !allowed.iter().any(|a| a.eq_ignore_ascii_case(value.trim())) {
            let message = format!(
                "\"{value}\" is not a valid value for -{parameter}: use {}.",
                allowed.join(" or ")
            );
            return Err(fail(engine, call, message, "InvalidArgument", &value));
        }
    }
    if let (Some(start), Some(end)) = (date(call, "StartDate"), date(call, "EndDate")) {
        if end.0 <= start.0 {
            let message = "The EndDate must be later than the StartDate.".to_string();
            return Err(fail(engine, call, message, "InvalidDateRange", ""));
        }
    }
    engine.verbose(
        call,
        "The monitoring database recorded no registrations in that period: there is no license usage to report.",
    );
    Ok(vec![])
}
