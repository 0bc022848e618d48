//! Who takes part: baselines by form and CSV (all or nothing), members'
//! own profiles, the measures of a scope and a period on real contributions,
//! suppression of small groups, outreach links — on both databases.

use tandem_decide::representation::Alert;
use tandem_domain::{Timestamp, community::Role, ideas::IdeaDraft, time::DAY};
use tandem_service::{
    Access, Error,
    representation::{self as who, BaselineInput, Focus, Period, SettingsInput},
    testing::{World, on_each_backend},
};
use tandem_store::{communities, ideas, users};

use crate::fields_of;

fn baseline(dimension: &str, rows: &str) -> BaselineInput {
    BaselineInput {
        school_id: None,
        dimension: dimension.into(),
        source: "School census".into(),
        as_of: "2026-10-01".into(),
        rows: rows.into(),
    }
}

/// `n` new members of `group` who each declare `language`, each writing one
/// idea in the initiative at `at` and endorsing it `extra` more times worth
/// of other ideas (here: `extra` ideas of their own).
async fn crowd(
    w: &World,
    f: &tandem_service::testing::Riverbend,
    group: &str,
    language: &str,
    n: usize,
    ideas_each: usize,
    at: Timestamp,
) {
    let db = w.db.pool();
    let groups = communities::groups(db, f.community_id).await.unwrap();
    let gid = groups.iter().find(|g| g.key == group).map(|g| g.id);
    let mut conn = w.db.acquire().await.unwrap();
    for k in 0..n {
        let name = format!("{group}-{language}-{k}");
        let u =
            users::NewUser { email: None, display_name: &name, password_hash: None, lang: "en", is_site_admin: false };
        let uid = users::create(db, &u, at).await.unwrap();
        let m = communities::NewMembership {
            community_id: f.community_id,
            user_id: uid,
            role: Role::Member,
            group_id: gid,
            school_id: Some(f.school_id),
        };
        communities::add_member(db, &m, at).await.unwrap();
        if !language.is_empty() {
            tandem_store::representation::set_answer(
                &mut conn,
                f.community_id,
                uid,
                "home_language",
                Some(language),
                at,
            )
            .await
            .unwrap();
        }
        for j in 0..ideas_each {
            let d = IdeaDraft::parse("idea", &format!("Idea {j} of {name}"), "A body long enough.", "", "").unwrap();
            ideas::create(db, f.public_id, uid, &d, None, at).await.unwrap();
        }
    }
}

