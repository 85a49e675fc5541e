//! One benefit or risk, phrased for the page: a count as a natural frequency
//! (with its comparison arm, time points, scale word and icon array), a
//! continuous result in words and numbers with a bar for each arm, or a fact
//! of the option; always with its source, study size and certainty.

use super::Words;
use crate::l10n::Arg;
use crate::l10n::units;
use crate::model::{
    Better, Change, Counted, Frequency, Measure, Outcome, OutcomeKind, RiskScale, Source, SourceKind, TimeFrame,
};
use crate::risk::{self, IconArray, Phrase, band};
use serde::Serialize;
use std::collections::BTreeMap;

/// A benefit or a risk as the page shows it.
#[derive(Debug, Clone, Serialize)]
pub struct OutcomeView {
    /// The content's id, for anchors.
    pub id: String,
    /// What happens, as a short phrase; for a fact, the fact.
    pub label: String,
    /// More about it.
    pub detail: Option<String>,
    /// `count`, `change`, `fact` or `not-known`.
    pub kind: &'static str,
    /// Whether a figure is known.
    pub known: bool,
    /// The figure in words, without its time frame ("About 34 in 100 lengthened bones (very common)"),
    /// or the plain statement that nobody knows.
    pub statement: String,
    /// The other side ("About 66 in 100 did not."), where it helps.
    pub others: Option<String>,
    /// Over what time, where known ("within 3 months").
    pub time_frame: Option<String>,
    /// Every figure with its time frame, as the page prints it: one sentence
    /// per time point, each with its comparison arm.
    pub line: String,
    /// What a reader must know to read the figure right: how rare "none" may
    /// still be, the range of likely values, that the source gives it as approximate.
    pub notes: Vec<String>,
    /// How sure we can be of the figure, in words, where the evidence was graded.
    pub certainty: Option<String>,
    /// Where the figure comes from ("From a trial against a pretend treatment in 76 people").
    pub study: String,
    /// The number of the cited source in the page's list.
    pub source_number: usize,
    /// The anchor of the cited source.
    pub source_anchor: String,
    /// Icon arrays: one for the figure and one for its comparison arm, at the first time point.
    pub pictures: Vec<Picture>,
    /// The first icon array, for templates that show one.
    pub icons: Option<IconArray>,
    /// The first icon array's text alternative: says what the statement says.
    pub icons_alt: String,
    /// Bars for a continuous result, one per arm.
    pub chart: Option<ChangeChart>,
}

/// One icon array with its caption and text alternative.
#[derive(Debug, Clone, Serialize)]
pub struct Picture {
    /// Whose figure this is ("After this treatment", "After the pretend treatment").
    pub caption: Option<String>,
    /// The array.
    pub icons: IconArray,
    /// Its text alternative.
    pub alt: String,
}

/// Bars for the average change in each arm, as percentages of the widest.
#[derive(Debug, Clone, Serialize)]
pub struct ChangeChart {
    /// One bar per arm, the treatment first.
    pub bars: Vec<Bar>,
    /// The chart's text alternative: says what the statement says.
    pub alt: String,
}

/// One bar.
#[derive(Debug, Clone, Serialize)]
pub struct Bar {
    /// Whose change it is.
    pub label: String,
    /// The change in words ("fell by 8.5").
    pub value: String,
    /// Its length as a percentage of the chart's width (0 to 100, whole numbers).
    pub width: u32,
    /// Whether the change went the better way.
    pub better: bool,
}

/// Everything needed to phrase outcomes on one page.
pub(super) struct Phrasing<'a> {
    pub words: &'a Words<'a>,
    pub scale: RiskScale,
    pub sources: &'a [Source],
    pub right_to_left: bool,
    /// Each option's name in the page's language, for comparison arms that name an option.
    pub option_names: &'a BTreeMap<String, String>,
}

