//! The Active Directory permissions Lync's groups need beyond domain preparation:
//! Grant-, Revoke- and Test-CsOUPermission (RTCUniversalUserAdmins managing the users,
//! contacts and other objects of an OU) and Grant-, Revoke- and Test-CsSetupPermission
//! (RTCUniversalServerAdmins activating the servers of a computer OU). The lab keeps what was
//! granted; Test prints True, or warnings and False, as the real cmdlets do.

use super::{BuiltinFn, CmdletResult};
use crate::directory::{normalize_dn, DOMAIN_DN};
use crate::engine::{Call, Engine, Flow};
use crate::error::ErrorCategory;
use crate::value::Value;

/// The catalog cmdlets this file emulates.
pub const HANDLERS: &[(&str, BuiltinFn)] = &[
    ("Grant-CsOUPermission", grant_ou),
    ("Revoke-CsOUPermission", revoke_ou),
    ("Test-CsOUPermission", test_ou),
    ("Grant-CsSetupPermission", grant_setup),
    ("Revoke-CsSetupPermission", revoke_setup),
    ("Test-CsSetupPermission", test_setup),
];

/// The object types one Grant-CsOUPermission may name.
const MOST_TYPES: usize = 3;

/// A distinguished name within the lab's domain, normalized: `ou=CsServers` alone gets the
/// domain's components. `None` for text that is no such name.
fn within_domain(typed: &str) -> Option<String> {
    let dn = normalize_dn(typed);
    let domain = normalize_dn(DOMAIN_DN);
    let well_formed = !dn.is_empty()
        && dn.split(',').all(|part| {
            part.split_once('=')
                .is_some_and(|(k, v)| !k.trim().is_empty() && !v.trim().is_empty())
        });
    if !well_formed {
        return None;
    }
    if dn == domain || dn.ends_with(&format!(",{domain}")) {
        return Some(dn);
    }
    (!dn.contains("dc=")).then(|| format!("{dn},{domain}"))
}

fn fail(engine: &Engine, call: &Call, message: String, id: &str, target: &str) -> Flow {
    Flow::Error(Box::new(
        engine
            .cmdlet_error(
                call,
                message,
                id,
                ErrorCategory::InvalidArgument,
                "InvalidOperationException",
            )
            .with_target(target.to_string(), "String"),
    ))
}

/// The OU a call names (`-OU` or `-ComputerOU`), normalized.
fn ou(engine: &Engine, call: &Call, parameter: &str) -> Result<String, Flow> {
    let typed = call.bound.text(parameter).unwrap_or_default();
    within_domain(&typed).ok_or_else(|| {
        let message = format!("\"{typed}\" is not a distinguished name within the domain {DOMAIN_DN}, such as ou=Redmond,{DOMAIN_DN}.");
        fail(engine, call, message, "InvalidOU", &typed)
    })
}

/// The object types `-ObjectType` lists, lower case.
fn object_types(engine: &Engine, call: &Call) -> Result<Vec<String>, Flow> {
    let types: Vec<String> = call
        .bound
        .get("ObjectType")
        .map(|v| {
            v.clone()
                .into_items()
                .iter()
                .flat_map(|t| {
                    t.to_display()
                        .split(',')
                        .map(|s| s.trim().to_ascii_lowercase())
                        .collect::<Vec<_>>()
                })
                .filter(|t| !t.is_empty())
                .collect()
        })
        .unwrap_or_default();
    if call.name().to_ascii_lowercase().starts_with("grant-") && types.len() > MOST_TYPES {
        let message = format!(
            "At most {MOST_TYPES} object types can be granted at once; {} were given.",
            types.len()
        );
        return Err(fail(engine, call, message, "TooManyObjectTypes", ""));
    }
    Ok(types)
}

fn grant_ou(engine: &mut Engine, call: &Call) -> CmdletResult {
    change_ou(engine, call, true)
}

fn revoke_ou(engine: &mut Engine, call: &Call) -> CmdletResult {
    change_ou(engine, call, false)
}

