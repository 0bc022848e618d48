//! Initiatives and their triangle: who may create and edit, atomic creation
//! with the default phases, and all-or-nothing stances.

use tandem_service::{
    Error,
    initiatives::{self, InitiativeInput, StanceInput},
    phases,
    testing::{World, on_each_backend},
};

use crate::fields_of;

fn titled(title: &str) -> InitiativeInput {
    InitiativeInput {
        title: Some(String::from(title)),
        summary: Some(String::from("What the community asked for")),
        visibility: Some(String::from("public")),
        school: Some(String::from("northside")),
        ..InitiativeInput::default()
    }
}

#[tokio::test]
async fn facilitators_create_initiatives_that_start_in_the_first_default_phase() {
    on_each_backend(async |w: World| {
        w.riverbend().await;
        let fac = w.access("fac@example.org").await;
        let created = initiatives::create(&w.svc, &fac, &titled("Homework policy"), w.now()).await.unwrap();
        assert_eq!(created.slug, "homework-policy");
        assert!(created.school_id.is_some());
        let p = phases::phases(&w.svc, &created).await.unwrap();
        assert_eq!(p.phases.len(), 5);
        assert_eq!(created.current_phase.as_ref().and_then(|c| c.template_key.as_deref()), Some("identify_needs"));

        for who in ["member@example.org", "observer@example.org", "pupil@example.org"] {
            let access = w.access(who).await;
            let refused = initiatives::create(&w.svc, &access, &titled("Mine"), w.now()).await;
            assert_eq!(refused.err(), Some(Error::Forbidden), "{who}");
        }
        let mut bad = titled("");
        bad.school = Some(String::from("atlantis"));
        bad.visibility = Some(String::from("secret"));
        assert_eq!(
            fields_of(initiatives::create(&w.svc, &fac, &bad, w.now()).await),
            ["title", "visibility", "school"]
        );
        assert_eq!(initiatives::list(&w.svc, &fac).await.unwrap().len(), 3, "the fixture's two and one new");
        // Two at a time: the newest two, then the last, each once.
        let first = initiatives::page(&w.svc, &fac, None, "", 2).await.unwrap();
        assert_eq!((first.items.len(), first.total), (2, 3));
        assert_eq!(first.items[0].id, created.id, "most recently updated first");
        let rest = initiatives::page(&w.svc, &fac, None, first.next.as_deref().unwrap(), 2).await.unwrap();
        assert_eq!((rest.items.len(), rest.next), (1, None));
        assert!(first.items.iter().all(|i| i.id != rest.items[0].id));
        let at_school = initiatives::page(&w.svc, &fac, Some("northside"), "", 10).await.unwrap();
        assert!(at_school.items.iter().all(|i| i.school_id == created.school_id) && at_school.total >= 1);
        assert_eq!(initiatives::page(&w.svc, &fac, Some("atlantis"), "", 10).await.err(), Some(Error::NotFound));
        assert!(matches!(initiatives::page(&w.svc, &fac, None, "1.2.3", 10).await, Err(Error::Invalid(_))));
    })
    .await;
}

#[tokio::test]
async fn the_same_title_created_at_once_gets_distinct_addresses_each_with_its_phases() {
    on_each_backend(async |w: World| {
        w.riverbend().await;
        let fac = w.access("fac@example.org").await;
        let now = w.now();
        let mut set = tokio::task::JoinSet::new();
        for _ in 0..8 {
            let (svc, fac) = (w.svc.clone(), fac.clone());
            set.spawn(async move { initiatives::create(&svc, &fac, &titled("Uniform review"), now).await });
        }
        let mut slugs = Vec::new();
        while let Some(r) = set.join_next().await {
            let created = r.unwrap().unwrap();
            assert_eq!(phases::phases(&w.svc, &created).await.unwrap().phases.len(), 5, "{:?}", w.backend);
            slugs.push(created.slug);
        }
        slugs.sort();
        slugs.dedup();
        assert_eq!(slugs.len(), 8, "{slugs:?}");
    })
    .await;
}

#[tokio::test]
async fn editing_keeps_what_was_left_out_and_dates_the_initiative() {
    on_each_backend(async |w: World| {
        let f = w.riverbend().await;
        let (fac, i) = w.in_initiative("fac@example.org", &f.public_slug).await;
        w.clock.advance(600);
        let change =
            InitiativeInput { summary: Some(String::from("Pupils and families choose")), ..Default::default() };
        let updated = initiatives::update(&w.svc, &fac, &i, &change, w.now()).await.unwrap();
        assert_eq!(updated.title, i.title);
        assert_eq!(updated.summary, "Pupils and families choose");
        assert_eq!(updated.updated_at, w.now());
        let (member, i) = w.in_initiative("member@example.org", &f.public_slug).await;
        assert_eq!(initiatives::update(&w.svc, &member, &i, &change, w.now()).await.err(), Some(Error::Forbidden));
    })
    .await;
}

#[tokio::test]
async fn one_bad_stance_saves_none_of_them() {
    on_each_backend(async |w: World| {
        let f = w.riverbend().await;
        let (fac, i) = w.in_initiative("fac@example.org", &f.public_slug).await;
        let groups = tandem_service::community::groups(&w.svc, &fac).await.unwrap();
        let rows = |second: &str| {
            vec![
                StanceInput { group_id: groups[0].id, stance: String::from("supporter"), note: String::new() },
                StanceInput { group_id: groups[1].id, stance: String::from(second), note: String::new() },
            ]
        };
        let refused = initiatives::set_stances(&w.svc, &fac, &i, &rows("furious"), w.now()).await;
        assert_eq!(fields_of(refused), ["stance"]);
        assert!(initiatives::triangle(&w.svc, &i).await.unwrap().stances.is_empty());

        initiatives::set_stances(&w.svc, &fac, &i, &rows("sceptic"), w.now()).await.unwrap();
        assert_eq!(initiatives::triangle(&w.svc, &i).await.unwrap().stances.len(), 2);
        let unknown = vec![StanceInput { group_id: 999_999, stance: String::from("neutral"), note: String::new() }];
        assert!(initiatives::set_stances(&w.svc, &fac, &i, &unknown, w.now()).await.is_err());
    })
    .await;
}
