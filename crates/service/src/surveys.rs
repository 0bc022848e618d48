//! Co-evaluation surveys (issue 18), the core: a survey in draft gets its
//! questions; once open, stakeholder groups are put on its roll, each
//! invitee with a one-time token; an answer with a token is checked against
//! the questions and stored — for an anonymous survey with nothing that
//! leads back to the roll (no user, no token, no time, a random id); and
//! response rates are counted per group against the roll.

pub use tandem_domain::surveys::Question;
use tandem_domain::{
    FieldError, Invalid, Timestamp,
    audit::Action,
    surveys::{Mode, QUESTIONS_MAX, QuestionInput, RawAnswers, check_answers},
    text::{self, LONG_TEXT_MAX, TITLE_MAX},
};
pub use tandem_store::surveys::{Invitee, Response, Status, Survey};
use tandem_store::{communities, surveys as store};

use std::sync::Arc;

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
    let new = NewSurvey {
        community_id: access.community.id,
        initiative_id: initiative,
        title: &title,
        intro: &intro,
        mode,
        wave_of: None,
        wave_label: "",
    };
    let id = store::create(&mut tx, &new, access.user_id(), now).await?;
    audit::entry(access, Action::SurveyCreate).subject(id).detail(&title).commit(tx, now).await?;
    Ok(id)
}

/// Starts a draft from one of our templates, in English or Spanish, with
/// its questions and scales (facilitators).
pub async fn from_template(
    svc: &Service,
    access: &Access,
    initiative: Option<i64>,
    key: &str,
    lang: &str,
    now: Timestamp,
) -> Result<i64> {
    access.require_facilitator()?;
    let t = survey_templates::template(key).ok_or(Error::field("template", "error-choice-invalid"))?;
    let filled = t.fill(lang);
    let mut questions: Vec<Question> = Vec::with_capacity(filled.questions.len());
    for input in &filled.questions {
        let q = Question::parse(input, &questions)?;
        questions.push(q);
    }
    let mut scales = Vec::with_capacity(filled.scales.len());
    for (name, items) in &filled.scales {
        scales.push(ScaleDef::parse(name, items, &[], &questions)?);
    }
    if let Some(i) = initiative {
        let found = tandem_store::initiatives::by_id(svc.db.pool(), i).await?.ok_or(Error::NotFound)?;
        access.check_visible(&found)?;
    }
    let mut tx = svc.begin().await?;
    let new = NewSurvey {
        community_id: access.community.id,
        initiative_id: initiative,
        title: &filled.title,
        intro: &filled.intro,
        mode: filled.mode,
        wave_of: None,
        wave_label: "",
    };
    let id = store::create(&mut tx, &new, access.user_id(), now).await?;
    for (n, q) in questions.iter().enumerate() {
        store::add_question(&mut tx, id, n as i64, q).await?;
    }
    for (n, d) in scales.into_iter().enumerate() {
        let scale = StoredScale { position: n as i64, name: d.name, items: d.items, outcome_id: None };
        store::add_scale(&mut tx, id, &scale).await?;
    }
    audit::entry(access, Action::SurveyCreate).subject(id).detail(&filled.title).commit(tx, now).await?;
    Ok(id)
}

/// Repeats a survey as the next wave of its series: a new draft with the
/// same questions, scales and links to outcomes, so the change between
/// waves can be measured (facilitators).
pub async fn new_wave(svc: &Service, access: &Access, id: i64, label: &str, now: Timestamp) -> Result<i64> {
    access.require_facilitator()?;
    let s = load(svc, access, id).await?;
    let label = text::line("wave_label", label, TITLE_MAX).map_err(Invalid::one)?;
    let db = svc.db.pool();
    let (questions, scales) = tokio::try_join!(store::questions(db, id), store::scales(db, id))?;
    let mut tx = svc.begin().await?;
    let new = NewSurvey {
        community_id: access.community.id,
        initiative_id: s.initiative_id,
        title: &s.title,
        intro: &s.intro,
        mode: s.mode,
        wave_of: Some(s.series()),
        wave_label: &label,
    };
    let wave = store::create(&mut tx, &new, access.user_id(), now).await?;
    for (n, q) in questions.iter().enumerate() {
        store::add_question(&mut tx, wave, n as i64, q).await?;
    }
    for scale in &scales {
        store::add_scale(&mut tx, wave, scale).await?;
    }
    audit::entry(access, Action::SurveyCreate)
        .subject(wave)
        .detail(format!("{} — {label}", s.title))
        .commit(tx, now)
        .await?;
    Ok(wave)
}

/// Names a survey's wave ("Start of year"), or renames it (facilitators).
pub async fn name_wave(svc: &Service, access: &Access, id: i64, label: &str, now: Timestamp) -> Result<()> {
    access.require_facilitator()?;
    load(svc, access, id).await?;
    let label = text::line("wave_label", label, TITLE_MAX).map_err(Invalid::one)?;
    let mut tx = svc.begin().await?;
    store::set_wave_label(&mut tx, id, &label).await?;
    audit::entry(access, Action::SurveyCreate).subject(id).detail(format!("wave: {label}")).commit(tx, now).await?;
    svc.survey_results.forget(|k| *k == id);
    Ok(())
}

/// Combines items into a scale, optionally measuring one of the survey's
/// initiative's outcomes (facilitators; at any stage — a scale is a way of
/// reading the answers, not a question).
pub async fn add_scale(
    svc: &Service,
    access: &Access,
    id: i64,
    (name, chosen, reversed): (&str, &[String], &[String]),
    outcome: Option<i64>,
    now: Timestamp,
) -> Result<()> {
    access.require_facilitator()?;
    let s = load(svc, access, id).await?;
    let db = svc.db.pool();
    let (questions, scales) = tokio::try_join!(store::questions(db, id), store::scales(db, id))?;
    let mut e = Invalid::default();
    let def = e.check_all(ScaleDef::parse(name, chosen, reversed, &questions));
    if scales.iter().any(|x| def.as_ref().is_some_and(|d| d.name == x.name)) {
        e.0.push(FieldError::new("name", "error-survey-scale-taken"));
    }
    if let Some(o) = outcome {
        check_outcome(svc, &s, o, &mut e).await?;
    }
    let Some(def) = def.filter(|_| e.is_empty()) else { return Err(Error::Invalid(e)) };
    let mut tx = svc.begin().await?;
    let position = scales.iter().map(|x| x.position + 1).max().unwrap_or(0);
    let scale = StoredScale { position, name: def.name, items: def.items, outcome_id: outcome };
    store::add_scale(&mut tx, id, &scale).await.map_err(|e| match e {
        tandem_store::StoreError::Conflict(_) => Error::Conflict("error-survey-changed"),
        other => other.into(),
    })?;
    audit::entry(access, Action::SurveyScale).subject(id).detail(&scale.name).commit(tx, now).await?;
    svc.survey_results.forget(|k| *k == id);
    Ok(())
}

