//! Tandem's use cases, one public function each, called alike by pages, the
//! API, the command line and the background worker.
//!
//! A use case takes the actor (who asks, through which door, with their role
//! in the community), typed input and the time. It checks the rule in
//! `tandem_domain`, opens one transaction, writes through `tandem_store`,
//! records the audit entry, touches what it changed, queues notifications and
//! jobs, and commits: a failure at any step leaves nothing written. Reads that
//! follow a rule (who may see what) live here too, so every door shows the same.

use std::sync::Arc;

use tandem_domain::Timestamp;
use tandem_store::{Conn, Db, StoreError, Tx};

pub mod accountability;
pub mod accounts;
pub mod actions;
pub mod actor;
pub mod audit;
pub mod backup;
pub mod ballots;
pub mod bodies;
pub mod budgets;
pub mod charter;
pub mod clock;
pub mod community;
pub mod conversations;
pub mod counting;
pub mod counts;
pub mod engagement;
pub mod environment;
pub mod error;
pub mod events;
pub mod health;
pub mod i18n;
pub mod ideas;
pub mod initiatives;
pub mod invitations;
pub mod jobs;
pub mod mail;
pub mod meetings;
pub mod memo;
pub mod moderation;
pub mod notifications;
pub mod notify;
pub mod paging;
pub mod phases;
pub mod polls;
pub mod recovery;
pub mod representation;
pub mod rosters;
pub mod second_factor;
pub mod secrets;
pub mod sortition;
pub mod surveys;
pub mod translations;
pub mod worksheet;

#[cfg(feature = "testing")]
pub mod testing;

pub use actor::{Access, Actor, Door};
pub use clock::{Clock, ManualClock, SystemClock};
pub use error::{Error, Result};

/// The address emails come from when none is configured.
pub const DEFAULT_MAIL_FROM: &str = "Tandem <noreply@tandem.invalid>";

/// What every use case needs: the database, the messages in every language
/// (emails are written in each recipient's), the clock the doors read, and
/// the mail settings. Cheap to clone.
#[derive(Clone)]
pub struct Service {
    pub db: Db,
    pub i18n: Arc<i18n::I18n>,
    pub clock: Arc<dyn Clock>,
    /// Without an SMTP server, notifications stay in the app.
    pub mailer: Option<Arc<mail::Mailer>>,
    /// The address people use, e.g. https://tandem.example.org, for links in
    /// emails and invitations.
    pub public_url: Option<String>,
    /// "Who takes part" reports kept for a moment (see `representation::Memo`).
    pub(crate) reports: Arc<representation::Memo>,
    /// Published survey results kept for a moment (see `surveys::results`).
    pub(crate) survey_results: Arc<memo::Memo<i64, Arc<surveys::Results>>>,
}

impl Service {
    pub fn new(db: Db) -> Service {
        Service {
            db,
            i18n: Arc::new(i18n::I18n::new()),
            clock: Arc::new(SystemClock),
            mailer: None,
            public_url: None,
            reports: Arc::default(),
            survey_results: Arc::default(),
        }
    }

    pub fn with_clock(mut self, clock: Arc<dyn Clock>) -> Service {
        self.clock = clock;
        self
    }

    pub fn with_mailer(mut self, mailer: mail::Mailer) -> Service {
        self.mailer = Some(Arc::new(mailer));
        self
    }

    pub fn with_public_url(mut self, url: Option<String>) -> Service {
        self.public_url = url.map(|u| u.trim_end_matches('/').to_owned()).filter(|u| !u.is_empty());
        self
    }

    /// The time a door hands to the use cases it calls.
    pub fn now(&self) -> Timestamp {
        self.clock.now()
    }

    /// The base of links in emails: the public URL, or localhost when none is set.
    pub fn base_url(&self) -> String {
        self.public_url.clone().unwrap_or_else(|| String::from("http://localhost"))
    }

    /// A write transaction (see [`Db::begin`]).
    pub(crate) async fn begin(&self) -> Result<Tx> {
        Ok(self.db.begin().await?)
    }

    /// A connection for several reads in a row.
    pub(crate) async fn read(&self) -> Result<tandem_store::PoolConnection> {
        Ok(self.db.acquire().await?)
    }
}

/// Commits a use case's transaction.
pub(crate) async fn commit(tx: Tx) -> Result<()> {
    tx.commit().await.map_err(StoreError::from)?;
    Ok(())
}

/// Marks an initiative as changed now (its "updated" date), inside the use case's transaction.
pub(crate) async fn touch(c: &mut Conn, initiative_id: i64, now: Timestamp) -> Result<()> {
    tandem_store::initiatives::touch(&mut *c, initiative_id, now).await?;
    Ok(())
}
