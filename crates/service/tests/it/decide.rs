//! Polls and participatory budgets: the charter first, one ballot per member
//! that can be changed until the close, paper ballots with a note, results
//! only once voting closes, small turnouts suppressed.

use tandem_domain::decisions::{BudgetMarks, PollMarks, ProjectStatus, VoteRefused};
use tandem_service::{
    Error,
    audit::{self, Query},
    budgets::{self, BudgetInput, BudgetOutcome, ProjectInput},
    polls::{self, Ending, PollInput, PollOutcome},
    testing::{World, on_each_backend},
};

use crate::{fields_of, poll_input};

fn choose(option: &str) -> PollMarks {
    PollMarks { choice: String::from(option), ..PollMarks::default() }
}

#[tokio::test]
async fn a_poll_needs_the_charter_counts_the_last_ballot_of_each_member_and_shows_results_after_closing() {
    on_each_backend(async |w: World| {
        let f = w.riverbend().await;
        let (fac, board) = w.in_initiative("fac@example.org", &f.public_slug).await;
        let early = polls::create(&w.svc, &fac, &board, &poll_input(0), w.now()).await;
        assert_eq!(early, Err(Error::Conflict("decide-needs-charter")));

        let area = w.open_for_participation(&f.public_slug).await;
        let (fac, board) = w.in_initiative("fac@example.org", &f.public_slug).await;
        let bad =
            PollInput { options: vec![String::from("Only one")], closes_on: String::from("soon"), ..poll_input(area) };
        assert_eq!(fields_of(polls::create(&w.svc, &fac, &board, &bad, w.now()).await), ["options", "closes_on"]);
        let id = polls::create(&w.svc, &fac, &board, &poll_input(area), w.now()).await.unwrap();
        let poll = polls::poll(&w.svc, &board, id).await.unwrap();

        for (who, first, then) in
            [("member@example.org", "1", "2"), ("pupil@example.org", "2", "2"), ("admin@example.org", "3", "2")]
        {
            let (voter, board) = w.in_initiative(who, &f.public_slug).await;
            polls::cast(&w.svc, &voter, &board, &poll, &choose(first), w.now()).await.unwrap();
            polls::cast(&w.svc, &voter, &board, &poll, &choose(then), w.now()).await.unwrap();
        }
        let (observer, board) = w.in_initiative("observer@example.org", &f.public_slug).await;
        let refused = polls::cast(&w.svc, &observer, &board, &poll, &choose("1"), w.now()).await;
        assert_eq!(refused, Err(Error::Conflict(VoteRefused::Observer.message())));
        let (member, board) = w.in_initiative("member@example.org", &f.public_slug).await;
        assert_eq!(fields_of(polls::cast(&w.svc, &member, &board, &poll, &choose("4"), w.now()).await), ["choice"]);

        // Paper ballots are declared before they are entered; each needs a
        // note saying where it came from, is audited, and counts once a
        // second facilitator confirms it.
        let box_note = "Parents' evening box";
        let undeclared = polls::cast_paper(&w.svc, &fac, &board, &poll, &choose("1"), box_note, w.now()).await;
        assert_eq!(undeclared, Err(Error::Conflict("error-paper-undeclared")));
        polls::declare_paper(&w.svc, &fac, &board, &poll, "1", "", w.now()).await.unwrap();
        let no_note = polls::cast_paper(&w.svc, &fac, &board, &poll, &choose("1"), "", w.now()).await;
        assert_eq!(fields_of(no_note), ["note"]);
        polls::cast_paper(&w.svc, &fac, &board, &poll, &choose("1"), box_note, w.now()).await.unwrap();
        let more = polls::cast_paper(&w.svc, &fac, &board, &poll, &choose("1"), box_note, w.now()).await;
        assert_eq!(more, Err(Error::Conflict("error-paper-all-entered")), "no more than declared");
        let entered = polls::view(&w.svc, &fac, &poll, w.now()).await.unwrap().paper;
        assert_eq!(entered.len(), 1);
        let own = polls::confirm_paper(&w.svc, &fac, &board, &poll, entered[0].id, w.now()).await;
        assert_eq!(own, Err(Error::Conflict("error-paper-not-confirmable")), "not by who entered it");
        let (admin_in, _) = w.in_initiative("admin@example.org", &f.public_slug).await;
        polls::confirm_paper(&w.svc, &admin_in, &board, &poll, entered[0].id, w.now()).await.unwrap();
        let admin = w.access("admin@example.org").await;
        for (action, count) in [("poll.paper", 1), ("paper.declare", 1), ("paper.confirm", 1)] {
            let q = Query { action: String::from(action), ..Query::default() };
            let (log, _) = audit::list(&w.svc, &admin, &q, 50).await.unwrap();
            assert_eq!(log.total, count, "{action}");
        }

        let open = polls::view(&w.svc, &member, &poll, w.now()).await.unwrap();
        assert!(open.result.is_none(), "no result while voting is open");
        let (mine, tracker) = open.mine.expect("the member's ballot while open");
        assert_eq!(mine, tandem_domain::decisions::PollBallot::One(2));
        assert_eq!(tracker.len(), 11, "{tracker}");
        let after_close = w.now().plus_days(30);
        let closed = polls::view(&w.svc, &member, &poll, after_close).await.unwrap();
        // Four ballots are fewer than the community's threshold of 5: only the
        // outcome is published, no count and no group.
        match closed.result.unwrap() {
            PollOutcome::TooFew { winners, threshold } => {
                assert_eq!(winners, [1], "Elm (counted from 0): three members' last ballots against one paper ballot");
                assert_eq!(threshold, 5);
            }
            other => panic!("{other:?}"),
        }
        let late = polls::cast(&w.svc, &member, &board, &poll, &choose("1"), after_close).await;
        assert_eq!(late, Err(Error::Conflict(VoteRefused::Closed.message())));
    })
    .await;
}

