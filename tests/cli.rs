//! The command line apart from piped input (which the transcripts cover): `-c`, script files,
//! `check`, `--help`/`--version`, exit statuses, and input that must not crash the shell
//! (invalid UTF-8, NUL bytes, a 1 MB line, 100,000 nested parentheses).

use crate::support::{Lyncsh, Output, Scratch};

/// A one-column table of the configuration identities, as a 120-column console prints it.
fn identity_table(identities: &[&str]) -> String {
    let mut text = format!("\n{:<119}\n{:<119}\n", "Identity", "--------");
    for identity in identities {
        text.push_str(&format!("{identity:<119}\n"));
    }
    text + "\n\n"
}

fn assert_no_crash(run: &Output) {
    assert!(
        matches!(run.status, Some(0 | 1)),
        "status {:?}, stderr: {}",
        run.status,
        run.err
    );
    for sign in ["panicked", "internal error", "RUST_BACKTRACE"] {
        assert!(!run.err.contains(sign), "{}", run.err);
    }
}

#[test]
fn dash_c_runs_the_commands_and_exits_0() {
    let run = Lyncsh::new()
        .args([
            "-c",
            "Get-CsConferencingConfiguration | Select-Object Identity",
        ])
        .separate();
    assert_eq!(run.out, identity_table(&["Global"]));
    assert_eq!(run.err, "");
    assert_eq!(run.status, Some(0));
}

#[test]
fn output_that_is_no_terminal_is_laid_out_to_columns_else_120() {
    let rows = |run: Output| -> Vec<usize> {
        run.out
            .lines()
            .filter(|l| !l.is_empty())
            .map(|l| l.chars().count())
            .collect()
    };
    let command = ["-c", "Get-Command -Noun CsSite"];
    let run = Lyncsh::new().args(command).env("COLUMNS", "80").separate();
    assert_eq!(rows(run), [79; 4]);
    assert_eq!(rows(Lyncsh::new().args(command).separate()), [119; 4]);
}

#[test]
fn dash_c_writes_errors_to_stderr_runs_on_and_exits_1() {
    let run = Lyncsh::new()
        .args([
            "-c",
            "Set-CsConferencingConfiguration -ClientAudioPot 1; Get-CsConferencingConfiguration | Select-Object Identity",
        ])
        .separate();
    assert_eq!(run.out, identity_table(&["Global"]));
    assert!(
        run.err.starts_with(
            "Set-CsConferencingConfiguration : A parameter cannot be found that matches parameter name 'ClientAudioPot'.\nAt line:1 char:33\n"
        ),
        "{}",
        run.err
    );
    assert_eq!(run.status, Some(1));
}

#[test]
fn a_script_reports_positions_as_its_path_and_line() {
    let scratch = Scratch::new();
    let script = scratch.file(
        "ports.ps1",
        "Set-CsConferencingConfiguration -ClientMediaPortRangeEnabled $True\n\nSet-CsConferencingConfiguration -ClientAudioPot 50020\n",
    );
    let run = Lyncsh::new().args([&script]).separate();
    assert_eq!(run.out, "");
    let expected = format!(
        "Set-CsConferencingConfiguration : A parameter cannot be found that matches parameter name 'ClientAudioPot'.
At {}:3 char:33
+ Set-CsConferencingConfiguration -ClientAudioPot 50020
+                                 ~~~~~~~~~~~~~~~
    + CategoryInfo          : InvalidArgument: (:) [Set-CsConferencingConfiguration], ParameterBindingException
    + FullyQualifiedErrorId : NamedParameterNotFound,Microsoft.Rtc.Management.Internal.SetConferencingConfigurationCmdlet
 \nHint: Did you mean -ClientAudioPort?\n",
        script.display()
    );
    assert_eq!(run.err, expected);
    assert_eq!(run.status, Some(1));
}

#[test]
fn a_clean_script_exits_0() {
    let scratch = Scratch::new();
    let script = scratch.file(
        "clean.ps1",
        "# enable the client ranges\r\nSet-CsConferencingConfiguration -ClientMediaPortRangeEnabled $True\r\n(Get-CsConferencingConfiguration).ClientMediaPortRangeEnabled\r\n",
    );
    let run = Lyncsh::new().args([&script]).separate();
    assert_eq!((run.out.as_str(), run.err.as_str()), ("True\n", ""));
    assert_eq!(run.status, Some(0));
}

