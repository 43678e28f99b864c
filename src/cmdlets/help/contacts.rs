//! Help for meeting rooms and the contact objects of devices and Exchange UM (common-area
//! phones, analog devices, Exchange UM contacts), in lyncsh's own words.

use super::builtin::Text;
use super::shared::{
    CONFIRM, CREDENTIAL, DOMAIN_CONTROLLER, OBJECT_FILTER, OBJECT_RESULT_SIZE, WHAT_IF,
};

const IDENTITY: (&str, &str) = (
    "Identity",
    "The object: its distinguished name (contacts made with -OU are named CN={GUID}), its SIP address or its display name. Objects piped in bind by their Identity.",
);
const LDAP_FILTER: (&str, &str) = (
    "LdapFilter",
    "Keeps the objects whose AD attributes pass an LDAP filter, such as (displayName=Building 14*).",
);
const OU: (&str, &str) = (
    "OU",
    "Lists only the objects of this OU (a distinguished name) and of the OUs below it.",
);
const PASS_THRU: (&str, &str) = ("PassThru", "Also writes the object to the pipeline.");
const REGISTRAR_POOL: (&str, &str) = (
    "RegistrarPool",
    "The Registrar pool the object is homed on, by its fully qualified domain name.",
);
const SIP_ADDRESS: (&str, &str) = (
    "SipAddress",
    "The SIP address, with its sip: prefix; no other object may hold it.",
);
const LINE_URI: (&str, &str) = ("LineUri", "The phone number, as a tel: URI.");
const DISPLAY_NAME: (&str, &str) = ("DisplayName", "The name shown in the address book.");
const DISPLAY_NUMBER: (&str, &str) = (
    "DisplayNumber",
    "The number as the address book shows it, such as 1-425-555-0712; it is text and is not checked.",
);
const DESCRIPTION: (&str, &str) = ("Description", "Free text about the object.");
const DN: (&str, &str) = (
    "DN",
    "The distinguished name of the new contact (CN=name,OU=...); instead of -OU.",
);
const NEW_OU: (&str, &str) = (
    "OU",
    "The OU the new contact goes into; Lync names the contact with a GUID. Instead of -DN.",
);
const ENABLED: (&str, &str) = (
    "Enabled",
    "False turns the object off and keeps its settings; True turns it on again.",
);
const VOICE: (&str, &str) = (
    "EnterpriseVoiceEnabled",
    "Whether the object makes and takes calls through Enterprise Voice.",
);
const ARCHIVING: (&str, &str) = (
    "ExchangeArchivingPolicy",
    "Where IM is archived: Uninitialized, UseLyncArchivingPolicy, NoArchiving or ArchivingToExchange.",
);
const GATEWAY: (&str, &str) = (
    "Gateway",
    "The PSTN gateway the device is wired to, by FQDN or IP address.",
);
const ANALOG_FAX: (&str, &str) = (
    "AnalogFax",
    "True for a fax machine, False for a telephone.",
);
const AUTO_ATTENDANT: (&str, &str) = (
    "AutoAttendant",
    "True for an auto attendant, False for subscriber access.",
);
const TARGET: (&str, &str) = (
    "Target",
    "The Registrar pool to move to, by its fully qualified domain name.",
);
const FORCE: (&str, &str) = ("Force", "Moves without asking.");
const IGNORE: (&str, &str) = (
    "IgnoreBackendStoreException",
    "Accepted; the lab has no back-end store to fail.",
);
const PROXY_POOL: (&str, &str) = ("ProxyPool", "Accepted; the lab has no proxy pools.");
const LEGACY: (&str, &str) = (
    "UseLegacyMode",
    "For moves to Lync Online; lyncsh refuses it.",
);

