//! Control flow beyond `if` and the simple loops: `foreach`, `for`, `switch`, loop labels,
//! `throw`, `try`/`catch`/`finally` and `trap`.

use super::{Engine, Flow};
use crate::ast::{Block, Expr, ExprKind, For, Foreach, Name, Pipeline, Statement, StatementKind};
use crate::ast::{Switch, SwitchMode, Try};
use crate::error::{ErrorCategory, ErrorRecord};
use crate::span::Span;
use crate::value::Value;
use std::rc::Rc;

/// What a loop does after its body ran.
pub enum LoopControl {
    /// The body ran to its end.
    Done,
    /// `continue` for this loop: the next turn.
    Continue,
    /// `break` for this loop: the loop ends.
    Break,
    /// Anything else, for an outer statement.
    Leave(Flow),
}

/// How the loop labelled `label` (if any) takes the way its body ended: an unlabelled
/// `break`/`continue`, or one naming its label, is its own.
pub fn loop_control(result: Result<(), Flow>, label: Option<&str>) -> LoopControl {
    let mine = |target: &Option<Name>| match target {
        None => true,
        Some(target) => label.is_some_and(|l| l.eq_ignore_ascii_case(target)),
    };
    match result {
        Ok(()) => LoopControl::Done,
        Err(Flow::Break(target)) if mine(&target) => LoopControl::Break,
        Err(Flow::Continue(target)) if mine(&target) => LoopControl::Continue,
        Err(other) => LoopControl::Leave(other),
    }
}

/// A `trap` of a statement list: the types it takes (none: every error) and its body.
pub struct Trap<'a> {
    types: &'a [Name],
    body: &'a Block,
}

/// The traps among `statements`; a trap acts for the whole list, wherever it stands.
pub fn traps_of(statements: &[Statement]) -> Vec<Trap<'_>> {
    statements
        .iter()
        .filter_map(|s| match &s.kind {
            StatementKind::Trap { types, body } => Some(Trap { types, body }),
            _ => None,
        })
        .collect()
}

/// Whether a `catch` or `trap` naming `types` takes `record`: by the exception's type name,
/// with the base types Exception, SystemException and RuntimeException taking every error.
fn takes(types: &[Name], record: &ErrorRecord) -> bool {
    types.is_empty()
        || types.iter().any(|t| {
            let short = t.rsplit('.').next().unwrap_or(t);
            short.eq_ignore_ascii_case(&record.exception)
                || ["Exception", "SystemException", "RuntimeException"]
                    .iter()
                    .any(|base| short.eq_ignore_ascii_case(base))
        })
}

impl Engine {
    /// `foreach ($item in $items) { }`.
    pub(super) fn exec_foreach(
        &mut self,
        foreach: &Foreach,
        label: Option<&str>,
        output: &mut Vec<Value>,
    ) -> Result<(), Flow> {
        let items: Vec<Value> = self
            .run_pipeline(&foreach.iterable)?
            .into_iter()
            .flat_map(Value::into_items)
            .collect();
        for item in items {
            self.interrupt.check()?;
            self.put_variable(&foreach.variable, item);
            match loop_control(self.exec_block(&foreach.body.statements, output), label) {
                LoopControl::Break => break,
                LoopControl::Done | LoopControl::Continue => {}
                LoopControl::Leave(flow) => return Err(flow),
            }
        }
        Ok(())
    }

