//! The localise step for a whole site: each published language's words, and
//! the view models every page shares (page facts, the same page in other
//! languages, indexes, the sitemap, version ids).

use super::{Alternate, Head, IndexEntry, IndexView, PageMeta, SiteView};
use crate::l10n::{Catalog, is_right_to_left};
use crate::load::{LoadedProcedure, Project};
use crate::paths;
use crate::plan::{LocalePlan, ProcedurePlan};
use serde::Serialize;
use std::sync::Arc;

/// A published language, localised: its plan and its interface words.
pub struct Language<'a> {
    /// What is published in it.
    pub plan: &'a LocalePlan<'a>,
    /// Its interface strings, ready to format.
    pub ui: Arc<Catalog>,
    /// The language's name in itself ("Cymraeg").
    pub name: String,
    /// Whether it reads right to left.
    pub right_to_left: bool,
    /// The tag of the language content is written in.
    pub source_tag: String,
    /// Where the site is hosted, from `site.yaml`.
    pub base_url: Option<String>,
    /// Whether unreviewed translations may be indexed, from `site.yaml`.
    pub index_unreviewed: bool,
}

impl<'a> Language<'a> {
    /// The words of `plan`'s language, from the resources parsed at load.
    pub fn new(project: &Project, plan: &'a LocalePlan<'a>) -> Language<'a> {
        let resources = plan.files.ui_files().map(|(_, f)| f.resource.clone());
        let ui = Arc::new(Catalog::from_resources(plan.langid.clone(), resources));
        let name = ui.format("language-name", &[]).unwrap_or_else(|_| plan.tag.clone());
        Language {
            plan,
            ui,
            name,
            right_to_left: is_right_to_left(&plan.langid),
            source_tag: project.site.source_locale.clone(),
            base_url: project.site.base_url.clone(),
            index_unreviewed: project.site.index_unreviewed_translations,
        }
    }

    /// The name of `other` in this language ("Saesneg" for English, in Welsh),
    /// from `language-called`; a language it does not list is called by its own name.
    pub fn called(&self, other: &Language) -> Result<String, String> {
        use crate::l10n::Arg;
        let code = other.plan.langid.language.as_str().to_string();
        self.ui.format("language-called", &[("language", Arg::Text(code)), ("own", Arg::Text(other.name.clone()))])
    }

    /// The folder of this language's index page.
    pub fn dir(&self) -> String {
        paths::locale_dir(&self.plan.tag, &self.source_tag)
    }

    /// The folder of a procedure's page in this language.
    pub fn procedure_dir(&self, slug: &str) -> String {
        paths::procedure_dir(&self.plan.tag, &self.source_tag, slug)
    }

    /// Whether search engines are asked not to index a page of this language
    /// (of `plan`'s procedure, or the index for `None`).
    pub fn noindex(&self, plan: Option<&ProcedurePlan>) -> bool {
        !self.index_unreviewed && plan.map_or(self.plan.ui_unreviewed, |p| p.unreviewed)
    }

    /// What every page in this language knows about itself: `title` and
    /// `description` in the page's language.
    pub fn page_meta(
        &self,
        dir: &str,
        alternates: Vec<Alternate>,
        plan: Option<&ProcedurePlan>,
        title: String,
        description: String,
    ) -> PageMeta {
        PageMeta {
            lang: self.plan.tag.clone(),
            source_lang: self.source_tag.clone(),
            dir: if self.right_to_left { "rtl" } else { "ltr" },
            root: paths::root_from(dir),
            alternates,
            draft: plan.map_or(self.plan.ui_unreviewed, |p| p.unreviewed),
            stale: plan.is_some_and(|p| p.stale),
            unapproved: plan.is_some_and(|p| p.unapproved),
            leaflets: Vec::new(),
            head: Some(Head {
                canonical: self.base_url.as_ref().map(|b| paths::absolute(b, dir)),
                title,
                description,
                og_type: if plan.is_some() { "article" } else { "website" },
                og_locale: super::metadata::og_locale(&self.plan.tag),
                json_ld: None,
                noindex: self.noindex(plan),
            }),
        }
    }
}

