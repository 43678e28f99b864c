//! Help for dial-in conferencing access numbers, announcements and the Call Park music on
//! hold, in lyncsh's own words.

use super::builtin::Text;
use super::shared::{CONFIRM, FORCE, WHAT_IF};

const NEW_NUMBER: &str = "New-CsDialInConferencingAccessNumber -PrimaryUri sip:RedmondDialIn@litwareinc.com -DisplayNumber '1-425-555-0100' -LineUri tel:+14255550100 -Pool atl-cs-001.litwareinc.com -PrimaryLanguage en-US -Regions Redmond -WarningAction SilentlyContinue";

const NUMBER_IDENTITY: (&str, &str) = (
    "Identity",
    "The access number: its SIP address (PrimaryUri, with or without sip:) or its display name. Objects from Get-CsDialInConferencingAccessNumber bind to it from the pipeline.",
);
const DISPLAY_NAME: (&str, &str) = (
    "DisplayName",
    "The name the number's contact shows in Lync and on the dial-in page.",
);
const DISPLAY_NUMBER: (&str, &str) = (
    "DisplayNumber",
    "The number as people read it in meeting invitations, in any format (1-425-555-0100).",
);
const LINE_URI: (&str, &str) = (
    "LineUri",
    "The number calls are made to, written tel:+ and the digits (tel:+14255550100).",
);
const PRIMARY_LANGUAGE: (&str, &str) = (
    "PrimaryLanguage",
    "The language callers hear first; one of the codes Get-CsDialInConferencingLanguageList returns (en-US by default).",
);
const SECONDARY_LANGUAGES: (&str, &str) = (
    "SecondaryLanguages",
    "Up to four more languages callers may choose, from the same list; the primary language may not be among them.",
);
const REGIONS: (&str, &str) = (
    "Regions",
    "The dial-in conferencing regions the number serves. Users see the numbers of the region their dial plan names (its DialinConferencingRegion); a region no dial plan names gives a warning.",
);
const SCOPE_TO_SITE: (&str, &str) = (
    "ScopeToSite",
    "Keeps the number to the site of its pool; lyncsh records the choice in ScopeToSite.",
);
const PASS_THRU: (&str, &str) = ("PassThru", "Returns the number as it is after the change.");
const TENANT: (&str, &str) = (
    "Tenant",
    "A hosted tenant; an on-premises deployment such as the lab has none, so it has no effect.",
);
const LOCAL_STORE: (&str, &str) = (
    "LocalStore",
    "Reads the local copy of the configuration; the lab has one store, so it makes no difference.",
);
const ANNOUNCEMENT_IDENTITY: (&str, &str) = (
    "Identity",
    "An Application service (ApplicationServer:<pool fqdn>, with or without service:), or one announcement of it: the service, a slash and the announcement's GUID.",
);
const PROMPTS: [(&str, &str); 4] = [
    ("AudioFilePrompt", "The name of an audio file imported into the service with Import-CsAnnouncementFile; a file not imported gives a warning."),
    ("TextToSpeechPrompt", "Text read out to the caller when there is no audio file; it needs -Language."),
    ("Language", "The language of the spoken text: a code such as en-US or fr-FR (the list Get-CsDialInConferencingLanguageList returns)."),
    ("TargetUri", "Where the call goes after the announcement, as a SIP URI (a user, a voice mail address, a number); left empty, the call ends."),
];
const CONTENT: (&str, &str) = (
    "Content",
    "The file's bytes, read with [System.IO.File]::ReadAllBytes or Get-Content -Encoding Byte -ReadCount 0; they may also come down the pipeline.",
);

