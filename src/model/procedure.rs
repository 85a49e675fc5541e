//! `content/procedures/<slug>/procedure.yaml` and its Markdown sections.

use super::{Change, Date, Frequency, Texts};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// One procedure: the facts, the options and the evidence behind them.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Procedure {
    /// The folder name under `content/procedures/`, used in URLs. Set by the loader.
    #[serde(skip)]
    pub slug: String,
    /// The page title, in words a patient would use.
    pub title: String,
    /// One or two sentences saying what this information is about.
    pub summary: String,
    /// The guidance this information follows.
    pub guidance: Guidance,
    /// Published, last reviewed, next review.
    pub dates: Dates,
    /// How and when this information is updated.
    pub update_policy: String,
    /// Who wrote and checked this information.
    pub authors: String,
    /// Who paid for it, and any conflicts of interest.
    pub funding: String,
    /// How strong the evidence is, said plainly.
    pub evidence: Evidence,
    /// Whether special arrangements apply, and what they mean for the patient.
    pub special_arrangements: SpecialArrangements,
    /// The condition the procedure treats.
    pub condition: String,
    /// Who the procedure is for and who it is not for.
    pub audience: Audience,
    /// The decision the patient is making.
    pub decision: String,
    /// The options, always including doing nothing or waiting.
    pub options: Vec<ProcedureOption>,
    /// What nobody knows yet, and why it matters for this decision.
    pub uncertainties: Texts,
    /// The people who help the patient decide and care for them.
    pub team: Texts,
    /// Questions the patient may want to ask, beyond the standard prompts.
    pub questions: Texts,
    /// How the patient's outcomes are recorded (audit, registry, research), and why.
    pub outcomes_recording: Texts,
    /// How to report a problem with a medical device: only where a device is
    /// implanted (NICE's Yellow Card recommendation).
    #[serde(default)]
    pub device_reporting: Option<DeviceReporting>,
    /// The team patients contact about this procedure, where it is not the
    /// site's (a library's procedures belong to different services).
    #[serde(default)]
    pub contact: Option<super::Contact>,
    /// The outcomes recorded for every patient, where the procedure is audited.
    #[serde(default)]
    pub audit: Option<super::Audit>,
    /// The evidence cited by this information.
    pub sources: Vec<Source>,
    /// Narrative sections, read from Markdown files beside `procedure.yaml`.
    #[serde(skip)]
    pub sections: Sections,
}

/// Guidance from a national body, such as NICE interventional procedures guidance.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Guidance {
    /// Who issued it (`NICE`).
    pub body: String,
    /// Its reference (`IPG718`).
    pub id: String,
    /// Its title, as issued.
    pub title: String,
    /// Where to read it.
    pub url: String,
    /// When it was issued (`2022-03`).
    pub issued: Date,
    /// The guidance's information for the public, which patients are to be given too.
    #[serde(default)]
    pub for_the_public: Option<String>,
    /// The outcomes the guidance names as key to efficacy and safety (outcome
    /// ids of the audited option): each must be in the audit.
    #[serde(default)]
    pub key_outcomes: Vec<String>,
}

/// The dates that tell a reader how current the information is.
#[derive(Debug, Clone, Copy, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Dates {
    /// When this version was first published.
    pub published: Date,
    /// When the content was last checked against the evidence.
    pub reviewed: Date,
    /// When it will next be checked.
    pub next_review: Date,
}

/// The evidence behind the procedure, graded and explained.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Evidence {
    /// An overall grade, shown with a plain-words explanation from the locale.
    pub quality: EvidenceQuality,
    /// What the evidence is and what that means for the patient.
    pub summary: String,
}

/// How much trust the evidence deserves overall.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum EvidenceQuality {
    /// Many good studies agree.
    Strong,
    /// Some good studies.
    Moderate,
    /// Few studies, or studies of low quality.
    Limited,
    /// Almost no evidence.
    VeryLimited,
}

impl EvidenceQuality {
    /// The key the locale uses for this grade.
    pub fn key(self) -> &'static str {
        match self {
            EvidenceQuality::Strong => "strong",
            EvidenceQuality::Moderate => "moderate",
            EvidenceQuality::Limited => "limited",
            EvidenceQuality::VeryLimited => "very-limited",
        }
    }
}

/// NICE's "special arrangements", explained for a patient.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SpecialArrangements {
    /// Whether the guidance asks for special arrangements.
    pub apply: bool,
    /// Why: the evidence on efficacy, on safety, or on both is not enough.
    #[serde(default)]
    pub reason: Option<ArrangementReason>,
    /// What that means for the patient, point by point.
    #[serde(default)]
    pub meaning: Texts,
}

