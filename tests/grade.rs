//! `lyncsh grade`: a class of session files (finished, half done, saved in another lab, broken,
//! garbage, missing), solution scripts and a transcript the shell wrote itself, graded in one
//! run as a table, CSV and JSON, with the exit statuses.

use crate::support::{Lyncsh, Scratch};
use std::path::Path;

const LAB: &str = "client-port-ranges";

fn solution() -> String {
    format!("{}/labs/solutions/{LAB}.ps1", env!("CARGO_MANIFEST_DIR"))
}

fn text(path: &Path) -> String {
    path.to_str().expect("a UTF-8 path").to_string()
}

/// Runs the shell in `lab` with `args` and saves the session to `name` in the scratch folder.
fn saved(scratch: &Scratch, name: &str, lab: &str, args: &[&str]) -> String {
    let path = text(&scratch.path().join(name));
    let run = Lyncsh::new()
        .args(["--lab", lab, "--save", &path])
        .args(args)
        .separate();
    assert!(run.status.is_some(), "{}", run.err);
    path
}

/// The transcript of a student at the shell's console: an input over three lines, a mistyped
/// command and a question the shell could not ask.
fn transcript(scratch: &Scratch) -> String {
    let path = text(&scratch.path().join("dave.txt"));
    // The transcript goes to the files folder, the scratch folder here.
    let typed = "Start-Transcript -Path dave.txt\nforeach ($c in Get-CsConferencingConfiguration) {\n  $c | Set-CsConferencingConfiguration -ClientMediaPortRangeEnabled $True\n}\n\nSet-CsNoSuchThing\nRemove-CsConferencingConfiguration -Identity site:Redmond -Confirm\nStop-Transcript\n";
    let run = Lyncsh::new()
        .current_dir(scratch.path())
        .args(["--lab", LAB])
        .stdin(typed)
        .separate();
    assert!(run.status.is_some(), "{}", run.err);
    path
}

/// The class folder: alice saved the finished lab, bob half of it, carol handed in the
/// reference solution, dave a transcript, henry a script that reads a CSV file beside it,
/// writes one and asks a question; erin's session file is cut short, gina's is garbage, ivan
/// saved his in another lab and frank handed in nothing.
fn class(scratch: &Scratch) -> Vec<String> {
    let alice = saved(scratch, "alice.ron", LAB, &[&solution()]);
    let bob = saved(
        scratch,
        "bob.ron",
        LAB,
        &[
            "-c",
            "Set-CsConferencingConfiguration -ClientMediaPortRangeEnabled $True",
        ],
    );
    let carol = scratch.file("carol.ps1", std::fs::read(solution()).expect("solution"));
    let dave = transcript(scratch);
    scratch.file("scopes.csv", "Identity\r\nglobal\r\nsite:Redmond\r\n");
    let henry = scratch.file(
        "henry.ps1",
        "\u{feff}Import-Csv .\\scopes.csv | ForEach-Object {\n    Set-CsConferencingConfiguration -Identity $_.Identity -ClientMediaPortRangeEnabled $True\n}\nGet-CsConferencingConfiguration | Export-Csv C:\\Scripts\\after.csv\nRemove-CsConferencingConfiguration -Identity site:Redmond -Confirm\n",
    );
    let erin = scratch.file("erin.ron", "(\n    version: 5,\n    topology: [");
    let gina = scratch.file("gina.ron", b"\x7fELF\x02\x01\x01\x00\xff\xfe");
    let ivan = saved(scratch, "ivan.ron", "non-windows-qos", &["-c", "$null"]);
    let frank = scratch.path().join("frank.ron");
    vec![
        alice,
        bob,
        text(&carol),
        dave,
        text(&henry),
        text(&erin),
        text(&gina),
        ivan,
        text(&frank),
    ]
}

/// `lyncsh grade LAB FILES...` run from a folder of its own, so that the students' files can
/// only be found beside them.
fn grade(files: &[String], format: &[&str]) -> crate::support::Output {
    let elsewhere = Scratch::new();
    Lyncsh::new()
        .current_dir(elsewhere.path())
        .args(["grade", LAB])
        .args(format)
        .args(files)
        .separate()
}

