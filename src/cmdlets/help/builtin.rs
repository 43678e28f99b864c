//! Help for the Windows PowerShell commands lyncsh provides, written for lyncsh: what each
//! does here, its parameters, and examples that work on the lab deployment.

use super::topic::{Example, Topic};
use crate::signature::Signature;
use std::rc::Rc;

/// The help of one hand-written command, in lyncsh's own words.
pub struct Text {
    pub name: &'static str,
    pub synopsis: &'static str,
    pub description: &'static str,
    pub examples: &'static [(&'static str, &'static str)],
    pub parameters: &'static [(&'static str, &'static str)],
    pub related: &'static [&'static str],
}

/// Every table of help texts: this file's, and those kept beside the commands they describe.
const TABLES: &[&[Text]] = &[
    TEXTS,
    super::utility::TEXTS,
    super::topology::TEXTS,
    super::users::TEXTS,
    super::contacts::TEXTS,
    super::user_services::TEXTS,
    super::user_services::DATA_TEXTS,
    super::user_services::ENDPOINT_TEXTS,
    super::voice::TEXTS,
    super::windows_services::TEXTS,
    super::synthetic::TEXTS,
    super::active_directory::TEXTS,
    super::session::TEXTS,
    super::lab::TEXTS,
    super::modules::TEXTS,
    super::files::TEXTS,
    super::dialin::TEXTS,
    super::lis::TEXTS,
    super::rgs::TEXTS,
    super::devices::TEXTS,
    super::replication::TEXTS,
    super::persistent_chat::TEXTS,
    super::servers::TEXTS,
    super::operations::TEXTS,
    super::cls::TEXTS,
    super::certificates::TEXTS,
    super::databases::TEXTS,
    super::local_computer::TEXTS,
    super::deployment::TEXTS,
];

fn texts() -> impl Iterator<Item = &'static Text> {
    TABLES.iter().flat_map(|table| table.iter())
}

/// Whether `name` has help written by hand.
pub fn has_text(name: &str) -> bool {
    texts().any(|t| t.name.eq_ignore_ascii_case(name))
}

const INPUT_OBJECT: (&str, &str) = (
    "InputObject",
    "The objects to work on. Usually they come down the pipeline.",
);

/// Get-Help and `help` take the same parameters.
const HELP_PARAMETERS: &[(&str, &str)] = &[
    (
        "Name",
        "The command or alias to show help for; wildcards list the matching topics. Without a name, the start page is shown.",
    ),
    (
        "Parameter",
        "Shows only the parameters whose names match; wildcards are allowed.",
    ),
    ("Examples", "Shows the synopsis and the examples."),
    (
        "Detailed",
        "Adds the parameter descriptions and the examples.",
    ),
    (
        "Full",
        "Shows everything, including each parameter's attributes.",
    ),
];

