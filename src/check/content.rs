//! Schema-level checks the types cannot express: ids, references, dates, links.

use super::CheckOptions;
use crate::diagnostic::{Diagnostic, Location, did_you_mean};
use crate::load::{LoadedProcedure, Project, Spans, is_valid_slug};
use crate::model::FORMATS;
use crate::model::{Frequency, Texts};
use std::collections::HashSet;

/// Days before the next review date at which a warning starts.
const REVIEW_WARNING_DAYS: i64 = 60;

pub(super) fn check_site(project: &Project, found: &mut Vec<Diagnostic>) {
    let site = &project.site;
    let spans = &project.site_spans;
    if let Some(url) = &site.base_url {
        check_url(spans, "base_url", url, found);
    }
    if let Some(url) = &site.contact.web {
        check_url(spans, "contact.web", url, found);
    }
    check_static(project, found);
    for (field, value) in [("logo", &site.logo), ("favicon", &site.favicon)] {
        if let Some(name) = value {
            check_static_named(project, field, name, found);
        }
    }
}

/// A file `site.yaml` names in `static/` must be there.
fn check_static_named(project: &Project, field: &str, name: &str, found: &mut Vec<Diagnostic>) {
    if project.static_files.iter().any(|(file, _)| file == name) {
        return;
    }
    let mut diagnostic = Diagnostic::error(
        "static-missing",
        &project.site_spans.at(field),
        format!("`{field}` names `static/{name}`, which does not exist"),
    );
    let names = project.static_files.iter().map(|(file, _)| file.as_str());
    diagnostic = match did_you_mean(name, names) {
        Some(close) => diagnostic.with_hint(format!("did you mean `{close}`?")),
        None => diagnostic.with_hint(format!(
            "put the file in `static/` beside `content/`, and name it from there (`{field}: logo.svg`)"
        )),
    };
    found.push(diagnostic);
}

/// A file in `static/` may not take the place of a file the build makes.
fn check_static(project: &Project, found: &mut Vec<Diagnostic>) {
    let mut locales = vec![project.site.source_locale.clone()];
    locales.extend(project.site.locales.iter().cloned());
    let slugs: Vec<&str> = project.procedures.iter().map(|p| p.procedure.slug.as_str()).collect();
    let reserved = crate::paths::reserved(&locales, &project.site.source_locale, &slugs, &FORMATS);
    for (name, _) in &project.static_files {
        let copied = project.templates.get(name).is_some() && crate::load::is_copied_asset(name);
        if reserved.contains(name) || copied {
            found.push(
                Diagnostic::error(
                    "static-conflict",
                    &Location::start_of(&project.root.join("static").join(name)),
                    format!("`static/{name}` has the same path as a page the build makes"),
                )
                .with_hint("rename or move the file in `static/`"),
            );
        }
    }
}

