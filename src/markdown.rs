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

/// `text` as sanitised HTML: raw HTML shown as text, unsafe links dropped,
/// headings moved down so they sit under the page's own headings.
pub fn to_safe_html(text: &str) -> String {
    let events = Parser::new_ext(text, options()).map(|event| match event {
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

/// A block of Markdown as data, for templates that are not HTML (the PDF leaflet).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Block {
    /// A paragraph.
    Paragraph {
        /// Its text.
        runs: Vec<Run>,
    },
    /// A heading, already moved under the page's own headings (level 3 or deeper).
    Heading {
        /// 3 to 6.
        level: u8,
        /// Its text.
        runs: Vec<Run>,
    },
    /// A list; nested lists are flattened into it.
    List {
        /// Numbered or bulleted.
        ordered: bool,
        /// Each item's text.
        items: Vec<Vec<Run>>,
    },
}

/// A stretch of text with one style.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Run {
    /// The text.
    pub text: String,
    /// Bold.
    pub strong: bool,
    /// Italic.
    pub emphasis: bool,
    /// A safe link target, if the run is a link.
    pub href: Option<String>,
}

/// `text` as blocks of styled runs. Raw HTML becomes plain text and unsafe links lose
/// their target, exactly as in [`to_safe_html`].
pub fn to_blocks(text: &str) -> Vec<Block> {
    use pulldown_cmark::TagEnd;
    let mut blocks = Vec::new();
    let mut runs: Vec<Run> = Vec::new();
    let mut items: Vec<Vec<Run>> = Vec::new();
    let (mut strong, mut emphasis, mut list_depth) = (0u32, 0u32, 0u32);
    let mut ordered = false;
    let mut href: Option<String> = None;
    let mut heading: Option<u8> = None;
    let push_text = |runs: &mut Vec<Run>, text: &str, strong: u32, emphasis: u32, href: &Option<String>| {
        if let Some(last) = runs
            .last_mut()
            .filter(|last| last.strong == (strong > 0) && last.emphasis == (emphasis > 0) && last.href == *href)
        {
            last.text.push_str(text);
            return;
        }
        runs.push(Run { text: text.to_string(), strong: strong > 0, emphasis: emphasis > 0, href: href.clone() });
    };
    for event in Parser::new_ext(text, options()) {
        match event {
            Event::Text(t) | Event::Code(t) | Event::Html(t) | Event::InlineHtml(t) => {
                push_text(&mut runs, &t, strong, emphasis, &href)
            }
            Event::SoftBreak | Event::HardBreak => push_text(&mut runs, " ", strong, emphasis, &href),
            Event::Start(Tag::Strong) => strong += 1,
            Event::End(TagEnd::Strong) => strong = strong.saturating_sub(1),
            Event::Start(Tag::Emphasis) => emphasis += 1,
            Event::End(TagEnd::Emphasis) => emphasis = emphasis.saturating_sub(1),
            Event::Start(Tag::Link { dest_url, .. }) => href = is_safe_link(&dest_url).then(|| dest_url.to_string()),
            Event::End(TagEnd::Link) => href = None,
            Event::Start(Tag::Heading { level, .. }) => heading = Some(deeper(level) as u8),
            Event::End(TagEnd::Heading(_)) => {
                blocks.push(Block::Heading { level: heading.take().unwrap_or(3), runs: std::mem::take(&mut runs) });
            }
            Event::Start(Tag::List(start)) => {
                if list_depth == 0 {
                    ordered = start.is_some();
                } else if !runs.is_empty() {
                    items.push(std::mem::take(&mut runs));
                }
                list_depth += 1;
            }
            Event::End(TagEnd::List(_)) => {
                list_depth = list_depth.saturating_sub(1);
                if list_depth == 0 {
                    blocks.push(Block::List { ordered, items: std::mem::take(&mut items) });
                }
            }
            Event::End(TagEnd::Item) if !runs.is_empty() => items.push(std::mem::take(&mut runs)),
            Event::End(TagEnd::Paragraph) if list_depth == 0 => {
                blocks.push(Block::Paragraph { runs: std::mem::take(&mut runs) });
            }
            Event::End(TagEnd::Paragraph) => push_text(&mut runs, " ", strong, emphasis, &href),
            Event::End(TagEnd::TableCell | TagEnd::TableRow | TagEnd::CodeBlock | TagEnd::BlockQuote(_))
                if !runs.is_empty() =>
            {
                blocks.push(Block::Paragraph { runs: std::mem::take(&mut runs) });
            }
            _ => {}
        }
    }
    if !runs.is_empty() {
        blocks.push(Block::Paragraph { runs });
    }
    for block in &mut blocks {
        let runs: Vec<&mut Vec<Run>> = match block {
            Block::Paragraph { runs } | Block::Heading { runs, .. } => vec![runs],
            Block::List { items, .. } => items.iter_mut().collect(),
        };
        for r in runs {
            if let Some(last) = r.last_mut() {
                last.text = last.text.trim_end().to_string();
            }
        }
    }
    blocks
}

#[cfg(test)]
mod block_tests {
    use super::*;

    #[test]
    fn markdown_becomes_blocks_of_runs() {
        let blocks = to_blocks("Some **bold** text.\n\n### Step\n\n- one\n- two with [a link](https://x.org)\n");
        assert_eq!(blocks.len(), 3, "{blocks:?}");
        let Block::Paragraph { runs } = &blocks[0] else { panic!() };
        assert_eq!(runs.len(), 3);
        assert!(runs[1].strong && runs[1].text == "bold");
        assert!(matches!(&blocks[1], Block::Heading { level: 3, .. }));
        let Block::List { ordered: false, items } = &blocks[2] else { panic!() };
        assert_eq!(items.len(), 2);
        assert_eq!(items[1][1].href.as_deref(), Some("https://x.org"));
    }

    #[test]
    fn hostile_markdown_is_only_text() {
        let blocks = to_blocks("<script>x</script>\n\n[bad](javascript:alert(1))");
        let text = format!("{blocks:?}");
        assert!(text.contains("<script>"), "kept as text: {text}");
        assert!(!text.contains("Some(\"javascript"), "{text}");
    }
}
