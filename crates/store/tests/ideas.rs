//! Contract of ideas, accountability, notifications and moderation (issue 4),
//! on SQLite and PostgreSQL.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::future::Future;

use tandem_domain::{
    Timestamp,
    accountability::{CommitmentDraft, ProgressDraft},
    community::{CommunityKind, Role},
    ideas::{IdeaDraft, IdeaStatus, NotPossibleReason, Response, ResponseInput},
    initiative::Visibility,
    notify::NotificationKind,
    text::Slug,
};
use tandem_store::{
    Db, StoreError, accountability, communities, ideas, initiatives, moderation, notifications,
    testing::{TestDb, backends},
    users,
};

const NOW: Timestamp = Timestamp(1_795_000_000);

struct World {
    db: Db,
    community: i64,
    initiative: i64,
    adult: i64,
    pupil: i64,
    other: i64,
}

async fn on_each_backend<F, Fut>(test: F)
where
    F: Fn(World) -> Fut,
    Fut: Future<Output = ()>,
{
    for backend in backends() {
        let t = TestDb::new(backend).await.expect("fresh test database");
        let db = t.db.clone();
        let new = communities::NewCommunity {
            slug: "riverbend",
            name: "Riverbend",
            kind: CommunityKind::District,
            description: "",
        };
        let community = communities::create(&mut db.acquire().await.unwrap(), &new, NOW).await.unwrap();
        let groups = communities::groups(db.pool(), community).await.unwrap();
        let group = |k: &str| groups.iter().find(|g| g.key == k).map(|g| g.id);
        let mut ids = Vec::new();
        for (name, g) in [("Ana Ruiz", "families"), ("Sam Ortiz", "pupils"), ("Lee Park", "families")] {
            let u = users::NewUser {
                email: None,
                display_name: name,
                password_hash: None,
                lang: "en",
                is_site_admin: false,
            };
            let id = users::create(db.pool(), &u, NOW).await.unwrap();
            let m = communities::NewMembership {
                community_id: community,
                user_id: id,
                role: Role::Member,
                group_id: group(g),
                school_id: None,
            };
            communities::add_member(db.pool(), &m, NOW).await.unwrap();
            ids.push(id);
        }
        let fields = initiatives::InitiativeFields {
            school_id: None,
            title: "Lunch",
            summary: "",
            visibility: Visibility::Public,
            value_statement: "",
        };
        let (initiative, _) = initiatives::create(
            &mut db.acquire().await.unwrap(),
            community,
            &Slug::from_title("Lunch"),
            &fields,
            None,
            NOW,
            true,
        )
        .await
        .unwrap();
        test(World { db, community, initiative, adult: ids[0], pupil: ids[1], other: ids[2] }).await;
    }
}

fn draft(title: &str, body: &str) -> IdeaDraft {
    IdeaDraft::parse("idea", title, body, "", "").unwrap()
}

