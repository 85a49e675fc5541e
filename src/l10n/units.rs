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
    /// For translators: where the text appears, where it comes from in the
    /// content, and what to keep.
    pub context: String,
}

/// A note for every figure's neighbour: numbers come from the data.
const NO_FIGURES: &str = "Its figure comes from the data: never type a number.";

/// Every unit of `p`, in page order.
pub fn procedure_units(p: &Procedure) -> Vec<TextUnit<'_>> {
    let mut u = Units(Vec::new());
    u.push("title", &p.title, "The title of the page and of every leaflet (procedure.yaml: title). Keep it short.");
    u.push("summary", &p.summary, "One or two sentences under the title, also on the list of treatments (summary).");
    u.push("condition", &p.condition, "What the condition is, near the top of the page (condition).");
    u.push("decision", &p.decision, "The decision the reader is making, in a box at the top (decision).");
    u.push(
        "evidence-summary",
        &p.evidence.summary,
        "How strong the evidence is, in the evidence box (evidence.summary).",
    );
    u.texts(
        "special-arrangements",
        &p.special_arrangements.meaning,
        "One point of what NICE's special arrangements mean for the patient (special_arrangements.meaning",
    );
    u.texts("for", &p.audience.suits, "One point of the list of who the treatment is for (for");
    u.texts("not-for", &p.audience.not_for, "One point of the list of who it is not for (not_for");
    for option in &p.options {
        let o = |name: &str| option_field(&option.id, name);
        let at = |field: &str| format!("(options, `{}`: {field})", option.id);
        u.push(
            &o("name"),
            &option.name,
            &format!(
                "The name of an option: a heading, a column of the table of options and a tab {}. Keep it short.",
                at("name")
            ),
        );
        u.push(&o("summary"), &option.summary, &format!("What the option is, in a sentence or two {}.", at("summary")));
        u.push(
            &o("what-happens"),
            &option.what_happens,
            &format!("What happens if the reader chooses this option {}.", at("what_happens")),
        );
        u.push(&o("recovery"), &option.recovery, &format!("How long recovery takes {}.", at("recovery")));
        u.push(
            &o("daily-life"),
            &option.daily_life,
            &format!("What the option is like to live with {}.", at("daily_life")),
        );
        for (list, outcomes) in [(OutcomeList::Benefits, &option.benefits), (OutcomeList::Risks, &option.risks)] {
            let kind = if list == OutcomeList::Benefits { "benefit" } else { "risk" };
            for x in outcomes {
                let base = outcome(&option.id, list, &x.id);
                let at = format!("(options, `{}`: {}, `{}`", option.id, list.field(), x.id);
                u.push(
                    &field(&base, "label"),
                    &x.label,
                    &format!(
                        "A {kind}, as a heading above its figure and in the table of options {at}: label). {NO_FIGURES}"
                    ),
                );
                if let Some(detail) = &x.detail {
                    u.push(
                        &field(&base, "detail"),
                        detail,
                        &format!("More about the {kind}, under its figure {at}: detail). {NO_FIGURES}"),
                    );
                }
                if let Some(change) = &x.change {
                    u.push(
                        &field(&base, "scale"),
                        &change.scale.name,
                        &format!("What is measured, in the sentence that gives the change {at}: change.scale.name)."),
                    );
                    if let Some(unit) = &change.scale.unit {
                        u.push(
                            &field(&base, "scale-unit"),
                            unit,
                            &format!("The unit after each number, such as mmHg {at}: change.scale.unit)."),
                        );
                    }
                }
            }
        }
    }
    u.texts("uncertainty", &p.uncertainties, "One point of what nobody knows yet (uncertainties");
    u.texts("team", &p.team, "Who helps the reader decide: one member of the team (team");
    u.texts("question", &p.questions, "A question the reader may want to ask (questions");
    u.texts("outcomes-recording", &p.outcomes_recording, "How the reader's results are recorded (outcomes_recording");
    if let Some(device) = &p.device_reporting {
        u.push(
            "device-reporting",
            &device.text,
            "How to report a problem with a device, above the Yellow Card link (device_reporting.text).",
        );
    }
    u.push(
        "update-policy",
        &p.update_policy,
        "How and when this information is updated, in \"About this information\" (update_policy).",
    );
    u.push("authors", &p.authors, "Who wrote and checked this information (authors).");
    u.push("funding", &p.funding, "Who paid for it (funding).");
    for (id, text) in &p.sections {
        u.0.push(TextUnit {
            id: section(id),
            source: text.as_str(),
            markdown: true,
            context: format!(
                "A section of the page, in Markdown ({id}.md). Keep its shape: `-` before each point of a list, \
                 [words](address) for a link, **bold**; translate the words, not the marks."
            ),
        });
    }
    u.0
}

/// Units as they are gathered, each with its context.
struct Units<'a>(Vec<TextUnit<'a>>);

impl<'a> Units<'a> {
    fn push(&mut self, id: &str, source: &'a str, context: &str) {
        self.0.push(TextUnit { id: id.to_string(), source, markdown: false, context: context.to_string() });
    }

    /// Each text of a list, its context naming the list and the text's id.
    fn texts(&mut self, prefix: &str, texts: &'a Texts, context: &str) {
        for (id, text) in texts {
            self.push(&field(prefix, id), text, &format!("{context}, `{id}`)."));
        }
    }
}
