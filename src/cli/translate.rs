//! `informed l10n …`: the translator's commands.

use crate::{ExportFormat, Format, L10nCommand, SiteArgs, print_human};
use informed::l10n::status::{FileStatus, file_status, source_files};
use informed::load::LocaleTranslations;
use informed::load::Project;
use informed::model::Date;
use informed::translate::update::{self, SiteFile};
use informed::translate::xliff;
use std::path::Path;
use std::process::ExitCode;

/// A locale's loaded translations (none yet for a new one); a state file that
/// cannot be read stops the command, since confirming would overwrite it.
fn locale_translations(
    project: &Project,
    locale: &str,
) -> Result<LocaleTranslations, Vec<informed::diagnostic::Diagnostic>> {
    let Some(translations) = project.translations.locale(locale) else {
        return Ok(LocaleTranslations::empty(&project.root, locale));
    };
    let state: Vec<_> =
        translations.unreadable.iter().filter(|d| d.file.ends_with(informed::model::STATE_FILE)).cloned().collect();
    if state.is_empty() { Ok(translations.clone()) } else { Err(state) }
}

pub(crate) fn run(command: L10nCommand) -> ExitCode {
    match command {
        L10nCommand::Status { site, format } => with_project(&site, |p| status(p, format)),
        L10nCommand::Update { site, locale, own_built_in } => with_project(&site, |p| update(p, &locale, own_built_in)),
        L10nCommand::Confirm { site, locale, ids, all, file } => with_project(&site, |p| {
            if ids.is_empty() && !all {
                eprintln!("error: name the message ids to confirm, or give --all");
                return ExitCode::from(2);
            }
            let translations = match locale_translations(p, &locale) {
                Ok(t) => t,
                Err(d) => return fail(&d),
            };
            let sources = source_files(p);
            let (state, count) = update::confirm(&sources, &translations, file.as_deref(), &ids, all);
            if !all && count < ids.len() {
                eprintln!("warning: {} of the ids given are not translated messages", ids.len() - count);
            }
            write(
                &[SiteFile { path: translations.state_path.clone(), text: update::state_file(&state) }],
                &format!("confirmed {count} messages in {locale}"),
            )
        }),
        L10nCommand::Review { site, locale, by, on, file } => with_project(&site, |p| {
            let translations = match locale_translations(p, &locale) {
                Ok(t) => t,
                Err(d) => return fail(&d),
            };
            let sources = source_files(p);
            let (state, count) =
                update::review(&sources, &translations, file.as_deref(), &by, on.unwrap_or_else(Date::today));
            write(
                &[SiteFile { path: translations.state_path.clone(), text: update::state_file(&state) }],
                &format!("recorded a review of {count} messages in {locale} by {by}"),
            )
        }),
        L10nCommand::Export { site, locale, format: ExportFormat::Xliff, output } => {
            with_project(&site, |p| export(p, &locale, output.as_deref()))
        }
        L10nCommand::Export { site, locale, format, output } => {
            with_project(&site, |p| glossary(p, &locale, format, output.as_deref()))
        }
        L10nCommand::Import { site, locale, file, by, on } => with_project(&site, |p| {
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
    let translations = locale_translations(project, locale).map_err(|d| fail(&d))?;
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
    emit(text, output, &format!("exported the {locale} translation as XLIFF 2.0"))
}

/// An export to standard output, or written whole to `output` (saying `done`).
fn emit(text: String, output: Option<&Path>, done: &str) -> ExitCode {
    match output {
        None => {
            print!("{text}");
            ExitCode::SUCCESS
        }
        Some(path) => write(&[SiteFile { path: path.to_path_buf(), text }], done),
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
    emit(text, output, &format!("exported {} terms and their {locale} translations as a {what} glossary", terms.len()))
}

fn import(project: &Project, locale: &str, file: &Path, reviewer: xliff::Reviewer) -> ExitCode {
    let translations = match translation_locale(project, locale) {
        Ok(t) => t,
        Err(code) => return code,
    };
    let text = match read_xliff(file) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("error: cannot read {}: {e}", file.display());
            return ExitCode::from(2);
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
    write(&imported.files, &summary)
}

/// The XLIFF file as text: bounded in size, UTF-8, a byte-order mark dropped.
fn read_xliff(path: &Path) -> Result<String, String> {
    use std::io::Read as _;
    let file = std::fs::File::open(path).map_err(|e| e.to_string())?;
    let meta = file.metadata().map_err(|e| e.to_string())?;
    if !meta.is_file() {
        return Err("it is not a regular file".to_string());
    }
    let mut bytes = Vec::new();
    file.take(XLIFF_LIMIT + 1).read_to_end(&mut bytes).map_err(|e| e.to_string())?;
    if bytes.len() as u64 > XLIFF_LIMIT {
        return Err(format!("it is larger than {} MB", XLIFF_LIMIT / 1024 / 1024));
    }
    let text = String::from_utf8(bytes)
        .map_err(|e| format!("it is not UTF-8 text (byte {})", e.utf8_error().valid_up_to()))?;
    Ok(text.strip_prefix('\u{feff}').map(str::to_string).unwrap_or(text))
}

/// The site's `l10n.toml`, if it has one (a small text file; a larger one is refused).
fn read_l10n_toml(path: &Path) -> Result<Option<String>, String> {
    match std::fs::metadata(path) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(e.to_string()),
        Ok(m) if !m.is_file() => Err("it is not a regular file".to_string()),
        Ok(m) if m.len() > 1024 * 1024 => Err("it is larger than 1 MB".to_string()),
        Ok(_) => std::fs::read_to_string(path).map(Some).map_err(|e| e.to_string()),
    }
}

fn with_project(site: &SiteArgs, f: impl FnOnce(&Project) -> ExitCode) -> ExitCode {
    match crate::load(&site.content) {
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
    let existing = match read_l10n_toml(&project.root.join("l10n.toml")) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("error: cannot read l10n.toml: {e}");
            return ExitCode::from(2);
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
    if locale != source_locale {
        let translations = match locale_translations(project, locale) {
            Ok(t) => t,
            Err(d) => return fail(&d),
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
    }
    write(&files, &format!("updated the translation files of {locale}"))
}

fn write(files: &[SiteFile], done: &str) -> ExitCode {
    for f in files {
        if f.path.starts_with("(built in)") {
            continue;
        }
        if let Some(Err(e)) = f.path.parent().map(std::fs::create_dir_all) {
            eprintln!("error: cannot create the folder of {}: {e}", f.path.display());
            return ExitCode::from(2);
        }
        // Written beside, then renamed over: a reader never sees half a file.
        let mut partial = f.path.clone().into_os_string();
        partial.push(".informed-partial");
        let partial = std::path::PathBuf::from(partial);
        if let Err(e) = std::fs::write(&partial, &f.text).and_then(|()| std::fs::rename(&partial, &f.path)) {
            let _ = std::fs::remove_file(&partial);
            eprintln!("error: cannot write {}: {e}", f.path.display());
            return ExitCode::from(2);
        }
        eprintln!("wrote {}", f.path.display());
    }
    eprintln!("{done}");
    ExitCode::SUCCESS
}
