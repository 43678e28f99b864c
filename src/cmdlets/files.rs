//! Commands on text and CSV files, kept inside the files folder (see `engine::files`):
//! Import-Csv, Export-Csv, ConvertTo-Csv, ConvertFrom-Csv, Get-Content, Set-Content,
//! Add-Content, Out-File, Test-Path, Join-Path, Split-Path, Tee-Object and Select-String (on
//! files or on strings), with their PowerShell 3 parameters. Files are written with Windows line ends, as PowerShell writes them.

use super::builtins::{entry, input_object, names_of, received};
use super::{CmdletEntry, CmdletResult};
use crate::engine::{Call, Engine, Flow};
use crate::error::{ErrorCategory, ErrorRecord};
use crate::signature::{ParamDecl, ParamType, Signature};
use crate::value::{PsObject, Value, CUSTOM_OBJECT};

/// PowerShell 3's aliases for the commands below.
pub const ALIASES: &[(&str, &str)] = &[
    ("ipcsv", "Import-Csv"),
    ("epcsv", "Export-Csv"),
    ("gc", "Get-Content"),
    ("cat", "Get-Content"),
    ("type", "Get-Content"),
    ("tee", "Tee-Object"),
    ("cd", "Set-Location"),
    ("sl", "Set-Location"),
    ("chdir", "Set-Location"),
    ("gl", "Get-Location"),
    ("pwd", "Get-Location"),
    ("pushd", "Push-Location"),
    ("popd", "Pop-Location"),
];

fn path() -> ParamDecl {
    ParamDecl::new("Path", ParamType::Array(Box::new(ParamType::String)))
        .at(0)
        .mandatory()
        .alias("PSPath")
}

/// Set-Content and Add-Content take the same parameters.
fn content_signature(name: &str) -> Signature {
    let switch = |name: &str| ParamDecl::new(name, ParamType::Switch);
    Signature::new(
        name,
        vec![
            path(),
            ParamDecl::new("Value", ParamType::Array(Box::new(ParamType::Object)))
                .at(1)
                .mandatory()
                .by_value(),
            switch("Force"),
            switch("PassThru"),
            switch("NoNewline"),
            encoding(),
        ],
    )
}

fn encoding() -> ParamDecl {
    ParamDecl::new("Encoding", ParamType::String)
}

