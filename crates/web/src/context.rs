//! Per-request context: who is asking, in which language, with which
//! anti-forgery token, at what time. Built once by [`layer`] and read by
//! every handler through the [`Ctx`] extractor.

use std::{net::SocketAddr, sync::Arc};

use axum::{
    extract::{ConnectInfo, FromRequestParts, Request, State},
    http::{HeaderMap, HeaderValue, Method, header, request::Parts},
    middleware::Next,
    response::{IntoResponse, Response},
};
use tandem_domain::{
    Timestamp,
    community::{Conventions, Locale},
    session::TokenScope,
    time::Zone,
};
use tandem_service::i18n::{Arg, I18n, Lang};
use tandem_service::{
    Actor, Door,
    accounts::{self, User},
    secrets::new_token,
};

use crate::{client_addr::TrustedProxies, error::AppError, page_cache, state::AppState};

pub const SESSION_COOKIE: &str = "tandem_session";
pub const CSRF_COOKIE: &str = "tandem_csrf";
pub const LANG_COOKIE: &str = "tandem_lang";
pub const FLASH_COOKIE: &str = "tandem_flash";

#[derive(Clone)]
pub struct Ctx {
    pub lang: Lang,
    pub i18n: Arc<I18n>,
    pub user: Option<User>,
    /// The session token, when logged in through a cookie.
    pub session_token: Option<String>,
    /// The request came to the JSON API.
    pub is_api: bool,
    pub csrf: String,
    pub now: Timestamp,
    /// Path and query of this request, for "come back here" links.
    pub path: String,
    /// Authenticated by an API token (no cookies, so no CSRF check).
    pub via_token: bool,
    pub client_ip: String,
    /// A one-time message (Fluent id) set by the previous request.
    pub flash: Option<String>,
    /// Unread notifications of the logged-in person.
    pub unread: i64,
    pub secure_cookies: bool,
    /// Where the community of this page is, once a handler has loaded it
    /// (see `access`): times are shown in its zone, in its locale.
    pub place: std::sync::OnceLock<Place>,
}

/// A community's time zone and locale, as a page shows them.
#[derive(Debug, Clone)]
pub struct Place {
    pub zone: Zone,
    pub locale: Locale,
}

impl Ctx {
    /// A request context for rendering in unit tests: nobody logged in, the
    /// epoch as "now", UTC.
    #[cfg(test)]
    pub fn for_tests(lang: Lang) -> Ctx {
        Ctx {
            lang,
            i18n: Arc::new(I18n::new()),
            user: None,
            session_token: None,
            is_api: false,
            csrf: String::new(),
            now: Timestamp(0),
            path: String::from("/"),
            via_token: false,
            client_ip: String::new(),
            flash: None,
            unread: 0,
            secure_cookies: false,
            place: std::sync::OnceLock::new(),
        }
    }

    /// Sets the place of this page's community (the first community loaded wins).
    pub fn set_place(&self, community: &tandem_service::community::Community) {
        let _ = self.place.set(Place { zone: Zone::stored(&community.time_zone), locale: community.locale });
    }

    /// The zone times are shown in: the community's, or UTC outside any community.
    pub fn zone(&self) -> &Zone {
        static UTC: std::sync::LazyLock<Zone> = std::sync::LazyLock::new(Zone::utc);
        self.place.get().map(|p| &p.zone).unwrap_or(&UTC)
    }

    /// How dates, times, numbers and money are written for this reader: the
    /// community's region in the reader's language; outside any community,
    /// the language's most common region (US English, Spain's Spanish).
    pub fn conventions(&self) -> Conventions {
        let home = self.place.get().map(|p| p.locale);
        let fallback = match self.lang.code() {
            "es" => Locale::EsEs,
            "ar" => Locale::Ar,
            _ => Locale::EnUs,
        };
        home.unwrap_or(fallback).for_reader(self.lang.code()).conventions()
    }

