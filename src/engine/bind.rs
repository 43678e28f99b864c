//! Parameter binding, as PowerShell does it for compiled cmdlets: names (exact, unique prefix,
//! aliases), `-Name:value`, switches, positional arguments, parameter sets, mandatory
//! parameters and pipeline input by value and by property name.

use super::convert::{check_range, convert_argument};
use crate::signature::{ParamDecl, ParamType, Signature, ALL_SETS};
use crate::span::Span;
use crate::value::Value;

/// An argument as the binder sees it. `value: None` means "not known before running" (used by
/// `lyncsh check` for non-literal arguments): it binds, but is not converted.
#[derive(Clone, Debug)]
pub enum Arg {
    Named {
        name: String,
        span: Span,
        value: Option<ArgValue>,
    },
    Positional(ArgValue),
}

#[derive(Clone, Debug)]
pub struct ArgValue {
    pub value: Option<Value>,
    pub span: Span,
}

/// What kind of mistake a binding error is; `check` reports `parameter` or `value`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BindErrorKind {
    Parameter,
    Value,
}

/// Where a binding error points: the parameter token, the argument, or the whole command.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Extent {
    At(Span),
    Command,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BindError {
    pub kind: BindErrorKind,
    pub id: &'static str,
    pub message: String,
    pub extent: Extent,
    /// For unknown parameters: the typed name, so callers can suggest the nearest one.
    pub unknown_name: Option<String>,
}

impl BindError {
    fn new(kind: BindErrorKind, id: &'static str, message: String, extent: Extent) -> BindError {
        BindError {
            kind,
            id,
            message,
            extent,
            unknown_name: None,
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct BoundParam {
    pub name: String,
    pub value: Option<Value>,
    pub span: Span,
}

/// The result of binding: the parameters bound so far and the set they decide, if decided.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Bound {
    pub set: Option<String>,
    pub params: Vec<BoundParam>,
}

impl Bound {
    pub fn get(&self, name: &str) -> Option<&Value> {
        self.params
            .iter()
            .find(|p| p.name.eq_ignore_ascii_case(name))
            .and_then(|p| p.value.as_ref())
    }

    pub fn has(&self, name: &str) -> bool {
        self.params
            .iter()
            .any(|p| p.name.eq_ignore_ascii_case(name))
    }

    pub fn switch(&self, name: &str) -> bool {
        self.get(name).is_some_and(Value::is_truthy)
    }

    /// A bound parameter as text, as the cmdlets read names and paths.
    pub fn text(&self, name: &str) -> Option<String> {
        self.get(name).map(Value::to_display)
    }

    pub fn span_of(&self, name: &str) -> Option<Span> {
        self.params
            .iter()
            .find(|p| p.name.eq_ignore_ascii_case(name))
            .map(|p| p.span)
    }
}

/// The common parameters of every cmdlet (Windows PowerShell 3.0), with their aliases.
pub fn common_parameters() -> &'static [ParamDecl] {
    use std::sync::OnceLock;
    static COMMON: OnceLock<Vec<ParamDecl>> = OnceLock::new();
    COMMON.get_or_init(|| {
        let action = || ParamType::Enum {
            name: "System.Management.Automation.ActionPreference".into(),
            values: [
                "SilentlyContinue",
                "Stop",
                "Continue",
                "Inquire",
                "Ignore",
                "Suspend",
            ]
            .iter()
            .map(|s| s.to_string())
            .collect(),
        };
        vec![
            ParamDecl::new("Verbose", ParamType::Switch).alias("vb"),
            ParamDecl::new("Debug", ParamType::Switch).alias("db"),
            ParamDecl::new("ErrorAction", action()).alias("ea"),
            ParamDecl::new("WarningAction", action()).alias("wa"),
            ParamDecl::new("ErrorVariable", ParamType::String).alias("ev"),
            ParamDecl::new("WarningVariable", ParamType::String).alias("wv"),
            ParamDecl::new("OutVariable", ParamType::String).alias("ov"),
            ParamDecl::new("OutBuffer", ParamType::Int32).alias("ob"),
        ]
    })
}

fn is_should_process(p: &ParamDecl) -> bool {
    p.name.eq_ignore_ascii_case("WhatIf") || p.name.eq_ignore_ascii_case("Confirm")
}

/// Every parameter a name may match, in PowerShell's order: declared, common, ShouldProcess.
fn candidates(sig: &Signature) -> Vec<&ParamDecl> {
    let mut all: Vec<&ParamDecl> = sig
        .params
        .iter()
        .filter(|p| !is_should_process(p))
        .collect();
    all.extend(common_parameters());
    all.extend(sig.params.iter().filter(|p| is_should_process(p)));
    all
}

/// Resolves a typed parameter name: exact name or alias first, then a unique prefix
/// (a single declared parameter wins over common ones).
pub fn resolve_parameter<'s>(sig: &'s Signature, typed: &str) -> Result<&'s ParamDecl, BindError> {
    let all = candidates(sig);
    if let Some(p) = all.iter().find(|p| p.is_named(typed)) {
        return Ok(p);
    }
    let lower = typed.to_ascii_lowercase();
    let matches: Vec<&&ParamDecl> = all
        .iter()
        .filter(|p| {
            p.name.to_ascii_lowercase().starts_with(&lower)
                || p.aliases
                    .iter()
                    .any(|a| a.to_ascii_lowercase().starts_with(&lower))
        })
        .collect();
    let declared: Vec<&&&ParamDecl> = matches
        .iter()
        .filter(|p| sig.params.iter().any(|d| std::ptr::eq(d, ***p)) && !is_should_process(p))
        .collect();
    match (matches.len(), declared.len()) {
        (1, _) => Ok(matches[0]),
        (_, 1) => Ok(declared[0]),
        (0, _) => {
            let mut e = BindError::new(
                BindErrorKind::Parameter,
                "NamedParameterNotFound",
                format!("A parameter cannot be found that matches parameter name '{typed}'."),
                Extent::Command,
            );
            e.unknown_name = Some(typed.to_string());
            Err(e)
        }
        _ => Err(BindError::new(
            BindErrorKind::Parameter,
            "AmbiguousParameter",
            format!(
                "Parameter cannot be processed because the parameter name '{typed}' is ambiguous. Possible matches include:{}.",
                matches.iter().map(|p| format!(" -{}", p.name)).collect::<String>()
            ),
            Extent::Command,
        )),
    }
}

