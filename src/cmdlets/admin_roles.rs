//! Update-CsAdminRole: brings the standard RBAC roles' cmdlet lists and script modules up to
//! the installed release, as the real cmdlet does after an update adds cmdlets. The lab has
//! one release, so a role changed by hand gets its install lists back and the others stay
//! as they are. Roles made with New-CsAdminRole are left alone.

use super::{BuiltinFn, CmdletResult};
use crate::engine::{Call, Engine};
use crate::families;
use crate::session::file::VERSION;
use crate::store::install_records;

/// The catalog cmdlets this file emulates.
pub const HANDLERS: &[(&str, BuiltinFn)] = &[("Update-CsAdminRole", update_admin_role)];

/// The lists of a standard role that an update refreshes.
const REFRESHED: [&str; 2] = ["Cmdlets", "ScriptModules"];

fn update_admin_role(engine: &mut Engine, call: &Call) -> CmdletResult {
    let Some(family) = families::find("CsAdminRole") else {
        return Ok(vec![]);
    };
    if !engine.should_process(call, "the standard administrative roles")? {
        return Ok(vec![]);
    }
    let standard = family.property("IsStandardRole").map(|(index, _)| index);
    let installed: Vec<_> = install_records(family, &engine.session.topology, VERSION)
        .into_iter()
        .filter(|r| standard.is_some_and(|i| r.values[i].is_truthy()))
        .collect();
    let refreshed: Vec<usize> = REFRESHED
        .iter()
        .filter_map(|name| family.property(name).map(|(index, _)| index))
        .collect();
    let mut updated = Vec::new();
    for record in engine.session.store.records(family.noun) {
        let Some(original) = installed
            .iter()
            .find(|r| r.identity.same_as(&record.identity))
        else {
            continue;
        };
        let mut record = record.clone();
        for &index in &refreshed {
            record.values[index] = original.values[index].clone();
        }
        updated.push(record);
    }
    for record in updated {
        engine.session.store.put(family.noun, record);
    }
    Ok(vec![])
}
