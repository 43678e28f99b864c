//! Device updates: the verbs beyond Get and Remove of the device update rules (declared as
//! `CsDeviceUpdateRule`, records a Web Services service owns), Import-CsDeviceUpdate, and the
//! file and log commands. The lab's services come with the Lync Phone Edition devices' rules.
//! Import-CsDeviceUpdate cannot read the .cab packages of a real server: it reads lyncsh's own
//! package, a CSV file with the columns DeviceType, Brand, Model, Revision, Locale, UpdateType
//! and Version. Each row becomes the pending version of the rule for that device, a new rule
//! when the service has none.
//!
//! A rule carries three versions: the pending one test devices install, the approved one every
//! device installs, and the one a rollback returns to. Approve makes the pending version the
//! approved one (the approved one becomes the restore version), Reset drops a pending version,
//! Restore returns to the restore version.

use super::family::error;
use super::lis_records::text;
use super::owned_records::{in_service, owning_service, split_named, Named};
use super::CmdletResult;
use crate::engine::{Call, Engine, Flow};
use crate::error::ErrorCategory;
use crate::family::FamilyDecl;
use crate::identity::Scope;
use crate::store::Record;
use crate::value::Value;

const NOUN: &str = "CsDeviceUpdateRule";
const ROLE: &str = "WebServer";

pub const HANDLERS: &[(&str, super::BuiltinFn)] = &[
    ("Import-CsDeviceUpdate", import),
    ("Approve-CsDeviceUpdateRule", approve),
    ("Reset-CsDeviceUpdateRule", reset),
    ("Restore-CsDeviceUpdateRule", restore),
    ("Clear-CsDeviceUpdateFile", clear_files),
    ("Clear-CsDeviceUpdateLog", clear_log),
];

fn decl() -> &'static FamilyDecl {
    crate::families::find(NOUN).expect("the device update rule declaration")
}

/// What a rule's versions become, or why the change cannot be made.
type Change = fn(&Versions) -> Result<Versions, &'static str>;

/// A rule's pending, approved and restore versions (empty: none).
#[derive(Clone)]
struct Versions {
    pending: String,
    approved: String,
    restore: String,
}

const FIELDS: [&str; 3] = ["PendingVersion", "ApprovedVersion", "RestoreVersion"];

fn approve_versions(v: &Versions) -> Result<Versions, &'static str> {
    if v.pending.is_empty() {
        return Err("has no pending version to approve");
    }
    Ok(Versions {
        pending: String::new(),
        approved: v.pending.clone(),
        restore: if v.approved.is_empty() {
            v.restore.clone()
        } else {
            v.approved.clone()
        },
    })
}

fn reset_versions(v: &Versions) -> Result<Versions, &'static str> {
    if v.pending.is_empty() {
        return Err("has no pending version; only a pending update can be reset (Restore-CsDeviceUpdateRule rolls back an approved one)");
    }
    Ok(Versions {
        pending: String::new(),
        ..v.clone()
    })
}

fn restore_versions(v: &Versions) -> Result<Versions, &'static str> {
    if v.approved.is_empty() {
        return Err("has no approved version to roll back");
    }
    Ok(Versions {
        pending: v.pending.clone(),
        approved: v.restore.clone(),
        restore: String::new(),
    })
}

fn approve(engine: &mut Engine, call: &Call) -> CmdletResult {
    change(engine, call, approve_versions)
}

fn reset(engine: &mut Engine, call: &Call) -> CmdletResult {
    change(engine, call, reset_versions)
}

fn restore(engine: &mut Engine, call: &Call) -> CmdletResult {
    change(engine, call, restore_versions)
}

/// The identity the call names: -Identity, or the Identity of the -Instance object.
fn typed_identity(call: &Call) -> String {
    call.bound
        .get("Identity")
        .cloned()
        .or_else(|| {
            call.bound
                .get("Instance")
                .and_then(|i| i.property("Identity"))
        })
        .map(|v| v.to_display())
        .unwrap_or_default()
}

