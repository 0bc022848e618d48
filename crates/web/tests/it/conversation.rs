//! Conversations end to end, on both databases: the charter gate, voting one
//! statement at a time with plain forms, statements waiting for moderation,
//! the map redrawn by the background job, and a report with groups but no
//! names and no count under five.

use serde_json::{Value, json};
use tandem_domain::{community::Role, conversation::StatementStatus};
use tandem_service::jobs;
use tandem_store::{communities, conversations as store, users};

use crate::support::*;

fn base(f: &Fixture) -> String {
    format!("/c/riverbend/i/{}", f.public_slug)
}

/// Adds `n` members to a stakeholder group; returns their user ids.
async fn members(app: &TestApp, f: &Fixture, group_key: &str, prefix: &str, n: usize) -> Vec<i64> {
    let groups = communities::groups(app.db.pool(), f.community_id).await.unwrap();
    let group = groups.iter().find(|g| g.key == group_key).map(|g| g.id);
    let mut ids = Vec::new();
    for k in 0..n {
        let email = format!("{prefix}{k}@example.org");
        let u = users::NewUser {
            email: Some(&email),
            display_name: &format!("Secret Name {prefix}{k}"),
            password_hash: None,
            lang: "en",
            is_site_admin: false,
        };
        let uid = users::create(app.db.pool(), &u, START).await.unwrap();
        let m = communities::NewMembership {
            community_id: f.community_id,
            user_id: uid,
            role: Role::Member,
            group_id: group,
            school_id: None,
        };
        communities::add_member(app.db.pool(), &m, START).await.unwrap();
        ids.push(uid);
    }
    ids
}

