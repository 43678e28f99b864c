//! The port-plan rules on the lab deployment, one situation per test.

use super::*;
use crate::engine::BufferHost;

/// The articles' plan: client ranges enabled and set, server app sharing moved below audio.
const ARTICLE_PLAN: &str = "Set-CsConferencingConfiguration -ClientMediaPortRangeEnabled $True -ClientAudioPort 50020 -ClientAudioPortRange 20 -ClientVideoPort 58000 -ClientVideoPortRange 20 -ClientAppSharingPort 42000 -ClientAppSharingPortRange 20 -ClientFileTransferPort 42020 -ClientFileTransferPortRange 20\nSet-CsConferenceServer -Identity ConferencingServer:atl-cs-001.litwareinc.com -AppSharingPortStart 40803 -AppSharingPortCount 8348";

fn findings_after(script: &str) -> Vec<Finding> {
    let mut engine = crate::cmdlets::shell(Session::lab(), Box::new(BufferHost::default()));
    let _ = engine.run(script, "line");
    assert!(!engine.had_error, "`{script}` failed");
    check(&engine.session)
}

fn kinds(findings: &[Finding]) -> Vec<(String, FindingKind)> {
    findings.iter().map(|f| (f.scope.clone(), f.kind)).collect()
}

const CONFERENCING_SERVER: &str = "ConferencingServer:atl-cs-001.litwareinc.com";

#[test]
fn a_fresh_lab_has_application_sharing_over_audio_and_video() {
    let findings = findings_after("");
    assert_eq!(findings.len(), 4, "{findings:#?}");
    assert!(findings
        .iter()
        .all(|f| f.kind == FindingKind::Overlap && f.scope == CONFERENCING_SERVER));
    assert_eq!(
        findings[0].detail,
        "Audio range 49152-57499 overlaps application sharing range 49152-65534."
    );
    assert!(findings[3]
        .detail
        .ends_with("of MediationServer:atl-cs-001.litwareinc.com."));
}

#[test]
fn the_articles_plan_is_clean() {
    assert_eq!(findings_after(ARTICLE_PLAN), []);
}

#[test]
fn ranges_set_without_enabling_them_are_inert() {
    let script = ARTICLE_PLAN.replace("$True", "$False");
    assert_eq!(
        kinds(&findings_after(&script)),
        [("Global".to_string(), FindingKind::Inert)]
    );
}

#[test]
fn default_client_ranges_while_disabled_are_not_reported() {
    let script = "Set-CsConferenceServer atl-cs-001.litwareinc.com -AppSharingPortStart 40803 -AppSharingPortCount 8348";
    assert_eq!(findings_after(script), []);
}

#[test]
fn client_ranges_outside_the_server_ranges_overlapping_or_small() {
    let script = format!("{ARTICLE_PLAN}\nSet-CsConferencingConfiguration -ClientAudioPort 10000 -ClientVideoPort 10010 -ClientVideoPortRange 10");
    let findings = findings_after(&script);
    let got = kinds(&findings);
    let global = |kind| ("Global".to_string(), kind);
    assert_eq!(
        got,
        [
            global(FindingKind::Overlap),
            global(FindingKind::TooSmall),
            global(FindingKind::OutsideServerRange),
            global(FindingKind::OutsideServerRange),
        ],
        "{findings:#?}"
    );
    assert_eq!(
        findings[2].detail,
        format!("Client audio range 10000-10019 is not within the audio range 49152-57499 of {CONFERENCING_SERVER}.")
    );
}

#[test]
fn the_collection_that_applies_to_the_servers_is_the_one_compared() {
    let script = format!("{ARTICLE_PLAN}\nNew-CsConferencingConfiguration -Identity site:Redmond -ClientMediaPortRangeEnabled $True -ClientAudioPort 20000 -ClientAudioPortRange 20 -ClientVideoPort 58000 -ClientVideoPortRange 20 -ClientAppSharingPort 42000 -ClientAppSharingPortRange 20 -ClientFileTransferPort 42020 -ClientFileTransferPortRange 20 | Out-Null");
    assert_eq!(
        kinds(&findings_after(&script)),
        [("Site:Redmond".to_string(), FindingKind::OutsideServerRange)]
    );
}

#[test]
fn a_tiny_mediation_range_and_cross_role_overlaps() {
    let script = format!("{ARTICLE_PLAN}\nSet-CsMediationServer atl-cs-001.litwareinc.com -AudioPortStart 57501 -AudioPortCount 5");
    let findings = findings_after(&script);
    assert_eq!(
        kinds(&findings),
        [
            (CONFERENCING_SERVER.to_string(), FindingKind::Overlap),
            (
                "MediationServer:atl-cs-001.litwareinc.com".to_string(),
                FindingKind::TooSmall
            ),
        ],
        "{findings:#?}"
    );
}

/// The client-port-ranges lab's trap: the site collection takes precedence over the global
/// one everywhere, so the global collection applies to no pool, yet a video range outside the
/// servers' is still reported, saying why it matters.
#[test]
fn a_collection_that_applies_to_no_pool_is_still_checked_and_says_so() {
    let script = "Set-CsConferenceServer -Identity ConferencingServer:atl-cs-001.litwareinc.com -AppSharingPortStart 40803 -AppSharingPortCount 8348\nNew-CsConferencingConfiguration -Identity site:Redmond\nSet-CsConferencingConfiguration -ClientMediaPortRangeEnabled $True -ClientAudioPort 50020 -ClientAudioPortRange 20 -ClientVideoPort 50040 -ClientVideoPortRange 20 -ClientAppSharingPort 42000 -ClientAppSharingPortRange 20 -ClientFileTransferPort 42020 -ClientFileTransferPortRange 20";
    let findings = findings_after(script);
    assert_eq!(
        kinds(&findings),
        [("Global".to_string(), FindingKind::OutsideServerRange)]
    );
    assert_eq!(
        findings[0].detail,
        "Client video range 50040-50059 is not within the video range 57501-65534 of ConferencingServer:atl-cs-001.litwareinc.com. This collection applies to no pool now (Site:Redmond takes precedence), but it would if that collection were removed."
    );
}
