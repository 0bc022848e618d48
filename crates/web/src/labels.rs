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
