//! Running a community: members' roles, groups and schools, by administrators only.

use tandem_domain::{community::Role, privacy::Cell};
use tandem_service::{
    Access, Actor, Error,
    community::{self, GroupInput, MemberInput, SchoolInput},
    testing::{COMMUNITY, World, on_each_backend},
};

use crate::fields_of;

#[tokio::test]
async fn administrators_manage_groups_schools_and_roles() {
    on_each_backend(async |w: World| {
        w.riverbend().await;
        let admin = w.access("admin@example.org").await;
        let fac = w.access("fac@example.org").await;
        let group = GroupInput {
            name_en: String::from("Governors"),
            name_es: String::from("Gobernadores"),
            protects_identity: false,
        };
        assert_eq!(community::add_group(&w.svc, &fac, &group, w.now()).await, Err(Error::Forbidden));
        let gid = community::add_group(&w.svc, &admin, &group, w.now()).await.unwrap();
        assert!(community::groups(&w.svc, &admin).await.unwrap().iter().any(|g| g.id == gid));
        let unnamed = GroupInput { name_en: String::new(), ..group };
        assert_eq!(fields_of(community::add_group(&w.svc, &admin, &unnamed, w.now()).await), ["name_en"]);

        let school = SchoolInput { name: String::from("Northside Middle"), phase: String::from("middle") };
        let added = community::add_school(&w.svc, &admin, &school, w.now()).await.unwrap();
        assert_eq!(added.slug, "northside-middle", "the fixture's school took 'northside'");
        let bad = SchoolInput { name: String::new(), phase: String::from("college") };
        assert_eq!(
            fields_of(community::add_school(&w.svc, &admin, &bad, w.now()).await.map(|s| s.id)),
            ["name", "phase"]
        );

        let members = community::members(&w.svc, &admin, None, "", 50).await.unwrap();
        let member = members.items.iter().find(|m| m.email.as_deref() == Some("member@example.org")).unwrap();
        let promote =
            MemberInput { role: String::from("facilitator"), group_id: Some(gid), school: added.slug.clone() };
        community::update_member(&w.svc, &admin, member.membership.id, &promote, w.now()).await.unwrap();
        let promoted = w.access("member@example.org").await;
        assert!(promoted.can_facilitate());
        assert_eq!(promoted.group_id(), Some(gid));
    })
    .await;
}

#[tokio::test]
async fn two_administrators_demoting_each_other_at_once_leave_one() {
    on_each_backend(async |w: World| {
        w.riverbend().await;
        let admin = w.access("admin@example.org").await;
        let members = community::members(&w.svc, &admin, None, "", 50).await.unwrap();
        let id_of = |email: &str| {
            members.items.iter().find(|m| m.email.as_deref() == Some(email)).map(|m| m.membership.id).unwrap()
        };
        let (first, second) = (id_of("admin@example.org"), id_of("fac@example.org"));
        let promote = MemberInput { role: String::from("admin"), group_id: None, school: String::new() };
        community::update_member(&w.svc, &admin, second, &promote, w.now()).await.unwrap();
        let other = w.access("fac@example.org").await;

        // Each demotes the other, at the same moment, many times over.
        let demote = MemberInput { role: String::from("member"), ..promote };
        let now = w.now();
        let mut set = tokio::task::JoinSet::new();
        for n in 0..20 {
            let (svc, input) = (w.svc.clone(), demote.clone());
            let (who, target) = if n % 2 == 0 { (admin.clone(), second) } else { (other.clone(), first) };
            set.spawn(async move { community::update_member(&svc, &who, target, &input, now).await });
        }
        let mut results = Vec::new();
        while let Some(r) = set.join_next().await {
            results.push(r.unwrap());
        }
        let operator = Access::load(&w.svc, &Actor::operator(), COMMUNITY).await.unwrap();
        let listed = community::members(&w.svc, &operator, None, "", 50).await.unwrap();
        let admins = listed.items.iter().filter(|m| m.membership.role == Role::Admin).count();
        assert_eq!(admins, 1, "{:?}: {results:?}", w.backend);
        assert!(results.contains(&Err(Error::Conflict("error-last-admin"))));
    })
    .await;
}

#[tokio::test]
async fn a_community_may_publish_counts_only_from_a_higher_threshold() {
    on_each_backend(async |w: World| {
        w.riverbend().await;
        let admin = w.access("admin@example.org").await;
        let settings = |threshold: &str| community::SettingsInput {
            name: String::from("Riverbend"),
            description: String::new(),
            threshold: String::from(threshold),
            ..community::SettingsInput::default()
        };
        for bad in ["3", "1000", "five"] {
            let refused = community::update_settings(&w.svc, &admin, &settings(bad), w.now()).await;
            assert_eq!(fields_of(refused), ["threshold"], "{bad}");
        }
        // Five members: all shown at 5…
        let sizes = community::group_sizes(&w.svc, &admin).await.unwrap();
        assert_eq!(sizes.breakdown.total, Cell::Shown(5));
        // …none at 10.
        community::update_settings(&w.svc, &admin, &settings("10"), w.now()).await.unwrap();
        let admin = w.access("admin@example.org").await;
        assert_eq!(admin.community.threshold.get(), 10);
        let sizes = community::group_sizes(&w.svc, &admin).await.unwrap();
        assert_eq!(sizes.breakdown.total, Cell::Small, "{:?}", w.backend);
        // Blank keeps it.
        community::update_settings(&w.svc, &admin, &settings(""), w.now()).await.unwrap();
        assert_eq!(w.access("admin@example.org").await.community.threshold.get(), 10);
    })
    .await;
}

#[tokio::test]
async fn a_community_lives_in_its_time_zone_and_locale() {
    on_each_backend(async |w: World| {
        w.riverbend().await;
        let admin = w.access("admin@example.org").await;
        assert_eq!((admin.community.time_zone.as_str(), admin.community.locale.key()), ("UTC", "en-US"));
        let place = |zone: &str, locale: &str| community::SettingsInput {
            name: String::from("Riverbend"),
            time_zone: Some(zone.to_owned()),
            locale: Some(locale.to_owned()),
            ..community::SettingsInput::default()
        };
        let refused = community::update_settings(&w.svc, &admin, &place("Mars/Olympus", "fr-FR"), w.now()).await;
        assert_eq!(fields_of(refused), ["time_zone", "locale"]);
        assert_eq!(w.access("admin@example.org").await.community.time_zone, "UTC", "nothing changed");
        community::update_settings(&w.svc, &admin, &place("Europe/Madrid", "es-ES"), w.now()).await.unwrap();
        let admin = w.access("admin@example.org").await;
        assert_eq!((admin.community.time_zone.as_str(), admin.community.locale.key()), ("Europe/Madrid", "es-ES"));
        assert_eq!(admin.zone().name(), "Europe/Madrid");
        // Absent keeps both.
        let keep = community::SettingsInput { name: String::from("Riverbend"), ..community::SettingsInput::default() };
        community::update_settings(&w.svc, &admin, &keep, w.now()).await.unwrap();
        assert_eq!(w.access("admin@example.org").await.community.time_zone, "Europe/Madrid");
    })
    .await;
}
