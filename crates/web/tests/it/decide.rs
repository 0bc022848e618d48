//! Polls and participatory budgets end to end, on both databases: the charter
//! gate, ballots checked and changeable, eligibility, paper ballots with their
//! note, results counted from the ballots only after closing, explanations,
//! the anonymised export and the API.

use serde_json::{Value, json};
use tandem_store::decisions::{self as store, BallotBox};

use crate::support::*;

fn decide(f: &Fixture) -> String {
    format!("/c/riverbend/i/{}/decide", f.public_slug)
}

fn base(f: &Fixture) -> String {
    format!("/c/riverbend/i/{}", f.public_slug)
}

#[tokio::test]
async fn polls_need_the_charter_and_count_every_ballot_after_closing() {
    on_each_backend(|app| async move {
        let f = app.riverbend().await;
        let fac = app.login("fac@example.org").await;
        let (_, html) = get_text(&fac, &app.url(&decide(&f))).await;
        assert!(html.contains("can only be created once the power-sharing charter is published"));
        let (_, area) = app.open_board(&f).await;
        let area = area.to_string();
        let polls = format!("{}/polls", base(&f));
        let r = app
            .post_form(
                &fac,
                &decide(&f),
                &polls,
                &[("title", "Lunch?"), ("method", "irv"), ("options", "Only one"), ("closes_on", "2026-11-25")],
            )
            .await;
        assert_eq!(r.status().as_u16(), 422);
        let html = r.text().await.unwrap();
        assert!(html.contains("Give between 2 and 20 options, one per line."));
        assert!(html.contains("Choose the decision area of the charter this belongs to."));
        let fields = [
            ("title", "Which lunch slot?"),
            ("method", "irv"),
            ("options", "Early\nMiddle\nLate"),
            ("area", area.as_str()),
            ("closes_on", "2026-11-25"),
            ("quorum", "2"),
        ];
        let r = app.post_form(&fac, &decide(&f), &polls, &fields).await;
        assert_eq!(r.status().as_u16(), 303);
        let poll = location(&r);
        let id: i64 = poll.rsplit('/').next().unwrap().parse().unwrap();

        let member = app.login("member@example.org").await;
        let (_, html) = get_text(&member, &app.url(&poll)).await;
        assert!(
            html.contains("Level of influence:") && html.contains("Consult"),
            "the charter's level is on the ballot"
        );
        assert!(html.contains("Rank the options"));
        let ballot = format!("{poll}/ballot");
        let r = app.post_form(&member, &poll, &ballot, &[("rank_1", "1"), ("rank_2", "1")]).await;
        assert_eq!(r.status().as_u16(), 422);
        let html = r.text().await.unwrap();
        assert!(html.contains("Each rank can be used once"));
        for sent in ["rank_1", "rank_2"] {
            assert!(
                !html.contains(&format!("name=\"{sent}\"><option value=\"\" selected")),
                "{sent}: the rank given stays chosen"
            );
        }
        let r = app.post_form(&member, &poll, &ballot, &[("rank_2", "1"), ("rank_1", "2")]).await;
        assert_eq!(r.status().as_u16(), 303);
        let (_, html) = get_text(&member, &app.url(&poll)).await;
        assert!(html.contains("Your ballot: 1. Middle, 2. Early"), "the ballot is shown back");
        let r = app.post_form(&member, &poll, &ballot, &[("rank_3", "1"), ("rank_2", "2")]).await;
        assert_eq!(r.status().as_u16(), 303, "a ballot can be changed while the poll is open");
        let observer = app.login("observer@example.org").await;
        let r = app.post_form(&observer, &poll, &ballot, &[("rank_1", "1")]).await;
        assert_eq!(r.status().as_u16(), 303);
        let (_, html) = get_text(&observer, &app.url(&poll)).await;
        assert!(html.contains("Observers can read but not vote."));

        // Paper ballots: how many were collected first, then each with its
        // note, counted once a second facilitator confirms it.
        let paper = format!("{poll}/paper");
        let declare = format!("{paper}/declare");
        let r = app.post_form(&fac, &poll, &paper, &[("rank_2", "1"), ("note", "Box at the parents' evening")]).await;
        assert_eq!(r.status().as_u16(), 303);
        assert!(store::ballots(app.db.pool(), BallotBox::Poll, id).await.unwrap().len() == 1, "refused: undeclared");
        let r = app.post_form(&fac, &poll, &declare, &[("declared", "many"), ("counting_until", "")]).await;
        assert_eq!(r.status().as_u16(), 422);
        let r = app.post_form(&fac, &poll, &declare, &[("declared", "1"), ("counting_until", "")]).await;
        assert_eq!(r.status().as_u16(), 303);
        let r = app.post_form(&fac, &poll, &paper, &[("rank_2", "1"), ("note", "")]).await;
        assert_eq!(r.status().as_u16(), 422, "a paper ballot needs its note");
        let r = app.post_form(&fac, &poll, &paper, &[("rank_2", "1"), ("note", "Box at the parents' evening")]).await;
        assert_eq!(r.status().as_u16(), 303);
        let admin = app.login("admin@example.org").await;
        assert_eq!(app.post_form(&admin, &poll, &ballot, &[("rank_2", "1")]).await.status().as_u16(), 303);
        let stored = store::ballots(app.db.pool(), BallotBox::Poll, id).await.unwrap();
        assert_eq!(stored.len(), 3, "member (once), paper, admin; nothing from the observer");
        let entered = stored.iter().find(|b| b.is_paper()).unwrap();
        let confirm = format!("{paper}/{}/confirm", entered.id);
        let (_, html) = get_text(&fac, &app.url(&poll)).await;
        assert!(html.contains("The result is counted when voting closes"));
        assert!(html.contains("Paper ballots entered") && html.contains("Box at the parents"), "the audit list");
        assert!(!html.contains(&confirm), "who entered a ballot is not offered to confirm it");
        app.post_form(&fac, &poll, &confirm, &[]).await;
        let (_, html) = get_text(&admin, &app.url(&poll)).await;
        assert!(html.contains(&confirm), "another facilitator is");
        assert_eq!(app.post_form(&admin, &poll, &confirm, &[]).await.status().as_u16(), 303);
        let stored = store::ballots(app.db.pool(), BallotBox::Poll, id).await.unwrap();
        let entered = stored.iter().find(|b| b.is_paper()).unwrap();
        assert_eq!(entered.confirmed_by_name.as_deref(), Some("admin"), "{entered:?}");

        app.clock.advance(8 * 86_400);
        let (_, html) = get_text(&member, &app.url(&poll)).await;
        assert!(html.contains("Result: Middle"), "Middle has two of three first preferences");
        // Three ballots are fewer than the community's threshold of 5: only the outcome.
        assert!(html.contains("Fewer than 5 ballots were cast"));
        assert!(!html.contains("Instant-runoff rounds"), "no rounds: they would show how three people voted");
        assert!(html.contains("Voting has closed."));
        let r = app.post_form(&member, &poll, &ballot, &[("rank_1", "1")]).await;
        assert_eq!(r.status().as_u16(), 303);
        // The close sealed the ballots: the late one changed nothing, and none has an owner now.
        let sealed = store::ballots(app.db.pool(), BallotBox::Poll, id).await.unwrap();
        assert!(sealed.iter().all(|b| b.user_id.is_none()), "{sealed:?}");
        assert!(sealed.iter().any(|b| b.content == "3,2"));
        assert!(store::voted(app.db.pool(), BallotBox::Poll, id, member_id(&app).await).await.unwrap());
        assert!(html.contains("You voted. Your ballot is no longer linked to you"));

        let api: Value =
            reqwest::get(app.url(&format!("/api/v1/communities/riverbend/initiatives/{}/polls/{id}", f.public_slug)))
                .await
                .unwrap()
                .json()
                .await
                .unwrap();
        assert_eq!(api["state"], "closed");
        assert_eq!(api["result"]["winners"], json!(["Middle"]));
        assert_eq!(api["result"]["ballots"], 3);
        assert_eq!(api["result"]["too_few_to_publish"], true);
        assert!(api["result"]["detail"].is_null(), "no rounds in the API either");
        // Voters are the fixture's "member" and "admin": neither name is a value
        // anywhere (the turnout's labels name groups, never people).
        let text = api.to_string();
        assert!(!text.contains("\"member\"") && !text.contains("\"admin\""), "no voter is named");
        assert_eq!(api["turnout"].as_array().map(Vec::len), Some(0), "nor ballots by group");
    })
    .await;
}

