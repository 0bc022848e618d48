//! Results stored at the close: a job counts a poll or budget once when its
//! count becomes final and stores the result with a hash of the ballots;
//! pages serve the stored result (a ballot changed in the database
//! afterwards does not change what is shown); a recount says whether the
//! stored result still matches, and is audited. On both databases.

use tandem_domain::decisions::{BudgetMarks, PollMarks};
use tandem_service::{
    Error,
    audit::{self, Query},
    budgets::{self, BudgetInput, BudgetOutcome, ProjectInput},
    counts, jobs,
    polls::{self, PollOutcome},
    testing::{World, on_each_backend},
};
use tandem_store::decisions::{self as store, BallotBox};

const VOTERS: [&str; 4] = ["admin@example.org", "fac@example.org", "member@example.org", "pupil@example.org"];

fn choose(option: &str) -> PollMarks {
    PollMarks { choice: String::from(option), ..PollMarks::default() }
}

/// Runs every job that is due now; returns the kinds that ran.
async fn run_due_jobs(w: &World) -> Vec<String> {
    let mut ran = Vec::new();
    loop {
        match jobs::step(&w.svc, "test").await.unwrap() {
            jobs::Step::Idle => return ran,
            jobs::Step::Done { kind, .. } => ran.push(kind),
            other => panic!("{other:?}"),
        }
    }
}

/// A closed plurality poll with four members' ballots and two paper ones.
async fn closed_poll(w: &World) -> (polls::Poll, tandem_service::Access, tandem_service::initiatives::Initiative) {
    let f = w.riverbend().await;
    let poll = crate::open_poll(w, &f.public_slug).await;
    for (n, who) in VOTERS.iter().enumerate() {
        let (voter, board) = w.in_initiative(who, &f.public_slug).await;
        polls::cast(&w.svc, &voter, &board, &poll, &choose(if n == 0 { "2" } else { "1" }), w.now()).await.unwrap();
    }
    crate::paper_poll_ballots(w, &f.public_slug, &poll, &choose("3"), 2).await;
    let (fac, board) = w.in_initiative("fac@example.org", &f.public_slug).await;
    let poll = polls::poll(&w.svc, &board, poll.id).await.unwrap();
    (poll, fac, board)
}

#[tokio::test]
async fn a_closed_poll_is_counted_once_by_the_job_and_pages_serve_the_stored_result() {
    on_each_backend(async |w: World| {
        let (poll, fac, board) = closed_poll(&w).await;
        assert!(run_due_jobs(&w).await.iter().all(|k| k != counts::COUNT_JOB), "nothing to count while open");
        let refused = counts::recount_poll(&w.svc, &fac, &board, &poll, w.now()).await;
        assert_eq!(refused, Err(Error::Conflict("recount-not-final")));
        let early = polls::bulletin(&w.svc, &fac, &poll, "", 100, w.now()).await;
        assert_eq!(early.map(|p| p.total), Err(Error::Conflict("decide-count-not-final")));

        // The poll closes at the end of 30 November: the job runs then.
        w.clock.advance(30 * 86_400);
        let ran = run_due_jobs(&w).await;
        assert!(ran.iter().any(|k| k == counts::COUNT_JOB), "{ran:?}");
        let stored = tandem_store::counts::get_count(w.db.pool(), BallotBox::Poll, poll.id).await.unwrap();
        let stored = stored.expect("the job stored the count");
        assert_eq!(stored.ballots, 6, "four members and two confirmed paper ballots");
        let ballots = store::ballots(w.db.pool(), BallotBox::Poll, poll.id).await.unwrap();
        let counted: Vec<_> = ballots.iter().collect();
        assert_eq!(stored.ballots_sha256, counts::ballots_sha256(&counted), "the hash of what was counted");

        let view = polls::view(&w.svc, &fac, &poll, w.now()).await.unwrap();
        let Some(PollOutcome::Counted { result, record, .. }) = view.result else { panic!("six ballots count") };
        assert_eq!(result.winners(), [0], "Oak: three of six");
        assert_eq!((record.ballots, record.ballots_sha256.as_str()), (6, stored.ballots_sha256.as_str()));
        assert_eq!(record.recount, None);

        // The recount agrees, and says so on the page.
        let r = counts::recount_poll(&w.svc, &fac, &board, &poll, w.now()).await.unwrap();
        assert!(r.matches, "{r:?}");
        let view = polls::view(&w.svc, &fac, &poll, w.now()).await.unwrap();
        let Some(PollOutcome::Counted { record, .. }) = view.result else { panic!("counted") };
        assert_eq!(record.recount, Some((w.now(), true)));

        // A ballot altered in the database afterwards: pages still serve the
        // stored result, and the recount finds the difference.
        sqlx::query("UPDATE poll_ballots SET content = $1 WHERE poll_id = $2")
            .bind("2")
            .bind(poll.id)
            .execute(w.db.pool())
            .await
            .unwrap();
        let view = polls::view(&w.svc, &fac, &poll, w.now()).await.unwrap();
        let Some(PollOutcome::Counted { result, .. }) = view.result else { panic!("counted") };
        assert_eq!(result.winners(), [0], "the stored count is served, not a recount of every request");
        let r = counts::recount_poll(&w.svc, &fac, &board, &poll, w.now()).await.unwrap();
        assert!(!r.matches);
        assert_ne!(r.ballots_sha256, r.stored.ballots_sha256);
        let admin = w.access("admin@example.org").await;
        let (log, _) = audit::list(&w.svc, &admin, &Query::default(), 50).await.unwrap();
        let recounts: Vec<&str> =
            log.entries.iter().filter(|e| e.action == "poll.recount").map(|e| e.detail.as_str()).collect();
        assert_eq!(recounts, ["differs", "matches"], "both recounts are in the audit log, newest first");

        // Members cannot recount.
        let (member, mboard) = w.in_initiative("member@example.org", &board.slug).await;
        assert_eq!(counts::recount_poll(&w.svc, &member, &mboard, &poll, w.now()).await, Err(Error::Forbidden));
    })
    .await;
}

