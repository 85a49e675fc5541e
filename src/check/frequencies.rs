//! Evidence checks: each outcome is one kind (count, change or fact); counts
//! within their population; arms, time points and scales complete and in order;
//! comparisons on one scale and, where they are not, said so.

use crate::diagnostic::Diagnostic;
use crate::load::{LoadedProcedure, Spans};
use crate::model::{ARM_KINDS, Change, Counted, Frequency, Measure, Outcome, OutcomeKind, Procedure};
use crate::risk;

/// One outcome in one option, as a comparison sees it.
struct Member<'a> {
    path: String,
    option: &'a str,
    outcome: &'a Outcome,
}

pub(super) fn check(loaded: &LoadedProcedure, found: &mut Vec<Diagnostic>) {
    let p = &loaded.procedure;
    let spans = &loaded.spans;
    for group in p.outcome_groups() {
        // Only outcomes sound enough on their own are compared.
        let members: Vec<Member<'_>> = group
            .members
            .iter()
            .filter_map(|m| {
                let path = m.path();
                check_outcome(p, spans, &path, m.outcome, found).then(|| Member {
                    path,
                    option: &p.options[m.option].id,
                    outcome: m.outcome,
                })
            })
            .collect();
        if members.len() > 1 {
            check_comparison(spans, group.id, &members, found);
        }
    }
}

/// Checks one outcome; returns whether it is sound enough to compare.
fn check_outcome(p: &Procedure, spans: &Spans, path: &str, outcome: &Outcome, found: &mut Vec<Diagnostic>) -> bool {
    let before = found.len();
    let given = [outcome.frequency.is_some(), outcome.change.is_some(), outcome.fact].iter().filter(|g| **g).count();
    if given != 1 {
        let message = if given == 0 {
            "say what is known about this outcome: `frequency` (how often), `change` (how much a measure changes) or `fact: true`"
        } else {
            "give only one of `frequency`, `change` and `fact`"
        };
        found.push(Diagnostic::error("outcome-kind", &spans.at(&format!("{path}.id")), message).with_hint(
            "if nobody knows how often it happens, write `frequency: not-known`; docs/content.md shows each kind",
        ));
        return false;
    }
    match outcome.kind() {
        OutcomeKind::Count(Frequency::NotKnown) | OutcomeKind::Fact => {}
        OutcomeKind::Count(Frequency::Measured(m)) => check_measure(p, spans, &format!("{path}.frequency"), m, found),
        OutcomeKind::Count(Frequency::Series(list)) => {
            if list.is_empty() {
                found.push(Diagnostic::error(
                    "empty-series",
                    &spans.at(&format!("{path}.frequency")),
                    "a list of figures needs at least one figure",
                ));
            }
            let mut last: Option<u32> = None;
            for (k, m) in list.iter().enumerate() {
                let at = format!("{path}.frequency.{k}");
                check_measure(p, spans, &at, m, found);
                match m.time_frame {
                    None => found.push(
                        Diagnostic::error(
                            "time-point-missing",
                            &spans.at(&at),
                            "each figure in a list of time points needs its `time_frame`",
                        )
                        .with_hint("for example `time_frame: { within: { months: 3 } }` or `time_frame: { at: { months: 12 } }`"),
                    ),
                    Some(t) => {
                        if last.is_some_and(|previous| t.months() <= previous) {
                            found.push(
                                Diagnostic::error(
                                    "time-points-out-of-order",
                                    &spans.at(&format!("{at}.time_frame")),
                                    "this time point is not later than the one before it",
                                )
                                .with_hint("list the figures from the earliest time point to the latest"),
                            );
                        }
                        last = Some(t.months());
                    }
                }
            }
        }
        OutcomeKind::Change(c) => check_change(p, spans, &format!("{path}.change"), c, found),
    }
    found.len() == before
}

