//! Active Directory's preparation for Lync Server: the schema extension
//! (Install-CsAdServerSchema, Get-CsAdServerSchema), the forest (Enable-, Disable- and
//! Get-CsAdForest) and the domain (Enable-, Disable- and Get-CsAdDomain), with the states the
//! real cmdlets print. The lab starts prepared; what is undone is kept with the topology. Each
//! step needs the one before it: the forest needs the schema, the domain the forest.

use super::users::refuse;
use super::{BuiltinFn, CmdletResult};
use crate::directory::DOMAIN;
use crate::engine::{Call, Engine, Flow};
use crate::error::ErrorCategory;
use crate::value::{EnumValue, Value};
use std::rc::Rc;

/// The catalog cmdlets this file emulates.
pub const HANDLERS: &[(&str, BuiltinFn)] = &[
    ("Get-CsAdServerSchema", get_schema),
    ("Install-CsAdServerSchema", install_schema),
    ("Get-CsAdForest", get_forest),
    ("Enable-CsAdForest", enable_forest),
    ("Disable-CsAdForest", disable_forest),
    ("Get-CsAdDomain", get_domain),
    ("Enable-CsAdDomain", enable_domain),
    ("Disable-CsAdDomain", disable_domain),
];

const SCHEMA: &str = "schema";
const FOREST: &str = "forest";

fn domain_step(domain: &str) -> String {
    format!("domain:{}", domain.to_ascii_lowercase())
}

fn ready(engine: &Engine, step: &str) -> bool {
    !engine
        .session
        .topology
        .ad_unprepared
        .iter()
        .any(|s| s == step)
}

fn set_ready(engine: &mut Engine, step: &str, done: bool) {
    let unprepared = &mut engine.session.topology.ad_unprepared;
    unprepared.retain(|s| s != step);
    if !done {
        unprepared.push(step.to_string());
    }
}

fn state(type_name: &str, name: &str) -> Value {
    Value::Enum(Rc::new(EnumValue {
        type_name: format!("Microsoft.Rtc.Management.Deployment.{type_name}"),
        name: name.into(),
    }))
}

/// The domains of the lab's forest: the root, where the lab's accounts live, and a child
/// domain that the reference's examples prepare by name. Both start prepared.
const FOREST_DOMAINS: [&str; 2] = [DOMAIN, "asia.litwareinc.com"];

/// The domain a call names (-Domain, the root domain when left out), which must be one of the
/// lab's forest.
fn domain(engine: &mut Engine, call: &Call) -> Result<Option<String>, Flow> {
    let typed = call
        .bound
        .text("Domain")
        .unwrap_or_else(|| DOMAIN.to_string());
    if let Some(known) = FOREST_DOMAINS
        .iter()
        .find(|d| d.eq_ignore_ascii_case(typed.trim()))
    {
        return Ok(Some(known.to_string()));
    }
    refuse(
        engine,
        call,
        format!(
            "Cannot find the domain \"{typed}\" in the forest {DOMAIN}: the lab's forest has the domains {}.",
            FOREST_DOMAINS.join(" and ")
        ),
        "DomainNotFound",
        ErrorCategory::ObjectNotFound,
    )?;
    Ok(None)
}

fn get_schema(engine: &mut Engine, call: &Call) -> CmdletResult {
    let name = if ready(engine, SCHEMA) {
        "SCHEMA_VERSION_STATE_CURRENT"
    } else {
        "SCHEMA_VERSION_STATE_NOT_CURRENT"
    };
    super::files::write_report(engine, call, &[name.to_string()])?;
    Ok(vec![state("SchemaVersionState", name)])
}

fn install_schema(engine: &mut Engine, call: &Call) -> CmdletResult {
    if ready(engine, SCHEMA) {
        return Ok(vec![]);
    }
    if engine.should_process(call, DOMAIN)? {
        set_ready(engine, SCHEMA, true);
        super::files::write_report(engine, call, &["SCHEMA_VERSION_STATE_CURRENT".to_string()])?;
    }
    Ok(vec![])
}

fn forest_state(engine: &Engine) -> &'static str {
    if ready(engine, FOREST) {
        "LC_FORESTSETTINGS_STATE_READY"
    } else {
        "LC_FORESTSETTINGS_STATE_NOT_READY"
    }
}

fn get_forest(engine: &mut Engine, call: &Call) -> CmdletResult {
    let name = forest_state(engine);
    super::files::write_report(engine, call, &[name.to_string()])?;
    Ok(vec![state("ForestSettingsState", name)])
}

/// The error for a step whose step before is undone.
fn not_prepared(engine: &mut Engine, call: &Call, missing: &str, fix: &str) -> CmdletResult {
    refuse(
        engine,
        call,
        format!("{missing} Run {fix} first."),
        "PrerequisiteNotMet",
        ErrorCategory::InvalidOperation,
    )
}

fn enable_forest(engine: &mut Engine, call: &Call) -> CmdletResult {
    if !ready(engine, SCHEMA) {
        return not_prepared(
            engine,
            call,
            "The Active Directory schema has not been extended for Lync Server.",
            "Install-CsAdServerSchema",
        );
    }
    if !ready(engine, FOREST) && engine.should_process(call, DOMAIN)? {
        set_ready(engine, FOREST, true);
    }
    let name = forest_state(engine);
    super::files::write_report(engine, call, &[name.to_string()])?;
    Ok(vec![])
}

fn disable_forest(engine: &mut Engine, call: &Call) -> CmdletResult {
    if ready(engine, FOREST) && engine.should_process(call, DOMAIN)? {
        set_ready(engine, FOREST, false);
    }
    let name = forest_state(engine);
    super::files::write_report(engine, call, &[name.to_string()])?;
    Ok(vec![])
}

fn domain_state(engine: &Engine, domain: &str) -> &'static str {
    if ready(engine, &domain_step(domain)) {
        "LC_DOMAIN_SETTINGS_STATE_READY"
    } else {
        "LC_DOMAIN_SETTINGS_STATE_NOT_READY"
    }
}

fn get_domain(engine: &mut Engine, call: &Call) -> CmdletResult {
    let Some(domain) = domain(engine, call)? else {
        return Ok(vec![]);
    };
    let name = domain_state(engine, &domain);
    super::files::write_report(engine, call, &[name.to_string()])?;
    Ok(vec![state("DomainSettingsState", name)])
}

fn enable_domain(engine: &mut Engine, call: &Call) -> CmdletResult {
    let Some(domain) = domain(engine, call)? else {
        return Ok(vec![]);
    };
    if !ready(engine, FOREST) {
        return not_prepared(
            engine,
            call,
            "The forest has not been prepared for Lync Server.",
            "Enable-CsAdForest",
        );
    }
    let step = domain_step(&domain);
    if !ready(engine, &step) && engine.should_process(call, &domain)? {
        set_ready(engine, &step, true);
    }
    let name = domain_state(engine, &domain);
    super::files::write_report(engine, call, &[name.to_string()])?;
    Ok(vec![])
}

fn disable_domain(engine: &mut Engine, call: &Call) -> CmdletResult {
    let Some(domain) = domain(engine, call)? else {
        return Ok(vec![]);
    };
    let step = domain_step(&domain);
    if ready(engine, &step) && engine.should_process(call, &domain)? {
        set_ready(engine, &step, false);
    }
    let name = domain_state(engine, &domain);
    super::files::write_report(engine, call, &[name.to_string()])?;
    Ok(vec![])
}
