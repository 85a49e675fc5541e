//! How often something happens, as data: events of a population, a range, or not known.

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::de::{self, MapAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize};
use std::fmt;

/// A frequency as the content gives it. Written in YAML as the word
/// `not-known`, as a mapping with `events` (or `range`, `percent`,
/// `percent_range`) and `population`, or as a list of such mappings at
/// later and later time points (`within 3 months`, then `at 12 months`).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[allow(
    clippy::large_enum_variant,
    reason = "one per outcome, read once: a box would cost every reader an indirection to save a few hundred bytes"
)]
pub enum Frequency {
    /// Nobody has a trustworthy figure; the page says so plainly.
    NotKnown,
    /// A figure from a source.
    Measured(Measure),
    /// The same outcome at several time points, in time order: shown as one row.
    Series(Vec<Measure>),
}

impl Frequency {
    /// Every figure, in time order.
    pub fn measures(&self) -> &[Measure] {
        match self {
            Frequency::NotKnown => &[],
            Frequency::Measured(m) => std::slice::from_ref(m),
            Frequency::Series(list) => list,
        }
    }
}

/// A measured frequency: `events` of `population`, a `range` of events, a
/// `percent` of `population`, or a `percent_range` where the source gives no
/// denominator.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Measure {
    /// How many of the population had the outcome.
    #[serde(default)]
    pub events: Option<u64>,
    /// The lowest and highest counts, where a source gives a range.
    #[serde(default)]
    pub range: Option<(u64, u64)>,
    /// The figure as the source gives it in percent (`78.3`), decimals kept.
    #[serde(default)]
    pub percent: Option<f64>,
    /// A range in percent with no denominator (`[4, 11]`): no study size to show.
    #[serde(default)]
    pub percent_range: Option<(f64, f64)>,
    /// How many people (or bones) the figure is out of: the study's size.
    #[serde(default)]
    pub population: Option<u64>,
    /// What was counted: people (the default) or lengthened bones.
    #[serde(default)]
    pub unit: Unit,
    /// Over what time the outcome was counted, or `not-reported` where the
    /// source does not say (the editor's answer to `no-time-frame`).
    #[serde(default)]
    pub time_frame: Option<Reported<TimeFrame>>,
    /// Whether `events` counts people (or bones) who had the outcome, or every
    /// time it happened (one bone can have several complications).
    #[serde(default)]
    pub counted: Counted,
    /// The source gives the figure as approximate ("about half"): never shown as exact.
    #[serde(default)]
    pub approximate: bool,
    /// The 95% confidence interval of this group's figure, in percent, or
    /// `not-reported` where the source gives none (the editor's answer to `small-study`).
    #[serde(default)]
    pub interval: Option<Reported<(f64, f64)>>,
    /// The comparison arm of the same study (sham, placebo, usual care, another option).
    #[serde(default)]
    pub comparison: Option<Arm>,
}

impl Measure {
    /// The time frame, where the source gives one.
    pub fn frame(&self) -> Option<TimeFrame> {
        self.time_frame.and_then(Reported::given)
    }

    /// The 95% interval in percent, where the source gives one.
    pub fn interval_given(&self) -> Option<(f64, f64)> {
        self.interval.and_then(Reported::given)
    }

    /// The figure as a percentage (the middle of a range), where it is one
    /// proportion of people or bones: what an interval must contain.
    pub fn percent_estimate(&self) -> Option<f64> {
        match (self.events, self.percent, self.population) {
            (Some(e), None, Some(n)) if n > 0 => Some(e as f64 * 100.0 / n as f64),
            (None, Some(p), _) => Some(p),
            _ => None,
        }
    }
}

/// A value the source may leave out: the value, or the editor's word that the
/// source does not give one (`not-reported`). Written in YAML as the value
/// itself or as the word `not-reported`.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Reported<T> {
    /// What the source gives.
    Given(T),
    /// The source does not report it: the editor looked.
    NotReported,
}

