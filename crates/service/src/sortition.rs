//! Selection by lot: the library's refusals as translatable messages, shared
//! by the command line, the pages and the API.

use tandem_decide::sortition::{CsvProblem, SortitionError};

use crate::{counting::Message, i18n::Arg};

fn s(v: impl ToString) -> Arg {
    Arg::Str(v.to_string())
}

fn n(v: impl Into<u64>) -> Arg {
    Arg::Num(i64::try_from(v.into()).unwrap_or(i64::MAX))
}

/// A problem in a CSV file, without its place.
pub fn csv_problem(problem: &CsvProblem) -> Message {
    match problem {
        CsvProblem::Unreadable(detail) => ("sortition-csv-unreadable", vec![("detail", s(detail))]),
        CsvProblem::MissingColumn(column) => ("sortition-csv-missing-column", vec![("column", s(column))]),
        CsvProblem::BadNumber { column, value } => {
            ("sortition-csv-bad-number", vec![("column", s(column)), ("value", s(value))])
        }
        CsvProblem::MinAboveMax { category, feature } => {
            ("sortition-csv-min-above-max", vec![("category", s(category)), ("feature", s(feature))])
        }
        CsvProblem::DuplicateFeature { category, feature } => {
            ("sortition-csv-duplicate-feature", vec![("category", s(category)), ("feature", s(feature))])
        }
        CsvProblem::DuplicateId(id) => ("sortition-csv-duplicate-id", vec![("id", s(id))]),
        CsvProblem::EmptyId => ("sortition-csv-empty-id", vec![]),
        CsvProblem::UnknownFeature { category, value } => {
            ("sortition-csv-unknown-feature", vec![("category", s(category)), ("value", s(value))])
        }
        CsvProblem::NoCategories => ("sortition-csv-no-categories", vec![]),
        CsvProblem::NoPeople => ("sortition-csv-no-people", vec![]),
        CsvProblem::TooManyPeople(max) => ("sortition-csv-too-many", vec![("max", n(*max as u64))]),
    }
}

/// Why there is no lottery, as lines: the first says what, the others how to fix it.
pub fn problem(error: &SortitionError) -> Vec<Message> {
    match error {
        // The caller knows the file's path and says where (see `csv_problem`).
        SortitionError::Csv { problem, .. } => vec![csv_problem(problem)],
        SortitionError::NoSeats => vec![("sortition-no-seats", vec![])],
        SortitionError::UnknownPerson(id) => vec![("sortition-unknown-person", vec![("id", s(id))])],
        SortitionError::PoolTooSmall { seats, available } => {
            vec![("sortition-pool-too-small", vec![("seats", n(*seats)), ("available", n(*available))])]
        }
        SortitionError::Infeasible { relaxations, categories } => {
            let mut lines = vec![("sortition-infeasible", vec![])];
            for c in categories {
                lines.push((
                    "sortition-infeasible-category",
                    vec![
                        ("category", s(&c.category)),
                        ("min", n(c.sum_min)),
                        ("max", n(c.sum_max)),
                        ("seats", n(c.seats)),
                    ],
                ));
            }
            for r in relaxations {
                lines.push((
                    "sortition-infeasible-relax",
                    vec![
                        ("category", s(&r.category)),
                        ("feature", s(&r.feature)),
                        ("min", n(r.min)),
                        ("max", n(r.max)),
                        ("new_min", n(r.new_min)),
                        ("new_max", n(r.new_max)),
                    ],
                ));
            }
            lines
        }
        SortitionError::Solver(detail) => vec![("sortition-solver", vec![("detail", s(detail))])],
    }
}

// ---------------------------------------------------------------------------
// Selections on an initiative: volunteers, quotas, rounds of publish-then-draw.

use std::collections::BTreeMap;

use tandem_decide::{
    disclosure::{self, Cell},
    sortition::{self as lot, Lottery, Panel, Pool, Request, Seed},
};
use tandem_domain::{
    FieldError, Invalid, Timestamp,
    audit::Action,
    notify::NotificationKind,
    representation::{DimensionKey, PREFER_NOT_TO_SAY},
    sortition::{self as domain, Quota, SelectionDraft, SelectionStatus, VolunteerStatus},
};
pub use tandem_store::sortition::{Round, Selection, Volunteer};
use tandem_store::{StoreError, communities, initiatives::Initiative, representation as baselines, sortition as store};

use crate::{Access, Error, Result, Service, audit, notify};

/// A stratification question: its dimension and the groups a volunteer
/// can be in ("prefer not to say" last), with the community's counts where
/// a baseline gives them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Category {
    pub dimension: DimensionKey,
    pub groups: Vec<String>,
    pub baseline: Vec<(String, i64)>,
}