#[tokio::test]
async fn baselines_are_entered_by_form_or_file_all_or_nothing_by_staff_only() {
    on_each_backend(async |w: World| {
        let _ = w.riverbend().await;
        let fac = w.access("fac@example.org").await;
        let member = w.access("member@example.org").await;
        let form = baseline("home_language", "English,300\nSpanish, 150\n\nArabic,50\n");
        assert_eq!(who::set_baseline(&w.svc, &member, &form, w.now()).await, Err(Error::Forbidden));
        who::set_baseline(&w.svc, &fac, &form, w.now()).await.unwrap();
        let all = who::baselines(&w.svc, &member).await.unwrap();
        assert_eq!(all.len(), 1);
        assert_eq!(all[0].groups, vec![("English".into(), 300), ("Spanish".into(), 150), ("Arabic".into(), 50)]);

        // Bad lines are named; nothing changes.
        let bad = baseline("home_language", "English,300\nSpanish,many\nEnglish,3\n");
        match who::set_baseline(&w.svc, &fac, &bad, w.now()).await {
            Err(Error::Invalid(e)) => {
                let lines: Vec<String> = e.0.iter().filter_map(|x| x.args.iter().find(|a| a.0 == "line").map(|a| a.1.clone())).collect();
                assert_eq!(lines, ["2", "3"]);
            }
            other => panic!("{other:?}"),
        }
        assert_eq!(fields_of(who::set_baseline(&w.svc, &fac, &baseline("stakeholder_group", "parents,10\n"), w.now()).await), ["rows"]);
        assert_eq!(fields_of(who::set_baseline(&w.svc, &fac, &baseline("send", "yes,10\nno,90\n"), w.now()).await), ["dimension"]);

        // A file: line 3 is wrong, so neither dimension in it is stored.
        let file = "dimension,group,count\nstakeholder_group,families,400\nneighbourhood,North,-2\nneighbourhood,South,10\n";
        match who::import_baseline(&w.svc, &fac, None, "Census", "2026-10-01", file.as_bytes(), |_| {}, w.now()).await {
            Err(Error::Invalid(e)) => {
                let line = e.0[0].args.iter().find(|a| a.0 == "line").map(|a| a.1.clone());
                assert_eq!(line.as_deref(), Some("3"));
            }
            other => panic!("{other:?}"),
        }
        assert_eq!(who::baselines(&w.svc, &fac).await.unwrap().len(), 1, "nothing half-imported");
        let good = "dimension,group,count\nstakeholder_group,families,400\nstakeholder_group,pupils,600\nhome_language,English,280\nhome_language,Arabic,70\n";
        let mut seen = 0;
        let n = who::import_baseline(&w.svc, &fac, None, "Census", "2026-10-01", good.as_bytes(), |k| seen = k, w.now())
            .await
            .unwrap();
        assert_eq!((n, seen), (4, 4));
        let all = who::baselines(&w.svc, &fac).await.unwrap();
        assert_eq!(all.len(), 2, "the file's home_language replaced the form's");
        let language = all.iter().find(|b| b.dimension == "home_language").unwrap();
        assert_eq!(language.groups.len(), 2);
        let id = language.id;
        assert_eq!(who::remove_baseline(&w.svc, &member, id, w.now()).await, Err(Error::Forbidden));
        who::remove_baseline(&w.svc, &fac, id, w.now()).await.unwrap();
        assert_eq!(who::remove_baseline(&w.svc, &fac, id, w.now()).await, Err(Error::NotFound));
    })
    .await;
}

#[tokio::test]
async fn sensitive_dimensions_and_pupils_profiles_wait_for_the_community() {
    on_each_backend(async |w: World| {
        let _ = w.riverbend().await;
        let admin = w.access("admin@example.org").await;
        let fac = w.access("fac@example.org").await;
        let settings = |sensitive: bool, pupils: bool| SettingsInput {
            sensitive,
            staff_fill_pupils: pupils,
            impact_floor_percent: "80".into(),
            min_baseline: "20".into(),
            capture_contributions_percent: "50".into(),
            capture_participants_percent: "33".into(),
            top10_percent: "50".into(),
        };
        assert_eq!(who::set_settings(&w.svc, &fac, &settings(true, true), w.now()).await, Err(Error::Forbidden));
        let mut wrong = settings(true, true);
        wrong.impact_floor_percent = "180".into();
        assert_eq!(fields_of(who::set_settings(&w.svc, &admin, &wrong, w.now()).await), ["impact_floor"]);
        who::set_settings(&w.svc, &admin, &settings(true, false), w.now()).await.unwrap();
        who::set_baseline(&w.svc, &fac, &baseline("send", "yes,40\nno,360\n"), w.now()).await.unwrap();
        who::set_baseline(&w.svc, &fac, &baseline("home_language", "English,300\nArabic,50\n"), w.now()).await.unwrap();

        // A member answers for themselves; choices are the baseline's groups.
        let member = w.access("member@example.org").await;
        let questions = who::profile(&w.svc, &member).await.unwrap();
        let keys: Vec<&str> = questions.iter().map(|q| q.dimension.key()).collect();
        assert_eq!(keys, ["home_language", "send"]);
        let answer = |d: &str, a: &str| vec![(d.to_owned(), a.to_owned())];
        assert_eq!(
            fields_of(who::set_profile(&w.svc, &member, &answer("home_language", "Klingon"), w.now()).await),
            ["home_language"]
        );
        assert_eq!(
            fields_of(who::set_profile(&w.svc, &member, &answer("shoe_size", "9"), w.now()).await),
            ["dimension"]
        );
        who::set_profile(&w.svc, &member, &answer("home_language", "Arabic"), w.now()).await.unwrap();
        who::set_profile(&w.svc, &member, &answer("send", "-"), w.now()).await.unwrap();
        let questions = who::profile(&w.svc, &member).await.unwrap();
        assert_eq!(questions[0].answer.as_deref(), Some("Arabic"));
        assert_eq!(questions[1].answer.as_deref(), Some("-"), "prefer not to say is kept, so it is not asked again");
        who::set_profile(&w.svc, &member, &answer("home_language", ""), w.now()).await.unwrap();
        assert_eq!(who::profile(&w.svc, &member).await.unwrap()[0].answer, None, "an answer can be withdrawn");

        // Pupils do not fill in a profile; staff may for them only once the community allows it.
        let pupil = w.access("pupil@example.org").await;
        assert_eq!(
            who::set_profile(&w.svc, &pupil, &answer("home_language", "Arabic"), w.now()).await,
            Err(Error::Forbidden)
        );
        let pupil_membership = pupil.membership.as_ref().unwrap().id;
        let arabic = answer("home_language", "Arabic");
        let staff_fill = who::set_pupil_profile(&w.svc, &fac, pupil_membership, &arabic, w.now());
        assert_eq!(staff_fill.await, Err(Error::Forbidden));
        who::set_settings(&w.svc, &admin, &settings(true, true), w.now()).await.unwrap();
        let fac = w.access("fac@example.org").await;
        who::set_pupil_profile(&w.svc, &fac, pupil_membership, &answer("home_language", "Arabic"), w.now())
            .await
            .unwrap();
        let adult = member.membership.as_ref().unwrap().id;
        let english = answer("home_language", "English");
        let not_a_pupil = who::set_pupil_profile(&w.svc, &fac, adult, &english, w.now());
        assert_eq!(not_a_pupil.await, Err(Error::Forbidden), "staff never answer for an adult");
    })
    .await;
}

