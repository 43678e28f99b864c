//! Pipelines: resolve each command, evaluate and bind its arguments (all before anything runs,
//! so a binding error changes nothing), then run the commands, passing objects along.

use super::bind::{
    bind_arguments, bind_input, missing_mandatory, Arg, ArgValue, BindError, BindMode, Bound,
    Extent,
};
use super::function::Invocation;
use super::scope::Function;
use super::Host as _;
use super::{Call, Engine, ErrorAction, Flow};
use crate::ast::{Command, CommandArg, CommandName, Pipeline, PipelineElement, Redirection};
use crate::command::{CmdletEntry, Kind, Module};
use crate::error::{ErrorCategory, ErrorRecord};
use crate::signature::{ParamDecl, ParamType};
use crate::span::Span;
use crate::value::Value;
use std::rc::Rc;

/// A command ready to run: resolved and bound from its command line.
struct Prepared {
    entry: Rc<CmdletEntry>,
    bound: Bound,
    span: Span,
    /// Where its streams go instead (`> file`, `2>&1`).
    redirections: Vec<Redirection>,
    /// For a function or script block: what it runs, and whether in a scope of its own.
    function: Option<(Function, Invocation)>,
}

/// What a command name or `&` target resolves to.
enum Target {
    Command(Rc<CmdletEntry>),
    Function(Function, Invocation),
}

/// The message PowerShell 3/4 gives for an unknown command name.
pub fn command_not_found_message(name: &str) -> String {
    format!("The term '{name}' is not recognized as the name of a cmdlet, function, script file, or operable program. Check the spelling of the name, or if a path was included, verify that the path is correct and try again.")
}

impl Engine {
    pub(super) fn run_pipeline(&mut self, pipeline: &Pipeline) -> Result<Vec<Value>, Flow> {
        let mut first_values: Option<Vec<Value>> = None;
        let mut prepared = Vec::new();
        for (index, element) in pipeline.elements.iter().enumerate() {
            match element {
                PipelineElement::Expression(e) => {
                    let redirects = self.redirects(&pipeline.redirections)?;
                    let values = self.eval(e)?.into_items();
                    first_values = Some(self.finish_redirects(redirects, values)?);
                }
                PipelineElement::Command(c) => {
                    if let CommandName::Bare { name, .. } = &c.name {
                        if name.eq_ignore_ascii_case("exit") && index == 0 {
                            return Err(Flow::Exit(self.exit_status(c)?));
                        }
                    }
                    prepared.push(self.prepare(c, index + 1)?);
                }
            }
        }
        let mut values = first_values.unwrap_or_default();
        let starts_with_command = first_is_command(pipeline);
        for (n, command) in prepared.into_iter().enumerate() {
            let receives = n > 0 || !starts_with_command;
            values = self.invoke(command, if receives { Some(values) } else { None })?;
        }
        Ok(values)
    }

    /// The status `exit N` ends the run with (0 without a number).
    /// The status `exit` ends with: its argument, or without one 1 when an error record has
    /// been written and 0 otherwise (the status lyncsh would have ended with anyway).
    fn exit_status(&mut self, command: &Command) -> Result<i32, Flow> {
        let Some(CommandArg::Positional(e)) = command.args.first() else {
            return Ok(i32::from(self.had_error));
        };
        let value = self.eval(e)?;
        Ok(value
            .as_i128()
            .map(|n| n as i32)
            .or_else(|| value.to_display().trim().parse().ok())
            .unwrap_or(0))
    }