fn at(mut e: BindError, span: Span) -> BindError {
    e.extent = Extent::At(span);
    e
}

fn convert(p: &ParamDecl, value: &ArgValue) -> Result<Option<Value>, BindError> {
    let Some(v) = &value.value else {
        return Ok(None);
    };
    let converted = convert_argument(&p.name, v, &p.ty).map_err(|e| {
        BindError::new(
            BindErrorKind::Value,
            e.id,
            e.message,
            Extent::At(value.span),
        )
    })?;
    if let Some((min, max)) = &p.range {
        check_range(&converted, min, max, &p.ty).map_err(|reason| {
            BindError::new(
                BindErrorKind::Value,
                "ParameterArgumentValidationError",
                format!(
                    "Cannot validate argument on parameter '{}'. {reason}",
                    p.name
                ),
                Extent::At(value.span),
            )
        })?;
    }
    Ok(Some(converted))
}

/// The sets that contain every parameter in `names` (declared sets only).
fn sets_with(sig: &Signature, names: &[&str]) -> Vec<String> {
    sig.set_names()
        .into_iter()
        .filter(|set| {
            names.iter().all(|n| match sig.param(n) {
                Some(p) => p.is_in_set(set) || set == ALL_SETS,
                None => true,
            })
        })
        .collect()
}

fn ambiguous_set() -> BindError {
    BindError::new(
        BindErrorKind::Parameter,
        "AmbiguousParameterSet",
        "Parameter set cannot be resolved using the specified named parameters.".into(),
        Extent::Command,
    )
}

/// How binding should treat what it cannot finish on the command line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BindMode {
    /// Objects will arrive from the pipeline: mandatory parameters that take pipeline input
    /// may stay unbound, and the set may stay undecided.
    pub expects_input: bool,
    /// The caller will ask for missing mandatory parameters (interactive console).
    pub prompt: bool,
}

