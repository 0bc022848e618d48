//! Councils and their meetings, on both databases: seats, terms and rules
//! with their findings; registration that holds its places under 100
//! simultaneous requests; check-in, minutes from draft to published and on
//! "you said, we did"; calendars read back by a real iCalendar parser.

use tandem_domain::time::DAY;
use tandem_service::{
    Access, Error,
    bodies::{self, BodyInput, RuleInput, SeatInput, TermInput},
    jobs,
    meetings::{self, ItemInput, Owner, RegistrationStatus, Scope},
    testing::{Riverbend, World, on_each_backend},
};
use tokio::task::JoinSet;

use crate::{fields_of, member};

fn seat(label: &str, group: &str, limit: &str) -> SeatInput {
    SeatInput {
        label: label.into(),
        constituency: group.into(),
        method: "election".into(),
        term_months: "12".into(),
        term_limit: limit.into(),
    }
}

fn term(holder: i64, starts: &str, ends: &str) -> TermInput {
    TermInput { holder: holder.to_string(), starts_on: starts.into(), ends_on: ends.into(), interests: String::new() }
}

/// A site council of the public initiative with a parity rule between staff and families.
async fn council(w: &World, f: &Riverbend, fac: &Access) -> i64 {
    let input = BodyInput {
        name: "Northside site council".into(),
        kind: "school_site_council".into(),
        purpose: "Steers the school plan with families.".into(),
        initiative: f.public_slug.clone(),
        ..BodyInput::default()
    };
    let id = bodies::create(&w.svc, fac, &input, w.now()).await.unwrap();
    let parity = RuleInput {
        rule: "parity".into(),
        groups: vec!["teaching_staff".into()],
        second: vec!["families".into(), "community_orgs".into()],
        count: String::new(),
    };
    bodies::add_rule(&w.svc, fac, id, &parity, w.now()).await.unwrap();
    id
}

fn meeting_input(title: &str, starts: &str, ends: &str, capacity: &str) -> tandem_domain::meetings::MeetingInput {
    tandem_domain::meetings::MeetingInput {
        title: title.into(),
        mode: "in_person".into(),
        location: "Library, Northside".into(),
        starts_at: starts.into(),
        ends_at: ends.into(),
        capacity: capacity.into(),
        ..Default::default()
    }
}

