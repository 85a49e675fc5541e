//! `informed new`: starts a procedure, or a whole site, from the files in this folder.
//!
//! The files an editor starts from are plain files beside this module
//! (`procedure.yaml`, the Markdown sections, `site.yaml`, `README.md`),
//! embedded with `include_str!`; the only thing filled in is the date
//! (`{{today}}`, `{{month}}`, `{{next_year}}`). Every value an editor must
//! supply reads `TODO: …`, which `informed check` lists (code `todo`) and
//! `informed build` refuses without `--drafts`.
//!
//! Nothing is ever overwritten: [`write_new`] checks every path first and
//! writes nothing if any exists, then creates each file with `create_new`.

use crate::model::Date;
use std::path::{Path, PathBuf};

const PROCEDURE: &str = include_str!("procedure.yaml");
const SECTIONS: [(&str, &str); 4] = [
    ("about", include_str!("about.md")),
    ("before", include_str!("before.md")),
    ("during", include_str!("during.md")),
    ("after", include_str!("after.md")),
];
const SITE: &str = include_str!("site.yaml");
const README: &str = include_str!("README.md");

/// The procedure a new site starts with.
pub const EXAMPLE_SLUG: &str = "new-procedure";

/// A file `informed new` writes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewFile {
    /// Where it goes.
    pub path: PathBuf,
    /// What it holds.
    pub text: String,
}

/// The files of a new procedure `slug` in the content folder `content`.
pub fn procedure(content: &Path, slug: &str, today: Date) -> Result<Vec<NewFile>, String> {
    if !crate::load::is_valid_slug(slug) {
        return Err(format!(
            "`{slug}` cannot be a procedure's name: it becomes part of the web address; \
             use lowercase letters a-z, digits and single hyphens, starting with a letter"
        ));
    }
    let dir = content.join(crate::paths::PROCEDURES).join(slug);
    if dir.symlink_metadata().is_ok() {
        return Err(format!("{} already exists; nothing was written", dir.display()));
    }
    let mut files = vec![NewFile { path: dir.join("procedure.yaml"), text: fill(PROCEDURE, today) }];
    for (id, text) in SECTIONS {
        files.push(NewFile { path: dir.join(format!("{id}.md")), text: text.to_string() });
    }
    Ok(files)
}

/// The files of a new site in `dir`: `content/site.yaml`, one procedure, a
/// README for the web team, and the schemas the YAML files name.
pub fn site(dir: &Path, today: Date) -> Result<Vec<NewFile>, String> {
    let occupied = std::fs::read_dir(dir).map(|mut entries| entries.next().is_some()).unwrap_or(false);
    if occupied || dir.is_file() {
        return Err(format!("{} already exists and is not empty; nothing was written", dir.display()));
    }
    let content = dir.join("content");
    let mut files = vec![
        NewFile { path: dir.join("README.md"), text: README.to_string() },
        NewFile { path: content.join("site.yaml"), text: SITE.to_string() },
    ];
    files.extend(procedure(&content, EXAMPLE_SLUG, today)?);
    for (name, text) in crate::schema::files() {
        files.push(NewFile { path: dir.join("schema").join(name), text });
    }
    Ok(files)
}

/// Writes `files`, none of which may exist: if any does, nothing is written.
pub fn write_new(files: &[NewFile]) -> Result<(), String> {
    if let Some(taken) = files.iter().find(|f| f.path.symlink_metadata().is_ok()) {
        return Err(format!("{} already exists; nothing was written", taken.path.display()));
    }
    for file in files {
        let write = || -> std::io::Result<()> {
            if let Some(parent) = file.path.parent() {
                std::fs::create_dir_all(parent)?;
            }
            let mut out = std::fs::OpenOptions::new().write(true).create_new(true).open(&file.path)?;
            std::io::Write::write_all(&mut out, file.text.as_bytes())
        };
        write().map_err(|e| format!("cannot write {}: {e}", file.path.display()))?;
    }
    Ok(())
}

/// Fills in the dates: today, this month, and a year from today.
fn fill(template: &str, today: Date) -> String {
    let day = today.day.unwrap_or(1);
    let next = Date {
        year: today.year + 1,
        month: today.month,
        day: Some(if today.month == 2 && day == 29 { 28 } else { day }),
    };
    let today = Date { day: Some(day), ..today };
    let month = Date { day: None, ..today };
    template
        .replace("{{today}}", &today.to_string())
        .replace("{{month}}", &month.to_string())
        .replace("{{next_year}}", &next.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_filled_in() {
        let today = Date::parse("2028-02-29").unwrap();
        let files = procedure(Path::new("content"), "x", today).unwrap();
        let yaml = &files[0].text;
        assert!(yaml.contains("published: 2028-02-29") && yaml.contains("next_review: 2029-02-28"));
        assert!(yaml.contains("issued: 2028-02 #"));
        assert!(!yaml.contains("{{"));
        assert_eq!(files.len(), 5);
    }

    #[test]
    fn refuses_bad_slugs() {
        assert!(procedure(Path::new("content"), "../x", Date::today()).is_err());
    }
}
