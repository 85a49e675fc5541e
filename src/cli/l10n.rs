//! `informed l10n …`: the translator's commands.
//!
//! They keep a translator's work safe: a locale with a file that cannot be
//! read (not UTF-8, a line too long, broken Fluent, an unreadable state
//! file) is refused whole, with each problem at its place, before anything
//! is written; every file is written whole through the writer, only inside
//! `locales/` and `l10n.toml`; and before a translation file is replaced,
//! every message it held is checked to be in the new text (or carried to a
//! new id), so no translation is ever dropped.

use super::{Format, SiteArgs, print_human};
use informed::l10n::status::{FileStatus, file_status, source_files};
use informed::load::{LocaleTranslations, Project};
use informed::model::Date;
use informed::translate::update::{self, SiteFile};
use informed::translate::xliff;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// The translator's commands.
#[derive(clap::Subcommand, Debug)]
pub enum Command {
    /// Per locale and file: translated, missing, stale, obsolete, reviewed, percent complete.
    Status {
        #[command(flatten)]
        site: SiteArgs,
        /// How to print it.
        #[arg(long, value_enum, default_value_t = Format::Human)]
        format: Format,
    },
    /// Create or update a locale's translation files: adds what is missing with the
    /// source text beside it, keeps every translation, moves obsolete ones to the end.
    Update {
        #[command(flatten)]
        site: SiteArgs,
        /// The locale, as a BCP 47 tag (`cy`).
        locale: String,
        /// Also copy the built-in interface strings into the site, to edit them;
        /// their confirmations and reviews come along.
        #[arg(long)]
        own_built_in: bool,
    },
    /// Record that translations were made from the current source text.
    Confirm {
        #[command(flatten)]
        site: SiteArgs,
        /// The locale.
        locale: String,
        /// Message ids to confirm.
        ids: Vec<String>,
        /// Confirm every translated message (after checking them all).
        #[arg(long, conflicts_with = "ids")]
        all: bool,
        /// Only this file (`ui.ftl`, `procedures/<slug>.ftl`).
        #[arg(long)]
        file: Option<String>,
    },
    /// Record a review by a qualified translator of every current translation.
    Review {
        #[command(flatten)]
        site: SiteArgs,
        /// The locale.
        locale: String,
        /// The reviewer's name.
        #[arg(long)]
        by: String,
        /// The date of the review (YYYY-MM-DD); today if not given.
        #[arg(long, value_parser = super::parse_date)]
        on: Option<Date>,
        /// Only this file.
        #[arg(long)]
        file: Option<String>,
    },
    /// Write a locale's translations for a translation agency's tool: every
    /// message with its source, translation, state, notes and the fingerprint
    /// of its source text (XLIFF 2.0).
    Export {
        #[command(flatten)]
        site: SiteArgs,
        /// The locale.
        locale: String,
        /// The file format.
        #[arg(long, value_enum, default_value_t = ExportFormat::Xliff)]
        format: ExportFormat,
        /// Where to write it (a new file, or one informed exported before);
        /// standard output if not given.
        #[arg(long, short)]
        output: Option<PathBuf>,
    },
    /// Bring translations back from an XLIFF file made by `l10n export`: writes
    /// the targets into the `.ftl` files and their states into the state file,
    /// or, if anything in it is wrong, nothing at all.
    Import {
        #[command(flatten)]
        site: SiteArgs,
        /// The locale.
        locale: String,
        /// The XLIFF file.
        file: PathBuf,
        /// Who reviewed the units the file marks `reviewed` or `final`.
        #[arg(long)]
        by: Option<String>,
        /// The date of that review (YYYY-MM-DD); today if not given.
        #[arg(long, value_parser = super::parse_date)]
        on: Option<Date>,
    },
}

/// The formats `informed l10n export` writes.
#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum, Debug)]
pub enum ExportFormat {
    /// XLIFF 2.0 (OASIS), with the Metadata module.
    Xliff,
    /// The site's terms (`-nail`) as a glossary, one column per language.
    Csv,
    /// The site's terms as a TBX glossary (ISO 30042, TBX-Basic), for a term base.
    Tbx,
}

/// A locale's loaded translations (none yet for a new one). A file of the
/// locale that cannot be read (not UTF-8, a line too long, its state file)
/// stops the command: writing the locale again would lose what it holds.
fn locale_translations(
    project: &Project,
    locale: &str,
) -> Result<LocaleTranslations, Vec<informed::diagnostic::Diagnostic>> {
    let Some(translations) = project.translations.locale(locale) else {
        return Ok(LocaleTranslations::empty(&project.root, locale));
    };
    if translations.unreadable.is_empty() { Ok(translations.clone()) } else { Err(translations.unreadable.clone()) }
}

