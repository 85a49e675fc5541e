//! `TODO`s left in content: every value `informed new` asks an editor to
//! supply reads `TODO: what to write`. `check` reports each as a warning
//! (code `todo`) where it stands; `build` refuses them unless `--drafts`
//! (see `pipeline`). Reads the text load kept, never the files again.

use crate::diagnostic::{Diagnostic, Location};
use crate::load::Project;
use std::path::Path;

/// The code of a `TODO` finding.
pub const CODE: &str = "todo";

/// The marker: a whole word, in capitals.
const MARKER: &str = "TODO";

pub(super) fn check(project: &Project, found: &mut Vec<Diagnostic>) {
    scan(&project.content_dir.join("site.yaml"), &project.site_text, found);
    for loaded in &project.procedures {
        check_procedure(loaded, found);
    }
}

/// The `TODO`s of one procedure.
pub(super) fn check_procedure(loaded: &crate::load::LoadedProcedure, found: &mut Vec<Diagnostic>) {
    scan(&loaded.dir.join("procedure.yaml"), &loaded.text, found);
    for (id, text) in &loaded.procedure.sections {
        scan(&loaded.section_file(id), text, found);
    }
    for local in &loaded.locals {
        scan(&local.file, &local.text, found);
    }
}

/// Reports every `TODO` in `text`, the content of `file`.
fn scan(file: &Path, text: &str, found: &mut Vec<Diagnostic>) {
    let word = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '_');
    for (offset, _) in text.match_indices(MARKER) {
        let after = &text[offset + MARKER.len()..];
        if word(text[..offset].chars().next_back()) || word(after.chars().next()) {
            continue;
        }
        let line = after.lines().next().unwrap_or("");
        let wanted = line.strip_prefix(':').map(|rest| rest.trim().trim_end_matches(['"', '\'']).trim()).unwrap_or("");
        let hint = if wanted.is_empty() {
            "replace `TODO` with the text it stands for".to_string()
        } else {
            format!("replace `TODO` with {wanted}")
        };
        found.push(
            Diagnostic::warning(CODE, &Location::at_offset(file, text, offset), "`TODO` left to fill in")
                .with_hint(hint),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_whole_words_with_what_to_write() {
        let mut found = Vec::new();
        let text = "title: \"TODO: the title\"\nx: TODOS # TODO\nTODO_x\n";
        scan(Path::new("p.yaml"), text, &mut found);
        assert_eq!(found.len(), 2);
        assert_eq!((found[0].line, found[0].column), (1, 9));
        assert_eq!(found[0].hint.as_deref(), Some("replace `TODO` with the title"));
        assert_eq!((found[1].line, found[1].column), (2, 12));
    }
}
