//! Help for the commands on files of the files folder (CSV and text), in lyncsh's own words.

use super::builtin::Text;

const PATH: (&str, &str) = (
    "Path",
    "The file, inside the files folder. A Windows path such as C:\\Scripts\\users.csv is taken as Scripts/users.csv in that folder; a path leading out of it is refused.",
);
const ENCODING: (&str, &str) = (
    "Encoding",
    "Accepted for scripts written for Windows PowerShell; lyncsh reads UTF-8, UTF-16 with a byte order mark and Windows-1252, and writes UTF-8.",
);
const DELIMITER: (&str, &str) = (
    "Delimiter",
    "The character between fields; a comma when left out.",
);
const USE_CULTURE: (&str, &str) = (
    "UseCulture",
    "Uses the list separator of the culture, which for the lab (en-US) is the comma.",
);
const INPUT: (&str, &str) = (
    "InputObject",
    "The objects to write. Usually they come down the pipeline.",
);
const NO_TYPE: (&str, &str) = (
    "NoTypeInformation",
    "Leaves out the first line, #TYPE and the objects' .NET type.",
);
const VALUE_LINES: (&str, &str) = (
    "Value",
    "What to write: each object becomes one line of text.",
);
const FORCE: (&str, &str) = ("Force", "Accepted; lyncsh writes the file either way.");
const PASS_THRU: (&str, &str) = ("PassThru", "Also writes the values to the pipeline.");
const NO_NEWLINE: (&str, &str) = (
    "NoNewline",
    "Writes the values one after the other, with no line ends.",
);

