//! The `-Filter` of the user cmdlets: `{Property -op value}` comparisons joined with `-and`,
//! `-or` and `-not`, in parentheses if need be, as Get-CsUser takes them. Values are `$null`,
//! `$true`, `$false`, quoted strings or bare words; the operators are -eq, -ne, -like,
//! -notlike, -gt, -ge, -lt and -le, without case.

use crate::wildcard::wildcard_match;

/// A value a property holds or a filter compares with. An empty attribute is `$null`.
#[derive(Clone, Debug, PartialEq)]
pub enum Operand {
    Null,
    Bool(bool),
    Text(String),
}

impl Operand {
    pub fn text(s: &str) -> Operand {
        if s.is_empty() {
            Operand::Null
        } else {
            Operand::Text(s.to_string())
        }
    }

    pub fn optional_bool(b: Option<bool>) -> Operand {
        b.map_or(Operand::Null, Operand::Bool)
    }

    fn as_text(&self) -> String {
        match self {
            Operand::Null => String::new(),
            Operand::Bool(b) => if *b { "True" } else { "False" }.into(),
            Operand::Text(t) => t.clone(),
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Op {
    Eq,
    Ne,
    Like,
    NotLike,
    Gt,
    Ge,
    Lt,
    Le,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Filter {
    Compare {
        property: String,
        op: Op,
        value: Operand,
    },
    And(Box<Filter>, Box<Filter>),
    Or(Box<Filter>, Box<Filter>),
    Not(Box<Filter>),
}

#[derive(Clone, Debug, PartialEq)]
enum Token {
    Open,
    Close,
    Dash(String),
    Value(Operand),
    Word(String),
}

fn tokens(text: &str) -> Result<Vec<Token>, String> {
    let mut out = Vec::new();
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        match c {
            c if c.is_whitespace() => i += 1,
            '(' => {
                out.push(Token::Open);
                i += 1;
            }
            ')' => {
                out.push(Token::Close);
                i += 1;
            }
            '"' | '\'' => {
                let end = chars[i + 1..]
                    .iter()
                    .position(|&d| d == c)
                    .ok_or("a quoted string is not closed")?;
                let s: String = chars[i + 1..i + 1 + end].iter().collect();
                out.push(Token::Value(Operand::Text(s)));
                i += end + 2;
            }
            _ => {
                let start = i;
                while i < chars.len() && !chars[i].is_whitespace() && !matches!(chars[i], '(' | ')')
                {
                    i += 1;
                }
                let word: String = chars[start..i].iter().collect();
                let lower = word.to_ascii_lowercase();
                out.push(match lower.as_str() {
                    "$null" => Token::Value(Operand::Null),
                    "$true" => Token::Value(Operand::Bool(true)),
                    "$false" => Token::Value(Operand::Bool(false)),
                    _ if lower.starts_with('-') && lower.len() > 1 => {
                        Token::Dash(lower[1..].into())
                    }
                    _ if lower.starts_with('$') => {
                        return Err(format!("the variable {word} cannot be used in a filter"))
                    }
                    _ => Token::Word(word),
                });
            }
        }
    }
    Ok(out)
}

/// Reads a filter; the error says what is wrong with it.
pub fn parse(text: &str) -> Result<Filter, String> {
    let trimmed = text.trim();
    let inner = trimmed
        .strip_prefix('{')
        .and_then(|t| t.strip_suffix('}'))
        .unwrap_or(trimmed);
    let tokens = tokens(inner)?;
    if tokens.is_empty() {
        return Err("the filter is empty".into());
    }
    let mut parser = Parser { tokens, at: 0 };
    let filter = parser.or()?;
    match parser.tokens.get(parser.at) {
        None => Ok(filter),
        Some(t) => Err(format!(
            "unexpected {} after a complete comparison",
            shown(t)
        )),
    }
}

fn shown(token: &Token) -> String {
    match token {
        Token::Open => "'('".into(),
        Token::Close => "')'".into(),
        Token::Dash(word) => format!("'-{word}'"),
        Token::Value(v) => format!("'{}'", v.as_text()),
        Token::Word(w) => format!("'{w}'"),
    }
}

struct Parser {
    tokens: Vec<Token>,
    at: usize,
}

impl Parser {
    fn peek_dash(&self, word: &str) -> bool {
        matches!(self.tokens.get(self.at), Some(Token::Dash(w)) if w == word)
    }

    fn or(&mut self) -> Result<Filter, String> {
        let mut left = self.and()?;
        while self.peek_dash("or") {
            self.at += 1;
            left = Filter::Or(Box::new(left), Box::new(self.and()?));
        }
        Ok(left)
    }

    fn and(&mut self) -> Result<Filter, String> {
        let mut left = self.unary()?;
        while self.peek_dash("and") {
            self.at += 1;
            left = Filter::And(Box::new(left), Box::new(self.unary()?));
        }
        Ok(left)
    }

    fn unary(&mut self) -> Result<Filter, String> {
        if self.peek_dash("not") {
            self.at += 1;
            return Ok(Filter::Not(Box::new(self.unary()?)));
        }
        if self.tokens.get(self.at) == Some(&Token::Open) {
            self.at += 1;
            let inner = self.or()?;
            if self.tokens.get(self.at) != Some(&Token::Close) {
                return Err("a '(' is not closed".into());
            }
            self.at += 1;
            return Ok(inner);
        }
        self.comparison()
    }

    fn comparison(&mut self) -> Result<Filter, String> {
        let property = match self.tokens.get(self.at) {
            Some(Token::Word(w)) => w.clone(),
            Some(t) => return Err(format!("expected a property name, found {}", shown(t))),
            None => return Err("expected a property name at the end".into()),
        };
        self.at += 1;
        let op = match self.tokens.get(self.at) {
            Some(Token::Dash(op)) => match op.as_str() {
                "eq" | "ieq" | "ceq" => Op::Eq,
                "ne" | "ine" | "cne" => Op::Ne,
                "like" | "ilike" => Op::Like,
                "notlike" | "inotlike" => Op::NotLike,
                "gt" => Op::Gt,
                "ge" => Op::Ge,
                "lt" => Op::Lt,
                "le" => Op::Le,
                other => {
                    return Err(format!(
                        "the operator -{other} is not supported in a filter"
                    ))
                }
            },
            Some(t) => {
                return Err(format!(
                    "expected an operator after {property}, found {}",
                    shown(t)
                ))
            }
            None => return Err(format!("expected an operator after {property}")),
        };
        self.at += 1;
        let value = match self.tokens.get(self.at) {
            Some(Token::Value(v)) => v.clone(),
            Some(Token::Word(w)) => Operand::Text(w.clone()),
            Some(t) => return Err(format!("expected a value, found {}", shown(t))),
            None => return Err(format!("expected a value after the operator on {property}")),
        };
        self.at += 1;
        Ok(Filter::Compare {
            property,
            op,
            value,
        })
    }
}

impl Filter {
    /// The properties the filter reads, to check them before any user is looked at.
    pub fn properties(&self) -> Vec<&str> {
        match self {
            Filter::Compare { property, .. } => vec![property],
            Filter::And(a, b) | Filter::Or(a, b) => {
                let mut names = a.properties();
                names.extend(b.properties());
                names
            }
            Filter::Not(a) => a.properties(),
        }
    }

    /// Whether the object whose properties `lookup` gives passes the filter.
    pub fn matches(&self, lookup: &dyn Fn(&str) -> Operand) -> bool {
        match self {
            Filter::Compare {
                property,
                op,
                value,
            } => compare(&lookup(property), *op, value),
            Filter::And(a, b) => a.matches(lookup) && b.matches(lookup),
            Filter::Or(a, b) => a.matches(lookup) || b.matches(lookup),
            Filter::Not(a) => !a.matches(lookup),
        }
    }
}

fn equal(held: &Operand, wanted: &Operand) -> bool {
    match (held, wanted) {
        (Operand::Null, Operand::Null) => true,
        (Operand::Null, _) | (_, Operand::Null) => false,
        (a, b) => a.as_text().eq_ignore_ascii_case(&b.as_text()),
    }
}

fn compare(held: &Operand, op: Op, wanted: &Operand) -> bool {
    let order = || {
        held.as_text()
            .to_ascii_lowercase()
            .cmp(&wanted.as_text().to_ascii_lowercase())
    };
    match op {
        Op::Eq => equal(held, wanted),
        Op::Ne => !equal(held, wanted),
        Op::Like => wildcard_match(&wanted.as_text(), &held.as_text(), false),
        Op::NotLike => !wildcard_match(&wanted.as_text(), &held.as_text(), false),
        Op::Gt => order().is_gt(),
        Op::Ge => order().is_ge(),
        Op::Lt => order().is_lt(),
        Op::Le => order().is_le(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(filter: &str, values: &[(&str, Operand)]) -> bool {
        let lookup = |name: &str| {
            values
                .iter()
                .find(|(n, _)| n.eq_ignore_ascii_case(name))
                .map_or(Operand::Null, |(_, v)| v.clone())
        };
        parse(filter).unwrap().matches(&lookup)
    }

    #[test]
    fn comparisons_read_as_the_reference_writes_them() {
        let ken = [
            ("Enabled", Operand::Bool(true)),
            ("RegistrarPool", Operand::text("atl-cs-001.litwareinc.com")),
            ("DisplayName", Operand::text("Ken Myer")),
        ];
        assert!(check(
            "{RegistrarPool -eq \"atl-cs-001.litwareinc.com\"}",
            &ken
        ));
        assert!(check("Enabled -eq $True", &ken));
        assert!(!check("{Enabled -ne $True}", &ken));
        assert!(check("{VoicePolicy -eq $Null}", &ken));
        assert!(check(
            "{DisplayName -like 'Ken*' -and -not (Enabled -eq $false)}",
            &ken
        ));
        assert!(check(
            "{DisplayName -eq 'User1' -or DisplayName -eq 'ken myer'}",
            &ken
        ));
    }

    #[test]
    fn malformed_filters_say_what_is_wrong() {
        assert_eq!(
            parse("{Enabled -match 'x'}").unwrap_err(),
            "the operator -match is not supported in a filter"
        );
        assert_eq!(
            parse("{(Enabled -eq $true}").unwrap_err(),
            "a '(' is not closed"
        );
        assert_eq!(
            parse("{DisplayName - eq 'x'}").unwrap_err(),
            "expected an operator after DisplayName, found '-'"
        );
    }
}