#[tokio::test]
async fn seats_terms_and_rules_say_what_is_wrong_and_refuse_what_cannot_be() {
    on_each_backend(|w| async move {
        let f = w.riverbend().await;
        let fac = w.access("fac@example.org").await;
        let id = council(&w, &f, &fac).await;
        let staff_seat =
            bodies::add_seat(&w.svc, &fac, id, &seat("Teacher", "teaching_staff", "2"), w.now()).await.unwrap();
        let family_seat = bodies::add_seat(&w.svc, &fac, id, &seat("Parent", "families", ""), w.now()).await.unwrap();
        let pupil_seat = bodies::add_seat(&w.svc, &fac, id, &seat("Pupil", "pupils", ""), w.now()).await.unwrap();
        let (teacher, _) = member(&w, &f, "teaching_staff", "teacher").await;
        let (parent, _) = member(&w, &f, "families", "parent").await;
        let (pupil, _) = member(&w, &f, "pupils", "pupil-holder").await;
        let (teacher2, _) = member(&w, &f, "teaching_staff", "teacher-two").await;

        // Bad input changes nothing.
        let bad = bodies::add_seat(&w.svc, &fac, id, &seat("", "wizards", "-1"), w.now()).await;
        assert_eq!(fields_of(bad), ["label", "term_limit", "constituency"]);
        let backwards =
            bodies::add_term(&w.svc, &fac, id, staff_seat, &term(teacher, "2026-09-01", "2026-08-01"), w.now()).await;
        assert_eq!(fields_of(backwards), ["ends_on"]);
        let wrong_group =
            bodies::add_term(&w.svc, &fac, id, staff_seat, &term(parent, "2026-09-01", ""), w.now()).await;
        assert_eq!(fields_of(wrong_group), ["holder"]);
        let v = bodies::view(&w.svc, &fac, id, w.now()).await.unwrap();
        assert_eq!(v.seats.len(), 3);
        assert!(v.seats.iter().all(|s| s.history.is_empty()), "nothing was stored");

        // Two terms for the teacher, then a third in a row is over the limit; an overlap is refused.
        bodies::add_term(&w.svc, &fac, id, staff_seat, &term(teacher, "2024-09-01", "2025-08-31"), w.now())
            .await
            .unwrap();
        bodies::add_term(&w.svc, &fac, id, staff_seat, &term(teacher, "2025-09-01", "2026-08-31"), w.now())
            .await
            .unwrap();
        let overlap =
            bodies::add_term(&w.svc, &fac, id, staff_seat, &term(teacher2, "2026-08-01", "2027-07-31"), w.now()).await;
        assert!(matches!(&overlap, Err(Error::Invalid(e)) if e.0[0].message == "error-term-overlaps"), "{overlap:?}");
        let third = bodies::add_term(&w.svc, &fac, id, staff_seat, &term(teacher, "2026-09-01", ""), w.now()).await;
        assert!(matches!(&third, Err(Error::Invalid(e)) if e.0[0].message == "error-term-limit"), "{third:?}");

        // Today (18 Nov 2026) the teacher's last term has ended: parity is broken (0 staff, 0 families is parity; 0 against 1 is not).
        bodies::add_term(&w.svc, &fac, id, family_seat, &term(parent, "2026-09-01", ""), w.now()).await.unwrap();
        bodies::add_term(&w.svc, &fac, id, pupil_seat, &term(pupil, "2026-09-01", ""), w.now()).await.unwrap();
        let v = bodies::view(&w.svc, &fac, id, w.now()).await.unwrap();
        assert_eq!(v.findings.breaches.len(), 1, "{:?}", v.findings);
        assert_eq!((v.findings.breaches[0].have, v.findings.breaches[0].need), (0, 1));
        assert_eq!(v.findings.expired, 1);
        // The initiative's health says so too.
        let (_, i) = w.in_initiative("fac@example.org", &f.public_slug).await;
        let h = tandem_service::health::evaluate(&w.svc, &i, w.now()).await.unwrap();
        let keys: Vec<&str> = h.health.findings.iter().map(|f| f.check.key()).collect();
        assert!(keys.contains(&"body-rules-broken") && keys.contains(&"body-terms-expired"), "{keys:?}");

        // A seat that was held keeps its history: it cannot be removed.
        let removed = bodies::remove_seat(&w.svc, &fac, id, staff_seat, w.now()).await;
        assert!(matches!(removed, Err(Error::Conflict("error-seat-has-history"))), "{removed:?}");

        // An alternate fills the seat: the rule holds again.
        bodies::add_alternate(&w.svc, &fac, id, staff_seat, &teacher2.to_string(), w.now()).await.unwrap();
        let again = bodies::add_alternate(&w.svc, &fac, id, staff_seat, &teacher2.to_string(), w.now()).await;
        assert_eq!(fields_of(again), ["holder"]);
        bodies::fill_from_alternate(&w.svc, &fac, id, staff_seat, "2026-11-18", w.now()).await.unwrap();
        let v = bodies::view(&w.svc, &fac, id, w.now()).await.unwrap();
        assert!(v.findings.is_empty(), "{:?}", v.findings);
        assert!(v.seats.iter().all(|s| s.alternates.is_empty()));

        // Seats against the community: a third of the seats for families, who are 80 % of it.
        let census = tandem_service::representation::BaselineInput {
            school_id: None,
            dimension: "stakeholder_group".into(),
            source: "District census".into(),
            as_of: "2026-10-01".into(),
            rows: "families,800\nteaching_staff,100\npupils,100\n".into(),
        };
        tandem_service::representation::set_baseline(&w.svc, &fac, &census, w.now()).await.unwrap();
        let v = bodies::view(&w.svc, &fac, id, w.now()).await.unwrap();
        let a = v.against_baseline.unwrap();
        let families = a.rows.iter().find(|r| r.0 == "families").unwrap();
        assert_eq!(families.1, 1);
        assert!((families.2 - 1.0 / 3.0).abs() < 1e-9 && (families.3 - 0.8).abs() < 1e-9, "{families:?}");

        // The public sees the pupil by role only; a vacancy older than 60 days is a finding.
        let visitor = Access::load(&w.svc, &tandem_service::Actor::visitor(tandem_service::Door::Api), "riverbend")
            .await
            .unwrap();
        let public = bodies::view(&w.svc, &visitor, id, w.now()).await.unwrap();
        let pupil_view = public.seats.iter().find(|s| s.seat.id == pupil_seat).unwrap();
        assert!(!pupil_view.named());
        let later = w.now().plus_days(400);
        let v = bodies::view(&w.svc, &fac, id, later).await.unwrap();
        assert!(v.findings.overdue_vacancies >= 2, "{:?}", v.findings);

        // The audit log keeps every change of a seat.
        let log = tandem_store::audit::head(w.db.pool()).await.unwrap().position;
        assert!(log >= 8, "{log}");
        // Members cannot change seats.
        let member = w.access("member@example.org").await;
        let refused = bodies::add_seat(&w.svc, &member, id, &seat("X", "", ""), w.now()).await;
        assert!(matches!(refused, Err(Error::Forbidden)), "{refused:?}");
    })
    .await;
}