pub fn all() -> Vec<CmdletEntry> {
    let string = |name: &str| ParamDecl::new(name, ParamType::String);
    let switch = |name: &str| ParamDecl::new(name, ParamType::Switch);
    let headers = || ParamDecl::new("Header", ParamType::Array(Box::new(ParamType::String)));
    vec![
        entry(
            Signature::new(
                "Import-Csv",
                vec![
                    path().by_value(),
                    string("Delimiter").at(1),
                    headers(),
                    encoding(),
                    switch("UseCulture"),
                ],
            ),
            import_csv,
            false,
        ),
        entry(
            Signature::new(
                "ConvertFrom-Csv",
                vec![
                    ParamDecl::new("InputObject", ParamType::Array(Box::new(ParamType::String)))
                        .at(0)
                        .mandatory()
                        .by_value(),
                    string("Delimiter").at(1),
                    headers(),
                    switch("UseCulture"),
                ],
            ),
            convert_from_csv,
            true,
        ),
        entry(
            Signature::new(
                "Export-Csv",
                vec![
                    string("Path").at(0).alias("PSPath"),
                    input_object().mandatory(),
                    string("Delimiter").at(1),
                    switch("NoTypeInformation").alias("NTI"),
                    switch("Append"),
                    switch("Force"),
                    switch("NoClobber"),
                    switch("UseCulture"),
                    encoding(),
                ],
            ),
            export_csv,
            true,
        ),
        entry(
            Signature::new(
                "ConvertTo-Csv",
                vec![
                    input_object().at(0).mandatory(),
                    string("Delimiter").at(1),
                    switch("NoTypeInformation").alias("NTI"),
                    switch("UseCulture"),
                ],
            ),
            convert_to_csv,
            true,
        ),
        entry(
            Signature::new(
                "Get-Content",
                vec![
                    path().by_property_name(),
                    ParamDecl::new("TotalCount", ParamType::Int64)
                        .alias("First")
                        .alias("Head"),
                    ParamDecl::new("Tail", ParamType::Int32).alias("Last"),
                    ParamDecl::new("ReadCount", ParamType::Int64),
                    switch("Raw"),
                    encoding(),
                ],
            ),
            get_content,
            false,
        ),
        entry(content_signature("Set-Content"), set_content, true),
        entry(content_signature("Add-Content"), add_content, true),
        entry(
            Signature::new(
                "Out-File",
                vec![
                    string("FilePath").at(0).mandatory().alias("Path"),
                    string("Encoding").at(1),
                    input_object(),
                    switch("Append"),
                    switch("Force"),
                    switch("NoClobber"),
                    ParamDecl::new("Width", ParamType::Int32).range("2", "10000"),
                ],
            ),
            out_file,
            true,
        ),
        entry(
            Signature::new(
                "Test-Path",
                vec![
                    path().by_value(),
                    ParamDecl::new(
                        "PathType",
                        ParamType::Enum {
                            name: "Microsoft.PowerShell.Commands.TestPathType".into(),
                            values: ["Any", "Container", "Leaf"]
                                .iter()
                                .map(|s| s.to_string())
                                .collect(),
                        },
                    )
                    .alias("Type"),
                    switch("IsValid"),
                ],
            ),
            test_path,
            false,
        ),
        entry(
            Signature::new(
                "Join-Path",
                vec![
                    path().by_value(),
                    string("ChildPath").at(1).mandatory(),
                    switch("Resolve"),
                ],
            ),
            join_path,
            false,
        ),
        entry(
            Signature::new(
                "Split-Path",
                vec![
                    path().by_value(),
                    switch("Parent"),
                    switch("Leaf"),
                    switch("Qualifier"),
                    switch("NoQualifier"),
                    switch("IsAbsolute"),
                ],
            ),
            split_path,
            false,
        ),
        entry(
            Signature::new(
                "Set-Location",
                vec![string("Path").at(0).by_value(), switch("PassThru")],
            ),
            set_location,
            false,
        ),
        entry(Signature::new("Get-Location", vec![]), get_location, false),
        entry(
            Signature::new(
                "Push-Location",
                vec![string("Path").at(0).by_value(), switch("PassThru")],
            ),
            push_location,
            false,
        ),
        entry(
            Signature::new("Pop-Location", vec![switch("PassThru")]),
            pop_location,
            false,
        ),
        entry(
            Signature::new(
                "Select-String",
                vec![
                    ParamDecl::new("Pattern", ParamType::Array(Box::new(ParamType::String)))
                        .at(0)
                        .mandatory(),
                    ParamDecl::new("Path", ParamType::Array(Box::new(ParamType::String)))
                        .at(1)
                        .in_sets(&["File"])
                        .mandatory(),
                    input_object().in_sets(&["Object"]).mandatory(),
                    switch("SimpleMatch"),
                    switch("CaseSensitive"),
                    switch("NotMatch"),
                    switch("AllMatches"),
                    switch("List"),
                    switch("Quiet"),
                    ParamDecl::new("Context", ParamType::Array(Box::new(ParamType::Int32)))
                        .range("0", "2147483647"),
                    encoding(),
                ],
            )
            .with_sets(&["File", "Object"], "File"),
            select_string,
            true,
        ),
        entry(
            Signature::new(
                "Tee-Object",
                vec![
                    input_object(),
                    string("FilePath").at(0).in_sets(&["File"]).mandatory(),
                    string("Variable").in_sets(&["Variable"]).mandatory(),
                    switch("Append").in_sets(&["File"]),
                ],
            )
            .with_sets(&["File", "Variable"], "File"),
            tee_object,
            true,
        ),
    ]
}

/// A file error as the command's own: its name before ` : ` and in CategoryInfo, its class
/// after the error id.
pub(super) fn owned_by(call: &Call, record: ErrorRecord) -> ErrorRecord {
    record.from_cmdlet(call.name(), &call.entry.class)
}

/// Writes a file a Lync cmdlet makes (a -Report, an export) into the files folder as that
/// cmdlet's own; nothing is written while a history is replayed or a class graded.
/// What an import cmdlet reads: the bytes of `-ByteInput` as text, or the file `-FileName`
/// names; with the name to show in messages.
pub(super) fn import_input(engine: &Engine, call: &Call) -> Result<(String, String), Flow> {
    if let Some(bytes) = call.bound.get("ByteInput") {
        let raw: Vec<u8> = bytes
            .clone()
            .into_items()
            .iter()
            .filter_map(|b| b.as_i128().and_then(|n| u8::try_from(n).ok()))
            .collect();
        return Ok((
            String::from_utf8_lossy(&raw).into_owned(),
            "-ByteInput".to_string(),
        ));
    }
    let typed = call.bound.text("FileName").unwrap_or_default();
    let text = engine
        .read_text_file(&typed, call.span)
        .map_err(|record| Flow::from(owned_by(call, *record)))?;
    Ok((text, typed))
}

pub(super) fn write_cmdlet_file(
    engine: &Engine,
    call: &Call,
    typed: &str,
    text: &str,
) -> Result<(), Flow> {
    if engine.replaying {
        return Ok(());
    }
    engine
        .write_text_file(typed, text, false, call.span)
        .map_err(|record| Flow::from(owned_by(call, *record)))
}

