//! The Centralized Logging Service's agents on the lab's computers: Start-, Stop-, Update-,
//! Show- and Sync-CsClsLogging run and report the logging scenarios (the CsClsScenario
//! records), and Search-CsClsLogging reads what the agents logged: every command the session
//! ran before the search, as the lab's trace.
//!
//! Every Lync computer runs AlwaysOn until it is stopped, and at most one other scenario at a
//! time. A scenario other than AlwaysOn runs for its duration (four hours unless given). The
//! status blocks are the real ones: a success line, `Tracing Status:`, a line per pool and an
//! indented line per computer.

use super::{BuiltinFn, CmdletResult};
use crate::engine::{Call, Engine, Flow};
use crate::error::ErrorCategory;
use crate::families;
use crate::store::operations::ClsRun;
use crate::value::{DateTime, Value};
use crate::wildcard::wildcard_match;

/// The catalog cmdlets this file emulates.
pub const HANDLERS: &[(&str, BuiltinFn)] = &[
    ("Start-CsClsLogging", start),
    ("Stop-CsClsLogging", stop),
    ("Update-CsClsLogging", update),
    ("Show-CsClsLogging", show),
    ("Sync-CsClsLogging", sync),
    ("Search-CsClsLogging", search),
];

const ALWAYS_ON: &str = "AlwaysOn";

/// The build number the agents report (Lync Server 2013 RTM).
const BUILD: &str = "5.0.8308.0";

/// Who starts scenarios in the lab.
const BY: &str = "LITWAREINC\\Administrator";

/// A scenario's duration when none is given: four hours, in minutes.
const DEFAULT_MINUTES: i64 = 4 * 60;

fn fail(engine: &Engine, call: &Call, message: String, id: &str, target: &str) -> Flow {
    let category = match id {
        "ObjectNotFound" | "PoolNotFound" => ErrorCategory::ObjectNotFound,
        _ => ErrorCategory::InvalidArgument,
    };
    Flow::Error(Box::new(
        engine
            .cmdlet_error(call, message, id, category, "InvalidOperationException")
            .with_target(target.to_string(), "String"),
    ))
}

/// The pools whose computers run the logging agent (RTCCLSAGT), in topology order.
fn logging_pools(engine: &Engine) -> Vec<(String, Vec<String>)> {
    let topology = &engine.session.topology;
    topology
        .pools
        .iter()
        .filter(|p| {
            p.computers.iter().any(|c| {
                topology
                    .windows_services(c)
                    .iter()
                    .any(|i| i.service.name == "RTCCLSAGT")
            })
        })
        .map(|p| (p.fqdn.clone(), p.computers.clone()))
        .collect()
}

/// The pools a call works on: -Pools, the pools of -Computers, or every one.
fn chosen_pools(engine: &Engine, call: &Call) -> Result<Vec<(String, Vec<String>)>, Flow> {
    let all = logging_pools(engine);
    let list = |name: &str| -> Vec<String> {
        call.bound
            .get(name)
            .map(Value::item_texts)
            .unwrap_or_default()
    };
    let (pools, computers) = (list("Pools"), list("Computers"));
    if pools.is_empty() && computers.is_empty() {
        return Ok(all);
    }
    let mut chosen = Vec::new();
    for typed in pools.iter().chain(&computers) {
        let found = all.iter().find(|(pool, members)| {
            pool.eq_ignore_ascii_case(typed)
                || members.iter().any(|c| c.eq_ignore_ascii_case(typed))
        });
        match found {
            Some(entry) if !chosen.contains(entry) => chosen.push(entry.clone()),
            Some(_) => {}
            None => {
                let message = format!("\"{typed}\" is not a pool or computer of the topology that runs the Centralized Logging Service Agent (RTCCLSAGT).");
                return Err(fail(engine, call, message, "PoolNotFound", typed));
            }
        }
    }
    Ok(chosen)
}

