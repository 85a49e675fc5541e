//! Markdown as sanitised HTML for pages and print leaflets: raw HTML is
//! dropped, and ammonia runs over the result.

use super::{deeper, options};
use crate::links::is_safe_link;
use pulldown_cmark::{CowStr, Event, Parser, Tag};

/// `text` as sanitised HTML: raw HTML shown as text, unsafe links dropped,
/// headings moved down so they sit under the page's own headings.
pub fn to_safe_html(text: &str) -> String {
    events_to_safe_html(Parser::new_ext(text, options()))
}

/// Markdown events (a parse, or [`translated_events`]) as sanitised HTML, as [`to_safe_html`].
pub fn events_to_safe_html<'a>(events: impl Iterator<Item = Event<'a>>) -> String {
    let events = events.map(|event| match event {
        Event::Html(html) | Event::InlineHtml(html) => Event::Text(html),
        Event::Start(Tag::Link { link_type, dest_url, title, id }) if !is_safe_link(&dest_url) => {
            Event::Start(Tag::Link { link_type, dest_url: CowStr::Borrowed(""), title, id })
        }
        Event::Start(Tag::Heading { level, id, classes, attrs }) => {
            Event::Start(Tag::Heading { level: deeper(level), id, classes, attrs })
        }
        Event::End(pulldown_cmark::TagEnd::Heading(level)) => {
            Event::End(pulldown_cmark::TagEnd::Heading(deeper(level)))
        }
        other => other,
    });
    let mut html = String::new();
    pulldown_cmark::html::push_html(&mut html, events);
    ammonia::Builder::default()
        .url_schemes(["http", "https", "mailto", "tel"].into_iter().collect())
        .link_rel(Some("noopener noreferrer"))
        .clean(&html)
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

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
