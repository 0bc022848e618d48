//! Events on both databases: the call for sessions, a mixed panel whose
//! conflicts are declared and excluded, decisions with reasons, a programme
//! without clashes (also when many placements race), registration and
//! check-in through the meetings, feedback only from those who came with
//! results held back below 5 and 10 answers, certificates, the report on
//! "you said, we did", and pupils' names kept off the public side.

use tandem_domain::{
    events::{EventInput, ProposalInput},
    time::DAY,
};
use tandem_service::{
    Error,
    events::{self, PlaceInput, ProposalStatus},
    meetings::{self, Scope},
    testing::on_each_backend,
};
use tokio::task::JoinSet;

use crate::{fields_of, member};

fn conference() -> EventInput {
    EventInput {
        kind: "conference".into(),
        title: "Working Together Conference".into(),
        summary: "A day planned and led with families.".into(),
        mode: "in_person".into(),
        location: "Riverbend High".into(),
        starts_at: "2026-12-05T09:00".into(),
        ends_at: "2026-12-05T16:00".into(),
        capacity: "200".into(),
        call_closes_at: "2026-12-01T12:00".into(),
        ..EventInput::default()
    }
}

fn session(title: &str, my_role: &str, others: &[(&str, &str)]) -> ProposalInput {
    ProposalInput {
        title: title.into(),
        summary: format!("{title}: what we will do together."),
        format: "workshop".into(),
        i_lead: !my_role.is_empty(),
        my_role: my_role.into(),
        leads: others.iter().map(|(n, r)| ((*n).into(), (*r).into())).collect(),
        ..ProposalInput::default()
    }
}

fn scores(a: &str, b: &str, c: &str) -> Vec<String> {
    vec![a.into(), b.into(), c.into()]
}

fn at(room: i64, starts: &str) -> PlaceInput {
    PlaceInput { room: room.to_string(), starts_at: starts.into(), capacity: String::new() }
}

