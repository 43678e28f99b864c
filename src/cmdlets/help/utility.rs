//! Help for the collection and utility commands (Sort-Object, Group-Object, Measure-Object,
//! Get-Member, Get-Date, New-TimeSpan, Set-Variable, Out-String), in lyncsh's own words.

use super::builtin::Text;

const INPUT_OBJECT: (&str, &str) = (
    "InputObject",
    "The objects to work on; normally they arrive through the pipeline.",
);

pub const TEXTS: &[Text] = &[
    Text {
        name: "Add-Member",
        synopsis: "Adds a note property to an object.",
        description: "The object itself changes, so a variable that holds it sees the new property; -PassThru also writes it on. -NotePropertyMembers adds the entries of a hashtable. A name the object has already is refused unless -Force replaces its value. lyncsh adds only note properties, and only to objects.",
        examples: &[
            ("$site = Get-CsSite -Identity Redmond; $site | Add-Member -MemberType NoteProperty -Name Checked -Value $true; $site.Checked", "Marks the site object as checked."),
            ("Get-CsSite | Add-Member -NotePropertyMembers @{ Region = 'NorthAmerica' } -PassThru | Select-Object Identity, Region", "Adds a property to every site and shows it."),
        ],
        parameters: &[
            ("InputObject", "The object to change. Usually it comes down the pipeline."),
            ("MemberType", "NoteProperty, the only kind lyncsh adds."),
            ("Name", "The name of the new property."),
            ("Value", "The value of the new property."),
            ("NotePropertyName", "The name of the new property, in PowerShell 3's other form."),
            ("NotePropertyValue", "Its value."),
            ("NotePropertyMembers", "A hashtable of names and values to add."),
            ("Force", "Replaces the value of a property the object has already."),
            ("PassThru", "Writes the changed object."),
        ],
        related: &["Select-Object", "New-Object"],
    },
    Text {
        name: "New-Object",
        synopsis: "Makes a PowerShell object, with the properties of a hashtable.",
        description: "New-Object PSObject -Property @{...}, the way scripts written for PowerShell 2 make report rows, gives an object whose properties are the hashtable's keys, as [pscustomobject]@{...} does. lyncsh makes only PowerShell's own objects (PSObject, PSCustomObject); other .NET types would reach the host's runtime and are refused.",
        examples: &[
            ("New-Object PSObject -Property @{ Site = 'Redmond'; Port = 50020 }", "Makes an object with the properties Site and Port."),
            ("$row = New-Object PSObject; $row | Get-Member", "Makes an object without properties."),
        ],
        parameters: &[
            ("TypeName", "PSObject or PSCustomObject."),
            ("ArgumentList", "Accepted for PowerShell's objects, which take no arguments."),
            ("ComObject", "A COM object's program name; refused, because COM objects are programs of the host."),
            ("Strict", "Goes with -ComObject, which is refused."),
            ("Property", "The properties and their values, as a hashtable."),
        ],
        related: &["Select-Object", "Add-Member"],
    },
    Text {
        name: "Start-Sleep",
        synopsis: "Waits: in lyncsh, returns at once and moves the lab clock on.",
        description: "Scripts wait for replication or a restarted service with Start-Sleep. lyncsh does not make you wait: it returns at once and the lab clock jumps by the time asked for, so Get-Date afterwards shows the later time.",
        examples: &[
            ("Start-Sleep -Seconds 30", "Lets 30 seconds of lab time pass, at once."),
            ("$before = Get-Date; Start-Sleep 3600; ((Get-Date) - $before).TotalMinutes -ge 60", "Shows that an hour of lab time has passed."),
        ],
        parameters: &[
            ("Seconds", "How many seconds of lab time pass."),
            ("Milliseconds", "How many milliseconds of lab time pass."),
        ],
        related: &["Get-Date"],
    },
    Text {
        name: "Write-Progress",
        synopsis: "Reports progress of a long task; lyncsh shows nothing.",
        description: "A console shows progress in a bar that disappears when the task is done. lyncsh's commands finish at once, so it checks the parameters and shows nothing.",
        examples: &[
            ("Write-Progress -Activity \"Moving users\" -Status \"1 of 3\" -PercentComplete 33", "Reports a third of the work done."),
            ("Write-Progress -Activity \"Moving users\" -Completed", "Reports the task finished."),
        ],
        parameters: &[
            ("Activity", "What is being done."),
            ("Status", "Where the task stands."),
            ("Id", "Tells progress bars apart."),
            ("PercentComplete", "How much is done, from 0 to 100 (-1 when unknown)."),
            ("SecondsRemaining", "How long the rest should take."),
            ("CurrentOperation", "The step being done now."),
            ("ParentId", "The progress bar this one belongs under."),
            ("Completed", "Says the task is finished."),
        ],
        related: &["Write-Host"],
    },
    Text {
        name: "Sort-Object",
        synopsis: "Puts objects in order by one or more of their properties.",
        description: "Collects all its input, then outputs it ordered by the named properties (or by the objects themselves when none is named). A property can also be a script block computed for each object in $_, or a hashtable with Expression and Descending keys. Text is compared without regard to case unless -CaseSensitive is given; $null sorts first.",
        examples: &[
            ("Get-CsConferencingConfiguration | Sort-Object Identity -Descending", "Lists the conferencing collections with the identities in reverse order."),
            ("5350, 50020, 1024 | Sort-Object", "Outputs 1024, 5350 and 50020."),
            ("\"b\", \"a\", \"B\" | Sort-Object -Unique", "Outputs a and b: values equal apart from case are kept once."),
        ],
        parameters: &[
            INPUT_OBJECT,
            ("Property", "The properties, script blocks or hashtables that decide the order, most important first."),
            ("Descending", "Reverses the order."),
            ("Unique", "Keeps only the first of objects whose sort keys are equal."),
            ("CaseSensitive", "Compares text with regard to case; lower case comes first."),
        ],
        related: &["Group-Object", "Select-Object"],
    },
    Text {
        name: "Group-Object",
        synopsis: "Puts objects with the same property value together.",
        description: "Outputs one group per distinct value, in the order the values first appear: its Count, its Name (the value as text) and the Group of objects. -NoElement leaves out the objects; -AsHashTable returns a single hashtable from value to objects instead.",
        examples: &[
            ("Get-CsConferencingConfiguration | Group-Object ClientMediaPortRangeEnabled", "Counts the collections with client port ranges on and off."),
            ("1..10 | Group-Object {$_ % 2} -NoElement", "Counts the even and odd numbers."),
        ],
        parameters: &[
            INPUT_OBJECT,
            ("Property", "The properties or script blocks whose values form the groups."),
            ("NoElement", "Leaves the Group property out of the output."),
            ("AsHashTable", "Returns one hashtable whose keys are the values and whose values are the groups."),
            ("AsString", "With -AsHashTable, makes every key a string."),
            ("CaseSensitive", "Treats values that differ only in case as different."),
        ],
        related: &["Sort-Object", "Measure-Object"],
    },
    Text {
        name: "Measure-Object",
        synopsis: "Counts objects and sums, averages or finds the extremes of a numeric property.",
        description: "Outputs one result per property named (or one for the objects themselves) with Count and, when asked for, Sum, Average, Maximum and Minimum. A value that is not a number gives an error and is left out.",
        examples: &[
            ("Get-CsConferencingConfiguration | Measure-Object", "Counts the conferencing collections."),
            ("Get-CsConferencingConfiguration | Measure-Object ClientAudioPortRange -Sum -Maximum", "Adds up the audio port counts and shows the largest."),
        ],
        parameters: &[
            INPUT_OBJECT,
            ("Property", "The numeric properties to measure."),
            ("Sum", "Adds the values."),
            ("Average", "Gives the mean of the values."),
            ("Maximum", "Gives the largest value."),
            ("Minimum", "Gives the smallest value."),
        ],
        related: &["Group-Object", "Sort-Object"],
    },
    Text {
        name: "Get-Member",
        synopsis: "Lists the properties and methods of the objects it receives.",
        description: "Outputs one line per member for each distinct type in its input, properties with their types and methods with their signatures, grouped under the type's name. For Lync configuration objects the property types are those the cmdlets accept. Only the methods lyncsh can call are listed.",
        examples: &[
            ("Get-CsConferencingConfiguration | Get-Member", "Shows every property of a conferencing collection and its type."),
            ("Get-CsConferencingConfiguration | Get-Member -Name Client*Port", "Shows only the client port properties."),
            ("Get-Date | Get-Member -MemberType Method", "Lists the methods of a date."),
        ],
        parameters: &[
            INPUT_OBJECT,
            ("Name", "Shows only members whose names match; wildcards are allowed."),
            ("MemberType", "Shows only members of this kind, such as Property or Method (Properties and Methods take every kind of each)."),
        ],
        related: &["Select-Object", "Format-List"],
    },
    Text {
        name: "Get-Date",
        synopsis: "Returns the current date and time, or a date you describe.",
        description: "Starts from -Date (or now) and replaces the fields given by -Year, -Month, -Day, -Hour, -Minute, -Second and -Millisecond; a day past the end of the month runs on into the next. -Format takes a .NET date format (such as yyyy-MM-dd or one of d, D, t, T, g, G, s, u) and -UFormat a Unix one (such as %Y%m%d); both return text instead of a date. lyncsh reads the clock as UTC.",
        examples: &[
            ("Get-Date", "Shows the current date and time."),
            ("Get-Date -Format yyyy-MM-dd", "Returns today's date as text, year first."),
            ("(Get-Date -Date \"3/5/2013\").AddDays(30).DayOfWeek", "Tells which day of the week falls 30 days after 5 March 2013."),
        ],
        parameters: &[
            ("Date", "The date to start from instead of now."),
            ("Year", "Replaces the year."),
            ("Month", "Replaces the month."),
            ("Day", "Replaces the day of the month."),
            ("Hour", "Replaces the hour (0 to 23)."),
            ("Minute", "Replaces the minute."),
            ("Second", "Replaces the second."),
            ("Millisecond", "Replaces the millisecond."),
            ("Format", "Returns the date as text in this .NET format."),
            ("UFormat", "Returns the date as text in this Unix format."),
        ],
        related: &["New-TimeSpan"],
    },
    Text {
        name: "New-TimeSpan",
        synopsis: "Makes a time span from two dates or from days, hours, minutes and seconds.",
        description: "With -Start and -End the span is the time between them (either defaults to now). With -Days, -Hours, -Minutes and -Seconds the span is their total. The result can be passed to any parameter that takes a TimeSpan, such as -ContentGracePeriod.",
        examples: &[
            ("New-TimeSpan -Days 22", "A span of 22 days."),
            ("Set-CsConferencingConfiguration -ContentGracePeriod (New-TimeSpan -Hours 22)", "Sets the grace period to 22 hours using a computed span."),
            ("New-TimeSpan -Start \"1/1/2013\" -End \"3/5/2013\"", "The time between two dates."),
        ],
        parameters: &[
            ("Start", "The start of the span; now when left out."),
            ("End", "The end of the span; now when left out."),
            ("Days", "Days in the span."),
            ("Hours", "Hours in the span."),
            ("Minutes", "Minutes in the span."),
            ("Seconds", "Seconds in the span."),
        ],
        related: &["Get-Date"],
    },
    Text {
        name: "Set-Variable",
        synopsis: "Gives a variable a value.",
        description: "Does what $name = value does, for one or more names; the value can also come from the pipeline. Automatic variables such as $true and $null cannot be set. A lyncsh session has a single variable scope.",
        examples: &[
            ("Set-Variable port 50020; $port", "Sets $port and shows it."),
            ("Get-CsConferencingConfiguration | Set-Variable conf", "Keeps the global conferencing collection in $conf."),
        ],
        parameters: &[
            ("Name", "The variable names, without the dollar sign."),
            ("Value", "The value to store."),
            ("PassThru", "Outputs the variable after setting it."),
        ],
        related: &["Get-Variable"],
    },
    Text {
        name: "Invoke-Expression",
        synopsis: "Runs a string as PowerShell.",
        description: "Parses the text and runs it in the current scope, as if it stood in the script at that point, and returns its output; variables it sets stay set. It runs what any lyncsh script may run and nothing more: host commands in the text are refused as they would be anywhere. A parse error in the text ends the command.",
        examples: &[
            ("$pool = 'atl-cs-001.litwareinc.com'; Invoke-Expression \"Get-CsPool -Identity $pool\" | Select-Object Identity", "Builds a command line from a variable and runs it."),
            ("iex '$count = (Get-CsSite).Count'; $count", "Sets a variable in the current scope."),
        ],
        parameters: &[("Command", "The PowerShell text to run. Bound from the pipeline.")],
        related: &["Set-Variable"],
    },
    Text {
        name: "Remove-Variable",
        synopsis: "Deletes variables.",
        description: "Removes each named variable from the current scope, or from the global one with -Scope Global or a global: prefix. A name that is not set there is a VariableNotFound error; the other names are still removed.",
        examples: &[
            ("$temp = 1; Remove-Variable temp; Test-Path variable:temp", "Sets a variable and removes it again."),
            ("$a = 1; $b = 2; Remove-Variable a, b", "Removes two variables at once."),
        ],
        parameters: &[
            ("Name", "The variable names, without the dollar sign."),
            ("Scope", "Global to remove from the session's global variables; without it, the current scope."),
            ("Force", "Accepted for scripts that pass it; lyncsh has no read-only user variables to force."),
        ],
        related: &["Set-Variable", "Get-Variable"],
    },
    Text {
        name: "ConvertTo-SecureString",
        synopsis: "Turns plain text into a SecureString, as scripts do to build a credential.",
        description: "Takes the text with -AsPlainText -Force, as PowerShell requires, and returns a System.Security.SecureString of which only the Length can be read. lyncsh keeps nothing else of it. Encrypted standard strings (-Key, -SecureKey) would need the host's keys and are not read.",
        examples: &[
            ("$secret = ConvertTo-SecureString 'P@ssw0rd1' -AsPlainText -Force; $secret.Length", "Makes a SecureString and shows its length."),
            ("'P@ssw0rd1' | ConvertTo-SecureString -AsPlainText -Force", "The text can come from the pipeline."),
        ],
        parameters: &[
            ("String", "The text to protect. Bound from the pipeline."),
            ("AsPlainText", "Says the input is plain text; required."),
            ("Force", "Confirms that plain text may be converted; required with -AsPlainText."),
        ],
        related: &["Get-Credential"],
    },
    Text {
        name: "Out-String",
        synopsis: "Turns objects into the text the console would show for them.",
        description: "Lays out its input as lists and tables exactly as the console would and returns the result as one string, or one string per line with -Stream.",
        examples: &[
            ("Get-CsConferencingConfiguration | Out-String -Stream | Where-Object {$_ -like \"ClientAudio*\"}", "Keeps only the audio port lines of the listing."),
            ("$text = Get-CsConferencingConfiguration | Out-String", "Keeps the listing as text."),
        ],
        parameters: &[
            INPUT_OBJECT,
            ("Stream", "Returns one string per line instead of one string."),
            ("Width", "The line width to lay out for; the console's width by default."),
        ],
        related: &["Format-List", "Format-Table"],
    },
];
