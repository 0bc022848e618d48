//! The survey core on both databases: drafts take questions and open; the
//! roll gets a token per invitee; answers are checked (nothing stored when
//! wrong), a token answers once even when used many times at once, and an
//! anonymous response holds nothing that joins it back to its respondent.

use sqlx::{Column, Row};
use tandem_domain::surveys::{QuestionInput, RawAnswers};
use tandem_service::{Error, surveys, testing::on_each_backend};
use tokio::task::JoinSet;

use crate::fields_of;

fn raw(pairs: &[(&str, &str)]) -> RawAnswers {
    let mut out = RawAnswers::new();
    for (k, v) in pairs {
        out.entry((*k).to_owned()).or_default().push((*v).to_owned());
    }
    out
}

async fn invite(
    w: &tandem_service::testing::World,
    fac: &tandem_service::Access,
    id: i64,
    groups: &[&str],
) -> Vec<(i64, String)> {
    let audience = surveys::Audience { groups: groups.iter().map(|g| (*g).to_owned()).collect(), ..Default::default() };
    surveys::invite(&w.svc, fac, id, &audience, w.now()).await.unwrap().tokens
}

fn question(kind: &str, prompt: &str, options: &str, required: bool) -> QuestionInput {
    QuestionInput {
        kind: kind.into(),
        prompt: prompt.into(),
        options: options.into(),
        labels: "agreement".into(),
        required,
        ..QuestionInput::default()
    }
}

#[tokio::test]
async fn an_anonymous_answer_is_stored_once_and_cannot_be_joined_back() {
    on_each_backend(|w| async move {
        let f = w.riverbend().await;
        let fac = w.access("fac@example.org").await;
        let visitor = w.access("outsider@example.org").await;
        let bad = surveys::create(&w.svc, &fac, None, ("", "", "secret"), w.now()).await;
        let mut fields = fields_of(bad);
        fields.sort_unstable();
        assert_eq!(fields, vec!["mode", "title"]);
        let id = surveys::create(&w.svc, &fac, Some(f.public_id), ("Families and school", "", "anonymous"), w.now())
            .await
            .unwrap();
        assert!(matches!(surveys::open(&w.svc, &fac, id, w.now()).await, Err(Error::Conflict("error-survey-empty"))));
        let q1 = question("single", "Do you feel welcome at school?", "Yes\nNo", true);
        surveys::add_question(&w.svc, &fac, id, &q1, w.now()).await.unwrap();
        let q2 = question("scale", "How much do you trust the school's teachers?", "", false);
        surveys::add_question(&w.svc, &fac, id, &q2, w.now()).await.unwrap();
        surveys::open(&w.svc, &fac, id, w.now()).await.unwrap();
        let late = surveys::add_question(&w.svc, &fac, id, &q2, w.now()).await;
        assert!(matches!(late, Err(Error::Conflict("error-survey-not-draft"))), "{late:?}");

        // Families are on the roll, one token each; inviting again adds no one.
        let invited = invite(&w, &fac, id, &["families"]).await;
        assert_eq!(invited.len(), 4);
        assert!(invite(&w, &fac, id, &["families"]).await.is_empty());

        // Wrong answers store nothing and leave the token unused.
        let (_, token) = &invited[0];
        let wrong = surveys::respond(&w.svc, &visitor, token, &raw(&[("q1", "9")])).await;
        let mut fields = fields_of(wrong);
        fields.sort_unstable();
        assert_eq!(fields, vec!["q0", "q1"], "the required question skipped, the scale out of range");
        assert!(!surveys::invitation(&w.svc, &visitor, token).await.unwrap().answered);
        assert!(matches!(
            surveys::respond(&w.svc, &visitor, "not-a-token", &raw(&[("q0", "0")])).await,
            Err(Error::NotFound)
        ));

        // Ten uses of one token at once store one answer.
        let mut set = JoinSet::new();
        for _ in 0..10 {
            let (svc, access, token) = (w.svc.clone(), visitor.clone(), token.clone());
            set.spawn(async move { surveys::respond(&svc, &access, &token, &raw(&[("q0", "0"), ("q1", "4")])).await });
        }
        let mut stored = 0;
        while let Some(r) = set.join_next().await {
            match r.unwrap() {
                Ok(()) => stored += 1,
                Err(Error::Conflict("error-survey-answered")) => {}
                Err(e) => panic!("unexpected {e:?}"),
            }
        }
        assert_eq!(stored, 1);
        let (_, second) = &invited[1];
        surveys::respond(&w.svc, &visitor, second, &raw(&[("q0", "1")])).await.unwrap();

        // The response keeps no user, no token, no time; the roll no time either.
        let db = w.db.pool();
        let responses = tandem_store::surveys::responses(db, id).await.unwrap();
        assert_eq!(responses.len(), 2);
        let roll = tandem_store::surveys::roll(db, id).await.unwrap();
        let rows = sqlx::query("SELECT * FROM survey_roll WHERE survey_id = $1").bind(id).fetch_all(db).await.unwrap();
        let roll_columns: Vec<String> = rows[0].columns().iter().map(|c| c.name().to_owned()).collect();
        let rows =
            sqlx::query("SELECT * FROM survey_responses WHERE survey_id = $1").bind(id).fetch_all(db).await.unwrap();
        let response_columns: Vec<String> = rows[0].columns().iter().map(|c| c.name().to_owned()).collect();
        assert!(
            roll_columns.iter().chain(&response_columns).all(|c| !c.ends_with("_at") && !c.ends_with("_on")),
            "no time is kept"
        );
        assert!(!response_columns.iter().any(|c| c.contains("token") || c.contains("roll")));
        for r in &responses {
            assert_eq!(r.user_id, None);
            let hashes: Vec<String> = invited.iter().map(|(_, t)| tandem_service::secrets::token_hash(t)).collect();
            assert!(!hashes.contains(&r.id) && !invited.iter().any(|(_, t)| *t == r.id));
            assert!(!roll.iter().any(|x| x.id.to_string() == r.id));
        }
        let rates = surveys::response_rates(&w.svc, &fac, id).await.unwrap();
        assert_eq!(rates, vec![(Some("families".to_owned()), 4, 2)]);
    })
    .await;
}

