//! Conversations: statements people vote agree, disagree or pass on, one at
//! a time, from which an opinion map is drawn (see `tandem_decide::opinion`).

use crate::{
    error::{FieldError, Invalid},
    text,
};

/// Pol.is' limit: a statement is one short idea.
pub const STATEMENT_MAX: usize = 280;

string_enum! {
    /// Where a statement stands in moderation.
    pub enum StatementStatus {
        /// Shown to voters.
        Accepted = "accepted",
        /// Submitted by a member, waiting for a facilitator.
        Pending = "pending",
        /// Not shown; a facilitator moderated it out.
        Rejected = "rejected",
    }
}

/// A vote as stored: 1 agree, −1 disagree, 0 pass.
pub fn parse_vote(input: &str) -> Result<i8, FieldError> {
    match input.trim() {
        "agree" => Ok(1),
        "disagree" => Ok(-1),
        "pass" => Ok(0),
        _ => Err(FieldError::new("vote", "error-conversation-vote")),
    }
}

pub fn vote_key(vote: i8) -> &'static str {
    match vote {
        1 => "agree",
        -1 => "disagree",
        _ => "pass",
    }
}

pub fn parse_statement(input: &str) -> Result<String, Invalid> {
    Ok(text::required("statement", input, STATEMENT_MAX)?)
}

pub struct ConversationDraft {
    pub topic: String,
    pub description: String,
}

impl ConversationDraft {
    pub fn parse(topic: &str, description: &str) -> Result<ConversationDraft, Invalid> {
        let mut errors = Invalid::default();
        let topic = errors.check(text::line("topic", topic, text::TITLE_MAX));
        let description = errors.check(text::optional("description", description, text::LONG_TEXT_MAX));
        errors.finish()?;
        Ok(ConversationDraft {
            topic: topic.unwrap_or_default(),
            description: description.flatten().unwrap_or_default(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn votes_and_statements_are_checked() {
        assert_eq!(parse_vote("agree"), Ok(1));
        assert_eq!(parse_vote(" pass "), Ok(0));
        assert!(parse_vote("maybe").is_err());
        assert!(parse_statement("   ").is_err());
        assert!(parse_statement(&"x".repeat(STATEMENT_MAX + 1)).is_err());
        assert_eq!(parse_statement(" Phones stay in lockers. "), Ok("Phones stay in lockers.".to_string()));
        assert!(ConversationDraft::parse("", "").is_err());
        assert!(ConversationDraft::parse("Lunch\ntime", "").is_err());
    }
}
