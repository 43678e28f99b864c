//! Parameter descriptions that many help texts share word for word: the ShouldProcess
//! switches, -Force and -Report of the deployment cmdlets, the parameters the lab accepts and
//! ignores (directory, store, logging), and the listing parameters of the cmdlets that list
//! directory objects.

pub const WHAT_IF: (&str, &str) = ("WhatIf", "Shows what would change, and changes nothing.");
pub const CONFIRM: (&str, &str) = ("Confirm", "Asks before making the change.");
pub const FORCE: (&str, &str) = ("Force", "Makes the change without asking.");
pub const REPORT: (&str, &str) = ("Report", "A file, in the files folder, to which an HTML log of the run is written. Its folder must exist.");
pub const LOCAL_STORE: (&str, &str) = (
    "LocalStore",
    "Works on the local replica of the store; lyncsh has one store, so this changes nothing.",
);
pub const OUT_LOGGER_VARIABLE: (&str, &str) = (
    "OutLoggerVariable",
    "Accepted; the lab keeps no transaction log.",
);
pub const OUT_VERBOSE_VARIABLE: (&str, &str) = (
    "OutVerboseVariable",
    "Accepted; the lab keeps no verbose log.",
);
pub const CATALOG: (&str, &str) = (
    "GlobalCatalog",
    "The global catalog server to use; the lab has one directory, so it changes nothing.",
);
pub const SETTINGS_DC: (&str, &str) = (
    "GlobalSettingsDomainController",
    "The domain controller that holds the global settings; no effect in the lab.",
);
pub const CREDENTIAL: (&str, &str) = (
    "Credential",
    "Accepted; the lab does not check credentials.",
);
pub const DOMAIN_CONTROLLER: (&str, &str) = (
    "DomainController",
    "Accepted; the lab has one directory, so it makes no difference.",
);
/// -Filter of the cmdlets that list rooms, contacts and other directory objects.
pub const OBJECT_FILTER: (&str, &str) = (
    "Filter",
    "Keeps the objects whose properties pass the filter, written as {Property -op value} with -eq, -ne, -like, -notlike, -gt, -ge, -lt, -le, joined with -and, -or and -not; $null stands for an empty value.",
);
/// -ResultSize of the same cmdlets.
pub const OBJECT_RESULT_SIZE: (&str, &str) = (
    "ResultSize",
    "The most objects to list: a whole number, or Unlimited.",
);