async fn check_outcome(svc: &Service, s: &Survey, outcome: i64, e: &mut Invalid) -> Result<()> {
    let ok = match s.initiative_id {
        Some(i) => tandem_store::initiatives::outcomes(svc.db.pool(), i).await?.iter().any(|o| o.id == outcome),
        None => false,
    };
    if !ok {
        e.0.push(FieldError::new("outcome", "error-choice-invalid"));
    }
    Ok(())
}

/// Links a scale to one of the initiative's outcomes, or unlinks it (facilitators).
pub async fn link_outcome(
    svc: &Service,
    access: &Access,
    id: i64,
    position: i64,
    outcome: Option<i64>,
    now: Timestamp,
) -> Result<()> {
    access.require_facilitator()?;
    let s = load(svc, access, id).await?;
    if let Some(o) = outcome {
        let mut e = Invalid::default();
        check_outcome(svc, &s, o, &mut e).await?;
        e.finish()?;
    }
    let mut tx = svc.begin().await?;
    if !store::link_outcome(&mut tx, id, position, outcome).await? {
        return Err(Error::NotFound);
    }
    let detail = outcome.map_or_else(|| "unlinked".to_owned(), |o| format!("outcome {o}"));
    audit::entry(access, Action::SurveyScale).subject(id).detail(detail).commit(tx, now).await?;
    svc.survey_results.forget(|k| *k == id);
    Ok(())
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

/// Closes an open survey: no more answers (facilitators).
pub async fn close(svc: &Service, access: &Access, id: i64, now: Timestamp) -> Result<()> {
    access.require_facilitator()?;
    load(svc, access, id).await?;
    let mut tx = svc.begin().await?;
    if !store::set_status(&mut tx, id, Status::Open, Status::Closed, now).await? {
        return Err(Error::Conflict("error-survey-not-open"));
    }
    audit::entry(access, Action::SurveyClose).subject(id).detail("closed").commit(tx, now).await
}

/// Publishes a closed survey's results to everyone who may see the survey
/// (facilitators); written answers appear only as moderated.
pub async fn publish(svc: &Service, access: &Access, id: i64, now: Timestamp) -> Result<()> {
    access.require_facilitator()?;
    let s = load(svc, access, id).await?;
    if s.status != Status::Closed {
        return Err(Error::Conflict("error-survey-not-closed"));
    }
    let mut tx = svc.begin().await?;
    if !store::publish(&mut tx, id, now).await? {
        return Err(Error::Conflict("error-survey-published"));
    }
    audit::entry(access, Action::SurveyPublish).subject(id).detail(&s.title).commit(tx, now).await
}

/// Publishes or withholds one written answer (facilitators). Only answers to
/// text questions can be moderated.
pub async fn moderate(
    svc: &Service,
    access: &Access,
    id: i64,
    response_id: &str,
    question: usize,
    published: bool,
    now: Timestamp,
) -> Result<()> {
    use tandem_domain::surveys::{Answer, QuestionKind};
    access.require_facilitator()?;
    load(svc, access, id).await?;
    let db = svc.db.pool();
    let (questions, responses) = tokio::try_join!(store::questions(db, id), store::responses(db, id))?;
    let is_text =
        questions.get(question).is_some_and(|q| matches!(q.kind, QuestionKind::ShortText | QuestionKind::LongText));
    let answered = responses
        .iter()
        .find(|r| r.id == response_id)
        .and_then(|r| r.answers.get(question))
        .is_some_and(|a| matches!(a, Some(Answer::Text(_))));
    if !is_text || !answered {
        return Err(Error::NotFound);
    }
    let mut tx = svc.begin().await?;
    store::moderate_text(&mut tx, id, response_id, question as i64, published).await?;
    let detail = format!("question {}: {}", question + 1, if published { "published" } else { "withheld" });
    audit::entry(access, Action::SurveyModerate).subject(id).detail(detail).commit(tx, now).await?;
    svc.survey_results.forget(|k| *k == id);
    Ok(())
}

/// Who a survey goes to: members of some stakeholder groups and/or schools,
/// the members of a body, the people registered for an event, or those
/// registered for one meeting (a council's meeting, or an event's session);
/// each given narrows the others.
#[derive(Debug, Clone, Default)]
pub struct Audience {
    pub groups: Vec<String>,
    pub schools: Vec<i64>,
    pub body: Option<i64>,
    pub event: Option<i64>,
    pub meeting: Option<i64>,
}

/// What inviting did: how many were emailed their link, and the links of
/// those without an email address, to print and hand out.
#[derive(Debug, Clone, Default)]
pub struct Invited {
    pub emailed: usize,
    pub links: Vec<(String, String)>,
    /// Everyone newly invited with their token (for the caller to deliver
    /// otherwise, e.g. in tests; pages show only `links`).
    pub tokens: Vec<(i64, String)>,
}

/// Where an invitation link leads.
pub fn link_path(access: &Access, token: &str) -> String {
    format!("/c/{}/s/{token}", access.community.slug)
}

/// Puts an audience on the roll, each with a token of their own: members
/// with an email address are sent their link, the links of the others are
/// returned to print. Someone already on the roll keeps their first token.
pub async fn invite(svc: &Service, access: &Access, id: i64, audience: &Audience, now: Timestamp) -> Result<Invited> {
    access.require_facilitator()?;
    let s = load(svc, access, id).await?;
    if s.status != Status::Open {
        return Err(Error::Conflict("error-survey-not-open"));
    }
    let db = svc.db.pool();
    let (groups, schools) =
        tokio::try_join!(communities::groups(db, access.community.id), communities::schools(db, access.community.id))?;
    let mut e = Invalid::default();
    let mut chosen_groups = Vec::new();
    for key in audience.groups.iter().map(|g| g.trim()).filter(|g| !g.is_empty()) {
        match groups.iter().find(|g| g.key == key) {
            Some(g) => chosen_groups.push(g.id),
            None => e.0.push(FieldError::new("groups", "error-choice-invalid")),
        }
    }
    if audience.schools.iter().any(|id| !schools.iter().any(|s| s.id == *id)) {
        e.0.push(FieldError::new("schools", "error-choice-invalid"));
    }
    let body_members = match audience.body {
        Some(b) => {
            if tandem_store::bodies::get_one(db, access.community.id, b).await?.is_none() {
                e.0.push(FieldError::new("body", "error-choice-invalid"));
            }
            Some(tandem_store::bodies::members_on(db, b, now.date()).await?)
        }
        None => None,
    };
    let attendees = match audience.event {
        Some(ev) => match tandem_store::events::get_one(db, access.community.id, ev).await? {
            Some(event) => {
                let regs = match event.meeting_id {
                    Some(m) => tandem_store::meetings::registrations(db, m).await?,
                    None => Vec::new(),
                };
                Some(regs.iter().filter_map(|r| r.user_id).collect::<Vec<i64>>())
            }
            None => {
                e.0.push(FieldError::new("event", "error-choice-invalid"));
                None
            }
        },
        None => None,
    };
    let registrants = match audience.meeting {
        Some(m) => match tandem_store::meetings::get_one(db, access.community.id, m).await? {
            Some(meeting) => Some(
                tandem_store::meetings::registrations(db, meeting.id)
                    .await?
                    .iter()
                    .filter_map(|r| r.user_id)
                    .collect::<Vec<i64>>(),
            ),
            None => {
                e.0.push(FieldError::new("meeting", "error-choice-invalid"));
                None
            }
        },
        None => None,
    };
    if chosen_groups.is_empty()
        && audience.schools.is_empty()
        && body_members.is_none()
        && attendees.is_none()
        && registrants.is_none()
        && e.is_empty()
    {
        e.0.push(FieldError::new("groups", "error-survey-audience"));
    }
    e.finish()?;
    let members = {
        let mut conn = svc.read().await?;
        communities::members(&mut conn, access.community.id, None, None, 100_000).await?.members
    };
    let chosen = members.iter().filter(|m| {
        let ms = &m.membership;
        (chosen_groups.is_empty() || ms.group_id.is_some_and(|g| chosen_groups.contains(&g)))
            && (audience.schools.is_empty() || ms.school_id.is_some_and(|s| audience.schools.contains(&s)))
            && body_members.as_ref().is_none_or(|b| b.contains(&ms.user_id))
            && attendees.as_ref().is_none_or(|a| a.contains(&ms.user_id))
            && registrants.as_ref().is_none_or(|a| a.contains(&ms.user_id))
    });
    let mut tx = svc.begin().await?;
    let mut out = Invited::default();
    for m in chosen {
        let token = secrets::new_token();
        let channel = if m.email.is_some() { "email" } else { "link" };
        let ms = &m.membership;
        if !store::invite(
            &mut tx,
            id,
            &secrets::token_hash(&token),
            Some(ms.user_id),
            ms.group_id,
            ms.school_id,
            channel,
        )
        .await?
        {
            continue;
        }
        out.tokens.push((ms.user_id, token.clone()));
        if m.email.is_some() {
            send_link(&mut tx, svc, access, ms.user_id, &s, &token, false, now).await?;
            out.emailed += 1;
        } else {
            out.links.push((m.display_name.clone(), token));
        }
    }
    let detail = format!("{} emailed, {} links", out.emailed, out.links.len());
    audit::entry(access, Action::SurveyInvite).subject(id).detail(detail).commit(tx, now).await?;
    Ok(out)
}

/// The most blank links printed at once.
pub const LINKS_MAX: i64 = 500;

/// Links for people who are not members (families without email or an
/// account), counted for a stakeholder group and school: each one answers once.
pub async fn blank_links(
    svc: &Service,
    access: &Access,
    id: i64,
    (group, school, count): (&str, Option<i64>, &str),
    now: Timestamp,
) -> Result<Vec<String>> {
    access.require_facilitator()?;
    let s = load(svc, access, id).await?;
    if s.status != Status::Open {
        return Err(Error::Conflict("error-survey-not-open"));
    }
    let count = match count.trim().parse::<i64>() {
        Ok(n) if (1..=LINKS_MAX).contains(&n) => Ok(n),
        _ => Err(FieldError::new("count", "error-number-range").with_arg("min", 1).with_arg("max", LINKS_MAX)),
    };
    let place = group_and_school(svc, access, group, school).await;
    let ((group_id, school_id), count) = match (place, count) {
        (Ok(p), Ok(c)) => (p, c),
        (place, count) => {
            let mut e = Invalid::default();
            if let Err(c) = count {
                e.0.push(c);
            }
            match place {
                Err(Error::Invalid(more)) => e.0.extend(more.0),
                Err(other) => return Err(other),
                Ok(_) => {}
            }
            return Err(Error::Invalid(e));
        }
    };
    let mut tx = svc.begin().await?;
    let mut out = Vec::with_capacity(count as usize);
    for _ in 0..count {
        let token = secrets::new_token();
        store::invite(&mut tx, id, &secrets::token_hash(&token), None, group_id, school_id, "link").await?;
        out.push(token);
    }
    audit::entry(access, Action::SurveyInvite)
        .subject(id)
        .detail(format!("{count} printed links"))
        .commit(tx, now)
        .await?;
    Ok(out)
}

async fn group_and_school(
    svc: &Service,
    access: &Access,
    group: &str,
    school: Option<i64>,
) -> Result<(Option<i64>, Option<i64>)> {
    let db = svc.db.pool();
    let mut e = Invalid::default();
    let group_id = match group.trim() {
        "" => None,
        key => {
            let found = communities::groups(db, access.community.id).await?.into_iter().find(|g| g.key == key);
            if found.is_none() {
                e.0.push(FieldError::new("group", "error-choice-invalid"));
            }
            found.map(|g| g.id)
        }
    };
    if let Some(sid) = school
        && !communities::schools(db, access.community.id).await?.iter().any(|s| s.id == sid)
    {
        e.0.push(FieldError::new("school", "error-choice-invalid"));
    }
    e.finish()?;
    Ok((group_id, school))
}

#[allow(clippy::too_many_arguments)]
async fn send_link(
    c: &mut tandem_store::Conn,
    svc: &Service,
    access: &Access,
    user: i64,
    s: &Survey,
    token: &str,
    reminder: bool,
    now: Timestamp,
) -> Result<()> {
    use crate::i18n::{Arg, Lang};
    if svc.mailer.is_none() {
        return Ok(());
    }
    let base = svc.base_url();
    for person in tandem_store::users::get_many(&mut *c, &[user]).await? {
        let Some(address) = &person.email else { continue };
        let lang = Lang::parse(&person.lang).unwrap_or(Lang::En);
        let t = |id: &str, args: &[(&str, Arg)]| svc.i18n.format(lang, id, args);
        let mode = t(&format!("survey-mode-{}", s.mode.key()), &[]);
        let args = [
            ("title", Arg::from(s.title.as_str())),
            ("mode", Arg::from(mode)),
            ("url", Arg::from(format!("{base}{}", link_path(access, token)))),
        ];
        let (subject, body) = if reminder {
            ("email-survey-reminder-subject", "email-survey-reminder-body")
        } else {
            ("email-survey-invite-subject", "email-survey-invite-body")
        };
        let footer = t("email-footer", &[("url", format!("{base}/account").into())]);
        let email = crate::mail::Email {
            to: address.clone(),
            subject: t(subject, &args),
            text: format!("{}\n\n-- \n{footer}\n", t(body, &args)),
            about_idea: None,
        };
        crate::notify::queue_email(&mut *c, &email, now).await?;
    }
    Ok(())
}

/// Reminds everyone invited by email who has not answered — and nobody
/// else — with a fresh link (only hashes are kept, so the first link cannot
/// be sent again; it stops working). Returns how many were reminded.
pub async fn remind(svc: &Service, access: &Access, id: i64, now: Timestamp) -> Result<usize> {
    access.require_facilitator()?;
    let s = load(svc, access, id).await?;
    if s.status != Status::Open {
        return Err(Error::Conflict("error-survey-not-open"));
    }
    let roll = store::roll(svc.db.pool(), id).await?;
    let mut tx = svc.begin().await?;
    let mut reminded = 0;
    for who in roll.iter().filter(|w| !w.answered && w.channel == "email") {
        let Some(user) = who.user_id else { continue };
        let token = secrets::new_token();
        if store::renew_token(&mut tx, who.id, &secrets::token_hash(&token)).await? {
            send_link(&mut tx, svc, access, user, &s, &token, true, now).await?;
            reminded += 1;
        }
    }
    audit::entry(access, Action::SurveyRemind)
        .subject(id)
        .detail(format!("{reminded} reminded"))
        .commit(tx, now)
        .await?;
    Ok(reminded)
}

/// Enters a paper form (facilitators), with a note of where it came from
/// for the audit log; it counts on the roll as an answer of its group and school.
#[allow(clippy::too_many_arguments)]
pub async fn enter_paper(
    svc: &Service,
    access: &Access,
    id: i64,
    (group, school, note): (&str, Option<i64>, &str),
    raw: &RawAnswers,
    now: Timestamp,
) -> Result<()> {
    access.require_facilitator()?;
    let s = load(svc, access, id).await?;
    if s.status != Status::Open {
        return Err(Error::Conflict("error-survey-not-open"));
    }
    let mut e = Invalid::default();
    let note = e.check(text::line("note", note, TITLE_MAX));
    let questions = store::questions(svc.db.pool(), id).await?;
    let answers = e.check_all(check_answers(&questions, raw));
    let where_from = match group_and_school(svc, access, group, school).await {
        Ok(x) => Some(x),
        Err(Error::Invalid(more)) => {
            e.0.extend(more.0);
            None
        }
        Err(other) => return Err(other),
    };
    let (Some(note), Some(answers), Some((group_id, school_id))) = (note, answers, where_from) else {
        return Err(Error::Invalid(e));
    };
    e.finish()?;
    let response = Response { id: secrets::new_token(), group_id, school_id, user_id: None, paper: true, answers };
    let mut tx = svc.begin().await?;
    store::paper_on_roll(&mut tx, id, &secrets::token_hash(&secrets::new_token()), group_id, school_id).await?;
    store::add_response(&mut tx, id, &response).await?;
    audit::entry(access, Action::SurveyPaper).subject(id).detail(note).commit(tx, now).await
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
    Ok(rates_of(&roll, &groups))
}

/// Per stakeholder group (by key), how many on the roll and how many answered.
fn rates_of(roll: &[Invitee], groups: &[communities::Group]) -> Vec<(Option<String>, i64, i64)> {
    let mut out: Vec<(Option<String>, i64, i64)> = Vec::new();
    for who in roll {
        let key = who.group_id.and_then(|g| groups.iter().find(|x| x.id == g)).map(|g| g.key.clone());
        match out.iter_mut().find(|(k, ..)| *k == key) {
            Some(row) => {
                row.1 += 1;
                row.2 += i64::from(who.answered);
            }
            None => out.push((key, 1, i64::from(who.answered))),
        }
    }
    out
}

/// One question's results as this reader may see them.
#[derive(Debug, Clone, PartialEq)]
pub enum QuestionResult {
    /// A choice, scale or rating: how many chose each point (ratings from
    /// 0), overall; with the mean and its interval overall, and per
    /// stakeholder group and per school where the breakdown may be shown.
    Points {
        overall: Distribution,
        by_group: Vec<(Option<String>, Estimate)>,
        by_school: Vec<(Option<String>, Estimate)>,
    },
    /// A grid: each row as a scale question.
    Grid(Vec<Distribution>),
    /// Multiple choice: how many chose each option.
    Counts(Vec<u32>),
    /// Written answers from 10 answers: organisers see all with their
    /// moderation, everyone else only those published.
    Texts(Vec<TextAnswer>),
    /// Fewer answered than may be shown.
    Suppressed,
}

/// A written answer, with whether it was published (none: not moderated yet).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TextAnswer {
    pub response_id: String,
    pub text: String,
    pub published: Option<bool>,
}

