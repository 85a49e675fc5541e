//! `leaflets.json`: every leaflet written, so a trust can record which one a patient was given.

use serde::Serialize;

/// One leaflet in the manifest.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct ManifestEntry {
    /// The procedure's slug.
    pub procedure: String,
    /// BCP 47 tag.
    pub locale: String,
    /// The leaflet's title, in its language.
    pub title: String,
    /// `a4`, `a5` (A5 pages in reading order), `booklet` (the same pages
    /// imposed on A4 sheets, to print on both sides and fold), `large` or `glance`.
    pub format: String,
    /// The version id printed on every page of the leaflet.
    pub version: String,
    /// SHA-256 of the procedure's content (YAML and Markdown) the leaflet was made from.
    pub content_hash: String,
    /// When the content was last reviewed.
    pub reviewed: String,
    /// When it is next due for review.
    pub next_review: String,
    /// The print-ready HTML, relative to the output folder (the booklet's is
    /// the A5 leaflet's, the same pages in reading order).
    pub html: String,
    /// The PDF, relative to the output folder, when PDFs are built.
    pub pdf: Option<String>,
    /// How many pages the PDF has (for the booklet, sides of A4: two a sheet).
    pub pages: Option<u32>,
    /// The font family the PDF uses.
    pub font: Option<String>,
    /// Whether the translation is a draft (shown with a notice on the leaflet).
    pub draft: bool,
    /// Who approved the content version the leaflet was made from, where someone has.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub approval: Option<crate::model::ApprovalStamp>,
    /// Made from content no clinician has approved, where the site requires it
    /// (a `--drafts` build, marked as a draft): never archived.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub unapproved: bool,
}

/// A PDF leaflet as made, for its manifest entry.
#[derive(Debug, Clone)]
pub struct MadePdf {
    /// Its path, relative to the output folder.
    pub path: String,
    /// The font family it uses.
    pub font: String,
    /// How many pages it has.
    pub pages: Option<u32>,
}

/// The manifest document.
#[derive(Debug, Serialize)]
pub struct Manifest<'a> {
    /// Format version of this file.
    pub version: u32,
    /// Every leaflet, sorted by procedure, locale and format.
    pub leaflets: &'a [ManifestEntry],
}

/// A language's list of every print leaflet, for clinic staff
/// (`leaflets.html` beside its index): each procedure, in every language it
/// is published in, each format with its version, its pages and a link that
/// opens it to print. One click from the index, so any leaflet is two.
#[derive(Debug, Clone, Serialize)]
pub struct PrintIndexView {
    /// Page facts, in this list's language.
    pub page: super::PageMeta,
    /// Site details and contacts.
    pub site: super::SiteView,
    /// Every procedure with a leaflet, in the site's order.
    pub procedures: Vec<PrintProcedure>,
}