#[tokio::test]
async fn ideas_are_searched_sorted_and_their_authors_protected() {
    on_each_backend(|w| async move {
        let a = ideas::create(
            w.db.pool(),
            w.initiative,
            w.adult,
            &draft("Longer lunch break", "Twenty minutes is too short to eat."),
            None,
            NOW,
        )
        .await
        .unwrap();
        let b = ideas::create(
            w.db.pool(),
            w.initiative,
            w.pupil,
            &draft("Water fountains", "The fountains near the gym are broken."),
            None,
            NOW.plus_secs(10),
        )
        .await
        .unwrap();
        ideas::create(
            w.db.pool(),
            w.initiative,
            w.other,
            &draft("Quiet room", "Somewhere calm at lunchtime."),
            None,
            NOW.plus_secs(20),
        )
        .await
        .unwrap();
        let all = |sort| ideas::Filter { words: None, status: None, sort, limit: 50, hidden: ideas::Hidden::Include };
        let newest = ideas::list(&w.db, w.initiative, &all(ideas::Sort::Newest)).await.unwrap();
        assert_eq!(
            newest.iter().map(|i| i.title.as_str()).collect::<Vec<_>>(),
            vec!["Quiet room", "Water fountains", "Longer lunch break"]
        );
        let pupil_idea = newest.iter().find(|i| i.id == b).unwrap();
        assert!(pupil_idea.author_protected, "a pupil's idea knows its author is protected");
        assert!(!newest.iter().find(|i| i.id == a).unwrap().author_protected);

        assert!(ideas::endorse(w.db.pool(), b, w.adult, NOW).await.unwrap());
        assert!(!ideas::endorse(w.db.pool(), b, w.adult, NOW).await.unwrap(), "once per member");
        ideas::endorse(w.db.pool(), b, w.other, NOW).await.unwrap();
        assert!(ideas::withdraw_endorsement(w.db.pool(), b, w.other).await.unwrap());
        let endorsed = ideas::list(&w.db, w.initiative, &all(ideas::Sort::MostEndorsed)).await.unwrap();
        assert_eq!((endorsed[0].id, endorsed[0].endorsements), (b, 1));

        for (words, expected) in [
            ("lunch", 2),
            ("LUNCH", 2),
            ("fount", 1),
            ("gym broken", 1),
            ("nothing like this", 0),
            ("\"; DROP TABLE ideas; --", 0),
        ] {
            let found = ideas::list(
                &w.db,
                w.initiative,
                &ideas::Filter {
                    words: Some(words),
                    status: None,
                    sort: ideas::Sort::Newest,
                    limit: 50,
                    hidden: ideas::Hidden::Include,
                },
            )
            .await
            .unwrap();
            assert_eq!(found.len(), expected, "search {words:?}");
        }
        assert_eq!(ideas::fts5_query("a \"b\" c*"), Some(String::from("\"a\"* \"b\"* \"c\"*")));
        assert_eq!(ideas::fts5_query("!!"), None);
        assert_eq!(ideas::tsquery("Gym, broken!"), Some(String::from("gym:* & broken:*")));
    })
    .await;
}

#[tokio::test]
async fn responses_are_recorded_with_their_history_and_followers_known() {
    on_each_backend(|w| async move {
        let id =
            ideas::create(w.db.pool(), w.initiative, w.adult, &draft("Buses", "Later buses after clubs."), None, NOW)
                .await
                .unwrap();
        ideas::endorse(w.db.pool(), id, w.other, NOW).await.unwrap();
        let c1 = ideas::add_comment(
            &mut w.db.acquire().await.unwrap(),
            id,
            None,
            w.pupil,
            Some("Blue Heron"),
            "Yes please",
            NOW,
        )
        .await
        .unwrap();
        ideas::add_comment(&mut w.db.acquire().await.unwrap(), id, Some(c1), w.adult, None, "Agreed", NOW)
            .await
            .unwrap();
        let other_idea =
            ideas::create(w.db.pool(), w.initiative, w.other, &draft("Other", "x"), None, NOW).await.unwrap();
        assert!(matches!(
            ideas::add_comment(
                &mut w.db.acquire().await.unwrap(),
                other_idea,
                Some(c1),
                w.adult,
                None,
                "wrong thread",
                NOW
            )
            .await,
            Err(StoreError::NotFound)
        ));
        let mut followers = ideas::followers(w.db.pool(), id).await.unwrap();
        followers.sort();
        assert_eq!(followers, vec![w.adult, w.pupil, w.other]);

        let input = ResponseInput {
            status: "not_possible",
            reason: "cost",
            text: "The bus contract has no budget for it.",
            decision_area: None,
            merged_into: None,
            conflict_note: "",
        };
        let r = Response::parse(&input, id).unwrap();
        assert_eq!(
            ideas::respond(&mut w.db.acquire().await.unwrap(), id, &r, None, NOW.plus_days(3)).await.unwrap(),
            IdeaStatus::New
        );
        let later = Response::parse(
            &ResponseInput { status: "under_review", reason: "", text: "Looking again with the council.", ..input },
            id,
        )
        .unwrap();
        ideas::respond(&mut w.db.acquire().await.unwrap(), id, &later, None, NOW.plus_days(5)).await.unwrap();
        let idea = ideas::get_idea(w.db.pool(), w.initiative, id).await.unwrap().unwrap();
        assert_eq!(
            (idea.status, idea.first_response_at),
            (IdeaStatus::UnderReview, Some(NOW.plus_days(3))),
            "first response time is kept"
        );
        let history = ideas::responses(w.db.pool(), id).await.unwrap();
        assert_eq!(
            history.iter().map(|h| h.to_status).collect::<Vec<_>>(),
            vec![IdeaStatus::NotPossible, IdeaStatus::UnderReview]
        );
        assert_eq!(ideas::response_times(w.db.pool(), w.initiative).await.unwrap(), vec![(NOW, NOW.plus_days(3))]);
        let waiting = ideas::waiting(w.db.pool(), w.community, None, 100).await.unwrap();
        assert_eq!(waiting.iter().map(|x| x.id).collect::<Vec<_>>(), vec![other_idea]);
        assert_eq!(ideas::posted_since(w.db.pool(), w.adult, NOW).await.unwrap(), (1, 1));
        let comments = ideas::comments(w.db.pool(), id).await.unwrap();
        assert!(comments[0].author_protected && comments[0].pseudonym.as_deref() == Some("Blue Heron"));
        assert_eq!(comments[1].parent_id, Some(c1));
        let _ = NotPossibleReason::Cost;
    })
    .await;
}

