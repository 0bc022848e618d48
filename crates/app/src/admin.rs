//! `tandem admin …`: bootstrap a real installation from the command line.

use clap::Subcommand;
use tandem_domain::{
    Invalid, Timestamp,
    community::{CommunityKind, Role},
    text::{self, Email, NewPassword, Slug},
};
use tandem_store::{StoreError, communities, users};
use tandem_web::{Clock, SystemClock, i18n::Arg, security};

use crate::{
    config::{self, DatabaseArgs},
    connect,
    messages::{Failure, Out},
};

#[derive(Subcommand)]
pub enum AdminCommand {
    /// Create a community (a district, a network of schools or one school).
    CreateCommunity {
        #[command(flatten)]
        db: DatabaseArgs,
        /// Short name used in addresses, e.g. riverbend
        #[arg(long)]
        slug: String,
        #[arg(long)]
        name: String,
        /// district, network or school
        #[arg(long, default_value = "district")]
        kind: String,
        #[arg(long, default_value = "")]
        description: String,
    },
    /// Create a user who logs in with email and password.
    CreateUser {
        #[command(flatten)]
        db: DatabaseArgs,
        #[arg(long)]
        email: String,
        #[arg(long)]
        name: String,
        /// Read the password from the first line of standard input; otherwise one is generated and printed.
        #[arg(long)]
        password_stdin: bool,
        /// Make this user a member of this community (slug).
        #[arg(long)]
        community: Option<String>,
        /// Role in that community: admin, facilitator, member or observer
        #[arg(long, default_value = "admin")]
        role: String,
        /// Site administrator: admin of every community.
        #[arg(long)]
        site_admin: bool,
        /// Preferred language: en or es
        #[arg(long, default_value = "en")]
        lang: String,
    },
}

pub async fn run(out: &Out, command: AdminCommand) -> Result<(), Failure> {
    let now = SystemClock.now();
    match command {
        AdminCommand::CreateCommunity { db, slug, name, kind, description } => {
            let mut errors = Invalid::default();
            let slug = errors.check(Slug::parse("slug", &slug));
            let name = errors.check(text::line("name", &name, text::TITLE_MAX));
            let kind = errors.check(CommunityKind::parse_field("kind", &kind));
            let description = errors.check(text::optional("description", &description, text::SUMMARY_MAX));
            let (Some(slug), Some(name), Some(kind), Some(description)) = (slug, name, kind, description) else {
                return Err(Failure::invalid(&errors));
            };
            let db = connect(&config::database_url(&db)?, 2).await?;
            let new = communities::NewCommunity {
                slug: slug.as_str(),
                name: &name,
                kind,
                description: description.as_deref().unwrap_or_default(),
            };
            match communities::create(&db, &new, now).await {
                Ok(_) => {
                    out.say("cli-community-created", &[("slug", Arg::Str(slug.to_string()))]);
                    Ok(())
                }
                Err(StoreError::Conflict(_)) => Err(Failure::new("cli-error-exists").arg("what", slug)),
                Err(e) => Err(e.into()),
            }
        }
        AdminCommand::CreateUser { db, email, name, password_stdin, community, role, site_admin, lang } => {
            let mut errors = Invalid::default();
            let email = errors.check(Email::parse("email", &email));
            let name = errors.check(text::display_name("name", &name));
            let role = errors.check(Role::parse_field("role", &role));
            let lang = errors.check(
                tandem_web::i18n::Lang::parse(&lang)
                    .ok_or_else(|| tandem_domain::FieldError::new("lang", "error-choice-invalid")),
            );
            let (Some(email), Some(name), Some(role), Some(lang)) = (email, name, role, lang) else {
                return Err(Failure::invalid(&errors));
            };
            let (password, generated) = if password_stdin {
                let mut line = String::new();
                std::io::stdin().read_line(&mut line).map_err(|e| Failure::new("cli-error-stdin").arg("detail", e))?;
                (line.trim_end_matches(['\r', '\n']).to_owned(), false)
            } else {
                (security::new_token(), true)
            };
            let password = NewPassword::parse("password", &password, Some(email.as_str()))
                .map_err(|e| Failure::invalid(&Invalid::one(e)))?;
            let db = connect(&config::database_url(&db)?, 2).await?;
            let target = match &community {
                Some(slug) => Some(
                    communities::by_slug(&db, slug)
                        .await?
                        .ok_or_else(|| Failure::new("cli-error-no-community").arg("slug", slug))?,
                ),
                None => None,
            };
            let hash = security::hash_password(password.as_str())
                .map_err(|e| Failure::new("cli-error-database").arg("detail", e))?;
            let new = users::NewUser {
                email: Some(email.as_str()),
                display_name: &name,
                password_hash: Some(&hash),
                lang: lang.code(),
                is_site_admin: site_admin,
            };
            let user_id = match users::create(db.pool(), &new, now).await {
                Ok(id) => id,
                Err(StoreError::Conflict(_)) => {
                    return Err(Failure::new("cli-error-exists").arg("what", email.as_str()));
                }
                Err(e) => return Err(e.into()),
            };
            if let Some(c) = target {
                add_member(&db, c.id, user_id, role, now).await?;
            }
            out.say("cli-user-created", &[("email", Arg::Str(email.as_str().to_owned()))]);
            if generated {
                out.say("cli-generated-password", &[("password", Arg::Str(password.as_str().to_owned()))]);
            }
            Ok(())
        }
    }
}

