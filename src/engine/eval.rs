//! Expressions: literals, variables, members, operators, script blocks.

use super::{dotnet, regex_ops, Engine, Flow};
use crate::ast::*;
use crate::error::{ErrorCategory, ErrorRecord};
use crate::span::Span;
use crate::value::{Hashtable, TimeSpan, Value};
use crate::wildcard::wildcard_match;
use std::cell::RefCell;
use std::cmp::Ordering;
use std::rc::Rc;

fn runtime_error(message: impl Into<String>, id: &str, category: ErrorCategory) -> ErrorRecord {
    ErrorRecord::new(message, id, category, "RuntimeException")
}

impl Engine {
    fn fail(
        &self,
        message: impl Into<String>,
        id: &str,
        category: ErrorCategory,
        span: Span,
    ) -> Flow {
        runtime_error(message, id, category)
            .at(Some(self.position(span)))
            .into()
    }

    pub(super) fn eval(&mut self, e: &Expr) -> Result<Value, Flow> {
        match &e.kind {
            ExprKind::String { value, .. } => Ok(Value::str(value)),
            ExprKind::Expandable { parts, .. } => {
                let mut text = String::new();
                for part in parts {
                    match part {
                        StringPart::Text(t) => text.push_str(t),
                        StringPart::Variable(name) => {
                            text.push_str(&self.variable(name).to_expanded())
                        }
                        StringPart::SubExpression(statements) => {
                            let mut out = Vec::new();
                            self.exec_block(statements, &mut out)?;
                            text.push_str(&Value::array(out).to_expanded());
                        }
                    }
                }
                Ok(Value::str(text))
            }
            ExprKind::Number(Number::Int32(n)) => Ok(Value::Int32(*n)),
            ExprKind::Number(Number::Int64(n)) => Ok(Value::Int64(*n)),
            ExprKind::Number(Number::Double(n)) => Ok(Value::Double(*n)),
            ExprKind::Variable(name) => Ok(self.variable(name)),
            ExprKind::Splat(_) => Err(self.fail(
                "lyncsh does not support splatting (@name).",
                "NotSupportedByLyncsh",
                ErrorCategory::NotImplemented,
                e.span,
            )),
            ExprKind::Array(items) => {
                let mut values = Vec::with_capacity(items.len());
                for item in items {
                    values.push(self.eval(item)?);
                }
                Ok(Value::array(values))
            }
            ExprKind::Hashtable(entries) => {
                let mut table = Hashtable::default();
                for (key, statement) in entries {
                    let key = self.eval(key)?;
                    let mut out = Vec::new();
                    self.exec_statement(statement, &mut out)?;
                    let value = match out.len() {
                        0 => Value::Null,
                        1 => out.pop().unwrap_or_default(),
                        _ => Value::array(out),
                    };
                    table.insert(key, value);
                }
                Ok(Value::Hashtable(Rc::new(RefCell::new(table))))
            }
            ExprKind::ScriptBlock(block) => Ok(Value::ScriptBlock(block.clone())),
            ExprKind::Paren(statement) => {
                let mut out = Vec::new();
                self.exec_statement(statement, &mut out)?;
                Ok(match out.len() {
                    0 => Value::Null,
                    1 => out.pop().unwrap_or_default(),
                    _ => Value::array(out),
                })
            }
            ExprKind::SubExpression(statements) => {
                let mut out = Vec::new();
                self.exec_block(statements, &mut out)?;
                Ok(match out.len() {
                    0 => Value::Null,
                    1 => out.pop().unwrap_or_default(),
                    _ => Value::array(out),
                })
            }
            ExprKind::ArrayExpression(statements) => {
                let mut out = Vec::new();
                self.exec_block(statements, &mut out)?;
                Ok(Value::array(
                    out.into_iter().flat_map(Value::into_items).collect(),
                ))
            }
            ExprKind::TypeLiteral(name) => Ok(Value::Type(Rc::from(name.as_str()))),
            ExprKind::Member(m) => {
                let target_value = self.eval(&m.target)?;
                let name = self.eval(&m.name)?.to_display();
                if m.is_static {
                    return dotnet::static_member(&target_value.to_display(), &name)
                        .map_err(|err| self.member_error(err, e.span));
                }
                Ok(member(&target_value, &name))
            }
            ExprKind::MethodCall(call) => {
                let MethodCall {
                    target,
                    name,
                    args,
                    is_static,
                } = &**call;
                // $Error is an ArrayList that scripts empty before they start.
                if let ExprKind::Variable(variable) = &target.kind {
                    if variable.eq_ignore_ascii_case("Error")
                        && name.eq_ignore_ascii_case("Clear")
                        && args.is_empty()
                    {
                        self.session.errors.clear();
                        return Ok(Value::Null);
                    }
                }
                let target_value = self.eval(target)?;
                let mut values = Vec::new();
                for arg in args {
                    values.push(self.eval(arg)?);
                }
                let is_property = matches!(&target.kind, ExprKind::Member(m) if !m.is_static);
                if let (Value::Array(items), true) = (&target_value, is_property && !*is_static) {
                    if let Some((changed, result)) = dotnet::list_method(items, name, &values) {
                        // A list held in a property (`$x.Extensions.Remove(".ps1")`) is
                        // changed in place, as a .NET List<T> would be.
                        self.assign(target, AssignOp::Assign, changed)?;
                        return Ok(result);
                    }
                }
                if *is_static {
                    if let Some(result) =
                        self.file_method(&target_value.to_display(), name, &values, e.span)
                    {
                        return result.map_err(Flow::Error);
                    }
                }
                let result = if *is_static {
                    dotnet::static_method(&target_value.to_display(), name, &values)
                } else {
                    dotnet::method(&target_value, name, &values)
                };
                result.map_err(|err| self.member_error(err, e.span))
            }
            ExprKind::Index(i) => {
                let target = self.eval(&i.target)?;
                let index = self.eval(&i.index)?;
                self.index(&target, &index, e.span)
            }
            ExprKind::Unary { op, operand } => self.unary(*op, operand, e.span),
            ExprKind::Binary(b) => self.binary(b.op, &b.left, &b.right, e.span),
            ExprKind::Cast { type_name, operand } => {
                let value = self.eval(operand)?;
                self.cast(type_name, value, e.span)
            }
        }
    }