/// Runs an `informed l10n` command.
pub fn run(command: Command) -> ExitCode {
    match command {
        Command::Status { site, format } => with_project(&site, |p| status(p, format)),
        Command::Update { site, locale, own_built_in } => with_project(&site, |p| update(p, &locale, own_built_in)),
        Command::Confirm { site, locale, ids, all, file } => with_project(&site, |p| {
            if ids.is_empty() && !all {
                eprintln!("error: name the message ids to confirm, or give --all");
                return ExitCode::from(2);
            }
            let translations = match locale_translations(p, &locale) {
                Ok(t) => t,
                Err(d) => return refuse(&d),
            };
            let sources = source_files(p);
            let (state, count) = update::confirm(&sources, &translations, file.as_deref(), &ids, all);
            if !all && count < ids.len() {
                eprintln!("warning: {} of the ids given are not translated messages", ids.len() - count);
            }
            write(
                p,
                &translations,
                &[SiteFile { path: translations.state_path.clone(), text: update::state_file(&state) }],
                &Default::default(),
                &format!("confirmed {count} messages in {locale}"),
            )
        }),
        Command::Review { site, locale, by, on, file } => with_project(&site, |p| {
            let translations = match locale_translations(p, &locale) {
                Ok(t) => t,
                Err(d) => return refuse(&d),
            };
            let sources = source_files(p);
            let (state, count) =
                update::review(&sources, &translations, file.as_deref(), &by, on.unwrap_or_else(Date::today));
            write(
                p,
                &translations,
                &[SiteFile { path: translations.state_path.clone(), text: update::state_file(&state) }],
                &Default::default(),
                &format!("recorded a review of {count} messages in {locale} by {by}"),
            )
        }),
        Command::Export { site, locale, format: ExportFormat::Xliff, output } => {
            with_project(&site, |p| export(p, &locale, output.as_deref()))
        }
        Command::Export { site, locale, format, output } => {
            with_project(&site, |p| glossary(p, &locale, format, output.as_deref()))
        }
        Command::Import { site, locale, file, by, on } => with_project(&site, |p| {
            import(p, &locale, &file, xliff::Reviewer { by, on: on.unwrap_or_else(Date::today) })
        }),
    }
}

/// The largest XLIFF file `import` reads: far more than every unit of a large site.
const XLIFF_LIMIT: u64 = 64 * 1024 * 1024;

/// A translation locale's files, ready for export or import: the locale is a
/// canonical tag other than the source's, and the site's own files all parse.
fn translation_locale(project: &Project, locale: &str) -> Result<LocaleTranslations, ExitCode> {
    if locale.parse::<unic_langid::LanguageIdentifier>().map(|l| l.to_string()).as_deref() != Ok(locale) {
        eprintln!("error: `{locale}` is not a language tag in its canonical form (for example cy, ar, pl, pt-BR)");
        return Err(ExitCode::from(2));
    }
    if locale == project.site.source_locale {
        eprintln!("error: `{locale}` is the source language: there is nothing to translate into it");
        return Err(ExitCode::from(2));
    }
    let translations = locale_translations(project, locale).map_err(|d| refuse(&d))?;
    let broken = broken_files(&translations);
    if !broken.is_empty() {
        print_human(&broken);
        eprintln!("nothing was done: fix these errors first, so that no translation is lost");
        return Err(ExitCode::from(1));
    }
    Ok(translations)
}

/// Syntax errors in the site's own translation files of a locale.
fn broken_files(translations: &LocaleTranslations) -> Vec<informed::diagnostic::Diagnostic> {
    translations
        .files
        .values()
        .filter(|f| f.origin == informed::load::Origin::Site)
        .flat_map(|f| f.ftl.syntax_diagnostics(&f.path, &f.text))
        .collect()
}

fn export(project: &Project, locale: &str, output: Option<&Path>) -> ExitCode {
    let translations = match translation_locale(project, locale) {
        Ok(t) => t,
        Err(code) => return code,
    };
    let text = xliff::export(&project.site.source_locale, &source_files(project), &translations);
    emit(project, text, output, &format!("exported the {locale} translation as XLIFF 2.0"))
}

/// An export to standard output, or written whole to `output` (saying
/// `done`): a new file, or one informed exported before; never a source.
fn emit(project: &Project, text: String, output: Option<&Path>, done: &str) -> ExitCode {
    match output {
        None => {
            print!("{text}");
            ExitCode::SUCCESS
        }
        Some(path) => match informed::write::made::write(path, &project.content_dir, &[], text.as_bytes()) {
            Ok(()) => {
                eprintln!("wrote {}", path.display());
                eprintln!("{done}");
                ExitCode::SUCCESS
            }
            Err(err) => super::cannot_run(&err),
        },
    }
}

