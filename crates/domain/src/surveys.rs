//! Co-evaluation surveys (issue 18): questions of every type a school
//! survey needs, labelled five-point scales fitting what they ask,
//! required questions and display conditions, and the answers a
//! respondent sends checked against all of it. Pure.

use std::collections::BTreeMap;

use crate::{
    FieldError, Invalid,
    text::{self, LONG_TEXT_MAX, SUMMARY_MAX, TITLE_MAX},
};

string_enum! {
    pub enum QuestionKind {
        Single = "single",
        Multiple = "multiple",
        Scale = "scale",
        Rating = "rating",
        Ranking = "ranking",
        ShortText = "short_text",
        LongText = "long_text",
        Grid = "grid",
    }
}

string_enum! {
    /// What a five-point scale's labels say, so they fit the question
    /// (Panorama's advice: questions, not statements, with labels for the construct).
    pub enum ScaleLabels {
        Agreement = "agreement",
        Frequency = "frequency",
        Quality = "quality",
        Extent = "extent",
        Confidence = "confidence",
    }
}

string_enum! {
    /// How answers are kept, shown to respondents before they start.
    pub enum Mode {
        /// Answers cannot be linked to a person, even in the database.
        Anonymous = "anonymous",
        /// Linked, but only aggregates are ever shown.
        Confidential = "confidential",
        Named = "named",
    }
}

pub const OPTIONS_MAX: usize = 20;
pub const ROWS_MAX: usize = 12;
pub const SCALE_POINTS: u8 = 5;
pub const RATING_MAX: u8 = 10;

/// Show a question only when an earlier choice question got one of these options.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Condition {
    pub question: usize,
    pub any_of: Vec<usize>,
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Question {
    /// A heading that starts a new section before this question (empty: none).
    #[serde(default)]
    pub section: String,
    pub kind: QuestionKind,
    pub prompt: String,
    /// Choices (single, multiple, ranking).
    pub options: Vec<String>,
    /// Single and multiple choice offer "other" with a text.
    pub other: bool,
    /// Scales and grids.
    pub labels: Option<ScaleLabels>,
    /// A grid's items, each answered on the scale.
    pub rows: Vec<String>,
    pub required: bool,
    pub show_if: Option<Condition>,
}

/// What a question form sends.
#[derive(Debug, Clone, Default)]
pub struct QuestionInput {
    /// A heading for a new section starting here (optional).
    pub section: String,
    pub kind: String,
    pub prompt: String,
    /// One per line.
    pub options: String,
    pub other: bool,
    pub labels: String,
    /// One per line.
    pub rows: String,
    pub required: bool,
    /// The earlier question's number (from 1) and its options' numbers (from 1), e.g. "2: 1, 3".
    pub show_if: String,
}

fn lines(field: &'static str, input: &str, max: usize) -> Result<Vec<String>, FieldError> {
    let all: Vec<&str> = input.lines().map(str::trim).filter(|l| !l.is_empty()).collect();
    if all.len() > max {
        return Err(FieldError::new(field, "error-too-many-rows").with_arg("max", max));
    }
    all.into_iter().map(|l| text::line(field, l, TITLE_MAX)).collect()
}