async fn add_member(
    db: &tandem_store::Db,
    community_id: i64,
    user_id: i64,
    role: Role,
    now: Timestamp,
) -> Result<(), Failure> {
    let m = communities::NewMembership { community_id, user_id, role, group_id: None, school_id: None };
    communities::add_member(db.pool(), &m, now).await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use tandem_store::testing::{TestDb, backends};

    use super::*;

    fn db_args(t: &TestDb) -> DatabaseArgs {
        DatabaseArgs { database_url: Some(t.url.clone()), config: None }
    }

    fn community(t: &TestDb, slug: &str, kind: &str) -> AdminCommand {
        AdminCommand::CreateCommunity {
            db: db_args(t),
            slug: slug.to_owned(),
            name: String::from("Riverbend"),
            kind: kind.to_owned(),
            description: String::new(),
        }
    }

    fn user(t: &TestDb, email: &str, community: Option<&str>) -> AdminCommand {
        AdminCommand::CreateUser {
            db: db_args(t),
            email: email.to_owned(),
            name: String::from("Dolores"),
            password_stdin: false,
            community: community.map(str::to_owned),
            role: String::from("admin"),
            site_admin: false,
            lang: String::from("es"),
        }
    }

    #[tokio::test]
    async fn bootstrap_commands_check_input_and_change_nothing_when_refused() {
        let out = Out::new();
        for backend in backends() {
            let t = TestDb::new(backend).await.unwrap();
            let bad = run(&out, community(&t, "Not A Slug", "empire")).await.unwrap_err();
            assert_eq!(bad.id, "cli-error-invalid");
            assert_eq!(bad.fields, vec![("slug", "error-slug-invalid"), ("kind", "error-choice-invalid")]);
            assert!(communities::list(&t.db).await.unwrap().is_empty());

            run(&out, community(&t, "riverbend", "district")).await.unwrap();
            assert_eq!(run(&out, community(&t, "riverbend", "district")).await.unwrap_err().id, "cli-error-exists");

            let missing = run(&out, user(&t, "dolores@riverbend.org", Some("elsewhere"))).await.unwrap_err();
            assert_eq!(missing.id, "cli-error-no-community");
            assert_eq!(users::count(&t.db).await.unwrap(), 0, "no user without their community");
            assert_eq!(run(&out, user(&t, "not-an-email", None)).await.unwrap_err().id, "cli-error-invalid");

            run(&out, user(&t, "Dolores@Riverbend.org", Some("riverbend"))).await.unwrap();
            let created = users::get_by_email(&t.db, "dolores@riverbend.org").await.unwrap().unwrap();
            assert!(created.has_password && created.lang == "es");
            let c = communities::by_slug(&t.db, "riverbend").await.unwrap().unwrap();
            let m = communities::membership(&t.db, c.id, created.id).await.unwrap().unwrap();
            assert_eq!(m.role, Role::Admin);
            assert_eq!(run(&out, user(&t, "dolores@riverbend.org", None)).await.unwrap_err().id, "cli-error-exists");
        }
    }
}
