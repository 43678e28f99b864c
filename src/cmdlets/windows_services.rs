//! Get-, Start- and Stop-CsWindowsService: the Lync Server services of a lab computer and
//! whether they run. Without -ComputerName the computer is the one lyncsh stands for, the
//! first Front End (atl-cs-001.litwareinc.com). A stopped service stays stopped in the
//! session (it is saved with the topology) until it is started again.

use super::users::refuse;
use super::{BuiltinFn, CmdletResult};
use crate::engine::{Call, Engine, Flow};
use crate::error::ErrorCategory;
use crate::store::windows_services::Installed;
use crate::value::{PsObject, Value};
use std::rc::Rc;

/// The catalog cmdlets this file emulates.
pub const HANDLERS: &[(&str, BuiltinFn)] = &[
    ("Get-CsWindowsService", get),
    ("Start-CsWindowsService", start),
    ("Stop-CsWindowsService", stop),
];

/// The .NET type of the service objects, as the InputObject parameter names it.
pub const NT_SERVICE: &str = "Microsoft.Rtc.Management.Deployment.Core.NTService";

/// The computer lyncsh runs the cmdlets on when none is named: the first Front End.
fn local_computer(engine: &Engine) -> String {
    engine.session.topology.local_computer()
}

/// The computer a call names (-ComputerName, or the piped service's), checked.
fn computer(engine: &mut Engine, call: &Call) -> Result<Option<String>, Flow> {
    let typed = call
        .bound
        .get("InputObject")
        .and_then(|o| o.property("ComputerName"))
        .or_else(|| call.bound.get("ComputerName").cloned())
        .map(|v| v.to_display());
    let Some(typed) = typed else {
        return Ok(Some(local_computer(engine)));
    };
    match engine.session.topology.computer(&typed) {
        Some(found) => Ok(Some(found.to_string())),
        None => {
            refuse(
                engine,
                call,
                format!("Cannot find computer \"{typed}\" in the topology."),
                "ComputerNotFound",
                ErrorCategory::ObjectNotFound,
            )?;
            Ok(None)
        }
    }
}

/// The services a call names on a computer: -Name (or the piped service's), else all of them.
fn chosen(
    engine: &mut Engine,
    call: &Call,
    computer: &str,
) -> Result<Option<Vec<Installed>>, Flow> {
    let installed = engine.session.topology.windows_services(computer);
    let name = call
        .bound
        .get("InputObject")
        .and_then(|o| o.property("Name"))
        .or_else(|| call.bound.get("Name").cloned())
        .map(|v| v.to_display());
    let Some(name) = name else {
        return Ok(Some(installed));
    };
    let found: Vec<Installed> = installed
        .into_iter()
        .filter(|i| i.service.name.eq_ignore_ascii_case(name.trim()))
        .collect();
    if found.is_empty() {
        refuse(
            engine,
            call,
            format!(
                "Cannot find a Lync Server service named \"{name}\" on computer \"{computer}\"."
            ),
            "ServiceNotFound",
            ErrorCategory::ObjectNotFound,
        )?;
        return Ok(None);
    }
    Ok(Some(found))
}

fn service_object(engine: &Engine, computer: &str, installed: &Installed, activity: bool) -> Value {
    let running = engine
        .session
        .topology
        .service_running(computer, installed.service.name);
    let activity = if activity && running && installed.service.name == "RTCSRV" {
        Value::str("Urgent Messages Per Second=0,Normal Messages Per Second=0")
    } else {
        Value::Null
    };
    let mut object = PsObject::new(NT_SERVICE);
    let roles = installed.roles.iter().map(Value::str).collect();
    for (name, value) in [
        (
            "Status",
            Value::str(if running { "Running" } else { "Stopped" }),
        ),
        ("Name", Value::str(installed.service.name)),
        ("ActivityLevel", activity),
        ("DisplayName", Value::str(installed.service.display_name)),
        ("RoleName", Value::array(roles)),
        ("ComputerName", Value::str(computer)),
    ] {
        object.properties.push((Rc::from(name), value));
    }
    Value::object(object)
}

/// The default view of the service objects: a table of Status, Name and ActivityLevel.
pub const DISPLAYED: &[&str] = &["Status", "Name", "ActivityLevel"];

/// -Report writes the services as an HTML table to a file.
fn report(engine: &mut Engine, call: &Call, objects: &[Value]) -> Result<(), Flow> {
    let Some(path) = call.bound.text("Report") else {
        return Ok(());
    };
    let mut html = String::from("<html><body><table>\n<tr><th>Status</th><th>Name</th><th>DisplayName</th><th>ComputerName</th></tr>\n");
    for object in objects {
        let cell = |name: &str| {
            object
                .property(name)
                .map(|v| v.to_display())
                .unwrap_or_default()
                .replace('&', "&amp;")
                .replace('<', "&lt;")
        };
        html.push_str(&format!(
            "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>\n",
            cell("Status"),
            cell("Name"),
            cell("DisplayName"),
            cell("ComputerName")
        ));
    }
    html.push_str("</table></body></html>\n");
    super::files::write_cmdlet_file(engine, call, &path, &html)
}

fn get(engine: &mut Engine, call: &Call) -> CmdletResult {
    let Some(computer) = computer(engine, call)? else {
        return Ok(vec![]);
    };
    let Some(chosen) = chosen(engine, call, &computer)? else {
        return Ok(vec![]);
    };
    let activity = !call.bound.switch("ExcludeActivityLevel");
    let objects: Vec<Value> = chosen
        .iter()
        .map(|i| service_object(engine, &computer, i, activity))
        .collect();
    report(engine, call, &objects)?;
    Ok(objects)
}

fn start(engine: &mut Engine, call: &Call) -> CmdletResult {
    change(engine, call, true)
}

fn stop(engine: &mut Engine, call: &Call) -> CmdletResult {
    change(engine, call, false)
}

/// Start or Stop: each service named (or all of the computer's) is set running or stopped. A
/// service already in that state gets a warning and is left alone; Stop without -Name leaves
/// the logging agent running with -LeaveClsAgentRunning.
fn change(engine: &mut Engine, call: &Call, running: bool) -> CmdletResult {
    let Some(computer) = computer(engine, call)? else {
        return Ok(vec![]);
    };
    let Some(chosen) = chosen(engine, call, &computer)? else {
        return Ok(vec![]);
    };
    let named = call.bound.get("Name").is_some() || call.bound.get("InputObject").is_some();
    let keep_agent = call.bound.switch("LeaveClsAgentRunning");
    let mut objects = Vec::new();
    for installed in chosen {
        let name = installed.service.name;
        if !running && keep_agent && name == "RTCCLSAGT" {
            continue;
        }
        let now = engine.session.topology.service_running(&computer, name);
        if now == running {
            if named {
                let state = if running { "running" } else { "stopped" };
                engine.write_warning(
                    call,
                    &format!("The service {name} on {computer} is already {state}."),
                )?;
            }
            continue;
        }
        let target = format!("{name} on {computer}");
        if !engine.should_process(call, &target)? {
            continue;
        }
        engine
            .session
            .topology
            .set_service_running(&computer, name, running);
        objects.push(service_object(engine, &computer, &installed, false));
    }
    report(engine, call, &objects)?;
    Ok(vec![])
}
