//! The page layout and the form pieces every page shares, built so that each
//! page has one h1, a skip link, labelled fields and errors tied to fields.

use axum::{
    http::StatusCode,
    response::{Html, IntoResponse, Response},
};
use maud::{DOCTYPE, Markup, PreEscaped, html};
use tandem_domain::{Choice, FieldError, Invalid};
use tandem_service::i18n::{Arg, Lang};

use crate::context::Ctx;

pub const CSS_PATH: &str = concat!("/static/style.css?v=", env!("CARGO_PKG_VERSION"));

/// One step in the breadcrumb trail.
pub struct Crumb {
    pub label: String,
    pub href: String,
}

pub struct Page<'a> {
    pub title: &'a str,
    pub crumbs: Vec<Crumb>,
    pub body: Markup,
    pub status: StatusCode,
    /// Extra CSS class on <body> (e.g. "print" pages).
    pub body_class: &'a str,
}

impl<'a> Page<'a> {
    pub fn new(title: &'a str, body: Markup) -> Self {
        Page { title, crumbs: Vec::new(), body, status: StatusCode::OK, body_class: "" }
    }

    pub fn crumbs(mut self, crumbs: Vec<Crumb>) -> Self {
        self.crumbs = crumbs;
        self
    }

    /// A page meant to be printed (the authorization packet).
    pub fn print(mut self) -> Self {
        self.body_class = "printable";
        self
    }

    pub fn status(mut self, status: StatusCode) -> Self {
        self.status = status;
        self
    }

    pub fn render(self, ctx: &Ctx) -> Response {
        let markup = layout(ctx, &self);
        (self.status, Html(markup.into_string())).into_response()
    }
}

pub fn crumb(label: impl Into<String>, href: impl Into<String>) -> Crumb {
    Crumb { label: label.into(), href: href.into() }
}

fn layout(ctx: &Ctx, page: &Page<'_>) -> Markup {
    let site = ctx.t("site-name");
    html! {
        (DOCTYPE)
        html lang=(ctx.lang.code()) dir=(ctx.lang.dir()) {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { (page.title) " · " (site) }
                link rel="stylesheet" href=(CSS_PATH);
                link rel="icon" href="/static/favicon.svg" type="image/svg+xml";
            }
            body class=(page.body_class) {
                a class="skip-link" href="#main" { (ctx.t("skip-to-content")) }
                header class="site-header" {
                    div class="wrap header-row" {
                        a class="brand" href="/" { (site) }
                        nav aria-label=(ctx.t("nav-main-label")) {
                            ul class="nav-list" {
                                li { a href="/glossary" { (ctx.t("nav-glossary")) } }
                                @if ctx.user.is_some() {
                                    li {
                                        a href="/notifications" {
                                            (ctx.t("nav-notifications"))
                                            @if ctx.unread >= tandem_service::notifications::UNREAD_CAP { " " span class="count" { (ctx.ta("nav-unread-many", &[("count", Arg::Num(tandem_service::notifications::UNREAD_CAP - 1))])) } } @else if ctx.unread > 0 { " " span class="count" { (ctx.ta("nav-unread", &[("count", Arg::Num(ctx.unread))])) } }
                                        }
                                    }
                                    li { a href="/account" { (ctx.t("nav-account")) } }
                                    li {
                                        form method="post" action="/logout" class="inline-form" {
                                            (csrf_field(ctx))
                                            button type="submit" class="link-button" { (ctx.t("nav-logout")) }
                                        }
                                    }
                                } @else {
                                    li { a href=(format!("/login?next={}", encode_query(&ctx.path))) { (ctx.t("nav-login")) } }
                                }
                            }
                        }
                        (language_switcher(ctx))
                    }
                }
                @if !page.crumbs.is_empty() {
                    nav class="wrap breadcrumbs" aria-label=(ctx.t("nav-breadcrumbs-label")) {
                        ol {
                            @for c in &page.crumbs {
                                li { a href=(c.href) { (c.label) } }
                            }
                            li aria-current="page" { (page.title) }
                        }
                    }
                }
                main id="main" class="wrap" tabindex="-1" {
                        @if let Some(flash) = &ctx.flash {
                        @if flash.starts_with("error-") || flash.starts_with("ideas-refused-") {
                            div class="flash flash-error" role="alert" { (ctx.t(flash)) }
                        } @else {
                            div class="flash" role="status" { (ctx.t(flash)) }
                        }
                    }
                    (page.body)
                }
                footer class="site-footer" {
                    div class="wrap" {
                        p { (ctx.t("footer-tagline")) }
                        p { a href="/api/v1/openapi.json" { (ctx.t("footer-api")) } " · " a href="/glossary" { (ctx.t("nav-glossary")) } }
                    }
                }
            }
        }
    }
}

