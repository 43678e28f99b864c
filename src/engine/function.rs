//! Functions, filters and script blocks run as commands: a `param( )` block becomes a
//! [`Signature`], so calls bind through the same binder as cmdlets (prefixes, positions,
//! pipeline input, the same errors); the call then runs `begin`, `process` once per input
//! object and `end` in a scope of its own.

use super::bind::{Arg, ArgValue, Bound};
use super::scope::{Function, LocalScope};
use super::{Engine, Flow};
use crate::ast::{Attribute, Expr, FunctionDef, ParamDef, Script, Statement};
use crate::command::{CmdletEntry, Kind, Module};
use crate::error::{ErrorCategory, ErrorRecord, Position};
use crate::signature::{ParamDecl, ParamType, Signature, ALL_SETS};
use crate::span::{SourceText, Span};
use crate::value::{Hashtable, Value};
use std::rc::Rc;

/// The parameter a simple function's extra arguments gather in (`$args`). Its name cannot be
/// typed as a parameter name.
pub const ARGS_PARAMETER: &str = "<args>";

/// PowerShell's limit on nested calls; one more is its CallDepthOverflow error.
pub const MAX_CALL_DEPTH: usize = 1000;

/// Where a call was made, for errors about the call itself.
pub struct Caller {
    source: Rc<SourceText>,
    origin: Rc<str>,
    span: Span,
}

impl Caller {
    fn at(&self, span: Span) -> Position {
        Position::of(span, &self.source, &self.origin)
    }
}

/// How a body is run: in a scope of its own (`&`, a function call) or in the caller's (`.`).
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Invocation {
    NewScope,
    DotSourced,
}

/// The .NET type a type constraint names, as binding needs it.
pub fn param_type(type_name: Option<&str>) -> ParamType {
    let Some(name) = type_name else {
        return ParamType::Object;
    };
    let lower = name.trim().to_ascii_lowercase();
    let lower = lower.strip_prefix("system.").unwrap_or(&lower);
    if let Some(element) = lower.strip_suffix("[]") {
        return ParamType::Array(Box::new(param_type(Some(element))));
    }
    match lower {
        "string" => ParamType::String,
        "int" | "int32" => ParamType::Int32,
        "long" | "int64" => ParamType::Int64,
        "byte" => ParamType::Byte,
        "uint16" => ParamType::UInt16,
        "uint32" => ParamType::UInt32,
        "uint64" => ParamType::UInt64,
        "double" | "decimal" | "single" | "float" => ParamType::Double,
        "bool" | "boolean" => ParamType::Bool,
        "switch" | "management.automation.switchparameter" => ParamType::Switch,
        "datetime" => ParamType::DateTime,
        "timespan" => ParamType::TimeSpan,
        "hashtable" | "collections.hashtable" => ParamType::Hashtable,
        "scriptblock" | "management.automation.scriptblock" => ParamType::ScriptBlock,
        "array" | "object[]" => ParamType::Array(Box::new(ParamType::Object)),
        _ => ParamType::Object,
    }
}

/// Whether attribute `attribute` is `[name(...)]` (with or without the `Attribute` suffix).
fn is(attribute: &Attribute, name: &str) -> bool {
    let typed = attribute
        .name
        .trim_start_matches("System.Management.Automation.");
    typed.eq_ignore_ascii_case(name)
        || typed
            .strip_suffix("Attribute")
            .is_some_and(|t| t.eq_ignore_ascii_case(name))
}

fn attribute<'a>(attributes: &'a [Attribute], name: &str) -> Option<&'a Attribute> {
    attributes.iter().find(|a| is(a, name))
}

