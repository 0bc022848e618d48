//! Events through the pages and the API on both databases: forms that
//! refuse bad input and change nothing, a pupil's name never on the public
//! side, the panel's conflicts and decisions, clashes refused, feedback and
//! certificates only for people checked in, the report and its export
//! behind their rules.

use serde_json::{Value, json};

use crate::support::*;

#[tokio::test]
async fn an_event_runs_through_its_pages_and_its_api() {
    on_each_backend(|app| async move {
        let f = app.riverbend().await;
        let fac = app.login("fac@example.org").await;
        let list = "/c/riverbend/events";
        let r = app.post_form(&fac, list, list, &[("kind", "rave"), ("title", ""), ("starts_at", "soon")]).await;
        assert_eq!(r.status().as_u16(), 422);
        let (_, page) = get_text(&fac, &app.url(list)).await;
        assert!(page.contains("No events yet."), "nothing was created");
        let r = app
            .post_form(
                &fac,
                list,
                list,
                &[
                    ("initiative", &f.public_slug),
                    ("kind", "conference"),
                    ("title", "Working Together Conference"),
                    ("mode", "in_person"),
                    ("location", "Riverbend High"),
                    ("starts_at", "2026-12-05T09:00"),
                    ("ends_at", "2026-12-05T16:00"),
                    ("capacity", "200"),
                    ("call_closes_at", "2026-12-01T12:00"),
                ],
            )
            .await;
        assert_eq!(r.status().as_u16(), 303);
        let event = location(&r);
        let id: i64 = event.rsplit('/').next().unwrap().parse().unwrap();

        // A pupil proposes by form, naming another pupil; the public never sees either name.
        let pupil = app.login("pupil@example.org").await;
        let proposals = format!("{event}/proposals");
        let r = app
            .post_form(
                &pupil,
                &proposals,
                &proposals,
                &[("title", "What pupils want"), ("summary", "We lead it"), ("format", "workshop"), ("minutes", "45")],
            )
            .await;
        assert_eq!(r.status().as_u16(), 422, "no lead named");
        let r = app
            .post_form(
                &pupil,
                &proposals,
                &proposals,
                &[
                    ("title", "What pupils want"),
                    ("summary", "We lead it"),
                    ("format", "workshop"),
                    ("minutes", "45"),
                    ("i_lead", "1"),
                    ("lead_name_0", "Zed Pupilname"),
                    ("lead_role_0", "pupil"),
                ],
            )
            .await;
        assert_eq!(r.status().as_u16(), 303);
        let (status, html) = get_text(&app.client(), &app.url(&proposals)).await;
        assert_eq!(status, 200);
        assert!(html.contains("What pupils want") && html.contains("A pupil"), "{html}");
        assert!(!html.contains("Zed Pupilname"));
        let (_, staff_html) = get_text(&fac, &app.url(&proposals)).await;
        assert!(staff_html.contains("Zed Pupilname"), "organisers see who leads");
        let at = format!("/api/v1/communities/riverbend/events/{id}");
        let public: Value =
            app.client().get(app.url(&format!("{at}/proposals"))).send().await.unwrap().json().await.unwrap();
        assert!(!public.to_string().contains("Zed Pupilname") && !public.to_string().contains("pupil@"));
        assert_eq!(public[0]["leads"][1]["name"], Value::Null);
        let b = public[0]["id"].as_i64().unwrap();

        // The panel through the API; a declared conflict cannot then review.
        let token = app.api_token("fac@example.org").await;
        let member = app.api_token("member@example.org").await;
        let api = app.client();
        let ids = |email: &'static str| {
            let svc = app.svc.clone();
            async move {
                tandem_service::testing::actor(&svc, email, tandem_service::Door::Api).await.user_id().unwrap()
            }
        };
        let (parent_id, admin_id) = (ids("member@example.org").await, ids("admin@example.org").await);
        let r = api
            .put(app.url(&format!("{at}/panel")))
            .bearer_auth(&token)
            .json(&json!({"reviewers": [parent_id, admin_id]}))
            .send()
            .await
            .unwrap();
        assert_eq!(r.json::<Value>().await.unwrap()["mixed"], false, "two family members are not a mixed panel");
        let r = api
            .post(app.url(&format!("{at}/proposals/{b}/conflict")))
            .bearer_auth(&member)
            .send()
            .await
            .unwrap();
        assert_eq!(r.status().as_u16(), 204);
        let r = api
            .put(app.url(&format!("{at}/proposals/{b}/review")))
            .bearer_auth(&member)
            .json(&json!({"scores": [5, 5, 5], "comment": "Great"}))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status().as_u16(), 409);
        let r = api
            .post(app.url(&format!("{at}/proposals/{b}/decision")))
            .bearer_auth(&token)
            .json(&json!({"decision": "accepted", "reason": "Led by pupils"}))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status().as_u16(), 409, "no mixed panel, no review");

        // Rooms and a clash, by form.
        let r = app.post_form(&fac, &event, &format!("{event}/rooms"), &[("name", "Hall"), ("capacity", "x")]).await;
        assert_eq!(r.status().as_u16(), 422);
        let r = app.post_form(&fac, &event, &format!("{event}/rooms"), &[("name", "Hall"), ("capacity", "40")]).await;
        assert_eq!(r.status().as_u16(), 303);

        // Feedback and certificates need a check-in; the report waits for publication.
        let r = api
            .post(app.url(&format!("{at}/proposals/{b}/feedback")))
            .bearer_auth(&member)
            .json(&json!({"useful": 5, "changed": 4}))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status().as_u16(), 409);
        let r = api.get(app.url(&format!("{at}/certificate"))).bearer_auth(&member).send().await.unwrap();
        assert_eq!(r.status().as_u16(), 409);
        let (status, _) = get_text(&app.client(), &app.url(&format!("{event}/report"))).await;
        assert_eq!(status, 404);
        let r = api.get(app.url(&format!("{at}/report.csv"))).bearer_auth(&member).send().await.unwrap();
        assert_eq!(r.status().as_u16(), 403);
        let r = api.get(app.url(&format!("{at}/report.csv"))).bearer_auth(&token).send().await.unwrap();
        assert_eq!(r.status().as_u16(), 200);
        let csv = r.text().await.unwrap();
        assert!(csv.contains("What pupils want") && !csv.contains("Zed Pupilname"));

        // The event's page and calendar for a visitor.
        let (status, html) = get_text(&app.client(), &app.url(&event)).await;
        assert_eq!(status, 200);
        assert!(html.contains("Working Together Conference") && html.contains("goal is more than 50 %"), "{html}");
        let r = app.client().get(app.url(&format!("{event}/calendar.ics"))).send().await.unwrap();
        assert_eq!(r.status().as_u16(), 200);
        assert!(r.text().await.unwrap().contains("SUMMARY:Working Together Conference"));
    })
    .await;
}

