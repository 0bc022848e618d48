//! Participatory budgets: projects proposed by members (accepted onto the
//! ballot by a facilitator) or carried over from accepted ideas; approval or
//! cumulative ballots, one per member; counted by greedy or the Method of
//! Equal Shares at the close; the anonymised ballots as a Pabulib file.

use tandem_decide::{amount::Decimal, pabulib::Election, pb::Outcome};
use tandem_domain::{
    Timestamp,
    decisions::{
        self as domain, BallotProject, BudgetBallotInput, BudgetDraft, BudgetFields, BudgetMarks, ProjectDraft,
        ProjectStatus, Window,
    },
    ideas::IdeaStatus,
    privacy,
};
pub use tandem_store::decisions::{Budget, Project, StoredBallot};
use tandem_store::{
    charter,
    communities::{self, Group},
    decisions::{self as store, BallotBox},
    ideas::{self, Filter, Hidden, Idea, Sort},
    initiatives::Initiative,
};

use crate::{
    Access, Error, Result, Service, audit, ballots, commit,
    counts::{self, CountRecord, Counted},
    paging::{self, Page},
    polls::{require_charter, vote_gate},
};
use tandem_domain::audit::Action;

pub async fn list(svc: &Service, initiative: &Initiative) -> Result<Vec<Budget>> {
    Ok(store::budgets(svc.db.pool(), initiative.id).await?)
}

/// A page of the initiative's budgets, latest closing first, after the cursor `after`.
pub async fn page(svc: &Service, initiative: &Initiative, after: &str, limit: i64) -> Result<Page<Budget>> {
    let after = paging::after(after)?;
    let (rows, (_, total)) = tokio::try_join!(
        store::budgets_page(svc.db.pool(), initiative.id, after, limit),
        store::decision_counts(svc.db.pool(), initiative.id)
    )?;
    Ok(Page::from_rows(rows, limit, total, |b| paging::cursor(b.closes_at.0, b.id)))
}

pub async fn budget(svc: &Service, initiative: &Initiative, id: i64) -> Result<Budget> {
    store::budget(svc.db.pool(), initiative.id, id).await?.ok_or(Error::NotFound)
}

/// A budget as typed; ids as numbers.
#[derive(Debug, Clone, Default)]
pub struct BudgetInput {
    pub title: String,
    pub description: String,
    /// An amount like 4500 or 4500.50.
    pub total: String,
    /// Blank for €.
    pub currency: String,
    /// approval or cumulative
    pub ballot: String,
    /// Points each voter spreads (cumulative ballots).
    pub points: String,
    /// greedy or equal_shares
    pub rule: String,
    pub decision_area_id: Option<i64>,
    pub opens_on: String,
    pub closes_on: String,
    pub eligible_groups: Vec<i64>,
}

/// Starts a participatory budget (facilitators; the charter must be published).
pub async fn create(
    svc: &Service,
    access: &Access,
    initiative: &Initiative,
    input: &BudgetInput,
    now: Timestamp,
) -> Result<i64> {
    access.require_facilitator()?;
    require_charter(initiative)?;
    let stored = charter::areas(svc.db.pool(), initiative.id).await?;
    let areas: Vec<i64> = stored.iter().map(|a| a.id).collect();
    let groups: Vec<i64> =
        communities::groups(svc.db.pool(), access.community.id).await?.into_iter().map(|g| g.id).collect();
    let fields = BudgetFields {
        title: &input.title,
        description: &input.description,
        total: &input.total,
        currency: &input.currency,
        ballot: &input.ballot,
        points: &input.points,
        rule: &input.rule,
        area: input.decision_area_id,
        opens_on: &input.opens_on,
        closes_on: &input.closes_on,
        groups: &input.eligible_groups,
    };
    let d = BudgetDraft::parse(&fields, &areas, &groups, access.zone().date(now), &access.zone())?;
    if stored.iter().any(|a| a.id == d.area_id && a.area.level == tandem_domain::charter::InfluenceLevel::Inform) {
        return Err(Error::field("area", "error-area-inform-only"));
    }
    let mut tx = svc.begin().await?;
    let id = store::create_budget(&mut *tx, initiative.id, &d, access.user_id(), now).await?;
    counts::schedule(&mut *tx, BallotBox::Budget, initiative.id, id, d.dates.closes_at, now).await?;
    audit::entry(access, Action::BudgetCreate)
        .initiative(initiative.id)
        .subject(id)
        .detail(d.rule.key())
        .commit(tx, now)
        .await?;
    Ok(id)
}

