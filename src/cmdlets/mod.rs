//! The command registry: every command lyncsh knows, with its signature and how it runs.
//! Family cmdlets are generated from declarations; built-ins are hand-written; every other
//! Lync Server 2013 cmdlet comes from the catalog and is known but not emulated.

pub mod active_directory;
pub mod address_book;
pub mod admin_roles;
pub mod announcements;
pub mod application_endpoints;
pub mod builtins;
pub mod certificates;
mod clixml;
pub mod cls_logging;
pub mod collections;
pub mod conference_directories;
pub mod configuration_files;
pub mod contacts;
pub mod databases;
pub mod device_updates;
pub mod dialin;
pub mod discovery;
pub mod family;
pub mod files;
pub mod help;
pub mod host_commands;
pub mod interaction;
pub mod intra_pool;
mod item_moves;
mod items;
pub mod json;
pub mod kerberos;
pub mod lab;
pub mod lab_users;
pub mod later_versions;
pub mod legacy;
pub mod lis_config;
pub mod lis_records;
pub mod local_computer;
pub mod management_server;
pub mod member;
pub mod members;
pub mod modules;
pub mod owned_records;
pub mod permissions;
pub mod persistent_chat;
pub mod pooled_records;
pub mod pools;
pub mod portplan;
pub mod record_files;
pub mod record_rules;
pub mod reference;
pub mod replication;
pub mod rgs_transfer;
pub mod server;
pub mod session;
pub mod synthetic;
pub mod topology;
pub mod transcript;
pub mod ucs;
pub mod user_data;
pub mod user_services;
pub mod users;
pub mod utility;
pub mod voice;
pub mod watcher_nodes;
pub mod windows_services;

use crate::catalog;
use crate::engine::{Engine, Host};
use crate::families;
use crate::session::Session;
use crate::suggest::Suggestions;
use std::cell::{OnceCell, RefCell};
use std::collections::HashMap;
use std::rc::Rc;

pub use crate::command::{
    BuiltinFn, CmdletEntry, CmdletResult, Commands, FamilyFn, FamilyVerb, Kind, Module,
};

/// The implementing class name lyncsh uses for a Lync cmdlet (`Set-CsX` →
/// `Microsoft.Rtc.Management.Internal.SetXCmdlet`); the real names are not published.
pub fn lync_class(name: &str) -> String {
    let (verb, noun) = name.split_once('-').unwrap_or((name, ""));
    let noun = noun.strip_prefix("Cs").unwrap_or(noun);
    format!("Microsoft.Rtc.Management.Internal.{verb}{noun}Cmdlet")
}

/// A Lync cmdlet lyncsh emulates by hand: its catalog signature with its handler. Only that
/// cmdlet's catalog entry is parsed, so using it does not cost the whole catalog.
fn hand_written(name: &str) -> Option<CmdletEntry> {
    let (canonical, run) = topology::HANDLERS
        .iter()
        .chain(server::HANDLERS)
        .chain(admin_roles::HANDLERS)
        .chain(users::HANDLERS)
        .chain(contacts::HANDLERS)
        .chain(user_services::HANDLERS)
        .chain(user_data::HANDLERS)
        .chain(application_endpoints::HANDLERS)
        .chain(windows_services::HANDLERS)
        .chain(synthetic::HANDLERS)
        .chain(active_directory::HANDLERS)
        .chain(voice::HANDLERS)
        .chain(dialin::HANDLERS)
        .chain(announcements::HANDLERS)
        .chain(lis_config::HANDLERS)
        .chain(device_updates::HANDLERS)
        .chain(replication::HANDLERS)
        .chain(persistent_chat::HANDLERS)
        .chain(permissions::HANDLERS)
        .chain(conference_directories::HANDLERS)
        .chain(pools::HANDLERS)
        .chain(cls_logging::HANDLERS)
        .chain(certificates::HANDLERS)
        .chain(databases::HANDLERS)
        .chain(configuration_files::HANDLERS)
        .chain(local_computer::HANDLERS)
        .chain(legacy::HANDLERS)
        .chain(kerberos::HANDLERS)
        .chain(later_versions::HANDLERS)
        .chain(watcher_nodes::HANDLERS)
        .chain(management_server::HANDLERS)
        .chain(address_book::HANDLERS)
        .chain(intra_pool::HANDLERS)
        .chain(ucs::HANDLERS)
        .chain(rgs_transfer::HANDLERS)
        .find(|(n, _)| n.eq_ignore_ascii_case(name))?;
    let signature = catalog::signature(canonical)?;
    Some(CmdletEntry {
        class: lync_class(&signature.name),
        signature: Rc::new(signature),
        kind: Kind::Builtin {
            run: *run,
            collect: COLLECTING.iter().any(|c| c.eq_ignore_ascii_case(canonical)),
        },
        module: Module::Lync,
    })
}

/// Hand-written Lync cmdlets that take a file's bytes from the pipeline all at once.
const COLLECTING: &[&str] = &[
    "Import-CsAnnouncementFile",
    "Set-CsCallParkServiceMusicOnHoldFile",
    "Import-CsLisConfiguration",
];

