//! A forgotten password and a new sign-in address, each proved by a link
//! sent to the address: one-time, expiring, throttled, and never telling the
//! asker whether an address has an account.

use std::sync::Arc;

use tandem_service::{
    Door, Error,
    accounts::{self, LoginInput},
    recovery::{self, EmailChangeInput},
    testing::{PASSWORD, World, on_each_backend},
};

fn login(email: &str, password: &str) -> LoginInput {
    LoginInput { email: email.to_owned(), password: password.to_owned() }
}

/// The token in the last link sent to `to` under `path` (e.g. "/reset/").
async fn link_sent_to(w: &World, to: &str, path: &str) -> Option<String> {
    w.queued_emails().await.iter().rev().filter(|e| e.to == to).find_map(|e| {
        let at = e.text.find(path)? + path.len();
        Some(e.text[at..].split_whitespace().next()?.to_owned())
    })
}

#[tokio::test]
async fn a_reset_link_works_once_within_an_hour_and_the_answer_never_says_who_has_an_account() {
    on_each_backend(async |w: World| {
        let w = w.sending_mail();
        w.riverbend().await;
        let before = w.queued_emails().await.len();
        recovery::request_password_reset(&w.svc, "nobody@example.org", "10.0.0.1", w.now()).await.unwrap();
        assert_eq!(w.queued_emails().await.len(), before, "nothing is sent for an unknown address");
        recovery::request_password_reset(&w.svc, " Member@Example.org ", "10.0.0.1", w.now()).await.unwrap();
        let first = link_sent_to(&w, "member@example.org", "/reset/").await.expect("a link");
        let sent = w.queued_emails().await;
        let last = sent.last().unwrap();
        assert!(
            last.text.contains("https://tandem.example.org/reset/"),
            "the configured address, never the Host header"
        );
        recovery::request_password_reset(&w.svc, "member@example.org", "10.0.0.1", w.now()).await.unwrap();
        let second = link_sent_to(&w, "member@example.org", "/reset/").await.unwrap();
        assert_ne!(first, second);
        assert!(!recovery::reset_link_open(&w.svc, &first, w.now()).await.unwrap(), "a newer link replaces it");
        assert!(recovery::reset_link_open(&w.svc, &second, w.now()).await.unwrap());

        let short = recovery::reset_password(&w.svc, Door::Page, &second, "short", "10.0.0.1", w.now()).await;
        assert_eq!(crate::fields_of(short.map(|s| s.user.id)), ["new_password"]);
        let elsewhere =
            accounts::login(&w.svc, &login("member@example.org", PASSWORD), "10.0.0.9", None, w.now()).await.unwrap();
        let session =
            recovery::reset_password(&w.svc, Door::Page, &second, "a fresh long passphrase", "10.0.0.1", w.now())
                .await
                .unwrap();
        assert_eq!(session.user.email.as_deref(), Some("member@example.org"));
        assert!(accounts::session(&w.svc, &session.token, w.now()).await.unwrap().is_some());
        assert!(accounts::session(&w.svc, &elsewhere.token, w.now()).await.unwrap().is_none(), "other sessions end");
        let again =
            recovery::reset_password(&w.svc, Door::Page, &second, "another long passphrase", "10.0.0.1", w.now());
        assert_eq!(again.await.err(), Some(Error::Conflict("reset-link-unusable")), "once");
        assert!(w.queued_emails().await.iter().any(|e| e.to == "member@example.org" && e.subject.contains("changed")));
        let old = accounts::login(&w.svc, &login("member@example.org", PASSWORD), "10.0.0.9", None, w.now()).await;
        assert_eq!(old.err(), Some(Error::Conflict("login-failed")));
        accounts::login(&w.svc, &login("member@example.org", "a fresh long passphrase"), "10.0.0.9", None, w.now())
            .await
            .unwrap();

        // An hour later a link no longer works.
        w.clock.advance(3 * 3600);
        recovery::request_password_reset(&w.svc, "fac@example.org", "10.0.0.2", w.now()).await.unwrap();
        let late = link_sent_to(&w, "fac@example.org", "/reset/").await.unwrap();
        w.clock.advance(3601);
        assert!(!recovery::reset_link_open(&w.svc, &late, w.now()).await.unwrap());
        let expired =
            recovery::reset_password(&w.svc, Door::Page, &late, "a fresh long passphrase", "10.0.0.2", w.now());
        assert_eq!(expired.await.err(), Some(Error::Conflict("reset-link-unusable")));
        for bad in ["", "x", "../../etc", &"z".repeat(500)] {
            assert!(!recovery::reset_link_open(&w.svc, bad, w.now()).await.unwrap());
        }
    })
    .await;
}

