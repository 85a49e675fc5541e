//! A section's blocks as translation units, and back: the inline Markdown of
//! each paragraph, heading, point of a list and table cell (`segments`), and
//! the source's structure with each block's translation put in its place
//! (`translated_events`), which both renderers take.

use super::options;
use pulldown_cmark::{CowStr, Event, Parser, Tag};

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
    use crate::markdown::{events_to_blocks, events_to_safe_html, to_blocks, to_safe_html};

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
