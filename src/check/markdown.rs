//! Markdown sections: raw HTML and unsafe links are errors at their line and column.

use crate::diagnostic::{Diagnostic, Location};
use crate::load::LoadedProcedure;
use crate::markdown::{Problem, problems};

pub(super) fn check(loaded: &LoadedProcedure, found: &mut Vec<Diagnostic>) {
    for (id, text) in &loaded.procedure.sections {
        let file = loaded.section_file(id);
        for (offset, problem) in problems(text) {
            let at = Location::at_offset(&file, text, offset);
            found.push(match problem {
                Problem::RawHtml(html) => {
                    Diagnostic::error("markdown-raw-html", &at, format!("raw HTML is not allowed: `{html}`"))
                        .with_hint("write plain Markdown; the page's own styles and templates handle layout")
                }
                Problem::UnsafeLink(url) => {
                    Diagnostic::error("unsafe-link", &at, format!("this link cannot be used: `{url}`")).with_hint(
                        "links may go to https:// web pages, mailto: or tel: addresses, or #anchors on the page",
                    )
                }
            });
        }
    }
}
