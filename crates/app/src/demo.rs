//! `tandem demo`: a realistic, fictional district that exercises every
//! feature, served from a fresh database, with one login per role.

use std::path::PathBuf;

use rand::{RngExt, SeedableRng, rngs::StdRng};
use tandem_domain::{
    Timestamp,
    community::{CommunityKind, Role, SchoolPhase},
    initiative::{CapacityKind, CapacityStatus, Stance, Visibility},
    text::Slug,
    time::DAY,
};
use tandem_store::{Db, PoolSettings, audit, communities, initiatives, invitations, users};
use tandem_web::{AppState, Clock, SystemClock, WebConfig, i18n::Arg, security};

use crate::messages::{Failure, Out};

pub const PASSWORD: &str = "tandem-demo-2026";
pub const COMMUNITY: &str = "riverbend";

/// One demo login per role.
pub const LOGINS: &[(&str, &str, Role, &str)] = &[
    ("admin@riverbend.example", "Dolores Ramírez", Role::Admin, "school_leaders"),
    ("facilitator@riverbend.example", "Marcus Bell", Role::Facilitator, "school_leaders"),
    ("parent@riverbend.example", "Ana Lucía Torres", Role::Member, "families"),
    ("observer@riverbend.example", "James Okafor", Role::Observer, "governors"),
];

pub struct Seeded {
    pub pupil_invitation: String,
    pub family_invitation: String,
    pub members: usize,
}

const FIRST: &[&str] = &[
    "Aaliyah",
    "Ahmed",
    "Alejandro",
    "Amara",
    "Beatriz",
    "Ben",
    "Carmen",
    "Chen",
    "Chloe",
    "Daniel",
    "Darnell",
    "Elena",
    "Emeka",
    "Fatima",
    "Gabriel",
    "Grace",
    "Hannah",
    "Hiroshi",
    "Imani",
    "Isabel",
    "Jamal",
    "Javier",
    "Jia",
    "José",
    "Kateryna",
    "Keisha",
    "Liam",
    "Lucía",
    "Malik",
    "María",
    "Mateo",
    "Mei",
    "Mohammed",
    "Nadia",
    "Noah",
    "Olga",
    "Omar",
    "Priya",
    "Rafael",
    "Rosa",
    "Samuel",
    "Sofía",
    "Tariq",
    "Thandiwe",
    "Tomás",
    "Valentina",
    "Wei",
    "Yusuf",
    "Zainab",
    "Zoe",
];
const LAST: &[&str] = &[
    "Adeyemi",
    "Alvarez",
    "Brown",
    "Castillo",
    "Chen",
    "Díaz",
    "Evans",
    "Fernández",
    "García",
    "Gómez",
    "Green",
    "Hernández",
    "Ibrahim",
    "Jackson",
    "Johnson",
    "Kim",
    "Kowalski",
    "López",
    "Martínez",
    "Mendoza",
    "Morales",
    "Nguyen",
    "Ortiz",
    "Patel",
    "Pérez",
    "Quispe",
    "Ramírez",
    "Reyes",
    "Rivera",
    "Robinson",
    "Rodríguez",
    "Sánchez",
    "Santos",
    "Singh",
    "Smith",
    "Thompson",
    "Torres",
    "Vargas",
    "Washington",
    "Williams",
    "Wilson",
    "Yilmaz",
];

/// How many members of each stakeholder group the demo has. Unions has
/// fewer than five on purpose: the public pages must suppress that figure.
const MEMBERS_PER_GROUP: &[(&str, usize)] = &[
    ("families", 148),
    ("pupils", 64),
    ("teaching_staff", 38),
    ("support_staff", 16),
    ("school_leaders", 6),
    ("governors", 7),
    ("unions", 3),
    ("community_orgs", 12),
];

struct InitiativeSeed {
    title: &'static str,
    school: Option<&'static str>,
    visibility: Visibility,
    summary: &'static str,
    value: &'static str,
    outcomes: &'static [(&'static str, &'static str, &'static str)],
    capacity: &'static [(CapacityKind, &'static str, &'static str, CapacityStatus, &'static str)],
    stances: &'static [(&'static str, Stance, &'static str)],
    age_days: i64,
}

