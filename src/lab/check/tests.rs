//! Every check kind met and not met, and the names each one refuses.

use super::*;
use crate::engine::BufferHost;

fn check(text: &str) -> Result<Check, String> {
    crate::lab::ron_options()
        .from_str::<Check>(text)
        .map_err(|e| e.code.to_string())
}

/// The lab deployment after `script`.
fn session(script: &str) -> Session {
    let mut engine = crate::cmdlets::shell(Session::lab(), Box::new(BufferHost::default()));
    let _ = engine.run(script, "line");
    assert!(!engine.had_error, "{script}");
    engine.session
}

/// Asserts that `check_text` is not met on the fresh lab and is met after `script`.
fn met_only_after(check_text: &str, script: &str) {
    let check = check(check_text).expect("the check reads");
    assert!(
        !check.met(&Session::lab()),
        "met at the start: {check_text}"
    );
    assert!(
        check.met(&session(script)),
        "not met after `{script}`: {check_text}"
    );
}

const CONF_AUDIO: &str =
    "Service(service: \"ConferencingServer:atl-cs-001.litwareinc.com\", traffic: Audio)";
const CONF_SHARING: &str =
    "Service(service: \"service:conferencingserver:atl-cs-001.litwareinc.com\", traffic: AppSharing)";
const CLIENT_AUDIO: &str = "Record(family: \"CsConferencingConfiguration\", identity: \"global\", start: \"ClientAudioPort\", count: \"ClientAudioPortRange\")";
const MOVE_SHARING: &str = "Set-CsConferenceServer -Identity atl-cs-001.litwareinc.com -AppSharingPortStart 40803 -AppSharingPortCount 8348";

#[test]
fn property_checks_compare_typed_values_and_need_the_record() {
    met_only_after(
        "PropertyEquals(family: \"CsMediaConfiguration\", identity: \"Global\", property: \"EncryptionLevel\", value: \"supportencryption\")",
        "Set-CsMediaConfiguration -EncryptionLevel SupportEncryption",
    );
    met_only_after(
        "PropertyEquals(family: \"CsUCPhoneConfiguration\", identity: \"site:Dublin\", property: \"CalendarPollInterval\", value: \"00:03:00\")",
        "New-CsUCPhoneConfiguration -Identity site:Dublin",
    );
    met_only_after(
        "RecordExists(family: \"CsConferencingConfiguration\", identity: \"service:ConferencingServer:atl-cs-001.litwareinc.com\")",
        "New-CsConferencingConfiguration -Identity service:ConferencingServer:atl-cs-001.litwareinc.com",
    );
    let absent =
        check("Not(RecordExists(family: \"CsMediaConfiguration\", identity: \"site:Redmond\"))")
            .expect("reads");
    assert!(absent.met(&Session::lab()));
    assert!(!absent.met(&session("New-CsMediaConfiguration -Identity site:Redmond")));
}

#[test]
fn service_setting_checks_compare_the_shown_text() {
    met_only_after(
        "ServiceSettingEquals(service: \"EdgeServer:atl-edge-001.litwareinc.com\", setting: \"MediaCommunicationPortCount\", value: 24730)",
        "Set-CsEdgeServer -Identity EdgeServer:atl-edge-001.litwareinc.com -MediaCommunicationPortStart 40803 -MediaCommunicationPortCount 24730",
    );
    let registrar = check(
        "ServiceSettingEquals(service: \"MediationServer:atl-cs-001.litwareinc.com\", setting: \"Registrar\", value: \"registrar:ATL-CS-001.litwareinc.com\")",
    )
    .expect("reads");
    assert!(registrar.met(&Session::lab()));
    let unset = check(
        "ServiceSettingEquals(service: \"MediationServer:atl-cs-001.litwareinc.com\", setting: \"SipClientTcpPort\", value: None)",
    )
    .expect("reads");
    assert!(unset.met(&Session::lab()));
}

#[test]
fn range_checks_read_records_services_and_fixed_ports() {
    met_only_after(
        &format!("RangesDisjoint([{CONF_AUDIO}, {CONF_SHARING}])"),
        MOVE_SHARING,
    );
    met_only_after(
        &format!("RangesEqual([{CONF_SHARING}, Ports(start: 40803, count: 8348)])"),
        MOVE_SHARING,
    );
    met_only_after(
        &format!("RangeWithin(range: {CLIENT_AUDIO}, within: {CONF_AUDIO})"),
        "Set-CsConferencingConfiguration -ClientAudioPort 50020 -ClientAudioPortRange 20",
    );
    met_only_after(
        &format!("RangeAtLeast(range: {CLIENT_AUDIO}, ports: 100)"),
        "Set-CsConferencingConfiguration -ClientAudioPortRange 100",
    );
    let missing = check(
        "RangeAtLeast(range: Record(family: \"CsConferencingConfiguration\", identity: \"site:Dublin\", start: \"ClientAudioPort\", count: \"ClientAudioPortRange\"), ports: 1)",
    )
    .expect("reads");
    assert!(!missing.met(&Session::lab()));
}

#[test]
fn port_plan_checks_can_keep_to_kinds_and_a_scope() {
    met_only_after("PortPlanClean()", MOVE_SHARING);
    met_only_after("PortPlanClean(kinds: [Overlap, TooSmall])", MOVE_SHARING);
    let inert = check("PortPlanClean(kinds: [Inert], scope: \"Global\")").expect("reads");
    assert!(inert.met(&Session::lab()));
    assert!(!inert.met(&session(
        "Set-CsConferencingConfiguration -ClientAudioPort 50020"
    )));
    assert!(inert.met(&session(
        "New-CsConferencingConfiguration -Identity site:Redmond -ClientAudioPort 50020"
    )));
}

