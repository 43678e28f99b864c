//! Moving the Response Group's configuration between pools: Export-CsRgsConfiguration writes
//! the agent groups, queues, workflows, hours of business, holiday sets and service settings of
//! an Application service to a file (lyncsh's own format, not the .zip of a real server), and
//! Import-CsRgsConfiguration puts them in another service: identities and the references
//! between the objects follow the destination; -OverwriteOwner gives them the destination as
//! owner pool; -ResolveNameConflicts renames an object whose name the destination uses (`Help
//! Desk (2)`), which is otherwise an error; -ReplaceExistingRgsSettings takes the service
//! settings too. Move-CsRgsConfiguration migrates from Lync Server 2010 or Office Communications
//! Server 2007 R2, which the lab has not.

use super::owned_records::{in_service, owning_service};
use super::{BuiltinFn, CmdletResult};
use crate::engine::{Call, Engine, Flow};
use crate::error::ErrorCategory;
use crate::identity::Scope;
use crate::store::Record;
use crate::value::Value;

/// The catalog cmdlets this file emulates.
pub const HANDLERS: &[(&str, BuiltinFn)] = &[
    ("Export-CsRgsConfiguration", export),
    ("Import-CsRgsConfiguration", import),
    ("Move-CsRgsConfiguration", move_configuration),
];

const FORMAT: &str = "lyncsh response group configuration";
const ROLE: &str = "ApplicationServer";
const SETTINGS: &str = "CsRgsConfiguration";

/// The Response Group objects a service owns, in the order an import needs them (what is
/// referred to comes first).
const OWNED: [&str; 5] = [
    "CsRgsAgentGroup",
    "CsRgsQueue",
    "CsRgsHoursOfBusiness",
    "CsRgsHolidaySet",
    "CsRgsWorkflow",
];

fn fail(engine: &Engine, call: &Call, message: String, id: &str, target: &str) -> Flow {
    let category = match id {
        "ServiceNotFound" => ErrorCategory::ObjectNotFound,
        "NameConflict" | "FileExists" => ErrorCategory::ResourceExists,
        _ => ErrorCategory::InvalidData,
    };
    Flow::Error(super::family::error(
        engine, call, message, id, category, target,
    ))
}

/// The Application service a parameter names (`ApplicationServer:fqdn`, `service:...` or the
/// FQDN).
fn service(engine: &Engine, call: &Call, parameter: &str) -> Result<Scope, Flow> {
    let typed = call.bound.text(parameter).unwrap_or_default();
    owning_service(&engine.session.topology, ROLE, &typed).ok_or_else(|| {
        let message = format!("\"{typed}\" is not an Application service of the topology (ApplicationServer:<pool fqdn>).");
        fail(engine, call, message, "ServiceNotFound", &typed)
    })
}

fn pool_of(service: &Scope) -> String {
    match service {
        Scope::Service { fqdn, .. } => fqdn.clone(),
        other => other.to_string(),
    }
}

fn export(engine: &mut Engine, call: &Call) -> CmdletResult {
    let source = service(engine, call, "Source")?;
    let owner = call
        .bound
        .get("Owner")
        .map(|_| service(engine, call, "Owner"))
        .transpose()?;
    let path = call.bound.text("FileName").unwrap_or_default();
    if engine.map_path(&path).is_ok_and(|p| p.exists()) {
        let message = format!("The file \"{path}\" exists already: export to a new file.");
        return Err(fail(engine, call, message, "FileExists", &path));
    }
    let mut exported: Vec<(&str, Record)> = Vec::new();
    for noun in OWNED {
        for record in engine.session.store.records(noun) {
            let owned_by = owner.as_ref().is_none_or(|o| {
                record
                    .text(noun, "OwnerPool")
                    .eq_ignore_ascii_case(&pool_of(o))
            });
            if in_service(record, &source) && owned_by {
                exported.push((noun, record.clone()));
            }
        }
    }
    if let Some(settings) = engine.session.store.get(SETTINGS, &source) {
        exported.push((SETTINGS, settings.clone()));
    }
    let borrowed: Vec<(&str, &Record)> = exported.iter().map(|(n, r)| (*n, r)).collect();
    let mut text = super::record_files::write(FORMAT, &borrowed).map_err(|e| {
        fail(
            engine,
            call,
            format!("The configuration could not be written: {e}."),
            "WriteError",
            "",
        )
    })?;
    // The service the file came from, so that an import can move the references.
    text = format!("// source: {}\n{text}", pool_of(&source));
    super::files::write_cmdlet_file(engine, call, &path, &text)?;
    if call.bound.switch("RemoveExportedConfiguration") {
        for (noun, record) in &exported {
            if *noun != SETTINGS {
                engine.session.store.remove(noun, &record.identity);
            }
        }
    }
    engine.verbose(
        call,
        &format!(
            "{} Response Group objects of {source} were exported to {path}.",
            exported.len()
        ),
    );
    Ok(vec![])
}

