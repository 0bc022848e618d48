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
                decisions::cast(db.pool(), BallotBox::Poll, poll, voter, None, content, NOW.plus_secs(n)).await
            }));
        }
        for task in tasks {
            task.await.unwrap().unwrap();
        }
        let stored = decisions::ballots(db.pool(), BallotBox::Poll, poll).await.unwrap();
        assert_eq!(stored.len(), 1, "{backend:?}: exactly one ballot counts");
        assert!(["1,2,3", "3,2,1"].contains(&stored[0].content.as_str()));
        // Others vote; a paper ballot is added with its note; the member changes their mind.
        decisions::cast(db.pool(), BallotBox::Poll, poll, people[1], None, "2,1", NOW).await.unwrap();
        decisions::cast(db.pool(), BallotBox::Poll, poll, people[2], None, "2", NOW).await.unwrap();
        decisions::cast_paper(
            db.pool(),
            BallotBox::Poll,
            poll,
            "2,3",
            people[1],
            "Paper ballot from the parents' evening",
            NOW,
        )
        .await
        .unwrap();
        decisions::cast(db.pool(), BallotBox::Poll, poll, voter, None, "1,2,3", NOW.plus_secs(100)).await.unwrap();
        let stored = decisions::ballots(db.pool(), BallotBox::Poll, poll).await.unwrap();
        assert_eq!(stored.len(), 4);
        let paper: Vec<_> = stored.iter().filter(|b| b.user_id.is_none()).collect();
        assert_eq!(paper.len(), 1);
        assert_eq!(paper[0].note, "Paper ballot from the parents' evening");
        assert_eq!(
            decisions::my_ballot(db.pool(), BallotBox::Poll, poll, voter).await.unwrap().as_deref(),
            Some("1,2,3")
        );
        let p = decisions::poll(&mut db.acquire().await.unwrap(), initiative, poll).await.unwrap().unwrap();
        assert_eq!(p.ballots, 4);
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
                decisions::cast(db.pool(), BallotBox::Budget, budget, voter, None, &content, NOW.plus_secs(n)).await
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
