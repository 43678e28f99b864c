//! The history file: `lyncsh/history.txt` in the platform's data directory
//! (`$XDG_DATA_HOME` or `~/.local/share` on Linux, `~/Library/Application Support` on macOS,
//! `%APPDATA%` on Windows), readable by its owner only.

use std::fs::OpenOptions;
use std::io;
use std::path::{Path, PathBuf};

/// How many entries the file keeps (PowerShell 3's `$MaximumHistoryCount`).
pub const MAXIMUM_HISTORY_COUNT: usize = 4096;

/// Where the history file lives; `None` when the platform has no data directory.
pub fn path() -> Option<PathBuf> {
    dirs::data_dir().map(|dir| dir.join("lyncsh").join("history.txt"))
}

/// Creates the file's directory and the file itself if missing, readable and writable by its
/// owner only (mode 0600), and takes away any access others had to an existing file.
pub fn prepare(path: &Path) -> io::Result<()> {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir)?;
    }
    let mut options = OpenOptions::new();
    options.create(true).append(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
        options.mode(0o600);
        let file = options.open(path)?;
        file.set_permissions(std::fs::Permissions::from_mode(0o600))?;
    }
    #[cfg(not(unix))]
    options.open(path)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_file_is_created_for_its_owner_only() {
        let dir = std::env::temp_dir().join(format!("lyncsh-history-{}", std::process::id()));
        let file = dir.join("lyncsh").join("history.txt");
        prepare(&file).unwrap();
        assert!(file.is_file());
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&file).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
            std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o644)).unwrap();
            prepare(&file).unwrap();
            let mode = std::fs::metadata(&file).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
        }
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn the_file_is_named_in_the_data_directory() {
        if let (Some(path), Some(data)) = (path(), dirs::data_dir()) {
            assert!(path.starts_with(data));
            assert!(path.ends_with("lyncsh/history.txt"));
        }
    }
}
