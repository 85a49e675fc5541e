//! The places a link in a procedure's text may go to: the parts of the
//! built-in page (`procedure.html`) and what the built-in print leaflets
//! (`leaflet-body.html`, `leaflet.typ`) show of it, so that `check` can hold
//! a link to a place the page or leaflet has. These lists are the one
//! spelling in Rust; a test holds them to the templates' own `id`s and labels.

/// The anchors the built-in procedure template gives every page; each option
/// (`option-<id>`), outcome (`outcome-<id>`) and source (`source-<id>`) has
/// one too.
pub const PAGE_ANCHORS: &[&str] = &[
    "main",
    "about",
    "condition",
    "audience",
    "special-arrangements",
    "decision",
    "options",
    "details",
    "comparisons",
    "unknowns",
    "before",
    "during",
    "after",
    "team",
    "questions",
    "recording",
    "device",
    "sources",
    "leaflets",
    "about-info",
];

/// The Markdown sections the print leaflets show; the others (before, during,
/// after) are named on the leaflet as questions the web page answers.
pub const LEAFLET_SECTIONS: &[&str] = &["about"];

/// The parts of a print leaflet a link may go to (`#unknowns`), each an `id`
/// in the print HTML and a label in the PDF. `special-arrangements` and
/// `device` are there only where the procedure has them; each option is
/// there too, as `option-<id>`.
pub const LEAFLET_ANCHORS: &[&str] = &[
    "about",
    "condition",
    "audience",
    "special-arrangements",
    "decision",
    "options",
    "details",
    "unknowns",
    "questions",
    "device",
    "about-info",
];

#[cfg(test)]
mod tests {
    use super::*;

    fn template(name: &str) -> String {
        std::fs::read_to_string(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("templates").join(name)).unwrap()
    }

    /// The fixed `id`s in a template (not those made from data).
    fn ids(text: &str) -> Vec<String> {
        text.split("id=\"")
            .skip(1)
            .filter_map(|rest| rest.split('"').next())
            .filter(|id| !id.contains('{'))
            .map(String::from)
            .collect()
    }

    /// Every place listed is in the shipped templates, and every fixed place of
    /// the shipped page a reader may be sent to is listed: the lists and the
    /// templates cannot drift apart.
    #[test]
    fn the_lists_are_the_templates_places() {
        let page = [template("procedure.html"), template("base.html")].concat();
        let page_ids = ids(&page);
        // The sections from the procedure's own files are `id="{{ id }}"`.
        let from_sections = ["before", "during", "after"];
        for anchor in PAGE_ANCHORS {
            assert!(
                page_ids.iter().any(|i| i == anchor) || from_sections.contains(anchor),
                "`{anchor}` is listed but the page has no such place"
            );
        }
        for id in page_ids.iter().filter(|i| !i.ends_with("-h") && !i.contains("heading") && !i.contains("notice")) {
            assert!(PAGE_ANCHORS.contains(&id.as_str()), "the page has `#{id}`, which PAGE_ANCHORS does not list");
        }
        let body_ids = ids(&template("leaflet-body.html"));
        let typ = template("leaflet.typ");
        for anchor in LEAFLET_ANCHORS {
            assert!(body_ids.iter().any(|i| i == anchor), "`{anchor}` is not an id in leaflet-body.html");
            assert!(typ.contains(&format!("<{anchor}>")), "`{anchor}` is not a label in leaflet.typ");
        }
        for section in LEAFLET_SECTIONS {
            assert!(LEAFLET_ANCHORS.contains(section), "a printed section `{section}` is a place on the leaflet");
        }
    }
}
