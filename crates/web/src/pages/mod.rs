//! Server-rendered pages. Every page works without JavaScript.

use axum::{
    http::header,
    response::{IntoResponse, Redirect, Response},
};

use crate::context::{Ctx, FLASH_COOKIE, set_cookie};

pub mod account;
pub mod accountability;
pub mod actions;
pub mod admin;
pub mod audit;
pub mod auth;
pub mod bodies;
pub mod budgets;
pub mod charter;
pub mod community;
pub mod confirm;
pub mod conversation;
pub mod decide;
pub mod engagement;
pub mod environment;
pub mod error;
pub mod events;
pub mod exports;
pub mod glossary;
pub mod health;
pub mod home;
pub mod ideas;
pub mod initiative;
pub mod join;
pub mod meetings;
pub mod moderation;
pub mod notifications;
pub mod phases;
pub mod polls;
pub mod recovery;
pub mod representation;
pub mod rosters;
pub mod second_factor;
pub mod shell;
pub mod sortition;
pub mod surveys;
pub mod translations;
pub mod worksheet;

pub use crate::html::encode_query;

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

pub use crate::labels::{group_name, human_date, human_day};

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
