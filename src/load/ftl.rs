//! Reading `.ftl` files as a translator's tools do: messages, their variables and attributes, and where each sits.

use crate::diagnostic::{Diagnostic, Location};
use fluent_bundle::FluentResource;
use fluent_syntax::ast::{self, Entry, Expression, InlineExpression, Pattern, PatternElement};
use fluent_syntax::parser::ParserError;
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// One message of a Fluent file, as the checks need it.
#[derive(Debug, Clone)]
pub struct FtlMessage {
    /// 1-based line of `id =`.
    pub line: usize,
    /// Whether it has a value (not only attributes).
    pub has_value: bool,
    /// Attribute names.
    pub attributes: BTreeSet<String>,
    /// Variables used anywhere in the message (`events` for `{ $events }`).
    pub variables: BTreeSet<String>,
    /// The message as Fluent source (id, value and attributes, no comment): what a
    /// translation of it was made from.
    pub source: String,
    /// Only the text a reader sees, placeables dropped: for comments and number checks.
    pub text: String,
    /// The comment written directly above the message (a translator's note), if any.
    pub comment: Option<String>,
}

/// A parsed Fluent file.
#[derive(Debug, Clone, Default)]
pub struct FtlFile {
    /// Messages by id, in file order of first appearance.
    pub messages: BTreeMap<String, FtlMessage>,
    /// Message ids in file order.
    pub order: Vec<String>,
    /// Syntax errors: byte offset of the broken entry, and the parser's words.
    pub errors: Vec<(usize, String)>,
    /// Every message and term (`-nail`), with its line, the length of its own
    /// text and what it refers to: what a catalog resolves when it formats.
    pub entries: Vec<FtlEntry>,
    /// Entries left out before parsing because their placeables nest deeper
    /// than [`MAX_NESTING`]: the byte offset of the place.
    pub too_deep: Vec<usize>,
    /// Characters written as escapes in string literals (`{ "\u202E" }`) that
    /// have no place in patient information: the line, and what the character is.
    pub hidden: Vec<(usize, &'static str)>,
}

/// How deep placeables may nest in a Fluent message (`{ { "x" } }` is two):
/// real messages go two or three deep; Fluent's own parser would exhaust its
/// stack a few thousand deep, so deeper entries are refused before it sees them.
pub const MAX_NESTING: usize = 20;

/// A message or term as Fluent resolves it.
#[derive(Debug, Clone)]
pub struct FtlEntry {
    /// The id, with its leading `-` for a term.
    pub id: String,
    /// 1-based line of the definition.
    pub line: usize,
    /// Bytes of text in the entry itself.
    pub length: usize,
    /// Messages (`other`) and terms (`-other`) it refers to.
    pub refers_to: Vec<String>,
    /// Functions it calls (`NUMBER`).
    pub functions: Vec<String>,
}

impl FtlFile {
    /// Parses `text`. Never fails: broken entries become errors, the rest is kept.
    pub fn parse(text: &str) -> FtlFile {
        FtlFile::parse_with_resource(text).0
    }

    /// Parses `text` once, into what the checks read and the resource a Fluent
    /// catalog formats from.
    pub fn parse_with_resource(text: &str) -> (FtlFile, FluentResource) {
        // Entries nested too deep are blanked (their lines kept, so every other
        // entry keeps its line) before Fluent's recursive parser sees them.
        let too_deep = nested_too_deep(text);
        let parsed_text = if too_deep.is_empty() { text.to_string() } else { blank_entries(text, &too_deep) };
        let (resource, errors) = match FluentResource::try_new(parsed_text) {
            Ok(r) => (r, Vec::new()),
            Err((r, e)) => (r, e),
        };
        let mut file = FtlFile::from_entries(text, resource.entries(), &errors);
        file.too_deep = too_deep;
        (file, resource)
    }