/// The cmdlet `Verb-Noun` of a declared family, built from its declaration.
fn family_entry(name: &str) -> Option<CmdletEntry> {
    let (verb, noun) = name.split_once('-')?;
    let verb = FamilyVerb::parse(verb)?;
    let family = families::find(noun)?;
    let signature = family::signature(family, verb)?;
    Some(CmdletEntry {
        class: lync_class(&signature.name),
        signature: Rc::new(signature),
        kind: Kind::Family(family, verb),
        module: Module::Lync,
    })
}

pub struct Registry {
    entries: HashMap<String, Rc<CmdletEntry>>,
    aliases: HashMap<String, &'static str>,
    /// Family cmdlets built on first use, so that start-up builds none of them.
    families: RefCell<HashMap<String, Rc<CmdletEntry>>>,
    /// Every command name, prepared for did-you-mean hints the first time one is needed.
    suggestions: OnceCell<Suggestions>,
}

impl Registry {
    pub fn new() -> Registry {
        let mut entries = HashMap::new();
        let commands = builtins::all()
            .into_iter()
            .chain(interaction::all())
            .chain(collections::all())
            .chain(files::all())
            .chain(clixml::all())
            .chain(items::all())
            .chain(item_moves::all())
            .chain(json::all())
            .chain(members::all())
            .chain(modules::all())
            .chain(utility::all())
            .chain(portplan::all())
            .chain(lab::all())
            .chain(lab_users::all())
            .chain(session::all())
            .chain(transcript::all());
        for builtin in commands.chain(discovery::all()).chain(help::all()) {
            entries.insert(builtin.name().to_ascii_lowercase(), Rc::new(builtin));
        }
        let aliases = builtins::ALIASES
            .iter()
            .chain(collections::ALIASES)
            .chain(files::ALIASES)
            .chain(items::ALIASES)
            .chain(item_moves::ALIASES)
            .chain(members::ALIASES)
            .chain(modules::ALIASES)
            .chain(utility::ALIASES)
            .chain(discovery::ALIASES)
            .chain(help::ALIASES)
            .map(|(a, t)| (a.to_ascii_lowercase(), *t))
            .collect();
        Registry {
            entries,
            aliases,
            families: RefCell::default(),
            suggestions: OnceCell::new(),
        }
    }

    /// The command a typed name runs: alias, emulated command, or catalog cmdlet.
    pub fn resolve(&self, typed: &str) -> Option<Rc<CmdletEntry>> {
        let lower = typed.to_ascii_lowercase();
        let lower = lower.strip_prefix("lync\\").unwrap_or(&lower).to_string();
        if let Some(target) = self.aliases.get(&lower) {
            return self.resolve(target);
        }
        if let Some(entry) = self.entries.get(&lower) {
            return Some(entry.clone());
        }
        if let Some(entry) = self.families.borrow().get(&lower) {
            return Some(entry.clone());
        }
        if let Some(entry) = family_entry(&lower) {
            let entry = Rc::new(entry);
            self.families.borrow_mut().insert(lower, entry.clone());
            return Some(entry);
        }
        if let Some(entry) = hand_written(&lower) {
            return Some(Rc::new(entry));
        }
        // PowerShell's last try: a name without a verb is taken as a Get (`date` runs
        // Get-Date, `csuser` Get-CsUser).
        if !lower.contains('-') && !lower.is_empty() {
            return self.resolve(&format!("get-{lower}"));
        }
        None
    }

    pub fn alias_target(&self, typed: &str) -> Option<&'static str> {
        self.aliases.get(&typed.to_ascii_lowercase()).copied()
    }

    /// Every command name lyncsh knows (emulated, built-in and catalog), sorted.
    pub fn command_names(&self) -> Vec<String> {
        let mut names: Vec<String> = self
            .entries
            .values()
            .map(|e| e.name().to_string())
            .collect();
        names.extend(catalog::all().iter().map(|s| s.name.clone()));
        names.sort_by_key(|n| n.to_ascii_lowercase());
        names.dedup_by(|a, b| a.eq_ignore_ascii_case(b));
        names
    }

    pub fn aliases(&self) -> impl Iterator<Item = (&str, &'static str)> {
        self.aliases.iter().map(|(a, t)| (a.as_str(), *t))
    }
}

impl Commands for Registry {
    fn resolve(&self, typed: &str) -> Option<Rc<CmdletEntry>> {
        Registry::resolve(self, typed)
    }

    fn alias_target(&self, typed: &str) -> Option<&'static str> {
        Registry::alias_target(self, typed)
    }

    fn command_names(&self) -> Vec<String> {
        Registry::command_names(self)
    }

    fn nearest_command(&self, typed: &str) -> Option<String> {
        self.suggestions
            .get_or_init(|| Suggestions::new(self.command_names()))
            .nearest(typed)
            .map(str::to_string)
    }

    fn aliases(&self) -> Vec<(String, &'static str)> {
        Registry::aliases(self)
            .map(|(alias, target)| (alias.to_string(), target))
            .collect()
    }

    fn refusal(&self, typed: &str) -> Option<String> {
        host_commands::refusal(typed)
    }

    fn family_runner(&self) -> FamilyFn {
        family::run
    }
}

/// An engine running `session` with lyncsh's commands, writing to `host`.
pub fn shell(session: Session, host: Box<dyn Host>) -> Engine {
    Engine::new(session, host, Rc::new(Registry::new()))
}

impl Default for Registry {
    fn default() -> Registry {
        Registry::new()
    }
}
