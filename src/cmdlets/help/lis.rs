//! Help for the E9-1-1 Location Information Service cmdlets, in lyncsh's own words.

use super::builtin::Text;
use super::shared::{CONFIRM, FORCE, WHAT_IF};

const LOCATION: (&str, &str) = (
    "Location",
    "The name of the place within the address, such as a building and room (Bldg30/Room1000).",
);
const COMPANY: (&str, &str) = ("CompanyName", "The company at the address.");
const HOUSE: (&str, &str) = ("HouseNumber", "The number of the building in its street.");
const HOUSE_SUFFIX: (&str, &str) = (
    "HouseNumberSuffix",
    "What follows the house number, such as A or 1/2.",
);
const PRE: (&str, &str) = (
    "PreDirectional",
    "A direction written before the street name, such as NE.",
);
const STREET: (&str, &str) = ("StreetName", "The street's name, without its type.");
const STREET_SUFFIX: (&str, &str) = (
    "StreetSuffix",
    "The street's type, such as Street, Avenue or St.",
);
const POST: (&str, &str) = (
    "PostDirectional",
    "A direction written after the street name, such as NW.",
);
const CITY: (&str, &str) = ("City", "The city.");
const STATE: (&str, &str) = ("State", "The state or province, such as WA.");
const POSTAL: (&str, &str) = ("PostalCode", "The postal code.");
const COUNTRY: (&str, &str) = ("Country", "The country, as a two-letter code such as US.");
const DESCRIPTION: (&str, &str) = ("Description", "Free text about the record.");
const CHASSIS: (&str, &str) = (
    "ChassisID",
    "The switch's chassis ID, usually its MAC address (99-99-99-99-99-99).",
);
const SUBNET: (&str, &str) = (
    "Subnet",
    "The subnet's network address, an IPv4 or IPv6 address such as 192.168.0.0.",
);
const BSSID: (&str, &str) = (
    "BSSID",
    "The access point's BSSID, its wireless MAC address (99-99-99-99-99-99).",
);
const PORT_ID: (&str, &str) = ("PortID", "The port's ID on its switch.");
const PORT_SUBTYPE: (&str, &str) = (
    "PortIDSubType",
    "How the port ID is written, by LLDP's numbers 1 to 7 or their names: InterfaceAlias, PortComponent, MacAddress, NetworkAddress, InterfaceName, AgentCircuitId or LocallyAssigned (the default).",
);

/// The parameters of a Set that maps a network element to an address.
const fn mapped(key: [(&'static str, &'static str); 2]) -> [(&'static str, &'static str); 17] {
    [
        key[0],
        key[1],
        DESCRIPTION,
        LOCATION,
        COMPANY,
        HOUSE,
        HOUSE_SUFFIX,
        PRE,
        STREET,
        STREET_SUFFIX,
        POST,
        CITY,
        STATE,
        POSTAL,
        COUNTRY,
        WHAT_IF,
        CONFIRM,
    ]
}