pub const TEXTS: &[Text] = &[
    Text {
        name: "Get-CsDialInConferencingAccessNumber",
        synopsis: "Lists the phone numbers people call to join meetings by phone.",
        description: "Without parameters every access number is returned. -Identity picks one by SIP address or display name, -Region those of a region (the part after the last slash of site:USA/Redmond counts), -Region $null or -EmptyRegion those in no region, and -Filter tests one property with -eq, -ne, -like or -notlike, as in {LineUri -like \"tel:+1425*\"}.",
        examples: &[
            (NEW_NUMBER, "Creates an access number for the Redmond region."),
            ("New-CsDialInConferencingAccessNumber -PrimaryUri sip:RedmondDialIn@litwareinc.com -DisplayNumber '1-425-555-0100' -LineUri tel:+14255550100 -Pool atl-cs-001.litwareinc.com -PrimaryLanguage en-US -Regions Redmond -WarningAction SilentlyContinue; Get-CsDialInConferencingAccessNumber -Filter {LineUri -like \"tel:+1425*\"}", "Creates a number, then finds the numbers in the 425 area code."),
            ("Get-CsDialInConferencingAccessNumber -Region Redmond", "Lists the numbers of the Redmond region; a fresh lab has none."),
        ],
        parameters: &[
            NUMBER_IDENTITY,
            ("Region", "Returns the numbers of this region; $null returns those in no region."),
            ("EmptyRegion", "Returns only the numbers that serve no region."),
            ("Filter", "A test of one property: the property, -eq, -ne, -like or -notlike, and a value, usually inside braces."),
            ("ResultSize", "The most numbers to return."),
            ("Credential", "An account to read the directory as; the lab's directory needs none, so it has no effect."),
            ("DomainController", "The domain controller to read from; the lab has one directory, so it has no effect."),
            ("OU", "An organizational unit to search; lyncsh keeps access numbers outside the lab's OUs, so it has no effect."),
        ],
        related: &["New-CsDialInConferencingAccessNumber", "Set-CsDialInConferencingAccessNumber", "Get-CsDialInConferencingLanguageList"],
    },
    Text {
        name: "New-CsDialInConferencingAccessNumber",
        synopsis: "Creates a phone number people call to join meetings by phone.",
        description: "The number is named by its SIP address (-PrimaryUri, sip:name@domain), which no other number may have. -LineUri is the number itself (tel:+digits), -Pool a pool of the topology that answers the calls, and the languages come from Get-CsDialInConferencingLanguageList. A region that no dial plan names gives a warning: nobody would be offered the number.",
        examples: &[
            (NEW_NUMBER, "Creates an access number for the Redmond region, spoken in English."),
            ("New-CsDialInConferencingAccessNumber -PrimaryUri sip:DublinDialIn@litwareinc.com -DisplayName 'Dublin dial-in' -DisplayNumber '+353 1 555 0100' -LineUri tel:+35315550100 -Pool atl-cs-001.litwareinc.com -PrimaryLanguage en-GB -SecondaryLanguages fr-FR, de-DE -Regions Dublin -WarningAction SilentlyContinue -PassThru", "Creates a number with two more languages and shows it."),
        ],
        parameters: &[
            ("PrimaryUri", "The number's SIP address, written sip:name@domain; it names the number from then on."),
            DISPLAY_NAME, DISPLAY_NUMBER, LINE_URI,
            ("Pool", "The pool, by FQDN, whose Conferencing Attendant answers the number."),
            PRIMARY_LANGUAGE, SECONDARY_LANGUAGES, REGIONS, SCOPE_TO_SITE,
            ("HostingProviderProxyFqdn", "For hosted deployments only; lyncsh does not emulate them, so giving it is an error."),
            TENANT, PASS_THRU, WHAT_IF, CONFIRM,
        ],
        related: &["Get-CsDialInConferencingAccessNumber", "Remove-CsDialInConferencingAccessNumber"],
    },
    Text {
        name: "Set-CsDialInConferencingAccessNumber",
        synopsis: "Changes a dial-in conferencing access number, or its place in a region's list.",
        description: "The properties given change and the others stay. Within a region the numbers are listed in priority order, 0 first: -Priority with -ReorderedRegion moves the number to that place in that region's list (and only the order changes). -ScopeToGlobal undoes -ScopeToSite.",
        examples: &[
            ("New-CsDialInConferencingAccessNumber -PrimaryUri sip:RedmondDialIn@litwareinc.com -DisplayNumber '1-425-555-0100' -LineUri tel:+14255550100 -Pool atl-cs-001.litwareinc.com -PrimaryLanguage en-US -Regions Redmond -WarningAction SilentlyContinue; Set-CsDialInConferencingAccessNumber -Identity sip:RedmondDialIn@litwareinc.com -DisplayName 'Redmond dial-in' -SecondaryLanguages fr-FR", "Creates a number, then names it and adds French."),
            ("New-CsDialInConferencingAccessNumber -PrimaryUri sip:RedmondDialIn@litwareinc.com -DisplayNumber '1-425-555-0100' -LineUri tel:+14255550100 -Pool atl-cs-001.litwareinc.com -PrimaryLanguage en-US -Regions Redmond -WarningAction SilentlyContinue; Set-CsDialInConferencingAccessNumber -Identity sip:RedmondDialIn@litwareinc.com -Priority 0 -ReorderedRegion Redmond", "Puts the number first in the Redmond region's list."),
        ],
        parameters: &[
            NUMBER_IDENTITY,
            ("Instance", "An access number object, from Get-CsDialInConferencingAccessNumber, whose edited properties are written back."),
            DISPLAY_NAME, DISPLAY_NUMBER, LINE_URI, PRIMARY_LANGUAGE, SECONDARY_LANGUAGES, REGIONS, SCOPE_TO_SITE,
            ("ScopeToGlobal", "Offers the number outside its pool's site again."),
            ("Priority", "The number's new place in the list of -ReorderedRegion, 0 being the first."),
            ("ReorderedRegion", "The region whose list -Priority reorders; the number must serve it."),
            PASS_THRU, WHAT_IF, CONFIRM,
        ],
        related: &["Get-CsDialInConferencingAccessNumber", "New-CsDialInConferencingAccessNumber"],
    },
    Text {
        name: "Remove-CsDialInConferencingAccessNumber",
        synopsis: "Deletes a dial-in conferencing access number.",
        description: "The number goes from every region it served. Numbers piped from Get-CsDialInConferencingAccessNumber are removed one by one.",
        examples: &[
            ("New-CsDialInConferencingAccessNumber -PrimaryUri sip:RedmondDialIn@litwareinc.com -DisplayNumber '1-425-555-0100' -LineUri tel:+14255550100 -Pool atl-cs-001.litwareinc.com -PrimaryLanguage en-US -Regions Redmond -WarningAction SilentlyContinue; Remove-CsDialInConferencingAccessNumber -Identity sip:RedmondDialIn@litwareinc.com", "Creates a number and deletes it again."),
            ("Get-CsDialInConferencingAccessNumber -Region $null | Remove-CsDialInConferencingAccessNumber", "Deletes every number that serves no region."),
        ],
        parameters: &[NUMBER_IDENTITY, WHAT_IF, CONFIRM],
        related: &["Get-CsDialInConferencingAccessNumber"],
    },
    Text {
        name: "Get-CsDialInConferencingLanguageList",
        synopsis: "Lists the languages dial-in conferencing can speak.",
        description: "One object, Global, whose Languages property holds the language codes (such as en-US) that access numbers and announcements may use. The list is fixed.",
        examples: &[
            ("Get-CsDialInConferencingLanguageList | Select-Object -ExpandProperty Languages", "Lists the codes, one per line."),
            ("(Get-CsDialInConferencingLanguageList).Languages -contains 'fr-CA'", "Says whether Canadian French is offered."),
        ],
        parameters: &[
            ("Identity", "Only Global exists; it may be left out."),
            ("Filter", "A wildcard matched against the identity; only Global exists."),
            LOCAL_STORE,
        ],
        related: &["New-CsDialInConferencingAccessNumber"],
    },
    Text {
        name: "Get-CsAnnouncement",
        synopsis: "Lists the announcements played to callers of unassigned numbers.",
        description: "Without parameters every announcement is returned. -Identity names an Application service, for all of its announcements, or one announcement (the service, a slash and its GUID). -Filter is a wildcard matched against the identities. The lab has the Welcome Announcement on atl-cs-001 and the Help Desk Announcement on redmond.",
        examples: &[
            ("Get-CsAnnouncement", "Lists every announcement."),
            ("Get-CsAnnouncement -Identity ApplicationServer:atl-cs-001.litwareinc.com | Where-Object {$_.Name -eq 'Welcome Announcement'}", "Finds an announcement by name on one service."),
        ],
        parameters: &[
            ANNOUNCEMENT_IDENTITY,
            ("Filter", "A wildcard pattern matched against each announcement's identity, such as *atl-cs-001*."),
            LOCAL_STORE,
        ],
        related: &["New-CsAnnouncement", "Set-CsAnnouncement", "Remove-CsAnnouncement", "Import-CsAnnouncementFile"],
    },
    Text {
        name: "New-CsAnnouncement",
        synopsis: "Creates an announcement on an Application service.",
        description: "The announcement plays an imported audio file, or reads out text in a language, and can then pass the call on to -TargetUri. Its GUID (AnnouncementId, the last part of its identity) is worked out from the service and the name, so the same commands give the same identities. Names are unique within a service.",
        examples: &[
            ("New-CsAnnouncement -Identity ApplicationServer:atl-cs-001.litwareinc.com -Name 'Help Desk Announcement' -TextToSpeechPrompt 'Welcome to the help desk.' -Language en-US", "Creates an announcement that reads out a text."),
            ("New-CsAnnouncement -Parent ApplicationServer:atl-cs-001.litwareinc.com -Name 'Closed' -TextToSpeechPrompt 'We are closed.' -Language en-US -TargetUri sip:kenmyer@litwareinc.com", "Creates an announcement that passes the call on afterwards."),
        ],
        parameters: &[
            ("Identity", "The Application service the announcement lives on: ApplicationServer:<pool fqdn>."),
            ("Parent", "The same as -Identity, for the parameter set that takes a parent and a name."),
            ("Name", "The announcement's name, unique within its service; unassigned number ranges name it."),
            PROMPTS[0], PROMPTS[1], PROMPTS[2], PROMPTS[3],
            ("InMemory", "Returns the new announcement without storing it."),
            FORCE, WHAT_IF, CONFIRM,
        ],
        related: &["Get-CsAnnouncement", "Import-CsAnnouncementFile", "New-CsUnassignedNumber"],
    },
    Text {
        name: "Set-CsAnnouncement",
        synopsis: "Changes an announcement.",
        description: "The properties given change and the others stay; a new name must not be taken in the service. Announcements piped from Get-CsAnnouncement bind through -Instance.",
        examples: &[
            ("Get-CsAnnouncement | Where-Object {$_.Name -eq 'Welcome Announcement'} | Set-CsAnnouncement -TargetUri sip:kenmyer@litwareinc.com", "Passes callers on to Ken Myer after the welcome."),
            ("Set-CsAnnouncement -Identity ApplicationServer:atl-cs-001.litwareinc.com/00000000-0000-4000-8000-000000000001 -TextToSpeechPrompt 'Welcome to Litware.' -Language en-US", "Gives the lab's announcement a text to read out."),
        ],
        parameters: &[
            ("Identity", "The announcement: its service, a slash and its GUID."),
            ("Instance", "An announcement object from Get-CsAnnouncement, whose edited properties are written back."),
            ("Name", "A new name, not taken in the service."),
            PROMPTS[0], PROMPTS[1], PROMPTS[2], PROMPTS[3],
            FORCE, WHAT_IF, CONFIRM,
        ],
        related: &["Get-CsAnnouncement", "New-CsAnnouncement"],
    },
    Text {
        name: "Remove-CsAnnouncement",
        synopsis: "Deletes an announcement, or every announcement of a service.",
        description: "An announcement that an unassigned number range names is kept, with an error: change or remove the range first.",
        examples: &[
            ("New-CsAnnouncement -Identity ApplicationServer:atl-cs-001.litwareinc.com -Name Busy; Get-CsAnnouncement | Where-Object {$_.Name -eq 'Busy'} | Remove-CsAnnouncement", "Creates an announcement and deletes it again."),
            ("Remove-CsAnnouncement -Identity ApplicationServer:redmond.litwareinc.com", "Deletes every announcement of the Redmond service."),
        ],
        parameters: &[ANNOUNCEMENT_IDENTITY, FORCE, WHAT_IF, CONFIRM],
        related: &["Get-CsAnnouncement", "Remove-CsUnassignedNumber"],
    },
    Text {
        name: "Import-CsAnnouncementFile",
        synopsis: "Puts an audio file into an Application service's store for announcements to play.",
        description: "The bytes come from a file of the files folder. The lab keeps the file's name and length, not its sound; an announcement's AudioFilePrompt then names it. Importing a name again replaces the file.",
        examples: &[
            ("Set-Content -Path welcome.wav -Value 'RIFF'; Import-CsAnnouncementFile -Parent ApplicationServer:atl-cs-001.litwareinc.com -FileName WelcomeMessage.wav -Content ([System.IO.File]::ReadAllBytes('welcome.wav'))", "Writes a small file, then imports its bytes as WelcomeMessage.wav."),
            ("Set-Content -Path welcome.wav -Value 'RIFF'; Get-Content welcome.wav -Encoding Byte -ReadCount 0 | Import-CsAnnouncementFile -Parent ApplicationServer:atl-cs-001.litwareinc.com -FileName WelcomeMessage.wav", "The same, with the bytes read by Get-Content and piped in."),
        ],
        parameters: &[
            ("Parent", "The Application service whose store takes the file: ApplicationServer:<pool fqdn>."),
            ("FileName", "The name announcements use for the file."),
            CONTENT, FORCE, WHAT_IF, CONFIRM,
        ],
        related: &["New-CsAnnouncement", "Set-CsCallParkServiceMusicOnHoldFile"],
    },
    Text {
        name: "Import-CsRgsAudioFile",
        synopsis: "Puts an audio file into a Response Group service's store and returns the object that plays it.",
        description: "The bytes come from a file of the files folder; only .wav and .wma files are taken. The lab keeps the file's name and length. The returned audio file object goes where a Response Group plays sound: a workflow's CustomMusicOnHoldFile, a prompt's AudioFilePrompt (New-CsRgsPrompt), or the service's DefaultMusicOnHoldFile (Set-CsRgsConfiguration).",
        examples: &[
            ("Set-Content -Path hold.wav -Value 'RIFF'; $file = Import-CsRgsAudioFile -Identity service:ApplicationServer:atl-cs-001.litwareinc.com -FileName HoldMusic.wav -Content ([System.IO.File]::ReadAllBytes('hold.wav')); $w = Get-CsRgsWorkflow -Identity service:ApplicationServer:atl-cs-001.litwareinc.com -Name 'Help Desk'; $w.CustomMusicOnHoldFile = $file; Set-CsRgsWorkflow -Instance $w", "Imports a file and makes it the music the Help Desk workflow plays on hold."),
            ("Set-Content -Path hello.wav -Value 'RIFF'; [System.IO.File]::ReadAllBytes('hello.wav') | Import-CsRgsAudioFile -Identity service:ApplicationServer:atl-cs-001.litwareinc.com -FileName Hello.wav", "Imports the bytes piped in, and shows the audio file object."),
        ],
        parameters: &[
            ("Identity", "The Application service whose Response Group store takes the file: service:ApplicationServer:<pool fqdn>."),
            ("FileName", "The file's name, ending in .wav or .wma; the object keeps it as OriginalFileName."),
            CONTENT, FORCE, WHAT_IF, CONFIRM,
        ],
        related: &["New-CsRgsPrompt", "Set-CsRgsWorkflow", "Set-CsRgsConfiguration"],
    },
    Text {
        name: "Set-CsCallParkServiceMusicOnHoldFile",
        synopsis: "Sets the music the Call Park service plays to parked callers.",
        description: "The bytes come from a file of the files folder and replace the service's music on hold; the lab keeps their length.",
        examples: &[
            ("Set-Content -Path music.wma -Value 'WMA'; Set-CsCallParkServiceMusicOnHoldFile -Service ApplicationServer:atl-cs-001.litwareinc.com -Content ([System.IO.File]::ReadAllBytes('music.wma'))", "Writes a small file, then makes it the music on hold."),
            ("Set-Content -Path music.wma -Value 'WMA'; [System.IO.File]::ReadAllBytes('music.wma') | Set-CsCallParkServiceMusicOnHoldFile -Service ApplicationServer:atl-cs-001.litwareinc.com", "The same, with the bytes piped in."),
        ],
        parameters: &[
            ("Service", "The Application service that runs Call Park: ApplicationServer:<pool fqdn>."),
            CONTENT, FORCE, WHAT_IF, CONFIRM,
        ],
        related: &["Import-CsAnnouncementFile", "Get-CsCallParkOrbit"],
    },
];
