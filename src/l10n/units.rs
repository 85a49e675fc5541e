//! Translation units: every piece of a procedure's source text, each with a stable Fluent id.
//!
//! The id is built from the ids in the content (`option-nail-summary`), so it
//! survives reordering; a unit's source text decides whether its translation is current.

use crate::model::{OutcomeList, Procedure, Texts};

/// The id of an option's field (`option-nail-summary`).
pub fn option_field(option: &str, field: &str) -> String {
    format!("option-{option}-{field}")
}

/// The id prefix of an outcome of an option (`option-nail-risk-infection`);
/// its fields are [`field`]s of it (`-label`, `-detail`, `-scale`, `-scale-unit`).
pub fn outcome(option: &str, list: OutcomeList, outcome: &str) -> String {
    let kind = match list {
        OutcomeList::Benefits => "benefit",
        OutcomeList::Risks => "risk",
    };
    option_field(option, &format!("{kind}-{outcome}"))
}

/// The id of a field of a unit prefix (`{prefix}-label`), or of an item of a
/// list of texts (`uncertainty-{id}`).
pub fn field(prefix: &str, name: &str) -> String {
    format!("{prefix}-{name}")
}

/// The id of a narrative section (`section-about`).
pub fn section(id: &str) -> String {
    field("section", id)
}

/// Whether a unit is a narrative section, written in Markdown.
pub fn is_section(id: &str) -> bool {
    id.starts_with("section-")
}

/// One piece of source text a translator translates.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TextUnit<'a> {
    /// The Fluent message id (`option-nail-summary`).
    pub id: String,
    /// The source-language text.
    pub source: &'a str,
    /// Whether the text is Markdown (narrative sections) rather than plain text.
    pub markdown: bool,
}

/// Every unit of `p`, in page order.
pub fn procedure_units(p: &Procedure) -> Vec<TextUnit<'_>> {
    let mut units = Vec::new();
    push(&mut units, "title", &p.title);
    push(&mut units, "summary", &p.summary);
    push(&mut units, "condition", &p.condition);
    push(&mut units, "decision", &p.decision);
    push(&mut units, "evidence-summary", &p.evidence.summary);
    push_texts(&mut units, "special-arrangements", &p.special_arrangements.meaning);
    push_texts(&mut units, "for", &p.audience.suits);
    push_texts(&mut units, "not-for", &p.audience.not_for);
    for option in &p.options {
        let o = |name: &str| option_field(&option.id, name);
        push(&mut units, &o("name"), &option.name);
        push(&mut units, &o("summary"), &option.summary);
        push(&mut units, &o("what-happens"), &option.what_happens);
        push(&mut units, &o("recovery"), &option.recovery);
        push(&mut units, &o("daily-life"), &option.daily_life);
        for (list, outcomes) in [(OutcomeList::Benefits, &option.benefits), (OutcomeList::Risks, &option.risks)] {
            for o in outcomes {
                let base = outcome(&option.id, list, &o.id);
                push(&mut units, &field(&base, "label"), &o.label);
                if let Some(detail) = &o.detail {
                    push(&mut units, &field(&base, "detail"), detail);
                }
                if let Some(change) = &o.change {
                    push(&mut units, &field(&base, "scale"), &change.scale.name);
                    if let Some(unit) = &change.scale.unit {
                        push(&mut units, &field(&base, "scale-unit"), unit);
                    }
                }
            }
        }
    }
    push_texts(&mut units, "uncertainty", &p.uncertainties);
    push_texts(&mut units, "team", &p.team);
    push_texts(&mut units, "question", &p.questions);
    push_texts(&mut units, "outcomes-recording", &p.outcomes_recording);
    if let Some(device) = &p.device_reporting {
        push(&mut units, "device-reporting", &device.text);
    }
    push(&mut units, "update-policy", &p.update_policy);
    push(&mut units, "authors", &p.authors);
    push(&mut units, "funding", &p.funding);
    for (id, text) in &p.sections {
        units.push(TextUnit { id: section(id), source: text.as_str(), markdown: true });
    }
    units
}

fn push<'a>(units: &mut Vec<TextUnit<'a>>, id: &str, source: &'a str) {
    units.push(TextUnit { id: id.to_string(), source, markdown: false });
}

fn push_texts<'a>(units: &mut Vec<TextUnit<'a>>, prefix: &str, texts: &'a Texts) {
    for (id, text) in texts {
        push(units, &field(prefix, id), text);
    }
}
