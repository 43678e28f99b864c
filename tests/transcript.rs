//! Transcript tests: each file in `tests/transcripts/` is a console session — input lines after
//! `PS> ` (continuation lines after `>> `), each followed by the exact text the Lync Server 2013
//! Management Shell prints for it. Header lines before the first input start with `#`; the
//! header `# exit: N` gives the expected exit status. All inputs are piped into one run of the
//! binary, standard output and error go to one file, and the whole text must match, trailing
//! spaces included.
//!
//! `LYNCSH_BLESS=1 cargo test --test lib transcript` rewrites the files from what lyncsh prints
//! now. Blessed text is only a draft: check every line against the reference before keeping it.

use crate::support::{Lyncsh, Scratch};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

const INPUT: &str = "PS> ";
const MORE: &str = ">>";
const EXIT: &str = "# exit:";

macro_rules! transcripts {
    ($($(#[$attr:meta])* $name:ident => $file:literal,)*) => {
        $($(#[$attr])* #[test] fn $name() { check($file); })*
        const FILES: &[&str] = &[$($file),*];
    };
}

transcripts! {
    article => "article.txt",
    binding_errors => "binding-errors.txt",
    atomicity => "atomicity.txt",
    pipeline => "pipeline.txt",
    new_remove => "new-remove.txt",
    parse_errors => "parse-errors.txt",
    range_errors => "range-errors.txt",
    operators => "operators.txt",
    collections => "collections.txt",
    dates => "dates.txt",
    lists_and_host => "lists-and-host.txt",
    redirection => "redirection.txt",
    clixml => "clixml.txt",
    response_group => "response-group.txt",
    device_updates => "device-updates.txt",
    replication => "replication.txt",
    persistent_chat => "persistent-chat.txt",
    server_settings => "server-settings.txt",
    operations => "operations.txt",
    cls_logging => "cls-logging.txt",
    certificates => "certificates.txt",
    databases => "databases.txt",
    local_computer => "local-computer.txt",
    qos_media => "qos-media.txt",
    qos_ucphone => "qos-ucphone.txt",
    qos_server_ports => "qos-server-ports.txt",
    port_plan => "port-plan.txt",
    records => "records.txt",
    family_listings => "family-listings.txt",
    modules => "modules.txt",
    loops => "loops.txt",
    functions => "functions.txt",
    errors => "errors.txt",
    flow => "flow.txt",
    users => "users.txt",
    contacts => "contacts.txt",
    user_services => "user-services.txt",
    windows_services => "windows-services.txt",
    synthetic => "synthetic.txt",
    edge_transactions => "edge-transactions.txt",
    deployment => "deployment.txt",
    voice => "voice.txt",
    lis_dialin => "lis-dialin.txt",
}

/// One input and the output expected for it.
#[derive(Debug)]
struct Case {
    /// The input lines, the first after `PS> `, the others after `>> `.
    input: Vec<String>,
    /// The expected output lines, each with the number of its line in the file.
    output: Vec<(usize, String)>,
}

#[derive(Debug, Default)]
struct Transcript {
    header: Vec<String>,
    exit: Option<i32>,
    cases: Vec<Case>,
}

impl Transcript {
    fn parse(text: &str) -> Result<Transcript, String> {
        let mut t = Transcript::default();
        for (index, line) in text.lines().enumerate() {
            let number = index + 1;
            if let Some(input) = line.strip_prefix(INPUT) {
                t.cases.push(Case {
                    input: vec![input.to_string()],
                    output: Vec::new(),
                });
                continue;
            }
            let Some(case) = t.cases.last_mut() else {
                t.header_line(line, number)?;
                continue;
            };
            match line.strip_prefix(MORE) {
                Some(more) if case.output.is_empty() => case
                    .input
                    .push(more.strip_prefix(' ').unwrap_or(more).to_string()),
                _ => case.output.push((number, line.to_string())),
            }
        }
        Ok(t)
    }

    fn header_line(&mut self, line: &str, number: usize) -> Result<(), String> {
        if !line.starts_with('#') {
            return Err(format!(
                "line {number}: before the first `{INPUT}` only `#` header lines may stand"
            ));
        }
        if let Some(status) = line.strip_prefix(EXIT) {
            let status = status
                .trim()
                .parse()
                .map_err(|_| format!("line {number}: `{EXIT}` needs a number, not {status:?}"))?;
            self.exit = Some(status);
        }
        self.header.push(line.to_string());
        Ok(())
    }

    /// What is typed: every input line, each ended by a newline.
    fn stdin(&self, cases: usize) -> String {
        self.cases[..cases]
            .iter()
            .flat_map(|c| &c.input)
            .map(|line| format!("{line}\n"))
            .collect()
    }

    fn expected(&self) -> String {
        self.cases
            .iter()
            .flat_map(|c| &c.output)
            .map(|(_, line)| format!("{line}\n"))
            .collect()
    }

    /// The status from the header, else 1 when an error record is expected and 0 otherwise.
    fn expected_exit(&self) -> i32 {
        self.exit.unwrap_or_else(|| {
            let mut lines = self.cases.iter().flat_map(|c| &c.output);
            i32::from(lines.any(|(_, line)| line.contains("+ FullyQualifiedErrorId")))
        })
    }

    /// The file again, with `outputs` in place of the expected outputs.
    fn render(&self, outputs: &[String], exit: Option<i32>) -> String {
        let mut text = String::new();
        let mut wrote_exit = false;
        for line in &self.header {
            if line.starts_with(EXIT) {
                wrote_exit = true;
                let _ = writeln!(text, "{EXIT} {}", exit.unwrap_or(-1));
            } else {
                let _ = writeln!(text, "{line}");
            }
        }
        if !wrote_exit {
            let _ = writeln!(text, "{EXIT} {}", exit.unwrap_or(-1));
        }
        for (case, output) in self.cases.iter().zip(outputs) {
            let _ = writeln!(text, "{INPUT}{}", case.input[0]);
            for more in &case.input[1..] {
                let _ = match more.as_str() {
                    "" => writeln!(text, "{MORE}"),
                    more => writeln!(text, "{MORE} {more}"),
                };
            }
            text.push_str(output);
            if !output.is_empty() && !output.ends_with('\n') {
                text.push('\n');
            }
        }
        text
    }

    /// Where expected line `index` (counting all outputs) comes from: its file line and input.
    fn origin(&self, index: usize) -> Option<(usize, &str)> {
        self.cases
            .iter()
            .flat_map(|c| c.output.iter().map(move |(n, _)| (*n, c.input[0].as_str())))
            .nth(index)
    }
}

fn path_of(file: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/transcripts")
        .join(file)
}

fn check(file: &str) {
    let path = path_of(file);
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    let transcript = Transcript::parse(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    if std::env::var_os("LYNCSH_BLESS").is_some_and(|v| v == "1") {
        bless(&path, &transcript);
        return;
    }
    // Files the transcript writes go to a folder of its own.
    let scratch = Scratch::new();
    let run = Lyncsh::new()
        .current_dir(scratch.path())
        .stdin(transcript.stdin(transcript.cases.len()))
        .merged();
    let expected = transcript.expected();
    let mut problems = String::new();
    if run.out != expected {
        problems.push_str(&diff(&transcript, &expected, &run.out));
    }
    if run.status != Some(transcript.expected_exit()) {
        let _ = writeln!(
            problems,
            "exit status: expected {}, got {:?}",
            transcript.expected_exit(),
            run.status
        );
    }
    assert!(
        problems.is_empty(),
        "transcript {} does not match:\n{problems}",
        path.display()
    );
}

/// Rewrites a transcript from what lyncsh prints now. Each case's output is what a run of the
/// inputs up to it adds to the run of the inputs before it.
fn bless(path: &Path, transcript: &Transcript) {
    let mut outputs = Vec::new();
    let mut before = String::new();
    let mut status = None;
    for cases in 1..=transcript.cases.len() {
        let scratch = Scratch::new();
        let run = Lyncsh::new()
            .current_dir(scratch.path())
            .stdin(transcript.stdin(cases))
            .merged();
        let added = run.out.strip_prefix(&before).unwrap_or_else(|| {
            panic!(
                "{}: the output of the first {cases} inputs does not extend that of the ones before",
                path.display()
            )
        });
        outputs.push(added.to_string());
        before = run.out;
        status = run.status;
    }
    std::fs::write(path, transcript.render(&outputs, status))
        .unwrap_or_else(|e| panic!("cannot write {}: {e}", path.display()));
    eprintln!(
        "blessed {}: check every line against the reference before keeping it",
        path.display()
    );
}

/// A line diff of `expected` and `actual` (longest common subsequence), in hunks with two
/// lines of context, each hunk naming the file line and the input its first change belongs to.
fn diff(transcript: &Transcript, expected: &str, actual: &str) -> String {
    let old: Vec<&str> = expected.lines().collect();
    let new: Vec<&str> = actual.lines().collect();
    let edits = edits(&old, &new);
    let mut shown = vec![false; edits.len()];
    for (i, edit) in edits.iter().enumerate() {
        if !matches!(edit, Edit::Same(..)) {
            shown[i.saturating_sub(2)..(i + 3).min(edits.len())].fill(true);
        }
    }
    let mut out = String::from("(- expected, + actual)\n");
    for (i, edit) in edits.iter().enumerate().filter(|(i, _)| shown[*i]) {
        if i == 0 || !shown[i - 1] {
            out.push_str(&hunk_header(transcript, &edits[i..]));
        }
        out.push_str(&edit.show(&old, &new));
    }
    out
}

fn hunk_header(transcript: &Transcript, edits: &[Edit]) -> String {
    let first_change = edits
        .iter()
        .position(|e| !matches!(e, Edit::Same(..)))
        .unwrap_or(0);
    let expected_line = edits[first_change..].iter().find_map(|e| match e {
        Edit::Same(o, _) | Edit::Delete(o) => Some(*o),
        Edit::Insert(_) => None,
    });
    match expected_line.and_then(|o| transcript.origin(o)) {
        Some((number, input)) => format!("@@ line {number}, output of `{INPUT}{input}`\n"),
        None => "@@ after the last expected line\n".to_string(),
    }
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum Edit {
    Same(usize, usize),
    Delete(usize),
    Insert(usize),
}

impl Edit {
    fn show(&self, old: &[&str], new: &[&str]) -> String {
        let (mark, text) = match *self {
            Edit::Same(o, _) => (' ', old[o]),
            Edit::Delete(o) => ('-', old[o]),
            Edit::Insert(n) => ('+', new[n]),
        };
        let trimmed = text.trim_end_matches(' ');
        match text.len() - trimmed.len() {
            0 => format!("{mark} {text}\n"),
            n => format!("{mark} {text}<{n} trailing space(s)>\n"),
        }
    }
}

fn edits(old: &[&str], new: &[&str]) -> Vec<Edit> {
    // lcs[i][j]: length of the longest common subsequence of old[i..] and new[j..].
    let mut lcs = vec![vec![0u32; new.len() + 1]; old.len() + 1];
    for i in (0..old.len()).rev() {
        for j in (0..new.len()).rev() {
            lcs[i][j] = if old[i] == new[j] {
                lcs[i + 1][j + 1] + 1
            } else {
                lcs[i + 1][j].max(lcs[i][j + 1])
            };
        }
    }
    let (mut i, mut j, mut out) = (0, 0, Vec::new());
    while i < old.len() || j < new.len() {
        if i < old.len() && j < new.len() && old[i] == new[j] {
            out.push(Edit::Same(i, j));
            (i, j) = (i + 1, j + 1);
        } else if i < old.len() && (j == new.len() || lcs[i + 1][j] >= lcs[i][j + 1]) {
            out.push(Edit::Delete(i));
            i += 1;
        } else {
            out.push(Edit::Insert(j));
            j += 1;
        }
    }
    out
}

#[test]
fn every_transcript_file_is_listed() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/transcripts");
    let mut found: Vec<String> = std::fs::read_dir(&dir)
        .expect("read tests/transcripts")
        .map(|e| {
            e.expect("directory entry")
                .file_name()
                .to_string_lossy()
                .into_owned()
        })
        .filter(|name| name.ends_with(".txt"))
        .collect();
    let mut listed: Vec<String> = FILES.iter().map(|f| f.to_string()).collect();
    found.sort();
    listed.sort();
    assert_eq!(
        found, listed,
        "every transcript needs a line in `transcripts!`"
    );
}

#[test]
fn the_format_reads_headers_inputs_continuations_and_outputs() {
    let text = "# a comment\n# exit: 1\nPS> Get-X |\n>> Set-X\n>>\nout 1\n>> not input\nPS> \n";
    let t = Transcript::parse(text).expect("valid transcript");
    assert_eq!(t.exit, Some(1));
    assert_eq!(t.cases.len(), 2);
    assert_eq!(t.cases[0].input, ["Get-X |", "Set-X", ""]);
    assert_eq!(
        t.cases[0].output,
        [(6, "out 1".to_string()), (7, ">> not input".to_string())]
    );
    assert_eq!(t.stdin(2), "Get-X |\nSet-X\n\n\n");
    assert_eq!(
        t.render(&["out 1\n>> not input\n".into(), String::new()], Some(1)),
        text
    );
    assert!(Transcript::parse("stray\nPS> x\n").is_err());
}

#[test]
fn the_diff_names_the_line_and_input_of_a_change() {
    let t = Transcript::parse("PS> a\none\ntwo \nthree\n").expect("valid transcript");
    let shown = diff(&t, &t.expected(), "one\ntwo\nthree\n");
    assert!(shown.contains("@@ line 3, output of `PS> a`"), "{shown}");
    assert!(shown.contains("- two <1 trailing space(s)>"), "{shown}");
    assert!(shown.contains("+ two\n"), "{shown}");
}
