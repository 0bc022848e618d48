//! Backups any Tandem can restore, into either database.
//!
//! A backup is gzip-compressed JSON lines: a header (format, schema version,
//! source backend), then each table as a line naming its columns followed by
//! one JSON array per row, then an end line with the row count of every
//! table and the SHA-256 of every line before it. Values are only integers,
//! text and null (the portable types the schema keeps to), so a SQLite backup
//! restores into PostgreSQL and back.
//!
//! Taking one reads every table inside one snapshot (a read transaction on
//! SQLite's write-ahead log, REPEATABLE READ on PostgreSQL), so it is
//! consistent while servers keep writing. Restoring checks the whole file
//! first, then fills an empty database in one transaction: a damaged file
//! changes nothing.

use std::{
    collections::{BTreeMap, HashMap},
    io::{BufRead, BufReader, Read, Write},
};

use futures_util::TryStreamExt;
use serde_json::{Value, json};
use sha2::{Digest, Sha256};
use sqlx::Row;

use crate::{Backend, Conn, Db, StoreError, migrate};

/// The first field of every backup's header.
pub const FORMAT: &str = "tandem-backup";
/// This layout of the file; a later one may add fields, never change these.
pub const LAYOUT: i64 = 1;

/// Rows per INSERT when restoring, and values per INSERT (under SQLite's
/// and PostgreSQL's limits on bound parameters).
const BATCH_ROWS: usize = 500;
const BATCH_VALUES: usize = 10_000;

#[derive(Debug, thiserror::Error)]
pub enum BackupError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("{0}")]
    Io(#[from] std::io::Error),
    /// Not gzip, or no Tandem header.
    #[error("not a Tandem backup")]
    NotABackup,
    /// A line that cannot be read, or that does not fit the table it is in.
    #[error("damaged at line {0}")]
    Damaged(u64),
    /// The file stops before its end line: the backup was cut short.
    #[error("the backup ends early")]
    Truncated,
    /// Every line reads, but not as they were written.
    #[error("the backup's checksum does not match")]
    Checksum,
    /// Made by a newer Tandem, with a schema this binary does not know.
    #[error("schema {backup} is newer than {known}")]
    Newer { backup: i64, known: i64 },
    /// The target was upgraded past an older backup's schema.
    #[error("the target's schema {target} is newer than the backup's {backup}")]
    TargetAhead { target: i64, backup: i64 },
    /// The target already holds communities or people.
    #[error("the target database is not empty")]
    NotEmpty,
    #[error("unknown table {0}")]
    UnknownTable(String),
    #[error("unknown column {table}.{column}")]
    UnknownColumn { table: String, column: String },
}

impl From<sqlx::Error> for BackupError {
    fn from(e: sqlx::Error) -> Self {
        BackupError::Store(StoreError::Database(e))
    }
}

type Result<T> = std::result::Result<T, BackupError>;

/// What a backup holds, or what a restore put back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Summary {
    /// The schema version the rows belong to.
    pub schema: i64,
    /// Rows per table, by table name.
    pub rows: BTreeMap<String, i64>,
}

impl Summary {
    pub fn total_rows(&self) -> i64 {
        self.rows.values().sum()
    }
}

#[derive(Debug, Clone)]
struct Column {
    name: String,
    /// Integer (else text): the only two kinds the schema uses.
    integer: bool,
}

#[derive(Debug, Clone)]
struct Table {
    name: String,
    columns: Vec<Column>,
    /// Columns referring to the same table (a merged account, a reply): filled
    /// after the table's rows, as a row may name one that comes later.
    self_refs: Vec<String>,
}

