//! What the command line says, in the language of the terminal (LANG).

use tandem_web::i18n::{Arg, I18n, Lang};

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
        for (field, message) in &f.fields {
            text.push_str(&format!("\n  {field}: {}", self.t(message, &[])));
        }
        text
    }
}

/// A command failed for a reason we can explain (message id and arguments).
#[derive(Debug)]
pub struct Failure {
    pub id: &'static str,
    pub args: Vec<(&'static str, String)>,
    pub fields: Vec<(&'static str, &'static str)>,
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
        Failure {
            id: "cli-error-invalid",
            args: Vec::new(),
            fields: invalid.0.iter().map(|e| (e.field, e.message)).collect(),
        }
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
