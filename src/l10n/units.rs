//! Translation units: every piece of a procedure's source text, each with a stable Fluent id.
//!
//! The id is built from the ids in the content (`option-nail-summary`), so it
//! survives reordering; a unit's source text decides whether its translation is current.

use crate::markdown::{SegmentKind, segments};
use crate::model::{OutcomeList, Procedure, Texts};
use std::borrow::Cow;
use std::collections::BTreeMap;

/// The one spelling of every unit id and id part: the units translators get
/// (here) and the words pages show (`view/`) name them the same way.
pub mod id {
    /// The procedure's title.
    pub const TITLE: &str = "title";
    /// The summary under the title.
    pub const SUMMARY: &str = "summary";
    /// What the condition is.
    pub const CONDITION: &str = "condition";
    /// The decision the reader is making.
    pub const DECISION: &str = "decision";
    /// How strong the evidence is.
    pub const EVIDENCE_SUMMARY: &str = "evidence-summary";
    /// How to report a problem with a device.
    pub const DEVICE_REPORTING: &str = "device-reporting";
    /// How and when the information is updated.
    pub const UPDATE_POLICY: &str = "update-policy";
    /// Who wrote and checked it.
    pub const AUTHORS: &str = "authors";
    /// Who paid for it.
    pub const FUNDING: &str = "funding";
    /// Points of what special arrangements mean (a list: `special-arrangements-<id>`).
    pub const SPECIAL_ARRANGEMENTS: &str = "special-arrangements";
    /// Who the treatment is for (a list).
    pub const FOR: &str = "for";
    /// Who it is not for (a list).
    pub const NOT_FOR: &str = "not-for";
    /// What nobody knows yet (a list).
    pub const UNCERTAINTY: &str = "uncertainty";
    /// The team (a list).
    pub const TEAM: &str = "team";
    /// Questions to ask (a list).
    pub const QUESTION: &str = "question";
    /// How results are recorded (a list).
    pub const OUTCOMES_RECORDING: &str = "outcomes-recording";
    /// An option's name (`option-<id>-name`).
    pub const NAME: &str = "name";
    /// What an option is (`option-<id>-summary`).
    pub const OPTION_SUMMARY: &str = "summary";
    /// What happens with it.
    pub const WHAT_HAPPENS: &str = "what-happens";
    /// How long recovery takes.
    pub const RECOVERY: &str = "recovery";
    /// What it is like to live with.
    pub const DAILY_LIFE: &str = "daily-life";
    /// An outcome's label (`option-<id>-risk-<id>-label`).
    pub const LABEL: &str = "label";
    /// More about an outcome.
    pub const DETAIL: &str = "detail";
    /// What a change measures.
    pub const SCALE: &str = "scale";
    /// The unit after each number of a change.
    pub const SCALE_UNIT: &str = "scale-unit";
}

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

/// Whether a unit is (a block of) a narrative section, written in Markdown.
pub fn is_section(id: &str) -> bool {
    id.starts_with("section-")
}

/// The section a block's id belongs to (`about` for `section-about-3f9a2c`),
/// or `None` for any other id, a whole section's (`section-about`) included.
pub fn section_of_block(id: &str) -> Option<&str> {
    let rest = id.strip_prefix("section-")?;
    let (section, block) = rest.split_once('-')?;
    (!section.is_empty() && !block.is_empty()).then_some(section)
}

/// One block of a narrative section, as a unit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SectionBlock {
    /// The id: `section-<section>-<hash>`, six hex digits of the block's
    /// fingerprint, so an edit elsewhere in the section leaves it as it is;
    /// a block whose text appears earlier in the section too gets `-2`, `-3`, ….
    pub id: String,
    /// The block's inline Markdown.
    pub text: String,
    /// Paragraph, heading, point of a list, ….
    pub kind: SegmentKind,
    /// The text of the heading above it in the section, if any.
    pub heading: Option<String>,
}

