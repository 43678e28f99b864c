//! Sessions that last: the committed example loads, saves survive being killed, a change script
//! is rehearsed on a saved state and its history replays to the same state, transcripts record
//! what was typed, a bad file changes nothing, and `load(save(s)) == s` for generated sessions.

use crate::support::{Lyncsh, Scratch};
use lyncsh::engine::BufferHost;
use lyncsh::families;
use lyncsh::family::{PropDecl, PropType};
use lyncsh::identity::Scope;
use lyncsh::session::{self, save, Session};
use lyncsh::store::topology::{Pool, Service, Site, Topology};
use lyncsh::store::{ConfigStore, Record};
use lyncsh::value::{DateTime, TimeSpan, Value};
use proptest::prelude::*;
use std::path::Path;
use std::time::Duration;

const EXAMPLE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/docs/examples/lab-session.ron");

#[test]
fn the_committed_example_session_loads_and_saves_back_unchanged() {
    let loaded = session::load(Path::new(EXAMPLE)).expect("the example loads");
    let redmond = loaded
        .store
        .get(
            "CsConferencingConfiguration",
            &Scope::Site("Redmond".into()),
        )
        .expect("a Redmond record");
    assert!(redmond.values.contains(&Value::UInt16(50020)));
    assert_eq!(loaded.history.len(), 4);
    let text = std::fs::read_to_string(EXAMPLE).expect("read the example");
    assert_eq!(save::to_string(&loaded).unwrap(), text);
}

/// The same session as written by lyncsh of format versions 1 (every family written out, only
/// the first four families known) and 2 (only the changed families written out).
const EXAMPLE_V1: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/docs/examples/lab-session-v1.ron"
);
const EXAMPLE_V2: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/docs/examples/lab-session-v2.ron"
);
/// Version 3: the lab's records of the reference's examples, no directory of users.
const EXAMPLE_V3: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/docs/examples/lab-session-v3.ron"
);

/// Version 4: the same session, saved before session files recorded their lab.
const EXAMPLE_V4: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/docs/examples/lab-session-v4.ron"
);

#[test]
fn a_version_4_file_loads_without_a_lab_and_saves_as_the_current_version() {
    let v4 = session::load(Path::new(EXAMPLE_V4)).expect("the version 4 example loads");
    assert_eq!(v4.lab, None);
    let current = session::load(Path::new(EXAMPLE)).unwrap();
    assert_eq!(v4.topology, current.topology);
    assert_eq!(v4.history, current.history);
    // The trunk rules the version 5 lab added are not in a version 4 session.
    let rules = |s: &lyncsh::session::Session| {
        s.store
            .get("CsTrunkConfiguration", &Scope::Site("Redmond".into()))
            .map(|r| r.values[0].clone().into_items().len())
    };
    assert_eq!(rules(&v4), Some(0));
    assert_eq!(rules(&current), Some(3));
    let text = save::to_string(&v4).unwrap();
    assert!(text.starts_with(&format!(
        "(\n    version: {},\n    topology",
        session::file::VERSION
    )));
    assert_eq!(session::load::parse(&text, "saved.ron"), Ok(v4));
}

#[test]
fn a_file_without_a_directory_loads_with_the_labs_and_a_changed_one_round_trips() {
    let v3 = session::load(Path::new(EXAMPLE_V3)).expect("the version 3 example loads");
    assert_eq!(v3.directory, lyncsh::directory::Directory::lab());
    // The per-user policies the lab gained in version 4 are not in a version 3 session.
    let granted = Scope::Tag("VoicePolicyRedmond".into());
    assert!(v3.store.get("CsVoicePolicy", &granted).is_none());
    let current = session::load(Path::new(EXAMPLE)).unwrap();
    assert!(current.store.get("CsVoicePolicy", &granted).is_some());
    assert_eq!(v3.directory, current.directory);
    let mut changed = v3;
    let ken = changed
        .directory
        .by_key("sip:kenmyer@litwareinc.com")
        .unwrap();
    changed
        .directory
        .update(ken, |u| u.policies.set(2, Some("SalesConferencingPolicy")));
    let text = save::to_string(&changed).unwrap();
    assert!(text.contains("SalesConferencingPolicy"));
    assert_eq!(session::load::parse(&text, "saved.ron"), Ok(changed));
}