impl<T: Copy> Reported<T> {
    /// The value, where the source gives one.
    pub fn given(self) -> Option<T> {
        match self {
            Reported::Given(t) => Some(t),
            Reported::NotReported => None,
        }
    }
}

/// A figure from fewer people than this is a small study: `check` asks for its
/// interval (or `not-reported`), and every short form calls it a rough guide.
pub const SMALL_STUDY: u64 = 30;

/// The word an editor writes where the source does not report a value.
pub const NOT_REPORTED: &str = "not-reported";

/// The other arm of the same study, for a count.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Arm {
    /// What the arm had: `sham`, `placebo`, `usual-care`, `no-treatment`, or another option's id.
    pub arm: String,
    /// How many of the arm had the outcome.
    #[serde(default)]
    pub events: Option<u64>,
    /// Or the figure in percent.
    #[serde(default)]
    pub percent: Option<f64>,
    /// How many people were in the arm.
    #[serde(default)]
    pub population: Option<u64>,
    /// The 95% interval of the arm's figure, in percent, or `not-reported`.
    #[serde(default)]
    pub interval: Option<Reported<(f64, f64)>>,
}

impl Arm {
    /// The arm's figure as a percentage, where it has one: what its interval must contain.
    pub fn percent_estimate(&self) -> Option<f64> {
        match (self.events, self.percent, self.population) {
            (Some(e), None, Some(n)) if n > 0 => Some(e as f64 * 100.0 / n as f64),
            (None, Some(p), _) => Some(p),
            _ => None,
        }
    }
}

/// A continuous result: the change in a measure such as a symptom score or blood pressure.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Change {
    /// The measure: its name, unit, range and which direction is better.
    pub scale: MeasureScale,
    /// The average before treatment.
    #[serde(default)]
    pub before: Option<f64>,
    /// The average after treatment.
    #[serde(default)]
    pub after: Option<f64>,
    /// The average change (negative when it fell), where the source gives it instead.
    #[serde(default)]
    pub mean_change: Option<f64>,
    /// The 95% confidence interval of this group's change (within the group,
    /// not the difference between groups), or `not-reported`.
    #[serde(default)]
    pub interval: Option<Reported<(f64, f64)>>,
    /// How many people the result is from.
    #[serde(default)]
    pub population: Option<u64>,
    /// When it was measured, or `not-reported`.
    #[serde(default)]
    pub time_frame: Option<Reported<TimeFrame>>,
    /// The source gives the result as approximate.
    #[serde(default)]
    pub approximate: bool,
    /// The comparison arm of the same study.
    #[serde(default)]
    pub comparison: Option<ChangeArm>,
    /// The difference between this group and the comparison arm, as the study
    /// reports it (with its own interval): never worked out by informed.
    #[serde(default)]
    pub difference: Option<Difference>,
    /// Where there is no one trial: the average change in each of several
    /// studies (each with its size), shown as a range across them.
    #[serde(default)]
    pub studies: Vec<StudyChange>,
}

/// The difference between the treated group and the comparison arm, as the study reports it.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Difference {
    /// The treated group's average change minus the comparison arm's (negative:
    /// the treated group ended lower).
    pub mean: f64,
    /// Its 95% confidence interval, where the study gives one: if it spans 0,
    /// the difference could be down to chance.
    #[serde(default)]
    pub interval: Option<(f64, f64)>,
}

/// One study's average change, in a range across studies.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct StudyChange {
    /// The average before treatment.
    #[serde(default)]
    pub before: Option<f64>,
    /// The average after treatment.
    #[serde(default)]
    pub after: Option<f64>,
    /// The average change, where the study gives it instead.
    #[serde(default)]
    pub mean_change: Option<f64>,
    /// How many people the study's result is from.
    #[serde(default)]
    pub population: Option<u64>,
}

impl StudyChange {
    /// The study's average change, given directly or as after minus before.
    pub fn change(&self) -> Option<f64> {
        self.mean_change.or(match (self.before, self.after) {
            (Some(b), Some(a)) => Some(a - b),
            _ => None,
        })
    }
}