pub use tandem_decide::survey::{Change, Distribution, Estimate};
use tandem_decide::{
    disclosure::{self, Cell},
    survey as stats,
};
use tandem_domain::survey_templates;
use tandem_domain::surveys::{Answer, QuestionKind, ScaleDef, item_value};
pub use tandem_store::surveys::{NewSurvey, StoredScale};

/// A scale's score on this wave, its reliability, and the change since the previous wave.
#[derive(Debug, Clone, PartialEq)]
pub struct ScaleResults {
    pub position: i64,
    pub name: String,
    pub items: usize,
    /// The initiative's outcome it measures: (id, description, target).
    pub outcome: Option<(i64, String, String)>,
    /// None when fewer than may be shown have a score.
    pub estimate: Option<Estimate>,
    /// Cronbach's alpha over those who answered every item (scales of two or more items).
    pub alpha: Option<f64>,
    /// The previous wave's score and the change to this one, with its 95 % interval.
    pub previous: Option<(Survey, Estimate, Option<Change>)>,
}

pub struct Results {
    pub survey: Survey,
    pub questions: Vec<Question>,
    pub scales: Vec<ScaleResults>,
    /// Respondents per stakeholder group (key), suppressed as every breakdown is.
    pub respondents: Vec<(Option<String>, Cell)>,
    /// Respondents per school (name).
    pub schools: Vec<(Option<String>, Cell)>,
    pub total: Cell,
    /// How many were on the roll.
    pub invited: i64,
    /// Organisers: per group (key), invited and answered.
    pub rates: Vec<(Option<String>, i64, i64)>,
    pub results: Vec<QuestionResult>,
}

