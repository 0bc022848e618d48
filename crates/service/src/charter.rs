//! The power-sharing charter: what participants can and cannot influence,
//! published before participation opens. Once published every change makes a
//! new version and needs a reason, both shown to everyone.

use tandem_domain::{
    FieldError, Invalid, Timestamp,
    charter::{CharterSnapshot, CharterState, DecisionArea, DecisionAreaInput, INTRO_MAX},
    text,
};
pub use tandem_store::charter::{Charter, StoredArea, Version};
use tandem_store::{
    StoreError,
    charter::{self as store, Change, NewVersion},
    initiatives::Initiative,
};

use crate::{Access, Error, Result, Service, audit, error::internal};
use tandem_domain::audit::Action;

/// A decision area as typed.
#[derive(Debug, Clone, Default)]
pub struct AreaInput {
    pub title: String,
    /// inform, consult, involve, collaborate or empower
    pub level: String,
    pub final_decision_by: String,
    pub fixed: String,
    pub risks: String,
    pub reciprocity: String,
}

/// One change to the charter, with its reason (required once published).
#[derive(Debug, Clone)]
pub enum Edit {
    Intro(String),
    AddArea(AreaInput),
    UpdateArea(i64, AreaInput),
    DeleteArea(i64),
    Publish,
}

impl Edit {
    fn action(&self) -> Action {
        match self {
            Edit::Intro(_) => Action::CharterIntro,
            Edit::AddArea(_) => Action::CharterAreaAdd,
            Edit::UpdateArea(..) => Action::CharterAreaUpdate,
            Edit::DeleteArea(_) => Action::CharterAreaDelete,
            Edit::Publish => Action::CharterPublish,
        }
    }
}

fn parse_area(input: &AreaInput) -> Result<DecisionArea, Invalid> {
    DecisionArea::parse(&DecisionAreaInput {
        title: &input.title,
        level: &input.level,
        final_decision_by: &input.final_decision_by,
        fixed: &input.fixed,
        risks: &input.risks,
        reciprocity: &input.reciprocity,
    })
}

/// The content an edit applies, checked.
enum Checked {
    Intro(String),
    Add(DecisionArea),
    Update(i64, DecisionArea),
    Delete(i64),
    Publish,
}

