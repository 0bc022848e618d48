//! Pabulib `.pb` files (https://pabulib.org/format): read and write.
//!
//! A file has three sections, META, PROJECTS and VOTES, each a `;`-separated
//! table whose first row names the columns. Reading never panics: a malformed
//! file gets a [`PbError`] naming the line and the problem.

use std::{collections::HashMap, fmt};

use crate::amount::Decimal;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VoteType {
    Approval,
    Choose1,
    Cumulative,
    Scoring,
    Ordinal,
}

impl VoteType {
    pub fn key(self) -> &'static str {
        match self {
            VoteType::Approval => "approval",
            VoteType::Choose1 => "choose-1",
            VoteType::Cumulative => "cumulative",
            VoteType::Scoring => "scoring",
            VoteType::Ordinal => "ordinal",
        }
    }

    pub fn parse(text: &str) -> Option<VoteType> {
        [VoteType::Approval, VoteType::Choose1, VoteType::Cumulative, VoteType::Scoring, VoteType::Ordinal]
            .into_iter()
            .find(|t| t.key() == text)
    }

    /// Ballots that only say which projects a voter wants.
    pub fn is_approval(self) -> bool {
        matches!(self, VoteType::Approval | VoteType::Choose1)
    }

    /// Ballots that give points to projects.
    pub fn has_points(self) -> bool {
        matches!(self, VoteType::Cumulative | VoteType::Scoring)
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Project {
    pub id: String,
    pub cost: Decimal,
    /// Every column of the row, in the order of [`Election::project_columns`].
    pub fields: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Vote {
    pub voter_id: String,
    /// Indexes into [`Election::projects`]; in ballot order (for ordinal ballots, best first).
    pub projects: Vec<usize>,
    /// Points given to each of `projects` (cumulative and scoring ballots only).
    pub points: Vec<i64>,
    /// Every column of the row, in the order of [`Election::vote_columns`].
    pub fields: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Election {
    pub meta: Vec<(String, String)>,
    pub vote_type: VoteType,
    pub budget: Decimal,
    pub project_columns: Vec<String>,
    pub projects: Vec<Project>,
    pub vote_columns: Vec<String>,
    pub votes: Vec<Vote>,
    /// What was read leniently, as pabutools reads it (see [`PbWarning`]).
    pub warnings: Vec<PbWarning>,
}

/// A vote that lists the same project more than once, as some published
/// files do (Warsaw 2026 districts, Amsterdam 604, Częstochowa 2020). It is
/// read as pabutools reads it: an approval or choose-1 ballot is a set (the
/// project counts once); an ordinal ballot keeps the project where it first
/// appears; a cumulative or scoring ballot keeps it where it first appears
/// with the points of its last mention (a later entry overwrites an earlier one).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PbWarning {
    /// The line of the vote, 1-based.
    pub line: u64,
    pub voter_id: String,
    pub project: String,
    /// How many times the vote lists it.
    pub times: usize,
}

impl fmt::Display for PbWarning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "line {}: voter \"{}\" lists project \"{}\" {} times; counted once",
            self.line, self.voter_id, self.project, self.times
        )
    }
}

