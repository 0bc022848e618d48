//! The ideas board: needs and ideas from the community, each with a reasoned
//! public response; endorsements, threaded comments, pupils under a
//! pseudonym, posting limits that hold under concurrency, and notifications
//! to everyone who follows an idea.

use tandem_domain::{
    Timestamp,
    ideas::{self as domain, IdeaDraft, IdeaStatus, PostRefused, ResponseInput},
    notify::NotificationKind,
    time::DAY,
};
pub use tandem_store::ideas::{Comment, Filter, Hidden, Idea, Post, ResponseRecord, Revision, Sort, Waiting};
use tandem_store::{
    Conn,
    charter::{self, StoredArea},
    communities,
    ideas::{self as store},
    initiatives::Initiative,
    users,
};

use crate::{
    Access, Error, Result, Service, audit, commit,
    community::check_id,
    notify,
    paging::{self, Page},
};
use tandem_domain::audit::Action;

/// The largest list one request reads.
pub const LIST_LIMIT: i64 = paging::MAX_LIMIT;

/// What a reader asks of the board.
#[derive(Debug, Clone, Default)]
pub struct ListQuery {
    /// Words to search for in titles and bodies.
    pub words: String,
    /// Only ideas with this status (a key; anything else means all).
    pub status: String,
    /// newest (default), oldest, endorsed or status
    pub sort: String,
}

pub fn sort_of(key: &str) -> Sort {
    match key {
        "oldest" => Sort::Oldest,
        "endorsed" => Sort::MostEndorsed,
        "status" => Sort::Status,
        _ => Sort::Newest,
    }
}

/// What a reader may see of what moderation hid: moderators everything,
/// an author their own, everyone else nothing but the reason.
fn hidden_for(access: &Access) -> Hidden {
    match access.user_id() {
        _ if access.can_facilitate() => Hidden::Include,
        Some(user) => Hidden::AuthorsOwn(user),
        None => Hidden::Exclude,
    }
}

/// Whether this reader may read hidden content by this author.
pub fn sees_hidden(access: &Access, author_id: Option<i64>) -> bool {
    access.can_facilitate() || (author_id.is_some() && author_id == access.user_id())
}

async fn list_as(
    svc: &Service,
    initiative: &Initiative,
    q: &ListQuery,
    limit: i64,
    hidden: Hidden,
) -> Result<Vec<Idea>> {
    let filter = Filter {
        words: Some(q.words.as_str()).filter(|w| !w.trim().is_empty()),
        status: IdeaStatus::parse(&q.status),
        sort: sort_of(&q.sort),
        limit: limit.clamp(1, LIST_LIMIT),
        hidden,
    };
    Ok(store::list(&svc.db, initiative.id, &filter).await?)
}

/// The ideas of an initiative as a reader asked for them. Ideas hidden by
/// moderation leave lists and search, except for moderators and their authors.
pub async fn list(
    svc: &Service,
    access: &Access,
    initiative: &Initiative,
    q: &ListQuery,
    limit: i64,
) -> Result<Vec<Idea>> {
    list_as(svc, initiative, q, limit, hidden_for(access)).await
}

/// The cursor as text: the last idea's sort keys, dot-separated.
fn cursor_text(a: &store::After) -> String {
    format!("{}.{}.{}.{}", a.created_at, a.id, a.endorsements, a.status)
}

/// Reads a cursor back; anything else (typed by hand, cut short) is refused
/// with a clear message rather than silently restarting the list.
fn cursor_from(text: &str) -> Result<Option<store::After>> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    let bad = || Error::field("after", "error-cursor");
    let mut parts = text.split('.');
    let mut number = || parts.next().and_then(|p| p.parse::<i64>().ok()).ok_or_else(bad);
    let (created_at, id, endorsements) = (number()?, number()?, number()?);
    let status = parts.next().filter(|s| s.is_empty() || IdeaStatus::parse(s).is_some()).ok_or_else(bad)?;
    if parts.next().is_some() {
        return Err(bad());
    }
    Ok(Some(store::After { created_at, id, endorsements, status: status.to_owned() }))
}