    /// Resolves a command and binds its command-line arguments.
    fn prepare(&mut self, command: &Command, position: usize) -> Result<Prepared, Flow> {
        let expects_input = position > 1;
        let target = match &command.name {
            CommandName::Bare { name, span } => self.resolve_command(name, *span)?,
            CommandName::Invoke {
                operator,
                target,
                span,
            } => {
                let invocation = if *operator == '.' {
                    Invocation::DotSourced
                } else {
                    Invocation::NewScope
                };
                match self.eval(target)? {
                    Value::ScriptBlock(block) => {
                        Target::Function(self.script_block_function(block, *span)?, invocation)
                    }
                    Value::Object(o) if o.borrow().type_name.ends_with("CommandInfo") => {
                        let name = o.borrow().get("Name").map(Value::to_display).unwrap_or_default();
                        self.resolve_command(&name, *span)?
                    }
                    Value::Null => {
                        return Err(ErrorRecord::new(
                            format!("The expression after '{operator}' in a pipeline element produced an object that was not valid. It must result in a command name, a script block, or a CommandInfo object."),
                            "BadExpression",
                            ErrorCategory::InvalidOperation,
                            "RuntimeException",
                        )
                        .at(Some(self.position(target.span)))
                        .into())
                    }
                    other => {
                        let name = other.to_display();
                        match self.resolve_command(&name, *span)? {
                            Target::Function(function, _) => Target::Function(function, invocation),
                            command => command,
                        }
                    }
                }
            }
        };
        let (entry, function) = match target {
            Target::Command(entry) => (entry, None),
            Target::Function(function, invocation) => {
                (function.entry.clone(), Some((function, invocation)))
            }
        };
        let mut args = Vec::new();
        let mut redirections = Vec::new();
        for arg in &command.args {
            match arg {
                CommandArg::Parameter { name, value, span } => {
                    let value = match value {
                        Some(v) => Some(ArgValue {
                            value: Some(self.eval(v)?),
                            span: v.span,
                        }),
                        None => None,
                    };
                    args.push(Arg::Named {
                        name: name.to_string(),
                        span: *span,
                        value,
                    });
                }
                CommandArg::Positional(e) => {
                    if let crate::ast::ExprKind::Splat(_) = &e.kind {
                        return Err(self.not_supported("splatting (@name)", e.span));
                    }
                    args.push(Arg::Positional(ArgValue {
                        value: Some(self.eval(e)?),
                        span: e.span,
                    }));
                }
                CommandArg::Redirection(redirection) => redirections.push(redirection.clone()),
            }
        }
        let args = super::function::gather_undeclared(&entry.signature, args);
        let mode = BindMode {
            expects_input,
            prompt: self.interactive,
        };
        let mut bound = bind_arguments(&entry.signature, &args, mode)
            .map_err(|e| self.bind_error_record(&entry, e, command))?;
        if self.interactive {
            self.prompt_for_missing(&entry, &mut bound, command, position)?;
        }
        Ok(Prepared {
            entry,
            bound,
            redirections,
            span: command.span,
            function,
        })
    }

    /// The command `typed` names: a function of the script, a command of the registry, or a
    /// script file given by its path (`.\Enable-Users.ps1`).
    fn resolve_command(&mut self, typed: &str, name_span: Span) -> Result<Target, Flow> {
        if let Some(function) = self.function(typed) {
            return Ok(Target::Function(function.clone(), Invocation::NewScope));
        }
        if let Some(entry) = self.registry.resolve(typed) {
            return Ok(Target::Command(entry));
        }
        if is_script_path(typed) {
            match self.map_path(typed) {
                Ok(path) if path.is_file() => {
                    let text = self
                        .read_text_file(typed, name_span)
                        .map_err(|record| Flow::from(record.with_prefix(typed)))?;
                    let function = self.script_file_function(&text, typed, name_span)?;
                    return Ok(Target::Function(function, Invocation::NewScope));
                }
                // A script that is not there is a command that is not found.
                Ok(_) => {}
                Err(e) => {
                    return Err(self
                        .path_error(e, typed, name_span)
                        .with_prefix(typed)
                        .into())
                }
            }
        }
        if let Some(reason) = self.registry().refusal(typed) {
            return Err(ErrorRecord::new(
                reason,
                "NotSupportedByLyncsh",
                ErrorCategory::NotImplemented,
                "NotSupportedException",
            )
            .with_target(typed.to_string(), "String")
            .at(Some(self.position(name_span)))
            .with_prefix(typed)
            .into());
        }
        let mut record = ErrorRecord::new(
            command_not_found_message(typed),
            "CommandNotFoundException",
            ErrorCategory::ObjectNotFound,
            "CommandNotFoundException",
        )
        .with_target(typed.to_string(), "String")
        .at(Some(self.position(name_span)))
        .with_prefix(typed);
        if let Some(near) = self.registry().nearest_command(typed) {
            record = record.with_hint(format!("Did you mean {near}?"));
        }
        Err(record.into())
    }

