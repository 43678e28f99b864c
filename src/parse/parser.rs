//! The recursive-descent parser: statements, pipelines, commands in argument mode and
//! expressions in expression mode. Token-level pieces come from [`super::lexical`].

use super::error::ParseError;
use super::lexical::{self, ends_bareword, ends_parameter, starts_parameter_name};
use super::text_run::{RunText, TextRun};
use crate::ast::*;
use crate::span::{LineIndex, Span};
use std::rc::Rc;

use crate::limits::{self, MAX_DEPTH, MAX_LINE_LENGTH, MAX_PIPELINE_LENGTH, MAX_SCRIPT_LENGTH};

/// Errors are boxed while parsing: every result passes through many levels of the descent,
/// and a small error keeps each of them small.
type PResult<T> = Result<T, Box<ParseError>>;

pub struct Parser<'a> {
    src: &'a str,
    pos: usize,
    depth: usize,
    /// Inside `( )` or `[ ]` newlines count as blanks between operators.
    paren_depth: usize,
    /// Method arguments: a comma separates arguments instead of building an array.
    no_comma: usize,
    /// Where statements, pipeline elements, command arguments and array items gather while
    /// their list is read (nested lists stack above outer ones), so that each list is then
    /// allocated once at its final size.
    statement_stack: Vec<Statement>,
    element_stack: Vec<PipelineElement>,
    arg_stack: Vec<CommandArg>,
    item_stack: Vec<Expr>,
    /// The source text that names read verbatim share (see [`Name`]).
    shared: crate::name::SharedText,
    /// Where the last look for a binary operator found none (and whether newlines counted
    /// as blanks): each operand is followed by a look at every precedence level, and most
    /// are followed by no operator at all.
    no_operator_at: (usize, bool),
}

impl<'a> Parser<'a> {
    pub fn new(src: &'a Rc<str>) -> Parser<'a> {
        Parser {
            src,
            pos: 0,
            depth: 0,
            paren_depth: 0,
            no_comma: 0,
            statement_stack: Vec::new(),
            element_stack: Vec::new(),
            arg_stack: Vec::new(),
            item_stack: Vec::new(),
            shared: Rc::new(Rc::clone(src)),
            no_operator_at: (usize::MAX, false),
        }
    }

    // ----- positions and errors -------------------------------------------------------------

    fn rest(&self) -> &'a str {
        &self.src[self.pos..]
    }

    /// The next character. Most are ASCII, which is one byte and needs no decoding.
    #[inline]
    fn peek(&self) -> Option<char> {
        match self.src.as_bytes().get(self.pos) {
            Some(b) if b.is_ascii() => Some(char::from(*b)),
            Some(_) => self.rest().chars().next(),
            None => None,
        }
    }

    /// The character `n` characters ahead; ASCII ones are read as bytes.
    #[inline]
    fn peek_nth(&self, n: usize) -> Option<char> {
        let bytes = self.src.as_bytes();
        match bytes.get(self.pos..self.pos + n + 1) {
            Some(ahead) if ahead.is_ascii() => Some(char::from(ahead[n])),
            _ => self.rest().chars().nth(n),
        }
    }

    fn at_end(&self) -> bool {
        self.pos >= self.src.len()
    }

    #[inline]
    fn bump(&mut self) -> Option<char> {
        let c = self.peek()?;
        self.pos += c.len_utf8();
        Some(c)
    }

    #[inline]
    fn eat(&mut self, c: char) -> bool {
        if self.peek() == Some(c) {
            self.pos += c.len_utf8();
            true
        } else {
            false
        }
    }

    fn eat_str(&mut self, s: &str) -> bool {
        if self.rest().starts_with(s) {
            self.pos += s.len();
            true
        } else {
            false
        }
    }

    pub fn span(&self, start: usize, end: usize) -> Span {
        Span::new(start, end)
    }

    /// `text` as a [`Name`]: a range of the shared source when it was read verbatim.
    fn name(&self, text: &str) -> Name {
        Name::within(&self.shared, text)
    }

    /// `src[start..end]` as a [`Name`].
    fn name_range(&self, start: usize, end: usize) -> Name {
        Name::range(&self.shared, start, end)
    }

    /// What a [`TextRun`] read, as a [`Name`].
    fn run_name(&self, run: RunText) -> Name {
        match run {
            RunText::Source(start, end) => self.name_range(start, end),
            RunText::Owned(text) => Name::from(text.as_str()),
        }
    }

    fn span_from(&self, start: usize) -> Span {
        self.span(start, self.pos)
    }

    #[cold]
    fn error(
        &self,
        id: &'static str,
        message: impl Into<String>,
        start: usize,
        end: usize,
    ) -> Box<ParseError> {
        let (line, col) = LineIndex::new(self.src).line_col(self.src, start);
        Box::new(ParseError {
            id,
            message: message.into(),
            span: self.span(start, end),
            line,
            col,
            incomplete: false,
        })
    }

    /// An error at the current position; incomplete when the input has run out.
    #[cold]
    fn error_here(&self, id: &'static str, message: impl Into<String>) -> Box<ParseError> {
        let end = (self.pos + self.peek().map(char::len_utf8).unwrap_or(0)).min(self.src.len());
        let mut e = self.error(id, message, self.pos, end);
        e.incomplete = self.at_end();
        e
    }

    #[cold]
    fn incomplete(
        &self,
        id: &'static str,
        message: impl Into<String>,
        start: usize,
    ) -> Box<ParseError> {
        let mut e = self.error(id, message, start, self.pos);
        e.incomplete = true;
        e
    }

    #[cold]
    fn unexpected_token(&self) -> Box<ParseError> {
        let start = self.pos;
        let mut end = start;
        for c in self.rest().chars() {
            if c.is_whitespace() || (end > start && ends_bareword(c)) {
                break;
            }
            end += c.len_utf8();
            if ends_bareword(c) {
                break;
            }
        }
        let token = &self.src[start..end];
        self.error(
            "UnexpectedToken",
            format!("Unexpected token '{token}' in expression or statement."),
            start,
            end,
        )
    }

    /// An unclosed `{`: PowerShell points at the opening brace, whatever follows it.
    #[cold]
    fn missing_end_curly(&self, open: usize) -> Box<ParseError> {
        let mut e = self.error(
            "MissingEndCurlyBrace",
            "Missing closing '}' in statement block.",
            open,
            open + 1,
        );
        e.incomplete = true;
        e
    }