/// The blocks of the section `section` (`about`) whose Markdown is `markdown`, in order.
pub fn section_blocks(section: &str, markdown: &str) -> Vec<SectionBlock> {
    let mut seen: BTreeMap<String, usize> = BTreeMap::new();
    let mut heading: Option<String> = None;
    let mut blocks = Vec::new();
    for segment in segments(markdown) {
        let base = format!("section-{section}-{}", &crate::hash::fingerprint(&segment.text)[..6]);
        let n = seen.entry(base.clone()).or_insert(0);
        *n += 1;
        let id = if *n == 1 { base } else { format!("{base}-{n}") };
        let above = heading.clone();
        if let SegmentKind::Heading(_) = segment.kind {
            heading = Some(segment.text.clone());
        }
        blocks.push(SectionBlock { id, text: segment.text, kind: segment.kind, heading: above });
    }
    blocks
}

/// What a translator is told about a block of a section.
fn block_context(section: &str, block: &SectionBlock) -> String {
    let what = match block.kind {
        SegmentKind::Paragraph => "A paragraph",
        SegmentKind::Heading(_) => "A heading",
        SegmentKind::ListItem { depth: 1 } => "A point of a list",
        SegmentKind::ListItem { .. } => "A point of a list inside a list",
        SegmentKind::TableCell => "A cell of a table",
        SegmentKind::Code => "Code, shown as written,",
        SegmentKind::Other => "A block",
    };
    let under = match (block.kind, block.heading.as_deref()) {
        (SegmentKind::Heading(_), _) | (_, None) => String::new(),
        (_, Some(h)) => format!(", under the heading \"{h}\""),
    };
    format!(
        "{what} of the section `{section}` ({section}.md){under}. Keep **bold**, *emphasis* and [words](address) \
         links; translate the words, not the marks. Headings, lists and paragraphs come from the source text: \
         write no `#`, `-` or blank line."
    )
}

/// One piece of source text a translator translates.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TextUnit<'a> {
    /// The Fluent message id (`option-nail-summary`).
    pub id: String,
    /// The source-language text.
    pub source: Cow<'a, str>,
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
    u.push(id::TITLE, &p.title, "The title of the page and of every leaflet (procedure.yaml: title). Keep it short.");
    u.push(id::SUMMARY, &p.summary, "One or two sentences under the title, also on the list of treatments (summary).");
    u.push(id::CONDITION, &p.condition, "What the condition is, near the top of the page (condition).");
    u.push(id::DECISION, &p.decision, "The decision the reader is making, in a box at the top (decision).");
    u.push(
        id::EVIDENCE_SUMMARY,
        &p.evidence.summary,
        "How strong the evidence is, in the evidence box (evidence.summary).",
    );
    u.texts(
        id::SPECIAL_ARRANGEMENTS,
        &p.special_arrangements.meaning,
        "One point of what NICE's special arrangements mean for the patient (special_arrangements.meaning",
    );
    u.texts(id::FOR, &p.audience.suits, "One point of the list of who the treatment is for (for");
    u.texts(id::NOT_FOR, &p.audience.not_for, "One point of the list of who it is not for (not_for");
    for option in &p.options {
        let o = |name: &str| option_field(&option.id, name);
        let at = |field: &str| format!("(options, `{}`: {field})", option.id);
        u.push(
            &o(id::NAME),
            &option.name,
            &format!(
                "The name of an option: a heading, a column of the table of options and a tab {}. Keep it short.",
                at("name")
            ),
        );
        u.push(
            &o(id::OPTION_SUMMARY),
            &option.summary,
            &format!("What the option is, in a sentence or two {}.", at("summary")),
        );
        u.push(
            &o(id::WHAT_HAPPENS),
            &option.what_happens,
            &format!("What happens if the reader chooses this option {}.", at("what_happens")),
        );
        u.push(&o(id::RECOVERY), &option.recovery, &format!("How long recovery takes {}.", at("recovery")));
        u.push(
            &o(id::DAILY_LIFE),
            &option.daily_life,
            &format!("What the option is like to live with {}.", at("daily_life")),
        );
        for (list, outcomes) in [(OutcomeList::Benefits, &option.benefits), (OutcomeList::Risks, &option.risks)] {
            let kind = if list == OutcomeList::Benefits { "benefit" } else { "risk" };
            for x in outcomes {
                let base = outcome(&option.id, list, &x.id);
                let at = format!("(options, `{}`: {}, `{}`", option.id, list.field(), x.id);
                u.push(
                    &field(&base, id::LABEL),
                    &x.label,
                    &format!(
                        "A {kind}, as a heading above its figure and in the table of options {at}: label). {NO_FIGURES}"
                    ),
                );
                if let Some(detail) = &x.detail {
                    u.push(
                        &field(&base, id::DETAIL),
                        detail,
                        &format!("More about the {kind}, under its figure {at}: detail). {NO_FIGURES}"),
                    );
                }
                if let Some(change) = &x.change {
                    u.push(
                        &field(&base, id::SCALE),
                        &change.scale.name,
                        &format!("What is measured, in the sentence that gives the change {at}: change.scale.name)."),
                    );
                    if let Some(unit) = &change.scale.unit {
                        u.push(
                            &field(&base, id::SCALE_UNIT),
                            unit,
                            &format!("The unit after each number, such as mmHg {at}: change.scale.unit)."),
                        );
                    }
                }
            }
        }
    }
    u.texts(id::UNCERTAINTY, &p.uncertainties, "One point of what nobody knows yet (uncertainties");
    u.texts(id::TEAM, &p.team, "Who helps the reader decide: one member of the team (team");
    u.texts(id::QUESTION, &p.questions, "A question the reader may want to ask (questions");
    u.texts(id::OUTCOMES_RECORDING, &p.outcomes_recording, "How the reader's results are recorded (outcomes_recording");
    if let Some(device) = &p.device_reporting {
        u.push(
            id::DEVICE_REPORTING,
            &device.text,
            "How to report a problem with a device, above the Yellow Card link (device_reporting.text).",
        );
    }
    u.push(
        id::UPDATE_POLICY,
        &p.update_policy,
        "How and when this information is updated, in \"About this information\" (update_policy).",
    );
    u.push(id::AUTHORS, &p.authors, "Who wrote and checked this information (authors).");
    u.push(id::FUNDING, &p.funding, "Who paid for it (funding).");
    for (id, text) in &p.sections {
        for block in section_blocks(id, text) {
            u.0.push(TextUnit {
                context: block_context(id, &block),
                id: block.id,
                source: Cow::Owned(block.text),
                markdown: true,
            });
        }
    }
    u.0
}

