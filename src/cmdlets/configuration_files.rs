//! Export-CsConfiguration and Import-CsConfiguration: the whole configuration of the Central
//! Management store (the topology and every configuration record, not the directory's users)
//! through a file, or bytes, in lyncsh's own format: a session file with no variables or
//! history. Import refuses anything else and changes nothing then. Publish-CsTopology
//! publishes the topology of such a file.

use super::{BuiltinFn, CmdletResult};
use crate::engine::{Call, Engine, Flow};
use crate::error::ErrorCategory;
use crate::session::Session;
use crate::value::Value;

/// The catalog cmdlets this file emulates.
pub const HANDLERS: &[(&str, BuiltinFn)] = &[
    ("Export-CsConfiguration", export),
    ("Import-CsConfiguration", import),
    ("Publish-CsTopology", publish_topology),
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

/// The configuration (topology and records) in lyncsh's export format.
fn configuration_text(engine: &Engine, call: &Call) -> Result<String, Flow> {
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
    crate::session::save::to_string(&configuration).map_err(|e| {
        fail(
            engine,
            call,
            format!("The configuration could not be written: {e}."),
            "WriteError",
            "",
        )
    })
}

fn export(engine: &mut Engine, call: &Call) -> CmdletResult {
    let text = configuration_text(engine, call)?;
    if call.bound.switch("AsBytes") {
        return Ok(vec![Value::array(text.bytes().map(Value::Byte).collect())]);
    }
    let path = call.bound.text("FileName").unwrap_or_default();
    super::files::write_cmdlet_file(engine, call, &path, &text)?;
    Ok(vec![])
}

/// A configuration exported by lyncsh, read from `text` (which came from `source`).
pub(super) fn read_configuration(
    engine: &Engine,
    call: &Call,
    text: &str,
    source: &str,
) -> Result<Session, Flow> {
    crate::session::load::parse(text, source).map_err(|_| {
        let message = format!("\"{source}\" is not a configuration exported by lyncsh: Export-CsConfiguration writes one. The ZIP files of a real deployment cannot be read.");
        fail(engine, call, message, "InvalidConfigurationFile", source)
    })
}

fn import(engine: &mut Engine, call: &Call) -> CmdletResult {
    let (text, source) = super::files::import_input(engine, call)?;
    let read = read_configuration(engine, call, &text, &source)?;
    engine.session.topology = read.topology;
    engine.session.store = read.store;
    // An imported configuration is what the replicas receive next.
    engine.session.store.changed();
    Ok(vec![])
}

/// Publish-CsTopology: the sites, pools and services of a topology document become the
/// deployment's, and every replica is out of date until replication. The document is the
/// topology of a configuration exported by lyncsh (Export-CsConfiguration); -BackupFileName
/// first exports the current one. -FinalizeUninstall finds no role waiting to be removed.
fn publish_topology(engine: &mut Engine, call: &Call) -> CmdletResult {
    super::files::check_report(engine, call)?;
    if call.bound.get("Document").is_some() {
        let message = "lyncsh reads topology documents from files: export one with Export-CsConfiguration and publish it with -FileName.".to_string();
        return Err(fail(engine, call, message, "DocumentNotSupported", ""));
    }
    if call.bound.switch("FinalizeUninstall") {
        if engine.should_process(call, "topology")? {
            let line = "No server role is waiting to be uninstalled: there is nothing to finalize.";
            engine.verbose(call, line);
            super::files::write_report(engine, call, &[line.to_string()])?;
        }
        return Ok(vec![]);
    }
    let path = call.bound.text("FileName").unwrap_or_default();
    let text = engine
        .read_text_file(&path, call.span)
        .map_err(Flow::Error)?;
    let read = read_configuration(engine, call, &text, &path)?;
    let backup = match call.bound.text("BackupFileName") {
        Some(file) => Some((file, configuration_text(engine, call)?)),
        None => None,
    };
    if !engine.should_process(call, "topology")? {
        return Ok(vec![]);
    }
    if let Some((file, text)) = backup {
        super::files::write_cmdlet_file(engine, call, &file, &text)?;
    }
    let topology = &mut engine.session.topology;
    topology.sites = read.topology.sites;
    topology.pools = read.topology.pools;
    topology.services = read.topology.services;
    engine.session.store.changed();
    let line = format!(
        "The topology of \"{path}\" was published: {} sites, {} pools, {} services.",
        engine.session.topology.sites.len(),
        engine.session.topology.pools.len(),
        engine.session.topology.services.len()
    );
    engine.verbose(call, &line);
    super::files::write_report(engine, call, &[line])?;
    Ok(vec![])
}
