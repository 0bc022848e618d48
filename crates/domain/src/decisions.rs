//! Co-decision: polls and participatory budgets on an initiative, tied to a
//! decision area of its published charter. Ballots are parsed and checked
//! here; counts are always recomputed from every stored ballot by the
//! `tandem-decide` library, never kept as running totals.

use tandem_decide::{
    amount::Decimal,
    pabulib::{Builder, Election, VoteType},
    pb::{self, Completion, Outcome, Rule},
    vote::{self, Consent, Irv, Ranked, Schulze, Stance, Tally},
};

use crate::{
    FieldError, Invalid, Timestamp,
    community::Role,
    ideas::PostRefused,
    text::{self, LONG_TEXT_MAX, TITLE_MAX},
    time::{Date, Zone, parse_date, parse_optional_date},
};

string_enum! {
    /// How a poll is counted.
    pub enum PollMethod {
        /// Choose one option; most votes wins.
        Plurality = "plurality",
        /// Tick every acceptable option; most ticks wins.
        Approval = "approval",
        /// Give each option 0 to 5; highest total wins.
        Score = "score",
        /// Rank options; symmetric Borda count.
        Borda = "borda",
        /// Rank options; instant-runoff.
        Irv = "irv",
        /// Rank options; Schulze (beat-path).
        Schulze = "schulze",
        /// Agree, abstain, disagree or block a proposal; passes unless blocked.
        Consent = "consent",
    }
}

impl PollMethod {
    pub fn is_ranked(self) -> bool {
        matches!(self, PollMethod::Borda | PollMethod::Irv | PollMethod::Schulze)
    }
}

string_enum! {
    pub enum ConsentStance {
        Agree = "agree",
        Abstain = "abstain",
        Disagree = "disagree",
        Block = "block",
    }
}

string_enum! {
    /// What a budget ballot asks for.
    pub enum BudgetBallot {
        /// Tick projects whose total cost fits the budget.
        Approval = "approval",
        /// Spread a fixed number of points over projects.
        Cumulative = "cumulative",
    }
}

string_enum! {
    /// The rule that turns budget ballots into funded projects, fixed before voting opens.
    pub enum BudgetRule {
        /// Most supported first, each if it still fits (Pabulib's "greedy by votes").
        Greedy = "greedy",
        /// Method of Equal Shares, shares raised until the budget is used, then greedy (equalshares.net).
        EqualShares = "equal_shares",
    }
}

string_enum! {
    pub enum ProjectStatus {
        /// Proposed by a member, waiting for a facilitator.
        Proposed = "proposed",
        OnBallot = "on_ballot",
        Declined = "declined",
    }
}

/// Where a poll or budget is in time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Window {
    NotYetOpen,
    Open,
    Closed,
}

pub fn window(opens_at: Timestamp, closes_at: Timestamp, now: Timestamp) -> Window {
    if now < opens_at {
        Window::NotYetOpen
    } else if now < closes_at {
        Window::Open
    } else {
        Window::Closed
    }
}

/// Whether paper ballots may be entered now: while voting is open, and
/// after the close until the counting window (if one was declared) ends.
pub fn paper_open(window: Window, counting_until: Option<Timestamp>, now: Timestamp) -> bool {
    match window {
        Window::Open => true,
        Window::Closed => counting_until.is_some_and(|until| now < until),
        Window::NotYetOpen => false,
    }
}

/// Whether the count is final: voting has closed and no paper ballot is still to come.
pub fn count_final(window: Window, counting_until: Option<Timestamp>, now: Timestamp) -> bool {
    window == Window::Closed && counting_until.is_none_or(|until| now >= until)
}

/// How many paper ballots were collected, as declared before entering them.
pub fn paper_declared(input: &str) -> Result<i64, FieldError> {
    text::integer_in("declared", input, 0..=100_000)
}

pub const MAX_OPTIONS: usize = 20;
pub const MAX_SCORE: i64 = 5;
pub const MAX_PROJECTS: usize = 60;
pub const OPTION_MAX: usize = 200;

/// When voting opens and closes: from the start of the first day to the end of
/// the last in the community's time zone, so "closes on 30 November" means
/// all of that day where the community lives.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Dates {
    pub opens_at: Timestamp,
    pub closes_at: Timestamp,
}

impl Dates {
    /// `today` is the day in `zone` now.
    pub fn parse(opens_on: &str, closes_on: &str, today: Date, zone: &Zone, e: &mut Invalid) -> Option<Dates> {
        let opens = e.check(parse_optional_date("opens_on", opens_on)).map(|d| d.unwrap_or(today));
        let closes = e.check(parse_date("closes_on", closes_on));
        let (opens, closes) = (opens?, closes?);
        if closes < opens {
            e.0.push(FieldError::new("closes_on", "error-closes-before-opens"));
            return None;
        }
        if closes < today {
            e.0.push(FieldError::new("closes_on", "error-closes-in-past"));
            return None;
        }
        Some(Dates { opens_at: zone.start_of(opens), closes_at: zone.end_of(closes) })
    }
}

