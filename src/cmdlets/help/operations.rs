//! Help for the operations cmdlets of the lab deployment: Active Directory permissions,
//! conference directories, pool pairing and failover, and the user databases' state, in
//! lyncsh's own words.

use super::builtin::Text;
use super::shared::{CATALOG, CONFIRM, FORCE, REPORT, WHAT_IF};

const AD_SERVERS: (&str, &str) = (
    "Domain*",
    "The domain or domain controller to work on; the lab has one domain, litwareinc.com, so these are accepted and change nothing.",
);
const OU: (&str, &str) = (
    "OU",
    "The organizational unit, as a distinguished name within litwareinc.com (ou=Redmond,dc=litwareinc,dc=com).",
);
const OBJECT_TYPE: (&str, &str) = (
    "ObjectType",
    "The kinds of object: User, Computer, InetOrgPerson, Contact, AppContact or Device; several may be listed (Grant takes at most three).",
);
const COMPUTER_OU: (&str, &str) = (
    "ComputerOU",
    "The OU holding the Lync servers' computer accounts (ou=CsServers,dc=litwareinc,dc=com); the domain part may be left out.",
);
const POOL: (&str, &str) = (
    "PoolFqdn",
    "The Front End pool (a pool with a Registrar), such as atl-cs-001.litwareinc.com.",
);
const WAIT: (&str, &str) = (
    "WaitTime",
    "How long to wait for the pools; the lab answers at once, so it is accepted and not used.",
);
const DIRECTORY: (&str, &str) = ("Identity", "The conference directory's number, 0 to 9999.");

