//! Who takes part through the pages and the API on both databases: the
//! baseline form and upload, the report with its suppression, the alerts in
//! the health view, the packet and the health API, "About me", outreach.

use serde_json::{Value, json};

use crate::support::*;

#[tokio::test]
async fn baselines_reports_alerts_and_profiles_through_pages_and_api() {
    on_each_backend(|app| async move {
        let f = app.riverbend().await;
        let base = format!("/c/riverbend/i/{}", f.public_slug);
        let fac = app.login("fac@example.org").await;

        // The form: a bad line is named and nothing stored.
        let r = app
            .post_form(
                &fac,
                "/c/riverbend/baselines",
                "/c/riverbend/baselines",
                &[("dimension", "stakeholder_group"), ("school", ""), ("rows", "families,400\nteaching_staff,lots"), ("source", "Census"), ("as_of", "2026-10-01")],
            )
            .await;
        assert_eq!(r.status().as_u16(), 422);
        assert!(r.text().await.unwrap().contains("Line 2 must be a group"));
        let r = app
            .post_form(
                &fac,
                "/c/riverbend/baselines",
                "/c/riverbend/baselines",
                &[("dimension", "stakeholder_group"), ("school", ""), ("rows", "families,400\npupils,600"), ("source", "Census"), ("as_of", "2026-10-01")],
            )
            .await;
        assert_eq!(r.status().as_u16(), 303);

        // The API: a second dimension, then the list.
        let token = app.api_token("fac@example.org").await;
        let api = app.client();
        let r = api
            .put(app.url("/api/v1/communities/riverbend/baselines/home_language"))
            .bearer_auth(&token)
            .json(&json!({"source": "Census", "as_of": "2026-10-01", "groups": [{"group": "English", "count": 300}, {"group": "Arabic", "count": 60}]}))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status().as_u16(), 201);
        let r = api
            .put(app.url("/api/v1/communities/riverbend/baselines/home_language"))
            .bearer_auth(&token)
            .json(&json!({"source": "", "as_of": "someday", "groups": []}))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status().as_u16(), 422, "bad input changes nothing");
        let r = api
            .post(app.url("/api/v1/communities/riverbend/baselines/import?source=Census&as_of=2026-10-01"))
            .bearer_auth(&token)
            .header("content-type", "text/csv")
            .body("dimension,group,count\nneighbourhood,North,10\nneighbourhood,South,x\n")
            .send()
            .await
            .unwrap();
        assert_eq!(r.status().as_u16(), 422);
        let body: Value = r.json().await.unwrap();
        assert!(body.to_string().contains("Line 3"), "{body}");
        let list: Value = api.get(app.url("/api/v1/communities/riverbend/baselines")).send().await.unwrap().json().await.unwrap();
        assert_eq!(list.as_array().unwrap().len(), 2);

        // "About me": a member answers; nobody can read another's answers back.
        let member = app.login("member@example.org").await;
        let (status, html) = get_text(&member, &app.url("/c/riverbend/profile")).await;
        assert_eq!(status, 200);
        assert!(html.contains("Prefer not to say") && html.contains("Arabic"));
        let r = app.post_form(&member, "/c/riverbend/profile", "/c/riverbend/profile", &[("home_language", "Klingon")]).await;
        assert_eq!(r.status().as_u16(), 422);
        let r = app.post_form(&member, "/c/riverbend/profile", "/c/riverbend/profile", &[("home_language", "Arabic")]).await;
        assert_eq!(r.status().as_u16(), 303);
        let pupil = app.login("pupil@example.org").await;
        let (status, _) = get_text(&pupil, &app.url("/c/riverbend/profile")).await;
        assert_eq!(status, 403, "pupils do not fill in a profile");

        // The report: anonymous visitors see it; the members-only initiative is hidden.
        let (status, html) = get_text(&app.client(), &app.url(&format!("{base}/who"))).await;
        assert_eq!(status, 200);
        assert!(html.contains("Who takes part") && html.contains("Families"));
        assert!(!html.contains("member@example.org") && !html.contains(">member<"), "never a person");
        let (status, _) = get_text(&app.client(), &app.url(&format!("/c/riverbend/i/{}/who", f.private_slug))).await;
        assert_eq!(status, 404);
        let (status, html) = get_text(&app.client(), &app.url(&format!("{base}/who?from=someday"))).await;
        assert_eq!(status, 422);
        assert!(html.contains("error-summary") || html.contains("There is a problem"));
        let report: Value = app
            .client()
            .get(app.url(&format!("/api/v1/communities/riverbend/initiatives/{}/representation", f.public_slug)))
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        // Nobody has contributed yet: every group's count is 0, shown, and the voice too few to show.
        let groups = &report["current"]["dimensions"][0]["groups"];
        assert_eq!(groups[0]["participants"], 0);
        assert!(report["current"]["voice"].is_null());
        let r = app.client().get(app.url("/api/v1/communities/riverbend/representation?school=nowhere")).send().await.unwrap();
        assert_eq!(r.status().as_u16(), 404);
        let r = app.client().get(app.url("/api/v1/communities/riverbend/representation?from=2026-10-02&to=2026-10-01")).send().await.unwrap();
        assert_eq!(r.status().as_u16(), 422);

        // Health, packet and the health API carry the section.
        let (status, html) = get_text(&fac, &app.url(&format!("{base}/health"))).await;
        assert_eq!(status, 200);
        assert!(html.contains("health-who"));
        let (status, html) = get_text(&fac, &app.url(&format!("{base}/packet"))).await;
        assert_eq!(status, 200);
        assert!(html.contains("p-who"));

        // Outreach: a member link aimed at a group, listed with its take-up.
        let r = api
            .post(app.url("/api/v1/communities/riverbend/outreach"))
            .bearer_auth(&token)
            .json(&json!({"dimension": "home_language", "group": "Arabic", "days": ""}))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status().as_u16(), 201);
        let made: Value = r.json().await.unwrap();
        assert!(made["link"].as_str().unwrap().contains("/join/"));
        let sent: Value = api.get(app.url("/api/v1/communities/riverbend/outreach")).bearer_auth(&token).send().await.unwrap().json().await.unwrap();
        assert_eq!(sent[0]["sent"], 1);
        let r = app.client().get(app.url("/api/v1/communities/riverbend/outreach")).send().await.unwrap();
        assert!(matches!(r.status().as_u16(), 401 | 403), "outreach is for staff");
    })
    .await;
}