fn language_switcher(ctx: &Ctx) -> Markup {
    html! {
        form method="post" action="/lang" class="lang-switch" {
            (csrf_field(ctx))
            input type="hidden" name="next" value=(ctx.path);
            span class="visually-hidden" id="lang-label" { (ctx.t("lang-switch-label")) }
            @for lang in Lang::ALL {
                @if lang == ctx.lang {
                    span class="lang-current" lang=(lang.code()) aria-current="true" { (lang.native_name()) }
                } @else {
                    button type="submit" name="lang" value=(lang.code()) lang=(lang.code()) aria-describedby="lang-label" { (lang.native_name()) }
                }
            }
        }
    }
}

pub fn csrf_field(ctx: &Ctx) -> Markup {
    html! { input type="hidden" name="_csrf" value=(ctx.csrf); }
}

/// Says a field error in the user's language, filling its placeholders. A
/// `problem` argument that is itself a message id (a CSV line's problem) is
/// said first, after its `column` when there is one.
pub fn field_message(ctx: &Ctx, error: &FieldError) -> String {
    let arg = |value: &str| match value.parse::<i64>() {
        Ok(n) => Arg::Num(n),
        Err(_) => Arg::Str(value.to_owned()),
    };
    let mut args: Vec<(&str, Arg)> = error.args.iter().map(|(name, value)| (*name, arg(value))).collect();
    let nested = error.args.iter().find(|(k, _)| *k == "problem").map(|(_, v)| v.as_str());
    if let Some(inner) = nested.filter(|id| ctx.i18n.has(ctx.lang, id)) {
        let mut text = ctx.ta(inner, &args);
        if let Some((_, column)) = error.args.iter().find(|(k, _)| *k == "column") {
            text = format!("{column}: {text}");
        }
        for (name, value) in args.iter_mut() {
            if *name == "problem" {
                *value = Arg::Str(text.clone());
            }
        }
    }
    ctx.ta(error.message, &args)
}

/// A list of every problem at the top of a form, each linking to its field.
pub fn error_summary(ctx: &Ctx, errors: &Invalid, labels: &[(&str, String)]) -> Markup {
    error_summary_in(ctx, errors, labels, "")
}

/// The id a field gets in a form whose fields carry `prefix` (see [`Fields`]).
/// Errors about one row of a table form carry the row id as a `group` argument.
fn field_anchor(prefix: &str, error: &FieldError) -> String {
    let row = error.args.iter().find(|(k, _)| *k == "group").map(|(_, v)| v.as_str());
    match (prefix.is_empty(), row) {
        (_, Some(row)) => format!("#f-{}_{row}", error.field),
        (true, None) => format!("#f-{}", error.field),
        (false, None) => format!("#f-{prefix}-{}", error.field),
    }
}

/// [`error_summary`] for a form whose fields carry `prefix`.
pub fn error_summary_in(ctx: &Ctx, errors: &Invalid, labels: &[(&str, String)], prefix: &str) -> Markup {
    if errors.is_empty() {
        return html! {};
    }
    html! {
        div class="problem-summary" role="alert" aria-labelledby="problem-summary-title" {
            h2 id="problem-summary-title" { (ctx.t("form-error-summary")) }
            ul {
                @for e in &errors.0 {
                    @let label = labels.iter().find(|(f, _)| *f == e.field).map(|(_, l)| l.as_str());
                    li {
                        a href=(field_anchor(prefix, e)) {
                            @if let Some(label) = label { (label) ": " }
                            (field_message(ctx, e))
                        }
                    }
                }
            }
        }
    }
}

/// How a field is presented.
#[derive(Clone, Default)]
pub struct FieldOpts {
    pub required: bool,
    pub hint: Option<String>,
    pub input_type: Option<&'static str>,
    pub autocomplete: Option<&'static str>,
    pub max_chars: Option<usize>,
    pub rows: Option<u32>,
}

impl FieldOpts {
    pub fn required() -> Self {
        FieldOpts { required: true, ..Default::default() }
    }

    pub fn hint(mut self, hint: String) -> Self {
        self.hint = Some(hint);
        self
    }

    pub fn kind(mut self, input_type: &'static str) -> Self {
        self.input_type = Some(input_type);
        self
    }

    pub fn autocomplete(mut self, value: &'static str) -> Self {
        self.autocomplete = Some(value);
        self
    }

