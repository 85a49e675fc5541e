//! The procedure page's view model: every section of the page, in the page's language.

use super::outcome::Phrasing;
use super::{OutcomeView, Words};
use crate::l10n::units;
use crate::markdown::{Block, events_to_blocks, events_to_safe_html, to_blocks, to_safe_html, translated_events};
use crate::model::{OptionKind, OutcomeGroup, OutcomeList, Procedure, RiskScale, Texts};
use crate::risk;
use serde::Serialize;
use std::collections::BTreeMap;

/// A procedure, ready for a template.
#[derive(Debug, Clone, Serialize)]
pub struct ProcedureView {
    /// Folder name and URL segment.
    pub slug: String,
    /// Title.
    pub title: String,
    /// Summary.
    pub summary: String,
    /// The condition it treats.
    pub condition: String,
    /// The decision to make.
    pub decision: String,
    /// The guidance followed.
    pub guidance: GuidanceView,
    /// Dates, in words.
    pub dates: DatesView,
    /// The version id: a short hash of everything that produced this page.
    pub version: String,
    /// Evidence grade key (`limited`) and the content's explanation.
    pub evidence_quality: &'static str,
    /// What the evidence is, in plain words.
    pub evidence_summary: String,
    /// What special arrangements mean for the patient, when they apply.
    pub special_arrangements: Option<Vec<String>>,
    /// Who it may suit.
    pub suits: Vec<String>,
    /// Who it is not for.
    pub not_for: Vec<String>,
    /// The options, doing nothing included.
    pub options: Vec<OptionView>,
    /// Outcomes shared by several options, side by side on one denominator,
    /// where at least one option has a figure.
    pub comparisons: Vec<ComparisonView>,
    /// Outcomes shared by several options where no option has a figure: named
    /// once, together, rather than "not known" row after row.
    pub unknown_comparisons: Vec<String>,
    /// What is not known.
    pub uncertainties: Vec<String>,
    /// Who is involved.
    pub team: Vec<String>,
    /// Questions to ask, beyond the standard prompts.
    pub questions: Vec<String>,
    /// How outcomes are recorded.
    pub outcomes_recording: Vec<String>,
    /// How to report a device problem, where a device is left in the body.
    pub device_reporting: Option<String>,
    /// Where to report it.
    pub device_reporting_url: Option<String>,
    /// Why special arrangements apply: `efficacy`, `safety` or `both`.
    pub special_arrangements_reason: Option<&'static str>,
    /// How the information is kept up to date.
    pub update_policy: String,
    /// Who wrote it.
    pub authors: String,
    /// Who paid for it.
    pub funding: String,
    /// The sources, numbered.
    pub sources: Vec<SourceView>,
    /// Narrative sections as sanitised HTML, keyed by id (`about`, `before` ...).
    pub sections: BTreeMap<String, String>,
    /// The same sections as blocks of styled runs, for the PDF templates.
    #[serde(skip)]
    pub section_blocks: BTreeMap<String, Vec<Block>>,
}

/// Guidance, for the page.
#[derive(Debug, Clone, Serialize)]
pub struct GuidanceView {
    /// Issuing body.
    pub body: String,
    /// Reference.
    pub id: String,
    /// Title as issued.
    pub title: String,
    /// Link.
    pub url: String,
    /// Month and year issued, in words.
    pub issued: String,
    /// The guidance's information for the public, which patients are to be given too.
    pub for_the_public: Option<String>,
}

/// Dates in words.
#[derive(Debug, Clone, Serialize)]
pub struct DatesView {
    /// Published.
    pub published: String,
    /// Last reviewed.
    pub reviewed: String,
    /// Next review.
    pub next_review: String,
    /// Last reviewed, as YYYY-MM-DD for `<time datetime>`.
    pub reviewed_iso: String,
}

/// One option.
#[derive(Debug, Clone, Serialize)]
pub struct OptionView {
    /// Id, for anchors.
    pub id: String,
    /// `surgical`, `non-surgical` or `nothing`.
    pub kind: OptionKind,
    /// Name.
    pub name: String,
    /// What it is.
    pub summary: String,
    /// What happens.
    pub what_happens: String,
    /// Recovery.
    pub recovery: String,
    /// Daily life.
    pub daily_life: String,
    /// Benefits.
    pub benefits: Vec<OutcomeView>,
    /// Risks.
    pub risks: Vec<OutcomeView>,
}

/// An outcome compared across options.
#[derive(Debug, Clone, Serialize)]
pub struct ComparisonView {
    /// Outcome id.
    pub id: String,
    /// The outcome, as the first option labels it.
    pub label: String,
    /// The shared denominator.
    pub denominator: u64,
    /// One row per option that has this outcome.
    pub rows: Vec<ComparisonRow>,
}

