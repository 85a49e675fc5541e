//! The print leaflet's view model: the page's own procedure view, plus what paper needs.
//!
//! The HTML leaflets render it through tera; the PDF templates (`leaflet.typ`,
//! `glance.typ`) read the same view as JSON data ([`LeafletView::data`]), so
//! no text ever becomes typst markup. The sample in `docs/samples/leaflet.json`
//! is this data for one shipped leaflet, for designing the PDF with typst's
//! own command line.

use super::{PageMeta, ProcedureView, SiteView, Words};
use crate::l10n::Arg;
use crate::markdown::Block;
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};

pub use crate::model::{FORMATS, laid_out_as};

/// The body of the A4, A5 and large-print HTML leaflets, the same in each:
/// `leaflet.html` sets it, rendered once, in each format's page.
pub const LEAFLET_BODY: &str = "leaflet-body.html";

/// The template a print format is made from, HTML and typst: the three
/// leaflets share one, the one-page "options at a glance" sheet has its own.
pub fn template_of(format: &str) -> (&'static str, &'static str) {
    if format.starts_with("glance") { ("glance.html", "glance.typ") } else { ("leaflet.html", "leaflet.typ") }
}

/// A print leaflet (HTML or typst). It carries the very [`ProcedureView`] the
/// web page was rendered from, so every number and word is the same.
#[derive(Debug, Clone, Serialize)]
pub struct LeafletView {
    /// Page facts (language, direction, notices).
    pub page: PageMeta,
    /// Site details and contacts.
    pub site: SiteView,
    /// The procedure, exactly as on the web page.
    pub procedure: ProcedureView,
    /// Narrative sections as blocks, for templates that are not HTML.
    pub blocks: BTreeMap<String, Vec<Block>>,
    /// `a4`, `a5` or `large`.
    pub format: &'static str,
    /// "Version 1a2b3c4d. Last reviewed 1 November 2026."
    pub version_line: String,
    /// The web page's absolute address, when `site.yaml` has a base URL.
    pub url: Option<String>,
    /// "Read this online: …", when there is a URL.
    pub online: Option<String>,
    /// A QR code of `url`.
    pub qr: Option<QrView>,
    /// The font family the PDF uses for this locale.
    pub font: String,
    /// The family has no italic face for this text's script: emphasis is set upright.
    pub upright_emphasis: bool,
    /// The family has no bold face for this text's script: strong text keeps the regular weight.
    pub regular_strong: bool,
    /// The ISO 639 language code, for typst's `lang`.
    pub language: String,
    /// The region, if the tag has one, for typst's `region`.
    pub region: Option<String>,
    /// Every interface word the PDF templates show, already in the page's
    /// language: see [`pdf_words`].
    pub words: BTreeMap<String, String>,
}

impl LeafletView {
    /// The leaflet as the data a PDF template reads: this view as JSON, each
    /// string as typst will show it (bidi isolation marks and control
    /// characters other than line breaks taken out, tabs as spaces). typst shows
    /// a string from JSON as text, so nothing in it can become markup or code.
    pub fn data(&self) -> Result<serde_json::Value, String> {
        pdf_data(self, "leaflet")
    }
}

/// A view as the JSON a PDF template reads, every string cleaned as typst
/// will show it ([`clean_strings`]); `what` names it in an error.
pub fn pdf_data(view: &impl Serialize, what: &str) -> Result<serde_json::Value, String> {
    let mut value = serde_json::to_value(view).map_err(|e| format!("{what} data: {e}"))?;
    clean_strings(&mut value);
    Ok(value)
}