/// Binds command-line arguments to `sig`. On success the result may still lack parameters
/// that pipeline input will supply.
pub fn bind_arguments(sig: &Signature, args: &[Arg], mode: BindMode) -> Result<Bound, BindError> {
    let mut bound = Bound::default();
    let mut positionals: Vec<ArgValue> = Vec::new();
    let mut i = 0;
    while i < args.len() {
        match &args[i] {
            Arg::Positional(v) => positionals.push(v.clone()),
            Arg::Named { name, span, value } => {
                let p = resolve_parameter(sig, name).map_err(|e| at(e, *span))?;
                if bound.has(&p.name) {
                    return Err(BindError::new(
                        BindErrorKind::Parameter,
                        "ParameterAlreadyBound",
                        format!("Cannot bind parameter because parameter '{}' is specified more than once. To provide multiple values to parameters that can accept multiple values, use the array syntax. For example, \"-parameter value1,value2,value3\".", p.name),
                        Extent::At(*span),
                    ));
                }
                let converted = match value {
                    Some(v) => convert(p, v)?,
                    None if p.ty == ParamType::Switch => Some(Value::Switch(true)),
                    None => {
                        let missing = || {
                            BindError::new(
                                BindErrorKind::Parameter,
                                "MissingArgument",
                                format!(
                                    "Missing an argument for parameter '{}'. Specify a parameter of type '{}' and try again.",
                                    p.name,
                                    p.ty.dotnet_name()
                                ),
                                Extent::At(*span),
                            )
                        };
                        match args.get(i + 1) {
                            Some(Arg::Positional(v)) => {
                                i += 1;
                                convert(p, v)?
                            }
                            Some(Arg::Named {
                                name: next,
                                span: next_span,
                                value: None,
                            }) => {
                                if resolve_parameter(sig, next).is_ok() {
                                    return Err(missing());
                                }
                                // A token that looks like a parameter but is none is the value.
                                i += 1;
                                convert(
                                    p,
                                    &ArgValue {
                                        value: Some(Value::str(format!("-{next}"))),
                                        span: *next_span,
                                    },
                                )?
                            }
                            _ => return Err(missing()),
                        }
                    }
                };
                bound.params.push(BoundParam {
                    name: p.name.clone(),
                    value: converted,
                    span: *span,
                });
            }
        }
        i += 1;
    }

    let named: Vec<&str> = bound.params.iter().map(|p| p.name.as_str()).collect();
    let mut sets = sets_with(sig, &named);
    if sets.is_empty() {
        return Err(ambiguous_set());
    }

    // Positional arguments fill the free positional parameters of the remaining sets, lowest
    // position first. Where sets put different parameters at one position (ForEach-Object's
    // -Process and -MemberName), the first whose type takes the argument wins.
    for (index, arg) in positionals.iter().enumerate() {
        let free: Vec<&ParamDecl> = sig
            .params
            .iter()
            .filter(|p| {
                p.position.is_some() && !bound.has(&p.name) && sets.iter().any(|s| p.is_in_set(s))
            })
            .collect();
        let lowest = free.iter().filter_map(|p| p.position).min();
        let candidates = free.into_iter().filter(|p| p.position == lowest);
        let mut chosen = None;
        let mut first_error = None;
        for p in candidates {
            match convert(p, arg) {
                Ok(value) => {
                    chosen = Some((p, value));
                    break;
                }
                Err(e) => {
                    first_error.get_or_insert(e);
                }
            }
        }
        match (chosen, first_error) {
            (Some((p, value)), _) => {
                bound.params.push(BoundParam {
                    name: p.name.clone(),
                    value,
                    span: arg.span,
                });
                let names: Vec<&str> = bound.params.iter().map(|p| p.name.as_str()).collect();
                sets = sets_with(sig, &names);
            }
            (None, Some(e)) => return Err(e),
            (None, None) if take_remaining(sig, &sets, &mut bound, arg) => {}
            (None, None) => {
                let shown = match &positionals[index].value {
                    Some(Value::Null) => "$null".to_string(),
                    Some(v) => v.to_display(),
                    None => "...".to_string(),
                };
                let e = BindError::new(
                    BindErrorKind::Parameter,
                    "PositionalParameterNotFound",
                    format!(
                        "A positional parameter cannot be found that accepts argument '{shown}'."
                    ),
                    Extent::Command,
                );
                return Err(e);
            }
        }
    }

    bound.set = choose_set(sig, &sets, &bound, mode)?;
    if let Some(set) = &bound.set {
        if !mode.prompt {
            check_mandatory(sig, set, &bound, mode)?;
        }
    }
    Ok(bound)
}

