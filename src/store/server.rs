//! The settings a service of the topology carries: listening ports, the media port ranges of
//! the roles that terminate media (A/V conferencing, application, mediation, edge) and the
//! services each one depends on. Each role's settings are a typed struct declared once with the
//! property names the real service objects use, so Get-CsService, the Set-Cs*Server cmdlets and
//! the port-plan check all read and write them through one name-based interface.

use crate::value::Value;
use serde::{Deserialize, Serialize};
use std::fmt;

/// A value a setting can hold, and its conversion to and from a shell value.
pub trait SettingValue: Sized {
    fn to_value(&self) -> Value;
    /// The setting read from a bound parameter value; `None` when it is of the wrong kind.
    fn from_value(value: &Value) -> Option<Self>;
}

impl SettingValue for u16 {
    fn to_value(&self) -> Value {
        Value::UInt16(*self)
    }
    fn from_value(value: &Value) -> Option<u16> {
        value.as_i128().and_then(|n| u16::try_from(n).ok())
    }
}

/// A port that stays unset until something configures it.
impl SettingValue for Option<u16> {
    fn to_value(&self) -> Value {
        self.map_or(Value::Null, Value::UInt16)
    }
    fn from_value(value: &Value) -> Option<Option<u16>> {
        match value {
            Value::Null => Some(None),
            other => u16::from_value(other).map(Some),
        }
    }
}

/// A service identity (`EdgeServer:atl-edge-001.litwareinc.com`), empty when there is none.
impl SettingValue for String {
    fn to_value(&self) -> Value {
        if self.is_empty() {
            Value::Null
        } else {
            Value::str(self)
        }
    }
    fn from_value(value: &Value) -> Option<String> {
        Some(value.to_display())
    }
}

/// The kind of media a port range carries.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Traffic {
    Audio,
    Video,
    AppSharing,
    FileTransfer,
    /// The single combined range of an Edge server.
    EdgeMedia,
}

impl Traffic {
    /// The name objects show (`AppSharing`).
    pub fn name(&self) -> &'static str {
        match self {
            Traffic::Audio => "Audio",
            Traffic::Video => "Video",
            Traffic::AppSharing => "AppSharing",
            Traffic::FileTransfer => "FileTransfer",
            Traffic::EdgeMedia => "EdgeMedia",
        }
    }

    /// The traffic in words, for messages (`application sharing`).
    pub fn words(&self) -> &'static str {
        match self {
            Traffic::Audio => "audio",
            Traffic::Video => "video",
            Traffic::AppSharing => "application sharing",
            Traffic::FileTransfer => "file transfer",
            Traffic::EdgeMedia => "edge media",
        }
    }
}

/// `count` ports from `start`: `start` to `start + count - 1`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PortRange {
    pub start: u32,
    pub count: u32,
}

impl PortRange {
    pub fn last(&self) -> u32 {
        (self.start + self.count).saturating_sub(1)
    }

    pub fn overlaps(&self, other: &PortRange) -> bool {
        self.count > 0
            && other.count > 0
            && self.start <= other.last()
            && other.start <= self.last()
    }

    pub fn within(&self, outer: &PortRange) -> bool {
        self.start >= outer.start && self.last() <= outer.last()
    }
}

impl fmt::Display for PortRange {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}-{}", self.start, self.last())
    }
}

/// A media port range of a role: the traffic, the two properties holding it, and whether the
/// role marks that traffic for QoS (application servers only mark audio, for example).
#[derive(Clone, Copy, Debug)]
pub struct RangeDecl {
    pub traffic: Traffic,
    pub start: &'static str,
    pub count: &'static str,
    pub qos: bool,
}

const fn range(traffic: Traffic, start: &'static str, count: &'static str, qos: bool) -> RangeDecl {
    RangeDecl {
        traffic,
        start,
        count,
        qos,
    }
}

