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
