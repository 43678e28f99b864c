//! The in-memory deployment: scoped configuration records per family, and the topology.

pub mod server;
pub mod topology;

use crate::family::FamilyDecl;
use crate::identity::Scope;
use crate::value::Value;
use std::collections::BTreeMap;

pub use topology::Topology;

/// One collection of settings at one scope; `values` follow the family's property order.
#[derive(Clone, Debug, PartialEq)]
pub struct Record {
    pub identity: Scope,
    pub values: Vec<Value>,
}

/// Every family's records, keyed by lower-cased noun. Records are kept global first, then
/// sites, services and tags, each in the order they were created.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ConfigStore {
    families: BTreeMap<String, Vec<Record>>,
}

impl ConfigStore {
    /// The state after an install: each family has only its global record, at defaults.
    pub fn fresh(families: &[&FamilyDecl]) -> ConfigStore {
        let mut store = ConfigStore::default();
        for family in families {
            store.families.insert(
                family.noun.to_ascii_lowercase(),
                vec![Record {
                    identity: Scope::Global,
                    values: family.defaults(),
                }],
            );
        }
        store
    }

    pub fn records(&self, noun: &str) -> &[Record] {
        self.families
            .get(&noun.to_ascii_lowercase())
            .map(Vec::as_slice)
            .unwrap_or(&[])
    }

    pub fn get(&self, noun: &str, identity: &Scope) -> Option<&Record> {
        self.records(noun)
            .iter()
            .find(|r| r.identity.same_as(identity))
    }

    /// Adds a record or replaces the one with the same identity.
    pub fn put(&mut self, noun: &str, record: Record) {
        let records = self.families.entry(noun.to_ascii_lowercase()).or_default();
        if let Some(existing) = records
            .iter_mut()
            .find(|r| r.identity.same_as(&record.identity))
        {
            *existing = record;
            return;
        }
        let at = records
            .iter()
            .position(|r| r.identity.rank() > record.identity.rank())
            .unwrap_or(records.len());
        records.insert(at, record);
    }

    /// Replaces a family's records with `records`, put in scope order (each scope kind keeping
    /// the order given). Used when a whole family is read at once, as from a session file.
    pub fn replace_records(&mut self, noun: &str, mut records: Vec<Record>) {
        records.sort_by_key(|r| r.identity.rank());
        self.families.insert(noun.to_ascii_lowercase(), records);
    }

    pub fn remove(&mut self, noun: &str, identity: &Scope) -> Option<Record> {
        let records = self.families.get_mut(&noun.to_ascii_lowercase())?;
        let at = records.iter().position(|r| r.identity.same_as(identity))?;
        Some(records.remove(at))
    }

    /// The nouns that have records, lower-cased.
    pub fn nouns(&self) -> impl Iterator<Item = &str> {
        self.families.keys().map(String::as_str)
    }
}
