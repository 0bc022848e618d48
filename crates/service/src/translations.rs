//! Content in every family's language: facilitators translate an
//! initiative's texts into the community's other languages, readers see them
//! in theirs, and what is still missing is flagged.

use std::collections::HashMap;

pub use tandem_domain::content::{Field, Languages};
use tandem_domain::{Timestamp, audit::Action, content};
use tandem_store::{charter, decisions, ideas, initiatives::Initiative, phases, translations as store};

use crate::{Access, Error, Result, Service, audit, commit};

/// The languages the community of `access` writes in, original first.
pub fn languages(access: &Access) -> Languages {
    Languages::stored(&access.community.languages)
}

/// Texts in one language, each found by field and id; a text not translated
/// reads as its original.
#[derive(Debug, Clone, Default)]
pub struct Texts {
    map: HashMap<(Field, i64), String>,
}

impl Texts {
    fn of(rows: Vec<store::Translation>) -> Texts {
        Texts { map: rows.into_iter().map(|t| ((t.field, t.item_id), t.text)).collect() }
    }

    pub fn get<'a>(&'a self, field: Field, id: i64, original: &'a str) -> &'a str {
        self.map.get(&(field, id)).map(String::as_str).unwrap_or(original)
    }

    /// Whether this text reads in the requested language rather than the original.
    pub fn has(&self, field: Field, id: i64) -> bool {
        self.map.contains_key(&(field, id))
    }
}

/// The translations a reader in `lang` needs: none when `lang` is the
/// original or not one the community writes in.
fn wanted(access: &Access, lang: &str) -> bool {
    let l = languages(access);
    l.original() != lang && l.contains(lang)
}

/// An initiative's texts in `lang`.
pub async fn texts(svc: &Service, access: &Access, initiative: &Initiative, lang: &str) -> Result<Texts> {
    if !wanted(access, lang) {
        return Ok(Texts::default());
    }
    Ok(Texts::of(store::of_initiative(svc.db.pool(), initiative.id, Some(lang)).await?))
}

/// The titles and summaries of the community's initiatives in `lang` (for lists).
pub async fn initiative_names(svc: &Service, access: &Access, lang: &str) -> Result<Texts> {
    if !wanted(access, lang) {
        return Ok(Texts::default());
    }
    Ok(Texts::of(store::initiative_names(svc.db.pool(), access.community.id, lang).await?))
}

