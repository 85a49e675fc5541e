//! Printing diagnostics: a `file:line:col: error[code]: message` line editors can jump to,
//! then the source with the place marked (miette), or one JSON document.

use informed::diagnostic::{Diagnostic, Severity};
use informed::load::Sources;
use miette::{GraphicalReportHandler, GraphicalTheme, LabeledSpan, MietteDiagnostic, NamedSource, Report};
use std::io::IsTerminal;

/// Whether to colour output: only on a terminal, and never with `NO_COLOR` set.
fn colour() -> bool {
    std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
}

/// The text of every file the last load read: what snippets show. Nothing
/// is read from disk to report a problem, so a report never shows what the
/// load refused to read (a file outside the site, through a link).
static SOURCES: std::sync::Mutex<Sources> = std::sync::Mutex::new(Sources::new());

/// Keeps the texts of the latest load for the reports that follow it.
pub(crate) fn remember(sources: Sources) {
    if let Ok(mut kept) = SOURCES.lock() {
        *kept = sources;
    }
}

/// Adds the texts of files read again (a preview's rebuild of one procedure)
/// to those kept, in place of their older texts.
pub(crate) fn remember_more(mut sources: Sources) {
    if let Ok(mut kept) = SOURCES.lock() {
        kept.append(&mut sources);
    }
}

/// Prints `diagnostics` for a person, on standard error.
pub(crate) fn human(diagnostics: &[Diagnostic]) {
    let theme = if colour() { GraphicalTheme::unicode() } else { GraphicalTheme::unicode_nocolor() };
    let handler = GraphicalReportHandler::new_themed(theme).with_context_lines(1);
    // A library-wide change (new English in every procedure) can give hundreds
    // of thousands of findings of one kind: the first of each kind are shown
    // in full, more as one line each, and the rest are counted.
    let mut seen: std::collections::BTreeMap<(&str, &str), usize> = std::collections::BTreeMap::new();
    for d in diagnostics {
        let severity = match d.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        let n = seen.entry((d.code, severity)).or_default();
        *n += 1;
        if *n > LINES_PER_CODE {
            continue;
        }
        eprintln!("{}:{}:{}: {severity}[{}]: {}", shown(&d.file), d.line, d.column, d.code, d.message);
        match (*n <= SNIPPETS_PER_CODE).then(|| snippet(&handler, d)).flatten() {
            Some(text) => eprint!("{text}"),
            None => {
                if let Some(hint) = &d.hint {
                    eprintln!("  hint: {hint}");
                }
            }
        }
    }
    for ((code, severity), n) in seen {
        if n > LINES_PER_CODE {
            eprintln!(
                "... and {} more {severity}s [{code}] not shown (`informed check --format json` lists every one)",
                n - LINES_PER_CODE
            );
        }
    }
}

/// How many findings of one kind are shown with their source, and how many at all.
const SNIPPETS_PER_CODE: usize = 20;
const LINES_PER_CODE: usize = 200;

/// The largest file whose source is shown, and its longest line: the snippet
/// is a convenience, never worth a slow report.
const SNIPPET_FILE: usize = 256 * 1024;
const SNIPPET_LINE: usize = 2_000;

/// The source around the place, marked, with the hint; `None` when the load
/// did not read the file (or it is too large to be worth showing).
fn snippet(handler: &GraphicalReportHandler, d: &Diagnostic) -> Option<String> {
    let text = SOURCES.lock().ok()?.get(&d.file).filter(|t| t.len() <= SNIPPET_FILE)?.clone();
    if text.lines().any(|l| l.len() > SNIPPET_LINE) {
        return None;
    }
    let offset = offset_of(&text, d.line, d.column)?;
    let len = text[offset..]
        .chars()
        .take_while(|c| !c.is_whitespace() && !matches!(c, ',' | '}' | ':' | ']'))
        .map(char::len_utf8)
        .sum::<usize>()
        .max(1);
    // The line above already says what is wrong; the snippet shows where.
    let mut diagnostic = MietteDiagnostic::new(d.code)
        .with_severity(match d.severity {
            Severity::Error => miette::Severity::Error,
            Severity::Warning => miette::Severity::Warning,
        })
        .with_label(LabeledSpan::at(offset..(offset + len).min(text.len()), "here"));
    if let Some(hint) = &d.hint {
        diagnostic = diagnostic.with_help(hint.clone());
    }
    let report = Report::new(diagnostic).with_source_code(NamedSource::new(shown(&d.file), text));
    let mut out = String::new();
    handler.render_report(&mut out, report.as_ref()).ok()?;
    Some(out)
}