pub const TEXTS: &[Text] = &[
    Text {
        name: "Grant-CsOUPermission",
        synopsis: "Lets Lync's administrators manage objects of an OU that lies outside the default containers.",
        description: "RTCUniversalUserAdmins gets the rights to manage the named kinds of object in the OU; Test-CsOUPermission checks them. The OU is a distinguished name within litwareinc.com.",
        examples: &[
            ("Grant-CsOUPermission -OU \"ou=Redmond,dc=litwareinc,dc=com\" -ObjectType \"user\"", "Lets the administrators manage the Redmond OU's users."),
            ("$x = \"ou=Redmond,dc=litwareinc,dc=com\", \"ou=Dublin,dc=litwareinc,dc=com\"; foreach ($i in $x) {Grant-CsOUPermission -OU $i -ObjectType \"user\",\"contact\"}", "Grants the same rights on two OUs."),
        ],
        parameters: &[OU, OBJECT_TYPE, AD_SERVERS, CATALOG, REPORT, FORCE, WHAT_IF, CONFIRM],
        related: &["Revoke-CsOUPermission", "Test-CsOUPermission"],
    },
    Text {
        name: "Revoke-CsOUPermission",
        synopsis: "Takes back the rights Grant-CsOUPermission gave on an OU.",
        description: "The named kinds of object are no longer RTCUniversalUserAdmins' to manage in the OU.",
        examples: &[
            ("Grant-CsOUPermission -OU \"ou=Redmond,dc=litwareinc,dc=com\" -ObjectType user; Revoke-CsOUPermission -OU \"ou=Redmond,dc=litwareinc,dc=com\" -ObjectType user; Test-CsOUPermission -OU \"ou=Redmond,dc=litwareinc,dc=com\" -ObjectType user -WarningAction SilentlyContinue", "Grants, revokes and tests: False."),
            ("Revoke-CsOUPermission -OU \"ou=Redmond,dc=litwareinc,dc=com\" -ObjectType \"user\",\"contact\" -WhatIf", "Shows what revoking would do."),
        ],
        parameters: &[OU, OBJECT_TYPE, AD_SERVERS, CATALOG, REPORT, FORCE, WHAT_IF, CONFIRM],
        related: &["Grant-CsOUPermission", "Test-CsOUPermission"],
    },
    Text {
        name: "Test-CsOUPermission",
        synopsis: "Checks that Lync's administrators may manage the objects of an OU.",
        description: "Prints True when every kind named was granted on the OU; otherwise a warning for each missing right, the count of warnings, and False.",
        examples: &[
            ("Grant-CsOUPermission -OU \"ou=Redmond,dc=litwareinc,dc=com\" -ObjectType user; Test-CsOUPermission -OU \"ou=Redmond,dc=litwareinc,dc=com\" -ObjectType \"user\"", "True."),
            ("Test-CsOUPermission -OU \"ou=Dublin,dc=litwareinc,dc=com\" -ObjectType \"user\", \"contact\" -WarningAction SilentlyContinue", "False: nothing was granted on Dublin."),
        ],
        parameters: &[OU, OBJECT_TYPE, AD_SERVERS, CATALOG, REPORT],
        related: &["Grant-CsOUPermission", "Revoke-CsOUPermission"],
    },
    Text {
        name: "Grant-CsSetupPermission",
        synopsis: "Lets RTCUniversalServerAdmins activate the Lync servers of a computer OU.",
        description: "Needed when the servers' computer accounts are not in the default Computers container. Test-CsSetupPermission checks it.",
        examples: &[
            ("Grant-CsSetupPermission -ComputerOU \"ou=CsServers,dc=litwareinc,dc=com\"", "Grants the right on the CsServers OU."),
            ("Grant-CsSetupPermission -ComputerOU \"ou=CsServers\" -WhatIf", "Shows what granting would do, with the domain part left out."),
        ],
        parameters: &[COMPUTER_OU, AD_SERVERS, CATALOG, REPORT, FORCE, WHAT_IF, CONFIRM],
        related: &["Revoke-CsSetupPermission", "Test-CsSetupPermission"],
    },
    Text {
        name: "Revoke-CsSetupPermission",
        synopsis: "Takes back the right to activate the servers of a computer OU.",
        description: "Undoes Grant-CsSetupPermission for the OU.",
        examples: &[
            ("Revoke-CsSetupPermission -ComputerOU \"ou=CsServers,dc=litwareinc,dc=com\"", "Revokes the right on the CsServers OU."),
            ("Revoke-CsSetupPermission -ComputerOU \"ou=CsServers\" -WhatIf", "Shows what revoking would do."),
        ],
        parameters: &[COMPUTER_OU, AD_SERVERS, CATALOG, REPORT, FORCE, WHAT_IF, CONFIRM],
        related: &["Grant-CsSetupPermission", "Test-CsSetupPermission"],
    },
    Text {
        name: "Test-CsSetupPermission",
        synopsis: "Checks that RTCUniversalServerAdmins may activate the servers of a computer OU.",
        description: "Prints True when the right was granted on the OU; otherwise warnings, their count, and False.",
        examples: &[
            ("Grant-CsSetupPermission -ComputerOU \"ou=CsServers\"; Test-CsSetupPermission -ComputerOU \"ou=CsServers,dc=litwareinc,dc=com\"", "True."),
            ("Test-CsSetupPermission -ComputerOU \"ou=Servers2\" -WarningAction SilentlyContinue", "False: nothing was granted there."),
        ],
        parameters: &[COMPUTER_OU, AD_SERVERS, CATALOG, REPORT],
        related: &["Grant-CsSetupPermission", "Revoke-CsSetupPermission"],
    },
    Text {
        name: "Get-CsConferenceDirectory",
        synopsis: "Lists the conference directories and the pools that hold them.",
        description: "Each directory has a number (Identity) and the user services that hold it (ServiceId, UserServer:<pool>). The lab has 1 to 3 on atl-cs-001 and 4 on redmond.",
        examples: &[
            ("Get-CsConferenceDirectory", "Lists every directory."),
            ("Get-CsConferenceDirectory | Where-Object {$_.ServiceId -match \"atl-cs-001\"}", "Lists atl-cs-001's directories."),
            ("Get-CsConferenceDirectory -Filter \"4*\"", "Lists the directories whose number starts with 4."),
        ],
        parameters: &[
            ("Identity", "The number of the directory to return."),
            ("Filter", "A wildcard pattern matched against the numbers."),
            ("LocalStore", "Reads the local replica of the configuration store; lyncsh has one store, so this changes nothing."),
        ],
        related: &["New-CsConferenceDirectory", "Move-CsConferenceDirectory", "Remove-CsConferenceDirectory"],
    },
    Text {
        name: "New-CsConferenceDirectory",
        synopsis: "Creates a conference directory on a pool.",
        description: "The number must be free; the pool must have user services. The new directory is returned.",
        examples: &[
            ("New-CsConferenceDirectory -Identity 42 -HomePool \"atl-cs-001.litwareinc.com\"", "Creates directory 42 on atl-cs-001."),
            ("New-CsConferenceDirectory -Identity 43 -HomePool redmond.litwareinc.com -WhatIf", "Shows what creating it would do."),
        ],
        parameters: &[DIRECTORY, ("HomePool", "The pool whose user services hold the directory."), FORCE, WHAT_IF, CONFIRM],
        related: &["Get-CsConferenceDirectory", "Move-CsConferenceDirectory"],
    },
    Text {
        name: "Move-CsConferenceDirectory",
        synopsis: "Moves a conference directory to another pool.",
        description: "Both pools' Front-End services (RTCSRV) must run, or the move fails with a warning; -Force moves it anyway, and the dial-in IDs of its meetings are lost.",
        examples: &[
            ("Move-CsConferenceDirectory -Identity 3 -TargetPool redmond.litwareinc.com", "Moves directory 3 to redmond."),
            ("Get-CsConferenceDirectory | Where-Object {$_.ServiceId -match \"atl-cs-001\"} | Move-CsConferenceDirectory -TargetPool redmond.litwareinc.com -WhatIf", "Shows moving all of atl-cs-001's directories."),
        ],
        parameters: &[DIRECTORY, ("TargetPool", "The pool with user services to move the directory to."), ("Force", "Moves even when a pool's Front-End service is stopped."), WHAT_IF, CONFIRM],
        related: &["Get-CsConferenceDirectory", "New-CsConferenceDirectory"],
    },
    Text {
        name: "Remove-CsConferenceDirectory",
        synopsis: "Removes a conference directory.",
        description: "The pool holding it must have its Front-End service (RTCSRV) running, unless -Force.",
        examples: &[
            ("Remove-CsConferenceDirectory -Identity 2", "Removes directory 2."),
            ("Get-CsConferenceDirectory | Where-Object {$_.ServiceId -match \"redmond\"} | Remove-CsConferenceDirectory -WhatIf", "Shows removing redmond's directories."),
        ],
        parameters: &[DIRECTORY, ("Force", "Removes even when the pool's Front-End service is stopped."), WHAT_IF, CONFIRM],
        related: &["Get-CsConferenceDirectory", "New-CsConferenceDirectory"],
    },
    Text {
        name: "Get-CsPoolBackupRelationship",
        synopsis: "Shows the pool paired with a Front End pool as its backup.",
        description: "The pair comes from the topology: the pool of the Registrar's backup Registrar. In the lab atl-cs-001 and dublin-cs-001 back each other up. A pool without a backup is an error.",
        examples: &[
            ("Get-CsPoolBackupRelationship -PoolFqdn \"atl-cs-001.litwareinc.com\"", "Shows atl-cs-001's backup pool."),
            ("Get-CsPoolBackupRelationship -PoolFqdn dublin-cs-001.litwareinc.com | Select-Object -ExpandProperty BackupPoolFqdn", "atl-cs-001.litwareinc.com: the pairing goes both ways."),
        ],
        parameters: &[POOL, FORCE, ("LocalStore", "Reads the local replica of the configuration store; lyncsh has one store, so this changes nothing.")],
        related: &["Backup-CsPool", "Invoke-CsPoolFailOver", "Set-CsRegistrar"],
    },
    Text {
        name: "Backup-CsPool",
        synopsis: "Copies a pool's data to its backup pool at once.",
        description: "The pool needs a backup pool, and both pools' Front-End services must run. -FullBackup and -SteadyState cannot be combined.",
        examples: &[
            ("Backup-CsPool -PoolFqdn \"atl-cs-001.litwareinc.com\"", "Copies atl-cs-001's data to dublin-cs-001."),
            ("Backup-CsPool -PoolFqdn \"atl-cs-001.litwareinc.com\" -SteadyState -Verbose", "Copies what changed since the last backup, and says so."),
        ],
        parameters: &[
            POOL,
            ("Category", "UserData or CMS; both when left out."),
            ("FullBackup", "Copies everything, not only what changed."),
            ("SteadyState", "Copies what changed since the last backup."),
            ("FailedOverPoolOnly", "Copies only the data of a pool that is failed over."),
            ("RetryCount", "How often to retry; the lab does not fail, so it is not used."),
            WAIT,
            ("LocalStore", "Reads the local replica of the configuration store; lyncsh has one store, so this changes nothing."),
            REPORT,
            FORCE,
            WHAT_IF,
            CONFIRM,
        ],
        related: &["Get-CsBackupServiceStatus", "Get-CsPoolBackupRelationship"],
    },
    Text {
        name: "Invoke-CsBackupServiceSync",
        synopsis: "Has the Backup service synchronize a pool with its backup pool now.",
        description: "The pool needs a backup pool, and both pools' Front-End services must run.",
        examples: &[
            ("Invoke-CsBackupServiceSync -PoolFqdn \"atl-cs-001.litwareinc.com\"", "Synchronizes atl-cs-001 with dublin-cs-001."),
            ("Invoke-CsBackupServiceSync -PoolFqdn atl-cs-001.litwareinc.com -BackupModule ConfServices.DataConf -Verbose", "Synchronizes the conferencing data and says so."),
        ],
        parameters: &[POOL, ("BackupModule", "One module: UserServices.PresenceFocus, ConfServices.DataConf or CentralMgmt.CMSMaster."), FORCE],
        related: &["Get-CsBackupServiceStatus", "Backup-CsPool"],
    },
    Text {
        name: "Get-CsBackupServiceStatus",
        synopsis: "Shows how the Backup service between a pool and its backup pool is doing.",
        description: "BackupModules lists each module with its ExportStatus and ImportStatus; the Central Management module is NotInitialized on a pool that does not hold the store.",
        examples: &[
            ("Get-CsBackupServiceStatus -PoolFqdn \"atl-cs-001.litwareinc.com\" | Select-Object -ExpandProperty BackupModules", "Lists the modules' states."),
            ("(Get-CsBackupServiceStatus -PoolFqdn dublin-cs-001.litwareinc.com -Category CMS).BackupModules", "Shows the Central Management module of the Dublin pool."),
        ],
        parameters: &[POOL, ("Category", "UserData or CMS; both when left out."), FORCE],
        related: &["Invoke-CsBackupServiceSync", "Backup-CsPool"],
    },
    Text {
        name: "Debug-CsInterPoolReplication",
        synopsis: "Reports what waits to be replicated between a pool and its backup pool.",
        description: "One line per Backup service module: in the lab paired pools are always in step. The pool needs a backup pool.",
        examples: &[
            ("Debug-CsInterPoolReplication -PoolFqdn \"atl-cs-001.litwareinc.com\"", "Reports every module."),
            ("Debug-CsInterPoolReplication -PoolFqdn \"atl-cs-001.litwareinc.com\" -BackupModule DataConf", "Reports the conferencing data only."),
        ],
        parameters: &[POOL, ("BackupModule", "All (the default), CentralMgmt, PresenceFocus or DataConf."), FORCE],
        related: &["Get-CsBackupServiceStatus"],
    },
    Text {
        name: "Remove-CsUserStoreBackupData",
        synopsis: "Deletes the backup copies of a pool's user data.",
        description: "The Backup service copies them again at its next synchronization.",
        examples: &[
            ("Remove-CsUserStoreBackupData -PoolFqdn \"atl-cs-001.litwareinc.com\" -Confirm:$False", "Deletes the copies without asking."),
            ("Remove-CsUserStoreBackupData -PoolFqdn atl-cs-001.litwareinc.com -WhatIf", "Shows what would be deleted."),
        ],
        parameters: &[POOL, FORCE, WHAT_IF, CONFIRM],
        related: &["Backup-CsPool"],
    },
    Text {
        name: "Invoke-CsPoolFailOver",
        synopsis: "Moves a pool's users to its backup pool.",
        description: "The pool needs a backup pool whose Front-End service runs. A planned failover needs the pool running too; -DisasterMode fails over a pool that is down. A pool the Edge Server uses as its next hop is refused: point the Edge elsewhere first. Get-CsUserPoolInfo then shows the users served by the backup pool (UserServicesPoolFqdn).",
        examples: &[
            ("Move-CsUser \"Sean O'Brien\" -Target dublin-cs-001.litwareinc.com -Confirm:$False; Invoke-CsPoolFailOver -PoolFqdn dublin-cs-001.litwareinc.com; Get-CsUserPoolInfo \"Sean O'Brien\" | Select-Object PrimaryPoolFqdn, UserServicesPoolFqdn", "Moves a user to Dublin, fails the Dublin pool over to atl-cs-001, and shows who serves the user."),
            ("Stop-CsWindowsService -Name RTCSRV -ComputerName dublin-cs-001.litwareinc.com; Invoke-CsPoolFailOver -PoolFqdn dublin-cs-001.litwareinc.com -DisasterMode", "Fails over a pool that is down."),
        ],
        parameters: &[
            POOL,
            ("DisasterMode", "Fails over a pool that is down."),
            ("FlushStorageService", "Flushes the storage service first; the lab keeps nothing unflushed."),
            WAIT,
            FORCE,
            WHAT_IF,
            CONFIRM,
        ],
        related: &["Invoke-CsPoolFailBack", "Get-CsPoolBackupRelationship", "Get-CsUserPoolInfo"],
    },
    Text {
        name: "Invoke-CsPoolFailBack",
        synopsis: "Gives a failed-over pool its users back.",
        description: "The pool must be failed over and its Front-End service running again.",
        examples: &[
            ("Invoke-CsPoolFailOver -PoolFqdn dublin-cs-001.litwareinc.com; Invoke-CsPoolFailBack -PoolFqdn dublin-cs-001.litwareinc.com", "Fails the Dublin pool over and back."),
            ("Invoke-CsPoolFailOver -PoolFqdn dublin-cs-001.litwareinc.com; Invoke-CsPoolFailBack -PoolFqdn dublin-cs-001.litwareinc.com -WhatIf", "Shows what failing back would do."),
        ],
        parameters: &[POOL, ("DisasterMode", "Fails back although the backup pool is down; its changes are lost."), WAIT, FORCE, WHAT_IF, CONFIRM],
        related: &["Invoke-CsPoolFailOver"],
    },
    Text {
        name: "Get-CsUserDatabaseState",
        synopsis: "Shows whether each user database is online.",
        description: "-Identity names one (UserDatabase:<sql fqdn>), -RegistrarPool those a pool's user services use; without either, every one.",
        examples: &[
            ("Get-CsUserDatabaseState", "Shows the lab's user database."),
            ("Get-CsUserDatabaseState -RegistrarPool atl-cs-001.litwareinc.com | Where-Object {$_.Online -eq $True}", "Lists atl-cs-001's databases that are online."),
        ],
        parameters: &[("Identity", "The user database: UserDatabase:<sql fqdn>."), ("RegistrarPool", "A Front End pool: its user services' databases.")],
        related: &["Set-CsUserDatabaseState", "Update-CsUserDatabase"],
    },
    Text {
        name: "Set-CsUserDatabaseState",
        synopsis: "Takes a user database offline or brings it back online.",
        description: "While a pool's user database is offline, Update-CsUserDatabase fails for the pool.",
        examples: &[
            ("Set-CsUserDatabaseState -Identity \"UserDatabase:atl-sql-001.litwareinc.com\" -Online $False; (Get-CsUserDatabaseState).Online", "Takes the database offline: False."),
            ("Get-CsUserDatabaseState | Where-Object {$_.Online -eq $False} | ForEach-Object {Set-CsUserDatabaseState -Identity $_.Identity -Online $True}", "Brings every offline database back."),
        ],
        parameters: &[
            ("Identity", "The user database: UserDatabase:<sql fqdn>."),
            ("RegistrarPool", "A Front End pool: its user services' databases."),
            ("Online", "$True brings the database online, $False takes it offline."),
            FORCE,
            WHAT_IF,
            CONFIRM,
        ],
        related: &["Get-CsUserDatabaseState"],
    },
    Text {
        name: "Update-CsUserDatabase",
        synopsis: "Brings a pool's user database up to date with the directory.",
        description: "The database must be online. Without -Fqdn the first Front End pool is meant.",
        examples: &[
            ("Update-CsUserDatabase -Fqdn atl-cs-001.litwareinc.com -Verbose", "Updates atl-cs-001's user database and says so."),
            ("Update-CsUserDatabase", "Updates the first pool's."),
        ],
        parameters: &[("Fqdn", "The Front End pool whose user database to update."), FORCE],
        related: &["Get-CsUserDatabaseState"],
    },
    Text {
        name: "Get-CsPoolFabricState",
        synopsis: "Reports the routing groups of a pool's Front End fabric.",
        description: "A line for the pool (how many of its Front End servers run the Front-End service) and one per kind of routing group (MCUFactory, ConferenceDirectory, Routing, LYSS; -Type picks one): where its primary replica is. The lab's pools have one Front End each, so no group has a secondary; a pool whose Front-End service is stopped has no primary.",
        examples: &[
            ("Get-CsPoolFabricState -PoolFqdn \"atl-cs-001.litwareinc.com\"", "Reports every kind of routing group."),
            ("Get-CsPoolFabricState -PoolFqdn atl-cs-001.litwareinc.com -Type Routing", "Reports the routing groups of users."),
        ],
        parameters: &[
            POOL,
            ("Type", "All (the default), MCUFactory, ConferenceDirectory, Routing or LYSS."),
            ("MinutesToPoll", "How long to poll; the lab answers at once."),
            ("PollInterval", "How often to poll; the lab answers at once."),
            ("QueryTimeout", "How long to wait for an answer; the lab answers at once."),
            ("ReplicaBuildProgress", "Reports how far replicas have been built; the lab's are complete."),
            ("ReplicaBuildProgressTimeout", "How long to wait for replica building; the lab's are complete."),
            FORCE,
            WHAT_IF,
            CONFIRM,
        ],
        related: &["Reset-CsPoolRegistrarState", "Get-CsPoolUpgradeReadinessState"],
    },
    Text {
        name: "Reset-CsPoolRegistrarState",
        synopsis: "Resets the Registrar state of a pool's Front End servers.",
        description: "-ResetType is ServiceReset (the default), QuorumLossRecovery, FullReset or MachineStateRemoved (which needs -MachineFqdn, a computer of the pool). The Front-End service of the pool's computers stops for the reset and starts again, unless -NoReStart leaves it stopped.",
        examples: &[
            ("Reset-CsPoolRegistrarState -PoolFqdn \"atl-cs-001.litwareinc.com\" -ResetType ServiceReset -Confirm:$False", "Resets the pool's services."),
            ("Reset-CsPoolRegistrarState -PoolFqdn atl-cs-001.litwareinc.com -ResetType FullReset -NoReStart -Confirm:$False; Get-CsWindowsService -Name RTCSRV | Select-Object Status", "Resets fully and leaves the Front-End service stopped."),
        ],
        parameters: &[
            POOL,
            ("ResetType", "ServiceReset, QuorumLossRecovery, FullReset or MachineStateRemoved."),
            ("MachineFqdn", "The computer whose state was removed, for MachineStateRemoved."),
            ("NoReStart", "Leaves the Front-End service stopped after the reset."),
            ("ResetLocalDatabases", "Rebuilds the local databases too; the lab's are rebuilt at once."),
            FORCE,
            WHAT_IF,
            CONFIRM,
        ],
        related: &["Get-CsPoolFabricState"],
    },
    Text {
        name: "Get-CsPoolUpgradeReadinessState",
        synopsis: "Shows whether the local pool can take an update now.",
        description: "The local pool is atl-cs-001. PoolUpgradeState is Ready when every Front End server runs its Front-End service, InsufficientActiveFrontEnds otherwise; the object also counts the Front Ends and lists the upgrade domain.",
        examples: &[
            ("Get-CsPoolUpgradeReadinessState", "Shows the local pool's state."),
            ("Stop-CsWindowsService -Name RTCSRV; (Get-CsPoolUpgradeReadinessState).PoolUpgradeState", "InsufficientActiveFrontEnds: the Front End is stopped."),
        ],
        parameters: &[FORCE, WHAT_IF, CONFIRM],
        related: &["Get-CsPoolFabricState"],
    },
    Text {
        name: "Invoke-CsStorageServiceFlush",
        synopsis: "Flushes the storage service of a pool.",
        description: "Every Front End of the pool must run its Front-End service. The lab's storage service holds nothing unflushed, so it reports that nothing was waiting.",
        examples: &[
            ("Invoke-CsStorageServiceFlush -PoolFqdn \"atl-cs-001.litwareinc.com\" -FlushType \"SteadyState\"", "Flushes what changed."),
            ("Invoke-CsStorageServiceFlush -PoolFqdn atl-cs-001.litwareinc.com -FlushType FullFlush", "Flushes everything."),
        ],
        parameters: &[
            POOL,
            ("FlushType", "FullFlush or SteadyStateFlush (SteadyState is accepted too)."),
            ("Binding", "NetNamedPipe or NetTCP; the lab needs neither."),
            ("HostNameStorageService", "The storage service's host, for NetTCP."),
            WAIT,
            FORCE,
        ],
        related: &["Invoke-CsPoolFailOver"],
    },
];
