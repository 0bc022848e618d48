//! The second factor: a code from an authenticator app (RFC 6238) asked for
//! after the password, one-time recovery codes for a lost phone, and
//! communities that require it of their administrators and facilitators.
//! The arithmetic is in `domain::second_factor`.

use rand::RngExt;
use tandem_domain::{
    Timestamp,
    audit::Action,
    second_factor::{
        self as rule, CHALLENGE_SECS, CODE_ATTEMPTS, RECOVERY_CODES, SECRET_BYTES, base32_decode, base32_encode,
    },
    session,
    throttle::CODES_PER_ACCOUNT,
};
use tandem_store::{sessions, throttle, users};

use crate::{
    Actor, Error, Result, Service,
    accounts::{NewSession, check_current_password, count_against},
    audit, commit,
    error::Challenge,
    secrets::{new_token, token_hash},
};

/// What an app needs to start showing codes: the secret to type in, and the
/// address its camera reads from a QR code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Enrolment {
    /// Base 32, in groups of four for reading aloud or typing.
    pub secret: String,
    pub uri: String,
}

fn enrolment(svc: &Service, account: &str, secret_b32: &str) -> Result<Enrolment> {
    let bytes = base32_decode(secret_b32).ok_or_else(|| Error::Internal(String::from("stored secret unreadable")))?;
    let issuer = svc.public_url.as_deref().and_then(|u| u.split("://").nth(1)).map_or("Tandem", |host| host);
    let grouped: Vec<String> =
        secret_b32.as_bytes().chunks(4).map(|c| String::from_utf8_lossy(c).into_owned()).collect();
    Ok(Enrolment { secret: grouped.join(" "), uri: rule::otpauth_uri(issuer, account, &bytes) })
}

fn account_name(user: &users::User) -> String {
    user.email.clone().unwrap_or_else(|| user.display_name.clone())
}

/// Starts (or resumes) setting up the second factor: a new secret waits
/// until the person types a code their app made from it.
pub async fn start(svc: &Service, actor: &Actor) -> Result<Enrolment> {
    let user = actor.require_user()?;
    if !user.has_password {
        return Err(Error::Conflict("second-factor-needs-password"));
    }
    if user.has_second_factor {
        return Err(Error::Conflict("second-factor-already-on"));
    }
    let state = users::second_factor(svc.db.pool(), user.id).await?;
    let secret = match state.pending {
        Some(pending) => pending,
        None => {
            let mut bytes = [0u8; SECRET_BYTES];
            rand::rng().fill(&mut bytes);
            let secret = base32_encode(&bytes);
            users::set_pending_second_factor(svc.db.pool(), user.id, &secret).await?;
            secret
        }
    };
    enrolment(svc, &account_name(user), &secret)
}

/// The set-up waiting for its first code, if any (to show it again).
pub async fn pending(svc: &Service, actor: &Actor) -> Result<Option<Enrolment>> {
    let user = actor.require_user()?;
    let state = users::second_factor(svc.db.pool(), user.id).await?;
    state.pending.filter(|_| !user.has_second_factor).map(|s| enrolment(svc, &account_name(user), &s)).transpose()
}

/// Ten fresh recovery codes, shown once; only their hashes are kept.
fn recovery_codes() -> Vec<String> {
    const ALPHABET: &[u8] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    let mut rng = rand::rng();
    (0..RECOVERY_CODES)
        .map(|_| {
            let chars: String = (0..10).map(|_| char::from(ALPHABET[rng.random_range(0..ALPHABET.len())])).collect();
            format!("{}-{}", &chars[..5], &chars[5..])
        })
        .collect()
}

fn recovery_hash(code: &str) -> String {
    token_hash(&rule::normalise_recovery_code(code))
}

/// Turns the second factor on with the first code from the app, and returns
/// the recovery codes to keep. Every other session ends: they were signed
/// in with the password alone.
pub async fn confirm(
    svc: &Service,
    actor: &Actor,
    code: &str,
    keep_session: Option<&str>,
    now: Timestamp,
) -> Result<Vec<String>> {
    let user = actor.require_user()?;
    let state = users::second_factor(svc.db.pool(), user.id).await?;
    let Some(pending) = state.pending.filter(|_| !user.has_second_factor) else {
        return Err(Error::Conflict("second-factor-not-started"));
    };
    let bytes = base32_decode(&pending).ok_or_else(|| Error::Internal(String::from("stored secret unreadable")))?;
    let Some(step) = rule::verify(&bytes, code, now, None) else {
        return Err(Error::field("code", "error-code-wrong"));
    };
    let codes = recovery_codes();
    let hashes: Vec<String> = codes.iter().map(|c| recovery_hash(c)).collect();
    let mut tx = svc.begin().await?;
    if !users::enable_second_factor(&mut *tx, user.id, &pending, step).await? {
        return Err(Error::Conflict("second-factor-not-started"));
    }
    users::replace_recovery_codes(&mut tx, user.id, &hashes).await?;
    match keep_session {
        Some(keep) => sessions::delete_others(&mut *tx, user.id, &token_hash(keep)).await?,
        None => sessions::delete_all(&mut *tx, user.id).await?,
    };
    audit::site_entry(actor, Action::AccountSecondFactorOn).subject(user.id).record(&mut tx, now).await?;
    commit(tx).await?;
    Ok(codes)
}

