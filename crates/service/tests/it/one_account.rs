//! One person, one account: a member who signs in by links and lost their
//! way in gets a sign-in link to the same account (never a second one), and
//! two accounts of one person merge into one with one ballot per poll.

use tandem_domain::decisions::PollMarks;
use tandem_service::{
    Access, Actor, Door, Error,
    audit::{self, Query},
    community,
    invitations::{self, InvitationInput, Joined},
    polls,
    testing::{COMMUNITY, World, on_each_backend},
};
use tandem_store::{
    decisions::{self as store, BallotBox},
    users::User,
};

use crate::fields_of;

/// Someone new joins with an invitation link as a member of the pupils'
/// group; returns their account, membership id and access.
async fn join(w: &World, name: &str) -> (User, i64, Access) {
    let admin = w.access("admin@example.org").await;
    let groups = community::groups(&w.svc, &admin).await.unwrap();
    let pupils = groups.iter().find(|g| g.key == "pupils").map(|g| g.id);
    let input = InvitationInput { role: String::from("member"), group_id: pupils, ..InvitationInput::default() };
    let made = invitations::create(&w.svc, &admin, &input, w.now()).await.unwrap();
    let visitor = Actor::visitor(Door::Page);
    let Joined::Member { session: Some(s), .. } =
        invitations::accept(&w.svc, &visitor, &made.code, name, "en", w.now()).await.unwrap()
    else {
        panic!("joined with a session")
    };
    let access = Access::load(&w.svc, &Actor::person(s.user.clone(), Door::Page), COMMUNITY).await.unwrap();
    let membership = access.membership.as_ref().unwrap().id;
    (s.user, membership, access)
}

async fn accounts(w: &World) -> i64 {
    let row = sqlx::query("SELECT COUNT(*) AS n FROM users").fetch_one(w.db.pool()).await.unwrap();
    sqlx::Row::get::<i64, _>(&row, "n")
}

async fn sessions_of(w: &World, user_id: i64) -> i64 {
    let row = sqlx::query("SELECT COUNT(*) AS n FROM sessions WHERE user_id = $1")
        .bind(user_id)
        .fetch_one(w.db.pool())
        .await
        .unwrap();
    sqlx::Row::get::<i64, _>(&row, "n")
}

#[tokio::test]
async fn a_sign_in_link_signs_in_to_the_same_account_and_never_creates_another() {
    on_each_backend(async |w: World| {
        w.riverbend().await;
        let (pip, membership, _) = join(&w, "Pip").await;
        assert_eq!(sessions_of(&w, pip.id).await, 1, "the lost device");
        let fac = w.access("fac@example.org").await;
        let member = w.access("member@example.org").await;
        assert_eq!(
            invitations::create_signin(&w.svc, &member, membership, w.now()).await.err(),
            Some(Error::Forbidden)
        );
        // Staff and members with a password sign in with it: no link to their accounts.
        let with_password = fac.membership.as_ref().unwrap().id;
        let refused = invitations::create_signin(&w.svc, &fac, with_password, w.now()).await;
        assert_eq!(refused.err(), Some(Error::Conflict("error-signin-link-not-for")));

        let first = invitations::create_signin(&w.svc, &fac, membership, w.now()).await.unwrap();
        let second = invitations::create_signin(&w.svc, &fac, membership, w.now()).await.unwrap();
        let before = accounts(&w).await;
        let visitor = Actor::visitor(Door::Page);
        let replaced = invitations::accept(&w.svc, &visitor, &first.code, "", "en", w.now()).await;
        assert_eq!(replaced.err(), Some(Error::Conflict("error-invitation-unusable")), "a new link replaces the old");

        // Someone signed in as another person cannot use it, and it stays usable.
        let other = w.actor("member@example.org", Door::Page).await;
        let wrong = invitations::accept(&w.svc, &other, &second.code, "", "en", w.now()).await;
        assert_eq!(wrong.err(), Some(Error::Conflict("error-signin-other-person")));

        match invitations::accept(&w.svc, &visitor, &second.code, "Somebody Else", "es", w.now()).await.unwrap() {
            Joined::SignedIn { session: Some(s), .. } => {
                assert_eq!(s.user.id, pip.id, "the same account");
                assert_eq!(s.user.display_name, "Pip", "named as before, whatever was typed");
            }
            _ => panic!("signed in"),
        }
        assert_eq!(accounts(&w).await, before, "no account was created");
        assert_eq!(sessions_of(&w, pip.id).await, 1, "the lost device was signed out; only the new session");
        let again = invitations::accept(&w.svc, &visitor, &second.code, "", "en", w.now()).await;
        assert_eq!(again.err(), Some(Error::Conflict("error-invitation-unusable")), "once");

        let admin = w.access("admin@example.org").await;
        for (action, count) in [("signin_link.create", 2), ("signin_link.use", 1)] {
            let q = Query { action: String::from(action), ..Query::default() };
            let (log, _) = audit::list(&w.svc, &admin, &q, 50).await.unwrap();
            assert_eq!(log.total, count, "{action}");
        }
    })
    .await;
}

