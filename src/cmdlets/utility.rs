//! PowerShell's small utility commands: Get-Date, New-TimeSpan, Set-Variable and Out-String,
//! with their PowerShell 3 parameters.

use super::builtins::{entry, input_object};
use super::{CmdletEntry, CmdletResult};
use crate::datetime::DateTime;
use crate::engine::{Call, Engine, Flow};
use crate::error::ErrorCategory;
use crate::format;
use crate::signature::{ParamDecl, ParamType, Signature};
use crate::value::{TimeSpan, Value, TICKS_PER_SECOND};

/// PowerShell 3's aliases for the commands below.
pub const ALIASES: &[(&str, &str)] = &[
    ("iex", "Invoke-Expression"),
    ("set", "Set-Variable"),
    ("sv", "Set-Variable"),
    ("sleep", "Start-Sleep"),
];

/// The .NET types New-Object makes: PowerShell's own objects. Any other type would reach the
/// host's .NET runtime.
const NEW_OBJECT_TYPES: &[&str] = &[
    "psobject",
    "pscustomobject",
    "system.management.automation.psobject",
    "system.management.automation.pscustomobject",
    "object",
    "system.object",
];

/// New-Object for PowerShell's object types: an object with the -Property hashtable's keys
/// as properties (none without it).
fn new_object(engine: &mut Engine, call: &Call) -> CmdletResult {
    if call.bound.has("ComObject") {
        let reason = super::host_commands::parameter_refusal("New-Object", "ComObject");
        return Err(engine
            .cmdlet_error(
                call,
                reason.unwrap_or_default(),
                "NotSupportedByLyncsh",
                ErrorCategory::NotImplemented,
                "NotSupportedException",
            )
            .into());
    }
    let type_name = call.bound.text("TypeName").unwrap_or_default();
    if !NEW_OBJECT_TYPES.contains(&type_name.trim().to_ascii_lowercase().as_str()) {
        return Err(engine
            .cmdlet_error(
                call,
                format!("lyncsh makes only PowerShell objects with New-Object (PSObject, PSCustomObject); the type [{type_name}] would reach the host's .NET runtime."),
                "NotSupportedByLyncsh",
                ErrorCategory::NotImplemented,
                "NotSupportedException",
            )
            .with_target(&type_name, "String")
            .into());
    }
    let properties = match call.bound.get("Property") {
        Some(table @ Value::Hashtable(_)) => table.clone(),
        _ => Value::Hashtable(Default::default()),
    };
    Ok(vec![crate::engine::custom_object(properties)])
}

/// Add-Member: adds note properties to an object in place (`-MemberType NoteProperty -Name
/// -Value`, `-NotePropertyName`/`-NotePropertyValue` or `-NotePropertyMembers @{...}`).
fn add_member(engine: &mut Engine, call: &Call) -> CmdletResult {
    let Some(target) = call
        .input
        .clone()
        .or_else(|| call.bound.get("InputObject").cloned())
    else {
        return Ok(vec![]);
    };
    let kind = call
        .bound
        .text("MemberType")
        .unwrap_or_else(|| "NoteProperty".into());
    if !kind.eq_ignore_ascii_case("NoteProperty") {
        return Err(engine
            .cmdlet_error(
                call,
                format!("lyncsh adds only note properties with Add-Member; the member type {kind} is not supported."),
                "NotSupportedByLyncsh",
                ErrorCategory::NotImplemented,
                "NotSupportedException",
            )
            .into());
    }
    let mut members: Vec<(String, Value)> = Vec::new();
    if let Some(Value::Hashtable(table)) = call.bound.get("NotePropertyMembers") {
        for (key, value) in table.borrow().entries() {
            members.push((key.to_display(), value.clone()));
        }
    }
    let name = call
        .bound
        .get("Name")
        .or_else(|| call.bound.get("NotePropertyName"))
        .map(Value::to_display);
    if let Some(name) = name {
        let value = call
            .bound
            .get("Value")
            .or_else(|| call.bound.get("NotePropertyValue"))
            .cloned()
            .unwrap_or_default();
        members.push((name, value));
    }
    let Value::Object(object) = &target else {
        return Err(engine
            .cmdlet_error(
                call,
                "lyncsh adds members only to objects (such as those Get-Cs* cmdlets, Import-Csv or [pscustomobject] give), not to plain values.",
                "NotSupportedByLyncsh",
                ErrorCategory::NotImplemented,
                "NotSupportedException",
            )
            .into());
    };
    for (name, value) in members {
        let mut object = object.borrow_mut();
        let existing = object.properties.position(&name);
        match existing {
            Some(at) if call.bound.switch("Force") => *object.properties.value_mut(at) = value,
            Some(_) => {
                drop(object);
                return Err(engine
                    .cmdlet_error(
                        call,
                        format!("Cannot add a member with the name \"{name}\" because a member with that name already exists. To overwrite the member anyway, add the Force parameter to your command."),
                        "MemberAlreadyExists",
                        ErrorCategory::InvalidOperation,
                        "InvalidOperationException",
                    )
                    .into());
            }
            None => object.properties.push((name.as_str().into(), value)),
        }
    }
    Ok(if call.bound.switch("PassThru") {
        vec![target]
    } else {
        vec![]
    })
}

