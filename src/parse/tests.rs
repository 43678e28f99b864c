//! Table-style parser tests: `input => shape` or `input => error id at column`.

use super::parse;
use crate::ast::*;

/// Renders the parts of a tree that the tests care about, compactly.
fn shape(text: &str) -> String {
    let script = parse(text).unwrap_or_else(|e| panic!("{text:?} failed: {e}"));
    body(&script)
}

/// A body: its header (attributes, parameters with their attributes and types, named
/// blocks) in brackets, then its statements.
fn body(script: &Script) -> String {
    let statements = script
        .statements
        .iter()
        .map(statement)
        .collect::<Vec<_>>()
        .join("; ");
    let Some(header) = &script.header else {
        return statements;
    };
    let mut parts: Vec<String> = header
        .attributes
        .iter()
        .map(|a| format!("[{}]", a.name))
        .collect();
    if let Some(params) = &header.params {
        let params: Vec<String> = params
            .iter()
            .map(|p| {
                let attributes: String = p
                    .attributes
                    .iter()
                    .map(|a| format!("[{}]", a.name))
                    .collect();
                let ty = p
                    .type_name
                    .as_ref()
                    .map_or(String::new(), |t| format!("<{t}>"));
                let default = if p.default.is_some() { "=" } else { "" };
                format!("{attributes}{ty}${}{default}", p.name)
            })
            .collect();
        parts.push(format!("param({})", params.join(",")));
    }
    if header.begin.is_some() {
        parts.push("begin".into());
    }
    if header.process.is_some() {
        parts.push("process".into());
    }
    format!("{{{}}} {statements}", parts.join(" "))
}

fn statement(s: &Statement) -> String {
    match &s.kind {
        StatementKind::Pipeline(p) => pipeline(p),
        StatementKind::Assignment { target, value, .. } => {
            format!("{} = {}", expr(target), statement(value))
        }
        StatementKind::If { clauses, otherwise } => {
            format!(
                "if[{}{}]",
                clauses.len(),
                if otherwise.is_some() { "+else" } else { "" }
            )
        }
        StatementKind::Foreach(foreach) => format!("foreach ${}", foreach.variable),
        StatementKind::Loop(looping) => format!(
            "{:?}({}) {{{}}}",
            looping.kind,
            pipeline(&looping.condition),
            looping.body.statements.len()
        ),
        StatementKind::Break(label) => match label {
            Some(label) => format!("break {label}"),
            None => "break".into(),
        },
        StatementKind::Continue(label) => match label {
            Some(label) => format!("continue {label}"),
            None => "continue".into(),
        },
        StatementKind::Function(def) => format!(
            "function {}({})",
            def.name,
            def.body
                .body
                .header
                .as_ref()
                .and_then(|h| h.params.as_ref())
                .map_or(0, Vec::len)
        ),
        StatementKind::Return(_) => "return".into(),
        StatementKind::Throw(_) => "throw".into(),
        StatementKind::Try(t) => format!(
            "try[{}{}]",
            t.catches.len(),
            if t.finally.is_some() { "+finally" } else { "" }
        ),
        StatementKind::Trap { .. } => "trap".into(),
        StatementKind::For(_) => "for".into(),
        StatementKind::Switch(s) => format!("switch[{}]", s.clauses.len()),
        StatementKind::Labeled {
            label,
            statement: inner,
        } => {
            format!(":{label} {}", statement(inner))
        }
        StatementKind::Unsupported { what, .. } => format!("unsupported({what})"),
    }
}

fn pipeline(p: &Pipeline) -> String {
    p.elements
        .iter()
        .map(|e| match e {
            PipelineElement::Command(c) => command(c),
            PipelineElement::Expression(x) => expr(x),
        })
        .collect::<Vec<_>>()
        .join(" | ")
}

fn command(c: &Command) -> String {
    let mut out = match &c.name {
        CommandName::Bare { name, .. } => name.to_string(),
        CommandName::Invoke {
            operator, target, ..
        } => format!("{operator}{}", expr(target)),
    };
    for a in &c.args {
        out.push(' ');
        out.push_str(&match a {
            CommandArg::Parameter {
                name, value: None, ..
            } => format!("-{name}"),
            CommandArg::Parameter {
                name,
                value: Some(v),
                ..
            } => format!("-{name}:{}", expr(v)),
            CommandArg::Positional(e) => expr(e),
            CommandArg::Redirection(r) => format!("redirect({})", r.text),
        });
    }
    out
}