#[tokio::test]
async fn a_hundred_people_at_once_get_twenty_places_and_a_waitlist_in_order() {
    on_each_backend(|w| async move {
        let f = w.riverbend().await;
        let fac = w.access("fac@example.org").await;
        let id = council(&w, &f, &fac).await;
        let negative = meetings::create(
            &w.svc,
            &fac,
            Owner::Body(id),
            &meeting_input("Council", "2026-12-03T18:00", "2026-12-03T19:30", "-20"),
            &[],
            w.now(),
        )
        .await;
        assert_eq!(fields_of(negative), ["capacity"]);
        assert!(meetings::list(&w.svc, &fac, Scope::Community).await.unwrap().is_empty());
        let m = meetings::create(
            &w.svc,
            &fac,
            Owner::Body(id),
            &meeting_input("Council", "2026-12-03T18:00", "2026-12-03T19:30", "20"),
            &[],
            w.now(),
        )
        .await
        .unwrap();
        let mut people = Vec::new();
        for n in 0..100 {
            people.push(member(&w, &f, "families", &format!("parent-{n}")).await);
        }
        let mut set = JoinSet::new();
        for (_, access) in people.clone() {
            let svc = w.svc.clone();
            let now = w.now();
            set.spawn(async move { meetings::register(&svc, &access, m, &[], "", "", now).await });
        }
        let mut outcomes = Vec::new();
        while let Some(r) = set.join_next().await {
            outcomes.push(r.unwrap().unwrap());
        }
        let registered = outcomes.iter().filter(|r| r.status == RegistrationStatus::Registered).count();
        assert_eq!((registered, outcomes.len() - registered), (20, 80));
        // The waitlist is in the order people arrived: positions 1 to 80, each once.
        let mut positions: Vec<i64> = outcomes.iter().filter_map(|r| r.position).collect();
        positions.sort_unstable();
        assert_eq!(positions, (1..=80).collect::<Vec<_>>());
        let v = meetings::view(&w.svc, &fac, m, w.now()).await.unwrap();
        let queue: Vec<_> = v.registrations.iter().filter(|r| r.status == RegistrationStatus::Waitlisted).collect();
        assert_eq!(queue.len(), 80);
        for (n, r) in queue.iter().enumerate() {
            let mine = outcomes.iter().find(|o| o.id == r.id).unwrap();
            assert_eq!(mine.position, Some(n as i64 + 1), "the list's order is the order positions were given");
        }
        // One registration per person; nothing changes.
        let again = meetings::register(&w.svc, &people[0].1, m, &[], "", "", w.now()).await;
        assert!(matches!(again, Err(Error::Conflict("error-already-registered"))), "{again:?}");
        assert_eq!(meetings::view(&w.svc, &fac, m, w.now()).await.unwrap().registrations.len(), 100);

        // Someone with a place gives it up: the first on the waitlist takes it.
        let first_waiting = queue[0].id;
        let with_place = v.registrations.iter().find(|r| r.status == RegistrationStatus::Registered).unwrap();
        let giver = people.iter().find(|(uid, _)| with_place.user_id == Some(*uid)).unwrap();
        meetings::cancel_registration(&w.svc, &giver.1, m, "/x", w.now()).await.unwrap();
        let v = meetings::view(&w.svc, &fac, m, w.now()).await.unwrap();
        let promoted = v.registrations.iter().find(|r| r.id == first_waiting).unwrap();
        assert_eq!(promoted.status, RegistrationStatus::Registered);
        assert_eq!(v.places.registered, 20);

        // Check-in: a wrong code is refused, the right one (typed loosely) works once.
        let wrong = meetings::check_in(&w.svc, &fac, m, "ZZZ-999", w.now()).await;
        assert_eq!(fields_of(wrong), ["code"]);
        let code = promoted.code.to_lowercase();
        let typed = format!("{}-{}", &code[..3], &code[3..]);
        meetings::check_in(&w.svc, &fac, m, &typed, w.now()).await.unwrap();
        let twice = meetings::check_in(&w.svc, &fac, m, &typed, w.now()).await;
        assert_eq!(fields_of(twice), ["code"]);
    })
    .await;
}

