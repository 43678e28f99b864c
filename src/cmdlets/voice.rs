//! The Test-Cs* voice cmdlets: Test-CsVoiceNormalizationRule, Test-CsDialPlan,
//! Test-CsVoiceRoute, Test-CsVoicePolicy and Test-CsVoiceUser. Each takes the real objects Get
//! returns (a name does not do, as in Lync) and prints the real result object, with empty
//! values when nothing matches; the answers come from [`crate::voice`].

use super::{BuiltinFn, CmdletResult};
use crate::directory::policy_index;
use crate::engine::{Call, Engine, Flow};
use crate::error::ErrorCategory;
use crate::value::{PsObject, Value};
use crate::voice::{self, Normalized, Routed};

/// The catalog cmdlets this file emulates.
pub const HANDLERS: &[(&str, BuiltinFn)] = &[
    ("Test-CsVoiceNormalizationRule", test_rule),
    ("Test-CsDialPlan", test_dial_plan),
    ("Test-CsVoiceRoute", test_route),
    ("Test-CsVoicePolicy", test_policy),
    ("Test-CsVoiceUser", test_user),
    ("Test-CsTrunkConfiguration", test_trunk),
    ("Test-CsInterTrunkRouting", test_inter_trunk),
];

const RESULTS: &str = "Microsoft.Rtc.Management.Voice";

/// The object bound to `parameter`, when it is one of the .NET type whose name ends with
/// `type_name`; otherwise Lync's argument-transformation error (a name is not enough).
fn object_argument(
    engine: &Engine,
    call: &Call,
    parameter: &str,
    type_name: &str,
) -> Result<Value, Flow> {
    let value = call.bound.get(parameter).cloned().unwrap_or(Value::Null);
    let fits = matches!(&value, Value::Object(o) if o.borrow().type_name.ends_with(&format!(".{type_name}")));
    if fits {
        return Ok(value);
    }
    Err(Flow::Error(Box::new(engine.cmdlet_error(
        call,
        format!("Cannot process argument transformation on parameter '{parameter}'. Invalid {type_name}setting (parameter). Specify a valid setting (parameter) and then try again."),
        "ParameterArgumentTransformationError",
        ErrorCategory::InvalidData,
        "ParameterBindingArgumentTransformationException",
    ))))
}

fn number(call: &Call, parameter: &str) -> String {
    call.bound
        .get(parameter)
        .map(Value::to_display)
        .unwrap_or_default()
}

/// A pattern that does not compile, as an error record.
fn pattern_error(engine: &Engine, call: &Call, message: String) -> Flow {
    Flow::Error(Box::new(engine.cmdlet_error(
        call,
        message,
        "InvalidPattern",
        ErrorCategory::InvalidArgument,
        "ArgumentException",
    )))
}

fn result(type_name: &str, fields: Vec<(&str, Value)>) -> Value {
    let mut object = PsObject::new(format!("{RESULTS}.{type_name}"));
    for (name, value) in fields {
        object = object.with(name, value);
    }
    Value::object(object)
}

fn text_or_null(text: Option<String>) -> Value {
    text.map_or(Value::Null, Value::str)
}

fn normalized_fields(normalized: Option<Normalized>) -> Vec<(&'static str, Value)> {
    let (number, rule) = match normalized {
        Some(n) => (Value::str(n.number), n.rule),
        None => (Value::Null, Value::Null),
    };
    vec![("TranslatedNumber", number), ("MatchingRule", rule)]
}

fn routed_fields(routed: Option<Routed>) -> Vec<(&'static str, Value)> {
    let (route, usage) = match routed {
        Some(r) => (Value::str(r.route), Value::str(r.usage)),
        None => (Value::Null, Value::Null),
    };
    vec![("FirstMatchingRoute", route), ("MatchingUsage", usage)]
}

fn test_rule(engine: &mut Engine, call: &Call) -> CmdletResult {
    let rule = object_argument(engine, call, "NormalizationRule", "NormalizationRule")?;
    let dialed = number(call, "DialedNumber");
    let translated = voice::translate(
        &voice::text_of(&rule, "Pattern"),
        &voice::text_of(&rule, "Translation"),
        &dialed,
    )
    .map_err(|e| pattern_error(engine, call, e))?;
    Ok(vec![result(
        "NormalizationRuleTestResult",
        vec![("TranslatedNumber", text_or_null(translated))],
    )])
}

fn test_dial_plan(engine: &mut Engine, call: &Call) -> CmdletResult {
    let plan = object_argument(engine, call, "Dialplan", "LocationProfile")?;
    let rules = plan
        .property("NormalizationRules")
        .map(Value::into_items)
        .unwrap_or_default();
    let normalized = voice::normalize(&rules, &number(call, "DialedNumber"))
        .map_err(|e| pattern_error(engine, call, e))?;
    Ok(vec![result(
        "LocationProfileTestResult",
        normalized_fields(normalized),
    )])
}