const SET_SUBNET: [(&str, &str); 17] = mapped([SUBNET, SUBNET]);
const SET_SWITCH: [(&str, &str); 17] = mapped([CHASSIS, CHASSIS]);
const SET_WAP: [(&str, &str); 17] = mapped([BSSID, BSSID]);
const SET_PORT: [(&str, &str); 17] = mapped([PORT_ID, PORT_SUBTYPE]);
const PORT_EXTRA: [(&str, &str); 18] = {
    let mut all = [CHASSIS; 18];
    let mut i = 0;
    while i < 17 {
        all[i + 1] = SET_PORT[i];
        i += 1;
    }
    all
};
const SET_LOCATION: [(&str, &str); 15] = [
    ("Instance", "A location from Get-CsLisLocation; its fields are the starting point and the location it was is replaced."),
    LOCATION, COMPANY, HOUSE, HOUSE_SUFFIX, PRE, STREET, STREET_SUFFIX, POST, CITY, STATE,
    POSTAL, COUNTRY, WHAT_IF, CONFIRM,
];
const REMOVE_LOCATION: [(&str, &str); 14] = [
    LOCATION,
    COMPANY,
    HOUSE,
    HOUSE_SUFFIX,
    PRE,
    STREET,
    STREET_SUFFIX,
    POST,
    CITY,
    STATE,
    POSTAL,
    COUNTRY,
    WHAT_IF,
    CONFIRM,
];
const TEST_ADDRESS: [(&str, &str); 13] = [
    HOUSE,
    HOUSE_SUFFIX,
    PRE,
    STREET,
    STREET_SUFFIX,
    POST,
    CITY,
    STATE,
    POSTAL,
    COUNTRY,
    (
        "UpdateValidationStatus",
        "Writes the result into MSAGValid of every location at the address.",
    ),
    WHAT_IF,
    CONFIRM,
];
const NOTHING: &[(&str, &str)] = &[];
const SET_SUBNET_EXAMPLE: &str = "Set-CsLisSubnet -Subnet 192.168.0.0 -Location Bldg30 -HouseNumber 1000 -StreetName Main -City Redmond -State WA -Country US";
const SET_PROVIDER_EXAMPLE: &str = "Set-CsLisServiceProvider -ServiceProviderName E911Provider -ValidationServiceUrl https://validation.example.com/ -CertFileName C:\\provider.pfx -Password secret";

