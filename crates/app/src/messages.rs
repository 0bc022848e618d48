//! What the command line says, in the language of the terminal (LANG).

use tandem_domain::FieldError;
use tandem_service::i18n::{Arg, I18n, Lang};

/// The terminal's language from LC_ALL, LC_MESSAGES or LANG (e.g. es_ES.UTF-8).
pub fn terminal_lang() -> Lang {
    ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .filter_map(|v| std::env::var(v).ok())
        .find(|v| !v.is_empty())
        .and_then(|v| Lang::parse(v.split(['_', '.', '-']).next().unwrap_or_default()))
        .unwrap_or(Lang::En)
}

/// Prints a line; a closed pipe (`tandem pb … | head`) is not an error worth a panic.
pub fn emit(line: &str) {
    use std::io::Write;
    let _ = writeln!(std::io::stdout().lock(), "{line}");
}

pub struct Out {
    i18n: I18n,
    lang: Lang,
}

impl Out {
    pub fn new() -> Out {
        Out { i18n: I18n::new(), lang: terminal_lang() }
    }

    pub fn t(&self, id: &str, args: &[(&str, Arg)]) -> String {
        self.i18n.format(self.lang, id, args)
    }

    pub fn say(&self, id: &str, args: &[(&str, Arg)]) {
        emit(&self.t(id, args));
    }

    pub fn failure(&self, f: &Failure) -> String {
        let args: Vec<(&str, Arg)> = f.args.iter().map(|(k, v)| (*k, Arg::Str(v.clone()))).collect();
        let mut text = self.t(f.id, &args);
        for e in &f.fields {
            text.push_str(&format!("\n  {}", self.field(e)));
        }
        text
    }

    /// A field's problem: "field: message", or for a line of a file "Line 3: kind: message".
    fn field(&self, e: &FieldError) -> String {
        let args: Vec<(&str, Arg)> = e.args.iter().map(|(k, v)| (*k, Arg::Str(v.clone()))).collect();
        let arg = |name: &str| e.args.iter().find(|(k, _)| *k == name).map(|(_, v)| v.as_str());
        match (arg("problem"), arg("line")) {
            (Some(problem), Some(line)) => {
                let inner = self.t(problem, &args);
                let column = arg("column").map(|c| format!("{c}: ")).unwrap_or_default();
                self.t(
                    "cli-error-csv-problem",
                    &[("line", Arg::Str(line.to_owned())), ("problem", Arg::Str(format!("{column}{inner}")))],
                )
            }
            _ => format!("{}: {}", e.field, self.t(e.message, &args)),
        }
    }
}

/// A command failed for a reason we can explain (message id and arguments).
#[derive(Debug)]
pub struct Failure {
    pub id: &'static str,
    pub args: Vec<(&'static str, String)>,
    pub fields: Vec<FieldError>,
}

impl Failure {
    pub fn new(id: &'static str) -> Failure {
        Failure { id, args: Vec::new(), fields: Vec::new() }
    }

    pub fn arg(mut self, name: &'static str, value: impl std::fmt::Display) -> Failure {
        self.args.push((name, value.to_string()));
        self
    }

    pub fn invalid(invalid: &tandem_domain::Invalid) -> Failure {
        Failure { id: "cli-error-invalid", args: Vec::new(), fields: invalid.0.clone() }
    }
}

impl From<tandem_store::StoreError> for Failure {
    fn from(e: tandem_store::StoreError) -> Failure {
        match e {
            tandem_store::StoreError::UnsupportedUrl => Failure::new("cli-error-url"),
            other => Failure::new("cli-error-database").arg("detail", other),
        }
    }
}

/// The service's refusals, said on the command line.
impl From<tandem_service::Error> for Failure {
    fn from(e: tandem_service::Error) -> Failure {
        use tandem_service::Error as E;
        match e {
            E::Invalid(invalid) => Failure::invalid(&invalid),
            E::Conflict(id) => Failure::new(id),
            E::NotFound => Failure::new("cli-error-not-found"),
            E::LoginRequired | E::Forbidden | E::SecondFactorNeeded(_) => Failure::new("cli-error-forbidden"),
            E::TooManyRequests { .. } => Failure::new("error-too-many-title"),
            E::Busy { .. } => Failure::new("error-busy-body"),
            E::Internal(detail) => Failure::new("cli-error-database").arg("detail", detail),
        }
    }
}