/// Takes out of every string what typst should never be shown: bidi isolation
/// marks and control characters other than line breaks (tabs become spaces).
pub fn clean_strings(value: &mut serde_json::Value) {
    let unwanted = |c: char| c.is_control() && c != '\n' || matches!(c, '\u{2066}'..='\u{2069}');
    match value {
        serde_json::Value::String(s) if s.chars().any(unwanted) => {
            *s = s
                .chars()
                .filter_map(|c| match c {
                    '\r' | '\t' => Some(' '),
                    c if unwanted(c) => None,
                    c => Some(c),
                })
                .collect();
        }
        serde_json::Value::Array(items) => items.iter_mut().for_each(clean_strings),
        serde_json::Value::Object(map) => map.values_mut().for_each(clean_strings),
        _ => {}
    }
}

/// The interface messages the PDF templates show as they are, without arguments.
const PDF_WORDS: &[&str] = &[
    "about-heading",
    "about-info-heading",
    "after-heading",
    "audience-for",
    "audience-heading",
    "audience-not-for",
    "before-heading",
    "benefits-heading",
    "bran-alternatives",
    "bran-benefits",
    "bran-intro",
    "bran-nothing",
    "bran-risks",
    "comparison-evidence",
    "comparison-figure",
    "comparisons-heading",
    "comparisons-intro",
    "condition-heading",
    "contact-email",
    "contact-heading",
    "contact-phone",
    "contact-web",
    "decision-heading",
    "details-heading",
    "details-intro",
    "device-heading",
    "draft-notice",
    "during-heading",
    "evidence-heading",
    "funded-by",
    "glance-continued",
    "glance-heading",
    "glance-leaning",
    "glance-not-known",
    "grid-benefits",
    "grid-daily-life",
    "grid-option",
    "grid-recovery",
    "grid-risks",
    "grid-what",
    "grid-what-happens",
    "leaflet-ask-also",
    "leaflet-online-also",
    "leaflet-qr-alt",
    "no-outcomes",
    "notes-appointment",
    "notes-heading",
    "notes-intro",
    "notes-matters",
    "notes-questions",
    "options-heading",
    "options-intro",
    "questions-heading",
    "questions-more",
    "recording-heading",
    "risks-heading",
    "sources-heading",
    "special-arrangements-heading",
    "stale-notice",
    "sure-heading",
    "sure-no",
    "sure-note",
    "sure-yes",
    "team-heading",
    "unknown-outcomes",
    "unknowns-heading",
    "update-policy",
    "version-note",
    "written-by",
];

/// The questions of the SURE test, in the order the sheet at a glance asks them.
const SURE_QUESTIONS: [&str; 4] = ["sure", "understand", "risk-benefit", "encouragement"];

/// Every interface word the PDF templates show, formatted in the page's
/// language, keyed by message id: the messages in `PDF_WORDS` as they are,
/// and those that take arguments formatted with this procedure's values
/// (`evidence-notice-heading`, `evidence-quality`, `guidance-line`,
/// `special-arrangements-intro`, `published`, `reviewed`, `next-review`,
/// `version`). A message shown with several values has one entry per value:
/// `source-link-<number>` for each source an outcome cites and
/// `sure-question-<question>` for each SURE question.
pub fn pdf_words(words: &Words<'_>, p: &ProcedureView) -> Result<BTreeMap<String, String>, String> {
    let text = |s: &str| Arg::Text(s.to_string());
    let mut out = BTreeMap::new();
    for id in PDF_WORDS {
        out.insert(id.to_string(), words.ui(id, &[])?);
    }
    let quality = [("quality", text(p.evidence_quality))];
    let g = &p.guidance;
    let guidance =
        [("body", text(&g.body)), ("id", text(&g.id)), ("issued", text(&g.issued)), ("title", text(&g.title))];
    let reason = [("reason", text(p.special_arrangements_reason.unwrap_or("both")))];
    let with_args: [(&str, &[(&str, Arg)]); 8] = [
        ("evidence-notice-heading", &quality),
        ("evidence-quality", &quality),
        ("guidance-line", &guidance),
        ("special-arrangements-intro", &reason),
        ("published", &[("date", text(&p.dates.published))]),
        ("reviewed", &[("date", text(&p.dates.reviewed))]),
        ("next-review", &[("date", text(&p.dates.next_review))]),
        ("version", &[("version", text(&p.version))]),
    ];
    for (id, args) in with_args {
        out.insert(id.to_string(), words.ui(id, args)?);
    }
    let outcomes = p.options.iter().flat_map(|o| o.benefits.iter().chain(&o.risks));
    let cited = outcomes.chain(p.comparisons.iter().flat_map(|c| c.rows.iter().map(|r| &r.outcome)));
    let numbers: BTreeSet<usize> = cited.map(|o| o.source_number).chain(p.sources.iter().map(|s| s.number)).collect();
    for n in numbers {
        out.insert(format!("source-link-{n}"), words.ui("source-link", &[("number", Arg::Number(n as f64))])?);
    }
    for q in SURE_QUESTIONS {
        out.insert(format!("sure-question-{q}"), words.ui("sure-question", &[("question", text(q))])?);
    }
    Ok(out)
}

