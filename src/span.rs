//! Source positions: byte ranges of the source text, and the 1-based lines and columns they
//! stand at, worked out only when a position is shown.

use std::cell::{Cell, OnceCell};

/// A range of the source text: `start`/`end` are byte offsets. Where it stands as a line and
/// column is asked of the text's [`LineIndex`] (through [`SourceText`]) when an error shows it,
/// so that reading a script does not count columns for every node.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Span {
        Span { start, end }
    }

    /// The smallest span covering both `self` and `other` (starting where `self` does).
    pub fn to(self, other: Span) -> Span {
        Span {
            start: self.start,
            end: self.end.max(other.end),
        }
    }

    pub fn len(&self) -> usize {
        self.end.saturating_sub(self.start)
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// Maps byte offsets of one source text to 1-based lines and columns. Columns count
/// characters, as PowerShell's `At line:L char:C` does. The last column asked for is kept, so
/// asking for positions in order costs linear time overall, however long the lines are.
#[derive(Clone, Debug)]
pub struct LineIndex {
    line_starts: Vec<usize>,
    /// The last offset turned into a column: its line's number (0: none yet), the line's start
    /// offset, the offset and its 0-based column.
    last: Cell<(u32, usize, usize, usize)>,
}

impl LineIndex {
    pub fn new(text: &str) -> LineIndex {
        let mut line_starts = vec![0];
        line_starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        LineIndex {
            line_starts,
            last: Cell::new((0, 0, 0, 0)),
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
        let line_number = line as u32 + 1;
        let (cached_line, _, cached_offset, cached_col) = self.last.get();
        // Count from the nearest known column: the cached offset (forwards or backwards) or
        // the line's start.
        let col = if cached_line == line_number && cached_offset <= offset {
            cached_col + count_chars(&text[cached_offset..offset])
        } else if cached_line == line_number && cached_offset - offset < offset - line_start {
            cached_col - count_chars(&text[offset..cached_offset])
        } else {
            count_chars(&text[line_start..offset])
        };
        self.last.set((line_number, line_start, offset, col));
        (line_number, col as u32 + 1)
    }
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

/// Characters in `s`; ASCII text (the usual case) is counted by its length.
fn count_chars(s: &str) -> usize {
    if s.is_ascii() {
        s.len()
    } else {
        s.chars().count()
    }
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
        // Backwards and forwards from the last column asked for, and inside a character.
        assert_eq!(idx.line_col(text, 6), (2, 3));
        assert_eq!(idx.line_col(text, 3), (2, 1));
        assert_eq!(idx.line_col(text, 7), (2, 4));
    }
}
