//! Pol.is' open-data CSV layout (`comments.csv`, `votes.csv`,
//! `participants-votes.csv`, `summary.csv`), read from and written to bytes.
//! Some real exports lack `votes.csv`; the final votes then come from the
//! `participants-votes.csv` matrix.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use super::{Options, Vote, VoteTable};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Comment {
    pub id: i64,
    pub author: Option<i64>,
    /// 1 accepted, 0 not yet moderated, −1 moderated out.
    pub moderated: i8,
    pub is_meta: bool,
    pub timestamp: Option<i64>,
    pub body: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct VoteRow {
    pub timestamp: i64,
    pub comment: i64,
    pub voter: i64,
    pub vote: Vote,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Conversation {
    pub topic: String,
    pub description: String,
    pub comments: Vec<Comment>,
    /// Every vote in the order cast (a change of mind is a later row).
    pub votes: Vec<VoteRow>,
    /// Whether `votes` came from a vote log or only from the final matrix.
    pub has_vote_log: bool,
    /// Opinion groups as the export recorded them (participant → group).
    pub groups: BTreeMap<i64, usize>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    MissingFile,
    MissingColumn(&'static str),
    NotAnInteger { column: String, value: String },
    BadVote(String),
    Malformed(String),
}

/// An error naming the file, the line (1-based, header is line 1) and what is wrong.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Error {
    pub file: &'static str,
    pub line: u64,
    pub problem: Problem,
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.problem {
            Problem::MissingFile => write!(f, "{}: the file is missing", self.file),
            Problem::MissingColumn(c) => write!(f, "{}: no column named {c}", self.file),
            Problem::NotAnInteger { column, value } => {
                write!(f, "{} line {}: {column} should be a whole number, not {value:?}", self.file, self.line)
            }
            Problem::BadVote(v) => write!(f, "{} line {}: a vote is 1, -1 or 0, not {v:?}", self.file, self.line),
            Problem::Malformed(m) => write!(f, "{} line {}: {m}", self.file, self.line),
        }
    }
}

impl std::error::Error for Error {}

struct Sheet {
    file: &'static str,
    headers: Vec<String>,
    records: Vec<(u64, csv::StringRecord)>,
}

impl Sheet {
    fn read(file: &'static str, bytes: &[u8]) -> Result<Sheet, Error> {
        let mut reader = csv::ReaderBuilder::new().flexible(true).from_reader(bytes);
        let malformed = |e: csv::Error| Error {
            file,
            line: e.position().map_or(0, |p| p.line()),
            problem: Problem::Malformed(match e.kind() {
                csv::ErrorKind::Utf8 { .. } => "the text is not UTF-8".to_string(),
                _ => "the CSV cannot be read".to_string(),
            }),
        };
        let headers: Vec<String> = reader.headers().map_err(malformed)?.iter().map(|h| h.trim().to_string()).collect();
        let mut records = Vec::new();
        for record in reader.records() {
            let record = record.map_err(malformed)?;
            let line = record.position().map_or(0, |p| p.line());
            records.push((line, record));
        }
        Ok(Sheet { file, headers, records })
    }

    fn column(&self, name: &'static str) -> Result<usize, Error> {
        self.find(name).ok_or(Error { file: self.file, line: 1, problem: Problem::MissingColumn(name) })
    }

    fn find(&self, name: &str) -> Option<usize> {
        self.headers.iter().position(|h| h == name)
    }

    fn int(&self, line: u64, record: &csv::StringRecord, at: usize) -> Result<i64, Error> {
        let value = record.get(at).unwrap_or("").trim();
        value.parse().map_err(|_| Error {
            file: self.file,
            line,
            problem: Problem::NotAnInteger { column: self.headers[at].clone(), value: value.to_string() },
        })
    }

    fn vote(&self, line: u64, value: &str) -> Result<Vote, Error> {
        let value = value.trim();
        value.parse::<i64>().ok().and_then(Vote::from_value).ok_or(Error {
            file: self.file,
            line,
            problem: Problem::BadVote(value.to_string()),
        })
    }
}

