//! Accounts: logging in, throttling guesses (also when they arrive at once),
//! sessions and a person's own settings.

use tandem_domain::session::TokenScope;
use tandem_service::{
    Error,
    accounts::{self, LoginInput, TokenInput},
    audit::{self, Query},
    recovery::{self, PasswordInput},
    testing::{PASSWORD, World, on_each_backend},
};

fn login(email: &str, password: &str) -> LoginInput {
    LoginInput { email: String::from(email), password: String::from(password) }
}

#[tokio::test]
async fn a_login_starts_a_session_and_rotates_the_old_one() {
    on_each_backend(async |w: World| {
        w.riverbend().await;
        let input = login("Member@Example.org ", PASSWORD);
        let first = accounts::login(&w.svc, &input, "10.0.0.1", None, w.now()).await.unwrap();
        assert_eq!(first.user.email.as_deref(), Some("member@example.org"));
        assert!(accounts::session(&w.svc, &first.token, w.now()).await.unwrap().is_some());
        let input = login("member@example.org", PASSWORD);
        let second = accounts::login(&w.svc, &input, "10.0.0.1", Some(&first.token), w.now()).await.unwrap();
        assert!(accounts::session(&w.svc, &first.token, w.now()).await.unwrap().is_none(), "rotated");
        accounts::logout(&w.svc, &second.token).await.unwrap();
        assert!(accounts::session(&w.svc, &second.token, w.now()).await.unwrap().is_none());

        let wrong = accounts::login(&w.svc, &login("member@example.org", "guess"), "10.0.0.1", None, w.now()).await;
        let nobody = accounts::login(&w.svc, &login("nobody@example.org", "guess"), "10.0.0.1", None, w.now()).await;
        assert_eq!(wrong.err(), Some(Error::Conflict("login-failed")));
        assert_eq!(nobody.err(), Some(Error::Conflict("login-failed")), "the same answer either way");
    })
    .await;
}

/// Fires `guesses` wrong passwords at the member at once, the n-th from
/// `address(n)`; returns how many were checked and how many were held back.
async fn guesses_at_once(w: &World, guesses: usize, address: impl Fn(usize) -> String) -> (usize, usize) {
    let now = w.now();
    let mut set = tokio::task::JoinSet::new();
    for n in 0..guesses {
        let (svc, from) = (w.svc.clone(), address(n));
        set.spawn(async move {
            let guess = login("member@example.org", &format!("guess {n}"));
            accounts::login(&svc, &guess, &from, None, now).await.map(|s| s.user.id)
        });
    }
    let (mut checked, mut held) = (0, 0);
    while let Some(r) = set.join_next().await {
        match r.unwrap() {
            Err(Error::Conflict("login-failed")) => checked += 1,
            Err(Error::TooManyRequests { retry_after_secs }) => {
                assert!(retry_after_secs > 0);
                held += 1
            }
            other => panic!("{other:?}"),
        }
    }
    (checked, held)
}

#[tokio::test]
async fn forty_guesses_at_once_get_five_tries_then_growing_waits_and_the_person_is_not_locked_out() {
    on_each_backend(async |w: World| {
        w.riverbend().await;
        let (checked, held) = guesses_at_once(&w, 40, |_| String::from("10.0.0.9")).await;
        assert_eq!((checked, held), (5, 35), "{:?}: five passwords checked, however many arrive at once", w.backend);
        // From that address even the right password waits now (30 seconds) …
        let right = login("member@example.org", PASSWORD);
        assert!(matches!(
            accounts::login(&w.svc, &right, "10.0.0.9", None, w.now()).await,
            Err(Error::TooManyRequests { retry_after_secs: 30 })
        ));
        // … but the person signs in from anywhere else at once: a guesser cannot lock them out.
        accounts::login(&w.svc, &right, "10.0.0.1", None, w.now()).await.unwrap();
        // The waits grow: one more guess after 30 seconds, the next after a minute.
        w.clock.advance(30);
        let (checked, held) = guesses_at_once(&w, 10, |_| String::from("10.0.0.9")).await;
        assert_eq!((checked, held), (1, 9), "{:?}", w.backend);
        w.clock.advance(30);
        assert!(matches!(
            accounts::login(&w.svc, &right, "10.0.0.9", None, w.now()).await,
            Err(Error::TooManyRequests { retry_after_secs: 30 })
        ));
        w.clock.advance(30);
        accounts::login(&w.svc, &right, "10.0.0.9", None, w.now()).await.unwrap();
    })
    .await;
}

#[tokio::test]
async fn guesses_from_many_addresses_stop_at_the_hourly_limit_but_not_where_the_person_signs_in() {
    on_each_backend(async |w: World| {
        w.riverbend().await;
        let right = login("member@example.org", PASSWORD);
        accounts::login(&w.svc, &right, "10.0.0.1", None, w.now()).await.unwrap();
        let (checked, held) = guesses_at_once(&w, 60, |n| format!("172.16.0.{n}")).await;
        assert_eq!((checked, held), (50, 10), "{:?}: fifty an hour from addresses it never used", w.backend);
        let new_place = accounts::login(&w.svc, &right, "10.9.9.9", None, w.now()).await;
        assert!(matches!(new_place, Err(Error::TooManyRequests { .. })), "{:?}", new_place.err());
        accounts::login(&w.svc, &right, "10.0.0.1", None, w.now()).await.unwrap();
        w.clock.advance(3600);
        accounts::login(&w.svc, &right, "10.9.9.9", None, w.now()).await.unwrap();
    })
    .await;
}

