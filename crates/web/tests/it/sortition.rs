//! Chosen by lot through the pages and the API on both databases: a
//! selection opened by form, volunteers, quotas and publication by API, a
//! wrong reveal refused, the draw, the public page and the published file.

use serde_json::{Value, json};

use crate::support::*;

#[tokio::test]
async fn a_selection_is_volunteered_for_published_drawn_and_verifiable() {
    on_each_backend(|app| async move {
        let f = app.riverbend().await;
        let base = format!("/c/riverbend/i/{}/selections", f.public_slug);
        let fac = app.login("fac@example.org").await;
        let r = app
            .post_form(&fac, &base, &base, &[("title", ""), ("seats", "0"), ("dimensions", "stakeholder_group")])
            .await;
        assert_eq!(r.status().as_u16(), 422, "a title and seats are required");
        let r = app
            .post_form(
                &fac,
                &base,
                &base,
                &[
                    ("title", "Design team"),
                    ("purpose", "Plan the hub"),
                    ("seats", "2"),
                    ("dimensions", "stakeholder_group"),
                ],
            )
            .await;
        assert_eq!(r.status().as_u16(), 303);
        let page = location(&r);
        let id: i64 = page.rsplit('/').next().unwrap().parse().unwrap();
        for who in ["member@example.org", "pupil@example.org", "admin@example.org", "fac@example.org"] {
            let client = app.login(who).await;
            let r = app.post_form(&client, &page, &format!("{page}/volunteer"), &[]).await;
            assert_eq!(r.status().as_u16(), 303, "{who} volunteers");
        }

        let token = app.api_token("fac@example.org").await;
        let api = app.client();
        let at = format!("/api/v1/communities/riverbend/initiatives/{}/selections/{id}", f.public_slug);
        let r = api
            .put(app.url(&format!("{at}/quotas")))
            .bearer_auth(&token)
            .json(&json!({"quotas": [{"dimension": "stakeholder_group", "group": "pupils", "min": 1, "max": 1}]}))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status().as_u16(), 204);
        let r = api
            .put(app.url(&format!("{at}/quotas")))
            .bearer_auth(&token)
            .json(&json!({"quotas": [{"dimension": "stakeholder_group", "group": "wizards", "min": 1, "max": 1}]}))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status().as_u16(), 422, "a group the selection does not have");
        let r = api
            .post(app.url(&format!("{at}/commit")))
            .bearer_auth(&token)
            .json(&json!({"secret": "short"}))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status().as_u16(), 422);
        let r = api
            .post(app.url(&format!("{at}/commit")))
            .bearer_auth(&token)
            .json(&json!({"secret": "otters hold hands"}))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status().as_u16(), 204);
        let view: Value = api.get(app.url(&at)).bearer_auth(&token).send().await.unwrap().json().await.unwrap();
        assert_eq!(view["status"], "committed");
        let commitment = view["rounds"][0]["commitment"].as_str().unwrap().to_owned();

        // The page's draw form: the wrong phrase is refused, nothing drawn.
        let r = app
            .post_form(&fac, &page, &format!("{page}/draw"), &[("secret", "otters let go"), ("entropy", "3 6 1 2")])
            .await;
        assert_eq!(r.status().as_u16(), 422);
        assert!(r.text().await.unwrap().contains("This is not the secret whose hash was published"));
        let r = app
            .post_form(&fac, &page, &format!("{page}/draw"), &[("secret", "otters hold hands"), ("entropy", "3 6 1 2")])
            .await;
        assert_eq!(r.status().as_u16(), 303);

        // What the public sees: the pupil by role only, small groups hidden, the published file.
        let visitor = app.client();
        let (status, html) = get_text(&visitor, &app.url(&page)).await;
        assert_eq!(status, 200);
        assert!(html.contains("A pupil") && html.contains(&commitment) && html.contains("tandem sortition verify"));
        let public: Value = visitor.get(app.url(&at)).send().await.unwrap().json().await.unwrap();
        let panel = public["panel"].as_array().unwrap();
        assert_eq!(panel.len(), 2);
        assert!(panel.iter().any(|m| m["pupil"] == true && m["name"].is_null()));
        assert!(panel.iter().all(|m| m["name"] != "pupil"));
        assert!(
            public["volunteers"].is_null() && public["volunteers_hidden"] == "small",
            "four volunteers are fewer than five"
        );
        let file: Value =
            visitor.get(app.url(&format!("{page}/lottery/1"))).send().await.unwrap().json().await.unwrap();
        assert_eq!(file["commitment"], commitment.as_str());
        assert_eq!(file["entropy"], "3612");
        assert_eq!(file["selected"].as_array().unwrap().len(), 2);
        let same: Value = visitor.get(app.url(&format!("{at}/lottery/1"))).send().await.unwrap().json().await.unwrap();
        assert_eq!(same, file);
        assert_eq!(visitor.get(app.url(&format!("{page}/lottery/9"))).send().await.unwrap().status().as_u16(), 404);
        assert_eq!(visitor.get(app.url(&format!("{base}/999"))).send().await.unwrap().status().as_u16(), 404);
        let private = format!("/c/riverbend/i/{}/selections", f.private_slug);
        assert_eq!(visitor.get(app.url(&private)).send().await.unwrap().status().as_u16(), 404);
    })
    .await;
}
