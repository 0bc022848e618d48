//! Charts drawn on the server as SVG. Each has a title and a description for
//! screen readers, and the page shows the same numbers in a table.

use maud::{Markup, html};
use tandem_domain::environment::{FormalAuthority, Influence};
use tandem_service::environment::Stakeholder;

use crate::{context::Ctx, html::choice_label};

const DOT: i32 = 13;

/// Up to four dots in a row inside a cell, numbered like the table.
fn dots(items: &[(usize, &Stakeholder)], x0: i32, y0: i32, width: i32) -> Markup {
    let per_row = ((width - 10) / (2 * DOT + 6)).max(1);
    html! {
        @for (k, (number, s)) in items.iter().enumerate() {
            @let k = k as i32;
            @let cx = x0 + 10 + DOT + (k % per_row) * (2 * DOT + 6);
            @let cy = y0 + 12 + DOT + (k / per_row) * (2 * DOT + 6);
            g class=(format!("dot stance-{}", s.stance.key())) {
                circle cx=(cx) cy=(cy) r=(DOT) {}
                text x=(cx) y=(cy + 5) text-anchor="middle" { (number) }
            }
        }
    }
}

/// The traditional authorizing environment: formal authority across,
/// informal influence up (seed 001).
pub fn traditional_map(ctx: &Ctx, stakeholders: &[Stakeholder]) -> Markup {
    let columns =
        [FormalAuthority::None, FormalAuthority::Notified, FormalAuthority::Consulted, FormalAuthority::Approves];
    let rows = [Influence::High, Influence::Medium, Influence::Low];
    let (left, top, cell_w, cell_h) = (110, 20, 130, 100);
    let numbered: Vec<(usize, &Stakeholder)> = stakeholders.iter().enumerate().map(|(i, s)| (i + 1, s)).collect();
    html! {
        svg class="chart map" viewBox="0 0 650 390" role="img" aria-labelledby="trad-title trad-desc" xmlns="http://www.w3.org/2000/svg" {
            title id="trad-title" { (ctx.t("environment-traditional-title")) }
            desc id="trad-desc" { (ctx.t("environment-traditional-desc")) }
            @for (r, influence) in rows.iter().enumerate() {
                @let y = top + r as i32 * cell_h;
                text x=(left - 8) y=(y + cell_h / 2 + 5) text-anchor="end" class="axis-label" { (choice_label(ctx, "influence", *influence)) }
                @for (c, authority) in columns.iter().enumerate() {
                    @let x = left + c as i32 * cell_w;
                    rect x=(x) y=(y) width=(cell_w) height=(cell_h) class="cell" {}
                    @let here: Vec<_> = numbered.iter().filter(|(_, s)| s.formal_authority == *authority && s.influence == *influence).copied().collect();
                    (dots(&here, x, y, cell_w))
                }
            }
            @for (c, authority) in columns.iter().enumerate() {
                text x=(left + c as i32 * cell_w + cell_w / 2) y=(top + 3 * cell_h + 22) text-anchor="middle" class="axis-label" {
                    (choice_label(ctx, "formal-authority", *authority))
                }
            }
            text x=(left + 2 * cell_w) y=(top + 3 * cell_h + 48) text-anchor="middle" class="axis-title" { (ctx.t("environment-axis-formal")) }
            text x="14" y=(top + 3 * cell_h / 2) text-anchor="middle" class="axis-title" transform=(format!("rotate(-90 14 {})", top + 3 * cell_h / 2)) {
                (ctx.t("environment-axis-influence"))
            }
        }
    }
}

/// The open authorizing environment: everyone a potential co-creator or
/// co-producer (seed 001).
pub fn open_map(ctx: &Ctx, stakeholders: &[Stakeholder]) -> Markup {
    let numbered: Vec<(usize, &Stakeholder)> = stakeholders.iter().enumerate().map(|(i, s)| (i + 1, s)).collect();
    // (co-creates, co-produces) → quadrant, top-left first.
    let quadrants = [
        ("environment-quadrant-co-production", false, true, 0, 0),
        ("environment-quadrant-both", true, true, 1, 0),
        ("environment-quadrant-neither", false, false, 0, 1),
        ("environment-quadrant-co-creation", true, false, 1, 1),
    ];
    let (left, top, w, h) = (40, 10, 300, 170);
    html! {
        svg class="chart map" viewBox="0 0 660 420" role="img" aria-labelledby="open-title open-desc" xmlns="http://www.w3.org/2000/svg" {
            title id="open-title" { (ctx.t("environment-open-title")) }
            desc id="open-desc" { (ctx.t("environment-open-desc")) }
            @for (label, creates, produces, col, row) in quadrants {
                @let x = left + col * w;
                @let y = top + row * h;
                rect x=(x) y=(y) width=(w) height=(h) class="cell" {}
                text x=(x + 8) y=(y + h - 10) class="quadrant-label" { (ctx.t(label)) }
                @let here: Vec<_> = numbered.iter()
                    .filter(|(_, s)| s.suitability.co_creates() == creates && s.suitability.co_produces() == produces)
                    .copied().collect();
                (dots(&here, x, y, w))
            }
            text x=(left + w) y=(top + 2 * h + 28) text-anchor="middle" class="axis-title" { (ctx.t("environment-axis-co-creation")) }
            text x="16" y=(top + h) text-anchor="middle" class="axis-title" transform=(format!("rotate(-90 16 {})", top + h)) {
                (ctx.t("environment-axis-co-production"))
            }
        }
    }
}