/// Units as they are gathered, each with its context.
struct Units<'a>(Vec<TextUnit<'a>>);

impl<'a> Units<'a> {
    fn push(&mut self, id: &str, source: &'a str, context: &str) {
        self.0.push(TextUnit {
            id: id.to_string(),
            source: Cow::Borrowed(source),
            markdown: false,
            context: context.to_string(),
        });
    }

    /// Each text of a list, its context naming the list and the text's id.
    fn texts(&mut self, prefix: &str, texts: &'a Texts, context: &str) {
        for (id, text) in texts {
            self.push(&field(prefix, id), text, &format!("{context}, `{id}`)."));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A block keeps its id when another block of the section changes, is
    /// added or goes; a block whose text repeats gets an id of its own.
    #[test]
    fn block_ids_survive_edits_elsewhere_in_the_section() {
        let before = section_blocks("about", "First.\n\n### Heading\n\n- one\n- one\n\nLast [link](#x).\n");
        let ids: Vec<&str> = before.iter().map(|b| b.id.as_str()).collect();
        assert_eq!(ids.len(), 5);
        assert!(ids.iter().all(|id| section_of_block(id) == Some("about")), "{ids:?}");
        assert_eq!(ids[3], format!("{}-2", ids[2]));
        assert_eq!(before[4].heading.as_deref(), Some("Heading"));
        let after =
            section_blocks("about", "First, changed.\n\n### Heading\n\nNew.\n\n- one\n- one\n\nLast [link](#x).\n");
        let kept: Vec<&str> = after.iter().map(|b| b.id.as_str()).filter(|id| ids.contains(id)).collect();
        assert_eq!(kept, ids[1..]);
        assert_eq!(section_of_block("section-about"), None);
        assert_eq!(section_of_block("title"), None);
    }
}
