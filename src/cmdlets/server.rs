//! The Set-Cs<server> cmdlets (Set-CsConferenceServer, Set-CsRegistrar, Set-CsWebServer,
//! Set-CsPstnGateway and the others of `ROLES`): change the ports, media port ranges,
//! dependencies and other settings of one service of the topology. Every value is checked first; one bad value leaves the service unchanged.
//! Like the real cmdlets they print nothing and take no pipeline input.

use super::{BuiltinFn, CmdletResult};
use crate::engine::{Call, Engine};
use crate::error::ErrorCategory;
use crate::identity::canonical_role;
use crate::store::server::ServerSettings;
use crate::value::Value;

/// The catalog cmdlets this file emulates.
pub const HANDLERS: &[(&str, BuiltinFn)] = &[
    ("Set-CsConferenceServer", set_server),
    ("Set-CsApplicationServer", set_server),
    ("Set-CsMediationServer", set_server),
    ("Set-CsEdgeServer", set_server),
    ("Set-CsRegistrar", set_server),
    ("Set-CsUserServer", set_server),
    ("Set-CsWebServer", set_server),
    ("Set-CsDirector", set_server),
    ("Set-CsPstnGateway", set_server),
    ("Set-CsArchivingServer", set_server),
    ("Set-CsMonitoringServer", set_server),
    ("Set-CsManagementServer", set_server),
];

/// The role each cmdlet changes a service of.
const ROLES: &[(&str, &str)] = &[
    ("Set-CsConferenceServer", "ConferencingServer"),
    ("Set-CsApplicationServer", "ApplicationServer"),
    ("Set-CsMediationServer", "MediationServer"),
    ("Set-CsEdgeServer", "EdgeServer"),
    ("Set-CsRegistrar", "Registrar"),
    ("Set-CsUserServer", "UserServer"),
    ("Set-CsWebServer", "WebServer"),
    ("Set-CsDirector", "Director"),
    ("Set-CsPstnGateway", "PstnGateway"),
    ("Set-CsArchivingServer", "ArchivingServer"),
    ("Set-CsMonitoringServer", "MonitoringServer"),
    ("Set-CsManagementServer", "ManagementServer"),
];

/// The lowest and highest port a media range may use.
pub const PORT_MIN: u32 = 1024;
pub const PORT_MAX: u32 = 65535;

/// The role of the services a setting names, when it names one: its own name
/// (`EdgeServer`), or that name behind `Mirror` or `Backup` (`BackupRegistrar`); a user
/// service's `ConferenceServer` names the conferencing service.
pub fn dependency_role(property: &str) -> Option<&'static str> {
    if property.eq_ignore_ascii_case("ConferenceServer") {
        return Some("ConferencingServer");
    }
    canonical_role(property)
        .or_else(|| property.strip_prefix("Mirror").and_then(canonical_role))
        .or_else(|| property.strip_prefix("Backup").and_then(canonical_role))
}

/// Texts for Lync-side failures. The real wording was not found in any public source, so these
/// are lyncsh's own, kept together so that real texts can replace them.
mod texts {
    pub fn no_identity(role: &str) -> String {
        format!("Specify the service to change with -Identity, as {role}:<fqdn> or the fqdn of a pool that runs the {role} service.")
    }
    pub fn wrong_role(identity: &str, role: &str) -> String {
        format!("\"{identity}\" does not identify a service of role {role}. Use {role}:<fqdn> or the fqdn of a pool that runs the {role} service.")
    }
    pub fn no_service(identity: &str) -> String {
        format!("Cannot find a service with the Identity \"{identity}\" in the topology.")
    }
    pub fn bad_range(traffic: &str, start: u32, count: u32, min: u32, max: u32) -> String {
        format!("The {traffic} port range starting at {start} with {count} ports is not valid: the start port must be at least {min}, the count at least 1, and start plus count must not exceed {max}.")
    }
    pub fn no_dependency(parameter: &str, role: &str, value: &str) -> String {
        format!("The value \"{value}\" of -{parameter} does not name a service of role {role} in the topology.")
    }
    pub const DETECTION_WITHOUT_BACKUP: &str = "FailureDetectionInterval and FailbackDetectionInterval can be set only for a Registrar that has a backup Registrar (-BackupRegistrar).";
    pub fn own_backup(identity: &str) -> String {
        format!("The Registrar {identity} cannot be its own backup Registrar.")
    }
}

/// The pool fqdn an `-Identity` names for `role`: `Role:fqdn` or the bare fqdn.
fn pool_of(typed: &str, role: &str) -> Result<String, String> {
    let without = typed
        .get(..8)
        .filter(|head| head.eq_ignore_ascii_case("service:"))
        .map_or(typed, |_| &typed[8..]);
    match without.split_once(':') {
        None => Ok(typed.to_string()),
        Some((head, fqdn)) if canonical_role(head) == Some(role) && !fqdn.is_empty() => {
            Ok(fqdn.to_string())
        }
        Some(_) => Err(texts::wrong_role(typed, role)),
    }
}