/// Applies `change` to the rule the call names, or to every rule of the service it names.
fn change(engine: &mut Engine, call: &Call, change: Change) -> CmdletResult {
    let decl = decl();
    let typed = typed_identity(call);
    let not_found = |engine: &Engine, message: String| {
        Flow::Error(error(
            engine,
            call,
            message,
            "ObjectNotFound",
            ErrorCategory::ObjectNotFound,
            &typed,
        ))
    };
    let named = split_named(&typed, |service| {
        owning_service(&engine.session.topology, ROLE, service)
    });
    let targets: Vec<Scope> = match named {
        Err(_) => {
            let message = format!("\"{typed}\" is not a device update rule of a Web Services service (service:WebServer:<pool fqdn>/<rule ID>).");
            return Err(not_found(engine, message));
        }
        Ok(Named::Service(service)) => engine
            .session
            .store
            .records(NOUN)
            .iter()
            .filter(|r| in_service(r, &service))
            .map(|r| r.identity.clone())
            .collect(),
        Ok(Named::One(identity)) => match engine.session.store.get(NOUN, &identity) {
            Some(record) => vec![record.identity.clone()],
            None => {
                let message = super::family::texts::not_found(decl.label, &typed);
                return Err(not_found(engine, message));
            }
        },
    };
    for identity in targets {
        let Some(mut record) = engine.session.store.get(NOUN, &identity).cloned() else {
            continue;
        };
        let index = |name: &str| decl.property(name).map(|(at, _)| at);
        let read = |name: &str| text(decl, &record.values, name);
        let versions = Versions {
            pending: read(FIELDS[0]),
            approved: read(FIELDS[1]),
            restore: read(FIELDS[2]),
        };
        let shown = identity.to_string();
        let changed = match change(&versions) {
            Ok(changed) => changed,
            Err(why) => {
                let message = format!("The device update rule \"{shown}\" {why}.");
                let e = error(
                    engine,
                    call,
                    message,
                    "InvalidRuleState",
                    ErrorCategory::InvalidOperation,
                    &shown,
                );
                engine.write_error(*e)?;
                continue;
            }
        };
        if !engine.should_process(call, &shown)? {
            continue;
        }
        for (field, value) in
            FIELDS
                .iter()
                .zip([changed.pending, changed.approved, changed.restore])
        {
            if let Some(at) = index(field) {
                record.values[at] = if value.is_empty() {
                    Value::Null
                } else {
                    Value::str(value.as_str())
                };
            }
        }
        engine.session.store.put(NOUN, record);
    }
    Ok(vec![])
}

/// The Web Services service `-Identity` names, or the error to report.
fn web_service(engine: &Engine, call: &Call) -> Result<Scope, Flow> {
    let typed = call.bound.text("Identity").unwrap_or_default();
    owning_service(&engine.session.topology, ROLE, &typed).ok_or_else(|| {
        let message = format!("\"{typed}\" is not a Web Services service of the topology (service:WebServer:<pool fqdn>).");
        Flow::Error(error(engine, call, message, "ServiceNotFound", ErrorCategory::ObjectNotFound, &typed))
    })
}

/// The columns of lyncsh's update package that name a device; `Version` gives its update.
const DEVICE_COLUMNS: [&str; 6] = [
    "DeviceType",
    "Brand",
    "Model",
    "Revision",
    "Locale",
    "UpdateType",
];

