//! Rosters through the pages and the API on both databases: a role made by
//! form (refused without what it gives back), sign-up refused without a
//! safeguarding check and for a pupil in an adults' role, strengths only
//! ever their owner's, safeguarding records and hours only for staff.

use serde_json::{Value, json};

use crate::support::*;

#[tokio::test]
async fn a_roster_runs_through_its_pages_and_its_api() {
    on_each_backend(|app| async move {
        let f = app.riverbend().await;
        let fac = app.login("fac@example.org").await;
        let roles = format!("/c/riverbend/i/{}/roles", f.public_slug);
        let mut fields = vec![
            ("title", "Reading buddy"),
            ("description", "Reads with a pupil"),
            ("time_ask", "An hour a week"),
            ("safeguarding", "1"),
        ];
        let r = app.post_form(&fac, &roles, &roles, &fields).await;
        assert_eq!(r.status().as_u16(), 422, "a role says what it gives back");
        fields.push(("gives_back", "training"));
        let r = app.post_form(&fac, &roles, &roles, &fields).await;
        assert_eq!(r.status().as_u16(), 303);
        let role = location(&r);
        let r = app
            .post_form(
                &fac,
                &role,
                &format!("{role}/shifts"),
                &[
                    ("starts_at", "2026-12-01T15:00"),
                    ("ends_at", "2026-12-01T16:00"),
                    ("capacity", "4"),
                    ("location", "Library"),
                ],
            )
            .await;
        assert_eq!(r.status().as_u16(), 303);
        let id: i64 = role.rsplit('/').next().unwrap().parse().unwrap();
        let at = format!("/api/v1/communities/riverbend/initiatives/{}/roles/{id}", f.public_slug);
        let public: Value = app.client().get(app.url(&at)).send().await.unwrap().json().await.unwrap();
        let shift = public["shifts"][0]["id"].as_i64().unwrap();
        assert_eq!(public["role"]["gives_back"][0], "training");

        // Without a safeguarding check an adult is refused; a pupil is refused an adults' role.
        let member = app.api_token("member@example.org").await;
        let signup = format!("{at}/shifts/{shift}/signup");
        let r = app.client().put(app.url(&signup)).bearer_auth(&member).send().await.unwrap();
        assert_eq!(r.status().as_u16(), 409);
        let pupil = app.login("pupil@example.org").await;
        let r = app.post_form(&pupil, &role, &format!("{role}/shifts/{shift}/signup"), &[]).await;
        assert_eq!(r.status().as_u16(), 409);
        let admin = app.api_token("admin@example.org").await;
        let who = tandem_service::testing::actor(&app.svc, "member@example.org", tandem_service::Door::Api)
            .await
            .user_id()
            .unwrap();
        let r = app
            .client()
            .post(app.url("/api/v1/communities/riverbend/safeguarding"))
            .bearer_auth(&admin)
            .json(&json!({"user": who, "status": "cleared", "expires_on": "2027-08-31"}))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status().as_u16(), 204);
        let r = app.client().put(app.url(&signup)).bearer_auth(&member).send().await.unwrap();
        assert_eq!(r.status().as_u16(), 201);
        let r = app.client().put(app.url(&signup)).bearer_auth(&member).send().await.unwrap();
        assert_eq!(r.status().as_u16(), 409, "one place each");

        // Safeguarding records, sign-ups and hours are staff's; strengths are their owner's.
        let r = app
            .client()
            .get(app.url("/api/v1/communities/riverbend/safeguarding"))
            .bearer_auth(&member)
            .send()
            .await
            .unwrap();
        assert_eq!(r.status().as_u16(), 403);
        let public: Value = app.client().get(app.url(&at)).send().await.unwrap().json().await.unwrap();
        assert_eq!(public["shifts"][0]["signups"], json!([]));
        assert_eq!(public["shifts"][0]["places_left"], 3);
        let r = app
            .client()
            .put(app.url("/api/v1/communities/riverbend/strengths"))
            .bearer_auth(&member)
            .json(&json!({"skills": ["Reading aloud"], "availability": ["sometimes"]}))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status().as_u16(), 422);
        let r = app
            .client()
            .put(app.url("/api/v1/communities/riverbend/strengths"))
            .bearer_auth(&member)
            .json(&json!({"skills": ["Reading aloud"], "availability": ["weekday_afternoon"], "shared": true}))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status().as_u16(), 204);
        let mine: Value = app
            .client()
            .get(app.url("/api/v1/communities/riverbend/strengths"))
            .bearer_auth(&admin)
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        assert_eq!(mine["skills"], json!([]), "the administrator sees only their own");
        let (status, html) = get_text(&app.login("member@example.org").await, &app.url("/c/riverbend/strengths")).await;
        assert_eq!(status, 200);
        assert!(html.contains("Reading aloud"));
        let r = app
            .client()
            .get(app.url(&format!("/api/v1/communities/riverbend/initiatives/{}/roles/hours.csv", f.public_slug)))
            .bearer_auth(&member)
            .send()
            .await
            .unwrap();
        assert_eq!(r.status().as_u16(), 403);
    })
    .await;
}
