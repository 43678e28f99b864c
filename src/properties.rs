//! The ordered properties of an object: names kept apart from values, so that objects of one
//! kind (100,000 users from one Get-CsUser) share a single list of names and each carries only
//! its values. A change to the names of a shared list copies it first (copy on write).

use crate::value::Value;
use std::rc::Rc;

/// Property names and values, in order; `names.len() == values.len()` always.
#[derive(Clone, Debug, Default)]
pub struct Properties {
    names: Rc<Vec<Rc<str>>>,
    values: Vec<Value>,
}

impl PartialEq for Properties {
    fn eq(&self, other: &Properties) -> bool {
        self.values == other.values
            && (Rc::ptr_eq(&self.names, &other.names) || self.names == other.names)
    }
}

impl Properties {
    pub fn new() -> Properties {
        Properties::default()
    }

    /// Values under names shared with other objects; `values` gives one value per name.
    pub fn shaped(names: Rc<Vec<Rc<str>>>, values: Vec<Value>) -> Properties {
        debug_assert_eq!(names.len(), values.len());
        Properties { names, values }
    }

    pub fn len(&self) -> usize {
        self.values.len()
    }

    pub fn is_empty(&self) -> bool {
        self.values.is_empty()
    }

    pub fn push(&mut self, (name, value): (Rc<str>, Value)) {
        Rc::make_mut(&mut self.names).push(name);
        self.values.push(value);
    }

    pub fn value(&self, at: usize) -> &Value {
        &self.values[at]
    }

    pub fn value_mut(&mut self, at: usize) -> &mut Value {
        &mut self.values[at]
    }

    /// Where the property `name` is (case-insensitive, as PowerShell's member names are).
    pub fn position(&self, name: &str) -> Option<usize> {
        self.names.iter().position(|n| n.eq_ignore_ascii_case(name))
    }

    pub fn iter(&self) -> <&Properties as IntoIterator>::IntoIter {
        self.into_iter()
    }
}

impl Extend<(Rc<str>, Value)> for Properties {
    fn extend<I: IntoIterator<Item = (Rc<str>, Value)>>(&mut self, items: I) {
        let names = Rc::make_mut(&mut self.names);
        for (name, value) in items {
            names.push(name);
            self.values.push(value);
        }
    }
}

impl FromIterator<(Rc<str>, Value)> for Properties {
    fn from_iter<I: IntoIterator<Item = (Rc<str>, Value)>>(items: I) -> Properties {
        let mut properties = Properties::new();
        properties.extend(items);
        properties
    }
}

impl<'a> IntoIterator for &'a Properties {
    type Item = (&'a Rc<str>, &'a Value);
    type IntoIter = std::iter::Zip<std::slice::Iter<'a, Rc<str>>, std::slice::Iter<'a, Value>>;
    fn into_iter(self) -> Self::IntoIter {
        self.names.iter().zip(self.values.iter())
    }
}

impl IntoIterator for Properties {
    type Item = (Rc<str>, Value);
    type IntoIter = std::iter::Zip<std::vec::IntoIter<Rc<str>>, std::vec::IntoIter<Value>>;
    fn into_iter(self) -> Self::IntoIter {
        let names = Rc::try_unwrap(self.names).unwrap_or_else(|shared| (*shared).clone());
        names.into_iter().zip(self.values)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(p: &Properties) -> Vec<&str> {
        p.iter().map(|(n, _)| &**n).collect()
    }

    #[test]
    fn a_change_to_shared_names_leaves_the_other_objects_alone() {
        let shape: Rc<Vec<Rc<str>>> = Rc::new(vec!["A".into(), "B".into()]);
        let first = Properties::shaped(shape.clone(), vec![Value::Int32(1), Value::Int32(2)]);
        let mut second = Properties::shaped(shape.clone(), vec![Value::Int32(3), Value::Int32(4)]);
        second.push(("C".into(), Value::Int32(5)));
        assert_eq!(names(&first), ["A", "B"]);
        assert_eq!(names(&second), ["A", "B", "C"]);
        assert_eq!(second.value(2), &Value::Int32(5));
        assert_eq!(Rc::strong_count(&shape), 2);
    }

    #[test]
    fn lookup_ignores_case_and_owned_iteration_keeps_pairs_together() {
        let p: Properties = [
            ("Name".into(), Value::str("a")),
            ("Port".into(), Value::Int32(1)),
        ]
        .into_iter()
        .collect();
        assert_eq!(p.position("PORT"), Some(1));
        let pairs: Vec<(Rc<str>, Value)> = p.into_iter().collect();
        assert_eq!(&*pairs[0].0, "Name");
        assert_eq!(pairs[1].1, Value::Int32(1));
    }
}
