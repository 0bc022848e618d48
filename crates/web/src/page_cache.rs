//! Public pages rendered once for every anonymous visitor for a moment.
//!
//! A popular initiative page linked from a newsletter is read by hundreds of
//! visitors without an account at once, and every one of them would render
//! the same page from a dozen queries. Anonymous HTML pages of communities
//! are kept in memory for at most a second ([`WebConfig::anonymous_page_ttl`])
//! and served from there, under a version that every write request on this
//! server bumps (so a change made here shows at once), stamped with the
//! service clock (so a poll that closes is never shown open for longer than
//! the lifetime) — servers behind a load balancer each see another's changes
//! within that lifetime. Signed-in people, API clients and anything but a
//! plain `200 text/html` answer are never cached.
//!
//! The only per-visitor part of an anonymous page is its CSRF token (in its
//! forms, tied to the visitor's cookie): pages are rendered with a
//! placeholder in its place, which each answer replaces with the visitor's
//! own token.
//!
//! [`WebConfig::anonymous_page_ttl`]: crate::WebConfig::anonymous_page_ttl

use std::collections::HashMap;
use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use axum::{
    body::{Body, Bytes},
    http::{HeaderMap, HeaderValue, Method, Request, StatusCode, header},
    response::Response,
};
use tandem_domain::Timestamp;
use tandem_service::i18n::Lang;

/// Rendered in place of the CSRF token in cached pages. Letters and digits
/// only, so HTML escaping leaves it as it is.
pub(crate) const CSRF_PLACEHOLDER: &str = "tdmCsrfPlaceholder7f3a9c1e5b2d4f60a8e1c3b5d7f9a2c4x";

/// How long the others wait on one request re-rendering an expired page
/// before another tries (the first may have failed).
const REFRESH_PATIENCE: Duration = Duration::from_secs(2);
/// Pages larger than this are not kept.
const MAX_PAGE_BYTES: usize = 1 << 20;
/// Pages kept at most; when full the cache starts again empty (entries live
/// a second anyway).
const MAX_PAGES: usize = 2_000;

/// What a kept page is looked up by: the address, the language and what
/// the client accepts.
#[derive(Clone, PartialEq, Eq, Hash)]
pub(crate) struct Key {
    path: String,
    lang: Lang,
    accept: Option<HeaderValue>,
}

struct Page {
    version: u64,
    /// Since when one request has been rendering this page afresh: the
    /// others keep getting this copy meanwhile, rather than all rendering
    /// it at once the moment it expires.
    refreshing: Option<Instant>,
    stored: Instant,
    stored_at: Timestamp,
    /// The handler's headers (type, language, links…) without a length.
    headers: HeaderMap,
    /// The page split where the visitor's CSRF token goes.
    parts: Vec<Bytes>,
}

pub struct PageCache {
    ttl: Duration,
    version: AtomicU64,
    pages: Mutex<HashMap<Key, Page>>,
}

/// Whether a request may be answered from the cache (and its answer kept).
pub(crate) fn cacheable(request: &Request<Body>, anonymous: bool, has_flash: bool) -> bool {
    let path = request.uri().path();
    anonymous
        && !has_flash
        && request.method() == Method::GET
        && (path == "/" || path == "/glossary" || path.starts_with("/c/"))
}

impl PageCache {
    pub fn new(ttl: Duration) -> PageCache {
        PageCache { ttl, version: AtomicU64::new(0), pages: Mutex::new(HashMap::new()) }
    }

    /// Something may have changed: no page rendered before is served again.
    pub(crate) fn bump(&self) {
        self.version.fetch_add(1, Ordering::Release);
    }

    pub(crate) fn key(request: &Request<Body>, lang: Lang) -> Key {
        Key {
            path: request.uri().path_and_query().map_or_else(|| String::from("/"), |p| p.as_str().to_owned()),
            lang,
            accept: request.headers().get(header::ACCEPT).cloned(),
        }
    }

    /// The page for this request if one is fresh, with `csrf` in place. A
    /// page that has only expired (nothing was written since) is served
    /// while the one request told to render it again does so; a page
    /// older than a write never is.
    pub(crate) fn get(&self, key: &Key, now: Timestamp, csrf: &str) -> Option<Response> {
        let version = self.version.load(Ordering::Acquire);
        let mut pages = self.pages.lock().ok()?;
        let page = pages.get_mut(key)?;
        if page.version != version {
            return None;
        }
        // The service clock counts whole seconds: a page lives until the
        // clock passes its lifetime rounded up (within the same second, for
        // the default of one), and never longer than the lifetime itself.
        let ttl_secs = i64::try_from(self.ttl.as_secs() + u64::from(self.ttl.subsec_nanos() > 0)).unwrap_or(i64::MAX);
        let fresh =
            page.stored.elapsed() < self.ttl && now.0 >= page.stored_at.0 && now.0 - page.stored_at.0 < ttl_secs;
        let being_refreshed = page.refreshing.is_some_and(|since| since.elapsed() < REFRESH_PATIENCE);
        if !fresh && !being_refreshed {
            page.refreshing = Some(Instant::now());
            return None;
        }
        // Copied out (reference counts only) so the page is assembled
        // after the lock is released.
        let (parts, headers) = (page.parts.clone(), page.headers.clone());
        drop(pages);
        Some(answer(&parts, &headers, csrf))
    }

