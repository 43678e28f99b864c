//! The labs built into lyncsh, kept as RON files under `labs/` and embedded in the binary.

use super::{Lab, LabError};

/// Name and text of each built-in lab, in the order they are best taken.
const LABS: &[(&str, &str)] = &[
    (
        "server-port-ranges",
        include_str!("../../labs/server-port-ranges.ron"),
    ),
    (
        "client-port-ranges",
        include_str!("../../labs/client-port-ranges.ron"),
    ),
    (
        "non-windows-qos",
        include_str!("../../labs/non-windows-qos.ron"),
    ),
    (
        "external-federation",
        include_str!("../../labs/external-federation.ron"),
    ),
    (
        "client-policy",
        include_str!("../../labs/client-policy.ron"),
    ),
    (
        "branch-normalization",
        include_str!("../../labs/branch-normalization.ron"),
    ),
    (
        "gateway-routing",
        include_str!("../../labs/gateway-routing.ron"),
    ),
    (
        "finance-conferencing",
        include_str!("../../labs/finance-conferencing.ron"),
    ),
    ("move-team", include_str!("../../labs/move-team.ron")),
    (
        "av-conference",
        include_str!("../../labs/av-conference.ron"),
    ),
    (
        "prepare-and-publish",
        include_str!("../../labs/prepare-and-publish.ron"),
    ),
];

/// The built-in labs' names.
pub fn names() -> Vec<&'static str> {
    LABS.iter().map(|(name, _)| *name).collect()
}

/// The built-in lab called `name` (case does not matter), read; `None` when there is none.
pub fn find(name: &str) -> Option<Result<Lab, LabError>> {
    LABS.iter()
        .find(|(known, _)| known.eq_ignore_ascii_case(name))
        .map(|(known, text)| Lab::parse(text, known, None))
}
