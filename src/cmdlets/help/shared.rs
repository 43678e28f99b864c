//! Parameter descriptions that many help texts share word for word: the ShouldProcess
//! switches, the directory parameters the lab accepts and ignores, and the listing parameters
//! of the cmdlets that list directory objects.

pub const WHAT_IF: (&str, &str) = ("WhatIf", "Shows what would change, and changes nothing.");
pub const CONFIRM: (&str, &str) = ("Confirm", "Asks before making the change.");
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
