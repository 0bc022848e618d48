//! `tandem demo`: a realistic, fictional district that exercises every
//! feature, served from a fresh database, with one login per role.

use std::path::PathBuf;

use rand::{RngExt, SeedableRng, rngs::StdRng};
use tandem_domain::{
    Timestamp,
    audit::Action,
    community::{CommunityKind, Locale, Role, SchoolPhase},
    content::Field,
    initiative::{CapacityKind, CapacityStatus, Stance, Visibility},
    text::Slug,
    time::DAY,
};
use tandem_service::{Service, conversations, i18n::Arg, secrets as security};
use tandem_store::{
    Db, PoolSettings, accountability, audit, charter, communities, engagement, environment, ideas, initiatives,
    invitations, moderation, notifications, phases, translations, users, worksheet,
};
use tandem_web::{AppState, WebConfig};

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
    /// One-time links to the open survey, as printed for families.
    pub survey_links: Vec<String>,
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
            (
                "Families who feel connected to the school",
                "Connections score on the family survey (1 to 5)",
                "3.5 or more by the end of the year",
            ),
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

/// A ballot tracker in the service's alphabet, from the demo's seeded generator.
pub(crate) fn tracker(rng: &mut StdRng) -> String {
    const ALPHABET: &[u8] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    let chars: String = (0..10).map(|_| ALPHABET[rng.random_range(0..ALPHABET.len())] as char).collect();
    format!("{}-{}", &chars[..5], &chars[5..])
}

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
    let cid = communities::create(&mut *db.acquire().await?, &new, now.plus_secs(-200 * DAY)).await?;
    // A US district: its polls close at midnight on its own clock, and
    // Spanish readers see money as Spanish is written in the US ($18,000).
    communities::set_place(db.pool(), cid, "America/Chicago", Locale::EnUs, "en,es").await?;
    let mut school_ids = Vec::new();
    for (name, phase) in [
        ("Riverbend Elementary School", SchoolPhase::Primary),
        ("Northside Middle School", SchoolPhase::Middle),
        ("Harbor View High School", SchoolPhase::Secondary),
    ] {
        let slug = Slug::from_title(name);
        school_ids.push((
            slug.to_string(),
            communities::add_school(db.pool(), cid, slug.as_str(), name, phase, now.plus_secs(-200 * DAY))
                .await?
                .ok_or(tandem_store::StoreError::Conflict("school"))?,
        ));
    }
    let groups = communities::groups(db.pool(), cid).await?;
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

    let admin_id = users::get_by_email(db.pool(), LOGINS[0].0).await?.map(|u| u.id);
    let mut initiative_ids = Vec::new();
    for seed in INITIATIVES {
        let created = now.plus_secs(-seed.age_days * DAY);
        let fields = initiatives::InitiativeFields {
            school_id: seed.school.and_then(|s| school_ids.iter().find(|(slug, _)| slug == s).map(|(_, id)| *id)),
            title: seed.title,
            summary: seed.summary,
            visibility: seed.visibility,
            value_statement: seed.value,
        };
        let (iid, slug) = initiatives::create(
            &mut *db.acquire().await?,
            cid,
            &Slug::from_title(seed.title),
            &fields,
            admin_id,
            created,
            true,
        )
        .await?;
        phases::create_defaults(&mut *db.acquire().await?, iid).await?;
        initiative_ids.push(iid);
        for (description, measure, target) in seed.outcomes {
            initiatives::add_outcome(
                db.pool(),
                iid,
                &initiatives::OutcomeFields { description, measure, target },
                created,
            )
            .await?;
        }
        for (kind, title, owner, status, evidence) in seed.capacity {
            let c = initiatives::CapacityFields { kind: *kind, title, owner, status: *status, evidence };
            initiatives::add_capacity(db.pool(), iid, &c, created).await?;
        }
        for (key, stance, note) in seed.stances {
            if let Some(gid) = group(key) {
                initiatives::set_stance(db.pool(), iid, gid, *stance, note, created.plus_secs(DAY)).await?;
            }
        }
        let ids = Ids { community: cid, admin: admin_id, initiatives: Vec::new(), groups: Vec::new() };
        ids.audited(db, iid, Action::InitiativeCreate, &slug, "", created).await?;
    }

    let ids = Ids { community: cid, admin: admin_id, initiatives: initiative_ids, groups: groups.clone() };
    seed_model(db, now, &ids).await?;
    seed_ideas(db, now, cid, &ids).await?;
    seed_decisions(db, now, cid, &ids, &mut rng).await?;
    seed_conversation(db, now, cid, &ids).await?;
    seed_representation(db, now, &ids, &school_ids, &mut rng).await?;
    seed_selection(db, now, &ids, &mut rng).await?;
    seed_bodies(db, now, &ids, &mut rng).await?;
    seed_events(db, now, &ids, &mut rng).await?;
    seed_actions(db, now, &ids, &mut rng).await?;
    seed_rosters(db, now, &ids, &mut rng).await?;
    let survey_links = seed_surveys(db, now, &ids, &mut rng).await?;

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
            for_user_id: None,
        };
        let id = invitations::create(db.pool(), &new, now.plus_days(-20)).await?;
        if revoke {
            invitations::revoke(db.pool(), cid, id, now.plus_days(-1)).await?;
        }
    }
    Ok(Seeded { pupil_invitation: pupil_code, family_invitation: family_code, survey_links, members })
}

pub async fn run(
    out: &Out,
    addr: &str,
    database: Option<PathBuf>,
    database_url: Option<String>,
    replace: bool,
    scale: usize,
    mail: &crate::config::MailSettings,
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
    if communities::by_slug(db.pool(), COMMUNITY).await?.is_some() {
        return Err(Failure::new("cli-error-demo-not-empty"));
    }
    let listener = crate::bind(addr).await?;
    let base = format!("http://{}", crate::local_addr(&listener)?);
    let hash = security::hash_password(PASSWORD).map_err(|e| Failure::new("cli-error-database").arg("detail", e))?;
    let svc = Service::new(db.clone());
    let seeded = seed(&db, svc.now(), &hash).await?;
    if scale > 1 {
        let started = std::time::Instant::now();
        let added = crate::demo_scale::enlarge(&db, svc.now(), scale).await?;
        out.say(
            "cli-demo-scaled",
            &[
                ("scale", Arg::from(scale)),
                ("members", Arg::from(added.members)),
                ("ideas", Arg::from(added.ideas)),
                ("reactions", Arg::from(added.endorsements + added.comments)),
                ("notifications", Arg::from(added.notifications)),
                ("ballots", Arg::from(added.ballots)),
                ("votes", Arg::from(added.votes)),
                ("seconds", Arg::Num(started.elapsed().as_secs() as i64)),
            ],
        );
    }
    out.say("cli-demo-ready", &[("url", Arg::Str(base.clone()))]);
    out.say("cli-demo-logins", &[("password", Arg::Str(PASSWORD.to_owned()))]);
    for (email, _, role, _) in LOGINS {
        println!("  {:<12} {email}", role.key());
    }
    out.say("cli-demo-invite-pupil", &[]);
    println!("  {base}/join/{}", seeded.pupil_invitation);
    out.say("cli-demo-invite-family", &[]);
    println!("  {base}/join/{}", seeded.family_invitation);
    out.say("cli-demo-survey-links", &[]);
    for path in &seeded.survey_links {
        println!("  {base}{path}");
    }
    out.say(
        "cli-demo-members",
        &[("count", Arg::Num(seeded.members as i64)), ("url", Arg::Str(format!("{base}/c/{COMMUNITY}")))],
    );
    out.say("cli-stop", &[]);
    let svc = crate::with_mail(svc, mail)?;
    let state = AppState::new(
        svc,
        WebConfig {
            public_url: Some(base),
            anonymous_page_ttl: crate::config::page_cache(None),
            ..WebConfig::default()
        },
    );
    crate::serve(listener, state, true).await
}

struct Ids {
    community: i64,
    admin: Option<i64>,
    initiatives: Vec<i64>,
    groups: Vec<communities::Group>,
}

impl Ids {
    /// The audit entry the administrator's action would have left on the
    /// pages, so the demo's audit log tells the history it seeds.
    async fn audited(
        &self,
        db: &Db,
        initiative: i64,
        action: Action,
        subject: impl ToString,
        detail: &str,
        at: Timestamp,
    ) -> Result<(), tandem_store::StoreError> {
        let subject = subject.to_string();
        let entry = audit::Entry {
            community_id: Some(self.community),
            initiative_id: Some(initiative),
            actor_id: self.admin,
            via: "page",
            action: action.key(),
            subject: &subject,
            detail,
        };
        let mut tx = db.begin().await?;
        audit::record(&mut tx, &entry, at).await?;
        tx.commit().await?;
        Ok(())
    }
}

/// The secret phrases of the demo's public draws (revealed on the page, as after any draw).
pub const DRAW_SECRETS: [&str; 2] = ["northside-design-team-2026", "northside-replacement-round"];

/// Issue 15: Northside's community design team of 12 chosen by lot from 120
/// volunteers, with quotas by stakeholder group, school and home language
/// (proportional to the district, at least two pupils and two Arabic
/// speakers), drawn in public; one person declined and was replaced.
/// Through the service, as the pages would do it.
async fn seed_selection(db: &Db, now: Timestamp, ids: &Ids, rng: &mut StdRng) -> Result<(), tandem_store::StoreError> {
    use tandem_service::{Access, Actor, Door, sortition};
    let fail = |e: tandem_service::Error| {
        tracing::error!(error = ?e, "demo selection");
        tandem_store::StoreError::Corrupt("demo selection")
    };
    let svc = Service::new(db.clone());
    let Some(&northside) = ids.initiatives.first() else { return Ok(()) };
    let slug = initiatives::path_of(db.pool(), northside).await?.ok_or(tandem_store::StoreError::NotFound)?.1;
    let as_person = |user: users::User| Actor::person(user, Door::Page);
    let admin = users::get_by_email(db.pool(), LOGINS[0].0).await?.ok_or(tandem_store::StoreError::NotFound)?;
    let (fac, i) = Access::load_initiative(&svc, &as_person(admin), COMMUNITY, &slug).await.map_err(fail)?;
    let input = sortition::SelectionInput {
        title: "Northside community design team".into(),
        purpose: "Twelve people chosen by lot — families, pupils, staff and neighbours, from every school and home language — meet fortnightly from January to design the new Northside with the architects.".into(),
        seats: "12".into(),
        dimensions: vec!["stakeholder_group".into(), "school".into(), "home_language".into()],
    };
    let id = sortition::create(&svc, &fac, &i, &input, now.plus_days(-21)).await.map_err(fail)?;
    // 120 volunteers among the members who take part (no staff roles), in the order they came forward.
    let mut conn = db.acquire().await?;
    let members = communities::members(&mut conn, ids.community, None, None, 1000).await?.members;
    drop(conn);
    let mut pool: Vec<&communities::Member> = members
        .iter()
        .filter(|m| m.membership.role == Role::Member)
        .filter(|m| m.email.as_deref() != Some(LOGINS[2].0))
        .collect();
    let pupils: Vec<&communities::Member> = pool.iter().copied().filter(|m| m.membership.protected).take(14).collect();
    pool.retain(|m| !m.membership.protected);
    let mut chosen: Vec<&communities::Member> = pupils;
    while chosen.len() < 120 && !pool.is_empty() {
        chosen.push(pool.swap_remove(rng.random_range(0..pool.len())));
    }
    let languages = [("English", 52), ("Spanish", 34), ("Arabic", 5), ("Vietnamese", 4), ("Other", 3), ("-", 2)];
    for (k, m) in chosen.iter().enumerate() {
        let Some(user) = users::get_by_id(db.pool(), m.membership.user_id).await? else { continue };
        let (access, i) = Access::load_initiative(&svc, &as_person(user), COMMUNITY, &slug).await.map_err(fail)?;
        let total: u32 = languages.iter().map(|l| l.1).sum();
        let mut roll = rng.random_range(0..total);
        let language = languages
            .iter()
            .find(|(_, w)| {
                if roll < *w {
                    true
                } else {
                    roll -= w;
                    false
                }
            })
            .map_or("-", |l| l.0);
        let answers = [("home_language".to_owned(), language.to_owned())];
        let at = now.plus_days(-20).plus_secs(k as i64 * 3_600);
        sortition::volunteer(&svc, &access, &i, id, &answers, at).await.map_err(fail)?;
    }
    // Proportional quotas, then "at least two pupils" and "at least two Arabic speakers".
    sortition::proportional_quotas(&svc, &fac, &i, id, now.plus_days(-12)).await.map_err(fail)?;
    let view = sortition::view(&svc, &fac, &i, id).await.map_err(fail)?;
    let rows = sortition::quota_rows(&svc, &fac, &view.selection).await.map_err(fail)?;
    let typed: Vec<(String, String)> = rows
        .iter()
        .map(|(d, g)| {
            let q = view.selection.quotas.iter().find(|q| q.dimension == *d && q.group == *g);
            let (min, max) = q.map_or((0, 12), |q| (q.min, q.max));
            match (d.as_str(), g.as_str()) {
                ("stakeholder_group", "pupils") => ("2".to_owned(), "4".to_owned()),
                ("home_language", "Arabic") => ("2".to_owned(), "3".to_owned()),
                // Staff and partner groups of a few dozen in the district round to no seat; let them have one.
                (_, "-") => ("0".to_owned(), "12".to_owned()),
                _ => ((min - 1).max(0).to_string(), (max + 1).min(12).to_string()),
            }
        })
        .collect();
    sortition::set_quotas(&svc, &fac, &i, id, &typed, now.plus_days(-12)).await.map_err(fail)?;
    let path = format!("/c/{COMMUNITY}/i/{slug}/selections/{id}");
    sortition::commit(&svc, &fac, &i, id, DRAW_SECRETS[0], now.plus_days(-10)).await.map_err(fail)?;
    sortition::draw(&svc, &fac, &i, id, DRAW_SECRETS[0], "4 2 6 1 3 5 5 2", &path, now.plus_days(-9))
        .await
        .map_err(fail)?;
    // Everyone drawn answers but one; the first adult drawn declines.
    let drawn: Vec<i64> = tandem_store::sortition::volunteers(db.pool(), ids.community, id)
        .await?
        .iter()
        .filter(|v| v.status == tandem_domain::sortition::VolunteerStatus::Selected)
        .map(|v| if v.protected { -v.user_id } else { v.user_id })
        .collect();
    let decliner = drawn.iter().copied().find(|u| *u > 0);
    for (k, u) in drawn.iter().enumerate() {
        if k == drawn.len() - 1 && Some(*u) != decliner {
            continue; // still deciding
        }
        let Some(user) = users::get_by_id(db.pool(), u.abs()).await? else { continue };
        let (access, i) = Access::load_initiative(&svc, &as_person(user), COMMUNITY, &slug).await.map_err(fail)?;
        let accept = Some(*u) != decliner;
        sortition::respond(&svc, &access, &i, id, accept, now.plus_days(-8)).await.map_err(fail)?;
    }
    sortition::prepare_replacements(&svc, &fac, &i, id, DRAW_SECRETS[1], now.plus_days(-7)).await.map_err(fail)?;
    sortition::draw(&svc, &fac, &i, id, DRAW_SECRETS[1], "6 6 1 4", &path, now.plus_days(-6)).await.map_err(fail)?;
    Ok(())
}

