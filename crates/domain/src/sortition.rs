//! Selection by lot, as the platform runs it: a selection of an initiative
//! (a design team) gathers volunteers, whose private answers to the
//! stratification questions meet quotas that facilitators set; rounds of
//! publish-then-draw fill the seats and then the places of those who decline.
//! The lottery itself is `tandem_decide::sortition`.

use crate::{
    FieldError, Invalid,
    representation::{DimensionKey, PREFER_NOT_TO_SAY},
    text::{self, LONG_TEXT_MAX, TITLE_MAX},
};

string_enum! {
    /// Open: volunteers come forward and quotas are set. Committed: the
    /// lottery of a round and the hash of its secret are published. Drawn:
    /// the round's panel is drawn and asked. Closed: no more rounds.
    pub enum SelectionStatus {
        Open = "open",
        Committed = "committed",
        Drawn = "drawn",
        Closed = "closed",
    }
}

string_enum! {
    /// A volunteer in the pool, drawn and asked, or answered.
    pub enum VolunteerStatus {
        Pool = "pool",
        Selected = "selected",
        Accepted = "accepted",
        Declined = "declined",
    }
}

/// The most seats a selection may fill (a citizens' assembly is ~100).
pub const MAX_SEATS: i64 = 100;
/// Shortest secret: a phrase nobody guesses from its hash before the draw.
pub const MIN_SECRET_CHARS: usize = 8;
pub const MAX_SECRET_CHARS: usize = 200;
/// Dice entered as digits: at least four rolls, at most sixty-four digits.
pub const MIN_ENTROPY_DIGITS: usize = 4;
pub const MAX_ENTROPY_DIGITS: usize = 64;

/// A new selection as typed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SelectionDraft {
    pub title: String,
    pub purpose: String,
    pub seats: i64,
    pub dimensions: Vec<DimensionKey>,
}

impl SelectionDraft {
    /// `allowed` is whether the community asks a dimension (sensitive ones
    /// only where switched on, declared ones only with a baseline).
    pub fn parse(
        title: &str,
        purpose: &str,
        seats: &str,
        dimensions: &[String],
        allowed: impl Fn(DimensionKey) -> bool,
    ) -> Result<SelectionDraft, Invalid> {
        let mut e = Invalid::default();
        let title = e.check(text::line("title", title, TITLE_MAX));
        let purpose = e.check(text::optional("purpose", purpose, LONG_TEXT_MAX));
        let seats = e.check(text::integer_in("seats", seats, 1..=MAX_SEATS));
        let mut chosen = Vec::new();
        for d in dimensions {
            match DimensionKey::parse(d.trim()) {
                Some(key) if allowed(key) => {
                    if !chosen.contains(&key) {
                        chosen.push(key);
                    }
                }
                _ => e.0.push(FieldError::new("dimensions", "error-choice-invalid")),
            }
        }
        if chosen.is_empty() && e.0.iter().all(|f| f.field != "dimensions") {
            e.0.push(FieldError::new("dimensions", "error-sortition-no-dimension"));
        }
        match (title, purpose, seats) {
            (Some(title), Some(purpose), Some(seats)) if e.is_empty() => {
                Ok(SelectionDraft { title, purpose: purpose.unwrap_or_default(), seats, dimensions: chosen })
            }
            _ => Err(e),
        }
    }
}

/// The least and most seats for one group of one dimension.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Quota {
    pub dimension: String,
    pub group: String,
    pub min: i64,
    pub max: i64,
}

/// Reads the quotas form: for each (dimension, group) offered, a minimum and
/// a maximum between 0 and the seats, the minimum not above the maximum.
/// Field names are `min-{n}` and `max-{n}` by the group's position.
pub fn parse_quotas(
    offered: &[(String, String)],
    typed: &[(String, String)],
    seats: i64,
) -> Result<Vec<Quota>, Invalid> {
    let mut e = Invalid::default();
    let mut out = Vec::new();
    for (n, ((dimension, group), (min, max))) in offered.iter().zip(typed).enumerate() {
        let (Some(&field_min), Some(&field_max)) = (FIELDS.0.get(n), FIELDS.1.get(n)) else {
            e.0.push(FieldError::new("quotas", "error-choice-invalid"));
            break;
        };
        let lo = e.check(text::integer_in(field_min, min, 0..=seats));
        let hi = e.check(text::integer_in(field_max, max, 0..=seats));
        if let (Some(lo), Some(hi)) = (lo, hi) {
            if lo > hi {
                e.0.push(FieldError::new(field_min, "error-sortition-min-above-max"));
            }
            out.push(Quota { dimension: dimension.clone(), group: group.clone(), min: lo, max: hi });
        }
    }
    if typed.len() != offered.len() {
        e.0.push(FieldError::new("quotas", "error-choice-invalid"));
    }
    if e.is_empty() { Ok(out) } else { Err(e) }
}

