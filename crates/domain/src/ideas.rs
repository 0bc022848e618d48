//! Co-identification of needs (seed 003) and equal access to information
//! (seed 002): ideas and needs from the community, each with a reasoned
//! public response, and the guardrails that keep the board healthy.

use crate::{
    FieldError, Invalid,
    text::{self, LONG_TEXT_MAX, NAME_MAX, SUMMARY_MAX, TITLE_MAX},
    time::{DAY, Timestamp},
};

string_enum! {
    pub enum IdeaKind {
        /// Something that is missing or not working.
        Need = "need",
        /// A proposal.
        Idea = "idea",
    }
}

string_enum! {
    pub enum IdeaStatus {
        /// Posted, not yet answered.
        New = "new",
        UnderReview = "under_review",
        Accepted = "accepted",
        InProgress = "in_progress",
        Done = "done",
        NotPossible = "not_possible",
        Merged = "merged",
    }
}

impl IdeaStatus {
    /// The statuses a facilitator can set (an idea starts as `New`).
    pub const RESPONSES: [IdeaStatus; 6] = [
        IdeaStatus::UnderReview,
        IdeaStatus::Accepted,
        IdeaStatus::InProgress,
        IdeaStatus::Done,
        IdeaStatus::NotPossible,
        IdeaStatus::Merged,
    ];

    /// Whether the idea has had a response at all.
    pub fn is_answered(self) -> bool {
        self != IdeaStatus::New
    }

    /// Closed ideas take no new endorsements or comments.
    pub fn is_closed(self) -> bool {
        matches!(self, IdeaStatus::Done | IdeaStatus::NotPossible | IdeaStatus::Merged)
    }
}

string_enum! {
    /// Why an idea cannot be done. Seed 002: people should understand why.
    pub enum NotPossibleReason {
        /// Fixed by the power-sharing charter: the decision area says what is fixed and why.
        Charter = "charter",
        Cost = "cost",
        LegalOrSafeguarding = "legal",
        OutsidePower = "outside_power",
        AlreadyDone = "already_done",
    }
}

pub const DEFAULT_RESPONSE_TARGET_DAYS: i64 = 10;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IdeaDraft {
    pub kind: IdeaKind,
    pub title: String,
    pub body: String,
    /// Shown instead of the author's name: always for pupils, by choice for adults.
    pub pseudonym: Option<String>,
}

impl IdeaDraft {
    /// `protected` authors (pupils) always post under a pseudonym; when they
    /// give none, the page says "a pupil".
    pub fn parse(kind: &str, title: &str, body: &str, pseudonym: &str, author_name: &str) -> Result<Self, Invalid> {
        let mut e = Invalid::default();
        let kind = e.check(IdeaKind::parse_field("kind", kind));
        let title = e.check(text::line("title", title, TITLE_MAX));
        let body = e.check(text::required("body", body, LONG_TEXT_MAX));
        let pseudonym = e.check(parse_pseudonym(pseudonym, author_name));
        match (kind, title, body, pseudonym) {
            (Some(kind), Some(title), Some(body), Some(pseudonym)) if e.is_empty() => {
                Ok(IdeaDraft { kind, title, body, pseudonym })
            }
            _ => Err(e),
        }
    }
}

/// A pseudonym must not be the author's own name (or contain it): it would
/// defeat its purpose for a pupil.
pub fn parse_pseudonym(input: &str, author_name: &str) -> Result<Option<String>, FieldError> {
    let Some(p) = text::optional("pseudonym", input, NAME_MAX)? else { return Ok(None) };
    if p.contains(['\n', '\r']) {
        return Err(FieldError::new("pseudonym", "error-single-line"));
    }
    if reveals_name(&p, author_name) {
        return Err(FieldError::new("pseudonym", "error-pseudonym-reveals"));
    }
    Ok(Some(p))
}

/// Whether `pseudonym` gives away any part of `name`, however it is written:
/// compared after folding (see [`text::fold`]), a pseudonym word equal to a
/// part of the name, or any part of three letters or more found anywhere in
/// the pseudonym with its spaces and punctuation taken out ("A.n.a" is "ana").
pub fn reveals_name(pseudonym: &str, name: &str) -> bool {
    let words = text::folded_words(pseudonym);
    let compact: String = words.concat();
    text::folded_words(name)
        .iter()
        .any(|part| words.iter().any(|w| w == part) || (part.chars().count() >= 3 && compact.contains(part.as_str())))
}

