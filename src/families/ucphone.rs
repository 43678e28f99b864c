//! CsUCPhoneConfiguration: settings of Lync Phone Edition devices (UC phones), among them the
//! DSCP value their voice packets carry. Properties in the order of the real
//! Get-CsUCPhoneConfiguration listing of an untouched Lync Server 2013 install.

use crate::family::{FamilyDecl, PropDecl, PropType::*, ScopeRule};

pub static UCPHONE: FamilyDecl = FamilyDecl {
    noun: "CsUCPhoneConfiguration",
    type_name: "Microsoft.Rtc.Management.WritableConfig.Policy.Voice.UCPhoneSettings",
    scopes: &[ScopeRule::Global, ScopeRule::Site],
    label: "UC phone configuration",
    synopsis: "Phone lock, PIN length, calendar polling, logging and the voice QoS markings of Lync Phone Edition devices.",
    properties: &[
        PropDecl::new("CalendarPollInterval", TimeSpan, "00:03:00"),
        PropDecl::new("EnforcePhoneLock", Bool, "True"),
        PropDecl::new("PhoneLockTimeout", TimeSpan, "00:10:00").range("00:00:00", "01:00:00"),
        PropDecl::new("MinPhonePinLength", Byte, "6").range("4", "15"),
        PropDecl::new(
            "SIPSecurityMode",
            Enum(
                "Microsoft.Rtc.Management.WritableConfig.Policy.Voice.SIPSecurityMode",
                &["Low", "Medium", "High"],
            ),
            "High",
        ),
        PropDecl::new("VoiceDiffServTag", Byte, "40").range("0", "63"),
        PropDecl::new("Voice8021p", Byte, "0").range("0", "7"),
        PropDecl::new(
            "LoggingLevel",
            Enum(
                "Microsoft.Rtc.Management.WritableConfig.Policy.Voice.LoggingLevel",
                &["Off", "Low", "Medium", "High"],
            ),
            "Off",
        ),
    ],
};
