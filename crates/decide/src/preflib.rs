//! PrefLib `.soi` (strict orders, possibly incomplete) and `.soc` (strict
//! orders, complete) files: `# KEY: value` header lines, then one
//! `count: a,b,c` line per distinct ballot, alternatives numbered from 1.

use std::fmt;

use crate::vote::Ranked;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Ballots may rank only some alternatives.
    Soi,
    /// Every ballot ranks every alternative.
    Soc,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PrefLibError {
    pub line: Option<u64>,
    pub problem: PrefLibProblem,
}

/// What is wrong, so that callers can say it in their user's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PrefLibProblem {
    NotUtf8,
    /// The NUMBER ALTERNATIVES header is missing, repeated, after ballots, or not a usable number.
    MissingAlternatives,
    RepeatedAlternatives,
    BadAlternatives(String),
    BallotBeforeHeader,
    /// Not `count: a,b,c`.
    BadBallotLine,
    BadCount(String),
    Ties,
    BadAlternative(String),
    OutOfRange {
        alternative: usize,
        alternatives: usize,
    },
    RankedTwice(usize),
    EmptyBallot,
    Incomplete {
        alternatives: usize,
        ranked: usize,
    },
}

impl fmt::Display for PrefLibProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PrefLibProblem::NotUtf8 => f.write_str("the file is not UTF-8 text"),
            PrefLibProblem::MissingAlternatives => f.write_str("the NUMBER ALTERNATIVES header is missing"),
            PrefLibProblem::RepeatedAlternatives => {
                f.write_str("NUMBER ALTERNATIVES must appear once, before the ballots")
            }
            PrefLibProblem::BadAlternatives(v) => write!(f, "\"{v}\" is not a usable number of alternatives"),
            PrefLibProblem::BallotBeforeHeader => f.write_str("a ballot comes before the NUMBER ALTERNATIVES header"),
            PrefLibProblem::BadBallotLine => f.write_str("a ballot line must look like \"count: a,b,c\""),
            PrefLibProblem::BadCount(v) => write!(f, "\"{v}\" is not a ballot count"),
            PrefLibProblem::Ties => f.write_str("ties ({…}) are not allowed in strict orders"),
            PrefLibProblem::BadAlternative(v) => write!(f, "\"{v}\" is not an alternative number"),
            PrefLibProblem::OutOfRange { alternative, alternatives } => {
                write!(f, "alternative {alternative} is not between 1 and {alternatives}")
            }
            PrefLibProblem::RankedTwice(a) => write!(f, "alternative {a} is ranked twice"),
            PrefLibProblem::EmptyBallot => f.write_str("the ballot ranks no alternative"),
            PrefLibProblem::Incomplete { alternatives, ranked } => {
                write!(f, "a complete order must rank all {alternatives} alternatives, this one ranks {ranked}")
            }
        }
    }
}

impl fmt::Display for PrefLibError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(line) => write!(f, "line {line}: {}", self.problem),
            None => write!(f, "{}", self.problem),
        }
    }
}

impl std::error::Error for PrefLibError {}

fn err(line: usize, problem: PrefLibProblem) -> PrefLibError {
    PrefLibError { line: Some(line as u64 + 1), problem }
}

/// A parsed file: its header lines and the ballots.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PrefLibFile {
    pub title: String,
    pub header: Vec<(String, String)>,
    pub profile: Ranked,
}

/// Most voters one line may stand for; keeps every tally far from overflow.
const MAX_COUNT: u64 = 1_000_000_000;
/// Most alternatives we accept; real elections have a few dozen at most.
const MAX_ALTERNATIVES: usize = 10_000;