/// Open text is shown only from this many answers.
pub const TEXT_MIN: usize = 10;

/// What results are computed from: a survey's questions, scales and answers.
struct Wave {
    questions: Vec<Question>,
    scales: Vec<StoredScale>,
    responses: Vec<Response>,
}

async fn wave(svc: &Service, id: i64) -> Result<Wave> {
    let db = svc.db.pool();
    let (questions, scales, responses) =
        tokio::try_join!(store::questions(db, id), store::scales(db, id), store::responses(db, id))?;
    Ok(Wave { questions, scales, responses })
}

/// Each scale's result on a wave: the score's estimate (if at least
/// `threshold` have one) and alpha.
fn scale_results(w: &Wave, threshold: i64) -> Vec<(Option<Estimate>, Option<f64>)> {
    let mut items: Vec<tandem_domain::surveys::ScaleItem> = Vec::new();
    for s in &w.scales {
        for i in &s.items {
            if !items.iter().any(|x| x.question == i.question && x.row == i.row) {
                items.push(tandem_domain::surveys::ScaleItem { reverse: false, ..*i });
            }
        }
    }
    let mut m = stats::Responses::new(w.responses.len(), items.len());
    for (r, response) in w.responses.iter().enumerate() {
        for (c, item) in items.iter().enumerate() {
            if let Some(v) = item_value(&response.answers, item) {
                m.set(r, c, v);
            }
        }
    }
    w.scales
        .iter()
        .map(|s| {
            let scale = stats::Scale {
                items: s
                    .items
                    .iter()
                    .filter_map(|i| {
                        items.iter().position(|x| x.question == i.question && x.row == i.row).map(|c| (c, i.reverse))
                    })
                    .collect(),
                points: tandem_domain::surveys::SCALE_POINTS,
            };
            let r = stats::scale(&m, &scale);
            let estimate = r.estimate.filter(|e| i64::from(e.n) >= threshold);
            let alpha = if estimate.is_some() && i64::from(r.complete) >= threshold { r.alpha } else { None };
            (estimate, alpha)
        })
        .collect()
}