#[tokio::test]
async fn actions_are_co_owned_by_form_and_api_and_ticked_by_their_owners() {
    on_each_backend(|app| async move {
        let f = app.riverbend().await;
        let fac = app.login("fac@example.org").await;
        let board = format!("/c/riverbend/i/{}/actions", f.public_slug);
        let id_of = |email: &'static str| {
            let svc = app.svc.clone();
            async move {
                tandem_service::testing::actor(&svc, email, tandem_service::Door::Api).await.user_id().unwrap()
            }
        };
        let (parent, fac_id, pupil) =
            (id_of("member@example.org").await, id_of("fac@example.org").await, id_of("pupil@example.org").await);
        let (p, fa, pu) = (parent.to_string(), fac_id.to_string(), pupil.to_string());
        let fields = [
            ("title", "Evening rota"),
            ("due_on", "2026-12-10"),
            ("checklist", "Ask for volunteers\nShare the rota"),
            ("owner_0", p.as_str()),
            ("owner_1", fa.as_str()),
        ];
        let r = app.post_form(&fac, &board, &board, &fields).await;
        assert_eq!(r.status().as_u16(), 422, "two family members are one constituency");
        let (_, html) = get_text(&app.client(), &app.url(&board)).await;
        assert!(html.contains("No actions yet."));
        let mut fields = fields;
        fields[4] = ("owner_1", pu.as_str());
        let r = app.post_form(&fac, &board, &board, &fields).await;
        assert_eq!(r.status().as_u16(), 303);
        let action = location(&r);

        // The public board names the parent, never the pupil.
        let (status, html) = get_text(&app.client(), &app.url(&board)).await;
        assert_eq!(status, 200);
        assert!(html.contains("Evening rota") && html.contains("member (") && html.contains("A pupil"), "{html}");
        assert!(!html.contains(">pupil ("), "the pupil is named by role only");

        // A co-owner ticks by form; someone else cannot through the API.
        let member = app.login("member@example.org").await;
        let r = app.post_form(&member, &action, &format!("{action}/items/0"), &[("done", "1")]).await;
        assert_eq!(r.status().as_u16(), 303);
        let id: i64 = action.rsplit('/').next().unwrap().parse().unwrap();
        let at = format!("/api/v1/communities/riverbend/initiatives/{}/actions/{id}", f.public_slug);
        let admin = app.api_token("admin@example.org").await;
        let r = app.client().get(app.url(&at)).send().await.unwrap();
        let view: Value = r.json().await.unwrap();
        assert_eq!(view["progress_percent"], 50);
        assert!(view["owners"].as_array().unwrap().iter().any(|o| o["name"].is_null()));
        let token = app.api_token("member@example.org").await;
        let r = app
            .client()
            .post(app.url(&format!("{at}/complete")))
            .bearer_auth(&token)
            .json(&json!({"evidence": "Done"}))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status().as_u16(), 409, "half the checklist is not done");
        let r = app
            .client()
            .put(app.url(&format!("{at}/items/1")))
            .bearer_auth(&admin)
            .json(&json!({"done": true}))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status().as_u16(), 204, "an administrator facilitates");
        let r = app
            .client()
            .post(app.url(&format!("{at}/complete")))
            .bearer_auth(&token)
            .json(&json!({"evidence": "The rota is on the door."}))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status().as_u16(), 204);
    })
    .await;
}
