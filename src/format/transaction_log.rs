//! The log a synthetic transaction keeps in its `-OutLoggerVariable`, and the two methods the
//! real logger object has for saving it, `ToHTML()` and `ToXML()`. The log holds the outcome
//! of the transaction (its cmdlet and every field of its result), not the real
//! cmdlet's trace of every network step, which lyncsh does not simulate; both texts are
//! lyncsh's own layout.

use crate::value::{PsObject, Value};

/// The .NET type lyncsh gives the logger object.
pub const LOGGER: &str = "Microsoft.Rtc.SyntheticTransactions.Logging.Logger";

/// The logger object for `cmdlet`'s result object: the cmdlet, then every field of the
/// result in its order.
pub fn logger(cmdlet: &str, result: &Value) -> Value {
    let mut object = PsObject::new(LOGGER).with("Cmdlet", Value::str(cmdlet));
    if let Value::Object(result) = result {
        let result = result.borrow();
        let fields = result.properties.iter();
        object
            .properties
            .extend(fields.map(|(n, v)| (n.clone(), v.clone())));
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
    // The first field is the cmdlet; the others are its result's.
    let mut fields = object.properties.iter();
    let (_, cmdlet) = fields.next()?;
    let cmdlet = escape(&cmdlet.to_display());
    // Each layout: what comes first, one line a field, and what closes it.
    let (mut text, line, end): (String, fn(&str, &str) -> String, &str) = match method {
        "toxml" => (
            format!("<?xml version=\"1.0\" encoding=\"utf-8\"?>\r\n<SyntheticTransaction Cmdlet=\"{cmdlet}\">"),
            |name, value| format!("\r\n  <{name}>{value}</{name}>"),
            "\r\n</SyntheticTransaction>",
        ),
        "tohtml" => (
            format!("<html>\r\n<head><title>{cmdlet}</title></head>\r\n<body>\r\n<h1>{cmdlet}</h1>\r\n<table>"),
            |name, value| format!("\r\n<tr><th>{name}</th><td>{value}</td></tr>"),
            "\r\n</table>\r\n</body>\r\n</html>",
        ),
        _ => return None,
    };
    for (name, value) in fields {
        text.push_str(&line(name, &escape(&value.to_display())));
    }
    text.push_str(end);
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