/// One procedure's leaflets in every language.
#[derive(Debug, Clone, Serialize)]
pub struct PrintProcedure {
    /// The procedure's slug.
    pub slug: String,
    /// Its title in the list's language where it is published in it, else in the source language.
    pub title: String,
    /// The language of `title`, when it is not the list's (`lang` and `dir` for it).
    pub title_lang: Option<(String, &'static str)>,
    /// Its leaflets, language by language (the source language first).
    pub languages: Vec<PrintLanguage>,
}

/// A procedure's leaflets in one language.
#[derive(Debug, Clone, Serialize)]
pub struct PrintLanguage {
    /// BCP 47 tag.
    pub lang: String,
    /// `ltr` or `rtl`.
    pub dir: &'static str,
    /// The language's name in the list's language ("Welsh").
    pub name: String,
    /// Its name in itself ("Cymraeg"), where that is not `name`.
    pub own_name: Option<String>,
    /// The leaflet's title in its own language.
    pub title: String,
    /// The version id printed on these leaflets.
    pub version: String,
    /// No qualified translator has checked this translation.
    pub draft: bool,
    /// Some of this translation was made from source text that has changed since.
    pub stale: bool,
    /// Each format, in the order they are offered.
    pub formats: Vec<PrintFormat>,
}

/// One leaflet to print.
#[derive(Debug, Clone, Serialize)]
pub struct PrintFormat {
    /// `a4`, `a5`, `booklet`, `large` or `glance`.
    pub format: String,
    /// Relative link to the PDF, when PDFs are built.
    pub pdf: Option<String>,
    /// Relative link to its print-ready HTML, where it has its own (the booklet has none).
    pub html: Option<String>,
    /// How long it is, in words ("8 pages"; for the booklet, the sheets to print and fold).
    pub length: Option<String>,
}

/// The list of print leaflets in `language`, from every leaflet made (`leaflets`).
pub fn print_index(
    project: &crate::load::Project,
    languages: &[super::pages::Language],
    language: &super::pages::Language,
    leaflets: &[ManifestEntry],
) -> Result<PrintIndexView, String> {
    use crate::l10n::Arg;
    use crate::paths;
    let dir = language.dir();
    let title = language.ui.format("print-index-title", &[])?;
    let description = language.ui.format("print-index-intro", &[])?;
    let mut page = language.page_meta(&dir, Vec::new(), None, title, description);
    let here = format!("{dir}{}", paths::PRINT_INDEX);
    page.alternates = languages
        .iter()
        .map(|l| {
            let there = format!("{}{}", l.dir(), paths::PRINT_INDEX);
            super::Alternate {
                lang: l.plan.tag.clone(),
                name: l.name.clone(),
                href: paths::file_from(&dir, &there),
                absolute: project.site.base_url.as_ref().map(|b| paths::absolute(b, &there)),
                current: there == here,
            }
        })
        .collect();
    if let Some(head) = &mut page.head {
        head.canonical = project.site.base_url.as_ref().map(|b| paths::absolute(b, &here));
    }
    // Each procedure's leaflets in each language, in the order given, and
    // each language's published procedures, found by slug: a library has
    // thousands of both.
    let mut by_page: std::collections::HashMap<(&str, &str), Vec<&ManifestEntry>> = std::collections::HashMap::new();
    for leaflet in leaflets {
        by_page.entry((leaflet.procedure.as_str(), leaflet.locale.as_str())).or_default().push(leaflet);
    }
    let published: Vec<std::collections::HashMap<&str, &crate::plan::ProcedurePlan>> = languages
        .iter()
        .map(|l| l.plan.procedures.iter().map(|p| (p.loaded.procedure.slug.as_str(), p)).collect())
        .collect();
    let mut procedures = Vec::new();
    for loaded in &project.procedures {
        let slug = &loaded.procedure.slug;
        let mut in_languages = Vec::new();
        for (other, published) in languages.iter().zip(&published) {
            let Some(&plan) = published.get(slug.as_str()) else {
                continue;
            };
            let mine: &[&ManifestEntry] =
                by_page.get(&(slug.as_str(), other.plan.tag.as_str())).map_or(&[], Vec::as_slice);
            let Some(first) = mine.first() else {
                continue;
            };
            let mut formats = Vec::new();
            for format in super::leaflet::FORMATS {
                let Some(entry) = mine.iter().find(|l| l.format == format) else {
                    continue;
                };
                let length = match (format, entry.pages) {
                    ("booklet", Some(sides)) => Some(
                        language
                            .ui
                            .format("print-index-sheets", &[("sheets", Arg::Number(sides.div_ceil(2).into()))])?,
                    ),
                    (_, Some(pages)) => {
                        Some(language.ui.format("print-index-pages", &[("pages", Arg::Number(pages.into()))])?)
                    }
                    (_, None) => None,
                };
                let own_html = super::leaflet::laid_out_as(format) == format;
                formats.push(PrintFormat {
                    format: format.to_string(),
                    pdf: entry.pdf.as_ref().map(|p| paths::file_from(&dir, p)),
                    html: own_html.then(|| paths::file_from(&dir, &entry.html)),
                    length,
                });
            }
            let name = language.called(other)?;
            in_languages.push(PrintLanguage {
                lang: other.plan.tag.clone(),
                dir: if other.right_to_left { "rtl" } else { "ltr" },
                own_name: (other.name != name).then(|| other.name.clone()),
                name,
                title: first.title.clone(),
                version: first.version.clone(),
                draft: plan.unreviewed,
                stale: plan.stale,
                formats,
            });
        }
        let Some(source) = in_languages.first() else {
            continue;
        };
        let mine = in_languages.iter().find(|l| l.lang == language.plan.tag);
        let (title, title_lang) = match mine {
            Some(l) => (l.title.clone(), None),
            None => (source.title.clone(), Some((source.lang.clone(), source.dir))),
        };
        procedures.push(PrintProcedure { slug: slug.clone(), title, title_lang, languages: in_languages });
    }
    Ok(PrintIndexView { page, site: super::SiteView::new(&project.site), procedures })
}