/// Where the page of `slug` (or the index, for `None`) lives in every language that publishes it.
fn published_dirs<'l, 'a>(languages: &'l [Language<'a>], slug: Option<&str>) -> Vec<(&'l Language<'a>, String)> {
    languages
        .iter()
        .filter(|l| slug.is_none_or(|s| l.plan.publishes(s)))
        .map(|l| (l, slug.map_or_else(|| l.dir(), |s| l.procedure_dir(s))))
        .collect()
}

/// The same page in every language that publishes it, linked relatively from `dir`.
pub fn alternates(project: &Project, languages: &[Language], dir: &str, slug: Option<&str>) -> Vec<Alternate> {
    published_dirs(languages, slug)
        .into_iter()
        .map(|(l, target)| Alternate {
            lang: l.plan.tag.clone(),
            name: l.name.clone(),
            href: paths::link(dir, &target),
            absolute: project.site.base_url.as_ref().map(|b| paths::absolute(b, &target)),
            current: target == dir,
        })
        .collect()
}

/// The index page of one language, listing `entries`, and the pages `left_out`
/// of it (from the plan) linked in the source language.
pub fn index(
    project: &Project,
    languages: &[Language],
    language: &Language,
    procedures: Vec<IndexEntry>,
    left_out: &[crate::plan::LeftOut],
) -> Result<IndexView, String> {
    use crate::plan::Reason;
    let dir = language.dir();
    let source = languages.iter().find(|l| l.plan.is_source);
    let left_out = left_out
        .iter()
        .filter(|l| l.locale == language.plan.tag)
        .filter_map(|l| {
            let slug = l.procedure.as_deref()?;
            let loaded = project.procedures.iter().find(|p| p.procedure.slug == slug)?;
            let source = source?;
            let reason = match l.reason {
                Reason::Incomplete { .. } => "incomplete",
                Reason::Stale { .. } => "stale",
                Reason::Broken | Reason::Interface | Reason::Unusable => "broken",
                // Not published in any language: nothing to link to.
                Reason::Unapproved { .. } => return None,
            };
            Some(super::LeftOutEntry {
                title: loaded.procedure.title.clone(),
                summary: loaded.procedure.summary.clone(),
                href: paths::link(&dir, &source.procedure_dir(slug)),
                reason,
            })
        })
        .collect();
    let title = language.ui.format("index-title", &[])?;
    let description = language.ui.format("index-intro", &[])?;
    Ok(IndexView {
        page: language.page_meta(&dir, alternates(project, languages, &dir, None), None, title, description),
        site: SiteView::new(&project.site),
        procedures,
        left_out,
        source_name: match source {
            Some(s) => language.called(s)?,
            None => String::new(),
        },
        source_dir: if source.is_some_and(|s| s.right_to_left) { "rtl" } else { "ltr" },
        print_index: paths::PRINT_INDEX.to_string(),
    })
}

/// The "page not found" page of one language: asked not to be indexed, with
/// no alternates, and linked from the host's root when there is a base URL
/// (`/pi/style.css`: a server shows it at whatever address was missing).
pub fn not_found(project: &Project, language: &Language) -> Result<super::NotFoundView, String> {
    let dir = language.dir();
    let title = language.ui.format("not-found-title", &[])?;
    let description = language.ui.format("not-found-text", &[])?;
    let mut page = language.page_meta(&dir, Vec::new(), None, title, description);
    if let Some(head) = &mut page.head {
        head.canonical = None;
        head.noindex = true;
    }
    let index_href = match &project.site.base_url {
        Some(base) => {
            page.root = paths::from_host_root(base, "");
            paths::page(&paths::from_host_root(base, &dir))
        }
        None => paths::PAGE.to_string(),
    };
    Ok(super::NotFoundView { page, site: SiteView::new(&project.site), index_href })
}

