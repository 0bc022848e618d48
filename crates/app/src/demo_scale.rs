//! `tandem demo --scale N`: the demo district at N times its size, to
//! measure pages as a large district would use them. Each step of scale adds
//! about 500 members, 200 ideas on the Northside board with 2,000
//! endorsements and 1,000 comments (half of them on one popular idea), 1,000
//! notifications for the facilitator, 100 ballots in the closed naming poll
//! and in the closed budget, and 10,000 votes in the conversation. Rows go in
//! through `store::bulk`, many per statement, in one transaction.

use rand::{RngExt, SeedableRng, rngs::StdRng};
use tandem_domain::{
    Timestamp,
    conversation::StatementStatus,
    decisions::{BudgetBallot, BudgetBallotInput, PollBallot, PollMethod, ProjectStatus},
    time::DAY,
};
use tandem_store::{Db, StoreError, bulk, communities, conversations, decisions, initiatives, users};

use crate::demo::{COMMUNITY, LOGINS, tracker};

/// What one step of scale adds.
const MEMBERS: usize = 500;
const IDEAS: usize = 200;
const ENDORSEMENTS: usize = 2_000;
const COMMENTS: usize = 1_000;
const NOTIFICATIONS: usize = 1_000;
const BALLOTS: usize = 100;
const VOTES: usize = 10_000;

/// How many rows the enlargement wrote.
#[derive(Debug, Default)]
pub struct Scaled {
    pub members: usize,
    pub ideas: usize,
    pub endorsements: usize,
    pub comments: usize,
    pub notifications: usize,
    pub ballots: usize,
    pub votes: usize,
}

fn missing(what: &'static str) -> StoreError {
    StoreError::Corrupt(what)
}

