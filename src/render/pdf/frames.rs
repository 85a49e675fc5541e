//! What informed does with a laid-out PDF before it is written: checks that
//! everything on every page lies inside the page, and imposes A5 pages as a
//! booklet on A4 sheets.
//!
//! Both work on typst's laid-out frames, so they see exactly what the PDF
//! will draw: a QR code placed past the edge of a right-to-left page, a table
//! wider than its paper, a word too long for any line.

use typst::foundations::{Content, Smart};
use typst::layout::{Abs, Frame, FrameItem, Point, Rect, Sides, Size, Transform};
use typst::model::{Destination, Document};
use typst_layout::{Page, PagedDocument};

/// How far past a page's edge (in points) a drawing may reach before it
/// counts as cut off: the rounding of typst's own layout.
const TOLERANCE: f64 = 0.5;

/// Something drawn past the edge of a page.
#[derive(Debug, Clone, PartialEq)]
pub struct Overflow {
    /// The page, from 1.
    pub page: usize,
    /// Which edge: `left`, `right`, `top` or `bottom`.
    pub edge: &'static str,
    /// How far past it, in millimetres.
    pub by_mm: f64,
    /// What it is: the text of a run of text, or "a shape", "an image".
    pub what: String,
}

impl std::fmt::Display for Overflow {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "page {}: {} runs {:.1} mm past the {} edge of the page", self.page, self.what, self.by_mm, self.edge)
    }
}

/// The first thing in `document` drawn past the edge of its page, if any.
pub fn overflow(document: &PagedDocument) -> Option<Overflow> {
    document.pages().iter().enumerate().find_map(|(i, page)| {
        let size = page.frame.size();
        let mut found = None;
        visit(&page.frame, Transform::identity(), None, &mut |rect, what| {
            if found.is_some() {
                return;
            }
            let past = [
                ("left", -rect.min.x.to_pt()),
                ("right", (rect.max.x - size.x).to_pt()),
                ("top", -rect.min.y.to_pt()),
                ("bottom", (rect.max.y - size.y).to_pt()),
            ];
            if let Some((edge, by)) =
                past.into_iter().filter(|(_, by)| *by > TOLERANCE).max_by(|a, b| a.1.total_cmp(&b.1))
            {
                found = Some(Overflow { page: i + 1, edge, by_mm: by * 25.4 / 72.0, what: what() });
            }
        });
        found
    })
}

/// Calls `seen` with the bounding box, on the page, of everything `frame`
/// draws (with a way to name it), as far as `clip` lets it show.
fn visit(frame: &Frame, ts: Transform, clip: Option<Rect>, seen: &mut dyn FnMut(Rect, &dyn Fn() -> String)) {
    for (pos, item) in frame.items() {
        let at = ts.pre_concat(Transform::translate(pos.x, pos.y));
        let (local, what): (Rect, Box<dyn Fn() -> String>) = match item {
            FrameItem::Group(group) => {
                let inner = at.pre_concat(group.transform);
                let clip = match &group.clip {
                    Some(curve) => {
                        let own = transformed(curve.bbox(None), inner);
                        Some(clip.map_or(own, |c| intersection(c, own)))
                    }
                    None => clip,
                };
                visit(&group.frame, inner, clip, seen);
                continue;
            }
            FrameItem::Text(text) => {
                let metrics = text.font.metrics();
                let top = -metrics.ascender.at(text.size);
                let bottom = -metrics.descender.at(text.size);
                let rect =
                    Rect::new(Point::new(Abs::zero(), top.min(bottom)), Point::new(text.width(), bottom.max(top)));
                let words = text.text.to_string();
                (rect, Box::new(move || format!("the text “{}”", words.trim())))
            }
            FrameItem::Shape(shape, _) => {
                (shape.geometry.bbox(shape.stroke.as_ref()), Box::new(|| "a shape (a line, box or figure)".to_string()))
            }
            FrameItem::Image(_, size, _) => {
                (Rect::new(Point::zero(), size.to_point()), Box::new(|| "an image".to_string()))
            }
            FrameItem::Link(..) | FrameItem::Tag(_) => continue,
        };
        let mut rect = transformed(local, at);
        if let Some(c) = clip {
            if rect.max.x <= c.min.x || rect.min.x >= c.max.x || rect.max.y <= c.min.y || rect.min.y >= c.max.y {
                continue;
            }
            rect = intersection(rect, c);
        }
        seen(rect, &*what);
    }
}

/// The bounding box of `rect` after `ts`.
fn transformed(rect: Rect, ts: Transform) -> Rect {
    let corners = [rect.min, Point::new(rect.max.x, rect.min.y), Point::new(rect.min.x, rect.max.y), rect.max]
        .map(|p| p.transform(ts));
    let min = corners.iter().copied().reduce(|a, b| a.min(b)).unwrap_or_default();
    let max = corners.iter().copied().reduce(|a, b| a.max(b)).unwrap_or_default();
    Rect::new(min, max)
}

fn intersection(a: Rect, b: Rect) -> Rect {
    Rect::new(a.min.max(b.min), a.max.min(b.max))
}