/// One text of an initiative that can be translated, with its translation
/// into each of the community's other languages (`None`: still missing).
#[derive(Debug, Clone)]
pub struct Item {
    pub field: Field,
    pub item_id: i64,
    /// What the text belongs to, for the translator: a poll's or area's title.
    pub context: String,
    pub original: String,
    pub translations: Vec<(&'static str, Option<String>)>,
}

impl Item {
    pub fn missing(&self) -> usize {
        self.translations.iter().filter(|(_, t)| t.is_none()).count()
    }
}

/// Every text of the initiative that can be translated, in page order.
async fn originals(svc: &Service, initiative: &Initiative) -> Result<Vec<(Field, i64, String, String)>> {
    let db = svc.db.pool();
    let i = initiative;
    let mut out = vec![
        (Field::InitiativeTitle, i.id, String::new(), i.title.clone()),
        (Field::InitiativeSummary, i.id, String::new(), i.summary.clone()),
        (Field::InitiativeValue, i.id, String::new(), i.value_statement.clone()),
    ];
    let (charter, areas, phases, budgets) = tokio::try_join!(
        charter::get_charter(db, i.id),
        charter::areas(db, i.id),
        phases::list(db, i.id),
        decisions::budgets(db, i.id)
    )?;
    out.push((Field::CharterIntro, i.id, String::new(), charter.intro));
    for a in areas {
        let t = a.area.title.clone();
        out.push((Field::AreaTitle, a.id, t.clone(), a.area.title));
        out.push((Field::AreaFinalDecision, a.id, t.clone(), a.area.final_decision_by));
        out.push((Field::AreaFixed, a.id, t.clone(), a.area.fixed));
        out.push((Field::AreaRisks, a.id, t.clone(), a.area.risks));
        out.push((Field::AreaReciprocity, a.id, t, a.area.reciprocity));
    }
    // Template phases are named in every interface language already.
    for p in phases.into_iter().filter(|p| !p.name.trim().is_empty()) {
        out.push((Field::PhaseName, p.id, p.name.clone(), p.name));
    }
    let polls = decisions::polls(&mut *svc.read().await?, i.id).await?;
    for p in polls {
        let t = p.title.clone();
        out.push((Field::PollTitle, p.id, t.clone(), p.title));
        out.push((Field::PollDescription, p.id, t.clone(), p.description));
        out.push((Field::PollOptions, p.id, t, p.options.join("\n")));
    }
    for b in budgets {
        for project in decisions::projects(db, b.id).await? {
            let t = project.title.clone();
            out.push((Field::ProjectTitle, project.id, format!("{} · {t}", b.title), project.title));
            out.push((Field::ProjectDescription, project.id, t, project.description));
        }
    }
    // Only answered ideas have a text to translate: read those, not the whole board.
    for (id, title, response) in ideas::answers(db, i.id).await? {
        out.push((Field::IdeaResponse, id, format!("#{id} {title}"), response));
    }
    out.retain(|(_, _, _, text)| !text.trim().is_empty());
    Ok(out)
}

/// The translators' sheet (facilitators): every text, its translations, the gaps.
pub async fn sheet(svc: &Service, access: &Access, initiative: &Initiative) -> Result<Vec<Item>> {
    access.require_facilitator()?;
    let langs = languages(access);
    let (originals, done) = tokio::try_join!(originals(svc, initiative), async {
        Ok(store::of_initiative(svc.db.pool(), initiative.id, None).await?)
    })?;
    Ok(originals
        .into_iter()
        .map(|(field, item_id, context, original)| Item {
            field,
            item_id,
            context,
            original,
            translations: langs
                .translations()
                .iter()
                .map(|lang| {
                    let found = done.iter().find(|t| t.field == field && t.item_id == item_id && t.lang == *lang);
                    (*lang, found.map(|t| t.text.clone()))
                })
                .collect(),
        })
        .collect())
}

/// How many texts are not yet in every language (facilitators' notice).
pub async fn missing(svc: &Service, access: &Access, initiative: &Initiative) -> Result<usize> {
    if !access.can_facilitate() || languages(access).translations().is_empty() {
        return Ok(0);
    }
    Ok(sheet(svc, access, initiative).await?.iter().filter(|i| i.missing() > 0).count())
}

/// Saves a translation of one text into one of the community's other
/// languages (facilitators); blank removes it.
pub async fn save(
    svc: &Service,
    access: &Access,
    initiative: &Initiative,
    (field, item_id, lang): (Field, i64, &str),
    text: &str,
    now: Timestamp,
) -> Result<()> {
    access.require_facilitator()?;
    let langs = languages(access);
    if !langs.translations().contains(&lang) {
        return Err(Error::field("lang", "error-choice-invalid"));
    }
    // The text must be one of this initiative's: anything else is not found.
    let original = originals(svc, initiative)
        .await?
        .into_iter()
        .find(|(f, id, _, _)| *f == field && *id == item_id)
        .map(|(_, _, _, text)| text)
        .ok_or(Error::NotFound)?;
    let text = content::translation(field, &original, text)?;
    let mut tx = svc.begin().await?;
    store::set(&mut *tx, initiative.id, (field, item_id, lang), text.as_deref(), now).await?;
    audit::entry(access, Action::TranslationSave)
        .initiative(initiative.id)
        .subject(format!("{}:{item_id}", field.key()))
        .detail(lang)
        .record(&mut tx, now)
        .await?;
    commit(tx).await
}
