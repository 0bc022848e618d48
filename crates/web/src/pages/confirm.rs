//! A second page before an irreversible or public step (publishing an
//! initiative or its charter, closing a poll, hiding a post). The first press
//! posts the form as usual and gets this page, which repeats every field
//! (hidden) with `confirmed`; only that second post acts. Works without
//! JavaScript; the API acts at once, since a program has already decided.

use axum::response::Response;
use maud::html;

use crate::{
    context::Ctx,
    forms::FormPairs,
    html::{Page, csrf_field},
};

const CONFIRMED: &str = "confirmed";

/// Whether this post is the second, confirming one.
pub fn confirmed(form: &FormPairs) -> bool {
    form.get(CONFIRMED) == "yes"
}

/// What the confirmation page says; the texts are message ids.
pub struct Confirm<'a> {
    /// The question, e.g. "Publish the charter?"
    pub title: &'static str,
    /// What will happen and to whom, in plain words.
    pub lead: &'static str,
    /// The button that acts, e.g. "Yes, publish it".
    pub button: &'static str,
    /// Where the form posts: the address it was posted to.
    pub action: &'a str,
    /// Where "No, go back" leads.
    pub back: &'a str,
    /// Red button for steps that take something away (hiding, cancelling).
    pub danger: bool,
}

pub fn page(ctx: &Ctx, c: &Confirm<'_>, form: &FormPairs) -> Response {
    let title = ctx.t(c.title);
    let reason = form.get("reason").trim();
    let body = html! {
        h1 { (title) }
        p class="lead" { (ctx.t(c.lead)) }
        @if !reason.is_empty() {
            p { strong { (ctx.t("confirm-reason")) } " " (reason) }
        }
        form method="post" action=(c.action) class="confirm" {
            (csrf_field(ctx))
            @for (name, value) in &form.0 {
                @if name != "_csrf" && name != CONFIRMED {
                    input type="hidden" name=(name) value=(value);
                }
            }
            input type="hidden" name=(CONFIRMED) value="yes";
            button type="submit" class=(if c.danger { "button danger" } else { "button" }) { (ctx.t(c.button)) }
            " "
            a href=(c.back) { (ctx.t("confirm-back")) }
        }
    };
    Page::new(&title, body).render(ctx)
}

/// Hiding a post (an idea, a comment, a statement): its author and readers lose it.
pub fn hide<'a>(action: &'a str, back: &'a str) -> Confirm<'a> {
    Confirm {
        title: "confirm-hide-title",
        lead: "confirm-hide-lead",
        button: "confirm-hide-button",
        action,
        back,
        danger: true,
    }
}

/// Withdrawing one's own post: it stays on record, marked withdrawn with the reason.
pub fn withdraw<'a>(action: &'a str, back: &'a str) -> Confirm<'a> {
    Confirm {
        title: "confirm-withdraw-title",
        lead: "confirm-withdraw-lead",
        button: "confirm-withdraw-button",
        action,
        back,
        danger: true,
    }
}