pub fn all() -> Vec<CmdletEntry> {
    let int =
        |name: &str, min: &str, max: &str| ParamDecl::new(name, ParamType::Int32).range(min, max);
    vec![
        entry(
            Signature::new(
                "Add-Member",
                vec![
                    ParamDecl::new("InputObject", ParamType::Object)
                        .mandatory()
                        .by_value(),
                    ParamDecl::new("MemberType", ParamType::String)
                        .at(0)
                        .alias("Type"),
                    ParamDecl::new("Name", ParamType::String).at(1),
                    ParamDecl::new("Value", ParamType::Object).at(2),
                    ParamDecl::new("NotePropertyName", ParamType::String),
                    ParamDecl::new("NotePropertyValue", ParamType::Object),
                    ParamDecl::new("NotePropertyMembers", ParamType::Hashtable),
                    ParamDecl::new("Force", ParamType::Switch),
                    ParamDecl::new("PassThru", ParamType::Switch),
                ],
            ),
            add_member,
            false,
        ),
        entry(
            Signature::new(
                "New-Object",
                vec![
                    ParamDecl::new("TypeName", ParamType::String)
                        .at(0)
                        .mandatory()
                        .in_sets(&["Net"]),
                    ParamDecl::new(
                        "ArgumentList",
                        ParamType::Array(Box::new(ParamType::Object)),
                    )
                    .at(1)
                    .alias("Args")
                    .in_sets(&["Net"]),
                    ParamDecl::new("ComObject", ParamType::String)
                        .at(0)
                        .mandatory()
                        .in_sets(&["Com"]),
                    ParamDecl::new("Strict", ParamType::Switch).in_sets(&["Com"]),
                    ParamDecl::new("Property", ParamType::Hashtable),
                ],
            )
            .with_sets(&["Net", "Com"], "Net"),
            new_object,
            false,
        ),
        entry(
            Signature::new(
                "Start-Sleep",
                vec![
                    ParamDecl::new("Seconds", ParamType::Double)
                        .at(0)
                        .mandatory()
                        .in_sets(&["Seconds"]),
                    ParamDecl::new("Milliseconds", ParamType::Double)
                        .mandatory()
                        .in_sets(&["Milliseconds"]),
                ],
            )
            .with_sets(&["Seconds", "Milliseconds"], "Seconds"),
            start_sleep,
            false,
        ),
        entry(
            Signature::new(
                "Write-Progress",
                vec![
                    ParamDecl::new("Activity", ParamType::String)
                        .at(0)
                        .mandatory(),
                    ParamDecl::new("Status", ParamType::String).at(1),
                    ParamDecl::new("Id", ParamType::Int32).at(2),
                    ParamDecl::new("PercentComplete", ParamType::Int32).range("-1", "100"),
                    ParamDecl::new("SecondsRemaining", ParamType::Int32),
                    ParamDecl::new("CurrentOperation", ParamType::String),
                    ParamDecl::new("ParentId", ParamType::Int32),
                    ParamDecl::new("Completed", ParamType::Switch),
                ],
            ),
            write_progress,
            false,
        ),
        entry(
            Signature::new(
                "Get-Date",
                vec![
                    ParamDecl::new("Date", ParamType::DateTime)
                        .at(0)
                        .by_value()
                        .by_property_name()
                        .alias("LastWriteTime"),
                    int("Year", "1", "9999"),
                    int("Month", "1", "12"),
                    int("Day", "1", "31"),
                    int("Hour", "0", "23"),
                    int("Minute", "0", "59"),
                    int("Second", "0", "59"),
                    int("Millisecond", "0", "999"),
                    ParamDecl::new("Format", ParamType::String).in_sets(&["net"]),
                    ParamDecl::new("UFormat", ParamType::String).in_sets(&["UFormat"]),
                ],
            )
            .with_sets(&["net", "UFormat"], "net"),
            get_date,
            false,
        ),
        entry(
            Signature::new(
                "New-TimeSpan",
                vec![
                    ParamDecl::new("Start", ParamType::DateTime)
                        .at(0)
                        .by_property_name()
                        .alias("LastWriteTime")
                        .in_sets(&["Date"]),
                    ParamDecl::new("End", ParamType::DateTime)
                        .at(1)
                        .by_property_name()
                        .in_sets(&["Date"]),
                    ParamDecl::new("Days", ParamType::Int32).in_sets(&["Time"]),
                    ParamDecl::new("Hours", ParamType::Int32).in_sets(&["Time"]),
                    ParamDecl::new("Minutes", ParamType::Int32).in_sets(&["Time"]),
                    ParamDecl::new("Seconds", ParamType::Int32).in_sets(&["Time"]),
                ],
            )
            .with_sets(&["Date", "Time"], "Date"),
            new_timespan,
            false,
        ),
        entry(
            Signature::new(
                "Set-Variable",
                vec![
                    variable_names(),
                    ParamDecl::new("Value", ParamType::Object)
                        .at(1)
                        .by_value()
                        .by_property_name(),
                    ParamDecl::new("PassThru", ParamType::Switch),
                ],
            ),
            set_variable,
            false,
        ),
        entry(
            Signature::new(
                "Invoke-Expression",
                vec![ParamDecl::new("Command", ParamType::String)
                    .at(0)
                    .mandatory()
                    .by_value()],
            ),
            invoke_expression,
            false,
        ),
        entry(
            Signature::new(
                "Remove-Variable",
                vec![
                    variable_names(),
                    ParamDecl::new("Scope", ParamType::String),
                    ParamDecl::new("Force", ParamType::Switch),
                ],
            ),
            remove_variable,
            false,
        ),
        entry(
            Signature::new(
                "ConvertTo-SecureString",
                vec![
                    ParamDecl::new("String", ParamType::String)
                        .at(0)
                        .mandatory()
                        .by_value(),
                    ParamDecl::new("AsPlainText", ParamType::Switch),
                    ParamDecl::new("Force", ParamType::Switch),
                ],
            ),
            convert_to_secure_string,
            false,
        ),
        entry(
            Signature::new(
                "Out-String",
                vec![
                    input_object(),
                    ParamDecl::new("Stream", ParamType::Switch),
                    ParamDecl::new("Width", ParamType::Int32).range("2", "2147483647"),
                ],
            ),
            out_string,
            true,
        ),
    ]
}

