//! Two-step sign-in: a code from an app after the password (RFC 6238),
//! recovery codes, limits on guessing the code, and communities that
//! require it of their staff.

use std::sync::Arc;

use tandem_domain::second_factor::{base32_decode, code_at};
use tandem_service::{
    Access, Door, Error,
    accounts::{self, LoginInput},
    community::{self, SettingsInput},
    error::Challenge,
    second_factor,
    testing::{PASSWORD, World, on_each_backend},
};

fn login(email: &str) -> LoginInput {
    LoginInput { email: email.to_owned(), password: PASSWORD.to_owned() }
}

/// Turns the second factor on for `email`; returns its secret and recovery codes.
async fn enrol(w: &World, email: &str) -> (Vec<u8>, Vec<String>) {
    let me = w.actor(email, Door::Page).await;
    let setup = second_factor::start(&w.svc, &me).await.unwrap();
    assert!(setup.uri.starts_with("otpauth://totp/"));
    let secret = base32_decode(&setup.secret).unwrap();
    let codes = second_factor::confirm(&w.svc, &me, &code_at(&secret, w.now()), None, w.now()).await.unwrap();
    (secret, codes)
}

async fn challenge(w: &World, email: &str) -> Challenge {
    match accounts::login(&w.svc, &login(email), "10.0.0.1", None, w.now()).await {
        Err(Error::SecondFactorNeeded(c)) => c,
        other => panic!("expected a challenge, got {:?}", other.map(|s| s.user.id)),
    }
}

#[tokio::test]
async fn after_the_password_a_code_from_the_app_or_a_recovery_code_is_asked_for_each_working_once() {
    on_each_backend(async |w: World| {
        w.riverbend().await;
        let me = w.actor("fac@example.org", Door::Page).await;
        let setup = second_factor::start(&w.svc, &me).await.unwrap();
        assert_eq!(second_factor::start(&w.svc, &me).await.unwrap(), setup, "the same secret until confirmed");
        let wrong = second_factor::confirm(&w.svc, &me, "000000", None, w.now()).await;
        assert_eq!(crate::fields_of(wrong), ["code"]);
        let secret = base32_decode(&setup.secret).unwrap();
        let codes = second_factor::confirm(&w.svc, &me, &code_at(&secret, w.now()), None, w.now()).await.unwrap();
        assert_eq!(codes.len(), 10);

        let c = challenge(&w, "fac@example.org").await;
        assert!(second_factor::challenge_open(&w.svc, &c.0, w.now()).await.unwrap());
        // The code that turned it on cannot be used again.
        let replay = second_factor::answer(&w.svc, &c.0, &code_at(&secret, w.now()), None, w.now()).await;
        assert_eq!(crate::fields_of(replay.map(|s| s.user.id)), ["code"]);
        w.clock.advance(30);
        let session = second_factor::answer(&w.svc, &c.0, &code_at(&secret, w.now()), None, w.now()).await.unwrap();
        assert!(accounts::session(&w.svc, &session.token, w.now()).await.unwrap().is_some());
        assert!(!second_factor::challenge_open(&w.svc, &c.0, w.now()).await.unwrap(), "spent");

        // A recovery code, once, typed any way.
        let c = challenge(&w, "fac@example.org").await;
        let typed = codes[0].to_lowercase().replace('-', " ");
        second_factor::answer(&w.svc, &c.0, &typed, None, w.now()).await.unwrap();
        let c = challenge(&w, "fac@example.org").await;
        let again = second_factor::answer(&w.svc, &c.0, &codes[0], None, w.now()).await;
        assert_eq!(crate::fields_of(again.map(|s| s.user.id)), ["code"]);
        let fac = w.actor("fac@example.org", Door::Page).await;
        assert_eq!(second_factor::recovery_codes_left(&w.svc, &fac).await.unwrap(), 9);

        // Five wrong codes end a challenge; the challenge also ends after five minutes.
        let c = challenge(&w, "fac@example.org").await;
        for _ in 0..4 {
            let r = second_factor::answer(&w.svc, &c.0, "123456", None, w.now()).await;
            assert_eq!(crate::fields_of(r.map(|s| s.user.id)), ["code"]);
        }
        let fifth = second_factor::answer(&w.svc, &c.0, "123456", None, w.now()).await;
        assert_eq!(fifth.err(), Some(Error::Conflict("second-factor-expired")));
        let c = challenge(&w, "fac@example.org").await;
        w.clock.advance(301);
        let late = second_factor::answer(&w.svc, &c.0, &code_at(&secret, w.now()), None, w.now()).await;
        assert_eq!(late.err(), Some(Error::Conflict("second-factor-expired")));

        // Turning it off takes the password and a code.
        let off = second_factor::disable(&w.svc, &fac, PASSWORD, "111111", w.now()).await;
        assert_eq!(crate::fields_of(off), ["code"]);
        w.clock.advance(30);
        second_factor::disable(&w.svc, &fac, PASSWORD, &code_at(&secret, w.now()), w.now()).await.unwrap();
        accounts::login(&w.svc, &login("fac@example.org"), "10.0.0.1", None, w.now()).await.unwrap();
    })
    .await;
}

