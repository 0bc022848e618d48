//! Limits hold when many requests arrive at once: each test fires them
//! together through the service and counts what was stored.

use tandem_domain::ideas::LIMITS;
use tandem_service::{
    Door, Error,
    ideas::{self, CommentInput, IdeaInput, ListQuery},
    invitations::{self, InvitationInput, Joined},
    moderation::{self, Target},
    polls,
    testing::{World, on_each_backend},
};
use tandem_store::{decisions, decisions::BallotBox, users};
use tokio::task::JoinSet;

const MEMBER: &str = "member@example.org";

fn idea(n: usize) -> IdeaInput {
    IdeaInput {
        kind: String::from("need"),
        title: format!("Need number {n}"),
        body: String::from("Please look at this."),
        accept_conduct: true,
        ..IdeaInput::default()
    }
}

/// Runs `n` copies of a use case at once and sorts the outcomes.
async fn at_once<F, Fut, T>(n: usize, f: F) -> (usize, Vec<Error>)
where
    F: Fn(usize) -> Fut,
    Fut: std::future::Future<Output = tandem_service::Result<T>> + Send + 'static,
    T: Send + 'static,
{
    let mut set = JoinSet::new();
    for i in 0..n {
        set.spawn(f(i));
    }
    let (mut ok, mut refused) = (0, Vec::new());
    while let Some(r) = set.join_next().await {
        match r.expect("task finished") {
            Ok(_) => ok += 1,
            Err(e) => refused.push(e),
        }
    }
    (ok, refused)
}

fn all_limit_refusals(errors: &[Error]) {
    for e in errors {
        assert!(
            matches!(e, Error::Conflict("ideas-refused-limit")),
            "every refusal is the posting limit, not a failure: {e:?}"
        );
    }
}

#[tokio::test]
async fn forty_ideas_at_once_against_a_limit_of_five_store_exactly_five() {
    on_each_backend(async |w: World| {
        let f = w.riverbend().await;
        w.open_for_participation(&f.public_slug).await;
        let (member, board) = w.in_initiative(MEMBER, &f.public_slug).await;
        let now = w.now();
        let (ok, refused) = at_once(40, |n| {
            let (svc, member, board) = (w.svc.clone(), member.clone(), board.clone());
            async move { ideas::post(&svc, &member, &board, &idea(n), now).await }
        })
        .await;
        assert_eq!(ok as i64, LIMITS.ideas_per_day, "{:?}", w.backend);
        all_limit_refusals(&refused);
        let stored = ideas::list(&w.svc, &member, &board, &ListQuery::default(), 500).await.unwrap();
        assert_eq!(stored.len() as i64, LIMITS.ideas_per_day, "{:?}", w.backend);

        // A day later the member may post again.
        w.clock.advance(24 * 3600 + 1);
        ideas::post(&w.svc, &member, &board, &idea(99), w.now()).await.unwrap();
    })
    .await;
}

#[tokio::test]
async fn comments_at_once_stop_at_the_daily_limit() {
    on_each_backend(async |w: World| {
        let f = w.riverbend().await;
        w.open_for_participation(&f.public_slug).await;
        let (member, board) = w.in_initiative(MEMBER, &f.public_slug).await;
        let id = ideas::post(&w.svc, &member, &board, &idea(0), w.now()).await.unwrap();
        // Reloaded: the code of conduct was accepted with the first post.
        let (member, board) = w.in_initiative(MEMBER, &f.public_slug).await;
        let target = ideas::idea(&w.svc, &member, &board, id).await.unwrap();
        let now = w.now();
        let tries = LIMITS.comments_per_day as usize + 20;
        let (ok, refused) = at_once(tries, |n| {
            let (svc, member, board, target) = (w.svc.clone(), member.clone(), board.clone(), target.clone());
            let input = CommentInput { body: format!("Comment {n}"), ..CommentInput::default() };
            async move { ideas::comment(&svc, &member, &board, &target, &input, now).await }
        })
        .await;
        assert_eq!(ok as i64, LIMITS.comments_per_day, "{:?}", w.backend);
        all_limit_refusals(&refused);
        assert_eq!(
            ideas::comment_threads(&w.svc, &member, &target, "", 500).await.unwrap().items.len() as i64,
            LIMITS.comments_per_day
        );
    })
    .await;
}

#[tokio::test]
async fn flags_at_once_stop_at_the_daily_limit() {
    on_each_backend(async |w: World| {
        let f = w.riverbend().await;
        w.open_for_participation(&f.public_slug).await;
        let (fac, board) = w.in_initiative("fac@example.org", &f.public_slug).await;
        // Enough ideas to flag: posted over several days by the facilitator.
        let mut targets = Vec::new();
        while targets.len() < LIMITS.flags_per_day as usize + 10 {
            for _ in 0..LIMITS.ideas_per_day {
                targets.push(ideas::post(&w.svc, &fac, &board, &idea(targets.len()), w.now()).await.unwrap());
            }
            w.clock.advance(24 * 3600 + 1);
        }
        let member = w.access(MEMBER).await;
        let now = w.now();
        let (ok, refused) = at_once(targets.len(), |n| {
            let (svc, member, id) = (w.svc.clone(), member.clone(), targets[n]);
            async move { moderation::flag(&svc, &member, Target::Idea, id, "Off topic", now).await }
        })
        .await;
        assert_eq!(ok as i64, LIMITS.flags_per_day, "{:?}", w.backend);
        all_limit_refusals(&refused);
        let open = moderation::open_flags(&w.svc, &fac, "", 100).await.unwrap().items;
        assert_eq!(open.len() as i64, LIMITS.flags_per_day);
    })
    .await;
}

