//! Content in every family's language (issue 12): an administrator chooses
//! the community's languages, a facilitator translates an initiative's texts,
//! readers see them in theirs, and what is missing is flagged.

use serde_json::{Value, json};

use crate::support::*;

#[tokio::test]
async fn an_initiative_reads_in_each_family_language() {
    on_each_backend(|app| async move {
        let f = app.riverbend().await;
        let admin = app.login("admin@example.org").await;
        let settings = "/c/riverbend/settings";
        let fields = [
            ("name", "Riverbend"),
            ("description", ""),
            ("threshold", "5"),
            ("time_zone", "UTC"),
            ("locale", "en-US"),
            ("language", "en"),
            ("languages", "es"),
        ];
        assert_eq!(app.post_form(&admin, settings, settings, &fields).await.status().as_u16(), 303);

        let base = format!("/c/riverbend/i/{}", f.public_slug);
        let fac = app.login("fac@example.org").await;
        let (_, html) = get_text(&fac, &app.url(&base)).await;
        assert!(html.contains("not yet in every language the community reads"), "staff see what is missing");
        let sheet = format!("{base}/translations");
        let (status, html) = get_text(&fac, &app.url(&sheet)).await;
        assert_eq!(status, 200);
        assert!(html.contains("Name the new school") && html.contains("Not translated yet"));
        let member = app.login("member@example.org").await;
        assert_eq!(get_text(&member, &app.url(&sheet)).await.0, 403, "translating is for facilitators");

        let save = |field: &'static str, text: &'static str| {
            let (app, fac, sheet, id) = (&app, &fac, sheet.clone(), f.public_id.to_string());
            async move {
                let body = [("field", field), ("item", id.as_str()), ("lang", "es"), ("text", text)];
                app.post_form(fac, &sheet, &sheet, &body).await
            }
        };
        let r = save("initiative.title", "Line one\nLine two").await;
        assert_eq!(r.status().as_u16(), 422, "a title is one line");
        assert!(r.text().await.unwrap().contains("Line one"), "what was typed is kept");
        assert_eq!(save("initiative.title", "Ponle nombre a la nueva escuela").await.status().as_u16(), 303);
        assert_eq!(save("initiative.summary", "Las familias eligen").await.status().as_u16(), 303);

        // A Spanish reader sees the Spanish texts, an English one the original.
        let spanish = app.client();
        let r = app.post_form(&spanish, &base, "/lang", &[("lang", "es"), ("next", &base)]).await;
        assert_eq!(r.status().as_u16(), 303);
        let (_, html) = get_text(&spanish, &app.url(&base)).await;
        assert!(html.contains("Ponle nombre a la nueva escuela") && html.contains("Las familias eligen"));
        assert!(html.contains("También en:") && html.contains(r#"value="en""#), "the switch to the other language");
        let (_, html) = get_text(&spanish, &app.url("/c/riverbend/initiatives")).await;
        assert!(html.contains("Ponle nombre a la nueva escuela"), "lists too");
        let (_, html) = get_text(&app.client(), &app.url(&base)).await;
        assert!(html.contains("Name the new school") && !html.contains("Ponle nombre"));
        // The edit form keeps the original, whatever the facilitator's language.
        app.post_form(&fac, &base, "/lang", &[("lang", "es"), ("next", &base)]).await;
        let (_, html) = get_text(&fac, &app.url(&format!("{base}/edit"))).await;
        assert!(html.contains(r#"value="Name the new school""#));

        // The API: the sheet, and a translation saved and removed.
        let token = app.api_token("fac@example.org").await;
        let api = reqwest::Client::new();
        let url = app.url(&format!("/api/v1/communities/riverbend/initiatives/{}/translations", f.public_slug));
        let sheet: Value = api.get(&url).bearer_auth(&token).send().await.unwrap().json().await.unwrap();
        let title = sheet.as_array().unwrap().iter().find(|t| t["field"] == "initiative.title").unwrap().clone();
        assert_eq!(title["translations"][0]["text"], "Ponle nombre a la nueva escuela");
        let one = format!("{url}/initiative.summary/{}/es", f.public_id);
        let r = api.put(&one).bearer_auth(&token).json(&json!({"text": ""})).send().await.unwrap();
        assert_eq!(r.status().as_u16(), 204);
        let r = api
            .put(format!("{url}/initiative.summary/{}/fr", f.public_id))
            .bearer_auth(&token)
            .json(&json!({"text": "x"}))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status().as_u16(), 422, "French is not one of the community's languages");
        let r = api
            .put(format!("{url}/poll.title/999/es"))
            .bearer_auth(&token)
            .json(&json!({"text": "x"}))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status().as_u16(), 404, "not a text of this initiative");
        let (_, html) = get_text(&spanish, &app.url(&base)).await;
        assert!(html.contains("Families choose"), "a removed translation shows the original");
    })
    .await;
}