fn expr(e: &Expr) -> String {
    match &e.kind {
        ExprKind::String {
            value,
            style: StringStyle::Bare,
        } => format!("w({value})"),
        ExprKind::String { value, .. } => format!("s({value})"),
        ExprKind::Expandable { parts, .. } => format!("x({})", parts.len()),
        ExprKind::Number(Number::Int32(n)) => format!("{n}"),
        ExprKind::Number(Number::Int64(n)) => format!("{n}L"),
        ExprKind::Number(Number::Double(n)) => format!("{n}d"),
        ExprKind::Variable(v) => format!("${v}"),
        ExprKind::Splat(v) => format!("@{v}"),
        ExprKind::Array(items) => format!(
            "[{}]",
            items.iter().map(expr).collect::<Vec<_>>().join(", ")
        ),
        ExprKind::Hashtable(entries) => format!("@{{{}}}", entries.len()),
        ExprKind::ScriptBlock(_) => "{}".into(),
        ExprKind::Paren(s) => format!("({})", statement(s)),
        ExprKind::SubExpression(s) => format!("$({})", s.len()),
        ExprKind::ArrayExpression(s) => format!("@({})", s.len()),
        ExprKind::TypeLiteral(t) => format!("[{t}]"),
        ExprKind::Member(m) => {
            format!(
                "{}{}{}",
                expr(&m.target),
                if m.is_static { "::" } else { "." },
                expr(&m.name)
            )
        }
        ExprKind::MethodCall(call) => {
            format!("{}.{}({})", expr(&call.target), call.name, call.args.len())
        }
        ExprKind::Index(i) => format!("{}[{}]", expr(&i.target), expr(&i.index)),
        ExprKind::Unary { op, operand } => format!("{op:?}({})", expr(operand)),
        ExprKind::Binary(b) => format!("({} {:?} {})", expr(&b.left), b.op, expr(&b.right)),
        ExprKind::Cast { type_name, operand } => format!("[{type_name}]{}", expr(operand)),
    }
}

macro_rules! parses {
    ($($name:ident: $input:expr => $shape:expr;)*) => {
        $(#[test] fn $name() { assert_eq!(shape($input), $shape); })*
    };
}

macro_rules! fails {
    ($($name:ident: $input:expr => $id:expr, col $col:expr, incomplete $inc:expr;)*) => {
        $(#[test] fn $name() {
            let e = parse($input).expect_err("should fail");
            assert_eq!((e.id, e.col, e.incomplete), ($id, $col, $inc), "{e}");
        })*
    };
}