async fn member_id(app: &TestApp) -> i64 {
    tandem_store::users::get_by_email(app.db.pool(), "member@example.org").await.unwrap().unwrap().id
}

#[tokio::test]
async fn eligibility_is_by_stakeholder_group() {
    on_each_backend(|app| async move {
        let f = app.riverbend().await;
        let (_, area) = app.open_board(&f).await;
        let groups = tandem_store::communities::groups(app.db.pool(), f.community_id).await.unwrap();
        let pupils = groups.iter().find(|g| g.key == "pupils").unwrap().id.to_string();
        let fac = app.login("fac@example.org").await;
        let area = area.to_string();
        let fields = [
            ("title", "Pupils only: which club?"),
            ("method", "plurality"),
            ("options", "Chess\nDrama"),
            ("area", area.as_str()),
            ("closes_on", "2026-11-25"),
            ("groups", pupils.as_str()),
        ];
        let r = app.post_form(&fac, &decide(&f), &format!("{}/polls", base(&f)), &fields).await;
        let poll = location(&r);
        let member = app.login("member@example.org").await;
        let (_, html) = get_text(&member, &app.url(&poll)).await;
        assert!(html.contains("This vote is for other stakeholder groups."));
        assert!(html.contains("Members in these groups: Pupils"));
        app.post_form(&member, &poll, &format!("{poll}/ballot"), &[("choice", "1")]).await;
        let id: i64 = poll.rsplit('/').next().unwrap().parse().unwrap();
        assert!(store::ballots(app.db.pool(), BallotBox::Poll, id).await.unwrap().is_empty());
    })
    .await;
}