#[tokio::test]
async fn good_logins_from_one_school_address_do_not_use_up_its_allowance() {
    on_each_backend(async |w: World| {
        w.riverbend().await;
        for _ in 0..40 {
            accounts::login(&w.svc, &login("fac@example.org", PASSWORD), "10.1.1.1", None, w.now()).await.unwrap();
        }
        // One wrong password among them is one failure, not a lock.
        let wrong = accounts::login(&w.svc, &login("observer@example.org", "x"), "10.1.1.1", None, w.now()).await;
        assert_eq!(wrong.err(), Some(Error::Conflict("login-failed")));
        accounts::login(&w.svc, &login("observer@example.org", PASSWORD), "10.1.1.1", None, w.now()).await.unwrap();
    })
    .await;
}

#[tokio::test]
async fn a_class_logging_in_at_once_from_one_school_address_all_get_in() {
    on_each_backend(async |w: World| {
        w.riverbend().await;
        let hash = tandem_service::secrets::hash_password(PASSWORD).unwrap();
        let mut emails = Vec::new();
        for n in 0..40 {
            let email = format!("pupil{n}@example.org");
            let u = tandem_store::users::NewUser {
                email: Some(&email),
                display_name: "Pupil",
                password_hash: Some(&hash),
                lang: "en",
                is_site_admin: false,
            };
            tandem_store::users::create(w.db.pool(), &u, w.now()).await.unwrap();
            emails.push(email);
        }
        let now = w.now();
        let mut set = tokio::task::JoinSet::new();
        for email in emails {
            let svc = w.svc.clone();
            set.spawn(async move {
                accounts::login(&svc, &login(&email, PASSWORD), "10.2.2.2", None, now).await.map(|_| ())
            });
        }
        while let Some(r) = set.join_next().await {
            assert_eq!(r.unwrap(), Ok(()), "{:?}", w.backend);
        }
    })
    .await;
}

#[tokio::test]
async fn a_new_password_ends_other_sessions_and_is_audited_without_the_password() {
    on_each_backend(async |w: World| {
        w.riverbend().await;
        let elsewhere =
            accounts::login(&w.svc, &login("member@example.org", PASSWORD), "10.0.0.2", None, w.now()).await.unwrap();
        let here =
            accounts::login(&w.svc, &login("member@example.org", PASSWORD), "10.0.0.3", None, w.now()).await.unwrap();
        let member = w.actor("member@example.org", tandem_service::Door::Page).await;
        let change = PasswordInput {
            current_password: String::from(PASSWORD),
            new_password: String::from("a much longer passphrase"),
        };
        let short = PasswordInput { new_password: String::from("short"), ..change.clone() };
        assert!(matches!(
            recovery::change_password(&w.svc, &member, &short, Some(&here.token), w.now()).await,
            Err(Error::Invalid(_))
        ));
        let wrong = PasswordInput { current_password: String::from("not my password at all"), ..change.clone() };
        assert_eq!(
            crate::fields_of(recovery::change_password(&w.svc, &member, &wrong, Some(&here.token), w.now()).await),
            ["current_password"]
        );
        recovery::change_password(&w.svc, &member, &change, Some(&here.token), w.now()).await.unwrap();
        assert!(accounts::session(&w.svc, &here.token, w.now()).await.unwrap().is_some());
        assert!(accounts::session(&w.svc, &elsewhere.token, w.now()).await.unwrap().is_none());

        let admin = w.access("admin@example.org").await;
        let (log, _) = audit::list(&w.svc, &admin, &Query::default(), 50).await.unwrap();
        // A person's own account is theirs: community administrators do not read it in their log.
        assert!(log.entries.iter().all(|e| !e.action.starts_with("account.")));
        let old = accounts::login(&w.svc, &login("member@example.org", PASSWORD), "10.0.0.3", None, w.now()).await;
        assert_eq!(old.err(), Some(Error::Conflict("login-failed")));
    })
    .await;
}

#[tokio::test]
async fn tokens_read_unless_made_to_write_expire_and_die_with_a_new_password() {
    on_each_backend(async |w: World| {
        w.riverbend().await;
        let me = w.actor("member@example.org", tandem_service::Door::Page).await;
        let input = |scope: &str, days: &str| TokenInput {
            name: String::from("script"),
            scope: String::from(scope),
            days: String::from(days),
        };
        let bad = accounts::create_token(&w.svc, &me, &input("admin", "400"), w.now()).await.map(|(id, _)| id);
        assert!(matches!(bad, Err(Error::Invalid(ref i)) if i.0.iter().map(|e| e.field).collect::<Vec<_>>() == ["scope", "days"]));
        let (_, reader) = accounts::create_token(&w.svc, &me, &input("", ""), w.now()).await.unwrap();
        let (_, writer) = accounts::create_token(&w.svc, &me, &input("write", "1"), w.now()).await.unwrap();
        let scope = |token: String| {
            let svc = w.svc.clone();
            let now = w.now();
            async move { accounts::token_user(&svc, &token, now).await.unwrap().map(|(_, s)| s) }
        };
        assert_eq!(scope(reader.clone()).await, Some(TokenScope::Read), "read unless asked");
        assert_eq!(scope(writer.clone()).await, Some(TokenScope::Write));
        let listed = accounts::tokens(&w.svc, &me, "", 100).await.unwrap().items;
        assert_eq!(listed.iter().map(|t| t.expires_at).collect::<Vec<_>>(), [w.now().plus_days(1), w.now().plus_days(90)]);

        w.clock.advance(2 * 24 * 3600);
        assert_eq!(scope(writer).await, None, "expired after a day");
        assert_eq!(scope(reader.clone()).await, Some(TokenScope::Read));
        let change = PasswordInput {
            current_password: String::from(PASSWORD),
            new_password: String::from("a much longer passphrase"),
        };
        recovery::change_password(&w.svc, &me, &change, None, w.now()).await.unwrap();
        assert_eq!(scope(reader).await, None, "revoked by the new password");
    })
    .await;
}
