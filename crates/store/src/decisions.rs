//! Polls and participatory budgets with their ballots. A member's ballot is
//! one row, replaced when they change it (the UNIQUE constraint makes that
//! true under any number of concurrent submissions); counts are always made
//! from the stored ballots.

use sqlx::any::AnyRow;
use tandem_decide::amount::Decimal;
use tandem_domain::{
    Timestamp,
    decisions::{BudgetBallot, BudgetDraft, BudgetRule, PollDraft, PollMethod, ProjectDraft, ProjectStatus},
};

use crate::{
    Conn, Exec, Result, StoreError, choice, get, opt_ts,
    paging::{After, BindPage},
    ts,
};

fn ids_text(ids: &[i64]) -> String {
    ids.iter().map(i64::to_string).collect::<Vec<_>>().join(",")
}

fn ids_from(text: &str) -> Vec<i64> {
    text.split(',').filter_map(|s| s.trim().parse().ok()).collect()
}

fn decimal(row: &AnyRow, col: &'static str) -> Result<Decimal> {
    let text: String = get(row, col)?;
    Decimal::parse(&text).ok_or(StoreError::Corrupt("a stored amount"))
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Poll {
    pub id: i64,
    pub initiative_id: i64,
    pub decision_area_id: Option<i64>,
    pub title: String,
    pub description: String,
    pub method: PollMethod,
    pub opens_at: Timestamp,
    pub closes_at: Timestamp,
    pub quorum: i64,
    pub eligible_groups: Vec<i64>,
    pub options: Vec<String>,
    /// Ballots that count: members' and confirmed paper ones.
    pub ballots: i64,
    /// Cancelled: nothing is counted.
    pub cancelled_at: Option<Timestamp>,
    /// Closed before its date (`closes_at` is then this moment).
    pub closed_early_at: Option<Timestamp>,
    /// Why it was cancelled or closed early: public.
    pub end_reason: String,
    pub paper: PaperCount,
    /// When its ballots lost their owners (at the close).
    pub sealed_at: Option<Timestamp>,
}

/// Paper ballots of a poll or budget: how many were collected (declared
/// before entering them), entered, and confirmed by a second facilitator;
/// and until when they may still be entered after the close.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct PaperCount {
    pub declared: Option<i64>,
    pub entered: i64,
    pub confirmed: i64,
    pub counting_until: Option<Timestamp>,
}

fn paper_from(row: &AnyRow) -> Result<PaperCount> {
    Ok(PaperCount {
        declared: get(row, "paper_declared")?,
        entered: get(row, "paper_entered")?,
        confirmed: get(row, "paper_confirmed")?,
        counting_until: opt_ts(row, "counting_until")?,
    })
}

/// A stored ballot (poll or budget). Paper ballots have no `user_id` and
/// say who entered them; after the close no ballot has a `user_id` (see [`seal`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredBallot {
    pub user_id: Option<i64>,
    pub content: String,
    /// The random code its voter can look for on the public list after the close.
    pub tracker: String,
    pub entered_by: Option<i64>,
    /// Paper ballots count once a second facilitator confirms them.
    pub confirmed_by: Option<i64>,
    /// The facilitators' names, for the paper ballots' list.
    pub entered_by_name: Option<String>,
    pub confirmed_by_name: Option<String>,
    pub note: String,
    pub updated_at: Timestamp,
    pub id: i64,
}

impl StoredBallot {
    pub fn is_paper(&self) -> bool {
        self.entered_by.is_some()
    }

    /// Whether it counts: every member's ballot, and paper ones once confirmed.
    pub fn counts(&self) -> bool {
        !self.is_paper() || self.confirmed_by.is_some()
    }
}

pub async fn create_poll(
    conn: &mut Conn,
    initiative_id: i64,
    d: &PollDraft,
    by: Option<i64>,
    now: Timestamp,
) -> Result<i64> {
    let row = sqlx::query(
        "INSERT INTO polls (initiative_id, decision_area_id, title, description, method, opens_at, closes_at, quorum,
                            eligible_groups, created_by, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id",
    )
    .bind(initiative_id)
    .bind(d.area_id)
    .bind(&d.title)
    .bind(&d.description)
    .bind(d.method.key())
    .bind(d.dates.opens_at.0)
    .bind(d.dates.closes_at.0)
    .bind(d.quorum)
    .bind(ids_text(&d.eligible_groups))
    .bind(by)
    .bind(now.0)
    .fetch_one(&mut *conn)
    .await?;
    let id: i64 = get(&row, "id")?;
    for (i, label) in d.options.iter().enumerate() {
        sqlx::query("INSERT INTO poll_options (poll_id, position, label) VALUES ($1, $2, $3)")
            .bind(id)
            .bind(i as i64 + 1)
            .bind(label)
            .execute(&mut *conn)
            .await?;
    }
    Ok(id)
}

