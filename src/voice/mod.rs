//! Enterprise Voice evaluated on the lab: a dialed number through a dial plan's normalization
//! rules (the first rule by priority whose .NET pattern matches, its translation filled from
//! the match), and a normalized number through a voice policy's PSTN usages, in order, to the
//! first route by priority that has the usage and whose number pattern matches. The Test-Cs*
//! voice cmdlets and the labs read their answers here; nothing here changes the session.

use crate::engine::regex_ops;
use crate::families;
use crate::session::Session;
use crate::value::Value;

/// A number a rule translated: the new number and the rule (the object the dial plan holds).
#[derive(Clone, Debug, PartialEq)]
pub struct Normalized {
    pub number: String,
    pub rule: Value,
}

/// The route a number takes: the route's name and the PSTN usage that led to it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Routed {
    pub route: String,
    pub usage: String,
}

/// A property of a rule or route object, as text.
pub fn text_of(object: &Value, name: &str) -> String {
    object
        .property(name)
        .map(|v| v.to_display())
        .unwrap_or_default()
}

/// A property as shared text: a string property is not copied, which counts when every number
/// is tried against every rule.
fn shared_text_of(object: &Value, name: &str) -> std::rc::Rc<str> {
    match object.property(name) {
        Some(Value::Str(text)) => text,
        Some(other) => other.to_display().into(),
        None => "".into(),
    }
}

/// Whether the .NET `pattern` matches somewhere in `number`; the error is the pattern's.
pub fn matches(pattern: &str, number: &str) -> Result<bool, String> {
    let regex = regex_ops::compile(pattern, true).map_err(|e| e.message(pattern))?;
    regex_ops::is_match(&regex, number)
}

/// `translation` filled from `pattern`'s match in `number`; `None` when it does not match.
pub fn translate(pattern: &str, translation: &str, number: &str) -> Result<Option<String>, String> {
    let regex = regex_ops::compile(pattern, true).map_err(|e| e.message(pattern))?;
    regex_ops::translate(&regex, number, translation)
}

/// The first of `rules` (in priority order, as a dial plan lists them) that matches `dialed`.
pub fn normalize(rules: &[Value], dialed: &str) -> Result<Option<Normalized>, String> {
    for rule in rules {
        let pattern = shared_text_of(rule, "Pattern");
        let regex = regex_ops::compile(&pattern, true).map_err(|e| e.message(&pattern))?;
        if !regex_ops::is_match(&regex, dialed)? {
            continue;
        }
        let translation = text_of(rule, "Translation");
        if let Some(number) = regex_ops::translate(&regex, dialed, &translation)? {
            return Ok(Some(Normalized {
                number,
                rule: rule.clone(),
            }));
        }
    }
    Ok(None)
}

/// The route `number` takes under a policy with `usages`: each usage in order, and for each the
/// routes by Priority (then as listed) that have it and whose NumberPattern matches.
pub fn route(session: &Session, usages: &[String], number: &str) -> Result<Option<Routed>, String> {
    Ok(routes(session, usages, number)?.into_iter().next())
}

/// Every route `number` may take under `usages`, in the order [`route`] tries them; a route
/// that several usages reach is listed once, with the first of them.
pub fn routes(session: &Session, usages: &[String], number: &str) -> Result<Vec<Routed>, String> {
    let Some(decl) = families::find("CsVoiceRoute") else {
        return Ok(Vec::new());
    };
    let index = |name: &str| decl.property(name).map(|(i, _)| i);
    let (Some(priority), Some(pattern), Some(route_usages), Some(name)) = (
        index("Priority"),
        index("NumberPattern"),
        index("PstnUsages"),
        index("Name"),
    ) else {
        return Ok(Vec::new());
    };
    let mut ordered: Vec<&crate::store::Record> = session.store.records(decl.noun).iter().collect();
    ordered.sort_by_key(|r| r.values[priority].as_i128().unwrap_or(0));
    let mut found: Vec<Routed> = Vec::new();
    for usage in usages {
        for route in &ordered {
            let route_name = route.values[name].to_display();
            if found
                .iter()
                .any(|r| r.route.eq_ignore_ascii_case(&route_name))
            {
                continue;
            }
            let has_usage = route.values[route_usages]
                .clone()
                .into_items()
                .iter()
                .any(|u| u.to_display().eq_ignore_ascii_case(usage));
            if has_usage && matches(&route.values[pattern].to_display(), number)? {
                found.push(Routed {
                    route: route_name,
                    usage: usage.clone(),
                });
            }
        }
    }
    Ok(found)
}

/// How long the numbers New-CsVoiceRegex matches are.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Length {
    Exactly(usize),
    AtLeast(usize),
}

/// New-CsVoiceRegex's pattern and translation: numbers of `length` characters (StartsWith
/// counted in) that begin with `starts_with`, whose first `strip` characters are left out of
/// the translation and which get `prepend` in front. `None` when the length leaves no room for
/// StartsWith and the stripped digits.
pub fn voice_regex(
    length: Length,
    starts_with: &str,
    strip: usize,
    prepend: &str,
) -> Option<(String, String)> {
    let total = match length {
        Length::Exactly(n) | Length::AtLeast(n) => n,
    };
    let fixed = starts_with.chars().count();
    let cut = strip.min(fixed);
    let (stripped_prefix, kept_prefix): (String, String) = {
        let chars: Vec<char> = starts_with.chars().collect();
        (chars[..cut].iter().collect(), chars[cut..].iter().collect())
    };
    let stripped_digits = strip.saturating_sub(fixed);
    let rest = total.checked_sub(fixed.max(strip))?;
    let mut pattern = format!("^{}", regex_escape(&stripped_prefix));
    if stripped_digits > 0 {
        pattern.push_str(&format!("\\d{{{stripped_digits}}}"));
    }
    pattern.push('(');
    pattern.push_str(&regex_escape(&kept_prefix));
    match length {
        Length::Exactly(_) if rest > 0 => pattern.push_str(&format!("\\d{{{rest}}}")),
        Length::Exactly(_) => {}
        Length::AtLeast(_) if rest > 1 => pattern.push_str(&format!("\\d{{{}}}\\d+", rest - 1)),
        Length::AtLeast(_) => pattern.push_str("\\d+"),
    }
    pattern.push_str(")$");
    Some((pattern, format!("{prepend}$1")))
}

/// `text` with the characters that mean something in a .NET pattern escaped.
fn regex_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if "\\.+*?()[]{}|^$#".contains(c) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// The PSTN usages of a stored voice policy, in order.
pub fn policy_usages(policy: &crate::store::Record) -> Vec<String> {
    families::find("CsVoicePolicy")
        .and_then(|f| f.property("PstnUsages"))
        .and_then(|(i, _)| policy.values.get(i))
        .map(Value::item_texts)
        .unwrap_or_default()
}

/// The items of a list property of an object, as text (a policy's PstnUsages).
pub fn list_of(object: &Value, name: &str) -> Vec<String> {
    object
        .property(name)
        .map(|v| v.item_texts())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests;