#[tokio::test]
async fn a_confidential_answer_keeps_who_gave_it() {
    on_each_backend(|w| async move {
        w.riverbend().await;
        let fac = w.access("fac@example.org").await;
        let id = surveys::create(&w.svc, &fac, None, ("Staff pulse", "", "confidential"), w.now()).await.unwrap();
        surveys::add_question(&w.svc, &fac, id, &question("rating", "How manageable is your week?", "", true), w.now())
            .await
            .unwrap();
        surveys::open(&w.svc, &fac, id, w.now()).await.unwrap();
        let invited = invite(&w, &fac, id, &["pupils"]).await;
        let (who, token) = &invited[0];
        surveys::respond(&w.svc, &w.access("outsider@example.org").await, token, &raw(&[("q0", "7")])).await.unwrap();
        let stored = tandem_store::surveys::responses(w.db.pool(), id).await.unwrap();
        assert_eq!(stored[0].user_id, Some(*who));
    })
    .await;
}

#[tokio::test]
async fn results_show_only_what_enough_answers_allow() {
    use tandem_service::surveys::QuestionResult;
    on_each_backend(|w| async move {
        let f = w.riverbend().await;
        let fac = w.access("fac@example.org").await;
        let visitor = w.access("outsider@example.org").await;
        for n in 0..12 {
            crate::member(&w, &f, "families", &format!("parent{n}")).await;
        }
        for n in 0..7 {
            crate::member(&w, &f, "teaching_staff", &format!("teacher{n}")).await;
        }
        let id = surveys::create(&w.svc, &fac, None, ("Connections", "", "anonymous"), w.now()).await.unwrap();
        let trust = question("scale", "How much do you trust the school?", "", true);
        surveys::add_question(&w.svc, &fac, id, &trust, w.now()).await.unwrap();
        surveys::add_question(&w.svc, &fac, id, &question("long_text", "What would help?", "", false), w.now())
            .await
            .unwrap();
        surveys::open(&w.svc, &fac, id, w.now()).await.unwrap();
        let invited = invite(&w, &fac, id, &["families", "teaching_staff"]).await;
        let groups = tandem_store::communities::groups(w.db.pool(), f.community_id).await.unwrap();
        let staff_group = groups.iter().find(|g| g.key == "teaching_staff").unwrap().id;
        let mut staff_tokens = Vec::new();
        let mut family_tokens = Vec::new();
        for (user, token) in &invited {
            let m = tandem_store::communities::membership(w.db.pool(), f.community_id, *user).await.unwrap().unwrap();
            if m.group_id == Some(staff_group) {
                staff_tokens.push(token.clone())
            } else {
                family_tokens.push(token.clone())
            }
        }
        for (n, token) in family_tokens.iter().take(10).enumerate() {
            let value = if n % 2 == 0 { "4" } else { "5" };
            surveys::respond(&w.svc, &visitor, token, &raw(&[("q0", value), ("q1", "More evenings")])).await.unwrap();
        }
        for token in staff_tokens.iter().take(2) {
            surveys::respond(&w.svc, &visitor, token, &raw(&[("q0", "2")])).await.unwrap();
        }
        // Until published, only organisers read results.
        assert!(matches!(surveys::results(&w.svc, &visitor, id).await, Err(Error::Conflict("error-survey-unpublished"))));
        // Two staff answers are too few, and showing the families' count would give them away.
        let r = surveys::results(&w.svc, &fac, id).await.unwrap();
        match &r.results[0] {
            QuestionResult::Points { overall, by_group, by_school } => {
                assert_eq!(overall.estimate.unwrap().n, 12);
                assert!(by_group.is_empty(), "{by_group:?}");
                assert!(by_school.iter().all(|(_, e)| e.n >= 5), "{by_school:?}");
            }
            other => panic!("{other:?}"),
        }
        assert!(matches!(&r.results[1], QuestionResult::Texts(t) if t.len() == 10 && t.iter().all(|a| a.published.is_none())));
        // Five more staff answers: both groups may be shown.
        for token in staff_tokens.iter().skip(2).take(5) {
            surveys::respond(&w.svc, &visitor, token, &raw(&[("q0", "3")])).await.unwrap();
        }
        assert!(matches!(surveys::publish(&w.svc, &fac, id, w.now()).await, Err(Error::Conflict("error-survey-not-closed"))));
        surveys::close(&w.svc, &fac, id, w.now()).await.unwrap();
        let late = surveys::respond(&w.svc, &visitor, &family_tokens[11], &raw(&[("q0", "3")])).await;
        assert!(matches!(late, Err(Error::Conflict("error-survey-not-open"))));
        // Written answers are published one by one.
        let r = surveys::results(&w.svc, &fac, id).await.unwrap();
        let QuestionResult::Texts(texts) = &r.results[1] else { panic!() };
        surveys::moderate(&w.svc, &fac, id, &texts[0].response_id, 1, true, w.now()).await.unwrap();
        surveys::moderate(&w.svc, &fac, id, &texts[1].response_id, 1, false, w.now()).await.unwrap();
        assert!(matches!(surveys::moderate(&w.svc, &fac, id, &texts[0].response_id, 0, true, w.now()).await, Err(Error::NotFound)), "not a text question");
        surveys::publish(&w.svc, &fac, id, w.now()).await.unwrap();
        let r = surveys::results(&w.svc, &visitor, id).await.unwrap();
        match &r.results[0] {
            QuestionResult::Points { by_group, .. } => {
                let families = by_group.iter().find(|(k, _)| k.as_deref() == Some("families")).unwrap().1;
                assert!((families.mean - 4.5).abs() < 1e-9 && families.low < 4.5 && families.high > 4.5);
                assert_eq!(by_group.len(), 2);
            }
            other => panic!("{other:?}"),
        }
        match &r.results[1] {
            QuestionResult::Texts(t) => assert_eq!(t.len(), 1, "only the published answer"),
            other => panic!("{other:?}"),
        }
        // Visitors' results are kept for a moment, but a moderation shows at once.
        surveys::moderate(&w.svc, &fac, id, &texts[2].response_id, 1, true, w.now()).await.unwrap();
        let r = surveys::results(&w.svc, &visitor, id).await.unwrap();
        assert!(matches!(&r.results[1], QuestionResult::Texts(t) if t.len() == 2));
        assert!(r.rates.is_empty(), "response rates per group are for organisers");
        let staff = surveys::results(&w.svc, &fac, id).await.unwrap();
        let families = staff.rates.iter().find(|(k, ..)| k.as_deref() == Some("families")).unwrap();
        assert_eq!((families.1, families.2), (family_tokens.len() as i64, 10));
    })
    .await;
}

