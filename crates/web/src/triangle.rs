//! The strategic triangle of one initiative, drawn as SVG with the same
//! facts in a table (the service loads it and the domain assesses it).

use maud::{Markup, html};
use tandem_domain::{
    health::{Finding, Severity},
    initiative::{Base, BaseAssessment, BaseState, TriangleAssessment},
};
use tandem_service::i18n::Arg;

use crate::context::Ctx;

/// The triangle as the service loads and assesses it.
pub type TriangleView = tandem_service::initiatives::Triangle;

pub fn base_label(ctx: &Ctx, base: Base) -> String {
    ctx.t(&format!("base-{}", base.key()))
}

pub fn state_label(ctx: &Ctx, state: BaseState) -> String {
    ctx.t(&format!("base-state-{}", state.key()))
}

/// A figure summarising the base, e.g. "2 outcomes, 1 measurable".
pub fn base_figures(ctx: &Ctx, a: &TriangleAssessment, base: Base) -> String {
    match base {
        Base::PublicValue => ctx.ta(
            "triangle-figures-value",
            &[("outcomes", Arg::from(a.value_tally.outcomes)), ("measurable", Arg::from(a.value_tally.measurable))],
        ),
        Base::Capacity => ctx.ta(
            "triangle-figures-capacity",
            &[
                ("total", Arg::from(a.capacity_tally.total)),
                ("owned", Arg::from(a.capacity_tally.with_owner)),
                ("inplace", Arg::from(a.capacity_tally.in_place)),
            ],
        ),
        Base::Legitimacy => ctx.ta(
            "triangle-figures-legitimacy",
            &[
                ("recorded", Arg::from(a.support_tally.recorded)),
                ("supportive", Arg::from(a.support_tally.supportive)),
                ("critical", Arg::from(a.support_tally.critical)),
            ],
        ),
    }
}

/// The symbol beside each base, so state never depends on colour alone.
fn state_symbol(state: BaseState) -> &'static str {
    match state {
        BaseState::AtRisk => "×",
        BaseState::Holding => "✓",
        BaseState::NeedsAttention => "!",
        BaseState::Missing => "?",
    }
}

/// The triangle as SVG: a vertex per base, coloured and marked by its state.
pub fn svg(ctx: &Ctx, a: &TriangleAssessment, id: &str) -> Markup {
    // Vertices: public value on top, capacity bottom left, legitimacy bottom right.
    // The bottom vertices sit far enough in that a long name, on two lines, stays inside the drawing.
    let points = [(Base::PublicValue, 200, 82), (Base::Capacity, 90, 312), (Base::Legitimacy, 310, 312)];
    let desc: Vec<String> =
        a.bases().iter().map(|b| format!("{}: {}", base_label(ctx, b.base), state_label(ctx, b.state))).collect();
    let title_id = format!("{id}-title");
    let desc_id = format!("{id}-desc");
    html! {
        svg class="triangle" viewBox="0 0 400 420" role="img" aria-labelledby=(format!("{title_id} {desc_id}")) xmlns="http://www.w3.org/2000/svg" {
            title id=(title_id) { (ctx.t("triangle-title")) }
            desc id=(desc_id) { (desc.join(". ")) }
            polygon class="triangle-edge" points="200,82 90,312 310,312" {}
            @for (base, x, y) in points {
                @let b = base_of(a, base);
                g class=(format!("vertex state-{}", b.state.key())) {
                    circle cx=(x) cy=(y) r="30" {}
                    text x=(x) y=(y + 8) text-anchor="middle" class="vertex-symbol" { (state_symbol(b.state)) }
                    @let label = base_label(ctx, base);
                    @let lines = label_lines(&label);
                    text x=(x) y=(label_y(base, y)) text-anchor="middle" class="vertex-label" {
                        @for (i, line) in lines.iter().enumerate() {
                            tspan x=(x) dy=(if i == 0 { "0" } else { "1.2em" }) { (line) }
                        }
                    }
                    text x=(x) y=(label_y(base, y) + 20 * lines.len() as i32) text-anchor="middle" class="vertex-state" { (state_label(ctx, b.state)) }
                }
            }
        }
    }
}