/// The categories of a selection, from the community's groups, schools and baselines.
async fn categories(svc: &Service, access: &Access, dimensions: &[String]) -> Result<Vec<Category>> {
    let db = svc.db.pool();
    let (groups, schools, all) = tokio::try_join!(
        async { Ok::<_, Error>(communities::groups(db, access.community.id).await?) },
        async { Ok(communities::schools(db, access.community.id).await?) },
        async { Ok(baselines::baselines(db, access.community.id).await?) }
    )?;
    let mut out = Vec::new();
    for key in dimensions.iter().filter_map(|d| DimensionKey::parse(d)) {
        let baseline: Vec<(String, i64)> = all
            .iter()
            .find(|b| b.school_id.is_none() && b.dimension == key.key())
            .map(|b| b.groups.clone())
            .unwrap_or_default();
        let mut names: Vec<String> = match key {
            DimensionKey::StakeholderGroup => groups.iter().map(|g| g.key.clone()).collect(),
            DimensionKey::School => schools.iter().map(|s| s.slug.clone()).collect(),
            _ => baseline.iter().map(|(g, _)| g.clone()).collect(),
        };
        names.push(PREFER_NOT_TO_SAY.to_owned());
        out.push(Category { dimension: key, groups: names, baseline });
    }
    Ok(out)
}

/// Which dimensions a selection may ask: membership ones always, declared
/// ones with a community baseline (their groups), sensitive ones only where
/// the community switched them on.
pub async fn askable(svc: &Service, access: &Access) -> Result<Vec<DimensionKey>> {
    let settings = crate::representation::settings(svc, access).await?;
    let all = baselines::baselines(svc.db.pool(), access.community.id).await?;
    Ok(DimensionKey::ALL
        .iter()
        .copied()
        .filter(|d| !d.sensitive() || settings.sensitive)
        .filter(|d| d.from_membership() || all.iter().any(|b| b.school_id.is_none() && b.dimension == d.key()))
        .collect())
}

/// A volunteer's group in each category: membership for the stakeholder
/// group and school, their answers for the rest, "prefer not to say" otherwise.
fn values(categories: &[Category], v: &Volunteer) -> Vec<usize> {
    categories
        .iter()
        .map(|c| {
            let value = match c.dimension {
                DimensionKey::StakeholderGroup => v.group_key.clone(),
                DimensionKey::School => v.school.clone(),
                d => v.answers.get(d.key()).cloned(),
            };
            let value = value.unwrap_or_else(|| PREFER_NOT_TO_SAY.to_owned());
            c.groups.iter().position(|g| *g == value).unwrap_or(c.groups.len() - 1)
        })
        .collect()
}

/// The pool as the library reads it: `id` names each volunteer.
fn pool(selection: &Selection, categories: &[Category], people: &[(&Volunteer, String)]) -> Pool {
    let quota = |d: DimensionKey, g: &str| {
        selection.quotas.iter().find(|q| q.dimension == d.key() && q.group == g).map(|q| (q.min, q.max))
    };
    let seats = selection.seats as u32;
    Pool {
        categories: categories
            .iter()
            .map(|c| lot::Category {
                name: c.dimension.key().to_owned(),
                features: c
                    .groups
                    .iter()
                    .map(|g| {
                        let (min, max) = quota(c.dimension, g).unwrap_or((0, selection.seats));
                        lot::Feature { name: g.clone(), min: min as u32, max: (max as u32).min(seats) }
                    })
                    .collect(),
            })
            .collect(),
        people: people
            .iter()
            .map(|(v, id)| lot::Person { id: id.clone(), features: values(categories, v), household: None })
            .collect(),
    }
}

/// The published file of a round: what `tandem sortition verify` reads.
/// The published file of a lottery: what `tandem sortition verify` reads,
/// written alike by the command line and by a selection's rounds.
pub fn lottery_json(pool: &Pool, request: &Request, lottery: &Lottery, commitment: Option<&str>) -> serde_json::Value {
    let probabilities: serde_json::Map<String, serde_json::Value> =
        lottery.probabilities.iter().map(|(id, p)| (id.clone(), serde_json::json!(p))).collect();
    let mut value = serde_json::json!({
        "pool": pool.people.len(),
        "panel": request.panel,
        "seats": lottery.seats,
        "kept": request.keep,
        "excluded": lottery.excluded,
        "unselectable": lottery.unselectable,
        "probabilities": probabilities,
        "min_probability": lottery.min_probability,
        "gini": lottery.gini,
        "panels": lottery.panels.iter().map(|p| serde_json::json!({"members": p.members, "probability": p.probability})).collect::<Vec<_>>(),
        "fingerprint": lot::fingerprint(&lottery.panels),
    });
    if let Some(c) = commitment {
        value["commitment"] = serde_json::json!(c);
    }
    value
}