const TEXTS: &[Text] = &[
    Text {
        name: "Select-Object",
        synopsis: "Keeps chosen properties of objects, or some of the objects.",
        description: "With -Property each object is replaced by a new one that has only the named properties (wildcards allowed), and calculated ones: @{Name='Label'; Expression={ script block run with $_ }} (or the name of a property as the Expression; n, l and e are accepted for the keys). -ExpandProperty outputs the values of one property instead. -First, -Last, -Skip, -Index and -Unique choose which objects pass.",
        examples: &[
            ("Get-CsConferencingConfiguration | Select-Object Identity, ClientAudioPort", "Shows two properties of every conferencing collection as a table."),
            ("Get-Command -Noun CsConferencing* | Select-Object -First 3", "Keeps the first three commands."),
            ("Get-CsConferencingConfiguration | Select-Object -ExpandProperty ClientAudioPort", "Outputs the port numbers themselves rather than objects."),
            ("Get-CsUser | Select-Object -Index 0, 2", "Keeps the first and the third user."),
        ],
        parameters: &[
            INPUT_OBJECT,
            ("Property", "The properties to keep; wildcards are allowed, and @{Name=...; Expression={...}} adds a calculated one."),
            ("ExpandProperty", "A property whose values are output in place of the objects."),
            ("First", "How many objects to keep from the start."),
            ("Last", "How many objects to keep from the end."),
            ("Skip", "How many objects to drop from the start."),
            ("Index", "The positions (from 0) of the objects to keep; they pass in input order, each once."),
            ("Unique", "Drops objects equal to one already kept."),
        ],
        related: &["Where-Object", "Format-Table", "Format-List"],
    },
    Text {
        name: "Where-Object",
        synopsis: "Passes on only the objects that meet a condition.",
        description: "The condition is a script block run for each object, with the object in $_; the object passes when the block's result is true. The short form names a property, a comparison switch such as -EQ or -Like, and a value.",
        examples: &[
            ("Get-CsConferencingConfiguration | Where-Object {$_.ClientMediaPortRangeEnabled -eq $False}", "Keeps the collections where client port ranges are off."),
            ("Get-CsConferencingConfiguration | Where-Object ClientAudioPort -EQ 5350", "The same kind of test written in the short form."),
        ],
        parameters: &[
            INPUT_OBJECT,
            ("FilterScript", "The script block that decides, for each object in $_, whether it passes."),
            ("Property", "In the short form, the property to test."),
            ("Value", "In the short form, the value the property is compared with."),
            ("EQ", "In the short form: passes objects whose property equals the value."),
            ("NE", "In the short form: passes objects whose property differs from the value."),
            ("GT", "In the short form: passes objects whose property is greater than the value."),
            ("GE", "In the short form: passes objects whose property is greater than or equal to the value."),
            ("LT", "In the short form: passes objects whose property is less than the value."),
            ("LE", "In the short form: passes objects whose property is less than or equal to the value."),
            ("Like", "In the short form: passes objects whose property matches the wildcard pattern in -Value."),
            ("NotLike", "In the short form: passes objects whose property does not match the wildcard pattern."),
            ("Match", "In the short form: passes objects whose property matches the regular expression in -Value (for a list, when an item does)."),
            ("NotMatch", "In the short form: passes objects whose property does not match the regular expression."),
            ("Contains", "In the short form: passes objects whose property is a collection holding the value."),
            ("NotContains", "In the short form: passes objects whose property is a collection without the value."),
            ("In", "In the short form: passes objects whose property is one of the values in -Value."),
            ("NotIn", "In the short form: passes objects whose property is none of the values in -Value."),
            ("C*", "The case-sensitive form of the comparison switch named after the C."),
        ],
        related: &["ForEach-Object", "Select-Object"],
    },
    Text {
        name: "ForEach-Object",
        synopsis: "Runs a script block for each object in the pipeline.",
        description: "The -Process block runs once per object, with the object in $_; -Begin runs before the first object and -End after the last. With -MemberName the value of that property of each object is output.",
        examples: &[
            ("Get-CsConferencingConfiguration | ForEach-Object {$_.Identity}", "Outputs the Identity of each collection."),
            ("Get-CsConferencingConfiguration | ForEach-Object -MemberName ClientAudioPort", "Outputs each collection's ClientAudioPort."),
        ],
        parameters: &[
            INPUT_OBJECT,
            ("Process", "The script block run for each object."),
            ("Begin", "A script block run once, before the first object."),
            ("End", "A script block run once, after the last object."),
            ("MemberName", "The property whose value is output for each object."),
        ],
        related: &["Where-Object"],
    },
    Text {
        name: "Write-Output",
        synopsis: "Sends objects down the pipeline.",
        description: "Each object given is written to the pipeline; at the end of the pipeline it is displayed. A value on a line of its own does the same.",
        examples: &[
            ("Write-Output Redmond, Dublin", "Writes two strings, shown one per line."),
            ("Write-Output 5350 | ForEach-Object {$_ + 40}", "Passes a number to the next command."),
        ],
        parameters: &[("InputObject", "The objects to write.")],
        related: &["Write-Host"],
    },
    Text {
        name: "Write-Host",
        synopsis: "Writes text straight to the console.",
        description: "The text is shown at once and does not enter the pipeline, so it cannot be captured or piped. Arrays are joined with -Separator.",
        examples: &[
            ("Write-Host \"Port plan checked\" -ForegroundColor Green", "Shows a line of text."),
            ("Write-Host 5350, 5390 -Separator \" to \"", "Joins the values with the separator."),
        ],
        parameters: &[
            ("Object", "What to show."),
            ("NoNewline", "Leaves the cursor at the end of the text instead of starting a new line."),
            ("Separator", "The text placed between the items of an array."),
            ("ForegroundColor", "The colour of the text."),
            ("BackgroundColor", "The colour behind the text."),
        ],
        related: &["Write-Output", "Write-Warning"],
    },
    Text {
        name: "Compare-Object",
        synopsis: "Shows how two sets of objects differ.",
        description: "Each object of the difference set is matched with an equal one of the reference set (by its text, or by the -Property values), each at most once. What is only in the difference set is marked =>, what is only in the reference set <=, and with -IncludeEqual the matched ones ==, listed first.",
        examples: &[
            ("Compare-Object 'Audio', 'Video' 'Video', 'AppSharing'", "AppSharing is new (=>), Audio has gone (<=)."),
            ("Compare-Object (Get-CsSite) (Get-CsSite -Identity Redmond) -Property Identity -IncludeEqual", "Compares sites by identity and shows the one both sets have too."),
        ],
        parameters: &[
            ("ReferenceObject", "The objects compared against."),
            ("DifferenceObject", "The objects compared; they may come down the pipeline."),
            ("Property", "The properties whose values decide whether two objects are equal."),
            ("SyncWindow", "Accepted; lyncsh compares the whole sets."),
            ("IncludeEqual", "Also shows the objects both sets have, marked ==."),
            ("ExcludeDifferent", "Leaves out the objects only one set has."),
            ("PassThru", "Writes the objects themselves instead of InputObject and SideIndicator."),
            ("CaseSensitive", "Compares text with case."),
        ],
        related: &["Group-Object", "Sort-Object"],
    },
    Text {
        name: "Write-Error",
        synopsis: "Writes an error record without stopping the script.",
        description: "The record goes to the error stream and to $Error, and the script goes on, unless -ErrorAction or $ErrorActionPreference says Stop, which makes it a terminating error that try/catch can take. Inside a function the record carries the function's name.",
        examples: &[
            ("Write-Error \"Dublin has no pool\" -ErrorAction Ignore; \"the script goes on\"", "Drops the error (-ErrorAction Ignore) and goes on."),
            ("try { Write-Error \"No pool\" -Category ObjectNotFound -ErrorAction Stop } catch { \"caught: \" + $_.CategoryInfo.Category }", "Makes the error terminating and catches it."),
        ],
        parameters: &[
            ("Message", "The text of the error."),
            ("ErrorId", "The identifier that FullyQualifiedErrorId shows; Microsoft.PowerShell.Commands.WriteErrorException when left out."),
            ("Category", "The category CategoryInfo shows; NotSpecified when left out."),
            ("TargetObject", "The object the error is about."),
        ],
        related: &["Write-Warning", "Write-Host"],
    },
    Text {
        name: "Write-Warning",
        synopsis: "Shows a warning message.",
        description: "The message is shown on the warning stream, prefixed with WARNING:. -WarningAction SilentlyContinue hides it.",
        examples: &[
            ("Write-Warning \"Client media port ranges are not enabled.\"", "Shows the warning."),
            ("Write-Warning \"Hidden\" -WarningAction SilentlyContinue", "Shows nothing."),
        ],
        parameters: &[("Message", "The text of the warning.")],
        related: &["Write-Verbose", "Write-Host"],
    },
    Text {
        name: "Write-Verbose",
        synopsis: "Shows a message only when verbose output is asked for.",
        description: "The message is shown, prefixed with VERBOSE:, when the command runs with -Verbose; otherwise nothing appears.",
        examples: &[
            ("Write-Verbose \"Reading the global collection\" -Verbose", "Shows the message."),
            ("Write-Verbose \"Not shown\"", "Shows nothing, because -Verbose is not given."),
        ],
        parameters: &[("Message", "The text of the message.")],
        related: &["Write-Warning"],
    },
    Text {
        name: "Out-Null",
        synopsis: "Discards its input.",
        description: "Whatever reaches Out-Null is dropped, so nothing is displayed. Errors are still shown.",
        examples: &[
            ("New-CsConferencingConfiguration -Identity site:Redmond | Out-Null", "Creates the site collection without displaying it."),
            ("Get-Command | Out-Null", "Runs the command and shows nothing."),
        ],
        parameters: &[INPUT_OBJECT],
        related: &["Write-Output"],
    },
    Text {
        name: "Format-List",
        synopsis: "Shows each object as a list of its properties.",
        description: "Every property goes on its own line as Name : Value. -Property picks the properties (wildcards allowed); * shows all of them.",
        examples: &[
            ("Get-CsConferencingConfiguration | Format-List Identity, Client*", "Lists the Identity and the client port settings."),
            ("Get-CsConferencingConfiguration -Identity global | Format-List *", "Lists every property of the global collection."),
        ],
        parameters: &[
            INPUT_OBJECT,
            ("Property", "The properties to show; wildcards are allowed."),
            ("Force", "Accepted for scripts that pass it (PowerShell uses it to list an error record's own properties); lyncsh lists them the same way without it."),
        ],
        related: &["Format-Table", "Select-Object"],
    },
    Text {
        name: "Format-Table",
        synopsis: "Shows objects as a table.",
        description: "Each object is a row and each property a column. Without -AutoSize the columns share the console width evenly, as in Windows PowerShell 3; with it each column is as wide as its longest value.",
        examples: &[
            ("Get-CsConferencingConfiguration | Format-Table Identity, ClientAudioPort, ClientAudioPortRange -AutoSize", "A compact table of the audio port settings."),
            ("Get-Command -Noun CsConferencingConfiguration | Format-Table Name, ModuleName", "A table of the family's cmdlets."),
        ],
        parameters: &[
            INPUT_OBJECT,
            ("Property", "The properties to show as columns; wildcards are allowed."),
            ("AutoSize", "Sizes each column to its contents."),
            ("Wrap", "Continues long values on further lines instead of cutting them."),
        ],
        related: &["Format-List", "Select-Object"],
    },
    Text {
        name: "Clear-Host",
        synopsis: "Clears the console screen.",
        description: "Clears the screen when output goes to a terminal; otherwise nothing happens.",
        examples: &[
            ("Clear-Host", "Clears the screen."),
            ("cls", "The same, through the alias."),
        ],
        parameters: &[],
        related: &[],
    },
    Text {
        name: "Get-History",
        synopsis: "Lists the commands entered in this session.",
        description: "Each entry has the Id of the command line and its text, oldest first. -Count limits the list to the most recent entries.",
        examples: &[
            ("Get-History", "Lists every command of the session."),
            ("Get-History -Count 5", "Lists the last five."),
        ],
        parameters: &[("Count", "How many of the most recent entries to list.")],
        related: &[],
    },
    Text {
        name: "Get-Variable",
        synopsis: "Lists the variables of the session.",
        description: "Each variable is shown with its name and value. -Name selects variables by name, with wildcards; an exact name that does not exist is an error.",
        examples: &[
            ("$port = 5350; Get-Variable port", "Shows the variable just set."),
            ("$poolFqdn = \"atl-cs-001.litwareinc.com\"; Get-Variable pool*", "Shows the variables whose names start with pool."),
        ],
        parameters: &[("Name", "The names of the variables to show; wildcards are allowed.")],
        related: &[],
    },
    Text {
        name: "Read-Host",
        synopsis: "Reads a line typed at the console.",
        description: "Shows the prompt followed by a colon and returns what the person types. When lyncsh runs a script or -c text without a console to ask, Read-Host fails with PowerShell's NonInteractive-mode error.",
        examples: &[
            ("$site = Read-Host \"Site name\"; Get-CsConferencingConfiguration -Filter \"site:$site\"", "Asks for a site name and shows that site's conferencing collection, if there is one."),
            ("Read-Host \"Password\" -AsSecureString", "Reads a secret; the answer is returned as a SecureString, not as text."),
        ],
        parameters: &[
            ("Prompt", "The text shown before the colon; several words without quotes are joined with spaces."),
            ("AsSecureString", "Returns the answer as a SecureString."),
        ],
        related: &["Get-Credential"],
    },
    Text {
        name: "Pause",
        synopsis: "Waits until Enter is pressed (PowerShell's function around Read-Host).",
        description: "Shows 'Press Enter to continue...' and waits for a line, which it drops. Without a console to ask it fails as Read-Host does.",
        examples: &[
            ("Get-CsPool | Select-Object Identity; Pause", "Shows the pools and waits before the script goes on."),
            ("if ((Get-CsSite).Count -gt 1) { Pause }", "Waits only when there is more than one site."),
        ],
        parameters: &[],
        related: &["Read-Host"],
    },
    Text {
        name: "Get-Credential",
        synopsis: "Asks for a user name and password and returns them as a credential.",
        description: "Without a user name it asks for one, then for the password. lyncsh never checks or stores the password; the credential only carries the user name on to the commands that take one. With no console to ask (a script file, piped input, a graded solution), a named account's credential comes back with an empty password and a warning; with no name it is an error.",
        examples: &[
            ("$credential = Get-Credential \"litwareinc\\administrator\"", "Asks for the administrator's password."),
            ("Get-Credential -UserName \"litwareinc\\kenmyer\" -Message \"Account for the lab\"", "Asks for Ken Myer's password."),
        ],
        parameters: &[
            ("Credential", "A user name to ask the password for, or a credential, which is returned as it is."),
            ("UserName", "The user name to ask the password for."),
            ("Message", "The text shown with the request."),
        ],
        related: &["Read-Host"],
    },
    Text {
        name: "Get-Command",
        synopsis: "Lists the commands lyncsh knows.",
        description: "Without parameters every command is listed: the aliases, the Windows PowerShell commands lyncsh provides, and all 751 Lync Server 2013 cmdlets (module Lync), whether lyncsh emulates them or only knows their parameters. -Name, -Verb, -Noun and -Module narrow the list and accept wildcards. lyncsh's own commands use the noun prefix Lab, so -Noun Cs* lists only real Lync cmdlets.",
        examples: &[
            ("Get-Command -Noun CsConferencing*", "Lists the conferencing cmdlets."),
            ("Get-Command -Module Lync -Verb Test", "Lists the Lync test cmdlets."),
            ("gcm gcm", "Shows that gcm is an alias of Get-Command."),
        ],
        parameters: &[
            ("Name", "Names of commands or aliases; wildcards are allowed. An exact name that matches nothing is an error."),
            ("Verb", "Lists the commands with these verbs (the part before the dash)."),
            ("Noun", "Lists the commands with these nouns (the part after the dash)."),
            ("Module", "Lists the commands of these modules, such as Lync or Microsoft.PowerShell.Utility."),
        ],
        related: &["Get-Help"],
    },
    Text {
        name: "Get-Help",
        synopsis: "Shows help about a command.",
        description: "The default view has the synopsis, the syntax of every parameter set and a description. -Examples shows the examples, -Detailed adds parameter descriptions and examples, -Full adds the attributes of each parameter, and -Parameter shows the parameters whose names match. A name with wildcards lists the matching topics. Without a name, Get-Help shows lyncsh's start page: what it emulates, how to find a cmdlet, and the lab commands. For a Lync cmdlet that lyncsh does not emulate, help shows its syntax and says so.",
        examples: &[
            ("Get-Help Set-CsConferencingConfiguration", "Shows the help of Set-CsConferencingConfiguration."),
            ("Get-Help Set-CsConferencingConfiguration -Parameter ClientAudioPort", "Shows one parameter."),
            ("Get-Help New-CsConferencingConfiguration -Examples", "Shows only the examples."),
            ("Get-Help *ConferencingConfiguration", "Lists the topics whose names match."),
        ],
        parameters: HELP_PARAMETERS,
        related: &["Get-Command"],
    },
    Text {
        name: "help",
        synopsis: "Shows help about a command, like Get-Help.",
        description: "help takes the same parameters as Get-Help and shows the same text. Typed alone, it shows the start page: what lyncsh emulates, how to find a cmdlet and its help, and the commands of the labs. man is an alias of help.",
        examples: &[
            ("help", "Shows the start page."),
            ("help Get-CsConferencingConfiguration", "Shows the help of Get-CsConferencingConfiguration."),
            ("man gcm -Examples", "Shows the examples of Get-Command, reached through two aliases."),
        ],
        parameters: HELP_PARAMETERS,
        related: &["Get-Help"],
    },
];