async fn languages(w: &World, fac: &Access) {
    who::set_baseline(&w.svc, fac, &baseline("home_language", "English,600\nSpanish,300\nArabic,100\n"), w.now())
        .await
        .unwrap();
    who::set_baseline(&w.svc, fac, &baseline("stakeholder_group", "families,900\nteaching_staff,100\n"), w.now())
        .await
        .unwrap();
}

#[tokio::test]
async fn a_report_measures_contributions_in_a_period_against_the_one_before() {
    on_each_backend(async |w: World| {
        let f = w.riverbend().await;
        let fac = w.access("fac@example.org").await;
        languages(&w, &fac).await;
        let earlier = w.now().plus_secs(-30 * DAY);
        // Before: 10 English-speaking families with one idea each.
        crowd(&w, &f, "families", "English", 10, 1, earlier).await;
        // This period: 20 English, 12 Spanish, 3 Arabic families (one idea
        // each) and 6 teachers writing four ideas each.
        crowd(&w, &f, "families", "English", 20, 1, w.now()).await;
        crowd(&w, &f, "families", "Spanish", 12, 1, w.now()).await;
        crowd(&w, &f, "families", "Arabic", 3, 1, w.now()).await;
        crowd(&w, &f, "teaching_staff", "", 6, 4, w.now()).await;

        let (visitor, i) = w.in_initiative("outsider@example.org", &f.public_slug).await;
        let today = w.now().date();
        let from = Timestamp::from_date(today).plus_days(-19).date();
        let period = Period { from: Some(from), to: Some(today) };
        // Staff choose any days; anyone else gets the calendar month the first day falls in.
        let public = who::initiative_report(&w.svc, &visitor, &i, Focus::Initiative, period).await.unwrap();
        let month_start = from.replace_day(1).unwrap();
        assert_eq!(public.period.from, Some(month_start));
        let (fac_access, i) = w.in_initiative("fac@example.org", &f.public_slug).await;
        let r = who::initiative_report(&w.svc, &fac_access, &i, Focus::Initiative, period).await.unwrap();
        assert_eq!(r.period, period);
        let language = r.current.dimensions.iter().find(|d| d.dimension == "home_language").unwrap();
        assert!(language.shown);
        // 3 Arabic: small; the 6 teachers who did not answer (the smallest
        // figure beside it) are hidden to protect it.
        let [en, es, ar] = [&language.groups[0], &language.groups[1], &language.groups[2]];
        assert_eq!((en.participants, es.participants, ar.participants), (Some(20), Some(12), None));
        assert!(ar.suppressed && ar.share.is_none() && ar.rate.is_none() && ar.contribution_share.is_none());
        assert_eq!(language.unknown, None, "hidden to protect the small group");
        assert!((en.share.unwrap() - 20.0 / 35.0).abs() < 1e-12);
        assert!((es.ratio.unwrap() - (12.0 / 35.0) / 0.3).abs() < 1e-12);
        assert!((en.rate.unwrap() - 20.0 / 600.0).abs() < 1e-12);

        let groups = r.current.dimensions.iter().find(|d| d.dimension == "stakeholder_group").unwrap();
        let teachers = &groups.groups[1];
        assert_eq!(teachers.participants, Some(6));
        // Teachers: 6 of 41 participants, 24 of 59 contributions.
        assert!((teachers.contribution_share.unwrap() - 24.0 / 59.0).abs() < 1e-12);
        let voice = r.current.voice.as_ref().unwrap();
        assert_eq!((voice.participants, voice.contributions), (41, 59));
        // ⌈4.1⌉ = 5 largest: five teachers' 20 of 59.
        assert!((voice.top10_share.unwrap() - 20.0 / 59.0).abs() < 1e-12);
        // Families' rate 35/900 against teachers' 6/100: a gap.
        assert!(r.current.alerts.iter().any(|a| matches!(a, Alert::Gap { group, .. } if group == "families")));

        // The period before: only the ten earlier families.
        let (before, previous) = r.previous.as_ref().unwrap();
        assert_eq!(before.to, Some(Timestamp::from_date(from).plus_days(-1).date()));
        assert_eq!(previous.voice.as_ref().map(|v| v.participants), Some(10));

        // The ideas board alone is the same people; a poll of the initiative nobody voted in has no voice.
        let board = who::initiative_report(&w.svc, &visitor, &i, Focus::Ideas, Period::default()).await.unwrap();
        assert_eq!(board.current.voice.as_ref().map(|v| v.participants), Some(51));
        assert_eq!(
            who::initiative_report(&w.svc, &visitor, &i, Focus::Poll(999_999), Period::default()).await.err(),
            Some(Error::NotFound)
        );
        // The members-only initiative is not found by a visitor.
        let private = w.in_initiative("fac@example.org", &f.private_slug).await.1;
        assert_eq!(
            who::initiative_report(&w.svc, &visitor, &private, Focus::Initiative, Period::default()).await.err(),
            Some(Error::NotFound)
        );
        // Bad dates are refused with the field named.
        assert_eq!(fields_of(Period::parse("2026-13-01", "")), ["from"]);
        assert_eq!(fields_of(Period::parse("2026-10-02", "2026-10-01")), ["to"]);

        // The community as a whole and its school agree here (one initiative, one school).
        let community = who::community_report(&w.svc, &visitor, None, Period::default()).await.unwrap();
        assert_eq!(community.current.voice.as_ref().map(|v| v.participants), Some(51));
        let school = who::community_report(&w.svc, &visitor, Some(f.school_id), Period::default()).await.unwrap();
        assert_eq!(school.current.voice.as_ref().map(|v| v.participants), Some(51));
        let unknown_school = who::community_report(&w.svc, &visitor, Some(999_999), Period::default()).await;
        assert_eq!(fields_of(unknown_school.map(|r| r.period)), ["school"]);
    })
    .await;
}