fn budget_input(area: i64) -> BudgetInput {
    BudgetInput {
        title: String::from("Playground fund"),
        total: String::from("1000"),
        ballot: String::from("approval"),
        rule: String::from("greedy"),
        decision_area_id: Some(area),
        closes_on: String::from("2026-11-30"),
        ..BudgetInput::default()
    }
}

fn project(title: &str, cost: &str) -> ProjectInput {
    ProjectInput {
        title: String::from(title),
        description: String::from("For everyone"),
        cost: String::from(cost),
        idea_id: None,
    }
}

#[tokio::test]
async fn members_propose_facilitators_put_projects_on_the_ballot_and_ballots_stay_within_budget() {
    on_each_backend(async |w: World| {
        let f = w.riverbend().await;
        let area = w.open_for_participation(&f.public_slug).await;
        let (fac, board) = w.in_initiative("fac@example.org", &f.public_slug).await;
        let id = budgets::create(&w.svc, &fac, &board, &budget_input(area), w.now()).await.unwrap();
        let budget = budgets::budget(&w.svc, &board, id).await.unwrap();

        let (member, board) = w.in_initiative("member@example.org", &f.public_slug).await;
        let (proposed, status) =
            budgets::add_project(&w.svc, &member, &board, &budget, &project("Bench", "300"), w.now()).await.unwrap();
        assert_eq!(status, ProjectStatus::Proposed);
        let refused = budgets::set_project_status(&w.svc, &member, &board, &budget, proposed, "on_ballot", w.now());
        assert_eq!(refused.await, Err(Error::Forbidden));
        budgets::set_project_status(&w.svc, &fac, &board, &budget, proposed, "on_ballot", w.now()).await.unwrap();
        let (swings, status) =
            budgets::add_project(&w.svc, &fac, &board, &budget, &project("Swings", "800"), w.now()).await.unwrap();
        assert_eq!(status, ProjectStatus::OnBallot);
        let bad = budgets::add_project(&w.svc, &fac, &board, &budget, &project("", "-5"), w.now()).await;
        assert_eq!(fields_of(bad), ["title", "cost"]);

        let both = BudgetMarks { projects: vec![proposed.to_string(), swings.to_string()], points: Vec::new() };
        assert!(matches!(
            budgets::cast(&w.svc, &member, &board, &budget, &both, w.now()).await,
            Err(Error::Invalid(_))
        ));
        let bench = BudgetMarks { projects: vec![proposed.to_string()], points: Vec::new() };
        budgets::cast(&w.svc, &member, &board, &budget, &bench, w.now()).await.unwrap();
        let swing = BudgetMarks { projects: vec![swings.to_string()], points: Vec::new() };
        for who in ["admin@example.org", "pupil@example.org"] {
            let (voter, board) = w.in_initiative(who, &f.public_slug).await;
            budgets::cast(&w.svc, &voter, &board, &budget, &swing, w.now()).await.unwrap();
        }
        let after = w.now().plus_days(30);
        let view = budgets::view(&w.svc, &member, &board, &budget, after).await.unwrap();
        // Three ballots: only which projects are funded is published.
        match view.result.unwrap() {
            BudgetOutcome::TooFew { funded, .. } => {
                assert_eq!(funded, [swings], "the most approved first; the bench no longer fits")
            }
            other => panic!("{other:?}"),
        }
        let refused = budgets::export(&w.svc, &member, &budget, after).await;
        assert_eq!(refused, Err(Error::Conflict("error-too-few-to-publish")), "nor their ballots");
    })
    .await;
}