#[test]
fn older_files_load_over_the_lab_of_their_version_and_save_as_the_current_one() {
    let v1 = session::load(Path::new(EXAMPLE_V1)).expect("the version 1 example loads");
    let v2 = session::load(Path::new(EXAMPLE_V2)).expect("the version 2 example loads");
    assert_eq!(v1, v2);
    // Records the lab gained in version 3 are not in a session saved before it.
    let fabrikam = Scope::Name("fabrikam.com".into());
    assert!(v2.store.get("CsAllowedDomain", &fabrikam).is_none());
    let current = session::load(Path::new(EXAMPLE)).expect("the example loads");
    assert!(current.store.get("CsAllowedDomain", &fabrikam).is_some());
    // Saved again, the file is of the current version and says what the old lab lacked.
    let text = save::to_string(&v2).unwrap();
    assert!(text.contains(&format!("version: {},", session::file::VERSION)));
    assert!(text.contains("CsAllowedDomain: [],"));
    assert_eq!(session::load::parse(&text, "saved.ron"), Ok(v2));
}

/// A session with `sites` sites, each with its own conferencing record.
fn big_session(sites: usize, tag: &str) -> Session {
    let mut s = Session::lab();
    let family = families::all()[0];
    let mut records = s.store.records(family.noun).to_vec();
    for i in 0..sites {
        s.topology.sites.push(Site {
            name: format!("Site{i}"),
            site_id: 10 + i as u32,
            description: format!("Site {i} {tag}"),
            ..Site::default()
        });
        records.push(Record {
            identity: Scope::Site(format!("Site{i}")),
            values: family.defaults(),
        });
    }
    s.store.replace_records(family.noun, records);
    s.variables.set("tag", Value::str(tag));
    s
}

#[test]
fn a_save_killed_at_any_moment_leaves_the_old_file_or_the_new_one() {
    let scratch = Scratch::new();
    let (a, b) = (big_session(2000, "a"), big_session(2000, "b"));
    let (a_text, b_text) = (save::to_string(&a).unwrap(), save::to_string(&b).unwrap());
    let sources = [
        scratch.file("a.ron", &a_text),
        scratch.file("b.ron", &b_text),
    ];
    let target = scratch.file("target.ron", &a_text);
    let command = format!("Save-LabSession -Path '{}'", target.display());
    // What a save that completes writes: the source session with the command in its history.
    let completed: Vec<String> = [&a, &b]
        .iter()
        .map(|s| {
            let mut s = (*s).clone();
            s.history.push(command.clone());
            save::to_string(&s).unwrap()
        })
        .collect();
    let mut loaded = std::collections::HashSet::new();
    for i in 0..20 {
        let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_lyncsh"))
            .arg("--session")
            .arg(&sources[(i + 1) % 2])
            .arg("-c")
            .arg(&command)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .expect("start lyncsh");
        // From before the file is read to after the save: most kills land in the load or the
        // write, some after the rename.
        std::thread::sleep(Duration::from_millis(8 * i as u64));
        let _ = child.kill();
        let _ = child.wait();
        let now = std::fs::read_to_string(&target).expect("the target is still there");
        let known = [&a_text, &b_text, &completed[0], &completed[1]];
        let which = known.iter().position(|k| **k == now);
        assert!(which.is_some(), "iteration {i}: a torn file");
        // Each of the possible contents is loaded once.
        if loaded.insert(which) {
            session::load(&target).expect("the target loads");
        }
    }
}