/// The projects on the ballot, for checking and counting.
pub fn on_ballot(projects: &[Project]) -> Vec<BallotProject> {
    projects
        .iter()
        .filter(|p| p.status == ProjectStatus::OnBallot)
        .map(|p| BallotProject { id: p.id, title: p.title.clone(), cost: p.cost })
        .collect()
}

/// The budget's counted ballots as an anonymised Pabulib election, each
/// voter named by their ballot's tracker.
pub fn election_of(budget: &Budget, projects: &[Project], stored: &[&StoredBallot]) -> Election {
    let ballots: Vec<(&str, BudgetBallotInput)> =
        stored.iter().filter_map(|b| BudgetBallotInput::decode(&b.content).map(|i| (b.tracker.as_str(), i))).collect();
    domain::budget_election(
        &budget.title,
        budget.ballot,
        budget.total,
        budget.points,
        budget.rule,
        &on_ballot(projects),
        &ballots,
    )
}

async fn checked_ballot(svc: &Service, budget: &Budget, marks: &BudgetMarks) -> Result<BudgetBallotInput> {
    let projects = store::projects(svc.db.pool(), budget.id).await?;
    let costs: Vec<(i64, Decimal)> = on_ballot(&projects).iter().map(|p| (p.id, p.cost)).collect();
    Ok(BudgetBallotInput::parse(budget.ballot, budget.total, budget.points, &costs, marks)?)
}

/// Casts or changes the member's ballot while the budget is open (one per
/// member, by constraint) and returns its tracker.
pub async fn cast(
    svc: &Service,
    access: &Access,
    initiative: &Initiative,
    budget: &Budget,
    marks: &BudgetMarks,
    now: Timestamp,
) -> Result<String> {
    vote_gate(access, initiative, &budget.eligible_groups, domain::window(budget.opens_at, budget.closes_at, now))
        .map_err(|r| Error::Conflict(r.message()))?;
    let b = checked_ballot(svc, budget, marks).await?;
    let mut tx = svc.begin().await?;
    if !store::lock_open_budget(&mut *tx, budget.id, now).await? {
        return Err(Error::Conflict(tandem_domain::decisions::VoteRefused::Closed.message()));
    }
    let owner = (BallotBox::Budget, budget.id, budget.title.as_str());
    let tracker = ballots::cast(&mut tx, svc, access, owner, &b.encode(), now).await?;
    commit(tx).await?;
    Ok(tracker)
}

fn require_open(budget: &Budget, now: Timestamp) -> Result<()> {
    if domain::window(budget.opens_at, budget.closes_at, now) == Window::Closed {
        return Err(Error::Conflict("decide-refused-closed"));
    }
    Ok(())
}

/// Declares how many paper ballots were collected, and until which day they
/// may still be entered after the close.
pub async fn declare_paper(
    svc: &Service,
    access: &Access,
    initiative: &Initiative,
    budget: &Budget,
    declared: &str,
    counting_until: &str,
    now: Timestamp,
) -> Result<()> {
    let owner = (BallotBox::Budget, budget.id);
    ballots::declare_paper(svc, access, initiative, owner, budget.closes_at, declared, counting_until, now).await
}

/// Enters a paper ballot (facilitators), with a note saying where it came
/// from; it counts once another facilitator confirms it.
pub async fn cast_paper(
    svc: &Service,
    access: &Access,
    initiative: &Initiative,
    budget: &Budget,
    marks: &BudgetMarks,
    note: &str,
    now: Timestamp,
) -> Result<()> {
    let content = match checked_ballot(svc, budget, marks).await {
        Ok(b) => Ok(b.encode()),
        Err(Error::Invalid(e)) => Err(e),
        Err(other) => return Err(other),
    };
    let window = domain::window(budget.opens_at, budget.closes_at, now);
    ballots::enter_paper(svc, access, initiative, (BallotBox::Budget, budget.id), window, content, note, now).await
}

/// A second facilitator confirms a paper ballot someone else entered.
pub async fn confirm_paper(
    svc: &Service,
    access: &Access,
    initiative: &Initiative,
    budget: &Budget,
    ballot_id: i64,
    now: Timestamp,
) -> Result<()> {
    let window = domain::window(budget.opens_at, budget.closes_at, now);
    ballots::confirm_paper(svc, access, initiative, (BallotBox::Budget, budget.id), window, ballot_id, now).await
}

/// A project as typed: proposed in full, or carried over from an idea (then
/// only its cost is typed; the idea gives title and description).
#[derive(Debug, Clone, Default)]
pub struct ProjectInput {
    pub title: String,
    pub description: String,
    pub cost: String,
    /// Carry over this idea of the initiative (facilitators).
    pub idea_id: Option<i64>,
}