/// The library's refusal as form errors on the quotas.
fn refused(e: &lot::SortitionError) -> Error {
    let mut invalid = Invalid::default();
    for (id, args) in problem(e) {
        let mut f = FieldError::new("quotas", id);
        for (name, arg) in args {
            f = f.with_arg(
                name,
                match arg {
                    Arg::Num(n) => n.to_string(),
                    Arg::Str(s) => s,
                },
            );
        }
        invalid.0.push(f);
    }
    Error::Invalid(invalid)
}

/// One group of a category as shown: its quota, how many volunteered and
/// their mean chance (hidden where the count is).
#[derive(Debug, Clone, PartialEq)]
pub struct GroupView {
    pub group: String,
    pub min: i64,
    pub max: i64,
    pub baseline: Option<i64>,
    pub volunteers: Cell,
    pub chance: Option<f64>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct CategoryView {
    pub dimension: DimensionKey,
    pub groups: Vec<GroupView>,
}

/// Someone on the panel as the public sees them: adults by name, pupils by role.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Member {
    /// `None` for a pupil.
    pub name: Option<String>,
    /// A pupil's year group, where the selection asked it.
    pub year: Option<String>,
    pub status: VolunteerStatus,
    pub round: i64,
}

/// The reader's own part in a selection.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MyPart {
    pub status: VolunteerStatus,
    /// Their number in the published lottery, once there is one.
    pub number: Option<i64>,
    pub answers: BTreeMap<String, String>,
}

/// A question a volunteer answers (declared dimensions only).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Question {
    pub dimension: DimensionKey,
    pub choices: Vec<String>,
    pub answer: Option<String>,
}

#[derive(Debug, Clone)]
pub struct SelectionView {
    pub selection: Selection,
    pub categories: Vec<CategoryView>,
    /// Volunteers in all (hidden when small, for readers who are not staff).
    pub volunteers: Cell,
    pub rounds: Vec<Round>,
    pub panel: Vec<Member>,
    pub me: Option<MyPart>,
    pub questions: Vec<Question>,
    pub can_volunteer: bool,
    /// Seats whose person declined and is not replaced yet.
    pub to_replace: i64,
    /// Why the quotas cannot be met with this pool (staff, while open).
    pub preview_problem: Vec<crate::counting::Message>,
}

pub async fn list(svc: &Service, initiative: &Initiative) -> Result<Vec<Selection>> {
    Ok(store::list(svc.db.pool(), initiative.id).await?)
}

async fn load(svc: &Service, initiative: &Initiative, id: i64) -> Result<Selection> {
    store::get_one(svc.db.pool(), initiative.id, id).await?.ok_or(Error::NotFound)
}

/// A new selection as typed.
#[derive(Debug, Clone, Default)]
pub struct SelectionInput {
    pub title: String,
    pub purpose: String,
    pub seats: String,
    pub dimensions: Vec<String>,
}

/// Opens a selection for volunteers (facilitators).
pub async fn create(
    svc: &Service,
    access: &Access,
    initiative: &Initiative,
    input: &SelectionInput,
    now: Timestamp,
) -> Result<i64> {
    access.require_facilitator()?;
    let askable = askable(svc, access).await?;
    let draft =
        SelectionDraft::parse(&input.title, &input.purpose, &input.seats, &input.dimensions, |d| askable.contains(&d))?;
    let mut tx = svc.begin().await?;
    let id = store::create(&mut tx, access.community.id, initiative.id, &draft, access.user_id(), now).await?;
    audit::entry(access, Action::SelectionCreate)
        .initiative(initiative.id)
        .subject(id)
        .detail(&draft.title)
        .commit(tx, now)
        .await?;
    Ok(id)
}