/// Per part (group or school) of the answers given, the means that may be
/// shown: the parts' counts go through the shared breakdown rule, so no
/// hidden part's figure follows from the others and the total.
fn by_part<K: PartialEq + Clone>(
    answers: &[(K, u8)],
    points: u8,
    threshold: disclosure::Threshold,
) -> Vec<(K, Estimate)> {
    let mut keys: Vec<K> = Vec::new();
    for (k, _) in answers {
        if !keys.contains(k) {
            keys.push(k.clone());
        }
    }
    let counts: Vec<i64> = keys.iter().map(|k| answers.iter().filter(|(x, _)| x == k).count() as i64).collect();
    let b = disclosure::breakdown(&counts, threshold);
    keys.into_iter()
        .zip(b.cells)
        .filter(|(_, c)| matches!(c, Cell::Shown(_)))
        .filter_map(|(k, _)| {
            let col: Vec<u8> = answers.iter().filter(|(x, _)| *x == k).map(|(_, v)| *v).collect();
            stats::distribution(&col, points).estimate.map(|e| (k, e))
        })
        .collect()
}

/// A survey's results: visible to organisers at any time and to everyone
/// else once published. Figures only when enough people answered (the
/// community's threshold); per group and per school only where the shared
/// breakdown rule allows; written answers only from 10 answers, and to
/// everyone but organisers only once moderated and published; scales with
/// alpha and the change since the previous wave.
///
/// What everyone but organisers reads is the same for every reader, and a
/// published survey's answers no longer change: it is kept for a moment
/// (`crate::memo`), dropped when a scale, a link to an outcome or a
/// moderation changes it.
pub async fn results(svc: &Service, access: &Access, id: i64) -> Result<Arc<Results>> {
    let survey = load(svc, access, id).await?;
    let staff = access.can_facilitate();
    if !staff && survey.published_at.is_none() {
        return Err(Error::Conflict("error-survey-unpublished"));
    }
    if staff {
        return Ok(Arc::new(compute(svc, access, survey, true).await?));
    }
    let now = svc.now();
    if let Some(kept) = svc.survey_results.get(&id, now) {
        return Ok(kept);
    }
    let r = Arc::new(compute(svc, access, survey, false).await?);
    svc.survey_results.put(id, now, r.clone());
    Ok(r)
}

