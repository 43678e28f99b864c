//! Help for the device update commands beyond Get and Remove, in lyncsh's own words.

use super::builtin::Text;
use super::shared::{CONFIRM, FORCE, WHAT_IF};

const RULE_IDENTITY: (&str, &str) = (
    "Identity",
    "One rule (service:WebServer:<pool fqdn>/<rule ID>), or a Web Services service for all of its rules. Rules piped from Get-CsDeviceUpdateRule bind to it by their Identity.",
);
const INSTANCE: (&str, &str) = (
    "Instance",
    "A rule object from Get-CsDeviceUpdateRule, in place of -Identity.",
);
const SERVICE: (&str, &str) = (
    "Identity",
    "The Web Services service: service:WebServer:<pool fqdn>.",
);

pub const TEXTS: &[Text] = &[
    Text {
        name: "Approve-CsDeviceUpdateRule",
        synopsis: "Releases a device update rule's pending firmware to every device.",
        description: "The pending version becomes the approved one, which every device of that kind installs; the version approved before becomes the restore version, which Restore-CsDeviceUpdateRule returns to. A rule without a pending version is an error and stays as it was.",
        examples: &[
            ("Get-CsDeviceUpdateRule | Where-Object {$_.Brand -eq 'LG-Nortel'} | Approve-CsDeviceUpdateRule", "Approves the pending updates of the LG-Nortel phones."),
            ("Approve-CsDeviceUpdateRule -Identity service:WebServer:atl-cs-001.litwareinc.com/d5ce3c10-2588-420a-82ac-dc2d9b1222ff9 -WhatIf", "Shows what approving one rule would do."),
        ],
        parameters: &[RULE_IDENTITY, INSTANCE, FORCE, WHAT_IF, CONFIRM],
        related: &["Get-CsDeviceUpdateRule", "Reset-CsDeviceUpdateRule", "Restore-CsDeviceUpdateRule"],
    },
    Text {
        name: "Reset-CsDeviceUpdateRule",
        synopsis: "Rejects a device update rule's pending firmware.",
        description: "The pending version is dropped, so test devices go back to the approved one. Only a rule with a pending version can be reset; to roll back an approved version use Restore-CsDeviceUpdateRule.",
        examples: &[
            ("Reset-CsDeviceUpdateRule -Identity service:WebServer:atl-cs-001.litwareinc.com/d5ce3c10-2588-420a-82ac-dc2d9b1222ff9", "Rejects the pending update of one LG-Nortel rule."),
            ("Get-CsDeviceUpdateRule | Where-Object {$_.PendingVersion -ne $null} | Reset-CsDeviceUpdateRule", "Rejects every pending update."),
        ],
        parameters: &[RULE_IDENTITY, INSTANCE, FORCE, WHAT_IF, CONFIRM],
        related: &["Approve-CsDeviceUpdateRule", "Restore-CsDeviceUpdateRule", "Clear-CsDeviceUpdateFile"],
    },
    Text {
        name: "Restore-CsDeviceUpdateRule",
        synopsis: "Rolls a device update rule back to the firmware approved before.",
        description: "The restore version becomes the approved one again (none, when the rule has no restore version, so devices keep what they have); a rule without an approved version is an error.",
        examples: &[
            ("Get-CsDeviceUpdateRule | Where-Object {$_.Brand -eq 'Polycom'} | Restore-CsDeviceUpdateRule", "Rolls back the Polycom phones' firmware."),
            ("Get-CsDeviceUpdateRule | Where-Object {$_.RestoreVersion -ne $null} | Restore-CsDeviceUpdateRule -WhatIf", "Shows which rules a rollback would change."),
        ],
        parameters: &[RULE_IDENTITY, INSTANCE, FORCE, WHAT_IF, CONFIRM],
        related: &["Approve-CsDeviceUpdateRule", "Reset-CsDeviceUpdateRule"],
    },
    Text {
        name: "Clear-CsDeviceUpdateFile",
        synopsis: "Deletes the update files that rejected or rolled-back rules no longer use.",
        description: "The service is checked. The lab keeps no update files on disk, so there is nothing to delete after that.",
        examples: &[
            ("Clear-CsDeviceUpdateFile -Identity service:WebServer:atl-cs-001.litwareinc.com", "Clears the unused update files of the lab's first Web Services service."),
            ("Get-CsService -WebServer | ForEach-Object {Clear-CsDeviceUpdateFile -Identity $_.Identity}", "Does the same on every Web Services service."),
        ],
        parameters: &[SERVICE, FORCE, WHAT_IF, CONFIRM],
        related: &["Reset-CsDeviceUpdateRule", "Restore-CsDeviceUpdateRule", "Clear-CsDeviceUpdateLog"],
    },
    Text {
        name: "Clear-CsDeviceUpdateLog",
        synopsis: "Deletes the device update service's logs older than a number of days.",
        description: "The service is checked. The lab keeps no device logs on disk, so there is nothing to delete after that.",
        examples: &[
            ("Clear-CsDeviceUpdateLog -Identity service:WebServer:atl-cs-001.litwareinc.com -DaysBack 10", "Keeps only the last ten days of logs."),
            ("Clear-CsDeviceUpdateLog -Identity service:WebServer:redmond.litwareinc.com -DaysBack 30 -WhatIf", "Shows what clearing the second pool's logs would do."),
        ],
        parameters: &[SERVICE, ("DaysBack", "How many days of logs to keep; older ones are deleted."), FORCE, WHAT_IF, CONFIRM],
        related: &["Clear-CsDeviceUpdateFile", "Get-CsDeviceUpdateRule"],
    },
];
