//! Frequency checks: events within the population, ranges the right way round, comparisons on one scale.

use crate::diagnostic::Diagnostic;
use crate::load::LoadedProcedure;
use crate::model::{Counted, Frequency, Measure};

use crate::risk;
use std::collections::BTreeMap;

pub(super) fn check(loaded: &LoadedProcedure, found: &mut Vec<Diagnostic>) {
    let spans = &loaded.spans;
    // Outcome id -> (option index, list, index, measure): figures compared across options.
    let mut groups: BTreeMap<&str, Vec<(String, &Measure)>> = BTreeMap::new();
    for (i, option) in loaded.procedure.options.iter().enumerate() {
        for (list, outcomes) in [("benefits", &option.benefits), ("risks", &option.risks)] {
            for (j, outcome) in outcomes.iter().enumerate() {
                let Frequency::Measured(m) = &outcome.frequency else {
                    continue;
                };
                let path = format!("options.{i}.{list}.{j}.frequency");
                if check_measure(loaded, &path, m, found) {
                    groups.entry(outcome.id.as_str()).or_default().push((path, m));
                }
            }
        }
    }
    for (id, members) in groups {
        if members.len() < 2 {
            continue;
        }
        let (first_path, first) = &members[0];
        for (path, m) in &members[1..] {
            if m.time_frame != first.time_frame {
                found.push(
                    Diagnostic::warning(
                        "comparison-time-frames-differ",
                        &spans.at(&format!("{path}.time_frame")),
                        format!("`{id}` is compared across options, but its time frame here differs from the one at line {}", spans.at(first_path).line),
                    )
                    .with_hint("figures compared side by side should cover the same time; say so in `detail` if they cannot"),
                );
            }
            if m.unit != first.unit || m.counted != first.counted {
                found.push(Diagnostic::warning(
                    "comparison-units-differ",
                    &spans.at(&format!("{path}.unit")),
                    format!(
                        "`{id}` counts {} ({:?}) here but {} ({:?}) at line {}",
                        m.unit.key(),
                        m.counted,
                        first.unit.key(),
                        first.counted,
                        spans.at(first_path).line
                    )
                    .to_lowercase(),
                ));
            }
        }
        let denominator = risk::shared_denominator(members.iter().map(|(_, m)| *m));
        for (path, m) in &members {
            let shown = risk::phrase(m, denominator);
            if matches!(shown, risk::Phrase::FewerThanOne { .. }) {
                found.push(
                    Diagnostic::error(
                        "comparison-scale",
                        &spans.at(path),
                        format!("`{id}` is compared across options, but this figure is too small to show out of {denominator} beside the others"),
                    )
                    .with_hint("compared figures must share one denominator of 100 or 1,000; give this outcome its own id if it cannot be compared"),
                );
            }
        }
    }
}

/// Checks one measured figure; returns whether it is sound enough to compare.
fn check_measure(loaded: &LoadedProcedure, path: &str, m: &Measure, found: &mut Vec<Diagnostic>) -> bool {
    let spans = &loaded.spans;
    let before = found.len();
    if m.population == 0 {
        found.push(Diagnostic::error(
            "zero-population",
            &spans.at(&format!("{path}.population")),
            "the population cannot be 0",
        ));
    }
    match (m.events, m.range) {
        (Some(_), Some(_)) => found.push(Diagnostic::error(
            "events-and-range",
            &spans.at(&format!("{path}.range")),
            "give either `events` or `range`, not both",
        )),
        (None, None) => found.push(
            Diagnostic::error(
                "no-events",
                &spans.at(path),
                "a figure needs `events` (or a `range`) as well as `population`",
            )
            .with_hint("if nobody knows how often this happens, write `frequency: not-known`"),
        ),
        (Some(events), None) if events > m.population && m.population > 0 && m.counted == Counted::Individuals => found
            .push(
                Diagnostic::error(
                    "events-exceed-population",
                    &spans.at(&format!("{path}.events")),
                    format!("{events} events is more than the population of {}", m.population),
                )
                .with_hint("events counts how many of the population had this outcome, so it cannot be larger"),
            ),
        (None, Some((low, high))) if low > high => found.push(
            Diagnostic::error(
                "range-reversed",
                &spans.at(&format!("{path}.range")),
                format!("the range {low} to {high} is the wrong way round"),
            )
            .with_hint(format!("write `range: [{high}, {low}]`")),
        ),
        (None, Some((_, high))) if high > m.population && m.population > 0 && m.counted == Counted::Individuals => {
            found.push(Diagnostic::error(
                "events-exceed-population",
                &spans.at(&format!("{path}.range")),
                format!("the top of the range, {high}, is more than the population of {}", m.population),
            ))
        }
        _ => {}
    }
    found.len() == before
}