pub const TEXTS: &[Text] = &[
    Text {
        name: "Get-CsLisSubnet",
        synopsis: "Lists the subnets mapped to emergency locations.",
        description: "Each subnet shows its network address and the location and civic address calls from it report. The lab has 192.10.10.0, with no address yet.",
        examples: &[
            ("Get-CsLisSubnet", "Lists every mapped subnet."),
            ("Set-CsLisSubnet -Subnet 192.168.0.0 -Location Bldg30 -City Redmond; Get-CsLisSubnet | Where-Object {$_.City -eq 'Redmond'}", "Maps a subnet, then finds the subnets in Redmond."),
        ],
        parameters: NOTHING,
        related: &["Set-CsLisSubnet", "Remove-CsLisSubnet"],
    },
    Text {
        name: "Set-CsLisSubnet",
        synopsis: "Maps a subnet to an emergency location, creating or replacing its record.",
        description: "The record is named by -Subnet, which must be an IP address; the fields given replace the whole record. A location with the name and address given is created when the lab has none. The change waits for Publish-CsLisConfiguration.",
        examples: &[
            (SET_SUBNET_EXAMPLE, "Maps a subnet to building 30 at 1000 Main, Redmond."),
            ("Set-CsLisSubnet -Subnet 10.0.0.0 -Description 'Lab network'", "Records a subnet with no address yet."),
        ],
        parameters: &SET_SUBNET,
        related: &["Get-CsLisSubnet", "Publish-CsLisConfiguration"],
    },
    Text {
        name: "Remove-CsLisSubnet",
        synopsis: "Deletes the mapping of a subnet.",
        description: "The subnet is named by its network address; subnets piped from Get-CsLisSubnet are removed one by one. The location stays.",
        examples: &[
            ("Set-CsLisSubnet -Subnet 192.168.0.0; Remove-CsLisSubnet -Subnet 192.168.0.0", "Maps a subnet and removes it again."),
            ("Get-CsLisSubnet | Where-Object {$_.Location -eq 'Bldg30'} | Remove-CsLisSubnet", "Removes the subnets of one location."),
        ],
        parameters: &[SUBNET, WHAT_IF, CONFIRM],
        related: &["Get-CsLisSubnet"],
    },
    Text {
        name: "Get-CsLisPort",
        synopsis: "Lists the switch ports mapped to emergency locations.",
        description: "Each port is named by its switch's chassis ID and its port ID. A fresh lab has none.",
        examples: &[
            ("Get-CsLisPort", "Lists every mapped port."),
            ("Set-CsLisPort -ChassisID 99-99-99-99-99-99 -PortID 4200 -City Redmond; Get-CsLisPort | Where-Object {$_.City -eq 'Redmond'}", "Maps a port, then finds the ports in Redmond."),
        ],
        parameters: NOTHING,
        related: &["Set-CsLisPort", "Remove-CsLisPort"],
    },
    Text {
        name: "Set-CsLisPort",
        synopsis: "Maps a switch port to an emergency location, creating or replacing its record.",
        description: "The record is named by -ChassisID and -PortID; the fields given replace the whole record. A location with the name and address given is created when the lab has none.",
        examples: &[
            ("Set-CsLisPort -ChassisID 99-99-99-99-99-99 -PortID 4200 -PortIDSubType 1", "Records a port, its ID an interface alias."),
            ("Set-CsLisPort -ChassisID 99-99-99-99-99-99 -PortID 4200 -Location 30/1000 -HouseNumber 1234 -StreetName First -StreetSuffix Avenue -City Redmond -State WA -Country US", "Maps a port to an address."),
        ],
        parameters: &PORT_EXTRA,
        related: &["Get-CsLisPort", "Publish-CsLisConfiguration"],
    },
    Text {
        name: "Remove-CsLisPort",
        synopsis: "Deletes the mapping of a switch port.",
        description: "The port is named by its chassis ID and port ID; ports piped from Get-CsLisPort are removed one by one.",
        examples: &[
            ("Set-CsLisPort -ChassisID 99-99-99-99-99-99 -PortID 4200; Remove-CsLisPort -ChassisID 99-99-99-99-99-99 -PortID 4200 -PortIDSubType LocallyAssigned", "Maps a port and removes it again."),
            ("Get-CsLisPort | Where-Object {$_.HouseNumber -eq ''} | Remove-CsLisPort", "Removes the ports that have no address."),
        ],
        parameters: &[CHASSIS, PORT_ID, PORT_SUBTYPE, WHAT_IF, CONFIRM],
        related: &["Get-CsLisPort"],
    },
    Text {
        name: "Get-CsLisSwitch",
        synopsis: "Lists the network switches mapped to emergency locations.",
        description: "Each switch is named by its chassis ID. The lab has 99-99-99-99-99-99, with no address yet.",
        examples: &[
            ("Get-CsLisSwitch", "Lists every mapped switch."),
            ("Set-CsLisSwitch -ChassisID 99-99-99-99-99-99; Get-CsLisSwitch | Where-Object {$_.ChassisID -eq '99-99-99-99-99-99'}", "Maps a switch, then finds it."),
        ],
        parameters: NOTHING,
        related: &["Set-CsLisSwitch", "Remove-CsLisSwitch"],
    },
    Text {
        name: "Set-CsLisSwitch",
        synopsis: "Maps a network switch to an emergency location, creating or replacing its record.",
        description: "The record is named by -ChassisID; the fields given replace the whole record. A location with the name and address given is created when the lab has none.",
        examples: &[
            ("Set-CsLisSwitch -ChassisID 99-99-99-99-99-99", "Records a switch with no address yet."),
            ("Set-CsLisSwitch -ChassisID 99-99-99-99-99-99 -Location Bldg30 -HouseNumber 1000 -StreetName Main -City Redmond -State WA -Country US", "Maps a switch to an address."),
        ],
        parameters: &SET_SWITCH,
        related: &["Get-CsLisSwitch", "Publish-CsLisConfiguration"],
    },
    Text {
        name: "Remove-CsLisSwitch",
        synopsis: "Deletes the mapping of a network switch.",
        description: "The switch is named by its chassis ID; switches piped from Get-CsLisSwitch are removed one by one.",
        examples: &[
            ("Set-CsLisSwitch -ChassisID 99-99-99-99-99-99; Remove-CsLisSwitch -ChassisID 99-99-99-99-99-99", "Maps a switch and removes it again."),
            ("Get-CsLisSwitch | Remove-CsLisSwitch", "Removes every mapped switch."),
        ],
        parameters: &[CHASSIS, WHAT_IF, CONFIRM],
        related: &["Get-CsLisSwitch"],
    },
    Text {
        name: "Get-CsLisWirelessAccessPoint",
        synopsis: "Lists the wireless access points mapped to emergency locations.",
        description: "Each access point is named by its BSSID. The lab has 99-99-99-99-99-99, with no address yet.",
        examples: &[
            ("Get-CsLisWirelessAccessPoint", "Lists every mapped access point."),
            ("Set-CsLisWirelessAccessPoint -BSSID 99-99-99-99-99-99 -Location Bldg30; Get-CsLisWirelessAccessPoint | Where-Object {$_.Location -like '*Bldg30*'}", "Maps an access point, then finds those of building 30."),
        ],
        parameters: NOTHING,
        related: &["Set-CsLisWirelessAccessPoint", "Remove-CsLisWirelessAccessPoint"],
    },
    Text {
        name: "Set-CsLisWirelessAccessPoint",
        synopsis: "Maps a wireless access point to an emergency location, creating or replacing its record.",
        description: "The record is named by -BSSID; the fields given replace the whole record. A location with the name and address given is created when the lab has none.",
        examples: &[
            ("Set-CsLisWirelessAccessPoint -BSSID 99-99-99-99-99-99", "Records an access point with no address yet."),
            ("Set-CsLisWirelessAccessPoint -BSSID 99-99-99-99-99-99 -Location 30/1000 -HouseNumber 1234 -PreDirectional NE -StreetName First -StreetSuffix Avenue -City Redmond -State WA -Country US -PostalCode 99999", "Maps an access point to an address."),
        ],
        parameters: &SET_WAP,
        related: &["Get-CsLisWirelessAccessPoint", "Publish-CsLisConfiguration"],
    },
    Text {
        name: "Remove-CsLisWirelessAccessPoint",
        synopsis: "Deletes the mapping of a wireless access point.",
        description: "The access point is named by its BSSID; access points piped from Get-CsLisWirelessAccessPoint are removed one by one.",
        examples: &[
            ("Set-CsLisWirelessAccessPoint -BSSID 99-99-99-99-99-99; Remove-CsLisWirelessAccessPoint -BSSID 99-99-99-99-99-99", "Maps an access point and removes it again."),
            ("Get-CsLisWirelessAccessPoint | Remove-CsLisWirelessAccessPoint", "Removes every mapped access point."),
        ],
        parameters: &[BSSID, WHAT_IF, CONFIRM],
        related: &["Get-CsLisWirelessAccessPoint"],
    },
    Text {
        name: "Get-CsLisLocation",
        synopsis: "Lists the emergency locations: named places at civic addresses.",
        description: "The lab has one, Bldg30NEWing at 1000 Main, Redmond. Locations are made by Set-CsLisLocation, or when a subnet, port, switch or access point is mapped to an address the lab does not have yet. MSAGValid says whether Test-CsLisCivicAddress found the address valid.",
        examples: &[
            ("Get-CsLisLocation", "Lists every location."),
            ("Set-CsLisLocation -Location NorthCampus -City Redmond; Get-CsLisLocation -Unreferenced", "Creates a location and lists those nothing is mapped to."),
        ],
        parameters: &[("Unreferenced", "Returns only the locations no subnet, port, switch or access point is mapped to.")],
        related: &["Set-CsLisLocation", "Remove-CsLisLocation", "Get-CsLisCivicAddress"],
    },
    Text {
        name: "Set-CsLisLocation",
        synopsis: "Creates an emergency location, or replaces one given with -Instance.",
        description: "A location is named by all of its fields together. With -Instance the object's fields are the starting point, the parameters change some of them, and the old location is replaced.",
        examples: &[
            ("Set-CsLisLocation -Location Bldg30NEWing -HouseNumber 1000 -StreetName Main -City Redmond -State WA -Country US", "Creates a location."),
            ("$a = Get-CsLisLocation | Where-Object {$_.Location -ceq 'Bldg30NEWing'}; Set-CsLisLocation -Instance $a -StreetSuffix Street", "Gives the street of the lab's location Bldg30NEWing a type."),
        ],
        parameters: &SET_LOCATION,
        related: &["Get-CsLisLocation", "Remove-CsLisLocation"],
    },
    Text {
        name: "Remove-CsLisLocation",
        synopsis: "Deletes an emergency location nothing is mapped to.",
        description: "The location is named by all of its fields; fields left out are empty. A location a subnet, port, switch or access point is mapped to is kept, with an error.",
        examples: &[
            ("Set-CsLisLocation -Location Bldg30NEWing -City Redmond; Get-CsLisLocation | Where-Object {$_.Location -eq 'Bldg30NEWing'} | Remove-CsLisLocation", "Creates a location and deletes it again."),
            ("Get-CsLisLocation -Unreferenced | Remove-CsLisLocation", "Deletes every location nothing is mapped to."),
        ],
        parameters: &REMOVE_LOCATION,
        related: &["Get-CsLisLocation"],
    },
    Text {
        name: "Get-CsLisCivicAddress",
        synopsis: "Lists the distinct street addresses of the emergency locations.",
        description: "Locations at the same address give one row, without their names and companies; MSAGValid is True when any of them was found valid.",
        examples: &[
            ("Get-CsLisCivicAddress", "Lists every address."),
            ("Set-CsLisLocation -Location A -City Redmond; Get-CsLisCivicAddress | Where-Object {$_.City -eq 'Redmond'}", "Creates a location, then lists the addresses in Redmond."),
        ],
        parameters: NOTHING,
        related: &["Get-CsLisLocation", "Test-CsLisCivicAddress"],
    },
    Text {
        name: "Test-CsLisCivicAddress",
        synopsis: "Checks a street address with the emergency services provider.",
        description: "A provider must be set with Set-CsLisServiceProvider. lyncsh does not call it: an address is Valid when it has a house number, street name, city, state and country. -UpdateValidationStatus stores the result in the locations at that address.",
        examples: &[
            ("Set-CsLisServiceProvider -ServiceProviderName E911Provider -ValidationServiceUrl https://validation.example.com/ -CertFileName C:\\provider.pfx -Password secret; Test-CsLisCivicAddress -HouseNumber 1000 -StreetName Main -City Redmond -State WA -Country US", "Sets a provider, then checks an address."),
            ("Set-CsLisServiceProvider -ServiceProviderName E911Provider -ValidationServiceUrl https://validation.example.com/ -CertFileName C:\\provider.pfx -Password secret; Get-CsLisCivicAddress | Test-CsLisCivicAddress -UpdateValidationStatus", "Checks every address and records the results."),
        ],
        parameters: &TEST_ADDRESS,
        related: &["Get-CsLisCivicAddress", "Set-CsLisServiceProvider"],
    },
    Text {
        name: "Get-CsLisServiceProvider",
        synopsis: "Shows the emergency services provider that validates addresses.",
        description: "The lab has the provider the reference's examples name, E911Provider; Set-CsLisServiceProvider replaces it and Remove-CsLisServiceProvider removes it.",
        examples: &[
            ("Get-CsLisServiceProvider", "Shows the provider, if any."),
            ("Set-CsLisServiceProvider -ServiceProviderName E911Provider -ValidationServiceUrl https://validation.example.com/ -CertFileName C:\\provider.pfx -Password secret; (Get-CsLisServiceProvider).ValidationServiceUrl", "Sets a provider and shows its address."),
        ],
        parameters: NOTHING,
        related: &["Set-CsLisServiceProvider", "Remove-CsLisServiceProvider"],
    },
    Text {
        name: "Set-CsLisServiceProvider",
        synopsis: "Names the emergency services provider that validates addresses.",
        description: "There is one provider; setting it replaces the one before. lyncsh keeps the values and never connects to the service.",
        examples: &[
            (SET_PROVIDER_EXAMPLE, "Sets the provider."),
            ("Set-CsLisServiceProvider -ServiceProviderName Other -ValidationServiceUrl https://other.example.com/ -CertFileName C:\\other.pfx -Password secret; Get-CsLisServiceProvider", "Sets a provider and shows it."),
        ],
        parameters: &[
            ("ServiceProviderName", "The provider's name."),
            ("ValidationServiceUrl", "The address of the provider's validation web service."),
            ("CertFileName", "The certificate file the provider issued, by path."),
            ("Password", "The password of the certificate file."),
            WHAT_IF, CONFIRM,
        ],
        related: &["Get-CsLisServiceProvider", "Test-CsLisCivicAddress"],
    },
    Text {
        name: "Remove-CsLisServiceProvider",
        synopsis: "Removes the emergency services provider.",
        description: "Addresses can no longer be tested until a provider is set again.",
        examples: &[
            ("Set-CsLisServiceProvider -ServiceProviderName E911Provider -ValidationServiceUrl https://validation.example.com/ -CertFileName C:\\provider.pfx -Password secret; Remove-CsLisServiceProvider", "Sets a provider and removes it."),
            ("Set-CsLisServiceProvider -ServiceProviderName E911Provider -ValidationServiceUrl https://validation.example.com/ -CertFileName C:\\provider.pfx -Password secret; Remove-CsLisServiceProvider -WhatIf", "Shows what removing it would do."),
        ],
        parameters: &[WHAT_IF, CONFIRM],
        related: &["Set-CsLisServiceProvider"],
    },
    Text {
        name: "Publish-CsLisConfiguration",
        synopsis: "Makes the pending LIS changes the ones clients are given.",
        description: "Every subnet, port, switch, access point and location becomes published; later changes wait for the next publish. Debug-CsLisConfiguration counts what is pending, and Test-CsLisConfiguration finds only published records.",
        examples: &[
            ("Publish-CsLisConfiguration", "Publishes the LIS records."),
            (SET_SUBNET_EXAMPLE, "Maps a subnet; publish afterwards for clients to get it."),
        ],
        parameters: &[FORCE, WHAT_IF, CONFIRM],
        related: &["Unpublish-CsLisConfiguration", "Debug-CsLisConfiguration"],
    },
    Text {
        name: "Unpublish-CsLisConfiguration",
        synopsis: "Withdraws the published LIS records, leaving them all pending.",
        description: "Nothing is deleted: the records wait for Publish-CsLisConfiguration again.",
        examples: &[
            ("Unpublish-CsLisConfiguration", "Withdraws the published records."),
            ("Unpublish-CsLisConfiguration -WhatIf", "Shows what would be withdrawn."),
        ],
        parameters: &[FORCE, WHAT_IF, CONFIRM],
        related: &["Publish-CsLisConfiguration"],
    },
    Text {
        name: "Debug-CsLisConfiguration",
        synopsis: "Counts the LIS records of each kind and those waiting to be published.",
        description: "lyncsh's own report: one row per kind of record, with how many there are and how many are pending (changed since the last publish).",
        examples: &[
            ("Debug-CsLisConfiguration", "Shows the counts."),
            ("Set-CsLisSwitch -ChassisID 99-99-99-99-99-99; Debug-CsLisConfiguration | Format-Table -Wrap", "Maps a switch and shows it pending."),
        ],
        parameters: &[FORCE, ("LocalStore", "Reads the local copy of the configuration; the lab has one store, so it makes no difference.")],
        related: &["Publish-CsLisConfiguration"],
    },
    Text {
        name: "Test-CsLisConfiguration",
        synopsis: "Asks the Location Information Service for the location of a subnet, port or access point.",
        description: "Result is Success when a published subnet (-Subnet), port (-ChassisId) or access point (-BssId) record matches, and Failure with an Error text otherwise. The target, users and credentials are accepted; no request leaves the lab.",
        examples: &[
            ("Test-CsLisConfiguration -TargetFqdn atl-cs-001.litwareinc.com -Subnet 192.168.0.0", "Fails in a fresh lab: no subnet is mapped."),
            ("Set-CsLisSubnet -Subnet 192.168.0.0 -Location Bldg30; Publish-CsLisConfiguration; Test-CsLisConfiguration -TargetFqdn atl-cs-001.litwareinc.com -Subnet 192.168.0.0", "Maps and publishes a subnet, then finds it."),
        ],
        parameters: &[
            ("TargetFqdn", "The pool whose Location Information Service is asked."),
            ("TargetUri", "The address of the Location Information Service web service, in place of -TargetFqdn."),
            SUBNET,
            ("ChassisId", "The chassis ID of the switch the client is on."),
            ("PortId", "The port the client is on."),
            ("PortIdSubType", "How -PortId is written."),
            ("BssId", "The BSSID of the access point the client is on."),
            ("Mac", "The client's MAC address."),
            ("UserSipAddress", "The SIP address of the user the request is made for."),
            ("UserCredential", "The user's credentials; accepted, not used."),
            ("WebCredential", "Credentials for the web service; accepted, not used."),
            ("Authentication", "How to sign in; accepted, not used."),
            ("External", "Asks as an external client would; it makes no difference in the lab."),
            ("RegistrarPort", "The Registrar's port; accepted, not used."),
            ("OutLoggerVariable", "A variable for the detailed log; lyncsh leaves it unset."),
            ("OutVerboseVariable", "A variable for the verbose log; lyncsh leaves it unset."),
            FORCE,
        ],
        related: &["Publish-CsLisConfiguration", "Set-CsLisSubnet"],
    },
    Text {
        name: "Export-CsLisConfiguration",
        synopsis: "Writes every LIS record to a file, or returns them as bytes.",
        description: "The file is in lyncsh's own text format, not the real cmdlet's: a first line naming the format, then one tab-separated line per record. Import-CsLisConfiguration reads it back.",
        examples: &[
            ("Export-CsLisConfiguration -FileName lis.txt", "Writes the records to lis.txt in the files folder."),
            ("$lisconfig = Export-CsLisConfiguration -AsBytes; [System.IO.File]::WriteAllBytes('C:\\E911Config.bak', $lisconfig)", "Returns the records as bytes and saves them."),
        ],
        parameters: &[
            ("FileName", "The file to write, in the files folder."),
            ("AsBytes", "Returns the bytes instead of writing a file."),
        ],
        related: &["Import-CsLisConfiguration"],
    },
    Text {
        name: "Import-CsLisConfiguration",
        synopsis: "Replaces every LIS record with those of an export.",
        description: "Only files in lyncsh's format (written by Export-CsLisConfiguration) are read; anything else is refused with an error and changes nothing. The imported records are pending until published.",
        examples: &[
            ("Set-CsLisSwitch -ChassisID 99-99-99-99-99-99; Export-CsLisConfiguration -FileName lis.txt; Import-CsLisConfiguration -FileName lis.txt", "Exports the records and reads them back."),
            ("$lisconfig = Export-CsLisConfiguration -AsBytes; Import-CsLisConfiguration -ByteInput $lisconfig", "The same through bytes."),
        ],
        parameters: &[
            ("FileName", "The file to read, in the files folder."),
            ("ByteInput", "The bytes of an export; they may come down the pipeline."),
        ],
        related: &["Export-CsLisConfiguration"],
    },
];
