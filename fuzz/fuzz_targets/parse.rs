//! The parser on arbitrary text: it must return a tree or an error, never panic, hang or take
//! super-linear time.

#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let _ = lyncsh::parse::parse(text);
});
