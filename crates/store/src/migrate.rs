//! Embedded migrations, one folder per backend, applied in order.

use sqlx::Row;

use crate::{Backend, Db, Result};

struct Migration {
    version: i64,
    name: &'static str,
    sql: &'static str,
}

/// Work a migration needs done in Rust, in its own transaction after its SQL.
#[derive(Clone, Copy)]
enum After {
    /// Seal the entries written before the audit chain existed (SQL has no SHA-256).
    SealAudit,
}

/// The Rust step of each migration that has one, by version.
fn after(version: i64) -> Option<After> {
    (version == 16).then_some(After::SealAudit)
}

const SQLITE: &[Migration] = &[
    Migration { version: 1, name: "foundation", sql: include_str!("../migrations/sqlite/0001_foundation.sql") },
    Migration { version: 2, name: "seed_model", sql: include_str!("../migrations/sqlite/0002_seed_model.sql") },
    Migration { version: 3, name: "ideas", sql: include_str!("../migrations/sqlite/0003_ideas.sql") },
    Migration { version: 4, name: "decisions", sql: include_str!("../migrations/sqlite/0004_decisions.sql") },
    Migration { version: 5, name: "conversations", sql: include_str!("../migrations/sqlite/0005_conversations.sql") },
    Migration { version: 6, name: "service", sql: include_str!("../migrations/sqlite/0006_service.sql") },
    Migration {
        version: 7,
        name: "protected_authors",
        sql: include_str!("../migrations/sqlite/0007_protected_authors.sql"),
    },
    Migration { version: 8, name: "threshold", sql: include_str!("../migrations/sqlite/0008_threshold.sql") },
    Migration { version: 9, name: "token_scopes", sql: include_str!("../migrations/sqlite/0009_token_scopes.sql") },
    Migration {
        version: 10,
        name: "poll_lifecycle",
        sql: include_str!("../migrations/sqlite/0010_poll_lifecycle.sql"),
    },
    Migration { version: 11, name: "ballots", sql: include_str!("../migrations/sqlite/0011_ballots.sql") },
    Migration { version: 12, name: "one_account", sql: include_str!("../migrations/sqlite/0012_one_account.sql") },
    Migration {
        version: 13,
        name: "known_addresses",
        sql: include_str!("../migrations/sqlite/0013_known_addresses.sql"),
    },
    Migration { version: 14, name: "account_links", sql: include_str!("../migrations/sqlite/0014_account_links.sql") },
    Migration { version: 15, name: "second_factor", sql: include_str!("../migrations/sqlite/0015_second_factor.sql") },
    Migration { version: 16, name: "audit_chain", sql: include_str!("../migrations/sqlite/0016_audit_chain.sql") },
    Migration {
        version: 17,
        name: "initiative_drafts",
        sql: include_str!("../migrations/sqlite/0017_initiative_drafts.sql"),
    },
    Migration {
        version: 18,
        name: "community_place",
        sql: include_str!("../migrations/sqlite/0018_community_place.sql"),
    },
    Migration { version: 19, name: "post_edits", sql: include_str!("../migrations/sqlite/0019_post_edits.sql") },
    Migration {
        version: 20,
        name: "content_languages",
        sql: include_str!("../migrations/sqlite/0020_content_languages.sql"),
    },
    Migration { version: 21, name: "list_keys", sql: include_str!("../migrations/sqlite/0021_list_keys.sql") },
    Migration { version: 22, name: "unread", sql: include_str!("../migrations/sqlite/0022_unread.sql") },
    Migration { version: 23, name: "counts", sql: include_str!("../migrations/sqlite/0023_counts.sql") },
    Migration { version: 24, name: "unanswered", sql: include_str!("../migrations/sqlite/0024_unanswered.sql") },
    Migration {
        version: 25,
        name: "conversation_counts",
        sql: include_str!("../migrations/sqlite/0025_conversation_counts.sql"),
    },
    Migration { version: 26, name: "idea_counts", sql: include_str!("../migrations/sqlite/0026_idea_counts.sql") },
    Migration { version: 27, name: "answered", sql: include_str!("../migrations/sqlite/0027_answered.sql") },
    Migration {
        version: 28,
        name: "api_tokens_by_user",
        sql: include_str!("../migrations/sqlite/0028_api_tokens_by_user.sql"),
    },
    Migration {
        version: 29,
        name: "bulk_idea_counts",
        sql: include_str!("../migrations/sqlite/0029_bulk_idea_counts.sql"),
    },
    Migration {
        version: 30,
        name: "notifications_spread",
        sql: include_str!("../migrations/sqlite/0030_notifications_spread.sql"),
    },
    Migration {
        version: 31,
        name: "representation",
        sql: include_str!("../migrations/sqlite/0031_representation.sql"),
    },
    Migration { version: 32, name: "sortition", sql: include_str!("../migrations/sqlite/0032_sortition.sql") },
    Migration { version: 33, name: "bodies", sql: include_str!("../migrations/sqlite/0033_bodies.sql") },
    Migration { version: 34, name: "events", sql: include_str!("../migrations/sqlite/0034_events.sql") },
    Migration { version: 35, name: "actions", sql: include_str!("../migrations/sqlite/0035_actions.sql") },
    Migration { version: 36, name: "rosters", sql: include_str!("../migrations/sqlite/0036_rosters.sql") },
    Migration { version: 37, name: "surveys", sql: include_str!("../migrations/sqlite/0037_surveys.sql") },
    Migration {
        version: 38,
        name: "survey_results",
        sql: include_str!("../migrations/sqlite/0038_survey_results.sql"),
    },
];

