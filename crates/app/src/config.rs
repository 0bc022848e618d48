//! Configuration: flags win over TANDEM_* environment variables, which win
//! over the optional TOML file, which wins over the defaults.

use std::{net::SocketAddr, path::PathBuf};

use serde::Deserialize;
use tandem_web::{WebConfig, client_addr::TrustedProxies};

use crate::messages::Failure;

pub const DEFAULT_DATABASE_URL: &str = "sqlite://tandem.db";
pub const DEFAULT_ADDR: &str = "127.0.0.1:8080";

/// What the TOML file may hold (see README).
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FileConfig {
    pub database_url: Option<String>,
    pub addr: Option<String>,
    pub public_url: Option<String>,
    pub secure_cookies: Option<bool>,
    pub trust_proxy: Option<bool>,
    pub trusted_proxies: Option<String>,
    pub max_connections: Option<u32>,
    pub worker: Option<bool>,
    pub page_cache_ms: Option<u64>,
    pub smtp_url: Option<String>,
    pub mail_from: Option<String>,
}

impl FileConfig {
    pub fn load(path: &PathBuf) -> Result<FileConfig, Failure> {
        let text = std::fs::read_to_string(path)
            .map_err(|e| Failure::new("cli-error-config").arg("path", path.display()).arg("detail", e))?;
        toml::from_str(&text).map_err(|e| Failure::new("cli-error-config").arg("path", path.display()).arg("detail", e))
    }
}

/// Flags (and their environment variables) for commands that reach the database.
#[derive(Debug, Clone, clap::Args)]
pub struct DatabaseArgs {
    /// sqlite://PATH (created if missing) or postgres://USER@HOST/DB
    #[arg(long, env = "TANDEM_DATABASE_URL")]
    pub database_url: Option<String>,
    /// A TOML file with any of the settings (flags and environment win).
    #[arg(long, env = "TANDEM_CONFIG")]
    pub config: Option<PathBuf>,
}

#[derive(Debug, Clone, clap::Args)]
pub struct ServeArgs {
    #[command(flatten)]
    pub db: DatabaseArgs,
    /// Address to listen on, e.g. 127.0.0.1:8080 or 0.0.0.0:80
    #[arg(long, env = "TANDEM_ADDR")]
    pub addr: Option<String>,
    /// The address people use (https://…), for links in invitations and emails.
    #[arg(long, env = "TANDEM_PUBLIC_URL")]
    pub public_url: Option<String>,
    /// Mark cookies Secure; defaults to true when the public URL is https.
    #[arg(long, env = "TANDEM_SECURE_COOKIES")]
    pub secure_cookies: Option<bool>,
    /// Behind your own proxy on this machine or a private network: believe its X-Forwarded-For.
    #[arg(long, env = "TANDEM_TRUST_PROXY")]
    pub trust_proxy: Option<bool>,
    /// The proxies whose X-Forwarded-For is believed, e.g. 10.0.0.0/8,192.0.2.7 (instead of --trust-proxy).
    #[arg(long, env = "TANDEM_TRUSTED_PROXIES")]
    pub trusted_proxies: Option<String>,
    /// Database connections per server.
    #[arg(long, env = "TANDEM_MAX_CONNECTIONS")]
    pub max_connections: Option<u32>,
    /// Run background jobs in this process (default true; run `tandem worker` elsewhere if false).
    #[arg(long, env = "TANDEM_WORKER")]
    pub worker: Option<bool>,
    /// Milliseconds an anonymous visitor's page may be served from memory
    /// (default 1000; 0 renders every page afresh). Writes on this server
    /// show at once; other servers' within this time.
    #[arg(long, env = "TANDEM_PAGE_CACHE_MS")]
    pub page_cache_ms: Option<u64>,
    #[command(flatten)]
    pub mail: MailArgs,
}

/// Email settings. Without an SMTP server, notifications stay in the app.
#[derive(Debug, Clone, Default, clap::Args)]
pub struct MailArgs {
    /// smtp://host:port, smtp://host:port?tls=required (STARTTLS) or smtps://host:port, optionally user:password@
    #[arg(long, env = "TANDEM_SMTP_URL")]
    pub smtp_url: Option<String>,
    /// The sender of Tandem's emails, e.g. "Riverbend Tandem <tandem@riverbend.org>"
    #[arg(long, env = "TANDEM_MAIL_FROM")]
    pub mail_from: Option<String>,
}

