//! Clinical sign-off and library updates as the care team reads them: who
//! approved the content version a document was made from ([`stamp`], the
//! governance pack's [`SignOff`]), what an approved version held
//! ([`snapshot`], kept by `informed approve`), and what changed since
//! ([`diff`], `informed library diff`). In the source language, for the team;
//! made from the loaded project alone.

use crate::load::{LoadedProcedure, Project};
use crate::model::{ApprovalStamp, SECTION_IDS, Snapshot};
use serde::Serialize;
use std::collections::BTreeMap;

/// Who approved `loaded`'s current content version, if anyone has.
pub fn stamp(project: &Project, loaded: &LoadedProcedure) -> Option<ApprovalStamp> {
    project.approvals.approving(&loaded.procedure.slug, &loaded.content_version()).map(ApprovalStamp::from)
}

/// The governance pack's account of sign-off.
#[derive(Debug, Clone, Serialize)]
pub struct SignOff {
    /// The content version the pack describes.
    pub content_version: String,
    /// Whether the site publishes only approved versions.
    pub required: bool,
    /// The approval of this version, if it has one.
    pub current: Option<ApprovalStamp>,
    /// Every approval of this procedure, newest first: version, who, role,
    /// when, what was reviewed (`content, local`), and the language for a translation.
    pub history: Vec<SignOffRow>,
    /// The library the procedure comes from, and that library's version.
    pub library: Option<(String, String)>,
    /// Whether the site lays a local layer over the library's procedure.
    pub local: bool,
}

/// One approval in the governance pack.
#[derive(Debug, Clone, Serialize)]
pub struct SignOffRow {
    /// Who approved which version, when.
    pub stamp: ApprovalStamp,
    /// What was reviewed, in words: `content, local`.
    pub reviewed: String,
    /// The language of a reviewed translation.
    pub locale: Option<String>,
    /// Whether this is the version the pack describes.
    pub current: bool,
}

/// The sign-off of `loaded`, for the governance pack.
pub fn sign_off(project: &Project, loaded: &LoadedProcedure) -> SignOff {
    let version = loaded.content_version();
    let history = project
        .approvals
        .of(&loaded.procedure.slug)
        .iter()
        .rev()
        .map(|a| SignOffRow {
            stamp: a.into(),
            reviewed: a.reviewed.iter().map(|r| r.word()).collect::<Vec<_>>().join(", "),
            locale: a.locale.clone(),
            current: a.version == version,
        })
        .collect();
    let library = loaded.library.as_ref().map(|name| {
        let version = project.libraries.iter().find(|l| &l.name == name).map(|l| l.version.clone());
        (name.clone(), version.unwrap_or_default())
    });
    SignOff {
        current: stamp(project, loaded),
        content_version: version,
        required: project.site.require_approval,
        history,
        library,
        local: site_local(project, loaded).is_some(),
    }
}

/// Adds the sign-off words to a document's interface words: who approved the
/// content it was made from (`consent-approved`, where someone has), and the
/// draft notice (`unapproved-notice`) where the site requires approval and
/// no one has given it. Only then, so a site without approvals shows nothing new.
pub fn sign_off_words(
    into: &mut BTreeMap<String, String>,
    approval: Option<&ApprovalStamp>,
    unapproved: bool,
    words: &super::Words<'_>,
) -> Result<(), String> {
    use crate::l10n::Arg;
    if let Some(a) = approval {
        let date = match crate::model::Date::parse(&a.on) {
            Ok(date) => words.date(&date)?,
            Err(_) => a.on.clone(),
        };
        let args = [
            ("name", Arg::Text(a.by.clone())),
            ("role", Arg::Text(a.role.clone())),
            ("date", Arg::Text(date)),
            ("version", Arg::Text(a.version.clone())),
        ];
        into.insert("consent-approved".to_string(), words.ui("consent-approved", &args)?);
    }
    if unapproved {
        into.insert("unapproved-notice".to_string(), words.ui("unapproved-notice", &[])?);
    }
    Ok(())
}

/// The governance pack: the audit's view, with sign-off beside it.
#[derive(Debug, Serialize)]
pub struct GovernanceView<'a> {
    /// What the audit form shows.
    #[serde(flatten)]
    pub audit: &'a super::clinician::AuditView,
    /// Who approved which version.
    pub sign_off: SignOff,
}

/// The site's own local layer over `loaded`, if it has one (not a library's over its library).
fn site_local<'a>(project: &Project, loaded: &'a LoadedProcedure) -> Option<&'a crate::load::Local> {
    loaded.locals.last().filter(|l| l.dir.starts_with(&project.content_dir))
}

