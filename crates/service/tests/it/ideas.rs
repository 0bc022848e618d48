//! The ideas board as members and facilitators use it.

use tandem_domain::ideas::{IdeaDraft, IdeaKind, IdeaStatus};
use tandem_service::{
    Error,
    audit::{self, Query},
    ideas::{self, CommentInput, IdeaInput, ListQuery, ResponseInputFields},
    notifications,
    testing::{World, on_each_backend},
};

use crate::fields_of;

const MEMBER: &str = "member@example.org";
const FAC: &str = "fac@example.org";

fn need(title: &str) -> IdeaInput {
    IdeaInput {
        kind: String::from("need"),
        title: String::from(title),
        body: String::from("The bus leaves before clubs end."),
        accept_conduct: true,
        ..IdeaInput::default()
    }
}

#[tokio::test]
async fn nobody_posts_before_the_charter_is_published_and_observers_never_do() {
    on_each_backend(async |w: World| {
        let f = w.riverbend().await;
        let (member, board) = w.in_initiative(MEMBER, &f.public_slug).await;
        let early = ideas::post(&w.svc, &member, &board, &need("Late bus"), w.now()).await;
        assert_eq!(early, Err(Error::Conflict("ideas-refused-closed")));

        w.open_for_participation(&f.public_slug).await;
        let (observer, board) = w.in_initiative("observer@example.org", &f.public_slug).await;
        let watching = ideas::post(&w.svc, &observer, &board, &need("Late bus"), w.now()).await;
        assert_eq!(watching, Err(Error::Conflict("ideas-refused-observer")));
        assert!(ideas::list(&w.svc, &observer, &board, &ListQuery::default(), 10).await.unwrap().is_empty());
    })
    .await;
}

#[tokio::test]
async fn a_first_contribution_needs_the_code_of_conduct_and_a_refusal_stores_nothing() {
    on_each_backend(async |w: World| {
        let f = w.riverbend().await;
        w.open_for_participation(&f.public_slug).await;
        let (member, board) = w.in_initiative(MEMBER, &f.public_slug).await;
        let mut input = need("Late bus");
        input.accept_conduct = false;
        let refused = ideas::post(&w.svc, &member, &board, &input, w.now()).await;
        assert_eq!(fields_of(refused), vec!["conduct"]);
        assert!(ideas::list(&w.svc, &member, &board, &ListQuery::default(), 10).await.unwrap().is_empty());

        let mut bad = need("");
        bad.kind = String::from("wish");
        assert_eq!(fields_of(ideas::post(&w.svc, &member, &board, &bad, w.now()).await), vec!["kind", "title"]);

        ideas::post(&w.svc, &member, &board, &need("Late bus"), w.now()).await.unwrap();
        // Accepted once, the code is not asked for again.
        let (member, board) = w.in_initiative(MEMBER, &f.public_slug).await;
        input.title = String::from("Quiet room");
        ideas::post(&w.svc, &member, &board, &input, w.now()).await.unwrap();
    })
    .await;
}

#[tokio::test]
async fn an_answer_changes_the_status_tells_followers_dates_the_initiative_and_is_audited() {
    on_each_backend(async |w: World| {
        let f = w.riverbend().await;
        let area = w.open_for_participation(&f.public_slug).await;
        let (member, board) = w.in_initiative(MEMBER, &f.public_slug).await;
        let id = ideas::post(&w.svc, &member, &board, &need("Late bus"), w.now()).await.unwrap();
        let idea = ideas::idea(&w.svc, &member, &board, id).await.unwrap();
        w.clock.advance(3600);
        let (fac, board) = w.in_initiative(FAC, &f.public_slug).await;

        // "Not possible" must say why; a refused answer changes nothing.
        let mut answer = ResponseInputFields {
            status: String::from("not_possible"),
            response: String::from("The contract fixes the bus times."),
            ..ResponseInputFields::default()
        };
        let refused = ideas::respond(&w.svc, &fac, &board, &idea, &answer, "/c/riverbend/i/x", w.now()).await;
        assert_eq!(fields_of(refused), vec!["reason"]);
        assert_eq!(ideas::idea(&w.svc, &fac, &board, id).await.unwrap().status, IdeaStatus::New);

        answer.reason = String::from("charter");
        answer.decision_area_id = Some(area);
        ideas::respond(&w.svc, &fac, &board, &idea, &answer, "/c/riverbend/i/x", w.now()).await.unwrap();
        let answered = ideas::idea(&w.svc, &fac, &board, id).await.unwrap();
        assert_eq!(answered.status, IdeaStatus::NotPossible);
        assert_eq!(answered.response_area_id, Some(area));

        let told = notifications::list(&w.svc, &member.actor, 10).await.unwrap();
        assert_eq!(told.len(), 1, "the author follows their idea");
        assert_eq!(told[0].idea_id, Some(id));
        assert!(notifications::list(&w.svc, &fac.actor, 10).await.unwrap().is_empty(), "not the one answering");

        let (_, dated) = w.in_initiative(FAC, &f.public_slug).await;
        assert_eq!(dated.updated_at, w.now());
        let admin = w.access("admin@example.org").await;
        let q = Query { action: String::from("idea.respond"), ..Query::default() };
        let (log, _) = audit::list(&w.svc, &admin, &q, 50).await.unwrap();
        assert_eq!(log.total, 1);
        assert_eq!(log.entries[0].subject, id.to_string());
        assert_eq!(log.entries[0].actor_id, fac.user_id());
        assert_eq!(log.entries[0].via, "api");
    })
    .await;
}