    fn enter(&mut self) -> PResult<()> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(self.error_here(
                "NestingTooDeep",
                format!(
                    "The input is nested too deeply: lyncsh accepts at most {MAX_DEPTH} levels of \
                     parentheses, braces, brackets, unary operators and chained assignments."
                ),
            ))
            .map_err(|mut e| {
                e.incomplete = false;
                e
            });
        }
        Ok(())
    }

    fn leave(&mut self) {
        self.depth -= 1;
    }

    // ----- blanks, comments, continuation ---------------------------------------------------

    /// Skips blanks, comments and backtick line continuations; newlines too when `newlines`.
    /// Blanks are those of [`lexical::blanks`], read here byte by byte. Most calls find no
    /// blank, or a newline they must stop at, or a single space before the next token; those
    /// are decided here without a call.
    #[inline(always)]
    fn skip_ws(&mut self, newlines: bool) -> PResult<()> {
        let bytes = self.src.as_bytes();
        match bytes.get(self.pos) {
            Some(b' ') if !bytes.get(self.pos + 1).is_some_and(|b| may_start_blank(*b)) => {
                self.pos += 1;
                Ok(())
            }
            Some(b'\n') if !newlines => Ok(()),
            Some(b) if may_start_blank(*b) => self.skip_blanks(newlines),
            _ => Ok(()),
        }
    }

    /// [`Parser::skip_ws`] once the next byte may start a blank.
    fn skip_blanks(&mut self, newlines: bool) -> PResult<()> {
        let bytes = self.src.as_bytes();
        loop {
            self.pos += bytes[self.pos..]
                .iter()
                .take_while(|b| is_ascii_blank(**b))
                .count();
            match bytes.get(self.pos) {
                // U+00A0, a no-break space.
                Some(0xc2) if bytes.get(self.pos + 1) == Some(&0xa0) => self.pos += 2,
                Some(b'\n') if newlines => self.pos += 1,
                Some(b'`') => match bytes.get(self.pos + 1) {
                    Some(b'\n') => self.pos += 2,
                    Some(b'\r') if bytes.get(self.pos + 2) == Some(&b'\n') => self.pos += 3,
                    None => {
                        self.pos += 1;
                        return Err(self.incomplete(
                            "IncompleteLine",
                            "The line ends with a backtick: the statement continues on the next line.",
                            self.pos - 1,
                        ));
                    }
                    _ => return Ok(()),
                },
                Some(b'#') => {
                    self.pos = bytes[self.pos..]
                        .iter()
                        .position(|b| *b == b'\n')
                        .map_or(bytes.len(), |i| self.pos + i);
                }
                Some(b'<') if bytes.get(self.pos + 1) == Some(&b'#') => {
                    let start = self.pos;
                    match self.rest()[2..].find("#>") {
                        Some(i) => self.pos += 2 + i + 2,
                        None => {
                            self.pos = self.src.len();
                            return Err(self.incomplete(
                                "MissingTerminatorMultiLineComment",
                                "The terminator '#>' is missing from the multiline comment.",
                                start,
                            ));
                        }
                    }
                }
                _ => return Ok(()),
            }
        }
    }

    // ----- statements ------------------------------------------------------------------------

    pub fn script(&mut self) -> PResult<Script> {
        self.check_lengths()?;
        let (statements, header) = self.body(None)?;
        Ok(Script {
            statements,
            span: self.span(0, self.src.len()),
            header,
        })
    }

    /// The body of a script, script block or function up to `close` (not consumed):
    /// attributes and a `param( )` block, then named blocks or statements.
    fn body(
        &mut self,
        close: Option<char>,
    ) -> PResult<(Vec<Statement>, Option<Box<ScriptHeader>>)> {
        let mut header = ScriptHeader::default();
        self.skip_ws(true)?;
        let save = self.pos;
        if let Some((attributes, params)) = self.param_block()? {
            header.attributes = attributes;
            header.params = Some(params);
        } else {
            self.pos = save;
        }
        self.skip_ws(true)?;
        if self.named_block_keyword().is_none() {
            let statements = self.statements(close)?;
            let header = (header != ScriptHeader::default()).then(|| Box::new(header));
            return Ok((statements, header));
        }
        header.named_blocks = true;
        let mut end = Vec::new();
        loop {
            self.skip_ws(true)?;
            while self.eat(';') {
                self.skip_ws(true)?;
            }
            if self.at_end() || close.is_some() && self.peek() == close {
                break;
            }
            let Some(keyword) = self.named_block_keyword() else {
                return Err(self.unexpected_token());
            };
            self.pos += keyword.len();
            let block = self.block(keyword)?;
            match keyword {
                "begin" => header.begin = Some(block),
                "process" => header.process = Some(block),
                "end" => end = block.statements,
                // dynamicparam: parameters made while binding, which lyncsh does not have.
                _ => {}
            }
        }
        Ok((end, Some(Box::new(header))))
    }

    /// `begin`, `process`, `end` or `dynamicparam` followed by a `{`, here.
    fn named_block_keyword(&self) -> Option<&'static str> {
        let rest = self.rest();
        ["begin", "process", "end", "dynamicparam"]
            .into_iter()
            .find(|word| {
                rest.len() > word.len()
                    && rest.is_char_boundary(word.len())
                    && rest[..word.len()].eq_ignore_ascii_case(word)
                    && rest[word.len()..]
                        .trim_start_matches([' ', '\t', '\r', '\n'])
                        .starts_with('{')
            })
    }

    /// Attributes followed by `param( ... )`, here; `None` (with the position moved) when what
    /// is here is not a param block.
    fn param_block(&mut self) -> PResult<Option<(Vec<Attribute>, Vec<ParamDef>)>> {
        let mut attributes = Vec::new();
        while self.peek() == Some('[') {
            match self.attribute_or_type() {
                Ok(Ok(attribute)) => attributes.push(attribute),
                // A type or a mistake: this is an expression, not a header.
                Ok(Err(_)) | Err(_) => return Ok(None),
            }
            self.skip_ws(true)?;
        }
        if !self.eat_keyword("param") {
            return Ok(None);
        }
        self.skip_ws(true)?;
        if self.peek() != Some('(') {
            return Ok(None);
        }
        Ok(Some((attributes, self.parameter_list(')')?)))
    }

    /// `( $a, [int]$b = 2 )` — the list of a `param` block or of `function f( )`, from its
    /// opening parenthesis to the closing one (both consumed).
    fn parameter_list(&mut self, close: char) -> PResult<Vec<ParamDef>> {
        let open = self.pos;
        self.pos += 1;
        self.enter()?;
        self.paren_depth += 1;
        let mut params: Vec<ParamDef> = Vec::new();
        loop {
            self.skip_ws(true)?;
            if self.eat(close) {
                break;
            }
            if self.at_end() {
                return Err(self.incomplete(
                    "MissingEndParenthesisInFunctionParameterList",
                    "Missing ')' in function parameter list.",
                    open,
                ));
            }
            let param = self.parameter()?;
            if params
                .iter()
                .any(|p| p.name.eq_ignore_ascii_case(&param.name))
            {
                return Err(self.error(
                    "DuplicateFormalParameter",
                    format!("Duplicate parameter ${} in parameter list.", param.name),
                    param.span.start(),
                    param.span.end(),
                ));
            }
            params.push(param);
            self.skip_ws(true)?;
            if self.eat(',') {
                continue;
            }
            if self.eat(close) {
                break;
            }
            return Err(self.error_here(
                "MissingEndParenthesisInFunctionParameterList",
                "Missing ')' in function parameter list.",
            ));
        }
        self.paren_depth -= 1;
        self.leave();
        Ok(params)
    }

    /// One parameter: attributes and type constraints (each on its own line or not), the
    /// variable, and a default value.
    fn parameter(&mut self) -> PResult<ParamDef> {
        let start = self.pos;
        let mut attributes = Vec::new();
        let mut type_name = None;
        while self.peek() == Some('[') {
            match self.attribute_or_type()? {
                Ok(attribute) => attributes.push(attribute),
                Err(name) => type_name = Some(name),
            }
            self.skip_ws(true)?;
        }
        if self.peek() != Some('$') {
            return Err(self.error_here(
                "InvalidFunctionParameter",
                "Function parameter declarations must be variables ($name).",
            ));
        }
        let variable = self.postfix_primary_variable()?;
        let ExprKind::Variable(name) = variable.kind else {
            return Err(self.error_here(
                "InvalidFunctionParameter",
                "Function parameter declarations must be variables ($name).",
            ));
        };
        let end = self.pos;
        self.skip_ws(true)?;
        let default = if self.peek() == Some('=') && self.peek_nth(1) != Some('=') {
            self.pos += 1;
            self.skip_ws(true)?;
            self.no_comma += 1;
            let value = self.expression();
            self.no_comma -= 1;
            Some(value?)
        } else {
            self.pos = end;
            None
        };
        Ok(ParamDef {
            name,
            attributes,
            type_name,
            default,
            span: self.span_from(start),
        })
    }

    /// `[Name(args)]` (an attribute) or `[TypeName]` (a type constraint, returned as `Err`).
    /// Attribute arguments may span lines.
    fn attribute_or_type(&mut self) -> PResult<Result<Attribute, Name>> {
        let start = self.pos;
        self.pos += 1;
        self.skip_ws(false)?;
        let name_start = self.pos;
        while self
            .peek()
            .is_some_and(|c| c.is_alphanumeric() || matches!(c, '_' | '.'))
        {
            self.bump();
        }
        let name = self.name_range(name_start, self.pos);
        self.skip_ws(false)?;
        if name.is_empty() || self.peek() != Some('(') {
            self.pos = start;
            let type_name = self.type_name()?;
            return Ok(Err(self.name(&type_name)));
        }
        let open = self.pos;
        self.pos += 1;
        self.enter()?;
        self.paren_depth += 1;
        self.no_comma += 1;
        let mut positional = Vec::new();
        let mut named = Vec::new();
        let result = loop {
            if let Err(e) = self.skip_ws(true) {
                break Err(e);
            }
            if self.eat(')') {
                break Ok(());
            }
            if self.at_end() {
                break Err(self.incomplete(
                    "EndSquareBracketExpectedAtEndOfAttribute",
                    "Missing closing ')' in attribute arguments.",
                    open,
                ));
            }
            let word = lexical::name_length(self.rest());
            let after = self.rest()[word..].trim_start_matches([' ', '\t']);
            let is_named = word > 0
                && self.peek().is_some_and(|c| c.is_alphabetic() || c == '_')
                && (after.starts_with([',', ')', '\n', '\r'])
                    || after.starts_with('=') && !after.starts_with("=="));
            if is_named {
                let key = self.name_range(self.pos, self.pos + word);
                self.pos += word;
                if let Err(e) = self.skip_ws(false) {
                    break Err(e);
                }
                let value = if self.eat('=') {
                    match self.skip_ws(true).and_then(|_| self.expression()) {
                        Ok(value) => Some(value),
                        Err(e) => break Err(e),
                    }
                } else {
                    None
                };
                named.push((key, value));
            } else {
                match self.expression() {
                    Ok(value) => positional.push(value),
                    Err(e) => break Err(e),
                }
            }
            if let Err(e) = self.skip_ws(true) {
                break Err(e);
            }
            if !self.eat(',') && self.peek() != Some(')') {
                break Err(self.error_here(
                    "UnexpectedToken",
                    "Unexpected token in attribute arguments: expected ',' or ')'.",
                ));
            }
        };
        self.no_comma -= 1;
        self.paren_depth -= 1;
        self.leave();
        result?;
        self.skip_ws(false)?;
        if !self.eat(']') {
            return Err(self.error_here(
                "EndSquareBracketExpectedAtEndOfAttribute",
                "Missing ']' at end of attribute or type literal.",
            ));
        }
        Ok(Ok(Attribute {
            name,
            positional,
            named,
            span: self.span_from(start),
        }))
    }

    /// An input longer than [`MAX_SCRIPT_LENGTH`], or with a line longer than
    /// [`MAX_LINE_LENGTH`], is refused before anything is parsed.
    fn check_lengths(&self) -> PResult<()> {
        if self.src.len() <= MAX_LINE_LENGTH {
            return Ok(());
        }
        if self.src.len() > MAX_SCRIPT_LENGTH {
            let end = crate::span::floor_boundary(self.src, MAX_SCRIPT_LENGTH);
            return Err(self.error(
                "ScriptTooLong",
                format!(
                    "The input is too long: lyncsh accepts at most {} at once; this one has {} \
                     bytes.",
                    limits::bytes(MAX_SCRIPT_LENGTH),
                    limits::count(self.src.len())
                ),
                end,
                self.src.len(),
            ));
        }
        let mut start = 0;
        for line in self.src.split('\n') {
            let line_end = start + line.len();
            let length = line.len();
            if length > MAX_LINE_LENGTH {
                let mut end = start + MAX_LINE_LENGTH;
                while !self.src.is_char_boundary(end) {
                    end -= 1;
                }
                return Err(self.error(
                    "LineTooLong",
                    format!(
                        "The line is too long: lyncsh accepts lines of at most {} ({} bytes); \
                         this one has {} bytes.",
                        limits::bytes(MAX_LINE_LENGTH),
                        limits::count(MAX_LINE_LENGTH),
                        limits::count(length)
                    ),
                    end,
                    line_end,
                ));
            }
            start = line_end + 1;
        }
        Ok(())
    }

    /// Statements up to `close` (not consumed) or the end of input.
    fn statements(&mut self, close: Option<char>) -> PResult<Vec<Statement>> {
        let base = self.statement_stack.len();
        loop {
            self.skip_ws(true)?;
            if self.eat(';') {
                continue;
            }
            match self.peek() {
                None => return Ok(take_from(&mut self.statement_stack, base)),
                Some(c) if Some(c) == close => {
                    return Ok(take_from(&mut self.statement_stack, base))
                }
                Some(')' | '}') => return Err(self.unexpected_token()),
                Some('|') if self.peek_nth(1) != Some('|') => {
                    return Err(self.error(
                        "EmptyPipeElement",
                        "An empty pipe element is not allowed.",
                        self.pos,
                        self.pos + 1,
                    ))
                }
                _ => {}
            }
            let statement = self.statement()?;
            let needs_separator = !opens_a_body(&statement);
            self.statement_stack.push(statement);
            self.skip_ws(false)?;
            match self.peek() {
                None | Some('\n' | ';') => {}
                Some(c) if Some(c) == close => {}
                _ if !needs_separator => {}
                _ => return Err(self.unexpected_token()),
            }
        }
    }

    /// The keyword starting a statement here: the whole run of letters, in any case, not
    /// followed by a name character or `-` (`foreach-object` is a command).
    fn keyword(&self) -> Option<&'static str> {
        let rest = self.rest();
        let letters = rest.bytes().take_while(u8::is_ascii_alphabetic).count();
        // No keyword is longer than eight letters.
        let mut word = [0u8; 8];
        word.get_mut(..letters)?
            .copy_from_slice(&rest.as_bytes()[..letters]);
        word.make_ascii_lowercase();
        let keyword = match &word[..letters] {
            b"if" => "if",
            b"foreach" => "foreach",
            b"function" => "function",
            b"filter" => "filter",
            b"workflow" => "workflow",
            b"try" => "try",
            b"trap" => "trap",
            b"while" => "while",
            b"for" => "for",
            b"do" => "do",
            b"switch" => "switch",
            b"return" => "return",
            b"throw" => "throw",
            b"exit" => "exit",
            b"break" => "break",
            b"continue" => "continue",
            b"param" => "param",
            b"class" => "class",
            b"begin" => "begin",
            b"process" => "process",
            b"end" => "end",
            b"data" => "data",
            _ => return None,
        };
        let ends_word = rest[letters..]
            .chars()
            .next()
            .is_none_or(|c| !lexical::is_name_char(c) && c != '-');
        ends_word.then_some(keyword)
    }

    fn statement(&mut self) -> PResult<Statement> {
        let start = self.pos;
        if self.peek() == Some(':') && self.peek_nth(1).is_some_and(lexical::is_name_char) {
            return self.labeled_statement(start);
        }
        if let Some(keyword) = self.keyword() {
            return self.keyword_statement(keyword, start);
        }
        let first = match self.pipeline_element()? {
            PipelineElement::Expression(target) => {
                let save = self.pos;
                self.skip_ws(false)?;
                if let Some(op) = self.assignment_operator() {
                    return self.assignment(target, op, start);
                }
                // `$x ++`: the operator may follow a blank.
                let steps = matches!(
                    target.kind,
                    ExprKind::Variable(_) | ExprKind::Member(_) | ExprKind::Index(_)
                ) && self.pos > save;
                let op = match self.rest().get(..2) {
                    Some("++") if steps => Some(UnaryOp::PostIncrement),
                    Some("--") if steps => Some(UnaryOp::PostDecrement),
                    _ => None,
                };
                match op {
                    Some(op) => {
                        self.pos += 2;
                        PipelineElement::Expression(Expr {
                            kind: ExprKind::Unary {
                                op,
                                operand: Box::new(target),
                            },
                            span: self.span_from(start),
                        })
                    }
                    None => {
                        self.pos = save;
                        PipelineElement::Expression(target)
                    }
                }
            }
            command => command,
        };
        let pipeline = self.pipeline_rest(first, start)?;
        Ok(Statement {
            span: pipeline.span,
            kind: StatementKind::Pipeline(pipeline),
        })
    }

    /// `:label` and the loop or `switch` it names.
    fn labeled_statement(&mut self, start: usize) -> PResult<Statement> {
        self.pos += 1;
        let label_start = self.pos;
        self.pos += lexical::name_length(self.rest());
        let label = self.name_range(label_start, self.pos);
        self.skip_ws(true)?;
        let at = self.pos;
        match self.keyword() {
            Some(keyword @ ("foreach" | "for" | "while" | "do" | "switch")) => {
                let statement = self.keyword_statement(keyword, at)?;
                Ok(Statement {
                    kind: StatementKind::Labeled {
                        label,
                        statement: Box::new(statement),
                    },
                    span: self.span_from(start),
                })
            }
            _ => Err(self.error(
                "MissingLoopStatement",
                format!("Missing loop statement after label ':{label}'."),
                start,
                self.pos,
            )),
        }
    }

    /// The rest of `target op value` once the operator is read.
    fn assignment(&mut self, target: Expr, op: AssignOp, start: usize) -> PResult<Statement> {
        self.skip_ws(true)?;
        if self.at_end() {
            return Err(self.incomplete(
                "ExpectedValueExpression",
                "You must provide a value expression on the right-hand side of the assignment operator.",
                self.pos,
            ));
        }
        self.enter()?;
        let value = self.statement()?;
        self.leave();
        Ok(Statement {
            span: self.span_from(start),
            kind: StatementKind::Assignment {
                target,
                op,
                value: Box::new(value),
            },
        })
    }

    fn assignment_operator(&mut self) -> Option<AssignOp> {
        let ops = [
            ("+=", AssignOp::Add),
            ("-=", AssignOp::Subtract),
            ("*=", AssignOp::Multiply),
            ("/=", AssignOp::Divide),
            ("=", AssignOp::Assign),
        ];
        for (text, op) in ops {
            if self.rest().starts_with(text) && !self.rest()[text.len()..].starts_with('=') {
                self.pos += text.len();
                return Some(op);
            }
        }
        None
    }

    fn pipeline(&mut self) -> PResult<Pipeline> {
        let start = self.pos;
        let first = self.pipeline_element()?;
        self.pipeline_rest(first, start)
    }

    fn pipeline_rest(&mut self, first: PipelineElement, start: usize) -> PResult<Pipeline> {
        let base = self.element_stack.len();
        let leads_with_expression = matches!(first, PipelineElement::Expression(_));
        self.element_stack.push(first);
        let mut redirections = Vec::new();
        if leads_with_expression {
            loop {
                let save = self.pos;
                self.skip_ws(false)?;
                if !self.at_redirection() {
                    self.pos = save;
                    break;
                }
                redirections.push(self.redirection()?);
            }
        }
        loop {
            let save = self.pos;
            self.skip_ws(false)?;
            if self.peek() == Some('|') && self.peek_nth(1) != Some('|') {
                let bar = self.pos;
                self.pos += 1;
                self.skip_ws(true)?;
                match self.peek() {
                    None => {
                        return Err(self.incomplete(
                            "EmptyPipeElement",
                            "An empty pipe element is not allowed.",
                            bar,
                        ))
                    }
                    Some('|' | ')' | '}' | ';') => {
                        return Err(self.error(
                            "EmptyPipeElement",
                            "An empty pipe element is not allowed.",
                            bar,
                            bar + 1,
                        ))
                    }
                    _ => {}
                }
                if self.element_stack.len() - base == MAX_PIPELINE_LENGTH {
                    return Err(self.error(
                        "PipelineTooLong",
                        format!(
                            "The pipeline is too long: lyncsh runs pipelines of at most {} \
                             elements.",
                            limits::count(MAX_PIPELINE_LENGTH)
                        ),
                        bar,
                        bar + 1,
                    ));
                }
                let element = self.pipeline_element()?;
                self.element_stack.push(element);
            } else {
                self.pos = save;
                break;
            }
        }
        let elements: smallvec::SmallVec<[PipelineElement; 1]> =
            self.element_stack.drain(base..).collect();
        let end = match (elements.len(), redirections.last()) {
            (1, Some(last)) => last.span.end(),
            _ => elements.last().map(|e| e.span().end()).unwrap_or(self.pos),
        };
        Ok(Pipeline {
            elements,
            redirections,
            span: self.span(start, end),
        })
    }

    fn pipeline_element(&mut self) -> PResult<PipelineElement> {
        if self.starts_command() {
            Ok(PipelineElement::Command(self.command()?))
        } else {
            Ok(PipelineElement::Expression(self.expression()?))
        }
    }

    fn starts_command(&self) -> bool {
        match self.peek() {
            None => false,
            Some('&') => self.peek_nth(1) != Some('&'),
            // `. script`, or a relative path: `.\Enable-Users.ps1`, `..\x.ps1`.
            Some('.') => {
                matches!(
                    self.peek_nth(1),
                    Some(' ' | '\t' | '$' | '\'' | '"' | '(' | '{' | '\\' | '/')
                ) || self.rest().starts_with("..\\")
                    || self.rest().starts_with("../")
            }
            Some('$' | '(' | '@' | '\'' | '"' | '[' | '{' | '!' | ',' | '-' | '+') => false,
            Some(c) if c.is_ascii_digit() => {
                // `7z` is a command name; `5061`, `1..3` and `2kb` are numbers.
                let rest = self.rest();
                let token = &rest[..rest.find(ends_bareword).unwrap_or(rest.len())];
                lexical::number(token).ok().is_none_or(|(rest, _)| {
                    !rest.is_empty() && !rest.starts_with(['.', '[', '*', '/', '%', '+', '-', '='])
                })
            }
            Some(_) => true,
        }
    }

    // ----- keyword statements ----------------------------------------------------------------

    fn keyword_statement(&mut self, keyword: &'static str, start: usize) -> PResult<Statement> {
        self.pos += keyword.len();
        let kind = match keyword {
            "if" => self.if_statement()?,
            "foreach" => self.foreach_statement()?,
            "function" | "filter" | "workflow" => {
                self.skip_ws(false)?;
                let name_start = self.pos;
                while self.peek().is_some_and(|c| !ends_bareword(c)) {
                    self.bump();
                }
                if self.pos == name_start {
                    return Err(self.error_here(
                        "MissingNameAfterKeyword",
                        format!("Missing name after {keyword} keyword."),
                    ));
                }
                let typed = &self.src[name_start..self.pos];
                // `function global:Name`: lyncsh keeps functions in one table per scope, and
                // a scope prefix names where the function goes.
                let name = typed
                    .split_once(':')
                    .filter(|(scope, _)| {
                        ["global", "script", "local", "private"]
                            .iter()
                            .any(|s| s.eq_ignore_ascii_case(scope))
                    })
                    .map_or(typed, |(_, name)| name);
                let name = self.name(name);
                self.skip_ws(true)?;
                let short = if self.peek() == Some('(') {
                    let params = self.parameter_list(')')?;
                    self.skip_ws(true)?;
                    Some(params)
                } else {
                    None
                };
                if self.peek() != Some('{') {
                    return Err(self.error_here(
                        "MissingFunctionBody",
                        "Missing function body in function declaration.",
                    ));
                }
                let body = self.script_block()?;
                let ExprKind::ScriptBlock(mut body) = body.kind else {
                    return Err(self.unexpected_token());
                };
                if let Some(params) = short {
                    let block = Rc::make_mut(&mut body);
                    let header = block.body.header.get_or_insert_with(Default::default);
                    if header.params.is_some() {
                        return Err(self.error_here(
                            "OnlyOneParameterList",
                            "A function cannot have both a parameter list after its name and a param block.",
                        ));
                    }
                    header.params = Some(params);
                }
                if keyword == "workflow" {
                    StatementKind::Unsupported {
                        what: "workflows",
                        blocks: vec![],
                    }
                } else {
                    StatementKind::Function(Rc::new(FunctionDef {
                        name,
                        filter: keyword == "filter",
                        body,
                        span: self.span_from(start),
                    }))
                }
            }
            "try" => {
                let body = self.block("try")?;
                let mut catches = Vec::new();
                let mut finally = None;
                loop {
                    let save = self.pos;
                    self.skip_ws(true)?;
                    if finally.is_none() && self.eat_keyword("catch") {
                        self.skip_ws(false)?;
                        let mut types = Vec::new();
                        while self.peek() == Some('[') {
                            let name = self.type_name()?;
                            types.push(self.name(&name));
                            self.skip_ws(false)?;
                            if self.eat(',') {
                                self.skip_ws(true)?;
                            }
                        }
                        catches.push(Catch {
                            types,
                            body: self.block("catch")?,
                        });
                    } else if finally.is_none() && self.eat_keyword("finally") {
                        finally = Some(self.block("finally")?);
                    } else {
                        self.pos = save;
                        break;
                    }
                }
                if catches.is_empty() && finally.is_none() {
                    return Err(self.error_here(
                        "MissingCatchOrFinally",
                        "The Try statement is missing its Catch or Finally block.",
                    ));
                }
                StatementKind::Try(Box::new(Try {
                    body,
                    catches,
                    finally,
                }))
            }
            "trap" => {
                self.skip_ws(false)?;
                let mut types = Vec::new();
                if self.peek() == Some('[') {
                    let name = self.type_name()?;
                    types.push(self.name(&name));
                }
                StatementKind::Trap {
                    types,
                    body: self.block("trap")?,
                }
            }
            "while" => {
                let condition = self.condition("while")?;
                StatementKind::Loop(Box::new(Loop {
                    kind: LoopKind::While,
                    condition,
                    body: self.block("while")?,
                }))
            }
            "do" => {
                let body = self.block("do")?;
                self.skip_ws(true)?;
                let kind = if self.eat_keyword("while") {
                    LoopKind::DoWhile
                } else if self.eat_keyword("until") {
                    LoopKind::DoUntil
                } else {
                    return Err(self.error_here(
                        "MissingWhileOrUntilInDoWhile",
                        "Missing while or until keyword in do loop.",
                    ));
                };
                let condition = self.condition("do")?;
                StatementKind::Loop(Box::new(Loop {
                    kind,
                    condition,
                    body,
                }))
            }
            "for" => {
                self.skip_ws(false)?;
                if !self.eat('(') {
                    return Err(self.error_here(
                        "MissingOpenParenthesisAfterKeyword",
                        "Missing opening '(' after keyword 'for'.",
                    ));
                }
                self.enter()?;
                self.paren_depth += 1;
                let mut parts: [Option<Statement>; 3] = [None, None, None];
                for part in parts.iter_mut() {
                    self.skip_ws(true)?;
                    if !matches!(self.peek(), Some(';' | ')')) {
                        *part = Some(self.statement()?);
                    }
                    self.skip_ws(true)?;
                    if !self.eat(';') {
                        break;
                    }
                }
                self.skip_ws(true)?;
                self.paren_depth -= 1;
                self.leave();
                if !self.eat(')') {
                    return Err(self.error_here(
                        "MissingEndParenthesisAfterStatement",
                        "Missing closing ')' after expression in 'for' statement.",
                    ));
                }
                let [init, condition, step] = parts;
                let condition = condition.map(as_pipeline);
                let body = self.block("for")?;
                StatementKind::For(Box::new(For {
                    init,
                    condition,
                    step,
                    body,
                    span: self.span_from(start),
                }))
            }
            "switch" => self.switch_statement()?,
            "return" | "throw" | "exit" => {
                self.skip_ws(false)?;
                let value = if matches!(self.peek(), None | Some('\n' | ';' | '}' | ')')) {
                    None
                } else {
                    Some(self.pipeline()?)
                };
                match keyword {
                    "exit" => return Ok(self.exit_statement(start, value)),
                    "return" => StatementKind::Return(value),
                    _ => StatementKind::Throw(value),
                }
            }
            "break" | "continue" => {
                self.skip_ws(false)?;
                let label = if self.peek().is_some_and(lexical::is_name_char) {
                    let label_start = self.pos;
                    self.pos += lexical::name_length(self.rest());
                    Some(self.name_range(label_start, self.pos))
                } else {
                    None
                };
                if keyword == "break" {
                    StatementKind::Break(label)
                } else {
                    StatementKind::Continue(label)
                }
            }
            "param" => {
                self.condition("param")?;
                StatementKind::Unsupported {
                    what: "param blocks",
                    blocks: vec![],
                }
            }
            "begin" | "process" | "end" => StatementKind::Unsupported {
                what: "named blocks",
                blocks: vec![self.block(keyword)?],
            },
            "data" => StatementKind::Unsupported {
                what: "data sections",
                blocks: vec![self.block(keyword)?],
            },
            _ => {
                // class
                self.skip_ws(false)?;
                while self.peek().is_some_and(|c| !ends_bareword(c)) {
                    self.bump();
                }
                self.skip_ws(true)?;
                let open = self.pos;
                if !self.eat('{') {
                    return Err(
                        self.error_here("MissingTypeBody", "Missing '{' in class definition.")
                    );
                }
                let mut depth = 1;
                while depth > 0 {
                    match self.bump() {
                        None => return Err(self.missing_end_curly(open)),
                        Some('{') => depth += 1,
                        Some('}') => depth -= 1,
                        _ => {}
                    }
                }
                StatementKind::Unsupported {
                    what: "class definitions",
                    blocks: vec![],
                }
            }
        };
        Ok(Statement {
            kind,
            span: self.span_from(start),
        })
    }

    /// `exit [status]` as a command named `exit` whose one argument, if any, is the status.
    fn exit_statement(&self, start: usize, value: Option<Pipeline>) -> Statement {
        let name_span = self.span(start, start + 4);
        let span = value
            .as_ref()
            .map_or(name_span, |v| self.span(start, v.span.end()));
        let args = value
            .map(|v| {
                let status = Statement {
                    span: v.span,
                    kind: StatementKind::Pipeline(v),
                };
                CommandArg::Positional(Expr {
                    span: status.span,
                    kind: ExprKind::Paren(Box::new(status)),
                })
            })
            .into_iter()
            .collect();
        Statement {
            span,
            kind: StatementKind::Pipeline(Pipeline {
                redirections: Vec::new(),
                elements: smallvec::smallvec![PipelineElement::Command(Command {
                    name: CommandName::Bare {
                        name: "exit".into(),
                        span: name_span,
                    },
                    args,
                    span,
                })],
                span,
            }),
        }
    }

    fn eat_keyword(&mut self, word: &str) -> bool {
        let rest = self.rest();
        if rest.len() >= word.len()
            && rest.is_char_boundary(word.len())
            && rest[..word.len()].eq_ignore_ascii_case(word)
            && rest[word.len()..]
                .chars()
                .next()
                .is_none_or(|c| !lexical::is_name_char(c))
        {
            self.pos += word.len();
            true
        } else {
            false
        }
    }

    /// `( pipeline )` after a keyword.
    fn condition(&mut self, keyword: &str) -> PResult<Pipeline> {
        self.skip_ws(true)?;
        if !self.eat('(') {
            return Err(self.error_here(
                "MissingOpenParenthesisAfterKeyword",
                format!("Missing opening '(' after keyword '{keyword}'."),
            ));
        }
        let open = self.pos - 1;
        self.enter()?;
        self.paren_depth += 1;
        self.skip_ws(true)?;
        let pipeline = if self.peek() == Some(')') {
            Pipeline {
                elements: smallvec::smallvec![],
                redirections: Vec::new(),
                span: self.span_from(self.pos),
            }
        } else {
            as_pipeline(self.statement()?)
        };
        self.skip_ws(true)?;
        self.paren_depth -= 1;
        self.leave();
        if !self.eat(')') {
            if self.at_end() {
                return Err(self.incomplete(
                    "MissingEndParenthesisAfterStatement",
                    format!("Missing closing ')' after expression in '{keyword}' statement."),
                    open,
                ));
            }
            return Err(self.error_here(
                "MissingEndParenthesisAfterStatement",
                format!("Missing closing ')' after expression in '{keyword}' statement."),
            ));
        }
        Ok(pipeline)
    }

    /// `{ statements }` as a statement body.
    fn block(&mut self, keyword: &str) -> PResult<Block> {
        self.skip_ws(true)?;
        let start = self.pos;
        if !self.eat('{') {
            return Err(self.error_here(
                "MissingStatementBlock",
                format!("Missing statement block after '{keyword}'."),
            ));
        }
        self.enter()?;
        let statements = self.statements(Some('}'))?;
        self.leave();
        if !self.eat('}') {
            return Err(self.missing_end_curly(start));
        }
        Ok(Block {
            statements,
            span: self.span_from(start),
        })
    }

    /// `switch [-options] (value) { pattern { } ... default { } }`.
    fn switch_statement(&mut self) -> PResult<StatementKind> {
        self.skip_ws(false)?;
        let mut mode = SwitchMode::Exact;
        let mut case_sensitive = false;
        let mut file = false;
        while self.peek() == Some('-') {
            let option_start = self.pos;
            self.bump();
            let length = lexical::name_length(self.rest());
            let option = self.src[self.pos..self.pos + length].to_ascii_lowercase();
            self.pos += length;
            match option.as_str() {
                o if !o.is_empty() && "regex".starts_with(o) => mode = SwitchMode::Regex,
                o if o.len() > 1 && "wildcard".starts_with(o) => mode = SwitchMode::Wildcard,
                o if !o.is_empty() && "exact".starts_with(o) => mode = SwitchMode::Exact,
                o if !o.is_empty() && "casesensitive".starts_with(o) => case_sensitive = true,
                o if !o.is_empty() && "file".starts_with(o) => file = true,
                _ => {
                    return Err(self.error(
                        "InvalidSwitchFlag",
                        format!("Invalid switch statement flag '-{option}'."),
                        option_start,
                        self.pos,
                    ))
                }
            }
            self.skip_ws(false)?;
        }
        let value = self.condition("switch")?;
        self.skip_ws(true)?;
        let open = self.pos;
        if !self.eat('{') {
            return Err(self.error_here(
                "MissingCurlyBraceInSwitchStatement",
                "Missing opening '{' in switch statement.",
            ));
        }
        self.enter()?;
        let mut clauses = Vec::new();
        let mut default = None;
        loop {
            self.skip_ws(true)?;
            while self.eat(';') {
                self.skip_ws(true)?;
            }
            if self.eat('}') {
                break;
            }
            if self.at_end() {
                return Err(self.missing_end_curly(open));
            }
            let is_default = self.rest().len() > 7
                && self.rest()[..7].eq_ignore_ascii_case("default")
                && self.rest()[7..]
                    .trim_start_matches([' ', '\t', '\r', '\n'])
                    .starts_with('{');
            if is_default {
                self.pos += 7;
                if default.is_some() {
                    return Err(self.error_here(
                        "MultipleSwitchDefaultClauses",
                        "The switch statement has more than one default clause.",
                    ));
                }
                default = Some(self.block("switch")?);
                continue;
            }
            let pattern = if self.peek() == Some('{') {
                self.script_block()?
            } else {
                self.command_argument_element()?
            };
            self.skip_ws(true)?;
            clauses.push(SwitchClause {
                pattern,
                body: self.block("switch")?,
            });
        }
        self.leave();
        Ok(StatementKind::Switch(Box::new(Switch {
            mode,
            case_sensitive,
            file,
            value,
            clauses,
            default,
        })))
    }

    fn if_statement(&mut self) -> PResult<StatementKind> {
        let mut clauses = Vec::new();
        let condition = self.condition("if")?;
        clauses.push((condition, self.block("if")?));
        let mut otherwise = None;
        loop {
            let save = self.pos;
            self.skip_ws(true)?;
            if self.eat_keyword("elseif") {
                let condition = self.condition("elseif")?;
                clauses.push((condition, self.block("elseif")?));
            } else if self.eat_keyword("else") {
                otherwise = Some(self.block("else")?);
                break;
            } else {
                self.pos = save;
                break;
            }
        }
        Ok(StatementKind::If { clauses, otherwise })
    }

    fn foreach_statement(&mut self) -> PResult<StatementKind> {
        self.skip_ws(false)?;
        if !self.eat('(') {
            return Err(self.error_here(
                "MissingOpenParenthesisAfterKeyword",
                "Missing opening '(' after keyword 'foreach'.",
            ));
        }
        self.enter()?;
        self.paren_depth += 1;
        self.skip_ws(true)?;
        if !self.eat('$') {
            return Err(self.error_here(
                "MissingVariableNameAfterForeach",
                "Missing variable name after foreach.",
            ));
        }
        let variable = match lexical::variable_name(self.rest()) {
            Ok((rest, name)) => {
                self.pos = self.src.len() - rest.len();
                name
            }
            Err(_) => {
                return Err(self.error_here(
                    "MissingVariableNameAfterForeach",
                    "Missing variable name after foreach.",
                ))
            }
        };
        self.skip_ws(true)?;
        if !self.eat_keyword("in") {
            return Err(self.error_here(
                "MissingInInForeach",
                "Missing 'in' after variable in foreach loop.",
            ));
        }
        self.skip_ws(true)?;
        let iterable = self.pipeline()?;
        self.skip_ws(true)?;
        self.paren_depth -= 1;
        self.leave();
        if !self.eat(')') {
            return Err(self.error_here(
                "MissingEndParenthesisAfterForeach",
                "Missing closing ')' after expression in 'foreach' statement.",
            ));
        }
        let body = self.block("foreach")?;
        Ok(StatementKind::Foreach(Box::new(Foreach {
            variable: self.name(variable),
            iterable,
            body,
        })))
    }

    // ----- commands (argument mode) ----------------------------------------------------------

    fn command(&mut self) -> PResult<Command> {
        let start = self.pos;
        // `.` is the dot-source operator only when a blank or a value follows it; `.\x.ps1`
        // and `..\x.ps1` are command names.
        let is_path =
            self.peek() == Some('.') && (matches!(self.peek_nth(1), Some('\\' | '/' | '.')));
        let name = match self.peek() {
            Some(op @ ('&' | '.')) if !is_path => {
                self.pos += 1;
                self.skip_ws(false)?;
                let target = self.command_argument_element()?;
                CommandName::Invoke {
                    operator: op,
                    target: Box::new(target),
                    span: self.span_from(start),
                }
            }
            _ => {
                let token = self.generic_token()?;
                match token.kind {
                    ExprKind::String { value, .. } => CommandName::Bare {
                        name: value,
                        span: token.span,
                    },
                    _ => CommandName::Invoke {
                        operator: '&',
                        span: token.span,
                        target: Box::new(token),
                    },
                }
            }
        };
        let base = self.arg_stack.len();
        loop {
            self.skip_ws(false)?;
            match self.peek() {
                None | Some('\n' | ';' | ')' | '}') => break,
                Some('|') => break,
                Some('&') if self.peek_nth(1) == Some('&') => break,
                Some(c)
                    if lexical::is_dash(c)
                        && self.peek_nth(1).is_some_and(starts_parameter_name) =>
                {
                    let arg = self.parameter_token()?;
                    self.arg_stack.push(arg);
                }
                Some('-') if self.rest().starts_with("--%") => {
                    let end = self
                        .rest()
                        .find('\n')
                        .map(|i| self.pos + i)
                        .unwrap_or(self.src.len());
                    let text = self.name(self.src[self.pos + 3..end].trim());
                    let span = self.span(self.pos, end);
                    self.pos = end;
                    self.arg_stack.push(CommandArg::Positional(Expr {
                        kind: ExprKind::String {
                            value: text,
                            style: StringStyle::Bare,
                        },
                        span,
                    }));
                }
                Some(_) if self.at_redirection() => {
                    let arg = CommandArg::Redirection(self.redirection()?);
                    self.arg_stack.push(arg);
                }
                Some(_) => {
                    let arg = CommandArg::Positional(self.command_argument()?);
                    self.arg_stack.push(arg);
                }
            }
        }
        let args = take_from(&mut self.arg_stack, base);
        let end = match args.last() {
            Some(CommandArg::Parameter { value: Some(v), .. }) => v.span.end(),
            Some(CommandArg::Parameter { span, .. }) => span.end(),
            Some(CommandArg::Redirection(r)) => r.span.end(),
            Some(CommandArg::Positional(e)) => e.span.end(),
            None => self.pos,
        };
        Ok(Command {
            name,
            args,
            span: self.span(start, end.max(start)),
        })
    }

    /// Whether a redirection operator starts here: `>`, `<`, or a stream digit or `*` before `>`.
    fn at_redirection(&self) -> bool {
        match self.peek() {
            Some('>' | '<') => true,
            Some('1'..='6' | '*') => self.peek_nth(1) == Some('>'),
            _ => false,
        }
    }

    fn redirection(&mut self) -> PResult<Redirection> {
        let start = self.pos;
        if self.peek() == Some('<') {
            return Err(self.error(
                "RedirectionNotSupported",
                "The '<' operator is reserved for future use.",
                start,
                start + 1,
            ));
        }
        let stream = match self.peek() {
            Some('*') => {
                self.bump();
                0
            }
            Some(digit @ '1'..='6') => {
                self.bump();
                digit as u8 - b'0'
            }
            _ => 1,
        };
        self.bump();
        let append = self.peek() == Some('>');
        if append {
            self.bump();
        }
        if self.rest().starts_with("&1") {
            self.pos += 2;
            if stream == 1 || append {
                return Err(self.error(
                    "RedirectionNotSupported",
                    format!(
                        "The '{}' operator is reserved for future use.",
                        &self.src[start..self.pos]
                    ),
                    start,
                    self.pos,
                ));
            }
            return Ok(Redirection {
                text: self.name(&self.src[start..self.pos]),
                stream,
                append: false,
                file: None,
                span: self.span_from(start),
            });
        }
        self.skip_ws(false)?;
        if matches!(self.peek(), None | Some('\n' | ';' | '|' | ')' | '}')) {
            return Err(self.error_here(
                "MissingFileSpecification",
                "Missing file specification after redirection operator.",
            ));
        }
        let file = self.command_argument_element()?;
        Ok(Redirection {
            text: self.name(&self.src[start..self.pos]),
            stream,
            append,
            file: Some(file),
            span: self.span_from(start),
        })
    }

    fn parameter_token(&mut self) -> PResult<CommandArg> {
        let start = self.pos;
        let dash = self.peek().map_or(1, char::len_utf8);
        self.pos += dash;
        let ascii = self
            .rest()
            .bytes()
            .take_while(|b| lexical::PARAMETER_CHAR[*b as usize])
            .count();
        self.pos += ascii;
        while self.peek().is_some_and(|c| !ends_parameter(c)) {
            self.bump();
        }
        let src = self.src;
        let name = &src[start + dash..self.pos];
        if self.peek() == Some(':') {
            self.pos += 1;
            let span = self.span_from(start);
            self.skip_ws(false)?;
            if matches!(self.peek(), None | Some('\n' | ';' | '|' | ')' | '}')) {
                let mut e = self.error(
                    "ParameterRequiresArgument",
                    format!("Parameter -{name} requires an argument."),
                    start,
                    span.end(),
                );
                e.incomplete = false;
                return Err(e);
            }
            let value = self.command_argument()?;
            return Ok(CommandArg::Parameter {
                name: self.name(name),
                value: Some(value),
                span,
            });
        }
        Ok(CommandArg::Parameter {
            name: self.name(name),
            value: None,
            span: self.span_from(start),
        })
    }

    /// One argument, or several joined by commas into an array.
    fn command_argument(&mut self) -> PResult<Expr> {
        let start = self.pos;
        let first = self.command_argument_element()?;
        let save = self.pos;
        self.skip_ws(false)?;
        if self.peek() != Some(',') {
            self.pos = save;
            return Ok(first);
        }
        let base = self.item_stack.len();
        self.item_stack.push(first);
        while self.eat(',') {
            self.skip_ws(true)?;
            if self.at_end() {
                return Err(self.incomplete(
                    "MissingExpression",
                    "Missing expression after ','.",
                    self.pos,
                ));
            }
            let item = self.command_argument_element()?;
            self.item_stack.push(item);
            let save = self.pos;
            self.skip_ws(false)?;
            if self.peek() != Some(',') {
                self.pos = save;
                break;
            }
        }
        Ok(Expr {
            kind: ExprKind::Array(take_from(&mut self.item_stack, base)),
            span: self.span_from(start),
        })
    }

    fn command_argument_element(&mut self) -> PResult<Expr> {
        match self.peek() {
            Some('$')
                if self.peek_nth(1).is_some_and(|c| {
                    lexical::is_name_char(c) || matches!(c, '{' | '(' | '?' | '$' | '^')
                }) =>
            {
                let start = self.pos;
                let value = self.postfix_expression()?;
                // `$dir\users`, `$(Get-Date -f yyyy)-log.txt`: a variable with more of
                // the word after it is one expandable word, as PowerShell reads an argument.
                if self
                    .peek()
                    .is_some_and(|c| !ends_bareword(c) && !matches!(c, '>' | '<'))
                {
                    self.pos = start;
                    return self.generic_token();
                }
                Ok(value)
            }
            Some('\'' | '"') => {
                let e = self.string_literal()?;
                Ok(e)
            }
            Some('@') if matches!(self.peek_nth(1), Some('(' | '{' | '\'' | '"')) => {
                self.postfix_expression()
            }
            Some('@') if self.peek_nth(1).is_some_and(lexical::is_name_char) => {
                let start = self.pos;
                self.pos += 1;
                let (rest, name) = lexical::variable_name(self.rest()).map_err(|_| {
                    self.error_here("InvalidSplat", "Invalid splatting expression.")
                })?;
                self.pos = self.src.len() - rest.len();
                Ok(Expr {
                    kind: ExprKind::Splat(self.name(name)),
                    span: self.span_from(start),
                })
            }
            Some('(' | '{') => self.postfix_expression(),
            Some(',') => {
                let start = self.pos;
                self.pos += 1;
                self.skip_ws(false)?;
                let item = self.command_argument_element()?;
                Ok(Expr {
                    kind: ExprKind::Array(vec![item]),
                    span: self.span_from(start),
                })
            }
            _ => {
                let token = self.generic_token()?;
                if let ExprKind::String {
                    value,
                    style: StringStyle::Bare,
                } = &token.kind
                {
                    if let Some(number) = lexical::whole_number(value) {
                        return Ok(Expr {
                            kind: ExprKind::Number(number),
                            span: token.span,
                        });
                    }
                }
                Ok(token)
            }
        }
    }

    /// A bareword: everything up to a blank or one of `{ } ( ) ; , | &`, with backtick escapes,
    /// embedded quoted parts and `$name` references.
    fn generic_token(&mut self) -> PResult<Expr> {
        let start = self.pos;
        // Fast path: a plain ASCII word with no escapes, quotes or variables.
        let plain = self
            .rest()
            .bytes()
            .take_while(|b| lexical::PLAIN_WORD[*b as usize])
            .count();
        if plain > 0
            && self
                .rest()
                .as_bytes()
                .get(plain)
                .is_none_or(|b| b.is_ascii_whitespace() || b"{}();,|&".contains(b))
        {
            self.pos += plain;
            return Ok(Expr {
                kind: ExprKind::String {
                    value: self.name_range(start, self.pos),
                    style: StringStyle::Bare,
                },
                span: self.span_from(start),
            });
        }
        let mut parts: Vec<StringPart> = Vec::new();
        let mut text = TextRun::default();
        let mut expandable = false;
        while let Some(c) = self.peek() {
            if ends_bareword(c) {
                break;
            }
            match c {
                '`' => match self.peek_nth(1) {
                    None => {
                        self.pos += 1;
                        return Err(self.incomplete("IncompleteLine", "The line ends with a backtick: the statement continues on the next line.", self.pos - 1));
                    }
                    Some('\n' | '\r') => break,
                    Some(e) => {
                        self.pos += 1 + e.len_utf8();
                        text.push_char(self.src, escape_char(e));
                    }
                },
                '\'' | '"' => {
                    let quoted = self.string_literal()?;
                    match quoted.kind {
                        ExprKind::String { value, .. } => text.push_str(self.src, &value),
                        ExprKind::Expandable { parts: inner, .. } => {
                            expandable = true;
                            if !text.is_empty() {
                                parts.push(StringPart::Text(self.run_name(text.take())));
                            }
                            parts.extend(inner);
                        }
                        _ => {}
                    }
                }
                '$' if self
                    .peek_nth(1)
                    .is_some_and(|n| lexical::is_name_char(n) || n == '{' || n == '(') =>
                {
                    expandable = true;
                    if !text.is_empty() {
                        parts.push(StringPart::Text(self.run_name(text.take())));
                    }
                    parts.push(self.expansion_part()?);
                }
                _ => {
                    let at = self.pos;
                    self.pos += c.len_utf8();
                    text.push_source(self.src, at, self.pos);
                }
            }
        }
        let span = self.span_from(start);
        if self.pos == start {
            return Err(self.unexpected_token());
        }
        if expandable {
            if !text.is_empty() {
                parts.push(StringPart::Text(self.run_name(text.take())));
            }
            Ok(Expr {
                kind: ExprKind::Expandable {
                    parts,
                    style: StringStyle::Bare,
                },
                span,
            })
        } else {
            Ok(Expr {
                kind: ExprKind::String {
                    value: self.run_name(text.take()),
                    style: StringStyle::Bare,
                },
                span,
            })
        }
    }

    // ----- strings ---------------------------------------------------------------------------

    fn string_literal(&mut self) -> PResult<Expr> {
        let start = self.pos;
        if self.rest().starts_with("@'") || self.rest().starts_with("@\"") {
            return self.here_string();
        }
        match self.bump() {
            Some('\'') => {
                let mut value = TextRun::default();
                loop {
                    let Some(quote) = self.rest().find('\'') else {
                        self.pos = self.src.len();
                        return Err(self.incomplete(
                            "TerminatorExpectedAtEndOfString",
                            "The string is missing the terminator: '.",
                            start,
                        ));
                    };
                    value.push_source(self.src, self.pos, self.pos + quote);
                    self.pos += quote + 1;
                    if !self.eat('\'') {
                        break;
                    }
                    // `''` is one quote: the first of the two.
                    value.push_source(self.src, self.pos - 2, self.pos - 1);
                }
                Ok(Expr {
                    kind: ExprKind::String {
                        value: self.run_name(value.take()),
                        style: StringStyle::Single,
                    },
                    span: self.span_from(start),
                })
            }
            _ => {
                let mut parts = Vec::new();
                let mut text = TextRun::default();
                loop {
                    match self.peek() {
                        None => {
                            return Err(self.incomplete(
                                "TerminatorExpectedAtEndOfString",
                                "The string is missing the terminator: \".",
                                start,
                            ))
                        }
                        Some('"') if self.peek_nth(1) == Some('"') => {
                            // `""` is one quote: the first of the two.
                            text.push_source(self.src, self.pos, self.pos + 1);
                            self.pos += 2;
                        }
                        Some('"') => {
                            self.pos += 1;
                            break;
                        }
                        Some('`') => {
                            self.pos += 1;
                            match self.bump() {
                                None => {
                                    return Err(self.incomplete(
                                        "TerminatorExpectedAtEndOfString",
                                        "The string is missing the terminator: \".",
                                        start,
                                    ))
                                }
                                Some(e) => text.push_char(self.src, escape_char(e)),
                            }
                        }
                        Some('$')
                            if self.peek_nth(1).is_some_and(|n| {
                                lexical::is_name_char(n) || matches!(n, '{' | '(' | '?' | '$' | '^')
                            }) =>
                        {
                            if !text.is_empty() {
                                parts.push(StringPart::Text(self.run_name(text.take())));
                            }
                            parts.push(self.expansion_part()?);
                        }
                        Some(c) => {
                            // The character and the plain text after it, up to the next quote,
                            // escape or `$`.
                            let rest = &self.rest()[c.len_utf8()..];
                            let plain = rest
                                .bytes()
                                .position(|b| matches!(b, b'"' | b'`' | b'$'))
                                .unwrap_or(rest.len());
                            let run = c.len_utf8() + plain;
                            text.push_source(self.src, self.pos, self.pos + run);
                            self.pos += run;
                        }
                    }
                }
                let span = self.span_from(start);
                if parts.is_empty() {
                    Ok(Expr {
                        kind: ExprKind::String {
                            value: self.run_name(text.take()),
                            style: StringStyle::Double,
                        },
                        span,
                    })
                } else {
                    if !text.is_empty() {
                        parts.push(StringPart::Text(self.run_name(text.take())));
                    }
                    Ok(Expr {
                        kind: ExprKind::Expandable {
                            parts,
                            style: StringStyle::Double,
                        },
                        span,
                    })
                }
            }
        }
    }

    fn here_string(&mut self) -> PResult<Expr> {
        let start = self.pos;
        self.pos += 1;
        let quote = self.bump().unwrap_or('"');
        let _ =
            lexical::blanks(self.rest()).map(|(rest, _)| self.pos = self.src.len() - rest.len());
        if !(self.eat('\n') || self.eat_str("\r\n")) {
            return Err(self.error_here(
                "UnexpectedCharactersAfterHereStringHeader",
                "No characters are allowed after a here-string header but before the end of the line.",
            ));
        }
        let body_start = self.pos;
        let closer = format!("\n{quote}@");
        let body_end = if self.rest().starts_with(&closer[1..]) {
            Some(body_start)
        } else {
            self.rest().find(&closer).map(|i| self.pos + i)
        };
        let Some(body_end) = body_end else {
            self.pos = self.src.len();
            return Err(self.incomplete(
                "TerminatorExpectedAtEndOfString",
                format!("The string is missing the terminator: {quote}@."),
                start,
            ));
        };
        let body = self.src[body_start..body_end]
            .trim_end_matches('\r')
            .to_string();
        self.pos = if body_end == body_start {
            body_end + 2
        } else {
            body_end + closer.len()
        };
        let span = self.span_from(start);
        if quote == '\'' {
            return Ok(Expr {
                kind: ExprKind::String {
                    value: self.name(&body),
                    style: StringStyle::Single,
                },
                span,
            });
        }
        let body: Rc<str> = Rc::from(body);
        let mut inner = Parser::new(&body);
        let mut parts = Vec::new();
        let mut text = String::new();
        while let Some(c) = inner.peek() {
            match c {
                '`' => {
                    inner.pos += 1;
                    if let Some(e) = inner.bump() {
                        text.push(escape_char(e));
                    }
                }
                '$' if inner
                    .peek_nth(1)
                    .is_some_and(|n| lexical::is_name_char(n) || matches!(n, '{' | '(')) =>
                {
                    if !text.is_empty() {
                        parts.push(StringPart::Text(self.name(&text)));
                        text.clear();
                    }
                    parts.push(inner.expansion_part().map_err(|mut e| {
                        e.span = span;
                        e
                    })?);
                }
                _ => {
                    inner.pos += c.len_utf8();
                    text.push(c);
                }
            }
        }
        if parts.is_empty() {
            return Ok(Expr {
                kind: ExprKind::String {
                    value: self.name(&text),
                    style: StringStyle::Double,
                },
                span,
            });
        }
        if !text.is_empty() {
            parts.push(StringPart::Text(self.name(&text)));
        }
        Ok(Expr {
            kind: ExprKind::Expandable {
                parts,
                style: StringStyle::Double,
            },
            span,
        })
    }

    /// `$name`, `${name}` or `$( ... )` inside an expandable string.
    fn expansion_part(&mut self) -> PResult<StringPart> {
        let start = self.pos;
        self.pos += 1;
        match self.peek() {
            Some('(') => {
                self.pos += 1;
                self.enter()?;
                let statements = self.statements(Some(')'))?;
                self.leave();
                if !self.eat(')') {
                    return Err(self.incomplete(
                        "MissingEndParenthesisInSubexpression",
                        "Missing closing ')' in subexpression.",
                        start,
                    ));
                }
                Ok(StringPart::SubExpression(statements))
            }
            Some('{') => Ok(StringPart::Variable(self.braced_variable_name(start)?)),
            _ => {
                let (rest, name) = lexical::variable_name(self.rest()).map_err(|_| {
                    self.error_here(
                        "InvalidVariableReference",
                        "Variable reference is not valid.",
                    )
                })?;
                if name.ends_with(':') || (rest.starts_with(':') && !rest.starts_with("::")) {
                    return Err(self.error(
                        "InvalidVariableReferenceWithDrive",
                        "Variable reference is not valid. ':' was not followed by a valid variable name character. Consider using ${} to delimit the name.",
                        start,
                        self.src.len() - rest.len() + 1,
                    ));
                }
                self.pos = self.src.len() - rest.len();
                Ok(StringPart::Variable(self.name(name)))
            }
        }
    }

    // ----- expressions -----------------------------------------------------------------------

    pub fn expression(&mut self) -> PResult<Expr> {
        self.binary_expression(Level::Logical)
    }

    #[inline(always)]
    fn skip_operator_ws(&mut self) -> PResult<()> {
        self.skip_ws(self.paren_depth > 0)
    }

    /// Binary operators of `min` or a tighter level, by precedence climbing: one loop reads
    /// every level instead of one function per level. Each operator's left operand starts at
    /// `start`, so a chain's spans are those of the whole chain so far.
    fn binary_expression(&mut self, min: Level) -> PResult<Expr> {
        let start = self.pos;
        let mut left = if min <= Level::Multiplicative {
            self.negation()?
        } else {
            self.not_expression()?
        };
        while let Some(operator) = self.binary_operator(min)? {
            let right =
                self.operand_after(operator.text.as_str(), |p| p.tighter_than(operator.level))?;
            left = binary(operator.op, left, right, self.span_from(start));
        }
        Ok(left)
    }

    /// The right operand of an operator of `level`: what binds more tightly than it.
    fn tighter_than(&mut self, level: Level) -> PResult<Expr> {
        match level {
            Level::Logical => self.binary_expression(Level::Bitwise),
            Level::Bitwise => self.binary_expression(Level::Comparison),
            Level::Comparison => self.binary_expression(Level::Additive),
            Level::Additive => self.binary_expression(Level::Multiplicative),
            Level::Multiplicative => self.negation(),
            Level::Format => self.binary_expression(Level::Range),
            Level::Range => self.not_expression(),
        }
    }

    /// Reads the binary operator after the blanks here if it binds at `min` or more tightly;
    /// otherwise leaves the position alone.
    fn binary_operator(&mut self, min: Level) -> PResult<Option<Operator>> {
        let save = self.pos;
        let newlines = self.paren_depth > 0;
        if self.no_operator_at == (save, newlines) {
            return Ok(None);
        }
        self.skip_operator_ws()?;
        match operator_at(self.rest()) {
            Some((operator, len)) if operator.level >= min => {
                self.pos += len;
                Ok(Some(operator))
            }
            found => {
                if found.is_none() {
                    self.no_operator_at = (save, newlines);
                }
                self.pos = save;
                Ok(None)
            }
        }
    }

    fn operand_after(
        &mut self,
        op: &str,
        next: impl FnOnce(&mut Self) -> PResult<Expr>,
    ) -> PResult<Expr> {
        self.skip_ws(true)?;
        if self.at_end() {
            return Err(self.incomplete(
                "ExpectedValueExpression",
                format!("You must provide a value expression following the '{op}' operator."),
                self.pos,
            ));
        }
        if !self.starts_operand() {
            return Err(self.error_here(
                "ExpectedValueExpression",
                format!("You must provide a value expression following the '{op}' operator."),
            ));
        }
        next(self)
    }

    fn starts_operand(&self) -> bool {
        match self.peek() {
            None => false,
            Some(c) => !matches!(c, ')' | '}' | ']' | ';' | '|' | '\n' | '=' | ','),
        }
    }

    fn negation(&mut self) -> PResult<Expr> {
        let start = self.pos;
        let op = match (self.peek(), self.peek_nth(1)) {
            (Some('-'), Some(c)) if !c.is_alphabetic() && c != '-' && c != '=' => {
                Some(UnaryOp::Negate)
            }
            (Some('+'), Some(c)) if c != '+' && c != '=' => Some(UnaryOp::Plus),
            _ => None,
        };
        if let Some(op) = op {
            // A negative literal is one number, not an operator.
            if op == UnaryOp::Negate && self.peek_nth(1).is_some_and(|c| c.is_ascii_digit()) {
                return self.binary_expression(Level::Format);
            }
            self.pos += 1;
            self.enter()?;
            let operand = self.operand_after(
                if op == UnaryOp::Negate { "-" } else { "+" },
                Self::negation,
            )?;
            self.leave();
            return Ok(Expr {
                kind: ExprKind::Unary {
                    op,
                    operand: Box::new(operand),
                },
                span: self.span_from(start),
            });
        }
        self.binary_expression(Level::Format)
    }

    fn not_expression(&mut self) -> PResult<Expr> {
        let start = self.pos;
        let op = if self.peek() == Some('!') {
            self.pos += 1;
            Some(("!", UnaryOp::Not))
        } else {
            self.leading_word_operator(&["not", "bnot"]).map(|w| {
                if w == "not" {
                    ("-not", UnaryOp::Not)
                } else {
                    ("-bnot", UnaryOp::BitNot)
                }
            })
        };
        if let Some((text, op)) = op {
            self.enter()?;
            let operand = self.operand_after(text, Self::not_expression)?;
            self.leave();
            return Ok(Expr {
                kind: ExprKind::Unary {
                    op,
                    operand: Box::new(operand),
                },
                span: self.span_from(start),
            });
        }
        self.array_expression()
    }

    /// A `-word` operator at the start of an operand (`-not`, `-split`, `-join`).
    fn leading_word_operator(&mut self, words: &[&'static str]) -> Option<&'static str> {
        let rest = self.rest();
        if !rest.starts_with('-') {
            return None;
        }
        let len = rest[1..]
            .find(|c: char| !c.is_ascii_alphabetic())
            .unwrap_or(rest.len() - 1);
        let word = &rest[1..1 + len];
        let found = words
            .iter()
            .copied()
            .find(|w| w.eq_ignore_ascii_case(word))?;
        self.pos += 1 + len;
        Some(found)
    }

    fn array_expression(&mut self) -> PResult<Expr> {
        let start = self.pos;
        let first = self.unary()?;
        if self.no_comma > 0 {
            return Ok(first);
        }
        let save = self.pos;
        self.skip_operator_ws()?;
        if self.peek() != Some(',') {
            self.pos = save;
            return Ok(first);
        }
        let base = self.item_stack.len();
        self.item_stack.push(first);
        while self.eat(',') {
            let item = self.operand_after(",", Self::unary)?;
            self.item_stack.push(item);
            let save = self.pos;
            self.skip_operator_ws()?;
            if self.peek() != Some(',') {
                self.pos = save;
                break;
            }
        }
        Ok(Expr {
            kind: ExprKind::Array(take_from(&mut self.item_stack, base)),
            span: self.span_from(start),
        })
    }

    fn unary(&mut self) -> PResult<Expr> {
        let start = self.pos;
        if let Some(word) = self.leading_word_operator(&["split", "join"]) {
            let op = if word == "split" {
                UnaryOp::Split
            } else {
                UnaryOp::Join
            };
            self.enter()?;
            let operand = self.operand_after(&format!("-{word}"), Self::unary)?;
            self.leave();
            return Ok(Expr {
                kind: ExprKind::Unary {
                    op,
                    operand: Box::new(operand),
                },
                span: self.span_from(start),
            });
        }
        for (text, op) in [("++", UnaryOp::PreIncrement), ("--", UnaryOp::PreDecrement)] {
            if self.rest().starts_with(text) {
                self.pos += 2;
                self.enter()?;
                let operand = self.operand_after(text, Self::unary)?;
                self.leave();
                return Ok(Expr {
                    kind: ExprKind::Unary {
                        op,
                        operand: Box::new(operand),
                    },
                    span: self.span_from(start),
                });
            }
        }
        if self.peek() == Some(',') {
            self.pos += 1;
            self.enter()?;
            let operand = self.operand_after(",", Self::unary)?;
            self.leave();
            return Ok(Expr {
                kind: ExprKind::Array(vec![operand]),
                span: self.span_from(start),
            });
        }
        if self.peek() == Some('[') {
            let type_name = self.type_name()?;
            if self.rest().starts_with("::") {
                let target = Expr {
                    kind: ExprKind::TypeLiteral(self.name(&type_name)),
                    span: self.span_from(start),
                };
                return self.postfix_operators(target, start);
            }
            let save = self.pos;
            self.skip_ws(false)?;
            if self.starts_operand() && !self.rest().starts_with('-')
                || self.peek() == Some('[')
                || self.rest().starts_with("-")
                    && self.peek_nth(1).is_some_and(|c| c.is_ascii_digit())
            {
                self.enter()?;
                let operand = self.unary()?;
                self.leave();
                return Ok(Expr {
                    kind: ExprKind::Cast {
                        type_name: self.name(&type_name),
                        operand: Box::new(operand),
                    },
                    span: self.span_from(start),
                });
            }
            self.pos = save;
            let target = Expr {
                kind: ExprKind::TypeLiteral(self.name(&type_name)),
                span: self.span_from(start),
            };
            return self.postfix_operators(target, start);
        }
        self.postfix_expression()
    }

    /// `[TypeName]`, with nested brackets for generics and arrays.
    fn type_name(&mut self) -> PResult<String> {
        let start = self.pos;
        self.pos += 1;
        let mut depth = 1;
        while depth > 0 {
            match self.bump() {
                None => {
                    return Err(self.incomplete(
                        "EndSquareBracketExpectedAtEndOfAttribute",
                        "Missing ] at end of type token.",
                        start,
                    ))
                }
                Some('[') => depth += 1,
                Some(']') => depth -= 1,
                Some('\n') => {
                    return Err(self.error(
                        "EndSquareBracketExpectedAtEndOfType",
                        "Missing ] at end of type token.",
                        start,
                        self.pos,
                    ))
                }
                _ => {}
            }
        }
        let name = self.src[start + 1..self.pos - 1].trim().to_string();
        if name.is_empty() {
            return Err(self.error(
                "MissingTypename",
                "Missing type name after '['.",
                start,
                self.pos,
            ));
        }
        Ok(name)
    }

    fn postfix_expression(&mut self) -> PResult<Expr> {
        let start = self.pos;
        let primary = self.primary()?;
        self.postfix_operators(primary, start)
    }

    fn postfix_operators(&mut self, mut target: Expr, start: usize) -> PResult<Expr> {
        loop {
            // Most operands are followed by none: one look at the next byte says so.
            if !matches!(
                self.src.as_bytes().get(self.pos),
                Some(b'.' | b':' | b'[' | b'+' | b'-')
            ) {
                return Ok(target);
            }
            let rest = self.rest();
            if rest.starts_with("::") || (rest.starts_with('.') && !rest.starts_with("..")) {
                let is_static = rest.starts_with("::");
                self.pos += if is_static { 2 } else { 1 };
                let name_start = self.pos;
                let name = match self.peek() {
                    Some('\'' | '"') => self.string_literal()?,
                    Some('$') => self.postfix_primary_variable()?,
                    Some('(') => self.primary()?,
                    Some(c) if lexical::is_name_char(c) => {
                        self.pos += lexical::name_length(self.rest());
                        Expr {
                            kind: ExprKind::String {
                                value: self.name_range(name_start, self.pos),
                                style: StringStyle::Bare,
                            },
                            span: self.span_from(name_start),
                        }
                    }
                    _ => {
                        return Err(self.error_here(
                            "MissingPropertyName",
                            "Missing property name after reference operator.",
                        ))
                    }
                };
                if self.peek() == Some('(') {
                    let method = match name.kind {
                        ExprKind::String { value, .. } => value,
                        _ => {
                            return Err(self.error_here(
                                "UnexpectedToken",
                                "Unexpected token '(' in expression or statement.",
                            ))
                        }
                    };
                    let args = self.method_arguments()?;
                    target = Expr {
                        kind: ExprKind::MethodCall(Box::new(MethodCall {
                            target,
                            name: method,
                            args,
                            is_static,
                        })),
                        span: self.span_from(start),
                    };
                } else {
                    target = Expr {
                        kind: ExprKind::Member(Box::new(Member {
                            target,
                            name,
                            is_static,
                        })),
                        span: self.span_from(start),
                    };
                }
            } else if rest.starts_with('[') {
                let open = self.pos;
                self.pos += 1;
                self.enter()?;
                self.paren_depth += 1;
                self.skip_ws(true)?;
                let index = if self.peek() == Some(']') {
                    return Err(self.error_here(
                        "MissingArrayIndexExpression",
                        "Array index expression is missing or not valid.",
                    ));
                } else {
                    self.expression()?
                };
                self.skip_ws(true)?;
                self.paren_depth -= 1;
                self.leave();
                if !self.eat(']') {
                    if self.at_end() {
                        return Err(self.incomplete(
                            "MissingEndSquareBracket",
                            "Missing ']' after array index expression.",
                            open,
                        ));
                    }
                    return Err(self.error_here(
                        "MissingEndSquareBracket",
                        "Missing ']' after array index expression.",
                    ));
                }
                target = Expr {
                    kind: ExprKind::Index(Box::new(Index { target, index })),
                    span: self.span_from(start),
                };
            } else if rest.starts_with("++") || rest.starts_with("--") {
                let op = if rest.starts_with("++") {
                    UnaryOp::PostIncrement
                } else {
                    UnaryOp::PostDecrement
                };
                self.pos += 2;
                target = Expr {
                    kind: ExprKind::Unary {
                        op,
                        operand: Box::new(target),
                    },
                    span: self.span_from(start),
                };
            } else {
                return Ok(target);
            }
        }
    }

    fn postfix_primary_variable(&mut self) -> PResult<Expr> {
        self.primary()
    }

    fn method_arguments(&mut self) -> PResult<Vec<Expr>> {
        let open = self.pos;
        self.pos += 1;
        self.enter()?;
        self.paren_depth += 1;
        self.no_comma += 1;
        let mut args = Vec::new();
        self.skip_ws(true)?;
        if !self.eat(')') {
            loop {
                self.skip_ws(true)?;
                if self.at_end() {
                    return Err(self.incomplete(
                        "MissingEndParenthesisInMethodCall",
                        "Missing ')' in method call.",
                        open,
                    ));
                }
                let saved_no_comma = self.no_comma;
                args.push(self.expression()?);
                self.no_comma = saved_no_comma;
                self.skip_ws(true)?;
                if self.eat(',') {
                    continue;
                }
                if self.eat(')') {
                    break;
                }
                if self.at_end() {
                    return Err(self.incomplete(
                        "MissingEndParenthesisInMethodCall",
                        "Missing ')' in method call.",
                        open,
                    ));
                }
                return Err(self.error_here(
                    "MissingEndParenthesisInMethodCall",
                    "Missing ')' in method call.",
                ));
            }
        }
        self.no_comma -= 1;
        self.paren_depth -= 1;
        self.leave();
        Ok(args)
    }

    fn primary(&mut self) -> PResult<Expr> {
        let start = self.pos;
        match self.peek() {
            Some('$') => self.variable(),
            Some('\'' | '"') => self.string_literal(),
            Some('@') => match self.peek_nth(1) {
                Some('(') => {
                    self.pos += 2;
                    self.enter()?;
                    // A comma inside belongs to the statements, even among method arguments.
                    let saved_no_comma = std::mem::take(&mut self.no_comma);
                    let statements = self.statements(Some(')'));
                    self.no_comma = saved_no_comma;
                    let statements = statements?;
                    self.leave();
                    if !self.eat(')') {
                        return Err(self.incomplete(
                            "MissingEndParenthesisInExpression",
                            "Missing closing ')' in expression.",
                            start,
                        ));
                    }
                    Ok(Expr {
                        kind: ExprKind::ArrayExpression(statements),
                        span: self.span_from(start),
                    })
                }
                Some('{') => self.hashtable(),
                Some('\'' | '"') => self.string_literal(),
                _ => Err(self.unexpected_token()),
            },
            Some('(') => {
                self.pos += 1;
                self.enter()?;
                let saved_no_comma = std::mem::take(&mut self.no_comma);
                self.paren_depth += 1;
                self.skip_ws(true)?;
                if self.peek() == Some(')') {
                    return Err(self.error_here(
                        "ExpectedExpression",
                        "An expression was expected after '('.",
                    ));
                }
                if self.at_end() {
                    return Err(self.incomplete(
                        "MissingEndParenthesisInExpression",
                        "Missing closing ')' in expression.",
                        start,
                    ));
                }
                let statement = self.statement()?;
                self.skip_ws(true)?;
                self.paren_depth -= 1;
                self.no_comma = saved_no_comma;
                self.leave();
                if !self.eat(')') {
                    if self.at_end() {
                        return Err(self.incomplete(
                            "MissingEndParenthesisInExpression",
                            "Missing closing ')' in expression.",
                            start,
                        ));
                    }
                    return Err(self.error_here(
                        "MissingEndParenthesisInExpression",
                        "Missing closing ')' in expression.",
                    ));
                }
                Ok(Expr {
                    kind: ExprKind::Paren(Box::new(statement)),
                    span: self.span_from(start),
                })
            }
            Some('{') => self.script_block(),
            Some(c)
                if c.is_ascii_digit()
                    || (c == '.' && self.peek_nth(1).is_some_and(|d| d.is_ascii_digit())) =>
            {
                match lexical::number(self.rest()) {
                    Ok((rest, number))
                        if rest
                            .chars()
                            .next()
                            .is_none_or(|c| !lexical::is_name_char(c)) =>
                    {
                        self.pos = self.src.len() - rest.len();
                        Ok(Expr {
                            kind: ExprKind::Number(number),
                            span: self.span_from(start),
                        })
                    }
                    _ => Err(self.unexpected_token()),
                }
            }
            Some('-') if self.peek_nth(1).is_some_and(|c| c.is_ascii_digit()) => {
                self.pos += 1;
                match lexical::number(self.rest()) {
                    Ok((rest, number)) => {
                        self.pos = self.src.len() - rest.len();
                        let number = match number {
                            Number::Int32(v) => Number::Int32(v.wrapping_neg()),
                            Number::Int64(v) => Number::Int64(-v),
                            Number::Double(v) => Number::Double(-v),
                        };
                        Ok(Expr {
                            kind: ExprKind::Number(number),
                            span: self.span_from(start),
                        })
                    }
                    Err(_) => Err(self.unexpected_token()),
                }
            }
            Some(c) if lexical::is_name_char(c) => {
                // A bareword in expression position: only valid as a hashtable key or member name,
                // which are handled by their callers.
                Err(self.unexpected_token())
            }
            None => {
                Err(self.incomplete("ExpectedExpression", "An expression was expected.", start))
            }
            _ => Err(self.unexpected_token()),
        }
    }

    fn variable(&mut self) -> PResult<Expr> {
        let start = self.pos;
        self.pos += 1;
        match self.peek() {
            Some('(') => {
                self.pos += 1;
                self.enter()?;
                let saved_paren = std::mem::take(&mut self.paren_depth);
                let saved_no_comma = std::mem::take(&mut self.no_comma);
                let statements = self.statements(Some(')'));
                self.paren_depth = saved_paren;
                self.no_comma = saved_no_comma;
                let statements = statements?;
                self.leave();
                if !self.eat(')') {
                    return Err(self.incomplete("MissingEndParenthesisInSubexpression", "Missing closing ')' in subexpression.", start));
                }
                Ok(Expr { kind: ExprKind::SubExpression(statements), span: self.span_from(start) })
            }
            Some('{') => {
                let name = self.braced_variable_name(start)?;
                Ok(Expr { kind: ExprKind::Variable(name), span: self.span_from(start) })
            }
            _ => match lexical::variable_name(self.rest()) {
                Ok((rest, name)) => {
                    self.pos = self.src.len() - rest.len();
                    Ok(Expr { kind: ExprKind::Variable(self.name(name)), span: self.span_from(start) })
                }
                Err(_) => Err(self.error(
                    "InvalidVariableReference",
                    "Variable reference is not valid. '$' was not followed by a valid variable name character. Consider using ${} to delimit the name.",
                    start,
                    start + 1,
                )),
            },
        }
    }

    /// The name of `${name}` (the `$` at `start`, the parser on the `{`): everything up to the
    /// first `}`, which must not be nothing.
    fn braced_variable_name(&mut self, start: usize) -> PResult<Name> {
        self.pos += 1;
        let Some(end) = self.rest().find('}') else {
            self.pos = self.src.len();
            return Err(self.incomplete(
                "MissingEndCurlyBrace",
                "Missing closing '}' in variable name.",
                start,
            ));
        };
        if end == 0 {
            return Err(self.error(
                "EmptyVariableReference",
                "Empty ${} variable reference, there should be a name between the braces.",
                self.pos,
                self.pos + 1,
            ));
        }
        let name = self.name_range(self.pos, self.pos + end);
        self.pos += end + 1;
        Ok(name)
    }

    fn script_block(&mut self) -> PResult<Expr> {
        let start = self.pos;
        self.pos += 1;
        self.enter()?;
        let saved_paren = std::mem::take(&mut self.paren_depth);
        let saved_no_comma = std::mem::take(&mut self.no_comma);
        let (statements, header) = self.body(Some('}'))?;
        self.paren_depth = saved_paren;
        self.no_comma = saved_no_comma;
        self.leave();
        if !self.eat('}') {
            return Err(self.missing_end_curly(start));
        }
        let span = self.span_from(start);
        let text = self.name_range(start + 1, self.pos - 1);
        let body = Script {
            statements,
            span,
            header,
        };
        Ok(Expr {
            kind: ExprKind::ScriptBlock(Rc::new(ScriptBlockAst { body, text })),
            span,
        })
    }

    fn hashtable(&mut self) -> PResult<Expr> {
        let start = self.pos;
        self.pos += 2;
        self.enter()?;
        let saved_paren = std::mem::take(&mut self.paren_depth);
        let saved_no_comma = std::mem::take(&mut self.no_comma);
        let mut entries = Vec::new();
        loop {
            self.skip_ws(true)?;
            while self.eat(';') {
                self.skip_ws(true)?;
            }
            if self.eat('}') {
                break;
            }
            if self.at_end() {
                return Err(self.incomplete(
                    "IncompleteHashLiteral",
                    "The hash literal was incomplete.",
                    start,
                ));
            }
            let key_start = self.pos;
            let key = match self.peek() {
                Some('\'' | '"') => self.string_literal()?,
                Some('$' | '(') => self.postfix_expression()?,
                Some(c) if c.is_ascii_digit() => self.primary()?,
                Some(c) if lexical::is_name_char(c) || c == '-' => {
                    while self
                        .peek()
                        .is_some_and(|c| lexical::is_name_char(c) || c == '-' || c == '.')
                    {
                        self.bump();
                    }
                    Expr {
                        kind: ExprKind::String {
                            value: self.name_range(key_start, self.pos),
                            style: StringStyle::Bare,
                        },
                        span: self.span_from(key_start),
                    }
                }
                _ => {
                    return Err(self.error_here(
                        "MissingEqualsInHashLiteral",
                        "Missing '=' operator after key in hash literal.",
                    ))
                }
            };
            self.skip_ws(false)?;
            if !self.eat('=') {
                if self.at_end() {
                    return Err(self.incomplete(
                        "MissingEqualsInHashLiteral",
                        "Missing '=' operator after key in hash literal.",
                        key_start,
                    ));
                }
                return Err(self.error_here(
                    "MissingEqualsInHashLiteral",
                    "Missing '=' operator after key in hash literal.",
                ));
            }
            self.skip_ws(true)?;
            if self.at_end() {
                return Err(self.incomplete(
                    "MissingExpressionInHashLiteral",
                    "Missing statement after '=' in hash literal.",
                    self.pos,
                ));
            }
            if matches!(self.peek(), Some('}' | ';')) {
                return Err(self.error_here(
                    "MissingExpressionInHashLiteral",
                    "Missing statement after '=' in hash literal.",
                ));
            }
            let value = self.statement()?;
            entries.push((key, value));
            self.skip_ws(false)?;
            match self.peek() {
                Some(';' | '\n' | '}') => {}
                None => {
                    return Err(self.incomplete(
                        "IncompleteHashLiteral",
                        "The hash literal was incomplete.",
                        start,
                    ))
                }
                _ => {
                    return Err(self
                        .error_here("IncompleteHashLiteral", "The hash literal was incomplete."))
                }
            }
        }
        self.paren_depth = saved_paren;
        self.no_comma = saved_no_comma;
        self.leave();
        Ok(Expr {
            kind: ExprKind::Hashtable(entries),
            span: self.span_from(start),
        })
    }
}

/// The items of `stack` from `base` on, as a list of exactly their number.
/// The one-byte blanks: space, tab, carriage return and form feed (U+00A0 is the other).
fn is_ascii_blank(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\r' | 0x0c)
}

/// Whether a blank, newline, comment or line continuation may start at byte `b`.
fn may_start_blank(b: u8) -> bool {
    is_ascii_blank(b) || matches!(b, 0xc2 | b'\n' | b'`' | b'#' | b'<')
}

/// A statement used as a condition: a pipeline as it is, any other statement (an
/// assignment, say) as the value of its parenthesised form.
fn as_pipeline(statement: Statement) -> Pipeline {
    match statement.kind {
        StatementKind::Pipeline(p) => p,
        other => Pipeline {
            span: statement.span,
            redirections: Vec::new(),
            elements: smallvec::smallvec![PipelineElement::Expression(Expr {
                span: statement.span,
                kind: ExprKind::Paren(Box::new(Statement {
                    kind: other,
                    span: statement.span,
                })),
            })],
        },
    }
}

fn take_from<T>(stack: &mut Vec<T>, base: usize) -> Vec<T> {
    stack.drain(base..).collect()
}

/// A `param( )` block or a `begin`/`process`/`end` block: what follows it on the same line
/// belongs to the same script block, so it needs no separator.
fn opens_a_body(statement: &Statement) -> bool {
    matches!(
        statement.kind,
        StatementKind::Unsupported {
            what: "param blocks" | "named blocks",
            ..
        }
    )
}

fn binary(op: BinaryOp, left: Expr, right: Expr, span: Span) -> Expr {
    Expr {
        kind: ExprKind::Binary(Box::new(Binary { op, left, right })),
        span,
    }
}

/// How tightly a binary operator binds, loosest first. Unary `-`/`+` sit between
/// `Multiplicative` and `Format`, `!`/`-not` and the comma below `Range`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Level {
    Logical,
    Bitwise,
    Comparison,
    Additive,
    Multiplicative,
    Format,
    Range,
}