#[tokio::test]
async fn a_site_administrator_who_is_not_a_member_runs_things_but_takes_no_part() {
    on_each_backend(async |w: World| {
        let f = w.riverbend().await;
        let poll = crate::open_poll(&w, &f.public_slug).await;
        let (site, board) = w.in_initiative("site@example.org", &f.public_slug).await;
        assert!(site.can_facilitate(), "staff powers everywhere");
        let not_a_member = Err(Error::Conflict(VoteRefused::NotAMember.message()));
        assert_eq!(polls::cast(&w.svc, &site, &board, &poll, &choose("1"), w.now()).await, not_a_member);

        let (fac, fboard) = w.in_initiative("fac@example.org", &f.public_slug).await;
        let area = tandem_service::charter::areas(&w.svc, &fboard).await.unwrap()[0].id;
        let id = budgets::create(&w.svc, &fac, &fboard, &budget_input(area), w.now()).await.unwrap();
        let budget = budgets::budget(&w.svc, &fboard, id).await.unwrap();
        let (bench, _) =
            budgets::add_project(&w.svc, &fac, &fboard, &budget, &project("Bench", "300"), w.now()).await.unwrap();
        let marks = BudgetMarks { projects: vec![bench.to_string()], points: Vec::new() };
        assert_eq!(budgets::cast(&w.svc, &site, &board, &budget, &marks, w.now()).await, not_a_member);

        let idea = tandem_service::ideas::IdeaInput {
            kind: String::from("idea"),
            title: String::from("Site-wide idea"),
            body: String::from("From outside"),
            accept_conduct: true,
            ..Default::default()
        };
        let posted = tandem_service::ideas::post(&w.svc, &site, &board, &idea, w.now()).await;
        assert_eq!(posted, Err(Error::Conflict("ideas-refused-member")));
        let (member, mboard) = w.in_initiative("member@example.org", &f.public_slug).await;
        let mine = tandem_service::ideas::post(&w.svc, &member, &mboard, &idea, w.now()).await.unwrap();
        let seen = tandem_service::ideas::idea(&w.svc, &site, &board, mine).await.unwrap();
        let endorsed = tandem_service::ideas::endorse(&w.svc, &site, &board, &seen, true, w.now()).await;
        assert!(matches!(endorsed, Err(Error::Conflict(_))), "{endorsed:?}");
    })
    .await;
}