const POLL_COLUMNS: &str = "p.id, p.initiative_id, p.decision_area_id, p.title, p.description, p.method, p.opens_at,
     p.closes_at, p.quorum, p.eligible_groups, (SELECT COUNT(*) FROM poll_ballots b WHERE b.poll_id = p.id
        AND (b.entered_by IS NULL OR b.confirmed_by IS NOT NULL)) AS ballots,
     p.cancelled_at, p.closed_early_at, p.end_reason, p.sealed_at, p.paper_declared, p.counting_until,
     (SELECT COUNT(*) FROM poll_ballots b WHERE b.poll_id = p.id AND b.entered_by IS NOT NULL) AS paper_entered,
     (SELECT COUNT(*) FROM poll_ballots b WHERE b.poll_id = p.id AND b.confirmed_by IS NOT NULL) AS paper_confirmed";

fn poll_from(row: &AnyRow) -> Result<Poll> {
    let groups: String = get(row, "eligible_groups")?;
    Ok(Poll {
        id: get(row, "id")?,
        initiative_id: get(row, "initiative_id")?,
        decision_area_id: get(row, "decision_area_id")?,
        title: get(row, "title")?,
        description: get(row, "description")?,
        method: choice(row, "method")?,
        opens_at: ts(row, "opens_at")?,
        closes_at: ts(row, "closes_at")?,
        quorum: get(row, "quorum")?,
        eligible_groups: ids_from(&groups),
        options: Vec::new(),
        ballots: get(row, "ballots")?,
        cancelled_at: opt_ts(row, "cancelled_at")?,
        closed_early_at: opt_ts(row, "closed_early_at")?,
        end_reason: get(row, "end_reason")?,
        paper: paper_from(row)?,
        sealed_at: opt_ts(row, "sealed_at")?,
    })
}

