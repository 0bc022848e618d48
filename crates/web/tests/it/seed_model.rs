//! The seeds' own model through the pages and the API: authorizing
//! environment, charter (and the participation gate), phases, five key
//! steps, worksheet, health and packet.

use serde_json::{Value, json};

use crate::support::*;

fn initiative(f: &Fixture) -> String {
    format!("/c/riverbend/i/{}", f.public_slug)
}

#[tokio::test]
async fn stakeholders_are_mapped_and_bad_ones_refused() {
    on_each_backend(|app| async move {
        let f = app.riverbend().await;
        let base = initiative(&f);
        let fac = app.login("fac@example.org").await;
        let page = format!("{base}/environment");
        let r = app
            .post_form(
                &fac,
                &page,
                &format!("{base}/stakeholders"),
                &[
                    ("name", "School board"),
                    ("kind", "group"),
                    ("formal_authority", "approves"),
                    ("instrument", ""),
                    ("influence", "high"),
                    ("stance", "supporter"),
                    ("suitability", "co_production"),
                    ("group", ""),
                ],
            )
            .await;
        assert_eq!(r.status().as_u16(), 422, "formal authority needs its instrument");
        assert!(r.text().await.unwrap().contains("Say how this formal authority is exercised."));
        let r = app
            .post_form(
                &fac,
                &page,
                &format!("{base}/stakeholders"),
                &[
                    ("name", "School board"),
                    ("kind", "group"),
                    ("formal_authority", "approves"),
                    ("instrument", "Board vote on the final plan"),
                    ("influence", "high"),
                    ("stance", "supporter"),
                    ("suitability", "co_production"),
                    ("group", ""),
                ],
            )
            .await;
        assert_eq!(r.status().as_u16(), 303);
        let (_, html) = get_text(&app.client(), &app.url(&page)).await;
        assert!(
            html.contains("Board vote on the final plan") && html.contains("trad-title") && html.contains("open-title")
        );
        let env: Value = app
            .client()
            .get(app.url(&format!("/api/v1/communities/riverbend/initiatives/{}/environment", f.public_slug)))
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        assert_eq!(env["stakeholders"].as_array().unwrap().len(), 1);
        // Members cannot change the map.
        let member = app.login("member@example.org").await;
        let r = app.post_form(&member, &page, &format!("{base}/stakeholders"), &[("name", "X")]).await;
        assert_eq!(r.status().as_u16(), 403);
    })
    .await;
}

