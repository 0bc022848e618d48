//! Email through a real SMTP server. Messages are composed when a job is
//! queued (in the recipient's language) and sent by the worker, so an SMTP
//! outage delays mail but loses none.

use std::time::Duration;

use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor, message::header::ContentType};
use serde::{Deserialize, Serialize};

/// The job payload of one email.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Email {
    pub to: String,
    pub subject: String,
    pub text: String,
    /// The idea it tells about: if moderation hides the idea before the
    /// worker sends it, the email is dropped.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub about_idea: Option<i64>,
}

pub struct Mailer {
    transport: AsyncSmtpTransport<Tokio1Executor>,
    from: lettre::message::Mailbox,
}

impl Mailer {
    /// `url` is smtp://host:port (plain), smtp://host:port?tls=required
    /// (STARTTLS) or smtps://host:port, with optional user:password@.
    pub fn new(url: &str, from: &str) -> Result<Mailer, String> {
        let transport = AsyncSmtpTransport::<Tokio1Executor>::from_url(url)
            .map_err(|e| e.to_string())?
            .timeout(Some(Duration::from_secs(20)))
            .build();
        let from = from.parse().map_err(|e: lettre::address::AddressError| e.to_string())?;
        Ok(Mailer { transport, from })
    }

    pub async fn send(&self, email: &Email) -> Result<(), String> {
        let to = email.to.parse().map_err(|e: lettre::address::AddressError| e.to_string())?;
        let message = Message::builder()
            .from(self.from.clone())
            .to(to)
            .subject(&email.subject)
            .header(ContentType::TEXT_PLAIN)
            .body(email.text.clone())
            .map_err(|e| e.to_string())?;
        self.transport.send(message).await.map(|_| ()).map_err(|e| e.to_string())
    }
}