/// A short id for what a reader of this page in this locale sees: the
/// procedure's content, the site's contact details and the locale's words.
/// Same input, same id; layout (templates, styles, fonts) does not change it.
pub fn version_id(project: &Project, loaded: &LoadedProcedure, locale: &str) -> String {
    let mut hasher = crate::hash::Hasher::new();
    hasher.add("content", &loaded.content_hash);
    hasher.add("site", &project.site_hash);
    hasher.add("locale", locale);
    // In the source language the words come from content (already hashed); its
    // reference files are for translators and change nothing a reader sees.
    let own =
        (locale != project.site.source_locale).then(|| crate::l10n::status::procedure_file(&loaded.procedure.slug));
    let files = project.translations.locale(locale).into_iter().flat_map(|l| l.files.iter());
    for (name, file) in files {
        if crate::paths::translated_procedure(name).is_none() || own.as_ref() == Some(name) {
            hasher.add(&format!("{locale}/{name}"), &file.text);
        }
    }
    hasher.finish()[..8].to_string()
}

/// The sitemap's view: every page with its translations, as absolute addresses.
#[derive(Debug, Serialize)]
pub struct SitemapView {
    /// Every page.
    pub urls: Vec<SitemapUrl>,
}

/// One page of the sitemap.
#[derive(Debug, Serialize)]
pub struct SitemapUrl {
    /// Its address.
    pub loc: String,
    /// When its content was last reviewed (`YYYY-MM-DD` or `YYYY-MM`): the
    /// procedure's reviewed date, or the latest of them for an index.
    pub lastmod: Option<String>,
    /// The same page in every language, as (tag, address).
    pub alternates: Vec<(String, String)>,
    /// The page in the source language, for `hreflang="x-default"`, when there are alternates.
    pub x_default: Option<String>,
}

/// A sitemap with hreflang alternates, when `site.yaml` gives a base URL.
/// Pages asked not to be indexed are left out, and are no one's alternate.
pub fn sitemap(project: &Project, languages: &[Language]) -> Option<SitemapView> {
    let base = project.site.base_url.as_ref()?;
    let mut urls = Vec::new();
    let latest = project.procedures.iter().map(|p| p.procedure.dates.reviewed).max();
    let mut pages: Vec<(Option<&str>, Option<crate::model::Date>)> = vec![(None, latest)];
    pages
        .extend(project.procedures.iter().map(|p| (Some(p.procedure.slug.as_str()), Some(p.procedure.dates.reviewed))));
    for (slug, reviewed) in pages {
        let published: Vec<(String, String)> = published_dirs(languages, slug)
            .into_iter()
            .filter(|(l, _)| {
                let plan = slug.and_then(|s| l.plan.procedures.iter().find(|p| p.loaded.procedure.slug == s));
                !l.noindex(plan)
            })
            .map(|(l, dir)| (l.plan.tag.clone(), paths::absolute(base, &dir)))
            .collect();
        let x_default = (published.len() > 1)
            .then(|| published.iter().find(|(tag, _)| *tag == project.site.source_locale).map(|(_, u)| u.clone()))
            .flatten();
        for (_, loc) in &published {
            urls.push(SitemapUrl {
                loc: loc.clone(),
                lastmod: reviewed.map(|d| d.to_string()),
                alternates: published.clone(),
                x_default: x_default.clone(),
            });
        }
    }
    Some(SitemapView { urls })
}

/// Every view one procedure makes in one language: its web page, its print
/// leaflet (one view, a format at a time) and its entry on the index. The
/// leaflet carries the very procedure view the page shows, so the numbers and
/// words on paper are the ones on screen.
pub struct ProcedureViews {
    /// The folder of the page and its leaflets.
    pub dir: String,
    /// The web page.
    pub page: super::ProcedurePage,
    /// The print leaflet, its format and font still to be set.
    pub leaflet: super::leaflet::LeafletView,
    /// The entry on this language's index.
    pub entry: IndexEntry,
    /// The version id printed on the leaflets.
    pub version: String,
    /// Who approved the content version these were made from, if anyone has.
    pub approval: Option<crate::model::ApprovalStamp>,
    /// The procedure's sign-off, for the governance pack.
    pub sign_off: super::library::SignOff,
    /// Made from content no clinician has approved, where the site requires
    /// it (a `--drafts` build): never archived.
    pub unapproved: bool,
    /// The consent insert, where the procedure has an option to consent to.
    pub consent: Option<super::clinician::ConsentView>,
    /// In the source language, where the procedure is audited: the audit
    /// form's and governance pack's view, and the JSON Schema of a row of
    /// the audit data.
    pub audit: Option<(super::clinician::AuditView, serde_json::Value)>,
}