/// A QR code as data: the template draws each dark module.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct QrView {
    /// Modules per side.
    pub size: u32,
    /// Dark modules as (column, row).
    pub dark: Vec<(u32, u32)>,
    /// The same modules as runs along each row: (column, row, length), so the
    /// HTML draws a few hundred fewer rectangles.
    pub runs: Vec<(u32, u32, u32)>,
}

impl QrView {
    /// The QR code of `url`, or `None` if it cannot be encoded.
    pub fn new(url: &str) -> Option<QrView> {
        let code = qrcode::QrCode::with_error_correction_level(url.as_bytes(), qrcode::EcLevel::M).ok()?;
        let size = code.width() as u32;
        let dark = code
            .to_colors()
            .iter()
            .enumerate()
            .filter(|(_, c)| **c == qrcode::Color::Dark)
            .map(|(i, _)| (i as u32 % size, i as u32 / size))
            .collect::<Vec<_>>();
        let mut runs: Vec<(u32, u32, u32)> = Vec::new();
        for &(x, y) in &dark {
            match runs.last_mut() {
                Some((rx, ry, len)) if *ry == y && *rx + *len == x => *len += 1,
                _ => runs.push((x, y, 1)),
            }
        }
        Some(QrView { size, dark, runs })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn qr_runs_cover_exactly_the_dark_modules() {
        let qr = QrView::new("https://www.example.org/patient-information/a-procedure/").unwrap();
        let mut from_runs: Vec<(u32, u32)> =
            qr.runs.iter().flat_map(|&(x, y, len)| (x..x + len).map(move |x| (x, y))).collect();
        from_runs.sort_by_key(|&(x, y)| (y, x));
        assert_eq!(from_runs, qr.dark);
        assert!(qr.runs.len() < qr.dark.len());
    }

    #[test]
    fn data_strings_keep_hostile_text_but_lose_hidden_controls() {
        let mut value = serde_json::json!({
            "title": "#panic(\"x\") $x$ ] #import \"a.typ\": * \\ end",
            "list": ["\u{2068}34\u{2069} in 100", "tab\there\r\nline\u{7}"],
        });
        clean_strings(&mut value);
        assert_eq!(value["title"], "#panic(\"x\") $x$ ] #import \"a.typ\": * \\ end");
        assert_eq!(value["list"][0], "34 in 100");
        assert_eq!(value["list"][1], "tab here \nline");
        #[cfg(feature = "pdf")]
        assert_eq!(
            crate::render::pdf::data_text(&value),
            "34 in 100\ntab here \nline\n#panic(\"x\") $x$ ] #import \"a.typ\": * \\ end\n"
        );
    }

    #[test]
    fn qr_codes_are_square_grids() {
        let qr = QrView::new("https://www.example.org/patient-information/x/").unwrap();
        assert!(qr.size >= 21);
        assert!(!qr.dark.is_empty() && qr.dark.iter().all(|&(x, y)| x < qr.size && y < qr.size));
        // The three finder patterns: the top-left module is always dark.
        assert!(qr.dark.contains(&(0, 0)));
    }
}