/// Reads an export. `votes` may be absent (the matrix then supplies final
/// votes); `participants_votes` may be absent when `votes` is present.
pub fn read(
    comments: &[u8],
    votes: Option<&[u8]>,
    participants_votes: Option<&[u8]>,
    summary: Option<&[u8]>,
) -> Result<Conversation, Error> {
    let mut conversation = Conversation::default();
    let sheet = Sheet::read("comments.csv", comments)?;
    let id = sheet.column("comment-id")?;
    let body = sheet.column("comment-body")?;
    let moderated = sheet.column("moderated")?;
    let author = sheet.find("author-id");
    let meta = sheet.find("is-meta");
    let timestamp = sheet.find("timestamp");
    for (line, r) in &sheet.records {
        let moderation = sheet.int(*line, r, moderated)?;
        if !(-1..=1).contains(&moderation) {
            return Err(Error {
                file: sheet.file,
                line: *line,
                problem: Problem::Malformed(format!("moderated is 1, 0 or -1, not {moderation}")),
            });
        }
        conversation.comments.push(Comment {
            id: sheet.int(*line, r, id)?,
            author: author.map(|a| sheet.int(*line, r, a)).transpose()?,
            moderated: moderation as i8,
            is_meta: meta.is_some_and(|m| r.get(m).is_some_and(|v| v.trim().eq_ignore_ascii_case("true"))),
            timestamp: timestamp.map(|t| sheet.int(*line, r, t)).transpose()?,
            body: r.get(body).unwrap_or("").to_string(),
        });
    }
    let known: BTreeSet<i64> = conversation.comments.iter().map(|c| c.id).collect();
    if known.len() != conversation.comments.len() {
        return Err(Error {
            file: sheet.file,
            line: 0,
            problem: Problem::Malformed("a comment-id appears twice".into()),
        });
    }

    if let Some(bytes) = votes {
        let sheet = Sheet::read("votes.csv", bytes)?;
        let (t, c, v, vote) =
            (sheet.column("timestamp")?, sheet.column("comment-id")?, sheet.column("voter-id")?, sheet.column("vote")?);
        for (line, r) in &sheet.records {
            conversation.votes.push(VoteRow {
                timestamp: sheet.int(*line, r, t)?,
                comment: sheet.int(*line, r, c)?,
                voter: sheet.int(*line, r, v)?,
                vote: sheet.vote(*line, r.get(vote).unwrap_or(""))?,
            });
        }
        // The latest vote counts; a stable sort keeps file order for ties.
        conversation.votes.sort_by_key(|v| v.timestamp);
        conversation.has_vote_log = true;
    }

    if let Some(bytes) = participants_votes {
        let sheet = Sheet::read("participants-votes.csv", bytes)?;
        let participant = sheet.column("participant")?;
        let group = sheet.column("group-id")?;
        let comment_columns: Vec<(usize, i64)> =
            sheet.headers.iter().enumerate().filter_map(|(i, h)| h.parse::<i64>().ok().map(|id| (i, id))).collect();
        for (line, r) in &sheet.records {
            let p = sheet.int(*line, r, participant)?;
            let g = r.get(group).unwrap_or("").trim();
            if !g.is_empty() {
                let g = sheet.int(*line, r, group)?;
                let g = usize::try_from(g).map_err(|_| Error {
                    file: sheet.file,
                    line: *line,
                    problem: Problem::NotAnInteger { column: "group-id".into(), value: g.to_string() },
                })?;
                conversation.groups.insert(p, g);
            }
            if !conversation.has_vote_log {
                for &(at, comment) in &comment_columns {
                    let cell = r.get(at).unwrap_or("").trim();
                    if !cell.is_empty() {
                        let vote = sheet.vote(*line, cell)?;
                        conversation.votes.push(VoteRow { timestamp: 0, comment, voter: p, vote });
                    }
                }
            }
        }
    } else if !conversation.has_vote_log {
        return Err(Error { file: "votes.csv", line: 0, problem: Problem::MissingFile });
    }

    if let Some(bytes) = summary {
        let mut reader = csv::ReaderBuilder::new().has_headers(false).flexible(true).from_reader(bytes);
        for record in reader.records().flatten() {
            match record.get(0) {
                Some("topic") => conversation.topic = record.get(1).unwrap_or("").to_string(),
                Some("conversation-description") => conversation.description = record.get(1).unwrap_or("").to_string(),
                _ => {}
            }
        }
    }
    Ok(conversation)
}

impl Conversation {
    /// Final votes on comments that exist in `comments.csv` (votes on
    /// unknown comments are ignored, as Pol.is' own matrix ignores them).
    pub fn table(&self) -> VoteTable {
        let known: BTreeSet<i64> = self.comments.iter().map(|c| c.id).collect();
        VoteTable::from_votes(
            self.votes.iter().filter(|v| known.contains(&v.comment)).map(|v| (v.voter, v.comment, v.vote)),
        )
    }

    /// Analysis options carrying the export's moderation and meta flags.
    pub fn options(&self) -> Options {
        Options {
            moderated_out: self.comments.iter().filter(|c| c.moderated < 0).map(|c| c.id).collect(),
            meta: self.comments.iter().filter(|c| c.is_meta).map(|c| c.id).collect(),
            ..Options::default()
        }
    }

