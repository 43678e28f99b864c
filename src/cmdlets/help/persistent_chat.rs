//! Help for the Persistent Chat cmdlets beyond the records' own verbs (pool state, active
//! servers, eligible principals, messages, and data export and import), in lyncsh's own words.

use super::builtin::Text;
use super::shared::{CONFIRM, FORCE, REPORT, WHAT_IF};

const DB_INSTANCE: (&str, &str) = (
    "DBInstance",
    "The SQL Server (and instance) holding the Persistent Chat database, such as atl-sql-001.litwareinc.com\\rtc. The server must hold a PersistentChatDatabase service of the topology.",
);

pub const TEXTS: &[Text] = &[
    Text {
        name: "Get-CsPersistentChatState",
        synopsis: "Shows whether each Persistent Chat pool runs normally or is failed over.",
        description: "One object per Persistent Chat pool of the topology, with its Identity (service:PersistentChatServer:<pool fqdn>) and PoolState: Active, FailingOver, FailedOver or FailedBack. -Identity names one pool (PersistentChatServer:<fqdn>, with or without service:, or the pool's FQDN); -Filter matches a wildcard against the identities and FQDNs.",
        examples: &[
            ("Get-CsPersistentChatState", "Shows the state of both lab pools."),
            ("Get-CsPersistentChatState | Where-Object {$_.PoolState -eq \"FailedOver\"}", "Lists the pools that are failed over; none in a fresh lab."),
            ("Get-CsPersistentChatState -Identity PersistentChatServer:atl-pcpool-001.litwareinc.com", "Shows one pool."),
        ],
        parameters: &[
            ("Identity", "The pool: PersistentChatServer:<fqdn>, service:PersistentChatServer:<fqdn> or its FQDN."),
            ("Filter", "A wildcard pattern matched against the identities and FQDNs of the pools."),
            ("LocalStore", "Reads the local replica of the configuration store; lyncsh has one store, so this changes nothing."),
        ],
        related: &["Set-CsPersistentChatState", "Set-CsPersistentChatActiveServer"],
    },
    Text {
        name: "Set-CsPersistentChatState",
        synopsis: "Marks a Persistent Chat pool as failed over, or back to active.",
        description: "-PoolState FailedOver records that the pool's service has moved to its backup (FailingOver while it moves); FailedBack records the fail-back and Active the pool running normally again. The pool is named by -Identity, or by the object from Get-CsPersistentChatState (-Instance); when the topology has one pool it may be left out.",
        examples: &[
            ("Set-CsPersistentChatState -Identity PersistentChatServer:atl-pcpool-001.litwareinc.com -PoolState FailedOver; Get-CsPersistentChatState -Identity atl-pcpool-001.litwareinc.com", "Fails the dedicated pool over and shows its new state."),
            ("Get-CsPersistentChatState | Set-CsPersistentChatState -PoolState Active", "Sets every pool back to active."),
        ],
        parameters: &[
            ("Identity", "The pool: PersistentChatServer:<fqdn>, service:PersistentChatServer:<fqdn> or its FQDN."),
            ("Instance", "A state object from Get-CsPersistentChatState, naming the pool."),
            ("PoolState", "Active, FailingOver, FailedOver or FailedBack."),
            FORCE,
            WHAT_IF,
            CONFIRM,
        ],
        related: &["Get-CsPersistentChatState", "Set-CsPersistentChatActiveServer"],
    },
    Text {
        name: "Set-CsPersistentChatActiveServer",
        synopsis: "Chooses which Persistent Chat servers take new connections.",
        description: "The active servers are one collection for the deployment (its identity is global); -Identity PersistentChatServer:<pool fqdn> narrows it to one pool. -ActiveServers changes the list with @{Add=...}, @{Remove=...} or @{Replace=...}, and $Null empties it; -Swap exchanges the active and inactive servers. Every server named must be a computer of a Persistent Chat pool. Get-CsService -PersistentChatServer shows the result in ActiveServers and InactiveServers.",
        examples: &[
            ("Set-CsPersistentChatActiveServer -Identity global -ActiveServers @{Add=\"atl-gc-002.litwareinc.com\"}; Get-CsService -PersistentChatServer | Select-Object Identity, ActiveServers", "Makes the second server of the dedicated pool active too."),
            ("Set-CsPersistentChatActiveServer -Identity PersistentChatServer:atl-pcpool-001.litwareinc.com -Swap", "Swaps the pool's active and inactive servers."),
            ("Set-CsPersistentChatActiveServer -ActiveServers $Null -WhatIf", "Shows what emptying the list would do, and changes nothing."),
        ],
        parameters: &[
            ("Identity", "global for every pool, or PersistentChatServer:<pool fqdn> for one."),
            ("ActiveServers", "The change to the list of active servers: @{Add=...}, @{Remove=...}, @{Replace=...}, or $Null to empty it."),
            ("Swap", "Makes the inactive servers active and the active ones inactive."),
            FORCE,
            WHAT_IF,
            CONFIRM,
        ],
        related: &["Get-CsPersistentChatState", "Get-CsService"],
    },
    Text {
        name: "Get-CsPersistentChatEligiblePrincipal",
        synopsis: "Lists the users a Persistent Chat category or room lets in.",
        description: "A category's AllowedMembers may name OUs, containers or the whole domain; this cmdlet expands them into the Lync-enabled users beneath, less those DeniedMembers leaves out. With -Room the room's category decides; with -Presenters the room must be an auditorium. Each result has the user's distinguished name (Identity), DisplayName, SipAddress and PersistentChatPrincipalType (user).",
        examples: &[
            ("Get-CsPersistentChatEligiblePrincipal -Category IT -PersistentChatPoolFqdn atl-cs-001.litwareinc.com | Select-Object SipAddress", "Lists who may take part in the IT category's rooms."),
            ("Get-CsPersistentChatEligiblePrincipal -Room HelpDeskChatRoom -Presenters -Filter *ken*", "Finds presenters for the help desk auditorium whose SIP address contains ken."),
        ],
        parameters: &[
            ("Category", "The category, by name or as <pool fqdn>\\<name>."),
            ("Room", "The room, by name or as <pool fqdn>\\<name>; its category decides."),
            ("Presenters", "Lists eligible presenters; the room must be an auditorium."),
            ("PersistentChatPoolFqdn", "The pool the category or room belongs to."),
            ("Filter", "A wildcard pattern matched against SIP addresses."),
            ("ResultSize", "The most users to return."),
        ],
        related: &["Get-CsPersistentChatCategory", "Get-CsPersistentChatRoom"],
    },
    Text {
        name: "Clear-CsPersistentChatRoom",
        synopsis: "Deletes the messages of a Persistent Chat room posted on or before a date.",
        description: "The room stays, with its settings and members; only what was posted up to -EndDate goes. It cannot be undone.",
        examples: &[
            ("Clear-CsPersistentChatRoom -Identity \"atl-cs-001.litwareinc.com\\ITChatRoom\" -EndDate \"3/31/2012\"", "Deletes the room's messages of March 2012 and before."),
            ("Get-CsPersistentChatRoom -PersistentChatPoolFqdn atl-cs-001.litwareinc.com | Clear-CsPersistentChatRoom -EndDate \"1/1/2014\" -WhatIf", "Shows which rooms would be cleared, and keeps their messages."),
        ],
        parameters: &[
            ("Identity", "The room, by name or as <pool fqdn>\\<name>."),
            ("Instance", "A room object from Get-CsPersistentChatRoom."),
            ("EndDate", "Messages posted on or before this date and time are deleted."),
            WHAT_IF,
            CONFIRM,
        ],
        related: &["Remove-CsPersistentChatMessage", "Get-CsPersistentChatRoom"],
    },
    Text {
        name: "Remove-CsPersistentChatMessage",
        synopsis: "Replaces or deletes chosen messages of a Persistent Chat room.",
        description: "The messages are chosen by poster (-UserUri), by date (-StartDate, -EndDate) and by words (-Filter, matched as -MatchClause says: All the words, Or any of them, or the Exact phrase; case-insensitive unless -CaseSensitive $True). Give -Remove to delete them, or -ReplaceMessage with the text that takes their place; with neither, a default text takes it.",
        examples: &[
            ("Remove-CsPersistentChatMessage -Identity \"atl-cs-001.litwareinc.com\\ITChatRoom\" -UserUri sip:kenmyer@litwareinc.com -ReplaceMessage \"Removed by the administrator.\"", "Replaces everything Ken Myer posted in the room."),
            ("Remove-CsPersistentChatMessage -Identity \"atl-cs-001.litwareinc.com\\ITChatRoom\" -Filter \"mail server\" -MatchClause Exact -Remove", "Deletes the messages that contain the phrase."),
        ],
        parameters: &[
            ("Identity", "The room, by name or as <pool fqdn>\\<name>."),
            ("Remove", "Deletes the chosen messages."),
            ("ReplaceMessage", "The text that replaces each chosen message."),
            ("UserUri", "Chooses the messages this SIP address posted."),
            ("StartDate", "Chooses messages posted on or after this date."),
            ("EndDate", "Chooses messages posted on or before this date."),
            ("Filter", "Words the messages must contain, separated by spaces."),
            ("MatchClause", "How -Filter's words match: All, Or or Exact."),
            ("CaseSensitive", "$True makes -Filter case-sensitive."),
            WHAT_IF,
            CONFIRM,
        ],
        related: &["Clear-CsPersistentChatRoom", "Get-CsPersistentChatRoom"],
    },
    Text {
        name: "Export-CsPersistentChatData",
        synopsis: "Writes the Persistent Chat categories, add-ins, rooms and messages to a file in lyncsh's own format.",
        description: "The file is lyncsh's own format, not the ZIP a real server writes, and only Import-CsPersistentChatData reads it. -Level chooses what goes in: All (the default), RoomDirectory (categories, add-ins and rooms), Category or User (nothing the lab keeps per user). -Scope keeps only the named categories and their rooms; -StartDate keeps messages posted since then. -AsBytes returns the data instead of writing a file, and -DisableExportedNodes disables the exported rooms.",
        examples: &[
            ("Export-CsPersistentChatData -DBInstance \"atl-sql-001.litwareinc.com\\rtc\" -FileName chat.txt", "Writes everything to chat.txt in the files folder."),
            ("$data = Export-CsPersistentChatData -DBInstance atl-sql-001.litwareinc.com -AsBytes -Level RoomDirectory; $data.Count", "Keeps the room directory in a variable and counts its bytes."),
        ],
        parameters: &[
            DB_INSTANCE,
            ("DBName", "The name of the database; the lab has one Persistent Chat database per server, so it is accepted and not used."),
            ("FileName", "The file to write, in the files folder."),
            ("AsBytes", "Returns the data as bytes instead of writing a file."),
            ("Level", "What to export: All, RoomDirectory, Category or User."),
            ("Scope", "The categories to export (names or <pool fqdn>\\<name>); all when left out."),
            ("StartDate", "Exports only messages posted on or after this date."),
            ("DisableExportedNodes", "Disables the exported rooms afterwards."),
            REPORT,
        ],
        related: &["Import-CsPersistentChatData"],
    },
    Text {
        name: "Import-CsPersistentChatData",
        synopsis: "Reads back what Export-CsPersistentChatData wrote.",
        description: "Every category, add-in, room and message of the data is stored again, replacing a record of the same identity. A file lyncsh did not write (such as a real server's ZIP) is refused, and nothing changes.",
        examples: &[
            ("Export-CsPersistentChatData -DBInstance atl-sql-001.litwareinc.com -FileName chat.txt; Remove-CsPersistentChatRoom ServerRoom; Import-CsPersistentChatData -DBInstance atl-sql-001.litwareinc.com -FileName chat.txt; (Get-CsPersistentChatRoom).Count", "Exports, removes a room, imports, and counts the rooms: the room is back."),
            ("$data = Export-CsPersistentChatData -DBInstance atl-sql-001.litwareinc.com -AsBytes; Import-CsPersistentChatData -DBInstance atl-sql-001.litwareinc.com -ByteInput $data -WhatIf", "Shows what importing the bytes would do."),
        ],
        parameters: &[
            DB_INSTANCE,
            ("FileName", "The file to read, in the files folder."),
            ("ByteInput", "Data from Export-CsPersistentChatData -AsBytes."),
            REPORT,
            WHAT_IF,
            CONFIRM,
        ],
        related: &["Export-CsPersistentChatData"],
    },
];