/// The scale a continuous result is measured on.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct MeasureScale {
    /// Its name, in the patient's words ("a shaking score").
    pub name: String,
    /// Its unit, where it has one (`mmHg`); scores have none.
    #[serde(default)]
    pub unit: Option<String>,
    /// The lowest possible value of a score.
    #[serde(default)]
    pub min: Option<f64>,
    /// The highest possible value of a score.
    #[serde(default)]
    pub max: Option<f64>,
    /// Which way is better.
    pub better: Better,
}

/// Which direction of a measure is better.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Better {
    /// Lower is better (symptoms, blood pressure).
    Lower,
    /// Higher is better (walking distance, quality of life).
    Higher,
}

/// The other arm of the same study, for a continuous result.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ChangeArm {
    /// What the arm had: `sham`, `placebo`, `usual-care`, `no-treatment`, or another option's id.
    pub arm: String,
    /// The arm's average before.
    #[serde(default)]
    pub before: Option<f64>,
    /// The arm's average after.
    #[serde(default)]
    pub after: Option<f64>,
    /// The arm's average change.
    #[serde(default)]
    pub mean_change: Option<f64>,
    /// How many people were in the arm.
    #[serde(default)]
    pub population: Option<u64>,
    /// The 95% interval of the arm's own change, or `not-reported`.
    #[serde(default)]
    pub interval: Option<Reported<(f64, f64)>>,
}

impl Change {
    /// The average change of the treated group, given directly or as after
    /// minus before; across studies, the middle of their range.
    pub fn change(&self) -> Option<f64> {
        if !self.studies.is_empty() {
            let (low, high) = self.study_range()?;
            return Some((low + high) / 2.0);
        }
        self.mean_change.or(match (self.before, self.after) {
            (Some(b), Some(a)) => Some(a - b),
            _ => None,
        })
    }

    /// The lowest and highest average change across `studies`, where each gives one.
    pub fn study_range(&self) -> Option<(f64, f64)> {
        let changes: Option<Vec<f64>> = self.studies.iter().map(StudyChange::change).collect();
        let changes = changes.filter(|c| !c.is_empty())?;
        let low = changes.iter().copied().fold(f64::INFINITY, f64::min);
        let high = changes.iter().copied().fold(f64::NEG_INFINITY, f64::max);
        Some((low, high))
    }

    /// The time frame, where the source gives one.
    pub fn frame(&self) -> Option<TimeFrame> {
        self.time_frame.and_then(Reported::given)
    }

    /// The within-group 95% interval, where the source gives one.
    pub fn interval_given(&self) -> Option<(f64, f64)> {
        self.interval.and_then(Reported::given)
    }

    /// How many people the result is from: the study's, or all studies' together.
    pub fn size(&self) -> Option<u64> {
        if self.studies.is_empty() { self.population } else { self.studies.iter().map(|s| s.population).sum() }
    }

    /// The smallest group a figure of this result comes from: the study, or the
    /// smallest of the studies.
    pub fn smallest_group(&self) -> Option<u64> {
        if self.studies.is_empty() { self.population } else { self.studies.iter().filter_map(|s| s.population).min() }
    }
}

impl ChangeArm {
    /// The arm's average change, given directly or as after minus before.
    pub fn change(&self) -> Option<f64> {
        self.mean_change.or(match (self.before, self.after) {
            (Some(b), Some(a)) => Some(a - b),
            _ => None,
        })
    }
}

/// The words a comparison arm may name besides an option's id.
pub const ARM_KINDS: &[&str] = &["sham", "placebo", "usual-care", "no-treatment"];

/// What `events` counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Counted {
    /// Each person (or bone) once: "34 in 100 people had this".
    #[default]
    Individuals,
    /// Every occurrence: "34 for every 100 bones". It can exceed the population,
    /// and it is never drawn as an icon array, which would suggest 34 different bones.
    Occurrences,
}

/// What a population counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Unit {
    /// People (patients).
    #[default]
    People,
    /// Lengthened bones: studies of limb lengthening often count each bone.
    Bones,
}