async fn compute(svc: &Service, access: &Access, survey: Survey, staff: bool) -> Result<Results> {
    let id = survey.id;
    let db = svc.db.pool();
    let (w, groups, schools, roll, decisions) = tokio::try_join!(
        wave(svc, id),
        async { Ok(communities::groups(db, access.community.id).await?) },
        async { Ok(communities::schools(db, access.community.id).await?) },
        async { Ok(store::roll(db, id).await?) },
        async { Ok(store::text_decisions(db, id).await?) },
    )?;
    let threshold = access.community.threshold;
    let t = threshold.get();
    let group_of = |g: Option<i64>| g.and_then(|g| groups.iter().find(|x| x.id == g)).map(|x| x.key.clone());
    let school_of = |s: Option<i64>| s.and_then(|s| schools.iter().find(|x| x.id == s)).map(|x| x.name.clone());
    let tally = |keys: Vec<Option<String>>| -> (Vec<(Option<String>, Cell)>, Cell) {
        let mut distinct: Vec<Option<String>> = Vec::new();
        for k in &keys {
            if !distinct.contains(k) {
                distinct.push(k.clone());
            }
        }
        let counts: Vec<i64> = distinct.iter().map(|k| keys.iter().filter(|x| *x == k).count() as i64).collect();
        let b = disclosure::breakdown(&counts, threshold);
        (distinct.into_iter().zip(b.cells).collect(), b.total)
    };
    let (respondents, total) = tally(w.responses.iter().map(|r| group_of(r.group_id)).collect());
    let (schools_cells, _) = tally(w.responses.iter().map(|r| school_of(r.school_id)).collect());

    let mut out = Vec::with_capacity(w.questions.len());
    for (q, question) in w.questions.iter().enumerate() {
        let answers: Vec<(&Response, &Answer)> =
            w.responses.iter().filter_map(|r| r.answers.get(q).and_then(Option::as_ref).map(|a| (r, a))).collect();
        if (answers.len() as i64) < t {
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
                let per = |key: &dyn Fn(&Response) -> Option<String>| -> Vec<(Option<String>, Estimate)> {
                    let keyed: Vec<(Option<String>, u8)> =
                        answers.iter().filter_map(|(r, a)| point(a).map(|v| (key(r), v))).collect();
                    by_part(&keyed, points, threshold)
                };
                QuestionResult::Points {
                    overall,
                    by_group: per(&|r: &Response| group_of(r.group_id)),
                    by_school: per(&|r: &Response| school_of(r.school_id)),
                }
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
            QuestionKind::ShortText | QuestionKind::LongText if answers.len() >= TEXT_MIN => {
                let texts = answers
                    .iter()
                    .filter_map(|(r, a)| match a {
                        Answer::Text(text) => {
                            let published = decisions
                                .iter()
                                .find(|(id, question, _)| *id == r.id && *question == q as i64)
                                .map(|(.., p)| *p);
                            Some(TextAnswer { response_id: r.id.clone(), text: text.clone(), published })
                        }
                        _ => None,
                    })
                    .filter(|a| staff || a.published == Some(true))
                    .collect();
                QuestionResult::Texts(texts)
            }
            _ => QuestionResult::Suppressed,
        };
        out.push(result);
    }

    // Scales, and the same scales (by name) on the previous wave of the series.
    let now_scales = scale_results(&w, t);
    let series = store::series(db, access.community.id, survey.series()).await?;
    let earlier = series
        .into_iter()
        .rfind(|x| x.id < survey.id && x.status == Status::Closed && (staff || x.published_at.is_some()));
    let before = match &earlier {
        Some(e) => {
            let pw = wave(svc, e.id).await?;
            let r = scale_results(&pw, t);
            pw.scales.iter().map(|x| x.name.clone()).zip(r).collect::<Vec<_>>()
        }
        None => Vec::new(),
    };
    let outcomes = match survey.initiative_id {
        Some(i) => tandem_store::initiatives::outcomes(db, i).await?,
        None => Vec::new(),
    };
    let scales = w
        .scales
        .iter()
        .zip(now_scales)
        .map(|(sc, (estimate, alpha))| {
            let previous = earlier.as_ref().and_then(|e| {
                let (_, (b, _)) = before.iter().find(|(name, _)| *name == sc.name)?;
                let b = (*b)?;
                let change = estimate.as_ref().and_then(|a| stats::change(&b, a));
                Some((e.clone(), b, change))
            });
            ScaleResults {
                position: sc.position,
                name: sc.name.clone(),
                items: sc.items.len(),
                outcome: sc
                    .outcome_id
                    .and_then(|o| outcomes.iter().find(|x| x.id == o))
                    .map(|o| (o.id, o.description.clone(), o.target.clone())),
                estimate,
                alpha,
                previous,
            }
        })
        .collect();

    Ok(Results {
        survey,
        questions: w.questions,
        scales,
        respondents,
        schools: schools_cells,
        total,
        invited: roll.len() as i64,
        rates: if staff { rates_of(&roll, &groups) } else { Vec::new() },
        results: out,
    })
}

/// What the triangle shows for an outcome measured by a survey: the latest
/// published wave's score of the scale linked to it.
#[derive(Debug, Clone, PartialEq)]
pub struct Measured {
    pub outcome_id: i64,
    pub survey: Survey,
    pub scale: String,
    pub estimate: Option<Estimate>,
    pub change: Option<Change>,
}

/// The initiative's outcomes measured by published survey results.
pub async fn measured(svc: &Service, access: &Access, initiative: i64) -> Result<Vec<Measured>> {
    let links = store::measured_outcomes(svc.db.pool(), initiative).await?;
    let mut out: Vec<Measured> = Vec::new();
    for (outcome, survey, position) in links {
        if out.iter().any(|m| m.outcome_id == outcome) {
            continue; // the newest survey's measure stands
        }
        let r = results(svc, access, survey).await?;
        if let Some(sc) = r.scales.iter().find(|s| s.position == position) {
            out.push(Measured {
                outcome_id: outcome,
                survey: r.survey.clone(),
                scale: sc.name.clone(),
                estimate: sc.estimate,
                change: sc.previous.as_ref().and_then(|(_, _, c)| *c),
            });
        }
    }
    Ok(out)
}