/// The stakeholder groups a vote is limited to (none: everyone), each one of `known`.
fn groups(field: &'static str, chosen: &[i64], known: &[i64], e: &mut Invalid) -> Vec<i64> {
    let mut out = Vec::new();
    for id in chosen {
        if !known.contains(id) {
            e.0.push(FieldError::new(field, "error-choice-invalid"));
            return Vec::new();
        }
        if !out.contains(id) {
            out.push(*id);
        }
    }
    out
}

/// The charter's decision area a vote belongs to: required, and one of `areas`.
fn area(input: Option<i64>, areas: &[i64], e: &mut Invalid) -> Option<i64> {
    match input {
        Some(id) if areas.contains(&id) => Some(id),
        None => {
            e.0.push(FieldError::new("area", "error-area-required"));
            None
        }
        Some(_) => {
            e.0.push(FieldError::new("area", "error-choice-invalid"));
            None
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PollDraft {
    pub title: String,
    pub description: String,
    pub method: PollMethod,
    /// Option labels (empty for consent polls, which have fixed responses).
    pub options: Vec<String>,
    pub area_id: i64,
    pub dates: Dates,
    pub quorum: i64,
    /// Stakeholder groups allowed to vote; empty means every member.
    pub eligible_groups: Vec<i64>,
}

/// A poll as submitted: text as typed, choices by key, ids as numbers.
pub struct PollFields<'a> {
    pub title: &'a str,
    pub description: &'a str,
    pub method: &'a str,
    /// One option per entry; blank entries are skipped.
    pub options: &'a [String],
    pub area: Option<i64>,
    pub opens_on: &'a str,
    pub closes_on: &'a str,
    pub quorum: &'a str,
    pub groups: &'a [i64],
}

impl PollDraft {
    /// `areas` are the published charter's decision areas; `known_groups` the community's groups.
    pub fn parse(
        form: &PollFields<'_>,
        areas: &[i64],
        known_groups: &[i64],
        today: Date,
        zone: &Zone,
    ) -> Result<Self, Invalid> {
        let mut e = Invalid::default();
        let title = e.check(text::line("title", form.title, TITLE_MAX));
        let description = e.check(text::optional("description", form.description, LONG_TEXT_MAX));
        let method = e.check(PollMethod::parse_field("method", form.method));
        let mut options: Vec<String> = Vec::new();
        for line in form.options.iter().map(|o| o.trim()).filter(|l| !l.is_empty()) {
            match text::line("options", line, OPTION_MAX) {
                Ok(o) if options.iter().any(|x| x.eq_ignore_ascii_case(&o)) => {
                    e.0.push(FieldError::new("options", "error-options-repeated").with_arg("option", o));
                    break;
                }
                Ok(o) => options.push(o),
                Err(err) => {
                    e.0.push(err);
                    break;
                }
            }
        }
        match method {
            Some(PollMethod::Consent) => options.clear(),
            Some(_) if (options.len() < 2 || options.len() > MAX_OPTIONS) && e.field("options").is_none() => {
                e.0.push(FieldError::new("options", "error-options-count").with_arg("max", MAX_OPTIONS));
            }
            _ => {}
        }
        let area_id = area(form.area, areas, &mut e);
        let dates = Dates::parse(form.opens_on, form.closes_on, today, zone, &mut e);
        let quorum = if form.quorum.trim().is_empty() {
            Some(0)
        } else {
            e.check(text::integer_in("quorum", form.quorum, 0..=1_000_000))
        };
        let eligible_groups = groups("groups", form.groups, known_groups, &mut e);
        match (title, description, method, area_id, dates, quorum) {
            (Some(title), Some(description), Some(method), Some(area_id), Some(dates), Some(quorum))
                if e.is_empty() =>
            {
                Ok(PollDraft {
                    title,
                    description: description.unwrap_or_default(),
                    method,
                    options,
                    area_id,
                    dates,
                    quorum,
                    eligible_groups,
                })
            }
            _ => Err(e),
        }
    }
}

/// Why someone may not vote now (shown instead of the ballot).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VoteRefused {
    NotAMember,
    Observer,
    ParticipationClosed,
    NotEligible,
    NotYetOpen,
    Closed,
}

impl VoteRefused {
    pub fn message(self) -> &'static str {
        match self {
            VoteRefused::NotAMember => "decide-refused-not-member",
            VoteRefused::Observer => "decide-refused-observer",
            VoteRefused::ParticipationClosed => "decide-refused-participation",
            VoteRefused::NotEligible => "decide-refused-not-eligible",
            VoteRefused::NotYetOpen => "decide-refused-not-open",
            VoteRefused::Closed => "decide-refused-closed",
        }
    }
}

/// Voting needs a participating role, open participation, an eligible
/// stakeholder group and an open window.
pub fn may_vote(
    role: Option<Role>,
    group: Option<i64>,
    eligible: &[i64],
    participation_open: bool,
    window: Window,
) -> Result<(), VoteRefused> {
    crate::ideas::may_take_part(participation_open, role).map_err(|r| match r {
        PostRefused::NotAMember => VoteRefused::NotAMember,
        PostRefused::Observer => VoteRefused::Observer,
        _ => VoteRefused::ParticipationClosed,
    })?;
    if !eligible.is_empty() && !group.is_some_and(|g| eligible.contains(&g)) {
        return Err(VoteRefused::NotEligible);
    }
    match window {
        Window::NotYetOpen => Err(VoteRefused::NotYetOpen),
        Window::Closed => Err(VoteRefused::Closed),
        Window::Open => Ok(()),
    }
}

