//! The JSON API and its OpenAPI document.

use serde_json::{Value, json};

use crate::support::*;

#[tokio::test]
async fn reads_follow_the_same_visibility_as_pages() {
    on_each_backend(|app| async move {
        let f = app.riverbend().await;
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
        app.riverbend().await;
        let token = app.api_token("fac@example.org").await;
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
        app.riverbend().await;
        let client = app.login("fac@example.org").await;
        let url = app.url("/api/v1/communities/riverbend/initiatives");
        let r = client.post(&url).json(&json!({"title": "Forged"})).send().await.unwrap();
        assert_eq!(r.status().as_u16(), 403);
        let (_, html) = get_text(&client, &app.url("/")).await;
        let token = csrf_in(&html);
        let r = client.post(&url).header("x-csrf-token", token).json(&json!({"title": "Real"})).send().await.unwrap();
        assert_eq!(r.status().as_u16(), 201);
        let members = app.login("member@example.org").await;
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
        app.riverbend().await;
        let token = app.api_token("admin@example.org").await;
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

#[tokio::test]
async fn a_write_through_the_api_appears_in_the_audit_log_page_and_api() {
    on_each_backend(|app| async move {
        app.riverbend().await;
        let token = app.api_token("admin@example.org").await;
        let api = reqwest::Client::new();
        let url = app.url("/api/v1/communities/riverbend/invitations");
        let r = api.post(&url).bearer_auth(&token).json(&json!({"role": "member", "note": "Ms Rivera"})).send().await;
        assert_eq!(r.unwrap().status().as_u16(), 201);

        let admin = app.login("admin@example.org").await;
        let (status, html) = get_text(&admin, &app.url("/c/riverbend/audit?action=invitation.")).await;
        assert_eq!(status, 200);
        assert!(html.contains("Invitation link created"), "the action in words");
        assert!(html.contains("through the API"), "and the door it came through");
        let (_, home) = get_text(&admin, &app.url("/c/riverbend")).await;
        assert!(home.contains("/c/riverbend/audit"), "linked from the community's staff menu");
        let (status, html) = get_text(&admin, &app.url("/c/riverbend/audit?from=someday&action=nothing.")).await;
        assert_eq!(status, 422);
        assert!(html.contains("problem-summary") && html.contains("From: "), "bad filters are explained");

        let log: Value = api
            .get(app.url("/api/v1/communities/riverbend/audit?action=invitation.create"))
            .bearer_auth(&token)
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        assert_eq!(log["total"], 1);
        assert_eq!(log["entries"][0]["via"], "api");
        assert_eq!(log["entries"][0]["actor"], "admin");
        // The end of the sealed chain, for noting elsewhere, on both doors.
        let position = log["chain"]["position"].as_i64().unwrap();
        let hash = log["chain"]["hash"].as_str().unwrap();
        assert!(position >= 1 && hash.len() == 64, "{log}");
        let (_, html) = get_text(&admin, &app.url("/c/riverbend/audit")).await;
        assert!(html.contains(&format!("{position}:{hash}")), "the page shows the same head");

        let fac = app.api_token("fac@example.org").await;
        let r = api.get(app.url("/api/v1/communities/riverbend/audit")).bearer_auth(&fac).send().await.unwrap();
        assert_eq!(r.status().as_u16(), 403, "administrators only");
        let facilitator = app.login("fac@example.org").await;
        assert_eq!(get_text(&facilitator, &app.url("/c/riverbend/audit")).await.0, 403);
    })
    .await;
}

#[tokio::test]
async fn the_moderation_queue_works_through_the_api() {
    on_each_backend(|app| async move {
        let f = app.riverbend().await;
        app.open_board(&f).await;
        let api = reqwest::Client::new();
        let base = app.url("/api/v1/communities/riverbend");
        let member = app.api_token("member@example.org").await;
        let ideas = format!("{base}/initiatives/{}/ideas", f.public_slug);
        let idea =
            json!({"kind": "idea", "title": "Rename the gym", "body": "After the coach.", "accept_conduct": true});
        let r = api.post(&ideas).bearer_auth(&member).json(&idea).send().await.unwrap();
        assert_eq!(r.status().as_u16(), 201);
        let id = r.json::<Value>().await.unwrap()["id"].as_i64().unwrap();

        let pupil = app.api_token("pupil@example.org").await;
        let flag = api.post(format!("{base}/flags/idea/{id}")).bearer_auth(&pupil).json(&json!({"reason": "Unkind"}));
        assert_eq!(flag.send().await.unwrap().status().as_u16(), 204);
        let unknown = api.post(format!("{base}/flags/robot/{id}")).bearer_auth(&pupil).json(&json!({"reason": "x"}));
        assert_eq!(unknown.send().await.unwrap().status().as_u16(), 404);

        let fac = app.api_token("fac@example.org").await;
        let r = api.get(format!("{base}/moderation/flags")).bearer_auth(&member).send().await.unwrap();
        assert_eq!(r.status().as_u16(), 403, "the queue is for facilitators");
        let queue: Value =
            api.get(format!("{base}/moderation/flags")).bearer_auth(&fac).send().await.unwrap().json().await.unwrap();
        assert_eq!(queue[0]["id"], id);
        assert_eq!(queue[0]["reasons"], json!(["Unkind"]));

        let decide = format!("{base}/moderation/idea/{id}");
        let r = api.post(&decide).bearer_auth(&fac).json(&json!({"decision": "hide"})).send().await.unwrap();
        assert_eq!(r.status().as_u16(), 422, "hiding needs a reason");
        let hide = json!({"decision": "hide", "reason": "Names a member of staff"});
        assert_eq!(api.post(&decide).bearer_auth(&fac).json(&hide).send().await.unwrap().status().as_u16(), 204);
        let shown: Value = api.get(format!("{ideas}/{id}")).send().await.unwrap().json().await.unwrap();
        assert_eq!(shown["hidden_reason"], "Names a member of staff");
        assert_ne!(shown["title"], "Rename the gym", "a hidden idea's words are not published");
        let restore = json!({"decision": "restore"});
        assert_eq!(api.post(&decide).bearer_auth(&fac).json(&restore).send().await.unwrap().status().as_u16(), 204);
        let queue: Value =
            api.get(format!("{base}/moderation/flags")).bearer_auth(&fac).send().await.unwrap().json().await.unwrap();
        assert_eq!(queue, json!([]));
        let log: Value =
            api.get(format!("{base}/moderation/log")).bearer_auth(&fac).send().await.unwrap().json().await.unwrap();
        let actions: Vec<&str> = log.as_array().unwrap().iter().map(|l| l["action"].as_str().unwrap()).collect();
        assert_eq!(actions.len(), 2, "{actions:?}");
    })
    .await;
}

#[tokio::test]
async fn a_read_only_token_reads_and_is_refused_any_write() {
    on_each_backend(|app| async move {
        app.riverbend().await;
        let admin = app.login("admin@example.org").await;
        let r = app.post_form(&admin, "/account", "/account/tokens", &[("name", "dashboard"), ("scope", "read")]).await;
        let html = r.text().await.unwrap();
        let start = html.find("tdm_").expect("token shown once");
        let token: String =
            html[start..].chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-').collect();
        let api = reqwest::Client::new();
        let url = app.url("/api/v1/communities/riverbend/invitations");
        assert_eq!(api.get(&url).bearer_auth(&token).send().await.unwrap().status().as_u16(), 200);
        let r = api.post(&url).bearer_auth(&token).json(&json!({"role": "member"})).send().await.unwrap();
        assert_eq!(r.status().as_u16(), 403);
        let body: Value = r.json().await.unwrap();
        assert_eq!(body["error"]["code"], "read_only_token");
        let listed: Value =
            api.get(app.url("/api/v1/me/tokens")).bearer_auth(&token).send().await.unwrap().json().await.unwrap();
        assert_eq!(listed[0]["scope"], "read");
        assert!(listed[0]["expires_at"].as_str().is_some());
    })
    .await;
}

#[tokio::test]
async fn the_openapi_document_is_complete_and_honest() {
    on_each_backend(|app| async move {
        let doc: Value = app.client().get(app.url("/api/v1/openapi.json")).send().await.unwrap().json().await.unwrap();
        let mut operations = 0;
        for (path, item) in doc["paths"].as_object().unwrap() {
            for (method, op) in item.as_object().unwrap() {
                let Some(responses) = op.get("responses").and_then(Value::as_object) else { continue };
                operations += 1;
                for (status, response) in responses {
                    let described = response["description"].as_str().is_some_and(|d| !d.trim().is_empty());
                    assert!(described, "{method} {path} {status} has a description");
                }
                for status in ["400", "401", "403"] {
                    assert!(responses.contains_key(status), "{method} {path} documents {status}");
                }
            }
        }
        assert!(operations > 90, "{operations}");
        // Results that only exist once voting closes say they can be null.
        for schema in ["PollOut", "BudgetOut"] {
            let result = &doc["components"]["schemas"][schema]["properties"]["result"];
            assert!(result.to_string().contains("null"), "{schema}.result: {result}");
        }
    })
    .await;
}

#[tokio::test]
async fn malformed_requests_are_refused_with_a_clear_message_and_change_nothing() {
    on_each_backend(|app| async move {
        let f = app.riverbend().await;
        app.open_board(&f).await;
        let token = app.api_token("admin@example.org").await;
        let api = reqwest::Client::new();
        let ideas = app.url(&format!("/api/v1/communities/riverbend/initiatives/{}/ideas", f.public_slug));
        let before: Value = api.get(&ideas).bearer_auth(&token).send().await.unwrap().json().await.unwrap();
        let message = |v: &Value| v["error"]["message"].as_str().unwrap_or_default().to_owned();

        // An array (or any non-object) where an object is expected.
        for body in ["[]", "[\"need\", \"A title\", \"A body\"]", "\"text\"", "42", "null"] {
            let r = api
                .post(&ideas)
                .bearer_auth(&token)
                .header("content-type", "application/json")
                .body(body)
                .send()
                .await
                .unwrap();
            assert_eq!(r.status().as_u16(), 400, "{body}");
            let v: Value = r.json().await.unwrap();
            assert!(message(&v).contains("must be a JSON object"), "{body}: {v}");
        }
        // Bytes that are not UTF-8, in the body, the query and the path; in Spanish too.
        let r = api
            .post(&ideas)
            .bearer_auth(&token)
            .header("content-type", "application/json")
            .body(b"{\"title\": \"caf\xe9\"}".to_vec())
            .send()
            .await
            .unwrap();
        assert_eq!(r.status().as_u16(), 400);
        assert!(message(&r.json().await.unwrap()).contains("not valid UTF-8"));
        for url in [format!("{ideas}?status=%FF"), app.url("/api/v1/communities/river%C3bend")] {
            let r = api.get(&url).bearer_auth(&token).header("accept-language", "es").send().await.unwrap();
            assert_eq!(r.status().as_u16(), 400, "{url}");
            assert!(message(&r.json().await.unwrap()).contains("no es UTF-8"), "{url}");
        }
        let after: Value = api.get(&ideas).bearer_auth(&token).send().await.unwrap().json().await.unwrap();
        assert_eq!(before, after, "nothing was posted");

        // Dates far outside any school year.
        let commitments = app.url(&format!("/api/v1/communities/riverbend/initiatives/{}/commitments", f.public_slug));
        let r = api.post(&commitments).bearer_auth(&token).json(&json!({"title": "Crossings"})).send().await.unwrap();
        assert_eq!(r.status().as_u16(), 201);
        let id = r.json::<Value>().await.unwrap()["id"].as_i64().unwrap();
        // 10.0 is the whole number 10, as JSON Schema reads it; 10.5 is not a percentage.
        for (percent, status) in [(json!(10.0), 204), (json!(10.5), 400)] {
            let r = api
                .post(format!("{commitments}/{id}/progress"))
                .bearer_auth(&token)
                .json(
                    &json!({"status": "in_progress", "percent": percent, "body": "Begun", "happened_on": "2026-11-02"}),
                )
                .send()
                .await
                .unwrap();
            assert_eq!(r.status().as_u16(), status, "{percent}");
        }
        for day in ["0001-01-01", "9999-12-31", "2201-01-01"] {
            let r = api
                .post(format!("{commitments}/{id}/progress"))
                .bearer_auth(&token)
                .json(&json!({"status": "in_progress", "percent": 10, "body": "Begun", "happened_on": day}))
                .send()
                .await
                .unwrap();
            assert_eq!(r.status().as_u16(), 422, "{day}");
            let v: Value = r.json().await.unwrap();
            assert!(v.to_string().contains("between the years 1900 and 2200"), "{day}: {v}");
        }
    })
    .await;
}

#[tokio::test]
async fn an_idea_read_alone_names_each_field_once() {
    on_each_backend(|app| async move {
        let f = app.riverbend().await;
        app.open_board(&f).await;
        let token = app.api_token("admin@example.org").await;
        let api = reqwest::Client::new();
        let ideas = app.url(&format!("/api/v1/communities/riverbend/initiatives/{}/ideas", f.public_slug));
        let r = api
            .post(&ideas)
            .bearer_auth(&token)
            .json(&json!({"kind": "idea", "title": "Quiet room at lunch", "body": "For pupils who need a break.", "accept_conduct": true}))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status().as_u16(), 201);
        let id = r.json::<Value>().await.unwrap()["id"].as_i64().unwrap();
        let comment = json!({"body": "Yes please", "accept_conduct": true});
        assert_eq!(api.post(format!("{ideas}/{id}/comments")).bearer_auth(&token).json(&comment).send().await.unwrap().status().as_u16(), 201);
        let raw = api.get(format!("{ideas}/{id}")).bearer_auth(&token).send().await.unwrap().text().await.unwrap();
        assert_eq!(raw.matches("\"comments\":").count(), 1, "{raw}");
        let v: Value = serde_json::from_str(&raw).unwrap();
        assert_eq!(v["comment_count"], 1);
        assert_eq!(v["comments"][0]["body"], "Yes please");
    })
    .await;
}