    fn variable(&mut self, name: &str) -> Value {
        let lower = name.to_ascii_lowercase();
        match lower.as_str() {
            "true" => Value::Bool(true),
            "false" => Value::Bool(false),
            "null" => Value::Null,
            "?" => Value::Bool(self.last_ok),
            "error" => Value::array(
                self.session
                    .errors
                    .iter()
                    .map(|e| Value::Error(e.clone()))
                    .collect(),
            ),
            "formatenumerationlimit" => self
                .session
                .variables
                .get(name)
                .cloned()
                .unwrap_or(Value::Int32(4)),
            "psitem" => self.get_variable("_").cloned().unwrap_or_default(),
            // The lab's environment, not the host's: the Front End server an admin works on.
            _ if lower.starts_with("env:") => match &lower[4..] {
                "computername" => Value::str("ATL-CS-001"),
                "username" => Value::str("Administrator"),
                "userdomain" => Value::str("LITWAREINC"),
                "userdnsdomain" => Value::str("LITWAREINC.COM"),
                "logonserver" => Value::str("\\\\ATL-DC-001"),
                _ => Value::Null,
            },
            _ => self.get_variable(name).cloned().unwrap_or_default(),
        }
    }

    /// `$x = v`, `$x += v`, `$x.Prop = v`, `$h['k'] = v`.
    pub(super) fn assign(&mut self, target: &Expr, op: AssignOp, value: Value) -> Result<(), Flow> {
        let combined = |engine: &mut Engine, current: Value| -> Result<Value, Flow> {
            Ok(match op {
                AssignOp::Assign => value.clone(),
                AssignOp::Add => {
                    engine.arith(BinaryOp::Add, current, value.clone(), target.span)?
                }
                AssignOp::Subtract => {
                    engine.arith(BinaryOp::Subtract, current, value.clone(), target.span)?
                }
                AssignOp::Multiply => {
                    engine.arith(BinaryOp::Multiply, current, value.clone(), target.span)?
                }
                AssignOp::Divide => {
                    engine.arith(BinaryOp::Divide, current, value.clone(), target.span)?
                }
            })
        };
        match &target.kind {
            ExprKind::Variable(name) => {
                // `$null = ...` is PowerShell's way of discarding a value.
                if strip_scope(name).eq_ignore_ascii_case("null") {
                    return Ok(());
                }
                if let Some(message) = read_only(name) {
                    let id = "VariableNotWritable";
                    return Err(self.fail(message, id, ErrorCategory::InvalidOperation, target.span));
                }
                let current = self.variable(name);
                let new = combined(self, current)?;
                self.set_user_variable(name, new)
                    .map_err(|m| self.fail(m, "VariableNotWritable", ErrorCategory::InvalidOperation, target.span))
            }
            ExprKind::Member(m) if !m.is_static => {
                let object = self.eval(&m.target)?;
                let name = self.eval(&m.name)?.to_display();
                let current = member(&object, &name);
                let new = combined(self, current)?;
                self.set_member(&object, &name, new, target.span)
            }
            ExprKind::Index(i) => {
                let object = self.eval(&i.target)?;
                let index = self.eval(&i.index)?;
                match &object {
                    Value::Hashtable(h) => {
                        let current = h.borrow().get(&index.to_display()).cloned().unwrap_or_default();
                        let new = combined(self, current)?;
                        h.borrow_mut().insert(index, new);
                        Ok(())
                    }
                    _ => Err(self.fail("lyncsh supports index assignment on hashtables only.", "NotSupportedByLyncsh", ErrorCategory::NotImplemented, target.span)),
                }
            }
            // `[array]$x = ...`: the value is converted to the type, then assigned.
            ExprKind::Cast { type_name, operand }
                if matches!(&operand.kind, ExprKind::Variable(_)) =>
            {
                let current = self.eval(operand)?;
                let new = combined(self, current)?;
                let converted = self.cast(type_name, new, target.span)?;
                self.assign(operand, AssignOp::Assign, converted)
            }
            _ => Err(self.fail(
                "The assignment expression is not valid. The input to an assignment operator must be an object that is able to accept assignments, such as a variable or a property.",
                "InvalidLeftHandSide",
                ErrorCategory::ParserError,
                target.span,
            )),
        }
    }

    fn set_member(
        &mut self,
        object: &Value,
        name: &str,
        value: Value,
        span: Span,
    ) -> Result<(), Flow> {
        match object {
            Value::Object(o) => {
                let mut o = o.borrow_mut();
                match o.get_mut(name) {
                    Some(slot) => {
                        let converted = convert_like(slot, value).map_err(|m| self.fail(m, "ExceptionWhenSetting", ErrorCategory::InvalidOperation, span))?;
                        *slot = converted;
                        Ok(())
                    }
                    None => Err(self.fail(
                        format!("Property '{name}' cannot be found on this object. Verify that the property exists and can be set."),
                        "PropertyAssignmentException",
                        ErrorCategory::InvalidOperation,
                        span,
                    )),
                }
            }
            Value::Hashtable(h) => {
                h.borrow_mut().insert(Value::str(name), value);
                Ok(())
            }
            Value::Null => Err(self.fail(
                format!("The property '{name}' cannot be found on this object. Verify that the property exists and can be set."),
                "PropertyNotFound",
                ErrorCategory::InvalidOperation,
                span,
            )),
            _ => Err(self.fail(
                format!("'{name}' is a ReadOnly property."),
                "PropertyAssignmentException",
                ErrorCategory::InvalidOperation,
                span,
            )),
        }
    }

    fn member_error(&self, e: dotnet::MemberError, span: Span) -> Flow {
        self.fail(e.message, e.id, e.category, span)
    }

