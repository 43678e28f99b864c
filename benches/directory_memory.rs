//! A directory of 100,000 users, as a fresh lyncsh process meets it: the session is built once
//! (100,000 accounts made with New-LabUser and enabled with Enable-CsUser, then saved), and
//! each run starts `lyncsh --session` on it, finds one user, filters all of them, grants a
//! policy to all of them, counts the holders and saves the session again. Prints each run's
//! elapsed time and the peak resident memory of the runs (not a criterion benchmark: memory is
//! each run's own high-water mark). Linux only: it waits for each run with `wait4`.

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Instant;

const MAKE: &str = r#"1..100000 | ForEach-Object { [pscustomobject]@{DisplayName="User $_"; SamAccountName="user$_"; Department="Sales"} } | New-LabUser
Get-CsAdUser -Filter {Department -eq "Sales"} | Enable-CsUser -RegistrarPool atl-cs-001.litwareinc.com -SipAddressType SamAccountName -SipDomain litwareinc.com
"#;

const RUN: &str = r#"Get-CsUser -Identity sip:user99999@litwareinc.com | Out-Null
$null = Get-CsUser -Filter {ConferencingPolicy -eq $null}
Get-CsUser | Grant-CsConferencingPolicy -PolicyName SalesConferencingPolicy
(Get-CsUser -Filter {ConferencingPolicy -eq "SalesConferencingPolicy"}).Count
"#;

fn main() {
    let folder = std::env::temp_dir().join(format!("lyncsh-directory-{}", std::process::id()));
    std::fs::create_dir_all(&folder).expect("a temporary folder");
    let session = folder.join("big.ron");

    let started = Instant::now();
    let make = folder.join("make.ps1");
    std::fs::write(&make, MAKE).expect("the script written");
    let made = Command::new(env!("CARGO_BIN_EXE_lyncsh"))
        .arg("--save")
        .arg(&session)
        .arg(&make)
        .output()
        .expect("lyncsh runs");
    assert!(made.status.success(), "the directory was not made");
    println!(
        "100,000 users made and saved: {:.1} s",
        started.elapsed().as_secs_f64()
    );

    let script = folder.join("run.ps1");
    std::fs::write(&script, RUN).expect("the script written");
    let mut runs: Vec<(f64, f64)> = (0..5)
        .map(|_| run(&session, &script, &folder.join("after.ron")))
        .collect();
    runs.sort_by(|a, b| a.0.total_cmp(&b.0));
    let peak = runs.iter().map(|r| r.1).fold(0.0, f64::max);
    println!(
        "load, find, filter, grant to all, count, save (whole process): median {:.2} s of 5 ({:.2}-{:.2} s), peak resident {peak:.1} MiB",
        runs[2].0, runs[0].0, runs[4].0
    );
    let _ = std::fs::remove_dir_all(&folder);
}

/// One run of the script on the saved session: seconds, and its peak resident memory in MiB.
#[expect(
    clippy::zombie_processes,
    reason = "waited for with wait4, which gives its peak memory too"
)]
fn run(session: &Path, script: &Path, saved: &Path) -> (f64, f64) {
    let started = Instant::now();
    let child = Command::new(env!("CARGO_BIN_EXE_lyncsh"))
        .arg("--session")
        .arg(session)
        .arg("--save")
        .arg(saved)
        .arg(script)
        .stdout(Stdio::null())
        .spawn()
        .expect("lyncsh runs");
    let mut status = 0;
    // SAFETY: wait4 fills the status and the usage it is given, for the child just started.
    let usage = unsafe {
        let mut usage: libc::rusage = std::mem::zeroed();
        libc::wait4(child.id() as libc::pid_t, &mut status, 0, &mut usage);
        usage
    };
    let elapsed = started.elapsed().as_secs_f64();
    assert!(
        libc::WIFEXITED(status) && libc::WEXITSTATUS(status) == 0,
        "the run failed"
    );
    (elapsed, usage.ru_maxrss as f64 / 1024.0)
}
