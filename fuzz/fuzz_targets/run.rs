//! Parse, bind and run arbitrary text on a fresh lab session, on a thread with the shell's own
//! stack size (as the binary runs it): never a panic, a hang or a run-away allocation.

#![no_main]

use libfuzzer_sys::fuzz_target;
use lyncsh::engine::BufferHost;
use lyncsh::session::Session;

fuzz_target!(|text: &str| {
    let text = text.to_string();
    let worker = std::thread::Builder::new()
        .stack_size(lyncsh::cli::STACK_SIZE)
        .spawn(move || {
            let mut engine =
                lyncsh::cmdlets::shell(Session::lab(), Box::new(BufferHost::default()));
            let _ = engine.run(&text, "line");
        })
        .expect("spawn the run thread");
    if let Err(panic) = worker.join() {
        std::panic::resume_unwind(panic);
    }
});
