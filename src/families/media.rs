//! CsMediaConfiguration: audio/video settings of the media stack, including whether devices
//! not based on Windows mark their packets for QoS. The eight properties and their order are
//! those of the real Get-CsMediaConfiguration listing of an untouched Lync Server 2013 install.

use crate::family::{FamilyDecl, PropDecl, PropType::*, ScopeRule};

const ENCRYPTION_LEVEL: crate::family::PropType = Enum(
    "Microsoft.Rtc.Management.WritableConfig.Settings.Media.EncryptionLevel",
    &[
        "SupportEncryption",
        "RequireEncryption",
        "DoNotSupportEncryption",
    ],
);

const MAX_VIDEO_RATE: crate::family::PropType = Enum(
    "Microsoft.Rtc.Management.WritableConfig.Settings.Media.MaxVideoRateAllowed",
    &["Hd720p15M", "VGA600K", "CIF250K"],
);

pub static MEDIA: FamilyDecl = FamilyDecl {
    noun: "CsMediaConfiguration",
    type_name: "Microsoft.Rtc.Management.WritableConfig.Settings.Media.MediaSettings",
    scopes: &[
        ScopeRule::Global,
        ScopeRule::Site,
        ScopeRule::Service(&["ConferencingServer", "MediationServer", "ApplicationServer"]),
    ],
    label: "media configuration",
    synopsis: "Media encryption, the highest video rate, codecs, and QoS marking for devices that do not run Windows.",
    properties: &[
        PropDecl::new("EnableQoS", Bool, "False"),
        PropDecl::new("EncryptionLevel", ENCRYPTION_LEVEL, "RequireEncryption"),
        PropDecl::new("EnableSiren", Bool, "False"),
        PropDecl::new("MaxVideoRateAllowed", MAX_VIDEO_RATE, "VGA600K"),
        PropDecl::new("EnableG722StereoCodec", Bool, "True"),
        PropDecl::new("EnableH264Codec", Bool, "True"),
        PropDecl::new("EnableAdaptiveBandwidthEstimation", Bool, "True")
            .param("EnableAdaptiveBandWidthEstimation"),
    ],
};
