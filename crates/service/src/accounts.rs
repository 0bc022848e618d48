//! Accounts: logging in (with throttling) and out, sessions and API tokens,
//! a person's name, language, email, password and how they hear from Tandem,
//! and creating accounts from the command line.

use tandem_domain::{
    FieldError, Invalid, Timestamp,
    community::Role,
    notify::Delivery,
    session::{self, TokenScope, token_days},
    text::{self, Email, NewPassword},
    throttle::{PER_ACCOUNT, PER_ACCOUNT_AND_ADDRESS, PER_ADDRESS, Verdict},
};
use tandem_store::{StoreError, communities, sessions, throttle, tokens, users};
pub use tandem_store::{sessions::Session, tokens::ApiToken, users::User};

use crate::{
    Actor, Error, Result, Service, audit, commit,
    error::internal,
    i18n::Lang,
    paging::{self, Page},
    secrets::{DUMMY_HASH, hash_password, new_token, token_hash, verify_password},
};
use tandem_domain::audit::Action;

// ---- who is asking

/// The person behind a session cookie, extending the session when it is due.
pub async fn session(svc: &Service, token: &str, now: Timestamp) -> Result<Option<Session>> {
    let hash = token_hash(token);
    let Some(s) = sessions::find(svc.db.pool(), &hash, now).await? else { return Ok(None) };
    if session::needs_refresh(s.last_seen_at, now) {
        let expiry = session::expiry(s.created_at, now);
        // A missed extension only shortens the session; the request goes on.
        if let Err(e) = sessions::touch(svc.db.pool(), &hash, now, expiry).await {
            tracing::warn!(error = %e, "could not extend session");
        }
    }
    Ok(Some(s))
}

/// The person behind an API token (`Authorization: Bearer …`).
/// The owner of a live API token and what it may do.
pub async fn token_user(svc: &Service, token: &str, now: Timestamp) -> Result<Option<(User, TokenScope)>> {
    let mut c = svc.read().await?;
    Ok(tokens::user_for(&mut c, &token_hash(token), now).await?)
}

// ---- logging in and out

#[derive(Debug, Clone, Default)]
pub struct LoginInput {
    pub email: String,
    pub password: String,
}

/// A new session: the cookie's value and its lifetime.
pub struct NewSession {
    pub token: String,
    pub max_age_secs: i64,
    pub user: User,
}

async fn address_locked(svc: &Service, key: &str, now: Timestamp) -> Result<Option<i64>> {
    let policy = PER_ADDRESS;
    Ok(match throttle::current(svc.db.pool(), key, policy.window_cutoff(now)).await? {
        Some((failures, start)) => match policy.verdict(failures, start, now) {
            Verdict::Locked { retry_after_secs } => Some(retry_after_secs),
            Verdict::Allowed => None,
        },
        None => None,
    })
}

/// Runs a password hash or check in a bounded slot off the async threads
/// (Argon2 takes a while and 19 MiB); when every slot stays busy, the person
/// is asked to try again in a moment.
async fn hashing<T: Send + 'static>(work: impl FnOnce() -> T + Send + 'static) -> Result<T> {
    match crate::secrets::bounded(crate::secrets::HASHING_WAIT, work).await {
        Some(done) => done.map_err(internal),
        None => Err(Error::Busy { retry_after_secs: 1 }),
    }
}

/// Hashes a new password off the async threads (Argon2 takes a while).
pub(crate) async fn hash_new_password(password: &NewPassword) -> Result<String> {
    let secret = password.as_str().to_owned();
    hashing(move || hash_password(&secret)).await?.map_err(internal)
}

/// Checks someone's current password before a change to their account.
pub(crate) async fn check_current_password(svc: &Service, user_id: i64, password: &str) -> Result<()> {
    let password = password.to_owned();
    let stored = users::password_hash(svc.db.pool(), user_id).await?.unwrap_or_default();
    let ok = hashing(move || verify_password(&password, &stored)).await?;
    if ok { Ok(()) } else { Err(Error::field("current_password", "error-password-wrong")) }
}

/// Counts one request against a limit; `Some(wait)` when it is over, in
/// which case it counted nothing.
pub(crate) async fn count_against(
    svc: &Service,
    key: &str,
    policy: tandem_domain::throttle::ThrottlePolicy,
    now: Timestamp,
) -> Result<Option<i64>> {
    let (count, start) = throttle::record_failure(svc.db.pool(), key, now, policy.window_cutoff(now)).await?;
    match policy.verdict(count - 1, start, now) {
        Verdict::Locked { retry_after_secs } => {
            throttle::release(svc.db.pool(), key).await?;
            Ok(Some(retry_after_secs))
        }
        Verdict::Allowed => Ok(None),
    }
}