/// The application's tables in an order where each comes after the tables
/// it refers to. Leaves out the migration record (the header carries the
/// version) and SQLite's internal and full-text tables (rebuilt by triggers
/// as rows go in).
async fn catalog(c: &mut Conn, backend: Backend) -> Result<Vec<Table>> {
    let (names_sql, columns_sql, refs_sql) = match backend {
        Backend::Sqlite => (
            "SELECT name, COALESCE(sql, '') AS sql FROM sqlite_master WHERE type = 'table' ORDER BY name",
            "SELECT name, type FROM pragma_table_info($1) ORDER BY cid",
            "SELECT \"table\" AS parent, \"from\" AS col FROM pragma_foreign_key_list($1)",
        ),
        Backend::Postgres => (
            "SELECT c.relname::text AS name, '' AS sql FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
             WHERE n.nspname = current_schema() AND c.relkind = 'r' ORDER BY 1",
            "SELECT a.attname::text AS name, format_type(a.atttypid, a.atttypmod) AS type FROM pg_attribute a
             WHERE a.attrelid = CAST($1 AS regclass) AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
             ORDER BY a.attnum",
            "SELECT p.relname::text AS parent, a.attname::text AS col FROM pg_constraint k
             JOIN pg_class p ON p.oid = k.confrelid
             JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = k.conkey[1]
             WHERE k.contype = 'f' AND k.conrelid = CAST($1 AS regclass)",
        ),
    };
    let mut listed = Vec::new();
    for row in sqlx::query(names_sql).fetch_all(&mut *c).await? {
        let (name, sql): (String, String) = (row.try_get("name")?, row.try_get("sql")?);
        listed.push((name, sql.starts_with("CREATE VIRTUAL TABLE")));
    }
    let virtual_tables: Vec<&str> = listed.iter().filter(|(_, v)| *v).map(|(n, _)| n.as_str()).collect();
    let mut tables = Vec::new();
    let mut parents: HashMap<String, Vec<String>> = HashMap::new();
    for (name, is_virtual) in &listed {
        // An FTS5 table's shadow tables (ideas_fts_data, …) belong to it.
        let shadow = virtual_tables.iter().any(|v| name.starts_with(&format!("{v}_")));
        if *is_virtual || shadow || name == "schema_migrations" || name.starts_with("sqlite_") {
            continue;
        }
        let name = name.clone();
        let mut columns = Vec::new();
        for col in sqlx::query(columns_sql).bind(name.as_str()).fetch_all(&mut *c).await? {
            let column: String = col.try_get("name")?;
            let kind: String = col.try_get::<String, _>("type")?.to_ascii_lowercase();
            let integer = if kind.contains("int") {
                true
            } else if kind.is_empty() || kind.contains("text") || kind.contains("char") {
                false
            } else {
                // A new kind of column needs a decision here, not a silent guess.
                return Err(StoreError::Corrupt("a column type backups do not carry").into());
            };
            columns.push(Column { name: column, integer });
        }
        let mut self_refs = Vec::new();
        let mut needs = Vec::new();
        for fk in sqlx::query(refs_sql).bind(name.as_str()).fetch_all(&mut *c).await? {
            let parent: String = fk.try_get("parent")?;
            if parent == name {
                self_refs.push(fk.try_get("col")?);
            } else {
                needs.push(parent);
            }
        }
        parents.insert(name.clone(), needs);
        tables.push(Table { name, columns, self_refs });
    }
    // Kahn's algorithm; ties by name, so the order never varies.
    let mut ordered = Vec::with_capacity(tables.len());
    let mut placed: std::collections::HashSet<String> = std::collections::HashSet::new();
    while ordered.len() < tables.len() {
        let next = tables.iter().position(|t| {
            !placed.contains(&t.name)
                && parents
                    .get(&t.name)
                    .is_none_or(|ps| ps.iter().all(|p| placed.contains(p) || !parents.contains_key(p)))
        });
        match next {
            Some(i) => {
                placed.insert(tables[i].name.clone());
                ordered.push(tables[i].clone());
            }
            None => return Err(StoreError::Corrupt("tables that refer to each other in a cycle").into()),
        }
    }
    Ok(ordered)
}

fn quoted(name: &str) -> String {
    format!("\"{}\"", name.replace('"', "\"\""))
}

/// A writer that hashes everything that passes through it.
struct Hashing<W: Write> {
    inner: W,
    sha: Sha256,
}

impl<W: Write> Write for Hashing<W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let n = self.inner.write(buf)?;
        self.sha.update(&buf[..n]);
        Ok(n)
    }
    fn flush(&mut self) -> std::io::Result<()> {
        self.inner.flush()
    }
}

fn line(out: &mut impl Write, value: &Value) -> Result<()> {
    serde_json::to_writer(&mut *out, value).map_err(std::io::Error::other)?;
    out.write_all(b"\n")?;
    Ok(())
}