/// A poll ballot, stored as text: "3" (plurality), "1,4" (approval), "2,3,1"
/// (ranking, best first), "1:5,2:0" (score), "agree" (consent). Option
/// numbers are positions (1-based) in the poll's option list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PollBallot {
    One(usize),
    Set(Vec<usize>),
    Ranking(Vec<usize>),
    Scores(Vec<(usize, i64)>),
    Consent(ConsentStance),
    /// Consent blocked, with the reason the objection gives (always one).
    Objection(String),
}

/// What a voter marked on a poll ballot, as submitted by a form or the API,
/// before it is checked against the poll. Option numbers are positions
/// (1-based) in the poll's options; numbers people type (ranks, scores) stay
/// text until checked, so a typing mistake gets its own message.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PollMarks {
    /// Plurality: the option chosen.
    pub choice: String,
    /// Approval: every option ticked.
    pub approve: Vec<String>,
    /// Borda, instant-runoff and Schulze: the rank typed beside an option (1 = first).
    pub ranks: Vec<(usize, String)>,
    /// Score: the score typed beside an option (blank counts as 0).
    pub scores: Vec<(usize, String)>,
    /// Consent: agree, stand_aside or block.
    pub stance: String,
    /// Consent: why it blocks (needed with "block").
    pub reason: String,
}

impl PollMarks {
    fn rank(&self, option: usize) -> &str {
        self.ranks.iter().find(|(n, _)| *n == option).map(|(_, v)| v.as_str()).unwrap_or_default()
    }

    fn score(&self, option: usize) -> &str {
        self.scores.iter().find(|(n, _)| *n == option).map(|(_, v)| v.as_str()).unwrap_or_default()
    }
}

impl PollBallot {
    /// Checks what a voter marked against a poll with `options` options.
    pub fn parse(method: PollMethod, options: usize, marks: &PollMarks) -> Result<Self, Invalid> {
        let invalid = |field: &'static str, message: &'static str| Err(Invalid::one(FieldError::new(field, message)));
        match method {
            PollMethod::Plurality => match marks.choice.trim().parse::<usize>() {
                Ok(n) if (1..=options).contains(&n) => Ok(PollBallot::One(n)),
                _ => invalid("choice", "error-ballot-choose-one"),
            },
            PollMethod::Approval => {
                let mut set = Vec::new();
                for v in &marks.approve {
                    match v.trim().parse::<usize>() {
                        Ok(n) if (1..=options).contains(&n) && !set.contains(&n) => set.push(n),
                        _ => return invalid("approve", "error-choice-invalid"),
                    }
                }
                if set.is_empty() {
                    return invalid("approve", "error-ballot-approve-one");
                }
                set.sort_unstable();
                Ok(PollBallot::Set(set))
            }
            PollMethod::Score => {
                if marks.scores.iter().any(|(n, _)| !(1..=options).contains(n)) {
                    return invalid("score", "error-choice-invalid");
                }
                let mut scores = Vec::new();
                for n in 1..=options {
                    let v = marks.score(n);
                    let v = if v.trim().is_empty() { "0" } else { v };
                    match text::integer_in("score", v, 0..=MAX_SCORE) {
                        Ok(s) => scores.push((n, s)),
                        Err(e) => return Err(Invalid::one(e)),
                    }
                }
                if scores.iter().all(|(_, s)| *s == 0) {
                    return invalid("score", "error-ballot-score-one");
                }
                Ok(PollBallot::Scores(scores))
            }
            PollMethod::Borda | PollMethod::Irv | PollMethod::Schulze => {
                if marks.ranks.iter().any(|(n, _)| !(1..=options).contains(n)) {
                    return invalid("rank", "error-choice-invalid");
                }
                let mut ranked: Vec<(i64, usize)> = Vec::new();
                for n in 1..=options {
                    let v = marks.rank(n);
                    if v.trim().is_empty() {
                        continue;
                    }
                    match text::integer_in("rank", v, 1..=options as i64) {
                        Ok(r) if ranked.iter().any(|(x, _)| *x == r) => {
                            return invalid("rank", "error-ballot-rank-repeated");
                        }
                        Ok(r) => ranked.push((r, n)),
                        Err(e) => return Err(Invalid::one(e)),
                    }
                }
                if ranked.is_empty() {
                    return invalid("rank", "error-ballot-rank-one");
                }
                ranked.sort_unstable();
                Ok(PollBallot::Ranking(ranked.into_iter().map(|(_, n)| n).collect()))
            }
            PollMethod::Consent => match ConsentStance::parse(marks.stance.trim()) {
                // An objection says what would have to change: the group works with it.
                Some(ConsentStance::Block) => text::required("reason", &marks.reason, text::SUMMARY_MAX)
                    .map(PollBallot::Objection)
                    .map_err(|_| Invalid::one(FieldError::new("reason", "error-objection-reason"))),
                Some(stance) => Ok(PollBallot::Consent(stance)),
                None => invalid("stance", "error-ballot-stance"),
            },
        }
    }

