//! The audit log: every privileged write, through any door, is recorded with
//! actor, action, object and time; administrators read it filtered and in pages.

use tandem_service::{
    Access, Error,
    audit::{self, Action, PAGE_SIZE, Query},
    initiatives::{self, InitiativeInput, OutcomeInput},
    invitations::{self, InvitationInput},
    polls,
    testing::{COMMUNITY, World, on_each_backend},
};

fn query(action: &str) -> Query {
    Query { action: String::from(action), ..Query::default() }
}

#[tokio::test]
async fn writes_through_the_api_and_the_command_line_are_recorded_with_their_door() {
    on_each_backend(async |w: World| {
        w.riverbend().await;
        let admin = w.access("admin@example.org").await;
        let input = InitiativeInput {
            title: Some(String::from("Later start times")),
            summary: Some(String::from("Should school start at nine?")),
            visibility: Some(String::from("public")),
            ..InitiativeInput::default()
        };
        let created = initiatives::create(&w.svc, &admin, &input, w.now()).await.unwrap();
        for n in 0..3 {
            let link =
                InvitationInput { role: String::from("member"), note: format!("Parent {n}"), ..Default::default() };
            invitations::create(&w.svc, &admin, &link, w.now()).await.unwrap();
        }
        let operator = Access::load(&w.svc, &tandem_service::Actor::operator(), COMMUNITY).await.unwrap();
        let outcome = OutcomeInput {
            description: String::from("Fewer late arrivals"),
            measure: String::from("Late marks per week"),
            target: String::from("Under 20"),
        };
        initiatives::add_outcome(&w.svc, &operator, &created, &outcome, w.now()).await.unwrap();

        let (page, _) = audit::list(&w.svc, &admin, &query(""), 50).await.unwrap();
        let rows: Vec<(&str, &str, Option<&str>)> =
            page.entries.iter().map(|e| (e.action.as_str(), e.via.as_str(), e.initiative_slug.as_deref())).collect();
        assert_eq!(page.total, 5, "{rows:?}");
        assert_eq!(rows[0], ("outcome.add", "cli", Some(created.slug.as_str())), "newest first");
        assert_eq!(rows.iter().filter(|r| r.0 == "invitation.create" && r.1 == "api").count(), 3);
        assert_eq!(rows[4], ("initiative.create", "api", Some(created.slug.as_str())));
        assert_eq!(page.entries[4].actor_id, admin.user_id());
        assert_eq!(page.entries[0].actor_id, None, "the operator is nobody in particular");

        // Filters: initiative, actor, an action family, dates.
        let by_initiative = Query { initiative: created.slug.clone(), ..query("") };
        assert_eq!(audit::list(&w.svc, &admin, &by_initiative, 50).await.unwrap().0.total, 2);
        let by_actor = Query { actor: admin.user_id(), ..query("") };
        assert_eq!(audit::list(&w.svc, &admin, &by_actor, 50).await.unwrap().0.total, 4);
        assert_eq!(audit::list(&w.svc, &admin, &query("invitation."), 50).await.unwrap().0.total, 3);
        assert_eq!(audit::list(&w.svc, &admin, &query("invitation.revoke"), 50).await.unwrap().0.total, 0);
        assert!(audit::list(&w.svc, &admin, &query("ballot."), 50).await.is_err(), "no such family");
        let today = w.now().date_iso();
        let dated = Query { from: today.clone(), until: today, ..query("") };
        assert_eq!(audit::list(&w.svc, &admin, &dated, 50).await.unwrap().0.total, 5);
        let later = Query { from: w.now().plus_days(1).date_iso(), ..query("") };
        assert_eq!(audit::list(&w.svc, &admin, &later, 50).await.unwrap().0.total, 0);
        let actions = audit::actions(&w.svc, &admin).await.unwrap();
        assert_eq!(actions, [Action::InitiativeCreate, Action::InvitationCreate, Action::OutcomeAdd]);
        let actors = audit::actors(&w.svc, &admin).await.unwrap();
        assert_eq!(actors.iter().map(|a| a.name.as_str()).collect::<Vec<_>>(), ["admin"], "the operator is nobody");

        // Bad filters are explained; nobody but an administrator reads the log.
        let bad =
            Query { initiative: String::from("nowhere"), from: String::from("yesterday"), ..query("idea.delete") };
        match audit::list(&w.svc, &admin, &bad, 50).await {
            Err(Error::Invalid(i)) => {
                let fields: Vec<&str> = i.0.iter().map(|e| e.field).collect();
                assert_eq!(fields, ["initiative", "action", "from"]);
            }
            other => panic!("{other:?}"),
        }
        for who in ["fac@example.org", "member@example.org"] {
            let access = w.access(who).await;
            assert_eq!(audit::list(&w.svc, &access, &query(""), 50).await.err(), Some(Error::Forbidden), "{who}");
        }
    })
    .await;
}

#[tokio::test]
async fn the_log_comes_in_pages() {
    on_each_backend(async |w: World| {
        w.riverbend().await;
        let admin = w.access("admin@example.org").await;
        let n = PAGE_SIZE + 7;
        for i in 0..n {
            let link = InvitationInput { role: String::from("member"), note: format!("n{i}"), ..Default::default() };
            invitations::create(&w.svc, &admin, &link, w.now()).await.unwrap();
            w.clock.advance(1);
        }
        let (first, next) = audit::list(&w.svc, &admin, &query(""), PAGE_SIZE).await.unwrap();
        assert_eq!((first.total, first.entries.len() as i64), (n, PAGE_SIZE));
        // Entries written while someone reads the pages neither repeat nor
        // push older ones out of reach (a cursor, not an offset).
        for i in 0..3 {
            let link = InvitationInput { role: String::from("member"), note: format!("late{i}"), ..Default::default() };
            invitations::create(&w.svc, &admin, &link, w.now()).await.unwrap();
        }
        let after = next.expect("a second page");
        let (second, last) = audit::list(&w.svc, &admin, &Query { after, ..query("") }, PAGE_SIZE).await.unwrap();
        assert_eq!((second.total, second.entries.len(), last), (n + 3, 7, None));
        assert!(first.entries.last().unwrap().at > second.entries[0].at);
        let seen: std::collections::BTreeSet<i64> = first.entries.iter().chain(&second.entries).map(|e| e.id).collect();
        assert_eq!(seen.len() as i64, n, "every entry once");
        let bad = Query { after: String::from("page-two"), ..query("") };
        assert!(
            matches!(audit::list(&w.svc, &admin, &bad, PAGE_SIZE).await, Err(Error::Invalid(_))),
            "a cursor Tandem never made"
        );
    })
    .await;
}

#[tokio::test]
async fn ballots_are_secret_and_never_audited() {
    on_each_backend(async |w: World| {
        let f = w.riverbend().await;
        let poll = crate::open_poll(&w, &f.public_slug).await;
        let (member, board) = w.in_initiative("member@example.org", &f.public_slug).await;
        let marks = tandem_domain::decisions::PollMarks { choice: String::from("1"), ..Default::default() };
        polls::cast(&w.svc, &member, &board, &poll, &marks, w.now()).await.unwrap();
        let admin = w.access("admin@example.org").await;
        let by_member = Query { actor: member.user_id(), ..query("") };
        assert_eq!(audit::list(&w.svc, &admin, &by_member, 50).await.unwrap().0.total, 0);
        assert_eq!(audit::list(&w.svc, &admin, &query("poll."), 50).await.unwrap().0.total, 1, "only its creation");
    })
    .await;
}