pub const TEXTS: &[Text] = &[
    Text {
        name: "Get-CsMeetingRoom",
        synopsis: "Lists the room accounts enabled as Lync meeting rooms.",
        description: "A meeting room is an AD account that Enable-CsMeetingRoom enabled for Lync; it prints as a user does. Get-CsUser does not list rooms, and Get-CsAdUser lists them with the other accounts.",
        examples: &[
            ("Get-CsMeetingRoom", "Lists every meeting room."),
            ("Get-CsMeetingRoom -Identity sip:RedmondMeetingRoom@litwareinc.com | Select-Object DisplayName, RegistrarPool", "Shows one room's name and home pool."),
        ],
        parameters: &[IDENTITY, OBJECT_FILTER, ("LDAPFilter", LDAP_FILTER.1), OU, OBJECT_RESULT_SIZE, CREDENTIAL, DOMAIN_CONTROLLER],
        related: &["Enable-CsMeetingRoom", "Set-CsMeetingRoom"],
    },
    Text {
        name: "Enable-CsMeetingRoom",
        synopsis: "Enables a room's AD account as a Lync meeting room, with a SIP address and a home pool.",
        description: "The address is given with -SipAddress or made with -SipAddressType and -SipDomain, as for Enable-CsUser. An account that already has a SIP address is left alone with a warning.",
        examples: &[
            ("Enable-CsMeetingRoom -Identity \"Building 31 Room 2\" -RegistrarPool atl-cs-001.litwareinc.com -SipAddress sip:b31room2@litwareinc.com", "Enables one room account."),
            ("Get-CsAdUser -OU \"OU=MeetingRooms,DC=litwareinc,DC=com\" | Enable-CsMeetingRoom -RegistrarPool atl-cs-001.litwareinc.com -SipAddressType SamAccountName -SipDomain litwareinc.com", "Enables every room account of the MeetingRooms OU; those already enabled get a warning."),
        ],
        parameters: &[
            IDENTITY, REGISTRAR_POOL, SIP_ADDRESS,
            ("SipAddressType", "How to make the SIP address: FirstLastName, SamAccountName, EmailAddress or UserPrincipalName."),
            ("SipDomain", "The domain part for FirstLastName and SamAccountName."),
            ("HostingProviderProxyFqdn", "For rooms homed with a hosting provider; the lab has none, so lyncsh refuses it."),
            ("OriginatorSid", "Accepted; the lab has one forest."),
            PROXY_POOL, DOMAIN_CONTROLLER, PASS_THRU, WHAT_IF, CONFIRM,
        ],
        related: &["Disable-CsMeetingRoom", "Get-CsMeetingRoom"],
    },
    Text {
        name: "Disable-CsMeetingRoom",
        synopsis: "Takes a meeting room's Lync attributes away; its AD account stays.",
        description: "The room becomes a plain account again: Get-CsAdUser still lists it, with Enabled empty.",
        examples: &[
            ("Disable-CsMeetingRoom -Identity sip:RedmondMeetingRoom@litwareinc.com", "Disables one room."),
            ("Get-CsMeetingRoom | Disable-CsMeetingRoom -WhatIf", "Shows which rooms would be disabled."),
        ],
        parameters: &[IDENTITY, DOMAIN_CONTROLLER, PASS_THRU, WHAT_IF, CONFIRM],
        related: &["Enable-CsMeetingRoom"],
    },
    Text {
        name: "Set-CsMeetingRoom",
        synopsis: "Changes a meeting room's Lync settings, as Set-CsUser does for a user.",
        description: "The same checks apply as for Set-CsUser: numbers are tel: URIs, remote call control needs both LineURI and LineServerURI, and a SIP address must be free.",
        examples: &[
            ("Set-CsMeetingRoom -Identity RedmondMeetingRoom -Enabled $False", "Turns a room off, keeping its settings."),
            ("Get-CsMeetingRoom | Set-CsMeetingRoom -ExchangeArchivingPolicy UseLyncArchivingPolicy", "Sets how every room's IM is archived."),
        ],
        parameters: &[
            IDENTITY, ENABLED, VOICE, ARCHIVING, SIP_ADDRESS,
            ("LineURI", "The room's phone number, as a tel: URI."),
            ("LineServerURI", "The SIP URI of the gateway for remote call control."),
            ("PrivateLine", "A second, private number, as a tel: URI."),
            ("RemoteCallControlTelephonyEnabled", "Whether the room's phone is controlled from the client."),
            ("AudioVideoDisabled", "Turns audio and video off for the room."),
            ("HostedVoiceMail", "Whether the room's voice mail is hosted; $null clears it."),
            ("AcpInfo", "Audio conferencing provider data; lyncsh refuses it, since the lab has no provider."),
            DOMAIN_CONTROLLER, PASS_THRU, WHAT_IF, CONFIRM,
        ],
        related: &["Get-CsMeetingRoom", "Set-CsUser"],
    },
    Text {
        name: "Move-CsMeetingRoom",
        synopsis: "Moves meeting rooms to another Registrar pool.",
        description: "Asks first unless -Confirm:$False or -Force is given. A room already on the target pool is left alone with a warning.",
        examples: &[
            ("Move-CsMeetingRoom -Identity \"Room 14\" -Target redmond.litwareinc.com -Confirm:$False", "Moves one room to the Redmond pool."),
            ("Get-CsMeetingRoom | Move-CsMeetingRoom -Target redmond.litwareinc.com -WhatIf", "Shows the moves without making them."),
        ],
        parameters: &[
            IDENTITY, TARGET, FORCE, IGNORE, PROXY_POOL,
            ("HostedMigrationOverrideUrl", "For moves to Lync Online; lyncsh refuses it."),
            CREDENTIAL, DOMAIN_CONTROLLER, PASS_THRU, WHAT_IF, CONFIRM,
        ],
        related: &["Get-CsMeetingRoom", "Move-CsUser"],
    },
    Text {
        name: "Get-CsCommonAreaPhone",
        synopsis: "Lists the common-area phones: contact objects for phones in lobbies, kitchens and halls.",
        description: "Each phone is a contact in the directory with its own SIP address, line URI and per-user policies.",
        examples: &[
            ("Get-CsCommonAreaPhone", "Lists every common-area phone."),
            ("Get-CsCommonAreaPhone -Filter {DisplayName -like \"Building 14*\"} | Select-Object DisplayName, LineURI", "Lists the phones of building 14 with their numbers."),
        ],
        parameters: &[IDENTITY, OBJECT_FILTER, ("LDAPFilter", LDAP_FILTER.1), OU, OBJECT_RESULT_SIZE, CREDENTIAL, DOMAIN_CONTROLLER],
        related: &["New-CsCommonAreaPhone", "Set-CsCommonAreaPhone"],
    },
    Text {
        name: "New-CsCommonAreaPhone",
        synopsis: "Creates the contact object of a common-area phone.",
        description: "With -OU the contact is named by a GUID, which is also its SIP address unless -SipAddress is given; with -DN it takes the name given. The GUID is made from the call, so a script gets the same identities every time it runs.",
        examples: &[
            ("New-CsCommonAreaPhone -LineUri tel:+14255556710 -RegistrarPool atl-cs-001.litwareinc.com -DisplayName \"Building 15 Lobby\" -OU \"OU=Telecommunications,DC=litwareinc,DC=com\"", "Creates a phone in the Telecommunications OU."),
            ("New-CsCommonAreaPhone -LineUri tel:+14255556711 -RegistrarPool atl-cs-001.litwareinc.com -DN \"CN=Building 15 Kitchen,OU=Telecommunications,DC=litwareinc,DC=com\" -PassThru", "Creates a phone with a name of its own and shows it."),
        ],
        parameters: &[LINE_URI, REGISTRAR_POOL, NEW_OU, DN, DISPLAY_NAME, DISPLAY_NUMBER, DESCRIPTION, SIP_ADDRESS, PASS_THRU, WHAT_IF, CONFIRM],
        related: &["Get-CsCommonAreaPhone", "Remove-CsCommonAreaPhone"],
    },
    Text {
        name: "Set-CsCommonAreaPhone",
        synopsis: "Changes a common-area phone's name, number, description or Lync settings.",
        description: "Numbers are checked as for users; a SIP address must be free.",
        examples: &[
            ("Set-CsCommonAreaPhone -Identity \"Building 14 Lobby\" -Description \"By the front desk\"", "Describes one phone."),
            ("Get-CsCommonAreaPhone -Filter {Description -eq $Null} | Set-CsCommonAreaPhone -Description \"Common area phone\"", "Describes every phone that has no description."),
        ],
        parameters: &[IDENTITY, DISPLAY_NAME, DISPLAY_NUMBER, DESCRIPTION, ("LineURI", LINE_URI.1), SIP_ADDRESS, ENABLED, VOICE, ARCHIVING, DOMAIN_CONTROLLER, PASS_THRU, WHAT_IF, CONFIRM],
        related: &["Get-CsCommonAreaPhone"],
    },
    Text {
        name: "Remove-CsCommonAreaPhone",
        synopsis: "Deletes a common-area phone's contact object.",
        description: "The contact leaves the directory; the phone can no longer sign in.",
        examples: &[
            ("Remove-CsCommonAreaPhone -Identity \"Building 14 Lobby\"", "Deletes one phone."),
            ("Get-CsCommonAreaPhone -OU \"OU=Telecommunications,DC=litwareinc,DC=com\" | Remove-CsCommonAreaPhone -WhatIf", "Shows which phones of an OU would be deleted."),
        ],
        parameters: &[IDENTITY, WHAT_IF, CONFIRM],
        related: &["New-CsCommonAreaPhone"],
    },
    Text {
        name: "Move-CsCommonAreaPhone",
        synopsis: "Moves common-area phones to another Registrar pool.",
        description: "Asks first unless -Confirm:$False or -Force is given. A phone already on the target pool is left alone with a warning.",
        examples: &[
            ("Move-CsCommonAreaPhone -Identity \"Building 14 Lobby\" -Target redmond.litwareinc.com -Confirm:$False", "Moves one phone."),
            ("Get-CsCommonAreaPhone | Move-CsCommonAreaPhone -Target redmond.litwareinc.com -WhatIf", "Shows the moves without making them."),
        ],
        parameters: &[IDENTITY, TARGET, FORCE, IGNORE, PROXY_POOL, LEGACY, DOMAIN_CONTROLLER, PASS_THRU, WHAT_IF, CONFIRM],
        related: &["Get-CsCommonAreaPhone"],
    },
    Text {
        name: "Get-CsAnalogDevice",
        synopsis: "Lists the analog devices: contact objects for phones and fax machines behind a PSTN gateway.",
        description: "Each device shows its gateway, whether it is a fax (AnalogFax) and its number, with the per-user policies it holds.",
        examples: &[
            ("Get-CsAnalogDevice | Select-Object DisplayName, LineUri, Gateway", "Lists every device with its number and gateway."),
            ("Get-CsAnalogDevice -Filter {AnalogFax -eq $True}", "Lists the fax machines."),
        ],
        parameters: &[IDENTITY, OBJECT_FILTER, ("LDAPFilter", LDAP_FILTER.1), OU, OBJECT_RESULT_SIZE, CREDENTIAL, DOMAIN_CONTROLLER],
        related: &["New-CsAnalogDevice", "Set-CsAnalogDevice"],
    },
    Text {
        name: "New-CsAnalogDevice",
        synopsis: "Creates the contact object of an analog phone or fax machine.",
        description: "As for common-area phones, -OU names the contact by a GUID and -DN by the name given. The gateway is not checked against the topology.",
        examples: &[
            ("New-CsAnalogDevice -LineUri tel:+14255556003 -RegistrarPool atl-cs-001.litwareinc.com -Gateway 192.168.0.240 -AnalogFax $False -DisplayName \"Building 14 Guard Desk\" -OU \"OU=Telecommunications,DC=litwareinc,DC=com\"", "Creates an analog phone behind the lab's gateway."),
            ("New-CsAnalogDevice -LineUri tel:+14255556004 -RegistrarPool atl-cs-001.litwareinc.com -Gateway 192.168.0.240 -AnalogFax $True -DN \"CN=Building 14 Fax,OU=Telecommunications,DC=litwareinc,DC=com\" -PassThru", "Creates a fax machine and shows it."),
        ],
        parameters: &[LINE_URI, REGISTRAR_POOL, GATEWAY, ANALOG_FAX, NEW_OU, DN, DISPLAY_NAME, DISPLAY_NUMBER, SIP_ADDRESS, PASS_THRU, WHAT_IF, CONFIRM],
        related: &["Get-CsAnalogDevice", "Remove-CsAnalogDevice"],
    },
    Text {
        name: "Set-CsAnalogDevice",
        synopsis: "Changes an analog device's gateway, number, name or Lync settings.",
        description: "Numbers are checked as for users; a SIP address must be free.",
        examples: &[
            ("Set-CsAnalogDevice -Identity \"Building 14 Receptionist\" -LineUri tel:+14255551298", "Gives a device a new number."),
            ("Get-CsAnalogDevice -Filter {Gateway -eq \"192.168.0.240\"} | Set-CsAnalogDevice -Gateway 192.168.1.100", "Moves every device of one gateway to another."),
        ],
        parameters: &[IDENTITY, GATEWAY, ANALOG_FAX, DISPLAY_NAME, DISPLAY_NUMBER, ("LineURI", LINE_URI.1), SIP_ADDRESS, ENABLED, VOICE, ARCHIVING, DOMAIN_CONTROLLER, PASS_THRU, WHAT_IF, CONFIRM],
        related: &["Get-CsAnalogDevice"],
    },
    Text {
        name: "Remove-CsAnalogDevice",
        synopsis: "Deletes an analog device's contact object.",
        description: "The contact leaves the directory.",
        examples: &[
            ("Remove-CsAnalogDevice -Identity \"Building 14 Receptionist\"", "Deletes one device."),
            ("Get-CsAnalogDevice -Filter {AnalogFax -eq $True} | Remove-CsAnalogDevice -WhatIf", "Shows which fax machines would be deleted."),
        ],
        parameters: &[IDENTITY, WHAT_IF, CONFIRM],
        related: &["New-CsAnalogDevice"],
    },
    Text {
        name: "Move-CsAnalogDevice",
        synopsis: "Moves analog devices to another Registrar pool.",
        description: "Asks first unless -Confirm:$False or -Force is given. A device already on the target pool is left alone with a warning.",
        examples: &[
            ("Move-CsAnalogDevice -Identity \"Building 14 Receptionist\" -Target redmond.litwareinc.com -Confirm:$False", "Moves one device."),
            ("Get-CsAnalogDevice | Where-Object {$_.DisplayName -like \"Building 14*\"} | Move-CsAnalogDevice -Target redmond.litwareinc.com -Force", "Moves the devices of building 14 without asking."),
        ],
        parameters: &[IDENTITY, TARGET, FORCE, IGNORE, PROXY_POOL, LEGACY, DOMAIN_CONTROLLER, PASS_THRU, WHAT_IF, CONFIRM],
        related: &["Get-CsAnalogDevice"],
    },
    Text {
        name: "Get-CsExUmContact",
        synopsis: "Lists the Exchange UM contacts: the auto attendants and subscriber access numbers of a hosted Exchange UM.",
        description: "Each contact shows its SIP address in the Exchange domain, its number and whether it is an auto attendant.",
        examples: &[
            ("Get-CsExUmContact", "Lists every Exchange UM contact."),
            ("Get-CsExUmContact -Filter {AutoAttendant -eq $True} | Select-Object SipAddress, DisplayNumber", "Lists the auto attendants."),
        ],
        parameters: &[IDENTITY, OBJECT_FILTER, ("LDAPFilter", LDAP_FILTER.1), OU, OBJECT_RESULT_SIZE, CREDENTIAL, DOMAIN_CONTROLLER],
        related: &["New-CsExUmContact", "Set-CsExUmContact"],
    },
    Text {
        name: "New-CsExUmContact",
        synopsis: "Creates an Exchange UM contact for a hosted auto attendant or subscriber access number.",
        description: "The contact is named by a GUID in the OU given; its SIP address is the one given, usually in the Exchange organization's domain.",
        examples: &[
            ("New-CsExUmContact -SipAddress sip:exumaa1@fabrikam.com -RegistrarPool atl-cs-001.litwareinc.com -OU \"OU=ExUmContacts,DC=litwareinc,DC=com\" -DisplayNumber 2065559876 -AutoAttendant $True", "Creates an auto attendant contact."),
            ("New-CsExUmContact -SipAddress sip:exumsa1@fabrikam.com -RegistrarPool atl-cs-001.litwareinc.com -OU \"OU=ExUmContacts,DC=litwareinc,DC=com\" -DisplayNumber 2065559877 -PassThru", "Creates a subscriber access contact and shows it."),
        ],
        parameters: &[SIP_ADDRESS, REGISTRAR_POOL, ("OU", "The OU the new contact goes into; it is named with a GUID."), DISPLAY_NUMBER, AUTO_ATTENDANT, DESCRIPTION, PASS_THRU, WHAT_IF, CONFIRM],
        related: &["Get-CsExUmContact", "Remove-CsExUmContact"],
    },
    Text {
        name: "Set-CsExUmContact",
        synopsis: "Changes an Exchange UM contact.",
        description: "A new SIP address must be free.",
        examples: &[
            ("Set-CsExUmContact -Identity sip:exumsa4@fabrikam.com -AutoAttendant $True", "Makes a contact an auto attendant."),
            ("Get-CsExUmContact | Set-CsExUmContact -Description \"Hosted by Fabrikam\"", "Describes every contact."),
        ],
        parameters: &[IDENTITY, AUTO_ATTENDANT, DISPLAY_NUMBER, DESCRIPTION, SIP_ADDRESS, ENABLED, VOICE, ARCHIVING, DOMAIN_CONTROLLER, PASS_THRU, WHAT_IF, CONFIRM],
        related: &["Get-CsExUmContact"],
    },
    Text {
        name: "Remove-CsExUmContact",
        synopsis: "Deletes an Exchange UM contact.",
        description: "The contact leaves the directory.",
        examples: &[
            ("Remove-CsExUmContact -Identity sip:exum1@fabrikam.com", "Deletes one contact."),
            ("Get-CsExUmContact -Filter {AutoAttendant -eq $False} | Remove-CsExUmContact -WhatIf", "Shows which subscriber access contacts would be deleted."),
        ],
        parameters: &[IDENTITY, WHAT_IF, CONFIRM],
        related: &["New-CsExUmContact"],
    },
    Text {
        name: "Move-CsExUmContact",
        synopsis: "Moves Exchange UM contacts to another Registrar pool.",
        description: "Asks first unless -Confirm:$False or -Force is given. A contact already on the target pool is left alone with a warning.",
        examples: &[
            ("Move-CsExUmContact -Identity sip:exum1@fabrikam.com -Target redmond.litwareinc.com -Confirm:$False", "Moves one contact."),
            ("Get-CsExUmContact | Where-Object {$_.AutoAttendant -eq $True} | Move-CsExUmContact -Target redmond.litwareinc.com -Force", "Moves the auto attendants without asking."),
        ],
        parameters: &[IDENTITY, TARGET, FORCE, IGNORE, PROXY_POOL, LEGACY, DOMAIN_CONTROLLER, PASS_THRU, WHAT_IF, CONFIRM],
        related: &["Get-CsExUmContact"],
    },
];
