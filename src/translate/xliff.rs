//! `informed l10n export|import`: a locale's translations as XLIFF 2.0, for
//! translation agencies and their tools (Trados, memoQ, Phrase), and back.
//!
//! 1. [`export`] writes one `<file>` per translation file (`ui.ftl`,
//!    `procedures/<slug>.ftl`) and one `<unit>` per source message: its source,
//!    its translation as the target, the state ([`xliff_state`]), the notes
//!    translators see in the reference files, and the fingerprint of the source
//!    text in the Metadata module (`<mda:meta type="source-fingerprint">`).
//! 2. [`import`] reads such a file back. It refuses the whole file, naming the
//!    line and column in it, when a unit was exported from source text that has
//!    changed since, a target is not Fluent or drops or adds a variable, or an
//!    id or file is unknown; otherwise it returns the translation files and the
//!    state file to write: only those that change, each changed only where a
//!    target or a state does.
//!
//! The text of a unit is what follows `id =` in the `.ftl` file, without the
//! indentation ([`value_text`]): plain text for most units, Fluent syntax
//! (`{ $events }`, selects) where the source has it, so a target is exactly
//! what a translator would type into the `.ftl` file.

use super::update::{SiteFile, state_file, update_locale};
use crate::diagnostic::{Diagnostic, Location};
use crate::l10n::status::{SourceFile, SourceUnit, UnitState, unit_state};
use crate::load::ftl::comment;
use crate::load::ftl::{FtlFile, from_value, value_text};
use crate::load::{LocaleTranslations, Origin, TranslationFile};
use crate::model::{Date, Review, State};
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::Path;
use std::sync::Arc;

/// The XLIFF 2.0 core namespace.
pub const XLIFF_NS: &str = "urn:oasis:names:tc:xliff:document:2.0";
/// The XLIFF 2.0 Metadata module's namespace.
pub const MDA_NS: &str = "urn:oasis:names:tc:xliff:metadata:2.0";
/// The `type` of the `<mda:meta>` that holds a unit's source fingerprint.
const FINGERPRINT: &str = "source-fingerprint";
/// The most nodes an imported file may have (a file of every unit of a large
/// site has tens of thousands): a bound on memory for hostile input.
const NODES_LIMIT: u32 = 2_000_000;

/// The XLIFF 2.0 state of a segment for informed's state of a unit.
///
/// | informed | XLIFF |
/// | --- | --- |
/// | missing | `initial`, no target |
/// | stale (never confirmed, or the source changed since) | `initial`, the translation as the target, `subState="informed:stale"` |
/// | current (confirmed against the current source) | `translated` |
/// | reviewed (a review covers the current source) | `reviewed` |
///
/// informed never writes `final`: publishing is decided by the site's policy,
/// not by the file. On import `final` counts as `reviewed`.
pub fn xliff_state(state: UnitState) -> &'static str {
    match state {
        UnitState::Missing | UnitState::Stale => "initial",
        UnitState::Current => "translated",
        UnitState::Reviewed => "reviewed",
    }
}

/// The XLIFF 2.0 document of `translations` against `sources`.
pub fn export(source_locale: &str, sources: &[SourceFile], translations: &LocaleTranslations) -> String {
    let locale = &translations.locale;
    let rtl = |tag: &str| tag.parse().is_ok_and(|l| crate::l10n::is_right_to_left(&l));
    let dir = |tag: &str| if rtl(tag) { "rtl" } else { "ltr" };
    let mut out = String::new();
    out.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.push_str(&format!("<!-- {}: `informed l10n export` writes this file -->\n", crate::write::made::SIGNATURE));
    let _ = writeln!(
        out,
        "<!-- The {locale} translation, from `informed l10n export {locale}`. Translate each\n     \
         <target>; keep every {{ $variable }} and the Markdown marks. Bring it back with\n     \
         `informed l10n import {locale} <this file>`. -->"
    );
    let _ = writeln!(
        out,
        "<xliff xmlns=\"{XLIFF_NS}\" xmlns:mda=\"{MDA_NS}\" version=\"2.0\" srcLang=\"{}\" trgLang=\"{}\">",
        escape(source_locale),
        escape(locale)
    );
    for source in sources {
        let _ = writeln!(
            out,
            "  <file id=\"{}\" original=\"{}\" canResegment=\"no\" srcDir=\"{}\" trgDir=\"{}\" xml:space=\"preserve\">",
            escape(&file_id(&source.name)),
            escape(&source.name),
            dir(source_locale),
            dir(locale)
        );
        let file = translations.files.get(&source.name);
        for unit in &source.units {
            let state = unit_state(&source.name, unit, translations);
            let _ = writeln!(out, "    <unit id=\"{}\">", escape(&unit.id));
            out.push_str("      <mda:metadata>\n        <mda:metaGroup category=\"informed\">\n");
            let _ =
                writeln!(out, "          <mda:meta type=\"{FINGERPRINT}\">{}</mda:meta>", escape(&unit.fingerprint));
            out.push_str("        </mda:metaGroup>\n      </mda:metadata>\n");
            let notes = notes(unit);
            if !notes.is_empty() {
                out.push_str("      <notes>\n");
                for (category, text) in notes {
                    let _ = writeln!(out, "        <note category=\"{category}\">{}</note>", escape(&text));
                }
                out.push_str("      </notes>\n");
            }
            let sub = if state == UnitState::Stale { " subState=\"informed:stale\"" } else { "" };
            let _ = writeln!(out, "      <segment state=\"{}\"{sub}>", xliff_state(state));
            let _ = writeln!(out, "        <source>{}</source>", escape(&value_text(&unit.id, &unit.fluent)));
            if let Some(m) = file.and_then(|f| f.ftl.messages.get(&unit.id)) {
                let _ = writeln!(out, "        <target>{}</target>", escape(&value_text(&unit.id, &m.source)));
            }
            out.push_str("      </segment>\n    </unit>\n");
        }
        out.push_str("  </file>\n");
    }
    out.push_str("</xliff>\n");
    out
}