impl Question {
    /// Parses a question to add after `earlier`; a condition may only point
    /// back at a single or multiple choice question and at its options.
    pub fn parse(input: &QuestionInput, earlier: &[Question]) -> Result<Question, Invalid> {
        let mut e = Invalid::default();
        let kind = e.check(QuestionKind::parse_field("kind", &input.kind));
        let prompt = e.check(text::line("prompt", &input.prompt, SUMMARY_MAX));
        let section = e.check(text::optional("section", &input.section, TITLE_MAX)).flatten().unwrap_or_default();
        let options = e.check(lines("options", &input.options, OPTIONS_MAX)).unwrap_or_default();
        let rows = e.check(lines("rows", &input.rows, ROWS_MAX)).unwrap_or_default();
        let labels = match (kind, input.labels.trim()) {
            (Some(QuestionKind::Scale | QuestionKind::Grid), raw) => e.check(ScaleLabels::parse_field("labels", raw)),
            _ => None,
        };
        match kind {
            Some(QuestionKind::Single | QuestionKind::Multiple | QuestionKind::Ranking) if options.len() < 2 => {
                e.0.push(FieldError::new("options", "error-survey-options"));
            }
            Some(QuestionKind::Grid) if rows.is_empty() => e.0.push(FieldError::new("rows", "error-survey-rows")),
            _ => {}
        }
        let show_if = match input.show_if.trim() {
            "" => None,
            raw => e.check(parse_condition(raw, earlier)),
        };
        match (kind, prompt) {
            (Some(kind), Some(prompt)) if e.is_empty() => Ok(Question {
                section,
                kind,
                prompt,
                other: input.other && matches!(kind, QuestionKind::Single | QuestionKind::Multiple),
                options: if matches!(kind, QuestionKind::Single | QuestionKind::Multiple | QuestionKind::Ranking) {
                    options
                } else {
                    Vec::new()
                },
                rows: if kind == QuestionKind::Grid { rows } else { Vec::new() },
                labels,
                required: input.required,
                show_if,
            }),
            _ => Err(e),
        }
    }

    /// The points it is answered on, for statistics (0 for text and rankings).
    pub fn points(&self) -> u8 {
        match self.kind {
            QuestionKind::Scale | QuestionKind::Grid => SCALE_POINTS,
            QuestionKind::Rating => RATING_MAX + 1,
            QuestionKind::Single => u8::try_from(self.options.len()).unwrap_or(0),
            _ => 0,
        }
    }
}

/// "2: 1, 3" — question 2 answered with its option 1 or 3.
fn parse_condition(raw: &str, earlier: &[Question]) -> Result<Condition, FieldError> {
    let bad = || FieldError::new("show_if", "error-survey-condition");
    let (q, opts) = raw.split_once(':').ok_or_else(bad)?;
    let q: usize = q.trim().parse().map_err(|_| bad())?;
    let target = q.checked_sub(1).and_then(|i| earlier.get(i)).ok_or_else(bad)?;
    if !matches!(target.kind, QuestionKind::Single | QuestionKind::Multiple) {
        return Err(bad());
    }
    let mut any_of = Vec::new();
    for o in opts.split([',', ' ']).map(str::trim).filter(|o| !o.is_empty()) {
        let n: usize = o.parse().map_err(|_| bad())?;
        if n == 0 || n > target.options.len() {
            return Err(bad());
        }
        if !any_of.contains(&(n - 1)) {
            any_of.push(n - 1);
        }
    }
    if any_of.is_empty() {
        return Err(bad());
    }
    Ok(Condition { question: q - 1, any_of })
}

/// One question's answer.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Answer {
    /// Single choice: an option, or "other" with its text.
    Choice {
        option: Option<usize>,
        other: Option<String>,
    },
    /// Multiple choice: options, and "other" with its text.
    Choices {
        options: Vec<usize>,
        other: Option<String>,
    },
    /// 1 to 5 on a scale, 0 to 10 on a rating.
    Value(u8),
    /// Every option, most preferred first.
    Ranking(Vec<usize>),
    Text(String),
    /// Each row of a grid on the scale; `None` left blank.
    Grid(Vec<Option<u8>>),
}

/// A respondent's form: field `q3` (one or more values), `q3_other`,
/// `q3_r2` for a grid's row 2, `q3_rank_1` for option 1's rank.
pub type RawAnswers = BTreeMap<String, Vec<String>>;

