//! `lyncsh grade`: a class of session files, a solution script, a transcript, a broken file
//! and a missing one, graded in one run as a table, CSV and JSON.

use crate::support::{Lyncsh, Scratch};

fn solution() -> String {
    format!(
        "{}/labs/solutions/client-port-ranges.ps1",
        env!("CARGO_MANIFEST_DIR")
    )
}

/// A class folder: alice saved the finished lab, bob half of it, carol handed in the solution
/// script, dave a transcript with a failing command, erin a broken session file.
fn class(scratch: &Scratch) -> Vec<String> {
    let save = |name: &str, args: &[&str]| {
        let path = scratch.path().join(name);
        let run = Lyncsh::new()
            .args([
                "--lab",
                "client-port-ranges",
                "--save",
                path.to_str().unwrap(),
            ])
            .args(args)
            .separate();
        assert!(run.status.is_some(), "{}", run.err);
        path.to_str().unwrap().to_string()
    };
    let alice = save("alice.ron", &[&solution()]);
    let bob = save(
        "bob.ron",
        &[
            "-c",
            "Set-CsConferencingConfiguration -ClientMediaPortRangeEnabled $True",
        ],
    );
    let carol = scratch.file("carol.ps1", std::fs::read_to_string(solution()).unwrap());
    let dave = scratch.file(
        "dave.txt",
        "**********************\nWindows PowerShell transcript start\nStart time: 20261205090000\n**********************\nPS C:\\> Get-CsConferencingConfiguration | Set-CsConferencingConfiguration -ClientMediaPortRangeEnabled $True\nPS C:\\> Set-CsNoSuchThing\nSet-CsNoSuchThing : The term 'Set-CsNoSuchThing' is not recognized\n",
    );
    let erin = scratch.file("erin.ron", "(\n    version: 5,\n    topology: [");
    let missing = scratch.path().join("frank.ron");
    [
        alice,
        bob,
        carol.to_str().unwrap().to_string(),
        dave.to_str().unwrap().to_string(),
        erin.to_str().unwrap().to_string(),
        missing.to_str().unwrap().to_string(),
    ]
    .to_vec()
}

#[test]
fn a_class_is_graded_in_one_table_and_a_broken_file_is_a_row() {
    let scratch = Scratch::new();
    let files = class(&scratch);
    let run = Lyncsh::new()
        .args(["grade", "client-port-ranges"])
        .args(&files)
        .separate();
    assert_eq!(run.status, Some(1), "{}", run.err);
    assert_eq!(run.err, "");
    let lines: Vec<&str> = run.out.lines().collect();
    assert_eq!(lines[0], "Student  Met  Open           Errors");
    assert_eq!(lines[2], "alice    5/5                 0");
    assert_eq!(lines[3], "bob      1/5  2, 3, 4, 5     0");
    assert_eq!(lines[4], "carol    5/5                 0");
    assert_eq!(lines[5], "dave     2/5  2, 3, 5        1");
    assert!(
        lines[6].starts_with("erin     0/5  1, 2, 3, 4, 5  "),
        "{}",
        run.out
    );
    assert!(lines[6].contains("erin.ron:3:"), "{}", run.out);
    assert!(
        lines[7].starts_with("frank    0/5  1, 2, 3, 4, 5  cannot read the file"),
        "{}",
        run.out
    );
    assert_eq!(lines.len(), 8);
}

#[test]
fn csv_and_json_give_the_same_rows_for_a_gradebook() {
    let scratch = Scratch::new();
    let files = class(&scratch);
    let csv = Lyncsh::new()
        .args(["grade", "client-port-ranges", "--format", "csv"])
        .args(&files[..2])
        .separate();
    assert_eq!(csv.status, Some(1));
    let lines: Vec<&str> = csv.out.lines().collect();
    assert_eq!(lines[0], "student,file,met,total,open,errors,error");
    assert_eq!(lines[1], format!("alice,{},5,5,,0,", files[0]));
    assert_eq!(lines[2], format!("bob,{},1,5,2;3;4;5,0,", files[1]));
    let json = Lyncsh::new()
        .args(["grade", "client-port-ranges", "--format", "json"])
        .args(&files[4..5])
        .separate();
    let rows: serde_json::Value = serde_json::from_str(&json.out).expect("JSON");
    assert_eq!(rows[0]["student"], "erin");
    assert_eq!(rows[0]["met"], 0);
    assert_eq!(rows[0]["open"], serde_json::json!([1, 2, 3, 4, 5]));
    assert!(rows[0]["error"].as_str().unwrap().contains("erin.ron:3:"));
}

#[test]
fn a_complete_class_exits_0_and_an_unknown_lab_exits_2() {
    let scratch = Scratch::new();
    let files = class(&scratch);
    let done = Lyncsh::new()
        .args(["grade", "client-port-ranges"])
        .args([&files[0], &files[2]])
        .separate();
    assert_eq!(done.status, Some(0), "{}", done.out);
    let unknown = Lyncsh::new()
        .args(["grade", "no-such-lab"])
        .args([&files[0]])
        .separate();
    assert_eq!(unknown.status, Some(2));
    assert_eq!(unknown.out, "");
    assert!(unknown.err.contains("no-such-lab"), "{}", unknown.err);
}