#[tokio::test]
async fn places_kept_for_new_families_stay_theirs_and_needs_are_only_totals() {
    on_each_backend(|w| async move {
        let f = w.riverbend().await;
        let fac = w.access("fac@example.org").await;
        let id = council(&w, &f, &fac).await;
        let kept = [("families".to_owned(), "2".to_owned())];
        let over = meetings::create(
            &w.svc,
            &fac,
            Owner::Body(id),
            &meeting_input("Open evening", "2026-12-03T18:00", "2026-12-03T19:30", "1"),
            &kept,
            w.now(),
        )
        .await;
        assert_eq!(fields_of(over), ["reserved"]);
        let m = meetings::create(
            &w.svc,
            &fac,
            Owner::Body(id),
            &meeting_input("Open evening", "2026-12-03T18:00", "2026-12-03T19:30", "4"),
            &kept,
            w.now(),
        )
        .await
        .unwrap();
        let mut staff = Vec::new();
        for n in 0..3 {
            staff.push(member(&w, &f, "teaching_staff", &format!("staff-{n}")).await.1);
        }
        let firsts: Vec<RegistrationStatus> = {
            let mut out = Vec::new();
            for a in &staff {
                out.push(meetings::register(&w.svc, a, m, &[], "", "", w.now()).await.unwrap().status);
            }
            out
        };
        assert_eq!(
            firsts,
            [RegistrationStatus::Registered, RegistrationStatus::Registered, RegistrationStatus::Waitlisted]
        );
        let (_, parent) = member(&w, &f, "families", "new-parent").await;
        let bad =
            meetings::register(&w.svc, &parent, m, &["interpreting".into(), "teleport".into()], "", "", w.now()).await;
        assert_eq!(fields_of(bad), ["needs", "language"]);
        let r =
            meetings::register(&w.svc, &parent, m, &["interpreting".into(), "childcare".into()], "Arabic", "", w.now())
                .await
                .unwrap();
        assert_eq!(r.status, RegistrationStatus::Registered, "a family takes a place kept for families");
        let v = meetings::view(&w.svc, &fac, m, w.now()).await.unwrap();
        let needs = v.needs.unwrap();
        assert_eq!(needs.languages, [("Arabic".to_owned(), 1)]);
        assert_eq!(needs.by_need.len(), 2);
        // Nobody else sees them.
        let public = meetings::view(&w.svc, &parent, m, w.now()).await.unwrap();
        assert!(public.needs.is_none() && public.registrations.is_empty());
    })
    .await;
}

