//! How things are named for people, in the reader's language: shared by the
//! pages and the API so both say the same.

use tandem_decide::representation::Alert;
use tandem_domain::representation::DimensionKey;
use tandem_domain::{
    Timestamp,
    community::Conventions,
    time::{Date, WallClock},
};
use tandem_service::i18n::{Arg, Lang};
use tandem_service::{
    community::{Group, School},
    initiatives::CurrentPhase,
    notifications::Notification,
    phases::Phase,
    representation::WhoTakesPart,
};

use crate::context::Ctx;

/// A stakeholder group's name in the reader's language: the community's own
/// name when set, otherwise the built-in translation.
pub fn group_name(ctx: &Ctx, group: &Group) -> String {
    let custom = match ctx.lang {
        Lang::En => group.name_en.as_deref().or(group.name_es.as_deref()),
        Lang::Es => group.name_es.as_deref().or(group.name_en.as_deref()),
        // Communities name their groups in English and Spanish; a built-in group reads in Arabic.
        Lang::Ar if tandem_domain::community::is_default_group(&group.key) => None,
        Lang::Ar => group.name_en.as_deref().or(group.name_es.as_deref()),
    };
    match custom.filter(|n| !n.trim().is_empty()) {
        Some(name) => name.to_owned(),
        None if tandem_domain::community::is_default_group(&group.key) => ctx.t(&format!("group-{}", group.key)),
        None => group.key.clone(),
    }
}

/// The day of a moment in the community's time zone, for people: "22 Nov
/// 2026", or "Nov 22, 2026" where the locale puts the month first.
pub fn human_date(ctx: &Ctx, ts: Timestamp) -> String {
    human_day(ctx, ctx.zone().date(ts))
}

/// A calendar day (a due date, a phase's end) as people write it.
pub fn human_day(ctx: &Ctx, date: Date) -> String {
    let month = ctx.t(&format!("month-{}", u8::from(date.month())));
    if ctx.conventions().month_first {
        format!("{month} {}, {}", date.day(), date.year())
    } else {
        format!("{} {month} {}", date.day(), date.year())
    }
}

/// A time of day on the community's clock: "16:05", or "4:05 PM" where the
/// locale uses a 12-hour clock.
pub fn human_time(ctx: &Ctx, ts: Timestamp) -> String {
    clock(ctx.conventions(), &ctx.zone().wall_clock(ts))
}

fn clock(c: Conventions, w: &WallClock) -> String {
    if c.clock_12h {
        let hour = if w.hour.is_multiple_of(12) { 12 } else { w.hour % 12 };
        format!("{hour}:{:02} {}", w.minute, if w.hour < 12 { "AM" } else { "PM" })
    } else {
        format!("{:02}:{:02}", w.hour, w.minute)
    }
}

/// A moment with its day, time and zone, where the zone matters (a poll's
/// closing time): "25 Dec 2026, 23:59 (America/New_York)".
pub fn human_moment(ctx: &Ctx, ts: Timestamp) -> String {
    let zone = ctx.zone();
    ctx.ta(
        "moment",
        &[
            ("date", human_date(ctx, ts).into()),
            ("time", human_time(ctx, ts).into()),
            ("zone", zone.name().to_owned().into()),
        ],
    )
}

/// An amount of money as the reader's language writes it: "$18,000" in
/// English, "18.000 $" in Spanish; cents only when there are some. Known
/// currencies get their symbol, any other its code ("CHF 18,000").
pub fn money(ctx: &Ctx, currency: &str, amount: impl std::fmt::Display) -> String {
    money_in(ctx.conventions(), currency, &amount.to_string())
}

fn money_in(c: Conventions, currency: &str, amount: &str) -> String {
    let code = currency.trim().to_ascii_uppercase();
    let symbol = match code.as_str() {
        "USD" | "MXN" | "CAD" | "AUD" | "NZD" | "$" => Some("$"),
        "EUR" | "€" => Some("€"),
        "GBP" | "£" => Some("£"),
        _ => None,
    };
    let (negative, digits) = match amount.trim().strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, amount.trim()),
    };
    let (whole, cents) = digits.split_once('.').unwrap_or((digits, ""));
    let cents = cents.trim_end_matches('0');
    let (group, point) = if c.decimal_comma { ('.', ',') } else { (',', '.') };
    let mut grouped = String::new();
    for (i, c) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i) % 3 == 0 {
            grouped.push(group);
        }
        grouped.push(c);
    }
    if !cents.is_empty() {
        grouped.push(point);
        grouped.push_str(&format!("{cents:0<2}"));
    }
    let sign = if negative { "-" } else { "" };
    match (c.symbol_after, symbol) {
        (true, Some(symbol)) => format!("{sign}{grouped} {symbol}"),
        (true, None) => format!("{sign}{grouped} {code}"),
        (false, Some(symbol)) => format!("{sign}{symbol}{grouped}"),
        (false, None) => format!("{sign}{code} {grouped}"),
    }
}

/// A phase's name: its own, or the template's in the reader's language.
pub fn phase_name(ctx: &Ctx, p: &Phase) -> String {
    match (&p.template_key, p.name.trim().is_empty()) {
        (Some(key), true) => ctx.t(&format!("phase-{key}")),
        _ => p.name.clone(),
    }
}

/// The current phase's name, translated when it is a template phase.
pub fn current_phase_name(ctx: &Ctx, p: &CurrentPhase) -> String {
    match (&p.template_key, p.name.trim().is_empty()) {
        (Some(key), true) => ctx.t(&format!("phase-{key}")),
        _ => p.name.clone(),
    }
}

