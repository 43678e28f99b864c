//! Resident memory and elapsed time with 10,000 site-scoped records: the records created by
//! replaying 10,000 New statements, then read and changed by one Get | Set pipeline and
//! listed. Prints the figures (not a criterion benchmark: memory is measured once, from a
//! fresh process). Linux only: it reads `/proc/self/status`.

mod support;

use std::time::Instant;
use support::{engine, lab_with_sites, run_cleanly};

const RECORDS: usize = 10_000;

/// `VmRSS` (now) and `VmHWM` (peak) in MiB.
fn resident() -> (f64, f64) {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let field = |name: &str| {
        status
            .lines()
            .find_map(|l| l.strip_prefix(name))
            .and_then(|rest| {
                rest.trim()
                    .trim_end_matches("kB")
                    .trim()
                    .parse::<f64>()
                    .ok()
            })
            .map_or(f64::NAN, |kb| kb / 1024.0)
    };
    (field("VmRSS:"), field("VmHWM:"))
}

fn report(step: &str, started: Instant) {
    let (now, peak) = resident();
    println!(
        "{step:<58} {:>9.1} ms   RSS {now:>6.1} MiB   peak {peak:>6.1} MiB",
        started.elapsed().as_secs_f64() * 1000.0
    );
}

fn main() {
    // Memory is managed as the lyncsh binary manages it.
    lyncsh::allocator::keep_freed_memory();
    // Criterion's flags (`--bench`) are passed to every bench target; there are none to read.
    report("process start", Instant::now());

    let started = Instant::now();
    let mut shell = engine(lab_with_sites(RECORDS, &[]));
    report("a topology of 10,000 more sites", started);

    let started = Instant::now();
    let script: String = (1..=RECORDS)
        .map(|n| format!("New-CsConferencingConfiguration -Identity site:Lab{n:04} | Out-Null\n"))
        .collect();
    run_cleanly(&mut shell, &script);
    report("10,000 New statements replayed (10,001 records)", started);

    let started = Instant::now();
    run_cleanly(
        &mut shell,
        "Get-CsConferencingConfiguration -Filter site:* | Set-CsConferencingConfiguration -ClientAudioPort 50020",
    );
    report(
        "one Get | Set pipeline over the 10,000 site records",
        started,
    );

    let started = Instant::now();
    run_cleanly(&mut shell, "Get-CsConferencingConfiguration | Format-List");
    report("all 10,001 records rendered as a list", started);

    assert_eq!(
        shell
            .session
            .store
            .records("CsConferencingConfiguration")
            .len(),
        RECORDS + 1
    );
}