const INITIATIVES: &[InitiativeSeed] = &[
    InitiativeSeed {
        title: "Northside Middle School redesign: a community design team",
        school: Some("northside-middle-school"),
        visibility: Visibility::Public,
        summary: "Families, pupils, staff and neighbours design the new Northside together: its name, its programme and its blueprint, before anything is decided.",
        value: "Every Northside pupil belongs, is known by at least one adult, and leaves ready for high school.\n\nThe school's name, programme and timetable are shaped by the families and pupils who will live with them.",
        outcomes: &[
            ("Pupils who say an adult at school knows them well", "Annual pupil survey, question 4", "85% (from 61%)"),
            ("Year 8 pupils reading at or above grade level", "Spring reading assessment", "70% (from 52%)"),
            ("Families who took part in the design", "Design-team sign-in and survey responses", ""),
        ],
        capacity: &[
            (
                CapacityKind::People,
                "Year 0 leader to run the design process",
                "Marcus Bell, principal designate",
                CapacityStatus::InPlace,
                "Appointed by the board in September",
            ),
            (
                CapacityKind::People,
                "Interpreters for Spanish- and Arabic-speaking families",
                "",
                CapacityStatus::Needed,
                "",
            ),
            (
                CapacityKind::Money,
                "Planning grant for design-team meetings (childcare, food, stipends)",
                "District engagement office",
                CapacityStatus::InProgress,
                "Grant application submitted",
            ),
            (
                CapacityKind::Systems,
                "Enrolment system ready for the new programme",
                "Central enrolment team",
                CapacityStatus::AtRisk,
                "Vendor contract ends in June",
            ),
        ],
        stances: &[
            ("families", Stance::Supporter, "Strong turnout at the first two sessions"),
            ("pupils", Stance::Champion, "The pupil council asked to name the school"),
            ("teaching_staff", Stance::Neutral, "Waiting to see the staffing plan"),
            ("school_leaders", Stance::Champion, ""),
            ("governors", Stance::Supporter, "Board approved the process in September"),
            ("unions", Stance::Sceptic, "Concern about re-hiring; notified in advance as agreed"),
        ],
        age_days: 70,
    },
    InitiativeSeed {
        title: "Peer mentoring and buddying at Harbor View",
        school: Some("harbor-view-high-school"),
        visibility: Visibility::Public,
        summary: "Older pupils mentor new arrivals, trained and supported by staff and a local youth charity; pupils help run and review the scheme.",
        value: "Every new pupil at Harbor View has a trained peer mentor in their first term, so that no one starts high school alone.",
        outcomes: &[
            ("New pupils with a mentor by week three", "Mentoring register", "100%"),
            ("New pupils who say they have someone to turn to", "Term 1 wellbeing check-in", "90%"),
            ("Mentors who complete the training", "Training attendance", "95%"),
        ],
        capacity: &[
            (
                CapacityKind::People,
                "Mentoring coordinator",
                "Ms Okonkwo, head of Year 9",
                CapacityStatus::InPlace,
                "Two hours a week on the timetable",
            ),
            (
                CapacityKind::People,
                "Mentor training",
                "Riverbend Youth Trust",
                CapacityStatus::InPlace,
                "Training delivered in August",
            ),
            (
                CapacityKind::Systems,
                "Weekly check-in rota",
                "Pupil mentoring committee",
                CapacityStatus::InPlace,
                "Rota published on the noticeboard",
            ),
            (
                CapacityKind::Money,
                "Mentor recognition budget",
                "School business manager",
                CapacityStatus::InProgress,
                "Approved for this year",
            ),
        ],
        stances: &[
            ("families", Stance::Supporter, ""),
            ("pupils", Stance::Champion, "Mentors co-wrote the training"),
            ("teaching_staff", Stance::Supporter, ""),
            ("support_staff", Stance::Supporter, ""),
            ("school_leaders", Stance::Champion, ""),
            ("community_orgs", Stance::Champion, "Riverbend Youth Trust co-delivers"),
        ],
        age_days: 120,
    },
    InitiativeSeed {
        title: "Working Together: a SEND parent-carer conference",
        school: None,
        visibility: Visibility::Public,
        summary: "A district conference where more than half of the sessions are led by parents and carers of children with special educational needs, with delegates' views gathered on every session.",
        value: "Families of children with SEND and professionals plan support as equal partners, and the district's SEND plan reflects what families say works.",
        outcomes: &[
            ("Sessions led or co-led by parents and carers", "Conference programme", "More than half"),
            ("Delegates who would recommend the conference", "Feedback forms", "80%"),
        ],
        capacity: &[
            (
                CapacityKind::People,
                "Parent-carer programme committee",
                "SEND parent-carer forum",
                CapacityStatus::InPlace,
                "Meets monthly",
            ),
            (CapacityKind::People, "SENCO network lead", "Priya Natarajan, SENCO", CapacityStatus::InPlace, ""),
            (CapacityKind::Other, "Accessible venue with quiet room", "", CapacityStatus::Needed, ""),
        ],
        stances: &[
            ("families", Stance::Champion, "The forum proposed the conference"),
            ("teaching_staff", Stance::Supporter, ""),
            ("support_staff", Stance::Supporter, ""),
            ("school_leaders", Stance::Unknown, "Not yet discussed at heads' meeting"),
            ("community_orgs", Stance::Supporter, ""),
        ],
        age_days: 40,
    },
    InitiativeSeed {
        title: "Staff workload and wellbeing review",
        school: None,
        visibility: Visibility::Members,
        summary: "Staff, unions and leaders review workload together and agree changes for next year. Visible to members only while proposals are drafted.",
        value: "Teachers and support staff spend their time on teaching and care, not on avoidable paperwork.",
        outcomes: &[(
            "Hours a week staff spend on administration",
            "Staff time diary, two weeks each term",
            "Down by 3 hours",
        )],
        capacity: &[(
            CapacityKind::People,
            "Joint working group (staff, unions, leaders)",
            "Deputy superintendent",
            CapacityStatus::InProgress,
            "",
        )],
        stances: &[
            ("teaching_staff", Stance::Supporter, ""),
            ("support_staff", Stance::Supporter, ""),
            ("unions", Stance::Supporter, "Co-chairs the working group"),
            ("school_leaders", Stance::Neutral, ""),
        ],
        age_days: 15,
    },
    InitiativeSeed {
        title: "Safer routes to Riverbend Elementary",
        school: Some("riverbend-elementary-school"),
        visibility: Visibility::Public,
        summary: "An early idea from families: safer walking and cycling routes to school. Just started — the triangle shows what is still missing.",
        value: "Children can walk or cycle to school safely.",
        outcomes: &[],
        capacity: &[],
        stances: &[],
        age_days: 3,
    },
];