/// A facilitator's response to an idea.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Response {
    pub status: IdeaStatus,
    pub reason: Option<NotPossibleReason>,
    pub text: String,
    /// The decision area of the charter a "fixed by the charter" answer points to.
    pub decision_area: Option<i64>,
    /// For "merged": the idea this one joins.
    pub merged_into: Option<i64>,
    /// Declared when the responder has an interest in the outcome (seed 000: co-contamination).
    pub conflict_note: String,
}

pub struct ResponseInput<'a> {
    pub status: &'a str,
    pub reason: &'a str,
    pub text: &'a str,
    pub decision_area: Option<i64>,
    pub merged_into: Option<i64>,
    pub conflict_note: &'a str,
}

impl Response {
    /// Every response is public and reasoned: a text is always required; "not
    /// possible" needs a reason from the set, and a charter reason names the
    /// decision area that fixes it; "merged" names the idea it joins.
    pub fn parse(input: &ResponseInput<'_>, idea_id: i64) -> Result<Self, Invalid> {
        let mut e = Invalid::default();
        let status = e.check(
            IdeaStatus::parse(input.status.trim())
                .filter(|s| IdeaStatus::RESPONSES.contains(s))
                .ok_or_else(|| FieldError::new("status", "error-choice-invalid")),
        );
        let text = e.check(text::required("response", input.text, LONG_TEXT_MAX));
        let conflict = e.check(text::optional("conflict_note", input.conflict_note, SUMMARY_MAX));
        let mut reason = None;
        let mut merged_into = None;
        let mut decision_area = None;
        match status {
            Some(IdeaStatus::NotPossible) => {
                reason = e.check(if input.reason.trim().is_empty() {
                    Err(FieldError::new("reason", "error-reason-required"))
                } else {
                    NotPossibleReason::parse_field("reason", input.reason)
                });
                if reason == Some(NotPossibleReason::Charter) {
                    decision_area = e.check(
                        input
                            .decision_area
                            .ok_or_else(|| FieldError::new("decision_area", "error-charter-area-required")),
                    );
                }
            }
            Some(IdeaStatus::Merged) => {
                merged_into = e.check(match input.merged_into {
                    Some(target) if target == idea_id => Err(FieldError::new("merged_into", "error-merge-self")),
                    Some(target) => Ok(target),
                    None => Err(FieldError::new("merged_into", "error-merge-target")),
                });
            }
            _ => {}
        }
        match (status, text, conflict) {
            (Some(status), Some(text), Some(conflict)) if e.is_empty() => Ok(Response {
                status,
                reason,
                text,
                decision_area,
                merged_into,
                conflict_note: conflict.unwrap_or_default(),
            }),
            _ => Err(e),
        }
    }
}

/// Whether an idea still waits for its first response beyond the target.
pub fn response_overdue(
    created_at: Timestamp,
    first_response: Option<Timestamp>,
    target_days: i64,
    now: Timestamp,
) -> bool {
    first_response.is_none() && now.secs_since(created_at) > target_days * DAY
}

/// Ideas created before this moment and still unanswered are overdue (the
/// same rule as [`response_overdue`], as a bound a database can count with).
pub fn response_cutoff(target_days: i64, now: Timestamp) -> Timestamp {
    now.plus_secs(-target_days.saturating_mul(DAY))
}

/// Median time to first response, in hours, over the answered ideas.
pub fn median_response_hours(pairs: &[(Timestamp, Timestamp)]) -> Option<i64> {
    let mut hours: Vec<i64> = pairs.iter().map(|(asked, answered)| answered.secs_since(*asked) / 3600).collect();
    if hours.is_empty() {
        return None;
    }
    hours.sort_unstable();
    let mid = hours.len() / 2;
    Some(if hours.len().is_multiple_of(2) { (hours[mid - 1] + hours[mid]) / 2 } else { hours[mid] })
}