fn int_arg(call: &Call, name: &str) -> Option<i64> {
    call.bound
        .get(name)
        .and_then(Value::as_i128)
        .map(|v| v as i64)
}

fn unrepresentable(engine: &Engine, call: &Call) -> Flow {
    engine
        .cmdlet_error(
            call,
            "The added or subtracted value results in an un-representable DateTime.",
            "ArgumentOutOfRange",
            ErrorCategory::InvalidArgument,
            "ArgumentOutOfRangeException",
        )
        .into()
}

/// Each field given replaces the date's own by adding the difference, as PowerShell does, so
/// `-Month 2 -Day 31` lands in March.
fn get_date(engine: &mut Engine, call: &Call) -> CmdletResult {
    let mut date = match call.bound.get("Date") {
        Some(Value::DateTime(d)) => *d,
        _ => DateTime::now(),
    };
    let adjust = |date: DateTime, field: &str, current: i64| -> Option<DateTime> {
        match int_arg(call, field) {
            None => Some(date),
            Some(wanted) => match field {
                "Year" => date.add_months((wanted - current) * 12),
                "Month" => date.add_months(wanted - current),
                "Day" => date.add_ticks((wanted - current) * 86_400 * TICKS_PER_SECOND),
                "Hour" => date.add_ticks((wanted - current) * 3_600 * TICKS_PER_SECOND),
                "Minute" => date.add_ticks((wanted - current) * 60 * TICKS_PER_SECOND),
                "Second" => date.add_ticks((wanted - current) * TICKS_PER_SECOND),
                _ => date.add_ticks((wanted - current) * 10_000),
            },
        }
    };
    for field in [
        "Year",
        "Month",
        "Day",
        "Hour",
        "Minute",
        "Second",
        "Millisecond",
    ] {
        let p = date.parts();
        let current = match field {
            "Year" => p.year,
            "Month" => p.month,
            "Day" => p.day,
            "Hour" => p.hour,
            "Minute" => p.minute,
            "Second" => p.second,
            _ => p.fraction / 10_000,
        };
        date = adjust(date, field, current).ok_or_else(|| unrepresentable(engine, call))?;
    }
    if let Some(format) = call.bound.get("Format") {
        return Ok(vec![Value::str(date.format(&format.to_display()))]);
    }
    if let Some(format) = call.bound.get("UFormat") {
        return Ok(vec![Value::str(date.uformat(&format.to_display()))]);
    }
    Ok(vec![Value::DateTime(date)])
}