/// The value of a constant expression (attribute arguments must be constants): a string, a
/// number, `$true`/`$false`/`$null`, a script block, or an array of those. `None` for an
/// expression only known when the script runs.
pub fn constant(e: &Expr) -> Option<Value> {
    use crate::ast::{ExprKind, Number};
    match &e.kind {
        ExprKind::String { value, .. } => Some(Value::str(value)),
        ExprKind::Number(Number::Int32(n)) => Some(Value::Int32(*n)),
        ExprKind::Number(Number::Int64(n)) => Some(Value::Int64(*n)),
        ExprKind::Number(Number::Double(n)) => Some(Value::Double(*n)),
        ExprKind::Variable(v) => match v.to_ascii_lowercase().as_str() {
            "true" => Some(Value::Bool(true)),
            "false" => Some(Value::Bool(false)),
            "null" => Some(Value::Null),
            _ => None,
        },
        ExprKind::ScriptBlock(block) => Some(Value::ScriptBlock(block.clone())),
        ExprKind::Array(items) => items
            .iter()
            .map(constant)
            .collect::<Option<Vec<_>>>()
            .map(Value::array),
        _ => None,
    }
}

/// A simple function (one with `$args`) takes a `-Name` it does not declare as an argument:
/// `-Name` and its value, if any, join `$args`, as in PowerShell. Other signatures keep `args`.
pub fn gather_undeclared(signature: &Signature, args: Vec<Arg>) -> Vec<Arg> {
    if !signature.params.iter().any(|p| p.name == ARGS_PARAMETER) {
        return args;
    }
    args.into_iter()
        .flat_map(|arg| match arg {
            Arg::Named { name, span, value }
                if super::bind::resolve_parameter(signature, &name).is_err() =>
            {
                let mut items = vec![Arg::Positional(ArgValue {
                    value: Some(Value::str(format!("-{name}"))),
                    span,
                })];
                items.extend(value.map(Arg::Positional));
                items
            }
            other => vec![other],
        })
        .collect()
}

/// The command entry of a function: calls bind against its signature.
pub fn entry_of(def: &Rc<FunctionDef>) -> Rc<CmdletEntry> {
    Rc::new(CmdletEntry {
        signature: Rc::new(signature_of(&def.name, &def.body.body)),
        kind: Kind::Function(def.clone()),
        module: Module::Script,
        class: def.name.to_string(),
    })
}

/// The value of an attribute argument; a bare `Mandatory` is `$true`.
fn attribute_value(value: Option<&Expr>) -> Value {
    match value {
        Some(e) => constant(e).unwrap_or_default(),
        None => Value::Bool(true),
    }
}

/// The signature a body's `param( )` block declares. A simple function (no
/// `[CmdletBinding()]` and no `[Parameter()]`) gathers extra arguments in `$args`.
pub fn signature_of(name: &str, body: &Script) -> Signature {
    let header = body.header.as_deref();
    let params: &[ParamDef] = header.and_then(|h| h.params.as_deref()).unwrap_or_default();
    let binding = header.and_then(|h| attribute(&h.attributes, "CmdletBinding"));
    let advanced = binding.is_some()
        || params
            .iter()
            .any(|p| attribute(&p.attributes, "Parameter").is_some());
    let mut signature = Signature {
        name: name.to_string(),
        sets: Vec::new(),
        default_set: None,
        params: Vec::new(),
    };
    if let Some(binding) = binding {
        for (key, value) in &binding.named {
            let value = attribute_value(value.as_ref());
            if key.eq_ignore_ascii_case("DefaultParameterSetName") {
                signature.default_set = Some(value.to_display());
            }
        }
    }
    let positional_binding = match binding.and_then(|b| {
        b.named
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case("PositionalBinding"))
    }) {
        Some((_, value)) => attribute_value(value.as_ref()).is_truthy(),
        None => true,
    };
    let mut explicit_positions = false;
    for param in params {
        let mut decl = ParamDecl::new(&param.name, param_type(param.type_name.as_deref()));
        for attribute in &param.attributes {
            if is(attribute, "Parameter") {
                for (key, value) in &attribute.named {
                    let value = attribute_value(value.as_ref());
                    match key.to_ascii_lowercase().as_str() {
                        "mandatory" if value.is_truthy() => decl.mandatory = true,
                        "position" => {
                            if let Some(n) = value.as_i128() {
                                decl.position = Some(n.clamp(0, 10_000) as u32);
                                explicit_positions = true;
                            }
                        }
                        "valuefrompipeline" if value.is_truthy() => decl.by_value = true,
                        "valuefrompipelinebypropertyname" if value.is_truthy() => {
                            decl.by_property_name = true
                        }
                        "valuefromremainingarguments" if value.is_truthy() => decl.remaining = true,
                        "parametersetname" => {
                            let set = value.to_display();
                            if !signature.sets.contains(&set) {
                                signature.sets.push(set.clone());
                            }
                            decl.sets.push(set);
                        }
                        _ => {}
                    }
                }
            } else if is(attribute, "Alias") {
                for alias in &attribute.positional {
                    for item in constant(alias).unwrap_or_default().into_items() {
                        decl.aliases.push(item.to_display());
                    }
                }
            }
        }
        signature.params.push(decl);
    }
    // Without an explicit Position anywhere, parameters take positions in the order they
    // are declared (switches never do).
    if positional_binding && !explicit_positions {
        let mut next = 0;
        for decl in &mut signature.params {
            if decl.ty != ParamType::Switch {
                decl.position = Some(next);
                next += 1;
            }
        }
    }
    if !advanced {
        signature
            .params
            .push(ParamDecl::new(ARGS_PARAMETER, ParamType::Object).remaining());
    }
    if signature.default_set.is_none() && signature.sets.len() > 1 {
        signature.default_set = Some(ALL_SETS.to_string());
    }
    signature
}