#[tokio::test]
async fn minutes_are_approved_by_the_body_with_their_mover_then_published_to_you_said_we_did() {
    on_each_backend(|w| async move {
        let f = w.riverbend().await;
        let fac = w.access("fac@example.org").await;
        let id = council(&w, &f, &fac).await;
        let family_seat = bodies::add_seat(&w.svc, &fac, id, &seat("Parent", "families", ""), w.now()).await.unwrap();
        let (parent, _) = member(&w, &f, "families", "chair").await;
        bodies::add_term(&w.svc, &fac, id, family_seat, &term(parent, "2026-09-01", ""), w.now()).await.unwrap();
        let first = meetings::create(
            &w.svc,
            &fac,
            Owner::Body(id),
            &meeting_input("November", "2026-11-20T18:00", "2026-11-20T19:30", "20"),
            &[],
            w.now(),
        )
        .await
        .unwrap();
        let second = meetings::create(
            &w.svc,
            &fac,
            Owner::Body(id),
            &meeting_input("December", "2026-12-18T18:00", "2026-12-18T19:30", "20"),
            &[],
            w.now(),
        )
        .await
        .unwrap();
        let item = ItemInput { title: "Hub opening hours".into(), ..ItemInput::default() };
        meetings::add_item(&w.svc, &fac, first, &item, w.now()).await.unwrap();
        let kept = meetings::publish_agenda(&w.svc, &fac, first, "/x", w.now()).await.unwrap();
        assert!(!kept, "two days before is later than 72 hours");

        // An idea the decision answers.
        let area = w.open_for_participation(&f.public_slug).await;
        let (member, i) = w.in_initiative("member@example.org", &f.public_slug).await;
        let idea = tandem_service::ideas::post(
            &w.svc,
            &member,
            &i,
            &tandem_service::ideas::IdeaInput {
                kind: "need".into(),
                title: "Open the hub on Fridays".into(),
                body: "Working parents cannot come before five.".into(),
                accept_conduct: true,
                ..Default::default()
            },
            w.now(),
        )
        .await
        .unwrap();
        let decisions = [tandem_domain::meetings::DecisionInput {
            text: "Open the hub on Fridays until seven".into(),
            area: area.to_string(),
            ideas: format!("#{idea}, 99999"),
        }];
        let unknown = meetings::save_minutes(&w.svc, &fac, first, "", &decisions, &[], w.now()).await;
        assert_eq!(fields_of(unknown), ["decision_ideas"]);
        let decisions = [tandem_domain::meetings::DecisionInput { ideas: format!("#{idea}"), ..decisions[0].clone() }];
        let actions = [tandem_domain::meetings::ActionInput {
            text: "Rota for Friday evenings".into(),
            owner: "chair".into(),
            due: "2026-12-10".into(),
        }];
        assert_eq!(
            meetings::save_minutes(&w.svc, &fac, first, "Draft", &decisions, &actions, w.now()).await.unwrap(),
            1
        );
        assert_eq!(
            meetings::save_minutes(&w.svc, &fac, first, "Second draft", &decisions, &actions, w.now()).await.unwrap(),
            2
        );
        // The public reads no draft.
        let visitor = Access::load(&w.svc, &tandem_service::Actor::visitor(tandem_service::Door::Api), "riverbend")
            .await
            .unwrap();
        assert!(meetings::view(&w.svc, &visitor, first, w.now()).await.unwrap().minutes.is_none());
        // Approval needs a later meeting of the body and a member as mover.
        let outsider = w.access("member@example.org").await.user_id().unwrap();
        let bad =
            meetings::approve_minutes(&w.svc, &fac, first, &first.to_string(), &outsider.to_string(), "/x", w.now())
                .await;
        assert_eq!(fields_of(bad), ["approved_in", "mover"]);
        let early = meetings::publish_minutes(&w.svc, &fac, first, w.now()).await;
        assert!(matches!(early, Err(Error::Conflict(_))), "{early:?}");
        meetings::approve_minutes(&w.svc, &fac, first, &second.to_string(), &parent.to_string(), "/x", w.now())
            .await
            .unwrap();
        let frozen = meetings::save_minutes(&w.svc, &fac, first, "Changed", &[], &[], w.now()).await;
        assert!(matches!(frozen, Err(Error::Conflict("error-minutes-approved"))), "{frozen:?}");
        assert_eq!(meetings::publish_minutes(&w.svc, &fac, first, w.now()).await.unwrap(), 1);
        let v = meetings::view(&w.svc, &visitor, first, w.now()).await.unwrap();
        assert_eq!(v.minutes.as_ref().map(|m| m.summary.as_str()), Some("Second draft"));
        assert_eq!(v.moved_by.as_deref(), Some("chair"));
        // The decision is on "you said, we did", linked to the idea.
        let timeline = tandem_service::accountability::timeline(&w.svc, &i, 10).await.unwrap();
        assert_eq!(timeline.len(), 1);
        let commitments = tandem_service::accountability::accountability(&w.svc, &i, 10).await.unwrap();
        assert!(commitments.commitments.iter().any(|c| c.title == "Open the hub on Fridays until seven"));
    })
    .await;
}

