//! Help for Active Directory's preparation cmdlets (schema, forest, domain), in lyncsh's own
//! words.

use super::builtin::Text;
use super::shared::{CONFIRM, WHAT_IF};

const DC: &str = "Accepted; the lab has one directory, so it makes no difference.";
const GLOBAL_CATALOG: (&str, &str) = ("GlobalCatalog", DC);
const SETTINGS_DC: (&str, &str) = ("GlobalSettingsDomainController", DC);
const ROOT_DC: (&str, &str) = ("RootDomainController", DC);
const DOMAIN_DC: (&str, &str) = ("DomainController", DC);
const GROUP_DOMAIN: (&str, &str) = (
    "GroupDomain",
    "Accepted; the lab keeps its universal groups in litwareinc.com.",
);
const GROUP_DC: (&str, &str) = ("GroupDomainController", DC);
const REPORT: (&str, &str) = (
    "Report",
    "A file in the files folder to write the state found to, as HTML.",
);
const SKIP: (&str, &str) = (
    "SkipPrepareCheck",
    "Accepted; the step before is checked anyway.",
);
const FORCE: (&str, &str) = (
    "Force",
    "Accepted; the change is made without asking anyway.",
);
const DOMAIN: (&str, &str) = (
    "Domain",
    "The domain, by FQDN: litwareinc.com, the lab forest's one domain (the default).",
);

pub const TEXTS: &[Text] = &[
    Text {
        name: "Get-CsAdServerSchema",
        synopsis: "Shows whether the Active Directory schema has been extended for Lync Server.",
        description: "SCHEMA_VERSION_STATE_CURRENT when it has (as in the lab), SCHEMA_VERSION_STATE_NOT_CURRENT when not.",
        examples: &[
            ("Get-CsAdServerSchema", "Shows the schema's state."),
            ("Get-CsAdServerSchema -Report Server_Schema.html", "Also writes it to a file."),
        ],
        parameters: &[REPORT],
        related: &["Install-CsAdServerSchema", "Get-CsAdForest"],
    },
    Text {
        name: "Install-CsAdServerSchema",
        synopsis: "Extends the Active Directory schema for Lync Server, the first step of preparing AD.",
        description: "A schema already extended is left as it is.",
        examples: &[
            ("Install-CsAdServerSchema", "Extends the schema (the lab's already is)."),
            ("Install-CsAdServerSchema -Ldf Schemas -WhatIf", "Shows what would be done."),
        ],
        parameters: &[("Ldf", "Accepted; the lab does not read LDIF files."), GLOBAL_CATALOG, SETTINGS_DC, REPORT, FORCE, WHAT_IF, CONFIRM],
        related: &["Get-CsAdServerSchema", "Enable-CsAdForest"],
    },
    Text {
        name: "Get-CsAdForest",
        synopsis: "Shows whether the forest has been prepared for Lync Server.",
        description: "LC_FORESTSETTINGS_STATE_READY or LC_FORESTSETTINGS_STATE_NOT_READY.",
        examples: &[
            ("Get-CsAdForest", "Shows the forest's state."),
            ("Get-CsAdForest -Report ForestState.html", "Also writes it to a file."),
        ],
        parameters: &[GLOBAL_CATALOG, SETTINGS_DC, ROOT_DC, SKIP, REPORT],
        related: &["Enable-CsAdForest", "Get-CsAdDomain"],
    },
    Text {
        name: "Enable-CsAdForest",
        synopsis: "Prepares the forest for Lync Server; the schema must be extended first.",
        description: "A forest already prepared is left as it is.",
        examples: &[
            ("Enable-CsAdForest", "Prepares the forest (the lab's already is)."),
            ("Disable-CsAdForest; Enable-CsAdForest; Get-CsAdForest", "Undoes the preparation and does it again."),
        ],
        parameters: &[GLOBAL_CATALOG, SETTINGS_DC, ROOT_DC, GROUP_DOMAIN, GROUP_DC, SKIP, REPORT, FORCE, WHAT_IF, CONFIRM],
        related: &["Get-CsAdForest", "Enable-CsAdDomain"],
    },
    Text {
        name: "Disable-CsAdForest",
        synopsis: "Undoes the forest's preparation for Lync Server.",
        description: "Get-CsAdForest then shows LC_FORESTSETTINGS_STATE_NOT_READY, and Enable-CsAdDomain is refused until the forest is prepared again.",
        examples: &[
            ("Disable-CsAdForest -Force", "Undoes the preparation."),
            ("Disable-CsAdForest -WhatIf", "Shows what would be done."),
        ],
        parameters: &[GLOBAL_CATALOG, SETTINGS_DC, ROOT_DC, GROUP_DOMAIN, GROUP_DC, REPORT, FORCE, WHAT_IF, CONFIRM],
        related: &["Enable-CsAdForest"],
    },
    Text {
        name: "Get-CsAdDomain",
        synopsis: "Shows whether a domain has been prepared for Lync Server.",
        description: "LC_DOMAIN_SETTINGS_STATE_READY or LC_DOMAIN_SETTINGS_STATE_NOT_READY. A domain outside the lab's forest is an error.",
        examples: &[
            ("Get-CsAdDomain", "Shows the state of litwareinc.com."),
            ("Get-CsAdDomain -Domain litwareinc.com -Report DomainReport.html", "Also writes it to a file."),
        ],
        parameters: &[DOMAIN, DOMAIN_DC, GLOBAL_CATALOG, SETTINGS_DC, REPORT],
        related: &["Enable-CsAdDomain", "Get-CsAdForest"],
    },
    Text {
        name: "Enable-CsAdDomain",
        synopsis: "Prepares a domain for Lync Server; the forest must be prepared first.",
        description: "A domain already prepared is left as it is.",
        examples: &[
            ("Enable-CsAdDomain", "Prepares litwareinc.com (the lab's already is)."),
            ("Disable-CsAdDomain; Enable-CsAdDomain -Domain litwareinc.com; Get-CsAdDomain", "Undoes the preparation and does it again."),
        ],
        parameters: &[DOMAIN, DOMAIN_DC, GLOBAL_CATALOG, SETTINGS_DC, ("CrossForest", "Accepted; the lab has one forest."), SKIP, REPORT, FORCE, WHAT_IF, CONFIRM],
        related: &["Get-CsAdDomain", "Enable-CsAdForest"],
    },
    Text {
        name: "Disable-CsAdDomain",
        synopsis: "Undoes a domain's preparation for Lync Server.",
        description: "Get-CsAdDomain then shows LC_DOMAIN_SETTINGS_STATE_NOT_READY.",
        examples: &[
            ("Disable-CsAdDomain -Force", "Undoes the preparation of litwareinc.com."),
            ("Disable-CsAdDomain -Domain litwareinc.com -WhatIf", "Shows what would be done."),
        ],
        parameters: &[DOMAIN, DOMAIN_DC, GLOBAL_CATALOG, SETTINGS_DC, REPORT, FORCE, WHAT_IF, CONFIRM],
        related: &["Enable-CsAdDomain"],
    },
];
