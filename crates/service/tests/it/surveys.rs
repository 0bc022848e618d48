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
        let invited = surveys::invite_groups(&w.svc, &fac, id, &["families".into()], w.now()).await.unwrap();
        assert_eq!(invited.len(), 4);
        assert!(surveys::invite_groups(&w.svc, &fac, id, &["families".into()], w.now()).await.unwrap().is_empty());

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
        let invited = surveys::invite_groups(&w.svc, &fac, id, &["pupils".into()], w.now()).await.unwrap();
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
        let invited = surveys::invite_groups(&w.svc, &fac, id, &["families".into(), "teaching_staff".into()], w.now())
            .await
            .unwrap();
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
        // Two staff answers are too few, and showing the families' count would give them away.
        let r = surveys::results(&w.svc, &visitor, id).await.unwrap();
        match &r.results[0] {
            QuestionResult::Points { overall, by_group } => {
                assert_eq!(overall.estimate.unwrap().n, 12);
                assert!(by_group.is_empty(), "{by_group:?}");
            }
            other => panic!("{other:?}"),
        }
        assert_eq!(r.results[1], QuestionResult::Suppressed, "the public never reads the words");
        let staff_view = surveys::results(&w.svc, &fac, id).await.unwrap();
        assert!(matches!(&staff_view.results[1], QuestionResult::Texts(t) if t.len() == 10));
        // Five more staff answers: both groups may be shown.
        for token in staff_tokens.iter().skip(2).take(5) {
            surveys::respond(&w.svc, &visitor, token, &raw(&[("q0", "3")])).await.unwrap();
        }
        let r = surveys::results(&w.svc, &visitor, id).await.unwrap();
        match &r.results[0] {
            QuestionResult::Points { by_group, .. } => {
                let families = by_group.iter().find(|(k, _)| k.as_deref() == Some("families")).unwrap().1;
                assert!((families.mean - 4.5).abs() < 1e-9 && families.low < 4.5 && families.high > 4.5);
                assert_eq!(by_group.len(), 2);
            }
            other => panic!("{other:?}"),
        }
    })
    .await;
}
