//! Markdown narrative: finding what must not reach a page, and turning the rest into safe HTML.
//!
//! pulldown-cmark passes raw HTML through by design, so the checker refuses it
//! (with its place), and rendering drops it as well and runs ammonia over the
//! result: a hostile section that slipped past the checker still cannot put
//! markup or script on a page.

use crate::links::is_safe_link;
use pulldown_cmark::{CowStr, Event, Options, Parser, Tag};

/// Something in a Markdown text that must not reach a page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// Raw HTML, block or inline.
    RawHtml(String),
    /// A link or image whose address is not a web, mail or phone link.
    UnsafeLink(String),
}

fn options() -> Options {
    Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH
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
            _ => {}
        }
    }
    found
}

/// `text` as sanitised HTML: raw HTML shown as text, unsafe links dropped,
/// headings moved down so they sit under the page's own headings.
pub fn to_safe_html(text: &str) -> String {
    let events = Parser::new_ext(text, options()).map(|event| match event {
        Event::Html(html) | Event::InlineHtml(html) => Event::Text(html),
        Event::Start(Tag::Link {
            link_type,
            dest_url,
            title,
            id,
        }) if !is_safe_link(&dest_url) => Event::Start(Tag::Link {
            link_type,
            dest_url: CowStr::Borrowed(""),
            title,
            id,
        }),
        Event::Start(Tag::Heading {
            level,
            id,
            classes,
            attrs,
        }) => Event::Start(Tag::Heading {
            level: deeper(level),
            id,
            classes,
            attrs,
        }),
        Event::End(pulldown_cmark::TagEnd::Heading(level)) => {
            Event::End(pulldown_cmark::TagEnd::Heading(deeper(level)))
        }
        other => other,
    });
    let mut html = String::with_capacity(text.len() * 2);
    pulldown_cmark::html::push_html(&mut html, events);
    ammonia::Builder::default()
        .url_schemes(["http", "https", "mailto", "tel"].into_iter().collect())
        .link_rel(Some("noopener noreferrer"))
        .clean(&html)
        .to_string()
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

    #[test]
    fn renders_nothing_dangerous_even_unchecked() {
        let html = to_safe_html("<img src=x onerror=alert(1)>\n\n[x](javascript:alert(1)) <script>bad()</script>");
        assert!(!html.contains("<img"), "{html}");
        assert!(!html.contains("<script"), "{html}");
        assert!(!html.contains("javascript:"), "{html}");
    }

    #[test]
    fn keeps_ordinary_markdown() {
        let html = to_safe_html("# Title\n\nSome **bold** text.\n\n- one\n- two\n");
        assert!(html.contains("<h3>Title</h3>"), "{html}");
        assert!(html.contains("<strong>bold</strong>"));
        assert!(html.contains("<li>one</li>"));
    }
}
