//! The start page: what `help` (and Get-Help) shows when no name is given. PowerShell shows a
//! page about its help system there; lyncsh shows, in the same TOPIC layout, what it emulates,
//! how to find a cmdlet and the commands of its labs. The counts and the lab commands are read
//! from the registry, so the page cannot fall out of date.

use super::topic;
use super::view::Page;
use crate::cmdlets::discovery::{self, CommandType};
use crate::cmdlets::Module;
use crate::command::Commands;

/// Ways to find a cmdlet: a command line, and what it shows.
const FINDING: &[(&str, &str)] = &[
    (
        "Get-Command *Conferencing*",
        "every command whose name holds a word",
    ),
    (
        "Get-Command -Noun CsConferencingConfiguration",
        "the cmdlets of one kind of record",
    ),
    (
        "Get-Help Set-CsConferencingConfiguration -Examples",
        "worked examples of a cmdlet",
    ),
    (
        "Get-Help Set-CsConferencingConfiguration -Parameter ClientAudioPort",
        "what one parameter takes",
    ),
    (
        "Get-CsConferencingConfiguration | Get-Member",
        "the properties of what a cmdlet returns",
    ),
];

/// The start page, wrapped to `width` columns.
pub fn render(registry: &dyn Commands, width: usize) -> String {
    let commands: Vec<_> = discovery::commands(registry)
        .into_iter()
        .filter(|c| c.kind != CommandType::Alias)
        .collect();
    let lync = commands
        .iter()
        .filter(|c| c.entry.module == Module::Lync)
        .count();

    let mut page = Page::new(width);
    page.heading("TOPIC");
    page.text(4, "lyncsh, the Lync Server 2013 Management Shell emulated");
    page.blank(1);
    page.heading("SHORT DESCRIPTION");
    page.text(
        4,
        "What lyncsh emulates, how to find a cmdlet and its help, and the commands of the labs.",
    );
    page.blank(1);
    page.heading("LONG DESCRIPTION");
    page.text(
        4,
        "lyncsh answers the commands you would type in the Lync Server 2013 Management Shell \
         (Windows PowerShell 3 with the Lync module) as that shell would: the same cmdlets, \
         parameters, defaults, output and error messages. The cmdlets work on a lab deployment \
         kept in memory, never on a real server: sites Redmond, Dublin and Redmond1, the Front \
         End pool atl-cs-001.litwareinc.com with its Edge pool, and the users of \
         litwareinc.com.",
    );
    page.blank(1);
    page.text(
        4,
        &format!(
            "All {lync} cmdlets of Lync Server 2013 run here. Scripts use the language of Windows PowerShell 3: variables, pipelines, script \
             blocks, if, foreach, switch, functions, try and catch."
        ),
    );
    page.blank(1);
    page.heading("  FINDING A CMDLET");
    for (command, what) in FINDING {
        page.verbatim(4, command);
        page.text(8, what);
    }
    page.blank(1);
    page.text(
        4,
        "Tab completes command names, parameters and their values; Get-Help NAME shows the \
         help of any command.",
    );
    page.blank(1);
    page.heading("  LABS");
    page.text(
        4,
        &format!(
            "Start a self-grading lab with lyncsh --lab NAME; the built-in labs are {}. \
             These commands, which the real shell does not have, go with them:",
            crate::lab::builtin::names().join(", ")
        ),
    );
    page.blank(1);
    for command in commands.iter().filter(|c| c.entry.module == Module::Lab) {
        page.verbatim(4, &command.name);
        page.text(8, &topic::of(&command.entry).synopsis);
    }
    page.blank(1);
    page.heading("SEE ALSO");
    page.verbatim(4, "Get-Command");
    page.verbatim(4, "Get-Help");
    page.verbatim(4, "Get-LabObjective");
    page.out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cmdlets::Registry;

    #[test]
    fn the_start_page_names_the_counts_the_ways_to_find_and_the_lab_commands() {
        let text = render(&Registry::new(), 80);
        assert!(text.starts_with("\nTOPIC\n    lyncsh, the Lync Server 2013"));
        assert!(text.contains("\n    Get-Command -Noun CsConferencingConfiguration\n"));
        assert!(text.contains("All 751 cmdlets of Lync Server 2013 run here."));
        for lab in [
            "Get-LabObjective",
            "Test-LabPortPlan",
            "Save-LabSession",
            "New-LabUser",
        ] {
            assert!(text.contains(&format!("\n    {lab}\n        ")), "{lab}");
        }
        assert!(text.contains("client-port-ranges"));
        assert!(text.lines().all(|l| l.chars().count() < 80), "{text}");
    }
}