#[tokio::test]
async fn resets_are_throttled_without_telling_anything_and_a_reset_undoes_a_guessers_lockout() {
    on_each_backend(async |w: World| {
        let w = w.sending_mail();
        w.riverbend().await;
        // A guesser holds the member back from their address…
        for _ in 0..6 {
            let _ =
                accounts::login(&w.svc, &login("member@example.org", "wrong guess here"), "10.0.0.5", None, w.now())
                    .await;
        }
        let held = accounts::login(&w.svc, &login("member@example.org", PASSWORD), "10.0.0.5", None, w.now()).await;
        assert!(matches!(held, Err(Error::TooManyRequests { .. })), "{:?}", held.map(|s| s.user.id));
        // …three emails an hour reach one address; more asks get the same answer and send nothing.
        for _ in 0..5 {
            recovery::request_password_reset(&w.svc, "member@example.org", "10.0.0.5", w.now()).await.unwrap();
        }
        let to_member = w.queued_emails().await.iter().filter(|e| e.to == "member@example.org").count();
        assert_eq!(to_member, 3);
        let token = link_sent_to(&w, "member@example.org", "/reset/").await.unwrap();
        recovery::reset_password(&w.svc, Door::Page, &token, "a fresh long passphrase", "10.0.0.5", w.now())
            .await
            .unwrap();
        accounts::login(&w.svc, &login("member@example.org", "a fresh long passphrase"), "10.0.0.5", None, w.now())
            .await
            .expect("the reset forgot the guesses");
        // One client asking for many addresses is told to wait after ten.
        let mut refused = 0;
        for i in 0..12 {
            let r = recovery::request_password_reset(&w.svc, &format!("p{i}@example.org"), "10.0.0.6", w.now()).await;
            refused += usize::from(matches!(r, Err(Error::TooManyRequests { .. })));
        }
        assert_eq!(refused, 2, "{:?}", w.backend);
    })
    .await;
}

#[tokio::test]
async fn without_mail_and_a_public_address_no_link_is_sent() {
    on_each_backend(async |w: World| {
        w.riverbend().await;
        assert!(!recovery::can_send_links(&w.svc));
        let r = recovery::request_password_reset(&w.svc, "member@example.org", "10.0.0.1", w.now()).await;
        assert_eq!(r.err(), Some(Error::Conflict("reset-unavailable")));
        let bad = recovery::request_password_reset(&w.svc, "not an address", "10.0.0.1", w.now()).await;
        assert_eq!(crate::fields_of(bad), ["email"]);
    })
    .await;
}

#[tokio::test]
async fn a_reset_link_used_many_times_at_once_resets_once() {
    on_each_backend(async |w: World| {
        let w = w.sending_mail();
        w.riverbend().await;
        recovery::request_password_reset(&w.svc, "member@example.org", "10.0.0.1", w.now()).await.unwrap();
        let token = Arc::new(link_sent_to(&w, "member@example.org", "/reset/").await.unwrap());
        let mut set = tokio::task::JoinSet::new();
        for i in 0..20 {
            let (svc, token, now) = (w.svc.clone(), token.clone(), w.now());
            set.spawn(async move {
                let password = format!("long passphrase number {i}");
                recovery::reset_password(&svc, Door::Page, &token, &password, "10.0.0.1", now).await.is_ok()
            });
        }
        let mut won = 0;
        while let Some(r) = set.join_next().await {
            won += usize::from(r.unwrap());
        }
        assert_eq!(won, 1, "{:?}", w.backend);
    })
    .await;
}