#[tokio::test]
async fn any_idea_of_the_initiative_can_be_the_merge_target_however_old() {
    on_each_backend(async |w: World| {
        let f = w.riverbend().await;
        w.open_for_participation(&f.public_slug).await;
        let (fac, board) = w.in_initiative(FAC, &f.public_slug).await;
        let author = fac.user_id().unwrap();
        // 520 ideas from the years before: the oldest is beyond any list a page shows.
        let mut ids = Vec::new();
        let mut tx = w.db.begin().await.unwrap();
        for n in 0..520 {
            let draft = IdeaDraft {
                kind: IdeaKind::Idea,
                title: format!("Idea {n}"),
                body: String::from("Body"),
                pseudonym: None,
            };
            let at = w.now().plus_secs(n);
            ids.push(tandem_store::ideas::create(&mut *tx, board.id, author, &draft, None, at).await.unwrap());
        }
        tx.commit().await.unwrap();
        w.clock.advance(1000);
        let newest = ideas::idea(&w.svc, &fac, &board, ids[519]).await.unwrap();
        let merge = ResponseInputFields {
            status: String::from("merged"),
            response: String::from("Same as the first idea."),
            merged_into: Some(ids[0]),
            ..ResponseInputFields::default()
        };
        ideas::respond(&w.svc, &fac, &board, &newest, &merge, "/x", w.now()).await.unwrap();
        assert_eq!(ideas::idea(&w.svc, &fac, &board, ids[519]).await.unwrap().merged_into, Some(ids[0]));

        // An idea of another initiative is not a target.
        let (_, other) = w.in_initiative(FAC, &f.private_slug).await;
        let elsewhere = tandem_store::ideas::create(
            w.db.pool(),
            other.id,
            author,
            &IdeaDraft {
                kind: IdeaKind::Idea,
                title: String::from("Elsewhere"),
                body: String::from("B"),
                pseudonym: None,
            },
            None,
            w.now(),
        )
        .await
        .unwrap();
        let second = ideas::idea(&w.svc, &fac, &board, ids[518]).await.unwrap();
        let wrong = ResponseInputFields { merged_into: Some(elsewhere), ..merge };
        let refused = ideas::respond(&w.svc, &fac, &board, &second, &wrong, "/x", w.now()).await;
        assert_eq!(fields_of(refused), vec!["merged_into"]);
    })
    .await;
}

#[tokio::test]
async fn pupils_speak_under_a_pseudonym_and_adults_as_themselves() {
    on_each_backend(async |w: World| {
        let f = w.riverbend().await;
        w.open_for_participation(&f.public_slug).await;
        let (pupil, board) = w.in_initiative("pupil@example.org", &f.public_slug).await;
        let mut input = need("Longer lunch");
        input.pseudonym = String::from("Blue Fox");
        let id = ideas::post(&w.svc, &pupil, &board, &input, w.now()).await.unwrap();
        let idea = ideas::idea(&w.svc, &pupil, &board, id).await.unwrap();
        assert!(idea.author_protected);
        assert_eq!(idea.pseudonym.as_deref(), Some("Blue Fox"));

        let (member, board) = w.in_initiative(MEMBER, &f.public_slug).await;
        let reply = CommentInput {
            body: String::from("Agreed"),
            pseudonym: String::from("Mystery"),
            accept_conduct: true,
            ..CommentInput::default()
        };
        ideas::comment(&w.svc, &member, &board, &idea, &reply, w.now()).await.unwrap();
        let comments = ideas::comment_threads(&w.svc, &member, &idea, "", 500).await.unwrap().items;
        assert_eq!(comments[0].pseudonym, None, "an adult's comment carries their own name");
        assert!(!comments[0].author_protected);
    })
    .await;
}

