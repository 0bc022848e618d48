//! Public pages, languages, errors and headers.

use crate::support::*;

#[tokio::test]
async fn public_pages_render_without_login() {
    on_each_backend(|app| async move {
        let f = app.riverbend().await;
        let client = app.client();
        for path in [
            "/".to_owned(),
            "/glossary".to_owned(),
            "/login".to_owned(),
            "/c/riverbend".to_owned(),
            "/c/riverbend/initiatives".to_owned(),
            "/c/riverbend/initiatives?school=northside".to_owned(),
            format!("/c/riverbend/i/{}", f.public_slug),
        ] {
            let (status, html) = get_text(&client, &app.url(&path)).await;
            assert_eq!(status, 200, "{path}");
            assert_eq!(html.matches("<h1").count(), 1, "one h1 on {path}");
            assert!(html.contains("href=\"#main\""), "skip link on {path}");
            assert!(html.contains("<html lang=\"en\" dir=\"ltr\">"));
        }
        let (_, initiative) = get_text(&client, &app.url(&format!("/c/riverbend/i/{}", f.public_slug))).await;
        assert!(initiative.contains("<svg class=\"triangle\""), "triangle drawn");
        assert!(initiative.contains("<table class=\"data\""), "and tabulated");
        assert!(!initiative.contains("Staff workload review"));
    })
    .await;
}

#[tokio::test]
async fn members_only_initiatives_are_hidden_from_outsiders() {
    on_each_backend(|app| async move {
        let f = app.riverbend().await;
        let path = format!("/c/riverbend/i/{}", f.private_slug);
        let (status, _) = get_text(&app.client(), &app.url(&path)).await;
        assert_eq!(status, 404, "anonymous");
        let outsider = app.login("outsider@example.org").await;
        assert_eq!(get_text(&outsider, &app.url(&path)).await.0, 404, "logged in, not a member");
        let (_, list) = get_text(&outsider, &app.url("/c/riverbend/initiatives")).await;
        assert!(!list.contains("Staff workload review"));
        let observer = app.login("observer@example.org").await;
        assert_eq!(get_text(&observer, &app.url(&path)).await.0, 200, "members see it");
    })
    .await;
}

#[tokio::test]
async fn unknown_addresses_get_a_translated_404_page() {
    on_each_backend(|app| async move {
        let client = app.client();
        let r = client.get(app.url("/no/such/page")).header("accept-language", "es-ES,es;q=0.9").send().await.unwrap();
        assert_eq!(r.status().as_u16(), 404);
        assert!(r.headers()["content-type"].to_str().unwrap().starts_with("text/html"));
        let html = r.text().await.unwrap();
        assert!(html.contains("<html lang=\"es\" dir=\"ltr\">") && html.contains("Página no encontrada"));
        assert_eq!(get_text(&client, &app.url("/c/nowhere")).await.0, 404);
        assert_eq!(get_text(&client, &app.url("/c/riverbend/i/nothing")).await.0, 404);
        // A bad path parameter is a clear 4xx page, not a raw framework message.
        let r = client.get(app.url("/c/riverbend/members/abc")).send().await.unwrap();
        assert!(r.status().is_client_error());
        assert!(r.text().await.unwrap().contains("<h1>"));
    })
    .await;
}

#[tokio::test]
async fn language_switch_is_remembered() {
    on_each_backend(|app| async move {
        app.riverbend().await;
        let client = app.client();
        let r = app.post_form(&client, "/glossary", "/lang", &[("lang", "es"), ("next", "/glossary")]).await;
        assert_eq!(r.status().as_u16(), 303);
        assert_eq!(location(&r), "/glossary");
        let (_, html) = get_text(&client, &app.url("/c/riverbend")).await;
        assert!(html.contains("<html lang=\"es\" dir=\"ltr\">") && html.contains("Quién participa"));
        // A logged-in person's choice is stored with their account too.
        let member = app.login("member@example.org").await;
        app.post_form(&member, "/", "/lang", &[("lang", "es"), ("next", "/")]).await;
        let user = tandem_store::users::get_by_email(app.db.pool(), "member@example.org").await.unwrap().unwrap();
        assert_eq!(user.lang, "es");
        // An unknown language changes nothing.
        let r = app.post_form(&client, "/", "/lang", &[("lang", "fr"), ("next", "/")]).await;
        assert_eq!(r.status().as_u16(), 400);
        // Redirects stay on this site.
        let r = app.post_form(&client, "/", "/lang", &[("lang", "en"), ("next", "https://evil.example/")]).await;
        assert_eq!(location(&r), "/");
    })
    .await;
}

#[tokio::test]
async fn accept_language_picks_the_first_language() {
    on_each_backend(|app| async move {
        let r =
            app.client().get(app.url("/")).header("accept-language", "fr, es;q=0.8, en;q=0.5").send().await.unwrap();
        assert!(r.text().await.unwrap().contains("<html lang=\"es\" dir=\"ltr\">"));
        // Arabic pages run right to left, in Arabic.
        let r = app.client().get(app.url("/glossary")).header("accept-language", "ar").send().await.unwrap();
        let html = r.text().await.unwrap();
        assert!(html.contains("<html lang=\"ar\" dir=\"rtl\">") && html.contains("<h1>المسرد</h1>"), "{html}");
    })
    .await;
}

#[tokio::test]
async fn security_headers_are_on_every_response() {
    on_each_backend(|app| async move {
        for path in ["/", "/no-such-page", "/static/style.css", "/api/v1/communities"] {
            let r = app.client().get(app.url(path)).send().await.unwrap();
            let h = r.headers();
            let csp = h["content-security-policy"].to_str().unwrap();
            assert!(csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"), "{path}");
            assert!(csp.contains("frame-ancestors 'none'"));
            assert_eq!(h["x-content-type-options"], "nosniff");
            assert_eq!(h["referrer-policy"], "same-origin");
            assert!(!h.contains_key("strict-transport-security"), "not over plain HTTP");
            let trace = app.client().request(reqwest::Method::TRACE, app.url(path)).send().await.unwrap();
            assert_eq!(trace.status().as_u16(), 405, "TRACE {path}");
        }
    })
    .await;
}

#[tokio::test]
async fn a_site_served_over_https_tells_browsers_to_keep_to_it() {
    let config = tandem_web::WebConfig {
        public_url: Some(String::from("https://tandem.example.org")),
        secure_cookies: true,
        ..Default::default()
    };
    let app = spawn_app_with(tandem_store::Backend::Sqlite, config).await;
    let r = app.client().get(app.url("/")).send().await.unwrap();
    assert_eq!(r.headers()["strict-transport-security"], "max-age=31536000; includeSubDomains");
}

#[tokio::test]
async fn small_groups_are_suppressed_on_public_pages() {
    on_each_backend(|app| async move {
        app.riverbend().await;
        // The fixture has 5 members: 4 families and 1 pupil, both fewer than 5.
        let (_, html) = get_text(&app.client(), &app.url("/c/riverbend")).await;
        assert!(html.contains("Fewer than 5 people"), "suppressed cell explained");
        let body: serde_json::Value =
            app.client().get(app.url("/api/v1/communities/riverbend")).send().await.unwrap().json().await.unwrap();
        let group = |key: &str| body["groups"].as_array().unwrap().iter().find(|g| g["key"] == key).unwrap().clone();
        assert!(group("families")["members"].is_null());
        assert!(group("pupils")["members"].is_null());
        // Both cells are hidden, so the total of 5 gives neither away.
        assert_eq!(body["total_members"], 5);
    })
    .await;
}