/// What is wrong with a file, and on which line (1-based) when it is about one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PbError {
    pub line: Option<u64>,
    pub problem: PbProblem,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PbProblem {
    /// The text is not UTF-8 or not a `;`-separated table.
    Unreadable(String),
    /// A section (META, PROJECTS or VOTES) is missing.
    MissingSection(&'static str),
    /// A row came before any section heading.
    OutsideSection,
    /// A section heading appears a second time.
    RepeatedSection(&'static str),
    /// A required META key is missing (budget, vote_type).
    MissingMeta(&'static str),
    /// A required column is missing from a section's header.
    MissingColumn {
        section: &'static str,
        column: &'static str,
    },
    /// A number that is not a non-negative decimal.
    BadNumber {
        column: String,
        value: String,
    },
    UnknownVoteType(String),
    DuplicateProject(String),
    /// A vote names a project the PROJECTS section does not have.
    UnknownProject(String),
    /// A cumulative or scoring ballot whose points do not match its projects.
    PointsMismatch {
        projects: usize,
        points: usize,
    },
    /// A row has more cells than its header.
    TooManyCells {
        expected: usize,
        found: usize,
    },
}

impl fmt::Display for PbError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(line) = self.line {
            write!(f, "line {line}: ")?;
        }
        match &self.problem {
            PbProblem::Unreadable(detail) => write!(f, "the file cannot be read: {detail}"),
            PbProblem::MissingSection(s) => write!(f, "the {s} section is missing"),
            PbProblem::OutsideSection => write!(f, "this row is not inside a META, PROJECTS or VOTES section"),
            PbProblem::RepeatedSection(s) => write!(f, "the {s} section appears twice"),
            PbProblem::MissingMeta(k) => write!(f, "META has no \"{k}\""),
            PbProblem::MissingColumn { section, column } => write!(f, "{section} has no \"{column}\" column"),
            PbProblem::BadNumber { column, value } => write!(f, "\"{value}\" in \"{column}\" is not a number"),
            PbProblem::UnknownVoteType(v) => write!(f, "unknown vote_type \"{v}\""),
            PbProblem::DuplicateProject(id) => write!(f, "project \"{id}\" appears twice"),
            PbProblem::UnknownProject(id) => write!(f, "the vote names project \"{id}\", which is not in PROJECTS"),
            PbProblem::PointsMismatch { projects, points } => {
                write!(f, "the vote lists {projects} projects but {points} points")
            }
            PbProblem::TooManyCells { expected, found } => {
                write!(f, "the row has {found} cells but the header names {expected}")
            }
        }
    }
}

impl std::error::Error for PbError {}

fn at(line: u64, problem: PbProblem) -> PbError {
    PbError { line: Some(line), problem }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Section {
    None,
    Meta,
    Projects,
    Votes,
}

fn column(header: &[String], name: &str) -> Option<usize> {
    header.iter().position(|h| h == name)
}

fn cell(row: &csv::StringRecord, i: usize) -> String {
    row.get(i).map(|s| s.trim().to_owned()).unwrap_or_default()
}

impl Election {
    /// Reads a `.pb` file's bytes (a UTF-8 byte-order mark is ignored).
    pub fn parse(bytes: &[u8]) -> Result<Election, PbError> {
        let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
        let mut reader = csv::ReaderBuilder::new().delimiter(b';').has_headers(false).flexible(true).from_reader(bytes);
        let mut section = Section::None;
        let mut header: Vec<String> = Vec::new();
        let mut expect_header = false;
        let mut meta: Vec<(String, String)> = Vec::new();
        let mut project_columns: Vec<String> = Vec::new();
        let mut raw_projects: Vec<(u64, Vec<String>)> = Vec::new();
        let mut vote_columns: Vec<String> = Vec::new();
        let mut raw_votes: Vec<(u64, Vec<String>)> = Vec::new();
        let mut seen = [false; 3];
        let mut record = csv::StringRecord::new();
        loop {
            let line = reader.position().line();
            match reader.read_record(&mut record) {
                Ok(true) => {}
                Ok(false) => break,
                Err(e) => {
                    let line = e.position().map(|p| p.line()).unwrap_or(line);
                    let detail = match e.kind() {
                        csv::ErrorKind::Utf8 { .. } => String::from("it is not UTF-8 text"),
                        _ => e.to_string(),
                    };
                    return Err(at(line, PbProblem::Unreadable(detail)));
                }
            }
            let line = record.position().map(|p| p.line()).unwrap_or(line);
            if record.iter().all(|c| c.trim().is_empty()) {
                continue;
            }
            let first = cell(&record, 0).to_lowercase();
            let rest_empty = record.iter().skip(1).all(|c| c.trim().is_empty());
            if rest_empty && matches!(first.as_str(), "meta" | "projects" | "votes") {
                section = match first.as_str() {
                    "meta" => Section::Meta,
                    "projects" => Section::Projects,
                    _ => Section::Votes,
                };
                let index = section as usize - 1;
                if seen[index] {
                    let name = ["META", "PROJECTS", "VOTES"][index];
                    return Err(at(line, PbProblem::RepeatedSection(name)));
                }
                seen[index] = true;
                expect_header = true;
                continue;
            }
            if expect_header {
                header = record.iter().map(|c| c.trim().to_owned()).collect();
                match section {
                    Section::Projects => project_columns = header.clone(),
                    Section::Votes => vote_columns = header.clone(),
                    _ => {}
                }
                expect_header = false;
                continue;
            }
            if section == Section::None {
                return Err(at(line, PbProblem::OutsideSection));
            }
            // META values may hold an unquoted `;` (free text); tables may not.
            let extra = record.iter().skip(header.len()).any(|c| !c.trim().is_empty());
            if extra && section != Section::Meta {
                return Err(at(line, PbProblem::TooManyCells { expected: header.len(), found: record.len() }));
            }
            let cells: Vec<String> = (0..header.len()).map(|i| cell(&record, i)).collect();
            match section {
                Section::None => return Err(at(line, PbProblem::OutsideSection)),
                Section::Meta => meta.push((cell(&record, 0), cell(&record, 1))),
                Section::Projects => raw_projects.push((line, cells)),
                Section::Votes => raw_votes.push((line, cells)),
            }
        }
        for (i, name) in ["META", "PROJECTS", "VOTES"].into_iter().enumerate() {
            if !seen[i] {
                return Err(PbError { line: None, problem: PbProblem::MissingSection(name) });
            }
        }
        let get_meta = |key: &'static str| -> Result<&str, PbError> {
            meta.iter()
                .find(|(k, _)| k == key)
                .map(|(_, v)| v.as_str())
                .ok_or(PbError { line: None, problem: PbProblem::MissingMeta(key) })
        };
        let vote_type_text = get_meta("vote_type")?;
        let vote_type = VoteType::parse(vote_type_text)
            .ok_or_else(|| PbError { line: None, problem: PbProblem::UnknownVoteType(vote_type_text.to_owned()) })?;
        let budget_text = get_meta("budget")?;
        let budget = Decimal::parse(budget_text).ok_or_else(|| PbError {
            line: None,
            problem: PbProblem::BadNumber { column: String::from("budget"), value: budget_text.to_owned() },
        })?;

        let missing = |section: &'static str, column: &'static str| PbError {
            line: None,
            problem: PbProblem::MissingColumn { section, column },
        };
        let id_col = column(&project_columns, "project_id").ok_or_else(|| missing("PROJECTS", "project_id"))?;
        let cost_col = column(&project_columns, "cost").ok_or_else(|| missing("PROJECTS", "cost"))?;
        let mut projects = Vec::with_capacity(raw_projects.len());
        let mut index: HashMap<String, usize> = HashMap::with_capacity(raw_projects.len());
        for (line, fields) in raw_projects {
            let id = fields[id_col].clone();
            let cost = Decimal::parse(&fields[cost_col]).ok_or_else(|| {
                at(line, PbProblem::BadNumber { column: String::from("cost"), value: fields[cost_col].clone() })
            })?;
            if index.insert(id.clone(), projects.len()).is_some() {
                return Err(at(line, PbProblem::DuplicateProject(id)));
            }
            projects.push(Project { id, cost, fields });
        }

        let voter_col = column(&vote_columns, "voter_id");
        let vote_col = column(&vote_columns, "vote").ok_or_else(|| missing("VOTES", "vote"))?;
        let points_col = column(&vote_columns, "points");
        if vote_type.has_points() && points_col.is_none() {
            return Err(missing("VOTES", "points"));
        }
        let mut votes = Vec::with_capacity(raw_votes.len());
        let mut warnings = Vec::new();
        // Where each project sits in the vote being read (usize::MAX: not in it).
        let mut slot = vec![usize::MAX; projects.len()];
        for (n, (line, fields)) in raw_votes.into_iter().enumerate() {
            let mut listed = Vec::new();
            for id in fields[vote_col].split(',').map(str::trim).filter(|s| !s.is_empty()) {
                let &p = index.get(id).ok_or_else(|| at(line, PbProblem::UnknownProject(id.to_owned())))?;
                listed.push(p);
            }
            let mut listed_points = Vec::new();
            if vote_type.has_points() {
                let text = points_col.map(|c| fields[c].as_str()).unwrap_or_default();
                for value in text.split(',').map(str::trim).filter(|s| !s.is_empty()) {
                    let parsed: i64 = value.parse().map_err(|_| {
                        at(line, PbProblem::BadNumber { column: String::from("points"), value: value.to_owned() })
                    })?;
                    listed_points.push(parsed);
                }
                if listed_points.len() != listed.len() {
                    return Err(at(
                        line,
                        PbProblem::PointsMismatch { projects: listed.len(), points: listed_points.len() },
                    ));
                }
            }
            let voter_id = voter_col.map(|c| fields[c].clone()).unwrap_or_else(|| (n + 1).to_string());
            let mut chosen: Vec<usize> = Vec::with_capacity(listed.len());
            let mut points: Vec<i64> = Vec::with_capacity(listed_points.len());
            let mut repeats: Vec<(usize, usize)> = Vec::new();
            for (k, &p) in listed.iter().enumerate() {
                if slot[p] == usize::MAX {
                    slot[p] = chosen.len();
                    chosen.push(p);
                    if let Some(&x) = listed_points.get(k) {
                        points.push(x);
                    }
                    continue;
                }
                // Seen before in this vote: the first place stays, the last points win.
                if let (Some(&x), Some(kept)) = (listed_points.get(k), points.get_mut(slot[p])) {
                    *kept = x;
                }
                match repeats.iter_mut().find(|(q, _)| *q == p) {
                    Some((_, times)) => *times += 1,
                    None => repeats.push((p, 2)),
                }
            }
            for &p in &chosen {
                slot[p] = usize::MAX;
            }
            for (p, times) in repeats {
                warnings.push(PbWarning { line, voter_id: voter_id.clone(), project: projects[p].id.clone(), times });
            }
            votes.push(Vote { voter_id, projects: chosen, points, fields });
        }
        Ok(Election { meta, vote_type, budget, project_columns, projects, vote_columns, votes, warnings })
    }

    pub fn meta(&self, key: &str) -> Option<&str> {
        self.meta.iter().find(|(k, _)| k == key).map(|(_, v)| v.as_str())
    }

    /// A PROJECTS column of one project, when the file has it.
    pub fn project_field(&self, project: usize, name: &str) -> Option<&str> {
        let c = column(&self.project_columns, name)?;
        self.projects.get(project).and_then(|p| p.fields.get(c)).map(String::as_str)
    }

    /// Writes the election as a `.pb` file. Fields containing `;`, quotes or
    /// line breaks are quoted, so what is written reads back the same.
    pub fn to_pb(&self) -> String {
        let mut out = String::new();
        let mut row = |cells: &[&str]| {
            let quoted: Vec<String> = cells.iter().map(|c| quote(c)).collect();
            out.push_str(&quoted.join(";"));
            out.push('\n');
        };
        row(&["META"]);
        row(&["key", "value"]);
        for (k, v) in &self.meta {
            row(&[k, v]);
        }
        row(&["PROJECTS"]);
        let header: Vec<&str> = self.project_columns.iter().map(String::as_str).collect();
        row(&header);
        for p in &self.projects {
            let cells: Vec<&str> = p.fields.iter().map(String::as_str).collect();
            row(&cells);
        }
        row(&["VOTES"]);
        let header: Vec<&str> = self.vote_columns.iter().map(String::as_str).collect();
        row(&header);
        for v in &self.votes {
            let cells: Vec<&str> = v.fields.iter().map(String::as_str).collect();
            row(&cells);
        }
        out
    }

    /// The common decimal scale of the budget and every cost.
    pub fn scale(&self) -> u32 {
        self.projects.iter().map(|p| p.cost.scale).chain([self.budget.scale]).max().unwrap_or(0)
    }
}

fn quote(cell: &str) -> String {
    if cell.contains([';', '"', '\n', '\r']) { format!("\"{}\"", cell.replace('"', "\"\"")) } else { cell.to_owned() }
}

/// Builds an election from the app's own data, ready to write as `.pb`.
pub struct Builder {
    election: Election,
}

impl Builder {
    pub fn new(vote_type: VoteType, budget: Decimal, meta: &[(&str, &str)]) -> Builder {
        let mut all: Vec<(String, String)> = meta.iter().map(|(k, v)| ((*k).to_owned(), (*v).to_owned())).collect();
        all.retain(|(k, _)| k != "budget" && k != "vote_type" && k != "num_projects" && k != "num_votes");
        all.push((String::from("budget"), budget.to_string()));
        all.push((String::from("vote_type"), vote_type.key().to_owned()));
        let mut vote_columns = vec![String::from("voter_id"), String::from("vote")];
        if vote_type.has_points() {
            vote_columns.push(String::from("points"));
        }
        Builder {
            election: Election {
                meta: all,
                vote_type,
                budget,
                project_columns: vec![String::from("project_id"), String::from("cost"), String::from("name")],
                projects: Vec::new(),
                vote_columns,
                votes: Vec::new(),
                warnings: Vec::new(),
            },
        }
    }

    pub fn project(mut self, id: &str, cost: Decimal, name: &str) -> Builder {
        let fields = vec![id.to_owned(), cost.to_string(), name.to_owned()];
        self.election.projects.push(Project { id: id.to_owned(), cost, fields });
        self
    }

    /// `choices` are indexes into the projects added so far; `points` only for point ballots.
    pub fn vote(mut self, voter_id: &str, choices: &[usize], points: &[i64]) -> Builder {
        let ids: Vec<&str> =
            choices.iter().filter_map(|&p| self.election.projects.get(p)).map(|p| p.id.as_str()).collect();
        let mut fields = vec![voter_id.to_owned(), ids.join(",")];
        if self.election.vote_type.has_points() {
            fields.push(points.iter().map(i64::to_string).collect::<Vec<_>>().join(","));
        }
        self.election.votes.push(Vote {
            voter_id: voter_id.to_owned(),
            projects: choices.to_vec(),
            points: points.to_vec(),
            fields,
        });
        self
    }

    pub fn build(mut self) -> Election {
        let e = &mut self.election;
        let counts = [
            (String::from("num_projects"), e.projects.len().to_string()),
            (String::from("num_votes"), e.votes.len().to_string()),
        ];
        e.meta.extend(counts);
        self.election
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SMALL: &str = "META\nkey;value\ndescription;A \"quoted\"; test\nbudget;100,5\nvote_type;cumulative\nPROJECTS\nproject_id;cost;name\n1;60;Library\n2;40.5;\"Garden; with seats\"\nVOTES\nvoter_id;vote;points\na;1,2;3,2\nb;2;5\n";

    #[test]
    fn reads_a_small_cumulative_file() {
        let text = SMALL.replace("description;A \"quoted\"; test", "description;\"A \"\"quoted\"\"; test\"");
        let e = Election::parse(text.as_bytes()).unwrap();
        assert_eq!(e.vote_type, VoteType::Cumulative);
        assert_eq!(e.budget, Decimal { units: 1005, scale: 1 });
        assert_eq!(e.meta("description"), Some("A \"quoted\"; test"));
        assert_eq!(e.projects[1].fields[2], "Garden; with seats");
        assert_eq!(e.votes[0].projects, vec![0, 1]);
        assert_eq!(e.votes[0].points, vec![3, 2]);
        assert_eq!(e.scale(), 1);
        let again = Election::parse(e.to_pb().as_bytes()).unwrap();
        assert_eq!(again, e, "what is written reads back the same");
    }

    #[test]
    fn malformed_files_name_the_line_and_the_problem() {
        let cases: Vec<(String, Option<u64>, &str)> = vec![
            (SMALL.replace("1;60;Library", "1;sixty;Library"), Some(8), "not a number"),
            (SMALL.replace("b;2;5", "b;7;5"), Some(13), "project \"7\""),
            (SMALL.replace("a;1,2;3,2", "a;1,2;3"), Some(12), "2 projects but 1 points"),
            (SMALL.replace("2;40.5", "1;40.5"), Some(9), "appears twice"),
            (SMALL.replace("vote_type;cumulative", "vote_type;lottery"), None, "unknown vote_type"),
            (SMALL.replace("budget;100,5\n", ""), None, "no \"budget\""),
            (SMALL.replace("VOTES\n", ""), None, "VOTES section is missing"),
            (SMALL.replace("b;2;5", "b;2;5;9;9"), Some(13), "5 cells"),
            (String::from("hello\n"), Some(1), "not inside"),
            (format!("{SMALL}VOTES\nvoter_id;vote;points;x\n"), Some(14), "VOTES section appears twice"),
            (SMALL.replace("b;2;5", "b;2;-5x"), Some(13), "not a number"),
        ];
        for (text, line, needle) in cases {
            let err = Election::parse(text.as_bytes()).unwrap_err();
            assert_eq!(err.line, line, "{err}");
            assert!(err.to_string().contains(needle), "{err} should mention {needle}");
        }
        let err = Election::parse(b"META\nkey;value\n\xff\xfe;1\n").unwrap_err();
        assert!(err.to_string().contains("UTF-8"), "{err}");
    }

    #[test]
    fn a_project_listed_twice_in_a_vote_is_read_as_pabutools_reads_it_and_named() {
        // Cumulative: the first place, the last points.
        let e = Election::parse(SMALL.replace("a;1,2;3,2", "a;1,2,1;3,2,4").as_bytes()).unwrap();
        assert_eq!((e.votes[0].projects.clone(), e.votes[0].points.clone()), (vec![0, 1], vec![4, 2]));
        let warning = PbWarning { line: 12, voter_id: String::from("a"), project: String::from("1"), times: 2 };
        assert_eq!(e.warnings, vec![warning]);
        assert!(e.warnings[0].to_string().starts_with("line 12: voter \"a\" lists project \"1\" 2 times"));
        // Approval and ordinal: once, where it first appears.
        for kind in ["approval", "ordinal"] {
            let text = SMALL
                .replace("vote_type;cumulative", &format!("vote_type;{kind}"))
                .replace("voter_id;vote;points", "voter_id;vote")
                .replace("a;1,2;3,2", "a;2,1,2,2")
                .replace("b;2;5", "b;2");
            let e = Election::parse(text.as_bytes()).unwrap();
            assert_eq!(e.votes[0].projects, vec![1, 0], "{kind}");
            assert_eq!(e.votes[1].projects, vec![1], "{kind}: the next vote starts afresh");
            assert_eq!((e.warnings.len(), e.warnings[0].times, e.warnings[0].project.as_str()), (1, 3, "2"), "{kind}");
        }
        // A mismatch of points against every listed project stays an error.
        let err = Election::parse(SMALL.replace("a;1,2;3,2", "a;1,2,1;3,2").as_bytes()).unwrap_err();
        assert!(err.to_string().contains("3 projects but 2 points"), "{err}");
        let clean = Election::parse(SMALL.as_bytes()).unwrap();
        assert!(clean.warnings.is_empty());
    }

    #[test]
    fn builds_files_for_export() {
        let e = Builder::new(VoteType::Approval, Decimal::parse("1000").unwrap(), &[("description", "School fund")])
            .project("1", Decimal::parse("600").unwrap(), "Benches")
            .project("2", Decimal::parse("500").unwrap(), "Books")
            .vote("v1", &[0, 1], &[])
            .vote("v2", &[1], &[])
            .build();
        let back = Election::parse(e.to_pb().as_bytes()).unwrap();
        assert_eq!(back.votes.len(), 2);
        assert_eq!(back.meta("num_votes"), Some("2"));
        assert_eq!(back.votes[0].projects, vec![0, 1]);
    }
}
