//! The pipeline built-ins over many objects: Where-Object with a script block over 10,000
//! configuration-like objects (target: under 20 ms), and Sort-Object over the same objects.

use criterion::{criterion_group, criterion_main, Criterion};
use lyncsh::engine::{BufferHost, Engine};
use lyncsh::session::Session;
use lyncsh::value::{PsObject, Value};

/// An engine whose `$objects` holds 10,000 objects with an identity and a port.
fn engine_with_objects() -> Engine {
    let mut engine = lyncsh::cmdlets::shell(Session::lab(), Box::new(BufferHost::default()));
    let objects: Vec<Value> = (0..10_000u32)
        .map(|i| {
            Value::object(
                PsObject::new(
                    "Microsoft.Rtc.Management.WritableConfig.Settings.WebConf.ConfSettings",
                )
                .with("Identity", Value::str(format!("Site:Site{i}")))
                .with("ClientMediaPortRangeEnabled", Value::Bool(i % 2 == 0))
                .with("ClientAudioPort", Value::UInt16(1024 + (i % 60_000) as u16)),
            )
        })
        .collect();
    engine
        .session
        .variables
        .set("objects", Value::array(objects));
    engine
}

fn pipeline(c: &mut Criterion) {
    // Memory is managed as the lyncsh binary manages it.
    lyncsh::allocator::keep_freed_memory();
    let mut engine = engine_with_objects();
    let mut group = c.benchmark_group("pipeline");
    group.bench_function("Where-Object script block, 10,000 objects", |b| {
        b.iter(|| {
            engine
                .run(
                    "$kept = $objects | Where-Object { $_.ClientAudioPort -gt 5000 -and $_.ClientMediaPortRangeEnabled }",
                    "bench",
                )
                .ok()
        })
    });
    group.bench_function("Sort-Object by a property, 10,000 objects", |b| {
        b.iter(|| {
            engine
                .run(
                    "$sorted = $objects | Sort-Object ClientAudioPort -Descending",
                    "bench",
                )
                .ok()
        })
    });
    group.finish();
}

criterion_group!(benches, pipeline);
criterion_main!(benches);