fn fail(engine: &mut Engine, call: &Call, message: String, id: &str, target: &str) -> CmdletResult {
    let category = match id {
        "ObjectNotFound" => ErrorCategory::ObjectNotFound,
        _ => ErrorCategory::InvalidArgument,
    };
    let record = engine.cmdlet_error(call, message, id, category, "InvalidOperationException");
    let record = match target {
        "" => record,
        _ => record.with_target(target.to_string(), "String"),
    };
    engine.write_error(record)?;
    Ok(vec![])
}

/// A service identity named by a dependency parameter (`-EdgeServer`, `-Registrar`,
/// `-BackupRegistrar`: the parameter names the role), spelled as the topology spells it.
fn dependency(engine: &Engine, parameter: &str, value: &Value) -> Option<Value> {
    let typed = value.to_display();
    if typed.is_empty() {
        return Some(Value::Null);
    }
    let role = dependency_role(parameter)?;
    let fqdn = pool_of(&typed, role).ok()?;
    let service = engine.session.topology.service(role, &fqdn)?;
    Some(Value::str(service.identity()))
}

fn set_server(engine: &mut Engine, call: &Call) -> CmdletResult {
    let Some(role) = ROLES
        .iter()
        .find(|(name, _)| name.eq_ignore_ascii_case(call.name()))
        .map(|(_, role)| *role)
    else {
        return Ok(vec![]);
    };
    let Some(typed) = call.bound.text("Identity") else {
        return fail(
            engine,
            call,
            texts::no_identity(role),
            "MissingIdentity",
            "",
        );
    };
    let fqdn = match pool_of(&typed, role) {
        Ok(fqdn) => fqdn,
        Err(message) => return fail(engine, call, message, "InvalidIdentity", &typed),
    };
    let Some(service) = engine.session.topology.service(role, &fqdn) else {
        return fail(
            engine,
            call,
            texts::no_service(&typed),
            "ObjectNotFound",
            &typed,
        );
    };
    let identity = service.identity();
    let Some(mut settings) = service.settings.clone() else {
        return fail(
            engine,
            call,
            texts::no_service(&typed),
            "ObjectNotFound",
            &typed,
        );
    };
    for param in &call.bound.params {
        let Some(value) = &param.value else { continue };
        let Some(property) = settings
            .properties()
            .iter()
            .find(|p| p.eq_ignore_ascii_case(&param.name))
        else {
            continue;
        };
        let value = if dependency_role(property).is_some() {
            match dependency(engine, property, value) {
                Some(v) => v,
                None => {
                    let role = dependency_role(property).unwrap_or_default();
                    let message = texts::no_dependency(property, role, &value.to_display());
                    return fail(engine, call, message, "InvalidDependency", &typed);
                }
            }
        } else {
            value.clone()
        };
        settings.set(property, &value);
    }
    if let Some(message) = range_error(&settings) {
        return fail(engine, call, message, "InvalidPortRange", &typed);
    }
    if let Some(message) = failover_error(&identity, &settings) {
        return fail(engine, call, message, "InvalidFailover", &typed);
    }
    if engine.should_process(call, &identity)? {
        if let Some(service) = engine.session.topology.service_mut(role, &fqdn) {
            service.settings = Some(settings);
        }
        // The topology lives in the Central Management store: the replicas fall behind.
        engine.session.store.changed();
    }
    Ok(vec![])
}

/// What is wrong with a Registrar's backup settings: detection intervals without a backup
/// Registrar, or the Registrar backing itself up.
fn failover_error(identity: &str, settings: &ServerSettings) -> Option<String> {
    let text = |name| {
        settings
            .get(name)
            .filter(|v| *v != Value::Null)
            .map(|v| v.to_display())
    };
    let backup = text("BackupRegistrar");
    if backup
        .as_deref()
        .is_some_and(|b| b.eq_ignore_ascii_case(identity))
    {
        return Some(texts::own_backup(identity));
    }
    let intervals =
        text("FailureDetectionInterval").is_some() || text("FailbackDetectionInterval").is_some();
    (intervals && backup.is_none()).then(|| texts::DETECTION_WITHOUT_BACKUP.to_string())
}

/// The first media range of `settings` that leaves 1024–65535, described.
pub fn range_error(settings: &ServerSettings) -> Option<String> {
    settings.range_decls().iter().find_map(|decl| {
        let range = settings.range(decl);
        let fits =
            range.start >= PORT_MIN && range.count >= 1 && range.start + range.count <= PORT_MAX;
        (!fits).then(|| {
            texts::bad_range(
                decl.traffic.words(),
                range.start,
                range.count,
                PORT_MIN,
                PORT_MAX,
            )
        })
    })
}