    /// `for (init; condition; step) { }`; the limit on iterations stops an endless one.
    pub(super) fn exec_for(
        &mut self,
        looping: &For,
        label: Option<&str>,
        output: &mut Vec<Value>,
    ) -> Result<(), Flow> {
        let mut discarded = Vec::new();
        if let Some(init) = &looping.init {
            self.exec_statement(init, &mut discarded)?;
        }
        let mut iterations: u64 = 0;
        loop {
            if let Some(condition) = &looping.condition {
                if !Value::array(self.run_pipeline(condition)?).is_truthy() {
                    return Ok(());
                }
            }
            self.interrupt.check()?;
            iterations += 1;
            if iterations > crate::limits::MAX_ITERATIONS {
                return Err(self.too_many_iterations(looping.span));
            }
            match loop_control(self.exec_block(&looping.body.statements, output), label) {
                LoopControl::Break => return Ok(()),
                LoopControl::Done | LoopControl::Continue => {}
                LoopControl::Leave(flow) => return Err(flow),
            }
            self.check_items(output.len(), looping.span)?;
            if let Some(step) = &looping.step {
                discarded.clear();
                self.exec_statement(step, &mut discarded)?;
            }
        }
    }

    /// `:label` before a loop or `switch`.
    pub(super) fn exec_labeled(
        &mut self,
        label: &Name,
        statement: &Statement,
        output: &mut Vec<Value>,
    ) -> Result<(), Flow> {
        let label = Some(&**label);
        match &statement.kind {
            StatementKind::Foreach(f) => self.exec_foreach(f, label, output),
            StatementKind::For(f) => self.exec_for(f, label, output),
            StatementKind::Loop(l) => self.exec_loop(l, label, output),
            StatementKind::Switch(s) => self.exec_switch(s, label, output),
            _ => self.exec_statement(statement, output),
        }
    }

    /// `switch`: each item of the value is tested against every clause in order; every clause
    /// that matches runs (`break` ends the switch, `continue` goes on with the next item), and
    /// `default` runs for an item no clause took.
    pub(super) fn exec_switch(
        &mut self,
        switch: &Switch,
        label: Option<&str>,
        output: &mut Vec<Value>,
    ) -> Result<(), Flow> {
        let items = if switch.file {
            let path = Value::array(self.run_pipeline(&switch.value)?).to_display();
            let text = self
                .read_text_file(&path, switch.value.span)
                .map_err(Flow::from)?;
            text.lines().map(Value::str).collect()
        } else {
            let values = self.run_pipeline(&switch.value)?;
            if values.is_empty() {
                vec![Value::Null]
            } else {
                values.into_iter().flat_map(Value::into_items).collect()
            }
        };
        self.with_current_item(None, |engine| {
            engine.switch_items(switch, items, label, output)
        })
    }