#[tokio::test]
async fn budgets_take_proposals_keep_ballots_within_budget_and_explain_funding() {
    on_each_backend(|app| async move {
        let f = app.riverbend().await;
        let (_, area) = app.open_board(&f).await;
        let area = area.to_string();
        let fac = app.login("fac@example.org").await;
        let fields = [
            ("title", "Playground fund"),
            ("total", "1000"),
            ("currency", "€"),
            ("ballot", "approval"),
            ("rule", "equal_shares"),
            ("area", area.as_str()),
            ("closes_on", "2026-11-25"),
        ];
        let r = app.post_form(&fac, &decide(&f), &format!("{}/budgets", base(&f)), &fields).await;
        assert_eq!(r.status().as_u16(), 303);
        let budget = location(&r);
        let id: i64 = budget.rsplit('/').next().unwrap().parse().unwrap();
        let projects = format!("{budget}/projects");
        for (title, cost) in [("Library corner", "600"), ("Garden", "500"), ("Benches", "300")] {
            let r = app.post_form(&fac, &budget, &projects, &[("title", title), ("cost", cost)]).await;
            assert_eq!(r.status().as_u16(), 303, "{title}");
        }
        let member = app.login("member@example.org").await;
        let r = app.post_form(&member, &budget, &projects, &[("title", "A new gym"), ("cost", "2000")]).await;
        assert_eq!(r.status().as_u16(), 422);
        assert!(r.text().await.unwrap().contains("cannot cost more than the whole budget"));
        let r = app.post_form(&member, &budget, &projects, &[("title", "Chess sets"), ("cost", "99.50")]).await;
        assert_eq!(r.status().as_u16(), 303);
        let list = store::projects(app.db.pool(), id).await.unwrap();
        let chess = list.iter().find(|p| p.title == "Chess sets").unwrap();
        assert_eq!(chess.status.key(), "proposed", "a member's proposal waits for a facilitator");
        app.post_form(&fac, &budget, &format!("{projects}/{}", chess.id), &[("status", "on_ballot")]).await;
        let list = store::projects(app.db.pool(), id).await.unwrap();
        let pid = |t: &str| list.iter().find(|p| p.title == t).unwrap().id.to_string();

        let ballot = format!("{budget}/ballot");
        let r = app
            .post_form(&member, &budget, &ballot, &[("project", &pid("Library corner")), ("project", &pid("Garden"))])
            .await;
        assert_eq!(r.status().as_u16(), 422);
        let html = r.text().await.unwrap();
        assert!(html.contains("Your choices cost 1100, more than the 1000 available."));
        assert!(html.contains("€1,000"), "money as English writes it, never \"€ 1000\"");
        for ticked in ["Library corner", "Garden"] {
            assert!(html.contains(&format!("value=\"{}\" checked", pid(ticked))), "{ticked} stays ticked to correct");
        }
        let r = app
            .post_form(&member, &budget, &ballot, &[("project", &pid("Library corner")), ("project", &pid("Benches"))])
            .await;
        assert_eq!(r.status().as_u16(), 303);
        let export = format!("{budget}/ballots.pb");
        assert_eq!(member.get(app.url(&export)).send().await.unwrap().status().as_u16(), 403, "not before closing");
        let r = fac.get(app.url(&export)).send().await.unwrap();
        assert_eq!(r.status().as_u16(), 403, "not even for facilitators: the file is the sealed count");

        // A second voter through the API with a personal token.
        let admin = app.login("admin@example.org").await;
        let r = app.post_form(&admin, "/account", "/account/tokens", &[("name", "t"), ("scope", "write")]).await;
        let html = r.text().await.unwrap();
        let start = html.find("tdm_").unwrap();
        let token: String =
            html[start..].chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-').collect();
        let api = reqwest::Client::new();
        let url = app.url(&format!("/api/v1/communities/riverbend/initiatives/{}/budgets/{id}", f.public_slug));
        let garden: i64 = pid("Garden").parse().unwrap();
        let chess: i64 = pid("Chess sets").parse().unwrap();
        let r = api
            .put(format!("{url}/ballot"))
            .bearer_auth(&token)
            .json(&json!({"projects": [garden, chess]}))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status().as_u16(), 200);
        let tracker = r.json::<Value>().await.unwrap()["tracker"].as_str().unwrap().to_owned();
        let mine: Value = api.get(&url).bearer_auth(&token).send().await.unwrap().json().await.unwrap();
        assert_eq!(mine["my_tracker"], json!(tracker));
        assert_eq!(mine["voted"], true);
        let r = api
            .put(format!("{url}/ballot"))
            .bearer_auth(&token)
            .json(&json!({"projects": [garden, 999_999]}))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status().as_u16(), 422, "a project that is not on the ballot");
        // Three paper ballots from the parents' evening, confirmed by the administrator, make five in all.
        let paper = format!("{budget}/paper");
        let declared = [("declared", "3"), ("counting_until", "")];
        assert_eq!(app.post_form(&fac, &budget, &format!("{paper}/declare"), &declared).await.status().as_u16(), 303);
        for choice in ["Garden", "Garden", "Benches"] {
            let fields = [("project", pid(choice)), ("note", String::from("Parents' evening box"))];
            let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
            assert_eq!(app.post_form(&fac, &budget, &paper, &fields).await.status().as_u16(), 303);
        }
        for b in store::ballots(app.db.pool(), BallotBox::Budget, id).await.unwrap().iter().filter(|b| b.is_paper()) {
            let confirm = format!("{paper}/{}/confirm", b.id);
            assert_eq!(app.post_form(&admin, &budget, &confirm, &[]).await.status().as_u16(), 303);
        }

        app.clock.advance(8 * 86_400);
        let (_, html) = get_text(&member, &app.url(&budget)).await;
        assert!(html.contains("Why each project was or was not funded"));
        assert!(html.contains("funded in round"));
        // Plain words first: the money shared out equally among the five voters, then the detail.
        let plain = html.find("were shared out equally among the 5 voters").expect("the rule in plain words");
        assert!(plain < html.find("The count in detail").unwrap());
        assert!(html.contains(r#"href="/glossary#budget-equal-shares""#), "the rule links to the glossary");
        let r = member.get(app.url(&export)).send().await.unwrap();
        assert_eq!(r.status().as_u16(), 200);
        let pb = r.text().await.unwrap();
        assert!(
            pb.contains("vote_type;approval") && pb.contains("num_votes;5") && pb.contains("rule;equalshares/add1")
        );
        assert!(!pb.contains("member") && !pb.contains("admin") && !pb.contains("@"), "anonymised: {pb}");
        let e = tandem_decide::pabulib::Election::parse(pb.as_bytes()).unwrap();
        assert_eq!(e.votes.len(), 5);
        assert!(e.votes.iter().any(|v| v.voter_id == tracker), "the API voter finds their tracker in the file");
        assert!(html.contains(&tracker), "and on the page's list of ballots");
        let got: Value = reqwest::get(&url).await.unwrap().json().await.unwrap();
        assert_eq!(got["state"], "closed");
        let funded = got["result"]["funded"].as_array().unwrap();
        assert!(!funded.is_empty());
        assert_eq!(got["projects"].as_array().unwrap().len(), 4);
    })
    .await;
}

