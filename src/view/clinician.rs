//! The clinician's documents, made from the same views as the patient's
//! leaflet so they can never disagree: the consent insert (per published
//! language), and for the care team the audit form, the audit data's columns
//! and the governance pack (in the source language).

use super::outcome::time_frame;
use super::procedure::OptionView;
use super::{OutcomeView, PageMeta, SiteView, Words};
use crate::model::{AuditKind, OptionKind, Procedure};
use serde::Serialize;

/// The insert for the consent conversation: the leaflet's own figures.
#[derive(Debug, Clone, Serialize)]
pub struct ConsentView {
    /// Page facts (language, direction, notices).
    pub page: PageMeta,
    /// Contact details.
    pub site: SiteView,
    /// The procedure's title in the page's language.
    pub title: String,
    /// The option consented to, exactly as the leaflet shows it.
    pub option: OptionView,
    /// The other options, doing nothing among them.
    pub alternatives: Vec<OptionView>,
    /// What nobody knows yet.
    pub uncertainties: Vec<String>,
    /// What the special arrangements mean, where they apply.
    pub special_arrangements: Option<Vec<String>>,
    /// The leaflet's version id in this language.
    pub version: String,
    /// Every interface word the PDF template shows, formatted in advance.
    pub words: std::collections::BTreeMap<String, String>,
    /// The PDF's font family, and whether its italic and bold faces cover the text.
    pub font: String,
    /// Set emphasis upright (the italic face lacks the script).
    pub upright_emphasis: bool,
    /// Set strong text in the regular weight (the bold face lacks the script).
    pub regular_strong: bool,
    /// The ISO 639 language code, for typst's `lang`.
    pub language: String,
    /// The region, if the tag has one.
    pub region: Option<String>,
}

impl ConsentView {
    /// The insert as the data the PDF template reads (strings as typst will show them).
    pub fn data(&self) -> Result<serde_json::Value, String> {
        super::leaflet::pdf_data(self, "consent insert")
    }
}

/// The option a patient consents to: the audited one, or the first operation or procedure.
pub fn consented_option<'a>(p: &Procedure, options: &'a [OptionView]) -> Option<&'a OptionView> {
    let id = p.audit.as_ref().map(|a| a.option.as_str());
    options
        .iter()
        .find(|o| Some(o.id.as_str()) == id)
        .or_else(|| options.iter().find(|o| o.kind == OptionKind::Surgical))
        .or_else(|| options.first())
}

/// The consent insert of one procedure in one language, from the page's views.
pub fn consent(
    page: &super::ProcedurePage,
    leaflet: &super::leaflet::LeafletView,
    p: &Procedure,
    words: &Words<'_>,
) -> Result<Option<ConsentView>, String> {
    use crate::l10n::Arg;
    let v = &page.procedure;
    let Some(option) = consented_option(p, &v.options).cloned() else {
        return Ok(None);
    };
    let mut pdf_words = std::collections::BTreeMap::new();
    let text = |s: &str| Arg::Text(s.to_string());
    let with_args: [(&str, Vec<(&str, Arg)>); 16] = [
        ("unknown-outcomes", vec![]),
        ("grid-benefits", vec![]),
        ("grid-risks", vec![]),
        ("consent-heading", vec![("title", text(&v.title))]),
        ("consent-intro", vec![]),
        ("consent-option", vec![("option", text(&option.name))]),
        ("consent-benefits", vec![]),
        ("consent-risks", vec![]),
        ("consent-alternatives", vec![]),
        ("consent-uncertain", vec![]),
        ("consent-arrangements", vec![]),
        ("consent-given", vec![("version", text(&v.version))]),
        ("consent-signed", vec![]),
        ("version", vec![("version", text(&v.version))]),
        ("draft-notice", vec![]),
        ("stale-notice", vec![]),
    ];
    for (id, args) in with_args {
        pdf_words.insert(id.to_string(), words.ui(id, &args)?);
    }
    let alternatives = v.options.iter().filter(|o| o.id != option.id).cloned().collect();
    let mut meta = page.page.clone();
    meta.alternates = Vec::new();
    meta.leaflets = Vec::new();
    Ok(Some(ConsentView {
        page: meta,
        site: page.site.clone(),
        title: v.title.clone(),
        option,
        alternatives,
        uncertainties: v.uncertainties.clone(),
        special_arrangements: v.special_arrangements.clone(),
        version: v.version.clone(),
        words: pdf_words,
        font: leaflet.font.clone(),
        upright_emphasis: leaflet.upright_emphasis,
        regular_strong: leaflet.regular_strong,
        language: leaflet.language.clone(),
        region: leaflet.region.clone(),
    }))
}

