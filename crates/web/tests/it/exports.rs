//! Spreadsheet downloads (issue 12): UTF-8 with a byte-order mark, no cell a
//! spreadsheet would run as a formula, and nothing a page would not show to
//! the same reader.

use crate::support::*;

fn board(f: &Fixture) -> String {
    format!("/c/riverbend/i/{}/ideas", f.public_slug)
}

#[tokio::test]
async fn the_ideas_download_is_safe_to_open_and_names_no_pupil() {
    on_each_backend(|app| async move {
        let f = app.riverbend().await;
        app.open_board(&f).await;
        let pupil = app.login("pupil@example.org").await;
        let member = app.login("member@example.org").await;
        let post = |client: reqwest::Client, title: &'static str| {
            let app = &app;
            let f = &f;
            async move {
                let fields = [("kind", "need"), ("title", title), ("body", "Año nuevo, más sombra"), ("conduct", "1")];
                let r = app.post_form(&client, &board(f), &board(f), &fields).await;
                assert_eq!(r.status().as_u16(), 303, "{title}");
            }
        };
        post(pupil.clone(), "Shade in the playground").await;
        post(member.clone(), "=HYPERLINK(\"http://evil.example\")").await;
        post(member.clone(), "Benches by the gate").await;
        let ideas = tandem_store::ideas::list(
            &app.db,
            f.public_id,
            &tandem_store::ideas::Filter {
                words: Some("Benches"),
                status: None,
                sort: tandem_store::ideas::Sort::Newest,
                limit: 10,
                hidden: tandem_store::ideas::Hidden::Include,
            },
        )
        .await
        .unwrap();
        let fac = app.login("fac@example.org").await;
        let url = format!("{}/{}", board(&f), ideas[0].id);
        let hide = [("action", "hide"), ("reason", "Duplicate"), ("confirmed", "yes")];
        assert_eq!(app.post_form(&fac, &url, &format!("{url}/moderate"), &hide).await.status().as_u16(), 303);

        let (_, page) = get_text(&app.client(), &app.url(&board(&f))).await;
        assert!(page.contains(&format!("{}.csv", board(&f))), "the board offers the download");
        let r = app.client().get(app.url(&format!("{}.csv", board(&f)))).send().await.unwrap();
        assert_eq!(r.status().as_u16(), 200);
        assert_eq!(r.headers()["content-type"], "text/csv; charset=utf-8");
        assert!(r.headers()["content-disposition"].to_str().unwrap().contains("name-the-new-school-ideas.csv"));
        let csv = r.text().await.unwrap();
        assert!(csv.starts_with('\u{feff}'), "a byte-order mark, so spreadsheets read UTF-8");
        assert!(csv.contains("Año nuevo, más sombra"));
        assert!(csv.contains("\"'=HYPERLINK(\"\"http://evil.example\"\")\""), "the formula stays text: {csv}");
        assert!(csv.contains("Shade in the playground") && csv.contains(",a pupil,"), "{csv}");
        assert!(!csv.contains(",pupil,"), "the pupil's name is not in the file");
        assert!(!csv.contains("Benches by the gate"), "a hidden idea is left out");
        assert_eq!(csv.lines().count(), 3, "a header and two ideas");
    })
    .await;
}

#[tokio::test]
async fn engagement_records_are_for_staff_and_poll_results_wait_for_the_close() {
    on_each_backend(|app| async move {
        let f = app.riverbend().await;
        let (_, area) = app.open_board(&f).await;
        let base = format!("/c/riverbend/i/{}", f.public_slug);
        let member = app.login("member@example.org").await;
        assert_eq!(member.get(app.url(&format!("{base}/engagement.csv"))).send().await.unwrap().status().as_u16(), 403);
        let fac = app.login("fac@example.org").await;
        let r = fac.get(app.url(&format!("{base}/engagement.csv"))).send().await.unwrap();
        assert_eq!(r.status().as_u16(), 200);
        assert!(r.text().await.unwrap().contains("Date,Step,Group,Stakeholder,People,Source"));
        for what in ["stakeholders", "approvals", "accountability"] {
            let r = app.client().get(app.url(&format!("{base}/{what}.csv"))).send().await.unwrap();
            assert_eq!(r.status().as_u16(), 200, "{what}");
        }

        let area = area.to_string();
        let fields = [
            ("title", "Which lunch slot?"),
            ("method", "plurality"),
            ("options", "Early\nLate"),
            ("area", area.as_str()),
            ("closes_on", "2026-11-25"),
        ];
        let r = app.post_form(&fac, &format!("{base}/decide"), &format!("{base}/polls"), &fields).await;
        let poll = location(&r);
        let results = app.url(&format!("{poll}/results.csv"));
        assert_eq!(member.get(&results).send().await.unwrap().status().as_u16(), 404, "nothing before the close");
        let r = app.post_form(&member, &poll, &format!("{poll}/ballot"), &[("choice", "2")]).await;
        assert_eq!(r.status().as_u16(), 303);
        app.clock.advance(8 * 86_400);
        let csv = member.get(&results).send().await.unwrap().text().await.unwrap();
        // One ballot is under the threshold: the winner, never a count.
        assert_eq!(csv.trim_start_matches('\u{feff}'), "Option,Winner,Result\r\nEarly,no,\r\nLate,yes,\r\n");
    })
    .await;
}