    fn index(&mut self, target: &Value, index: &Value, span: Span) -> Result<Value, Flow> {
        match target {
            Value::Null => Err(self.fail(
                "Cannot index into a null array.",
                "NullArray",
                ErrorCategory::InvalidOperation,
                span,
            )),
            Value::Hashtable(h) => Ok(h
                .borrow()
                .get(&index.to_display())
                .cloned()
                .unwrap_or_default()),
            Value::Array(items) => match index {
                Value::Array(indices) => {
                    let mut out = Vec::new();
                    for i in indices.iter() {
                        out.push(self.index(target, i, span)?);
                    }
                    Ok(Value::array(out))
                }
                other => {
                    let Some(i) = other.as_i128() else {
                        return Ok(Value::Null);
                    };
                    let len = items.len() as i128;
                    let i = if i < 0 { len + i } else { i };
                    Ok(if (0..len).contains(&i) {
                        items[i as usize].clone()
                    } else {
                        Value::Null
                    })
                }
            },
            Value::Str(s) => {
                let chars: Vec<char> = s.chars().collect();
                let Some(i) = index.as_i128() else {
                    return Ok(Value::Null);
                };
                let len = chars.len() as i128;
                let i = if i < 0 { len + i } else { i };
                Ok(if (0..len).contains(&i) {
                    Value::str(chars[i as usize].to_string())
                } else {
                    Value::Null
                })
            }
            Value::Object(_) => Ok(
                if index.as_i128() == Some(0) || index.as_i128() == Some(-1) {
                    target.clone()
                } else {
                    Value::Null
                },
            ),
            other => Ok(if index.as_i128() == Some(0) {
                other.clone()
            } else {
                Value::Null
            }),
        }
    }

    fn unary(&mut self, op: UnaryOp, operand: &Expr, span: Span) -> Result<Value, Flow> {
        match op {
            UnaryOp::PreIncrement
            | UnaryOp::PreDecrement
            | UnaryOp::PostIncrement
            | UnaryOp::PostDecrement => {
                let current = self.eval(operand)?;
                let delta = if matches!(op, UnaryOp::PreIncrement | UnaryOp::PostIncrement) {
                    BinaryOp::Add
                } else {
                    BinaryOp::Subtract
                };
                let new = self.arith(delta, current.clone(), Value::Int32(1), span)?;
                self.assign(operand, AssignOp::Assign, new.clone())?;
                Ok(
                    if matches!(op, UnaryOp::PostIncrement | UnaryOp::PostDecrement) {
                        current
                    } else {
                        new
                    },
                )
            }
            _ => {
                let value = self.eval(operand)?;
                Ok(match op {
                    UnaryOp::Not => Value::Bool(!value.is_truthy()),
                    UnaryOp::Negate => {
                        self.arith(BinaryOp::Subtract, Value::Int32(0), value, span)?
                    }
                    UnaryOp::Plus => value,
                    UnaryOp::BitNot => Value::Int64(!(value.as_i128().unwrap_or(0) as i64)),
                    UnaryOp::Comma => Value::array(vec![value]),
                    UnaryOp::Join => Value::str(self.join(value, "", span)?),
                    UnaryOp::Split => Value::array(
                        value
                            .to_display()
                            .split_whitespace()
                            .map(Value::str)
                            .collect(),
                    ),
                    _ => Value::Null,
                })
            }
        }
    }

    fn binary(
        &mut self,
        op: BinaryOp,
        left: &Expr,
        right: &Expr,
        span: Span,
    ) -> Result<Value, Flow> {
        match op {
            BinaryOp::And => {
                let l = self.eval(left)?;
                if !l.is_truthy() {
                    return Ok(Value::Bool(false));
                }
                Ok(Value::Bool(self.eval(right)?.is_truthy()))
            }
            BinaryOp::Or => {
                let l = self.eval(left)?;
                if l.is_truthy() {
                    return Ok(Value::Bool(true));
                }
                Ok(Value::Bool(self.eval(right)?.is_truthy()))
            }
            _ => {
                let l = self.eval(left)?;
                let r = self.eval(right)?;
                match op {
                    BinaryOp::Xor => Ok(Value::Bool(l.is_truthy() ^ r.is_truthy())),
                    BinaryOp::Compare { op, case_sensitive } => {
                        self.compare(op, case_sensitive, l, r, span)
                    }
                    BinaryOp::Range => {
                        let (Some(a), Some(b)) = (
                            l.as_i128().or_else(|| int_of(&l)),
                            r.as_i128().or_else(|| int_of(&r)),
                        ) else {
                            return Err(self.fail(
                                "The range operator needs numbers.",
                                "RangeNeedsNumbers",
                                ErrorCategory::InvalidArgument,
                                span,
                            ));
                        };
                        if (a - b).unsigned_abs() >= crate::limits::MAX_ITEMS as u128 {
                            return Err(self.fail(format!("The range is too large: lyncsh builds ranges of at most {} items.", crate::limits::count(crate::limits::MAX_ITEMS)), "RangeTooLarge", ErrorCategory::InvalidArgument, span));
                        }
                        let items: Vec<Value> = if a <= b {
                            (a..=b).map(|i| Value::Int32(i as i32)).collect()
                        } else {
                            (b..=a).rev().map(|i| Value::Int32(i as i32)).collect()
                        };
                        Ok(Value::array(items))
                    }
                    BinaryOp::Format => {
                        let format = l.to_display();
                        let args = r.into_items();
                        match format_operator(&format, &args) {
                            Ok(text) => Ok(Value::str(text)),
                            Err(FormatFailure::TooLong) => Err(self.string_too_long(span)),
                            Err(FormatFailure::InvalidSpecifier) => Err(runtime_error(
                                format!("Error formatting a string: {INVALID_SPECIFIER}."),
                                "FormatError",
                                ErrorCategory::InvalidOperation,
                            )
                            .with_target(format, "String")
                            .at(Some(self.position(span)))
                            .into()),
                        }
                    }
                    BinaryOp::BitAnd | BinaryOp::BitOr | BinaryOp::BitXor => {
                        let (a, b) = (l.as_i128().unwrap_or(0), r.as_i128().unwrap_or(0));
                        let v = match op {
                            BinaryOp::BitAnd => a & b,
                            BinaryOp::BitOr => a | b,
                            _ => a ^ b,
                        };
                        Ok(Value::Int64(v as i64))
                    }
                    arith => self.arith(arith, l, r, span),
                }
            }
        }
    }

