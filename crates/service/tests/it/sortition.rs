//! Selection by lot on an initiative: volunteers, quotas, the published
//! lottery and hash, the draw, answers and replacements, on both databases;
//! bad input changes nothing, and a draw happens once however many ask.

use tandem_decide::{disclosure::Cell, sortition as lot};
use tandem_domain::{
    community::Role,
    sortition::{SelectionStatus, VolunteerStatus},
};
use tandem_service::{
    Access, Error,
    representation::{self as who, BaselineInput},
    sortition::{self, SelectionInput},
    testing::{Riverbend, World, on_each_backend},
};
use tandem_store::{communities, users};
use tokio::task::JoinSet;

use crate::fields_of;

const SECRET: &str = "river otter lantern";

/// `n` new members of `group`, each volunteering with `language` as their home language.
async fn volunteers(w: &World, f: &Riverbend, group: &str, language: &str, n: usize, selection: i64) -> Vec<i64> {
    let db = w.db.pool();
    let groups = communities::groups(db, f.community_id).await.unwrap();
    let gid = groups.iter().find(|g| g.key == group).map(|g| g.id);
    let mut ids = Vec::new();
    for k in 0..n {
        let name = format!("{group} {language} {k}");
        let email = format!("{group}-{language}-{k}@example.org");
        let u = users::NewUser {
            email: Some(&email),
            display_name: &name,
            password_hash: None,
            lang: "en",
            is_site_admin: false,
        };
        let uid = users::create(db, &u, w.now()).await.unwrap();
        let m = communities::NewMembership {
            community_id: f.community_id,
            user_id: uid,
            role: Role::Member,
            group_id: gid,
            school_id: Some(f.school_id),
        };
        communities::add_member(db, &m, w.now()).await.unwrap();
        let (access, i) = w.in_initiative(&email, &f.public_slug).await;
        sortition::volunteer(&w.svc, &access, &i, selection, &[("home_language".into(), language.into())], w.now())
            .await
            .unwrap();
        ids.push(uid);
    }
    ids
}

/// A selection of `seats` stratified by stakeholder group and home language.
async fn selection(w: &World, f: &Riverbend, seats: &str) -> (Access, tandem_service::initiatives::Initiative, i64) {
    let fac = w.access("fac@example.org").await;
    let baseline = BaselineInput {
        school_id: None,
        dimension: "home_language".into(),
        source: "School census".into(),
        as_of: "2026-10-01".into(),
        rows: "English,600\nSpanish,300\nArabic,100\n".into(),
    };
    who::set_baseline(&w.svc, &fac, &baseline, w.now()).await.unwrap();
    let (fac, i) = w.in_initiative("fac@example.org", &f.public_slug).await;
    let input = SelectionInput {
        title: "Design team".into(),
        purpose: "Design the new school's family hub.".into(),
        seats: seats.into(),
        dimensions: vec!["stakeholder_group".into(), "home_language".into()],
    };
    let id = sortition::create(&w.svc, &fac, &i, &input, w.now()).await.unwrap();
    (fac, i, id)
}