/// Replaces the recovery codes (the old ones stop working).
pub async fn new_recovery_codes(svc: &Service, actor: &Actor, password: &str, now: Timestamp) -> Result<Vec<String>> {
    let user = actor.require_user()?;
    if !user.has_second_factor {
        return Err(Error::Conflict("second-factor-is-off"));
    }
    check_current_password(svc, user.id, password).await?;
    let codes = recovery_codes();
    let hashes: Vec<String> = codes.iter().map(|c| recovery_hash(c)).collect();
    let mut tx = svc.begin().await?;
    users::replace_recovery_codes(&mut tx, user.id, &hashes).await?;
    audit::site_entry(actor, Action::AccountRecoveryCodes).subject(user.id).record(&mut tx, now).await?;
    commit(tx).await?;
    Ok(codes)
}

/// How many recovery codes are left unused.
pub async fn recovery_codes_left(svc: &Service, actor: &Actor) -> Result<i64> {
    let user = actor.require_user()?;
    Ok(users::recovery_codes_left(svc.db.pool(), user.id).await?)
}

/// Turns the second factor off; it takes the password and a current code
/// (or a recovery code), so a borrowed session cannot do it.
pub async fn disable(svc: &Service, actor: &Actor, password: &str, code: &str, now: Timestamp) -> Result<()> {
    let user = actor.require_user()?;
    if !user.has_second_factor {
        return Err(Error::Conflict("second-factor-is-off"));
    }
    check_current_password(svc, user.id, password).await?;
    if !code_accepted(svc, user.id, code, now).await? {
        return Err(Error::field("code", "error-code-wrong"));
    }
    let mut tx = svc.begin().await?;
    users::disable_second_factor(&mut tx, user.id).await?;
    audit::site_entry(actor, Action::AccountSecondFactorOff).subject(user.id).record(&mut tx, now).await?;
    commit(tx).await
}

/// Checks a code from the app (each step's code once) or, failing that, a
/// recovery code (each once).
async fn code_accepted(svc: &Service, user_id: i64, code: &str, now: Timestamp) -> Result<bool> {
    let state = users::second_factor(svc.db.pool(), user_id).await?;
    let Some(secret) = state.secret.as_deref().and_then(base32_decode) else {
        return Ok(false);
    };
    if let Some(step) = rule::verify(&secret, code, now, state.last_step) {
        return Ok(users::use_step(svc.db.pool(), user_id, step).await?);
    }
    let typed = rule::normalise_recovery_code(code);
    if typed.len() != 10 {
        return Ok(false);
    }
    Ok(users::use_recovery_code(svc.db.pool(), user_id, &recovery_hash(&typed), now).await?)
}

/// After a right password on an account with a second factor: the sign-in
/// waits, for five minutes, under a challenge the browser keeps.
pub(crate) async fn challenge(svc: &Service, user_id: i64, client: &str, now: Timestamp) -> Result<Challenge> {
    let token = new_token();
    let expires = now.plus_secs(CHALLENGE_SECS);
    users::create_challenge(svc.db.pool(), &token_hash(&token), user_id, client, expires).await?;
    Ok(Challenge(token))
}

/// Whether a challenge still waits for its code (to show the form).
pub async fn challenge_open(svc: &Service, token: &str, now: Timestamp) -> Result<bool> {
    Ok(users::challenge_open(svc.db.pool(), &token_hash(token), now).await?)
}

/// Answers a challenge with a code: the session starts (ending the one this
/// browser had). Five wrong codes end the challenge, and the person starts
/// again from the password, which is throttled.
pub async fn answer(
    svc: &Service,
    token: &str,
    code: &str,
    previous_session: Option<&str>,
    now: Timestamp,
) -> Result<NewSession> {
    let hash = token_hash(token);
    let Some(challenge) = users::try_challenge(svc.db.pool(), &hash, now).await? else {
        return Err(Error::Conflict("second-factor-expired"));
    };
    if challenge.attempts > CODE_ATTEMPTS {
        users::delete_challenge(svc.db.pool(), &hash).await?;
        return Err(Error::Conflict("second-factor-expired"));
    }
    // Wrong codes are also counted per account, across challenges: knowing
    // the password must not buy unlimited guesses at the code.
    let key = format!("code:{}", challenge.user_id);
    if let Some(retry_after_secs) = count_against(svc, &key, CODES_PER_ACCOUNT, now).await? {
        return Err(Error::TooManyRequests { retry_after_secs });
    }
    if !code_accepted(svc, challenge.user_id, code, now).await? {
        if challenge.attempts >= CODE_ATTEMPTS {
            users::delete_challenge(svc.db.pool(), &hash).await?;
            return Err(Error::Conflict("second-factor-expired"));
        }
        return Err(Error::field("code", "error-code-wrong"));
    }
    let user = users::get_by_id(svc.db.pool(), challenge.user_id).await?.ok_or(Error::NotFound)?;
    let session_token = new_token();
    let mut tx = svc.begin().await?;
    throttle::clear(&mut *tx, &key).await?;
    users::delete_challenge(&mut *tx, &hash).await?;
    if let Some(email) = &user.email {
        throttle::remember(&mut *tx, email, &challenge.client, now).await?;
    }
    if let Some(old) = previous_session {
        sessions::delete(&mut *tx, &token_hash(old)).await?;
    }
    let expires = session::expiry(now, now);
    sessions::create(&mut *tx, &token_hash(&session_token), user.id, &new_token(), now, expires).await?;
    commit(tx).await?;
    Ok(NewSession { token: session_token, max_age_secs: session::ABSOLUTE_SECS, user })
}