    fn from_entries<'a>(
        text: &str,
        entries: impl Iterator<Item = &'a Entry<&'a str>>,
        errors: &[ParserError],
    ) -> FtlFile {
        let mut file = FtlFile { errors: errors.iter().map(describe).collect(), ..Default::default() };
        let lines = definition_lines(text);
        let text_lines: Vec<&str> = text.lines().collect();
        let all_lines = all_definition_lines(text);
        let mut seen: BTreeMap<String, usize> = BTreeMap::new();
        let mut line_of = |id: &str| {
            let n = seen.entry(id.to_string()).or_insert(0);
            *n += 1;
            all_lines.get(id).and_then(|l| l.get(*n - 1).or(l.last())).copied().unwrap_or(1)
        };
        for entry in entries {
            let patterns: Vec<&Pattern<&str>> = match entry {
                Entry::Message(m) => m.value.iter().chain(m.attributes.iter().map(|a| &a.value)).collect(),
                Entry::Term(t) => std::iter::once(&t.value).chain(t.attributes.iter().map(|a| &a.value)).collect(),
                _ => Vec::new(),
            };
            let mut literals = Vec::new();
            for pattern in patterns {
                string_literals(pattern, &mut literals);
            }
            for literal in literals {
                let value = fluent_syntax::unicode::unescape_unicode_to_string(literal);
                if let Some((_, _, what)) = crate::load::guard::forbidden_in_translation(&value) {
                    let id = match entry {
                        Entry::Message(m) => m.id.name.to_string(),
                        Entry::Term(t) => format!("-{}", t.id.name),
                        _ => String::new(),
                    };
                    file.hidden.push((lines.get(id.as_str()).copied().unwrap_or(1), what));
                }
            }
            if let Entry::Term(t) = entry {
                let id = format!("-{}", t.id.name);
                let mut found =
                    FtlEntry { line: line_of(&id), id, length: 0, refers_to: Vec::new(), functions: Vec::new() };
                references(&t.value, &mut found);
                for a in &t.attributes {
                    references(&a.value, &mut found);
                }
                file.entries.push(found);
            }
            if let Entry::Message(m) = entry {
                let mut found = FtlEntry {
                    id: m.id.name.to_string(),
                    line: line_of(m.id.name),
                    length: 0,
                    refers_to: Vec::new(),
                    functions: Vec::new(),
                };
                if let Some(value) = &m.value {
                    references(value, &mut found);
                }
                for a in &m.attributes {
                    references(&a.value, &mut found);
                }
                file.entries.push(found);
                let id = m.id.name.to_string();
                let mut variables = BTreeSet::new();
                let mut text_only = String::new();
                if let Some(value) = &m.value {
                    collect(value, &mut variables, &mut text_only);
                }
                for a in &m.attributes {
                    text_only.push(' ');
                    collect(&a.value, &mut variables, &mut text_only);
                }
                let bare = ast::Message {
                    id: m.id.clone(),
                    value: m.value.clone(),
                    attributes: m.attributes.clone(),
                    comment: None,
                };
                let source = fluent_syntax::serializer::serialize(&ast::Resource { body: vec![Entry::Message(bare)] });
                let message = FtlMessage {
                    line: lines.get(id.as_str()).copied().unwrap_or(1),
                    has_value: m.value.is_some(),
                    attributes: m.attributes.iter().map(|a| a.id.name.to_string()).collect(),
                    variables,
                    source,
                    text: text_only.trim().to_string(),
                    comment: attached_comment(&text_lines, lines.get(id.as_str()).copied().unwrap_or(1)),
                };
                if !file.messages.contains_key(&id) {
                    file.order.push(id.clone());
                }
                file.messages.insert(id, message);
            }
        }
        file
    }

