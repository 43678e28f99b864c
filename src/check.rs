//! `lyncsh check`: static checks of scripts without running them. Each script is parsed, every
//! command is resolved, and literal arguments are bound against the command's signature.
//! Arguments that are not literals (variables, expressions) bind without being judged.

use crate::ast::*;
use crate::cmdlets::{Module, Registry};
use crate::command::{CmdletEntry, Commands};
use crate::engine::bind::{bind_arguments, Arg, ArgValue, BindErrorKind, BindMode, Extent};
use crate::engine::command_not_found_message;
use crate::engine::function::{constant, entry_of};
use crate::parse;
use crate::span::{SourceText, Span};
use std::collections::HashMap;
use std::path::PathBuf;
use std::rc::Rc;

/// One finding: `FILE:LINE:COL: error[KIND]: MESSAGE`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    pub line: u32,
    pub col: u32,
    pub kind: &'static str,
    pub message: String,
    pub warning: bool,
}

impl Finding {
    pub fn render(&self, file: &str) -> String {
        let severity = if self.warning { "warning" } else { "error" };
        format!(
            "{file}:{}:{}: {severity}[{}]: {}",
            self.line, self.col, self.kind, self.message
        )
    }
}

/// Checks every file; returns 0 (no errors), 1 (errors found) or 2 (a file could not be read).
pub fn run_files(files: &[PathBuf], parse_only: bool) -> i32 {
    let registry = Registry::new();
    let mut status = 0;
    for file in files {
        let shown = file.display().to_string();
        let text = match std::fs::read(file) {
            Err(e) => {
                eprintln!("lyncsh: cannot read {shown}: {e}");
                status = 2;
                continue;
            }
            Ok(bytes) => crate::engine::files::decode(&bytes),
        };
        let findings = check_text(&registry, &text, parse_only);
        for finding in &findings {
            println!("{}", finding.render(&shown));
        }
        if findings.iter().any(|f| !f.warning) {
            status = status.max(1);
        }
    }
    status
}

/// The findings for one script's text.
pub fn check_text(registry: &dyn Commands, text: &str, parse_only: bool) -> Vec<Finding> {
    let script = match parse::parse(text) {
        Ok(script) => script,
        Err(_) => return parse_errors(text),
    };
    if parse_only {
        return Vec::new();
    }
    let mut functions = FunctionCollector::default();
    functions.walk_script(&script);
    let mut checker = Checker {
        registry,
        functions: functions.found,
        source: SourceText::new(text),
        findings: Vec::new(),
    };
    checker.walk_script(&script);
    checker.findings
}

/// Every syntax error of a script that does not parse. After an error the parser starts
/// again at the next line that begins a top-level statement (a line starting in its first
/// column with something other than `}`), as PowerShell's parser recovers at statement
/// boundaries; an unfinished construct (a brace never closed) ends the search.
fn parse_errors(text: &str) -> Vec<Finding> {
    let mut findings = Vec::new();
    let mut start = 0usize;
    let mut first_line = 0u32;
    while start < text.len() {
        let Err(e) = parse::parse(&text[start..]) else {
            break;
        };
        let line = first_line + e.line;
        findings.push(Finding {
            line,
            col: e.col,
            kind: "parse",
            message: e.message,
            warning: false,
        });
        if e.incomplete || findings.len() >= MAX_PARSE_ERRORS {
            break;
        }
        // The next line, after the error's, that starts a statement at the top level.
        let mut offset = start;
        let mut number = first_line;
        let mut resume = None;
        for piece in text[start..].split_inclusive('\n') {
            number += 1;
            let begins_statement = piece
                .chars()
                .next()
                .is_some_and(|c| !c.is_whitespace() && c != '}' && c != '#');
            if number > line && begins_statement {
                resume = Some((offset, number - 1));
                break;
            }
            offset += piece.len();
        }
        match resume {
            Some((at, before)) => {
                start = at;
                first_line = before;
            }
            None => break,
        }
    }
    findings
}

/// At most this many syntax errors are reported for one file.
const MAX_PARSE_ERRORS: usize = 100;

/// The functions a script defines, anywhere in it, by lower-cased name.
#[derive(Default)]
struct FunctionCollector {
    found: HashMap<String, Rc<CmdletEntry>>,
}

impl Walk for FunctionCollector {
    fn visit_pipeline(&mut self, p: &Pipeline) {
        for element in &p.elements {
            match element {
                PipelineElement::Expression(e) => self.visit_expr(e),
                PipelineElement::Command(c) => c.args.iter().for_each(|a| match a {
                    CommandArg::Parameter { value: Some(v), .. } | CommandArg::Positional(v) => {
                        self.visit_expr(v)
                    }
                    _ => {}
                }),
            }
        }
    }

    fn visit_expr(&mut self, e: &Expr) {
        self.walk_expr_children(e);
    }

