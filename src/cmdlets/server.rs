//! Set-CsConferenceServer, Set-CsApplicationServer, Set-CsMediationServer and
//! Set-CsEdgeServer: change the ports, media port ranges and dependencies of one service of
//! the topology. Every value is checked first; one bad value leaves the service unchanged.
//! Like the real cmdlets they print nothing and take no pipeline input.

use super::{BuiltinFn, CmdletResult};
use crate::engine::{Call, Engine};
use crate::error::ErrorCategory;
use crate::identity::canonical_role;
use crate::store::server::ServerSettings;
use crate::value::Value;

/// The catalog cmdlets this file emulates.
pub const HANDLERS: &[(&str, BuiltinFn)] = &[
    ("Set-CsConferenceServer", set_conference_server),
    ("Set-CsApplicationServer", set_application_server),
    ("Set-CsMediationServer", set_mediation_server),
    ("Set-CsEdgeServer", set_edge_server),
];

/// The lowest and highest port a media range may use.
pub const PORT_MIN: u32 = 1024;
pub const PORT_MAX: u32 = 65535;

fn set_conference_server(engine: &mut Engine, call: &Call) -> CmdletResult {
    set_server(engine, call, "ConferencingServer")
}

fn set_application_server(engine: &mut Engine, call: &Call) -> CmdletResult {
    set_server(engine, call, "ApplicationServer")
}

fn set_mediation_server(engine: &mut Engine, call: &Call) -> CmdletResult {
    set_server(engine, call, "MediationServer")
}

fn set_edge_server(engine: &mut Engine, call: &Call) -> CmdletResult {
    set_server(engine, call, "EdgeServer")
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
    pub fn no_dependency(parameter: &str, value: &str) -> String {
        format!("The value \"{value}\" of -{parameter} does not name a service of role {parameter} in the topology.")
    }
}

/// The pool fqdn an `-Identity` names for `role`: `Role:fqdn` or the bare fqdn.
fn pool_of(typed: &str, role: &str) -> Result<String, String> {
    match typed.split_once(':') {
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
/// `-ApplicationDatabase`: the parameter is the role), spelled as the topology spells it.
fn dependency(engine: &Engine, parameter: &str, value: &Value) -> Option<Value> {
    let typed = value.to_display();
    if typed.is_empty() {
        return Some(Value::Null);
    }
    let role = canonical_role(parameter)?;
    let fqdn = pool_of(&typed, role).ok()?;
    let service = engine.session.topology.service(role, &fqdn)?;
    Some(Value::str(service.identity()))
}

fn set_server(engine: &mut Engine, call: &Call, role: &'static str) -> CmdletResult {
    let Some(typed) = call.bound.get("Identity").map(Value::to_display) else {
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
        let value = if canonical_role(property).is_some() {
            match dependency(engine, property, value) {
                Some(v) => v,
                None => {
                    let message = texts::no_dependency(property, &value.to_display());
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
    if engine.should_process(call, &identity)? {
        if let Some(service) = engine.session.topology.service_mut(role, &fqdn) {
            service.settings = Some(settings);
        }
    }
    Ok(vec![])
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