    /// `-join`: the items' text with `separator` between them, refused before it is built when
    /// it would be too long.
    fn join(&self, items: Value, separator: &str, span: Span) -> Result<String, Flow> {
        let texts: Vec<String> = items.into_items().iter().map(Value::to_display).collect();
        let length = texts.iter().map(String::len).sum::<usize>()
            + separator.len() * texts.len().saturating_sub(1);
        self.check_string(length, span)?;
        Ok(texts.join(separator))
    }

    fn arith(&mut self, op: BinaryOp, l: Value, r: Value, span: Span) -> Result<Value, Flow> {
        match (&l, op) {
            (Value::Null, BinaryOp::Add) => return Ok(r),
            (Value::Str(s), BinaryOp::Add) => {
                let tail = r.to_display();
                self.check_string(s.len() + tail.len(), span)?;
                return Ok(Value::str(format!("{s}{tail}")));
            }
            // A string or array on the left repeats: `'-' * 20`, `@(0) * 5`.
            (Value::Str(_) | Value::Array(_), BinaryOp::Multiply) => {
                let times = r
                    .as_i128()
                    .or_else(|| r.to_display().trim().parse::<i128>().ok())
                    .ok_or_else(|| {
                        self.fail(
                            format!(
                                "Cannot convert value \"{}\" to type \"System.Int32\". Error: \"Input string was not in a correct format.\"",
                                r.to_display()
                            ),
                            "InvalidCastFromStringToInteger",
                            ErrorCategory::InvalidArgument,
                            span,
                        )
                    })?;
                let times = usize::try_from(times.max(0)).unwrap_or(usize::MAX);
                return match &l {
                    Value::Str(s) => {
                        self.check_string(s.len().saturating_mul(times), span)?;
                        Ok(Value::str(s.repeat(times)))
                    }
                    Value::Array(items) => {
                        self.check_items(items.len().saturating_mul(times), span)?;
                        let mut all = Vec::with_capacity(items.len() * times);
                        for _ in 0..times {
                            all.extend(items.iter().cloned());
                        }
                        Ok(Value::array(all))
                    }
                    _ => Ok(Value::Null),
                };
            }
            (Value::Array(items), BinaryOp::Add) => {
                let tail = r.into_items();
                self.check_items(items.len() + tail.len(), span)?;
                let mut all = items.to_vec();
                all.extend(tail);
                return Ok(Value::array(all));
            }
            (Value::Hashtable(h), BinaryOp::Add) => {
                let mut merged = h.borrow().clone();
                if let Value::Hashtable(other) = &r {
                    for (k, v) in other.borrow().entries().iter() {
                        merged.insert(k.clone(), v.clone());
                    }
                }
                return Ok(Value::Hashtable(Rc::new(RefCell::new(merged))));
            }
            (Value::TimeSpan(a), BinaryOp::Add | BinaryOp::Subtract) => {
                if let Value::TimeSpan(b) = r {
                    return Ok(Value::TimeSpan(TimeSpan(if op == BinaryOp::Add {
                        a.0 + b.0
                    } else {
                        a.0 - b.0
                    })));
                }
            }
            (Value::DateTime(d), BinaryOp::Add | BinaryOp::Subtract) => {
                let sum = match (&r, op) {
                    (Value::TimeSpan(t), BinaryOp::Add) => d.add_ticks(t.0).map(Value::DateTime),
                    (Value::TimeSpan(t), _) => d.add_ticks(-t.0).map(Value::DateTime),
                    (Value::DateTime(e), BinaryOp::Subtract) => {
                        Some(Value::TimeSpan(TimeSpan(d.0 - e.0)))
                    }
                    _ => None,
                };
                if let Some(sum) = sum {
                    return Ok(sum);
                }
            }
            _ => {}
        }
        let number = |v: &Value| -> Option<Value> {
            match v {
                Value::Null => Some(Value::Int32(0)),
                Value::Str(s) => crate::parse::lexical::whole_number(s.trim()).map(|n| match n {
                    Number::Int32(i) => Value::Int32(i),
                    Number::Int64(i) => Value::Int64(i),
                    Number::Double(d) => Value::Double(d),
                }),
                Value::Bool(b) => Some(Value::Int32(*b as i32)),
                v if v.is_number() => Some(v.clone()),
                _ => None,
            }
        };
        let (Some(a), Some(b)) = (number(&l), number(&r)) else {
            let symbol = match op {
                BinaryOp::Add => "+",
                BinaryOp::Subtract => "-",
                BinaryOp::Multiply => "*",
                BinaryOp::Divide => "/",
                _ => "%",
            };
            return Err(self.fail(
                format!("Method invocation failed because [{}] does not contain a method named 'op_{}'.", l.type_name(), op_name(symbol)),
                "MethodNotFound",
                ErrorCategory::InvalidOperation,
                span,
            ));
        };
        if let (Some(x), Some(y)) = (a.as_i128(), b.as_i128()) {
            let exact = match op {
                BinaryOp::Add => Some(x + y),
                BinaryOp::Subtract => Some(x - y),
                BinaryOp::Multiply => Some(x * y),
                BinaryOp::Modulo if y != 0 => Some(x % y),
                BinaryOp::Divide if y != 0 && x % y == 0 => Some(x / y),
                BinaryOp::Divide if y == 0 => {
                    return Err(self.fail(
                        "Attempted to divide by zero.",
                        "RuntimeException",
                        ErrorCategory::NotSpecified,
                        span,
                    ))
                }
                _ => None,
            };
            if let Some(v) = exact {
                return Ok(if let Ok(small) = i32::try_from(v) {
                    Value::Int32(small)
                } else if let Ok(big) = i64::try_from(v) {
                    Value::Int64(big)
                } else {
                    Value::Double(v as f64)
                });
            }
        }
        let (x, y) = (a.as_f64(), b.as_f64());
        Ok(Value::Double(match op {
            BinaryOp::Add => x + y,
            BinaryOp::Subtract => x - y,
            BinaryOp::Multiply => x * y,
            BinaryOp::Divide => x / y,
            _ => x % y,
        }))
    }

