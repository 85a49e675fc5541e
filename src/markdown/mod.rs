//! Markdown narrative, one job a module:
//!
//! - [`scan`]: what the checker reads (links, and what must not reach a page, with places);
//! - [`html`]: sanitised HTML for pages and print leaflets;
//! - [`blocks`]: blocks of styled runs for the PDF templates;
//! - [`segments`]: a section's blocks as translation units, and translations put back in the source's structure.
//!
//! pulldown-cmark passes raw HTML through by design, so the checker refuses it
//! (with its place), and rendering drops it as well and runs ammonia over the
//! result: a hostile section that slipped past the checker still cannot put
//! markup or script on a page.

pub mod blocks;
pub mod html;
pub mod scan;
pub mod segments;

pub use blocks::{Block, Run, events_to_blocks, to_blocks};
pub use html::{events_to_safe_html, to_safe_html};
pub use scan::{Problem, links, problems};
pub use segments::{Segment, SegmentKind, is_inline_only, segments, translated_events};

use pulldown_cmark::Options;

fn options() -> Options {
    Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH
}

/// Narrative headings sit under the section heading (h2) of the page.
fn deeper(level: pulldown_cmark::HeadingLevel) -> pulldown_cmark::HeadingLevel {
    use pulldown_cmark::HeadingLevel::*;
    match level {
        H1 | H2 | H3 => H3,
        H4 => H4,
        H5 => H5,
        H6 => H6,
    }
}
