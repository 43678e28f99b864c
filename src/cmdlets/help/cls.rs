//! Help for the Centralized Logging Service cmdlets, in lyncsh's own words.

use super::builtin::Text;

const AS_XML: (&str, &str) = (
    "AsXml",
    "Returns the result as one XML string instead of text lines.",
);
const POOLS: (&str, &str) = (
    "Pools",
    "The pools to work on (their FQDNs); without -Pools or -Computers, every pool whose computers run the logging agent.",
);
const COMPUTERS: (&str, &str) = (
    "Computers",
    "The computers to work on; each stands for its pool.",
);
const SCENARIO: (&str, &str) = (
    "Scenario",
    "A logging scenario, by name (Get-CsClsScenario lists them): AlwaysOn, CPS, RGS, UserReplicator...",
);
const DURATION: (&str, &str) = (
    "Duration",
    "How long the scenario runs: days.hours:minutes (0.04:00), hours:minutes (12:00) or minutes (60). Four hours when left out.",
);

pub const TEXTS: &[Text] = &[
    Text {
        name: "Start-CsClsLogging",
        synopsis: "Starts a logging scenario on the Centralized Logging Service agents.",
        description: "Every Lync computer logs AlwaysOn (until Stop-CsClsLogging stops it) and at most one other scenario at a time; starting a second one is refused. A scenario other than AlwaysOn ends after its duration. The result is the agents' status, as Show-CsClsLogging prints it.",
        examples: &[
            ("Start-CsClsLogging -Scenario \"cps\" -Pools \"atl-cs-001.litwareinc.com\" -Duration 12:00", "Logs the Call Park service on atl-cs-001 for twelve hours."),
            ("Start-CsClsLogging -Scenario AlwaysOn", "Turns AlwaysOn logging on everywhere again."),
        ],
        parameters: &[SCENARIO, DURATION, POOLS, COMPUTERS, AS_XML],
        related: &["Stop-CsClsLogging", "Show-CsClsLogging", "Get-CsClsScenario"],
    },
    Text {
        name: "Stop-CsClsLogging",
        synopsis: "Stops a logging scenario.",
        description: "The scenario stops on the chosen pools (every pool when none is named); stopping AlwaysOn leaves the agents logging nothing until it is started again.",
        examples: &[
            ("Start-CsClsLogging -Scenario CPS -Pools atl-cs-001.litwareinc.com | Out-Null; Stop-CsClsLogging -Scenario \"cps\" -Pools atl-cs-001.litwareinc.com", "Starts and stops the Call Park scenario."),
            ("Stop-CsClsLogging -Scenario AlwaysOn -Computers atl-edge-001.litwareinc.com", "Stops AlwaysOn on the Edge Server."),
        ],
        parameters: &[SCENARIO, POOLS, COMPUTERS, AS_XML],
        related: &["Start-CsClsLogging", "Show-CsClsLogging"],
    },
    Text {
        name: "Update-CsClsLogging",
        synopsis: "Changes how long the running logging scenarios go on.",
        description: "Each running scenario other than AlwaysOn on the chosen pools gets the new duration, counted from when it started.",
        examples: &[
            ("Start-CsClsLogging -Scenario RGS | Out-Null; Update-CsClsLogging -Duration 60", "Starts the Response Group scenario and shortens it to an hour."),
            ("Update-CsClsLogging -Duration 3:15 -Pools atl-cs-001.litwareinc.com", "Gives atl-cs-001's scenario three hours and a quarter."),
        ],
        parameters: &[DURATION, POOLS, COMPUTERS, AS_XML],
        related: &["Start-CsClsLogging", "Show-CsClsLogging"],
    },
    Text {
        name: "Show-CsClsLogging",
        synopsis: "Shows what the logging agents log.",
        description: "A line per pool with its state (AlwaysOn, and the running scenario with when it started, who started it and for how long), and an indented line per computer.",
        examples: &[
            ("Show-CsClsLogging", "Shows every pool."),
            ("Show-CsClsLogging -Pools atl-cs-001.litwareinc.com -AsXml", "Shows one pool, as XML."),
        ],
        parameters: &[POOLS, COMPUTERS, AS_XML],
        related: &["Start-CsClsLogging", "Stop-CsClsLogging"],
    },
    Text {
        name: "Sync-CsClsLogging",
        synopsis: "Has the logging agents write what they hold to their log files.",
        description: "Prints the agents' success line; in the lab the trace is always written.",
        examples: &[
            ("Sync-CsClsLogging", "Synchronizes every agent."),
            ("Sync-CsClsLogging -Pools \"atl-cs-001.litwareinc.com\"", "Synchronizes atl-cs-001's agent."),
        ],
        parameters: &[POOLS, COMPUTERS, AS_XML],
        related: &["Search-CsClsLogging"],
    },
    Text {
        name: "Search-CsClsLogging",
        synopsis: "Searches what the logging agents logged.",
        description: "The lab's agents log every command of the session, one Info line per computer. The line's text is matched against -Uri, -IP, -Phone, -CallId, -ConferenceId and -SipContents: any of them (-MatchAny, the default) or all (-MatchAll). A -LogLevel above Info finds nothing. -OutputFilePath adds the lines to a file instead of printing them. The lab does not time its lines, so -StartTime and -EndTime keep every line.",
        examples: &[
            ("Set-CsClientPolicy -Identity Global -DisableEmoticons $True; Search-CsClsLogging -Computers \"atl-cs-001.litwareinc.com\" -SipContents \"ClientPolicy\"", "Finds the policy change in the trace."),
            ("Search-CsClsLogging -Computers \"atl-cs-001.litwareinc.com\" -IP \"192.168.0.242\" -Uri \"sip:kenmyer@litwareinc.com\" -MatchAny", "Finds lines naming the address or the user."),
            ("Search-CsClsLogging -Pools atl-cs-001.litwareinc.com -OutputFilePath trace.txt; (Get-Content trace.txt).Count", "Writes the lines to a file and counts them."),
        ],
        parameters: &[
            POOLS,
            COMPUTERS,
            ("Uri", "Text such as a SIP address the lines must contain."),
            ("IP", "An IP address the lines must contain."),
            ("Phone", "A phone number the lines must contain."),
            ("CallId", "A call ID the lines must contain."),
            ("ConferenceId", "A conference ID the lines must contain."),
            ("SipContents", "Any text the lines must contain."),
            ("CorrelationIds", "Correlation IDs of related lines; the lab's lines have none, so it keeps every line."),
            ("Components", "The components whose lines to return; the lab's lines are the Cmdlet component's."),
            ("LogLevel", "The lowest level to return: Fatal, Error, Warning, Info, Verbose, Debug or All."),
            ("MatchAll", "A line must contain everything asked."),
            ("MatchAny", "A line must contain one of the things asked (the default)."),
            ("StartTime", "The start of the time window; the lab's lines are not timed, so it keeps every line."),
            ("EndTime", "The end of the time window; the lab's lines are not timed, so it keeps every line."),
            ("SkipNetworkLogs", "Leaves out network traces; the lab has none."),
            ("OutputFilePath", "A file, in the files folder, the lines are added to."),
            AS_XML,
        ],
        related: &["Sync-CsClsLogging", "Show-CsClsLogging"],
    },
];
