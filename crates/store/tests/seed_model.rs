//! Contract of the seeds' own model (issue 3), on SQLite and PostgreSQL.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::future::Future;

use tandem_domain::{
    Timestamp,
    charter::{DecisionArea, InfluenceLevel},
    community::CommunityKind,
    engagement::{EventDraft, EventKind},
    environment::{AuthorizationDraft, StakeholderDraft, StakeholderInput},
    initiative::Visibility,
    phases::{PhaseDraft, PhaseStatus, make_current},
    text::Slug,
    time::parse_date,
};
use tandem_store::{
    Db, StoreError, charter, communities, engagement, environment, initiatives, phases,
    testing::{TestDb, backends, in_tx},
    worksheet,
};

const NOW: Timestamp = Timestamp(1_795_000_000);

async fn on_each_backend<F, Fut>(test: F)
where
    F: Fn(Db, i64, i64) -> Fut,
    Fut: Future<Output = ()>,
{
    for backend in backends() {
        let t = TestDb::new(backend).await.expect("fresh test database");
        let new = communities::NewCommunity {
            slug: "riverbend",
            name: "Riverbend",
            kind: CommunityKind::District,
            description: "",
        };
        let cid = communities::create(&mut t.db.acquire().await.unwrap(), &new, NOW).await.unwrap();
        let fields = initiatives::InitiativeFields {
            school_id: None,
            title: "Redesign",
            summary: "",
            visibility: Visibility::Public,
            value_statement: "",
        };
        let (iid, _) = initiatives::create(
            &mut t.db.acquire().await.unwrap(),
            cid,
            &Slug::from_title("Redesign"),
            &fields,
            None,
            NOW,
            true,
        )
        .await
        .unwrap();
        test(t.db.clone(), cid, iid).await;
    }
}

fn stakeholder(name: &str, formal: &str, influence: &str) -> StakeholderDraft {
    StakeholderDraft::parse(&StakeholderInput {
        name,
        kind: "organisation",
        formal_authority: formal,
        instrument: if formal == "none" { "" } else { "Vote" },
        influence,
        stance: "neutral",
        suitability: "both",
        suitability_reason: "",
        relationship_owner: "Principal",
    })
    .unwrap()
}

fn area(title: &str, level: InfluenceLevel) -> DecisionArea {
    DecisionArea {
        title: title.to_owned(),
        level,
        final_decision_by: String::from("Board"),
        fixed: String::new(),
        risks: String::new(),
        reciprocity: String::from("Credit in the plan"),
    }
}

#[tokio::test]
async fn stakeholders_and_authorizations_round_trip() {
    on_each_backend(|db, cid, iid| async move {
        let groups = communities::groups(db.pool(), cid).await.unwrap();
        environment::add_stakeholder(db.pool(), iid, &stakeholder("Neighbours", "none", "low"), None, NOW)
            .await
            .unwrap();
        let board = environment::add_stakeholder(
            db.pool(),
            iid,
            &stakeholder("School board", "approves", "high"),
            Some(groups[5].id),
            NOW,
        )
        .await
        .unwrap();
        let list = environment::stakeholders(db.pool(), iid).await.unwrap();
        assert_eq!(list[0].name, "School board", "formal authority first");
        assert_eq!(list[0].group_id, Some(groups[5].id));
        let changed = stakeholder("School board of trustees", "approves", "high");
        assert!(environment::update_stakeholder(db.pool(), iid, board, &changed, None, NOW).await.unwrap());
        assert!(!environment::update_stakeholder(db.pool(), iid + 1, board, &changed, None, NOW).await.unwrap());

        let later = AuthorizationDraft::parse("Final plan", "approval", "not_started", "2027-03-01", "", "").unwrap();
        let sooner =
            AuthorizationDraft::parse("Process", "approval", "granted", "2026-09-15", "2026-09-10", "Minutes p.4")
                .unwrap();
        let undated =
            AuthorizationDraft::parse("Union told", "notification", "notified", "", "2026-09-01", "").unwrap();
        environment::add_authorization(db.pool(), iid, &later, Some(board), NOW).await.unwrap();
        environment::add_authorization(db.pool(), iid, &undated, None, NOW).await.unwrap();
        let id = environment::add_authorization(db.pool(), iid, &sooner, Some(board), NOW).await.unwrap();
        let list = environment::authorizations(db.pool(), iid).await.unwrap();
        let titles: Vec<_> = list.iter().map(|a| a.title.as_str()).collect();
        assert_eq!(titles, vec!["Process", "Final plan", "Union told"], "soonest due first, undated last");
        assert_eq!(list[0].happened_on, Some(parse_date("d", "2026-09-10").unwrap()));
        assert!(environment::delete_authorization(db.pool(), iid, id).await.unwrap());
        assert!(environment::delete_stakeholder(db.pool(), iid, board).await.unwrap());
        let left = environment::authorizations(db.pool(), iid).await.unwrap();
        assert!(left.iter().all(|a| a.stakeholder_id.is_none()), "links are cleared, the steps stay");
    })
    .await;
}

