//! Councils and meetings through the pages and the API on both databases:
//! forms that refuse bad input and change nothing, a pupil holding a seat
//! never named in public, registration and check-in by code, the iCalendar
//! files, and the API's conflicts.

use serde_json::{Value, json};

use crate::support::*;

#[tokio::test]
async fn a_council_is_set_up_by_form_and_its_pupil_holder_is_never_named_in_public() {
    on_each_backend(|app| async move {
        let f = app.riverbend().await;
        let fac = app.login("fac@example.org").await;
        let list = "/c/riverbend/bodies";
        let r = app.post_form(&fac, list, list, &[("name", ""), ("kind", "cabal"), ("purpose", "")]).await;
        assert_eq!(r.status().as_u16(), 422);
        let (_, page) = get_text(&app.client(), &app.url(list)).await;
        assert!(page.contains("No council or group yet."), "nothing was created");
        let r = app
            .post_form(
                &fac,
                list,
                list,
                &[
                    ("name", "Northside site council"),
                    ("kind", "school_site_council"),
                    ("purpose", "Steers the school plan"),
                    ("initiative", &f.public_slug),
                    ("notice_hours", "72"),
                ],
            )
            .await;
        assert_eq!(r.status().as_u16(), 303);
        let body = location(&r);
        let body = body.split('#').next().unwrap().to_owned();
        let r = app
            .post_form(
                &fac,
                &body,
                &format!("{body}/seats"),
                &[("label", "Pupil seat"), ("constituency", "pupils"), ("method", "election"), ("term_months", "12")],
            )
            .await;
        assert_eq!(r.status().as_u16(), 303);
        let token = app.api_token("fac@example.org").await;
        let id: i64 = body.rsplit('/').next().unwrap().parse().unwrap();
        let api = app.client();
        let at = format!("/api/v1/communities/riverbend/bodies/{id}");
        let view: Value = api.get(app.url(&at)).bearer_auth(&token).send().await.unwrap().json().await.unwrap();
        let seat = view["seats"][0]["id"].as_i64().unwrap();
        let pupil = tandem_service::testing::actor(&app.svc, "pupil@example.org", tandem_service::Door::Api)
            .await
            .user_id()
            .unwrap();
        let r = api
            .post(app.url(&format!("{at}/seats/{seat}/terms")))
            .bearer_auth(&token)
            .json(&json!({"holder": pupil, "starts_on": "2026-09-01", "ends_on": "2026-08-01"}))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status().as_u16(), 422, "a term that ends before it starts");
        let r = api
            .post(app.url(&format!("{at}/seats/{seat}/terms")))
            .bearer_auth(&token)
            .json(&json!({"holder": pupil, "starts_on": "2026-09-01"}))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status().as_u16(), 201);
        let r = api
            .post(app.url(&format!("{at}/seats/{seat}/terms")))
            .bearer_auth(&token)
            .json(&json!({"holder": pupil, "starts_on": "2027-01-01"}))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status().as_u16(), 422, "overlapping terms in one seat");

        // The public page and API show the seat held, by role only.
        let (status, html) = get_text(&app.client(), &app.url(&body)).await;
        assert_eq!(status, 200);
        assert!(html.contains("A pupil (named by role only)"), "{html}");
        assert!(!html.contains(">pupil<"), "the pupil's name is not on the page");
        let public: Value = app.client().get(app.url(&at)).send().await.unwrap().json().await.unwrap();
        assert_eq!(public["seats"][0]["current"]["holder"], Value::Null);
        assert_eq!(public["seats"][0]["current"]["pupil"], true);
        assert!(!public.to_string().contains("\"pupil\",") && !public.to_string().contains("pupil@"));
    })
    .await;
}

