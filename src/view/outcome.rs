//! One benefit or risk, phrased for the page: a count as a natural frequency
//! (with its comparison arm, time points, scale word and icon array), a
//! continuous result in words and numbers with a bar for each group on an
//! axis shared across the page, or a fact of the option; always with its
//! source, study size and certainty.
//!
//! Every figure's sentence names its group and its time point where either
//! could be mistaken: beside a comparison arm, each figure says whose it is
//! ("After a pretend treatment, within 3 months: …"), so a later time point
//! can never read as the arm's. The same sentences, with the caveats that
//! change what a figure means said in few words (`caveats`, `brief`), are
//! what every short form shows: the options grid, the sheet at a glance and
//! the consent insert.

use super::Words;
use crate::l10n::Arg;
use crate::l10n::units;
use crate::model::{
    Better, Change, Counted, Frequency, Measure, Outcome, OutcomeKind, Reported, RiskScale, SMALL_STUDY, Source,
    SourceKind, TimeFrame,
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
    /// The first figure in words, without its group or time frame ("About 34
    /// in 100 lengthened bones (very common)"), or the plain statement that nobody knows.
    pub statement: String,
    /// The other side ("About 66 in 100 did not."), where it helps.
    pub others: Option<String>,
    /// The first figure's time frame, where known ("within 3 months").
    pub time_frame: Option<String>,
    /// Each figure as its own sentence, naming its group and time point where
    /// either could be mistaken, in order: the time points under the outcome,
    /// and at each the treated group before the comparison arm. For a change,
    /// the measure comes first and the difference between the groups last.
    pub figures: Vec<String>,
    /// Every figure, as one text: `figures` joined.
    pub line: String,
    /// What a reader must know to read the figure right: how rare "none" may
    /// still be, the range of likely values, that the source gives it as approximate.
    pub notes: Vec<String>,
    /// How sure we can be of the figure, in words, where the evidence was graded.
    pub certainty: Option<String>,
    /// Where the figure comes from ("From a trial against a pretend treatment in 76 people").
    pub study: String,
    /// The caveats that change what the figure means, each in a few words, in
    /// order: where it comes from and how big (and whether that is a small
    /// study), how sure we are, that none is not never, that a difference could
    /// be chance, that the source gives it roughly.
    pub caveats: Vec<String>,
    /// `line` and `caveats` together: what every short form shows.
    pub brief: String,
    /// The number of the cited source in the page's list.
    pub source_number: usize,
    /// The anchor of the cited source.
    pub source_anchor: String,
    /// Icon arrays: one for the figure and one for its comparison arm, at the
    /// first time point; a group with nobody affected has none.
    pub pictures: Vec<Picture>,
    /// The first icon array, for templates that show one.
    pub icons: Option<IconArray>,
    /// The first icon array's text alternative: says what the statement says.
    pub icons_alt: String,
    /// Bars for a continuous result, one per group or study.
    pub chart: Option<ChangeChart>,
}

/// One icon array with its caption and text alternative.
#[derive(Debug, Clone, Serialize)]
pub struct Picture {
    /// Whose figure this is ("This treatment", "Compared with a pretend treatment").
    pub caption: Option<String>,
    /// The array.
    pub icons: IconArray,
    /// Its text alternative.
    pub alt: String,
}

/// Bars for the average change in each group, on an axis shared by every
/// result on the page in the same unit (or on the same score), so lengths
/// compare across outcomes and options.
#[derive(Debug, Clone, Serialize)]
pub struct ChangeChart {
    /// One bar per group (the treatment first) or per study.
    pub bars: Vec<Bar>,
    /// The end of the shared axis, with its unit ("14.1 mmHg").
    pub axis_max: String,
    /// The chart's text alternative: says what the figures say.
    pub alt: String,
}

/// One bar.
#[derive(Debug, Clone, Serialize)]
pub struct Bar {
    /// Whose change it is.
    pub label: String,
    /// The change in words ("fell by 8.5").
    pub value: String,
    /// Its length as a percentage of the shared axis (0 to 100, whole numbers).
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
    /// The end of each shared axis of continuous results, by [`axis_key`].
    pub axes: &'a BTreeMap<String, f64>,
}

