//! One-time invitation links: how families and pupils join a community
//! without a password. Only a hash of each code is stored.

use tandem_domain::{
    Invalid, Timestamp,
    community::Role,
    invitation::{self, InvitationStatus},
    session, text,
};
pub use tandem_store::invitations::Invitation;
use tandem_store::{
    communities::{self, Community, Group},
    invitations::{self, AcceptError, Acceptor},
    sessions, users,
};

use crate::{
    Access, Actor, Error, Result, Service,
    accounts::NewSession,
    audit, commit,
    community::{check_id, school_by_slug},
    paging::{self, Page},
    secrets::{new_token, token_hash},
};
use tandem_domain::audit::Action;

#[derive(Debug, Clone, Default)]
pub struct InvitationInput {
    /// admin, facilitator, member or observer
    pub role: String,
    pub group_id: Option<i64>,
    /// A school's address, or blank for none.
    pub school: String,
    pub note: String,
    /// Days the link stays valid; blank for the default.
    pub days: String,
}

/// A new link: its code is shown this once and never stored.
pub struct Created {
    pub id: i64,
    pub code: String,
    pub expires_at: Timestamp,
}

/// Creates a one-time invitation link (administrators).
pub async fn create(svc: &Service, access: &Access, input: &InvitationInput, now: Timestamp) -> Result<Created> {
    access.require_admin()?;
    let c = &access.community;
    let (groups, schools) =
        tokio::try_join!(communities::groups(svc.db.pool(), c.id), communities::schools(svc.db.pool(), c.id))?;
    let group_ids: Vec<i64> = groups.iter().map(|g| g.id).collect();
    let mut errors = Invalid::default();
    let role = errors.check(Role::parse_field("role", &input.role));
    let group = errors.check(check_id("group", input.group_id, &group_ids));
    let school = errors.check(school_by_slug("school", &input.school, &schools));
    let note = errors.check(text::optional("note", &input.note, text::TITLE_MAX));
    let expires = errors.check(invitation::expiry_from_days("days", &input.days, now));
    let (Some(role), Some(group_id), Some(school_id), Some(note), Some(expires_at)) =
        (role, group, school, note, expires)
    else {
        return Err(Error::Invalid(errors));
    };
    let code = new_token();
    let new = invitations::NewInvitation {
        community_id: c.id,
        code_hash: &token_hash(&code),
        role,
        group_id,
        school_id,
        note: note.as_deref().unwrap_or_default(),
        created_by: access.user_id(),
        expires_at,
        for_user_id: None,
    };
    let mut tx = svc.begin().await?;
    let id = invitations::create(&mut *tx, &new, now).await?;
    audit::entry(access, Action::InvitationCreate).subject(id).detail(role.key()).record(&mut tx, now).await?;
    commit(tx).await?;
    Ok(Created { id, code, expires_at })
}

/// Issues a one-time sign-in link to an existing member's account, for
/// someone who signs in only by links (families and pupils who joined by
/// invitation) and lost their way in: using it signs in to that account and
/// never creates another. Facilitators and administrators; it replaces the
/// member's earlier unused sign-in links, lasts a few days and is audited.
/// Staff sign in with a password: a link to their account would let one
/// person act as another.
pub async fn create_signin(svc: &Service, access: &Access, membership_id: i64, now: Timestamp) -> Result<Created> {
    access.require_facilitator()?;
    let c = &access.community;
    let member = communities::membership_by_id(svc.db.pool(), c.id, membership_id).await?.ok_or(Error::NotFound)?;
    let user = users::get_by_id(svc.db.pool(), member.user_id).await?.ok_or(Error::NotFound)?;
    if user.has_password || user.is_site_admin || !matches!(member.role, Role::Member | Role::Observer) {
        return Err(Error::Conflict("error-signin-link-not-for"));
    }
    let code = new_token();
    let expires_at = now.plus_days(invitation::SIGNIN_DAYS);
    let new = invitations::NewInvitation {
        community_id: c.id,
        code_hash: &token_hash(&code),
        role: member.role,
        group_id: member.group_id,
        school_id: member.school_id,
        note: "",
        created_by: access.user_id(),
        expires_at,
        for_user_id: Some(user.id),
    };
    let mut tx = svc.begin().await?;
    invitations::revoke_signin_links(&mut *tx, user.id, now).await?;
    let id = invitations::create(&mut *tx, &new, now).await?;
    audit::entry(access, Action::SigninLinkCreate).subject(membership_id).record(&mut tx, now).await?;
    commit(tx).await?;
    Ok(Created { id, code, expires_at })
}

/// Revokes an unused link (administrators).
pub async fn revoke(svc: &Service, access: &Access, id: i64, now: Timestamp) -> Result<()> {
    access.require_admin()?;
    let mut tx = svc.begin().await?;
    if !invitations::revoke(&mut *tx, access.community.id, id, now).await? {
        return Err(Error::Conflict("error-invitation-not-revocable"));
    }
    audit::entry(access, Action::InvitationRevoke).subject(id).record(&mut tx, now).await?;
    commit(tx).await
}