#[tokio::test]
async fn the_ballot_file_defuses_spreadsheet_formulas() {
    on_each_backend(async |w: World| {
        let f = w.riverbend().await;
        let area = w.open_for_participation(&f.public_slug).await;
        let (fac, board) = w.in_initiative("fac@example.org", &f.public_slug).await;
        let id = budgets::create(&w.svc, &fac, &board, &budget_input(area), w.now()).await.unwrap();
        let budget = budgets::budget(&w.svc, &board, id).await.unwrap();
        let (risky, _) =
            budgets::add_project(&w.svc, &fac, &board, &budget, &project("=SUM(A1:A9)", "300"), w.now()).await.unwrap();
        let marks = BudgetMarks { projects: vec![risky.to_string()], points: Vec::new() };
        for who in ["admin@example.org", "fac@example.org", "member@example.org", "pupil@example.org"] {
            let (voter, board) = w.in_initiative(who, &f.public_slug).await;
            budgets::cast(&w.svc, &voter, &board, &budget, &marks, w.now()).await.unwrap();
        }
        crate::paper_budget_ballots(&w, &f.public_slug, &budget, &marks, 1).await;
        let pb = budgets::export(&w.svc, &fac, &budget, w.now().plus_days(30)).await.unwrap();
        assert!(pb.contains(";'=SUM(A1:A9)"), "{pb}");
        assert!(!pb.contains(";=SUM"), "no cell starts with =");
    })
    .await;
}

#[tokio::test]
async fn a_poll_changes_only_before_the_first_ballot_and_ends_early_only_with_a_public_reason() {
    on_each_backend(async |w: World| {
        let f = w.riverbend().await;
        let poll = crate::open_poll(&w, &f.public_slug).await;
        let (fac, board) = w.in_initiative("fac@example.org", &f.public_slug).await;
        let area = poll.decision_area_id.unwrap();
        let renamed = PollInput { title: String::from("Name the new school, please"), ..poll_input(area) };
        polls::update(&w.svc, &fac, &board, &poll, &renamed, w.now()).await.unwrap();
        let poll = polls::poll(&w.svc, &board, poll.id).await.unwrap();
        assert_eq!(poll.title, "Name the new school, please");
        let (member, mboard) = w.in_initiative("member@example.org", &f.public_slug).await;
        assert_eq!(polls::update(&w.svc, &member, &mboard, &poll, &renamed, w.now()).await, Err(Error::Forbidden));
        polls::cast(&w.svc, &member, &mboard, &poll, &choose("2"), w.now()).await.unwrap();
        let after_vote = polls::update(&w.svc, &fac, &board, &poll, &poll_input(area), w.now()).await;
        assert_eq!(after_vote, Err(Error::Conflict("error-poll-has-ballots")), "the question stands as asked");

        let no_reason = polls::end(&w.svc, &fac, &board, &poll, Ending::CloseEarly, " ", w.now()).await;
        assert_eq!(fields_of(no_reason), ["reason"]);
        polls::end(&w.svc, &fac, &board, &poll, Ending::CloseEarly, "The board meets tomorrow", w.now()).await.unwrap();
        let closed = polls::poll(&w.svc, &board, poll.id).await.unwrap();
        assert_eq!((closed.closed_early_at, closed.end_reason.as_str()), (Some(w.now()), "The board meets tomorrow"));
        assert_eq!(polls::window_of(&closed, w.now()), tandem_domain::decisions::Window::Closed);
        let late = polls::cast(&w.svc, &member, &mboard, &closed, &choose("1"), w.now()).await;
        assert_eq!(late, Err(Error::Conflict(VoteRefused::Closed.message())));
        let again = polls::end(&w.svc, &fac, &board, &closed, Ending::Cancel, "Changed our minds", w.now()).await;
        assert_eq!(again, Err(Error::Conflict("decide-refused-closed")), "an ended poll stays ended");
    })
    .await;
}