parses! {
    bare_command: "Get-CsConferencingConfiguration" => "Get-CsConferencingConfiguration";
    named_boolean: "Set-CsConferencingConfiguration -ClientMediaPortRangeEnabled $True" =>
        "Set-CsConferencingConfiguration -ClientMediaPortRangeEnabled $True";
    quoted_identity: "Set-X -Identity \"site:Redmond\"" => "Set-X -Identity s(site:Redmond)";
    pipeline_two: "Get-X | Set-X  -A 1" => "Get-X | Set-X -A 1";
    lone_dash_is_a_word: "Set-X - ClientFileTransferPort 42020" => "Set-X w(-) w(ClientFileTransferPort) 42020";
    colon_form: "Set-X -Force:$false -Identity:global" => "Set-X -Force:$false -Identity:w(global)";
    colon_then_space: "Set-X -Identity: global" => "Set-X -Identity:w(global)";
    barewords: "Set-X site:Redmond 22:00:00 atl-cs-001.litwareinc.com 10.0.0.1" =>
        "Set-X w(site:Redmond) w(22:00:00) w(atl-cs-001.litwareinc.com) w(10.0.0.1)";
    negative_number_argument: "Set-X -1" => "Set-X -1";
    comma_array_argument: "Select-Object Identity, ClientAudioPort" => "Select-Object [w(Identity), w(ClientAudioPort)]";
    statements_semicolon: "a; b\nc" => "a; b; c";
    continuation_after_pipe: "Get-X |\n Set-X" => "Get-X | Set-X";
    backtick_continuation: "Set-X -A 1 `\n -B 2" => "Set-X -A 1 -B 2";
    comments: "Get-X # trailing\n<# block\n comment #> Get-Y" => "Get-X; Get-Y";
    doubled_quotes: "Write-Output 'it''s' \"say \"\"hi\"\"\"" => "Write-Output s(it's) s(say \"hi\")";
    backtick_escape: "Write-Output \"a`tb\"" => "Write-Output s(a\tb)";
    doubled_quote_at_the_end: "Write-Output 'it''' \"say\"\"\" ''''" => "Write-Output s(it') s(say\") s(')";
    escapes_in_a_bareword: "Write-Output a`tb a`$b a'b' c\"d\"" => "Write-Output w(a\tb) w(a$b) w(ab) w(cd)";
    expansion: "Write-Output \"id $x and $($y.Z)\"" => "Write-Output x(4)";
    assignment: "$x = Get-X -Identity global" => "$x = Get-X -Identity w(global)";
    member_assignment: "$x.ClientAudioPort = 50020" => "$x.w(ClientAudioPort) = 50020";
    where_block: "Get-X | Where-Object {$_.Identity -like \"site:*\"}" => "Get-X | Where-Object {}";
    comparison: "$a -eq 1 -and $b -ne 2" => "(($a Compare { op: Eq, case_sensitive: false } 1) And ($b Compare { op: Ne, case_sensitive: false } 2))";
    case_sensitive_op: "$a -clike 'x*'" => "($a Compare { op: Like, case_sensitive: true } s(x*))";
    variable_then_path_is_one_word: "Out-File $dir\\Topology.xml; Test-Path $a\\$b" => "Out-File x(2); Test-Path x(3)";
    variable_then_redirection_stays_apart: "Write-Output $a>out.txt" => "Write-Output $a redirect(>out.txt)";
    wide_dash_parameter: "Set-X \u{2013}Identity global \u{2014}Force" => "Set-X -Identity w(global) -Force";
    wide_dash_operator: "$a \u{2013}eq 1 \u{2015}and $b" => "(($a Compare { op: Eq, case_sensitive: false } 1) And $b)";
    wide_dash_in_a_string_stays: "Write-Output 'a\u{2013}b'" => "Write-Output s(a\u{2013}b)";
    arithmetic_precedence: "1 + 2 * 3" => "(1 Add (2 Multiply 3))";
    hashtable: "Set-X -Users @{Add=\"a\"; Remove='b'}" => "Set-X -Users @{2}";
    static_member: "[DateTime]::Now" => "[DateTime]::w(Now)";
    method_call: "$s.Replace('a', 'b')" => "$s.Replace(2)";
    index: "$a[-1]" => "$a[-1]";
    paren_count: "(Get-CsSite).Count" => "(Get-CsSite).w(Count)";
    if_else: "if ($a) { b } elseif ($c) { d } else { e }" => "if[2+else]";
    foreach_loop: "foreach ($x in $y) { $x }" => "foreach $x";
    while_loop: "while ($a) { b; c }" => "While($a) {2}";
    do_until_loop: "do { b } until ($a)" => "DoUntil($a) {1}";
    do_while_loop: "do {} while ($a)" => "DoWhile($a) {0}";
    break_and_continue: "break; continue" => "break; continue";
    break_with_a_label: "break outer" => "break outer";
    function_definition: "function f { 1 }" => "function f(0)";
    function_with_short_parameters: "function f($a, [int]$b = 2) { $a }" => "function f(2)";
    function_in_another_scope: "function global:Get-Thing { }" => "function Get-Thing(0)";
    filter_definition: "filter Double { $_ * 2 }" => "function Double(0)";
    try_catch_finally: "try { 1 } catch [System.Exception] { 2 } catch { 3 } finally { 4 }" => "try[2+finally]";
    try_finally: "try { 1 } finally { 2 }" => "try[0+finally]";
    trap_with_a_type: "trap [Exception] { continue }; 1" => "trap; 1";
    for_loop: "for ($i = 0; $i -lt 3; $i++) { $i }" => "for";
    for_without_parts: "for (;;) { break }" => "for";
    switch_clauses: "switch -Regex ($x) { '^a' { 1 } { $_ -gt 2 } { 2 } default { 3 } }" => "switch[2]";
    labelled_loop: ":outer foreach ($a in $b) { continue outer }" => ":outer foreach $a";
    throw_and_return: "throw 'x'; return 1" => "throw; return";
    exit_alone: "exit" => "exit";
    param_block_then_statements: "param($p) Get-X" => "{param($p)} Get-X";
    named_blocks_on_one_line: "begin { } process { }" => "{begin process} ";
    cmdletbinding_then_param: "[CmdletBinding(SupportsShouldProcess=$true)]\nParam([string]$Name)" => "{[CmdletBinding] param(<string>$Name)} ";
    attribute_on_its_own_line: "param(\n  [Parameter(Mandatory=$true)]\n  [string]\n  $Name,\n  [switch]$Force = $false\n)\n$Name" => "{param([Parameter]<string>$Name,<switch>$Force=)} $Name";
    attribute_arguments_over_lines: "[CmdletBinding(DefaultParameterSetName='A',\n   SupportsShouldProcess)]\nparam([ValidateScript({\n  $_ -gt 0\n})][int]$n)" => "{[CmdletBinding] param([ValidateScript]<int>$n)} ";
    cast_at_the_start_is_no_header: "[int]$x = 5" => "[int]$x = 5";
    exit_keeps_its_status: "exit 3; Get-X" => "exit (3); Get-X";
    hex_number: "Write-Output 0x10" => "Write-Output 16";
    array_expression: "@(1, 2)" => "@(1)";
    unary_not: "!$a" => "Not($a)";
    cast: "[int]'5'" => "[int]s(5)";
    splat: "Set-X @params" => "Set-X @params";
    redirection: "Get-X > out.txt" => "Get-X redirect(> out.txt)";
    here_string: "@\"\nline $x\n\"@" => "x(2)";
    unicode_bareword: "Set-X -Description café" => "Set-X -Description w(café)";
}