/// One option's figure in a comparison.
#[derive(Debug, Clone, Serialize)]
pub struct ComparisonRow {
    /// The option's name.
    pub option: String,
    /// The option's id.
    pub option_id: String,
    /// The figure.
    pub outcome: OutcomeView,
}

/// A cited source.
#[derive(Debug, Clone, Serialize)]
pub struct SourceView {
    /// Its number on the page.
    pub number: usize,
    /// Its anchor.
    pub anchor: String,
    /// The reference.
    pub citation: String,
    /// Link.
    pub url: Option<String>,
    /// Year.
    pub year: Option<u16>,
    /// What kind of evidence it is, described ("In a review of studies of 983 lengthened bones").
    pub described: String,
}

/// Builds the view of `p` in the language of `words`.
pub fn build_procedure(
    p: &Procedure,
    words: &Words<'_>,
    scale: RiskScale,
    right_to_left: bool,
    version: &str,
) -> Result<ProcedureView, String> {
    let mut option_names = BTreeMap::new();
    for option in &p.options {
        option_names
            .insert(option.id.clone(), words.text(&units::option_field(&option.id, units::id::NAME), &option.name)?);
    }
    let groups = p.outcome_groups();
    let axes = axes(p);
    let phrasing =
        Phrasing { words, scale, sources: &p.sources, right_to_left, option_names: &option_names, axes: &axes };
    let denominators = denominators(&groups);
    let mut options = Vec::new();
    for option in &p.options {
        let o = |name: &str| units::option_field(&option.id, name);
        let mut lists = [Vec::new(), Vec::new()];
        for (k, (list, outcomes)) in
            [(OutcomeList::Benefits, &option.benefits), (OutcomeList::Risks, &option.risks)].into_iter().enumerate()
        {
            for outcome in outcomes {
                let d = denominators.get(outcome.id.as_str()).copied().unwrap_or(100);
                lists[k].push(phrasing.outcome(outcome, &units::outcome(&option.id, list, &outcome.id), d)?);
            }
        }
        let [benefits, risks] = lists;
        options.push(OptionView {
            id: option.id.clone(),
            kind: option.kind,
            name: words.text(&o(units::id::NAME), &option.name)?,
            summary: words.text(&o(units::id::OPTION_SUMMARY), &option.summary)?,
            what_happens: words.text(&o(units::id::WHAT_HAPPENS), &option.what_happens)?,
            recovery: words.text(&o(units::id::RECOVERY), &option.recovery)?,
            daily_life: words.text(&o(units::id::DAILY_LIFE), &option.daily_life)?,
            benefits,
            risks,
        });
    }
    let (comparisons, unknown_comparisons) = comparisons(&groups, &options, &denominators);
    let mut sections = BTreeMap::new();
    let mut section_blocks = BTreeMap::new();
    for (id, text) in &p.sections {
        if words.texts.is_none() {
            sections.insert(id.clone(), to_safe_html(text));
            section_blocks.insert(id.clone(), to_blocks(text));
            continue;
        }
        // Each block's translation, put into the source's structure: headings,
        // lists and their nesting come from the source, never from a translation.
        let translated = units::section_blocks(id, text)
            .into_iter()
            .map(|block| words.text(&block.id, &block.text))
            .collect::<Result<Vec<_>, String>>()?;
        let events = translated_events(text, &translated);
        sections.insert(id.clone(), events_to_safe_html(events.iter().cloned()));
        section_blocks.insert(id.clone(), events_to_blocks(events.into_iter()));
    }
    let sources = p
        .sources
        .iter()
        .enumerate()
        .map(|(i, s)| {
            Ok(SourceView {
                number: i + 1,
                anchor: format!("source-{}", s.id),
                citation: s.citation.clone(),
                url: s.url.clone(),
                year: s.year,
                described: phrasing.study(s)?,
            })
        })
        .collect::<Result<Vec<_>, String>>()?;
    Ok(ProcedureView {
        slug: p.slug.clone(),
        title: words.text(units::id::TITLE, &p.title)?,
        summary: words.text(units::id::SUMMARY, &p.summary)?,
        condition: words.text(units::id::CONDITION, &p.condition)?,
        decision: words.text(units::id::DECISION, &p.decision)?,
        guidance: GuidanceView {
            body: p.guidance.body.clone(),
            id: p.guidance.id.clone(),
            title: p.guidance.title.clone(),
            url: p.guidance.url.clone(),
            issued: words.date(&p.guidance.issued)?,
            for_the_public: p.guidance.for_the_public.clone(),
        },
        dates: DatesView {
            published: words.date(&p.dates.published)?,
            reviewed: words.date(&p.dates.reviewed)?,
            next_review: words.date(&p.dates.next_review)?,
            reviewed_iso: p.dates.reviewed.to_string(),
        },
        version: version.to_string(),
        evidence_quality: p.evidence.quality.key(),
        evidence_summary: words.text(units::id::EVIDENCE_SUMMARY, &p.evidence.summary)?,
        special_arrangements: if p.special_arrangements.apply {
            Some(texts(words, units::id::SPECIAL_ARRANGEMENTS, &p.special_arrangements.meaning)?)
        } else {
            None
        },
        suits: texts(words, units::id::FOR, &p.audience.suits)?,
        not_for: texts(words, units::id::NOT_FOR, &p.audience.not_for)?,
        options,
        comparisons,
        unknown_comparisons,
        uncertainties: texts(words, units::id::UNCERTAINTY, &p.uncertainties)?,
        team: texts(words, units::id::TEAM, &p.team)?,
        questions: texts(words, units::id::QUESTION, &p.questions)?,
        outcomes_recording: texts(words, units::id::OUTCOMES_RECORDING, &p.outcomes_recording)?,
        device_reporting: match &p.device_reporting {
            Some(d) => Some(words.text(units::id::DEVICE_REPORTING, &d.text)?),
            None => None,
        },
        device_reporting_url: p.device_reporting.as_ref().map(|d| d.url.clone()),
        special_arrangements_reason: p
            .special_arrangements
            .reason
            .filter(|_| p.special_arrangements.apply)
            .map(|r| r.key()),
        update_policy: words.text(units::id::UPDATE_POLICY, &p.update_policy)?,
        authors: words.text(units::id::AUTHORS, &p.authors)?,
        funding: words.text(units::id::FUNDING, &p.funding)?,
        sources,
        sections,
        section_blocks,
    })
}

