//! Help for the user cmdlets (Get-CsUser, Enable-CsUser, the Grant cmdlets...), in lyncsh's own
//! words.

use super::builtin::Text;
use super::shared::{CONFIRM, CREDENTIAL, DOMAIN_CONTROLLER, WHAT_IF};

const IDENTITY: (&str, &str) = (
    "Identity",
    "The user: a display name (wildcards allowed where the cmdlet lists users), a SIP address (sip:kenmyer@litwareinc.com), a user principal name, domain\\account or the distinguished name. Users piped in bind by their Identity.",
);
const PASS_THRU: (&str, &str) = ("PassThru", "Also writes the changed user to the pipeline.");
const FILTER: (&str, &str) = (
    "Filter",
    "Keeps the users whose properties pass the filter, written as {Property -op value} with -eq, -ne, -like, -notlike, -gt, -ge, -lt, -le, joined with -and, -or and -not; $null stands for an empty value.",
);
const LDAP_FILTER: (&str, &str) = (
    "LdapFilter",
    "Keeps the users whose AD attributes pass an LDAP filter, such as Department=Finance or (&(Title=Manager)(l=Redmond)).",
);
const OU: (&str, &str) = (
    "OU",
    "Lists only the users of this OU or container (a distinguished name) and of the OUs below it.",
);
const RESULT_SIZE: (&str, &str) = (
    "ResultSize",
    "The most users to list: a whole number, or Unlimited.",
);