    /// Keeps a rendered answer if it is a plain page, and gives the visitor
    /// their copy with `csrf` in place.
    pub(crate) async fn keep(
        &self,
        key: Key,
        version: u64,
        stored_at: Timestamp,
        response: Response,
        csrf: &str,
    ) -> Response {
        let keepable = response.status() == StatusCode::OK
            && !response.headers().contains_key(header::SET_COOKIE)
            && is_html(response.headers());
        if !keepable {
            return replace_in(response, csrf).await;
        }
        let (head, body) = response.into_parts();
        let Ok(bytes) = axum::body::to_bytes(body, usize::MAX).await else {
            return Response::builder()
                .status(StatusCode::INTERNAL_SERVER_ERROR)
                .body(Body::empty())
                .unwrap_or_default();
        };
        let parts = split(&bytes);
        let mut headers = head.headers;
        headers.remove(header::CONTENT_LENGTH);
        let response = answer(&parts, &headers, csrf);
        if bytes.len() > MAX_PAGE_BYTES {
            return response;
        }
        if let Ok(mut pages) = self.pages.lock() {
            if pages.len() >= MAX_PAGES {
                pages.clear();
            }
            pages.insert(key, Page { version, refreshing: None, stored: Instant::now(), stored_at, headers, parts });
        }
        response
    }

    pub(crate) fn version(&self) -> u64 {
        self.version.load(Ordering::Acquire)
    }
}

fn is_html(headers: &HeaderMap) -> bool {
    headers.get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).is_some_and(|t| t.starts_with("text/html"))
}

/// The page's bytes between placeholders.
fn split(bytes: &Bytes) -> Vec<Bytes> {
    let needle = CSRF_PLACEHOLDER.as_bytes();
    let mut parts = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i + needle.len() <= bytes.len() {
        if &bytes[i..i + needle.len()] == needle {
            parts.push(bytes.slice(start..i));
            i += needle.len();
            start = i;
        } else {
            i += 1;
        }
    }
    parts.push(bytes.slice(start..));
    parts
}

fn answer(parts: &[Bytes], headers: &HeaderMap, csrf: &str) -> Response {
    let mut body = Vec::with_capacity(parts.iter().map(Bytes::len).sum::<usize>() + parts.len() * csrf.len());
    for (i, part) in parts.iter().enumerate() {
        if i > 0 {
            body.extend_from_slice(csrf.as_bytes());
        }
        body.extend_from_slice(part);
    }
    let mut response = Response::new(Body::from(body));
    *response.headers_mut() = headers.clone();
    response
}

/// A page rendered with the placeholder that is not kept still reaches the
/// visitor with their token.
async fn replace_in(response: Response, csrf: &str) -> Response {
    if !is_html(response.headers()) {
        return response;
    }
    let (mut head, body) = response.into_parts();
    let Ok(bytes) = axum::body::to_bytes(body, usize::MAX).await else {
        return Response::builder().status(StatusCode::INTERNAL_SERVER_ERROR).body(Body::empty()).unwrap_or_default();
    };
    let parts = split(&bytes);
    head.headers.remove(header::CONTENT_LENGTH);
    let fresh = answer(&parts, &head.headers, csrf);
    let (_, body) = fresh.into_parts();
    Response::from_parts(head, body)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_placeholder_is_replaced_everywhere_and_only_there() {
        let page =
            Bytes::from(format!("<input value=\"{CSRF_PLACEHOLDER}\"><p>x</p><input value=\"{CSRF_PLACEHOLDER}\">"));
        let parts = split(&page);
        assert_eq!(parts.len(), 3);
        let joined: Vec<u8> = parts.join(&b"TOKEN"[..]);
        assert_eq!(String::from_utf8(joined).unwrap(), "<input value=\"TOKEN\"><p>x</p><input value=\"TOKEN\">");
        assert_eq!(split(&Bytes::from_static(b"no token")).len(), 1);
    }

    fn page_request() -> Request<Body> {
        Request::builder().uri("/c/riverbend").body(Body::empty()).unwrap()
    }

    async fn kept(cache: &PageCache) {
        let rendered = Response::builder()
            .header(header::CONTENT_TYPE, "text/html; charset=utf-8")
            .body(Body::from(format!("<p>{CSRF_PLACEHOLDER}</p>")))
            .unwrap();
        let key = PageCache::key(&page_request(), Lang::En);
        let answer = cache.keep(key, cache.version(), Timestamp(0), rendered, "mine").await;
        let body = axum::body::to_bytes(answer.into_body(), usize::MAX).await.unwrap();
        assert_eq!(&body[..], b"<p>mine</p>");
    }

    /// An expired page sends one request to render it again and serves the
    /// others meanwhile; a write retires it for everyone at once.
    #[tokio::test]
    async fn one_request_renders_an_expired_page_while_the_others_are_served() {
        let cache = PageCache::new(Duration::ZERO);
        kept(&cache).await;
        assert!(
            cache.get(&PageCache::key(&page_request(), Lang::En), Timestamp(0), "a").is_none(),
            "the first renders it again"
        );
        let stale =
            cache.get(&PageCache::key(&page_request(), Lang::En), Timestamp(0), "b").expect("the others are served");
        let body = axum::body::to_bytes(stale.into_body(), usize::MAX).await.unwrap();
        assert_eq!(&body[..], b"<p>b</p>");
        assert!(
            cache.get(&PageCache::key(&page_request(), Lang::Es), Timestamp(0), "c").is_none(),
            "another language is another page"
        );
        cache.bump();
        assert!(
            cache.get(&PageCache::key(&page_request(), Lang::En), Timestamp(0), "d").is_none(),
            "never after a write"
        );
        assert!(
            cache.get(&PageCache::key(&page_request(), Lang::En), Timestamp(0), "e").is_none(),
            "not even while one renders"
        );
    }
}