/// Locks a poll's row for the rest of the transaction while it takes
/// ballots (open at `now`, not cancelled). False when it does not: casting
/// and editing a poll then run one after the other, never across.
pub async fn lock_open_poll(db: impl Exec<'_>, id: i64, now: Timestamp) -> Result<bool> {
    let done = sqlx::query(
        "UPDATE polls SET id = id WHERE id = $1 AND cancelled_at IS NULL AND opens_at <= $2 AND closes_at > $2",
    )
    .bind(id)
    .bind(now.0)
    .execute(db)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Locks a budget's row while it takes a ballot (open at `now`); false when it does not.
pub async fn lock_open_budget(db: impl Exec<'_>, id: i64, now: Timestamp) -> Result<bool> {
    let done = sqlx::query("UPDATE budgets SET id = id WHERE id = $1 AND opens_at <= $2 AND closes_at > $2")
        .bind(id)
        .bind(now.0)
        .execute(db)
        .await?;
    Ok(done.rows_affected() == 1)
}

/// Rewrites a poll that has no ballot yet: locks it, counts its ballots in a
/// new statement (so one committed meanwhile is seen) and changes it only if
/// there are none. False when a ballot came first.
pub async fn edit_poll(conn: &mut Conn, id: i64, d: &PollDraft) -> Result<bool> {
    sqlx::query("UPDATE polls SET id = id WHERE id = $1").bind(id).execute(&mut *conn).await?;
    let row =
        sqlx::query("SELECT COUNT(*) AS n FROM poll_ballots WHERE poll_id = $1").bind(id).fetch_one(&mut *conn).await?;
    if get::<i64>(&row, "n")? > 0 {
        return Ok(false);
    }
    sqlx::query(
        "UPDATE polls SET decision_area_id = $1, title = $2, description = $3, method = $4, opens_at = $5,
                          closes_at = $6, quorum = $7, eligible_groups = $8
         WHERE id = $9",
    )
    .bind(d.area_id)
    .bind(&d.title)
    .bind(&d.description)
    .bind(d.method.key())
    .bind(d.dates.opens_at.0)
    .bind(d.dates.closes_at.0)
    .bind(d.quorum)
    .bind(ids_text(&d.eligible_groups))
    .bind(id)
    .execute(&mut *conn)
    .await?;
    sqlx::query("DELETE FROM poll_options WHERE poll_id = $1").bind(id).execute(&mut *conn).await?;
    for (i, label) in d.options.iter().enumerate() {
        sqlx::query("INSERT INTO poll_options (poll_id, position, label) VALUES ($1, $2, $3)")
            .bind(id)
            .bind(i as i64 + 1)
            .bind(label)
            .execute(&mut *conn)
            .await?;
    }
    Ok(true)
}

/// Ends a poll before its date with a public reason: cancelled (nothing is
/// counted) or closed early (what was cast is counted). False when it had
/// already ended.
pub async fn end_poll(db: impl Exec<'_>, id: i64, cancel: bool, reason: &str, now: Timestamp) -> Result<bool> {
    let sql = if cancel {
        "UPDATE polls SET cancelled_at = $1, end_reason = $2 WHERE id = $3 AND cancelled_at IS NULL AND closes_at > $1"
    } else {
        "UPDATE polls SET closed_early_at = $1, closes_at = $1, end_reason = $2
         WHERE id = $3 AND cancelled_at IS NULL AND closes_at > $1"
    };
    let done = sqlx::query(sql).bind(now.0).bind(reason).bind(id).execute(db).await?;
    Ok(done.rows_affected() == 1)
}

async fn with_options(conn: &mut Conn, mut polls: Vec<Poll>) -> Result<Vec<Poll>> {
    for poll in &mut polls {
        let rows = sqlx::query("SELECT label FROM poll_options WHERE poll_id = $1 ORDER BY position")
            .bind(poll.id)
            .fetch_all(&mut *conn)
            .await?;
        poll.options = rows.iter().map(|r| get(r, "label")).collect::<Result<_>>()?;
    }
    Ok(polls)
}

/// Every poll of an initiative, latest closing first.
pub async fn polls(conn: &mut Conn, initiative_id: i64) -> Result<Vec<Poll>> {
    polls_page(conn, initiative_id, None, i64::MAX - 1).await
}

/// A page of an initiative's polls, latest closing first, after `after`
/// (`limit + 1` rows: the extra one says more follow).
pub async fn polls_page(conn: &mut Conn, initiative_id: i64, after: Option<After>, limit: i64) -> Result<Vec<Poll>> {
    let rows = sqlx::query(sqlx::AssertSqlSafe(format!(
        "SELECT {POLL_COLUMNS} FROM polls p WHERE p.initiative_id = $1
           AND ($2 = 0 OR p.closes_at < $3 OR (p.closes_at = $3 AND p.id < $4))
         ORDER BY p.closes_at DESC, p.id DESC LIMIT $5"
    )))
    .bind(initiative_id)
    .bind_page(after, limit)
    .fetch_all(&mut *conn)
    .await?;
    with_options(conn, rows.iter().map(poll_from).collect::<Result<_>>()?).await
}

/// How many polls and budgets an initiative has.
pub async fn decision_counts(db: impl Exec<'_>, initiative_id: i64) -> Result<(i64, i64)> {
    let row = sqlx::query(
        "SELECT (SELECT COUNT(*) FROM polls WHERE initiative_id = $1) AS polls,
                (SELECT COUNT(*) FROM budgets WHERE initiative_id = $1) AS budgets",
    )
    .bind(initiative_id)
    .fetch_one(db)
    .await?;
    Ok((get(&row, "polls")?, get(&row, "budgets")?))
}

pub async fn poll(conn: &mut Conn, initiative_id: i64, id: i64) -> Result<Option<Poll>> {
    let row = sqlx::query(sqlx::AssertSqlSafe(format!(
        "SELECT {POLL_COLUMNS} FROM polls p WHERE p.initiative_id = $1 AND p.id = $2"
    )))
    .bind(initiative_id)
    .bind(id)
    .fetch_optional(&mut *conn)
    .await?;
    match row {
        Some(row) => Ok(with_options(conn, vec![poll_from(&row)?]).await?.pop()),
        None => Ok(None),
    }
}

/// Which ballots table a ballot belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BallotBox {
    Poll,
    Budget,
}

