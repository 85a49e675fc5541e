//! The localise step: builds small, language-resolved view models, one per page, for the templates.
//!
//! A view model holds only what its template shows: every word already in the
//! page's language, every number already phrased. Templates place them; they
//! decide nothing about numbers. Building a view is a pure function of
//! (project, procedure, locale), so pages can be built in parallel.

pub mod clinician;
pub mod leaflet;
pub mod library;
pub mod manifest;
pub mod metadata;
mod outcome;
pub mod pages;
mod procedure;

pub use outcome::OutcomeView;
pub use procedure::{ProcedureView, build_procedure};

use crate::l10n::{Arg, Catalog};
use crate::model::{Date, Site};
use serde::Serialize;

/// Where the words of one page come from.
pub struct Words<'a> {
    /// Interface strings in the page's locale.
    pub ui: &'a Catalog,
    /// The procedure's translated units; `None` in the source locale, whose
    /// procedure text comes straight from content.
    pub texts: Option<&'a Catalog>,
}

impl Words<'_> {
    /// An interface string.
    pub fn ui(&self, id: &str, args: &[(&str, Arg)]) -> Result<String, String> {
        self.ui.format(id, args)
    }

    /// A unit of procedure text: the source itself, or its translation.
    pub fn text(&self, unit: &str, source: &str) -> Result<String, String> {
        match self.texts {
            None => Ok(source.to_string()),
            Some(catalog) => catalog.format(unit, &[]),
        }
    }

    /// A date, in words, through the locale's `date` message.
    pub fn date(&self, date: &Date) -> Result<String, String> {
        // Only the year is written without grouping ("2026", not "2,026"). Month and
        // day stay plain numbers so Fluent's `[3]`-style variant keys match them.
        let mut args = vec![("year", Arg::Plain(f64::from(date.year))), ("month", Arg::Number(f64::from(date.month)))];
        match date.day {
            Some(day) => {
                args.push(("day", Arg::Number(f64::from(day))));
                self.ui("date-day", &args)
            }
            None => self.ui("date-month", &args),
        }
    }
}

/// The site-wide details every page shows.
#[derive(Debug, Clone, Serialize)]
pub struct SiteView {
    /// The publishing organisation.
    pub organisation: String,
    /// The team patients contact.
    pub team: Option<String>,
    /// Phone number, as written.
    pub phone: String,
    /// The phone number for a `tel:` link: digits and a leading `+` only.
    pub phone_link: String,
    /// Address lines.
    pub address: Vec<String>,
    /// The address lines with the direction each reads in (`ltr` or `rtl`), so a
    /// right-to-left page keeps "1 Example Road" in order.
    pub address_lines: Vec<DirectedText>,
    /// The direction of the team's and organisation's names.
    pub team_dir: &'static str,
    /// The direction of the organisation's name.
    pub organisation_dir: &'static str,
    /// Web address.
    pub web: Option<String>,
    /// Email address.
    pub email: Option<String>,
    /// The logo's address relative to the top of the output (a file of `static/`, percent-encoded).
    pub logo: Option<String>,
    /// The favicon's address relative to the top of the output (a file of `static/`, percent-encoded).
    pub favicon: Option<String>,
    /// The logo's path in `static/` as written, where the PDF templates find it (`/static/<path>`).
    pub logo_file: Option<String>,
}

impl SiteView {
    /// The site's contact details, as written (names and numbers are not translated).
    pub fn new(site: &Site) -> SiteView {
        SiteView::with_contact(site, &site.contact)
    }

    /// The details a procedure's pages show: its own team's contact, where it has one.
    pub fn for_procedure(site: &Site, procedure: &crate::model::Procedure) -> SiteView {
        SiteView::with_contact(site, procedure.contact.as_ref().unwrap_or(&site.contact))
    }

    fn with_contact(site: &Site, contact: &crate::model::Contact) -> SiteView {
        SiteView {
            organisation: site.organisation.clone(),
            team: contact.team.clone(),
            phone: contact.phone.clone(),
            phone_link: contact.phone.chars().filter(|c| c.is_ascii_digit() || *c == '+').collect(),
            address: contact.address.clone(),
            address_lines: contact
                .address
                .iter()
                .map(|line| DirectedText { text: line.clone(), dir: direction(line) })
                .collect(),
            team_dir: contact.team.as_deref().map_or("ltr", direction),
            organisation_dir: direction(&site.organisation),
            web: contact.web.clone(),
            email: contact.email.clone(),
            logo: site.logo.as_deref().map(crate::paths::static_href),
            favicon: site.favicon.as_deref().map(crate::paths::static_href),
            logo_file: site.logo.clone(),
        }
    }
}

/// A piece of text written as it is in every language (a name, an address
/// line), with the direction it reads in.
#[derive(Debug, Clone, Serialize)]
pub struct DirectedText {
    /// The text.
    pub text: String,
    /// `ltr` or `rtl`, from its first letter of a known direction.
    pub dir: &'static str,
}

/// The direction `text` reads in: `rtl` if its first letter with a strong
/// direction is Hebrew, Arabic, Syriac, Thaana or N'Ko; otherwise `ltr`
/// (numbers, Latin letters and other scripts).
pub fn direction(text: &str) -> &'static str {
    let rtl = |c: char| matches!(c as u32, 0x0590..=0x08FF | 0xFB1D..=0xFDFF | 0xFE70..=0xFEFF);
    match text.chars().find(|c| c.is_alphabetic()) {
        Some(c) if rtl(c) => "rtl",
        _ => "ltr",
    }
}

