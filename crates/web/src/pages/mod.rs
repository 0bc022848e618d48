//! Server-rendered pages. Every page works without JavaScript.

use axum::{
    http::header,
    response::{IntoResponse, Redirect, Response},
};
use tandem_store::communities::Group;

use crate::{
    context::{Ctx, FLASH_COOKIE, set_cookie},
    i18n::Lang,
};

pub mod account;
pub mod accountability;
pub mod admin;
pub mod auth;
pub mod charter;
pub mod community;
pub mod conversation;
pub mod decide;
pub mod engagement;
pub mod environment;
pub mod error;
pub mod glossary;
pub mod health;
pub mod home;
pub mod ideas;
pub mod initiative;
pub mod join;
pub mod moderation;
pub mod notifications;
pub mod phases;
pub mod shell;
pub mod worksheet;

/// Percent-encodes a value for a query string.
pub fn encode_query(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for b in value.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~' | b'/') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Only local paths may be redirect targets, so a crafted link cannot send
/// someone to another site after logging in.
pub fn safe_next(next: &str) -> &str {
    let ok = next.starts_with('/')
        && !next.starts_with("//")
        && !next.starts_with("/\\")
        && !next.chars().any(|c| c.is_control() || c == '\\');
    if ok { next } else { "/" }
}

/// 303 to `to` with a one-time message shown on the next page.
pub fn redirect_with_flash(ctx: &Ctx, to: &str, flash_id: &'static str) -> Response {
    let mut response = Redirect::to(to).into_response();
    if let Some(cookie) = set_cookie(FLASH_COOKIE, flash_id, 120, true, ctx.secure_cookies) {
        response.headers_mut().append(header::SET_COOKIE, cookie);
    }
    response
}

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
pub fn human_date(ctx: &Ctx, ts: tandem_domain::Timestamp) -> String {
    let date = ts.date();
    let month = ctx.t(&format!("month-{}", u8::from(date.month())));
    format!("{} {} {}", date.day(), month, date.year())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_local_redirects() {
        assert_eq!(safe_next("/c/riverbend?x=1"), "/c/riverbend?x=1");
        for bad in ["https://evil.example", "//evil.example", "/\\evil.example", "", "c/x", "/a\nb"] {
            assert_eq!(safe_next(bad), "/", "{bad:?}");
        }
    }

    #[test]
    fn query_encoding() {
        assert_eq!(encode_query("/c/x?a=1&b=ñ"), "/c/x%3Fa%3D1%26b%3D%C3%B1");
    }
}
