//! Help for the lab command Get-LabObjective, written for lyncsh.

use super::builtin::Text;

pub const TEXTS: &[Text] = &[Text {
    name: "Get-LabObjective",
    synopsis: "Lists the objectives of a lab and whether the session meets each one now.",
    description: "Each objective comes back as an object with its Number, Done (True once the session meets its check) and the Objective text. Without -Lab the lab started with lyncsh --lab is used; with -Lab any built-in lab or lab file is graded against the current session, which is handy for trying a lab's checks without starting it. The command only reads the session. docs/labs.md explains how labs are written.",
    examples: &[
        ("Get-LabObjective -Lab client-port-ranges", "Grades the built-in client port range lab against the session as it is now."),
        ("Set-CsMediaConfiguration -EnableQoS $True; Get-LabObjective non-windows-qos | Where-Object Done -eq $True", "Changes the global media settings, then shows the objectives of the non-Windows QoS lab that are met."),
    ],
    parameters: &[(
        "Lab",
        "A built-in lab's name (server-port-ranges, client-port-ranges, non-windows-qos) or the path of a lab file. Without it, the running lab.",
    )],
    related: &["Test-LabPortPlan", "Save-LabSession"],
}];