/// The attempt as counted before its password is checked, so that it can be
/// given back if the password was right.
struct Reserved {
    pair: String,
    /// The account-wide counter, when this address is not one the account signs in from.
    account: Option<String>,
}

/// Counts the attempt before its password is checked, under a lock on each
/// counter, so that guesses fired together take turns and none slips past a
/// limit: the per account-and-address backoff always, the account-wide
/// limit only from addresses the account has not signed in from. Refused
/// attempts count nothing.
async fn reserve_attempt(
    svc: &Service,
    email: &str,
    address: &str,
    now: Timestamp,
) -> Result<std::result::Result<Reserved, i64>> {
    let pair = format!("pair:{email}|{address}");
    let known = throttle::is_known(svc.db.pool(), email, address).await?;
    let mut tx = svc.begin().await?;
    let (failures, last) = throttle::lock(&mut tx, &pair, now).await?;
    let backoff = PER_ACCOUNT_AND_ADDRESS;
    if let Verdict::Locked { retry_after_secs } = backoff.verdict(failures, last, now) {
        return Ok(Err(retry_after_secs));
    }
    let account = if known {
        None
    } else {
        let key = format!("acct:{email}");
        let (count, start) = throttle::lock(&mut tx, &key, now).await?;
        let (count, start) = if start < PER_ACCOUNT.window_cutoff(now) { (0, now) } else { (count, start) };
        if let Verdict::Locked { retry_after_secs } = PER_ACCOUNT.verdict(count, start, now) {
            return Ok(Err(retry_after_secs));
        }
        throttle::set(&mut tx, &key, count + 1, start).await?;
        Some(key)
    };
    throttle::set(&mut tx, &pair, backoff.counted(failures, last, now) + 1, now).await?;
    commit(tx).await?;
    Ok(Ok(Reserved { pair, account }))
}

/// Checks the email and password and starts a session, ending the one this
/// browser had (rotation on login). Wrong credentials are one message whether
/// the account exists or not, and take as long either way.
///
/// Three limits (see `domain::throttle`): per account and address, five
/// tries and then growing waits, held also when guesses arrive all at once
/// (the attempt is counted before the password is checked); per account,
/// from addresses it has not signed in from, fifty an hour; per address,
/// counting failures once known, thirty in a quarter of an hour, so that
/// many pupils logging in at the bell are never held up by each other. A
/// guesser cannot lock the person out: where they sign in they are only held
/// by their own mistakes there.
pub async fn login(
    svc: &Service,
    input: &LoginInput,
    client: &str,
    previous_session: Option<&str>,
    now: Timestamp,
) -> Result<NewSession> {
    let email = input.email.trim().to_lowercase();
    let mut errors = Invalid::default();
    if email.is_empty() {
        errors.0.push(FieldError::new("email", "error-required"));
    }
    if input.password.is_empty() {
        errors.0.push(FieldError::new("password", "error-required"));
    }
    errors.finish()?;
    let address = format!("ip:{client}");
    if let Some(retry_after_secs) = address_locked(svc, &address, now).await? {
        return Err(Error::TooManyRequests { retry_after_secs });
    }
    let reserved = match reserve_attempt(svc, &email, client, now).await? {
        Ok(reserved) => reserved,
        Err(retry_after_secs) => return Err(Error::TooManyRequests { retry_after_secs }),
    };
    let credentials = users::credentials(svc.db.pool(), &email).await?;
    let hash = credentials.as_ref().and_then(|(_, h)| h.clone()).unwrap_or_else(|| DUMMY_HASH.to_owned());
    let password = input.password.clone();
    // Hashing takes tens of milliseconds of CPU; bounded, off the async workers.
    let verified = hashing(move || verify_password(&password, &hash)).await?;
    let user = match credentials {
        Some((user, Some(_))) if verified => user,
        _ => {
            // The reserved attempts stay counted; the address's failure is counted now.
            throttle::record_failure(svc.db.pool(), &address, now, PER_ADDRESS.window_cutoff(now)).await?;
            return Err(Error::Conflict("login-failed"));
        }
    };
    let token = new_token();
    let mut tx = svc.begin().await?;
    // Success forgets this address's failures, gives back the account-wide
    // attempt and remembers the address as one the person signs in from.
    throttle::clear(&mut *tx, &reserved.pair).await?;
    if let Some(account) = &reserved.account {
        throttle::release(&mut *tx, account).await?;
    }
    if user.has_second_factor {
        // The address is remembered once the code is right too.
        commit(tx).await?;
        let challenge = crate::second_factor::challenge(svc, user.id, client, now).await?;
        return Err(Error::SecondFactorNeeded(challenge));
    }
    throttle::remember(&mut *tx, &email, client, now).await?;
    if let Some(old) = previous_session {
        sessions::delete(&mut *tx, &token_hash(old)).await?;
    }
    let expires = session::expiry(now, now);
    sessions::create(&mut *tx, &token_hash(&token), user.id, &new_token(), now, expires).await?;
    commit(tx).await?;
    Ok(NewSession { token, max_age_secs: session::ABSOLUTE_SECS, user })
}

