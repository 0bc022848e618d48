//! Contract of polls and budgets (issue 5) on SQLite and PostgreSQL: exactly
//! one ballot per member however many submissions race, paper ballots kept
//! apart with their note, counts made from the stored ballots.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use tandem_decide::amount::Decimal;
use tandem_domain::{
    Timestamp,
    charter::{DecisionArea, InfluenceLevel},
    community::CommunityKind,
    decisions::{
        BudgetBallot, BudgetBallotInput, BudgetDraft, BudgetRule, Dates, PollBallot, PollDraft, PollMethod,
        ProjectDraft, ProjectStatus, count_poll,
    },
    initiative::Visibility,
    text::Slug,
};
use tandem_store::{
    Db, charter, communities,
    decisions::{self, BallotBox},
    initiatives,
    testing::{TestDb, backends},
    users,
};

const NOW: Timestamp = Timestamp(1_795_000_000);

/// An initiative with one charter decision area, and three people.
async fn world(db: &Db) -> (i64, i64, Vec<i64>) {
    let new = communities::NewCommunity {
        slug: "riverbend",
        name: "Riverbend",
        kind: CommunityKind::District,
        description: "",
    };
    let community = communities::create(&mut db.acquire().await.unwrap(), &new, NOW).await.unwrap();
    let fields = initiatives::InitiativeFields {
        school_id: None,
        title: "Lunch",
        summary: "",
        visibility: Visibility::Public,
        value_statement: "",
    };
    let (initiative, _) = initiatives::create(
        &mut db.acquire().await.unwrap(),
        community,
        &Slug::from_title("Lunch"),
        &fields,
        None,
        NOW,
        true,
    )
    .await
    .unwrap();
    let area = DecisionArea {
        title: String::from("Lunch times"),
        level: InfluenceLevel::Empower,
        final_decision_by: String::from("Head teacher"),
        fixed: String::new(),
        risks: String::new(),
        reciprocity: String::new(),
    };
    let area = charter::apply(&mut db.acquire().await.unwrap(), initiative, charter::Change::AddArea(&area), None, NOW)
        .await
        .unwrap()
        .unwrap();
    let mut people = Vec::new();
    for i in 0..3 {
        let name = format!("Voter {i}");
        let u =
            users::NewUser { email: None, display_name: &name, password_hash: None, lang: "en", is_site_admin: false };
        people.push(users::create(db.pool(), &u, NOW).await.unwrap());
    }
    (initiative, area, people)
}

fn dates() -> Dates {
    Dates { opens_at: NOW, closes_at: NOW.plus_days(7) }
}

