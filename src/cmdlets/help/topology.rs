//! Help for the topology and server cmdlets lyncsh emulates (Get-CsSite, Get-CsPool,
//! Get-CsComputer, Get-CsService, Get-CsTopology and the four Set-Cs*Server cmdlets), written
//! for lyncsh, with examples that run on the lab deployment.

use super::builtin::Text;
use super::shared::{CONFIRM, WHAT_IF};

const IDENTITY_ROLE: &str = "The service to change: Role:fqdn (for example ConferencingServer:atl-cs-001.litwareinc.com) or just the fqdn of the pool that runs it.";
const FORCE: (&str, &str) = ("Force", "Suppresses confirmation prompts.");
const MEDIA_PORTS: (&str, &str) = (
    "*Port*",
    "A port the service listens on, or the first port or the number of ports of one of its media ranges. A range covers start to start + count - 1 and must stay between 1024 and 65535.",
);

pub const TEXTS: &[Text] = &[
    Text {
        name: "Get-CsSite",
        synopsis: "Returns the sites of the topology.",
        description: "Each site object lists the pools and services located there. Without parameters every site is returned; -Identity takes a site name such as Redmond, and -Filter a wildcard pattern matched against identities such as Site:Redmond.",
        examples: &[
            ("Get-CsSite", "Lists both lab sites, Redmond and Dublin."),
            ("Get-CsSite -Identity Redmond | Select-Object -ExpandProperty Pools", "Shows the pools of the Redmond site."),
            ("Get-CsSite -Filter *Dub*", "Returns the sites whose identity contains Dub."),
        ],
        parameters: &[
            ("Identity", "The name of the site to return (Redmond; site:Redmond is accepted too)."),
            ("Filter", "A wildcard pattern matched against each site's Identity (Site:Redmond)."),
        ],
        related: &["Get-CsPool", "Get-CsService", "Get-CsTopology"],
    },
    Text {
        name: "Get-CsPool",
        synopsis: "Returns the pools of the topology, with their computers and services.",
        description: "A pool is a group of computers with one fqdn that run the same services. -Identity takes a pool fqdn, -Filter a wildcard pattern on it, and -Site keeps the pools of one site.",
        examples: &[
            ("Get-CsPool", "Lists the Front End pool and the Edge pool of the lab."),
            ("Get-CsPool -Identity atl-cs-001.litwareinc.com | Select-Object -ExpandProperty Services", "Lists the services the Front End pool runs."),
            ("Get-CsPool -Site Redmond -Filter *edge*", "Returns the Edge pools of site Redmond."),
        ],
        parameters: &[
            ("Identity", "The fqdn of the pool to return."),
            ("Filter", "A wildcard pattern matched against each pool's fqdn."),
            ("Site", "Keeps only the pools of this site, given by its name (Redmond)."),
        ],
        related: &["Get-CsSite", "Get-CsComputer", "Get-CsService"],
    },
    Text {
        name: "Get-CsComputer",
        synopsis: "Returns the computers that run Lync services, and the pool of each.",
        description: "-Identity takes a computer fqdn, -Filter a wildcard pattern on it, -Pool keeps the computers of one pool. lyncsh behaves as if it ran on the first computer of the Front End pool, which is what -Local returns.",
        examples: &[
            ("Get-CsComputer", "Lists every computer of the lab."),
            ("Get-CsComputer -Pool atl-edge-001.litwareinc.com", "Lists the computers of the Edge pool."),
            ("Get-CsComputer -Local", "Returns the computer lyncsh pretends to run on."),
        ],
        parameters: &[
            ("Identity", "The fqdn of the computer to return."),
            ("Filter", "A wildcard pattern matched against each computer's fqdn."),
            ("Pool", "Keeps only the computers of this pool."),
            ("Local", "Returns only the computer the shell runs on."),
        ],
        related: &["Get-CsPool", "Get-CsService"],
    },
    Text {
        name: "Get-CsNetworkInterface",
        synopsis: "Returns the network interfaces of the topology's computers and their addresses.",
        description: "Each computer has a Primary interface; an Edge Server has an Internal one and three External ones (Access, Web Conferencing, A/V) instead. An interface is named <computer>/<kind>/<number>. The lab's addresses are its own: the gateway's is its name, the others are numbered in topology order (192.168.0.10 on, and 131.107.0.10 on for the Edge's external side). -Identity returns one interface, -Filter matches a wildcard against the identities, -ComputerFqdn keeps one computer's.",
        examples: &[
            ("Get-CsNetworkInterface | Where-Object {$_.Interface -eq 'External'}", "Lists the Edge Server's interfaces to the Internet."),
            ("Get-CsNetworkInterface -ComputerFqdn atl-edge-001.litwareinc.com | Select-Object Identity, IPAddress", "Lists one computer's interfaces and addresses."),
            ("Get-CsNetworkInterface -Identity atl-cs-001.litwareinc.com/Primary/1", "Shows the Front End's interface."),
        ],
        parameters: &[
            ("Identity", "The interface: computer fqdn, kind and number (atl-cs-001.litwareinc.com/Primary/1)."),
            ("Filter", "A wildcard pattern matched against each interface's identity."),
            ("ComputerFqdn", "Keeps only the interfaces of this computer."),
        ],
        related: &["Get-CsComputer", "Get-CsTopology"],
    },
    Text {
        name: "Get-CsService",
        synopsis: "Returns the services of the topology with their ports, media port ranges and dependencies.",
        description: "Without parameters every service is returned. A role switch such as -ConferencingServer (or -ConferenceServer), -ApplicationServer, -MediationServer or -EdgeServer keeps one role; only one role switch can be given per call. -PoolFqdn keeps the services of one pool, -Identity takes Role:fqdn and -Filter a wildcard pattern on identities. The A/V conferencing, application, mediation and edge services carry their media port ranges (for example AudioPortStart and AudioPortCount).",
        examples: &[
            ("Get-CsService -ConferencingServer | Select-Object Identity, AudioPortStart, AudioPortCount, VideoPortStart, VideoPortCount, AppSharingPortStart, AppSharingPortCount", "Shows the three media ranges of every A/V conferencing service."),
            ("Get-CsService -MediationServer | Select-Object Identity, AudioPortStart, AudioPortCount", "Shows the audio range of the mediation services."),
            ("Get-CsService -PoolFqdn atl-cs-001.litwareinc.com -Registrar", "Returns the registrar of the Front End pool."),
            ("Get-CsService -Identity EdgeServer:atl-edge-001.litwareinc.com | Select-Object DependentServiceList", "Shows which services use the Edge server."),
        ],
        parameters: &[
            ("Identity", "The service to return, as Role:fqdn (Registrar:atl-cs-001.litwareinc.com)."),
            ("Filter", "A wildcard pattern matched against each service's Identity, for example *:atl-edge*."),
            ("PoolFqdn", "Keeps only the services of this pool."),
            ("*", "A role switch: keeps only the services of that role. Give at most one."),
        ],
        related: &["Set-CsConferenceServer", "Set-CsApplicationServer", "Set-CsMediationServer", "Set-CsEdgeServer", "Get-CsPool"],
    },
    Text {
        name: "Get-CsTopology",
        synopsis: "Summarises the topology: its sites, pools, computers and services.",
        description: "The summary object lists every site, pool, computer and service identity. With -AsXml the same structure is returned as one XML string, sites containing pools, pools containing computers and services.",
        examples: &[
            ("Get-CsTopology", "Shows the summary of the lab topology."),
            ("Get-CsTopology -AsXml", "Returns the topology as XML text."),
        ],
        parameters: &[
            ("AsXml", "Returns the topology as XML text instead of an object."),
            ("LocalStore", "Reads the local replica of the configuration store; lyncsh has only one store, so this changes nothing."),
        ],
        related: &["Get-CsSite", "Get-CsPool", "Get-CsService"],
    },
    Text {
        name: "Update-CsAdminRole",
        synopsis: "Gives the standard administrative roles their installed lists of cmdlets and script modules again.",
        description: "After an update adds cmdlets, the real cmdlet adds them to the standard roles (CsAdministrator, CsHelpDesk and the others). The lab has one release, so it restores each standard role's Cmdlets and ScriptModules to what the install gave them, undoing changes made with Set-CsAdminRole. Roles made with New-CsAdminRole, and every role's scopes, stay as they are. It prints nothing.",
        examples: &[
            ("Update-CsAdminRole", "Refreshes the standard roles."),
            ("Set-CsAdminRole -Identity CsHelpDesk -Cmdlets @{Remove='Set-CsClientPin'}; Update-CsAdminRole; (Get-CsAdminRole -Identity CsHelpDesk).Cmdlets -contains 'Set-CsClientPin'", "True: the help desk role has its cmdlet back."),
        ],
        parameters: &[FORCE, WHAT_IF, CONFIRM],
        related: &["Get-CsAdminRole", "Set-CsAdminRole", "New-CsAdminRole"],
    },
    Text {
        name: "Set-CsConferenceServer",
        synopsis: "Changes the ports and media port ranges of an A/V conferencing service.",
        description: "Only the values you name change. Each of the audio, video and application sharing ranges is a start port and a count; for QoS the three ranges should not overlap. Every value is checked before anything is stored, so an invalid range leaves the service as it was. The cmdlet prints nothing. A real server uses new ports only after its services restart; lyncsh records them at once.",
        examples: &[
            ("Set-CsConferenceServer -Identity ConferencingServer:atl-cs-001.litwareinc.com -AppSharingPortStart 40803 -AppSharingPortCount 8348", "Moves application sharing to 40803-49150, below the audio range."),
            ("Get-CsService -ConferencingServer | ForEach-Object {Set-CsConferenceServer -Identity $_.Identity -AppSharingPortStart 40803 -AppSharingPortCount 8348}", "Makes the same change on every A/V conferencing service."),
        ],
        parameters: &[
            ("Identity", IDENTITY_ROLE),
            ("EdgeServer", "The Edge service the conferencing service uses for external users, as EdgeServer:fqdn; an empty string removes it."),
            MEDIA_PORTS,
            FORCE,
            WHAT_IF,
            CONFIRM,
        ],
        related: &["Get-CsService", "Set-CsApplicationServer", "Set-CsMediationServer", "Test-LabPortPlan"],
    },
    Text {
        name: "Set-CsApplicationServer",
        synopsis: "Changes the ports and media port ranges of an application service.",
        description: "Only the values you name change. The application service marks only its audio for QoS, so the audio range is the one that usually matters. Every value is checked before anything is stored. The cmdlet prints nothing. A real server uses new ports only after its services restart; lyncsh records them at once.",
        examples: &[
            ("Set-CsApplicationServer -Identity ApplicationServer:atl-cs-001.litwareinc.com -AudioPortStart 49152 -AudioPortCount 8348", "Gives the application service the same audio range as the conferencing service."),
            ("Set-CsApplicationServer atl-cs-001.litwareinc.com -RgsSipPort 5071 -WhatIf", "Shows what would change, using the bare pool fqdn as identity."),
        ],
        parameters: &[
            ("Identity", IDENTITY_ROLE),
            ("Registrar", "The registrar the application service works with, as Registrar:fqdn."),
            ("ApplicationDatabase", "The database of the application service, as ApplicationDatabase:fqdn."),
            MEDIA_PORTS,
            FORCE,
            WHAT_IF,
            CONFIRM,
        ],
        related: &["Get-CsService", "Set-CsConferenceServer", "Set-CsMediationServer"],
    },
    Text {
        name: "Set-CsMediationServer",
        synopsis: "Changes the SIP ports and the audio port range of a mediation service.",
        description: "Only the values you name change. The mediation service carries audio only; a relayed call uses several ports, so the audio range should not be made very small. Every value is checked before anything is stored. The cmdlet prints nothing. A real server uses new ports only after its services restart; lyncsh records them at once.",
        examples: &[
            ("Set-CsMediationServer -Identity MediationServer:atl-cs-001.litwareinc.com -AudioPortStart 49152 -AudioPortCount 8348", "Sets the audio range to 49152-57499."),
            ("Set-CsMediationServer atl-cs-001.litwareinc.com -SipClientTcpPort 5068", "Opens the TCP port for gateways."),
        ],
        parameters: &[
            ("Identity", IDENTITY_ROLE),
            ("Registrar", "The registrar the mediation service sends calls to, as Registrar:fqdn."),
            ("EdgeServer", "The Edge service used for calls with external users, as EdgeServer:fqdn."),
            MEDIA_PORTS,
            FORCE,
            WHAT_IF,
            CONFIRM,
        ],
        related: &["Get-CsService", "Set-CsConferenceServer", "Set-CsApplicationServer"],
    },
    Text {
        name: "Set-CsEdgeServer",
        synopsis: "Changes the ports and the media port range of an Edge service.",
        description: "Only the values you name change. An Edge server has one media range for every kind of traffic, which need not match the ranges of the internal servers; leaving it at 50000 with 10000 ports is the usual advice. Every value is checked before anything is stored. The cmdlet prints nothing. A real server uses new ports only after its services restart; lyncsh records them at once.",
        examples: &[
            ("Set-CsEdgeServer -Identity EdgeServer:atl-edge-001.litwareinc.com -MediaCommunicationPortStart 40803 -MediaCommunicationPortCount 24730", "Widens the edge media range to 40803-65532."),
            ("Get-CsService -EdgeServer | Select-Object Identity, MediaCommunicationPortStart, MediaCommunicationPortCount", "Reads the edge media range back."),
        ],
        parameters: &[
            ("Identity", IDENTITY_ROLE),
            ("Registrar", "The next-hop registrar of the Edge service, as Registrar:fqdn."),
            MEDIA_PORTS,
            FORCE,
            WHAT_IF,
            CONFIRM,
        ],
        related: &["Get-CsService", "Set-CsConferenceServer"],
    },
    Text {
        name: "Test-LabPortPlan",
        synopsis: "Checks the QoS port plan of the session and lists what is wrong with it (a lyncsh extension).",
        description: "The check reads the client port settings of every conferencing collection and the media port ranges of the servers, and changes nothing. It reports ranges of different traffic types that share ports (on clients, and among the services of one pool), client ranges that do not lie within the matching range of the A/V conferencing servers they use, client ranges that are set but ignored because ClientMediaPortRangeEnabled is False, and ranges smaller than the usual rules of thumb (20 ports per client traffic type, 7 for a mediation server). Each finding has a Scope (a configuration Identity or a service), a Kind (Overlap, OutsideServerRange, Inert or TooSmall), the Traffic and Ports of the range concerned, and a Detail in words. A clean plan prints nothing.",
        examples: &[
            ("Test-LabPortPlan", "On a fresh lab, reports that application sharing overlaps the audio and video ranges."),
            ("Set-CsConferenceServer -Identity ConferencingServer:atl-cs-001.litwareinc.com -AppSharingPortStart 40803 -AppSharingPortCount 8348; Test-LabPortPlan", "After moving application sharing below audio, the server ranges are clean."),
            ("Test-LabPortPlan | Select-Object Kind, Ports", "Shows only the kind of each finding and the ports concerned."),
        ],
        parameters: &[],
        related: &["Get-CsService", "Set-CsConferenceServer", "Set-CsConferencingConfiguration"],
    },
];
