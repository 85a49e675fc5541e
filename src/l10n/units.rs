//! Translation units: every piece of a procedure's source text, each with a stable Fluent id.
//!
//! The id is built from the ids in the content (`option-nail-summary`), so it
//! survives reordering; a unit's source text decides whether its translation is current.

use crate::model::{Procedure, Texts};

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
        let o = format!("option-{}", option.id);
        push(&mut units, &format!("{o}-name"), &option.name);
        push(&mut units, &format!("{o}-summary"), &option.summary);
        push(&mut units, &format!("{o}-what-happens"), &option.what_happens);
        push(&mut units, &format!("{o}-recovery"), &option.recovery);
        push(&mut units, &format!("{o}-daily-life"), &option.daily_life);
        for (kind, outcomes) in [("benefit", &option.benefits), ("risk", &option.risks)] {
            for outcome in outcomes {
                let base = format!("{o}-{kind}-{}", outcome.id);
                push(&mut units, &format!("{base}-label"), &outcome.label);
                if let Some(detail) = &outcome.detail {
                    push(&mut units, &format!("{base}-detail"), detail);
                }
                if let Some(change) = &outcome.change {
                    push(&mut units, &format!("{base}-scale"), &change.scale.name);
                    if let Some(unit) = &change.scale.unit {
                        push(&mut units, &format!("{base}-scale-unit"), unit);
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
        units.push(TextUnit { id: format!("section-{id}"), source: text.as_str(), markdown: true });
    }
    units
}

fn push<'a>(units: &mut Vec<TextUnit<'a>>, id: &str, source: &'a str) {
    units.push(TextUnit { id: id.to_string(), source, markdown: false });
}

fn push_texts<'a>(units: &mut Vec<TextUnit<'a>>, prefix: &str, texts: &'a Texts) {
    for (id, text) in texts {
        push(units, &format!("{prefix}-{id}"), text);
    }
}
