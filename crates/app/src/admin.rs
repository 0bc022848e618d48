//! `tandem admin …`: bootstrap a real installation from the command line.

use clap::Subcommand;
use tandem_service::{
    Actor, Error, Service,
    accounts::{self, NewAccount},
    community::{self, CommunityInput},
    i18n::Arg,
};

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
    match command {
        AdminCommand::CreateCommunity { db, slug, name, kind, description } => {
            let input = CommunityInput { slug: slug.clone(), name, kind, description };
            let svc = Service::new(connect(&config::database_url(&db)?, 2).await?);
            match community::create(&svc, &Actor::operator(), &input, svc.now()).await {
                Ok(_) => {
                    out.say("cli-community-created", &[("slug", Arg::Str(slug))]);
                    Ok(())
                }
                Err(Error::Conflict(_)) => Err(Failure::new("cli-error-exists").arg("what", slug)),
                Err(e) => Err(e.into()),
            }
        }
        AdminCommand::CreateUser { db, email, name, password_stdin, community, role, site_admin, lang } => {
            let password = if password_stdin {
                let mut line = String::new();
                std::io::stdin().read_line(&mut line).map_err(|e| Failure::new("cli-error-stdin").arg("detail", e))?;
                Some(line.trim_end_matches(['\r', '\n']).to_owned())
            } else {
                None
            };
            let input = NewAccount {
                email: email.clone(),
                display_name: name,
                password,
                lang,
                site_admin,
                community: community.clone(),
                role,
            };
            let svc = Service::new(connect(&config::database_url(&db)?, 2).await?);
            match accounts::create_account(&svc, &Actor::operator(), &input, svc.now()).await {
                Ok((user, generated)) => {
                    out.say("cli-user-created", &[("email", Arg::Str(user.email.unwrap_or_default()))]);
                    if let Some(password) = generated {
                        out.say("cli-generated-password", &[("password", Arg::Str(password))]);
                    }
                    Ok(())
                }
                Err(Error::NotFound) => {
                    Err(Failure::new("cli-error-no-community").arg("slug", community.unwrap_or_default()))
                }
                Err(Error::Invalid(invalid))
                    if invalid.field("email").is_some_and(|e| e.message == "error-email-taken") =>
                {
                    Err(Failure::new("cli-error-exists").arg("what", email.trim().to_lowercase()))
                }
                Err(e) => Err(e.into()),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use tandem_domain::community::Role;
    use tandem_store::{
        communities,
        testing::{TestDb, backends},
        users,
    };

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
            let problems: Vec<_> = bad.fields.iter().map(|e| (e.field, e.message)).collect();
            assert_eq!(problems, vec![("slug", "error-slug-invalid"), ("kind", "error-choice-invalid")]);
            assert!(communities::list(t.db.pool()).await.unwrap().is_empty());

            run(&out, community(&t, "riverbend", "district")).await.unwrap();
            assert_eq!(run(&out, community(&t, "riverbend", "district")).await.unwrap_err().id, "cli-error-exists");

            let missing = run(&out, user(&t, "dolores@riverbend.org", Some("elsewhere"))).await.unwrap_err();
            assert_eq!(missing.id, "cli-error-no-community");
            assert_eq!(users::count(t.db.pool()).await.unwrap(), 0, "no user without their community");
            assert_eq!(run(&out, user(&t, "not-an-email", None)).await.unwrap_err().id, "cli-error-invalid");

            run(&out, user(&t, "Dolores@Riverbend.org", Some("riverbend"))).await.unwrap();
            let created = users::get_by_email(t.db.pool(), "dolores@riverbend.org").await.unwrap().unwrap();
            assert!(created.has_password && created.lang == "es");
            let c = communities::by_slug(t.db.pool(), "riverbend").await.unwrap().unwrap();
            let m = communities::membership(t.db.pool(), c.id, created.id).await.unwrap().unwrap();
            assert_eq!(m.role, Role::Admin);
            assert_eq!(run(&out, user(&t, "dolores@riverbend.org", None)).await.unwrap_err().id, "cli-error-exists");
        }
    }
}