pub(super) fn check_procedure(loaded: &LoadedProcedure, options: &CheckOptions, found: &mut Vec<Diagnostic>) {
    let p = &loaded.procedure;
    let spans = &loaded.spans;

    check_url(spans, "guidance.url", &p.guidance.url, found);
    if let Some(device) = &p.device_reporting {
        check_url(spans, "device_reporting.url", &device.url, found);
    }
    let implant = p.options.iter().position(|o| o.implant);
    match (implant, &p.device_reporting) {
        (Some(i), None) => found.push(
            Diagnostic::error(
                "device-reporting-missing",
                &spans.at(&format!("options.{i}.implant")),
                "this option leaves a device in the body, so the page must say how to report a problem with it",
            )
            .with_hint("add `device_reporting` with `text` and `url` (the MHRA Yellow Card site)"),
        ),
        (None, Some(_)) => found.push(
            Diagnostic::warning(
                "device-reporting-unneeded",
                &spans.at("device_reporting"),
                "no option is marked `implant: true`, so no device is left in the body to report on",
            )
            .with_hint(
                "mark the option that leaves a device in the body with `implant: true`, or remove `device_reporting`",
            ),
        ),
        _ => {}
    }
    let arrangements = &p.special_arrangements;
    if arrangements.apply && arrangements.reason.is_none() {
        found.push(
            Diagnostic::error(
                "arrangements-without-reason",
                &spans.at("special_arrangements.apply"),
                "say why the guidance asks for special arrangements",
            )
            .with_hint("add `reason: efficacy`, `reason: safety` or `reason: both`, as the guidance says"),
        );
    } else if !arrangements.apply && arrangements.reason.is_some() {
        found.push(Diagnostic::warning(
            "arrangements-without-reason",
            &spans.at("special_arrangements.reason"),
            "a reason is given, but `apply` is false: no special arrangements are shown",
        ));
    }

    let mut source_ids = HashSet::new();
    for (i, source) in p.sources.iter().enumerate() {
        let path = format!("sources.{i}");
        check_id(spans, &format!("{path}.id"), &source.id, &mut source_ids, found);
        if let Some(url) = &source.url {
            check_url(spans, &format!("{path}.url"), url, found);
        }
        if let Some(review) = &source.as_reported_in
            && !p.sources.iter().any(|s| &s.id == review && s.id != source.id)
        {
            found.push(Diagnostic::error(
                "unknown-source",
                &spans.at(&format!("{path}.as_reported_in")),
                format!("there is no other source with id `{review}`"),
            ));
        }
        if let Some(year) = source.year.filter(|y| !(1900..=options.today.year).contains(y)) {
            found.push(
                Diagnostic::error(
                    "invalid-year",
                    &spans.at(&format!("{path}.year")),
                    format!("{year} is not a possible year of publication"),
                )
                .with_hint("give the year the source was published, for example 2021"),
            );
        }
    }

    let mut option_ids = HashSet::new();
    for (i, option) in p.options.iter().enumerate() {
        check_id(spans, &format!("options.{i}.id"), &option.id, &mut option_ids, found);
        for (list, outcomes) in [("benefits", &option.benefits), ("risks", &option.risks)] {
            let mut outcome_ids = HashSet::new();
            for (j, outcome) in outcomes.iter().enumerate() {
                let path = format!("options.{i}.{list}.{j}");
                check_id(spans, &format!("{path}.id"), &outcome.id, &mut outcome_ids, found);
                if !source_ids.contains(outcome.source.as_str()) {
                    let known: Vec<&str> = p.sources.iter().map(|s| s.id.as_str()).collect();
                    let hint = match did_you_mean(&outcome.source, known.iter().copied()) {
                        Some(id) => format!("did you mean `{id}`?"),
                        None => format!("add it under `sources`, or cite one of: {}", known.join(", ")),
                    };
                    found.push(
                        Diagnostic::error(
                            "unknown-source",
                            &spans.at(&format!("{path}.source")),
                            format!("there is no source with id `{}`", outcome.source),
                        )
                        .with_hint(hint),
                    );
                } else if (matches!(outcome.frequency, Some(Frequency::Measured(_) | Frequency::Series(_)))
                    || outcome.change.is_some())
                    && p.sources
                        .iter()
                        .any(|s| s.id == outcome.source && s.kind == crate::model::SourceKind::TeamExperience)
                {
                    found.push(
                        Diagnostic::error(
                            "figure-without-evidence",
                            &spans.at(&format!(
                                "{path}.{}",
                                if outcome.change.is_some() { "change" } else { "frequency" }
                            )),
                            "a figure cannot come from the team's own experience",
                        )
                        .with_hint(
                            "cite a published study or guidance for the figure, or write `frequency: not-known`",
                        ),
                    );
                }
            }
        }
    }

    for (field, texts) in [
        ("special_arrangements.meaning", &p.special_arrangements.meaning),
        ("audience.for", &p.audience.suits),
        ("audience.not_for", &p.audience.not_for),
        ("uncertainties", &p.uncertainties),
        ("team", &p.team),
        ("questions", &p.questions),
        ("outcomes_recording", &p.outcomes_recording),
    ] {
        check_text_ids(spans, field, texts, found);
    }

    check_dates(loaded, options, found);
}

fn check_dates(loaded: &LoadedProcedure, options: &CheckOptions, found: &mut Vec<Diagnostic>) {
    let dates = &loaded.procedure.dates;
    let spans = &loaded.spans;
    let today = options.today.ordinal();
    let next = dates.next_review.ordinal();
    if dates.reviewed < dates.published {
        found.push(Diagnostic::error(
            "review-before-publication",
            &spans.at("dates.reviewed"),
            format!("the review date {} is before the publication date {}", dates.reviewed, dates.published),
        ));
    }
    if dates.next_review <= dates.reviewed {
        found.push(Diagnostic::error(
            "next-review-not-after-review",
            &spans.at("dates.next_review"),
            format!("the next review ({}) must come after the last review ({})", dates.next_review, dates.reviewed),
        ));
    }
    if next < today {
        found.push(
            Diagnostic::error(
                "review-overdue",
                &spans.at("dates.next_review"),
                format!("the next review was due on {}", dates.next_review),
            )
            .with_hint("check the content against the current evidence, then update `reviewed` and `next_review`"),
        );
    } else if next - today <= REVIEW_WARNING_DAYS {
        found.push(
            Diagnostic::warning(
                "review-due-soon",
                &spans.at("dates.next_review"),
                format!("the next review is due on {}, in {} days", dates.next_review, next - today),
            )
            .with_hint("plan the review now so the information does not go out of date"),
        );
    }
}

fn check_text_ids(spans: &Spans, field: &str, texts: &Texts, found: &mut Vec<Diagnostic>) {
    let mut seen = HashSet::new();
    for id in texts.keys() {
        check_id(spans, &format!("{field}.{id}"), id, &mut seen, found);
    }
}

/// Ids become parts of translation keys and anchors: they must be slugs and unique.
pub(super) fn check_id<'a>(
    spans: &Spans,
    path: &str,
    id: &'a str,
    seen: &mut HashSet<&'a str>,
    found: &mut Vec<Diagnostic>,
) {
    if !is_valid_slug(id) {
        found.push(
            Diagnostic::error("invalid-id", &spans.at(path), format!("`{id}` cannot be used as an id"))
                .with_hint("use lowercase letters a-z, digits and single hyphens, starting with a letter"),
        );
    } else if !seen.insert(id) {
        found.push(Diagnostic::error("duplicate-id", &spans.at(path), format!("the id `{id}` is used twice here")));
    }
}

pub(super) fn check_url(spans: &Spans, path: &str, url: &str, found: &mut Vec<Diagnostic>) {
    if let Err(why) = crate::links::check_external(url) {
        found.push(
            Diagnostic::error("invalid-url", &spans.at(path), format!("`{url}` is not a usable web address: {why}"))
                .with_hint("write a full address starting with https://"),
        );
    }
}
