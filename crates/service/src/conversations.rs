//! Conversations (opinion maps of Pol.is class): members vote agree,
//! disagree or pass on short statements one at a time and submit statements
//! a facilitator accepts first; a background job redraws the map a few
//! seconds after votes arrive. Reports carry no names and no count under five.

use std::collections::{BTreeMap, BTreeSet};

use tandem_decide::opinion::{self, Analysis, Memory, Options, Vote, VoteTable, opendata};
use tandem_domain::{
    Invalid, Timestamp,
    conversation::{self as domain, ConversationDraft, StatementStatus},
    decisions::Window,
    privacy::{self, Cell, Threshold},
    text::{LONG_TEXT_MAX, TITLE_MAX},
};
pub use tandem_store::conversations::{Conversation, Statement, StoredVote};
use tandem_store::{
    Conn,
    communities::{self, Group},
    conversations::{self as store, ImportedStatement},
    initiatives::Initiative,
    jobs,
};

use crate::{
    Access, Error, Result, Service, audit, commit,
    error::internal,
    paging::{self, Page},
    polls::vote_gate,
};
use tandem_domain::audit::Action;

pub const OPINION_JOB: &str = "opinion-map";
/// Votes arriving within this many seconds share one redraw.
const DEBOUNCE_SECS: i64 = 5;

// ---- the background job

/// Queues a redraw unless one is already waiting, inside the caller's transaction.
pub async fn schedule_map(c: &mut Conn, conversation_id: i64, now: Timestamp) -> Result<()> {
    let key = format!("{OPINION_JOB}:{conversation_id}");
    let payload = serde_json::json!({ "conversation": conversation_id }).to_string();
    let job = jobs::NewJob {
        kind: OPINION_JOB,
        payload: &payload,
        run_at: now.plus_secs(DEBOUNCE_SECS),
        max_attempts: 3,
        dedupe_key: Some(&key),
    };
    jobs::enqueue(&mut *c, &job, now).await?;
    Ok(())
}

/// The job: redraws the conversation named in the payload.
pub async fn redraw(svc: &Service, payload: &str, now: Timestamp) -> Result<()> {
    let id = serde_json::from_str::<serde_json::Value>(payload)
        .ok()
        .and_then(|v| v["conversation"].as_i64())
        .ok_or_else(|| Error::Internal(String::from("bad payload")))?;
    redraw_now(svc, id, now).await
}

/// Redraws one conversation's map from every stored vote, continuing from
/// the stored memory so groups keep their numbers between redraws.
pub async fn redraw_now(svc: &Service, id: i64, now: Timestamp) -> Result<()> {
    let db = svc.db.pool();
    let Some(c) = store::get_conversation(db, id).await? else {
        return Ok(());
    };
    let (statements, votes, memory) =
        tokio::try_join!(store::statements(db, id), store::votes(db, id), store::memory(db, id))?;
    let table = table_of(&votes);
    let options = options_of(&c, &statements);
    let mut memory: Memory = memory.as_deref().and_then(|m| serde_json::from_str(m).ok()).unwrap_or_default();
    let analysis = opinion::update(&table, &options, &mut memory);
    let spread = serde_json::to_string(&spread_of(&analysis, &votes)).map_err(internal)?;
    let analysis = serde_json::to_string(&analysis).map_err(internal)?;
    let memory = serde_json::to_string(&memory).map_err(internal)?;
    store::save_analysis(db, id, &analysis, &memory, &spread, votes.len() as i64, now).await?;
    Ok(())
}

/// People per stakeholder group (their group when they last voted) and
/// opinion group, computed when the map is drawn so the report need not
/// read every vote.
fn spread_of(a: &Analysis, votes: &[StoredVote]) -> BTreeMap<i64, Vec<i64>> {
    let mut stakeholder: BTreeMap<i64, Option<i64>> = BTreeMap::new();
    for v in votes {
        stakeholder.insert(v.user_id, v.group_id);
    }
    let mut out: BTreeMap<i64, Vec<i64>> = BTreeMap::new();
    for g in &a.groups {
        for p in &g.participants {
            if let Some(Some(s)) = stakeholder.get(p) {
                out.entry(*s).or_insert_with(|| vec![0; a.groups.len()])[g.id] += 1;
            }
        }
    }
    out
}

fn table_of(votes: &[StoredVote]) -> VoteTable {
    VoteTable::from_votes(
        votes.iter().map(|v| (v.user_id, v.statement_id, Vote::from_value(v.vote.into()).unwrap_or(Vote::Pass))),
    )
}