fn person_name(rng: &mut StdRng) -> String {
    let first = FIRST[rng.random_range(0..FIRST.len())];
    let last = LAST[rng.random_range(0..LAST.len())];
    format!("{first} {last}")
}

/// Fills an empty, migrated database with the demo district. `password_hash`
/// is the hash of [`PASSWORD`], computed once for all the demo logins.
pub async fn seed(db: &Db, now: Timestamp, password_hash: &str) -> Result<Seeded, tandem_store::StoreError> {
    let mut rng = StdRng::seed_from_u64(2026);
    let new = communities::NewCommunity {
        slug: COMMUNITY,
        name: "Riverbend Unified School District",
        kind: CommunityKind::District,
        description: "A fictional district of three schools working with its families, pupils, staff, unions and neighbours on what happens next.",
    };
    let cid = communities::create(db, &new, now.plus_secs(-200 * DAY)).await?;
    let mut school_ids = Vec::new();
    for (name, phase) in [
        ("Riverbend Elementary School", SchoolPhase::Primary),
        ("Northside Middle School", SchoolPhase::Middle),
        ("Harbor View High School", SchoolPhase::Secondary),
    ] {
        let slug = Slug::from_title(name);
        school_ids.push((
            slug.to_string(),
            communities::add_school(db, cid, slug.as_str(), name, phase, now.plus_secs(-200 * DAY)).await?,
        ));
    }
    let groups = communities::groups(db, cid).await?;
    let group = |key: &str| groups.iter().find(|g| g.key == key).map(|g| g.id);

    let mut tx = db.begin().await?;
    let mut members = 0;
    for (email, name, role, group_key) in LOGINS {
        let user = users::NewUser {
            email: Some(email),
            display_name: name,
            password_hash: Some(password_hash),
            lang: "en",
            is_site_admin: false,
        };
        let uid = users::create(&mut *tx, &user, now.plus_secs(-180 * DAY)).await?;
        let school =
            if *role == Role::Facilitator || *role == Role::Member { school_ids.get(1).map(|s| s.1) } else { None };
        let m = communities::NewMembership {
            community_id: cid,
            user_id: uid,
            role: *role,
            group_id: group(group_key),
            school_id: school,
        };
        communities::add_member(&mut *tx, &m, now.plus_secs(-180 * DAY)).await?;
        members += 1;
    }
    for (key, count) in MEMBERS_PER_GROUP {
        for _ in 0..*count {
            let name = person_name(&mut rng);
            let joined = now.plus_secs(-rng.random_range(1..170) * DAY);
            let user = users::NewUser {
                email: None,
                display_name: &name,
                password_hash: None,
                lang: if rng.random_bool(0.3) { "es" } else { "en" },
                is_site_admin: false,
            };
            let uid = users::create(&mut *tx, &user, joined).await?;
            let school = school_ids[rng.random_range(0..school_ids.len())].1;
            let role = if *key == "school_leaders" { Role::Facilitator } else { Role::Member };
            let m = communities::NewMembership {
                community_id: cid,
                user_id: uid,
                role,
                group_id: group(key),
                school_id: Some(school),
            };
            communities::add_member(&mut *tx, &m, joined).await?;
            members += 1;
        }
    }
    tx.commit().await?;

    let admin_id = users::get_by_email(db, LOGINS[0].0).await?.map(|u| u.id);
    for seed in INITIATIVES {
        let created = now.plus_secs(-seed.age_days * DAY);
        let fields = initiatives::InitiativeFields {
            school_id: seed.school.and_then(|s| school_ids.iter().find(|(slug, _)| slug == s).map(|(_, id)| *id)),
            title: seed.title,
            summary: seed.summary,
            visibility: seed.visibility,
            value_statement: seed.value,
        };
        let (iid, slug) =
            initiatives::create(db, cid, &Slug::from_title(seed.title), &fields, admin_id, created).await?;
        for (description, measure, target) in seed.outcomes {
            initiatives::add_outcome(db, iid, &initiatives::OutcomeFields { description, measure, target }, created)
                .await?;
        }
        for (kind, title, owner, status, evidence) in seed.capacity {
            let c = initiatives::CapacityFields { kind: *kind, title, owner, status: *status, evidence };
            initiatives::add_capacity(db, iid, &c, created).await?;
        }
        for (key, stance, note) in seed.stances {
            if let Some(gid) = group(key) {
                initiatives::set_stance(db, iid, gid, *stance, note, created.plus_secs(DAY)).await?;
            }
        }
        let entry = audit::Entry {
            community_id: Some(cid),
            actor_id: admin_id,
            action: "initiative.create",
            subject: &slug,
            detail: "",
        };
        audit::record(db, &entry, created).await?;
    }

    // Invitations in every state, and two open links the demo prints.
    let pupil_code = security::new_token();
    let family_code = security::new_token();
    let invites = [
        (pupil_code.as_str(), Role::Member, "pupils", "Year 8 pupil council rep", now.plus_days(14), false),
        (family_code.as_str(), Role::Member, "families", "New family at Northside", now.plus_days(14), false),
        (
            "demo-expired-link-0000000000000000000000000",
            Role::Member,
            "families",
            "Autumn open evening",
            now.plus_days(-2),
            false,
        ),
        (
            "demo-revoked-link-0000000000000000000000000",
            Role::Observer,
            "community_orgs",
            "Library outreach",
            now.plus_days(10),
            true,
        ),
    ];
    for (code, role, key, note, expires_at, revoke) in invites {
        let new = invitations::NewInvitation {
            community_id: cid,
            code_hash: &security::token_hash(code),
            role,
            group_id: group(key),
            school_id: school_ids.get(1).map(|s| s.1),
            note,
            created_by: admin_id,
            expires_at,
        };
        let id = invitations::create(db, &new, now.plus_days(-20)).await?;
        if revoke {
            invitations::revoke(db, cid, id, now.plus_days(-1)).await?;
        }
    }
    Ok(Seeded { pupil_invitation: pupil_code, family_invitation: family_code, members })
}

