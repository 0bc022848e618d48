//! The forgotten-password and new-address pages, through HTTP: the same
//! answer for every address, one-time links, a forged Host header that
//! changes nothing, and a button (not the GET) that confirms.

use tandem_store::testing::backends;

use crate::support::*;

fn token_in(text: &str, path: &str) -> String {
    let at = text.find(path).expect("a link") + path.len();
    text[at..].split_whitespace().next().unwrap().to_owned()
}

#[tokio::test]
async fn a_forgotten_password_is_reset_by_a_one_time_link_and_the_answer_never_differs() {
    for backend in backends() {
        let app = spawn_app_sending_mail(backend).await;
        app.riverbend().await;
        let visitor = app.client();
        let (status, html) = get_text(&visitor, &app.url("/login")).await;
        assert_eq!(status, 200);
        assert!(html.contains("href=\"/login/forgot\""));
        let mut answers = Vec::new();
        for email in ["nobody@example.org", "member@example.org"] {
            let r = app.post_form(&visitor, "/login/forgot", "/login/forgot", &[("email", email)]).await;
            answers.push((r.status().as_u16(), location(&r)));
        }
        assert_eq!(answers[0], answers[1], "the same answer for an unknown and a known address");
        let bad = app.post_form(&visitor, "/login/forgot", "/login/forgot", &[("email", "not an address")]).await;
        assert_eq!(bad.status().as_u16(), 422);

        // A forged Host header does not reach the link: it uses the configured address.
        let (_, html) = get_text(&visitor, &app.url("/login/forgot")).await;
        let r = visitor
            .post(app.url("/login/forgot"))
            .header("host", "evil.example")
            .form(&[("csrf", csrf_in(&html).as_str()), ("email", "fac@example.org")])
            .send()
            .await
            .unwrap();
        assert!(r.status().as_u16() < 500);
        let sent = queued_emails(&app).await;
        assert!(sent.iter().all(|e| !e.text.contains("evil.example")));
        assert!(sent.iter().all(|e| e.to != "nobody@example.org"));
        let email =
            sent.iter().rev().find(|e| e.to == "member@example.org").unwrap_or_else(|| panic!("{answers:?} {sent:?}"));
        let path = format!("/reset/{}", token_in(&email.text, "https://tandem.example.org/reset/"));

        let (status, html) = get_text(&visitor, &app.url(&path)).await;
        assert_eq!(status, 200);
        assert!(html.contains("name=\"new_password\""));
        let r = app.post_form(&visitor, &path, &path, &[("new_password", "short")]).await;
        assert_eq!(r.status().as_u16(), 422);
        let r = app.post_form(&visitor, &path, &path, &[("new_password", "a fresh long passphrase")]).await;
        assert_eq!(r.status().as_u16(), 303);
        assert_eq!(location(&r), "/account");
        let (status, _) = get_text(&visitor, &app.url("/account")).await;
        assert_eq!(status, 200, "signed in by the reset");
        let (status, html) = get_text(&app.client(), &app.url(&path)).await;
        assert_eq!(status, 200);
        assert!(html.contains("This link cannot be used"), "spent");
        let fresh = app.client();
        let r = app
            .post_form(
                &fresh,
                "/login",
                "/login",
                &[("email", "member@example.org"), ("password", "a fresh long passphrase")],
            )
            .await;
        assert_eq!(r.status().as_u16(), 303);
    }
}

