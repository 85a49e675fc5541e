//! Evidence checks: each outcome is one kind (count, change or fact); counts
//! within their population; arms, time points and scales complete and in order;
//! every number consistent with the others it sits beside (a change with its
//! before and after, an interval with its estimate, a difference with its two
//! groups); a figure from few people, or without a time frame, asked about;
//! comparisons on one scale and, where they are not, said so.

use crate::diagnostic::{Diagnostic, Location};
use crate::load::{LoadedProcedure, Spans};
use crate::model::{
    ARM_KINDS, Change, Counted, Frequency, Measure, NOT_REPORTED, Outcome, OutcomeKind, Procedure, Reported,
    SMALL_STUDY, Unit,
};
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

/// The hint for a figure without a time frame.
const TIME_FRAME_HINT: &str = "give it as the source does (`time_frame: { within: { months: 3 } }`, `time_frame: { at: { months: 12 } }`, `time_frame: by-end-of-treatment`), or write `time_frame: not-reported` if the source does not say: never guess one";

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
    let source_size = p.sources.iter().find(|s| s.id == outcome.source).and_then(|s| s.size);
    match outcome.kind() {
        OutcomeKind::Count(Frequency::NotKnown) | OutcomeKind::Fact => {}
        OutcomeKind::Count(Frequency::Measured(m)) => {
            let at = format!("{path}.frequency");
            check_measure(p, spans, &at, m, found);
            if m.time_frame.is_none() {
                found.push(
                    Diagnostic::warning(
                        "no-time-frame",
                        &spans.at(&at),
                        "this figure does not say over what time it was counted",
                    )
                    .with_hint(TIME_FRAME_HINT),
                );
            }
            check_small(spans, &at, m.population.or(source_size), m.unit, m.interval.is_some(), found);
            if let Some(arm) = &m.comparison {
                check_small(spans, &format!("{at}.comparison"), arm.population, m.unit, arm.interval.is_some(), found);
            }
        }
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
                check_small(spans, &at, m.population.or(source_size), m.unit, m.interval.is_some(), found);
                if let Some(arm) = &m.comparison {
                    check_small(
                        spans,
                        &format!("{at}.comparison"),
                        arm.population,
                        m.unit,
                        arm.interval.is_some(),
                        found,
                    );
                }
                match m.frame() {
                    None => found.push(
                        Diagnostic::error(
                            "time-point-missing",
                            &spans.at(&at),
                            "each figure in a list of time points needs its `time_frame`",
                        )
                        .with_hint("for example `time_frame: { within: { months: 3 } }` or `time_frame: { at: { months: 12 } }`; a figure whose source gives no time cannot be one of several time points"),
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
    // Warnings leave an outcome fit to compare.
    !found[before..].iter().any(Diagnostic::is_error)
}

/// A figure from fewer than [`SMALL_STUDY`] people, with no interval and no
/// answer, is worth a second look at the source.
fn check_small(spans: &Spans, path: &str, size: Option<u64>, unit: Unit, answered: bool, found: &mut Vec<Diagnostic>) {
    if let Some(n) = size.filter(|&n| n > 0 && n < SMALL_STUDY)
        && !answered
    {
        found.push(
            Diagnostic::warning(
                "small-study",
                &spans.at(path),
                format!(
                    "this figure comes from only {n} {}: every page and sheet will call it a small study and a rough guide",
                    unit.key()
                ),
            )
            .with_hint(format!(
                "give the 95% interval the source reports (`interval: [1, 21]`), or write `interval: {NOT_REPORTED}` if it gives none"
            )),
        );
    }
}

/// A number as an editor wrote it (`-2.39`, `8.5`).
fn num(x: f64) -> String {
    format!("{x}")
}

/// Whether an interval contains a figure, allowing for the rounding of both.
fn contains((low, high): (f64, f64), x: f64) -> bool {
    let slack = 0.05 + 0.005 * x.abs().max(low.abs()).max(high.abs());
    x >= low - slack && x <= high + slack
}

/// Whether two ways of giving one change agree, allowing for rounding.
fn agree(a: f64, b: f64) -> bool {
    (a - b).abs() <= 0.15 + 0.02 * a.abs().max(b.abs())
}

fn interval_excludes(at: &Location, what: &str, (low, high): (f64, f64), estimate: f64, hint: &str) -> Diagnostic {
    Diagnostic::error(
        "interval-excludes-estimate",
        at,
        format!(
            "the interval {} to {} does not contain {what} ({}), so it cannot be its interval",
            num(low),
            num(high),
            num((estimate * 100.0).round() / 100.0)
        ),
    )
    .with_hint(hint.to_string())
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
    let zero = m.events == Some(0) || m.percent == Some(0.0);
    if m.population.is_none() && (m.events.is_some() || m.range.is_some() || zero) {
        let code = if zero { "zero-without-population" } else { "missing-population" };
        found.push(
            Diagnostic::error(code, &spans.at(path), "give the `population`: how many people the study counted")
                .with_hint(if zero {
                    "none of how many? A figure of 0 means something only beside the study's size"
                } else {
                    "a count means something only beside the number it is out of; a `percent` or `percent_range` may go without it"
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
    let mut sound = true;
    for (field, value) in
        [("percent", m.percent.map(|p| (p, p))), ("percent_range", m.percent_range), ("interval", m.interval_given())]
    {
        if let Some((low, high)) = value {
            if !(0.0..=100.0).contains(&low) || !(0.0..=100.0).contains(&high) {
                sound = false;
                found.push(
                    Diagnostic::error("percent-out-of-range", &at(field), "a percentage is between 0 and 100")
                        .with_hint("write the number the source gives, without the % sign, for example `78.3`"),
                );
            } else if low > high {
                sound = false;
                found.push(
                    Diagnostic::error("range-reversed", &at(field), format!("{low} to {high} is the wrong way round"))
                        .with_hint("write the lower number first"),
                );
            }
        }
    }
    // An interval is of this group's own figure: it contains it (a range: it overlaps it).
    if let Some(interval) = m.interval_given().filter(|_| sound) {
        let hint = "the interval of this group's figure, in percent (`interval: [62, 85]` for 75 in 100); an interval of something else, such as the difference between two groups, does not belong here";
        let estimate = m.percent_estimate().or_else(|| match (m.range, m.percent_range, m.population) {
            (Some((l, h)), _, Some(n)) if n > 0 => {
                let (l, h) = (l as f64 * 100.0 / n as f64, h as f64 * 100.0 / n as f64);
                (h < interval.0 || l > interval.1).then_some((l + h) / 2.0)
            }
            (_, Some((l, h)), _) => (h < interval.0 || l > interval.1).then_some((l + h) / 2.0),
            _ => None,
        });
        if let Some(x) = estimate.filter(|x| !contains(interval, *x)) {
            found.push(interval_excludes(&at("interval"), "the figure itself in percent", interval, x, hint));
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
        if let Some((low, high)) = arm.interval.and_then(Reported::given) {
            if !(0.0..=100.0).contains(&low) || !(0.0..=100.0).contains(&high) || low > high {
                found.push(
                    Diagnostic::error(
                        "percent-out-of-range",
                        &at("comparison.interval"),
                        "an interval in percent runs from a lower to a higher number between 0 and 100",
                    )
                    .with_hint("write the lower number first, without the % sign"),
                );
            } else if let Some(x) = arm.percent_estimate().filter(|x| !contains((low, high), *x)) {
                found.push(interval_excludes(
                    &at("comparison.interval"),
                    "the arm's own figure in percent",
                    (low, high),
                    x,
                    "the interval of the comparison arm's figure, in percent",
                ));
            }
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
    if let (Some(min), Some(max)) = (c.scale.min, c.scale.max)
        && min >= max
    {
        found.push(Diagnostic::error("range-reversed", &at("scale"), "the scale's `min` must be below its `max`"));
    }
    if c.time_frame.is_none() {
        found.push(
            Diagnostic::warning("no-time-frame", &spans.at(path), "this result does not say when it was measured")
                .with_hint(TIME_FRAME_HINT),
        );
    }
    if !c.studies.is_empty() {
        check_studies(spans, path, c, found);
        return;
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
    check_small(spans, path, c.population, Unit::People, c.interval.is_some(), found);
    check_within_scale(spans, path, c, c.before, c.after, found);
    check_before_after(spans, path, "", c.before, c.after, c.mean_change, found);
    if let Some(interval) = c.interval_given() {
        if interval.0 > interval.1 {
            found.push(
                Diagnostic::error(
                    "range-reversed",
                    &at("interval"),
                    format!("{} to {} is the wrong way round", num(interval.0), num(interval.1)),
                )
                .with_hint("write the lower number first"),
            );
        } else if let Some(x) = c.change().filter(|x| !contains(interval, *x)) {
            found.push(interval_excludes(
                &at("interval"),
                "this group's own average change",
                interval,
                x,
                "`interval` is the interval of this group's change (negative numbers for a fall, `[-14.9, -10.2]`); the interval of the difference between the groups goes in `difference: { mean: …, interval: […] }`",
            ));
        }
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
        let arm_path = format!("{path}.comparison");
        check_small(spans, &arm_path, arm.population, Unit::People, arm.interval.is_some(), found);
        check_within_scale(spans, &arm_path, c, arm.before, arm.after, found);
        check_before_after(spans, &arm_path, "the comparison arm's ", arm.before, arm.after, arm.mean_change, found);
        if let Some(interval) = arm.interval.and_then(Reported::given)
            && let Some(x) = arm.change().filter(|x| interval.0 <= interval.1 && !contains(interval, *x))
        {
            found.push(interval_excludes(
                &at("comparison.interval"),
                "the arm's own average change",
                interval,
                x,
                "the interval of the comparison arm's own change",
            ));
        }
    }
    if let Some(d) = &c.difference {
        check_difference(spans, path, c, d, found);
    }
}

/// `before` and `after` inside the scale's `min` and `max`.
fn check_within_scale(
    spans: &Spans,
    path: &str,
    c: &Change,
    before: Option<f64>,
    after: Option<f64>,
    found: &mut Vec<Diagnostic>,
) {
    let (Some(min), Some(max)) = (c.scale.min, c.scale.max) else {
        return;
    };
    for (field, value) in [("before", before), ("after", after)] {
        if value.is_some_and(|v| v < min || v > max) {
            found.push(Diagnostic::error(
                "outside-scale",
                &spans.at(&format!("{path}.{field}")),
                format!("this is outside the scale, which runs from {} to {}", num(min), num(max)),
            ));
        }
    }
}

/// A `mean_change` given beside `before` and `after` must be their difference:
/// a lost minus sign would turn a fall into a rise.
fn check_before_after(
    spans: &Spans,
    path: &str,
    whose: &str,
    before: Option<f64>,
    after: Option<f64>,
    mean_change: Option<f64>,
    found: &mut Vec<Diagnostic>,
) {
    let (Some(b), Some(a), Some(m)) = (before, after, mean_change) else {
        return;
    };
    let from_values = a - b;
    if agree(m, from_values) {
        return;
    }
    let way = |x: f64| if x < 0.0 { "a fall" } else { "a rise" };
    let wrong_sign = m.signum() != from_values.signum() && agree(m.abs(), from_values.abs());
    found.push(
        Diagnostic::error(
            "change-mismatch",
            &spans.at(&format!("{path}.mean_change")),
            format!(
                "{whose}`mean_change` is {} ({}), but `before` {} and `after` {} make it {} ({})",
                num(m),
                way(m),
                num(b),
                num(a),
                num((from_values * 100.0).round() / 100.0),
                way(from_values)
            ),
        )
        .with_hint(if wrong_sign {
            "a fall is written with a minus sign (`mean_change: -8.5`)"
        } else {
            "give `before` and `after`, or `mean_change`, as the source reports them; if you give both they must agree"
        }),
    );
}

/// The study's difference between the groups: with its arm, its interval
/// around it, and the same way round as the two groups' changes.
fn check_difference(spans: &Spans, path: &str, c: &Change, d: &crate::model::Difference, found: &mut Vec<Diagnostic>) {
    let at = |field: &str| spans.at(&format!("{path}.difference.{field}"));
    let Some(arm) = &c.comparison else {
        found.push(
            Diagnostic::error(
                "difference-without-arm",
                &spans.at(&format!("{path}.difference")),
                "a difference between groups needs the other group: give `comparison` too",
            )
            .with_hint("`comparison: { arm: sham, mean_change: …, population: … }`, from the same study"),
        );
        return;
    };
    if let Some(interval) = d.interval {
        if interval.0 > interval.1 {
            found.push(
                Diagnostic::error(
                    "range-reversed",
                    &at("interval"),
                    format!("{} to {} is the wrong way round", num(interval.0), num(interval.1)),
                )
                .with_hint("write the lower number first"),
            );
        } else if !contains(interval, d.mean) {
            found.push(interval_excludes(
                &at("interval"),
                "the difference itself",
                interval,
                d.mean,
                "the interval of the difference between the groups, as the study reports it",
            ));
        }
    }
    if let (Some(this), Some(other)) = (c.change(), arm.change()) {
        let groups = this - other;
        if groups.abs() >= 0.5 && d.mean.abs() >= 0.5 && groups.signum() != d.mean.signum() {
            found.push(
                Diagnostic::error(
                    "difference-direction",
                    &at("mean"),
                    format!(
                        "the difference is {} here, but the two groups' changes ({} and {}) make it {}",
                        num(d.mean),
                        num(this),
                        num(other),
                        num((groups * 100.0).round() / 100.0)
                    ),
                )
                .with_hint("the difference is this group's change minus the comparison arm's: negative when this group ended lower"),
            );
        } else if (groups - d.mean).abs() > 1.0_f64.max(0.5 * groups.abs()) {
            found.push(
                Diagnostic::warning(
                    "difference-size",
                    &at("mean"),
                    format!(
                        "the difference is {} here, far from what the two groups' changes make it ({})",
                        num(d.mean),
                        num((groups * 100.0).round() / 100.0)
                    ),
                )
                .with_hint("an adjusted difference can differ a little; check the number against the paper"),
            );
        }
    }
}

/// A range of average changes across studies: each study with its change and size, and nothing else beside them.
fn check_studies(spans: &Spans, path: &str, c: &Change, found: &mut Vec<Diagnostic>) {
    let at = |field: &str| spans.at(&format!("{path}.{field}"));
    for (field, set) in [
        ("before", c.before.is_some()),
        ("after", c.after.is_some()),
        ("mean_change", c.mean_change.is_some()),
        ("population", c.population.is_some()),
        ("interval", c.interval.is_some()),
        ("comparison", c.comparison.is_some()),
        ("difference", c.difference.is_some()),
    ] {
        if set {
            found.push(
                Diagnostic::error(
                    "studies-and-figure",
                    &at(field),
                    format!("`{field}` belongs to one study's result, but this result is a range across `studies`"),
                )
                .with_hint("give each study's figures under `studies`, or give one study's result without `studies`"),
            );
        }
    }
    if c.studies.len() < 2 {
        found.push(
            Diagnostic::error("studies-too-few", &at("studies"), "a range across studies needs at least two studies")
                .with_hint("for one study, give its `before` and `after` (or `mean_change`) and `population` without `studies`"),
        );
    }
    for (k, s) in c.studies.iter().enumerate() {
        let study = format!("{path}.studies.{k}");
        if s.change().is_none() {
            found.push(Diagnostic::error(
                "change-without-figure",
                &spans.at(&study),
                "give this study's `before` and `after`, or its `mean_change`",
            ));
        }
        if s.population.is_none_or(|n| n == 0) {
            found.push(
                Diagnostic::error(
                    "missing-population",
                    &spans.at(&study),
                    "give the `population`: how many people this study's result is from",
                )
                .with_hint("the page shows each study's size beside the range"),
            );
        }
        check_within_scale(spans, &study, c, s.before, s.after, found);
        check_before_after(spans, &study, "this study's ", s.before, s.after, s.mean_change, found);
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

/// What a count counts, in an editor's words.
fn counting(m: &Measure) -> String {
    let what = m.unit.key();
    match m.counted {
        Counted::Individuals => format!("{what}, each once"),
        Counted::Occurrences => format!("every time it happened, per {what}"),
    }
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
        if let (OutcomeKind::Change(a), OutcomeKind::Change(b)) = kinds {
            if a.frame() != b.frame() {
                found.push(
                    Diagnostic::warning(
                        "comparison-time-frames-differ",
                        &spans.at(&format!("{}.change.time_frame", m.path)),
                        format!("`{id}` is compared across options, but it was measured at a different time here than at line {first_line}"),
                    )
                    .with_hint("results compared side by side should be measured at the same time; say so in `detail` if they cannot"),
                );
            }
            if a.scale.unit != b.scale.unit || a.scale.better != b.scale.better {
                found.push(
                    Diagnostic::error(
                        "comparison-scales-differ",
                        &spans.at(&format!("{}.change.scale", m.path)),
                        format!("`{id}` is compared across options on one axis, but its scale here has another unit or direction than at line {first_line}"),
                    )
                    .with_hint("compared results must be on the same measure; give this outcome its own id if it is measured another way"),
                );
            }
        }
        let (a, b) = (first.outcome.measures(), m.outcome.measures());
        if let (Some(x), Some(y)) = (a.first(), b.first()) {
            if x.frame() != y.frame() {
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
                    format!("`{id}` counts {} here but {} at line {first_line}", counting(y), counting(x)),
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