fn check_measure(p: &Procedure, spans: &Spans, path: &str, m: &Measure, found: &mut Vec<Diagnostic>) {
    let given = [m.events.is_some(), m.range.is_some(), m.percent.is_some(), m.percent_range.is_some()];
    let at = |field: &str| spans.at(&format!("{path}.{field}"));
    match given.iter().filter(|g| **g).count() {
        0 => found.push(
            Diagnostic::error(
                "no-events",
                &spans.at(path),
                "a figure needs `events` (or a `range`, or a `percent`) and its `population`",
            )
            .with_hint("if nobody knows how often this happens, write `frequency: not-known`"),
        ),
        1 => {}
        _ => found.push(Diagnostic::error(
            "events-and-range",
            &at("range"),
            "give one of `events`, `range`, `percent` and `percent_range`, not several",
        )),
    }
    if m.population == Some(0) {
        found.push(Diagnostic::error("zero-population", &at("population"), "the population cannot be 0"));
    }
    if m.population.is_none() && m.percent_range.is_none() {
        let code = if m.events == Some(0) { "zero-without-population" } else { "missing-population" };
        found.push(
            Diagnostic::error(code, &spans.at(path), "give the `population`: how many people the study counted")
                .with_hint(if m.events == Some(0) {
                    "none of how many? A figure of 0 means something only beside the study's size"
                } else {
                    "only a `percent_range` may be given without the study's size"
                }),
        );
    }
    let population = m.population.unwrap_or(0);
    let individuals = m.counted == Counted::Individuals;
    if let Some(events) = m.events
        && population > 0
        && events > population
        && individuals
    {
        found.push(
            Diagnostic::error(
                "events-exceed-population",
                &at("events"),
                format!("{events} events is more than the population of {population}"),
            )
            .with_hint("events counts how many of the population had this outcome, so it cannot be larger"),
        );
    }
    if let Some((low, high)) = m.range {
        if low > high {
            found.push(
                Diagnostic::error(
                    "range-reversed",
                    &at("range"),
                    format!("the range {low} to {high} is the wrong way round"),
                )
                .with_hint(format!("write `range: [{high}, {low}]`")),
            );
        } else if population > 0 && high > population && individuals {
            found.push(Diagnostic::error(
                "events-exceed-population",
                &at("range"),
                format!("the top of the range, {high}, is more than the population of {population}"),
            ));
        }
    }
    for (field, value) in
        [("percent", m.percent.map(|p| (p, p))), ("percent_range", m.percent_range), ("interval", m.interval)]
    {
        if let Some((low, high)) = value {
            if !(0.0..=100.0).contains(&low) || !(0.0..=100.0).contains(&high) {
                found.push(
                    Diagnostic::error("percent-out-of-range", &at(field), "a percentage is between 0 and 100")
                        .with_hint("write the number the source gives, without the % sign, for example `78.3`"),
                );
            } else if low > high {
                found.push(
                    Diagnostic::error("range-reversed", &at(field), format!("{low} to {high} is the wrong way round"))
                        .with_hint("write the lower number first"),
                );
            }
        }
    }
    if let Some(arm) = &m.comparison {
        check_arm_name(p, spans, &format!("{path}.comparison.arm"), &arm.arm, found);
        match (arm.events, arm.percent, arm.population) {
            (_, _, None) => found.push(
                Diagnostic::error(
                    "arm-without-size",
                    &at("comparison"),
                    "give the comparison arm's `population`: how many people were in it",
                )
                .with_hint("a figure from the other arm means something only beside its size"),
            ),
            (None, None, _) => found.push(Diagnostic::error(
                "no-events",
                &at("comparison"),
                "give the comparison arm's `events` (or `percent`)",
            )),
            (Some(events), _, Some(size)) if events > size => found.push(Diagnostic::error(
                "events-exceed-population",
                &at("comparison.events"),
                format!("{events} events is more than the arm's population of {size}"),
            )),
            (_, _, Some(0)) => found.push(Diagnostic::error(
                "zero-population",
                &at("comparison.population"),
                "the population cannot be 0",
            )),
            _ => {}
        }
    }
}

fn check_change(p: &Procedure, spans: &Spans, path: &str, c: &Change, found: &mut Vec<Diagnostic>) {
    let at = |field: &str| spans.at(&format!("{path}.{field}"));
    if c.scale.name.trim().is_empty() {
        found.push(Diagnostic::error(
            "change-without-scale",
            &at("scale.name"),
            "name the measure, in words a patient would use",
        ));
    }
    if c.change().is_none() {
        found.push(
            Diagnostic::error("change-without-figure", &spans.at(path), "give `before` and `after`, or `mean_change`")
                .with_hint("the average before and after treatment, or the average change as the study reports it"),
        );
    }
    if c.population.is_none_or(|n| n == 0) {
        found.push(
            Diagnostic::error(
                "missing-population",
                &spans.at(path),
                "give the `population`: how many people the result is from",
            )
            .with_hint("an average means something only beside the number of people it is from"),
        );
    }
    if let (Some(min), Some(max)) = (c.scale.min, c.scale.max) {
        if min >= max {
            found.push(Diagnostic::error("range-reversed", &at("scale"), "the scale's `min` must be below its `max`"));
        }
        for (field, value) in [("before", c.before), ("after", c.after)] {
            if value.is_some_and(|v| v < min || v > max) {
                found.push(Diagnostic::error(
                    "outside-scale",
                    &at(field),
                    format!("this is outside the scale, which runs from {min} to {max}"),
                ));
            }
        }
    }
    if let Some((low, high)) = c.interval
        && low > high
    {
        found.push(
            Diagnostic::error("range-reversed", &at("interval"), format!("{low} to {high} is the wrong way round"))
                .with_hint("write the lower number first"),
        );
    }
    if let Some(arm) = &c.comparison {
        check_arm_name(p, spans, &format!("{path}.comparison.arm"), &arm.arm, found);
        if arm.population.is_none_or(|n| n == 0) {
            found.push(
                Diagnostic::error(
                    "arm-without-size",
                    &at("comparison"),
                    "give the comparison arm's `population`: how many people were in it",
                )
                .with_hint("a result from the other arm means something only beside its size"),
            );
        }
        if arm.change().is_none() {
            found.push(Diagnostic::error(
                "change-without-figure",
                &at("comparison"),
                "give the comparison arm's `before` and `after`, or its `mean_change`",
            ));
        }
    }
}