/// Answers the four-Cs family template: every item `base`, the connections items `connections`.
fn four_cs(base: u8, connections: u8) -> RawAnswers {
    let mut pairs: Vec<(String, String)> = Vec::new();
    for q in 0..12 {
        let v = if (3..6).contains(&q) { connections } else { base };
        pairs.push((format!("q{q}"), v.to_string()));
    }
    let mut out = RawAnswers::new();
    for (k, v) in pairs {
        out.entry(k).or_default().push(v);
    }
    out
}

#[tokio::test]
async fn waves_measure_the_change_on_each_scale_and_close_the_loop_to_an_outcome() {
    use tandem_service::initiatives::{self, OutcomeInput};
    on_each_backend(|w| async move {
        let f = w.riverbend().await;
        let fac = w.access("fac@example.org").await;
        let visitor = w.access("outsider@example.org").await;
        for n in 0..12 {
            crate::member(&w, &f, "families", &format!("parent{n}")).await;
        }
        let (_, initiative) = w.in_initiative("fac@example.org", &f.public_slug).await;
        let outcome = initiatives::add_outcome(
            &w.svc,
            &fac,
            &initiative,
            &OutcomeInput {
                description: "Families feel connected to the school".into(),
                measure: "Connections score, family survey".into(),
                target: "3.5 or more".into(),
            },
            w.now(),
        )
        .await
        .unwrap();
        assert_eq!(surveys::unmeasured(&w.svc, initiative.id).await.unwrap(), 1);

        let bad = surveys::from_template(&w.svc, &fac, Some(initiative.id), "panorama", "en", w.now()).await;
        assert_eq!(fields_of(bad), vec!["template"]);
        let first =
            surveys::from_template(&w.svc, &fac, Some(initiative.id), "four-cs-families", "es", w.now()).await.unwrap();
        let (s, questions, scales) = surveys::get(&w.svc, &fac, first).await.unwrap();
        assert_eq!(s.title, "Trabajar juntos: familias");
        assert_eq!((questions.len(), scales.len()), (13, 4));
        assert_eq!(scales[1].name, "Conexiones");
        // A scale name already taken, an item that is not on five points, an outcome of nobody's.
        let bad =
            surveys::add_scale(&w.svc, &fac, first, ("Conexiones", &["13".into()], &[]), Some(9999), w.now()).await;
        let mut fields = fields_of(bad);
        fields.sort_unstable();
        assert_eq!(fields, vec!["items", "outcome"]);
        surveys::link_outcome(&w.svc, &fac, first, 1, Some(outcome.id), w.now()).await.unwrap();

        surveys::open(&w.svc, &fac, first, w.now()).await.unwrap();
        let tokens = invite(&w, &fac, first, &["families"]).await;
        for (n, (_, token)) in tokens.iter().take(12).enumerate() {
            surveys::respond(&w.svc, &visitor, token, &four_cs(3, if n % 2 == 0 { 2 } else { 3 })).await.unwrap();
        }
        surveys::close(&w.svc, &fac, first, w.now()).await.unwrap();
        assert_eq!(surveys::unmeasured(&w.svc, initiative.id).await.unwrap(), 1, "not published yet");
        surveys::publish(&w.svc, &fac, first, w.now()).await.unwrap();
        assert_eq!(surveys::unmeasured(&w.svc, initiative.id).await.unwrap(), 0);

        // The end-of-year wave repeats it, scales and link included.
        let bad = surveys::new_wave(&w.svc, &fac, first, "", w.now()).await;
        assert_eq!(fields_of(bad), vec!["wave_label"]);
        let bad = surveys::name_wave(&w.svc, &fac, first, " ", w.now()).await;
        assert_eq!(fields_of(bad), vec!["wave_label"]);
        surveys::name_wave(&w.svc, &fac, first, "Start of year", w.now()).await.unwrap();
        let second = surveys::new_wave(&w.svc, &fac, first, "End of year", w.now()).await.unwrap();
        surveys::open(&w.svc, &fac, second, w.now()).await.unwrap();
        let tokens = invite(&w, &fac, second, &["families"]).await;
        for (n, (_, token)) in tokens.iter().take(12).enumerate() {
            surveys::respond(&w.svc, &visitor, token, &four_cs(3, if n % 2 == 0 { 4 } else { 5 })).await.unwrap();
        }
        surveys::close(&w.svc, &fac, second, w.now()).await.unwrap();
        let r = surveys::results(&w.svc, &fac, second).await.unwrap();
        let connections = &r.scales[1];
        let now = connections.estimate.unwrap();
        assert!((now.mean - 4.5).abs() < 1e-9, "{now:?}");
        let (before, was, change) = connections.previous.clone().unwrap();
        assert_eq!((before.id, before.wave_label.as_str()), (first, "Start of year"));
        assert!((was.mean - 2.5).abs() < 1e-9);
        let change = change.unwrap();
        assert!(
            (change.difference - 2.0).abs() < 1e-9 && change.low > 0.0,
            "a rise whose interval excludes none: {change:?}"
        );
        assert_eq!(connections.outcome.as_ref().map(|o| o.0), Some(outcome.id));
        assert_eq!(r.scales[0].alpha, None, "identical answers to every item have no variance to compare");
        // Visitors see the triangle's measure from the published wave only.
        let m = surveys::measured(&w.svc, &visitor, initiative.id).await.unwrap();
        assert_eq!(m.len(), 1);
        assert_eq!(m[0].survey.id, first);
        surveys::publish(&w.svc, &fac, second, w.now()).await.unwrap();
        let m = surveys::measured(&w.svc, &visitor, initiative.id).await.unwrap();
        assert_eq!(m[0].survey.id, second);
        assert!(m[0].change.unwrap().difference > 1.9);
    })
    .await;
}

