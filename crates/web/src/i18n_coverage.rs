//! Every string in English and Spanish: both files parse, hold the same
//! messages, and hold every message the code asks for.

use std::path::Path;

use fluent_bundle::FluentResource;
use tandem_domain::{
    Choice,
    charter::InfluenceLevel,
    community::{CommunityKind, DEFAULT_GROUPS, Role, SchoolPhase},
    engagement::{EventKind, KeyStep},
    environment::{AuthorizationKind, AuthorizationStatus, FormalAuthority, Influence, StakeholderKind, Suitability},
    health::Check,
    initiative::{Base, BaseState, CapacityKind, CapacityStatus, Stance, Visibility},
    invitation::InvitationStatus,
    phases::{DEFAULT_TEMPLATE, PhaseKind, PhaseStatus},
};

fn ids(source: &str) -> Vec<String> {
    let resource = match FluentResource::try_new(source.to_owned()) {
        Ok(r) => r,
        Err((_, errors)) => panic!("translation file does not parse: {errors:?}"),
    };
    let mut ids: Vec<String> = resource
        .entries()
        .filter_map(|e| match e {
            fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_owned()),
            _ => None,
        })
        .collect();
    ids.sort();
    ids
}

#[test]
fn every_language_has_the_same_messages() {
    let en = ids(EN_FTL);
    for (code, source) in [("es", ES_FTL), ("ar", AR_FTL)] {
        let other = ids(source);
        let missing: Vec<_> = en.iter().filter(|k| !other.contains(k)).collect();
        let extra: Vec<_> = other.iter().filter(|k| !en.contains(k)).collect();
        assert!(missing.is_empty() && extra.is_empty(), "{code}: missing {missing:?}; not in English {extra:?}");
    }
}

fn rust_files(dir: &Path, out: &mut Vec<String>) {
    for entry in std::fs::read_dir(dir).expect("source directory").flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") && !path.ends_with("i18n_coverage.rs") {
            out.push(std::fs::read_to_string(&path).expect("source file"));
        }
    }
}

/// String literals that are message ids: after `.t(`/`.ta(`, or with a prefix
/// only message ids use (field errors, flashes, reasons).
fn used_ids() -> Vec<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut sources = Vec::new();
    rust_files(&root.join("src"), &mut sources);
    rust_files(&root.join("../service/src"), &mut sources);
    rust_files(&root.join("../domain/src"), &mut sources);
    rust_files(&root.join("../app/src"), &mut sources);
    let mut found = Vec::new();
    for src in &sources {
        let mut rest = src.as_str();
        while let Some(start) = rest.find('"') {
            let before = &rest[..start];
            let after = &rest[start + 1..];
            let Some(end) = after.find('"') else { break };
            let literal = &after[..end];
            let is_id_shape = !literal.is_empty()
                && literal.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_')
                && literal.contains('-');
            let called = before.ends_with(".t(") || before.ends_with(".ta(");
            let prefixed = [
                "error-",
                "flash-",
                "triangle-reason-",
                "cli-",
                "environment-quadrant-",
                "overview-",
                "worksheet-",
                "charter-draft-",
                "count-",
                "decide-refused-",
            ]
            .iter()
            .any(|p| literal.starts_with(p))
                && !literal.ends_with('-');
            if is_id_shape && (called || prefixed) {
                found.push(literal.to_owned());
            }
            rest = &after[end + 1..];
        }
    }
    found.sort();
    found.dedup();
    found
}

fn family<T: Choice>(prefix: &str) -> Vec<String> {
    T::ALL.iter().map(|c| format!("{prefix}-{}", c.key())).collect()
}

