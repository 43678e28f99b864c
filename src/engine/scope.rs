//! Variable and function scopes. The global scope is the session's (it is saved with it); a
//! function call or `& { }` pushes a local scope that reads through to the ones below it and
//! writes to itself, as PowerShell's dynamic scoping does. `$global:` and `$script:` name the
//! global scope (a script run by lyncsh runs in it), `$local:` and `$private:` the current one.

use super::Engine;
use crate::ast::FunctionDef;
use crate::ast::Name;
use crate::command::CmdletEntry;
use crate::value::Value;
use std::collections::HashMap;
use std::rc::Rc;

/// A function as defined: its body, the command entry its calls bind against, the text it
/// was read from (so errors inside it point into that text), and which automatic variables
/// its body may read.
#[derive(Clone)]
pub struct Function {
    pub def: Rc<FunctionDef>,
    pub entry: Rc<CmdletEntry>,
    pub source: Rc<crate::span::SourceText>,
    pub origin: Rc<str>,
    pub uses: Automatic,
}

/// The automatic variables a call sets only for a body that names them.
#[derive(Clone, Copy, Default)]
pub struct Automatic {
    pub bound_parameters: bool,
    pub args: bool,
    pub input: bool,
}

impl Automatic {
    /// What `text` (a body's source) may read; a name in a string or comment counts too.
    pub fn of(text: &str) -> Automatic {
        let lower = text.to_ascii_lowercase();
        Automatic {
            bound_parameters: lower.contains("psboundparameters"),
            args: lower.contains("args"),
            input: lower.contains("input"),
        }
    }
}

/// The variables and functions of one call (not the global scope). A call has few variables,
/// so they are kept in a list searched by name, which costs less than a map to fill.
#[derive(Default)]
pub struct LocalScope {
    variables: Vec<(Name, Value)>,
    pub functions: HashMap<String, Function>,
}

impl LocalScope {
    fn get(&self, name: &str) -> Option<&Value> {
        self.variables
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v)
    }

    fn set(&mut self, name: &str, value: Value) {
        match self
            .variables
            .iter_mut()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
        {
            Some(entry) => entry.1 = value,
            None => self.variables.push((Name::from(name), value)),
        }
    }

    fn remove(&mut self, name: &str) -> Option<Value> {
        let at = self
            .variables
            .iter()
            .position(|(n, _)| n.eq_ignore_ascii_case(name))?;
        Some(self.variables.remove(at).1)
    }
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
                Some(scope) => scope.get(n),
                None => self.session.variables.get(n),
            },
            Target::Any(n) => self
                .scopes
                .iter()
                .rev()
                .find_map(|scope| scope.get(n))
                .or_else(|| self.session.variables.get(n)),
        }
    }

    /// Sets variable `name` in the scope it names (the current one without a prefix).
    pub fn put_variable(&mut self, name: &str, value: Value) {
        match target(name) {
            Target::Global(n) => self.session.variables.set(n, value),
            Target::Local(n) | Target::Any(n) => match self.scopes.last_mut() {
                Some(scope) => scope.set(n, value),
                None => self.session.variables.set(n, value),
            },
        }
    }

    /// Removes variable `name` from the current scope.
    pub fn remove_local_variable(&mut self, name: &str) -> Option<Value> {
        match self.scopes.last_mut() {
            Some(scope) => scope.remove(name),
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

    /// The command entries of the functions defined in the global scope.
    pub fn function_entries(&self) -> Vec<Rc<CmdletEntry>> {
        self.functions.values().map(|f| f.entry.clone()).collect()
    }

    /// Runs `body` with `$_` set to `item` (left as it is when `None`) in the current scope,
    /// and gives `$_` back its value afterwards.
    pub fn with_current_item<T>(
        &mut self,
        item: Option<Value>,
        body: impl FnOnce(&mut Engine) -> T,
    ) -> T {
        let saved = self.get_variable("local:_").cloned();
        if let Some(item) = item {
            self.put_variable("_", item);
        }
        let result = body(self);
        match saved {
            Some(value) => self.put_variable("_", value),
            None => {
                self.remove_local_variable("_");
            }
        }
        result
    }

    /// Names and values of every variable visible here, innermost first, each name once.
    pub fn visible_variables(&self) -> Vec<(String, Value)> {
        let mut seen = std::collections::HashSet::new();
        let mut out = Vec::new();
        let locals = self
            .scopes
            .iter()
            .rev()
            .flat_map(|s| s.variables.iter().map(|(n, v)| (&**n, v)));
        for (name, value) in locals.chain(self.session.variables.iter()) {
            if seen.insert(name.to_ascii_lowercase()) {
                out.push((name.to_string(), value.clone()));
            }
        }
        out.sort_by_key(|(name, _)| name.to_ascii_lowercase());
        out
    }
}
