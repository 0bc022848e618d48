//! The ideas board end to end: the gate, reasoned responses, notifications,
//! endorsements, comments, pseudonyms, moderation, search, feed and queue.

use serde_json::{Value, json};
use tandem_store::phases;

use crate::support::*;

fn board(f: &Fixture) -> String {
    format!("/c/riverbend/i/{}/ideas", f.public_slug)
}

async fn post_idea(
    app: &TestApp,
    client: &reqwest::Client,
    f: &Fixture,
    title: &str,
    extra: &[(&str, &str)],
) -> reqwest::Response {
    let mut fields = vec![("kind", "need"), ("title", title), ("body", "Please look at this."), ("conduct", "1")];
    fields.extend_from_slice(extra);
    app.post_form(client, &board(f), &board(f), &fields).await
}

#[tokio::test]
async fn no_idea_before_the_charter_is_published_and_the_phase_takes_ideas() {
    on_each_backend(|app| async move {
        let f = app.riverbend().await;
        let member = app.login("member@example.org").await;
        let (_, html) = get_text(&member, &app.url(&board(&f))).await;
        assert!(
            html.contains("Participation is not open in this initiative yet."),
            "the form is replaced by the reason"
        );
        let r = post_idea(&app, &member, &f, "Early bird", &[]).await;
        assert_eq!(r.status().as_u16(), 303);
        assert!(
            tandem_store::ideas::list(
                &app.db,
                1,
                &tandem_store::ideas::Filter {
                    words: None,
                    status: None,
                    sort: tandem_store::ideas::Sort::Newest,
                    limit: 10,
                    hidden: tandem_store::ideas::Hidden::Include,
                }
            )
            .await
            .unwrap()
            .is_empty()
        );
        let (iid, _) = app.open_board(&f).await;
        // Move to the authorization phase, which takes no ideas.
        let list = phases::list(app.db.pool(), iid).await.unwrap();
        let statuses: Vec<_> = list.iter().map(|p| (p.id, p.status)).collect();
        let changes = tandem_domain::phases::make_current(&statuses, list[2].id).unwrap();
        phases::transition(
            &mut app.db.acquire().await.unwrap(),
            iid,
            &changes,
            &phases::Move { from: Some(list[0].id), to: list[2].id, note: "", actor: None },
            START,
        )
        .await
        .unwrap();
        let (_, html) = get_text(&member, &app.url(&board(&f))).await;
        assert!(html.contains("The current phase is not taking new ideas."));
        let observer = app.login("observer@example.org").await;
        let (_, html) = get_text(&observer, &app.url(&board(&f))).await;
        assert!(html.contains("Observers can read but not post."));
    })
    .await;
}