fn change_ou(engine: &mut Engine, call: &Call, grant: bool) -> CmdletResult {
    super::files::check_report(engine, call)?;
    let ou = ou(engine, call, "OU")?;
    let types = object_types(engine, call)?;
    if !engine.should_process(call, &ou)? {
        return Ok(vec![]);
    }
    let granted = &mut engine.session.topology.operations.ou_permissions;
    for kind in &types {
        granted.retain(|(o, k)| !(o == &ou && k == kind));
        if grant {
            granted.push((ou.clone(), kind.clone()));
        }
    }
    let verb = if grant { "granted" } else { "revoked" };
    super::files::write_report(
        engine,
        call,
        &[format!("{verb} on {ou}: {}", types.join(", "))],
    )?;
    Ok(vec![])
}

/// What Test prints for permissions that are missing: a warning per missing entry, False,
/// and the closing count.
fn missing(engine: &mut Engine, call: &Call, lines: &[String]) -> CmdletResult {
    for line in lines {
        engine.write_warning(call, line)?;
    }
    let out = vec![Value::Bool(false)];
    engine.write_warning(
        call,
        &format!(
            "\"{}\" processing has completed with warnings. \"{}\" warnings were recorded during this run.",
            call.name(),
            lines.len()
        ),
    )?;
    Ok(out)
}

fn test_ou(engine: &mut Engine, call: &Call) -> CmdletResult {
    super::files::check_report(engine, call)?;
    let ou = ou(engine, call, "OU")?;
    let types = object_types(engine, call)?;
    let granted = &engine.session.topology.operations.ou_permissions;
    let lacking: Vec<String> = types
        .iter()
        .filter(|kind| !granted.iter().any(|(o, k)| o == &ou && k == *kind))
        .map(|kind| format!("RTCUniversalUserAdmins may not manage {kind} objects in \"{ou}\": run Grant-CsOUPermission -OU \"{ou}\" -ObjectType {kind}."))
        .collect();
    super::files::write_report(engine, call, &lacking)?;
    if lacking.is_empty() {
        return Ok(vec![Value::Bool(true)]);
    }
    let mut lines = lacking;
    lines.push(format!(
        "The access control entries (ACEs) on the object \"{ou}\" are not ready."
    ));
    missing(engine, call, &lines)
}

fn grant_setup(engine: &mut Engine, call: &Call) -> CmdletResult {
    change_setup(engine, call, true)
}

fn revoke_setup(engine: &mut Engine, call: &Call) -> CmdletResult {
    change_setup(engine, call, false)
}

fn change_setup(engine: &mut Engine, call: &Call, grant: bool) -> CmdletResult {
    super::files::check_report(engine, call)?;
    let ou = ou(engine, call, "ComputerOU")?;
    if !engine.should_process(call, &ou)? {
        return Ok(vec![]);
    }
    let granted = &mut engine.session.topology.operations.setup_permissions;
    granted.retain(|o| o != &ou);
    if grant {
        granted.push(ou.clone());
    }
    let verb = if grant { "granted" } else { "revoked" };
    super::files::write_report(engine, call, &[format!("setup permission {verb} on {ou}")])?;
    Ok(vec![])
}

fn test_setup(engine: &mut Engine, call: &Call) -> CmdletResult {
    super::files::check_report(engine, call)?;
    let ou = ou(engine, call, "ComputerOU")?;
    let granted = engine
        .session
        .topology
        .operations
        .setup_permissions
        .contains(&ou);
    super::files::write_report(
        engine,
        call,
        &[format!("setup permission on {ou}: {granted}")],
    )?;
    if granted {
        return Ok(vec![Value::Bool(true)]);
    }
    missing(
        engine,
        call,
        &[
            format!("RTCUniversalServerAdmins may not activate the computers of \"{ou}\": run Grant-CsSetupPermission -ComputerOU \"{ou}\"."),
            format!("The access control entries (ACEs) on the object \"{ou}\" are not ready."),
        ],
    )
}

#[cfg(test)]
mod tests {
    use super::within_domain;

    #[test]
    fn names_are_read_within_the_domain() {
        assert_eq!(
            within_domain("OU=Redmond, DC=litwareinc,DC=com").as_deref(),
            Some("ou=redmond,dc=litwareinc,dc=com")
        );
        assert_eq!(
            within_domain("ou=CsServers").as_deref(),
            Some("ou=csservers,dc=litwareinc,dc=com")
        );
        assert_eq!(within_domain("ou=Sales,dc=fabrikam,dc=com"), None);
        assert_eq!(within_domain("Redmond"), None);
    }
}