#[tokio::test]
async fn comments_come_a_thread_at_a_time_with_every_reply_of_each_thread() {
    on_each_backend(async |w: World| {
        let f = w.riverbend().await;
        w.open_for_participation(&f.public_slug).await;
        let (member, board) = w.in_initiative(MEMBER, &f.public_slug).await;
        let id = ideas::post(&w.svc, &member, &board, &need("Later start"), w.now()).await.unwrap();
        let idea = ideas::idea(&w.svc, &member, &board, id).await.unwrap();
        let say = |body: &str, parent_id: Option<i64>| CommentInput {
            body: String::from(body),
            parent_id,
            accept_conduct: true,
            ..CommentInput::default()
        };
        // Three threads; the first gets a reply, and a reply to that reply
        // written after the third thread opened.
        let mut starts = Vec::new();
        for n in 1..=3 {
            starts.push(
                ideas::comment(&w.svc, &member, &board, &idea, &say(&format!("Thread {n}"), None), w.now())
                    .await
                    .unwrap(),
            );
            w.clock.advance(1);
        }
        let reply =
            ideas::comment(&w.svc, &member, &board, &idea, &say("Reply", Some(starts[0])), w.now()).await.unwrap();
        w.clock.advance(1);
        let deep = ideas::comment(&w.svc, &member, &board, &idea, &say("Deeper", Some(reply)), w.now()).await.unwrap();

        let first = ideas::comment_threads(&w.svc, &member, &idea, "", 2).await.unwrap();
        let ids: Vec<i64> = first.items.iter().map(|c| c.id).collect();
        assert_eq!(ids, [starts[0], starts[1], reply, deep], "two threads, each whole, in posting order");
        assert_eq!(first.total, 3, "the total counts threads");
        let rest = ideas::comment_threads(&w.svc, &member, &idea, first.next.as_deref().unwrap(), 2).await.unwrap();
        assert_eq!((rest.items.iter().map(|c| c.id).collect::<Vec<_>>(), rest.next), (vec![starts[2]], None));

        // A saved comment is shown on a page that begins with its thread.
        assert_eq!(ideas::page_of_comment(&w.svc, &idea, deep).await.unwrap(), "", "the first thread: the first page");
        let third = ideas::page_of_comment(&w.svc, &idea, starts[2]).await.unwrap();
        let from_third = ideas::comment_threads(&w.svc, &member, &idea, &third, 2).await.unwrap();
        assert_eq!(from_third.items[0].id, starts[2]);
        assert!(ideas::has_comment(&w.svc, &idea, deep).await.unwrap());
        assert!(!ideas::has_comment(&w.svc, &idea, deep + 1000).await.unwrap());
        assert!(matches!(ideas::comment_threads(&w.svc, &member, &idea, "x.y", 2).await, Err(Error::Invalid(_))));
    })
    .await;
}

/// An idea's endorsements and visible comments, straight from their tables.
async fn counted(w: &World, idea: i64) -> (i64, i64) {
    sqlx::query_as(
        "SELECT (SELECT COUNT(*) FROM idea_endorsements WHERE idea_id = $1),
                (SELECT COUNT(*) FROM idea_comments WHERE idea_id = $1 AND hidden_at IS NULL)",
    )
    .bind(idea)
    .fetch_one(w.db.pool())
    .await
    .unwrap()
}

#[tokio::test]
async fn the_counts_of_endorsements_and_comments_stay_exact_when_people_act_at_once_and_posts_are_hidden() {
    on_each_backend(async |w: World| {
        let f = w.riverbend().await;
        w.open_for_participation(&f.public_slug).await;
        let (member, board) = w.in_initiative(MEMBER, &f.public_slug).await;
        let id = ideas::post(&w.svc, &member, &board, &need("Late bus"), w.now()).await.unwrap();
        let idea = ideas::idea(&w.svc, &member, &board, id).await.unwrap();
        let people = ["admin@example.org", FAC, MEMBER, "pupil@example.org"];
        let mut set = tokio::task::JoinSet::new();
        for (n, who) in people.iter().enumerate() {
            let (person, b) = w.in_initiative(who, &f.public_slug).await;
            let (svc, idea, now) = (w.svc.clone(), idea.clone(), w.now());
            let say = CommentInput { body: format!("Me too, {n}"), accept_conduct: true, ..CommentInput::default() };
            set.spawn(async move {
                ideas::endorse(&svc, &person, &b, &idea, true, now).await?;
                ideas::comment(&svc, &person, &b, &idea, &say, now).await.map(|_| ())
            });
        }
        for r in set.join_all().await {
            r.unwrap();
        }
        let shown = ideas::idea(&w.svc, &member, &board, id).await.unwrap();
        assert_eq!((shown.endorsements, shown.comments), (4, 4), "{:?}", w.backend);
        assert_eq!((shown.endorsements, shown.comments), counted(&w, id).await);

        // One endorsement withdrawn, one comment hidden by a moderator: the counts follow.
        let (fac, fboard) = w.in_initiative(FAC, &f.public_slug).await;
        ideas::endorse(&w.svc, &fac, &fboard, &shown, false, w.now()).await.unwrap();
        sqlx::query(
            "UPDATE idea_comments SET hidden_at = $1 WHERE id = (SELECT MIN(id) FROM idea_comments WHERE idea_id = $2)",
        )
        .bind(w.now().0)
        .bind(id)
        .execute(w.db.pool())
        .await
        .unwrap();
        let shown = ideas::idea(&w.svc, &member, &board, id).await.unwrap();
        assert_eq!((shown.endorsements, shown.comments), (3, 3));
        assert_eq!((shown.endorsements, shown.comments), counted(&w, id).await);
    })
    .await;
}