fn field(n: usize) -> &'static str {
    const NAMES: [&str; 60] = [
        "q0", "q1", "q2", "q3", "q4", "q5", "q6", "q7", "q8", "q9", "q10", "q11", "q12", "q13", "q14", "q15", "q16",
        "q17", "q18", "q19", "q20", "q21", "q22", "q23", "q24", "q25", "q26", "q27", "q28", "q29", "q30", "q31", "q32",
        "q33", "q34", "q35", "q36", "q37", "q38", "q39", "q40", "q41", "q42", "q43", "q44", "q45", "q46", "q47", "q48",
        "q49", "q50", "q51", "q52", "q53", "q54", "q55", "q56", "q57", "q58", "q59",
    ];
    NAMES.get(n).copied().unwrap_or("questions")
}

/// The most questions one survey holds (each has its own field name).
pub const QUESTIONS_MAX: usize = 60;

/// Whether question `q` is shown, given the answers so far.
fn shown(questions: &[Question], answers: &[Option<Answer>], q: usize) -> bool {
    let Some(c) = &questions[q].show_if else { return true };
    match answers.get(c.question) {
        Some(Some(Answer::Choice { option: Some(o), .. })) => c.any_of.contains(o),
        Some(Some(Answer::Choices { options, .. })) => options.iter().any(|o| c.any_of.contains(o)),
        _ => false,
    }
}

/// Checks a respondent's answers: every value in range, required shown
/// questions answered, nothing answered that is not shown. Returns one
/// answer (or none) per question.
pub fn check_answers(questions: &[Question], raw: &RawAnswers) -> Result<Vec<Option<Answer>>, Invalid> {
    let mut e = Invalid::default();
    let mut out: Vec<Option<Answer>> = Vec::with_capacity(questions.len());
    let get = |k: &str| -> Vec<&str> {
        raw.get(k).map(|v| v.iter().map(|s| s.trim()).filter(|s| !s.is_empty()).collect()).unwrap_or_default()
    };
    for (n, q) in questions.iter().enumerate() {
        let name = field(n);
        let values = get(name);
        let other = get(&format!("{name}_other")).first().map(|s| (*s).to_owned());
        let range = || FieldError::new(name, "error-answer-range");
        let parsed: Result<Option<Answer>, FieldError> = match q.kind {
            QuestionKind::Single => match (values.as_slice(), &other) {
                ([], None) => Ok(None),
                (["other"], Some(t)) | ([], Some(t)) if q.other => {
                    text::line(name, t, SUMMARY_MAX).map(|t| Some(Answer::Choice { option: None, other: Some(t) }))
                }
                ([v], _) => match v.parse::<usize>() {
                    Ok(o) if o < q.options.len() => Ok(Some(Answer::Choice { option: Some(o), other: None })),
                    _ => Err(range()),
                },
                _ => Err(range()),
            },
            QuestionKind::Multiple => {
                let mut options = Vec::new();
                let mut bad = false;
                for v in values.iter().filter(|v| **v != "other") {
                    match v.parse::<usize>() {
                        Ok(o) if o < q.options.len() => {
                            if !options.contains(&o) {
                                options.push(o);
                            }
                        }
                        _ => bad = true,
                    }
                }
                let other = match other {
                    Some(t) if q.other => match text::line(name, &t, SUMMARY_MAX) {
                        Ok(t) => Some(t),
                        Err(_) => {
                            bad = true;
                            None
                        }
                    },
                    Some(_) => {
                        bad = true;
                        None
                    }
                    None => None,
                };
                options.sort_unstable();
                if bad {
                    Err(range())
                } else if options.is_empty() && other.is_none() {
                    Ok(None)
                } else {
                    Ok(Some(Answer::Choices { options, other }))
                }
            }
            QuestionKind::Scale | QuestionKind::Rating => {
                let (low, high) = if q.kind == QuestionKind::Scale { (1, SCALE_POINTS) } else { (0, RATING_MAX) };
                match values.as_slice() {
                    [] => Ok(None),
                    [v] => match v.parse::<u8>() {
                        Ok(x) if (low..=high).contains(&x) => Ok(Some(Answer::Value(x))),
                        _ => Err(range()),
                    },
                    _ => Err(range()),
                }
            }
            QuestionKind::Ranking => {
                let ranks: Vec<Vec<&str>> = (0..q.options.len()).map(|o| get(&format!("{name}_rank_{o}"))).collect();
                if ranks.iter().all(Vec::is_empty) {
                    Ok(None)
                } else {
                    let k = q.options.len();
                    let mut order: Vec<(usize, usize)> = Vec::with_capacity(k);
                    let mut bad = false;
                    for (o, r) in ranks.iter().enumerate() {
                        match r.as_slice() {
                            [v] => match v.parse::<usize>() {
                                Ok(rank) if (1..=k).contains(&rank) && !order.iter().any(|(x, _)| *x == rank) => {
                                    order.push((rank, o));
                                }
                                _ => bad = true,
                            },
                            _ => bad = true,
                        }
                    }
                    order.sort_unstable();
                    if bad {
                        Err(range())
                    } else {
                        Ok(Some(Answer::Ranking(order.into_iter().map(|(_, o)| o).collect())))
                    }
                }
            }
            QuestionKind::ShortText | QuestionKind::LongText => {
                let max = if q.kind == QuestionKind::ShortText { SUMMARY_MAX } else { LONG_TEXT_MAX };
                match values.as_slice() {
                    [] => Ok(None),
                    [v] => text::line(name, v, max).map(|t| Some(Answer::Text(t))),
                    _ => Err(range()),
                }
            }
            QuestionKind::Grid => {
                let mut cells = Vec::with_capacity(q.rows.len());
                let mut bad = false;
                for r in 0..q.rows.len() {
                    match get(&format!("{name}_r{r}")).as_slice() {
                        [] => cells.push(None),
                        [v] => match v.parse::<u8>() {
                            Ok(x) if (1..=SCALE_POINTS).contains(&x) => cells.push(Some(x)),
                            _ => bad = true,
                        },
                        _ => bad = true,
                    }
                }
                if bad {
                    Err(range())
                } else if cells.iter().all(Option::is_none) {
                    Ok(None)
                } else {
                    Ok(Some(Answer::Grid(cells)))
                }
            }
        };
        let answer = match parsed {
            Ok(a) => a,
            Err(f) => {
                e.0.push(f);
                None
            }
        };
        let visible = shown(questions, &out, n);
        if !visible && answer.is_some() {
            e.0.push(FieldError::new(name, "error-answer-hidden"));
            out.push(None);
            continue;
        }
        let complete = match &answer {
            Some(Answer::Grid(cells)) => cells.iter().all(Option::is_some),
            Some(_) => true,
            None => false,
        };
        if visible && q.required && !complete && e.field(name).is_none() {
            e.0.push(FieldError::new(name, "error-required"));
        }
        out.push(answer);
    }
    e.finish()?;
    Ok(out)
}