    /// The console's "Supply values for the following parameters" prompt, one line per missing
    /// mandatory parameter (`Name[0]:`, `Name[1]:`... for arrays, ended by an empty line).
    fn prompt_for_missing(
        &mut self,
        entry: &CmdletEntry,
        bound: &mut Bound,
        command: &Command,
        position: usize,
    ) -> Result<(), Flow> {
        let missing: Vec<ParamDecl> = missing_mandatory(&entry.signature, bound)
            .into_iter()
            .filter(|p| !(position > 1 && (p.by_value || p.by_property_name)))
            .collect();
        if missing.is_empty() {
            return Ok(());
        }
        self.host.write_out(&format!(
            "\ncmdlet {} at command pipeline position {position}\nSupply values for the following parameters:\n",
            entry.name()
        ));
        for p in missing {
            let answer = match &p.ty {
                ParamType::Array(_) => {
                    let mut items = Vec::new();
                    while let Some(line) =
                        self.read_answer(&format!("{}[{}]: ", p.name, items.len()))?
                    {
                        if line.is_empty() {
                            break;
                        }
                        items.push(Value::str(line));
                    }
                    Some(Value::array(items))
                }
                _ => self.read_answer(&format!("{}: ", p.name))?.map(Value::str),
            };
            let Some(answer) = answer else {
                return Err(self.bind_error_record(
                    entry,
                    BindError {
                        kind: crate::engine::bind::BindErrorKind::Parameter,
                        id: "MissingMandatoryParameter",
                        message: format!("Cannot process command because of one or more missing mandatory parameters: {}.", p.name),
                        extent: Extent::Command,
                        unknown_name: None,
                    },
                    command,
                ));
            };
            if answer.to_display().is_empty() && !matches!(p.ty, ParamType::Array(_)) {
                let e = BindError {
                    kind: crate::engine::bind::BindErrorKind::Value,
                    id: "ParameterArgumentValidationErrorEmptyStringNotAllowed",
                    message: format!(
                        "Cannot bind argument to parameter '{}' because it is an empty string.",
                        p.name
                    ),
                    extent: Extent::Command,
                    unknown_name: None,
                };
                return Err(self.bind_error_record(entry, e, command));
            }
            let value =
                crate::engine::convert::convert_argument(&p.name, &answer, &p.ty).map_err(|e| {
                    self.bind_error_record(
                        entry,
                        BindError {
                            kind: crate::engine::bind::BindErrorKind::Value,
                            id: e.id,
                            message: e.message,
                            extent: Extent::Command,
                            unknown_name: None,
                        },
                        command,
                    )
                })?;
            bound.params.push(crate::engine::bind::BoundParam {
                name: p.name.clone(),
                value: Some(value),
                span: command.span,
            });
        }
        Ok(())
    }

    fn not_supported(&self, what: &str, span: Span) -> Flow {
        ErrorRecord::new(
            format!("lyncsh does not support {what}."),
            "NotSupportedByLyncsh",
            ErrorCategory::NotImplemented,
            "NotSupportedException",
        )
        .at(Some(self.position(span)))
        .into()
    }

    /// Turns a binding error into PowerShell's record, with a hint for `- Name` typos and for
    /// a parameter name that is close to a real one.
    fn bind_error_record(&self, entry: &CmdletEntry, e: BindError, command: &Command) -> Flow {
        let span = match e.extent {
            Extent::At(span) => span,
            Extent::Command => command.span,
        };
        let (category, exception) = if e.id.starts_with("ParameterArgumentValidationError") {
            (
                ErrorCategory::InvalidData,
                "ParameterBindingValidationException",
            )
        } else {
            (ErrorCategory::InvalidArgument, "ParameterBindingException")
        };
        let mut record = ErrorRecord::new(e.message, e.id, category, exception)
            .from_cmdlet(entry.name(), &entry.class)
            .at(Some(self.position(span)));
        let near = e.unknown_name.as_deref().and_then(|typed| {
            let near = entry.signature.nearest_parameter(typed)?;
            Some(format!("Did you mean -{near}?"))
        });
        if let Some(hint) = dash_space_hint(entry, command).or(near) {
            record = record.with_hint(hint);
        }
        record.into()
    }

