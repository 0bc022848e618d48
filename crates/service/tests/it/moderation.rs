//! The moderation queue: members flag, facilitators hide with a reason,
//! restore or dismiss, and every decision is logged.

use tandem_service::{
    Error,
    ideas::{self, CommentInput, IdeaInput},
    moderation::{self, Decision, Target},
    testing::{World, on_each_backend},
};

use crate::fields_of;

#[tokio::test]
async fn flags_queue_until_a_facilitator_hides_restores_or_dismisses() {
    on_each_backend(async |w: World| {
        let f = w.riverbend().await;
        w.open_for_participation(&f.public_slug).await;
        let (member, board) = w.in_initiative("member@example.org", &f.public_slug).await;
        let input = IdeaInput {
            kind: String::from("idea"),
            title: String::from("Rename the gym"),
            body: String::from("After the coach."),
            accept_conduct: true,
            ..IdeaInput::default()
        };
        let idea_id = ideas::post(&w.svc, &member, &board, &input, w.now()).await.unwrap();
        let idea = ideas::idea(&w.svc, &member, &board, idea_id).await.unwrap();
        let (member, board) = w.in_initiative("member@example.org", &f.public_slug).await;
        let rude = CommentInput { body: String::from("Rude words"), ..CommentInput::default() };
        let comment_id = ideas::comment(&w.svc, &member, &board, &idea, &rude, w.now()).await.unwrap();

        let pupil = w.access("pupil@example.org").await;
        moderation::flag(&w.svc, &pupil, Target::Comment, comment_id, "Unkind", w.now()).await.unwrap();
        // Flagging twice is one flag; a flag needs a reason; unknown items are not found.
        moderation::flag(&w.svc, &pupil, Target::Comment, comment_id, "Unkind", w.now()).await.unwrap();
        assert_eq!(fields_of(moderation::flag(&w.svc, &pupil, Target::Idea, idea_id, " ", w.now()).await), ["reason"]);
        assert_eq!(moderation::flag(&w.svc, &pupil, Target::Idea, 999_999, "x", w.now()).await, Err(Error::NotFound));
        moderation::flag(&w.svc, &pupil, Target::Idea, idea_id, "Not about the school", w.now()).await.unwrap();

        // Only facilitators see and work the queue.
        assert_eq!(moderation::open_flags(&w.svc, &member, "", 100).await.err(), Some(Error::Forbidden));
        let fac = w.access("fac@example.org").await;
        let queue = moderation::open_flags(&w.svc, &fac, "", 100).await.unwrap().items;
        assert_eq!(queue.len(), 2);
        let flagged = queue.iter().find(|q| q.target == Target::Comment).unwrap();
        assert_eq!(flagged.reasons, ["Unkind"]);
        assert_eq!(flagged.idea_id, idea_id);

        let refused = moderation::decide(&w.svc, &member, Target::Comment, comment_id, Decision::Hide, "x", w.now());
        assert_eq!(refused.await, Err(Error::Forbidden));
        let no_reason = moderation::decide(&w.svc, &fac, Target::Comment, comment_id, Decision::Hide, "", w.now());
        assert_eq!(fields_of(no_reason.await), ["reason"]);

        moderation::decide(&w.svc, &fac, Target::Comment, comment_id, Decision::Hide, "Unkind to a pupil", w.now())
            .await
            .unwrap();
        let hidden = &ideas::comment_threads(&w.svc, &member, &idea, "", 500).await.unwrap().items[0];
        assert!(hidden.hidden_at.is_some());
        assert_eq!(hidden.hidden_reason.as_deref(), Some("Unkind to a pupil"));

        moderation::decide(&w.svc, &fac, Target::Idea, idea_id, Decision::Dismiss, "On topic after all", w.now())
            .await
            .unwrap();
        assert!(moderation::open_flags(&w.svc, &fac, "", 100).await.unwrap().items.is_empty(), "both resolved");

        moderation::decide(&w.svc, &fac, Target::Comment, comment_id, Decision::Restore, "", w.now()).await.unwrap();
        assert!(ideas::comment_threads(&w.svc, &member, &idea, "", 500).await.unwrap().items[0].hidden_at.is_none());

        let log = moderation::log(&w.svc, &fac, "", 100).await.unwrap().items;
        let actions: Vec<&str> = log.iter().map(|l| l.action.as_str()).collect();
        assert_eq!(actions.len(), 3, "{actions:?}");
        assert!(log.iter().all(|l| l.actor.as_deref() == Some("fac")));
    })
    .await;
}
