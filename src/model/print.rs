//! What the built-in print leaflets (`leaflet.html`, `leaflet.typ`) show of a
//! procedure, so that `check` can hold a link in what they print to a place
//! they have, as it holds the page's links to the page.

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