/// Declares one role's settings: a serde struct with typed fields and their defaults, plus the
/// property names (in the order service objects list them) mapped to those fields.
macro_rules! settings {
    ($(#[$doc:meta])* $name:ident { $($property:literal => $field:ident : $ty:ty = $default:expr,)* }) => {
        $(#[$doc])*
        #[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
        pub struct $name {
            $(pub $field: $ty,)*
        }

        impl Default for $name {
            fn default() -> $name {
                $name { $($field: $default,)* }
            }
        }

        impl $name {
            pub const PROPERTIES: &'static [&'static str] = &[$($property),*];

            fn get(&self, property: &str) -> Option<Value> {
                $(if property.eq_ignore_ascii_case($property) {
                    return Some(self.$field.to_value());
                })*
                None
            }

            fn set(&mut self, property: &str, value: &Value) -> bool {
                $(if property.eq_ignore_ascii_case($property) {
                    return match <$ty>::from_value(value) {
                        Some(v) => {
                            self.$field = v;
                            true
                        }
                        None => false,
                    };
                })*
                false
            }
        }
    };
}

settings! {
    /// The A/V Conferencing service (`ConferencingServer`).
    ConferencingSettings {
        "EdgeServer" => edge_server: String = String::new(),
        "ImSipPort" => im_sip_port: u16 = 5062,
        "AudioVideoSipPort" => audio_video_sip_port: u16 = 5063,
        "AppSharingSipPort" => app_sharing_sip_port: u16 = 5065,
        "PhoneSipPort" => phone_sip_port: u16 = 5064,
        "MeetingPsomPort" => meeting_psom_port: u16 = 8057,
        "DataPsomPort" => data_psom_port: u16 = 8058,
        "AudioPortStart" => audio_port_start: u16 = 49152,
        "AudioPortCount" => audio_port_count: u16 = 8348,
        "VideoPortStart" => video_port_start: u16 = 57501,
        "VideoPortCount" => video_port_count: u16 = 8034,
        "AppSharingPortStart" => app_sharing_port_start: u16 = 49152,
        "AppSharingPortCount" => app_sharing_port_count: u16 = 16383,
    }
}

settings! {
    /// The application host (`ApplicationServer`): Response Group, Conferencing Attendant and
    /// Announcement, Call Park, Audio Test and the bandwidth policy service.
    ApplicationSettings {
        "Registrar" => registrar: String = String::new(),
        "ApplicationDatabase" => application_database: String = String::new(),
        "RgsSipPort" => rgs_sip_port: u16 = 5071,
        "CaaSipPort" => caa_sip_port: u16 = 5072,
        "CasSipPort" => cas_sip_port: u16 = 5073,
        "CpsSipPort" => cps_sip_port: u16 = 5075,
        "AtsSipPort" => ats_sip_port: u16 = 5076,
        "PdpSipPort" => pdp_sip_port: u16 = 5080,
        "PdpTurnPort" => pdp_turn_port: u16 = 448,
        "RgsWcfMtlsPort" => rgs_wcf_mtls_port: u16 = 8404,
        "AudioPortStart" => audio_port_start: u16 = 49152,
        "AudioPortCount" => audio_port_count: u16 = 8348,
        "VideoPortStart" => video_port_start: u16 = 57501,
        "VideoPortCount" => video_port_count: u16 = 8034,
        "AppSharingPortStart" => app_sharing_port_start: u16 = 49152,
        "AppSharingPortCount" => app_sharing_port_count: u16 = 16383,
    }
}

settings! {
    /// The Mediation service (`MediationServer`), between Lync and the telephone network.
    MediationSettings {
        "Registrar" => registrar: String = String::new(),
        "EdgeServer" => edge_server: String = String::new(),
        "SipClientTcpPort" => sip_client_tcp_port: Option<u16> = None,
        "SipClientTlsPort" => sip_client_tls_port: u16 = 5067,
        "SipServerPort" => sip_server_port: u16 = 5070,
        "AudioPortStart" => audio_port_start: u16 = 49152,
        "AudioPortCount" => audio_port_count: u16 = 8348,
    }
}

settings! {
    /// The Edge service (`EdgeServer`): access, web conferencing and A/V edge.
    EdgeSettings {
        "Registrar" => registrar: String = String::new(),
        "AccessEdgeInternalSipPort" => access_edge_internal_sip_port: u16 = 5061,
        "AccessEdgeExternalSipPort" => access_edge_external_sip_port: u16 = 5061,
        "AccessEdgeClientSipPort" => access_edge_client_sip_port: u16 = 443,
        "DataPsomClientPort" => data_psom_client_port: u16 = 443,
        "DataPsomServerPort" => data_psom_server_port: u16 = 8057,
        "MediaRelayAuthEdgePort" => media_relay_auth_edge_port: u16 = 5062,
        "MediaRelayExternalTurnTcpPort" => media_relay_external_turn_tcp_port: u16 = 443,
        "MediaRelayExternalTurnUdpPort" => media_relay_external_turn_udp_port: u16 = 3478,
        "MediaRelayInternalTurnTcpPort" => media_relay_internal_turn_tcp_port: u16 = 443,
        "MediaRelayInternalTurnUdpPort" => media_relay_internal_turn_udp_port: u16 = 3478,
        "XmppInternalPort" => xmpp_internal_port: u16 = 5098,
        "XmppListeningPort" => xmpp_listening_port: u16 = 5269,
        "MediaCommunicationPortStart" => media_communication_port_start: u16 = 50000,
        "MediaCommunicationPortCount" => media_communication_port_count: u16 = 10000,
    }
}

const CONFERENCING_RANGES: &[RangeDecl] = &[
    range(Traffic::Audio, "AudioPortStart", "AudioPortCount", true),
    range(Traffic::Video, "VideoPortStart", "VideoPortCount", true),
    range(
        Traffic::AppSharing,
        "AppSharingPortStart",
        "AppSharingPortCount",
        true,
    ),
];

const APPLICATION_RANGES: &[RangeDecl] = &[
    range(Traffic::Audio, "AudioPortStart", "AudioPortCount", true),
    range(Traffic::Video, "VideoPortStart", "VideoPortCount", false),
    range(
        Traffic::AppSharing,
        "AppSharingPortStart",
        "AppSharingPortCount",
        false,
    ),
];

const MEDIATION_RANGES: &[RangeDecl] = &[range(
    Traffic::Audio,
    "AudioPortStart",
    "AudioPortCount",
    true,
)];

const EDGE_RANGES: &[RangeDecl] = &[range(
    Traffic::EdgeMedia,
    "MediaCommunicationPortStart",
    "MediaCommunicationPortCount",
    true,
)];

/// The settings of one service, by role. Roles without settings of their own have none.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ServerSettings {
    Conferencing(ConferencingSettings),
    Application(ApplicationSettings),
    Mediation(MediationSettings),
    Edge(EdgeSettings),
}

