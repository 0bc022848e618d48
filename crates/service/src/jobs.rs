//! The background worker: takes jobs from the database queue and runs them.
//! Any server (or `tandem worker`) can run it; jobs are leased, so two
//! workers never run the same job at once.

use std::time::Duration;

use tandem_domain::{Timestamp, jobs::retry_at, time::HOUR};
use tandem_store::{Db, jobs, sessions, throttle};

use crate::{
    Error, Result, Service, conversations, counts,
    mail::Email,
    notify::{DIGEST_JOB, EMAIL_JOB, send_digests},
};

pub const CLEANUP: &str = "cleanup";
const LEASE_SECS: i64 = 300;

#[derive(Debug, PartialEq, Eq)]
pub enum Step {
    /// Nothing was due.
    Idle,
    Done {
        id: i64,
        kind: String,
    },
    Retrying {
        id: i64,
        kind: String,
    },
    GaveUp {
        id: i64,
        kind: String,
    },
}

/// Schedules the hourly cleanup unless one is already waiting.
pub async fn schedule_cleanup(db: &Db, now: Timestamp) -> tandem_store::Result<()> {
    let next_hour = Timestamp((now.0 / HOUR + 1) * HOUR);
    let job =
        jobs::NewJob { kind: CLEANUP, payload: "{}", run_at: next_hour, max_attempts: 3, dedupe_key: Some(CLEANUP) };
    jobs::enqueue(db.pool(), &job, now).await?;
    Ok(())
}

/// The daily digest runs at 07:00 UTC.
pub const DIGEST_HOUR_UTC: i64 = 7;

/// Schedules the next daily digest unless one is already waiting.
pub async fn schedule_digest(db: &Db, now: Timestamp) -> tandem_store::Result<()> {
    let day = tandem_domain::time::DAY;
    let today_at = Timestamp(now.0 - now.0.rem_euclid(day) + DIGEST_HOUR_UTC * HOUR);
    let run_at = if today_at > now { today_at } else { today_at.plus_days(1) };
    let job = jobs::NewJob { kind: DIGEST_JOB, payload: "{}", run_at, max_attempts: 5, dedupe_key: Some(DIGEST_JOB) };
    jobs::enqueue(db.pool(), &job, now).await?;
    Ok(())
}

async fn run(svc: &Service, job: &jobs::Job, now: Timestamp) -> Result<()> {
    match job.kind.as_str() {
        CLEANUP => {
            let db = svc.db.pool();
            let expired = sessions::purge_expired(db, now).await?;
            // Counters older than the longest memory of any throttle (a day) are forgotten.
            let counters = throttle::purge(db, now.plus_days(-1)).await?;
            let known = throttle::forget_known(db, now.plus_days(-90)).await?;
            let old_jobs = jobs::purge_finished(db, now.plus_days(-30)).await?;
            let links = tandem_store::account_links::purge(db, now.plus_days(-1)).await?;
            tandem_store::users::purge_challenges(db, now).await?;
            tracing::info!(expired, counters, known, old_jobs, links, "cleanup done");
            Ok(())
        }
        EMAIL_JOB => {
            let email: Email =
                serde_json::from_str(&job.payload).map_err(|e| Error::Internal(format!("bad payload: {e}")))?;
            if let Some(idea) = email.about_idea
                && tandem_store::ideas::is_hidden(svc.db.pool(), idea).await?
            {
                tracing::info!(idea, "email about a hidden idea dropped");
                return Ok(());
            }
            let mailer =
                svc.mailer.as_ref().ok_or_else(|| Error::Internal(String::from("no SMTP server is configured")))?;
            mailer.send(&email).await.map_err(Error::Internal)
        }
        DIGEST_JOB => {
            let sent = send_digests(svc, now).await?;
            tracing::info!(sent, "daily digests queued");
            Ok(())
        }
        conversations::OPINION_JOB => conversations::redraw(svc, &job.payload, now).await,
        counts::COUNT_JOB => counts::run_job(svc, &job.payload, now).await,
        crate::meetings::REMINDER_JOB => crate::meetings::run_reminder(svc, &job.payload, now).await,
        crate::actions::OVERDUE_JOB => crate::actions::run_overdue(svc, &job.payload, now).await,
        other => Err(Error::Internal(format!("unknown job kind {other}"))),
    }
}

/// Runs at most one due job. Tests drive the worker with this.
pub async fn step(svc: &Service, worker: &str) -> Result<Step> {
    let now = svc.now();
    let mut conn = svc.read().await?;
    let Some(job) = jobs::claim(&mut conn, worker, now, LEASE_SECS).await? else {
        return Ok(Step::Idle);
    };
    drop(conn);
    match run(svc, &job, now).await {
        Ok(()) => {
            jobs::complete(svc.db.pool(), job.id, svc.now()).await?;
            Ok(Step::Done { id: job.id, kind: job.kind })
        }
        Err(error) => {
            tracing::warn!(id = job.id, kind = %job.kind, %error, "job failed");
            let next = retry_at(job.attempts, job.max_attempts, now);
            jobs::fail(&mut *svc.read().await?, job.id, &error.to_string(), next, now).await?;
            Ok(match next {
                Some(_) => Step::Retrying { id: job.id, kind: job.kind },
                None => Step::GaveUp { id: job.id, kind: job.kind },
            })
        }
    }
}

/// Runs jobs until `stop` fires; sleeps briefly when idle.
pub async fn run_forever(svc: Service, worker: String, mut stop: tokio::sync::watch::Receiver<bool>) {
    loop {
        if *stop.borrow() {
            return;
        }
        if let Err(e) = schedule_cleanup(&svc.db, svc.now()).await {
            tracing::warn!(error = %e, "could not schedule cleanup");
        }
        if let Err(e) = schedule_digest(&svc.db, svc.now()).await {
            tracing::warn!(error = %e, "could not schedule the daily digest");
        }
        let idle = match step(&svc, &worker).await {
            Ok(Step::Idle) => true,
            Ok(_) => false,
            Err(e) => {
                tracing::warn!(error = %e, "worker step failed");
                true
            }
        };
        if idle {
            tokio::select! {
                _ = tokio::time::sleep(Duration::from_secs(2)) => {}
                _ = stop.changed() => {}
            }
        }
    }
}