fn offset_of(text: &str, line: usize, column: usize) -> Option<usize> {
    let start: usize = text.split_inclusive('\n').take(line - 1).map(str::len).sum();
    let line_text = text.get(start..)?.split('\n').next()?;
    let within: usize = line_text.chars().take(column - 1).map(char::len_utf8).sum();
    Some(start + within)
}

/// A file as a report names it: `./templates/x.html` as `templates/x.html`,
/// as content's files are named.
fn shown(file: &std::path::Path) -> String {
    file.strip_prefix(".").unwrap_or(file).display().to_string()
}

/// Prints `diagnostics` as one JSON document on standard output (docs/diagnostics.md).
pub(crate) fn json(diagnostics: &[Diagnostic]) {
    let errors = diagnostics.iter().filter(|d| d.is_error()).count();
    let diagnostics: Vec<Diagnostic> =
        diagnostics.iter().map(|d| Diagnostic { file: shown(&d.file).into(), ..d.clone() }).collect();
    let document = serde_json::json!({
        "version": 1,
        "errors": errors,
        "warnings": diagnostics.len() - errors,
        "diagnostics": diagnostics,
    });
    println!("{}", serde_json::to_string_pretty(&document).unwrap_or_default());
}

/// The IPDAS checklist of every procedure, on standard output.
pub(crate) fn ipdas(project: &informed::load::Project, format: super::Format) {
    let lists: Vec<(String, Vec<informed::check::ipdas::Criterion>)> = project
        .procedures
        .iter()
        .map(|l| (l.procedure.slug.clone(), informed::check::ipdas::evaluate(&l.procedure)))
        .collect();
    if format == super::Format::Json {
        let value: Vec<_> =
            lists.iter().map(|(slug, c)| serde_json::json!({ "procedure": slug, "criteria": c })).collect();
        println!("{}", serde_json::to_string_pretty(&serde_json::json!({ "ipdas": value })).unwrap_or_default());
        return;
    }
    for (slug, criteria) in lists {
        let passed = criteria.iter().filter(|c| c.passed).count();
        println!("IPDAS minimum standards: {slug} ({passed} of {} met)", criteria.len());
        for c in criteria {
            let mark = if c.passed { "pass" } else { "FAIL" };
            println!("  [{mark}] {} {:<13} {}: {}", c.id, c.level, c.name, c.reason);
        }
    }
}

/// Readability per page and locale, on standard output. Only English has formulas here.
pub(crate) fn readability(project: &informed::load::Project, format: super::Format) {
    use informed::check::readability::{procedure_text, score};
    let site = &project.site;
    let mut locales = vec![site.source_locale.clone()];
    locales.extend(site.locales.iter().filter(|l| **l != site.source_locale).cloned());
    let mut rows = Vec::new();
    for loaded in &project.procedures {
        for locale in &locales {
            let english = locale.split('-').next() == Some("en");
            let scores = (english && *locale == site.source_locale).then(|| score(&procedure_text(loaded)));
            rows.push((loaded.procedure.slug.clone(), locale.clone(), scores));
        }
    }
    if format == super::Format::Json {
        let value: Vec<_> = rows
            .iter()
            .map(|(slug, locale, s)| serde_json::json!({ "procedure": slug, "locale": locale, "scores": s, "scored": s.is_some() }))
            .collect();
        println!("{}", serde_json::to_string_pretty(&serde_json::json!({ "readability": value })).unwrap_or_default());
        return;
    }
    for (slug, locale, scores) in rows {
        match scores {
            Some(s) => println!(
                "{slug} [{locale}]: Flesch Reading Ease {}, Flesch-Kincaid grade {} (reading age about {:.0}, target {}), SMOG {}; {} sentences, {} words",
                s.flesch_reading_ease,
                s.flesch_kincaid_grade,
                s.reading_age(),
                site.reading_age,
                s.smog,
                s.sentences,
                s.words
            ),
            None => println!(
                "{slug} [{locale}]: not scored (no readability formula with published coefficients for this language)"
            ),
        }
    }
}