#[test]
fn exit_ends_the_run_with_its_status() {
    let run = Lyncsh::new().args(["-c", "exit 3"]).separate();
    assert_eq!(run.status, Some(3));
    let scratch = Scratch::new();
    let script = scratch.file(
        "exit.ps1",
        "Write-Output before\nexit 4\nWrite-Output after\n",
    );
    let run = Lyncsh::new().args([&script]).separate();
    assert_eq!((run.out.as_str(), run.status), ("before\n", Some(4)));
    // A bare `exit` ends with 1 after an error record, 0 otherwise.
    let bare = scratch.file("bare.ps1", "Get-CsSite -Identity nowhere\nexit\n");
    assert_eq!(Lyncsh::new().args([&bare]).separate().status, Some(1));
    let clean = scratch.file("clean.ps1", "Get-CsSite | Out-Null\nexit\n");
    assert_eq!(Lyncsh::new().args([&clean]).separate().status, Some(0));
}

#[test]
fn an_error_made_terminating_by_erroraction_stop_ends_the_script_with_status_1() {
    let scratch = Scratch::new();
    let script = scratch.file(
        "stop.ps1",
        "Write-Output before\nSet-CsConferenceServer -Identity ConferencingServer:nope.litwareinc.com -AudioPortStart 50000 -ErrorAction Stop\nWrite-Output after\n",
    );
    let run = Lyncsh::new().args([&script]).separate();
    assert_eq!((run.out.as_str(), run.status), ("before\n", Some(1)));
    assert!(
        run.err.contains("FullyQualifiedErrorId : ObjectNotFound"),
        "{}",
        run.err
    );
    // Without -ErrorAction Stop the error is not terminating: the script runs on.
    let lenient = scratch.file(
        "lenient.ps1",
        "Set-CsConferenceServer -Identity ConferencingServer:nope.litwareinc.com -AudioPortStart 50000\nWrite-Output after\n",
    );
    let run = Lyncsh::new().args([&lenient]).separate();
    assert_eq!((run.out.as_str(), run.status), ("after\n", Some(1)));
    // $ErrorActionPreference = 'Stop' does the same for every command without -ErrorAction.
    let preferred = scratch.file(
        "preference.ps1",
        "$ErrorActionPreference = 'Stop'\nSet-CsConferenceServer -Identity ConferencingServer:nope.litwareinc.com -AudioPortStart 50000\nWrite-Output after\n",
    );
    let run = Lyncsh::new().args([&preferred]).separate();
    assert_eq!((run.out.as_str(), run.status), ("", Some(1)));
    // At the prompt, only the rest of the line is skipped.
    let run = Lyncsh::new()
        .stdin("Set-CsConferenceServer -Identity ConferencingServer:nope.litwareinc.com -AudioPortStart 50000 -ErrorAction Stop; 'same line'\n'next line'\n")
        .separate();
    assert!(!run.out.contains("same line"), "{}", run.out);
    assert!(run.out.contains("next line"), "{}", run.out);
}

#[test]
fn a_relative_script_path_is_shown_in_full() {
    let scratch = Scratch::new();
    scratch.file("typo.ps1", "Get-CsConferencingConfiguraton\n");
    let run = Lyncsh::new()
        .current_dir(scratch.path())
        .args(["typo.ps1"])
        .separate();
    let full = scratch
        .path()
        .canonicalize()
        .expect("canonical scratch path")
        .join("typo.ps1");
    assert!(
        run.err
            .contains(&format!("\nAt {}:1 char:1\n", full.display())),
        "{}",
        run.err
    );
}

#[test]
fn help_and_version_print_to_stdout_and_exit_0() {
    let run = Lyncsh::new().args(["--help"]).separate();
    assert!(run.out.contains("Usage: lyncsh"), "{}", run.out);
    assert!(run.out.contains("check"), "{}", run.out);
    assert_eq!((run.err.as_str(), run.status), ("", Some(0)));
    let run = Lyncsh::new().args(["--version"]).separate();
    let version = format!("lyncsh {}\n", env!("CARGO_PKG_VERSION"));
    assert_eq!((run.out, run.status), (version, Some(0)));
}

#[test]
fn usage_errors_exit_2() {
    for args in [
        &["--bogus"][..],
        &["-c", "Get-CsConferencingConfiguration", "script.ps1"],
        &["-c"],
        &["check"],
    ] {
        let run = Lyncsh::new().args(args).separate();
        assert_eq!(run.status, Some(2), "{args:?}");
        assert!(run.err.starts_with("error: "), "{args:?}: {}", run.err);
        assert_eq!(run.out, "", "{args:?}");
    }
}

