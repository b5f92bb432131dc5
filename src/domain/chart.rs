//! Chart geometry for server-rendered SVG: the burn-up of places delivered against a target, and
//! horizontal bars. Only numbers and paths here; the templates draw them and write the labels in the
//! reader's language.

use chrono::{Datelike, NaiveDate};

/// The burn-up's drawing area, in SVG user units.
const WIDTH: f64 = 720.0;
const BURN_UP_HEIGHT: f64 = 320.0;
const LEFT: f64 = 56.0;
const RIGHT: f64 = 16.0;
const TOP: f64 = 16.0;
const BOTTOM: f64 = 40.0;

/// A labelled position on an axis.
#[derive(Debug, Clone, PartialEq)]
pub struct Tick {
    pub at: f64,
    pub value: i64,
}

/// What a burn-up is drawn from: a period, a target, and places added on given days.
pub struct BurnUpInput<'a> {
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
    pub today: NaiveDate,
    pub target: i64,
    /// Places delivered, each on the day they were delivered.
    pub delivered: &'a [(NaiveDate, i64)],
    /// Places still to come, each on the day they are expected.
    pub planned: &'a [(NaiveDate, i64)],
}

/// A burn-up chart laid out: step lines for places delivered and projected, the target level and the
/// even pace from nothing at the start to the target at the deadline.
#[derive(Debug, Clone)]
pub struct BurnUp {
    pub height: f64,
    pub left: f64,
    pub right: f64,
    pub top: f64,
    pub bottom: f64,
    /// SVG path of places delivered, from the start to today (or the deadline if that is earlier).
    pub delivered: String,
    /// SVG path from today's total through the planned cohorts; empty when nothing is planned.
    pub projection: String,
    pub target_y: f64,
    /// Where a straight line from zero at the start to the target at the deadline runs.
    pub pace: (f64, f64, f64, f64),
    /// Today's position, when it lies in the period.
    pub today_x: Option<f64>,
    pub x_ticks: Vec<Tick>,
    pub y_ticks: Vec<Tick>,
    /// Where the delivered line ends, and the projection if there is one.
    pub delivered_end: (f64, f64),
    pub projected_end: Option<(f64, f64)>,
}

impl BurnUp {
    pub fn new(input: &BurnUpInput) -> BurnUp {
        let start = input.starts_on;
        let end = input.ends_on.max(start + chrono::Duration::days(1));
        let days = (end - start).num_days() as f64;
        let delivered_total: i64 = input.delivered.iter().map(|(_, n)| n).sum();
        let planned_total: i64 = input.planned.iter().map(|(_, n)| n).sum();
        let top_value = nice_ceiling(input.target.max(delivered_total + planned_total).max(1));
        let (left, right, top, bottom) = (LEFT, WIDTH - RIGHT, TOP, BURN_UP_HEIGHT - BOTTOM);
        let x = |day: NaiveDate| {
            let offset = (day.clamp(start, end) - start).num_days() as f64;
            round(left + (right - left) * offset / days)
        };
        let y = |value: i64| round(bottom - (bottom - top) * value as f64 / top_value as f64);

        let now = input.today.clamp(start, end);
        let mut steps = input.delivered.to_vec();
        steps.sort();
        let (delivered, end_value) = step_path(start, 0, &steps, now, &x, &y);
        let mut planned = input.planned.to_vec();
        planned.sort();
        let (projection, projected_end) = if planned.is_empty() {
            (String::new(), None)
        } else {
            let last = planned.last().map_or(end, |(day, _)| (*day).max(end));
            let (path, value) = step_path(now, end_value, &planned, last, &x, &y);
            (path, Some((x(last), y(value))))
        };
        let x_ticks = (start.year()..=end.year())
            .filter_map(|year| NaiveDate::from_ymd_opt(year, 1, 1))
            .filter(|day| *day >= start && *day <= end)
            .map(|day| Tick {
                at: x(day),
                value: i64::from(day.year()),
            })
            .collect();
        let y_ticks = (0..=4)
            .map(|i| top_value * i / 4)
            .map(|value| Tick {
                at: y(value),
                value,
            })
            .collect();
        BurnUp {
            height: BURN_UP_HEIGHT,
            left,
            right,
            top,
            bottom,
            delivered,
            projection,
            target_y: y(input.target),
            pace: (x(start), y(0), x(end), y(input.target)),
            today_x: (input.today >= start && input.today <= end).then(|| x(input.today)),
            x_ticks,
            y_ticks,
            delivered_end: (x(now), y(end_value)),
            projected_end,
        }
    }

