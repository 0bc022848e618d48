//! Invitation links. Only a hash of the code is stored.

use sqlx::any::AnyRow;
use tandem_domain::{
    Timestamp,
    community::Role,
    invitation::{InvitationFacts, InvitationStatus},
};

use crate::{
    Conn, Exec, Result, StoreError, choice,
    communities::{NewMembership, add_member},
    get, opt_ts,
    paging::{After, BindPage},
    ts,
    users::{NewUser, create as create_user},
};

#[derive(Debug, Clone)]
pub struct Invitation {
    pub id: i64,
    pub community_id: i64,
    pub role: Role,
    pub group_id: Option<i64>,
    pub school_id: Option<i64>,
    pub note: String,
    pub created_by: Option<i64>,
    pub created_at: Timestamp,
    pub expires_at: Timestamp,
    pub used_at: Option<Timestamp>,
    pub used_by: Option<i64>,
    pub revoked_at: Option<Timestamp>,
    /// A sign-in link: for this existing member, never a new account.
    pub for_user_id: Option<i64>,
}

impl Invitation {
    pub fn status(&self, now: Timestamp) -> InvitationStatus {
        InvitationFacts { expires_at: self.expires_at, revoked_at: self.revoked_at, used_at: self.used_at }.status(now)
    }
}

const COLUMNS: &str = "id, community_id, role, group_id, school_id, note, created_by, created_at, expires_at, used_at, used_by, revoked_at, for_user_id";

fn invitation_from(row: &AnyRow) -> Result<Invitation> {
    Ok(Invitation {
        id: get(row, "id")?,
        community_id: get(row, "community_id")?,
        role: choice(row, "role")?,
        group_id: get(row, "group_id")?,
        school_id: get(row, "school_id")?,
        note: get(row, "note")?,
        created_by: get(row, "created_by")?,
        created_at: ts(row, "created_at")?,
        expires_at: ts(row, "expires_at")?,
        used_at: opt_ts(row, "used_at")?,
        used_by: get(row, "used_by")?,
        revoked_at: opt_ts(row, "revoked_at")?,
        for_user_id: get(row, "for_user_id")?,
    })
}

pub struct NewInvitation<'a> {
    pub community_id: i64,
    pub code_hash: &'a str,
    pub role: Role,
    pub group_id: Option<i64>,
    pub school_id: Option<i64>,
    pub note: &'a str,
    pub created_by: Option<i64>,
    pub expires_at: Timestamp,
    /// Set for a sign-in link to an existing member's account.
    pub for_user_id: Option<i64>,
}

pub async fn create(db: impl Exec<'_>, new: &NewInvitation<'_>, now: Timestamp) -> Result<i64> {
    let row = sqlx::query(
        "INSERT INTO invitations (community_id, code_hash, role, group_id, school_id, note, created_by, created_at,
                                  expires_at, for_user_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id",
    )
    .bind(new.community_id)
    .bind(new.code_hash)
    .bind(new.role.key())
    .bind(new.group_id)
    .bind(new.school_id)
    .bind(new.note)
    .bind(new.created_by)
    .bind(now.0)
    .bind(new.expires_at.0)
    .bind(new.for_user_id)
    .fetch_one(db)
    .await?;
    get(&row, "id")
}

/// A page of a community's invitations, newest first, after `after`
/// (`limit + 1` rows: the extra one says more follow).
pub async fn page(db: impl Exec<'_>, community_id: i64, after: Option<After>, limit: i64) -> Result<Vec<Invitation>> {
    let sql = format!(
        "SELECT {COLUMNS} FROM invitations WHERE community_id = $1
           AND ($2 = 0 OR created_at < $3 OR (created_at = $3 AND id < $4))
         ORDER BY created_at DESC, id DESC LIMIT $5"
    );
    let rows = sqlx::query(sqlx::AssertSqlSafe(sql)).bind(community_id).bind_page(after, limit).fetch_all(db).await?;
    rows.iter().map(invitation_from).collect()
}

/// How many invitations a community has made.
pub async fn count(db: impl Exec<'_>, community_id: i64) -> Result<i64> {
    let row = sqlx::query("SELECT COUNT(*) AS n FROM invitations WHERE community_id = $1")
        .bind(community_id)
        .fetch_one(db)
        .await?;
    get(&row, "n")
}

pub async fn by_code_hash(db: impl Exec<'_>, code_hash: &str) -> Result<Option<Invitation>> {
    let sql = format!("SELECT {COLUMNS} FROM invitations WHERE code_hash = $1");
    let row = sqlx::query(sqlx::AssertSqlSafe(sql)).bind(code_hash).fetch_optional(db).await?;
    row.as_ref().map(invitation_from).transpose()
}