/// Access numbers, announcements, imported audio files and LIS records survive a save and a
/// reload, with the identities they were given.
#[test]
fn dial_in_announcement_and_lis_records_survive_a_reload() {
    let scratch = Scratch::new();
    let saved = scratch.path().join("saved.ron");
    scratch.file("a.wav", "RIFF");
    let made = Lyncsh::new()
        .current_dir(scratch.path())
        .args(["--save", saved.to_str().unwrap(), "-c"])
        .args(["New-CsDialInConferencingAccessNumber -PrimaryUri sip:a@litwareinc.com -DisplayNumber 1 -LineUri tel:+14255550001 -Pool atl-cs-001.litwareinc.com -PrimaryLanguage en-US -Regions Redmond -WarningAction SilentlyContinue; $n = New-CsAnnouncement -Identity ApplicationServer:redmond.litwareinc.com -Name Busy; Import-CsAnnouncementFile -Parent ApplicationServer:redmond.litwareinc.com -FileName A.wav -Content ([System.IO.File]::ReadAllBytes('a.wav')); Set-CsLisSubnet -Subnet 10.0.0.0 -Location X; Publish-CsLisConfiguration"])
        .separate();
    assert_eq!(made.status, Some(0), "{}", made.err);
    let shown = Lyncsh::new()
        .args(["--session", saved.to_str().unwrap(), "-c"])
        .args(["(Get-CsDialInConferencingAccessNumber).PrimaryUri; (Get-CsAnnouncement | Where-Object {$_.Name -eq 'Busy'}).Identity; (Get-CsLisSubnet | Where-Object {$_.Location -eq 'X'}).Subnet; (Debug-CsLisConfiguration | Measure-Object Pending -Sum).Sum"])
        .separate();
    assert_eq!(shown.status, Some(0), "{}", shown.err);
    let lines: Vec<&str> = shown.out.lines().collect();
    assert_eq!(lines[0], "sip:a@litwareinc.com");
    assert!(lines[1].starts_with("Service:ApplicationServer:redmond.litwareinc.com/"));
    assert_eq!(lines[2], "10.0.0.0");
    assert_eq!(lines[3], "0");
    let text = std::fs::read_to_string(&saved).expect("the saved session");
    assert!(text.contains("A.wav"));
}

#[test]
fn a_change_script_is_rehearsed_on_a_saved_state_and_its_history_replays() {
    let scratch = Scratch::new();
    let start = scratch.path().join("start.ron");
    let end = scratch.path().join("end.ron");
    let made = Lyncsh::new()
        .args(["--save", start.to_str().unwrap(), "-c"])
        .args(["New-CsConferencingConfiguration -Identity site:Dublin; $ports = 50020"])
        .separate();
    assert_eq!(made.status, Some(0), "{}", made.err);
    let script = scratch.file(
        "change.ps1",
        "Set-CsConferencingConfiguration -Identity site:Dublin -ClientAudioPort $ports\nSet-CsConferencingConfiguration -ClientAudioPort 80\n$done = $true\n",
    );
    let run = Lyncsh::new()
        .args([
            "--session",
            start.to_str().unwrap(),
            script.to_str().unwrap(),
        ])
        .args(["--save", end.to_str().unwrap()])
        .separate();
    assert_eq!(
        run.status,
        Some(1),
        "an error record was written: {}",
        run.err
    );
    let saved = session::load(&end).expect("saved even after the error");
    let dublin = saved
        .store
        .get("CsConferencingConfiguration", &Scope::Site("Dublin".into()))
        .expect("Dublin");
    assert!(dublin.values.contains(&Value::UInt16(50020)));
    assert_eq!(saved.variables.get("done"), Some(&Value::Bool(true)));

    let replayed = session::replay::replay(&session::load(&start).unwrap(), &saved).unwrap();
    assert_eq!(replayed.replayed, 1);
    assert_eq!(replayed.differences, Vec::<String>::new());
    assert_eq!(
        save::to_string(&replayed.session).unwrap(),
        save::to_string(&saved).unwrap(),
        "the replayed state equals the saved one"
    );
    let cli = Lyncsh::new()
        .args(["replay", start.to_str().unwrap(), end.to_str().unwrap()])
        .separate();
    assert_eq!(cli.status, Some(0), "{}{}", cli.out, cli.err);
    assert!(cli.out.contains("the final state equals"), "{}", cli.out);
    // A later session that changed something by other means does not replay to itself.
    let mut edited = saved.clone();
    edited.variables.set("done", Value::Bool(false));
    let other = session::replay::replay(&session::load(&start).unwrap(), &edited).unwrap();
    assert_eq!(
        other.differences,
        vec!["$done: replayed True, saved False".to_string()]
    );
    // A record changed by hand: the replay names the record, the property and both values.
    let text = std::fs::read_to_string(&end).unwrap();
    assert!(text.contains("ClientAudioPort: 50020,"), "{text}");
    let edited = scratch.file(
        "edited.ron",
        text.replace("ClientAudioPort: 50020,", "ClientAudioPort: 50040,"),
    );
    let cli = Lyncsh::new()
        .args(["replay", start.to_str().unwrap(), edited.to_str().unwrap()])
        .separate();
    assert_eq!(cli.status, Some(1), "{}{}", cli.out, cli.err);
    assert!(
        cli.out.ends_with(
            ":\n  CsConferencingConfiguration Site:Dublin ClientAudioPort: replayed 50020, saved 50040\n"
        ),
        "{}",
        cli.out
    );
}

