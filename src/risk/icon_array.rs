//! Icon arrays: 100 or 1,000 figures, some filled, laid out in reading order.

use serde::Serialize;

/// What one figure in the array shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum IconState {
    /// Had the outcome.
    Filled,
    /// Might have had it: the gap between the low and high end of a range.
    Uncertain,
    /// Did not have it.
    Empty,
}

/// The size of one figure's cell in the picture's units; the figure is drawn 10 wide inside it.
pub const CELL: u32 = 12;

/// A block of figures that all show the same: whole rows, or part of one row.
/// The picture fills it with a pattern of figures, one per cell.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct IconRun {
    /// Left edge, in the picture's units.
    pub x: u32,
    /// Top edge.
    pub y: u32,
    /// Width: the number of figures across, times [`CELL`].
    pub width: u32,
    /// Height: the number of rows, times [`CELL`].
    pub height: u32,
    /// How many figures the block holds.
    pub count: u64,
    /// What they show.
    pub state: IconState,
}

/// A grid of figures for one frequency.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct IconArray {
    /// How many figures in all (the denominator).
    pub total: u64,
    /// How many are filled.
    pub filled: u64,
    /// How many are shown as uncertain (ranges only).
    pub uncertain: u64,
    /// Figures per row.
    pub columns: u32,
    /// Rows.
    pub rows: u32,
    /// The picture's width and height, in its own units.
    pub width: u32,
    /// See `width`.
    pub height: u32,
    /// The figures as blocks of one state each, filled ones first in reading
    /// order: at most three blocks per state (the rest of a row, whole rows,
    /// the start of a row), so a picture of 1,000 figures is a few rectangles.
    pub runs: Vec<IconRun>,
}

impl IconArray {
    /// An array of `total` figures (100 or 1,000) with `filled` filled and the next
    /// `uncertain` marked uncertain. Figures fill in reading order: from the left in a
    /// left-to-right language, from the right when `right_to_left`.
    pub fn new(total: u64, filled: u64, uncertain: u64, right_to_left: bool) -> IconArray {
        let columns: u32 = if total > 100 { 40 } else { 10 };
        let filled = filled.min(total);
        let uncertain = uncertain.min(total - filled);
        let rows = total.div_ceil(u64::from(columns)) as u32;
        let mut runs = Vec::new();
        let spans = [(IconState::Filled, 0, filled), (IconState::Uncertain, filled, filled + uncertain)];
        for (state, from, to) in spans.into_iter().chain([(IconState::Empty, filled + uncertain, total)]) {
            block_runs(&mut runs, state, from, to, columns, right_to_left);
        }
        IconArray { total, filled, uncertain, columns, rows, width: columns * CELL, height: rows * CELL, runs }
    }
}

/// The figures from `from` to `to` (in reading order) as at most three blocks.
fn block_runs(runs: &mut Vec<IconRun>, state: IconState, from: u64, to: u64, columns: u32, rtl: bool) {
    let columns64 = u64::from(columns);
    let mut at = from;
    while at < to {
        let row = at / columns64;
        let column = at % columns64;
        // The rest of this row, or as many whole rows as fit.
        let (across, down) = if column == 0 && to - at >= columns64 {
            (columns64, (to - at) / columns64)
        } else {
            ((columns64 - column).min(to - at), 1)
        };
        let left = if rtl { columns64 - column - across } else { column };
        runs.push(IconRun {
            x: left as u32 * CELL,
            y: row as u32 * CELL,
            width: across as u32 * CELL,
            height: down as u32 * CELL,
            count: across * down,
            state,
        });
        at += across * down;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each figure's cell (column, row) and state, from the blocks.
    fn cells(a: &IconArray) -> Vec<(u32, u32, IconState)> {
        let mut cells = Vec::new();
        for r in &a.runs {
            for y in (r.y..r.y + r.height).step_by(CELL as usize) {
                for x in (r.x..r.x + r.width).step_by(CELL as usize) {
                    cells.push((x / CELL, y / CELL, r.state));
                }
            }
        }
        cells.sort_by_key(|&(x, y, _)| (y, x));
        cells
    }

    fn count(a: &IconArray, state: IconState) -> usize {
        cells(a).iter().filter(|c| c.2 == state).count()
    }

    #[test]
    fn fills_in_reading_order() {
        let a = IconArray::new(100, 34, 0, false);
        assert_eq!((a.columns, a.rows, a.width, a.height), (10, 10, 120, 120));
        assert_eq!(count(&a, IconState::Filled), 34);
        assert_eq!(cells(&a).len(), 100);
        // Three whole rows, then four from the left of the fourth row.
        let c = cells(&a);
        assert_eq!(c[33], (3, 3, IconState::Filled));
        assert_eq!(c[34], (4, 3, IconState::Empty));
        assert!(a.runs.len() <= 4, "{:?}", a.runs);
    }

    #[test]
    fn right_to_left_starts_at_the_right() {
        let a = IconArray::new(100, 3, 0, true);
        let c = cells(&a);
        assert_eq!(&c[7..10], &[(7, 0, IconState::Filled), (8, 0, IconState::Filled), (9, 0, IconState::Filled)]);
        assert_eq!(c[6], (6, 0, IconState::Empty));
    }

    #[test]
    fn ranges_mark_the_uncertain_part() {
        let a = IconArray::new(1000, 10, 30, false);
        assert_eq!((a.columns, a.rows), (40, 25));
        assert_eq!(count(&a, IconState::Uncertain), 30);
        assert_eq!(count(&a, IconState::Filled), 10);
        assert_eq!(cells(&a).len(), 1000);
        assert!(a.runs.len() <= 9);
    }

    #[test]
    fn every_split_covers_each_figure_once() {
        for total in [100u64, 1000] {
            for filled in [0, 1, 9, 10, 11, 39, 40, 41, 99, 100, 500, 999, 1000] {
                for uncertain in [0, 1, 15, 40, 85] {
                    for rtl in [false, true] {
                        let a = IconArray::new(total, filled, uncertain, rtl);
                        let c = cells(&a);
                        assert_eq!(c.len() as u64, total);
                        let mut seen = c.iter().map(|&(x, y, _)| (x, y)).collect::<Vec<_>>();
                        seen.dedup();
                        assert_eq!(seen.len() as u64, total, "{total} {filled} {uncertain} {rtl}");
                        assert_eq!(count(&a, IconState::Filled) as u64, a.filled);
                        assert_eq!(count(&a, IconState::Uncertain) as u64, a.uncertain);
                    }
                }
            }
        }
    }
}
