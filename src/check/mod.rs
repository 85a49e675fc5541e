//! Checks a loaded project and reports every problem found, each tied to file, line and column.
//!
//! Errors stop the build; warnings do not (unless `--deny warnings`). Checks
//! never change the project: they only read it.

mod content;
mod frequencies;
pub mod ipdas;
mod prose;
mod sections;
pub mod translations;
pub mod readability;

use crate::diagnostic::{self, Diagnostic};
use crate::load::Project;
use crate::model::Date;

/// What the checks need to know beyond the project itself.
#[derive(Debug, Clone, Copy)]
pub struct CheckOptions {
    /// Today's date, for review dates. Passed in so checks stay repeatable.
    pub today: Date,
}

/// Runs every check and returns the diagnostics sorted by place.
pub fn check(project: &Project, options: &CheckOptions) -> Vec<Diagnostic> {
    let mut found = Vec::new();
    content::check_site(project, &mut found);
    for loaded in &project.procedures {
        content::check_procedure(loaded, options, &mut found);
        frequencies::check(loaded, &mut found);
        sections::check(project, loaded, &mut found);
        prose::check(loaded, &mut found);
        ipdas::check(loaded, &mut found);
        readability::check(loaded, project.site.reading_age, &mut found);
    }
    diagnostic::sort(&mut found);
    found
}
