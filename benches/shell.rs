//! What users feel: a fresh shell reaching its first output, the Get of every family in a
//! fresh shell, replaying scripts of simple
//! statements, one Set over 1,000 site-scoped records in a pipeline, list and table
//! rendering of those records, and the language of admin scripts: calls of a script function
//! with two parameters, and a million-turn `foreach` with `if` and `+=`.

mod support;

use criterion::{criterion_group, criterion_main, BatchSize, Criterion, Throughput};
use lyncsh::session::Session;
use support::{engine, lab_with_sites, run_cleanly};

const SITES: usize = 1_000;
const STATEMENTS: usize = 10_000;

fn start(c: &mut Criterion) {
    // Memory is managed as the lyncsh binary manages it.
    lyncsh::allocator::keep_freed_memory();
    run_cleanly(
        &mut engine(Session::lab()),
        "Get-CsConferencingConfiguration",
    );
    c.bench_function("start/new shell to first output", |b| {
        b.iter(|| {
            let mut shell = engine(Session::lab());
            shell.run("Get-CsConferencingConfiguration", "line")
        })
    });
}

/// `Get-<noun>` of every declared family and record kind (with the identity of a record the
/// lab has where Get needs one), in a fresh shell: the first use of every declaration.
pub fn every_get_script() -> String {
    let lab = Session::lab();
    let mut script = String::new();
    for family in lyncsh::families::all() {
        if !family.has_verb(lyncsh::cmdlets::FamilyVerb::Get) {
            continue;
        }
        let needs_identity =
            lyncsh::cmdlets::family::signature(family, lyncsh::cmdlets::FamilyVerb::Get)
                .is_some_and(|s| s.params.iter().any(|p| p.name == "Identity" && p.mandatory));
        match lab.store.records(family.noun).first() {
            Some(record) if needs_identity => script.push_str(&format!(
                "Get-{} -Identity '{}' | Out-Null\n",
                family.noun, record.identity
            )),
            _ if needs_identity => {}
            _ => script.push_str(&format!("Get-{} | Out-Null\n", family.noun)),
        }
    }
    script
}

fn every_get(c: &mut Criterion) {
    // Memory is managed as the lyncsh binary manages it.
    lyncsh::allocator::keep_freed_memory();
    let script = every_get_script();
    run_cleanly(&mut engine(Session::lab()), &script);
    c.bench_function("start/new shell, Get of every family", |b| {
        b.iter(|| {
            let mut shell = engine(Session::lab());
            shell.run(&script, "script.ps1")
        })
    });
}

fn replay(c: &mut Criterion) {
    // Memory is managed as the lyncsh binary manages it.
    lyncsh::allocator::keep_freed_memory();
    let scripts = [
        ("assignments", "$port = 50020\n"),
        (
            "Set cmdlets",
            "Set-CsConferencingConfiguration -ClientAudioPort 50020 -ClientAudioPortRange 20\n",
        ),
        (
            "Get piped to Out-Null",
            "Get-CsConferencingConfiguration -Identity global | Out-Null\n",
        ),
    ];
    let mut group = c.benchmark_group("replay");
    group.throughput(Throughput::Elements(STATEMENTS as u64));
    for (name, line) in scripts {
        let script = line.repeat(STATEMENTS);
        run_cleanly(&mut engine(Session::lab()), &script);
        group.bench_function(name, |b| {
            b.iter_batched_ref(
                || engine(Session::lab()),
                |shell| shell.run(&script, "script.ps1"),
                BatchSize::LargeInput,
            )
        });
    }
    group.finish();
}

fn set_pipeline(c: &mut Criterion) {
    // Memory is managed as the lyncsh binary manages it.
    lyncsh::allocator::keep_freed_memory();
    let session = lab_with_sites(SITES, &["CsConferencingConfiguration"]);
    let pipeline = "Get-CsConferencingConfiguration -Filter site:* | Set-CsConferencingConfiguration -ClientMediaPortRangeEnabled $true -ClientAudioPort 50020";
    run_cleanly(&mut engine(session.clone()), pipeline);
    let mut group = c.benchmark_group("set pipeline");
    group.throughput(Throughput::Elements(SITES as u64));
    group.sample_size(20);
    group.bench_function("1,000 site records", |b| {
        b.iter_batched_ref(
            || engine(session.clone()),
            |shell| shell.run(pipeline, "line"),
            BatchSize::LargeInput,
        )
    });
    group.finish();
}

fn render(c: &mut Criterion) {
    // Memory is managed as the lyncsh binary manages it.
    lyncsh::allocator::keep_freed_memory();
    let session = lab_with_sites(SITES, &["CsConferencingConfiguration"]);
    let mut group = c.benchmark_group("render");
    group.throughput(Throughput::Elements(SITES as u64 + 1));
    group.sample_size(20);
    for (name, command) in [
        ("list of 1,001 records", "$all | Format-List"),
        (
            "table of 1,001 records",
            "$all | Format-Table Identity, ClientAudioPort, ClientAudioPortRange, ClientMediaPortRangeEnabled",
        ),
    ] {
        run_cleanly(
            &mut engine(session.clone()),
            &format!("$all = Get-CsConferencingConfiguration\n{command}"),
        );
        group.bench_function(name, |b| {
            b.iter_batched_ref(
                || {
                    let mut shell = engine(session.clone());
                    let _ = shell.run("$all = Get-CsConferencingConfiguration", "line");
                    shell
                },
                |shell| shell.run(command, "line"),
                BatchSize::LargeInput,
            )
        });
    }
    group.finish();
}

const CALLS: u64 = 10_000;

fn function_calls(c: &mut Criterion) {
    lyncsh::allocator::keep_freed_memory();
    let mut shell = engine(Session::lab());
    run_cleanly(
        &mut shell,
        "function Add-Ports($First, $Second) { $First + $Second }",
    );
    let calls = format!("foreach ($i in 1..{CALLS}) {{ $null = Add-Ports $i 20 }}");
    let loop_only = format!("foreach ($i in 1..{CALLS}) {{ $null = $i + 20 }}");
    let mut group = c.benchmark_group("scripts");
    group.throughput(Throughput::Elements(CALLS));
    group.bench_function("function call with two parameters", |b| {
        b.iter(|| run_cleanly(&mut shell, &calls))
    });
    group.bench_function("the same loop without the call", |b| {
        b.iter(|| run_cleanly(&mut shell, &loop_only))
    });
    group.finish();
}

fn million_turns(c: &mut Criterion) {
    let mut shell = engine(Session::lab());
    let script =
        "$s = 0; foreach ($i in 1..1000000) { if ($i % 3 -eq 0) { $s += $i } }; $null = $s";
    let mut group = c.benchmark_group("scripts");
    group.sample_size(10);
    group.bench_function("foreach over 1..1000000 with if and +=", |b| {
        b.iter(|| run_cleanly(&mut shell, script))
    });
    group.finish();
}

criterion_group!(
    benches,
    start,
    every_get,
    replay,
    set_pipeline,
    render,
    function_calls,
    million_turns
);
criterion_main!(benches);
