//! Help for the Set-Cs<server> cmdlets of the roles beyond media (Registrar, user services,
//! web services, Director, PSTN gateway, archiving, monitoring, management) and Set-CsSite, in
//! lyncsh's own words. They share one implementation, so their texts share their parts.

use super::builtin::Text;
use super::shared::{CONFIRM, WHAT_IF};

const IDENTITY_ROLE: &str = "The service to change: Role:fqdn (for example Registrar:atl-cs-001.litwareinc.com), with or without service:, or just the fqdn of the pool that runs it.";
const FORCE: (&str, &str) = ("Force", "Suppresses confirmation prompts.");
const PORTS: (&str, &str) = (
    "*Port*",
    "A port the service listens on, or the first port or number of ports of a range (1 to 65535).",
);
const SERVICES: (&str, &str) = (
    "*Server",
    "Another service this one works with, as Role:fqdn (ArchivingServer:dublin-cs-001.litwareinc.com); it must be a service of that role in the topology. An empty string removes it.",
);
const DATABASES: (&str, &str) = (
    "*Database",
    "A database service this one uses, as Role:fqdn (MonitoringDatabase:atl-sql-001.litwareinc.com); Mirror* names the mirror. It must be a service of that role in the topology; an empty string removes it.",
);
const SHARED: &str = "Only the values you name change; every value, and every service a value names, is checked before anything is stored. The cmdlet prints nothing. A real server uses new ports only after its services restart; lyncsh records them at once.";