#[test]
fn a_transcript_holds_the_header_the_input_lines_and_their_output() {
    let scratch = Scratch::new();
    let run = Lyncsh::new()
        .current_dir(scratch.path())
        .stdin("Start-Transcript -Path t.txt\nWrite-Output 'hello'\nStop-Transcript\n")
        .merged();
    assert_eq!(run.status, Some(0), "{}", run.out);
    assert!(run.out.contains("Transcript stopped, output file is t.txt"));
    let text = std::fs::read_to_string(scratch.path().join("t.txt")).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(
        lines[..2],
        [
            "**********************",
            "Windows PowerShell transcript start"
        ]
    );
    assert!(lines[2].starts_with("Start time: 20"));
    let body = &lines[6..];
    assert_eq!(
        body[..4],
        [
            "Transcript started, output file is t.txt",
            "PS C:\\> Write-Output 'hello'",
            "hello",
            "PS C:\\> Stop-Transcript",
        ]
    );
    assert_eq!(body[5], "Windows PowerShell transcript end");
}

#[test]
fn a_bad_file_leaves_the_session_as_it_was() {
    let scratch = Scratch::new();
    let good = std::fs::read_to_string(EXAMPLE).unwrap();
    let bad = [
        good.replace("ClientAudioPortRange: 20", "ClientAudioPortRange: -1"),
        good[..good.len() / 2].to_string(),
        good.replace(
            &format!("version: {}", session::file::VERSION),
            "version: 7",
        ),
        good.replace("\"Site:Redmond\"", "\"Site:Paris\""),
    ];
    for (i, text) in bad.iter().enumerate() {
        let path = scratch.file(&format!("bad{i}.ron"), text);
        let mut engine = lyncsh::cmdlets::shell(Session::lab(), Box::new(BufferHost::default()));
        engine.location = scratch.path().to_path_buf();
        let _ = engine.run("$kept = 1", "line");
        let before = engine.session.clone();
        let _ = engine.run(&format!("Import-LabSession -Path bad{i}.ron"), "line");
        let error = engine.session.errors.first().expect("an error").clone();
        assert!(
            error.message.contains(&format!("bad{i}.ron:")),
            "{}",
            error.message
        );
        engine.session.errors.clear();
        assert_eq!(engine.session, before, "{}", path.display());
    }
}