    fn switch_items(
        &mut self,
        switch: &Switch,
        items: Vec<Value>,
        label: Option<&str>,
        output: &mut Vec<Value>,
    ) -> Result<(), Flow> {
        'items: for item in items {
            self.interrupt.check()?;
            let mut matched = false;
            for clause in &switch.clauses {
                if !self.switch_matches(switch, &clause.pattern, &item)? {
                    continue;
                }
                matched = true;
                self.put_variable("_", item.clone());
                match loop_control(self.exec_block(&clause.body.statements, output), label) {
                    LoopControl::Done => {}
                    LoopControl::Continue => continue 'items,
                    LoopControl::Break => return Ok(()),
                    LoopControl::Leave(flow) => return Err(flow),
                }
            }
            if let (false, Some(default)) = (matched, &switch.default) {
                self.put_variable("_", item.clone());
                match loop_control(self.exec_block(&default.statements, output), label) {
                    LoopControl::Done | LoopControl::Continue => {}
                    LoopControl::Break => return Ok(()),
                    LoopControl::Leave(flow) => return Err(flow),
                }
            }
        }
        Ok(())
    }

    /// Whether `item` matches a clause's pattern in the switch's mode.
    fn switch_matches(
        &mut self,
        switch: &Switch,
        pattern: &Expr,
        item: &Value,
    ) -> Result<bool, Flow> {
        if let ExprKind::ScriptBlock(block) = &pattern.kind {
            let result = self.invoke_block(block, Some(item.clone()))?;
            return Ok(Value::array(result).is_truthy());
        }
        let wanted = self.eval(pattern)?;
        let cs = switch.case_sensitive;
        Ok(match switch.mode {
            SwitchMode::Exact => {
                super::compare_values(crate::ast::CompareOp::Eq, cs, item, &wanted)
            }
            SwitchMode::Wildcard => {
                crate::wildcard::wildcard_match(&wanted.to_display(), &item.to_display(), cs)
            }
            SwitchMode::Regex => {
                let regex = self.regex(&wanted.to_display(), cs, pattern.span)?;
                let text = item.to_display();
                let found = super::regex_ops::matches_table(&regex, &text)
                    .map_err(|m| self.regex_failure(m, &regex, pattern.span))?;
                match found {
                    Some(table) => {
                        let table = Value::Hashtable(Rc::new(std::cell::RefCell::new(table)));
                        self.put_variable("Matches", table);
                        true
                    }
                    None => false,
                }
            }
        })
    }

    /// `throw [value]`: a terminating error. Throwing an error record (`throw $_`) throws it
    /// again as it is.
    pub(super) fn throw(&mut self, value: Option<&Pipeline>, span: Span) -> Result<Flow, Flow> {
        let value = match value {
            Some(pipeline) => {
                let mut values = self.run_pipeline(pipeline)?;
                match values.len() {
                    0 => Value::Null,
                    1 => values.pop().unwrap_or_default(),
                    _ => Value::array(values),
                }
            }
            None => Value::Null,
        };
        if let Value::Error(record) = &value {
            return Ok(Flow::Stop(Box::new((**record).clone())));
        }
        let (message, id, target) = match &value {
            Value::Null => ("ScriptHalted".to_string(), "ScriptHalted".to_string(), None),
            other => {
                let text = other.to_display();
                (text.clone(), text.clone(), Some(text))
            }
        };
        let mut record = ErrorRecord::new(
            message,
            &id,
            ErrorCategory::OperationStopped,
            "RuntimeException",
        );
        if let Some(target) = target {
            record = record.with_target(target, &value.short_type_name());
        }
        Ok(Flow::Stop(Box::new(record.at(Some(self.position(span))))))
    }

    /// `try { } catch { } finally { }`: a terminating error in the try block goes to the first
    /// catch that takes it, with `$_` the error record; finally runs whatever happened.
    pub(super) fn exec_try(&mut self, t: &Try, output: &mut Vec<Value>) -> Result<(), Flow> {
        self.try_depth += 1;
        let result = self.exec_block(&t.body.statements, output);
        self.try_depth -= 1;
        let result = match result {
            Err(Flow::Error(record) | Flow::Stop(record)) => {
                match t.catches.iter().find(|c| takes(&c.types, &record)) {
                    Some(catch) => {
                        // A caught error is kept in $Error too.
                        self.session.record_error(*record);
                        let record = Value::Error(self.session.errors[0].clone());
                        self.with_current_item(Some(record), |engine| {
                            engine.exec_block(&catch.body.statements, output)
                        })
                    }
                    None => Err(Flow::Stop(record)),
                }
            }
            other => other,
        };
        if let Some(finally) = &t.finally {
            self.exec_block(&finally.statements, output)?;
        }
        result
    }

    /// A terminating error reached a statement list with traps: the first trap that takes it
    /// runs with `$_` the error. Then `break` makes the error end the script, `continue` drops
    /// it, and otherwise it is written and the next statement runs.
    pub(super) fn run_trap(
        &mut self,
        traps: &[Trap<'_>],
        record: Box<ErrorRecord>,
        output: &mut Vec<Value>,
    ) -> Result<(), Flow> {
        let Some(trap) = traps.iter().find(|t| takes(t.types, &record)) else {
            return Err(Flow::Stop(record));
        };
        let shared = Value::Error(Rc::new((*record).clone()));
        let result = self.with_current_item(Some(shared), |engine| {
            engine.exec_block(&trap.body.statements, output)
        });
        match result {
            Ok(()) => {
                self.report(*record);
                Ok(())
            }
            Err(Flow::Break(None)) => Err(Flow::Stop(record)),
            Err(Flow::Continue(None)) => Ok(()),
            Err(other) => Err(other),
        }
    }
}