impl Unit {
    /// The key passed to Fluent, which picks the noun.
    pub fn key(self) -> &'static str {
        match self {
            Unit::People => "people",
            Unit::Bones => "bones",
        }
    }
}

/// Over what time an outcome was counted. In YAML: `during-treatment`,
/// `by-end-of-treatment`, `{ within: { months: 3 } }` (any time in the first
/// three months), `{ at: { months: 12 } }` (measured at twelve months).
/// `{ months: 6 }` and `{ years: 2 }` alone mean "within".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum TimeFrame {
    /// While the treatment goes on.
    DuringTreatment,
    /// By the end of treatment.
    ByEndOfTreatment,
    /// Within this many months.
    Months(u32),
    /// Within this many years.
    Years(u32),
    /// Measured at this many months.
    AtMonths(u32),
    /// Measured at this many years.
    AtYears(u32),
}

impl TimeFrame {
    /// Roughly how many months from the start this time frame reaches, to check
    /// that time points come in order; the two treatment-long frames come first.
    pub fn months(self) -> u32 {
        match self {
            TimeFrame::DuringTreatment | TimeFrame::ByEndOfTreatment => 0,
            TimeFrame::Months(n) | TimeFrame::AtMonths(n) => n,
            TimeFrame::Years(n) | TimeFrame::AtYears(n) => n.saturating_mul(12),
        }
    }
}

impl<'de> Deserialize<'de> for Frequency {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(FrequencyVisitor)
    }
}

struct FrequencyVisitor;

impl<'de> Visitor<'de> for FrequencyVisitor {
    type Value = Frequency;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("`not-known`, a figure with `events` and `population`, or a list of figures")
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Frequency, E> {
        if v == "not-known" {
            Ok(Frequency::NotKnown)
        } else {
            Err(E::custom(format!("`{v}` is not a frequency: write `not-known`, or give `events` and `population`")))
        }
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Frequency, A::Error> {
        Measure::deserialize(de::value::MapAccessDeserializer::new(map)).map(Frequency::Measured)
    }

    fn visit_seq<A: de::SeqAccess<'de>>(self, seq: A) -> Result<Frequency, A::Error> {
        Vec::<Measure>::deserialize(de::value::SeqAccessDeserializer::new(seq)).map(Frequency::Series)
    }
}

impl<'de> Deserialize<'de> for TimeFrame {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(TimeFrameVisitor)
    }
}

struct TimeFrameVisitor;

const TIME_FRAME_WORDS: &[&str] = &["during-treatment", "by-end-of-treatment"];

/// How a time frame is written, for messages and hints.
const TIME_FRAME_FORMS: &str =
    "`during-treatment`, `by-end-of-treatment`, `{ within: { months: 3 } }` or `{ at: { months: 12 } }`";

impl<'de> Visitor<'de> for TimeFrameVisitor {
    type Value = TimeFrame;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "a time frame: {TIME_FRAME_FORMS}")
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<TimeFrame, E> {
        match v {
            "during-treatment" => Ok(TimeFrame::DuringTreatment),
            "by-end-of-treatment" => Ok(TimeFrame::ByEndOfTreatment),
            "months" | "years" => Err(E::custom(format!("`{v}` needs a number: write {TIME_FRAME_FORMS}"))),
            other => {
                let near = crate::diagnostic::did_you_mean(other, TIME_FRAME_WORDS.iter().copied())
                    .map(|w| format!(" (did you mean `{w}`?)"))
                    .unwrap_or_default();
                Err(E::custom(format!("`{other}` is not a time frame{near}: write {TIME_FRAME_FORMS}")))
            }
        }
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<TimeFrame, A::Error> {
        let Some(key) = map.next_key::<String>()? else {
            return Err(de::Error::custom(format!("this time frame is empty: write {TIME_FRAME_FORMS}")));
        };
        let frame = match key.as_str() {
            "months" => TimeFrame::Months(map.next_value()?),
            "years" => TimeFrame::Years(map.next_value()?),
            "within" | "at" => {
                let span = map.next_value::<SpanValue>()?;
                match (key.as_str(), span.months, span.years) {
                    ("within", Some(n), None) => TimeFrame::Months(n),
                    ("within", None, Some(n)) => TimeFrame::Years(n),
                    ("at", Some(n), None) => TimeFrame::AtMonths(n),
                    ("at", None, Some(n)) => TimeFrame::AtYears(n),
                    _ => {
                        return Err(de::Error::custom(format!(
                            "give months or years, one of them: `{{ {key}: {{ months: 12 }} }}` or `{{ {key}: {{ years: 2 }} }}`"
                        )));
                    }
                }
            }
            other => {
                return Err(de::Error::custom(format!(
                    "`{other}` is not part of a time frame: write {TIME_FRAME_FORMS}"
                )));
            }
        };
        if map.next_key::<String>()?.is_some() {
            return Err(de::Error::custom(format!("a time frame has one entry: write {TIME_FRAME_FORMS}")));
        }
        Ok(frame)
    }
}