pub const TEXTS: &[Text] = &[
    Text {
        name: "Set-CsRegistrar",
        synopsis: "Changes a Registrar's ports, the services it works with, and its backup Registrar.",
        description: "The backup Registrar (-BackupRegistrar, another pool's Registrar) takes the pool's users when it fails; -EnableAutomaticFailover lets that happen without an administrator, and the detection intervals say how quickly. The intervals can be set only when there is a backup Registrar, and a Registrar cannot back itself up. Only the values you name change; every value, and every service a value names, is checked before anything is stored. The cmdlet prints nothing.",
        examples: &[
            ("Set-CsRegistrar -Identity \"Registrar:atl-cs-001.litwareinc.com\" -BackupRegistrar \"Registrar:dublin-cs-001.litwareinc.com\" -EnableAutomaticFailover $True", "Makes the Dublin pool the backup of atl-cs-001, with automatic failover."),
            ("Get-CsService -Registrar | ForEach-Object {Set-CsRegistrar -Identity $_.Identity -SipPort 5072}", "Moves every Registrar's SIP port to 5072."),
        ],
        parameters: &[
            ("Identity", IDENTITY_ROLE),
            ("BackupRegistrar", "The Registrar of another pool that takes over when this one fails, as Registrar:fqdn; an empty string removes it."),
            ("EnableAutomaticFailover", "$True lets the backup Registrar take over without an administrator."),
            ("FailureDetectionInterval", "How long the Registrar may be unreachable before failover (a TimeSpan); only with a backup Registrar."),
            ("FailbackDetectionInterval", "How long the Registrar must be back before users return (a TimeSpan); only with a backup Registrar."),
            ("Registrar", "The Registrar service itself, as Registrar:fqdn."),
            SERVICES,
            DATABASES,
            PORTS,
            FORCE,
            WHAT_IF,
            CONFIRM,
        ],
        related: &["Get-CsService", "Set-CsUserServer", "Set-CsDirector"],
    },
    Text {
        name: "Set-CsUserServer",
        synopsis: "Changes the ports and databases of a pool's user services.",
        description: SHARED,
        examples: &[
            ("Set-CsUserServer -Identity \"UserServer:atl-cs-001.litwareinc.com\" -McuFactorySipPort 445", "Moves the conferencing factory's SIP port to 445."),
            ("Get-CsService -UserServer | ForEach-Object {Set-CsUserServer -Identity $_.Identity -McuFactorySipPort 445}", "Makes the same change on every pool."),
        ],
        parameters: &[
            ("Identity", IDENTITY_ROLE),
            ("ConferenceServer", "The A/V conferencing service the user services work with, as ConferencingServer:fqdn."),
            ("UserDatabase", "The user database, as UserDatabase:fqdn."),
            PORTS,
            FORCE,
            WHAT_IF,
            CONFIRM,
        ],
        related: &["Get-CsService", "Set-CsRegistrar"],
    },
    Text {
        name: "Set-CsWebServer",
        synopsis: "Changes the ports and the internal and external names of a pool's web services.",
        description: SHARED,
        examples: &[
            ("Set-CsWebServer -Identity WebServer:atl-cs-001.litwareinc.com -ExternalFqdn lyncweb.litwareinc.com", "Changes the name external clients use."),
            ("Set-CsWebServer atl-cs-001.litwareinc.com -PrimaryHttpPort 89 -WhatIf", "Shows what moving the internal HTTP port would do."),
        ],
        parameters: &[
            ("Identity", IDENTITY_ROLE),
            ("UserServer", "The user services the web services work with, as UserServer:fqdn."),
            ("InternalFqdn", "The name internal clients use to reach the web services."),
            ("ExternalFqdn", "The name external clients use, through the reverse proxy."),
            PORTS,
            FORCE,
            WHAT_IF,
            CONFIRM,
        ],
        related: &["Get-CsService", "Set-CsRegistrar"],
    },
    Text {
        name: "Set-CsDirector",
        synopsis: "Changes a Director's ports and the services it works with.",
        description: SHARED,
        examples: &[
            ("Set-CsDirector -Identity \"Director:atl-dir-001.litwareinc.com\" -ArchivingServer \"ArchivingServer:dublin-cs-001.litwareinc.com\"", "Has the Director archive through the Dublin pool."),
            ("Get-CsService -Director | ForEach-Object {Set-CsDirector -Identity $_.Identity -SipPort 5072}", "Moves every Director's SIP port to 5072."),
        ],
        parameters: &[
            ("Identity", IDENTITY_ROLE),
            SERVICES,
            DATABASES,
            PORTS,
            FORCE,
            WHAT_IF,
            CONFIRM,
        ],
        related: &["Get-CsService", "Set-CsRegistrar"],
    },
    Text {
        name: "Set-CsPstnGateway",
        synopsis: "Changes how a PSTN gateway and its Mediation service talk to each other.",
        description: SHARED,
        examples: &[
            ("Set-CsPstnGateway -Identity PstnGateway:192.168.0.240 -GatewaySipClientTlsPort 5068", "Changes the gateway's TLS port."),
            ("Get-CsService -PstnGateway | ForEach-Object {Set-CsPstnGateway -Identity $_.Identity -Routable $True}", "Makes every gateway routable."),
        ],
        parameters: &[
            ("Identity", IDENTITY_ROLE),
            ("MediationServer", "The Mediation service the gateway talks to, as MediationServer:fqdn."),
            ("Default", "$True makes this the default gateway of its Mediation service."),
            ("Routable", "$True lets the Mediation service route calls through the gateway."),
            ("RepresentativeMediaIP", "The IP address media bypass uses to find the gateway."),
            ("AlternateByPassId", "The bypass ID the gateway uses, when it differs from its site's."),
            PORTS,
            FORCE,
            WHAT_IF,
            CONFIRM,
        ],
        related: &["Get-CsService", "Set-CsMediationServer"],
    },
    Text {
        name: "Set-CsArchivingServer",
        synopsis: "Changes the database an archiving service writes to.",
        description: SHARED,
        examples: &[
            ("Set-CsArchivingServer -Identity \"ArchivingServer:atl-cs-001.litwareinc.com\" -ArchivingDatabase \"ArchivingDatabase:atl-sql-001.litwareinc.com\"", "Points the Front End's archiving at the SQL Server's archiving database."),
            ("Get-CsService -ArchivingServer | Select-Object Identity, ArchivingDatabase", "Shows which database each archiving service writes to."),
        ],
        parameters: &[("Identity", IDENTITY_ROLE), DATABASES, FORCE, WHAT_IF, CONFIRM],
        related: &["Get-CsService", "Set-CsMonitoringServer"],
    },
    Text {
        name: "Set-CsMonitoringServer",
        synopsis: "Changes the database and the reports address of a monitoring service.",
        description: SHARED,
        examples: &[
            ("Set-CsMonitoringServer -Identity \"MonitoringServer:atl-cs-001.litwareinc.com\" -ReportingUrl \"https://atl-cs-001.litwareinc.com/reports\"", "Changes the address of the monitoring reports."),
            ("Get-CsService -MonitoringServer | Select-Object Identity, MonitoringDatabase, ReportingUrl", "Shows each monitoring service's database and reports."),
        ],
        parameters: &[
            ("Identity", IDENTITY_ROLE),
            ("ReportingUrl", "The address of the monitoring reports."),
            DATABASES,
            FORCE,
            WHAT_IF,
            CONFIRM,
        ],
        related: &["Get-CsService", "Set-CsArchivingServer"],
    },
    Text {
        name: "Set-CsManagementServer",
        synopsis: "Changes the port the Central Management Server replicates on.",
        description: SHARED,
        examples: &[
            ("Set-CsManagementServer -Identity \"ManagementServer:atl-cs-001.litwareinc.com\" -ReplicationServicePort 5076", "Moves replication to port 5076."),
            ("Get-CsService -ManagementServer | Select-Object Identity, ReplicationServicePort", "Shows the port."),
        ],
        parameters: &[("Identity", IDENTITY_ROLE), PORTS, FORCE, WHAT_IF, CONFIRM],
        related: &["Get-CsService", "Get-CsManagementStoreReplicationStatus"],
    },
    Text {
        name: "Set-CsSite",
        synopsis: "Changes a site's description, display name and routes.",
        description: "-FederationRoute and -XmppFederationRoute name the Edge service that federated and XMPP traffic of the site goes through (EdgeServer:fqdn), -DefaultPersistentChatPool the Persistent Chat pool its users use; each must be a service of that role in the topology, and an empty string removes it. Get-CsSite shows the result. The cmdlet prints nothing.",
        examples: &[
            ("Set-CsSite -Identity Redmond -Description \"Headquarters\"; (Get-CsSite Redmond).Description", "Changes the description and reads it back."),
            ("Get-CsSite | Where-Object {$_.Description -eq $Null} | ForEach-Object {Set-CsSite $_.Identity -Description \"Litwareinc.com\"}", "Describes every site that has no description yet."),
            ("Set-CsSite Redmond -FederationRoute EdgeServer:atl-edge-001.litwareinc.com", "Sends Redmond's federated traffic through the lab's Edge service."),
        ],
        parameters: &[
            ("Identity", "The site: its name (Redmond) or Site:Redmond."),
            ("Description", "A description of the site."),
            ("DisplayName", "The name tools show for the site."),
            ("FederationRoute", "The Edge service federated traffic goes through, as EdgeServer:fqdn."),
            ("XmppFederationRoute", "The Edge service XMPP federation goes through, as EdgeServer:fqdn."),
            ("DefaultPersistentChatPool", "The Persistent Chat pool of the site's users, as PersistentChatServer:fqdn or its FQDN."),
            FORCE,
            WHAT_IF,
            CONFIRM,
        ],
        related: &["Get-CsSite", "Get-CsService"],
    },
];