/// Revokes an unused invitation; false when it was already used or revoked.
pub async fn revoke(db: impl Exec<'_>, community_id: i64, id: i64, now: Timestamp) -> Result<bool> {
    let done = sqlx::query(
        "UPDATE invitations SET revoked_at = $1 WHERE id = $2 AND community_id = $3 AND used_at IS NULL AND revoked_at IS NULL",
    )
    .bind(now.0)
    .bind(id)
    .bind(community_id)
    .execute(db)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Revokes a member's unused sign-in links (a new one replaces them).
pub async fn revoke_signin_links(db: impl Exec<'_>, user_id: i64, now: Timestamp) -> Result<u64> {
    let done = sqlx::query(
        "UPDATE invitations SET revoked_at = $1 WHERE for_user_id = $2 AND used_at IS NULL AND revoked_at IS NULL",
    )
    .bind(now.0)
    .bind(user_id)
    .execute(db)
    .await?;
    Ok(done.rows_affected())
}

/// Who is accepting an invitation.
pub enum Acceptor<'a> {
    /// Someone new: an account without email or password is created.
    NewPerson { display_name: &'a str, lang: &'a str },
    /// Someone already logged in.
    Existing { user_id: i64 },
}

#[derive(Debug)]
pub enum AcceptError {
    /// The invitation cannot be used (expired, used, revoked); nothing changed.
    Unusable(InvitationStatus),
    NotFound,
    AlreadyMember,
    /// A sign-in link used by someone signed in as another person.
    OtherPerson,
    Store(StoreError),
}

impl From<StoreError> for AcceptError {
    fn from(e: StoreError) -> Self {
        AcceptError::Store(e)
    }
}

impl From<sqlx::Error> for AcceptError {
    fn from(e: sqlx::Error) -> Self {
        AcceptError::Store(e.into())
    }
}

/// Uses the invitation and creates the membership (and the account, for a new
/// person) in one transaction: either all of it happens or none. A sign-in
/// link creates nothing: it is used by (or for) the member it names, who must
/// still belong to the community.
pub async fn accept(
    conn: &mut Conn,
    code_hash: &str,
    acceptor: Acceptor<'_>,
    now: Timestamp,
) -> std::result::Result<(i64, Invitation), AcceptError> {
    let invitation = by_code_hash(&mut *conn, code_hash).await?.ok_or(AcceptError::NotFound)?;
    let status = invitation.status(now);
    if status != InvitationStatus::Open {
        return Err(AcceptError::Unusable(status));
    }
    let user_id = match (invitation.for_user_id, acceptor) {
        (Some(member), Acceptor::Existing { user_id }) if member != user_id => return Err(AcceptError::OtherPerson),
        (Some(member), _) => member,
        (None, Acceptor::Existing { user_id }) => user_id,
        (None, Acceptor::NewPerson { display_name, lang }) => {
            let new = NewUser { email: None, display_name, password_hash: None, lang, is_site_admin: false };
            create_user(&mut *conn, &new, now).await?
        }
    };
    // The conditions repeat the domain's rule as a guard against a race with
    // another request using or revoking the same link at the same moment.
    let claimed = sqlx::query(
        "UPDATE invitations SET used_at = $1, used_by = $2
         WHERE id = $3 AND used_at IS NULL AND revoked_at IS NULL AND expires_at > $1",
    )
    .bind(now.0)
    .bind(user_id)
    .bind(invitation.id)
    .execute(&mut *conn)
    .await?;
    if claimed.rows_affected() != 1 {
        return Err(AcceptError::Unusable(InvitationStatus::Used));
    }
    if invitation.for_user_id.is_some() {
        let still = sqlx::query("SELECT 1 AS one FROM memberships WHERE community_id = $1 AND user_id = $2")
            .bind(invitation.community_id)
            .bind(user_id)
            .fetch_optional(&mut *conn)
            .await?;
        return if still.is_some() { Ok((user_id, invitation)) } else { Err(AcceptError::NotFound) };
    }
    let membership = NewMembership {
        community_id: invitation.community_id,
        user_id,
        role: invitation.role,
        group_id: invitation.group_id,
        school_id: invitation.school_id,
    };
    match add_member(&mut *conn, &membership, now).await {
        Ok(_) => {}
        Err(StoreError::Conflict(_)) => {
            return Err(AcceptError::AlreadyMember);
        }
        Err(e) => return Err(e.into()),
    }
    Ok((user_id, invitation))
}