#[tokio::test]
async fn a_design_team_is_drawn_in_public_and_a_place_declined_is_filled_within_the_quotas() {
    on_each_backend(async |w: World| {
        let w = w.sending_mail();
        let f = w.riverbend().await;
        let (fac, i, id) = selection(&w, &f, "6").await;
        volunteers(&w, &f, "families", "English", 12, id).await;
        volunteers(&w, &f, "families", "Spanish", 6, id).await;
        volunteers(&w, &f, "families", "Arabic", 2, id).await;
        volunteers(&w, &f, "pupils", "English", 6, id).await;
        // Quotas: at least one Arabic speaker, at least two pupils.
        let selection_now = sortition::view(&w.svc, &fac, &i, id).await.unwrap();
        let rows = sortition::quota_rows(&w.svc, &fac, &selection_now.selection).await.unwrap();
        let typed: Vec<(String, String)> = rows
            .iter()
            .map(|(d, g)| match (d.as_str(), g.as_str()) {
                ("home_language", "Arabic") => ("1".into(), "6".into()),
                ("stakeholder_group", "pupils") => ("2".into(), "3".into()),
                _ => ("0".into(), "6".into()),
            })
            .collect();
        sortition::set_quotas(&w.svc, &fac, &i, id, &typed, w.now()).await.unwrap();
        // The preview: the two Arabic speakers share at least one seat, so each has at least a half chance.
        let view = sortition::view(&w.svc, &fac, &i, id).await.unwrap();
        let language = view.categories.iter().find(|c| c.dimension.key() == "home_language").unwrap();
        let arabic = language.groups.iter().find(|g| g.group == "Arabic").unwrap();
        assert!(arabic.chance.unwrap() >= 0.5 - 1e-9, "{arabic:?}");
        assert!(view.preview_problem.is_empty());

        sortition::commit(&w.svc, &fac, &i, id, SECRET, w.now()).await.unwrap();
        let view = sortition::view(&w.svc, &fac, &i, id).await.unwrap();
        assert_eq!(view.selection.status, SelectionStatus::Committed);
        assert_eq!(view.rounds[0].commitment, lot::commitment(SECRET));
        // Volunteering is closed once the lottery is published.
        let (late, _) = w.in_initiative("member@example.org", &i.slug).await;
        let refused =
            sortition::volunteer(&w.svc, &late, &i, id, &[("home_language".into(), "English".into())], w.now()).await;
        assert!(matches!(refused, Err(Error::Conflict("error-sortition-closed"))));

        // A reveal that does not match the published hash draws nothing.
        let wrong = sortition::draw(&w.svc, &fac, &i, id, "another secret phrase", "4 1 6 6", "/x", w.now()).await;
        assert_eq!(fields_of(wrong), ["secret"]);
        assert_eq!(sortition::view(&w.svc, &fac, &i, id).await.unwrap().selection.status, SelectionStatus::Committed);

        let drawn = sortition::draw(&w.svc, &fac, &i, id, SECRET, "4 1 6 6", "/x", w.now()).await.unwrap();
        assert_eq!(drawn.len(), 6);
        // Anyone recomputes the draw from the published file.
        let file: serde_json::Value =
            serde_json::from_str(&sortition::lottery_file(&w.svc, &i, id, 1).await.unwrap()).unwrap();
        let panels: Vec<lot::Panel> = file["panels"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| lot::Panel {
                members: p["members"].as_array().unwrap().iter().map(|m| m.as_str().unwrap().to_owned()).collect(),
                probability: p["probability"].as_f64().unwrap(),
            })
            .collect();
        let pick =
            lot::draw(&panels, &lot::Seed::public(file["secret"].as_str().unwrap(), file["entropy"].as_str().unwrap()))
                .unwrap();
        let mut expected: Vec<i64> = panels[pick].members.iter().map(|m| m.parse().unwrap()).collect();
        let mut got = drawn.clone();
        expected.sort_unstable();
        got.sort_unstable();
        assert_eq!(got, expected);
        assert_eq!(file["fingerprint"].as_str().unwrap(), lot::fingerprint(&panels));

        // The panel as the public sees it: pupils by role only; the drawn are asked by email.
        let visitor = w.in_initiative("outsider@example.org", &i.slug).await.0;
        let public = sortition::view(&w.svc, &visitor, &i, id).await.unwrap();
        assert_eq!(public.panel.len(), 6);
        let pupils = public.panel.iter().filter(|m| m.name.is_none()).count();
        assert!((2..=3).contains(&pupils), "quotas give 2–3 pupils, got {pupils}");
        assert!(public.panel.iter().flatten_names().all(|n| !n.starts_with("pupils")));
        let mail = w.queued_emails().await;
        assert!(mail.len() >= 6, "the drawn are asked by email: {}", mail.len());
        // Small groups are hidden from the public: two Arabic speakers.
        let language = public.categories.iter().find(|c| c.dimension.key() == "home_language").unwrap();
        let arabic = language.groups.iter().find(|g| g.group == "Arabic").unwrap();
        assert_eq!(arabic.volunteers, Cell::Small);
        assert_eq!(arabic.chance, None);

        // One of the drawn declines; the others accept or have not answered.
        let volunteers = tandem_store::sortition::volunteers(w.db.pool(), i.community_id, id).await.unwrap();
        let drawn_people: Vec<&tandem_store::sortition::Volunteer> =
            volunteers.iter().filter(|v| v.status == VolunteerStatus::Selected).collect();
        let decliner = users::get_by_id(w.db.pool(), drawn_people[0].user_id).await.unwrap().unwrap();
        let (access, _) = w.in_initiative(decliner.email.as_deref().unwrap(), &i.slug).await;
        sortition::respond(&w.svc, &access, &i, id, false, w.now()).await.unwrap();
        let twice = sortition::respond(&w.svc, &access, &i, id, true, w.now()).await;
        assert!(matches!(twice, Err(Error::Conflict("error-sortition-not-asked"))));
        let accepter = users::get_by_id(w.db.pool(), drawn_people[1].user_id).await.unwrap().unwrap();
        let (access, _) = w.in_initiative(accepter.email.as_deref().unwrap(), &i.slug).await;
        sortition::respond(&w.svc, &access, &i, id, true, w.now()).await.unwrap();
        assert_eq!(sortition::view(&w.svc, &fac, &i, id).await.unwrap().to_replace, 1);

        // A replacement round: new hash, then its draw, keeping the quotas.
        sortition::prepare_replacements(&w.svc, &fac, &i, id, "second round secret", w.now()).await.unwrap();
        let again =
            sortition::draw(&w.svc, &fac, &i, id, "second round secret", "2 2 5 3", "/x", w.now()).await.unwrap();
        assert_eq!(again.len(), 1);
        let after = tandem_store::sortition::volunteers(w.db.pool(), i.community_id, id).await.unwrap();
        let seated: Vec<&tandem_store::sortition::Volunteer> = after
            .iter()
            .filter(|v| matches!(v.status, VolunteerStatus::Selected | VolunteerStatus::Accepted))
            .collect();
        assert_eq!(seated.len(), 6);
        assert!(seated.iter().all(|v| v.user_id != drawn_people[0].user_id));
        let pupils = seated.iter().filter(|v| v.protected).count();
        let arabic =
            seated.iter().filter(|v| v.answers.get("home_language").map(String::as_str) == Some("Arabic")).count();
        assert!((2..=3).contains(&pupils) && arabic >= 1, "quotas hold after the replacement");
        assert_eq!(sortition::view(&w.svc, &fac, &i, id).await.unwrap().to_replace, 0);
        sortition::close(&w.svc, &fac, &i, id, w.now()).await.unwrap();
    })
    .await;
}

