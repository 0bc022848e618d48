//! Proving who you are by your email address: a forgotten password reset by
//! a one-time link, and a new sign-in address used only once a link sent to
//! it is opened. Neither ever tells the asker whether an address has an
//! account: the answer is the same, and only the address's owner learns more.

use tandem_domain::{
    Invalid, Timestamp,
    audit::Action,
    session::{self, EMAIL_LINK_SECS, RESET_LINK_SECS},
    text::{Email, NewPassword},
    throttle::{RESET_PER_ADDRESS, RESET_PER_EMAIL},
};
use tandem_store::{
    Conn, StoreError,
    account_links::{self, Purpose},
    sessions, throttle, tokens, users,
};

use crate::{
    Actor, Error, Result, Service,
    accounts::{NewSession, check_current_password, count_against, hash_new_password},
    audit, commit,
    i18n::{Arg, Lang},
    mail::Email as Mail,
    notify,
    secrets::{new_token, plausible_token, token_hash},
};

/// Where links in these emails point. Only the configured public address is
/// used, never the request's Host header: otherwise anyone could ask for a
/// reset with a forged Host and receive the victim's link on their own site.
fn link_base(svc: &Service) -> Option<&str> {
    svc.public_url.as_deref().filter(|_| svc.mailer.is_some())
}

/// Whether this server can send reset and confirmation links (it needs an
/// SMTP server and its public address). Without them, people ask a
/// facilitator for a sign-in link instead.
pub fn can_send_links(svc: &Service) -> bool {
    link_base(svc).is_some()
}

fn lang_of(lang: &str) -> Lang {
    Lang::parse(lang).unwrap_or(Lang::En)
}

async fn queue(
    svc: &Service,
    c: &mut Conn,
    to: &str,
    lang: Lang,
    id: &str,
    args: &[(&str, Arg)],
    now: Timestamp,
) -> Result<()> {
    let mail = Mail {
        to: to.to_owned(),
        subject: svc.i18n.format(lang, &format!("{id}-subject"), args),
        text: svc.i18n.format(lang, &format!("{id}-body"), args),
        about_idea: None,
    };
    notify::queue_email(c, &mail, now).await
}

/// Someone forgot their password and gives an address. If an account has
/// it, a one-time link (an hour) goes there, replacing any earlier one; if
/// not, nothing is sent. Either way the answer is the same. At most three
/// emails an hour go to one address (more asks are answered the same and
/// send nothing); one client may ask ten times an hour.
pub async fn request_password_reset(svc: &Service, email: &str, client: &str, now: Timestamp) -> Result<()> {
    let email = Email::parse("email", email)?;
    let Some(base) = link_base(svc).map(str::to_owned) else {
        return Err(Error::Conflict("reset-unavailable"));
    };
    if let Some(retry_after_secs) = count_against(svc, &format!("reset-ip:{client}"), RESET_PER_ADDRESS, now).await? {
        return Err(Error::TooManyRequests { retry_after_secs });
    }
    if count_against(svc, &format!("reset:{}", email.as_str()), RESET_PER_EMAIL, now).await?.is_some() {
        return Ok(());
    }
    let Some(user) = users::get_by_email(svc.db.pool(), email.as_str()).await? else {
        return Ok(());
    };
    let token = new_token();
    let mut tx = svc.begin().await?;
    let expires = now.plus_secs(RESET_LINK_SECS);
    account_links::create(&mut tx, &token_hash(&token), user.id, Purpose::Reset, None, now, expires).await?;
    let link = format!("{base}/reset/{token}");
    let args = [("name", user.display_name.as_str().into()), ("link", link.as_str().into())];
    queue(svc, &mut tx, email.as_str(), lang_of(&user.lang), "email-reset", &args, now).await?;
    commit(tx).await
}

/// Whether a reset link can still be used (to show its form, or say it cannot).
pub async fn reset_link_open(svc: &Service, token: &str, now: Timestamp) -> Result<bool> {
    Ok(plausible_token(token)
        && account_links::find(svc.db.pool(), &token_hash(token), Purpose::Reset, now).await?.is_some())
}