/// How many contributions one member may make in a day. Generous for real
/// use, tight enough that one person cannot flood a board (seed 000).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PostingLimits {
    pub ideas_per_day: i64,
    pub comments_per_day: i64,
    pub flags_per_day: i64,
}

pub const LIMITS: PostingLimits = PostingLimits { ideas_per_day: 5, comments_per_day: 40, flags_per_day: 20 };

pub fn comment(body: &str) -> Result<String, FieldError> {
    text::required("body", body, SUMMARY_MAX * 4)
}

/// What decides whether an author may still change their post.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct PostState {
    /// A facilitator has answered it (ideas).
    pub answered: bool,
    pub endorsements: i64,
    /// Comments on an idea, or replies to a comment.
    pub replies: i64,
    pub withdrawn: bool,
    pub hidden: bool,
}

/// Why a post can no longer be edited (each a message id).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EditRefused {
    Answered,
    Endorsed,
    Replied,
    Withdrawn,
    Hidden,
}

impl EditRefused {
    pub fn message(self) -> &'static str {
        match self {
            EditRefused::Answered => "error-edit-answered",
            EditRefused::Endorsed => "error-edit-endorsed",
            EditRefused::Replied => "error-edit-replied",
            EditRefused::Withdrawn => "error-edit-withdrawn",
            EditRefused::Hidden => "error-edit-hidden",
        }
    }
}

/// An author edits their post until someone has acted on it (an answer, an
/// endorsement, a reply): after that, what others responded to stays as it
/// was, and the author can only withdraw it, with a reason.
pub fn may_edit(s: PostState) -> Result<(), EditRefused> {
    if s.hidden {
        Err(EditRefused::Hidden)
    } else if s.withdrawn {
        Err(EditRefused::Withdrawn)
    } else if s.answered {
        Err(EditRefused::Answered)
    } else if s.endorsements > 0 {
        Err(EditRefused::Endorsed)
    } else if s.replies > 0 {
        Err(EditRefused::Replied)
    } else {
        Ok(())
    }
}

/// An author withdraws their post at any time, once, saying why.
pub fn may_withdraw(s: PostState, reason: &str) -> Result<String, FieldError> {
    if s.withdrawn {
        return Err(FieldError::new("reason", "error-edit-withdrawn"));
    }
    text::line("reason", reason, SUMMARY_MAX)
}

/// A moderator's reason for hiding something: always required, always shown in its place.
pub fn hide_reason(input: &str) -> Result<String, FieldError> {
    text::line("reason", input, SUMMARY_MAX)
}

