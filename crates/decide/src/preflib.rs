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
    pub problem: String,
}

impl fmt::Display for PrefLibError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(line) => write!(f, "line {line}: {}", self.problem),
            None => f.write_str(&self.problem),
        }
    }
}

impl std::error::Error for PrefLibError {}

fn err(line: usize, problem: impl Into<String>) -> PrefLibError {
    PrefLibError { line: Some(line as u64 + 1), problem: problem.into() }
}

/// A parsed file: its header lines and the ballots.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PrefLibFile {
    pub title: String,
    pub header: Vec<(String, String)>,
    pub profile: Ranked,
}

/// Most alternatives we accept; real elections have a few dozen at most.
const MAX_ALTERNATIVES: usize = 10_000;

pub fn parse(bytes: &[u8], kind: Kind) -> Result<PrefLibFile, PrefLibError> {
    let text = std::str::from_utf8(bytes).map_err(|e| PrefLibError {
        line: Some(bytes[..e.valid_up_to()].iter().filter(|&&b| b == b'\n').count() as u64 + 1),
        problem: String::from("the file is not UTF-8 text"),
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
                let count: usize =
                    value.parse().map_err(|_| err(n, format!("\"{value}\" is not a number of alternatives")))?;
                if count == 0 || count > MAX_ALTERNATIVES {
                    return Err(err(n, format!("{count} alternatives is not a usable number")));
                }
                alternatives = Some(count);
            } else if let Some(number) = key.strip_prefix("ALTERNATIVE NAME ") {
                let i: usize =
                    number.trim().parse().map_err(|_| err(n, format!("\"{number}\" is not an alternative number")))?;
                names.push((i, value.clone()));
            }
            header.push((key, value));
            continue;
        }
        let Some(m) = alternatives else {
            return Err(err(n, "a ballot comes before the NUMBER ALTERNATIVES header"));
        };
        let (count, order) =
            line.split_once(':').ok_or_else(|| err(n, "a ballot line must look like \"count: a,b,c\""))?;
        let count: u64 =
            count.trim().parse().map_err(|_| err(n, format!("\"{}\" is not a ballot count", count.trim())))?;
        if order.contains('{') {
            return Err(err(n, "ties ({…}) are not allowed in strict orders"));
        }
        let mut ranking = Vec::new();
        let mut seen = vec![false; m];
        for item in order.split(',').map(str::trim).filter(|s| !s.is_empty()) {
            let a: usize = item.parse().map_err(|_| err(n, format!("\"{item}\" is not an alternative number")))?;
            if a == 0 || a > m {
                return Err(err(n, format!("alternative {a} is not between 1 and {m}")));
            }
            if seen[a - 1] {
                return Err(err(n, format!("alternative {a} is ranked twice")));
            }
            seen[a - 1] = true;
            ranking.push((a - 1) as u32);
        }
        if ranking.is_empty() {
            return Err(err(n, "the ballot ranks no alternative"));
        }
        if kind == Kind::Soc && ranking.len() != m {
            return Err(err(
                n,
                format!("a complete order must rank all {m} alternatives, this one ranks {}", ranking.len()),
            ));
        }
        ballots.push((count, ranking));
    }
    let m = alternatives
        .ok_or(PrefLibError { line: None, problem: String::from("the NUMBER ALTERNATIVES header is missing") })?;
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