#[test]
fn user_checks_read_the_directory_as_get_cs_user_shows_it() {
    met_only_after(
        "UserProperty(user: \"sip:kenmyer@litwareinc.com\", property: \"RegistrarPool\", value: \"REDMOND.litwareinc.com\")",
        "Move-CsUser -Identity \"Ken Myer\" -Target redmond.litwareinc.com -Confirm:$False",
    );
    met_only_after(
        "UserProperty(user: \"Ken Myer\", property: \"ConferencingPolicy\", value: \"SalesConferencingPolicy\")",
        "Grant-CsConferencingPolicy -Identity \"Ken Myer\" -PolicyName SalesConferencingPolicy",
    );
    // An AD attribute, and an empty value written as "".
    let department =
        check("UserProperty(user: \"Ken Myer\", property: \"Department\", value: \"IT\")")
            .expect("reads");
    assert!(department.met(&Session::lab()));
    let no_policy =
        check("UserProperty(user: \"Ken Myer\", property: \"VoicePolicy\", value: \"\")")
            .expect("reads");
    assert!(no_policy.met(&Session::lab()));
    // A name that finds nobody, or several people, meets nothing.
    let nobody =
        check("Not(UserProperty(user: \"Nobody Here\", property: \"VoicePolicy\", value: \"\"))")
            .expect("reads");
    assert!(nobody.met(&Session::lab()));
    met_only_after(
        "UserCount(filter: \"Department -eq \\\"Finance\\\" -and Enabled -eq $True\", count: 3)",
        "Set-CsUser -Identity \"Pilar Ackerman\" -Enabled $True",
    );
}

#[test]
fn combinations_join_checks() {
    let enabled = "PropertyEquals(family: \"CsConferencingConfiguration\", identity: \"Global\", property: \"ClientMediaPortRangeEnabled\", value: true)";
    let qos = "PropertyEquals(family: \"CsMediaConfiguration\", identity: \"Global\", property: \"EnableQoS\", value: true)";
    let both = format!("All([{enabled}, {qos}])");
    let either = format!("Any([{enabled}, {qos}])");
    let one = session("Set-CsMediaConfiguration -EnableQoS $true");
    assert!(!check(&both).expect("reads").met(&one));
    assert!(check(&either).expect("reads").met(&one));
    assert!(!check(&either).expect("reads").met(&Session::lab()));
}

#[test]
fn names_and_values_that_cannot_be_checked_are_refused() {
    let cases: &[(&str, &str)] = &[
        (
            "RecordExists(family: \"CsMediaConfiguration\", identity: \"site:\")",
            "`site:` is not an identity (Global, site:NAME, service:ROLE:FQDN or tag:NAME)",
        ),
        (
            "PropertyEquals(family: \"CsMediaConfiguration\", identity: \"Global\", property: \"MaxVideoRateAllowed\", value: \"VGA\")",
            "`VGA` is not a value of CsMediaConfiguration.MaxVideoRateAllowed, which takes one of Hd720p15M, VGA600K, CIF250K",
        ),
        (
            "RangeAtLeast(range: Record(family: \"CsConferencingConfiguration\", identity: \"Global\", start: \"Organization\", count: \"ClientAudioPortRange\"), ports: 1)",
            "CsConferencingConfiguration.Organization is not a number, so it cannot hold a port",
        ),
        (
            "RangesEqual([CONF])",
            "name at least two ranges to compare",
        ),
        (
            "ServiceSettingEquals(service: \"ApplicationServer:atl-cs-001.litwareinc.com\", setting: \"AudioPort\", value: 1)",
            "ApplicationServer services have no setting `AudioPort` (they have Registrar, ApplicationDatabase, RgsSipPort, CaaSipPort, CasSipPort, CpsSipPort, AtsSipPort, PdpSipPort, PdpTurnPort, RgsWcfMtlsPort, AudioPortStart, AudioPortCount, VideoPortStart, VideoPortCount, AppSharingPortStart, AppSharingPortCount)",
        ),
        (
            "ServiceSettingEquals(service: \"ApplicationServer:atl-cs-001.litwareinc.com\", setting: \"AudioPortStart\", value: \"high\")",
            "AudioPortStart holds a port number, not `high`",
        ),
        (
            "UserProperty(user: \"Ken Myer\", property: \"Shoe\", value: \"x\")",
            "Shoe is not a property of a user",
        ),
        (
            "UserCount(filter: \"Department -eq\", count: 1)",
            "FILTER_ERROR",
        ),
        (
            "ServiceSettingEquals(service: \"atl-cs-001.litwareinc.com\", setting: \"AudioPortStart\", value: 1)",
            "`atl-cs-001.litwareinc.com` is not a service identity such as ConferencingServer:atl-cs-001.litwareinc.com",
        ),
    ];
    for (text, expected) in cases {
        let text = text.replace("CONF", CONF_AUDIO);
        let error = check(&text).expect_err("refused");
        if *expected == "FILTER_ERROR" {
            assert!(
                error.starts_with("the filter `Department -eq` is not valid: "),
                "{error}"
            );
        } else {
            assert_eq!(error, *expected, "{text}");
        }
    }
}
