//! Co-evaluation surveys (issue 18), the core: a survey in draft gets its
//! questions; once open, stakeholder groups are put on its roll, each
//! invitee with a one-time token; an answer with a token is checked against
//! the questions and stored — for an anonymous survey with nothing that
//! leads back to the roll (no user, no token, no time, a random id); and
//! response rates are counted per group against the roll.

use tandem_domain::{
    FieldError, Invalid, Timestamp,
    audit::Action,
    surveys::{Mode, QUESTIONS_MAX, Question, QuestionInput, RawAnswers, check_answers},
    text::{self, LONG_TEXT_MAX, TITLE_MAX},
};
pub use tandem_store::surveys::{Invitee, Response, Status, Survey};
use tandem_store::{communities, surveys as store};

use crate::{Access, Error, Result, Service, audit, secrets};

/// Loads a survey of the reader's community (and of an initiative they may see).
pub async fn load(svc: &Service, access: &Access, id: i64) -> Result<Survey> {
    let s = store::get_one(svc.db.pool(), access.community.id, id).await?.ok_or(Error::NotFound)?;
    if let Some(i) = s.initiative_id {
        let initiative = tandem_store::initiatives::by_id(svc.db.pool(), i).await?.ok_or(Error::NotFound)?;
        access.check_visible(&initiative)?;
    }
    Ok(s)
}

/// Starts a survey in draft (facilitators).
pub async fn create(
    svc: &Service,
    access: &Access,
    initiative: Option<i64>,
    (title, intro, mode): (&str, &str, &str),
    now: Timestamp,
) -> Result<i64> {
    access.require_facilitator()?;
    let mut e = Invalid::default();
    let title = e.check(text::line("title", title, TITLE_MAX));
    let intro = e.check(text::optional("intro", intro, LONG_TEXT_MAX)).map(Option::unwrap_or_default);
    let mode = e.check(Mode::parse_field("mode", mode));
    let (Some(title), Some(intro), Some(mode)) = (title, intro, mode) else { return Err(Error::Invalid(e)) };
    if let Some(i) = initiative {
        let found = tandem_store::initiatives::by_id(svc.db.pool(), i).await?.ok_or(Error::NotFound)?;
        access.check_visible(&found)?;
    }
    let mut tx = svc.begin().await?;
    let id =
        store::create(&mut tx, access.community.id, initiative, &title, &intro, mode, access.user_id(), now).await?;
    audit::entry(access, Action::SurveyCreate).subject(id).detail(&title).commit(tx, now).await?;
    Ok(id)
}

/// Adds a question at the end of a survey still in draft (facilitators).
pub async fn add_question(
    svc: &Service,
    access: &Access,
    id: i64,
    input: &QuestionInput,
    now: Timestamp,
) -> Result<()> {
    access.require_facilitator()?;
    let s = load(svc, access, id).await?;
    if s.status != Status::Draft {
        return Err(Error::Conflict("error-survey-not-draft"));
    }
    let earlier = store::questions(svc.db.pool(), id).await?;
    if earlier.len() >= QUESTIONS_MAX {
        return Err(Error::Invalid(Invalid::one(
            FieldError::new("prompt", "error-too-many-rows").with_arg("max", QUESTIONS_MAX),
        )));
    }
    let q = Question::parse(input, &earlier)?;
    let mut tx = svc.begin().await?;
    store::add_question(&mut tx, id, earlier.len() as i64, &q).await.map_err(|e| match e {
        tandem_store::StoreError::Conflict(_) => Error::Conflict("error-survey-changed"),
        other => other.into(),
    })?;
    audit::entry(access, Action::SurveyQuestion).subject(id).detail(&q.prompt).commit(tx, now).await
}

/// Opens a survey with at least one question (facilitators).
pub async fn open(svc: &Service, access: &Access, id: i64, now: Timestamp) -> Result<()> {
    access.require_facilitator()?;
    load(svc, access, id).await?;
    if store::questions(svc.db.pool(), id).await?.is_empty() {
        return Err(Error::Conflict("error-survey-empty"));
    }
    let mut tx = svc.begin().await?;
    if !store::set_status(&mut tx, id, Status::Draft, Status::Open, now).await? {
        return Err(Error::Conflict("error-survey-not-draft"));
    }
    audit::entry(access, Action::SurveyOpen).subject(id).detail("opened").commit(tx, now).await
}