    pub fn t(&self, id: &str) -> String {
        self.i18n.format(self.lang, id, &[])
    }

    pub fn ta(&self, id: &str, args: &[(&str, Arg)]) -> String {
        self.i18n.format(self.lang, id, args)
    }

    pub fn user_id(&self) -> Option<i64> {
        self.user.as_ref().map(|u| u.id)
    }

    pub fn require_user(&self) -> Result<&User, AppError> {
        self.user.as_ref().ok_or(AppError::LoginRequired)
    }

    /// Who is asking, for the service layer: the person and the door.
    pub fn actor(&self) -> Actor {
        let door = if self.is_api { Door::Api } else { Door::Page };
        match &self.user {
            Some(u) => Actor::person(u.clone(), door),
            None => Actor::visitor(door),
        }
    }
}

impl<S: Send + Sync> FromRequestParts<S> for Ctx {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        parts
            .extensions
            .get::<Ctx>()
            .cloned()
            .ok_or_else(|| AppError::Internal(String::from("request context missing")))
    }
}

pub fn cookies(headers: &HeaderMap) -> Vec<(String, String)> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| {
            let (k, v) = pair.trim().split_once('=')?;
            Some((k.trim().to_owned(), v.trim().to_owned()))
        })
        .collect()
}

fn cookie<'a>(all: &'a [(String, String)], name: &str) -> Option<&'a str> {
    all.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str())
}

/// Builds a Set-Cookie value. Values are our own tokens and ids, never user text.
pub fn set_cookie(name: &str, value: &str, max_age: i64, http_only: bool, secure: bool) -> Option<HeaderValue> {
    let mut s = format!("{name}={value}; Path=/; Max-Age={max_age}; SameSite=Lax");
    if http_only {
        s.push_str("; HttpOnly");
    }
    if secure {
        s.push_str("; Secure");
    }
    HeaderValue::from_str(&s).ok()
}