/// Ends a session.
pub async fn logout(svc: &Service, session_token: &str) -> Result<()> {
    sessions::delete(svc.db.pool(), &token_hash(session_token)).await?;
    Ok(())
}

// ---- a person's own account

/// Remembers the language someone chose (visitors keep it in a cookie only).
pub async fn set_lang(svc: &Service, actor: &Actor, lang: &str) -> Result<Lang> {
    let lang = Lang::parse(lang).ok_or_else(|| Error::field("lang", "error-lang-unknown"))?;
    if let Some(uid) = actor.user_id() {
        users::set_lang(svc.db.pool(), uid, lang.code()).await?;
    }
    Ok(lang)
}

#[derive(Debug, Clone, Default)]
pub struct ProfileInput {
    pub display_name: String,
    /// en or es
    pub lang: String,
}

/// Changes the person's name and language.
pub async fn update_profile(svc: &Service, actor: &Actor, input: &ProfileInput, now: Timestamp) -> Result<Lang> {
    let user = actor.require_user()?;
    let mut errors = Invalid::default();
    let name = errors.check(text::display_name("display_name", &input.display_name));
    let lang = errors.check(Lang::parse(&input.lang).ok_or_else(|| FieldError::new("lang", "error-choice-invalid")));
    let (Some(name), Some(lang)) = (name, lang) else {
        return Err(Error::Invalid(errors));
    };
    let mut tx = svc.begin().await?;
    users::set_display_name(&mut *tx, user.id, &name).await?;
    users::set_lang(&mut *tx, user.id, lang.code()).await?;
    // A pseudonym chosen under the old name may give the new one away: withdraw it.
    for (is_comment, id, pseudonym) in tandem_store::ideas::pseudonyms_of(&mut *tx, user.id).await? {
        if tandem_domain::ideas::reveals_name(&pseudonym, &name) {
            tandem_store::ideas::clear_pseudonym(&mut *tx, is_comment, id).await?;
        }
    }
    audit::site_entry(actor, Action::AccountProfile).subject(user.id).record(&mut tx, now).await?;
    commit(tx).await?;
    Ok(lang)
}

/// How the person hears about what they follow.
pub async fn set_delivery(svc: &Service, actor: &Actor, delivery: &str, now: Timestamp) -> Result<Delivery> {
    let user = actor.require_user()?;
    let delivery = Delivery::parse_field("delivery", delivery)?;
    let mut tx = svc.begin().await?;
    users::set_delivery(&mut *tx, user.id, delivery).await?;
    audit::site_entry(actor, Action::AccountDelivery)
        .subject(user.id)
        .detail(delivery.key())
        .record(&mut tx, now)
        .await?;
    commit(tx).await?;
    Ok(delivery)
}

/// A page of the person's API tokens, newest first, after the cursor
/// `after` (their values are never shown again).
pub async fn tokens(svc: &Service, actor: &Actor, after: &str, limit: i64) -> Result<Page<ApiToken>> {
    let user = actor.require_user()?;
    let after = paging::after(after)?.map(|a| a.id);
    let (rows, total) =
        tokio::try_join!(tokens::page(svc.db.pool(), user.id, after, limit), tokens::count(svc.db.pool(), user.id))?;
    Ok(Page::from_rows(rows, limit, total, |t| paging::cursor(t.id, t.id)))
}

/// A new personal token as typed.
#[derive(Debug, Clone, Default)]
pub struct TokenInput {
    pub name: String,
    /// read or write; blank for read, the safer.
    pub scope: String,
    /// Days it lives: blank for 90, at most 365.
    pub days: String,
}