/// Puts the members of some stakeholder groups on the roll, each with a
/// token of their own. Returns (person, token) for those newly invited, so
/// the caller can send each their link; someone already on the roll keeps
/// their first token.
pub async fn invite_groups(
    svc: &Service,
    access: &Access,
    id: i64,
    groups: &[String],
    now: Timestamp,
) -> Result<Vec<(i64, String)>> {
    access.require_facilitator()?;
    let s = load(svc, access, id).await?;
    if s.status != Status::Open {
        return Err(Error::Conflict("error-survey-not-open"));
    }
    let all = communities::groups(svc.db.pool(), access.community.id).await?;
    let mut chosen = Vec::new();
    for key in groups.iter().map(|g| g.trim()).filter(|g| !g.is_empty()) {
        let g = all.iter().find(|g| g.key == key).ok_or(Error::field("groups", "error-choice-invalid"))?;
        chosen.push(g.id);
    }
    if chosen.is_empty() {
        return Err(Error::field("groups", "error-required"));
    }
    let members = {
        let mut conn = svc.read().await?;
        communities::members(&mut conn, access.community.id, None, None, 100_000).await?.members
    };
    let mut tx = svc.begin().await?;
    let mut out = Vec::new();
    for m in members.iter().filter(|m| m.membership.group_id.is_some_and(|g| chosen.contains(&g))) {
        let token = secrets::new_token();
        let user = m.membership.user_id;
        if store::invite(
            &mut tx,
            id,
            &secrets::token_hash(&token),
            Some(user),
            m.membership.group_id,
            m.membership.school_id,
            "email",
        )
        .await?
        {
            out.push((user, token));
        }
    }
    let detail = format!("{} invited", out.len());
    audit::entry(access, Action::SurveyInvite).subject(id).detail(detail).commit(tx, now).await?;
    Ok(out)
}

/// What a respondent reads before they start: the survey, its questions
/// and how their answers are kept.
pub struct Invitation {
    pub survey: Survey,
    pub questions: Vec<Question>,
    pub answered: bool,
}

async fn invitee_of(svc: &Service, token: &str) -> Result<Invitee> {
    if !secrets::plausible_token(token) {
        return Err(Error::NotFound);
    }
    store::by_token(svc.db.pool(), &secrets::token_hash(token)).await?.ok_or(Error::NotFound)
}

/// The survey behind an invitation link (no sign-in needed: the token is the key).
pub async fn invitation(svc: &Service, access: &Access, token: &str) -> Result<Invitation> {
    let who = invitee_of(svc, token).await?;
    let survey = store::get_one(svc.db.pool(), access.community.id, who.survey_id).await?.ok_or(Error::NotFound)?;
    let questions = store::questions(svc.db.pool(), survey.id).await?;
    Ok(Invitation { survey, questions, answered: who.answered })
}

/// Answers a survey with a one-time token: checked against its questions,
/// stored once (the roll's row is claimed in the same transaction, so a
/// token used twice at once stores one answer), and for an anonymous survey
/// kept with nothing that leads back to the person.
pub async fn respond(svc: &Service, access: &Access, token: &str, raw: &RawAnswers) -> Result<()> {
    let who = invitee_of(svc, token).await?;
    let survey = store::get_one(svc.db.pool(), access.community.id, who.survey_id).await?.ok_or(Error::NotFound)?;
    if survey.status != Status::Open {
        return Err(Error::Conflict("error-survey-not-open"));
    }
    if who.answered {
        return Err(Error::Conflict("error-survey-answered"));
    }
    let questions = store::questions(svc.db.pool(), survey.id).await?;
    let answers = check_answers(&questions, raw)?;
    let response = Response {
        id: secrets::new_token(),
        group_id: who.group_id,
        school_id: who.school_id,
        user_id: if survey.mode == Mode::Anonymous { None } else { who.user_id },
        paper: false,
        answers,
    };
    let mut tx = svc.begin().await?;
    if !store::mark_answered(&mut tx, who.id).await? {
        return Err(Error::Conflict("error-survey-answered"));
    }
    store::add_response(&mut tx, survey.id, &response).await?;
    crate::commit(tx).await
}

/// Response rates: per stakeholder group (by key; none for people without
/// one), how many were invited and how many answered.
pub async fn response_rates(svc: &Service, access: &Access, id: i64) -> Result<Vec<(Option<String>, i64, i64)>> {
    load(svc, access, id).await?;
    let groups = communities::groups(svc.db.pool(), access.community.id).await?;
    let roll = store::roll(svc.db.pool(), id).await?;
    let mut out: Vec<(Option<String>, i64, i64)> = Vec::new();
    for who in &roll {
        let key = who.group_id.and_then(|g| groups.iter().find(|x| x.id == g)).map(|g| g.key.clone());
        match out.iter_mut().find(|(k, ..)| *k == key) {
            Some(row) => {
                row.1 += 1;
                row.2 += i64::from(who.answered);
            }
            None => out.push((key, 1, i64::from(who.answered))),
        }
    }
    Ok(out)
}

/// One question's results as this reader may see them.
#[derive(Debug, Clone, PartialEq)]
pub enum QuestionResult {
    /// A choice, scale or rating: how many chose each point (ratings from
    /// 0), overall; with the mean and its interval overall and per group
    /// whose count may be shown.
    Points { overall: tandem_decide::survey::Distribution, by_group: Vec<(Option<String>, Estimate)> },
    /// A grid: each row as a scale question.
    Grid(Vec<tandem_decide::survey::Distribution>),
    /// Multiple choice: how many chose each option.
    Counts(Vec<u32>),
    /// Written answers: for organisers only, and only from 10 answers.
    Texts(Vec<String>),
    /// Fewer answered than may be shown.
    Suppressed,
}