/// Writes a consistent backup of the whole database to `out`, while other
/// connections keep reading and writing. `progress` hears of each table as
/// it is done (its name and rows).
pub async fn dump(db: &Db, out: impl Write, mut progress: impl FnMut(&str, i64)) -> Result<Summary> {
    let begin = match db.backend() {
        // A deferred read transaction: its snapshot starts at the first read
        // and holds for every later one, while writers append to the WAL.
        Backend::Sqlite => "BEGIN",
        Backend::Postgres => "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY",
    };
    let mut tx = db.pool().begin_with(begin).await?;
    let schema = migrate::current(&mut tx, db.backend()).await?;
    let tables = catalog(&mut tx, db.backend()).await?;
    let gz = flate2::write::GzEncoder::new(out, flate2::Compression::default());
    let mut w = Hashing { inner: std::io::BufWriter::new(gz), sha: Sha256::new() };
    let source = match db.backend() {
        Backend::Sqlite => "sqlite",
        Backend::Postgres => "postgres",
    };
    line(&mut w, &json!({"format": FORMAT, "layout": LAYOUT, "schema": schema, "source": source}))?;
    let mut counts = BTreeMap::new();
    for table in &tables {
        let names: Vec<&str> = table.columns.iter().map(|c| c.name.as_str()).collect();
        line(&mut w, &json!({"table": table.name, "columns": names}))?;
        let select: Vec<String> = table
            .columns
            .iter()
            .map(|c| match (db.backend(), c.integer) {
                // PostgreSQL's narrower integers read as 64-bit ones.
                (Backend::Postgres, true) => format!("CAST({} AS BIGINT)", quoted(&c.name)),
                _ => quoted(&c.name),
            })
            .collect();
        let order: Vec<String> = (1..=table.columns.len()).map(|i| i.to_string()).collect();
        let sql = format!("SELECT {} FROM {} ORDER BY {}", select.join(", "), quoted(&table.name), order.join(", "));
        let mut rows = sqlx::query(sqlx::AssertSqlSafe(sql)).fetch(&mut *tx);
        let mut n = 0i64;
        while let Some(row) = rows.try_next().await? {
            let mut values = Vec::with_capacity(table.columns.len());
            for (i, c) in table.columns.iter().enumerate() {
                values.push(if c.integer {
                    row.try_get::<Option<i64>, _>(i)?.map(Value::from).unwrap_or(Value::Null)
                } else {
                    row.try_get::<Option<String>, _>(i)?.map(Value::from).unwrap_or(Value::Null)
                });
            }
            line(&mut w, &Value::Array(values))?;
            n += 1;
        }
        drop(rows);
        progress(&table.name, n);
        counts.insert(table.name.clone(), n);
    }
    let digest = hex::encode(w.sha.clone().finalize());
    line(&mut w.inner, &json!({"end": true, "rows": counts, "sha256": digest}))?;
    let gz = w.inner.into_inner().map_err(|e| e.into_error())?;
    gz.finish()?.flush()?;
    tx.rollback().await?;
    Ok(Summary { schema, rows: counts })
}

/// One line of a backup as read back.
enum Line {
    Table { name: String, columns: Vec<String> },
    Row(Vec<Value>),
    End { rows: BTreeMap<String, i64>, sha256: String },
}

fn parse(text: &str, number: u64) -> Result<Line> {
    let value: Value = serde_json::from_str(text).map_err(|_| BackupError::Damaged(number))?;
    let damaged = || BackupError::Damaged(number);
    match value {
        Value::Array(values) => Ok(Line::Row(values)),
        Value::Object(map) if map.contains_key("table") => {
            let name = map.get("table").and_then(Value::as_str).ok_or_else(damaged)?.to_owned();
            let columns = map
                .get("columns")
                .and_then(Value::as_array)
                .ok_or_else(damaged)?
                .iter()
                .map(|c| c.as_str().map(str::to_owned).ok_or_else(damaged))
                .collect::<Result<Vec<_>>>()?;
            Ok(Line::Table { name, columns })
        }
        Value::Object(map) if map.contains_key("end") => {
            let rows = map
                .get("rows")
                .and_then(Value::as_object)
                .ok_or_else(damaged)?
                .iter()
                .map(|(k, v)| v.as_i64().map(|n| (k.clone(), n)).ok_or_else(damaged))
                .collect::<Result<BTreeMap<_, _>>>()?;
            let sha256 = map.get("sha256").and_then(Value::as_str).ok_or_else(damaged)?.to_owned();
            Ok(Line::End { rows, sha256 })
        }
        _ => Err(damaged()),
    }
}

