//! The JSON API and its OpenAPI document.

use serde_json::{Value, json};

use crate::support::*;

async fn token_for(app: &TestApp, email: &str) -> String {
    let client = login(app, email).await;
    let r = post_form(&client, app, "/account", "/account/tokens", &[("name", "script")]).await;
    assert_eq!(r.status().as_u16(), 201);
    let html = r.text().await.unwrap();
    let start = html.find("tdm_").expect("token shown once");
    html[start..].chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-').collect()
}

#[tokio::test]
async fn reads_follow_the_same_visibility_as_pages() {
    on_each_backend(|app| async move {
        let f = fixture(&app.db).await;
        let c = app.client();
        let list: Value = c.get(app.url("/api/v1/communities")).send().await.unwrap().json().await.unwrap();
        assert_eq!(list[0]["slug"], "riverbend");
        let initiatives: Value =
            c.get(app.url("/api/v1/communities/riverbend/initiatives")).send().await.unwrap().json().await.unwrap();
        assert_eq!(initiatives.as_array().unwrap().len(), 1, "members-only hidden");
        let one: Value = c
            .get(app.url(&format!("/api/v1/communities/riverbend/initiatives/{}", f.public_slug)))
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        assert_eq!(one["triangle"]["capacity"]["state"], "missing");
        assert_eq!(one["school"], "northside");
        let r = c
            .get(app.url(&format!("/api/v1/communities/riverbend/initiatives/{}", f.private_slug)))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status().as_u16(), 404);
        let body: Value = r.json().await.unwrap();
        assert_eq!(body["error"]["code"], "not_found");
        let r = c.get(app.url("/api/v1/communities/riverbend/members")).send().await.unwrap();
        assert_eq!(r.status().as_u16(), 401, "API asks for credentials instead of redirecting");
    })
    .await;
}

#[tokio::test]
async fn tokens_write_and_bad_requests_are_explained_in_the_callers_language() {
    on_each_backend(|app| async move {
        fixture(&app.db).await;
        let token = token_for(&app, "fac@example.org").await;
        let api = reqwest::Client::new();
        let url = app.url("/api/v1/communities/riverbend/initiatives");
        let r = api
            .post(&url)
            .bearer_auth(&token)
            .json(&json!({"title": "Safer routes", "school": "northside"}))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status().as_u16(), 201);
        let created: Value = r.json().await.unwrap();
        assert_eq!(created["slug"], "safer-routes");
        assert_eq!(created["visibility"], "public");

        let r = api
            .post(&url)
            .bearer_auth(&token)
            .header("accept-language", "es")
            .json(&json!({"title": "", "visibility": "secret"}))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status().as_u16(), 422);
        let body: Value = r.json().await.unwrap();
        assert_eq!(body["error"]["code"], "invalid");
        let fields = body["error"]["fields"].as_array().unwrap();
        assert!(fields.iter().any(|f| f["field"] == "title" && f["message"] == "Este dato es obligatorio."));

        let r = api
            .post(&url)
            .bearer_auth(&token)
            .header("content-type", "application/json")
            .body("{not json")
            .send()
            .await
            .unwrap();
        assert_eq!(r.status().as_u16(), 400);
        let body: Value = r.json().await.unwrap();
        assert_eq!(body["error"]["code"], "bad_request");

        let item = app.url("/api/v1/communities/riverbend/initiatives/safer-routes/capacity");
        let r = api
            .post(&item)
            .bearer_auth(&token)
            .json(&json!({"kind": "people", "title": "Crossing guard", "status": "needed"}))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status().as_u16(), 201);
        let id = r.json::<Value>().await.unwrap()["id"].as_i64().unwrap();
        let r = api
            .put(format!("{item}/{id}"))
            .bearer_auth(&token)
            .json(&json!({"kind": "people", "title": "Crossing guard", "owner": "Council", "status": "in_place"}))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status().as_u16(), 200);
        let r = api.delete(format!("{item}/99999")).bearer_auth(&token).send().await.unwrap();
        assert_eq!(r.status().as_u16(), 404);

        let groups: Value =
            api.get(app.url("/api/v1/communities/riverbend")).send().await.unwrap().json().await.unwrap();
        let gid = groups["groups"][0]["id"].as_i64().unwrap();
        let stance = app.url(&format!("/api/v1/communities/riverbend/initiatives/safer-routes/support/{gid}"));
        assert_eq!(
            api.put(&stance)
                .bearer_auth(&token)
                .json(&json!({"stance": "champion"}))
                .send()
                .await
                .unwrap()
                .status()
                .as_u16(),
            204
        );
        assert_eq!(
            api.put(&stance)
                .bearer_auth(&token)
                .json(&json!({"stance": "fan"}))
                .send()
                .await
                .unwrap()
                .status()
                .as_u16(),
            422
        );

        // A revoked or made-up token is refused.
        let r = api.get(app.url("/api/v1/me")).bearer_auth("tdm_made_up").send().await.unwrap();
        assert_eq!(r.status().as_u16(), 401);
        let me: Value = api.get(app.url("/api/v1/me")).bearer_auth(&token).send().await.unwrap().json().await.unwrap();
        assert_eq!(me["memberships"][0]["role"], "facilitator");
    })
    .await;
}