/// Adds a positional argument no position takes to the parameter that collects the remaining
/// arguments, if the signature has one in the sets still possible; whether it did.
fn take_remaining(sig: &Signature, sets: &[String], bound: &mut Bound, arg: &ArgValue) -> bool {
    let Some(param) = sig
        .params
        .iter()
        .find(|p| p.remaining && sets.iter().any(|s| p.is_in_set(s)))
    else {
        return false;
    };
    let value = arg.value.clone().unwrap_or_default();
    match bound.params.iter_mut().find(|b| b.name == param.name) {
        Some(existing) => {
            let mut items = existing.value.clone().unwrap_or_default().into_items();
            items.push(value);
            existing.value = Some(Value::array(items));
        }
        None => bound.params.push(BoundParam {
            name: param.name.clone(),
            value: Some(Value::array(vec![value])),
            span: arg.span,
        }),
    }
    true
}

/// Picks the parameter set from those still possible.
fn choose_set(
    sig: &Signature,
    sets: &[String],
    bound: &Bound,
    mode: BindMode,
) -> Result<Option<String>, BindError> {
    if sets.len() == 1 {
        return Ok(Some(sets[0].clone()));
    }
    // Prefer the sets whose mandatory parameters are all bound.
    let satisfied: Vec<&String> = sets
        .iter()
        .filter(|set| {
            sig.params
                .iter()
                .filter(|p| p.mandatory && p.is_in_set(set))
                .all(|p| bound.has(&p.name))
        })
        .collect();
    if mode.expects_input {
        return Ok(None);
    }
    let is_default = |s: &&String| {
        sig.default_set
            .as_ref()
            .is_some_and(|d| d.eq_ignore_ascii_case(s))
    };
    match satisfied.len() {
        1 => return Ok(Some(satisfied[0].clone())),
        0 => {
            if let Some(default) = sets.iter().find(is_default) {
                return Ok(Some(default.clone()));
            }
        }
        _ => {
            if let Some(default) = satisfied.iter().copied().find(is_default) {
                return Ok(Some(default.clone()));
            }
        }
    }
    Err(ambiguous_set())
}

fn check_mandatory(
    sig: &Signature,
    set: &str,
    bound: &Bound,
    mode: BindMode,
) -> Result<(), BindError> {
    let missing: Vec<&str> = sig
        .params
        .iter()
        .filter(|p| p.mandatory && p.is_in_set(set) && !bound.has(&p.name))
        .filter(|p| !(mode.expects_input && (p.by_value || p.by_property_name)))
        .map(|p| p.name.as_str())
        .collect();
    if missing.is_empty() {
        return Ok(());
    }
    Err(BindError::new(
        BindErrorKind::Parameter,
        "MissingMandatoryParameter",
        format!(
            "Cannot process command because of one or more missing mandatory parameters:{}.",
            missing.iter().map(|m| format!(" {m}")).collect::<String>()
        ),
        Extent::Command,
    ))
}

/// The names of mandatory parameters still missing for the bound set (for interactive prompts).
pub fn missing_mandatory(sig: &Signature, bound: &Bound) -> Vec<ParamDecl> {
    let set = bound
        .set
        .clone()
        .unwrap_or_else(|| sig.default_set.clone().unwrap_or_else(|| ALL_SETS.into()));
    sig.params
        .iter()
        .filter(|p| p.mandatory && p.is_in_set(&set) && !bound.has(&p.name))
        .cloned()
        .collect()
}

