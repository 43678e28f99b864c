//! `lyncsh grade` over a class of 1,000 students, each handing in the reference solution of
//! the client-port-ranges lab: as a session file saved after running it (target: ≤ 5 s on 2
//! cores), and as the script itself, run on the lab's starting session for every student.

use criterion::{criterion_group, criterion_main, Criterion};
use lyncsh::engine::BufferHost;
use lyncsh::lab::Lab;
use std::path::{Path, PathBuf};

const STUDENTS: usize = 1_000;
const LAB: &str = "client-port-ranges";

/// Writes `text` as `STUDENTS` files named `studentNNNN.EXT` into `folder`.
fn class(folder: &Path, extension: &str, text: &str) -> Vec<PathBuf> {
    std::fs::create_dir_all(folder).expect("a scratch folder");
    (0..STUDENTS)
        .map(|i| {
            let path = folder.join(format!("student{i:04}.{extension}"));
            std::fs::write(&path, text).expect("a student's file");
            path
        })
        .collect()
}

fn grade_a_class(c: &mut Criterion) {
    lyncsh::allocator::keep_freed_memory();
    let solution = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/labs/solutions/client-port-ranges.ps1"
    ))
    .expect("the reference solution");
    let lab = Lab::open(LAB).expect("the built-in lab");
    let start = lab.starting_session().expect("its starting session");
    let mut engine = lyncsh::cmdlets::shell(start, Box::new(BufferHost::default()));
    let _ = engine.run(&solution, "solution.ps1");
    let saved = lyncsh::session::save::to_string(&engine.session).expect("the session saves");

    let folder = std::env::temp_dir().join(format!("lyncsh-grade-bench-{}", std::process::id()));
    let sessions = class(&folder.join("sessions"), "ron", &saved);
    let scripts = class(&folder.join("scripts"), "ps1", &solution);
    let mut group = c.benchmark_group("grade");
    group.sample_size(10);
    for (name, files) in [
        ("1,000 session files", &sessions),
        ("1,000 solution scripts", &scripts),
    ] {
        group.bench_function(name, |b| {
            b.iter(|| {
                let rows = lyncsh::grade::grade(LAB, files).expect("the lab opens");
                assert!(rows.iter().all(lyncsh::grade::Row::complete));
            })
        });
    }
    group.finish();
    let _ = std::fs::remove_dir_all(folder);
}

criterion_group!(benches, grade_a_class);
criterion_main!(benches);
