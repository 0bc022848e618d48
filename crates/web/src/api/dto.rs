//! What the JSON API exchanges. Pupils' names never appear in any of these.

use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

#[derive(Serialize, ToSchema)]
pub struct ErrorBody {
    pub error: ErrorDetail,
}

#[derive(Serialize, ToSchema)]
pub struct ErrorDetail {
    /// Stable machine-readable code, e.g. `not_found`, `invalid`.
    pub code: String,
    /// Explanation in the language of the request (Accept-Language).
    pub message: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub fields: Vec<FieldProblem>,
}

#[derive(Serialize, ToSchema)]
pub struct FieldProblem {
    pub field: String,
    pub message: String,
}

#[derive(Serialize, ToSchema)]
pub struct CommunitySummary {
    pub slug: String,
    pub name: String,
    /// district, network or school
    pub kind: String,
    pub description: String,
    pub url: String,
}

#[derive(Serialize, ToSchema)]
pub struct School {
    pub slug: String,
    pub name: String,
    /// primary, middle, secondary, all_through or special
    pub phase: String,
}

#[derive(Serialize, ToSchema)]
pub struct Group {
    pub id: i64,
    pub key: String,
    pub name: String,
    /// Members of this group are minors whose names are never published.
    pub protects_identity: bool,
    /// Members in this group; null when suppressed for privacy (see `members_hidden`).
    pub members: Option<i64>,
    /// `small` (fewer than the community's threshold) or `hidden` (larger, hidden to protect a small one).
    pub members_hidden: Option<String>,
}

#[derive(Serialize, ToSchema)]
pub struct CommunityDetail {
    pub slug: String,
    pub name: String,
    pub kind: String,
    pub description: String,
    pub schools: Vec<School>,
    pub groups: Vec<Group>,
    /// All members; null when suppressed for privacy.
    pub total_members: Option<i64>,
    pub total_members_hidden: Option<String>,
    /// Counts below this are never published here.
    pub privacy_threshold: i64,
    /// Administrators and facilitators must sign in with a second factor.
    pub staff_second_factor: bool,
    /// The IANA time zone in which dates typed for this community are days
    /// (times in the API are always UTC, RFC 3339).
    pub time_zone: String,
    /// How dates, numbers and money are written on its pages: en-US, en-GB, es-ES, es-MX or es-US.
    pub locale: String,
    /// The languages its content is written in, the original first.
    pub languages: Vec<String>,
    /// Your role here, when you are a member.
    pub your_role: Option<String>,
}

#[derive(Serialize, ToSchema)]
pub struct InitiativeSummary {
    pub slug: String,
    pub title: String,
    pub summary: String,
    /// The school's slug; null for district-wide initiatives.
    pub school: Option<String>,
    /// public or members
    pub visibility: String,
    /// False while a draft, which only facilitators and administrators see.
    pub published: bool,
    pub updated_at: String,
    pub url: String,
}

#[derive(Serialize, ToSchema)]
pub struct Reason {
    pub code: String,
    pub message: String,
}

#[derive(Serialize, ToSchema)]
pub struct BaseAssessment {
    /// at-risk (a critical health finding), missing, attention or holding
    pub state: String,
    /// Why, from the triangle's own reading and then the health findings
    /// about this base (codes `health-…`), so the two never disagree.
    pub reasons: Vec<Reason>,
}

#[derive(Serialize, ToSchema)]
pub struct Triangle {
    pub public_value: BaseAssessment,
    pub capacity: BaseAssessment,
    pub legitimacy: BaseAssessment,
    /// True when every base is holding.
    pub rounds_the_bases: bool,
}

#[derive(Serialize, ToSchema)]
pub struct Outcome {
    pub id: i64,
    pub description: String,
    pub measure: String,
    pub target: String,
    /// The latest published survey's score on the scale linked to it.
    pub measured: Option<OutcomeMeasure>,
}

#[derive(Serialize, ToSchema)]
pub struct OutcomeMeasure {
    pub survey_id: i64,
    pub scale: String,
    /// None when too few answered to show it.
    pub mean: Option<f64>,
    /// The 95 % interval.
    pub low: Option<f64>,
    pub high: Option<f64>,
    /// The change since the previous wave.
    pub change: Option<f64>,
}

#[derive(Serialize, ToSchema)]
pub struct CapacityItem {
    pub id: i64,
    /// people, systems, money or other
    pub kind: String,
    pub title: String,
    pub owner: String,
    /// needed, in_progress, in_place or at_risk
    pub status: String,
    pub evidence: String,
}

#[derive(Serialize, ToSchema)]
pub struct Stance {
    pub group_id: i64,
    pub group: String,
    /// champion, supporter, neutral, sceptic, opponent or unknown
    pub stance: String,
    pub note: String,
    pub updated_at: String,
}

#[derive(Serialize, ToSchema)]
pub struct InitiativeDetail {
    #[serde(flatten)]
    pub summary: InitiativeSummary,
    pub value_statement: String,
    pub triangle: Triangle,
    pub outcomes: Vec<Outcome>,
    pub capacity: Vec<CapacityItem>,
    pub support: Vec<Stance>,
}

