//! Secret ballots and paper ballots under four eyes: every voter gets a
//! tracker and finds their ballot on the published list; at the close the
//! ballots lose their owners (and the emails that told each voter their
//! tracker are deleted); paper ballots are declared before they are entered,
//! never more than declared, and count once a second facilitator confirms
//! them, within an optional counting window after the close. Limits hold
//! when requests race, on both databases.

use tandem_domain::decisions::{PollBallot, PollMarks};
use tandem_service::{
    Error,
    audit::{self, Query},
    mail::Mailer,
    notify::EMAIL_JOB,
    polls::{self, PollOutcome},
    testing::{World, on_each_backend},
};
use tandem_store::decisions::{self as store, BallotBox};

use crate::fields_of;

fn choose(option: &str) -> PollMarks {
    PollMarks { choice: String::from(option), ..PollMarks::default() }
}

const VOTERS: [&str; 4] = ["admin@example.org", "fac@example.org", "member@example.org", "pupil@example.org"];

#[tokio::test]
async fn each_voter_finds_their_ballot_by_tracker_and_after_the_close_nobody_can_link_it_to_them() {
    on_each_backend(async |w: World| {
        let f = w.riverbend().await;
        let poll = crate::open_poll(&w, &f.public_slug).await;
        // A server that sends mail: the first ballot queues an email with its tracker.
        let svc = w.svc.clone().with_mailer(Mailer::new("smtp://127.0.0.1:2525", "tandem@example.org").unwrap());
        let mut trackers = Vec::new();
        for (n, who) in VOTERS.iter().enumerate() {
            let (voter, board) = w.in_initiative(who, &f.public_slug).await;
            let first = polls::cast(&svc, &voter, &board, &poll, &choose("1"), w.now()).await.unwrap();
            let option = (n % 3 + 1).to_string();
            let again = polls::cast(&svc, &voter, &board, &poll, &choose(&option), w.now()).await.unwrap();
            assert_eq!(first, again, "a changed ballot keeps its tracker");
            trackers.push((again, PollBallot::One(n % 3 + 1)));
        }
        let emails = async || tandem_store::jobs::pending_payloads(w.db.pool(), EMAIL_JOB).await.unwrap().len();
        assert_eq!(emails().await, 4, "one tracker email per voter, not per change");
        crate::paper_poll_ballots(&w, &f.public_slug, &poll, &choose("2"), 1).await;

        let (member, _) = w.in_initiative("member@example.org", &f.public_slug).await;
        let open = polls::view(&w.svc, &member, &poll, w.now()).await.unwrap();
        assert_eq!(open.mine.as_ref().map(|(_, t)| t), Some(&trackers[2].0), "the member sees their tracker");
        // No ballot is ever written to the audit log.
        let admin = w.access("admin@example.org").await;
        let (log, _) = audit::list(&w.svc, &admin, &Query::default(), 50).await.unwrap();
        assert!(
            log.entries.iter().all(|e| !e.action.contains("vote") && !e.action.contains("cast")),
            "{:?}",
            log.entries
        );

        let after = w.now().plus_days(30);
        let closed = polls::view(&w.svc, &member, &poll, after).await.unwrap();
        assert!(closed.mine.is_none(), "after the close the ballot is no longer the member's");
        assert!(closed.voted, "but the roll says they voted");
        let Some(PollOutcome::Counted { record, .. }) = closed.result else { panic!("five ballots are counted") };
        assert_eq!(record.ballots, 5);
        let bulletin = polls::bulletin(&w.svc, &member, &poll, "", 100, after).await.unwrap().items;
        assert_eq!(bulletin.len(), 5);
        for (tracker, ballot) in &trackers {
            assert!(bulletin.contains(&(tracker.clone(), ballot.clone())), "{tracker} on {bulletin:?}");
        }
        let sorted = bulletin.windows(2).all(|p| p[0].0 <= p[1].0);
        assert!(sorted, "listed by tracker, not in the order cast");

        let stored = store::ballots(w.db.pool(), BallotBox::Poll, poll.id).await.unwrap();
        assert!(stored.iter().all(|b| b.user_id.is_none()), "no ballot has an owner in the database");
        assert_eq!(emails().await, 0, "nor in an email");
    })
    .await;
}

