//! Errors a request can end in. Handlers return them; the context middleware
//! turns them into a page or a JSON body in the user's language, so no
//! handler builds error output itself and nothing internal leaks.

use axum::{
    http::StatusCode,
    response::{IntoResponse, Response},
};
use tandem_domain::Invalid;

#[derive(Debug, Clone)]
pub enum AppError {
    NotFound,
    /// Logged in (or not) but not allowed.
    Forbidden,
    /// A read-only API token used to write.
    ReadOnlyToken,
    /// The page needs a login: HTML gets a redirect to the login page.
    LoginRequired,
    /// A bad or revoked API token.
    Unauthorized,
    /// The request could not be read; the Fluent id says why.
    BadRequest(&'static str),
    /// A state-changing request without the right anti-forgery token.
    Csrf,
    TooManyRequests {
        retry_after_secs: i64,
    },
    /// Every slot of an expensive step is taken: try again in a moment.
    Busy {
        retry_after_secs: i64,
    },
    /// Field problems (the API reports them; pages re-render their form instead).
    Invalid(Invalid),
    /// The request conflicts with what exists; the Fluent id says how.
    Conflict(&'static str),
    MethodNotAllowed,
    /// Something failed inside; logged with this detail, never shown.
    Internal(String),
}

impl AppError {
    pub fn status(&self) -> StatusCode {
        match self {
            AppError::NotFound => StatusCode::NOT_FOUND,
            AppError::Forbidden | AppError::Csrf | AppError::ReadOnlyToken => StatusCode::FORBIDDEN,
            AppError::LoginRequired | AppError::Unauthorized => StatusCode::UNAUTHORIZED,
            AppError::BadRequest(_) => StatusCode::BAD_REQUEST,
            AppError::TooManyRequests { .. } => StatusCode::TOO_MANY_REQUESTS,
            AppError::Busy { .. } => StatusCode::SERVICE_UNAVAILABLE,
            AppError::Invalid(_) => StatusCode::UNPROCESSABLE_ENTITY,
            AppError::Conflict(_) => StatusCode::CONFLICT,
            AppError::MethodNotAllowed => StatusCode::METHOD_NOT_ALLOWED,
            AppError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    /// A stable machine-readable code for API clients.
    pub fn code(&self) -> &'static str {
        match self {
            AppError::NotFound => "not_found",
            AppError::Forbidden => "forbidden",
            AppError::ReadOnlyToken => "read_only_token",
            AppError::LoginRequired => "login_required",
            AppError::Unauthorized => "unauthorized",
            AppError::BadRequest(_) => "bad_request",
            AppError::Csrf => "csrf",
            AppError::TooManyRequests { .. } => "too_many_requests",
            AppError::Busy { .. } => "busy",
            AppError::Invalid(_) => "invalid",
            AppError::Conflict(_) => "conflict",
            AppError::MethodNotAllowed => "method_not_allowed",
            AppError::Internal(_) => "internal",
        }
    }

    /// The Fluent ids of the title and explanation shown to people.
    pub fn message_ids(&self) -> (&'static str, &'static str) {
        match self {
            AppError::NotFound => ("error-not-found-title", "error-not-found-body"),
            AppError::Forbidden => ("error-forbidden-title", "error-forbidden-body"),
            AppError::ReadOnlyToken => ("error-forbidden-title", "error-read-only-token"),
            AppError::LoginRequired => ("error-login-required-title", "error-login-required-body"),
            AppError::Unauthorized => ("error-unauthorized-title", "error-unauthorized-body"),
            AppError::BadRequest(id) => ("error-bad-request-title", id),
            AppError::Csrf => ("error-csrf-title", "error-csrf-body"),
            AppError::TooManyRequests { .. } => ("error-too-many-title", "error-too-many-body"),
            AppError::Busy { .. } => ("error-busy-title", "error-busy-body"),
            AppError::Invalid(_) => ("error-invalid-title", "error-invalid-body"),
            AppError::Conflict(id) => ("error-conflict-title", id),
            AppError::MethodNotAllowed => ("error-method-title", "error-method-body"),
            AppError::Internal(_) => ("error-internal-title", "error-internal-body"),
        }
    }

    pub fn from_status(status: StatusCode) -> AppError {
        match status {
            StatusCode::NOT_FOUND => AppError::NotFound,
            StatusCode::FORBIDDEN => AppError::Forbidden,
            StatusCode::UNAUTHORIZED => AppError::Unauthorized,
            StatusCode::METHOD_NOT_ALLOWED => AppError::MethodNotAllowed,
            StatusCode::PAYLOAD_TOO_LARGE => AppError::BadRequest("error-too-large"),
            StatusCode::UNSUPPORTED_MEDIA_TYPE => AppError::BadRequest("error-unsupported-type"),
            StatusCode::REQUEST_TIMEOUT => AppError::BadRequest("error-timeout"),
            s if s.is_client_error() => AppError::BadRequest("error-bad-request-body"),
            s => AppError::Internal(format!("status {s}")),
        }
    }
}

/// Carried on a response so the context middleware renders the error.
#[derive(Clone)]
pub struct ErrorMarker(pub AppError);

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        let mut response = self.status().into_response();
        response.extensions_mut().insert(ErrorMarker(self));
        response
    }
}

/// The service's error, mapped once for both pages and API.
impl From<tandem_service::Error> for AppError {
    fn from(e: tandem_service::Error) -> Self {
        use tandem_service::Error as E;
        match e {
            E::NotFound => AppError::NotFound,
            E::LoginRequired => AppError::LoginRequired,
            E::Forbidden => AppError::Forbidden,
            E::Invalid(invalid) => AppError::Invalid(invalid),
            E::Conflict(id) => AppError::Conflict(id),
            E::TooManyRequests { retry_after_secs } => AppError::TooManyRequests { retry_after_secs },
            E::Busy { retry_after_secs } => AppError::Busy { retry_after_secs },
            // Only the login form starts a challenge, and it handles this itself.
            E::SecondFactorNeeded(_) => AppError::LoginRequired,
            E::Internal(detail) => AppError::Internal(detail),
        }
    }
}

impl From<Invalid> for AppError {
    fn from(e: Invalid) -> Self {
        AppError::Invalid(e)
    }
}

pub type AppResult<T> = Result<T, AppError>;