fn test_route(engine: &mut Engine, call: &Call) -> CmdletResult {
    let route = object_argument(engine, call, "Route", "Route")?;
    let matched = voice::matches(
        &voice::text_of(&route, "NumberPattern"),
        &number(call, "TargetNumber"),
    )
    .map_err(|e| pattern_error(engine, call, e))?;
    Ok(vec![result(
        "VoiceRouteTestResult",
        vec![("MatchesPattern", Value::Bool(matched))],
    )])
}

fn test_policy(engine: &mut Engine, call: &Call) -> CmdletResult {
    let policy = object_argument(engine, call, "VoicePolicy", "VoicePolicy")?;
    let usages = voice::list_of(&policy, "PstnUsages");
    let routed = voice::route(&engine.session, &usages, &number(call, "TargetNumber"))
        .map_err(|e| pattern_error(engine, call, e))?;
    Ok(vec![result("VoicePolicyTestResult", routed_fields(routed))])
}

/// The user's dial plan normalizes the number; their voice policy routes the result (or the
/// number as dialed, when no rule matched).
fn test_user(engine: &mut Engine, call: &Call) -> CmdletResult {
    let typed = number(call, "SipUri");
    if call.bound.switch("Verbose") {
        engine.write_verbose(&format!("Locating user with identity \"{typed}\""));
    }
    let Some(at) = super::users::one_lync_user(engine, call)? else {
        return Ok(vec![]);
    };
    let session = &engine.session;
    let user = session.directory.user(at);
    let plan = policy_index("DialPlan")
        .and_then(|kind| super::users::effective_record(session, user, kind));
    let policy = policy_index("VoicePolicy")
        .and_then(|kind| super::users::effective_record(session, user, kind));
    let plan_name = plan.map(|r| r.identity.to_string()).unwrap_or_default();
    let (rules, usages): (Vec<Value>, Vec<String>) = (
        plan.and_then(|r| value_of("CsDialPlan", r, "NormalizationRules"))
            .map(Value::into_items)
            .unwrap_or_default(),
        policy
            .and_then(|r| value_of("CsVoicePolicy", r, "PstnUsages"))
            .map(|v| v.into_items().iter().map(Value::to_display).collect())
            .unwrap_or_default(),
    );
    let dialed = number(call, "DialedNumber");
    let outcome = voice::normalize(&rules, &dialed).and_then(|normalized| {
        let target = normalized
            .as_ref()
            .map_or(dialed.clone(), |n| n.number.clone());
        Ok((normalized, voice::route(session, &usages, &target)?))
    });
    let (normalized, routed) = outcome.map_err(|e| pattern_error(engine, call, e))?;
    if call.bound.switch("Verbose") {
        engine.write_verbose(&format!("Loading dial plan: \"{plan_name}\""));
    }
    let mut fields = normalized_fields(normalized);
    fields.extend(routed_fields(routed));
    Ok(vec![result("OcsVoiceUserTestResult", fields)])
}

/// The trunk's outbound translation rules on the dialed number: the first match by priority,
/// shown by the rule's Identity, as Lync shows it here.
fn test_trunk(engine: &mut Engine, call: &Call) -> CmdletResult {
    let trunk = object_argument(engine, call, "TrunkConfiguration", "TrunkConfiguration")?;
    let rules = trunk
        .property("OutboundTranslationRulesList")
        .map(Value::into_items)
        .unwrap_or_default();
    let normalized = voice::normalize(&rules, &number(call, "DialedNumber"))
        .map_err(|e| pattern_error(engine, call, e))?;
    let trunk_identity = voice::text_of(&trunk, "Identity");
    let (translated, rule) = match normalized {
        Some(n) => (
            Value::str(n.number),
            Value::str(format!(
                "{trunk_identity}/{}",
                voice::text_of(&n.rule, "Name")
            )),
        ),
        None => (Value::Null, Value::Null),
    };
    Ok(vec![result(
        "TrunkConfigurationTestResult",
        vec![("TranslatedNumber", translated), ("MatchingRule", rule)],
    )])
}

/// A call arriving on the trunk, routed out again by the trunk's own PSTN usages.
fn test_inter_trunk(engine: &mut Engine, call: &Call) -> CmdletResult {
    let trunk = object_argument(engine, call, "TrunkConfiguration", "TrunkConfiguration")?;
    let usages = voice::list_of(&trunk, "PstnUsages");
    let target = number(call, "TargetNumber");
    let target = target.strip_prefix("tel:").unwrap_or(&target);
    let all = voice::routes(&engine.session, &usages, target)
        .map_err(|e| pattern_error(engine, call, e))?;
    let names: Vec<Value> = all.iter().map(|r| Value::str(r.route.as_str())).collect();
    let mut fields = routed_fields(all.into_iter().next());
    fields.push(("MatchingRoutes", Value::array(names)));
    Ok(vec![result("InterTrunkRoutingTestResult", fields)])
}

/// A declared property of a stored record.
fn value_of(noun: &str, record: &crate::store::Record, property: &str) -> Option<Value> {
    let (index, _) = crate::families::find(noun)?.property(property)?;
    record.values.get(index).cloned()
}
