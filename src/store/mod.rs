//! The in-memory deployment: scoped configuration records per family, and the topology.

pub mod operations;
pub mod server;
pub mod topology;
pub mod windows_services;

use crate::cmdlets::FamilyVerb;
use crate::family::FamilyDecl;
use crate::identity::Scope;
use crate::value::Value;
use std::collections::{BTreeMap, HashMap};

pub use topology::Topology;

/// One collection of settings at one scope; `values` follow the family's property order.
#[derive(Clone, Debug, PartialEq)]
pub struct Record {
    pub identity: Scope,
    pub values: Vec<Value>,
}

impl Record {
    /// The value of declared property `name` of this record of `noun`; `None` when the noun
    /// declares no such property.
    pub fn property(&self, noun: &str, name: &str) -> Option<&Value> {
        let (at, _) = crate::families::find(noun)?.property(name)?;
        self.values.get(at)
    }

    /// The property as text ("" when it is missing or Null).
    pub fn text(&self, noun: &str, name: &str) -> String {
        match self.property(noun, name) {
            None | Some(Value::Null) => String::new(),
            Some(value) => value.to_display(),
        }
    }
}

/// Every family's records, keyed by lower-cased noun. Records are kept global first, then
/// sites, services and tags, each in the order they were created.
#[derive(Clone, Debug, Default)]
pub struct ConfigStore {
    families: BTreeMap<String, Collection>,
    /// Replication of the store to the deployment's computers (Central Management store
    /// replicas): how far each has got.
    replication: Replication,
}

/// How many changes the store has had, when the last was made, and for each replica
/// (lower-cased FQDN) that has been brought up to date since the store was made, the change
/// it holds and when it reported. A replica not listed holds the store as it was made.
#[derive(Clone, Debug, Default)]
pub struct Replication {
    pub changes: u64,
    pub made_at: Option<crate::value::DateTime>,
    pub last_change_at: Option<crate::value::DateTime>,
    pub replicas: BTreeMap<String, (u64, crate::value::DateTime)>,
}

impl Replication {
    /// Whether the replica on `fqdn` holds the latest change.
    pub fn up_to_date(&self, fqdn: &str) -> bool {
        let held = self
            .replicas
            .get(&fqdn.to_ascii_lowercase())
            .map_or(0, |(change, _)| *change);
        held == self.changes
    }
}

impl PartialEq for ConfigStore {
    /// Two stores are equal when they hold the same records: a family with no records is the
    /// same whether or not it was ever touched.
    fn eq(&self, other: &ConfigStore) -> bool {
        let held = |store: &ConfigStore| {
            store
                .families
                .iter()
                .filter(|(_, c)| !c.records.is_empty())
                .map(|(noun, c)| (noun.clone(), c.records.clone()))
                .collect::<Vec<_>>()
        };
        held(self) == held(other)
    }
}

/// One family's records in order, with an index from identity to position so that finding,
/// replacing and adding a record costs the same with ten records or ten thousand.
#[derive(Clone, Debug, Default)]
struct Collection {
    records: Vec<Record>,
    positions: HashMap<String, usize>,
}

impl PartialEq for Collection {
    /// The index follows from the records, so equal records mean equal collections.
    fn eq(&self, other: &Collection) -> bool {
        self.records == other.records
    }
}

/// The index key of an identity: its text, lower-cased (site and host names are
/// case-insensitive, see [`Scope::same_as`]).
fn key(identity: &Scope) -> String {
    identity.to_string().to_ascii_lowercase()
}

impl Collection {
    fn position(&self, identity: &Scope) -> Option<usize> {
        self.positions.get(&key(identity)).copied()
    }

    fn reindex_from(&mut self, from: usize) {
        for (at, record) in self.records.iter().enumerate().skip(from) {
            self.positions.insert(key(&record.identity), at);
        }
    }
}

impl ConfigStore {
    /// A fresh lab as the session file format `version` has it: every family has its
    /// [`install_records`].
    pub fn fresh(families: &[&FamilyDecl], topology: &Topology, version: u32) -> ConfigStore {
        let mut store = ConfigStore::default();
        for family in families {
            for record in install_records(family, topology, version) {
                store.put(family.noun, record);
            }
        }
        store.forget_changes();
        store
    }

    /// Makes the store as it stands what every replica holds: a fresh lab, or a session read
    /// from a file (a deployment whose replicas have caught up).
    pub fn forget_changes(&mut self) {
        self.replication = Replication {
            made_at: Some(crate::value::DateTime::now()),
            ..Replication::default()
        };
    }

    /// The store's replication state.
    pub fn replication(&self) -> &Replication {
        &self.replication
    }

    /// Brings the replicas `fqdns` (lower case) up to date with the store, at `now`.
    pub fn replicate(&mut self, fqdns: &[String], now: crate::value::DateTime) {
        let changes = self.replication.changes;
        for fqdn in fqdns {
            self.replication
                .replicas
                .insert(fqdn.to_ascii_lowercase(), (changes, now));
        }
    }

    /// Counts a change, which every replica must then be given (a record stored or removed, or
    /// a topology enabled).
    pub fn changed(&mut self) {
        self.replication.changes += 1;
        self.replication.last_change_at = Some(crate::value::DateTime::now());
    }

    pub fn records(&self, noun: &str) -> &[Record] {
        self.families
            .get(&noun.to_ascii_lowercase())
            .map(|c| c.records.as_slice())
            .unwrap_or(&[])
    }