#[derive(Debug, Clone, clap::Args)]
pub struct WorkerArgs {
    #[command(flatten)]
    pub db: DatabaseArgs,
    #[command(flatten)]
    pub mail: MailArgs,
    /// The address people use (https://…), for links in the digests it sends.
    #[arg(long, env = "TANDEM_PUBLIC_URL")]
    pub public_url: Option<String>,
}

/// Which proxies' X-Forwarded-For is believed: a list given, or with
/// `--trust-proxy` this machine and the private networks, or none.
fn trusted_proxies(list: Option<String>, trust_local: bool) -> Result<TrustedProxies, Failure> {
    match list.filter(|l| !l.trim().is_empty()) {
        Some(list) => {
            TrustedProxies::parse(&list).map_err(|bad| Failure::new("cli-error-trusted-proxies").arg("entry", bad.0))
        }
        None if trust_local => Ok(TrustedProxies::local_networks()),
        None => Ok(TrustedProxies::none()),
    }
}

/// The public address from a flag or the file; it must be a web address.
fn checked_public_url(flag: Option<String>, file: Option<String>) -> Result<Option<String>, Failure> {
    let public_url = flag.or(file).filter(|u| !u.trim().is_empty());
    if let Some(url) = &public_url
        && !(url.starts_with("http://") || url.starts_with("https://"))
    {
        return Err(Failure::new("cli-error-public-url").arg("url", url));
    }
    Ok(public_url)
}

