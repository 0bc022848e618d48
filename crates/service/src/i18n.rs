//! Every string in English, Spanish and Arabic, from Fluent files embedded in the binary.

use std::collections::HashMap;

use fluent_bundle::{FluentArgs, FluentResource, FluentValue, concurrent::FluentBundle};
use unic_langid::LanguageIdentifier;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Lang {
    En,
    Es,
    /// Written right to left: pages in it are mirrored.
    Ar,
}

impl Lang {
    pub const ALL: [Lang; 3] = [Lang::En, Lang::Es, Lang::Ar];

    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Es => "es",
            Lang::Ar => "ar",
        }
    }

    /// The language's own name, shown in the switcher whatever the page language.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Es => "Español",
            Lang::Ar => "العربية",
        }
    }

    /// The direction its script runs: the page's `dir`.
    pub fn dir(self) -> &'static str {
        if self == Lang::Ar { "rtl" } else { "ltr" }
    }

    pub fn parse(code: &str) -> Option<Lang> {
        match code.trim().to_ascii_lowercase().as_str() {
            "en" => Some(Lang::En),
            "es" => Some(Lang::Es),
            "ar" => Some(Lang::Ar),
            _ => None,
        }
    }

    fn index(self) -> usize {
        match self {
            Lang::En => 0,
            Lang::Es => 1,
            Lang::Ar => 2,
        }
    }

    /// Picks the best supported language from an Accept-Language header.
    pub fn negotiate(accept_language: &str) -> Option<Lang> {
        let mut best: Option<(f32, Lang)> = None;
        for part in accept_language.split(',') {
            let mut pieces = part.trim().split(';');
            let tag = pieces.next().unwrap_or_default().trim();
            let quality =
                pieces.find_map(|p| p.trim().strip_prefix("q=").and_then(|q| q.parse::<f32>().ok())).unwrap_or(1.0);
            let primary = tag.split('-').next().unwrap_or_default();
            if let Some(lang) = Lang::parse(primary)
                && quality > 0.0
                && best.is_none_or(|(q, _)| quality > q)
            {
                best = Some((quality, lang));
            }
        }
        best.map(|(_, lang)| lang)
    }
}

pub const EN_FTL: &str = include_str!("../locales/en.ftl");
pub const ES_FTL: &str = include_str!("../locales/es.ftl");
pub const AR_FTL: &str = include_str!("../locales/ar.ftl");

pub struct I18n {
    /// One bundle per language, in `Lang::ALL` order.
    bundles: [FluentBundle<FluentResource>; 3],
    /// Messages without placeables, formatted once at start-up: a page asks
    /// for a hundred of them, and a map lookup is far cheaper than formatting.
    fixed: [HashMap<String, String>; 3],
}

/// Formats every message that needs no arguments.
fn fixed_messages(bundle: &FluentBundle<FluentResource>, source: &str) -> HashMap<String, String> {
    let mut fixed = HashMap::new();
    let Ok(resource) = FluentResource::try_new(source.to_owned()) else { return fixed };
    for entry in resource.entries() {
        let fluent_syntax::ast::Entry::Message(message) = entry else { continue };
        let id = message.id.name;
        let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else { continue };
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, None, &mut errors);
        if errors.is_empty() {
            fixed.insert(id.to_owned(), text.into_owned());
        }
    }
    fixed
}

fn bundle(lang: &str, source: &'static str) -> FluentBundle<FluentResource> {
    let id: LanguageIdentifier = lang.parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // Isolation marks (U+2068/U+2069) would wrap every placeable; they break
    // copy-paste and plain-text email, and the pages already isolate what
    // needs it (`dir="auto"` on people's own words), so they are left out.
    bundle.set_use_isolating(false);
    let resource = match FluentResource::try_new(source.to_owned()) {
        Ok(r) => r,
        Err((partial, errors)) => {
            tracing::error!(lang, ?errors, "translation file has syntax errors");
            partial
        }
    };
    if let Err(errors) = bundle.add_resource(resource) {
        tracing::error!(lang, ?errors, "translation file has duplicate messages");
    }
    bundle
}

impl Default for I18n {
    fn default() -> Self {
        Self::new()
    }
}

impl I18n {
    pub fn new() -> Self {
        let bundles = [bundle("en", EN_FTL), bundle("es", ES_FTL), bundle("ar", AR_FTL)];
        let fixed = [
            fixed_messages(&bundles[0], EN_FTL),
            fixed_messages(&bundles[1], ES_FTL),
            fixed_messages(&bundles[2], AR_FTL),
        ];
        I18n { bundles, fixed }
    }

    fn bundle(&self, lang: Lang) -> &FluentBundle<FluentResource> {
        &self.bundles[lang.index()]
    }

    pub fn has(&self, lang: Lang, id: &str) -> bool {
        self.bundle(lang).has_message(id)
    }

    /// The message `id` in `lang` with `args`; falls back to English, then to the id.
    pub fn format(&self, lang: Lang, id: &str, args: &[(&str, Arg)]) -> String {
        self.try_format(lang, id, args).or_else(|| self.try_format(Lang::En, id, args)).unwrap_or_else(|| {
            tracing::warn!(id, "missing translation");
            id.to_owned()
        })
    }

    fn try_format(&self, lang: Lang, id: &str, args: &[(&str, Arg)]) -> Option<String> {
        if args.is_empty() {
            let fixed = &self.fixed[lang.index()];
            if let Some(text) = fixed.get(id) {
                return Some(text.clone());
            }
        }
        let bundle = self.bundle(lang);
        let pattern = bundle.get_message(id)?.value()?;
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            match value {
                Arg::Num(n) => fluent_args.set(*name, FluentValue::from(*n)),
                Arg::Str(s) => fluent_args.set(*name, FluentValue::from(s.clone())),
            }
        }
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
        if !errors.is_empty() {
            tracing::warn!(id, ?errors, "translation formatting problem");
        }
        Some(text.into_owned())
    }
}

/// A value for a message placeholder. Numbers select plural forms.
#[derive(Debug, Clone)]
pub enum Arg {
    Num(i64),
    Str(String),
}

impl From<i64> for Arg {
    fn from(n: i64) -> Self {
        Arg::Num(n)
    }
}

impl From<usize> for Arg {
    fn from(n: usize) -> Self {
        Arg::Num(n as i64)
    }
}

impl From<&str> for Arg {
    fn from(s: &str) -> Self {
        Arg::Str(s.to_owned())
    }
}

impl From<String> for Arg {
    fn from(s: String) -> Self {
        Arg::Str(s)
    }
}

impl From<&String> for Arg {
    fn from(s: &String) -> Self {
        Arg::Str(s.clone())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn negotiates_by_quality() {
        assert_eq!(Lang::negotiate("es-MX,es;q=0.9,en;q=0.8"), Some(Lang::Es));
        assert_eq!(Lang::negotiate("fr-FR, en;q=0.5, es;q=0.7"), Some(Lang::Es));
        assert_eq!(Lang::negotiate("fr, de"), None);
        assert_eq!(Lang::negotiate("es;q=0"), None);
        assert_eq!(Lang::negotiate(""), None);
    }
}
