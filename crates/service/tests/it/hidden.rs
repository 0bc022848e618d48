//! What moderation hides leaves every public surface — lists, search, the
//! feed, the API's reads, notifications and queued email — while its author
//! and the moderators still read it, with the logged reason.

use tandem_service::{
    Door,
    ideas::{self, CommentInput, IdeaInput, ListQuery},
    jobs::{self, Step},
    mail::Email,
    moderation::{self, Decision, Target},
    notifications, notify,
    testing::{World, on_each_backend},
};

fn idea(title: &str, body: &str) -> IdeaInput {
    IdeaInput {
        kind: String::from("idea"),
        title: String::from(title),
        body: String::from(body),
        accept_conduct: true,
        ..IdeaInput::default()
    }
}

fn search(words: &str) -> ListQuery {
    ListQuery { words: String::from(words), ..ListQuery::default() }
}

#[tokio::test]
async fn a_hidden_idea_leaves_lists_and_search_but_its_author_and_moderators_still_read_it() {
    on_each_backend(async |w: World| {
        let f = w.riverbend().await;
        w.open_for_participation(&f.public_slug).await;
        let (author, board) = w.in_initiative("member@example.org", &f.public_slug).await;
        let rude = ideas::post(&w.svc, &author, &board, &idea("Mr Grumbleton must go", "Zanzibar lunches"), w.now())
            .await
            .unwrap();
        let (author, board) = w.in_initiative("member@example.org", &f.public_slug).await;
        ideas::post(&w.svc, &author, &board, &idea("Longer lunch", "Forty minutes"), w.now()).await.unwrap();
        let fac = w.access("fac@example.org").await;
        moderation::decide(&w.svc, &fac, Target::Idea, rude, Decision::Hide, "Names a member of staff", w.now())
            .await
            .unwrap();

        let visitor = tandem_service::Access::load(
            &w.svc,
            &tandem_service::Actor::visitor(Door::Page),
            tandem_service::testing::COMMUNITY,
        )
        .await
        .unwrap();
        let (pupil, board) = w.in_initiative("pupil@example.org", &f.public_slug).await;
        for reader in [&visitor, &pupil] {
            let all = ideas::list(&w.svc, reader, &board, &ListQuery::default(), 50).await.unwrap();
            assert_eq!(all.iter().map(|i| i.title.as_str()).collect::<Vec<_>>(), ["Longer lunch"], "{:?}", w.backend);
            assert!(ideas::list(&w.svc, reader, &board, &search("Zanzibar"), 50).await.unwrap().is_empty());
            assert!(ideas::list(&w.svc, reader, &board, &search("Grumbleton"), 50).await.unwrap().is_empty());
            // Its own address says it was hidden, and why, and nothing of what it said.
            let seen = ideas::idea(&w.svc, reader, &board, rude).await.unwrap();
            assert_eq!((seen.title.as_str(), seen.body.as_str()), ("", ""));
            assert_eq!((seen.author_id, seen.author_name.as_deref()), (None, None));
            assert_eq!(seen.hidden_reason.as_deref(), Some("Names a member of staff"));
        }
        assert!(
            ideas::public_list(&w.svc, &board, &ListQuery::default(), 50).await.unwrap().iter().all(|i| i.id != rude)
        );

        let (author, board) = w.in_initiative("member@example.org", &f.public_slug).await;
        let own = ideas::list(&w.svc, &author, &board, &search("Zanzibar"), 50).await.unwrap();
        assert_eq!(own.len(), 1, "the author finds their own, with the reason");
        assert_eq!(own[0].hidden_reason.as_deref(), Some("Names a member of staff"));
        let (fac, board) = w.in_initiative("fac@example.org", &f.public_slug).await;
        assert_eq!(ideas::list(&w.svc, &fac, &board, &ListQuery::default(), 50).await.unwrap().len(), 2);
        assert_eq!(ideas::idea(&w.svc, &fac, &board, rude).await.unwrap().title, "Mr Grumbleton must go");
    })
    .await;
}

