//! The cmdlets of the Lync Server 2013 module list whose features came later or belong to Lync
//! Online: Shared Line Appearance (Get-, Set-, Remove-CsSlaConfiguration, Remove-CsSlaDelegates)
//! and the platform service settings (New-, Set-, Remove-CsPlatformServiceSettings), both of
//! Skype for Business Server 2015, whose parameters all belong to that version, so that the
//! Lync Server 2013 catalog gives them none; and Copy-CsVoicePolicy, which copies a voice
//! policy of a Lync Online tenant. The lab is a Lync Server 2013 deployment on premises, so
//! each is an error that says why; nothing changes.

use super::{BuiltinFn, CmdletResult};
use crate::engine::{Call, Engine, Flow};
use crate::error::ErrorCategory;

/// The catalog cmdlets this file emulates.
pub const HANDLERS: &[(&str, BuiltinFn)] = &[
    ("Get-CsSlaConfiguration", later_version),
    ("Set-CsSlaConfiguration", later_version),
    ("Remove-CsSlaConfiguration", later_version),
    ("Remove-CsSlaDelegates", later_version),
    ("New-CsPlatformServiceSettings", later_version),
    ("Set-CsPlatformServiceSettings", later_version),
    ("Remove-CsPlatformServiceSettings", later_version),
    ("Copy-CsVoicePolicy", online_only),
];

/// The feature behind a cmdlet of a later version.
fn feature(cmdlet: &str) -> &'static str {
    if cmdlet.to_ascii_lowercase().contains("sla") {
        "Shared Line Appearance"
    } else {
        "The platform service settings"
    }
}

fn later_version(engine: &mut Engine, call: &Call) -> CmdletResult {
    let message = format!(
        "{} came with Skype for Business Server 2015: a Lync Server 2013 deployment has none, and {} takes none of its parameters here.",
        feature(call.name()),
        call.name()
    );
    Err(Flow::Error(Box::new(engine.cmdlet_error(
        call,
        message,
        "FeatureNotInLyncServer2013",
        ErrorCategory::InvalidOperation,
        "InvalidOperationException",
    ))))
}

fn online_only(engine: &mut Engine, call: &Call) -> CmdletResult {
    let tenant = call.bound.text("Tenant").unwrap_or_default();
    let message = format!(
        "Cannot find the tenant \"{tenant}\": {} copies the voice policies of Lync Online tenants, and the lab is an on-premises deployment. Grant-CsVoicePolicy and New-CsVoicePolicy manage its voice policies.",
        call.name()
    );
    Err(Flow::Error(Box::new(
        engine
            .cmdlet_error(
                call,
                message,
                "TenantNotFound",
                ErrorCategory::ObjectNotFound,
                "InvalidOperationException",
            )
            .with_target(tenant, "Guid"),
    )))
}