/// A name of more than one short word splits at the space nearest its middle,
/// so "Organizational capacity" never runs past the edge of a phone.
fn label_lines(label: &str) -> Vec<String> {
    if label.chars().count() <= 14 {
        return vec![label.to_owned()];
    }
    let middle = label.len() / 2;
    match label.match_indices(' ').map(|(i, _)| i).min_by_key(|i| i.abs_diff(middle)) {
        Some(i) => vec![label[..i].to_owned(), label[i + 1..].to_owned()],
        None => vec![label.to_owned()],
    }
}

fn label_y(base: Base, y: i32) -> i32 {
    // Above the top vertex: its name and state both clear the circle.
    if base == Base::PublicValue { y - 62 } else { y + 50 }
}

fn base_of(a: &TriangleAssessment, base: Base) -> &BaseAssessment {
    match base {
        Base::PublicValue => &a.public_value,
        Base::Capacity => &a.capacity,
        Base::Legitimacy => &a.legitimacy,
    }
}

/// "Critical" or "Warning" as a pill in the severity's own colour (critical is
/// red everywhere, never the grey of "nothing recorded").
pub fn severity_pill(ctx: &Ctx, severity: Severity) -> Markup {
    html! { span class=(format!("severity-pill severity-{}", severity.key())) { (ctx.t(&format!("severity-{}", severity.key()))) } }
}

/// A finding explained, with how many things it concerns.
pub fn finding_text(ctx: &Ctx, f: &Finding) -> String {
    ctx.ta(&format!("health-{}", f.check.key()), &[("count", Arg::Num(f.count))])
}

/// The same facts as the drawing, as a table, with the health findings about each base.
pub fn table(ctx: &Ctx, a: &TriangleAssessment, findings: &[Finding]) -> Markup {
    html! {
        (crate::html::data_table(ctx, &ctx.t("triangle-table-caption"), "data", html! {
            thead { tr {
                th scope="col" { (ctx.t("triangle-col-base")) }
                th scope="col" { (ctx.t("triangle-col-state")) }
                th scope="col" { (ctx.t("triangle-col-figures")) }
                th scope="col" { (ctx.t("triangle-col-reasons")) }
            } }
            tbody {
                @for b in a.bases() {
                    tr {
                        th scope="row" { (base_label(ctx, b.base)) }
                        td { span class=(format!("state-pill state-{}", b.state.key())) { (state_symbol(b.state)) " " (state_label(ctx, b.state)) } }
                        td { (base_figures(ctx, a, b.base)) }
                        @let here: Vec<&Finding> = findings.iter().filter(|f| f.check.base() == b.base).collect();
                        td {
                            @if b.reasons.is_empty() && here.is_empty() { (ctx.t("triangle-no-reasons")) }
                            @else { ul class="plain" {
                                @for r in &b.reasons { li { (ctx.t(r)) } }
                                @for f in here { li { (severity_pill(ctx, f.check.severity())) " " (finding_text(ctx, f)) } }
                            } }
                        }
                    }
                }
            }
        }))
    }
}

#[cfg(test)]
mod tests {
    use super::label_lines;

    #[test]
    fn long_names_split_at_the_space_nearest_their_middle() {
        assert_eq!(label_lines("Public value"), ["Public value"]);
        assert_eq!(label_lines("Organizational capacity"), ["Organizational", "capacity"]);
        assert_eq!(label_lines("Legitimacy and support"), ["Legitimacy", "and support"]);
        assert_eq!(label_lines("Capacidad organizativa"), ["Capacidad", "organizativa"]);
        assert_eq!(label_lines("Supercalifragilistic"), ["Supercalifragilistic"]);
    }
}