/// The name a conflicting object takes: `Name (2)`, `Name (3)`...
fn free_name(taken: &[String], name: &str) -> String {
    (2..)
        .map(|n| format!("{name} ({n})"))
        .find(|candidate| !taken.iter().any(|t| t.eq_ignore_ascii_case(candidate)))
        .unwrap_or_default()
}

fn import(engine: &mut Engine, call: &Call) -> CmdletResult {
    let destination = service(engine, call, "Destination")?;
    let (text, source) = super::files::import_input(engine, call)?;
    let from = text
        .lines()
        .next()
        .and_then(|l| l.strip_prefix("// source: "))
        .map(str::to_string);
    let invalid = |engine: &Engine| {
        let message = format!("\"{source}\" is not a Response Group configuration exported by lyncsh: Export-CsRgsConfiguration writes one. The .zip files of a real server cannot be read.");
        fail(engine, call, message, "InvalidFile", &source)
    };
    let Some(from) = from else {
        return Err(invalid(engine));
    };
    // Identities and references name the source service; they move to the destination.
    let to = pool_of(&destination);
    let moved = text.replace(
        &format!("service:{ROLE}:{from}/"),
        &format!("service:{ROLE}:{to}/"),
    );
    let mut accepted: Vec<&str> = OWNED.to_vec();
    accepted.push(SETTINGS);
    let mut records =
        super::record_files::read(&moved, FORMAT, &accepted).map_err(|_| invalid(engine))?;
    let resolve = call.bound.switch("ResolveNameConflicts");
    if resolve {
        // Objects the destination holds already (the same file imported twice) get new GUIDs,
        // in their identities and in every reference to them.
        let mut renumbered = moved.clone();
        for (decl, record) in &records {
            if decl.noun == SETTINGS
                || engine
                    .session
                    .store
                    .get(decl.noun, &record.identity)
                    .is_none()
            {
                continue;
            }
            let old = record.identity.to_string();
            let Some((_, guid)) = old.rsplit_once('/') else {
                continue;
            };
            let fresh = super::owned_records::fresh_guid(engine, decl.noun, &destination, &old);
            renumbered = renumbered.replace(guid, &fresh);
        }
        records = super::record_files::read(&renumbered, FORMAT, &accepted)
            .map_err(|_| invalid(engine))?;
    }
    let mut planned: Vec<(&str, Record)> = Vec::new();
    for (decl, mut record) in records {
        if decl.noun == SETTINGS {
            if call.bound.switch("ReplaceExistingRgsSettings") {
                record.identity = destination.clone();
                planned.push((decl.noun, record));
            }
            continue;
        }
        let mut taken: Vec<String> = engine
            .session
            .store
            .records(decl.noun)
            .iter()
            .filter(|r| in_service(r, &destination))
            .map(|r| r.text(decl.noun, "Name"))
            .collect();
        taken.extend(
            planned
                .iter()
                .filter(|(n, _)| *n == decl.noun)
                .map(|(n, r)| r.text(n, "Name")),
        );
        let name = record.text(decl.noun, "Name");
        if taken.iter().any(|t| t.eq_ignore_ascii_case(&name)) {
            if !resolve {
                let message = format!("{to} has a {} named \"{name}\" already: import with -ResolveNameConflicts to rename the new one.", decl.label);
                return Err(fail(engine, call, message, "NameConflict", &name));
            }
            if let Some((at, _)) = decl.property("Name") {
                record.values[at] = Value::str(free_name(&taken, &name));
            }
        }
        if engine
            .session
            .store
            .get(decl.noun, &record.identity)
            .is_some()
        {
            let message = format!("{to} holds the {} {} already.", decl.label, record.identity);
            return Err(fail(
                engine,
                call,
                message,
                "NameConflict",
                &record.identity.to_string(),
            ));
        }
        if call.bound.switch("OverwriteOwner") {
            if let Some((at, _)) = decl.property("OwnerPool") {
                record.values[at] = Value::str(to.as_str());
            }
        }
        planned.push((decl.noun, record));
    }
    if !engine.should_process(call, &destination.to_string())? {
        return Ok(vec![]);
    }
    let count = planned.len();
    for (noun, record) in planned {
        engine.session.store.put(noun, record);
    }
    engine.verbose(
        call,
        &format!("{count} Response Group objects were imported into {destination}."),
    );
    Ok(vec![])
}

fn move_configuration(engine: &mut Engine, call: &Call) -> CmdletResult {
    let typed = call.bound.text("Source").unwrap_or_default();
    let message = match owning_service(&engine.session.topology, ROLE, &typed) {
        Some(service) => format!("{} runs Lync Server 2013: move its Response Group configuration with Export-CsRgsConfiguration and Import-CsRgsConfiguration.", pool_of(&service)),
        None => format!("Cannot find the pool \"{typed}\": Move-CsRgsConfiguration migrates from a Lync Server 2010 or Office Communications Server 2007 R2 pool, and the lab has none."),
    };
    Err(fail(engine, call, message, "NoLegacyPool", &typed))
}
