//! Source positions: byte ranges of the source text, and the 1-based lines and columns they
//! stand at, worked out only when a position is shown.

use std::cell::OnceCell;

/// A range of the source text: `start`/`end` are byte offsets. Where it stands as a line and
/// column is asked of the text's [`LineIndex`] (through [`SourceText`]) when an error shows it,
/// so that reading a script does not count columns for every node.
///
/// The offsets are kept as `u32`, which halves the size of a span in every node of the tree;
/// the parser refuses a text longer than [`crate::limits::MAX_SCRIPT_LENGTH`], so that every
/// offset fits. An offset past that (which only a caller outside the parser could make) is
/// kept as `u32::MAX`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Span {
    start: u32,
    end: u32,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Span {
        Span {
            start: offset(start),
            end: offset(end),
        }
    }

    pub fn start(&self) -> usize {
        self.start as usize
    }

    pub fn end(&self) -> usize {
        self.end as usize
    }

    /// The smallest span covering both `self` and `other` (starting where `self` does).
    pub fn to(self, other: Span) -> Span {
        Span {
            start: self.start,
            end: self.end.max(other.end),
        }
    }

    pub fn len(&self) -> usize {
        self.end.saturating_sub(self.start) as usize
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

fn offset(at: usize) -> u32 {
    u32::try_from(at).unwrap_or(u32::MAX)
}

/// Maps byte offsets of one source text to 1-based lines and columns. Columns count
/// characters, as PowerShell's `At line:L char:C` does. The index keeps how many characters
/// start before every [`BLOCK`]th byte, so any column is found by counting at most two blocks,
/// in whatever order positions are asked for and however long the line is.
#[derive(Clone, Debug)]
pub struct LineIndex {
    line_starts: Vec<usize>,
    /// `chars_before[k]`: characters starting before byte `k * BLOCK`.
    chars_before: Vec<usize>,
}

/// The stride of [`LineIndex`]'s character counts, in bytes.
const BLOCK: usize = 4096;

impl LineIndex {
    pub fn new(text: &str) -> LineIndex {
        let mut line_starts = vec![0];
        line_starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        let mut chars_before = vec![0];
        for block in text.as_bytes().chunks(BLOCK) {
            chars_before.push(chars_before[chars_before.len() - 1] + starting_chars(block));
        }
        LineIndex {
            line_starts,
            chars_before,
        }
    }

    /// The 1-based line and column of byte `offset` of `text` (the text this index was built
    /// from). An offset inside a character counts as that character.
    pub fn line_col(&self, text: &str, offset: usize) -> (u32, u32) {
        let offset = floor_boundary(text, offset.min(text.len()));
        let line = match self.line_starts.binary_search(&offset) {
            Ok(i) => i,
            Err(i) => i - 1,
        };
        let line_start = self.line_starts[line];
        let col = self.chars_to(text, offset) - self.chars_to(text, line_start);
        (line as u32 + 1, col as u32 + 1)
    }

    /// Characters starting before byte `offset`.
    fn chars_to(&self, text: &str, offset: usize) -> usize {
        let block = offset / BLOCK;
        self.chars_before[block] + starting_chars(&text.as_bytes()[block * BLOCK..offset])
    }
}

/// How many characters start in `bytes`: every byte but UTF-8 continuation bytes.
fn starting_chars(bytes: &[u8]) -> usize {
    bytes.iter().filter(|b| (**b & 0xC0) != 0x80).count()
}

/// A source text and its [`LineIndex`], built the first time a position is asked for.
#[derive(Debug, Default)]
pub struct SourceText {
    text: std::rc::Rc<str>,
    index: OnceCell<LineIndex>,
}

impl SourceText {
    pub fn new(text: impl Into<std::rc::Rc<str>>) -> SourceText {
        SourceText {
            text: text.into(),
            index: OnceCell::new(),
        }
    }

    pub fn text(&self) -> &str {
        &self.text
    }

    pub fn shared(&self) -> &std::rc::Rc<str> {
        &self.text
    }

    /// The 1-based line and column of byte `offset`.
    pub fn line_col(&self, offset: usize) -> (u32, u32) {
        self.index
            .get_or_init(|| LineIndex::new(&self.text))
            .line_col(&self.text, offset)
    }
}

/// `at`, or the nearest character boundary before it.
pub fn floor_boundary(text: &str, mut at: usize) -> usize {
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_and_columns_are_one_based() {
        let text = "ab\ncdé\nf";
        let idx = LineIndex::new(text);
        assert_eq!(idx.line_col(text, 0), (1, 1));
        assert_eq!(idx.line_col(text, 4), (2, 2));
        assert_eq!(idx.line_col(text, 8), (3, 1));
        // In any order, and inside a character.
        assert_eq!(idx.line_col(text, 6), (2, 3));
        assert_eq!(idx.line_col(text, 3), (2, 1));
        assert_eq!(idx.line_col(text, 7), (2, 4));
    }

    #[test]
    fn columns_on_a_long_line_across_blocks_count_characters() {
        let text = format!("x\n{}", "aé€😀".repeat(3000));
        let idx = LineIndex::new(&text);
        let mut offsets: Vec<usize> = (0..text.len()).step_by(97).collect();
        offsets.reverse();
        offsets.push(text.len());
        for offset in offsets {
            let at = floor_boundary(&text, offset);
            let line_start = text[..at].rfind('\n').map_or(0, |i| i + 1);
            let line = text[..at].matches('\n').count() as u32 + 1;
            let col = text[line_start..at].chars().count() as u32 + 1;
            assert_eq!(idx.line_col(&text, offset), (line, col), "{offset}");
        }
    }
}