#[tokio::test]
async fn participation_waits_for_the_published_charter() {
    on_each_backend(|app| async move {
        let f = app.riverbend().await;
        let base = initiative(&f);
        let fac = app.login("fac@example.org").await;
        // Opening before the charter is published fails with a clear message and changes nothing.
        let r = app.post_form(&fac, &base, &format!("{base}/participation"), &[("open", "1")]).await;
        assert_eq!(r.status().as_u16(), 303);
        let (_, html) = get_text(&fac, &app.url(&location(&r))).await;
        assert!(html.contains("Participation cannot open until the power-sharing charter is published"));
        let stored =
            tandem_store::initiatives::by_slug(app.db.pool(), f.community_id, &f.public_slug).await.unwrap().unwrap();
        assert!(!stored.participation_open);
        let token = app.api_token("fac@example.org").await;
        let api = reqwest::Client::new();
        let url = app.url(&format!("/api/v1/communities/riverbend/initiatives/{}/participation", f.public_slug));
        let r = api.put(&url).bearer_auth(&token).json(&json!({"open": true})).send().await.unwrap();
        assert_eq!(r.status().as_u16(), 409);
        assert!(r.json::<Value>().await.unwrap()["error"]["message"].as_str().unwrap().contains("charter"));

        // A draft is invisible to the public and cannot be published empty.
        let charter = format!("{base}/charter");
        let r = app.post_form(&fac, &charter, &format!("{charter}/publish"), &[("confirmed", "yes")]).await;
        assert_eq!(r.status().as_u16(), 422);
        let area = [
            ("title", "The school's name"),
            ("level", "empower"),
            ("final_decision_by", "Design team"),
            ("fixed", ""),
            ("risks", ""),
            ("reciprocity", "Pupils unveil the name"),
        ];
        let r = app.post_form(&fac, &charter, &format!("{charter}/areas"), &area).await;
        assert_eq!(r.status().as_u16(), 303, "drafts change without a reason");
        let (_, public) = get_text(&app.client(), &app.url(&charter)).await;
        assert!(!public.contains("The school's name"), "the draft is not public");
        // The first press asks once more and publishes nothing.
        let r = app.post_form(&fac, &charter, &format!("{charter}/publish"), &[]).await;
        assert_eq!(r.status().as_u16(), 200);
        assert!(r.text().await.unwrap().contains("Publish the charter?"));
        let (_, public) = get_text(&app.client(), &app.url(&charter)).await;
        assert!(!public.contains("The school's name"), "still a draft");
        let r = app.post_form(&fac, &charter, &format!("{charter}/publish"), &[("confirmed", "yes")]).await;
        assert_eq!(r.status().as_u16(), 303);
        let (_, public) = get_text(&app.client(), &app.url(&charter)).await;
        assert!(public.contains("The school's name") && public.contains("Pupils unveil the name"));

        // After publication every change needs a reason, and readers see it.
        let areas = tandem_store::charter::areas(app.db.pool(), 1).await.unwrap();
        let edit = format!("{charter}/areas/{}", areas[0].id);
        let mut changed = area.to_vec();
        changed[1] = ("level", "collaborate");
        let r = app.post_form(&fac, &charter, &edit, &changed).await;
        assert_eq!(r.status().as_u16(), 422, "no reason given");
        assert_eq!(tandem_store::charter::get_charter(app.db.pool(), 1).await.unwrap().version, 1);
        changed.push(("reason", "The board must ratify the name"));
        let r = app.post_form(&fac, &charter, &edit, &changed).await;
        assert_eq!(r.status().as_u16(), 303);
        let (_, public) = get_text(&app.client(), &app.url(&charter)).await;
        assert!(public.contains("The board must ratify the name") && public.contains("Version 2"));
        let (status, v1) = get_text(&app.client(), &app.url(&format!("{charter}/v/1"))).await;
        assert_eq!(status, 200);
        assert!(v1.contains("Empower"), "version 1 is kept as it was");

        let r = api.put(&url).bearer_auth(&token).json(&json!({"open": true})).send().await.unwrap();
        assert_eq!(r.status().as_u16(), 204, "now it can open");
        let c: Value = api
            .get(app.url(&format!("/api/v1/communities/riverbend/initiatives/{}/charter", f.public_slug)))
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        assert_eq!((c["version"].as_i64(), c["versions"].as_array().unwrap().len()), (Some(2), 2));
    })
    .await;
}