    pub fn encode(&self) -> String {
        let join = |v: &[usize]| v.iter().map(usize::to_string).collect::<Vec<_>>().join(",");
        match self {
            PollBallot::One(n) => n.to_string(),
            PollBallot::Set(v) | PollBallot::Ranking(v) => join(v),
            PollBallot::Scores(v) => v.iter().map(|(n, s)| format!("{n}:{s}")).collect::<Vec<_>>().join(","),
            PollBallot::Consent(s) => s.key().to_owned(),
            PollBallot::Objection(reason) => format!("{}:{reason}", ConsentStance::Block.key()),
        }
    }

    /// The reason of an objection, if this ballot is one.
    pub fn objection(&self) -> Option<&str> {
        match self {
            PollBallot::Objection(reason) => Some(reason),
            _ => None,
        }
    }

    /// Reads a stored ballot; `None` if it does not fit the poll (never expected).
    pub fn decode(method: PollMethod, options: usize, text: &str) -> Option<Self> {
        let numbers = || -> Option<Vec<usize>> {
            text.split(',').map(|x| x.trim().parse::<usize>().ok().filter(|n| (1..=options).contains(n))).collect()
        };
        match method {
            PollMethod::Plurality => {
                text.trim().parse().ok().filter(|n| (1..=options).contains(n)).map(PollBallot::One)
            }
            PollMethod::Approval => numbers().map(PollBallot::Set),
            PollMethod::Borda | PollMethod::Irv | PollMethod::Schulze => numbers().map(PollBallot::Ranking),
            PollMethod::Score => text
                .split(',')
                .map(|pair| {
                    let (n, s) = pair.split_once(':')?;
                    Some((n.trim().parse().ok()?, s.trim().parse().ok()?))
                })
                .collect::<Option<Vec<_>>>()
                .map(PollBallot::Scores),
            PollMethod::Consent => match text.split_once(':') {
                Some((stance, reason)) if stance == ConsentStance::Block.key() => {
                    Some(PollBallot::Objection(reason.to_owned()))
                }
                _ => ConsentStance::parse(text.trim()).map(PollBallot::Consent),
            },
        }
    }
}

/// A poll's result, with what a results page needs to explain it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(tag = "kind", content = "count", rename_all = "snake_case")]
pub enum PollResult {
    Tally(Tally),
    Irv(Irv),
    Schulze(Schulze),
    Consent(Consent),
}

impl PollResult {
    /// Winning options (0-based), or none for consent.
    pub fn winners(&self) -> &[u32] {
        match self {
            PollResult::Tally(t) => &t.winners,
            PollResult::Irv(r) => &r.winners,
            PollResult::Schulze(s) => &s.winners,
            PollResult::Consent(_) => &[],
        }
    }
}

/// Counts every stored ballot with the poll's method.
pub fn count_poll(method: PollMethod, options: &[String], ballots: &[PollBallot]) -> PollResult {
    let m = options.len();
    let ranked = || Ranked {
        candidates: options.to_vec(),
        ballots: ballots
            .iter()
            .filter_map(|b| match b {
                PollBallot::Ranking(r) => Some((1, r.iter().map(|n| (n - 1) as u32).collect())),
                PollBallot::One(n) => Some((1, vec![(n - 1) as u32])),
                _ => None,
            })
            .collect(),
    };
    match method {
        PollMethod::Plurality => PollResult::Tally(vote::plurality(&ranked())),
        PollMethod::Approval => {
            let sets: Vec<(u64, Vec<u32>)> = ballots
                .iter()
                .filter_map(|b| match b {
                    PollBallot::Set(s) => Some((1, s.iter().map(|n| (n - 1) as u32).collect())),
                    _ => None,
                })
                .collect();
            PollResult::Tally(vote::approval(m, &sets))
        }
        PollMethod::Score => {
            let marks: Vec<(u64, Vec<(u32, i64)>)> = ballots
                .iter()
                .filter_map(|b| match b {
                    PollBallot::Scores(s) => Some((1, s.iter().map(|(n, x)| ((n - 1) as u32, *x)).collect())),
                    _ => None,
                })
                .collect();
            PollResult::Tally(vote::score(m, &marks))
        }
        PollMethod::Borda => PollResult::Tally(vote::borda(&ranked())),
        PollMethod::Irv => PollResult::Irv(vote::instant_runoff(&ranked())),
        PollMethod::Schulze => PollResult::Schulze(vote::schulze(&ranked())),
        PollMethod::Consent => {
            let responses: Vec<(u64, Stance)> = ballots
                .iter()
                .filter_map(|b| match b {
                    PollBallot::Consent(s) => Some((
                        1,
                        match s {
                            ConsentStance::Agree => Stance::Agree,
                            ConsentStance::Abstain => Stance::Abstain,
                            ConsentStance::Disagree => Stance::Disagree,
                            ConsentStance::Block => Stance::Block,
                        },
                    )),
                    PollBallot::Objection(_) => Some((1, Stance::Block)),
                    _ => None,
                })
                .collect();
            PollResult::Consent(vote::consent(&responses))
        }
    }
}

