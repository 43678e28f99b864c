//! Help for the deployment cmdlets of the last part of the catalog: Kerberos accounts, watcher
//! nodes, database mirrors, the Central Management Server, topology publication, the Address
//! Book, replication checks, the unified contact store, device update packages, moving the
//! Response Group, the archiving and licensing reports, and the cmdlets of later versions, in
//! lyncsh's own words.

use super::builtin::Text;
use super::shared::{
    CATALOG, CONFIRM, DOMAIN_CONTROLLER, FORCE, LOCAL_STORE, OUT_LOGGER_VARIABLE,
    OUT_VERBOSE_VARIABLE, REPORT, SETTINGS_DC, WHAT_IF,
};

const DATABASE_TYPE: (&str, &str) = (
    "DatabaseType",
    "One kind of database: CentralMgmt, User, Application, Archiving, Monitoring, PersistentChat, PersistentChatCompliance, Lyss, Registrar, Provision, Edge or CentralAdmin.",
);
const SQL_SERVER: (&str, &str) = (
    "SqlServerFqdn",
    "The SQL Server that holds the primary databases, such as atl-sql-001.litwareinc.com.",
);
const SQL_INSTANCE: (&str, &str) = (
    "SqlInstanceName",
    "The SQL Server instance; the lab keeps one instance per server (rtc), so it only labels the run.",
);
const DROP_EXISTING: (&str, &str) = (
    "DropExistingDatabasesOnMirror",
    "Replaces mirror copies that exist already; the lab keeps no copies apart from the mirror state.",
);
const EXCLUDE_LIST: (&str, &str) = (
    "ExcludeDatabaseList",
    "Names of databases (such as rtcab or LcsLog) to leave out; a type whose databases are all left out is not touched.",
);
const NO_PARAMETERS: &[(&str, &str)] = &[];

