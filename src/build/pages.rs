//! One procedure in one locale: its web page, its print leaflets (HTML and PDF) and their manifest entries.
//!
//! A pure function of (project, locale, procedure): the web page and every
//! leaflet are rendered from the same `ProcedureView`, so the numbers and words
//! on paper are the ones on screen.

use super::{Locale, ManifestEntry, alternates, page_meta, version_id};
use crate::diagnostic::{Diagnostic, Location};
use crate::l10n::{Arg, Catalog};
use crate::load::Project;
use crate::publish::ProcedurePlan;
use crate::site::OutputFile;
use crate::urls;
use crate::view::leaflet::{FORMATS, LeafletView, QrView, blocks, pdf_words, template_of};
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
    let fail = |e: String| Diagnostic::error("render", &Location::start_of(&loaded.dir.join("procedure.yaml")), e);
    let slug = &loaded.procedure.slug;
    let Page { mut files, entry, leaflet: mut view, dir, version } =
        page_and_leaflet(project, locales, locale, plan, pdf.is_some())?;
    #[cfg(feature = "pdf")]
    if let Some(engine) = pdf {
        choose_font(engine, &mut view, locale, loaded)?;
    }
    let mut manifest = Vec::new();
    for format in FORMATS {
        view.format = format;
        let html = locale.renderer.render(template_of(format).0, &view).map_err(fail)?;
        let html_path = format!("{dir}leaflet-{format}.html");
        let (pdf_path, font) = match pdf {
            #[cfg(feature = "pdf")]
            Some(engine) => {
                let name = template_of(format).1;
                let template =
                    project.templates.get(name).ok_or_else(|| format!("no template `{name}`")).map_err(fail)?;
                let data = serde_json::to_vec(&view.data().map_err(fail)?).map_err(|e| fail(e.to_string()))?;
                let bytes =
                    engine.pdf(name, template, data, &format!("{slug}/{}/{format}", locale.plan.tag)).map_err(fail)?;
                let path = format!("{dir}leaflet-{format}.pdf");
                files.push(OutputFile { path: path.clone(), bytes });
                (Some(path), Some(view.font.clone()))
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

/// Chooses the PDF font of `view`'s leaflets (one for all formats) from every string its data holds.
#[cfg(feature = "pdf")]
fn choose_font(
    engine: &crate::render::pdf::PdfEngine,
    view: &mut LeafletView,
    locale: &Locale,
    loaded: &crate::load::LoadedProcedure,
) -> Result<(), Diagnostic> {
    let at = Location::start_of(&loaded.dir.join("procedure.yaml"));
    let data = view.data().map_err(|e| Diagnostic::error("render", &at, e))?;
    let family = engine.choose_family(&crate::view::leaflet::data_text(&data)).map_err(|c| {
        Diagnostic::error(
            "font-coverage",
            &at,
            format!("no font covers `{c}` (U+{:04X}) in the {} leaflet", c as u32, locale.plan.tag),
        )
        .with_hint("put a font that covers this script in the site's fonts/ folder, or install one such as DejaVu Sans")
    })?;
    view.font = family.family;
    view.upright_emphasis = family.upright_emphasis;
    view.regular_strong = family.regular_strong;
    Ok(())
}

/// A procedure's web page, and the view its leaflets are made from.
struct Page {
    /// The web page.
    files: Vec<OutputFile>,
    entry: IndexEntry,
    /// The leaflets' view, before a format and a PDF font are chosen.
    leaflet: LeafletView,
    /// The page's folder in the output.
    dir: String,
    version: String,
}

/// Renders the web page of `plan`'s procedure in `locale` and builds its leaflets' view.
fn page_and_leaflet(
    project: &Project,
    locales: &[Locale],
    locale: &Locale,
    plan: &ProcedurePlan,
    with_pdf: bool,
) -> Result<Page, Diagnostic> {
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
    let dir = urls::procedure_dir(&locale.plan.tag, source, slug);
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
            pdf: with_pdf.then(|| format!("leaflet-{f}.pdf")),
            html: format!("leaflet-{f}.html"),
        })
        .collect();

    let page = ProcedurePage {
        page: meta.clone(),
        site: SiteView::for_procedure(&project.site, &loaded.procedure),
        procedure,
    };
    let text = locale.renderer.render("procedure.html", &page).map_err(fail)?;
    let files = vec![OutputFile { path: format!("{dir}index.html"), bytes: text.into_bytes() }];

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
    let leaflet = LeafletView {
        page: leaflet_meta,
        site: SiteView::for_procedure(&project.site, &loaded.procedure),
        blocks: blocks(&procedure.section_sources),
        words: pdf_words(&words, &procedure).map_err(fail)?,
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
    Ok(Page { files, entry, leaflet, dir, version })
}

#[cfg(all(test, feature = "pdf"))]
mod tests {
    use super::*;
    use crate::l10n::inventory::source_files;
    use std::path::Path;

    /// The sample data a designer's typst reads (see the opening of `templates/leaflet.typ`).
    const SAMPLE: &str = "docs/samples/leaflet.json";
    /// The shipped leaflet it is made from, in the source language: icon arrays,
    /// a comparison table, special arrangements, device reporting and a QR code.
    const SAMPLE_OF: &str = "intramedullary-distraction-lower-limb-lengthening";

    /// The sample must be exactly what informed gives the PDF templates for this
    /// leaflet, so a design made against it works in the build.
    #[test]
    fn the_sample_leaflet_data_is_the_shipped_leaflets() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let project = crate::load::load(&root.join("content")).expect("the shipped content loads");
        let (plans, _) = crate::publish::plan(&project, &source_files(&project));
        let locales: Vec<Locale> =
            plans.into_iter().filter_map(|plan| super::super::prepare_locale(&project, plan).ok()).collect();
        let source = &locales[0];
        assert!(source.plan.is_source);
        let plan = source
            .plan
            .procedures
            .iter()
            .find(|p| project.procedures[p.index].procedure.slug == SAMPLE_OF)
            .expect("the sample's procedure is published");
        let Page { leaflet: mut view, .. } =
            page_and_leaflet(&project, &locales, source, plan, true).expect("the sample's page builds");
        let engine = crate::render::pdf::PdfEngine::new(&project.fonts);
        choose_font(&engine, &mut view, source, &project.procedures[plan.index]).expect("a font covers the sample");
        let mut json = String::new();
        readable(&view.data().expect("the data serialises"), 0, &mut json);
        json.push('\n');
        let path = root.join(SAMPLE);
        if std::env::var_os("UPDATE_SAMPLES").is_some() {
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(&path, &json).unwrap();
        }
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            committed == json,
            "{SAMPLE} is not the data informed now gives the PDF templates for {SAMPLE_OF} (en-GB, a4); \
             if the change is meant, regenerate it with `UPDATE_SAMPLES=1 cargo test --lib sample` and commit it"
        );
        let parsed: serde_json::Value = serde_json::from_str(&committed).expect("the sample is JSON");
        assert_eq!(parsed, view.data().unwrap());
    }

    /// JSON a person can read: what fits on a line of 100 stays on one line, and
    /// long lists of short items (icon cells, QR modules) fill lines of 100.
    fn readable(value: &serde_json::Value, indent: usize, out: &mut String) {
        use serde_json::Value;
        const WIDTH: usize = 100;
        let one_line = |v: &Value| match v {
            Value::Array(items) => {
                format!("[{}]", items.iter().map(|i| serde_json::to_string(i).unwrap()).collect::<Vec<_>>().join(", "))
            }
            Value::Object(map) => format!(
                "{{{}}}",
                map.iter()
                    .map(|(k, v)| format!(
                        "{}: {}",
                        serde_json::to_string(k).unwrap(),
                        serde_json::to_string(v).unwrap()
                    ))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
            v => serde_json::to_string(v).unwrap(),
        };
        let flat = |v: &Value| match v {
            Value::Array(items) => items.iter().all(|i| !i.is_array() && !i.is_object()),
            Value::Object(map) => map.values().all(|i| !i.is_array() && !i.is_object()),
            _ => true,
        };
        let pad = "  ".repeat(indent + 1);
        match value {
            Value::Array(items) if items.is_empty() => out.push_str("[]"),
            Value::Object(map) if map.is_empty() => out.push_str("{}"),
            v if flat(v) && indent * 2 + one_line(v).len() <= WIDTH => out.push_str(&one_line(v)),
            Value::Array(items) if items.iter().all(|i| flat(i) && one_line(i).len() <= WIDTH / 2) => {
                out.push('[');
                let mut line = String::new();
                for (n, item) in items.iter().enumerate() {
                    let text = one_line(item) + if n + 1 < items.len() { "," } else { "" };
                    if !line.is_empty() && pad.len() + line.len() + 1 + text.len() > WIDTH {
                        out.push_str(&format!("\n{pad}{line}"));
                        line.clear();
                    }
                    if !line.is_empty() {
                        line.push(' ');
                    }
                    line.push_str(&text);
                }
                out.push_str(&format!("\n{pad}{line}\n{}]", "  ".repeat(indent)));
            }
            Value::Array(items) => {
                out.push('[');
                for (n, item) in items.iter().enumerate() {
                    out.push_str(&format!("\n{pad}"));
                    readable(item, indent + 1, out);
                    if n + 1 < items.len() {
                        out.push(',');
                    }
                }
                out.push_str(&format!("\n{}]", "  ".repeat(indent)));
            }
            Value::Object(map) => {
                out.push('{');
                for (n, (key, item)) in map.iter().enumerate() {
                    out.push_str(&format!("\n{pad}{}: ", serde_json::to_string(key).unwrap()));
                    readable(item, indent + 1, out);
                    if n + 1 < map.len() {
                        out.push(',');
                    }
                }
                out.push_str(&format!("\n{}}}", "  ".repeat(indent)));
            }
            v => out.push_str(&one_line(v)),
        }
    }
}