impl Engine {
    /// Runs a `function` or `filter` statement: the function is defined in the current scope.
    pub(super) fn define_function_statement(&mut self, def: &Rc<FunctionDef>) -> Result<(), Flow> {
        let function = self.function_of(def.clone())?;
        let global = self.function_is_global(def);
        self.define_function(function, global);
        Ok(())
    }

    /// `function global:Name`: the parser keeps the bare name, and the text says where.
    fn function_is_global(&self, def: &FunctionDef) -> bool {
        let text = self.source.text();
        let start = def.span.start().min(text.len());
        let head = &text[start..];
        let head = &head[..head.find(['{', '(']).unwrap_or(head.len())];
        head.to_ascii_lowercase().contains("global:")
            || head.to_ascii_lowercase().contains("script:")
    }

    /// A function ready to be called: its signature is worked out once, here.
    pub(super) fn function_of(&mut self, def: Rc<FunctionDef>) -> Result<Function, Flow> {
        Ok(Function {
            entry: entry_of(&def),
            uses: super::scope::Automatic::of(&def.body.text),
            def,
            source: self.source.clone(),
            origin: self.origin.clone(),
        })
    }

    /// Calls function `function` with the arguments bound in `bound` and the pipeline input.
    pub(super) fn call_function(
        &mut self,
        function: &Function,
        bound: Bound,
        input: Option<Vec<Value>>,
        span: Span,
        invocation: Invocation,
    ) -> Result<Vec<Value>, Flow> {
        if self.calls.len() >= MAX_CALL_DEPTH {
            return Err(ErrorRecord::new(
                format!(
                    "The script failed due to call depth overflow.  The call depth reached {} and the maximum is {MAX_CALL_DEPTH}.",
                    MAX_CALL_DEPTH + 1
                ),
                "CallDepthOverflow",
                ErrorCategory::InvalidOperation,
                "ScriptCallDepthException",
            )
            .at(Some(self.position(span)))
            .into());
        }
        // Errors about the call itself point into the caller's text.
        let caller = Caller {
            source: self.source.clone(),
            origin: self.origin.clone(),
            span,
        };
        let source = std::mem::replace(&mut self.source, function.source.clone());
        let origin = std::mem::replace(&mut self.origin, function.origin.clone());
        self.calls.push(function.def.name.clone());
        if invocation == Invocation::NewScope {
            self.scopes.push(LocalScope::default());
        }
        let result = self.run_function_body(function, bound, input, &caller);
        if invocation == Invocation::NewScope {
            self.scopes.pop();
        }
        self.calls.pop();
        self.source = source;
        self.origin = origin;
        result
    }