#[tokio::test]
async fn a_paper_ballot_counts_only_once_another_facilitator_confirms_it_while_ballots_are_taken() {
    on_each_backend(async |w: World| {
        let f = w.riverbend().await;
        let poll = crate::open_poll(&w, &f.public_slug).await;
        for who in VOTERS {
            let (voter, board) = w.in_initiative(who, &f.public_slug).await;
            polls::cast(&w.svc, &voter, &board, &poll, &choose("1"), w.now()).await.unwrap();
        }
        let (fac, board) = w.in_initiative("fac@example.org", &f.public_slug).await;
        polls::declare_paper(&w.svc, &fac, &board, &poll, "2", "", w.now()).await.unwrap();
        for _ in 0..2 {
            polls::cast_paper(&w.svc, &fac, &board, &poll, &choose("2"), "Box", w.now()).await.unwrap();
        }
        let below = polls::declare_paper(&w.svc, &fac, &board, &poll, "1", "", w.now()).await;
        assert_eq!(fields_of(below), ["declared"], "fewer than already entered");
        let paper = polls::view(&w.svc, &fac, &poll, w.now()).await.unwrap().paper;
        let (admin, _) = w.in_initiative("admin@example.org", &f.public_slug).await;
        polls::confirm_paper(&w.svc, &admin, &board, &poll, paper[0].id, w.now()).await.unwrap();
        let twice = polls::confirm_paper(&w.svc, &admin, &board, &poll, paper[0].id, w.now()).await;
        assert_eq!(twice, Err(Error::Conflict("error-paper-not-confirmable")));

        // At the close: the unconfirmed ballot cannot be confirmed any more, and does not count.
        let after = w.now().plus_days(30);
        let late = polls::confirm_paper(&w.svc, &admin, &board, &poll, paper[1].id, after).await;
        assert_eq!(late, Err(Error::Conflict("decide-refused-closed")));
        let view = polls::view(&w.svc, &fac, &poll, after).await.unwrap();
        let Some(PollOutcome::Counted { result, .. }) = view.result else { panic!("five count") };
        let bulletin = polls::bulletin(&w.svc, &fac, &poll, "", 100, after).await.unwrap().items;
        assert_eq!(bulletin.len(), 5, "four members and one confirmed paper ballot");
        assert_eq!(result.winners(), [0]);
        assert!(!bulletin.iter().any(|(t, _)| *t == paper[1].tracker), "the unconfirmed one is not listed");
    })
    .await;
}

#[tokio::test]
async fn paper_ballots_taken_after_the_close_hold_the_result_back_until_the_counting_day_ends() {
    on_each_backend(async |w: World| {
        let f = w.riverbend().await;
        let poll = crate::open_poll(&w, &f.public_slug).await;
        let (fac, board) = w.in_initiative("fac@example.org", &f.public_slug).await;
        // The poll closes at the end of 30 November.
        let before_close = polls::declare_paper(&w.svc, &fac, &board, &poll, "3", "2026-11-29", w.now()).await;
        assert_eq!(fields_of(before_close), ["counting_until"]);
        let not_a_day = polls::declare_paper(&w.svc, &fac, &board, &poll, "lots", "someday", w.now()).await;
        assert_eq!(fields_of(not_a_day), ["declared", "counting_until"]);
        polls::declare_paper(&w.svc, &fac, &board, &poll, "6", "2026-12-03", w.now()).await.unwrap();
        let poll = polls::poll(&w.svc, &board, poll.id).await.unwrap();
        for who in VOTERS {
            let (voter, b) = w.in_initiative(who, &f.public_slug).await;
            polls::cast(&w.svc, &voter, &b, &poll, &choose("3"), w.now()).await.unwrap();
        }

        // 2 December: voting has closed, paper ballots are still taken, no result yet.
        let counting = w.now().plus_days(14);
        let view = polls::view(&w.svc, &fac, &poll, counting).await.unwrap();
        assert!(view.result.is_none(), "the result waits for the paper ballots");
        let (member, mboard) = w.in_initiative("member@example.org", &f.public_slug).await;
        let online = polls::cast(&w.svc, &member, &mboard, &poll, &choose("1"), counting).await;
        assert!(matches!(online, Err(Error::Conflict(_))), "online voting has closed: {online:?}");
        polls::cast_paper(&w.svc, &fac, &board, &poll, &choose("2"), "Late box", counting).await.unwrap();
        let paper = polls::view(&w.svc, &fac, &poll, counting).await.unwrap().paper;
        let (admin, _) = w.in_initiative("admin@example.org", &f.public_slug).await;
        polls::confirm_paper(&w.svc, &admin, &board, &poll, paper[0].id, counting).await.unwrap();

        // 4 December: the counting day has ended; the result is final and nothing more is taken.
        let done = w.now().plus_days(16);
        let view = polls::view(&w.svc, &fac, &poll, done).await.unwrap();
        let Some(PollOutcome::Counted { .. }) = view.result else { panic!("counted") };
        let bulletin = polls::bulletin(&w.svc, &fac, &poll, "", 100, done).await.unwrap().items;
        assert_eq!(bulletin.len(), 5);
        let late = polls::cast_paper(&w.svc, &fac, &board, &poll, &choose("2"), "Later box", done).await;
        assert_eq!(late, Err(Error::Conflict("decide-refused-closed")));
    })
    .await;
}

