//! Every leaflet can be set in a font: for each procedure in each language,
//! some family the PDFs may use (a site's own `fonts/`, DejaVu Sans, typst's
//! own) must cover every character its words and numbers need, as the build
//! chooses the font. `check` finds a character no family covers at its
//! place, before a build fails on it (`font-coverage`). Without PDF support
//! there are no families, and nothing to check.

use crate::diagnostic::{Diagnostic, Location};
use crate::load::fonts::Family;
use crate::load::{LocaleTranslations, Project};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// A text a leaflet may show, where it is written, and whether it is surely
/// printed (a procedure's own words and the site's details are; an interface
/// string may be on the web page only).
struct Text<'a> {
    path: PathBuf,
    line: usize,
    text: &'a str,
    printed: bool,
}

/// Checks every procedure in every language of the site. A character of a
/// translation no font covers is that translation's fault (its page is left
/// out, as for any broken translation); any other stops the build.
pub fn check(
    project: &Project,
    found: &mut Vec<Diagnostic>,
    translations: &mut std::collections::BTreeMap<String, super::LocaleFindings>,
) {
    check_procedures(project, None, found, translations);
}

/// [`check`], of every procedure or only of `only`.
pub(super) fn check_procedures(
    project: &Project,
    only: Option<&str>,
    found: &mut Vec<Diagnostic>,
    translations: &mut std::collections::BTreeMap<String, super::LocaleFindings>,
) {
    if project.families.is_empty() {
        return;
    }
    let site = project.content_dir.join("site.yaml");
    for (tag, _) in super::locales::tags(project) {
        let Ok(lang) = tag.parse::<unic_langid::LanguageIdentifier>() else { continue };
        let Some(files) = project.translations.locale(&tag) else { continue };
        let is_source = tag == project.site.source_locale;
        let numbers = crate::l10n::number_characters(&lang);
        let mut shared = interface(files);
        shared.push(Text { path: site.clone(), line: 1, text: &project.site_text, printed: true });
        shared.push(Text {
            path: PathBuf::from(format!("the numbers of {tag}")),
            line: 1,
            text: &numbers,
            printed: true,
        });
        // What every page of the language needs, gathered once for all its procedures.
        let shared_needed = needed(shared.iter());
        // Each procedure on its own, in parallel; findings kept in the procedures' order.
        use rayon::prelude::*;
        let uncovered: Vec<Diagnostic> = project
            .procedures
            .par_iter()
            .filter(|p| only.is_none_or(|slug| p.procedure.slug == slug))
            .filter_map(|loaded| {
                let own: Vec<Text> = if is_source {
                    let mut texts = vec![Text {
                        path: loaded.dir.join("procedure.yaml"),
                        line: 1,
                        text: &loaded.text,
                        printed: true,
                    }];
                    texts.extend(loaded.procedure.sections.iter().map(|(id, text)| Text {
                        path: loaded.section_file(id),
                        line: 1,
                        text,
                        printed: true,
                    }));
                    texts
                } else {
                    let name = crate::paths::procedure_translation(&loaded.procedure.slug);
                    let file = files.files.get(&name)?;
                    file.ftl
                        .messages
                        .values()
                        .map(|m| Text { path: file.path.clone(), line: m.line, text: &m.text, printed: true })
                        .collect()
                };
                let mut needed = needed(own.iter());
                needed.extend(&shared_needed);
                uncovered(&project.families, &needed, own.iter().chain(&shared), &tag, &loaded.procedure.slug)
            })
            .collect();
        for d in uncovered {
            match translations.get_mut(&tag) {
                Some(findings) if files.files.values().any(|f| f.path == d.file) => {
                    if d.is_error() {
                        let name = files.files.iter().find(|(_, f)| f.path == d.file).map(|(n, _)| n.clone());
                        findings.broken_files.extend(name);
                    }
                    findings.diagnostics.push(d);
                }
                _ => found.push(d),
            }
        }
    }
}

/// The interface strings and terms of a locale.
fn interface(files: &LocaleTranslations) -> Vec<Text<'_>> {
    files
        .ui_files()
        .flat_map(|(_, f)| {
            f.ftl.messages.values().map(|m| Text { path: f.path.clone(), line: m.line, text: &m.text, printed: false })
        })
        .collect()
}

/// Whether `c` is something a font must draw.
fn drawn(c: char) -> bool {
    !c.is_whitespace() && !c.is_control() && !matches!(c, '\u{2066}'..='\u{2069}')
}

/// Every character of `texts` a font must draw.
fn needed<'a>(texts: impl Iterator<Item = &'a Text<'a>>) -> BTreeSet<char> {
    texts.flat_map(|t| t.text.chars()).filter(|c| drawn(*c)).collect()
}

/// The first character of `needed` (the characters of `texts`) no one family
/// covers together with all the others, as a diagnostic at its place in
/// `texts`; none when some family covers them all.
fn uncovered<'a>(
    families: &[Family],
    needed: &BTreeSet<char>,
    texts: impl Iterator<Item = &'a Text<'a>> + Clone,
    tag: &str,
    slug: &str,
) -> Option<Diagnostic> {
    if families.iter().any(|f| needed.iter().all(|c| f.covers(*c))) {
        return None;
    }
    // Name a character no family covers at all where there is one; else the
    // first the preferred family lacks.
    let nowhere = needed.iter().find(|c| !families.iter().any(|f| f.covers(**c)));
    let missing = nowhere.or_else(|| needed.iter().find(|c| !families[0].covers(**c)))?;
    let text = texts.clone().find(|t| t.text.contains(*missing))?;
    let before = &text.text[..text.text.find(*missing).unwrap_or(0)];
    let line = text.line + before.matches('\n').count();
    let column = before.rsplit('\n').next().unwrap_or_default().chars().count() + 1;
    let message = match nowhere {
        Some(_) => format!(
            "no font covers `{missing}` (U+{:04X}): the {tag} PDF leaflets of `{slug}` cannot be made",
            *missing as u32
        ),
        None => format!(
            "no one font covers every character of the {tag} PDF leaflets of `{slug}`: {} lacks `{missing}` (U+{:04X})",
            families[0].name, *missing as u32
        ),
    };
    let at = Location::new(Path::new(&text.path), line, column);
    let hint = "put a font that covers this script in the site's fonts/ folder, or install one such as DejaVu Sans";
    Some(if text.printed {
        Diagnostic::error("font-coverage", &at, message).with_hint(hint)
    } else {
        Diagnostic::warning("font-coverage", &at, format!("{message} if this interface string is on them"))
            .with_hint(hint)
    })
}