/// A binary operator read from the text.
struct Operator {
    op: BinaryOp,
    level: Level,
    text: OperatorText,
}

/// An operator as messages name it (`..`, `+`, `-and`: dash words lower-cased), kept without
/// an allocation.
struct OperatorText {
    bytes: [u8; OperatorText::CAPACITY],
    len: usize,
}

impl OperatorText {
    /// Longer than any operator (`-cnotcontains` has 13 bytes).
    const CAPACITY: usize = 16;

    /// `text` lower-cased; `None` when it is too long to be an operator.
    fn lowercase(text: &[u8]) -> Option<OperatorText> {
        let mut bytes = [0; Self::CAPACITY];
        bytes.get_mut(..text.len())?.copy_from_slice(text);
        bytes.make_ascii_lowercase();
        Some(OperatorText {
            bytes,
            len: text.len(),
        })
    }

    fn as_str(&self) -> &str {
        // Only ASCII bytes are ever stored.
        std::str::from_utf8(&self.bytes[..self.len]).unwrap_or_default()
    }
}

/// The binary operator `rest` starts with, and its length in bytes. One look at the first
/// byte rules out most positions. `-` followed by a letter is a named operator (or a
/// parameter), never subtraction; `+=`, `++`, `--` and the like are not binary operators.
fn operator_at(rest: &str) -> Option<(Operator, usize)> {
    if let Some(after) = rest.strip_prefix(['\u{2013}', '\u{2014}', '\u{2015}']) {
        // A wide dash before a name is the named operator, as PowerShell reads it.
        let word: String = after
            .chars()
            .take_while(char::is_ascii_alphabetic)
            .collect();
        let (operator, len) = dash_operator(format!("-{word}").as_bytes())?;
        return Some((operator, len - 1 + (rest.len() - after.len())));
    }
    let bytes = rest.as_bytes();
    let (op, level, len) = match *bytes.first()? {
        b'.' if bytes.get(1) == Some(&b'.') => (BinaryOp::Range, Level::Range, 2),
        b'*' | b'/' | b'%' | b'+' | b'-' if bytes.get(1) == Some(&b'=') => return None,
        b'*' => (BinaryOp::Multiply, Level::Multiplicative, 1),
        b'/' => (BinaryOp::Divide, Level::Multiplicative, 1),
        b'%' => (BinaryOp::Modulo, Level::Multiplicative, 1),
        b'+' if bytes.get(1) == Some(&b'+') => return None,
        b'+' => (BinaryOp::Add, Level::Additive, 1),
        b'-' => match rest[1..].chars().next() {
            Some('-') => return None,
            Some(c) if c.is_alphabetic() => return dash_operator(bytes),
            _ => (BinaryOp::Subtract, Level::Additive, 1),
        },
        _ => return None,
    };
    let text = OperatorText::lowercase(&bytes[..len])?;
    Some((Operator { op, level, text }, len))
}