fn new_timespan(_: &mut Engine, call: &Call) -> CmdletResult {
    let time_set = ["Days", "Hours", "Minutes", "Seconds"]
        .iter()
        .any(|p| call.bound.has(p));
    if time_set {
        let part = |name: &str| int_arg(call, name).unwrap_or(0);
        let seconds =
            part("Days") * 86_400 + part("Hours") * 3_600 + part("Minutes") * 60 + part("Seconds");
        return Ok(vec![Value::TimeSpan(TimeSpan(seconds * TICKS_PER_SECOND))]);
    }
    let now = DateTime::now();
    let at = |name: &str| match call.bound.get(name) {
        Some(Value::DateTime(d)) => *d,
        _ => now,
    };
    Ok(vec![Value::TimeSpan(TimeSpan(at("End").0 - at("Start").0))])
}

fn set_variable(engine: &mut Engine, call: &Call) -> CmdletResult {
    let value = call.bound.get("Value").cloned().unwrap_or_default();
    let names = call
        .bound
        .get("Name")
        .cloned()
        .unwrap_or_default()
        .into_items();
    let mut out = Vec::new();
    for name in names {
        let name = name.to_display();
        if let Err(message) = engine.set_user_variable(&name, value.clone()) {
            let record = engine
                .cmdlet_error(
                    call,
                    message,
                    "VariableNotWritable",
                    ErrorCategory::WriteError,
                    "SessionStateUnauthorizedAccessException",
                )
                .with_target(name.clone(), "String");
            engine.write_error(record)?;
            continue;
        }
        if call.bound.switch("PassThru") {
            out.push(Value::object(
                crate::value::PsObject::new(crate::format::view::PS_VARIABLE)
                    .with("Name", Value::str(&name))
                    .with("Value", value.clone()),
            ));
        }
    }
    Ok(out)
}

/// Runs the text as PowerShell in the current scope and returns its output.
fn invoke_expression(engine: &mut Engine, call: &Call) -> CmdletResult {
    let text = call.bound.text("Command").unwrap_or_default();
    engine.run_text_here(&text, call.span)
}

