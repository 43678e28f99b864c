//! Help for the cmdlets of users' PINs, audio conferencing providers, pool information, role
//! membership, test credentials and the directory's principals and contacts, in lyncsh's own
//! words.

use super::builtin::Text;
use super::shared::{
    CONFIRM, CREDENTIAL, DOMAIN_CONTROLLER, OBJECT_FILTER, OBJECT_RESULT_SIZE, WHAT_IF,
};

const USER: (&str, &str) = (
    "Identity",
    "The user, in any form Get-CsUser takes (display name, SIP address, UPN, domain\\account or distinguished name). Users piped in bind by their Identity.",
);
const FORCE: (&str, &str) = (
    "Force",
    "Accepted; the change is made without asking anyway.",
);
const PASS_THRU: (&str, &str) = (
    "PassThru",
    "Also writes the user's providers to the pipeline.",
);
const LDAP_FILTER: &str =
    "Keeps the objects whose AD attributes pass an LDAP filter, such as (Organization=Fabrikam).";
const OU: (&str, &str) = (
    "OU",
    "Lists only the objects of this OU (a distinguished name) and of the OUs below it.",
);
const LOCAL_STORE: (&str, &str) = (
    "LocalStore",
    "Accepted; the lab reads its one copy of the store.",
);
const SIP_ADDRESS: (&str, &str) = (
    "SipAddress",
    "The test user's SIP address, with its sip: prefix.",
);

