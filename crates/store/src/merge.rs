//! Merging two accounts of the same person: everything the second did moves
//! to the first, one of each thing per person (the latest ballot, vote or
//! endorsement), and the second account can no longer sign in. The caller
//! holds the transaction and has checked who may merge what.

use tandem_domain::Timestamp;

use crate::{Conn, Result, get};

/// What a merge found that people should know.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Merged {
    /// Open polls and budgets where both accounts had voted: the latest ballot was kept.
    pub ballots_deduplicated: i64,
    /// Closed (sealed) polls and budgets where both had voted: their ballots
    /// can no longer be told apart, so both stay counted; the roll lists the person once.
    pub sealed_twice: i64,
}

/// Moves everything of `from` to `into` and retires `from`. Staff actions
/// (answers, moderation, paper ballots entered, the audit log) keep naming
/// the account that did them.
pub async fn merge(conn: &mut Conn, community_id: i64, into: i64, from: i64, now: Timestamp) -> Result<Merged> {
    // Conversations whose counts of votes and voters the merge changes.
    let voted_in = conversations_of(&mut *conn, from).await?;
    let mut merged = Merged::default();
    for (table, owner, sealed_in) in [("poll_ballots", "poll_id", "polls"), ("budget_ballots", "budget_id", "budgets")]
    {
        // Where both voted and the box is still open, the older ballot goes.
        let dropped = sqlx::query(sqlx::AssertSqlSafe(format!(
            "DELETE FROM {table} WHERE id IN (
                 SELECT older.id FROM {table} older JOIN {table} newer ON newer.{owner} = older.{owner}
                 WHERE older.user_id IN ($1, $2) AND newer.user_id IN ($1, $2) AND older.user_id <> newer.user_id
                   AND (older.updated_at < newer.updated_at OR (older.updated_at = newer.updated_at AND older.id < newer.id)))"
        )))
        .bind(into)
        .bind(from)
        .execute(&mut *conn)
        .await?;
        merged.ballots_deduplicated += dropped.rows_affected() as i64;
        sqlx::query(sqlx::AssertSqlSafe(format!("UPDATE {table} SET user_id = $1 WHERE user_id = $2")))
            .bind(into)
            .bind(from)
            .execute(&mut *conn)
            .await?;
        let box_key = if table == "poll_ballots" { "poll" } else { "budget" };
        let row = sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT COUNT(*) AS n FROM ballot_roll r
             WHERE r.box = $1 AND r.user_id = $2
               AND EXISTS (SELECT 1 FROM ballot_roll k WHERE k.box = r.box AND k.owner_id = r.owner_id AND k.user_id = $3)
               AND EXISTS (SELECT 1 FROM {sealed_in} o WHERE o.id = r.owner_id AND o.sealed_at IS NOT NULL)"
        )))
        .bind(box_key)
        .bind(from)
        .bind(into)
        .fetch_one(&mut *conn)
        .await?;
        merged.sealed_twice += get::<i64>(&row, "n")?;
    }
    // The roll lists a person once per box.
    sqlx::query(
        "DELETE FROM ballot_roll WHERE user_id = $2
           AND EXISTS (SELECT 1 FROM ballot_roll k WHERE k.box = ballot_roll.box AND k.owner_id = ballot_roll.owner_id
                       AND k.user_id = $1)",
    )
    .bind(into)
    .bind(from)
    .execute(&mut *conn)
    .await?;
    sqlx::query("UPDATE ballot_roll SET user_id = $1 WHERE user_id = $2")
        .bind(into)
        .bind(from)
        .execute(&mut *conn)
        .await?;

    // One vote per statement: the latest.
    sqlx::query(
        "DELETE FROM conversation_votes WHERE id IN (
             SELECT older.id FROM conversation_votes older
             JOIN conversation_votes newer ON newer.statement_id = older.statement_id
             WHERE older.user_id IN ($1, $2) AND newer.user_id IN ($1, $2) AND older.user_id <> newer.user_id
               AND (older.updated_at < newer.updated_at OR (older.updated_at = newer.updated_at AND older.id < newer.id)))",
    )
    .bind(into)
    .bind(from)
    .execute(&mut *conn)
    .await?;
    // One endorsement per idea and one flag per post.
    sqlx::query(
        "DELETE FROM idea_endorsements WHERE user_id = $2
           AND idea_id IN (SELECT idea_id FROM idea_endorsements WHERE user_id = $1)",
    )
    .bind(into)
    .bind(from)
    .execute(&mut *conn)
    .await?;
    sqlx::query(
        "DELETE FROM flags WHERE user_id = $2
           AND EXISTS (SELECT 1 FROM flags k WHERE k.user_id = $1 AND k.target_kind = flags.target_kind
                       AND k.target_id = flags.target_id)",
    )
    .bind(into)
    .bind(from)
    .execute(&mut *conn)
    .await?;

    // "About me": the kept account's answers stand; the other's fill gaps.
    sqlx::query(
        "DELETE FROM profile_answers WHERE user_id = $2
           AND EXISTS (SELECT 1 FROM profile_answers k WHERE k.user_id = $1 AND k.community_id = profile_answers.community_id
                       AND k.dimension = profile_answers.dimension)",
    )
    .bind(into)
    .bind(from)
    .execute(&mut *conn)
    .await?;
    sqlx::query("UPDATE profile_answers SET user_id = $1 WHERE user_id = $2")
        .bind(into)
        .bind(from)
        .execute(&mut *conn)
        .await?;

    // One volunteering per selection: the kept account's stands.
    sqlx::query(
        "DELETE FROM selection_volunteers WHERE user_id = $2
           AND selection_id IN (SELECT selection_id FROM selection_volunteers WHERE user_id = $1)",
    )
    .bind(into)
    .bind(from)
    .execute(&mut *conn)
    .await?;

    // One registration per meeting, one place per seat's alternates, one
    // review and one feedback per session: the kept account's stand.
    for (table, key, person) in [
        ("meeting_registrations", "meeting_id", "user_id"),
        ("seat_alternates", "seat_id", "user_id"),
        ("event_reviewers", "event_id", "user_id"),
        ("session_reviews", "proposal_id", "reviewer_id"),
        ("session_feedback", "proposal_id", "user_id"),
        ("event_feedback", "event_id", "user_id"),
        ("action_owners", "action_id", "user_id"),
        ("shift_signups", "shift_id", "user_id"),
        ("promises", "role_id", "user_id"),
        ("survey_roll", "survey_id", "user_id"),
    ] {
        sqlx::query(sqlx::AssertSqlSafe(format!(
            "DELETE FROM {table} WHERE {person} = $2 AND {key} IN (SELECT {key} FROM {table} WHERE {person} = $1)"
        )))
        .bind(into)
        .bind(from)
        .execute(&mut *conn)
        .await?;
    }
    sqlx::query("DELETE FROM calendar_feeds WHERE user_id = $1").bind(from).execute(&mut *conn).await?;
    // Strengths and safeguarding checks are the person's own records: the kept account's stand.
    for table in ["strength_profiles", "safeguarding_checks"] {
        sqlx::query(sqlx::AssertSqlSafe(format!(
            "DELETE FROM {table} WHERE user_id = $2 AND community_id IN (SELECT community_id FROM {table} WHERE user_id = $1)"
        )))
        .bind(into)
        .bind(from)
        .execute(&mut *conn)
        .await?;
        sqlx::query(sqlx::AssertSqlSafe(format!("UPDATE {table} SET user_id = $1 WHERE user_id = $2")))
            .bind(into)
            .bind(from)
            .execute(&mut *conn)
            .await?;
    }

    // What they made and took part in becomes the kept account's.
    for (table, column) in [
        ("meeting_registrations", "user_id"),
        ("seat_alternates", "user_id"),
        ("seat_terms", "user_id"),
        ("event_reviewers", "user_id"),
        ("session_reviews", "reviewer_id"),
        ("session_feedback", "user_id"),
        ("event_feedback", "user_id"),
        ("session_leads", "user_id"),
        ("session_proposals", "proposed_by"),
        ("action_owners", "user_id"),
        ("action_items", "done_by"),
        ("shift_signups", "user_id"),
        ("promises", "user_id"),
        ("shifts", "supervisor_id"),
        ("survey_roll", "user_id"),
        ("survey_responses", "user_id"),
        ("selection_volunteers", "user_id"),
        ("conversation_votes", "user_id"),
        ("idea_endorsements", "user_id"),
        ("flags", "user_id"),
        ("notifications", "user_id"),
        ("ideas", "author_id"),
        ("idea_comments", "author_id"),
        ("conversation_statements", "author_id"),
        ("budget_projects", "proposed_by"),
    ] {
        sqlx::query(sqlx::AssertSqlSafe(format!("UPDATE {table} SET {column} = $1 WHERE {column} = $2")))
            .bind(into)
            .bind(from)
            .execute(&mut *conn)
            .await?;
    }

    // The merged account leaves the community and can no longer sign in.
    sqlx::query("DELETE FROM memberships WHERE community_id = $1 AND user_id = $2")
        .bind(community_id)
        .bind(from)
        .execute(&mut *conn)
        .await?;
    sqlx::query("DELETE FROM sessions WHERE user_id = $1").bind(from).execute(&mut *conn).await?;
    sqlx::query("DELETE FROM api_tokens WHERE user_id = $1").bind(from).execute(&mut *conn).await?;
    sqlx::query(
        "UPDATE invitations SET revoked_at = $1 WHERE for_user_id = $2 AND used_at IS NULL AND revoked_at IS NULL",
    )
    .bind(now.0)
    .bind(from)
    .execute(&mut *conn)
    .await?;
    sqlx::query("UPDATE users SET email = NULL, password_hash = NULL, merged_into = $1, merged_at = $2 WHERE id = $3")
        .bind(into)
        .bind(now.0)
        .bind(from)
        .execute(&mut *conn)
        .await?;
    for conversation in voted_in {
        crate::conversations::recount_votes(&mut *conn, conversation).await?;
    }
    Ok(merged)
}

/// The conversations whose votes a merge touched, to redraw their maps.
pub async fn conversations_of(conn: &mut Conn, user_id: i64) -> Result<Vec<i64>> {
    let rows = sqlx::query("SELECT DISTINCT conversation_id FROM conversation_votes WHERE user_id = $1")
        .bind(user_id)
        .fetch_all(&mut *conn)
        .await?;
    rows.iter().map(|r| get(r, "conversation_id")).collect()
}
