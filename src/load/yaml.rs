//! The one place YAML is parsed: typed values from serde_yaml, plus where each value sits.
//!
//! serde_yaml 0.9 is deprecated upstream; swapping it for a maintained fork
//! (serde_norway, serde_yaml_ng) touches only this file. yaml-rust2's event
//! parser supplies line and column for every value, so checks that run after
//! deserialising can still point at the exact place in the file.

use crate::diagnostic::{Diagnostic, Location, did_you_mean};
use serde::de::DeserializeOwned;
use std::collections::HashMap;
use std::path::Path;
use yaml_rust2::parser::{Event, MarkedEventReceiver, Parser};
use yaml_rust2::scanner::Marker;

/// Where each value of a YAML document starts, keyed by its path
/// (`options.0.risks.1.frequency.events`).
#[derive(Debug, Default, Clone)]
pub struct Spans {
    file: std::path::PathBuf,
    places: HashMap<String, (usize, usize)>,
    /// Values that came from another file (a local layer over a library's
    /// procedure): a path here, that file's places, and the path there.
    overlays: Vec<(String, Spans, String)>,
}

impl Spans {
    /// Says that the value at `path` (and everything under it) came from
    /// `other`'s value at `other_path`: [`Spans::at`] points there.
    pub fn overlay(&mut self, path: &str, other: &Spans, other_path: &str) {
        let other = Spans { overlays: Vec::new(), ..other.clone() };
        self.overlays.push((path.to_string(), other, other_path.to_string()));
    }

    /// The file these places are in.
    pub fn file(&self) -> &Path {
        &self.file
    }

    /// The place of the value at `path`, or of its nearest parent that exists.
    pub fn at(&self, path: &str) -> Location {
        for (prefix, other, there) in self.overlays.iter().rev() {
            if let Some(rest) = path.strip_prefix(prefix.as_str())
                && (rest.is_empty() || rest.starts_with('.'))
            {
                return other.at(&format!("{there}{rest}"));
            }
        }
        let mut path = path;
        loop {
            if let Some(&(line, column)) = self.places.get(path) {
                return Location::new(&self.file, line, column);
            }
            match path.rfind('.') {
                Some(i) => path = &path[..i],
                None => return Location::start_of(&self.file),
            }
        }
    }
}

/// `value` as YAML: the one place YAML is written, as [`parse`] is where it is read.
pub fn to_string<T: serde::Serialize>(value: &T) -> String {
    serde_yaml::to_string(value).unwrap_or_default()
}

/// Parses `text` (the content of `file`) into `T`, with the place of every value.
pub fn parse<T: DeserializeOwned>(file: &Path, text: &str) -> Result<(T, Spans), Diagnostic> {
    let spans = index(file, text)?;
    match serde_yaml::from_str::<T>(text) {
        Ok(value) => Ok((value, spans)),
        Err(err) => Err(explain(file, text, &err, &spans)),
    }
}

fn index(file: &Path, text: &str) -> Result<Spans, Diagnostic> {
    let mut recorder = Recorder::default();
    let mut parser = Parser::new_from_str(text);
    // Events one at a time (the parser's own `load` recurses once per level of nesting).
    loop {
        match parser.next_token() {
            Ok((Event::StreamEnd, _)) => break,
            Ok((event, mark)) => recorder.on_event(event, mark),
            Err(err) => {
                let mark = err.marker();
                let at = Location::new(file, mark.line(), mark.col() + 1);
                if err.info().contains("recursion limit") {
                    return Err(Diagnostic::error("yaml-too-deep", &at, "this is nested too deeply")
                        .with_hint("content is never nested this deeply; check for a runaway structure"));
                }
                return Err(Diagnostic::error("yaml-syntax", &at, format!("this is not valid YAML: {}", err.info()))
                    .with_hint("check the indentation and that every `key: value` pair has its colon and space"));
            }
        }
        if let Some(mark) = recorder.too_deep {
            return Err(Diagnostic::error(
                "yaml-too-deep",
                &Location::new(file, mark.line(), mark.col() + 1),
                format!("this is nested more than {MAX_DEPTH} levels deep"),
            )
            .with_hint("content is never nested this deeply; check for a runaway structure"));
        }
        if let Some((mark, name)) = recorder.hidden {
            return Err(Diagnostic::error(
                "hidden-character",
                &Location::new(file, mark.line(), mark.col() + 1),
                format!("this value holds {name}"),
            )
            .with_hint("delete it: it does not show, but it can change how the text around it reads"));
        }
    }
    if let Some(mark) = recorder.alias {
        return Err(Diagnostic::error(
            "yaml-alias",
            &Location::new(file, mark.line(), mark.col() + 1),
            "YAML anchors and aliases (`&name`, `*name`) are not allowed in content",
        )
        .with_hint("write the value out in full where it is needed"));
    }
    Ok(Spans { file: file.to_path_buf(), places: recorder.places, overlays: Vec::new() })
}

