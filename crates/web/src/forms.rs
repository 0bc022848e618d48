//! Reading submitted forms safely: the anti-forgery token is checked before
//! anything else, and unreadable input becomes a clear error, never a panic.

use axum::{
    body::Bytes,
    extract::{FromRequest, Request},
    http::{HeaderMap, header},
};
use serde::de::DeserializeOwned;

use tandem_service::secrets::constant_time_eq;

use crate::{context::Ctx, error::AppError};

/// Largest form we accept; forms are short text, files come later by their own route.
pub const MAX_FORM_BYTES: usize = 64 * 1024;

/// A urlencoded form whose `_csrf` field matched the request's token.
pub struct Form<T>(pub T);

/// The same, as raw pairs, for forms whose field names carry ids
/// (e.g. one stance per stakeholder group).
pub struct FormPairs(pub Vec<(String, String)>);

impl FormPairs {
    pub fn get(&self, name: &str) -> &str {
        self.0.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str()).unwrap_or_default()
    }

    /// Every value of a repeated field (checkboxes), in order.
    pub fn all(&self, name: &str) -> Vec<String> {
        self.0.iter().filter(|(k, _)| k == name).map(|(_, v)| v.clone()).collect()
    }

    /// An id chosen in a select or radio group: blank is none. The values are
    /// our own, so anything but a number means the form itself is broken.
    pub fn id(&self, name: &str) -> Result<Option<i64>, AppError> {
        match self.get(name).trim() {
            "" => Ok(None),
            v => v.parse().map(Some).map_err(|_| AppError::BadRequest("error-form-unreadable")),
        }
    }

    /// Every id of a repeated field (checkboxes).
    pub fn ids(&self, name: &str) -> Result<Vec<i64>, AppError> {
        self.0
            .iter()
            .filter(|(k, v)| k == name && !v.trim().is_empty())
            .map(|(_, v)| v.trim().parse().map_err(|_| AppError::BadRequest("error-form-unreadable")))
            .collect()
    }

    /// A checkbox: ticked when its value is "1".
    pub fn ticked(&self, name: &str) -> bool {
        self.get(name) == "1"
    }
}

/// Refuses requests that a browser says came from another site.
pub fn check_same_origin(headers: &HeaderMap) -> Result<(), AppError> {
    if headers.get("sec-fetch-site").and_then(|v| v.to_str().ok()) == Some("cross-site") {
        return Err(AppError::Csrf);
    }
    let origin = headers.get(header::ORIGIN).and_then(|v| v.to_str().ok());
    let host = headers.get(header::HOST).and_then(|v| v.to_str().ok());
    if let (Some(origin), Some(host)) = (origin, host) {
        let origin_host = origin.split_once("://").map(|(_, rest)| rest).unwrap_or(origin);
        if origin != "null" && origin_host != host {
            return Err(AppError::Csrf);
        }
    }
    Ok(())
}

async fn read_pairs(req: Request) -> Result<(Ctx, Bytes, Vec<(String, String)>), AppError> {
    let ctx = req
        .extensions()
        .get::<Ctx>()
        .cloned()
        .ok_or_else(|| AppError::Internal(String::from("request context missing")))?;
    check_same_origin(req.headers())?;
    let content_type = req.headers().get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).unwrap_or_default();
    if !content_type.starts_with("application/x-www-form-urlencoded") {
        return Err(AppError::BadRequest("error-unsupported-type"));
    }
    let body = axum::body::to_bytes(req.into_body(), MAX_FORM_BYTES)
        .await
        .map_err(|_| AppError::BadRequest("error-too-large"))?;
    let pairs: Vec<(String, String)> =
        serde_urlencoded::from_bytes(&body).map_err(|_| AppError::BadRequest("error-form-unreadable"))?;
    let token = pairs.iter().find(|(k, _)| k == "_csrf").map(|(_, v)| v.as_str()).unwrap_or_default();
    if !constant_time_eq(token, &ctx.csrf) {
        return Err(AppError::Csrf);
    }
    Ok((ctx, body, pairs))
}

impl<S: Send + Sync, T: DeserializeOwned> FromRequest<S> for Form<T> {
    type Rejection = AppError;

    async fn from_request(req: Request, _: &S) -> Result<Self, Self::Rejection> {
        let (_, body, _) = read_pairs(req).await?;
        let value = serde_urlencoded::from_bytes(&body).map_err(|_| AppError::BadRequest("error-form-unreadable"))?;
        Ok(Form(value))
    }
}

impl<S: Send + Sync> FromRequest<S> for FormPairs {
    type Rejection = AppError;

    async fn from_request(req: Request, _: &S) -> Result<Self, Self::Rejection> {
        let (_, _, pairs) = read_pairs(req).await?;
        Ok(FormPairs(pairs))
    }
}

/// A file upload (`multipart/form-data`) read safely: the anti-forgery token
/// must come first and match before anything else is read; then the `file`
/// field (at most `max_bytes`) and the named text fields. Returns the text
/// fields and the file's bytes (empty when none was chosen).
pub async fn upload(
    ctx: &Ctx,
    headers: &HeaderMap,
    mut multipart: axum::extract::Multipart,
    texts: &[&str],
    max_bytes: usize,
) -> Result<(FormPairs, Vec<u8>), AppError> {
    check_same_origin(headers)?;
    let mut token_ok = false;
    let mut fields = FormPairs(Vec::new());
    let mut file = Vec::new();
    loop {
        let field = match multipart.next_field().await {
            Ok(Some(f)) => f,
            Ok(None) => break,
            Err(_) => return Err(AppError::BadRequest("error-form-unreadable")),
        };
        let name = field.name().unwrap_or_default().to_owned();
        if name == "_csrf" {
            let value = field.text().await.map_err(|_| AppError::BadRequest("error-form-unreadable"))?;
            token_ok = constant_time_eq(&value, &ctx.csrf);
        } else if !token_ok {
            continue;
        } else if name == "file" {
            let bytes = field.bytes().await.map_err(|_| AppError::BadRequest("error-too-large"))?;
            if bytes.len() > max_bytes {
                return Err(AppError::BadRequest("error-too-large"));
            }
            file = bytes.to_vec();
        } else if texts.contains(&name.as_str()) {
            let value = field.text().await.map_err(|_| AppError::BadRequest("error-form-unreadable"))?;
            fields.0.push((name, value));
        }
    }
    if !token_ok {
        return Err(AppError::Csrf);
    }
    Ok((fields, file))
}
