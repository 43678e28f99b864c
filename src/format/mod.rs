//! Rendering values as the PowerShell 3/4 console shows them: list and table layouts, cell
//! values, error records, and colour. Nothing here changes state.

pub mod cell;
pub mod error;
pub mod list;
pub mod table;
pub mod theme;
pub mod transaction_log;
pub mod view;

use crate::value::Value;

/// The width output is laid out for when it does not go to a terminal.
pub const DEFAULT_WIDTH: usize = 120;

/// Lync's configuration records print as lists whatever their size, as the Lync Server 2013
/// articles show them (CsArchivingPolicy's four properties, for one).
/// The properties a type shows by default when it has a default display set (PowerShell's
/// DefaultDisplayPropertySet): the rest show with `Format-List *` or Select-Object.
pub fn default_display(type_name: &str) -> Option<Vec<String>> {
    crate::cmdlets::contacts::default_display(type_name)
}

fn has_list_view(type_name: &str) -> bool {
    crate::families::all()
        .iter()
        .any(|f| f.type_name == type_name)
}

/// The lines one Select-String result prints: `path:number:line` (the line alone for strings
/// that came down the pipeline), and with -Context the lines around it, marked `  `, and the
/// matching line, marked `> `.
fn match_info_lines(info: &crate::value::PsObject, text: &mut String) {
    let field = |name: &str| info.get(name).map(Value::to_display).unwrap_or_default();
    let path = field("Path");
    let number: usize = field("LineNumber").parse().unwrap_or(1);
    let mut push = |mark: &str, number: usize, line: &str| {
        text.push_str(mark);
        if path != "InputStream" {
            text.push_str(&format!("{path}:{number}:"));
        }
        text.push_str(line);
        text.push('\n');
    };
    let Some(context) = info.get("Context") else {
        push("", number, &field("Line"));
        return;
    };
    let lines = |name: &str| {
        context
            .property(name)
            .map(|v| v.into_items())
            .unwrap_or_default()
    };
    let before = lines("DisplayPreContext");
    for (k, line) in before.iter().enumerate() {
        push(
            "  ",
            (number + k).saturating_sub(before.len()),
            &line.to_display(),
        );
    }
    push("> ", number, &field("Line"));
    for (k, line) in lines("DisplayPostContext").iter().enumerate() {
        push("  ", number + 1 + k, &line.to_display());
    }
}

/// How objects print by default: the type's registered view if it has one (see [`view`]),
/// else a table for up to four properties, a list for five or more; scalars print one per
/// line. Consecutive objects of one type form one table or list.
pub fn render_default(values: &[Value], width: usize) -> String {
    let mut out = String::new();
    render_default_to(values, width, &mut |text| out.push_str(text));
    out
}

/// Whether `b` continues the table or list `a` started: the same type, or Select-Object output
/// with the same properties (selections from different service roles, say).
fn same_shape(a: &crate::value::PsObject, b: &crate::value::PsObject) -> bool {
    a.type_name == b.type_name
        || (a.type_name.starts_with("Selected.")
            && b.type_name.starts_with("Selected.")
            && a.properties.len() == b.properties.len()
            && a.properties
                .iter()
                .zip(&b.properties)
                .all(|(x, y)| x.0 == y.0))
}

/// [`render_default`], handing the text to `out` piece by piece (one object at a time in a
/// list), so that a long listing is written as it is laid out rather than held whole.
pub fn render_default_to(values: &[Value], width: usize, out: &mut dyn FnMut(&str)) {
    let mut i = 0;
    while i < values.len() {
        let members = view::member_run(&values[i..]);
        if members > 0 {
            out(&view::render_members(&values[i..i + members], width));
            i += members;
            continue;
        }
        if let Some((table_view, n)) = view::leading_run(&values[i..]) {
            out(&view::render(table_view, &values[i..i + n], width));
            i += n;
            continue;
        }
        match &values[i] {
            // Select-String's results print as their lines, as PowerShell 3 shows them: a
            // blank line, the lines, two blank lines.
            Value::Object(first)
                if first.borrow().type_name == crate::cmdlets::files::MATCH_INFO =>
            {
                let mut j = i;
                let mut text = String::from("\n");
                while let Some(Value::Object(o)) = values.get(j) {
                    let o = o.borrow();
                    if o.type_name != crate::cmdlets::files::MATCH_INFO {
                        break;
                    }
                    match_info_lines(&o, &mut text);
                    j += 1;
                }
                text.push_str("\n\n");
                out(&text);
                i = j;
            }
            Value::Object(first) => {
                let type_name = first.borrow().type_name.clone();
                let mut j = i + 1;
                while j < values.len()
                    && matches!(&values[j], Value::Object(o) if same_shape(&first.borrow(), &o.borrow()))
                {
                    j += 1;
                }
                let group = &values[i..j];
                // PowerShell's rule: a table when the properties shown (the default display
                // set, else all of them) are four or fewer.
                let shown = default_display(&type_name);
                let names: Vec<String> = shown.clone().unwrap_or_else(|| {
                    first
                        .borrow()
                        .properties
                        .iter()
                        .map(|(n, _)| n.to_string())
                        .collect()
                });
                if names.len() <= 4 && !has_list_view(&type_name) {
                    out(&table::render(
                        group,
                        &names,
                        table::Options::default(),
                        width,
                    ));
                } else {
                    list::render_to(group, shown.as_deref(), width, out);
                }
                i = j;
            }
            Value::Hashtable(_) => {
                let mut j = i + 1;
                while j < values.len() && matches!(values[j], Value::Hashtable(_)) {
                    j += 1;
                }
                out(&table::render_hashtables(&values[i..j], width));
                i = j;
            }
            Value::Error(record) => {
                out(&error::render(record));
                i += 1;
            }
            Value::TimeSpan(_) => {
                out(&list::render_adapted(&values[i], width));
                i += 1;
            }
            Value::Formatted(text) => {
                out(text);
                i += 1;
            }
            Value::Null => i += 1,
            Value::DateTime(d) => {
                out(&d.long());
                out("\n");
                i += 1;
            }
            scalar => {
                out(&scalar.to_display());
                out("\n");
                i += 1;
            }
        }
    }
}