#[tokio::test]
async fn one_ballot_per_member_however_many_submissions_race() {
    for backend in backends() {
        let t = TestDb::new(backend).await.unwrap();
        let db = t.db.clone();
        let (initiative, area, people) = world(&db).await;
        let draft = PollDraft {
            title: String::from("Lunch slot"),
            description: String::new(),
            method: PollMethod::Irv,
            options: vec![String::from("12:00"), String::from("12:30"), String::from("13:00")],
            area_id: area,
            dates: dates(),
            quorum: 2,
            eligible_groups: vec![],
        };
        let poll =
            decisions::create_poll(&mut db.acquire().await.unwrap(), initiative, &draft, None, NOW).await.unwrap();
        // 24 submissions from the same member at once, each a different ranking.
        let voter = people[0];
        let mut tasks = Vec::new();
        for n in 0..24_i64 {
            let db = db.clone();
            let content = if n % 2 == 0 { "1,2,3" } else { "3,2,1" };
            tasks.push(tokio::spawn(async move {
                let mut conn = db.acquire().await?;
                let tracker = format!("T{n:04}");
                decisions::cast(&mut conn, BallotBox::Poll, poll, voter, None, content, &tracker, NOW.plus_secs(n))
                    .await
            }));
        }
        let mut trackers = Vec::new();
        for task in tasks {
            trackers.push(task.await.unwrap().unwrap());
        }
        let stored = decisions::ballots(db.pool(), BallotBox::Poll, poll).await.unwrap();
        assert_eq!(stored.len(), 1, "{backend:?}: exactly one ballot counts");
        assert!(trackers.iter().all(|t| *t == stored[0].tracker), "{backend:?}: one tracker, kept: {trackers:?}");
        assert!(["1,2,3", "3,2,1"].contains(&stored[0].content.as_str()));
        // Others vote; a paper ballot is added with its note; the member changes their mind.
        let mut conn = db.acquire().await.unwrap();
        decisions::cast(&mut conn, BallotBox::Poll, poll, people[1], None, "2,1", "A", NOW).await.unwrap();
        decisions::cast(&mut conn, BallotBox::Poll, poll, people[2], None, "2", "B", NOW).await.unwrap();
        decisions::cast_paper(
            db.pool(),
            BallotBox::Poll,
            poll,
            "2,3",
            "P",
            people[1],
            "Paper ballot from the parents' evening",
            NOW,
        )
        .await
        .unwrap();
        decisions::cast(&mut conn, BallotBox::Poll, poll, voter, None, "1,2,3", "C", NOW.plus_secs(100)).await.unwrap();
        let stored = decisions::ballots(db.pool(), BallotBox::Poll, poll).await.unwrap();
        assert_eq!(stored.len(), 4);
        let paper: Vec<_> = stored.iter().filter(|b| b.user_id.is_none()).collect();
        assert_eq!(paper.len(), 1);
        assert_eq!(paper[0].note, "Paper ballot from the parents' evening");
        let (mine, tracker) = decisions::my_ballot(db.pool(), BallotBox::Poll, poll, voter).await.unwrap().unwrap();
        assert_eq!(
            (mine.as_str(), tracker.as_str()),
            ("1,2,3", stored.iter().find(|b| b.user_id == Some(voter)).unwrap().tracker.as_str())
        );
        let p = decisions::poll(&mut db.acquire().await.unwrap(), initiative, poll).await.unwrap().unwrap();
        assert_eq!(p.ballots, 3, "the paper ballot counts once confirmed");
        assert_eq!((p.paper.entered, p.paper.confirmed), (1, 0));
        let by_who_entered = decisions::confirm_paper(db.pool(), BallotBox::Poll, poll, paper[0].id, people[1], NOW);
        assert!(!by_who_entered.await.unwrap(), "not by who entered it");
        assert!(decisions::confirm_paper(db.pool(), BallotBox::Poll, poll, paper[0].id, people[2], NOW).await.unwrap());
        assert!(
            !decisions::confirm_paper(db.pool(), BallotBox::Poll, poll, paper[0].id, people[0], NOW).await.unwrap()
        );
        let p = decisions::poll(&mut db.acquire().await.unwrap(), initiative, poll).await.unwrap().unwrap();
        assert_eq!(p.ballots, 4);
        assert_eq!((p.paper.entered, p.paper.confirmed), (1, 1));
        assert_eq!(p.options.len(), 3);
        let parsed: Vec<PollBallot> =
            stored.iter().filter_map(|b| PollBallot::decode(p.method, p.options.len(), &b.content)).collect();
        // 12:30 has 3 first preferences of 4.
        assert_eq!(count_poll(p.method, &p.options, &parsed).winners(), &[1]);
    }
}

#[tokio::test]
async fn budgets_keep_projects_and_one_ballot_per_member() {
    for backend in backends() {
        let t = TestDb::new(backend).await.unwrap();
        let db = t.db.clone();
        let (initiative, area, people) = world(&db).await;
        let total = Decimal::parse("10000").unwrap();
        let draft = BudgetDraft {
            title: String::from("Playground fund"),
            description: String::new(),
            total,
            currency: String::from("€"),
            ballot: BudgetBallot::Approval,
            points: 0,
            rule: BudgetRule::EqualShares,
            area_id: area,
            dates: dates(),
            eligible_groups: vec![],
        };
        let budget = decisions::create_budget(db.pool(), initiative, &draft, None, NOW).await.unwrap();
        let project = |t: &str, c: &str| ProjectDraft::parse(t, "", c, total).unwrap();
        let a = decisions::add_project(
            db.pool(),
            budget,
            &project("Shade sails", "6000"),
            ProjectStatus::OnBallot,
            None,
            None,
            NOW,
        )
        .await
        .unwrap();
        let b = decisions::add_project(
            db.pool(),
            budget,
            &project("Benches", "2500.50"),
            ProjectStatus::Proposed,
            None,
            Some(people[0]),
            NOW,
        )
        .await
        .unwrap();
        assert!(decisions::set_project_status(db.pool(), budget, b, ProjectStatus::OnBallot).await.unwrap());
        assert!(!decisions::set_project_status(db.pool(), budget + 1000, b, ProjectStatus::Declined).await.unwrap());
        let list = decisions::projects(db.pool(), budget).await.unwrap();
        assert_eq!(list[1].cost, Decimal::parse("2500.5").unwrap());
        assert_eq!(list[1].proposed_by, Some(people[0]));
        let mut tasks = Vec::new();
        for n in 0..16_i64 {
            let db = db.clone();
            let content = BudgetBallotInput(vec![(a, 1), (b, 1)]).encode();
            let voter = people[1];
            tasks.push(tokio::spawn(async move {
                let mut conn = db.acquire().await?;
                let tracker = format!("T{n:04}");
                let at = NOW.plus_secs(n);
                decisions::cast(&mut conn, BallotBox::Budget, budget, voter, None, &content, &tracker, at).await
            }));
        }
        for task in tasks {
            task.await.unwrap().unwrap();
        }
        let stored = decisions::ballots(db.pool(), BallotBox::Budget, budget).await.unwrap();
        assert_eq!(stored.len(), 1, "{backend:?}");
        assert_eq!(BudgetBallotInput::decode(&stored[0].content), Some(BudgetBallotInput(vec![(a, 1), (b, 1)])));
        let saved = decisions::budget(db.pool(), initiative, budget).await.unwrap().unwrap();
        assert_eq!((saved.total, saved.rule, saved.ballots), (total, BudgetRule::EqualShares, 1));
    }
}