/// `{ months: N }` or `{ years: N }` inside `within` or `at`.
struct SpanValue {
    months: Option<u32>,
    years: Option<u32>,
}

impl<'de> Deserialize<'de> for SpanValue {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_map(SpanVisitor)
    }
}

struct SpanVisitor;

impl<'de> Visitor<'de> for SpanVisitor {
    type Value = SpanValue;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a number of months or years, like `{ months: 12 }` or `{ years: 2 }`")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<SpanValue, A::Error> {
        let mut span = SpanValue { months: None, years: None };
        while let Some(key) = map.next_key::<String>()? {
            match key.as_str() {
                "months" => span.months = Some(map.next_value()?),
                "years" => span.years = Some(map.next_value()?),
                other => {
                    return Err(de::Error::custom(format!(
                        "`{other}` is not a unit of time here: write `{{ months: 12 }}` or `{{ years: 2 }}`"
                    )));
                }
            }
        }
        Ok(span)
    }
}

impl<'de> Deserialize<'de> for Reported<TimeFrame> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct ReportedFrame;
        impl<'de> Visitor<'de> for ReportedFrame {
            type Value = Reported<TimeFrame>;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, "a time frame: {TIME_FRAME_FORMS}, or `{NOT_REPORTED}` where the source does not say")
            }

            fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
                if v == NOT_REPORTED {
                    return Ok(Reported::NotReported);
                }
                TimeFrameVisitor.visit_str(v).map(Reported::Given)
            }

            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
                TimeFrameVisitor.visit_map(map).map(Reported::Given)
            }
        }
        deserializer.deserialize_any(ReportedFrame)
    }
}

impl<'de> Deserialize<'de> for Reported<(f64, f64)> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct ReportedInterval;
        impl<'de> Visitor<'de> for ReportedInterval {
            type Value = Reported<(f64, f64)>;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, "two numbers in brackets, like [62, 85], or `{NOT_REPORTED}` where the source gives none")
            }

            fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
                if v == NOT_REPORTED {
                    Ok(Reported::NotReported)
                } else {
                    Err(E::custom(format!(
                        "`{v}` is not an interval: write two numbers in brackets, like [62, 85], or `{NOT_REPORTED}`"
                    )))
                }
            }

            fn visit_seq<A: de::SeqAccess<'de>>(self, seq: A) -> Result<Self::Value, A::Error> {
                <(f64, f64)>::deserialize(de::value::SeqAccessDeserializer::new(seq)).map(Reported::Given)
            }
        }
        deserializer.deserialize_any(ReportedInterval)
    }
}

/// The schema editors' tools check `frequency` against: the same three forms
/// the hand-written deserializer above accepts.
impl JsonSchema for Frequency {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Frequency".into()
    }

    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        let measure = generator.subschema_for::<Measure>();
        json_schema!({
            "description": "How often: `not-known`, a figure (`events` and `population`, a `range`, a `percent`), or a list of figures at later and later time points.",
            "oneOf": [
                { "const": "not-known", "description": "Nobody has a trustworthy figure; the page says so plainly." },
                measure,
                { "type": "array", "items": measure, "minItems": 1 }
            ]
        })
    }
}