/// Binds one pipeline input object on top of the command-line binding: by value first, then by
/// property name. Errors are PowerShell's non-terminating InputObjectNotBound texts.
pub fn bind_input(
    sig: &Signature,
    base: &Bound,
    input: &Value,
    span: Span,
) -> Result<Bound, BindError> {
    let mut bound = base.clone();
    let names: Vec<&str> = base.params.iter().map(|p| p.name.as_str()).collect();
    let sets = sets_with(sig, &names);
    let open: Vec<&ParamDecl> = sig
        .params
        .iter()
        .filter(|p| !base.has(&p.name) && sets.iter().any(|s| p.is_in_set(s)))
        .collect();
    let mut took = false;
    if let Some(p) = open
        .iter()
        .find(|p| p.by_value && accepts_by_value(&p.ty, input))
    {
        let value = convert_argument(&p.name, input, &p.ty).ok();
        if let Some(value) = value {
            bound.params.push(BoundParam {
                name: p.name.clone(),
                value: Some(value),
                span,
            });
            took = true;
        }
    }
    if !took {
        for p in open.iter().filter(|p| p.by_property_name) {
            let found = std::iter::once(p.name.as_str())
                .chain(p.aliases.iter().map(String::as_str))
                .find_map(|n| input.property(n));
            if let Some(v) = found {
                if let Ok(value) = convert_argument(&p.name, &v, &p.ty) {
                    bound.params.push(BoundParam {
                        name: p.name.clone(),
                        value: Some(value),
                        span,
                    });
                    took = true;
                }
            }
        }
    }
    if !took {
        return Err(BindError::new(
            BindErrorKind::Value,
            "InputObjectNotBound",
            "The input object cannot be bound to any parameters for the command either because the command does not take pipeline input or the input and its properties do not match any of the parameters that take pipeline input.".into(),
            Extent::Command,
        ));
    }
    let names: Vec<&str> = bound.params.iter().map(|p| p.name.as_str()).collect();
    let sets = sets_with(sig, &names);
    if sets.is_empty() {
        return Err(ambiguous_set());
    }
    bound.set = choose_set(
        sig,
        &sets,
        &bound,
        BindMode {
            expects_input: false,
            prompt: false,
        },
    )?;
    if let Some(set) = bound.set.clone() {
        check_mandatory(sig, &set, &bound, BindMode { expects_input: false, prompt: false }).map_err(|e| BindError {
            id: "InputObjectMissingMandatory",
            message: e.message.replace(
                "Cannot process command because of one or more missing mandatory parameters:",
                "The input object cannot be bound because it did not contain the information required to bind all mandatory parameters:",
            ),
            ..e
        })?;
    }
    Ok(bound)
}