/// A page of the board as this reader may see it, the number of ideas on
/// every page together, and where the next page starts: after `after` (a cursor
/// from an earlier page; blank for the first).
pub async fn board(
    svc: &Service,
    access: &Access,
    initiative: &Initiative,
    q: &ListQuery,
    after: &str,
    limit: i64,
) -> Result<Page<Idea>> {
    let after = cursor_from(after)?;
    let filter = Filter {
        words: Some(q.words.as_str()).filter(|w| !w.trim().is_empty()),
        status: IdeaStatus::parse(&q.status),
        sort: sort_of(&q.sort),
        limit: limit.clamp(1, LIST_LIMIT),
        hidden: hidden_for(access),
    };
    let ((ideas, more), total) = tokio::try_join!(
        store::page(&svc.db, initiative.id, &filter, after.as_ref()),
        store::count(&svc.db, initiative.id, &filter)
    )?;
    let next = if more { ideas.last().map(|i| cursor_text(&store::After::of(i))) } else { None };
    Ok(Page { items: ideas, total, next })
}

/// Most rows a spreadsheet export holds.
pub const EXPORT_LIMIT: i64 = 100_000;

/// Every idea of an initiative, oldest first, for a spreadsheet. Ideas hidden
/// by moderation are left out whoever asks: a file travels further than a page.
pub async fn for_export(svc: &Service, access: &Access, initiative: &Initiative) -> Result<Vec<Idea>> {
    access.check_visible(initiative)?;
    let filter = Filter { words: None, status: None, sort: Sort::Oldest, limit: EXPORT_LIMIT, hidden: Hidden::Exclude };
    Ok(store::list(&svc.db, initiative.id, &filter).await?)
}

/// The ideas as any visitor sees them, whoever asks (for the public feed).
pub async fn public_list(svc: &Service, initiative: &Initiative, q: &ListQuery, limit: i64) -> Result<Vec<Idea>> {
    list_as(svc, initiative, q, limit, Hidden::Exclude).await
}

/// An idea as this reader may see it: when moderation hid it, only its
/// moderators and its author read its title, text and author; everyone
/// else reads that it was hidden, and why.
pub fn as_seen_by(access: &Access, mut idea: Idea) -> Idea {
    if idea.hidden_at.is_some() && !sees_hidden(access, idea.author_id) {
        idea.title.clear();
        idea.body.clear();
        idea.response.clear();
        idea.conflict_note.clear();
        idea.withdrawn_reason = None;
        idea.author_id = None;
        idea.author_name = None;
        idea.pseudonym = None;
    }
    idea
}

/// A comment as this reader may see it (as for ideas).
pub fn comment_as_seen_by(access: &Access, mut comment: Comment) -> Comment {
    if comment.hidden_at.is_some() && !sees_hidden(access, comment.author_id) {
        comment.body.clear();
        comment.withdrawn_reason = None;
        comment.author_id = None;
        comment.author_name = None;
        comment.pseudonym = None;
    }
    comment
}

/// The median hours to a first answer, over every answered idea.
pub async fn median_response_hours(svc: &Service, initiative: &Initiative) -> Result<Option<i64>> {
    let times = store::response_times(svc.db.pool(), initiative.id).await?;
    Ok(domain::median_response_hours(&times))
}

/// Whether this person may post an idea now, and if not why (shown instead of the form).
pub async fn posting_gate(
    svc: &Service,
    access: &Access,
    initiative: &Initiative,
    now: Timestamp,
) -> Result<Option<PostRefused>> {
    let Some(uid) = access.user_id() else { return Ok(Some(PostRefused::NotAMember)) };
    let posted = store::posted_since(svc.db.pool(), uid, now.plus_secs(-DAY)).await?.0;
    Ok(gate(access, initiative, posted).err())
}