#[tokio::test]
async fn a_not_possible_answer_needs_a_reason_and_followers_are_told() {
    on_each_backend(|app| async move {
        let f = app.riverbend().await;
        let (_, area) = app.open_board(&f).await;
        let member = app.login("member@example.org").await;
        // The first contribution needs the code of conduct.
        let r = app
            .post_form(
                &member,
                &board(&f),
                &board(&f),
                &[("kind", "need"), ("title", "Keep our teachers"), ("body", "Please.")],
            )
            .await;
        assert_eq!(r.status().as_u16(), 422);
        assert!(r.text().await.unwrap().contains("Please accept the code of conduct first."));
        let r = post_idea(&app, &member, &f, "Keep our teachers", &[]).await;
        assert_eq!(r.status().as_u16(), 303);
        let idea_url = location(&r);
        let outsider_endorser = app.login("observer@example.org").await;
        assert_eq!(
            app.post_form(&outsider_endorser, &idea_url, &format!("{idea_url}/endorse"), &[("action", "endorse")])
                .await
                .status()
                .as_u16(),
            303
        );

        let fac = app.login("fac@example.org").await;
        let respond = format!("{idea_url}/respond");
        let r = app
            .post_form(&fac, &idea_url, &respond, &[("status", "not_possible"), ("reason", ""), ("response", "No.")])
            .await;
        assert_eq!(r.status().as_u16(), 422, "no reason");
        assert!(r.text().await.unwrap().contains("Choose why it is not possible."));
        let r = app
            .post_form(
                &fac,
                &idea_url,
                &respond,
                &[("status", "not_possible"), ("reason", "charter"), ("response", "Hiring is not ours to decide.")],
            )
            .await;
        assert_eq!(r.status().as_u16(), 422, "a charter reason names the decision area");
        let id: i64 = idea_url.rsplit('/').next().unwrap().parse().unwrap();
        let idea = tandem_store::ideas::get_idea(app.db.pool(), 1, id).await.unwrap().unwrap();
        assert_eq!(idea.status, tandem_domain::ideas::IdeaStatus::New, "nothing changed");
        let r = app
            .post_form(
                &fac,
                &idea_url,
                &respond,
                &[
                    ("status", "not_possible"),
                    ("reason", "charter"),
                    ("decision_area", &area.to_string()),
                    (
                        "response",
                        "Hiring is decided under the teachers' contract. Current teachers are invited to apply.",
                    ),
                ],
            )
            .await;
        assert_eq!(r.status().as_u16(), 303);
        let (_, page) = get_text(&app.client(), &app.url(&idea_url)).await;
        assert!(
            page.contains("Fixed by the power-sharing charter") && page.contains("Hiring follows the teachers&#39;")
                || page.contains("Hiring follows the teachers'")
        );

        // The author sees a notification; the facilitator who answered does not get one.
        let (_, header) = get_text(&member, &app.url("/")).await;
        assert!(header.contains("(1 new)"));
        let (_, list) = get_text(&member, &app.url("/notifications")).await;
        assert!(list.contains("An idea you follow has a new answer: Keep our teachers"));
        let api: Value = fac.get(app.url("/api/v1/notifications")).send().await.unwrap().json().await.unwrap();
        assert!(api.as_array().unwrap().is_empty());
        // Response time is measured and shown.
        let (_, board_page) = get_text(&app.client(), &app.url(&board(&f))).await;
        assert!(board_page.contains("Half of all ideas were answered within"));
    })
    .await;
}

#[tokio::test]
async fn pupils_post_under_a_pseudonym_and_their_name_never_shows() {
    on_each_backend(|app| async move {
        let f = app.riverbend().await;
        app.open_board(&f).await;
        // Make the member a pupil.
        let groups = tandem_store::communities::groups(app.db.pool(), f.community_id).await.unwrap();
        let pupils = groups.iter().find(|g| g.key == "pupils").unwrap().id;
        let me = tandem_store::users::get_by_email(app.db.pool(), "member@example.org").await.unwrap().unwrap();
        let m = tandem_store::communities::membership(app.db.pool(), f.community_id, me.id).await.unwrap().unwrap();
        tandem_store::communities::update_member(
            app.db.pool(),
            f.community_id,
            m.id,
            tandem_domain::community::Role::Member,
            Some(pupils),
            None,
        )
        .await
        .unwrap();
        let pupil = app.login("member@example.org").await;
        let r = post_idea(&app, &pupil, &f, "Water fountains", &[("pseudonym", "member fan")]).await;
        assert_eq!(r.status().as_u16(), 422, "a pseudonym containing the name is refused");
        let r = post_idea(&app, &pupil, &f, "Water fountains", &[]).await;
        let url = location(&r);
        let (_, page) = get_text(&app.client(), &app.url(&url)).await;
        assert!(page.contains("Posted by a pupil"));
        assert!(!page.contains(">member<") && !page.contains("member@example.org"));
        let api: Value = app
            .client()
            .get(app.url(&format!("/api/v1/communities/riverbend/initiatives/{}/ideas", f.public_slug)))
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        assert_eq!(api[0]["author"], "a pupil");
        let r = app
            .post_form(
                &pupil,
                &url,
                &format!("{url}/comments"),
                &[("body", "Still broken today"), ("pseudonym", "Comet")],
            )
            .await;
        assert_eq!(r.status().as_u16(), 303);
        let (_, page) = get_text(&app.client(), &app.url(&url)).await;
        assert!(page.contains("Comet"));
    })
    .await;
}