/// Adds a project. Members propose (a facilitator accepts them onto the
/// ballot); facilitators add projects directly or carry over an idea. Returns
/// the project's id and status.
pub async fn add_project(
    svc: &Service,
    access: &Access,
    initiative: &Initiative,
    budget: &Budget,
    input: &ProjectInput,
    now: Timestamp,
) -> Result<(i64, ProjectStatus)> {
    let user = access.actor.require_user()?;
    access.require_participant()?;
    require_open(budget, now)?;
    let (draft, idea_id) = match input.idea_id {
        Some(idea_id) => {
            access.require_facilitator()?;
            let idea = ideas::get_idea(svc.db.pool(), initiative.id, idea_id)
                .await?
                .ok_or_else(|| Error::field("idea", "error-choice-invalid"))?;
            (ProjectDraft::parse(&idea.title, &idea.body, &input.cost, budget.total)?, Some(idea.id))
        }
        None => (ProjectDraft::parse(&input.title, &input.description, &input.cost, budget.total)?, None),
    };
    let status = if access.can_facilitate() { ProjectStatus::OnBallot } else { ProjectStatus::Proposed };
    let mut tx = svc.begin().await?;
    let id = store::add_project(&mut *tx, budget.id, &draft, status, idea_id, Some(user.id), now).await?;
    if access.can_facilitate() {
        audit::entry(access, Action::BudgetProjectAdd)
            .initiative(initiative.id)
            .subject(id)
            .detail(status.key())
            .record(&mut tx, now)
            .await?;
    }
    commit(tx).await?;
    Ok((id, status))
}

/// Puts a proposed project on the ballot or declines it (facilitators, until the close).
pub async fn set_project_status(
    svc: &Service,
    access: &Access,
    initiative: &Initiative,
    budget: &Budget,
    project_id: i64,
    status: &str,
    now: Timestamp,
) -> Result<()> {
    access.require_facilitator()?;
    let status = ProjectStatus::parse_field("status", status)?;
    require_open(budget, now)?;
    let mut tx = svc.begin().await?;
    if !store::set_project_status(&mut *tx, budget.id, project_id, status).await? {
        return Err(Error::NotFound);
    }
    audit::entry(access, Action::BudgetProjectStatus)
        .initiative(initiative.id)
        .subject(project_id)
        .detail(status.key())
        .record(&mut tx, now)
        .await?;
    commit(tx).await
}

/// What is published of a budget once the count is final.
#[derive(Debug, Clone)]
pub enum BudgetOutcome {
    /// At least the community's threshold of ballots: how the rule funded
    /// it, turnout per group (paper ballots in the last cell) if that can be
    /// shown safely, and the count's record. The ballots themselves are
    /// listed page by page ([`bulletin`]) and exported as a Pabulib file.
    Counted { outcome: Option<Box<Outcome>>, turnout: Option<privacy::Breakdown>, record: CountRecord },
    /// Fewer ballots: only which projects are funded (their ids), never a
    /// count or a group.
    TooFew { funded: Vec<i64>, threshold: i64 },
}

/// What a budget's page and the API show besides the budget.
pub struct BudgetView {
    pub window: Window,
    pub groups: Vec<Group>,
    pub projects: Vec<Project>,
    /// The reader's own ballot and its tracker, while voting is open.
    pub mine: Option<(BudgetBallotInput, String)>,
    /// The reader is on the roll.
    pub voted: bool,
    /// Once the count is final: what may be published of it.
    pub result: Option<BudgetOutcome>,
    /// For facilitators while open: accepted or reviewed ideas not yet carried over.
    pub carry_candidates: Vec<Idea>,
    /// For facilitators: the paper ballots, who entered and who confirmed each.
    pub paper: Vec<StoredBallot>,
}