pub fn flag_reason(input: &str) -> Result<String, FieldError> {
    text::line("reason", input, SUMMARY_MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input<'a>(status: &'a str, reason: &'a str, text: &'a str) -> ResponseInput<'a> {
        ResponseInput { status, reason, text, decision_area: None, merged_into: None, conflict_note: "" }
    }

    #[test]
    fn not_possible_always_needs_a_reason_and_an_explanation() {
        let err = Response::parse(&input("not_possible", "", "No."), 1).unwrap_err();
        assert_eq!(err.0[0].message, "error-reason-required");
        let err = Response::parse(&input("not_possible", "cost", " "), 1).unwrap_err();
        assert_eq!(err.0[0].field, "response");
        let err = Response::parse(&input("not_possible", "because", "x"), 1).unwrap_err();
        assert_eq!(err.0[0].message, "error-choice-invalid");
        let ok = Response::parse(&input("not_possible", "cost", "The grant does not cover buses."), 1).unwrap();
        assert_eq!((ok.status, ok.reason), (IdeaStatus::NotPossible, Some(NotPossibleReason::Cost)));
    }

    #[test]
    fn a_charter_reason_points_to_the_decision_area() {
        let err = Response::parse(&input("not_possible", "charter", "Fixed."), 1).unwrap_err();
        assert_eq!(err.0[0].message, "error-charter-area-required");
        let with_area =
            ResponseInput { decision_area: Some(4), ..input("not_possible", "charter", "Fixed by the charter.") };
        assert_eq!(Response::parse(&with_area, 1).unwrap().decision_area, Some(4));
    }

    #[test]
    fn merging_needs_another_idea() {
        assert_eq!(
            Response::parse(&input("merged", "", "Same as #2"), 1).unwrap_err().0[0].message,
            "error-merge-target"
        );
        let itself = ResponseInput { merged_into: Some(1), ..input("merged", "", "x") };
        assert_eq!(Response::parse(&itself, 1).unwrap_err().0[0].message, "error-merge-self");
        let other = ResponseInput { merged_into: Some(2), ..input("merged", "", "x") };
        assert_eq!(Response::parse(&other, 1).unwrap().merged_into, Some(2));
    }

    #[test]
    fn new_is_not_a_response_and_text_is_always_required() {
        assert_eq!(Response::parse(&input("new", "", "x"), 1).unwrap_err().0[0].field, "status");
        assert_eq!(Response::parse(&input("accepted", "", ""), 1).unwrap_err().0[0].field, "response");
        let ok = Response::parse(&input("accepted", "cost", "Yes, from January."), 1).unwrap();
        assert_eq!(ok.reason, None, "a reason only belongs to 'not possible'");
    }

    #[test]
    fn pseudonyms_never_reveal_the_name() {
        assert_eq!(parse_pseudonym("", "Sam Ortiz").unwrap(), None);
        assert_eq!(parse_pseudonym("Blue Heron", "Sam Ortiz").unwrap().as_deref(), Some("Blue Heron"));
        assert_eq!(parse_pseudonym("ortiz fan", "Sam Ortiz").unwrap_err().message, "error-pseudonym-reveals");
        // Short name parts are checked as whole words, not inside other words.
        assert!(parse_pseudonym("Sky", "Jo Li").is_ok());
        assert!(parse_pseudonym("Joy Lime", "Jo Li").is_ok());
        assert!(reveals_name("Jo the Great", "Jo Li"));
    }

    #[test]
    fn encoding_tricks_do_not_hide_a_name() {
        let name = "Ana Lucía Torres";
        for disguised in [
            "LUCIA",         // case and accent
            "Lu\u{200B}cía", // a zero-width space inside
            "Lu\u{202E}cía", // a direction override
            "Ｔｏｒｒｅｓ",  // full-width letters
            "T.o.r.r.e.s",   // punctuation between letters
            "ana",           // a short part as a whole word
            "Luci\u{0301}a", // the accent as a combining mark
        ] {
            assert!(reveals_name(disguised, name), "{disguised}");
        }
        assert!(!reveals_name("Albatross", "Al Torres"), "a two-letter part only as a whole word");
        assert!(reveals_name("Banana", "Ana Torres"), "from three letters, anywhere");
    }

    #[test]
    fn overdue_responses_and_the_median() {
        let t = Timestamp(0);
        assert!(!response_overdue(t, None, 10, t.plus_days(10)));
        assert!(response_overdue(t, None, 10, t.plus_days(10).plus_secs(1)));
        assert!(!response_overdue(t, Some(t.plus_days(20)), 10, t.plus_days(30)));
        // The cutoff a database counts with agrees with the rule on both sides of it.
        for now in [t.plus_days(10), t.plus_days(10).plus_secs(1), t.plus_days(9)] {
            assert_eq!(t < response_cutoff(10, now), response_overdue(t, None, 10, now), "{now:?}");
        }
        assert_eq!(median_response_hours(&[]), None);
        assert_eq!(
            median_response_hours(&[
                (t, t.plus_secs(3600 * 5)),
                (t, t.plus_secs(3600 * 9)),
                (t, t.plus_secs(3600 * 30))
            ]),
            Some(9)
        );
        assert_eq!(median_response_hours(&[(t, t.plus_secs(3600 * 4)), (t, t.plus_secs(3600 * 8))]), Some(6));
    }

    #[test]
    fn ideas_are_checked() {
        assert!(IdeaDraft::parse("idea", "Longer lunch", "Twenty minutes is too short.", "", "Ana").is_ok());
        let err = IdeaDraft::parse("wish", "", "", "", "Ana").unwrap_err();
        assert_eq!(err.0.len(), 3);
        assert!(IdeaStatus::NotPossible.is_closed() && !IdeaStatus::InProgress.is_closed());
    }
}

/// Why someone cannot post an idea right now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PostRefused {
    /// Participation is not open (it cannot open before the charter is published).
    ParticipationClosed,
    /// The current phase does not take ideas.
    PhaseClosed,
    NotAMember,
    /// Observers read; they do not contribute.
    Observer,
    /// The daily limit is reached.
    Limit,
}

