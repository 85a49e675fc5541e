//! The audit: what a team records for every patient. Each audit outcome must
//! be an outcome the leaflet shows for the audited option, so the audit report
//! can set local results beside the leaflet's figure; each outcome the
//! guidance names as key must be audited.

use super::content::{check_id, check_url};
use crate::diagnostic::{Diagnostic, did_you_mean};
use crate::load::LoadedProcedure;
use std::collections::HashSet;

pub(super) fn check(loaded: &LoadedProcedure, found: &mut Vec<Diagnostic>) {
    let p = &loaded.procedure;
    let spans = &loaded.spans;
    if let Some(url) = &p.guidance.for_the_public {
        check_url(spans, "guidance.for_the_public", url, found);
    }
    let Some(audit) = &p.audit else {
        for (i, key) in p.guidance.key_outcomes.iter().enumerate() {
            let known = p.options.iter().any(|o| o.benefits.iter().chain(&o.risks).any(|x| &x.id == key));
            if !known {
                found.push(unknown_outcome(spans.at(&format!("guidance.key_outcomes.{i}")), key, "any option", &[]));
            }
        }
        return;
    };
    if p.options.iter().any(|o| !crate::load::is_valid_slug(&o.id)) {
        // An option's id is already wrong (`invalid-id`): matching against it would only repeat that.
        return;
    }
    let Some(option) = p.options.iter().find(|o| o.id == audit.option) else {
        let ids: Vec<&str> = p.options.iter().map(|o| o.id.as_str()).collect();
        let mut d = Diagnostic::error(
            "audit-option",
            &spans.at("audit.option"),
            format!("`{}` is not one of this procedure's options", audit.option),
        );
        d = match did_you_mean(&audit.option, ids.iter().copied()) {
            Some(id) => d.with_hint(format!("did you mean `{id}`?")),
            None => d.with_hint(format!("the options are: {}", ids.join(", "))),
        };
        found.push(d);
        return;
    };
    let outcomes: Vec<&str> = option.benefits.iter().chain(&option.risks).map(|o| o.id.as_str()).collect();
    let mut seen = HashSet::new();
    for (i, a) in audit.outcomes.iter().enumerate() {
        let at = |field: &str| spans.at(&format!("audit.outcomes.{i}.{field}"));
        check_id(spans, &format!("audit.outcomes.{i}.id"), &a.id, &mut seen, found);
        if !outcomes.contains(&a.outcome.as_str()) {
            found.push(unknown_outcome(at("outcome"), &a.outcome, &option.id, &outcomes));
        }
        if a.recorded_at.is_empty() {
            found.push(
                Diagnostic::error("audit-time-points", &at("recorded_at"), "say when this outcome is recorded")
                    .with_hint("for example `recorded_at: [by-end-of-treatment]` or `[{ at: { months: 12 } }]`"),
            );
        }
        let mut columns = HashSet::new();
        for (j, t) in a.recorded_at.iter().enumerate() {
            if !columns.insert(t.column_key()) {
                found.push(Diagnostic::error(
                    "audit-time-points",
                    &spans.at(&format!("audit.outcomes.{i}.recorded_at.{j}")),
                    "this time point is given twice",
                ));
            }
        }
    }
    for (i, key) in p.guidance.key_outcomes.iter().enumerate() {
        let at = spans.at(&format!("guidance.key_outcomes.{i}"));
        if !outcomes.contains(&key.as_str()) {
            found.push(unknown_outcome(at, key, &option.id, &outcomes));
        } else if !audit.outcomes.iter().any(|a| &a.outcome == key) {
            found.push(
                Diagnostic::warning(
                    "audit-key-outcome-missing",
                    &at,
                    format!("the guidance names `{key}` as a key outcome, but the audit does not record it"),
                )
                .with_hint("add it to `audit.outcomes`, so every patient's result is recorded"),
            );
        }
    }
}

fn unknown_outcome(at: crate::diagnostic::Location, id: &str, option: &str, ids: &[&str]) -> Diagnostic {
    let d = Diagnostic::error("audit-outcome", &at, format!("`{id}` is not an outcome of `{option}` on the leaflet"));
    match did_you_mean(id, ids.iter().copied()) {
        Some(near) => d.with_hint(format!("did you mean `{near}`?")),
        None => d.with_hint("an audit outcome names an outcome the leaflet shows for the audited option"),
    }
}