/// A link to the same page in another language.
#[derive(Debug, Clone, Serialize)]
pub struct Alternate {
    /// BCP 47 tag.
    pub lang: String,
    /// The language's name in itself ("Cymraeg").
    pub name: String,
    /// Relative link from the current page.
    pub href: String,
    /// The absolute address, when `site.yaml` has a base URL (for hreflang links).
    pub absolute: Option<String>,
    /// Whether this is the current page.
    pub current: bool,
}

/// What every page knows about itself.
#[derive(Debug, Clone, Serialize)]
pub struct PageMeta {
    /// BCP 47 tag for `<html lang>`.
    pub lang: String,
    /// The tag of the language content is written in: names, addresses and
    /// titles as written carry it on a translated page.
    pub source_lang: String,
    /// `ltr` or `rtl`, from the tag's script.
    pub dir: &'static str,
    /// Relative prefix back to the top of `public/`.
    pub root: String,
    /// The same page in the other published languages.
    pub alternates: Vec<Alternate>,
    /// No qualified translator has reviewed this translation (shown with a notice).
    pub draft: bool,
    /// Some of this translation was made from source text that has changed since (notice).
    pub stale: bool,
    /// The site requires approval and no clinician has approved this content
    /// version: a `--drafts` build publishes it with a notice saying so.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub unapproved: bool,
    /// Links to the print leaflets of this page, if any.
    pub leaflets: Vec<LeafletLink>,
    /// What the page tells crawlers and link previews; `None` for print leaflets.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub head: Option<Head>,
}

/// What a web page tells search engines and link previews about itself.
#[derive(Debug, Clone, Serialize)]
pub struct Head {
    /// The page's own absolute address (`<link rel="canonical">`, `og:url`),
    /// when `site.yaml` has a base URL.
    pub canonical: Option<String>,
    /// The page's title without the organisation (`og:title`).
    pub title: String,
    /// One sentence about the page, in its language (`<meta name="description">`, `og:description`).
    pub description: String,
    /// `og:type`: `article` for a procedure page, `website` for an index.
    pub og_type: &'static str,
    /// `og:locale`: the tag with an underscore (`en_GB`).
    pub og_locale: String,
    /// schema.org JSON-LD, escaped for a `<script>` by [`metadata::json_ld`]; procedure pages only.
    pub json_ld: Option<String>,
    /// Search engines are asked not to index this page (an unreviewed
    /// translation when `index_unreviewed_translations` is false, a "not found" page).
    pub noindex: bool,
}

/// The print leaflets of one format.
#[derive(Debug, Clone, Serialize)]
pub struct LeafletLink {
    /// `a4`, `a5`, `booklet`, `large` or `glance`.
    pub format: String,
    /// Relative link to the PDF, when PDFs are built.
    pub pdf: Option<String>,
    /// The PDF link's words with its size ("PDF, 240 KB"), once it is compiled.
    pub pdf_label: Option<String>,
    /// Relative link to the print-ready HTML, for a format that has one (the booklet is a PDF only).
    pub html: Option<String>,
}

/// The index page of one locale.
#[derive(Debug, Clone, Serialize)]
pub struct IndexView {
    /// Page facts.
    pub page: PageMeta,
    /// Site details.
    pub site: SiteView,
    /// The procedures published in this locale.
    pub procedures: Vec<IndexEntry>,
    /// The procedures left out of this locale, linked in the source language.
    pub left_out: Vec<LeftOutEntry>,
    /// The source language's name in the page's language ("Saesneg" on a
    /// Welsh page), for the left-out notice.
    pub source_name: String,
    /// The direction the source language reads in, for its titles and summaries
    /// on a page in another language.
    pub source_dir: &'static str,
    /// Relative link to this language's list of print leaflets, for clinic staff.
    pub print_index: String,
}

/// A procedure not published in an index's language, read in the source language instead.
#[derive(Debug, Clone, Serialize)]
pub struct LeftOutEntry {
    /// Its title, as written in the source language.
    pub title: String,
    /// Its summary, as written in the source language.
    pub summary: String,
    /// Relative link to its page in the source language.
    pub href: String,
    /// Why it is left out: `incomplete`, `stale`, `broken` (a site's template may say more).
    pub reason: &'static str,
}

/// A language's "page not found" page. It may be served at any address, so
/// with a base URL its links start from the host's root (`/pi/index.html`).
#[derive(Debug, Clone, Serialize)]
pub struct NotFoundView {
    /// Page facts.
    pub page: PageMeta,
    /// Site details.
    pub site: SiteView,
    /// The link to the language's index.
    pub index_href: String,
}

/// One procedure on an index page.
#[derive(Debug, Clone, Serialize)]
pub struct IndexEntry {
    /// Title in the page's language.
    pub title: String,
    /// Summary in the page's language.
    pub summary: String,
    /// Relative link.
    pub href: String,
}

/// A procedure page.
#[derive(Debug, Clone, Serialize)]
pub struct ProcedurePage {
    /// Page facts.
    pub page: PageMeta,
    /// Site details.
    pub site: SiteView,
    /// The procedure.
    pub procedure: ProcedureView,
}