/// Issue 16 in the demo: Northside's site council (parity between staff and
/// families with the community, one parent seat vacant with an alternate
/// waiting), Riverbend's parent council, a past council meeting whose
/// approved minutes answer an idea on "you said, we did", and coming
/// meetings — one with 20 places (10 kept for families), a waitlist and
/// access needs, one with places left for the browser journey.
async fn seed_bodies(db: &Db, now: Timestamp, ids: &Ids, rng: &mut StdRng) -> Result<(), tandem_store::StoreError> {
    use tandem_domain::meetings::{ActionInput, DecisionInput, MeetingInput};
    use tandem_service::{
        Access, Actor, Door,
        bodies::{self, BodyInput, RuleInput, SeatInput, TermInput},
        meetings::{self, ItemInput, Owner},
    };
    let fail = |e: tandem_service::Error| {
        tracing::error!(error = ?e, "demo bodies");
        tandem_store::StoreError::Corrupt("demo bodies")
    };
    let svc = Service::new(db.clone());
    let Some(&northside) = ids.initiatives.first() else { return Ok(()) };
    let slug = initiatives::path_of(db.pool(), northside).await?.ok_or(tandem_store::StoreError::NotFound)?.1;
    let as_person = |user: users::User| Actor::person(user, Door::Page);
    let admin = users::get_by_email(db.pool(), LOGINS[0].0).await?.ok_or(tandem_store::StoreError::NotFound)?;
    let fac = Access::load(&svc, &as_person(admin), COMMUNITY).await.map_err(fail)?;
    let zone = fac.zone();
    let at = |days: i64, hour: u8| zone.local_input(zone.at(zone.date(now.plus_days(days)), hour, 0));
    let set_up = now.plus_days(-100);

    // Members by group, to give seats to.
    let mut conn = db.acquire().await?;
    let members = communities::members(&mut conn, ids.community, None, None, 1000).await?.members;
    drop(conn);
    let parent_login = users::get_by_email(db.pool(), LOGINS[2].0).await?.map(|u| u.id);
    let mut of_group = |key: &str, n: usize| -> Vec<i64> {
        let mut pool: Vec<i64> = members
            .iter()
            .filter(|m| m.group_key.as_deref() == Some(key) && Some(m.membership.user_id) != parent_login)
            .filter(|m| m.membership.role != Role::Observer)
            .map(|m| m.membership.user_id)
            .collect();
        let mut out = Vec::new();
        while out.len() < n && !pool.is_empty() {
            out.push(pool.swap_remove(rng.random_range(0..pool.len())));
        }
        out
    };

    let council = BodyInput {
        name: "Northside site council".into(),
        kind: "school_site_council".into(),
        purpose: "Steers the Northside redesign with the design team: approves the school plan, the budget for the family hub and how the design team's proposals are taken up. Staff and families with the community sit in equal numbers, as California's school site councils require.".into(),
        notice_hours: "72".into(),
        initiative: slug.clone(),
        school: "northside-middle-school".into(),
    };
    let body = bodies::create(&svc, &fac, &council, set_up).await.map_err(fail)?;
    let areas = tandem_store::charter::areas(db.pool(), northside).await?;
    let area_ids: Vec<String> = areas.iter().take(2).map(|a| a.id.to_string()).collect();
    bodies::set_areas(&svc, &fac, body, &area_ids, set_up).await.map_err(fail)?;
    let rules = [
        RuleInput {
            rule: "parity".into(),
            groups: vec!["school_leaders".into(), "teaching_staff".into(), "support_staff".into()],
            second: vec!["families".into(), "community_orgs".into()],
            count: String::new(),
        },
        RuleInput { rule: "at_least".into(), groups: vec!["pupils".into()], second: Vec::new(), count: "2".into() },
    ];
    for r in &rules {
        bodies::add_rule(&svc, &fac, body, r, set_up).await.map_err(fail)?;
    }
    let seats: [(&str, &str, &str, usize); 7] = [
        ("Principal", "school_leaders", "ex_officio", 1),
        ("Teacher", "teaching_staff", "election", 3),
        ("Support staff", "support_staff", "election", 1),
        ("Parent or carer", "families", "election", 3),
        ("Community partner", "community_orgs", "appointment", 1),
        ("Pupil", "pupils", "election", 2),
        ("Parent or carer (by lot)", "families", "lot", 0),
    ];
    let starts = tandem_domain::time::iso_date(zone.date(now.plus_days(-80)));
    let mut holders: Vec<i64> = Vec::new();
    let mut vacant_seat = None;
    for (label, group, method, n) in seats {
        let count = if method == "lot" { 1 } else { n };
        let people = of_group(group, count + 1);
        for k in 0..count {
            let input = SeatInput {
                label: if count > 1 { format!("{label} {}", k + 1) } else { label.to_owned() },
                constituency: group.into(),
                method: method.into(),
                term_months: "24".into(),
                term_limit: if method == "election" { "2".into() } else { String::new() },
            };
            let seat = bodies::add_seat(&svc, &fac, body, &input, set_up).await.map_err(fail)?;
            // The seat by lot is vacant since a parent moved away 40 days ago; one alternate waits.
            if method == "lot" {
                vacant_seat = Some(seat);
                if let Some(first) = people.first() {
                    let t = TermInput {
                        holder: first.to_string(),
                        starts_on: starts.clone(),
                        ends_on: tandem_domain::time::iso_date(zone.date(now.plus_days(-40))),
                        interests: String::new(),
                    };
                    bodies::add_term(&svc, &fac, body, seat, &t, set_up).await.map_err(fail)?;
                }
                if let Some(alternate) = people.get(1) {
                    bodies::add_alternate(&svc, &fac, body, seat, &alternate.to_string(), set_up)
                        .await
                        .map_err(fail)?;
                }
                continue;
            }
            let Some(holder) = people.get(k) else { continue };
            let interests = if group == "community_orgs" {
                "Runs the Eastside Library homework club, which bids for the hub's after-school slot."
            } else {
                ""
            };
            let t = TermInput {
                holder: holder.to_string(),
                starts_on: starts.clone(),
                ends_on: String::new(),
                interests: interests.into(),
            };
            bodies::add_term(&svc, &fac, body, seat, &t, set_up).await.map_err(fail)?;
            holders.push(*holder);
        }
    }
    let _ = vacant_seat;

    // Riverbend's parent council: the community's, families in the majority.
    let parents = BodyInput {
        name: "Riverbend parent council".into(),
        kind: "parent_council".into(),
        purpose: "Parents and carers from every Riverbend school meet monthly with the district's family engagement officer: they set the agenda, and the district answers in writing within a month.".into(),
        notice_hours: "72".into(),
        ..BodyInput::default()
    };
    let parent_council = bodies::create(&svc, &fac, &parents, set_up).await.map_err(fail)?;
    let majority = RuleInput {
        rule: "majority".into(),
        groups: vec!["families".into()],
        second: Vec::new(),
        count: String::new(),
    };
    bodies::add_rule(&svc, &fac, parent_council, &majority, set_up).await.map_err(fail)?;
    for (label, group, n) in
        [("Parent or carer", "families", 6), ("District family engagement officer", "school_leaders", 1)]
    {
        let people = of_group(group, n);
        for k in 0..n {
            let input = SeatInput {
                label: if n > 1 { format!("{label} {}", k + 1) } else { label.to_owned() },
                constituency: group.into(),
                method: if group == "families" { "election".into() } else { "ex_officio".into() },
                term_months: "12".into(),
                term_limit: String::new(),
            };
            let seat = bodies::add_seat(&svc, &fac, parent_council, &input, set_up).await.map_err(fail)?;
            if let Some(holder) = people.get(k) {
                let t = TermInput {
                    holder: holder.to_string(),
                    starts_on: starts.clone(),
                    ends_on: String::new(),
                    interests: String::new(),
                };
                bodies::add_term(&svc, &fac, parent_council, seat, &t, set_up).await.map_err(fail)?;
            }
        }
    }

    // A past council meeting: agenda on time, attendance, minutes approved at the next one and published.
    let meeting = |title: &str, days: i64, capacity: &str| MeetingInput {
        title: title.into(),
        description: String::new(),
        mode: "hybrid".into(),
        location: "Northside library, 1200 Elm Street (step-free entrance on Oak Lane)".into(),
        link: "https://meet.riverbend.example/site-council".into(),
        starts_at: at(days, 18),
        ends_at: at(days, 20),
        capacity: capacity.into(),
        reminder_hours: "24".into(),
    };
    let october = meetings::create(
        &svc,
        &fac,
        Owner::Body(body),
        &meeting("Site council: October", -30, "40"),
        &[],
        now.plus_days(-45),
    )
    .await
    .map_err(fail)?;
    for (title, owner) in [
        ("Minutes of September", "Chair"),
        ("The family hub's opening hours", "Design team"),
        ("Budget for interpreters", "Principal"),
    ] {
        let item = ItemInput { title: title.into(), owner: owner.into(), minutes: "20".into(), area: String::new() };
        meetings::add_item(&svc, &fac, october, &item, now.plus_days(-40)).await.map_err(fail)?;
    }
    meetings::publish_agenda(&svc, &fac, october, "", now.plus_days(-37)).await.map_err(fail)?;
    for holder in holders.iter().take(9) {
        let Some(user) = users::get_by_id(db.pool(), *holder).await? else { continue };
        let access = Access::load(&svc, &as_person(user), COMMUNITY).await.map_err(fail)?;
        meetings::register(&svc, &access, october, &[], "", "", now.plus_days(-36)).await.map_err(fail)?;
    }
    let regs = tandem_store::meetings::registrations(db.pool(), october).await?;
    for r in &regs {
        meetings::check_in(&svc, &fac, october, &r.code, now.plus_days(-30)).await.map_err(fail)?;
    }
    meetings::walk_in(&svc, &fac, october, "Visiting parent", "", "families", now.plus_days(-30))
        .await
        .map_err(fail)?;
    let mut online_idea = None;
    for id in tandem_store::ideas::visible_ids(db.pool(), northside).await? {
        if tandem_store::ideas::get_idea(db.pool(), northside, id).await?.is_some_and(|i| i.title.contains("online")) {
            online_idea = Some(id);
        }
    }
    let decisions = [
        DecisionInput {
            text: "Hold every parents' evening in person and online from January, with interpreters on the call".into(),
            area: areas.get(1).map(|a| a.id.to_string()).unwrap_or_default(),
            ideas: online_idea.map(|i| i.to_string()).unwrap_or_default(),
        },
        DecisionInput {
            text: "Fund Spanish and Arabic interpreters for every council meeting".into(),
            area: String::new(),
            ideas: String::new(),
        },
    ];
    let actions = [
        ActionInput {
            text: "Draw up the hub's evening rota with volunteers".into(),
            owner: "Design team".into(),
            due: tandem_domain::time::iso_date(zone.date(now.plus_days(10))),
        },
        ActionInput {
            text: "Book interpreters for the December meeting".into(),
            owner: "Principal".into(),
            due: tandem_domain::time::iso_date(zone.date(now.plus_days(5))),
        },
    ];
    let summary = "Nine of the council's twelve seats were present, and a parent came to listen. The council heard families ask for parents' evenings they can join from work and agreed them; it asked the principal to fund interpreters from the family engagement budget.";
    meetings::save_minutes(&svc, &fac, october, summary, &decisions, &actions, now.plus_days(-29))
        .await
        .map_err(fail)?;
    let november = meetings::create(
        &svc,
        &fac,
        Owner::Body(body),
        &meeting("Site council: November", -2, "40"),
        &[],
        now.plus_days(-20),
    )
    .await
    .map_err(fail)?;
    let item = ItemInput {
        title: "Minutes of October".into(),
        owner: "Chair".into(),
        minutes: "10".into(),
        area: String::new(),
    };
    meetings::add_item(&svc, &fac, november, &item, now.plus_days(-15)).await.map_err(fail)?;
    meetings::publish_agenda(&svc, &fac, november, "", now.plus_days(-14)).await.map_err(fail)?;
    if let Some(mover) = holders.get(4) {
        meetings::approve_minutes(
            &svc,
            &fac,
            october,
            &november.to_string(),
            &mover.to_string(),
            "",
            now.plus_days(-2),
        )
        .await
        .map_err(fail)?;
        meetings::publish_minutes(&svc, &fac, october, now.plus_days(-1)).await.map_err(fail)?;
    }

    // Coming up: the December council with 20 places, 10 kept for families, a waitlist and access needs.
    let december = meeting("Site council: December (open to families)", 10, "20");
    let kept = [("families".to_owned(), "10".to_owned())];
    let dec =
        meetings::create(&svc, &fac, Owner::Body(body), &december, &kept, now.plus_days(-6)).await.map_err(fail)?;
    for (title, owner) in [
        ("Minutes of November", "Chair"),
        ("The hub's first month", "Design team"),
        ("Questions from families", "Chair"),
    ] {
        let item = ItemInput { title: title.into(), owner: owner.into(), minutes: "20".into(), area: String::new() };
        meetings::add_item(&svc, &fac, dec, &item, now.plus_days(-5)).await.map_err(fail)?;
    }
    meetings::publish_agenda(&svc, &fac, dec, "", now.plus_days(-5)).await.map_err(fail)?;
    let mut comers = of_group("families", 16);
    comers.extend(of_group("teaching_staff", 6));
    comers.extend(of_group("community_orgs", 4));
    let needs: [(&[&str], &str); 5] = [
        (&["interpreting"], "Spanish"),
        (&["childcare"], ""),
        (&["interpreting", "childcare"], "Arabic"),
        (&["step_free"], ""),
        (&[], ""),
    ];
    for (k, uid) in comers.iter().enumerate() {
        let Some(user) = users::get_by_id(db.pool(), *uid).await? else { continue };
        let access = Access::load(&svc, &as_person(user), COMMUNITY).await.map_err(fail)?;
        let (n, language) = needs[k % needs.len()];
        let n: Vec<String> = n.iter().map(|x| (*x).to_owned()).collect();
        meetings::register(&svc, &access, dec, &n, language, "", now.plus_days(-4).plus_secs(k as i64 * 600))
            .await
            .map_err(fail)?;
    }
    // The parent council's next meeting has places for anyone (the browser journey registers there).
    let open = MeetingInput {
        title: "Parent council: homework and screens".into(),
        description: "An evening for parents and carers from every school, with the district's family engagement officer. Interpreters and childcare on request.".into(),
        mode: "in_person".into(),
        location: "Riverbend district office, community room".into(),
        link: String::new(),
        starts_at: at(20, 18),
        ends_at: at(20, 20),
        capacity: "30".into(),
        reminder_hours: "24".into(),
    };
    meetings::create(&svc, &fac, Owner::Body(parent_council), &open, &[], now.plus_days(-3)).await.map_err(fail)?;
    Ok(())
}