fn value_of(decl: &PropDecl) -> BoxedStrategy<Value> {
    let bounds = |ty: PropType| {
        let (lo, hi) = decl
            .range
            .map(|r| (ty.parse(r.min), ty.parse(r.max)))
            .unwrap_or((None, None));
        (lo.and_then(|v| v.as_i128()), hi.and_then(|v| v.as_i128()))
    };
    match decl.ty {
        PropType::Bool => any::<bool>().prop_map(Value::Bool).boxed(),
        PropType::UInt16 => {
            let (lo, hi) = bounds(decl.ty);
            (lo.unwrap_or(0) as u16..=hi.unwrap_or(u16::MAX as i128) as u16)
                .prop_map(Value::UInt16)
                .boxed()
        }
        PropType::Byte => {
            let (lo, hi) = bounds(decl.ty);
            (lo.unwrap_or(0) as u8..=hi.unwrap_or(u8::MAX as i128) as u8)
                .prop_map(Value::Byte)
                .boxed()
        }
        PropType::StringList => proptest::collection::vec("[.a-z0-9]{1,8}", 0..6)
            .prop_map(|items| Value::array(items.into_iter().map(Value::str).collect()))
            .boxed(),
        PropType::UInt32 => {
            let (lo, hi) = bounds(decl.ty);
            (lo.unwrap_or(0) as u32..=hi.unwrap_or(u32::MAX as i128) as u32)
                .prop_map(Value::UInt32)
                .boxed()
        }
        PropType::Int16 => {
            let (lo, hi) = bounds(decl.ty);
            (lo.unwrap_or(i16::MIN.into()) as i32..=hi.unwrap_or(i16::MAX.into()) as i32)
                .prop_map(Value::Int32)
                .boxed()
        }
        PropType::Int64 => {
            let (lo, hi) = bounds(decl.ty);
            (lo.unwrap_or(i64::MIN.into()) as i64..=hi.unwrap_or(i64::MAX.into()) as i64)
                .prop_map(Value::Int64)
                .boxed()
        }
        PropType::DateTime => prop_oneof![
            Just(Value::Null),
            (0i64..lyncsh::datetime::MAX_TICKS).prop_map(|t| Value::DateTime(DateTime(t)))
        ]
        .boxed(),
        PropType::ObjectList(item) => {
            let entry = ("[A-Za-z]{1,8}", any::<i32>()).prop_map(move |(name, value)| {
                let mut object = lyncsh::value::PsObject::new(item);
                object.properties.push(("Name".into(), Value::str(name)));
                object
                    .properties
                    .push(("Value".into(), Value::Int32(value)));
                Value::object(object)
            });
            proptest::collection::vec(entry, 0..3)
                .prop_map(Value::array)
                .boxed()
        }
        PropType::Object(_) => Just(Value::Null).boxed(),
        PropType::UInt64 => {
            let (lo, hi) = bounds(decl.ty);
            (lo.unwrap_or(0) as u64..=hi.map_or(u64::MAX, |h| h as u64))
                .prop_map(Value::UInt64)
                .boxed()
        }
        PropType::Int32 => {
            let (lo, hi) = bounds(decl.ty);
            (lo.unwrap_or(i32::MIN.into()) as i32..=hi.unwrap_or(i32::MAX.into()) as i32)
                .prop_map(Value::Int32)
                .boxed()
        }
        PropType::String => {
            prop_oneof![Just(Value::Null), any::<String>().prop_map(Value::str)].boxed()
        }
        PropType::TimeSpan => {
            let lo = decl
                .range
                .and_then(|r| TimeSpan::parse(r.min))
                .map_or(0, |t| t.0);
            let hi = decl
                .range
                .and_then(|r| TimeSpan::parse(r.max))
                .map_or(i64::MAX / 2, |t| t.0);
            (lo..=hi).prop_map(|t| Value::TimeSpan(TimeSpan(t))).boxed()
        }
        PropType::Enum(..) => {
            let members: Vec<Value> = match decl.ty {
                PropType::Enum(_, names) => names.iter().filter_map(|n| decl.ty.parse(n)).collect(),
                _ => vec![],
            };
            proptest::sample::select(members).boxed()
        }
    }
}

