//! Table views that PowerShell 3/4 registers for some types, with their declared column
//! widths: Get-Command's objects (CommandType 15, Name 50, ModuleName the rest of the line; an
//! alias shows as `gcm -> Get-Command`) and Get-Help's topic list (Name 33, Category 9,
//! Module 25, Synopsis the rest) and Group-Object's groups (Count 5 right-aligned, Name 25, Group
//! the rest), Get-Module's modules (ModuleType 10, Name 35, ExportedCommands the rest), and, for lyncsh's labs, Get-LabObjective's objectives (Number 6 right-aligned, Done
//! 5, Objective the rest). Objects of one view print as one table.

use super::cell::cell;
use super::table::{self, Align};
use crate::value::Value;

/// The .NET types Get-Command returns, one per command type.
pub const CMDLET_INFO: &str = "System.Management.Automation.CmdletInfo";
pub const FUNCTION_INFO: &str = "System.Management.Automation.FunctionInfo";
pub const ALIAS_INFO: &str = "System.Management.Automation.AliasInfo";
/// The type of the rows Get-Help lists for a wildcard name.
pub const HELP_INFO_SHORT: &str = "HelpInfoShort";

/// A table view: the types it is for, its columns (property, declared width) and the
/// columns that are right-aligned.
pub struct View {
    types: &'static [&'static str],
    columns: &'static [(&'static str, Option<usize>)],
    right: &'static [&'static str],
}

/// Get-Member's output type; the console groups its objects by `TypeName` (see
/// [`render_members`]).
pub const MEMBER_DEFINITION: &str = "Microsoft.PowerShell.Commands.MemberDefinition";

/// Get-History's output type.
pub const HISTORY_INFO: &str = "Microsoft.PowerShell.Commands.HistoryInfo";

/// Get-Variable's output type.
pub const PS_VARIABLE: &str = "System.Management.Automation.PSVariable";

/// Get-Module's output type.
pub const MODULE_INFO: &str = "System.Management.Automation.PSModuleInfo";

/// Get-LabObjective's output type (an emulator extension).
pub const LAB_OBJECTIVE: &str = "Lyncsh.Lab.Objective";

/// Group-Object's output types.
pub const GROUP_INFO: &str = "Microsoft.PowerShell.Commands.GroupInfo";
pub const GROUP_INFO_NO_ELEMENT: &str = "Microsoft.PowerShell.Commands.GroupInfoNoElement";

const VIEWS: &[View] = &[
    View {
        types: &[CMDLET_INFO, FUNCTION_INFO, ALIAS_INFO],
        columns: &[
            ("CommandType", Some(15)),
            ("Name", Some(50)),
            ("ModuleName", None),
        ],
        right: &[],
    },
    View {
        types: &[HELP_INFO_SHORT],
        columns: &[
            ("Name", Some(33)),
            ("Category", Some(9)),
            ("Module", Some(25)),
            ("Synopsis", None),
        ],
        right: &[],
    },
    View {
        types: &[HISTORY_INFO],
        columns: &[("Id", Some(4)), ("CommandLine", None)],
        right: &["Id"],
    },
    View {
        types: &[PS_VARIABLE],
        columns: &[("Name", Some(30)), ("Value", None)],
        right: &[],
    },
    View {
        types: &[GROUP_INFO],
        columns: &[("Count", Some(5)), ("Name", Some(25)), ("Group", None)],
        right: &["Count"],
    },
    View {
        types: &[MODULE_INFO],
        columns: &[
            ("ModuleType", Some(10)),
            ("Name", Some(35)),
            ("ExportedCommands", None),
        ],
        right: &[],
    },
    View {
        types: &[LAB_OBJECTIVE],
        columns: &[("Number", Some(6)), ("Done", Some(5)), ("Objective", None)],
        right: &["Number"],
    },
    View {
        types: &[GROUP_INFO_NO_ELEMENT],
        columns: &[("Count", Some(5)), ("Name", None)],
        right: &["Count"],
    },
];

/// The view registered for `value`'s type, if any.
fn view_of(value: &Value) -> Option<&'static View> {
    let Value::Object(o) = value else {
        return None;
    };
    let object = o.borrow();
    VIEWS.iter().find(|v| v.types.contains(&&*object.type_name))
}

/// The view of the first of `values` and how many values in a row use it.
pub fn leading_run(values: &[Value]) -> Option<(&'static View, usize)> {
    let view = view_of(values.first()?)?;
    let same = |v: &&Value| view_of(v).is_some_and(|w| std::ptr::eq(w, view));
    Some((view, values.iter().take_while(same).count()))
}

/// What a column shows for `value`: the property, except an alias's Name (`alias -> target`).
fn column_text(value: &Value, column: &str) -> String {
    let text = |name: &str| value.property(name).map(|v| cell(&v)).unwrap_or_default();
    let is_alias = matches!(value, Value::Object(o) if o.borrow().type_name == ALIAS_INFO);
    if is_alias && column == "Name" {
        format!("{} -> {}", text("Name"), text("Definition"))
    } else {
        text(column)
    }
}