pub const TEXTS: &[Text] = &[
    Text {
        name: "Set-CsClientPin",
        synopsis: "Gives a user a dial-in PIN, the one given or one the lab makes.",
        description: "Without -Pin a PIN is made, as long as the PIN policy in force asks for (MinPasswordLength), and shown in the output; it is the only time it is shown. A PIN given must be digits only, at least MinPasswordLength long and at most 24, and not a common pattern (11111, 12345) unless the policy's AllowCommonPatterns is True. Setting a PIN unlocks it. The PIN itself is not kept: Get-CsClientPinInfo tells only whether one is set.",
        examples: &[
            ("Set-CsClientPin -Identity \"litwareinc\\kenmyer\"", "Gives Ken Myer a PIN made by the lab and shows it."),
            ("Set-CsClientPin -Identity \"litwareinc\\kenmyer\" -Pin 18723834", "Gives Ken Myer the PIN 18723834."),
        ],
        parameters: &[USER, ("Pin", "The PIN: digits only, as long as the PIN policy in force requires."), FORCE, WHAT_IF, CONFIRM],
        related: &["Get-CsClientPinInfo", "Lock-CsClientPin", "Get-CsPinPolicy"],
    },
    Text {
        name: "Lock-CsClientPin",
        synopsis: "Locks a user's PIN, so that it no longer signs them in or into a dial-in meeting.",
        description: "A user without a PIN gets a warning and nothing changes. Unlock-CsClientPin or a new PIN from Set-CsClientPin unlocks it.",
        examples: &[
            ("Set-CsClientPin -Identity kenmyer@litwareinc.com -Pin 18723834 | Out-Null; Lock-CsClientPin -Identity kenmyer@litwareinc.com", "Sets Ken Myer's PIN, then locks it."),
            ("Get-CsUser | Get-CsClientPinInfo | Where-Object {$_.IsPinSet -eq $True} | Lock-CsClientPin", "Locks every PIN that is set."),
        ],
        parameters: &[USER, FORCE, WHAT_IF, CONFIRM],
        related: &["Unlock-CsClientPin", "Get-CsClientPinInfo"],
    },
    Text {
        name: "Unlock-CsClientPin",
        synopsis: "Unlocks a user's locked PIN.",
        description: "A user without a PIN gets a warning; unlocking a PIN that is not locked changes nothing.",
        examples: &[
            ("Set-CsClientPin -Identity kenmyer@litwareinc.com -Pin 18723834 | Out-Null; Lock-CsClientPin -Identity kenmyer@litwareinc.com; Unlock-CsClientPin -Identity kenmyer@litwareinc.com", "Sets, locks and unlocks Ken Myer's PIN."),
            ("Get-CsUser | Get-CsClientPinInfo | Where-Object {$_.IsLockedOut -eq $True} | Unlock-CsClientPin", "Unlocks every locked PIN."),
        ],
        parameters: &[USER, FORCE, WHAT_IF, CONFIRM],
        related: &["Lock-CsClientPin", "Get-CsClientPinInfo"],
    },
    Text {
        name: "Get-CsClientPinInfo",
        synopsis: "Shows whether a user has a PIN, whether it is locked, when it was set and when it expires.",
        description: "PinExpirationTime is LastPinChangeTime plus the PINLifetime days of the PIN policy in force, and empty when that is 0 (PINs that never expire). The PIN itself is never shown.",
        examples: &[
            ("Get-CsClientPinInfo -Identity \"litwareinc\\kenmyer\"", "Shows Ken Myer's PIN state."),
            ("Get-CsUser -LdapFilter \"Title=Manager\" | Get-CsClientPinInfo", "Shows the PIN state of every manager."),
        ],
        parameters: &[USER, WHAT_IF, CONFIRM],
        related: &["Set-CsClientPin", "Lock-CsClientPin"],
    },
    Text {
        name: "Get-CsUserAcp",
        synopsis: "Lists users with the audio conferencing providers assigned to them (AcpInfo).",
        description: "Every account is listed, enabled for Lync or not; AcpInfo is empty for those without a provider. An AcpInfo prints as the XML Lync stores; -ExpandProperty AcpInfo shows its fields.",
        examples: &[
            ("Get-CsUserAcp -Filter {AcpInfo -ne $Null}", "Lists the users who have a provider."),
            ("Set-CsUserAcp -Identity \"Ken Myer\" -TollNumber 14255551298 -ParticipantPassCode 13761 -Domain fabrikam.com -Name \"Fabrikam ACP\"; Get-CsUserAcp -Identity \"Ken Myer\" | Select-Object -ExpandProperty AcpInfo", "Assigns a provider to Ken Myer and shows its fields."),
        ],
        parameters: &[USER, OBJECT_FILTER, ("LdapFilter", LDAP_FILTER), OBJECT_RESULT_SIZE, CREDENTIAL],
        related: &["Set-CsUserAcp", "Remove-CsUserAcp"],
    },
    Text {
        name: "Set-CsUserAcp",
        synopsis: "Assigns an audio conferencing provider to a user, or changes the one of that name.",
        description: "A provider is known by its -Name: setting a name the user has changes that provider, a new name adds one. The first provider, or one given -IsDefault $True, is the default; the others stop being it.",
        examples: &[
            ("Set-CsUserAcp -Identity \"Ken Myer\" -TollNumber 14255551298 -ParticipantPassCode 13761 -Domain fabrikam.com -Name \"Fabrikam ACP\"", "Assigns a provider to Ken Myer."),
            ("Get-CsUser -LdapFilter \"Department=Finance\" | Set-CsUserAcp -TollNumber 14255551298 -ParticipantPassCode 13761 -Domain fabrikam.com -Name \"Fabrikam ACP\" -TollFreeNumbers 18005551010, 18005551020", "Assigns the same provider, with two toll-free numbers, to the Finance department."),
        ],
        parameters: &[
            USER,
            ("Name", "The provider's name, which tells providers apart."),
            ("Domain", "The provider's domain."),
            ("TollNumber", "The number to dial in."),
            ("TollFreeNumbers", "Toll-free numbers to dial in, one or more."),
            ("ParticipantPasscode", "The passcode participants enter."),
            ("Url", "A web page with the provider's dial-in information."),
            ("IsDefault", "True makes this the user's default provider."),
            PASS_THRU, WHAT_IF, CONFIRM,
        ],
        related: &["Get-CsUserAcp", "Remove-CsUserAcp"],
    },
    Text {
        name: "Remove-CsUserAcp",
        synopsis: "Takes audio conferencing providers away from a user.",
        description: "Without -Name, -TollNumber or -ParticipantPasscode every provider goes; with them, only those that match all that are given.",
        examples: &[
            ("Remove-CsUserAcp -Identity \"Ken Myer\"", "Takes every provider away from Ken Myer."),
            ("Get-CsUserAcp | Where-Object {$_.AcpInfo -match \"14255551298\"} | Remove-CsUserAcp", "Takes providers away from every user who has one with that number."),
        ],
        parameters: &[
            USER,
            ("Name", "Removes only the provider of this name."),
            ("TollNumber", "Removes only providers with this number."),
            ("ParticipantPasscode", "Removes only providers with this passcode."),
            PASS_THRU, WHAT_IF, CONFIRM,
        ],
        related: &["Set-CsUserAcp"],
    },
    Text {
        name: "Get-CsUserPoolInfo",
        synopsis: "Shows which pool serves a user: the primary pool, its machines in the order tried, and the backup pool.",
        description: "The lab's pools have no backup pool, so BackupPoolFqdn is empty. A user with no Registrar pool is an error.",
        examples: &[
            ("Get-CsUserPoolInfo \"sip:kenmyer@litwareinc.com\"", "Shows where Ken Myer is served."),
            ("Get-CsUser | Where-Object {$_.RegistrarPool -ne $Null} | Get-CsUserPoolInfo | Select-Object Identity, PrimaryPoolFqdn", "Lists every homed user's primary pool."),
        ],
        parameters: &[USER, LOCAL_STORE],
        related: &["Get-CsUser", "Move-CsUser"],
    },
    Text {
        name: "Get-CsAdminRoleAssignment",
        synopsis: "Lists the RBAC roles an administrator holds.",
        description: "The account is named by its account name (kenmyer) or any form Get-CsUser takes. In the lab Ken Myer is a CsAdministrator, Aidan Delaney a CsVoiceAdministrator and CsUserAdministrator, Sara Davis in CsHelpDesk and Elena Petrova a CsServerAdministrator; the others hold no role.",
        examples: &[
            ("Get-CsAdminRoleAssignment -Identity kenmyer", "Lists Ken Myer's roles."),
            ("Get-CsUser | ForEach-Object {$_.DisplayName; Get-CsAdminRoleAssignment -Identity $_.SamAccountName}", "Lists every user with their roles."),
        ],
        parameters: &[("Identity", "The account: its account name, or any form Get-CsUser takes."), FORCE, LOCAL_STORE],
        related: &["Get-CsAdminRole"],
    },
    Text {
        name: "Get-CsTestUserCredential",
        synopsis: "Shows the credentials stored for test users of synthetic transactions.",
        description: "An address with no credential stored gives nothing. The password is never shown. The lab stores credentials for Ken Myer and David Longmire, the test users of the reference's synthetic transactions.",
        examples: &[
            ("Get-CsTestUserCredential -SipAddress sip:kenmyer@litwareinc.com", "Shows Ken Myer's credential, if one is stored."),
            ("Set-CsTestUserCredential -SipAddress sip:kenmyer@litwareinc.com -UserName litwareinc\\kenmyer -Password secret; Get-CsTestUserCredential -SipAddress sip:kenmyer@litwareinc.com", "Stores Ken Myer's credential and shows it."),
        ],
        parameters: &[SIP_ADDRESS],
        related: &["Set-CsTestUserCredential", "Remove-CsTestUserCredential"],
    },
    Text {
        name: "Set-CsTestUserCredential",
        synopsis: "Stores the account a test user signs in with, for synthetic transactions.",
        description: "The SIP address must be a user enabled for Lync. The account name is -UserName, or the user name of -Credential, or the user's own domain\\account. The password is not kept.",
        examples: &[
            ("Set-CsTestUserCredential -SipAddress sip:kenmyer@litwareinc.com -UserName litwareinc\\kenmyer -Password secret", "Stores Ken Myer's credential."),
            ("Set-CsTestUserCredential -SipAddress sip:davidlongmire@litwareinc.com -UserName litwareinc\\davidlongmire -Password secret -WhatIf", "Shows what would be stored."),
        ],
        parameters: &[SIP_ADDRESS, ("UserName", "The account, as domain\\account."), ("Password", "The password; accepted and not kept."), ("Credential", "A credential object whose user name is stored, instead of -UserName."), FORCE, WHAT_IF, CONFIRM],
        related: &["Get-CsTestUserCredential"],
    },
    Text {
        name: "Remove-CsTestUserCredential",
        synopsis: "Deletes the credential stored for a test user.",
        description: "An address with no credential stored is an error.",
        examples: &[
            ("Remove-CsTestUserCredential sip:kenmyer@litwareinc.com", "Deletes the credential the lab stores for Ken Myer."),
            ("Set-CsTestUserCredential -SipAddress sip:aidan@litwareinc.com -UserName litwareinc\\aidan -Password secret; Get-CsTestUserCredential -SipAddress sip:aidan@litwareinc.com | ForEach-Object { Remove-CsTestUserCredential -SipAddress $_.SipAddress }", "Deletes the credentials Get-CsTestUserCredential finds."),
        ],
        parameters: &[SIP_ADDRESS, FORCE, WHAT_IF, CONFIRM],
        related: &["Set-CsTestUserCredential"],
    },
    Text {
        name: "Get-CsAdPrincipal",
        synopsis: "Lists every directory object Lync can see: users, rooms and contacts.",
        description: "ObjectClass tells users from contacts; Organization is the AD company.",
        examples: &[
            ("Get-CsAdPrincipal -Filter {SipAddress -eq \"sip:RedmondMeetingRoom@litwareinc.com\"}", "Finds the object with a SIP address."),
            ("Get-CsAdPrincipal | Where-Object {$_.ObjectClass -contains \"contact\"} | Select-Object DisplayName", "Lists the contacts."),
        ],
        parameters: &[("Identity", "The object: a display name (wildcards allowed), SIP address or distinguished name."), OBJECT_FILTER, ("LDAPFilter", LDAP_FILTER), OU, OBJECT_RESULT_SIZE, CREDENTIAL, DOMAIN_CONTROLLER],
        related: &["Get-CsAdContact", "Get-CsAdUser"],
    },
    Text {
        name: "Get-CsAdContact",
        synopsis: "Lists the contact objects of the directory: common-area phones, analog devices and Exchange UM contacts.",
        description: "Organization is the AD company: Litware, Inc. for the lab's devices, Fabrikam for its Exchange UM contacts.",
        examples: &[
            ("Get-CsAdContact | Select-Object DisplayName, SipAddress", "Lists every contact with its SIP address."),
            ("Get-CsAdContact -LdapFilter \"Organization=Fabrikam\"", "Lists the contacts of Fabrikam."),
        ],
        parameters: &[("Identity", "The contact: a display name (wildcards allowed), SIP address or distinguished name."), OBJECT_FILTER, ("LDAPFilter", LDAP_FILTER), OU, OBJECT_RESULT_SIZE, CREDENTIAL, DOMAIN_CONTROLLER],
        related: &["Get-CsAdPrincipal", "Get-CsCommonAreaPhone"],
    },
    Text {
        name: "Move-CsLegacyUser",
        synopsis: "Would move users from an Office Communications Server 2007 R2 pool; the lab has no such pool, so it says so.",
        description: "Every call is a terminating error that names the user and points to Move-CsUser; nothing changes.",
        examples: &[
            ("try { Move-CsLegacyUser -Identity \"Pilar Ackerman\" -Target atl-cs-001.litwareinc.com } catch { $_.Exception.Message }", "Shows why the move cannot happen in the lab."),
            ("try { Get-CsUser -UnassignedUser | Move-CsLegacyUser -Target atl-cs-001.litwareinc.com -ExcludeDialPlan } catch { 'no legacy users' }", "A script's legacy move, caught."),
        ],
        parameters: &[
            USER,
            ("Target", "The Lync Server 2013 Registrar pool to move to."),
            ("ExcludeArchivingPolicy", "Would leave the archiving policy behind."),
            ("ExcludeConferencingPolicy", "Would leave the conferencing policy behind."),
            ("ExcludeDialPlan", "Would leave the dial plan behind."),
            ("ExcludeExternalAccessPolicy", "Would leave the external access policy behind."),
            ("ExcludePresencePolicy", "Would leave the presence policy behind."),
            ("ExcludeVoicePolicy", "Would leave the voice policy behind."),
            ("HostedMigrationOverrideUrl", "For moves to Lync Online."),
            ("IgnoreBackendStoreException", "Accepted; the lab has no back-end store to fail."),
            ("ProxyPool", "Accepted; the lab has no proxy pools."),
            ("PassThru", "Would write the moved user to the pipeline."),
            ("Force", "Would move without asking."),
            CREDENTIAL, DOMAIN_CONTROLLER, WHAT_IF, CONFIRM,
        ],
        related: &["Move-CsUser"],
    },
];