pub const TEXTS: &[Text] = &[
    Text {
        name: "Get-CsUser",
        synopsis: "Lists the users enabled for Lync Server, with their SIP address, home pool and policies.",
        description: "Without -Identity every user with Lync attributes is listed, including those turned off with Set-CsUser -Enabled $False; accounts never enabled are listed by Get-CsAdUser. A policy property shows only a policy granted to the user; an empty one means the site or global policy applies (Get-CsEffectivePolicy tells which). The listing shows the usual properties; Format-List * shows them all.",
        examples: &[
            ("Get-CsUser -Identity \"Ken Myer\"", "Shows Ken Myer's Lync settings."),
            ("Get-CsUser -Filter {ConferencingPolicy -eq $null} | Select-Object DisplayName", "Lists the users who have no conferencing policy of their own."),
            ("Get-CsUser -LdapFilter \"Department=Finance\" -ResultSize 2", "Lists two users of the Finance department."),
        ],
        parameters: &[
            IDENTITY, FILTER, LDAP_FILTER, OU, RESULT_SIZE,
            ("UnAssignedUser", "Lists only the users with a SIP address but no home pool."),
            ("OnLyncServer", "Lists only the users homed on a Lync Server pool, which in the lab is every user with a pool."),
            ("OnOfficeCommunicationServer", "Lists only the users homed on an Office Communications Server pool; the lab has none."),
            CREDENTIAL, DOMAIN_CONTROLLER,
        ],
        related: &["Get-CsAdUser", "Set-CsUser", "Enable-CsUser", "Get-CsEffectivePolicy"],
    },
    Text {
        name: "Get-CsAdUser",
        synopsis: "Lists the accounts of the directory, enabled for Lync or not.",
        description: "Each account shows its AD attributes (names, department, title, office, city) and its Lync state in Enabled: True for an enabled user, False for one turned off, empty for an account never enabled.",
        examples: &[
            ("Get-CsAdUser -Filter {Enabled -eq $null} | Select-Object DisplayName", "Lists the accounts that were never enabled for Lync."),
            ("Get-CsAdUser -LdapFilter \"Department=Finance\" | Select-Object DisplayName, Title", "Lists the Finance department."),
        ],
        parameters: &[IDENTITY, FILTER, ("LDAPFilter", LDAP_FILTER.1), OU, RESULT_SIZE, CREDENTIAL, DOMAIN_CONTROLLER],
        related: &["Get-CsUser", "Enable-CsUser"],
    },
    Text {
        name: "Enable-CsUser",
        synopsis: "Enables an account for Lync Server: gives it a SIP address and a home pool.",
        description: "The SIP address is given with -SipAddress, or made with -SipAddressType: FirstLastName (first.last@ the -SipDomain), SamAccountName (account@ the -SipDomain), EmailAddress or UserPrincipalName. A user who already has Lync attributes is left alone with a warning. The SIP domain is not checked, as on a real server.",
        examples: &[
            ("Enable-CsUser -Identity \"April Reagan\" -RegistrarPool atl-cs-001.litwareinc.com -SipAddressType SamAccountName -SipDomain litwareinc.com", "Enables April Reagan as sip:aprilreagan@litwareinc.com."),
            ("Get-CsAdUser -Filter {Enabled -eq $null} | Enable-CsUser -RegistrarPool atl-cs-001.litwareinc.com -SipAddressType UserPrincipalName", "Enables every account that was never enabled."),
        ],
        parameters: &[
            IDENTITY,
            ("RegistrarPool", "The Registrar pool the user is homed on, by its fully qualified domain name."),
            ("SipAddress", "The SIP address, with its sip: prefix. Not for several users at once."),
            ("SipAddressType", "How to make the SIP address: FirstLastName, SamAccountName, EmailAddress or UserPrincipalName."),
            ("SipDomain", "The domain part for FirstLastName and SamAccountName."),
            ("HostingProviderProxyFqdn", "For users homed with a hosting provider; the lab has none, so lyncsh refuses it."),
            ("ProxyPool", "Accepted; the lab has no proxy pools."),
            DOMAIN_CONTROLLER, PASS_THRU, WHAT_IF, CONFIRM,
        ],
        related: &["Disable-CsUser", "Get-CsAdUser", "Set-CsUser"],
    },
    Text {
        name: "Disable-CsUser",
        synopsis: "Removes every Lync attribute of a user: SIP address, home pool, policies and phone settings.",
        description: "The account stays in the directory (Get-CsAdUser) but leaves Get-CsUser; enabling it again starts from nothing. To turn a user off while keeping the settings, use Set-CsUser -Enabled $False.",
        examples: &[
            ("Disable-CsUser -Identity \"Pilar Ackerman\"", "Removes Pilar Ackerman's Lync attributes."),
            ("Get-CsUser -LdapFilter \"Department=Human Resources\" | Disable-CsUser -WhatIf", "Shows which users of Human Resources would be disabled."),
        ],
        parameters: &[IDENTITY, DOMAIN_CONTROLLER, PASS_THRU, WHAT_IF, CONFIRM],
        related: &["Enable-CsUser", "Set-CsUser"],
    },
    Text {
        name: "Set-CsUser",
        synopsis: "Changes the Lync settings of a user: enabled, Enterprise Voice, phone numbers, remote call control.",
        description: "Only the values you name change. -Enabled $False turns the user off and keeps every setting. LineURI and PrivateLine are tel: URIs (tel:+14255551297;ext=51297), LineServerURI a sip: URI. Remote call control needs both LineURI and LineServerURI, and audio and video cannot be disabled for a user with Enterprise Voice or remote call control.",
        examples: &[
            ("Set-CsUser -Identity \"David Longmire\" -EnterpriseVoiceEnabled $True -LineURI \"tel:+14255550177\"", "Gives David Longmire Enterprise Voice and a number."),
            ("Get-CsUser -LdapFilter \"Department=Finance\" | Set-CsUser -Enabled $True", "Turns the Finance users back on."),
        ],
        parameters: &[
            IDENTITY,
            ("Enabled", "False turns the user off and keeps the settings; True turns the user on again."),
            ("EnterpriseVoiceEnabled", "Whether the user makes and takes calls through Enterprise Voice."),
            ("LineURI", "The user's phone number, as a tel: URI."),
            ("LineServerURI", "The SIP URI of the gateway for remote call control."),
            ("PrivateLine", "A second, private number, as a tel: URI."),
            ("RemoteCallControlTelephonyEnabled", "Whether the user controls a desk phone from the client."),
            ("AudioVideoDisabled", "Turns audio and video off for the user."),
            ("HostedVoiceMail", "Whether the user's voice mail is hosted; $null clears it."),
            ("ExchangeArchivingPolicy", "Where the user's IM is archived: Uninitialized, UseLyncArchivingPolicy, NoArchiving or ArchivingToExchange."),
            ("SipAddress", "A new SIP address, with its sip: prefix; it must not belong to another user."),
            ("AcpInfo", "Audio conferencing provider data; lyncsh refuses it, since the lab has no provider."),
            DOMAIN_CONTROLLER, PASS_THRU, WHAT_IF, CONFIRM,
        ],
        related: &["Get-CsUser", "Enable-CsUser", "Disable-CsUser"],
    },
    Text {
        name: "Move-CsUser",
        synopsis: "Moves users to another Registrar pool; their OU stays the same.",
        description: "Asks first, as the real cmdlet does, unless -Confirm:$False or -Force is given. A user already on the target pool is left alone with a warning.",
        examples: &[
            ("Move-CsUser -Identity \"Ken Myer\" -Target atl-cs-001.litwareinc.com -Confirm:$False", "Leaves Ken Myer where he is, with a warning: he is homed there already."),
            ("Get-CsUser -Filter {RegistrarPool -eq 'atl-cs-001.litwareinc.com'} | Move-CsUser -Target atl-cs-001.litwareinc.com -WhatIf", "Shows the moves without making them."),
        ],
        parameters: &[
            IDENTITY,
            ("Target", "The Registrar pool to move to, by its fully qualified domain name."),
            ("Force", "Moves without asking; on a real server the user's meetings and contacts would be lost."),
            ("MoveConferenceData", "Accepted; the lab keeps no meeting data."),
            ("IgnoreBackendStoreException", "Accepted; the lab has no back-end store to fail."),
            ("ProxyPool", "Accepted; the lab has no proxy pools."),
            ("HostedMigrationOverrideUrl", "For moves to Lync Online; lyncsh refuses it."),
            ("AccessTokens", "For moves to Lync Online; lyncsh refuses it."),
            ("MoveToTeams", "For moves to Microsoft Teams; lyncsh refuses it."),
            ("UseLegacyMode", "For moves to Lync Online; lyncsh refuses it."),
            CREDENTIAL, DOMAIN_CONTROLLER, PASS_THRU, WHAT_IF, CONFIRM,
        ],
        related: &["Get-CsUser", "Get-CsPool"],
    },
    Text {
        name: "Get-CsEffectivePolicy",
        synopsis: "Shows which policy of each kind is in force for a user.",
        description: "For each kind: the policy granted to the user, else the one of the service the user is homed on (for kinds that have service policies), else the one of the user's site (Site:Redmond), else Global. The dial plan shows as LocationProfile; lyncsh leaves it empty until dial plans are emulated.",
        examples: &[
            ("Get-CsEffectivePolicy -Identity \"Ken Myer\"", "Shows Ken Myer's policies in force."),
            ("\"Ken Myer\", \"Aidan Delaney\" | Get-CsEffectivePolicy | Select-Object Identity, ConferencingPolicy", "Shows the conferencing policy in force for two users."),
        ],
        parameters: &[IDENTITY, ("ResultSize", "Accepted; one user is shown for each identity."), CREDENTIAL, DOMAIN_CONTROLLER],
        related: &["Get-CsUser", "Grant-CsConferencingPolicy"],
    },
    Text {
        name: "Grant-CsVoicePolicy",
        synopsis: "Grants users a per-user VoicePolicy (Enterprise Voice).",
        description: "The policy is named without its tag: prefix (tag: is accepted too) and must be a per-user policy that exists; site and global policies apply without being granted. -PolicyName $null takes the user's own policy away, so the site's or the global one applies.",
        examples: &[
            ("Grant-CsVoicePolicy -Identity \"Ken Myer\" -PolicyName UserVoicePolicy2", "Grants Ken Myer the per-user policy UserVoicePolicy2."),
            ("Get-CsUser -Filter {VoicePolicy -ne $null} | Grant-CsVoicePolicy -PolicyName $null", "Takes the VoicePolicy away from every user who has one of their own."),
        ],
        parameters: &[IDENTITY, ("PolicyName", "The per-user policy, or $null to take the user's own away."), DOMAIN_CONTROLLER, PASS_THRU, WHAT_IF, CONFIRM],
        related: &["Get-CsUser", "Get-CsEffectivePolicy"],
    },
    Text {
        name: "Grant-CsVoiceRoutingPolicy",
        synopsis: "Grants users a per-user VoiceRoutingPolicy (PSTN usages for routing).",
        description: "The policy is named without its tag: prefix (tag: is accepted too) and must be a per-user policy that exists; site and global policies apply without being granted. -PolicyName $null takes the user's own policy away, so the site's or the global one applies.",
        examples: &[
            ("Grant-CsVoiceRoutingPolicy -Identity \"Ken Myer\" -PolicyName RedmondVoiceRoutingPolicy", "Grants Ken Myer the per-user policy RedmondVoiceRoutingPolicy."),
            ("Get-CsUser -Filter {VoiceRoutingPolicy -ne $null} | Grant-CsVoiceRoutingPolicy -PolicyName $null", "Takes the VoiceRoutingPolicy away from every user who has one of their own."),
        ],
        parameters: &[IDENTITY, ("PolicyName", "The per-user policy, or $null to take the user's own away."), ("Tenant", "Accepted and ignored, as Lync Server 2013 ignores it."), DOMAIN_CONTROLLER, PASS_THRU, WHAT_IF, CONFIRM],
        related: &["Get-CsUser", "Get-CsEffectivePolicy"],
    },
    Text {
        name: "Grant-CsConferencingPolicy",
        synopsis: "Grants users a per-user ConferencingPolicy (meetings).",
        description: "The policy is named without its tag: prefix (tag: is accepted too) and must be a per-user policy that exists; site and global policies apply without being granted. -PolicyName $null takes the user's own policy away, so the site's or the global one applies.",
        examples: &[
            ("Grant-CsConferencingPolicy -Identity \"Ken Myer\" -PolicyName SalesConferencingPolicy", "Grants Ken Myer the per-user policy SalesConferencingPolicy."),
            ("Get-CsUser -Filter {ConferencingPolicy -ne $null} | Grant-CsConferencingPolicy -PolicyName $null", "Takes the ConferencingPolicy away from every user who has one of their own."),
        ],
        parameters: &[IDENTITY, ("PolicyName", "The per-user policy, or $null to take the user's own away."), DOMAIN_CONTROLLER, PASS_THRU, WHAT_IF, CONFIRM],
        related: &["Get-CsUser", "Get-CsEffectivePolicy"],
    },
    Text {
        name: "Grant-CsPresencePolicy",
        synopsis: "Grants users a per-user PresencePolicy (presence subscriptions).",
        description: "The policy is named without its tag: prefix (tag: is accepted too) and must be a per-user policy that exists; site and global policies apply without being granted. -PolicyName $null takes the user's own policy away, so the site's or the global one applies.",
        examples: &[
            ("Grant-CsPresencePolicy -Identity \"Ken Myer\" -PolicyName RedmondPresencePolicy", "Grants Ken Myer the per-user policy RedmondPresencePolicy."),
            ("Get-CsUser -Filter {PresencePolicy -ne $null} | Grant-CsPresencePolicy -PolicyName $null", "Takes the PresencePolicy away from every user who has one of their own."),
        ],
        parameters: &[IDENTITY, ("PolicyName", "The per-user policy, or $null to take the user's own away."), DOMAIN_CONTROLLER, PASS_THRU, WHAT_IF, CONFIRM],
        related: &["Get-CsUser", "Get-CsEffectivePolicy"],
    },
    Text {
        name: "Grant-CsLocationPolicy",
        synopsis: "Grants users a per-user LocationPolicy (E9-1-1 locations).",
        description: "The policy is named without its tag: prefix (tag: is accepted too) and must be a per-user policy that exists; site and global policies apply without being granted. -PolicyName $null takes the user's own policy away, so the site's or the global one applies.",
        examples: &[
            ("Grant-CsLocationPolicy -Identity \"Ken Myer\" -PolicyName Reno", "Grants Ken Myer the per-user policy Reno."),
            ("Get-CsUser -Filter {LocationPolicy -ne $null} | Grant-CsLocationPolicy -PolicyName $null", "Takes the LocationPolicy away from every user who has one of their own."),
        ],
        parameters: &[IDENTITY, ("PolicyName", "The per-user policy, or $null to take the user's own away."), DOMAIN_CONTROLLER, PASS_THRU, WHAT_IF, CONFIRM],
        related: &["Get-CsUser", "Get-CsEffectivePolicy"],
    },
    Text {
        name: "Grant-CsClientPolicy",
        synopsis: "Grants users a per-user ClientPolicy (client behaviour).",
        description: "The policy is named without its tag: prefix (tag: is accepted too) and must be a per-user policy that exists; site and global policies apply without being granted. -PolicyName $null takes the user's own policy away, so the site's or the global one applies.",
        examples: &[
            ("Grant-CsClientPolicy -Identity \"Ken Myer\" -PolicyName RedmondClientPolicy", "Grants Ken Myer the per-user policy RedmondClientPolicy."),
            ("Get-CsUser -Filter {ClientPolicy -ne $null} | Grant-CsClientPolicy -PolicyName $null", "Takes the ClientPolicy away from every user who has one of their own."),
        ],
        parameters: &[IDENTITY, ("PolicyName", "The per-user policy, or $null to take the user's own away."), ("Tenant", "Accepted and ignored, as Lync Server 2013 ignores it."), DOMAIN_CONTROLLER, PASS_THRU, WHAT_IF, CONFIRM],
        related: &["Get-CsUser", "Get-CsEffectivePolicy"],
    },
    Text {
        name: "Grant-CsClientVersionPolicy",
        synopsis: "Grants users a per-user ClientVersionPolicy (client versions).",
        description: "The policy is named without its tag: prefix (tag: is accepted too) and must be a per-user policy that exists; site and global policies apply without being granted. -PolicyName $null takes the user's own policy away, so the site's or the global one applies.",
        examples: &[
            ("Grant-CsClientVersionPolicy -Identity \"Ken Myer\" -PolicyName $null -PassThru | Select-Object DisplayName, ClientVersionPolicy", "Clears Ken Myer's own ClientVersionPolicy, so the site or global one applies."),
            ("Get-CsUser -Filter {ClientVersionPolicy -ne $null} | Grant-CsClientVersionPolicy -PolicyName $null", "Takes the ClientVersionPolicy away from every user who has one of their own."),
        ],
        parameters: &[IDENTITY, ("PolicyName", "The per-user policy, or $null to take the user's own away."), DOMAIN_CONTROLLER, PASS_THRU, WHAT_IF, CONFIRM],
        related: &["Get-CsUser", "Get-CsEffectivePolicy"],
    },
    Text {
        name: "Grant-CsArchivingPolicy",
        synopsis: "Grants users a per-user ArchivingPolicy (archiving of IM).",
        description: "The policy is named without its tag: prefix (tag: is accepted too) and must be a per-user policy that exists; site and global policies apply without being granted. -PolicyName $null takes the user's own policy away, so the site's or the global one applies.",
        examples: &[
            ("Grant-CsArchivingPolicy -Identity \"Ken Myer\" -PolicyName $null -PassThru | Select-Object DisplayName, ArchivingPolicy", "Clears Ken Myer's own ArchivingPolicy, so the site or global one applies."),
            ("Get-CsUser -Filter {ArchivingPolicy -ne $null} | Grant-CsArchivingPolicy -PolicyName $null", "Takes the ArchivingPolicy away from every user who has one of their own."),
        ],
        parameters: &[IDENTITY, ("PolicyName", "The per-user policy, or $null to take the user's own away."), DOMAIN_CONTROLLER, PASS_THRU, WHAT_IF, CONFIRM],
        related: &["Get-CsUser", "Get-CsEffectivePolicy"],
    },
    Text {
        name: "Grant-CsPinPolicy",
        synopsis: "Grants users a per-user PinPolicy (dial-in PINs).",
        description: "The policy is named without its tag: prefix (tag: is accepted too) and must be a per-user policy that exists; site and global policies apply without being granted. -PolicyName $null takes the user's own policy away, so the site's or the global one applies.",
        examples: &[
            ("Grant-CsPinPolicy -Identity \"Ken Myer\" -PolicyName $null -PassThru | Select-Object DisplayName, PinPolicy", "Clears Ken Myer's own PinPolicy, so the site or global one applies."),
            ("Get-CsUser -Filter {PinPolicy -ne $null} | Grant-CsPinPolicy -PolicyName $null", "Takes the PinPolicy away from every user who has one of their own."),
        ],
        parameters: &[IDENTITY, ("PolicyName", "The per-user policy, or $null to take the user's own away."), DOMAIN_CONTROLLER, PASS_THRU, WHAT_IF, CONFIRM],
        related: &["Get-CsUser", "Get-CsEffectivePolicy"],
    },
    Text {
        name: "Grant-CsExternalAccessPolicy",
        synopsis: "Grants users a per-user ExternalAccessPolicy (federation and remote access).",
        description: "The policy is named without its tag: prefix (tag: is accepted too) and must be a per-user policy that exists; site and global policies apply without being granted. -PolicyName $null takes the user's own policy away, so the site's or the global one applies.",
        examples: &[
            ("Grant-CsExternalAccessPolicy -Identity \"Ken Myer\" -PolicyName RedmondExternalAccessPolicy", "Grants Ken Myer the per-user policy RedmondExternalAccessPolicy."),
            ("Get-CsUser -Filter {ExternalAccessPolicy -ne $null} | Grant-CsExternalAccessPolicy -PolicyName $null", "Takes the ExternalAccessPolicy away from every user who has one of their own."),
        ],
        parameters: &[IDENTITY, ("PolicyName", "The per-user policy, or $null to take the user's own away."), ("Global", "For Lync Online; lyncsh refuses it."), ("Group", "For Lync Online group grants; lyncsh refuses it."), ("Rank", "For Lync Online group grants; lyncsh refuses it."), DOMAIN_CONTROLLER, PASS_THRU, WHAT_IF, CONFIRM],
        related: &["Get-CsUser", "Get-CsEffectivePolicy"],
    },
    Text {
        name: "Grant-CsMobilityPolicy",
        synopsis: "Grants users a per-user MobilityPolicy (mobile clients).",
        description: "The policy is named without its tag: prefix (tag: is accepted too) and must be a per-user policy that exists; site and global policies apply without being granted. -PolicyName $null takes the user's own policy away, so the site's or the global one applies.",
        examples: &[
            ("Grant-CsMobilityPolicy -Identity \"Ken Myer\" -PolicyName $null -PassThru | Select-Object DisplayName, MobilityPolicy", "Clears Ken Myer's own MobilityPolicy, so the site or global one applies."),
            ("Get-CsUser -Filter {MobilityPolicy -ne $null} | Grant-CsMobilityPolicy -PolicyName $null", "Takes the MobilityPolicy away from every user who has one of their own."),
        ],
        parameters: &[IDENTITY, ("PolicyName", "The per-user policy, or $null to take the user's own away."), ("Tenant", "Accepted and ignored, as Lync Server 2013 ignores it."), DOMAIN_CONTROLLER, PASS_THRU, WHAT_IF, CONFIRM],
        related: &["Get-CsUser", "Get-CsEffectivePolicy"],
    },
    Text {
        name: "Grant-CsPersistentChatPolicy",
        synopsis: "Grants users a per-user PersistentChatPolicy (Persistent Chat).",
        description: "The policy is named without its tag: prefix (tag: is accepted too) and must be a per-user policy that exists; site and global policies apply without being granted. -PolicyName $null takes the user's own policy away, so the site's or the global one applies.",
        examples: &[
            ("Grant-CsPersistentChatPolicy -Identity \"Ken Myer\" -PolicyName RedmondPersistentChatPolicy", "Grants Ken Myer the per-user policy RedmondPersistentChatPolicy."),
            ("Get-CsUser -Filter {PersistentChatPolicy -ne $null} | Grant-CsPersistentChatPolicy -PolicyName $null", "Takes the PersistentChatPolicy away from every user who has one of their own."),
        ],
        parameters: &[IDENTITY, ("PolicyName", "The per-user policy, or $null to take the user's own away."), DOMAIN_CONTROLLER, PASS_THRU, WHAT_IF, CONFIRM],
        related: &["Get-CsUser", "Get-CsEffectivePolicy"],
    },
    Text {
        name: "Grant-CsUserServicesPolicy",
        synopsis: "Grants users a per-user UserServicesPolicy (user services).",
        description: "The policy is named without its tag: prefix (tag: is accepted too) and must be a per-user policy that exists; site and global policies apply without being granted. -PolicyName $null takes the user's own policy away, so the site's or the global one applies.",
        examples: &[
            ("Grant-CsUserServicesPolicy -Identity \"Ken Myer\" -PolicyName RedmondUserServicesPolicy", "Grants Ken Myer the per-user policy RedmondUserServicesPolicy."),
            ("Get-CsUser -Filter {UserServicesPolicy -ne $null} | Grant-CsUserServicesPolicy -PolicyName $null", "Takes the UserServicesPolicy away from every user who has one of their own."),
        ],
        parameters: &[IDENTITY, ("PolicyName", "The per-user policy, or $null to take the user's own away."), DOMAIN_CONTROLLER, PASS_THRU, WHAT_IF, CONFIRM],
        related: &["Get-CsUser", "Get-CsEffectivePolicy"],
    },
    Text {
        name: "Grant-CsHostedVoicemailPolicy",
        synopsis: "Grants users a per-user HostedVoicemailPolicy (hosted voice mail).",
        description: "The policy is named without its tag: prefix (tag: is accepted too) and must be a per-user policy that exists; site and global policies apply without being granted. -PolicyName $null takes the user's own policy away, so the site's or the global one applies.",
        examples: &[
            ("Grant-CsHostedVoicemailPolicy -Identity \"Ken Myer\" -PolicyName $null -PassThru | Select-Object DisplayName, HostedVoicemailPolicy", "Clears Ken Myer's own HostedVoicemailPolicy, so the site or global one applies."),
            ("Get-CsUser -Filter {HostedVoicemailPolicy -ne $null} | Grant-CsHostedVoicemailPolicy -PolicyName $null", "Takes the HostedVoicemailPolicy away from every user who has one of their own."),
        ],
        parameters: &[IDENTITY, ("PolicyName", "The per-user policy, or $null to take the user's own away."), DOMAIN_CONTROLLER, PASS_THRU, WHAT_IF, CONFIRM],
        related: &["Get-CsUser", "Get-CsEffectivePolicy"],
    },
    Text {
        name: "Grant-CsDialPlan",
        synopsis: "Grants users a per-user dial plan.",
        description: "The dial plan is named without its tag: prefix (tag: is accepted too) and must be a per-user plan that exists. Users without one of their own get their Registrar pool's plan, else their site's, else the global one. -PolicyName $null takes the user's own plan away.",
        examples: &[
            ("Grant-CsDialPlan -Identity \"Ken Myer\" -PolicyName RedmondDialPlan -PassThru | Select-Object DisplayName, DialPlan", "Grants Ken Myer the lab's per-user dial plan RedmondDialPlan."),
            ("Get-CsUser -Filter {DialPlan -ne $null} | Grant-CsDialPlan -PolicyName $null", "Takes the per-user dial plan away from everyone who has one."),
        ],
        parameters: &[IDENTITY, ("PolicyName", "The per-user dial plan, or $null to take the user's own away."), DOMAIN_CONTROLLER, PASS_THRU, WHAT_IF, CONFIRM],
        related: &["Get-CsDialPlan", "Test-CsVoiceUser"],
    },
];