/// A named operator (`-and`, `-band`, `-eq`, `-f`) at the start of `bytes`: the ASCII letters
/// after the dash, in any case.
fn dash_operator(bytes: &[u8]) -> Option<(Operator, usize)> {
    let word_len = bytes[1..]
        .iter()
        .take_while(|b| b.is_ascii_alphabetic())
        .count();
    let text = OperatorText::lowercase(&bytes[..1 + word_len])?;
    let (op, level) = match &text.as_str()[1..] {
        "" => return None,
        "and" => (BinaryOp::And, Level::Logical),
        "or" => (BinaryOp::Or, Level::Logical),
        "xor" => (BinaryOp::Xor, Level::Logical),
        "band" => (BinaryOp::BitAnd, Level::Bitwise),
        "bor" => (BinaryOp::BitOr, Level::Bitwise),
        "bxor" => (BinaryOp::BitXor, Level::Bitwise),
        "f" => (BinaryOp::Format, Level::Format),
        word => {
            let (op, case_sensitive) = comparison_operator(word)?;
            (BinaryOp::Compare { op, case_sensitive }, Level::Comparison)
        }
    };
    Some((Operator { op, level, text }, 1 + word_len))
}

/// The character a backtick escape stands for.
fn escape_char(c: char) -> char {
    match c {
        '0' => '\0',
        'a' => '\u{7}',
        'b' => '\u{8}',
        'f' => '\u{c}',
        'n' => '\n',
        'r' => '\r',
        't' => '\t',
        'v' => '\u{b}',
        other => other,
    }
}