#[tokio::test]
async fn the_seal_unlinks_every_ballot_from_its_voter_and_keeps_the_roll() {
    for backend in backends() {
        let t = TestDb::new(backend).await.unwrap();
        let db = t.db.clone();
        let (initiative, area, people) = world(&db).await;
        let draft = PollDraft {
            title: String::from("Lunch slot"),
            description: String::new(),
            method: PollMethod::Plurality,
            options: vec![String::from("12:00"), String::from("12:30")],
            area_id: area,
            dates: dates(),
            quorum: 0,
            eligible_groups: vec![],
        };
        let poll =
            decisions::create_poll(&mut db.acquire().await.unwrap(), initiative, &draft, None, NOW).await.unwrap();
        let mut conn = db.acquire().await.unwrap();
        // Trackers in the reverse order of voting, so the seal's order differs from the casting order.
        let votes = [(people[0], "1", "ZZZ"), (people[1], "2", "MMM"), (people[2], "2", "AAA")];
        for (n, (user, content, tracker)) in votes.iter().enumerate() {
            decisions::cast(&mut conn, BallotBox::Poll, poll, *user, None, content, tracker, NOW.plus_secs(n as i64))
                .await
                .unwrap();
            let key = format!("{}{tracker}", decisions::tracker_email_prefix(BallotBox::Poll, poll));
            let job = tandem_store::jobs::NewJob {
                kind: "email",
                payload: "{}",
                run_at: NOW,
                max_attempts: 3,
                dedupe_key: Some(&key),
            };
            tandem_store::jobs::enqueue(&mut *conn, &job, NOW).await.unwrap();
        }
        let before = decisions::ballots(db.pool(), BallotBox::Poll, poll).await.unwrap();
        let mut tx = db.begin().await.unwrap();
        assert!(decisions::seal(&mut tx, BallotBox::Poll, poll, NOW.plus_secs(3600)).await.unwrap());
        tx.commit().await.unwrap();
        let mut tx = db.begin().await.unwrap();
        assert!(!decisions::seal(&mut tx, BallotBox::Poll, poll, NOW.plus_secs(7200)).await.unwrap(), "once");
        tx.commit().await.unwrap();

        let after = decisions::ballots(db.pool(), BallotBox::Poll, poll).await.unwrap();
        assert!(after.iter().all(|b| b.user_id.is_none()), "{backend:?}: {after:?}");
        let trackers: Vec<&str> = after.iter().map(|b| b.tracker.as_str()).collect();
        assert_eq!(trackers, ["AAA", "MMM", "ZZZ"], "{backend:?}: rows in tracker order, not casting order");
        assert!(after.iter().all(|b| b.updated_at == NOW.plus_secs(3600)), "{backend:?}: no casting times");
        let mut contents: Vec<(&str, &str)> = after.iter().map(|b| (b.tracker.as_str(), b.content.as_str())).collect();
        contents.sort();
        let mut expected: Vec<(&str, &str)> = before.iter().map(|b| (b.tracker.as_str(), b.content.as_str())).collect();
        expected.sort();
        assert_eq!(contents, expected, "{backend:?}: every ballot kept as cast");
        for (user, _, _) in votes {
            assert!(
                decisions::voted(db.pool(), BallotBox::Poll, poll, user).await.unwrap(),
                "{backend:?}: on the roll"
            );
            assert_eq!(decisions::my_ballot(db.pool(), BallotBox::Poll, poll, user).await.unwrap(), None);
        }
        assert_eq!(tandem_store::jobs::pending_count(db.pool()).await.unwrap(), 0, "{backend:?}: tracker emails gone");
    }
}