#[tokio::test]
async fn a_conference_from_its_call_to_its_report() {
    on_each_backend(|w| async move {
        let w = w.sending_mail();
        let f = w.riverbend().await;
        let fac = w.access("fac@example.org").await;
        let parent = w.access("member@example.org").await;
        let pupil = w.access("pupil@example.org").await;
        let observer = w.access("observer@example.org").await;
        let (teacher_id, teacher) = member(&w, &f, "teaching_staff", "teacher").await;
        let id = events::create(&w.svc, &fac, Some(f.public_id), &conference(), w.now()).await.unwrap();
        let late = EventInput { call_closes_at: "2026-12-06T09:00".into(), ..conference() };
        assert_eq!(fields_of(events::create(&w.svc, &fac, None, &late, w.now()).await), vec!["call_closes_at"]);
        assert!(matches!(events::create(&w.svc, &parent, None, &conference(), w.now()).await, Err(Error::Forbidden)));

        // The call: members propose with their leads; a pupil leads as a pupil.
        let a = events::propose(
            &w.svc,
            &parent,
            id,
            &session("Reading at home", "parent_carer", &[("Ms Kay", "staff")]),
            w.now(),
        )
        .await
        .unwrap();
        let b = events::propose(&w.svc, &pupil, id, &session("What pupils want", "staff", &[]), w.now()).await.unwrap();
        let c = events::propose(&w.svc, &teacher, id, &session("Data walls", "staff", &[]), w.now()).await.unwrap();
        assert_eq!(
            fields_of(events::propose(&w.svc, &parent, id, &session("Nobody", "", &[]), w.now()).await),
            vec!["leads"]
        );
        let bad_row = session("Bad row", "parent_carer", &[("Mr Lee", "wizard")]);
        assert_eq!(fields_of(events::propose(&w.svc, &parent, id, &bad_row, w.now()).await), vec!["lead_role_0"]);
        assert!(events::propose(&w.svc, &observer, id, &session("Watch", "parent_carer", &[]), w.now()).await.is_err());

        // The panel must be mixed before it decides.
        let parent_id = parent.user_id().unwrap();
        assert!(!events::set_panel(&w.svc, &fac, id, &[parent_id.to_string()], w.now()).await.unwrap());
        events::review(&w.svc, &parent, id, b, &scores("4", "5", "3"), "Pupils leading: yes.", w.now()).await.unwrap();
        let unmixed = events::decide(&w.svc, &fac, id, b, "accepted", "Strong", "/x", w.now()).await;
        assert!(matches!(unmixed, Err(Error::Conflict("error-panel-not-mixed"))), "{unmixed:?}");
        let panel = [parent_id.to_string(), teacher_id.to_string()];
        assert!(events::set_panel(&w.svc, &fac, id, &panel, w.now()).await.unwrap());
        assert!(matches!(
            events::review(&w.svc, &fac, id, b, &scores("1", "1", "1"), "x", w.now()).await,
            Err(Error::Forbidden)
        ));

        // Conflicts: one's own proposal, and a declared one, cannot be reviewed.
        let own = events::review(&w.svc, &parent, id, a, &scores("5", "5", "5"), "Mine", w.now()).await;
        assert!(matches!(own, Err(Error::Conflict("error-review-conflict"))), "{own:?}");
        events::declare_conflict(&w.svc, &teacher, id, b, w.now()).await.unwrap();
        let declared = events::review(&w.svc, &teacher, id, b, &scores("2", "2", "2"), "After all", w.now()).await;
        assert!(matches!(declared, Err(Error::Conflict("error-review-conflict"))), "{declared:?}");
        assert_eq!(
            fields_of(events::review(&w.svc, &parent, id, c, &scores("6", "", "3"), "", w.now()).await),
            vec!["score_0", "score_1", "comment"]
        );
        let not_reviewed = events::decide(&w.svc, &fac, id, c, "declined", "Full", "/x", w.now()).await;
        assert!(matches!(not_reviewed, Err(Error::Conflict("error-proposal-not-reviewed"))), "{not_reviewed:?}");
        events::review(&w.svc, &teacher, id, a, &scores("5", "4", "5"), "Families will use this.", w.now())
            .await
            .unwrap();
        events::review(&w.svc, &parent, id, c, &scores("2", "1", "3"), "Not for families.", w.now()).await.unwrap();
        let v = events::view(&w.svc, &fac, id, w.now()).await.unwrap();
        let row_b = v.sessions.iter().find(|s| s.proposal.id == b).unwrap();
        assert_eq!((row_b.reviews, row_b.conflicts, row_b.score), (1, 1, Some(40)), "the conflict is excluded");

        // Decisions with reasons, once; the proposer is told.
        assert_eq!(
            fields_of(events::decide(&w.svc, &fac, id, a, "accepted", " ", "/x", w.now()).await),
            vec!["reason"]
        );
        events::decide(&w.svc, &fac, id, a, "accepted", "Practical and co-led.", "/x", w.now()).await.unwrap();
        events::decide(&w.svc, &fac, id, b, "accepted", "Led by pupils.", "/x", w.now()).await.unwrap();
        events::decide(&w.svc, &fac, id, c, "declined", "Better as a staff briefing.", "/x", w.now()).await.unwrap();
        let twice = events::decide(&w.svc, &fac, id, c, "accepted", "Changed our mind", "/x", w.now()).await;
        assert!(matches!(twice, Err(Error::Conflict("error-proposal-decided"))), "{twice:?}");
        let mail = w.queued_emails().await;
        assert!(mail.iter().any(|m| m.to == "member@example.org" && m.subject.contains("Reading at home")), "{mail:?}");

        // A later proposal by the parent, who also leads "Reading at home".
        let d = events::propose(&w.svc, &parent, id, &session("Homework clubs", "parent_carer", &[]), w.now())
            .await
            .unwrap();
        events::review(&w.svc, &teacher, id, d, &scores("4", "4", "4"), "Good", w.now()).await.unwrap();
        events::decide(&w.svc, &fac, id, d, "accepted", "Asked for by many.", "/x", w.now()).await.unwrap();

        // Rooms and the programme, without clashes.
        let hall = events::add_room(&w.svc, &fac, id, "Hall", "50", w.now()).await.unwrap();
        let library = events::add_room(&w.svc, &fac, id, "Library", "2", w.now()).await.unwrap();
        assert_eq!(fields_of(events::add_room(&w.svc, &fac, id, "Hall", "10", w.now()).await), vec!["name"]);
        events::place(&w.svc, &fac, id, a, &at(hall, "2026-12-05T09:30"), "/x", w.now()).await.unwrap();
        assert_eq!(
            fields_of(events::place(&w.svc, &fac, id, b, &at(hall, "2026-12-05T09:45"), "/x", w.now()).await),
            vec!["room"]
        );
        events::place(&w.svc, &fac, id, b, &at(library, "2026-12-05T09:30"), "/x", w.now()).await.unwrap();
        let both = events::place(&w.svc, &fac, id, d, &at(library, "2026-12-05T10:00"), "/x", w.now()).await;
        let mut both = fields_of(both);
        both.sort_unstable();
        assert_eq!(both, vec!["room", "starts_at"], "the library is taken and the parent leads elsewhere");
        let outside = events::place(&w.svc, &fac, id, d, &at(hall, "2026-12-05T15:45"), "/x", w.now()).await;
        assert_eq!(fields_of(outside), vec!["starts_at"]);
        let declined = events::place(&w.svc, &fac, id, c, &at(hall, "2026-12-05T13:00"), "/x", w.now()).await;
        assert!(matches!(declined, Err(Error::Conflict("error-proposal-not-accepted"))), "{declined:?}");
        events::place(&w.svc, &fac, id, d, &at(library, "2026-12-05T10:30"), "/x", w.now()).await.unwrap();

        // Before publication the public sees no times; a pupil's name never.
        let visitor = w.access("outsider@example.org").await;
        let public = events::view(&w.svc, &visitor, id, w.now()).await.unwrap();
        assert!(public.sessions.iter().all(|s| s.meeting.is_none()));
        assert_eq!((public.share.family_led, public.share.sessions, public.share.met()), (3, 3, true));
        let pupil_row = public.sessions.iter().find(|s| s.proposal.id == b).unwrap();
        assert_eq!(pupil_row.leads[0].name, None);
        let staff_row = v_row(&events::view(&w.svc, &fac, id, w.now()).await.unwrap(), b);
        assert_eq!(staff_row, Some("pupil".to_owned()));
        events::publish_programme(&w.svc, &fac, id, w.now()).await.unwrap();
        let public = events::view(&w.svc, &visitor, id, w.now()).await.unwrap();
        assert_eq!(public.sessions.iter().filter(|s| s.meeting.is_some()).count(), 3);
        let ics = events::calendar(&w.svc, &visitor, id).await.unwrap();
        assert_eq!(ics.matches("BEGIN:VEVENT").count(), 4, "the event and its three sessions");

        // The sessions' meetings are the event's: off the meetings list, changed only from the programme.
        let listed = meetings::list(&w.svc, &fac, Scope::Community).await.unwrap();
        assert!(listed.iter().all(|m| m.event_id.is_none()));
        let meeting_a = events::view(&w.svc, &fac, id, w.now())
            .await
            .unwrap()
            .sessions
            .iter()
            .find(|s| s.proposal.id == a)
            .and_then(|s| s.meeting.clone())
            .unwrap();
        let cancel = meetings::cancel(&w.svc, &fac, meeting_a.id, "/x", w.now()).await;
        assert!(matches!(cancel, Err(Error::Conflict("error-meeting-of-event"))), "{cancel:?}");

        // Feedback only from people checked in, once; a certificate only for them.
        let not_there = events::give_feedback(&w.svc, &pupil, id, a, "5", "4", "", "", w.now()).await;
        assert!(matches!(not_there, Err(Error::Conflict("error-feedback-not-attended"))), "{not_there:?}");
        let no_cert = events::certificate(&w.svc, &teacher, id).await;
        assert!(matches!(no_cert, Err(Error::Conflict("error-certificate-not-attended"))));
        let mut attendees = vec![parent.clone()];
        for n in 0..9 {
            attendees.push(member(&w, &f, "families", &format!("delegate{n}")).await.1);
        }
        for (n, person) in attendees.iter().enumerate() {
            let r = meetings::register(&w.svc, person, meeting_a.id, &[], "", "", w.now()).await.unwrap();
            meetings::check_in(&w.svc, &fac, meeting_a.id, &r.code, w.now()).await.unwrap();
            if n == 0 {
                let bad = events::give_feedback(&w.svc, person, id, a, "0", "9", "", "", w.now()).await;
                assert_eq!(fields_of(bad), vec!["useful", "changed"]);
            }
            let worked = format!("The reading games ({n})");
            events::give_feedback(&w.svc, person, id, a, "4", if n % 2 == 0 { "3" } else { "4" }, &worked, "", w.now())
                .await
                .unwrap();
            let lead_sees = events::view(&w.svc, &parent, id, w.now()).await.unwrap();
            let r = v_results(&lead_sees, a);
            match n + 1 {
                1..=4 => assert_eq!((r.answers, r.useful), (Some(n as i64 + 1), None), "scales wait for 5"),
                5..=9 => assert_eq!((r.useful, r.worked.len()), (Some(40), 0), "text waits for 10"),
                _ => assert_eq!((r.useful, r.changed, r.worked.len()), (Some(40), Some(35), 10)),
            }
        }
        let again = events::give_feedback(&w.svc, &parent, id, a, "5", "5", "", "", w.now()).await;
        assert!(matches!(again, Err(Error::Conflict("error-feedback-given"))), "{again:?}");
        let cert = events::certificate(&w.svc, &parent, id).await.unwrap();
        assert_eq!(cert.sessions.iter().map(|m| m.title.as_str()).collect::<Vec<_>>(), vec!["Reading at home"]);
        events::give_event_feedback(&w.svc, &parent, id, "5", "More like this", w.now()).await.unwrap();

        // The report: public only once published, after the event; then on "you said, we did".
        assert!(
            events::view(&w.svc, &visitor, id, w.now()).await.unwrap().sessions.iter().all(|s| s.results.is_none())
        );
        let early = events::publish_report(&w.svc, &fac, id, w.now()).await;
        assert!(matches!(early, Err(Error::Conflict("error-event-not-over"))), "{early:?}");
        w.clock.advance(20 * DAY);
        events::publish_report(&w.svc, &fac, id, w.now()).await.unwrap();
        let public = events::view(&w.svc, &visitor, id, w.now()).await.unwrap();
        let r = v_results(&public, a);
        assert_eq!((r.answers, r.useful, r.worked.len()), (Some(10), Some(40), 0), "the public never reads the text");
        let (_, initiative) = w.in_initiative("fac@example.org", &f.public_slug).await;
        let timeline = tandem_service::accountability::timeline(&w.svc, &initiative, 20).await.unwrap();
        assert!(timeline.iter().any(|u| u.body.contains("3 sessions")), "{timeline:?}");

        // The organisers' export names no one.
        let csv = events::report_csv(&w.svc, &fac, id, w.now()).await.unwrap();
        assert!(csv.contains("Reading at home") && !csv.contains("pupil@") && !csv.contains("Ms Kay"));
        assert!(matches!(events::report_csv(&w.svc, &parent, id, w.now()).await, Err(Error::Forbidden)));
        let status = events::view(&w.svc, &fac, id, w.now()).await.unwrap();
        assert_eq!(
            status.sessions.iter().find(|s| s.proposal.id == c).unwrap().proposal.status,
            ProposalStatus::Declined
        );
        let closed = events::propose(&w.svc, &parent, id, &session("Too late", "parent_carer", &[]), w.now()).await;
        assert!(matches!(closed, Err(Error::Conflict("error-call-closed"))), "{closed:?}");
    })
    .await;
}