/// Reads a backup's lines in order, with their numbers, hashing all but the end line.
struct Lines<R: Read> {
    reader: BufReader<flate2::read::GzDecoder<R>>,
    number: u64,
    buf: String,
}

impl<R: Read> Lines<R> {
    fn new(raw: R) -> Self {
        Lines { reader: BufReader::new(flate2::read::GzDecoder::new(raw)), number: 0, buf: String::new() }
    }

    /// The next line's text, or None at the end of the file.
    fn next_line(&mut self) -> Result<Option<&str>> {
        self.buf.clear();
        let n = self.reader.read_line(&mut self.buf).map_err(|e| match e.kind() {
            // Not gzip at all (or empty), or bytes that are not UTF-8.
            std::io::ErrorKind::InvalidInput | std::io::ErrorKind::InvalidData | std::io::ErrorKind::UnexpectedEof
                if self.number == 0 =>
            {
                BackupError::NotABackup
            }
            std::io::ErrorKind::InvalidData => BackupError::Damaged(self.number + 1),
            std::io::ErrorKind::UnexpectedEof => BackupError::Truncated,
            _ => BackupError::Io(e),
        })?;
        if n == 0 {
            return Ok(None);
        }
        self.number += 1;
        Ok(Some(&self.buf))
    }
}

/// Reads the header line: the schema the rows belong to.
fn header<R: Read>(lines: &mut Lines<R>, sha: &mut Sha256) -> Result<i64> {
    let text = lines.next_line()?.ok_or(BackupError::NotABackup)?.to_owned();
    sha.update(text.as_bytes());
    let value: Value = serde_json::from_str(&text).map_err(|_| BackupError::NotABackup)?;
    if value.get("format").and_then(Value::as_str) != Some(FORMAT) {
        return Err(BackupError::NotABackup);
    }
    if value.get("layout").and_then(Value::as_i64) != Some(LAYOUT) {
        return Err(BackupError::Damaged(1));
    }
    value.get("schema").and_then(Value::as_i64).ok_or(BackupError::Damaged(1))
}

/// Reads a whole backup without touching any database: every line parses,
/// each table's rows have its number of columns, the counts and the
/// checksum match, and nothing follows the end.
pub fn check(raw: impl Read) -> Result<Summary> {
    let mut lines = Lines::new(raw);
    let mut sha = Sha256::new();
    let schema = header(&mut lines, &mut sha)?;
    let mut counts: BTreeMap<String, i64> = BTreeMap::new();
    let mut current: Option<(String, usize)> = None;
    loop {
        let number = lines.number + 1;
        let Some(text) = lines.next_line()? else { return Err(BackupError::Truncated) };
        match parse(text, number)? {
            Line::Table { name, columns } => {
                if counts.contains_key(&name) {
                    return Err(BackupError::Damaged(number));
                }
                counts.insert(name.clone(), 0);
                current = Some((name, columns.len()));
            }
            Line::Row(values) => match &current {
                Some((name, width)) if values.len() == *width => {
                    *counts.entry(name.clone()).or_default() += 1;
                }
                _ => return Err(BackupError::Damaged(number)),
            },
            Line::End { rows, sha256 } => {
                if rows != counts {
                    return Err(BackupError::Damaged(number));
                }
                if hex::encode(sha.finalize()) != sha256 {
                    return Err(BackupError::Checksum);
                }
                if lines.next_line()?.is_some() {
                    return Err(BackupError::Damaged(number + 1));
                }
                return Ok(Summary { schema, rows });
            }
        }
        sha.update(lines.buf.as_bytes());
    }
}