/// `l10n export --format csv|tbx`: the terms as a glossary.
fn glossary(project: &Project, locale: &str, format: ExportFormat, output: Option<&Path>) -> ExitCode {
    use informed::translate::glossary;
    let translations = match translation_locale(project, locale) {
        Ok(t) => t,
        Err(code) => return code,
    };
    let source_locale = &project.site.source_locale;
    let Some(source) = project.translations.locale(source_locale) else {
        eprintln!("error: there are no files for the source language `{source_locale}`");
        return ExitCode::from(2);
    };
    let terms = glossary::terms(source, &translations);
    if terms.is_empty() {
        eprintln!(
            "note: locales/{source_locale}/ defines no terms yet: add them as Fluent terms (`-nail = nail`), \
             each with a comment saying what it means, in locales/{source_locale}/terms.ftl"
        );
    }
    let (text, what) = match format {
        ExportFormat::Csv => (glossary::csv(source_locale, locale, &terms), "CSV"),
        _ => (glossary::tbx(source_locale, locale, &terms), "TBX"),
    };
    emit(
        project,
        text,
        output,
        &format!("exported {} terms and their {locale} translations as a {what} glossary", terms.len()),
    )
}

fn import(project: &Project, locale: &str, file: &Path, reviewer: xliff::Reviewer) -> ExitCode {
    let translations = match translation_locale(project, locale) {
        Ok(t) => t,
        Err(code) => return code,
    };
    let text = match informed::load::guard::read_given(file, XLIFF_LIMIT) {
        Ok(t) => t,
        Err(d) => {
            print_human(&[d]);
            eprintln!("nothing was imported");
            return ExitCode::from(1);
        }
    };
    let sources = source_files(project);
    let imported = match xliff::import(
        &project.root,
        file,
        &text,
        &project.site.source_locale,
        &sources,
        &translations,
        &reviewer,
    ) {
        Ok(i) => i,
        Err(d) => {
            let mut d = d;
            informed::diagnostic::sort(&mut d);
            print_human(&d);
            eprintln!("nothing was imported: fix these in {} and import it again", file.display());
            return ExitCode::from(1);
        }
    };
    let summary = format!(
        "imported {} units into {locale}: {} translations changed, {} confirmed, {} reviewed",
        imported.units, imported.changed, imported.confirmed, imported.reviewed
    );
    if imported.files.is_empty() {
        eprintln!("{summary}; nothing to write");
        return ExitCode::SUCCESS;
    }
    write(project, &translations, &imported.files, &Default::default(), &summary)
}

/// The site's `l10n.toml`, if it has one: read through the site's guard.
fn read_l10n_toml(project: &Project) -> Result<Option<String>, informed::diagnostic::Diagnostic> {
    let path = project.root.join("l10n.toml");
    if std::fs::symlink_metadata(&path).is_err() {
        return Ok(None);
    }
    let guard = informed::load::Guard::new(&project.root)?;
    guard.read_text(&path, informed::load::guard::MAX_TEXT_FILE).map(Some)
}

fn with_project(site: &SiteArgs, f: impl FnOnce(&Project) -> ExitCode) -> ExitCode {
    match super::load(&site.content) {
        Ok(project) => f(&project),
        Err(d) => fail(&d),
    }
}

fn fail(diagnostics: &[informed::diagnostic::Diagnostic]) -> ExitCode {
    print_human(diagnostics);
    ExitCode::from(1)
}

fn status(project: &Project, format: Format) -> ExitCode {
    let sources = source_files(project);
    let mut rows: Vec<FileStatus> = Vec::new();
    for locale in project.site.locales.iter().filter(|l| **l != project.site.source_locale) {
        match locale_translations(project, locale) {
            Ok(t) => rows.extend(sources.iter().map(|s| file_status(s, &t))),
            Err(d) => return fail(&d),
        }
    }
    match format {
        Format::Json => {
            println!("{}", serde_json::to_string_pretty(&serde_json::json!({ "files": rows })).unwrap_or_default())
        }
        Format::Human => {
            let width = rows.iter().map(|r| r.file.len()).max().unwrap_or(4).max(4);
            println!(
                "{:<8} {:<width$} {:>5} {:>5} {:>7} {:>5} {:>8} {:>8} {:>5}",
                "locale", "file", "total", "done", "missing", "stale", "obsolete", "reviewed", "%"
            );
            for r in &rows {
                println!(
                    "{:<8} {:<width$} {:>5} {:>5} {:>7} {:>5} {:>8} {:>8} {:>4}%",
                    r.locale,
                    r.file,
                    r.total,
                    r.translated,
                    r.missing.len(),
                    r.stale.len(),
                    r.obsolete.len(),
                    r.reviewed,
                    r.percent_complete
                );
                for id in &r.stale {
                    println!("         stale: {id}");
                }
            }
        }
    }
    ExitCode::SUCCESS
}

