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
    /// Over what time the outcome was counted, where the source says.
    #[serde(default)]
    pub time_frame: Option<TimeFrame>,
    /// Whether `events` counts people (or bones) who had the outcome, or every
    /// time it happened (one bone can have several complications).
    #[serde(default)]
    pub counted: Counted,
    /// The source gives the figure as approximate ("about half"): never shown as exact.
    #[serde(default)]
    pub approximate: bool,
    /// The 95% confidence interval, in percent, where the source gives one.
    #[serde(default)]
    pub interval: Option<(f64, f64)>,
    /// The comparison arm of the same study (sham, placebo, usual care, another option).
    #[serde(default)]
    pub comparison: Option<Arm>,
}

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
    /// The 95% confidence interval of the change, where the source gives one.
    #[serde(default)]
    pub interval: Option<(f64, f64)>,
    /// How many people the result is from.
    #[serde(default)]
    pub population: Option<u64>,
    /// When it was measured.
    #[serde(default)]
    pub time_frame: Option<TimeFrame>,
    /// The source gives the result as approximate.
    #[serde(default)]
    pub approximate: bool,
    /// The comparison arm of the same study.
    #[serde(default)]
    pub comparison: Option<ChangeArm>,
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
}

impl Change {
    /// The average change of the treated group, given directly or as after minus before.
    pub fn change(&self) -> Option<f64> {
        self.mean_change.or(match (self.before, self.after) {
            (Some(b), Some(a)) => Some(a - b),
            _ => None,
        })
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

/// How a time frame is written, for hints.
const TIME_FRAME_FORMS: &str =
    "write `during-treatment`, `by-end-of-treatment`, `{ within: { months: 3 } }` or `{ at: { months: 12 } }`";

impl<'de> Visitor<'de> for TimeFrameVisitor {
    type Value = TimeFrame;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(TIME_FRAME_FORMS)
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<TimeFrame, E> {
        match v {
            "during-treatment" => Ok(TimeFrame::DuringTreatment),
            "by-end-of-treatment" => Ok(TimeFrame::ByEndOfTreatment),
            "months" | "years" => Err(E::custom(format!("`{v}` needs a number: {TIME_FRAME_FORMS}"))),
            other => Err(E::unknown_variant(other, TIME_FRAME_WORDS)),
        }
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<TimeFrame, A::Error> {
        let key: String = map.next_key()?.ok_or_else(|| de::Error::custom(TIME_FRAME_FORMS))?;
        let frame = match key.as_str() {
            "months" => TimeFrame::Months(map.next_value()?),
            "years" => TimeFrame::Years(map.next_value()?),
            "within" | "at" => {
                let span: Span = map.next_value()?;
                match (key.as_str(), span.months, span.years) {
                    ("within", Some(n), None) => TimeFrame::Months(n),
                    ("within", None, Some(n)) => TimeFrame::Years(n),
                    ("at", Some(n), None) => TimeFrame::AtMonths(n),
                    ("at", None, Some(n)) => TimeFrame::AtYears(n),
                    _ => return Err(de::Error::custom(format!("give months or years, not both: {TIME_FRAME_FORMS}"))),
                }
            }
            other => return Err(de::Error::unknown_field(other, &["within", "at", "months", "years"])),
        };
        if map.next_key::<String>()?.is_some() {
            return Err(de::Error::custom(format!("a time frame has one entry: {TIME_FRAME_FORMS}")));
        }
        Ok(frame)
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

/// `{ months: N }` or `{ years: N }` inside `within` or `at`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Span {
    #[serde(default)]
    months: Option<u32>,
    #[serde(default)]
    years: Option<u32>,
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
