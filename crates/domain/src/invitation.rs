//! Invitation links: how a family member or pupil joins without a password.

use crate::{
    error::FieldError,
    text::integer_in,
    time::{DAY, Timestamp},
};

pub const DEFAULT_DAYS: i64 = 14;
pub const MAX_DAYS: i64 = 60;
/// A sign-in link for someone who lost their way in is handed over soon.
pub const SIGNIN_DAYS: i64 = 3;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InvitationStatus {
    Open,
    Used,
    Revoked,
    Expired,
}

impl InvitationStatus {
    pub fn key(self) -> &'static str {
        match self {
            InvitationStatus::Open => "open",
            InvitationStatus::Used => "used",
            InvitationStatus::Revoked => "revoked",
            InvitationStatus::Expired => "expired",
        }
    }
}

/// The facts about an invitation that decide whether it can still be used.
///
/// Links are personal and one-time: a pupil's link admits that pupil only.
#[derive(Debug, Clone, Copy)]
pub struct InvitationFacts {
    pub expires_at: Timestamp,
    pub revoked_at: Option<Timestamp>,
    pub used_at: Option<Timestamp>,
}

impl InvitationFacts {
    /// Revocation wins over everything; then use; then time.
    pub fn status(&self, now: Timestamp) -> InvitationStatus {
        if self.revoked_at.is_some() {
            InvitationStatus::Revoked
        } else if self.used_at.is_some() {
            InvitationStatus::Used
        } else if now >= self.expires_at {
            InvitationStatus::Expired
        } else {
            InvitationStatus::Open
        }
    }
}

/// Reads "valid for N days" from a form and returns the expiry time.
pub fn expiry_from_days(field: &'static str, input: &str, now: Timestamp) -> Result<Timestamp, FieldError> {
    let days = if input.trim().is_empty() { DEFAULT_DAYS } else { integer_in(field, input, 1..=MAX_DAYS)? };
    Ok(now.plus_secs(days * DAY))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn facts() -> InvitationFacts {
        InvitationFacts { expires_at: Timestamp(1000), revoked_at: None, used_at: None }
    }

    #[test]
    fn open_until_expiry() {
        assert_eq!(facts().status(Timestamp(999)), InvitationStatus::Open);
        assert_eq!(facts().status(Timestamp(1000)), InvitationStatus::Expired);
    }

    #[test]
    fn links_are_one_time() {
        let used = InvitationFacts { used_at: Some(Timestamp(4)), ..facts() };
        assert_eq!(used.status(Timestamp(5)), InvitationStatus::Used);
    }

    #[test]
    fn revoked_wins() {
        let revoked = InvitationFacts { revoked_at: Some(Timestamp(3)), used_at: Some(Timestamp(2)), ..facts() };
        assert_eq!(revoked.status(Timestamp(5000)), InvitationStatus::Revoked);
    }

    #[test]
    fn expiry_input() {
        let now = Timestamp(0);
        assert_eq!(expiry_from_days("d", "", now).unwrap(), Timestamp(DEFAULT_DAYS * DAY));
        assert_eq!(expiry_from_days("d", "3", now).unwrap(), Timestamp(3 * DAY));
        assert!(expiry_from_days("d", "0", now).is_err());
        assert!(expiry_from_days("d", "61", now).is_err());
        assert!(expiry_from_days("d", "soon", now).is_err());
    }
}