/// An item of a scale: a five-point scale question, or one row of a grid
/// (`row`), reverse-coded when agreeing means less of what the scale measures.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct ScaleItem {
    pub question: usize,
    pub row: Option<usize>,
    pub reverse: bool,
}

impl ScaleItem {
    /// How a form names it: "3" for question 3, "7.2" for row 2 of question 7 (both from 1).
    pub fn key(&self) -> String {
        match self.row {
            Some(r) => format!("{}.{}", self.question + 1, r + 1),
            None => format!("{}", self.question + 1),
        }
    }
}

/// Every item a scale may combine, in order: five-point scale questions and grid rows.
pub fn scale_items(questions: &[Question]) -> Vec<(ScaleItem, String)> {
    let mut out = Vec::new();
    for (n, q) in questions.iter().enumerate() {
        match q.kind {
            QuestionKind::Scale => out.push((ScaleItem { question: n, row: None, reverse: false }, q.prompt.clone())),
            QuestionKind::Grid => {
                for (r, row) in q.rows.iter().enumerate() {
                    let label = format!("{} — {row}", q.prompt);
                    out.push((ScaleItem { question: n, row: Some(r), reverse: false }, label));
                }
            }
            _ => {}
        }
    }
    out
}

/// The most items one scale combines.
pub const SCALE_ITEMS_MAX: usize = 20;