/// Issue 17's events for the demo: the SEND initiative's Working Together
/// Conference (yesterday evening and tomorrow: 8 sessions, 5 led or co-led by
/// parents and carers, last night's with feedback, two proposals declined
/// with reasons) and a spring workshop day whose call is open, with a mixed
/// panel the facilitator sits on (the browser journey proposes there).
async fn seed_events(db: &Db, now: Timestamp, ids: &Ids, rng: &mut StdRng) -> Result<(), tandem_store::StoreError> {
    use tandem_domain::events::{EventInput, ProposalInput};
    use tandem_service::{
        Access, Actor, Door,
        events::{self, PlaceInput},
        meetings,
    };
    let fail = |e: tandem_service::Error| {
        tracing::error!(error = ?e, "demo events");
        tandem_store::StoreError::Corrupt("demo events")
    };
    let svc = Service::new(db.clone());
    let Some(&send) = ids.initiatives.get(2) else { return Ok(()) };
    let as_person = |user: users::User| Actor::person(user, Door::Page);
    let admin = users::get_by_email(db.pool(), LOGINS[0].0).await?.ok_or(tandem_store::StoreError::NotFound)?;
    let fac = Access::load(&svc, &as_person(admin), COMMUNITY).await.map_err(fail)?;
    let zone = fac.zone();
    let at = |days: i64, hour: u8, minute: u8| zone.local_input(zone.at(zone.date(now.plus_days(days)), hour, minute));
    let mut conn = db.acquire().await?;
    let members = communities::members(&mut conn, ids.community, None, None, 1000).await?.members;
    drop(conn);
    let logins: Vec<i64> = {
        let mut out = Vec::new();
        for (email, ..) in LOGINS {
            if let Some(u) = users::get_by_email(db.pool(), email).await? {
                out.push(u.id);
            }
        }
        out
    };
    let mut pools: std::collections::HashMap<String, Vec<i64>> = std::collections::HashMap::new();
    for m in &members {
        if m.membership.role == Role::Observer || logins.contains(&m.membership.user_id) {
            continue;
        }
        if let Some(k) = &m.group_key {
            pools.entry(k.clone()).or_default().push(m.membership.user_id);
        }
    }
    let mut take = |key: &str| -> Option<i64> {
        let pool = pools.get_mut(key)?;
        if pool.is_empty() {
            return None;
        }
        let i = rng.random_range(0..pool.len());
        Some(pool.swap_remove(i))
    };
    let access_of = |svc: Service, uid: i64| async move {
        let user = users::get_by_id(svc.db.pool(), uid).await?.ok_or(tandem_store::StoreError::NotFound)?;
        Access::load(&svc, &Actor::person(user, Door::Page), COMMUNITY)
            .await
            .map_err(|_| tandem_store::StoreError::Corrupt("demo events"))
    };

    // The conference: set up two months ago, its call closed three weeks ago.
    let conference = EventInput {
        kind: "conference".into(),
        title: "Riverbend Working Together Conference".into(),
        summary: "Parents and carers of children with special educational needs and the professionals who work with them, as equal partners: more than half of the sessions are led by families, and every session asks delegates what worked.\n\nFree, with interpreters, childcare and a quiet room; travel and childcare paid for session leads.".into(),
        mode: "in_person".into(),
        location: "Riverbend High School, 400 River Road (step-free; quiet room on the ground floor)".into(),
        link: String::new(),
        starts_at: at(-1, 17, 0),
        ends_at: at(1, 16, 0),
        capacity: "180".into(),
        call_closes_at: at(-21, 23, 0),
        goal_percent: "50".into(),
        criteria: "Useful to families and professionals\nLed or shaped by parents, carers or pupils\nPeople leave able to do something differently".into(),
    };
    let conf = events::create(&svc, &fac, Some(send), &conference, now.plus_days(-60)).await.map_err(fail)?;
    let panel_parent = take("families");
    let panel_senco = take("teaching_staff");
    let panel: Vec<String> = panel_parent.iter().chain(panel_senco.iter()).map(i64::to_string).collect();
    events::set_panel(&svc, &fac, conf, &panel, now.plus_days(-55)).await.map_err(fail)?;
    // (title, summary, proposer's group and role, other leads, day, hour, minute, room, minutes)
    type Session<'a> = (&'a str, &'a str, &'a str, &'a str, &'a [(&'a str, &'a str)], i64, u8, u8, usize, &'a str);
    let sessions: [Session<'_>; 8] = [
        (
            "Welcome: what families told us this year",
            "The parent-carer forum reads back what 300 families said in the autumn survey, and the district's SEND lead answers.",
            "families",
            "parent_carer",
            &[("Priya Natarajan", "staff")],
            -1,
            17,
            30,
            0,
            "45",
        ),
        (
            "EHCPs explained by parents who have been through it",
            "Two parents walk through an education, health and care plan, from the first request to the annual review, and what they wish they had known.",
            "families",
            "parent_carer",
            &[("Grace Mensah", "parent_carer")],
            -1,
            18,
            30,
            1,
            "60",
        ),
        (
            "Sensory-friendly classrooms",
            "Small changes to light, sound and seating that teaching assistants have tried, with photographs from three schools.",
            "support_staff",
            "staff",
            &[],
            -1,
            18,
            30,
            2,
            "60",
        ),
        (
            "Co-producing the district SEND plan",
            "Families and the district draft two pages of next year's SEND plan together, around the tables.",
            "families",
            "parent_carer",
            &[("Dr Alan Reeve", "staff")],
            1,
            9,
            30,
            0,
            "90",
        ),
        (
            "Youth clubs that include everyone",
            "Riverbend Youth Trust shows how its clubs adapt for young people with SEND, and asks what families need.",
            "community_orgs",
            "partner",
            &[("Tom Ashby", "staff")],
            1,
            9,
            30,
            1,
            "60",
        ),
        (
            "Our children's voice: parent-carer stories",
            "Five short stories from parents and carers about being heard, and not being heard, at school.",
            "families",
            "parent_carer",
            &[],
            1,
            11,
            0,
            0,
            "60",
        ),
        (
            "Working with health services",
            "A parent and the children's therapy service on getting speech and occupational therapy into school.",
            "families",
            "parent_carer",
            &[("Riverbend Children's Therapy", "partner")],
            1,
            11,
            0,
            1,
            "60",
        ),
        (
            "What the exclusion figures say",
            "The district's data on exclusions of pupils with SEND, school by school, and what schools are changing.",
            "school_leaders",
            "staff",
            &[],
            1,
            13,
            30,
            0,
            "60",
        ),
    ];
    let mut proposals = Vec::new();
    for (k, (title, summary, group, role, others, ..)) in sessions.iter().enumerate() {
        let Some(proposer) = take(group) else { continue };
        let access = access_of(svc.clone(), proposer).await?;
        let input = ProposalInput {
            title: (*title).into(),
            summary: (*summary).into(),
            format: if k % 3 == 0 { "talk".into() } else { "workshop".into() },
            minutes: sessions[k].9.into(),
            audience: "Parents, carers and professionals".into(),
            track: if k % 2 == 0 { "Being heard".into() } else { "Practical help".into() },
            i_lead: true,
            my_role: (*role).into(),
            leads: others.iter().map(|(n, r)| ((*n).into(), (*r).into())).collect(),
        };
        let p = events::propose(&svc, &access, conf, &input, now.plus_days(-50).plus_secs(k as i64 * 3600))
            .await
            .map_err(fail)?;
        proposals.push((k, p));
    }
    let declined = [
        (
            "Fundraising for sensory equipment",
            "How the PTA could raise money for sensory rooms.",
            "Outside the conference's aim of working together on support; passed to the PTA, which meets in January.",
        ),
        (
            "Choosing a specialist school",
            "A tour of the specialist schools in the region.",
            "Too close to the admissions round to be fair to every school; the panel asked the district to publish a guide instead.",
        ),
    ];
    let mut declined_ids = Vec::new();
    for (title, summary, _) in &declined {
        let Some(proposer) = take("families") else { continue };
        let access = access_of(svc.clone(), proposer).await?;
        let input = ProposalInput {
            title: (*title).into(),
            summary: (*summary).into(),
            format: "talk".into(),
            i_lead: true,
            my_role: "parent_carer".into(),
            ..ProposalInput::default()
        };
        declined_ids.push(events::propose(&svc, &access, conf, &input, now.plus_days(-45)).await.map_err(fail)?);
    }
    let reviewers: Vec<(i64, Access)> = {
        let mut out = Vec::new();
        for uid in panel_parent.iter().chain(panel_senco.iter()) {
            out.push((*uid, access_of(svc.clone(), *uid).await?));
        }
        out
    };
    let review_day = now.plus_days(-19);
    for (n, (_, access)) in reviewers.iter().enumerate() {
        for (k, p) in &proposals {
            // The parent on the panel knows one of the EHCP session's leads: declared, and excluded.
            if n == 0 && *k == 1 {
                events::declare_conflict(&svc, access, conf, *p, review_day).await.map_err(fail)?;
                continue;
            }
            let s = ["5", "4", "5"].map(String::from);
            let s = if *k == 2 || *k == 7 { ["4", "2", "4"].map(String::from) } else { s };
            let comment =
                if n == 0 { "Families have asked for exactly this." } else { "Clear, practical and well led." };
            events::review(&svc, access, conf, *p, &s, comment, review_day).await.map_err(fail)?;
        }
        for p in &declined_ids {
            let s = ["2", "3", "1"].map(String::from);
            events::review(&svc, access, conf, *p, &s, "Worth doing, but not here.", review_day).await.map_err(fail)?;
        }
    }
    for (k, p) in &proposals {
        let reason = if sessions[*k].3 == "parent_carer" {
            "Led by parents, useful to every school: the panel scored it among the highest."
        } else {
            "Practical and asked for by families in the survey; the panel asked the leads to leave half the time for questions."
        };
        events::decide(&svc, &fac, conf, *p, "accepted", reason, "", now.plus_days(-18)).await.map_err(fail)?;
    }
    for (p, (.., reason)) in declined_ids.iter().zip(declined.iter()) {
        events::decide(&svc, &fac, conf, *p, "declined", reason, "", now.plus_days(-18)).await.map_err(fail)?;
    }
    let mut rooms = Vec::new();
    for (name, capacity) in [("Main hall", "120"), ("Library", "40"), ("Quiet room", "15")] {
        rooms.push(events::add_room(&svc, &fac, conf, name, capacity, now.plus_days(-17)).await.map_err(fail)?);
    }
    for (k, p) in &proposals {
        let (.., day, hour, minute, room, _) = sessions[*k];
        let Some(room) = rooms.get(room) else { continue };
        let input = PlaceInput { room: room.to_string(), starts_at: at(day, hour, minute), capacity: String::new() };
        events::place(&svc, &fac, conf, *p, &input, "", now.plus_days(-16)).await.map_err(fail)?;
    }
    events::publish_programme(&svc, &fac, conf, now.plus_days(-15)).await.map_err(fail)?;

    // Delegates register; last night's sessions had people checked in and feedback given.
    let view = events::view(&svc, &fac, conf, now).await.map_err(fail)?;
    let gathering = view.gathering.as_ref().map(|g| g.id);
    let mut delegates = Vec::new();
    for _ in 0..40 {
        let Some(uid) = take("families").or_else(|| take("teaching_staff")).or_else(|| take("support_staff")) else {
            break;
        };
        delegates.push(access_of(svc.clone(), uid).await?);
    }
    let needs: [(&[&str], &str); 4] = [(&["interpreting"], "Spanish"), (&["childcare"], ""), (&[], ""), (&[], "")];
    if let Some(g) = gathering {
        for (k, d) in delegates.iter().enumerate() {
            let (n, language) = needs[k % needs.len()];
            let n: Vec<String> = n.iter().map(|x| (*x).to_owned()).collect();
            let r = meetings::register(&svc, d, g, &n, language, "", now.plus_days(-12).plus_secs(k as i64 * 900))
                .await
                .map_err(fail)?;
            if k < 26 {
                meetings::check_in(&svc, &fac, g, &r.code, now.plus_days(-1)).await.map_err(fail)?;
            }
        }
    }
    // (session, how many came, how many answered): enough for text, enough for scales, too few to show.
    let worked = [
        "Hearing it from parents who have done it",
        "The time for questions",
        "Practical next steps",
        "Meeting other families",
    ];
    let better = ["A longer break", "Slides sent beforehand", "A bigger room", "More time in small groups"];
    let mut next = 0;
    for (k, came, answered) in [(0usize, 14usize, 12usize), (1, 7, 6), (2, 4, 3)] {
        let Some(session) =
            view.sessions.iter().find(|s| proposals.iter().any(|(i, p)| *i == k && *p == s.proposal.id))
        else {
            continue;
        };
        let Some(m) = session.meeting.as_ref().map(|m| m.id) else { continue };
        for j in 0..came {
            let Some(d) = delegates.get((next + j) % delegates.len().max(1)) else { break };
            let Ok(r) = meetings::register(&svc, d, m, &[], "", "", now.plus_days(-10)).await else { continue };
            meetings::check_in(&svc, &fac, m, &r.code, now.plus_days(-1)).await.map_err(fail)?;
            if j < answered {
                let useful = if j % 4 == 0 { "4" } else { "5" };
                let changed = if j % 3 == 0 { "3" } else { "4" };
                let (w, b) = (worked[j % worked.len()], if j % 2 == 0 { better[j % better.len()] } else { "" });
                events::give_feedback(
                    &svc,
                    d,
                    conf,
                    session.proposal.id,
                    useful,
                    changed,
                    w,
                    b,
                    now.plus_days(-1).plus_secs(3 * 3600),
                )
                .await
                .map_err(fail)?;
            }
        }
        next += came;
    }
    // Tomorrow's sessions fill up: the Library's health session has a waitlist.
    for (n, d) in delegates.iter().enumerate().skip(26) {
        for s in view
            .sessions
            .iter()
            .filter(|s| s.meeting.as_ref().is_some_and(|m| m.starts_at > now))
            .skip(n % 2)
            .step_by(2)
        {
            if let Some(m) = &s.meeting {
                meetings::register(&svc, d, m.id, &[], "", "", now.plus_days(-8)).await.map_err(fail)?;
            }
        }
    }
    for (k, d) in delegates.iter().take(8).enumerate() {
        let overall = if k % 3 == 0 { "4" } else { "5" };
        events::give_event_feedback(&svc, d, conf, overall, "", now.plus_days(-1).plus_secs(4 * 3600))
            .await
            .map_err(fail)?;
    }

    // The spring workshop day: its call is open; the facilitator and a parent review.
    let spring = EventInput {
        kind: "workshop_day".into(),
        title: "Spring Working Together workshop day".into(),
        summary: "A Saturday of hands-on workshops planned with families: propose one, or come to learn.".into(),
        mode: "in_person".into(),
        location: "Riverbend district office, 12 Mill Lane".into(),
        link: String::new(),
        starts_at: at(40, 9, 0),
        ends_at: at(40, 15, 0),
        capacity: "60".into(),
        call_closes_at: at(25, 23, 0),
        goal_percent: "50".into(),
        criteria: String::new(),
    };
    let day = events::create(&svc, &fac, Some(send), &spring, now.plus_days(-5)).await.map_err(fail)?;
    let facilitator = users::get_by_email(db.pool(), LOGINS[1].0).await?.map(|u| u.id);
    let spring_panel: Vec<String> = facilitator.iter().chain(panel_parent.iter()).map(i64::to_string).collect();
    events::set_panel(&svc, &fac, day, &spring_panel, now.plus_days(-5)).await.map_err(fail)?;
    let mut spring_rooms = Vec::new();
    for name in ["Room 1", "Room 2"] {
        spring_rooms.push(events::add_room(&svc, &fac, day, name, "30", now.plus_days(-5)).await.map_err(fail)?);
    }
    let first = [
        ("Making a one-page profile with your child", "families", "parent_carer", "10:00", 0usize),
        ("Reading together at home", "teaching_staff", "staff", "10:00", 1),
        ("Talking to school about worries", "families", "parent_carer", "", 0),
    ];
    for (title, group, role, time, room) in first {
        let Some(proposer) = take(group) else { continue };
        let access = access_of(svc.clone(), proposer).await?;
        let input = ProposalInput {
            title: title.into(),
            summary: format!("{title}: a hands-on workshop."),
            format: "workshop".into(),
            minutes: "60".into(),
            i_lead: true,
            my_role: role.into(),
            ..ProposalInput::default()
        };
        let p = events::propose(&svc, &access, day, &input, now.plus_days(-4)).await.map_err(fail)?;
        if time.is_empty() {
            continue;
        }
        if let Some(parent_reviewer) = reviewers.first() {
            let s = ["5", "5", "4"].map(String::from);
            events::review(&svc, &parent_reviewer.1, day, p, &s, "Families asked for this.", now.plus_days(-3))
                .await
                .map_err(fail)?;
        }
        events::decide(&svc, &fac, day, p, "accepted", "Practical, and asked for by families.", "", now.plus_days(-3))
            .await
            .map_err(fail)?;
        let (hour, minute) = time.split_once(':').unwrap_or(("10", "00"));
        let input = PlaceInput {
            room: spring_rooms.get(room).map(|r| r.to_string()).unwrap_or_default(),
            starts_at: format!("{}T{hour}:{minute}", &at(40, 9, 0)[..10]),
            capacity: String::new(),
        };
        events::place(&svc, &fac, day, p, &input, "", now.plus_days(-3)).await.map_err(fail)?;
    }
    events::publish_programme(&svc, &fac, day, now.plus_days(-2)).await.map_err(fail)?;
    Ok(())
}