#[tokio::test]
async fn commitments_answer_ideas_and_record_progress() {
    on_each_backend(|w| async move {
        let idea = ideas::create(w.db.pool(), w.initiative, w.adult, &draft("Benches", "More benches"), None, NOW)
            .await
            .unwrap();
        let d = CommitmentDraft::parse("Six new benches", "").unwrap();
        let c = accountability::create(&mut w.db.acquire().await.unwrap(), w.initiative, &d, None, &[idea], None, NOW)
            .await
            .unwrap();
        // As the service runs it: in a transaction that a failure rolls back.
        let mut tx = w.db.begin().await.unwrap();
        assert!(matches!(
            accountability::create(&mut tx, w.initiative, &d, None, &[999_999], None, NOW).await,
            Err(StoreError::NotFound)
        ));
        tx.rollback().await.unwrap();
        let p = ProgressDraft::parse("in_progress", "50", "Three are in.", "2026-11-10").unwrap();
        accountability::add_update(&mut w.db.acquire().await.unwrap(), w.initiative, c, &p, None, NOW).await.unwrap();
        assert!(matches!(
            accountability::add_update(&mut w.db.acquire().await.unwrap(), w.initiative + 1, c, &p, None, NOW).await,
            Err(StoreError::NotFound)
        ));
        let list = accountability::list(&mut w.db.acquire().await.unwrap(), w.initiative).await.unwrap();
        assert_eq!(
            (list.len(), list[0].percent, list[0].idea_ids.clone()),
            (1, 50, vec![idea]),
            "a failed create left nothing behind"
        );
        assert_eq!(accountability::timeline(w.db.pool(), w.initiative, 10).await.unwrap()[0].body, "Three are in.");
        assert_eq!(accountability::linked_ideas(w.db.pool(), c).await.unwrap(), vec![idea]);
    })
    .await;
}