/// `objects` (all of this view) as the view's table.
pub fn render(view: &View, objects: &[Value], width: usize) -> String {
    let labels: Vec<String> = view.columns.iter().map(|(l, _)| l.to_string()).collect();
    let declared: Vec<Option<usize>> = view.columns.iter().map(|(_, w)| *w).collect();
    let rows: Vec<Vec<String>> = objects
        .iter()
        .map(|o| {
            view.columns
                .iter()
                .map(|(c, _)| column_text(o, c))
                .collect()
        })
        .collect();
    let aligns: Vec<Align> = view
        .columns
        .iter()
        .map(|(c, _)| {
            if view.right.contains(c) {
                Align::Right
            } else {
                Align::Left
            }
        })
        .collect();
    table::render_view(&labels, &declared, &aligns, &rows, width)
}

/// How many of `values` from the start are Get-Member's output.
pub fn member_run(values: &[Value]) -> usize {
    values
        .iter()
        .take_while(|v| matches!(v, Value::Object(o) if o.borrow().type_name == MEMBER_DEFINITION))
        .count()
}

/// Get-Member's output: for each type, `   TypeName: <type>`, then its members as a table sized
/// to its contents.
pub fn render_members(members: &[Value], width: usize) -> String {
    let names = ["Name", "MemberType", "Definition"].map(String::from);
    let options = table::Options {
        autosize: true,
        wrap: false,
    };
    let mut out = String::new();
    let mut start = 0;
    while start < members.len() {
        let type_name = members[start].property("TypeName").unwrap_or_default();
        let len = members[start..]
            .iter()
            .take_while(|m| m.property("TypeName").as_ref() == Some(&type_name))
            .count();
        out.push_str(&format!("\n\n   TypeName: {}\n", type_name.to_display()));
        out.push_str(&table::render(
            &members[start..start + len],
            &names,
            options,
            width,
        ));
        start += len;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::value::PsObject;

    fn command(
        type_name: &'static str,
        kind: &str,
        name: &str,
        module: &str,
        definition: &str,
    ) -> Value {
        Value::object(
            PsObject::new(type_name)
                .with("CommandType", Value::str(kind))
                .with("Name", Value::str(name))
                .with("ModuleName", Value::str(module))
                .with("Definition", Value::str(definition)),
        )
    }

    fn render_all(values: &[Value], width: usize) -> String {
        let (view, n) = leading_run(values).expect("a view");
        assert_eq!(n, values.len());
        render(view, values, width)
    }

    #[test]
    fn get_command_columns_are_15_50_and_the_rest() {
        let rows = [
            command(CMDLET_INFO, "Cmdlet", "Get-CsUser", "Lync", ""),
            command(ALIAS_INFO, "Alias", "gcm", "", "Get-Command"),
        ];
        let text = render_all(&rows, 120);
        let lines: Vec<&str> = text.split('\n').collect();
        assert_eq!(lines[0], "");
        let row = |a: &str, b: &str, c: &str| format!("{a:<15} {b:<50} {c:<52}");
        assert_eq!(lines[1], row("CommandType", "Name", "ModuleName"));
        assert_eq!(lines[2], row("-----------", "----", "----------"));
        assert_eq!(lines[3], row("Cmdlet", "Get-CsUser", "Lync"));
        assert_eq!(lines[4], row("Alias", "gcm -> Get-Command", ""));
        assert!(text.ends_with("\n\n\n"));
    }

    #[test]
    fn narrow_console_hides_what_does_not_fit() {
        let rows = [command(CMDLET_INFO, "Cmdlet", "Get-CsUser", "Lync", "")];
        let text = render_all(&rows, 40);
        let header = text.split('\n').nth(1).unwrap_or_default();
        assert_eq!(header, format!("{:<15} {:<23}", "CommandType", "Name"));
    }

    #[test]
    fn help_topic_list_columns() {
        let row = Value::object(
            PsObject::new(HELP_INFO_SHORT)
                .with("Name", Value::str("Get-CsConferencingConfiguration"))
                .with("Category", Value::str("Cmdlet"))
                .with("Module", Value::str("Lync"))
                .with("Synopsis", Value::str("Returns settings.")),
        );
        let text = render_all(&[row], 120);
        let line = text.split('\n').nth(3).unwrap_or_default();
        assert_eq!(
            line,
            format!(
                "{:<33} {:<9} {:<25} {:<49}",
                "Get-CsConferencingConfiguration", "Cmdlet", "Lync", "Returns settings."
            )
        );
    }

    #[test]
    fn only_registered_types_have_a_view() {
        assert!(view_of(&command(FUNCTION_INFO, "Function", "help", "", "")).is_some());
        assert!(view_of(&command("Other", "Cmdlet", "x", "", "")).is_none());
        assert!(view_of(&Value::str("Get-CsUser")).is_none());
    }
}
