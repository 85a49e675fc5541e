//! One benefit or risk, phrased for the page: natural frequency, scale word, icon array, source.

use super::Words;
use crate::l10n::Arg;
use crate::model::{Counted, Frequency, Outcome, RiskScale, Source, SourceKind, TimeFrame};
use crate::risk::{self, IconArray, Phrase, band};
use serde::Serialize;

/// A benefit or a risk as the page shows it.
#[derive(Debug, Clone, Serialize)]
pub struct OutcomeView {
    /// The content's id, for anchors.
    pub id: String,
    /// What happens, as a short phrase.
    pub label: String,
    /// More about it.
    pub detail: Option<String>,
    /// Whether a figure is known.
    pub known: bool,
    /// The natural frequency with its scale word ("About 34 in 100 lengthened bones (very common)"),
    /// or the plain statement that nobody knows.
    pub statement: String,
    /// The other side ("About 66 in 100 did not."), where it helps.
    pub others: Option<String>,
    /// Over what time, where known ("during treatment").
    pub time_frame: Option<String>,
    /// The statement and time frame as one sentence, as the page prints it.
    pub line: String,
    /// Where the figure comes from ("In a review of studies of 983 lengthened bones").
    pub study: String,
    /// The number of the cited source in the page's list.
    pub source_number: usize,
    /// The anchor of the cited source.
    pub source_anchor: String,
    /// The icon array, for known figures.
    pub icons: Option<IconArray>,
    /// The icon array's text alternative: says what the statement says.
    pub icons_alt: String,
}

/// Everything needed to phrase outcomes on one page.
pub(super) struct Phrasing<'a> {
    pub words: &'a Words<'a>,
    pub scale: RiskScale,
    pub sources: &'a [Source],
    pub right_to_left: bool,
}

impl Phrasing<'_> {
    /// Phrases `outcome` (whose translation units start with `unit`) out of `denominator`.
    pub fn outcome(&self, outcome: &Outcome, unit: &str, denominator: u64) -> Result<OutcomeView, String> {
        let w = self.words;
        let source_index = self.sources.iter().position(|s| s.id == outcome.source).unwrap_or(0);
        let source = self.sources.get(source_index);
        let mut view = OutcomeView {
            id: outcome.id.clone(),
            label: w.text(&format!("{unit}-label"), &outcome.label)?,
            detail: match &outcome.detail {
                Some(d) => Some(w.text(&format!("{unit}-detail"), d)?),
                None => None,
            },
            known: false,
            statement: w.ui("freq-not-known", &[])?,
            others: None,
            time_frame: None,
            line: String::new(),
            study: match source {
                Some(s) => self.study(s)?,
                None => String::new(),
            },
            source_number: source_index + 1,
            source_anchor: format!("source-{}", outcome.source),
            icons: None,
            icons_alt: String::new(),
        };
        view.line = view.statement.clone();
        let Frequency::Measured(m) = &outcome.frequency else {
            return Ok(view);
        };
        let phrase = risk::phrase(m, denominator);
        if phrase == Phrase::NotKnown {
            return Ok(view);
        }
        let unit_key = Arg::from(m.unit.key());
        let d = ("denominator", Arg::from(denominator));
        view.time_frame = match m.time_frame {
            Some(t) => Some(time_frame(w, t)?),
            None => None,
        };
        view.known = true;
        if m.counted == Counted::Occurrences {
            // A count of occurrences: no scale word, no "did not", no icon array,
            // since each would suggest that many different people or bones.
            let (id, events) = match phrase {
                Phrase::Exact { events, .. } => ("freq-rate-exact", events),
                Phrase::About { events, .. } => ("freq-rate-about", events),
                _ => ("freq-rate-fewer-than-one", 1),
            };
            view.statement = w.ui(id, &[("events", events.into()), d, ("unit", unit_key)])?;
            view.line = self.line(&view)?;
            return Ok(view);
        }
        let (sentence, filled, uncertain) = match phrase {
            Phrase::Exact { events, .. } => {
                (w.ui("freq-exact", &[("events", events.into()), d.clone(), ("unit", unit_key)])?, events, 0)
            }
            Phrase::About { events, .. } => {
                (w.ui("freq-about", &[("events", events.into()), d.clone(), ("unit", unit_key)])?, events, 0)
            }
            Phrase::Range { low, high, .. } => (
                w.ui("freq-range", &[("low", low.into()), ("high", high.into()), d.clone(), ("unit", unit_key)])?,
                low,
                high - low,
            ),
            Phrase::FewerThanOne { .. } => (w.ui("freq-fewer-than-one", &[d.clone(), ("unit", unit_key)])?, 0, 0),
            Phrase::NearlyAll { events, .. } => {
                (w.ui("freq-nearly-all", &[("events", events.into()), d.clone(), ("unit", unit_key)])?, events, 1)
            }
            Phrase::NotKnown => unreachable!("handled above"),
        };
        let word = self.word(m)?;
        view.statement = w.ui("freq-with-word", &[("sentence", Arg::Text(sentence)), ("word", Arg::Text(word))])?;
        view.others = match phrase {
            Phrase::Exact { events, .. } if events < denominator => {
                Some(w.ui("freq-others-exact", &[("events", (denominator - events).into()), d.clone()])?)
            }
            Phrase::About { events, .. } => {
                Some(w.ui("freq-others-about", &[("events", (denominator - events).into()), d.clone()])?)
            }
            _ => None,
        };
        view.line = self.line(&view)?;
        view.icons_alt = w.ui(
            "icon-array-alt",
            &[
                d,
                ("filled", filled.into()),
                ("uncertain", uncertain.into()),
                ("statement", Arg::Text(view.statement.clone())),
            ],
        )?;
        view.icons = Some(IconArray::new(denominator, filled, uncertain, self.right_to_left));
        Ok(view)
    }

    /// The statement and time frame as one sentence.
    fn line(&self, view: &OutcomeView) -> Result<String, String> {
        let statement = ("statement", Arg::Text(view.statement.clone()));
        match &view.time_frame {
            Some(frame) => self.words.ui("freq-line-when", &[statement, ("frame", Arg::Text(frame.clone()))]),
            None => self.words.ui("freq-line", &[statement]),
        }
    }

    /// The scale word for a figure; for a range whose ends fall in different bands, both.
    fn word(&self, m: &crate::model::Measure) -> Result<String, String> {
        let (low, high) = match (m.events, m.range) {
            (Some(e), _) => (e, e),
            (None, Some(r)) => r,
            (None, None) => (0, 0),
        };
        let low_band = band(self.scale, low, m.population);
        let high_band = band(self.scale, high, m.population);
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
        match source.size {
            Some(size) if source.kind != SourceKind::Guidance && source.kind != SourceKind::TeamExperience => self
                .words
                .ui("study-sized", &[("kind", kind), ("size", size.into()), ("unit", Arg::from(source.unit.key()))]),
            _ => self.words.ui("study", &[("kind", kind)]),
        }
    }
}

fn time_frame(w: &Words<'_>, t: TimeFrame) -> Result<String, String> {
    let (kind, count) = match t {
        TimeFrame::DuringTreatment => ("during-treatment", 0),
        TimeFrame::ByEndOfTreatment => ("by-end-of-treatment", 0),
        TimeFrame::Months(n) => ("months", n),
        TimeFrame::Years(n) => ("years", n),
    };
    w.ui("time-frame", &[("kind", Arg::from(kind)), ("count", Arg::from(u64::from(count)))])
}