fn looks_like_token(v: &str) -> bool {
    v.len() == 43 && v.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

fn looks_like_message_id(v: &str) -> bool {
    !v.is_empty() && v.len() < 80 && v.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

fn bearer(headers: &HeaderMap) -> Option<&str> {
    headers.get(header::AUTHORIZATION)?.to_str().ok()?.strip_prefix("Bearer ").map(str::trim)
}

fn client_ip(request: &Request, proxies: &TrustedProxies) -> String {
    let Some(peer) = request.extensions().get::<ConnectInfo<SocketAddr>>().map(|ci| ci.0.ip()) else {
        return String::from("unknown");
    };
    let forwarded = request.headers().get("x-forwarded-for").and_then(|v| v.to_str().ok());
    proxies.client(peer, forwarded).to_string()
}

/// The middleware that builds [`Ctx`] and runs the handler; the response
/// carries the `Ctx` out for the error renderer.
pub async fn layer(State(state): State<AppState>, mut request: Request, next: Next) -> Response {
    let now = state.svc.now();
    let all_cookies = cookies(request.headers());
    let path = request.uri().path_and_query().map(|p| p.as_str().to_owned()).unwrap_or_else(|| String::from("/"));
    let is_api = request.uri().path().starts_with("/api/");
    let secure = state.config.secure_cookies;
    let mut extra_cookies: Vec<HeaderValue> = Vec::new();

    let mut user = None;
    let mut session_token = None;
    let mut session_csrf = None;
    let mut unread = 0;
    let mut via_token = false;
    let mut auth_error = None;
    if let Some(token) = bearer(request.headers()) {
        match accounts::token_user(&state.svc, token, now).await {
            // A read token reads: anything else is refused before it reaches a handler.
            Ok(Some((_, TokenScope::Read)))
                if !matches!(*request.method(), Method::GET | Method::HEAD | Method::OPTIONS) =>
            {
                auth_error = Some(AppError::ReadOnlyToken)
            }
            Ok(Some((u, _))) => {
                user = Some(u);
                via_token = true;
            }
            Ok(None) => auth_error = Some(AppError::Unauthorized),
            Err(e) => auth_error = Some(e.into()),
        }
    } else if let Some(token) = cookie(&all_cookies, SESSION_COOKIE) {
        match accounts::session(&state.svc, token, now).await {
            Ok(Some(s)) => {
                session_csrf = Some(s.csrf_token.clone());
                unread = s.unread;
                user = Some(s.user);
                session_token = Some(token.to_owned());
            }
            Ok(None) => extra_cookies.extend(set_cookie(SESSION_COOKIE, "", 0, true, secure)),
            Err(e) => auth_error = Some(e.into()),
        }
    }

    let accepted =
        request.headers().get(header::ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok()).and_then(Lang::negotiate);
    let preferred = user.as_ref().and_then(|u| Lang::parse(&u.lang));
    // Pages honour the language chosen in the switcher, then the account's;
    // API clients say per request what they want with Accept-Language.
    let lang = if is_api {
        accepted.or(preferred)
    } else {
        cookie(&all_cookies, LANG_COOKIE).and_then(Lang::parse).or(preferred).or(accepted)
    }
    .unwrap_or(Lang::En);

    let csrf = match session_csrf {
        Some(token) => token,
        None => match cookie(&all_cookies, CSRF_COOKIE).filter(|v| looks_like_token(v)) {
            Some(token) => token.to_owned(),
            None => {
                let token = new_token();
                extra_cookies.extend(set_cookie(CSRF_COOKIE, &token, 60 * 60 * 24 * 30, true, secure));
                token
            }
        },
    };

    let flash = cookie(&all_cookies, FLASH_COOKIE).filter(|v| looks_like_message_id(v)).map(str::to_owned);
    if flash.is_some() {
        extra_cookies.extend(set_cookie(FLASH_COOKIE, "", 0, true, secure));
    }

    let ctx = Ctx {
        lang,
        i18n: state.svc.i18n.clone(),
        user,
        session_token,
        is_api,
        csrf,
        now,
        path,
        via_token,
        client_ip: client_ip(&request, &state.config.trusted_proxies),
        flash,
        unread,
        secure_cookies: secure,
        place: std::sync::OnceLock::new(),
    };

    let anonymous = ctx.user.is_none() && !is_api && auth_error.is_none();
    let cache = state.pages.as_ref().filter(|_| page_cache::cacheable(&request, anonymous, ctx.flash.is_some()));
    let writes = !matches!(*request.method(), Method::GET | Method::HEAD | Method::OPTIONS);
    let response = match (auth_error, cache) {
        (Some(error), _) => error.into_response(),
        (None, Some(cache)) => {
            let key = page_cache::PageCache::key(&request, lang);
            match cache.get(&key, now, &ctx.csrf) {
                Some(page) => page,
                None => {
                    // Rendered with the placeholder, kept, and answered with the visitor's token.
                    let version = cache.version();
                    let rendering = Ctx {
                        csrf: String::from(page_cache::CSRF_PLACEHOLDER),
                        place: std::sync::OnceLock::new(),
                        ..ctx.clone()
                    };
                    request.extensions_mut().insert(rendering);
                    let response = next.run(request).await;
                    cache.keep(key, version, now, response, &ctx.csrf).await
                }
            }
        }
        (None, None) => {
            request.extensions_mut().insert(ctx.clone());
            next.run(request).await
        }
    };
    // A write on this server: no page rendered before it is served again.
    if writes && let Some(cache) = &state.pages {
        cache.bump();
    }
    // Errors are rendered outside this layer (see `render_errors` in lib.rs),
    // which needs to know who asked and in which language.
    let mut response = response;
    response.extensions_mut().insert(ctx);
    for value in extra_cookies {
        response.headers_mut().append(header::SET_COOKIE, value);
    }
    response
}