/// Everything the selection's page and API show, as this reader may see it.
pub async fn view(svc: &Service, access: &Access, initiative: &Initiative, id: i64) -> Result<SelectionView> {
    let selection = load(svc, initiative, id).await?;
    let db = svc.db.pool();
    let (categories, volunteers, rounds) = tokio::try_join!(
        categories(svc, access, &selection.dimensions),
        async { Ok(store::volunteers(db, access.community.id, id).await?) },
        async { Ok(store::rounds(db, id).await?) }
    )?;
    let staff = access.can_facilitate();
    let t = access.community.threshold;
    // Each volunteer's chance: from the first round's published lottery, or
    // a preview of the lottery the quotas would give now.
    let mut chance: BTreeMap<i64, f64> = BTreeMap::new();
    let mut preview_problem = Vec::new();
    if let Some(first) = rounds.first() {
        let published: serde_json::Value = serde_json::from_str(&first.lottery).unwrap_or_default();
        for v in &volunteers {
            if let Some(p) = v.number.and_then(|n| published["probabilities"][n.to_string()].as_f64()) {
                chance.insert(v.user_id, p);
            }
        }
    } else if !volunteers.is_empty() {
        let people: Vec<(&Volunteer, String)> = volunteers.iter().map(|v| (v, v.user_id.to_string())).collect();
        let request = Request { panel: selection.seats as u32, ..Request::default() };
        match lot::select(&pool(&selection, &categories, &people), &request) {
            Ok(lottery) => {
                for (id, p) in &lottery.probabilities {
                    if let Ok(user) = id.parse::<i64>() {
                        chance.insert(user, *p);
                    }
                }
            }
            Err(e) if staff => preview_problem = problem(&e),
            Err(_) => {}
        }
    }
    let in_group: Vec<Vec<usize>> = volunteers.iter().map(|v| values(&categories, v)).collect();
    let mut views = Vec::new();
    for (c, category) in categories.iter().enumerate() {
        let members: Vec<Vec<&Volunteer>> = (0..category.groups.len())
            .map(|g| volunteers.iter().zip(&in_group).filter(|(_, at)| at[c] == g).map(|(v, _)| v).collect())
            .collect();
        let counts: Vec<i64> = members.iter().map(|m| m.len() as i64).collect();
        let cells = if staff {
            counts.iter().map(|&n| Cell::Shown(n)).collect()
        } else {
            disclosure::breakdown(&counts, t).cells
        };
        let groups = category
            .groups
            .iter()
            .zip(&cells)
            .zip(&members)
            .map(|((g, cell), members)| {
                let quota = selection.quotas.iter().find(|q| q.dimension == category.dimension.key() && q.group == *g);
                let chances: Vec<f64> = members.iter().filter_map(|v| chance.get(&v.user_id)).copied().collect();
                let mean = (!chances.is_empty() && matches!(cell, Cell::Shown(n) if *n > 0))
                    .then(|| chances.iter().sum::<f64>() / chances.len() as f64);
                GroupView {
                    group: g.clone(),
                    min: quota.map_or(0, |q| q.min),
                    max: quota.map_or(selection.seats, |q| q.max),
                    baseline: category.baseline.iter().find(|(b, _)| b == g).map(|(_, n)| *n),
                    volunteers: *cell,
                    chance: mean,
                }
            })
            .collect();
        views.push(CategoryView { dimension: category.dimension, groups });
    }
    let total = volunteers.len() as i64;
    let volunteers_cell = if staff { Cell::Shown(total) } else { disclosure::single(total, t) };
    let mut panel: Vec<Member> = volunteers
        .iter()
        .filter(|v| v.status != VolunteerStatus::Pool)
        .map(|v| Member {
            name: (!v.protected).then(|| v.display_name.clone()),
            year: if v.protected {
                v.answers.get(DimensionKey::YearGroup.key()).filter(|y| *y != PREFER_NOT_TO_SAY).cloned()
            } else {
                None
            },
            status: v.status,
            round: v.selected_in.unwrap_or(0),
        })
        .collect();
    panel.sort_by(|a, b| a.round.cmp(&b.round).then_with(|| a.name.cmp(&b.name)));
    let seated =
        volunteers.iter().filter(|v| matches!(v.status, VolunteerStatus::Selected | VolunteerStatus::Accepted)).count()
            as i64;
    let drawn_any = rounds.iter().any(|r| r.drawn_at.is_some());
    let to_replace = if drawn_any { (selection.seats - seated).max(0) } else { 0 };
    let me = access.user_id().and_then(|u| volunteers.iter().find(|v| v.user_id == u)).map(|v| MyPart {
        status: v.status,
        number: v.number,
        answers: v.answers.clone(),
    });
    let questions = categories
        .iter()
        .filter(|c| !c.dimension.from_membership())
        .map(|c| Question {
            dimension: c.dimension,
            choices: c.groups.iter().filter(|g| *g != PREFER_NOT_TO_SAY).cloned().collect(),
            answer: me.as_ref().and_then(|m| m.answers.get(c.dimension.key()).cloned()),
        })
        .collect();
    let can_volunteer = selection.status == SelectionStatus::Open && access.can_participate();
    Ok(SelectionView {
        selection,
        categories: views,
        volunteers: volunteers_cell,
        rounds,
        panel,
        me,
        questions,
        can_volunteer,
        to_replace,
        preview_problem,
    })
}