const POSTGRES: &[Migration] = &[
    Migration { version: 1, name: "foundation", sql: include_str!("../migrations/postgres/0001_foundation.sql") },
    Migration { version: 2, name: "seed_model", sql: include_str!("../migrations/postgres/0002_seed_model.sql") },
    Migration { version: 3, name: "ideas", sql: include_str!("../migrations/postgres/0003_ideas.sql") },
    Migration { version: 4, name: "decisions", sql: include_str!("../migrations/postgres/0004_decisions.sql") },
    Migration { version: 5, name: "conversations", sql: include_str!("../migrations/postgres/0005_conversations.sql") },
    Migration { version: 6, name: "service", sql: include_str!("../migrations/postgres/0006_service.sql") },
    Migration {
        version: 7,
        name: "protected_authors",
        sql: include_str!("../migrations/postgres/0007_protected_authors.sql"),
    },
    Migration { version: 8, name: "threshold", sql: include_str!("../migrations/postgres/0008_threshold.sql") },
    Migration { version: 9, name: "token_scopes", sql: include_str!("../migrations/postgres/0009_token_scopes.sql") },
    Migration {
        version: 10,
        name: "poll_lifecycle",
        sql: include_str!("../migrations/postgres/0010_poll_lifecycle.sql"),
    },
    Migration { version: 11, name: "ballots", sql: include_str!("../migrations/postgres/0011_ballots.sql") },
    Migration { version: 12, name: "one_account", sql: include_str!("../migrations/postgres/0012_one_account.sql") },
    Migration {
        version: 13,
        name: "known_addresses",
        sql: include_str!("../migrations/postgres/0013_known_addresses.sql"),
    },
    Migration {
        version: 14,
        name: "account_links",
        sql: include_str!("../migrations/postgres/0014_account_links.sql"),
    },
    Migration {
        version: 15,
        name: "second_factor",
        sql: include_str!("../migrations/postgres/0015_second_factor.sql"),
    },
    Migration { version: 16, name: "audit_chain", sql: include_str!("../migrations/postgres/0016_audit_chain.sql") },
    Migration {
        version: 17,
        name: "initiative_drafts",
        sql: include_str!("../migrations/postgres/0017_initiative_drafts.sql"),
    },
    Migration {
        version: 18,
        name: "community_place",
        sql: include_str!("../migrations/postgres/0018_community_place.sql"),
    },
    Migration { version: 19, name: "post_edits", sql: include_str!("../migrations/postgres/0019_post_edits.sql") },
    Migration {
        version: 20,
        name: "content_languages",
        sql: include_str!("../migrations/postgres/0020_content_languages.sql"),
    },
    Migration { version: 21, name: "list_keys", sql: include_str!("../migrations/postgres/0021_list_keys.sql") },
    Migration { version: 22, name: "unread", sql: include_str!("../migrations/postgres/0022_unread.sql") },
    Migration { version: 23, name: "counts", sql: include_str!("../migrations/postgres/0023_counts.sql") },
    Migration { version: 24, name: "unanswered", sql: include_str!("../migrations/postgres/0024_unanswered.sql") },
    Migration {
        version: 25,
        name: "conversation_counts",
        sql: include_str!("../migrations/postgres/0025_conversation_counts.sql"),
    },
    Migration { version: 26, name: "idea_counts", sql: include_str!("../migrations/postgres/0026_idea_counts.sql") },
    Migration { version: 27, name: "answered", sql: include_str!("../migrations/postgres/0027_answered.sql") },
    Migration {
        version: 28,
        name: "api_tokens_by_user",
        sql: include_str!("../migrations/postgres/0028_api_tokens_by_user.sql"),
    },
    Migration {
        version: 29,
        name: "bulk_idea_counts",
        sql: include_str!("../migrations/postgres/0029_bulk_idea_counts.sql"),
    },
    Migration {
        version: 30,
        name: "notifications_spread",
        sql: include_str!("../migrations/postgres/0030_notifications_spread.sql"),
    },
    Migration {
        version: 31,
        name: "representation",
        sql: include_str!("../migrations/postgres/0031_representation.sql"),
    },
    Migration { version: 32, name: "sortition", sql: include_str!("../migrations/postgres/0032_sortition.sql") },
    Migration { version: 33, name: "bodies", sql: include_str!("../migrations/postgres/0033_bodies.sql") },
    Migration { version: 34, name: "events", sql: include_str!("../migrations/postgres/0034_events.sql") },
    Migration { version: 35, name: "actions", sql: include_str!("../migrations/postgres/0035_actions.sql") },
    Migration { version: 36, name: "rosters", sql: include_str!("../migrations/postgres/0036_rosters.sql") },
    Migration { version: 37, name: "surveys", sql: include_str!("../migrations/postgres/0037_surveys.sql") },
    Migration {
        version: 38,
        name: "survey_results",
        sql: include_str!("../migrations/postgres/0038_survey_results.sql"),
    },
];