    fn run_function_body(
        &mut self,
        function: &Function,
        bound: Bound,
        input: Option<Vec<Value>>,
        caller: &Caller,
    ) -> Result<Vec<Value>, Flow> {
        let mut output = Vec::new();
        match self.run_sections(function, bound, input, caller, &mut output) {
            Ok(()) => Ok(output),
            Err(flow) => {
                // What the function wrote before the error has reached the console already
                // in PowerShell, which streams output.
                self.emit(&output);
                Err(flow)
            }
        }
    }

    fn run_sections(
        &mut self,
        function: &Function,
        bound: Bound,
        input: Option<Vec<Value>>,
        caller: &Caller,
        output: &mut Vec<Value>,
    ) -> Result<(), Flow> {
        let span = caller.span;
        let script = &function.def.body.body;
        let header = script.header.as_deref();
        let params: &[ParamDef] = header.and_then(|h| h.params.as_deref()).unwrap_or_default();
        self.bind_parameter_variables(function, params, &bound, caller)?;
        if let Some(action) = bound.get("ErrorAction") {
            let action = action.clone();
            self.put_variable("ErrorActionPreference", action);
        }
        if let Some(begin) = header.and_then(|h| h.begin.as_ref()) {
            self.run_section(&begin.statements, output)?;
        }
        let named = header.is_some_and(|h| h.named_blocks);
        let (process, end): (Option<&[Statement]>, &[Statement]) = if function.def.filter && !named
        {
            (Some(&script.statements), &[])
        } else {
            (
                header
                    .and_then(|h| h.process.as_ref())
                    .map(|b| b.statements.as_slice()),
                &script.statements,
            )
        };
        let items = input.unwrap_or_default();
        if let Some(process) = process {
            if items.is_empty() {
                self.run_section(process, output)?;
            }
            let takes_input = function
                .entry
                .signature
                .params
                .iter()
                .any(|p| p.by_value || p.by_property_name);
            for item in &items {
                self.interrupt.check()?;
                if takes_input {
                    match super::bind::bind_input(&function.entry.signature, &bound, item, span) {
                        Ok(with_item) => {
                            for param in &with_item.params {
                                if !bound.has(&param.name) {
                                    let value = param.value.clone().unwrap_or_default();
                                    self.put_variable(&param.name, value);
                                }
                            }
                        }
                        Err(e) => {
                            let record = super::pipeline::input_not_bound(
                                &function.entry,
                                e,
                                item,
                                caller.at(span),
                            );
                            self.write_error(record)?;
                            continue;
                        }
                    }
                }
                self.put_variable("_", item.clone());
                self.run_section(process, output)?;
            }
        }
        if function.uses.input {
            self.put_variable("input", Value::array(items));
        }
        self.run_section(end, output)
    }

    /// Statements of one named block; `return` ends the block, keeping what it wrote.
    fn run_section(
        &mut self,
        statements: &[Statement],
        output: &mut Vec<Value>,
    ) -> Result<(), Flow> {
        match self.exec_block(statements, output) {
            Err(Flow::Return) => Ok(()),
            other => other,
        }
    }