/// Comes forward (or changes one's answers) while volunteering is open:
/// each question answered with a group offered or "prefer not to say".
pub async fn volunteer(
    svc: &Service,
    access: &Access,
    initiative: &Initiative,
    id: i64,
    answers: &[(String, String)],
    now: Timestamp,
) -> Result<()> {
    access.require_participant()?;
    let user = access.user_id().ok_or(Error::LoginRequired)?;
    let selection = load(svc, initiative, id).await?;
    if selection.status != SelectionStatus::Open {
        return Err(Error::Conflict("error-sortition-closed"));
    }
    let categories = categories(svc, access, &selection.dimensions).await?;
    let mut errors = Invalid::default();
    let mut checked = BTreeMap::new();
    for c in categories.iter().filter(|c| !c.dimension.from_membership()) {
        let key = c.dimension.key();
        let answer = answers.iter().find(|(d, _)| d == key).map(|(_, a)| a.trim()).unwrap_or("");
        if answer.is_empty() {
            errors.0.push(FieldError::new(key, "error-required"));
        } else if !c.groups.iter().any(|g| g == answer) {
            errors.0.push(FieldError::new(key, "error-choice-invalid"));
        } else {
            checked.insert(key.to_owned(), answer.to_owned());
        }
    }
    if !errors.is_empty() {
        return Err(Error::Invalid(errors));
    }
    let mut tx = svc.begin().await?;
    if !store::volunteer(&mut tx, id, user, &checked, now).await? {
        return Err(Error::Conflict("error-sortition-closed"));
    }
    crate::commit(tx).await
}

/// Leaves the pool while volunteering is open.
pub async fn withdraw(svc: &Service, access: &Access, initiative: &Initiative, id: i64) -> Result<()> {
    let user = access.user_id().ok_or(Error::LoginRequired)?;
    load(svc, initiative, id).await?;
    let mut tx = svc.begin().await?;
    if !store::withdraw(&mut tx, id, user).await? {
        return Err(Error::Conflict("error-sortition-closed"));
    }
    crate::commit(tx).await
}

/// The quota rows a selection offers, in form order: (dimension, group).
pub async fn quota_rows(svc: &Service, access: &Access, selection: &Selection) -> Result<Vec<(String, String)>> {
    let categories = categories(svc, access, &selection.dimensions).await?;
    Ok(categories
        .iter()
        .flat_map(|c| c.groups.iter().map(move |g| (c.dimension.key().to_owned(), g.clone())))
        .collect())
}

/// Sets the quotas, each row's least and most seats (facilitators, while open).
pub async fn set_quotas(
    svc: &Service,
    access: &Access,
    initiative: &Initiative,
    id: i64,
    typed: &[(String, String)],
    now: Timestamp,
) -> Result<()> {
    access.require_facilitator()?;
    let selection = load(svc, initiative, id).await?;
    let offered = quota_rows(svc, access, &selection).await?;
    let quotas = domain::parse_quotas(&offered, typed, selection.seats)?;
    save_quotas(svc, access, initiative, id, &quotas, now).await
}

/// Sets the quotas by group (the API's form): each names a group of the
/// selection; groups left out get 0 to the seats (facilitators, while open).
pub async fn set_quotas_by_group(
    svc: &Service,
    access: &Access,
    initiative: &Initiative,
    id: i64,
    quotas: &[Quota],
    now: Timestamp,
) -> Result<()> {
    access.require_facilitator()?;
    let selection = load(svc, initiative, id).await?;
    let offered = quota_rows(svc, access, &selection).await?;
    if quotas.iter().any(|q| !offered.iter().any(|(d, g)| *d == q.dimension && *g == q.group)) {
        return Err(Error::field("quotas", "error-choice-invalid"));
    }
    let typed: Vec<(String, String)> = offered
        .iter()
        .map(|(d, g)| match quotas.iter().find(|q| q.dimension == *d && q.group == *g) {
            Some(q) => (q.min.to_string(), q.max.to_string()),
            None => ("0".to_owned(), selection.seats.to_string()),
        })
        .collect();
    let quotas = domain::parse_quotas(&offered, &typed, selection.seats)?;
    save_quotas(svc, access, initiative, id, &quotas, now).await
}