/// -Report: writes an HTML log of the call to the file the parameter names, the cmdlet's name
/// and then `lines`, one paragraph each. Without -Report it writes nothing.
pub(super) fn write_report(engine: &Engine, call: &Call, lines: &[String]) -> Result<(), Flow> {
    let Some(path) = text(call, "Report") else {
        return Ok(());
    };
    let mut html = format!("<html><body>\n<h1>{}</h1>\n", call.name());
    for line in lines {
        html.push_str(&format!(
            "<p>{}</p>\n",
            line.replace('&', "&amp;").replace('<', "&lt;")
        ));
    }
    html.push_str("</body></html>\n");
    write_cmdlet_file(engine, call, &path, &html)
}

/// -Report: checks that the log could be written, so that a command whose log cannot be
/// written stops before it changes anything.
pub(super) fn check_report(engine: &Engine, call: &Call) -> Result<(), Flow> {
    match text(call, "Report") {
        Some(path) if !engine.replaying => engine
            .check_writable(&path, call.span)
            .map_err(|record| Flow::from(owned_by(call, *record))),
        _ => Ok(()),
    }
}

/// The text of a string parameter.
fn text(call: &Call, name: &str) -> Option<String> {
    call.bound.text(name)
}

/// The paths a `-Path` parameter holds.
fn paths(call: &Call) -> Vec<String> {
    names_of(call.bound.get("Path"))
}

/// The delimiter: `-Delimiter`, or a comma (`-UseCulture` takes the comma of the en-US culture).
fn delimiter(call: &Call) -> char {
    text(call, "Delimiter")
        .and_then(|d| d.chars().next())
        .unwrap_or(',')
}

/// Objects from CSV lines: a header row (or `-Header`), then one object per row. A first
/// line `#TYPE ...` is skipped, as PowerShell does. Malformed text is an error naming its
/// line.
pub fn parse_csv(
    text: &str,
    delimiter: char,
    header: Option<Vec<String>>,
) -> Result<Vec<Value>, String> {
    let rows = csv_rows(text, delimiter)?;
    let mut rows = rows.into_iter().peekable();
    if rows
        .peek()
        .is_some_and(|(_, fields)| fields.first().is_some_and(|f| f.starts_with("#TYPE")))
    {
        rows.next();
    }
    let names = match header {
        Some(names) => names,
        None => match rows.next() {
            Some((_, fields)) => fields,
            None => return Ok(Vec::new()),
        },
    };
    for (i, name) in names.iter().enumerate() {
        if names[..i].iter().any(|n| n.eq_ignore_ascii_case(name)) {
            return Err(format!("The member \"{name}\" is already present."));
        }
    }
    let names: Vec<std::rc::Rc<str>> = names
        .iter()
        .map(|n| std::rc::Rc::from(n.as_str()))
        .collect();
    Ok(rows
        .filter(|(_, fields)| !(fields.len() == 1 && fields[0].is_empty()))
        .map(|(_, fields)| {
            let mut object = PsObject::new(CUSTOM_OBJECT);
            for (at, name) in names.iter().enumerate() {
                let value = match fields.get(at) {
                    Some(field) => Value::str(field),
                    None => Value::Null,
                };
                object.properties.push((name.clone(), value));
            }
            Value::object(object)
        })
        .collect())
}

/// The rows of CSV text, each with the line it starts on: fields split at `delimiter`, quoted
/// fields with `""` for a quote and line breaks inside.
fn csv_rows(text: &str, delimiter: char) -> Result<Vec<(usize, Vec<String>)>, String> {
    let mut rows = Vec::new();
    let mut chars = text.chars().peekable();
    let mut line = 1;
    while chars.peek().is_some() {
        let start_line = line;
        let mut fields = Vec::new();
        let mut field = String::new();
        let mut quoted = false;
        let mut was_quoted = false;
        loop {
            let Some(c) = chars.next() else {
                if quoted {
                    return Err(format!(
                        "The CSV text has a quoted field that starts on line {start_line} and is never closed."
                    ));
                }
                break;
            };
            match c {
                '"' if quoted => {
                    if chars.peek() == Some(&'"') {
                        chars.next();
                        field.push('"');
                    } else {
                        quoted = false;
                    }
                }
                '"' if field.is_empty() && !was_quoted => {
                    quoted = true;
                    was_quoted = true;
                }
                '\n' if !quoted => {
                    line += 1;
                    break;
                }
                '\r' if !quoted && chars.peek() == Some(&'\n') => {}
                c if c == delimiter && !quoted => {
                    fields.push(std::mem::take(&mut field));
                    was_quoted = false;
                }
                c => {
                    if c == '\n' {
                        line += 1;
                    }
                    field.push(c);
                }
            }
        }
        fields.push(field);
        rows.push((start_line, fields));
    }
    Ok(rows)
}