/// Where a chart's x coordinates land: mirrored across the drawing in a
/// right-to-left language, so labels sit on the right and bars grow leftwards.
#[derive(Clone, Copy)]
pub struct Flow {
    pub rtl: bool,
    pub width: i64,
}

impl Flow {
    pub fn of(ctx: &Ctx, width: i64) -> Flow {
        Flow { rtl: ctx.lang.dir() == "rtl", width }
    }

    /// A point.
    fn x(self, x: i64) -> i64 {
        if self.rtl { self.width - x } else { x }
    }

    /// The left edge of a span that starts at `x` and is `w` wide.
    fn span(self, x: i64, w: i64) -> i64 {
        if self.rtl { self.width - x - w } else { x }
    }

    /// Text that ends (`true`) or starts at its point, as the reader reads.
    fn anchor(self, ends: bool) -> &'static str {
        if ends == self.rtl { "start" } else { "end" }
    }
}

/// Horizontal bars, one per labelled value; `None` values (suppressed) draw no bar.
pub fn bars(ctx: &Ctx, id: &str, title: &str, desc: &str, rows: &[(String, Option<i64>)]) -> Markup {
    let max = rows.iter().filter_map(|(_, v)| *v).max().unwrap_or(0).max(1);
    let (label_w, bar_w, row_h) = (200, 380, 34);
    let height = rows.len() as i64 * row_h + 10;
    let f = Flow::of(ctx, 660);
    html! {
        svg class="chart bars" viewBox=(format!("0 0 660 {height}")) role="img"
            aria-labelledby=(format!("{id}-title {id}-desc")) xmlns="http://www.w3.org/2000/svg" {
            title id=(format!("{id}-title")) { (title) }
            desc id=(format!("{id}-desc")) { (desc) }
            @for (i, (label, value)) in rows.iter().enumerate() {
                @let y = 5 + i as i64 * row_h;
                text x=(f.x(label_w - 8)) y=(y + 21) text-anchor=(f.anchor(true)) class="axis-label" { (label) }
                @if let Some(v) = value {
                    @let w = (v * bar_w / max).max(1);
                    rect x=(f.span(label_w, w)) y=(y + 4) width=(w) height=(row_h - 10) class="bar" {}
                    text x=(f.x(label_w + w + 6)) y=(y + 21) text-anchor=(f.anchor(false)) class="bar-value" { (v) }
                } @else {
                    text x=(f.x(label_w + 6)) y=(y + 21) text-anchor=(f.anchor(false)) class="bar-value" { "< 5" }
                }
            }
        }
    }
}

/// One round of a count: a value per option, `None` once it is out.
pub struct RoundColumn {
    pub heading: String,
    pub values: Vec<Option<i64>>,
    /// Options removed at the end of this round (their bar is marked).
    pub removed: Vec<usize>,
}

/// A count round by round: a row per option, a column per round. An option
/// that is out has no bar at all from then on: it is not drawn as zero.
pub fn rounds(ctx: &Ctx, id: &str, title: &str, desc: &str, labels: &[String], columns: &[RoundColumn]) -> Markup {
    let max = columns.iter().flat_map(|c| c.values.iter().flatten()).copied().max().unwrap_or(0).max(1);
    let (label_w, col_w, row_h, head_h) = (180_i64, 150_i64, 30_i64, 28_i64);
    let bar_max = col_w - 56;
    let width = label_w + col_w * columns.len() as i64;
    let height = head_h + labels.len() as i64 * row_h + 8;
    let f = Flow::of(ctx, width);
    html! {
        svg class="chart bars rounds" viewBox=(format!("0 0 {width} {height}")) role="img"
            aria-labelledby=(format!("{id}-title {id}-desc")) xmlns="http://www.w3.org/2000/svg" {
            title id=(format!("{id}-title")) { (title) }
            desc id=(format!("{id}-desc")) { (desc) }
            @for (k, column) in columns.iter().enumerate() {
                text x=(f.x(label_w + k as i64 * col_w)) y="18" text-anchor=(f.anchor(false)) class="axis-label" { (column.heading) }
            }
            @for (i, label) in labels.iter().enumerate() {
                @let y = head_h + i as i64 * row_h;
                text x=(f.x(label_w - 8)) y=(y + 19) text-anchor=(f.anchor(true)) class="axis-label" { (label) }
                @for (k, column) in columns.iter().enumerate() {
                    @if let Some(Some(v)) = column.values.get(i) {
                        @let x = label_w + k as i64 * col_w;
                        @let w = (v * bar_max / max).max(1);
                        @let out = column.removed.contains(&i);
                        rect x=(f.span(x, w)) y=(y + 4) width=(w) height=(row_h - 10) class=(if out { "bar removed" } else { "bar" }) {}
                        text x=(f.x(x + w + 4)) y=(y + 19) text-anchor=(f.anchor(false)) class="bar-value" { (v) @if out { " ✕" } }
                    }
                }
            }
        }
    }
}