trait Names {
    fn flatten_names(self) -> impl Iterator<Item = String>;
}

impl<'a, I: Iterator<Item = &'a sortition::Member>> Names for I {
    fn flatten_names(self) -> impl Iterator<Item = String> {
        self.filter_map(|m| m.name.clone())
    }
}

#[tokio::test]
async fn quotas_that_cannot_be_met_are_refused_with_the_smallest_change_and_nothing_is_published() {
    on_each_backend(async |w: World| {
        let f = w.riverbend().await;
        let (fac, i, id) = selection(&w, &f, "4").await;
        volunteers(&w, &f, "families", "English", 5, id).await;
        let view = sortition::view(&w.svc, &fac, &i, id).await.unwrap();
        let rows = sortition::quota_rows(&w.svc, &fac, &view.selection).await.unwrap();
        // Two Spanish speakers wanted; nobody speaks Spanish.
        let typed: Vec<(String, String)> = rows
            .iter()
            .map(|(d, g)| {
                if d == "home_language" && g == "Spanish" { ("2".into(), "4".into()) } else { ("0".into(), "4".into()) }
            })
            .collect();
        sortition::set_quotas(&w.svc, &fac, &i, id, &typed, w.now()).await.unwrap();
        let view = sortition::view(&w.svc, &fac, &i, id).await.unwrap();
        assert_eq!(view.preview_problem[0].0, "sortition-infeasible");
        let refused = sortition::commit(&w.svc, &fac, &i, id, SECRET, w.now()).await;
        let Err(Error::Invalid(errors)) = refused else { panic!("{refused:?}") };
        assert!(errors.0.iter().any(|e| e.message == "sortition-infeasible-relax"
            && e.args.iter().any(|(k, v)| *k == "feature" && v == "Spanish")));
        let view = sortition::view(&w.svc, &fac, &i, id).await.unwrap();
        assert_eq!(view.selection.status, SelectionStatus::Open);
        assert!(view.rounds.is_empty());
        // Quotas outside the seats, a short secret, answers not offered, members acting as staff.
        let mut bad = typed.clone();
        bad[0] = ("3".into(), "1".into());
        bad[1] = ("0".into(), "9".into());
        assert_eq!(fields_of(sortition::set_quotas(&w.svc, &fac, &i, id, &bad, w.now()).await), ["min-0", "max-1"]);
        assert_eq!(fields_of(sortition::commit(&w.svc, &fac, &i, id, "short", w.now()).await), ["secret"]);
        let (member, _) = w.in_initiative("member@example.org", &i.slug).await;
        let odd =
            sortition::volunteer(&w.svc, &member, &i, id, &[("home_language".into(), "Klingon".into())], w.now()).await;
        assert_eq!(fields_of(odd), ["home_language"]);
        assert!(matches!(sortition::commit(&w.svc, &member, &i, id, SECRET, w.now()).await, Err(Error::Forbidden)));
        // Seats beyond the pool.
        let input = SelectionInput {
            title: "Big".into(),
            purpose: String::new(),
            seats: "40".into(),
            dimensions: vec!["stakeholder_group".into()],
        };
        let big = sortition::create(&w.svc, &fac, &i, &input, w.now()).await.unwrap();
        volunteers(&w, &f, "pupils", "English", 3, big).await;
        let too_few = sortition::commit(&w.svc, &fac, &i, big, SECRET, w.now()).await;
        let Err(Error::Invalid(errors)) = too_few else { panic!("{too_few:?}") };
        assert_eq!(errors.0[0].message, "sortition-pool-too-small");
    })
    .await;
}