/// Applies one change (facilitators): checks its fields and the reason rule
/// together, builds the new version's snapshot, and stores change, version,
/// audit entry and the initiative's date in one transaction. A concurrent
/// change to the same charter wins and this one is refused
/// (`Conflict("error-charter-conflict")`).
pub async fn edit(
    svc: &Service,
    access: &Access,
    initiative: &Initiative,
    edit: &Edit,
    reason: &str,
    now: Timestamp,
) -> Result<()> {
    access.require_facilitator()?;
    let mut tx = svc.begin().await?;
    let charter = store::get_charter(&mut *tx, initiative.id).await?;
    let current = CharterState { version: charter.version };
    let mut errors = Invalid::default();
    let checked = match edit {
        Edit::Intro(t) => {
            errors.check(text::optional("intro", t, INTRO_MAX)).map(|t| Checked::Intro(t.unwrap_or_default()))
        }
        Edit::AddArea(a) => match parse_area(a) {
            Ok(area) => Some(Checked::Add(area)),
            Err(e) => {
                errors.0.extend(e.0);
                None
            }
        },
        Edit::UpdateArea(id, a) => match parse_area(a) {
            Ok(area) => Some(Checked::Update(*id, area)),
            Err(e) => {
                errors.0.extend(e.0);
                None
            }
        },
        Edit::DeleteArea(id) => Some(Checked::Delete(*id)),
        Edit::Publish => Some(Checked::Publish),
    };
    let reason = match edit {
        Edit::Publish => None,
        _ => errors.check(current.change_reason(reason)).flatten(),
    };
    let Some(checked) = checked else { return Err(Error::Invalid(errors)) };
    errors.finish()?;
    let stored = store::areas(&mut *tx, initiative.id).await?;
    let mut intro = charter.intro.clone();
    let mut areas: Vec<(i64, DecisionArea)> = stored.into_iter().map(|a| (a.id, a.area)).collect();
    match &checked {
        Checked::Intro(t) => intro = t.clone(),
        Checked::Add(a) => areas.push((0, a.clone())),
        Checked::Update(id, a) => match areas.iter_mut().find(|(x, _)| x == id) {
            Some(slot) => slot.1 = a.clone(),
            None => return Err(Error::NotFound),
        },
        Checked::Delete(id) => {
            if !areas.iter().any(|(x, _)| x == id) {
                return Err(Error::NotFound);
            }
            areas.retain(|(x, _)| x != id);
        }
        Checked::Publish => {}
    }
    let next = match &checked {
        Checked::Publish => Some(current.publish(areas.len())?),
        _ if current.is_published() => Some(current.next()),
        _ => None,
    };
    let snapshot = CharterSnapshot { intro, areas: areas.into_iter().map(|(_, a)| a).collect() };
    let json = serde_json::to_string(&snapshot).map_err(internal)?;
    let reason_text = reason.unwrap_or_default();
    let version = next.map(|v| NewVersion {
        expected: current.version,
        version: v.version,
        snapshot: &json,
        reason: &reason_text,
        by: access.user_id(),
    });
    let change = match &checked {
        Checked::Intro(t) => Change::SetIntro(t),
        Checked::Add(a) => Change::AddArea(a),
        Checked::Update(id, a) => Change::UpdateArea(*id, a),
        Checked::Delete(id) => Change::DeleteArea(*id),
        Checked::Publish => Change::Publish,
    };
    let new_version = version.as_ref().map(|v| v.version);
    match store::apply(&mut tx, initiative.id, change, version, now).await {
        Ok(_) => {}
        Err(StoreError::Conflict(_)) => return Err(Error::Conflict("error-charter-conflict")),
        Err(e) => return Err(e.into()),
    }
    audit::entry(access, edit.action())
        .initiative(initiative.id)
        .subject(&initiative.slug)
        .detail(new_version.map(|v| format!("v{v} {reason_text}")).unwrap_or_default())
        .commit(tx, now)
        .await
}

/// Whether a change needs a reason now (the charter is published): for forms
/// that want to show every problem at once.
pub fn reason_problem(charter: &Charter, reason: &str) -> Option<FieldError> {
    CharterState { version: charter.version }.change_reason(reason).err()
}

/// The charter, its areas and its published versions (newest first).
pub struct CharterView {
    pub charter: Charter,
    pub areas: Vec<StoredArea>,
    pub versions: Vec<Version>,
}

/// The charter as this person may read it: a draft's introduction and areas
/// are for facilitators only; once published, for everyone.
pub async fn charter(svc: &Service, access: &Access, initiative: &Initiative) -> Result<CharterView> {
    let db = svc.db.pool();
    let (mut charter, mut areas, versions) = tokio::try_join!(
        store::get_charter(db, initiative.id),
        store::areas(db, initiative.id),
        store::versions(db, initiative.id)
    )?;
    if charter.version == 0 && !access.can_facilitate() {
        charter.intro.clear();
        areas.clear();
    }
    Ok(CharterView { charter, areas, versions })
}

/// The decision areas alone.
pub async fn areas(svc: &Service, initiative: &Initiative) -> Result<Vec<StoredArea>> {
    Ok(store::areas(svc.db.pool(), initiative.id).await?)
}

/// One published version, exactly as it was.
pub async fn version(svc: &Service, initiative: &Initiative, number: i64) -> Result<(Version, CharterSnapshot)> {
    let versions = store::versions(svc.db.pool(), initiative.id).await?;
    let v = versions.into_iter().find(|v| v.version == number).ok_or(Error::NotFound)?;
    let snapshot: CharterSnapshot = serde_json::from_str(&v.snapshot).map_err(internal)?;
    Ok((v, snapshot))
}
