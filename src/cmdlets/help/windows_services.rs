//! Help for Get-, Start- and Stop-CsWindowsService, in lyncsh's own words.

use super::builtin::Text;
use super::shared::WHAT_IF;

const COMPUTER: (&str, &str) = (
    "ComputerName",
    "The computer, by its fully qualified domain name. Without it, the first Front End (atl-cs-001.litwareinc.com), the computer lyncsh stands for.",
);
const NAME: (&str, &str) = (
    "Name",
    "The service name, such as RTCSRV or RTCRGS. Without it, every Lync Server service of the computer.",
);
const INPUT: (&str, &str) = (
    "InputObject",
    "A service piped from Get-CsWindowsService; its computer and name are used.",
);
const REPORT: (&str, &str) = (
    "Report",
    "A file in the files folder to write the services to, as an HTML table.",
);
const FORCE: (&str, &str) = (
    "Force",
    "Accepted; the change is made without asking anyway.",
);
const NO_WAIT: (&str, &str) = (
    "NoWait",
    "Accepted; services in the lab change state at once.",
);
const CONFIRM: (&str, &str) = ("Confirm", "Asks before each change.");

pub const TEXTS: &[Text] = &[
    Text {
        name: "Get-CsWindowsService",
        synopsis: "Lists the Lync Server services of a computer, whether they run, and the roles that need them.",
        description: "A computer has the services of the roles its pool holds: a Front End has RTCSRV and the conferencing and application services of its roles, the Edge Server its Edge services, and the Central Management Store's computer the master replicator RTCMASTER. A database server has none. The table shows Status, Name and ActivityLevel; Format-List * shows DisplayName, RoleName and ComputerName too.",
        examples: &[
            ("Get-CsWindowsService", "Lists the services of atl-cs-001."),
            ("Get-CsWindowsService -ComputerName atl-edge-001.litwareinc.com | Where-Object {$_.RoleName -contains \"EdgeServer\"}", "Lists the Edge Server's services."),
        ],
        parameters: &[NAME, COMPUTER, ("ExcludeActivityLevel", "Leaves ActivityLevel empty."), REPORT],
        related: &["Start-CsWindowsService", "Stop-CsWindowsService"],
    },
    Text {
        name: "Start-CsWindowsService",
        synopsis: "Starts Lync Server services that were stopped.",
        description: "Without -Name every stopped service of the computer starts. A service named that already runs gets a warning and stays as it is.",
        examples: &[
            ("Stop-CsWindowsService -Name RTCRGS; Start-CsWindowsService -Name RTCRGS", "Stops and starts the Response Group service."),
            ("Get-CsWindowsService | Where-Object {$_.Status -ne \"Running\"} | Start-CsWindowsService", "Starts every service of atl-cs-001 that is not running."),
        ],
        parameters: &[NAME, COMPUTER, INPUT, REPORT, FORCE, NO_WAIT, WHAT_IF, CONFIRM],
        related: &["Get-CsWindowsService", "Stop-CsWindowsService"],
    },
    Text {
        name: "Stop-CsWindowsService",
        synopsis: "Stops Lync Server services; they stay stopped in the session until started.",
        description: "Without -Name every service of the computer stops, the logging agent too unless -LeaveClsAgentRunning. A service named that is already stopped gets a warning. Stopped services show in Get-CsWindowsService, and the synthetic transactions that need them fail.",
        examples: &[
            ("Stop-CsWindowsService -Name RTCRGS -ComputerName atl-cs-001.litwareinc.com", "Stops the Response Group service of atl-cs-001."),
            ("Get-CsWindowsService | Where-Object {$_.DisplayName -like \"*Call Park*\"} | Stop-CsWindowsService", "Stops the Call Park service."),
        ],
        parameters: &[
            NAME, COMPUTER, INPUT, REPORT, FORCE, NO_WAIT,
            ("Graceful", "Accepted; the lab has no calls to let finish."),
            ("LeaveClsAgentRunning", "Keeps the Centralized Logging agent (RTCCLSAGT) running when every service stops."),
            ("LeaveWebServerRunning", "Accepted; the lab's web server is not one of these services."),
            WHAT_IF, CONFIRM,
        ],
        related: &["Get-CsWindowsService", "Start-CsWindowsService"],
    },
];
