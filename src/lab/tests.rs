//! Lab files: the built-in labs and their solutions, wrong solutions, errors with positions,
//! and starting sessions made from a session file and setup commands.

use super::*;

/// The session after `script` runs on `lab`'s start; fails the test on any error record.
fn after(lab: &Lab, script: &str) -> Session {
    let start = lab.starting_session().expect("the lab starts");
    let mut engine = crate::cmdlets::shell(start, Box::new(BufferHost::default()));
    let _ = engine.run(script, "line");
    let errors: Vec<&str> = engine
        .session
        .errors
        .iter()
        .map(|e| e.message.as_str())
        .collect();
    assert!(!engine.had_error, "{script}: {errors:?}");
    engine.session
}

fn built_in(name: &str) -> Lab {
    builtin::find(name)
        .expect("a built-in lab")
        .expect("it reads")
}

/// The numbers (1-based) of the objectives `session` does not meet.
fn open(lab: &Lab, session: &Session) -> Vec<usize> {
    lab.progress(session)
        .iter()
        .enumerate()
        .filter(|(_, done)| !**done)
        .map(|(i, _)| i + 1)
        .collect()
}

const SOLUTIONS: &[(&str, &str)] = &[
    (
        "server-port-ranges",
        include_str!("../../labs/solutions/server-port-ranges.ps1"),
    ),
    (
        "client-port-ranges",
        include_str!("../../labs/solutions/client-port-ranges.ps1"),
    ),
    (
        "non-windows-qos",
        include_str!("../../labs/solutions/non-windows-qos.ps1"),
    ),
    (
        "external-federation",
        include_str!("../../labs/solutions/external-federation.ps1"),
    ),
    (
        "client-policy",
        include_str!("../../labs/solutions/client-policy.ps1"),
    ),
    (
        "branch-normalization",
        include_str!("../../labs/solutions/branch-normalization.ps1"),
    ),
    (
        "gateway-routing",
        include_str!("../../labs/solutions/gateway-routing.ps1"),
    ),
    (
        "finance-conferencing",
        include_str!("../../labs/solutions/finance-conferencing.ps1"),
    ),
    (
        "move-team",
        include_str!("../../labs/solutions/move-team.ps1"),
    ),
    (
        "av-conference",
        include_str!("../../labs/solutions/av-conference.ps1"),
    ),
    (
        "prepare-and-publish",
        include_str!("../../labs/solutions/prepare-and-publish.ps1"),
    ),
];

#[test]
fn every_built_in_lab_has_a_solution_that_meets_every_objective() {
    let names: Vec<&str> = SOLUTIONS.iter().map(|(name, _)| *name).collect();
    assert_eq!(names, builtin::names());
    for (name, solution) in SOLUTIONS {
        let lab = built_in(name);
        assert!(lab.objectives.len() >= 3, "{name}");
        let start = lab.starting_session().expect("the lab starts");
        assert!(start.history.is_empty() && start.errors.is_empty());
        assert!(
            !open(&lab, &start).is_empty(),
            "{name} is done at the start"
        );
        assert_eq!(
            open(&lab, &after(&lab, solution)),
            Vec::<usize>::new(),
            "{name}"
        );
    }
}