/// What `loaded` holds now, as `informed approve` keeps it beside an approval.
pub fn snapshot(project: &Project, loaded: &LoadedProcedure) -> Snapshot {
    let local = site_local(project, loaded);
    let local_sections = local.map(|l| l.sections.clone()).unwrap_or_default();
    let sections = loaded
        .procedure
        .sections
        .iter()
        .filter(|(id, _)| !local_sections.contains_key(*id))
        .map(|(id, text)| (id.clone(), text.clone()))
        .collect();
    let file = crate::l10n::status::procedure_file(&loaded.procedure.slug);
    let translations = project
        .site
        .locales
        .iter()
        .filter_map(|tag| {
            let text = &project.translations.locale(tag)?.files.get(&file)?.text;
            Some((tag.clone(), text.clone()))
        })
        .collect();
    Snapshot {
        version: loaded.content_version(),
        library: loaded.library.clone(),
        procedure: loaded.text.clone(),
        sections,
        local: local.map(|l| l.text.clone()),
        local_sections,
        translations,
    }
}

/// What `informed library diff` reports.
#[derive(Debug, Clone, Serialize)]
pub struct LibraryDiff {
    /// The format of this report (1).
    pub version: u32,
    /// Each library: its name, folder, version now, and the version pinned.
    pub libraries: Vec<LibraryState>,
    /// Each procedure of the site, in slug order.
    pub procedures: Vec<ProcedureDiff>,
}

/// A library as the site finds it.
#[derive(Debug, Clone, Serialize)]
pub struct LibraryState {
    /// Its name.
    pub name: String,
    /// Its folder.
    pub path: String,
    /// Its version now.
    pub version: String,
    /// The version `site.yaml` pins, if any.
    pub pinned: Option<String>,
}

