//! `[System.IO.File]::ReadAllBytes(path)` and `::WriteAllBytes(path, bytes)` on the files
//! folder: the only static .NET calls that reach files, so they are answered here, where the
//! folder is known, rather than among the other static members.

use super::Engine;
use crate::error::{ErrorCategory, ErrorRecord};
use crate::span::Span;
use crate::value::Value;

impl Engine {
    /// The result of a static call on System.IO.File, or `None` for any other call.
    pub fn file_method(
        &self,
        type_name: &str,
        name: &str,
        args: &[Value],
        span: Span,
    ) -> Option<Result<Value, Box<ErrorRecord>>> {
        let type_name = type_name.trim_start_matches('[').trim_end_matches(']');
        let is_file = type_name.eq_ignore_ascii_case("System.IO.File")
            || type_name.eq_ignore_ascii_case("IO.File");
        if !is_file {
            return None;
        }
        let typed = args.first().map(Value::to_display).unwrap_or_default();
        match name.to_ascii_lowercase().as_str() {
            "readallbytes" => Some(
                self.read_bytes(&typed, span)
                    .map(|bytes| Value::array(bytes.into_iter().map(Value::Byte).collect())),
            ),
            "writeallbytes" => {
                let bytes: Vec<u8> = args
                    .get(1)
                    .cloned()
                    .unwrap_or_default()
                    .into_items()
                    .iter()
                    .filter_map(|b| b.as_i128().and_then(|n| u8::try_from(n).ok()))
                    .collect();
                if self.replaying {
                    return Some(Ok(Value::Null));
                }
                Some(self.write_bytes(&typed, &bytes, span).map(|()| Value::Null))
            }
            _ => None,
        }
    }

    /// Writes `bytes` to the file `typed` names, replacing it.
    fn write_bytes(&self, typed: &str, bytes: &[u8], span: Span) -> Result<(), Box<ErrorRecord>> {
        let path = self
            .map_path(typed)
            .map_err(|e| Box::new(self.path_error(e, typed, span)))?;
        std::fs::write(&path, bytes).map_err(|e| {
            Box::new(
                ErrorRecord::new(
                    format!("Could not write '{typed}': {e}."),
                    "WriteError",
                    ErrorCategory::WriteError,
                    "IOException",
                )
                .with_target(typed, "String")
                .at(Some(self.position(span))),
            )
        })
    }
}