    /// Syntax errors, entries nested too deep and hidden characters written
    /// as escapes, as diagnostics for `path`.
    pub fn syntax_diagnostics(&self, path: &Path, text: &str) -> Vec<Diagnostic> {
        let deep = self.too_deep.iter().map(|offset| {
            Diagnostic::error(
                "ftl-too-deep",
                &Location::at_offset(path, text, *offset),
                format!("placeables are nested more than {MAX_NESTING} deep here"),
            )
            .with_hint("a message needs a placeable inside a placeable at most two or three deep: write it more simply")
        });
        let hidden = self.hidden.iter().map(|(line, what)| {
            Diagnostic::error(
                "hidden-character",
                &Location::new(path, *line, 1),
                format!("this message writes {what} as an escape in a string (`\\u…`)"),
            )
            .with_hint("it could hide or reverse the text around it: remove the escape")
        });
        let syntax = self.errors.iter().map(|(offset, words)| {
            let at = Location::at_offset(path, text, *offset);
            if words.contains("default variant") || words.contains("marked as default") {
                Diagnostic::error("ftl-select-no-default", &at, format!("Fluent syntax error: {words}"))
                    .with_hint("mark one variant as the default with `*`, for example `*[other]`")
            } else {
                Diagnostic::error("ftl-syntax", &at, format!("Fluent syntax error: {words}"))
                    .with_hint("each message is `id = text`; continuation lines are indented")
            }
        });
        deep.chain(hidden).chain(syntax).collect()
    }
}

/// The byte offsets at which placeables nest deeper than [`MAX_NESTING`],
/// at most one per entry. Read without recursion, as Fluent's grammar has it:
/// an entry starts at a line that is not indented; in text `{` opens a
/// placeable; inside one, a string literal (`"…"`, with `\"` escapes, on one
/// line) holds braces as text, `->` starts variants, whose text is text
/// again, and `}` closes.
fn nested_too_deep(text: &str) -> Vec<usize> {
    #[derive(Clone, Copy, PartialEq)]
    enum Frame {
        Expression,
        Variants,
    }
    let mut found = Vec::new();
    let mut stack: Vec<Frame> = Vec::new();
    let mut offset = 0;
    // Whether the entry being read was already found too deep.
    let mut reported = false;
    for line in text.split_inclusive('\n') {
        if line.starts_with(|c: char| !c.is_whitespace()) {
            stack.clear();
            reported = false;
        }
        if line.starts_with('#') {
            offset += line.len();
            continue;
        }
        let bytes = line.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            let in_expression = stack.last() == Some(&Frame::Expression);
            match bytes[i] {
                b'"' if in_expression => {
                    i += 1;
                    while i < bytes.len() && bytes[i] != b'"' && bytes[i] != b'\n' {
                        i += if bytes[i] == b'\\' { 2 } else { 1 };
                    }
                }
                b'{' => {
                    stack.push(Frame::Expression);
                    if stack.len() > MAX_NESTING && !reported {
                        found.push(offset + i);
                        reported = true;
                    }
                }
                b'}' => {
                    stack.pop();
                }
                b'-' if in_expression && bytes.get(i + 1) == Some(&b'>') => {
                    if let Some(top) = stack.last_mut() {
                        *top = Frame::Variants;
                    }
                    i += 1;
                }
                _ => {}
            }
            i += 1;
        }
        offset += line.len();
    }
    found
}

/// The byte offset of the start of the entry holding `offset`: the last line
/// before it that is not indented.
fn entry_of(text: &str, offset: usize) -> usize {
    let mut start = 0;
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        if at > offset {
            break;
        }
        if line.starts_with(|c: char| !c.is_whitespace()) {
            start = at;
        }
        at += line.len();
    }
    start
}

/// `text` with the whole entry around each of `places` turned into blank
/// lines (each line's break kept, so line numbers stay).
fn blank_entries(text: &str, places: &[usize]) -> String {
    let starts: BTreeSet<usize> = places.iter().map(|&p| entry_of(text, p)).collect();
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    let mut blanking = false;
    for line in text.split_inclusive('\n') {
        if line.starts_with(|c: char| !c.is_whitespace()) {
            blanking = starts.contains(&at);
        }
        if blanking {
            out.push_str(if line.ends_with('\n') { "\n" } else { "" });
        } else {
            out.push_str(line);
        }
        at += line.len();
    }
    out
}

