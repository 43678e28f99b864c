//! What the engine knows of commands: an entry per command (its signature and how it runs)
//! and the [`Commands`] it resolves names with. The engine is handed its commands when it is
//! made (`cmdlets::shell` makes one with lyncsh's registry); it does not import them, so the
//! commands can use the engine without a circle between the two.

use crate::engine::{Call, Engine, Flow};
use crate::family::FamilyDecl;
use crate::signature::Signature;
use crate::value::Value;
use std::rc::Rc;

/// What a command returns: its output objects, or a statement-terminating error.
pub type CmdletResult = Result<Vec<Value>, Flow>;

pub type BuiltinFn = fn(&mut Engine, &Call) -> CmdletResult;

/// The verb of a family cmdlet: the declarations' own verb type, so the two cannot drift.
pub use crate::family::schema::Verb as FamilyVerb;

impl FamilyVerb {
    pub const ALL: [FamilyVerb; 6] = [
        FamilyVerb::Get,
        FamilyVerb::Set,
        FamilyVerb::New,
        FamilyVerb::Remove,
        FamilyVerb::Enable,
        FamilyVerb::Disable,
    ];

    pub fn name(self) -> &'static str {
        match self {
            FamilyVerb::Get => "Get",
            FamilyVerb::Set => "Set",
            FamilyVerb::New => "New",
            FamilyVerb::Remove => "Remove",
            FamilyVerb::Enable => "Enable",
            FamilyVerb::Disable => "Disable",
        }
    }

    /// The verb of a typed one, ignoring case.
    pub fn parse(typed: &str) -> Option<FamilyVerb> {
        FamilyVerb::ALL
            .into_iter()
            .find(|v| v.name().eq_ignore_ascii_case(typed))
    }
}

/// How a family cmdlet runs: the generic implementation of its verb.
pub type FamilyFn = fn(&mut Engine, &Call, &'static FamilyDecl, FamilyVerb) -> CmdletResult;

/// How a command runs.
#[derive(Clone)]
pub enum Kind {
    /// A generated configuration-family cmdlet.
    Family(&'static FamilyDecl, FamilyVerb),
    /// A hand-written command. `collect`: it receives all pipeline input at once (Sort-Object);
    /// otherwise it runs once per input object.
    Builtin { run: BuiltinFn, collect: bool },
    /// A function, filter or script block of the script being run.
    Function(Rc<crate::ast::FunctionDef>),
}

/// Where a command comes from, as Get-Command's ModuleName shows it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Module {
    Lync,
    PowerShell,
    Lab,
    /// Functions the running script defined (Get-Command shows no module for them).
    Script,
}

impl Module {
    pub fn name(&self) -> &'static str {
        match self {
            Module::Lync => "Lync",
            Module::PowerShell => "Microsoft.PowerShell.Utility",
            Module::Lab => "LyncshLab",
            Module::Script => "",
        }
    }
}

pub struct CmdletEntry {
    pub signature: Rc<Signature>,
    pub kind: Kind,
    pub module: Module,
    /// The implementing .NET type, appended to FullyQualifiedErrorId.
    pub class: String,
}

impl CmdletEntry {
    pub fn name(&self) -> &str {
        &self.signature.name
    }
}

/// The commands an engine runs: names resolved to entries, aliases, and the commands refused
/// because they would reach the host.
pub trait Commands {
    /// The command a typed name runs: alias, emulated command, or catalog cmdlet.
    fn resolve(&self, typed: &str) -> Option<Rc<CmdletEntry>>;
    /// The command an alias stands for.
    fn alias_target(&self, typed: &str) -> Option<&'static str>;
    /// Every command name known, sorted.
    fn command_names(&self) -> Vec<String>;
    /// The known command name nearest to a mistyped one, for a did-you-mean hint.
    fn nearest_command(&self, typed: &str) -> Option<String>;
    /// Every alias and the command it stands for.
    fn aliases(&self) -> Vec<(String, &'static str)>;
    /// Why a name that is no command is refused, when it names a host command.
    fn refusal(&self, typed: &str) -> Option<String>;
    /// The implementation of family cmdlets.
    fn family_runner(&self) -> FamilyFn;
}