    pub fn width(&self) -> f64 {
        WIDTH
    }

    /// How the delivered figure sits on the end of its line: centred, or to the left near the edge.
    pub fn delivered_label_anchor(&self) -> &'static str {
        if self.delivered_end.0 > self.right - 40.0 {
            "end"
        } else {
            "middle"
        }
    }
}

/// A step line from `(from, base)` rising by each step's places on its day, then level to `until`;
/// returns the path and the value it ends at.
fn step_path(
    from: NaiveDate,
    base: i64,
    steps: &[(NaiveDate, i64)],
    until: NaiveDate,
    x: &impl Fn(NaiveDate) -> f64,
    y: &impl Fn(i64) -> f64,
) -> (String, i64) {
    let mut value = base;
    let mut path = format!("M{} {}", x(from), y(value));
    for (day, places) in steps.iter().filter(|(day, _)| *day <= until) {
        value += places;
        path.push_str(&format!(" H{} V{}", x(*day), y(value)));
    }
    path.push_str(&format!(" H{}", x(until)));
    (path, value)
}

/// The smallest of 1, 2, 2.5 or 5 times a power of ten that is at least `value`, so the axis reads well.
fn nice_ceiling(value: i64) -> i64 {
    let mut power = 1;
    loop {
        for factor in [10, 20, 25, 50] {
            let candidate = power * factor / 10;
            if candidate >= value {
                return candidate.max(1);
            }
        }
        power *= 10;
    }
}

fn round(value: f64) -> f64 {
    (value * 10.0).round() / 10.0
}

/// One part of a bar: a kind (its CSS class and the translation key of its legend) and how many.
#[derive(Debug, Clone, PartialEq)]
pub struct Segment {
    pub kind: &'static str,
    pub value: i64,
    pub x: f64,
    pub width: f64,
}

/// A labelled bar made of segments, with an optional mark (a target) drawn across it.
#[derive(Debug, Clone)]
pub struct Bar {
    pub label: String,
    pub y: f64,
    pub total: i64,
    pub segments: Vec<Segment>,
    pub mark: Option<(f64, i64)>,
}

/// Horizontal bars on one scale.
#[derive(Debug, Clone)]
pub struct Bars {
    pub height: f64,
    pub label_width: f64,
    pub bars: Vec<Bar>,
}

pub const BAR_HEIGHT: f64 = 22.0;
const BAR_GAP: f64 = 10.0;
/// Bar charts are drawn narrower than the burn-up: two sit side by side on a wide screen.
const BARS_WIDTH: f64 = 480.0;
const LABEL_WIDTH: f64 = 130.0;
const VALUE_WIDTH: f64 = 80.0;

/// What one bar is drawn from: its label, its parts in order, and its mark.
pub struct BarInput {
    pub label: String,
    pub parts: Vec<(&'static str, i64)>,
    pub mark: Option<i64>,
}

impl Bars {
    /// Lays out `rows` on a scale that fits the longest bar or mark.
    pub fn new(rows: Vec<BarInput>) -> Bars {
        let longest = rows
            .iter()
            .map(|BarInput { parts, mark, .. }| {
                parts
                    .iter()
                    .map(|(_, n)| n)
                    .sum::<i64>()
                    .max(mark.unwrap_or(0))
            })
            .max()
            .unwrap_or(0)
            .max(1);
        let span = BARS_WIDTH - LABEL_WIDTH - VALUE_WIDTH;
        let scale = |value: i64| round(span * value as f64 / longest as f64);
        let bars: Vec<Bar> = rows
            .into_iter()
            .enumerate()
            .map(|(i, BarInput { label, parts, mark })| {
                let mut x = LABEL_WIDTH;
                let segments = parts
                    .into_iter()
                    .filter(|(_, value)| *value > 0)
                    .map(|(kind, value)| {
                        let width = scale(value);
                        let segment = Segment {
                            kind,
                            value,
                            x: round(x),
                            width,
                        };
                        x += width;
                        segment
                    })
                    .collect::<Vec<_>>();
                Bar {
                    label,
                    y: i as f64 * (BAR_HEIGHT + BAR_GAP),
                    total: segments.iter().map(|s| s.value).sum(),
                    segments,
                    mark: mark.map(|m| (round(LABEL_WIDTH + scale(m)), m)),
                }
            })
            .collect();
        Bars {
            height: (bars.len() as f64 * (BAR_HEIGHT + BAR_GAP)).max(BAR_HEIGHT),
            label_width: LABEL_WIDTH,
            bars,
        }
    }