    /// A comparison operator applied to two values, as `-eq`/`-match`/... are in an expression
    /// (a collection on the left filters it).
    pub fn compare(
        &mut self,
        op: CompareOp,
        cs: bool,
        l: Value,
        r: Value,
        span: Span,
    ) -> Result<Value, Flow> {
        // A collection on the left filters: the matching elements are returned.
        if let Value::Array(items) = &l {
            if !matches!(
                op,
                CompareOp::Contains
                    | CompareOp::NotContains
                    | CompareOp::Is
                    | CompareOp::IsNot
                    | CompareOp::Join
                    | CompareOp::As
            ) {
                let mut out = Vec::new();
                for item in items.iter() {
                    let hit = self.compare(op, cs, item.clone(), r.clone(), span)?;
                    match op {
                        CompareOp::Replace => out.push(hit),
                        CompareOp::Split => out.extend(hit.into_items()),
                        _ if hit.is_truthy() => out.push(item.clone()),
                        _ => {}
                    }
                }
                return Ok(Value::array(out));
            }
        }
        Ok(match op {
            CompareOp::Eq => Value::Bool(loose_eq(&l, &r, cs)),
            CompareOp::Ne => Value::Bool(!loose_eq(&l, &r, cs)),
            CompareOp::Gt => Value::Bool(loose_cmp(&l, &r, cs) == Some(Ordering::Greater)),
            CompareOp::Ge => Value::Bool(matches!(
                loose_cmp(&l, &r, cs),
                Some(Ordering::Greater | Ordering::Equal)
            )),
            CompareOp::Lt => Value::Bool(loose_cmp(&l, &r, cs) == Some(Ordering::Less)),
            CompareOp::Le => Value::Bool(matches!(
                loose_cmp(&l, &r, cs),
                Some(Ordering::Less | Ordering::Equal)
            )),
            CompareOp::Like => Value::Bool(wildcard_match(&r.to_display(), &l.to_display(), cs)),
            CompareOp::NotLike => {
                Value::Bool(!wildcard_match(&r.to_display(), &l.to_display(), cs))
            }
            CompareOp::Contains => {
                Value::Bool(l.clone().into_items().iter().any(|i| loose_eq(i, &r, cs)))
            }
            CompareOp::NotContains => {
                Value::Bool(!l.clone().into_items().iter().any(|i| loose_eq(i, &r, cs)))
            }
            CompareOp::In => {
                Value::Bool(r.clone().into_items().iter().any(|i| loose_eq(&l, i, cs)))
            }
            CompareOp::NotIn => {
                Value::Bool(!r.clone().into_items().iter().any(|i| loose_eq(&l, i, cs)))
            }
            CompareOp::Join => Value::str(self.join(l, &r.to_display(), span)?),
            CompareOp::Is | CompareOp::IsNot => {
                let type_name = r.to_display().to_ascii_lowercase();
                let actual = l.type_name().to_ascii_lowercase();
                let short = l.short_type_name().to_ascii_lowercase();
                let is = actual == type_name
                    || short == type_name
                    || (type_name == "string" && matches!(l, Value::Str(_)))
                    || (type_name == "int" && matches!(l, Value::Int32(_)))
                    || (type_name == "bool" && matches!(l, Value::Bool(_)));
                Value::Bool(if op == CompareOp::Is { is } else { !is })
            }
            CompareOp::Match | CompareOp::NotMatch => {
                let regex = self.regex(&r.to_display(), cs, span)?;
                let text = l.to_display();
                let table = regex_ops::matches_table(&regex, &text)
                    .map_err(|m| self.regex_failure(m, &regex, span))?;
                let hit = table.is_some();
                if let Some(table) = table {
                    let table = Value::Hashtable(Rc::new(RefCell::new(table)));
                    self.put_variable("Matches", table);
                }
                Value::Bool(hit == (op == CompareOp::Match))
            }
            CompareOp::Replace => {
                let operands = r.into_items();
                let pattern = operands.first().map(Value::to_display).unwrap_or_default();
                let replacement = operands.get(1).map(Value::to_display).unwrap_or_default();
                let regex = self.regex(&pattern, cs, span)?;
                let text = l.to_display();
                if !replacement.is_empty() {
                    let hits = regex_ops::count(&regex, &text)
                        .map_err(|m| self.regex_failure(m, &regex, span))?;
                    self.check_string(
                        text.len()
                            .saturating_add(hits.saturating_mul(replacement.len())),
                        span,
                    )?;
                }
                let replaced = regex_ops::replace(&regex, &text, &replacement)
                    .map_err(|m| self.regex_failure(m, &regex, span))?;
                self.check_string(replaced.len(), span)?;
                Value::str(replaced)
            }
            CompareOp::Split => {
                let operands = r.into_items();
                let pattern = operands.first().map(Value::to_display).unwrap_or_default();
                let max = operands.get(1).and_then(Value::as_i128).unwrap_or(0).max(0);
                let regex = self.regex(&pattern, cs, span)?;
                let pieces = regex_ops::split(&regex, &l.to_display(), max as usize)
                    .map_err(|m| self.regex_failure(m, &regex, span))?;
                Value::array(pieces)
            }
            CompareOp::As => {
                return Err(self.fail(
                    format!(
                        "lyncsh does not support the -{} operator yet.",
                        format!("{op:?}").to_ascii_lowercase()
                    ),
                    "NotSupportedByLyncsh",
                    ErrorCategory::NotImplemented,
                    span,
                ));
            }
        })
    }

    /// Whether `text` matches `pattern` (a .NET pattern, case-insensitive unless `cs`).
    pub(super) fn regex_is_match(
        &mut self,
        pattern: &str,
        text: &str,
        cs: bool,
        span: Span,
    ) -> Result<bool, Flow> {
        let regex = self.regex(pattern, cs, span)?;
        regex_ops::is_match(&regex, text).map_err(|m| self.regex_failure(m, &regex, span))
    }

    /// The compiled .NET `pattern`; an invalid pattern is PowerShell's InvalidRegularExpression
    /// error, a construct lyncsh lacks its NotSupportedByLyncsh error.
    pub fn regex(
        &mut self,
        pattern: &str,
        cs: bool,
        span: Span,
    ) -> Result<Rc<regex_ops::DotnetRegex>, Flow> {
        regex_ops::compile(pattern, cs).map_err(|error| {
            let (id, category) = match error {
                regex_ops::PatternError::Invalid(_) => {
                    ("InvalidRegularExpression", ErrorCategory::InvalidOperation)
                }
                regex_ops::PatternError::Unsupported(_) => {
                    ("NotSupportedByLyncsh", ErrorCategory::NotImplemented)
                }
            };
            runtime_error(error.message(pattern), id, category)
                .with_target(pattern, "String")
                .at(Some(self.position(span)))
                .into()
        })
    }