fn check_arm_name(p: &Procedure, spans: &Spans, path: &str, arm: &str, found: &mut Vec<Diagnostic>) {
    if ARM_KINDS.contains(&arm) || p.options.iter().any(|o| o.id == arm) {
        return;
    }
    let mut known: Vec<&str> = ARM_KINDS.to_vec();
    known.extend(p.options.iter().map(|o| o.id.as_str()));
    let hint = match crate::diagnostic::did_you_mean(arm, known.iter().copied()) {
        Some(k) => format!("did you mean `{k}`?"),
        None => format!("write one of: {}", known.join(", ")),
    };
    found.push(
        Diagnostic::error("unknown-arm", &spans.at(path), format!("`{arm}` is not a comparison arm or an option"))
            .with_hint(hint),
    );
}

/// Figures with the same id under several options are set side by side.
fn check_comparison(spans: &Spans, id: &str, members: &[Member<'_>], found: &mut Vec<Diagnostic>) {
    let first = &members[0];
    let first_line = spans.at(&first.path).line;
    let has_figure = |o: &Outcome| !o.measures().is_empty() || o.change.is_some();
    for m in &members[1..] {
        if m.outcome.source != first.outcome.source && has_figure(m.outcome) && has_figure(first.outcome) {
            found.push(
                Diagnostic::warning(
                    "comparison-sources-differ",
                    &spans.at(&format!("{}.source", m.path)),
                    format!(
                        "`{id}` is compared across options, but the figure for `{}` comes from `{}` and the one for `{}` (line {first_line}) from `{}`",
                        m.option, m.outcome.source, first.option, first.outcome.source
                    ),
                )
                .with_hint("figures from different studies may not be comparable (other people, other measures): give each its own id, or compare within one study with `comparison`"),
            );
        }
        let kinds = (first.outcome.kind(), m.outcome.kind());
        if !matches!(
            kinds,
            (OutcomeKind::Count(_), OutcomeKind::Count(_))
                | (OutcomeKind::Change(_), OutcomeKind::Change(_))
                | (OutcomeKind::Fact, OutcomeKind::Fact)
        ) {
            found.push(Diagnostic::error(
                "comparison-kinds-differ",
                &spans.at(&m.path),
                format!("`{id}` is a different kind of outcome here than at line {first_line}: compared outcomes are all counts, all changes or all facts"),
            ));
            continue;
        }
        let (a, b) = (first.outcome.measures(), m.outcome.measures());
        if let (Some(x), Some(y)) = (a.first(), b.first()) {
            if x.time_frame != y.time_frame {
                found.push(
                    Diagnostic::warning(
                        "comparison-time-frames-differ",
                        &spans.at(&format!("{}.frequency.time_frame", m.path)),
                        format!("`{id}` is compared across options, but its time frame here differs from the one at line {first_line}"),
                    )
                    .with_hint("figures compared side by side should cover the same time; say so in `detail` if they cannot"),
                );
            }
            if x.unit != y.unit || x.counted != y.counted {
                found.push(Diagnostic::warning(
                    "comparison-units-differ",
                    &spans.at(&format!("{}.frequency.unit", m.path)),
                    format!(
                        "`{id}` counts {} ({:?}) here but {} ({:?}) at line {first_line}",
                        y.unit.key(),
                        y.counted,
                        x.unit.key(),
                        x.counted
                    )
                    .to_lowercase(),
                ));
            }
        }
    }
    let all: Vec<(&str, &Measure)> =
        members.iter().flat_map(|m| m.outcome.measures().iter().map(move |x| (m.path.as_str(), x))).collect();
    let denominator = risk::denominator_for(all.iter().map(|(_, x)| *x));
    for (path, x) in all {
        if matches!(risk::phrase(x, denominator), risk::Phrase::FewerThanOne { .. }) {
            found.push(
                Diagnostic::error(
                    "comparison-scale",
                    &spans.at(&format!("{path}.frequency")),
                    format!("`{id}` is compared across options, but this figure is too small to show out of {denominator} beside the others"),
                )
                .with_hint("compared figures must share one denominator of 100 or 1,000; give this outcome its own id if it cannot be compared"),
            );
        }
    }
}