fn plain_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i32>().prop_map(Value::Int32),
        any::<i64>().prop_map(Value::Int64),
        any::<u64>().prop_map(Value::UInt64),
        (-1e12f64..1e12).prop_map(Value::Double),
        ".*".prop_map(Value::str),
        (0i64..1 << 50).prop_map(|t| Value::TimeSpan(TimeSpan(t))),
    ];
    leaf.prop_recursive(3, 16, 4, |inner| {
        proptest::collection::vec(inner, 0..4).prop_map(Value::array)
    })
}

/// Sessions with generated sites and Front End pools, records at global, site and
/// ConferencingServer service scopes, generated values, variables and history.
fn arbitrary_session() -> impl Strategy<Value = Session> {
    let names = proptest::collection::btree_set("[A-Za-z][A-Za-z0-9-]{0,8}", 1..5);
    let scoped: Vec<&'static lyncsh::family::FamilyDecl> = families::all()
        .iter()
        .copied()
        .filter(|f| f.identity == lyncsh::family::IdentityKind::Scoped)
        .collect();
    let family = proptest::sample::select(scoped);
    (names, 1usize..3, family).prop_flat_map(|(sites, pools, family)| {
        // Site names are unique without regard to case, as the loader requires.
        let mut sites: Vec<String> = sites.into_iter().collect();
        let mut seen = std::collections::HashSet::new();
        sites.retain(|name| seen.insert(name.to_ascii_lowercase()));
        let record = proptest::collection::vec(any::<u8>(), 0..1)
            .prop_flat_map(move |_| family.properties.iter().map(value_of).collect::<Vec<_>>());
        let count = sites.len() + pools + 1;
        (
            Just(sites),
            Just(pools),
            proptest::collection::vec((any::<bool>(), record), count),
            proptest::collection::btree_map("[a-z][a-z0-9_]{0,6}", plain_value(), 0..4),
            proptest::collection::vec(".*", 0..4),
        )
            .prop_map(move |(sites, pools, records, variables, history)| {
                let fqdn = |p: usize| format!("pool{p}.litwareinc.com");
                let topology = Topology {
                    sites: sites
                        .iter()
                        .enumerate()
                        .map(|(i, name)| Site {
                            name: name.clone(),
                            site_id: i as u32 + 1,
                            description: format!("{name} site"),
                            display_name: format!("{name} display"),
                            ..Site::default()
                        })
                        .collect(),
                    pools: (0..pools)
                        .map(|p| Pool {
                            fqdn: fqdn(p),
                            site: sites[p % sites.len()].clone(),
                            computers: vec![fqdn(p)],
                        })
                        .collect(),
                    services: (0..pools)
                        .map(|p| Service::new("ConferencingServer", &fqdn(p)))
                        .collect(),
                    // A stopped service round-trips with the topology.
                    stopped_services: vec![(fqdn(0), "rtcavmcu".into())],
                    ad_unprepared: vec!["forest".into()],
                    chat_pool_states: vec![(fqdn(0), "FailedOver".into())],
                    operations: Default::default(),
                };
                let scopes = std::iter::once(Scope::Global)
                    .chain(sites.iter().map(|s| Scope::Site(s.clone())))
                    .chain((0..pools).map(|p| Scope::Service {
                        role: "ConferencingServer".into(),
                        fqdn: fqdn(p),
                    }));
                let mut session = Session::lab();
                session.store =
                    ConfigStore::fresh(families::all(), &topology, lyncsh::session::file::VERSION);
                session.topology = topology;
                for (scope, (keep, values)) in scopes.zip(records) {
                    if !family.allows(&scope) {
                        continue;
                    }
                    if keep || scope == Scope::Global {
                        session.store.put(
                            family.noun,
                            Record {
                                identity: scope,
                                values,
                            },
                        );
                    }
                }
                for (name, value) in variables {
                    session.variables.set(&name, value);
                }
                session.history = history;
                session
            })
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]
    #[test]
    fn loading_a_saved_session_gives_the_same_session(session in arbitrary_session()) {
        let text = save::to_string(&session).unwrap();
        let loaded = session::load::parse(&text, "generated.ron");
        prop_assert_eq!(loaded, Ok(session));
    }
}