#[test]
fn wrong_solutions_leave_the_right_objectives_open() {
    let cases: &[(&str, &str, &[usize])] = &[
        ("server-port-ranges", "", &[1, 3, 4, 5]),
        (
            "server-port-ranges",
            "Set-CsConferenceServer -Identity atl-cs-001.litwareinc.com -AppSharingPortStart 40803 -AppSharingPortCount 8348",
            &[3, 4, 5],
        ),
        (
            // One port too many: application sharing runs into the first audio port.
            "server-port-ranges",
            "Set-CsConferenceServer -Identity atl-cs-001.litwareinc.com -AppSharingPortStart 40803 -AppSharingPortCount 8350; Set-CsApplicationServer -Identity atl-cs-001.litwareinc.com -AudioPortStart 49152; Set-CsMediationServer -Identity atl-cs-001.litwareinc.com -AudioPortCount 8348",
            &[1, 5],
        ),
        (
            "server-port-ranges",
            "Set-CsConferenceServer -Identity atl-cs-001.litwareinc.com -AudioPortStart 49153 -AppSharingPortStart 40803 -AppSharingPortCount 8348",
            &[2, 3, 4, 5],
        ),
        (
            "client-port-ranges",
            "Set-CsConferencingConfiguration -ClientMediaPortRangeEnabled $True",
            &[2, 3, 4, 5],
        ),
        (
            "client-port-ranges",
            "Set-CsConferencingConfiguration -ClientMediaPortRangeEnabled $True -ClientAudioPort 50020 -ClientAudioPortRange 20 -ClientVideoPort 58000 -ClientVideoPortRange 20 -ClientAppSharingPort 42000 -ClientAppSharingPortRange 20 -ClientFileTransferPort 42020 -ClientFileTransferPortRange 20; Set-CsConferencingConfiguration -Identity site:Redmond -ClientMediaPortRangeEnabled $True",
            &[5],
        ),
        (
            // Ranges of their own, but video is outside the servers' video range.
            "client-port-ranges",
            "Get-CsConferencingConfiguration | Set-CsConferencingConfiguration -ClientMediaPortRangeEnabled $True -ClientAudioPort 50020 -ClientAudioPortRange 20 -ClientVideoPort 10000 -ClientVideoPortRange 20 -ClientAppSharingPort 42000 -ClientAppSharingPortRange 20 -ClientFileTransferPort 42020 -ClientFileTransferPortRange 20",
            &[3, 5],
        ),
        (
            "non-windows-qos",
            "Get-CsMediaConfiguration | Set-CsMediaConfiguration -EnableQoS $True; Get-CsUCPhoneConfiguration | Set-CsUCPhoneConfiguration -VoiceDiffServTag 46",
            &[3],
        ),
        (
            "non-windows-qos",
            "Set-CsMediaConfiguration -EnableQoS $True; Remove-CsMediaConfiguration -Identity site:Dublin; Set-CsUCPhoneConfiguration -VoiceDiffServTag 46",
            &[2, 3, 5],
        ),
        (
            // The service and the certificate fixed, the policy not: the transaction still fails.
            "av-conference",
            "Start-CsWindowsService -Name RTCAVMCU -ComputerName atl-cs-001.litwareinc.com; $c = Request-CsCertificate -New -Type Default -CA ca | Where-Object {$_.Thumbprint}; Set-CsCertificate -Type Default -Thumbprint $c.Thumbprint",
            &[3, 4],
        ),
        (
            // Taking the policy away from Ken Myer makes the transaction pass, but not the lab.
            "av-conference",
            "Start-CsWindowsService -Name RTCAVMCU -ComputerName atl-cs-001.litwareinc.com; $c = Request-CsCertificate -New -Type Default -CA ca | Where-Object {$_.Thumbprint}; Set-CsCertificate -Type Default -Thumbprint $c.Thumbprint; Grant-CsConferencingPolicy -Identity \"Ken Myer\" -PolicyName $null",
            &[3],
        ),
        (
            // A certificate requested before the topology names the address does not name it,
            // and the stopped agent leaves a replica behind.
            "prepare-and-publish",
            "$c = Request-CsCertificate -New -Type WebServicesExternal -CA ca | Where-Object {$_.Thumbprint}; Set-CsCertificate -Type WebServicesExternal -Thumbprint $c.Thumbprint; Set-CsWebServer -Identity WebServer:atl-cs-001.litwareinc.com -ExternalFqdn csweb-ext.litwareinc.com; Invoke-CsManagementStoreReplication 3>$null",
            &[2, 4, 5],
        ),
    ];
    for (name, script, expected) in cases {
        let lab = built_in(name);
        assert_eq!(
            open(&lab, &after(&lab, script)),
            *expected,
            "{name}: {script}"
        );
    }
}

fn parse_error(text: &str) -> String {
    Lab::parse(text, "bad.ron", None)
        .expect_err("the lab is refused")
        .to_string()
}

const ONE_OBJECTIVE: &str = "(\n    title: \"T\",\n    introduction: \"I\",\n    objectives: [\n        (\n            text: \"X\",\n            check: CHECK,\n        ),\n    ],\n)";