fn gate(access: &Access, initiative: &Initiative, posted_today: i64) -> std::result::Result<(), PostRefused> {
    domain::may_post(
        initiative.participation_open,
        initiative.current_phase.as_ref().map(|p| p.accepts_ideas),
        access.member_role(),
        posted_today,
    )
}

fn refused(r: PostRefused) -> Error {
    Error::Conflict(r.message())
}

/// An idea or need as typed.
#[derive(Debug, Clone, Default)]
pub struct IdeaInput {
    /// need or idea
    pub kind: String,
    pub title: String,
    pub body: String,
    /// The charter's decision area it concerns, if any.
    pub decision_area_id: Option<i64>,
    /// Pupils only: the name shown instead of "a pupil".
    pub pseudonym: String,
    /// Accepts the community's code of conduct (needed at a first contribution).
    pub accept_conduct: bool,
    /// A pupil posts although warned that it may show who they are: a
    /// moderator then checks it before anyone else sees it.
    pub post_anyway: bool,
    /// The language it is written in (en, es, ar, …); blank when not said.
    pub lang: String,
}

/// The language a post says it is in: blank is not said.
fn post_language(code: &str) -> Result<Option<&'static str>> {
    if code.trim().is_empty() {
        return Ok(None);
    }
    tandem_domain::content::post_language("lang", code)
        .map(Some)
        .map_err(|e| Error::Invalid(tandem_domain::Invalid::one(e)))
}

/// The code of conduct is asked for at a member's first contribution:
/// accepted here, inside the contribution's transaction.
async fn accept_conduct(c: &mut Conn, access: &Access, accepted: bool, now: Timestamp) -> Result<()> {
    let Some(m) = &access.membership else { return Ok(()) };
    if m.conduct_accepted_at.is_some() {
        return Ok(());
    }
    if !accepted {
        return Err(Error::field("conduct", "error-conduct-required"));
    }
    communities::accept_conduct(&mut *c, access.community.id, m.user_id, now).await?;
    Ok(())
}

/// For pupils: what in their words may show who they are. Nothing found,
/// or they chose to post anyway (`Ok(Some(terms))`: held for a moderator).
async fn identifying(
    svc: &Service,
    access: &Access,
    user: &tandem_store::users::User,
    text: &str,
    post_anyway: bool,
) -> Result<Option<String>> {
    if !access.is_protected() {
        return Ok(None);
    }
    let names = communities::member_names(svc.db.pool(), access.community.id, user.id).await?;
    let terms = tandem_domain::privacy::identifying_terms(text, &user.display_name, &names);
    if terms.is_empty() {
        return Ok(None);
    }
    let terms = terms.join(", ");
    if !post_anyway {
        return Err(Error::Invalid(tandem_domain::Invalid::one(
            tandem_domain::FieldError::new("body", "error-may-identify").with_arg("terms", &terms),
        )));
    }
    Ok(Some(terms))
}

/// Holds a pupil's post for a moderator: hidden with a reason in their
/// language, and flagged into the moderation queue with what was found.
async fn hold(
    c: &mut Conn,
    svc: &Service,
    access: &Access,
    user: &tandem_store::users::User,
    (target, id): (tandem_store::moderation::Target, i64),
    terms: &str,
    now: Timestamp,
) -> Result<()> {
    let lang = crate::i18n::Lang::parse(&user.lang).unwrap_or(crate::i18n::Lang::En);
    let reason = svc.i18n.format(lang, "held-may-identify", &[]);
    let why = svc.i18n.format(lang, "held-may-identify-flag", &[("terms", terms.into())]);
    let community = access.community.id;
    tandem_store::moderation::set_hidden(&mut *c, community, target, id, Some(&reason), None, now).await?;
    tandem_store::moderation::flag(&mut *c, community, target, id, user.id, &why, now).await?;
    Ok(())
}