#[derive(Serialize, ToSchema)]
pub struct Member {
    pub id: i64,
    /// Null for pupils: their names are never given out.
    pub name: Option<String>,
    pub name_withheld: bool,
    pub role: String,
    pub group_id: Option<i64>,
    pub school: Option<String>,
    pub joined_at: String,
}

#[derive(Serialize, ToSchema)]
pub struct MemberList {
    /// Members on every page together.
    pub total: i64,
    /// The cursor of the next page (give it as `after`); null on the last page.
    pub next: Option<String>,
    pub members: Vec<Member>,
}

#[derive(Serialize, ToSchema)]
pub struct Membership {
    pub community: String,
    pub role: String,
}

#[derive(Serialize, ToSchema)]
pub struct Me {
    pub id: i64,
    pub display_name: String,
    pub email: Option<String>,
    pub lang: String,
    /// Signs in with a code from an app as well as the password.
    pub second_factor: bool,
    pub memberships: Vec<Membership>,
}

#[derive(Serialize, ToSchema)]
pub struct InvitationCreated {
    pub id: i64,
    /// The link to give to the person; shown only now.
    pub link: String,
    pub expires_at: String,
}

#[derive(Deserialize, ToSchema, Default)]
#[serde(default)]
pub struct InitiativeInput {
    pub title: String,
    pub summary: String,
    /// A school's slug, or empty for district-wide.
    pub school: String,
    /// public (default) or members
    pub visibility: Option<String>,
    pub value_statement: String,
}

#[derive(Deserialize, ToSchema, Default)]
#[serde(default)]
pub struct InitiativePatch {
    pub title: Option<String>,
    pub summary: Option<String>,
    pub school: Option<String>,
    pub visibility: Option<String>,
    pub value_statement: Option<String>,
}

#[derive(Deserialize, ToSchema, Default)]
#[serde(default)]
pub struct OutcomeInput {
    pub description: String,
    pub measure: String,
    pub target: String,
}

#[derive(Deserialize, ToSchema, Default)]
#[serde(default)]
pub struct CapacityInput {
    pub kind: String,
    pub title: String,
    pub owner: String,
    pub status: String,
    pub evidence: String,
}

#[derive(Deserialize, ToSchema, Default)]
#[serde(default)]
pub struct StanceInput {
    /// null or empty clears the group's stance
    pub stance: Option<String>,
    pub note: String,
}

#[derive(Deserialize, ToSchema, Default)]
#[serde(default)]
pub struct InvitationInput {
    /// admin, facilitator, member or observer
    pub role: String,
    pub group_id: Option<i64>,
    pub school: Option<String>,
    pub note: String,
    /// Days the link stays valid (1–60, default 14).
    pub days: Option<i64>,
}

/// The id of what was created.
#[derive(Serialize, ToSchema)]
pub struct Created {
    pub id: i64,
}

/// Why a published count is missing: `small` when it is between 1 and the
/// community's threshold, `hidden` when it is larger but hidden so that a
/// small figure beside it cannot be worked out. Null when the count is shown.
pub fn hidden_why(c: tandem_domain::privacy::Cell) -> Option<String> {
    match c {
        tandem_domain::privacy::Cell::Shown(_) => None,
        tandem_domain::privacy::Cell::Small => Some(String::from("small")),
        tandem_domain::privacy::Cell::Protecting => Some(String::from("hidden")),
    }
}

/// How a closed poll or budget was counted: once, when the count became
/// final, from `ballots` ballots whose SHA-256 (each `tracker TAB content LF`
/// in tracker order) is `ballots_sha256`.
#[derive(Serialize, ToSchema)]
pub struct CountOut {
    pub counted_at: String,
    pub ballots: i64,
    pub ballots_sha256: String,
    /// The last recount, when there was one.
    pub recounted_at: Option<String>,
    /// Whether the last recount matched the stored result.
    pub recount_matches: Option<bool>,
}

impl CountOut {
    pub fn of(record: &tandem_service::counts::CountRecord) -> CountOut {
        CountOut {
            counted_at: record.counted_at.rfc3339(),
            ballots: record.ballots,
            ballots_sha256: record.ballots_sha256.clone(),
            recounted_at: record.recount.map(|(at, _)| at.rfc3339()),
            recount_matches: record.recount.map(|(_, matches)| matches),
        }
    }
}

/// What a recount found: the stored count stands either way.
#[derive(Serialize, ToSchema)]
pub struct RecountOut {
    pub matches: bool,
    /// Ballots counted now, and their hash.
    pub ballots: i64,
    pub ballots_sha256: String,
    /// The stored count it was compared with.
    pub stored: CountOut,
}

impl RecountOut {
    pub fn of(r: &tandem_service::counts::Recount) -> RecountOut {
        RecountOut {
            matches: r.matches,
            ballots: r.ballots,
            ballots_sha256: r.ballots_sha256.clone(),
            stored: CountOut::of(&r.stored),
        }
    }
}

/// One counted ballot on the public list, by its tracker.
#[derive(Serialize, ToSchema)]
pub struct TrackedBallot {
    pub tracker: String,
    /// As the ballot is cast through the API.
    #[schema(value_type = Object)]
    pub ballot: serde_json::Value,
}
