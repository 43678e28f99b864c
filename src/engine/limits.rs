//! The run-time side of [`crate::limits`]: errors for a command writing too many objects, an
//! operator building too large a string or array, and a statement rendering too much output.

use super::{Engine, Flow};
use crate::error::{ErrorCategory, ErrorRecord};
use crate::limits::{self, MAX_ITEMS, MAX_OUTPUT_LENGTH, MAX_STRING_LENGTH};
use crate::span::Span;

fn limit_record(message: String, id: &str) -> ErrorRecord {
    ErrorRecord::new(
        message,
        id,
        ErrorCategory::LimitsExceeded,
        "LimitExceededException",
    )
}

impl Engine {
    /// The error for a loop that ran [`limits::MAX_ITERATIONS`] times.
    pub(super) fn too_many_iterations(&self, span: Span) -> Flow {
        limit_record(
            format!(
                "The loop ran {} times without ending: lyncsh stops a loop there.",
                limits::count(limits::MAX_ITERATIONS as usize)
            ),
            "TooManyIterations",
        )
        .at(Some(self.position(span)))
        .into()
    }

    /// Fails when `count` objects are more than one command or collection may hold.
    pub(super) fn check_items(&self, count: usize, span: Span) -> Result<(), Flow> {
        if count <= MAX_ITEMS {
            return Ok(());
        }
        Err(limit_record(
            format!(
                "Too many objects: lyncsh keeps at most {} objects in one collection or one \
                 command's output.",
                limits::count(MAX_ITEMS)
            ),
            "TooManyObjects",
        )
        .at(Some(self.position(span)))
        .into())
    }

    /// Fails when a string of `length` bytes is longer than an operator may build.
    pub(super) fn check_string(&self, length: usize, span: Span) -> Result<(), Flow> {
        if length <= MAX_STRING_LENGTH {
            return Ok(());
        }
        Err(self.string_too_long(span))
    }

    /// The error for an operator that would build a string longer than [`MAX_STRING_LENGTH`].
    pub(super) fn string_too_long(&self, span: Span) -> Flow {
        limit_record(
            format!(
                "The string is too long: lyncsh builds strings of at most {}.",
                limits::bytes(MAX_STRING_LENGTH)
            ),
            "StringTooLong",
        )
        .at(Some(self.position(span)))
        .into()
    }

    /// The record written instead of a statement's output when it renders to more than
    /// [`MAX_OUTPUT_LENGTH`].
    pub(super) fn output_too_large(&self) -> ErrorRecord {
        limit_record(
            format!(
                "The output is too large to show: lyncsh writes at most {} per statement, and \
                 this one renders more; the rest is left out. Select fewer objects or properties.",
                limits::bytes(MAX_OUTPUT_LENGTH),
            ),
            "OutputTooLarge",
        )
    }
}
