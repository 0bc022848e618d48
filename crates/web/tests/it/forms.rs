//! Every form sent back with a problem keeps what was typed (issue 12): one
//! bad field and one field carrying a marker, for each form of the pages; the
//! answer is 422, the problem is summarised with a link to its field, and the
//! marker is back in its box. Ballots are covered in `decide`, posts in
//! `authors` and `ideas`, translations in `translations`.

use crate::support::*;

const MARK: &str = "Kept-as-typed-7319";

/// Who sends it, the page it is on, where it posts, and the fields sent.
type Sent<'a> = (&'a reqwest::Client, String, String, Vec<(&'a str, &'a str)>);

#[tokio::test]
async fn every_form_keeps_what_was_typed_when_it_comes_back() {
    on_each_backend(|app| async move {
        let f = app.riverbend().await;
        app.open_board(&f).await;
        let i = format!("/c/riverbend/i/{}", f.public_slug);
        let member = app.login("member@example.org").await;
        let board = format!("{i}/ideas");
        let idea = [("kind", "idea"), ("title", "Shade"), ("body", "Trees"), ("conduct", "1")];
        let idea_url = location(&app.post_form(&member, &board, &board, &idea).await);
        let admin = app.login("admin@example.org").await;

        // (who, page, action, fields): the first field is wrong, MARK is in another.
        let forms: Vec<Sent<'_>> = vec![
            (
                &admin,
                "/c/riverbend/initiatives/new".into(),
                "/c/riverbend/initiatives".into(),
                vec![
                    ("title", ""),
                    ("summary", MARK),
                    ("school", ""),
                    ("visibility", "public"),
                    ("value_statement", ""),
                ],
            ),
            (
                &admin,
                format!("{i}/edit"),
                format!("{i}/edit"),
                vec![
                    ("title", ""),
                    ("summary", MARK),
                    ("school", ""),
                    ("visibility", "public"),
                    ("value_statement", ""),
                ],
            ),
            (
                &admin,
                format!("{i}/edit"),
                format!("{i}/outcomes"),
                vec![("description", ""), ("measure", MARK), ("target", "")],
            ),
            (
                &admin,
                format!("{i}/edit"),
                format!("{i}/capacity"),
                vec![("title", ""), ("kind", "people"), ("owner", MARK), ("status", "needed"), ("evidence", "")],
            ),
            (
                &admin,
                format!("{i}/environment"),
                format!("{i}/stakeholders"),
                vec![
                    ("name", ""),
                    ("kind", "group"),
                    ("formal_authority", "none"),
                    ("instrument", ""),
                    ("influence", "low"),
                    ("stance", "unknown"),
                    ("suitability", "neither"),
                    ("suitability_reason", MARK),
                    ("relationship_owner", ""),
                ],
            ),
            (
                &admin,
                format!("{i}/environment"),
                format!("{i}/authorizations"),
                vec![
                    ("title", ""),
                    ("kind", "approval"),
                    ("status", "not_started"),
                    ("due_on", ""),
                    ("happened_on", ""),
                    ("evidence", MARK),
                ],
            ),
            (
                &admin,
                format!("{i}/charter"),
                format!("{i}/charter/areas"),
                vec![
                    ("title", ""),
                    ("level", "consult"),
                    ("final_decision_by", MARK),
                    ("fixed", ""),
                    ("risks", ""),
                    ("reciprocity", ""),
                    ("reason", "Because"),
                ],
            ),
            (
                &admin,
                format!("{i}/phases"),
                format!("{i}/phases"),
                vec![("ends_on", "2026-12-01"), ("name", MARK), ("kind", "co_creation"), ("starts_on", "2026-12-10")],
            ),
            (
                &admin,
                format!("{i}/engagement"),
                format!("{i}/engagement/events"),
                vec![("people", "many"), ("kind", "informed"), ("occurred_on", "2026-11-01"), ("source", MARK)],
            ),
            (
                &member,
                board.clone(),
                board.clone(),
                vec![("title", ""), ("kind", "idea"), ("body", MARK), ("conduct", "1")],
            ),
            (
                &admin,
                idea_url.clone(),
                format!("{idea_url}/respond"),
                vec![("reason", ""), ("status", "not_possible"), ("response", MARK)],
            ),
            (
                &admin,
                format!("{i}/decide"),
                format!("{i}/polls"),
                vec![("options", "Only one"), ("title", MARK), ("method", "irv"), ("closes_on", "2026-12-20")],
            ),
            (
                &admin,
                format!("{i}/decide"),
                format!("{i}/budgets"),
                vec![
                    ("total", "lots"),
                    ("title", MARK),
                    ("currency", "USD"),
                    ("ballot", "approval"),
                    ("rule", "greedy"),
                    ("closes_on", "2026-12-20"),
                ],
            ),
            (
                &admin,
                format!("{i}/accountability"),
                format!("{i}/accountability/commitments"),
                vec![("title", ""), ("description", MARK)],
            ),
            (
                &admin,
                "/c/riverbend/settings".into(),
                "/c/riverbend/settings".into(),
                vec![
                    ("name", ""),
                    ("description", MARK),
                    ("threshold", "5"),
                    ("time_zone", "UTC"),
                    ("locale", "en-US"),
                    ("language", "en"),
                ],
            ),
            (
                &admin,
                "/c/riverbend/invitations".into(),
                "/c/riverbend/invitations".into(),
                vec![("days", "999"), ("role", "member"), ("note", MARK)],
            ),
            (
                &admin,
                "/account".into(),
                "/account/tokens".into(),
                vec![("days", "9999"), ("name", MARK), ("scope", "read")],
            ),
        ];
        for (who, page, action, fields) in forms {
            let r = app.post_form(who, &page, &action, &fields).await;
            assert_eq!(r.status().as_u16(), 422, "{action}: refused");
            let html = r.text().await.unwrap();
            assert!(html.contains(MARK), "{action}: what was typed is back");
            assert!(
                html.contains("problem-summary") && html.contains(r##"href="#f-"##),
                "{action}: a summary links to the field"
            );
            assert!(html.contains("field-error"), "{action}: the error sits by its field");
        }
    })
    .await;
}