    /// Runs one command over its input (`None`: it is first in the pipeline).
    fn invoke(&mut self, command: Prepared, input: Option<Vec<Value>>) -> Result<Vec<Value>, Flow> {
        // Without -ErrorAction, $ErrorActionPreference decides, as in PowerShell.
        let preference = self
            .get_variable("ErrorActionPreference")
            .map(Value::to_display);
        let action = error_action(command.bound.get("ErrorAction").map(Value::to_display))
            .or_else(|| error_action(preference))
            .unwrap_or(ErrorAction::Continue);
        let warning_preference = self
            .get_variable("WarningPreference")
            .map(Value::to_display);
        let warning = error_action(command.bound.get("WarningAction").map(Value::to_display))
            .or_else(|| error_action(warning_preference))
            .unwrap_or(ErrorAction::Continue);
        let error_variable = command.bound.get("ErrorVariable").map(Value::to_display);
        let warning_variable = command.bound.get("WarningVariable").map(Value::to_display);
        let newest = self.session.errors.first().cloned();
        if warning_variable.is_some() {
            self.warnings_captured.push(Vec::new());
        }
        let redirects = self.redirects(&command.redirections)?;
        let redirected = !redirects.is_empty();
        if redirected {
            self.redirected.push(redirects);
        }
        self.error_actions.push(action);
        self.warning_actions.push(warning);
        let mut result = self.invoke_inner(command, input);
        self.warning_actions.pop();
        self.error_actions.pop();
        if redirected {
            result = self.end_redirection(result);
        }
        if let Some(name) = warning_variable {
            let warnings = self.warnings_captured.pop().unwrap_or_default();
            let values = warnings.into_iter().map(Value::str).collect();
            self.capture(&name, values);
        }
        if let Some(name) = error_variable {
            // The records written while the command ran (oldest first), and the one that
            // ended it.
            let mut records: Vec<Value> = self
                .session
                .errors
                .iter()
                .take_while(|e| !newest.as_ref().is_some_and(|n| Rc::ptr_eq(e, n)))
                .map(|e| Value::Error(e.clone()))
                .collect();
            records.reverse();
            if let Err(Flow::Error(record) | Flow::Stop(record)) = &result {
                records.push(Value::Error(Rc::new((**record).clone())));
            }
            self.capture(&name, records);
        }
        result
    }

    /// Ends the redirections of the command that gave `result`: an error that ended it goes to
    /// its error redirection, if it has one, as the records it wrote did.
    fn end_redirection(&mut self, result: Result<Vec<Value>, Flow>) -> Result<Vec<Value>, Flow> {
        let output = match result {
            Ok(output) => output,
            Err(Flow::Error(record)) if self.redirects_errors() => {
                if let Some(record) = self.take_redirected_error(*record) {
                    self.report(record);
                }
                Vec::new()
            }
            Err(other) => {
                self.redirected.pop();
                return Err(other);
            }
        };
        let redirects = self.redirected.pop().unwrap_or_default();
        self.finish_redirects(redirects, output)
    }

    /// Sets the variable a `-ErrorVariable`/`-WarningVariable` names; `+name` adds to it.
    fn capture(&mut self, name: &str, values: Vec<Value>) {
        match name.strip_prefix('+') {
            Some(name) => {
                let mut all = self
                    .get_variable(name)
                    .cloned()
                    .map(Value::into_items)
                    .unwrap_or_default();
                all.extend(values);
                self.put_variable(name, Value::array(all));
            }
            None => self.put_variable(name, Value::array(values)),
        }
    }