/// Every string literal in a pattern, escapes as written.
fn string_literals<'a>(pattern: &Pattern<&'a str>, found: &mut Vec<&'a str>) {
    fn inline<'a>(expression: &InlineExpression<&'a str>, found: &mut Vec<&'a str>) {
        match expression {
            InlineExpression::StringLiteral { value } => found.push(value),
            InlineExpression::Placeable { expression } => outer(expression, found),
            InlineExpression::FunctionReference { arguments, .. } => {
                for a in arguments.positional.iter().chain(arguments.named.iter().map(|n| &n.value)) {
                    inline(a, found);
                }
            }
            InlineExpression::TermReference { arguments: Some(arguments), .. } => {
                for a in arguments.positional.iter().chain(arguments.named.iter().map(|n| &n.value)) {
                    inline(a, found);
                }
            }
            _ => {}
        }
    }
    fn outer<'a>(expression: &Expression<&'a str>, found: &mut Vec<&'a str>) {
        match expression {
            Expression::Inline(i) => inline(i, found),
            Expression::Select { selector, variants } => {
                inline(selector, found);
                for v in variants {
                    string_literals(&v.value, found);
                }
            }
        }
    }
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            outer(expression, found);
        }
    }
}

fn describe(error: &ParserError) -> (usize, String) {
    let offset = error.slice.as_ref().map_or(error.pos.start, |s| s.start);
    (offset, error.kind.to_string())
}

/// What a pattern refers to, and how much text it holds.
fn references(pattern: &Pattern<&str>, entry: &mut FtlEntry) {
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => entry.length += value.len(),
            PatternElement::Placeable { expression } => expression_references(expression, entry),
        }
    }
}

fn expression_references(expression: &Expression<&str>, entry: &mut FtlEntry) {
    match expression {
        Expression::Inline(inline) => inline_references(inline, entry),
        Expression::Select { selector, variants } => {
            inline_references(selector, entry);
            for v in variants {
                references(&v.value, entry);
            }
        }
    }
}

fn inline_references(inline: &InlineExpression<&str>, entry: &mut FtlEntry) {
    match inline {
        InlineExpression::StringLiteral { value } => entry.length += value.len(),
        InlineExpression::MessageReference { id, .. } => entry.refers_to.push(id.name.to_string()),
        InlineExpression::TermReference { id, arguments, .. } => {
            entry.refers_to.push(format!("-{}", id.name));
            for a in arguments.iter().flat_map(|a| a.positional.iter().chain(a.named.iter().map(|n| &n.value))) {
                inline_references(a, entry);
            }
        }
        InlineExpression::FunctionReference { id, arguments } => {
            entry.functions.push(id.name.to_string());
            for a in arguments.positional.iter().chain(arguments.named.iter().map(|n| &n.value)) {
                inline_references(a, entry);
            }
        }
        InlineExpression::Placeable { expression } => expression_references(expression, entry),
        _ => {}
    }
}

/// Every line that defines each id, in order.
fn all_definition_lines(text: &str) -> BTreeMap<&str, Vec<usize>> {
    let mut lines: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (n, line) in text.lines().enumerate() {
        let id_len = line.find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_')).unwrap_or(line.len());
        if id_len > 0 && line[id_len..].trim_start().starts_with('=') {
            lines.entry(&line[..id_len]).or_default().push(n + 1);
        }
    }
    lines
}

/// The line of each `id =` (or `-term =`) at the start of a line.
fn definition_lines(text: &str) -> BTreeMap<&str, usize> {
    let mut lines = BTreeMap::new();
    for (n, line) in text.lines().enumerate() {
        let id_len = line.find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_')).unwrap_or(line.len());
        if id_len > 0 && line[id_len..].trim_start().starts_with('=') {
            lines.entry(&line[..id_len]).or_insert(n + 1);
        }
    }
    lines
}

