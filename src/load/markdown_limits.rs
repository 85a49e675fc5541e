//! Limits on Markdown, checked where it comes in so later steps can rely on them:
//! nesting no deeper than [`MAX_DEPTH`], and no hidden characters, written
//! out or as an HTML entity (`&#x202E;`).

use super::guard::forbidden_character;
use crate::diagnostic::{Diagnostic, Location};
use pulldown_cmark::{Event, Parser};
use std::path::Path;

/// The deepest nesting of lists, quotes and emphasis in Markdown. A real
/// leaflet nests two or three deep; every later step walks the nesting.
pub const MAX_DEPTH: usize = 24;

/// Checks the Markdown `text` of `file` against the limits.
pub fn check(file: &Path, text: &str) -> Result<(), Diagnostic> {
    check_at(file, text, 1)
}

/// [`check`] for Markdown that starts on line `first_line` of `file` (a Fluent message).
pub fn check_at(file: &Path, text: &str, first_line: usize) -> Result<(), Diagnostic> {
    check_text(file, text, first_line, forbidden_character)
}

/// [`check_at`] for translated Markdown, where Fluent's isolation marks are allowed.
pub fn check_translation(file: &Path, text: &str, first_line: usize) -> Result<(), Diagnostic> {
    check_text(file, text, first_line, super::guard::forbidden_in_translation)
}

type Finder = fn(&str) -> Option<(usize, usize, &'static str)>;

fn check_text(file: &Path, text: &str, first_line: usize, forbidden_character: Finder) -> Result<(), Diagnostic> {
    let at = |offset: usize, column: Option<usize>| {
        let before = &text[..offset.min(text.len())];
        let line = first_line + before.matches('\n').count();
        let column = column.unwrap_or_else(|| before.rsplit('\n').next().unwrap_or_default().chars().count() + 1);
        Location::new(file, line, column)
    };
    if let Some((line, column, name)) = forbidden_character(text) {
        let offset = text.split('\n').take(line - 1).map(|l| l.len() + 1).sum();
        return Err(hidden(&at(offset, Some(column)), name));
    }
    let mut depth = 0usize;
    for (event, range) in Parser::new(text).into_offset_iter() {
        match event {
            Event::Start(_) => {
                depth += 1;
                if depth > MAX_DEPTH {
                    return Err(Diagnostic::error(
                        "markdown-too-deep",
                        &at(range.start, None),
                        format!("lists, quotes or emphasis are nested more than {MAX_DEPTH} deep here"),
                    )
                    .with_hint("a leaflet reads best with lists and quotes at most two or three deep"));
                }
            }
            Event::End(_) => depth = depth.saturating_sub(1),
            Event::Text(t) | Event::Code(t) => {
                if let Some((_, _, name)) = forbidden_character(&t) {
                    return Err(hidden(&at(range.start, None), name));
                }
            }
            _ => {}
        }
    }
    Ok(())
}

fn hidden(at: &Location, name: &str) -> Diagnostic {
    Diagnostic::error("hidden-character", at, format!("there is {name} here"))
        .with_hint("delete it: it does not show, but it can change how the text around it reads")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deep_nesting_and_hidden_characters_are_refused() {
        assert!(check(Path::new("a.md"), "- one\n  - two\n\n> quote *em*\n").is_ok());
        let deep = ">".repeat(MAX_DEPTH + 5) + " x\n";
        assert_eq!(check(Path::new("a.md"), &deep).unwrap_err().code, "markdown-too-deep");
        let err = check(Path::new("a.md"), "ok\nrisk &#x202E;3 in 100\n").unwrap_err();
        assert_eq!((err.code, err.line), ("hidden-character", 2));
        let err = check_at(Path::new("a.ftl"), "a\nb\u{0}", 10).unwrap_err();
        assert_eq!((err.code, err.line, err.column), ("hidden-character", 11, 2));
    }
}
