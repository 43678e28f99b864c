//! The emulator's session commands: Save-LabSession writes the whole session (topology,
//! configuration, plain variables, history, and in a lab the lab's progress) to a RON file;
//! Import-LabSession replaces the session with one read from a file, after checking all of it.

use super::builtins::entry;
use super::{CmdletEntry, CmdletResult, Module};
use crate::engine::{Call, Engine, Flow};
use crate::error::ErrorCategory;
use crate::session;
use crate::signature::{ParamDecl, ParamType, Signature};

/// A command of the emulator's own module (`LyncshLab`).
pub fn lab_entry(signature: Signature, run: super::BuiltinFn) -> CmdletEntry {
    let class = format!("Lyncsh.Lab.{}Command", signature.name.replace('-', ""));
    CmdletEntry {
        module: Module::Lab,
        class,
        ..entry(signature, run, false)
    }
}

fn path_and_should_process(extra: Vec<ParamDecl>) -> Vec<ParamDecl> {
    let mut params = vec![ParamDecl::new("Path", ParamType::String).at(0).mandatory()];
    params.extend(extra);
    params.push(ParamDecl::new("WhatIf", ParamType::Switch).alias("wi"));
    params.push(ParamDecl::new("Confirm", ParamType::Switch).alias("cf"));
    params
}

pub fn all() -> Vec<CmdletEntry> {
    vec![
        lab_entry(
            Signature::new(
                "Save-LabSession",
                path_and_should_process(vec![ParamDecl::new("NoClobber", ParamType::Switch)]),
            ),
            save_lab_session,
        ),
        lab_entry(
            Signature::new("Import-LabSession", path_and_should_process(vec![])),
            import_lab_session,
        ),
    ]
}

/// Saves the engine's session to `path`; in a lab, with the lab's name and the objectives met
/// now, so that the file shows how far the work got.
pub fn save(engine: &mut Engine, path: &std::path::Path) -> std::io::Result<()> {
    engine.session.lab = engine.lab.as_ref().map(|lab| lab.mark(&engine.session));
    session::save(&engine.session, path)
}

fn path_of(call: &Call) -> String {
    call.bound.text("Path").unwrap_or_default()
}

fn save_lab_session(engine: &mut Engine, call: &Call) -> CmdletResult {
    let typed = path_of(call);
    let path = engine.resolve_path(&typed);
    if call.bound.switch("NoClobber") && path.exists() {
        return Err(super::files::no_clobber(engine, call, &typed));
    }
    if !engine.should_process(call, &typed)? || engine.replaying {
        return Ok(vec![]);
    }
    for name in session::save::unsaved_variables(&engine.session) {
        engine.write_warning(
            call,
            &format!("The variable '{name}' holds an object, not plain data; it is not saved."),
        )?;
    }
    if let Err(e) = save(engine, &path) {
        return Err(Flow::from(
            engine
                .cmdlet_error(
                    call,
                    format!("Cannot save the session to '{typed}': {e}"),
                    "SessionNotSaved",
                    ErrorCategory::WriteError,
                    "IOException",
                )
                .with_target(typed, "String"),
        ));
    }
    Ok(vec![])
}

fn import_lab_session(engine: &mut Engine, call: &Call) -> CmdletResult {
    let typed = path_of(call);
    let path = engine.resolve_path(&typed);
    let loaded = match session::load(&path) {
        Ok(loaded) => loaded,
        Err(e) => {
            let e = session::LoadError {
                file: typed.clone(),
                ..e
            };
            return Err(Flow::from(
                engine
                    .cmdlet_error(
                        call,
                        format!("Cannot import the session: {e}"),
                        "SessionNotImported",
                        ErrorCategory::InvalidData,
                        "InvalidDataException",
                    )
                    .with_target(typed, "String"),
            ));
        }
    };
    if engine.should_process(call, &typed)? {
        let errors = std::mem::take(&mut engine.session.errors);
        engine.session = session::Session { errors, ..loaded };
        // The input running is not in the imported history.
        engine.entry_running = false;
    }
    Ok(vec![])
}
