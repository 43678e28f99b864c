//! Hostile input through the real binary: script files that are not UTF-8, NUL and control
//! bytes, lines past the length limit, by every entry point. Each case either refuses the whole
//! input or fails the bad statement alone; a digest of the configuration printed afterwards
//! must match a fresh shell's.

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

/// Script files whose bytes are not UTF-8: nothing runs, not even the valid first line.
#[test]
fn a_script_that_is_not_utf8_runs_nothing() {
    let scratch = Scratch::new();
    let bad_tails: [&[u8]; 4] = [
        b"Write-Output \xff\xfe",
        b"Write-Output \xe2\x82",
        b"Write-Output \xed\xa0\x80",
        b"Set-CsConferencingConfiguration -Organization \xc0\xaf",
    ];
    for (n, tail) in bad_tails.iter().enumerate() {
        let mut bytes =
            b"Set-CsConferencingConfiguration -ClientAudioPort 1\nWrite-Output ran\n".to_vec();
        bytes.extend_from_slice(tail);
        let script = scratch.file(&format!("bad{n}.ps1"), &bytes);
        let run = Lyncsh::new().args([&script]).separate();
        assert_clean(&run);
        assert_eq!((run.status, run.out.as_str()), (Some(2), ""), "{}", run.err);
        assert!(run.err.contains("is not valid UTF-8"), "{}", run.err);
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
