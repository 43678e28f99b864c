//! Help for the Central Management store's replication and Enable-CsTopology, in lyncsh's own
//! words.

use super::builtin::Text;

const REPLICA: (&str, &str) = (
    "ReplicaFqdn",
    "One computer holding a replica, such as atl-cs-001.litwareinc.com; without it, every one.",
);

pub const TEXTS: &[Text] = &[
    Text {
        name: "Get-CsManagementStoreReplicationStatus",
        synopsis: "Shows whether each computer's replica of the Central Management store is up to date.",
        description: "Every Lync server computer of the topology (not the PSTN gateway or the SQL Server store) holds a replica. Any change to the configuration (a record stored or removed) or an enabled topology leaves every replica out of date (UpToDate False) until Invoke-CsManagementStoreReplication brings it up to date. LastStatusReport is when the replica last reported, LastUpdateCreation when the configuration it holds was made. With -CentralManagementStoreStatus the store's own state is returned instead: its master, file transfer agent and replicas. A fresh lab, or a session read from a file, starts up to date.",
        examples: &[
            ("Get-CsManagementStoreReplicationStatus | Where-Object {$_.UpToDate -eq $False}", "Lists the replicas that have not received the latest change."),
            ("Set-CsClientPolicy -Identity Global -DisableEmoticons $True; Get-CsManagementStoreReplicationStatus -ReplicaFqdn atl-cs-001.litwareinc.com | Select-Object ReplicaFqdn, UpToDate", "Makes a change and shows that the Front End's replica has not received it yet."),
            ("Get-CsManagementStoreReplicationStatus -CentralManagementStoreStatus", "Shows the store's master and its replicas."),
        ],
        parameters: &[
            REPLICA,
            ("CentralManagementStoreStatus", "Returns the state of the store itself instead of one object per replica."),
        ],
        related: &["Invoke-CsManagementStoreReplication", "Enable-CsTopology"],
    },
    Text {
        name: "Invoke-CsManagementStoreReplication",
        synopsis: "Brings replicas of the Central Management store up to date at once.",
        description: "Without -ReplicaFqdn every replica receives the current configuration; with it, only that computer. The Master Replicator Agent (RTCMASTER) must run on the Central Management Server; a computer whose Replica Replicator Agent (REPLICA) is stopped is left out, with a warning. A computer without a replica is an error.",
        examples: &[
            ("Set-CsClientPolicy -Identity Global -DisableEmoticons $True; Invoke-CsManagementStoreReplication; (Get-CsManagementStoreReplicationStatus | Where-Object {-not $_.UpToDate}).Count", "Makes a change, replicates it everywhere, and counts the replicas still behind: none."),
            ("Invoke-CsManagementStoreReplication -ReplicaFqdn atl-edge-001.litwareinc.com", "Replicates to the Edge Server only."),
        ],
        parameters: &[
            REPLICA,
            ("Force", "Replicates without asking."),
        ],
        related: &["Get-CsManagementStoreReplicationStatus"],
    },
    Text {
        name: "Enable-CsTopology",
        synopsis: "Activates the published topology.",
        description: "Active Directory must be prepared first: the schema extended, the forest and the domain prepared (Get-CsAdForest and Get-CsAdDomain show how far), unless -SkipPrepareCheck is $True. The enabled topology is a change the replicas must then receive, so they show out of date until replication. Needed after a Kerberos account assignment changes, as in the real deployment.",
        examples: &[
            ("Enable-CsTopology; Get-CsManagementStoreReplicationStatus | Select-Object ReplicaFqdn, UpToDate", "Enables the topology and shows the replicas waiting for it."),
            ("Enable-CsTopology -SkipPrepareCheck $True -WhatIf", "Shows what enabling would do without checking Active Directory, and changes nothing."),
        ],
        parameters: &[
            ("SkipPrepareCheck", "$True enables the topology without checking that Active Directory is prepared."),
            ("GlobalCatalog", "The global catalog server to use; the lab has one directory, so it has no effect."),
            ("GlobalSettingsDomainController", "The domain controller that holds the global settings; no effect in the lab."),
            ("Report", "A file, in the files folder, to which an HTML log of the run is written. Its folder must exist."),
            ("Force", "Enables without asking."),
            ("WhatIf", "Shows what would change, and changes nothing."),
            ("Confirm", "Asks before making the change."),
        ],
        related: &["Get-CsManagementStoreReplicationStatus", "Enable-CsAdForest", "Set-CsKerberosAccountAssignment"],
    },
    Text {
        name: "Test-CsTopology",
        synopsis: "Checks that the Windows services the topology's roles need are running.",
        description: "Without -Service every service of the topology is checked on the computers of its pool; with it, that one service. The result is a task output object, as the synthetic transactions return: Success, or Failure with the first stopped Windows service as its Error and the command that starts it as its Diagnosis. TargetFqdn is the Central Management Server's computer, or the tested service's pool.",
        examples: &[
            ("Test-CsTopology -Service Registrar:atl-cs-001.litwareinc.com", "Checks the Front End pool's Registrar."),
            ("Stop-CsWindowsService -Name RTCSRV -ComputerName atl-cs-001.litwareinc.com; (Test-CsTopology).Error", "Stops the Front-End service and shows the failure it causes."),
        ],
        parameters: &[
            ("Service", "One service to check, as Get-CsService names it (Registrar:atl-cs-001.litwareinc.com)."),
            ("GlobalCatalog", "The global catalog server to use; the lab has one directory, so it has no effect."),
            ("GlobalSettingsDomainController", "The domain controller that holds the global settings; no effect in the lab."),
            ("Report", "A file, in the files folder, to which an HTML log of the run is written. Its folder must exist."),
        ],
        related: &["Get-CsWindowsService", "Start-CsWindowsService", "Get-CsService"],
    },
    Text {
        name: "Get-CsServerVersion",
        synopsis: "Returns the product, edition and build of the deployment's servers as one line of text.",
        description: "The lab is a Lync Server 2013 Enterprise Edition deployment, build 5.0.8308.0, with a volume license key.",
        examples: &[
            ("Get-CsServerVersion", "Shows the version line."),
            ("(Get-CsServerVersion) -match '5\\.0\\.8308'", "Checks for the Lync Server 2013 build."),
        ],
        parameters: &[],
        related: &["Get-CsManagementStoreReplicationStatus", "Get-CsComputer"],
    },
];
