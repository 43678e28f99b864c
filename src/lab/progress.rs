//! What the console shows of a running lab: the introduction at the start, the progress in the
//! prompt (`[lab 2/5] PS C:\> `), the summary the first time every objective is met, and the
//! report printed after a non-interactive run.

use super::Lab;
use crate::session::Session;
use std::rc::Rc;

/// The widest the introduction is wrapped to, however wide the console.
const MAX_WIDTH: usize = 100;

/// `text` with each paragraph wrapped at spaces to lines shorter than `width`.
fn wrap(text: &str, width: usize) -> String {
    let limit = width.clamp(20, MAX_WIDTH) - 1;
    let mut out = String::new();
    for (i, paragraph) in text.trim().split('\n').enumerate() {
        if i > 0 {
            out.push('\n');
        }
        let mut line_length = 0;
        for word in paragraph.split_whitespace() {
            let length = word.chars().count();
            if line_length > 0 && line_length + 1 + length > limit {
                out.push('\n');
                line_length = 0;
            } else if line_length > 0 {
                out.push(' ');
                line_length += 1;
            }
            out.push_str(word);
            line_length += length;
        }
    }
    out
}

/// The title, the introduction (wrapped to `width`) and the numbered objectives.
pub fn introduction(lab: &Lab, width: usize) -> String {
    let mut text = format!(
        "Lab: {}\n\n{}\n\nObjectives:\n",
        lab.title,
        wrap(&lab.introduction, width)
    );
    for (i, objective) in lab.objectives.iter().enumerate() {
        text.push_str(&format!("  {}. {}\n", i + 1, objective.text));
    }
    text.push_str("\nGet-LabObjective shows which objectives are met; the prompt counts them.\n\n");
    text
}

/// The line printed once every objective is met.
pub fn summary(lab: &Lab) -> String {
    format!(
        "Lab complete: all {} objectives of \"{}\" are met.\n",
        lab.objectives.len(),
        lab.title
    )
}

/// The state of every objective, for the end of a non-interactive run (and the summary when
/// the lab is complete).
pub fn report(lab: &Lab, session: &Session) -> String {
    let done = lab.progress(session);
    let met = done.iter().filter(|d| **d).count();
    let mut text = format!(
        "Lab: {}: {met} of {} objectives met.\n",
        lab.title,
        done.len()
    );
    for (i, (objective, done)) in lab.objectives.iter().zip(&done).enumerate() {
        let mark = if *done { 'x' } else { ' ' };
        text.push_str(&format!("  [{mark}] {}. {}\n", i + 1, objective.text));
    }
    if met == done.len() {
        text.push_str(&summary(lab));
    }
    text
}

#[cfg(test)]
#[test]
fn paragraphs_are_wrapped_at_spaces() {
    assert_eq!(
        wrap("one two three four five six\n\nseven", 20),
        "one two three four\nfive six\n\nseven"
    );
    assert_eq!(wrap(&"word ".repeat(30), 500).lines().count(), 2);
}

/// A lab being worked on at the prompt.
pub struct Tracker {
    pub lab: Rc<Lab>,
    /// Whether the summary has been shown (or was never due: the start met every objective).
    announced: bool,
}

impl Tracker {
    pub fn new(lab: Rc<Lab>, session: &Session) -> Tracker {
        let announced = lab.progress(session).iter().all(|d| *d);
        Tracker { lab, announced }
    }

    /// `prompt` with the progress in front: `[lab 2/5] PS C:\> `.
    pub fn prompt(&self, session: &Session, prompt: &str) -> String {
        let done = self.lab.progress(session);
        let met = done.iter().filter(|d| **d).count();
        format!("[lab {met}/{}] {prompt}", done.len())
    }

    /// The summary, the first time the session meets every objective.
    pub fn after_input(&mut self, session: &Session) -> Option<String> {
        if self.announced || !self.lab.progress(session).iter().all(|d| *d) {
            return None;
        }
        self.announced = true;
        Some(summary(&self.lab))
    }
}
