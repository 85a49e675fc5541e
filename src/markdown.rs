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

/// What kind of block a [`Segment`] is, as the source's Markdown makes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SegmentKind {
    /// A paragraph (outside lists).
    Paragraph,
    /// A heading, with its level as written (1 to 6).
    Heading(u8),
    /// The text of a point of a list: `depth` 1 for a list, 2 for a list inside it, …
    ListItem {
        /// How deep the list is.
        depth: u8,
    },
    /// A cell of a table.
    TableCell,
    /// A code block: its text is shown as written.
    Code,
    /// Anything else that holds text (an HTML block).
    Other,
}

/// One block of a Markdown text that is translated on its own: the inline
/// Markdown of a paragraph, a heading, a point of a list, a table cell. The
/// block structure around it (heading marks, list markers, nesting, blank
/// lines) is not part of it: it always comes from the source text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Segment {
    /// The block's inline Markdown, as written in the source (emphasis, links
    /// and all), each continuation line without its indentation or `>` marks.
    pub text: String,
    /// What kind of block it is.
    pub kind: SegmentKind,
}

/// Whether a Markdown event is inline (text and its marks), rather than the
/// start or end of a block.
fn is_inline(event: &Event<'_>) -> bool {
    use pulldown_cmark::TagEnd;
    match event {
        Event::Start(tag) => matches!(
            tag,
            Tag::Emphasis
                | Tag::Strong
                | Tag::Strikethrough
                | Tag::Superscript
                | Tag::Subscript
                | Tag::Link { .. }
                | Tag::Image { .. }
        ),
        Event::End(end) => matches!(
            end,
            TagEnd::Emphasis
                | TagEnd::Strong
                | TagEnd::Strikethrough
                | TagEnd::Superscript
                | TagEnd::Subscript
                | TagEnd::Link
                | TagEnd::Image
        ),
        Event::Text(_)
        | Event::Code(_)
        | Event::InlineMath(_)
        | Event::DisplayMath(_)
        | Event::Html(_)
        | Event::InlineHtml(_)
        | Event::FootnoteReference(_)
        | Event::SoftBreak
        | Event::HardBreak => true,
        Event::Rule | Event::TaskListMarker(_) => false,
    }
}

/// The blocks that hold text, from outermost to innermost, as a segment's kind.
fn kind_of(stack: &[Tag<'_>]) -> SegmentKind {
    let depth = stack.iter().filter(|t| matches!(t, Tag::List(_))).count();
    match stack.last() {
        Some(Tag::Heading { level, .. }) => SegmentKind::Heading(*level as u8),
        Some(Tag::CodeBlock(_)) => SegmentKind::Code,
        Some(Tag::TableCell) => SegmentKind::TableCell,
        Some(Tag::Item | Tag::Paragraph) if depth > 0 => {
            SegmentKind::ListItem { depth: u8::try_from(depth).unwrap_or(u8::MAX) }
        }
        Some(Tag::Paragraph) => SegmentKind::Paragraph,
        _ => SegmentKind::Other,
    }
}

/// Every run of inline events in `text`: its kind, and its text as [`segment_text`] gives it.
fn runs(text: &str) -> Vec<Segment> {
    let mut found = Vec::new();
    let mut stack: Vec<Tag<'_>> = Vec::new();
    // The open run: its kind and the source range it covers so far.
    let mut run: Option<(SegmentKind, std::ops::Range<usize>)> = None;
    let close = |run: &mut Option<(SegmentKind, std::ops::Range<usize>)>, found: &mut Vec<Segment>| {
        if let Some((kind, range)) = run.take() {
            found.push(Segment { text: segment_text(text.get(range).unwrap_or_default()), kind });
        }
    };
    for (event, range) in Parser::new_ext(text, options()).into_offset_iter() {
        if is_inline(&event) {
            match &mut run {
                Some((_, r)) => {
                    r.start = r.start.min(range.start);
                    r.end = r.end.max(range.end);
                }
                None => run = Some((kind_of(&stack), range)),
            }
            continue;
        }
        close(&mut run, &mut found);
        match event {
            Event::Start(tag) => stack.push(tag),
            Event::End(_) => {
                stack.pop();
            }
            _ => {}
        }
    }
    close(&mut run, &mut found);
    found
}

/// The segments of `text`, in order: each maximal run of inline Markdown
/// between block boundaries that holds any text is one.
pub fn segments(text: &str) -> Vec<Segment> {
    runs(text).into_iter().filter(|s| !s.text.is_empty()).collect()
}

/// A run's source as a translator sees it: continuation lines lose the
/// indentation and `>` marks that belong to the blocks around it.
fn segment_text(source: &str) -> String {
    let mut out = String::with_capacity(source.len());
    for (i, line) in source.split('\n').enumerate() {
        if i == 0 {
            out.push_str(line.trim_start());
        } else {
            out.push('\n');
            out.push_str(line.trim_start_matches([' ', '\t', '>']));
        }
    }
    out.trim_end().to_string()
}

/// Whether `text` is inline Markdown only: one paragraph at most, no
/// heading, list, quote, code block or rule.
pub fn is_inline_only(text: &str) -> bool {
    let mut paragraphs = 0;
    for event in Parser::new_ext(text, options()) {
        match event {
            Event::Start(Tag::Paragraph) => paragraphs += 1,
            Event::End(pulldown_cmark::TagEnd::Paragraph) => {}
            e if is_inline(&e) => {}
            _ => return false,
        }
    }
    paragraphs <= 1
}

/// The events of `source` with the inline content of each of its
/// [`segments`] replaced, in order, by `translations` (inline Markdown): the
/// blocks (headings, lists and their nesting, paragraphs) are the source's.
/// Whatever block Markdown a translation holds is read as inline text only
/// (its blocks joined by a line break), so a translation cannot change the
/// structure. A segment without a translation keeps the source's text.
pub fn translated_events(source: &str, translations: &[String]) -> Vec<Event<'static>> {
    let runs = runs(source);
    let mut out: Vec<Event<'static>> = Vec::new();
    // Runs begun so far, and segments (runs with text) among them.
    let (mut run_index, mut segment_index) = (0, 0);
    // In a run of inline events: whether its translation replaced it.
    let mut run: Option<bool> = None;
    let mut code = 0u32;
    for event in Parser::new_ext(source, options()) {
        if is_inline(&event) {
            let replaced = *run.get_or_insert_with(|| {
                let has_text = runs.get(run_index).is_some_and(|r| !r.text.is_empty());
                run_index += 1;
                if !has_text {
                    return false;
                }
                let translation = translations.get(segment_index);
                segment_index += 1;
                match translation {
                    Some(t) if code > 0 => out.push(Event::Text(CowStr::from(format!("{}\n", t.trim_end())))),
                    Some(t) => out.extend(inline_events(t)),
                    None => {}
                }
                translation.is_some()
            });
            if !replaced {
                out.push(event.into_static());
            }
            continue;
        }
        run = None;
        match &event {
            Event::Start(Tag::CodeBlock(_)) => code += 1,
            Event::End(pulldown_cmark::TagEnd::CodeBlock) => code = code.saturating_sub(1),
            _ => {}
        }
        out.push(event.into_static());
    }
    out
}

