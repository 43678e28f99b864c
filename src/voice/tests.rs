//! Normalization and routing on the lab, one situation per test.

use super::*;
use crate::engine::BufferHost;

fn session_after(script: &str) -> Session {
    let mut engine = crate::cmdlets::shell(Session::lab(), Box::new(BufferHost::default()));
    let _ = engine.run(script, "line");
    assert!(!engine.had_error, "`{script}` failed");
    engine.session
}

#[test]
fn the_dial_plans_article_rules_translate_as_it_says() {
    for (pattern, translation, dialed, expected) in [
        (r"^(\d{4})$", "+1425555$1", "0100", "+14255550100"),
        (r"^5(\d{4})$", "+1425555$1", "50100", "+14255550100"),
        (r"^1(\d{10})$", "+$1", "12145550100", "+2145550100"),
        (r"^011(\d*)$", "+$1", "01191445550100", "+91445550100"),
        (r"^0$", "+14255550100", "0", "+14255550100"),
    ] {
        assert_eq!(
            translate(pattern, translation, dialed),
            Ok(Some(expected.to_string()))
        );
    }
    assert_eq!(translate(r"^(\d{4})$", "+1425555$1", "12345"), Ok(None));
}

#[test]
fn the_first_matching_rule_by_priority_wins() {
    let session = session_after(
        "New-CsDialPlan -Identity site:Dublin\nNew-CsVoiceNormalizationRule -Identity 'site:Dublin/Seven' -Pattern '^(\\d{7})$' -Translation '+1425$1'\nNew-CsVoiceNormalizationRule -Identity 'site:Dublin/AnySeven' -Pattern '^(\\d{7})$' -Translation '+1972$1' -Priority 0",
    );
    let plan = session
        .store
        .get("CsDialPlan", &crate::identity::Scope::Site("Dublin".into()))
        .unwrap();
    let rules = plan.values[2].clone().into_items();
    let found = normalize(&rules, "5550100").unwrap().unwrap();
    assert_eq!(found.number, "+19725550100");
    assert_eq!(text_of(&found.rule, "Name"), "AnySeven");
    assert_eq!(normalize(&rules, "12"), Ok(None));
}

#[test]
fn a_number_takes_the_first_route_of_the_first_usage_that_has_one() {
    let session = session_after(
        "Get-CsVoiceRoute | Remove-CsVoiceRoute\nNew-CsVoiceRoute -Identity Far -Priority 1 -NumberPattern '^\\+1' -PstnUsages @{add='Long Distance'}\nNew-CsVoiceRoute -Identity Near -Priority 0 -NumberPattern '^\\+1425' -PstnUsages @{add='Local'}",
    );
    let usages = |list: &[&str]| list.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    let routed = route(
        &session,
        &usages(&["Local", "Long Distance"]),
        "+14255550100",
    )
    .unwrap();
    assert_eq!(
        routed,
        Some(Routed {
            route: "Near".into(),
            usage: "Local".into()
        })
    );
    let far = route(
        &session,
        &usages(&["Local", "Long Distance"]),
        "+12065550100",
    )
    .unwrap();
    assert_eq!(far.map(|r| r.route), Some("Far".into()));
    assert_eq!(
        route(&session, &usages(&["Internal"]), "+12065550100"),
        Ok(None)
    );
}

#[test]
fn new_cs_voice_regex_builds_the_reference_examples_patterns() {
    assert_eq!(
        voice_regex(Length::Exactly(7), "", 3, ""),
        Some((r"^\d{3}(\d{4})$".to_string(), "$1".to_string()))
    );
    assert_eq!(
        voice_regex(Length::AtLeast(7), "1", 0, ""),
        Some((r"^(1\d{5}\d+)$".to_string(), "$1".to_string()))
    );
    assert_eq!(
        voice_regex(Length::Exactly(10), "+1", 2, "9"),
        Some((r"^\+1(\d{8})$".to_string(), "9$1".to_string()))
    );
    assert_eq!(voice_regex(Length::Exactly(2), "425", 0, ""), None);
}
