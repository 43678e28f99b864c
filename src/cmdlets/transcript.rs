//! Start-Transcript and Stop-Transcript, with PowerShell 3's parameters: the engine's host
//! copies input lines and output into the file (see `engine::transcript`).

use super::builtins::entry;
use super::{CmdletEntry, CmdletResult};
use crate::engine::{Call, Engine, Flow};
use crate::error::ErrorCategory;
use crate::signature::{ParamDecl, ParamType, Signature};
use crate::value::Value;

pub fn all() -> Vec<CmdletEntry> {
    vec![
        entry(
            Signature::new(
                "Start-Transcript",
                vec![
                    ParamDecl::new("Path", ParamType::String).at(0),
                    ParamDecl::new("Append", ParamType::Switch),
                    ParamDecl::new("Force", ParamType::Switch),
                    ParamDecl::new("NoClobber", ParamType::Switch),
                    ParamDecl::new("WhatIf", ParamType::Switch).alias("wi"),
                    ParamDecl::new("Confirm", ParamType::Switch).alias("cf"),
                ],
            ),
            start_transcript,
            false,
        ),
        entry(
            Signature::new("Stop-Transcript", vec![]),
            stop_transcript,
            false,
        ),
    ]
}

fn invalid_operation(engine: &Engine, call: &Call, message: String) -> Flow {
    Flow::from(engine.cmdlet_error(
        call,
        message,
        "InvalidOperation",
        ErrorCategory::InvalidOperation,
        "PSInvalidOperationException",
    ))
}

fn start_transcript(engine: &mut Engine, call: &Call) -> CmdletResult {
    if engine.recorder().is_transcribing() {
        return Err(invalid_operation(
            engine,
            call,
            "Transcription has already been started. Use the stop-transcript command to stop transcription.".into(),
        ));
    }
    let typed = match call.bound.get("Path") {
        Some(path) => path.to_display(),
        None => format!(
            "PowerShell_transcript.{}.txt",
            crate::engine::transcript::timestamp(std::time::SystemTime::now())
        ),
    };
    // Inside the files folder, as every file a script writes (C:\Logs\t.txt included).
    let path = engine.map_path(&typed).map_err(|e| {
        Flow::from(super::files::owned_by(
            call,
            engine.path_error(e, &typed, call.span),
        ))
    })?;
    if call.bound.switch("NoClobber") && !call.bound.switch("Append") && path.exists() {
        return Err(Flow::from(
            engine
                .cmdlet_error(
                    call,
                    format!("File {typed} already exists and NoClobber was specified."),
                    "NoClobber",
                    ErrorCategory::ResourceExists,
                    "IOException",
                )
                .with_target(typed, "String"),
        ));
    }
    if !engine.should_process(call, &typed)? || engine.replaying {
        return Ok(vec![]);
    }
    if let Err(e) = engine
        .recorder()
        .start(&path, &typed, call.bound.switch("Append"))
    {
        return Err(Flow::from(
            engine
                .cmdlet_error(
                    call,
                    format!("Cannot start the transcript in '{typed}': {e}"),
                    "CannotStartTranscription",
                    ErrorCategory::OpenError,
                    "IOException",
                )
                .with_target(typed, "String"),
        ));
    }
    Ok(vec![Value::str(format!(
        "Transcript started, output file is {typed}"
    ))])
}

fn stop_transcript(engine: &mut Engine, call: &Call) -> CmdletResult {
    match engine.recorder().stop() {
        Some(typed) => Ok(vec![Value::str(format!(
            "Transcript stopped, output file is {typed}"
        ))]),
        None if engine.replaying => Ok(vec![]),
        None => Err(invalid_operation(
            engine,
            call,
            "An error occurred stopping transcription: The host is not currently transcribing."
                .into(),
        )),
    }
}