impl ServerSettings {
    /// The settings a new service of `role` starts with, if the role has any.
    pub fn for_role(role: &str) -> Option<ServerSettings> {
        Some(match role.to_ascii_lowercase().as_str() {
            "conferencingserver" => ServerSettings::Conferencing(Default::default()),
            "applicationserver" => ServerSettings::Application(Default::default()),
            "mediationserver" => ServerSettings::Mediation(Default::default()),
            "edgeserver" => ServerSettings::Edge(Default::default()),
            _ => return None,
        })
    }

    /// The property names, in the order service objects show them.
    pub fn properties(&self) -> &'static [&'static str] {
        match self {
            ServerSettings::Conferencing(_) => ConferencingSettings::PROPERTIES,
            ServerSettings::Application(_) => ApplicationSettings::PROPERTIES,
            ServerSettings::Mediation(_) => MediationSettings::PROPERTIES,
            ServerSettings::Edge(_) => EdgeSettings::PROPERTIES,
        }
    }

    pub fn get(&self, property: &str) -> Option<Value> {
        match self {
            ServerSettings::Conferencing(s) => s.get(property),
            ServerSettings::Application(s) => s.get(property),
            ServerSettings::Mediation(s) => s.get(property),
            ServerSettings::Edge(s) => s.get(property),
        }
    }

    /// Sets a property from a bound value; false when there is no such property or the value
    /// is of the wrong kind.
    pub fn set(&mut self, property: &str, value: &Value) -> bool {
        match self {
            ServerSettings::Conferencing(s) => s.set(property, value),
            ServerSettings::Application(s) => s.set(property, value),
            ServerSettings::Mediation(s) => s.set(property, value),
            ServerSettings::Edge(s) => s.set(property, value),
        }
    }

    /// The media port ranges of this role.
    pub fn range_decls(&self) -> &'static [RangeDecl] {
        match self {
            ServerSettings::Conferencing(_) => CONFERENCING_RANGES,
            ServerSettings::Application(_) => APPLICATION_RANGES,
            ServerSettings::Mediation(_) => MEDIATION_RANGES,
            ServerSettings::Edge(_) => EDGE_RANGES,
        }
    }

    /// The current value of a declared range.
    pub fn range(&self, decl: &RangeDecl) -> PortRange {
        let number = |name| {
            self.get(name)
                .and_then(|v| v.as_i128())
                .and_then(|n| u32::try_from(n).ok())
                .unwrap_or(0)
        };
        PortRange {
            start: number(decl.start),
            count: number(decl.count),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_are_the_documented_port_ranges() {
        let conferencing = ServerSettings::for_role("ConferencingServer").expect("settings");
        let ranges: Vec<String> = conferencing
            .range_decls()
            .iter()
            .map(|d| conferencing.range(d).to_string())
            .collect();
        assert_eq!(ranges, ["49152-57499", "57501-65534", "49152-65534"]);
        let edge = ServerSettings::for_role("edgeserver").expect("settings");
        assert_eq!(
            edge.range(&edge.range_decls()[0]).to_string(),
            "50000-59999"
        );
        assert!(ServerSettings::for_role("Registrar").is_none());
    }

    #[test]
    fn properties_are_read_and_written_by_name() {
        let mut mediation = ServerSettings::for_role("MediationServer").expect("settings");
        assert_eq!(mediation.get("SipClientTcpPort"), Some(Value::Null));
        assert!(mediation.set("sipclienttcpport", &Value::UInt16(5068)));
        assert_eq!(mediation.get("SipClientTcpPort"), Some(Value::UInt16(5068)));
        assert!(!mediation.set("VideoPortStart", &Value::UInt16(1)));
        assert!(!mediation.set("AudioPortStart", &Value::str("x")));
        for name in mediation.properties() {
            assert!(mediation.get(name).is_some(), "{name}");
        }
    }

    #[test]
    fn ranges_overlap_and_nest() {
        let audio = PortRange {
            start: 49152,
            count: 8348,
        };
        let app = PortRange {
            start: 40803,
            count: 8348,
        };
        let client = PortRange {
            start: 42000,
            count: 20,
        };
        assert!(!audio.overlaps(&app));
        assert!(app.overlaps(&client) && client.within(&app));
        assert!(!client.within(&audio));
        let adjacent = PortRange {
            start: 42020,
            count: 20,
        };
        assert!(!client.overlaps(&adjacent));
    }
}
