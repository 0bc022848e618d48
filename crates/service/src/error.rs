//! The one error every use case returns. The web layer maps it once to a page
//! and once to a JSON body; the command line maps it to a message. Each
//! variant carries only what a person may be told: message ids, never
//! internals.

use tandem_domain::{FieldError, Invalid};
use tandem_store::StoreError;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Error {
    /// Nothing there, or nothing this person may know exists.
    NotFound,
    /// The use case needs someone logged in.
    LoginRequired,
    /// Logged in, but their role does not allow it.
    Forbidden,
    /// The input has problems, each naming its field with a message id.
    Invalid(Invalid),
    /// The input is fine but the state refuses it now (participation closed,
    /// poll closed, a limit reached, a concurrent change); the message id says why.
    Conflict(&'static str),
    /// The password was right and the account also asks for a code: the
    /// sign-in waits under this challenge (see `second_factor::answer`).
    SecondFactorNeeded(Challenge),
    /// Too many attempts (login); try again after this many seconds.
    TooManyRequests { retry_after_secs: i64 },
    /// The server is saturated (every password-hashing slot taken): try again
    /// after this many seconds. Nothing was done.
    Busy { retry_after_secs: i64 },
    /// Something failed inside: logged with this detail, never shown.
    Internal(String),
}

/// The token of a sign-in waiting for its second factor. Its Debug form
/// hides it, so that it never reaches a log.
#[derive(Clone, PartialEq, Eq)]
pub struct Challenge(pub String);

impl std::fmt::Debug for Challenge {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Challenge(..)")
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    /// One field problem.
    pub fn field(field: &'static str, message: &'static str) -> Error {
        Error::Invalid(Invalid::one(FieldError::new(field, message)))
    }
}

impl From<StoreError> for Error {
    fn from(e: StoreError) -> Self {
        match e {
            StoreError::NotFound => Error::NotFound,
            other => Error::Internal(other.to_string()),
        }
    }
}

impl From<Invalid> for Error {
    fn from(e: Invalid) -> Self {
        Error::Invalid(e)
    }
}

impl From<FieldError> for Error {
    fn from(e: FieldError) -> Self {
        Error::Invalid(Invalid::one(e))
    }
}

/// Internal failures outside the store (serialising a snapshot, say).
pub(crate) fn internal(e: impl std::fmt::Display) -> Error {
    Error::Internal(e.to_string())
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Error::NotFound => f.write_str("not found"),
            Error::LoginRequired => f.write_str("login required"),
            Error::Forbidden => f.write_str("forbidden"),
            Error::Invalid(i) => write!(f, "invalid: {i}"),
            Error::Conflict(id) => write!(f, "refused: {id}"),
            Error::SecondFactorNeeded(_) => f.write_str("second factor needed"),
            Error::TooManyRequests { retry_after_secs } => write!(f, "too many requests, retry in {retry_after_secs}s"),
            Error::Busy { retry_after_secs } => write!(f, "busy, retry in {retry_after_secs}s"),
            Error::Internal(detail) => write!(f, "internal: {detail}"),
        }
    }
}

impl std::error::Error for Error {}
