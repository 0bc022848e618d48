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