fn dynamic_ids() -> Vec<String> {
    let mut all = Vec::new();
    all.extend(family::<Role>("role"));
    all.extend(family::<CommunityKind>("community-kind"));
    all.extend(family::<SchoolPhase>("school-phase"));
    all.extend(family::<Visibility>("visibility"));
    all.extend(family::<Stance>("stance"));
    all.extend(family::<CapacityKind>("capacity-kind"));
    all.extend(family::<CapacityStatus>("capacity-status"));
    all.extend(DEFAULT_GROUPS.iter().map(|g| format!("group-{}", g.key)));
    all.extend(Base::ALL.iter().map(|b| format!("base-{}", b.key())));
    all.extend(
        [BaseState::AtRisk, BaseState::Missing, BaseState::NeedsAttention, BaseState::Holding]
            .iter()
            .map(|s| format!("base-state-{}", s.key())),
    );
    let statuses =
        [InvitationStatus::Open, InvitationStatus::Used, InvitationStatus::Revoked, InvitationStatus::Expired];
    all.extend(statuses.iter().map(|s| format!("invitation-status-{}", s.key())));
    all.extend(statuses.iter().filter(|s| **s != InvitationStatus::Open).map(|s| format!("join-status-{}", s.key())));
    all.extend((1..=12).map(|m| format!("month-{m}")));
    all.extend(family::<StakeholderKind>("stakeholder-kind"));
    all.extend(family::<FormalAuthority>("formal-authority"));
    all.extend(family::<Influence>("influence"));
    all.extend(family::<Suitability>("suitability"));
    all.extend(family::<AuthorizationKind>("authorization-kind"));
    all.extend(family::<AuthorizationStatus>("authorization-status"));
    all.extend(family::<InfluenceLevel>("level"));
    all.extend(InfluenceLevel::ALL.iter().map(|l| format!("level-{}-desc", l.key())));
    all.extend(family::<PhaseStatus>("phase-status"));
    all.extend(family::<PhaseKind>("phase-kind"));
    all.extend(DEFAULT_TEMPLATE.iter().map(|p| format!("phase-{}", p.key)));
    all.extend(family::<EventKind>("event-kind"));
    all.extend(family::<KeyStep>("key-step"));
    {
        use tandem_domain::decisions::{BudgetBallot, BudgetRule, ConsentStance, PollMethod};
        all.extend(family::<PollMethod>("poll-method"));
        for suffix in ["desc", "legend"] {
            all.extend(PollMethod::ALL.iter().map(|m| format!("poll-method-{}-{suffix}", m.key())));
        }
        let tallied = [PollMethod::Plurality, PollMethod::Approval, PollMethod::Score, PollMethod::Borda];
        all.extend(tallied.iter().map(|m| format!("poll-method-{}-table", m.key())));
        all.extend(family::<ConsentStance>("consent"));
        all.extend(ConsentStance::ALL.iter().map(|s| format!("consent-{}-desc", s.key())));
        all.extend(family::<BudgetBallot>("budget-ballot"));
        all.extend(family::<BudgetRule>("budget-rule"));
        all.extend(BudgetRule::ALL.iter().map(|r| format!("budget-rule-{}-desc", r.key())));
    }
    all.extend(KeyStep::ALL.iter().map(|k| format!("key-step-{}-desc", k.key())));
    use crate::pages::shell::Section;
    for s in [
        Section::Overview,
        Section::Environment,
        Section::Charter,
        Section::Phases,
        Section::Engagement,
        Section::Worksheet,
        Section::Health,
        Section::Packet,
    ] {
        all.push(format!("section-{}", s.key()));
    }
    for c in Check::ALL {
        all.push(format!("health-{}", c.key()));
        all.push(format!("health-{}-fix", c.key()));
        all.push(format!("severity-{}", c.severity().key()));
    }
    all.extend((1..=tandem_domain::worksheet::QUESTIONS).map(|q| format!("worksheet-q{q}")));
    for id in ["join-name-pupil", "join-name-pupil-hint", "join-name", "join-name-hint"] {
        all.push(id.to_owned());
    }
    all.extend(crate::pages::ideas::label_keys());
    all.extend(family::<tandem_domain::accountability::CommitmentStatus>("commitment-status"));
    all.extend(family::<tandem_domain::notify::Delivery>("delivery"));
    all.extend(family::<tandem_domain::notify::NotificationKind>("notification"));
    for t in ["idea", "comment"] {
        all.push(format!("moderation-target-{t}"));
    }
    for a in ["hide", "show", "dismiss"] {
        all.push(format!("moderation-action-{a}"));
    }
    all.extend((1..=6).map(|n| format!("conduct-rule-{n}")));
    all.extend(tandem_domain::audit::Action::ALL.iter().map(|a| a.message_id()));
    for door in [
        tandem_service::Door::Page,
        tandem_service::Door::Api,
        tandem_service::Door::CommandLine,
        tandem_service::Door::Worker,
    ] {
        all.push(format!("audit-via-{}", door.key()));
    }
    for id in [
        "ideas-pseudonym-pupil-hint",
        "ideas-pseudonym-hint",
        "ideas-withdraw",
        "ideas-endorse",
        "moderation-show",
        "moderation-hide",
        "email-idea-subject",
        "email-idea-body",
        "email-commitment-subject",
        "email-commitment-body",
        "email-footer",
        "email-digest-subject",
        "email-digest-intro",
        "email-digest-link",
    ] {
        all.push(id.to_owned());
    }
    for (section, _) in crate::pages::glossary::SECTIONS {
        all.push((*section).to_owned());
    }
    for field in tandem_domain::content::Field::ALL {
        all.push(field.label());
    }
    for term in crate::pages::glossary::terms() {
        all.push(format!("glossary-{term}-title"));
        all.push(format!("glossary-{term}-body"));
    }
    for error in [
        crate::error::AppError::NotFound,
        crate::error::AppError::Forbidden,
        crate::error::AppError::LoginRequired,
        crate::error::AppError::Unauthorized,
        crate::error::AppError::Csrf,
        crate::error::AppError::TooManyRequests { retry_after_secs: 1 },
        crate::error::AppError::Busy { retry_after_secs: 1 },
        crate::error::AppError::Invalid(Default::default()),
        crate::error::AppError::MethodNotAllowed,
        crate::error::AppError::ReadOnlyToken,
        crate::error::AppError::Internal(String::new()),
    ] {
        let (title, body) = error.message_ids();
        all.push(title.to_owned());
        all.push(body.to_owned());
    }
    all
}