/// The CSV lines for `objects`: the type line (unless `no_type`), the header from the first
/// object's properties, then one quoted line per object.
pub fn to_csv(objects: &[Value], delimiter: char, no_type: bool) -> Vec<String> {
    let Some(first) = objects.first() else {
        return Vec::new();
    };
    let names = property_names(first);
    let quote = |text: &str| format!("\"{}\"", text.replace('"', "\"\""));
    let separator = delimiter.to_string();
    let mut lines = Vec::new();
    if !no_type {
        lines.push(format!("#TYPE {}", first.type_name()));
    }
    lines.push(
        names
            .iter()
            .map(|n| quote(n))
            .collect::<Vec<_>>()
            .join(&separator),
    );
    for object in objects {
        let fields: Vec<String> = names
            .iter()
            .map(|name| match object.property(name) {
                None | Some(Value::Null) => String::new(),
                Some(Value::Array(_)) => quote("System.Object[]"),
                Some(value) => quote(&value.to_display()),
            })
            .collect();
        lines.push(fields.join(&separator));
    }
    lines
}

/// The names of an object's properties, in order; a plain value has none but its own text.
fn property_names(value: &Value) -> Vec<String> {
    match value {
        Value::Object(o) => o
            .borrow()
            .properties
            .iter()
            .map(|(n, _)| n.to_string())
            .collect(),
        Value::Hashtable(_) => [
            "IsReadOnly",
            "IsFixedSize",
            "IsSynchronized",
            "Keys",
            "Values",
            "SyncRoot",
            "Count",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect(),
        Value::Str(_) => vec!["Length".into()],
        _ => Vec::new(),
    }
}

fn csv_error(engine: &Engine, call: &Call, message: String) -> Flow {
    engine
        .cmdlet_error(
            call,
            message,
            "CsvFormatError",
            ErrorCategory::InvalidData,
            "ExtendedTypeSystemException",
        )
        .into()
}

fn header(call: &Call) -> Option<Vec<String>> {
    call.bound.get("Header").map(|v| names_of(Some(v)))
}

fn import_csv(engine: &mut Engine, call: &Call) -> CmdletResult {
    let mut out = Vec::new();
    for typed in paths(call) {
        let text = engine
            .read_text_file(&typed, call.span)
            .map_err(|record| Flow::from(owned_by(call, *record)))?;
        let objects = parse_csv(&text, delimiter(call), header(call))
            .map_err(|m| csv_error(engine, call, format!("{typed}: {m}")))?;
        out.extend(objects);
    }
    Ok(out)
}

fn convert_from_csv(engine: &mut Engine, call: &Call) -> CmdletResult {
    let lines: Vec<String> = received(call, "InputObject")
        .iter()
        .map(Value::to_display)
        .collect();
    parse_csv(&lines.join("\n"), delimiter(call), header(call))
        .map_err(|m| csv_error(engine, call, m))
}

fn export_csv(engine: &mut Engine, call: &Call) -> CmdletResult {
    let Some(typed) = text(call, "Path") else {
        return Err(engine
            .cmdlet_error(
                call,
                "Cannot perform operation because the path resolved to more than one file. This command cannot operate on multiple files.",
                "CannotSpecifyPath",
                ErrorCategory::InvalidArgument,
                "PSArgumentException",
            )
            .into());
    };
    let objects = received(call, "InputObject");
    let append = call.bound.switch("Append");
    let mut lines = to_csv(
        &objects,
        delimiter(call),
        call.bound.switch("NoTypeInformation") || append,
    );
    if append && engine.map_path(&typed).is_ok_and(|p| p.exists()) {
        // The header is already in the file.
        lines.retain(|l| !l.starts_with("#TYPE"));
        if !lines.is_empty() {
            lines.remove(0);
        }
    }
    write_lines(engine, call, &typed, &lines, append)?;
    Ok(vec![])
}

fn convert_to_csv(_: &mut Engine, call: &Call) -> CmdletResult {
    let lines = to_csv(
        &received(call, "InputObject"),
        delimiter(call),
        call.bound.switch("NoTypeInformation"),
    );
    Ok(lines.into_iter().map(Value::str).collect())
}

/// The error for `-NoClobber` when the file is there already.
pub(super) fn no_clobber(engine: &Engine, call: &Call, typed: &str) -> Flow {
    engine
        .cmdlet_error(
            call,
            format!("The file '{typed}' already exists."),
            "NoClobber",
            ErrorCategory::ResourceExists,
            "IOException",
        )
        .with_target(typed, "String")
        .into()
}

/// Writes `lines` (each ended with CR LF) to `typed`, unless a saved history is being replayed.
fn write_lines(
    engine: &mut Engine,
    call: &Call,
    typed: &str,
    lines: &[String],
    append: bool,
) -> Result<(), Flow> {
    if engine.replaying {
        return Ok(());
    }
    if call.bound.switch("NoClobber") && engine.map_path(typed).is_ok_and(|p| p.exists()) {
        return Err(no_clobber(engine, call, typed));
    }
    engine
        .write_text_lines(typed, lines, append, call.span)
        .map_err(|record| Flow::from(owned_by(call, *record)))
}

fn get_content(engine: &mut Engine, call: &Call) -> CmdletResult {
    let mut out = Vec::new();
    let bytes = call
        .bound
        .get("Encoding")
        .is_some_and(|e| e.to_display().eq_ignore_ascii_case("Byte"));
    for typed in paths(call) {
        if bytes {
            // -Encoding Byte: the file's bytes, one value each (-ReadCount 0 or not).
            match engine.read_bytes(&typed, call.span) {
                Ok(read) => out.extend(read.into_iter().map(Value::Byte)),
                Err(record) => engine.write_error(owned_by(call, *record))?,
            }
            continue;
        }
        let text = match engine.read_text_file(&typed, call.span) {
            Ok(text) => text,
            Err(record) => {
                // A missing file is a non-terminating error: the other paths are still read.
                let record = owned_by(call, *record);
                engine.write_error(record)?;
                continue;
            }
        };
        if call.bound.switch("Raw") {
            out.push(Value::str(text));
            continue;
        }
        let mut lines: Vec<Value> = text
            .lines()
            .map(|l| Value::str(l.trim_end_matches('\r')))
            .collect();
        if let Some(n) = call.bound.get("TotalCount").and_then(Value::as_i128) {
            if n >= 0 {
                lines.truncate(n as usize);
            }
        }
        if let Some(n) = call.bound.get("Tail").and_then(Value::as_i128) {
            let keep = (n.max(0) as usize).min(lines.len());
            lines.drain(..lines.len() - keep);
        }
        out.extend(lines);
    }
    Ok(out)
}

fn content(engine: &mut Engine, call: &Call, append: bool) -> CmdletResult {
    let values = received(call, "Value");
    let lines: Vec<String> = values.iter().map(Value::to_display).collect();
    for typed in paths(call) {
        if call.bound.switch("NoNewline") {
            if !engine.replaying {
                engine
                    .write_text_file(&typed, &lines.concat(), append, call.span)
                    .map_err(|record| Flow::from(owned_by(call, *record)))?;
            }
        } else {
            write_lines(engine, call, &typed, &lines, append)?;
        }
    }
    Ok(if call.bound.switch("PassThru") {
        values
    } else {
        vec![]
    })
}

fn set_content(engine: &mut Engine, call: &Call) -> CmdletResult {
    content(engine, call, false)
}

fn add_content(engine: &mut Engine, call: &Call) -> CmdletResult {
    content(engine, call, true)
}

fn out_file(engine: &mut Engine, call: &Call) -> CmdletResult {
    let typed = text(call, "FilePath").unwrap_or_default();
    let width = call
        .bound
        .get("Width")
        .and_then(Value::as_i128)
        .map_or(crate::format::DEFAULT_WIDTH, |w| w as usize);
    let rendered = crate::format::render_default(&received(call, "InputObject"), width);
    let lines: Vec<String> = rendered.lines().map(str::to_string).collect();
    write_lines(engine, call, &typed, &lines, call.bound.switch("Append"))?;
    Ok(vec![])
}

fn test_path(engine: &mut Engine, call: &Call) -> CmdletResult {
    let kind = text(call, "PathType").unwrap_or_else(|| "Any".into());
    Ok(paths(call)
        .iter()
        .map(|typed| {
            let found = match engine.map_path(typed) {
                Ok(path) if call.bound.switch("IsValid") => !path.as_os_str().is_empty(),
                Ok(path) => match kind.to_ascii_lowercase().as_str() {
                    "leaf" => path.is_file(),
                    "container" => path.is_dir(),
                    _ => path.exists(),
                },
                Err(_) => false,
            };
            Value::Bool(found)
        })
        .collect())
}

/// Windows separators, as the scripts that use these commands expect.
fn join_path(_: &mut Engine, call: &Call) -> CmdletResult {
    let child = text(call, "ChildPath").unwrap_or_default();
    let child = child.trim_start_matches(['\\', '/']);
    Ok(paths(call)
        .iter()
        .map(|parent| {
            let parent = parent.trim_end_matches(['\\', '/']);
            Value::str(format!("{parent}\\{child}"))
        })
        .collect())
}

fn split_path(_: &mut Engine, call: &Call) -> CmdletResult {
    Ok(paths(call)
        .iter()
        .map(|typed| {
            let trimmed = typed.trim_end_matches(['\\', '/']);
            let cut = trimmed.rfind(['\\', '/']);
            let qualifier = typed
                .find(':')
                .filter(|&at| at > 0 && !typed[..at].contains(['\\', '/']))
                .map(|at| &typed[..=at]);
            if call.bound.switch("IsAbsolute") {
                return Value::Bool(qualifier.is_some() || typed.starts_with(['\\', '/']));
            }
            if call.bound.switch("Qualifier") {
                return Value::str(qualifier.unwrap_or(""));
            }
            if call.bound.switch("NoQualifier") {
                return Value::str(qualifier.map_or(typed.as_str(), |q| &typed[q.len()..]));
            }
            if call.bound.switch("Leaf") {
                return Value::str(cut.map_or(trimmed, |at| &trimmed[at + 1..]));
            }
            match cut {
                // `C:\Scripts` → `C:\`, as PowerShell keeps the root's separator.
                Some(at) if trimmed[..at].ends_with(':') => Value::str(&trimmed[..=at]),
                Some(at) => Value::str(&trimmed[..at]),
                None => Value::str(""),
            }
        })
        .collect())
}

fn tee_object(engine: &mut Engine, call: &Call) -> CmdletResult {
    let objects = received(call, "InputObject");
    if let Some(name) = text(call, "Variable") {
        engine.put_variable(&name, Value::array(objects.clone()));
    } else if let Some(typed) = text(call, "FilePath") {
        let rendered = crate::format::render_default(&objects, crate::format::DEFAULT_WIDTH);
        let lines: Vec<String> = rendered.lines().map(str::to_string).collect();
        write_lines(engine, call, &typed, &lines, call.bound.switch("Append"))?;
    }
    Ok(objects)
}

/// Select-String's terminating error for a pattern it cannot use: .NET's parse message for an
/// invalid one (`The string ( is not a valid regular expression: parsing "(" - Not enough
/// )'s.`), lyncsh's own for a construct it lacks.
fn invalid_regex(
    engine: &Engine,
    call: &Call,
    pattern: &str,
    error: &crate::engine::regex_ops::PatternError,
) -> Flow {
    let (message, id, category) = match error {
        crate::engine::regex_ops::PatternError::Invalid(_) => (
            format!(
                "The string {pattern} is not a valid regular expression: {}",
                error.dotnet_message(pattern)
            ),
            "InvalidRegex",
            ErrorCategory::InvalidArgument,
        ),
        crate::engine::regex_ops::PatternError::Unsupported(_) => (
            error.message(pattern),
            "NotSupportedByLyncsh",
            ErrorCategory::NotImplemented,
        ),
    };
    Flow::Error(Box::new(engine.cmdlet_error(
        call,
        message,
        id,
        category,
        "ArgumentException",
    )))
}

fn to_i32(n: usize) -> i32 {
    i32::try_from(n).unwrap_or(i32::MAX)
}

/// Select-String: the lines of the files (or the input strings) that match a pattern, as
/// MatchInfo objects; `-Quiet` says only whether any did.
fn select_string(engine: &mut Engine, call: &Call) -> CmdletResult {
    let patterns: Vec<String> = names_of(call.bound.get("Pattern"));
    let cs = call.bound.switch("CaseSensitive");
    let mut regexes = Vec::new();
    for pattern in &patterns {
        let text = if call.bound.switch("SimpleMatch") {
            regex::escape(pattern)
        } else {
            pattern.clone()
        };
        let regex = crate::engine::regex_ops::compile(&text, cs)
            .map_err(|error| invalid_regex(engine, call, pattern, &error))?;
        regexes.push((pattern.clone(), regex));
    }
    let (before, after) = context_sizes(call);
    // Each source to search: the file as typed (None for the input stream) and its lines.
    let mut sources: Vec<(Option<String>, Vec<String>)> = Vec::new();
    if !call.inputs.is_empty() {
        sources.push((None, call.inputs.iter().map(Value::to_display).collect()));
    } else if let Some(item) = call.bound.get("InputObject") {
        sources.push((None, vec![item.to_display()]));
    } else {
        for typed in paths(call) {
            match engine.read_text_file(&typed, call.span) {
                Ok(text) => sources.push((
                    Some(typed),
                    text.lines()
                        .map(|l| l.trim_end_matches('\r').to_string())
                        .collect(),
                )),
                Err(record) => engine.write_error(owned_by(call, *record))?,
            }
        }
    }
    let not_match = call.bound.switch("NotMatch");
    let mut out = Vec::new();
    for (file, lines) in &sources {
        // Each matching line, with the pattern it matched (none with -NotMatch).
        let mut hits: Vec<(usize, Option<usize>)> = Vec::new();
        for (at, line) in lines.iter().enumerate() {
            let mut hit = None;
            for (k, (_, regex)) in regexes.iter().enumerate() {
                let matched = crate::engine::regex_ops::is_match(regex, line)
                    .map_err(|m| engine.regex_failure(m, regex, call.span))?;
                if matched {
                    hit = Some(k);
                    break;
                }
            }
            if hit.is_some() != not_match {
                hits.push((at, hit));
                if call.bound.switch("List") || call.bound.switch("Quiet") {
                    break;
                }
            }
        }
        if call.bound.switch("Quiet") && !hits.is_empty() {
            return Ok(vec![Value::Bool(true)]);
        }
        let shown = file.clone().unwrap_or_else(|| "InputStream".into());
        let name = shown
            .rsplit(['\\', '/'])
            .next()
            .unwrap_or(&shown)
            .to_string();
        // Context lines already shown with one match are not shown again with the next.
        let mut shown_up_to = 0;
        for (k, &(at, hit)) in hits.iter().enumerate() {
            let line = &lines[at];
            let (pattern, matches) = match hit.map(|p| &regexes[p]) {
                Some((pattern, regex)) if !not_match => {
                    let limit = if call.bound.switch("AllMatches") {
                        usize::MAX
                    } else {
                        1
                    };
                    let found: Vec<Value> = crate::engine::regex_ops::find(regex, line, limit)
                        .map_err(|m| engine.regex_failure(m, regex, call.span))?
                        .into_iter()
                        .map(|m| {
                            Value::object(
                                PsObject::new("System.Text.RegularExpressions.Match")
                                    .with("Value", Value::str(m.value))
                                    .with("Index", Value::Int32(to_i32(m.index)))
                                    .with("Length", Value::Int32(to_i32(m.length))),
                            )
                        })
                        .collect();
                    (pattern.clone(), found)
                }
                _ => (patterns.first().cloned().unwrap_or_default(), Vec::new()),
            };
            let mut object = PsObject::new(MATCH_INFO)
                .with("IgnoreCase", Value::Bool(!cs))
                .with("LineNumber", Value::Int32(at as i32 + 1))
                .with("Line", Value::str(line))
                .with("Filename", Value::str(&name))
                .with("Path", Value::str(&shown))
                .with("Pattern", Value::str(pattern))
                .with("Matches", Value::array(matches));
            if before + after > 0 {
                let next_hit = hits.get(k + 1).map_or(lines.len(), |(n, _)| *n);
                let pre = at.saturating_sub(before)..at;
                let post = at + 1..(at + 1 + after).min(lines.len());
                let display_pre = pre.start.max(shown_up_to)..at;
                let display_post = post.start..post.end.min(next_hit);
                shown_up_to = display_post.end;
                let strings = |range: std::ops::Range<usize>| {
                    Value::array(lines[range].iter().map(Value::str).collect())
                };
                object = object.with(
                    "Context",
                    Value::object(
                        PsObject::new(MATCH_CONTEXT)
                            .with("PreContext", strings(pre))
                            .with("PostContext", strings(post))
                            .with("DisplayPreContext", strings(display_pre))
                            .with("DisplayPostContext", strings(display_post)),
                    ),
                );
            }
            out.push(Value::object(object));
        }
    }
    if call.bound.switch("Quiet") {
        // Piped input that matches nothing gives nothing, as in PowerShell 3.
        return Ok(if call.inputs.is_empty() {
            vec![Value::Bool(false)]
        } else {
            vec![]
        });
    }
    Ok(out)
}

/// -Context N (N lines before and after) or -Context B, A.
fn context_sizes(call: &Call) -> (usize, usize) {
    let sizes: Vec<usize> = call
        .bound
        .get("Context")
        .map(|v| {
            v.clone()
                .into_items()
                .iter()
                .map(|n| n.as_f64().max(0.0) as usize)
                .collect()
        })
        .unwrap_or_default();
    match sizes.as_slice() {
        [] => (0, 0),
        [both] => (*both, *both),
        [before, after, ..] => (*before, *after),
    }
}

/// The current location as the scripts see it: the files folder is `C:\`.
fn location_text(engine: &Engine) -> String {
    let root = engine.files_root();
    let here = if engine.location.as_os_str().is_empty() {
        root.clone()
    } else {
        root.join(&engine.location)
    };
    let relative = here
        .strip_prefix(&root)
        .map(|p| p.to_path_buf())
        .unwrap_or_default();
    let parts: Vec<String> = relative
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    format!("C:\\{}", parts.join("\\"))
}

fn path_info(engine: &Engine) -> Value {
    Value::object(
        PsObject::new("System.Management.Automation.PathInfo")
            .with("Path", Value::str(location_text(engine))),
    )
}

/// Moves the current location to `typed`, a folder inside the files folder.
fn move_to(engine: &mut Engine, call: &Call, typed: &str) -> Result<(), Flow> {
    let path = engine
        .map_path(typed)
        .map_err(|e| Flow::from(owned_by(call, engine.path_error(e, typed, call.span))))?;
    if !path.is_dir() {
        return Err(super::items::not_found(engine, call, typed).into());
    }
    engine.location = path;
    Ok(())
}

fn set_location(engine: &mut Engine, call: &Call) -> CmdletResult {
    let typed = text(call, "Path").unwrap_or_else(|| "\\".into());
    move_to(engine, call, &typed)?;
    Ok(if call.bound.switch("PassThru") {
        vec![path_info(engine)]
    } else {
        vec![]
    })
}

fn get_location(engine: &mut Engine, _: &Call) -> CmdletResult {
    Ok(vec![path_info(engine)])
}

fn push_location(engine: &mut Engine, call: &Call) -> CmdletResult {
    let here = engine.location.clone();
    if let Some(typed) = text(call, "Path") {
        move_to(engine, call, &typed)?;
    }
    engine.location_stack.push(here);
    Ok(if call.bound.switch("PassThru") {
        vec![path_info(engine)]
    } else {
        vec![]
    })
}

fn pop_location(engine: &mut Engine, call: &Call) -> CmdletResult {
    if let Some(previous) = engine.location_stack.pop() {
        engine.location = previous;
    }
    Ok(if call.bound.switch("PassThru") {
        vec![path_info(engine)]
    } else {
        vec![]
    })
}

/// The .NET type of Select-String's results, which print as their line (with the file and
/// line number when they come from a file).
pub const MATCH_INFO: &str = "Microsoft.PowerShell.Commands.MatchInfo";
/// The .NET type of a MatchInfo's Context (with -Context).
const MATCH_CONTEXT: &str = "Microsoft.PowerShell.Commands.MatchInfoContext";

#[cfg(test)]
mod tests {
    use super::*;

    fn names_and_values(objects: &[Value]) -> Vec<Vec<(String, String)>> {
        objects
            .iter()
            .map(|o| match o {
                Value::Object(o) => o
                    .borrow()
                    .properties
                    .iter()
                    .map(|(n, v)| (n.to_string(), v.to_display()))
                    .collect(),
                _ => Vec::new(),
            })
            .collect()
    }

    #[test]
    fn csv_reads_quotes_delimiters_and_line_breaks_in_fields() {
        let text = "#TYPE System.Management.Automation.PSCustomObject\r\nName,\"Sip Address\"\r\n\"Myer, Ken\",\"sip:ken@x\"\r\n\"Say \"\"hi\"\"\",\"two\nlines\"\r\n";
        let objects = parse_csv(text, ',', None).expect("reads");
        assert_eq!(
            names_and_values(&objects),
            vec![
                vec![
                    ("Name".into(), "Myer, Ken".into()),
                    ("Sip Address".into(), "sip:ken@x".into())
                ],
                vec![
                    ("Name".into(), "Say \"hi\"".into()),
                    ("Sip Address".into(), "two\nlines".into())
                ],
            ]
        );
    }

    #[test]
    fn a_short_row_leaves_null_and_a_bad_quote_names_its_line() {
        let objects = parse_csv("a;b\n1\n", ';', None).expect("reads");
        assert_eq!(names_and_values(&objects)[0][1], ("b".into(), "".into()));
        let e = parse_csv("a,b\n1,2\n\"3,4\n", ',', None).expect_err("an open quote");
        assert!(e.contains("line 3"), "{e}");
        let e = parse_csv("a,A\n1,2\n", ',', None).expect_err("a repeated name");
        assert_eq!(e, "The member \"A\" is already present.");
    }

    #[test]
    fn export_writes_the_type_the_header_and_quoted_fields() {
        let object = Value::object(
            PsObject::new(CUSTOM_OBJECT)
                .with("Identity", Value::str("Site:Redmond"))
                .with("Note", Value::str("say \"x\""))
                .with("Empty", Value::Null),
        );
        assert_eq!(
            to_csv(std::slice::from_ref(&object), ',', false),
            [
                "#TYPE System.Management.Automation.PSCustomObject",
                "\"Identity\",\"Note\",\"Empty\"",
                "\"Site:Redmond\",\"say \"\"x\"\"\",",
            ]
        );
        let lines = to_csv(&[object], ',', true);
        let back = parse_csv(&lines.join("\n"), ',', None).expect("reads its own output");
        assert_eq!(
            names_and_values(&back)[0][1],
            ("Note".into(), "say \"x\"".into())
        );
    }
}
