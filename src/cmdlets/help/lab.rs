//! Help for the lab commands (Get-LabObjective and the lab directory's New-, Set- and
//! Remove-LabUser), written for lyncsh.

use super::builtin::Text;
use super::shared::{CONFIRM, WHAT_IF};

const ATTRIBUTES: [(&str, &str); 12] = [
    ("FirstName", "The given name; by default the part of the display name before its first space."),
    ("LastName", "The surname; by default the rest of the display name."),
    ("SamAccountName", "The account name (LITWAREINC\\name); by default the display name's letters and digits in lower case."),
    ("UserPrincipalName", "The sign-in name; by default the account name @litwareinc.com."),
    ("WindowsEmailAddress", "The e-mail address, which Enable-CsUser -SipAddressType EmailAddress uses."),
    ("Department", "The department, as -LdapFilter \"Department=Finance\" reads it."),
    ("Title", "The job title."),
    ("Office", "The office."),
    ("Phone", "The telephone number."),
    ("City", "The city (the LDAP attribute l)."),
    ("Company", "The company."),
    ("OU", "The distinguished name of the OU that holds the account; CN=Users,DC=litwareinc,DC=com by default."),
];
const PASS_THRU: (&str, &str) = ("PassThru", "Also writes the account to the pipeline.");
const IDENTITY: (&str, &str) = ("Identity", "The accounts: a display name (wildcards allowed), user principal name, SIP address, LITWAREINC\\account or distinguished name.");

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
},
Text {
    name: "New-LabUser",
    synopsis: "Adds an account to the lab directory (a lab extension).",
    description: "The account is not enabled for Lync; Enable-CsUser does that. Every attribute but the display name has a default, and each binds by property name, so rows piped from Import-Csv become accounts. An account whose distinguished name, account name or user principal name is taken is refused with an error, and the others go on.",
    examples: &[
        ("New-LabUser -DisplayName \"Zoe Adams\" -Department Finance -OU \"OU=Finance,OU=North America,DC=litwareinc,DC=com\" -PassThru", "Adds Zoe Adams to the Finance OU and shows the account."),
        ("1..3 | ForEach-Object { New-LabUser -DisplayName \"Trainee $_\" -Department Training }", "Adds three trainees."),
    ],
    parameters: &[("DisplayName", "The account's name, as Get-CsUser -Identity finds it."), ATTRIBUTES[0], ATTRIBUTES[1], ATTRIBUTES[2], ATTRIBUTES[3], ATTRIBUTES[4], ATTRIBUTES[5], ATTRIBUTES[6], ATTRIBUTES[7], ATTRIBUTES[8], ATTRIBUTES[9], ATTRIBUTES[10], ATTRIBUTES[11], PASS_THRU, WHAT_IF, CONFIRM],
    related: &["Set-LabUser", "Remove-LabUser", "Get-CsAdUser", "Enable-CsUser"],
},
Text {
    name: "Set-LabUser",
    synopsis: "Changes the AD attributes of lab directory accounts (a lab extension).",
    description: "Only the attributes you name change; an identity with wildcards changes every account it finds. Lync attributes are changed with Set-CsUser and the Grant cmdlets instead.",
    examples: &[
        ("Set-LabUser -Identity \"Ken Myer\" -Title Director -PassThru", "Gives Ken Myer a new title."),
        ("Set-LabUser -Identity \"* Fischer\" -Department Sales", "Moves everyone named Fischer to Sales."),
    ],
    parameters: &[IDENTITY, ("DisplayName", "A new display name."), ATTRIBUTES[0], ATTRIBUTES[1], ATTRIBUTES[2], ATTRIBUTES[3], ATTRIBUTES[4], ATTRIBUTES[5], ATTRIBUTES[6], ATTRIBUTES[7], ATTRIBUTES[8], ATTRIBUTES[9], ATTRIBUTES[10], ATTRIBUTES[11], PASS_THRU, WHAT_IF, CONFIRM],
    related: &["New-LabUser", "Remove-LabUser"],
},
Text {
    name: "Remove-LabUser",
    synopsis: "Deletes accounts from the lab directory (a lab extension).",
    description: "The accounts go with their Lync attributes; an identity with wildcards removes every account it finds.",
    examples: &[
        ("Remove-LabUser -Identity \"Victor Lindqvist\"", "Deletes Victor Lindqvist's account."),
        ("Remove-LabUser -Identity \"Tom*\" -WhatIf", "Shows which accounts would be deleted."),
    ],
    parameters: &[IDENTITY, ("PassThru", "Accepted; nothing is written."), WHAT_IF, CONFIRM],
    related: &["New-LabUser", "Get-CsAdUser"],
}];
