//! Pupils' anonymity fails closed: decided when they post, checked against
//! every way of writing their name, and kept when their name or group changes.

use tandem_service::{
    Door, Error,
    accounts::{self, ProfileInput},
    community::{self, MemberInput},
    ideas::{self, CommentInput, IdeaInput},
    testing::{World, on_each_backend},
};

use crate::fields_of;

const PUPIL: &str = "pupil@example.org";

fn need(title: &str, pseudonym: &str) -> IdeaInput {
    IdeaInput {
        kind: String::from("need"),
        title: String::from(title),
        body: String::from("Please."),
        pseudonym: String::from(pseudonym),
        accept_conduct: true,
        ..IdeaInput::default()
    }
}

#[tokio::test]
async fn moving_a_pupil_to_another_group_never_reveals_what_they_wrote_before() {
    on_each_backend(async |w: World| {
        let f = w.riverbend().await;
        w.open_for_participation(&f.public_slug).await;
        let (pupil, board) = w.in_initiative(PUPIL, &f.public_slug).await;
        let id = ideas::post(&w.svc, &pupil, &board, &need("Longer lunch", ""), w.now()).await.unwrap();
        let (pupil, board) = w.in_initiative(PUPIL, &f.public_slug).await;
        let idea = ideas::idea(&w.svc, &pupil, &board, id).await.unwrap();
        let reply = CommentInput { body: String::from("Yes please"), ..CommentInput::default() };
        ideas::comment(&w.svc, &pupil, &board, &idea, &reply, w.now()).await.unwrap();

        // The pupil leaves school and joins the families group.
        let admin = w.access("admin@example.org").await;
        let groups = community::groups(&w.svc, &admin).await.unwrap();
        let families = groups.iter().find(|g| g.key == "families").map(|g| g.id);
        let member_id = pupil.membership.as_ref().unwrap().id;
        let moved = MemberInput { role: String::from("member"), group_id: families, school: String::new() };
        community::update_member(&w.svc, &admin, member_id, &moved, w.now()).await.unwrap();

        let (reader, board) = w.in_initiative("member@example.org", &f.public_slug).await;
        let idea = ideas::idea(&w.svc, &reader, &board, id).await.unwrap();
        assert!(idea.author_protected, "still protected: {:?}", w.backend);
        let comments = ideas::comment_threads(&w.svc, &reader, &idea, "", 500).await.unwrap().items;
        assert!(comments[0].author_protected);
        // What they post as an adult is theirs to sign.
        let (former, board) = w.in_initiative(PUPIL, &f.public_slug).await;
        let later = ideas::post(&w.svc, &former, &board, &need("Parents' evening times", ""), w.now()).await.unwrap();
        assert!(!ideas::idea(&w.svc, &reader, &board, later).await.unwrap().author_protected);
    })
    .await;
}

#[tokio::test]
async fn a_pseudonym_that_spells_the_name_in_disguise_is_refused() {
    on_each_backend(async |w: World| {
        let f = w.riverbend().await;
        w.open_for_participation(&f.public_slug).await;
        // The fixture's pupil is called "pupil".
        let (pupil, board) = w.in_initiative(PUPIL, &f.public_slug).await;
        for disguised in ["PUPIL", "pu\u{200B}pil", "ｐｕｐｉｌ", "p.u.p.i.l fan"] {
            let refused = ideas::post(&w.svc, &pupil, &board, &need("Longer lunch", disguised), w.now()).await;
            assert_eq!(fields_of(refused), ["pseudonym"], "{disguised}");
        }
        ideas::post(&w.svc, &pupil, &board, &need("Longer lunch", "Blue Fox"), w.now()).await.unwrap();
    })
    .await;
}