/// Adds `factor - 1` steps of scale to a freshly seeded demo.
pub async fn enlarge(db: &Db, now: Timestamp, factor: usize) -> Result<Scaled, StoreError> {
    let steps = factor.saturating_sub(1);
    let mut done = Scaled::default();
    if steps == 0 {
        return Ok(done);
    }
    let mut rng = StdRng::seed_from_u64(100 + factor as u64);
    let community = communities::by_slug(db.pool(), COMMUNITY).await?.ok_or(missing("demo community"))?;
    let groups = communities::groups(db.pool(), community.id).await?;
    let schools = communities::schools(db.pool(), community.id).await?;
    let all = initiatives::list(db.pool(), community.id, true, true).await?;
    let northside = all.iter().find(|i| i.title.starts_with("Northside")).ok_or(missing("Northside initiative"))?;
    let facilitator_email = LOGINS.get(1).map(|l| l.0).unwrap_or_default();
    let facilitator = users::get_by_email(db.pool(), facilitator_email).await?.ok_or(missing("demo facilitator"))?.id;
    let polls = decisions::polls(&mut *db.acquire().await?, northside.id).await?;
    let naming =
        polls.iter().find(|p| p.method == PollMethod::Irv && p.closes_at < now).ok_or(missing("closed ranked poll"))?;
    let budgets = decisions::budgets(db.pool(), northside.id).await?;
    let budget = budgets
        .iter()
        .find(|b| b.ballot == BudgetBallot::Approval && b.closes_at < now)
        .ok_or(missing("closed budget"))?;
    let projects: Vec<i64> = decisions::projects(db.pool(), budget.id)
        .await?
        .iter()
        .filter(|p| p.status == ProjectStatus::OnBallot)
        .map(|p| p.id)
        .collect();
    let conversation =
        conversations::list(db.pool(), northside.id).await?.into_iter().next().ok_or(missing("conversation"))?;
    let statements: Vec<i64> = conversations::statements(db.pool(), conversation.id)
        .await?
        .iter()
        .filter(|s| s.status == StatementStatus::Accepted)
        .map(|s| s.id)
        .collect();

    let mut tx = db.begin().await?;
    // Members, spread over the groups and schools as the demo's are.
    let people: Vec<bulk::Person> = (0..steps * MEMBERS)
        .map(|n| bulk::Person {
            name: format!("Member {n:05}"),
            lang: if rng.random_bool(0.3) { "es" } else { "en" },
            group_id: groups.get(rng.random_range(0..groups.len().max(1))).map(|g| g.id),
            school_id: schools.get(rng.random_range(0..schools.len().max(1))).map(|s| s.id),
            joined_at: now.plus_secs(-rng.random_range(1..170) * DAY).0,
        })
        .collect();
    let member_ids = bulk::members(&mut tx, community.id, &people).await?;
    let group_of = |k: usize| people.get(k).and_then(|p| p.group_id);
    done.members = member_ids.len();

    // Ideas, with endorsements and comments; half the comments on the first idea.
    let kinds = ["idea", "need"];
    let statuses = ["new", "new", "new", "under_review", "accepted", "not_possible"];
    let ideas: Vec<bulk::IdeaRow> = (0..steps * IDEAS)
        .map(|n| bulk::IdeaRow {
            author_id: member_ids[rng.random_range(0..member_ids.len())],
            kind: kinds[n % kinds.len()],
            title: format!("Idea {n:05} about the timetable"),
            body: String::from("Longer text explaining what is missing and what could be better for our families."),
            status: statuses[rng.random_range(0..statuses.len())],
            at: now.plus_secs(-rng.random_range(60..60 * DAY)).0,
        })
        .collect();
    let idea_ids = bulk::ideas(&mut tx, northside.id, &ideas).await?;
    done.ideas = idea_ids.len();
    let mut pairs = std::collections::HashSet::new();
    let mut endorsements = Vec::with_capacity(steps * ENDORSEMENTS);
    while endorsements.len() < steps * ENDORSEMENTS {
        let idea = idea_ids[rng.random_range(0..idea_ids.len())];
        let user = member_ids[rng.random_range(0..member_ids.len())];
        if pairs.insert((idea, user)) {
            endorsements.push((idea, user, now.plus_secs(-rng.random_range(60..30 * DAY)).0));
        }
    }
    bulk::endorsements(&mut tx, &endorsements).await?;
    done.endorsements = endorsements.len();
    let comments: Vec<(i64, i64, String, i64)> = (0..steps * COMMENTS)
        .map(|n| {
            let idea = if n % 2 == 0 { idea_ids[0] } else { idea_ids[rng.random_range(0..idea_ids.len())] };
            let author = member_ids[rng.random_range(0..member_ids.len())];
            (idea, author, format!("Comment {n:06}: I agree, and here is why."), now.plus_secs(-(n as i64) * 60).0)
        })
        .collect();
    bulk::comments(&mut tx, &comments).await?;
    done.comments = comments.len();

    // The facilitator follows everything: a notification per answered idea.
    let notifications: Vec<(i64, i64, i64, String, i64)> = (0..steps * NOTIFICATIONS)
        .map(|n| {
            let k = n % idea_ids.len();
            (facilitator, northside.id, idea_ids[k], ideas[k].title.clone(), now.plus_secs(-(n as i64) * 30).0)
        })
        .collect();
    bulk::notifications(&mut tx, &notifications).await?;
    done.notifications = notifications.len();

    // Ballots in the closed poll and the closed budget, by new members.
    let options = naming.options.len().max(1);
    let poll_ballots: Vec<bulk::BallotRow> = (0..steps * BALLOTS)
        .map(|k| {
            let first = rng.random_range(1..=options);
            let second = first % options + 1;
            let ranking = if second == first { vec![first] } else { vec![first, second] };
            bulk::BallotRow {
                user_id: member_ids[k],
                group_id: group_of(k),
                content: PollBallot::Ranking(ranking).encode(),
                tracker: tracker(&mut rng),
                at: naming.opens_at.plus_secs(k as i64).0,
            }
        })
        .collect();
    bulk::ballots(&mut tx, false, naming.id, &poll_ballots).await?;
    let budget_ballots: Vec<bulk::BallotRow> = (0..steps * BALLOTS)
        .map(|k| {
            let voter = (steps * BALLOTS + k) % member_ids.len();
            let mut chosen: Vec<(i64, i64)> =
                projects.iter().filter(|_| rng.random_bool(0.35)).map(|&p| (p, 1)).collect();
            chosen.sort_unstable();
            bulk::BallotRow {
                user_id: member_ids[voter],
                group_id: group_of(voter),
                content: BudgetBallotInput(chosen).encode(),
                tracker: tracker(&mut rng),
                at: budget.opens_at.plus_secs(k as i64).0,
            }
        })
        .collect();
    bulk::ballots(&mut tx, true, budget.id, &budget_ballots).await?;
    done.ballots = poll_ballots.len() + budget_ballots.len();

    // Votes in the conversation: each new voter on every statement until the total is reached.
    let mut votes = Vec::with_capacity(steps * VOTES);
    'voters: for (k, &user) in member_ids.iter().enumerate() {
        for &statement in &statements {
            if votes.len() >= steps * VOTES {
                break 'voters;
            }
            let vote = rng.random_range(-1..=1);
            votes.push((statement, user, group_of(k), vote, now.plus_secs(-rng.random_range(60..10 * DAY)).0));
        }
    }
    bulk::conversation_votes(&mut tx, conversation.id, &votes).await?;
    done.votes = votes.len();
    tx.commit().await?;
    db.analyze().await?;
    Ok(done)
}