    pub fn max(mut self, chars: usize) -> Self {
        self.max_chars = Some(chars);
        self
    }

    pub fn rows(mut self, rows: u32) -> Self {
        self.rows = Some(rows);
        self
    }
}

/// Renders labelled fields with their hints and errors for one form.
pub struct Fields<'a> {
    pub ctx: &'a Ctx,
    pub errors: &'a Invalid,
    /// Prefix for ids, so two forms on one page never share an id.
    pub prefix: &'a str,
}

impl<'a> Fields<'a> {
    pub fn new(ctx: &'a Ctx, errors: &'a Invalid) -> Self {
        Fields { ctx, errors, prefix: "" }
    }

    pub fn with_prefix(ctx: &'a Ctx, errors: &'a Invalid, prefix: &'a str) -> Self {
        Fields { ctx, errors, prefix }
    }

    /// The error about this field. An error about one row of a repeated
    /// field carries the row as its `group` argument and belongs to the
    /// input named `{field}_{row}` (the anchor the summary links to).
    fn error_for(&self, name: &str) -> Option<&FieldError> {
        self.errors.0.iter().find(|e| match e.args.iter().find(|(k, _)| *k == "group") {
            Some((_, row)) => name.strip_prefix(e.field).and_then(|r| r.strip_prefix('_')) == Some(row.as_str()),
            None => e.field == name,
        })
    }

    fn id(&self, name: &str) -> String {
        if self.prefix.is_empty() { format!("f-{name}") } else { format!("f-{}-{name}", self.prefix) }
    }

    fn wrap(
        &self,
        name: &str,
        label: &str,
        opts: &FieldOpts,
        control: impl FnOnce(&str, Option<String>, bool) -> Markup,
    ) -> Markup {
        let id = self.id(name);
        let error = self.error_for(name);
        let hint_id = opts.hint.as_ref().map(|_| format!("{id}-hint"));
        let error_id = error.map(|_| format!("{id}-error"));
        let described: Vec<String> = hint_id.iter().chain(error_id.iter()).cloned().collect();
        let describedby = if described.is_empty() { None } else { Some(described.join(" ")) };
        html! {
            div class=(if error.is_some() { "field field-error" } else { "field" }) {
                label for=(id) {
                    (label)
                    @if !opts.required { " " span class="optional" { (self.ctx.t("form-optional")) } }
                }
                @if let (Some(hint), Some(hint_id)) = (&opts.hint, &hint_id) {
                    p class="hint" id=(hint_id) { (hint) }
                }
                @if let (Some(e), Some(error_id)) = (error, &error_id) {
                    p class="field-problem" id=(error_id) {
                        span class="visually-hidden" { (self.ctx.t("form-error-prefix")) " " }
                        (field_message(self.ctx, e))
                    }
                }
                (control(&id, describedby, error.is_some()))
            }
        }
    }

    pub fn text(&self, name: &str, label: &str, value: &str, opts: FieldOpts) -> Markup {
        let input_type = opts.input_type.unwrap_or("text");
        let o = opts.clone();
        self.wrap(name, label, &opts, |id, describedby, invalid| {
            html! {
                input id=(id) name=(name) type=(input_type) value=(value)
                    aria-describedby=[describedby] aria-invalid=[invalid.then_some("true")]
                    aria-required=[o.required.then_some("true")]
                    autocomplete=[o.autocomplete] maxlength=[o.max_chars];
            }
        })
    }

    pub fn textarea(&self, name: &str, label: &str, value: &str, opts: FieldOpts) -> Markup {
        let o = opts.clone();
        self.wrap(name, label, &opts, |id, describedby, invalid| {
            html! {
                textarea id=(id) name=(name) rows=(o.rows.unwrap_or(4))
                    aria-describedby=[describedby] aria-invalid=[invalid.then_some("true")]
                    aria-required=[o.required.then_some("true")] maxlength=[o.max_chars] { (value) }
            }
        })
    }

    /// A select over arbitrary (value, label) options.
    pub fn select(
        &self,
        name: &str,
        label: &str,
        options: &[(String, String)],
        selected: &str,
        opts: FieldOpts,
    ) -> Markup {
        let o = opts.clone();
        self.wrap(name, label, &opts, |id, describedby, invalid| {
            html! {
                select id=(id) name=(name) aria-describedby=[describedby] aria-invalid=[invalid.then_some("true")]
                    aria-required=[o.required.then_some("true")] {
                    @for (value, text) in options {
                        option value=(value) selected[value == selected] { (text) }
                    }
                }
            }
        })
    }

