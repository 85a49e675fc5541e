//! What the checker reads in Markdown: every link and image address, and
//! what must not reach a page (raw HTML, unsafe links, third-party images),
//! each with its place.

use super::options;
use crate::links::is_safe_link;
use pulldown_cmark::{Event, Parser, Tag};

/// Something in a Markdown text that must not reach a page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// Raw HTML, block or inline.
    RawHtml(String),
    /// A link or image whose address is not a web, mail or phone link.
    UnsafeLink(String),
    /// An image from another host, or any address starting `//`: the reader's
    /// browser would fetch from a third party, which then learns who reads what.
    ThirdParty(String),
}

/// Whether `url` would make a browser reach another host by itself: any
/// address with a scheme or starting `//` (protocol-relative).
fn is_remote(url: &str) -> bool {
    let trimmed = url.trim_start();
    trimmed.starts_with("//")
        || trimmed.starts_with("\\\\")
        || trimmed.split(['/', '?', '#']).next().is_some_and(|head| head.contains(':'))
}

/// Every link and image address in `text`, with its byte offset.
pub fn links(text: &str) -> Vec<(usize, String)> {
    Parser::new_ext(text, options())
        .into_offset_iter()
        .filter_map(|(event, range)| match event {
            Event::Start(Tag::Link { dest_url, .. } | Tag::Image { dest_url, .. }) => {
                Some((range.start, dest_url.to_string()))
            }
            _ => None,
        })
        .collect()
}

/// Every problem in `text`, with its byte offset.
pub fn problems(text: &str) -> Vec<(usize, Problem)> {
    let mut found = Vec::new();
    for (event, range) in Parser::new_ext(text, options()).into_offset_iter() {
        match event {
            Event::Html(html) | Event::InlineHtml(html) => {
                found.push((range.start, Problem::RawHtml(html.trim().chars().take(40).collect())));
            }
            Event::Start(Tag::Link { dest_url, .. } | Tag::Image { dest_url, .. }) if !is_safe_link(&dest_url) => {
                found.push((range.start, Problem::UnsafeLink(dest_url.to_string())));
            }
            Event::Start(Tag::Image { dest_url, .. }) if is_remote(&dest_url) => {
                found.push((range.start, Problem::ThirdParty(dest_url.to_string())));
            }
            Event::Start(Tag::Link { dest_url, .. }) if dest_url.trim_start().starts_with("//") => {
                found.push((range.start, Problem::ThirdParty(dest_url.to_string())));
            }
            _ => {}
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_raw_html_and_script_links() {
        let text = "Fine.\n\n<script>alert(1)</script>\n\nA [link](javascript:alert(1)) and <b>bold</b>.\n";
        let found = problems(text);
        assert_eq!(found.len(), 4, "{found:?}");
        assert!(matches!(found[0].1, Problem::RawHtml(_)));
        assert_eq!(found[1].1, Problem::UnsafeLink("javascript:alert(1)".into()));
    }
}