    /// Sets each declared parameter to its bound value (validated) or its default, and
    /// `$PSBoundParameters` and `$args`.
    fn bind_parameter_variables(
        &mut self,
        function: &Function,
        params: &[ParamDef],
        bound: &Bound,
        caller: &Caller,
    ) -> Result<(), Flow> {
        let mut bound_table = Hashtable::default();
        for (param, decl) in params.iter().zip(&function.entry.signature.params) {
            let value = match bound.get(&param.name) {
                Some(value) if param.attributes.is_empty() && !function.uses.bound_parameters => {
                    value.clone()
                }
                Some(value) => {
                    let at = bound
                        .params
                        .iter()
                        .find(|p| p.name.eq_ignore_ascii_case(&param.name))
                        .map_or(caller.span, |p| p.span);
                    self.validate(function, param, value, &|| caller.at(at))?;
                    bound_table.insert(Value::str(&param.name), value.clone());
                    value.clone()
                }
                None => match &param.default {
                    Some(default) => {
                        let value = self.eval(default)?;
                        super::convert::convert_argument(&param.name, &value, &decl.ty)
                            .unwrap_or(value)
                    }
                    None if decl.ty == ParamType::Switch => Value::Switch(false),
                    None => Value::Null,
                },
            };
            self.put_variable(&param.name, value);
        }
        if function.uses.bound_parameters {
            self.put_variable(
                "PSBoundParameters",
                Value::Hashtable(Rc::new(std::cell::RefCell::new(bound_table))),
            );
        }
        if function.uses.args {
            let args = bound
                .get(ARGS_PARAMETER)
                .map(|v| v.clone().into_items())
                .unwrap_or_default();
            self.put_variable("args", Value::array(args));
        }
        Ok(())
    }

    /// The `[Validate...]` attributes of a bound parameter, with PowerShell's messages.
    fn validate(
        &mut self,
        function: &Function,
        param: &ParamDef,
        value: &Value,
        at: &dyn Fn() -> Position,
    ) -> Result<(), Flow> {
        for attribute in &param.attributes {
            let problem = if is(attribute, "ValidateNotNullOrEmpty") {
                let empty = match value {
                    Value::Null => true,
                    Value::Str(s) => s.is_empty(),
                    Value::Array(items) => items.is_empty(),
                    _ => false,
                };
                empty.then(|| "The argument is null or empty. Provide an argument that is not null or empty, and then try the command again.".to_string())
            } else if is(attribute, "ValidateNotNull") {
                (*value == Value::Null).then(|| "The argument is null. Provide a valid value for the argument, and then try running the command again.".to_string())
            } else if is(attribute, "ValidateSet") {
                let mut allowed = Vec::new();
                for e in &attribute.positional {
                    allowed.extend(self.eval(e)?.into_items().iter().map(Value::to_display));
                }
                let case_sensitive = attribute.named.iter().any(|(k, v)| {
                    k.eq_ignore_ascii_case("IgnoreCase")
                        && v.as_ref().is_some_and(|e| matches!(&e.kind, crate::ast::ExprKind::Variable(n) if n.eq_ignore_ascii_case("false")))
                });
                value.clone().into_items().iter().map(Value::to_display).find(|item| {
                    !allowed.iter().any(|a| if case_sensitive { a == item } else { a.eq_ignore_ascii_case(item) })
                }).map(|item| format!(
                    "The argument \"{item}\" does not belong to the set \"{}\" specified by the ValidateSet attribute. Supply an argument that is in the set and then try the command again.",
                    allowed.join(",")
                ))
            } else if is(attribute, "ValidateRange") {
                let bounds: Vec<Value> = attribute
                    .positional
                    .iter()
                    .map(|e| self.eval(e))
                    .collect::<Result<_, _>>()?;
                let number = |v: &Value| v.to_display().trim().parse::<f64>().ok();
                match (bounds.first().and_then(number), bounds.get(1).and_then(number)) {
                    (Some(min), Some(max)) => value.clone().into_items().iter().find_map(|item| {
                        let n = number(item)?;
                        let shown = item.to_display();
                        if n < min {
                            Some(format!("The {shown} argument is less than the minimum allowed range of {}. Supply an argument that is greater than or equal to {} and then try the command again.", bounds[0].to_display(), bounds[0].to_display()))
                        } else if n > max {
                            Some(format!("The {shown} argument is greater than the maximum allowed range of {}. Supply an argument that is less than or equal to {} and then try the command again.", bounds[1].to_display(), bounds[1].to_display()))
                        } else {
                            None
                        }
                    }),
                    _ => None,
                }
            } else if is(attribute, "ValidatePattern") {
                let Some(pattern) = attribute.positional.first() else {
                    continue;
                };
                let pattern = self.eval(pattern)?.to_display();
                let mut failed = None;
                for item in value.clone().into_items() {
                    let text = item.to_display();
                    let matched = self.regex_is_match(&pattern, &text, false, param.span)?;
                    if !matched {
                        failed = Some(format!("The argument \"{text}\" does not match the \"{pattern}\" pattern. Supply an argument that matches \"{pattern}\" and try the command again."));
                        break;
                    }
                }
                failed
            } else if is(attribute, "ValidateScript") {
                let Some(script) = attribute.positional.first() else {
                    continue;
                };
                let Value::ScriptBlock(block) = self.eval(script)? else {
                    continue;
                };
                let mut failed = None;
                for item in value.clone().into_items() {
                    let result = self.invoke_block(&block, Some(item.clone()))?;
                    if !Value::array(result).is_truthy() {
                        failed = Some(format!("The \"{}\" validation script for the argument with value \"{}\" did not return true. Determine why the validation script failed and then try the command again.", block.text.trim(), item.to_display()));
                        break;
                    }
                }
                failed
            } else {
                None
            };
            if let Some(problem) = problem {
                return Err(ErrorRecord::new(
                    format!(
                        "Cannot validate argument on parameter '{}'. {problem}",
                        param.name
                    ),
                    "ParameterArgumentValidationError",
                    ErrorCategory::InvalidData,
                    "ParameterBindingValidationException",
                )
                .from_cmdlet(function.entry.name(), &function.entry.class)
                .at(Some(at()))
                .into());
            }
        }
        Ok(())
    }

