//! Test-LabPortPlan, an emulator extension: shows the findings of the port-plan check
//! ([`crate::portplan`]) as objects, one per problem, and nothing when the plan is clean. Each
//! object has Scope, Kind, Traffic, Ports and Detail, so it prints as a list.
//! It never changes the session.

use super::{CmdletEntry, CmdletResult, Kind, Module};
use crate::engine::{Call, Engine};
use crate::portplan;
use crate::signature::Signature;
use crate::value::{PsObject, Value};
use std::rc::Rc;

/// The type name of the finding objects.
pub const FINDING_TYPE: &str = "Lyncsh.Lab.PortPlanFinding";

pub fn all() -> Vec<CmdletEntry> {
    vec![CmdletEntry {
        signature: Rc::new(Signature::new("Test-LabPortPlan", Vec::new())),
        kind: Kind::Builtin {
            run: test_port_plan,
            collect: false,
        },
        module: Module::Lab,
        class: "Lyncsh.Lab.TestLabPortPlanCommand".into(),
    }]
}

fn test_port_plan(engine: &mut Engine, _call: &Call) -> CmdletResult {
    Ok(portplan::check(&engine.session)
        .into_iter()
        .map(|finding| {
            let (traffic, ports) = match finding.range {
                Some((traffic, range)) => {
                    (Value::str(traffic.name()), Value::str(range.to_string()))
                }
                None => (Value::Null, Value::Null),
            };
            Value::object(
                PsObject::new(FINDING_TYPE)
                    .with("Scope", Value::str(finding.scope))
                    .with("Kind", Value::str(finding.kind.name()))
                    .with("Traffic", traffic)
                    .with("Ports", ports)
                    .with("Detail", Value::str(finding.detail)),
            )
        })
        .collect())
}