#[tokio::test]
async fn new_initiatives_get_the_default_phases_and_moves_are_recorded() {
    on_each_backend(|app| async move {
        app.riverbend().await;
        let fac = app.login("fac@example.org").await;
        let r = app
            .post_form(
                &fac,
                "/c/riverbend/initiatives/new",
                "/c/riverbend/initiatives",
                &[("title", "Safer routes"), ("visibility", "public"), ("school", "")],
            )
            .await;
        let base = location(&r);
        let (_, phases_page) = get_text(&fac, &app.url(&format!("{base}/phases"))).await;
        for name in ["Identify needs", "Co-design", "Authorization", "Co-delivery", "Co-evaluation"] {
            assert!(phases_page.contains(name), "{name}");
        }
        let i = tandem_store::initiatives::by_slug(app.db.pool(), 1, "safer-routes").await.unwrap().unwrap();
        let phases = tandem_store::phases::list(app.db.pool(), i.id).await.unwrap();
        let r = app
            .post_form(
                &fac,
                &format!("{base}/phases"),
                &format!("{base}/phases/{}/current", phases[1].id),
                &[("note", "Needs agreed")],
            )
            .await;
        assert_eq!(r.status().as_u16(), 303);
        let (_, overview) = get_text(&fac, &app.url(&base)).await;
        assert!(overview.contains("Co-design"), "the current phase shows on the initiative page");
        let (_, phases_page) = get_text(&fac, &app.url(&format!("{base}/phases"))).await;
        assert!(phases_page.contains("Needs agreed"), "the move is recorded");
        let r = app
            .post_form(&fac, &format!("{base}/phases"), &format!("{base}/phases/{}/delete", phases[1].id), &[])
            .await;
        assert_eq!(r.status().as_u16(), 409, "the current phase cannot be deleted");
        let r = app
            .post_form(
                &fac,
                &format!("{base}/phases"),
                &format!("{base}/phases"),
                &[("name", "Pilot"), ("kind", "co_production"), ("starts_on", "2027-05-01"), ("ends_on", "2027-04-01")],
            )
            .await;
        assert_eq!(r.status().as_u16(), 422);
        assert_eq!(tandem_store::phases::list(app.db.pool(), i.id).await.unwrap().len(), 5);
    })
    .await;
}

fn multipart_csv(token: &str, csv: &str) -> reqwest::multipart::Form {
    reqwest::multipart::Form::new().text("_csrf", token.to_owned()).part(
        "file",
        reqwest::multipart::Part::bytes(csv.as_bytes().to_vec())
            .file_name("engagement.csv")
            .mime_str("text/csv")
            .unwrap(),
    )
}

#[tokio::test]
async fn engagement_csv_is_imported_whole_and_small_figures_stay_hidden() {
    on_each_backend(|app| async move {
        let f = app.riverbend().await;
        let base = initiative(&f);
        let fac = app.login("fac@example.org").await;
        let page = format!("{base}/engagement");
        let (_, html) = get_text(&fac, &app.url(&page)).await;
        let token = csrf_in(&html);
        let bad = "date,group,kind,people,source\n2026-10-01,families,informed,380,Letter home\n2026-10-02,families,waved,12,Assembly\n";
        let r = fac.post(app.url(&format!("{page}/import"))).multipart(multipart_csv(&token, bad)).send().await.unwrap();
        assert_eq!(r.status().as_u16(), 422);
        assert!(r.text().await.unwrap().contains("Line 3: kind: Choose one of the options."));
        assert!(tandem_store::engagement::recent(app.db.pool(), 1, 10).await.unwrap().is_empty(), "nothing half-imported");
        let good = "date,group,kind,people,source\n2026-10-01,families,informed,380,Letter home\n2026-10-02,pupils,attended,3,Assembly\n2026-10-03,families,updated,200,Newsletter\n";
        let r = fac.post(app.url(&format!("{page}/import"))).multipart(multipart_csv(&token, good)).send().await.unwrap();
        assert_eq!(r.status().as_u16(), 200);
        assert!(r.text().await.unwrap().contains("3 records imported."));
        // Without the token, nothing is read.
        let r = fac.post(app.url(&format!("{page}/import"))).multipart(multipart_csv("forged", good)).send().await.unwrap();
        assert_eq!(r.status().as_u16(), 403);
        assert_eq!(tandem_store::engagement::recent(app.db.pool(), 1, 10).await.unwrap().len(), 3);

        let (_, public) = get_text(&app.client(), &app.url(&page)).await;
        assert!(public.contains(">200<"), "figures of 5 or more are shown");
        assert!(!public.contains(">3<"), "3 pupils is hidden");
        assert!(!public.contains(">380<"), "and so is the only other figure, or 383 - 380 would give it away");
        assert!(public.contains(">383<"), "the total of both is safe to show");
        let api: Value = app.client().get(app.url(&format!("/api/v1/communities/riverbend/initiatives/{}/engagement", f.public_slug))).send().await.unwrap().json().await.unwrap();
        let rows = api.as_array().unwrap();
        let pupils = rows.iter().find(|r| r["group"] == "Pupils").unwrap();
        assert!(pupils["steps"]["awareness"].is_null());
        let families = rows.iter().find(|r| r["group"] == "Families and carers").unwrap();
        assert!(families["steps"]["awareness"].is_null(), "secondary suppression");
        assert_eq!(families["steps"]["feedback"], 200);
        let total = rows.iter().find(|r| r["group_id"] == 0).unwrap();
        assert_eq!(total["steps"]["awareness"], 383);
        // One record by form, with a bad one refused.
        let r = app.post_form(&fac, &page, &format!("{page}/events"), &[("group", "1"), ("kind", "trained"), ("people", "-2"), ("occurred_on", "2026-10-05"), ("source", "x")]).await;
        assert_eq!(r.status().as_u16(), 422);
    })
    .await;
}

