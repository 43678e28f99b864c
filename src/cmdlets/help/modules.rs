//! Help for Import-Module, Get-Module and Remove-Module, in lyncsh's own words.

use super::builtin::Text;

pub const TEXTS: &[Text] = &[
    Text {
        name: "Import-Module",
        synopsis: "Loads a module; in lyncsh, the Lync module, which is loaded already.",
        description: "The Lync Server Management Shell starts with the Lync module loaded, so importing it again, by name or by the path of its manifest (Lync.psd1, in any folder), succeeds and prints nothing. lyncsh has no other module: any other name is refused with PowerShell's error for a module it cannot find.",
        examples: &[
            ("Import-Module Lync", "Does what the first line of most Lync scripts asks: nothing needs loading, so nothing is printed."),
            ("Import-Module \"C:\\Program Files\\Common Files\\Microsoft Lync Server 2013\\Modules\\Lync\\Lync.psd1\"", "The same, with the module named by its manifest, as scripts run from a plain PowerShell window do."),
            ("Import-Module Lync -PassThru", "Returns the module after loading it."),
        ],
        parameters: &[
            ("Name", "The module to load: Lync, or the path of Lync.psd1 or of its folder."),
            ("Force", "Loads the module again even when it is loaded; it makes no difference here."),
            ("Global", "Loads the module into the global scope; lyncsh has one scope for modules."),
            ("PassThru", "Returns the module object."),
            ("DisableNameChecking", "Leaves out the warning about unapproved verbs, which the Lync module does not give."),
        ],
        related: &["Get-Module", "Remove-Module"],
    },
    Text {
        name: "Get-Module",
        synopsis: "Lists the loaded modules: the Lync module.",
        description: "Returns the Lync module, with its type, version, manifest path and exported commands, while it is loaded. After Remove-Module Lync it is not listed until a Lync cmdlet runs or Import-Module loads it again. -ListAvailable lists it whether loaded or not.",
        examples: &[
            ("Get-Module", "Shows the loaded modules."),
            ("(Get-Module -Name Lync).ExportedCommands.Count", "Counts the cmdlets the Lync module exports."),
        ],
        parameters: &[
            ("Name", "The modules to list, by name; wildcards are allowed."),
            ("ListAvailable", "Lists the modules that can be loaded, loaded or not."),
            ("All", "Lists nested modules as well; the Lync module has none."),
        ],
        related: &["Import-Module", "Remove-Module"],
    },
    Text {
        name: "Remove-Module",
        synopsis: "Unloads a module: takes the Lync module off Get-Module's list.",
        description: "Removes the Lync module from the list of loaded modules. Its cmdlets still run: as in PowerShell 3, using one loads the module again. A name that is not a loaded module is an error.",
        examples: &[
            ("Remove-Module Lync; Get-Module", "Unloads the module; Get-Module then lists nothing."),
            ("Remove-Module Lync; Get-CsSite | Out-Null; (Get-Module).Name", "Shows that running a Lync cmdlet loads the module again."),
        ],
        parameters: &[
            ("Name", "The module to unload: Lync."),
            ("Force", "Unloads the module even when it is marked as not to be removed; it makes no difference here."),
        ],
        related: &["Import-Module", "Get-Module"],
    },
];