#[tokio::test]
async fn the_charter_is_versioned_once_published() {
    on_each_backend(|db, _cid, iid| async move {
        assert_eq!(charter::get_charter(db.pool(), iid).await.unwrap().version, 0);
        let name = area("The school's name", InfluenceLevel::Empower);
        let aid = charter::apply(&mut db.acquire().await.unwrap(), iid, charter::Change::AddArea(&name), None, NOW)
            .await
            .unwrap()
            .unwrap();
        charter::apply(
            &mut db.acquire().await.unwrap(),
            iid,
            charter::Change::SetIntro("What you can shape"),
            None,
            NOW,
        )
        .await
        .unwrap();
        assert_eq!(charter::get_charter(db.pool(), iid).await.unwrap().version, 0, "draft edits make no version");
        let v1 = charter::NewVersion { expected: 0, version: 1, snapshot: "{\"v\":1}", reason: "", by: None };
        charter::apply(&mut db.acquire().await.unwrap(), iid, charter::Change::Publish, Some(v1), NOW.plus_secs(10))
            .await
            .unwrap();
        let c = charter::get_charter(db.pool(), iid).await.unwrap();
        assert_eq!((c.version, c.intro.as_str(), c.published_at), (1, "What you can shape", Some(NOW.plus_secs(10))));

        let budget = area("Budget lines", InfluenceLevel::Consult);
        let v2 =
            charter::NewVersion { expected: 1, version: 2, snapshot: "{\"v\":2}", reason: "Board asked", by: None };
        charter::apply(
            &mut db.acquire().await.unwrap(),
            iid,
            charter::Change::AddArea(&budget),
            Some(v2),
            NOW.plus_secs(20),
        )
        .await
        .unwrap();
        // A change made against an old version is refused and changes nothing.
        let stale = charter::NewVersion { expected: 1, version: 2, snapshot: "{}", reason: "late", by: None };
        let r = in_tx(&db, async |c| charter::apply(c, iid, charter::Change::DeleteArea(aid), Some(stale), NOW).await)
            .await;
        assert!(matches!(r, Err(StoreError::Conflict("charter"))));
        assert_eq!(charter::areas(db.pool(), iid).await.unwrap().len(), 2);
        let missing = charter::NewVersion { expected: 2, version: 3, snapshot: "{}", reason: "x", by: None };
        assert!(matches!(
            charter::apply(
                &mut db.acquire().await.unwrap(),
                iid,
                charter::Change::DeleteArea(9999),
                Some(missing),
                NOW
            )
            .await,
            Err(StoreError::NotFound)
        ));
        let versions = charter::versions(db.pool(), iid).await.unwrap();
        assert_eq!(
            versions.iter().map(|v| (v.version, v.reason.as_str())).collect::<Vec<_>>(),
            vec![(2, "Board asked"), (1, "")]
        );
        assert_eq!(
            charter::get_charter(db.pool(), iid).await.unwrap().published_at,
            Some(NOW.plus_secs(10)),
            "first publication date stays"
        );
    })
    .await;
}

