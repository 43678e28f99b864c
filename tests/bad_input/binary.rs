//! Hostile input through the real binary: script files that are not UTF-8 (read as
//! Windows-1252), NUL and control bytes, lines past the length limit, by every entry point. Each
//! case either refuses the whole input or fails the bad statement alone; a digest of the
//! configuration printed afterwards must match a fresh shell's.

use crate::support::{Lyncsh, Output, Scratch};

/// Printed after the bad input to show the configuration is untouched.
const DIGEST: &str =
    "Get-CsConferencingConfiguration | Format-List; Get-CsUCPhoneConfiguration | Format-List";

fn fresh_digest() -> String {
    let run = Lyncsh::new().args(["-c", DIGEST]).separate();
    assert_eq!(run.status, Some(0), "{}", run.err);
    run.out
}

fn assert_clean(run: &Output) {
    for sign in ["panicked", "internal error", "RUST_BACKTRACE", "overflow"] {
        assert!(!run.err.contains(sign), "{}", run.err);
    }
}

/// Script files whose bytes are not UTF-8 are read as Windows-1252, as PowerShell 3 reads a
/// file without a byte order mark: every byte is a character, nothing is refused or crashes.
#[test]
fn a_script_that_is_not_utf8_is_read_as_windows_1252() {
    let scratch = Scratch::new();
    let bad_tails: [(&[u8], &str); 4] = [
        (b"Write-Output \xff\xfe", "\u{ff}\u{fe}"),
        (b"Write-Output \xe2\x82", "\u{e2}\u{201a}"),
        // A no-break space separates arguments, as PowerShell reads it.
        (b"Write-Output \xed\xa0\x80", "\u{ed}\n\u{20ac}"),
        (
            b"Set-CsConferencingConfiguration -Organization \xc0\xaf; (Get-CsConferencingConfiguration).Organization",
            "\u{c0}\u{af}",
        ),
    ];
    for (n, (tail, shown)) in bad_tails.iter().enumerate() {
        let mut bytes = b"Write-Output ran\n".to_vec();
        bytes.extend_from_slice(tail);
        let script = scratch.file(&format!("bad{n}.ps1"), &bytes);
        let run = Lyncsh::new().args([&script]).separate();
        assert_clean(&run);
        assert_eq!(run.status, Some(0), "{}", run.err);
        assert_eq!(run.out, format!("ran\n{shown}\n"));
    }
}

/// A bad statement followed by the digest, through a script file, `-c` and piped input.
#[test]
fn a_bad_statement_leaves_the_configuration_as_it_was() {
    let fresh = fresh_digest();
    let long = "9".repeat(lyncsh::limits::MAX_LINE_LENGTH + 1);
    let statements = [
        "Set-CsConferencingConfiguration -ClientAudioPort 50\x0020".to_string(),
        "Set-CsConferencingConfiguration -Client\0AudioPort 50020".to_string(),
        "Set-CsUCPhoneConfiguration -MinPhonePinLength 6\u{1b}[2J".to_string(),
        "Set-Cs\u{7}UCPhoneConfiguration -MinPhonePinLength 8".to_string(),
        "Set-CsConferencingConfiguration -ClientAudioPort 70000 -Organization x".to_string(),
        format!("Set-CsConferencingConfiguration -ClientAudioPort {long}"),
    ];
    let scratch = Scratch::new();
    for statement in &statements {
        let script = scratch.file("bad.ps1", format!("{statement}\n"));
        let piped = format!("{statement}\n{DIGEST}\n");
        let command_line = format!("{statement}\n{DIGEST}");
        let mut runs = vec![Lyncsh::new().stdin(piped).separate()];
        // An argument can hold neither NUL nor megabytes.
        if !statement.contains('\0') && statement.len() < 100_000 {
            runs.push(Lyncsh::new().args(["-c", &command_line]).separate());
        }
        for run in runs {
            assert_clean(&run);
            assert_eq!(run.status, Some(1), "{}", run.err);
            let shown: String = statement.chars().take(40).collect();
            assert_eq!(run.out, fresh, "after {shown:?}");
        }
        let run = Lyncsh::new().args([&script]).separate();
        assert_clean(&run);
        assert_eq!(run.status, Some(1), "{}", run.err);
        assert!(run.err.contains("FullyQualifiedErrorId"), "{}", run.err);
    }
}

/// A hostile session file named by `--session`: exit status 2 and one line naming the file, line
/// and column, before anything runs or is saved.
#[test]
fn a_hostile_session_file_stops_the_shell_before_anything_runs() {
    let chosen = [
        "cut-8.ron",
        "corrupt-quote.ron",
        "version-future.ron",
        "unknown-family.ron",
        "range-port-high.ron",
        "duplicate-site.ron",
        "settings-range-past-65535.ron",
        "utf8-lone-lead-byte.ron",
        "deep-variable.ron",
        "empty.ron",
    ];
    let scratch = Scratch::new();
    let mut paths: Vec<String> =
        super::session_files::hostile_files(&super::session_files::starting_text())
            .into_iter()
            .filter(|(name, _)| chosen.contains(&name.as_str()))
            .map(|(name, bytes)| scratch.file(&name, bytes).display().to_string())
            .collect();
    assert_eq!(paths.len(), chosen.len());
    paths.push(scratch.path().display().to_string());
    paths.push(scratch.path().join("missing.ron").display().to_string());
    let saved = scratch.path().join("saved.ron");
    for path in &paths {
        let run = Lyncsh::new()
            .args(["--session", path, "--save"])
            .args([&saved.display().to_string(), "-c", "Write-Output ran"])
            .separate();
        assert_clean(&run);
        assert_eq!((run.status, run.out.as_str()), (Some(2), ""), "{}", run.err);
        let position = run
            .err
            .strip_prefix(&format!("lyncsh: {path}:"))
            .and_then(|rest| rest.split_once(": "))
            .map(|(position, _)| position.to_string());
        let numbers = position.as_deref().and_then(|p| p.split_once(':'));
        assert!(
            numbers
                .is_some_and(|(line, column)| line.parse::<usize>().is_ok()
                    && column.parse::<usize>().is_ok()),
            "{}",
            run.err
        );
        assert_eq!(run.err.lines().count(), 1, "{}", run.err);
        assert!(!saved.exists(), "{path}: the session was saved");
    }
}
