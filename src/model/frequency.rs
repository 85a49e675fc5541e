//! How often something happens, as data: events of a population, a range, or not known.

use serde::de::{self, MapAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize};
use std::fmt;

/// A frequency as the content gives it. Written in YAML either as the word
/// `not-known` or as a mapping with `events` (or `range`) and `population`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub enum Frequency {
    /// Nobody has a trustworthy figure; the page says so plainly.
    NotKnown,
    /// A figure from a source.
    Measured(Measure),
}

/// A measured frequency: `events` of `population` or a `range` of events.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Measure {
    /// How many of the population had the outcome.
    #[serde(default)]
    pub events: Option<u64>,
    /// The lowest and highest counts, where a source gives a range.
    #[serde(default)]
    pub range: Option<(u64, u64)>,
    /// How many people (or bones) the figure is out of.
    pub population: u64,
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
}

/// What `events` counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize, Serialize)]
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
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize, Serialize)]
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
/// `by-end-of-treatment`, `{ months: 6 }` or `{ years: 2 }`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum TimeFrame {
    /// While the bone is being lengthened and healing.
    DuringTreatment,
    /// By the end of treatment.
    ByEndOfTreatment,
    /// Within this many months.
    Months(u32),
    /// Within this many years.
    Years(u32),
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
        f.write_str("`not-known`, or a mapping with `events` (or `range`) and `population`")
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
}

impl<'de> Deserialize<'de> for TimeFrame {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(TimeFrameVisitor)
    }
}

struct TimeFrameVisitor;

const TIME_FRAME_WORDS: &[&str] = &["during-treatment", "by-end-of-treatment", "months", "years"];

impl<'de> Visitor<'de> for TimeFrameVisitor {
    type Value = TimeFrame;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("`during-treatment`, `by-end-of-treatment`, `{ months: N }` or `{ years: N }`")
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<TimeFrame, E> {
        match v {
            "during-treatment" => Ok(TimeFrame::DuringTreatment),
            "by-end-of-treatment" => Ok(TimeFrame::ByEndOfTreatment),
            other => Err(E::unknown_variant(other, TIME_FRAME_WORDS)),
        }
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<TimeFrame, A::Error> {
        let key: String =
            map.next_key()?.ok_or_else(|| de::Error::custom("write `{ months: N }` or `{ years: N }`"))?;
        let frame = match key.as_str() {
            "months" => TimeFrame::Months(map.next_value()?),
            "years" => TimeFrame::Years(map.next_value()?),
            other => return Err(de::Error::unknown_field(other, &["months", "years"])),
        };
        if map.next_key::<String>()?.is_some() {
            return Err(de::Error::custom("a time frame has one entry: `{ months: N }` or `{ years: N }`"));
        }
        Ok(frame)
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
        assert!(serde_yaml::from_str::<TimeFrame>("soon").is_err());
    }

    #[test]
    fn frequencies_read_as_not_known_or_figures() {
        let f: Frequency = serde_yaml::from_str("not-known").unwrap();
        assert_eq!(f, Frequency::NotKnown);
        let f: Frequency = serde_yaml::from_str("{ events: 3, population: 100, unit: bones }").unwrap();
        assert!(matches!(f, Frequency::Measured(Measure { events: Some(3), population: 100, unit: Unit::Bones, .. })));
        let err = serde_yaml::from_str::<Frequency>("{ evnts: 3, population: 100 }").unwrap_err();
        assert!(err.to_string().contains("unknown field `evnts`"), "{err}");
    }
}