/// A facilitator's paper ballot needs a note saying where it came from.
pub fn paper_note(input: &str) -> Result<String, Invalid> {
    text::required("note", input, 600).map_err(Invalid::one)
}

// ---- participatory budgets

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BudgetDraft {
    pub title: String,
    pub description: String,
    pub total: Decimal,
    pub currency: String,
    pub ballot: BudgetBallot,
    /// Points each voter spreads (cumulative ballots).
    pub points: i64,
    pub rule: BudgetRule,
    pub area_id: i64,
    pub dates: Dates,
    pub eligible_groups: Vec<i64>,
}

/// A budget as submitted: text as typed, choices by key, ids as numbers.
pub struct BudgetFields<'a> {
    pub title: &'a str,
    pub description: &'a str,
    pub total: &'a str,
    pub currency: &'a str,
    pub ballot: &'a str,
    pub points: &'a str,
    pub rule: &'a str,
    pub area: Option<i64>,
    pub opens_on: &'a str,
    pub closes_on: &'a str,
    pub groups: &'a [i64],
}

fn money(field: &'static str, input: &str) -> Result<Decimal, FieldError> {
    let d = Decimal::parse(input).filter(|d| d.scale <= 2).ok_or_else(|| FieldError::new(field, "error-money"))?;
    if d.units <= 0 {
        return Err(FieldError::new(field, "error-money-positive"));
    }
    Ok(d)
}