fn import(engine: &mut Engine, call: &Call) -> CmdletResult {
    let service = web_service(engine, call)?;
    let (package, source) = super::files::import_input(engine, call)?;
    let invalid = |engine: &Engine, why: String| {
        let message = format!("\"{source}\" is not an update package lyncsh reads ({why}): it reads a CSV file with the columns {}, Version. The .cab packages of a real server cannot be read.", DEVICE_COLUMNS.join(", "));
        Flow::Error(error(
            engine,
            call,
            message,
            "InvalidUpdatePackage",
            ErrorCategory::InvalidData,
            &source,
        ))
    };
    let rows = super::files::parse_csv(&package, ',', None).map_err(|e| invalid(engine, e))?;
    let mut updates = Vec::new();
    for row in &rows {
        let mut device = Vec::new();
        for column in DEVICE_COLUMNS.iter().chain(&["Version"]) {
            match row.property(column).map(|v| v.to_display()) {
                Some(value) if !value.trim().is_empty() => device.push(value.trim().to_string()),
                _ => return Err(invalid(engine, format!("a row has no {column}"))),
            }
        }
        updates.push(device);
    }
    if updates.is_empty() {
        return Err(invalid(engine, "it lists no update".into()));
    }
    if !engine.should_process(call, &service.to_string())? {
        return Ok(vec![]);
    }
    let decl = decl();
    for device in updates {
        let (columns, version) = device.split_at(DEVICE_COLUMNS.len());
        let existing = engine
            .session
            .store
            .records(NOUN)
            .iter()
            .find(|r| {
                in_service(r, &service)
                    && DEVICE_COLUMNS.iter().zip(columns).all(|(name, value)| {
                        text(decl, &r.values, name).eq_ignore_ascii_case(value)
                    })
            })
            .cloned();
        let mut record = match existing {
            Some(record) => record,
            None => {
                let id =
                    super::owned_records::fresh_guid(engine, NOUN, &service, &columns.join("/"));
                let mut values: Vec<Value> = decl.properties.iter().map(|_| Value::Null).collect();
                for (name, value) in DEVICE_COLUMNS.iter().zip(columns).chain([(&"Id", &id)]) {
                    if let Some((at, _)) = decl.property(name) {
                        values[at] = Value::str(value.as_str());
                    }
                }
                Record {
                    identity: super::owned_records::owned_identity(&service, &id),
                    values,
                }
            }
        };
        if let Some((at, _)) = decl.property(FIELDS[0]) {
            record.values[at] = Value::str(version[0].as_str());
        }
        engine.verbose(
            call,
            &format!(
                "{} {} {} {}: version {} is pending.",
                columns[1], columns[2], columns[3], columns[4], version[0]
            ),
        );
        engine.session.store.put(NOUN, record);
    }
    Ok(vec![])
}

/// Clear-CsDeviceUpdateFile: the lab keeps no update files on disk, so once the service is
/// checked there is nothing left to delete.
fn clear_files(engine: &mut Engine, call: &Call) -> CmdletResult {
    let service = web_service(engine, call)?;
    engine.should_process(call, &service.to_string())?;
    Ok(vec![])
}

/// Clear-CsDeviceUpdateLog: as Clear-CsDeviceUpdateFile, for the logs older than -DaysBack.
fn clear_log(engine: &mut Engine, call: &Call) -> CmdletResult {
    let service = web_service(engine, call)?;
    engine.should_process(call, &service.to_string())?;
    Ok(vec![])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn versions(pending: &str, approved: &str, restore: &str) -> Versions {
        Versions {
            pending: pending.into(),
            approved: approved.into(),
            restore: restore.into(),
        }
    }

    #[test]
    fn approve_moves_the_approved_version_to_restore() {
        let v = approve_versions(&versions("2", "1", "0")).unwrap();
        assert_eq!(
            (v.pending.as_str(), v.approved.as_str(), v.restore.as_str()),
            ("", "2", "1")
        );
        assert!(approve_versions(&versions("", "1", "0")).is_err());
    }

    #[test]
    fn reset_drops_only_a_pending_version_and_restore_rolls_back() {
        let v = reset_versions(&versions("2", "1", "0")).unwrap();
        assert_eq!((v.pending.as_str(), v.approved.as_str()), ("", "1"));
        assert!(reset_versions(&versions("", "1", "0")).is_err());
        let v = restore_versions(&versions("", "2", "1")).unwrap();
        assert_eq!((v.approved.as_str(), v.restore.as_str()), ("1", ""));
        assert!(restore_versions(&versions("", "", "1")).is_err());
    }
}