/// One audit outcome, as the audit form and the audit report show it.
#[derive(Debug, Clone, Serialize)]
pub struct AuditRow {
    /// The audit outcome's id.
    pub id: String,
    /// `efficacy` or `safety`.
    pub kind: &'static str,
    /// What counts.
    pub definition: String,
    /// The leaflet's outcome, as the leaflet shows it.
    pub leaflet: OutcomeView,
    /// When it is recorded: (data column, the time point in words).
    pub times: Vec<(String, String)>,
    /// The time points of the leaflet's figures for this outcome, in words.
    pub leaflet_times: Vec<String>,
}

/// The printable one-patient audit form, and the governance pack's view.
#[derive(Debug, Clone, Serialize)]
pub struct AuditView {
    /// Page facts.
    pub page: PageMeta,
    /// Site details.
    pub site: SiteView,
    /// The procedure's title.
    pub title: String,
    /// The procedure's slug.
    pub slug: String,
    /// The guidance (body, id, title, address).
    pub guidance: super::procedure::GuidanceView,
    /// NICE's information for the public, where given.
    pub for_the_public: Option<String>,
    /// The audited option's name.
    pub option: String,
    /// Every audit outcome.
    pub outcomes: Vec<AuditRow>,
    /// The leaflet's version id in the source language.
    pub version: String,
    /// Whether special arrangements apply.
    pub special_arrangements: bool,
    /// Whether a device is implanted (Yellow Card reporting applies).
    pub implant: bool,
    /// The languages the consent insert is published in: (tag, file name).
    pub consent_inserts: Vec<(String, String)>,
    /// The PDF's font family.
    pub font: String,
}

impl AuditView {
    /// The form as the data the PDF template reads (strings as typst will show them).
    pub fn data(&self) -> Result<serde_json::Value, String> {
        super::leaflet::pdf_data(self, "audit form")
    }
}

/// The audit view of `p`, or `None` where it has no audit.
pub fn audit(
    page: &super::ProcedurePage,
    p: &Procedure,
    words: &Words<'_>,
    consent_inserts: Vec<(String, String)>,
) -> Result<Option<AuditView>, String> {
    let Some(audit) = &p.audit else {
        return Ok(None);
    };
    let v = &page.procedure;
    let Some(option) = v.options.iter().find(|o| o.id == audit.option) else {
        return Ok(None);
    };
    let mut outcomes = Vec::new();
    for a in &audit.outcomes {
        let Some(leaflet) = option.benefits.iter().chain(&option.risks).find(|o| o.id == a.outcome) else {
            continue;
        };
        let mut times = Vec::new();
        for t in &a.recorded_at {
            times.push((a.column(*t), time_frame(words, *t)?));
        }
        let mut leaflet_times = Vec::new();
        let outcome =
            p.options.iter().find(|o| o.id == audit.option).into_iter().flat_map(|o| o.benefits.iter().chain(&o.risks));
        for m in outcome.filter(|x| x.id == a.outcome).flat_map(|x| x.measures()) {
            if let Some(t) = m.frame() {
                leaflet_times.push(time_frame(words, t)?);
            }
        }
        outcomes.push(AuditRow {
            id: a.id.clone(),
            kind: match a.kind {
                AuditKind::Efficacy => "efficacy",
                AuditKind::Safety => "safety",
            },
            definition: a.definition.clone(),
            leaflet: leaflet.clone(),
            times,
            leaflet_times,
        });
    }
    let mut meta = page.page.clone();
    meta.alternates = Vec::new();
    meta.leaflets = Vec::new();
    Ok(Some(AuditView {
        page: meta,
        site: page.site.clone(),
        title: v.title.clone(),
        slug: v.slug.clone(),
        guidance: v.guidance.clone(),
        for_the_public: p.guidance.for_the_public.clone(),
        option: option.name.clone(),
        outcomes,
        version: v.version.clone(),
        special_arrangements: p.special_arrangements.apply,
        implant: p.options.iter().any(|o| o.implant),
        consent_inserts,
        font: String::new(),
    }))
}

