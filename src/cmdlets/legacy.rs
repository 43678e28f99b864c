//! The cmdlets that bring an Office Communications Server 2007 R2 deployment into Lync Server
//! 2013: Import-CsLegacyConfiguration, Import-CsLegacyConferenceDirectory and
//! Merge-CsLegacyTopology. The lab has no legacy deployment, so each is a terminating error
//! that says so; nothing changes.

use super::{BuiltinFn, CmdletResult};
use crate::engine::{Call, Engine, Flow};
use crate::error::ErrorCategory;

/// The catalog cmdlets this file emulates.
pub const HANDLERS: &[(&str, BuiltinFn)] = &[
    ("Import-CsLegacyConfiguration", no_legacy),
    ("Import-CsLegacyConferenceDirectory", no_legacy),
    ("Merge-CsLegacyTopology", no_legacy),
];

fn no_legacy(engine: &mut Engine, call: &Call) -> CmdletResult {
    Err(Flow::Error(Box::new(engine.cmdlet_error(
        call,
        format!("{} needs an Office Communications Server 2007 R2 deployment beside Lync Server 2013, and the lab has none: there is nothing to import or merge.", call.name()),
        "NoLegacyDeployment",
        ErrorCategory::InvalidOperation,
        "InvalidOperationException",
    ))))
}