fn options_of(c: &Conversation, statements: &[Statement]) -> Options {
    Options {
        moderated_out: statements.iter().filter(|s| s.status == StatementStatus::Rejected).map(|s| s.id).collect(),
        seed: c.id as u64,
        ..Options::default()
    }
}

/// The conversation's latest map, if one has been drawn.
pub async fn stored_analysis(svc: &Service, conversation_id: i64) -> Result<Option<Analysis>> {
    Ok(store::drawn(svc.db.pool(), conversation_id)
        .await?
        .analysis
        .as_deref()
        .and_then(|a| serde_json::from_str(a).ok()))
}

// ---- reading

pub async fn list(svc: &Service, initiative: &Initiative) -> Result<Vec<Conversation>> {
    Ok(store::list(svc.db.pool(), initiative.id).await?)
}

/// A page of the initiative's conversations in the order they were opened,
/// after the cursor `after`.
pub async fn page(svc: &Service, initiative: &Initiative, after: &str, limit: i64) -> Result<Page<Conversation>> {
    let after = paging::after(after)?.map(|a| a.id);
    let (rows, total) = tokio::try_join!(
        store::page(svc.db.pool(), initiative.id, after, limit),
        store::count(svc.db.pool(), initiative.id)
    )?;
    Ok(Page::from_rows(rows, limit, total, |c| paging::cursor(c.id, c.id)))
}

/// One conversation of an initiative.
pub async fn conversation(svc: &Service, initiative: &Initiative, id: i64) -> Result<Conversation> {
    store::get_conversation(svc.db.pool(), id)
        .await?
        .filter(|c| c.initiative_id == initiative.id)
        .ok_or(Error::NotFound)
}

/// Polls' rule with the whole community eligible and no closing date; the
/// charter must be published first, as for polls. `Err` holds the message id.
pub fn gate(access: &Access, initiative: &Initiative) -> std::result::Result<(), &'static str> {
    if initiative.charter_version == 0 {
        return Err("decide-needs-charter");
    }
    vote_gate(access, initiative, &[], Window::Open).map_err(|r| r.message())
}

