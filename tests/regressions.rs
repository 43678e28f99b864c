//! Inputs the fuzzers found to crash, hang or blow up (see `docs/fuzzing.md`): each
//! `tests/regressions/*.ps1` is parsed and run on a fresh lab session, as the `run` fuzz target
//! does, and must finish without panicking; each `tests/regressions/session-*.ron` is loaded
//! as the `session` fuzz target loads it, and must be refused with a position or load, save
//! and load back equal.

use lyncsh::engine::BufferHost;
use lyncsh::session::{load, save, Session};
use std::path::{Path, PathBuf};

/// The files in `tests/regressions` whose names end with `ending`, sorted.
fn regression_files(ending: &str) -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/regressions");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("read tests/regressions")
        .map(|entry| entry.expect("a directory entry").path())
        .filter(|path| path.to_string_lossy().ends_with(ending))
        .collect();
    files.sort();
    files
}

fn read(file: &Path) -> String {
    std::fs::read_to_string(file).unwrap_or_else(|e| panic!("{}: {e}", file.display()))
}

/// Runs `work` on a thread with the shell's stack size; false if it panicked.
fn runs_cleanly(work: impl FnOnce() + Send + 'static) -> bool {
    std::thread::Builder::new()
        .stack_size(lyncsh::cli::STACK_SIZE)
        .spawn(work)
        .expect("spawn the regression thread")
        .join()
        .is_ok()
}

#[test]
fn every_input_the_fuzzers_broke_now_runs() {
    let files = regression_files(".ps1");
    assert!(!files.is_empty(), "tests/regressions has no inputs");
    for file in files {
        let text = read(&file);
        let ran = runs_cleanly(move || {
            let _ = lyncsh::parse::parse(&text);
            let mut engine =
                lyncsh::cmdlets::shell(Session::lab(), Box::new(BufferHost::default()));
            let _ = engine.run(&text, "line");
        });
        assert!(ran, "{} panics", file.display());
    }
}

/// Refused with a position, or loaded and the same after a save.
fn loads_cleanly(text: &str) -> Result<(), String> {
    match load::parse(text, "regression.ron") {
        Err(e) if e.line >= 1 && e.column >= 1 => Ok(()),
        Err(e) => Err(format!("an error without a position: {e}")),
        Ok(session) => {
            let saved = save::to_string(&session)?;
            match load::parse(&saved, "saved.ron") {
                Ok(again) if again == session => Ok(()),
                Ok(_) => Err(format!("not equal after saving:\n{saved}")),
                Err(e) => Err(format!("the saved session does not load: {e}\n{saved}")),
            }
        }
    }
}

#[test]
fn every_session_file_the_fuzzers_broke_now_loads_cleanly() {
    let files = regression_files(".ron");
    assert!(!files.is_empty(), "tests/regressions has no session files");
    for file in files {
        let text = read(&file);
        let outcome = std::sync::Arc::new(std::sync::Mutex::new(Ok(())));
        let written = std::sync::Arc::clone(&outcome);
        let ran = runs_cleanly(move || *written.lock().unwrap() = loads_cleanly(&text));
        assert!(ran, "{} panics", file.display());
        let outcome = outcome.lock().unwrap().clone();
        assert_eq!(outcome, Ok(()), "{}", file.display());
    }
}
