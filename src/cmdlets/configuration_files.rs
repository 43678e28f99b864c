//! Export-CsConfiguration and Import-CsConfiguration: the whole configuration of the Central
//! Management store (the topology and every configuration record, not the directory's users)
//! through a file, or bytes, in lyncsh's own format: a session file with no variables or
//! history. Import refuses anything else and changes nothing then.

use super::{BuiltinFn, CmdletResult};
use crate::engine::{Call, Engine, Flow};
use crate::error::ErrorCategory;
use crate::session::Session;
use crate::value::Value;

/// The catalog cmdlets this file emulates.
pub const HANDLERS: &[(&str, BuiltinFn)] = &[
    ("Export-CsConfiguration", export),
    ("Import-CsConfiguration", import),
];

fn fail(engine: &Engine, call: &Call, message: String, id: &str, target: &str) -> Flow {
    Flow::Error(Box::new(
        engine
            .cmdlet_error(
                call,
                message,
                id,
                ErrorCategory::InvalidData,
                "InvalidDataException",
            )
            .with_target(target.to_string(), "String"),
    ))
}

fn export(engine: &mut Engine, call: &Call) -> CmdletResult {
    let session = &engine.session;
    let configuration = Session {
        topology: session.topology.clone(),
        store: session.store.clone(),
        lab: None,
        history: Vec::new(),
        errors: Vec::new(),
        variables: Default::default(),
        directory: Default::default(),
    };
    let text = crate::session::save::to_string(&configuration).map_err(|e| {
        fail(
            engine,
            call,
            format!("The configuration could not be written: {e}."),
            "WriteError",
            "",
        )
    })?;
    if call.bound.switch("AsBytes") {
        return Ok(vec![Value::array(text.bytes().map(Value::Byte).collect())]);
    }
    let path = call
        .bound
        .get("FileName")
        .map(Value::to_display)
        .unwrap_or_default();
    super::files::write_cmdlet_file(engine, call, &path, &text)?;
    Ok(vec![])
}

fn import(engine: &mut Engine, call: &Call) -> CmdletResult {
    let (text, source) = super::files::import_input(engine, call)?;
    let Ok(read) = crate::session::load::parse(&text, &source) else {
        let message = format!("\"{source}\" is not a configuration exported by lyncsh: Export-CsConfiguration writes one. The ZIP files of a real deployment cannot be read.");
        return Err(fail(
            engine,
            call,
            message,
            "InvalidConfigurationFile",
            &source,
        ));
    };
    engine.session.topology = read.topology;
    engine.session.store = read.store;
    // An imported configuration is what the replicas receive next.
    engine.session.store.changed();
    Ok(vec![])
}
