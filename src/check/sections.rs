//! Markdown sections: raw HTML and unsafe links are errors; anchors, links to other pages and web addresses must work,
//! on the page and, for a section the print leaflets show, on the leaflets too.

use crate::diagnostic::{Diagnostic, Location};
use crate::links::check_external;
use crate::load::{LoadedProcedure, Project};
use crate::markdown::{Problem, links, problems};
use crate::model::print::{LEAFLET_ANCHORS, LEAFLET_SECTIONS, PAGE_ANCHORS};

pub(super) fn check(project: &Project, loaded: &LoadedProcedure, found: &mut Vec<Diagnostic>) {
    let p = &loaded.procedure;
    let mut anchors: Vec<String> = PAGE_ANCHORS.iter().map(|a| a.to_string()).collect();
    for o in &p.options {
        anchors.push(format!("option-{}", o.id));
        anchors.extend(o.benefits.iter().chain(&o.risks).map(|x| format!("outcome-{}", x.id)));
    }
    anchors.extend(p.sources.iter().map(|s| format!("source-{}", s.id)));
    // What the print leaflets have of the page: the parts they show, and each option.
    let mut printed: Vec<String> = LEAFLET_ANCHORS
        .iter()
        .filter(|a| match **a {
            "special-arrangements" => p.special_arrangements.apply,
            "device" => p.device_reporting.is_some(),
            _ => true,
        })
        .map(|a| a.to_string())
        .collect();
    printed.extend(p.options.iter().map(|o| format!("option-{}", o.id)));
    for (id, text) in &p.sections {
        let file = loaded.section_file(id);
        for (offset, problem) in problems(text) {
            let at = Location::at_offset(&file, text, offset);
            found.push(match problem {
                Problem::RawHtml(html) => {
                    Diagnostic::error("markdown-raw-html", &at, format!("raw HTML is not allowed: `{html}`"))
                        .with_hint("write plain Markdown; the page's own styles and templates handle layout")
                }
                Problem::ThirdParty(url) => Diagnostic::error(
                    "third-party",
                    &at,
                    format!("`{url}` would make the reader's browser fetch from another web site"),
                )
                .with_hint(
                    "put images in the site's static/ folder and link them by path; write web links in full, with https://",
                ),
                Problem::UnsafeLink(url) => {
                    Diagnostic::error("unsafe-link", &at, format!("this link cannot be used: `{url}`")).with_hint(
                        "links may go to https:// web pages, mailto: or tel: addresses, or #anchors on the page",
                    )
                }
            });
        }
        for (offset, url) in links(text) {
            let at = Location::at_offset(&file, text, offset);
            if let Some(anchor) = url.strip_prefix('#') {
                let on_page = anchors.iter().any(|a| a == anchor);
                if on_page && LEAFLET_SECTIONS.contains(&id.as_str()) && !printed.iter().any(|a| a == anchor) {
                    found.push(
                        Diagnostic::error(
                            "print-anchor",
                            &at,
                            format!("the print leaflets show this section but have no `#{anchor}`"),
                        )
                        .with_hint(format!(
                            "link to a part they show ({}), or say where to look without a link",
                            printed.iter().take(8).map(|a| format!("#{a}")).collect::<Vec<_>>().join(", ")
                        )),
                    );
                }
                if !on_page {
                    let hint = match crate::diagnostic::did_you_mean(anchor, anchors.iter().map(String::as_str)) {
                        Some(a) => format!("did you mean `#{a}`?"),
                        None => "link to a section (#options, #unknowns ...), an option (#option-<id>) or a source (#source-<id>)".to_string(),
                    };
                    found.push(
                        Diagnostic::error("broken-anchor", &at, format!("there is no `#{anchor}` on this page"))
                            .with_hint(hint),
                    );
                }
            } else if url.starts_with("http://") || url.starts_with("https://") {
                if let Err(why) = check_external(&url) {
                    found.push(Diagnostic::error(
                        "invalid-url",
                        &at,
                        format!("`{url}` is not a usable web address: {why}"),
                    ));
                }
            } else if let Some(rest) = url.strip_prefix("../") {
                let slug = rest.split(['/', '#']).next().unwrap_or("");
                if !project.procedures.iter().any(|o| o.procedure.slug == slug) {
                    found.push(
                        Diagnostic::error("broken-link", &at, format!("`{url}` does not lead to a page of this site"))
                            .with_hint("link to another procedure as ../<slug>/index.html"),
                    );
                }
            }
        }
    }
}