/// What changed in one procedure since its last approved version.
#[derive(Debug, Clone, Serialize)]
pub struct ProcedureDiff {
    /// The procedure.
    pub slug: String,
    /// The library it comes from, if any.
    pub library: Option<String>,
    /// Whether the site lays a local layer over it.
    pub local: bool,
    /// Its content version now.
    pub current: String,
    /// The last approval of its content, if any.
    pub approved: Option<ApprovalStamp>,
    /// `unchanged` (the current version is approved), `changed`, or `never-approved`.
    pub status: &'static str,
    /// What changed, when the approved version was kept.
    pub changes: Vec<Change>,
    /// Why there is nothing to compare with, when there is not.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// One change.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Change {
    /// `text`, `figure`, `source`, `section` or `translation`.
    pub kind: &'static str,
    /// Which layer holds it now: `library`, `local` or `site` (a procedure of the site's own).
    pub layer: &'static str,
    /// Where: a field's path (`options.nail.risks.infection.frequency.events`),
    /// a section (`about.md`) or a language (`cy`).
    pub what: String,
    /// Before (absent when it was added).
    pub before: Option<String>,
    /// Now (absent when it was removed).
    pub after: Option<String>,
    /// More about it, where useful (`2 of 7 paragraphs changed`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// What changed in every procedure since its last approved version.
/// `kept` holds what each last approved version held, as `informed approve`
/// kept it (by slug), where it could be read.
pub fn diff(project: &Project, kept: &BTreeMap<String, Snapshot>) -> LibraryDiff {
    let libraries = project
        .libraries
        .iter()
        .map(|l| LibraryState {
            name: l.name.clone(),
            path: l.dir.display().to_string(),
            version: l.version.clone(),
            pinned: l.pin.clone(),
        })
        .collect();
    let procedures = project
        .procedures
        .iter()
        .map(|loaded| {
            let slug = &loaded.procedure.slug;
            let current = loaded.content_version();
            let approved: Option<ApprovalStamp> = project.approvals.last(slug).map(Into::into);
            let mut diff = ProcedureDiff {
                slug: slug.clone(),
                library: loaded.library.clone(),
                local: site_local(project, loaded).is_some(),
                current: current.clone(),
                approved: approved.clone(),
                status: "changed",
                changes: Vec::new(),
                note: None,
            };
            match &approved {
                None => {
                    diff.status = "never-approved";
                    diff.note = Some("no version of it has been approved: all of it is new to review".to_string());
                }
                Some(a) if a.version == current => diff.status = "unchanged",
                Some(a) => match kept.get(slug).filter(|s| s.version == a.version) {
                    Some(before) => diff.changes = changes(project, loaded, before),
                    None => {
                        diff.note = Some(format!(
                            "what content version {} held was not kept (approvals/{slug}/{}.yaml), so the \
                             changes cannot be listed: review it whole",
                            a.version, a.version
                        ));
                    }
                },
            }
            diff
        })
        .collect();
    LibraryDiff { version: 1, libraries, procedures }
}

/// Every change between what `before` held and `loaded` now.
fn changes(project: &Project, loaded: &LoadedProcedure, before: &Snapshot) -> Vec<Change> {
    let mut found = Vec::new();
    let base_layer = if loaded.library.is_some() { "library" } else { "site" };
    let file = loaded.dir.join("procedure.yaml");
    compare_yaml(&file, &before.procedure, &loaded.text, base_layer, &mut found);
    let local = site_local(project, loaded);
    let local_file = local.map_or_else(|| loaded.dir.join(crate::model::LOCAL_FILE), |l| l.file.clone());
    let now_local = local.map(|l| l.text.as_str()).unwrap_or_default();
    compare_yaml(&local_file, before.local.as_deref().unwrap_or_default(), now_local, "local", &mut found);
    // Sections, as the patient reads them.
    let mut was = before.sections.clone();
    was.extend(before.local_sections.clone());
    for id in SECTION_IDS {
        let old = was.get(id);
        let new = loaded.procedure.sections.get(id);
        if old == new {
            continue;
        }
        let layer = if local.is_some_and(|l| l.sections.contains_key(id)) { "local" } else { base_layer };
        let (old_paras, new_paras) = (paragraphs(old), paragraphs(new));
        let changed_old: Vec<&str> = old_paras.iter().filter(|p| !new_paras.contains(p)).copied().collect();
        let changed_new: Vec<&str> = new_paras.iter().filter(|p| !old_paras.contains(p)).copied().collect();
        let note = match (old, new) {
            (None, _) => "added".to_string(),
            (_, None) => "removed".to_string(),
            _ => format!(
                "{} of {} paragraph{} changed",
                changed_new.len().max(changed_old.len()),
                new_paras.len(),
                if new_paras.len() == 1 { "" } else { "s" }
            ),
        };
        let (before, after) = excerpts(changed_old.first().copied(), changed_new.first().copied());
        found.push(Change { kind: "section", layer, what: format!("{id}.md"), before, after, note: Some(note) });
    }
    // Translations of this procedure.
    let file = crate::l10n::status::procedure_file(&loaded.procedure.slug);
    let mut tags: Vec<&String> = before.translations.keys().chain(project.site.locales.iter()).collect();
    tags.sort();
    tags.dedup();
    for tag in tags {
        let now = project.translations.locale(tag).and_then(|l| l.files.get(&file));
        let was = before.translations.get(tag);
        if now.map(|f| &f.text) == was {
            continue;
        }
        let layer = match now.map(|f| f.origin) {
            Some(crate::load::Origin::Site) => "local",
            _ => base_layer,
        };
        let note = match (was, now) {
            (None, _) => "new translation".to_string(),
            (_, None) => "no longer translated".to_string(),
            (Some(was), Some(now)) => {
                let (old, new) = (crate::load::ftl::FtlFile::parse(was), &now.ftl);
                let mut ids: Vec<&String> = old.messages.keys().chain(new.messages.keys()).collect();
                ids.sort();
                ids.dedup();
                let changed = ids
                    .iter()
                    .filter(|id| old.messages.get(**id).map(|m| &m.source) != new.messages.get(**id).map(|m| &m.source))
                    .count();
                format!("{changed} message{} changed", if changed == 1 { "" } else { "s" })
            }
        };
        found.push(Change {
            kind: "translation",
            layer,
            what: tag.clone(),
            before: None,
            after: None,
            note: Some(note),
        });
    }
    found
}

/// Each changed value of two YAML texts of one file, keyed by path.
fn compare_yaml(file: &std::path::Path, before: &str, now: &str, layer: &'static str, found: &mut Vec<Change>) {
    if before == now {
        return;
    }
    let flat = |text: &str| {
        let mut out = BTreeMap::new();
        let blank = text.lines().all(|l| l.trim().is_empty() || l.trim_start().starts_with('#'));
        if !blank && let Ok((value, _)) = crate::load::yaml::parse::<serde_json::Value>(file, text) {
            flatten(&value, String::new(), &mut out);
        }
        out
    };
    let (old, new) = (flat(before), flat(now));
    let mut paths: Vec<&String> = old.keys().chain(new.keys()).collect();
    paths.sort();
    paths.dedup();
    for path in paths {
        let (was, is) = (old.get(path), new.get(path));
        if was == is {
            continue;
        }
        let (before, after) = excerpts(was.map(String::as_str), is.map(String::as_str));
        found.push(Change { kind: kind_of(path), layer, what: path.clone(), before, after, note: None });
    }
}

/// What kind of value a path holds: a figure, a source, or text.
fn kind_of(path: &str) -> &'static str {
    let parts: Vec<&str> = path.split('.').collect();
    if parts.iter().any(|p| ["frequency", "change", "certainty"].contains(p)) {
        "figure"
    } else if parts.first() == Some(&"sources") || parts.last() == Some(&"source") {
        "source"
    } else {
        "text"
    }
}

