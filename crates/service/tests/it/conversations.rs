//! Conversations: facilitators seed statements, members' statements wait for
//! moderation, votes are never audited, and the worker redraws the map.

use tandem_domain::conversation::StatementStatus;
use tandem_service::{
    Error,
    audit::{self, Query},
    conversations::{self, ConversationInput},
    jobs::{self, Step},
    testing::{World, on_each_backend},
};

use crate::fields_of;

const VOTERS: [&str; 4] = ["admin@example.org", "fac@example.org", "member@example.org", "pupil@example.org"];

#[tokio::test]
async fn statements_are_moderated_votes_are_counted_and_the_worker_draws_the_map() {
    on_each_backend(async |w: World| {
        let f = w.riverbend().await;
        let (fac, i) = w.in_initiative("fac@example.org", &f.public_slug).await;
        let topic = ConversationInput { topic: String::from("Phones at school"), description: String::new() };
        assert_eq!(
            conversations::create(&w.svc, &fac, &i, &topic, w.now()).await,
            Err(Error::Conflict("decide-needs-charter"))
        );
        w.open_for_participation(&f.public_slug).await;
        let (fac, i) = w.in_initiative("fac@example.org", &f.public_slug).await;
        let id = conversations::create(&w.svc, &fac, &i, &topic, w.now()).await.unwrap();
        let c = conversations::conversation(&w.svc, &i, id).await.unwrap();
        let mut statements = Vec::new();
        for text in ["Phones stay in lockers", "Phones are needed for travel", "Teachers decide per lesson"] {
            let (sid, status) = conversations::add_statement(&w.svc, &fac, &i, &c, text, w.now()).await.unwrap();
            assert_eq!(status, StatementStatus::Accepted, "a facilitator's statement is shown at once");
            statements.push(sid);
        }
        let (member, i) = w.in_initiative("member@example.org", &f.public_slug).await;
        let (pending, status) =
            conversations::add_statement(&w.svc, &member, &i, &c, "Ban them entirely", w.now()).await.unwrap();
        assert_eq!(status, StatementStatus::Pending);
        let seen = conversations::voting(&w.svc, &member, &i, &c).await.unwrap();
        assert!(seen.shown.iter().chain(&seen.pending).all(|s| s.id != pending), "waiting, and not for members");
        let queue = conversations::voting(&w.svc, &fac, &i, &c).await.unwrap().pending;
        assert_eq!(queue.iter().map(|s| s.id).collect::<Vec<_>>(), [pending]);
        assert_eq!(
            conversations::moderate(&w.svc, &member, &i, &c, pending, "accept", w.now()).await,
            Err(Error::Forbidden)
        );
        assert_eq!(
            fields_of(conversations::moderate(&w.svc, &fac, &i, &c, pending, "maybe", w.now()).await),
            ["decision"]
        );
        conversations::moderate(&w.svc, &fac, &i, &c, pending, "accept", w.now()).await.unwrap();
        statements.push(pending);

        assert_eq!(
            fields_of(conversations::vote(&w.svc, &member, &i, &c, Some(statements[0]), "maybe", w.now()).await),
            ["vote"]
        );
        assert_eq!(
            fields_of(conversations::vote(&w.svc, &member, &i, &c, Some(999_999), "agree", w.now()).await),
            ["statement"]
        );
        let (observer, i) = w.in_initiative("observer@example.org", &f.public_slug).await;
        assert!(matches!(
            conversations::vote(&w.svc, &observer, &i, &c, Some(statements[0]), "agree", w.now()).await,
            Err(Error::Conflict(_))
        ));
        for (n, who) in VOTERS.iter().enumerate() {
            let (voter, i) = w.in_initiative(who, &f.public_slug).await;
            for (k, s) in statements.iter().enumerate() {
                let vote = if (n + k) % 2 == 0 { "agree" } else { "disagree" };
                conversations::vote(&w.svc, &voter, &i, &c, Some(*s), vote, w.now()).await.unwrap();
            }
            let mine = conversations::voting(&w.svc, &voter, &i, &c).await.unwrap();
            assert_eq!(mine.mine.len(), statements.len());
            assert_eq!(mine.next, None, "nothing left to vote on");
        }

        // The worker redraws the map from the queue.
        w.clock.advance(120);
        let mut drawn = 0;
        loop {
            match jobs::step(&w.svc, "test").await.unwrap() {
                Step::Idle => break,
                Step::Done { kind, .. } if kind == conversations::OPINION_JOB => drawn += 1,
                Step::Done { .. } => {}
                other => panic!("{other:?}"),
            }
        }
        assert_eq!(drawn, 1, "many votes, one redraw");
        let report = conversations::report(&w.svc, &member, &c).await.unwrap();
        let analysis = report.analysis.expect("a map once the worker ran");
        assert_eq!((analysis.participants, analysis.votes), (VOTERS.len(), VOTERS.len() * statements.len()));

        let admin = w.access("admin@example.org").await;
        let (log, _) =
            audit::list(&w.svc, &admin, &Query { action: String::from("conversation."), ..Query::default() }, 50)
                .await
                .unwrap();
        let actions: Vec<&str> = log.entries.iter().map(|e| e.action.as_str()).collect();
        assert_eq!(actions, ["conversation.moderate", "conversation.create"], "votes are never in the log");
    })
    .await;
}

