//! Where a community is (issue 12): its time zone decides what a typed date
//! means and the clock every time is shown on; its locale how dates and money
//! are written, in each reader's language.

use tandem_domain::time::{DAY, HOUR, Timestamp, parse_date};

use crate::support::*;

#[tokio::test]
async fn polls_close_at_midnight_on_the_community_clock() {
    on_each_backend(|app| async move {
        let f = app.riverbend().await;
        let (_, area) = app.open_board(&f).await;
        let admin = app.login("admin@example.org").await;
        let settings = "/c/riverbend/settings";
        let place = |zone: &'static str, locale: &'static str| {
            [("name", "Riverbend"), ("description", ""), ("threshold", "5"), ("time_zone", zone), ("locale", locale)]
        };
        let r = app.post_form(&admin, settings, settings, &place("Chicago", "en-US")).await;
        assert_eq!(r.status().as_u16(), 422);
        let html = r.text().await.unwrap();
        assert!(html.contains("Give a time zone by its IANA name"), "the error is next to the field");
        assert!(html.contains(r#"value="Chicago""#), "what was typed is kept");
        let r = app.post_form(&admin, settings, settings, &place("America/New_York", "en-US")).await;
        assert_eq!(r.status().as_u16(), 303);

        let fac = app.login("fac@example.org").await;
        let decide = format!("/c/riverbend/i/{}/decide", f.public_slug);
        let (_, form) = get_text(&fac, &app.url(&decide)).await;
        assert!(form.contains("time zone, America/New_York"), "the form says which days it reads");
        let area = area.to_string();
        let fields = [
            ("title", "Which lunch slot?"),
            ("method", "irv"),
            ("options", "Early\nLate"),
            ("area", area.as_str()),
            ("closes_on", "2026-12-25"),
        ];
        let r = app.post_form(&fac, &decide, &format!("/c/riverbend/i/{}/polls", f.public_slug), &fields).await;
        assert_eq!(r.status().as_u16(), 303);
        let poll = location(&r);
        let id: i64 = poll.rsplit('/').next().unwrap().parse().unwrap();
        let mut conn = app.db.acquire().await.unwrap();
        let stored = tandem_store::decisions::poll(&mut conn, f.public_id, id).await.unwrap().unwrap();
        drop(conn);
        let christmas = Timestamp::from_date(parse_date("d", "2026-12-25").unwrap());
        assert_eq!(stored.closes_at, christmas.plus_secs(DAY + 5 * HOUR), "midnight in New York is 05:00 UTC");
        let (_, html) = get_text(&fac, &app.url(&poll)).await;
        assert!(html.contains("Open until the end of Dec 25, 2026 (America/New_York)"), "US dates, zone named");
    })
    .await;
}
