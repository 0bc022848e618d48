//! The page shown for any error, in the user's language.

use axum::response::Response;
use maud::html;
use tandem_service::i18n::Arg;

use crate::{context::Ctx, error::AppError, html::Page};

pub fn page(ctx: &Ctx, error: &AppError) -> Response {
    let (title_id, body_id) = error.message_ids();
    let title = ctx.t(title_id);
    let body = match error {
        AppError::TooManyRequests { retry_after_secs } => {
            let minutes = (retry_after_secs + 59) / 60;
            ctx.ta(body_id, &[("minutes", Arg::Num(minutes))])
        }
        _ => ctx.t(body_id),
    };
    let markup = html! {
        h1 { (title) }
        p { (body) }
        @if let AppError::Invalid(invalid) = error {
            ul {
                @for e in &invalid.0 { li { (e.field) ": " (crate::html::field_message(ctx, e)) } }
            }
        }
        p { a href="/" { (ctx.t("error-go-home")) } }
    };
    Page::new(&title, markup).status(error.status()).render(ctx)
}