#[tokio::test]
async fn a_new_address_counts_only_once_its_link_is_opened_and_a_taken_one_is_not_revealed() {
    on_each_backend(async |w: World| {
        let w = w.sending_mail();
        w.riverbend().await;
        let me = w.actor("member@example.org", Door::Page).await;
        let ask = |email: &str, password: &str| EmailChangeInput {
            email: email.to_owned(),
            current_password: password.to_owned(),
        };
        let wrong =
            recovery::request_email_change(&w.svc, &me, &ask("new@example.org", "not my password"), w.now()).await;
        assert_eq!(crate::fields_of(wrong), ["current_password"]);
        let same = recovery::request_email_change(&w.svc, &me, &ask("member@example.org", PASSWORD), w.now()).await;
        assert_eq!(crate::fields_of(same), ["email"]);

        // Someone else's address: the same answer, no link, and its owner is told.
        recovery::request_email_change(&w.svc, &me, &ask("fac@example.org", PASSWORD), w.now()).await.unwrap();
        assert_eq!(link_sent_to(&w, "fac@example.org", "/account/email/").await, None);
        assert!(w.queued_emails().await.iter().any(|e| e.to == "fac@example.org"));

        recovery::request_email_change(&w.svc, &me, &ask("new@example.org", PASSWORD), w.now()).await.unwrap();
        let token = link_sent_to(&w, "new@example.org", "/account/email/").await.expect("a link to the new address");
        assert!(w.queued_emails().await.iter().any(|e| e.to == "member@example.org"), "the old address is told");
        // Nothing changed yet: the old address still signs in, the new one does not.
        accounts::login(&w.svc, &login("member@example.org", PASSWORD), "10.0.0.1", None, w.now()).await.unwrap();
        let early = accounts::login(&w.svc, &login("new@example.org", PASSWORD), "10.0.0.1", None, w.now()).await;
        assert_eq!(early.err(), Some(Error::Conflict("login-failed")));

        assert_eq!(recovery::email_link(&w.svc, &token, w.now()).await.unwrap().as_deref(), Some("new@example.org"));
        let set = recovery::confirm_email_change(&w.svc, Door::Page, &token, w.now()).await.unwrap();
        assert_eq!(set, "new@example.org");
        let again = recovery::confirm_email_change(&w.svc, Door::Page, &token, w.now()).await;
        assert_eq!(again.err(), Some(Error::Conflict("email-link-unusable")));
        accounts::login(&w.svc, &login("new@example.org", PASSWORD), "10.0.0.1", None, w.now()).await.unwrap();
        let old = accounts::login(&w.svc, &login("member@example.org", PASSWORD), "10.0.0.1", None, w.now()).await;
        assert_eq!(old.err(), Some(Error::Conflict("login-failed")));
        assert!(
            w.queued_emails().await.iter().any(|e| e.to == "member@example.org" && e.text.contains("new@example.org"))
        );

        // Two people asking for one free address: whoever confirms first has it; the other link dies.
        let a = w.actor("fac@example.org", Door::Page).await;
        let b = w.actor("admin@example.org", Door::Page).await;
        recovery::request_email_change(&w.svc, &a, &ask("shared@example.org", PASSWORD), w.now()).await.unwrap();
        let for_a = link_sent_to(&w, "shared@example.org", "/account/email/").await.unwrap();
        recovery::request_email_change(&w.svc, &b, &ask("shared@example.org", PASSWORD), w.now()).await.unwrap();
        let for_b = link_sent_to(&w, "shared@example.org", "/account/email/").await.unwrap();
        recovery::confirm_email_change(&w.svc, Door::Page, &for_b, w.now()).await.unwrap();
        let late = recovery::confirm_email_change(&w.svc, Door::Page, &for_a, w.now()).await;
        assert_eq!(late.err(), Some(Error::Conflict("email-link-unusable")));

        // A day later a link no longer works.
        let me = w.actor("new@example.org", Door::Page).await;
        recovery::request_email_change(&w.svc, &me, &ask("later@example.org", PASSWORD), w.now()).await.unwrap();
        let later = link_sent_to(&w, "later@example.org", "/account/email/").await.unwrap();
        w.clock.advance(24 * 3600 + 1);
        assert_eq!(recovery::email_link(&w.svc, &later, w.now()).await.unwrap(), None);
    })
    .await;
}