/// Issue 17's co-owned actions: Northside's from October's minutes (the
/// evening rota the demo parent co-owns with a teacher, interpreters for
/// December three days overdue, the hub's hours done and on "you said, we
/// did") and the SEND plan drafting from the conference's session.
async fn seed_actions(db: &Db, now: Timestamp, ids: &Ids, rng: &mut StdRng) -> Result<(), tandem_store::StoreError> {
    use tandem_domain::actions::ActionInput;
    use tandem_service::{Access, Actor, Door, actions};
    let fail = |e: tandem_service::Error| {
        tracing::error!(error = ?e, "demo actions");
        tandem_store::StoreError::Corrupt("demo actions")
    };
    let svc = Service::new(db.clone());
    let (Some(&northside), Some(&send)) = (ids.initiatives.first(), ids.initiatives.get(2)) else { return Ok(()) };
    let admin = users::get_by_email(db.pool(), LOGINS[0].0).await?.ok_or(tandem_store::StoreError::NotFound)?;
    let fac = Access::load(&svc, &Actor::person(admin, Door::Page), COMMUNITY).await.map_err(fail)?;
    let zone = fac.zone();
    let date = |days: i64| tandem_domain::time::iso_date(zone.date(now.plus_days(days)));
    let mut conn = db.acquire().await?;
    let members = communities::members(&mut conn, ids.community, None, None, 1000).await?.members;
    drop(conn);
    let mut of_group = |key: &str| -> Option<i64> {
        let pool: Vec<i64> = members
            .iter()
            .filter(|m| m.group_key.as_deref() == Some(key) && m.membership.role != Role::Observer)
            .map(|m| m.membership.user_id)
            .collect();
        (!pool.is_empty()).then(|| pool[rng.random_range(0..pool.len())])
    };
    let parent_login = users::get_by_email(db.pool(), LOGINS[2].0).await?.map(|u| u.id);
    let north = fac
        .initiative(
            &svc,
            &initiatives::path_of(db.pool(), northside).await?.ok_or(tandem_store::StoreError::NotFound)?.1,
        )
        .await
        .map_err(fail)?;
    let send_i = fac
        .initiative(&svc, &initiatives::path_of(db.pool(), send).await?.ok_or(tandem_store::StoreError::NotFound)?.1)
        .await
        .map_err(fail)?;
    let minutes = tandem_store::actions::sources(db.pool(), northside, false)
        .await?
        .into_iter()
        .find(|s| s.kind == tandem_domain::actions::SourceKind::Minutes)
        .map(|s| format!("minutes:{}", s.id))
        .unwrap_or_default();
    let teacher = of_group("teaching_staff");
    let leader = of_group("school_leaders");
    let parent = of_group("families");
    let owners =
        |a: Option<i64>, b: Option<i64>| -> Vec<String> { a.iter().chain(b.iter()).map(i64::to_string).collect() };
    // (title, checklist, owners, created days ago, due in days, items ticked, done with evidence)
    type Planned<'a> = (&'a str, &'a str, Vec<String>, i64, i64, usize, &'a str);
    let plan: [Planned<'_>; 3] = [
        (
            "Draw up the hub's evening rota with volunteers",
            "Ask families at the school gate and online for volunteers\nAgree the evenings with the caretaker\nPublish the rota in English, Spanish and Arabic",
            owners(parent_login, teacher),
            -28,
            10,
            1,
            "",
        ),
        (
            "Book interpreters for the December council meeting",
            "Ask who needs an interpreter\nBook Spanish and Arabic interpreters",
            owners(parent, leader),
            -28,
            -3,
            1,
            "",
        ),
        (
            "Publish the hub's opening hours in three languages",
            "Translate the hours\nPut them on the door and the website",
            owners(parent, teacher),
            -28,
            -10,
            2,
            "The hours are on the hub's door and on the school website in English, Spanish and Arabic.",
        ),
    ];
    for (title, checklist, who, created, due, ticked, evidence) in plan {
        let input = ActionInput {
            title: title.into(),
            description: String::new(),
            due_on: date(due),
            checklist: checklist.into(),
            source: minutes.clone(),
        };
        let at = now.plus_days(created);
        let id = actions::create(&svc, &fac, &north, &input, &who, "", at).await.map_err(fail)?;
        for n in 0..ticked {
            actions::tick(&svc, &fac, &north, id, n as i64, true, at.plus_days(5 + n as i64)).await.map_err(fail)?;
        }
        if !evidence.is_empty() {
            actions::complete(&svc, &fac, &north, id, evidence, now.plus_days(due)).await.map_err(fail)?;
        }
    }
    let session = tandem_store::actions::sources(db.pool(), send, false)
        .await?
        .into_iter()
        .find(|s| s.title.starts_with("Co-producing"))
        .map(|s| format!("session:{}", s.id))
        .unwrap_or_default();
    let input = ActionInput {
        title: "Draft two pages of the SEND plan with families".into(),
        description: "Carried on from the conference's session: the forum and the SEND team write the plan's pages on transitions and on being heard.".into(),
        due_on: date(30),
        checklist: "Gather the notes from the conference tables\nDraft the two pages together\nTest them with ten families".into(),
        source: session,
    };
    let senco = of_group("teaching_staff");
    actions::create(&svc, &fac, &send_i, &input, &owners(of_group("families"), senco), "", now).await.map_err(fail)?;
    Ok(())
}

/// Issue 18's co-evaluation: Northside's family survey on the four Cs at
/// the start and the end of last school year, about 300 answers each
/// through printed links, "Connections" rising and measuring the
/// initiative's outcome; a group too small to show (unions, 3), written
/// answers moderated (one naming a teacher withheld), both waves published.
/// Then "did we do what we said?" open now, with links printed for
/// families (returned, to show), and the conference's session feedback in draft.
async fn seed_surveys(
    db: &Db,
    now: Timestamp,
    ids: &Ids,
    rng: &mut StdRng,
) -> Result<Vec<String>, tandem_store::StoreError> {
    use tandem_domain::surveys::RawAnswers;
    use tandem_service::{Access, Actor, Door, surveys};
    let fail = |e: tandem_service::Error| {
        tracing::error!(error = ?e, "demo surveys");
        tandem_store::StoreError::Corrupt("demo surveys")
    };
    let svc = Service::new(db.clone());
    let (Some(&northside), Some(&send)) = (ids.initiatives.first(), ids.initiatives.get(2)) else {
        return Ok(Vec::new());
    };
    let admin = users::get_by_email(db.pool(), LOGINS[0].0).await?.ok_or(tandem_store::StoreError::NotFound)?;
    let fac = Access::load(&svc, &Actor::person(admin, Door::Page), COMMUNITY).await.map_err(fail)?;
    let school = communities::schools(db.pool(), ids.community)
        .await?
        .into_iter()
        .find(|s| s.slug == "northside-middle-school")
        .map(|s| s.id);
    let outcome = initiatives::outcomes(db.pool(), northside)
        .await?
        .into_iter()
        .find(|o| o.description.starts_with("Families who feel connected"))
        .map(|o| o.id);
    const WORDS: &[&str] = &[
        "Evening meetings, not only during the working day.",
        "Messages in Spanish as well as English.",
        "A named person to call when something goes wrong.",
        "More chances to meet other parents.",
        "Una reunión con los maestros cada mes.",
        "Knowing what my child is learning each week.",
        "Less jargon in the letters home.",
        "Childcare during the meetings.",
        "Hearing back after we give our views.",
        "Que nos avisen de las reuniones con más tiempo.",
        "The class WhatsApp group has helped a lot.",
        "Mr Hensley in Year 7 never answers my emails.",
    ];
    // A normal draw (Box–Muller), for answers that hang together within each C.
    let normal = |rng: &mut StdRng| -> f64 {
        let (u, v): (f64, f64) = (rng.random::<f64>().max(1e-12), rng.random());
        (-2.0 * u.ln()).sqrt() * (std::f64::consts::TAU * v).cos()
    };
    let answers = |rng: &mut StdRng, means: [f64; 4], text: bool| -> RawAnswers {
        let mut raw = RawAnswers::new();
        for (c, mean) in means.iter().enumerate() {
            let level = mean + 0.7 * normal(rng);
            for item in 0..3 {
                let v = (level + 0.55 * normal(rng)).round().clamp(1.0, 5.0) as u8;
                raw.insert(format!("q{}", c * 3 + item), vec![v.to_string()]);
            }
        }
        if text {
            raw.insert("q12".into(), vec![WORDS[rng.random_range(0..WORDS.len())].to_owned()]);
        }
        raw
    };
    // (wave label, days ago it opened, closed, families answering, the four Cs' means)
    let waves: [(&str, i64, i64, usize, [f64; 4]); 2] =
        [("Start of year", 440, 410, 290, [3.3, 2.7, 3.6, 3.0]), ("End of year", 190, 160, 282, [3.4, 3.3, 3.7, 3.2])];
    let mut first = None;
    for (label, opened, closed, families, means) in waves {
        let created = now.plus_days(-opened - 5);
        let id = match first {
            None => {
                let id = surveys::from_template(&svc, &fac, Some(northside), "four-cs-families", "en", created)
                    .await
                    .map_err(fail)?;
                surveys::name_wave(&svc, &fac, id, label, created).await.map_err(fail)?;
                if outcome.is_some() {
                    surveys::link_outcome(&svc, &fac, id, 1, outcome, created).await.map_err(fail)?;
                }
                first = Some(id);
                id
            }
            Some(f) => surveys::new_wave(&svc, &fac, f, label, created).await.map_err(fail)?,
        };
        surveys::open(&svc, &fac, id, now.plus_days(-opened)).await.map_err(fail)?;
        let at = now.plus_days(-opened);
        let count = |n: usize| n.to_string();
        let family_links = surveys::blank_links(&svc, &fac, id, ("families", school, &count(families + 20)), at)
            .await
            .map_err(fail)?;
        let partner_links =
            surveys::blank_links(&svc, &fac, id, ("community_orgs", school, "12"), at).await.map_err(fail)?;
        let union_links = surveys::blank_links(&svc, &fac, id, ("unions", school, "3"), at).await.map_err(fail)?;
        let chosen = family_links.iter().take(families).chain(&partner_links).chain(&union_links);
        for token in chosen {
            let text = rng.random_range(0..4) == 0;
            let raw = answers(rng, means, text);
            surveys::respond(&svc, &fac, token, &raw).await.map_err(fail)?;
        }
        surveys::close(&svc, &fac, id, now.plus_days(-closed)).await.map_err(fail)?;
        // Moderation: the first answers of each kind published, any naming a teacher withheld.
        let results = surveys::results(&svc, &fac, id).await.map_err(fail)?;
        let mut published: Vec<String> = Vec::new();
        for (q, r) in results.results.iter().enumerate() {
            let surveys::QuestionResult::Texts(texts) = r else { continue };
            for t in texts {
                let naming = t.text.contains("Mr ");
                if naming || !published.contains(&t.text) {
                    let at = now.plus_days(-closed + 1);
                    surveys::moderate(&svc, &fac, id, &t.response_id, q, !naming, at).await.map_err(fail)?;
                    if !naming {
                        published.push(t.text.clone());
                    }
                }
            }
        }
        surveys::publish(&svc, &fac, id, now.plus_days(-closed + 2)).await.map_err(fail)?;
    }
    let open = surveys::from_template(&svc, &fac, Some(northside), "did-we-do-what-we-said", "en", now.plus_days(-6))
        .await
        .map_err(fail)?;
    surveys::open(&svc, &fac, open, now.plus_days(-5)).await.map_err(fail)?;
    let links =
        surveys::blank_links(&svc, &fac, open, ("families", school, "40"), now.plus_days(-5)).await.map_err(fail)?;
    for token in links.iter().skip(4).take(9) {
        let raw = answers(rng, [3.6, 3.1, 3.4, 3.3], false);
        let mut did = RawAnswers::new();
        for q in 0..4 {
            did.insert(format!("q{q}"), raw.get(&format!("q{q}")).cloned().unwrap_or_default());
        }
        surveys::respond(&svc, &fac, token, &did).await.map_err(fail)?;
    }
    surveys::from_template(&svc, &fac, Some(send), "session-feedback", "en", now.plus_days(-1)).await.map_err(fail)?;
    Ok(links.iter().take(3).map(|t| surveys::link_path(&fac, t)).collect())
}

/// Issue 17's co-delivery roster at Harbor View: reading buddies (adults
/// with a safeguarding check; training and a certificate back), pupil
/// buddies on supervised shifts, interpreters for new families; last
/// month's shifts with hours given, one promise kept and one overdue; shared
/// strengths that suggest people; the demo parent cleared to read.
async fn seed_rosters(db: &Db, now: Timestamp, ids: &Ids, rng: &mut StdRng) -> Result<(), tandem_store::StoreError> {
    use tandem_domain::rosters::{ProfileInput, RoleInput};
    use tandem_service::{Access, Actor, Door, rosters};
    let fail = |e: tandem_service::Error| {
        tracing::error!(error = ?e, "demo rosters");
        tandem_store::StoreError::Corrupt("demo rosters")
    };
    let svc = Service::new(db.clone());
    let Some(&harbor) = ids.initiatives.get(1) else { return Ok(()) };
    let admin = users::get_by_email(db.pool(), LOGINS[0].0).await?.ok_or(tandem_store::StoreError::NotFound)?;
    let fac = Access::load(&svc, &Actor::person(admin, Door::Page), COMMUNITY).await.map_err(fail)?;
    let slug = initiatives::path_of(db.pool(), harbor).await?.ok_or(tandem_store::StoreError::NotFound)?.1;
    let initiative = fac.initiative(&svc, &slug).await.map_err(fail)?;
    let zone = fac.zone();
    let at = |days: i64, hour: u8| zone.local_input(zone.at(zone.date(now.plus_days(days)), hour, 0));
    let mut conn = db.acquire().await?;
    let members = communities::members(&mut conn, ids.community, None, None, 1000).await?.members;
    drop(conn);
    let parent_login = users::get_by_email(db.pool(), LOGINS[2].0).await?.map(|u| u.id);
    let mut pool = |key: &str, n: usize| -> Vec<i64> {
        let mut all: Vec<i64> = members
            .iter()
            .filter(|m| m.group_key.as_deref() == Some(key) && m.membership.role != Role::Observer)
            .filter(|m| Some(m.membership.user_id) != parent_login)
            .map(|m| m.membership.user_id)
            .collect();
        let mut out = Vec::new();
        while out.len() < n && !all.is_empty() {
            out.push(all.swap_remove(rng.random_range(0..all.len())));
        }
        out
    };
    let access_of = |uid: i64| {
        let svc = svc.clone();
        async move {
            let user = users::get_by_id(svc.db.pool(), uid).await?.ok_or(tandem_store::StoreError::NotFound)?;
            Access::load(&svc, &Actor::person(user, Door::Page), COMMUNITY)
                .await
                .map_err(|_| tandem_store::StoreError::Corrupt("demo rosters"))
        }
    };
    let set_up = now.plus_days(-60);
    let reading = RoleInput {
        title: "Reading buddy".into(),
        description: "Read with a Year 7 pupil who is catching up: twenty minutes of their book, then a chat about it. Buddies use the school's reading games and a simple log.".into(),
        skills: "reading aloud, patience, listening".into(),
        languages: "Spanish, Arabic".into(),
        time_ask: "An hour after school, once a week for a term".into(),
        safeguarding: true,
        pupils: false,
        gives_back: vec!["training".into(), "certificate".into(), "reference".into()],
        gives_back_detail: "Two evenings of reading training with the literacy lead; a certificate and, after a term, a reference for work or college.".into(),
    };
    let buddies = RoleInput {
        title: "Pupil buddy for new arrivals".into(),
        description: "Year 10 and 11 pupils show a new pupil round, sit with them at lunch for their first week and tell them who to ask.".into(),
        skills: "kindness, knowing the school".into(),
        languages: "Spanish, Arabic, Ukrainian".into(),
        time_ask: "Lunchtimes for a week".into(),
        safeguarding: false,
        pupils: true,
        gives_back: vec!["certificate".into(), "credit_hours".into()],
        gives_back_detail: "Counts towards community hours for the school's award.".into(),
    };
    let interpreters = RoleInput {
        title: "Interpreter for new families".into(),
        description: "Help a family who has just arrived at their first meeting with the school: admissions, uniform, lunches, who to call.".into(),
        skills: "interpreting".into(),
        languages: "Spanish, Arabic, Ukrainian, Dari".into(),
        time_ask: "An hour, when a family arrives".into(),
        safeguarding: false,
        pupils: false,
        gives_back: vec!["training".into(), "credit_hours".into()],
        gives_back_detail: "An interpreting course paid by the district.".into(),
    };
    let reading_id = rosters::create_role(&svc, &fac, &initiative, &reading, set_up).await.map_err(fail)?;
    let buddies_id = rosters::create_role(&svc, &fac, &initiative, &buddies, set_up).await.map_err(fail)?;
    let interp_id = rosters::create_role(&svc, &fac, &initiative, &interpreters, set_up).await.map_err(fail)?;
    let teacher = pool("teaching_staff", 1).first().copied();
    let supervisor = teacher.map(|t| t.to_string()).unwrap_or_default();
    let library = "Harbor View library";
    // Past shifts (45 and 38 days ago) with hours given; upcoming ones to sign up for.
    let mut past = Vec::new();
    for days in [-45, -38] {
        let (a, b) = (at(days, 15), at(days, 16));
        past.push(
            rosters::add_shift(&svc, &fac, &initiative, reading_id, (&a, &b, "6", library), "", set_up)
                .await
                .map_err(fail)?,
        );
    }
    let mut upcoming = Vec::new();
    for days in [3, 10, 17] {
        let (a, b) = (at(days, 15), at(days, 16));
        upcoming.push(
            rosters::add_shift(&svc, &fac, &initiative, reading_id, (&a, &b, "6", library), "", now.plus_days(-2))
                .await
                .map_err(fail)?,
        );
    }
    for days in [4, 11] {
        let (a, b) = (at(days, 12), at(days, 13));
        rosters::add_shift(
            &svc,
            &fac,
            &initiative,
            buddies_id,
            (&a, &b, "4", "Harbor View canteen"),
            &supervisor,
            now.plus_days(-2),
        )
        .await
        .map_err(fail)?;
    }
    let (a, b) = (at(6, 9), at(6, 10));
    rosters::add_shift(
        &svc,
        &fac,
        &initiative,
        interp_id,
        (&a, &b, "2", "Harbor View reception"),
        "",
        now.plus_days(-2),
    )
    .await
    .map_err(fail)?;

    // Readers with cleared checks (the demo parent too, so she can take a place).
    let readers = pool("families", 5);
    let expires = tandem_domain::time::iso_date(zone.date(now.plus_days(300)));
    for uid in readers.iter().chain(parent_login.iter()) {
        rosters::record_check(&svc, &fac, &uid.to_string(), "cleared", &expires, set_up).await.map_err(fail)?;
    }
    let mut pending = pool("families", 1);
    for uid in pending.drain(..) {
        rosters::record_check(&svc, &fac, &uid.to_string(), "pending", "", set_up).await.map_err(fail)?;
    }
    for (k, uid) in readers.iter().enumerate() {
        let access = access_of(*uid).await?;
        let shift = past[k % past.len()];
        let signup =
            rosters::sign_up(&svc, &access, &initiative, reading_id, shift, set_up.plus_days(1)).await.map_err(fail)?;
        rosters::record_hours(
            &svc,
            &fac,
            &initiative,
            reading_id,
            signup,
            if k % 2 == 0 { "1" } else { "1.5" },
            "",
            now.plus_days(if k % past.len() == 0 { -45 } else { -38 }),
        )
        .await
        .map_err(fail)?;
        if k < 3 {
            let up = upcoming[k % upcoming.len()];
            rosters::sign_up(&svc, &access, &initiative, reading_id, up, now.plus_days(-1)).await.map_err(fail)?;
        }
    }
    // The training was given; the certificates and references are still owed (overdue for some).
    for uid in &readers {
        rosters::deliver(&svc, &fac, &initiative, reading_id, &uid.to_string(), "training", now.plus_days(-30))
            .await
            .map_err(fail)?;
    }
    // Strengths some people chose to share, so the roster suggests them.
    let shared = [
        ("Reading aloud, storytelling", "Spanish", vec!["weekday_afternoon"]),
        ("Interpreting, admin", "Arabic, Dari", vec!["weekday_morning", "weekend"]),
        ("Listening, reading aloud", "Ukrainian", vec!["weekday_afternoon", "weekday_evening"]),
    ];
    for (uid, (skills, languages, when)) in pool("families", 3).into_iter().zip(shared) {
        let access = access_of(uid).await?;
        let p = ProfileInput {
            skills: skills.into(),
            strengths: String::new(),
            languages: languages.into(),
            availability: when.into_iter().map(str::to_owned).collect(),
            shared: true,
        };
        rosters::save_profile(&svc, &access, &p, now.plus_days(-20)).await.map_err(fail)?;
    }
    Ok(())
}

