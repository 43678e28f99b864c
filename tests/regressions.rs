//! Inputs the fuzzers found to crash, hang or blow up (`tests/regressions/*.ps1`, see
//! `docs/fuzzing.md`): each is parsed and run on a fresh lab session, as the `run` fuzz target
//! does, and must finish without panicking.

use lyncsh::engine::{BufferHost, Engine};
use lyncsh::session::Session;
use std::path::{Path, PathBuf};

fn regression_files() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/regressions");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("read tests/regressions")
        .map(|entry| entry.expect("a directory entry").path())
        .filter(|path| path.extension().is_some_and(|e| e == "ps1"))
        .collect();
    files.sort();
    files
}

#[test]
fn every_input_the_fuzzers_broke_now_runs() {
    let files = regression_files();
    assert!(!files.is_empty(), "tests/regressions has no inputs");
    for file in files {
        let text =
            std::fs::read_to_string(&file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        let worker = std::thread::Builder::new()
            .stack_size(lyncsh::cli::STACK_SIZE)
            .spawn(move || {
                let _ = lyncsh::parse::parse(&text);
                let mut engine = Engine::new(Session::lab(), Box::new(BufferHost::default()));
                let _ = engine.run(&text, "line");
            })
            .expect("spawn the regression thread");
        assert!(worker.join().is_ok(), "{} panics", file.display());
    }
}
