//! The interactive shell driven through a pseudo-terminal, as a user types: each test waits for
//! the prompt before typing and checks what the typed keys ran, not how the screen was redrawn.
//! Every shell gets its own home and data directory, so the history file is the test's own.

use crate::support::Scratch;
use expectrl::session::OsSession;
use expectrl::{ControlCode, Eof, Expect, Session};
use std::path::Path;
use std::process::Command;
use std::time::Duration;

const PROMPT: &str = "PS C:\\> ";
const UP: &str = "\x1b[A";

type Shell = OsSession;

/// Starts the shell with `home` as its home and data directory and waits for the prompt.
fn start(home: &Path) -> Shell {
    start_with(home, &[]).0
}

/// Starts the shell with `args`; returns it at the first prompt and what it printed before.
fn start_with(home: &Path, args: &[&str]) -> (Shell, String) {
    let mut command = Command::new(env!("CARGO_BIN_EXE_lyncsh"));
    command
        .args(args)
        .env("HOME", home)
        .env("XDG_DATA_HOME", home.join("data"))
        .env("TERM", "xterm")
        .env("NO_COLOR", "1")
        .env_remove("COLUMNS");
    let mut shell = Session::spawn(command).expect("start lyncsh in a pseudo-terminal");
    // Wide enough that no typed line wraps.
    shell.get_process_mut().set_window_size(250, 40).unwrap();
    shell.set_expect_timeout(Some(Duration::from_secs(30)));
    let found = shell.expect(PROMPT).expect("the first prompt");
    let before = String::from_utf8_lossy(found.before()).into_owned();
    (shell, before)
}

/// Types `keys` and Enter, and returns everything printed up to the next prompt. While a line
/// is edited the prompt is redrawn in place; the first new line ends the editing, so the next
/// prompt after it is the one that follows the command's output.
fn run(shell: &mut Shell, keys: &str) -> String {
    shell.send(keys).unwrap();
    shell.send("\r").unwrap();
    next_prompt(shell)
}

/// Waits for the line being edited to end and the next prompt to appear; returns what was
/// printed in between.
fn next_prompt(shell: &mut Shell) -> String {
    shell.expect("\r\n").expect("the end of the edited line");
    let found = shell.expect(PROMPT).expect("the next prompt");
    String::from_utf8_lossy(found.before()).into_owned()
}

fn leave(mut shell: Shell) {
    shell.send_line("exit").unwrap();
    shell.expect(Eof).expect("lyncsh to leave after exit");
}

#[test]
fn tab_completes_a_cmdlet_name() {
    let home = Scratch::new();
    let mut shell = start(home.path());
    let out = run(&mut shell, "Get-CsConferencingConf\t");
    assert!(out.contains("ClientMediaPortRangeEnabled"), "{out}");
    leave(shell);
}

#[test]
fn tab_cycles_through_matching_parameters() {
    let home = Scratch::new();
    let mut shell = start(home.path());
    // Tab, Tab: the second of -ClientMediaPortRangeEnabled, -ClientMediaPort, -ClientMediaPortRange.
    run(
        &mut shell,
        "Set-CsConferencingConfiguration -ClientMed\t\t 6000",
    );
    // Tab three times: the third.
    run(
        &mut shell,
        "Set-CsConferencingConfiguration -ClientMed\t\t\t 77",
    );
    let out = run(
        &mut shell,
        "$c = Get-CsConferencingConfiguration; Write-Host \"port=$($c.ClientMediaPort) range=$($c.ClientMediaPortRange)\"",
    );
    assert!(out.contains("port=6000 range=77"), "{out}");
    leave(shell);
}

#[test]
fn identity_completion_offers_a_site_once_it_exists() {
    let home = Scratch::new();
    let mut shell = start(home.path());
    let before = run(&mut shell, "Get-CsConferencingConfiguration -Identity s\t");
    assert!(
        before.contains("is not a valid Identity"),
        "no site record yet: {before}"
    );
    run(
        &mut shell,
        "New-CsConferencingConfiguration -Identity site:Redmond",
    );
    let out = run(
        &mut shell,
        "Get-CsConferencingConfiguration -Identity s\t | Select-Object -ExpandProperty Identity",
    );
    assert!(out.contains("Site:Redmond\r\n"), "{out}");
    leave(shell);
}