/// The statement a member sees next: Pol.is' priority, drawn with a number
/// derived from who they are and how far they have got, so a reload shows
/// the same statement.
pub fn next_for(
    c: &Conversation,
    statements: &[Statement],
    priorities: &BTreeMap<i64, f64>,
    voted: &BTreeSet<i64>,
    user_id: i64,
) -> Option<i64> {
    let candidates: Vec<i64> =
        statements.iter().filter(|s| s.status == StatementStatus::Accepted).map(|s| s.id).collect();
    let mut h =
        (user_id as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ (voted.len() as u64).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    h ^= h >> 31;
    h = h.wrapping_mul(0x94D0_49BB_1331_11EB);
    let draw = (h >> 11) as f64 / (1u64 << 53) as f64;
    opinion::next_statement(priorities, voted, &candidates, &options_of(c, statements), draw)
}

/// Only the priorities of the stored map: the voting page needs no more, so
/// it skips building the participants' positions.
async fn stored_priorities(svc: &Service, conversation_id: i64) -> Result<BTreeMap<i64, f64>> {
    #[derive(serde::Deserialize)]
    struct Figure {
        statement: i64,
        priority: f64,
    }
    #[derive(serde::Deserialize)]
    struct Priorities {
        figures: Vec<Figure>,
    }
    let drawn = store::drawn(svc.db.pool(), conversation_id).await?;
    let parsed: Option<Priorities> = drawn.analysis.as_deref().and_then(|a| serde_json::from_str(a).ok());
    Ok(parsed.map(|p| p.figures.into_iter().map(|f| (f.statement, f.priority)).collect()).unwrap_or_default())
}

/// What the voting page shows.
pub struct VotingView {
    /// The statements shown to everyone (accepted).
    pub shown: Vec<Statement>,
    /// Members' statements waiting for moderation: for facilitators only, else empty.
    pub pending: Vec<Statement>,
    /// Why this person cannot vote, if they cannot (a message id).
    pub refused: Option<&'static str>,
    /// Their votes: statement and vote (-1, 0 or 1).
    pub mine: Vec<(i64, i8)>,
    /// The statements they voted on.
    pub voted: BTreeSet<i64>,
    /// The statement to vote on next, if any is left.
    pub next: Option<Statement>,
}

pub async fn voting(svc: &Service, access: &Access, initiative: &Initiative, c: &Conversation) -> Result<VotingView> {
    let refused = gate(access, initiative).err();
    let voter = access.user_id().filter(|_| refused.is_none());
    let db = svc.db.pool();
    let (statements, mine, priorities) = tokio::try_join!(
        async { store::statements(db, c.id).await.map_err(Error::from) },
        async {
            match access.user_id() {
                Some(u) => store::my_votes(db, c.id, u).await.map_err(Error::from),
                None => Ok(Vec::new()),
            }
        },
        async {
            match voter {
                Some(_) => stored_priorities(svc, c.id).await,
                None => Ok(BTreeMap::new()),
            }
        }
    )?;
    let voted: BTreeSet<i64> = mine.iter().map(|v| v.0).collect();
    let next = voter
        .and_then(|u| next_for(c, &statements, &priorities, &voted, u))
        .and_then(|id| statements.iter().find(|s| s.id == id && s.status == StatementStatus::Accepted).cloned());
    let facilitator = access.can_facilitate();
    let (mut shown, mut pending) = (Vec::new(), Vec::new());
    for s in statements {
        match s.status {
            StatementStatus::Accepted => shown.push(s),
            StatementStatus::Pending if facilitator => pending.push(s),
            _ => {}
        }
    }
    Ok(VotingView { shown, pending, refused, mine, voted, next })
}

/// The report: the stored map with the statements' text and the stakeholder
/// groups; every count published from here comes from `published`.
pub struct Report {
    /// The accepted statements.
    pub statements: Vec<Statement>,
    pub groups: Vec<Group>,
    pub analysis: Option<Analysis>,
    /// Once a map is drawn: its counts as they may be published.
    pub published: Option<PublishedMap>,
}

/// The people of a map as they may be published: how many in each opinion
/// group, how each stakeholder group spreads across them, and in all.
/// Suppressed together (see `privacy::table`), so no figure hidden in one
/// can be worked out from the others.
#[derive(Debug, Clone)]
pub struct PublishedMap {
    pub group_sizes: Vec<Cell>,
    /// One row per stakeholder group of the community, in its order, then
    /// one for people in none of them.
    pub spread: Vec<(Option<i64>, Vec<Cell>)>,
    pub total: Cell,
}

impl PublishedMap {
    /// Whether anything may be said group by group. When the number of people
    /// placed had to be hidden, it could still be known (from the number of
    /// voters), so the groups are not described at all.
    pub fn describable(&self) -> bool {
        matches!(self.total, Cell::Shown(_))
    }

    /// The size of opinion group `g` when it may be shown, and so anything
    /// else about the group (its shares, its representative statements).
    pub fn group_size(&self, g: usize) -> Option<i64> {
        if self.describable() { self.group_sizes.get(g).and_then(|c| c.value()) } else { None }
    }
}

fn published_map(a: &Analysis, spread: &BTreeMap<i64, Vec<i64>>, groups: &[Group], t: Threshold) -> PublishedMap {
    let width = a.groups.len();
    let sizes: Vec<i64> = a.groups.iter().map(|g| g.participants.len() as i64).collect();
    let mut keys: Vec<Option<i64>> = groups.iter().map(|g| Some(g.id)).collect();
    let mut rows: Vec<Vec<i64>> =
        groups.iter().map(|g| spread.get(&g.id).cloned().unwrap_or_else(|| vec![0; width])).collect();
    // Whoever is in no (current) stakeholder group makes up the rest of each opinion group.
    let unassigned: Vec<i64> = (0..width)
        .map(|j| (sizes[j] - rows.iter().map(|r| r.get(j).copied().unwrap_or(0)).sum::<i64>()).max(0))
        .collect();
    keys.push(None);
    rows.push(unassigned);
    let table = privacy::table(&rows, t);
    PublishedMap {
        group_sizes: table.column_totals,
        spread: keys.into_iter().zip(table.rows).collect(),
        total: table.total,
    }
}

pub async fn report(svc: &Service, access: &Access, c: &Conversation) -> Result<Report> {
    let db = svc.db.pool();
    let (statements, groups, drawn) = tokio::try_join!(
        store::statements(db, c.id),
        communities::groups(db, access.community.id),
        store::drawn(db, c.id)
    )?;
    let spread: BTreeMap<i64, Vec<i64>> =
        drawn.spread.as_deref().and_then(|s| serde_json::from_str(s).ok()).unwrap_or_default();
    let analysis: Option<Analysis> = drawn.analysis.as_deref().and_then(|a| serde_json::from_str(a).ok());
    let published = analysis.as_ref().map(|a| published_map(a, &spread, &groups, access.community.threshold));
    // Only what moderation let through is ever published.
    let statements = statements.into_iter().filter(|s| s.status == StatementStatus::Accepted).collect();
    Ok(Report { statements, groups, analysis, published })
}

// ---- writing

#[derive(Debug, Clone, Default)]
pub struct ConversationInput {
    pub topic: String,
    pub description: String,
}

/// Starts a conversation (facilitators; the charter must be published).
pub async fn create(
    svc: &Service,
    access: &Access,
    initiative: &Initiative,
    input: &ConversationInput,
    now: Timestamp,
) -> Result<i64> {
    access.require_facilitator()?;
    crate::polls::require_charter(initiative)?;
    let d = ConversationDraft::parse(&input.topic, &input.description)?;
    let mut tx = svc.begin().await?;
    let id = store::create(&mut *tx, initiative.id, &d.topic, &d.description, access.user_id(), now).await?;
    audit::entry(access, Action::ConversationCreate).initiative(initiative.id).subject(id).commit(tx, now).await?;
    Ok(id)
}

/// Records (or changes) a vote on a statement shown in the conversation, and
/// queues a redraw. Votes are never written to the audit log.
pub async fn vote(
    svc: &Service,
    access: &Access,
    initiative: &Initiative,
    c: &Conversation,
    statement_id: Option<i64>,
    vote: &str,
    now: Timestamp,
) -> Result<()> {
    let user = access.actor.require_user()?;
    gate(access, initiative).map_err(Error::Conflict)?;
    let mut errors = Invalid::default();
    if statement_id.is_none() {
        errors.0.push(tandem_domain::FieldError::new("statement", "error-conversation-statement"));
    }
    let vote = errors.check(domain::parse_vote(vote));
    let (Some(statement), Some(vote)) = (statement_id, vote) else {
        return Err(Error::Invalid(errors));
    };
    let mut tx = svc.begin().await?;
    if !store::vote(&mut tx, c.id, statement, user.id, access.group_id(), vote, now).await? {
        return Err(Error::field("statement", "error-conversation-statement"));
    }
    schedule_map(&mut tx, c.id, now).await?;
    commit(tx).await
}

/// Adds a statement: a facilitator's is shown at once, a member's waits for moderation.
pub async fn add_statement(
    svc: &Service,
    access: &Access,
    initiative: &Initiative,
    c: &Conversation,
    text: &str,
    now: Timestamp,
) -> Result<(i64, StatementStatus)> {
    let user = access.actor.require_user()?;
    gate(access, initiative).map_err(Error::Conflict)?;
    let body = domain::parse_statement(text)?;
    let facilitator = access.can_facilitate();
    let status = if facilitator { StatementStatus::Accepted } else { StatementStatus::Pending };
    let id = store::add_statement(svc.db.pool(), c.id, Some(user.id), &body, status, facilitator, now).await?;
    Ok((id, status))
}

/// Accepts or rejects a member's statement (facilitators); the map is redrawn.
pub async fn moderate(
    svc: &Service,
    access: &Access,
    initiative: &Initiative,
    c: &Conversation,
    statement_id: i64,
    decision: &str,
    now: Timestamp,
) -> Result<()> {
    access.require_facilitator()?;
    let status = match decision {
        "accept" => StatementStatus::Accepted,
        "reject" => StatementStatus::Rejected,
        _ => return Err(Error::field("decision", "error-conversation-decision")),
    };
    let mut tx = svc.begin().await?;
    if !store::set_status(&mut *tx, c.id, statement_id, status).await? {
        return Err(Error::NotFound);
    }
    schedule_map(&mut tx, c.id, now).await?;
    audit::entry(access, Action::ConversationModerate)
        .initiative(initiative.id)
        .subject(statement_id)
        .detail(status.key())
        .record(&mut tx, now)
        .await?;
    commit(tx).await
}

// ---- Pol.is open data in and out (the command line)

/// What an import brought in.
pub struct Imported {
    pub id: i64,
    pub statements: usize,
    pub votes: usize,
    pub skipped: usize,
}

/// Imports a Pol.is open-data export into an initiative, all or nothing, and
/// draws its map (facilitators; the command line). `fallback_topic` names it
/// when the export has no topic.
pub async fn import_opendata(
    svc: &Service,
    access: &Access,
    initiative: &Initiative,
    conversation: &opendata::Conversation,
    fallback_topic: &str,
    now: Timestamp,
) -> Result<Imported> {
    access.require_facilitator()?;
    let ms = |t: i64| Timestamp(t.div_euclid(1000));
    // In comment-id order, so an export gives the statements their old ids back.
    let mut comments: Vec<&opendata::Comment> = conversation.comments.iter().collect();
    comments.sort_by_key(|c| c.id);
    let statements: Vec<ImportedStatement> = comments
        .iter()
        .filter_map(|c| {
            // Imported statements keep their length (Pol.is allowed longer
            // ones than we ask of new statements); only empty ones are skipped.
            let body = tandem_domain::text::required("statement", &c.body, LONG_TEXT_MAX).ok()?;
            Some(ImportedStatement {
                key: c.id,
                author: c.author,
                body,
                status: match c.moderated {
                    1 => StatementStatus::Accepted,
                    0 => StatementStatus::Pending,
                    _ => StatementStatus::Rejected,
                },
                created_at: c.timestamp.map_or(now, ms),
            })
        })
        .collect();
    let votes: Vec<(i64, i64, i8, Timestamp)> = conversation
        .votes
        .iter()
        .map(|v| (v.voter, v.comment, v.vote.value(), if v.timestamp > 0 { ms(v.timestamp) } else { now }))
        .collect();
    let topic = if conversation.topic.trim().is_empty() { fallback_topic } else { conversation.topic.as_str() };
    let topic: String = topic.split_whitespace().collect::<Vec<_>>().join(" ").chars().take(TITLE_MAX).collect();
    let description: String = conversation.description.chars().take(LONG_TEXT_MAX).collect();
    let mut tx = svc.begin().await?;
    let id = store::import(&mut tx, initiative.id, &topic, &description, &statements, &votes, now).await?;
    audit::entry(access, Action::ConversationImport)
        .initiative(initiative.id)
        .subject(id)
        .detail(format!("{} statements, {} votes", statements.len(), votes.len()))
        .record(&mut tx, now)
        .await?;
    commit(tx).await?;
    redraw_now(svc, id, now).await?;
    Ok(Imported {
        id,
        statements: statements.len(),
        votes: votes.len(),
        skipped: conversation.comments.len() - statements.len(),
    })
}

/// A conversation in Pol.is' open-data layout, participants numbered in
/// order of their first vote (never user ids, never names), with each
/// participant's opinion group (facilitators; the command line).
pub async fn export_opendata(
    svc: &Service,
    access: &Access,
    c: &Conversation,
) -> Result<(opendata::Conversation, BTreeMap<i64, usize>)> {
    access.require_facilitator()?;
    let db = svc.db.pool();
    let (statements, votes) = tokio::try_join!(store::statements(db, c.id), store::votes(db, c.id))?;
    let mut number: BTreeMap<i64, i64> = BTreeMap::new();
    for user in votes.iter().map(|v| v.user_id).chain(statements.iter().filter_map(|s| s.author_id)) {
        let next = number.len() as i64;
        number.entry(user).or_insert(next);
    }
    // The votes of a handful of numbered people can still be told apart.
    if (number.len() as i64) < access.community.threshold.get() {
        return Err(Error::Conflict("error-too-few-to-publish"));
    }
    let comment: BTreeMap<i64, i64> = statements.iter().enumerate().map(|(k, s)| (s.id, k as i64)).collect();
    let analysis = stored_analysis(svc, c.id).await?;
    let groups: BTreeMap<i64, usize> = analysis
        .iter()
        .flat_map(|a| a.groups.iter().flat_map(|g| g.participants.iter().map(move |p| (*p, g.id))))
        .filter_map(|(user, g)| number.get(&user).map(|n| (*n, g)))
        .collect();
    // The files are opened in spreadsheets; people's words must not run as formulas.
    let safe = |text: &str| tandem_domain::text::spreadsheet_safe(text).into_owned();
    let exported = opendata::Conversation {
        topic: safe(&c.topic),
        description: safe(&c.description),
        comments: statements
            .iter()
            .map(|s| opendata::Comment {
                id: comment[&s.id],
                author: s.author_id.and_then(|a| number.get(&a).copied()),
                moderated: match s.status {
                    StatementStatus::Accepted => 1,
                    StatementStatus::Pending => 0,
                    StatementStatus::Rejected => -1,
                },
                is_meta: false,
                timestamp: Some(s.created_at.0 * 1000),
                body: safe(&s.body),
            })
            .collect(),
        votes: votes
            .iter()
            .filter_map(|v| {
                Some(opendata::VoteRow {
                    timestamp: v.updated_at.0 * 1000,
                    comment: *comment.get(&v.statement_id)?,
                    voter: *number.get(&v.user_id)?,
                    vote: Vote::from_value(v.vote.into())?,
                })
            })
            .collect(),
        has_vote_log: true,
        groups: BTreeMap::new(),
    };
    Ok((exported, groups))
}
