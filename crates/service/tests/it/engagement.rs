//! Engagement records: one at a time or a whole CSV file, all or nothing;
//! what is published keeps small figures hidden and underivable.

use tandem_domain::privacy::Cell;
use tandem_service::{
    Error,
    engagement::{self, EventInput},
    testing::{World, on_each_backend},
};

use crate::fields_of;

const BAD: &str = "date,group,kind,people,source\n2026-10-01,families,informed,380,Letter home\n2026-10-02,families,waved,12,Assembly\n";
const GOOD: &str = "date,group,kind,people,source\n2026-10-01,families,informed,380,Letter home\n\
                    2026-10-02,pupils,attended,3,Assembly\n2026-10-03,families,updated,200,Newsletter\n";

#[tokio::test]
async fn a_file_with_one_bad_line_imports_nothing_and_says_which_line() {
    on_each_backend(async |w: World| {
        let f = w.riverbend().await;
        let (fac, i) = w.in_initiative("fac@example.org", &f.public_slug).await;
        match engagement::import(&w.svc, &fac, &i, BAD.as_bytes(), |_| {}, w.now()).await {
            Err(Error::Invalid(problems)) => {
                let e = &problems.0[0];
                assert_eq!((e.field, e.message), ("file", "error-csv-line"));
                let arg = |name: &str| e.args.iter().find(|(k, _)| *k == name).map(|(_, v)| v.as_str());
                assert_eq!(
                    (arg("line"), arg("column"), arg("problem")),
                    (Some("3"), Some("kind"), Some("error-choice-invalid"))
                );
            }
            other => panic!("{other:?}"),
        }
        assert!(engagement::recent(&w.svc, &fac, &i).await.unwrap().is_empty(), "nothing half-imported");
        assert_eq!(fields_of(engagement::import(&w.svc, &fac, &i, b"", |_| {}, w.now()).await), ["file"]);

        let mut seen = 0;
        let n = engagement::import(&w.svc, &fac, &i, GOOD.as_bytes(), |k| seen = k, w.now()).await.unwrap();
        assert_eq!((n, seen), (3, 3));
        let member = w.access("member@example.org").await;
        let refused = engagement::import(&w.svc, &member, &i, GOOD.as_bytes(), |_| {}, w.now()).await;
        assert_eq!(refused, Err(Error::Forbidden));

        // Published: 3 pupils is hidden, and so is 380 (else 383 - 380 gives it away).
        let funnels = engagement::funnels(&w.svc, &fac, &i).await.unwrap();
        let shown = engagement::published(&funnels, fac.community.threshold);
        let row = |key: &str| shown.rows.iter().find(|(g, _)| g.key == key).map(|(_, cells)| *cells).unwrap();
        assert_eq!(row("pupils")[0], Cell::Small);
        assert_eq!(row("families")[0], Cell::Protecting, "secondary suppression, said as hidden, not as small");
        assert_eq!(shown.totals[0], Cell::Shown(383));
    })
    .await;
}

#[tokio::test]
async fn one_record_by_hand_is_checked_and_dates_the_initiative() {
    on_each_backend(async |w: World| {
        let f = w.riverbend().await;
        let (fac, i) = w.in_initiative("fac@example.org", &f.public_slug).await;
        let groups = tandem_service::community::groups(&w.svc, &fac).await.unwrap();
        let bad = EventInput {
            group_id: Some(groups[0].id),
            kind: String::from("trained"),
            people: String::from("-2"),
            occurred_on: String::from("2026-10-05"),
            source: String::from("Workshop"),
            stakeholder_id: Some(999),
        };
        assert_eq!(fields_of(engagement::record(&w.svc, &fac, &i, &bad, w.now()).await), ["people", "stakeholder"]);
        w.clock.advance(120);
        let good = EventInput { people: String::from("12"), stakeholder_id: None, ..bad };
        engagement::record(&w.svc, &fac, &i, &good, w.now()).await.unwrap();
        let (_, i) = w.in_initiative("fac@example.org", &f.public_slug).await;
        assert_eq!(i.updated_at, w.now());
        assert_eq!(engagement::recent(&w.svc, &fac, &i).await.unwrap().len(), 1);
    })
    .await;
}
