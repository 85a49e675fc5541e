//! Markdown as data for templates that are not HTML (the typst PDF
//! leaflets): blocks of styled runs, never markup.

use super::{deeper, options};
use crate::links::is_safe_link;
use pulldown_cmark::{Event, Parser, Tag};

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
    events_to_blocks(Parser::new_ext(text, options()))
}

/// Markdown events (a parse, or [`translated_events`]) as blocks of styled runs, as [`to_blocks`].
pub fn events_to_blocks<'a>(events: impl Iterator<Item = Event<'a>>) -> Vec<Block> {
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
    for event in events {
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