#[test]
fn every_message_the_code_uses_exists_in_both_languages() {
    let i18n = I18n::new();
    let used = used_ids();
    assert!(used.len() > 100, "the scanner found only {} ids", used.len());
    let mut missing = Vec::new();
    for id in used.iter().chain(dynamic_ids().iter()) {
        for lang in Lang::ALL {
            if !i18n.has(lang, id) {
                missing.push(format!("{}:{id}", lang.code()));
            }
        }
    }
    assert!(missing.is_empty(), "missing translations: {missing:?}");
}

#[test]
fn plurals_and_arguments_format() {
    let i18n = I18n::new();
    assert_eq!(i18n.format(Lang::En, "members-count", &[("count", 1_i64.into())]), "1 member");
    assert_eq!(i18n.format(Lang::Es, "members-count", &[("count", 3_i64.into())]), "3 miembros");
    assert_eq!(i18n.format(Lang::Es, "join-title", &[("community", "Riverbend".into())]), "Unirse a Riverbend");
    assert_eq!(i18n.format(Lang::En, "no-such-message", &[]), "no-such-message");
    // Arabic has six plural forms; Tandem's messages use one, two, few and other.
    assert_eq!(i18n.format(Lang::Ar, "members-count", &[("count", 2_i64.into())]), "عضوان");
    assert_eq!(i18n.format(Lang::Ar, "members-count", &[("count", 7_i64.into())]), "7 أعضاء");
    assert_eq!(i18n.format(Lang::Ar, "members-count", &[("count", 40_i64.into())]), "40 عضوًا");
    assert_eq!(Lang::Ar.dir(), "rtl");
}
use tandem_service::i18n::{AR_FTL, EN_FTL, ES_FTL, I18n, Lang};

/// Form fields say "(optional)" by themselves when they are; a label that
/// says it too reads "(optional) (optional)".
#[test]
fn field_labels_leave_optional_to_the_form() {
    let i18n = I18n::new();
    for (lang, source, word) in
        [(Lang::En, EN_FTL, "(optional)"), (Lang::Es, ES_FTL, "(opcional)"), (Lang::Ar, AR_FTL, "(اختياري)")]
    {
        for id in ids(source).iter().filter(|id| id.contains("-field-")) {
            let text = i18n.format(lang, id, &[]);
            assert!(!text.contains(word), "{id} in {lang:?}: {text}");
        }
    }
}