impl BallotBox {
    fn table(self) -> (&'static str, &'static str) {
        match self {
            BallotBox::Poll => ("poll_ballots", "poll_id"),
            BallotBox::Budget => ("budget_ballots", "budget_id"),
        }
    }
}

fn owner_table(ballot_box: BallotBox) -> &'static str {
    match ballot_box {
        BallotBox::Poll => "polls",
        BallotBox::Budget => "budgets",
    }
}

impl BallotBox {
    pub fn key(self) -> &'static str {
        match self {
            BallotBox::Poll => "poll",
            BallotBox::Budget => "budget",
        }
    }
}

/// Records or replaces a member's ballot and puts them on the roll. The
/// ballot is one statement, so concurrent submissions by the same member
/// leave exactly one row (the last); its tracker stays the one it first got.
/// Returns the tracker.
#[allow(clippy::too_many_arguments)]
pub async fn cast(
    conn: &mut Conn,
    ballot_box: BallotBox,
    owner_id: i64,
    user_id: i64,
    group_id: Option<i64>,
    content: &str,
    tracker: &str,
    now: Timestamp,
) -> Result<String> {
    let (table, key) = ballot_box.table();
    let row = sqlx::query(sqlx::AssertSqlSafe(format!(
        "INSERT INTO {table} ({key}, user_id, group_id, content, note, tracker, created_at, updated_at)
         VALUES ($1, $2, $3, $4, '', $5, $6, $6)
         ON CONFLICT ({key}, user_id) DO UPDATE SET content = excluded.content, group_id = excluded.group_id,
             updated_at = excluded.updated_at
         RETURNING tracker"
    )))
    .bind(owner_id)
    .bind(user_id)
    .bind(group_id)
    .bind(content)
    .bind(tracker)
    .bind(now.0)
    .fetch_one(&mut *conn)
    .await?;
    sqlx::query(
        "INSERT INTO ballot_roll (box, owner_id, user_id, group_id, voted_at) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (box, owner_id, user_id) DO UPDATE SET group_id = excluded.group_id, voted_at = excluded.voted_at",
    )
    .bind(ballot_box.key())
    .bind(owner_id)
    .bind(user_id)
    .bind(group_id)
    .bind(now.0)
    .execute(&mut *conn)
    .await?;
    get(&row, "tracker")
}

/// A paper ballot typed in by a facilitator, with a note saying where it
/// came from; it counts once another facilitator confirms it.
#[allow(clippy::too_many_arguments)]
pub async fn cast_paper(
    db: impl Exec<'_>,
    ballot_box: BallotBox,
    owner_id: i64,
    content: &str,
    tracker: &str,
    entered_by: i64,
    note: &str,
    now: Timestamp,
) -> Result<()> {
    let (table, key) = ballot_box.table();
    sqlx::query(sqlx::AssertSqlSafe(format!(
        "INSERT INTO {table} ({key}, user_id, group_id, content, tracker, entered_by, note, created_at, updated_at)
         VALUES ($1, NULL, NULL, $2, $3, $4, $5, $6, $6)"
    )))
    .bind(owner_id)
    .bind(content)
    .bind(tracker)
    .bind(entered_by)
    .bind(note)
    .bind(now.0)
    .execute(db)
    .await?;
    Ok(())
}