/// The JSON Schema of one row of the audit data, for a trust's audit tool or registry.
pub fn audit_schema(p: &Procedure) -> serde_json::Value {
    let mut properties = serde_json::Map::new();
    properties.insert(
        "patient".to_string(),
        serde_json::json!({ "type": "string", "description": "The team's own reference for the patient (no names)." }),
    );
    for a in p.audit.iter().flat_map(|a| &a.outcomes) {
        for t in &a.recorded_at {
            properties.insert(
                a.column(*t),
                serde_json::json!({
                    "enum": ["yes", "no", ""],
                    "description": format!("{} (empty: not recorded yet)", a.definition),
                }),
            );
        }
    }
    serde_json::json!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": format!("Audit data for {}", p.title),
        "type": "object",
        "properties": properties,
        "required": ["patient"],
        "additionalProperties": false,
    })
}

/// The clinicians' folder's index.
#[derive(Debug, Clone, Serialize)]
pub struct ClinicianIndexView {
    /// The source language's tag.
    pub lang: String,
    /// The organisation.
    pub organisation: String,
    /// Every procedure.
    pub procedures: Vec<ClinicianEntry>,
    /// The list of print leaflets for staff on the public site, in the
    /// source language, where `site.yaml` gives the site's address.
    pub print_index: Option<String>,
}

/// One procedure's documents for clinicians.
#[derive(Debug, Clone, Serialize)]
pub struct ClinicianEntry {
    /// The procedure's slug.
    pub slug: String,
    /// Its title in the source language.
    pub title: String,
    /// The governance pack, where the procedure is audited.
    pub governance: Option<String>,
    /// The audit form, where the procedure is audited.
    pub audit_form: Option<String>,
    /// Consent inserts: (language, link, whether it is an unreviewed translation).
    pub consent_inserts: Vec<(String, String, bool)>,
    /// Who approved its content version now, where someone has.
    pub approval: Option<crate::model::ApprovalStamp>,
    /// The site requires approval and no one has approved this version:
    /// it is not given to patients (or only as a marked draft).
    pub unapproved: bool,
}

/// One document in `clinicians.json`.
#[derive(Debug, Clone, Serialize, PartialEq, Eq, PartialOrd, Ord)]
pub struct ClinicianDocument {
    /// The procedure's slug.
    pub procedure: String,
    /// `consent-insert`, `audit-form`, `audit-data`, `audit-schema` or `governance`.
    pub document: &'static str,
    /// The language.
    pub locale: String,
    /// The leaflet version it carries.
    pub version: String,
    /// Its path in the clinicians' folder.
    pub path: String,
    /// Whether it is a translation no qualified translator has checked, or
    /// one partly made from older text, or made from content no clinician has
    /// approved: it says so on the document itself.
    pub draft: bool,
    /// Who approved the content version it was made from, where someone has.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub approval: Option<crate::model::ApprovalStamp>,
    /// Made from content no clinician has approved, where the site requires it: never archived.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub unapproved: bool,
}

/// The clinicians' index, from the documents made: every procedure with its
/// governance pack and audit form (where audited) and its consent inserts.
pub fn index(project: &crate::load::Project, documents: &[ClinicianDocument]) -> ClinicianIndexView {
    let source = &project.site.source_locale;
    let procedures = project
        .procedures
        .iter()
        .map(|loaded| {
            let slug = &loaded.procedure.slug;
            let mine =
                |kind: &'static str| documents.iter().filter(move |d| &d.procedure == slug && d.document == kind);
            let mut consent_inserts: Vec<(String, String, bool)> =
                mine("consent-insert").map(|d| (d.locale.clone(), d.path.clone(), d.draft)).collect();
            consent_inserts.sort();
            let approval = super::library::stamp(project, loaded);
            ClinicianEntry {
                unapproved: project.site.require_approval && approval.is_none(),
                approval,
                slug: slug.clone(),
                title: loaded.procedure.title.clone(),
                governance: mine("governance").next().map(|d| d.path.clone()),
                audit_form: mine("audit-form").next().map(|d| d.path.clone()),
                consent_inserts,
            }
        })
        .collect();
    let print_index = project.site.base_url.as_ref().map(|base| {
        let dir = crate::paths::locale_dir(source, source);
        crate::paths::absolute(base, &format!("{dir}{}", crate::paths::PRINT_INDEX))
    });
    ClinicianIndexView {
        lang: source.clone(),
        organisation: project.site.organisation.clone(),
        procedures,
        print_index,
    }
}

/// The audit report: each audit outcome's local results beside the leaflet's figure.
#[derive(Debug, Clone, Serialize)]
pub struct AuditReportView {
    /// The audit view (procedure, guidance, outcomes as the leaflet shows them).
    pub audit: AuditView,
    /// The audit data's file, as given.
    pub data_file: String,
    /// Patients in the data.
    pub patients: u64,
    /// One row per audit outcome and time point.
    pub rows: Vec<ReportRow>,
    /// Whether any local result differs from the leaflet beyond chance.
    pub review: bool,
}