/// The help of a built-in; one without written help shows its syntax only.
pub fn topic(signature: Rc<Signature>) -> Topic {
    let text = texts().find(|t| t.name.eq_ignore_ascii_case(&signature.name));
    Topic {
        synopsis: text.map_or("", |t| t.synopsis).to_string(),
        description: text
            .map(|t| t.description.to_string())
            .into_iter()
            .collect(),
        examples: text
            .map(|t| {
                t.examples
                    .iter()
                    .map(|(c, r)| Example::new(*c, *r))
                    .collect()
            })
            .unwrap_or_default(),
        parameters: text
            .map(|t| {
                t.parameters
                    .iter()
                    .map(|(n, d)| (n.to_string(), d.to_string()))
                    .collect()
            })
            .unwrap_or_default(),
        related: text
            .map(|t| t.related.iter().map(|r| r.to_string()).collect())
            .unwrap_or_default(),
        signature,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cmdlets::{Kind, Registry};
    use crate::wildcard::wildcard_match;

    #[test]
    fn every_text_is_for_a_registered_builtin_and_its_parameters() {
        let registry = Registry::new();
        for text in texts() {
            let entry = registry.resolve(text.name);
            let entry = entry.unwrap_or_else(|| panic!("{} is not registered", text.name));
            assert!(
                matches!(entry.kind, Kind::Builtin { .. } | Kind::Family(..)),
                "{}",
                text.name
            );
            for (param, _) in text.parameters {
                let declared = entry.signature.params.iter();
                let mut matching = declared.filter(|p| wildcard_match(param, &p.name, false));
                assert!(matching.next().is_some(), "{} -{param}", text.name);
            }
            for link in text.related {
                assert!(
                    registry.resolve(link).is_some(),
                    "{} links {link}",
                    text.name
                );
            }
        }
    }
}