fn day(now: Timestamp, offset_days: i64) -> tandem_domain::time::Date {
    now.plus_days(offset_days).date()
}

/// Issue 3's model for the demo: stakeholder maps, approvals, charters,
/// phases, engagement and worksheets, in every state the pages can show.
async fn seed_model(db: &Db, now: Timestamp, ids: &Ids) -> Result<(), tandem_store::StoreError> {
    use tandem_domain::{
        charter::{CharterSnapshot, DecisionArea, DecisionAreaInput},
        engagement::{EventDraft, EventKind},
        environment::{AuthorizationDraft, StakeholderDraft, StakeholderInput},
        phases::make_current,
        time::iso_date,
    };
    let group = |key: &str| ids.groups.iter().find(|g| g.key == key).map(|g| g.id);
    let bad = |_: tandem_domain::Invalid| tandem_store::StoreError::Corrupt("demo data");

    // Northside redesign: the busiest initiative, with a little of everything to fix.
    let northside = ids.initiatives[0];
    // The design team's initiative in Spanish, as a facilitator translated it.
    for (field, text) in [
        (Field::InitiativeTitle, "Rediseño de la escuela intermedia Northside: un equipo de diseño comunitario"),
        (
            Field::InitiativeSummary,
            "Familias, alumnado, personal y vecindario diseñan juntos la nueva Northside: su nombre, su programa y su proyecto, antes de decidir nada.",
        ),
        (
            Field::InitiativeValue,
            "Cada estudiante de Northside pertenece, es conocido por al menos una persona adulta y sale preparado para la escuela secundaria.\n\nEl nombre, el programa y el horario de la escuela los dan forma las familias y el alumnado que vivirán con ellos.",
        ),
    ] {
        translations::set(db.pool(), northside, (field, northside, "es"), Some(text), now.plus_days(-80)).await?;
    }
    // name, kind, formal authority, instrument, influence, stance, suitability, reason, group
    type Row = (
        &'static str,
        &'static str,
        &'static str,
        &'static str,
        &'static str,
        &'static str,
        &'static str,
        &'static str,
        Option<&'static str>,
    );
    let people: &[Row] = &[
        (
            "School board",
            "group",
            "approves",
            "Board vote on the design process and on the final plan",
            "high",
            "supporter",
            "co_production",
            "Oversight once the school opens",
            Some("governors"),
        ),
        (
            "Central administration (Office of School Design)",
            "organisation",
            "approves",
            "Sign-off on the staffing model and budget",
            "high",
            "neutral",
            "co_production",
            "Runs enrolment and hiring",
            None,
        ),
        (
            "Riverbend Teachers' Association",
            "organisation",
            "notified",
            "Notified in advance of any re-hiring process",
            "high",
            "sceptic",
            "co_production",
            "Will shape how the new staff model works day to day",
            Some("unions"),
        ),
        (
            "Eastside Advocacy Coalition",
            "organisation",
            "consulted",
            "Consulted on the design brief",
            "high",
            "sceptic",
            "co_creation",
            "Brings families who are rarely heard",
            Some("community_orgs"),
        ),
        (
            "Northside families",
            "group",
            "none",
            "",
            "high",
            "supporter",
            "co_creation",
            "They choose the school; they should shape it",
            Some("families"),
        ),
        (
            "Northside pupil council",
            "group",
            "none",
            "",
            "medium",
            "champion",
            "both",
            "Asked to name the school and to run its buddy scheme",
            Some("pupils"),
        ),
        (
            "Riverbend Youth Trust",
            "organisation",
            "none",
            "",
            "medium",
            "supporter",
            "co_production",
            "Co-delivers mentoring",
            Some("community_orgs"),
        ),
        ("Riverbend public library", "organisation", "none", "", "low", "unknown", "neither", "", None),
    ];
    let mut stakeholder_ids = Vec::new();
    for (name, kind, formal, instrument, influence, stance, suitability, reason, g) in people {
        let d = StakeholderDraft::parse(&StakeholderInput {
            name,
            kind,
            formal_authority: formal,
            instrument,
            influence,
            stance,
            suitability,
            suitability_reason: reason,
            relationship_owner: if *formal == "none" {
                "Marcus Bell, principal designate"
            } else {
                "Dolores Ramírez, engagement officer"
            },
        })
        .map_err(bad)?;
        stakeholder_ids
            .push(environment::add_stakeholder(db.pool(), northside, &d, g.and_then(group), now.plus_days(-60)).await?);
    }
    // title, kind, status, due in days, happened days ago, evidence, stakeholder index
    type Step = (&'static str, &'static str, &'static str, i64, Option<i64>, &'static str, Option<usize>);
    let steps: &[Step] = &[
        (
            "School board approves the design process",
            "approval",
            "granted",
            -70,
            Some(-72),
            "Board minutes, 10 September, item 4",
            Some(0),
        ),
        (
            "Teachers' association notified in advance",
            "notification",
            "notified",
            -65,
            Some(-66),
            "Letter to the association president",
            Some(2),
        ),
        (
            "Central administration signs off the staffing model",
            "approval",
            "requested",
            -3,
            None,
            "Requested at the October planning meeting",
            Some(1),
        ),
        ("School board approves the final plan", "approval", "not_started", 100, None, "", Some(0)),
    ];
    for (title, kind, status, due, happened, evidence, who) in steps {
        let happened_text = happened.map(|h| iso_date(day(now, h))).unwrap_or_default();
        let d = AuthorizationDraft::parse(title, kind, status, &iso_date(day(now, *due)), &happened_text, evidence)
            .map_err(bad)?;
        environment::add_authorization(db.pool(), northside, &d, who.map(|w| stakeholder_ids[w]), now.plus_days(-80))
            .await?;
    }

    let areas: &[(&str, &str, &str, &str, &str, &str)] = &[
        (
            "The school's name",
            "empower",
            "The design team, ratified by the school board",
            "",
            "A name the board or some families dislike",
            "Pupils and families choose the name; the pupil council unveils it",
        ),
        (
            "The programme model",
            "collaborate",
            "The principal designate with the design team",
            "It must meet state standards and fit the district's middle-school funding.",
            "A model that is harder to staff",
            "Your priorities are written into the school's plan, with credit",
        ),
        (
            "Use of the design-session budget",
            "consult",
            "The district engagement office",
            "The total (USD 18,000) is fixed by the planning grant.",
            "",
            "Childcare, meals and interpreters at every session",
        ),
        (
            "Staffing and hiring",
            "inform",
            "Central administration and the principal",
            "Hiring follows district HR rules and the teachers' contract; it cannot be decided here.",
            "",
            "You hear first, with the reasons, before anything is announced",
        ),
    ];
    let mut published: Vec<DecisionArea> = Vec::new();
    for (title, level, by, fixed, risks, reciprocity) in areas {
        let a =
            DecisionArea::parse(&DecisionAreaInput { title, level, final_decision_by: by, fixed, risks, reciprocity })
                .map_err(bad)?;
        charter::apply(&mut *db.acquire().await?, northside, charter::Change::AddArea(&a), None, now.plus_days(-75))
            .await?;
        published.push(a);
    }
    let intro = "The Northside design team — families, pupils, staff and neighbours — shapes the new school before anything is decided. This charter says openly what you can decide, what you can influence, and what is fixed and why.";
    charter::apply(&mut *db.acquire().await?, northside, charter::Change::SetIntro(intro), None, now.plus_days(-75))
        .await?;
    let v1 = serde_json::to_string(&CharterSnapshot { intro: intro.to_owned(), areas: published.clone() })
        .unwrap_or_default();
    let publish = charter::NewVersion { expected: 0, version: 1, snapshot: &v1, reason: "", by: ids.admin };
    charter::apply(&mut *db.acquire().await?, northside, charter::Change::Publish, Some(publish), now.plus_days(-74))
        .await?;
    ids.audited(db, northside, Action::CharterPublish, "v1", "", now.plus_days(-74)).await?;
    let timetable = DecisionArea::parse(&DecisionAreaInput {
        title: "The school day and timetable",
        level: "involve",
        final_decision_by: "The principal designate",
        fixed: "Bus times are set by the district transport contract.",
        risks: "",
        reciprocity: "A timetable that fits family working hours where the buses allow",
    })
    .map_err(bad)?;
    published.push(timetable.clone());
    let v2 = serde_json::to_string(&CharterSnapshot { intro: intro.to_owned(), areas: published }).unwrap_or_default();
    let change = charter::NewVersion {
        expected: 1,
        version: 2,
        snapshot: &v2,
        reason: "Families asked to be involved in the school day after the second session",
        by: ids.admin,
    };
    charter::apply(
        &mut *db.acquire().await?,
        northside,
        charter::Change::AddArea(&timetable),
        Some(change),
        now.plus_days(-40),
    )
    .await?;
    let reason = "v2 Families asked to be involved in the school day after the second session";
    ids.audited(db, northside, Action::CharterAreaAdd, "v2", reason, now.plus_days(-40)).await?;
    initiatives::set_participation(db.pool(), northside, true, now.plus_days(-74)).await?;
    ids.audited(db, northside, Action::ParticipationOpen, "", "", now.plus_days(-74)).await?;

    let list = phases::list(db.pool(), northside).await?;
    let statuses: Vec<_> = list.iter().map(|p| (p.id, p.status)).collect();
    if let (Some(first), Some(second)) = (list.first(), list.get(1))
        && let Some(changes) = make_current(&statuses, second.id)
    {
        let step = phases::Move {
            from: Some(first.id),
            to: second.id,
            note: "Needs agreed at the October open evening",
            actor: ids.admin,
        };
        phases::transition(&mut *db.acquire().await?, northside, &changes, &step, now.plus_days(-30)).await?;
        ids.audited(db, northside, Action::PhaseCurrent, second.id, step.note, now.plus_days(-30)).await?;
        let dated = tandem_domain::phases::PhaseDraft {
            name: String::new(),
            kind: second.kind,
            starts_on: Some(day(now, -30)),
            ends_on: Some(day(now, 60)),
            accepts_ideas: second.accepts_ideas,
        };
        phases::update(db.pool(), northside, second.id, &dated).await?;
    }

    // group, kind, people, days from now, source, stakeholder index
    type Recorded = (&'static str, EventKind, i64, i64, &'static str, Option<usize>);
    let events: &[Recorded] = &[
        ("families", EventKind::Informed, 412, -70, "Letter home in English, Spanish and Arabic", None),
        ("families", EventKind::Attended, 58, -62, "Open evening sign-in sheet", None),
        ("families", EventKind::Supported, 131, -45, "Design survey: 'I support the redesign'", None),
        ("families", EventKind::AgreedRole, 14, -40, "Design team places accepted", None),
        ("families", EventKind::Trained, 11, -35, "Design team induction", None),
        ("families", EventKind::Updated, 390, -20, "Newsletter: what the design team decided", None),
        ("pupils", EventKind::Informed, 220, -68, "Assemblies in every year group", None),
        ("pupils", EventKind::Attended, 41, -50, "Pupil council design workshop", None),
        ("pupils", EventKind::AgreedRole, 3, -40, "Pupils on the design team", None),
        ("teaching_staff", EventKind::Informed, 38, -70, "Staff briefing", None),
        ("teaching_staff", EventKind::Attended, 21, -55, "Staff design session", None),
        ("unions", EventKind::Informed, 2, -66, "Meeting with association officers", Some(2)),
        ("community_orgs", EventKind::Informed, 6, -60, "Partners' breakfast", Some(3)),
        ("community_orgs", EventKind::Supported, 5, -30, "Letters of support", None),
    ];
    for (g, kind, people, when, source, stakeholder) in events {
        if let Some(gid) = group(g) {
            let d = EventDraft {
                group_id: gid,
                kind: *kind,
                people: *people,
                occurred_on: day(now, *when),
                source: (*source).to_owned(),
            };
            engagement::add(
                db.pool(),
                northside,
                &d,
                stakeholder.map(|s| stakeholder_ids[s]),
                ids.admin,
                now.plus_days(*when),
            )
            .await?;
        }
    }
    let answers: &[(u8, &str, i64)] = &[
        (
            1,
            "Formal: the school board and the Office of School Design. Informal: Northside families, the teachers' association and the Eastside Advocacy Coalition.",
            -60,
        ),
        (
            1,
            "Formal: the school board, the Office of School Design and — for staffing — the teachers' contract. Informal: Northside families, the pupil council, the teachers' association and the Eastside Advocacy Coalition.",
            -30,
        ),
        (
            2,
            "Design sessions in the evening favoured families with regular hours. We added Saturday sessions with childcare and interpreters.",
            -45,
        ),
        (
            3,
            "Families and pupils, for the name and the programme; the Eastside Advocacy Coalition, for reaching families we rarely hear from.",
            -45,
        ),
        (
            4,
            "The pupil council (buddying), Riverbend Youth Trust (mentoring) and, once the school opens, a family steering group.",
            -44,
        ),
    ];
    for (q, text, when) in answers {
        worksheet::save(db.pool(), northside, *q, text, ids.admin, now.plus_days(*when)).await?;
    }

    // Harbor View mentoring: co-production under way, its charter published, recent updates.
    let harbor = ids.initiatives[1];
    let mentoring = DecisionArea::parse(&DecisionAreaInput {
        title: "How mentors and new pupils are matched",
        level: "empower",
        final_decision_by: "The pupil mentoring committee",
        fixed: "Safeguarding checks and training come first, always.",
        risks: "Matches staff would not have made",
        reciprocity: "Mentors receive a recognised volunteering award",
    })
    .map_err(bad)?;
    charter::apply(&mut *db.acquire().await?, harbor, charter::Change::AddArea(&mentoring), None, now.plus_days(-110))
        .await?;
    let snap =
        serde_json::to_string(&CharterSnapshot { intro: String::new(), areas: vec![mentoring] }).unwrap_or_default();
    charter::apply(
        &mut *db.acquire().await?,
        harbor,
        charter::Change::Publish,
        Some(charter::NewVersion { expected: 0, version: 1, snapshot: &snap, reason: "", by: ids.admin }),
        now.plus_days(-110),
    )
    .await?;
    ids.audited(db, harbor, Action::CharterPublish, "v1", "", now.plus_days(-110)).await?;
    initiatives::set_participation(db.pool(), harbor, true, now.plus_days(-110)).await?;
    ids.audited(db, harbor, Action::ParticipationOpen, "", "", now.plus_days(-110)).await?;
    let committee = StakeholderDraft::parse(&StakeholderInput {
        name: "Pupil mentoring committee",
        kind: "group",
        formal_authority: "none",
        instrument: "",
        influence: "medium",
        stance: "champion",
        suitability: "both",
        suitability_reason: "Designed the matching and runs the rota",
        relationship_owner: "Ms Okonkwo, head of Year 9",
    })
    .map_err(bad)?;
    environment::add_stakeholder(db.pool(), harbor, &committee, group("pupils"), now.plus_days(-100)).await?;
    let list = phases::list(db.pool(), harbor).await?;
    let statuses: Vec<_> = list.iter().map(|p| (p.id, p.status)).collect();
    if let (Some(first), Some(delivery)) = (list.first(), list.get(3))
        && let Some(changes) = make_current(&statuses, delivery.id)
    {
        let step = phases::Move {
            from: Some(first.id),
            to: delivery.id,
            note: "Mentoring started with the new term",
            actor: ids.admin,
        };
        phases::transition(&mut *db.acquire().await?, harbor, &changes, &step, now.plus_days(-80)).await?;
        ids.audited(db, harbor, Action::PhaseCurrent, delivery.id, step.note, now.plus_days(-80)).await?;
    }
    for (g, kind, people, when, source) in [
        ("pupils", EventKind::Trained, 36, -95, "Mentor training with Riverbend Youth Trust"),
        ("pupils", EventKind::AgreedRole, 36, -94, "Mentor agreements signed"),
        ("families", EventKind::Updated, 240, -10, "Half-term mentoring report"),
        ("pupils", EventKind::Updated, 180, -10, "Tutor-time update"),
    ] {
        if let Some(gid) = group(g) {
            let d = EventDraft { group_id: gid, kind, people, occurred_on: day(now, when), source: source.to_owned() };
            engagement::add(db.pool(), harbor, &d, None, ids.admin, now.plus_days(when)).await?;
        }
    }
    for q in 1..=6u8 {
        worksheet::save(
            db.pool(),
            harbor,
            q,
            "Reviewed with the pupil mentoring committee at the start of term.",
            ids.admin,
            now.plus_days(-90),
        )
        .await?;
    }

    // SEND conference: a charter still in draft, so participation cannot open yet.
    let send = ids.initiatives[2];
    let sessions = DecisionArea::parse(&DecisionAreaInput {
        title: "The conference programme",
        level: "collaborate",
        final_decision_by: "The parent-carer programme committee with the SENCO network lead",
        fixed: "",
        risks: "",
        reciprocity: "Session leads are credited and their travel and childcare are paid",
    })
    .map_err(bad)?;
    charter::apply(&mut *db.acquire().await?, send, charter::Change::AddArea(&sessions), None, now.plus_days(-30))
        .await?;
    Ok(())
}