/// Confirms a paper ballot: by a facilitator other than the one who entered
/// it, once. False when there is no such unconfirmed ballot.
pub async fn confirm_paper(
    db: impl Exec<'_>,
    ballot_box: BallotBox,
    owner_id: i64,
    ballot_id: i64,
    by: i64,
    now: Timestamp,
) -> Result<bool> {
    let (table, key) = ballot_box.table();
    let done = sqlx::query(sqlx::AssertSqlSafe(format!(
        "UPDATE {table} SET confirmed_by = $1, confirmed_at = $2
         WHERE id = $3 AND {key} = $4 AND entered_by IS NOT NULL AND entered_by <> $1 AND confirmed_by IS NULL"
    )))
    .bind(by)
    .bind(now.0)
    .bind(ballot_id)
    .bind(owner_id)
    .execute(db)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Every ballot in the box (to count it once, or to recount it).
pub async fn ballots(db: impl Exec<'_>, ballot_box: BallotBox, owner_id: i64) -> Result<Vec<StoredBallot>> {
    ballots_where(db, ballot_box, owner_id, "").await
}

/// The paper ballots only, for the facilitators' list (a few, where the box may hold thousands).
pub async fn paper_ballots(db: impl Exec<'_>, ballot_box: BallotBox, owner_id: i64) -> Result<Vec<StoredBallot>> {
    ballots_where(db, ballot_box, owner_id, "AND b.entered_by IS NOT NULL").await
}

/// A page of the counted ballots by tracker, for the public list: `(tracker, content)`.
pub async fn bulletin_page(
    db: impl Exec<'_>,
    ballot_box: BallotBox,
    owner_id: i64,
    after: Option<&str>,
    limit: i64,
) -> Result<Vec<(String, String)>> {
    let (table, key) = ballot_box.table();
    let rows = sqlx::query(sqlx::AssertSqlSafe(format!(
        "SELECT tracker, content FROM {table}
         WHERE {key} = $1 AND (entered_by IS NULL OR confirmed_by IS NOT NULL) AND ($2 = 0 OR tracker > $3)
         ORDER BY tracker LIMIT $4"
    )))
    .bind(owner_id)
    .bind(i64::from(after.is_some()))
    .bind(after.unwrap_or(""))
    .bind(limit.saturating_add(1))
    .fetch_all(db)
    .await?;
    rows.iter().map(|r| Ok((get(r, "tracker")?, get(r, "content")?))).collect()
}

async fn ballots_where(
    db: impl Exec<'_>,
    ballot_box: BallotBox,
    owner_id: i64,
    filter: &'static str,
) -> Result<Vec<StoredBallot>> {
    let (table, key) = ballot_box.table();
    let rows = sqlx::query(sqlx::AssertSqlSafe(format!(
        "SELECT b.id, b.user_id, b.content, b.tracker, b.entered_by, b.confirmed_by, b.note, b.updated_at,
                e.display_name AS entered_by_name, c.display_name AS confirmed_by_name
         FROM {table} b LEFT JOIN users e ON e.id = b.entered_by LEFT JOIN users c ON c.id = b.confirmed_by
         WHERE b.{key} = $1 {filter} ORDER BY b.id"
    )))
    .bind(owner_id)
    .fetch_all(db)
    .await?;
    rows.iter()
        .map(|r| {
            Ok(StoredBallot {
                id: get(r, "id")?,
                user_id: get(r, "user_id")?,
                content: get(r, "content")?,
                tracker: get(r, "tracker")?,
                entered_by: get(r, "entered_by")?,
                confirmed_by: get(r, "confirmed_by")?,
                entered_by_name: get(r, "entered_by_name")?,
                confirmed_by_name: get(r, "confirmed_by_name")?,
                note: get(r, "note")?,
                updated_at: ts(r, "updated_at")?,
            })
        })
        .collect()
}

/// The member's ballot and its tracker, while it is still theirs (before the close).
pub async fn my_ballot(
    db: impl Exec<'_>,
    ballot_box: BallotBox,
    owner_id: i64,
    user_id: i64,
) -> Result<Option<(String, String)>> {
    let (table, key) = ballot_box.table();
    let row = sqlx::query(sqlx::AssertSqlSafe(format!(
        "SELECT content, tracker FROM {table} WHERE {key} = $1 AND user_id = $2"
    )))
    .bind(owner_id)
    .bind(user_id)
    .fetch_optional(db)
    .await?;
    row.map(|r| Ok((get(&r, "content")?, get(&r, "tracker")?))).transpose()
}

/// The stakeholder group (when they had one) of everyone who voted online.
pub async fn roll_groups(db: impl Exec<'_>, ballot_box: BallotBox, owner_id: i64) -> Result<Vec<Option<i64>>> {
    let rows = sqlx::query("SELECT group_id FROM ballot_roll WHERE box = $1 AND owner_id = $2")
        .bind(ballot_box.key())
        .bind(owner_id)
        .fetch_all(db)
        .await?;
    rows.iter().map(|r| get(r, "group_id")).collect()
}

/// Whether this member is on the roll.
pub async fn voted(db: impl Exec<'_>, ballot_box: BallotBox, owner_id: i64, user_id: i64) -> Result<bool> {
    let row = sqlx::query("SELECT COUNT(*) AS n FROM ballot_roll WHERE box = $1 AND owner_id = $2 AND user_id = $3")
        .bind(ballot_box.key())
        .bind(owner_id)
        .bind(user_id)
        .fetch_one(db)
        .await?;
    Ok(get::<i64>(&row, "n")? > 0)
}

/// Declares how many paper ballots were collected, and until when they may
/// be entered after the close (none: only while voting is open).
pub async fn declare_paper(
    db: impl Exec<'_>,
    ballot_box: BallotBox,
    owner_id: i64,
    count: i64,
    counting_until: Option<Timestamp>,
) -> Result<()> {
    let owner = owner_table(ballot_box);
    sqlx::query(sqlx::AssertSqlSafe(format!(
        "UPDATE {owner} SET paper_declared = $1, counting_until = $2 WHERE id = $3"
    )))
    .bind(count)
    .bind(counting_until.map(|t| t.0))
    .bind(owner_id)
    .execute(db)
    .await?;
    Ok(())
}

/// Locks a poll's or budget's row for the rest of the transaction and reads
/// its paper count afresh, so paper ballots entered at once cannot pass the
/// declared number together.
pub async fn lock_paper(conn: &mut Conn, ballot_box: BallotBox, owner_id: i64) -> Result<PaperCount> {
    let owner = owner_table(ballot_box);
    let (table, key) = ballot_box.table();
    sqlx::query(sqlx::AssertSqlSafe(format!("UPDATE {owner} SET id = id WHERE id = $1")))
        .bind(owner_id)
        .execute(&mut *conn)
        .await?;
    let row = sqlx::query(sqlx::AssertSqlSafe(format!(
        "SELECT o.paper_declared, o.counting_until,
                (SELECT COUNT(*) FROM {table} b WHERE b.{key} = o.id AND b.entered_by IS NOT NULL) AS paper_entered,
                (SELECT COUNT(*) FROM {table} b WHERE b.{key} = o.id AND b.confirmed_by IS NOT NULL) AS paper_confirmed
         FROM {owner} o WHERE o.id = $1"
    )))
    .bind(owner_id)
    .fetch_optional(&mut *conn)
    .await?
    .ok_or(StoreError::NotFound)?;
    paper_from(&row)
}

/// At the close, destroys the link between members and their ballots: each
/// ballot is written anew without its owner, group or times, in the order of
/// its random tracker (so neither ids nor times can be matched against the
/// roll), and the poll or budget is marked sealed. Runs once; false when it
/// had already run. The caller holds the transaction.
pub async fn seal(conn: &mut Conn, ballot_box: BallotBox, owner_id: i64, now: Timestamp) -> Result<bool> {
    let owner = owner_table(ballot_box);
    let marked = sqlx::query(sqlx::AssertSqlSafe(format!(
        "UPDATE {owner} SET sealed_at = $1 WHERE id = $2 AND sealed_at IS NULL"
    )))
    .bind(now.0)
    .bind(owner_id)
    .execute(&mut *conn)
    .await?;
    if marked.rows_affected() != 1 {
        return Ok(false);
    }
    let (table, key) = ballot_box.table();
    let rows = sqlx::query(sqlx::AssertSqlSafe(format!(
        "SELECT content, tracker, entered_by, confirmed_by, confirmed_at, note FROM {table} WHERE {key} = $1
         ORDER BY tracker"
    )))
    .bind(owner_id)
    .fetch_all(&mut *conn)
    .await?;
    sqlx::query(sqlx::AssertSqlSafe(format!("DELETE FROM {table} WHERE {key} = $1")))
        .bind(owner_id)
        .execute(&mut *conn)
        .await?;
    for r in &rows {
        sqlx::query(sqlx::AssertSqlSafe(format!(
            "INSERT INTO {table} ({key}, user_id, group_id, content, tracker, entered_by, confirmed_by, confirmed_at,
                                  note, created_at, updated_at)
             VALUES ($1, NULL, NULL, $2, $3, $4, $5, $6, $7, $8, $8)"
        )))
        .bind(owner_id)
        .bind(get::<String>(r, "content")?)
        .bind(get::<String>(r, "tracker")?)
        .bind(get::<Option<i64>>(r, "entered_by")?)
        .bind(get::<Option<i64>>(r, "confirmed_by")?)
        .bind(get::<Option<i64>>(r, "confirmed_at")?)
        .bind(get::<String>(r, "note")?)
        .bind(now.0)
        .execute(&mut *conn)
        .await?;
    }
    // The emails that told each voter their tracker (queued or sent) would
    // link them again. Deleted by exact key, through the unique index, a
    // few hundred at a time (a prefix LIKE would read every job).
    let prefix = tracker_email_prefix(ballot_box, owner_id);
    for chunk in rows.chunks(500) {
        let list = (1..=chunk.len()).map(|i| format!("${i}")).collect::<Vec<_>>().join(", ");
        let mut delete = sqlx::query(sqlx::AssertSqlSafe(format!("DELETE FROM jobs WHERE dedupe_key IN ({list})")));
        for r in chunk {
            delete = delete.bind(format!("{prefix}{}", get::<String>(r, "tracker")?));
        }
        delete.execute(&mut *conn).await?;
    }
    Ok(true)
}