/// Posts an idea or need (members, while participation is open and the phase
/// takes ideas). The daily limit is counted inside the transaction after the
/// poster's row is locked, so parallel requests cannot pass it together.
pub async fn post(
    svc: &Service,
    access: &Access,
    initiative: &Initiative,
    input: &IdeaInput,
    now: Timestamp,
) -> Result<i64> {
    let user = access.actor.require_user()?;
    gate(access, initiative, 0).map_err(refused)?;
    let areas = charter::areas(svc.db.pool(), initiative.id).await?;
    let area_ids: Vec<i64> = areas.iter().map(|a| a.id).collect();
    let draft = IdeaDraft::parse(&input.kind, &input.title, &input.body, &input.pseudonym, &user.display_name);
    let area = check_id("area", input.decision_area_id, &area_ids);
    let (draft, area) = match (draft, area) {
        (Ok(d), Ok(a)) => (d, a),
        (d, a) => {
            let mut errors = d.err().unwrap_or_default();
            errors.0.extend(a.err());
            return Err(Error::Invalid(errors));
        }
    };
    let lang = post_language(&input.lang)?;
    let held = identifying(svc, access, user, &format!("{}\n{}", draft.title, draft.body), input.post_anyway).await?;
    let mut tx = svc.begin().await?;
    users::lock_for_contribution(&mut *tx, user.id, now).await?;
    let posted = store::posted_since(&mut *tx, user.id, now.plus_secs(-DAY)).await?.0;
    gate(access, initiative, posted).map_err(refused)?;
    accept_conduct(&mut tx, access, input.accept_conduct, now).await?;
    let id = store::create(&mut *tx, initiative.id, user.id, &draft, area, now).await?;
    if let Some(lang) = lang {
        store::set_language(&mut *tx, store::Post::Idea(id), lang).await?;
    }
    if let Some(terms) = held {
        hold(&mut tx, svc, access, user, (tandem_store::moderation::Target::Idea, id), &terms, now).await?;
    }
    commit(tx).await?;
    Ok(id)
}

/// One idea of an initiative, as this reader may see it.
pub async fn idea(svc: &Service, access: &Access, initiative: &Initiative, id: i64) -> Result<Idea> {
    let idea = store::get_idea(svc.db.pool(), initiative.id, id).await?.ok_or(Error::NotFound)?;
    Ok(as_seen_by(access, idea))
}

/// What an idea's page shows besides the idea.
pub struct IdeaPage {
    /// A page of comment threads.
    pub comments: Page<Comment>,
    pub responses: Vec<ResponseRecord>,
    pub areas: Vec<StoredArea>,
    /// The reader endorsed it.
    pub endorsed: bool,
    /// For facilitators: the other ideas it could be merged with.
    pub merge_candidates: Vec<Idea>,
}

/// What an idea's page shows, with the page of comment threads after the
/// cursor `comments_after`.
pub async fn page(
    svc: &Service,
    access: &Access,
    initiative: &Initiative,
    idea: &Idea,
    comments_after: &str,
) -> Result<IdeaPage> {
    let db = svc.db.pool();
    // Independent reads run together: on PostgreSQL each is a round trip.
    let endorsed = async {
        match access.user_id() {
            Some(uid) => store::has_endorsed(db, idea.id, uid).await,
            None => Ok(false),
        }
    };
    let facts = async {
        Ok::<_, Error>(tokio::try_join!(store::responses(db, idea.id), charter::areas(db, initiative.id), endorsed)?)
    };
    let (comments, (responses, areas, endorsed)) =
        tokio::try_join!(comment_threads(svc, access, idea, comments_after, COMMENT_THREADS), facts)?;
    let merge_candidates = if access.can_facilitate() {
        let filter = Filter { words: None, status: None, sort: Sort::Newest, limit: 200, hidden: Hidden::Exclude };
        store::list(&svc.db, initiative.id, &filter).await?.into_iter().filter(|x| x.id != idea.id).collect()
    } else {
        Vec::new()
    };
    Ok(IdeaPage { comments, responses, areas, endorsed, merge_candidates })
}