/// Restores a backup into an empty database of either kind, migrated to
/// the backup's schema first and to this binary's newest after. `open`
/// gives the file from its start each time: it is read once to check it
/// whole before anything is written, and once to load it.
pub async fn restore<R: Read>(
    db: &Db,
    mut open: impl FnMut() -> std::io::Result<R>,
    mut progress: impl FnMut(&str, i64),
) -> Result<Summary> {
    let summary = check(open()?)?;
    let known = migrate::latest(db.backend());
    if summary.schema > known {
        return Err(BackupError::Newer { backup: summary.schema, known });
    }
    let target = migrate::current(&mut *db.acquire().await?, db.backend()).await?;
    if target > summary.schema {
        return Err(BackupError::TargetAhead { target, backup: summary.schema });
    }
    db.migrate_until(summary.schema).await?;

    let mut tx = db.begin().await?;
    let held: i64 = sqlx::query("SELECT (SELECT COUNT(*) FROM users) + (SELECT COUNT(*) FROM communities) AS n")
        .fetch_one(&mut *tx)
        .await?
        .try_get("n")?;
    if held > 0 {
        return Err(BackupError::NotEmpty);
    }
    let tables = catalog(&mut tx, db.backend()).await?;
    // Rows the migrations put in (the audit chain's head) give way to the backup's.
    for table in tables.iter().rev() {
        sqlx::query(sqlx::AssertSqlSafe(format!("DELETE FROM {}", quoted(&table.name)))).execute(&mut *tx).await?;
    }
    let by_name: HashMap<&str, &Table> = tables.iter().map(|t| (t.name.as_str(), t)).collect();

    let mut lines = Lines::new(open()?);
    header(&mut lines, &mut Sha256::new())?;
    let mut loading: Option<Loading> = None;
    loop {
        let number = lines.number + 1;
        let Some(text) = lines.next_line()? else { return Err(BackupError::Truncated) };
        match parse(text, number)? {
            Line::Table { name, columns } => {
                if let Some(done) = loading.take() {
                    done.finish(&mut tx, &mut progress).await?;
                }
                let table = by_name.get(name.as_str()).ok_or_else(|| BackupError::UnknownTable(name.clone()))?;
                loading = Some(Loading::new(table, columns)?);
            }
            Line::Row(values) => {
                let Some(l) = loading.as_mut() else { return Err(BackupError::Damaged(number)) };
                l.push(values, number)?;
                if l.full() {
                    l.flush(&mut tx).await?;
                }
            }
            Line::End { .. } => break,
        }
    }
    if let Some(done) = loading.take() {
        done.finish(&mut tx, &mut progress).await?;
    }
    // Triggers kept counting while the rows went in, on top of the counts the
    // backup carries: count once more from the rows themselves.
    let counted = by_name.get("ideas").is_some_and(|t| t.columns.iter().any(|c| c.name == "endorsements_count"));
    if counted {
        crate::ideas::recount(&mut tx).await?;
    }
    if db.backend() == Backend::Postgres {
        reset_identities(&mut tx).await?;
    }
    tx.commit().await?;
    db.migrate().await?;
    Ok(summary)
}

/// One value bound in its column's type (a null too: PostgreSQL needs to know which).
fn bind<'q>(
    q: sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments>,
    value: &Value,
    integer: bool,
) -> sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments> {
    match (value, integer) {
        (Value::Number(n), true) => q.bind(n.as_i64()),
        (Value::String(s), false) => q.bind(Some(s.clone())),
        (_, true) => q.bind(None::<i64>),
        (_, false) => q.bind(None::<String>),
    }
}

/// The rows of one table on their way in.
struct Loading {
    table: Table,
    /// The backup's columns, in its order, and whether each is an integer.
    columns: Vec<(String, bool)>,
    /// Positions (in the backup's columns) of the same-table references, and of `id`.
    self_refs: Vec<usize>,
    id: Option<usize>,
    batch: Vec<Vec<Value>>,
    /// (id, column, value) of same-table references, set once every row is in.
    later: Vec<(i64, usize, i64)>,
    rows: i64,
}

