//! Co-owned actions on both databases: co-owners from one constituency are
//! refused (nothing stored), progress is the checklist's, an action is
//! completed only once every item is ticked and then reaches "you said, we
//! did", an overdue one shows on the health view and reminds its owners
//! once per week, and a pupil co-owner is never named on the public board.

use tandem_domain::{actions::ActionInput, health::Check, time::DAY};
use tandem_service::{
    Error,
    actions::{self, ActionStatus, SourceKind},
    jobs,
    testing::on_each_backend,
};

use crate::{fields_of, member};

fn rota(due: &str) -> ActionInput {
    ActionInput {
        title: "Evening rota for the hub".into(),
        description: "Volunteers for the hub's evenings.".into(),
        due_on: due.into(),
        checklist: "Ask for volunteers\nDraft the rota\nShare it with families".into(),
        source: String::new(),
    }
}

#[tokio::test]
async fn co_owned_actions_move_with_their_checklist_and_are_chased_when_late() {
    on_each_backend(|w| async move {
        let w = w.sending_mail();
        let f = w.riverbend().await;
        let (fac, initiative) = w.in_initiative("fac@example.org", &f.public_slug).await;
        let parent = w.access("member@example.org").await;
        let pupil = w.access("pupil@example.org").await;
        let (teacher_id, teacher) = member(&w, &f, "teaching_staff", "teacher").await;
        let parent_id = parent.user_id().unwrap();
        let other_parent = fac.user_id().unwrap();

        // Two parents are one constituency: refused, nothing stored.
        let same = [parent_id.to_string(), other_parent.to_string()];
        let r = actions::create(&w.svc, &fac, &initiative, &rota("2026-12-10"), &same, "/x", w.now()).await;
        assert_eq!(fields_of(r), vec!["owners"]);
        let bad = ActionInput { source: "minutes:999".into(), checklist: String::new(), ..rota("2026-11-01") };
        let owners = [parent_id.to_string(), teacher_id.to_string()];
        let mut fields = fields_of(actions::create(&w.svc, &fac, &initiative, &bad, &owners, "/x", w.now()).await);
        fields.sort_unstable();
        assert_eq!(fields, vec!["checklist", "due_on", "source"]);
        assert!(actions::board(&w.svc, &fac, &initiative, w.now()).await.unwrap().actions.is_empty());
        assert!(matches!(
            actions::create(&w.svc, &parent, &initiative, &rota("2026-12-10"), &owners, "/x", w.now()).await,
            Err(Error::Forbidden)
        ));

        // A parent and a teacher; the owners are told.
        let id = actions::create(&w.svc, &fac, &initiative, &rota("2026-12-10"), &owners, "/x", w.now()).await.unwrap();
        let mail = w.queued_emails().await;
        assert_eq!(mail.iter().filter(|m| m.subject.contains("Evening rota")).count(), 2);
        // Progress is the checklist's; only co-owners (and staff) tick.
        assert!(matches!(
            actions::tick(&w.svc, &pupil, &initiative, id, 0, true, w.now()).await,
            Err(Error::Forbidden)
        ));
        actions::tick(&w.svc, &parent, &initiative, id, 0, true, w.now()).await.unwrap();
        actions::tick(&w.svc, &teacher, &initiative, id, 1, true, w.now()).await.unwrap();
        let row = actions::load(&w.svc, &parent, &initiative, id, w.now()).await.unwrap();
        assert_eq!((row.done, row.percent), (2, 66));
        assert!(matches!(
            actions::tick(&w.svc, &parent, &initiative, id, 9, true, w.now()).await,
            Err(Error::NotFound)
        ));
        let early = actions::complete(&w.svc, &parent, &initiative, id, "Rota on the door", w.now()).await;
        assert!(matches!(early, Err(Error::Conflict("error-checklist-not-done"))), "{early:?}");

        // Past its date it is overdue: on the health view, and its owners are reminded once a week.
        w.clock.advance(25 * DAY);
        let health = tandem_service::health::evaluate(&w.svc, &initiative, w.now()).await.unwrap().health;
        assert!(
            health.findings.iter().any(|x| x.check == Check::ActionsOverdue && x.count == 1),
            "{:?}",
            health.findings
        );
        while jobs::step(&w.svc, "test").await.unwrap() != jobs::Step::Idle {}
        let reminders =
            |mail: &[tandem_service::mail::Email]| mail.iter().filter(|m| m.subject.starts_with("Overdue")).count();
        assert_eq!(reminders(&w.queued_emails().await), 2, "one to each owner");
        while jobs::step(&w.svc, "test").await.unwrap() != jobs::Step::Idle {}
        assert_eq!(reminders(&w.queued_emails().await), 2, "not again the same week");

        // Done: every item ticked, with evidence; then on "you said, we did" and no longer overdue.
        actions::tick(&w.svc, &teacher, &initiative, id, 2, true, w.now()).await.unwrap();
        assert_eq!(
            fields_of(actions::complete(&w.svc, &teacher, &initiative, id, " ", w.now()).await),
            vec!["evidence"]
        );
        actions::complete(&w.svc, &teacher, &initiative, id, "The rota is on the hub's door and website.", w.now())
            .await
            .unwrap();
        let row = actions::load(&w.svc, &parent, &initiative, id, w.now()).await.unwrap();
        assert_eq!((row.action.status, row.overdue, row.percent), (ActionStatus::Done, false, 100));
        let timeline = tandem_service::accountability::timeline(&w.svc, &initiative, 20).await.unwrap();
        assert!(timeline.iter().any(|u| u.body.contains("hub's door")), "{timeline:?}");
        let closed = actions::tick(&w.svc, &teacher, &initiative, id, 0, false, w.now()).await;
        assert!(matches!(closed, Err(Error::Conflict("error-action-closed"))), "{closed:?}");

        // A pupil co-owner is named by role only, on the board and in the export.
        let (zed, _) = member(&w, &f, "pupils", "zedpupil").await;
        let with_pupil = [zed.to_string(), teacher_id.to_string()];
        let source = tandem_service::actions::sources(&w.svc, &fac, &initiative).await.unwrap();
        assert!(source.iter().all(|s| s.kind != SourceKind::Session));
        let p =
            actions::create(&w.svc, &fac, &initiative, &rota("2027-01-15"), &with_pupil, "/x", w.now()).await.unwrap();
        let visitor = w.access("outsider@example.org").await;
        let board = actions::board(&w.svc, &visitor, &initiative, w.now()).await.unwrap();
        let row = board.actions.iter().find(|r| r.action.id == p).unwrap();
        assert!(row.owners.iter().any(|o| o.pupil && o.name.is_none()));
        let csv = actions::csv(&w.svc, &fac, &initiative, w.now()).await.unwrap();
        assert!(csv.contains("pupil; teacher") || csv.contains("teacher; pupil"), "{csv}");
        assert!(!csv.contains("zedpupil"), "{csv}");
        // The rule can ask for one constituency only.
        assert_eq!(fields_of(actions::set_rule(&w.svc, &fac, &initiative, "9", w.now()).await), vec!["min_groups"]);
        actions::set_rule(&w.svc, &fac, &initiative, "1", w.now()).await.unwrap();
        actions::create(&w.svc, &fac, &initiative, &rota("2027-01-15"), &same, "/x", w.now()).await.unwrap();
    })
    .await;
}