    /// Where a bar's value is written: after the bar or its mark, whichever reaches further.
    pub fn value_x(&self, bar: &Bar) -> f64 {
        let end = bar.segments.last().map_or(LABEL_WIDTH, |s| s.x + s.width);
        end.max(bar.mark.map_or(0.0, |(x, _)| x)) + 6.0
    }

    pub fn width(&self) -> f64 {
        BARS_WIDTH
    }

    pub fn bar_height(&self) -> f64 {
        BAR_HEIGHT
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn the_delivered_line_rises_on_each_delivery_day_and_the_projection_starts_where_it_ends() {
        let chart = BurnUp::new(&BurnUpInput {
            starts_on: day(2023, 1, 1),
            ends_on: day(2025, 12, 31),
            today: day(2024, 1, 1),
            target: 1000,
            delivered: &[(day(2023, 6, 21), 70)],
            planned: &[(day(2024, 6, 23), 60), (day(2024, 9, 15), 65)],
        });
        assert_eq!(chart.y_ticks.last().unwrap().value, 1000);
        assert_eq!(chart.delivered.matches(" V").count(), 1);
        assert_eq!(chart.projection.matches(" V").count(), 2);
        let (end_x, end_y) = chart.delivered_end;
        assert!(chart.projection.starts_with(&format!("M{end_x} {end_y}")));
        assert_eq!(chart.today_x, Some(end_x));
        let (px, py) = chart.projected_end.unwrap();
        assert_eq!(px, chart.right);
        assert!(
            py < end_y && py > chart.target_y,
            "195 lies between 70 and 1000"
        );
        assert_eq!(
            chart.x_ticks.iter().map(|t| t.value).collect::<Vec<_>>(),
            [2023, 2024, 2025]
        );
    }

    #[test]
    fn the_scale_grows_to_fit_more_places_than_the_target() {
        let chart = BurnUp::new(&BurnUpInput {
            starts_on: day(2023, 1, 1),
            ends_on: day(2023, 12, 31),
            today: day(2024, 3, 1),
            target: 100,
            delivered: &[(day(2023, 5, 1), 80), (day(2023, 9, 1), 60)],
            planned: &[],
        });
        assert_eq!(chart.y_ticks.last().unwrap().value, 200);
        assert!(chart.target_y > chart.top);
        assert_eq!(chart.today_x, None);
        assert!(chart.projection.is_empty());
    }

    #[test]
    fn nice_ceilings() {
        assert_eq!(
            [1, 7, 70, 129, 200, 201, 1000, 1001].map(nice_ceiling),
            [1, 10, 100, 200, 200, 250, 1000, 2000]
        );
    }

    #[test]
    fn bars_share_one_scale_and_marks_stretch_it() {
        let bar = |label: &str, delivered, upcoming, mark| BarInput {
            label: label.to_owned(),
            parts: vec![("delivered", delivered), ("upcoming", upcoming)],
            mark: Some(mark),
        };
        let bars = Bars::new(vec![bar("Qingdao", 90, 0, 200), bar("Xi'an", 24, 60, 150)]);
        let qingdao = &bars.bars[0];
        assert_eq!(qingdao.segments.len(), 1, "empty segments are left out");
        assert_eq!(qingdao.mark.unwrap().0, BARS_WIDTH - VALUE_WIDTH);
        let xian = &bars.bars[1];
        assert_eq!(xian.total, 84);
        assert_eq!(
            xian.segments[1].x,
            xian.segments[0].x + xian.segments[0].width
        );
        assert!(bars.value_x(qingdao) > qingdao.mark.unwrap().0);
    }
}