/// Threads of comments an idea's page shows at once.
pub const COMMENT_THREADS: i64 = 50;

/// A page of an idea's comment threads, oldest first, after the cursor
/// `after`: each thread's opening comment with all its replies, in posting
/// order, as this reader may see them. `total` counts threads.
pub async fn comment_threads(
    svc: &Service,
    access: &Access,
    idea: &Idea,
    after: &str,
    limit: i64,
) -> Result<Page<Comment>> {
    let db = svc.db.pool();
    let after = paging::after(after)?;
    let (starts, total) =
        tokio::try_join!(store::thread_starts(db, idea.id, after, limit), store::thread_count(db, idea.id))?;
    let (starts, more) = tandem_store::paging::split(starts, limit);
    let (Some(first), Some(last)) = (starts.first(), starts.last()) else {
        return Ok(Page { items: Vec::new(), total, next: None });
    };
    let comments = store::threads(db, idea.id, store::Threads { first: *first, last: *last }).await?;
    let next = more.then(|| paging::cursor(last.at, last.id));
    Ok(Page { items: comments.into_iter().map(|c| comment_as_seen_by(access, c)).collect(), total, next })
}

/// The cursor of a page of threads that begins with the comment's thread
/// (blank when it is the first): where to show a comment just saved.
pub async fn page_of_comment(svc: &Service, idea: &Idea, comment_id: i64) -> Result<String> {
    let before = store::thread_before(svc.db.pool(), idea.id, comment_id).await?;
    Ok(before.map(|a| paging::cursor(a.at, a.id)).unwrap_or_default())
}

/// Whether the comment belongs to the idea (a comment's address names both).
pub async fn has_comment(svc: &Service, idea: &Idea, comment_id: i64) -> Result<bool> {
    Ok(store::has_comment(svc.db.pool(), idea.id, comment_id).await?)
}

/// Endorsements and comments need participation open, a participating role
/// and an idea still open.
fn may_take_part(access: &Access, initiative: &Initiative, idea: &Idea) -> Result<()> {
    domain::may_take_part(initiative.participation_open, access.member_role()).map_err(refused)?;
    if idea.status.is_closed() || idea.hidden_at.is_some() || idea.withdrawn_at.is_some() {
        return Err(Error::Conflict("error-idea-closed"));
    }
    Ok(())
}

/// Endorses an idea (once per member; repeating changes nothing) or, with
/// `on` false, withdraws the endorsement.
pub async fn endorse(
    svc: &Service,
    access: &Access,
    initiative: &Initiative,
    idea: &Idea,
    on: bool,
    now: Timestamp,
) -> Result<()> {
    let user = access.actor.require_user()?;
    may_take_part(access, initiative, idea)?;
    // Under the idea's lock: an author's edit and this endorsement never cross.
    let mut tx = svc.begin().await?;
    store::lock_idea(&mut *tx, idea.id).await?;
    if on {
        store::endorse(&mut *tx, idea.id, user.id, now).await?;
    } else {
        store::withdraw_endorsement(&mut *tx, idea.id, user.id).await?;
    }
    commit(tx).await
}

/// A comment or reply as typed.
#[derive(Debug, Clone, Default)]
pub struct CommentInput {
    pub body: String,
    /// Reply to this comment (of the same idea).
    pub parent_id: Option<i64>,
    /// Pupils only: the name shown instead of "a pupil".
    pub pseudonym: String,
    pub accept_conduct: bool,
    /// As for ideas: a pupil posts although warned.
    pub post_anyway: bool,
    /// The language it is written in; blank when not said.
    pub lang: String,
}