#[tokio::test]
async fn endorsements_comments_flags_and_hiding_with_a_reason() {
    on_each_backend(|app| async move {
        let f = app.riverbend().await;
        app.open_board(&f).await;
        let member = app.login("member@example.org").await;
        let url = location(&post_idea(&app, &member, &f, "Benches", &[]).await);
        let admin = app.login("admin@example.org").await;
        for _ in 0..2 {
            app.post_form(&admin, &url, &format!("{url}/endorse"), &[("action", "endorse")]).await;
        }
        let (_, page) = get_text(&app.client(), &app.url(&url)).await;
        assert!(page.contains("1 endorsement"), "once per member");
        let r = app
            .post_form(&admin, &url, &format!("{url}/comments"), &[("body", "Where exactly?"), ("conduct", "1")])
            .await;
        let cid: i64 = location(&r).rsplit("comment-").next().unwrap().parse().unwrap();
        let r = app
            .post_form(
                &member,
                &url,
                &format!("{url}/comments"),
                &[("body", "By the gate"), ("parent", &cid.to_string())],
            )
            .await;
        assert_eq!(r.status().as_u16(), 303, "a threaded reply");
        let r = app.post_form(&member, &url, &format!("{url}/comments/{cid}/flag"), &[("reason", "")]).await;
        assert_eq!(r.status().as_u16(), 422);
        app.post_form(&member, &url, &format!("{url}/comments/{cid}/flag"), &[("reason", "Off topic")]).await;
        let fac = app.login("fac@example.org").await;
        let (_, queue) = get_text(&fac, &app.url("/c/riverbend/moderation")).await;
        assert!(queue.contains("Off topic"));
        let r = app
            .post_form(
                &fac,
                &url,
                &format!("{url}/comments/{cid}/moderate"),
                &[("action", "hide"), ("reason", ""), ("confirmed", "yes")],
            )
            .await;
        assert_eq!(r.status().as_u16(), 422, "hiding needs a reason");
        // The first press asks on a page of its own and hides nothing yet.
        let hide = [("action", "hide"), ("reason", "Not about the benches")];
        let r = app.post_form(&fac, &url, &format!("{url}/comments/{cid}/moderate"), &hide).await;
        assert_eq!(r.status().as_u16(), 200);
        let ask = r.text().await.unwrap();
        assert!(ask.contains("Hide this post?") && ask.contains("Not about the benches"));
        assert!(ask.contains(r#"name="confirmed" value="yes""#));
        let (_, page) = get_text(&app.client(), &app.url(&url)).await;
        assert!(page.contains("Where exactly?"), "not hidden before the confirmation");
        let confirmed = [hide[0], hide[1], ("confirmed", "yes")];
        app.post_form(&fac, &url, &format!("{url}/comments/{cid}/moderate"), &confirmed).await;
        let (_, page) = get_text(&app.client(), &app.url(&url)).await;
        assert!(page.contains("Hidden by a moderator: Not about the benches"));
        assert!(!page.contains("Where exactly?"));
        let (_, log) = get_text(&fac, &app.url("/c/riverbend/moderation")).await;
        assert!(
            log.contains("Not about the benches") && !log.contains("Off topic"),
            "logged, and the flag is resolved"
        );
        assert_eq!(get_text(&member, &app.url("/c/riverbend/moderation")).await.0, 403);

        // A hidden idea leaves the board, its search, the feed and the API for everyone else.
        let idea_id = url.rsplit('/').next().unwrap().to_owned();
        let answer = [("status", "under_review"), ("response", "We are measuring the playground.")];
        assert_eq!(app.post_form(&fac, &url, &format!("{url}/respond"), &answer).await.status().as_u16(), 303);
        let feed_url = app.url(&format!("/c/riverbend/i/{}/feed.atom", f.public_slug));
        assert!(get_text(&app.client(), &feed_url).await.1.contains("Benches"), "answered, so in the feed");
        let hide = [("action", "hide"), ("reason", "Duplicate of the playground idea"), ("confirmed", "yes")];
        app.post_form(&fac, &url, &format!("{url}/moderate"), &hide).await;
        let visitor = app.client();
        let api = format!("/api/v1/communities/riverbend/initiatives/{}/ideas", f.public_slug);
        for path in [board(&f), format!("{}?q=benches", board(&f)), format!("{api}?q=benches")] {
            let (_, text) = get_text(&visitor, &app.url(&path)).await;
            assert!(!text.contains("Benches"), "{path}");
        }
        let (_, feed) = get_text(&fac, &feed_url).await;
        assert!(!feed.contains("Benches"), "the feed is public, whoever fetches it");
        let one: Value = visitor.get(app.url(&format!("{api}/{idea_id}"))).send().await.unwrap().json().await.unwrap();
        assert_eq!((one["title"].as_str(), one["hidden"].as_bool()), (Some(""), Some(true)));
        let (_, own) = get_text(&member, &app.url(&board(&f))).await;
        assert!(
            own.contains("Benches") && own.contains("Duplicate of the playground idea"),
            "its author still sees it"
        );
    })
    .await;
}

#[tokio::test]
async fn search_queue_health_feed_and_accountability() {
    on_each_backend(|app| async move {
        let f = app.riverbend().await;
        app.open_board(&f).await;
        let member = app.login("member@example.org").await;
        let lunch = location(&post_idea(&app, &member, &f, "Longer lunch", &[]).await);
        post_idea(&app, &member, &f, "Water fountains", &[]).await;
        let (_, found) = get_text(&app.client(), &app.url(&format!("{}?q=lunc", board(&f)))).await;
        assert!(found.contains("Longer lunch") && !found.contains("Water fountains"));
        app.clock.advance(11 * 24 * 3600);
        let fac = app.login("fac@example.org").await;
        let (_, queue) = get_text(&fac, &app.url("/c/riverbend/queue")).await;
        assert!(queue.contains("Longer lunch") && queue.contains("Overdue"));
        let health: Value = app
            .client()
            .get(app.url(&format!("/api/v1/communities/riverbend/initiatives/{}/health", f.public_slug)))
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        let overdue = health.as_array().unwrap().iter().find(|x| x["check"] == "ideas-awaiting-response").unwrap();
        assert_eq!(overdue["count"], 2);
        app.post_form(
            &fac,
            &lunch,
            &format!("{lunch}/respond"),
            &[("status", "accepted"), ("response", "Yes, from January.")],
        )
        .await;
        let acc = format!("/c/riverbend/i/{}/accountability", f.public_slug);
        let idea_id = lunch.rsplit('/').next().unwrap().to_owned();
        let r = app
            .post_form(
                &fac,
                &acc,
                &format!("{acc}/commitments"),
                &[("title", "40-minute lunch"), ("description", ""), ("idea", &idea_id)],
            )
            .await;
        assert_eq!(r.status().as_u16(), 303);
        let c = tandem_store::accountability::list(&mut app.db.acquire().await.unwrap(), 1).await.unwrap()[0].id;
        let r = app
            .post_form(
                &fac,
                &acc,
                &format!("{acc}/commitments/{c}/progress"),
                &[("status", "done"), ("percent", "60"), ("body", "x"), ("happened_on", "2026-11-20")],
            )
            .await;
        assert_eq!(r.status().as_u16(), 422, "done means 100%");
        let r = app
            .post_form(
                &fac,
                &acc,
                &format!("{acc}/commitments/{c}/progress"),
                &[
                    ("status", "in_progress"),
                    ("percent", "60"),
                    ("body", "Buses confirmed"),
                    ("happened_on", "2026-11-20"),
                ],
            )
            .await;
        assert_eq!(r.status().as_u16(), 303);
        let (_, notes) = get_text(&member, &app.url("/notifications")).await;
        assert!(notes.contains("A commitment answering an idea you follow has progressed: 40-minute lunch"));
        let feed =
            app.client().get(app.url(&format!("/c/riverbend/i/{}/feed.atom", f.public_slug))).send().await.unwrap();
        assert!(feed.headers()["content-type"].to_str().unwrap().starts_with("application/atom+xml"));
        let xml = feed.text().await.unwrap();
        assert!(
            xml.starts_with("<?xml")
                && xml.contains(r#"<feed xmlns="http://www.w3.org/2005/Atom""#)
                && xml.contains("Buses confirmed")
                && xml.contains("Yes, from January.")
        );
    })
    .await;
}

#[tokio::test]
async fn the_api_posts_answers_and_endorses() {
    on_each_backend(|app| async move {
        let f = app.riverbend().await;
        app.open_board(&f).await;
        let client = app.login("member@example.org").await;
        let r = app.post_form(&client, "/account", "/account/tokens", &[("name", "t"), ("scope", "write")]).await;
        let html = r.text().await.unwrap();
        let start = html.find("tdm_").unwrap();
        let token: String =
            html[start..].chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-').collect();
        let api = reqwest::Client::new();
        let base = app.url(&format!("/api/v1/communities/riverbend/initiatives/{}", f.public_slug));
        let r = api
            .post(format!("{base}/ideas"))
            .bearer_auth(&token)
            .json(&json!({"kind": "idea", "title": "Bike racks", "body": "Near the gate"}))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status().as_u16(), 422, "code of conduct first");
        let r = api
            .post(format!("{base}/ideas"))
            .bearer_auth(&token)
            .json(&json!({"kind": "idea", "title": "Bike racks", "body": "Near the gate", "accept_conduct": true}))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status().as_u16(), 201);
        let id = r.json::<Value>().await.unwrap()["id"].as_i64().unwrap();
        assert_eq!(
            api.put(format!("{base}/ideas/{id}/endorsement"))
                .bearer_auth(&token)
                .send()
                .await
                .unwrap()
                .status()
                .as_u16(),
            204
        );
        let r = api
            .put(format!("{base}/ideas/{id}/response"))
            .bearer_auth(&token)
            .json(&json!({"status": "accepted", "response": "Me"}))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status().as_u16(), 403, "members do not answer ideas");
        let one: Value = api.get(format!("{base}/ideas/{id}")).send().await.unwrap().json().await.unwrap();
        assert_eq!((one["endorsements"].as_i64(), one["status"].as_str()), (Some(1), Some("new")));
    })
    .await;
}