#[tokio::test]
async fn reminders_reach_only_those_who_have_not_answered_and_paper_counts() {
    on_each_backend(|w| async move {
        w.riverbend().await;
        let fac = w.access("fac@example.org").await;
        let visitor = w.access("outsider@example.org").await;
        let id = surveys::create(&w.svc, &fac, None, ("Evenings", "", "anonymous"), w.now()).await.unwrap();
        surveys::add_question(
            &w.svc,
            &fac,
            id,
            &question("single", "Which evening suits you?", "Tue\nThu", true),
            w.now(),
        )
        .await
        .unwrap();
        surveys::open(&w.svc, &fac, id, w.now()).await.unwrap();
        let bad = surveys::invite(&w.svc, &fac, id, &surveys::Audience::default(), w.now()).await;
        assert_eq!(fields_of(bad), vec!["groups"]);
        let nowhere = surveys::Audience { meeting: Some(9999), event: Some(9999), ..Default::default() };
        let mut fields = fields_of(surveys::invite(&w.svc, &fac, id, &nowhere, w.now()).await);
        fields.sort_unstable();
        assert_eq!(fields, vec!["event", "meeting"]);
        let invited = invite(&w, &fac, id, &["families"]).await;
        surveys::respond(&w.svc, &visitor, &invited[0].1, &raw(&[("q0", "0")])).await.unwrap();
        assert_eq!(surveys::remind(&w.svc, &fac, id, w.now()).await.unwrap(), invited.len() - 1);
        // The first links of those reminded stop working; the answered one's too, having been used.
        assert!(matches!(surveys::invitation(&w.svc, &visitor, &invited[1].1).await, Err(Error::NotFound)));

        // Blank printed links, and a paper form entered with a note.
        let bad = surveys::blank_links(&w.svc, &fac, id, ("nobody", None, "0"), w.now()).await;
        let mut fields = fields_of(bad);
        fields.sort_unstable();
        assert_eq!(fields, vec!["count", "group"]);
        let links = surveys::blank_links(&w.svc, &fac, id, ("families", None, "3"), w.now()).await.unwrap();
        assert_eq!(links.len(), 3);
        surveys::respond(&w.svc, &visitor, &links[0], &raw(&[("q0", "1")])).await.unwrap();
        let bad = surveys::enter_paper(&w.svc, &fac, id, ("families", None, ""), &raw(&[("q0", "5")]), w.now()).await;
        let mut fields = fields_of(bad);
        fields.sort_unstable();
        assert_eq!(fields, vec!["note", "q0"]);
        let member = w.access("member@example.org").await;
        let refused = surveys::enter_paper(
            &w.svc,
            &member,
            id,
            ("families", None, "Box at reception"),
            &raw(&[("q0", "1")]),
            w.now(),
        )
        .await;
        assert!(matches!(refused, Err(Error::Forbidden)), "{refused:?}");
        surveys::enter_paper(
            &w.svc,
            &fac,
            id,
            ("families", None, "Box at reception, 3 Dec"),
            &raw(&[("q0", "1")]),
            w.now(),
        )
        .await
        .unwrap();
        let stored = tandem_store::surveys::responses(w.db.pool(), id).await.unwrap();
        assert_eq!(stored.len(), 3);
        assert_eq!(stored.iter().filter(|r| r.paper).count(), 1);
        let rates = surveys::response_rates(&w.svc, &fac, id).await.unwrap();
        assert_eq!(rates, vec![(Some("families".to_owned()), invited.len() as i64 + 4, 3)]);
        let notes: Vec<String> = sqlx::query_scalar("SELECT detail FROM audit_log WHERE action = 'survey.paper'")
            .fetch_all(w.db.pool())
            .await
            .unwrap();
        assert_eq!(notes, vec!["Box at reception, 3 Dec".to_owned()], "the paper entry's note is in the audit log");
    })
    .await;
}

