//! Lists a page at a time (issue 12): a cursor continues exactly where the
//! last page ended, however many ideas were posted since; the total is shown;
//! the API says where the next page is in a `Link` header.

use serde_json::Value;

use crate::support::*;

#[tokio::test]
async fn the_ideas_come_a_page_at_a_time_without_skipping_or_repeating() {
    on_each_backend(|app| async move {
        let f = app.riverbend().await;
        app.open_board(&f).await;
        let board = format!("/c/riverbend/i/{}/ideas", f.public_slug);
        let member = app.login("member@example.org").await;
        let admin = app.login("admin@example.org").await;
        for (client, title) in [(&member, "First"), (&admin, "Second"), (&member, "Third")] {
            let fields = [("kind", "idea"), ("title", title), ("body", "Text"), ("conduct", "1")];
            assert_eq!(app.post_form(client, &board, &board, &fields).await.status().as_u16(), 303, "{title}");
            app.clock.advance(60);
        }
        let (_, html) = get_text(&member, &app.url(&board)).await;
        assert!(html.contains("Showing 3 of 3 ideas."));

        let api = format!("/api/v1/communities/riverbend/initiatives/{}/ideas", f.public_slug);
        let r = member.get(app.url(&format!("{api}?limit=2"))).send().await.unwrap();
        assert_eq!(r.headers()["x-total-count"], "3");
        let link = r.headers()["link"].to_str().unwrap().to_owned();
        let titles = |v: Value| {
            v.as_array().unwrap().iter().map(|i| i["title"].as_str().unwrap().to_owned()).collect::<Vec<_>>()
        };
        assert_eq!(titles(r.json().await.unwrap()), ["Third", "Second"]);
        assert!(link.ends_with(r#">; rel="next""#), "{link}");
        let next = link.trim_start_matches('<').split('>').next().unwrap().to_owned();

        // A new idea arrives between the pages: the second page still holds exactly the rest.
        let fields = [("kind", "idea"), ("title", "Fourth"), ("body", "Text"), ("conduct", "1")];
        assert_eq!(app.post_form(&admin, &board, &board, &fields).await.status().as_u16(), 303);
        let r = member.get(app.url(&next)).send().await.unwrap();
        assert!(r.headers().get("link").is_none(), "the last page has no next");
        assert_eq!(r.headers()["x-total-count"], "4");
        assert_eq!(titles(r.json().await.unwrap()), ["First"]);

        // A cursor Tandem did not make, or a page size out of range, is a clear 422.
        for bad in ["after=12.x", "after=1.2.3.nonsense", "limit=0", "limit=501"] {
            let r = member.get(app.url(&format!("{api}?{bad}"))).send().await.unwrap();
            assert_eq!(r.status().as_u16(), 422, "{bad}");
        }
        let (status, html) = get_text(&member, &app.url(&format!("{board}?after=garbage"))).await;
        assert_eq!(status, 422);
        assert!(html.contains("This page address is not one Tandem made"));
    })
    .await;
}

/// The rows of one page of a list endpoint: a bare array, or the list field
/// of an object that carries more (members, the audit log, commitments).
fn rows(body: &Value) -> usize {
    let list = match body {
        Value::Array(_) => body,
        _ => ["members", "entries", "commitments"].iter().find_map(|k| body.get(*k)).expect("a list field"),
    };
    list.as_array().map_or(0, Vec::len)
}

#[tokio::test]
async fn every_list_endpoint_pages_by_cursor_with_its_total_and_refuses_bad_cursors() {
    on_each_backend(|app| async move {
        let f = app.riverbend().await;
        app.open_board(&f).await;
        let admin_token = app.api_token("admin@example.org").await;
        let _second_token = app.api_token("admin@example.org").await;
        let api = reqwest::Client::new();
        // A few rows in the lists that start empty: invitations (also audited),
        // ideas waiting for an answer, and a flagged one.
        for note in ["one", "two", "three"] {
            let r = api
                .post(app.url("/api/v1/communities/riverbend/invitations"))
                .bearer_auth(&admin_token)
                .json(&serde_json::json!({"role": "member", "note": note}))
                .send()
                .await
                .unwrap();
            assert_eq!(r.status().as_u16(), 201, "{note}");
        }
        let board = format!("/c/riverbend/i/{}/ideas", f.public_slug);
        let member = app.login("member@example.org").await;
        for title in ["Lunch", "Buses"] {
            let fields = [("kind", "idea"), ("title", title), ("body", "Text"), ("conduct", "1")];
            assert_eq!(app.post_form(&member, &board, &board, &fields).await.status().as_u16(), 303);
            app.clock.advance(60);
        }
        let i = format!("/api/v1/communities/riverbend/initiatives/{}", f.public_slug);
        let lists = [
            String::from("/api/v1/communities"),
            String::from("/api/v1/communities/riverbend/initiatives"),
            String::from("/api/v1/communities/riverbend/members"),
            String::from("/api/v1/communities/riverbend/invitations"),
            String::from("/api/v1/communities/riverbend/audit"),
            String::from("/api/v1/communities/riverbend/queue"),
            String::from("/api/v1/communities/riverbend/moderation/flags"),
            String::from("/api/v1/communities/riverbend/moderation/log"),
            String::from("/api/v1/notifications"),
            String::from("/api/v1/me/tokens"),
            format!("{i}/ideas"),
            format!("{i}/polls"),
            format!("{i}/budgets"),
            format!("{i}/conversations"),
            format!("{i}/commitments"),
        ];
        for list in &lists {
            // One row at a time, following each page's Link to the next.
            let first = api.get(app.url(&format!("{list}?limit=1"))).bearer_auth(&admin_token).send().await.unwrap();
            assert_eq!(first.status().as_u16(), 200, "{list}");
            let total: usize = first.headers()["x-total-count"].to_str().unwrap().parse().unwrap();
            let mut link = first.headers().get("link").map(|l| l.to_str().unwrap().to_owned());
            let mut seen = rows(&first.json().await.unwrap());
            let mut pages = 1;
            while let Some(next) = link {
                let address = next.trim_start_matches('<').split('>').next().unwrap().to_owned();
                let r = api.get(app.url(&address)).bearer_auth(&admin_token).send().await.unwrap();
                assert_eq!(r.status().as_u16(), 200, "{address}");
                link = r.headers().get("link").map(|l| l.to_str().unwrap().to_owned());
                seen += rows(&r.json().await.unwrap());
                pages += 1;
                assert!(pages <= total + 1, "{list}: the pages end");
            }
            assert_eq!(seen, total, "{list}: every row once, as many as the total says");
            assert_eq!(pages, total.max(1), "{list}: one row a page");
            for bad in ["after=not-a-cursor", "limit=0", "limit=501"] {
                let r = api.get(app.url(&format!("{list}?{bad}"))).bearer_auth(&admin_token).send().await.unwrap();
                assert_eq!(r.status().as_u16(), 422, "{list}?{bad}");
            }
        }
    })
    .await;
}
