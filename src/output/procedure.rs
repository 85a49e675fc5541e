//! One procedure in one locale: its web page, its print leaflets (HTML and PDF) and their manifest entries.
//!
//! A pure function of (project, locale, procedure): the web page and every
//! leaflet are rendered from the same `ProcedureView`, so the numbers and words
//! on paper are the ones on screen.

use super::{Locale, ManifestEntry, alternates, page_meta, version_id};
use crate::diagnostic::{Diagnostic, Location};
use crate::l10n::{Arg, Catalog};
use crate::load::Project;
use crate::plan::ProcedurePlan;
use crate::write::OutputFile;
use crate::paths;
use crate::view::leaflet::{FORMATS, LeafletView, QrView, blocks, template_of};
use crate::view::{self, IndexEntry, LeafletLink, ProcedurePage, SiteView, Words};

/// Everything one procedure page in one locale produces.
pub(super) struct Rendered {
    pub files: Vec<OutputFile>,
    pub entry: IndexEntry,
    pub manifest: Vec<ManifestEntry>,
}

/// The PDF engine, when PDFs are built.
#[cfg(feature = "pdf")]
pub(super) type Pdf<'a> = Option<&'a crate::render::pdf::PdfEngine>;
/// PDFs are not compiled into this build.
#[cfg(not(feature = "pdf"))]
pub(super) type Pdf<'a> = Option<&'a ()>;

pub(super) fn render(
    project: &Project,
    locales: &[Locale],
    locale: &Locale,
    plan: &ProcedurePlan,
    pdf: Pdf<'_>,
) -> Result<Rendered, Diagnostic> {
    let loaded = &project.procedures[plan.index];
    let source = &project.site.source_locale;
    let fail = |e: String| Diagnostic::error("render", &Location::start_of(&loaded.dir.join("procedure.yaml")), e);
    let texts = match &plan.translation {
        Some((path, text)) => {
            let (catalog, d) = Catalog::new(locale.plan.langid.clone(), &[(path.as_path(), text.as_str())]);
            if let Some(first) = d.into_iter().next() {
                return Err(first);
            }
            Some(catalog)
        }
        None => None,
    };
    let words = Words { ui: &locale.ui, texts: texts.as_ref() };
    let version = version_id(project, loaded, &locale.plan.tag);
    let procedure =
        view::build_procedure(&loaded.procedure, &words, project.site.risk_scale, locale.right_to_left, &version)
            .map_err(fail)?;
    let slug = &loaded.procedure.slug;
    let dir = paths::procedure_dir(&locale.plan.tag, source, slug);
    let entry = IndexEntry {
        title: procedure.title.clone(),
        summary: procedure.summary.clone(),
        href: format!("{slug}/index.html"),
    };
    let mut meta = page_meta(locale, &dir, alternates(project, locales, &dir, Some(slug)), Some(plan));
    meta.leaflets = FORMATS
        .iter()
        .map(|f| LeafletLink {
            format: f.to_string(),
            pdf: pdf.is_some().then(|| format!("leaflet-{f}.pdf")),
            html: format!("leaflet-{f}.html"),
        })
        .collect();

    let page = ProcedurePage {
        page: meta.clone(),
        site: SiteView::for_procedure(&project.site, &loaded.procedure),
        procedure,
    };
    let text = locale.renderer.render("procedure.html", &page).map_err(fail)?;
    let mut files = vec![OutputFile { path: format!("{dir}index.html"), bytes: text.into_bytes() }];

    let url = project.site.base_url.as_ref().map(|b| format!("{}/{dir}", b.trim_end_matches('/')));
    let reviewed = words.date(&loaded.procedure.dates.reviewed).map_err(fail)?;
    let version_line = words
        .ui("leaflet-version", &[("version", Arg::Text(version.clone())), ("date", Arg::Text(reviewed))])
        .map_err(fail)?;
    let online = match &url {
        Some(u) => Some(words.ui("leaflet-online", &[("url", Arg::Text(u.clone()))]).map_err(fail)?),
        None => None,
    };
    let mut leaflet_meta = meta;
    leaflet_meta.leaflets = Vec::new();
    leaflet_meta.alternates = Vec::new();
    let ProcedurePage { procedure, .. } = page;
    let mut view = LeafletView {
        page: leaflet_meta,
        site: SiteView::for_procedure(&project.site, &loaded.procedure),
        blocks: blocks(&procedure.section_sources),
        procedure,
        format: FORMATS[0],
        version_line,
        qr: url.as_deref().and_then(QrView::new),
        url,
        online,
        font: String::new(),
        upright_emphasis: false,
        regular_strong: false,
        language: locale.plan.langid.language.as_str().to_string(),
        region: locale.plan.langid.region.map(|r| r.as_str().to_string()),
    };
    let mut manifest = Vec::new();
    for format in FORMATS {
        view.format = format;
        let html = locale.renderer.render(template_of(format).0, &view).map_err(fail)?;
        let html_path = format!("{dir}leaflet-{format}.html");
        let (pdf_path, font) = match pdf {
            #[cfg(feature = "pdf")]
            Some(engine) => {
                let family = engine.choose_family(&html).map_err(|c| {
                    Diagnostic::error(
                        "font-coverage",
                        &Location::start_of(&loaded.dir.join("procedure.yaml")),
                        format!("no font covers `{c}` (U+{:04X}) in the {} leaflet", c as u32, locale.plan.tag),
                    )
                    .with_hint("put a font that covers this script in the site's fonts/ folder, or install one such as DejaVu Sans")
                })?;
                view.font = family.family.clone();
                view.upright_emphasis = family.upright_emphasis;
                view.regular_strong = family.regular_strong;
                let family = family.family;
                let typst = locale.renderer.render(template_of(format).1, &view).map_err(fail)?;
                let bytes = engine.pdf(typst, &format!("{slug}/{}/{format}", locale.plan.tag)).map_err(fail)?;
                let path = format!("{dir}leaflet-{format}.pdf");
                files.push(OutputFile { path: path.clone(), bytes });
                (Some(path), Some(family))
            }
            _ => (None, None),
        };
        files.push(OutputFile { path: html_path.clone(), bytes: html.into_bytes() });
        manifest.push(ManifestEntry {
            procedure: slug.clone(),
            locale: locale.plan.tag.clone(),
            format: format.to_string(),
            version: version.clone(),
            content_hash: loaded.content_hash.clone(),
            reviewed: loaded.procedure.dates.reviewed.to_string(),
            next_review: loaded.procedure.dates.next_review.to_string(),
            html: html_path,
            pdf: pdf_path,
            font,
            draft: plan.unreviewed || plan.stale,
        });
    }
    Ok(Rendered { files, entry, manifest })
}