fn events(ics: &str) -> Vec<ical::parser::ical::component::IcalEvent> {
    let mut parser = ical::IcalParser::new(std::io::BufReader::new(ics.as_bytes()));
    let calendar = parser.next().expect("one calendar").expect("it parses");
    assert!(parser.next().is_none());
    assert_eq!(calendar.timezones.len(), 1, "the zone is defined");
    calendar.events
}

fn prop<'a>(e: &'a ical::parser::ical::component::IcalEvent, name: &str) -> &'a ical::property::Property {
    e.properties.iter().find(|p| p.name == name).unwrap_or_else(|| panic!("no {name}"))
}

#[tokio::test]
async fn calendars_keep_the_uid_raise_the_sequence_and_say_cancelled() {
    on_each_backend(|w| async move {
        let f = w.riverbend().await;
        let fac = w.access("fac@example.org").await;
        let id = council(&w, &f, &fac).await;
        let input = meeting_input("Council; with budget, and more", "2026-12-03T18:00", "2026-12-03T19:30", "20");
        let m = meetings::create(&w.svc, &fac, Owner::Body(id), &input, &[], w.now()).await.unwrap();
        let before = meetings::meeting_calendar(&w.svc, &fac, m).await.unwrap();
        let e = &events(&before)[0];
        let uid = prop(e, "UID").value.clone().unwrap();
        assert_eq!(prop(e, "SEQUENCE").value.as_deref(), Some("0"));
        let summary = prop(e, "SUMMARY").value.clone().unwrap();
        assert_eq!(summary.replace('\\', ""), "Council; with budget, and more", "escaped as TEXT");
        let start = prop(e, "DTSTART");
        assert_eq!(start.value.as_deref(), Some("20261203T180000"));
        let tzid = start.params.as_ref().and_then(|p| p.iter().find(|(k, _)| k == "TZID")).map(|(_, v)| v[0].clone());
        assert_eq!(tzid.as_deref(), Some(fac.zone().name()));
        assert!(prop(e, "DTSTAMP").value.as_deref().is_some_and(|v| v.ends_with('Z')));

        w.clock.advance(60);
        let moved = meeting_input("Council; with budget, and more", "2026-12-03T18:30", "2026-12-03T20:00", "20");
        meetings::update(&w.svc, &fac, m, &moved, &[], "/x", w.now()).await.unwrap();
        let after = meetings::meeting_calendar(&w.svc, &fac, m).await.unwrap();
        let e = &events(&after)[0];
        assert_eq!(prop(e, "UID").value.as_ref(), Some(&uid), "the same event for subscribers");
        assert_eq!(prop(e, "SEQUENCE").value.as_deref(), Some("1"));
        assert_eq!(prop(e, "DTSTART").value.as_deref(), Some("20261203T183000"));

        meetings::cancel(&w.svc, &fac, m, "/x", w.now()).await.unwrap();
        let body_feed = meetings::calendar(&w.svc, &fac, "Council", Scope::Body(id)).await.unwrap();
        let e = &events(&body_feed)[0];
        assert_eq!(prop(e, "STATUS").value.as_deref(), Some("CANCELLED"));
        assert_eq!(prop(e, "SEQUENCE").value.as_deref(), Some("2"));

        // The personal feed: the meetings one registered for, behind a secret that can be revoked.
        let other = meetings::create(&w.svc, &fac, Owner::Body(id), &input, &[], w.now()).await.unwrap();
        let (_, parent) = member(&w, &f, "families", "subscriber").await;
        meetings::register(&w.svc, &parent, other, &[], "", "", w.now()).await.unwrap();
        let secret = meetings::create_feed(&w.svc, &parent, w.now()).await.unwrap();
        let visitor = Access::load(&w.svc, &tandem_service::Actor::visitor(tandem_service::Door::Api), "riverbend")
            .await
            .unwrap();
        let mine = meetings::feed(&w.svc, &visitor, &secret).await.unwrap();
        let e = events(&mine);
        assert_eq!(e.len(), 1);
        assert!(prop(&e[0], "UID").value.as_deref().unwrap().starts_with(&format!("meeting-{other}@")));
        meetings::revoke_feed(&w.svc, &parent).await.unwrap();
        assert!(matches!(meetings::feed(&w.svc, &visitor, &secret).await, Err(Error::NotFound)));
    })
    .await;
}

