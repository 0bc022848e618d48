//! The guiding-questions worksheet: the six questions that close seed 001.

use crate::{
    FieldError,
    text::{self, LONG_TEXT_MAX},
};

/// Question numbers 1–6; their text is translated (`worksheet-q1` …).
pub const QUESTIONS: u8 = 6;

/// Reads an answer to question `number`; blank answers are refused rather
/// than stored, so the history only holds real answers.
pub fn answer(number: &str, input: &str) -> Result<(u8, String), FieldError> {
    let n: u8 = number.trim().parse().map_err(|_| FieldError::new("question", "error-choice-invalid"))?;
    if !(1..=QUESTIONS).contains(&n) {
        return Err(FieldError::new("question", "error-choice-invalid"));
    }
    Ok((n, text::required("answer", input, LONG_TEXT_MAX)?))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answers_name_one_of_six_questions() {
        assert_eq!(answer("3", " Families and the PTA ").unwrap(), (3, String::from("Families and the PTA")));
        assert_eq!(answer("7", "x").unwrap_err().field, "question");
        assert_eq!(answer("0", "x").unwrap_err().field, "question");
        assert_eq!(answer("one", "x").unwrap_err().field, "question");
        assert_eq!(answer("1", "  ").unwrap_err().message, "error-required");
    }
}