#[tokio::test]
async fn the_first_readers_after_the_close_store_one_count_however_many_arrive_at_once() {
    on_each_backend(async |w: World| {
        let (poll, fac, _) = closed_poll(&w).await;
        let after = w.now().plus_days(30);
        // No worker ran: every reader at once finds no stored count.
        let mut set = tokio::task::JoinSet::new();
        for _ in 0..12 {
            let (svc, fac, poll) = (w.svc.clone(), fac.clone(), poll.clone());
            set.spawn(async move { polls::view(&svc, &fac, &poll, after).await.map(|v| v.result) });
        }
        let records: Vec<_> = set
            .join_all()
            .await
            .into_iter()
            .map(|v| match v.unwrap() {
                Some(PollOutcome::Counted { record, .. }) => record,
                other => panic!("{other:?}"),
            })
            .collect();
        assert!(records.windows(2).all(|p| p[0] == p[1]), "every reader is served the same stored count");
        let rows: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM counts WHERE owner_id = $1")
            .bind(poll.id)
            .fetch_one(w.db.pool())
            .await
            .unwrap();
        assert_eq!(rows, 1);
    })
    .await;
}

#[tokio::test]
async fn the_list_of_ballots_pages_by_tracker_and_a_small_count_lists_none() {
    on_each_backend(async |w: World| {
        let (poll, fac, _) = closed_poll(&w).await;
        let after = w.now().plus_days(30);
        let first = polls::bulletin(&w.svc, &fac, &poll, "", 4, after).await.unwrap();
        assert_eq!((first.items.len(), first.total), (4, 6));
        let next = first.next.clone().expect("a second page");
        let second = polls::bulletin(&w.svc, &fac, &poll, &next, 4, after).await.unwrap();
        assert_eq!((second.items.len(), second.next), (2, None));
        let trackers: Vec<&String> = first.items.iter().chain(&second.items).map(|(t, _)| t).collect();
        assert!(trackers.windows(2).all(|p| p[0] < p[1]), "in tracker order, none twice: {trackers:?}");
        let bad = polls::bulletin(&w.svc, &fac, &poll, "x' OR 1=1", 4, after).await;
        assert!(matches!(bad, Err(Error::Invalid(_))), "{bad:?}");
    })
    .await;
}

fn budget_input(area: i64) -> BudgetInput {
    BudgetInput {
        title: String::from("Playground"),
        description: String::from("What to build"),
        total: String::from("1000.50"),
        ballot: String::from("approval"),
        rule: String::from("equal_shares"),
        decision_area_id: Some(area),
        closes_on: String::from("2026-11-30"),
        ..BudgetInput::default()
    }
}

#[tokio::test]
async fn a_closed_budget_is_stored_exactly_and_a_recount_matches_it() {
    on_each_backend(async |w: World| {
        let f = w.riverbend().await;
        let area = w.open_for_participation(&f.public_slug).await;
        let (fac, board) = w.in_initiative("fac@example.org", &f.public_slug).await;
        let id = budgets::create(&w.svc, &fac, &board, &budget_input(area), w.now()).await.unwrap();
        let budget = budgets::budget(&w.svc, &board, id).await.unwrap();
        let mut projects = Vec::new();
        for (title, cost) in [("Bench", "300.25"), ("Swings", "600.10"), ("Mural", "250.05")] {
            let p = ProjectInput {
                title: String::from(title),
                description: String::new(),
                cost: String::from(cost),
                idea_id: None,
            };
            projects.push(budgets::add_project(&w.svc, &fac, &board, &budget, &p, w.now()).await.unwrap().0);
        }
        let mark = |ps: &[i64]| BudgetMarks { projects: ps.iter().map(i64::to_string).collect(), points: Vec::new() };
        for (n, who) in VOTERS.iter().enumerate() {
            let (voter, b) = w.in_initiative(who, &f.public_slug).await;
            let ticked = if n % 2 == 0 { vec![projects[0], projects[2]] } else { vec![projects[1]] };
            budgets::cast(&w.svc, &voter, &b, &budget, &mark(&ticked), w.now()).await.unwrap();
        }
        crate::paper_budget_ballots(&w, &f.public_slug, &budget, &mark(&[projects[2]]), 1).await;
        let budget = budgets::budget(&w.svc, &board, id).await.unwrap();

        w.clock.advance(30 * 86_400);
        assert!(run_due_jobs(&w).await.iter().any(|k| k == counts::COUNT_JOB));
        let view = budgets::view(&w.svc, &fac, &board, &budget, w.now()).await.unwrap();
        let Some(BudgetOutcome::Counted { outcome: Some(outcome), record, .. }) = view.result else {
            panic!("five ballots count")
        };
        assert_eq!(record.ballots, 5);
        assert_eq!(outcome.budget.to_string(), "1000.5", "amounts with decimals come back exact");
        assert!(!outcome.selected.is_empty());
        let r = counts::recount_budget(&w.svc, &fac, &board, &budget, w.now()).await.unwrap();
        assert!(r.matches, "the stored Equal Shares outcome reads back equal to a fresh count: {r:?}");
        let page = budgets::bulletin(&w.svc, &fac, &budget, "", 100, w.now()).await.unwrap();
        assert_eq!(page.items.len(), 5);
    })
    .await;
}
