//! Get-Help's text views of a topic, laid out as the PowerShell 3/4 console shows them:
//! headings at column 0, content indented 4 (8 inside a parameter block), paragraphs wrapped
//! to the console width. The section names, the parameter attribute labels and the REMARKS
//! lines are PowerShell's; the texts come from the topic.

use super::syntax;
use super::topic::{Example, Topic};
use crate::engine::bind::common_parameters;
use crate::signature::ParamDecl;
use crate::wildcard::wildcard_match;

/// Which view `Get-Help` shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum View {
    Default,
    Detailed,
    Full,
    Examples,
}

/// Text under construction, wrapped to `width` columns.
pub(super) struct Page {
    width: usize,
    pub(super) out: String,
}

impl Page {
    pub(super) fn new(width: usize) -> Page {
        Page {
            width: width.saturating_sub(1).max(20),
            out: String::from("\n"),
        }
    }

    pub(super) fn heading(&mut self, title: &str) {
        self.out.push_str(title);
        self.out.push('\n');
    }

    pub(super) fn blank(&mut self, count: usize) {
        self.out.push_str(&"\n".repeat(count));
    }

    /// `text` word-wrapped, every line indented by `indent` spaces.
    pub(super) fn text(&mut self, indent: usize, text: &str) {
        self.wrapped(indent, text.split(' ').filter(|w| !w.is_empty()));
    }

    /// `pieces` joined by spaces and wrapped between pieces; a piece is never split.
    fn wrapped<'t>(&mut self, indent: usize, pieces: impl Iterator<Item = &'t str>) {
        let pad = " ".repeat(indent);
        let mut line = String::new();
        for word in pieces {
            let fits = indent + line.chars().count() + 1 + word.chars().count() <= self.width;
            if !line.is_empty() && !fits {
                self.out.push_str(&format!("{pad}{line}\n"));
                line.clear();
            }
            if !line.is_empty() {
                line.push(' ');
            }
            line.push_str(word);
        }
        self.out.push_str(&format!("{pad}{line}\n"));
    }

    /// A line printed as it is, however long (commands in examples).
    pub(super) fn verbatim(&mut self, indent: usize, text: &str) {
        self.out.push_str(&" ".repeat(indent));
        self.out.push_str(text);
        self.out.push('\n');
    }
}

/// The whole help text of `topic` in `view`.
pub fn render(topic: &Topic, view: View, width: usize) -> String {
    let mut page = Page::new(width);
    name_and_synopsis(&mut page, topic);
    match view {
        View::Examples => examples(&mut page, &topic.examples),
        View::Default => {
            syntax_and_description(&mut page, topic);
            related_links(&mut page, topic);
            remarks(&mut page, topic);
        }
        View::Detailed => {
            syntax_and_description(&mut page, topic);
            parameters(&mut page, topic, false);
            examples(&mut page, &topic.examples);
            remarks(&mut page, topic);
        }
        View::Full => {
            syntax_and_description(&mut page, topic);
            parameters(&mut page, topic, true);
            examples(&mut page, &topic.examples);
            related_links(&mut page, topic);
        }
    }
    page.out
}

/// The blocks of the parameters whose names match `pattern`, or `None` when none does.
pub fn render_parameters(topic: &Topic, pattern: &str, width: usize) -> Option<String> {
    let matching: Vec<&ParamDecl> = documented(topic)
        .into_iter()
        .filter(|p| wildcard_match(pattern, &p.name, false))
        .collect();
    if matching.is_empty() {
        return None;
    }
    let mut page = Page::new(width);
    for p in matching {
        parameter_block(&mut page, topic, p, 0, true);
    }
    page.blank(1);
    Some(page.out)
}

fn name_and_synopsis(page: &mut Page, topic: &Topic) {
    page.heading("NAME");
    page.text(4, topic.name());
    page.blank(1);
    page.heading("SYNOPSIS");
    page.text(4, &topic.synopsis);
    page.blank(2);
}

fn syntax_and_description(page: &mut Page, topic: &Topic) {
    page.heading("SYNTAX");
    for line in syntax::parts(&topic.signature) {
        page.wrapped(4, line.iter().map(String::as_str));
        page.blank(1);
    }
    page.blank(1);
    page.heading("DESCRIPTION");
    for paragraph in &topic.description {
        page.text(4, paragraph);
        page.blank(1);
    }
    page.blank(1);
}

