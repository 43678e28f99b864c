//! Running the built `lyncsh` binary for the integration tests: a fixed environment (no colour,
//! the default 120-column width), piped standard input, a time limit, and standard output and
//! error captured either merged in order (as a console shows them) or apart.

use std::fs::File;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

/// How long one run of the binary may take before the test fails.
const TIME_LIMIT: Duration = Duration::from_secs(60);

/// A directory of its own for one test, removed with everything in it when dropped.
pub struct Scratch {
    dir: PathBuf,
}

impl Scratch {
    pub fn new() -> Scratch {
        static NEXT: AtomicUsize = AtomicUsize::new(0);
        let n = NEXT.fetch_add(1, Ordering::Relaxed);
        let dir = std::env::temp_dir().join(format!("lyncsh-test-{}-{n}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("create a scratch directory");
        Scratch { dir }
    }

    pub fn path(&self) -> &Path {
        &self.dir
    }

    /// Writes `contents` to `name` in the scratch directory and returns its path.
    pub fn file(&self, name: &str, contents: impl AsRef<[u8]>) -> PathBuf {
        let path = self.dir.join(name);
        std::fs::write(&path, contents).expect("write a scratch file");
        path
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

/// What one run printed and how it ended.
#[derive(Debug)]
pub struct Output {
    /// The exit status; `None` when the process died of a signal.
    pub status: Option<i32>,
    /// Standard output, or both streams in order when they were merged.
    pub out: String,
    /// Standard error; empty when the streams were merged.
    pub err: String,
}

/// One invocation of the binary, built up before it runs.
pub struct Lyncsh {
    command: Command,
    stdin: Option<Vec<u8>>,
}

impl Lyncsh {
    pub fn new() -> Lyncsh {
        let mut command = Command::new(env!("CARGO_BIN_EXE_lyncsh"));
        command.env("NO_COLOR", "1").env_remove("COLUMNS");
        Lyncsh {
            command,
            stdin: None,
        }
    }

    pub fn args<S: AsRef<std::ffi::OsStr>>(mut self, args: impl IntoIterator<Item = S>) -> Lyncsh {
        self.command.args(args);
        self
    }

    pub fn env(mut self, key: &str, value: &str) -> Lyncsh {
        self.command.env(key, value);
        self
    }

    pub fn stdin(mut self, input: impl Into<Vec<u8>>) -> Lyncsh {
        self.stdin = Some(input.into());
        self
    }

    pub fn current_dir(mut self, dir: &Path) -> Lyncsh {
        self.command.current_dir(dir);
        self
    }

    /// Runs with standard output and error going to the same file, so their order is kept.
    pub fn merged(mut self) -> Output {
        let scratch = Scratch::new();
        let path = scratch.path().join("output");
        let file = File::create(&path).expect("create the output file");
        let clone = file.try_clone().expect("share the output file");
        self.command.stdout(file).stderr(clone);
        let status = self.wait();
        Output {
            status,
            out: read_text(&path),
            err: String::new(),
        }
    }

    /// Runs with standard output and error captured apart.
    pub fn separate(mut self) -> Output {
        let scratch = Scratch::new();
        let (out, err) = (scratch.path().join("stdout"), scratch.path().join("stderr"));
        self.command
            .stdout(File::create(&out).expect("create stdout file"))
            .stderr(File::create(&err).expect("create stderr file"));
        let status = self.wait();
        Output {
            status,
            out: read_text(&out),
            err: read_text(&err),
        }
    }

    fn wait(&mut self) -> Option<i32> {
        self.command.stdin(if self.stdin.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        });
        let mut child = self.command.spawn().expect("start lyncsh");
        let feeder = self.stdin.take().map(|input| {
            let mut pipe = child.stdin.take().expect("piped stdin");
            // A child that stops reading early closes the pipe; that is not this test's failure.
            std::thread::spawn(move || pipe.write_all(&input))
        });
        let status = wait_with_limit(&mut child);
        if let Some(feeder) = feeder {
            let _ = feeder.join();
        }
        status
    }
}

fn wait_with_limit(child: &mut Child) -> Option<i32> {
    let started = Instant::now();
    loop {
        if let Some(status) = child.try_wait().expect("wait for lyncsh") {
            return status.code();
        }
        if started.elapsed() > TIME_LIMIT {
            let _ = child.kill();
            let _ = child.wait();
            panic!("lyncsh did not finish within {TIME_LIMIT:?}");
        }
        std::thread::sleep(Duration::from_millis(5));
    }
}

fn read_text(path: &Path) -> String {
    String::from_utf8_lossy(&std::fs::read(path).expect("read captured output")).into_owned()
}