#[tokio::test]
async fn a_cancelled_poll_counts_nothing_and_no_poll_is_put_to_an_area_that_only_informs() {
    on_each_backend(async |w: World| {
        let f = w.riverbend().await;
        let poll = crate::open_poll(&w, &f.public_slug).await;
        let (fac, board) = w.in_initiative("fac@example.org", &f.public_slug).await;
        polls::end(&w.svc, &fac, &board, &poll, Ending::Cancel, "Asked the wrong question", w.now()).await.unwrap();
        let cancelled = polls::poll(&w.svc, &board, poll.id).await.unwrap();
        let view = polls::view(&w.svc, &fac, &cancelled, w.now().plus_days(30)).await.unwrap();
        assert!(view.result.is_none(), "nothing counted");
        assert_eq!(cancelled.end_reason, "Asked the wrong question");

        // An area the charter only informs about cannot be put to a vote.
        let inform = tandem_service::charter::AreaInput {
            title: String::from("Hiring"),
            level: String::from("inform"),
            final_decision_by: String::from("HR"),
            fixed: String::from("The contract"),
            risks: String::new(),
            reciprocity: String::from("You hear first"),
        };
        let edit = tandem_service::charter::Edit::AddArea(inform);
        tandem_service::charter::edit(&w.svc, &fac, &board, &edit, "Adding hiring", w.now()).await.unwrap();
        let (fac, board) = w.in_initiative("fac@example.org", &f.public_slug).await;
        let areas = tandem_service::charter::areas(&w.svc, &board).await.unwrap();
        let hiring = areas.iter().find(|a| a.area.title == "Hiring").unwrap().id;
        let refused = polls::create(&w.svc, &fac, &board, &poll_input(hiring), w.now()).await;
        assert_eq!(fields_of(refused), ["area"]);
        let budget = budgets::create(&w.svc, &fac, &board, &budget_input(hiring), w.now()).await;
        assert_eq!(fields_of(budget), ["area"]);
    })
    .await;
}

#[tokio::test]
async fn an_objection_gives_its_reason_and_the_result_publishes_it_without_a_name() {
    on_each_backend(async |w: World| {
        let f = w.riverbend().await;
        let area = w.open_for_participation(&f.public_slug).await;
        let (fac, board) = w.in_initiative("fac@example.org", &f.public_slug).await;
        let consent = PollInput { method: String::from("consent"), options: Vec::new(), ..poll_input(area) };
        let id = polls::create(&w.svc, &fac, &board, &consent, w.now()).await.unwrap();
        let poll = polls::poll(&w.svc, &board, id).await.unwrap();
        let stance =
            |s: &str, reason: &str| PollMarks { stance: s.into(), reason: reason.into(), ..PollMarks::default() };
        let (member, mboard) = w.in_initiative("member@example.org", &f.public_slug).await;
        let bare = polls::cast(&w.svc, &member, &mboard, &poll, &stance("block", ""), w.now()).await;
        assert_eq!(fields_of(bare), ["reason"]);
        polls::cast(&w.svc, &member, &mboard, &poll, &stance("block", "Buses leave before clubs end"), w.now())
            .await
            .unwrap();
        for who in ["admin@example.org", "fac@example.org", "pupil@example.org"] {
            let (voter, b) = w.in_initiative(who, &f.public_slug).await;
            polls::cast(&w.svc, &voter, &b, &poll, &stance("agree", ""), w.now()).await.unwrap();
        }
        crate::paper_poll_ballots(&w, &f.public_slug, &poll, &stance("agree", ""), 1).await;
        let view = polls::view(&w.svc, &fac, &poll, w.now().plus_days(30)).await.unwrap();
        match view.result.unwrap() {
            PollOutcome::Counted { objections, .. } => assert_eq!(objections, ["Buses leave before clubs end"]),
            other => panic!("{other:?}"),
        }
    })
    .await;
}