#[tokio::test]
async fn a_new_sign_in_address_changes_when_its_link_is_confirmed_not_when_it_is_opened() {
    for backend in backends() {
        let app = spawn_app_sending_mail(backend).await;
        app.riverbend().await;
        let member = app.login("member@example.org").await;
        let ask = |email: &'static str| [("email", email), ("current_password", PASSWORD)];
        let taken = app.post_form(&member, "/account", "/account/email", &ask("fac@example.org")).await;
        let free = app.post_form(&member, "/account", "/account/email", &ask("new@example.org")).await;
        assert_eq!((taken.status().as_u16(), location(&taken)), (free.status().as_u16(), location(&free)));
        let sent = queued_emails(&app).await;
        let email = sent.iter().rev().find(|e| e.to == "new@example.org").expect("a link to the new address");
        let path = format!("/account/email/{}", token_in(&email.text, "https://tandem.example.org/account/email/"));

        // Opening the link (as a mail scanner would) changes nothing.
        let (status, html) = get_text(&app.client(), &app.url(&path)).await;
        assert_eq!(status, 200);
        assert!(html.contains("new@example.org"));
        let me = tandem_store::users::get_by_email(app.db.pool(), "member@example.org").await.unwrap();
        assert!(me.is_some());
        let elsewhere = app.client();
        let r = app.post_form(&elsewhere, &path, &path, &[]).await;
        assert_eq!((r.status().as_u16(), location(&r)), (303, String::from("/login")));
        assert!(tandem_store::users::get_by_email(app.db.pool(), "new@example.org").await.unwrap().is_some());
        let r = app.post_form(&elsewhere, &path, &path, &[]).await;
        assert_eq!(r.status().as_u16(), 410, "once");

        // Through the API: the same 202 for a taken and a free address.
        let token = app.api_token("fac@example.org").await;
        for email in ["admin@example.org", "free@example.org"] {
            let r = app
                .client()
                .post(app.url("/api/v1/me/email"))
                .bearer_auth(&token)
                .json(&serde_json::json!({ "email": email, "current_password": PASSWORD }))
                .send()
                .await
                .unwrap();
            assert_eq!(r.status().as_u16(), 202, "{email}");
        }
    }
}

#[tokio::test]
async fn without_mail_the_pages_say_to_ask_a_facilitator() {
    on_each_backend(|app| async move {
        app.riverbend().await;
        let (status, html) = get_text(&app.client(), &app.url("/login/forgot")).await;
        assert_eq!(status, 200);
        assert!(html.contains("sign-in link"));
        assert!(!html.contains("name=\"email\""));
        let (_, html) = get_text(&app.login("member@example.org").await, &app.url("/account")).await;
        assert!(!html.contains("action=\"/account/email\""));
        assert!(html.contains("action=\"/account/password\""));
    })
    .await;
}

#[tokio::test]
async fn two_step_sign_in_through_the_pages() {
    on_each_backend(|app| async move {
        app.riverbend().await;
        let fac = app.login("fac@example.org").await;
        let r = app.post_form(&fac, "/account", "/account/second-factor", &[]).await;
        assert_eq!(location(&r), "/account/second-factor");
        let (status, html) = get_text(&fac, &app.url("/account/second-factor")).await;
        assert_eq!(status, 200);
        assert!(html.contains("<svg"), "a QR code drawn on the server");
        let at = html.find("class=\"secret\">").unwrap() + 15;
        let secret =
            tandem_domain::second_factor::base32_decode(&html[at..at + html[at..].find('<').unwrap()]).unwrap();
        let now = tandem_domain::Timestamp(START.0);
        let code = tandem_domain::second_factor::code_at(&secret, now);
        let r =
            app.post_form(&fac, "/account/second-factor", "/account/second-factor/confirm", &[("code", &code)]).await;
        assert_eq!(r.status().as_u16(), 201);
        assert_eq!(r.text().await.unwrap().matches("<li><code>").count(), 10, "ten recovery codes, shown once");

        // Signing in now takes the code too.
        let browser = app.client();
        let r =
            app.post_form(&browser, "/login", "/login", &[("email", "fac@example.org"), ("password", PASSWORD)]).await;
        assert_eq!(r.status().as_u16(), 303);
        assert!(location(&r).starts_with("/login/code"));
        assert_eq!(get_text(&browser, &app.url("/account")).await.0, 303, "not signed in before the code");
        app.clock.advance(30);
        let code = tandem_domain::second_factor::code_at(&secret, tandem_domain::Timestamp(START.0 + 30));
        let r = app.post_form(&browser, "/login/code", "/login/code", &[("code", "000000")]).await;
        assert_eq!(r.status().as_u16(), 422);
        let r = app.post_form(&browser, "/login/code", "/login/code", &[("code", &code)]).await;
        assert_eq!(r.status().as_u16(), 303);
        let (status, html) = get_text(&browser, &app.url("/account")).await;
        assert_eq!(status, 200);
        assert!(html.contains("Two-step sign-in is on"));
        // Without a challenge the code page sends the person back to log in.
        let r = app.client().get(app.url("/login/code")).send().await.unwrap();
        assert_eq!(location(&r), "/login");
    })
    .await;
}
