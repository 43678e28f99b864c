//! CsConferencingConfiguration: meeting content limits and the client media port ranges.
//! Property order: Identity, content and URL settings, then the client port settings in the
//! order of the port-range article's listing (see docs/families.md for the sources).

use crate::family::{FamilyDecl, PropDecl, PropType::*, ScopeRule};

const PORT: (&str, &str) = ("1024", "65535");

pub static CONFERENCING: FamilyDecl = FamilyDecl {
    noun: "CsConferencingConfiguration",
    type_name: "Microsoft.Rtc.Management.WritableConfig.Settings.WebConf.ConfSettings",
    scopes: &[ScopeRule::Global, ScopeRule::Site, ScopeRule::Service(&["ConferencingServer"])],
    label: "conferencing configuration",
    synopsis: "Meeting content limits, help-desk and download addresses, and the port ranges clients use for media.",
    properties: &[
        PropDecl::new("MaxContentStorageMb", UInt16, "500").range("50", "1024"),
        PropDecl::new("MaxUploadFileSizeMb", UInt16, "500"),
        PropDecl::new("MaxBandwidthPerAppSharingServiceMb", UInt64, "375").range("50", "100000"),
        PropDecl::new("Organization", String, ""),
        PropDecl::new("HelpdeskInternalUrl", String, ""),
        PropDecl::new("HelpdeskExternalUrl", String, ""),
        PropDecl::new("ConsoleDownloadInternalUrl", String, ""),
        PropDecl::new("ConsoleDownloadExternalUrl", String, ""),
        PropDecl::new("ContentGracePeriod", TimeSpan, "15.00:00:00").range("00:30:00", "180.00:00:00"),
        PropDecl::new("ClientMediaPortRangeEnabled", Bool, "False"),
        PropDecl::new("ClientAudioPort", UInt16, "5350").range(PORT.0, PORT.1),
        PropDecl::new("ClientAudioPortRange", UInt32, "40"),
        PropDecl::new("ClientVideoPort", UInt16, "5350").range(PORT.0, PORT.1),
        PropDecl::new("ClientVideoPortRange", UInt32, "40"),
        PropDecl::new("ClientAppSharingPort", UInt16, "5350").range(PORT.0, PORT.1),
        PropDecl::new("ClientAppSharingPortRange", UInt32, "40"),
        PropDecl::new("ClientFileTransferPort", UInt16, "5350").range(PORT.0, PORT.1),
        PropDecl::new("ClientFileTransferPortRange", UInt32, "40"),
        PropDecl::new("ClientMediaPort", UInt16, "5350").range(PORT.0, PORT.1),
        PropDecl::new("ClientMediaPortRange", UInt32, "40"),
        PropDecl::new("ClientSipDynamicPort", UInt16, "7100").range(PORT.0, PORT.1),
        PropDecl::new("ClientSipDynamicPortRange", UInt32, "3"),
    ],
};