/// The comment directly above the message on 1-based `line`: the run of
/// `#` lines (one hash: a message comment, not a group or file comment) with
/// no blank line between it and the message, as Fluent attaches it. The
/// runtime parse that catalogs share drops comments, so they are read here.
fn attached_comment(lines: &[&str], line: usize) -> Option<String> {
    let above = lines.get(..line.saturating_sub(1))?;
    let run: Vec<&str> = above
        .iter()
        .rev()
        .take_while(|l| **l == "#" || l.starts_with("# "))
        .map(|l| l.strip_prefix("# ").unwrap_or(""))
        .collect();
    (!run.is_empty()).then(|| run.into_iter().rev().collect::<Vec<_>>().join("\n"))
}

fn collect(pattern: &Pattern<&str>, variables: &mut BTreeSet<String>, text: &mut String) {
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => text.push_str(value),
            PatternElement::Placeable { expression } => expression_vars(expression, variables, text),
        }
    }
}

fn expression_vars(expression: &Expression<&str>, variables: &mut BTreeSet<String>, text: &mut String) {
    match expression {
        Expression::Inline(inline) => inline_vars(inline, variables, text),
        Expression::Select { selector, variants } => {
            inline_vars(selector, variables, text);
            for v in variants {
                text.push(' ');
                collect(&v.value, variables, text);
            }
        }
    }
}

fn inline_vars(inline: &InlineExpression<&str>, variables: &mut BTreeSet<String>, text: &mut String) {
    match inline {
        InlineExpression::VariableReference { id } => {
            variables.insert(id.name.to_string());
        }
        InlineExpression::StringLiteral { value } => text.push_str(value),
        InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                inline_vars(a, variables, text);
            }
            for a in &arguments.named {
                inline_vars(&a.value, variables, text);
            }
        }
        InlineExpression::TermReference { arguments: Some(arguments), .. } => {
            for a in &arguments.positional {
                inline_vars(a, variables, text);
            }
        }
        InlineExpression::Placeable { expression } => expression_vars(expression, variables, text),
        _ => {}
    }
}

/// Escapes plain or Markdown text so Fluent reads it back exactly: braces
/// become string literals, and a line that starts with `[`, `*` or `.` (which
/// Fluent would read as syntax) starts with a literal instead.
pub fn escape_value(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            out.push('\n');
        }
        let mut rest = line;
        if let Some(first) = line.trim_start().chars().next().filter(|c| matches!(c, '[' | '*' | '.')) {
            let indent = line.len() - line.trim_start().len();
            out.push_str(&line[..indent]);
            out.push_str(&format!("{{\"{first}\"}}"));
            rest = &line[indent + 1..];
        }
        for c in rest.chars() {
            match c {
                '{' => out.push_str("{\"{\"}"),
                '}' => out.push_str("{\"}\"}"),
                _ => out.push(c),
            }
        }
    }
    out
}

/// A message definition for `id` with `value`, indented so multi-line text parses.
pub fn message(id: &str, value: &str) -> String {
    let escaped = escape_value(value.trim_end());
    if escaped.contains('\n') {
        let body: Vec<String> =
            escaped.split('\n').map(|l| if l.trim().is_empty() { String::new() } else { format!("    {l}") }).collect();
        format!("{id} =\n{}\n", body.join("\n"))
    } else {
        format!("{id} = {escaped}\n")
    }
}