#[tokio::test]
async fn knowing_the_password_does_not_buy_unlimited_guesses_at_the_code() {
    on_each_backend(async |w: World| {
        w.riverbend().await;
        let (secret, _) = enrol(&w, "fac@example.org").await;
        let mut held = 0;
        for _ in 0..4 {
            let c = challenge(&w, "fac@example.org").await;
            for _ in 0..4 {
                let r = second_factor::answer(&w.svc, &c.0, "999999", None, w.now()).await;
                held += usize::from(matches!(r, Err(Error::TooManyRequests { .. })));
            }
        }
        assert_eq!(held, 6, "ten wrong codes a quarter of an hour, across challenges: {:?}", w.backend);
        w.clock.advance(15 * 60 + 30);
        let c = challenge(&w, "fac@example.org").await;
        second_factor::answer(&w.svc, &c.0, &code_at(&secret, w.now()), None, w.now()).await.unwrap();
    })
    .await;
}

#[tokio::test]
async fn one_code_used_at_once_by_many_sign_ins_lets_one_in() {
    on_each_backend(async |w: World| {
        w.riverbend().await;
        let (secret, _) = enrol(&w, "fac@example.org").await;
        w.clock.advance(30);
        let code = Arc::new(code_at(&secret, w.now()));
        let mut set = tokio::task::JoinSet::new();
        for _ in 0..10 {
            let c = challenge(&w, "fac@example.org").await;
            let (svc, code, now) = (w.svc.clone(), code.clone(), w.now());
            set.spawn(async move { second_factor::answer(&svc, &c.0, &code, None, now).await.is_ok() });
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
async fn a_community_can_require_it_of_its_staff_and_a_reset_still_asks_for_the_code() {
    on_each_backend(async |w: World| {
        let w = w.sending_mail();
        w.riverbend().await;
        let settings = |on| SettingsInput {
            name: String::from("Riverbend"),
            staff_second_factor: Some(on),
            ..SettingsInput::default()
        };
        let admin = w.access("admin@example.org").await;
        let refused = community::update_settings(&w.svc, &admin, &settings(true), w.now()).await;
        assert_eq!(crate::fields_of(refused), ["staff_second_factor"], "not before the administrator has one");
        enrol(&w, "admin@example.org").await;
        let admin = w.access("admin@example.org").await;
        community::update_settings(&w.svc, &admin, &settings(true), w.now()).await.unwrap();

        let fac = w.actor("fac@example.org", Door::Page).await;
        let refused = Access::load(&w.svc, &fac, "riverbend").await.map(|_| ());
        assert_eq!(refused.err(), Some(Error::Conflict("error-second-factor-required")));
        let member = w.actor("member@example.org", Door::Page).await;
        assert!(Access::load(&w.svc, &member, "riverbend").await.is_ok(), "members are not asked");
        enrol(&w, "fac@example.org").await;
        let fac = w.actor("fac@example.org", Door::Page).await;
        assert!(Access::load(&w.svc, &fac, "riverbend").await.is_ok());

        // A reset proves the email address, not the phone.
        tandem_service::recovery::request_password_reset(&w.svc, "fac@example.org", "10.0.0.1", w.now()).await.unwrap();
        let email = w.queued_emails().await.into_iter().rev().find(|e| e.to == "fac@example.org").unwrap();
        let at = email.text.find("/reset/").unwrap() + 7;
        let token: String = email.text[at..].split_whitespace().next().unwrap().to_owned();
        let r = tandem_service::recovery::reset_password(
            &w.svc,
            Door::Page,
            &token,
            "a fresh long passphrase",
            "10.0.0.1",
            w.now(),
        )
        .await;
        assert!(matches!(r, Err(Error::SecondFactorNeeded(_))), "{:?}", r.map(|s| s.user.id));
    })
    .await;
}