#[test]
fn an_unreadable_script_exits_2_and_says_why() {
    let scratch = Scratch::new();
    for path in [
        scratch.path().join("missing.ps1"),
        scratch.path().to_path_buf(),
    ] {
        let run = Lyncsh::new().args([&path]).separate();
        assert_eq!(run.status, Some(2), "{}", path.display());
        let said = format!("lyncsh: cannot read {}: ", path.display());
        assert!(run.err.starts_with(&said), "{}", run.err);
        assert_eq!(run.out, "");
    }
}

/// Scripts are read as PowerShell 3 reads them: Windows-1252 when there is no byte order mark
/// and the bytes are not UTF-8, UTF-16 when the mark says so; `check` reads them the same way.
#[test]
fn scripts_in_windows_1252_and_utf16_run_and_check() {
    let scratch = Scratch::new();
    let latin1 = scratch.file(
        "latin1.ps1",
        b"Set-CsConferencingConfiguration -Organization Caf\xe9\n(Get-CsConferencingConfiguration).Organization\n",
    );
    let run = Lyncsh::new().args([&latin1]).separate();
    assert_eq!(
        (run.status, run.out.as_str()),
        (Some(0), "Caf\u{e9}\n"),
        "{}",
        run.err
    );
    let mut utf16 = vec![0xff, 0xfe];
    for unit in "Write-Output \"\u{e9}t\u{e9}\"\r\nGet-CsSite -Identity Redmond | Select-Object -ExpandProperty SiteId\r\n".encode_utf16() {
        utf16.extend_from_slice(&unit.to_le_bytes());
    }
    let wide = scratch.file("utf16.ps1", &utf16);
    let run = Lyncsh::new().args([&wide]).separate();
    assert_eq!(
        (run.status, run.out.as_str()),
        (Some(0), "\u{e9}t\u{e9}\n1\n"),
        "{}",
        run.err
    );
    for script in [&latin1, &wide] {
        let run = Lyncsh::new()
            .args([std::ffi::OsStr::new("check"), script.as_os_str()])
            .separate();
        assert_eq!(run.status, Some(0), "{}{}", run.out, run.err);
    }
}

#[test]
fn nul_bytes_do_not_crash_any_entry_point() {
    let text =
        "Write-Output \"a\0b\"\nGet-\0Cs\n\0\nSet-CsConferencingConfiguration -Organization x\0y\n";
    let scratch = Scratch::new();
    let script = scratch.file("nul.ps1", text);
    for run in [
        Lyncsh::new().args([&script]).separate(),
        Lyncsh::new().stdin(text).separate(),
        Lyncsh::new()
            .args(["-c", "Write-Output \"a`0b\""])
            .separate(),
    ] {
        assert_no_crash(&run);
        assert!(run.out.starts_with("a\0b\n"), "{:?}", run.out);
    }
}

#[test]
fn a_one_megabyte_line_is_handled() {
    let word = "a".repeat(1 << 20);
    let run = Lyncsh::new()
        .stdin(format!("Write-Output {word}\n"))
        .separate();
    assert_eq!((run.out.len(), run.status), (word.len() + 1, Some(0)));
    let run = Lyncsh::new()
        .stdin(format!(
            "Set-CsConferencingConfiguration -Identity {word}\n"
        ))
        .separate();
    assert_no_crash(&run);
    assert_eq!(run.status, Some(1));
    let position_lines = run.err.lines().filter(|l| l.starts_with("+ "));
    for line in position_lines {
        assert!(line.chars().count() <= 2 + 4 + 69 + 4, "{line}");
    }
}

#[test]
fn deep_nesting_is_a_nesting_error_in_every_entry_point() {
    let text = "(".repeat(100_000);
    let scratch = Scratch::new();
    let script = scratch.file("deep.ps1", &text);
    for run in [
        Lyncsh::new().args([&script]).separate(),
        Lyncsh::new().args(["-c", &text]).separate(),
        Lyncsh::new().stdin(text.clone()).separate(),
    ] {
        assert_no_crash(&run);
        assert_eq!(run.status, Some(1));
        assert!(
            run.err
                .contains("+ FullyQualifiedErrorId : NestingTooDeep\n"),
            "{}",
            run.err
        );
        assert!(run.err.contains("nested too deeply"), "{}", run.err);
    }
}

