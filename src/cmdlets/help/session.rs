//! Help for the session commands (Save-LabSession, Import-LabSession) and the transcript
//! commands (Start-Transcript, Stop-Transcript).

use super::builtin::Text;

const PATH_WHAT_IF: [(&str, &str); 2] = [
    ("WhatIf", "Says what would happen without doing it."),
    ("Confirm", "Asks before going ahead."),
];

pub const TEXTS: &[Text] = &[
    Text {
        name: "Save-LabSession",
        synopsis: "Writes the whole session to a RON file that Import-LabSession and lyncsh --session read back.",
        description: "The file holds the topology, every configuration record of every family and scope, the directory of users when it has changed, the variables that hold plain data (numbers, strings, TimeSpans, arrays and hashtables of them) and the command history; while a lab is being worked through, also the lab and the objectives met so far, so that `lyncsh --lab NAME --session FILE` carries on from it. Variables that hold objects are left out, with a warning. The file is replaced atomically: a crash during the save leaves either the old file or the new one. docs/session-format.md describes the format.",
        examples: &[
            ("Save-LabSession -Path start.ron", "Saves the session as start.ron in the current folder."),
            ("New-CsConferencingConfiguration -Identity site:Redmond; Save-LabSession redmond.ron -NoClobber", "Creates a site collection and saves the result, unless redmond.ron exists already."),
        ],
        parameters: &[
            ("Path", "The file to write."),
            ("NoClobber", "Refuses to replace a file that exists."),
            PATH_WHAT_IF[0],
            PATH_WHAT_IF[1],
        ],
        related: &["Import-LabSession", "Start-Transcript"],
    },
    Text {
        name: "Import-LabSession",
        synopsis: "Replaces the session with one read from a file written by Save-LabSession.",
        description: "The whole file is checked before anything changes: a file that is cut short, not RON, of a newer format version, or edited by hand into something wrong (an unknown family or property, a value of the wrong type or out of range, an identity for a site or service the topology lacks) is refused with its line, column and field, and the session stays as it was. The imported history replaces the current one; $Error is kept.",
        examples: &[
            ("Save-LabSession -Path start.ron; Set-CsConferencingConfiguration -ClientAudioPort 50020; Import-LabSession -Path start.ron", "Saves the session, changes it, then goes back to the saved state."),
            ("Save-LabSession start.ron; Import-LabSession start.ron -WhatIf", "Checks that a file would load, without loading it."),
        ],
        parameters: &[
            ("Path", "The file to read."),
            PATH_WHAT_IF[0],
            PATH_WHAT_IF[1],
        ],
        related: &["Save-LabSession"],
    },
    Text {
        name: "Start-Transcript",
        synopsis: "Copies every command typed and everything the shell writes into a text file.",
        description: "The file starts with a header (start time, user and machine, between lines of asterisks); each input line follows after the prompt, then its output and errors, until Stop-Transcript writes the footer. Without -Path the file is PowerShell_transcript.<time>.txt in the current folder. An existing file is replaced unless -Append or -NoClobber says otherwise.",
        examples: &[
            ("Start-Transcript -Path student.txt; Get-CsConferencingConfiguration; Stop-Transcript", "Records one command and its output in student.txt."),
            ("Start-Transcript student.txt -Append; Stop-Transcript", "Adds a new section to the end of student.txt."),
        ],
        parameters: &[
            ("Path", "The transcript file."),
            ("Append", "Adds to the end of the file rather than replacing it."),
            ("Force", "Accepted for compatibility; lyncsh writes the file as named."),
            ("NoClobber", "Refuses to replace a file that exists."),
            PATH_WHAT_IF[0],
            PATH_WHAT_IF[1],
        ],
        related: &["Stop-Transcript", "Save-LabSession"],
    },
    Text {
        name: "Stop-Transcript",
        synopsis: "Ends the transcript Start-Transcript began and closes its file.",
        description: "Writes the footer with the end time and outputs the name of the file. Without a running transcript it is an error.",
        examples: &[
            ("Start-Transcript -Path lesson.txt; Stop-Transcript", "Starts and ends an empty transcript."),
            ("Start-Transcript lesson.txt; Set-CsConferencingConfiguration -ClientMediaPortRangeEnabled $True; Stop-Transcript", "Records a change in lesson.txt."),
        ],
        parameters: &[],
        related: &["Start-Transcript"],
    },
];
