//! The session loader on arbitrary text: it must refuse it with a positioned error or take it,
//! never panic, hang or take super-linear time; and a session it takes must save and load back
//! equal, so that what a file says survives being saved again.

#![no_main]

use libfuzzer_sys::fuzz_target;
use lyncsh::session::{load, save};

fuzz_target!(|text: &str| {
    let Ok(session) = load::parse(text, "fuzz.ron") else {
        return;
    };
    let saved = save::to_string(&session).expect("a loaded session saves");
    let again = load::parse(&saved, "saved.ron")
        .unwrap_or_else(|e| panic!("a saved session does not load: {e}\n{saved}"));
    assert!(again == session, "the session changed on saving:\n{saved}");
});