/// Issue 4's board for the demo: ideas in every status with reasoned
/// answers, endorsements, threaded comments (one hidden, one flagged),
/// commitments with progress, and notifications.
async fn seed_ideas(db: &Db, now: Timestamp, cid: i64, ids: &Ids) -> Result<(), tandem_store::StoreError> {
    use tandem_domain::{
        accountability::{CommitmentDraft, ProgressDraft},
        ideas::{IdeaDraft, Response, ResponseInput},
        notify::NotificationKind,
    };
    let bad = |_: tandem_domain::Invalid| tandem_store::StoreError::Corrupt("demo data");
    let northside = ids.initiatives[0];
    let members = communities::members(&mut *db.acquire().await?, cid, None, None, 400).await?.members;
    let by_group = |key: &str| -> Vec<i64> {
        let gid = ids.groups.iter().find(|g| g.key == key).map(|g| g.id);
        members
            .iter()
            .filter(|m| m.membership.group_id == gid && m.email.is_none())
            .map(|m| m.membership.user_id)
            .collect()
    };
    let families = by_group("families");
    let pupils = by_group("pupils");
    let staff = by_group("teaching_staff");
    let parent = users::get_by_email(db.pool(), LOGINS[2].0).await?.map(|u| u.id);
    let areas = charter::areas(db.pool(), northside).await?;
    let staffing = areas.iter().find(|a| a.area.title.starts_with("Staffing")).map(|a| a.id);
    let name_area = areas.iter().find(|a| a.area.title.starts_with("The school's name")).map(|a| a.id);

    // title, body, kind, author, pseudonym, days ago, area, status, reason, response, answered days later
    type Seed<'a> = (&'a str, &'a str, &'a str, Option<i64>, &'a str, i64, Option<i64>, &'a str, &'a str, &'a str, i64);
    let seeds: Vec<Seed> = vec![
        (
            "A longer lunch break",
            "Twenty-five minutes is not enough to queue, eat and get outside. Many younger pupils skip eating.",
            "need",
            families.first().copied(),
            "",
            50,
            None,
            "accepted",
            "",
            "Agreed. From January lunch will be 40 minutes; the afternoon starts 10 minutes later, which the bus contract allows.",
            4,
        ),
        (
            "Name the school after Ruby Bridges",
            "She stood up for every child's right to learn. The pupil council voted for her name.",
            "idea",
            pupils.first().copied(),
            "Blue Heron",
            45,
            name_area,
            "in_progress",
            "",
            "The design team shortlisted this name with two others. Families vote in the spring, and the board ratifies the result.",
            6,
        ),
        (
            "Keep Ms Alvarez and the current teachers",
            "Families trust the teachers who are here now. Please do not replace everyone.",
            "need",
            families.get(1).copied(),
            "",
            40,
            staffing,
            "not_possible",
            "charter",
            "Hiring is decided under district rules and the teachers' contract, as the charter says. What we can do: every current teacher is invited to apply, and families sit on interview panels.",
            5,
        ),
        (
            "Free breakfast for every pupil",
            "Lots of pupils arrive hungry. Breakfast should be free for everyone, not only those who qualify.",
            "need",
            families.get(2).copied(),
            "",
            38,
            None,
            "not_possible",
            "cost",
            "The district breakfast budget covers pupils who qualify. We asked the council for the extra cost (USD 41,000 a year) and were refused; we will ask again in the next budget round.",
            9,
        ),
        (
            "Quiet room at lunchtime",
            "Somewhere calm to read or just be quiet, especially for pupils with SEND.",
            "idea",
            pupils.get(1).copied(),
            "",
            30,
            None,
            "done",
            "",
            "The old library annex is now open every lunchtime, staffed by a teaching assistant.",
            7,
        ),
        (
            "A calm space at break",
            "Same as the quiet room idea — a place that is not the playground.",
            "idea",
            families.get(3).copied(),
            "",
            29,
            None,
            "merged",
            "",
            "This is the same as the quiet room idea, so we merged them. Follow that one for progress.",
            2,
        ),
        (
            "Clubs after school for Year 7",
            "There is nothing after 3pm for the youngest pupils.",
            "idea",
            staff.first().copied(),
            "",
            20,
            None,
            "under_review",
            "",
            "We are asking club leaders and Riverbend Youth Trust what they could run from spring.",
            3,
        ),
        (
            "Water fountains near the gym",
            "Both fountains near the gym have been broken since September.",
            "need",
            pupils.get(2).copied(),
            "",
            16,
            None,
            "new",
            "",
            "",
            0,
        ),
        (
            "Parents' evening online option",
            "Shift workers cannot come at 6pm. A video call option would help.",
            "idea",
            families.get(4).copied(),
            "",
            4,
            None,
            "new",
            "",
            "",
            0,
        ),
    ];
    let mut created = Vec::new();
    for (title, body, kind, author, pseudonym, ago, area, _, _, _, _) in &seeds {
        let Some(author) = author else { continue };
        let d = IdeaDraft::parse(kind, title, body, pseudonym, "").map_err(bad)?;
        let id = ideas::create(db.pool(), northside, *author, &d, *area, now.plus_days(-ago)).await?;
        created.push(id);
    }
    // Answers, in order; "merged" points at the quiet room.
    let quiet_room = created.get(4).copied();
    for (n, (_, _, _, _, _, ago, _, status, reason, response, later)) in seeds.iter().enumerate() {
        if *status == "new" {
            continue;
        }
        let Some(&id) = created.get(n) else { continue };
        let input = ResponseInput {
            status,
            reason,
            text: response,
            decision_area: if *reason == "charter" { staffing } else { None },
            merged_into: if *status == "merged" { quiet_room } else { None },
            conflict_note: if n == 1 {
                "The principal designate taught Ruby Bridges' story for years; the final vote is the families'."
            } else {
                ""
            },
        };
        let r = Response::parse(&input, id).map_err(bad)?;
        ideas::respond(&mut *db.acquire().await?, id, &r, ids.admin, now.plus_days(-ago + later)).await?;
        ids.audited(db, northside, Action::IdeaRespond, id, r.status.key(), now.plus_days(-ago + later)).await?;
    }
    // Endorsements: popular ideas get many.
    for (n, id) in created.iter().enumerate() {
        let count = [42, 67, 88, 53, 24, 6, 12, 19, 3].get(n).copied().unwrap_or(5);
        for user in families.iter().chain(pupils.iter()).take(count) {
            ideas::endorse(db.pool(), *id, *user, now.plus_days(-10)).await?;
        }
    }
    if let (Some(&lunch), Some(&teachers)) = (created.first(), created.get(2)) {
        if let Some(p) = parent {
            ideas::endorse(db.pool(), teachers, p, now.plus_days(-39)).await?;
            communities::accept_conduct(db.pool(), cid, p, now.plus_days(-39)).await.ok();
        }
        let a = ideas::add_comment(
            &mut *db.acquire().await?,
            lunch,
            None,
            families[5],
            None,
            "Thank you — my son has been coming home hungry.",
            now.plus_days(-48),
        )
        .await?;
        ideas::add_comment(
            &mut *db.acquire().await?,
            lunch,
            Some(a),
            pupils[3],
            Some("Comet"),
            "Same here, the queue takes 15 minutes.",
            now.plus_days(-47),
        )
        .await?;
        let rude = ideas::add_comment(
            &mut *db.acquire().await?,
            teachers,
            None,
            families[6],
            None,
            "The new principal only wants his friends on staff.",
            now.plus_days(-38),
        )
        .await?;
        moderation::flag(
            db.pool(),
            cid,
            moderation::Target::Comment,
            rude,
            families[7],
            "Personal attack on a named person",
            now.plus_days(-38),
        )
        .await?;
        moderation::set_hidden(
            &mut *db.acquire().await?,
            cid,
            moderation::Target::Comment,
            rude,
            Some("A personal accusation against a named member of staff (code of conduct, rule 1)."),
            ids.admin,
            now.plus_days(-37),
        )
        .await?;
        let pending = ideas::add_comment(
            &mut *db.acquire().await?,
            teachers,
            None,
            families[8],
            None,
            "Buy our raffle tickets at the Saturday market!",
            now.plus_days(-2),
        )
        .await?;
        moderation::flag(
            db.pool(),
            cid,
            moderation::Target::Comment,
            pending,
            families[9],
            "Advertising",
            now.plus_days(-1),
        )
        .await?;
        if let Some(p) = parent {
            let n = notifications::New {
                kind: NotificationKind::IdeaStatus,
                initiative_id: northside,
                idea_id: Some(teachers),
                commitment_id: None,
                detail: "Keep Ms Alvarez and the current teachers",
            };
            notifications::create_many(&mut *db.acquire().await?, &[p], &n, now.plus_days(-35)).await?;
        }
        let d = CommitmentDraft::parse(
            "A 40-minute lunch from January",
            "The afternoon starts ten minutes later; buses leave at 3:25.",
        )
        .map_err(bad)?;
        let c = accountability::create(
            &mut *db.acquire().await?,
            northside,
            &d,
            None,
            &[lunch],
            ids.admin,
            now.plus_days(-44),
        )
        .await?;
        ids.audited(db, northside, Action::CommitmentCreate, c, "", now.plus_days(-44)).await?;
        for (status, pct, body, ago) in [
            ("in_progress", "30", "Timetable drafted and shared with staff and the bus company.", -40),
            ("in_progress", "70", "The bus company confirmed the later times. Parents' newsletter sent.", -20),
        ] {
            let p =
                ProgressDraft::parse(status, pct, body, &tandem_domain::time::iso_date(day(now, ago))).map_err(bad)?;
            accountability::add_update(&mut *db.acquire().await?, northside, c, &p, ids.admin, now.plus_days(ago))
                .await?;
            let detail = format!("{status} {pct}%");
            ids.audited(db, northside, Action::CommitmentProgress, c, &detail, now.plus_days(ago)).await?;
        }
        if let Some(&quiet) = created.get(4) {
            let d = CommitmentDraft::parse("A quiet room every lunchtime", "").map_err(bad)?;
            let q = accountability::create(
                &mut *db.acquire().await?,
                northside,
                &d,
                None,
                &[quiet],
                ids.admin,
                now.plus_days(-24),
            )
            .await?;
            let p = ProgressDraft::parse(
                "done",
                "100",
                "Open since Monday in the library annex, with a teaching assistant.",
                &tandem_domain::time::iso_date(day(now, -23)),
            )
            .map_err(bad)?;
            accountability::add_update(&mut *db.acquire().await?, northside, q, &p, ids.admin, now.plus_days(-23))
                .await?;
        }
    }
    Ok(())
}

