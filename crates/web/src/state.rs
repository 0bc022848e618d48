//! What every handler can reach, and the web layer's settings.

use std::sync::Arc;

use tandem_service::Service;

/// Settings of the web layer.
#[derive(Debug, Clone, Default)]
pub struct WebConfig {
    /// Mark cookies Secure (serve over HTTPS, directly or behind a proxy).
    pub secure_cookies: bool,
    /// The address people use, e.g. https://tandem.example.org, for links in
    /// invitations and emails. Without it the request's Host is used.
    pub public_url: Option<String>,
    /// The reverse proxies whose X-Forwarded-For entries are believed (none by default).
    pub trusted_proxies: crate::client_addr::TrustedProxies,
    /// How long an anonymous visitor's page may be served from memory (see
    /// [`crate::page_cache`]); none keeps no pages.
    pub anonymous_page_ttl: Option<std::time::Duration>,
}

/// What every handler can reach: the service layer (which holds the
/// database, the clock and the mailer) and the web settings.
#[derive(Clone)]
pub struct AppState {
    pub svc: Service,
    pub config: Arc<WebConfig>,
    /// Anonymous pages kept for a moment, when the settings ask for it.
    pub pages: Option<Arc<crate::page_cache::PageCache>>,
}

impl AppState {
    /// The public URL of `config` becomes the service's, for links in emails.
    pub fn new(svc: Service, config: WebConfig) -> Self {
        let svc = svc.with_public_url(config.public_url.clone());
        let pages = config.anonymous_page_ttl.map(|ttl| Arc::new(crate::page_cache::PageCache::new(ttl)));
        AppState { svc, config: Arc::new(config), pages }
    }
}
