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

/// One figure and where it sits, in grid units.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct IconCell {
    /// Column from the left edge of the picture.
    pub x: u32,
    /// Row from the top.
    pub y: u32,
    /// What it shows.
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
    /// Every figure, filled ones first in reading order.
    pub cells: Vec<IconCell>,
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
        let cells = (0..total)
            .map(|i| {
                let column = (i % u64::from(columns)) as u32;
                let state = if i < filled {
                    IconState::Filled
                } else if i < filled + uncertain {
                    IconState::Uncertain
                } else {
                    IconState::Empty
                };
                IconCell {
                    x: if right_to_left { columns - 1 - column } else { column },
                    y: (i / u64::from(columns)) as u32,
                    state,
                }
            })
            .collect();
        IconArray { total, filled, uncertain, columns, rows, cells }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fills_in_reading_order() {
        let a = IconArray::new(100, 34, 0, false);
        assert_eq!((a.columns, a.rows), (10, 10));
        assert_eq!(a.cells.iter().filter(|c| c.state == IconState::Filled).count(), 34);
        assert_eq!((a.cells[0].x, a.cells[0].y), (0, 0));
        assert_eq!((a.cells[11].x, a.cells[11].y), (1, 1));
    }

    #[test]
    fn right_to_left_starts_at_the_right() {
        let a = IconArray::new(100, 3, 0, true);
        assert_eq!(a.cells[0].x, 9);
    }

    #[test]
    fn ranges_mark_the_uncertain_part() {
        let a = IconArray::new(1000, 10, 30, false);
        assert_eq!((a.columns, a.rows), (40, 25));
        assert_eq!(a.cells.iter().filter(|c| c.state == IconState::Uncertain).count(), 30);
    }
}
