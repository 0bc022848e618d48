//! Co-delivery rosters on both databases: strengths private unless shared
//! and then only as suggestions to facilitators; every role says what it
//! gives back; pupils only on supervised shifts; adults in roles with pupils
//! only with a cleared, unexpired check; 50 people racing for 10 places
//! leave exactly 10; hours thanked, promises back kept or found on the
//! health view.

use tandem_domain::{
    health::Check,
    rosters::{ProfileInput, RoleInput},
    time::DAY,
};
use tandem_service::{
    Error, rosters,
    testing::{World, on_each_backend},
};
use tokio::task::JoinSet;

use crate::{fields_of, member};

fn buddy(pupils: bool) -> RoleInput {
    RoleInput {
        title: if pupils { "Pupil buddy".into() } else { "Reading buddy".into() },
        description: "Reads with a Year 3 pupil twice a week.".into(),
        skills: "reading aloud, patience".into(),
        languages: "Spanish".into(),
        time_ask: "An hour a week".into(),
        safeguarding: !pupils,
        pupils,
        gives_back: vec!["training".into(), "certificate".into()],
        gives_back_detail: "Two sessions of reading training".into(),
    }
}

fn shift<'a>(starts: &'a str, ends: &'a str, capacity: &'a str) -> (&'a str, &'a str, &'a str, &'a str) {
    (starts, ends, capacity, "Library, Riverbend Elementary")
}

#[tokio::test]
async fn rosters_hold_their_places_and_their_promises() {
    on_each_backend(|w| async move {
        let w = w.sending_mail();
        let f = w.riverbend().await;
        let (fac, initiative) = w.in_initiative("fac@example.org", &f.public_slug).await;
        let parent = w.access("member@example.org").await;
        let pupil = w.access("pupil@example.org").await;
        let (teacher_id, _) = member(&w, &f, "teaching_staff", "teacher").await;
        let parent_id = parent.user_id().unwrap();

        // Every role says what it gives back.
        let none = RoleInput { gives_back: Vec::new(), ..buddy(false) };
        assert_eq!(
            fields_of(rosters::create_role(&w.svc, &fac, &initiative, &none, w.now()).await),
            vec!["gives_back"]
        );
        let reading = rosters::create_role(&w.svc, &fac, &initiative, &buddy(false), w.now()).await.unwrap();
        let pupils = rosters::create_role(&w.svc, &fac, &initiative, &buddy(true), w.now()).await.unwrap();

        // Shifts: pupils only with a supervisor, who is staff.
        let s = shift("2026-12-01T15:00", "2026-12-01T16:00", "10");
        assert_eq!(
            fields_of(rosters::add_shift(&w.svc, &fac, &initiative, pupils, s, "", w.now()).await),
            vec!["supervisor"]
        );
        let by_parent = rosters::add_shift(&w.svc, &fac, &initiative, pupils, s, &parent_id.to_string(), w.now()).await;
        assert_eq!(fields_of(by_parent), vec!["supervisor"]);
        let supervised =
            rosters::add_shift(&w.svc, &fac, &initiative, pupils, s, &teacher_id.to_string(), w.now()).await.unwrap();
        let reading_shift = rosters::add_shift(&w.svc, &fac, &initiative, reading, s, "", w.now()).await.unwrap();
        let bad = shift("2026-12-01T15:00", "2026-12-01T14:00", "0");
        let mut fields = fields_of(rosters::add_shift(&w.svc, &fac, &initiative, reading, bad, "", w.now()).await);
        fields.sort_unstable();
        assert_eq!(fields, vec!["capacity", "ends_at"]);

        // A pupil takes a supervised place only; an adult needs a cleared check on the day.
        let adults = rosters::sign_up(&w.svc, &pupil, &initiative, reading, reading_shift, w.now()).await;
        assert!(matches!(adults, Err(Error::Conflict("error-role-adults-only"))), "{adults:?}");
        rosters::sign_up(&w.svc, &pupil, &initiative, pupils, supervised, w.now()).await.unwrap();
        let unchecked = rosters::sign_up(&w.svc, &parent, &initiative, reading, reading_shift, w.now()).await;
        assert!(matches!(unchecked, Err(Error::Conflict("error-safeguarding-needed"))), "{unchecked:?}");
        let pid = parent_id.to_string();
        assert_eq!(
            fields_of(rosters::record_check(&w.svc, &fac, &pid, "cleared", "", w.now()).await),
            vec!["expires_on"]
        );
        rosters::record_check(&w.svc, &fac, &pid, "cleared", "2026-11-30", w.now()).await.unwrap();
        let expired = rosters::sign_up(&w.svc, &parent, &initiative, reading, reading_shift, w.now()).await;
        assert!(matches!(expired, Err(Error::Conflict("error-safeguarding-needed"))), "expires the day before");
        assert!(matches!(rosters::checks(&w.svc, &parent).await, Err(Error::Forbidden)), "checks are staff records");
        rosters::record_check(&w.svc, &fac, &pid, "cleared", "2027-09-01", w.now()).await.unwrap();
        let signup = rosters::sign_up(&w.svc, &parent, &initiative, reading, reading_shift, w.now()).await.unwrap();
        let twice = rosters::sign_up(&w.svc, &parent, &initiative, reading, reading_shift, w.now()).await;
        assert!(matches!(twice, Err(Error::Conflict("error-already-signed-up"))), "{twice:?}");

        // Strengths: private unless shared; shared ones become suggestions for staff only.
        let (_, helper) = member(&w, &f, "families", "helper").await;
        let profile = ProfileInput {
            skills: "Reading aloud".into(),
            languages: "spanish".into(),
            availability: vec!["weekday_afternoon".into()],
            ..ProfileInput::default()
        };
        rosters::save_profile(&w.svc, &helper, &profile, w.now()).await.unwrap();
        let staff_view = rosters::role_view(&w.svc, &fac, &initiative, reading, w.now()).await.unwrap();
        assert!(staff_view.shifts[0].matches.is_empty(), "a private profile suggests nothing");
        rosters::save_profile(&w.svc, &helper, &ProfileInput { shared: true, ..profile }, w.now()).await.unwrap();
        let staff_view = rosters::role_view(&w.svc, &fac, &initiative, reading, w.now()).await.unwrap();
        let m = &staff_view.shifts[0].matches;
        assert_eq!((m.len(), m[0].1.as_str(), m[0].2.score), (1, "helper", 5), "{m:?}");
        let public = rosters::role_view(&w.svc, &w.access("outsider@example.org").await, &initiative, reading, w.now())
            .await
            .unwrap();
        assert!(public.shifts[0].matches.is_empty() && public.shifts[0].signups.is_empty());
        assert_eq!(rosters::my_profile(&w.svc, &parent).await.unwrap(), None, "nobody else's");

        // Hours are thanked and promise what the role gives back, until it is kept.
        assert_eq!(
            fields_of(rosters::record_hours(&w.svc, &fac, &initiative, reading, signup, "13", "/x", w.now()).await),
            vec!["hours"]
        );
        rosters::record_hours(&w.svc, &fac, &initiative, reading, signup, "1.5", "/x", w.now()).await.unwrap();
        assert!(
            w.queued_emails().await.iter().any(|m| m.to == "member@example.org" && m.subject.starts_with("Thank you"))
        );
        let mine = rosters::role_view(&w.svc, &parent, &initiative, reading, w.now()).await.unwrap();
        assert_eq!((mine.my_minutes, mine.my_promises.len()), (90, 2));
        w.clock.advance(31 * DAY);
        let findings = |w: &World| {
            let (svc, i, now) = (w.svc.clone(), initiative.clone(), w.now());
            async move { tandem_service::health::evaluate(&svc, &i, now).await.unwrap().health.findings }
        };
        let found = findings(&w).await;
        assert!(found.iter().any(|x| x.check == Check::PromisesUndelivered && x.count == 2), "{found:?}");
        for kind in ["training", "certificate"] {
            rosters::deliver(&w.svc, &fac, &initiative, reading, &pid, kind, w.now()).await.unwrap();
        }
        let again = rosters::deliver(&w.svc, &fac, &initiative, reading, &pid, "training", w.now()).await;
        assert!(matches!(again, Err(Error::Conflict("error-promise-not-open"))), "{again:?}");
        assert!(!findings(&w).await.iter().any(|x| x.check == Check::PromisesUndelivered));
        let csv = rosters::hours_csv(&w.svc, &fac, &initiative).await.unwrap();
        assert!(csv.contains("member") && csv.contains("1.50"), "{csv}");
    })
    .await;
}