pub async fn run(
    out: &Out,
    addr: &str,
    database: Option<PathBuf>,
    database_url: Option<String>,
    replace: bool,
) -> Result<(), Failure> {
    let temp = tempfile::tempdir().map_err(|e| Failure::new("cli-error-database").arg("detail", e))?;
    let url = match (database_url, database) {
        (Some(url), _) => url,
        (None, Some(path)) => {
            if path.exists() {
                if !replace {
                    return Err(Failure::new("cli-error-demo-exists").arg("path", path.display()));
                }
                for suffix in ["", "-wal", "-shm"] {
                    let _ = std::fs::remove_file(format!("{}{suffix}", path.display()));
                }
            }
            format!("sqlite://{}", path.display())
        }
        (None, None) => format!("sqlite://{}", temp.path().join("demo.db").display()),
    };
    let db = Db::connect(&url, PoolSettings { max_connections: 16 }).await?;
    db.migrate().await?;
    if communities::by_slug(&db, COMMUNITY).await?.is_some() {
        return Err(Failure::new("cli-error-demo-not-empty"));
    }
    let listener = crate::bind(addr).await?;
    let base = format!("http://{}", crate::local_addr(&listener)?);
    let hash = security::hash_password(PASSWORD).map_err(|e| Failure::new("cli-error-database").arg("detail", e))?;
    let seeded = seed(&db, SystemClock.now(), &hash).await?;
    out.say("cli-demo-ready", &[("url", Arg::Str(base.clone()))]);
    out.say("cli-demo-logins", &[("password", Arg::Str(PASSWORD.to_owned()))]);
    for (email, _, role, _) in LOGINS {
        println!("  {:<12} {email}", role.key());
    }
    out.say("cli-demo-invite-pupil", &[]);
    println!("  {base}/join/{}", seeded.pupil_invitation);
    out.say("cli-demo-invite-family", &[]);
    println!("  {base}/join/{}", seeded.family_invitation);
    out.say(
        "cli-demo-members",
        &[("count", Arg::Num(seeded.members as i64)), ("url", Arg::Str(format!("{base}/c/{COMMUNITY}")))],
    );
    out.say("cli-stop", &[]);
    let state = AppState::new(db, WebConfig { public_url: Some(base), ..WebConfig::default() });
    crate::serve(listener, state, true).await
}

