//! Help for the synthetic transactions (cmdlets/synthetic.rs), in lyncsh's own words. The
//! transactions share their parameters, so each text is one shared description.

use super::builtin::Text;
use super::shared::OUT_VERBOSE_VARIABLE;

/// A transaction keeps its outcome in the variable -OutLoggerVariable names.
const LOGGER_VARIABLE: (&str, &str) = (
    "OutLoggerVariable",
    "The name (without $) of a variable that receives the transaction's log: its cmdlet and every field of its result. Its ToXML() and ToHTML() methods give the log as text to save with Out-File.",
);

const AUTHENTICATION: (&str, &str) = (
    "Authentication",
    "Accepted; the lab signs users in the same way whatever the mechanism.",
);
const REGISTRAR_PORT: (&str, &str) = (
    "RegistrarPort",
    "Accepted; the lab's Registrars listen where the topology says.",
);
const TARGET_FQDN: (&str, &str) = ("TargetFqdn", "The pool to test, by the FQDN of its Registrar pool. Without it, the first test user's home pool.");
const FORCE: (&str, &str) = ("Force", "Accepted; nothing is asked.");
const SIP_ADDRESS: (&str, &str) = ("*SipAddress", "A test user, by SIP address. Without the user parameters, the pool's health monitoring test users are used, else the users homed on it whose test credentials are stored (Set-CsTestUserCredential).");
const CREDENTIAL: (&str, &str) = ("*Credential", "Accepted; the lab does not check passwords.");
const TEST_JOIN_LAUNCHER: (&str, &str) = (
    "TestJoinLauncher",
    "Accepted; joining through the join launcher works as joining does.",
);
const EXTERNAL: (&str, &str) = ("External", "Accepted; the lab has one network.");
const TARGET_URI: (&str, &str) = (
    "TargetUri",
    "Accepted; the pool's own web services are used.",
);
const TARGET_PSTN_PHONE_NUMBER: (&str, &str) = (
    "TargetPstnPhoneNumber",
    "The PSTN number to call; the first user's voice policy must route it.",
);
const EMAIL_HOST: (&str, &str) = (
    "EmailHost",
    "Accepted; legal intercept is not tested in the lab.",
);
const IS_SSL: (&str, &str) = (
    "IsSsl",
    "Accepted; legal intercept is not tested in the lab.",
);
const PASSWORD: (&str, &str) = (
    "Password",
    "Accepted; legal intercept is not tested in the lab.",
);
const PORT: (&str, &str) = (
    "Port",
    "Accepted; legal intercept is not tested in the lab.",
);
const USERNAME: (&str, &str) = (
    "Username",
    "Accepted; legal intercept is not tested in the lab.",
);
const TEST_LEGAL_INTERCEPT: (&str, &str) = (
    "TestLegalIntercept",
    "Accepted; legal intercept is not tested in the lab.",
);
const WAIT_SECONDS: (&str, &str) = (
    "WaitSeconds",
    "Accepted; messages arrive at once in the lab.",
);
const GROUP_EMAIL_ADDRESS: (&str, &str) = ("GroupEmailAddress", "The group to expand.");
const TARGET_SIP_ADDRESS: (&str, &str) = ("TargetSipAddress", "The contact to look up.");
const LIVE_ID_AUTHENTICATION: (&str, &str) =
    ("LiveIdAuthentication", "Accepted; the lab has no Live ID.");
const SETUP: (&str, &str) = (
    "Setup",
    "Accepted; the contact store needs no setup in the lab.",
);
const PHONE_OR_EXT: (&str, &str) = (
    "PhoneOrExt",
    "Accepted; the user is named by -UserSipAddress.",
);
const P_I_N: (&str, &str) = ("PIN", "Accepted; the user's PIN state decides the result.");
const WAVE_FILE: (&str, &str) = ("WaveFile", "Accepted; the message is not played.");

const RECEIVER: (&str, &str) = (
    "Receiver",
    "The XMPP contact to message, as user@domain; the domain must be an allowed XMPP partner.",
);
const CHAT_ROOM_URI: (&str, &str) = ("ChatRoomUri", "The room to post in, by its identity (pool\\name) or name; it must exist and not be disabled. Without it, any room of the pool will do.");
const SUBNET: (&str, &str) = (
    "Subnet",
    "A subnet ID: the location policy of its network site is looked up first, then the user's.",
);
const SIP_URI: (&str, &str) = (
    "SipUri",
    "The user whose mailbox is tested, by SIP address; without it, the pool's test user.",
);
const BINDING: (&str, &str) = (
    "Binding",
    "Accepted; the lab has no Exchange server to bind to.",
);
const DELETE_ITEM: (&str, &str) = ("DeleteItem", "Accepted; no item is written.");
const FOLDER: (&str, &str) = ("Folder", "Accepted; no mailbox folder is opened.");
const HOST_NAME_STORAGE_SERVICE: (&str, &str) = (
    "HostNameStorageService",
    "Accepted; the storage service of the user's pool is used.",
);
const USE_CACHE: (&str, &str) = ("UseCache", "Accepted; nothing is cached.");
const CERTIFICATE: (&str, &str) = (
    "Certificate",
    "Accepted; the Edge's own assigned certificates are checked.",
);
const DOMAIN: (&str, &str) = (
    "Domain",
    "The federated domain to reach; it must be allowed (or discoverable) and not blocked.",
);
const PROXY_FQDN: (&str, &str) = ("ProxyFqdn", "Accepted; the route is the allowed domain's.");
const EDGE_TARGET: (&str, &str) = (
    "TargetFqdn",
    "The Edge pool (or one of its computers) to send from.",
);
const ACCESS_EDGE_FQDN: (&str, &str) = (
    "AccessEdgeFqdn",
    "The Edge pool (or one of its computers) that relays the notification.",
);
const CHAT_SETUP: (&str, &str) = ("Setup", "Accepted; the lab needs no watcher node setup.");

