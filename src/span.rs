//! Source positions: byte ranges with the 1-based line and column of their start.

/// A range of the source text. `start`/`end` are byte offsets; `line` and `col` are 1-based and
/// count characters, as PowerShell's `At line:L char:C` does.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Span {
    pub start: usize,
    pub end: usize,
    pub line: u32,
    pub col: u32,
}

impl Span {
    /// The smallest span covering both `self` and `other` (position of the earlier one).
    pub fn to(self, other: Span) -> Span {
        if other.end >= self.end {
            Span {
                end: other.end,
                ..self
            }
        } else {
            self
        }
    }

    pub fn len(&self) -> usize {
        self.end.saturating_sub(self.start)
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// Maps byte offsets of one source text to lines and columns.
#[derive(Clone, Debug)]
pub struct LineIndex {
    line_starts: Vec<usize>,
}

impl LineIndex {
    pub fn new(text: &str) -> LineIndex {
        let mut line_starts = vec![0];
        line_starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        LineIndex { line_starts }
    }

    /// The 1-based line holding byte `offset`, the offset where that line starts and the one
    /// where the next line starts (`usize::MAX` on the last line).
    pub fn locate(&self, offset: usize) -> (u32, usize, usize) {
        let line = match self.line_starts.binary_search(&offset) {
            Ok(i) => i,
            Err(i) => i - 1,
        };
        let next = self
            .line_starts
            .get(line + 1)
            .copied()
            .unwrap_or(usize::MAX);
        (line as u32 + 1, self.line_starts[line], next)
    }

    /// The span of `start..end` in `text`, with its line and column.
    pub fn span(&self, text: &str, start: usize, end: usize) -> Span {
        let line = match self.line_starts.binary_search(&start) {
            Ok(i) => i,
            Err(i) => i - 1,
        };
        let line_start = self.line_starts[line];
        let col = text
            .get(line_start..start)
            .map(|s| s.chars().count())
            .unwrap_or(start - line_start);
        Span {
            start,
            end,
            line: line as u32 + 1,
            col: col as u32 + 1,
        }
    }

    /// The byte range of each line of a text `text_len` bytes long, without its `\n`.
    pub fn lines(&self, text_len: usize) -> impl Iterator<Item = (usize, usize)> + '_ {
        let ends = self.line_starts[1..].iter().map(|next| next - 1);
        self.line_starts.iter().copied().zip(ends.chain([text_len]))
    }

    /// The text of the 1-based line `line`, without its line break.
    pub fn line_text<'a>(&self, text: &'a str, line: u32) -> &'a str {
        let i = (line as usize)
            .saturating_sub(1)
            .min(self.line_starts.len() - 1);
        let start = self.line_starts[i];
        let end = self.line_starts.get(i + 1).copied().unwrap_or(text.len());
        text.get(start..end)
            .unwrap_or("")
            .trim_end_matches(['\n', '\r'])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_and_columns_are_one_based() {
        let text = "ab\ncdé\nf";
        let idx = LineIndex::new(text);
        assert_eq!(idx.span(text, 0, 1).line, 1);
        let s = idx.span(text, 4, 5);
        assert_eq!((s.line, s.col), (2, 2));
        let s = idx.span(text, 8, 9);
        assert_eq!((s.line, s.col), (3, 1));
        assert_eq!(idx.line_text(text, 2), "cdé");
    }
}