#[tokio::test]
async fn a_hidden_comment_is_read_only_by_its_author_and_the_moderators() {
    on_each_backend(async |w: World| {
        let f = w.riverbend().await;
        w.open_for_participation(&f.public_slug).await;
        let (author, board) = w.in_initiative("member@example.org", &f.public_slug).await;
        let id = ideas::post(&w.svc, &author, &board, &idea("Longer lunch", "Forty minutes"), w.now()).await.unwrap();
        let (author, board) = w.in_initiative("member@example.org", &f.public_slug).await;
        let shown = ideas::idea(&w.svc, &author, &board, id).await.unwrap();
        let input = CommentInput { body: String::from("Rude words here"), ..CommentInput::default() };
        let cid = ideas::comment(&w.svc, &author, &board, &shown, &input, w.now()).await.unwrap();
        let fac = w.access("fac@example.org").await;
        moderation::decide(&w.svc, &fac, Target::Comment, cid, Decision::Hide, "Unkind", w.now()).await.unwrap();
        let body = |who: &'static str| {
            let w = &w;
            let f = &f;
            async move {
                let (reader, board) = w.in_initiative(who, &f.public_slug).await;
                let idea = ideas::idea(&w.svc, &reader, &board, id).await.unwrap();
                ideas::comment_threads(&w.svc, &reader, &idea, "", 500).await.unwrap().items[0].body.clone()
            }
        };
        assert_eq!(body("pupil@example.org").await, "");
        assert_eq!(body("member@example.org").await, "Rude words here");
        assert_eq!(body("fac@example.org").await, "Rude words here");
    })
    .await;
}

#[tokio::test]
async fn notifications_and_queued_email_about_a_hidden_idea_are_withheld() {
    on_each_backend(async |w: World| {
        let f = w.riverbend().await;
        w.open_for_participation(&f.public_slug).await;
        let (author, board) = w.in_initiative("member@example.org", &f.public_slug).await;
        let hidden =
            ideas::post(&w.svc, &author, &board, &idea("Mr Grumbleton must go", "..."), w.now()).await.unwrap();
        let (author, board) = w.in_initiative("member@example.org", &f.public_slug).await;
        let kept = ideas::post(&w.svc, &author, &board, &idea("Longer lunch", "Forty minutes"), w.now()).await.unwrap();
        let (fac, board) = w.in_initiative("fac@example.org", &f.public_slug).await;
        let answer = ideas::ResponseInputFields {
            status: String::from("under_review"),
            response: String::from("We are looking at it."),
            ..Default::default()
        };
        for id in [hidden, kept] {
            let target = ideas::idea(&w.svc, &fac, &board, id).await.unwrap();
            ideas::respond(&w.svc, &fac, &board, &target, &answer, "/x", w.now()).await.unwrap();
        }
        // Two emails waiting in the queue, one about each idea.
        let mut tx = w.db.begin().await.unwrap();
        for id in [hidden, kept] {
            let email = Email {
                to: String::from("member@example.org"),
                subject: format!("About {id}"),
                text: String::from("..."),
                about_idea: Some(id),
            };
            notify::queue_email(&mut tx, &email, w.now()).await.unwrap();
        }
        tx.commit().await.unwrap();
        let member = w.actor("member@example.org", Door::Page).await;
        assert_eq!(notifications::list(&w.svc, &member, 10).await.unwrap().len(), 2);

        let fac = w.access("fac@example.org").await;
        moderation::decide(&w.svc, &fac, Target::Idea, hidden, Decision::Hide, "Names staff", w.now()).await.unwrap();
        let left = notifications::list(&w.svc, &member, 10).await.unwrap();
        assert_eq!(left.iter().map(|n| n.idea_id).collect::<Vec<_>>(), [Some(kept)], "{:?}", w.backend);

        // The worker drops the email about the hidden idea; the other one is
        // tried (and, with no SMTP server in this test, retried later).
        let mut outcomes = Vec::new();
        while let Ok(step) = jobs::step(&w.svc, "test").await {
            match step {
                Step::Idle => break,
                other => outcomes.push(other),
            }
        }
        let done =
            outcomes.iter().filter(|s| matches!(s, Step::Done { kind, .. } if kind == notify::EMAIL_JOB)).count();
        let retrying = outcomes.iter().filter(|s| matches!(s, Step::Retrying { .. })).count();
        assert_eq!((done, retrying), (1, 1), "{outcomes:?}");
    })
    .await;
}