pub const TEXTS: &[Text] = &[
    Text {
        name: "Get-ChildItem",
        synopsis: "Lists the folders and files of a folder in the files folder.",
        description: "Lists each -Path folder's folders and then its files, by name, as DirectoryInfo and FileInfo objects (Mode, LastWriteTime, Length, Name, FullName); a path naming a file lists that file. -Filter, or a wildcard in the last part of the path, chooses by name; -Recurse goes on into the folders below, after each folder's own items. Nothing outside the files folder is listed.",
        examples: &[
            ("New-Item -ItemType Directory C:\\Logs -Force | Out-Null; Get-CsSite > C:\\Logs\\sites.txt; Get-ChildItem C:\\Logs -Filter *.txt -Name", "Writes a file into a log folder and lists the folder's text files by name."),
            ("Get-ChildItem -Recurse -File | Measure-Object", "Counts the files of the current folder and the folders below it."),
        ],
        parameters: &[
            ("Path", "The folders (or files) to list, inside the files folder; without it, the current location. A wildcard in the last part chooses names."),
            ("Filter", "A wildcard pattern the names must match."),
            ("Recurse", "Lists the folders below as well."),
            ("File", "Lists files only."),
            ("Directory", "Lists folders only."),
            ("Name", "Returns the names (relative to the folder listed) instead of the objects."),
            ("Force", "Accepted for scripts that pass it; the files folder has no hidden items lyncsh would leave out."),
        ],
        related: &["New-Item", "Remove-Item", "Test-Path"],
    },
    Text {
        name: "Remove-Item",
        synopsis: "Deletes files and folders in the files folder.",
        description: "Deletes each -Path; a wildcard in its last part deletes every name it matches. A folder with anything in it needs -Recurse (without it, nothing is removed and the error says so). A path that is not there is an error. The files folder itself, and anything outside it, is never removed.",
        examples: &[
            ("'old' > C:\\old.txt; Remove-Item C:\\old.txt; Test-Path C:\\old.txt", "Writes a file and deletes it again."),
            ("New-Item -ItemType Directory C:\\Scratch -Force | Out-Null; 'x' > C:\\Scratch\\x.txt; Remove-Item C:\\Scratch -Recurse", "Deletes a folder with what it holds."),
        ],
        parameters: &[
            ("Path", "The files or folders to delete, inside the files folder; a wildcard in the last part chooses names."),
            ("Recurse", "Deletes folders with everything in them."),
            ("Force", "Accepted for scripts that pass it; the files folder has no read-only or hidden items to force."),
        ],
        related: &["New-Item", "Get-ChildItem"],
    },
    Text {
        name: "Get-Item",
        synopsis: "Gets a file or folder of the files folder as an object.",
        description: "Returns the FileInfo or DirectoryInfo (Mode, LastWriteTime, Length, Name, FullName) of each -Path; a wildcard in the last part of a path returns every item whose name it matches. A path that is not there is an error, and the other paths go on; anything outside the files folder is refused.",
        examples: &[
            ("Get-CsSite > C:\\Logs\\sites.txt; (Get-Item C:\\Logs\\sites.txt).Length -gt 0", "Writes a report and checks that it is not empty."),
            ("Get-Item C:\\Logs\\*.txt | Select-Object Name, LastWriteTime", "Shows the text files of a folder and when they were written."),
        ],
        parameters: &[
            ("Path", "The files or folders, inside the files folder; a wildcard in the last part chooses names."),
            ("Force", "Accepted for scripts that pass it; the files folder has no hidden items lyncsh would leave out."),
        ],
        related: &["Get-ChildItem", "Test-Path"],
    },
    Text {
        name: "Rename-Item",
        synopsis: "Gives a file or folder of the files folder a new name.",
        description: "Renames -Path to -NewName in the same folder, in one step. -NewName is a name, not a path; a name another item holds is an error and nothing changes.",
        examples: &[
            ("'x' > C:\\Logs\\today.txt; Rename-Item C:\\Logs\\today.txt yesterday.txt -PassThru | Select-Object Name", "Renames a log file and shows its new name."),
            ("New-Item -ItemType Directory C:\\Drafts -Force | Out-Null; Rename-Item C:\\Drafts Final; Test-Path C:\\Final", "Renames a folder."),
        ],
        parameters: &[
            ("Path", "The file or folder to rename, inside the files folder."),
            ("NewName", "The new name, without a folder."),
            ("PassThru", "Returns the renamed item."),
            ("Force", "Accepted for scripts that pass it; the files folder has no read-only items to force."),
        ],
        related: &["Move-Item", "Copy-Item"],
    },
    Text {
        name: "Copy-Item",
        synopsis: "Copies files and folders within the files folder.",
        description: "Copies each -Path to -Destination: into it when it is a folder, else to that name (a file already there is written over). A folder is copied with what it holds only with -Recurse. Each file is written whole or not at all; a path or destination outside the files folder is refused.",
        examples: &[
            ("New-Item -ItemType Directory C:\\Archive -Force | Out-Null; Get-CsSite > C:\\Logs\\sites.txt; Copy-Item C:\\Logs\\*.txt C:\\Archive -PassThru | Select-Object FullName", "Copies a folder's text files into an archive folder."),
            ("Get-CsPool > C:\\Logs\\pools.txt; Copy-Item C:\\Logs C:\\Logs-Backup -Recurse; (Get-ChildItem C:\\Logs-Backup).Count -gt 0", "Copies a folder with everything in it."),
        ],
        parameters: &[
            ("Path", "The files or folders to copy, inside the files folder; a wildcard in the last part chooses names."),
            ("Destination", "A folder to copy into, or the name of the copy."),
            ("Recurse", "Copies folders with everything in them."),
            ("PassThru", "Returns the copies."),
            ("Force", "Accepted for scripts that pass it; copies write over files already there."),
        ],
        related: &["Move-Item", "Rename-Item"],
    },
    Text {
        name: "Move-Item",
        synopsis: "Moves files and folders within the files folder.",
        description: "Moves each -Path to -Destination: into it when it is a folder, else to that name, in one step. An item already at the destination is an error unless -Force is given; a folder cannot move into itself, and nothing leaves the files folder.",
        examples: &[
            ("New-Item -ItemType Directory C:\\Archive -Force | Out-Null; 'done' > C:\\Logs\\run.txt; Move-Item C:\\Logs\\run.txt C:\\Archive; Test-Path C:\\Archive\\run.txt", "Moves a finished log into an archive folder."),
            ("'notes' > C:\\Logs\\draft.txt; Move-Item C:\\Logs\\draft.txt C:\\Logs\\final.txt -Force -PassThru | Select-Object Name", "Moves a file to a new name, over one that may be there."),
        ],
        parameters: &[
            ("Path", "The files or folders to move, inside the files folder; a wildcard in the last part chooses names."),
            ("Destination", "A folder to move into, or the new path."),
            ("PassThru", "Returns the moved items."),
            ("Force", "Writes over an item already at the destination."),
        ],
        related: &["Copy-Item", "Rename-Item"],
    },
    Text {
        name: "Export-Clixml",
        synopsis: "Saves objects to a file as PowerShell's CLIXML, to read back with Import-Clixml.",
        description: "Writes every object it is given, with its type name and properties, into -Path in the files folder as Windows PowerShell 3 writes CLIXML: strings, numbers, true/false, dates and time spans keep their types, lists and hashtables their items, and objects nested deeper than -Depth (2 unless given) are kept as their text. The file is replaced unless -NoClobber is given; it is written whole or not at all. Backup scripts use it to keep a copy of the configuration before they change it.",
        examples: &[
            ("mkdir C:\\Backup -Force | Out-Null; Get-CsVoicePolicy | Export-Clixml -Path C:\\Backup\\VoicePolicy.xml", "Keeps a copy of every voice policy before a change."),
            ("Get-CsPstnUsage | Export-Clixml C:\\Backup\\PstnUsage.xml; (Import-Clixml C:\\Backup\\PstnUsage.xml).Usage", "Saves the PSTN usages and reads their names back."),
        ],
        parameters: &[
            ("Path", "The file to write, inside the files folder."),
            ("InputObject", "The objects to save; usually they come down the pipeline."),
            ("Depth", "How many levels of objects inside objects are kept with their properties; deeper ones are kept as text."),
            ("Force", "Accepted for scripts that pass it; the files folder has no read-only files to force."),
            ("NoClobber", "Leaves an existing file alone and reports an error instead."),
            ("Encoding", "Accepted for scripts that pass it; lyncsh writes UTF-8, which Import-Clixml reads as it reads PowerShell's UTF-16."),
        ],
        related: &["Import-Clixml", "Export-Csv"],
    },
    Text {
        name: "Import-Clixml",
        synopsis: "Reads the objects of a CLIXML file back.",
        description: "Reads each -Path in the files folder (a file Export-Clixml wrote, here or in Windows PowerShell) and returns its objects as PowerShell returns deserialized objects: their type name is Deserialized.<type>, their properties keep their values and they have no methods, so they show and filter like the originals but cannot be given back to a Set cmdlet's -Instance. A file that is not CLIXML is an error naming what is wrong.",
        examples: &[
            ("Get-CsDialPlan | Export-Clixml C:\\Backup\\DialPlan.xml; Import-Clixml C:\\Backup\\DialPlan.xml | Select-Object Identity, SimpleName", "Reads saved dial plans back and lists them."),
            ("Get-CsVoicePolicy | Export-Clixml C:\\Backup\\Before.xml; (Import-Clixml C:\\Backup\\Before.xml | Where-Object { $_.Identity -eq 'Global' }).PstnUsages", "Shows which PSTN usages the global voice policy had when it was saved."),
        ],
        parameters: &[("Path", "The CLIXML files to read, inside the files folder.")],
        related: &["Export-Clixml", "Import-Csv"],
    },
    Text {
        name: "mkdir",
        synopsis: "Makes a folder in the files folder (PowerShell's function for New-Item -ItemType Directory).",
        description: "Makes each -Path (joined with -Name when given) as a folder and returns its DirectoryInfo, as New-Item -ItemType Directory does; md is its alias. A folder that exists already is an error unless -Force is given. A Windows path such as C:\\Backup maps into the files folder; a path leading out of it is refused.",
        examples: &[
            ("mkdir C:\\Backup\\Voice -Force | Out-Null; Test-Path C:\\Backup\\Voice", "Makes a backup folder and checks it is there."),
            ("$day = '2026-12-06'; md C:\\Backup\\$day -Force | Select-Object Name", "Makes a folder named for the day and shows its name."),
        ],
        parameters: &[
            ("Path", "The folder to make, inside the files folder; with -Name, the folder that holds it."),
            ("Name", "The folder's name, joined to -Path."),
            ("Value", "Accepted as New-Item takes it; a folder holds no text."),
            ("Force", "Keeps an existing folder without an error."),
        ],
        related: &["New-Item", "Test-Path"],
    },
    Text {
        name: "New-Item",
        synopsis: "Makes a folder or a file in the files folder.",
        description: "Makes each -Path (joined with -Name when given) as a Directory or, by default, a File holding -Value, and returns its DirectoryInfo or FileInfo. An item that exists already is an error unless -Force is given: then a folder is returned as it is and a file is written anew. A Windows path such as C:\\Reports maps into the files folder; a path leading out of it is refused. Other item types (registry keys, aliases, variables) are not made.",
        examples: &[
            ("New-Item -ItemType Directory -Path C:\\Reports -Force | Out-Null; Test-Path C:\\Reports", "Makes a report folder (or keeps the one there) and checks it is there."),
            ("New-Item -Path C:\\Reports -Name notes.txt -Value 'Checked the pools.' -Force | Select-Object Name, Length", "Writes a small file and shows its name and size."),
        ],
        parameters: &[
            ("Path", "Where to make the item, inside the files folder; with -Name, the folder that holds it."),
            ("Name", "The item's name, joined to -Path."),
            ("ItemType", "Directory or File (the default)."),
            ("Value", "The text of a new file."),
            ("Force", "Keeps an existing folder without an error and writes over an existing file; makes the folders a new file needs."),
        ],
        related: &["Test-Path", "Out-File", "Set-Content"],
    },
    Text {
        name: "Import-Csv",
        synopsis: "Reads a CSV file of the files folder as objects.",
        description: "The first line names the properties (unless -Header gives them) and each further line becomes an object with those properties, all strings. Quoted fields may hold the delimiter, doubled quotes and line breaks. A first line #TYPE is skipped. A quote that is never closed is an error naming its line.",
        examples: &[
            ("Get-CsSite | Select-Object Identity, SiteId | Export-Csv sites.csv -NoTypeInformation; Import-Csv sites.csv", "Writes the sites to a CSV file and reads them back."),
            ("\"Ken Myer;sip:kenmyer@litwareinc.com\" | Set-Content users.txt; Import-Csv users.txt -Delimiter ';' -Header DisplayName, SipAddress", "Reads a file without a header line, naming the columns."),
        ],
        parameters: &[PATH, DELIMITER, ("Header", "The property names, for a file whose first line is already data."), ENCODING, USE_CULTURE],
        related: &["Export-Csv", "ConvertFrom-Csv"],
    },
    Text {
        name: "ConvertFrom-Csv",
        synopsis: "Turns CSV lines into objects.",
        description: "Works as Import-Csv does, on strings instead of a file.",
        examples: &[
            ("'Name,Port', 'audio,50020' | ConvertFrom-Csv", "Makes one object with the properties Name and Port."),
            ("'audio;50020' | ConvertFrom-Csv -Delimiter ';' -Header Name, Port", "Names the columns of lines that have no header."),
        ],
        parameters: &[("InputObject", "The CSV lines. Usually they come down the pipeline."), DELIMITER, ("Header", "The property names, for lines that have no header line."), USE_CULTURE],
        related: &["ConvertTo-Csv", "Import-Csv"],
    },
    Text {
        name: "Export-Csv",
        synopsis: "Writes objects to a CSV file of the files folder.",
        description: "The first object decides the columns: a #TYPE line (unless -NoTypeInformation), a header line, then one line per object with every field quoted. The file is written whole or not at all. -Append adds lines under an existing header.",
        examples: &[
            ("Get-CsConferencingConfiguration | Select-Object Identity, ClientAudioPort | Export-Csv conferencing.csv -NoTypeInformation", "Writes the conferencing collections' audio ports to a file."),
            ("Get-CsSite | Export-Csv sites.csv; Get-Content sites.csv -TotalCount 1", "Writes every property of the sites and shows the #TYPE line."),
        ],
        parameters: &[PATH, INPUT, DELIMITER, NO_TYPE, ("Append", "Adds the objects to the end of an existing file, under its header."), FORCE, ("NoClobber", "Refuses to replace a file that exists."), USE_CULTURE, ENCODING],
        related: &["Import-Csv", "ConvertTo-Csv"],
    },
    Text {
        name: "ConvertTo-Csv",
        synopsis: "Turns objects into CSV lines.",
        description: "Writes the lines Export-Csv would put in a file.",
        examples: &[
            ("Get-CsSite | Select-Object Identity, SiteId | ConvertTo-Csv -NoTypeInformation", "Shows the sites as CSV text."),
            ("[pscustomobject]@{ Name = 'audio'; Port = 50020 } | ConvertTo-Csv -Delimiter ';'", "Uses a semicolon between the fields."),
        ],
        parameters: &[INPUT, DELIMITER, NO_TYPE, USE_CULTURE],
        related: &["ConvertFrom-Csv", "Export-Csv"],
    },
    Text {
        name: "ConvertFrom-Json",
        synopsis: "Reads JSON text as objects.",
        description: "A JSON object becomes a custom object whose properties keep the text's order; an array comes out as one array object, not item by item, as in Windows PowerShell 3. Whole numbers become Int32 or Int64, other numbers Double, and a string written \\/Date(ms)\\/ a date. Strings may be quoted with single quotes. Lines that come down the pipeline are read as one text. Malformed text is an error that shows where reading stopped.",
        examples: &[
            ("'{\"Pool\": \"atl-cs-001.litwareinc.com\", \"Ports\": [5062, 5063]}' | ConvertFrom-Json", "Makes an object with the properties Pool and Ports."),
            ("Get-CsSite | Select-Object Identity, SiteId | ConvertTo-Json | Set-Content sites.json; (Get-Content sites.json | ConvertFrom-Json) | ForEach-Object { $_.SiteId }", "Saves the sites as JSON and reads their ids back."),
        ],
        parameters: &[("InputObject", "The JSON text. Usually it comes down the pipeline, a line at a time.")],
        related: &["ConvertTo-Json", "ConvertFrom-Csv"],
    },
    Text {
        name: "ConvertTo-Json",
        synopsis: "Writes objects as JSON text.",
        description: "One object is written as a JSON object; several, or an array, as a JSON array. Hashtables and objects keep their order of members. Dates are written as \\/Date(ms)\\/ and the characters < > ' & as \\u escapes, as Windows PowerShell 3's serializer writes them; enumeration values are written by name. Members are indented four columns from their bracket, aligned after the member's name.",
        examples: &[
            ("Get-CsSite | Select-Object Identity, SiteId | ConvertTo-Json", "Shows the sites as a JSON array."),
            ("@{ Pool = 'atl-cs-001.litwareinc.com'; Ports = 5062, 5063 } | ConvertTo-Json -Compress", "Writes the table on one line, without spaces."),
        ],
        parameters: &[
            ("InputObject", "The objects to write. Usually they come down the pipeline."),
            ("Depth", "How many levels of contained objects are written out; deeper ones are written as their text. 2 when left out."),
            ("Compress", "Leaves out line breaks and indentation."),
        ],
        related: &["ConvertFrom-Json", "ConvertTo-Csv"],
    },
    Text {
        name: "Get-Content",
        synopsis: "Reads the lines of a text file of the files folder.",
        description: "Each line becomes a string; -Raw gives the whole text as one string. A file that is not there is an error, and the other paths are still read.",
        examples: &[
            ("'atl-cs-001.litwareinc.com' | Set-Content pools.txt; Get-Content pools.txt", "Writes a line to a file and reads it back."),
            ("Get-CsSite | Out-File sites.txt; Get-Content sites.txt -TotalCount 3", "Shows the first three lines of a file."),
        ],
        parameters: &[PATH, ("TotalCount", "How many lines to read from the start."), ("Tail", "How many lines to read from the end."), ("ReadCount", "Accepted; lyncsh passes the lines on one by one."), ("Raw", "Reads the whole file as one string."), ENCODING],
        related: &["Set-Content", "Add-Content"],
    },
    Text {
        name: "Set-Content",
        synopsis: "Replaces the text of a file of the files folder.",
        description: "Each value becomes one line. The file is written whole, through a temporary file, so it is never left half written.",
        examples: &[
            ("'sip:kenmyer@litwareinc.com', 'sip:pilar@litwareinc.com' | Set-Content users.txt", "Writes two lines."),
            ("Set-Content notes.txt -Value 'Redmond first' -PassThru", "Writes a line and shows it."),
        ],
        parameters: &[PATH, VALUE_LINES, FORCE, PASS_THRU, NO_NEWLINE, ENCODING],
        related: &["Add-Content", "Get-Content"],
    },
    Text {
        name: "Add-Content",
        synopsis: "Adds lines to the end of a file of the files folder.",
        description: "Each value becomes one line after what the file holds; a file that is not there is created.",
        examples: &[
            ("Add-Content changes.log 'ClientMediaPortRangeEnabled set'", "Adds a line to a log file."),
            ("Get-CsSite | ForEach-Object { $_.Identity } | Add-Content sites.txt", "Adds one line per site."),
        ],
        parameters: &[PATH, VALUE_LINES, FORCE, PASS_THRU, NO_NEWLINE, ENCODING],
        related: &["Set-Content", "Get-Content"],
    },
    Text {
        name: "Out-File",
        synopsis: "Writes objects to a file as the console shows them.",
        description: "The objects are laid out as they would be on the screen (tables and lists) and written to the file, -Width columns wide.",
        examples: &[
            ("Get-CsConferencingConfiguration | Out-File conferencing.txt", "Saves the listing of the conferencing collections."),
            ("Get-CsSite | Out-File report.txt -Append -Width 80", "Adds the sites to a report, laid out for 80 columns."),
        ],
        parameters: &[("FilePath", "The file, inside the files folder; Windows paths map into it."), ("Encoding", "Accepted; lyncsh writes UTF-8."), INPUT, ("Append", "Adds to the end of the file instead of replacing it."), FORCE, ("NoClobber", "Refuses to replace a file that exists."), ("Width", "The line width of the layout; 120 when left out.")],
        related: &["Set-Content", "Tee-Object"],
    },
    Text {
        name: "Test-Path",
        synopsis: "Tells whether a file or folder of the files folder exists.",
        description: "Writes True or False for each path; a path outside the files folder is False.",
        examples: &[
            ("Test-Path C:\\Scripts\\users.csv", "False unless Scripts/users.csv is in the files folder."),
            ("Get-CsSite | Export-Csv sites.csv; Test-Path sites.csv -PathType Leaf", "True: the file was just written."),
        ],
        parameters: &[PATH, ("PathType", "Leaf (a file), Container (a folder) or Any."), ("IsValid", "Tells whether the path could be used, whether or not it exists.")],
        related: &["Join-Path", "Split-Path"],
    },
    Text {
        name: "Join-Path",
        synopsis: "Joins a folder and a name into a path.",
        description: "Puts one backslash between them, as Windows PowerShell does.",
        examples: &[
            ("Join-Path C:\\Scripts users.csv", "Gives C:\\Scripts\\users.csv."),
            ("Join-Path 'C:\\Reports\\' '\\sites.csv'", "Keeps a single backslash between the parts."),
        ],
        parameters: &[("Path", "The folder part."), ("ChildPath", "The part to add."), ("Resolve", "Accepted; the path is not checked.")],
        related: &["Split-Path", "Test-Path"],
    },
    Text {
        name: "Split-Path",
        synopsis: "Gives a part of a path.",
        description: "Without a switch, the folder part (-Parent); -Leaf gives the last part, -Qualifier the drive, -NoQualifier the rest, -IsAbsolute whether the path starts at a root.",
        examples: &[
            ("Split-Path C:\\Scripts\\users.csv -Leaf", "Gives users.csv."),
            ("Split-Path C:\\Scripts\\users.csv", "Gives C:\\Scripts."),
        ],
        parameters: &[("Path", "The path to take apart."), ("Parent", "The folder part (the default)."), ("Leaf", "The last part."), ("Qualifier", "The drive, such as C:."), ("NoQualifier", "The path without its drive."), ("IsAbsolute", "Whether the path starts at a drive or a root.")],
        related: &["Join-Path", "Test-Path"],
    },
    Text {
        name: "Set-Location",
        synopsis: "Changes the current folder, inside the files folder.",
        description: "Relative paths of the file commands and of scripts called by path start from the current folder. The files folder itself is C:\\ to scripts; a path leading out of it is refused.",
        examples: &[
            ("Set-Location C:\\; Get-Location", "Goes to the top of the files folder and shows it as C:\\."),
            ("Set-Location \\ -PassThru", "Goes to the top of the files folder and shows where that is."),
        ],
        parameters: &[("Path", "The folder to go to."), ("PassThru", "Writes the new location.")],
        related: &["Get-Location", "Push-Location"],
    },
    Text {
        name: "Get-Location",
        synopsis: "Shows the current folder, with the files folder as C:\\.",
        description: "Writes a PathInfo object whose Path is the current folder as scripts see it.",
        examples: &[
            ("Get-Location", "Shows C:\\ at the top of the files folder."),
            ("(Get-Location).Path", "Gives the path as a string."),
        ],
        parameters: &[],
        related: &["Set-Location"],
    },
    Text {
        name: "Push-Location",
        synopsis: "Saves the current folder, then changes it.",
        description: "Pop-Location comes back to the saved folder.",
        examples: &[
            ("Push-Location C:\\; Pop-Location", "Goes to the top of the files folder and back."),
            ("Push-Location; Get-Location; Pop-Location", "Saves the current folder without moving."),
        ],
        parameters: &[("Path", "The folder to go to."), ("PassThru", "Writes the new location.")],
        related: &["Pop-Location", "Set-Location"],
    },
    Text {
        name: "Pop-Location",
        synopsis: "Goes back to the folder Push-Location saved last.",
        description: "With nothing saved, the current folder stays as it is.",
        examples: &[
            ("Push-Location C:\\; Pop-Location -PassThru", "Goes back and shows where."),
            ("Pop-Location", "Does nothing when no folder was saved."),
        ],
        parameters: &[("PassThru", "Writes the location gone back to.")],
        related: &["Push-Location"],
    },
    Text {
        name: "Select-String",
        synopsis: "Finds the lines that match a pattern, in files of the files folder or in strings.",
        description: "Each matching line becomes a MatchInfo object (Line, LineNumber, Filename, Path, Pattern, Matches), which prints as the line, after the file name and line number for a file. The pattern is a regular expression unless -SimpleMatch; matching ignores case unless -CaseSensitive. -Quiet says only True or False. With -Context the lines around each match come with it (in Context.PreContext and Context.PostContext) and print marked with two spaces, the match itself with `> `; a line is printed once even when two matches are close. Strings that come down the pipeline are numbered as lines of one stream.",
        examples: &[
            ("'atl-cs-001.litwareinc.com', 'atl-edge-001.litwareinc.com' | Select-String edge", "Shows the line with edge in it."),
            ("Get-CsSite | Out-File sites.txt; Select-String -Path sites.txt -Pattern 'Redmond' -Quiet", "True: the saved listing mentions Redmond."),
            ("Get-CsSite -Identity Redmond | Format-List | Out-String -Stream | Select-String 'SiteId' -Context 1", "Shows the SiteId line of the listing with the line before and after it."),
        ],
        parameters: &[
            ("Pattern", "What to look for: regular expressions, or plain text with -SimpleMatch."),
            PATH,
            ("InputObject", "The strings to search. Usually they come down the pipeline."),
            ("SimpleMatch", "Takes the pattern as plain text."),
            ("CaseSensitive", "Matches with case."),
            ("NotMatch", "Finds the lines that do not match."),
            ("AllMatches", "Keeps every match in a line in Matches, not only the first."),
            ("List", "Stops at the first matching line of each file."),
            ("Quiet", "Writes True or False instead of the lines."),
            ("Context", "How many lines to keep before and after each match: one number for both, or two (before, after)."),
            ENCODING,
        ],
        related: &["Get-Content", "Where-Object"],
    },
    Text {
        name: "Tee-Object",
        synopsis: "Passes objects on and also saves them in a file or variable.",
        description: "The objects go on down the pipeline unchanged; a copy goes to the file (laid out as on the console) or to the variable.",
        examples: &[
            ("Get-CsSite | Tee-Object -Variable sites | Measure-Object; $sites.Count", "Counts the sites and keeps them in $sites."),
            ("Get-CsSite | Tee-Object -FilePath sites.txt", "Shows the sites and writes them to a file."),
        ],
        parameters: &[INPUT, ("FilePath", "The file to write, inside the files folder."), ("Variable", "The name of the variable to set (without $)."), ("Append", "Adds to the end of the file.")],
        related: &["Out-File", "Set-Variable"],
    },
];
