//! The week grid's layout: each day is a column split into lanes, each row a quarter hour. Sessions that
//! overlap share their day's column side by side (up to four lanes), for as long as they overlap.

use std::ops::Range;

/// Rows the week grid's day headings take (each row is a quarter hour below them).
const HEADER_ROWS: u32 = 4;
/// Columns each day has in the week grid: enough to split it evenly into 1, 2, 3 or 4 lanes.
const DAY_COLUMNS: usize = 12;
/// Most sessions shown side by side; more share the last lane.
const LANES_MAX: usize = 4;

/// Something to place, with its start and end in minutes since local midnight.
#[derive(Debug, Clone, Copy)]
pub struct Span<T> {
    pub item: T,
    pub start: u32,
    pub end: u32,
}

/// Where an item sits in the grid: its day (from 1), its first row and how many it spans, and its lane
/// (from 1) among the `lanes` of the items it overlaps.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Placed<T> {
    pub item: T,
    pub day: usize,
    pub row: u32,
    pub rows: u32,
    pub lane: usize,
    pub lanes: usize,
}

impl<T> Placed<T> {
    /// The grid column the item starts in.
    pub fn column(&self) -> usize {
        2 + (self.day - 1) * DAY_COLUMNS + (self.lane - 1) * self.width()
    }

    /// How many grid columns it spans.
    pub fn width(&self) -> usize {
        DAY_COLUMNS / self.lanes
    }
}

/// The hours a week grid shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Grid {
    pub first_hour: u32,
    pub last_hour: u32,
}

impl Grid {
    /// The hours around every span, rounded out to whole hours, 08:00–18:00 at least.
    pub fn around(spans: impl Iterator<Item = (u32, u32)> + Clone) -> Grid {
        let first = spans
            .clone()
            .map(|(start, _)| start / 60)
            .min()
            .unwrap_or(8)
            .min(8);
        let last = spans
            .map(|(start, end)| end.div_ceil(60).max(start / 60 + 1))
            .max()
            .unwrap_or(18)
            .max(18);
        Grid {
            first_hour: first,
            last_hour: last.min(24),
        }
    }

    pub fn hours(&self) -> Range<u32> {
        self.first_hour..self.last_hour
    }

    /// The grid row of an hour's label.
    pub fn hour_row(&self, hour: u32) -> u32 {
        (hour - self.first_hour) * 4 + HEADER_ROWS + 1
    }

    /// The grid column a day's heading starts in (`index` from 0).
    pub fn day_column(index: usize) -> usize {
        2 + index * DAY_COLUMNS
    }

    /// Places each day's spans (in order of start) in the grid.
    pub fn place<T: Copy>(&self, days: &[Vec<Span<T>>]) -> Vec<Placed<T>> {
        let mut out = Vec::new();
        for (day, spans) in days.iter().enumerate() {
            let mut cluster: Vec<Placed<T>> = Vec::new();
            let mut cluster_end = 0;
            let mut lanes_end: Vec<u32> = Vec::new();
            for span in spans {
                let start = span.start.max(self.first_hour * 60);
                let end = span.end.max(start + 15).min(self.last_hour * 60);
                if start >= cluster_end {
                    close_cluster(&mut cluster, lanes_end.len(), &mut out);
                    lanes_end.clear();
                }
                cluster_end = cluster_end.max(end);
                let lane = match lanes_end.iter().position(|e| *e <= start) {
                    Some(lane) => lane,
                    None => {
                        lanes_end.push(0);
                        lanes_end.len() - 1
                    }
                };
                lanes_end[lane] = end;
                cluster.push(Placed {
                    item: span.item,
                    day: day + 1,
                    row: (start - self.first_hour * 60) / 15 + HEADER_ROWS + 1,
                    rows: (end - start).div_ceil(15).max(1),
                    lane: lane + 1,
                    lanes: 1,
                });
            }
            close_cluster(&mut cluster, lanes_end.len(), &mut out);
        }
        out
    }
}

/// Gives a finished group of overlapping items their number of lanes, and moves them to `out`.
fn close_cluster<T>(cluster: &mut Vec<Placed<T>>, lanes: usize, out: &mut Vec<Placed<T>>) {
    let lanes = lanes.clamp(1, LANES_MAX);
    for mut placed in cluster.drain(..) {
        placed.lanes = lanes;
        placed.lane = placed.lane.min(lanes);
        out.push(placed);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn span(item: char, start: (u32, u32), end: (u32, u32)) -> Span<char> {
        Span {
            item,
            start: start.0 * 60 + start.1,
            end: end.0 * 60 + end.1,
        }
    }

    fn lanes(placed: &[Placed<char>]) -> Vec<(char, usize, usize)> {
        placed.iter().map(|p| (p.item, p.lane, p.lanes)).collect()
    }

    #[test]
    fn the_grid_shows_eight_to_six_at_least_and_every_session() {
        assert_eq!(
            Grid::around(std::iter::empty()),
            Grid {
                first_hour: 8,
                last_hour: 18
            }
        );
        let late = [(7 * 60 + 30, 21 * 60 + 10)];
        assert_eq!(
            Grid::around(late.iter().copied()),
            Grid {
                first_hour: 7,
                last_hour: 22
            }
        );
    }

    #[test]
    fn overlapping_sessions_share_the_day_in_lanes_and_the_next_gets_it_whole() {
        let grid = Grid::around(std::iter::empty());
        let day = vec![
            span('a', (9, 0), (10, 30)),
            span('b', (9, 30), (11, 0)),
            span('c', (10, 30), (12, 0)),
            span('d', (14, 0), (15, 0)),
        ];
        let placed = grid.place(&[day]);
        assert_eq!(
            lanes(&placed),
            [('a', 1, 2), ('b', 2, 2), ('c', 1, 2), ('d', 1, 1)]
        );
        let a = &placed[0];
        assert_eq!((a.row, a.rows), (9 * 4 - 8 * 4 + HEADER_ROWS + 1, 6));
        assert_eq!((a.column(), a.width()), (2, 6));
        assert_eq!(placed[1].column(), 8);
        assert_eq!(placed[3].width(), DAY_COLUMNS);
    }

    #[test]
    fn more_than_four_at_once_share_the_last_lane_and_short_ones_take_a_row() {
        let grid = Grid::around(std::iter::empty());
        let day: Vec<Span<char>> = "abcde".chars().map(|c| span(c, (9, 0), (10, 0))).collect();
        let second = vec![span('x', (9, 0), (9, 0))];
        let placed = grid.place(&[day, second]);
        assert_eq!(
            lanes(&placed[..5]),
            [
                ('a', 1, 4),
                ('b', 2, 4),
                ('c', 3, 4),
                ('d', 4, 4),
                ('e', 4, 4)
            ]
        );
        let x = &placed[5];
        assert_eq!((x.day, x.rows, x.column()), (2, 1, 2 + DAY_COLUMNS));
    }
}