impl Loading {
    fn new(table: &Table, columns: Vec<String>) -> Result<Loading> {
        let typed = columns
            .iter()
            .map(|c| {
                table
                    .columns
                    .iter()
                    .find(|t| &t.name == c)
                    .map(|t| (c.clone(), t.integer))
                    .ok_or_else(|| BackupError::UnknownColumn { table: table.name.clone(), column: c.clone() })
            })
            .collect::<Result<Vec<_>>>()?;
        let self_refs =
            columns.iter().enumerate().filter(|(_, c)| table.self_refs.contains(c)).map(|(i, _)| i).collect();
        let id = columns.iter().position(|c| c == "id");
        Ok(Loading {
            table: table.clone(),
            columns: typed,
            self_refs,
            id,
            batch: Vec::new(),
            later: Vec::new(),
            rows: 0,
        })
    }

    fn push(&mut self, mut values: Vec<Value>, number: u64) -> Result<()> {
        if values.len() != self.columns.len() {
            return Err(BackupError::Damaged(number));
        }
        for (v, (_, integer)) in values.iter().zip(&self.columns) {
            let fits = match v {
                Value::Null => true,
                Value::Number(n) => *integer && n.as_i64().is_some(),
                Value::String(_) => !*integer,
                _ => false,
            };
            if !fits {
                return Err(BackupError::Damaged(number));
            }
        }
        for &i in &self.self_refs {
            if let Some(target) = values[i].as_i64() {
                let id = self.id.and_then(|p| values[p].as_i64()).ok_or(BackupError::Damaged(number))?;
                self.later.push((id, i, target));
                values[i] = Value::Null;
            }
        }
        self.batch.push(values);
        Ok(())
    }

    fn full(&self) -> bool {
        self.batch.len() >= BATCH_ROWS || (self.batch.len() + 1) * self.columns.len() > BATCH_VALUES
    }

    async fn flush(&mut self, c: &mut Conn) -> Result<()> {
        if self.batch.is_empty() {
            return Ok(());
        }
        let names: Vec<String> = self.columns.iter().map(|(n, _)| quoted(n)).collect();
        let width = self.columns.len();
        let groups: Vec<String> = (0..self.batch.len())
            .map(|r| {
                let slots: Vec<String> = (1..=width).map(|i| format!("${}", r * width + i)).collect();
                format!("({})", slots.join(", "))
            })
            .collect();
        let sql =
            format!("INSERT INTO {} ({}) VALUES {}", quoted(&self.table.name), names.join(", "), groups.join(", "));
        let mut q = sqlx::query(sqlx::AssertSqlSafe(sql));
        for row in &self.batch {
            for (v, (_, integer)) in row.iter().zip(&self.columns) {
                q = bind(q, v, *integer);
            }
        }
        q.execute(&mut *c).await?;
        self.rows += self.batch.len() as i64;
        self.batch.clear();
        Ok(())
    }

    async fn finish(mut self, c: &mut Conn, progress: &mut impl FnMut(&str, i64)) -> Result<()> {
        self.flush(c).await?;
        for (id, column, target) in &self.later {
            let sql = format!(
                "UPDATE {} SET {} = $1 WHERE \"id\" = $2",
                quoted(&self.table.name),
                quoted(&self.columns[*column].0)
            );
            sqlx::query(sqlx::AssertSqlSafe(sql)).bind(*target).bind(*id).execute(&mut *c).await?;
        }
        progress(&self.table.name, self.rows);
        Ok(())
    }
}

/// PostgreSQL-only: identity columns count on from the largest id restored,
/// or the next insert would collide with a restored row. (SQLite's
/// AUTOINCREMENT follows explicit ids by itself.)
async fn reset_identities(c: &mut Conn) -> Result<()> {
    let rows = sqlx::query(
        "SELECT table_name::text AS t, column_name::text AS c FROM information_schema.columns
         WHERE table_schema = current_schema() AND is_identity = 'YES'",
    )
    .fetch_all(&mut *c)
    .await?;
    for row in rows {
        let (table, column): (String, String) = (row.try_get("t")?, row.try_get("c")?);
        let sql = format!(
            "SELECT setval(pg_get_serial_sequence($1, $2), COALESCE((SELECT MAX({col}) FROM {tab}), 0) + 1, false)",
            col = quoted(&column),
            tab = quoted(&table)
        );
        sqlx::query(sqlx::AssertSqlSafe(sql)).bind(quoted(&table)).bind(column.as_str()).execute(&mut *c).await?;
    }
    Ok(())
}