pub const TEXTS: &[Text] = &[
    Text {
        name: "New-CsKerberosAccount",
        synopsis: "Creates the computer account that a site's web servers share for Kerberos authentication.",
        description: "The account goes into the lab's Active Directory (litwareinc) with a first password; a name that exists already is an error. Assign it to a site with New-CsKerberosAccountAssignment, then give its password to the site's web servers with Set-CsKerberosAccountPassword.",
        examples: &[
            ("New-CsKerberosAccount -UserAccount \"litwareinc\\kerbdublin\" -ContainerDN \"cn=Computers,dc=litwareinc,dc=com\"", "Creates the account in the Computers container."),
            ("New-CsKerberosAccount -UserAccount litwareinc\\kerbweb -Verbose", "Creates it in the default container and says so."),
        ],
        parameters: &[
            ("ContainerDN", "The container or OU to create the account in; the default is CN=Computers of litwareinc.com."),
            FORCE,
            REPORT,
            ("UserAccount", "The account, as domain\\name; the domain must be litwareinc."),
            CONFIRM,
            WHAT_IF,
        ],
        related: &["Set-CsKerberosAccountPassword", "Test-CsKerberosAccountAssignment", "New-CsKerberosAccountAssignment"],
    },
    Text {
        name: "Set-CsKerberosAccountPassword",
        synopsis: "Gives a Kerberos account a new password and sets it on the web servers that use it.",
        description: "With -UserAccount, the account's password changes and every web server of the sites assigned the account takes the new one. With -FromComputer and -ToComputer, the second computer takes the account and password the first holds. A computer whose password is not the account's fails Test-CsKerberosAccountAssignment.",
        examples: &[
            ("Set-CsKerberosAccountPassword -UserAccount \"litwareinc\\KerberosAccount\" -Verbose", "Renews the Redmond site's account on its web servers."),
            ("Set-CsKerberosAccountPassword -FromComputer atl-cs-001.litwareinc.com -ToComputer redmond.litwareinc.com", "Copies atl-cs-001's setting to redmond."),
        ],
        parameters: &[
            FORCE,
            ("FromComputer", "The computer whose account and password are copied."),
            REPORT,
            ("ToComputer", "The computer that takes them."),
            ("UserAccount", "The account whose password changes, as domain\\name."),
            CONFIRM,
            WHAT_IF,
        ],
        related: &["New-CsKerberosAccount", "Test-CsKerberosAccountAssignment"],
    },
    Text {
        name: "Test-CsKerberosAccountAssignment",
        synopsis: "Checks that a site's Kerberos account exists and that its web servers hold its current password.",
        description: "Returns nothing when all is well; each web server of the site whose setting is not the account's current one is an InvalidKerberosConfiguration error. -Verbose and -Report show every check.",
        examples: &[
            ("Test-CsKerberosAccountAssignment -Identity site:Redmond -Verbose", "Checks the Redmond site."),
            ("Test-CsKerberosAccountAssignment -Identity site:Redmond -Report kerberos.html", "Writes the checks to an HTML file."),
        ],
        parameters: &[
            ("Identity", "The site whose assignment is tested, such as site:Redmond."),
            REPORT,
        ],
        related: &["Get-CsKerberosAccountAssignment", "Set-CsKerberosAccountPassword"],
    },
    Text {
        name: "Test-CsWatcherNodeConfiguration",
        synopsis: "Checks each watcher node configuration: its pool, port and test users.",
        description: "For each watcher node configuration, a line per check: the pool exists and has the Registrar role, the port is the Registrar's, and the credentials of every test user are stored (Set-CsTestUserCredential). A Registrar pool that no watcher node tests is a warning; a failed check is an error. The shell's computer is taken to be a watcher node whose installation is complete.",
        examples: &[
            ("try { Test-CsWatcherNodeConfiguration -ErrorAction Stop } catch { $_.Exception.Message }", "Runs the checks and shows the first failure: Pilar's credential is not stored."),
            ("Set-CsTestUserCredential -SipAddress sip:pilar@litwareinc.com -UserName litwareinc\\pilar -Password pass; Test-CsWatcherNodeConfiguration -FileName watcher.log", "Stores the missing credential, then checks again and logs the run."),
        ],
        parameters: &[
            ("FileName", "A file, in the files folder, to which the lines of the run are written."),
            ("ReadCredentialsFromCurrentUserStore", "Accepted; the lab keeps one credential store."),
        ],
        related: &["Get-CsWatcherNodeConfiguration", "Set-CsTestUserCredential"],
    },
    Text {
        name: "Install-CsMirrorDatabase",
        synopsis: "Mirrors the databases of a SQL Server, so that they can fail over.",
        description: "With -ConfiguredDatabases, every type the topology places on the server is mirrored; with -DatabaseType, one. Each must be installed there. Get-CsDatabaseMirrorState then shows the primary as Principal, and Invoke-CsDatabaseFailover can make the mirror the principal.",
        examples: &[
            ("Install-CsMirrorDatabase -ConfiguredDatabases -FileShare \\\\atl-fs-001\\DbBackup -SqlServerFqdn atl-sql-001.litwareinc.com -Verbose", "Mirrors every database of atl-sql-001."),
            ("Install-CsMirrorDatabase -DatabaseType User -FileShare \\\\atl-fs-001\\DbBackup -SqlServerFqdn atl-sql-001.litwareinc.com; Get-CsDatabaseMirrorState -PoolFqdn atl-cs-001.litwareinc.com -DatabaseType User", "Mirrors the user databases and shows their state."),
        ],
        parameters: &[
            ("ConfiguredDatabases", "Mirrors every database type the topology places on the server."),
            ("DatabasePathMap", "Accepted; the lab keeps no database files."),
            DATABASE_TYPE,
            DROP_EXISTING,
            EXCLUDE_LIST,
            ("FileShare", "The share the backups travel through, as a UNC path (\\\\server\\share)."),
            ("ForDefaultInstance", "Accepted; the lab keeps one instance per server."),
            ("ForInstance", "Accepted; the lab keeps one instance per server."),
            REPORT,
            SQL_INSTANCE,
            SQL_SERVER,
            CONFIRM,
            WHAT_IF,
        ],
        related: &["Uninstall-CsMirrorDatabase", "Invoke-CsDatabaseFailover", "Get-CsDatabaseMirrorState"],
    },
    Text {
        name: "Uninstall-CsMirrorDatabase",
        synopsis: "Removes the mirror of one database type of a SQL Server.",
        description: "The type must be mirrored; afterwards Get-CsDatabaseMirrorState reports it as not mirrored.",
        examples: &[
            ("Install-CsMirrorDatabase -DatabaseType User -FileShare \\\\atl-fs-001\\DbBackup -SqlServerFqdn atl-sql-001.litwareinc.com; Uninstall-CsMirrorDatabase -SqlServerFqdn atl-sql-001.litwareinc.com -DatabaseType User -DropExistingDatabasesOnMirror", "Mirrors the user databases, then removes the mirror."),
            ("Install-CsMirrorDatabase -DatabaseType Archiving -FileShare \\\\atl-fs-001\\DbBackup -SqlServerFqdn atl-sql-001.litwareinc.com; Uninstall-CsMirrorDatabase -SqlServerFqdn atl-sql-001.litwareinc.com -SqlInstanceName rtc -DatabaseType Archiving -Verbose", "The same for the archiving database."),
        ],
        parameters: &[DATABASE_TYPE, DROP_EXISTING, REPORT, SQL_INSTANCE, SQL_SERVER, CONFIRM, WHAT_IF],
        related: &["Install-CsMirrorDatabase", "Get-CsDatabaseMirrorState"],
    },
    Text {
        name: "Invoke-CsDatabaseFailover",
        synopsis: "Makes the mirror, or the primary again, the principal of a pool's databases of one type.",
        description: "The pool's back-end databases of the type must be mirrored (Install-CsMirrorDatabase); failing over to the side that is the principal already is an error. Get-CsDatabaseMirrorState shows which side is the principal.",
        examples: &[
            ("Install-CsMirrorDatabase -DatabaseType User -FileShare \\\\atl-fs-001\\DbBackup -SqlServerFqdn atl-sql-001.litwareinc.com; Invoke-CsDatabaseFailover -PoolFqdn atl-cs-001.litwareinc.com -DatabaseType User -NewPrincipal Mirror -Verbose", "Mirrors the user databases and fails them over."),
            ("Install-CsMirrorDatabase -DatabaseType User -FileShare \\\\atl-fs-001\\DbBackup -SqlServerFqdn atl-sql-001.litwareinc.com; Invoke-CsDatabaseFailover -PoolFqdn atl-cs-001.litwareinc.com -DatabaseType User -NewPrincipal Mirror; Invoke-CsDatabaseFailover -PoolFqdn atl-cs-001.litwareinc.com -DatabaseType User -NewPrincipal Primary", "Fails over and back."),
        ],
        parameters: &[
            DATABASE_TYPE,
            EXCLUDE_LIST,
            FORCE,
            LOCAL_STORE,
            ("NewPrincipal", "Mirror or Primary: the side that becomes the principal."),
            ("PoolFqdn", "The pool whose back-end databases fail over."),
            REPORT,
            CONFIRM,
            WHAT_IF,
        ],
        related: &["Get-CsDatabaseMirrorState", "Install-CsMirrorDatabase"],
    },
    Text {
        name: "Export-CsArchivingData",
        synopsis: "Exports the archived IM and conference sessions of a period to a folder.",
        description: "The archiving database is named by -Identity (or -DBInstance, server\\instance) and must be installed. The lab's archiving database holds no sessions, so nothing is written; -Verbose says what was exported.",
        examples: &[
            ("Export-CsArchivingData -Identity ArchivingDatabase:atl-sql-001.litwareinc.com -StartDate 6/1/2018 -OutputFolder C:\\ArchivingExports -Verbose", "Exports the sessions since June 1, 2018."),
            ("Export-CsArchivingData -DBInstance atl-sql-001\\rtc -StartDate 6/1/2018 -EndDate 6/30/2018 -OutputFolder C:\\ArchivingExports -UserUri kenmyer@litwareinc.com", "Exports one user's sessions of June 2018."),
        ],
        parameters: &[
            ("DBInstance", "The archiving database as server\\instance."),
            ("EndDate", "The end of the period; the default is now."),
            ("ExcludeWebConfArchive", "Leaves the conference sessions out."),
            FORCE,
            ("Identity", "The archiving database service: ArchivingDatabase:<fqdn> or the server's FQDN."),
            ("IncludeTrustedApplication", "Includes the sessions of trusted applications."),
            ("OutputFolder", "The folder the exported sessions go to."),
            ("Purge", "Deletes the exported sessions from the database."),
            ("StartDate", "The start of the period."),
            ("UserUri", "Exports only this user's sessions."),
            CONFIRM,
            WHAT_IF,
        ],
        related: &["Invoke-CsArchivingDatabasePurge", "Get-CsArchivingConfiguration"],
    },
    Text {
        name: "Get-CsClientAccessLicense",
        synopsis: "Reports client access license usage from the monitoring database, or lists the license names.",
        description: "-License lists the license names (Standard, Enterprise, Plus). Otherwise the monitoring database (server or server\\instance) must be installed, the license name and kind valid, and the end date after the start date; the usage is counted from the registrations the database recorded, and the lab's holds none, so nothing is returned.",
        examples: &[
            ("Get-CsClientAccessLicense -License", "Lists the license names."),
            ("Get-CsClientAccessLicense -MonitoringDatabase atl-sql-001\\rtc -LicenseName Standard -LicenseBasedType UserBased -StartDate 6/1/2018 -Verbose", "Reports the Standard license usage since June 1, 2018."),
        ],
        parameters: &[
            ("DailyUsage", "Reports each day instead of the whole period."),
            ("EndDate", "The end of the period; it must be after the start."),
            ("License", "Lists the license names instead."),
            ("LicenseBasedType", "UserBased or DeviceBased."),
            ("LicenseName", "Standard, Enterprise or Plus."),
            ("MonitoringDatabase", "The monitoring database, as server or server\\instance."),
            ("StartDate", "The start of the period."),
        ],
        related: &["Invoke-CsCdrDatabasePurge"],
    },
    Text {
        name: "Move-CsManagementServer",
        synopsis: "Moves the Central Management Server to another Front End pool.",
        description: "The server moves to the local pool (atl-cs-001), or to the Front End pool of -TargetFqdn, whose Front-End services must run; the Master Replicator Agent moves with it, and the computers to run local setup on are listed. -ConfigurationFileName and -LisConfigurationFileName restore the configuration from files lyncsh exported (Export-CsConfiguration, Export-CsLisConfiguration). Every replica is out of date afterwards.",
        examples: &[
            ("Move-CsManagementServer -TargetFqdn dublin-cs-001.litwareinc.com -Verbose", "Moves the Central Management Server to the Dublin pool."),
            ("Move-CsManagementServer -TargetFqdn redmond.litwareinc.com; Get-CsManagementStoreReplicationStatus -CentralManagementStoreStatus | Select-Object ActiveMasterFqdn", "Moves it and shows the new master."),
        ],
        parameters: &[
            ("ConfigurationFileName", "A configuration exported by lyncsh (Export-CsConfiguration) to restore."),
            FORCE,
            ("LisConfigurationFileName", "A LIS configuration exported by lyncsh (Export-CsLisConfiguration) to restore."),
            REPORT,
            ("TargetFqdn", "The Front End pool to move to; the local pool without it."),
            CONFIRM,
            WHAT_IF,
        ],
        related: &["Invoke-CsManagementServerFailover", "Get-CsManagementStoreReplicationStatus"],
    },
    Text {
        name: "Invoke-CsManagementServerFailover",
        synopsis: "Fails the Central Management store over to its mirror, or to a backup SQL Server.",
        description: "Without parameters the store's mirror becomes the principal (it must be mirrored: Install-CsMirrorDatabase -DatabaseType CentralMgmt); -Restore makes the primary the principal again. In disaster recovery, -BackupSqlServerFqdn with -Force moves the store to that server.",
        examples: &[
            ("Install-CsMirrorDatabase -DatabaseType CentralMgmt -FileShare \\\\atl-fs-001\\DbBackup -SqlServerFqdn atl-sql-001.litwareinc.com; Invoke-CsManagementServerFailover -Verbose", "Mirrors the store and fails it over."),
            ("Invoke-CsManagementServerFailover -BackupSqlServerFqdn dublin-cs-001.litwareinc.com -BackupSqlInstanceName rtc -Force -Verbose", "Moves the store to another server in disaster recovery."),
        ],
        parameters: &[
            ("BackupMirrorSqlInstanceName", "The instance of the backup server's mirror; it only labels the run."),
            ("BackupMirrorSqlServerFqdn", "The backup server's mirror; accepted, the lab mirrors with Install-CsMirrorDatabase."),
            ("BackupSqlInstanceName", "The instance of the backup server; it only labels the run."),
            ("BackupSqlServerFqdn", "The computer the store moves to in disaster recovery."),
            ("Force", "Needed with -BackupSqlServerFqdn; otherwise makes the change without asking."),
            REPORT,
            ("Restore", "Makes the primary database the principal again."),
            CONFIRM,
            WHAT_IF,
        ],
        related: &["Move-CsManagementServer", "Install-CsMirrorDatabase"],
    },
    Text {
        name: "Publish-CsTopology",
        synopsis: "Publishes a topology document: its sites, pools and services become the deployment's.",
        description: "The document is the topology of a configuration exported by lyncsh (Export-CsConfiguration); the .tbxml files of Topology Builder cannot be read, nor -Document objects. -BackupFileName exports the current configuration first. Every replica is out of date until Invoke-CsManagementStoreReplication; certificates, services' states and other operational state stay as they are. -FinalizeUninstall finds no role waiting to be removed.",
        examples: &[
            ("Export-CsConfiguration -FileName topology.zip; Publish-CsTopology -FileName topology.zip -Verbose", "Publishes the topology as it is."),
            ("Export-CsConfiguration -FileName draft.zip; Publish-CsTopology draft.zip -BackupFileName before.zip; Publish-CsTopology -FinalizeUninstall", "Publishes a document after saving the current one."),
        ],
        parameters: &[
            ("BackupFileName", "A file to which the current configuration is exported before publishing."),
            ("Document", "Not read by lyncsh: publish from a file with -FileName."),
            ("FileName", "The topology document: a configuration exported by lyncsh."),
            ("FinalizeUninstall", "Finishes removing the roles taken out of the topology."),
            FORCE,
            CATALOG,
            SETTINGS_DC,
            REPORT,
            CONFIRM,
            WHAT_IF,
        ],
        related: &["Enable-CsTopology", "Export-CsConfiguration", "Invoke-CsManagementStoreReplication"],
    },
    Text {
        name: "Update-CsAddressBook",
        synopsis: "Synchronizes the Address Book of one Front End pool, or of all of them, with the user database now.",
        description: "The lab's Address Book follows the directory as it is, so the update only checks the pool; -Verbose says how many entries it indexed.",
        examples: &[
            ("Update-CsAddressBook -Verbose", "Updates every pool's Address Book."),
            ("Update-CsAddressBook -Fqdn atl-cs-001.litwareinc.com", "Updates atl-cs-001's."),
        ],
        parameters: &[
            FORCE,
            ("Fqdn", "The Front End pool, or one of its computers; every pool without it."),
        ],
        related: &["Debug-CsAddressBookReplication", "Get-CsAddressBookConfiguration"],
    },
    Text {
        name: "Debug-CsAddressBookReplication",
        synopsis: "Reports how a pool's Address Book stands: its owner, backup, heartbeats and entries.",
        description: "The pool is -PoolFqdn, else the local pool. ReplicationState is NotTested unless -VerifyReplication tests the user of -User (Success while the owner's Front-End service runs); -VerifyNormalization counts the users whose phone number is not E.164 once spaces and punctuation are taken out. The real output labels the properties with spaces (Pool Fqdn); lyncsh prints the property names.",
        examples: &[
            ("Debug-CsAddressBookReplication", "Reports on the local pool."),
            ("Debug-CsAddressBookReplication -User sip:kenmyer@litwareinc.com -VerifyReplication | Select-Object PoolFqdn, ReplicationState", "Tests the replication of Ken Myer's entry."),
        ],
        parameters: &[
            DOMAIN_CONTROLLER,
            FORCE,
            OUT_LOGGER_VARIABLE,
            OUT_VERBOSE_VARIABLE,
            ("PoolFqdn", "The Front End pool to report on."),
            ("User", "A user whose entry is checked, by SIP address, email address or account name."),
            ("VerifyNormalization", "Checks that every phone number normalizes."),
            ("VerifyReplication", "Tests that a change of the user of -User replicates."),
        ],
        related: &["Update-CsAddressBook"],
    },
    Text {
        name: "Debug-CsIntraPoolReplication",
        synopsis: "Compares a user's data, or a conference directory's, across the Front Ends of its pool.",
        description: "One object per computer of the pool: the copy it holds (Primary or Secondary) and InSync, which is False where the Front-End service (RTCSRV) is stopped. Users can come down the pipeline.",
        examples: &[
            ("Debug-CsIntraPoolReplication -UserUri sip:kenmyer@litwareinc.com", "Checks Ken Myer's data."),
            ("Debug-CsIntraPoolReplication -ConferenceDirectory 3 | Format-Table Fqdn, Copy, InSync", "Checks conference directory 3."),
        ],
        parameters: &[
            ("ConferenceDirectory", "The conference directory, by its number."),
            FORCE,
            ("UserUri", "The user, by SIP address, user principal name, account or display name."),
        ],
        related: &["Get-CsConferenceDirectory", "Debug-CsInterPoolReplication"],
    },
    Text {
        name: "Invoke-CsUcsRollback",
        synopsis: "Brings users' contacts back from the Exchange unified contact store to Lync Server.",
        description: "The lab has no Exchange server, so no user's contacts ever moved there: each user is checked, -Verbose says that the contacts are in Lync already, and -PassThru passes the user on.",
        examples: &[
            ("Invoke-CsUcsRollback -Identity \"Ken Myer\" -Confirm:$False -Verbose", "Rolls back Ken Myer's contacts."),
            ("Get-CsUser -Filter {RegistrarPool -eq \"atl-cs-001.litwareinc.com\"} | Invoke-CsUcsRollback -Confirm:$False", "Rolls back every user of atl-cs-001."),
        ],
        parameters: &[
            DOMAIN_CONTROLLER,
            FORCE,
            ("Identity", "The user, by SIP address, user principal name, account or display name."),
            ("PassThru", "Passes the user on down the pipeline."),
            CONFIRM,
            WHAT_IF,
        ],
        related: &["Test-CsUnifiedContactStore", "Get-CsUserServicesPolicy"],
    },
    Text {
        name: "Import-CsDeviceUpdate",
        synopsis: "Imports device updates into a Web Services service: each becomes a pending version of a device update rule.",
        description: "lyncsh cannot read the .cab packages of a real server; it reads its own package, a CSV file with the columns DeviceType, Brand, Model, Revision, Locale, UpdateType and Version. Each row makes its version the pending one of the rule for that device, a new rule when the service has none. Approve-CsDeviceUpdateRule then approves it.",
        examples: &[
            ("'DeviceType,Brand,Model,Revision,Locale,UpdateType,Version', 'UCPhone,Polycom,CX600,Rev1,ENU,Firmware,4.0.7577.4401' | Set-Content updates.csv; Import-CsDeviceUpdate -Identity service:WebServer:atl-cs-001.litwareinc.com -FileName updates.csv -Verbose", "Writes a package and imports it."),
            ("'DeviceType,Brand,Model,Revision,Locale,UpdateType,Version', 'UCPhone,HP,4120,Rev1,ENU,Firmware,4.0.7577.4402' | Set-Content hp.csv; Import-CsDeviceUpdate service:WebServer:atl-cs-001.litwareinc.com -FileName hp.csv; Get-CsDeviceUpdateRule | Where-Object {$_.Brand -eq 'HP'} | Select-Object Model, PendingVersion", "Imports an update and shows the pending version."),
        ],
        parameters: &[
            ("FileName", "The package: a CSV file in lyncsh's format."),
            FORCE,
            ("Identity", "The Web Services service: service:WebServer:<pool fqdn>."),
            CONFIRM,
            WHAT_IF,
        ],
        related: &["Get-CsDeviceUpdateRule", "Approve-CsDeviceUpdateRule"],
    },
    Text {
        name: "Export-CsRgsConfiguration",
        synopsis: "Exports the Response Group configuration of an Application service to a file.",
        description: "The agent groups, queues, hours of business, holiday sets and workflows of the service, and its service settings, go to the file in lyncsh's own format (not the .zip of a real server); an existing file is an error. -Owner exports only what that pool owns; -RemoveExportedConfiguration then removes the exported objects from the service.",
        examples: &[
            ("Export-CsRgsConfiguration -Source ApplicationServer:atl-cs-001.litwareinc.com -FileName rgs-export.zip -Verbose", "Exports atl-cs-001's Response Group configuration."),
            ("Export-CsRgsConfiguration -Source service:ApplicationServer:atl-cs-001.litwareinc.com -FileName rgs-owned.zip -Owner atl-cs-001.litwareinc.com", "Exports what atl-cs-001 owns."),
        ],
        parameters: &[
            ("FileName", "The file to write; it must not exist."),
            FORCE,
            ("Owner", "Exports only the objects this pool owns."),
            ("RemoveExportedConfiguration", "Removes the exported objects from the service afterwards."),
            ("Source", "The Application service: ApplicationServer:<pool fqdn>."),
        ],
        related: &["Import-CsRgsConfiguration", "Get-CsRgsWorkflow"],
    },
    Text {
        name: "Import-CsRgsConfiguration",
        synopsis: "Imports a Response Group configuration exported by lyncsh into an Application service.",
        description: "Identities and the references between the objects follow the destination. An object whose name the destination uses already is an error unless -ResolveNameConflicts renames it (Help Desk (2)). The objects keep their owner pool unless -OverwriteOwner makes the destination their owner; Get lists the objects another pool owns only with -ShowAll. -ReplaceExistingRgsSettings takes the service settings too.",
        examples: &[
            ("Export-CsRgsConfiguration -Source ApplicationServer:atl-cs-001.litwareinc.com -FileName rgs-move.zip; Import-CsRgsConfiguration -FileName rgs-move.zip -Destination ApplicationServer:redmond.litwareinc.com -OverwriteOwner -Verbose", "Copies atl-cs-001's configuration to redmond."),
            ("Export-CsRgsConfiguration -Source ApplicationServer:atl-cs-001.litwareinc.com -FileName rgs-twice.zip; Import-CsRgsConfiguration -FileName rgs-twice.zip -Destination ApplicationServer:atl-cs-001.litwareinc.com -ResolveNameConflicts; (Get-CsRgsQueue).Name", "Imports a copy next to the originals, renamed."),
        ],
        parameters: &[
            ("Destination", "The Application service to import into: ApplicationServer:<pool fqdn>."),
            ("FileName", "A file Export-CsRgsConfiguration wrote."),
            FORCE,
            ("OverwriteOwner", "Makes the destination pool the owner of the imported objects."),
            ("ReplaceExistingRgsSettings", "Replaces the destination's service settings with the exported ones."),
            ("ResolveNameConflicts", "Renames an object whose name the destination uses."),
        ],
        related: &["Export-CsRgsConfiguration"],
    },
    Text {
        name: "Move-CsRgsConfiguration",
        synopsis: "Would migrate the Response Group from a Lync Server 2010 or Office Communications Server 2007 R2 pool; the lab has none, so it says so.",
        description: "Every call is a terminating error: a Lync Server 2013 pool moves its configuration with Export-CsRgsConfiguration and Import-CsRgsConfiguration.",
        examples: &[
            ("try { Move-CsRgsConfiguration -Source atl-ocsrgs-001.litwareinc.com -Destination atl-cs-001.litwareinc.com } catch { $_.Exception.Message }", "Shows why there is nothing to migrate."),
            ("try { Move-CsRgsConfiguration atl-cs-001.litwareinc.com redmond.litwareinc.com -Force } catch { 'use Export and Import' }", "Between two Lync Server 2013 pools, caught."),
        ],
        parameters: &[
            ("Destination", "The Lync Server 2013 pool to migrate to."),
            FORCE,
            ("Source", "The legacy pool to migrate from."),
        ],
        related: &["Export-CsRgsConfiguration", "Import-CsRgsConfiguration"],
    },
    Text {
        name: "Copy-CsVoicePolicy",
        synopsis: "Would copy a voice policy of a Lync Online tenant; the lab is on premises, so it says so.",
        description: "Every call is an error naming the tenant: the lab has none. New-CsVoicePolicy and Grant-CsVoicePolicy manage the lab's voice policies.",
        examples: &[
            ("try { Copy-CsVoicePolicy -PolicyName Copy -Tenant 38aad667-af54-4397-aaa7-e94c79ec2308 -ErrorAction Stop } catch { $_.Exception.Message }", "Shows why there is nothing to copy."),
            ("try { Copy-CsVoicePolicy -Identity Global -PolicyName Copy -Tenant 38aad667-af54-4397-aaa7-e94c79ec2308 } catch { 'no tenant' }; (Get-CsVoicePolicy).Count", "The lab's voice policies stay as they are."),
        ],
        parameters: &[
            FORCE,
            ("Identity", "The policy to copy."),
            LOCAL_STORE,
            ("PolicyName", "The name of the copy."),
            ("Tenant", "The Lync Online tenant, by its GUID."),
        ],
        related: &["New-CsVoicePolicy", "Grant-CsVoicePolicy"],
    },
    Text {
        name: "Get-CsSlaConfiguration",
        synopsis: "Shared Line Appearance came with Skype for Business Server 2015: here it says so.",
        description: "The Lync Server 2013 module lists the cmdlet, but its parameters belong to Skype for Business Server 2015, and a Lync Server 2013 deployment has no shared line groups. Every call is an error that says so; nothing changes.",
        examples: &[
            ("try { Get-CsSlaConfiguration -ErrorAction Stop } catch { $_.Exception.Message }", "Shows why."),
            ("try { Get-CsSlaConfiguration } catch { 'no shared lines in Lync Server 2013' }", "A script that catches it and goes on."),
        ],
        parameters: NO_PARAMETERS,
        related: &["Set-CsSlaConfiguration", "Remove-CsSlaConfiguration", "Remove-CsSlaDelegates"],
    },
    Text {
        name: "Set-CsSlaConfiguration",
        synopsis: "Shared Line Appearance came with Skype for Business Server 2015: here it says so.",
        description: "The Lync Server 2013 module lists the cmdlet, but its parameters belong to Skype for Business Server 2015, and a Lync Server 2013 deployment has no shared line groups. Every call is an error that says so; nothing changes.",
        examples: &[
            ("try { Set-CsSlaConfiguration -ErrorAction Stop } catch { $_.Exception.Message }", "Shows why."),
            ("try { Set-CsSlaConfiguration } catch { 'no shared lines in Lync Server 2013' }", "A script that catches it and goes on."),
        ],
        parameters: NO_PARAMETERS,
        related: &["Get-CsSlaConfiguration"],
    },
    Text {
        name: "Remove-CsSlaConfiguration",
        synopsis: "Shared Line Appearance came with Skype for Business Server 2015: here it says so.",
        description: "The Lync Server 2013 module lists the cmdlet, but its parameters belong to Skype for Business Server 2015, and a Lync Server 2013 deployment has no shared line groups. Every call is an error that says so; nothing changes.",
        examples: &[
            ("try { Remove-CsSlaConfiguration -ErrorAction Stop } catch { $_.Exception.Message }", "Shows why."),
            ("try { Remove-CsSlaConfiguration } catch { 'no shared lines in Lync Server 2013' }", "A script that catches it and goes on."),
        ],
        parameters: NO_PARAMETERS,
        related: &["Get-CsSlaConfiguration"],
    },
    Text {
        name: "Remove-CsSlaDelegates",
        synopsis: "Shared Line Appearance came with Skype for Business Server 2015: here it says so.",
        description: "The Lync Server 2013 module lists the cmdlet, but its parameters belong to Skype for Business Server 2015, and a Lync Server 2013 deployment has no shared line groups or delegates. Every call is an error that says so; nothing changes.",
        examples: &[
            ("try { Remove-CsSlaDelegates -ErrorAction Stop } catch { $_.Exception.Message }", "Shows why."),
            ("try { Remove-CsSlaDelegates } catch { 'no shared lines in Lync Server 2013' }", "A script that catches it and goes on."),
        ],
        parameters: NO_PARAMETERS,
        related: &["Get-CsSlaConfiguration"],
    },
    Text {
        name: "New-CsPlatformServiceSettings",
        synopsis: "The platform service settings came with Skype for Business Server 2015: here it says so.",
        description: "The Lync Server 2013 module lists the cmdlet, but its parameters belong to a cumulative update of Skype for Business Server 2015, whose Mac client features a Lync Server 2013 deployment does not have. Every call is an error that says so; nothing changes.",
        examples: &[
            ("try { New-CsPlatformServiceSettings -ErrorAction Stop } catch { $_.Exception.Message }", "Shows why."),
            ("try { New-CsPlatformServiceSettings } catch { 'not in Lync Server 2013' }", "A script that catches it and goes on."),
        ],
        parameters: NO_PARAMETERS,
        related: &["Set-CsPlatformServiceSettings", "Remove-CsPlatformServiceSettings"],
    },
    Text {
        name: "Set-CsPlatformServiceSettings",
        synopsis: "The platform service settings came with Skype for Business Server 2015: here it says so.",
        description: "The Lync Server 2013 module lists the cmdlet, but its parameters belong to a cumulative update of Skype for Business Server 2015, whose Mac client features a Lync Server 2013 deployment does not have. Every call is an error that says so; nothing changes.",
        examples: &[
            ("try { Set-CsPlatformServiceSettings -ErrorAction Stop } catch { $_.Exception.Message }", "Shows why."),
            ("try { Set-CsPlatformServiceSettings } catch { 'not in Lync Server 2013' }", "A script that catches it and goes on."),
        ],
        parameters: NO_PARAMETERS,
        related: &["New-CsPlatformServiceSettings"],
    },
    Text {
        name: "Remove-CsPlatformServiceSettings",
        synopsis: "The platform service settings came with Skype for Business Server 2015: here it says so.",
        description: "The Lync Server 2013 module lists the cmdlet, but its parameters belong to a cumulative update of Skype for Business Server 2015, whose Mac client features a Lync Server 2013 deployment does not have. Every call is an error that says so; nothing changes.",
        examples: &[
            ("try { Remove-CsPlatformServiceSettings -ErrorAction Stop } catch { $_.Exception.Message }", "Shows why."),
            ("try { Remove-CsPlatformServiceSettings } catch { 'not in Lync Server 2013' }", "A script that catches it and goes on."),
        ],
        parameters: NO_PARAMETERS,
        related: &["New-CsPlatformServiceSettings"],
    },
];