/// The text of a message as a translation tool shows it: what follows `id =`
/// in `message` (a message as Fluent source), with the indentation every
/// continuation line shares taken off. [`from_value`] puts it back, so
/// `from_value(id, &value_text(id, m))` is the same message to Fluent.
pub fn value_text(id: &str, message: &str) -> String {
    let message = message.trim_end();
    let rest = message.strip_prefix(id).map(str::trim_start).and_then(|r| r.strip_prefix('=')).unwrap_or(message);
    let mut lines = rest.split('\n');
    let first = lines.next().unwrap_or_default().trim();
    let more: Vec<&str> = lines.collect();
    let indent =
        more.iter().filter(|l| !l.trim().is_empty()).map(|l| l.len() - l.trim_start().len()).min().unwrap_or(0);
    let mut out: Vec<&str> = Vec::with_capacity(more.len() + 1);
    if !first.is_empty() {
        out.push(first);
    }
    out.extend(more.iter().map(|l| if l.trim().is_empty() { "" } else { &l[indent..] }));
    out.join("\n")
}

/// A message definition for `id` whose text is `value` as Fluent source
/// (placeables, selects and `.attribute =` lines included), every line indented
/// so that Fluent reads it as one message: the inverse of [`value_text`].
pub fn from_value(id: &str, value: &str) -> String {
    let value = value.replace("\r\n", "\n");
    let body: Vec<String> = value
        .trim_matches('\n')
        .trim_end()
        .split('\n')
        .map(|l| if l.trim().is_empty() { String::new() } else { format!("    {l}") })
        .collect();
    format!("{id} =\n{}\n", body.join("\n"))
}

/// `text` as Fluent comment lines, each starting with `# ` and `prefix` on the first.
pub fn comment(prefix: &str, text: &str) -> String {
    let mut out = String::new();
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            out.push('\n');
        }
        let lead = if i == 0 { prefix } else { "" };
        let line = format!("# {lead}{line}");
        out.push_str(line.trim_end());
    }
    out
}

/// Lines of a translation that Fluent will misread because Markdown starts them
/// with `*` (a bullet), `[` (a link) or `.` (not an attribute): 1-based line numbers.
pub fn misread_markdown_lines(text: &str) -> Vec<usize> {
    let mut found = Vec::new();
    for (n, line) in text.lines().enumerate() {
        if !line.starts_with([' ', '\t']) {
            continue;
        }
        let t = line.trim_start();
        let bullet = t.starts_with("* ") || t == "*";
        let link = t.starts_with('[') && t.contains("](");
        let dot = t.starts_with('.') && !is_attribute(&t[1..]);
        if bullet || link || dot {
            found.push(n + 1);
        }
    }
    found
}