#[test]
fn check_reports_one_finding_per_line_with_suggestions() {
    let scratch = Scratch::new();
    let script = scratch.file(
        "plan.ps1",
        "Get-CsConferencingConfiguraton
Set-CsConferencingConfiguration -ClientAudioPot 1
Set-CsConferencingConfiguration -ClientAudioPort 70000
Get-CsConferencingConfiguration | Set-CsConferencingConfiguration - ClientFileTransferPort 42020
Set-CsConferencingConfiguration -ClientAudioPort $port
",
    );
    let run = Lyncsh::new()
        .args(["check".as_ref(), script.as_os_str()])
        .separate();
    let file = script.display();
    let expected = format!(
        "{file}:1:1: error[command]: The term 'Get-CsConferencingConfiguraton' is not recognized as the name of a cmdlet, function, script file, or operable program. Check the spelling of the name, or if a path was included, verify that the path is correct and try again. (did you mean Get-CsConferencingConfiguration?)
{file}:2:33: error[parameter]: A parameter cannot be found that matches parameter name 'ClientAudioPot'. (did you mean -ClientAudioPort?)
{file}:3:50: error[value]: Cannot bind parameter 'ClientAudioPort'. Cannot convert value \"70000\" to type \"System.UInt16\". Error: \"Value was either too large or too small for a UInt16.\"
{file}:4:35: error[parameter]: A positional parameter cannot be found that accepts argument 'ClientFileTransferPort'.
"
    );
    assert_eq!(run.out, expected);
    assert_eq!((run.err.as_str(), run.status), ("", Some(1)));
}

#[test]
fn check_exits_0_for_clean_files_and_1_for_parse_errors() {
    let scratch = Scratch::new();
    let clean = scratch.file(
        "clean.ps1",
        "Get-CsConferencingConfiguration | Select-Object Identity\n",
    );
    let broken = scratch.file(
        "broken.ps1",
        "Get-CsConferencingConfiguration | Where-Object {\n",
    );
    let run = Lyncsh::new()
        .args(["check".as_ref(), clean.as_os_str()])
        .separate();
    assert_eq!((run.out.as_str(), run.status), ("", Some(0)));
    let run = Lyncsh::new()
        .args(["check".as_ref(), broken.as_os_str(), clean.as_os_str()])
        .separate();
    let expected = format!(
        "{}:1:48: error[parse]: Missing closing '}}' in statement block.\n",
        broken.display()
    );
    assert_eq!((run.out, run.status), (expected, Some(1)));
}

#[test]
fn an_empty_braced_variable_is_a_parse_error_that_runs_nothing() {
    let run = Lyncsh::new().args(["-c", "${}; 'ran'"]).separate();
    assert_eq!(run.out, "");
    assert!(
        run.err.contains(
            "\nEmpty ${} variable reference, there should be a name between the braces.\n"
        ),
        "{}",
        run.err
    );
    assert_eq!(run.status, Some(1));
}

#[test]
fn check_parse_only_skips_binding() {
    let scratch = Scratch::new();
    let script = scratch.file(
        "typo.ps1",
        "Set-CsConferencingConfiguration -ClientAudioPot 1\n",
    );
    let run = Lyncsh::new()
        .args([
            "check".as_ref(),
            "--parse-only".as_ref(),
            script.as_os_str(),
        ])
        .separate();
    assert_eq!((run.out.as_str(), run.status), ("", Some(0)));
}

#[test]
fn check_exits_2_for_an_unreadable_file_and_still_checks_the_others() {
    let scratch = Scratch::new();
    let missing = scratch.path().join("missing.ps1");
    let typo = scratch.file("typo.ps1", "Get-CsConferencingConfiguraton\n");
    let run = Lyncsh::new()
        .args(["check".as_ref(), missing.as_os_str(), typo.as_os_str()])
        .separate();
    assert_eq!(run.status, Some(2));
    assert!(run
        .err
        .starts_with(&format!("lyncsh: cannot read {}: ", missing.display())));
    assert!(run
        .out
        .starts_with(&format!("{}:1:1: error[command]: ", typo.display())));
}

