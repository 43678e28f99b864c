//! Rendering values as the PowerShell 3/4 console shows them: list and table layouts, cell
//! values, error records, and colour. Nothing here changes state.

pub mod cell;
pub mod error;
pub mod list;
pub mod table;
pub mod theme;
pub mod view;

use crate::value::Value;

/// The width output is laid out for when it does not go to a terminal.
pub const DEFAULT_WIDTH: usize = 120;

/// Lync's configuration records print as lists whatever their size, as the Lync Server 2013
/// articles show them (CsArchivingPolicy's four properties, for one).
fn has_list_view(type_name: &str) -> bool {
    crate::families::all()
        .iter()
        .any(|f| f.type_name == type_name)
}

/// How objects print by default: the type's registered view if it has one (see [`view`]),
/// else a table for up to four properties, a list for five or more; scalars print one per line. Consecutive objects of one type form one table or list.
pub fn render_default(values: &[Value], width: usize) -> String {
    let mut out = String::new();
    let mut i = 0;
    while i < values.len() {
        let members = view::member_run(&values[i..]);
        if members > 0 {
            out.push_str(&view::render_members(&values[i..i + members], width));
            i += members;
            continue;
        }
        if let Some((table_view, n)) = view::leading_run(&values[i..]) {
            out.push_str(&view::render(table_view, &values[i..i + n], width));
            i += n;
            continue;
        }
        match &values[i] {
            Value::Object(first) => {
                let type_name = first.borrow().type_name.clone();
                let mut j = i + 1;
                while j < values.len()
                    && matches!(&values[j], Value::Object(o) if o.borrow().type_name == type_name)
                {
                    j += 1;
                }
                let group = &values[i..j];
                let names: Vec<String> = first
                    .borrow()
                    .properties
                    .iter()
                    .map(|(n, _)| n.clone())
                    .collect();
                if names.len() <= 4 && !has_list_view(&type_name) {
                    out.push_str(&table::render(
                        group,
                        &names,
                        table::Options::default(),
                        width,
                    ));
                } else {
                    out.push_str(&list::render(group, None, width));
                }
                i = j;
            }
            Value::Hashtable(_) => {
                let mut j = i + 1;
                while j < values.len() && matches!(values[j], Value::Hashtable(_)) {
                    j += 1;
                }
                out.push_str(&table::render_hashtables(&values[i..j], width));
                i = j;
            }
            Value::Error(record) => {
                out.push_str(&error::render(record));
                i += 1;
            }
            Value::TimeSpan(_) => {
                out.push_str(&list::render_adapted(&values[i], width));
                i += 1;
            }
            Value::Formatted(text) => {
                out.push_str(text);
                i += 1;
            }
            Value::Null => i += 1,
            Value::DateTime(d) => {
                out.push_str(&d.long());
                out.push('\n');
                i += 1;
            }
            scalar => {
                out.push_str(&scalar.to_display());
                out.push('\n');
                i += 1;
            }
        }
    }
    out
}
