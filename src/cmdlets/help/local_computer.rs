//! Help for the cmdlets that work on the local computer, the configuration export and the
//! legacy imports, in lyncsh's own words.

use super::builtin::Text;
use super::shared::{CATALOG, CONFIRM, FORCE, LOCAL_STORE, REPORT, SETTINGS_DC, WHAT_IF};

pub const TEXTS: &[Text] = &[
    Text {
        name: "Enable-CsComputer",
        synopsis: "Enables Lync Server on the local computer: its services start.",
        description: "The lab's local computer is atl-cs-001.litwareinc.com. Every Lync Server service its roles install is started; -Verbose says how many.",
        examples: &[
            ("Enable-CsComputer -Verbose", "Starts every Lync Server service of atl-cs-001."),
            ("Disable-CsComputer; Enable-CsComputer; Test-CsComputer -Verbose", "Disables and enables the computer, then tests it."),
        ],
        parameters: &[CATALOG, SETTINGS_DC, REPORT, FORCE, WHAT_IF, CONFIRM],
        related: &["Disable-CsComputer", "Test-CsComputer"],
    },
    Text {
        name: "Disable-CsComputer",
        synopsis: "Disables Lync Server on the local computer: its services stop.",
        description: "Every Lync Server service of the local computer (atl-cs-001) stops, so everything that needs them fails until Enable-CsComputer. -Scorch, which would uninstall the roles, stops them too.",
        examples: &[
            ("Disable-CsComputer; Get-CsWindowsService -Name RTCSRV | Select-Object Status", "Disables the computer: the Front-End service is stopped."),
            ("Disable-CsComputer -Report disable.html; Enable-CsComputer", "Disables the computer with a report, then enables it again."),
        ],
        parameters: &[("Scorch", "Removes the roles as well; in the lab their services stop."), CATALOG, SETTINGS_DC, REPORT, FORCE, WHAT_IF, CONFIRM],
        related: &["Enable-CsComputer", "Test-CsComputer"],
    },
    Text {
        name: "Test-CsComputer",
        synopsis: "Checks that the Lync Server services of the local computer run.",
        description: "A stopped service is a warning, followed by the count; with -Verbose a computer whose services all run says so. The details go to -Report.",
        examples: &[
            ("Test-CsComputer -Verbose", "Tests atl-cs-001."),
            ("Stop-CsWindowsService -Name RTCRGS; Test-CsComputer -Report computer.html", "Stops the Response Group service and tests: a warning names it."),
        ],
        parameters: &[REPORT],
        related: &["Enable-CsComputer", "Get-CsWindowsService"],
    },
    Text {
        name: "Enable-CsReplica",
        synopsis: "Enables the local computer's replica of the Central Management store.",
        description: "Starts the Replica Replicator Agent (REPLICA) and the logging agent (RTCCLSAGT) of the local computer.",
        examples: &[
            ("Enable-CsReplica", "Enables atl-cs-001's replica."),
            ("Stop-CsWindowsService -Name REPLICA; Enable-CsReplica; Test-CsReplica -Verbose", "Stops the replicator, enables the replica and tests it."),
        ],
        parameters: &[CATALOG, SETTINGS_DC, REPORT, FORCE, WHAT_IF, CONFIRM],
        related: &["Test-CsReplica", "Invoke-CsManagementStoreReplication"],
    },
    Text {
        name: "Test-CsReplica",
        synopsis: "Checks that the local computer's replica can work.",
        description: "The Replica Replicator Agent (REPLICA) and the logging agent (RTCCLSAGT) must run; otherwise the real warning and an error naming the stopped service. With -Verbose success says so.",
        examples: &[
            ("Test-CsReplica -Verbose", "Tests atl-cs-001's replica."),
            ("Test-CsReplica -Verbose -Report replica.html", "Tests and writes a report."),
        ],
        parameters: &[CATALOG, SETTINGS_DC, REPORT],
        related: &["Enable-CsReplica"],
    },
    Text {
        name: "Export-CsConfiguration",
        synopsis: "Writes the topology and the whole configuration to a file in lyncsh's own format.",
        description: "The file is a lyncsh session file with no variables, history or directory users; only Import-CsConfiguration of lyncsh reads it, not a real deployment. -AsBytes returns it as bytes.",
        examples: &[
            ("Export-CsConfiguration -FileName config.txt", "Writes the configuration to config.txt in the files folder."),
            ("$x = Export-CsConfiguration -AsBytes; $x.Count -gt 0", "Keeps the configuration in a variable."),
        ],
        parameters: &[("FileName", "The file to write, in the files folder."), ("AsBytes", "Returns the configuration as bytes instead of writing a file."), LOCAL_STORE, FORCE],
        related: &["Import-CsConfiguration"],
    },
    Text {
        name: "Import-CsConfiguration",
        synopsis: "Replaces the topology and the configuration with what Export-CsConfiguration wrote.",
        description: "Directory users stay as they are. A file lyncsh did not write is refused and nothing changes. The imported configuration is a change the replicas must receive.",
        examples: &[
            ("Export-CsConfiguration -FileName config.txt; Set-CsClientPolicy -Identity Global -DisableEmoticons $True; Import-CsConfiguration -FileName config.txt; (Get-CsClientPolicy -Identity Global).DisableEmoticons -eq $True", "Exports, changes a policy, imports: False, the change is gone."),
            ("$x = Export-CsConfiguration -AsBytes; Import-CsConfiguration -ByteInput $x -LocalStore", "Imports from bytes."),
        ],
        parameters: &[("FileName", "The file to read, in the files folder."), ("ByteInput", "Bytes from Export-CsConfiguration -AsBytes."), LOCAL_STORE, FORCE],
        related: &["Export-CsConfiguration"],
    },
    Text {
        name: "Import-CsLegacyConfiguration",
        synopsis: "Would import an Office Communications Server 2007 R2 deployment's configuration; the lab has none, so it says so.",
        description: "Every call is a terminating error; nothing changes.",
        examples: &[
            ("try { Import-CsLegacyConfiguration -ReplaceExisting } catch { $_.Exception.Message }", "Shows why there is nothing to import."),
            ("try { Import-CsLegacyConfiguration -ReplaceExisting -Force } catch { 'nothing to import' }", "A script's import, caught."),
        ],
        parameters: &[("ReplaceExisting", "Would replace what an earlier import brought."), REPORT, FORCE, WHAT_IF, CONFIRM],
        related: &["Merge-CsLegacyTopology", "Move-CsLegacyUser"],
    },
    Text {
        name: "Import-CsLegacyConferenceDirectory",
        synopsis: "Would import an Office Communications Server 2007 R2 deployment's conference directories; the lab has none, so it says so.",
        description: "Every call is a terminating error; nothing changes. Get-CsConferenceDirectory lists the lab's own directories.",
        examples: &[
            ("try { Import-CsLegacyConferenceDirectory } catch { $_.Exception.Message }", "Shows why there is nothing to import."),
            ("try { Import-CsLegacyConferenceDirectory -Force } catch { 'none' }; (Get-CsConferenceDirectory).Count", "The lab's directories stay as they are."),
        ],
        parameters: &[REPORT, FORCE, WHAT_IF, CONFIRM],
        related: &["Get-CsConferenceDirectory", "Import-CsLegacyConfiguration"],
    },
    Text {
        name: "Merge-CsLegacyTopology",
        synopsis: "Would merge an Office Communications Server 2007 R2 topology into Lync Server 2013's; the lab has none, so it says so.",
        description: "Every call is a terminating error; nothing changes.",
        examples: &[
            ("try { Merge-CsLegacyTopology -TopologyXmlFileName C:\\New_Topology.xml } catch { $_.Exception.Message }", "Shows why there is nothing to merge."),
            ("try { Merge-CsLegacyTopology -TopologyXmlFileName topology.xml -UserInputFileName edge.xml } catch { 'no legacy topology' }", "A script's merge, caught."),
        ],
        parameters: &[
            ("TopologyXmlFileName", "The file the merged topology would be written to."),
            ("UserInputFileName", "An XML file describing the legacy Edge servers."),
            ("Reserved", "For internal use."),
            REPORT,
            FORCE,
            WHAT_IF,
            CONFIRM,
        ],
        related: &["Import-CsLegacyConfiguration"],
    },
];
