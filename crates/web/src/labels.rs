//! How things are named for people, in the reader's language: shared by the
//! pages and the API so both say the same.

use tandem_domain::Timestamp;
use tandem_service::i18n::Lang;
use tandem_service::{community::Group, initiatives::CurrentPhase, notifications::Notification, phases::Phase};

use crate::context::Ctx;

/// A stakeholder group's name in the reader's language: the community's own
/// name when set, otherwise the built-in translation.
pub fn group_name(ctx: &Ctx, group: &Group) -> String {
    let custom = match ctx.lang {
        Lang::En => group.name_en.as_deref().or(group.name_es.as_deref()),
        Lang::Es => group.name_es.as_deref().or(group.name_en.as_deref()),
    };
    match custom.filter(|n| !n.trim().is_empty()) {
        Some(name) => name.to_owned(),
        None if tandem_domain::community::is_default_group(&group.key) => ctx.t(&format!("group-{}", group.key)),
        None => group.key.clone(),
    }
}

/// A date for people, in the reader's language, e.g. "22 Nov 2026".
pub fn human_date(ctx: &Ctx, ts: Timestamp) -> String {
    let date = ts.date();
    let month = ctx.t(&format!("month-{}", u8::from(date.month())));
    format!("{} {} {}", date.day(), month, date.year())
}

/// An amount of money as the reader's language writes it: "$18,000" in
/// English, "18.000 $" in Spanish; cents only when there are some. Known
/// currencies get their symbol, any other its code ("CHF 18,000").
pub fn money(ctx: &Ctx, currency: &str, amount: impl std::fmt::Display) -> String {
    money_in(ctx.lang, currency, &amount.to_string())
}

fn money_in(lang: Lang, currency: &str, amount: &str) -> String {
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
    let (group, point) = match lang {
        Lang::Es => ('.', ','),
        _ => (',', '.'),
    };
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
    match (lang, symbol) {
        (Lang::Es, Some(symbol)) => format!("{sign}{grouped} {symbol}"),
        (Lang::Es, None) => format!("{sign}{grouped} {code}"),
        (_, Some(symbol)) => format!("{sign}{symbol}{grouped}"),
        (_, None) => format!("{sign}{code} {grouped}"),
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn money_reads_as_each_language_writes_it() {
        assert_eq!(money_in(Lang::En, "USD", "18000"), "$18,000");
        assert_eq!(money_in(Lang::Es, "USD", "18000"), "18.000 $");
        assert_eq!(money_in(Lang::En, "eur", "1234567.5"), "€1,234,567.50");
        assert_eq!(money_in(Lang::Es, "EUR", "1234567.50"), "1.234.567,50 €");
        assert_eq!(money_in(Lang::En, "CHF", "950"), "CHF 950");
        assert_eq!(money_in(Lang::Es, "CHF", "950.00"), "950 CHF");
        assert_eq!(money_in(Lang::En, "GBP", "-1200"), "-£1,200");
    }
}
