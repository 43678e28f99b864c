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
    ("Test-CsVoiceTestConfiguration", test_configuration),
    ("New-CsVoiceRegex", new_voice_regex),
    ("Get-CsTrunk", get_trunk),
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
    call.bound.text(parameter).unwrap_or_default()
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
        plan.and_then(|r| r.property("CsDialPlan", "NormalizationRules").cloned())
            .map(Value::into_items)
            .unwrap_or_default(),
        policy.map(voice::policy_usages).unwrap_or_default(),
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

/// A stored test (`-TestCaseInputObject`, with its target dial plan and voice policy unless
/// -Dialplan or -VoicePolicy is given), or an ad hoc one (-DialedNumber, -Dialplan,
/// -VoicePolicy). A stored test's Result is Success when the number normalizes and every
/// expectation it sets is met, else Fail; an ad hoc test sets none and has no Result.
fn test_configuration(engine: &mut Engine, call: &Call) -> CmdletResult {
    let stored = match call.bound.get("TestCaseInputObject") {
        Some(_) => Some(object_argument(
            engine,
            call,
            "TestCaseInputObject",
            "TestConfiguration",
        )?),
        None => None,
    };
    let plan = match (call.bound.get("Dialplan"), &stored) {
        (Some(_), _) | (None, None) => {
            object_argument(engine, call, "Dialplan", "LocationProfile")?
        }
        (None, Some(test)) => named_record(
            engine,
            call,
            "CsDialPlan",
            &voice::text_of(test, "TargetDialplan"),
        )?,
    };
    let policy = match (call.bound.get("VoicePolicy"), &stored) {
        (Some(_), _) | (None, None) => object_argument(engine, call, "VoicePolicy", "VoicePolicy")?,
        (None, Some(test)) => named_record(
            engine,
            call,
            "CsVoicePolicy",
            &voice::text_of(test, "TargetVoicePolicy"),
        )?,
    };
    if call.bound.switch("Verbose") {
        let plan_name = voice::text_of(&plan, "Identity");
        engine.write_verbose(&format!("Loading dial plan: \"{plan_name}\""));
        let policy_name = voice::text_of(&policy, "Identity");
        engine.write_verbose(&format!("Loading voice policy: \"{policy_name}\""));
    }
    let dialed = match &stored {
        Some(test) => voice::text_of(test, "DialedNumber"),
        None => number(call, "DialedNumber"),
    };
    let rules = plan
        .property("NormalizationRules")
        .map(Value::into_items)
        .unwrap_or_default();
    let usages = voice::list_of(&policy, "PstnUsages");
    let outcome = voice::normalize(&rules, &dialed).and_then(|normalized| {
        let target = normalized
            .as_ref()
            .map_or(dialed.clone(), |n| n.number.clone());
        Ok((normalized, voice::route(&engine.session, &usages, &target)?))
    });
    let (normalized, routed) = outcome.map_err(|e| pattern_error(engine, call, e))?;
    let verdict = stored.as_ref().map(|test| {
        let expected = |name: &str| Some(voice::text_of(test, name)).filter(|t| !t.is_empty());
        let met = |name: &str, actual: Option<&str>| {
            expected(name)
                .is_none_or(|want| actual.is_some_and(|got| got.eq_ignore_ascii_case(&want)))
        };
        let success = normalized.is_some()
            && met(
                "ExpectedTranslatedNumber",
                normalized.as_ref().map(|n| n.number.as_str()),
            )
            && met("ExpectedRoute", routed.as_ref().map(|r| r.route.as_str()))
            && met("ExpectedUsage", routed.as_ref().map(|r| r.usage.as_str()));
        Value::str(if success { "Success" } else { "Fail" })
    });
    let mut fields = vec![("Result", verdict.unwrap_or(Value::Null))];
    fields.extend(normalized_fields(normalized));
    fields.extend(routed_fields(routed));
    Ok(vec![result("OcsVoiceTestResult", fields)])
}