/// Every scalar of `value` by path; a list of things with ids is keyed by id
/// (`options.nail.risks.infection`), so a moved entry is not a change.
fn flatten(value: &serde_json::Value, path: String, out: &mut BTreeMap<String, String>) {
    use serde_json::Value;
    let join = |key: &str| if path.is_empty() { key.to_string() } else { format!("{path}.{key}") };
    match value {
        Value::Object(map) => {
            for (key, v) in map {
                flatten(v, join(key), out);
            }
        }
        Value::Array(list) => {
            let ids: Option<Vec<&str>> = list.iter().map(|v| v.get("id").and_then(Value::as_str)).collect();
            for (i, v) in list.iter().enumerate() {
                let key = ids.as_ref().map_or_else(|| i.to_string(), |ids| ids[i].to_string());
                flatten(v, join(&key), out);
            }
        }
        Value::Null => {}
        Value::String(s) => {
            out.insert(path, s.split_whitespace().collect::<Vec<_>>().join(" "));
        }
        other => {
            out.insert(path, other.to_string());
        }
    }
}

/// A section's paragraphs (blocks between blank lines), trimmed.
fn paragraphs(text: Option<&String>) -> Vec<&str> {
    text.map(|t| t.split("\n\n").map(str::trim).filter(|p| !p.is_empty()).collect()).unwrap_or_default()
}

/// Two versions of a text as a reader compares them: the words that differ,
/// with a few words either side (and `…` where words are left out).
fn excerpts(before: Option<&str>, after: Option<&str>) -> (Option<String>, Option<String>) {
    const AROUND: usize = 6;
    const LONGEST: usize = 40;
    fn words(t: Option<&str>) -> Option<Vec<&str>> {
        t.map(|t| t.split_whitespace().collect())
    }
    let (Some(old), Some(new)) = (words(before), words(after)) else {
        let cut = |w: Vec<&str>| cut(&w, 0, w.len().min(LONGEST));
        return (words(before).map(cut), words(after).map(cut));
    };
    let same_start = old.iter().zip(&new).take_while(|(a, b)| a == b).count();
    let room = old.len().min(new.len()) - same_start;
    let same_end = old.iter().rev().zip(new.iter().rev()).take(room).take_while(|(a, b)| a == b).count();
    let from = same_start.saturating_sub(AROUND);
    let show = |w: &[&str]| {
        let to = (w.len() - same_end + AROUND).min(w.len()).min(from + LONGEST);
        cut(w, from, to)
    };
    (Some(show(&old)), Some(show(&new)))
}

/// Words `from..to` of `words`, with `…` where words are left out.
fn cut(words: &[&str], from: usize, to: usize) -> String {
    let mut text = words[from..to.max(from)].join(" ");
    if from > 0 {
        text.insert_str(0, "… ");
    }
    if to < words.len() {
        text.push_str(" …");
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_keyed_by_id_and_kinds_named() {
        let value: serde_json::Value = serde_json::json!({
            "options": [{"id": "nail", "risks": [{"id": "infection", "frequency": {"events": 3}, "source": "a"}]}],
            "sources": [{"id": "a", "citation": "A  study"}],
            "title": "T"
        });
        let mut out = BTreeMap::new();
        flatten(&value, String::new(), &mut out);
        assert_eq!(out.get("options.nail.risks.infection.frequency.events").map(String::as_str), Some("3"));
        assert_eq!(out.get("sources.a.citation").map(String::as_str), Some("A study"));
        assert_eq!(kind_of("options.nail.risks.infection.frequency.events"), "figure");
        assert_eq!(kind_of("options.nail.risks.infection.source"), "source");
        assert_eq!(kind_of("sources.a.citation"), "source");
        assert_eq!(kind_of("title"), "text");
        let (was, now) = excerpts(
            Some("one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen"),
            Some("one two three four five six seven eight NINE ten eleven twelve thirteen fourteen fifteen sixteen"),
        );
        assert_eq!(
            was.as_deref(),
            Some("… three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen …")
        );
        assert_eq!(
            now.as_deref(),
            Some("… three four five six seven eight NINE ten eleven twelve thirteen fourteen fifteen …")
        );
        assert_eq!(excerpts(Some("5"), Some("6")), (Some("5".to_string()), Some("6".to_string())));
    }
}
