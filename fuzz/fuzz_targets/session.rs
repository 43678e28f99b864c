//! The session loader on arbitrary text: it must refuse it with a positioned error or take it,
//! never panic, hang or take super-linear time; and a session it takes must save and load back
//! the same, so that what a file says survives being saved again.

#![no_main]

use libfuzzer_sys::fuzz_target;
use lyncsh::session::{load, save};

fuzz_target!(|text: &str| {
    let session = match load::parse(text, "fuzz.ron") {
        Ok(session) => session,
        Err(e) => {
            assert!(e.line >= 1 && e.column >= 1, "an error without a position: {e}");
            return;
        }
    };
    let saved = save::to_string(&session).expect("a loaded session saves");
    let again = load::parse(&saved, "saved.ron")
        .unwrap_or_else(|e| panic!("a saved session does not load: {e}\n{saved}"));
    let resaved = save::to_string(&again).expect("a reloaded session saves");
    assert_eq!(resaved, saved, "saving again writes another file");
    // A NaN (`Double(NaN)`) is never equal to itself; the text above has compared it.
    assert!(
        again == session || saved.contains("NaN"),
        "the session changed on saving:\n{saved}"
    );
});