#[test]
fn a_class_is_graded_in_one_table_and_a_broken_file_is_a_row() {
    let scratch = Scratch::new();
    let files = class(&scratch);
    let run = grade(&files, &[]);
    assert_eq!(run.status, Some(1), "{}", run.err);
    assert_eq!(run.err, "");
    let lines: Vec<&str> = run.out.lines().collect();
    assert_eq!(
        lines[..7],
        [
            "Student  Met  Open           Errors",
            "-------  ---  ----           ------",
            "alice    5/5                 0",
            "bob      1/5  2, 3, 4, 5     0",
            "carol    5/5                 0",
            "dave     2/5  2, 3, 5        2",
            "henry    2/5  2, 3, 5        1",
        ],
        "{}",
        run.out
    );
    let broken = [
        ("erin", "erin.ron:3:"),
        ("gina", "not UTF-8 text (invalid byte at offset 8)"),
        (
            "ivan",
            "saved in the lab \"QoS for devices not based on W...",
        ),
        ("frank", "no such file"),
    ];
    for ((student, why), line) in broken.iter().zip(&lines[7..]) {
        let row = format!("{student:<7}  0/5  1, 2, 3, 4, 5  {why}");
        assert!(line.starts_with(&row), "{line}\n{row}");
        assert!(line.chars().count() <= 80, "{line}");
    }
    assert_eq!(lines.len(), 11);
    // Grading wrote nothing into the class folder.
    assert!(!scratch.path().join("Scripts").exists());
}

#[test]
fn csv_and_json_give_the_same_rows_for_a_gradebook() {
    let scratch = Scratch::new();
    let files = class(&scratch);
    let csv = grade(&files, &["--format", "csv"]);
    assert_eq!(csv.status, Some(1), "{}", csv.err);
    let lines: Vec<&str> = csv.out.lines().collect();
    assert_eq!(lines[0], "student,file,met,total,open,errors,error");
    assert_eq!(lines[1], format!("alice,{},5,5,,0,", files[0]));
    assert_eq!(lines[2], format!("bob,{},1,5,2;3;4;5,0,", files[1]));
    assert_eq!(lines[4], format!("dave,{},2,5,2;3;5,2,", files[3]));
    assert_eq!(
        lines[8],
        format!(
            "ivan,{},0,5,1;2;3;4;5,0,\"saved in the lab \"\"QoS for devices not based on Windows\"\" (non-windows-qos), not in client-port-ranges\"",
            files[7]
        )
    );
    assert_eq!(
        lines[9],
        format!("frank,{},0,5,1;2;3;4;5,0,no such file", files[8])
    );
    assert_eq!(lines.len(), 10);

    let json = grade(&files, &["--format", "json"]);
    assert_eq!(json.status, Some(1), "{}", json.err);
    let rows: serde_json::Value = serde_json::from_str(&json.out).expect("JSON");
    assert_eq!(
        rows[0],
        serde_json::json!({
            "student": "alice", "file": files[0], "met": 5, "total": 5,
            "open": [], "errors": 0, "error": null,
        })
    );
    assert_eq!(
        rows[4],
        serde_json::json!({
            "student": "henry", "file": files[4], "met": 2, "total": 5,
            "open": [2, 3, 5], "errors": 1, "error": null,
        })
    );
    assert_eq!(rows[5]["student"], "erin");
    assert_eq!(rows[5]["open"], serde_json::json!([1, 2, 3, 4, 5]));
    assert!(rows[5]["error"]
        .as_str()
        .unwrap()
        .starts_with("erin.ron:3:"));
    assert_eq!(rows.as_array().map(Vec::len), Some(9));
}

#[test]
fn a_complete_class_exits_0_and_a_lab_that_cannot_start_exits_2() {
    let scratch = Scratch::new();
    let alice = saved(&scratch, "alice.ron", LAB, &[&solution()]);
    let done = grade(&[alice.clone(), solution()], &[]);
    assert_eq!(done.status, Some(0), "{}", done.out);

    let unknown = Lyncsh::new()
        .args(["grade", "no-such-lab", &alice])
        .separate();
    assert_eq!(unknown.status, Some(2));
    assert_eq!(unknown.out, "");
    assert!(unknown.err.contains("no-such-lab"), "{}", unknown.err);

    let broken = scratch.file(
        "broken-lab.ron",
        "(title: \"Broken\", introduction: \"x\", start: (setup: [\"Set-CsNoSuchThing\"]), objectives: [(text: \"t\", check: PortPlanClean())])",
    );
    let cannot_start = Lyncsh::new()
        .args(["grade", &text(&broken), &alice])
        .separate();
    assert_eq!(cannot_start.status, Some(2));
    assert_eq!(cannot_start.out, "");
    assert!(
        cannot_start.err.contains("setup command 1"),
        "{}",
        cannot_start.err
    );

    let usage = Lyncsh::new().args(["grade", LAB]).separate();
    assert_eq!(usage.status, Some(2));
    let usage = Lyncsh::new()
        .args(["grade", LAB, "--format", "xml", &alice])
        .separate();
    assert_eq!(usage.status, Some(2));
}