/// How an author appears to others: their pseudonym, "a pupil", or their name.
pub fn author_label(ctx: &Ctx, pseudonym: Option<&str>, protected: bool, name: Option<&str>) -> String {
    match (pseudonym, protected, name) {
        (Some(p), _, _) => p.to_owned(),
        (None, true, _) => ctx.t("ideas-author-pupil"),
        (None, false, Some(n)) => n.to_owned(),
        (None, false, None) => ctx.t("ideas-author-former"),
    }
}

/// Where a notification leads.
pub fn notification_link(n: &Notification) -> Option<String> {
    let base = n.initiative_path.clone()?;
    if n.kind == tandem_domain::notify::NotificationKind::Selected {
        return Some(format!("{base}/selections"));
    }
    match (n.idea_id, n.commitment_id) {
        (Some(idea), _) => Some(format!("{base}/ideas/{idea}")),
        (None, Some(_)) => Some(format!("{base}/accountability")),
        _ => Some(base),
    }
}

/// Opinion groups' letters, as Pol.is names them: A, B, C…
pub fn group_letter(g: usize) -> String {
    char::from(b'A' + (g % 26) as u8).to_string()
}

/// A dimension of the representation measures, by its key.
pub fn dimension_label(ctx: &Ctx, dimension: &str) -> String {
    match DimensionKey::parse(dimension) {
        Some(d) => ctx.t(&format!("dimension-{}", d.key())),
        None => dimension.to_owned(),
    }
}

/// A group as people read it: a stakeholder group's or school's name, or the baseline's own words.
pub fn group_label(ctx: &Ctx, dimension: &str, group: &str, groups: &[Group], schools: &[School]) -> String {
    match DimensionKey::parse(dimension) {
        Some(DimensionKey::StakeholderGroup) => {
            groups.iter().find(|g| g.key == group).map_or_else(|| group.to_owned(), |g| group_name(ctx, g))
        }
        Some(DimensionKey::School) => {
            schools.iter().find(|s| s.slug == group).map_or_else(|| group.to_owned(), |s| s.name.clone())
        }
        _ => group.to_owned(),
    }
}

/// A share as a percentage: whole, with one decimal under 10 % so a small
/// group is not shown as 0 %.
pub fn percent(x: f64) -> String {
    if x > 0.0 && x < 0.1 { format!("{:.1}%", x * 100.0) } else { format!("{:.0}%", x * 100.0) }
}

/// An alert in plain words.
pub fn alert_message(ctx: &Ctx, a: &Alert, w: &WhoTakesPart) -> String {
    let label = |d: &str, g: &str| group_label(ctx, d, g, &w.groups, &w.schools);
    match a {
        Alert::Gap { dimension, group, impact_ratio } => ctx.ta(
            "who-alert-gap",
            &[
                ("group", Arg::Str(label(dimension, group))),
                ("dimension", Arg::Str(dimension_label(ctx, dimension))),
                ("percent", Arg::Str(percent(*impact_ratio))),
            ],
        ),
        Alert::Capture { dimension, group, contribution_share, participant_share } => ctx.ta(
            "who-alert-capture",
            &[
                ("group", Arg::Str(label(dimension, group))),
                ("contributions", Arg::Str(percent(*contribution_share))),
                ("participants", Arg::Str(percent(*participant_share))),
            ],
        ),
        Alert::Concentration { top10_share } => {
            ctx.ta("who-alert-concentration", &[("percent", Arg::Str(percent(*top10_share)))])
        }
        Alert::Absent { dimension, group } => ctx.ta(
            "who-alert-absent",
            &[("group", Arg::Str(label(dimension, group))), ("dimension", Arg::Str(dimension_label(ctx, dimension)))],
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tandem_domain::community::Locale;

    #[test]
    fn money_reads_as_each_locale_writes_it() {
        let (us, spain, mexico) = (Locale::EnUs.conventions(), Locale::EsEs.conventions(), Locale::EsMx.conventions());
        assert_eq!(money_in(us, "USD", "18000"), "$18,000");
        assert_eq!(money_in(spain, "USD", "18000"), "18.000 $");
        assert_eq!(money_in(mexico, "MXN", "18000"), "$18,000");
        assert_eq!(money_in(us, "eur", "1234567.5"), "€1,234,567.50");
        assert_eq!(money_in(spain, "EUR", "1234567.50"), "1.234.567,50 €");
        assert_eq!(money_in(us, "CHF", "950"), "CHF 950");
        assert_eq!(money_in(spain, "CHF", "950.00"), "950 CHF");
        assert_eq!(money_in(Locale::EnGb.conventions(), "GBP", "-1200"), "-£1,200");
    }

    #[test]
    fn clocks_read_as_each_locale_writes_them() {
        let at = |hour, minute| WallClock {
            date: tandem_domain::time::parse_date("d", "2026-12-25").unwrap(),
            hour,
            minute,
            abbreviation: String::from("EST"),
        };
        let (us, gb) = (Locale::EnUs.conventions(), Locale::EnGb.conventions());
        assert_eq!(clock(us, &at(0, 5)), "12:05 AM");
        assert_eq!(clock(us, &at(12, 0)), "12:00 PM");
        assert_eq!(clock(us, &at(23, 59)), "11:59 PM");
        assert_eq!(clock(gb, &at(9, 7)), "09:07");
        assert_eq!(clock(Locale::EsEs.conventions(), &at(23, 59)), "23:59");
    }
}