    /// A script block called with `&` or `.`: an unnamed function over its own text.
    pub(super) fn script_block_function(
        &mut self,
        block: Rc<crate::ast::ScriptBlockAst>,
        span: Span,
    ) -> Result<Function, Flow> {
        let def = Rc::new(FunctionDef {
            name: "".into(),
            filter: false,
            body: block,
            span,
        });
        self.function_of(def)
    }

    /// Invoke-Expression: `text` parsed as a script and run dot-sourced, in the current scope,
    /// as lyncsh runs any other script (so it reaches no more than a script could).
    pub fn run_text_here(&mut self, text: &str, span: Span) -> Result<Vec<Value>, Flow> {
        // A parse error in the text ends the command, not the script that called it.
        let function =
            self.script_file_function(text, "line", span)
                .map_err(|flow| match flow {
                    Flow::Stop(record) => Flow::Error(record),
                    other => other,
                })?;
        self.call_function(
            &function,
            Bound::default(),
            None,
            span,
            Invocation::DotSourced,
        )
    }

    /// A script file called by path: its text parsed as the body of an unnamed function.
    pub(super) fn script_file_function(
        &mut self,
        text: &str,
        origin: &str,
        span: Span,
    ) -> Result<Function, Flow> {
        let source = Rc::new(SourceText::new(text));
        let shared = Rc::clone(source.shared());
        let script = match crate::parse::parse_shared(&shared) {
            Ok(script) => script,
            Err(e) => {
                let saved = std::mem::replace(&mut self.source, source);
                let saved_origin = std::mem::replace(&mut self.origin, Rc::from(origin));
                let record = self.parse_error_record(&e);
                self.source = saved;
                self.origin = saved_origin;
                return Err(Flow::Stop(Box::new(record)));
            }
        };
        let block = Rc::new(crate::ast::ScriptBlockAst {
            text: shared.as_ref().into(),
            body: script,
        });
        let saved = std::mem::replace(&mut self.source, source);
        let saved_origin = std::mem::replace(&mut self.origin, Rc::from(origin));
        let function = self.script_block_function(block, span);
        self.source = saved;
        self.origin = saved_origin;
        function
    }
}