/// Creates a personal API token; its value is returned this once only.
pub async fn create_token(svc: &Service, actor: &Actor, input: &TokenInput, now: Timestamp) -> Result<(i64, String)> {
    let user = actor.require_user()?;
    let mut errors = Invalid::default();
    let name = errors.check(text::line("name", &input.name, text::NAME_MAX));
    let scope = match input.scope.trim() {
        "" => Some(TokenScope::Read),
        typed => errors.check(TokenScope::parse_field("scope", typed)),
    };
    let days = errors.check(token_days(&input.days));
    let (Some(name), Some(scope), Some(days)) = (name, scope, days) else {
        return Err(Error::Invalid(errors));
    };
    let token = format!("tdm_{}", new_token());
    let new = tokens::NewToken {
        user_id: user.id,
        name: &name,
        token_hash: &token_hash(&token),
        scope,
        expires_at: now.plus_days(days),
    };
    let mut tx = svc.begin().await?;
    let id = tokens::create(&mut *tx, &new, now).await?;
    audit::site_entry(actor, Action::AccountTokenCreate)
        .subject(id)
        .detail(format!("{name} ({}, {days} days)", scope.key()))
        .record(&mut tx, now)
        .await?;
    commit(tx).await?;
    Ok((id, token))
}

pub async fn revoke_token(svc: &Service, actor: &Actor, id: i64, now: Timestamp) -> Result<()> {
    let user = actor.require_user()?;
    let mut tx = svc.begin().await?;
    if !tokens::revoke(&mut *tx, user.id, id, now).await? {
        return Err(Error::NotFound);
    }
    audit::site_entry(actor, Action::AccountTokenRevoke).subject(id).record(&mut tx, now).await?;
    commit(tx).await
}

// ---- accounts made on the command line

#[derive(Debug, Clone, Default)]
pub struct NewAccount {
    pub email: String,
    pub display_name: String,
    /// Empty: one is generated and returned.
    pub password: Option<String>,
    /// en or es
    pub lang: String,
    pub site_admin: bool,
    /// Make them a member of this community (its address) with `role`.
    pub community: Option<String>,
    pub role: String,
}

/// Creates an account that logs in with email and password (site
/// administrators and the command line). Returns the user and, when one was
/// generated, the password to hand over.
pub async fn create_account(
    svc: &Service,
    actor: &Actor,
    input: &NewAccount,
    now: Timestamp,
) -> Result<(User, Option<String>)> {
    if !actor.is_site_admin() {
        return Err(if actor.user.is_some() { Error::Forbidden } else { Error::LoginRequired });
    }
    let mut errors = Invalid::default();
    let email = errors.check(Email::parse("email", &input.email));
    let name = errors.check(text::display_name("name", &input.display_name));
    let role = errors.check(Role::parse_field("role", &input.role));
    let lang = errors.check(Lang::parse(&input.lang).ok_or_else(|| FieldError::new("lang", "error-choice-invalid")));
    let (Some(email), Some(name), Some(role), Some(lang)) = (email, name, role, lang) else {
        return Err(Error::Invalid(errors));
    };
    let (password, generated) = match &input.password {
        Some(p) => (p.clone(), false),
        None => (new_token(), true),
    };
    let password = NewPassword::parse("password", &password, Some(email.as_str()))?;
    let community = match &input.community {
        Some(slug) => Some(communities::by_slug(svc.db.pool(), slug).await?.ok_or(Error::NotFound)?),
        None => None,
    };
    let hash = hash_new_password(&password).await?;
    let new = users::NewUser {
        email: Some(email.as_str()),
        display_name: &name,
        password_hash: Some(&hash),
        lang: lang.code(),
        is_site_admin: input.site_admin,
    };
    let mut tx = svc.begin().await?;
    let user_id = match users::create(&mut *tx, &new, now).await {
        Ok(id) => id,
        Err(StoreError::Conflict(_)) => return Err(Error::field("email", "error-email-taken")),
        Err(e) => return Err(e.into()),
    };
    let mut entry = audit::site_entry(actor, Action::AccountCreate).subject(user_id);
    if let Some(c) = &community {
        let m = communities::NewMembership { community_id: c.id, user_id, role, group_id: None, school_id: None };
        communities::add_member(&mut *tx, &m, now).await?;
        entry = entry.community(c.id).detail(role.key());
    }
    entry.record(&mut tx, now).await?;
    let user = users::get_by_id(&mut *tx, user_id).await?.ok_or(Error::NotFound)?;
    commit(tx).await?;
    Ok((user, generated.then(|| password.as_str().to_owned())))
}