fn with_check(check: &str) -> String {
    ONE_OBJECTIVE.replace("CHECK", check)
}

#[test]
fn malformed_labs_are_refused_with_file_line_and_column() {
    let cases: &[(&str, &str)] = &[
        (
            "(\n    title: \"T\",\n    introduction: \"I\"\n    objectives: [],\n)",
            "bad.ron:4:5: Expected comma",
        ),
        (
            "(\n    title: \"T\",\n    objectives: [],\n)",
            "bad.ron:4:1: Unexpected missing field named `introduction` in `LabFile`",
        ),
        (
            "(\n    title: \"T\",\n    introduction: \"I\",\n    goals: [],\n)",
            "bad.ron:4:5: Unexpected field named `goals` in `LabFile`, expected one of `title`, `introduction`, `start`, or `objectives` instead",
        ),
        (
            "(title: \"T\", introduction: \"I\", objectives: [])",
            "bad.ron: the lab has no objectives",
        ),
    ];
    for (text, expected) in cases {
        assert_eq!(parse_error(text), *expected, "{text}");
    }
}

#[test]
fn a_check_that_names_something_wrong_is_refused_at_its_start() {
    let cases: &[(&str, &str)] = &[
        (
            "PropertyEquals(family: \"CsMediaConfig\", identity: \"Global\", property: \"EnableQoS\", value: true)",
            "bad.ron:7:20: there is no configuration family `CsMediaConfig` (did you mean CsMediaConfiguration?)",
        ),
        (
            "PropertyEquals(family: \"CsMediaConfiguration\", identity: \"Global\", property: \"EnableQoz\", value: true)",
            "bad.ron:7:20: CsMediaConfiguration has no property `EnableQoz`",
        ),
        (
            "PropertyEquals(family: \"CsUCPhoneConfiguration\", identity: \"Global\", property: \"VoiceDiffServTag\", value: 64)",
            "bad.ron:7:20: CsUCPhoneConfiguration.VoiceDiffServTag: The 64 argument is greater than the maximum allowed range of 63. Supply an argument that is less than or equal to 63 and then try the command again.",
        ),
        (
            "RecordExists(family: \"CsUCPhoneConfiguration\", identity: \"service:ConferencingServer:atl-cs-001.litwareinc.com\")",
            "bad.ron:7:20: CsUCPhoneConfiguration has no records at `service:ConferencingServer:atl-cs-001.litwareinc.com`; its scopes are global, site:<name>",
        ),
        (
            "RangesDisjoint([Service(service: \"UserDatabase:atl-sql-001.litwareinc.com\", traffic: Audio), Ports(start: 1024, count: 2)])",
            "bad.ron:7:20: UserDatabase services have no port settings (the media ranges are those of ConferencingServer, ApplicationServer, MediationServer and EdgeServer)",
        ),
        (
            "Not(RangeAtLeast(range: Service(service: \"MediationServer:atl-cs-001.litwareinc.com\", traffic: Video), ports: 7))",
            "bad.ron:7:24: MediationServer services have no Video range",
        ),
        (
            "Transaction(cmdlet: \"Test-CsNothing\", result: \"Success\")",
            "bad.ron:7:20: Test-CsNothing is not a synthetic transaction",
        ),
        (
            "Transaction(cmdlet: \"Test-CsIM\", result: \"Passed\")",
            "bad.ron:7:20: the result must be Success or Failure, not `Passed`",
        ),
        (
            "PortPlanClean(kinds: [Overlapping])",
            "bad.ron:7:42: Unexpected variant named `Overlapping` in enum `FindingKind`, expected one of `Overlap`, `OutsideServerRange`, `Inert`, or `TooSmall` instead",
        ),
    ];
    for (check, expected) in cases {
        assert_eq!(parse_error(&with_check(check)), *expected, "{check}");
    }
}