#[tokio::test]
async fn reminders_go_once_to_people_with_a_place_and_follow_a_changed_time() {
    on_each_backend(|w| async move {
        let w = w.sending_mail();
        let f = w.riverbend().await;
        let fac = w.access("fac@example.org").await;
        let id = council(&w, &f, &fac).await;
        let m = meetings::create(
            &w.svc,
            &fac,
            Owner::Body(id),
            &meeting_input("Council", "2026-12-03T18:00", "2026-12-03T19:30", "20"),
            &[],
            w.now(),
        )
        .await
        .unwrap();
        let (_, parent) = member(&w, &f, "families", "reminded").await;
        meetings::register(&w.svc, &parent, m, &[], "", "", w.now()).await.unwrap();
        // The time changes: the old reminder finds the sequence changed and does nothing.
        let moved = meeting_input("Council", "2026-12-04T18:00", "2026-12-04T19:30", "20");
        meetings::update(&w.svc, &fac, m, &moved, &[], "/x", w.now()).await.unwrap();
        w.clock.advance(15 * DAY + DAY / 2);
        while jobs::step(&w.svc, "test").await.unwrap() != jobs::Step::Idle {}
        let reminders: Vec<_> =
            w.queued_emails().await.into_iter().filter(|e| e.subject.starts_with("Reminder")).collect();
        assert_eq!(reminders.len(), 1, "{reminders:?}");
        assert_eq!(reminders[0].to, "reminded@example.org");
        assert!(reminders[0].text.contains("2026-12-04"), "{}", reminders[0].text);
    })
    .await;
}
