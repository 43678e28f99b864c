//! The deployment's operations at their issue targets: one synthetic transaction evaluated on
//! the lab (≤ 1 ms) and Get-CsWindowsService across every computer of the lab (≤ 1 ms), each
//! a whole statement in a warm shell.

use criterion::{criterion_group, criterion_main, Criterion};
use lyncsh::engine::BufferHost;
use lyncsh::session::Session;

fn deployment(c: &mut Criterion) {
    lyncsh::allocator::keep_freed_memory();
    let mut shell = lyncsh::cmdlets::shell(Session::lab(), Box::new(BufferHost::default()));
    let mut run = |script: &str| {
        let _ = shell.run(script, "bench.ps1");
        assert!(!shell.had_error, "{script}");
    };
    let mut group = c.benchmark_group("deployment");
    group.bench_function("Test-CsAVConference on the lab", |b| {
        b.iter(|| run("$null = Test-CsAVConference -TargetFqdn atl-cs-001.litwareinc.com"))
    });
    group.bench_function("Get-CsWindowsService across the lab", |b| {
        b.iter(|| {
            run("$null = foreach ($c in 'atl-cs-001.litwareinc.com', 'atl-edge-001.litwareinc.com', 'redmond.litwareinc.com', 'atl-sql-001.litwareinc.com') { Get-CsWindowsService -ComputerName $c }")
        })
    });
    group.finish();
}

criterion_group!(benches, deployment);
criterion_main!(benches);