#[test]
fn a_multi_line_where_object_block_runs() {
    let home = Scratch::new();
    let mut shell = start(home.path());
    run(
        &mut shell,
        "New-CsConferencingConfiguration -Identity site:Dublin",
    );
    shell
        .send_line("Get-CsConferencingConfiguration | Where-Object {")
        .unwrap();
    shell.expect(">> ").unwrap();
    shell
        .send_line("$_.Identity -like 'site:*' } | Select-Object -ExpandProperty Identity")
        .unwrap();
    shell.expect(">> ").unwrap();
    let out = run(&mut shell, "");
    assert!(out.contains("Site:Dublin\r\n"), "{out}");
    assert!(!out.contains("Global\r\n"), "{out}");
    leave(shell);
}

#[test]
fn history_survives_a_restart() {
    let home = Scratch::new();
    let mut shell = start(home.path());
    run(&mut shell, "Write-Host 'from the first session'");
    leave(shell);
    let history = home.path().join("data").join("lyncsh").join("history.txt");
    assert!(
        history.is_file(),
        "no history file at {}",
        history.display()
    );
    let mut shell = start(home.path());
    // The newest entry is the `exit` that ended the first session.
    let out = run(&mut shell, &UP.repeat(2));
    assert!(out.contains("from the first session\r\n"), "{out}");
    // Get-History lists only this session's commands.
    let listed = run(&mut shell, "Get-History");
    assert!(listed.contains("Write-Host 'from"), "{listed}");
    assert_eq!(listed.matches("Write-Host 'from").count(), 1, "{listed}");
    leave(shell);
}

#[test]
fn ctrl_c_clears_the_line_and_interrupts_a_command_without_leaving() {
    let home = Scratch::new();
    let mut shell = start(home.path());
    shell.send("Write-Host typed-but-dropped").unwrap();
    shell.send(ControlCode::EndOfText).unwrap();
    next_prompt(&mut shell);
    let out = run(&mut shell, "Write-Host still-here");
    assert!(
        out.contains("still-here\r\n") && !out.contains("dropped\r\n"),
        "{out}"
    );
    shell
        .send_line(
            "Write-Host started; foreach ($i in 1..1000000) { foreach ($j in 1..1000) { $n = $j } }; Write-Host finished",
        )
        .unwrap();
    shell.expect("started\r\n").unwrap();
    shell.send(ControlCode::EndOfText).unwrap();
    let found = shell.expect(PROMPT).expect("the prompt after Ctrl+C");
    let out = String::from_utf8_lossy(found.before()).into_owned();
    assert!(!out.contains("finished\r\n"), "{out}");
    let out = run(&mut shell, "Write-Host alive");
    assert!(out.contains("alive\r\n"), "{out}");
    leave(shell);
}

#[test]
fn a_lab_shows_its_introduction_its_progress_in_the_prompt_and_a_summary_once() {
    let home = Scratch::new();
    let (mut shell, intro) = start_with(home.path(), &["--lab", "non-windows-qos"]);
    assert!(
        intro.starts_with("Lab: QoS for devices not based on Windows")
            && intro.ends_with("[lab 0/5] "),
        "{intro}"
    );
    let out = run(
        &mut shell,
        "Get-CsMediaConfiguration | Set-CsMediaConfiguration -EnableQoS $True",
    );
    assert!(out.ends_with("[lab 2/5] "), "{out}");
    run(
        &mut shell,
        "Set-CsMediaConfiguration -Identity site:Dublin -EnableQoS $False",
    );
    let out = run(
        &mut shell,
        "Get-CsUCPhoneConfiguration | Set-CsUCPhoneConfiguration -VoiceDiffServTag 46",
    );
    assert!(
        out.contains(
            "Lab complete: all 5 objectives of \"QoS for devices not based on Windows\" are met."
        ) && out.ends_with("[lab 5/5] "),
        "{out}"
    );
    let out = run(
        &mut shell,
        "Get-LabObjective | Where-Object { $_.Done } | Measure-Object | Select-Object -ExpandProperty Count",
    );
    assert!(
        out.lines().any(|line| line.trim() == "5") && !out.contains("Lab complete"),
        "{out}"
    );
    leave(shell);
}