#[tokio::test]
async fn notifications_are_listed_counted_and_digested() {
    on_each_backend(|w| async move {
        users::set_delivery(w.db.pool(), w.other, tandem_domain::notify::Delivery::Daily).await.unwrap();
        users::set_email(w.db.pool(), w.other, "lee@example.org").await.unwrap();
        let n = notifications::New {
            kind: NotificationKind::IdeaStatus,
            initiative_id: w.initiative,
            idea_id: None,
            commitment_id: None,
            detail: "Buses",
        };
        let ids =
            notifications::create_many(&mut w.db.acquire().await.unwrap(), &[w.adult, w.other], &n, NOW).await.unwrap();
        assert_eq!(ids.len(), 2);
        assert_eq!(notifications::unread_count(w.db.pool(), w.adult).await.unwrap(), 1);
        assert_eq!(notifications::mark_all_read(w.db.pool(), w.adult, NOW).await.unwrap(), 1);
        assert_eq!(notifications::unread_count(w.db.pool(), w.adult).await.unwrap(), 0);
        // The count stops at the cap: every request does bounded work however many wait.
        for _ in 0..(tandem_store::sessions::UNREAD_CAP + 20) {
            notifications::create_many(&mut w.db.acquire().await.unwrap(), &[w.adult], &n, NOW).await.unwrap();
        }
        let capped = notifications::unread_count(w.db.pool(), w.adult).await.unwrap();
        assert_eq!(capped, tandem_store::sessions::UNREAD_CAP);
        notifications::mark_all_read(w.db.pool(), w.adult, NOW).await.unwrap();
        notifications::create_many(&mut w.db.acquire().await.unwrap(), &[w.adult], &n, NOW).await.unwrap();
        assert_eq!(notifications::unread_count(w.db.pool(), w.adult).await.unwrap(), 1);
        let due = notifications::digest_due(w.db.pool()).await.unwrap();
        assert_eq!(
            due.iter().map(|d| d.user_id).collect::<Vec<_>>(),
            vec![w.other],
            "only daily-digest readers with an email"
        );
        notifications::mark_emailed(&mut w.db.acquire().await.unwrap(), &[due[0].id], NOW).await.unwrap();
        assert!(notifications::digest_due(w.db.pool()).await.unwrap().is_empty());
    })
    .await;
}

#[tokio::test]
async fn hiding_needs_a_reason_resolves_flags_and_is_logged() {
    on_each_backend(|w| async move {
        let id = ideas::create(w.db.pool(), w.initiative, w.adult, &draft("Rude", "something rude"), None, NOW)
            .await
            .unwrap();
        assert!(
            moderation::flag(w.db.pool(), w.community, moderation::Target::Idea, id, w.other, "Insulting", NOW)
                .await
                .unwrap()
        );
        assert!(
            !moderation::flag(w.db.pool(), w.community, moderation::Target::Idea, id, w.other, "again", NOW)
                .await
                .unwrap(),
            "one flag per person per item"
        );
        moderation::flag(w.db.pool(), w.community, moderation::Target::Idea, id, w.pupil, "Mean", NOW).await.unwrap();
        let open = moderation::open_flags(w.db.pool(), w.community, None, 100).await.unwrap();
        assert_eq!((open.len(), open[0].reasons.len()), (1, 2));
        moderation::set_hidden(
            &mut w.db.acquire().await.unwrap(),
            w.community,
            moderation::Target::Idea,
            id,
            Some("Insults a named teacher"),
            Some(w.adult),
            NOW,
        )
        .await
        .unwrap();
        let idea = ideas::get_idea(w.db.pool(), w.initiative, id).await.unwrap().unwrap();
        assert_eq!(idea.hidden_reason.as_deref(), Some("Insults a named teacher"));
        assert!(
            moderation::open_flags(w.db.pool(), w.community, None, 100).await.unwrap().is_empty(),
            "flags resolved"
        );
        assert!(
            matches!(
                moderation::set_hidden(
                    &mut w.db.acquire().await.unwrap(),
                    w.community + 1,
                    moderation::Target::Idea,
                    id,
                    Some("x"),
                    None,
                    NOW
                )
                .await,
                Err(StoreError::NotFound)
            ),
            "another community's moderator cannot touch it"
        );
        moderation::set_hidden(
            &mut w.db.acquire().await.unwrap(),
            w.community,
            moderation::Target::Idea,
            id,
            None,
            Some(w.adult),
            NOW,
        )
        .await
        .unwrap();
        assert!(ideas::get_idea(w.db.pool(), w.initiative, id).await.unwrap().unwrap().hidden_at.is_none());
        let log = moderation::log(w.db.pool(), w.community, None, 10).await.unwrap();
        assert_eq!(log.iter().map(|l| l.action.as_str()).collect::<Vec<_>>(), vec!["show", "hide"]);
        assert_eq!(moderation::flags_since(w.db.pool(), w.other, NOW).await.unwrap(), 1);
    })
    .await;
}