fn related_links(page: &mut Page, topic: &Topic) {
    page.heading("RELATED LINKS");
    for link in &topic.related {
        page.text(4, link);
    }
    page.blank(1);
}

fn remarks(page: &mut Page, topic: &Topic) {
    let name = topic.name();
    page.heading("REMARKS");
    page.text(
        4,
        &format!("To see the examples, type: \"get-help {name} -examples\"."),
    );
    page.text(
        4,
        &format!("For more information, type: \"get-help {name} -detailed\"."),
    );
    page.text(
        4,
        &format!("For technical information, type: \"get-help {name} -full\"."),
    );
    page.blank(2);
}

/// The parameters help describes: every set's, in SYNTAX order, each once.
fn documented(topic: &Topic) -> Vec<&ParamDecl> {
    let sig = &topic.signature;
    let mut seen: Vec<&ParamDecl> = Vec::new();
    for set in sig.set_names() {
        for p in syntax::in_syntax_order(sig, &set) {
            if !seen.iter().any(|s| s.name == p.name) {
                seen.push(p);
            }
        }
    }
    seen
}

fn parameters(page: &mut Page, topic: &Topic, attributes: bool) {
    page.heading("PARAMETERS");
    for p in documented(topic) {
        parameter_block(page, topic, p, 4, attributes);
    }
    let common: Vec<&str> = common_parameters()
        .iter()
        .map(|p| p.name.as_str())
        .collect();
    page.verbatim(4, "<CommonParameters>");
    page.text(
        8,
        &format!(
            "This command also accepts the common parameters: {}.",
            common.join(", ")
        ),
    );
    page.blank(2);
}

/// `true (ByValue, ByPropertyName)`, `false`.
fn pipeline_input(p: &ParamDecl) -> String {
    let kinds: Vec<&str> = [
        (p.by_value, "ByValue"),
        (p.by_property_name, "ByPropertyName"),
    ]
    .iter()
    .filter(|(on, _)| *on)
    .map(|(_, kind)| *kind)
    .collect();
    if kinds.is_empty() {
        "false".into()
    } else {
        format!("true ({})", kinds.join(", "))
    }
}

fn parameter_block(page: &mut Page, topic: &Topic, p: &ParamDecl, indent: usize, attributes: bool) {
    page.verbatim(indent, &syntax::heading(p));
    if let Some(text) = topic.parameter_text(&p.name).filter(|t| !t.is_empty()) {
        page.text(indent + 4, text);
    }
    page.blank(1);
    if !attributes {
        return;
    }
    let position = p.position.map_or("named".to_string(), |n| n.to_string());
    let rows = [
        ("Required?                    ", p.mandatory.to_string()),
        ("Position?                    ", position),
        ("Default value                ", String::new()),
        ("Accept pipeline input?       ", pipeline_input(p)),
        ("Accept wildcard characters?  ", p.wildcards.to_string()),
    ];
    for (label, value) in rows {
        page.verbatim(indent + 4, &format!("{label}{value}"));
    }
    page.blank(1);
}