fn texts(words: &Words<'_>, prefix: &str, texts: &Texts) -> Result<Vec<String>, String> {
    texts.iter().map(|(id, text)| words.text(&units::field(prefix, id), text)).collect()
}

/// One denominator per outcome id: outcomes that share an id across options are
/// compared, so they share the denominator that shows every one of them.
fn denominators<'a>(groups: &[OutcomeGroup<'a>]) -> BTreeMap<&'a str, u64> {
    groups.iter().map(|g| (g.id, risk::denominator_for(g.members.iter().flat_map(|m| m.outcome.measures())))).collect()
}

/// The end of each shared axis of continuous results: the largest average
/// change drawn on it anywhere on the page, so bars compare across outcomes and options.
fn axes(p: &Procedure) -> BTreeMap<String, f64> {
    let mut axes: BTreeMap<String, f64> = BTreeMap::new();
    for option in &p.options {
        for outcome in option.benefits.iter().chain(&option.risks) {
            if let crate::model::OutcomeKind::Change(c) = outcome.kind() {
                let widest = super::outcome::bar_sizes(c).into_iter().fold(0.0, f64::max);
                let end = axes.entry(super::outcome::axis_key(c)).or_insert(0.0);
                *end = end.max(widest);
            }
        }
    }
    axes
}

/// The compared outcomes side by side, each row the option's own view; and
/// the labels of those no option has a figure for.
fn comparisons(
    groups: &[OutcomeGroup<'_>],
    options: &[OptionView],
    denominators: &BTreeMap<&str, u64>,
) -> (Vec<ComparisonView>, Vec<String>) {
    let mut known = Vec::new();
    let mut unknown = Vec::new();
    for g in groups.iter().filter(|g| g.is_compared()) {
        let rows: Vec<ComparisonRow> = g
            .members
            .iter()
            .map(|m| {
                let option = &options[m.option];
                let list = match m.list {
                    OutcomeList::Benefits => &option.benefits,
                    OutcomeList::Risks => &option.risks,
                };
                // Side by side, the statements compare; the pictures stay with each option.
                let outcome = OutcomeView { icons: None, pictures: Vec::new(), chart: None, ..list[m.index].clone() };
                ComparisonRow { option: option.name.clone(), option_id: option.id.clone(), outcome }
            })
            .collect();
        if rows.iter().all(|r| !r.outcome.known) {
            unknown.push(rows[0].outcome.label.clone());
            continue;
        }
        known.push(ComparisonView {
            id: g.id.to_string(),
            label: rows[0].outcome.label.clone(),
            denominator: denominators.get(g.id).copied().unwrap_or(100),
            rows,
        });
    }
    (known, unknown)
}