/// Several items combined into one score (their mean, reverse-coded items
/// turned round), e.g. "Connections".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScaleDef {
    pub name: String,
    pub items: Vec<ScaleItem>,
}

impl ScaleDef {
    /// Parses a scale from its name, the keys of the items chosen and those of
    /// them reverse-coded; every key must name a five-point item of `questions`.
    pub fn parse(
        name: &str,
        chosen: &[String],
        reversed: &[String],
        questions: &[Question],
    ) -> Result<ScaleDef, Invalid> {
        let mut e = Invalid::default();
        let name = e.check(text::line("name", name, TITLE_MAX));
        let all = scale_items(questions);
        let mut items: Vec<ScaleItem> = Vec::new();
        for key in chosen.iter().map(|k| k.trim()).filter(|k| !k.is_empty()) {
            match all.iter().find(|(i, _)| i.key() == key) {
                Some((item, _)) if !items.iter().any(|i| i.key() == key) => {
                    items.push(ScaleItem { reverse: reversed.iter().any(|r| r.trim() == key), ..*item });
                }
                Some(_) => {}
                None => e.0.push(FieldError::new("items", "error-choice-invalid")),
            }
        }
        if items.is_empty() && e.field("items").is_none() {
            e.0.push(FieldError::new("items", "error-required"));
        }
        if items.len() > SCALE_ITEMS_MAX {
            e.0.push(FieldError::new("items", "error-too-many-rows").with_arg("max", SCALE_ITEMS_MAX));
        }
        match name {
            Some(name) if e.is_empty() => Ok(ScaleDef { name, items }),
            _ => Err(e),
        }
    }
}

