//! Anonymous pages served from memory for a moment (`tandem_web::page_cache`).

use std::time::Duration;

use tandem_store::initiatives::{self, OutcomeFields};
use tandem_web::WebConfig;

use crate::support::*;

fn csrf_cookie(r: &reqwest::Response) -> Option<String> {
    r.headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find_map(|c| c.strip_prefix("tandem_csrf=").map(|rest| rest.split(';').next().unwrap_or_default().to_string()))
}

async fn anonymous_page(app: &TestApp, path: &str) -> (Option<String>, String) {
    let r = reqwest::Client::new().get(app.url(path)).send().await.unwrap();
    assert_eq!(r.status().as_u16(), 200);
    let cookie = csrf_cookie(&r);
    (cookie, r.text().await.unwrap())
}

/// Each visitor's copy carries their own CSRF token (the one in their
/// cookie), never another's and never the placeholder; a change another
/// door makes without this server knowing shows once the lifetime is over
/// (the service clock); a write through this server shows at once; a
/// signed-in person always sees the page afresh.
#[tokio::test]
async fn anonymous_pages_are_kept_for_a_moment_and_never_shared_across_visitors() {
    for backend in tandem_store::testing::backends() {
        let config = WebConfig { anonymous_page_ttl: Some(Duration::from_secs(60)), ..WebConfig::default() };
        let app = spawn_app_with(backend, config).await;
        let f = app.riverbend().await;
        let page = format!("/c/riverbend/i/{}", f.public_slug);

        let (first_token, first) = anonymous_page(&app, &page).await;
        let (second_token, second) = anonymous_page(&app, &page).await;
        let (first_token, second_token) = (first_token.unwrap(), second_token.unwrap());
        assert_ne!(first_token, second_token);
        assert!(!first.contains("Placeholder") && !second.contains("Placeholder"));
        // The language switcher's form carries the token on every page.
        assert!(first.contains(&first_token), "the first visitor's token is in their page");
        assert!(second.contains(&second_token) && !second.contains(&first_token), "each visitor their own token");
        assert_eq!(first.replace(&first_token, ""), second.replace(&second_token, ""), "the same page otherwise");

        // Signing in is a write: done first, so that what follows is only
        // the clock's doing.
        let fac = app.login("fac@example.org").await;
        let (_, _) = anonymous_page(&app, &page).await;
        // Written behind the server's back (as another server would): kept
        // pages are served until their lifetime is over.
        let quiet = OutcomeFields { description: "Quietly added outcome", measure: "Count", target: "1" };
        initiatives::add_outcome(app.db.pool(), f.public_id, &quiet, app.clock.now_for_tests()).await.unwrap();
        let (_, cached) = anonymous_page(&app, &page).await;
        assert!(!cached.contains("Quietly added outcome"), "served from memory within the lifetime");
        let (_, signed_in) = get_text(&fac, &app.url(&page)).await;
        assert!(signed_in.contains("Quietly added outcome"), "signed-in people see the page afresh");
        app.clock.advance(59);
        let (_, still) = anonymous_page(&app, &page).await;
        assert!(!still.contains("Quietly added outcome"), "still within the lifetime by the service clock");
        app.clock.advance(2);
        let (_, later) = anonymous_page(&app, &page).await;
        assert!(later.contains("Quietly added outcome"), "after the lifetime the page is rendered again");

        // A write through this server shows at once.
        let r = app
            .post_form(
                &fac,
                &format!("{page}/edit"),
                &format!("{page}/outcomes"),
                &[("description", "Outcome added here"), ("measure", "Register"), ("target", "100%")],
            )
            .await;
        assert_eq!(r.status().as_u16(), 303);
        let (_, after_write) = anonymous_page(&app, &page).await;
        assert!(after_write.contains("Outcome added here"), "a write on this server shows at once");
    }
}
