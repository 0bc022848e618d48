//! The Sortition Foundation's CSV layout: `categories.csv` with
//! `category,feature,min,max` (the Nature paper's files; the Foundation's
//! library now writes `feature,value,min,max` and before that
//! `category,name,min,max`, read too; other columns ignored) and `respondents.csv`
//! with an optional `id` column and one column per category (other columns
//! allowed). Without an `id` column people are numbered by row from 1, as in
//! the Nature paper's files.

use std::{
    collections::{BTreeMap, BTreeSet},
    fmt,
};

use super::{Category, Feature, Person, Pool, SortitionError};

/// Refuse pools larger than this: the search is meant for volunteer pools.
pub const MAX_PEOPLE: usize = 100_000;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CsvFile {
    Categories,
    Respondents,
}

impl fmt::Display for CsvFile {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            CsvFile::Categories => "categories",
            CsvFile::Respondents => "respondents",
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CsvProblem {
    Unreadable(String),
    MissingColumn(String),
    BadNumber { column: String, value: String },
    MinAboveMax { category: String, feature: String },
    DuplicateFeature { category: String, feature: String },
    DuplicateId(String),
    EmptyId,
    UnknownFeature { category: String, value: String },
    NoCategories,
    NoPeople,
    TooManyPeople(usize),
}

impl fmt::Display for CsvProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CsvProblem::Unreadable(detail) => write!(f, "not readable as CSV ({detail})"),
            CsvProblem::MissingColumn(column) => write!(f, "no column {column}"),
            CsvProblem::BadNumber { column, value } => write!(f, "{column}: {value} is not a whole number"),
            CsvProblem::MinAboveMax { category, feature } => write!(f, "{category}={feature}: min above max"),
            CsvProblem::DuplicateFeature { category, feature } => write!(f, "{category}={feature} appears twice"),
            CsvProblem::DuplicateId(id) => write!(f, "id {id} appears twice"),
            CsvProblem::EmptyId => write!(f, "empty id"),
            CsvProblem::UnknownFeature { category, value } => write!(f, "{category}: {value} has no quota"),
            CsvProblem::NoCategories => write!(f, "no categories"),
            CsvProblem::NoPeople => write!(f, "no one in the pool"),
            CsvProblem::TooManyPeople(max) => write!(f, "more than {max} people"),
        }
    }
}

fn error(file: CsvFile, line: Option<u64>, problem: CsvProblem) -> SortitionError {
    SortitionError::Csv { file, line, problem }
}

fn reader(bytes: &[u8]) -> ::csv::Reader<&[u8]> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    ::csv::ReaderBuilder::new().flexible(true).trim(::csv::Trim::All).from_reader(bytes)
}

fn headers(file: CsvFile, reader: &mut ::csv::Reader<&[u8]>) -> Result<Vec<String>, SortitionError> {
    let headers = reader.headers().map_err(|e| error(file, Some(1), CsvProblem::Unreadable(e.to_string())))?;
    Ok(headers.iter().map(str::to_owned).collect())
}

fn column(file: CsvFile, headers: &[String], name: &str) -> Result<usize, SortitionError> {
    find(headers, name).ok_or_else(|| error(file, Some(1), CsvProblem::MissingColumn(name.to_owned())))
}

/// A column by its exact name, or else the one column whose name matches ignoring case.
fn find(headers: &[String], name: &str) -> Option<usize> {
    headers.iter().position(|h| h == name).or_else(|| {
        let mut matches = headers.iter().enumerate().filter(|(_, h)| h.eq_ignore_ascii_case(name));
        match (matches.next(), matches.next()) {
            (Some((i, _)), None) => Some(i),
            _ => None,
        }
    })
}

fn line_of(record: &::csv::StringRecord, fallback: u64) -> u64 {
    record.position().map_or(fallback, ::csv::Position::line)
}