/// Sets a new password from a reset link, once. Every session ends and every
/// API token is revoked (whoever made the person forget may hold them), the
/// guesses counted against the account are forgotten, the owner is told by
/// email, and a new session starts for the person who opened the link (or,
/// when the account has a second factor, a challenge asking for the code).
pub async fn reset_password(
    svc: &Service,
    door: crate::Door,
    token: &str,
    new_password: &str,
    client: &str,
    now: Timestamp,
) -> Result<NewSession> {
    if !plausible_token(token) {
        return Err(Error::Conflict("reset-link-unusable"));
    }
    let hash = token_hash(token);
    let link = account_links::find(svc.db.pool(), &hash, Purpose::Reset, now).await?;
    let Some(link) = link else {
        return Err(Error::Conflict("reset-link-unusable"));
    };
    let user = users::get_by_id(svc.db.pool(), link.user_id).await?.ok_or(Error::Conflict("reset-link-unusable"))?;
    let Some(email) = user.email.clone() else {
        return Err(Error::Conflict("reset-link-unusable"));
    };
    let password = NewPassword::parse("new_password", new_password, Some(&email))?;
    let password_hash = hash_new_password(&password).await?;
    let mut tx = svc.begin().await?;
    // Spent inside the transaction: of two submissions at once, one wins.
    if account_links::spend(&mut *tx, &hash, Purpose::Reset, now).await?.is_none() {
        return Err(Error::Conflict("reset-link-unusable"));
    }
    users::set_password(&mut *tx, user.id, &password_hash).await?;
    sessions::delete_all(&mut *tx, user.id).await?;
    tokens::revoke_all(&mut *tx, user.id, now).await?;
    throttle::clear_account(&mut *tx, &email).await?;
    throttle::remember(&mut *tx, &email, client, now).await?;
    let actor = Actor::person(user.clone(), door);
    audit::site_entry(&actor, Action::AccountPasswordReset).subject(user.id).record(&mut tx, now).await?;
    let args = [("name", user.display_name.as_str().into())];
    queue(svc, &mut tx, &email, lang_of(&user.lang), "email-password-changed", &args, now).await?;
    if user.has_second_factor {
        // The email proves the address, not the phone: the code is still asked for.
        commit(tx).await?;
        let challenge = crate::second_factor::challenge(svc, user.id, client, now).await?;
        return Err(Error::SecondFactorNeeded(challenge));
    }
    let session_token = new_token();
    let expires = session::expiry(now, now);
    sessions::create(&mut *tx, &token_hash(&session_token), user.id, &new_token(), now, expires).await?;
    commit(tx).await?;
    Ok(NewSession { token: session_token, max_age_secs: session::ABSOLUTE_SECS, user })
}

/// Checks the current password of an account that has one.
async fn check_current(svc: &Service, user_id: i64, has_password: bool, current: &str) -> Result<()> {
    if has_password { check_current_password(svc, user_id, current).await } else { Ok(()) }
}

#[derive(Debug, Clone, Default)]
pub struct PasswordInput {
    /// Needed when the account already has a password.
    pub current_password: String,
    pub new_password: String,
}

/// Sets a new password. It ends every other session and revokes every API
/// token: if it was changed because of a leak, the intruder is logged out
/// and locked out of the API too.
pub async fn change_password(
    svc: &Service,
    actor: &Actor,
    input: &PasswordInput,
    keep_session: Option<&str>,
    now: Timestamp,
) -> Result<()> {
    let user = actor.require_user()?;
    let mut errors = Invalid::default();
    let password = errors.check(NewPassword::parse("new_password", &input.new_password, user.email.as_deref()));
    if let Err(Error::Invalid(wrong)) = check_current(svc, user.id, user.has_password, &input.current_password).await {
        errors.0.extend(wrong.0);
    }
    let Some(password) = password else {
        return Err(Error::Invalid(errors));
    };
    errors.finish()?;
    let hash = hash_new_password(&password).await?;
    let mut tx = svc.begin().await?;
    users::set_password(&mut *tx, user.id, &hash).await?;
    match keep_session {
        Some(keep) => sessions::delete_others(&mut *tx, user.id, &token_hash(keep)).await?,
        None => sessions::delete_all(&mut *tx, user.id).await?,
    };
    tokens::revoke_all(&mut *tx, user.id, now).await?;
    account_links::revoke(&mut *tx, user.id, Purpose::Reset).await?;
    audit::site_entry(actor, Action::AccountPassword).subject(user.id).record(&mut tx, now).await?;
    if let Some(email) = &user.email
        && svc.mailer.is_some()
    {
        let args = [("name", user.display_name.as_str().into())];
        queue(svc, &mut tx, email, lang_of(&user.lang), "email-password-changed", &args, now).await?;
    }
    commit(tx).await
}

#[derive(Debug, Clone, Default)]
pub struct EmailChangeInput {
    pub email: String,
    /// Needed when the account has a password.
    pub current_password: String,
}