#[tokio::test]
async fn the_worksheet_is_for_members_and_keeps_history() {
    on_each_backend(|app| async move {
        let f = app.riverbend().await;
        let page = format!("{}/worksheet", initiative(&f));
        assert_eq!(app.client().get(app.url(&page)).send().await.unwrap().status().as_u16(), 303, "log in first");
        let outsider = app.login("outsider@example.org").await;
        assert_eq!(get_text(&outsider, &app.url(&page)).await.0, 403);
        let fac = app.login("fac@example.org").await;
        app.post_form(&fac, &page, &format!("{page}/3"), &[("answer", "Families")]).await;
        let r = app.post_form(&fac, &page, &format!("{page}/3"), &[("answer", "Families and the pupil council")]).await;
        assert_eq!(r.status().as_u16(), 303);
        let r = app.post_form(&fac, &page, &format!("{page}/3"), &[("answer", "  ")]).await;
        assert_eq!(r.status().as_u16(), 422);
        assert_eq!(app.post_form(&fac, &page, &format!("{page}/9"), &[("answer", "x")]).await.status().as_u16(), 404);
        let member = app.login("member@example.org").await;
        let (_, html) = get_text(&member, &app.url(&page)).await;
        assert!(html.contains("Families and the pupil council") && html.contains("1 earlier answer"));
    })
    .await;
}

#[tokio::test]
async fn health_changes_as_the_bases_are_held_and_the_packet_prints() {
    on_each_backend(|app| async move {
        let f = app.riverbend().await;
        let base = initiative(&f);
        let health: Value = app
            .client()
            .get(app.url(&format!("/api/v1/communities/riverbend/initiatives/{}/health", f.public_slug)))
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        let checks: Vec<&str> = health.as_array().unwrap().iter().map(|x| x["check"].as_str().unwrap()).collect();
        assert!(
            checks.contains(&"charter-not-published")
                && checks.contains(&"no-measurable-outcomes")
                && checks.contains(&"worksheet-unanswered")
        );
        let fac = app.login("fac@example.org").await;
        app.post_form(
            &fac,
            &format!("{base}/edit"),
            &format!("{base}/outcomes"),
            &[("description", "Attendance"), ("measure", "Register"), ("target", "95%")],
        )
        .await;
        let (_, html) = get_text(&fac, &app.url(&format!("{base}/health"))).await;
        assert!(!html.contains("There are no measurable outcomes"));
        assert!(html.contains("Finish and publish the charter"), "staff see where to fix it");
        let (status, packet) = get_text(&app.client(), &app.url(&format!("{base}/packet"))).await;
        assert_eq!(status, 200);
        assert!(
            packet.contains("Authorization packet")
                && packet.contains("class=\"printable\"")
                && packet.contains("Attendance")
        );
    })
    .await;
}