#[tokio::test]
async fn no_more_paper_ballots_than_declared_and_each_confirmed_once_however_many_requests_race() {
    on_each_backend(async |w: World| {
        let f = w.riverbend().await;
        let poll = crate::open_poll(&w, &f.public_slug).await;
        let (fac, board) = w.in_initiative("fac@example.org", &f.public_slug).await;
        polls::declare_paper(&w.svc, &fac, &board, &poll, "3", "", w.now()).await.unwrap();
        let mut set = tokio::task::JoinSet::new();
        for _ in 0..12 {
            let (svc, fac, board, poll, now) = (w.svc.clone(), fac.clone(), board.clone(), poll.clone(), w.now());
            set.spawn(async move { polls::cast_paper(&svc, &fac, &board, &poll, &choose("1"), "Box", now).await });
        }
        let results: Vec<_> = set.join_all().await;
        let entered = results.iter().filter(|r| r.is_ok()).count();
        assert_eq!(entered, 3, "{:?}: {results:?}", w.backend);
        assert!(
            results.iter().filter(|r| r.is_err()).all(|r| *r == Err(Error::Conflict("error-paper-all-entered"))),
            "{results:?}"
        );
        let paper = polls::view(&w.svc, &fac, &poll, w.now()).await.unwrap().paper;
        assert_eq!(paper.len(), 3);

        let (admin, _) = w.in_initiative("admin@example.org", &f.public_slug).await;
        let mut set = tokio::task::JoinSet::new();
        for _ in 0..8 {
            let (svc, admin, board, poll, now) = (w.svc.clone(), admin.clone(), board.clone(), poll.clone(), w.now());
            let id = paper[0].id;
            set.spawn(async move { polls::confirm_paper(&svc, &admin, &board, &poll, id, now).await });
        }
        let results: Vec<_> = set.join_all().await;
        assert_eq!(results.iter().filter(|r| r.is_ok()).count(), 1, "{:?}: {results:?}", w.backend);
        let q = Query { action: String::from("paper.confirm"), ..Query::default() };
        let (log, _) = audit::list(&w.svc, &w.access("admin@example.org").await, &q, 50).await.unwrap();
        assert_eq!(log.total, 1);
    })
    .await;
}

#[tokio::test]
async fn turnout_says_paper_apart_from_online_ballots_without_giving_a_small_group_away() {
    use tandem_domain::privacy::Cell;
    on_each_backend(async |w: World| {
        let f = w.riverbend().await;
        let poll = crate::open_poll(&w, &f.public_slug).await;
        for who in VOTERS {
            let (voter, board) = w.in_initiative(who, &f.public_slug).await;
            polls::cast(&w.svc, &voter, &board, &poll, &choose("1"), w.now()).await.unwrap();
        }
        crate::paper_poll_ballots(&w, &f.public_slug, &poll, &choose("2"), 6).await;
        let (member, _) = w.in_initiative("member@example.org", &f.public_slug).await;
        let view = polls::view(&w.svc, &member, &poll, w.now().plus_days(30)).await.unwrap();
        let Some(PollOutcome::Counted { turnout: Some(turnout), .. }) = view.result else { panic!("counted by group") };
        let names: Vec<&str> = view.groups.iter().map(|g| g.key.as_str()).collect();
        let at = |key: &str| turnout.cells[names.iter().position(|n| *n == key).unwrap()];
        // Three families and one pupil voted online: both small, neither pinned by the other.
        assert_eq!((at("families"), at("pupils")), (Cell::Small, Cell::Small), "{turnout:?}");
        let n = names.len();
        assert_eq!(turnout.cells[n..], [Cell::Shown(0), Cell::Shown(6)], "no one without a group; six on paper");
        assert_eq!(turnout.total, Cell::Shown(10));
    })
    .await;
}