impl Phrasing<'_> {
    /// Phrases `outcome` (whose translation units start with `unit`) out of `denominator`.
    pub fn outcome(&self, outcome: &Outcome, unit: &str, denominator: u64) -> Result<OutcomeView, String> {
        let w = self.words;
        let source_index = self.sources.iter().position(|s| s.id == outcome.source).unwrap_or(0);
        let source = self.sources.get(source_index);
        let mut view = OutcomeView {
            id: outcome.id.clone(),
            label: w.text(&units::field(unit, "label"), &outcome.label)?,
            detail: match &outcome.detail {
                Some(d) => Some(w.text(&units::field(unit, "detail"), d)?),
                None => None,
            },
            kind: "not-known",
            known: false,
            statement: w.ui("freq-not-known", &[])?,
            others: None,
            time_frame: None,
            line: String::new(),
            notes: Vec::new(),
            certainty: match outcome.certainty {
                Some(c) => Some(w.ui("certainty", &[("level", Arg::from(c.key()))])?),
                None => None,
            },
            study: match source {
                Some(s) => self.study(s)?,
                None => String::new(),
            },
            source_number: source_index + 1,
            source_anchor: format!("source-{}", outcome.source),
            pictures: Vec::new(),
            icons: None,
            icons_alt: String::new(),
            chart: None,
        };
        view.line = view.statement.clone();
        match outcome.kind() {
            OutcomeKind::Fact => {
                view.kind = "fact";
                view.known = true;
                view.statement = view.label.clone();
                view.line = w.ui("fact-line", &[])?;
            }
            OutcomeKind::Change(c) => self.change(&mut view, c, unit)?,
            OutcomeKind::Count(Frequency::NotKnown) => {}
            OutcomeKind::Count(f) => self.counts(&mut view, f.measures(), denominator)?,
        }
        Ok(view)
    }

    /// One or more counts at successive time points.
    fn counts(&self, view: &mut OutcomeView, measures: &[Measure], denominator: u64) -> Result<(), String> {
        let mut lines = Vec::new();
        for (k, m) in measures.iter().enumerate() {
            let Some(point) = self.count(m, denominator)? else {
                continue;
            };
            let time_frame = match m.time_frame {
                Some(t) => Some(time_frame(self.words, t)?),
                None => None,
            };
            let line = self.line(&point.statement, time_frame.as_deref())?;
            if k == 0 || !view.known {
                view.known = true;
                view.kind = "count";
                view.statement = point.statement.clone();
                view.others = point.others.clone();
                view.time_frame = time_frame;
                view.pictures = point.pictures;
                if let Some(first) = view.pictures.first() {
                    view.icons = Some(first.icons.clone());
                    view.icons_alt = first.alt.clone();
                }
            }
            view.notes.extend(point.notes);
            lines.push(line);
        }
        if lines.len() > 1 {
            // "did not" belongs to one time point; beside several it would mislead.
            view.others = None;
        }
        if !lines.is_empty() {
            view.line = lines.join(" ");
        }
        Ok(())
    }

    /// One count, with its comparison arm; `None` where it holds no figure.
    fn count(&self, m: &Measure, denominator: u64) -> Result<Option<Point>, String> {
        let w = self.words;
        let phrase = risk::phrase(m, denominator);
        if phrase == Phrase::NotKnown {
            return Ok(None);
        }
        let unit_key = Arg::from(m.unit.key());
        let d = ("denominator", Arg::from(denominator));
        let mut notes = Vec::new();
        if m.counted == Counted::Occurrences {
            // A count of occurrences: no scale word, no "did not", no icon array,
            // since each would suggest that many different people or bones.
            let (id, events) = match phrase {
                Phrase::Exact { events, .. } => ("freq-rate-exact", events),
                Phrase::About { events, .. } => ("freq-rate-about", events),
                _ => ("freq-rate-fewer-than-one", 1),
            };
            let statement = w.ui(id, &[("events", events.into()), d, ("unit", unit_key)])?;
            return Ok(Some(Point { statement, others: None, notes, pictures: Vec::new() }));
        }
        let (statement, picture) = self.figure(phrase, risk::ratio(m), m.unit.key(), &mut notes)?;
        let mut others = match phrase {
            Phrase::Exact { events, .. } if events < denominator && events > 0 && m.comparison.is_none() => {
                Some(w.ui("freq-others-exact", &[("events", (denominator - events).into()), d.clone()])?)
            }
            Phrase::About { events, .. } if m.comparison.is_none() => {
                Some(w.ui("freq-others-about", &[("events", (denominator - events).into()), d.clone()])?)
            }
            _ => None,
        };
        if m.approximate {
            notes.push(w.ui("freq-approximate", &[])?);
        }
        if let Some((low, high)) = m.interval {
            let scaled = |p: f64| Arg::from((p * denominator as f64 / 100.0).round() as u64);
            notes.push(w.ui("freq-interval", &[("low", scaled(low)), ("high", scaled(high)), d.clone()])?);
        }
        let mut pictures = Vec::new();
        let statement = match &m.comparison {
            None => {
                if let Some((filled, uncertain)) = picture {
                    pictures.push(self.picture(denominator, filled, uncertain, &statement, None)?);
                }
                statement
            }
            Some(arm) => {
                others = None;
                let arm_name = self.arm_name(&arm.arm)?;
                let arm_phrase = risk::phrase_arm(arm, m.approximate, denominator);
                let (arm_statement, arm_picture) =
                    self.figure(arm_phrase, risk::arm_ratio(arm), m.unit.key(), &mut notes)?;
                let both = w.ui(
                    "freq-compared",
                    &[
                        ("statement", Arg::Text(statement.clone())),
                        ("arm-statement", Arg::Text(arm_statement.clone())),
                        ("arm", Arg::Text(arm_name.clone())),
                    ],
                )?;
                if let (Some((f, u)), Some((af, au))) = (picture, arm_picture) {
                    let this = w.ui("arm-this-caption", &[])?;
                    let other = w.ui("arm-caption", &[("arm", Arg::Text(arm_name.clone()))])?;
                    pictures.push(self.picture(denominator, f, u, &statement, Some(this))?);
                    pictures.push(self.picture(denominator, af, au, &arm_statement, Some(other))?);
                }
                if let Some(n) = arm.population {
                    notes.push(w.ui("arm-size", &[("arm", Arg::Text(arm_name)), ("size", n.into())])?);
                }
                both
            }
        };
        Ok(Some(Point { statement, others, notes, pictures }))
    }

    /// A phrase in words with its scale word, and what its icon array fills
    /// (`None` where a picture would claim more than the data: nobody had it).
    fn figure(
        &self,
        phrase: Phrase,
        ratio: Option<risk::Ratio>,
        unit: &str,
        notes: &mut Vec<String>,
    ) -> Result<(String, Option<(u64, u64)>), String> {
        let w = self.words;
        let unit_key = Arg::from(unit);
        // Which message, and how many figures it fills (and shades, for a range).
        let (id, filled, uncertain, denominator) = match phrase {
            Phrase::Exact { events, denominator } => ("freq-exact", events, 0, denominator),
            Phrase::About { events, denominator } => ("freq-about", events, 0, denominator),
            Phrase::Range { low, high, denominator } => ("freq-range", low, high - low, denominator),
            Phrase::FewerThanOne { denominator } => ("freq-fewer-than-one", 0, 0, denominator),
            Phrase::NearlyAll { events, denominator } => ("freq-nearly-all", events, 1, denominator),
            Phrase::None { population, upper } => {
                // No scale word and no picture: a small study with nobody affected
                // cannot say the chance is "very rare", let alone none.
                let statement = w.ui("freq-none", &[("population", population.into()), ("unit", unit_key)])?;
                notes.push(match upper {
                    Some((upper, denominator)) => {
                        w.ui("freq-none-upper", &[("upper", upper.into()), ("denominator", denominator.into())])?
                    }
                    None => w.ui("freq-none-too-few", &[])?,
                });
                return Ok((statement, None));
            }
            Phrase::NotKnown => return Ok((w.ui("freq-not-known", &[])?, None)),
        };
        let sentence = w.ui(
            id,
            &[
                ("events", filled.into()),
                ("low", filled.into()),
                ("high", (filled + uncertain).into()),
                ("denominator", denominator.into()),
                ("unit", unit_key),
            ],
        )?;
        let word = match ratio {
            Some(r) => self.word(r.low, r.high, r.of)?,
            None => self.word(filled, filled + uncertain, denominator)?,
        };
        let statement = w.ui("freq-with-word", &[("sentence", Arg::Text(sentence)), ("word", Arg::Text(word))])?;
        Ok((statement, Some((filled, uncertain))))
    }

    fn picture(
        &self,
        denominator: u64,
        filled: u64,
        uncertain: u64,
        statement: &str,
        caption: Option<String>,
    ) -> Result<Picture, String> {
        let alt = self.words.ui(
            "icon-array-alt",
            &[
                ("denominator", denominator.into()),
                ("filled", filled.into()),
                ("uncertain", uncertain.into()),
                ("statement", Arg::Text(statement.to_string())),
            ],
        )?;
        Ok(Picture { caption, icons: IconArray::new(denominator, filled, uncertain, self.right_to_left), alt })
    }

    /// A continuous result: before and after, or the average change, beside the comparison arm's.
    fn change(&self, view: &mut OutcomeView, c: &Change, unit: &str) -> Result<(), String> {
        let w = self.words;
        let Some(delta) = c.change() else {
            return Ok(());
        };
        let scale = w.text(&units::field(unit, "scale"), &c.scale.name)?;
        let measure_unit = match &c.scale.unit {
            Some(u) => w.text(&units::field(unit, "scale-unit"), u)?,
            None => "none".to_string(),
        };
        // Changes are said as "fell by" or "rose by" an amount, never a negative number.
        let change_by = |x: f64| amount(w, x.abs(), &measure_unit);
        let direction = |x: f64| {
            Arg::from(if x < 0.0 {
                "fell"
            } else if x > 0.0 {
                "rose"
            } else {
                "same"
            })
        };
        let scale_words = match (c.scale.min, c.scale.max) {
            (Some(min), Some(max)) => w.ui(
                "change-scale-bounded",
                &[
                    ("scale", Arg::Text(scale.clone())),
                    ("min", Arg::Number(min)),
                    ("max", Arg::Number(max)),
                    ("better", Arg::from(better_key(c.scale.better))),
                ],
            )?,
            _ => w.ui(
                "change-scale",
                &[("scale", Arg::Text(scale.clone())), ("better", Arg::from(better_key(c.scale.better)))],
            )?,
        };
        let mut statement = match (c.before, c.after, c.mean_change) {
            (Some(before), Some(after), None) => w.ui(
                "change-before-after",
                &[
                    ("scale", Arg::Text(scale_words)),
                    ("before", Arg::Text(amount(w, before, &measure_unit)?)),
                    ("after", Arg::Text(amount(w, after, &measure_unit)?)),
                    ("direction", direction(delta)),
                ],
            )?,
            _ => w.ui(
                "change-mean",
                &[
                    ("scale", Arg::Text(scale_words)),
                    ("amount", Arg::Text(change_by(delta)?)),
                    ("direction", direction(delta)),
                ],
            )?,
        };
        let mut bars = vec![(w.ui("arm-this-caption", &[])?, delta)];
        if let Some(arm) = &c.comparison
            && let Some(arm_delta) = arm.change()
        {
            let arm_name = self.arm_name(&arm.arm)?;
            statement = w.ui(
                "change-compared",
                &[
                    ("statement", Arg::Text(statement)),
                    ("arm", Arg::Text(arm_name.clone())),
                    ("amount", Arg::Text(change_by(arm_delta)?)),
                    ("direction", direction(arm_delta)),
                ],
            )?;
            bars.push((w.ui("arm-caption", &[("arm", Arg::Text(arm_name.clone()))])?, arm_delta));
            if let Some(n) = arm.population {
                view.notes.push(w.ui("arm-size", &[("arm", Arg::Text(arm_name)), ("size", n.into())])?);
            }
        }
        if c.approximate {
            view.notes.push(w.ui("freq-approximate", &[])?);
        }
        if let Some((low, high)) = c.interval {
            // Said as a fall or a rise, never as negative numbers.
            let (direction, low, high) = if high < 0.0 {
                ("fell", -high, -low)
            } else if low > 0.0 {
                ("rose", low, high)
            } else {
                ("mixed", -low, high)
            };
            view.notes.push(w.ui(
                "change-interval",
                &[
                    ("direction", Arg::from(direction)),
                    ("low", Arg::Number(round(low))),
                    ("high", Arg::Number(round(high))),
                    ("unit", Arg::Text(measure_unit.clone())),
                ],
            )?);
        }
        let widest = bars.iter().map(|(_, d)| d.abs()).fold(0.0_f64, f64::max);
        let chart_bars = bars
            .into_iter()
            .map(|(label, d)| {
                Ok(Bar {
                    label,
                    value: w.ui("change-bar", &[("amount", Arg::Text(change_by(d)?)), ("direction", direction(d))])?,
                    width: if widest > 0.0 { ((d.abs() / widest) * 100.0).round().max(1.0) as u32 } else { 0 },
                    better: (d < 0.0) == (c.scale.better == Better::Lower) && d != 0.0,
                })
            })
            .collect::<Result<Vec<_>, String>>()?;
        view.kind = "change";
        view.known = true;
        view.time_frame = match c.time_frame {
            Some(t) => Some(time_frame(w, t)?),
            None => None,
        };
        view.line = self.line(&statement, view.time_frame.as_deref())?;
        view.chart = Some(ChangeChart { bars: chart_bars, alt: view.line.clone() });
        view.statement = statement;
        Ok(())
    }

    /// What the comparison arm had, in words.
    fn arm_name(&self, arm: &str) -> Result<String, String> {
        match self.option_names.get(arm) {
            Some(name) => {
                self.words.ui("arm-name", &[("arm", Arg::from("option")), ("option", Arg::Text(name.clone()))])
            }
            None => self.words.ui("arm-name", &[("arm", Arg::from(arm)), ("option", Arg::from(""))]),
        }
    }

    /// A statement and its time frame as one sentence.
    fn line(&self, statement: &str, frame: Option<&str>) -> Result<String, String> {
        let statement = ("statement", Arg::Text(statement.to_string()));
        match frame {
            Some(frame) => self.words.ui("freq-line-when", &[statement, ("frame", Arg::Text(frame.to_string()))]),
            None => self.words.ui("freq-line", &[statement]),
        }
    }

    /// The scale word for a figure of `low` to `high` out of `of`, from the
    /// figure itself (not its rounding); for a range whose ends fall in different bands, both.
    fn word(&self, low: u64, high: u64, of: u64) -> Result<String, String> {
        let low_band = band(self.scale, low, of);
        let high_band = band(self.scale, high, of);
        let low_word = self.words.ui("scale-word", &[("band", Arg::from(low_band.key()))])?;
        if low_band == high_band {
            return Ok(low_word);
        }
        let high_word = self.words.ui("scale-word", &[("band", Arg::from(high_band.key()))])?;
        self.words.ui("scale-range", &[("low", Arg::Text(low_word)), ("high", Arg::Text(high_word))])
    }

    /// How a source is described beside a figure: what kind of evidence, and how big.
    pub fn study(&self, source: &Source) -> Result<String, String> {
        let kind = Arg::from(source.kind.key());
        let described = match source.size {
            Some(size) if source.kind != SourceKind::Guidance && source.kind != SourceKind::TeamExperience => self
                .words
                .ui("study-sized", &[("kind", kind), ("size", size.into()), ("unit", Arg::from(source.unit.key()))])?,
            _ => self.words.ui("study", &[("kind", kind)])?,
        };
        match source.as_reported_in.as_ref().and_then(|id| self.sources.iter().position(|s| &s.id == id)) {
            Some(index) => self
                .words
                .ui("study-reported-in", &[("study", Arg::Text(described)), ("number", ((index + 1) as u64).into())]),
            None => Ok(described),
        }
    }
}