/// Adds a comment or a reply. The daily limit holds under concurrency as for ideas.
pub async fn comment(
    svc: &Service,
    access: &Access,
    initiative: &Initiative,
    idea: &Idea,
    input: &CommentInput,
    now: Timestamp,
) -> Result<i64> {
    let user = access.actor.require_user()?;
    may_take_part(access, initiative, idea)?;
    let mut errors = tandem_domain::Invalid::default();
    let body = errors.check(domain::comment(&input.body));
    let pseudonym = errors.check(domain::parse_pseudonym(&input.pseudonym, &user.display_name));
    let (Some(body), Some(pseudonym)) = (body, pseudonym) else {
        return Err(Error::Invalid(errors));
    };
    // Only pupils post under a pseudonym; adults speak as themselves.
    let pseudonym = if access.is_protected() { pseudonym } else { None };
    let held = identifying(svc, access, user, &body, input.post_anyway).await?;
    let mut tx = svc.begin().await?;
    users::lock_for_contribution(&mut *tx, user.id, now).await?;
    store::lock_idea(&mut *tx, idea.id).await?;
    let (_, comments_today) = store::posted_since(&mut *tx, user.id, now.plus_secs(-DAY)).await?;
    if comments_today >= domain::LIMITS.comments_per_day {
        return Err(refused(PostRefused::Limit));
    }
    accept_conduct(&mut tx, access, input.accept_conduct, now).await?;
    // A reply to a comment that is not on this idea is not found.
    let id = store::add_comment(&mut tx, idea.id, input.parent_id, user.id, pseudonym.as_deref(), &body, now).await?;
    if let Some(lang) = post_language(&input.lang)? {
        store::set_language(&mut *tx, store::Post::Comment(id), lang).await?;
    }
    if let Some(terms) = held {
        hold(&mut tx, svc, access, user, (tandem_store::moderation::Target::Comment, id), &terms, now).await?;
    }
    commit(tx).await?;
    Ok(id)
}

/// The author's own post, or `Forbidden`.
fn own(access: &Access, author_id: Option<i64>) -> Result<()> {
    match (access.user_id(), author_id) {
        (Some(me), Some(author)) if me == author => Ok(()),
        _ => Err(Error::Forbidden),
    }
}

/// The shared end of an author's edit: under the idea's lock (endorsing,
/// replying and answering take it too), check nobody has acted on the post,
/// keep the replaced words, audit, commit.
async fn save_edit(
    svc: &Service,
    access: &Access,
    (initiative, idea_id): (&Initiative, i64),
    (post, action): (store::Post, Action),
    (title, body): (&str, &str),
    now: Timestamp,
) -> Result<()> {
    let mut tx = svc.begin().await?;
    store::lock_idea(&mut *tx, idea_id).await?;
    let state = store::post_state(&mut tx, post).await?;
    domain::may_edit(state).map_err(|refused| Error::Conflict(refused.message()))?;
    store::edit(&mut tx, post, title, body, now).await?;
    let (store::Post::Idea(id) | store::Post::Comment(id)) = post;
    audit::entry(access, action).initiative(initiative.id).subject(id).record(&mut tx, now).await?;
    commit(tx).await
}

/// The shared end of a withdrawal: under the idea's lock, once, with a reason.
async fn save_withdrawal(
    svc: &Service,
    access: &Access,
    (initiative, idea_id): (&Initiative, i64),
    (post, action): (store::Post, Action),
    reason: &str,
    now: Timestamp,
) -> Result<()> {
    let mut tx = svc.begin().await?;
    store::lock_idea(&mut *tx, idea_id).await?;
    let state = store::post_state(&mut tx, post).await?;
    let reason = domain::may_withdraw(state, reason).map_err(|e| Error::Invalid(tandem_domain::Invalid::one(e)))?;
    store::withdraw(&mut *tx, post, &reason, now).await?;
    let (store::Post::Idea(id) | store::Post::Comment(id)) = post;
    audit::entry(access, action).initiative(initiative.id).subject(id).record(&mut tx, now).await?;
    commit(tx).await
}