#[tokio::test]
async fn an_export_defuses_spreadsheet_formulas_and_needs_enough_people() {
    on_each_backend(async |w: World| {
        let f = w.riverbend().await;
        w.open_for_participation(&f.public_slug).await;
        let (fac, i) = w.in_initiative("fac@example.org", &f.public_slug).await;
        let topic = ConversationInput { topic: String::from("=1+1 Phones"), description: String::new() };
        let id = conversations::create(&w.svc, &fac, &i, &topic, w.now()).await.unwrap();
        let c = conversations::conversation(&w.svc, &i, id).await.unwrap();
        let (sid, _) =
            conversations::add_statement(&w.svc, &fac, &i, &c, "=HYPERLINK(\"http://x\",\"click\")", w.now())
                .await
                .unwrap();
        let mut voters: Vec<&str> = VOTERS.to_vec();
        for (n, who) in voters.iter().enumerate() {
            let (voter, i) = w.in_initiative(who, &f.public_slug).await;
            let vote = if n % 2 == 0 { "agree" } else { "disagree" };
            conversations::vote(&w.svc, &voter, &i, &c, Some(sid), vote, w.now()).await.unwrap();
        }
        // Four people are too few to publish their votes, even numbered.
        let refused = conversations::export_opendata(&w.svc, &fac, &c).await.map(|_| ());
        assert_eq!(refused, Err(Error::Conflict("error-too-few-to-publish")));

        // A fifth member votes.
        let community = tandem_service::community::by_slug(&w.svc, "riverbend").await.unwrap();
        let u = tandem_store::users::NewUser {
            email: Some("fifth@example.org"),
            display_name: "Fifth",
            password_hash: None,
            lang: "en",
            is_site_admin: false,
        };
        let uid = tandem_store::users::create(w.db.pool(), &u, w.now()).await.unwrap();
        let m = tandem_store::communities::NewMembership {
            community_id: community.id,
            user_id: uid,
            role: tandem_domain::community::Role::Member,
            group_id: None,
            school_id: None,
        };
        tandem_store::communities::add_member(w.db.pool(), &m, w.now()).await.unwrap();
        voters.push("fifth@example.org");
        let (fifth, i) = w.in_initiative("fifth@example.org", &f.public_slug).await;
        conversations::vote(&w.svc, &fifth, &i, &c, Some(sid), "pass", w.now()).await.unwrap();

        let (exported, groups) = conversations::export_opendata(&w.svc, &fac, &c).await.unwrap();
        assert_eq!(exported.topic, "'=1+1 Phones");
        let files = exported.write(&groups);
        let comments = &files.iter().find(|(name, _)| *name == "comments.csv").unwrap().1;
        let text = String::from_utf8_lossy(comments);
        assert!(text.contains("'=HYPERLINK"), "{text}");
        assert!(!text.contains(",=HYPERLINK") && !text.contains(",\"=HYPERLINK"), "no cell starts with =");
    })
    .await;
}

/// The counts every conversation page shows, straight from the votes.
async fn counted(w: &World, id: i64) -> (i64, i64) {
    sqlx::query_as("SELECT COUNT(*), COUNT(DISTINCT user_id) FROM conversation_votes WHERE conversation_id = $1")
        .bind(id)
        .fetch_one(w.db.pool())
        .await
        .unwrap()
}

#[tokio::test]
async fn the_counts_of_votes_and_voters_stay_exact_when_votes_arrive_at_once_and_change() {
    on_each_backend(async |w: World| {
        let f = w.riverbend().await;
        w.open_for_participation(&f.public_slug).await;
        let (fac, i) = w.in_initiative("fac@example.org", &f.public_slug).await;
        let topic = ConversationInput { topic: String::from("Homework"), description: String::new() };
        let id = conversations::create(&w.svc, &fac, &i, &topic, w.now()).await.unwrap();
        let c = conversations::conversation(&w.svc, &i, id).await.unwrap();
        let mut statements = Vec::new();
        for text in ["Less homework", "Homework clubs after school", "Homework online only"] {
            statements.push(conversations::add_statement(&w.svc, &fac, &i, &c, text, w.now()).await.unwrap().0);
        }
        // Every voter votes on every statement, all at once, twice over (the second time changes nothing counted).
        for round in 0..2 {
            let mut set = tokio::task::JoinSet::new();
            for who in VOTERS {
                let (voter, vi) = w.in_initiative(who, &f.public_slug).await;
                for &s in &statements {
                    let (svc, voter, vi, c, now) = (w.svc.clone(), voter.clone(), vi.clone(), c.clone(), w.now());
                    let vote = if round == 0 { "agree" } else { "disagree" };
                    set.spawn(async move { conversations::vote(&svc, &voter, &vi, &c, Some(s), vote, now).await });
                }
            }
            for r in set.join_all().await {
                r.unwrap();
            }
            let c = conversations::conversation(&w.svc, &i, id).await.unwrap();
            assert_eq!((c.votes, c.voters), (12, 4), "{:?}, round {round}", w.backend);
            assert_eq!((c.votes, c.voters), counted(&w, id).await);
        }
    })
    .await;
}
