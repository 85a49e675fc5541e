//! Libraries, local layers and approval records.
//!
//! - a pinned library must hold the version it is pinned to;
//! - a local layer may change only what a site owns, and only what exists:
//!   a figure of the site's own must cite a source of the site's own (a
//!   local figure is its own source, never a silent edit of the library's);
//! - every approval record names a procedure of the site and a version that
//!   `informed approve` kept, by someone, in some role, on a day not yet to come;
//! - every finding in a library's file or a local layer says so, so an editor
//!   knows whose file to change.

use crate::diagnostic::{Diagnostic, Location, did_you_mean};
use crate::load::{LoadedProcedure, Local, Project};
use crate::model::{Date, Reviewed, is_version_id};

/// Checks the libraries' pins, every local layer and every approval record.
pub(super) fn check(project: &Project, today: Date, found: &mut Vec<Diagnostic>) {
    for library in &project.libraries {
        let Some(pin) = &library.pin else { continue };
        if *pin != library.version {
            found.push(
                Diagnostic::error(
                    "library-pin",
                    &library.pin_at,
                    format!(
                        "the library `{}` is pinned to version {pin}, but `{}` holds version {}",
                        library.name,
                        library.dir.display(),
                        library.version
                    ),
                )
                .with_hint(format!(
                    "the library changed since it was pinned: `informed library diff` shows what changed; once the \
                     changes are reviewed, write `pin: {}`",
                    library.version
                )),
            );
        }
    }
    for loaded in &project.procedures {
        for local in &loaded.locals {
            check_local(loaded, local, found);
        }
    }
    check_approvals(project, today, found);
}

/// What a local layer lays over a library's procedure must exist there, and a
/// figure of its own must come from a source of its own.
pub(super) fn check_local(loaded: &LoadedProcedure, local: &Local, found: &mut Vec<Diagnostic>) {
    let p = &loaded.procedure;
    let l = &local.layer;
    let at = |path: &str| local.spans.at(path);
    let library = &local.over;
    let own_sources: Vec<&str> = l.sources.iter().map(|s| s.id.as_str()).collect();
    if let Some(arrangements) = &l.special_arrangements
        && !arrangements.meaning.is_empty()
        && !p.special_arrangements.apply
    {
        found.push(
            Diagnostic::error(
                "library-override",
                &at("special_arrangements"),
                format!("the library `{library}`'s procedure has no special arrangements to add local ones to"),
            )
            .with_hint(
                "whether special arrangements apply is the guidance's to say: remove `special_arrangements` here",
            ),
        );
    }
    for (li, option) in l.options.iter().enumerate() {
        let Some(theirs) = p.options.iter().find(|o| o.id == option.id) else {
            let ids = p.options.iter().map(|o| o.id.as_str());
            let hint = match did_you_mean(&option.id, ids.clone()) {
                Some(close) => format!("did you mean `{close}`?"),
                None => format!("the library's options are: {}", ids.collect::<Vec<_>>().join(", ")),
            };
            found.push(
                Diagnostic::error(
                    "library-override",
                    &at(&format!("options.{li}.id")),
                    format!("the library `{library}`'s procedure has no option `{}`", option.id),
                )
                .with_hint(hint),
            );
            continue;
        };
        for (list, figures, outcomes) in
            [("benefits", &option.benefits, &theirs.benefits), ("risks", &option.risks, &theirs.risks)]
        {
            for (lj, figure) in figures.iter().enumerate() {
                let path = format!("options.{li}.{list}.{lj}");
                let Some(outcome) = outcomes.iter().find(|o| o.id == figure.id) else {
                    let ids = outcomes.iter().map(|o| o.id.as_str());
                    let hint = match did_you_mean(&figure.id, ids.clone()) {
                        Some(close) => format!("did you mean `{close}`?"),
                        None => format!("the {list} of `{}` are: {}", option.id, ids.collect::<Vec<_>>().join(", ")),
                    };
                    found.push(
                        Diagnostic::error(
                            "library-override",
                            &at(&format!("{path}.id")),
                            format!(
                                "the option `{}` has no {} `{}` in the library `{library}`",
                                option.id,
                                &list[..list.len() - 1],
                                figure.id
                            ),
                        )
                        .with_hint(hint),
                    );
                    continue;
                };
                if outcome.fact {
                    found.push(Diagnostic::error(
                        "library-figure",
                        &at(&path),
                        format!("`{}` is a fact of the option in the library, not a figure", figure.id),
                    ));
                }
                if figure.frequency.is_none() && figure.change.is_none() {
                    found.push(
                        Diagnostic::error("library-figure", &at(&path), "a local figure needs its figure")
                            .with_hint("give `frequency` (how often, here) or `change` (how much, here)"),
                    );
                }
                if !own_sources.contains(&figure.source.as_str()) {
                    let whose = if p.sources.iter().any(|s| s.id == figure.source) {
                        format!("`{}` is the library's source, not one of this site's own", figure.source)
                    } else {
                        format!("there is no source `{}` in this local layer", figure.source)
                    };
                    found.push(
                        Diagnostic::error(
                            "library-figure",
                            &at(&format!("{path}.source")),
                            format!("a figure of your own must come from a source of your own: {whose}"),
                        )
                        .with_hint(
                            "list where your figure comes from (your audit, your registry) under `sources` in \
                             local.yaml and cite it here; the library's figures and sources are changed only in the library",
                        ),
                    );
                }
            }
        }
    }
}

