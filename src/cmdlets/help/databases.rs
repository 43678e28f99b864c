//! Help for the database cmdlets, in lyncsh's own words.

use super::builtin::Text;
use super::shared::{CONFIRM, FORCE, REPORT, WHAT_IF};

const SERVER: (&str, &str) = (
    "SqlServerFqdn",
    "The computer holding the databases, such as atl-sql-001.litwareinc.com.",
);
const INSTANCE: (&str, &str) = (
    "SqlInstanceName",
    "The SQL Server instance; the lab keeps one instance per server (rtc), so it only labels the results.",
);
const TYPE: (&str, &str) = (
    "DatabaseType",
    "One kind of database: CentralMgmt, User, Application, Archiving, Monitoring, PersistentChat, PersistentChatCompliance, Lyss, Registrar, Provision, Edge or CentralAdmin.",
);
const CMS: (&str, &str) = (
    "CentralManagementDatabase",
    "Works on the Central Management store's databases (xds and lis).",
);
const PURGE_TARGET: (&str, &str) = (
    "Identity",
    "The database service: service:<Role>:<fqdn>, <Role>:<fqdn>, or the server's FQDN.",
);

pub const TEXTS: &[Text] = &[
    Text {
        name: "Install-CsDatabase",
        synopsis: "Installs the deployment's databases on a SQL Server or on the local computer.",
        description: "-ConfiguredDatabases installs every database the topology places on -SqlServerFqdn, -CentralManagementDatabase the Central Management store, -DatabaseType one kind, -LocalDatabases the local computer's. A database that is there already stays (with -Verbose each is reported). -Clean and -Update cannot be combined. Paths are accepted as given: the lab keeps no files.",
        examples: &[
            ("Install-CsDatabase -ConfiguredDatabases -SqlServerFqdn atl-sql-001.litwareinc.com -DatabasePaths \"E:\\CSLog\",\"F:\\CSLog\",\"G:\\CSDB\" -Verbose", "Installs (or confirms) every database of the SQL Server."),
            ("Uninstall-CsDatabase -DatabaseType User -SqlServerFqdn atl-sql-001.litwareinc.com -Confirm:$False; Install-CsDatabase -DatabaseType User -SqlServerFqdn atl-sql-001.litwareinc.com", "Removes the user databases and installs them again."),
        ],
        parameters: &[
            ("ConfiguredDatabases", "Installs every database the topology places on the server."),
            CMS,
            TYPE,
            ("LocalDatabases", "Installs the local computer's databases."),
            SERVER,
            INSTANCE,
            ("DatabasePaths", "Folders for the log and data files; accepted as given."),
            ("DatabasePathMap", "Folders per database; accepted as given."),
            ("UseDefaultSqlPaths", "Uses SQL Server's own folders; accepted as given."),
            ("Clean", "Installs afresh; cannot be combined with -Update."),
            ("Update", "Updates databases that are there; cannot be combined with -Clean."),
            ("NoReindex", "Skips reindexing during -Update; nothing to reindex in the lab."),
            ("Backup", "Installs the backup store of the Central Management store; accepted as given."),
            ("Collocated", "Installs beside other databases of the instance; accepted as given."),
            ("ExcludeCollocatedStores", "Leaves out stores collocated with others; accepted as given."),
            ("ForDefaultInstance", "Works on the default instance; the lab has one instance."),
            ("ForInstance", "Works on this instance; the lab has one instance."),
            ("SkipPrepareCheck", "Skips the Active Directory preparation check."),
            ("GlobalCatalog", "The global catalog server to use; the lab has one directory."),
            ("GlobalSettingsDomainController", "The domain controller that holds the global settings; no effect in the lab."),
            REPORT,
            FORCE,
            WHAT_IF,
            CONFIRM,
        ],
        related: &["Test-CsDatabase", "Uninstall-CsDatabase"],
    },
    Text {
        name: "Test-CsDatabase",
        synopsis: "Checks that the deployment's databases are installed at the expected versions.",
        description: "One result per database: server, instance, database name, expected and installed versions, and Succeed. A missing database fails, with the real closing warning. -CentralManagementDatabase without -SqlServerFqdn tests the store where it is installed.",
        examples: &[
            ("Test-CsDatabase -CentralManagementDatabase | Select-Object DatabaseName, Succeed", "Tests the Central Management store."),
            ("Test-CsDatabase -DatabaseType \"Archiving\" -SqlServerFqdn \"atl-sql-001.litwareinc.com\" -SqlInstanceName \"archinst\"", "Tests the archiving database."),
            ("Test-CsDatabase -ConfiguredDatabases -SqlServerFqdn atl-sql-001.litwareinc.com | Where-Object {-not $_.Succeed}", "Lists the SQL Server's missing databases."),
        ],
        parameters: &[CMS, ("ConfiguredDatabases", "Tests every database the topology places on the server."), TYPE, ("LocalService", "Tests the local computer's databases."), SERVER, INSTANCE, REPORT, WHAT_IF, CONFIRM],
        related: &["Install-CsDatabase"],
    },
    Text {
        name: "Uninstall-CsDatabase",
        synopsis: "Removes databases from a SQL Server.",
        description: "-DatabaseType removes every database of that kind on the server, -CentralManagementDatabase the store. Removing one that is not there is an error.",
        examples: &[
            ("Uninstall-CsDatabase -DatabaseType User -SqlServerFqdn atl-sql-001.litwareinc.com -Confirm:$False; (Test-CsDatabase -DatabaseType User -SqlServerFqdn atl-sql-001.litwareinc.com -WarningAction SilentlyContinue).Succeed", "Removes the user databases and tests them: False."),
            ("Uninstall-CsDatabase -CentralManagementDatabase -SqlServerFqdn atl-sql-001.litwareinc.com -WhatIf", "Shows what removing the store would do."),
        ],
        parameters: &[CMS, TYPE, SERVER, INSTANCE, ("Detach", "Detaches the databases instead of deleting them; the lab forgets them either way."), REPORT, FORCE, WHAT_IF, CONFIRM],
        related: &["Install-CsDatabase", "Test-CsDatabase"],
    },
    Text {
        name: "Get-CsDatabaseMirrorState",
        synopsis: "Shows the mirroring state of a pool's databases.",
        description: "One result per database of the pool's back-end servers (those its services name). The lab mirrors no database, so each shows DatabaseInaccessibleOrMirroringNotEnabled.",
        examples: &[
            ("Get-CsDatabaseMirrorState -PoolFqdn \"atl-cs-001.litwareinc.com\" -DatabaseType Monitoring", "Shows the monitoring databases' state."),
            ("Get-CsDatabaseMirrorState -PoolFqdn atl-cs-001.litwareinc.com | Select-Object DatabaseName, StateOnPrimary", "Lists every database of the pool."),
        ],
        parameters: &[("PoolFqdn", "The pool whose databases to show."), TYPE, ("LocalStore", "Reads the local replica of the configuration store; lyncsh has one store, so this changes nothing."), REPORT],
        related: &["Test-CsDatabase"],
    },
    Text {
        name: "Invoke-CsArchivingDatabasePurge",
        synopsis: "Deletes old records from an archiving database.",
        description: "The database service must be an installed archiving database. The lab archives no conversations, so the statistics report none deleted.",
        examples: &[
            ("Invoke-CsArchivingDatabasePurge -Identity \"service:ArchivingDatabase:atl-sql-001.litwareinc.com\" -PurgeArchivingDataOlderThanHours 24 -PurgeExportedArchivesOnly $False -Confirm:$False", "Purges archived records older than a day."),
            ("Get-CsService -ArchivingDatabase | ForEach-Object {Invoke-CsArchivingDatabasePurge -Identity $_.Identity -PurgeArchivingDataOlderThanHours 24 -PurgeExportedArchivesOnly $True -Confirm:$False}", "Purges every archiving database."),
        ],
        parameters: &[
            PURGE_TARGET,
            ("SqlServerFqdn", "The server holding the database, in place of -Identity."),
            INSTANCE,
            ("PurgeArchivingDataOlderThanHours", "Deletes records older than this many hours."),
            ("PurgeExportedArchivesOnly", "$True deletes only records already exported."),
            ("MaxArchivingRecordsToDelete", "The most records to delete."),
            FORCE,
            WHAT_IF,
            CONFIRM,
        ],
        related: &["Invoke-CsCdrDatabasePurge", "Invoke-CsQoEDatabasePurge"],
    },
    Text {
        name: "Invoke-CsCdrDatabasePurge",
        synopsis: "Deletes old call detail and diagnostic records from a monitoring database.",
        description: "The database service must be an installed monitoring database. The lab records no calls, so the statistics report none deleted.",
        examples: &[
            ("Invoke-CsCdrDatabasePurge -Identity \"service:MonitoringDatabase:atl-sql-001.litwareinc.com\" -PurgeCallDetailDataOlderThanDays 10 -PurgeDiagnosticDataOlderThanDays 10 -Confirm:$False", "Purges records older than ten days."),
            ("Get-CsService -MonitoringDatabase | ForEach-Object {Invoke-CsCdrDatabasePurge -Identity $_.Identity -PurgeCallDetailDataOlderThanDays 30 -PurgeDiagnosticDataOlderThanDays 30 -Confirm:$False}", "Purges every monitoring database."),
        ],
        parameters: &[
            PURGE_TARGET,
            ("SqlServerFqdn", "The server holding the database, in place of -Identity."),
            INSTANCE,
            ("PurgeCallDetailDataOlderThanDays", "Deletes call detail records older than this many days."),
            ("PurgeDiagnosticDataOlderThanDays", "Deletes diagnostic records older than this many days."),
            FORCE,
            WHAT_IF,
            CONFIRM,
        ],
        related: &["Invoke-CsQoEDatabasePurge", "Invoke-CsArchivingDatabasePurge"],
    },
    Text {
        name: "Invoke-CsQoEDatabasePurge",
        synopsis: "Deletes old quality-of-experience records from a monitoring database.",
        description: "The database service must be an installed monitoring database; it may come down the pipeline from Get-CsService. The lab records no calls, so the statistics report none deleted.",
        examples: &[
            ("Invoke-CsQoEDatabasePurge -Identity \"service:MonitoringDatabase:atl-sql-001.litwareinc.com\" -PurgeQoEDataOlderThanDays 10 -Confirm:$False", "Purges QoE records older than ten days."),
            ("Get-CsService -MonitoringDatabase | Invoke-CsQoEDatabasePurge -PurgeQoEDataOlderThanDays 10 -Confirm:$False", "Purges every monitoring database."),
        ],
        parameters: &[
            PURGE_TARGET,
            ("SqlServerFqdn", "The server holding the database, in place of -Identity."),
            INSTANCE,
            ("PurgeQoEDataOlderThanDays", "Deletes records older than this many days."),
            FORCE,
            WHAT_IF,
            CONFIRM,
        ],
        related: &["Invoke-CsCdrDatabasePurge"],
    },
];
