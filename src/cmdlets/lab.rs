//! Get-LabObjective, an emulator extension: the objectives of the running lab (or of a lab
//! named with -Lab), each as an object with its number, whether the session meets it now, and
//! its text. It never changes the session.

use super::session::lab_entry;
use super::{CmdletEntry, CmdletResult};
use crate::engine::{Call, Engine, Flow};
use crate::error::ErrorCategory;
use crate::format::view::LAB_OBJECTIVE;
use crate::lab::Lab;
use crate::signature::{ParamDecl, ParamType, Signature};
use crate::value::{PsObject, Value};
use std::rc::Rc;

pub fn all() -> Vec<CmdletEntry> {
    vec![lab_entry(
        Signature::new(
            "Get-LabObjective",
            vec![ParamDecl::new("Lab", ParamType::String).at(0)],
        ),
        get_lab_objective,
    )]
}

/// The lab -Lab names: a built-in lab, unless a file of that name exists.
fn named_lab(engine: &Engine, name: &str) -> Result<Lab, String> {
    let path = engine.resolve_path(name);
    match crate::lab::builtin::find(name) {
        Some(lab) if !path.exists() => lab,
        _ => Lab::load(&path),
    }
    .map_err(|e| e.to_string())
}

fn get_lab_objective(engine: &mut Engine, call: &Call) -> CmdletResult {
    let lab = match call.bound.text("Lab") {
        Some(name) => named_lab(engine, &name).map(Rc::new),
        None => engine.lab.clone().ok_or_else(|| {
            "No lab is running. Start lyncsh with --lab NAME or --lab FILE, or name a lab with -Lab."
                .to_string()
        }),
    };
    let lab = match lab {
        Ok(lab) => lab,
        Err(message) => {
            return Err(Flow::from(engine.cmdlet_error(
                call,
                message,
                "LabNotFound",
                ErrorCategory::ObjectNotFound,
                "InvalidOperationException",
            )))
        }
    };
    Ok(lab
        .objectives
        .iter()
        .zip(lab.progress(&engine.session))
        .enumerate()
        .map(|(i, (objective, done))| {
            Value::object(
                PsObject::new(LAB_OBJECTIVE)
                    .with("Number", Value::Int32(i as i32 + 1))
                    .with("Done", Value::Bool(done))
                    .with("Objective", Value::str(&objective.text)),
            )
        })
        .collect())
}