/// A comparison operator name (without the dash) and whether it is case-sensitive.
pub fn comparison_operator(word: &str) -> Option<(CompareOp, bool)> {
    let (base, case_sensitive) = match word.strip_prefix('c') {
        Some(rest) if compare_base(rest).is_some() && !matches!(word, "contains") => (rest, true),
        _ => match word.strip_prefix('i') {
            Some(rest)
                if compare_base(rest).is_some() && !matches!(word, "in" | "is" | "isnot") =>
            {
                (rest, false)
            }
            _ => (word, false),
        },
    };
    compare_base(base).map(|op| (op, case_sensitive))
}

fn compare_base(word: &str) -> Option<CompareOp> {
    Some(match word {
        "eq" => CompareOp::Eq,
        "ne" => CompareOp::Ne,
        "gt" => CompareOp::Gt,
        "ge" => CompareOp::Ge,
        "lt" => CompareOp::Lt,
        "le" => CompareOp::Le,
        "like" => CompareOp::Like,
        "notlike" => CompareOp::NotLike,
        "match" => CompareOp::Match,
        "notmatch" => CompareOp::NotMatch,
        "contains" => CompareOp::Contains,
        "notcontains" => CompareOp::NotContains,
        "in" => CompareOp::In,
        "notin" => CompareOp::NotIn,
        "replace" => CompareOp::Replace,
        "split" => CompareOp::Split,
        "join" => CompareOp::Join,
        "is" => CompareOp::Is,
        "isnot" => CompareOp::IsNot,
        "as" => CompareOp::As,
        _ => return None,
    })
}