/// Every approval record names a procedure of the site and a version
/// `informed approve` kept, with who, in what role, when and what.
fn check_approvals(project: &Project, today: Date, found: &mut Vec<Diagnostic>) {
    let approvals = &project.approvals;
    let slugs: Vec<&str> = project.procedures.iter().map(|p| p.procedure.slug.as_str()).collect();
    let mut locales = vec![project.site.source_locale.as_str()];
    locales.extend(project.site.locales.iter().map(String::as_str));
    for (slug, file) in &approvals.files {
        if !slugs.contains(&slug.as_str()) {
            let hint = match did_you_mean(slug, slugs.iter().copied()) {
                Some(close) => format!("did you mean `{close}.yaml`?"),
                None => "each file in approvals/ is named after the procedure it approves".to_string(),
            };
            found.push(
                Diagnostic::error(
                    "approval-procedure",
                    &Location::start_of(&file.path),
                    format!("these are approvals of `{slug}`, which is not a procedure of this site"),
                )
                .with_hint(hint),
            );
            continue;
        }
        for (i, record) in file.records.iter().enumerate() {
            let at = |field: &str| file.spans.at(&format!("{i}.{field}"));
            if !is_version_id(&record.version) {
                found.push(
                    Diagnostic::error(
                        "approval-version",
                        &at("version"),
                        format!("`{}` is not a content version", record.version),
                    )
                    .with_hint("a content version is 8 letters and digits (0-9, a-f), as `informed approve` writes it"),
                );
            } else if !approvals.snapshots.contains(&(slug.clone(), record.version.clone())) {
                found.push(
                    Diagnostic::error(
                        "approval-version",
                        &at("version"),
                        format!(
                            "there never was a content version {} of `{slug}`: nothing of it was kept in {}",
                            record.version,
                            approvals.snapshot_file(slug, &record.version).display()
                        ),
                    )
                    .with_hint(
                        "approvals are added by `informed approve`, which keeps what each approved version held; \
                         a record written by hand is not an approval",
                    ),
                );
            }
            for (field, value) in [("by", &record.by), ("role", &record.role)] {
                if value.trim().is_empty() {
                    found.push(Diagnostic::error(
                        "approval-record",
                        &at(field),
                        format!("`{field}` is empty: an approval says who approved, and in what role"),
                    ));
                }
            }
            if record.on.ordinal() > today.ordinal() {
                found.push(Diagnostic::error(
                    "approval-record",
                    &at("on"),
                    format!("{} is after today ({today}): an approval is recorded when it is given", record.on),
                ));
            }
            if record.reviewed.is_empty() {
                found.push(
                    Diagnostic::error("approval-record", &at("reviewed"), "say what was reviewed")
                        .with_hint("any of: content, local, translation"),
                );
            }
            match (&record.locale, record.reviewed.contains(&Reviewed::Translation)) {
                (None, true) => found.push(
                    Diagnostic::error("approval-record", &at("reviewed"), "a translation was reviewed: say which")
                        .with_hint("add `locale:` with the language's tag"),
                ),
                (Some(tag), _) if !locales.contains(&tag.as_str()) => found.push(Diagnostic::error(
                    "approval-record",
                    &at("locale"),
                    format!("`{tag}` is not a language this site publishes"),
                )),
                (Some(_), false) => found.push(Diagnostic::error(
                    "approval-record",
                    &at("locale"),
                    "a language is named, but no translation was reviewed",
                )),
                _ => {}
            }
        }
    }
}

/// Says in each finding that is in a library's file, or in a site's local
/// layer over one, which layer it is in.
pub(super) fn name_layers(project: &Project, found: &mut [Diagnostic]) {
    if project.libraries.is_empty() {
        return;
    }
    for d in found.iter_mut() {
        let local = project.procedures.iter().flat_map(|p| &p.locals).find(|l| d.file.starts_with(&l.dir));
        let layer = match local {
            Some(local) => format!("the site's local layer over the library `{}`", local.over),
            None => match project
                .libraries
                .iter()
                .filter(|l| d.file.starts_with(&l.dir))
                .max_by_key(|l| l.dir.as_os_str().len())
            {
                Some(library) => format!("the library `{}`", library.name),
                None => continue,
            },
        };
        d.message = format!("{} [in {layer}]", d.message);
    }
}