/// What a translator is told beside a unit: where it appears (the reference
/// file's comment), which variables to keep, and that Markdown stays Markdown.
fn notes(unit: &SourceUnit) -> Vec<(&'static str, String)> {
    let mut notes = Vec::new();
    if let Some(context) = &unit.context {
        notes.push(("context", context.clone()));
    }
    if !unit.variables.is_empty() {
        let list: Vec<String> = unit.variables.iter().map(|v| format!("{{ ${v} }}")).collect();
        notes.push((
            "variables",
            format!(
                "Keep each of these exactly as written, wherever your grammar needs it: {}. informed puts a number or word from the data there.",
                list.join(", ")
            ),
        ));
    }
    if !unit.attributes.is_empty() {
        let list: Vec<String> = unit.attributes.iter().map(|a| format!(".{a}")).collect();
        notes.push((
            "attributes",
            format!("Keep the lines that start {}: translate only after their `=`.", list.join(", ")),
        ));
    }
    if unit.fluent.contains("{ \"") || unit.fluent.contains("{\"") {
        notes.push((
            "syntax",
            "Text in quotes inside braces, such as { \"[\" }, is a character Fluent would otherwise read as syntax: keep it so."
                .to_string(),
        ));
    }
    notes
}

/// An XLIFF `<file>` id (an XML name token) for a translation file's name.
fn file_id(name: &str) -> String {
    name.replace('/', ".")
}

/// Text and attribute values for XML: `&`, `<` and `"` escaped, and `>` where
/// it would end `]]>`; apostrophes and other `>` are left as typed, so a
/// select (`{ $n -> … }`) reads in the file as in the `.ftl` file.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '"' => out.push_str("&quot;"),
            '>' if out.ends_with("]]") => out.push_str("&gt;"),
            _ => out.push(c),
        }
    }
    out
}

/// What an import changes.
#[derive(Debug, Default)]
pub struct Imported {
    /// Files to write: changed translation files, and the state file if it changed.
    pub files: Vec<SiteFile>,
    /// Units whose translation changed.
    pub changed: usize,
    /// Units newly confirmed as translated from the current source.
    pub confirmed: usize,
    /// Units newly covered by a review.
    pub reviewed: usize,
    /// Units in the file.
    pub units: usize,
}

/// Who reviewed, for units an import marks `reviewed` or `final`.
#[derive(Debug, Clone)]
pub struct Reviewer {
    /// Name, from `--by`.
    pub by: Option<String>,
    /// Date, from `--on` (or today).
    pub on: Date,
}

/// One unit as read from the file, placed.
struct ReadUnit {
    file: String,
    id: String,
    /// Where the unit starts, for messages.
    at: Location,
    target: Option<Target>,
    state: XState,
}