/// The deepest nesting of mappings and lists in a YAML file. The deepest
/// value in real content sits about six levels down.
pub const MAX_DEPTH: usize = 32;

/// One open mapping or sequence while walking the events.
enum Frame {
    Mapping { path: String, key: Option<String> },
    Sequence { path: String, next: usize },
}

#[derive(Default)]
struct Recorder {
    stack: Vec<Frame>,
    places: HashMap<String, (usize, usize)>,
    alias: Option<Marker>,
    too_deep: Option<Marker>,
    hidden: Option<(Marker, &'static str)>,
}

impl Recorder {
    /// The path of the value that starts now, or `None` if it is a mapping key.
    fn value_path(&mut self) -> Option<String> {
        match self.stack.last_mut() {
            None => Some(String::new()),
            Some(Frame::Sequence { path, next }) => {
                let p = join(path, &next.to_string());
                *next += 1;
                Some(p)
            }
            Some(Frame::Mapping { path, key }) => key.take().map(|k| join(path, &k)),
        }
    }

    fn record(&mut self, path: &str, mark: Marker) {
        self.places.entry(path.to_string()).or_insert((mark.line(), mark.col() + 1));
    }
}

fn join(path: &str, segment: &str) -> String {
    if path.is_empty() { segment.to_string() } else { format!("{path}.{segment}") }
}

impl MarkedEventReceiver for Recorder {
    fn on_event(&mut self, ev: Event, mark: Marker) {
        match ev {
            Event::Alias(_) => {
                self.alias.get_or_insert(mark);
                self.value_path();
            }
            Event::Scalar(value, ..) => match self.value_path() {
                Some(path) if crate::load::guard::forbidden_character(&value).is_some() => {
                    let name = crate::load::guard::forbidden_character(&value).map_or("", |f| f.2);
                    self.hidden.get_or_insert((mark, name));
                    self.record(&path, mark);
                }
                Some(path) => self.record(&path, mark),
                None => {
                    if let Some(Frame::Mapping { key, .. }) = self.stack.last_mut() {
                        *key = Some(value);
                    }
                }
            },
            Event::MappingStart(..) | Event::SequenceStart(..) => {
                let path = self.value_path().unwrap_or_else(|| "?".to_string());
                self.record(&path, mark);
                if self.stack.len() >= MAX_DEPTH {
                    self.too_deep.get_or_insert(mark);
                }
                self.stack.push(if matches!(ev, Event::MappingStart(..)) {
                    Frame::Mapping { path, key: None }
                } else {
                    Frame::Sequence { path, next: 0 }
                });
            }
            Event::MappingEnd | Event::SequenceEnd => {
                self.stack.pop();
            }
            _ => {}
        }
    }
}

/// Turns a serde_yaml error into a diagnostic that says what to do.
fn explain(file: &Path, text: &str, err: &serde_yaml::Error, spans: &Spans) -> Diagnostic {
    let mut at = match err.location() {
        Some(l) => Location::new(file, l.line(), l.column()),
        None => Location::start_of(file),
    };
    let full = err.to_string();
    let message = match full.rfind(" at line ") {
        Some(i) => full[..i].to_string(),
        None => full.clone(),
    };
    // serde_yaml names the value's path (`guidance.issued: ...`); where the
    // value sits deeper than serde_yaml's own place (an invalid date is placed
    // at the start of its block), point at the value itself.
    if let Some((path, _)) = message.split_once(": ")
        && !message.contains("unknown field")
        && !message.contains("missing field")
    {
        let key = path.replace('[', ".").replace(']', "");
        if let Some(&(line, column)) = spans.places.get(&key)
            && (line, column) > (at.line, at.column)
        {
            at = Location::new(file, line, column);
        }
    }
    // A value the message quotes (`2024-13`), found in the file after that
    // place, is where the problem is: a field's own line, not its block's.
    if let Some(value) = between(&message, "`", "`").filter(|v| v.len() > 1) {
        let start: usize = text.split_inclusive('\n').take(at.line.saturating_sub(1)).map(str::len).sum();
        if let Some(offset) = text.get(start..).and_then(|rest| rest.find(value)) {
            at = Location::at_offset(file, text, start + offset);
        }
    }
    let (code, hint) = if let Some(field) = between(&message, "unknown field `", "`") {
        let expected = expected_names(&message);
        let hint = match did_you_mean(field, expected.iter().copied()) {
            Some(name) => format!("did you mean `{name}`?"),
            None => format!("the fields allowed here are: {}", expected.join(", ")),
        };
        ("unknown-field", Some(hint))
    } else if let Some(variant) = between(&message, "unknown variant `", "`") {
        let expected = expected_names(&message);
        let hint = match did_you_mean(variant, expected.iter().copied()) {
            Some(name) => format!("did you mean `{name}`?"),
            None => format!("write one of: {}", expected.join(", ")),
        };
        ("unknown-value", Some(hint))
    } else if message.contains("missing field `") {
        ("missing-field", Some("add the field; docs/content.md says what it holds".to_string()))
    } else if message.contains("invalid type") || message.contains("invalid value") {
        ("wrong-type", Some("docs/content.md shows what each field holds".to_string()))
    } else if message.contains("recursion limit") || message.contains("repetition limit") {
        ("yaml-too-deep", Some("content is never nested this deeply; check for a runaway structure".to_string()))
    } else {
        ("invalid-content", None)
    };
    let diagnostic = Diagnostic::error(code, &at, in_editors_words(&message));
    match hint {
        Some(h) => diagnostic.with_hint(h),
        None => diagnostic,
    }
}

/// serde's words for types, in an editor's words: "write a whole number", not "expected u64".
fn in_editors_words(message: &str) -> String {
    const WORDS: [(&str, &str); 12] = [
        ("expected u64", "write a whole number"),
        ("expected u32", "write a whole number"),
        ("expected u16", "write a whole number"),
        ("expected u8", "write a whole number"),
        ("expected f64", "write a number"),
        ("expected a boolean", "write true or false"),
        ("expected a string", "write some text"),
        ("expected a sequence", "write a list"),
        ("expected a tuple of size 2", "write two numbers in brackets, like [2, 8]"),
        ("expected a map", "write the fields it holds, each on its own line"),
        ("expected struct", "write the fields it holds, each on its own line:"),
        ("expected a YAML tag starting with '!'", "write one of the forms docs/content.md shows"),
    ];
    let mut text = message.to_string();
    for (serde, editor) in WORDS {
        if let Some(i) = text.find(serde) {
            text = format!("{}{editor}{}", &text[..i], &text[i + serde.len()..]);
        }
    }
    // "unknown variant `surgery`, expected one of `surgical`, …": the value, then the words the field takes.
    if let Some(rest) = text.strip_prefix("unknown variant ").map(str::to_string).or_else(|| {
        text.find(": unknown variant ").map(|i| format!("{}: {}", &text[..i], &text[i + ": unknown variant ".len()..]))
    }) {
        text = rest.replacen(", expected one of ", " is not a word this field takes: write one of ", 1).replacen(
            ", expected ",
            " is not a word this field takes: write ",
            1,
        );
    }
    text.replace("invalid type: string ", "you wrote the text ")
        .replace("invalid type: integer ", "you wrote the number ")
        .replace("invalid type: floating point ", "you wrote the number ")
        .replace("invalid type: map", "you wrote a set of fields")
        .replace("invalid type: sequence", "you wrote a list")
        .replace("invalid value: integer ", "the number ")
        .replace("invalid type: boolean ", "you wrote ")
}

fn between<'a>(text: &'a str, start: &str, end: &str) -> Option<&'a str> {
    let from = text.find(start)? + start.len();
    let len = text[from..].find(end)?;
    Some(&text[from..from + len])
}