/// Two bars per group: its share among participants (filled) above its
/// share of the community (outlined), on one 0–100 % scale. A suppressed
/// share draws no bar and says so.
pub fn share_bars(ctx: &Ctx, id: &str, title: &str, desc: &str, rows: &[(String, Option<f64>, Option<f64>)]) -> Markup {
    let (label_w, bar_w, row_h) = (200_i64, 360_i64, 44_i64);
    let height = rows.len() as i64 * row_h + 40;
    let f = Flow::of(ctx, 660);
    let pct = crate::labels::percent;
    let width = |x: f64| ((x.clamp(0.0, 1.0) * bar_w as f64).round() as i64).max(1);
    html! {
        svg class="chart bars" viewBox=(format!("0 0 660 {height}")) role="img"
            aria-labelledby=(format!("{id}-title {id}-desc")) xmlns="http://www.w3.org/2000/svg" {
            title id=(format!("{id}-title")) { (title) }
            desc id=(format!("{id}-desc")) { (desc) }
            rect x=(f.span(label_w, 14)) y="6" width="14" height="12" class="bar" {}
            text x=(f.x(label_w + 20)) y="17" text-anchor=(f.anchor(false)) class="axis-label" { (ctx.t("who-legend-participants")) }
            rect x=(f.span(label_w + 220, 14)) y="6" width="14" height="12" class="bar baseline" {}
            text x=(f.x(label_w + 240)) y="17" text-anchor=(f.anchor(false)) class="axis-label" { (ctx.t("who-legend-community")) }
            @for (i, (label, share, baseline)) in rows.iter().enumerate() {
                @let y = 32 + i as i64 * row_h;
                text x=(f.x(label_w - 8)) y=(y + 24) text-anchor=(f.anchor(true)) class="axis-label" { (label) }
                @if let Some(s) = share {
                    rect x=(f.span(label_w, width(*s))) y=(y + 4) width=(width(*s)) height="16" class="bar" {}
                    text x=(f.x(label_w + width(*s) + 6)) y=(y + 17) text-anchor=(f.anchor(false)) class="bar-value" { (pct(*s)) }
                } @else {
                    text x=(f.x(label_w + 6)) y=(y + 17) text-anchor=(f.anchor(false)) class="bar-value" { (ctx.t("privacy-protecting")) }
                }
                @if let Some(b) = baseline {
                    rect x=(f.span(label_w, width(*b))) y=(y + 22) width=(width(*b)) height="12" class="bar baseline" {}
                    text x=(f.x(label_w + width(*b) + 6)) y=(y + 33) text-anchor=(f.anchor(false)) class="bar-value" { (pct(*b)) }
                }
            }
        }
    }
}

/// The Lorenz curve of contributions: people from the least to the most
/// active across, their cumulative share of contributions up; the diagonal
/// is perfect equality.
pub fn lorenz(ctx: &Ctx, id: &str, title: &str, desc: &str, points: &[(f64, f64)]) -> Markup {
    let (left, top, side) = (60_i64, 10_i64, 300_i64);
    let f = Flow::of(ctx, 2 * left + side);
    let at = |(x, y): (f64, f64)| {
        (f.x(left + (x * side as f64).round() as i64), top + side - (y * side as f64).round() as i64)
    };
    let path: String = points
        .iter()
        .map(|p| {
            let (x, y) = at(*p);
            format!("{x},{y}")
        })
        .collect::<Vec<_>>()
        .join(" ");
    let (x0, y0) = at((0.0, 0.0));
    let (x1, y1) = at((1.0, 1.0));
    let (xr, _) = at((1.0, 0.0));
    html! {
        svg class="chart lorenz" viewBox=(format!("0 0 {} {}", 2 * left + side, side + top + 50)) role="img"
            aria-labelledby=(format!("{id}-title {id}-desc")) xmlns="http://www.w3.org/2000/svg" {
            title id=(format!("{id}-title")) { (title) }
            desc id=(format!("{id}-desc")) { (desc) }
            polyline points=(format!("{x0},{y0} {xr},{y0} {x1},{y1}")) class="frame" {}
            line x1=(x0) y1=(y0) x2=(x1) y2=(y1) class="equality" {}
            polyline points=(path) class="curve" {}
            text x=((x0 + xr) / 2) y=(y0 + 22) text-anchor="middle" class="axis-label" { (ctx.t("who-lorenz-x")) }
            text x=(f.x(left - 10)) y=(top + 14) text-anchor=(f.anchor(true)) class="axis-label" { "100%" }
            text x=(f.x(left - 10)) y=(y0) text-anchor=(f.anchor(true)) class="axis-label" { "0%" }
            text x=((x0 + xr) / 2) y=(y0 + 44) text-anchor="middle" class="axis-title" { (ctx.t("who-lorenz-y")) }
        }
    }
}