fn is_attribute(after_dot: &str) -> bool {
    let name_len =
        after_dot.find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_')).unwrap_or(after_dot.len());
    name_len > 0
        && after_dot.starts_with(|c: char| c.is_ascii_alphabetic())
        && after_dot[name_len..].trim_start().starts_with('=')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_messages_variables_and_attributes() {
        let f = FtlFile::parse(
            "a = About { $events } in { $d ->\n    [one] x\n   *[other] { $n }\n}\nb =\n    .label = Hi { $who }\n",
        );
        assert_eq!(f.messages["a"].variables.iter().map(String::as_str).collect::<Vec<_>>(), ["d", "events", "n"]);
        assert_eq!(f.messages["b"].line, 5);
        assert!(!f.messages["b"].has_value);
        assert!(f.messages["b"].attributes.contains("label"));
    }

    #[test]
    fn a_select_without_default_is_its_own_error() {
        let text = "ok = fine\nbad = { $n ->\n    [one] x\n    [other] y\n}\n";
        let f = FtlFile::parse(text);
        let d = f.syntax_diagnostics(Path::new("x.ftl"), text);
        assert_eq!(d.len(), 1, "{d:?}");
        assert_eq!((d[0].code, d[0].line), ("ftl-select-no-default", 2));
    }

    #[test]
    fn escaped_markdown_reads_back_exactly() {
        let source = "Intro {with braces}.\n\n* a star bullet\n[a link](https://x.org)\n. odd\n- dash";
        let text = message("section-about", source);
        let (f, resource) = FtlFile::parse_with_resource(&text);
        assert!(f.errors.is_empty(), "{:?}\n{text}", f.errors);
        let catalog = crate::l10n::Catalog::from_resources("en-GB".parse().unwrap(), [std::sync::Arc::new(resource)]);
        assert_eq!(catalog.format("section-about", &[]).unwrap(), source);
    }

    /// Every interface message of every shipped locale survives the trip to a
    /// translation tool's text and back: the same message to Fluent.
    #[test]
    fn value_text_and_from_value_round_trip_every_shipped_message() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
        let mut seen = 0;
        for locale in ["en-GB", "cy", "ar", "pl"] {
            let text = std::fs::read_to_string(root.join(locale).join("ui.ftl")).unwrap();
            let f = FtlFile::parse(&text);
            for (id, m) in &f.messages {
                let back = FtlFile::parse(&from_value(id, &value_text(id, &m.source)));
                assert!(back.errors.is_empty(), "{locale} {id}: {:?}", back.errors);
                assert_eq!(back.messages[id].source, m.source, "{locale} {id}");
                seen += 1;
            }
        }
        assert!(seen > 400, "{seen}");
        let markdown = "Intro {with braces}.\n\n* a star\n[a link](https://x.org)\n\n    indented code";
        let m = FtlFile::parse(&message("section-x", markdown));
        let value = value_text("section-x", &m.messages["section-x"].source);
        assert!(value.starts_with("Intro { \"{\" }with braces{ \"}\" }.\n\n{ \"*\" } a star\n"), "{value}");
        let back = FtlFile::parse(&from_value("section-x", &value));
        assert_eq!(back.messages["section-x"].source, m.messages["section-x"].source);
        assert_eq!(value_text("a", "a = One line"), "One line");
        assert_eq!(from_value("a", "x\r\n\r\n  y\n"), "a =\n    x\n\n      y\n");
    }

    #[test]
    fn spots_markdown_that_fluent_would_misread() {
        let text = "m =\n    Text\n    * bullet\n    [link](x)\n    .5 mm\n    .label = fine\n";
        assert_eq!(misread_markdown_lines(text), vec![3, 4, 5]);
    }

    #[test]
    fn a_note_directly_above_a_message_is_its_comment() {
        let f = FtlFile::parse(
            "## Group\n\n# en-GB: old\n\n# Note: keep it short.\n#\n# Second line.\nhello = Hi\nbye = Bye\n",
        );
        assert_eq!(f.messages["hello"].comment.as_deref(), Some("Note: keep it short.\n\nSecond line."));
        assert_eq!(f.messages["bye"].comment, None);
    }
}

#[cfg(test)]
mod limits {
    use super::*;

    #[test]
    fn placeables_nested_too_deep_are_refused_before_the_parser_sees_them() {
        let deep = format!("ok = fine\ndeep = {}x{}\nafter = also fine\n", "{ ".repeat(3000), " }".repeat(3000));
        let file = FtlFile::parse(&deep);
        assert_eq!(file.too_deep.len(), 1);
        assert!(file.messages.contains_key("ok") && file.messages.contains_key("after"));
        assert!(!file.messages.contains_key("deep"));
        let diagnostics = file.syntax_diagnostics(Path::new("x.ftl"), &deep);
        assert!(diagnostics.iter().any(|d| d.code == "ftl-too-deep" && d.line == 2), "{diagnostics:?}");
        // Braces in strings and in variants' text are not nesting.
        let fine = "a = { \"{{{{{{{{{{{{{{{{{{{{{{{{\" }\nb = { $n ->\n    [one] \"{ $n }\"\n   *[other] x\n}\n";
        assert!(FtlFile::parse(fine).too_deep.is_empty());
    }

    #[test]
    fn hidden_characters_written_as_escapes_are_found() {
        let text = "a = { \"\\u202E\" }ok\nb = { \"\\u0000\" }\nc = { \"\\u2068\" }\n";
        let file = FtlFile::parse(text);
        let lines: Vec<usize> = file.hidden.iter().map(|(l, _)| *l).collect();
        assert_eq!(lines, vec![1, 2]);
    }
}
