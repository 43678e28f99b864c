//! The syntax tree produced by the parser. Every node carries the [`Span`] it was read from.

pub use crate::name::Name;
use crate::span::Span;
use std::rc::Rc;

/// A whole input, or the body of a script block or function: statements separated by
/// newlines or `;`. With named blocks, `statements` is the `end` block.
#[derive(Clone, Debug, PartialEq)]
pub struct Script {
    pub statements: Vec<Statement>,
    pub span: Span,
    /// Attributes, the `param( )` block and the `begin`/`process` blocks, when there are any.
    pub header: Option<Box<ScriptHeader>>,
}

/// What may come before a body's statements: `[CmdletBinding()]` and other attributes, a
/// `param( )` block, and the named blocks.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ScriptHeader {
    pub attributes: Vec<Attribute>,
    /// `None` when there is no `param( )` block (a function's `($a, $b)` fills it too).
    pub params: Option<Vec<ParamDef>>,
    pub begin: Option<Block>,
    pub process: Option<Block>,
    /// Whether the body is written as named blocks (then `statements` is the `end` block).
    pub named_blocks: bool,
}

/// `[Name(args)]` before a parameter or a `param` block. `[Name]` alone is a type constraint
/// and is kept in [`ParamDef::type_name`] instead.
#[derive(Clone, Debug, PartialEq)]
pub struct Attribute {
    pub name: Name,
    pub positional: Vec<Expr>,
    /// `Mandatory`, `Mandatory=$true`, `Position=0`...
    pub named: Vec<(Name, Option<Expr>)>,
    pub span: Span,
}

/// One parameter of a `param( )` block.
#[derive(Clone, Debug, PartialEq)]
pub struct ParamDef {
    pub name: Name,
    pub attributes: Vec<Attribute>,
    /// The type constraint (`string`, `string[]`, `switch`), if any; the last one wins.
    pub type_name: Option<Name>,
    pub default: Option<Expr>,
    pub span: Span,
}

/// `function Name { }` or `filter Name { }`.
#[derive(Clone, Debug, PartialEq)]
pub struct FunctionDef {
    pub name: Name,
    /// A filter's body is its `process` block.
    pub filter: bool,
    pub body: Rc<ScriptBlockAst>,
    pub span: Span,
}

/// `try { } catch [Type] { } finally { }`.
#[derive(Clone, Debug, PartialEq)]
pub struct Try {
    pub body: Block,
    pub catches: Vec<Catch>,
    pub finally: Option<Block>,
}

/// A `catch` clause: the exception type names it takes (none: every error).
#[derive(Clone, Debug, PartialEq)]
pub struct Catch {
    pub types: Vec<Name>,
    pub body: Block,
}

/// `for (init; condition; step) { }`.
#[derive(Clone, Debug, PartialEq)]
pub struct For {
    pub init: Option<Statement>,
    pub condition: Option<Pipeline>,
    pub step: Option<Statement>,
    pub body: Block,
    pub span: Span,
}

