//! Selection by lot: the library's refusals as translatable messages, shared
//! by the command line, the pages and the API.

use tandem_decide::sortition::{CsvProblem, SortitionError};

use crate::{counting::Message, i18n::Arg};

fn s(v: impl ToString) -> Arg {
    Arg::Str(v.to_string())
}

fn n(v: impl Into<u64>) -> Arg {
    Arg::Num(i64::try_from(v.into()).unwrap_or(i64::MAX))
}

/// A problem in a CSV file, without its place.
pub fn csv_problem(problem: &CsvProblem) -> Message {
    match problem {
        CsvProblem::Unreadable(detail) => ("sortition-csv-unreadable", vec![("detail", s(detail))]),
        CsvProblem::MissingColumn(column) => ("sortition-csv-missing-column", vec![("column", s(column))]),
        CsvProblem::BadNumber { column, value } => {
            ("sortition-csv-bad-number", vec![("column", s(column)), ("value", s(value))])
        }
        CsvProblem::MinAboveMax { category, feature } => {
            ("sortition-csv-min-above-max", vec![("category", s(category)), ("feature", s(feature))])
        }
        CsvProblem::DuplicateFeature { category, feature } => {
            ("sortition-csv-duplicate-feature", vec![("category", s(category)), ("feature", s(feature))])
        }
        CsvProblem::DuplicateId(id) => ("sortition-csv-duplicate-id", vec![("id", s(id))]),
        CsvProblem::EmptyId => ("sortition-csv-empty-id", vec![]),
        CsvProblem::UnknownFeature { category, value } => {
            ("sortition-csv-unknown-feature", vec![("category", s(category)), ("value", s(value))])
        }
        CsvProblem::NoCategories => ("sortition-csv-no-categories", vec![]),
        CsvProblem::NoPeople => ("sortition-csv-no-people", vec![]),
        CsvProblem::TooManyPeople(max) => ("sortition-csv-too-many", vec![("max", n(*max as u64))]),
    }
}

/// Why there is no lottery, as lines: the first says what, the others how to fix it.
pub fn problem(error: &SortitionError) -> Vec<Message> {
    match error {
        // The caller knows the file's path and says where (see `csv_problem`).
        SortitionError::Csv { problem, .. } => vec![csv_problem(problem)],
        SortitionError::NoSeats => vec![("sortition-no-seats", vec![])],
        SortitionError::UnknownPerson(id) => vec![("sortition-unknown-person", vec![("id", s(id))])],
        SortitionError::PoolTooSmall { seats, available } => {
            vec![("sortition-pool-too-small", vec![("seats", n(*seats)), ("available", n(*available))])]
        }
        SortitionError::Infeasible { relaxations, categories } => {
            let mut lines = vec![("sortition-infeasible", vec![])];
            for c in categories {
                lines.push((
                    "sortition-infeasible-category",
                    vec![
                        ("category", s(&c.category)),
                        ("min", n(c.sum_min)),
                        ("max", n(c.sum_max)),
                        ("seats", n(c.seats)),
                    ],
                ));
            }
            for r in relaxations {
                lines.push((
                    "sortition-infeasible-relax",
                    vec![
                        ("category", s(&r.category)),
                        ("feature", s(&r.feature)),
                        ("min", n(r.min)),
                        ("max", n(r.max)),
                        ("new_min", n(r.new_min)),
                        ("new_max", n(r.new_max)),
                    ],
                ));
            }
            lines
        }
        SortitionError::Solver(detail) => vec![("sortition-solver", vec![("detail", s(detail))])],
    }
}