/// Quotas in proportion to the community's baselines (membership dimensions
/// without one: in proportion to the volunteers), facilitators, while open.
pub async fn proportional_quotas(
    svc: &Service,
    access: &Access,
    initiative: &Initiative,
    id: i64,
    now: Timestamp,
) -> Result<()> {
    access.require_facilitator()?;
    let selection = load(svc, initiative, id).await?;
    let (categories, volunteers) = tokio::try_join!(categories(svc, access, &selection.dimensions), async {
        Ok(store::volunteers(svc.db.pool(), access.community.id, id).await?)
    })?;
    let mut quotas = Vec::new();
    let in_group: Vec<Vec<usize>> = volunteers.iter().map(|v| values(&categories, v)).collect();
    for (c, category) in categories.iter().enumerate() {
        let counts: Vec<(String, i64)> = if category.baseline.is_empty() {
            category
                .groups
                .iter()
                .enumerate()
                .map(|(g, name)| (name.clone(), in_group.iter().filter(|at| at[c] == g).count() as i64))
                .collect()
        } else {
            category
                .groups
                .iter()
                .map(|g| (g.clone(), category.baseline.iter().find(|(b, _)| b == g).map_or(0, |(_, n)| *n)))
                .collect()
        };
        for (group, min, max) in domain::proportional(&counts, selection.seats) {
            quotas.push(Quota { dimension: category.dimension.key().to_owned(), group, min, max });
        }
    }
    save_quotas(svc, access, initiative, id, &quotas, now).await
}

async fn save_quotas(
    svc: &Service,
    access: &Access,
    initiative: &Initiative,
    id: i64,
    quotas: &[Quota],
    now: Timestamp,
) -> Result<()> {
    let mut tx = svc.begin().await?;
    if !store::set_quotas(&mut tx, id, quotas, now).await? {
        return Err(Error::Conflict("error-sortition-closed"));
    }
    audit::entry(access, Action::SelectionQuotas).initiative(initiative.id).subject(id).commit(tx, now).await
}

/// Closes volunteering and publishes the first round: every volunteer gets
/// a number, the lottery over numbers is stored with the hash of the
/// facilitator's secret (the secret itself is kept by no one but them).
pub async fn commit(
    svc: &Service,
    access: &Access,
    initiative: &Initiative,
    id: i64,
    secret: &str,
    now: Timestamp,
) -> Result<()> {
    access.require_facilitator()?;
    let secret = domain::parse_secret("secret", secret).map_err(|e| Error::Invalid(Invalid::one(e)))?;
    let selection = load(svc, initiative, id).await?;
    if selection.status != SelectionStatus::Open {
        return Err(Error::Conflict("error-sortition-not-open"));
    }
    let (categories, volunteers) = tokio::try_join!(categories(svc, access, &selection.dimensions), async {
        Ok(store::volunteers(svc.db.pool(), access.community.id, id).await?)
    })?;
    // Numbers in the order people came forward.
    let numbered: Vec<(&Volunteer, String)> =
        volunteers.iter().enumerate().map(|(n, v)| (v, (n + 1).to_string())).collect();
    let pool = pool(&selection, &categories, &numbered);
    let request = Request { panel: selection.seats as u32, ..Request::default() };
    let numbers: Vec<(i64, i64)> = volunteers.iter().enumerate().map(|(n, v)| (v.user_id, n as i64 + 1)).collect();
    let step =
        Publication { from: SelectionStatus::Open, refusal: "error-sortition-not-open", round: 1, numbers: &numbers };
    publish(svc, access, initiative, id, &secret, &pool, &request, step, now).await
}

/// A round about to be published: from which status, what to say when it
/// is not in it any more, its number, and volunteers' numbers to record.
struct Publication<'a> {
    from: SelectionStatus,
    refusal: &'static str,
    round: i64,
    numbers: &'a [(i64, i64)],
}

/// Computes a round's lottery and publishes it with the secret's hash, once:
/// the status moves from `from` to committed in the same transaction.
#[allow(clippy::too_many_arguments)]
async fn publish(
    svc: &Service,
    access: &Access,
    initiative: &Initiative,
    id: i64,
    secret: &str,
    pool: &Pool,
    request: &Request,
    step: Publication<'_>,
    now: Timestamp,
) -> Result<()> {
    let lottery = lot::select(pool, request).map_err(|e| refused(&e))?;
    let commitment = lot::commitment(secret);
    let published = lottery_json(pool, request, &lottery, Some(&commitment)).to_string();
    let mut tx = svc.begin().await?;
    if !store::set_status(&mut tx, id, step.from, SelectionStatus::Committed, now).await? {
        return Err(Error::Conflict(step.refusal));
    }
    store::number(&mut tx, id, step.numbers).await?;
    let round = store::NewRound {
        round: step.round,
        seats: i64::from(lottery.seats),
        commitment: &commitment,
        lottery: &published,
    };
    store::add_round(&mut tx, id, &round, access.user_id(), now).await.map_err(|e| match e {
        StoreError::Conflict(_) => Error::Conflict(step.refusal),
        other => other.into(),
    })?;
    audit::entry(access, Action::SelectionCommit)
        .initiative(initiative.id)
        .subject(id)
        .detail(format!("round {} {commitment}", step.round))
        .commit(tx, now)
        .await
}