/// Reads `categories.csv`; categories keep the order of their first row.
pub fn read_categories(bytes: &[u8]) -> Result<Vec<Category>, SortitionError> {
    let file = CsvFile::Categories;
    let mut reader = reader(bytes);
    let headers = headers(file, &mut reader)?;
    let names = if find(&headers, "value").is_some() {
        ["feature", "value"]
    } else if find(&headers, "name").is_some() {
        ["category", "name"]
    } else {
        ["category", "feature"]
    };
    let [category, feature, min, max] = [names[0], names[1], "min", "max"].map(|name| column(file, &headers, name));
    let (category, feature, min, max) = (category?, feature?, min?, max?);
    let mut categories: Vec<Category> = Vec::new();
    for (row, record) in reader.records().enumerate() {
        let fallback = row as u64 + 2;
        let record = record.map_err(|e| error(file, Some(fallback), CsvProblem::Unreadable(e.to_string())))?;
        let line = Some(line_of(&record, fallback));
        if record.iter().all(str::is_empty) {
            continue;
        }
        let cell = |i: usize| record.get(i).unwrap_or("");
        let number = |i: usize, name: &str| {
            cell(i).parse::<u32>().map_err(|_| {
                error(file, line, CsvProblem::BadNumber { column: name.to_owned(), value: cell(i).to_owned() })
            })
        };
        let (name, value) = (cell(category), cell(feature));
        if name.is_empty() {
            return Err(error(file, line, CsvProblem::MissingColumn("category".to_owned())));
        }
        if value.is_empty() {
            return Err(error(file, line, CsvProblem::MissingColumn("feature".to_owned())));
        }
        let (lo, hi) = (number(min, "min")?, number(max, "max")?);
        if lo > hi {
            let problem = CsvProblem::MinAboveMax { category: name.to_owned(), feature: value.to_owned() };
            return Err(error(file, line, problem));
        }
        let index = match categories.iter().position(|c| c.name == name) {
            Some(i) => i,
            None => {
                categories.push(Category { name: name.to_owned(), features: Vec::new() });
                categories.len() - 1
            }
        };
        let features = &mut categories[index].features;
        if features.iter().any(|f| f.name == value) {
            let problem = CsvProblem::DuplicateFeature { category: name.to_owned(), feature: value.to_owned() };
            return Err(error(file, line, problem));
        }
        features.push(Feature { name: value.to_owned(), min: lo, max: hi });
    }
    if categories.is_empty() {
        return Err(error(file, None, CsvProblem::NoCategories));
    }
    Ok(categories)
}

/// Reads `respondents.csv` against the categories. `household` names the
/// columns that together say where someone lives (empty: no household rule);
/// people whose household columns are all empty share no household.
pub fn read_respondents(bytes: &[u8], categories: Vec<Category>, household: &[String]) -> Result<Pool, SortitionError> {
    let file = CsvFile::Respondents;
    let mut reader = reader(bytes);
    let headers = headers(file, &mut reader)?;
    let id_column = find(&headers, "id");
    let category_columns = categories.iter().map(|c| column(file, &headers, &c.name)).collect::<Result<Vec<_>, _>>()?;
    let household_columns = household.iter().map(|name| column(file, &headers, name)).collect::<Result<Vec<_>, _>>()?;
    let lookup: Vec<BTreeMap<&str, usize>> =
        categories.iter().map(|c| c.features.iter().enumerate().map(|(i, f)| (f.name.as_str(), i)).collect()).collect();
    let mut ids = BTreeSet::new();
    let mut people = Vec::new();
    for (row, record) in reader.records().enumerate() {
        let fallback = row as u64 + 2;
        let record = record.map_err(|e| error(file, Some(fallback), CsvProblem::Unreadable(e.to_string())))?;
        let line = Some(line_of(&record, fallback));
        if record.iter().all(str::is_empty) {
            continue;
        }
        if people.len() >= MAX_PEOPLE {
            return Err(error(file, line, CsvProblem::TooManyPeople(MAX_PEOPLE)));
        }
        let cell = |i: usize| record.get(i).unwrap_or("");
        let id = match id_column {
            Some(i) => cell(i).to_owned(),
            None => (people.len() + 1).to_string(),
        };
        if id.is_empty() {
            return Err(error(file, line, CsvProblem::EmptyId));
        }
        if !ids.insert(id.clone()) {
            return Err(error(file, line, CsvProblem::DuplicateId(id)));
        }
        let mut features = Vec::with_capacity(categories.len());
        for ((category, &col), lookup) in categories.iter().zip(&category_columns).zip(&lookup) {
            let value = cell(col);
            let index = lookup.get(value).copied().or_else(|| {
                let mut matches = lookup.iter().filter(|(k, _)| k.eq_ignore_ascii_case(value));
                match (matches.next(), matches.next()) {
                    (Some((_, &i)), None) => Some(i),
                    _ => None,
                }
            });
            let Some(index) = index else {
                let problem = CsvProblem::UnknownFeature { category: category.name.clone(), value: value.to_owned() };
                return Err(error(file, line, problem));
            };
            features.push(index);
        }
        let address: Vec<&str> = household_columns.iter().map(|&i| cell(i)).collect();
        let household = (!address.iter().all(|a| a.is_empty())).then(|| address.join("\u{1f}"));
        people.push(Person { id, features, household });
    }
    if people.is_empty() {
        return Err(error(file, None, CsvProblem::NoPeople));
    }
    Ok(Pool { categories, people })
}

