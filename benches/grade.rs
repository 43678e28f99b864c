//! `lyncsh grade` over a class of 1,000 session files, each the reference solution of the
//! client-port-ranges lab saved with Save-LabSession (target: ≤ 5 s on 2 cores).

use criterion::{criterion_group, criterion_main, Criterion};
use lyncsh::engine::BufferHost;
use lyncsh::lab::Lab;
use std::path::PathBuf;

const STUDENTS: usize = 1_000;
const LAB: &str = "client-port-ranges";

/// Writes the class into a fresh folder under the temporary directory.
fn class() -> Vec<PathBuf> {
    let lab = Lab::open(LAB).expect("the built-in lab");
    let start = lab.starting_session().expect("its starting session");
    let mut engine = lyncsh::cmdlets::shell(start, Box::new(BufferHost::default()));
    let solution = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/labs/solutions/client-port-ranges.ps1"
    ))
    .expect("the reference solution");
    let _ = engine.run(&solution, "solution.ps1");
    let text = lyncsh::session::save::to_string(&engine.session).expect("the session saves");
    let folder = std::env::temp_dir().join(format!("lyncsh-grade-bench-{}", std::process::id()));
    std::fs::create_dir_all(&folder).expect("a scratch folder");
    (0..STUDENTS)
        .map(|i| {
            let path = folder.join(format!("student{i:04}.ron"));
            std::fs::write(&path, &text).expect("a session file");
            path
        })
        .collect()
}

fn grade_a_class(c: &mut Criterion) {
    lyncsh::allocator::keep_freed_memory();
    let files = class();
    let mut group = c.benchmark_group("grade");
    group.sample_size(10);
    group.bench_function("1,000 session files", |b| {
        b.iter(|| {
            let rows = lyncsh::grade::grade(LAB, &files).expect("the lab opens");
            assert!(rows.iter().all(lyncsh::grade::Row::complete));
        })
    });
    group.finish();
    if let Some(folder) = files.first().and_then(|f| f.parent()) {
        let _ = std::fs::remove_dir_all(folder);
    }
}

criterion_group!(benches, grade_a_class);
criterion_main!(benches);
