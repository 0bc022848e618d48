//! Lists a page at a time (issue 12): a cursor continues exactly where the
//! last page ended, however many ideas were posted since; the total is shown;
//! the API says where the next page is in a `Link` header.

use serde_json::Value;

use crate::support::*;

#[tokio::test]
async fn the_ideas_come_a_page_at_a_time_without_skipping_or_repeating() {
    on_each_backend(|app| async move {
        let f = app.riverbend().await;
        app.open_board(&f).await;
        let board = format!("/c/riverbend/i/{}/ideas", f.public_slug);
        let member = app.login("member@example.org").await;
        let admin = app.login("admin@example.org").await;
        for (client, title) in [(&member, "First"), (&admin, "Second"), (&member, "Third")] {
            let fields = [("kind", "idea"), ("title", title), ("body", "Text"), ("conduct", "1")];
            assert_eq!(app.post_form(client, &board, &board, &fields).await.status().as_u16(), 303, "{title}");
            app.clock.advance(60);
        }
        let (_, html) = get_text(&member, &app.url(&board)).await;
        assert!(html.contains("Showing 3 of 3 ideas."));

        let api = format!("/api/v1/communities/riverbend/initiatives/{}/ideas", f.public_slug);
        let r = member.get(app.url(&format!("{api}?limit=2"))).send().await.unwrap();
        assert_eq!(r.headers()["x-total-count"], "3");
        let link = r.headers()["link"].to_str().unwrap().to_owned();
        let titles = |v: Value| {
            v.as_array().unwrap().iter().map(|i| i["title"].as_str().unwrap().to_owned()).collect::<Vec<_>>()
        };
        assert_eq!(titles(r.json().await.unwrap()), ["Third", "Second"]);
        assert!(link.ends_with(r#">; rel="next""#), "{link}");
        let next = link.trim_start_matches('<').split('>').next().unwrap().to_owned();

        // A new idea arrives between the pages: the second page still holds exactly the rest.
        let fields = [("kind", "idea"), ("title", "Fourth"), ("body", "Text"), ("conduct", "1")];
        assert_eq!(app.post_form(&admin, &board, &board, &fields).await.status().as_u16(), 303);
        let r = member.get(app.url(&next)).send().await.unwrap();
        assert!(r.headers().get("link").is_none(), "the last page has no next");
        assert_eq!(r.headers()["x-total-count"], "4");
        assert_eq!(titles(r.json().await.unwrap()), ["First"]);

        // A cursor Tandem did not make, or a page size out of range, is a clear 422.
        for bad in ["after=12.x", "after=1.2.3.nonsense", "limit=0", "limit=501"] {
            let r = member.get(app.url(&format!("{api}?{bad}"))).send().await.unwrap();
            assert_eq!(r.status().as_u16(), 422, "{bad}");
        }
        let (status, html) = get_text(&member, &app.url(&format!("{board}?after=garbage"))).await;
        assert_eq!(status, 422);
        assert!(html.contains("This page address is not one Tandem made"));
    })
    .await;
}