/// The dedupe key of the email telling a voter their tracker starts with
/// this, so the seal can find and delete those emails.
pub fn tracker_email_prefix(ballot_box: BallotBox, owner_id: i64) -> String {
    format!("tracker:{}:{owner_id}:", ballot_box.key())
}

// ---- budgets

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Budget {
    pub id: i64,
    pub initiative_id: i64,
    pub decision_area_id: Option<i64>,
    pub title: String,
    pub description: String,
    pub total: Decimal,
    pub currency: String,
    pub ballot: BudgetBallot,
    pub points: i64,
    pub rule: BudgetRule,
    pub opens_at: Timestamp,
    pub closes_at: Timestamp,
    pub eligible_groups: Vec<i64>,
    /// Ballots that count: members' and confirmed paper ones.
    pub ballots: i64,
    pub paper: PaperCount,
    pub sealed_at: Option<Timestamp>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Project {
    pub id: i64,
    pub title: String,
    pub description: String,
    pub cost: Decimal,
    pub status: ProjectStatus,
    pub idea_id: Option<i64>,
    pub proposed_by: Option<i64>,
}

pub async fn create_budget(
    db: impl Exec<'_>,
    initiative_id: i64,
    d: &BudgetDraft,
    by: Option<i64>,
    now: Timestamp,
) -> Result<i64> {
    let row = sqlx::query(
        "INSERT INTO budgets (initiative_id, decision_area_id, title, description, total, currency, ballot, points, rule,
                              opens_at, closes_at, eligible_groups, created_by, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) RETURNING id",
    )
    .bind(initiative_id)
    .bind(d.area_id)
    .bind(&d.title)
    .bind(&d.description)
    .bind(d.total.to_string())
    .bind(&d.currency)
    .bind(d.ballot.key())
    .bind(d.points)
    .bind(d.rule.key())
    .bind(d.dates.opens_at.0)
    .bind(d.dates.closes_at.0)
    .bind(ids_text(&d.eligible_groups))
    .bind(by)
    .bind(now.0)
    .fetch_one(db)
    .await?;
    get(&row, "id")
}