struct Target {
    text: String,
    /// Line and column where the target's text starts in the XLIFF file.
    line: usize,
    column: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum XState {
    Initial,
    Translated,
    Reviewed,
}

/// Reads the XLIFF document `text` (from `path`) and returns what it changes
/// in `translations`, or every reason it cannot be imported. Nothing is written here.
pub fn import(
    root: &Path,
    path: &Path,
    text: &str,
    source_locale: &str,
    sources: &[SourceFile],
    translations: &LocaleTranslations,
    reviewer: &Reviewer,
) -> Result<Imported, Vec<Diagnostic>> {
    let units = read(path, text, source_locale, sources, translations)?;
    let locale = &translations.locale;
    let mut errors = Vec::new();
    let mut state = translations.site_state.clone();
    let mut merged = translations.state.clone();
    let mut edits: BTreeMap<String, Vec<(String, String)>> = BTreeMap::new();
    let mut imported = Imported { units: units.len(), ..Imported::default() };
    let mut newly_reviewed: BTreeMap<String, BTreeMap<String, String>> = BTreeMap::new();
    let mut unreviewed: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut places: BTreeMap<(String, String), Location> = BTreeMap::new();
    for u in &units {
        let source = sources.iter().find(|s| s.name == u.file).expect("read() checked the file");
        let unit = source.units.iter().find(|x| x.id == u.id).expect("read() checked the id");
        let existing = translations.files.get(&u.file);
        let before = unit_state(&u.file, unit, translations);
        let Some(target) = &u.target else {
            if u.state != XState::Initial {
                errors.push(
                    Diagnostic::error(
                        "xliff-target",
                        &u.at,
                        format!("`{}` is marked {} but has no target", u.id, u.state.word()),
                    )
                    .with_hint("translate it, or set its state back to initial"),
                );
            }
            continue;
        };
        let new = match checked_message(path, unit, target, locale) {
            Ok(m) => m,
            Err(d) => {
                errors.extend(d);
                continue;
            }
        };
        let old = existing.and_then(|f| f.ftl.messages.get(&u.id)).map(|m| m.source.as_str());
        let changed = old != Some(new.as_str());
        let confirm = u.state >= XState::Translated && before < UnitState::Current;
        let review = u.state >= XState::Reviewed && before < UnitState::Reviewed;
        let unconfirm = changed && u.state == XState::Initial && before >= UnitState::Current;
        let unreview = changed && u.state < XState::Reviewed && before == UnitState::Reviewed;
        if !(changed || confirm || review || unconfirm || unreview) {
            continue;
        }
        if existing.is_some_and(|f| f.origin == Origin::BuiltIn) {
            errors.push(
                Diagnostic::error(
                    "xliff-built-in",
                    &u.at,
                    format!(
                        "`{}` is in informed's built-in {} `{}`, which the site does not keep",
                        u.id, locale, u.file
                    ),
                )
                .with_hint(format!(
                    "take the site's own copy with `informed l10n update {locale} --own-built-in`, then import again"
                )),
            );
            continue;
        }
        if changed {
            places.insert((u.file.clone(), u.id.clone()), Location::new(path, target.line, target.column));
            edits.entry(u.file.clone()).or_default().push((u.id.clone(), new));
            imported.changed += 1;
        }
        for s in [&mut state, &mut merged] {
            if confirm {
                s.translated.entry(u.file.clone()).or_default().insert(u.id.clone(), unit.fingerprint.clone());
            }
            if unconfirm && let Some(t) = s.translated.get_mut(&u.file) {
                t.remove(&u.id);
            }
        }
        imported.confirmed += usize::from(confirm);
        if review {
            newly_reviewed.entry(u.file.clone()).or_default().insert(u.id.clone(), unit.fingerprint.clone());
            imported.reviewed += 1;
        }
        if unreview {
            unreviewed.entry(u.file.clone()).or_default().insert(u.id.clone());
        }
    }
    if !newly_reviewed.is_empty() && reviewer.by.is_none() {
        let count: usize = newly_reviewed.values().map(BTreeMap::len).sum();
        errors.push(
            Diagnostic::error(
                "xliff-reviewer",
                &Location::start_of(path),
                format!("{count} units are newly marked reviewed, and a review needs the reviewer's name"),
            )
            .with_hint(format!("name them: `informed l10n import {locale} {} --by \"Name\"`", path.display())),
        );
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    for s in [&mut state, &mut merged] {
        record_reviews(s, &newly_reviewed, &unreviewed, reviewer);
    }

    // The changed files, each edited in place.
    let mut after = translations.clone();
    for (file, changes) in &edits {
        let source = sources.iter().find(|s| &s.name == file).expect("checked");
        let base = match translations.files.get(file) {
            Some(f) => f.text.clone(),
            None => update_locale(root, source_locale, std::slice::from_ref(source), translations, false)
                .files
                .into_iter()
                .next()
                .map(|f| f.text)
                .unwrap_or_default(),
        };
        let target_path = translations
            .files
            .get(file)
            .map_or_else(|| root.join("locales").join(locale).join(file), |f| f.path.clone());
        let Some(text) = apply(&base, source, changes, source_locale) else {
            return Err(vec![
                Diagnostic::error(
                    "xliff-place",
                    &Location::start_of(&target_path),
                    format!("the new translations cannot be placed in `{file}` without touching its other messages"),
                )
                .with_hint(format!(
                    "run `informed l10n update {locale}` to lay the file out afresh, then import again"
                )),
            ]);
        };
        let (ftl, resource) = FtlFile::parse_with_resource(&text);
        after.files.insert(
            file.clone(),
            TranslationFile {
                origin: Origin::Site,
                path: target_path.clone(),
                text: text.clone(),
                ftl,
                resource: Arc::new(resource),
            },
        );
        imported.files.push(SiteFile { path: target_path, text });
    }
    after.state = merged;
    after.site_state = state.clone();

    // Whatever the checks find wrong after the import that they did not find before
    // (a reference to a term that does not exist, say) stops it too.
    let key = |d: &Diagnostic| (d.code, d.file.clone(), d.message.clone());
    let known: BTreeSet<_> = crate::check::translations::check_locale(sources, translations, source_locale)
        .iter()
        .filter(|d| d.is_error())
        .map(key)
        .collect();
    let new: Vec<Diagnostic> = crate::check::translations::check_locale(sources, &after, source_locale)
        .into_iter()
        .filter(|d| d.is_error() && !known.contains(&key(d)))
        .map(|d| in_the_xliff(d, &after, &edits, &places))
        .collect();
    if !new.is_empty() {
        return Err(new);
    }
    if state != translations.site_state {
        imported.files.push(SiteFile { path: translations.state_path.clone(), text: state_file(&state) });
    }
    Ok(imported)
}

/// A problem the checks found in a translation file as the import would leave
/// it, placed at the target in the XLIFF file that brought it in, where there is one.
fn in_the_xliff(
    d: Diagnostic,
    after: &LocaleTranslations,
    edits: &BTreeMap<String, Vec<(String, String)>>,
    places: &BTreeMap<(String, String), Location>,
) -> Diagnostic {
    let Some((name, file)) = after.files.iter().find(|(_, f)| f.path == d.file) else {
        return d;
    };
    let found = edits.get(name).into_iter().flatten().find(|(id, m)| {
        file.ftl.messages.get(id).is_some_and(|at| (at.line..at.line + m.lines().count()).contains(&d.line))
    });
    match found.and_then(|(id, _)| places.get(&(name.clone(), id.clone()))) {
        Some(at) => Diagnostic { file: at.file.clone(), line: at.line, column: at.column, ..d },
        None => d,
    }
}

impl XState {
    fn word(self) -> &'static str {
        match self {
            XState::Initial => "initial",
            XState::Translated => "translated",
            XState::Reviewed => "reviewed",
        }
    }
}

/// Adds reviews to `state`: each file's review keeps the units it covered that
/// the import did not change, and gains the newly reviewed ones. The state file
/// names one reviewer per file, so a review by someone else adds their name.
fn record_reviews(
    state: &mut State,
    newly: &BTreeMap<String, BTreeMap<String, String>>,
    lapsed: &BTreeMap<String, BTreeSet<String>>,
    reviewer: &Reviewer,
) {
    for (file, ids) in lapsed {
        if let Some(r) = state.reviews.get_mut(file) {
            r.units.retain(|id, _| !ids.contains(id));
        }
    }
    let by = reviewer.by.clone().unwrap_or_default();
    for (file, units) in newly {
        let review = match state.reviews.remove(file) {
            Some(old) if !old.units.is_empty() && !old.by.split("; ").any(|n| n == by) => {
                Review { by: format!("{}; {by}", old.by), on: old.on.max(reviewer.on), units: old.units }
            }
            Some(old) if !old.units.is_empty() => Review { by: old.by, on: old.on.max(reviewer.on), units: old.units },
            _ => Review { by: by.clone(), on: reviewer.on, units: BTreeMap::new() },
        };
        let mut review = review;
        review.units.extend(units.iter().map(|(k, v)| (k.clone(), v.clone())));
        state.reviews.insert(file.clone(), review);
    }
}

/// The target as a Fluent message for `unit`, as Fluent serializes it, or why it cannot be one.
fn checked_message(path: &Path, unit: &SourceUnit, target: &Target, locale: &str) -> Result<String, Vec<Diagnostic>> {
    let text = from_value(&unit.id, &target.text);
    let parsed = FtlFile::parse(&text);
    // A place in the message text, as a place in the XLIFF file: the message's
    // second line is the target's first, four columns of indentation further in.
    let place = |offset: usize| {
        let at = Location::at_offset(path, &text, offset);
        match at.line {
            0 | 1 => Location::new(path, target.line, target.column),
            2 => Location::new(path, target.line, target.column + at.column.saturating_sub(5)),
            n => Location::new(path, target.line + n - 2, at.column.saturating_sub(4).max(1)),
        }
    };
    let start = Location::new(path, target.line, target.column);
    // Past the limits Fluent's own parser is never run on it (it would exhaust its stack).
    let limits: Vec<Diagnostic> = parsed
        .syntax_diagnostics(path, &text)
        .into_iter()
        .filter(|d| matches!(d.code, "ftl-too-deep" | "hidden-character"))
        .map(|d| Diagnostic { line: start.line, column: start.column, ..d })
        .map(|d| Diagnostic { message: format!("the {locale} text of `{}`: {}", unit.id, d.message), ..d })
        .collect();
    if !limits.is_empty() {
        return Err(limits);
    }
    let mut errors = Vec::new();
    // Where the parser stopped, rather than the start of the entry it gave up on.
    let stops: Vec<(usize, String)> = match fluent_syntax::parser::parse(text.as_str()) {
        Ok(_) => Vec::new(),
        Err((_, e)) => e.iter().map(|e| (e.pos.start, editors_words(&e.kind))).collect(),
    };
    for (offset, words) in &stops {
        errors.push(
            Diagnostic::error(
                "xliff-fluent",
                &place(*offset),
                format!("the {locale} text of `{}` is not valid Fluent: {words}", unit.id),
            )
            .with_hint(
                "keep each { $variable } and select as in the source; a brace of your own is written { \"{\" }, \
                 and every select needs one default variant marked `*`",
            ),
        );
    }
    let Some(m) = parsed.messages.get(&unit.id).filter(|_| errors.is_empty() && parsed.errors.is_empty()) else {
        if errors.is_empty() {
            errors.push(Diagnostic::error("xliff-fluent", &start, format!("the target of `{}` is empty", unit.id)));
        }
        return Err(errors);
    };
    if parsed.messages.len() != 1 {
        errors.push(Diagnostic::error(
            "xliff-fluent",
            &start,
            format!("the target of `{}` reads as more than one message", unit.id),
        ));
    }
    let variables = || {
        if unit.variables.is_empty() {
            "none".to_string()
        } else {
            unit.variables.iter().map(|v| format!("{{ ${v} }}")).collect::<Vec<_>>().join(", ")
        }
    };
    let mut attributes_differ = false;
    for fault in crate::l10n::status::shape_faults(unit, m) {
        use crate::l10n::status::ShapeFault;
        match fault {
            ShapeFault::MissingVariable(missing) => errors.push(
                Diagnostic::error(
                    "xliff-variables",
                    &start,
                    format!("the {locale} text of `{}` drops the variable {{ ${missing} }}", unit.id),
                )
                .with_hint("keep every variable of the source: informed puts a number or word from the data there"),
            ),
            ShapeFault::ExtraVariable(extra) => errors.push(
                Diagnostic::error(
                    "xliff-variables",
                    &start,
                    format!("the {locale} text of `{}` uses {{ ${extra} }}, which the source does not have", unit.id),
                )
                .with_hint(format!("the source's variables are: {}", variables())),
            ),
            ShapeFault::ExtraAttribute(_) | ShapeFault::MissingAttribute(_) => attributes_differ = true,
            ShapeFault::NoValue => errors.push(Diagnostic::error(
                "xliff-fluent",
                &start,
                format!("the target of `{}` has no text", unit.id),
            )),
        }
    }
    if attributes_differ {
        errors.push(Diagnostic::error(
            "xliff-fluent",
            &start,
            format!("the {locale} text of `{}` does not have the source's `.attribute =` lines", unit.id),
        ));
    }
    if let Some((line, column, what)) = crate::load::guard::forbidden_in_translation(&target.text) {
        let at = if line == 1 {
            Location::new(path, target.line, target.column + column - 1)
        } else {
            Location::new(path, target.line + line - 1, column)
        };
        errors.push(
            Diagnostic::error("hidden-character", &at, format!("there is {what} here"))
                .with_hint("delete it: it does not show, but it can change how the text around it reads"),
        );
    }
    for line in crate::load::ftl::misread_markdown_lines(&text) {
        errors.push(
            Diagnostic::error(
                "ftl-markdown-line",
                &Location::new(path, target.line + line - 2, 1),
                "Fluent will misread this line: it starts with `*`, `[` or `.`",
            )
            .with_hint("use `-` for bullets, or put the first character in quotes and braces, like { \"*\" }"),
        );
    }
    if errors.is_empty() { Ok(m.source.clone()) } else { Err(errors) }
}

/// What a Fluent syntax error means, in a translator's words rather than the parser's.
fn editors_words(kind: &fluent_syntax::parser::ErrorKind) -> String {
    use fluent_syntax::parser::ErrorKind as K;
    match kind {
        K::ExpectedToken('}') => "a `{` is not closed with `}`".to_string(),
        K::UnbalancedClosingBrace => "a `}` closes nothing (write a brace of your own as { \"}\" })".to_string(),
        K::ExpectedCharRange { .. } => "a name must follow `$` (a variable) or `-` (a term) inside braces".to_string(),
        K::ExpectedInlineExpression => {
            "the braces hold nothing Fluent can read (write a brace of your own as { \"{\" })".to_string()
        }
        K::MissingDefaultVariant => "a select has no default variant marked `*`".to_string(),
        K::MultipleDefaultVariants => "a select has more than one default variant marked `*`".to_string(),
        K::MissingValue => "there is no text".to_string(),
        K::UnterminatedStringLiteral => "a quoted text inside braces has no closing `\"`".to_string(),
        other => format!("Fluent reads it as: {other}"),
    }
}

/// `text` with each `(id, message)` of `changes` in place: an existing message
/// replaced where it stands, a missing one put where `informed l10n update`
/// left its stub (or at the end). `None` if the result would change any other
/// message, or does not read back as intended.
fn apply(text: &str, source: &SourceFile, changes: &[(String, String)], source_locale: &str) -> Option<String> {
    let before = FtlFile::parse(text);
    let mut lines: Vec<String> = text.split_inclusive('\n').map(str::to_string).collect();
    for (id, new) in changes {
        let new_lines: Vec<String> = new.split_inclusive('\n').map(str::to_string).collect();
        if let Some(start) = definition_line(&lines, id) {
            let end = message_end(&lines, start);
            lines.splice(start..end, new_lines);
        } else {
            let unit = source.units.iter().find(|u| &u.id == id)?;
            let mut block: Vec<String> = format!("{}\n\n", comment(&format!("{source_locale}: "), &unit.text))
                .split_inclusive('\n')
                .map(str::to_string)
                .collect();
            block.extend(new_lines);
            match stub(&lines, id) {
                Some((start, end)) => {
                    lines.splice(start..end, block);
                }
                None => {
                    let at = lines.iter().position(|l| l.starts_with("## Obsolete")).unwrap_or(lines.len());
                    if let Some(l) = lines.last_mut().filter(|l| !l.ends_with('\n')) {
                        l.push('\n');
                    }
                    block.push("\n".to_string());
                    if at > 0 && lines.get(at - 1).is_some_and(|l| !l.trim().is_empty()) {
                        block.insert(0, "\n".to_string());
                    }
                    lines.splice(at..at, block);
                }
            }
        }
    }
    let result: String = lines.concat();
    let after = FtlFile::parse(&result);
    if !after.errors.is_empty() && after.errors.len() > before.errors.len() {
        return None;
    }
    let changed: BTreeMap<&str, &str> = changes.iter().map(|(i, m)| (i.as_str(), m.as_str())).collect();
    for (id, m) in &after.messages {
        let expected = changed.get(id.as_str()).copied().or(before.messages.get(id).map(|b| b.source.as_str()));
        if expected != Some(m.source.as_str()) {
            return None;
        }
    }
    let all_there = before
        .messages
        .keys()
        .map(String::as_str)
        .chain(changed.keys().copied())
        .all(|id| after.messages.contains_key(id));
    all_there.then_some(result)
}

/// The index of the line that defines `id` (`id =` at the start of a line).
fn definition_line(lines: &[String], id: &str) -> Option<usize> {
    lines.iter().position(|l| l.strip_prefix(id).is_some_and(|rest| rest.trim_start().starts_with('=')))
}

/// The index just past the message that starts at `start`: before the next
/// line that starts a comment, term or message at the left edge, blank lines
/// before it left out.
fn message_end(lines: &[String], start: usize) -> usize {
    let next = lines[start + 1..]
        .iter()
        .position(|l| l.starts_with(|c: char| c == '#' || c == '-' || c.is_ascii_alphabetic()))
        .map_or(lines.len(), |i| start + 1 + i);
    let mut end = next;
    while end > start + 1 && lines[end - 1].trim().is_empty() {
        end -= 1;
    }
    end
}

/// The lines of the commented-out stub `informed l10n update` writes for a
/// missing `id`: the `# MISSING:` line and the commented message under it.
fn stub(lines: &[String], id: &str) -> Option<(usize, usize)> {
    let first = format!("# {id} =");
    let at = lines.iter().position(|l| l.starts_with(&first))?;
    let start = if at > 0 && lines[at - 1].starts_with("# MISSING") { at - 1 } else { at };
    let end = lines[at..].iter().position(|l| !l.starts_with('#')).map_or(lines.len(), |i| at + i);
    Some((start, end))
}

/// Every unit of the document, checked against the project: languages, files,
/// ids and fingerprints. Any problem refuses the whole file.
fn read(
    path: &Path,
    text: &str,
    source_locale: &str,
    sources: &[SourceFile],
    translations: &LocaleTranslations,
) -> Result<Vec<ReadUnit>, Vec<Diagnostic>> {
    let options = roxmltree::ParsingOptions { allow_dtd: false, nodes_limit: NODES_LIMIT, ..Default::default() };
    let doc = roxmltree::Document::parse_with_options(text, options).map_err(|e| {
        let pos = e.pos();
        vec![
            Diagnostic::error(
                "xliff-syntax",
                &Location::new(path, pos.row as usize, pos.col as usize),
                format!("this is not well-formed XML: {e}"),
            )
            .with_hint("an XLIFF file is XML: every tag closed, `&` written `&amp;` and `<` written `&lt;` in text"),
        ]
    })?;
    let at = |node: roxmltree::Node| {
        let pos = doc.text_pos_at(node.range().start);
        Location::new(path, pos.row as usize, pos.col as usize)
    };
    let locale = &translations.locale;
    let root = doc.root_element();
    let mut errors = Vec::new();
    if root.tag_name().namespace() != Some(XLIFF_NS) || root.tag_name().name() != "xliff" {
        return Err(vec![
            Diagnostic::error("xliff-syntax", &at(root), "this is not an XLIFF 2.0 document")
                .with_hint(format!("its first element must be <xliff xmlns=\"{XLIFF_NS}\" version=\"2.0\">")),
        ]);
    }
    if !root.attribute("version").is_some_and(|v| v.starts_with("2.")) {
        errors.push(
            Diagnostic::error("xliff-syntax", &at(root), "this is not XLIFF version 2")
                .with_hint("informed reads XLIFF 2.0, as `informed l10n export` writes it"),
        );
    }
    if root.attribute("srcLang") != Some(source_locale) {
        errors.push(Diagnostic::error(
            "xliff-language",
            &at(root),
            format!(
                "the file's source language is `{}`, but the site's is `{source_locale}`",
                root.attribute("srcLang").unwrap_or_default()
            ),
        ));
    }
    if root.attribute("trgLang") != Some(locale.as_str()) {
        errors.push(
            Diagnostic::error(
                "xliff-language",
                &at(root),
                format!(
                    "the file is a translation into `{}`, not `{locale}`",
                    root.attribute("trgLang").unwrap_or("(none)")
                ),
            )
            .with_hint("import it for its own language, or export the right one"),
        );
    }
    let xlf = |n: &roxmltree::Node, name: &str| {
        n.is_element() && n.tag_name().namespace() == Some(XLIFF_NS) && n.tag_name().name() == name
    };
    let mut units = Vec::new();
    let mut seen_files = BTreeSet::new();
    for file in root.children().filter(|n| xlf(n, "file")) {
        let original = file.attribute("original").unwrap_or_default();
        let Some(source) = sources.iter().find(|s| s.name == original) else {
            let known: Vec<&str> = sources.iter().map(|s| s.name.as_str()).collect();
            let mut d = Diagnostic::error(
                "xliff-unknown",
                &at(file),
                format!("the site has no translation file `{original}` (the <file>'s `original`)"),
            );
            if let Some(near) = crate::diagnostic::did_you_mean(original, known.iter().copied()) {
                d = d.with_hint(format!("did you mean `{near}`?"));
            }
            errors.push(d);
            continue;
        };
        if !seen_files.insert(original) {
            errors.push(Diagnostic::error(
                "xliff-unknown",
                &at(file),
                format!("`{original}` appears twice in this file"),
            ));
        }
        let mut seen = BTreeSet::new();
        for unit in file.descendants().filter(|n| xlf(n, "unit")) {
            let id = unit.attribute("id").unwrap_or_default();
            let Some(expected) = source.units.iter().find(|u| u.id == id) else {
                let hint = match crate::diagnostic::did_you_mean(id, source.units.iter().map(|u| u.id.as_str())) {
                    Some(near) => {
                        format!("did you mean `{near}`? Otherwise the source may have changed since: export again")
                    }
                    None => "the message may have been renamed or removed since the export: export again".to_string(),
                };
                errors.push(
                    Diagnostic::error(
                        "xliff-unknown",
                        &at(unit),
                        format!("`{original}` has no message `{id}` in {source_locale}"),
                    )
                    .with_hint(hint),
                );
                continue;
            };
            if !seen.insert(id) {
                errors.push(Diagnostic::error(
                    "xliff-unknown",
                    &at(unit),
                    format!("`{id}` appears twice in `{original}`"),
                ));
                continue;
            }
            // The fingerprint the export wrote; a tool that dropped the metadata
            // is still checked, by the source text itself.
            let fingerprint = unit
                .descendants()
                .find(|n| {
                    n.tag_name().namespace() == Some(MDA_NS)
                        && n.tag_name().name() == "meta"
                        && n.attribute("type") == Some(FINGERPRINT)
                })
                .map(|n| n.text().unwrap_or_default().trim().to_string());
            let segments: Vec<roxmltree::Node> =
                unit.children().filter(|n| xlf(n, "segment") || xlf(n, "ignorable")).collect();
            let source_text: String = segments
                .iter()
                .filter_map(|s| s.children().find(|n| xlf(n, "source")))
                .map(|s| inline_text(&s, &at).unwrap_or_default())
                .collect();
            let current = match &fingerprint {
                Some(f) => *f == expected.fingerprint,
                None => source_text == value_text(&expected.id, &expected.fluent),
            };
            if !current {
                errors.push(
                    Diagnostic::error(
                        "xliff-stale",
                        &at(unit),
                        format!("`{id}` was exported from {source_locale} text that has changed since"),
                    )
                    .with_hint(format!(
                        "export again (`informed l10n export {locale}`), carry this translation across, and import that file"
                    )),
                );
                continue;
            }
            // Segments and ignorables in order make the unit's text; its state is the least finished segment's.
            let mut target = String::new();
            let mut has_target = false;
            let mut first_at: Option<(usize, usize)> = None;
            let mut state = XState::Reviewed;
            for s in &segments {
                let t = s.children().find(|n| xlf(n, "target"));
                if xlf(s, "segment") {
                    state = state.min(match s.attribute("state").unwrap_or("initial") {
                        "translated" => XState::Translated,
                        "reviewed" | "final" => XState::Reviewed,
                        _ => XState::Initial,
                    });
                }
                match t {
                    Some(t) => {
                        has_target = true;
                        if first_at.is_none() {
                            let start = t.first_child().map_or(t.range().start, |c| c.range().start);
                            let pos = doc.text_pos_at(start);
                            first_at = Some((pos.row as usize, pos.col as usize));
                        }
                        match inline_text(&t, &at) {
                            Ok(text) => target.push_str(&text),
                            Err(d) => errors.push(d),
                        }
                    }
                    None if xlf(s, "ignorable") => {
                        if let Some(src) = s.children().find(|n| xlf(n, "source")) {
                            target.push_str(&inline_text(&src, &at).unwrap_or_default());
                        }
                    }
                    None => {}
                }
            }
            if segments.is_empty() {
                state = XState::Initial;
            }
            let (line, column) = first_at.unwrap_or_else(|| {
                let pos = doc.text_pos_at(unit.range().start);
                (pos.row as usize, pos.col as usize)
            });
            units.push(ReadUnit {
                file: original.to_string(),
                id: id.to_string(),
                at: at(unit),
                target: has_target.then_some(Target { text: target, line, column }),
                state,
            });
        }
    }
    if errors.is_empty() { Ok(units) } else { Err(errors) }
}

/// The text of a `<source>` or `<target>`: its text, code points (`<cp>`) and
/// the text inside annotations (`<mrk>`); markers (`<sm>`, `<em>`) carry none.
/// informed exports no inline codes, so one in a target is refused.
fn inline_text(node: &roxmltree::Node, at: &impl Fn(roxmltree::Node) -> Location) -> Result<String, Diagnostic> {
    let mut out = String::new();
    for child in node.children() {
        if child.is_text() {
            out.push_str(child.text().unwrap_or_default());
            continue;
        }
        if !child.is_element() {
            continue;
        }
        match child.tag_name().name() {
            "mrk" => out.push_str(&inline_text(&child, at)?),
            "sm" | "em" => {}
            "cp" => {
                let c = child.attribute("hex").and_then(|h| u32::from_str_radix(h, 16).ok()).and_then(char::from_u32);
                match c {
                    Some(c) => out.push(c),
                    None => {
                        return Err(Diagnostic::error(
                            "xliff-syntax",
                            &at(child),
                            "this <cp> is not a character's code",
                        ));
                    }
                }
            }
            other => {
                return Err(Diagnostic::error(
                    "xliff-syntax",
                    &at(child),
                    format!("<{other}> is an inline code, and informed's texts have none"),
                )
                .with_hint(
                    "write the text itself: Markdown marks and { $variables } are plain text in informed's units",
                ));
            }
        }
    }
    Ok(out.replace("\r\n", "\n"))
}