    /// The error of a match the engine gave up (too much backtracking).
    pub fn regex_failure(
        &self,
        message: String,
        regex: &regex_ops::DotnetRegex,
        span: Span,
    ) -> Flow {
        runtime_error(message, "RegexMatchTimeout", ErrorCategory::LimitsExceeded)
            .with_target(regex.as_str(), "String")
            .at(Some(self.position(span)))
            .into()
    }

    fn cast(&mut self, type_name: &str, value: Value, span: Span) -> Result<Value, Flow> {
        use crate::signature::ParamType;
        let lower = type_name.trim().to_ascii_lowercase();
        // `[string[]]`, `[int[]]`: each item converted, always an array.
        if let Some(element) = lower.strip_suffix("[]") {
            if element != "object" && element != "system.object" {
                let mut items = Vec::new();
                for item in value.into_items() {
                    items.push(self.cast(element, item, span)?);
                }
                return Ok(Value::array(items));
            }
        }
        let ty = match lower.as_str() {
            "int" | "int32" | "system.int32" => ParamType::Int32,
            "long" | "int64" => ParamType::Int64,
            "uint16" | "system.uint16" => ParamType::UInt16,
            "uint32" => ParamType::UInt32,
            "uint64" => ParamType::UInt64,
            "double" => ParamType::Double,
            "bool" | "boolean" => return Ok(Value::Bool(value.is_truthy())),
            "string" | "system.string" => return Ok(Value::str(value.to_display())),
            "char" | "system.char" => ParamType::String,
            "timespan" | "system.timespan" => ParamType::TimeSpan,
            "datetime" | "system.datetime" => ParamType::DateTime,
            "array" | "object[]" | "system.object[]" | "system.array" => {
                return Ok(Value::array(value.into_items()))
            }
            "hashtable" => ParamType::Hashtable,
            "pscustomobject" | "psobject" => return Ok(custom_object(value)),
            _ => {
                return Err(self.fail(
                    format!("lyncsh does not support the type [{type_name}]."),
                    "NotSupportedByLyncsh",
                    ErrorCategory::NotImplemented,
                    span,
                ))
            }
        };
        crate::engine::convert::convert_argument("", &value, &ty).map_err(|e| {
            let message = e.message.replace("Cannot bind parameter ''. ", "");
            self.fail(
                message,
                "InvalidCastFromStringToInteger",
                ErrorCategory::InvalidArgument,
                span,
            )
        })
    }

    /// Runs a script block with `$_` set to `item`, returning its output.
    pub fn invoke_block(
        &mut self,
        block: &ScriptBlockAst,
        item: Option<Value>,
    ) -> Result<Vec<Value>, Flow> {
        let mut out = Vec::new();
        let result = self.with_current_item(item, |engine| {
            match engine.exec_block(&block.body.statements, &mut out) {
                // `return` in a ForEach-Object or Where-Object block ends that block only.
                Err(Flow::Return) => Ok(()),
                other => other,
            }
        });
        result.map(|_| out)
    }
}

/// PowerShell's refusal to assign an automatic or constant variable, if `name` is one.
fn read_only(name: &str) -> Option<String> {
    let plain = strip_scope(name);
    matches!(
        plain.to_ascii_lowercase().as_str(),
        "true" | "false" | "null" | "?" | "error" | "_"
    )
    .then(|| format!("Cannot overwrite variable {plain} because it is read-only or constant."))
}

/// `global:x` → `x`.
fn strip_scope(name: &str) -> &str {
    super::scope::plain_name(name)
}

impl Engine {
    /// Sets a variable as `$name = value` and Set-Variable do; the error is PowerShell's text
    /// for a read-only variable.
    pub fn set_user_variable(&mut self, name: &str, value: Value) -> Result<(), String> {
        if let Some(message) = read_only(name) {
            return Err(message);
        }
        let plain = strip_scope(name);
        if plain.eq_ignore_ascii_case("FormatEnumerationLimit") {
            let limit = value.as_i128().unwrap_or(4).clamp(-1, 10_000);
            crate::format::cell::set_enumeration_limit(limit as i32);
        }
        self.put_variable(name, value);
        Ok(())
    }
}

fn op_name(symbol: &str) -> &'static str {
    match symbol {
        "+" => "Addition",
        "-" => "Subtraction",
        "*" => "Multiply",
        "/" => "Division",
        _ => "Modulus",
    }
}

fn int_of(v: &Value) -> Option<i128> {
    match v {
        Value::Str(s) => s.trim().parse().ok(),
        _ => None,
    }
}