/// The public address a standalone worker puts in the links of its emails.
pub fn worker_public_url(args: &WorkerArgs) -> Result<Option<String>, Failure> {
    checked_public_url(args.public_url.clone(), file_of(&args.db)?.public_url)
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MailSettings {
    pub smtp_url: Option<String>,
    pub from: String,
}

pub fn mail(args: &MailArgs, db: &DatabaseArgs) -> Result<MailSettings, Failure> {
    let file = file_of(db)?;
    Ok(MailSettings {
        smtp_url: args.smtp_url.clone().or(file.smtp_url).filter(|u| !u.trim().is_empty()),
        from: args.mail_from.clone().or(file.mail_from).unwrap_or_else(|| tandem_service::DEFAULT_MAIL_FROM.to_owned()),
    })
}

#[derive(Debug, Clone)]
pub struct Settings {
    pub database_url: String,
    pub addr: SocketAddr,
    pub web: WebConfig,
    pub max_connections: u32,
    pub worker: bool,
    pub mail: MailSettings,
}

fn file_of(db: &DatabaseArgs) -> Result<FileConfig, Failure> {
    match &db.config {
        Some(path) => FileConfig::load(path),
        None => Ok(FileConfig::default()),
    }
}

pub fn database_url(db: &DatabaseArgs) -> Result<String, Failure> {
    let file = file_of(db)?;
    Ok(db.database_url.clone().or(file.database_url).unwrap_or_else(|| DEFAULT_DATABASE_URL.to_owned()))
}

/// SQLite serialises writes and sqlx gives each connection its own thread, so a
/// few connections serve it best on small machines (BENCHMARKS.md); PostgreSQL
/// does its own work in its own processes.
pub fn default_connections(database_url: &str) -> u32 {
    if database_url.starts_with("sqlite:") { 4 } else { 10 }
}

/// Anonymous pages are kept a second unless told otherwise; 0 keeps none.
pub fn page_cache(ms: Option<u64>) -> Option<std::time::Duration> {
    Some(std::time::Duration::from_millis(ms.unwrap_or(1000))).filter(|d| !d.is_zero())
}

pub fn parse_addr(addr: &str) -> Result<SocketAddr, Failure> {
    addr.parse().map_err(|_| Failure::new("cli-error-addr").arg("addr", addr))
}

pub fn settings(args: &ServeArgs) -> Result<Settings, Failure> {
    let file = file_of(&args.db)?;
    let database_url =
        args.db.database_url.clone().or(file.database_url).unwrap_or_else(|| DEFAULT_DATABASE_URL.to_owned());
    let addr = parse_addr(args.addr.as_deref().or(file.addr.as_deref()).unwrap_or(DEFAULT_ADDR))?;
    let public_url = checked_public_url(args.public_url.clone(), file.public_url)?;
    let https = public_url.as_deref().is_some_and(|u| u.starts_with("https://"));
    let max_connections =
        args.max_connections.or(file.max_connections).unwrap_or_else(|| default_connections(&database_url));
    if !(1..=500).contains(&max_connections) {
        return Err(Failure::new("cli-error-connections"));
    }
    Ok(Settings {
        database_url,
        addr,
        web: WebConfig {
            secure_cookies: args.secure_cookies.or(file.secure_cookies).unwrap_or(https),
            public_url,
            trusted_proxies: trusted_proxies(
                args.trusted_proxies.clone().or(file.trusted_proxies),
                args.trust_proxy.or(file.trust_proxy).unwrap_or(false),
            )?,
            anonymous_page_ttl: page_cache(args.page_cache_ms.or(file.page_cache_ms)),
        },
        max_connections,
        worker: args.worker.or(file.worker).unwrap_or(true),
        mail: mail(&args.mail, &args.db)?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(config: Option<PathBuf>) -> ServeArgs {
        ServeArgs {
            db: DatabaseArgs { database_url: None, config },
            addr: None,
            public_url: None,
            secure_cookies: None,
            trust_proxy: None,
            trusted_proxies: None,
            max_connections: None,
            worker: None,
            page_cache_ms: None,
            mail: MailArgs::default(),
        }
    }

    #[test]
    fn defaults() {
        let s = settings(&args(None)).unwrap();
        assert_eq!(s.database_url, DEFAULT_DATABASE_URL);
        assert_eq!(s.addr.to_string(), DEFAULT_ADDR);
        assert!(!s.web.secure_cookies && s.worker);
    }

    #[test]
    fn flags_win_over_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("tandem.toml");
        std::fs::write(
            &path,
            "addr = \"0.0.0.0:9000\"\npublic_url = \"https://tandem.example.org\"\ndatabase_url = \"sqlite://x.db\"\n",
        )
        .unwrap();
        let mut a = args(Some(path));
        let from_file = settings(&a).unwrap();
        assert_eq!(from_file.addr.to_string(), "0.0.0.0:9000");
        assert!(from_file.web.secure_cookies, "https public URL implies secure cookies");
        a.addr = Some(String::from("127.0.0.1:7000"));
        a.db.database_url = Some(String::from("sqlite://y.db"));
        let flagged = settings(&a).unwrap();
        assert_eq!(flagged.addr.to_string(), "127.0.0.1:7000");
        assert_eq!(flagged.database_url, "sqlite://y.db");
    }

    #[test]
    fn proxies_are_trusted_only_when_named() {
        assert!(settings(&args(None)).unwrap().web.trusted_proxies.is_empty());
        let mut a = args(None);
        a.trust_proxy = Some(true);
        assert!(settings(&a).unwrap().web.trusted_proxies.trusts("10.0.0.1".parse().unwrap()));
        a.trusted_proxies = Some(String::from("192.0.2.7"));
        let named = settings(&a).unwrap().web.trusted_proxies;
        assert!(named.trusts("192.0.2.7".parse().unwrap()) && !named.trusts("10.0.0.1".parse().unwrap()));
        a.trusted_proxies = Some(String::from("10.0.0.0/40"));
        assert_eq!(settings(&a).unwrap_err().id, "cli-error-trusted-proxies");
    }

    #[test]
    fn bad_settings_are_named() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("bad.toml");
        std::fs::write(&path, "adress = \"x\"\n").unwrap();
        assert_eq!(settings(&args(Some(path))).unwrap_err().id, "cli-error-config");
        let mut a = args(None);
        a.addr = Some(String::from("localhost"));
        assert_eq!(settings(&a).unwrap_err().id, "cli-error-addr");
        let mut a = args(None);
        a.public_url = Some(String::from("tandem.example.org"));
        assert_eq!(settings(&a).unwrap_err().id, "cli-error-public-url");
    }

    #[test]
    fn a_standalone_worker_links_to_the_public_address() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("tandem.toml");
        std::fs::write(&path, "public_url = \"https://tandem.example.org\"\n").unwrap();
        let db = DatabaseArgs { database_url: None, config: Some(path) };
        let mut w = WorkerArgs { db, mail: MailArgs::default(), public_url: None };
        assert_eq!(worker_public_url(&w).unwrap().as_deref(), Some("https://tandem.example.org"));
        w.public_url = Some(String::from("ftp://elsewhere"));
        assert_eq!(worker_public_url(&w).unwrap_err().id, "cli-error-public-url");
    }
}