/// A response's value for a scale item (1–5), if answered.
pub fn item_value(answers: &[Option<Answer>], item: &ScaleItem) -> Option<u8> {
    match (answers.get(item.question)?.as_ref()?, item.row) {
        (Answer::Value(v), None) => Some(*v),
        (Answer::Grid(cells), Some(r)) => cells.get(r).copied().flatten(),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q(kind: &str, prompt: &str, options: &str, extra: impl FnOnce(&mut QuestionInput)) -> QuestionInput {
        let mut input = QuestionInput {
            kind: kind.into(),
            prompt: prompt.into(),
            options: options.into(),
            labels: "agreement".into(),
            ..QuestionInput::default()
        };
        extra(&mut input);
        input
    }

    fn survey() -> Vec<Question> {
        let mut all = Vec::new();
        let inputs = [
            q("single", "Do you have a child with SEND?", "Yes\nNo", |i| i.required = true),
            q("grid", "How often does the school…", "", |i| {
                i.rows = "tell you how your child is doing\nask your views".into();
                i.labels = "frequency".into();
                i.show_if = "1: 1".into();
            }),
            q("rating", "How likely are you to recommend the school?", "", |_| {}),
            q("multiple", "How do you hear from the school?", "Letters\nApp\nEmail", |i| i.other = true),
            q("ranking", "What matters most?", "Safety\nLearning\nFriends", |_| {}),
            q("long_text", "Anything else?", "", |_| {}),
        ];
        for input in inputs {
            let question = Question::parse(&input, &all).unwrap();
            all.push(question);
        }
        all
    }

    fn raw(pairs: &[(&str, &str)]) -> RawAnswers {
        let mut out = RawAnswers::new();
        for (k, v) in pairs {
            out.entry((*k).to_owned()).or_default().push((*v).to_owned());
        }
        out
    }

    #[test]
    fn questions_need_what_their_type_needs() {
        let e = Question::parse(&q("single", "Pick one", "Only", |_| {}), &[]).unwrap_err();
        assert_eq!(e.0[0].message, "error-survey-options");
        let e = Question::parse(&q("grid", "Rate", "", |i| i.labels = "vibes".into()), &[]).unwrap_err();
        let fields: Vec<&str> = e.0.iter().map(|f| f.field).collect();
        assert_eq!(fields, vec!["labels", "rows"]);
        let earlier = survey();
        let e = Question::parse(&q("scale", "Why?", "", |i| i.show_if = "3: 1".into()), &earlier).unwrap_err();
        assert_eq!(e.0[0].message, "error-survey-condition", "a rating cannot be a condition");
        let e = Question::parse(&q("scale", "Why?", "", |i| i.show_if = "1: 3".into()), &earlier).unwrap_err();
        assert_eq!(e.0[0].field, "show_if", "question 1 has two options");
    }

    #[test]
    fn good_answers_are_read_into_their_types() {
        let s = survey();
        let a = check_answers(
            &s,
            &raw(&[
                ("q0", "0"),
                ("q1_r0", "4"),
                ("q1_r1", "2"),
                ("q2", "10"),
                ("q3", "2"),
                ("q3", "0"),
                ("q3_other", "WhatsApp group"),
                ("q4_rank_0", "2"),
                ("q4_rank_1", "1"),
                ("q4_rank_2", "3"),
            ]),
        )
        .unwrap();
        assert_eq!(a[1], Some(Answer::Grid(vec![Some(4), Some(2)])));
        assert_eq!(a[3], Some(Answer::Choices { options: vec![0, 2], other: Some("WhatsApp group".into()) }));
        assert_eq!(a[4], Some(Answer::Ranking(vec![1, 0, 2])));
        assert_eq!(a[5], None);
    }

    #[test]
    fn bad_answers_are_refused_with_their_question_named() {
        let s = survey();
        // Required skipped; a hidden question answered (its condition is "Yes").
        let e = check_answers(&s, &raw(&[("q1_r0", "3")])).unwrap_err();
        let fields: Vec<(&str, &str)> = e.0.iter().map(|f| (f.field, f.message)).collect();
        assert_eq!(fields, vec![("q0", "error-required"), ("q1", "error-answer-hidden")]);
        let e =
            check_answers(&s, &raw(&[("q0", "1"), ("q2", "11"), ("q4_rank_0", "1"), ("q4_rank_1", "1")])).unwrap_err();
        let fields: Vec<&str> = e.0.iter().map(|f| f.field).collect();
        assert_eq!(fields, vec!["q2", "q4"], "a rating of 11 and two options ranked first");
        let e = check_answers(&s, &raw(&[("q0", "7")])).unwrap_err();
        assert_eq!(e.0[0].message, "error-answer-range");
        assert!(check_answers(&s, &raw(&[("q0", "1")])).is_ok(), "no: the grid is not shown");
    }

    #[test]
    fn scales_take_five_point_items_only() {
        let s = survey();
        let keys: Vec<String> = scale_items(&s).iter().map(|(i, _)| i.key()).collect();
        assert_eq!(keys, vec!["2.1", "2.2"], "the grid's two rows; a rating is not on five points");
        let d = ScaleDef::parse("Communication", &["2.1".into(), "2.2".into()], &["2.2".into()], &s).unwrap();
        assert_eq!(d.items[1], ScaleItem { question: 1, row: Some(1), reverse: true });
        let e = ScaleDef::parse("Bad", &["3".into()], &[], &s).unwrap_err();
        assert_eq!((e.0[0].field, e.0[0].message), ("items", "error-choice-invalid"));
        let e = ScaleDef::parse("", &[], &[], &s).unwrap_err();
        let fields: Vec<&str> = e.0.iter().map(|f| f.field).collect();
        assert_eq!(fields, vec!["name", "items"]);
        let a = check_answers(&s, &raw(&[("q0", "0"), ("q1_r1", "4")])).unwrap();
        assert_eq!(item_value(&a, &d.items[1]), Some(4));
        assert_eq!(item_value(&a, &d.items[0]), None);
    }
}
