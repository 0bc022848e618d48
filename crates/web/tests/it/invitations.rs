//! Joining by invitation link, and pupils' privacy.

use crate::support::*;

/// Creates an invitation through the admin page and returns its link path.
async fn invite(app: &TestApp, admin: &reqwest::Client, group_key: &str, days: &str) -> String {
    let groups = tandem_store::communities::groups(app.db.pool(), 1).await.unwrap();
    let gid = groups.iter().find(|g| g.key == group_key).unwrap().id.to_string();
    let r = app
        .post_form(
            admin,
            "/c/riverbend/invitations",
            "/c/riverbend/invitations",
            &[("role", "member"), ("group", &gid), ("school", ""), ("note", "Year 8 rep"), ("days", days)],
        )
        .await;
    assert_eq!(r.status().as_u16(), 201);
    let html = r.text().await.unwrap();
    let start = html.find("/join/").expect("the new link is shown");
    let code: String =
        html[start + 6..].chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_').collect();
    format!("/join/{code}")
}

#[tokio::test]
async fn a_pupil_joins_with_a_one_time_link_and_stays_anonymous_in_public() {
    on_each_backend(|app| async move {
        let f = app.riverbend().await;
        let admin = app.login("admin@example.org").await;
        let link = invite(&app, &admin, "pupils", "").await;

        let pupil = app.client();
        let (status, html) = get_text(&pupil, &app.url(&link)).await;
        assert_eq!(status, 200);
        assert!(html.contains("Only school staff see it"), "pupil-specific privacy hint");
        // A blank name is refused and nothing is used up.
        let r = app.post_form(&pupil, &link, &link, &[("display_name", "  ")]).await;
        assert_eq!(r.status().as_u16(), 422);
        let r = app.post_form(&pupil, &link, &link, &[("display_name", "Zed Quartermaine")]).await;
        assert_eq!(r.status().as_u16(), 303);
        assert_eq!(location(&r), "/c/riverbend");
        let (status, home) = get_text(&pupil, &app.url("/c/riverbend")).await;
        assert_eq!(status, 200);
        assert!(home.contains("You are a member here."));
        assert_eq!(get_text(&pupil, &app.url(&format!("/c/riverbend/i/{}", f.private_slug))).await.0, 200);

        // The link works once.
        let stranger = app.client();
        let (status, html) = get_text(&stranger, &app.url(&link)).await;
        assert_eq!(status, 410);
        assert!(html.contains("already been used"));
        let r = app.post_form(&stranger, &link, &link, &[("display_name", "Someone")]).await;
        assert_eq!(r.status().as_u16(), 410);

        // The pupil's name appears nowhere public, nor in the API.
        for path in ["/c/riverbend", "/c/riverbend/initiatives", "/api/v1/communities/riverbend"] {
            let (_, body) = get_text(&app.client(), &app.url(path)).await;
            assert!(!body.contains("Zed Quartermaine"), "{path}");
        }
        let fac = app.login("fac@example.org").await;
        let (_, api) = get_text(&fac, &app.url("/api/v1/communities/riverbend/members")).await;
        assert!(!api.contains("Zed Quartermaine"), "API never names pupils");
        let members: serde_json::Value = serde_json::from_str(&api).unwrap();
        assert!(
            members["members"].as_array().unwrap().iter().any(|m| m["name_withheld"] == true && m["name"].is_null())
        );
        // Staff who look after pupils do see the name, marked as a pupil.
        let (_, page) = get_text(&fac, &app.url("/c/riverbend/members")).await;
        assert!(page.contains("Zed Quartermaine") && page.contains(">pupil<"));
    })
    .await;
}

#[tokio::test]
async fn expired_and_revoked_links_do_not_work() {
    on_each_backend(|app| async move {
        app.riverbend().await;
        let admin = app.login("admin@example.org").await;
        let short = invite(&app, &admin, "families", "1").await;
        let revoked = invite(&app, &admin, "families", "").await;
        let list = tandem_store::invitations::list(app.db.pool(), 1, 10).await.unwrap();
        let newest = list.first().unwrap().id;
        let r = app
            .post_form(&admin, "/c/riverbend/invitations", &format!("/c/riverbend/invitations/{newest}/revoke"), &[])
            .await;
        assert_eq!(r.status().as_u16(), 303);
        assert_eq!(get_text(&app.client(), &app.url(&revoked)).await.0, 410);
        app.clock.advance(24 * 3600 + 1);
        let (status, html) = get_text(&app.client(), &app.url(&short)).await;
        assert_eq!(status, 410);
        assert!(html.contains("expired"));
        assert_eq!(get_text(&app.client(), &app.url("/join/not-a-real-code-at-all-000000000")).await.0, 404);
    })
    .await;
}

#[tokio::test]
async fn invitation_input_is_checked() {
    on_each_backend(|app| async move {
        app.riverbend().await;
        let admin = app.login("admin@example.org").await;
        let r = app
            .post_form(
                &admin,
                "/c/riverbend/invitations",
                "/c/riverbend/invitations",
                &[("role", "owner"), ("group", "99999"), ("days", "365"), ("note", "")],
            )
            .await;
        assert_eq!(r.status().as_u16(), 422);
        let html = r.text().await.unwrap();
        assert!(html.contains("Choose one of the options.") && html.contains("Enter a number from 1 to 60."));
        assert!(tandem_store::invitations::list(app.db.pool(), 1, 10).await.unwrap().is_empty(), "nothing created");
        // Only admins create links.
        let fac = app.login("fac@example.org").await;
        assert_eq!(get_text(&fac, &app.url("/c/riverbend/invitations")).await.0, 403);
    })
    .await;
}

#[tokio::test]
async fn a_logged_in_person_joins_another_community_with_their_account() {
    on_each_backend(|app| async move {
        app.riverbend().await;
        let admin = app.login("admin@example.org").await;
        let link = invite(&app, &admin, "families", "").await;
        let outsider = app.login("outsider@example.org").await;
        let (_, html) = get_text(&outsider, &app.url(&link)).await;
        assert!(html.contains("You will join as outsider."));
        let r = app.post_form(&outsider, &link, &link, &[]).await;
        assert_eq!(r.status().as_u16(), 303);
        let (_, home) = get_text(&outsider, &app.url("/c/riverbend")).await;
        assert!(home.contains("You are a member here."));
    })
    .await;
}