/// A property of a value: object and hashtable members, Count/Length, and member enumeration
/// over collections. Missing members are `$null`, as in PowerShell.
pub fn member(value: &Value, name: &str) -> Value {
    let lower = name.to_ascii_lowercase();
    match value {
        Value::Array(items) => match lower.as_str() {
            "count" | "length" => Value::Int32(items.len() as i32),
            _ => {
                // Member enumeration unrolls collection values, as ForEach-Object would.
                let found: Vec<Value> = items
                    .iter()
                    .flat_map(|i| member(i, name).into_items())
                    .collect();
                match found.len() {
                    0 => Value::Null,
                    1 => found.into_iter().next().unwrap_or_default(),
                    _ => Value::array(found),
                }
            }
        },
        Value::Str(s) if lower == "length" => Value::Int32(s.chars().count() as i32),
        // A type object, as GetType() returns it.
        Value::Type(full) => match lower.as_str() {
            "fullname" => Value::str(
                full.strip_prefix('[')
                    .and_then(|f| f.strip_suffix(']'))
                    .unwrap_or(full),
            ),
            "name" => Value::str(full.rsplit(['.', '+']).next().unwrap_or(full)),
            "namespace" => Value::str(full.rsplit_once('.').map_or("", |(ns, _)| ns)),
            _ => Value::Null,
        },
        Value::Hashtable(h) => match h.borrow().get(name) {
            Some(v) => v.clone(),
            None => match lower.as_str() {
                "count" => Value::Int32(h.borrow().len() as i32),
                "keys" => Value::array(
                    h.borrow()
                        .entries()
                        .iter()
                        .map(|(k, _)| k.clone())
                        .collect(),
                ),
                "values" => Value::array(
                    h.borrow()
                        .entries()
                        .iter()
                        .map(|(_, v)| v.clone())
                        .collect(),
                ),
                _ => Value::Null,
            },
        },
        Value::Object(o) => match o.borrow().get(name) {
            Some(v) => v.clone(),
            None if lower == "count" || lower == "length" => Value::Int32(1),
            None => Value::Null,
        },
        Value::TimeSpan(_) | Value::DateTime(_) => {
            crate::adapted::property(value, name).unwrap_or_default()
        }
        Value::Error(e) => match lower.as_str() {
            "fullyqualifiederrorid" => Value::str(e.fully_qualified_id()),
            "exception" => Value::object(
                crate::value::PsObject::new(exception_type(&e.exception))
                    .with("Message", Value::str(&e.message)),
            ),
            "categoryinfo" => Value::object(
                crate::value::PsObject::new("System.Management.Automation.ErrorCategoryInfo")
                    .with("Category", Value::str(e.category.to_string()))
                    .with("Activity", Value::str(&e.activity))
                    .with("Reason", Value::str(&e.exception))
                    .with("TargetName", Value::str(&e.target))
                    .with("TargetType", Value::str(&e.target_type)),
            ),
            "targetobject" if !e.target.is_empty() => Value::str(&e.target),
            _ => Value::Null,
        },
        // PowerShell 3 gives every value a Count and a Length, $null's being 0.
        Value::Null if lower == "count" || lower == "length" => Value::Int32(0),
        Value::Null => Value::Null,
        other if lower == "count" || lower == "length" => {
            Value::Int32(i32::from(!matches!(other, Value::Null)))
        }
        _ => Value::Null,
    }
}

/// The full .NET name of an exception type an error record names by its short name.
fn exception_type(short: &str) -> String {
    const AUTOMATION: [&str; 8] = [
        "RuntimeException",
        "ItemNotFoundException",
        "ParameterBindingException",
        "ParameterBindingValidationException",
        "CommandNotFoundException",
        "ActionPreferenceStopException",
        "ScriptCallDepthException",
        "ParentContainsErrorRecordException",
    ];
    if AUTOMATION.contains(&short) {
        format!("System.Management.Automation.{short}")
    } else if short.contains('.') {
        short.to_string()
    } else {
        format!("System.{short}")
    }
}

/// Converts `value` to the type of the property it replaces (typed properties of Lync objects).
fn convert_like(current: &Value, value: Value) -> Result<Value, String> {
    use crate::signature::ParamType;
    let ty = match current {
        Value::Bool(_) => ParamType::Bool,
        Value::Byte(_) => ParamType::Byte,
        Value::UInt16(_) => ParamType::UInt16,
        Value::UInt32(_) => ParamType::UInt32,
        Value::UInt64(_) => ParamType::UInt64,
        Value::Int32(_) => ParamType::Int32,
        Value::TimeSpan(_) => ParamType::TimeSpan,
        _ => return Ok(value),
    };
    crate::engine::convert::convert_argument("", &value, &ty).map_err(|e| {
        format!(
            "Exception setting the property: {}",
            e.message.replace("Cannot bind parameter ''. ", "")
        )
    })
}

/// A scalar comparison as Where-Object's simplified syntax runs it.
pub fn compare_values(op: CompareOp, cs: bool, l: &Value, r: &Value) -> bool {
    match op {
        CompareOp::Eq => loose_eq(l, r, cs),
        CompareOp::Ne => !loose_eq(l, r, cs),
        CompareOp::Gt => loose_cmp(l, r, cs) == Some(Ordering::Greater),
        CompareOp::Ge => matches!(
            loose_cmp(l, r, cs),
            Some(Ordering::Greater | Ordering::Equal)
        ),
        CompareOp::Lt => loose_cmp(l, r, cs) == Some(Ordering::Less),
        CompareOp::Le => matches!(loose_cmp(l, r, cs), Some(Ordering::Less | Ordering::Equal)),
        CompareOp::Like => wildcard_match(&r.to_display(), &l.to_display(), cs),
        CompareOp::NotLike => !wildcard_match(&r.to_display(), &l.to_display(), cs),
        CompareOp::Contains => l.clone().into_items().iter().any(|i| loose_eq(i, r, cs)),
        CompareOp::NotContains => !l.clone().into_items().iter().any(|i| loose_eq(i, r, cs)),
        CompareOp::In => r.clone().into_items().iter().any(|i| loose_eq(l, i, cs)),
        CompareOp::NotIn => !r.clone().into_items().iter().any(|i| loose_eq(l, i, cs)),
        _ => false,
    }
}

/// PowerShell equality: the right side is converted to the left side's type; strings compare
/// case-insensitively unless `cs`.
pub fn loose_eq(l: &Value, r: &Value, cs: bool) -> bool {
    match (l, r) {
        (Value::Null, Value::Null) => true,
        (Value::Null, _) | (_, Value::Null) => false,
        (Value::Bool(a), other) => *a == other.is_truthy(),
        (Value::DateTime(_), _) => loose_cmp(l, r, cs) == Some(Ordering::Equal),
        (a, b) if a.is_number() => match b {
            b if b.is_number() => a.as_f64() == b.as_f64(),
            Value::Str(s) => s.trim().parse::<f64>().is_ok_and(|v| v == a.as_f64()),
            _ => false,
        },
        (a, b) => {
            let (x, y) = (a.to_display(), b.to_display());
            if cs {
                x == y
            } else {
                x.to_lowercase() == y.to_lowercase()
            }
        }
    }
}