#[tokio::test]
async fn merging_two_accounts_of_one_person_keeps_the_latest_ballot_and_records_the_merge() {
    on_each_backend(async |w: World| {
        let f = w.riverbend().await;
        let open = crate::open_poll(&w, &f.public_slug).await;
        let (fac, board) = w.in_initiative("fac@example.org", &f.public_slug).await;
        let closing = polls::create(&w.svc, &fac, &board, &crate::poll_input(open.decision_area_id.unwrap()), w.now())
            .await
            .unwrap();
        let closing = polls::poll(&w.svc, &board, closing).await.unwrap();
        let (first, first_membership, first_access) = join(&w, "Pip").await;
        let (second, second_membership, second_access) = join(&w, "Pip R.").await;
        let choose = |o: &str| PollMarks { choice: String::from(o), ..PollMarks::default() };
        for (access, option, later) in [(&first_access, "1", 0), (&second_access, "3", 60)] {
            let (a, b) = Access::load_initiative(&w.svc, &access.actor, COMMUNITY, &f.public_slug).await.unwrap();
            w.clock.advance(later);
            polls::cast(&w.svc, &a, &b, &open, &choose(option), w.now()).await.unwrap();
            polls::cast(&w.svc, &a, &b, &closing, &choose(option), w.now()).await.unwrap();
        }
        // The second poll closes (and is sealed) before the merge; the first stays open.
        let admin = w.access("admin@example.org").await;
        polls::end(&w.svc, &fac, &board, &closing, polls::Ending::CloseEarly, "Enough", w.now()).await.unwrap();
        let closing = polls::poll(&w.svc, &board, closing.id).await.unwrap();
        polls::view(&w.svc, &admin, &closing, w.now()).await.unwrap();

        assert_eq!(fields_of(community::merge_members(&w.svc, &admin, 7, 7, w.now()).await), ["retire"]);
        let nowhere = community::merge_members(&w.svc, &admin, first_membership, 999_999, w.now()).await;
        assert_eq!(fields_of(nowhere), ["retire"]);
        let own = admin.membership.as_ref().unwrap().id;
        let myself = community::merge_members(&w.svc, &admin, first_membership, own, w.now()).await;
        assert_eq!(myself.err(), Some(Error::Conflict("error-merge-account-self")));
        assert_eq!(
            community::merge_members(
                &w.svc,
                &w.access("fac@example.org").await,
                first_membership,
                second_membership,
                w.now()
            )
            .await
            .err(),
            Some(Error::Forbidden)
        );

        // "About me": the kept account's answers stand, the other's fill gaps.
        let mut c = w.db.acquire().await.unwrap();
        let answer = tandem_store::representation::set_answer;
        answer(&mut c, f.community_id, first.id, "home_language", Some("English"), w.now()).await.unwrap();
        answer(&mut c, f.community_id, second.id, "home_language", Some("Arabic"), w.now()).await.unwrap();
        answer(&mut c, f.community_id, second.id, "neighbourhood", Some("North"), w.now()).await.unwrap();
        drop(c);
        let merged =
            community::merge_members(&w.svc, &admin, first_membership, second_membership, w.now()).await.unwrap();
        let kept = tandem_store::representation::profile(w.db.pool(), f.community_id, first.id).await.unwrap();
        assert_eq!(kept.get("home_language").map(String::as_str), Some("English"));
        assert_eq!(kept.get("neighbourhood").map(String::as_str), Some("North"));
        assert!(
            tandem_store::representation::profile(w.db.pool(), f.community_id, second.id).await.unwrap().is_empty()
        );
        assert_eq!((merged.ballots_deduplicated, merged.sealed_twice), (1, 1));
        let ballots = store::ballots(w.db.pool(), BallotBox::Poll, open.id).await.unwrap();
        assert_eq!(ballots.len(), 1, "one ballot per person");
        assert_eq!((ballots[0].user_id, ballots[0].content.as_str()), (Some(first.id), "3"), "the latest, kept");
        for poll in [open.id, closing.id] {
            assert!(store::voted(w.db.pool(), BallotBox::Poll, poll, first.id).await.unwrap());
            assert!(!store::voted(w.db.pool(), BallotBox::Poll, poll, second.id).await.unwrap());
        }
        assert_eq!(sessions_of(&w, second.id).await, 0, "the retired account is signed out");
        let gone = Access::load(&w.svc, &Actor::person(second.clone(), Door::Page), COMMUNITY).await.unwrap();
        assert!(gone.membership.is_none(), "and no longer a member");
        let q = Query { action: String::from("member.merge"), ..Query::default() };
        let (log, _) = audit::list(&w.svc, &admin, &q, 50).await.unwrap();
        assert_eq!(log.total, 1);
        assert!(log.entries[0].detail.contains("1 closed votes cast by both"), "{}", log.entries[0].detail);
    })
    .await;
}