#[tokio::test]
async fn members_vote_one_statement_at_a_time_and_the_map_shows_groups_without_names() {
    on_each_backend(|app| async move {
        let f = app.riverbend().await;
        let decide = format!("{}/decide", base(&f));
        let create = format!("{}/conversations", base(&f));
        let fac = app.login("fac@example.org").await;
        // The charter must be published first.
        let r = app.post_form(&fac, &decide, &create, &[("topic", "Phones at school")]).await;
        assert_eq!(r.status().as_u16(), 303);
        assert!(location(&r).ends_with("/decide"), "refused before the charter: {}", location(&r));
        app.open_board(&f).await;
        let r = app.post_form(&fac, &decide, &create, &[("topic", "")]).await;
        assert_eq!(r.status().as_u16(), 422);
        assert!(r.text().await.unwrap().contains("This is required."));
        let r = app.post_form(&fac, &decide, &create, &[("topic", "Phones at school"), ("description", "")]).await;
        assert_eq!(r.status().as_u16(), 303);
        let page = location(&r);
        let id: i64 = page.rsplit('/').next().unwrap().parse().unwrap();

        // The facilitator seeds statements; they are shown at once.
        let add = format!("{page}/statements");
        let texts = [
            "Phones should stay in lockers all day.",
            "Pupils need phones to reach home after school.",
            "Phones help with homework apps.",
            "Lunchtime is better without screens.",
            "Parents should decide, not the school.",
            "A phone-free trial term is worth trying.",
        ];
        for t in texts {
            let r = app.post_form(&fac, &page, &add, &[("statement", t)]).await;
            assert_eq!(r.status().as_u16(), 303);
        }
        let statements = store::statements(app.db.pool(), id).await.unwrap();
        assert_eq!(statements.len(), 6);
        assert!(statements.iter().all(|s| s.status == StatementStatus::Accepted && s.seeded));

        // A member votes, no script needed: one statement, three buttons.
        let member = app.login("member@example.org").await;
        let (_, html) = get_text(&member, &app.url(&page)).await;
        assert!(html.contains("You have voted on 0 of 6 statements."));
        assert!(html.contains("name=\"vote\" value=\"agree\""));
        let shown = texts.iter().find(|t| html.contains(*t)).expect("a statement is shown");
        let sid = statements.iter().find(|s| s.body == *shown).unwrap().id.to_string();
        let vote = format!("{page}/vote");
        let r = app.post_form(&member, &page, &vote, &[("statement", &sid), ("vote", "maybe")]).await;
        assert_eq!(r.status().as_u16(), 422);
        assert!(r.text().await.unwrap().contains("Choose agree, disagree or pass."));
        assert!(store::votes(app.db.pool(), id).await.unwrap().is_empty(), "a bad vote changes nothing");
        let r = app.post_form(&member, &page, &vote, &[("statement", "999999"), ("vote", "agree")]).await;
        assert_eq!(r.status().as_u16(), 422);
        let r = app.post_form(&member, &page, &vote, &[("statement", &sid), ("vote", "agree")]).await;
        assert_eq!(r.status().as_u16(), 303);
        let (_, html) = get_text(&member, &app.url(&page)).await;
        assert!(html.contains("You have voted on 1 of 6 statements."));
        assert!(!html.contains(&format!("<q class=\"statement\">{shown}</q>")), "the next statement is another one");
        let r = app.post_form(&member, &page, &vote, &[("statement", &sid), ("vote", "disagree")]).await;
        assert_eq!(r.status().as_u16(), 303, "a vote can be changed");
        let votes = store::votes(app.db.pool(), id).await.unwrap();
        assert_eq!(votes.len(), 1);
        assert_eq!(votes[0].vote, -1);
        let observer = app.login("observer@example.org").await;
        let r = app.post_form(&observer, &page, &vote, &[("statement", &sid), ("vote", "agree")]).await;
        assert_eq!(r.status().as_u16(), 303);
        assert_eq!(store::votes(app.db.pool(), id).await.unwrap().len(), 1, "observers cannot vote");

        // A member's statement waits for a facilitator.
        let r = app.post_form(&member, &page, &add, &[("statement", "Allow phones on trips only.")]).await;
        assert_eq!(r.status().as_u16(), 303);
        let (_, html) = get_text(&member, &app.url(&page)).await;
        assert!(html.contains("You have voted on 1 of 6 statements."), "pending statements are not shown");
        let (_, html) = get_text(&fac, &app.url(&page)).await;
        assert!(html.contains("Allow phones on trips only."));
        let pending = store::statements(app.db.pool(), id)
            .await
            .unwrap()
            .into_iter()
            .find(|s| s.status == StatementStatus::Pending)
            .unwrap();
        let moderate = format!("{page}/statements/{}/moderate", pending.id);
        let r = app.post_form(&member, &page, &moderate, &[("decision", "accept")]).await;
        assert_eq!(r.status().as_u16(), 403, "only facilitators moderate");
        let r = app.post_form(&fac, &page, &moderate, &[("decision", "accept")]).await;
        assert_eq!(r.status().as_u16(), 303);

        // Two camps of families and staff vote; the worker draws the map.
        let families = members(&app, &f, "families", "fam", 12).await;
        let staff = members(&app, &f, "staff", "staff", 12).await;
        let statements = store::statements(app.db.pool(), id).await.unwrap();
        for (camp, people) in [(1i8, &families), (-1i8, &staff)] {
            for (k, &u) in people.iter().enumerate() {
                for (n, s) in statements.iter().enumerate() {
                    let lean = if n % 2 == 0 { camp } else { -camp };
                    let v = if k == 0 && n == 0 { 0 } else { lean };
                    assert!(
                        store::vote(&mut app.db.acquire().await.unwrap(), id, s.id, u, None, v, START).await.unwrap()
                    );
                }
            }
        }
        let report = format!("{page}/report");
        let (status, html) = get_text(&fac, &app.url(&report)).await;
        assert_eq!(status, 200);
        assert!(html.contains("There is no map yet."));
        assert_eq!(jobs::step(&app.svc, "w1").await.unwrap(), jobs::Step::Idle, "debounced");
        app.clock.advance(10);
        let step = jobs::step(&app.svc, "w1").await.unwrap();
        assert!(matches!(step, jobs::Step::Done { ref kind, .. } if kind == "opinion-map"), "{step:?}");

        let visitor = app.client();
        let (status, html) = get_text(&visitor, &app.url(&report)).await;
        assert_eq!(status, 200);
        assert!(html.contains("Group A") && html.contains("Group B"), "two opinion groups");
        assert!(html.contains("role=\"img\""), "the map is an image with a text alternative");
        assert!(!html.contains("Secret Name"), "no participant is named");
        assert!(html.contains("Phones should stay in lockers all day."));
        assert!(html.contains("Where the groups differ most"));
        assert!(html.contains("fewer than 5") || html.contains("Stakeholder groups across opinion groups"));

        // The API reports the same map, without people.
        let api = format!("/api/v1/communities/riverbend/initiatives/{}/conversations/{id}/report", f.public_slug);
        let r = visitor.get(app.url(&api)).send().await.unwrap();
        assert_eq!(r.status().as_u16(), 200);
        let body: Value = r.json().await.unwrap();
        let groups = body["groups"].as_array().unwrap();
        assert_eq!(groups.len(), 2);
        let sizes: i64 = groups.iter().map(|g| g["size"].as_i64().unwrap()).sum();
        assert_eq!(sizes, 24, "the 24 who voted on every statement are on the map");
        assert!(!body.to_string().contains("Secret Name"));
        assert!(body["statements"].as_array().unwrap().len() >= 7);
        let put = format!(
            "/api/v1/communities/riverbend/initiatives/{}/conversations/{id}/votes/{}",
            f.public_slug, statements[0].id
        );
        let before = store::votes(app.db.pool(), id).await.unwrap().len();
        let r = visitor.put(app.url(&put)).json(&json!({"vote": "agree"})).send().await.unwrap();
        assert!(r.status().is_client_error(), "voting needs a login");
        let token = app.api_token("member@example.org").await;
        let r = visitor.put(app.url(&put)).bearer_auth(&token).json(&json!({"vote": "sideways"})).send().await.unwrap();
        assert_eq!(r.status().as_u16(), 422);
        assert_eq!(store::votes(app.db.pool(), id).await.unwrap().len(), before, "bad votes change nothing");
        let r = visitor.put(app.url(&put)).bearer_auth(&token).json(&json!({"vote": "pass"})).send().await.unwrap();
        assert_eq!(r.status().as_u16(), 204);
        assert_eq!(store::votes(app.db.pool(), id).await.unwrap().len(), before + 1);
        assert!(tandem_store::jobs::pending_count(app.db.pool()).await.unwrap() >= 1, "a new vote queues a redraw");
        let r = visitor
            .put(app.url(&put))
            .bearer_auth(&token)
            .header("content-type", "application/json")
            .body("{not json")
            .send()
            .await
            .unwrap();
        assert_eq!(r.status().as_u16(), 400);
        let statements_api =
            format!("/api/v1/communities/riverbend/initiatives/{}/conversations/{id}/statements", f.public_slug);
        let r = visitor
            .post(app.url(&statements_api))
            .bearer_auth(&token)
            .header("accept-language", "es")
            .json(&json!({"statement": "   "}))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status().as_u16(), 422);
        let body: Value = r.json().await.unwrap();
        assert!(body.to_string().contains("Este dato es obligatorio."), "{body}");
        let r = visitor
            .post(app.url(&statements_api))
            .bearer_auth(&token)
            .json(&json!({"statement": "Keep phones for emergencies only."}))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status().as_u16(), 201);
        let added = store::statements(app.db.pool(), id).await.unwrap();
        assert_eq!(
            added.iter().find(|s| s.body == "Keep phones for emergencies only.").map(|s| s.status),
            Some(StatementStatus::Pending),
            "a member's statement through the API waits for moderation too"
        );
    })
    .await;
}
