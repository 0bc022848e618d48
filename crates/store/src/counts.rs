//! Stored counts: a poll's or budget's result, counted once when its count
//! became final, with how many ballots it counted and their hash. The body
//! is the service's JSON; this module only keeps it.

use tandem_domain::Timestamp;

use crate::{Exec, Result, decisions::BallotBox, get, int_flag, opt_ts, ts};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredCount {
    pub ballots: i64,
    pub ballots_sha256: String,
    pub body: String,
    pub counted_at: Timestamp,
    /// The last recount: when, and whether it matched.
    pub recount: Option<(Timestamp, bool)>,
}

pub async fn get_count(db: impl Exec<'_>, ballot_box: BallotBox, owner_id: i64) -> Result<Option<StoredCount>> {
    let row = sqlx::query(
        "SELECT ballots, ballots_sha256, body, counted_at, recounted_at, recount_matches
         FROM counts WHERE ballot_box = $1 AND owner_id = $2",
    )
    .bind(ballot_box.key())
    .bind(owner_id)
    .fetch_optional(db)
    .await?;
    let Some(r) = row else { return Ok(None) };
    let recount = match (opt_ts(&r, "recounted_at")?, get::<Option<i64>>(&r, "recount_matches")?) {
        (Some(at), Some(matches)) => Some((at, matches != 0)),
        _ => None,
    };
    Ok(Some(StoredCount {
        ballots: get(&r, "ballots")?,
        ballots_sha256: get(&r, "ballots_sha256")?,
        body: get(&r, "body")?,
        counted_at: ts(&r, "counted_at")?,
        recount,
    }))
}

/// Stores the count unless one is already stored (the first count stands:
/// two servers counting at once store one result). Returns whether this one was stored.
pub async fn put_count(
    db: impl Exec<'_>,
    ballot_box: BallotBox,
    owner_id: i64,
    ballots: i64,
    ballots_sha256: &str,
    body: &str,
    now: Timestamp,
) -> Result<bool> {
    let done = sqlx::query(
        "INSERT INTO counts (ballot_box, owner_id, ballots, ballots_sha256, body, counted_at)
         VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (ballot_box, owner_id) DO NOTHING",
    )
    .bind(ballot_box.key())
    .bind(owner_id)
    .bind(ballots)
    .bind(ballots_sha256)
    .bind(body)
    .bind(now.0)
    .execute(db)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Records a recount's verdict beside the stored count (the stored result stands).
pub async fn record_recount(
    db: impl Exec<'_>,
    ballot_box: BallotBox,
    owner_id: i64,
    matches: bool,
    now: Timestamp,
) -> Result<bool> {
    let done = sqlx::query(
        "UPDATE counts SET recounted_at = $1, recount_matches = $2 WHERE ballot_box = $3 AND owner_id = $4",
    )
    .bind(now.0)
    .bind(int_flag(matches))
    .bind(ballot_box.key())
    .bind(owner_id)
    .execute(db)
    .await?;
    Ok(done.rows_affected() == 1)
}