const FILE_NAME: (&str, &str) = (
    "FileName",
    "The user data file, in the files folder: one lyncsh writes (its own format, RON text), whatever its extension.",
);
const USER_FILTER: (&str, &str) = (
    "UserFilter",
    "Only the users whose SIP address, without sip:, matches: kenmyer@litwareinc.com, or with wildcards such as *@litwareinc.com.",
);
const LEGACY_FORMAT: (&str, &str) = (
    "LegacyFormat",
    "For the Lync Server 2010 XML format; lyncsh refuses it (see Convert-CsUserData).",
);
const CONF_DIRECTORY: (&str, &str) = (
    "ConfDirectoryFilter",
    "For conference directories; lyncsh's user data holds users only, so it refuses it.",
);
const POOL_FQDN: (&str, &str) = (
    "PoolFqdn",
    "The Registrar pool, by its fully qualified domain name.",
);
const ROUTING_GROUP: (&str, &str) = (
    "RoutingGroupFilter",
    "Accepted; the lab's pools have one routing group each.",
);

/// Help for the user data and client certificate cmdlets.
pub const DATA_TEXTS: &[Text] = &[
    Text {
        name: "Export-CsUserData",
        synopsis: "Writes the Lync state of a pool's users to a file in lyncsh's own format.",
        description: "The file holds, for each user homed on the pool, the account and its Lync settings: SIP address, pool, phone settings, granted policies, PIN state and conferencing providers. It is lyncsh's format (RON text), not the ZIP file of a real server, whatever the file's extension. Import-CsUserData and Update-CsUserData read it back.",
        examples: &[
            ("Export-CsUserData -PoolFqdn atl-cs-001.litwareinc.com -FileName ExportedUserData.zip", "Exports the users of atl-cs-001."),
            ("Export-CsUserData -PoolFqdn atl-cs-001.litwareinc.com -FileName KenMyer.zip -UserFilter kenmyer@litwareinc.com", "Exports Ken Myer alone."),
        ],
        parameters: &[POOL_FQDN, ("Identity", "The pool as a service identity (UserServer:atl-cs-001.litwareinc.com), instead of -PoolFqdn."), FILE_NAME, USER_FILTER, LEGACY_FORMAT, CONF_DIRECTORY, FORCE, DOMAIN_CONTROLLER],
        related: &["Import-CsUserData", "Update-CsUserData"],
    },
    Text {
        name: "Import-CsUserData",
        synopsis: "Writes users' Lync state back from a user data file, homing them on a pool.",
        description: "Each user of the file is found by SIP address; their Lync settings are replaced by the file's and their home pool becomes -PoolFqdn. A user the directory no longer has gets a warning. A file that lyncsh did not write, or one converted to Lync2010, is refused and nothing changes.",
        examples: &[
            ("Export-CsUserData -PoolFqdn atl-cs-001.litwareinc.com -FileName ExportedUserData.zip; Import-CsUserData -PoolFqdn atl-cs-001.litwareinc.com -FileName ExportedUserData.zip", "Exports the pool's users and imports them again."),
            ("Export-CsUserData -PoolFqdn atl-cs-001.litwareinc.com -FileName Sales.zip; Import-CsUserData -PoolFqdn redmond.litwareinc.com -FileName Sales.zip -UserFilter katiejordan@litwareinc.com", "Brings one user's data to the Redmond pool."),
        ],
        parameters: &[POOL_FQDN, ("Identity", "The pool as a service identity, instead of -PoolFqdn."), FILE_NAME, USER_FILTER, ROUTING_GROUP, LEGACY_FORMAT, CONF_DIRECTORY, FORCE, DOMAIN_CONTROLLER],
        related: &["Export-CsUserData", "Update-CsUserData"],
    },
    Text {
        name: "Update-CsUserData",
        synopsis: "Writes users' Lync state back from a user data file, leaving them on their pools.",
        description: "As Import-CsUserData, but the users keep the home pools the file gives them.",
        examples: &[
            ("Export-CsUserData -PoolFqdn atl-cs-001.litwareinc.com -FileName ExportedUserData.zip; Update-CsUserData -FileName ExportedUserData.zip -UserFilter kenmyer@litwareinc.com", "Restores Ken Myer's settings from an export."),
            ("Export-CsUserData -PoolFqdn atl-cs-001.litwareinc.com -FileName All.zip; Update-CsUserData -FileName All.zip -WhatIf", "Shows the update without making it."),
        ],
        parameters: &[FILE_NAME, USER_FILTER, ROUTING_GROUP, FORCE, DOMAIN_CONTROLLER, WHAT_IF, CONFIRM],
        related: &["Export-CsUserData", "Import-CsUserData"],
    },
    Text {
        name: "Convert-CsUserData",
        synopsis: "Rewrites a user data file for the other data version: Lync2010 or Current.",
        description: "The users are kept (those of -UserFilter, when given) and the file is marked with the target version. Import-CsUserData takes only Current files.",
        examples: &[
            ("Export-CsUserData -PoolFqdn atl-cs-001.litwareinc.com -FileName Lync2013Data.zip; Convert-CsUserData -InputFile Lync2013Data.zip -OutputFile Lync2010Data.xml -TargetVersion Lync2010", "Converts an export for a Lync Server 2010 pool."),
            ("Export-CsUserData -PoolFqdn atl-cs-001.litwareinc.com -FileName Lync2013Data.zip; Convert-CsUserData -InputFile Lync2013Data.zip -OutputFile KenMyer.xml -TargetVersion Lync2010 -UserFilter kenmyer@litwareinc.com", "Converts one user's data."),
        ],
        parameters: &[("InputFile", "The user data file to read."), ("OutputFile", "The file to write."), ("TargetVersion", "Lync2010 or Current."), USER_FILTER, CONF_DIRECTORY, FORCE],
        related: &["Export-CsUserData", "Import-CsUserData"],
    },
    Text {
        name: "Sync-CsUserData",
        synopsis: "Would copy a pool's users' data between its stores; the lab keeps one copy, so there is nothing to copy.",
        description: "The pool must exist; -Verbose says that its data is in step.",
        examples: &[
            ("Sync-CsUserData -PoolFqdn atl-cs-001.litwareinc.com -Verbose", "Checks the pool and reports it in step."),
            ("Sync-CsUserData -PoolFqdn redmond.litwareinc.com", "The same for the Redmond pool, silently."),
        ],
        parameters: &[POOL_FQDN, ("RoutingGroup", "Accepted; the lab's pools have one routing group each."), ("Target", "Accepted; there is one store to sync with."), LOCAL_STORE],
        related: &["Export-CsUserData"],
    },
    Text {
        name: "Get-CsClientCertificate",
        synopsis: "Lists the client certificates Lync issued to a user's phones, with their dates.",
        description: "In the lab Ken Myer's desk phone has one, issued on 15 January 2026 for 180 days; nobody else has any.",
        examples: &[
            ("Get-CsClientCertificate -Identity \"Ken Myer\"", "Lists Ken Myer's certificates."),
            ("Get-CsUser | Where-Object {$_.RegistrarPool -ne $Null} | Get-CsClientCertificate", "Lists the certificates of every homed user."),
        ],
        parameters: &[USER, WHAT_IF, CONFIRM],
        related: &["Revoke-CsClientCertificate", "Set-CsClientPin"],
    },
    Text {
        name: "Revoke-CsClientCertificate",
        synopsis: "Revokes every client certificate of a user, so their phones must sign in again with the PIN.",
        description: "A user without certificates is left as they are.",
        examples: &[
            ("Revoke-CsClientCertificate -Identity \"Ken Myer\"", "Revokes Ken Myer's certificate."),
            ("Get-CsUser -Filter {Department -eq 'IT'} | Revoke-CsClientCertificate -WhatIf", "Shows which users' certificates would be revoked."),
        ],
        parameters: &[USER, FORCE, WHAT_IF, CONFIRM],
        related: &["Get-CsClientCertificate"],
    },
];