    /// A select over one of the domain's choice sets, labelled `{prefix}-{key}`.
    pub fn choice<T: Choice>(
        &self,
        name: &str,
        label: &str,
        prefix: &str,
        selected: Option<T>,
        opts: FieldOpts,
    ) -> Markup {
        let options = choice_options::<T>(self.ctx, prefix);
        self.select(name, label, &options, selected.map(|s| s.key()).unwrap_or_default(), opts)
    }
}

pub fn choice_options<T: Choice>(ctx: &Ctx, prefix: &str) -> Vec<(String, String)> {
    T::ALL.iter().map(|c| (c.key().to_owned(), choice_label(ctx, prefix, *c))).collect()
}

pub fn choice_label<T: Choice>(ctx: &Ctx, prefix: &str, choice: T) -> String {
    ctx.t(&format!("{prefix}-{}", choice.key()))
}

/// A term linked to its plain-language entry in the glossary.
pub fn term(label: &str, anchor: &str) -> Markup {
    html! { a href=(format!("/glossary#{anchor}")) { (label) } }
}

/// Multi-paragraph plain text: paragraphs on blank lines, line breaks kept.
pub fn paragraphs(text: &str) -> Markup {
    html! {
        @for para in text.split("\n\n").map(str::trim).filter(|p| !p.is_empty()) {
            p {
                @for (i, line) in para.lines().enumerate() {
                    @if i > 0 { br; }
                    (line)
                }
            }
        }
    }
}

/// Trusted markup we generated ourselves (SVG drawn on the server).
pub fn trusted(svg: String) -> Markup {
    PreEscaped(svg)
}

/// Percent-encodes a value for a query string.
pub fn encode_query(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for b in value.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~' | b'/') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Under a paged list: how many of how many are shown, a link to the next
/// page when there is one and back to the first when this is not it.
/// `base` is the list's address with its other parameters; `param` the name
/// of the cursor parameter (`after`, unless a page holds two lists) and
/// `after` its value on this page.
pub fn pager(ctx: &Ctx, shown: usize, total: i64, next: Option<&str>, base: &str, param: &str, after: &str) -> Markup {
    // A section anchor (`…#log-h`) goes after the query.
    let (base, anchor) = match base.split_once('#') {
        Some((path, anchor)) => (path, format!("#{anchor}")),
        None => (base, String::new()),
    };
    let join = if base.contains('?') { '&' } else { '?' };
    html! {
        @if total > 0 {
            p class="meta" role="status" { (ctx.ta("list-showing", &[("shown", Arg::from(shown)), ("total", Arg::Num(total))])) }
        }
        @if let Some(next) = next {
            p class="pager" { a href=(format!("{base}{join}{param}={}{anchor}", encode_query(next))) rel="next" { (ctx.t("list-next-page")) } }
        }
        @if !after.trim().is_empty() {
            p class="pager" { a href=(format!("{base}{anchor}")) { (ctx.t("list-first-page")) } }
        }
    }
}

/// A published count: the number, or why it is not shown — "< 5" for a small
/// figure, "hidden" for a larger one hidden so that a small one cannot be
/// worked out — each explained on hover and to screen readers.
pub fn figure(ctx: &Ctx, cell: tandem_domain::privacy::Cell, t: tandem_domain::privacy::Threshold) -> Markup {
    use tandem_domain::privacy::Cell;
    let threshold = [("threshold", Arg::Num(t.get()))];
    match cell {
        Cell::Shown(n) => html! { (n) },
        Cell::Small => html! {
            abbr title=(ctx.ta("privacy-suppressed-long", &threshold)) { (ctx.ta("privacy-suppressed", &threshold)) }
        },
        Cell::Protecting => html! { abbr title=(ctx.t("privacy-protecting-long")) { (ctx.t("privacy-protecting")) } },
    }
}

/// The name of a table's scroll region: "Table: caption". Not the caption
/// alone, which a section headed the same would repeat (two landmarks of
/// one name).
pub fn table_region(ctx: &Ctx, caption: &str) -> String {
    ctx.ta("table-region", &[("caption", Arg::Str(caption.to_owned()))])
}

/// A data table with its caption, inside a scroll region of its own that is
/// named, focusable and never wider than the screen: a phone scrolls the
/// table sideways, not the page.
pub fn data_table(ctx: &Ctx, caption: &str, class: &str, rows: Markup) -> Markup {
    html! {
        div class="table-scroll" role="region" aria-label=(table_region(ctx, caption)) tabindex="0" {
            table class=(class) {
                caption { (caption) }
                (rows)
            }
        }
    }
}