/// How many of the initiative's measurable outcomes no published survey has measured.
pub async fn unmeasured(svc: &Service, initiative: i64) -> Result<usize> {
    let db = svc.db.pool();
    let (outcomes, links) = tokio::try_join!(
        tandem_store::initiatives::outcomes(db, initiative),
        store::measured_outcomes(db, initiative)
    )?;
    Ok(outcomes
        .iter()
        .filter(|o| !o.measure.trim().is_empty() && !o.target.trim().is_empty())
        .filter(|o| !links.iter().any(|(id, ..)| *id == o.id))
        .count())
}

// ---- exports

/// The responses as CSV (organisers): one row per response, one column per
/// answer (a grid's rows and a ranking's places each their own); names only
/// for named surveys (pupils never), and otherwise no group or school with
/// fewer answers than the threshold; every cell formula-safe.
pub async fn responses_csv(svc: &Service, access: &Access, id: i64) -> Result<String> {
    use tandem_domain::export::Sheet;
    access.require_facilitator()?;
    let s = load(svc, access, id).await?;
    let db = svc.db.pool();
    let (w, groups, schools) =
        tokio::try_join!(wave(svc, id), async { Ok(communities::groups(db, access.community.id).await?) }, async {
            Ok(communities::schools(db, access.community.id).await?)
        },)?;
    let named = s.mode == Mode::Named;
    let mut header: Vec<String> = vec!["response".into(), "group".into(), "school".into(), "paper".into()];
    if named {
        header.push("name".into());
    }
    let columns = codebook_columns(&w.questions);
    header.extend(columns.iter().map(|c| c.0.clone()));
    let names: Vec<(i64, String)> = if named {
        let ids: Vec<i64> = w.responses.iter().filter_map(|r| r.user_id).collect();
        let mut conn = svc.read().await?;
        let members = communities::members(&mut conn, access.community.id, None, None, 100_000).await?.members;
        members
            .into_iter()
            .filter(|m| ids.contains(&m.membership.user_id))
            // Pupils are never named in an export.
            .map(|m| (m.membership.user_id, if m.membership.protected { "pupil".to_owned() } else { m.display_name }))
            .collect()
    } else {
        Vec::new()
    };
    // Unless answers are named, a group or school with fewer answers than the
    // threshold is left blank: with one parent in a group, the group column
    // would point at them.
    let threshold = access.community.threshold.get();
    let mut per_group: std::collections::HashMap<i64, i64> = std::collections::HashMap::new();
    let mut per_school: std::collections::HashMap<i64, i64> = std::collections::HashMap::new();
    for r in &w.responses {
        if let Some(g) = r.group_id {
            *per_group.entry(g).or_default() += 1;
        }
        if let Some(x) = r.school_id {
            *per_school.entry(x).or_default() += 1;
        }
    }
    let mut sheet = Sheet::new(header);
    // Anonymous responses are listed in their random ids' order, which says nothing of when they came.
    for (n, r) in w.responses.iter().enumerate() {
        let group = r.group_id.filter(|g| named || per_group.get(g).copied().unwrap_or(0) >= threshold);
        let school = r.school_id.filter(|x| named || per_school.get(x).copied().unwrap_or(0) >= threshold);
        let mut row = vec![
            (n + 1).to_string(),
            group.and_then(|g| groups.iter().find(|x| x.id == g)).map(|g| g.key.clone()).unwrap_or_default(),
            school.and_then(|x| schools.iter().find(|s| s.id == x)).map(|s| s.name.clone()).unwrap_or_default(),
            if r.paper { "yes" } else { "no" }.to_owned(),
        ];
        if named {
            row.push(
                r.user_id
                    .and_then(|u| names.iter().find(|(id, _)| *id == u))
                    .map(|(_, n)| n.clone())
                    .unwrap_or_default(),
            );
        }
        for (_, cell) in &columns {
            row.push(cell(&r.answers));
        }
        sheet.push(row);
    }
    Ok(sheet.to_csv())
}

type Cellf = Box<dyn Fn(&[Option<Answer>]) -> String + Send + Sync>;

/// Each column of the responses export: its name and how a response fills it.
fn codebook_columns(questions: &[Question]) -> Vec<(String, Cellf)> {
    let mut out: Vec<(String, Cellf)> = Vec::new();
    for (n, q) in questions.iter().enumerate() {
        let name = format!("q{}", n + 1);
        match q.kind {
            QuestionKind::Grid => {
                for r in 0..q.rows.len() {
                    out.push((
                        format!("{name}_{}", r + 1),
                        Box::new(move |a: &[Option<Answer>]| match a.get(n) {
                            Some(Some(Answer::Grid(cells))) => {
                                cells.get(r).copied().flatten().map(|v| v.to_string()).unwrap_or_default()
                            }
                            _ => String::new(),
                        }),
                    ));
                }
            }
            QuestionKind::Ranking => {
                for place in 0..q.options.len() {
                    out.push((
                        format!("{name}_rank{}", place + 1),
                        Box::new(move |a: &[Option<Answer>]| match a.get(n) {
                            Some(Some(Answer::Ranking(order))) => {
                                order.get(place).map(|o| (o + 1).to_string()).unwrap_or_default()
                            }
                            _ => String::new(),
                        }),
                    ));
                }
            }
            QuestionKind::Multiple => {
                for o in 0..q.options.len() {
                    out.push((
                        format!("{name}_{}", o + 1),
                        Box::new(move |a: &[Option<Answer>]| match a.get(n) {
                            Some(Some(Answer::Choices { options, .. })) => {
                                if options.contains(&o) { "1" } else { "0" }.to_owned()
                            }
                            _ => String::new(),
                        }),
                    ));
                }
                if q.other {
                    out.push((
                        format!("{name}_other"),
                        Box::new(move |a: &[Option<Answer>]| match a.get(n) {
                            Some(Some(Answer::Choices { other: Some(t), .. })) => t.clone(),
                            _ => String::new(),
                        }),
                    ));
                }
            }
            _ => {
                let other = q.other;
                out.push((
                    name.clone(),
                    Box::new(move |a: &[Option<Answer>]| match a.get(n) {
                        Some(Some(Answer::Choice { option: Some(o), .. })) => (o + 1).to_string(),
                        Some(Some(Answer::Value(v))) => v.to_string(),
                        Some(Some(Answer::Text(t))) => t.clone(),
                        _ => String::new(),
                    }),
                ));
                if other {
                    out.push((
                        format!("{name}_other"),
                        Box::new(move |a: &[Option<Answer>]| match a.get(n) {
                            Some(Some(Answer::Choice { other: Some(t), .. })) => t.clone(),
                            _ => String::new(),
                        }),
                    ));
                }
            }
        }
    }
    out
}