/// `switch [-Regex|-Wildcard|-Exact] [-CaseSensitive] [-File] (value) { clauses }`.
#[derive(Clone, Debug, PartialEq)]
pub struct Switch {
    pub mode: SwitchMode,
    pub case_sensitive: bool,
    /// `-File`: the value names a file whose lines are the items.
    pub file: bool,
    pub value: Pipeline,
    pub clauses: Vec<SwitchClause>,
    pub default: Option<Block>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SwitchMode {
    Exact,
    Wildcard,
    Regex,
}

/// `pattern { body }`: the pattern is a value, or a script block that decides.
#[derive(Clone, Debug, PartialEq)]
pub struct SwitchClause {
    pub pattern: Expr,
    pub body: Block,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Statement {
    pub kind: StatementKind,
    pub span: Span,
}

impl Statement {
    /// A statement that is only `$i++`, `++$i`, `$i--` or `--$i`. In a statement list it
    /// changes the variable and writes nothing; in parentheses or on the right of `=` its value
    /// is used.
    pub fn is_bare_step(&self) -> bool {
        let StatementKind::Pipeline(pipeline) = &self.kind else {
            return false;
        };
        matches!(
            pipeline.elements.as_slice(),
            [PipelineElement::Expression(Expr {
                kind: ExprKind::Unary {
                    op: UnaryOp::PreIncrement
                        | UnaryOp::PreDecrement
                        | UnaryOp::PostIncrement
                        | UnaryOp::PostDecrement,
                    ..
                },
                ..
            })]
        )
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum StatementKind {
    Pipeline(Pipeline),
    /// `$x = ...`, `$x.Prop += ...`: the value is itself a statement (often a pipeline).
    Assignment {
        target: Expr,
        op: AssignOp,
        value: Box<Statement>,
    },
    If {
        clauses: Vec<(Pipeline, Block)>,
        otherwise: Option<Block>,
    },
    /// Boxed: the largest statement, and a rare one.
    Foreach(Box<Foreach>),
    /// `while (...) { }`, `do { } while (...)`, `do { } until (...)`; boxed, being rare.
    Loop(Box<Loop>),
    /// `break [label]`: leaves the innermost loop (or `switch`), or the one with the label.
    Break(Option<Name>),
    /// `continue [label]`: goes on with the next turn of the innermost loop, or of the one
    /// with the label.
    Continue(Option<Name>),
    /// `function` / `filter`: defines a command in the current scope.
    Function(Rc<FunctionDef>),
    /// `return [pipeline]`: writes the value and leaves the function or script block.
    Return(Option<Pipeline>),
    /// `throw [value]`: a terminating error.
    Throw(Option<Pipeline>),
    /// Boxed, being rare.
    Try(Box<Try>),
    /// `trap [Type] { }`: runs when a terminating error reaches the scope it is in.
    Trap {
        types: Vec<Name>,
        body: Block,
    },
    For(Box<For>),
    Switch(Box<Switch>),
    /// `:label` before a loop or `switch`, so that `break label` and `continue label` can
    /// name it.
    Labeled {
        label: Name,
        statement: Box<Statement>,
    },
    /// Parsed so that scripts using them can be checked, but never run by lyncsh.
    Unsupported {
        what: &'static str,
        blocks: Vec<Block>,
    },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AssignOp {
    Assign,
    Add,
    Subtract,
    Multiply,
    Divide,
}

/// `foreach ($variable in iterable) { body }`.
#[derive(Clone, Debug, PartialEq)]
pub struct Foreach {
    pub variable: Name,
    pub iterable: Pipeline,
    pub body: Block,
}

/// A loop on a condition: tested before the body (`while`) or after it (`do`).
#[derive(Clone, Debug, PartialEq)]
pub struct Loop {
    pub kind: LoopKind,
    pub condition: Pipeline,
    pub body: Block,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LoopKind {
    /// `while (c) { }`: runs while `c` holds, testing it first.
    While,
    /// `do { } while (c)`: runs once, then while `c` holds.
    DoWhile,
    /// `do { } until (c)`: runs once, then until `c` holds.
    DoUntil,
}

/// `{ statements }` used as the body of `if`, `foreach` and the like.
#[derive(Clone, Debug, PartialEq)]
pub struct Block {
    pub statements: Vec<Statement>,
    pub span: Span,
}

/// Most pipelines are one command or expression, which the pipeline holds in itself rather
/// than in an allocation of its own.
#[derive(Clone, Debug, PartialEq)]
pub struct Pipeline {
    pub elements: smallvec::SmallVec<[PipelineElement; 1]>,
    /// The redirections of an expression that leads the pipeline (`$report > out.txt`); a
    /// command keeps its own among its arguments.
    pub redirections: Vec<Redirection>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub enum PipelineElement {
    Command(Command),
    Expression(Expr),
}

impl PipelineElement {
    pub fn span(&self) -> Span {
        match self {
            PipelineElement::Command(c) => c.span,
            PipelineElement::Expression(e) => e.span,
        }
    }
}

/// How a command was invoked: by name, or with `&` / `.` in front of an expression.
#[derive(Clone, Debug, PartialEq)]
pub enum CommandName {
    Bare {
        name: Name,
        span: Span,
    },
    Invoke {
        operator: char,
        target: Box<Expr>,
        span: Span,
    },
}

#[derive(Clone, Debug, PartialEq)]
pub struct Command {
    pub name: CommandName,
    pub args: Vec<CommandArg>,
    pub span: Span,
}

impl Command {
    pub fn name_span(&self) -> Span {
        match &self.name {
            CommandName::Bare { span, .. } | CommandName::Invoke { span, .. } => *span,
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum CommandArg {
    /// `-Name`, or `-Name:value` when `value` is present. `span` covers the `-Name` token
    /// (with its colon).
    Parameter {
        name: Name,
        value: Option<Expr>,
        span: Span,
    },
    Positional(Expr),
    /// `> file`, `2>&1` and the like.
    Redirection(Redirection),
}

/// Where a stream of a command (or of the expression that leads a pipeline) goes instead of
/// down the pipeline or to the host: `> file`, `2>> file`, `2>&1`, `*> $null`.
#[derive(Clone, Debug, PartialEq)]
pub struct Redirection {
    /// The operator and its target, as typed.
    pub text: Name,
    /// The stream: 1 output, 2 errors, 3 warnings, 4 verbose, 5 debug; 0 for `*`, every one.
    pub stream: u8,
    /// `>>`: the file is added to rather than replaced.
    pub append: bool,
    /// The file; `None` for `n>&1`, which merges the stream into the output.
    pub file: Option<Expr>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Expr {
    pub kind: ExprKind,
    pub span: Span,
}

/// A literal string as written: the quote style matters to binding (`True` vs `$True`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StringStyle {
    Bare,
    Single,
    Double,
}

#[derive(Clone, Debug, PartialEq)]
pub enum StringPart {
    Text(Name),
    Variable(Name),
    SubExpression(Vec<Statement>),
}

#[derive(Clone, Debug, PartialEq)]
pub enum Number {
    Int32(i32),
    Int64(i64),
    Double(f64),
}

#[derive(Clone, Debug, PartialEq)]
pub enum ExprKind {
    String {
        value: Name,
        style: StringStyle,
    },
    Expandable {
        parts: Vec<StringPart>,
        style: StringStyle,
    },
    Number(Number),
    Variable(Name),
    /// `@name`, passing a hashtable's entries as parameters.
    Splat(Name),
    Array(Vec<Expr>),
    Hashtable(Vec<(Expr, Statement)>),
    ScriptBlock(Rc<ScriptBlockAst>),
    /// `( pipeline )`
    Paren(Box<Statement>),
    /// `$( statements )`
    SubExpression(Vec<Statement>),
    /// `@( statements )`
    ArrayExpression(Vec<Statement>),
    TypeLiteral(Name),
    /// Boxed, the node and both of its sub-expressions in one allocation (as are `Index`
    /// and `Binary`).
    Member(Box<Member>),
    /// Boxed: a call is the largest expression, and most expressions are not calls.
    MethodCall(Box<MethodCall>),
    Index(Box<Index>),
    Unary {
        op: UnaryOp,
        operand: Box<Expr>,
    },
    Binary(Box<Binary>),
    Cast {
        type_name: Name,
        operand: Box<Expr>,
    },
}

/// `target.name`, or `[Type]::name` when `is_static`. The name is an expression
/// (`$x.$property`, `$x.("Name")`), most often a bare word.
#[derive(Clone, Debug, PartialEq)]
pub struct Member {
    pub target: Expr,
    pub name: Expr,
    pub is_static: bool,
}

/// `target[index]`.
#[derive(Clone, Debug, PartialEq)]
pub struct Index {
    pub target: Expr,
    pub index: Expr,
}

/// `left op right`.
#[derive(Clone, Debug, PartialEq)]
pub struct Binary {
    pub op: BinaryOp,
    pub left: Expr,
    pub right: Expr,
}

/// `target.name(args)`, or `[Type]::name(args)` when `is_static`.
#[derive(Clone, Debug, PartialEq)]
pub struct MethodCall {
    pub target: Expr,
    pub name: Name,
    pub args: Vec<Expr>,
    pub is_static: bool,
}

/// The body of a `{ ... }` value, with its text (a script block's ToString()).
#[derive(Clone, Debug, PartialEq)]
pub struct ScriptBlockAst {
    pub body: Script,
    pub text: Name,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnaryOp {
    Not,
    Negate,
    Plus,
    Split,
    Join,
    PreIncrement,
    PreDecrement,
    PostIncrement,
    PostDecrement,
    Comma,
    BitNot,
}

/// A binary operator; comparison operators carry their case-sensitivity.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinaryOp {
    And,
    Or,
    Xor,
    Add,
    Subtract,
    Multiply,
    Divide,
    Modulo,
    Range,
    Format,
    BitAnd,
    BitOr,
    BitXor,
    Compare { op: CompareOp, case_sensitive: bool },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CompareOp {
    Eq,
    Ne,
    Gt,
    Ge,
    Lt,
    Le,
    Like,
    NotLike,
    Match,
    NotMatch,
    Contains,
    NotContains,
    In,
    NotIn,
    Replace,
    Split,
    Join,
    Is,
    IsNot,
    As,
}

/// Walks statements down to their pipelines and expressions, in source order. Implementers say
/// what to do with a pipeline and an expression, and walk further into an expression with
/// [`Walk::walk_expr_children`]; the shapes of statements and expressions are handled here once.
pub trait Walk {
    fn visit_pipeline(&mut self, pipeline: &Pipeline);
    fn visit_expr(&mut self, expr: &Expr);
    /// Called for every statement before its parts are walked.
    fn visit_statement(&mut self, _statement: &Statement) {}

    fn walk_statements(&mut self, statements: &[Statement]) {
        for statement in statements {
            self.walk_statement(statement);
        }
    }

    /// A whole body: parameter defaults and attribute arguments, the named blocks, then the
    /// statements.
    fn walk_script(&mut self, script: &Script) {
        if let Some(header) = &script.header {
            for attribute in header
                .attributes
                .iter()
                .chain(header.params.iter().flatten().flat_map(|p| &p.attributes))
            {
                attribute.positional.iter().for_each(|e| self.visit_expr(e));
                attribute
                    .named
                    .iter()
                    .filter_map(|(_, e)| e.as_ref())
                    .for_each(|e| self.visit_expr(e));
            }
            for param in header.params.iter().flatten() {
                if let Some(default) = &param.default {
                    self.visit_expr(default);
                }
            }
            for block in [&header.begin, &header.process].into_iter().flatten() {
                self.walk_statements(&block.statements);
            }
        }
        self.walk_statements(&script.statements);
    }

    fn walk_statement(&mut self, statement: &Statement) {
        self.visit_statement(statement);
        match &statement.kind {
            StatementKind::Pipeline(p) => self.visit_pipeline(p),
            StatementKind::Assignment { target, value, .. } => {
                self.visit_expr(target);
                self.walk_statement(value);
            }
            StatementKind::If { clauses, otherwise } => {
                for (condition, block) in clauses {
                    self.visit_pipeline(condition);
                    self.walk_statements(&block.statements);
                }
                if let Some(block) = otherwise {
                    self.walk_statements(&block.statements);
                }
            }
            StatementKind::Foreach(foreach) => {
                self.visit_pipeline(&foreach.iterable);
                self.walk_statements(&foreach.body.statements);
            }
            StatementKind::Loop(looping) => {
                self.visit_pipeline(&looping.condition);
                self.walk_statements(&looping.body.statements);
            }
            StatementKind::Break(_) | StatementKind::Continue(_) => {}
            StatementKind::Function(def) => self.walk_script(&def.body.body),
            StatementKind::Return(value) | StatementKind::Throw(value) => {
                if let Some(value) = value {
                    self.visit_pipeline(value);
                }
            }
            StatementKind::Try(t) => {
                self.walk_statements(&t.body.statements);
                for catch in &t.catches {
                    self.walk_statements(&catch.body.statements);
                }
                if let Some(block) = &t.finally {
                    self.walk_statements(&block.statements);
                }
            }
            StatementKind::Trap { body, .. } => self.walk_statements(&body.statements),
            StatementKind::For(f) => {
                if let Some(init) = &f.init {
                    self.walk_statement(init);
                }
                if let Some(condition) = &f.condition {
                    self.visit_pipeline(condition);
                }
                if let Some(step) = &f.step {
                    self.walk_statement(step);
                }
                self.walk_statements(&f.body.statements);
            }
            StatementKind::Switch(s) => {
                self.visit_pipeline(&s.value);
                for clause in &s.clauses {
                    self.visit_expr(&clause.pattern);
                    self.walk_statements(&clause.body.statements);
                }
                if let Some(block) = &s.default {
                    self.walk_statements(&block.statements);
                }
            }
            StatementKind::Labeled { statement, .. } => self.walk_statement(statement),
            StatementKind::Unsupported { blocks, .. } => {
                for block in blocks {
                    self.walk_statements(&block.statements);
                }
            }
        }
    }

    /// Visits the expressions and statements inside `expr`. The code inside an expandable
    /// string is not visited: it is part of the string's text, for those who want it.
    fn walk_expr_children(&mut self, expr: &Expr) {
        match &expr.kind {
            ExprKind::Array(items) => items.iter().for_each(|i| self.visit_expr(i)),
            ExprKind::Hashtable(entries) => {
                for (key, value) in entries {
                    self.visit_expr(key);
                    self.walk_statement(value);
                }
            }
            ExprKind::ScriptBlock(block) => self.walk_script(&block.body),
            ExprKind::Paren(statement) => self.walk_statement(statement),
            ExprKind::SubExpression(statements) | ExprKind::ArrayExpression(statements) => {
                self.walk_statements(statements)
            }
            ExprKind::Member(m) => {
                self.visit_expr(&m.target);
                self.visit_expr(&m.name);
            }
            ExprKind::MethodCall(call) => {
                self.visit_expr(&call.target);
                call.args.iter().for_each(|a| self.visit_expr(a));
            }
            ExprKind::Index(i) => {
                self.visit_expr(&i.target);
                self.visit_expr(&i.index);
            }
            ExprKind::Unary { operand, .. } | ExprKind::Cast { operand, .. } => {
                self.visit_expr(operand)
            }
            ExprKind::Binary(b) => {
                self.visit_expr(&b.left);
                self.visit_expr(&b.right);
            }
            ExprKind::String { .. }
            | ExprKind::Expandable { .. }
            | ExprKind::Number(_)
            | ExprKind::Variable(_)
            | ExprKind::Splat(_)
            | ExprKind::TypeLiteral(_) => {}
        }
    }
}