/// Whether a piped value binds by value without coercion.
fn accepts_by_value(ty: &ParamType, input: &Value) -> bool {
    match ty {
        ParamType::Object | ParamType::Other(_) => true,
        ParamType::String | ParamType::XdsIdentity => matches!(input, Value::Str(_)),
        ParamType::ScriptBlock => matches!(input, Value::ScriptBlock(_)),
        ParamType::Array(inner) => accepts_by_value(inner, input),
        // Numbers, dates and the like take what converts to them (PowerShell's second,
        // coercing pass).
        ParamType::Int16
        | ParamType::Int32
        | ParamType::Int64
        | ParamType::Byte
        | ParamType::UInt16
        | ParamType::UInt32
        | ParamType::UInt64
        | ParamType::Double
        | ParamType::Bool
        | ParamType::DateTime
        | ParamType::TimeSpan => convert_argument("", input, ty).is_ok(),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sig() -> Signature {
        Signature::new(
            "Set-Thing",
            vec![
                ParamDecl::new("Identity", ParamType::XdsIdentity)
                    .at(2)
                    .in_sets(&["Identity"]),
                ParamDecl::new("Instance", ParamType::Object)
                    .by_value()
                    .in_sets(&["Instance"]),
                ParamDecl::new("ClientAudioPort", ParamType::UInt16),
                ParamDecl::new("ClientAudioPortRange", ParamType::UInt32),
                ParamDecl::new("Enabled", ParamType::Bool),
                ParamDecl::new("Force", ParamType::Switch),
                ParamDecl::new("WhatIf", ParamType::Switch).alias("wi"),
                ParamDecl::new("Confirm", ParamType::Switch).alias("cf"),
            ],
        )
        .with_sets(&["Identity", "Instance"], "Identity")
    }

    fn span(n: usize) -> Span {
        Span::new(n, n + 1)
    }

    fn named(name: &str, n: usize) -> Arg {
        Arg::Named {
            name: name.into(),
            span: span(n),
            value: None,
        }
    }

    fn pos(v: Value, n: usize) -> Arg {
        Arg::Positional(ArgValue {
            value: Some(v),
            span: span(n),
        })
    }

    fn bind(args: &[Arg]) -> Result<Bound, BindError> {
        bind_arguments(
            &sig(),
            args,
            BindMode {
                expects_input: false,
                prompt: false,
            },
        )
    }

    #[test]
    fn arguments_no_position_takes_go_to_the_remaining_parameter() {
        let echo = Signature::new(
            "Write-Output",
            vec![
                ParamDecl::new("InputObject", ParamType::Array(Box::new(ParamType::Object)))
                    .at(0)
                    .remaining(),
            ],
        );
        let mode = BindMode {
            expects_input: false,
            prompt: false,
        };
        let args = [
            pos(Value::str("a"), 0),
            pos(Value::str("b"), 1),
            pos(Value::str("c"), 2),
        ];
        let b = bind_arguments(&echo, &args, mode).unwrap();
        let items = b
            .get("InputObject")
            .cloned()
            .unwrap_or_default()
            .into_items();
        assert_eq!(items, [Value::str("a"), Value::str("b"), Value::str("c")]);
        // Without such a parameter, an extra argument is still an error.
        let e = bind(&[pos(Value::str("x"), 0), pos(Value::str("y"), 1)]).unwrap_err();
        assert_eq!(e.id, "PositionalParameterNotFound");
    }

    #[test]
    fn exact_name_beats_longer_one() {
        let b = bind(&[named("clientaudioport", 0), pos(Value::Int32(50020), 1)]).unwrap();
        assert_eq!(b.get("ClientAudioPort"), Some(&Value::UInt16(50020)));
    }

    #[test]
    fn unique_prefix_binds_and_ambiguous_lists_matches() {
        let b = bind(&[named("ClientAudioPortR", 0), pos(Value::Int32(20), 1)]).unwrap();
        assert_eq!(b.get("ClientAudioPortRange"), Some(&Value::UInt32(20)));
        let e = bind(&[named("Client", 0), pos(Value::Int32(1), 1)]).unwrap_err();
        assert_eq!(e.id, "AmbiguousParameter");
        assert_eq!(e.message, "Parameter cannot be processed because the parameter name 'Client' is ambiguous. Possible matches include: -ClientAudioPort -ClientAudioPortRange.");
        assert_eq!(e.extent, Extent::At(span(0)));
    }

    #[test]
    fn declared_parameter_wins_a_prefix_over_common_ones() {
        // `-W` matches WarningAction, WarningVariable and WhatIf: ambiguous.
        let e = bind(&[named("W", 0)]).unwrap_err();
        assert_eq!(e.message, "Parameter cannot be processed because the parameter name 'W' is ambiguous. Possible matches include: -WarningAction -WarningVariable -WhatIf.");
        // `-E` matches Enabled (declared) and ErrorAction/ErrorVariable: Enabled wins.
        let b = bind(&[named("E", 0), pos(Value::Bool(true), 1)]).unwrap();
        assert_eq!(b.get("Enabled"), Some(&Value::Bool(true)));
    }

    #[test]
    fn unknown_missing_and_duplicate() {
        let e = bind(&[named("Nope", 0)]).unwrap_err();
        assert_eq!(e.id, "NamedParameterNotFound");
        let e = bind(&[named("ClientAudioPort", 0)]).unwrap_err();
        assert_eq!(e.message, "Missing an argument for parameter 'ClientAudioPort'. Specify a parameter of type 'System.UInt16' and try again.");
        let e = bind(&[named("ClientAudioPort", 0), named("Force", 1)]).unwrap_err();
        assert_eq!(e.id, "MissingArgument");
        let e = bind(&[named("Force", 0), named("Force", 1)]).unwrap_err();
        assert_eq!(e.id, "ParameterAlreadyBound");
        assert_eq!(e.extent, Extent::At(span(1)));
    }

    #[test]
    fn a_shared_position_goes_to_the_parameter_whose_type_takes_the_argument() {
        let sig = Signature::new(
            "ForEach-Object",
            vec![
                ParamDecl::new("Process", ParamType::ScriptBlock)
                    .at(0)
                    .in_sets(&["ScriptBlockSet"]),
                ParamDecl::new("MemberName", ParamType::String)
                    .at(0)
                    .in_sets(&["PropertyAndMethodSet"]),
            ],
        )
        .with_sets(
            &["ScriptBlockSet", "PropertyAndMethodSet"],
            "ScriptBlockSet",
        );
        let mode = BindMode {
            expects_input: true,
            prompt: false,
        };
        let by_name = bind_arguments(&sig, &[pos(Value::str("Identity"), 0)], mode).unwrap();
        assert_eq!(by_name.set.as_deref(), Some("PropertyAndMethodSet"));
        assert!(by_name.has("MemberName"));
    }

    #[test]
    fn positional_identity_and_leftovers() {
        let b = bind(&[pos(Value::str("site:Redmond"), 0)]).unwrap();
        assert_eq!(
            b.get("Identity").map(|v| v.to_display()).as_deref(),
            Some("site:Redmond")
        );
        assert_eq!(b.set.as_deref(), Some("Identity"));
        let e = bind(&[
            named("Identity", 0),
            pos(Value::str("global"), 1),
            pos(Value::str("-"), 2),
        ])
        .unwrap_err();
        assert_eq!(
            e.message,
            "A positional parameter cannot be found that accepts argument '-'."
        );
        assert_eq!(e.extent, Extent::Command);
    }

    #[test]
    fn switch_colon_values_and_boolean_strings() {
        let b = bind(&[Arg::Named {
            name: "Force".into(),
            span: span(0),
            value: Some(ArgValue {
                value: Some(Value::Bool(false)),
                span: span(1),
            }),
        }])
        .unwrap();
        assert_eq!(b.get("Force"), Some(&Value::Switch(false)));
        let e = bind(&[named("Enabled", 0), pos(Value::str("True"), 1)]).unwrap_err();
        assert_eq!(e.id, "CannotConvertArgument");
        assert_eq!(e.extent, Extent::At(span(1)));
    }

    #[test]
    fn conflicting_sets_are_ambiguous() {
        let e = bind(&[
            named("Identity", 0),
            pos(Value::str("global"), 1),
            named("Instance", 2),
            pos(Value::Null, 3),
        ])
        .unwrap_err();
        assert_eq!(e.id, "AmbiguousParameterSet");
    }

    #[test]
    fn pipeline_object_binds_by_value() {
        let base = bind_arguments(
            &sig(),
            &[named("Enabled", 0), pos(Value::Bool(true), 1)],
            BindMode {
                expects_input: true,
                prompt: false,
            },
        )
        .unwrap();
        assert_eq!(base.set, None);
        let object =
            Value::object(crate::value::PsObject::new("T").with("Identity", Value::str("Global")));
        let b = bind_input(&sig(), &base, &object, span(0)).unwrap();
        assert_eq!(b.set.as_deref(), Some("Instance"));
    }

    #[test]
    fn common_parameter_aliases() {
        let b = bind(&[
            named("ea", 0),
            pos(Value::str("SilentlyContinue"), 1),
            named("vb", 2),
        ])
        .unwrap();
        assert_eq!(
            b.get("ErrorAction").map(|v| v.to_display()).as_deref(),
            Some("SilentlyContinue")
        );
        assert!(b.switch("Verbose"));
    }
}
