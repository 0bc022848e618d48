//! Telling followers: in the app always, by email as each person chose, in
//! each person's language.

use tandem_domain::{
    Timestamp,
    jobs::DEFAULT_MAX_ATTEMPTS,
    notify::{Delivery, NotificationKind, recipients},
};
use tandem_store::{Conn, jobs, notifications, users};

use crate::{
    Result, Service,
    error::internal,
    i18n::{Arg, Lang},
    mail::Email,
};

pub const EMAIL_JOB: &str = "email";
pub const DIGEST_JOB: &str = "digest";

/// What happened, for the notification and the email.
pub struct Event<'a> {
    pub kind: NotificationKind,
    pub initiative_id: i64,
    pub idea_id: Option<i64>,
    pub commitment_id: Option<i64>,
    /// The idea's or commitment's title.
    pub title: &'a str,
    /// The new status, already translated per recipient by `status_id`.
    pub status_id: &'a str,
    /// The public response or progress note.
    pub text: &'a str,
    /// Path of the page to read more, e.g. /c/riverbend/i/x/ideas/4
    pub path: &'a str,
}

/// Queues one email as a job, inside the caller's transaction, so the worker
/// sends it and retries it until it arrives.
pub async fn queue_email(c: &mut Conn, email: &Email, now: Timestamp) -> Result<()> {
    queue_email_keyed(c, email, None, now).await
}

/// Queues an email under a key, by which it can be found (and deleted) later.
pub async fn queue_email_keyed(c: &mut Conn, email: &Email, key: Option<&str>, now: Timestamp) -> Result<()> {
    let payload = serde_json::to_string(email).map_err(internal)?;
    let job = jobs::NewJob {
        kind: EMAIL_JOB,
        payload: &payload,
        run_at: now,
        max_attempts: DEFAULT_MAX_ATTEMPTS,
        dedupe_key: key,
    };
    jobs::enqueue(&mut *c, &job, now).await?;
    Ok(())
}

/// Tells everyone who follows the idea(s), except the person who acted:
/// in the app always, and by email (queued in the same transaction) to those
/// who chose immediate delivery, each in their own language.
pub async fn followers(
    c: &mut Conn,
    svc: &Service,
    followers: &[i64],
    actor: Option<i64>,
    event: &Event<'_>,
    now: Timestamp,
) -> Result<usize> {
    let to = recipients(followers, actor);
    if to.is_empty() {
        return Ok(0);
    }
    let n = notifications::New {
        kind: event.kind,
        initiative_id: event.initiative_id,
        idea_id: event.idea_id,
        commitment_id: event.commitment_id,
        detail: event.title,
    };
    let ids = notifications::create_many(&mut *c, &to, &n, now).await?;
    if svc.mailer.is_none() {
        return Ok(to.len());
    }
    let people = users::get_many(&mut *c, &to).await?;
    let base = svc.base_url();
    let mut emailed = Vec::new();
    for (id, user_id) in ids.iter().zip(&to) {
        let Some(person) = people.iter().find(|u| u.id == *user_id) else { continue };
        let (Some(address), Delivery::Immediate) = (&person.email, person.delivery) else { continue };
        let lang = Lang::parse(&person.lang).unwrap_or(Lang::En);
        let t = |id: &str, args: &[(&str, Arg)]| svc.i18n.format(lang, id, args);
        let status = t(event.status_id, &[]);
        let (subject_id, body_id) = match event.kind {
            NotificationKind::CommitmentProgress => ("email-commitment-subject", "email-commitment-body"),
            NotificationKind::Selected => ("email-selected-subject", "email-selected-body"),
            _ => ("email-idea-subject", "email-idea-body"),
        };
        let body = t(
            body_id,
            &[
                ("title", event.title.into()),
                ("status", status.as_str().into()),
                ("text", event.text.into()),
                ("url", format!("{base}{}", event.path).into()),
            ],
        );
        let footer = t("email-footer", &[("url", format!("{base}/account").into())]);
        let email = Email {
            to: address.clone(),
            subject: t(subject_id, &[("title", event.title.into())]),
            text: format!("{body}\n\n-- \n{footer}\n"),
            about_idea: event.idea_id,
        };
        queue_email(&mut *c, &email, now).await?;
        emailed.push(*id);
    }
    notifications::mark_emailed(&mut *c, &emailed, now).await?;
    Ok(to.len())
}

/// Gathers the day's notifications for daily-digest readers into one email
/// each, in one transaction: every digest is queued, or none is.
pub async fn send_digests(svc: &Service, now: Timestamp) -> Result<usize> {
    let mut tx = svc.begin().await?;
    let due = notifications::digest_due(&mut *tx).await?;
    let mut by_user: Vec<(i64, Vec<&notifications::Notification>)> = Vec::new();
    for n in &due {
        match by_user.iter_mut().find(|(u, _)| *u == n.user_id) {
            Some((_, list)) => list.push(n),
            None => by_user.push((n.user_id, vec![n])),
        }
    }
    let ids: Vec<i64> = by_user.iter().map(|(u, _)| *u).collect();
    let people = users::get_many(&mut tx, &ids).await?;
    let base = svc.base_url();
    let mut sent = 0;
    for (user_id, list) in &by_user {
        let Some(person) = people.iter().find(|u| u.id == *user_id) else { continue };
        let Some(address) = &person.email else { continue };
        let lang = Lang::parse(&person.lang).unwrap_or(Lang::En);
        let t = |id: &str, args: &[(&str, Arg)]| svc.i18n.format(lang, id, args);
        let lines: Vec<String> = list
            .iter()
            .map(|n| {
                format!("- {}", t(&format!("notification-{}", n.kind.key()), &[("title", n.detail.as_str().into())]))
            })
            .collect();
        let email = Email {
            to: address.clone(),
            subject: t("email-digest-subject", &[("count", Arg::from(list.len()))]),
            text: format!(
                "{}\n\n{}\n\n{}\n\n-- \n{}\n",
                t("email-digest-intro", &[]),
                lines.join("\n"),
                t("email-digest-link", &[("url", format!("{base}/notifications").into())]),
                t("email-footer", &[("url", format!("{base}/account").into())])
            ),
            about_idea: None,
        };
        queue_email(&mut tx, &email, now).await?;
        let ids: Vec<i64> = list.iter().map(|n| n.id).collect();
        notifications::mark_emailed(&mut tx, &ids, now).await?;
        sent += 1;
    }
    crate::commit(tx).await?;
    Ok(sent)
}
