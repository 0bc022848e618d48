//! Authors change their own posts (issue 12): edit until someone acts on
//! them, with the history shown; withdraw afterwards with a reason, after a
//! confirmation page.

use serde_json::json;

use crate::support::*;

#[tokio::test]
async fn an_author_edits_until_endorsed_then_withdraws_with_a_reason() {
    on_each_backend(|app| async move {
        let f = app.riverbend().await;
        app.open_board(&f).await;
        let board = format!("/c/riverbend/i/{}/ideas", f.public_slug);
        let member = app.login("member@example.org").await;
        let fields = [("kind", "idea"), ("title", "Bike racks"), ("body", "By the gate"), ("conduct", "1")];
        let r = app.post_form(&member, &board, &board, &fields).await;
        let idea = location(&r);
        let (_, html) = get_text(&member, &app.url(&idea)).await;
        assert!(html.contains(&format!(r#"action="{idea}/edit""#)), "the author is offered an edit");
        let admin = app.login("admin@example.org").await;
        let (_, html) = get_text(&admin, &app.url(&idea)).await;
        assert!(!html.contains(&format!(r#"action="{idea}/edit""#)), "nobody else is");
        let r = app.post_form(&admin, &idea, &format!("{idea}/edit"), &[("title", "Mine now"), ("body", "x")]).await;
        assert_eq!(r.status().as_u16(), 403);

        // A bad edit keeps what was typed, with the error beside the field.
        let r = app
            .post_form(&member, &idea, &format!("{idea}/edit"), &[("title", ""), ("body", "Near the gate, covered")])
            .await;
        assert_eq!(r.status().as_u16(), 422);
        let html = r.text().await.unwrap();
        assert!(
            html.contains("Near the gate, covered") && html.contains(r##"href="#f-edit-title""##),
            "typed text kept, summary links the field"
        );
        let edit = [("title", "Covered bike racks"), ("body", "Near the gate, covered")];
        assert_eq!(app.post_form(&member, &idea, &format!("{idea}/edit"), &edit).await.status().as_u16(), 303);
        let (_, html) = get_text(&app.client(), &app.url(&idea)).await;
        assert!(html.contains("Covered bike racks") && html.contains("Edited on"));
        assert!(html.contains("The earlier version") && html.contains("By the gate"), "the history is public");

        // Once endorsed, no more edits: only withdrawing, with a reason, after asking.
        assert_eq!(
            app.post_form(&admin, &idea, &format!("{idea}/endorse"), &[("action", "endorse")]).await.status().as_u16(),
            303
        );
        let r = app.post_form(&member, &idea, &format!("{idea}/edit"), &[("title", "Late"), ("body", "Late")]).await;
        assert_eq!(r.status().as_u16(), 303);
        let (_, html) = get_text(&member, &app.url(&idea)).await;
        assert!(html.contains("someone has endorsed it") && !html.contains("Late"));
        let r = app.post_form(&member, &idea, &format!("{idea}/withdraw"), &[("reason", "")]).await;
        assert_eq!(r.status().as_u16(), 422, "a reason is needed");
        let r = app
            .post_form(&member, &idea, &format!("{idea}/withdraw"), &[("reason", "The council is fitting them")])
            .await;
        assert_eq!(r.status().as_u16(), 200);
        assert!(r.text().await.unwrap().contains("Withdraw your post?"));
        let confirmed = [("reason", "The council is fitting them"), ("confirmed", "yes")];
        assert_eq!(app.post_form(&member, &idea, &format!("{idea}/withdraw"), &confirmed).await.status().as_u16(), 303);
        let (_, html) = get_text(&app.client(), &app.url(&idea)).await;
        assert!(html.contains("Withdrawn by its author: The council is fitting them"));

        // Comments too, through the API: edit until replied to.
        let token = app.api_token("member@example.org").await;
        let api = reqwest::Client::new();
        let id: i64 = idea.rsplit('/').next().unwrap().parse().unwrap();
        let base = app.url(&format!("/api/v1/communities/riverbend/initiatives/{}/ideas", f.public_slug));
        let fields = [("kind", "idea"), ("title", "Water fountain"), ("body", "In the hall"), ("conduct", "1")];
        let other = location(&app.post_form(&member, &board, &board, &fields).await);
        let other_id: i64 = other.rsplit('/').next().unwrap().parse().unwrap();
        let r = app.post_form(&member, &other, &format!("{other}/comments"), &[("body", "Cold water please")]).await;
        let cid: i64 = location(&r).rsplit("comment-").next().unwrap().parse().unwrap();
        let r = api
            .patch(format!("{base}/{other_id}/comments/{cid}"))
            .bearer_auth(&token)
            .json(&json!({"body": "Cold, filtered water"}))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status().as_u16(), 204);
        let r = app
            .post_form(
                &admin,
                &other,
                &format!("{other}/comments"),
                &[("body", "Agreed"), ("parent", &cid.to_string()), ("conduct", "1")],
            )
            .await;
        assert_eq!(r.status().as_u16(), 303, "the reply is posted");
        let r = api
            .patch(format!("{base}/{other_id}/comments/{cid}"))
            .bearer_auth(&token)
            .json(&json!({"body": "Changed"}))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status().as_u16(), 409, "replied to");
        let r = api
            .post(format!("{base}/{other_id}/comments/{cid}/withdrawal"))
            .bearer_auth(&token)
            .json(&json!({"reason": "Duplicate"}))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status().as_u16(), 204);
        let (_, html) = get_text(&app.client(), &app.url(&other)).await;
        assert!(html.contains("Cold, filtered water") && html.contains("Withdrawn by its author: Duplicate"));
        let r = api
            .patch(format!("{base}/{id}"))
            .bearer_auth(&token)
            .json(&json!({"title": "x", "body": "y"}))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status().as_u16(), 409, "a withdrawn idea stays as it was");
    })
    .await;
}