#[test]
fn a_start_is_a_session_file_beside_the_lab_and_setup_commands() {
    let folder = std::env::temp_dir().join(format!("lyncsh-lab-start-{}", std::process::id()));
    std::fs::create_dir_all(&folder).expect("a folder");
    let mut base = Session::lab();
    base.variables.set(
        "Pool",
        crate::value::Value::str("atl-cs-001.litwareinc.com"),
    );
    session::save(&base, &folder.join("base.ron")).expect("saved");
    let lab_text = with_check(
        "ServiceSettingEquals(service: \"ConferencingServer:atl-cs-001.litwareinc.com\", setting: \"appsharingportstart\", value: 40803)",
    )
    .replace(
        "    objectives:",
        "    start: (\n        session: \"base.ron\",\n        setup: [\"Set-CsConferenceServer -Identity $Pool -AudioPortCount 100\"],\n    ),\n    objectives:",
    );
    let path = folder.join("lab.ron");
    std::fs::write(&path, &lab_text).expect("written");
    let lab = Lab::open(&path.display().to_string()).expect("the lab reads");
    let start = lab.starting_session().expect("the lab starts");
    assert_eq!(open(&lab, &start), [1]);
    let audio = start
        .topology
        .service("ConferencingServer", "atl-cs-001.litwareinc.com")
        .and_then(|s| s.settings.as_ref())
        .and_then(|s| s.get("AudioPortCount"));
    assert_eq!(audio, Some(crate::value::Value::UInt16(100)));
    let solved = after(
        &lab,
        "Set-CsConferenceServer -Identity $Pool -AppSharingPortStart 40803",
    );
    assert_eq!(open(&lab, &solved), Vec::<usize>::new());

    let failing = lab_text.replace("-AudioPortCount 100", "-AudioPortCount 70000");
    std::fs::write(&path, failing).expect("written");
    let error = Lab::load(&path)
        .and_then(|lab| lab.starting_session())
        .expect_err("the setup fails");
    assert!(
        error.message.starts_with("setup command 1 (`Set-CsConferenceServer -Identity $Pool -AudioPortCount 70000`) failed: "),
        "{error}"
    );
    std::fs::write(&path, lab_text.replace("base.ron", "missing.ron")).expect("written");
    let error = Lab::load(&path)
        .and_then(|lab| lab.starting_session())
        .expect_err("no session file");
    assert!(
        error.message.starts_with("the starting session: "),
        "{error}"
    );
    let _ = std::fs::remove_dir_all(&folder);
}

#[test]
fn an_unknown_lab_name_lists_the_built_in_labs() {
    let error = Lab::open("no-such-lab").expect_err("refused");
    assert!(
        error
            .to_string()
            .ends_with("(built-in labs: server-port-ranges, client-port-ranges, non-windows-qos, external-federation, client-policy, branch-normalization, gateway-routing, finance-conferencing, move-team, av-conference, prepare-and-publish)"),
        "{error}"
    );
    assert!(Lab::open("CLIENT-port-ranges").is_ok());
}

#[test]
fn the_prompt_counts_objectives_and_the_summary_comes_once() {
    let lab = std::rc::Rc::new(built_in("non-windows-qos"));
    let start = lab.starting_session().expect("starts");
    let mut tracker = progress::Tracker::new(lab.clone(), &start);
    assert_eq!(tracker.prompt(&start, "PS C:\\> "), "[lab 0/5] PS C:\\> ");
    assert_eq!(tracker.after_input(&start), None);
    let done = after(&lab, SOLUTIONS[2].1);
    assert_eq!(tracker.prompt(&done, "PS C:\\> "), "[lab 5/5] PS C:\\> ");
    assert_eq!(
        tracker.after_input(&done).as_deref(),
        Some(
            "Lab complete: all 5 objectives of \"QoS for devices not based on Windows\" are met.\n"
        )
    );
    assert_eq!(tracker.after_input(&done), None);
    let report = progress::report(&lab, &start);
    assert!(
        report.starts_with(
            "Lab: QoS for devices not based on Windows: 0 of 5 objectives met.\n  [ ] 1. "
        ),
        "{report}"
    );
    let intro = progress::introduction(&lab, 120);
    assert!(
        intro.contains("\nObjectives:\n  1. ") && intro.ends_with("the prompt counts them.\n\n"),
        "{intro}"
    );
}