pub async fn view(
    svc: &Service,
    access: &Access,
    initiative: &Initiative,
    budget: &Budget,
    now: Timestamp,
) -> Result<BudgetView> {
    let window = domain::window(budget.opens_at, budget.closes_at, now);
    // At the close the ballots lose their owners, before anything is counted.
    ballots::seal_if_closed(svc, BallotBox::Budget, budget.id, window, budget.sealed_at, now).await?;
    let (groups, projects) = tokio::try_join!(
        communities::groups(svc.db.pool(), access.community.id),
        store::projects(svc.db.pool(), budget.id),
    )?;
    let (mine, voted) = match access.user_id() {
        Some(uid) => (
            store::my_ballot(svc.db.pool(), BallotBox::Budget, budget.id, uid)
                .await?
                .and_then(|(content, tracker)| BudgetBallotInput::decode(&content).map(|b| (b, tracker))),
            store::voted(svc.db.pool(), BallotBox::Budget, budget.id, uid).await?,
        ),
        None => (None, false),
    };
    let t = access.community.threshold;
    // Paper ballots still to come keep the count open; once final, the stored count is served.
    let result = match counts::budget_is_final(budget, now) {
        true => {
            let Counted { body, record } = counts::budget_count(svc, budget, now).await?;
            Some(if record.ballots < t.get() {
                let funded = body.outcome.map(|o| funded_ids(&o)).unwrap_or_default();
                BudgetOutcome::TooFew { funded, threshold: t.get() }
            } else {
                BudgetOutcome::Counted {
                    turnout: ballots::turnout(&groups, &body.roll, body.paper, t),
                    outcome: body.outcome.map(Box::new),
                    record,
                }
            })
        }
        false => None,
    };
    let carry_candidates = if access.can_facilitate() && window != Window::Closed {
        let filter =
            Filter { words: None, status: None, sort: Sort::MostEndorsed, limit: 200, hidden: Hidden::Exclude };
        ideas::list(&svc.db, initiative.id, &filter)
            .await?
            .into_iter()
            .filter(|idea| matches!(idea.status, IdeaStatus::Accepted | IdeaStatus::UnderReview))
            .filter(|idea| !projects.iter().any(|p| p.idea_id == Some(idea.id)))
            .collect()
    } else {
        Vec::new()
    };
    let paper = match access.can_facilitate() {
        true => store::paper_ballots(svc.db.pool(), BallotBox::Budget, budget.id).await?,
        false => Vec::new(),
    };
    Ok(BudgetView { window, groups, projects, mine, voted, result, carry_candidates, paper })
}

/// The funded projects' ids, in the order the rule chose them.
fn funded_ids(outcome: &Outcome) -> Vec<i64> {
    outcome.selected.iter().filter_map(|&p| outcome.projects.get(p)?.id.parse().ok()).collect()
}

/// Ballots listed per page on the public list.
pub const BULLETIN_PAGE: i64 = 100;

/// A page of the counted ballots by tracker, once the count is final and
/// holds at least the community's threshold of ballots.
pub async fn bulletin(
    svc: &Service,
    access: &Access,
    budget: &Budget,
    after: &str,
    limit: i64,
    now: Timestamp,
) -> Result<Page<(String, BudgetBallotInput)>> {
    if !counts::budget_is_final(budget, now) {
        return Err(Error::Conflict("decide-count-not-final"));
    }
    let count = counts::budget_count(svc, budget, now).await?;
    if count.record.ballots < access.community.threshold.get() {
        return Err(Error::Conflict("error-too-few-to-publish"));
    }
    bulletin_of(svc, budget, &count.record, after, limit).await
}

/// [`bulletin`] for a caller already holding the published count
/// ([`BudgetOutcome::Counted`]'s record), without reading it again.
pub async fn bulletin_of(
    svc: &Service,
    budget: &Budget,
    record: &CountRecord,
    after: &str,
    limit: i64,
) -> Result<Page<(String, BudgetBallotInput)>> {
    let rows = counts::bulletin_rows(svc, BallotBox::Budget, budget.id, record, after, limit).await?;
    Ok(rows.filter_map(|(tracker, content)| BudgetBallotInput::decode(&content).map(|b| (tracker, b))))
}

/// The counted ballots as a Pabulib file once the count is final (and
/// sealed); voters appear by their ballots' trackers, never by name.
pub async fn export(svc: &Service, access: &Access, budget: &Budget, now: Timestamp) -> Result<String> {
    let window = domain::window(budget.opens_at, budget.closes_at, now);
    if !domain::count_final(window, budget.paper.counting_until, now) {
        return Err(Error::Forbidden);
    }
    ballots::seal_if_closed(svc, BallotBox::Budget, budget.id, window, budget.sealed_at, now).await?;
    let (projects, stored) = tokio::try_join!(
        store::projects(svc.db.pool(), budget.id),
        store::ballots(svc.db.pool(), BallotBox::Budget, budget.id)
    )?;
    // Anonymised ballots of a handful of voters can still be told apart.
    let counted = ballots::counting(&stored);
    if (counted.len() as i64) < access.community.threshold.get() {
        return Err(Error::Conflict("error-too-few-to-publish"));
    }
    let mut election = election_of(budget, &projects, &counted);
    // Titles are typed by people; the file is opened in spreadsheets.
    for (_, value) in election.meta.iter_mut() {
        *value = tandem_domain::text::spreadsheet_safe(value).into_owned();
    }
    for project in election.projects.iter_mut() {
        for field in project.fields.iter_mut() {
            *field = tandem_domain::text::spreadsheet_safe(field).into_owned();
        }
    }
    Ok(election.to_pb())
}