    /// The export's files, as (name, bytes), with `groups` as the group ids.
    pub fn write(&self, groups: &BTreeMap<i64, usize>) -> Vec<(&'static str, Vec<u8>)> {
        let table = self.table();
        let mut files = Vec::new();

        let mut w = csv::Writer::from_writer(Vec::new());
        let mut tally: BTreeMap<i64, (u32, u32)> = BTreeMap::new();
        for p in 0..table.participants().len() {
            for &(c, v) in table.row(p) {
                let e = tally.entry(table.statements()[c as usize]).or_default();
                match v {
                    1 => e.0 += 1,
                    -1 => e.1 += 1,
                    _ => {}
                }
            }
        }
        let _ = w.write_record([
            "timestamp",
            "datetime",
            "comment-id",
            "author-id",
            "agrees",
            "disagrees",
            "moderated",
            "comment-body",
        ]);
        for c in &self.comments {
            let (a, d) = tally.get(&c.id).copied().unwrap_or_default();
            let ts = c.timestamp.unwrap_or(0);
            let _ = w.write_record([
                ts.to_string(),
                datetime(ts),
                c.id.to_string(),
                c.author.map(|a| a.to_string()).unwrap_or_default(),
                a.to_string(),
                d.to_string(),
                c.moderated.to_string(),
                c.body.clone(),
            ]);
        }
        files.push(("comments.csv", w.into_inner().unwrap_or_default()));

        if self.has_vote_log {
            let mut w = csv::Writer::from_writer(Vec::new());
            let _ = w.write_record(["timestamp", "datetime", "comment-id", "voter-id", "vote"]);
            for v in &self.votes {
                let _ = w.write_record([
                    v.timestamp.to_string(),
                    datetime(v.timestamp),
                    v.comment.to_string(),
                    v.voter.to_string(),
                    v.vote.value().to_string(),
                ]);
            }
            files.push(("votes.csv", w.into_inner().unwrap_or_default()));
        }

        let mut w = csv::Writer::from_writer(Vec::new());
        let ids: Vec<i64> = self.comments.iter().map(|c| c.id).collect::<BTreeSet<_>>().into_iter().collect();
        let mut header: Vec<String> =
            ["participant", "group-id", "n-comments", "n-votes", "n-agree", "n-disagree"].map(String::from).to_vec();
        header.extend(ids.iter().map(|i| i.to_string()));
        let _ = w.write_record(&header);
        let mut written: BTreeMap<i64, usize> = BTreeMap::new();
        for c in &self.comments {
            if let Some(a) = c.author {
                *written.entry(a).or_default() += 1;
            }
        }
        for (p, &id) in table.participants().iter().enumerate() {
            let row = table.row(p);
            let votes: BTreeMap<i64, i8> = row.iter().map(|&(c, v)| (table.statements()[c as usize], v)).collect();
            let mut record = vec![
                id.to_string(),
                groups.get(&id).map(|g| g.to_string()).unwrap_or_default(),
                written.get(&id).copied().unwrap_or(0).to_string(),
                row.len().to_string(),
                row.iter().filter(|c| c.1 == 1).count().to_string(),
                row.iter().filter(|c| c.1 == -1).count().to_string(),
            ];
            record.extend(ids.iter().map(|i| votes.get(i).map(|v| v.to_string()).unwrap_or_default()));
            let _ = w.write_record(&record);
        }
        files.push(("participants-votes.csv", w.into_inner().unwrap_or_default()));

        let mut w = csv::Writer::from_writer(Vec::new());
        let commenters = written.len();
        let group_count = groups.values().collect::<BTreeSet<_>>().len();
        for (k, v) in [
            ("topic", self.topic.clone()),
            ("voters", table.participants().len().to_string()),
            ("voters-in-conv", groups.len().to_string()),
            ("commenters", commenters.to_string()),
            ("comments", self.comments.len().to_string()),
            ("groups", group_count.to_string()),
            ("conversation-description", self.description.clone()),
        ] {
            let _ = w.write_record([k, v.as_str()]);
        }
        files.push(("summary.csv", w.into_inner().unwrap_or_default()));
        files
    }
}

/// "2024-09-20 14:29:43 UTC" for a timestamp in milliseconds.
fn datetime(ms: i64) -> String {
    let secs = ms.div_euclid(1000);
    let (days, rem) = (secs.div_euclid(86_400), secs.rem_euclid(86_400));
    // Civil date from days since 1970-01-01 (Howard Hinnant's algorithm).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02} {:02}:{:02}:{:02} UTC", rem / 3600, rem % 3600 / 60, rem % 60)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn datetimes_are_civil_utc() {
        assert_eq!(datetime(0), "1970-01-01 00:00:00 UTC");
        assert_eq!(datetime(1_726_860_583_813), "2024-09-20 19:29:43 UTC");
    }

    #[test]
    fn a_bad_vote_names_the_file_and_line() {
        let comments = b"comment-id,moderated,comment-body\n0,1,hello\n";
        let votes = b"timestamp,comment-id,voter-id,vote\n1,0,0,1\n2,0,1,yes\n";
        let e = read(comments, Some(votes), None, None).unwrap_err();
        assert_eq!((e.file, e.line), ("votes.csv", 3));
        assert_eq!(e.problem, Problem::BadVote("yes".into()));
    }
}