/// Changes the words of the author's own idea, while nobody has acted on it
/// (no answer, endorsement or comment); the replaced words are kept as its history.
pub async fn edit_idea(
    svc: &Service,
    access: &Access,
    initiative: &Initiative,
    idea: &Idea,
    title: &str,
    body: &str,
    now: Timestamp,
) -> Result<()> {
    let user = access.actor.require_user()?;
    own(access, idea.author_id)?;
    let pseudonym = idea.pseudonym.clone().unwrap_or_default();
    let draft = domain::IdeaDraft::parse(idea.kind.key(), title, body, &pseudonym, &user.display_name)?;
    // A pupil cannot edit in what they could not post without a moderator's check.
    identifying(svc, access, user, &format!("{}\n{}", draft.title, draft.body), false).await?;
    let post = (store::Post::Idea(idea.id), Action::IdeaEdit);
    save_edit(svc, access, (initiative, idea.id), post, (&draft.title, &draft.body), now).await
}

/// Withdraws the author's own idea, with a reason everyone reads.
pub async fn withdraw_idea(
    svc: &Service,
    access: &Access,
    initiative: &Initiative,
    idea: &Idea,
    reason: &str,
    now: Timestamp,
) -> Result<()> {
    access.actor.require_user()?;
    own(access, idea.author_id)?;
    let post = (store::Post::Idea(idea.id), Action::IdeaWithdraw);
    save_withdrawal(svc, access, (initiative, idea.id), post, reason, now).await
}

/// The author's own comment on `idea`, or not found.
async fn own_comment(svc: &Service, access: &Access, idea: &Idea, comment_id: i64) -> Result<Comment> {
    let comment = store::comments(svc.db.pool(), idea.id)
        .await?
        .into_iter()
        .find(|c| c.id == comment_id)
        .ok_or(Error::NotFound)?;
    own(access, comment.author_id)?;
    Ok(comment)
}

/// Changes the author's own comment while nobody has replied to it.
pub async fn edit_comment(
    svc: &Service,
    access: &Access,
    initiative: &Initiative,
    idea: &Idea,
    comment_id: i64,
    body: &str,
    now: Timestamp,
) -> Result<()> {
    let user = access.actor.require_user()?;
    own_comment(svc, access, idea, comment_id).await?;
    let body = domain::comment(body).map_err(|e| Error::Invalid(tandem_domain::Invalid::one(e)))?;
    identifying(svc, access, user, &body, false).await?;
    let post = (store::Post::Comment(comment_id), Action::CommentEdit);
    save_edit(svc, access, (initiative, idea.id), post, ("", &body), now).await
}

/// Withdraws the author's own comment, with a reason everyone reads.
pub async fn withdraw_comment(
    svc: &Service,
    access: &Access,
    initiative: &Initiative,
    idea: &Idea,
    comment_id: i64,
    reason: &str,
    now: Timestamp,
) -> Result<()> {
    access.actor.require_user()?;
    own_comment(svc, access, idea, comment_id).await?;
    let post = (store::Post::Comment(comment_id), Action::CommentWithdraw);
    save_withdrawal(svc, access, (initiative, idea.id), post, reason, now).await
}

/// An idea's state as its page read it (the use cases read it again under the lock).
pub fn idea_state(idea: &Idea) -> domain::PostState {
    domain::PostState {
        answered: idea.first_response_at.is_some(),
        endorsements: idea.endorsements,
        replies: idea.comments,
        withdrawn: idea.withdrawn_at.is_some(),
        hidden: idea.hidden_at.is_some(),
    }
}

/// A comment's state among the comments of its idea.
pub fn comment_state(comment: &Comment, all: &[Comment]) -> domain::PostState {
    domain::PostState {
        replies: all.iter().filter(|c| c.parent_id == Some(comment.id)).count() as i64,
        withdrawn: comment.withdrawn_at.is_some(),
        hidden: comment.hidden_at.is_some(),
        ..domain::PostState::default()
    }
}