const BUDGET_COLUMNS: &str = "b.id, b.initiative_id, b.decision_area_id, b.title, b.description, b.total, b.currency,
     b.ballot, b.points, b.rule, b.opens_at, b.closes_at, b.eligible_groups,
     (SELECT COUNT(*) FROM budget_ballots x WHERE x.budget_id = b.id
        AND (x.entered_by IS NULL OR x.confirmed_by IS NOT NULL)) AS ballots,
     b.sealed_at, b.paper_declared, b.counting_until,
     (SELECT COUNT(*) FROM budget_ballots x WHERE x.budget_id = b.id AND x.entered_by IS NOT NULL) AS paper_entered,
     (SELECT COUNT(*) FROM budget_ballots x WHERE x.budget_id = b.id AND x.confirmed_by IS NOT NULL) AS paper_confirmed";

fn budget_from(row: &AnyRow) -> Result<Budget> {
    let groups: String = get(row, "eligible_groups")?;
    Ok(Budget {
        id: get(row, "id")?,
        initiative_id: get(row, "initiative_id")?,
        decision_area_id: get(row, "decision_area_id")?,
        title: get(row, "title")?,
        description: get(row, "description")?,
        total: decimal(row, "total")?,
        currency: get(row, "currency")?,
        ballot: choice(row, "ballot")?,
        points: get(row, "points")?,
        rule: choice(row, "rule")?,
        opens_at: ts(row, "opens_at")?,
        closes_at: ts(row, "closes_at")?,
        eligible_groups: ids_from(&groups),
        ballots: get(row, "ballots")?,
        paper: paper_from(row)?,
        sealed_at: opt_ts(row, "sealed_at")?,
    })
}