#[tokio::test]
async fn exports_keep_anonymous_answers_anonymous_and_text_as_text() {
    on_each_backend(|w| async move {
        w.riverbend().await;
        let fac = w.access("fac@example.org").await;
        let visitor = w.access("outsider@example.org").await;
        for mode in ["anonymous", "named"] {
            let id = surveys::create(&w.svc, &fac, None, ("Ideas", "", mode), w.now()).await.unwrap();
            let mut grid = question("grid", "How often does the school…", "", false);
            grid.rows = "call you\nwrite to you".into();
            grid.labels = "frequency".into();
            surveys::add_question(&w.svc, &fac, id, &grid, w.now()).await.unwrap();
            surveys::add_question(&w.svc, &fac, id, &question("short_text", "One idea?", "", false), w.now())
                .await
                .unwrap();
            surveys::open(&w.svc, &fac, id, w.now()).await.unwrap();
            let invited = invite(&w, &fac, id, &["families"]).await;
            surveys::respond(&w.svc, &visitor, &invited[0].1, &raw(&[("q0_r1", "4"), ("q1", "=HYPERLINK(\"x\")")]))
                .await
                .unwrap();
            let csv = surveys::responses_csv(&w.svc, &fac, id).await.unwrap();
            let header = csv.lines().next().unwrap().trim_start_matches('\u{feff}');
            assert!(csv.contains("'=HYPERLINK"), "formula-safe: {csv}");
            if mode == "anonymous" {
                assert_eq!(header, "response,group,school,paper,q1_1,q1_2,q2");
                assert!(!csv.contains("@example.org") && !csv.to_lowercase().contains("fac"));
                let row = csv.lines().nth(1).unwrap();
                assert!(row.starts_with("1,,,no,"), "one family's answer does not name its group or school: {row}");
            } else {
                assert!(header.contains(",name,"), "{header}");
            }
            let codebook = surveys::codebook_csv(&w.svc, &fac, id, &|k: &str| k.to_owned()).await.unwrap();
            assert!(codebook.contains("survey-label-frequency-5"), "{codebook}");
            assert!(matches!(
                surveys::responses_csv(&w.svc, &visitor, id).await,
                Err(Error::Forbidden | Error::LoginRequired)
            ));
        }
    })
    .await;
}

#[tokio::test]
async fn a_survey_of_a_members_only_initiative_stays_hidden_from_outsiders() {
    on_each_backend(|w| async move {
        let f = w.riverbend().await;
        let fac = w.access("fac@example.org").await;
        let (_, private) = w.in_initiative("fac@example.org", &f.private_slug).await;
        let id = surveys::create(&w.svc, &fac, Some(private.id), ("Members' pulse", "", "anonymous"), w.now())
            .await
            .unwrap();
        surveys::add_question(&w.svc, &fac, id, &question("scale", "How welcome do you feel?", "", false), w.now())
            .await
            .unwrap();
        surveys::open(&w.svc, &fac, id, w.now()).await.unwrap();
        let member = w.access("member@example.org").await;
        let outsider = w.access("outsider@example.org").await;
        assert_eq!(surveys::list(&w.svc, &member, None).await.unwrap().len(), 1);
        assert!(surveys::list(&w.svc, &outsider, None).await.unwrap().is_empty());
        assert!(matches!(surveys::get(&w.svc, &outsider, id).await, Err(Error::NotFound)));
    })
    .await;
}