#[tokio::test]
async fn forty_ballots_at_once_from_one_member_leave_one_ballot() {
    on_each_backend(async |w: World| {
        let f = w.riverbend().await;
        let poll = crate::open_poll(&w, &f.public_slug).await;
        let (member, board) = w.in_initiative(MEMBER, &f.public_slug).await;
        let now = w.now();
        let (ok, refused) = at_once(40, |n| {
            let (svc, member, board, poll) = (w.svc.clone(), member.clone(), board.clone(), poll.clone());
            let marks = tandem_domain::decisions::PollMarks { choice: (n % 3 + 1).to_string(), ..Default::default() };
            async move { polls::cast(&svc, &member, &board, &poll, &marks, now).await }
        })
        .await;
        assert_eq!((ok, refused.len()), (40, 0), "a member may change their ballot: {refused:?}");
        let stored = decisions::ballots(w.db.pool(), BallotBox::Poll, poll.id).await.unwrap();
        assert_eq!(stored.len(), 1, "{:?}", w.backend);
    })
    .await;
}

#[tokio::test]
async fn a_one_time_link_used_by_many_at_once_admits_one() {
    on_each_backend(async |w: World| {
        w.riverbend().await;
        let admin = w.access("admin@example.org").await;
        let input = InvitationInput { role: String::from("member"), ..InvitationInput::default() };
        let link = invitations::create(&w.svc, &admin, &input, w.now()).await.unwrap();
        let mut people = Vec::new();
        for n in 0..12 {
            let email = format!("neighbour{n}@example.org");
            let u = users::NewUser {
                email: Some(&email),
                display_name: "Neighbour",
                password_hash: None,
                lang: "en",
                is_site_admin: false,
            };
            users::create(w.db.pool(), &u, w.now()).await.unwrap();
            people.push(w.actor(&email, Door::Page).await);
        }
        let now = w.now();
        let (ok, refused) = at_once(people.len(), |n| {
            let (svc, person, code) = (w.svc.clone(), people[n].clone(), link.code.clone());
            async move {
                match invitations::accept(&svc, &person, &code, "", "en", now).await? {
                    Joined::Member { .. } => Ok(()),
                    Joined::AlreadyMember { .. } => Err(Error::Conflict("already a member")),
                    Joined::SignedIn { .. } => Err(Error::Conflict("not a sign-in link")),
                }
            }
        })
        .await;
        assert_eq!(ok, 1, "{:?}: {refused:?}", w.backend);
        for e in &refused {
            assert!(matches!(e, Error::Conflict("error-invitation-unusable")), "{e:?}");
        }
        let members = tandem_service::community::members(&w.svc, &admin, None, "", 100).await.unwrap();
        let neighbours = members.items.iter().filter(|m| m.display_name == "Neighbour").count();
        assert_eq!(neighbours, 1);
    })
    .await;
}

#[tokio::test]
async fn an_edit_never_slips_past_an_endorsement_and_concurrent_edits_keep_every_version() {
    on_each_backend(async |w: World| {
        let f = w.riverbend().await;
        w.open_for_participation(&f.public_slug).await;
        let (member, board) = w.in_initiative(MEMBER, &f.public_slug).await;
        let id = ideas::post(&w.svc, &member, &board, &idea(0), w.now()).await.unwrap();
        let stored = ideas::idea(&w.svc, &member, &board, id).await.unwrap();

        // Twelve edits at once: each replaces the words the one before it left,
        // so the history holds twelve different versions, none lost or doubled.
        let (ok, refused) = at_once(12, |n| {
            let (svc, member, board, stored, now) =
                (w.svc.clone(), member.clone(), board.clone(), stored.clone(), w.now());
            async move {
                let body = format!("Version {n}");
                ideas::edit_idea(&svc, &member, &board, &stored, "Need number 0", &body, now).await
            }
        })
        .await;
        assert_eq!((ok, refused.len()), (12, 0), "{refused:?}");
        let history = ideas::revisions(&w.svc, ideas::Post::Idea(id)).await.unwrap();
        let mut bodies: Vec<&str> = history.iter().map(|r| r.body.as_str()).collect();
        assert_eq!(bodies.len(), 12);
        bodies.sort_unstable();
        bodies.dedup();
        assert_eq!(bodies.len(), 12, "every edit replaced a different version: {history:?}");

        // Edits and endorsements at once: whatever the order, once an
        // endorsement is stored no later edit succeeds.
        let (admin, _) = w.in_initiative("admin@example.org", &f.public_slug).await;
        let (ok, refused) = at_once(9, |n| {
            let (svc, member, admin, board, stored, now) =
                (w.svc.clone(), member.clone(), admin.clone(), board.clone(), stored.clone(), w.now());
            async move {
                if n == 4 {
                    ideas::endorse(&svc, &admin, &board, &stored, true, now).await
                } else {
                    ideas::edit_idea(&svc, &member, &board, &stored, "Need number 0", &format!("Late {n}"), now).await
                }
            }
        })
        .await;
        assert!(refused.iter().all(|e| *e == Error::Conflict("error-edit-endorsed")), "{refused:?}");
        let after = ideas::revisions(&w.svc, ideas::Post::Idea(id)).await.unwrap().len();
        assert_eq!(after - 12, ok - 1, "only the edits that came before the endorsement took effect");
        let edit = ideas::edit_idea(&w.svc, &member, &board, &stored, "Need number 0", "Too late", w.now()).await;
        assert_eq!(edit, Err(Error::Conflict("error-edit-endorsed")));
    })
    .await;
}