fn examples(page: &mut Page, examples: &[Example]) {
    for (i, example) in examples.iter().enumerate() {
        let title = format!(
            "-------------------------- EXAMPLE {} --------------------------",
            i + 1
        );
        page.verbatim(4, &title);
        page.blank(1);
        page.verbatim(4, &format!("PS C:\\>{}", example.code));
        page.blank(1);
        page.text(4, &example.remarks);
        page.blank(2);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cmdlets::Registry;

    fn topic(name: &str) -> Topic {
        let registry = Registry::new();
        let entry = registry.resolve(name).expect("a known command");
        super::super::topic::of(&entry)
    }

    fn lines(text: &str) -> Vec<&str> {
        text.split('\n').collect()
    }

    #[test]
    fn default_view_sections_and_remarks() {
        let text = render(
            &topic("Set-CsConferencingConfiguration"),
            View::Default,
            120,
        );
        let lines = lines(&text);
        assert_eq!(
            &lines[..3],
            ["", "NAME", "    Set-CsConferencingConfiguration"]
        );
        let headings: Vec<&str> = lines
            .iter()
            .copied()
            .filter(|l| l.chars().next().is_some_and(|c| c.is_ascii_uppercase()))
            .collect();
        assert_eq!(
            headings,
            [
                "NAME",
                "SYNOPSIS",
                "SYNTAX",
                "DESCRIPTION",
                "RELATED LINKS",
                "REMARKS"
            ]
        );
        assert!(lines.contains(
            &"    To see the examples, type: \"get-help Set-CsConferencingConfiguration -examples\"."
        ));
        assert!(lines.contains(
            &"    For more information, type: \"get-help Set-CsConferencingConfiguration -detailed\"."
        ));
        assert!(lines.contains(
            &"    For technical information, type: \"get-help Set-CsConferencingConfiguration -full\"."
        ));
        assert!(lines.iter().all(|l| l.chars().count() <= 119));
    }

    #[test]
    fn syntax_wraps_with_the_indent() {
        let text = render(
            &topic("Set-CsConferencingConfiguration"),
            View::Default,
            120,
        );
        let syntax: Vec<&str> = lines(&text)
            .into_iter()
            .skip_while(|l| *l != "SYNTAX")
            .skip(1)
            .take_while(|l| *l != "DESCRIPTION")
            .filter(|l| !l.is_empty())
            .collect();
        assert!(syntax.len() > 2);
        assert!(syntax[0]
            .starts_with("    Set-CsConferencingConfiguration [[-Identity] <XdsIdentity>]"));
        assert!(syntax
            .iter()
            .all(|l| l.starts_with("    ") && !l.starts_with("     ")));
        let is_start = |l: &&&str| l.starts_with("    Set-");
        assert_eq!(syntax.iter().filter(is_start).count(), 2);
        assert!(syntax
            .iter()
            .all(|l| is_start(&l) || l.starts_with("    [")));
    }

    #[test]
    fn parameter_block_labels() {
        let topic = topic("Set-CsConferencingConfiguration");
        let text = render_parameters(&topic, "ClientAudioPort", 120).expect("the parameter");
        let lines = lines(&text);
        assert_eq!(lines[1], "-ClientAudioPort <UInt16>");
        assert!(lines[2].starts_with("    The new value of ClientAudioPort"));
        assert!(lines.contains(&"    Required?                    false"));
        assert!(lines.contains(&"    Position?                    named"));
        assert!(lines.contains(&"    Default value                "));
        assert!(lines.contains(&"    Accept pipeline input?       false"));
        assert!(lines.contains(&"    Accept wildcard characters?  false"));
        let identity = render_parameters(&topic, "identity", 120).unwrap_or_default();
        assert!(identity.contains("    Position?                    2\n"));
        let instance = render_parameters(&topic, "Instance", 120).unwrap_or_default();
        assert!(instance.contains("    Accept pipeline input?       true (ByValue)\n"));
        assert!(render_parameters(&topic, "NoSuch", 120).is_none());
        let ports = render_parameters(&topic, "Client*Port", 120).unwrap_or_default();
        assert_eq!(ports.matches("Required?").count(), 6);
    }

    #[test]
    fn examples_view() {
        let text = render(
            &topic("Get-CsConferencingConfiguration"),
            View::Examples,
            120,
        );
        assert!(text.contains(
            "    -------------------------- EXAMPLE 1 --------------------------\n\n    PS C:\\>Get-CsConferencingConfiguration\n"
        ));
        assert!(!text.contains("SYNTAX"));
    }

    #[test]
    fn full_view_has_attributes_and_common_parameters() {
        let text = render(&topic("Get-Command"), View::Full, 120);
        assert!(text.contains("\nPARAMETERS\n    -Verb <String[]>\n"));
        assert!(text.contains("\n    -Name <String[]>\n"));
        assert!(text.contains("        Accept pipeline input?       true (ByPropertyName)\n"));
        assert!(text.contains("    <CommonParameters>\n"));
        assert!(text.contains("EXAMPLE 1"));
        assert!(!text.contains("REMARKS"));
        let detailed = render(&topic("Get-Command"), View::Detailed, 120);
        assert!(!detailed.contains("Required?"));
        assert!(detailed.contains("REMARKS"));
    }

    #[test]
    fn text_wraps_at_the_width_with_its_indent() {
        let mut page = Page::new(32);
        page.text(4, "one two three four five six seven eight nine ten eleven");
        let wrapped: Vec<&str> = page.out.lines().skip(1).collect();
        assert_eq!(
            wrapped,
            [
                "    one two three four five six",
                "    seven eight nine ten eleven"
            ]
        );
        let mut page = Page::new(32);
        page.text(4, "a-very-long-single-word-that-cannot-be-broken");
        assert_eq!(
            page.out,
            "\n    a-very-long-single-word-that-cannot-be-broken\n"
        );
    }
}