/// The words an idea's or comment's edits replaced, oldest first, when the
/// reader may read the post itself.
pub async fn revisions(svc: &Service, post: store::Post) -> Result<Vec<store::Revision>> {
    Ok(store::revisions(svc.db.pool(), post).await?)
}

/// A facilitator's public answer as typed.
#[derive(Debug, Clone, Default)]
pub struct ResponseInputFields {
    /// under_review, accepted, in_progress, done, not_possible or merged
    pub status: String,
    /// For not_possible: charter, cost, legal, outside_power or already_done
    pub reason: String,
    /// The public response, always required.
    pub response: String,
    /// For a charter reason: the decision area that fixes it.
    pub decision_area_id: Option<i64>,
    /// For merged: the idea this one joins (any idea of the same initiative).
    pub merged_into: Option<i64>,
    /// A declared interest in the outcome, if any.
    pub conflict_note: String,
}

/// Answers an idea (facilitators) and tells everyone who follows it, in one
/// transaction: the new status, the history row, the notifications and
/// emails, the initiative's date and the audit entry.
pub async fn respond(
    svc: &Service,
    access: &Access,
    initiative: &Initiative,
    idea: &Idea,
    input: &ResponseInputFields,
    path: &str,
    now: Timestamp,
) -> Result<()> {
    access.require_facilitator()?;
    let areas = charter::areas(svc.db.pool(), initiative.id).await?;
    let area_ids: Vec<i64> = areas.iter().map(|a| a.id).collect();
    let mut errors = tandem_domain::Invalid::default();
    let area = errors.check(check_id("decision_area", input.decision_area_id, &area_ids)).flatten();
    // Any idea of the initiative can be a merge target, however old.
    // The domain checks that a merge names a target other than itself.
    if let Some(target) = input.merged_into.filter(|t| *t != idea.id)
        && store::get_idea(svc.db.pool(), initiative.id, target).await?.is_none()
    {
        errors.0.push(tandem_domain::FieldError::new("merged_into", "error-choice-invalid"));
    }
    let parsed = domain::Response::parse(
        &ResponseInput {
            status: &input.status,
            reason: &input.reason,
            text: &input.response,
            decision_area: area,
            merged_into: input.merged_into,
            conflict_note: &input.conflict_note,
        },
        idea.id,
    );
    let response = match parsed {
        Ok(r) if errors.is_empty() => r,
        Ok(_) => return Err(Error::Invalid(errors)),
        Err(mut e) => {
            e.0.extend(errors.0);
            return Err(Error::Invalid(e));
        }
    };
    let mut tx = svc.begin().await?;
    store::respond(&mut tx, idea.id, &response, access.user_id(), now).await?;
    let followers = store::followers(&mut *tx, idea.id).await?;
    let status_id = format!("idea-status-{}", response.status.key());
    let event = notify::Event {
        kind: NotificationKind::IdeaStatus,
        initiative_id: initiative.id,
        idea_id: Some(idea.id),
        commitment_id: None,
        title: &idea.title,
        status_id: &status_id,
        text: &response.text,
        path,
    };
    notify::followers(&mut tx, svc, &followers, access.user_id(), &event, now).await?;
    audit::entry(access, Action::IdeaRespond)
        .initiative(initiative.id)
        .subject(idea.id)
        .detail(response.status.key())
        .commit(tx, now)
        .await
}

/// The community's ideas still waiting for a first answer, oldest first (facilitators' queue).
pub async fn waiting(svc: &Service, access: &Access, after: &str, limit: i64) -> Result<Page<Waiting>> {
    access.require_facilitator()?;
    let after = paging::after(after)?;
    let (rows, total) = tokio::try_join!(
        store::waiting(svc.db.pool(), access.community.id, after, limit),
        store::waiting_count(svc.db.pool(), access.community.id)
    )?;
    Ok(Page::from_rows(rows, limit, total, |w| paging::cursor(w.created_at.0, w.id)))
}