pub fn loose_cmp(l: &Value, r: &Value, cs: bool) -> Option<Ordering> {
    match (l, r) {
        (Value::TimeSpan(a), Value::TimeSpan(b)) => Some(a.cmp(b)),
        (Value::DateTime(a), b) => match b {
            Value::DateTime(b) => Some(a.cmp(b)),
            other => crate::datetime::DateTime::parse(&other.to_display()).map(|b| a.cmp(&b)),
        },
        (a, b) if a.is_number() => {
            let y = if b.is_number() {
                b.as_f64()
            } else {
                b.to_display().trim().parse::<f64>().ok()?
            };
            a.as_f64().partial_cmp(&y)
        }
        (a, b) => {
            let (x, y) = (a.to_display(), b.to_display());
            Some(if cs {
                x.cmp(&y)
            } else {
                x.to_lowercase().cmp(&y.to_lowercase())
            })
        }
    }
}

/// `[pscustomobject]@{...}`: an object with the hashtable's keys as properties, in order; any
/// other value stays as it is.
pub fn custom_object(value: Value) -> Value {
    let Value::Hashtable(table) = &value else {
        return value;
    };
    let mut object = crate::value::PsObject::new(crate::value::CUSTOM_OBJECT);
    for (key, item) in table.borrow().entries() {
        object
            .properties
            .push((std::rc::Rc::from(key.to_display()), item.clone()));
    }
    Value::object(object)
}

/// Why `-f` could not build its string.
#[derive(Debug, PartialEq)]
pub(crate) enum FormatFailure {
    /// Longer than [`crate::limits::MAX_STRING_LENGTH`].
    TooLong,
    /// A format .NET refuses for its value (`{0:D2}` of a double).
    InvalidSpecifier,
}

/// The message PowerShell gives for a format .NET refuses.
pub(crate) const INVALID_SPECIFIER: &str = "Format specifier was invalid.";

/// `value` as a `{0:format}` placeholder shows it: numbers by .NET's numeric formats, dates by
/// its date formats, anything else as it prints.
pub(crate) fn formatted(value: &Value, format: &str) -> Result<String, FormatFailure> {
    use crate::number_format::{self, Number};
    let number = match value {
        Value::Int32(n) => Number::Integer(i128::from(*n)),
        Value::Int64(n) => Number::Integer(i128::from(*n)),
        Value::Byte(n) => Number::Integer(i128::from(*n)),
        Value::UInt16(n) => Number::Integer(i128::from(*n)),
        Value::UInt32(n) => Number::Integer(i128::from(*n)),
        Value::UInt64(n) => Number::Integer(i128::from(*n)),
        Value::Double(x) => Number::Double(*x),
        Value::DateTime(d) if !format.is_empty() => return Ok(d.format(format)),
        other => return Ok(other.to_display()),
    };
    if format.is_empty() {
        return Ok(value.to_display());
    }
    number_format::format(number, format).ok_or(FormatFailure::InvalidSpecifier)
}

/// The `-f` operator: `{0}`, `{1,5}` (a width, negative to the left) and `{0:N2}` (a format).
pub(crate) fn format_operator(format: &str, args: &[Value]) -> Result<String, FormatFailure> {
    let limit = crate::limits::MAX_STRING_LENGTH;
    let mut out = String::new();
    let chars: Vec<char> = format.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        if out.len() > limit {
            return Err(FormatFailure::TooLong);
        }
        match chars[i] {
            '{' if chars.get(i + 1) == Some(&'{') => {
                out.push('{');
                i += 2;
            }
            '}' if chars.get(i + 1) == Some(&'}') => {
                out.push('}');
                i += 2;
            }
            '{' => {
                let Some(close) = chars[i..].iter().position(|&c| c == '}') else {
                    out.extend(&chars[i..]);
                    break;
                };
                let spec: String = chars[i + 1..i + close].iter().collect();
                let (place, value_format) = spec.split_once(':').unwrap_or((&spec, ""));
                let (index, width) = match place.split_once(',') {
                    Some((a, b)) => (a, b.trim().parse::<i32>().ok()),
                    None => (place, None),
                };
                let text = match index.trim().parse::<usize>().ok().and_then(|n| args.get(n)) {
                    Some(value) => formatted(value, value_format)?,
                    None => String::new(),
                };
                if width.is_some_and(|w| w.unsigned_abs() as usize > limit) {
                    return Err(FormatFailure::TooLong);
                }
                match width {
                    Some(w) if w < 0 => {
                        out.push_str(&format!("{text:<width$}", width = (-w) as usize))
                    }
                    Some(w) => out.push_str(&format!("{text:>width$}", width = w as usize)),
                    None => out.push_str(&text),
                }
                i += close + 1;
            }
            c => {
                out.push(c);
                i += 1;
            }
        }
    }
    if out.len() > limit {
        return Err(FormatFailure::TooLong);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn equality_converts_the_right_side() {
        assert!(loose_eq(&Value::Int32(1), &Value::str("1.0"), false));
        assert!(!loose_eq(&Value::str("1.0"), &Value::Int32(1), false));
        assert!(loose_eq(&Value::str("ABC"), &Value::str("abc"), false));
        assert!(!loose_eq(&Value::str("ABC"), &Value::str("abc"), true));
    }

    #[test]
    fn scope_prefixes_are_dropped_and_other_names_kept() {
        assert_eq!(strip_scope("Global:port"), "port");
        assert_eq!(strip_scope("global:"), "global:");
        assert_eq!(strip_scope("é€x:port"), "é€x:port");
    }

    #[test]
    fn format_operator_fills_placeholders() {
        assert_eq!(
            format_operator("{0}-{1}", &[Value::Int32(1), Value::str("a")]).as_deref(),
            Ok("1-a")
        );
        assert_eq!(
            format_operator("[{0,4}]", &[Value::Int32(7)]).as_deref(),
            Ok("[   7]")
        );
        assert_eq!(
            format_operator(
                "[{0,8:N1}|{1:x}]",
                &[Value::Double(1234.56), Value::Int32(255)]
            )
            .as_deref(),
            Ok("[ 1,234.6|ff]")
        );
        assert_eq!(
            format_operator("{0:D2}", &[Value::Double(1.5)]),
            Err(FormatFailure::InvalidSpecifier)
        );
        assert_eq!(
            format_operator("{0,2000000000}", &[Value::Int32(7)]),
            Err(FormatFailure::TooLong)
        );
    }
}