/// Localises one procedure in one language. `pdf` says whether PDF leaflets
/// are made, for the page's links to them.
pub fn procedure(
    project: &Project,
    languages: &[Language],
    language: &Language,
    plan: &ProcedurePlan,
    pdf: bool,
) -> Result<ProcedureViews, String> {
    use super::leaflet::{FORMATS, LeafletView, QrView, pdf_words};
    use super::{LeafletLink, ProcedurePage, Words};
    use crate::l10n::Arg;
    let loaded = plan.loaded;
    // The procedure's own messages, with the locale's terms.
    let terms = language.plan.files.terms_file().map(|t| t.resource.clone());
    // A block edited since it was translated shows its old translation (stale).
    let edited = (!plan.edited.is_empty()).then(|| {
        let text = crate::l10n::edits::aliases(&plan.edited);
        Arc::new(fluent_bundle::FluentResource::try_new(text).unwrap_or_else(|(r, _)| r))
    });
    let texts = plan.translation.map(|file| {
        let resources = terms.clone().into_iter().chain([file.resource.clone()]).chain(edited);
        Catalog::from_resources(language.plan.langid.clone(), resources)
    });
    let words = Words { ui: &language.ui, texts: texts.as_ref() };
    let version = version_id(project, loaded, &language.plan.tag);
    let procedure =
        super::build_procedure(&loaded.procedure, &words, project.site.risk_scale, language.right_to_left, &version)?;
    let slug = &loaded.procedure.slug;
    let dir = language.procedure_dir(slug);
    let entry = IndexEntry {
        title: procedure.title.clone(),
        summary: procedure.summary.clone(),
        href: paths::index_entry_href(slug),
    };
    let mut meta = language.page_meta(
        &dir,
        alternates(project, languages, &dir, Some(slug)),
        Some(plan),
        procedure.title.clone(),
        procedure.summary.clone(),
    );
    if let Some(head) = &mut meta.head {
        head.json_ld = Some(super::metadata::json_ld(&super::metadata::PageFacts {
            procedure: &loaded.procedure,
            title: &procedure.title,
            description: &procedure.summary,
            lang: &language.plan.tag,
            url: head.canonical.as_deref(),
            organisation: &project.site.organisation,
            site_url: project.site.base_url.as_deref(),
        })?);
    }
    // The booklet is only a PDF: without PDFs it is not offered.
    meta.leaflets = FORMATS
        .iter()
        .filter(|f| pdf || super::leaflet::laid_out_as(f) == **f)
        .map(|f| LeafletLink {
            format: f.to_string(),
            pdf: pdf.then(|| paths::leaflet_pdf(f)),
            pdf_label: None,
            html: (super::leaflet::laid_out_as(f) == *f).then(|| paths::leaflet_html(f)),
        })
        .collect();
    let page = ProcedurePage {
        page: meta.clone(),
        site: SiteView::for_procedure(&project.site, &loaded.procedure),
        procedure,
    };

    let url = project.site.base_url.as_ref().map(|b| paths::absolute(b, &dir));
    let reviewed = words.date(&loaded.procedure.dates.reviewed)?;
    let version_line =
        words.ui("leaflet-version", &[("version", Arg::Text(version.clone())), ("date", Arg::Text(reviewed))])?;
    let online = match &url {
        Some(u) => Some(words.ui("leaflet-online", &[("url", Arg::Text(u.clone()))])?),
        None => None,
    };
    let mut leaflet_meta = meta;
    leaflet_meta.leaflets = Vec::new();
    leaflet_meta.alternates = Vec::new();
    leaflet_meta.head = None;
    let leaflet = LeafletView {
        page: leaflet_meta,
        site: page.site.clone(),
        blocks: page.procedure.section_blocks.clone(),
        words: pdf_words(&words, &page.procedure)?,
        procedure: page.procedure.clone(),
        format: FORMATS[0],
        version_line,
        qr: url.as_deref().and_then(QrView::new),
        url,
        online,
        font: String::new(),
        upright_emphasis: false,
        regular_strong: false,
        language: language.plan.langid.language.as_str().to_string(),
        region: language.plan.langid.region.map(|r| r.as_str().to_string()),
    };
    let sign_off = super::library::sign_off(project, loaded);
    let approval = sign_off.current.clone();
    let mut leaflet = leaflet;
    super::library::sign_off_words(&mut leaflet.words, None, plan.unapproved, &words)?;
    // The clinicians' documents use the interface words only: a consent
    // insert's figures are the page's, already in the page's language.
    let plain = Words { ui: &language.ui, texts: None };
    let mut consent = super::clinician::consent(&page, &leaflet, &loaded.procedure, &plain)?;
    if let Some(view) = consent.as_mut() {
        super::library::sign_off_words(&mut view.words, approval.as_ref(), plan.unapproved, &plain)?;
    }
    let audit = match language.plan.is_source {
        true => {
            let consent_inserts = languages
                .iter()
                .filter(|l| l.plan.publishes(slug))
                .map(|l| (l.plan.tag.clone(), paths::consent_insert_file(&l.plan.tag)))
                .collect();
            super::clinician::audit(&page, &loaded.procedure, &plain, consent_inserts)?
                .map(|view| (view, super::clinician::audit_schema(&loaded.procedure)))
        }
        false => None,
    };
    Ok(ProcedureViews {
        dir,
        page,
        leaflet,
        entry,
        version,
        consent,
        audit,
        approval,
        sign_off,
        unapproved: plan.unapproved,
    })
}