impl PostRefused {
    pub fn message(self) -> &'static str {
        match self {
            PostRefused::ParticipationClosed => "ideas-refused-closed",
            PostRefused::PhaseClosed => "ideas-refused-phase",
            PostRefused::NotAMember => "ideas-refused-member",
            PostRefused::Observer => "ideas-refused-observer",
            PostRefused::Limit => "ideas-refused-limit",
        }
    }
}

/// The rule for posting a new idea or need.
pub fn may_post(
    participation_open: bool,
    phase_accepts_ideas: Option<bool>,
    role: Option<crate::community::Role>,
    posted_today: i64,
) -> Result<(), PostRefused> {
    let role = role.ok_or(PostRefused::NotAMember)?;
    if !role.can_participate() {
        return Err(PostRefused::Observer);
    }
    if !participation_open {
        return Err(PostRefused::ParticipationClosed);
    }
    if phase_accepts_ideas != Some(true) {
        return Err(PostRefused::PhaseClosed);
    }
    if posted_today >= LIMITS.ideas_per_day {
        return Err(PostRefused::Limit);
    }
    Ok(())
}

/// Endorsing and commenting need participation open and a role that participates;
/// any phase will do, since the conversation about an idea outlives its phase.
pub fn may_take_part(participation_open: bool, role: Option<crate::community::Role>) -> Result<(), PostRefused> {
    let role = role.ok_or(PostRefused::NotAMember)?;
    if !role.can_participate() {
        return Err(PostRefused::Observer);
    }
    if !participation_open {
        return Err(PostRefused::ParticipationClosed);
    }
    Ok(())
}

#[cfg(test)]
mod gate_tests {
    use super::*;
    use crate::community::Role;

    #[test]
    fn posting_needs_open_participation_a_phase_that_takes_ideas_and_room_today() {
        assert_eq!(may_post(true, Some(true), Some(Role::Member), 0), Ok(()));
        assert_eq!(may_post(false, Some(true), Some(Role::Member), 0), Err(PostRefused::ParticipationClosed));
        assert_eq!(may_post(true, Some(false), Some(Role::Member), 0), Err(PostRefused::PhaseClosed));
        assert_eq!(may_post(true, None, Some(Role::Member), 0), Err(PostRefused::PhaseClosed));
        assert_eq!(may_post(true, Some(true), None, 0), Err(PostRefused::NotAMember));
        assert_eq!(may_post(true, Some(true), Some(Role::Observer), 0), Err(PostRefused::Observer));
        assert_eq!(may_post(true, Some(true), Some(Role::Member), LIMITS.ideas_per_day), Err(PostRefused::Limit));
        assert_eq!(may_take_part(true, Some(Role::Facilitator)), Ok(()));
        assert_eq!(may_take_part(false, Some(Role::Member)), Err(PostRefused::ParticipationClosed));
    }

    #[test]
    fn authors_edit_until_someone_acts_on_the_post() {
        let fresh = PostState::default();
        assert_eq!(may_edit(fresh), Ok(()));
        assert_eq!(may_edit(PostState { endorsements: 1, ..fresh }), Err(EditRefused::Endorsed));
        assert_eq!(may_edit(PostState { replies: 2, ..fresh }), Err(EditRefused::Replied));
        assert_eq!(may_edit(PostState { answered: true, replies: 2, ..fresh }), Err(EditRefused::Answered));
        assert_eq!(may_edit(PostState { withdrawn: true, ..fresh }), Err(EditRefused::Withdrawn));
        assert_eq!(may_edit(PostState { hidden: true, ..fresh }), Err(EditRefused::Hidden));
        assert_eq!(
            may_withdraw(PostState { answered: true, ..fresh }, " Solved elsewhere ").unwrap(),
            "Solved elsewhere"
        );
        assert_eq!(may_withdraw(fresh, "  ").unwrap_err().field, "reason");
        assert_eq!(
            may_withdraw(PostState { withdrawn: true, ..fresh }, "Again").unwrap_err().message,
            "error-edit-withdrawn"
        );
    }
}
