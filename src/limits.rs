//! The limits that keep the shell responsive whatever it is given: how deeply input may nest,
//! how long one input, one line and one pipeline may be, and how much a statement may produce. Each limit
//! is checked where the work happens and, when exceeded, ends that statement with an error
//! naming the limit; nothing has changed by then.

/// How deeply brackets, braces, parentheses, unary operators and chained assignments may nest.
pub const MAX_DEPTH: usize = 100;

/// The longest line of input accepted, in bytes (4 MiB).
pub const MAX_LINE_LENGTH: usize = 4 << 20;

/// The longest input accepted at once, a typed block or a script file, in bytes (64 MiB). It
/// keeps every source offset within the `u32` a [`crate::span::Span`] holds.
pub const MAX_SCRIPT_LENGTH: usize = 64 << 20;

/// How many commands and expressions one pipeline may chain with `|`.
pub const MAX_PIPELINE_LENGTH: usize = 256;

/// How many objects one command may write, one range or array may hold.
pub const MAX_ITEMS: usize = 1_000_000;

/// The most times one `while` or `do` loop runs: a loop whose condition never changes stops
/// with an error instead of running for ever.
pub const MAX_ITERATIONS: u64 = 10_000_000;

/// The longest string an operator may build, in bytes (16 MiB).
pub const MAX_STRING_LENGTH: usize = 16 << 20;

/// How much text one statement's output may render to, in bytes (64 MiB).
pub const MAX_OUTPUT_LENGTH: usize = 64 << 20;

/// A byte count as users read it: `4 MiB`, `512 KiB`, `100 bytes`.
pub fn bytes(n: usize) -> String {
    if n >= 1 << 20 && n.is_multiple_of(1 << 20) {
        format!("{} MiB", n >> 20)
    } else if n >= 1 << 10 && n.is_multiple_of(1 << 10) {
        format!("{} KiB", n >> 10)
    } else {
        format!("{n} bytes")
    }
}

/// A count with thousands separators: `1,000,000`.
pub fn count(n: usize) -> String {
    crate::number_format::grouped(&n.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_and_counts_read_naturally() {
        assert_eq!(bytes(MAX_LINE_LENGTH), "4 MiB");
        assert_eq!(bytes(MAX_SCRIPT_LENGTH), "64 MiB");
        assert_eq!(bytes(2048), "2 KiB");
        assert_eq!(bytes(1000), "1000 bytes");
        assert_eq!(count(MAX_ITEMS), "1,000,000");
        assert_eq!(count(256), "256");
        assert_eq!(count(1234), "1,234");
    }
}
