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
        let list = tandem_store::invitations::page(app.db.pool(), 1, None, 10).await.unwrap();
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
        assert!(
            tandem_store::invitations::page(app.db.pool(), 1, None, 10).await.unwrap().is_empty(),
            "nothing created"
        );
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

/// The path of the link shown on a page (`/join/...`).
fn link_in(html: &str) -> String {
    let start = html.find("/join/").expect("the new link is shown");
    let code: String =
        html[start + 6..].chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_').collect();
    format!("/join/{code}")
}

#[tokio::test]
async fn a_pupil_who_lost_their_way_in_gets_a_sign_in_link_to_the_same_account() {
    on_each_backend(|app| async move {
        app.riverbend().await;
        let admin = app.login("admin@example.org").await;
        let link = invite(&app, &admin, "pupils", "").await;
        let lost_device = app.client();
        let r = app.post_form(&lost_device, &link, &link, &[("display_name", "Zed Quartermaine")]).await;
        assert_eq!(r.status().as_u16(), 303);
        let zed = tandem_store::communities::members(&mut app.db.acquire().await.unwrap(), 1, None, None, 100)
            .await
            .unwrap()
            .members
            .into_iter()
            .find(|m| m.display_name == "Zed Quartermaine")
            .unwrap();

        // A facilitator issues a sign-in link from the members page; it is shown once.
        let fac = app.login("fac@example.org").await;
        let (_, page) = get_text(&fac, &app.url("/c/riverbend/members")).await;
        let action = format!("/c/riverbend/members/{}/signin-link", zed.membership.id);
        assert!(page.contains(&action), "offered for a member who signs in by link");
        let r = app.post_form(&fac, "/c/riverbend/members", &action, &[]).await;
        assert_eq!(r.status().as_u16(), 201);
        let signin = link_in(&r.text().await.unwrap());

        let new_device = app.client();
        let (status, html) = get_text(&new_device, &app.url(&signin)).await;
        assert_eq!(status, 200);
        assert!(html.contains("Sign in to") && !html.contains("Zed"), "the link asks nothing and names no one");
        let r = app.post_form(&new_device, &signin, &signin, &[]).await;
        assert_eq!(r.status().as_u16(), 303);
        let (_, me) = get_text(&new_device, &app.url("/account")).await;
        assert!(me.contains("Zed Quartermaine"), "signed in as the same person");
        let (_, old) = get_text(&lost_device, &app.url("/account")).await;
        assert!(!old.contains("Zed Quartermaine"), "the lost device is signed out");
        let again = app.post_form(&app.client(), &signin, &signin, &[]).await;
        assert_eq!(again.status().as_u16(), 410, "once");
        let accounts = tandem_store::communities::members(&mut app.db.acquire().await.unwrap(), 1, None, None, 100)
            .await
            .unwrap()
            .members
            .into_iter()
            .filter(|m| m.display_name == "Zed Quartermaine")
            .count();
        assert_eq!(accounts, 1, "no second account");
    })
    .await;
}

#[tokio::test]
async fn an_administrator_merges_two_accounts_of_one_pupil() {
    on_each_backend(|app| async move {
        app.riverbend().await;
        let admin = app.login("admin@example.org").await;
        for name in ["Zed Quartermaine", "Zed Q."] {
            let link = invite(&app, &admin, "pupils", "").await;
            let r = app.post_form(&app.client(), &link, &link, &[("display_name", name)]).await;
            assert_eq!(r.status().as_u16(), 303);
        }
        let members = tandem_store::communities::members(&mut app.db.acquire().await.unwrap(), 1, None, None, 100)
            .await
            .unwrap()
            .members;
        let id = |name: &str| members.iter().find(|m| m.display_name == name).unwrap().membership.id.to_string();
        let (keep, retire) = (id("Zed Quartermaine"), id("Zed Q."));

        let fac = app.login("fac@example.org").await;
        assert_eq!(get_text(&fac, &app.url("/c/riverbend/members/merge")).await.0, 403, "administrators only");
        let page = format!("/c/riverbend/members/merge?retire={retire}");
        let (status, html) = get_text(&admin, &app.url(&page)).await;
        assert_eq!(status, 200);
        assert!(html.contains(&format!("value=\"{retire}\" selected")), "the account to retire is chosen");
        let r = app.post_form(&admin, &page, "/c/riverbend/members/merge", &[("keep", &keep), ("retire", &keep)]).await;
        assert_eq!(r.status().as_u16(), 422);
        assert!(r.text().await.unwrap().contains("Choose two different accounts."));
        let r =
            app.post_form(&admin, &page, "/c/riverbend/members/merge", &[("keep", &keep), ("retire", &retire)]).await;
        assert_eq!(r.status().as_u16(), 200);
        assert!(r.text().await.unwrap().contains("The accounts are merged."));
        let (_, list) = get_text(&admin, &app.url("/c/riverbend/members")).await;
        assert!(list.contains("Zed Quartermaine") && !list.contains("Zed Q."), "one account left");
    })
    .await;
}