/// A report is counted once per half minute; a new baseline shows at once.
#[tokio::test]
async fn reports_are_kept_for_a_moment_and_dropped_when_the_baseline_changes() {
    on_each_backend(async |w: World| {
        let f = w.riverbend().await;
        let fac = w.access("fac@example.org").await;
        languages(&w, &fac).await;
        crowd(&w, &f, "families", "English", 6, 1, w.now()).await;
        let (visitor, i) = w.in_initiative("outsider@example.org", &f.public_slug).await;
        let people = |r: &who::WhoTakesPart| r.current.voice.as_ref().map(|v| v.participants);
        let first = who::initiative_report(&w.svc, &visitor, &i, Focus::Initiative, Period::default()).await.unwrap();
        assert_eq!(people(&first), Some(6));
        crowd(&w, &f, "families", "Spanish", 5, 1, w.now()).await;
        let kept = who::initiative_report(&w.svc, &visitor, &i, Focus::Initiative, Period::default()).await.unwrap();
        assert_eq!(people(&kept), Some(6), "counted once per half minute");
        w.clock.advance(who::MEMO_SECONDS);
        let fresh = who::initiative_report(&w.svc, &visitor, &i, Focus::Initiative, Period::default()).await.unwrap();
        assert_eq!(people(&fresh), Some(11));
        let input = baseline("home_language", "English,600\nSpanish,300\nArabic,100\nVietnamese,40\n");
        who::set_baseline(&w.svc, &fac, &input, w.now()).await.unwrap();
        let after = who::initiative_report(&w.svc, &visitor, &i, Focus::Initiative, Period::default()).await.unwrap();
        let language = after.current.dimensions.iter().find(|d| d.dimension == "home_language").unwrap();
        assert_eq!(language.groups.len(), 4, "a new baseline shows at once");
    })
    .await;
}