/// One time point of a count.
struct Point {
    statement: String,
    others: Option<String>,
    notes: Vec<String>,
    pictures: Vec<Picture>,
}

fn better_key(better: Better) -> &'static str {
    match better {
        Better::Lower => "lower",
        Better::Higher => "higher",
    }
}

/// A number as a reader sees it: at most one decimal place, as sources report averages.
fn round(x: f64) -> f64 {
    (x * 10.0).round() / 10.0
}

/// A number with the measure's unit, rounded as [`round`] does.
fn amount(w: &Words<'_>, x: f64, unit: &str) -> Result<String, String> {
    w.ui("change-amount", &[("amount", Arg::Number(round(x))), ("unit", Arg::Text(unit.to_string()))])
}

pub(crate) fn time_frame(w: &Words<'_>, t: TimeFrame) -> Result<String, String> {
    let (kind, count) = match t {
        TimeFrame::DuringTreatment => ("during-treatment", 0),
        TimeFrame::ByEndOfTreatment => ("by-end-of-treatment", 0),
        TimeFrame::Months(n) => ("months", n),
        TimeFrame::Years(n) => ("years", n),
        TimeFrame::AtMonths(n) => ("at-months", n),
        TimeFrame::AtYears(n) => ("at-years", n),
    };
    w.ui("time-frame", &[("kind", Arg::from(kind)), ("count", Arg::from(u64::from(count)))])
}