/// A scenario name as the CsClsScenario records spell it; an error for one there is not.
fn scenario(engine: &Engine, call: &Call) -> Result<String, Flow> {
    let typed = call.bound.text("Scenario").unwrap_or_default();
    let found = families::find("CsClsScenario").and_then(|decl| {
        let (at, _) = decl.property("Name")?;
        engine
            .session
            .store
            .records(decl.noun)
            .iter()
            .map(|r| r.values[at].to_display())
            .find(|name| name.eq_ignore_ascii_case(typed.trim()))
    });
    found.ok_or_else(|| {
        let message = format!(
            "There is no logging scenario named \"{typed}\"; Get-CsClsScenario lists them."
        );
        fail(engine, call, message, "ScenarioNotFound", &typed)
    })
}

/// Minutes from a -Duration: `d.hh:mm`, `hh:mm`, or a number of minutes.
fn minutes(typed: &str) -> Option<i64> {
    let typed = typed.trim();
    if let Ok(n) = typed.parse::<i64>() {
        return (n > 0).then_some(n);
    }
    let (days, clock) = match typed.split_once('.') {
        Some((d, rest)) if rest.contains(':') => (d.parse::<i64>().ok()?, rest),
        _ => (0, typed),
    };
    let (h, m) = clock.split_once(':')?;
    let total =
        days * 24 * 60 + h.trim().parse::<i64>().ok()? * 60 + m.trim().parse::<i64>().ok()?;
    (total > 0).then_some(total)
}

fn duration(engine: &Engine, call: &Call) -> Result<Option<i64>, Flow> {
    match call.bound.text("Duration") {
        None => Ok(None),
        Some(typed) => minutes(&typed).map(Some).ok_or_else(|| {
            let message = format!("\"{typed}\" is not a duration: give days.hours:minutes (0.04:00), hours:minutes (12:00) or minutes (60).");
            fail(engine, call, message, "InvalidDuration", &typed)
        }),
    }
}

/// `d.hh:mm`, as the status shows a duration.
fn shown_duration(minutes: i64) -> String {
    format!(
        "{}.{:02}:{:02}",
        minutes / (24 * 60),
        minutes / 60 % 24,
        minutes % 60
    )
}

/// The runs of a pool that are still going (a run past its duration has ended).
fn running_on(engine: &Engine, pool: &str) -> Vec<ClsRun> {
    let now = DateTime::now();
    engine
        .session
        .topology
        .operations
        .cls_runs
        .iter()
        .filter(|r| r.pool.eq_ignore_ascii_case(pool))
        .filter(|r| {
            DateTime::parse(&r.started)
                .is_none_or(|start| now.0 < start.0 + r.minutes * 60 * 10_000_000)
        })
        .cloned()
        .collect()
}

fn always_on(engine: &Engine, pool: &str) -> bool {
    !engine
        .session
        .topology
        .operations
        .cls_always_off
        .iter()
        .any(|p| p.eq_ignore_ascii_case(pool))
}

/// A pool's state as the status line shows it.
fn state(engine: &Engine, pool: &str) -> String {
    let mut text = format!(
        "AlwaysOn={}",
        if always_on(engine, pool) { "Yes" } else { "No" }
    );
    for run in running_on(engine, pool) {
        let started = DateTime::parse(&run.started)
            .map(|d| d.format("M/d/yyyy h:mm:ss tt"))
            .unwrap_or_default();
        text.push_str(&format!(
            ",Scenario={},Started={started},By={BY},Duration={}",
            run.scenario,
            shown_duration(run.minutes)
        ));
    }
    text
}

/// The first label of a name (`atl-cs-001` of `atl-cs-001.litwareinc.com`).
fn host(fqdn: &str) -> &str {
    fqdn.split('.').next().unwrap_or(fqdn)
}