/// A time frame, or `not-reported`.
impl JsonSchema for Reported<TimeFrame> {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "TimeFrameOrNotReported".into()
    }

    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        let frame = generator.subschema_for::<TimeFrame>();
        json_schema!({
            "description": "Over what time the figure was counted, or `not-reported` where the source does not say.",
            "oneOf": [frame, { "const": NOT_REPORTED }]
        })
    }
}

/// A 95% interval, or `not-reported`.
impl JsonSchema for Reported<(f64, f64)> {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "IntervalOrNotReported".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "The 95% confidence interval as the source gives it, lower first, or `not-reported` where the source gives none.",
            "oneOf": [
                { "type": "array", "items": { "type": "number" }, "minItems": 2, "maxItems": 2 },
                { "const": NOT_REPORTED }
            ]
        })
    }
}

/// The time-frame forms the hand-written deserializer above accepts.
impl JsonSchema for TimeFrame {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "TimeFrame".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        let count = json_schema!({ "type": "integer", "minimum": 0 });
        let span = json_schema!({
            "type": "object",
            "oneOf": [
                { "properties": { "months": count }, "required": ["months"], "additionalProperties": false },
                { "properties": { "years": count }, "required": ["years"], "additionalProperties": false }
            ]
        });
        let one = |key: &str, value: &Schema| {
            json_schema!({
                "type": "object",
                "properties": { key: value },
                "required": [key],
                "additionalProperties": false
            })
        };
        json_schema!({
            "description": "Over what time an outcome was counted: `during-treatment`, `by-end-of-treatment`, `{ within: { months: 3 } }`, `{ at: { months: 12 } }`; `{ months: 6 }` or `{ years: 2 }` alone mean within.",
            "oneOf": [
                { "enum": TIME_FRAME_WORDS },
                one("months", &count),
                one("years", &count),
                one("within", &span),
                one("at", &span)
            ]
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn time_frames_read_as_words_or_counts() {
        let f: TimeFrame = serde_yaml::from_str("during-treatment").unwrap();
        assert_eq!(f, TimeFrame::DuringTreatment);
        let f: TimeFrame = serde_yaml::from_str("{ months: 6 }").unwrap();
        assert_eq!(f, TimeFrame::Months(6));
        assert!(serde_yaml::from_str::<TimeFrame>("{ weeks: 6 }").is_err());
        let f: TimeFrame = serde_yaml::from_str("{ at: { months: 12 } }").unwrap();
        assert_eq!(f, TimeFrame::AtMonths(12));
        let f: TimeFrame = serde_yaml::from_str("{ within: { years: 2 } }").unwrap();
        assert_eq!(f, TimeFrame::Years(2));
        let err = serde_yaml::from_str::<TimeFrame>("months").unwrap_err().to_string();
        assert!(err.contains("{ within: { months: 3 } }"), "{err}");
        assert!(serde_yaml::from_str::<TimeFrame>("soon").is_err());
    }

    #[test]
    fn frequencies_read_as_not_known_or_figures() {
        let f: Frequency = serde_yaml::from_str("not-known").unwrap();
        assert_eq!(f, Frequency::NotKnown);
        let f: Frequency = serde_yaml::from_str("{ events: 3, population: 100, unit: bones }").unwrap();
        assert!(matches!(
            f,
            Frequency::Measured(Measure { events: Some(3), population: Some(100), unit: Unit::Bones, .. })
        ));
        let f: Frequency =
            serde_yaml::from_str("[{ events: 3, population: 10 }, { events: 1, population: 10 }]").unwrap();
        assert_eq!(f.measures().len(), 2);
        let err = serde_yaml::from_str::<Frequency>("{ evnts: 3, population: 100 }").unwrap_err();
        assert!(err.to_string().contains("unknown field `evnts`"), "{err}");
    }
}