pub fn parse(bytes: &[u8], kind: Kind) -> Result<PrefLibFile, PrefLibError> {
    let text = std::str::from_utf8(bytes).map_err(|e| PrefLibError {
        line: Some(bytes[..e.valid_up_to()].iter().filter(|&&b| b == b'\n').count() as u64 + 1),
        problem: PrefLibProblem::NotUtf8,
    })?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut header: Vec<(String, String)> = Vec::new();
    let mut alternatives: Option<usize> = None;
    let mut names: Vec<(usize, String)> = Vec::new();
    let mut ballots: Vec<(u64, Vec<u32>)> = Vec::new();
    for (n, raw) in text.lines().enumerate() {
        let line = raw.trim();
        if line.is_empty() {
            continue;
        }
        if let Some(rest) = line.strip_prefix('#') {
            let (key, value) = rest.split_once(':').unwrap_or((rest, ""));
            let (key, value) = (key.trim().to_owned(), value.trim().to_owned());
            if key == "NUMBER ALTERNATIVES" {
                if alternatives.is_some() || !ballots.is_empty() {
                    return Err(err(n, PrefLibProblem::RepeatedAlternatives));
                }
                let count: usize = value
                    .parse()
                    .ok()
                    .filter(|&c| c > 0 && c <= MAX_ALTERNATIVES)
                    .ok_or_else(|| err(n, PrefLibProblem::BadAlternatives(value.clone())))?;
                alternatives = Some(count);
            } else if let Some(number) = key.strip_prefix("ALTERNATIVE NAME ") {
                let i: usize = number
                    .trim()
                    .parse()
                    .map_err(|_| err(n, PrefLibProblem::BadAlternative(number.trim().to_owned())))?;
                names.push((i, value.clone()));
            }
            header.push((key, value));
            continue;
        }
        let Some(m) = alternatives else {
            return Err(err(n, PrefLibProblem::BallotBeforeHeader));
        };
        let (count, order) = line.split_once(':').ok_or_else(|| err(n, PrefLibProblem::BadBallotLine))?;
        let count: u64 = count
            .trim()
            .parse()
            .ok()
            .filter(|&c| c <= MAX_COUNT)
            .ok_or_else(|| err(n, PrefLibProblem::BadCount(count.trim().to_owned())))?;
        if order.contains('{') {
            return Err(err(n, PrefLibProblem::Ties));
        }
        let mut ranking = Vec::new();
        let mut seen = vec![false; m];
        for item in order.split(',').map(str::trim).filter(|s| !s.is_empty()) {
            let a: usize = item.parse().map_err(|_| err(n, PrefLibProblem::BadAlternative(item.to_owned())))?;
            if a == 0 || a > m {
                return Err(err(n, PrefLibProblem::OutOfRange { alternative: a, alternatives: m }));
            }
            if seen[a - 1] {
                return Err(err(n, PrefLibProblem::RankedTwice(a)));
            }
            seen[a - 1] = true;
            ranking.push((a - 1) as u32);
        }
        if ranking.is_empty() {
            return Err(err(n, PrefLibProblem::EmptyBallot));
        }
        if kind == Kind::Soc && ranking.len() != m {
            return Err(err(n, PrefLibProblem::Incomplete { alternatives: m, ranked: ranking.len() }));
        }
        ballots.push((count, ranking));
    }
    let m = alternatives.ok_or(PrefLibError { line: None, problem: PrefLibProblem::MissingAlternatives })?;
    let mut candidates: Vec<String> = (1..=m).map(|i| i.to_string()).collect();
    for (i, name) in names {
        if (1..=m).contains(&i) {
            candidates[i - 1] = name;
        }
    }
    let title = header.iter().find(|(k, _)| k == "TITLE").map(|(_, v)| v.clone()).unwrap_or_default();
    Ok(PrefLibFile { title, header, profile: Ranked { candidates, ballots } })
}

/// Writes ballots as a `.soi` file (`.soc` when every ballot is complete).
pub fn write(title: &str, profile: &Ranked) -> String {
    let m = profile.candidates.len();
    let complete = profile.ballots.iter().all(|(_, r)| r.len() == m);
    let voters: u64 = profile.ballots.iter().map(|(c, _)| c).sum();
    let mut out = String::new();
    out.push_str(&format!("# DATA TYPE: {}\n", if complete { "soc" } else { "soi" }));
    out.push_str(&format!("# TITLE: {}\n", title.replace(['\n', '\r'], " ")));
    out.push_str(&format!("# NUMBER ALTERNATIVES: {m}\n"));
    out.push_str(&format!("# NUMBER VOTERS: {voters}\n"));
    out.push_str(&format!("# NUMBER UNIQUE ORDERS: {}\n", profile.ballots.len()));
    for (i, name) in profile.candidates.iter().enumerate() {
        out.push_str(&format!("# ALTERNATIVE NAME {}: {}\n", i + 1, name.replace(['\n', '\r'], " ")));
    }
    let mut ballots = profile.ballots.clone();
    ballots.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    for (count, ranking) in ballots {
        let items: Vec<String> = ranking.iter().map(|a| (a + 1).to_string()).collect();
        out.push_str(&format!("{count}: {}\n", items.join(",")));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const SMALL: &str = "# TITLE: Lunch\n# NUMBER ALTERNATIVES: 3\n# ALTERNATIVE NAME 1: Pizza\n# ALTERNATIVE NAME 2: Soup\n# ALTERNATIVE NAME 3: Salad\n5: 1,2\n3: 3\n";

    #[test]
    fn reads_and_writes_strict_orders() {
        let f = parse(SMALL.as_bytes(), Kind::Soi).unwrap();
        assert_eq!(f.title, "Lunch");
        assert_eq!(f.profile.candidates, vec!["Pizza", "Soup", "Salad"]);
        assert_eq!(f.profile.ballots, vec![(5, vec![0, 1]), (3, vec![2])]);
        let back = parse(write("Lunch", &f.profile).as_bytes(), Kind::Soi).unwrap();
        assert_eq!(back.profile, f.profile);
    }

    #[test]
    fn malformed_files_name_the_line() {
        let cases = [
            (SMALL.replace("5: 1,2", "5: 1,4"), 6, "not between 1 and 3"),
            (SMALL.replace("5: 1,2", "5: 1,1"), 6, "twice"),
            (SMALL.replace("5: 1,2", "five: 1,2"), 6, "ballot count"),
            (SMALL.replace("5: 1,2", "5 1,2"), 6, "count: a,b,c"),
            (SMALL.replace("5: 1,2", "5: {1,2}"), 6, "ties"),
            (SMALL.replace("5: 1,2", "5: x"), 6, "not an alternative"),
            (SMALL.replace("# NUMBER ALTERNATIVES: 3\n", ""), 5, "before the NUMBER ALTERNATIVES"),
        ];
        for (text, line, needle) in cases {
            let e = parse(text.as_bytes(), Kind::Soi).unwrap_err();
            assert_eq!(e.line, Some(line), "{e}");
            assert!(e.to_string().contains(needle), "{e} should say {needle}");
        }
        let e = parse(SMALL.as_bytes(), Kind::Soc).unwrap_err();
        assert!(e.to_string().contains("must rank all 3"), "{e}");
        assert!(parse(b"\xff\xfe", Kind::Soi).is_err());
    }
}