/// Every budget of an initiative, latest closing first.
pub async fn budgets(db: impl Exec<'_>, initiative_id: i64) -> Result<Vec<Budget>> {
    budgets_page(db, initiative_id, None, i64::MAX - 1).await
}

/// A page of an initiative's budgets, latest closing first, after `after`
/// (`limit + 1` rows: the extra one says more follow).
pub async fn budgets_page(
    db: impl Exec<'_>,
    initiative_id: i64,
    after: Option<After>,
    limit: i64,
) -> Result<Vec<Budget>> {
    let rows = sqlx::query(sqlx::AssertSqlSafe(format!(
        "SELECT {BUDGET_COLUMNS} FROM budgets b WHERE b.initiative_id = $1
           AND ($2 = 0 OR b.closes_at < $3 OR (b.closes_at = $3 AND b.id < $4))
         ORDER BY b.closes_at DESC, b.id DESC LIMIT $5"
    )))
    .bind(initiative_id)
    .bind_page(after, limit)
    .fetch_all(db)
    .await?;
    rows.iter().map(budget_from).collect()
}

pub async fn budget(db: impl Exec<'_>, initiative_id: i64, id: i64) -> Result<Option<Budget>> {
    let row = sqlx::query(sqlx::AssertSqlSafe(format!(
        "SELECT {BUDGET_COLUMNS} FROM budgets b WHERE b.initiative_id = $1 AND b.id = $2"
    )))
    .bind(initiative_id)
    .bind(id)
    .fetch_optional(db)
    .await?;
    row.as_ref().map(budget_from).transpose()
}

#[allow(clippy::too_many_arguments)]
pub async fn add_project(
    db: impl Exec<'_>,
    budget_id: i64,
    d: &ProjectDraft,
    status: ProjectStatus,
    idea_id: Option<i64>,
    proposed_by: Option<i64>,
    now: Timestamp,
) -> Result<i64> {
    let row = sqlx::query(
        "INSERT INTO budget_projects (budget_id, title, description, cost, status, idea_id, proposed_by, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
    )
    .bind(budget_id)
    .bind(&d.title)
    .bind(&d.description)
    .bind(d.cost.to_string())
    .bind(status.key())
    .bind(idea_id)
    .bind(proposed_by)
    .bind(now.0)
    .fetch_one(db)
    .await?;
    get(&row, "id")
}

/// Moves a project on or off the ballot; false if the budget has no such project.
pub async fn set_project_status(
    db: impl Exec<'_>,
    budget_id: i64,
    project_id: i64,
    status: ProjectStatus,
) -> Result<bool> {
    let done = sqlx::query("UPDATE budget_projects SET status = $1 WHERE id = $2 AND budget_id = $3")
        .bind(status.key())
        .bind(project_id)
        .bind(budget_id)
        .execute(db)
        .await?;
    Ok(done.rows_affected() == 1)
}

pub async fn projects(db: impl Exec<'_>, budget_id: i64) -> Result<Vec<Project>> {
    let rows = sqlx::query(
        "SELECT id, title, description, cost, status, idea_id, proposed_by FROM budget_projects
         WHERE budget_id = $1 ORDER BY id",
    )
    .bind(budget_id)
    .fetch_all(db)
    .await?;
    rows.iter()
        .map(|r| {
            Ok(Project {
                id: get(r, "id")?,
                title: get(r, "title")?,
                description: get(r, "description")?,
                cost: decimal(r, "cost")?,
                status: choice(r, "status")?,
                idea_id: get(r, "idea_id")?,
                proposed_by: get(r, "proposed_by")?,
            })
        })
        .collect()
}
