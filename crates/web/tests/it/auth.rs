//! Logging in and out, throttling, CSRF, sessions.

use crate::support::*;

#[tokio::test]
async fn login_rotates_the_session_and_logout_ends_it() {
    on_each_backend(|app| async move {
        app.riverbend().await;
        let client = app.client();
        let r = app
            .post_form(
                &client,
                "/login",
                "/login",
                &[("email", "MEMBER@example.org"), ("password", PASSWORD), ("next", "/c/riverbend")],
            )
            .await;
        assert_eq!(r.status().as_u16(), 303);
        assert_eq!(location(&r), "/c/riverbend");
        let cookie = r
            .headers()
            .get_all("set-cookie")
            .iter()
            .map(|v| v.to_str().unwrap().to_owned())
            .find(|c| c.starts_with("tandem_session="))
            .unwrap();
        assert!(cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"));
        assert!(!cookie.contains("Secure"), "plain HTTP in tests");
        let (status, html) = get_text(&client, &app.url("/account")).await;
        assert_eq!(status, 200);
        assert!(html.contains("member@example.org"));

        // Logging in again replaces the session: the old one no longer works.
        let old_cookie = cookie.split(';').next().unwrap().to_owned();
        login_again(&app, &client).await;
        let stale = app.client().get(app.url("/account")).header("cookie", &old_cookie).send().await.unwrap();
        assert_eq!(stale.status().as_u16(), 303, "old session was ended by rotation");

        let r = app.post_form(&client, "/account", "/logout", &[]).await;
        assert_eq!(r.status().as_u16(), 303);
        let r = client.get(app.url("/account")).send().await.unwrap();
        assert_eq!(r.status().as_u16(), 303);
        assert_eq!(location(&r), "/login?next=/account");
    })
    .await;
}

async fn login_again(app: &TestApp, client: &reqwest::Client) {
    let r = app.post_form(client, "/", "/login", &[("email", "member@example.org"), ("password", PASSWORD)]).await;
    assert_eq!(r.status().as_u16(), 303);
}

#[tokio::test]
async fn wrong_passwords_are_refused_the_same_way_as_unknown_accounts() {
    on_each_backend(|app| async move {
        app.riverbend().await;
        let client = app.client();
        for email in ["member@example.org", "nobody@example.org"] {
            let r =
                app.post_form(&client, "/login", "/login", &[("email", email), ("password", "not the password")]).await;
            assert_eq!(r.status().as_u16(), 401);
            let html = r.text().await.unwrap();
            assert!(html.contains("The email address or password is not right."));
        }
        let r = app.post_form(&client, "/login", "/login", &[("email", ""), ("password", "")]).await;
        assert_eq!(r.status().as_u16(), 422);
        assert!(r.text().await.unwrap().contains("This is required."));
    })
    .await;
}

#[tokio::test]
async fn accounts_are_throttled_after_repeated_failures() {
    on_each_backend(|app| async move {
        app.riverbend().await;
        let client = app.client();
        for _ in 0..5 {
            let r = app
                .post_form(
                    &client,
                    "/login",
                    "/login",
                    &[("email", "member@example.org"), ("password", "guess guess guess")],
                )
                .await;
            assert_eq!(r.status().as_u16(), 401);
        }
        // Even the right password waits now, from this address.
        let r = app
            .post_form(&client, "/login", "/login", &[("email", "member@example.org"), ("password", PASSWORD)])
            .await;
        assert_eq!(r.status().as_u16(), 429);
        assert!(r.headers().contains_key("retry-after"));
        assert!(r.text().await.unwrap().contains("Too many failed attempts"));
        // Another account from the same address is not locked by this one.
        let other = app.login("fac@example.org").await;
        assert_eq!(get_text(&other, &app.url("/account")).await.0, 200);
        app.clock.advance(15 * 60);
        let r = app
            .post_form(&client, "/login", "/login", &[("email", "member@example.org"), ("password", PASSWORD)])
            .await;
        assert_eq!(r.status().as_u16(), 303, "the wait has passed");
    })
    .await;
}

#[tokio::test]
async fn behind_a_trusted_proxy_a_forged_forwarded_address_changes_nothing() {
    // The test connects from 127.0.0.1, standing in for our own proxy.
    let config = tandem_web::WebConfig {
        trusted_proxies: tandem_web::client_addr::TrustedProxies::parse("127.0.0.1").unwrap(),
        ..Default::default()
    };
    let app = spawn_app_with(tandem_store::Backend::Sqlite, config).await;
    app.riverbend().await;
    let (mut checked, mut held) = (0, 0);
    for n in 0..60 {
        let client = app.client();
        let (_, page) = get_text(&client, &app.url("/login")).await;
        // The client writes what it likes on the left; our proxy appends the address it saw.
        let forwarded = format!("198.51.100.{n}, 203.0.113.9");
        let r = client
            .post(app.url("/login"))
            .header("x-forwarded-for", forwarded)
            .form(&[("_csrf", csrf_in(&page).as_str()), ("email", "member@example.org"), ("password", "a guess")])
            .send()
            .await
            .unwrap();
        match r.status().as_u16() {
            401 => checked += 1,
            429 => held += 1,
            other => panic!("{other}"),
        }
    }
    assert_eq!((checked, held), (5, 55), "rotating the forged part does not make a new address");
    // The same guesses from the real address of someone else are theirs alone.
    let r = app
        .client()
        .post(app.url("/login"))
        .header("x-forwarded-for", "203.0.113.10")
        .form(&[("email", "member@example.org"), ("password", PASSWORD)])
        .send()
        .await
        .unwrap();
    assert_ne!(r.status().as_u16(), 429, "the person elsewhere is not held back");
}

#[tokio::test]
async fn one_address_cannot_sweep_many_accounts() {
    on_each_backend(|app| async move {
        app.riverbend().await;
        let client = app.client();
        for i in 0..30 {
            let email = format!("guess{i}@example.org");
            let r = app
                .post_form(&client, "/login", "/login", &[("email", &email), ("password", "guess guess guess")])
                .await;
            assert_eq!(r.status().as_u16(), 401);
        }
        let r = app
            .post_form(&client, "/login", "/login", &[("email", "member@example.org"), ("password", PASSWORD)])
            .await;
        assert_eq!(r.status().as_u16(), 429, "this address is throttled");
    })
    .await;
}

#[tokio::test]
async fn state_changing_requests_need_the_csrf_token() {
    on_each_backend(|app| async move {
        app.riverbend().await;
        let client = app.login("member@example.org").await;
        let r = client.post(app.url("/lang")).form(&[("lang", "es"), ("next", "/")]).send().await.unwrap();
        assert_eq!(r.status().as_u16(), 403, "no token");
        let r = client.post(app.url("/lang")).form(&[("lang", "es"), ("_csrf", "forged")]).send().await.unwrap();
        assert_eq!(r.status().as_u16(), 403, "wrong token");
        assert!(r.text().await.unwrap().contains("The form has expired"));
        let (_, html) = get_text(&client, &app.url("/")).await;
        let token = csrf_in(&html);
        let r = client
            .post(app.url("/lang"))
            .header("origin", "https://evil.example")
            .form(&[("lang", "es"), ("_csrf", token.as_str())])
            .send()
            .await
            .unwrap();
        assert_eq!(r.status().as_u16(), 403, "cross-origin");
        let user = tandem_store::users::get_by_email(app.db.pool(), "member@example.org").await.unwrap().unwrap();
        assert_eq!(user.lang, "en", "nothing changed");
        let r = client.post(app.url("/logout")).form(&[("_csrf", "nope")]).send().await.unwrap();
        assert_eq!(r.status().as_u16(), 403);
        assert_eq!(get_text(&client, &app.url("/account")).await.0, 200, "still logged in");
    })
    .await;
}

#[tokio::test]
async fn sessions_expire_when_idle() {
    on_each_backend(|app| async move {
        app.riverbend().await;
        let client = app.login("member@example.org").await;
        app.clock.advance(13 * 24 * 3600);
        assert_eq!(get_text(&client, &app.url("/account")).await.0, 200, "active use extends the session");
        app.clock.advance(13 * 24 * 3600);
        assert_eq!(get_text(&client, &app.url("/account")).await.0, 200);
        app.clock.advance(15 * 24 * 3600);
        assert_eq!(client.get(app.url("/account")).send().await.unwrap().status().as_u16(), 303, "idle too long");
    })
    .await;
}

#[tokio::test]
async fn a_password_can_be_set_and_bad_ones_are_refused() {
    on_each_backend(|app| async move {
        app.riverbend().await;
        let client = app.login("member@example.org").await;
        let set = |current: &'static str, new: &'static str| [("current_password", current), ("new_password", new)];
        let r = app.post_form(&client, "/account", "/account/password", &set(PASSWORD, "short")).await;
        assert_eq!(r.status().as_u16(), 422);
        assert!(r.text().await.unwrap().contains("Use at least 12 characters."));
        let wrong = set("wrong wrong wrong", "a brand new passphrase");
        let r = app.post_form(&client, "/account", "/account/password", &wrong).await;
        assert_eq!(r.status().as_u16(), 422);
        let r = app.post_form(&client, "/account", "/account/password", &set(PASSWORD, "a brand new passphrase")).await;
        assert_eq!(r.status().as_u16(), 303);
        let fresh = app.client();
        let r = app
            .post_form(
                &fresh,
                "/login",
                "/login",
                &[("email", "member@example.org"), ("password", "a brand new passphrase")],
            )
            .await;
        assert_eq!(r.status().as_u16(), 303);
    })
    .await;
}

#[tokio::test]
async fn garbage_input_never_causes_a_server_error() {
    on_each_backend(|app| async move {
        let f = app.riverbend().await;
        // Participation open, so the ideas handlers read their input rather than refuse early.
        app.open_board(&f).await;
        let client = app.login("admin@example.org").await;
        let (_, html) = get_text(&client, &app.url("/")).await;
        let token = csrf_in(&html);
        let i = &f.public_slug;
        let posts = [
            "/login".to_owned(),
            "/lang".to_owned(),
            "/join/abc".to_owned(),
            "/account/profile".to_owned(),
            "/account/password".to_owned(),
            "/account/email".to_owned(),
            "/account/email/abc".to_owned(),
            "/login/forgot".to_owned(),
            "/reset/abc".to_owned(),
            "/reset/".to_owned() + &"x".repeat(300),
            "/account/tokens".to_owned(),
            "/account/tokens/99/revoke".to_owned(),
            "/c/riverbend/initiatives".to_owned(),
            format!("/c/riverbend/i/{i}/edit"),
            format!("/c/riverbend/i/{i}/outcomes"),
            format!("/c/riverbend/i/{i}/outcomes/1"),
            format!("/c/riverbend/i/{i}/outcomes/999/delete"),
            format!("/c/riverbend/i/{i}/capacity"),
            format!("/c/riverbend/i/{i}/capacity/999"),
            format!("/c/riverbend/i/{i}/support"),
            format!("/c/riverbend/i/{i}/participation"),
            format!("/c/riverbend/i/{i}/stakeholders"),
            format!("/c/riverbend/i/{i}/stakeholders/999"),
            format!("/c/riverbend/i/{i}/authorizations"),
            format!("/c/riverbend/i/{i}/authorizations/999"),
            format!("/c/riverbend/i/{i}/charter/intro"),
            format!("/c/riverbend/i/{i}/charter/areas"),
            format!("/c/riverbend/i/{i}/charter/areas/999"),
            format!("/c/riverbend/i/{i}/charter/publish"),
            format!("/c/riverbend/i/{i}/phases"),
            format!("/c/riverbend/i/{i}/phases/999"),
            format!("/c/riverbend/i/{i}/phases/999/current"),
            format!("/c/riverbend/i/{i}/engagement/events"),
            format!("/c/riverbend/i/{i}/worksheet/1"),
            format!("/c/riverbend/i/{i}/ideas"),
            format!("/c/riverbend/i/{i}/ideas/999/endorse"),
            format!("/c/riverbend/i/{i}/ideas/999/comments"),
            format!("/c/riverbend/i/{i}/ideas/999/respond"),
            format!("/c/riverbend/i/{i}/ideas/999/flag"),
            format!("/c/riverbend/i/{i}/ideas/999/moderate"),
            format!("/c/riverbend/i/{i}/ideas/abc/comments/999/flag"),
            format!("/c/riverbend/i/{i}/accountability/commitments"),
            format!("/c/riverbend/i/{i}/accountability/commitments/999/progress"),
            format!("/c/riverbend/i/{i}/polls"),
            format!("/c/riverbend/i/{i}/polls/999/ballot"),
            format!("/c/riverbend/i/{i}/polls/999/paper"),
            format!("/c/riverbend/i/{i}/budgets"),
            format!("/c/riverbend/i/{i}/budgets/999/ballot"),
            format!("/c/riverbend/i/{i}/budgets/999/paper"),
            format!("/c/riverbend/i/{i}/budgets/999/projects"),
            format!("/c/riverbend/i/{i}/budgets/999/projects/1"),
            format!("/c/riverbend/i/{i}/conversations"),
            format!("/c/riverbend/i/{i}/conversations/999/vote"),
            format!("/c/riverbend/i/{i}/conversations/999/statements"),
            format!("/c/riverbend/i/{i}/conversations/999/statements/1/moderate"),
            format!("/c/riverbend/i/{i}/conversations/abc/vote"),
            "/c/riverbend/moderation/idea/999".to_owned(),
            "/c/riverbend/moderation/robot/1".to_owned(),
            "/notifications/read".to_owned(),
            "/account/delivery".to_owned(),
            "/c/riverbend/members/999".to_owned(),
            "/c/riverbend/invitations".to_owned(),
            "/c/riverbend/invitations/abc/revoke".to_owned(),
            "/c/riverbend/settings".to_owned(),
            "/c/riverbend/groups".to_owned(),
            "/c/riverbend/groups/999".to_owned(),
            "/c/riverbend/schools".to_owned(),
            // Last: it ends the session the other requests use.
            "/logout".to_owned(),
        ];
        let bodies: Vec<(String, &str)> = vec![
            (
                format!("_csrf={token}&title=%00%FF&visibility=%%%&school=../../etc"),
                "application/x-www-form-urlencoded",
            ),
            (format!("_csrf={token}&{}", "x=".repeat(20000)), "application/x-www-form-urlencoded"),
            (
                format!("_csrf={token}&stance_1=zzz&note_1=&kind=robots&days=-5&role=root&lang=xx"),
                "application/x-www-form-urlencoded",
            ),
            ("{\"title\": 5}".to_owned(), "application/json"),
            (String::from_utf8_lossy(&[0xff, 0xfe, 0x00, 0x41]).into_owned(), "application/octet-stream"),
        ];
        for path in &posts {
            for (body, content_type) in &bodies {
                let r = client
                    .post(app.url(path))
                    .header("content-type", *content_type)
                    .body(body.clone())
                    .send()
                    .await
                    .unwrap();
                let status = r.status().as_u16();
                assert!(status < 500, "{path} with {content_type} answered {status}");
            }
        }
        // Nothing was created by any of it.
        let list = tandem_store::initiatives::list(app.db.pool(), f.community_id, true, true).await.unwrap();
        assert_eq!(list.len(), 2);
        let filter = tandem_store::ideas::Filter {
            words: None,
            status: None,
            sort: tandem_store::ideas::Sort::Newest,
            limit: 10,
            hidden: tandem_store::ideas::Hidden::Include,
        };
        assert!(tandem_store::ideas::list(&app.db, list[0].id, &filter).await.unwrap().is_empty());
        assert!(tandem_store::ideas::list(&app.db, list[1].id, &filter).await.unwrap().is_empty());
        for i in &list {
            assert!(
                tandem_store::decisions::polls(&mut app.db.acquire().await.unwrap(), i.id).await.unwrap().is_empty()
            );
            assert!(tandem_store::decisions::budgets(app.db.pool(), i.id).await.unwrap().is_empty());
        }
    })
    .await;
}
