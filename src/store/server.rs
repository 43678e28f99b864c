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

impl SettingValue for bool {
    fn to_value(&self) -> Value {
        Value::Bool(*self)
    }
    fn from_value(value: &Value) -> Option<bool> {
        match value {
            Value::Bool(b) => Some(*b),
            _ => None,
        }
    }
}

/// An interval that stays unset until something configures it, kept in ticks.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Interval(pub Option<i64>);

impl SettingValue for Interval {
    fn to_value(&self) -> Value {
        self.0.map_or(Value::Null, |ticks| {
            Value::TimeSpan(crate::value::TimeSpan(ticks))
        })
    }
    fn from_value(value: &Value) -> Option<Interval> {
        match value {
            Value::Null => Some(Interval(None)),
            Value::TimeSpan(t) => Some(Interval(Some(t.0))),
            _ => None,
        }
    }
}

/// A list of names (a Persistent Chat pool's active servers).
impl SettingValue for Vec<String> {
    fn to_value(&self) -> Value {
        Value::array(self.iter().map(Value::str).collect())
    }
    fn from_value(value: &Value) -> Option<Vec<String>> {
        Some(
            value
                .clone()
                .into_items()
                .iter()
                .filter(|v| **v != Value::Null)
                .map(Value::to_display)
                .collect(),
        )
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

            fn properties(&self) -> &'static [&'static str] {
                Self::PROPERTIES
            }

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

settings! {
    /// The Registrar of a Front End pool (`Registrar`): the services it works with, its backup
    /// Registrar and failover, and its ports.
    RegistrarSettings {
        "UserServer" => user_server: String = String::new(),
        "WebServer" => web_server: String = String::new(),
        "EdgeServer" => edge_server: String = String::new(),
        "ArchivingServer" => archiving_server: String = String::new(),
        "MonitoringServer" => monitoring_server: String = String::new(),
        "ArchivingDatabase" => archiving_database: String = String::new(),
        "MirrorArchivingDatabase" => mirror_archiving_database: String = String::new(),
        "MonitoringDatabase" => monitoring_database: String = String::new(),
        "MirrorMonitoringDatabase" => mirror_monitoring_database: String = String::new(),
        "Registrar" => registrar: String = String::new(),
        "BackupRegistrar" => backup_registrar: String = String::new(),
        "EnableAutomaticFailover" => enable_automatic_failover: bool = false,
        "FailureDetectionInterval" => failure_detection_interval: Interval = Interval(None),
        "FailbackDetectionInterval" => failback_detection_interval: Interval = Interval(None),
        "SipPort" => sip_port: u16 = 5061,
        "SipServerTcpPort" => sip_server_tcp_port: u16 = 5060,
        "WebPort" => web_port: u16 = 444,
        "SipHealthPort" => sip_health_port: Option<u16> = None,
        "LyssWcfMtlsPort" => lyss_wcf_mtls_port: u16 = 5077,
        "WinFabFederationPort" => win_fab_federation_port: u16 = 5090,
        "WinFabLeaseAgentPort" => win_fab_lease_agent_port: u16 = 5091,
        "WinFabClientConnectionPort" => win_fab_client_connection_port: u16 = 5092,
        "WinFabIPCPort" => win_fab_ipc_port: u16 = 5093,
        "WinFabReplicationPort" => win_fab_replication_port: u16 = 5094,
        "XmppGatewaySipPort" => xmpp_gateway_sip_port: u16 = 5098,
    }
}

settings! {
    /// The user services of a Front End pool (`UserServer`): presence, conferencing focus and
    /// the conference directories, with the user database.
    UserServerSettings {
        "UserDatabase" => user_database: String = String::new(),
        "ConferenceServer" => conference_server: String = String::new(),
        "McuFactorySipPort" => mcu_factory_sip_port: u16 = 444,
        "ConfDirManagementWcfTcpPort" => conf_dir_management_wcf_tcp_port: u16 = 9001,
        "UserPinManagementWcfHttpPort" => user_pin_management_wcf_http_port: u16 = 443,
    }
}

settings! {
    /// The web services of a pool (`WebServer`): listening and published ports, and the
    /// internal and external names clients use.
    WebServerSettings {
        "UserServer" => user_server: String = String::new(),
        "PrimaryHttpPort" => primary_http_port: u16 = 80,
        "PrimaryHttpsPort" => primary_https_port: u16 = 443,
        "ExternalHttpPort" => external_http_port: u16 = 8080,
        "ExternalHttpsPort" => external_https_port: u16 = 4443,
        "PublishedPrimaryHttpPort" => published_primary_http_port: u16 = 80,
        "PublishedPrimaryHttpsPort" => published_primary_https_port: u16 = 443,
        "PublishedExternalHttpPort" => published_external_http_port: u16 = 80,
        "PublishedExternalHttpsPort" => published_external_https_port: u16 = 443,
        "ReachPrimaryPsomServerPort" => reach_primary_psom_server_port: u16 = 8060,
        "ReachExternalPsomServerPort" => reach_external_psom_server_port: u16 = 8061,
        "AppSharingPortStart" => app_sharing_port_start: u16 = 49152,
        "AppSharingPortCount" => app_sharing_port_count: u16 = 16383,
        "McxSipPrimaryListeningPort" => mcx_sip_primary_listening_port: u16 = 5086,
        "McxSipExternalListeningPort" => mcx_sip_external_listening_port: u16 = 5087,
        "UcwaSipPrimaryListeningPort" => ucwa_sip_primary_listening_port: u16 = 5089,
        "UcwaSipExternalListeningPort" => ucwa_sip_external_listening_port: u16 = 5088,
        "RmWebSipPrimaryListeningPort" => rm_web_sip_primary_listening_port: Option<u16> = None,
        "RmWebSipExternalListeningPort" => rm_web_sip_external_listening_port: Option<u16> = None,
        "SupportConferenceConsoleSipPrimaryListeningPort" => support_conference_console_sip_primary_listening_port: Option<u16> = None,
        "SupportConferenceConsoleSipExternalListeningPort" => support_conference_console_sip_external_listening_port: u16 = 6007,
        "InternalFqdn" => internal_fqdn: String = String::new(),
        "ExternalFqdn" => external_fqdn: String = String::new(),
    }
}

settings! {
    /// A Director pool (`Director`): the services it works with and its ports.
    DirectorSettings {
        "WebServer" => web_server: String = String::new(),
        "EdgeServer" => edge_server: String = String::new(),
        "ArchivingServer" => archiving_server: String = String::new(),
        "MonitoringServer" => monitoring_server: String = String::new(),
        "MonitoringDatabase" => monitoring_database: String = String::new(),
        "MirrorMonitoringDatabase" => mirror_monitoring_database: String = String::new(),
        "SipPort" => sip_port: u16 = 5061,
        "SipServerTcpPort" => sip_server_tcp_port: u16 = 5060,
        "WebPort" => web_port: u16 = 444,
        "SipHealthPort" => sip_health_port: Option<u16> = None,
    }
}

settings! {
    /// A PSTN gateway (`PstnGateway`): the Mediation service it talks to and how.
    PstnGatewaySettings {
        "MediationServer" => mediation_server: String = String::new(),
        "GatewaySipClientTcpPort" => gateway_sip_client_tcp_port: u16 = 5066,
        "GatewaySipClientTlsPort" => gateway_sip_client_tls_port: u16 = 5067,
        "Default" => default: bool = false,
        "Routable" => routable: bool = false,
        "RepresentativeMediaIP" => representative_media_ip: String = String::new(),
        "AlternateByPassId" => alternate_by_pass_id: String = String::new(),
    }
}

settings! {
    /// The archiving service of a Front End pool (`ArchivingServer`).
    ArchivingSettings {
        "ArchivingDatabase" => archiving_database: String = String::new(),
    }
}

settings! {
    /// The monitoring service of a Front End pool (`MonitoringServer`).
    MonitoringSettings {
        "MonitoringDatabase" => monitoring_database: String = String::new(),
        "ReportingUrl" => reporting_url: String = String::new(),
    }
}

settings! {
    /// The Central Management Server (`ManagementServer`): the port replicas are reached on.
    ManagementSettings {
        "ReplicationServicePort" => replication_service_port: u16 = 445,
    }
}

settings! {
    /// A Persistent Chat pool (`PersistentChatServer`): its Registrar, databases, port, and
    /// which of its servers take new connections.
    PersistentChatSettings {
        "Registrar" => registrar: String = String::new(),
        "PersistentChatDatabase" => persistent_chat_database: String = String::new(),
        "MirrorPersistentChatDatabase" => mirror_persistent_chat_database: String = String::new(),
        "BackupPersistentChatDatabase" => backup_persistent_chat_database: String = String::new(),
        "PersistentChatComplianceDatabase" => persistent_chat_compliance_database: String = String::new(),
        "MtlsPort" => mtls_port: u16 = 5041,
        "DisplayName" => display_name: String = String::new(),
        "ActiveServers" => active_servers: Vec<String> = Vec::new(),
        "InactiveServers" => inactive_servers: Vec<String> = Vec::new(),
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
    Registrar(RegistrarSettings),
    UserServer(UserServerSettings),
    WebServer(WebServerSettings),
    Director(DirectorSettings),
    PstnGateway(PstnGatewaySettings),
    Archiving(ArchivingSettings),
    Monitoring(MonitoringSettings),
    Management(ManagementSettings),
    PersistentChat(PersistentChatSettings),
}

/// Calls `$body` with the settings struct of whatever role `$settings` holds.
macro_rules! each_role {
    ($settings:expr, $s:ident => $body:expr) => {
        match $settings {
            ServerSettings::Conferencing($s) => $body,
            ServerSettings::Application($s) => $body,
            ServerSettings::Mediation($s) => $body,
            ServerSettings::Edge($s) => $body,
            ServerSettings::Registrar($s) => $body,
            ServerSettings::UserServer($s) => $body,
            ServerSettings::WebServer($s) => $body,
            ServerSettings::Director($s) => $body,
            ServerSettings::PstnGateway($s) => $body,
            ServerSettings::Archiving($s) => $body,
            ServerSettings::Monitoring($s) => $body,
            ServerSettings::Management($s) => $body,
            ServerSettings::PersistentChat($s) => $body,
        }
    };
}

impl ServerSettings {
    /// The settings a new service of `role` starts with, if the role has any.
    pub fn for_role(role: &str) -> Option<ServerSettings> {
        Some(match role.to_ascii_lowercase().as_str() {
            "conferencingserver" => ServerSettings::Conferencing(Default::default()),
            "applicationserver" => ServerSettings::Application(Default::default()),
            "mediationserver" => ServerSettings::Mediation(Default::default()),
            "edgeserver" => ServerSettings::Edge(Default::default()),
            "registrar" => ServerSettings::Registrar(Default::default()),
            "userserver" => ServerSettings::UserServer(Default::default()),
            "webserver" => ServerSettings::WebServer(Default::default()),
            "director" => ServerSettings::Director(Default::default()),
            "pstngateway" => ServerSettings::PstnGateway(Default::default()),
            "archivingserver" => ServerSettings::Archiving(Default::default()),
            "monitoringserver" => ServerSettings::Monitoring(Default::default()),
            "managementserver" => ServerSettings::Management(Default::default()),
            "persistentchatserver" => ServerSettings::PersistentChat(Default::default()),
            _ => return None,
        })
    }

    /// The property names, in the order service objects show them.
    pub fn properties(&self) -> &'static [&'static str] {
        each_role!(self, s => s.properties())
    }

    pub fn get(&self, property: &str) -> Option<Value> {
        each_role!(self, s => s.get(property))
    }

    /// Sets a property from a bound value; false when there is no such property or the value
    /// is of the wrong kind.
    pub fn set(&mut self, property: &str, value: &Value) -> bool {
        each_role!(self, s => s.set(property, value))
    }

    /// The media port ranges of this role.
    pub fn range_decls(&self) -> &'static [RangeDecl] {
        match self {
            ServerSettings::Conferencing(_) => CONFERENCING_RANGES,
            ServerSettings::Application(_) => APPLICATION_RANGES,
            ServerSettings::Mediation(_) => MEDIATION_RANGES,
            ServerSettings::Edge(_) => EDGE_RANGES,
            _ => &[],
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
        assert!(ServerSettings::for_role("MonitoringDatabase").is_none());
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