/// An arbitrary constant naming Tandem's migration lock on PostgreSQL.
const PG_LOCK_KEY: i64 = 0x7A4D_0001;

/// The newest schema version this binary knows.
pub(crate) fn latest(backend: Backend) -> i64 {
    let all = match backend {
        Backend::Sqlite => SQLITE,
        Backend::Postgres => POSTGRES,
    };
    all.last().map(|m| m.version).unwrap_or_default()
}

/// The newest version applied to the database (0 when none is).
pub(crate) async fn current(c: &mut crate::Conn, backend: Backend) -> Result<i64> {
    let exists = match backend {
        Backend::Sqlite => {
            "SELECT COUNT(*) AS n FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'"
        }
        Backend::Postgres => {
            "SELECT COUNT(*) AS n FROM information_schema.tables \
                              WHERE table_schema = current_schema() AND table_name = 'schema_migrations'"
        }
    };
    let n: i64 = sqlx::query(exists).fetch_one(&mut *c).await?.try_get("n")?;
    if n == 0 {
        return Ok(0);
    }
    let row = sqlx::query("SELECT COALESCE(MAX(version), 0) AS v FROM schema_migrations").fetch_one(&mut *c).await?;
    Ok(row.try_get("v")?)
}

pub(crate) async fn run(db: &Db) -> Result<usize> {
    run_until(db, i64::MAX).await
}

/// Applies the migrations up to and including `last` (tests of an upgrade
/// start from an older schema).
pub(crate) async fn run_until(db: &Db, last: i64) -> Result<usize> {
    let all = match db.backend() {
        Backend::Sqlite => SQLITE,
        Backend::Postgres => POSTGRES,
    };
    let migrations = &all[..all.iter().take_while(|m| m.version <= last).count()];
    let mut conn = db.pool().acquire().await?;
    sqlx::query(
        "CREATE TABLE IF NOT EXISTS schema_migrations (
            version BIGINT PRIMARY KEY, name TEXT NOT NULL, applied_at BIGINT NOT NULL)",
    )
    .execute(&mut *conn)
    .await?;
    // PostgreSQL-only: several servers may start at once against one database;
    // an advisory lock makes the others wait. SQLite gets the same effect from
    // BEGIN IMMEDIATE below.
    if db.backend() == Backend::Postgres {
        sqlx::query("SELECT pg_advisory_lock($1)").bind(PG_LOCK_KEY).execute(&mut *conn).await?;
    }
    let result = apply(db, &mut conn, migrations).await;
    if db.backend() == Backend::Postgres {
        sqlx::query("SELECT pg_advisory_unlock($1)").bind(PG_LOCK_KEY).execute(&mut *conn).await?;
    }
    result
}

async fn apply(db: &Db, conn: &mut sqlx::pool::PoolConnection<sqlx::Any>, migrations: &[Migration]) -> Result<usize> {
    let mut applied = 0;
    for m in migrations {
        let begin = if db.backend() == Backend::Sqlite { "BEGIN IMMEDIATE" } else { "BEGIN" };
        sqlx::raw_sql(begin).execute(&mut **conn).await?;
        let done = sqlx::query("SELECT COUNT(*) AS n FROM schema_migrations WHERE version = $1")
            .bind(m.version)
            .fetch_one(&mut **conn)
            .await?
            .try_get::<i64, _>("n")?;
        if done > 0 {
            sqlx::raw_sql("COMMIT").execute(&mut **conn).await?;
            continue;
        }
        let outcome = async {
            sqlx::raw_sql(m.sql).execute(&mut **conn).await?;
            match after(m.version) {
                Some(After::SealAudit) => crate::audit::seal_unsealed(conn).await?,
                None => 0,
            };
            // The database's own clock stamps the row: operators read it, nothing
            // decides on it, and the application reads the wall clock in one place only.
            let stamp = match db.backend() {
                Backend::Sqlite => {
                    "INSERT INTO schema_migrations (version, name, applied_at) \
                                    VALUES ($1, $2, CAST(strftime('%s', 'now') AS INTEGER))"
                }
                Backend::Postgres => {
                    "INSERT INTO schema_migrations (version, name, applied_at) \
                                      VALUES ($1, $2, CAST(EXTRACT(EPOCH FROM now()) AS BIGINT))"
                }
            };
            sqlx::query(stamp).bind(m.version).bind(m.name).execute(&mut **conn).await?;
            Ok::<_, sqlx::Error>(())
        }
        .await;
        match outcome {
            Ok(()) => {
                sqlx::raw_sql("COMMIT").execute(&mut **conn).await?;
                applied += 1;
                tracing::info!(version = m.version, name = m.name, "applied migration");
            }
            Err(e) => {
                let _ = sqlx::raw_sql("ROLLBACK").execute(&mut **conn).await;
                return Err(e.into());
            }
        }
    }
    Ok(applied)
}