/// Puts each compiled PDF's size on the page's link to it, as the
/// language's `leaflet-pdf-size` ("PDF, 240 KB"): `sizes` are (format, bytes),
/// shown in kilobytes of 1,000 bytes, rounded up.
pub fn pdf_sizes(page: &mut super::ProcedurePage, language: &Language, sizes: &[(&str, usize)]) -> Result<(), String> {
    for link in &mut page.page.leaflets {
        if let Some((_, bytes)) = sizes.iter().find(|(format, _)| *format == link.format) {
            let kb = bytes.div_ceil(1000);
            let arg = crate::l10n::Arg::Number(kb as f64);
            link.pdf_label = Some(language.ui.format("leaflet-pdf-size", &[("kb", arg)])?);
        }
    }
    Ok(())
}

/// The manifest entry of one leaflet.
pub fn manifest_entry(
    views: &ProcedureViews,
    plan: &ProcedurePlan,
    language: &Language,
    format: &str,
    pdf: Option<super::manifest::MadePdf>,
) -> super::manifest::ManifestEntry {
    let loaded = plan.loaded;
    super::manifest::ManifestEntry {
        procedure: loaded.procedure.slug.clone(),
        locale: language.plan.tag.clone(),
        title: views.page.procedure.title.clone(),
        format: format.to_string(),
        version: views.version.clone(),
        content_hash: loaded.content_hash.clone(),
        reviewed: loaded.procedure.dates.reviewed.to_string(),
        next_review: loaded.procedure.dates.next_review.to_string(),
        html: format!("{}{}", views.dir, paths::leaflet_html(super::leaflet::laid_out_as(format))),
        pages: pdf.as_ref().and_then(|p| p.pages),
        font: pdf.as_ref().map(|p| p.font.clone()),
        pdf: pdf.map(|p| p.path),
        draft: plan.unreviewed || plan.stale || plan.unapproved,
        approval: views.approval.clone(),
        unapproved: plan.unapproved,
    }
}