#[tokio::test]
async fn accepted_ideas_carry_over_onto_the_ballot() {
    on_each_backend(|app| async move {
        let f = app.riverbend().await;
        let (_, area) = app.open_board(&f).await;
        let member = app.login("member@example.org").await;
        let board = format!("{}/ideas", base(&f));
        let r = app
            .post_form(
                &member,
                &board,
                &board,
                &[("kind", "idea"), ("title", "Water fountains"), ("body", "In every corridor."), ("conduct", "1")],
            )
            .await;
        let idea = location(&r);
        let fac = app.login("fac@example.org").await;
        app.post_form(
            &fac,
            &idea,
            &format!("{idea}/respond"),
            &[("status", "accepted"), ("response", "Yes, if the budget allows.")],
        )
        .await;
        let area = area.to_string();
        let fields = [
            ("title", "Corridor fund"),
            ("total", "5000"),
            ("ballot", "cumulative"),
            ("points", "10"),
            ("rule", "greedy"),
            ("area", area.as_str()),
            ("closes_on", "2026-11-25"),
        ];
        let r = app.post_form(&fac, &decide(&f), &format!("{}/budgets", base(&f)), &fields).await;
        let budget = location(&r);
        let (_, html) = get_text(&fac, &app.url(&budget)).await;
        assert!(html.contains("Carry over an accepted idea") && html.contains("Water fountains"));
        let idea_id = idea.rsplit('/').next().unwrap();
        let r =
            app.post_form(&fac, &budget, &format!("{budget}/projects"), &[("idea", idea_id), ("cost", "1200")]).await;
        assert_eq!(r.status().as_u16(), 303);
        let id: i64 = budget.rsplit('/').next().unwrap().parse().unwrap();
        let list = store::projects(app.db.pool(), id).await.unwrap();
        assert_eq!(list[0].title, "Water fountains");
        assert_eq!(list[0].idea_id, Some(idea_id.parse().unwrap()));
        let points = format!("points_{}", list[0].id);
        let r = app.post_form(&member, &budget, &format!("{budget}/ballot"), &[(points.as_str(), "11")]).await;
        assert_eq!(r.status().as_u16(), 422, "more points than allowed");
        let r = app.post_form(&member, &budget, &format!("{budget}/ballot"), &[(points.as_str(), "10")]).await;
        assert_eq!(r.status().as_u16(), 303);
    })
    .await;
}