/// A facilitator's answer merging an idea into the one numbered `other`.
fn answer(other: &str) -> [(&str, &str); 3] {
    [("status", "merged"), ("response", "The same wish as an earlier idea."), ("merged_into_other", other)]
}

#[tokio::test]
async fn an_idea_merges_into_any_other_by_its_number() {
    on_each_backend(|app| async move {
        let f = app.riverbend().await;
        app.open_board(&f).await;
        let member = app.login("member@example.org").await;
        let first = location(&post_idea(&app, &member, &f, "Later start", &[]).await);
        let second = location(&post_idea(&app, &member, &f, "Start at nine", &[]).await);
        let first_id = first.rsplit('/').next().unwrap().to_owned();
        let fac = app.login("fac@example.org").await;
        let respond = format!("{second}/respond");
        let r = app.post_form(&fac, &second, &respond, &answer("soon")).await;
        assert_eq!(r.status().as_u16(), 422);
        assert!(r.text().await.unwrap().contains("Enter a whole number."));
        let r = app.post_form(&fac, &second, &respond, &answer("999999")).await;
        assert_eq!(r.status().as_u16(), 422, "not an idea of this initiative");
        assert!(r.text().await.unwrap().contains("f-respond-merged_into_other-error"), "told beside the typed number");
        let typed = format!("#{first_id}");
        let r = app.post_form(&fac, &second, &respond, &answer(&typed)).await;
        assert_eq!(r.status().as_u16(), 303);
        let (_, page) = get_text(&app.client(), &app.url(&second)).await;
        assert!(page.contains(&format!("href=\"{first}\"")), "the merged idea links to the one it joined");
    })
    .await;
}

#[tokio::test]
async fn a_pupil_is_warned_on_the_page_and_may_post_anyway_for_a_moderator_to_check() {
    on_each_backend(|app| async move {
        let f = app.riverbend().await;
        app.open_board(&f).await;
        let pupil = app.login("pupil@example.org").await;
        let fields = [("title", "Everyone in 7B wants a longer lunch"), ("conduct", "1")];
        let r = post_idea(&app, &pupil, &f, fields[0].1, &fields[1..]).await;
        assert_eq!(r.status().as_u16(), 422);
        let page = r.text().await.unwrap();
        assert!(page.contains("This may show who you are: 7b."), "told what, in words");
        assert!(page.contains("name=\"post_anyway\""), "and offered to post anyway");
        let r = post_idea(&app, &pupil, &f, fields[0].1, &[("conduct", "1"), ("post_anyway", "1")]).await;
        assert_eq!(r.status().as_u16(), 303);
        let (_, own) = get_text(&pupil, &app.url(&location(&r))).await;
        assert!(own.contains("Waiting for a moderator"));
        let (_, public) = get_text(&app.client(), &app.url(&board(&f))).await;
        assert!(!public.contains("longer lunch"), "nobody else reads it yet");
    })
    .await;
}