fails! {
    unterminated_double: "Get-CsSite -Identity \"site:Redmond" => "TerminatorExpectedAtEndOfString", col 22, incomplete true;
    unterminated_single: "Get-X 'abc" => "TerminatorExpectedAtEndOfString", col 7, incomplete true;
    open_brace: "Get-X | Where-Object {" => "MissingEndCurlyBrace", col 22, incomplete true;
    open_brace_with_a_body: "Get-X | Where-Object { $_.A -eq 1" => "MissingEndCurlyBrace", col 22, incomplete true;
    method_call_unclosed: "$s.Trim(" => "MissingEndParenthesisInMethodCall", col 8, incomplete true;
    hash_pair_without_separator: "@{a=1 b=2}" => "IncompleteHashLiteral", col 7, incomplete false;
    empty_braced_variable: "${}" => "EmptyVariableReference", col 3, incomplete false;
    empty_braced_variable_in_a_string: "\"a ${} b\"" => "EmptyVariableReference", col 6, incomplete false;
    open_paren: "(Get-X" => "MissingEndParenthesisInExpression", col 1, incomplete true;
    trailing_pipe: "Get-X |" => "EmptyPipeElement", col 7, incomplete true;
    trailing_backtick: "Get-X `" => "IncompleteLine", col 7, incomplete true;
    empty_pipe_element: "Get-X | | Set-X" => "EmptyPipeElement", col 7, incomplete false;
    stray_close_paren: "Get-X )" => "UnexpectedToken", col 7, incomplete false;
    stray_close_brace: "}" => "UnexpectedToken", col 1, incomplete false;
    missing_operand: "$a -eq )" => "ExpectedValueExpression", col 8, incomplete false;
    missing_equals: "@{a 1}" => "MissingEqualsInHashLiteral", col 5, incomplete false;
    parameter_needs_argument: "Set-X -Identity:" => "ParameterRequiresArgument", col 7, incomplete false;
    empty_parens: "()" => "ExpectedExpression", col 2, incomplete false;
    block_comment_open: "Get-X <# open" => "MissingTerminatorMultiLineComment", col 7, incomplete true;
    unknown_operator: "$a -bogus 1" => "UnexpectedToken", col 4, incomplete false;
}

