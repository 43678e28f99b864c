//! The log a synthetic transaction keeps in its `-OutLoggerVariable`, and the two methods the
//! real logger object has for saving it, `ToHTML()` and `ToXML()`. The log holds the outcome
//! of the transaction (its cmdlet, pool, result, latency, error and diagnosis), not the real
//! cmdlet's trace of every network step, which lyncsh does not simulate; both texts are
//! lyncsh's own layout.

use crate::value::{PsObject, Value};

/// The .NET type lyncsh gives the logger object.
pub const LOGGER: &str = "Microsoft.Rtc.SyntheticTransactions.Logging.Logger";

/// The fields of a transaction's result that the log keeps, in order.
const FIELDS: &[&str] = &["TargetFqdn", "Result", "Latency", "Error", "Diagnosis"];

/// The logger object for `cmdlet`'s result object.
pub fn logger(cmdlet: &str, result: &Value) -> Value {
    let mut object = PsObject::new(LOGGER).with("Cmdlet", Value::str(cmdlet));
    for field in FIELDS {
        object = object.with(field, result.property(field).unwrap_or_default());
    }
    Value::object(object)
}

/// `ToHTML()` or `ToXML()` of a logger object (`method` in lower case); `None` for any other
/// method or object.
pub fn method(target: &Value, method: &str) -> Option<Value> {
    let Value::Object(object) = target else {
        return None;
    };
    let object = object.borrow();
    if object.type_name != LOGGER {
        return None;
    }
    let field = |name: &str| {
        object
            .properties
            .iter()
            .find(|(n, _)| &**n == name)
            .map(|(_, v)| v.to_display())
            .unwrap_or_default()
    };
    let cmdlet = field("Cmdlet");
    let text = match method {
        "toxml" => {
            let mut xml = format!(
                "<?xml version=\"1.0\" encoding=\"utf-8\"?>\r\n<SyntheticTransaction Cmdlet=\"{}\">",
                escape(&cmdlet)
            );
            for name in FIELDS {
                xml.push_str(&format!("\r\n  <{name}>{}</{name}>", escape(&field(name))));
            }
            xml.push_str("\r\n</SyntheticTransaction>");
            xml
        }
        "tohtml" => {
            let mut html = format!(
                "<html>\r\n<head><title>{0}</title></head>\r\n<body>\r\n<h1>{0}</h1>\r\n<table>",
                escape(&cmdlet)
            );
            for name in FIELDS {
                html.push_str(&format!(
                    "\r\n<tr><th>{name}</th><td>{}</td></tr>",
                    escape(&field(name))
                ));
            }
            html.push_str("\r\n</table>\r\n</body>\r\n</html>");
            html
        }
        _ => return None,
    };
    Some(Value::str(text))
}

/// Text with XML's five special characters escaped.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn result() -> Value {
        Value::object(
            PsObject::new("Microsoft.Rtc.SyntheticTransactions.TaskOutput")
                .with("TargetFqdn", Value::str("atl-cs-001.litwareinc.com"))
                .with("Result", Value::str("Failure"))
                .with("Error", Value::str("RTCSRV <stopped> & \"down\"")),
        )
    }

    #[test]
    fn the_log_saves_as_escaped_xml_and_html() {
        let log = logger("Test-CsIM", &result());
        let xml = method(&log, "toxml").unwrap().to_display();
        assert!(xml.starts_with("<?xml version=\"1.0\" encoding=\"utf-8\"?>"));
        assert!(xml.contains("<SyntheticTransaction Cmdlet=\"Test-CsIM\">"));
        assert!(xml.contains("<Result>Failure</Result>"));
        assert!(xml.contains("<Error>RTCSRV &lt;stopped&gt; &amp; &quot;down&quot;</Error>"));
        let html = method(&log, "tohtml").unwrap().to_display();
        assert!(html.contains("<tr><th>TargetFqdn</th><td>atl-cs-001.litwareinc.com</td></tr>"));
    }

    #[test]
    fn other_objects_and_methods_are_not_the_logs() {
        assert!(method(&result(), "toxml").is_none());
        assert!(method(&logger("Test-CsIM", &result()), "save").is_none());
    }
}