impl BudgetDraft {
    pub fn parse(
        form: &BudgetFields<'_>,
        areas: &[i64],
        known_groups: &[i64],
        today: Date,
        zone: &Zone,
    ) -> Result<Self, Invalid> {
        let mut e = Invalid::default();
        let title = e.check(text::line("title", form.title, TITLE_MAX));
        let description = e.check(text::optional("description", form.description, LONG_TEXT_MAX));
        let total = e.check(money("total", form.total));
        let currency =
            e.check(text::line("currency", if form.currency.trim().is_empty() { "€" } else { form.currency }, 8));
        let ballot = e.check(BudgetBallot::parse_field("ballot", form.ballot));
        let points = match ballot {
            Some(BudgetBallot::Cumulative) => e.check(text::integer_in("points", form.points, 1..=1000)),
            _ => Some(0),
        };
        let rule = e.check(BudgetRule::parse_field("rule", form.rule));
        let area_id = area(form.area, areas, &mut e);
        let dates = Dates::parse(form.opens_on, form.closes_on, today, zone, &mut e);
        let eligible_groups = groups("groups", form.groups, known_groups, &mut e);
        match (title, description, total, currency, ballot, points, rule, area_id, dates) {
            (
                Some(title),
                Some(description),
                Some(total),
                Some(currency),
                Some(ballot),
                Some(points),
                Some(rule),
                Some(area_id),
                Some(dates),
            ) if e.is_empty() => Ok(BudgetDraft {
                title,
                description: description.unwrap_or_default(),
                total,
                currency,
                ballot,
                points,
                rule,
                area_id,
                dates,
                eligible_groups,
            }),
            _ => Err(e),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProjectDraft {
    pub title: String,
    pub description: String,
    pub cost: Decimal,
}

impl ProjectDraft {
    pub fn parse(title: &str, description: &str, cost: &str, budget_total: Decimal) -> Result<Self, Invalid> {
        let mut e = Invalid::default();
        let title = e.check(text::line("title", title, TITLE_MAX));
        let description = e.check(text::optional("description", description, LONG_TEXT_MAX));
        let cost = e.check(money("cost", cost));
        if let Some(c) = cost {
            let scale = c.scale.max(budget_total.scale);
            if c.rescale(scale) > budget_total.rescale(scale) {
                e.0.push(FieldError::new("cost", "error-cost-over-budget").with_arg("total", budget_total));
            }
        }
        match (title, description, cost) {
            (Some(title), Some(d), Some(cost)) if e.is_empty() => {
                Ok(ProjectDraft { title, description: d.unwrap_or_default(), cost })
            }
            _ => Err(e),
        }
    }
}

/// A budget ballot: project ids with points (1 each for approval ballots).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BudgetBallotInput(pub Vec<(i64, i64)>);

/// What a voter marked on a budget ballot, as submitted: the projects ticked
/// (approval ballots) or the points typed beside each project (cumulative).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct BudgetMarks {
    pub projects: Vec<String>,
    pub points: Vec<(i64, String)>,
}

impl BudgetBallotInput {
    /// `projects` are (id, cost) on the ballot. Approval: the ticked projects must
    /// fit the budget together. Cumulative: points are whole, none negative, and
    /// add up to at most the allowance.
    pub fn parse(
        kind: BudgetBallot,
        total: Decimal,
        points: i64,
        projects: &[(i64, Decimal)],
        marks: &BudgetMarks,
    ) -> Result<Self, Invalid> {
        let invalid = |field: &'static str, message: &'static str| Invalid::one(FieldError::new(field, message));
        match kind {
            BudgetBallot::Approval => {
                let mut chosen: Vec<(i64, i64)> = Vec::new();
                let scale = projects.iter().map(|(_, c)| c.scale).chain([total.scale]).max().unwrap_or(0);
                let mut spent: i128 = 0;
                for v in &marks.projects {
                    let id: i64 = v.trim().parse().map_err(|_| invalid("project", "error-choice-invalid"))?;
                    let (_, cost) = projects
                        .iter()
                        .find(|(p, _)| *p == id)
                        .ok_or_else(|| invalid("project", "error-choice-invalid"))?;
                    if chosen.iter().any(|(p, _)| *p == id) {
                        continue;
                    }
                    spent += cost.rescale(scale);
                    chosen.push((id, 1));
                }
                if chosen.is_empty() {
                    return Err(invalid("project", "error-ballot-project-one"));
                }
                if spent > total.rescale(scale) {
                    return Err(Invalid::one(
                        FieldError::new("project", "error-ballot-over-budget")
                            .with_arg("spent", Decimal::from_scaled(spent, scale))
                            .with_arg("total", total),
                    ));
                }
                chosen.sort_unstable();
                Ok(BudgetBallotInput(chosen))
            }
            BudgetBallot::Cumulative => {
                if marks.points.iter().any(|(id, _)| !projects.iter().any(|(p, _)| p == id)) {
                    return Err(invalid("points", "error-choice-invalid"));
                }
                let mut given: Vec<(i64, i64)> = Vec::new();
                for (id, _) in projects {
                    let v = marks.points.iter().find(|(p, _)| p == id).map(|(_, v)| v.as_str()).unwrap_or_default();
                    if v.trim().is_empty() {
                        continue;
                    }
                    let p = text::integer_in("points", v, 0..=points).map_err(Invalid::one)?;
                    if p > 0 {
                        given.push((*id, p));
                    }
                }
                let used: i64 = given.iter().map(|(_, p)| p).sum();
                if used == 0 {
                    return Err(invalid("points", "error-ballot-points-one"));
                }
                if used > points {
                    return Err(Invalid::one(
                        FieldError::new("points", "error-ballot-too-many-points")
                            .with_arg("used", used)
                            .with_arg("max", points),
                    ));
                }
                Ok(BudgetBallotInput(given))
            }
        }
    }

    pub fn encode(&self) -> String {
        self.0.iter().map(|(id, p)| format!("{id}:{p}")).collect::<Vec<_>>().join(",")
    }

    pub fn decode(text: &str) -> Option<Self> {
        if text.trim().is_empty() {
            return Some(BudgetBallotInput(Vec::new()));
        }
        text.split(',')
            .map(|pair| {
                let (id, p) = pair.split_once(':')?;
                Some((id.trim().parse().ok()?, p.trim().parse().ok()?))
            })
            .collect::<Option<Vec<_>>>()
            .map(BudgetBallotInput)
    }
}

/// A project on the ballot, for counting and export.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BallotProject {
    pub id: i64,
    pub title: String,
    pub cost: Decimal,
}

/// The ballots as a Pabulib election, anonymised: voters are numbered in an
/// order that depends only on their ballots, never on who they are.
pub fn budget_election(
    title: &str,
    kind: BudgetBallot,
    total: Decimal,
    points: i64,
    rule: BudgetRule,
    projects: &[BallotProject],
    ballots: &[(&str, BudgetBallotInput)],
) -> Election {
    let vote_type = match kind {
        BudgetBallot::Approval => VoteType::Approval,
        BudgetBallot::Cumulative => VoteType::Cumulative,
    };
    let rule_key = match rule {
        BudgetRule::Greedy => "greedy",
        BudgetRule::EqualShares => "equalshares/add1",
    };
    let points_text = points.to_string();
    let mut meta =
        vec![("description", title), ("country", "Tandem"), ("unit", title), ("instance", title), ("rule", rule_key)];
    if kind == BudgetBallot::Cumulative {
        meta.push(("max_sum_points", points_text.as_str()));
    }
    let mut builder = Builder::new(vote_type, total, &meta);
    for p in projects {
        builder = builder.project(&p.id.to_string(), p.cost, &p.title);
    }
    // Each voter is their ballot's tracker, so anyone can find theirs in the file.
    let mut sorted: Vec<&(&str, BudgetBallotInput)> = ballots.iter().collect();
    sorted.sort_by_key(|(tracker, _)| *tracker);
    for (tracker, b) in sorted {
        let mut choices = Vec::new();
        let mut given = Vec::new();
        for (id, pts) in &b.0 {
            if let Some(i) = projects.iter().position(|p| p.id == *id) {
                choices.push(i);
                given.push(*pts);
            }
        }
        builder = builder.vote(tracker, &choices, &given);
    }
    builder.build()
}

/// Counts a budget with its rule; the result explains every project.
pub fn count_budget(election: &Election, rule: BudgetRule) -> Option<Outcome> {
    match rule {
        BudgetRule::Greedy => pb::run(election, Rule::OfficialGreedy, Completion::None),
        BudgetRule::EqualShares => pb::run(election, Rule::Mes, Completion::Add1Greedy),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ranks(pairs: &[(usize, &str)]) -> PollMarks {
        PollMarks { ranks: pairs.iter().map(|(n, v)| (*n, (*v).to_owned())).collect(), ..PollMarks::default() }
    }

    fn today() -> Date {
        parse_date("d", "2026-11-22").unwrap()
    }

    #[test]
    fn a_poll_needs_options_an_area_and_sensible_dates() {
        let lines: Vec<String> = ["12:00", "12:30", "", "13:00"].iter().map(|s| (*s).to_owned()).collect();
        let one = vec![String::from("Only one")];
        let form = PollFields {
            title: "Which lunch slot?",
            description: "",
            method: "irv",
            options: &lines,
            area: Some(7),
            opens_on: "",
            closes_on: "2026-11-30",
            quorum: "10",
            groups: &[2],
        };
        let d = PollDraft::parse(&form, &[7], &[1, 2], today(), &Zone::utc()).unwrap();
        assert_eq!(d.options, vec!["12:00", "12:30", "13:00"]);
        assert_eq!(d.dates.opens_at.date_iso(), "2026-11-22");
        assert_eq!(d.dates.closes_at.date_iso(), "2026-12-01", "open all of the last day");
        let bad = PollFields { options: &one, area: None, closes_on: "2026-11-01", groups: &[9], ..form };
        let e = PollDraft::parse(&bad, &[7], &[1, 2], today(), &Zone::utc()).unwrap_err();
        for field in ["options", "area", "closes_on", "groups"] {
            assert!(e.field(field).is_some(), "{field}: {e:?}");
        }
        let consent =
            PollFields { method: "consent", options: &[], area: Some(7), closes_on: "2026-11-30", groups: &[], ..bad };
        assert!(PollDraft::parse(&consent, &[7], &[], today(), &Zone::utc()).unwrap().options.is_empty());

        // In Madrid the poll opens at local midnight (23:00 UTC the day before)
        // and closes at the end of 30 November there.
        let madrid = Zone::parse("time_zone", "Europe/Madrid").unwrap();
        let d = PollDraft::parse(&form, &[7], &[1, 2], today(), &madrid).unwrap();
        assert_eq!(d.dates.opens_at, Timestamp::from_date(today()).plus_secs(-crate::time::HOUR));
        let last = parse_date("d", "2026-11-30").unwrap();
        assert_eq!(d.dates.closes_at, Timestamp::from_date(last).plus_days(1).plus_secs(-crate::time::HOUR));
        assert_eq!(madrid.date(d.dates.closes_at.plus_secs(-1)), last);
    }

    #[test]
    fn ballots_are_checked_and_round_trip() {
        let b = PollBallot::parse(PollMethod::Irv, 3, &ranks(&[(1, "2"), (2, ""), (3, "1")])).unwrap();
        assert_eq!(b, PollBallot::Ranking(vec![3, 1]));
        assert_eq!(PollBallot::decode(PollMethod::Irv, 3, &b.encode()), Some(b));
        assert!(PollBallot::parse(PollMethod::Borda, 2, &ranks(&[(1, "1"), (2, "1")])).is_err());
        let e = PollBallot::parse(PollMethod::Borda, 2, &ranks(&[(7, "1")])).unwrap_err();
        assert_eq!(e.0[0].message, "error-choice-invalid", "a rank for an option the poll lacks");
        let scores = PollMarks { scores: vec![(1, "5".into()), (2, "9".into())], ..PollMarks::default() };
        assert!(PollBallot::parse(PollMethod::Score, 2, &scores).is_err());
        assert!(PollBallot::parse(PollMethod::Plurality, 2, &PollMarks::default()).is_err());
        let out_of_range = PollMarks { choice: "3".into(), ..PollMarks::default() };
        assert!(PollBallot::parse(PollMethod::Plurality, 2, &out_of_range).is_err());
        let stance = PollMarks { stance: "block".into(), ..PollMarks::default() };
        let e = PollBallot::parse(PollMethod::Consent, 0, &stance).unwrap_err();
        assert_eq!((e.0[0].field, e.0[0].message), ("reason", "error-objection-reason"), "an objection says why");
        let why = PollMarks { reason: "Buses leave at 3:10: name the change: later buses".into(), ..stance };
        let objection = PollBallot::parse(PollMethod::Consent, 0, &why).unwrap();
        assert_eq!(objection.objection(), Some("Buses leave at 3:10: name the change: later buses"));
        assert_eq!(
            PollBallot::decode(PollMethod::Consent, 0, &objection.encode()),
            Some(objection),
            "a colon in the reason survives"
        );
    }

    #[test]
    fn counting_recomputes_from_ballots() {
        let options: Vec<String> = ["A", "B", "C"].iter().map(|s| s.to_string()).collect();
        let ballots = vec![
            PollBallot::Ranking(vec![1, 2]),
            PollBallot::Ranking(vec![1]),
            PollBallot::Ranking(vec![2, 1]),
            PollBallot::Ranking(vec![3, 2]),
            PollBallot::Ranking(vec![3, 2]),
        ];
        // First round A 2, B 1, C 2 → B out, its ballot to A: A 3 of 5.
        let r = count_poll(PollMethod::Irv, &options, &ballots);
        assert_eq!(r.winners(), &[0]);
        let consent = count_poll(PollMethod::Consent, &[], &[PollBallot::Consent(ConsentStance::Agree)]);
        assert!(matches!(consent, PollResult::Consent(c) if c.outcome == vote::ConsentOutcome::Passes));
    }

    #[test]
    fn votes_need_membership_eligibility_and_an_open_window() {
        assert_eq!(may_vote(Some(Role::Member), Some(2), &[2], true, Window::Open), Ok(()));
        assert_eq!(may_vote(Some(Role::Member), Some(1), &[2], true, Window::Open), Err(VoteRefused::NotEligible));
        assert_eq!(may_vote(Some(Role::Observer), Some(2), &[], true, Window::Open), Err(VoteRefused::Observer));
        assert_eq!(may_vote(Some(Role::Member), None, &[], false, Window::Open), Err(VoteRefused::ParticipationClosed));
        assert_eq!(may_vote(Some(Role::Member), None, &[], true, Window::Closed), Err(VoteRefused::Closed));
        assert_eq!(may_vote(None, None, &[], true, Window::Open), Err(VoteRefused::NotAMember));
        let t = Timestamp(100);
        assert_eq!(window(t, t.plus_secs(10), t.plus_secs(10)), Window::Closed);
        assert_eq!(window(t, t.plus_secs(10), t.plus_secs(-1)), Window::NotYetOpen);
    }

    #[test]
    fn budget_ballots_must_fit_the_budget_and_the_points() {
        let total = Decimal::parse("10000").unwrap();
        let projects = vec![
            (1, Decimal::parse("6000").unwrap()),
            (2, Decimal::parse("5000").unwrap()),
            (3, Decimal::parse("3000").unwrap()),
        ];
        let ticked =
            |ids: &[&str]| BudgetMarks { projects: ids.iter().map(|s| (*s).to_owned()).collect(), points: vec![] };
        let b = BudgetBallotInput::parse(BudgetBallot::Approval, total, 0, &projects, &ticked(&["1", "3"])).unwrap();
        assert_eq!(b, BudgetBallotInput(vec![(1, 1), (3, 1)]));
        assert_eq!(BudgetBallotInput::decode(&b.encode()), Some(b));
        let e =
            BudgetBallotInput::parse(BudgetBallot::Approval, total, 0, &projects, &ticked(&["1", "2"])).unwrap_err();
        assert_eq!(e.0[0].message, "error-ballot-over-budget");
        let points = BudgetMarks { projects: vec![], points: vec![(1, "6".into()), (2, "5".into())] };
        let e = BudgetBallotInput::parse(BudgetBallot::Cumulative, total, 10, &projects, &points).unwrap_err();
        assert_eq!(e.0[0].message, "error-ballot-too-many-points");
        let stray = BudgetMarks { projects: vec![], points: vec![(99, "1".into())] };
        let e = BudgetBallotInput::parse(BudgetBallot::Cumulative, total, 10, &projects, &stray).unwrap_err();
        assert_eq!(e.0[0].message, "error-choice-invalid", "points for a project not on the ballot");
        assert!(
            ProjectDraft::parse("Benches", "", "12000", total).is_err(),
            "a project cannot cost more than the budget"
        );
    }

    #[test]
    fn budgets_count_with_their_rule_and_export_anonymously() {
        let total = Decimal::parse("1000").unwrap();
        let projects: Vec<BallotProject> = [(10, "Library", "600"), (11, "Garden", "500"), (12, "Benches", "300")]
            .iter()
            .map(|(id, t, c)| BallotProject { id: *id, title: (*t).to_owned(), cost: Decimal::parse(c).unwrap() })
            .collect();
        let trackers: Vec<String> = (0..10).map(|n| format!("T{n:04}-X")).collect();
        let ballots: Vec<(&str, BudgetBallotInput)> = trackers
            .iter()
            .enumerate()
            .map(|(n, t)| (t.as_str(), BudgetBallotInput(if n < 6 { vec![(10, 1), (12, 1)] } else { vec![(11, 1)] })))
            .collect();
        let e = budget_election("Fund", BudgetBallot::Approval, total, 0, BudgetRule::Greedy, &projects, &ballots);
        let text = e.to_pb();
        assert!(text.contains("rule;greedy") && !text.contains("user"));
        assert!(text.contains("\nT0003-X;"), "each voter is their tracker: {text}");
        let back = Election::parse(text.as_bytes()).unwrap();
        let greedy = count_budget(&back, BudgetRule::Greedy).unwrap();
        let funded: Vec<&str> = greedy.selected.iter().map(|&p| back.projects[p].id.as_str()).collect();
        assert_eq!(funded, vec!["10", "12"], "Library and Benches (6 votes each) fit; Garden does not");
        let shares = count_budget(&back, BudgetRule::EqualShares).unwrap();
        assert!(shares.selected.len() >= 2);
    }
}