/// Help for the application endpoint cmdlets.
pub const ENDPOINT_TEXTS: &[Text] = &[
    Text {
        name: "Get-CsApplicationEndpoint",
        synopsis: "Lists the contacts of trusted applications' endpoints, with their owner and pool.",
        description: "The endpoints are those New-CsTrustedApplicationEndpoint made, shown as directory contacts: Identity and SipAddress, DisplayName, OwnerUrn (urn:application: and the application's ID) and RegistrarPool (the trusted application pool).",
        examples: &[
            ("New-CsTrustedApplicationEndpoint -ApplicationId tapp2 -TrustedApplicationPoolFqdn TrustPool.litwareinc.com -SipAddress sip:endpoint2@litwareinc.com -DisplayName \"Endpoint 2\" | Out-Null; Get-CsApplicationEndpoint", "Creates an endpoint and lists every endpoint."),
            ("Get-CsApplicationEndpoint -ApplicationId tapp2 | Select-Object Identity, SipAddress, DisplayName, OwnerUrn", "Lists the endpoints of one application."),
        ],
        parameters: &[
            ("Identity", "The endpoint: its SIP address or display name, wildcards allowed."),
            ("ApplicationId", "Only the endpoints of this application."),
            ("PoolFqdn", "Only the endpoints of this trusted application pool."),
            OBJECT_FILTER, OBJECT_RESULT_SIZE,
            ("OU", "Refused: the lab keeps endpoints with their applications, not in OUs."),
            CREDENTIAL, DOMAIN_CONTROLLER,
        ],
        related: &["New-CsTrustedApplicationEndpoint", "Move-CsApplicationEndpoint"],
    },
    Text {
        name: "Move-CsApplicationEndpoint",
        synopsis: "Moves an application endpoint to another trusted application pool.",
        description: "The pool must exist (New-CsTrustedApplicationPool). Asks first unless -Confirm:$False or -Force is given.",
        examples: &[
            ("New-CsTrustedApplicationEndpoint -ApplicationId tapp2 -TrustedApplicationPoolFqdn TrustPool.litwareinc.com -SipAddress sip:endpoint2@litwareinc.com | Out-Null; New-CsTrustedApplicationPool -Identity TrustPoolA.litwareinc.com -Registrar atl-cs-001.litwareinc.com -Site Redmond | Out-Null; Move-CsApplicationEndpoint -Identity sip:endpoint2@litwareinc.com -TargetApplicationPool TrustPoolA.litwareinc.com -Force", "Moves an endpoint to a new pool."),
            ("New-CsTrustedApplicationEndpoint -ApplicationId tapp2 -TrustedApplicationPoolFqdn TrustPool.litwareinc.com -SipAddress sip:endpoint3@litwareinc.com | Out-Null; Move-CsApplicationEndpoint -Identity sip:endpoint3@litwareinc.com -TargetApplicationPool TrustPool.litwareinc.com -WhatIf", "Shows the move without making it."),
        ],
        parameters: &[
            ("Identity", "The endpoint, by SIP address or display name, or piped from Get-CsApplicationEndpoint."),
            ("TargetApplicationPool", "The trusted application pool to move to, by its fully qualified domain name."),
            ("Force", "Moves without asking."),
            ("IgnoreBackendStoreException", "Accepted; the lab has no back-end store to fail."),
            ("PassThru", "Also writes the moved endpoint to the pipeline."),
            DOMAIN_CONTROLLER, WHAT_IF, CONFIRM,
        ],
        related: &["Get-CsApplicationEndpoint"],
    },
];
