//! The text of a string literal or bareword as the parser reads it. While the text is the
//! source's own characters, as they stand, it is only a range of the source; it takes a copy of
//! its own when an escape, a doubled quote or a joined part makes it differ. Most strings never
//! do, so most cost no allocation at all.

/// A text being read. See the module documentation.
#[derive(Debug, Default)]
pub struct TextRun {
    /// The text is `source[start..end]` while `owned` is `None`.
    start: usize,
    end: usize,
    owned: Option<String>,
}

/// What a [`TextRun`] read: a range of the source, or a text of its own.
pub enum RunText {
    Source(usize, usize),
    Owned(String),
}

impl TextRun {
    pub fn is_empty(&self) -> bool {
        match &self.owned {
            None => self.start == self.end,
            Some(text) => text.is_empty(),
        }
    }

    /// Appends `source[start..end]`, the characters read there as they stand.
    pub fn push_source(&mut self, source: &str, start: usize, end: usize) {
        if self.owned.is_none() && self.start == self.end {
            self.start = start;
            self.end = end;
        } else if self.owned.is_none() && self.end == start {
            self.end = end;
        } else {
            self.owned(source).push_str(&source[start..end]);
        }
    }

    /// Appends text the source does not hold at this place (an escaped character, say).
    pub fn push_str(&mut self, source: &str, text: &str) {
        self.owned(source).push_str(text);
    }

    pub fn push_char(&mut self, source: &str, c: char) {
        self.owned(source).push(c);
    }

    /// The text read so far, leaving the run empty.
    pub fn take(&mut self) -> RunText {
        match std::mem::take(self) {
            TextRun {
                owned: Some(text), ..
            } => RunText::Owned(text),
            TextRun { start, end, .. } => RunText::Source(start, end),
        }
    }

    fn owned(&mut self, source: &str) -> &mut String {
        let (start, end) = (self.start, self.end);
        self.owned
            .get_or_insert_with(|| source[start..end].to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(run: &mut TextRun, source: &str) -> String {
        match run.take() {
            RunText::Source(start, end) => source[start..end].to_string(),
            RunText::Owned(text) => text,
        }
    }

    #[test]
    fn adjacent_ranges_stay_a_range_of_the_source() {
        let source = "say 'it''s'";
        let mut run = TextRun::default();
        assert!(run.is_empty());
        run.push_source(source, 5, 7);
        run.push_source(source, 7, 8);
        assert!(matches!(run.take(), RunText::Source(5, 8)));
        assert!(run.is_empty());
    }

    #[test]
    fn a_gap_or_an_escape_makes_a_copy() {
        let source = "say 'it''s'";
        let mut run = TextRun::default();
        run.push_source(source, 5, 8);
        run.push_source(source, 9, 10);
        assert_eq!(text(&mut run, source), "it's");

        let mut run = TextRun::default();
        run.push_source(source, 0, 3);
        run.push_char(source, '\t');
        run.push_str(source, "x");
        assert!(!run.is_empty());
        assert_eq!(text(&mut run, source), "say\tx");
        assert!(run.is_empty());
    }
}