/// The lines of the table in `out`: its header, the dashes under it and the rows up to the
/// blank line after them.
fn table_lines(out: &str) -> Vec<&str> {
    let lines: Vec<&str> = out.split("\r\n").collect();
    let dashes = lines.iter().position(|l| l.starts_with("---")).unwrap_or(1);
    lines[dashes.saturating_sub(1)..]
        .iter()
        .take_while(|line| !line.trim().is_empty())
        .copied()
        .collect()
}

#[test]
fn output_is_laid_out_to_the_window_width_read_at_each_command() {
    let home = Scratch::new();
    let mut shell = start(home.path());
    shell.get_process_mut().set_window_size(80, 40).unwrap();
    run(&mut shell, "$c = Get-CsConferencingConfiguration");
    let out = run(
        &mut shell,
        "$c | ft Identity, ClientAudioPort, ClientVideoPort, ClientAppSharingPort",
    );
    let table = table_lines(&out);
    assert_eq!(table.len(), 3, "{out}");
    assert!(table.iter().all(|l| l.chars().count() == 79), "{out}");
    assert!(
        table[2].starts_with("Global ") && table[2].matches("5350").count() == 3,
        "one row on one line: {out}"
    );
    let out = run(&mut shell, "Get-Command -Noun CsSite");
    let table = table_lines(&out);
    assert_eq!(table.len(), 4, "{out}");
    assert!(table.iter().all(|l| l.chars().count() == 79), "{out}");
    // A wider window counts from the next command on.
    shell.get_process_mut().set_window_size(160, 40).unwrap();
    let out = run(&mut shell, "Get-Command -Noun CsSite");
    let table = table_lines(&out);
    assert!(table.iter().all(|l| l.chars().count() == 159), "{out}");
    leave(shell);
}

#[test]
fn ctrl_c_at_a_question_cancels_the_command_and_suspend_says_it_is_not_supported() {
    let home = Scratch::new();
    let mut shell = start(home.path());
    shell.send_line("New-CsConferencingConfiguration").unwrap();
    shell.expect("Identity: ").expect("the mandatory prompt");
    shell.send(ControlCode::EndOfText).unwrap();
    let found = shell.expect(PROMPT).expect("the prompt after Ctrl+C");
    let out = String::from_utf8_lossy(found.before()).into_owned();
    assert!(!out.contains("missing mandatory"), "{out}");

    shell
        .send_line("Set-CsConferencingConfiguration -ClientAudioPort 6000 -Confirm")
        .unwrap();
    shell.expect("(default is \"Y\"): ").expect("the question");
    shell.send_line("s").unwrap();
    shell
        .expect("Suspend is not supported")
        .expect("a plain answer to S");
    shell.expect("(default is \"Y\"): ").expect("asked again");
    shell.send(ControlCode::EndOfText).unwrap();
    shell.expect(PROMPT).expect("the prompt after Ctrl+C");
    let out = run(
        &mut shell,
        "Write-Host \"port=$((Get-CsConferencingConfiguration).ClientAudioPort)\"",
    );
    assert!(out.contains("port=5350\r\n"), "nothing changed: {out}");
    leave(shell);
}

#[test]
fn read_host_joins_a_prompt_of_several_words_and_pause_waits_for_enter() {
    let home = Scratch::new();
    let mut shell = start(home.path());
    shell
        .send_line("$answer = Read-Host Press 1 to go on")
        .unwrap();
    shell
        .expect("Press 1 to go on: ")
        .expect("the words joined as one prompt");
    shell.send_line("1").unwrap();
    shell.expect(PROMPT).expect("the prompt after the answer");
    shell.send_line("Pause").unwrap();
    shell
        .expect("Press Enter to continue...: ")
        .expect("Pause's prompt");
    shell.send_line("").unwrap();
    shell.expect(PROMPT).expect("the prompt after Enter");
    let out = run(&mut shell, "Write-Host \"answer=$answer\"");
    assert!(out.contains("answer=1\r\n"), "{out}");
    leave(shell);
}