/// The round waiting for its draw, if any.
fn pending(rounds: &[Round]) -> Option<&Round> {
    rounds.last().filter(|r| r.drawn_at.is_none())
}

/// The panels of a published lottery.
/// The panels of a published lottery file; `None` when it is not one.
pub fn published_panels(published: &serde_json::Value) -> Option<Vec<Panel>> {
    published["panels"]
        .as_array()?
        .iter()
        .map(|p| {
            let members =
                p["members"].as_array()?.iter().map(|x| x.as_str().map(str::to_owned)).collect::<Option<_>>()?;
            Some(Panel { members, probability: p["probability"].as_f64()? })
        })
        .collect()
}

/// The draw: the revealed secret must match the published hash; with the
/// dice it picks one panel of the published lottery; the people drawn are
/// asked to accept (in the app, and by email where they chose it).
#[allow(clippy::too_many_arguments)]
pub async fn draw(
    svc: &Service,
    access: &Access,
    initiative: &Initiative,
    id: i64,
    secret: &str,
    entropy: &str,
    path: &str,
    now: Timestamp,
) -> Result<Vec<i64>> {
    access.require_facilitator()?;
    let mut errors = Invalid::default();
    let secret = errors.check(domain::parse_secret("secret", secret));
    let entropy = errors.check(domain::parse_entropy("entropy", entropy));
    let (Some(secret), Some(entropy)) = (secret, entropy) else { return Err(Error::Invalid(errors)) };
    let selection = load(svc, initiative, id).await?;
    let rounds = store::rounds(svc.db.pool(), id).await?;
    let round = match (selection.status, pending(&rounds)) {
        (SelectionStatus::Committed, Some(r)) => r.clone(),
        _ => return Err(Error::Conflict("error-sortition-nothing-to-draw")),
    };
    if lot::commitment(&secret) != round.commitment {
        return Err(Error::field("secret", "error-sortition-reveal"));
    }
    let published: serde_json::Value =
        serde_json::from_str(&round.lottery).map_err(|_| Error::Internal("stored lottery not understood".into()))?;
    let panels = published_panels(&published).ok_or_else(|| Error::Internal("stored lottery not understood".into()))?;
    let pick = lot::draw(&panels, &Seed::public(&secret, &entropy))
        .ok_or(Error::Conflict("error-sortition-nothing-to-draw"))?;
    let numbers: Vec<i64> = panels[pick].members.iter().filter_map(|m| m.parse().ok()).collect();
    let mut tx = svc.begin().await?;
    let moved = store::set_status(&mut tx, id, SelectionStatus::Committed, SelectionStatus::Drawn, now).await?;
    if !moved || !store::record_draw(&mut tx, id, round.round, &secret, &entropy, &numbers, now).await? {
        return Err(Error::Conflict("error-sortition-nothing-to-draw"));
    }
    store::mark_selected(&mut tx, id, round.round, &numbers).await?;
    let volunteers = store::volunteers(&mut *tx, access.community.id, id).await?;
    let drawn: Vec<i64> =
        volunteers.iter().filter(|v| v.number.is_some_and(|n| numbers.contains(&n))).map(|v| v.user_id).collect();
    let event = notify::Event {
        kind: NotificationKind::Selected,
        initiative_id: initiative.id,
        idea_id: None,
        commitment_id: None,
        title: &selection.title,
        status_id: "sortition-status-drawn",
        text: &selection.purpose,
        path,
    };
    notify::followers(&mut tx, svc, &drawn, None, &event, now).await?;
    audit::entry(access, Action::SelectionDraw)
        .initiative(initiative.id)
        .subject(id)
        .detail(format!("round {} entropy {entropy}", round.round))
        .commit(tx, now)
        .await?;
    Ok(numbers)
}