/// The inline events of `text`: the marks of its blocks dropped, the text of
/// each block after the first on a new line (a soft break).
fn inline_events(text: &str) -> Vec<Event<'static>> {
    let mut groups: Vec<Vec<Event<'static>>> = vec![Vec::new()];
    for event in Parser::new_ext(text, options()) {
        if is_inline(&event) {
            if let Some(group) = groups.last_mut() {
                group.push(event.into_static());
            }
        } else if groups.last().is_some_and(|g| !g.is_empty()) {
            groups.push(Vec::new());
        }
    }
    let mut out = Vec::new();
    for group in groups.into_iter().filter(|g| !g.is_empty()) {
        if !out.is_empty() {
            out.push(Event::SoftBreak);
        }
        out.extend(group);
    }
    out
}

#[cfg(test)]
mod segment_tests {
    use super::*;

    const SOURCE: &str = "Some **bold** text,\n  on two lines.\n\n### A heading\n\n- one\n- two with [a link](https://x.org)\n  - nested\n\n> quoted\n> still\n";

    #[test]
    fn every_block_that_holds_text_is_a_segment() {
        let found = segments(SOURCE);
        let texts: Vec<(&str, SegmentKind)> = found.iter().map(|s| (s.text.as_str(), s.kind)).collect();
        assert_eq!(
            texts,
            [
                ("Some **bold** text,\non two lines.", SegmentKind::Paragraph),
                ("A heading", SegmentKind::Heading(3)),
                ("one", SegmentKind::ListItem { depth: 1 }),
                ("two with [a link](https://x.org)", SegmentKind::ListItem { depth: 1 }),
                ("nested", SegmentKind::ListItem { depth: 2 }),
                ("quoted\nstill", SegmentKind::Paragraph),
            ]
        );
    }

    #[test]
    fn translations_fill_the_sources_structure_and_cannot_change_it() {
        let translations: Vec<String> = [
            "Rhywfaint o destun **trwm**.",
            "Pennawd",
            "- un\n- extra",
            "dau gyda [dolen](https://x.org)",
            "### nythu",
            "dyfynnu\n\n\nmwy",
        ]
        .map(String::from)
        .to_vec();
        let html = events_to_safe_html(translated_events(SOURCE, &translations).into_iter());
        assert_eq!(
            html,
            "<p>Rhywfaint o destun <strong>trwm</strong>.</p>\n<h3>Pennawd</h3>\n<ul>\n<li>un\nextra</li>\n\
             <li>dau gyda <a href=\"https://x.org\" rel=\"noopener noreferrer\">dolen</a>\n<ul>\n<li>nythu</li>\n</ul>\n</li>\n</ul>\n\
             <blockquote>\n<p>dyfynnu\nmwy</p>\n</blockquote>\n"
        );
        // The source's own segments give back the source's page.
        let own: Vec<String> = segments(SOURCE).into_iter().map(|s| s.text).collect();
        let same = events_to_safe_html(translated_events(SOURCE, &own).into_iter());
        assert_eq!(same, to_safe_html(SOURCE));
        assert_eq!(events_to_blocks(translated_events(SOURCE, &own).into_iter()), to_blocks(SOURCE));
    }

    #[test]
    fn inline_only_means_one_paragraph_of_text() {
        assert!(is_inline_only("Some *text* and [a link](https://x.org)."));
        assert!(is_inline_only(""));
        for block in ["- a point", "### A heading", "One.\n\nTwo.", "> quote", "---"] {
            assert!(!is_inline_only(block), "{block}");
        }
    }
}
