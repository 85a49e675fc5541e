//! Diagnostics: what is wrong, where (file, line, column), and how to fix it.

use serde::Serialize;
use std::path::{Path, PathBuf};

/// How serious a diagnostic is. Errors stop the build; warnings do not.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Worth fixing; the build still writes.
    Warning,
    /// The build writes nothing.
    Error,
}

/// One finding, tied to a place in a file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Diagnostic {
    /// A stable code (`unknown-field`), documented in docs/diagnostics.md.
    pub code: &'static str,
    /// Error or warning.
    pub severity: Severity,
    /// The file, as given on the command line or found under it.
    pub file: PathBuf,
    /// 1-based line.
    pub line: usize,
    /// 1-based column, counted in characters.
    pub column: usize,
    /// What is wrong.
    pub message: String,
    /// What to do about it, where there is something useful to say.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hint: Option<String>,
}

impl Diagnostic {
    /// An error at a place.
    pub fn error(code: &'static str, at: &Location, message: impl Into<String>) -> Self {
        Self::new(code, Severity::Error, at, message)
    }

    /// A warning at a place.
    pub fn warning(code: &'static str, at: &Location, message: impl Into<String>) -> Self {
        Self::new(code, Severity::Warning, at, message)
    }

    fn new(code: &'static str, severity: Severity, at: &Location, message: impl Into<String>) -> Self {
        Diagnostic {
            code,
            severity,
            file: at.file.clone(),
            line: at.line,
            column: at.column,
            message: message.into(),
            hint: None,
        }
    }

    /// Adds a hint.
    pub fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    /// Whether this stops the build.
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

/// A place in a file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Location {
    /// The file.
    pub file: PathBuf,
    /// 1-based line.
    pub line: usize,
    /// 1-based column.
    pub column: usize,
}

impl Location {
    /// A place in `file`.
    pub fn new(file: &Path, line: usize, column: usize) -> Self {
        Location { file: file.to_path_buf(), line: line.max(1), column: column.max(1) }
    }

    /// The start of `file`, for problems with the file as a whole.
    pub fn start_of(file: &Path) -> Self {
        Self::new(file, 1, 1)
    }

    /// The place of byte `offset` in `text`, which is the content of `file`.
    pub fn at_offset(file: &Path, text: &str, offset: usize) -> Self {
        let offset = offset.min(text.len());
        let before = &text[..floor_char_boundary(text, offset)];
        let line = before.matches('\n').count() + 1;
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let column = before[line_start..].chars().count() + 1;
        Self::new(file, line, column)
    }
}

fn floor_char_boundary(text: &str, mut offset: usize) -> usize {
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

/// Sorts diagnostics by file, line and column, errors first at the same place,
/// so that output is stable whatever order the checks ran in.
pub fn sort(diagnostics: &mut [Diagnostic]) {
    diagnostics.sort_by(|a, b| {
        (&a.file, a.line, a.column, std::cmp::Reverse(a.severity), a.code, &a.message).cmp(&(
            &b.file,
            b.line,
            b.column,
            std::cmp::Reverse(b.severity),
            b.code,
            &b.message,
        ))
    });
}

/// The closest of `candidates` to `word`, if it is close enough to be a likely typo.
pub fn did_you_mean<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    candidates
        .into_iter()
        .map(|c| (strsim::jaro_winkler(word, c), c))
        .filter(|(score, _)| *score > 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, c)| c)
}

/// An error with every cause it nests (tera's do), joined by `: `: a reader
/// needs all of them.
pub fn error_chain(err: &(dyn std::error::Error + 'static)) -> String {
    let mut text = err.to_string();
    let mut source = err.source();
    while let Some(cause) = source {
        text.push_str(": ");
        text.push_str(&cause.to_string());
        source = cause.source();
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_become_lines_and_columns() {
        let text = "a: 1\nbé: 2\n";
        let at = Location::at_offset(Path::new("f"), text, text.find('2').unwrap());
        assert_eq!((at.line, at.column), (2, 5));
    }

    #[test]
    fn suggests_near_misses_only() {
        assert_eq!(did_you_mean("evnts", ["events", "range"]), Some("events"));
        assert_eq!(did_you_mean("colour", ["events", "range"]), None);
    }
}