/// Escapes text for an XML attribute.
fn xml(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// The status block Start, Stop and Show print for `pools`; with -AsXml, one XML string.
fn status(engine: &Engine, call: &Call, pools: &[(String, Vec<String>)]) -> Vec<Value> {
    let agents: usize = pools.iter().map(|(_, c)| c.len()).sum();
    if call.bound.switch("AsXml") {
        let mut text = format!("<TracingStatus SuccessCode=\"0\" Agents=\"{agents}\">");
        for (pool, computers) in pools {
            text.push_str(&format!(
                "<Pool Fqdn=\"{}\" Version=\"{BUILD}\" State=\"{}\">",
                xml(pool),
                xml(&state(engine, pool))
            ));
            for computer in computers {
                text.push_str(&format!(
                    "<Computer Fqdn=\"{}\" State=\"Same as pool\"/>",
                    xml(computer)
                ));
            }
            text.push_str("</Pool>");
        }
        text.push_str("</TracingStatus>");
        return vec![Value::str(text)];
    }
    let mut lines = vec![
        format!("Success Code - 0, Successful on {agents} agents"),
        String::new(),
        String::new(),
        String::new(),
        "Tracing Status:".to_string(),
        String::new(),
    ];
    for (pool, computers) in pools {
        lines.push(format!(
            "{pool} ({} v{BUILD}) ({})",
            host(pool),
            state(engine, pool)
        ));
        for computer in computers {
            lines.push(format!(
                "    {computer} ({} v{BUILD}) (Same as pool)",
                host(computer)
            ));
        }
    }
    lines.push(String::new());
    lines.into_iter().map(Value::str).collect()
}

fn start(engine: &mut Engine, call: &Call) -> CmdletResult {
    let scenario = scenario(engine, call)?;
    let pools = chosen_pools(engine, call)?;
    let minutes = duration(engine, call)?.unwrap_or(DEFAULT_MINUTES);
    if scenario == ALWAYS_ON {
        for (pool, _) in &pools {
            engine
                .session
                .topology
                .operations
                .cls_always_off
                .retain(|p| !p.eq_ignore_ascii_case(pool));
        }
        return Ok(status(engine, call, &pools));
    }
    if let Some((pool, run)) = pools.iter().find_map(|(pool, _)| {
        running_on(engine, pool)
            .first()
            .map(|r| (pool.clone(), r.clone()))
    }) {
        let message = format!("The scenario {} runs on {pool} already: a computer runs AlwaysOn and one other scenario at most. Stop it first (Stop-CsClsLogging -Scenario {}).", run.scenario, run.scenario);
        return Err(fail(engine, call, message, "ScenarioLimit", &pool));
    }
    let started = DateTime::now().format("o");
    for (pool, _) in &pools {
        engine.session.topology.operations.cls_runs.push(ClsRun {
            pool: pool.clone(),
            scenario: scenario.clone(),
            started: started.clone(),
            minutes,
        });
    }
    Ok(status(engine, call, &pools))
}

fn stop(engine: &mut Engine, call: &Call) -> CmdletResult {
    let scenario = scenario(engine, call)?;
    let pools = chosen_pools(engine, call)?;
    let operations = &mut engine.session.topology.operations;
    for (pool, _) in &pools {
        if scenario == ALWAYS_ON {
            if !operations
                .cls_always_off
                .iter()
                .any(|p| p.eq_ignore_ascii_case(pool))
            {
                operations.cls_always_off.push(pool.to_ascii_lowercase());
            }
        } else {
            operations
                .cls_runs
                .retain(|r| !(r.pool.eq_ignore_ascii_case(pool) && r.scenario == scenario));
        }
    }
    Ok(status(engine, call, &pools))
}

fn update(engine: &mut Engine, call: &Call) -> CmdletResult {
    let pools = chosen_pools(engine, call)?;
    let minutes = duration(engine, call)?.unwrap_or(DEFAULT_MINUTES);
    for run in &mut engine.session.topology.operations.cls_runs {
        if pools.iter().any(|(p, _)| p.eq_ignore_ascii_case(&run.pool)) {
            run.minutes = minutes;
        }
    }
    Ok(status(engine, call, &pools))
}

fn show(engine: &mut Engine, call: &Call) -> CmdletResult {
    let pools = chosen_pools(engine, call)?;
    Ok(status(engine, call, &pools))
}

fn sync(engine: &mut Engine, call: &Call) -> CmdletResult {
    let pools = chosen_pools(engine, call)?;
    let agents: usize = pools.iter().map(|(_, c)| c.len()).sum();
    if call.bound.switch("AsXml") {
        return Ok(vec![Value::str(format!(
            "<TracingStatus SuccessCode=\"0\" Agents=\"{agents}\"/>"
        ))]);
    }
    Ok(vec![Value::str(format!(
        "Success Code - 0, Successful on {agents} agents"
    ))])
}

/// Search-CsClsLogging: the trace lines of the chosen computers, one per command the session
/// ran, that match what is asked (-Uri, -IP, -Phone, -CallId, -ConferenceId, -SipContents:
/// any of them, or all with -MatchAll). With -OutputFilePath they are added to that file.
fn search(engine: &mut Engine, call: &Call) -> CmdletResult {
    let pools = chosen_pools(engine, call)?;
    let computers: Vec<String> = pools.iter().flat_map(|(_, c)| c.clone()).collect();
    let wanted: Vec<String> = [
        "Uri",
        "IP",
        "Phone",
        "CallId",
        "ConferenceId",
        "SipContents",
    ]
    .iter()
    .filter_map(|name| call.bound.get(name))
    .map(|v| v.to_display().to_ascii_lowercase())
    .collect();
    let all = call.bound.switch("MatchAll");
    // The lab's trace lines are Info: a minimum level above it finds none.
    let level = call
        .bound
        .text("LogLevel")
        .unwrap_or_default()
        .to_ascii_lowercase();
    if ["fatal", "error", "warning"].contains(&level.as_str()) {
        return Ok(vec![]);
    }
    let mut lines = Vec::new();
    // The trace holds the commands that ran before this search.
    let history = &engine.session.history;
    let before = history.len().saturating_sub(1);
    for (at, command) in history.iter().take(before).enumerate() {
        let lower = command.to_ascii_lowercase();
        let matches = wanted.is_empty()
            || if all {
                wanted.iter().all(|w| lower.contains(w.as_str()))
            } else {
                wanted.iter().any(|w| lower.contains(w.as_str()))
            };
        if !matches {
            continue;
        }
        for computer in &computers {
            let line = format!("{computer} {:>6} Info Cmdlet {command}", at + 1);
            if call.bound.get("Components").is_none_or(|c| {
                c.clone()
                    .into_items()
                    .iter()
                    .any(|c| wildcard_match(&c.to_display(), "Cmdlet", false))
            }) {
                lines.push(line);
            }
        }
    }
    if let Some(path) = call.bound.text("OutputFilePath") {
        let mut text = engine.read_text_file(&path, call.span).unwrap_or_default();
        for line in &lines {
            text.push_str(line);
            text.push_str("\r\n");
        }
        super::files::write_cmdlet_file(engine, call, &path, &text)?;
        return Ok(vec![]);
    }
    if call.bound.switch("AsXml") {
        let body: String = lines
            .iter()
            .map(|l| format!("<Trace Level=\"Info\">{}</Trace>", xml(l)))
            .collect();
        return Ok(vec![Value::str(format!("<Traces>{body}</Traces>"))]);
    }
    Ok(lines.into_iter().map(Value::str).collect())
}

#[cfg(test)]
mod tests {
    use super::{minutes, shown_duration};

    #[test]
    fn durations_read_as_the_real_cmdlets_take_them() {
        assert_eq!(minutes("0.04:00"), Some(240));
        assert_eq!(minutes("12:00"), Some(720));
        assert_eq!(minutes("60"), Some(60));
        assert_eq!(minutes("6.05:12"), Some(6 * 1440 + 5 * 60 + 12));
        assert_eq!(minutes("soon"), None);
        assert_eq!(shown_duration(240), "0.04:00");
        assert_eq!(shown_duration(6 * 1440 + 5 * 60 + 12), "6.05:12");
    }
}