#[tokio::test]
async fn phases_move_one_at_a_time_and_are_recorded() {
    on_each_backend(|db, _cid, iid| async move {
        phases::create_defaults(&mut db.acquire().await.unwrap(), iid).await.unwrap();
        let list = phases::list(db.pool(), iid).await.unwrap();
        assert_eq!(list.len(), 5);
        assert_eq!(list[0].status, PhaseStatus::Current);
        assert_eq!(list[0].template_key.as_deref(), Some("identify_needs"));
        let statuses: Vec<_> = list.iter().map(|p| (p.id, p.status)).collect();
        let changes = make_current(&statuses, list[1].id).unwrap();
        let step = phases::Move { from: Some(list[0].id), to: list[1].id, note: "Needs agreed", actor: None };
        phases::transition(&mut db.acquire().await.unwrap(), iid, &changes, &step, NOW).await.unwrap();
        let after = phases::list(db.pool(), iid).await.unwrap();
        assert_eq!((after[0].status, after[1].status), (PhaseStatus::Done, PhaseStatus::Current));
        assert_eq!(phases::transitions(db.pool(), iid).await.unwrap()[0].note, "Needs agreed");
        assert!(!phases::delete(db.pool(), iid, after[1].id).await.unwrap(), "the current phase stays");
        let extra = PhaseDraft::parse("Summer pilot", "co_production", "2027-06-01", "2027-07-15", false).unwrap();
        let id = phases::add(db.pool(), iid, &extra).await.unwrap();
        assert_eq!(phases::list(db.pool(), iid).await.unwrap().last().unwrap().name, "Summer pilot");
        assert!(phases::delete(db.pool(), iid, id).await.unwrap());
    })
    .await;
}

#[tokio::test]
async fn engagement_is_imported_whole_or_not_at_all() {
    on_each_backend(|db, cid, iid| async move {
        let groups = communities::groups(db.pool(), cid).await.unwrap();
        let families = groups[0].id;
        let day = |s: &str| parse_date("d", s).unwrap();
        let ev = |kind, people, on: &str| EventDraft {
            group_id: families,
            kind,
            people,
            occurred_on: day(on),
            source: String::from("Letter"),
        };
        let good = vec![
            ev(EventKind::Informed, 300, "2026-10-01"),
            ev(EventKind::Informed, 40, "2026-10-05"),
            ev(EventKind::Updated, 280, "2026-11-02"),
        ];
        let mut ticks = 0;
        assert_eq!(
            engagement::import(&mut db.acquire().await.unwrap(), iid, &good, None, NOW, |n| ticks = n).await.unwrap(),
            3
        );
        assert_eq!(ticks, 3);
        // A row pointing at a group that does not exist fails the whole file.
        let mut bad = good.clone();
        bad.push(EventDraft { group_id: 999_999, ..ev(EventKind::Trained, 5, "2026-11-03") });
        let failed = in_tx(&db, async |c| engagement::import(c, iid, &bad, None, NOW, |_| {}).await).await;
        assert!(failed.is_err());
        assert_eq!(engagement::recent(db.pool(), iid, 100).await.unwrap().len(), 3, "nothing half-imported");

        let reach = engagement::reach(db.pool(), iid).await.unwrap();
        assert!(reach.contains(&(Some(families), EventKind::Informed, 340)));
        assert_eq!(engagement::last_update(db.pool(), iid).await.unwrap(), Some(day("2026-11-02")));
        let s = environment::add_stakeholder(db.pool(), iid, &stakeholder("Union", "notified", "medium"), None, NOW)
            .await
            .unwrap();
        engagement::add(db.pool(), iid, &ev(EventKind::Informed, 1, "2026-11-04"), Some(s), None, NOW).await.unwrap();
        assert_eq!(engagement::stakeholder_contacts(db.pool(), iid).await.unwrap(), vec![(s, EventKind::Informed)]);
    })
    .await;
}

#[tokio::test]
async fn worksheet_answers_keep_their_history() {
    on_each_backend(|db, _cid, iid| async move {
        worksheet::save(db.pool(), iid, 1, "The board", None, NOW).await.unwrap();
        worksheet::save(db.pool(), iid, 1, "The board and the PTA", None, NOW.plus_secs(5)).await.unwrap();
        worksheet::save(db.pool(), iid, 3, "Families", None, NOW).await.unwrap();
        let h = worksheet::history(db.pool(), iid).await.unwrap();
        assert_eq!(
            h.iter().map(|a| (a.question, a.answer.as_str())).collect::<Vec<_>>(),
            vec![(1, "The board and the PTA"), (1, "The board"), (3, "Families")]
        );
    })
    .await;
}

#[tokio::test]
async fn participation_opens_and_closes() {
    on_each_backend(|db, cid, iid| async move {
        initiatives::set_participation(db.pool(), iid, true, NOW).await.unwrap();
        let scope = tandem_store::scope::load(db.pool(), "riverbend", None, Some("redesign")).await.unwrap().unwrap();
        assert!(scope.initiative.unwrap().participation_open);
        initiatives::set_participation(db.pool(), iid, false, NOW).await.unwrap();
        assert!(!initiatives::by_slug(db.pool(), cid, "redesign").await.unwrap().unwrap().participation_open);
    })
    .await;
}