/// The names serde lists after "expected one of" (or "expected").
fn expected_names(message: &str) -> Vec<&str> {
    let Some(i) = message.find("expected") else {
        return Vec::new();
    };
    message[i..].split('`').skip(1).step_by(2).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code, reason = "the fields are read only by serde, to test where errors point")]
    struct Doc {
        name: String,
        items: Vec<Item>,
    }

    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code, reason = "the fields are read only by serde, to test where errors point")]
    struct Item {
        events: u64,
    }

    #[test]
    fn records_where_values_are() {
        let text = "name: x\nitems:\n  - events: 3\n  - events: 4\n";
        let (_, spans): (Doc, _) = parse(Path::new("a.yaml"), text).unwrap();
        let at = spans.at("items.1.events");
        assert_eq!((at.line, at.column), (4, 13));
        assert_eq!(spans.at("items.1.nothing").line, 4);
    }

    #[test]
    fn unknown_field_suggests_the_right_one() {
        let text = "name: x\nitems:\n  - evnts: 3\n";
        let err = parse::<Doc>(Path::new("a.yaml"), text).unwrap_err();
        assert_eq!(err.code, "unknown-field");
        assert_eq!(err.line, 3);
        assert_eq!(err.hint.as_deref(), Some("did you mean `events`?"));
    }

    #[test]
    fn aliases_are_refused_before_expansion() {
        let text = "a: &x [1, 2]\nb: [*x, *x]\n";
        let err = parse::<serde_yaml::Value>(Path::new("a.yaml"), text).unwrap_err();
        assert_eq!(err.code, "yaml-alias");
        assert_eq!(err.line, 2);
    }
}