/// Asks to sign in with a new address. Nothing changes yet: a link (a day)
/// goes to the new address and the change happens when it is opened. If the
/// address already belongs to another account, that account's owner is told
/// instead and no link is sent, and the asker hears the same as ever: no
/// one can find out whose address is registered by trying it. The current
/// address, if any, is told that a change was asked for.
pub async fn request_email_change(
    svc: &Service,
    actor: &Actor,
    input: &EmailChangeInput,
    now: Timestamp,
) -> Result<()> {
    let user = actor.require_user()?;
    let mut errors = Invalid::default();
    let email = errors.check(Email::parse("email", &input.email));
    if let Err(Error::Invalid(wrong)) = check_current(svc, user.id, user.has_password, &input.current_password).await {
        errors.0.extend(wrong.0);
    }
    let Some(email) = email else {
        return Err(Error::Invalid(errors));
    };
    errors.finish()?;
    if user.email.as_deref() == Some(email.as_str()) {
        return Err(Error::field("email", "error-email-unchanged"));
    }
    let Some(base) = link_base(svc).map(str::to_owned) else {
        return Err(Error::Conflict("email-change-unavailable"));
    };
    let lang = lang_of(&user.lang);
    let owner = users::get_by_email(svc.db.pool(), email.as_str()).await?;
    let mut tx = svc.begin().await?;
    match owner {
        Some(other) => {
            let args = [("name", other.display_name.as_str().into())];
            queue(svc, &mut tx, email.as_str(), lang_of(&other.lang), "email-address-in-use", &args, now).await?;
        }
        None => {
            let token = new_token();
            let expires = now.plus_secs(EMAIL_LINK_SECS);
            account_links::create(
                &mut tx,
                &token_hash(&token),
                user.id,
                Purpose::Email,
                Some(email.as_str()),
                now,
                expires,
            )
            .await?;
            let link = format!("{base}/account/email/{token}");
            let args = [("name", user.display_name.as_str().into()), ("link", link.as_str().into())];
            queue(svc, &mut tx, email.as_str(), lang, "email-confirm-address", &args, now).await?;
        }
    }
    if let Some(current) = &user.email {
        let args = [("name", user.display_name.as_str().into())];
        queue(svc, &mut tx, current, lang, "email-address-change-asked", &args, now).await?;
    }
    audit::site_entry(actor, Action::AccountEmailRequest).subject(user.id).record(&mut tx, now).await?;
    commit(tx).await
}

/// The new address a confirmation link would set, while it can be used.
pub async fn email_link(svc: &Service, token: &str, now: Timestamp) -> Result<Option<String>> {
    if !plausible_token(token) {
        return Ok(None);
    }
    Ok(account_links::find(svc.db.pool(), &token_hash(token), Purpose::Email, now).await?.and_then(|l| l.new_email))
}

/// Opens a confirmation link: the account now signs in with the new address.
/// Whoever opens it proves they hold that address; no session is needed.
/// The old address is told of the change, earlier reset links (sent to it)
/// stop working, and the counters kept under the old address are forgotten.
pub async fn confirm_email_change(svc: &Service, door: crate::Door, token: &str, now: Timestamp) -> Result<String> {
    if !plausible_token(token) {
        return Err(Error::Conflict("email-link-unusable"));
    }
    let mut tx = svc.begin().await?;
    let Some(link) = account_links::spend(&mut *tx, &token_hash(token), Purpose::Email, now).await? else {
        return Err(Error::Conflict("email-link-unusable"));
    };
    let (Some(new_email), Some(user)) = (link.new_email, users::get_by_id(&mut *tx, link.user_id).await?) else {
        return Err(Error::Conflict("email-link-unusable"));
    };
    match users::set_email(&mut *tx, user.id, &new_email).await {
        Ok(()) => {}
        // Taken between the request and now: the link cannot be used.
        Err(StoreError::Conflict(_)) => return Err(Error::Conflict("email-link-unusable")),
        Err(e) => return Err(e.into()),
    }
    account_links::revoke(&mut *tx, user.id, Purpose::Reset).await?;
    let lang = lang_of(&user.lang);
    if let Some(old) = &user.email {
        throttle::clear_account(&mut *tx, old).await?;
        let args = [("name", user.display_name.as_str().into()), ("email", new_email.as_str().into())];
        queue(svc, &mut tx, old, lang, "email-address-changed", &args, now).await?;
    }
    let actor = Actor::person(user.clone(), door);
    audit::site_entry(&actor, Action::AccountEmail).subject(user.id).record(&mut tx, now).await?;
    commit(tx).await?;
    Ok(new_email)
}
