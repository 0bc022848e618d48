//! Surveys through the pages and the API on both databases: a survey from
//! a template, printed links, a respondent who reads how answers are kept
//! before the first question, a wrong answer refused with nothing stored,
//! one answer per link, results hidden from visitors until published, and
//! exports for organisers only.

use serde_json::{Value, json};

use crate::support::*;

/// The one-time links on a printed page of links.
fn links_in(html: &str) -> Vec<String> {
    html.split("/c/riverbend/s/")
        .skip(1)
        .map(|rest| rest.chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-').collect())
        .collect()
}

#[tokio::test]
async fn a_survey_runs_from_a_template_to_published_results() {
    on_each_backend(|app| async move {
        app.riverbend().await;
        let fac = app.login("fac@example.org").await;
        let list = "/c/riverbend/surveys";
        let r = app.post_form(&fac, list, list, &[("template", ""), ("title", ""), ("mode", "anonymous")]).await;
        assert_eq!(r.status().as_u16(), 422, "a blank survey needs a title");
        let r = app.post_form(&fac, list, list, &[("template", "four-cs-families"), ("language", "es")]).await;
        assert_eq!(r.status().as_u16(), 303);
        let page = location(&r);
        let id: i64 = page.rsplit('/').next().unwrap().parse().unwrap();
        let (_, html) = get_text(&fac, &app.url(&page)).await;
        assert!(html.contains("Trabajar juntos: familias") && html.contains("Conexiones"));
        let r = app.post_form(&fac, &page, &format!("{page}/questions"), &[("kind", "dial"), ("prompt", "?")]).await;
        assert_eq!(r.status().as_u16(), 422);
        let r = app.post_form(&fac, &page, &format!("{page}/wave-label"), &[("wave_label", "")]).await;
        assert_eq!(r.status().as_u16(), 422);
        let r = app.post_form(&fac, &page, &format!("{page}/wave-label"), &[("wave_label", "Otoño 2026")]).await;
        assert_eq!(r.status().as_u16(), 303);
        let r = app.post_form(&fac, &page, &format!("{page}/open"), &[]).await;
        assert_eq!(r.status().as_u16(), 303);
        assert!(get_text(&fac, &app.url(&page)).await.1.contains("Otoño 2026"));

        // Links printed for families without email; each answers once.
        let r = app.post_form(&fac, &page, &format!("{page}/links"), &[("group", "families"), ("count", "0")]).await;
        assert_eq!(r.status().as_u16(), 422);
        let r = app.post_form(&fac, &page, &format!("{page}/links"), &[("group", "families"), ("count", "6")]).await;
        assert_eq!(r.status().as_u16(), 200);
        let tokens = links_in(&r.text().await.unwrap());
        assert_eq!(tokens.len(), 6);

        // The respondent reads how answers are kept before the first question.
        let visitor = app.client();
        let take = format!("/c/riverbend/s/{}", tokens[0]);
        let (status, html) = get_text(&visitor, &app.url(&take)).await;
        assert_eq!(status, 200);
        let kept = html.find("cannot be linked to you").expect("the mode is explained");
        assert!(kept < html.find("name=\"q0\"").unwrap());
        let r = app.post_form(&visitor, &take, &take, &[("q0", "9")]).await;
        assert_eq!(r.status().as_u16(), 422, "out of range");
        assert!(r.text().await.unwrap().contains("not one of the choices"));
        let r = app.post_form(&visitor, &take, &take, &[("q0", "4"), ("q3", "2"), ("q12", "More evenings")]).await;
        assert_eq!(r.status().as_u16(), 303);
        let (_, html) = get_text(&visitor, &app.url(&take)).await;
        assert!(html.contains("cannot be used again") && !html.contains("name=\"q0\""));
        let r = app.post_form(&visitor, &take, &take, &[("q0", "4")]).await;
        assert_eq!(r.status().as_u16(), 409, "one answer per link");

        // The API answers the others (a script holds a token of its own), reads
        // the invitation, and refuses a used link.
        let token = app.api_token("fac@example.org").await;
        let api = |t: &str| app.url(&format!("/api/v1/communities/riverbend/survey-invitations/{t}"));
        let inv: Value = app.client().get(api(&tokens[1])).send().await.unwrap().json().await.unwrap();
        assert_eq!(inv["survey"]["mode"], "anonymous");
        assert!(inv["mode_explained"].as_str().unwrap().contains("cannot be linked"));
        for t in &tokens[1..] {
            let body = json!({"answers": {"q3": ["3"], "q4": ["4"]}});
            let r = app.client().post(api(t)).bearer_auth(&token).json(&body).send().await.unwrap();
            assert_eq!(r.status().as_u16(), 204);
        }
        let body = json!({"answers": {"q3": ["3"]}});
        let r = app.client().post(api(&tokens[1])).bearer_auth(&token).json(&body).send().await.unwrap();
        assert_eq!(r.status().as_u16(), 409);

        // Results: organisers now, visitors once published; exports for organisers only.
        let results = format!("{page}/results");
        assert_eq!(get_text(&visitor, &app.url(&results)).await.0, 409);
        let (status, html) = get_text(&fac, &app.url(&results)).await;
        assert_eq!(status, 200);
        assert!(html.contains("Conexiones"));
        let csv = format!("{page}/responses.csv");
        assert_eq!(get_text(&visitor, &app.url(&csv)).await.0, 303, "sign in first");
        let member = app.login("member@example.org").await;
        assert_eq!(get_text(&member, &app.url(&csv)).await.0, 403);
        let (status, text) = get_text(&fac, &app.url(&csv)).await;
        assert_eq!(status, 200);
        assert_eq!(text.lines().count(), 7, "a header and six responses");
        let at = format!("/api/v1/communities/riverbend/surveys/{id}");
        for step in ["close", "publish"] {
            let r = app.client().post(app.url(&format!("{at}/{step}"))).bearer_auth(&token).send().await.unwrap();
            assert_eq!(r.status().as_u16(), 204, "{step}");
        }
        let (status, html) = get_text(&visitor, &app.url(&results)).await;
        assert_eq!(status, 200);
        assert!(html.contains("Conexiones") && !html.contains("More evenings"), "words only with ten answers");
        let r: Value = app.client().get(app.url(&format!("{at}/results"))).send().await.unwrap().json().await.unwrap();
        assert_eq!(r["respondents"], 6);
        assert_eq!(r["rates"], json!([]), "rates per group are for organisers");
        let connections = r["scales"].as_array().unwrap().iter().find(|s| s["name"] == "Conexiones").unwrap();
        assert!((connections["score"]["mean"].as_f64().unwrap() - 3.5 / 1.0).abs() < 2.0);
    })
    .await;
}
