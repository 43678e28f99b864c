//! Transcripts (Start-Transcript): a host wrapper that copies every input line the engine runs
//! and everything written to the host into a text file, between PowerShell 3's header and
//! footer. Colour codes are left out of the file.

use super::Host;
use crate::format::theme::Theme;
use std::fs::File;
use std::io::Write;
use std::path::Path;
use std::time::SystemTime;

const RULE: &str = "**********************";
/// Who and where the transcript header says the shell runs: the lab's administrator on its
/// Front End server, with Windows Server 2012's version string.
const USER: &str = "LITWAREINC\\Administrator";
const MACHINE: &str = "ATL-CS-001 (Microsoft Windows NT 6.2.9200.0)";

/// The host the engine writes to: the real host, and the open transcript if there is one.
pub struct Recorder {
    pub inner: Box<dyn Host>,
    transcript: Option<Open>,
}

/// A transcript being written: its file, and its name as the script typed it.
struct Open {
    typed: String,
    file: File,
}

impl Recorder {
    pub fn new(inner: Box<dyn Host>) -> Recorder {
        Recorder {
            inner,
            transcript: None,
        }
    }

    /// Whether a transcript is being written.
    pub fn is_transcribing(&self) -> bool {
        self.transcript.is_some()
    }

    /// Opens `path` (appending or replacing) and writes the header; `typed` is the name the
    /// script gave it, which Stop-Transcript shows.
    pub fn start(&mut self, path: &Path, typed: &str, append: bool) -> std::io::Result<()> {
        let mut file = std::fs::OpenOptions::new()
            .write(true)
            .create(true)
            .append(append)
            .truncate(!append)
            .open(path)?;
        let header = format!(
            "{RULE}\nWindows PowerShell transcript start\nStart time: {}\nUsername  : {USER} \nMachine\t  : {MACHINE} \n{RULE}\n",
            timestamp(SystemTime::now())
        );
        file.write_all(header.as_bytes())?;
        self.transcript = Some(Open {
            typed: typed.to_string(),
            file,
        });
        Ok(())
    }

    /// Writes the footer, closes the file and returns its name as typed; `None` when none was
    /// running.
    pub fn stop(&mut self) -> Option<String> {
        let Open {
            typed, mut file, ..
        } = self.transcript.take()?;
        let footer = format!(
            "{RULE}\nWindows PowerShell transcript end\nEnd time: {}\n{RULE}\n",
            timestamp(SystemTime::now())
        );
        let _ = file.write_all(footer.as_bytes());
        let _ = file.sync_all();
        Some(typed)
    }

    /// Records an input line as the console showed it, after the prompt.
    pub fn record_input(&mut self, text: &str) {
        self.record(&format!("{}{text}\n", crate::console::PROMPT));
    }

    fn record(&mut self, text: &str) {
        if let Some(Open { file, .. }) = &mut self.transcript {
            // A transcript that cannot be written must not stop the shell.
            let _ = file.write_all(without_colour(text).as_bytes());
        }
    }
}

impl Host for Recorder {
    fn write_out(&mut self, text: &str) {
        self.inner.write_out(text);
        self.record(text);
    }

    fn write_err(&mut self, text: &str) {
        self.inner.write_err(text);
        self.record(text);
    }

    fn read_line(&mut self, prompt: &str) -> Option<String> {
        let answer = self.inner.read_line(prompt)?;
        self.record(&format!("{prompt}{answer}\n"));
        Some(answer)
    }

    /// A secret is read as the inner host reads it, and left out of the transcript.
    fn read_secret(&mut self, prompt: &str) -> Option<String> {
        let answer = self.inner.read_secret(prompt)?;
        self.record(&format!("{prompt}\n"));
        Some(answer)
    }

    fn width(&self) -> usize {
        self.inner.width()
    }

    fn theme(&self) -> Theme {
        self.inner.theme()
    }
}

/// `text` without ANSI escape sequences (`ESC [ ... letter`).
fn without_colour(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c == '\u{1b}' {
            if chars.next() == Some('[') {
                for c in chars.by_ref() {
                    if c.is_ascii_alphabetic() {
                        break;
                    }
                }
            }
            continue;
        }
        out.push(c);
    }
    out
}

/// `yyyyMMddHHmmss` in UTC, as the header shows its times.
pub fn timestamp(time: SystemTime) -> String {
    crate::datetime::DateTime::from_system_time(time).format("yyyyMMddHHmmss")
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::{Duration, UNIX_EPOCH};

    #[test]
    fn answers_are_recorded_and_secrets_are_not() {
        let folder = std::env::temp_dir().join(format!("lyncsh-recorder-{}", std::process::id()));
        std::fs::create_dir_all(&folder).unwrap();
        let path = folder.join("t.txt");
        let mut host = crate::engine::BufferHost::default();
        host.answers
            .extend(["Redmond".to_string(), "P@ssw0rd".to_string()]);
        let mut recorder = Recorder::new(Box::new(host));
        recorder.start(&path, "C:\\t.txt", false).unwrap();
        assert_eq!(recorder.read_line("Site: ").as_deref(), Some("Redmond"));
        assert_eq!(
            recorder.read_secret("Password: ").as_deref(),
            Some("P@ssw0rd")
        );
        assert_eq!(recorder.stop().as_deref(), Some("C:\\t.txt"));
        let text = std::fs::read_to_string(&path).unwrap();
        let _ = std::fs::remove_dir_all(&folder);
        assert!(text.contains("Site: Redmond\n"));
        assert!(text.contains("Password: \n"));
        assert!(!text.contains("P@ssw0rd"));
    }

    #[test]
    fn timestamps_are_utc_calendar_times() {
        let at = |s| timestamp(UNIX_EPOCH + Duration::from_secs(s));
        assert_eq!(at(0), "19700101000000");
        assert_eq!(at(951_782_400 + 3_723), "20000229010203");
        assert_eq!(at(1_704_067_199), "20231231235959");
    }

    #[test]
    fn colour_codes_are_left_out() {
        assert_eq!(without_colour("\u{1b}[31mred\u{1b}[0m text"), "red text");
    }
}