/// The record of `noun` a test configuration names (`Global`, `site:Redmond`, a per-user
/// name), as the object Get returns; a name that names none is an error.
fn named_record(engine: &Engine, call: &Call, noun: &str, typed: &str) -> Result<Value, Flow> {
    let found = crate::families::find(noun).and_then(|decl| {
        let scope = decl.identity_of(typed)?;
        let record = engine.session.store.get(noun, &scope)?;
        Some(super::family::to_object(decl, record))
    });
    found.ok_or_else(|| {
        let label = crate::families::find(noun).map_or(noun, |d| d.label);
        Flow::Error(Box::new(engine.cmdlet_error(
            call,
            format!("Cannot find a {label} with the Identity \"{typed}\"."),
            "ObjectNotFound",
            ErrorCategory::ObjectNotFound,
            "InvalidOperationException",
        )))
    })
}

/// New-CsVoiceRegex: a pattern and translation built from lengths and digits.
fn new_voice_regex(engine: &mut Engine, call: &Call) -> CmdletResult {
    let count = |name: &str| {
        call.bound
            .get(name)
            .and_then(Value::as_i128)
            .map(|n| usize::try_from(n.max(0)).unwrap_or(0))
    };
    let length = match (count("ExactLength"), count("AtLeastLength")) {
        (Some(n), None) => Some(voice::Length::Exactly(n)),
        (None, Some(n)) => Some(voice::Length::AtLeast(n)),
        _ => None,
    };
    let starts_with = number(call, "StartsWith");
    let built = length.and_then(|length| {
        voice::voice_regex(
            length,
            &starts_with,
            count("DigitsToStrip").unwrap_or(0),
            &number(call, "DigitsToPrepend"),
        )
    });
    let Some((pattern, translation)) = built else {
        let message = match length {
            None => "Specify either -ExactLength or -AtLeastLength.".to_string(),
            Some(_) => "The length is too short for the StartsWith digits and the digits to strip."
                .to_string(),
        };
        return Err(Flow::Error(Box::new(engine.cmdlet_error(
            call,
            message,
            "InvalidVoiceRegex",
            ErrorCategory::InvalidArgument,
            "ArgumentException",
        ))));
    };
    Ok(vec![result(
        "OcsVoiceRegex",
        vec![
            ("Pattern", Value::str(pattern)),
            ("Translation", Value::str(translation)),
        ],
    )])
}

/// Get-CsTrunk: one trunk per PSTN gateway of the topology, named like the gateway service,
/// served by the first Mediation Server of the gateway's site; -PoolFqdn picks the trunks of
/// a gateway or of the Mediation Server pool that serves it.
fn get_trunk(engine: &mut Engine, call: &Call) -> CmdletResult {
    let identity = call.bound.text("Identity");
    let filter = call.bound.text("Filter");
    let pool = call.bound.text("PoolFqdn");
    let topology = &engine.session.topology;
    let mut out = Vec::new();
    for gateway in topology.services.iter().filter(|s| s.role == "PstnGateway") {
        let shown = gateway.identity();
        let site = topology.site_of_pool(&gateway.pool).map(|s| s.name.clone());
        let mediation_service = topology.services.iter().find(|s| {
            s.role == "MediationServer"
                && topology.site_of_pool(&s.pool).map(|x| x.name.clone()) == site
        });
        let mediation = mediation_service.map(|s| s.identity()).unwrap_or_default();
        let mediation_pool = mediation_service.map_or("", |s| s.pool.as_str());
        let wanted = identity.as_ref().is_none_or(|i| {
            i.eq_ignore_ascii_case(&shown) || i.eq_ignore_ascii_case(&format!("service:{shown}"))
        }) && filter
            .as_ref()
            .is_none_or(|f| crate::wildcard::wildcard_match(f, &shown, false))
            && pool.as_ref().is_none_or(|p| {
                p.eq_ignore_ascii_case(&gateway.pool) || p.eq_ignore_ascii_case(mediation_pool)
            });
        if wanted {
            let mut object =
                PsObject::new("Microsoft.Rtc.Management.Xds.DisplayPstnGateway#Decorated");
            object = object
                .with("Identity", Value::str(shown))
                .with("PoolFqdn", Value::str(gateway.pool.as_str()))
                .with("MediationServer", Value::str(mediation))
                .with("Routable", Value::Bool(true));
            out.push(Value::object(object));
        }
    }
    if let (Some(typed), true) = (&identity, out.is_empty()) {
        let e = engine.cmdlet_error(
            call,
            format!("Cannot find a trunk with the Identity \"{typed}\"."),
            "ObjectNotFound",
            ErrorCategory::ObjectNotFound,
            "InvalidOperationException",
        );
        engine.write_error(e)?;
    }
    Ok(out)
}