/// A script called by its path runs with its parameters in a scope of its own; `C:\` paths map
/// into the files folder, a path that leads out of it is refused, a missing script is a command
/// not found, and a script saved as Windows-1252 reads as PowerShell 3 reads it.
#[test]
fn scripts_called_by_path_run_inside_the_files_folder() {
    let scratch = Scratch::new();
    std::fs::create_dir_all(scratch.path().join("Scripts")).expect("a Scripts folder");
    scratch.file(
        "Scripts/Enable-Users.ps1",
        "[CmdletBinding()]\nparam(\n    [Parameter(Mandatory=$true)]\n    [string]$SipDomain\n)\n\"enabling for $SipDomain\"\nfunction Get-Helper { 'helper' }\n",
    );
    scratch.file("Scripts/ansi.ps1", b"\"caf\xe9 \x80\"\n");
    let run = Lyncsh::new()
        .current_dir(scratch.path())
        .args([
            "-c",
            ".\\Scripts\\Enable-Users.ps1 -SipDomain litwareinc.com; C:\\Scripts\\Enable-Users.ps1 fabrikam.com; . .\\Scripts\\Enable-Users.ps1 -SipDomain x; Get-Helper; .\\Scripts\\ansi.ps1",
        ])
        .separate();
    assert_eq!(
        run.out,
        "enabling for litwareinc.com\nenabling for fabrikam.com\nenabling for x\nhelper\ncafé €\n"
    );
    assert_eq!(run.status, Some(0), "{}", run.err);

    let run = Lyncsh::new()
        .current_dir(scratch.path())
        .args([
            "-c",
            "Push-Location Scripts; (Get-Location).Path; .\\Enable-Users.ps1 -SipDomain y; Pop-Location; Get-Location | ForEach-Object Path",
        ])
        .separate();
    assert_eq!(
        run.out, "C:\\Scripts\nenabling for y\nC:\\\n",
        "{}",
        run.err
    );
    let run = Lyncsh::new()
        .current_dir(scratch.path())
        .args(["-c", "..\\outside.ps1"])
        .separate();
    assert!(run.err.contains("PathOutsideFilesFolder"), "{}", run.err);
    let run = Lyncsh::new()
        .current_dir(scratch.path())
        .args(["-c", ".\\missing.ps1"])
        .separate();
    assert!(
        run.err
            .starts_with(".\\missing.ps1 : The term '.\\missing.ps1' is not recognized"),
        "{}",
        run.err
    );
    assert_eq!(run.status, Some(1));
}

/// A change script as admins write them: users from a CSV file of the files folder (`--files`),
/// a loop with try/catch, and a report written back with Export-Csv; a malformed CSV file is an
/// error naming its line.
#[test]
fn a_csv_driven_script_reads_and_writes_the_files_folder() {
    let scratch = Scratch::new();
    scratch.file(
        "sites.csv",
        "Site,Port\r\nRedmond,50020\r\n\"Paris, France\",50040\r\n",
    );
    scratch.file("broken.csv", "Site,Port\n\"Redmond,1\n");
    let script = scratch.file(
        "change.ps1",
        "Import-Module Lync\n\
         $report = foreach ($row in Import-Csv C:\\sites.csv) {\n\
         \x20   try {\n\
         \x20       $site = Get-CsSite -Identity $row.Site -ErrorAction Stop\n\
         \x20       [pscustomobject]@{ Site = $row.Site; Result = 'found' }\n\
         \x20   } catch {\n\
         \x20       [pscustomobject]@{ Site = $row.Site; Result = $_.FullyQualifiedErrorId }\n\
         \x20   }\n\
         }\n\
         $report | Export-Csv .\\report.csv -NoTypeInformation\n\
         (Get-Content report.csv).Count\n",
    );
    let run = Lyncsh::new()
        .args([
            "--files".as_ref(),
            scratch.path().as_os_str(),
            script.as_os_str(),
        ])
        .separate();
    assert_eq!(run.out, "3\n", "{}", run.err);
    assert_eq!(run.status, Some(0), "{}", run.err);
    let report = std::fs::read_to_string(scratch.path().join("report.csv")).expect("a report");
    assert_eq!(
        report,
        "\"Site\",\"Result\"\r\n\"Redmond\",\"found\"\r\n\"Paris, France\",\"ObjectNotFound,Microsoft.Rtc.Management.Internal.GetSiteCmdlet\"\r\n"
    );

    let run = Lyncsh::new()
        .args([
            "--files".as_ref(),
            scratch.path().as_os_str(),
            "-c".as_ref(),
            "Import-Csv broken.csv".as_ref(),
        ])
        .separate();
    assert!(
        run.err.contains("starts on line 2 and is never closed"),
        "{}",
        run.err
    );
    assert_eq!(run.status, Some(1));
}