#[cfg(test)]
mod tests {
    use tandem_store::testing::{TestDb, backends};

    use super::*;

    #[tokio::test]
    async fn the_demo_district_exercises_every_feature() {
        for backend in backends() {
            let t = TestDb::new(backend).await.unwrap();
            let now = Timestamp(1_795_000_000);
            let seeded = seed(&t.db, now, "not-a-real-hash").await.unwrap();
            assert!(seeded.members > 250, "a few hundred members");
            let c = communities::by_slug(&t.db, COMMUNITY).await.unwrap().unwrap();
            assert_eq!(communities::schools(&t.db, c.id).await.unwrap().len(), 3);
            let list = initiatives::list(&t.db, c.id, true).await.unwrap();
            assert_eq!(list.len(), INITIATIVES.len());
            assert!(list.iter().any(|i| i.visibility == Visibility::Members), "a members-only initiative");
            let counts = communities::member_counts(&t.db, c.id).await.unwrap();
            assert!(counts.iter().any(|(_, n)| (1..5).contains(n)), "a group small enough to be suppressed");
            let invites = invitations::list(&t.db, c.id, 10).await.unwrap();
            let states: Vec<_> = invites.iter().map(|i| i.status(now)).collect();
            for status in [
                tandem_domain::invitation::InvitationStatus::Open,
                tandem_domain::invitation::InvitationStatus::Expired,
                tandem_domain::invitation::InvitationStatus::Revoked,
            ] {
                assert!(states.contains(&status), "an invitation that is {status:?}");
            }
            for (email, _, role, _) in LOGINS {
                let user = users::get_by_email(&t.db, email).await.unwrap().unwrap();
                let m = communities::membership(&t.db, c.id, user.id).await.unwrap().unwrap();
                assert_eq!(m.role, *role);
            }
        }
    }
}