#[tokio::test]
async fn cookie_sessions_must_send_the_csrf_header_to_write() {
    on_each_backend(|app| async move {
        fixture(&app.db).await;
        let client = login(&app, "fac@example.org").await;
        let url = app.url("/api/v1/communities/riverbend/initiatives");
        let r = client.post(&url).json(&json!({"title": "Forged"})).send().await.unwrap();
        assert_eq!(r.status().as_u16(), 403);
        let (_, html) = get_text(&client, &app.url("/")).await;
        let token = csrf_in(&html);
        let r = client.post(&url).header("x-csrf-token", token).json(&json!({"title": "Real"})).send().await.unwrap();
        assert_eq!(r.status().as_u16(), 201);
        let members = login(&app, "member@example.org").await;
        let (_, html) = get_text(&members, &app.url("/")).await;
        let r = members
            .post(&url)
            .header("x-csrf-token", csrf_in(&html))
            .json(&json!({"title": "Not allowed"}))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status().as_u16(), 403, "members cannot create initiatives");
    })
    .await;
}

#[tokio::test]
async fn the_openapi_document_describes_every_route() {
    on_each_backend(|app| async move {
        let doc: Value = app.client().get(app.url("/api/v1/openapi.json")).send().await.unwrap().json().await.unwrap();
        assert!(doc["openapi"].as_str().unwrap().starts_with("3."));
        let paths = doc["paths"].as_object().unwrap();
        for p in [
            "/api/v1/communities",
            "/api/v1/communities/{community}/initiatives/{initiative}",
            "/api/v1/communities/{community}/members",
            "/api/v1/communities/{community}/invitations",
            "/api/v1/me",
        ] {
            assert!(paths.contains_key(p), "{p} documented");
        }
        assert!(doc["components"]["securitySchemes"]["token"].is_object());
    })
    .await;
}

#[tokio::test]
async fn admins_create_and_revoke_invitations_through_the_api() {
    on_each_backend(|app| async move {
        fixture(&app.db).await;
        let token = token_for(&app, "admin@example.org").await;
        let api = reqwest::Client::new();
        let url = app.url("/api/v1/communities/riverbend/invitations");
        let r = api.post(&url).bearer_auth(&token).json(&json!({"role": "member", "days": 3})).send().await.unwrap();
        assert_eq!(r.status().as_u16(), 201);
        let created: Value = r.json().await.unwrap();
        assert!(created["link"].as_str().unwrap().contains("/join/"));
        let id = created["id"].as_i64().unwrap();
        assert_eq!(api.delete(format!("{url}/{id}")).bearer_auth(&token).send().await.unwrap().status().as_u16(), 204);
        assert_eq!(api.delete(format!("{url}/{id}")).bearer_auth(&token).send().await.unwrap().status().as_u16(), 409);
        let r = api.post(&url).bearer_auth(&token).json(&json!({"role": "king", "days": 0})).send().await.unwrap();
        assert_eq!(r.status().as_u16(), 422);
    })
    .await;
}