/// What the guidance found too uncertain to allow standard arrangements.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum ArrangementReason {
    /// How well it works.
    Efficacy,
    /// How safe it is.
    Safety,
    /// Both.
    Both,
}

impl ArrangementReason {
    /// The key the locale uses.
    pub fn key(self) -> &'static str {
        match self {
            ArrangementReason::Efficacy => "efficacy",
            ArrangementReason::Safety => "safety",
            ArrangementReason::Both => "both",
        }
    }
}

/// Who the procedure is for.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Audience {
    /// People it may suit.
    #[serde(rename = "for")]
    pub suits: Texts,
    /// People it is not meant for.
    pub not_for: Texts,
}

/// One option the patient can choose, including doing nothing.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ProcedureOption {
    /// A stable id (`nail`), used in links and translation keys.
    pub id: String,
    /// What sort of option this is.
    pub kind: OptionKind,
    /// Whether it leaves a device in the body: then the page says how to report a problem with it.
    #[serde(default)]
    pub implant: bool,
    /// A short name.
    pub name: String,
    /// What the option is, in a sentence or two.
    pub summary: String,
    /// What happens if you choose it.
    pub what_happens: String,
    /// How long recovery takes and what it is like.
    pub recovery: String,
    /// What it is like to live with: body, feelings, daily life.
    pub daily_life: String,
    /// Good things that may happen.
    pub benefits: Vec<Outcome>,
    /// Bad things that may happen.
    pub risks: Vec<Outcome>,
}

/// The sort of option: the checker needs to know which one is doing nothing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum OptionKind {
    /// An operation or procedure.
    Surgical,
    /// Help without an operation.
    NonSurgical,
    /// Doing nothing, or waiting.
    Nothing,
}

/// A benefit or a risk: how often it happens (`frequency`), how much a
/// measure changes (`change`), or a fact that is always true of the option
/// (`fact: true`), with where that comes from.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Outcome {
    /// A stable id. The same id under different options makes a comparison:
    /// those figures are shown out of the same number of people.
    pub id: String,
    /// What happens, as a short phrase (`The nail breaks`); for a fact, the fact.
    pub label: String,
    /// More about it, where useful.
    #[serde(default)]
    pub detail: Option<String>,
    /// How often it happens.
    #[serde(default)]
    pub frequency: Option<Frequency>,
    /// How much a measure changes.
    #[serde(default)]
    pub change: Option<Change>,
    /// Always true of this option ("only one side is treated"): never a frequency.
    #[serde(default)]
    pub fact: bool,
    /// The id of the source that this outcome and its figure come from.
    pub source: String,
    /// How sure we can be of the figure (GRADE), where the evidence was graded.
    #[serde(default)]
    pub certainty: Option<Certainty>,
}

/// What kind of evidence an outcome holds.
#[derive(Debug, Clone, Copy)]
pub enum OutcomeKind<'a> {
    /// How often: a count, a series of counts, or not known.
    Count(&'a Frequency),
    /// How much a measure changes.
    Change(&'a Change),
    /// A fact of the option.
    Fact,
}

/// Which list of an option an outcome is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OutcomeList {
    /// `benefits`.
    Benefits,
    /// `risks`.
    Risks,
}

impl OutcomeList {
    /// The field's name in `procedure.yaml`.
    pub fn field(self) -> &'static str {
        match self {
            OutcomeList::Benefits => "benefits",
            OutcomeList::Risks => "risks",
        }
    }
}

/// One outcome id with every option that reports it. Outcomes that share an
/// id across options are compared: side by side, on one denominator.
#[derive(Debug)]
pub struct OutcomeGroup<'a> {
    /// The outcome id.
    pub id: &'a str,
    /// Each option's outcome with this id, in option order.
    pub members: Vec<GroupMember<'a>>,
}

/// One option's outcome in a group.
#[derive(Debug)]
pub struct GroupMember<'a> {
    /// The option's index in `options`.
    pub option: usize,
    /// Benefits or risks.
    pub list: OutcomeList,
    /// The outcome's index in its list.
    pub index: usize,
    /// The outcome.
    pub outcome: &'a Outcome,
}

impl OutcomeGroup<'_> {
    /// Whether more than one option reports this outcome.
    pub fn is_compared(&self) -> bool {
        self.members.len() > 1
    }
}

impl GroupMember<'_> {
    /// The outcome's place in `procedure.yaml` (`options.0.risks.2`).
    pub fn path(&self) -> String {
        format!("options.{}.{}.{}", self.option, self.list.field(), self.index)
    }
}

