//! The print formats a procedure is offered in: what a leaflet is, before
//! any word or number is in it. The view lays each out; `check` keeps a
//! static file from taking a leaflet's place.

/// The leaflet formats, in the order they are offered: A4, the A5 pages in
/// reading order, the same A5 pages imposed as a booklet on A4 sheets (PDF
/// only), large print, and the sheet at a glance in standard (11 pt) and
/// large print (16 pt).
pub const FORMATS: [&str; 6] = ["a4", "a5", "booklet", "large", "glance", "glance-large"];

/// The format whose print HTML and layout a format shares: the booklet is
/// the A5 leaflet's pages, imposed on A4 sheets, so it has no HTML or typst
/// layout of its own.
pub fn laid_out_as(format: &str) -> &str {
    if format == "booklet" { "a5" } else { format }
}