    pub fn get(&self, noun: &str, identity: &Scope) -> Option<&Record> {
        let collection = self.families.get(&noun.to_ascii_lowercase())?;
        collection
            .position(identity)
            .map(|at| &collection.records[at])
    }

    /// Adds a record or replaces the one with the same identity.
    pub fn put(&mut self, noun: &str, record: Record) {
        self.changed();
        let collection = self.families.entry(noun.to_ascii_lowercase()).or_default();
        if let Some(at) = collection.position(&record.identity) {
            collection.records[at] = record;
            return;
        }
        let rank = record.identity.rank();
        // Records of a later rank follow; most additions go at the end.
        let at = collection
            .records
            .iter()
            .rposition(|r| r.identity.rank() <= rank)
            .map_or(0, |i| i + 1);
        collection.records.insert(at, record);
        collection.reindex_from(at);
    }

    /// Replaces a family's records with `records`, put in scope order (each scope kind keeping
    /// the order given). Used when a whole family is read at once, as from a session file.
    pub fn replace_records(&mut self, noun: &str, mut records: Vec<Record>) {
        self.changed();
        records.sort_by_key(|r| r.identity.rank());
        let mut collection = Collection {
            records,
            positions: HashMap::new(),
        };
        collection.reindex_from(0);
        self.families.insert(noun.to_ascii_lowercase(), collection);
    }

    pub fn remove(&mut self, noun: &str, identity: &Scope) -> Option<Record> {
        let collection = self.families.get_mut(&noun.to_ascii_lowercase())?;
        let at = collection.position(identity)?;
        self.replication.changes += 1;
        self.replication.last_change_at = Some(crate::value::DateTime::now());
        let collection = self.families.get_mut(&noun.to_ascii_lowercase())?;
        collection.positions.remove(&key(identity));
        let record = collection.records.remove(at);
        collection.reindex_from(at);
        Some(record)
    }

    /// The nouns that have records, lower-cased.
    pub fn nouns(&self) -> impl Iterator<Item = &str> {
        self.families.keys().map(String::as_str)
    }
}

/// A family's records in a fresh lab, as the session file format `version` has it: its global
/// record at defaults (a family that has no global scope and no New cmdlet, whose records
/// come with the services of the topology, has one record at defaults for each service of a
/// role it allows), then its declared records of that version whose site or service the
/// topology has.
pub fn install_records(family: &FamilyDecl, topology: &Topology, version: u32) -> Vec<Record> {
    let identities: Vec<Scope> = if family.allows(&Scope::Global) {
        vec![Scope::Global]
    } else if !family.has_verb(FamilyVerb::New) {
        topology
            .services
            .iter()
            .map(|s| Scope::Service {
                role: s.role.clone(),
                fqdn: s.pool.clone(),
            })
            .filter(|scope| family.allows(scope))
            .collect()
    } else {
        Vec::new()
    };
    let mut records: Vec<Record> = identities
        .into_iter()
        .map(|identity| Record {
            identity,
            values: family.defaults(),
        })
        .collect();
    for builtin in family.records.iter().filter(|b| b.since <= version) {
        let Some(identity) = family.identity_of(builtin.identity) else {
            continue;
        };
        if !topology.has_scope(&identity) {
            continue;
        }
        let mut values = family.defaults();
        if let (Some((index, _)), Some(name)) = (
            family.name_property.and_then(|p| family.property(p)),
            family.name_of(&identity),
        ) {
            values[index] = Value::str(name);
        }
        for (name, text) in builtin.values {
            if let Some((index, prop)) = family.property(name) {
                values[index] = prop.ty.parse(text).unwrap_or(Value::Null);
            }
        }
        records.retain(|r| !r.identity.same_as(&identity));
        records.push(Record { identity, values });
    }
    records
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(identity: &str) -> Record {
        Record {
            identity: Scope::parse(identity).expect("an identity"),
            values: vec![Value::str(identity)],
        }
    }

    fn identities(store: &ConfigStore) -> Vec<String> {
        store
            .records("CsX")
            .iter()
            .map(|r| r.identity.to_string())
            .collect()
    }

    #[test]
    fn records_keep_rank_then_creation_order_and_are_found_by_any_case() {
        let mut store = ConfigStore::default();
        for identity in [
            "service:ConferencingServer:a.example.com",
            "global",
            "site:Redmond",
            "tag:Lab",
            "site:Dublin",
        ] {
            store.put("CsX", record(identity));
        }
        assert_eq!(
            identities(&store),
            [
                "Global",
                "Site:Redmond",
                "Site:Dublin",
                "Service:ConferencingServer:a.example.com",
                "Tag:Lab"
            ]
        );
        store.put("csx", record("SITE:redmond"));
        assert_eq!(store.records("CsX").len(), 5);
        assert_eq!(store.records("CsX")[1].values, [Value::str("SITE:redmond")]);
        assert!(store
            .remove("CsX", &Scope::Site("REDMOND".into()))
            .is_some());
        for identity in [
            "service:conferencingserver:A.example.com",
            "tag:lab",
            "site:dublin",
        ] {
            let scope = Scope::parse(identity).expect("an identity");
            let found = store.get("CsX", &scope).expect("found after a removal");
            assert!(found.identity.same_as(&scope));
        }
        assert!(store.get("CsX", &Scope::Site("Redmond".into())).is_none());
    }
}