#[tokio::test]
async fn a_draw_and_a_publication_happen_once_however_many_ask_at_once() {
    on_each_backend(async |w: World| {
        let f = w.riverbend().await;
        let (fac, i, id) = selection(&w, &f, "3").await;
        volunteers(&w, &f, "families", "English", 8, id).await;
        let mut set = JoinSet::new();
        for _ in 0..8 {
            let (svc, fac, i, now) = (w.svc.clone(), fac.clone(), i.clone(), w.now());
            set.spawn(async move { sortition::commit(&svc, &fac, &i, id, SECRET, now).await });
        }
        let results = set.join_all().await;
        assert_eq!(results.iter().filter(|r| r.is_ok()).count(), 1, "{results:?}");
        assert!(
            results
                .iter()
                .filter_map(|r| r.as_ref().err())
                .all(|e| matches!(e, Error::Conflict("error-sortition-not-open")))
        );
        let mut set = JoinSet::new();
        for k in 0..8 {
            let (svc, fac, i, now) = (w.svc.clone(), fac.clone(), i.clone(), w.now());
            // Each with other dice: were two to succeed, they could draw different panels.
            set.spawn(async move { sortition::draw(&svc, &fac, &i, id, SECRET, &format!("1234{k}"), "/x", now).await });
        }
        let results = set.join_all().await;
        assert_eq!(results.iter().filter(|r| r.is_ok()).count(), 1, "{results:?}");
        let volunteers = tandem_store::sortition::volunteers(w.db.pool(), i.community_id, id).await.unwrap();
        assert_eq!(volunteers.iter().filter(|v| v.status == VolunteerStatus::Selected).count(), 3);
        assert_eq!(tandem_store::sortition::rounds(w.db.pool(), id).await.unwrap().len(), 1);
    })
    .await;
}
