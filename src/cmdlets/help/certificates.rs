//! Help for the certificate cmdlets, in lyncsh's own words.

use super::builtin::Text;
use super::shared::{CONFIRM, FORCE, REPORT, WHAT_IF};

const TYPE: (&str, &str) = (
    "Type",
    "One or more certificate uses: Default, WebServicesInternal, WebServicesExternal, Internal, External, AccessEdgeExternal, DataEdgeExternal, AudioVideoAuthentication, XMPPServer, OAuthTokenIssuer... A use must be one the computer's roles have.",
);
const IDENTITY: (&str, &str) = (
    "Identity",
    "global for the global certificates (the OAuth token issuer's); left out, the local computer's (atl-cs-001 in the lab).",
);
const EFFECTIVE: (&str, &str) = (
    "EffectiveDate",
    "When a rolled certificate takes over; needed with -Roll.",
);
const ROLL: (&str, &str) = (
    "Roll",
    "Has the certificate take over at -EffectiveDate instead of at once.",
);
const PASSWORD: (&str, &str) = (
    "Password",
    "The password of the certificate file; the lab does not check it.",
);
const EXPORTABLE: (&str, &str) = (
    "PrivateKeyExportable",
    "$True lets the private key be exported later; the lab records nothing for it.",
);

pub const TEXTS: &[Text] = &[
    Text {
        name: "Get-CsCertificate",
        synopsis: "Lists the certificates Lync uses on the local computer, one object per use.",
        description: "Only certificates assigned a use (Set-CsCertificate) are listed, with their issuer, validity, serial number, subject, alternative names, thumbprint and use. Without -Identity the local computer's and the global ones are returned.",
        examples: &[
            ("Get-CsCertificate", "Lists every certificate in use."),
            ("Get-CsCertificate -Type OAuthTokenIssuer -Identity global", "Shows the OAuth token issuer's certificate."),
            ("Get-CsCertificate | Where-Object {$_.NotAfter -lt (Get-Date).AddDays(90)} | Select-Object Use, Thumbprint, NotAfter", "Lists the certificates that expire within 90 days."),
        ],
        parameters: &[IDENTITY, ("Type", "Returns only these uses."), REPORT],
        related: &["Request-CsCertificate", "Set-CsCertificate", "Test-CsCertificateConfiguration"],
    },
    Text {
        name: "Request-CsCertificate",
        synopsis: "Requests a certificate for the uses a computer needs, from the lab's certification authority.",
        description: "-New requests a certificate for -Type on the local computer, or on -ComputerFqdn (its FQDN or first label). The subject is the computer's pool; the alternative names are the SIP domain's pool name, the pool, the computer, the external web name for WebServicesExternal, and -DomainName's names. The lab's CA issues at once: the certificate goes into the computer's store (assign it with Set-CsCertificate), and the cmdlet prints the issue line and the certificate. With -Output an offline request is written to that file instead. -List shows pending requests (never any); -Retrieve and -Clear find none.",
        examples: &[
            ("Request-CsCertificate -New -Type WebServicesExternal -CA \"atl-ca-001.litwareinc.com\\myca\"", "Requests a certificate for external web services."),
            ("Request-CsCertificate -New -Type Internal -ComputerFqdn atl-edge-001 -CA \"atl-ca-001.litwareinc.com\\myca\" | Select-Object -First 1", "Requests the Edge Server's internal certificate and shows the issue line."),
            ("Request-CsCertificate -New -Type Default,WebServicesInternal,WebServicesExternal -Output request.txt; Get-Content request.txt", "Writes an offline request and shows it."),
        ],
        parameters: &[
            ("New", "Requests a new certificate."),
            TYPE,
            ("ComputerFqdn", "The computer the certificate is for; the local computer when left out."),
            ("CA", "The certification authority, as server\\CA name; its name becomes the issuer's."),
            ("DomainName", "More alternative names, separated by commas."),
            ("AllSipDomain", "Adds the SIP domain names; the lab has one SIP domain, whose name is always added."),
            ("Output", "Writes an offline request to this file instead of asking the CA."),
            ("FriendlyName", "A friendly name for the certificate; the lab records nothing for it."),
            ("Template", "The CA's certificate template; accepted as given."),
            EXPORTABLE,
            ("List", "Lists the pending requests; the lab's CA leaves none."),
            ("Retrieve", "Fetches a pending request's certificate; the lab's CA leaves none."),
            ("Clear", "Deletes a pending request; the lab's CA leaves none."),
            ("RequestId", "The pending request for -Retrieve or -Clear."),
            ("CaAccount", "An account to ask the CA with; not needed in the lab."),
            ("CaPassword", "That account's password."),
            ("City", "The city in the request's subject; accepted as given."),
            ("State", "The state or province in the request's subject; accepted as given."),
            ("Country", "The country in the request's subject; accepted as given."),
            ("Organization", "The organization in the request's subject; accepted as given."),
            ("OU", "The organizational unit in the request's subject; accepted as given."),
            ("KeyAlg", "The key algorithm; accepted as given."),
            ("KeySize", "The key length: 1024, 2048 or 4096; accepted as given."),
            ("ClientEKU", "Adds the client authentication usage; accepted as given."),
            ("GlobalCatalog", "The global catalog server to use; the lab has one directory."),
            ("GlobalSettingsDomainController", "The domain controller that holds the global settings; no effect in the lab."),
            REPORT,
            FORCE,
            WHAT_IF,
            CONFIRM,
        ],
        related: &["Set-CsCertificate", "Get-CsCertificate"],
    },
    Text {
        name: "Import-CsCertificate",
        synopsis: "Imports a certificate file into the local computer's store, or the global one.",
        description: "The file must exist in the files folder; lyncsh reads it only to tell certificates apart (the thumbprint comes from its content). With -Type the uses are assigned at once, otherwise assign them with Set-CsCertificate.",
        examples: &[
            ("\"certificate\" | Set-Content WebServer.pfx; Import-CsCertificate -Path WebServer.pfx -PrivateKeyExportable $True", "Imports a certificate file into atl-cs-001's store."),
            ("\"oauth\" | Set-Content oauth.pfx; Import-CsCertificate -Identity global -Type OAuthTokenIssuer -Path oauth.pfx -Password \"P@ssw0rd\"; Get-CsCertificate -Identity global -Type OAuthTokenIssuer | Select-Object Thumbprint", "Imports and assigns a new OAuth token issuer."),
        ],
        parameters: &[("Path", "The certificate file, in the files folder."), IDENTITY, TYPE, PASSWORD, EXPORTABLE, EFFECTIVE, ROLL, REPORT, FORCE, WHAT_IF, CONFIRM],
        related: &["Set-CsCertificate", "Get-CsCertificate"],
    },
    Text {
        name: "Set-CsCertificate",
        synopsis: "Assigns a certificate of the store to uses.",
        description: "The certificate is named by -Thumbprint (or passed as -Reference, or imported from -Path). Each use moves to it from the certificate that had it, which becomes its PreviousThumbprint. The cmdlet prints a line per use it assigned. -Roll needs -EffectiveDate.",
        examples: &[
            ("Set-CsCertificate -Type WebServicesExternal -Thumbprint \"B142918E463981A76503828BB1278391B716280987B\"", "Assigns the Front End's certificate to external web services."),
            ("$x = Request-CsCertificate -New -Type Default | Select-Object -Last 1; Set-CsCertificate -Type Default -Thumbprint $x.Thumbprint; (Get-CsCertificate -Type Default).PreviousThumbprint", "Requests, assigns, and shows which certificate served before."),
        ],
        parameters: &[
            TYPE,
            ("Thumbprint", "The thumbprint of a certificate in the store."),
            ("Reference", "A certificate object from Get-CsCertificate or Request-CsCertificate."),
            ("Path", "A certificate file to import and assign, in the files folder."),
            IDENTITY,
            PASSWORD,
            EFFECTIVE,
            ROLL,
            REPORT,
            FORCE,
            WHAT_IF,
            CONFIRM,
        ],
        related: &["Get-CsCertificate", "Request-CsCertificate", "Remove-CsCertificate"],
    },
    Text {
        name: "Remove-CsCertificate",
        synopsis: "Takes uses away from the certificates that have them.",
        description: "The certificates stay in the store; they no longer serve the uses named, and Get-CsCertificate no longer lists them for those uses. -Previous forgets the previous certificate instead.",
        examples: &[
            ("Remove-CsCertificate -Type WebServicesExternal; Get-CsCertificate | Select-Object Use", "Stops using a certificate for external web services."),
            ("Remove-CsCertificate -Type Default -Previous -WhatIf", "Shows what forgetting the previous Default certificate would do."),
        ],
        parameters: &[TYPE, IDENTITY, ("Previous", "Forgets the previous certificate of the uses instead."), REPORT, FORCE, WHAT_IF, CONFIRM],
        related: &["Set-CsCertificate", "Get-CsCertificate"],
    },
    Text {
        name: "Test-CsCertificateConfiguration",
        synopsis: "Checks that the local computer has a valid certificate for every use its roles need.",
        description: "Returns one object per use that has a certificate (Thumbprint, Use); a use without one, or with one that expired on the lab clock, is a warning.",
        examples: &[
            ("Test-CsCertificateConfiguration", "Lists atl-cs-001's uses and their certificates."),
            ("Remove-CsCertificate -Type WebServicesExternal; Test-CsCertificateConfiguration -Report certificates.html", "Warns that external web services have no certificate, and writes a report."),
        ],
        parameters: &[REPORT],
        related: &["Get-CsCertificate", "Set-CsCertificate"],
    },
];
