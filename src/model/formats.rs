//! The print formats a procedure is offered in: what a leaflet is, before
//! any word or number is in it. The view lays each out; `check` keeps a
//! static file from taking a leaflet's place.

/// The leaflet formats, in the order they are offered: the sheet at a glance
/// comes in standard (11 pt) and large print (16 pt).
pub const FORMATS: [&str; 5] = ["a4", "a5", "large", "glance", "glance-large"];