/// The most rows a quotas form has: every dimension's groups and "prefer not to say".
pub const MAX_QUOTA_ROWS: usize = 512;

/// The quota fields' names (`min-0`, `max-0`, …), made once: a field error names its field for good.
static FIELDS: std::sync::LazyLock<(Vec<&'static str>, Vec<&'static str>)> = std::sync::LazyLock::new(|| {
    let names = |prefix: &str| -> Vec<&'static str> {
        (0..MAX_QUOTA_ROWS).map(|n| &*Box::leak(format!("{prefix}-{n}").into_boxed_str())).collect()
    };
    (names("min"), names("max"))
});

/// Quotas in proportion to the community: each group's share of the seats,
/// rounded down for the minimum and up for the maximum. Groups with no one
/// in the baseline get 0–0; "prefer not to say" is left free.
pub fn proportional(groups: &[(String, i64)], seats: i64) -> Vec<(String, i64, i64)> {
    let total: i64 = groups.iter().map(|(_, n)| *n).sum();
    groups
        .iter()
        .map(|(g, n)| {
            if g == PREFER_NOT_TO_SAY || total == 0 {
                return (g.clone(), 0, seats);
            }
            let exact = seats as f64 * *n as f64 / total as f64;
            (g.clone(), exact.floor() as i64, (exact.ceil() as i64).min(seats))
        })
        .collect()
}

/// The secret whose hash is published before the draw.
pub fn parse_secret(field: &'static str, input: &str) -> Result<String, FieldError> {
    let secret = input.trim();
    let n = secret.chars().count();
    if n < MIN_SECRET_CHARS {
        return Err(FieldError::new(field, "error-sortition-secret-short").with_arg("min", MIN_SECRET_CHARS));
    }
    if n > MAX_SECRET_CHARS {
        return Err(FieldError::new(field, "error-too-long").with_arg("max", MAX_SECRET_CHARS));
    }
    Ok(secret.to_owned())
}

/// Dice rolled at the draw, typed as digits (spaces allowed between them).
pub fn parse_entropy(field: &'static str, input: &str) -> Result<String, FieldError> {
    let digits: String = input.chars().filter(|c| !c.is_whitespace()).collect();
    if !digits.chars().all(|c| c.is_ascii_digit()) || digits.len() < MIN_ENTROPY_DIGITS {
        return Err(FieldError::new(field, "error-sortition-entropy").with_arg("min", MIN_ENTROPY_DIGITS));
    }
    if digits.len() > MAX_ENTROPY_DIGITS {
        return Err(FieldError::new(field, "error-too-long").with_arg("max", MAX_ENTROPY_DIGITS));
    }
    Ok(digits)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_selection_needs_a_title_seats_and_a_question() {
        let ok = SelectionDraft::parse("Design team", "", "12", &["stakeholder_group".into()], |_| true).unwrap();
        assert_eq!((ok.seats, ok.dimensions.as_slice()), (12, &[DimensionKey::StakeholderGroup][..]));
        let bad = SelectionDraft::parse("", "", "0", &[], |_| true).unwrap_err();
        let fields: Vec<&str> = bad.0.iter().map(|e| e.field).collect();
        assert_eq!(fields, ["title", "seats", "dimensions"]);
        let refused = SelectionDraft::parse("T", "", "5", &["ethnicity".into()], |d| !d.sensitive()).unwrap_err();
        assert_eq!(refused.0[0].message, "error-choice-invalid");
    }

    #[test]
    fn quotas_stay_within_the_seats() {
        let offered = vec![("school".to_owned(), "north".to_owned()), ("school".to_owned(), "south".to_owned())];
        let ok = parse_quotas(&offered, &[("1".into(), "3".into()), ("0".into(), "2".into())], 4).unwrap();
        assert_eq!(ok[1], Quota { dimension: "school".into(), group: "south".into(), min: 0, max: 2 });
        let bad = parse_quotas(&offered, &[("3".into(), "1".into()), ("0".into(), "9".into())], 4).unwrap_err();
        let fields: Vec<&str> = bad.0.iter().map(|e| e.field).collect();
        assert_eq!(fields, ["min-0", "max-1"]);
    }

    #[test]
    fn proportional_quotas_bracket_each_share() {
        let groups = vec![("parents".into(), 600), ("staff".into(), 100), ("pupils".into(), 300), ("-".into(), 5)];
        assert_eq!(
            proportional(&groups, 12),
            vec![("parents".into(), 7, 8), ("staff".into(), 1, 2), ("pupils".into(), 3, 4), ("-".into(), 0, 12)]
        );
    }

    #[test]
    fn secrets_and_dice() {
        assert!(parse_secret("secret", "short").is_err());
        assert_eq!(parse_entropy("entropy", "3 1 4 1 5").unwrap(), "31415");
        assert!(parse_entropy("entropy", "31a4").is_err());
        assert!(parse_entropy("entropy", "314").is_err());
    }
}
