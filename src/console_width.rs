//! How wide the console is, asked again for every command so that a resized window counts:
//! the terminal's width when standard output is one, else `COLUMNS`, else 120. Tables and lists
//! are laid out one column narrower, as PowerShell's console does.

use std::io::IsTerminal;

/// The narrowest and widest consoles laid out for; a width outside is taken as the nearest.
pub const MIN_WIDTH: usize = 20;
pub const MAX_WIDTH: usize = 4096;

/// Where the width comes from, settled when the shell starts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WidthSource {
    /// Standard output is a terminal: its width now, or `fallback` when it cannot be read.
    Terminal { fallback: usize },
    /// Standard output is a file or a pipe: a fixed width.
    Fixed(usize),
}

impl WidthSource {
    /// For this process: the terminal when standard output is one, with `COLUMNS` (else 120)
    /// as the fixed or fallback width.
    pub fn detect() -> WidthSource {
        let fixed = columns(std::env::var("COLUMNS").ok().as_deref());
        if std::io::stdout().is_terminal() {
            WidthSource::Terminal { fallback: fixed }
        } else {
            WidthSource::Fixed(fixed)
        }
    }

    /// The console's width at this moment.
    pub fn width(self) -> usize {
        match self {
            WidthSource::Fixed(width) => width,
            WidthSource::Terminal { fallback } => {
                terminal_size::terminal_size_of(std::io::stdout())
                    .map_or(fallback, |(terminal_size::Width(w), _)| bounded(w.into()))
            }
        }
    }
}

/// The width `COLUMNS` gives, or 120 when it is unset or not a number.
fn columns(value: Option<&str>) -> usize {
    value
        .and_then(|c| c.trim().parse::<usize>().ok())
        .map_or(crate::format::DEFAULT_WIDTH, bounded)
}

fn bounded(width: usize) -> usize {
    width.clamp(MIN_WIDTH, MAX_WIDTH)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_gives_the_width_within_bounds() {
        assert_eq!(columns(None), 120);
        assert_eq!(columns(Some("80")), 80);
        assert_eq!(columns(Some(" 200 ")), 200);
        assert_eq!(columns(Some("wide")), 120);
        assert_eq!(columns(Some("5")), MIN_WIDTH);
        assert_eq!(columns(Some("99999999999999999999")), 120);
        assert_eq!(columns(Some("1000000")), MAX_WIDTH);
        assert_eq!(WidthSource::Fixed(80).width(), 80);
    }
}