pub use tandem_decide::survey::Estimate;

pub struct Results {
    pub survey: Survey,
    pub questions: Vec<Question>,
    /// Respondents per stakeholder group (key), suppressed as every breakdown is.
    pub respondents: Vec<(Option<String>, tandem_decide::disclosure::Cell)>,
    pub total: tandem_decide::disclosure::Cell,
    pub results: Vec<QuestionResult>,
}

/// Open text is shown only from this many answers.
pub const TEXT_MIN: usize = 10;

/// A survey's results: figures only when enough people answered (the
/// community's threshold), per group only for groups whose count may be
/// shown, written answers only to organisers and only from 10 answers.
pub async fn results(svc: &Service, access: &Access, id: i64) -> Result<Results> {
    use tandem_decide::{
        disclosure::{self, Cell},
        survey as stats,
    };
    use tandem_domain::surveys::{Answer, QuestionKind};
    let survey = load(svc, access, id).await?;
    let db = svc.db.pool();
    let (questions, responses, groups) = tokio::try_join!(
        store::questions(db, id),
        store::responses(db, id),
        communities::groups(db, access.community.id)
    )?;
    let threshold = access.community.threshold;
    let staff = access.can_facilitate();
    let key_of = |g: Option<i64>| g.and_then(|g| groups.iter().find(|x| x.id == g)).map(|x| x.key.clone());
    let mut keys: Vec<Option<String>> = Vec::new();
    for r in &responses {
        let k = key_of(r.group_id);
        if !keys.contains(&k) {
            keys.push(k);
        }
    }
    let counts: Vec<i64> =
        keys.iter().map(|k| responses.iter().filter(|r| key_of(r.group_id) == *k).count() as i64).collect();
    let b = disclosure::breakdown(&counts, threshold);
    let shown_groups: Vec<&Option<String>> =
        keys.iter().zip(&b.cells).filter(|(_, c)| matches!(c, Cell::Shown(_))).map(|(k, _)| k).collect();
    let enough = |n: usize| n as i64 >= threshold.get();
    let mut out = Vec::with_capacity(questions.len());
    for (q, question) in questions.iter().enumerate() {
        let answers: Vec<(&Response, &Answer)> =
            responses.iter().filter_map(|r| r.answers.get(q).and_then(Option::as_ref).map(|a| (r, a))).collect();
        if !enough(answers.len()) {
            out.push(QuestionResult::Suppressed);
            continue;
        }
        // Points as bytes: choices and scales from 1, ratings shifted up by one (0 means no answer).
        let point = |a: &Answer| -> Option<u8> {
            match (question.kind, a) {
                (QuestionKind::Single, Answer::Choice { option: Some(o), .. }) => u8::try_from(o + 1).ok(),
                (QuestionKind::Scale, Answer::Value(v)) => Some(*v),
                (QuestionKind::Rating, Answer::Value(v)) => v.checked_add(1),
                _ => None,
            }
        };
        let result = match question.kind {
            QuestionKind::Single | QuestionKind::Scale | QuestionKind::Rating => {
                let points = question.points();
                let column: Vec<u8> = answers.iter().filter_map(|(_, a)| point(a)).collect();
                let overall = stats::distribution(&column, points);
                let by_group = shown_groups
                    .iter()
                    .filter_map(|k| {
                        let col: Vec<u8> = answers
                            .iter()
                            .filter(|(r, _)| key_of(r.group_id) == **k)
                            .filter_map(|(_, a)| point(a))
                            .collect();
                        stats::distribution(&col, points).estimate.map(|e| ((*k).clone(), e))
                    })
                    .collect();
                QuestionResult::Points { overall, by_group }
            }
            QuestionKind::Grid => QuestionResult::Grid(
                (0..question.rows.len())
                    .map(|row| {
                        let col: Vec<u8> = answers
                            .iter()
                            .filter_map(|(_, a)| match a {
                                Answer::Grid(cells) => cells.get(row).copied().flatten(),
                                _ => None,
                            })
                            .collect();
                        stats::distribution(&col, tandem_domain::surveys::SCALE_POINTS)
                    })
                    .collect(),
            ),
            QuestionKind::Multiple => {
                let mut counts = vec![0u32; question.options.len()];
                for (_, a) in &answers {
                    if let Answer::Choices { options, .. } = a {
                        for o in options {
                            if let Some(c) = counts.get_mut(*o) {
                                *c += 1;
                            }
                        }
                    }
                }
                QuestionResult::Counts(counts)
            }
            QuestionKind::ShortText | QuestionKind::LongText if staff && answers.len() >= TEXT_MIN => {
                QuestionResult::Texts(
                    answers
                        .iter()
                        .filter_map(|(_, a)| match a {
                            Answer::Text(t) => Some(t.clone()),
                            _ => None,
                        })
                        .collect(),
                )
            }
            _ => QuestionResult::Suppressed,
        };
        out.push(result);
    }
    Ok(Results {
        survey,
        questions,
        respondents: keys.into_iter().zip(b.cells).collect(),
        total: b.total,
        results: out,
    })
}