#[tokio::test]
async fn a_member_registers_by_form_gets_a_code_and_is_checked_in() {
    on_each_backend(|app| async move {
        let _f = app.riverbend().await;
        let token = app.api_token("fac@example.org").await;
        let api = app.client();
        let r = api
            .post(app.url("/api/v1/communities/riverbend/bodies"))
            .bearer_auth(&token)
            .json(&json!({"name": "Parent council", "kind": "parent_council", "purpose": "Families steer"}))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status().as_u16(), 201);
        let body: Value = r.json().await.unwrap();
        let body = body["id"].as_i64().unwrap();
        let meeting = json!({
            "title": "December council", "mode": "hybrid", "location": "Library", "link": "https://meet.example/x",
            "starts_at": "2026-12-03T18:00", "ends_at": "2026-12-03T19:30", "capacity": -5
        });
        let at = format!("/api/v1/communities/riverbend/bodies/{body}/meetings");
        let r = api.post(app.url(&at)).bearer_auth(&token).json(&meeting).send().await.unwrap();
        assert_eq!(r.status().as_u16(), 422, "negative capacity");
        let list: Value =
            api.get(app.url("/api/v1/communities/riverbend/meetings")).send().await.unwrap().json().await.unwrap();
        assert_eq!(list.as_array().unwrap().len(), 0, "nothing was created");
        let mut meeting = meeting;
        meeting["capacity"] = json!(1);
        let r = api.post(app.url(&at)).bearer_auth(&token).json(&meeting).send().await.unwrap();
        let m = r.json::<Value>().await.unwrap()["id"].as_i64().unwrap();
        let page = format!("/c/riverbend/meetings/{m}");

        // A visitor sees the meeting but not the link to join.
        let (status, html) = get_text(&app.client(), &app.url(&page)).await;
        assert_eq!(status, 200);
        assert!(!html.contains("meet.example"));
        let member = app.login("member@example.org").await;
        let r = app
            .post_form(&member, &page, &format!("{page}/register"), &[("needs", "interpreting"), ("language", "")])
            .await;
        assert_eq!(r.status().as_u16(), 422, "interpreting needs a language");
        let r = app
            .post_form(
                &member,
                &page,
                &format!("{page}/register"),
                &[("needs", "interpreting"), ("language", "Arabic")],
            )
            .await;
        assert_eq!(r.status().as_u16(), 303);
        let (_, html) = get_text(&member, &app.url(&page)).await;
        assert!(html.contains("You have a place.") && html.contains("meet.example"));
        let me = app.api_token("member@example.org").await;
        let r = api
            .put(app.url(&format!("/api/v1/communities/riverbend/meetings/{m}/registration")))
            .bearer_auth(&me)
            .json(&json!({}))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status().as_u16(), 409, "one registration per person");
        let mine: Value = api
            .get(app.url(&format!("/api/v1/communities/riverbend/meetings/{m}")))
            .bearer_auth(&me)
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        let code = mine["mine"]["code"].as_str().unwrap().to_owned();
        assert!(mine["needs"].as_array().unwrap().is_empty(), "access needs are the organisers' only");

        // The second person goes to the waitlist.
        let pupil = app.api_token("pupil@example.org").await;
        let r: Value = api
            .put(app.url(&format!("/api/v1/communities/riverbend/meetings/{m}/registration")))
            .bearer_auth(&pupil)
            .json(&json!({}))
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        assert_eq!((r["status"].as_str(), r["position"].as_i64()), (Some("waitlisted"), Some(1)));

        // Check-in at the door: a wrong code is refused, the right one counts.
        let fac = app.login("fac@example.org").await;
        let r = app.post_form(&fac, &page, &format!("{page}/check-in"), &[("code", "OOO-111")]).await;
        assert_eq!(r.status().as_u16(), 422);
        let r = app.post_form(&fac, &page, &format!("{page}/check-in"), &[("code", &code.to_lowercase())]).await;
        assert_eq!(r.status().as_u16(), 303);
        let staff: Value = api
            .get(app.url(&format!("/api/v1/communities/riverbend/meetings/{m}")))
            .bearer_auth(&token)
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        assert_eq!(staff["needs"][0]["key"], "interpreting");
        assert_eq!(staff["attendance"].as_array().unwrap().last().unwrap()["count"], 1);
        // The public sees one attendee as "small", never the figure.
        let public: Value = api
            .get(app.url(&format!("/api/v1/communities/riverbend/meetings/{m}")))
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        assert_eq!(public["attendance"].as_array().unwrap().last().unwrap()["hidden"], "small");
        assert_eq!(public["registrations"].as_array().unwrap().len(), 0);

        // The calendar file.
        let r = app.client().get(app.url(&format!("{page}/calendar.ics"))).send().await.unwrap();
        assert_eq!(r.status().as_u16(), 200);
        assert!(r.headers()["content-type"].to_str().unwrap().starts_with("text/calendar"));
        let ics = r.text().await.unwrap();
        assert!(ics.starts_with("BEGIN:VCALENDAR\r\n") && ics.contains(&format!("UID:meeting-{m}@")));
        let r = app.client().get(app.url("/c/riverbend/feeds/not-a-secret")).send().await.unwrap();
        assert_eq!(r.status().as_u16(), 404);
    })
    .await;
}
