//! Variable and function scopes. The global scope is the session's (it is saved with it); a
//! function call or `& { }` pushes a local scope that reads through to the ones below it and
//! writes to itself, as PowerShell's dynamic scoping does. `$global:` and `$script:` name the
//! global scope (a script run by lyncsh runs in it), `$local:` and `$private:` the current one.

use super::Engine;
use crate::ast::FunctionDef;
use crate::command::CmdletEntry;
use crate::session::Variables;
use crate::value::Value;
use std::collections::HashMap;
use std::rc::Rc;

/// A function as defined: its body, the command entry its calls bind against, and the text
/// it was read from (so errors inside it point into that text).
#[derive(Clone)]
pub struct Function {
    pub def: Rc<FunctionDef>,
    pub entry: Rc<CmdletEntry>,
    pub source: Rc<crate::span::SourceText>,
    pub origin: Rc<str>,
}

/// The variables and functions of one call (not the global scope).
#[derive(Default)]
pub struct LocalScope {
    pub variables: Variables,
    pub functions: HashMap<String, Function>,
}

/// Which scope a variable name with a scope prefix names.
enum Target<'n> {
    Global(&'n str),
    Local(&'n str),
    /// No prefix: reads search outwards, writes go to the current scope.
    Any(&'n str),
}

fn target(name: &str) -> Target<'_> {
    let Some((prefix, rest)) = name.split_once(':') else {
        return Target::Any(name);
    };
    match prefix.to_ascii_lowercase().as_str() {
        "global" | "script" if !rest.is_empty() => Target::Global(rest),
        "local" | "private" if !rest.is_empty() => Target::Local(rest),
        _ => Target::Any(name),
    }
}

/// `global:x` → `x`.
pub fn plain_name(name: &str) -> &str {
    match target(name) {
        Target::Global(n) | Target::Local(n) | Target::Any(n) => n,
    }
}

impl Engine {
    /// The value of variable `name` (with or without a scope prefix), if it is set.
    pub fn get_variable(&self, name: &str) -> Option<&Value> {
        match target(name) {
            Target::Global(n) => self.session.variables.get(n),
            Target::Local(n) => match self.scopes.last() {
                Some(scope) => scope.variables.get(n),
                None => self.session.variables.get(n),
            },
            Target::Any(n) => self
                .scopes
                .iter()
                .rev()
                .find_map(|scope| scope.variables.get(n))
                .or_else(|| self.session.variables.get(n)),
        }
    }

    /// Sets variable `name` in the scope it names (the current one without a prefix).
    pub fn put_variable(&mut self, name: &str, value: Value) {
        match target(name) {
            Target::Global(n) => self.session.variables.set(n, value),
            Target::Local(n) | Target::Any(n) => match self.scopes.last_mut() {
                Some(scope) => scope.variables.set(n, value),
                None => self.session.variables.set(n, value),
            },
        }
    }

    /// Removes variable `name` from the current scope.
    pub fn remove_local_variable(&mut self, name: &str) -> Option<Value> {
        match self.scopes.last_mut() {
            Some(scope) => scope.variables.remove(name),
            None => self.session.variables.remove(name),
        }
    }

    /// The function `name` resolves to: the innermost scope's first.
    pub fn function(&self, name: &str) -> Option<&Function> {
        let key = name.to_ascii_lowercase();
        self.scopes
            .iter()
            .rev()
            .find_map(|scope| scope.functions.get(&key))
            .or_else(|| self.functions.get(&key))
    }

    /// Defines a function in the current scope (or, when `global`, in the global one).
    pub fn define_function(&mut self, function: Function, global: bool) {
        let key = function.def.name.to_ascii_lowercase();
        match self.scopes.last_mut() {
            Some(scope) if !global => {
                scope.functions.insert(key, function);
            }
            _ => {
                self.functions.insert(key, function);
            }
        }
    }

    /// Runs `body` in a new local scope, which is dropped afterwards whatever happens.
    pub fn in_new_scope<T>(&mut self, body: impl FnOnce(&mut Engine) -> T) -> T {
        self.scopes.push(LocalScope::default());
        let result = body(self);
        self.scopes.pop();
        result
    }

    /// Names and values of every variable visible here, innermost first, each name once.
    pub fn visible_variables(&self) -> Vec<(String, Value)> {
        let mut seen = std::collections::HashSet::new();
        let mut out = Vec::new();
        let scopes = self.scopes.iter().rev().map(|s| &s.variables);
        for variables in scopes.chain(std::iter::once(&self.session.variables)) {
            for (name, value) in variables.iter() {
                if seen.insert(name.to_ascii_lowercase()) {
                    out.push((name.to_string(), value.clone()));
                }
            }
        }
        out.sort_by_key(|(name, _)| name.to_ascii_lowercase());
        out
    }
}
