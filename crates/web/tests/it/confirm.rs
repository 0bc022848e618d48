//! Drafts and second pages (issue 12): a new initiative is seen by staff only
//! until it is published, and publishing, closing a poll or hiding a post asks
//! once more on a page of its own before anything changes.

use serde_json::{Value, json};

use crate::support::*;

#[tokio::test]
async fn a_new_initiative_is_a_draft_until_a_facilitator_publishes_it() {
    on_each_backend(|app| async move {
        let f = app.riverbend().await;
        let fac = app.login("fac@example.org").await;
        let fields = [
            ("title", "Breakfast club"),
            ("summary", "Free breakfast before school"),
            ("school", ""),
            ("visibility", "public"),
            ("value_statement", "No pupil learns hungry."),
        ];
        let r = app.post_form(&fac, "/c/riverbend/initiatives/new", "/c/riverbend/initiatives", &fields).await;
        assert_eq!(r.status().as_u16(), 303);
        let page = location(&r);
        let (_, html) = get_text(&fac, &app.url(&page)).await;
        assert!(html.contains("This initiative is a draft"), "staff are told it is a draft");

        // Nobody else can find it: not members, not the public, not the API.
        let member = app.login("member@example.org").await;
        assert_eq!(get_text(&member, &app.url(&page)).await.0, 404);
        assert_eq!(get_text(&app.client(), &app.url(&page)).await.0, 404);
        let (_, list) = get_text(&member, &app.url("/c/riverbend/initiatives")).await;
        assert!(!list.contains("Breakfast club"));
        let (_, list) = get_text(&fac, &app.url("/c/riverbend/initiatives")).await;
        assert!(list.contains("Breakfast club") && list.contains("Draft"));
        let listed: Value = member
            .get(app.url("/api/v1/communities/riverbend/initiatives"))
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        assert!(listed.as_array().unwrap().iter().all(|i| i["slug"] != "breakfast-club"));

        // Participation cannot open on a draft.
        let token = app.api_token("fac@example.org").await;
        let api = reqwest::Client::new();
        let base = app.url("/api/v1/communities/riverbend/initiatives/breakfast-club");
        let r = api.put(format!("{base}/participation")).bearer_auth(&token).json(&json!({"open": true})).send().await;
        let r = r.unwrap();
        assert_eq!(r.status().as_u16(), 409);
        assert!(r.json::<Value>().await.unwrap()["error"]["message"].as_str().unwrap().contains("draft"));

        // The first press asks; the second publishes.
        let r = app.post_form(&fac, &page, &format!("{page}/publish"), &[]).await;
        assert_eq!(r.status().as_u16(), 200);
        let ask = r.text().await.unwrap();
        assert!(ask.contains("Publish this initiative?") && ask.contains("Anyone, without signing in"));
        assert_eq!(get_text(&app.client(), &app.url(&page)).await.0, 404, "asking publishes nothing");
        let r = app.post_form(&member, "/c/riverbend", &format!("{page}/publish"), &[("confirmed", "yes")]).await;
        assert_eq!(r.status().as_u16(), 404, "a member cannot publish what they cannot see");
        let r = app.post_form(&fac, &page, &format!("{page}/publish"), &[("confirmed", "yes")]).await;
        assert_eq!(r.status().as_u16(), 303);
        let (status, html) = get_text(&app.client(), &app.url(&page)).await;
        assert_eq!(status, 200);
        assert!(html.contains("Breakfast club") && !html.contains("This initiative is a draft"));

        // Publishing twice is a conflict; the API says it is published.
        let r = api.post(format!("{base}/publish")).bearer_auth(&token).send().await.unwrap();
        assert_eq!(r.status().as_u16(), 409);
        let one: Value = api.get(&base).bearer_auth(&token).send().await.unwrap().json().await.unwrap();
        assert_eq!(one["published"], true);
        let filter = tandem_store::audit::Filter {
            initiative_id: None,
            actor_id: None,
            action: Some("initiative.publish"),
            from: None,
            until: None,
        };
        let logged = tandem_store::audit::list(&app.db, f.community_id, &filter, None, 10).await.unwrap();
        assert_eq!(logged.total, 1, "published once, on record");
    })
    .await;
}

#[tokio::test]
async fn closing_a_poll_asks_first_and_keeps_the_reason() {
    on_each_backend(|app| async move {
        let f = app.riverbend().await;
        let (_, area) = app.open_board(&f).await;
        let fac = app.login("fac@example.org").await;
        let decide = format!("/c/riverbend/i/{}/decide", f.public_slug);
        let area = area.to_string();
        let fields = [
            ("title", "Which lunch slot?"),
            ("method", "irv"),
            ("options", "Early\nMiddle\nLate"),
            ("area", area.as_str()),
            ("closes_on", "2026-12-25"),
        ];
        let r = app.post_form(&fac, &decide, &format!("/c/riverbend/i/{}/polls", f.public_slug), &fields).await;
        let poll = location(&r);
        let end = [("reason", "The timetable changed"), ("ending", "close")];
        let r = app.post_form(&fac, &poll, &format!("{poll}/end"), &end).await;
        assert_eq!(r.status().as_u16(), 200);
        let ask = r.text().await.unwrap();
        assert!(ask.contains("Close this poll now?") && ask.contains("The timetable changed"));
        assert!(ask.contains(r#"name="ending" value="close""#), "the choice is carried to the second page");
        let (_, html) = get_text(&fac, &app.url(&poll)).await;
        assert!(!html.contains("Closed early"), "asking closes nothing");
        let r = app.post_form(&fac, &poll, &format!("{poll}/end"), &[end[0], end[1], ("confirmed", "yes")]).await;
        assert_eq!(r.status().as_u16(), 303);
        let (_, html) = get_text(&fac, &app.url(&poll)).await;
        assert!(html.contains("The timetable changed"));
        // A member pressing the button gets no confirmation page to climb.
        let member = app.login("member@example.org").await;
        let r = app.post_form(&member, &poll, &format!("{poll}/end"), &[("reason", "x"), ("ending", "cancel")]).await;
        assert_eq!(r.status().as_u16(), 403);
    })
    .await;
}