#[tokio::test]
async fn a_new_name_withdraws_the_pseudonyms_that_would_give_it_away() {
    on_each_backend(async |w: World| {
        let f = w.riverbend().await;
        w.open_for_participation(&f.public_slug).await;
        let (pupil, board) = w.in_initiative(PUPIL, &f.public_slug).await;
        let fox = ideas::post(&w.svc, &pupil, &board, &need("Longer lunch", "Blue Fox"), w.now()).await.unwrap();
        let (pupil, board) = w.in_initiative(PUPIL, &f.public_slug).await;
        let owl = ideas::post(&w.svc, &pupil, &board, &need("Water fountains", "Night Owl"), w.now()).await.unwrap();
        let me = w.actor(PUPIL, Door::Page).await;
        let renamed = ProfileInput { display_name: String::from("Sam Fox"), lang: String::from("en") };
        accounts::update_profile(&w.svc, &me, &renamed, w.now()).await.unwrap();
        let (reader, board) = w.in_initiative("member@example.org", &f.public_slug).await;
        assert_eq!(ideas::idea(&w.svc, &reader, &board, fox).await.unwrap().pseudonym, None, "{:?}", w.backend);
        assert_eq!(ideas::idea(&w.svc, &reader, &board, owl).await.unwrap().pseudonym.as_deref(), Some("Night Owl"));
        let nameless = ProfileInput { display_name: String::from(" "), lang: String::from("en") };
        assert!(matches!(accounts::update_profile(&w.svc, &me, &nameless, w.now()).await, Err(Error::Invalid(_))));
    })
    .await;
}

#[tokio::test]
async fn a_pupil_is_warned_before_their_words_show_who_they_are_and_a_moderator_checks_if_they_post_anyway() {
    on_each_backend(async |w: World| {
        let f = w.riverbend().await;
        w.open_for_participation(&f.public_slug).await;
        let (pupil, board) = w.in_initiative(PUPIL, &f.public_slug).await;
        let mut input = need("Everyone in 7B wants a longer lunch", "");
        input.body = String::from("Ask fac about it.");
        // The fixture's facilitator is called "fac": a one-word name is not
        // a whole name, so only the class code is found.
        match ideas::post(&w.svc, &pupil, &board, &input, w.now()).await {
            Err(Error::Invalid(problems)) => {
                let e = &problems.0[0];
                assert_eq!((e.field, e.message), ("body", "error-may-identify"));
                assert_eq!(e.args, [("terms", String::from("7b"))]);
            }
            other => panic!("{other:?}"),
        }
        let (reader, board) = w.in_initiative("member@example.org", &f.public_slug).await;
        assert!(
            ideas::list(&w.svc, &reader, &board, &Default::default(), 10).await.unwrap().is_empty(),
            "nothing stored"
        );

        input.post_anyway = true;
        let id = ideas::post(&w.svc, &pupil, &board, &input, w.now()).await.unwrap();
        assert!(ideas::list(&w.svc, &reader, &board, &Default::default(), 10).await.unwrap().is_empty(), "held");
        let (pupil, board) = w.in_initiative(PUPIL, &f.public_slug).await;
        let own = ideas::idea(&w.svc, &pupil, &board, id).await.unwrap();
        assert_eq!(own.hidden_reason.as_deref(), Some("Waiting for a moderator: it may show who wrote it."));
        let fac = w.access("fac@example.org").await;
        let queue = tandem_service::moderation::open_flags(&w.svc, &fac, "", 100).await.unwrap().items;
        assert_eq!(queue.len(), 1);
        assert!(queue[0].reasons[0].ends_with("7b"), "{:?}", queue[0].reasons);
        tandem_service::moderation::decide(
            &w.svc,
            &fac,
            tandem_service::moderation::Target::Idea,
            id,
            tandem_service::moderation::Decision::Restore,
            "",
            w.now(),
        )
        .await
        .unwrap();
        assert_eq!(ideas::list(&w.svc, &reader, &board, &Default::default(), 10).await.unwrap().len(), 1, "released");

        // Adults are never held up this way.
        let (adult, board) = w.in_initiative("member@example.org", &f.public_slug).await;
        ideas::post(&w.svc, &adult, &board, &need("Year 9 needs lockers", ""), w.now()).await.unwrap();
    })
    .await;
}