    fn visit_statement(&mut self, statement: &Statement) {
        if let StatementKind::Function(def) = &statement.kind {
            self.found
                .insert(def.name.to_ascii_lowercase(), entry_of(def));
        }
    }
}

struct Checker<'r> {
    registry: &'r dyn Commands,
    /// The functions the script defines.
    functions: HashMap<String, Rc<CmdletEntry>>,
    source: SourceText,
    findings: Vec<Finding>,
}

impl Checker<'_> {
    fn report(&mut self, span: Span, kind: &'static str, message: String) {
        let (line, col) = self.source.line_col(span.start());
        self.findings.push(Finding {
            line,
            col,
            kind,
            message,
            warning: false,
        });
    }

    fn pipeline(&mut self, p: &Pipeline) {
        for (index, element) in p.elements.iter().enumerate() {
            match element {
                PipelineElement::Expression(e) => self.expr(e),
                PipelineElement::Command(c) => self.command(c, index > 0),
            }
        }
    }

    fn expr(&mut self, e: &Expr) {
        match &e.kind {
            ExprKind::Expandable { parts, .. } => {
                for part in parts {
                    if let StringPart::SubExpression(s) = part {
                        self.walk_statements(s);
                    }
                }
            }
            _ => self.walk_expr_children(e),
        }
    }

    fn command(&mut self, c: &Command, expects_input: bool) {
        let resolved = match &c.name {
            CommandName::Bare { name, .. } => self
                .functions
                .get(&name.to_ascii_lowercase())
                .cloned()
                .or_else(|| self.registry.resolve(name)),
            CommandName::Invoke { .. } => None,
        };
        // Lync cmdlets take script blocks only as filter text (`-Filter {DisplayName -eq "x"}`),
        // never as code: their contents are not commands to check. Nor are the blocks of a
        // command lyncsh does not know (its name is reported instead), or any `-Filter` block
        // (`Get-ADUser -Filter {msRTCSIP-Line -like 'tel:*'}`).
        let runs_blocks = match (&c.name, &resolved) {
            (CommandName::Invoke { .. }, _) => true,
            (_, Some(entry)) => entry.module != Module::Lync,
            (_, None) => false,
        };
        for arg in &c.args {
            let (value, is_filter) = match arg {
                CommandArg::Parameter {
                    name,
                    value: Some(v),
                    ..
                } => (v, name.eq_ignore_ascii_case("Filter")),
                CommandArg::Positional(v) => (v, false),
                _ => continue,
            };
            let is_block = matches!(value.kind, ExprKind::ScriptBlock(_));
            if !is_block || (runs_blocks && !is_filter) {
                self.expr(value);
            }
        }
        let CommandName::Bare { name, span } = &c.name else {
            return;
        };
        // A script called by its path is checked when it is checked itself.
        if name.eq_ignore_ascii_case("exit") || name.to_ascii_lowercase().ends_with(".ps1") {
            return;
        }
        let Some(entry) = resolved else {
            if let Some(reason) = crate::cmdlets::host_commands::refusal(name) {
                self.report(*span, "unsupported", reason);
                return;
            }
            let mut message = command_not_found_message(name);
            if let Some(near) = self.registry.nearest_command(name) {
                message.push_str(&format!(" (did you mean {near}?)"));
            }
            self.report(*span, "command", message);
            return;
        };
        let mut args = Vec::new();
        for arg in &c.args {
            match arg {
                CommandArg::Parameter { name, value, span } => args.push(Arg::Named {
                    name: name.to_string(),
                    span: *span,
                    value: value.as_ref().map(|v| ArgValue {
                        value: constant(v),
                        span: v.span,
                    }),
                }),
                CommandArg::Positional(e) if matches!(e.kind, ExprKind::Splat(_)) => return,
                CommandArg::Positional(e) => args.push(Arg::Positional(ArgValue {
                    value: constant(e),
                    span: e.span,
                })),
                CommandArg::Redirection(_) => {}
            }
        }
        let args = crate::engine::function::gather_undeclared(&entry.signature, args);
        let result = bind_arguments(
            &entry.signature,
            &args,
            BindMode {
                expects_input,
                prompt: false,
            },
        );
        if let Some(reason) = result.as_ref().ok().and_then(|bound| {
            bound.params.iter().find_map(|p| {
                crate::cmdlets::host_commands::parameter_refusal(entry.name(), &p.name)
            })
        }) {
            self.report(c.span, "unsupported", reason);
            return;
        }
        if let Err(e) = result {
            let span = match e.extent {
                Extent::At(span) => span,
                Extent::Command => c.span,
            };
            let kind = match e.kind {
                BindErrorKind::Parameter => "parameter",
                BindErrorKind::Value => "value",
            };
            let mut message = e.message;
            if let Some(typed) = &e.unknown_name {
                if let Some(near) = entry.signature.nearest_parameter(typed) {
                    message.push_str(&format!(" (did you mean -{near}?)"));
                }
            }
            self.report(span, kind, message);
        }
    }
}