/// Issue 5's co-decisions on Northside: a closed ranked poll on the school's
/// name, an open approval poll, a closed consent proposal, a closed budget
/// counted with Equal Shares and an open points budget with a proposal waiting.
async fn seed_decisions(
    db: &Db,
    now: Timestamp,
    cid: i64,
    ids: &Ids,
    rng: &mut StdRng,
) -> Result<(), tandem_store::StoreError> {
    use tandem_decide::amount::Decimal;
    use tandem_domain::decisions::{
        BudgetBallot, BudgetBallotInput, BudgetDraft, BudgetRule, Dates, PollBallot, PollDraft, PollMethod,
        ProjectDraft, ProjectStatus,
    };
    use tandem_store::decisions::{self as store, BallotBox};
    let bad = |_: tandem_domain::Invalid| tandem_store::StoreError::Corrupt("demo data");
    let northside = ids.initiatives[0];
    let areas = charter::areas(db.pool(), northside).await?;
    let area = |prefix: &str| areas.iter().find(|a| a.area.title.starts_with(prefix)).map(|a| a.id).unwrap_or(0);
    let members = communities::members(&mut *db.acquire().await?, cid, None, None, 400).await?.members;
    let voters: Vec<(i64, Option<i64>)> = members
        .iter()
        .filter(|m| m.membership.role.can_participate() && m.email.is_none())
        .map(|m| (m.membership.user_id, m.membership.group_id))
        .collect();
    let closed = Dates { opens_at: now.plus_days(-30), closes_at: now.plus_days(-5) };
    let open = Dates { opens_at: now.plus_days(-3), closes_at: now.plus_days(12) };
    let admin = ids.admin;
    // Trackers come from a generator of their own, so the ballots drawn from `rng` stay as they were.
    let mut trackers = StdRng::seed_from_u64(11);

    // A ranked poll on the name, counted by instant-runoff: a close race decided by transfers.
    let names =
        ["Riverside Middle School", "Maya Angelou Middle School", "Northside Commons", "Heron Bay Middle School"];
    let poll = PollDraft {
        title: String::from("Which name should the new school have?"),
        description: String::from("Four names came out of the naming workshops. Rank as many as you like."),
        method: PollMethod::Irv,
        options: names.iter().map(|s| s.to_string()).collect(),
        area_id: area("The school's name"),
        dates: closed,
        quorum: 100,
        eligible_groups: vec![],
    };
    let naming = store::create_poll(&mut *db.acquire().await?, northside, &poll, admin, now.plus_days(-31)).await?;
    ids.audited(db, northside, Action::PollCreate, naming, "", now.plus_days(-31)).await?;
    let orders: [&[usize]; 6] = [&[2, 4, 1], &[1, 3], &[3, 2, 4], &[4, 2], &[2, 1], &[1, 4, 3]];
    let weights = [30, 26, 24, 12, 6, 2];
    for (k, (user, group)) in voters.iter().take(190).enumerate() {
        let roll = rng.random_range(0..100);
        let mut acc = 0;
        let pick = weights.iter().position(|w| {
            acc += w;
            roll < acc
        });
        let order = orders[pick.unwrap_or(0)];
        let ballot = PollBallot::Ranking(order.to_vec());
        store::cast(
            &mut *db.acquire().await?,
            BallotBox::Poll,
            naming,
            *user,
            *group,
            &ballot.encode(),
            &tracker(&mut trackers),
            closed.opens_at.plus_secs(k as i64 * 600),
        )
        .await?;
    }
    // One paper ballot, declared, entered by the administrator and confirmed by the facilitator.
    store::declare_paper(db.pool(), BallotBox::Poll, naming, 1, None).await?;
    store::cast_paper(
        db.pool(),
        BallotBox::Poll,
        naming,
        &PollBallot::Ranking(vec![2, 1]).encode(),
        &tracker(&mut trackers),
        admin.unwrap_or_default(),
        "Paper ballot from the community library drop box",
        closed.closes_at.plus_secs(-3600),
    )
    .await?;
    let facilitator = users::get_by_email(db.pool(), LOGINS[1].0).await?.map(|u| u.id).unwrap_or_default();
    for b in store::ballots(db.pool(), BallotBox::Poll, naming).await?.iter().filter(|b| b.is_paper()) {
        store::confirm_paper(db.pool(), BallotBox::Poll, naming, b.id, facilitator, closed.closes_at.plus_secs(-1800))
            .await?;
    }

    // An open approval poll the demo parent has not answered yet.
    let poll = PollDraft {
        title: String::from("Which lunch timetable should we trial first?"),
        description: String::from("The bus contract fixes arrival and departure; lunch can move."),
        method: PollMethod::Approval,
        options: vec![
            String::from("One 40-minute lunch for everyone"),
            String::from("Two staggered 30-minute lunches"),
            String::from("A short lunch and a longer afternoon break"),
        ],
        area_id: area("The school day"),
        dates: open,
        quorum: 60,
        eligible_groups: vec![],
    };
    let lunch = store::create_poll(&mut *db.acquire().await?, northside, &poll, admin, now.plus_days(-3)).await?;
    ids.audited(db, northside, Action::PollCreate, lunch, "", now.plus_days(-3)).await?;
    // In Spanish too, so Spanish-speaking families read the question they answer.
    for (field, text) in [
        (Field::PollTitle, "¿Qué horario de almuerzo probamos primero?"),
        (Field::PollDescription, "El contrato del autobús fija la llegada y la salida; el almuerzo se puede mover."),
        (
            Field::PollOptions,
            "Un almuerzo de 40 minutos para todos\nDos almuerzos escalonados de 30 minutos\nUn almuerzo corto y un descanso más largo por la tarde",
        ),
    ] {
        translations::set(db.pool(), northside, (field, lunch, "es"), Some(text), now.plus_days(-3)).await?;
    }
    for (k, (user, group)) in voters.iter().skip(20).take(45).enumerate() {
        let set = match k % 4 {
            0 => vec![1],
            1 => vec![2, 3],
            2 => vec![1, 3],
            _ => vec![2],
        };
        store::cast(
            &mut *db.acquire().await?,
            BallotBox::Poll,
            lunch,
            *user,
            *group,
            &PollBallot::Set(set).encode(),
            &tracker(&mut trackers),
            now.plus_days(-2),
        )
        .await?;
    }

    // A consent proposal that passed.
    let poll = PollDraft {
        title: String::from("Proposal: two pupil seats on the design team"),
        description: String::from("Pupils elected by the pupil council join the design team with a full vote."),
        method: PollMethod::Consent,
        options: vec![],
        area_id: area("The programme model"),
        dates: closed,
        quorum: 0,
        eligible_groups: vec![],
    };
    let seats = store::create_poll(&mut *db.acquire().await?, northside, &poll, admin, now.plus_days(-31)).await?;
    ids.audited(db, northside, Action::PollCreate, seats, "", now.plus_days(-31)).await?;
    for (k, (user, group)) in voters.iter().skip(60).take(40).enumerate() {
        let stance = match k % 10 {
            0 => "abstain",
            1 | 2 => "disagree",
            _ => "agree",
        };
        let at = closed.opens_at.plus_days(2);
        store::cast(
            &mut *db.acquire().await?,
            BallotBox::Poll,
            seats,
            *user,
            *group,
            stance,
            &tracker(&mut trackers),
            at,
        )
        .await?;
    }

    // A closed budget, counted with Equal Shares: the design-session budget.
    let total = Decimal::parse("18000").unwrap_or(Decimal { units: 18000, scale: 0 });
    let budget = BudgetDraft {
        title: String::from("Design-session budget"),
        description: String::from("What should the planning grant pay for so that everyone can take part?"),
        total,
        currency: String::from("USD"),
        ballot: BudgetBallot::Approval,
        points: 0,
        rule: BudgetRule::EqualShares,
        area_id: area("Use of the design-session budget"),
        dates: closed,
        eligible_groups: vec![],
    };
    let sessions = store::create_budget(db.pool(), northside, &budget, admin, now.plus_days(-31)).await?;
    ids.audited(db, northside, Action::BudgetCreate, sessions, "", now.plus_days(-31)).await?;
    let projects = [
        ("Childcare at every session", "4800"),
        ("Hot meals at evening sessions", "5200"),
        ("Spanish and Vietnamese interpreters", "6000"),
        ("Bus passes for families without a car", "3500"),
        ("Translated printed materials", "1800"),
        ("A sensory-friendly quiet room", "2400"),
        ("Recording sessions for those who cannot come", "2900"),
    ];
    let mut ballot_ids = Vec::new();
    for (title, cost) in projects {
        let d = ProjectDraft::parse(title, "", cost, total).map_err(bad)?;
        ballot_ids.push(
            store::add_project(db.pool(), sessions, &d, ProjectStatus::OnBallot, None, admin, now.plus_days(-31))
                .await?,
        );
    }
    let tastes: [&[usize]; 5] = [&[0, 1, 3], &[2, 4], &[0, 2, 5], &[1, 6], &[3, 4, 5]];
    for (k, (user, group)) in voters.iter().skip(10).take(150).enumerate() {
        let chosen: Vec<(i64, i64)> = tastes[k % tastes.len()].iter().map(|&i| (ballot_ids[i], 1)).collect();
        let mut chosen = chosen;
        chosen.sort_unstable();
        store::cast(
            &mut *db.acquire().await?,
            BallotBox::Budget,
            sessions,
            *user,
            *group,
            &BudgetBallotInput(chosen).encode(),
            &tracker(&mut trackers),
            closed.opens_at.plus_days(3),
        )
        .await?;
    }

    // An open budget with points, and a member's proposal waiting for a facilitator.
    let total = Decimal::parse("5000").unwrap_or(Decimal { units: 5000, scale: 0 });
    let budget = BudgetDraft {
        title: String::from("Clubs and enrichment fund"),
        description: String::from("Spread your 10 points over the clubs you want the new school to start with."),
        total,
        currency: String::from("USD"),
        ballot: BudgetBallot::Cumulative,
        points: 10,
        rule: BudgetRule::Greedy,
        area_id: area("The programme model"),
        dates: open,
        eligible_groups: vec![],
    };
    let clubs = store::create_budget(db.pool(), northside, &budget, admin, now.plus_days(-3)).await?;
    ids.audited(db, northside, Action::BudgetCreate, clubs, "", now.plus_days(-3)).await?;
    let mut club_ids = Vec::new();
    for (title, cost) in [
        ("Robotics club", "1800"),
        ("School garden", "1200"),
        ("Film-making club", "1500"),
        ("Homework café", "900"),
        ("Climbing wall sessions", "2100"),
    ] {
        let d = ProjectDraft::parse(title, "", cost, total).map_err(bad)?;
        club_ids.push(
            store::add_project(db.pool(), clubs, &d, ProjectStatus::OnBallot, None, admin, now.plus_days(-3)).await?,
        );
    }
    let parent = users::get_by_email(db.pool(), LOGINS[2].0).await?.map(|u| u.id);
    let d =
        ProjectDraft::parse("Chess club", "Boards and a weekly coach from the library's chess group.", "400", total)
            .map_err(bad)?;
    store::add_project(db.pool(), clubs, &d, ProjectStatus::Proposed, None, parent, now.plus_days(-1)).await?;
    for (k, (user, group)) in voters.iter().skip(100).take(30).enumerate() {
        let given = vec![(club_ids[k % 5], 6), (club_ids[(k + 2) % 5], 4)];
        let mut given = given;
        given.sort_unstable();
        store::cast(
            &mut *db.acquire().await?,
            BallotBox::Budget,
            clubs,
            *user,
            *group,
            &BudgetBallotInput(given).encode(),
            &tracker(&mut trackers),
            now.plus_days(-1),
        )
        .await?;
    }
    Ok(())
}

/// Statements about a phone-free school day, paired with the first 24
/// statements of a real Pol.is conversation whose votes the demo keeps
/// (see crates/app/demo/README.md).
const CONVERSATION_STATEMENTS: [&str; 24] = [
    "I want phones allowed all day at school.",
    "I support a phone-free school day.",
    "The school should keep today's phone rules as they are.",
    "I have changed my mind about phones since last year.",
    "A phone ban could work, but not the way it was tried before.",
    "There is no real difference between the two proposals on the table.",
    "The two proposals differ, but only in the details.",
    "The governing board was right to start this review.",
    "The parent council should oppose the review.",
    "The school should listen to pupils who want their phones, not overrule them.",
    "My child travels to school alone.",
    "My child lives within walking distance of school.",
    "A phone ban would change my family's daily arrangements.",
    "Pupils learn better when they are not distracted.",
    "Online bullying is a huge issue that is not given enough attention.",
    "I use a phone for school work at home.",
    "\"Responsible use\" is badly defined in the current rules.",
    "Locking phones in pouches will cost more than the school expects.",
    "A pupil vote alone should not decide a policy this big.",
    "The phone debate is really about wellbeing, not about phones.",
    "Other issues at school matter more to me than phones.",
    "I dislike strict bans but would support one that is run fairly.",
    "Whatever happens, phones should stay out of lessons.",
    "Only the head teacher can make a phone policy work.",
];

const CONVERSATION_VOTES: &str = include_str!("../demo/conversation-votes.csv");

