//! The state a shell works on and that outlives one command: the deployment (topology and
//! configuration records), the directory's users, user variables, the command history and `$Error`; and how a
//! session is saved to a RON file (`save`), read back (`load`) and replayed (`replay`).

pub mod file;
pub mod load;
mod quick;
pub mod replay;
pub mod save;

pub use load::{load, LoadError};
pub use save::save;

use crate::directory::Directory;
use crate::error::ErrorRecord;
use crate::families;
use crate::store::{ConfigStore, Topology};
use crate::value::Value;
use std::collections::BTreeMap;
use std::rc::Rc;

/// Variables by lower-cased name, each keeping the spelling it was first given.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Variables {
    map: BTreeMap<String, (String, Value)>,
}

impl Variables {
    pub fn get(&self, name: &str) -> Option<&Value> {
        self.map.get(&name.to_ascii_lowercase()).map(|(_, v)| v)
    }

    pub fn set(&mut self, name: &str, value: Value) {
        let key = name.to_ascii_lowercase();
        match self.map.get_mut(&key) {
            Some(entry) => entry.1 = value,
            None => {
                self.map.insert(key, (name.to_string(), value));
            }
        }
    }

    pub fn remove(&mut self, name: &str) -> Option<Value> {
        self.map.remove(&name.to_ascii_lowercase()).map(|(_, v)| v)
    }

    /// Names (as first spelled) and values, sorted by name.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &Value)> {
        self.map.values().map(|(n, v)| (n.as_str(), v))
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Session {
    pub topology: Topology,
    pub store: ConfigStore,
    /// The users and contacts of Active Directory.
    pub directory: Directory,
    pub variables: Variables,
    pub history: Vec<String>,
    /// `$Error`, newest first.
    pub errors: Vec<Rc<ErrorRecord>>,
    /// The lab the session was last saved in, as its file says.
    pub lab: Option<file::LabMark>,
}

/// `$MaximumErrorCount`: how many records `$Error` keeps.
pub const MAXIMUM_ERROR_COUNT: usize = 256;

impl Session {
    /// A fresh lab deployment: the built-in topology and only global configuration records.
    pub fn lab() -> Session {
        let topology = Topology::lab();
        Session {
            store: ConfigStore::fresh(families::all(), &topology, file::VERSION),
            topology,
            directory: Directory::lab(),
            variables: Variables::default(),
            history: Vec::new(),
            errors: Vec::new(),
            lab: None,
        }
    }

    pub fn record_error(&mut self, record: ErrorRecord) {
        self.errors.insert(0, Rc::new(record));
        self.errors.truncate(MAXIMUM_ERROR_COUNT);
    }
}