#[tokio::test]
async fn outreach_links_are_member_invitations_aimed_at_a_group() {
    on_each_backend(async |w: World| {
        let _ = w.riverbend().await;
        let fac = w.access("fac@example.org").await;
        let member = w.access("member@example.org").await;
        languages(&w, &fac).await;
        assert_eq!(
            who::invite_group(&w.svc, &member, "home_language", "Arabic", "", w.now()).await.err(),
            Some(Error::Forbidden)
        );
        let klingon = who::invite_group(&w.svc, &fac, "home_language", "Klingon", "", w.now()).await.map(|c| c.id);
        assert_eq!(fields_of(klingon), ["aim"]);
        let made = who::invite_group(&w.svc, &fac, "home_language", "Arabic", "7", w.now()).await.unwrap();
        assert_eq!(made.expires_at, w.now().plus_days(7));
        who::invite_group(&w.svc, &fac, "stakeholder_group", "families", "", w.now()).await.unwrap();
        let sent = who::outreach(&w.svc, &fac).await.unwrap();
        assert_eq!(
            sent,
            vec![
                ("home_language".to_owned(), "Arabic".to_owned(), 1, 0),
                ("stakeholder_group".to_owned(), "families".to_owned(), 1, 0)
            ]
        );
        let admin = w.access("admin@example.org").await;
        let list = tandem_service::invitations::list(&w.svc, &admin, "", 10).await.unwrap();
        assert!(list.items.iter().all(|i| i.role == Role::Member), "outreach never invites staff");
        assert_eq!(who::outreach(&w.svc, &member).await.err(), Some(Error::Forbidden));
    })
    .await;
}

/// Many replacements of the same baseline at once leave exactly one.
#[tokio::test]
async fn concurrent_replacements_leave_one_baseline_per_dimension() {
    on_each_backend(async |w: World| {
        let _ = w.riverbend().await;
        let fac = w.access("fac@example.org").await;
        let mut set = tokio::task::JoinSet::new();
        for k in 0..8 {
            let (svc, fac) = (w.svc.clone(), fac.clone());
            set.spawn(async move {
                let input = baseline("home_language", &format!("English,{}\nArabic,{}\n", 100 + k, 10 + k));
                who::set_baseline(&svc, &fac, &input, svc.now()).await
            });
        }
        let results: Vec<_> = set.join_all().await;
        assert!(results.iter().filter(|r| r.is_ok()).count() >= 1);
        for r in &results {
            assert!(matches!(r, Ok(_) | Err(Error::Busy { .. }) | Err(Error::Conflict(_))), "{r:?}");
        }
        let all = who::baselines(&w.svc, &fac).await.unwrap();
        assert_eq!(all.iter().filter(|b| b.dimension == "home_language").count(), 1);
        assert_eq!(all[0].groups.len(), 2);
    })
    .await;
}