#[tokio::test]
async fn fifty_people_racing_for_ten_places_leave_exactly_ten() {
    on_each_backend(|w| async move {
        let f = w.riverbend().await;
        let (fac, initiative) = w.in_initiative("fac@example.org", &f.public_slug).await;
        let role = RoleInput { safeguarding: false, ..buddy(false) };
        let role = rosters::create_role(&w.svc, &fac, &initiative, &role, w.now()).await.unwrap();
        let s = rosters::add_shift(
            &w.svc,
            &fac,
            &initiative,
            role,
            shift("2026-12-05T10:00", "2026-12-05T12:00", "10"),
            "",
            w.now(),
        )
        .await
        .unwrap();
        let mut people = Vec::new();
        for n in 0..50 {
            people.push(member(&w, &f, "families", &format!("volunteer{n}")).await.1);
        }
        let mut set = JoinSet::new();
        for access in people {
            let (svc, i, now) = (w.svc.clone(), initiative.clone(), w.now());
            set.spawn(async move { rosters::sign_up(&svc, &access, &i, role, s, now).await });
        }
        let (mut placed, mut full) = (0, 0);
        while let Some(r) = set.join_next().await {
            match r.unwrap() {
                Ok(_) => placed += 1,
                Err(Error::Conflict("error-shift-full")) => full += 1,
                Err(e) => panic!("unexpected {e:?}"),
            }
        }
        assert_eq!((placed, full), (10, 40));
        let v = rosters::role_view(&w.svc, &fac, &initiative, role, w.now()).await.unwrap();
        assert_eq!((v.shifts[0].taken, v.shifts[0].left), (10, 0));
    })
    .await;
}