    fn invoke_inner(
        &mut self,
        command: Prepared,
        input: Option<Vec<Value>>,
    ) -> Result<Vec<Value>, Flow> {
        let Prepared {
            entry,
            bound,
            span,
            function,
            ..
        } = command;
        if let Some((function, invocation)) = function {
            return self.call_function(&function, bound, input, span, invocation);
        }
        let collect = matches!(entry.kind, Kind::Builtin { collect: true, .. });
        let mut call = Call {
            entry: entry.clone(),
            bound,
            input: None,
            inputs: Vec::new(),
            span,
        };
        match input {
            None => self.dispatch(&call),
            Some(items) if collect => {
                call.inputs = items;
                self.dispatch(&call)
            }
            Some(items) => {
                let base = call.bound.clone();
                let takes_input = entry
                    .signature
                    .params
                    .iter()
                    .any(|p| p.by_value || p.by_property_name);
                let mut output = Vec::new();
                for item in items {
                    self.interrupt.check()?;
                    if matches!(entry.kind, Kind::Builtin { .. }) && !takes_input {
                        call.input = Some(item);
                        output.extend(self.dispatch(&call)?);
                        self.check_items(output.len(), span)?;
                        continue;
                    }
                    match bind_input(&entry.signature, &base, &item, span) {
                        Ok(bound) => {
                            call.bound = bound;
                            call.input = Some(item);
                            output.extend(self.dispatch(&call)?);
                            self.check_items(output.len(), span)?;
                        }
                        Err(e) => {
                            let record = input_not_bound(&entry, e, &item, self.position(span));
                            self.write_error(record)?;
                        }
                    }
                }
                Ok(output)
            }
        }
    }

    fn dispatch(&mut self, call: &Call) -> Result<Vec<Value>, Flow> {
        // PowerShell 3 loads a module when one of its commands is first used.
        if call.entry.module == Module::Lync {
            self.lync_module_loaded = true;
        }
        let output = match &call.entry.kind {
            Kind::Family(decl, verb) => {
                let run = self.registry().family_runner();
                run(self, call, decl, *verb)?
            }
            Kind::Builtin { run, .. } => run(self, call)?,
            // Functions run through call_function, never through here.
            Kind::Function(_) => Vec::new(),
        };
        self.check_items(output.len(), call.span)?;
        if let Some(name) = call.bound.get("OutVariable").map(Value::to_display) {
            self.put_variable(name.trim_start_matches('+'), Value::array(output.clone()));
        }
        Ok(output)
    }
}

/// Whether a command name is the path of a script file (`.\x.ps1`, `C:\Scripts\x.ps1`).
fn is_script_path(typed: &str) -> bool {
    typed.len() > 4 && typed.to_ascii_lowercase().ends_with(".ps1")
}

/// The non-terminating error for a pipeline object that binds to none of `entry`'s parameters.
pub(super) fn input_not_bound(
    entry: &CmdletEntry,
    e: BindError,
    item: &Value,
    at: crate::error::Position,
) -> ErrorRecord {
    ErrorRecord::new(
        e.message,
        e.id,
        ErrorCategory::InvalidArgument,
        "ParameterBindingException",
    )
    .from_cmdlet(entry.name(), &entry.class)
    .with_target(item.to_display(), &item.short_type_name())
    .at(Some(at))
}

fn first_is_command(pipeline: &Pipeline) -> bool {
    matches!(pipeline.elements.first(), Some(PipelineElement::Command(_)))
}

/// The error action a preference names (`-ErrorAction`, `$ErrorActionPreference`), in any
/// case; `None` for none.
fn error_action(name: Option<String>) -> Option<ErrorAction> {
    let name = name?.to_ascii_lowercase();
    Some(match name.as_str() {
        "silentlycontinue" => ErrorAction::SilentlyContinue,
        "stop" => ErrorAction::Stop,
        "ignore" => ErrorAction::Ignore,
        "continue" => ErrorAction::Continue,
        "inquire" => ErrorAction::Inquire,
        _ => return None,
    })
}

/// When a lone `-` is followed by a word that names a parameter (`- ClientFileTransferPort`),
/// suggests joining them.
fn dash_space_hint(entry: &CmdletEntry, command: &Command) -> Option<String> {
    let words: Vec<&crate::ast::Expr> = command
        .args
        .iter()
        .filter_map(|a| match a {
            CommandArg::Positional(e) => Some(e),
            _ => None,
        })
        .collect();
    words.windows(2).find_map(|pair| {
        let is_dash = matches!(&pair[0].kind, crate::ast::ExprKind::String { value, .. } if &**value == "-");
        let crate::ast::ExprKind::String { value: next, .. } = &pair[1].kind else { return None };
        let param = entry.signature.params.iter().find(|p| p.name.eq_ignore_ascii_case(next))?;
        is_dash.then(|| {
            format!("'- {next}' has a space after the dash, so PowerShell reads two separate arguments; write -{} instead.", param.name)
        })
    })
}
