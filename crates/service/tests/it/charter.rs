//! The charter: drafted by facilitators, published as numbered versions, each
//! later change with its reason; concurrent changes cannot both win.

use tandem_service::{
    Error,
    charter::{self, AreaInput, Edit},
    testing::{World, on_each_backend},
};

use crate::fields_of;

fn area(title: &str) -> AreaInput {
    AreaInput {
        title: String::from(title),
        level: String::from("consult"),
        final_decision_by: String::from("The board"),
        fixed: String::from("The budget is set."),
        risks: String::new(),
        reciprocity: String::from("We publish what we heard"),
    }
}

#[tokio::test]
async fn a_draft_is_for_facilitators_until_published_then_changes_need_a_reason() {
    on_each_backend(async |w: World| {
        let f = w.riverbend().await;
        let (fac, i) = w.in_initiative("fac@example.org", &f.public_slug).await;
        let intro = Edit::Intro(String::from("What you can change"));
        charter::edit(&w.svc, &fac, &i, &intro, "", w.now()).await.unwrap();
        charter::edit(&w.svc, &fac, &i, &Edit::AddArea(area("Timetable")), "", w.now()).await.unwrap();
        let (member, i) = w.in_initiative("member@example.org", &f.public_slug).await;
        let draft = charter::charter(&w.svc, &member, &i).await.unwrap();
        assert!(draft.charter.intro.is_empty() && draft.areas.is_empty(), "a draft is not shown to members");
        assert_eq!(charter::edit(&w.svc, &member, &i, &Edit::Publish, "", w.now()).await.err(), Some(Error::Forbidden));

        charter::edit(&w.svc, &fac, &i, &Edit::Publish, "", w.now()).await.unwrap();
        let published = charter::charter(&w.svc, &member, &i).await.unwrap();
        assert_eq!(published.charter.version, 1);
        assert_eq!(published.areas.len(), 1);

        w.clock.advance(60);
        let change = Edit::AddArea(area("Uniform"));
        assert_eq!(fields_of(charter::edit(&w.svc, &fac, &i, &change, "  ", w.now()).await), ["reason"]);
        charter::edit(&w.svc, &fac, &i, &change, "Families asked for it", w.now()).await.unwrap();
        let (_, i) = w.in_initiative("fac@example.org", &f.public_slug).await;
        assert_eq!(i.charter_version, 2);
        assert_eq!(i.updated_at, w.now(), "a charter change dates the initiative, whichever door");
        let view = charter::charter(&w.svc, &member, &i).await.unwrap();
        assert_eq!(view.versions[0].reason, "Families asked for it");
        let (_, snapshot) = charter::version(&w.svc, &i, 1).await.unwrap();
        assert_eq!(snapshot.areas.len(), 1, "version 1 is kept as it was");
        let bad = Edit::UpdateArea(view.areas[0].id, AreaInput { level: String::from("decide"), ..area("") });
        assert_eq!(fields_of(charter::edit(&w.svc, &fac, &i, &bad, "why", w.now()).await), ["title", "level"]);
    })
    .await;
}

#[tokio::test]
async fn concurrent_changes_each_get_their_own_version_or_are_refused() {
    on_each_backend(async |w: World| {
        let f = w.riverbend().await;
        w.open_for_participation(&f.public_slug).await;
        let (fac, i) = w.in_initiative("fac@example.org", &f.public_slug).await;
        let now = w.now();
        let mut set = tokio::task::JoinSet::new();
        for n in 0..10 {
            let (svc, fac, i) = (w.svc.clone(), fac.clone(), i.clone());
            set.spawn(async move {
                let edit = Edit::Intro(format!("Intro {n}"));
                charter::edit(&svc, &fac, &i, &edit, &format!("Change {n}"), now).await
            });
        }
        let mut applied = 0;
        while let Some(r) = set.join_next().await {
            match r.unwrap() {
                Ok(()) => applied += 1,
                Err(Error::Conflict("error-charter-conflict")) => {}
                Err(e) => panic!("{e:?}"),
            }
        }
        let (member, i) = w.in_initiative("member@example.org", &f.public_slug).await;
        let view = charter::charter(&w.svc, &member, &i).await.unwrap();
        let numbers: Vec<i64> = view.versions.iter().map(|v| v.version).collect();
        assert_eq!(numbers, (1..=1 + applied).rev().collect::<Vec<_>>(), "{:?}", w.backend);
        assert!(applied >= 1);
    })
    .await;
}