/// The `-Name` of Set-Variable and Remove-Variable: variable names, without the dollar sign.
fn variable_names() -> ParamDecl {
    ParamDecl::new("Name", ParamType::Array(Box::new(ParamType::String)))
        .at(0)
        .mandatory()
        .by_property_name()
}

/// Removes variables from the current scope (or the global one, with `-Scope Global` or a
/// `global:` prefix); a name that is not set there is an error.
fn remove_variable(engine: &mut Engine, call: &Call) -> CmdletResult {
    let global = call
        .bound
        .get("Scope")
        .is_some_and(|s| s.to_display().eq_ignore_ascii_case("Global"));
    let names = call
        .bound
        .get("Name")
        .cloned()
        .unwrap_or_default()
        .into_items();
    for name in names {
        let name = name.to_display();
        let removed = match name.strip_prefix("global:") {
            Some(plain) => engine.session.variables.remove(plain),
            None if global => engine.session.variables.remove(&name),
            None => engine.remove_local_variable(&name),
        };
        if removed.is_none() {
            let record = engine
                .cmdlet_error(
                    call,
                    format!("Cannot find a variable with name '{name}'."),
                    "VariableNotFound",
                    ErrorCategory::ObjectNotFound,
                    "ItemNotFoundException",
                )
                .with_target(name.clone(), "String");
            engine.write_error(record)?;
        }
    }
    Ok(vec![])
}

/// A SecureString of plain text, as credential-building scripts make one. Only its length
/// shows; lyncsh never asks for, keeps or prints more of a password than that.
fn convert_to_secure_string(engine: &mut Engine, call: &Call) -> CmdletResult {
    if !call.bound.switch("AsPlainText") {
        return Err(Flow::from(engine.cmdlet_error(
            call,
            "lyncsh reads SecureStrings only from plain text: use -AsPlainText -Force (an encrypted standard string needs the host's keys).",
            "NotSupportedByLyncsh",
            ErrorCategory::NotImplemented,
            "NotSupportedException",
        )));
    }
    if !call.bound.switch("Force") {
        return Err(Flow::from(engine.cmdlet_error(
            call,
            "The system cannot protect plain text input. To suppress this warning and convert the plain text to a SecureString, reissue the command specifying the Force parameter. For more information ,type: get-help ConvertTo-SecureString.",
            "ImportSecureString_InvalidArgument",
            ErrorCategory::InvalidArgument,
            "ArgumentException",
        )));
    }
    let length = call
        .bound
        .get("String")
        .map_or(0, |s| s.to_display().chars().count());
    Ok(vec![Value::object(
        crate::value::PsObject::new("System.Security.SecureString")
            .with("Length", Value::Int32(length as i32)),
    )])
}

/// The input laid out as the console would show it, as one string (or one per line with
/// `-Stream`).
fn out_string(engine: &mut Engine, call: &Call) -> CmdletResult {
    let width = int_arg(call, "Width").map_or_else(|| engine.host().width(), |w| w as usize);
    let text = format::render_default(&call.inputs, width);
    if call.bound.switch("Stream") {
        return Ok(text
            .trim_end_matches('\n')
            .split('\n')
            .map(Value::str)
            .collect());
    }
    Ok(vec![Value::str(text)])
}

/// Start-Sleep: returns at once and moves the lab clock on by the time asked for.
fn start_sleep(_: &mut Engine, call: &Call) -> CmdletResult {
    let seconds = match call.bound.get("Milliseconds") {
        Some(ms) => ms.as_f64() / 1_000.0,
        None => call.bound.get("Seconds").map_or(0.0, Value::as_f64),
    };
    crate::datetime::advance_clock((seconds * TICKS_PER_SECOND as f64) as i64);
    Ok(Vec::new())
}

/// Write-Progress: a console shows progress in a bar that disappears when the work is done;
/// lyncsh's output is the finished state, so nothing is shown.
fn write_progress(_: &mut Engine, _: &Call) -> CmdletResult {
    Ok(Vec::new())
}