fn update(project: &Project, locale: &str, own_built_in: bool) -> ExitCode {
    if locale.parse::<unic_langid::LanguageIdentifier>().map(|l| l.to_string()).as_deref() != Ok(locale) {
        eprintln!("error: `{locale}` is not a language tag in its canonical form (for example cy, ar, pl, pt-BR)");
        return ExitCode::from(2);
    }
    let sources = source_files(project);
    let source_locale = &project.site.source_locale;
    let mut files = update::reference_files(&project.root, source_locale, &sources);
    let mut locales = project.site.locales.clone();
    if !locales.iter().any(|l| l == locale) {
        locales.push(locale.to_string());
        eprintln!("note: add `{locale}` to `locales` in site.yaml to publish it");
    }
    locales.retain(|l| l != source_locale);
    let existing = match read_l10n_toml(project) {
        Ok(t) => t,
        Err(d) => {
            print_human(&[d]);
            eprintln!("nothing was changed");
            return ExitCode::from(1);
        }
    };
    match update::l10n_toml(&project.root, source_locale, &locales, existing.as_deref()) {
        Ok(f) => files.push(f),
        Err(d) => {
            print_human(&[d]);
            eprintln!("nothing was changed");
            return ExitCode::from(1);
        }
    }
    let mut translations = LocaleTranslations::empty(&project.root, locale);
    let mut moved = std::collections::BTreeSet::new();
    if locale != source_locale {
        translations = match locale_translations(project, locale) {
            Ok(t) => t,
            Err(d) => return refuse(&d),
        };
        // A file with syntax errors would lose the broken messages: fix them first.
        let broken = broken_files(&translations);
        if !broken.is_empty() {
            print_human(&broken);
            eprintln!("nothing was changed: fix these errors first, so that no translation is lost");
            return ExitCode::from(1);
        }
        let updated = update::update_locale(&project.root, source_locale, &sources, &translations, own_built_in);
        print_human(&updated.warnings);
        for note in &updated.notes {
            eprintln!("note: {note}");
        }
        files.extend(updated.files);
        moved = updated.moved;
    }
    write(project, &translations, &files, &moved, &format!("updated the translation files of {locale}"))
}

/// Writes the files a translator's command changed, each whole, only inside
/// `locales/` and `l10n.toml`, after checking that every message and term
/// of each translation file being replaced is still there (or, listed in
/// `moved` by file and id, was carried to a new id). If any would be lost,
/// nothing is written.
fn write(
    project: &Project,
    translations: &LocaleTranslations,
    files: &[SiteFile],
    moved: &std::collections::BTreeSet<(std::path::PathBuf, String)>,
    done: &str,
) -> ExitCode {
    let files: Vec<&SiteFile> = files.iter().filter(|f| !f.path.starts_with(informed::load::BUILT_IN)).collect();
    for f in &files {
        let Some(old) =
            translations.files.values().find(|t| t.path == f.path && t.origin == informed::load::Origin::Site)
        else {
            continue;
        };
        let new: std::collections::BTreeSet<String> =
            informed::load::ftl::FtlFile::parse(&f.text).entries.into_iter().map(|e| e.id).collect();
        let lost: Vec<&str> = old
            .ftl
            .entries
            .iter()
            .map(|e| e.id.as_str())
            .filter(|id| !new.contains(*id) && !moved.contains(&(f.path.clone(), id.to_string())))
            .collect();
        if !lost.is_empty() {
            eprintln!(
                "error: nothing was changed: writing {} would lose {} translation{} ({}); please report this",
                f.path.display(),
                lost.len(),
                super::plural(lost.len()),
                lost.join(", ")
            );
            return ExitCode::from(1);
        }
    }
    let pairs: Vec<(std::path::PathBuf, String)> = files.iter().map(|f| (f.path.clone(), f.text.clone())).collect();
    match informed::write::made::write_translation_files(&project.root, &pairs) {
        Ok(written) => {
            for path in written {
                eprintln!("wrote {}", path.display());
            }
            eprintln!("{done}");
            ExitCode::SUCCESS
        }
        Err(err) => super::cannot_run(&err),
    }
}

/// Refuses a command because a file of the locale cannot be read.
fn refuse(diagnostics: &[informed::diagnostic::Diagnostic]) -> ExitCode {
    print_human(diagnostics);
    eprintln!("nothing was changed: fix these first, so that no translation is lost");
    ExitCode::from(1)
}
