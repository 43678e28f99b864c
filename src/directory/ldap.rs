//! The `-LdapFilter` of the user cmdlets, on the LDAP subset the reference's examples use:
//! `attribute=value` (with `*` wildcards, `attribute=*` for presence), `>=` and `<=`, and
//! `&(...)(...)`, `|(...)(...)` and `!(...)`, with or without outer parentheses. Attribute
//! names are AD's (department, title, l, company, displayName, sAMAccountName...), without case.

use super::User;
use crate::wildcard::wildcard_match;

#[derive(Debug, PartialEq)]
pub enum LdapFilter {
    And(Vec<LdapFilter>),
    Or(Vec<LdapFilter>),
    Not(Box<LdapFilter>),
    Item {
        attribute: String,
        op: ItemOp,
        value: String,
    },
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum ItemOp {
    Equal,
    GreaterOrEqual,
    LessOrEqual,
}

/// How a user's value of an attribute is read.
type Read = fn(&User) -> String;

/// The AD attributes a filter may name, and how a user's value is read.
const ATTRIBUTES: &[(&str, Read)] = &[
    ("department", |u| u.department.clone()),
    ("title", |u| u.title.clone()),
    ("l", |u| u.city.clone()),
    ("company", |u| u.company.clone()),
    ("organization", |u| u.company.clone()),
    ("o", |u| u.company.clone()),
    ("displayName", |u| u.display_name.clone()),
    ("name", |u| u.display_name.clone()),
    ("cn", |u| u.display_name.clone()),
    ("givenName", |u| u.first_name.clone()),
    ("sn", |u| u.last_name.clone()),
    ("sAMAccountName", |u| u.sam_account_name.clone()),
    ("userPrincipalName", |u| u.user_principal_name.clone()),
    ("mail", |u| u.email.clone()),
    ("telephoneNumber", |u| u.phone.clone()),
    ("physicalDeliveryOfficeName", |u| u.office.clone()),
    ("distinguishedName", User::distinguished_name),
    ("msRTCSIP-PrimaryUserAddress", |u| u.sip_address.clone()),
    ("msRTCSIP-PrimaryHomeServer", |u| u.registrar_pool.clone()),
    ("msRTCSIP-Line", |u| u.line_uri.clone()),
    ("msRTCSIP-UserEnabled", |u| {
        u.enabled
            .map(|b| if b { "TRUE" } else { "FALSE" }.to_string())
            .unwrap_or_default()
    }),
];

fn attribute(name: &str) -> Option<Read> {
    ATTRIBUTES
        .iter()
        .find(|(n, _)| n.eq_ignore_ascii_case(name))
        .map(|(_, read)| *read)
}

/// Reads an LDAP filter; the error says what is wrong with it.
pub fn parse(text: &str) -> Result<LdapFilter, String> {
    let chars: Vec<char> = text.trim().chars().collect();
    let mut at = 0;
    let filter = item_or_group(&chars, &mut at)?;
    if at != chars.len() {
        return Err(format!(
            "unexpected text at character {}: {}",
            at + 1,
            chars[at..].iter().collect::<String>()
        ));
    }
    Ok(filter)
}

/// A filter with or without its parentheses.
fn item_or_group(chars: &[char], at: &mut usize) -> Result<LdapFilter, String> {
    if chars.get(*at) == Some(&'(') {
        *at += 1;
        let inner = unparenthesized(chars, at)?;
        if chars.get(*at) != Some(&')') {
            return Err(format!("a ')' is missing at character {}", *at + 1));
        }
        *at += 1;
        Ok(inner)
    } else {
        unparenthesized(chars, at)
    }
}

fn unparenthesized(chars: &[char], at: &mut usize) -> Result<LdapFilter, String> {
    match chars.get(*at) {
        Some('&') | Some('|') => {
            let and = chars[*at] == '&';
            *at += 1;
            let mut parts = Vec::new();
            while chars.get(*at) == Some(&'(') {
                parts.push(item_or_group(chars, at)?);
            }
            if parts.is_empty() {
                return Err(format!(
                    "'{}' needs at least one (...) after it",
                    if and { '&' } else { '|' }
                ));
            }
            Ok(if and {
                LdapFilter::And(parts)
            } else {
                LdapFilter::Or(parts)
            })
        }
        Some('!') => {
            *at += 1;
            if chars.get(*at) != Some(&'(') {
                return Err("'!' needs a (...) after it".into());
            }
            Ok(LdapFilter::Not(Box::new(item_or_group(chars, at)?)))
        }
        _ => item(chars, at),
    }
}

fn item(chars: &[char], at: &mut usize) -> Result<LdapFilter, String> {
    let start = *at;
    while *at < chars.len() && !matches!(chars[*at], '=' | '>' | '<' | '~' | '(' | ')') {
        *at += 1;
    }
    let attribute_name: String = chars[start..*at]
        .iter()
        .collect::<String>()
        .trim()
        .to_string();
    let op = match (chars.get(*at), chars.get(*at + 1)) {
        (Some('='), _) => {
            *at += 1;
            ItemOp::Equal
        }
        (Some('>'), Some('=')) => {
            *at += 2;
            ItemOp::GreaterOrEqual
        }
        (Some('<'), Some('=')) => {
            *at += 2;
            ItemOp::LessOrEqual
        }
        (Some('~'), Some('=')) => {
            *at += 2;
            ItemOp::Equal
        }
        _ => {
            return Err(format!(
                "expected attribute=value at character {}",
                start + 1
            ))
        }
    };
    if attribute_name.is_empty() {
        return Err(format!(
            "an attribute name is missing at character {}",
            start + 1
        ));
    }
    if attribute(&attribute_name).is_none() {
        return Err(format!(
            "'{attribute_name}' is not an attribute lyncsh's directory has"
        ));
    }
    let value_start = *at;
    while *at < chars.len() && chars[*at] != ')' {
        *at += 1;
    }
    Ok(LdapFilter::Item {
        attribute: attribute_name,
        op,
        value: chars[value_start..*at]
            .iter()
            .collect::<String>()
            .trim()
            .to_string(),
    })
}

impl LdapFilter {
    pub fn matches(&self, user: &User) -> bool {
        match self {
            LdapFilter::And(parts) => parts.iter().all(|p| p.matches(user)),
            LdapFilter::Or(parts) => parts.iter().any(|p| p.matches(user)),
            LdapFilter::Not(inner) => !inner.matches(user),
            LdapFilter::Item {
                attribute: name,
                op,
                value,
            } => {
                let held = attribute(name).map(|read| read(user)).unwrap_or_default();
                match op {
                    ItemOp::Equal if value == "*" => !held.is_empty(),
                    ItemOp::Equal => wildcard_match(value, &held, false),
                    ItemOp::GreaterOrEqual => {
                        held.to_ascii_lowercase() >= value.to_ascii_lowercase()
                    }
                    ItemOp::LessOrEqual => held.to_ascii_lowercase() <= value.to_ascii_lowercase(),
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn accountant() -> User {
        User {
            department: "Finance".into(),
            title: "Accountant".into(),
            city: "Redmond".into(),
            ..User::default()
        }
    }

    #[test]
    fn the_reference_forms_read_and_match() {
        let user = accountant();
        for filter in [
            "Department=Finance",
            "l=Redmond",
            "&(Department=Finance)(Title=Accountant)",
            "(&(Title=Accountant)(l=Redmond))",
            "(|(Title=Accountant)(Title=Senior Accountant))",
            "|(Title=Supervisor)(Title=Account*)",
            "(!(Department=Sales))",
            "department=*",
        ] {
            assert!(parse(filter).unwrap().matches(&user), "{filter}");
        }
        assert!(!parse("Title=Manager").unwrap().matches(&user));
    }

    #[test]
    fn malformed_filters_say_what_is_wrong() {
        assert_eq!(
            parse("(Department=Finance").unwrap_err(),
            "a ')' is missing at character 20"
        );
        assert_eq!(
            parse("Shoe=9").unwrap_err(),
            "'Shoe' is not an attribute lyncsh's directory has"
        );
        assert_eq!(
            parse("&").unwrap_err(),
            "'&' needs at least one (...) after it"
        );
    }
}