pub const TEXTS: &[Text] = &[
    Text {
        name: "Test-CsRegistration",
        synopsis: "Signs a test user in on a pool's Registrar, to show that registration works.",
        description: "Evaluates the lab: the users (-UserSipAddress) must exist, be enabled and be homed on the pool, the Windows services the transaction needs must run there, and the certificates those servers use must be assigned and not expired. Prints TargetFqdn, Result, Latency, Error and Diagnosis; a failure names its cause, and Latency is the same on every run.",
        examples: &[
            ("Test-CsRegistration -TargetFqdn atl-cs-001.litwareinc.com", "Runs the transaction on atl-cs-001 with its test users."),
            ("Test-CsRegistration -TargetFqdn atl-cs-001.litwareinc.com -UserSipAddress sip:kenmyer@litwareinc.com | Select-Object Result, Error", "Runs it with the users named."),
        ],
        parameters: &[AUTHENTICATION, FORCE, LOGGER_VARIABLE, OUT_VERBOSE_VARIABLE, REGISTRAR_PORT, TARGET_FQDN, CREDENTIAL, SIP_ADDRESS],
        related: &["Get-CsWindowsService", "Set-CsTestUserCredential"],
    },
    Text {
        name: "Test-CsIM",
        synopsis: "Sends an instant message between two test users of a pool.",
        description: "Evaluates the lab: the users (-SenderSipAddress, -ReceiverSipAddress) must exist, be enabled and be homed on the pool, the Windows services the transaction needs must run there, and the certificates those servers use must be assigned and not expired. Prints TargetFqdn, Result, Latency, Error and Diagnosis; a failure names its cause, and Latency is the same on every run.",
        examples: &[
            ("Test-CsIM -TargetFqdn atl-cs-001.litwareinc.com", "Runs the transaction on atl-cs-001 with its test users."),
            ("Test-CsIM -TargetFqdn atl-cs-001.litwareinc.com -SenderSipAddress sip:kenmyer@litwareinc.com -ReceiverSipAddress sip:davidlongmire@litwareinc.com | Select-Object Result, Error", "Runs it with the users named."),
        ],
        parameters: &[AUTHENTICATION, EMAIL_HOST, FORCE, IS_SSL, LOGGER_VARIABLE, OUT_VERBOSE_VARIABLE, PASSWORD, PORT, CREDENTIAL, SIP_ADDRESS, REGISTRAR_PORT, TARGET_FQDN, TEST_LEGAL_INTERCEPT, USERNAME, WAIT_SECONDS],
        related: &["Get-CsWindowsService", "Set-CsTestUserCredential"],
    },
    Text {
        name: "Test-CsMcxP2PIM",
        synopsis: "Sends an instant message between two test users as mobile (Mobility Service) clients.",
        description: "Evaluates the lab: the users (-SenderSipAddress, -ReceiverSipAddress) must exist, be enabled and be homed on the pool, the Windows services the transaction needs must run there, and the certificates those servers use must be assigned and not expired. Prints TargetFqdn, Result, Latency, Error and Diagnosis; a failure names its cause, and Latency is the same on every run.",
        examples: &[
            ("Test-CsMcxP2PIM -Authentication Negotiate -TargetFqdn atl-cs-001.litwareinc.com", "Runs the transaction on atl-cs-001 with its test users."),
            ("Test-CsMcxP2PIM -Authentication Negotiate -TargetFqdn atl-cs-001.litwareinc.com -SenderSipAddress sip:kenmyer@litwareinc.com -ReceiverSipAddress sip:davidlongmire@litwareinc.com | Select-Object Result, Error", "Runs it with the users named."),
        ],
        parameters: &[AUTHENTICATION, FORCE, LOGGER_VARIABLE, OUT_VERBOSE_VARIABLE, CREDENTIAL, SIP_ADDRESS, REGISTRAR_PORT, TARGET_FQDN],
        related: &["Get-CsWindowsService", "Set-CsTestUserCredential"],
    },
    Text {
        name: "Test-CsGroupIM",
        synopsis: "Holds an IM conference between two test users, through the pool's IM Conferencing service.",
        description: "Evaluates the lab: the users (-SenderSipAddress, -ReceiverSipAddress) must exist, be enabled and be homed on the pool, the Windows services the transaction needs must run there, and the certificates those servers use must be assigned and not expired. Prints TargetFqdn, Result, Latency, Error and Diagnosis; a failure names its cause, and Latency is the same on every run.",
        examples: &[
            ("Test-CsGroupIM -TargetFqdn atl-cs-001.litwareinc.com", "Runs the transaction on atl-cs-001 with its test users."),
            ("Test-CsGroupIM -TargetFqdn atl-cs-001.litwareinc.com -SenderSipAddress sip:kenmyer@litwareinc.com -ReceiverSipAddress sip:davidlongmire@litwareinc.com | Select-Object Result, Error", "Runs it with the users named."),
        ],
        parameters: &[AUTHENTICATION, FORCE, LOGGER_VARIABLE, OUT_VERBOSE_VARIABLE, CREDENTIAL, SIP_ADDRESS, REGISTRAR_PORT, TARGET_FQDN, TEST_JOIN_LAUNCHER],
        related: &["Get-CsWindowsService", "Set-CsTestUserCredential"],
    },
    Text {
        name: "Test-CsP2PAV",
        synopsis: "Places a peer-to-peer audio/video call between two test users.",
        description: "Evaluates the lab: the users (-SenderSipAddress, -ReceiverSipAddress) must exist, be enabled and be homed on the pool, the Windows services the transaction needs must run there, and the certificates those servers use must be assigned and not expired. Prints TargetFqdn, Result, Latency, Error and Diagnosis; a failure names its cause, and Latency is the same on every run.",
        examples: &[
            ("Test-CsP2PAV -TargetFqdn atl-cs-001.litwareinc.com", "Runs the transaction on atl-cs-001 with its test users."),
            ("Test-CsP2PAV -TargetFqdn atl-cs-001.litwareinc.com -SenderSipAddress sip:kenmyer@litwareinc.com -ReceiverSipAddress sip:davidlongmire@litwareinc.com | Select-Object Result, Error", "Runs it with the users named."),
        ],
        parameters: &[AUTHENTICATION, FORCE, LOGGER_VARIABLE, OUT_VERBOSE_VARIABLE, CREDENTIAL, SIP_ADDRESS, REGISTRAR_PORT, TARGET_FQDN],
        related: &["Get-CsWindowsService", "Set-CsTestUserCredential"],
    },
    Text {
        name: "Test-CsAVConference",
        synopsis: "Holds an audio/video conference between two test users on the pool's A/V Conferencing service.",
        description: "Evaluates the lab: the users (-SenderSipAddress, -ReceiverSipAddress) must exist, be enabled and be homed on the pool, the Windows services the transaction needs must run there, and the certificates those servers use must be assigned and not expired. Prints TargetFqdn, Result, Latency, Error and Diagnosis; a failure names its cause, and Latency is the same on every run.",
        examples: &[
            ("Test-CsAVConference -TargetFqdn atl-cs-001.litwareinc.com", "Runs the transaction on atl-cs-001 with its test users."),
            ("Test-CsAVConference -TargetFqdn atl-cs-001.litwareinc.com -SenderSipAddress sip:kenmyer@litwareinc.com -ReceiverSipAddress sip:davidlongmire@litwareinc.com | Select-Object Result, Error", "Runs it with the users named."),
        ],
        parameters: &[AUTHENTICATION, FORCE, LOGGER_VARIABLE, OUT_VERBOSE_VARIABLE, CREDENTIAL, SIP_ADDRESS, REGISTRAR_PORT, TARGET_FQDN, TEST_JOIN_LAUNCHER],
        related: &["Get-CsWindowsService", "Set-CsTestUserCredential"],
    },
    Text {
        name: "Test-CsASConference",
        synopsis: "Holds an application sharing conference between two test users.",
        description: "Evaluates the lab: the users (-SenderSipAddress, -ReceiverSipAddress) must exist, be enabled and be homed on the pool, the Windows services the transaction needs must run there, and the certificates those servers use must be assigned and not expired. Prints TargetFqdn, Result, Latency, Error and Diagnosis; a failure names its cause, and Latency is the same on every run.",
        examples: &[
            ("Test-CsASConference -TargetFqdn atl-cs-001.litwareinc.com", "Runs the transaction on atl-cs-001 with its test users."),
            ("Test-CsASConference -TargetFqdn atl-cs-001.litwareinc.com -SenderSipAddress sip:kenmyer@litwareinc.com -ReceiverSipAddress sip:davidlongmire@litwareinc.com | Select-Object Result, Error", "Runs it with the users named."),
        ],
        parameters: &[AUTHENTICATION, FORCE, LOGGER_VARIABLE, OUT_VERBOSE_VARIABLE, CREDENTIAL, SIP_ADDRESS, REGISTRAR_PORT, TARGET_FQDN, TEST_JOIN_LAUNCHER],
        related: &["Get-CsWindowsService", "Set-CsTestUserCredential"],
    },
    Text {
        name: "Test-CsDataConference",
        synopsis: "Holds a data collaboration (web conferencing) session between two test users.",
        description: "Evaluates the lab: the users (-SenderSipAddress, -ReceiverSipAddress) must exist, be enabled and be homed on the pool, the Windows services the transaction needs must run there, and the certificates those servers use must be assigned and not expired. Prints TargetFqdn, Result, Latency, Error and Diagnosis; a failure names its cause, and Latency is the same on every run.",
        examples: &[
            ("Test-CsDataConference -TargetFqdn atl-cs-001.litwareinc.com", "Runs the transaction on atl-cs-001 with its test users."),
            ("Test-CsDataConference -TargetFqdn atl-cs-001.litwareinc.com -SenderSipAddress sip:kenmyer@litwareinc.com -ReceiverSipAddress sip:davidlongmire@litwareinc.com | Select-Object Result, Error", "Runs it with the users named."),
        ],
        parameters: &[AUTHENTICATION, FORCE, LOGGER_VARIABLE, OUT_VERBOSE_VARIABLE, CREDENTIAL, SIP_ADDRESS, REGISTRAR_PORT, TARGET_FQDN, TEST_JOIN_LAUNCHER],
        related: &["Get-CsWindowsService", "Set-CsTestUserCredential"],
    },
    Text {
        name: "Test-CsPresence",
        synopsis: "Has one test user publish presence and another subscribe to it.",
        description: "Evaluates the lab: the users (-SubscriberSipAddress, -PublisherSipAddress) must exist, be enabled and be homed on the pool, the Windows services the transaction needs must run there, and the certificates those servers use must be assigned and not expired. Prints TargetFqdn, Result, Latency, Error and Diagnosis; a failure names its cause, and Latency is the same on every run.",
        examples: &[
            ("Test-CsPresence -TargetFqdn atl-cs-001.litwareinc.com", "Runs the transaction on atl-cs-001 with its test users."),
            ("Test-CsPresence -TargetFqdn atl-cs-001.litwareinc.com -SubscriberSipAddress sip:kenmyer@litwareinc.com -PublisherSipAddress sip:davidlongmire@litwareinc.com | Select-Object Result, Error", "Runs it with the users named."),
        ],
        parameters: &[AUTHENTICATION, FORCE, LOGGER_VARIABLE, OUT_VERBOSE_VARIABLE, CREDENTIAL, SIP_ADDRESS, REGISTRAR_PORT, TARGET_FQDN],
        related: &["Get-CsWindowsService", "Set-CsTestUserCredential"],
    },
    Text {
        name: "Test-CsAddressBookService",
        synopsis: "Has a test user download the address book from the pool's web services.",
        description: "Evaluates the lab: the users (-UserSipAddress) must exist, be enabled and be homed on the pool, the Windows services the transaction needs must run there, and the certificates those servers use must be assigned and not expired. Prints TargetFqdn, Result, Latency, Error and Diagnosis; a failure names its cause, and Latency is the same on every run.",
        examples: &[
            ("Test-CsAddressBookService -TargetFqdn atl-cs-001.litwareinc.com", "Runs the transaction on atl-cs-001 with its test users."),
            ("Test-CsAddressBookService -TargetFqdn atl-cs-001.litwareinc.com -UserSipAddress sip:kenmyer@litwareinc.com | Select-Object Result, Error", "Runs it with the users named."),
        ],
        parameters: &[AUTHENTICATION, EXTERNAL, FORCE, LOGGER_VARIABLE, OUT_VERBOSE_VARIABLE, REGISTRAR_PORT, TARGET_FQDN, TARGET_URI, CREDENTIAL, SIP_ADDRESS],
        related: &["Get-CsWindowsService", "Set-CsTestUserCredential"],
    },
    Text {
        name: "Test-CsAddressBookWebQuery",
        synopsis: "Has a test user look a contact up through the address book web query service.",
        description: "Evaluates the lab: the users (-UserSipAddress) must exist, be enabled and be homed on the pool, the Windows services the transaction needs must run there, and the certificates those servers use must be assigned and not expired. Prints TargetFqdn, Result, Latency, Error and Diagnosis; a failure names its cause, and Latency is the same on every run.",
        examples: &[
            ("Test-CsAddressBookWebQuery -TargetFqdn atl-cs-001.litwareinc.com", "Runs the transaction on atl-cs-001 with its test users."),
            ("Test-CsAddressBookWebQuery -TargetFqdn atl-cs-001.litwareinc.com -UserSipAddress sip:kenmyer@litwareinc.com | Select-Object Result, Error", "Runs it with the users named."),
        ],
        parameters: &[AUTHENTICATION, EXTERNAL, FORCE, LOGGER_VARIABLE, OUT_VERBOSE_VARIABLE, REGISTRAR_PORT, TARGET_FQDN, TARGET_SIP_ADDRESS, TARGET_URI, CREDENTIAL, SIP_ADDRESS],
        related: &["Get-CsWindowsService", "Set-CsTestUserCredential"],
    },
    Text {
        name: "Test-CsGroupExpansion",
        synopsis: "Has a test user expand a distribution group.",
        description: "Evaluates the lab: the users (-UserSipAddress) must exist, be enabled and be homed on the pool, the Windows services the transaction needs must run there, and the certificates those servers use must be assigned and not expired. Prints TargetFqdn, Result, Latency, Error and Diagnosis; a failure names its cause, and Latency is the same on every run.",
        examples: &[
            ("Test-CsGroupExpansion -TargetFqdn atl-cs-001.litwareinc.com -GroupEmailAddress FinanceGroup@litwareinc.com", "Runs the transaction on atl-cs-001 with its test users."),
            ("Test-CsGroupExpansion -TargetFqdn atl-cs-001.litwareinc.com -GroupEmailAddress FinanceGroup@litwareinc.com -UserSipAddress sip:kenmyer@litwareinc.com | Select-Object Result, Error", "Runs it with the users named."),
        ],
        parameters: &[AUTHENTICATION, EXTERNAL, FORCE, GROUP_EMAIL_ADDRESS, LOGGER_VARIABLE, OUT_VERBOSE_VARIABLE, REGISTRAR_PORT, TARGET_FQDN, TARGET_URI, CREDENTIAL, SIP_ADDRESS],
        related: &["Get-CsWindowsService", "Set-CsTestUserCredential"],
    },
    Text {
        name: "Test-CsClientAuthentication",
        synopsis: "Signs a test user in with certificate authentication.",
        description: "Evaluates the lab: the users (-UserSipAddress) must exist, be enabled and be homed on the pool, the Windows services the transaction needs must run there, and the certificates those servers use must be assigned and not expired. Prints TargetFqdn, Result, Latency, Error and Diagnosis; a failure names its cause, and Latency is the same on every run.",
        examples: &[
            ("Test-CsClientAuthentication -TargetFqdn atl-cs-001.litwareinc.com", "Runs the transaction on atl-cs-001 with its test users."),
            ("Test-CsClientAuthentication -TargetFqdn atl-cs-001.litwareinc.com -UserSipAddress sip:kenmyer@litwareinc.com | Select-Object Result, Error", "Runs it with the users named."),
        ],
        parameters: &[FORCE, LIVE_ID_AUTHENTICATION, LOGGER_VARIABLE, OUT_VERBOSE_VARIABLE, REGISTRAR_PORT, TARGET_FQDN, TARGET_URI, CREDENTIAL, SIP_ADDRESS],
        related: &["Get-CsWindowsService", "Set-CsTestUserCredential"],
    },
    Text {
        name: "Test-CsUnifiedContactStore",
        synopsis: "Has a test user read their contact list from the unified contact store.",
        description: "Evaluates the lab: the users (-UserSipAddress) must exist, be enabled and be homed on the pool, the Windows services the transaction needs must run there, and the certificates those servers use must be assigned and not expired. Prints TargetFqdn, Result, Latency, Error and Diagnosis; a failure names its cause, and Latency is the same on every run.",
        examples: &[
            ("Test-CsUnifiedContactStore -TargetFqdn atl-cs-001.litwareinc.com", "Runs the transaction on atl-cs-001 with its test users."),
            ("Test-CsUnifiedContactStore -TargetFqdn atl-cs-001.litwareinc.com -UserSipAddress sip:kenmyer@litwareinc.com | Select-Object Result, Error", "Runs it with the users named."),
        ],
        parameters: &[AUTHENTICATION, FORCE, LOGGER_VARIABLE, OUT_VERBOSE_VARIABLE, REGISTRAR_PORT, SETUP, TARGET_FQDN, CREDENTIAL, SIP_ADDRESS],
        related: &["Get-CsWindowsService", "Set-CsTestUserCredential"],
    },
    Text {
        name: "Test-CsPhoneBootstrap",
        synopsis: "Signs a test user in from a phone with their PIN.",
        description: "Evaluates the lab: the users (-UserSipAddress) must exist, be enabled and be homed on the pool, the Windows services the transaction needs must run there, and the certificates those servers use must be assigned and not expired. Prints TargetFqdn, Result, Latency, Error and Diagnosis; a failure names its cause, and Latency is the same on every run.",
        examples: &[
            ("Test-CsPhoneBootstrap -PhoneOrExt 51297 -PIN 18723834 -TargetFqdn atl-cs-001.litwareinc.com", "Runs the transaction on atl-cs-001 with its test users."),
            ("Test-CsPhoneBootstrap -PhoneOrExt 51297 -PIN 18723834 -TargetFqdn atl-cs-001.litwareinc.com -UserSipAddress sip:kenmyer@litwareinc.com | Select-Object Result, Error", "Runs it with the users named."),
        ],
        parameters: &[FORCE, LOGGER_VARIABLE, OUT_VERBOSE_VARIABLE, PHONE_OR_EXT, P_I_N, REGISTRAR_PORT, TARGET_FQDN, TARGET_URI, SIP_ADDRESS],
        related: &["Get-CsWindowsService", "Set-CsTestUserCredential"],
    },
    Text {
        name: "Test-CsWebApp",
        synopsis: "Has two test users join a meeting through the Lync Web App.",
        description: "Evaluates the lab: the users (-UserSipAddress, -User2SipAddress) must exist, be enabled and be homed on the pool, the Windows services the transaction needs must run there, and the certificates those servers use must be assigned and not expired. Prints TargetFqdn, Result, Latency, Error and Diagnosis; a failure names its cause, and Latency is the same on every run.",
        examples: &[
            ("Test-CsWebApp -TargetFqdn atl-cs-001.litwareinc.com", "Runs the transaction on atl-cs-001 with its test users."),
            ("Test-CsWebApp -TargetFqdn atl-cs-001.litwareinc.com -UserSipAddress sip:kenmyer@litwareinc.com -User2SipAddress sip:davidlongmire@litwareinc.com | Select-Object Result, Error", "Runs it with the users named."),
        ],
        parameters: &[AUTHENTICATION, EXTERNAL, FORCE, LOGGER_VARIABLE, OUT_VERBOSE_VARIABLE, REGISTRAR_PORT, TARGET_FQDN, TARGET_URI, CREDENTIAL, SIP_ADDRESS],
        related: &["Get-CsWindowsService", "Set-CsTestUserCredential"],
    },
    Text {
        name: "Test-CsWebAppAnonymous",
        synopsis: "Has an anonymous user join a meeting through the Lync Web App.",
        description: "Evaluates the lab: the users (-UserSipAddress) must exist, be enabled and be homed on the pool, the Windows services the transaction needs must run there, and the certificates those servers use must be assigned and not expired. Prints TargetFqdn, Result, Latency, Error and Diagnosis; a failure names its cause, and Latency is the same on every run.",
        examples: &[
            ("Test-CsWebAppAnonymous -TargetFqdn atl-cs-001.litwareinc.com", "Runs the transaction on atl-cs-001 with its test users."),
            ("Test-CsWebAppAnonymous -TargetFqdn atl-cs-001.litwareinc.com -UserSipAddress sip:kenmyer@litwareinc.com | Select-Object Result, Error", "Runs it with the users named."),
        ],
        parameters: &[AUTHENTICATION, EXTERNAL, FORCE, LOGGER_VARIABLE, OUT_VERBOSE_VARIABLE, REGISTRAR_PORT, TARGET_FQDN, TARGET_URI, CREDENTIAL, SIP_ADDRESS],
        related: &["Get-CsWindowsService", "Set-CsTestUserCredential"],
    },
    Text {
        name: "Test-CsWebScheduler",
        synopsis: "Has a test user schedule a meeting with the web scheduler.",
        description: "Evaluates the lab: the users (-UserSipAddress) must exist, be enabled and be homed on the pool, the Windows services the transaction needs must run there, and the certificates those servers use must be assigned and not expired. Prints TargetFqdn, Result, Latency, Error and Diagnosis; a failure names its cause, and Latency is the same on every run.",
        examples: &[
            ("Test-CsWebScheduler -TargetFqdn atl-cs-001.litwareinc.com", "Runs the transaction on atl-cs-001 with its test users."),
            ("Test-CsWebScheduler -TargetFqdn atl-cs-001.litwareinc.com -UserSipAddress sip:kenmyer@litwareinc.com | Select-Object Result, Error", "Runs it with the users named."),
        ],
        parameters: &[AUTHENTICATION, EXTERNAL, FORCE, LOGGER_VARIABLE, OUT_VERBOSE_VARIABLE, REGISTRAR_PORT, TARGET_FQDN, TARGET_URI, CREDENTIAL, SIP_ADDRESS],
        related: &["Get-CsWindowsService", "Set-CsTestUserCredential"],
    },
    Text {
        name: "Test-CsUcwaConference",
        synopsis: "Has an organizer and a participant hold a conference through the Unified Communications Web API.",
        description: "Evaluates the lab: the users (-OrganizerSipAddress, -ParticipantSipAddress) must exist, be enabled and be homed on the pool, the Windows services the transaction needs must run there, and the certificates those servers use must be assigned and not expired. Prints TargetFqdn, Result, Latency, Error and Diagnosis; a failure names its cause, and Latency is the same on every run.",
        examples: &[
            ("Test-CsUcwaConference -TargetFqdn atl-cs-001.litwareinc.com", "Runs the transaction on atl-cs-001 with its test users."),
            ("Test-CsUcwaConference -TargetFqdn atl-cs-001.litwareinc.com -OrganizerSipAddress sip:kenmyer@litwareinc.com -ParticipantSipAddress sip:davidlongmire@litwareinc.com | Select-Object Result, Error", "Runs it with the users named."),
        ],
        parameters: &[AUTHENTICATION, FORCE, CREDENTIAL, SIP_ADDRESS, LOGGER_VARIABLE, OUT_VERBOSE_VARIABLE, REGISTRAR_PORT, TARGET_FQDN],
        related: &["Get-CsWindowsService", "Set-CsTestUserCredential"],
    },
    Text {
        name: "Test-CsMcxConference",
        synopsis: "Has mobile clients join a conference an organizer starts.",
        description: "Evaluates the lab: the users (-OrganizerSipAddress, -UserSipAddress, -User2SipAddress) must exist, be enabled and be homed on the pool, the Windows services the transaction needs must run there, and the certificates those servers use must be assigned and not expired. Prints TargetFqdn, Result, Latency, Error and Diagnosis; a failure names its cause, and Latency is the same on every run.",
        examples: &[
            ("Test-CsMcxConference -TargetFqdn atl-cs-001.litwareinc.com -Authentication Negotiate", "Runs the transaction on atl-cs-001 with its test users."),
            ("Test-CsMcxConference -TargetFqdn atl-cs-001.litwareinc.com -Authentication Negotiate -OrganizerSipAddress sip:kenmyer@litwareinc.com -UserSipAddress sip:davidlongmire@litwareinc.com -User2SipAddress sip:aidan@litwareinc.com | Select-Object Result, Error", "Runs it with the users named."),
        ],
        parameters: &[AUTHENTICATION, FORCE, CREDENTIAL, SIP_ADDRESS, LOGGER_VARIABLE, OUT_VERBOSE_VARIABLE, REGISTRAR_PORT, TARGET_FQDN],
        related: &["Get-CsWindowsService", "Set-CsTestUserCredential"],
    },
    Text {
        name: "Test-CsDialInConferencing",
        synopsis: "Has a test user join a conference by dialing in, through the Conferencing Attendant.",
        description: "Evaluates the lab: the users (-UserSipAddress) must exist, be enabled and be homed on the pool, the Windows services the transaction needs must run there, and the certificates those servers use must be assigned and not expired. Prints TargetFqdn, Result, Latency, Error and Diagnosis; a failure names its cause, and Latency is the same on every run.",
        examples: &[
            ("Test-CsDialInConferencing -TargetFqdn atl-cs-001.litwareinc.com", "Runs the transaction on atl-cs-001 with its test users."),
            ("Test-CsDialInConferencing -TargetFqdn atl-cs-001.litwareinc.com -UserSipAddress sip:kenmyer@litwareinc.com | Select-Object Result, Error", "Runs it with the users named."),
        ],
        parameters: &[AUTHENTICATION, FORCE, LOGGER_VARIABLE, OUT_VERBOSE_VARIABLE, REGISTRAR_PORT, TARGET_FQDN, CREDENTIAL, SIP_ADDRESS],
        related: &["Get-CsWindowsService", "Set-CsTestUserCredential"],
    },
    Text {
        name: "Test-CsAudioConferencingProvider",
        synopsis: "Has a test user start a conference that dials out to a second user through the audio conferencing provider.",
        description: "Evaluates the lab: the users (-UserSipAddress, -DialoutUserSipAddress) must exist, be enabled and be homed on the pool, the Windows services the transaction needs must run there, and the certificates those servers use must be assigned and not expired. Prints TargetFqdn, Result, Latency, Error and Diagnosis; a failure names its cause, and Latency is the same on every run.",
        examples: &[
            ("Test-CsAudioConferencingProvider -TargetFqdn atl-cs-001.litwareinc.com", "Runs the transaction on atl-cs-001 with its test users."),
            ("Test-CsAudioConferencingProvider -TargetFqdn atl-cs-001.litwareinc.com -UserSipAddress sip:kenmyer@litwareinc.com -DialoutUserSipAddress sip:davidlongmire@litwareinc.com | Select-Object Result, Error", "Runs it with the users named."),
        ],
        parameters: &[AUTHENTICATION, CREDENTIAL, SIP_ADDRESS, FORCE, LOGGER_VARIABLE, OUT_VERBOSE_VARIABLE, REGISTRAR_PORT, TARGET_FQDN, TEST_JOIN_LAUNCHER],
        related: &["Get-CsWindowsService", "Set-CsTestUserCredential"],
    },
    Text {
        name: "Test-CsPstnOutboundCall",
        synopsis: "Places a call from a test user to a PSTN number through the pool's Mediation service.",
        description: "Evaluates the lab: the users (-UserSipAddress) must exist, be enabled and be homed on the pool, the Windows services the transaction needs must run there, and the certificates those servers use must be assigned and not expired. Prints TargetFqdn, Result, Latency, Error and Diagnosis; a failure names its cause, and Latency is the same on every run.",
        examples: &[
            ("Test-CsPstnOutboundCall -TargetPstnPhoneNumber +14255550100 -TargetFqdn atl-cs-001.litwareinc.com", "Runs the transaction on atl-cs-001 with its test users."),
            ("Test-CsPstnOutboundCall -TargetPstnPhoneNumber +14255550100 -TargetFqdn atl-cs-001.litwareinc.com -UserSipAddress sip:kenmyer@litwareinc.com | Select-Object Result, Error", "Runs it with the users named."),
        ],
        parameters: &[AUTHENTICATION, FORCE, LOGGER_VARIABLE, OUT_VERBOSE_VARIABLE, REGISTRAR_PORT, TARGET_FQDN, TARGET_PSTN_PHONE_NUMBER, CREDENTIAL, SIP_ADDRESS],
        related: &["Get-CsWindowsService", "Set-CsTestUserCredential"],
    },
    Text {
        name: "Test-CsPstnPeerToPeerCall",
        synopsis: "Places a call between two test users over the PSTN.",
        description: "Evaluates the lab: the users (-SenderSipAddress, -ReceiverSipAddress) must exist, be enabled and be homed on the pool, the Windows services the transaction needs must run there, and the certificates those servers use must be assigned and not expired. Prints TargetFqdn, Result, Latency, Error and Diagnosis; a failure names its cause, and Latency is the same on every run.",
        examples: &[
            ("Test-CsPstnPeerToPeerCall -TargetFqdn atl-cs-001.litwareinc.com", "Runs the transaction on atl-cs-001 with its test users."),
            ("Test-CsPstnPeerToPeerCall -TargetFqdn atl-cs-001.litwareinc.com -SenderSipAddress sip:kenmyer@litwareinc.com -ReceiverSipAddress sip:davidlongmire@litwareinc.com | Select-Object Result, Error", "Runs it with the users named."),
        ],
        parameters: &[AUTHENTICATION, FORCE, LOGGER_VARIABLE, OUT_VERBOSE_VARIABLE, CREDENTIAL, SIP_ADDRESS, REGISTRAR_PORT, TARGET_FQDN],
        related: &["Get-CsWindowsService", "Set-CsTestUserCredential"],
    },
    Text {
        name: "Test-CsExUMConnectivity",
        synopsis: "Signs a test user in to Exchange Unified Messaging.",
        description: "Evaluates the lab: the users (-UserSipAddress) must exist, be enabled and be homed on the pool, the Windows services the transaction needs must run there, and the certificates those servers use must be assigned and not expired. Prints TargetFqdn, Result, Latency, Error and Diagnosis; a failure names its cause, and Latency is the same on every run.",
        examples: &[
            ("Test-CsExUMConnectivity -TargetFqdn atl-cs-001.litwareinc.com", "Runs the transaction on atl-cs-001 with its test users."),
            ("Test-CsExUMConnectivity -TargetFqdn atl-cs-001.litwareinc.com -UserSipAddress sip:kenmyer@litwareinc.com | Select-Object Result, Error", "Runs it with the users named."),
        ],
        parameters: &[AUTHENTICATION, FORCE, LOGGER_VARIABLE, OUT_VERBOSE_VARIABLE, REGISTRAR_PORT, TARGET_FQDN, CREDENTIAL, SIP_ADDRESS],
        related: &["Get-CsWindowsService", "Set-CsTestUserCredential"],
    },
    Text {
        name: "Test-CsExUMVoiceMail",
        synopsis: "Leaves a voice mail for a test user through Exchange Unified Messaging.",
        description: "Evaluates the lab: the users (-SenderSipAddress, -ReceiverSipAddress) must exist, be enabled and be homed on the pool, the Windows services the transaction needs must run there, and the certificates those servers use must be assigned and not expired. Prints TargetFqdn, Result, Latency, Error and Diagnosis; a failure names its cause, and Latency is the same on every run.",
        examples: &[
            ("Test-CsExUMVoiceMail -TargetFqdn atl-cs-001.litwareinc.com", "Runs the transaction on atl-cs-001 with its test users."),
            ("Test-CsExUMVoiceMail -TargetFqdn atl-cs-001.litwareinc.com -SenderSipAddress sip:kenmyer@litwareinc.com -ReceiverSipAddress sip:davidlongmire@litwareinc.com | Select-Object Result, Error", "Runs it with the users named."),
        ],
        parameters: &[AUTHENTICATION, FORCE, LOGGER_VARIABLE, OUT_VERBOSE_VARIABLE, SIP_ADDRESS, REGISTRAR_PORT, CREDENTIAL, TARGET_FQDN, WAVE_FILE],
        related: &["Get-CsWindowsService", "Set-CsTestUserCredential"],
    },
    Text {
        name: "Test-CsAVEdgeConnectivity",
        synopsis: "Has a test user obtain media relay credentials from the Edge Server's A/V Authentication service.",
        description: "Evaluates the lab: the users (-UserSipAddress) must exist, be enabled and be homed on the pool, the Windows services the transaction needs must run there, and the certificates those servers use must be assigned and not expired. Prints TargetFqdn, Result, Latency, Error and Diagnosis; a failure names its cause, and Latency is the same on every run.",
        examples: &[
            ("Test-CsAVEdgeConnectivity -TargetFqdn atl-cs-001.litwareinc.com", "Runs the transaction on atl-cs-001 with its test users."),
            ("Test-CsAVEdgeConnectivity -TargetFqdn atl-cs-001.litwareinc.com -UserSipAddress sip:kenmyer@litwareinc.com | Select-Object Result, Error", "Runs it with the users named."),
        ],
        parameters: &[AUTHENTICATION, FORCE, LOGGER_VARIABLE, OUT_VERBOSE_VARIABLE, REGISTRAR_PORT, TARGET_FQDN, CREDENTIAL, SIP_ADDRESS],
        related: &["Get-CsWindowsService", "Set-CsTestUserCredential"],
    },
    Text {
        name: "Test-CsXmppIM",
        synopsis: "Sends an instant message from a test user to a contact of an XMPP partner.",
        description: "Evaluates the lab: the user (-UserSipAddress) must exist, be enabled and be homed on the pool; the XMPP gateway services must run on the pool and its proxy on the Edge, whose certificates must be valid; and the domain of -Receiver must be an allowed XMPP partner (Get-CsXmppAllowedPartner). Prints TargetFqdn, Result, Latency, Error and Diagnosis.",
        examples: &[
            ("Test-CsXmppIM -TargetFqdn atl-cs-001.litwareinc.com -Receiver adelany@contoso.com", "Messages a contoso.com XMPP contact from the pool's test user."),
            ("Test-CsXmppIM -TargetFqdn atl-cs-001.litwareinc.com -Receiver adelany@contoso.com -UserSipAddress sip:kenmyer@litwareinc.com | Select-Object Result, Error", "Sends it as Ken Myer."),
        ],
        parameters: &[AUTHENTICATION, FORCE, LOGGER_VARIABLE, OUT_VERBOSE_VARIABLE, RECEIVER, REGISTRAR_PORT, TARGET_FQDN, CREDENTIAL, SIP_ADDRESS],
        related: &["Get-CsXmppAllowedPartner", "Get-CsWindowsService"],
    },
    Text {
        name: "Test-CsPersistentChatMessage",
        synopsis: "Has two test users join a Persistent Chat room and exchange messages.",
        description: "Evaluates the lab: the users must exist, be enabled and be homed on the pool; the Persistent Chat policy that applies to each must enable Persistent Chat; an active server of the Persistent Chat pool must run RTCCHAT; and the room of -ChatRoomUri, when given, must exist and not be disabled. Prints TargetFqdn, Result, Latency, Error and Diagnosis.",
        examples: &[
            ("Test-CsPersistentChatMessage -TargetFqdn atl-cs-001.litwareinc.com -SenderSipAddress sip:kenmyer@litwareinc.com -ReceiverSipAddress sip:davidlongmire@litwareinc.com", "Runs the transaction between two users of atl-cs-001."),
            ("Test-CsPersistentChatMessage -TargetFqdn atl-cs-001.litwareinc.com | Select-Object Result, Error, Diagnosis", "Runs it with the pool's test users and shows why it fails, if it does."),
        ],
        parameters: &[AUTHENTICATION, CHAT_ROOM_URI, FORCE, LOGGER_VARIABLE, OUT_VERBOSE_VARIABLE, CREDENTIAL, SIP_ADDRESS, REGISTRAR_PORT, CHAT_SETUP, TARGET_FQDN],
        related: &["Get-CsPersistentChatRoom", "Set-CsPersistentChatPolicy", "Get-CsPersistentChatState"],
    },
    Text {
        name: "Test-CsLocationPolicy",
        synopsis: "Looks up the location policy a test user (or a subnet) gets, for E9-1-1.",
        description: "Signs the user in as the other transactions do, then finds the location policy: that of the network site of -Subnet when the site names one, else the one that applies to the user. On success the result starts with EnhancedEmergencyServicesEnabled (true or false, as the provisioning data spells it) and LocationPolicyTagID (subnet-tagid or user-tagid), then TargetFqdn, Result, Latency, Error and Diagnosis.",
        examples: &[
            ("Test-CsLocationPolicy -TargetFqdn atl-cs-001.litwareinc.com", "Finds the policy of the pool's test user."),
            ("Test-CsLocationPolicy -TargetFqdn atl-cs-001.litwareinc.com -Subnet 172.11.15.0", "Finds the policy of the subnet's network site, if it has one."),
        ],
        parameters: &[AUTHENTICATION, FORCE, LOGGER_VARIABLE, OUT_VERBOSE_VARIABLE, REGISTRAR_PORT, SUBNET, TARGET_FQDN, CREDENTIAL, SIP_ADDRESS],
        related: &["Get-CsLocationPolicy", "Set-CsNetworkSite", "Get-CsNetworkSubnet"],
    },
    Text {
        name: "Test-CsExStorageConnectivity",
        synopsis: "Checks that the Lync storage service can reach a user's Exchange mailbox.",
        description: "Checks the user (-SipUri) and the pool's Front End service and certificate as the other transactions do; the lab has no Exchange server, so a transaction that gets that far fails and says so. Prints TargetFqdn, Result, Latency, Error and Diagnosis.",
        examples: &[
            ("Test-CsExStorageConnectivity -SipUri sip:kenmyer@litwareinc.com", "Tests Ken Myer's mailbox connection."),
            ("Test-CsExStorageConnectivity -SipUri sip:kenmyer@litwareinc.com | Select-Object Result, Error", "Shows only the result and the error."),
        ],
        parameters: &[BINDING, DELETE_ITEM, FOLDER, FORCE, HOST_NAME_STORAGE_SERVICE, SIP_URI, USE_CACHE],
        related: &["Test-CsExStorageNotification", "Test-CsUnifiedContactStore"],
    },
    Text {
        name: "Test-CsExStorageNotification",
        synopsis: "Checks that Exchange notifies the Lync storage service of changes in a user's mailbox.",
        description: "Checks the user (-SipUri) and the pool's Front End service and certificate as the other transactions do; the lab has no Exchange server, so a transaction that gets that far fails and says so. Prints TargetFqdn, Result, Latency, Error and Diagnosis.",
        examples: &[
            ("Test-CsExStorageNotification -SipUri sip:kenmyer@litwareinc.com", "Tests notifications for Ken Myer's mailbox."),
            ("Test-CsExStorageNotification -SipUri sip:kenmyer@litwareinc.com | Select-Object Result, Error", "Shows only the result and the error."),
        ],
        parameters: &[BINDING, DELETE_ITEM, FORCE, HOST_NAME_STORAGE_SERVICE, SIP_URI],
        related: &["Test-CsExStorageConnectivity"],
    },
    Text {
        name: "Test-CsFederatedPartner",
        synopsis: "Checks that the Edge can reach a federated domain.",
        description: "Evaluates the lab: RTCSRV must run on the Edge pool's computers and their Internal and AccessEdgeExternal certificates must be valid; the global Access Edge configuration must allow federated users; and the domain must not be blocked, and must be an allowed domain unless partner discovery is on. Prints TargetFqdn (the Edge pool), Result, Latency, Error and Diagnosis.",
        examples: &[
            ("Test-CsFederatedPartner -TargetFqdn atl-edge-001.litwareinc.com -Domain fabrikam.com", "Tests federation with fabrikam.com."),
            ("Get-CsAllowedDomain | ForEach-Object {Test-CsFederatedPartner -TargetFqdn atl-edge-001.litwareinc.com -Domain $_.Identity} | Select-Object Result, Error", "Tests every allowed domain."),
        ],
        parameters: &[CERTIFICATE, DOMAIN, FORCE, LOGGER_VARIABLE, OUT_VERBOSE_VARIABLE, PROXY_FQDN, EDGE_TARGET],
        related: &["Get-CsAllowedDomain", "Set-CsAccessEdgeConfiguration"],
    },
    Text {
        name: "Test-CsMcxPushNotification",
        synopsis: "Sends a test push notification through the Edge to the push notification clearing house.",
        description: "Evaluates the lab: RTCSRV must run on the Edge and its Internal and AccessEdgeExternal certificates must be valid; the global push notification configuration must turn on the Apple or the Microsoft service; push.lync.com must be an allowed domain; and the Access Edge must allow federated users. Prints TargetFqdn (the Edge pool), Result, Latency, Error and Diagnosis.",
        examples: &[
            ("Test-CsMcxPushNotification -AccessEdgeFqdn atl-edge-001.litwareinc.com", "Tests push notifications through atl-edge-001."),
            ("Test-CsMcxPushNotification -AccessEdgeFqdn atl-edge-001.litwareinc.com | Select-Object Result, Diagnosis", "Shows what to change when it fails."),
        ],
        parameters: &[ACCESS_EDGE_FQDN, CERTIFICATE, FORCE, LOGGER_VARIABLE, OUT_VERBOSE_VARIABLE],
        related: &["Set-CsPushNotificationConfiguration", "New-CsAllowedDomain"],
    },
];