#[test]
fn deep_nesting_is_an_error_not_a_crash() {
    // The shell parses on a thread with a large stack (see `cli::main`); so does this test,
    // because unoptimised builds use far more stack per nesting level.
    let worker = std::thread::Builder::new()
        .stack_size(crate::cli::STACK_SIZE)
        .spawn(|| {
            for open in ["(", "{", "@(", "$(", "[int]", "!", "-not ", "@{a=", "$a="] {
                let text = open.repeat(100_000);
                let e = parse(&text).expect_err("too deep");
                assert_eq!(e.id, "NestingTooDeep", "{open}");
                assert!(!e.incomplete);
            }
        });
    worker.expect("spawn").join().expect("no panic");
}

#[test]
fn an_unclosed_brace_points_at_the_brace_alone() {
    let e = parse("if ($a) { Get-X -A 1").expect_err("unclosed");
    assert_eq!((e.id, e.col, e.span.len()), ("MissingEndCurlyBrace", 9, 1));
}

#[test]
fn spans_locate_line_and_column() {
    let text = "Get-X\n  Set-Y -A 1";
    let source = crate::span::SourceText::new(text);
    let script = parse(text).unwrap();
    let StatementKind::Pipeline(p) = &script.statements[1].kind else {
        panic!()
    };
    let PipelineElement::Command(c) = &p.elements[0] else {
        panic!()
    };
    assert_eq!(source.line_col(c.span.start()), (2, 3));
    let CommandArg::Parameter { span, .. } = &c.args[0] else {
        panic!()
    };
    assert_eq!(source.line_col(span.start()), (2, 9));
    assert_eq!(span.len(), 2);
}

#[test]
fn a_line_over_the_length_limit_is_refused_at_the_limit() {
    let long = "a".repeat(crate::limits::MAX_LINE_LENGTH + 1);
    let e = parse(&format!("Get-X\nWrite-Output {long}\n")).expect_err("too long");
    assert_eq!((e.id, e.line, e.incomplete), ("LineTooLong", 2, false));
    assert_eq!(e.span.start(), 6 + crate::limits::MAX_LINE_LENGTH);
    let fits = "a".repeat(crate::limits::MAX_LINE_LENGTH - "Write-Output ".len());
    assert!(parse(&format!("Write-Output {fits}\nGet-X")).is_ok());
}

#[test]
fn texts_read_as_they_stand_are_ranges_of_the_source() {
    let source: std::rc::Rc<str> =
        "Write-Output 'plain' \"also plain\" word 'it''s' \"a`tb\"".into();
    let script = super::parse_shared(&source).expect("parses");
    let StatementKind::Pipeline(p) = &script.statements[0].kind else {
        panic!()
    };
    let PipelineElement::Command(c) = &p.elements[0] else {
        panic!()
    };
    let range = source.as_bytes().as_ptr_range();
    let shared: Vec<bool> = c
        .args
        .iter()
        .map(|a| match a {
            CommandArg::Positional(Expr {
                kind: ExprKind::String { value, .. },
                ..
            }) => range.contains(&value.as_ptr()),
            other => panic!("{other:?}"),
        })
        .collect();
    assert_eq!(shared, [true, true, true, false, false]);
}

#[test]
fn an_input_over_the_length_limit_is_refused_where_it_passes_the_limit() {
    let limit = crate::limits::MAX_SCRIPT_LENGTH;
    let line = "Get-CsSite\n";
    let text = line.repeat(limit / line.len() + 1);
    let e = parse(&text).expect_err("too long");
    assert_eq!((e.id, e.incomplete), ("ScriptTooLong", false));
    assert_eq!(e.span.start(), limit);
    assert_eq!(e.line as usize, limit / line.len() + 1);
}

#[test]
fn a_pipeline_over_the_length_limit_is_refused_at_the_extra_bar() {
    let limit = crate::limits::MAX_PIPELINE_LENGTH;
    let fits = vec!["Write-Output"; limit].join(" | ");
    assert!(parse(&fits).is_ok());
    let text = format!("{fits} | Write-Output");
    let e = parse(&text).expect_err("too long");
    assert_eq!((e.id, e.span.start()), ("PipelineTooLong", fits.len() + 1));
}