/// One audit outcome at one time point in the report.
#[derive(Debug, Clone, Serialize)]
pub struct ReportRow {
    /// The leaflet's label for the outcome.
    pub label: String,
    /// `efficacy` or `safety`.
    pub kind: &'static str,
    /// The data column.
    pub column: String,
    /// The time point in words.
    pub time: String,
    /// Patients with it recorded.
    pub recorded: u64,
    /// Patients who had it.
    pub events: u64,
    /// The local rate, as a percentage with one decimal, where anything is recorded.
    pub rate: Option<String>,
    /// Its 95% interval, as percentages.
    pub interval: Option<(String, String)>,
    /// What the leaflet tells patients.
    pub leaflet: String,
    /// The leaflet's figure at this time point as a percentage (or range), where it gives one.
    pub leaflet_percent: Option<String>,
    /// The leaflet's time points for this outcome, in words (where the figure
    /// is for another time than the audit's, the report says which).
    pub leaflet_times: Vec<String>,
    /// `differs` (beyond chance), `consistent`, `no-results`, `no-figure`,
    /// `other-time` (the leaflet has no figure for this time point, so the two
    /// cannot be compared) or `other-count` (the leaflet counts every time it
    /// happened, not patients).
    pub verdict: &'static str,
    /// What makes the comparison less than like with like, where the two
    /// still compare: the leaflet counts lengthened bones, the audit patients.
    pub caveat: Option<String>,
}

/// The audit report of `counts` (by column) against the leaflet: each audit
/// time point against the leaflet's figure for the same outcome at the same
/// time point, and where the leaflet has none for that time, said so rather
/// than compared.
pub fn audit_report(
    audit: AuditView,
    p: &Procedure,
    counts: &std::collections::BTreeMap<String, crate::model::AuditCount>,
    data_file: String,
    patients: u64,
) -> AuditReportView {
    use crate::model::{Counted, Unit};
    let percent = |x: f64| format!("{:.1}%", x * 100.0);
    let option = p.audit.as_ref().and_then(|a| p.options.iter().find(|o| o.id == a.option));
    let mut rows = Vec::new();
    for (row, a) in audit.outcomes.iter().zip(p.audit.iter().flat_map(|a| &a.outcomes)) {
        let outcome = option.and_then(|o| o.benefits.iter().chain(&o.risks).find(|x| x.id == row.leaflet.id));
        let measures = outcome.map_or(&[][..], |o| o.measures());
        for ((column, time), at) in row.times.iter().zip(&a.recorded_at) {
            let count = counts.get(column).copied().unwrap_or_default();
            let interval = count.interval();
            // Like with like: the leaflet's figure for this very time point.
            let measure = measures.iter().find(|m| m.frame() == Some(*at));
            let figure = measure.and_then(crate::risk::ratio);
            let leaflet_range = figure.map(|r| (r.low as f64 / r.of as f64, r.high as f64 / r.of as f64));
            let occurrences = measure.is_some_and(|m| m.counted == Counted::Occurrences);
            let verdict = match (interval, leaflet_range) {
                (None, _) => "no-results",
                (Some(_), _) if measures.is_empty() => "no-figure",
                (Some(_), None) if measure.is_none() => "other-time",
                (Some(_), None) => "no-figure",
                (Some(_), Some(_)) if occurrences => "other-count",
                (Some((lo, hi)), Some((a, b))) if b < lo || a > hi => "differs",
                _ => "consistent",
            };
            let caveat = measure
                .filter(|m| m.unit == Unit::Bones && !occurrences)
                .map(|_| "The leaflet's figure counts lengthened bones; the audit counts patients.".to_string());
            rows.push(ReportRow {
                label: row.leaflet.label.clone(),
                kind: row.kind,
                column: column.clone(),
                time: time.clone(),
                recorded: count.recorded,
                events: count.events,
                rate: count.rate().map(percent),
                interval: interval.map(|(lo, hi)| (percent(lo), percent(hi))),
                leaflet: row.leaflet.line.clone(),
                leaflet_percent: leaflet_range
                    .filter(|_| !occurrences)
                    .map(|(a, b)| if a == b { percent(a) } else { format!("{} to {}", percent(a), percent(b)) }),
                leaflet_times: row.leaflet_times.clone(),
                verdict,
                caveat,
            });
        }
    }
    let review = rows.iter().any(|r| r.verdict == "differs");
    AuditReportView { audit, data_file, patients, rows, review }
}