/// A person drawn accepts or declines their seat.
pub async fn respond(
    svc: &Service,
    access: &Access,
    initiative: &Initiative,
    id: i64,
    accept: bool,
    now: Timestamp,
) -> Result<()> {
    let user = access.user_id().ok_or(Error::LoginRequired)?;
    access.require_member()?;
    load(svc, initiative, id).await?;
    let to = if accept { VolunteerStatus::Accepted } else { VolunteerStatus::Declined };
    let mut tx = svc.begin().await?;
    if !store::respond(&mut tx, id, user, to, now).await? {
        return Err(Error::Conflict("error-sortition-not-asked"));
    }
    audit::entry(access, Action::SelectionRespond)
        .initiative(initiative.id)
        .subject(id)
        .detail(to.key())
        .commit(tx, now)
        .await
}

/// Publishes a round for the seats of those who declined: the people who
/// accepted or have not answered stay and count against the quotas, the
/// declined and everyone asked before are out, and a new secret's hash is
/// published before its draw.
pub async fn prepare_replacements(
    svc: &Service,
    access: &Access,
    initiative: &Initiative,
    id: i64,
    secret: &str,
    now: Timestamp,
) -> Result<()> {
    access.require_facilitator()?;
    let secret = domain::parse_secret("secret", secret).map_err(|e| Error::Invalid(Invalid::one(e)))?;
    let selection = load(svc, initiative, id).await?;
    if selection.status != SelectionStatus::Drawn {
        return Err(Error::Conflict("error-sortition-nothing-to-replace"));
    }
    let (categories, volunteers, rounds) = tokio::try_join!(
        categories(svc, access, &selection.dimensions),
        async { Ok(store::volunteers(svc.db.pool(), access.community.id, id).await?) },
        async { Ok(store::rounds(svc.db.pool(), id).await?) }
    )?;
    let numbered: Vec<(&Volunteer, String)> =
        volunteers.iter().filter_map(|v| v.number.map(|n| (v, n.to_string()))).collect();
    let number_of = |pred: &dyn Fn(VolunteerStatus) -> bool| -> Vec<String> {
        numbered.iter().filter(|(v, _)| pred(v.status)).map(|(_, n)| n.clone()).collect()
    };
    let keep = number_of(&|s| matches!(s, VolunteerStatus::Selected | VolunteerStatus::Accepted));
    let exclude = number_of(&|s| s == VolunteerStatus::Declined);
    if keep.len() as i64 >= selection.seats {
        return Err(Error::Conflict("error-sortition-nothing-to-replace"));
    }
    let pool = pool(&selection, &categories, &numbered);
    let request = Request { panel: selection.seats as u32, keep, exclude };
    let next = rounds.last().map_or(1, |r| r.round + 1);
    let step = Publication {
        from: SelectionStatus::Drawn,
        refusal: "error-sortition-nothing-to-replace",
        round: next,
        numbers: &[],
    };
    publish(svc, access, initiative, id, &secret, &pool, &request, step, now).await
}

/// Ends a selection: no more rounds (facilitators, after a draw).
pub async fn close(svc: &Service, access: &Access, initiative: &Initiative, id: i64, now: Timestamp) -> Result<()> {
    access.require_facilitator()?;
    load(svc, initiative, id).await?;
    let mut tx = svc.begin().await?;
    if !store::set_status(&mut tx, id, SelectionStatus::Drawn, SelectionStatus::Closed, now).await? {
        return Err(Error::Conflict("error-sortition-nothing-to-replace"));
    }
    audit::entry(access, Action::SelectionClose).initiative(initiative.id).subject(id).commit(tx, now).await
}

/// A round's published lottery as a file for `tandem sortition verify`:
/// after its draw, with the secret, the dice and the numbers drawn.
pub async fn lottery_file(svc: &Service, initiative: &Initiative, id: i64, round: i64) -> Result<String> {
    load(svc, initiative, id).await?;
    let rounds = store::rounds(svc.db.pool(), id).await?;
    let r = rounds.iter().find(|r| r.round == round).ok_or(Error::NotFound)?;
    let mut published: serde_json::Value =
        serde_json::from_str(&r.lottery).map_err(|_| Error::Internal("stored lottery not understood".into()))?;
    if let (Some(secret), Some(entropy), Some(selected)) = (&r.secret, &r.entropy, &r.selected) {
        published["secret"] = serde_json::json!(secret);
        published["entropy"] = serde_json::json!(entropy);
        let numbers: Vec<i64> = serde_json::from_str(selected).unwrap_or_default();
        let mut ids: Vec<String> = numbers.iter().map(i64::to_string).collect();
        ids.sort_by(|a, b| lot::compare_ids(a, b));
        published["selected"] = serde_json::json!(ids);
    }
    Ok(published.to_string())
}