/// The latest links of a community (administrators).
pub async fn list(svc: &Service, access: &Access, after: &str, limit: i64) -> Result<Page<Invitation>> {
    access.require_admin()?;
    let after = paging::after(after)?;
    let (rows, total) = tokio::try_join!(
        invitations::page(svc.db.pool(), access.community.id, after, limit),
        invitations::count(svc.db.pool(), access.community.id)
    )?;
    Ok(Page::from_rows(rows, limit, total, |v| paging::cursor(v.created_at.0, v.id)))
}

/// The absolute address of a link: the public URL, or the host the request came to.
pub fn link(svc: &Service, request_host: Option<&str>, code: &str) -> String {
    let base = match &svc.public_url {
        Some(url) => url.clone(),
        None => format!("http://{}", request_host.unwrap_or("localhost")),
    };
    format!("{base}/join/{code}")
}

// ---- joining

/// What the join page shows about a link.
pub struct Invited {
    pub invitation: Invitation,
    pub community: Community,
    pub group: Option<Group>,
}

/// Looks a link up by its code; unknown codes are simply not found.
pub async fn invited(svc: &Service, code: &str) -> Result<Invited> {
    if !crate::secrets::plausible_token(code) {
        return Err(Error::NotFound);
    }
    let invitation = invitations::by_code_hash(svc.db.pool(), &token_hash(code)).await?.ok_or(Error::NotFound)?;
    let community = communities::by_id(svc.db.pool(), invitation.community_id).await?.ok_or(Error::NotFound)?;
    let group = match invitation.group_id {
        Some(gid) => communities::groups(svc.db.pool(), community.id).await?.into_iter().find(|g| g.id == gid),
        None => None,
    };
    Ok(Invited { invitation, community, group })
}

/// How accepting a link ended.
pub enum Joined {
    /// They are now a member; someone new also gets a session (their only way in).
    Member { community: Community, session: Option<NewSession> },
    /// A sign-in link: they are signed in to their own account (its other
    /// sessions ended, in case a lost device still holds one).
    SignedIn { community: Community, session: Option<NewSession> },
    /// They already belonged; the link stays usable for its intended person.
    AlreadyMember { community: Community },
}

/// Uses a link: a logged-in person joins as themselves; someone new gets an
/// account without email or password, named as they typed, and a session.
/// A sign-in link signs in to the member it was issued for (refused to
/// anyone signed in as someone else). Either all of it happens or none. A
/// link that cannot be used (expired, used a moment ago, revoked) is
/// `Conflict("error-invitation-unusable")`.
pub async fn accept(
    svc: &Service,
    actor: &Actor,
    code: &str,
    display_name: &str,
    lang: &str,
    now: Timestamp,
) -> Result<Joined> {
    let invited = invited(svc, code).await?;
    let signin = invited.invitation.for_user_id.is_some();
    let acceptor = match actor.user_id() {
        Some(user_id) => Acceptor::Existing { user_id },
        // The link names the account; nothing is created, so no name is asked.
        None if signin => Acceptor::NewPerson { display_name: "", lang },
        None => {
            text::display_name("display_name", display_name)?;
            Acceptor::NewPerson { display_name: display_name.trim(), lang }
        }
    };
    let mut tx = svc.begin().await?;
    let community = invited.community;
    match invitations::accept(&mut tx, &token_hash(code), acceptor, now).await {
        Ok((user_id, used)) => {
            let user = tandem_store::users::get_by_id(&mut *tx, user_id).await?.ok_or(Error::NotFound)?;
            let session = if actor.user.is_none() {
                if signin {
                    sessions::delete_all(&mut *tx, user_id).await?;
                }
                let token = new_token();
                let expires = session::expiry(now, now);
                sessions::create(&mut *tx, &token_hash(&token), user_id, &new_token(), now, expires).await?;
                Some(NewSession { token, max_age_secs: session::ABSOLUTE_SECS, user: user.clone() })
            } else {
                None
            };
            // A sign-in is recorded as the member it signed in; a new person as the link's use.
            let joined = if signin { Actor { user: Some(user), door: actor.door } } else { actor.clone() };
            let action = if signin { Action::SigninLinkUse } else { Action::InvitationAccept };
            audit::site_entry(&joined, action)
                .community(community.id)
                .subject(used.id)
                .detail(user_id)
                .record(&mut tx, now)
                .await?;
            commit(tx).await?;
            Ok(if signin { Joined::SignedIn { community, session } } else { Joined::Member { community, session } })
        }
        Err(AcceptError::AlreadyMember) => Ok(Joined::AlreadyMember { community }),
        Err(AcceptError::OtherPerson) => Err(Error::Conflict("error-signin-other-person")),
        Err(AcceptError::Unusable(_)) | Err(AcceptError::NotFound) => Err(Error::Conflict("error-invitation-unusable")),
        Err(AcceptError::Store(e)) => Err(e.into()),
    }
}

/// Whether a link can still be used at `now`.
pub fn is_open(invitation: &Invitation, now: Timestamp) -> bool {
    invitation.status(now) == InvitationStatus::Open
}
