//! The store's contract, run against SQLite always and PostgreSQL whenever
//! TANDEM_TEST_POSTGRES_URL is set; each test on a fresh database.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::future::Future;

use tandem_domain::{
    Timestamp,
    community::{CommunityKind, DEFAULT_GROUPS, Role, SchoolPhase},
    initiative::{CapacityKind, CapacityStatus, Stance, Visibility},
    invitation::InvitationStatus,
    text::Slug,
};
use tandem_store::{
    Db, StoreError, communities, initiatives, invitations, jobs, sessions,
    testing::{TestDb, backends},
    throttle, users,
};

const NOW: Timestamp = Timestamp(1_795_000_000);

async fn on_each_backend<F, Fut>(test: F)
where
    F: Fn(Db) -> Fut,
    Fut: Future<Output = ()>,
{
    for backend in backends() {
        let t = TestDb::new(backend).await.expect("fresh test database");
        test(t.db.clone()).await;
    }
}

async fn community(db: &Db) -> i64 {
    let new = communities::NewCommunity {
        slug: "riverbend",
        name: "Riverbend",
        kind: CommunityKind::District,
        description: "",
    };
    communities::create(&mut db.acquire().await.unwrap(), &new, NOW).await.unwrap()
}

async fn person(db: &Db, email: &str) -> i64 {
    let new = users::NewUser {
        email: Some(email),
        display_name: "Ana",
        password_hash: Some("h"),
        lang: "es",
        is_site_admin: false,
    };
    users::create(db.pool(), &new, NOW).await.unwrap()
}

/// Accepts an invitation the way the service does: in one transaction,
/// committed only when every step succeeded.
async fn accept(
    db: &Db,
    code: &str,
    who: invitations::Acceptor<'_>,
    now: Timestamp,
) -> Result<(i64, invitations::Invitation), invitations::AcceptError> {
    let mut tx = db.begin().await.unwrap();
    let result = invitations::accept(&mut tx, code, who, now).await;
    if result.is_ok() {
        tx.commit().await.unwrap();
    }
    result
}

#[tokio::test]
async fn users_are_unique_by_email_and_readable() {
    on_each_backend(|db| async move {
        let id = person(&db, "ana@x.org").await;
        let again = users::NewUser {
            email: Some("ana@x.org"),
            display_name: "B",
            password_hash: None,
            lang: "en",
            is_site_admin: false,
        };
        assert!(matches!(users::create(db.pool(), &again, NOW).await, Err(StoreError::Conflict("email"))));
        let (user, hash) = users::credentials(db.pool(), "ana@x.org").await.unwrap().unwrap();
        assert_eq!(user.id, id);
        assert_eq!(hash.as_deref(), Some("h"));
        assert!(user.has_password && !user.is_site_admin);
        assert_eq!(user.lang, "es");
        // Accounts without email (pupils by invitation) do not collide with each other.
        for _ in 0..2 {
            let pupil = users::NewUser {
                email: None,
                display_name: "P",
                password_hash: None,
                lang: "en",
                is_site_admin: false,
            };
            users::create(db.pool(), &pupil, NOW).await.unwrap();
        }
        assert_eq!(users::count(db.pool()).await.unwrap(), 3);
    })
    .await;
}

#[tokio::test]
async fn sessions_expire_and_carry_their_user() {
    on_each_backend(|db| async move {
        let uid = person(&db, "ana@x.org").await;
        sessions::create(db.pool(), "hash1", uid, "csrf1", NOW, NOW.plus_secs(100)).await.unwrap();
        let s = sessions::find(db.pool(), "hash1", NOW.plus_secs(99)).await.unwrap().unwrap();
        assert_eq!((s.user.id, s.csrf_token.as_str()), (uid, "csrf1"));
        assert!(sessions::find(db.pool(), "hash1", NOW.plus_secs(100)).await.unwrap().is_none());
        sessions::touch(db.pool(), "hash1", NOW.plus_secs(50), NOW.plus_secs(500)).await.unwrap();
        assert!(sessions::find(db.pool(), "hash1", NOW.plus_secs(400)).await.unwrap().is_some());
        sessions::create(db.pool(), "hash2", uid, "csrf2", NOW, NOW.plus_secs(10)).await.unwrap();
        assert_eq!(sessions::delete_others(db.pool(), uid, "hash1").await.unwrap(), 1);
        assert_eq!(sessions::purge_expired(db.pool(), NOW.plus_secs(1000)).await.unwrap(), 1);
    })
    .await;
}