#[cfg(test)]
mod tests {
    use super::*;

    const CATEGORIES: &[u8] = b"category,feature,min,max\ngender,female,1,2\ngender,male,1,2\n";

    #[test]
    fn reads_the_papers_layout_numbering_rows_from_one() {
        let categories = read_categories(CATEGORIES).unwrap();
        let pool = read_respondents(b"gender\nfemale\nmale\nmale", categories, &[]).unwrap();
        let ids: Vec<&str> = pool.people.iter().map(|p| p.id.as_str()).collect();
        assert_eq!(ids, ["1", "2", "3"]);
        assert_eq!(pool.people[1].features, [1]);
    }

    #[test]
    fn reads_the_foundations_newer_layouts() {
        for text in
            ["feature,value,min,max\ngender,female,1,2\n", "category,name,min,max,min_flex\ngender,female,1,2,0\n"]
        {
            let categories = read_categories(text.as_bytes()).unwrap();
            assert_eq!(categories[0].name, "gender");
            assert_eq!(categories[0].features[0], Feature { name: "female".to_owned(), min: 1, max: 2 });
        }
    }

    #[test]
    fn names_the_line_of_each_problem() {
        let categories = read_categories(CATEGORIES).unwrap();
        let duplicate = read_respondents(b"id,gender\na,female\na,male\n", categories.clone(), &[]);
        assert!(matches!(
            duplicate,
            Err(SortitionError::Csv { line: Some(3), problem: CsvProblem::DuplicateId(_), .. })
        ));
        let unknown = read_respondents(b"id,gender\na,other\n", categories.clone(), &[]);
        assert!(matches!(
            unknown,
            Err(SortitionError::Csv { line: Some(2), problem: CsvProblem::UnknownFeature { .. }, .. })
        ));
        let no_household = read_respondents(b"id,gender\na,male\n", categories, &["address".to_owned()]);
        assert!(matches!(no_household, Err(SortitionError::Csv { problem: CsvProblem::MissingColumn(_), .. })));
        let bad = read_categories(b"category,feature,min,max\ngender,female,3,2\n");
        assert!(matches!(bad, Err(SortitionError::Csv { line: Some(2), problem: CsvProblem::MinAboveMax { .. }, .. })));
        let nan = read_categories(b"category,feature,min,max\ngender,female,x,2\n");
        assert!(matches!(nan, Err(SortitionError::Csv { problem: CsvProblem::BadNumber { .. }, .. })));
    }
}