fn v_row(v: &events::EventView, p: i64) -> Option<String> {
    v.sessions.iter().find(|s| s.proposal.id == p).and_then(|s| s.leads[0].name.clone())
}

fn v_results(v: &events::EventView, p: i64) -> events::Results {
    v.sessions.iter().find(|s| s.proposal.id == p).and_then(|s| s.results.clone()).unwrap_or_default()
}

#[tokio::test]
async fn twenty_sessions_racing_for_one_slot_leave_one_there() {
    on_each_backend(|w| async move {
        let f = w.riverbend().await;
        let fac = w.access("fac@example.org").await;
        let parent = w.access("member@example.org").await;
        let (teacher_id, teacher) = member(&w, &f, "teaching_staff", "teacher").await;
        let id = events::create(&w.svc, &fac, None, &conference(), w.now()).await.unwrap();
        let panel = [parent.user_id().unwrap().to_string(), teacher_id.to_string()];
        events::set_panel(&w.svc, &fac, id, &panel, w.now()).await.unwrap();
        let hall = events::add_room(&w.svc, &fac, id, "Hall", "50", w.now()).await.unwrap();
        let mut sessions = Vec::new();
        for n in 0..20 {
            let s = events::propose(&w.svc, &fac, id, &session(&format!("Session {n}"), "staff", &[]), w.now())
                .await
                .unwrap();
            events::review(&w.svc, &teacher, id, s, &scores("3", "3", "3"), "Fine", w.now()).await.unwrap();
            events::decide(&w.svc, &fac, id, s, "accepted", "Fine", "/x", w.now()).await.unwrap();
            sessions.push(s);
        }
        let mut set = JoinSet::new();
        for s in sessions {
            let (svc, fac, now) = (w.svc.clone(), fac.clone(), w.now());
            set.spawn(async move { events::place(&svc, &fac, id, s, &at(hall, "2026-12-05T11:00"), "/x", now).await });
        }
        let mut placed = 0;
        let mut clashes = 0;
        while let Some(r) = set.join_next().await {
            match r.unwrap() {
                Ok(()) => placed += 1,
                Err(Error::Invalid(e)) if e.0[0].message == "error-clash-room" => clashes += 1,
                Err(e) => panic!("unexpected {e:?}"),
            }
        }
        assert_eq!((placed, clashes), (1, 19));
        let v = events::view(&w.svc, &fac, id, w.now()).await.unwrap();
        assert_eq!(v.sessions.iter().filter(|s| s.meeting.is_some()).count(), 1);
    })
    .await;
}