/// A conversation with real votes, its opinion map drawn, and two member
/// statements waiting for moderation.
async fn seed_conversation(db: &Db, now: Timestamp, cid: i64, ids: &Ids) -> Result<(), tandem_store::StoreError> {
    use tandem_domain::conversation::StatementStatus;
    use tandem_store::conversations as store;
    let northside = ids.initiatives[0];
    let started = now.plus_days(-20);
    let id = store::create(
        db.pool(),
        northside,
        "A phone-free school day?",
        "Before the governing board decides, tell us where you stand. Vote on each statement, one at a time, \
         and add your own. The map shows the groups of opinion in our community and what they share.",
        ids.admin,
        started,
    )
    .await?;
    let mut statement_ids = Vec::new();
    for (k, text) in CONVERSATION_STATEMENTS.iter().enumerate() {
        let at = started.plus_secs(k as i64 * 60);
        statement_ids
            .push(store::add_statement(db.pool(), id, ids.admin, text, StatementStatus::Accepted, true, at).await?);
    }
    let members = communities::members(&mut *db.acquire().await?, cid, None, None, 400).await?.members;
    let voters: Vec<(i64, Option<i64>)> = members
        .iter()
        .filter(|m| m.membership.role.can_participate() && m.email.is_none())
        .map(|m| (m.membership.user_id, m.membership.group_id))
        .collect();
    let mut conn = db.acquire().await?;
    for (row, line) in CONVERSATION_VOTES.lines().skip(1).enumerate() {
        let cells: Vec<i64> = line.split(',').filter_map(|c| c.trim().parse().ok()).collect();
        let [voter, statement, vote] = cells[..] else { continue };
        let (Some(&(user, group)), Some(&sid)) = (voters.get(voter as usize), statement_ids.get(statement as usize))
        else {
            continue;
        };
        let at = started.plus_secs(3600 + row as i64 * 240);
        store::vote(&mut conn, id, sid, user, group, vote.clamp(-1, 1) as i8, at).await?;
    }
    drop(conn);
    for (k, text) in ["Phones could be allowed at lunch in one room only.", "Ask the pupils' council to run a trial."]
        .iter()
        .enumerate()
    {
        let author = voters.get(k).map(|v| v.0);
        store::add_statement(db.pool(), id, author, text, StatementStatus::Pending, false, now.plus_days(-1)).await?;
    }
    conversations::redraw_now(&Service::new(db.clone()), id, now.plus_secs(-3600))
        .await
        .map_err(|_| tandem_store::StoreError::Corrupt("demo conversation"))?;
    Ok(())
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
            let c = communities::by_slug(t.db.pool(), COMMUNITY).await.unwrap().unwrap();
            assert_eq!(communities::schools(t.db.pool(), c.id).await.unwrap().len(), 3);
            let list = initiatives::list(t.db.pool(), c.id, true, true).await.unwrap();
            assert_eq!(list.len(), INITIATIVES.len());
            assert!(list.iter().any(|i| i.visibility == Visibility::Members), "a members-only initiative");
            let counts = communities::member_counts(t.db.pool(), c.id).await.unwrap();
            assert!(counts.iter().any(|(_, n)| (1..5).contains(n)), "a group small enough to be suppressed");
            let invites = invitations::page(t.db.pool(), c.id, None, 10).await.unwrap();
            let states: Vec<_> = invites.iter().map(|i| i.status(now)).collect();
            for status in [
                tandem_domain::invitation::InvitationStatus::Open,
                tandem_domain::invitation::InvitationStatus::Expired,
                tandem_domain::invitation::InvitationStatus::Revoked,
            ] {
                assert!(states.contains(&status), "an invitation that is {status:?}");
            }
            // Issue 3: every initiative has phases; the busiest has the whole model.
            let north = &list.iter().find(|i| i.slug.starts_with("northside")).unwrap();
            // Issue 15: a design team drawn by lot from 120 volunteers, with one replacement.
            let selections = tandem_store::sortition::list(t.db.pool(), north.id).await.unwrap();
            assert_eq!(selections.len(), 1);
            let volunteers = tandem_store::sortition::volunteers(t.db.pool(), c.id, selections[0].id).await.unwrap();
            assert_eq!(volunteers.len(), 120);
            use tandem_domain::sortition::VolunteerStatus as V;
            let seated = volunteers.iter().filter(|v| matches!(v.status, V::Selected | V::Accepted)).count();
            assert_eq!(seated, 12);
            assert_eq!(volunteers.iter().filter(|v| v.status == V::Declined).count(), 1);
            assert!(
                volunteers.iter().filter(|v| v.protected && v.status != V::Pool).count() >= 2,
                "at least two pupils"
            );
            assert_eq!(tandem_store::sortition::rounds(t.db.pool(), selections[0].id).await.unwrap().len(), 2);
            assert_eq!(north.charter_version, 2, "published, then changed with a reason");
            assert!(north.participation_open && north.current_phase.is_some());
            assert!(environment::stakeholders(t.db.pool(), north.id).await.unwrap().len() >= 6);
            let steps = environment::authorizations(t.db.pool(), north.id).await.unwrap();
            assert!(steps.iter().any(|a| {
                tandem_domain::environment::AuthorizationFacts { kind: a.kind, status: a.status, due_on: a.due_on }
                    .is_overdue(now)
            }));
            assert!(engagement::recent(t.db.pool(), north.id, 100).await.unwrap().len() >= 10);
            assert!(!worksheet::history(t.db.pool(), north.id).await.unwrap().is_empty());
            let drafts = list.iter().filter(|i| i.charter_version == 0).count();
            assert!(drafts >= 1, "an initiative still waiting for its charter");
            for i in &list {
                assert_eq!(phases::list(t.db.pool(), i.id).await.unwrap().len(), 5);
            }
            // Issue 4: ideas in every status, each "not possible" with its reason, a pupil
            // under a pseudonym, commitments with progress, a moderation queue, a notification.
            let filter = ideas::Filter {
                words: None,
                status: None,
                sort: ideas::Sort::Newest,
                limit: 200,
                hidden: ideas::Hidden::Include,
            };
            let board = ideas::list(&t.db, north.id, &filter).await.unwrap();
            for status in <tandem_domain::ideas::IdeaStatus as tandem_domain::Choice>::ALL {
                assert!(board.iter().any(|i| i.status == *status), "an idea that is {status:?}");
            }
            let refused = board.iter().filter(|i| i.status == tandem_domain::ideas::IdeaStatus::NotPossible);
            assert!(refused.clone().count() > 0 && refused.clone().all(|i| i.response_reason.is_some()));
            assert!(board.iter().any(|i| i.author_protected && i.pseudonym.is_some()), "a pupil's idea");
            assert!(board.iter().any(|i| i.endorsements > 0 && i.comments > 0));
            let commitments = accountability::list(&mut t.db.acquire().await.unwrap(), north.id).await.unwrap();
            assert!(commitments.len() >= 2);
            assert!(!accountability::timeline(t.db.pool(), north.id, 10).await.unwrap().is_empty());
            let flags = moderation::open_flags(t.db.pool(), c.id, None, 1000).await.unwrap();
            assert!(!flags.is_empty(), "something waits for a moderator");
            let parent = users::get_by_email(t.db.pool(), LOGINS[2].0).await.unwrap().unwrap();
            assert!(notifications::unread_count(t.db.pool(), parent.id).await.unwrap() > 0);
            // Issue 5: polls and budgets, open and closed, with ballots.
            let polls = tandem_store::decisions::polls(&mut t.db.acquire().await.unwrap(), north.id).await.unwrap();
            assert!(
                polls.len() >= 3 && polls.iter().any(|p| p.closes_at < now) && polls.iter().any(|p| p.closes_at > now)
            );
            assert!(polls.iter().all(|p| p.decision_area_id.is_some()), "every poll belongs to a charter area");
            let budgets = tandem_store::decisions::budgets(t.db.pool(), north.id).await.unwrap();
            assert!(budgets.iter().any(|b| b.closes_at < now && b.ballots > 50));
            assert!(budgets.iter().any(|b| b.closes_at > now));
            // Issue 6: a conversation with real votes, its map drawn, and statements to moderate.
            let conversations = tandem_store::conversations::list(t.db.pool(), north.id).await.unwrap();
            let conversation = conversations.first().expect("a conversation");
            assert!(conversation.voters > 150 && conversation.votes > 3000, "{conversation:?}");
            let map = conversations::stored_analysis(&Service::new(t.db.clone()), conversation.id)
                .await
                .unwrap()
                .expect("a drawn map");
            assert!(map.groups.len() >= 2, "opinion groups");
            assert!(!map.consensus_agree.is_empty(), "statements most people share");
            let pending = tandem_store::conversations::statements(t.db.pool(), conversation.id).await.unwrap();
            assert!(pending.iter().any(|s| s.status == tandem_domain::conversation::StatementStatus::Pending));
            for (email, _, role, _) in LOGINS {
                let user = users::get_by_email(t.db.pool(), email).await.unwrap().unwrap();
                let m = communities::membership(t.db.pool(), c.id, user.id).await.unwrap().unwrap();
                assert_eq!(m.role, *role);
            }
        }
    }
}

#[cfg(test)]
mod scale_tests {
    use tandem_store::testing::{TestDb, backends};

    use super::*;

    #[tokio::test]
    async fn the_demo_enlarges_to_a_district_several_times_its_size() {
        for backend in backends() {
            let t = TestDb::new(backend).await.unwrap();
            let now = Timestamp(1_795_000_000);
            let seeded = seed(&t.db, now, "not-a-real-hash").await.unwrap();
            let c = communities::by_slug(t.db.pool(), COMMUNITY).await.unwrap().unwrap();
            let before = communities::members(&mut t.db.acquire().await.unwrap(), c.id, None, None, 1).await.unwrap();
            assert_eq!(before.total as usize, seeded.members);
            let added = crate::demo_scale::enlarge(&t.db, now, 3).await.unwrap();
            assert_eq!((added.members, added.ideas, added.notifications), (1_000, 400, 2_000));
            assert_eq!((added.endorsements, added.comments, added.ballots), (4_000, 2_000, 400));
            assert!(added.votes > 0);
            let after = communities::members(&mut t.db.acquire().await.unwrap(), c.id, None, None, 1).await.unwrap();
            assert_eq!(after.total as usize, seeded.members + 1_000, "{backend:?}");
            let north = initiatives::list(t.db.pool(), c.id, true, true)
                .await
                .unwrap()
                .into_iter()
                .find(|i| i.slug.starts_with("northside"))
                .unwrap();
            let filter = tandem_store::ideas::Filter {
                words: None,
                status: None,
                sort: tandem_store::ideas::Sort::Newest,
                limit: 10,
                hidden: tandem_store::ideas::Hidden::Include,
            };
            assert!(tandem_store::ideas::count(&t.db, north.id, &filter).await.unwrap() >= 400);
            assert_eq!(crate::demo_scale::enlarge(&t.db, now, 1).await.unwrap().members, 0, "scale 1 adds nothing");
        }
    }
}

/// Who the district is, what members say about themselves, and an outreach
/// already under way: Riverbend's baselines (the district and Northside's
/// own), home languages declared by most members — Arabic-speaking families
/// declare less often and take part less, so Northside's design team
/// under-represents them while school leaders, few in the district, are
/// many among its most active voices —, an invitation aimed at Arabic-speaking
/// families and the coffee morning recorded as engagement.
async fn seed_representation(
    db: &Db,
    now: Timestamp,
    ids: &Ids,
    school_ids: &[(String, i64)],
    rng: &mut StdRng,
) -> Result<(), tandem_store::StoreError> {
    use tandem_store::representation::{self as rep, NewBaseline};
    let cid = ids.community;
    let census = day(now, -60);
    let district: &[(&str, &[(&str, i64)])] = &[
        (
            "stakeholder_group",
            &[
                ("families", 2650),
                ("pupils", 3120),
                ("teaching_staff", 214),
                ("support_staff", 96),
                ("school_leaders", 12),
                ("governors", 27),
                ("unions", 41),
                ("community_orgs", 58),
            ],
        ),
        (
            "home_language",
            &[("English", 2890), ("Spanish", 1610), ("Arabic", 520), ("Vietnamese", 240), ("Other", 260)],
        ),
        ("neighbourhood", &[("Northside", 1880), ("Harbor View", 1720), ("Old Town", 1150), ("Riverside", 770)]),
    ];
    let mut conn = db.acquire().await?;
    for (dimension, groups) in district {
        let groups: Vec<(String, i64)> = groups.iter().map(|(g, n)| ((*g).to_owned(), *n)).collect();
        let source = if *dimension == "stakeholder_group" {
            "District enrolment and staffing return, October"
        } else {
            "District family census, October"
        };
        let b = NewBaseline { school_id: None, dimension, source, as_of: census, groups: &groups };
        rep::replace(&mut conn, cid, &b, ids.admin, now.plus_days(-59), |_| {}).await?;
    }
    let schools: Vec<(String, i64)> = school_ids.iter().map(|(slug, _)| slug.clone()).zip([1930, 1740, 1850]).collect();
    let b = NewBaseline {
        school_id: None,
        dimension: "school",
        source: "District enrolment return, October",
        as_of: census,
        groups: &schools,
    };
    rep::replace(&mut conn, cid, &b, ids.admin, now.plus_days(-59), |_| {}).await?;
    if let Some((_, northside)) = school_ids.get(1) {
        let own: Vec<(String, i64)> =
            [("English", 820), ("Spanish", 590), ("Arabic", 260), ("Vietnamese", 90), ("Other", 90)]
                .iter()
                .map(|(g, n)| ((*g).to_owned(), *n))
                .collect();
        let b = NewBaseline {
            school_id: Some(*northside),
            dimension: "home_language",
            source: "Northside Middle School admissions, September",
            as_of: day(now, -80),
            groups: &own,
        };
        rep::replace(&mut conn, cid, &b, ids.admin, now.plus_days(-59), |_| {}).await?;
    }
    // Most members answer; a few prefer not to say. Arabic is declared by
    // fewer families than live in the district: part of what the page shows.
    let members = communities::members(&mut conn, cid, None, None, 500).await?.members;
    let languages = [("English", 58), ("Spanish", 30), ("Arabic", 3), ("Vietnamese", 4), ("Other", 3), ("-", 2)];
    let places = [("Northside", 40), ("Harbor View", 30), ("Old Town", 18), ("Riverside", 8), ("-", 4)];
    let pick = |rng: &mut StdRng, from: &[(&'static str, u32)]| {
        let total: u32 = from.iter().map(|x| x.1).sum();
        let mut roll = rng.random_range(0..total);
        for (value, weight) in from {
            if roll < *weight {
                return *value;
            }
            roll -= weight;
        }
        "-"
    };
    let protected: Vec<i64> = ids.groups.iter().filter(|g| g.protects_identity).map(|g| g.id).collect();
    for m in &members {
        if m.membership.group_id.is_some_and(|g| protected.contains(&g)) || rng.random_bool(0.12) {
            continue; // pupils' profiles are not filled in; some adults never answer
        }
        let uid = m.membership.user_id;
        let answered = now.plus_days(-rng.random_range(20..150));
        rep::set_answer(&mut conn, cid, uid, "home_language", Some(pick(rng, &languages)), answered).await?;
        rep::set_answer(&mut conn, cid, uid, "neighbourhood", Some(pick(rng, &places)), answered).await?;
    }
    // School leaders, 12 in the district, are among Northside's voices (each
    // endorses its ideas), and at Harbor View they hold the ideas board:
    // six of them make most of its contributions while families, many more
    // of the participants, each endorse one idea — the capture alert.
    let in_group = |key: &str| -> Vec<i64> {
        let gid = ids.groups.iter().find(|g| g.key == key).map(|g| g.id);
        members
            .iter()
            .filter(|m| m.membership.group_id == gid && m.email.is_none())
            .map(|m| m.membership.user_id)
            .collect()
    };
    let leaders = in_group("school_leaders");
    let families = in_group("families");
    if let Some(&northside) = ids.initiatives.first() {
        let filter = ideas::Filter {
            words: None,
            status: None,
            sort: ideas::Sort::Oldest,
            limit: 100,
            hidden: ideas::Hidden::Include,
        };
        let northside_ideas: Vec<i64> = ideas::list(db, northside, &filter).await?.iter().map(|i| i.id).collect();
        let all_leaders = members
            .iter()
            .filter(|m| ids.groups.iter().any(|g| g.key == "school_leaders" && Some(g.id) == m.membership.group_id))
            .map(|m| m.membership.user_id);
        for leader in all_leaders {
            for idea in &northside_ideas {
                ideas::endorse(&mut *conn, *idea, leader, now.plus_days(-rng.random_range(5..30))).await?;
            }
        }
    }
    if let Some(&harbor) = ids.initiatives.get(1) {
        let bad = |_: tandem_domain::Invalid| tandem_store::StoreError::Corrupt("demo data");
        let proposals = [
            (
                "Mentor pairs set by heads of year",
                "Heads of year know the new pupils best: they should choose the pairs, not a sign-up sheet.",
            ),
            (
                "Mentor training in the September inset day",
                "Train mentors on the staff inset day so the scheme starts in week one.",
            ),
            (
                "A mentoring handbook written by staff",
                "One handbook, written by the pastoral team, so every mentor gives the same advice.",
            ),
            (
                "Mentoring logged in the behaviour system",
                "Record every mentoring meeting where we already record behaviour, so we can check it happens.",
            ),
        ];
        let remarks = [
            "Agreed: we tried sign-up sheets in 2019 and the same confident pupils volunteered.",
            "The inset day is already full; we could use the twilight session instead.",
            "Heads of year should also sign off the handbook.",
            "Logging would help us report to governors.",
            "Let us keep this within the pastoral team for the first year.",
            "We can review the pairs at October half-term.",
        ];
        let mut made = Vec::new();
        for (k, (title, body)) in proposals.iter().enumerate() {
            let Some(&author) = leaders.get(k) else { continue };
            let d = tandem_domain::ideas::IdeaDraft::parse("idea", title, body, "", "").map_err(bad)?;
            made.push(ideas::create(&mut *conn, harbor, author, &d, None, now.plus_days(-30 + k as i64)).await?);
        }
        for (k, leader) in leaders.iter().enumerate() {
            for (j, idea) in made.iter().enumerate() {
                ideas::endorse(&mut *conn, *idea, *leader, now.plus_days(-25 + j as i64)).await?;
                if (k + j) % 2 == 0 {
                    let text = remarks[(k + j) % remarks.len()];
                    ideas::add_comment(&mut conn, *idea, None, *leader, None, text, now.plus_days(-24 + j as i64))
                        .await?;
                }
            }
        }
        for (k, family) in families.iter().skip(100).take(14).enumerate() {
            if let Some(idea) = made.get(k % made.len().max(1)) {
                ideas::endorse(&mut *conn, *idea, *family, now.plus_days(-20 + (k % 10) as i64)).await?;
            }
        }
    }
    // The outreach the facilitator started from the gap.
    let code = security::new_token();
    let new = invitations::NewInvitation {
        community_id: cid,
        code_hash: &security::token_hash(&code),
        role: Role::Member,
        group_id: ids.groups.iter().find(|g| g.key == "families").map(|g| g.id),
        school_id: school_ids.get(1).map(|s| s.1),
        note: "home_language: Arabic",
        created_by: ids.admin,
        expires_at: now.plus_days(10),
        for_user_id: None,
    };
    let id = invitations::create(&mut *conn, &new, now.plus_days(-4)).await?;
    rep::aim_invitation(&mut *conn, id, "home_language", "Arabic").await?;
    if let (Some(northside), Some(families)) =
        (ids.initiatives.first(), ids.groups.iter().find(|g| g.key == "families").map(|g| g.id))
    {
        let event = tandem_domain::engagement::EventDraft {
            group_id: families,
            kind: tandem_domain::engagement::EventKind::Attended,
            people: 23,
            occurred_on: day(now, -3),
            source: "Coffee morning in Arabic with the family liaison (outreach from the representation gap)".into(),
        };
        tandem_store::engagement::add(&mut *conn, *northside, &event, None, ids.admin, now.plus_days(-3)).await?;
    }
    Ok(())
}