impl Procedure {
    /// Every outcome id with the options that report it, in order of first
    /// appearance (options in order, benefits before risks). The one place
    /// that decides which outcomes are compared.
    pub fn outcome_groups(&self) -> Vec<OutcomeGroup<'_>> {
        let mut groups: Vec<OutcomeGroup<'_>> = Vec::new();
        for (option, o) in self.options.iter().enumerate() {
            for (list, outcomes) in [(OutcomeList::Benefits, &o.benefits), (OutcomeList::Risks, &o.risks)] {
                for (index, outcome) in outcomes.iter().enumerate() {
                    let member = GroupMember { option, list, index, outcome };
                    match groups.iter_mut().find(|g| g.id == outcome.id) {
                        Some(group) => group.members.push(member),
                        None => groups.push(OutcomeGroup { id: &outcome.id, members: vec![member] }),
                    }
                }
            }
        }
        groups
    }
}

impl Outcome {
    /// What kind of evidence this is. `check` makes sure exactly one is given;
    /// unchecked, a count wins, then a change, then a fact, then "not known".
    pub fn kind(&self) -> OutcomeKind<'_> {
        const NOT_KNOWN: &Frequency = &Frequency::NotKnown;
        match (&self.frequency, &self.change, self.fact) {
            (Some(f), ..) => OutcomeKind::Count(f),
            (None, Some(c), _) => OutcomeKind::Change(c),
            (None, None, true) => OutcomeKind::Fact,
            (None, None, false) => OutcomeKind::Count(NOT_KNOWN),
        }
    }

    /// The counts of this outcome, if it is a count.
    pub fn measures(&self) -> &[super::Measure] {
        self.frequency.as_ref().map_or(&[], Frequency::measures)
    }
}

/// GRADE's four levels of certainty.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Certainty {
    /// The true figure is probably close to this one.
    High,
    /// The true figure is probably close, but may be quite different.
    Moderate,
    /// The true figure may be quite different.
    Low,
    /// The true figure is likely to be quite different.
    VeryLow,
}

impl Certainty {
    /// The key the locale uses.
    pub fn key(self) -> &'static str {
        match self {
            Certainty::High => "high",
            Certainty::Moderate => "moderate",
            Certainty::Low => "low",
            Certainty::VeryLow => "very-low",
        }
    }
}

/// How to report a problem with a medical device.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DeviceReporting {
    /// What to do, in plain words.
    pub text: String,
    /// Where to report (the MHRA Yellow Card site).
    pub url: String,
}

/// A piece of evidence cited by the page.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// A stable id that outcomes cite.
    pub id: String,
    /// What kind of evidence it is; this decides how a figure is labelled.
    pub kind: SourceKind,
    /// The reference, as a reader would look it up.
    pub citation: String,
    /// Where to read it.
    #[serde(default)]
    pub url: Option<String>,
    /// Year of publication, where known.
    #[serde(default)]
    pub year: Option<u16>,
    /// How many people or bones the study looked at.
    #[serde(default)]
    pub size: Option<u64>,
    /// What `size` counts.
    #[serde(default)]
    pub unit: super::Unit,
    /// The id of a review that reports this study's figures, where they were read there.
    #[serde(default)]
    pub as_reported_in: Option<String>,
}

/// Kinds of evidence, from guidance to a single case.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum SourceKind {
    /// Guidance from a national body.
    Guidance,
    /// A review that pools many studies.
    SystematicReview,
    /// A trial in which chance decided who had which treatment.
    RandomisedTrial,
    /// A randomised trial against a pretend treatment, so nobody knew who had the real one.
    ShamControlledTrial,
    /// A study that followed a group of people over time.
    Cohort,
    /// A record of everyone who had a treatment.
    Registry,
    /// A study comparing groups.
    ComparativeStudy,
    /// A series of patients treated in one or a few centres.
    CaseSeries,
    /// What the team that wrote the information sees in its own clinic. It may
    /// support a description, never a figure.
    TeamExperience,
    /// Anything else.
    Other,
}

impl SourceKind {
    /// The key the locale uses for this kind.
    pub fn key(self) -> &'static str {
        match self {
            SourceKind::Guidance => "guidance",
            SourceKind::SystematicReview => "systematic-review",
            SourceKind::RandomisedTrial => "randomised-trial",
            SourceKind::ShamControlledTrial => "sham-controlled-trial",
            SourceKind::Cohort => "cohort",
            SourceKind::Registry => "registry",
            SourceKind::ComparativeStudy => "comparative-study",
            SourceKind::CaseSeries => "case-series",
            SourceKind::TeamExperience => "team-experience",
            SourceKind::Other => "other",
        }
    }
}

/// The Markdown narrative sections a procedure may have, in page order.
/// Each is a file `<id>.md` beside `procedure.yaml`.
pub const SECTION_IDS: [&str; 4] = ["about", "before", "during", "after"];

/// Narrative sections as Markdown source, keyed by id, in [`SECTION_IDS`] order.
pub type Sections = indexmap::IndexMap<String, String>;