/// The codebook: each column of the responses export, what it asks and
/// what its values mean (in the reader's language for the scale labels).
pub async fn codebook_csv(
    svc: &Service,
    access: &Access,
    id: i64,
    label: &(dyn Fn(&str) -> String + Sync),
) -> Result<String> {
    use tandem_domain::export::Sheet;
    access.require_facilitator()?;
    load(svc, access, id).await?;
    let db = svc.db.pool();
    let (questions, scales) = tokio::try_join!(store::questions(db, id), store::scales(db, id))?;
    let mut sheet =
        Sheet::new(["column", "question", "type", "values", "scales"].iter().map(|h| (*h).to_owned()).collect());
    let in_scales = |q: usize, row: Option<usize>| -> String {
        scales
            .iter()
            .filter_map(|s| {
                s.items
                    .iter()
                    .find(|i| i.question == q && i.row == row)
                    .map(|i| if i.reverse { format!("{} (reversed)", s.name) } else { s.name.clone() })
            })
            .collect::<Vec<_>>()
            .join("; ")
    };
    let numbered =
        |opts: &[String]| opts.iter().enumerate().map(|(k, o)| format!("{}={o}", k + 1)).collect::<Vec<_>>().join("; ");
    let scale_values = |q: &Question| -> String {
        let key = q.labels.map(|l| l.key()).unwrap_or("agreement");
        (1..=tandem_domain::surveys::SCALE_POINTS)
            .map(|p| format!("{p}={}", label(&format!("survey-label-{key}-{p}"))))
            .collect::<Vec<_>>()
            .join("; ")
    };
    for (n, q) in questions.iter().enumerate() {
        let name = format!("q{}", n + 1);
        let kind = q.kind.key().to_owned();
        match q.kind {
            QuestionKind::Grid => {
                for (r, row) in q.rows.iter().enumerate() {
                    sheet.push(vec![
                        format!("{name}_{}", r + 1),
                        format!("{} — {row}", q.prompt),
                        kind.clone(),
                        scale_values(q),
                        in_scales(n, Some(r)),
                    ]);
                }
            }
            QuestionKind::Ranking => {
                for place in 0..q.options.len() {
                    sheet.push(vec![
                        format!("{name}_rank{}", place + 1),
                        format!("{} — {}", q.prompt, place + 1),
                        kind.clone(),
                        numbered(&q.options),
                        String::new(),
                    ]);
                }
            }
            QuestionKind::Multiple => {
                for (o, option) in q.options.iter().enumerate() {
                    sheet.push(vec![
                        format!("{name}_{}", o + 1),
                        format!("{} — {option}", q.prompt),
                        kind.clone(),
                        "1=chosen; 0=not chosen".into(),
                        String::new(),
                    ]);
                }
                if q.other {
                    sheet.push(vec![
                        format!("{name}_other"),
                        q.prompt.clone(),
                        "text".into(),
                        String::new(),
                        String::new(),
                    ]);
                }
            }
            _ => {
                let values = match q.kind {
                    QuestionKind::Scale => scale_values(q),
                    QuestionKind::Rating => "0–10".to_owned(),
                    QuestionKind::Single => numbered(&q.options),
                    _ => String::new(),
                };
                sheet.push(vec![name.clone(), q.prompt.clone(), kind, values, in_scales(n, None)]);
                if q.other {
                    sheet.push(vec![
                        format!("{name}_other"),
                        q.prompt.clone(),
                        "text".into(),
                        String::new(),
                        String::new(),
                    ]);
                }
            }
        }
    }
    Ok(sheet.to_csv())
}

/// The outcomes a survey's scales may measure: its initiative's.
pub async fn outcomes(svc: &Service, access: &Access, id: i64) -> Result<Vec<tandem_store::initiatives::Outcome>> {
    let s = load(svc, access, id).await?;
    Ok(match s.initiative_id {
        Some(i) => tandem_store::initiatives::outcomes(svc.db.pool(), i).await?,
        None => Vec::new(),
    })
}

/// A community's surveys (of one initiative, or all) that this reader may
/// see: organisers see drafts too.
pub async fn list(svc: &Service, access: &Access, initiative: Option<i64>) -> Result<Vec<Survey>> {
    let all = store::list(svc.db.pool(), access.community.id, initiative).await?;
    // A survey of an initiative this reader may not see is not listed either.
    let mut visible: Vec<(i64, bool)> = Vec::new();
    let mut out = Vec::with_capacity(all.len());
    for s in all.into_iter().filter(|s| access.can_facilitate() || s.status != Status::Draft) {
        let shown = match s.initiative_id {
            None => true,
            Some(i) => match visible.iter().find(|(id, _)| *id == i) {
                Some((_, v)) => *v,
                None => {
                    let v = match tandem_store::initiatives::by_id(svc.db.pool(), i).await? {
                        Some(found) => access.check_visible(&found).is_ok(),
                        None => false,
                    };
                    visible.push((i, v));
                    v
                }
            },
        };
        if shown {
            out.push(s);
        }
    }
    Ok(out)
}

/// A survey with its questions and scales (drafts for organisers only).
pub async fn get(svc: &Service, access: &Access, id: i64) -> Result<(Survey, Vec<Question>, Vec<StoredScale>)> {
    let s = load(svc, access, id).await?;
    if s.status == Status::Draft && !access.can_facilitate() {
        return Err(Error::NotFound);
    }
    let db = svc.db.pool();
    let (questions, scales) = tokio::try_join!(store::questions(db, id), store::scales(db, id))?;
    Ok((s, questions, scales))
}