impl Walk for Checker<'_> {
    fn visit_pipeline(&mut self, pipeline: &Pipeline) {
        self.pipeline(pipeline);
    }

    fn visit_expr(&mut self, expr: &Expr) {
        self.expr(expr);
    }

    fn visit_statement(&mut self, statement: &Statement) {
        if let StatementKind::Unsupported { what, .. } = &statement.kind {
            self.report(
                statement.span,
                "unsupported",
                format!("lyncsh does not run {what}: they are outside the PowerShell subset it emulates."),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(text: &str) -> Vec<String> {
        check_text(&Registry::new(), text, false)
            .iter()
            .map(|f| f.render("t.ps1"))
            .collect()
    }

    #[test]
    fn clean_script_has_no_findings() {
        assert!(check("Get-CsConferencingConfiguration | Set-CsConferencingConfiguration -ClientMediaPortRangeEnabled $True").is_empty());
        // A Lync cmdlet's script block is filter text, not commands, whether emulated or not.
        assert!(check("Get-CsUser -Filter {VoicePolicy -eq $null}; Get-CsUserAcp -Filter {DisplayName -eq 'x'}").is_empty());
        // An unknown command's blocks are not read as commands: only its name is reported.
        assert_eq!(
            check("Get-ADUser -Filter {msRTCSIP-Line -like 'tel:*'}").len(),
            1
        );
    }

    #[test]
    fn host_parameters_are_unsupported_and_remaining_words_bind() {
        assert_eq!(
            check("$shell = New-Object -COM Shell.Application"),
            ["t.ps1:1:10: error[unsupported]: lyncsh does not run New-Object -ComObject: a COM object is a program of the host."]
        );
        assert!(
            check("Read-Host Press 1 to download the update; Pause; mkdir C:\\Backup").is_empty()
        );
    }

    #[test]
    fn every_syntax_error_is_reported_recovering_at_the_next_statement() {
        let text = "Get-CsSite -Identity \"x\" )\nif ($a { }\nGet-CsSite\n$x = (1 +\n  2))\nfunction f {\n  $a = @{ b = }\n}\nGet-CsPool";
        let found = check(text);
        assert_eq!(
            found
                .iter()
                .map(|f| f.split(": ").next().unwrap_or(""))
                .collect::<Vec<_>>(),
            ["t.ps1:1:26", "t.ps1:2:8", "t.ps1:5:5", "t.ps1:7:15"],
            "{found:?}"
        );
        assert!(found.iter().all(|f| f.contains("error[parse]")));
    }

    #[test]
    fn each_kind_is_reported_with_position() {
        assert_eq!(
            check("Get-CsSite -Identity \"site:Redmond"),
            vec!["t.ps1:1:22: error[parse]: The string is missing the terminator: \"."]
        );
        let found = check("Get-CsConferencingConfigurtion");
        assert!(
            found[0].starts_with(
                "t.ps1:1:1: error[command]: The term 'Get-CsConferencingConfigurtion'"
            ),
            "{found:?}"
        );
        assert!(found[0].ends_with("(did you mean Get-CsConferencingConfiguration?)"));
        let found = check("Set-CsConferencingConfiguration -ClientFileTransferPrt 42020");
        assert!(
            found[0].contains("error[parameter]")
                && found[0].ends_with("(did you mean -ClientFileTransferPort?)"),
            "{found:?}"
        );
        let found = check("Set-CsConferencingConfiguration -ClientAudioPort 70000");
        assert!(
            found[0].starts_with("t.ps1:1:50: error[value]:"),
            "{found:?}"
        );
    }

    #[test]
    fn positions_count_characters_on_the_finding_line() {
        let found = check(
            "Get-CsSite\n$site = 'Rédmond'; Set-CsConferencingConfiguration -ClientAudioPort 70000; Get-CsSite -Bogus 1",
        );
        assert_eq!(found.len(), 2, "{found:?}");
        assert!(
            found[0].starts_with("t.ps1:2:69: error[value]:"),
            "{found:?}"
        );
        assert!(
            found[1].starts_with("t.ps1:2:87: error[parameter]:"),
            "{found:?}"
        );
    }

    #[test]
    fn a_huge_unknown_name_gets_no_suggestion() {
        let word = "q".repeat(1 << 20);
        let found = check(&word);
        assert_eq!(found.len(), 1);
        assert!(!found[0].contains("did you mean"));
        let found = check(&format!("Get-CsSite -{word} 1"));
        assert!(found[0].contains("error[parameter]") && !found[0].contains("did you mean"));
    }

    #[test]
    fn variables_are_not_judged() {
        assert!(check("Set-CsConferencingConfiguration -ClientAudioPort $port").is_empty());
    }
}