/// Which page of the booklet's reading order goes where: for each side of
/// each A4 sheet (front, back, front ...), its left and right half, as an
/// index into `pages` pages in reading order, or `None` for a blank half.
///
/// A booklet of `pages` pages has a multiple of four, so that the sheets,
/// printed on both sides, stacked, folded in half and stapled, read in order.
/// Blank pages go before the last page, so the leaflet ends on the back
/// cover. A left-to-right booklet opens on the right; a right-to-left one
/// (Arabic) on the left, so its halves are swapped.
pub fn booklet_order(pages: usize, right_to_left: bool) -> Vec<(Option<usize>, Option<usize>)> {
    let total = pages.div_ceil(4).max(1) * 4;
    // Position `i` of the booklet shows page `source(i)` of the leaflet.
    let source = |i: usize| {
        if pages == 0 {
            None
        } else if i + 1 == total {
            Some(pages - 1)
        } else if i + 1 < pages {
            Some(i)
        } else {
            None
        }
    };
    let mut sides = Vec::new();
    for sheet in 0..total / 4 {
        let outer = 2 * sheet;
        // Front: the last open pair's outer halves; back: the next pair in.
        let front = (source(total - 1 - outer), source(outer));
        let back = (source(outer + 1), source(total - 2 - outer));
        for (left, right) in [front, back] {
            sides.push(if right_to_left { (right, left) } else { (left, right) });
        }
    }
    sides
}

/// The pages of `document`, set two to an A4 sheet in booklet order (see
/// [`booklet_order`]), as a document to print on both sides (flipped on the
/// short edge) and fold. Its pages carry no tags or links within the
/// document: it is for the printer, and the A5 pages in reading order are the
/// accessible PDF.
pub fn booklet(document: &PagedDocument, right_to_left: bool) -> PagedDocument {
    let pages = document.pages();
    let half = pages.first().map_or(Size::new(Abs::mm(148.0), Abs::mm(210.0)), |p| p.frame.size());
    // Two A5 pages (148 mm wide) go on a sheet of A4 (297 mm), each in the middle of its half.
    let a4 = Size::new(Abs::mm(297.0), Abs::mm(210.0));
    let near = |a: Abs, b: Abs| (a - b).abs() < Abs::mm(2.0);
    let sheet = if near(half.x * 2.0, a4.x) && near(half.y, a4.y) { a4 } else { Size::new(half.x * 2.0, half.y) };
    let inset = (sheet.x / 2.0 - half.x) / 2.0;
    let fill = pages.first().map_or(Smart::Auto, |p| p.fill.clone());
    let mut sides = Vec::new();
    for (n, (left, right)) in booklet_order(pages.len(), right_to_left).into_iter().enumerate() {
        let mut frame = Frame::hard(sheet);
        for (slot, index) in [(0.0, left), (1.0, right)] {
            if let Some(page) = index.and_then(|i| pages.get(i)) {
                let mut half_page = page.frame.clone();
                for_print(&mut half_page);
                frame.push_frame(Point::with_x(sheet.x / 2.0 * slot + inset), half_page);
            }
        }
        sides.push(Page {
            frame,
            bleed: Sides::splat(Abs::zero()),
            fill: fill.clone(),
            numbering: None,
            supplement: Content::empty(),
            number: n as u64 + 1,
        });
    }
    PagedDocument::new(sides.into_iter().collect(), document.info().clone())
}

/// `frame` without what only makes sense in the document it was laid out
/// in: tags (the reading order of an accessible PDF) and links to places in
/// it. Links to web addresses stay.
fn for_print(frame: &mut Frame) {
    frame.retain(|item| match item {
        FrameItem::Tag(_) => false,
        FrameItem::Link(destination, _) => matches!(destination, Destination::Url(_)),
        FrameItem::Group(group) => {
            group.parent = None;
            for_print(&mut group.frame);
            true
        }
        _ => true,
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each sheet of a booklet, as the page numbers (from 1, 0 for blank) on
    /// the left and right of its front and back.
    fn sheets(pages: usize, rtl: bool) -> Vec<[(usize, usize); 2]> {
        let n = |i: Option<usize>| i.map_or(0, |i| i + 1);
        booklet_order(pages, rtl).chunks(2).map(|s| [(n(s[0].0), n(s[0].1)), (n(s[1].0), n(s[1].1))]).collect()
    }

    #[test]
    fn eight_pages_make_two_sheets_that_read_in_order_when_folded() {
        // The outer sheet carries 8 and 1 on its front, 2 and 7 on its back;
        // the inner one 6 and 3, then 4 and 5.
        assert_eq!(sheets(8, false), vec![[(8, 1), (2, 7)], [(6, 3), (4, 5)]]);
    }

    #[test]
    fn blanks_fill_a_booklet_to_a_multiple_of_four_before_the_back_cover() {
        // 6 pages: 1 to 5, two blanks, and page 6 on the back cover.
        assert_eq!(sheets(6, false), vec![[(6, 1), (2, 0)], [(0, 3), (4, 5)]]);
        // Every page appears once, whatever the count, and the sides are a multiple of four halves.
        for pages in 1..=41 {
            let order = booklet_order(pages, false);
            assert_eq!(order.len() % 2, 0, "{pages}");
            let mut seen: Vec<usize> = order.iter().flat_map(|(l, r)| [*l, *r]).flatten().collect();
            seen.sort_unstable();
            assert_eq!(seen, (0..pages).collect::<Vec<_>>(), "{pages}");
            // The last page is the back cover: the left half of the outer sheet's front.
            assert_eq!(order[0].0, Some(pages - 1), "{pages}");
        }
    }

    #[test]
    fn a_right_to_left_booklet_opens_the_other_way() {
        assert_eq!(sheets(4, true), vec![[(1, 4), (3, 2)]]);
    }
}