#[tokio::test]
async fn throttle_counts_within_a_window_and_restarts_after() {
    on_each_backend(|db| async move {
        let cutoff = NOW.plus_secs(-900);
        for expected in 1..=3 {
            let (n, start) = throttle::record_failure(db.pool(), "acct:a", NOW, cutoff).await.unwrap();
            assert_eq!((n, start), (expected, NOW));
        }
        assert_eq!(throttle::current(db.pool(), "acct:a", cutoff).await.unwrap(), Some((3, NOW)));
        throttle::release(db.pool(), "acct:a").await.unwrap();
        assert_eq!(throttle::current(db.pool(), "acct:a", cutoff).await.unwrap(), Some((2, NOW)));
        let later = NOW.plus_secs(1000);
        let (n, start) = throttle::record_failure(db.pool(), "acct:a", later, later.plus_secs(-900)).await.unwrap();
        assert_eq!((n, start), (1, later));
        throttle::clear(db.pool(), "acct:a").await.unwrap();
        assert_eq!(throttle::current(db.pool(), "acct:a", cutoff).await.unwrap(), None);
    })
    .await;
}

#[tokio::test]
async fn communities_start_with_default_groups_and_count_members() {
    on_each_backend(|db| async move {
        let cid = community(&db).await;
        let s = tandem_store::scope::load(db.pool(), "riverbend", None, None).await.unwrap().unwrap();
        assert_eq!((s.community.id, s.membership, s.initiative), (cid, None, None));
        assert!(tandem_store::scope::load(db.pool(), "elsewhere", None, None).await.unwrap().is_none());
        let dup = communities::NewCommunity {
            slug: "riverbend",
            name: "Other",
            kind: CommunityKind::Network,
            description: "",
        };
        assert!(matches!(
            communities::create(&mut db.acquire().await.unwrap(), &dup, NOW).await,
            Err(StoreError::Conflict("community"))
        ));
        let groups = communities::groups(db.pool(), cid).await.unwrap();
        assert_eq!(
            groups.iter().map(|g| g.key.as_str()).collect::<Vec<_>>(),
            DEFAULT_GROUPS.iter().map(|g| g.key).collect::<Vec<_>>()
        );
        let pupils = groups.iter().find(|g| g.key == "pupils").unwrap();
        assert!(pupils.protects_identity);

        let school = communities::add_school(db.pool(), cid, "north", "Northside", SchoolPhase::Middle, NOW)
            .await
            .unwrap()
            .unwrap();
        let taken = communities::add_school(db.pool(), cid, "north", "Again", SchoolPhase::Primary, NOW).await;
        assert_eq!(taken.unwrap(), None, "a taken address adds nothing");
        let uid = person(&db, "ana@x.org").await;
        let m = communities::NewMembership {
            community_id: cid,
            user_id: uid,
            role: Role::Member,
            group_id: Some(pupils.id),
            school_id: Some(school),
        };
        communities::add_member(db.pool(), &m, NOW).await.unwrap();
        assert!(matches!(communities::add_member(db.pool(), &m, NOW).await, Err(StoreError::Conflict("membership"))));
        let membership = communities::membership(db.pool(), cid, uid).await.unwrap().unwrap();
        assert!(membership.protected, "pupil membership is protected");
        assert_eq!(communities::member_counts(db.pool(), cid).await.unwrap(), vec![(Some(pupils.id), 1)]);
        let page =
            communities::members(&mut db.acquire().await.unwrap(), cid, Some(pupils.id), None, 10).await.unwrap();
        assert_eq!((page.total, page.members[0].school_name.as_deref()), (1, Some("Northside")));
        let none =
            communities::members(&mut db.acquire().await.unwrap(), cid, Some(groups[0].id), None, 10).await.unwrap();
        assert_eq!(none.total, 0);

        let custom = communities::GroupNames { name_en: Some("PTA"), name_es: Some("AMPA") };
        assert!(communities::add_group(db.pool(), cid, "pta", &custom, false).await.unwrap().is_some());
        assert_eq!(communities::add_group(db.pool(), cid, "pta", &custom, false).await.unwrap(), None);
        let all = communities::groups(db.pool(), cid).await.unwrap();
        assert_eq!(all.last().unwrap().name_es.as_deref(), Some("AMPA"));
        assert_eq!(communities::memberships_of(db.pool(), uid).await.unwrap()[0].0.slug, "riverbend");
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn an_invitation_admits_exactly_one_person_even_under_a_race() {
    on_each_backend(|db| async move {
        let cid = community(&db).await;
        let new = invitations::NewInvitation {
            community_id: cid,
            code_hash: "code",
            role: Role::Member,
            group_id: None,
            school_id: None,
            note: "Year 6",
            created_by: None,
            expires_at: NOW.plus_days(1),
            for_user_id: None,
        };
        invitations::create(db.pool(), &new, NOW).await.unwrap();
        let attempts: Vec<_> = (0..6)
            .map(|i| {
                let db = db.clone();
                tokio::spawn(async move {
                    let name = format!("Person {i}");
                    accept(&db, "code", invitations::Acceptor::NewPerson { display_name: &name, lang: "en" }, NOW).await
                })
            })
            .collect();
        let mut results = Vec::new();
        for attempt in attempts {
            results.push(attempt.await.unwrap());
        }
        assert_eq!(results.iter().filter(|r| r.is_ok()).count(), 1, "exactly one acceptance wins");
        assert_eq!(users::count(db.pool()).await.unwrap(), 1, "losers leave no account behind");
        let inv = invitations::by_code_hash(db.pool(), "code").await.unwrap().unwrap();
        assert_eq!(inv.status(NOW), InvitationStatus::Used);
        assert!(!invitations::revoke(db.pool(), cid, inv.id, NOW).await.unwrap(), "a used link cannot be revoked");
    })
    .await;
}

#[tokio::test]
async fn expired_and_revoked_invitations_change_nothing() {
    on_each_backend(|db| async move {
        let cid = community(&db).await;
        for (hash, expires) in [("old", NOW.plus_secs(-1)), ("revoked", NOW.plus_days(1))] {
            let new = invitations::NewInvitation {
                community_id: cid,
                code_hash: hash,
                role: Role::Member,
                group_id: None,
                school_id: None,
                note: "",
                created_by: None,
                expires_at: expires,
                for_user_id: None,
            };
            let id = invitations::create(db.pool(), &new, NOW.plus_secs(-100)).await.unwrap();
            if hash == "revoked" {
                assert!(invitations::revoke(db.pool(), cid, id, NOW).await.unwrap());
            }
        }
        let who = || invitations::Acceptor::NewPerson { display_name: "X", lang: "en" };
        assert!(matches!(
            accept(&db, "old", who(), NOW).await,
            Err(invitations::AcceptError::Unusable(InvitationStatus::Expired))
        ));
        assert!(matches!(
            accept(&db, "revoked", who(), NOW).await,
            Err(invitations::AcceptError::Unusable(InvitationStatus::Revoked))
        ));
        assert!(matches!(accept(&db, "nope", who(), NOW).await, Err(invitations::AcceptError::NotFound)));
        assert_eq!(users::count(db.pool()).await.unwrap(), 0);
        assert_eq!(invitations::page(db.pool(), cid, None, 10).await.unwrap().len(), 2);
    })
    .await;
}

#[tokio::test]
async fn an_existing_member_cannot_use_up_an_invitation() {
    on_each_backend(|db| async move {
        let cid = community(&db).await;
        let uid = person(&db, "ana@x.org").await;
        let m = communities::NewMembership {
            community_id: cid,
            user_id: uid,
            role: Role::Admin,
            group_id: None,
            school_id: None,
        };
        communities::add_member(db.pool(), &m, NOW).await.unwrap();
        let new = invitations::NewInvitation {
            community_id: cid,
            code_hash: "c",
            role: Role::Member,
            group_id: None,
            school_id: None,
            note: "",
            created_by: Some(uid),
            expires_at: NOW.plus_days(1),
            for_user_id: None,
        };
        invitations::create(db.pool(), &new, NOW).await.unwrap();
        let result = accept(&db, "c", invitations::Acceptor::Existing { user_id: uid }, NOW).await;
        assert!(matches!(result, Err(invitations::AcceptError::AlreadyMember)));
        let inv = invitations::by_code_hash(db.pool(), "c").await.unwrap().unwrap();
        assert_eq!(inv.status(NOW), InvitationStatus::Open, "the link is still usable by its intended person");
        assert_eq!(communities::count_admins(db.pool(), cid).await.unwrap(), 1);
    })
    .await;
}

#[tokio::test]
async fn initiatives_get_free_addresses_and_hold_their_triangle() {
    on_each_backend(|db| async move {
        let cid = community(&db).await;
        let fields = initiatives::InitiativeFields {
            school_id: None,
            title: "New school",
            summary: "s",
            visibility: Visibility::Public,
            value_statement: "v",
        };
        let slug = Slug::from_title("New school");
        let (id1, s1) =
            initiatives::create(&mut db.acquire().await.unwrap(), cid, &slug, &fields, None, NOW, true).await.unwrap();
        let (_, s2) =
            initiatives::create(&mut db.acquire().await.unwrap(), cid, &slug, &fields, None, NOW, true).await.unwrap();
        assert_eq!((s1.as_str(), s2.as_str()), ("new-school", "new-school-2"));
        let private = initiatives::InitiativeFields { visibility: Visibility::Members, ..fields };
        initiatives::create(
            &mut db.acquire().await.unwrap(),
            cid,
            &Slug::from_title("Staff only"),
            &private,
            None,
            NOW.plus_secs(5),
            true,
        )
        .await
        .unwrap();
        assert_eq!(initiatives::list(db.pool(), cid, false, false).await.unwrap().len(), 2);
        let all = initiatives::list(db.pool(), cid, true, false).await.unwrap();
        assert_eq!(all.len(), 3);
        assert_eq!(all[0].slug, "staff-only", "most recently updated first");

        // A draft is listed only for staff, until it is published, once.
        let (draft, _) = initiatives::create(
            &mut db.acquire().await.unwrap(),
            cid,
            &Slug::from_title("Draft plan"),
            &fields,
            None,
            NOW.plus_secs(6),
            false,
        )
        .await
        .unwrap();
        assert_eq!(initiatives::list(db.pool(), cid, true, false).await.unwrap().len(), 3);
        let with_drafts = initiatives::list(db.pool(), cid, true, true).await.unwrap();
        assert_eq!((with_drafts.len(), with_drafts[0].published_at), (4, None));
        assert!(initiatives::publish(db.pool(), draft, NOW.plus_secs(7)).await.unwrap());
        assert!(!initiatives::publish(db.pool(), draft, NOW.plus_secs(8)).await.unwrap(), "published once");
        let listed = initiatives::list(db.pool(), cid, true, false).await.unwrap();
        assert_eq!((listed.len(), listed[0].published_at), (4, Some(NOW.plus_secs(7))));

        let o = initiatives::OutcomeFields { description: "Attendance", measure: "% days", target: "95%" };
        let oid = initiatives::add_outcome(db.pool(), id1, &o, NOW).await.unwrap();
        initiatives::add_outcome(
            db.pool(),
            id1,
            &initiatives::OutcomeFields { description: "Belonging", measure: "", target: "" },
            NOW,
        )
        .await
        .unwrap();
        let outcomes = initiatives::outcomes(db.pool(), id1).await.unwrap();
        assert_eq!(
            outcomes.iter().map(|o| o.description.as_str()).collect::<Vec<_>>(),
            vec!["Attendance", "Belonging"]
        );
        assert!(initiatives::delete_outcome(db.pool(), id1, oid).await.unwrap());
        assert!(
            !initiatives::delete_outcome(db.pool(), id1 + 100, outcomes[1].id).await.unwrap(),
            "ids are scoped to their initiative"
        );

        let c = initiatives::CapacityFields {
            kind: CapacityKind::People,
            title: "Mentor lead",
            owner: "",
            status: CapacityStatus::Needed,
            evidence: "",
        };
        let cap_id = initiatives::add_capacity(db.pool(), id1, &c, NOW).await.unwrap();
        let c2 = initiatives::CapacityFields { owner: "Ms Ortiz", status: CapacityStatus::InPlace, ..c };
        assert!(initiatives::update_capacity(db.pool(), id1, cap_id, &c2, NOW.plus_secs(1)).await.unwrap());
        let items = initiatives::capacity(db.pool(), id1).await.unwrap();
        assert_eq!((items[0].owner.as_str(), items[0].status), ("Ms Ortiz", CapacityStatus::InPlace));

        let groups = communities::groups(db.pool(), cid).await.unwrap();
        initiatives::set_stance(db.pool(), id1, groups[1].id, Stance::Sceptic, "", NOW).await.unwrap();
        initiatives::set_stance(db.pool(), id1, groups[0].id, Stance::Champion, "PTA backs it", NOW).await.unwrap();
        initiatives::set_stance(db.pool(), id1, groups[1].id, Stance::Supporter, "", NOW).await.unwrap();
        let stances = initiatives::stances(db.pool(), id1).await.unwrap();
        assert_eq!(stances.iter().map(|s| s.stance).collect::<Vec<_>>(), vec![Stance::Champion, Stance::Supporter]);
        initiatives::clear_stance(db.pool(), id1, groups[0].id).await.unwrap();
        assert_eq!(initiatives::stances(db.pool(), id1).await.unwrap().len(), 1);
    })
    .await;
}

#[tokio::test]
async fn jobs_are_claimed_once_retried_and_deduplicated() {
    on_each_backend(|db| async move {
        let new =
            jobs::NewJob { kind: "cleanup", payload: "{}", run_at: NOW, max_attempts: 3, dedupe_key: Some("daily") };
        let id = jobs::enqueue(db.pool(), &new, NOW).await.unwrap().unwrap();
        assert_eq!(jobs::enqueue(db.pool(), &new, NOW).await.unwrap(), None, "same key, still pending");
        let claimed = jobs::claim(&mut db.acquire().await.unwrap(), "w1", NOW, 60).await.unwrap().unwrap();
        assert_eq!((claimed.id, claimed.attempts), (id, 1));
        assert!(jobs::claim(&mut db.acquire().await.unwrap(), "w2", NOW, 60).await.unwrap().is_none(), "leased to w1");
        jobs::fail(&mut db.acquire().await.unwrap(), id, "smtp down", Some(NOW.plus_secs(30)), NOW).await.unwrap();
        assert!(
            jobs::claim(&mut db.acquire().await.unwrap(), "w2", NOW.plus_secs(29), 60).await.unwrap().is_none(),
            "not due yet"
        );
        let again = jobs::claim(&mut db.acquire().await.unwrap(), "w2", NOW.plus_secs(30), 60).await.unwrap().unwrap();
        assert_eq!((again.attempts, again.last_error.as_deref()), (2, Some("smtp down")));
        // A worker that dies loses its lease.
        let stolen = jobs::claim(&mut db.acquire().await.unwrap(), "w3", NOW.plus_secs(91), 60).await.unwrap().unwrap();
        assert_eq!(stolen.attempts, 3);
        jobs::complete(db.pool(), id, NOW.plus_secs(92)).await.unwrap();
        assert_eq!(jobs::pending_count(db.pool()).await.unwrap(), 0);
        assert!(jobs::enqueue(db.pool(), &new, NOW).await.unwrap().is_some(), "key free again once done");
        let gone = jobs::claim(&mut db.acquire().await.unwrap(), "w1", NOW, 60).await.unwrap().unwrap();
        jobs::fail(&mut db.acquire().await.unwrap(), gone.id, "bad payload", None, NOW).await.unwrap();
        let failed = jobs::get_job(db.pool(), gone.id).await.unwrap().unwrap();
        assert!(failed.failed_at.is_some());
        assert_eq!(jobs::purge_finished(db.pool(), NOW.plus_secs(1000)).await.unwrap(), 2);
    })
    .await;
}

#[tokio::test]
async fn migrations_are_idempotent() {
    on_each_backend(|db| async move {
        assert_eq!(db.migrate().await.unwrap(), 0, "already applied by TestDb");
        db.ping().await.unwrap();
    })
    .await;
}