/// The axis a continuous result is drawn on: every result in the same unit
/// shares one (mmHg beside mmHg), and a score without a unit shares one only
/// with the same score.
pub(super) fn axis_key(c: &Change) -> String {
    match &c.scale.unit {
        Some(unit) => format!("unit:{unit}"),
        None => format!("score:{}:{:?}:{:?}", c.scale.name, c.scale.min, c.scale.max),
    }
}

/// Every average change a result draws as a bar, as sizes on its axis.
pub(super) fn bar_sizes(c: &Change) -> Vec<f64> {
    if !c.studies.is_empty() {
        return c.studies.iter().filter_map(|s| s.change()).map(f64::abs).collect();
    }
    c.change().into_iter().chain(c.comparison.as_ref().and_then(|a| a.change())).map(f64::abs).collect()
}

/// One figure's words: the sentence, and what its icon array fills.
struct Figure {
    statement: String,
    picture: Option<(u64, u64)>,
}

impl Phrasing<'_> {
    /// Phrases `outcome` (whose translation units start with `unit`) out of `denominator`.
    pub fn outcome(&self, outcome: &Outcome, unit: &str, denominator: u64) -> Result<OutcomeView, String> {
        let w = self.words;
        let source_index = self.sources.iter().position(|s| s.id == outcome.source).unwrap_or(0);
        let source = self.sources.get(source_index);
        let mut view = OutcomeView {
            id: outcome.id.clone(),
            label: w.text(&units::field(unit, units::id::LABEL), &outcome.label)?,
            detail: match &outcome.detail {
                Some(d) => Some(w.text(&units::field(unit, units::id::DETAIL), d)?),
                None => None,
            },
            kind: "not-known",
            known: false,
            statement: w.ui("freq-not-known", &[])?,
            others: None,
            time_frame: None,
            figures: Vec::new(),
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
            caveats: Vec::new(),
            brief: String::new(),
            source_number: source_index + 1,
            source_anchor: format!("source-{}", outcome.source),
            pictures: Vec::new(),
            icons: None,
            icons_alt: String::new(),
            chart: None,
        };
        view.line = view.statement.clone();
        // The caveats a short form needs besides the figures, gathered as they are phrased.
        let mut caveats = Caveats::default();
        match outcome.kind() {
            OutcomeKind::Fact => {
                view.kind = "fact";
                view.known = true;
                view.statement = view.label.clone();
                view.line = w.ui("fact-line", &[])?;
            }
            OutcomeKind::Change(c) => self.change(&mut view, c, unit, &mut caveats)?,
            OutcomeKind::Count(Frequency::NotKnown) => {}
            OutcomeKind::Count(f) => self.counts(&mut view, f.measures(), denominator, &mut caveats)?,
        }
        if view.known && view.kind != "fact" {
            view.caveats = self.caveats(outcome, source, &caveats)?;
        }
        view.brief = if view.kind == "fact" {
            String::new()
        } else {
            std::iter::once(view.line.as_str())
                .chain(view.caveats.iter().map(String::as_str))
                .collect::<Vec<_>>()
                .join(" ")
        };
        Ok(view)
    }

    /// The caveats of a short form, in order: source and size, certainty,
    /// none is not never, chance, a rough figure.
    fn caveats(&self, outcome: &Outcome, source: Option<&Source>, found: &Caveats) -> Result<Vec<String>, String> {
        let w = self.words;
        let mut out = Vec::new();
        if let Some(s) = source {
            let size = s.size.or(found.group);
            let small = found.group.or(s.size).is_some_and(|n| n < SMALL_STUDY);
            let unit = Arg::from(s.unit.key());
            let kind = Arg::from(brief_kind(s.kind));
            out.push(match (found.studies, size) {
                (Some((count, smallest, largest)), _) => w.ui(
                    "brief-studies",
                    &[
                        ("count", count.into()),
                        ("smallest", smallest.into()),
                        ("largest", largest.into()),
                        ("small", Arg::from(if smallest < SMALL_STUDY { "yes" } else { "no" })),
                    ],
                )?,
                (None, Some(size)) if s.kind != SourceKind::Guidance => w.ui(
                    "brief-source",
                    &[
                        ("kind", kind),
                        ("size", size.into()),
                        ("unit", unit),
                        ("small", Arg::from(if small { "yes" } else { "no" })),
                    ],
                )?,
                _ => w.ui("brief-source-unsized", &[("kind", kind)])?,
            });
        }
        if let Some(c) = outcome.certainty {
            out.push(w.ui("brief-certainty", &[("level", Arg::from(c.key()))])?);
        }
        out.extend(found.none.iter().cloned());
        out.extend(found.chance.iter().cloned());
        if found.approximate {
            out.push(w.ui("freq-approximate", &[])?);
        }
        Ok(out)
    }

    /// One or more counts at successive time points, each naming its group where there is a comparison arm.
    fn counts(
        &self,
        view: &mut OutcomeView,
        measures: &[Measure],
        denominator: u64,
        caveats: &mut Caveats,
    ) -> Result<(), String> {
        let w = self.words;
        let grouped = measures.iter().any(|m| m.comparison.is_some());
        let this_group = if grouped { Some(w.ui("group-this", &[])?) } else { None };
        let mut figures = Vec::new();
        for m in measures {
            let Some(point) = self.count(m, denominator, this_group.as_deref(), caveats)? else {
                continue;
            };
            let time_frame = match m.frame() {
                Some(t) => Some(time_frame(w, t)?),
                None => None,
            };
            figures.push(self.figure_line(this_group.as_deref(), &point.statement, time_frame.as_deref())?);
            if let Some((group, statement)) = &point.arm {
                figures.push(self.figure_line(Some(group), statement, time_frame.as_deref())?);
            }
            if !view.known {
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
            if m.time_frame == Some(Reported::NotReported) {
                view.notes.push(w.ui("time-frame-not-reported", &[])?);
            }
            caveats.group = caveats.group.or(m.population);
            caveats.approximate |= m.approximate;
        }
        if figures.len() > 1 {
            // "did not" belongs to one figure; beside several it would mislead.
            view.others = None;
        }
        if !figures.is_empty() {
            view.line = figures.join(" ");
            view.figures = figures;
        }
        Ok(())
    }

    /// A figure as a sentence: with its group (where there is a comparison arm) and time point (where known).
    fn figure_line(&self, group: Option<&str>, statement: &str, frame: Option<&str>) -> Result<String, String> {
        let w = self.words;
        let s = ("statement", Arg::Text(statement.to_string()));
        match (group, frame) {
            (None, None) => w.ui("freq-line", &[s]),
            (None, Some(f)) => w.ui("freq-line-when", &[s, ("frame", Arg::Text(f.to_string()))]),
            (Some(g), None) => w.ui("freq-group", &[("group", Arg::Text(g.to_string())), s]),
            (Some(g), Some(f)) => {
                w.ui("freq-group-when", &[("group", Arg::Text(g.to_string())), ("frame", Arg::Text(f.to_string())), s])
            }
        }
    }

    /// A note about one group, labelled with the group where there is more than one.
    fn group_note(&self, group: Option<&str>, note: String) -> Result<String, String> {
        match group {
            Some(g) => self.words.ui("note-group", &[("group", Arg::Text(g.to_string())), ("note", Arg::Text(note))]),
            None => Ok(note),
        }
    }

    /// One count, with its comparison arm; `None` where it holds no figure.
    /// `group` names the treated group where the outcome has a comparison arm.
    fn count(
        &self,
        m: &Measure,
        denominator: u64,
        group: Option<&str>,
        caveats: &mut Caveats,
    ) -> Result<Option<Point>, String> {
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
            return Ok(Some(Point { statement, others: None, notes, pictures: Vec::new(), arm: None }));
        }
        let this = self.figure(phrase, risk::ratio(m), m.unit.key(), group, &mut notes, caveats)?;
        let others = match phrase {
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
        let scaled = |p: f64| Arg::from((p * denominator as f64 / 100.0).round() as u64);
        if let Some((low, high)) = m.interval_given() {
            let note = w.ui("freq-interval", &[("low", scaled(low)), ("high", scaled(high)), d.clone()])?;
            notes.push(self.group_note(group, note)?);
        }
        let mut pictures = Vec::new();
        let arm = match &m.comparison {
            None => {
                if let Some((filled, uncertain)) = this.picture {
                    pictures.push(self.picture(denominator, filled, uncertain, &this.statement, None)?);
                }
                None
            }
            Some(arm) => {
                let arm_name = self.arm_name(&arm.arm)?;
                let arm_group = w.ui("group-arm", &[("arm", Arg::Text(arm_name.clone()))])?;
                let arm_phrase = risk::phrase_arm(arm, m.approximate, denominator);
                let other =
                    self.figure(arm_phrase, risk::arm_ratio(arm), m.unit.key(), Some(&arm_group), &mut notes, caveats)?;
                // Each group keeps its own picture: a group with nobody affected has
                // none, and the other group's picture stays, captioned as its own.
                if let Some((f, u)) = this.picture {
                    let caption = w.ui("arm-this-caption", &[])?;
                    pictures.push(self.picture(denominator, f, u, &this.statement, Some(caption))?);
                }
                if let Some((f, u)) = other.picture {
                    let caption = w.ui("arm-caption", &[("arm", Arg::Text(arm_name.clone()))])?;
                    pictures.push(self.picture(denominator, f, u, &other.statement, Some(caption))?);
                }
                if let Some((low, high)) = arm.interval.and_then(Reported::given) {
                    let note = w.ui("freq-interval", &[("low", scaled(low)), ("high", scaled(high)), d.clone()])?;
                    notes.push(self.group_note(Some(&arm_group), note)?);
                }
                if let Some(n) = arm.population {
                    notes.push(w.ui("arm-size", &[("arm", Arg::Text(arm_name)), ("size", n.into())])?);
                }
                Some((arm_group, other.statement))
            }
        };
        Ok(Some(Point { statement: this.statement, others, notes, pictures, arm }))
    }

    /// A phrase in words with its scale word, and what its icon array fills
    /// (`None` where a picture would claim more than the data: nobody had it).
    /// `group` names whose figure it is, where there is more than one group.
    fn figure(
        &self,
        phrase: Phrase,
        ratio: Option<risk::Ratio>,
        unit: &str,
        group: Option<&str>,
        notes: &mut Vec<String>,
        caveats: &mut Caveats,
    ) -> Result<Figure, String> {
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
                // cannot say the chance is "very rare", let alone none. Beside
                // another group, "in the study" would not say which group.
                let id = if group.is_some() { "freq-none-group" } else { "freq-none" };
                let statement = w.ui(id, &[("population", population.into()), ("unit", unit_key)])?;
                let note = match upper {
                    Some((upper, denominator)) => {
                        w.ui("freq-none-upper", &[("upper", upper.into()), ("denominator", denominator.into())])?
                    }
                    None => w.ui("freq-none-too-few", &[])?,
                };
                let note = self.group_note(group, note)?;
                notes.push(note.clone());
                caveats.none.push(note);
                return Ok(Figure { statement, picture: None });
            }
            Phrase::NotKnown => return Ok(Figure { statement: w.ui("freq-not-known", &[])?, picture: None }),
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
        Ok(Figure { statement, picture: Some((filled, uncertain)) })
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

    /// A continuous result: the measure, then each group's average change (or
    /// each study's, as a range), then the study's difference between the groups.
    fn change(&self, view: &mut OutcomeView, c: &Change, unit: &str, caveats: &mut Caveats) -> Result<(), String> {
        let w = self.words;
        if c.change().is_none() {
            return Ok(());
        }
        let scale = w.text(&units::field(unit, units::id::SCALE), &c.scale.name)?;
        let measure_unit = match &c.scale.unit {
            Some(u) => w.text(&units::field(unit, units::id::SCALE_UNIT), u)?,
            None => "none".to_string(),
        };
        // Changes are said as "fell by" or "rose by" an amount, never a negative number.
        let change_by = |x: f64| amount(w, x.abs(), &measure_unit);
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
        let frame = match c.frame() {
            Some(t) => Some(time_frame(w, t)?),
            None => None,
        };
        let mut figures = vec![w.ui("change-measured", &[("scale", Arg::Text(scale_words))])?];
        let went = |before: f64, after: f64| {
            w.ui(
                "change-went",
                &[
                    ("before", Arg::Text(amount(w, before, &measure_unit)?)),
                    ("after", Arg::Text(amount(w, after, &measure_unit)?)),
                ],
            )
        };
        let by = |delta: f64| {
            w.ui("change-by", &[("amount", Arg::Text(change_by(delta)?)), ("direction", direction(delta))])
        };
        let mut bars: Vec<(String, f64)> = Vec::new();
        let first;
        if !c.studies.is_empty() {
            let Some((low, high)) = c.study_range() else {
                return Ok(());
            };
            let sizes: Vec<u64> = c.studies.iter().filter_map(|s| s.population).collect();
            let (smallest, largest) =
                (sizes.iter().copied().min().unwrap_or(0), sizes.iter().copied().max().unwrap_or(0));
            let group = w.ui(
                "change-studies-group",
                &[
                    ("count", (c.studies.len() as u64).into()),
                    ("smallest", smallest.into()),
                    ("largest", largest.into()),
                ],
            )?;
            let statement = self.change_range(low, high, &measure_unit)?;
            first = statement.clone();
            figures.push(self.figure_line(Some(&group), &statement, frame.as_deref())?);
            for s in &c.studies {
                if let (Some(d), Some(n)) = (s.change(), s.population) {
                    bars.push((w.ui("study-bar", &[("size", n.into())])?, d));
                }
            }
            caveats.studies = Some((c.studies.len() as u64, smallest, largest));
        } else {
            let delta = c.change().unwrap_or(0.0);
            let statement = match (c.before, c.after) {
                (Some(b), Some(a)) => went(b, a)?,
                _ => by(delta)?,
            };
            first = statement.clone();
            let grouped = c.comparison.as_ref().and_then(|a| a.change()).is_some();
            let this_group = if grouped { Some(w.ui("group-this", &[])?) } else { None };
            figures.push(self.figure_line(this_group.as_deref(), &statement, frame.as_deref())?);
            bars.push((w.ui("arm-this-caption", &[])?, delta));
            if let Some((low, high)) = c.interval_given() {
                view.notes
                    .push(self.group_note(this_group.as_deref(), self.change_interval(low, high, &measure_unit)?)?);
            }
            if let Some(arm) = &c.comparison
                && let Some(arm_delta) = arm.change()
            {
                let arm_name = self.arm_name(&arm.arm)?;
                let arm_group = w.ui("group-arm", &[("arm", Arg::Text(arm_name.clone()))])?;
                let arm_statement = match (arm.before, arm.after) {
                    (Some(b), Some(a)) => went(b, a)?,
                    _ => by(arm_delta)?,
                };
                figures.push(self.figure_line(Some(&arm_group), &arm_statement, frame.as_deref())?);
                bars.push((w.ui("arm-caption", &[("arm", Arg::Text(arm_name.clone()))])?, arm_delta));
                if let Some((low, high)) = arm.interval.and_then(Reported::given) {
                    view.notes
                        .push(self.group_note(Some(&arm_group), self.change_interval(low, high, &measure_unit)?)?);
                }
                if let Some(d) = &c.difference {
                    let rounded = round(d.mean);
                    figures.push(w.ui(
                        "change-difference",
                        &[
                            ("amount", Arg::Text(amount(w, rounded.abs(), &measure_unit)?)),
                            ("direction", Arg::from(higher_lower(rounded))),
                            ("arm", Arg::Text(arm_name.clone())),
                        ],
                    )?);
                    if let Some((low, high)) = d.interval {
                        let end = |x: f64| {
                            let x = round(x);
                            w.ui(
                                "change-difference-end",
                                &[
                                    ("amount", Arg::Text(amount(w, x.abs(), &measure_unit)?)),
                                    ("direction", Arg::from(higher_lower(x))),
                                ],
                            )
                        };
                        view.notes.push(w.ui(
                            "change-difference-interval",
                            &[("low", Arg::Text(end(low)?)), ("high", Arg::Text(end(high)?))],
                        )?);
                        if low < 0.0 && high > 0.0 {
                            view.notes.push(w.ui("change-chance", &[])?);
                            caveats.chance.push(w.ui("brief-chance", &[("arm", Arg::Text(arm_name.clone()))])?);
                        }
                    }
                }
                if let Some(n) = arm.population {
                    view.notes.push(w.ui("arm-size", &[("arm", Arg::Text(arm_name)), ("size", n.into())])?);
                }
            }
            caveats.group = c.population;
        }
        if c.approximate {
            view.notes.push(w.ui("freq-approximate", &[])?);
            caveats.approximate = true;
        }
        if c.time_frame == Some(Reported::NotReported) {
            view.notes.push(w.ui("time-frame-not-reported", &[])?);
        }
        // One axis for every result on the page in this unit (or on this score).
        let widest = self
            .axes
            .get(&axis_key(c))
            .copied()
            .unwrap_or(0.0)
            .max(bars.iter().map(|(_, d)| d.abs()).fold(0.0, f64::max));
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
        view.time_frame = frame;
        view.statement = first;
        view.line = figures.join(" ");
        view.figures = figures;
        view.chart =
            Some(ChangeChart { bars: chart_bars, axis_max: amount(w, widest, &measure_unit)?, alt: view.line.clone() });
        Ok(())
    }

    /// "The average fell by between 8 and 12.5" (a range of average changes across studies).
    fn change_range(&self, low: f64, high: f64, unit: &str) -> Result<String, String> {
        let w = self.words;
        // Said as falls or rises, never as negative numbers.
        let (direction, a, b) = if high < 0.0 {
            ("fell", -high, -low)
        } else if low > 0.0 {
            ("rose", low, high)
        } else {
            ("mixed", -low, high)
        };
        w.ui(
            "change-range",
            &[
                ("direction", Arg::from(direction)),
                ("low", Arg::Text(amount(w, a, unit)?)),
                ("high", Arg::Text(amount(w, b, unit)?)),
            ],
        )
    }

    /// A group's own 95% interval of its change, said as a fall or a rise.
    fn change_interval(&self, low: f64, high: f64, unit: &str) -> Result<String, String> {
        let (direction, low, high) = if high < 0.0 {
            ("fell", -high, -low)
        } else if low > 0.0 {
            ("rose", low, high)
        } else {
            ("mixed", -low, high)
        };
        self.words.ui(
            "change-interval",
            &[
                ("direction", Arg::from(direction)),
                ("low", Arg::Number(round(low))),
                ("high", Arg::Number(round(high))),
                ("unit", Arg::Text(unit.to_string())),
            ],
        )
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

/// What a short form must say besides the figures, gathered while phrasing them.
#[derive(Default)]
struct Caveats {
    /// The size of the group the (first) figure is from, where the data gives it.
    group: Option<u64>,
    /// A range across studies: how many, the smallest and the largest.
    studies: Option<(u64, u64, u64)>,
    /// "None is not never", per group with nobody affected.
    none: Vec<String>,
    /// The difference between the groups could be chance.
    chance: Vec<String>,
    /// The source gives a figure as approximate.
    approximate: bool,
}

/// The kind of source in a short form's few words: guidance, a review, a fair test or a study.
fn brief_kind(kind: SourceKind) -> &'static str {
    match kind {
        SourceKind::Guidance => "guidance",
        SourceKind::SystematicReview => "review",
        SourceKind::RandomisedTrial | SourceKind::ShamControlledTrial => "trial",
        SourceKind::TeamExperience => "team",
        _ => "study",
    }
}

/// One time point of a count.
struct Point {
    statement: String,
    others: Option<String>,
    notes: Vec<String>,
    pictures: Vec<Picture>,
    /// The comparison arm's group and figure, where there is one.
    arm: Option<(String, String)>,
}

fn better_key(better: Better) -> &'static str {
    match better {
        Better::Lower => "lower",
        Better::Higher => "higher",
    }
}

fn direction(x: f64) -> Arg {
    Arg::from(if x < 0.0 {
        "fell"
    } else if x > 0.0 {
        "rose"
    } else {
        "same"
    })
}

fn higher_lower(x: f64) -> &'static str {
    if x < 0.0 {
        "lower"
    } else if x > 0.0 {
        "higher"
    } else {
        "same"
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
