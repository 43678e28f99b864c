//! lyncsh's integration tests, built as one test binary (see `autotests` in Cargo.toml) so that
//! the crate and its binary are linked once:
//!
//! - [`bad_input`]: the bad-input catalogue: every case fails with the right error and changes
//!   nothing;
//! - [`transcript`]: whole sessions fed to the real binary, compared with the exact text the
//!   Lync Server 2013 Management Shell prints (`tests/transcripts/*.txt`);
//! - [`declarations`]: every noun declaration against its catalog signatures;
//! - [`cli`]: the other entry points (`-c`, script files, `check`, exit statuses, hostile input);
//! - [`properties`]: generated input never makes the parser or the engine panic;
//! - [`grammar`]: `grammar/lyncsh.grammar` and the parser cannot drift apart;
//! - [`pty`]: the interactive shell typed at through a pseudo-terminal (Unix only).
//! - [`session`]: session files, killed saves, rehearsal and replay, transcripts.
//! - [`grade`]: `lyncsh grade` over a class of session files, scripts and transcripts.
//! - [`lab`]: `--lab` with the built-in labs' reference solutions and refused lab files.
//! - [`regressions`]: inputs the fuzzers broke the shell with now run.

mod bad_input;
mod cli;
mod declarations;
mod grade;
mod grammar;
mod lab;
mod properties;
#[cfg(unix)]
mod pty;
mod regressions;
mod session;
mod support;
mod transcript;
