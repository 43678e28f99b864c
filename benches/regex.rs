//! The regular-expression operators over many strings, through the engine as scripts run
//! them: `-match` with a look-ahead (which needs fancy-regex's backtracking engine) and a plain
//! anchored pattern, `-replace` with a .NET replacement, `-split` and `switch -Regex`, each
//! over 1,000 dialed numbers; and compiling a pattern the cache has not seen. Before
//! fancy-regex the look-around rows only measured the error for the refused pattern.

use criterion::{criterion_group, criterion_main, Criterion};
use lyncsh::engine::{BufferHost, Engine};
use lyncsh::session::Session;
use lyncsh::value::Value;

/// An engine whose `$numbers` holds 1,000 seven-digit numbers, some of them starting 911.
fn engine_with_numbers() -> Engine {
    let mut engine = lyncsh::cmdlets::shell(Session::lab(), Box::new(BufferHost::default()));
    let numbers: Vec<Value> = (0..1_000u32)
        .map(|i| {
            let prefix = if i % 10 == 0 { 911 } else { 555 };
            Value::str(format!("{prefix}{:04}", i))
        })
        .collect();
    engine
        .session
        .variables
        .set("numbers", Value::array(numbers));
    engine
}

const SCRIPTS: &[(&str, &str)] = &[
    (
        "-match look-ahead, 1,000 strings",
        "$n = 0; foreach ($s in $numbers) { if ($s -match '^(?!911)(\\d{7})$') { $n++ } }",
    ),
    (
        "-match anchored, 1,000 strings",
        "$n = 0; foreach ($s in $numbers) { if ($s -match '^555(\\d{4})$') { $n++ } }",
    ),
    (
        "-replace .NET replacement, 1,000 strings",
        "$r = $numbers -replace '^(\\d{3})(\\d{4})$', '+1425$1$2'",
    ),
    (
        "-split look-behind, 1,000 strings",
        "$r = foreach ($s in $numbers) { $s -split '(?<=5)' }",
    ),
    (
        "switch -Regex, 1,000 strings",
        "$r = switch -Regex ($numbers) { '^911' { 'emergency' } '^(?!911)\\d+$' { $Matches[0] } }",
    ),
];

fn operators(c: &mut Criterion) {
    // Memory is managed as the lyncsh binary manages it.
    lyncsh::allocator::keep_freed_memory();
    let mut engine = engine_with_numbers();
    let mut group = c.benchmark_group("regex");
    for (name, script) in SCRIPTS {
        group.bench_function(*name, |b| b.iter(|| engine.run(script, "bench").ok()));
    }
    // A new pattern each time (the cache keeps 64), so the compile is measured.
    let mut n = 0u64;
    group.bench_function("compile an unseen .NET pattern", |b| {
        b.iter(|| {
            n += 1;
            let pattern = format!("^(?<area>\\d{{3}})(?!911)(\\d{{4}});{n}$");
            lyncsh::engine::regex_ops::compile(&pattern, false).is_ok()
        })
    });
    group.finish();
}

criterion_group!(benches, operators);
criterion_main!(benches);
