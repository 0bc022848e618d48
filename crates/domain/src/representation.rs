//! Who the community is, as aggregate counts per group (the baseline), and
//! what members say about themselves (their profile), so that those who
//! take part can be compared with those who could. The measures themselves
//! are `tandem_decide::representation`.

use std::collections::{BTreeMap, HashMap};

use crate::{FieldError, Invalid, engagement::CsvProblem, text, time::Date};
use tandem_decide::representation::{DimensionInput, Input, Settings, UNKNOWN};

string_enum! {
    /// What a baseline and a profile describe. The first two come from
    /// membership (a member's stakeholder group and school); the rest are
    /// self-declared; the last three are sensitive and off unless the
    /// community switches them on.
    pub enum DimensionKey {
        StakeholderGroup = "stakeholder_group",
        School = "school",
        YearGroup = "year_group",
        HomeLanguage = "home_language",
        Neighbourhood = "neighbourhood",
        Send = "send",
        FreeMeals = "free_meals",
        Ethnicity = "ethnicity",
    }
}

impl DimensionKey {
    /// Special needs, income and ethnicity: asked only where the community
    /// switches them on, and an absent group is an alert of its own.
    pub fn sensitive(self) -> bool {
        matches!(self, DimensionKey::Send | DimensionKey::FreeMeals | DimensionKey::Ethnicity)
    }

    /// Known from membership rather than declared by the member.
    pub fn from_membership(self) -> bool {
        matches!(self, DimensionKey::StakeholderGroup | DimensionKey::School)
    }

    /// The dimensions a member may declare for themselves.
    pub fn declared() -> impl Iterator<Item = DimensionKey> {
        DimensionKey::ALL.iter().copied().filter(|d| !d.from_membership())
    }
}

/// What a community chose: whether the sensitive dimensions are asked and
/// measured, whether staff may fill in pupils' profiles, and the alerts'
/// thresholds.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct CommunitySettings {
    pub sensitive: bool,
    pub staff_fill_pupils: bool,
    pub alerts: Settings,
}

impl CommunitySettings {
    /// Reads the stored JSON; anything unreadable is the defaults.
    pub fn stored(json: Option<&str>) -> CommunitySettings {
        json.and_then(|j| serde_json::from_str(j).ok()).unwrap_or_default()
    }

    /// Parses the settings form: thresholds as whole percentages.
    pub fn parse(
        sensitive: bool,
        staff_fill_pupils: bool,
        impact_floor_percent: &str,
        min_baseline: &str,
        capture_contributions_percent: &str,
        capture_participants_percent: &str,
        top10_percent: &str,
    ) -> Result<CommunitySettings, Invalid> {
        let mut errors = Vec::new();
        let mut percent = |field: &'static str, input: &str| {
            text::integer_in(field, input, 1..=100).map(|n| n as f64 / 100.0).map_err(|e| errors.push(e)).unwrap_or(0.0)
        };
        let impact_ratio_floor = percent("impact_floor", impact_floor_percent);
        let capture_contribution_share = percent("capture_contributions", capture_contributions_percent);
        let capture_participant_share = percent("capture_participants", capture_participants_percent);
        let top10_limit = percent("top10_limit", top10_percent);
        let min_baseline =
            text::integer_in("min_baseline", min_baseline, 1..=100_000).map_err(|e| errors.push(e)).unwrap_or(0);
        if !errors.is_empty() {
            return Err(Invalid(errors));
        }
        Ok(CommunitySettings {
            sensitive,
            staff_fill_pupils,
            alerts: Settings {
                impact_ratio_floor,
                min_baseline,
                capture_contribution_share,
                capture_participant_share,
                top10_limit,
            },
        })
    }
}

/// The period a reader who is not staff may ask for: the whole calendar
/// month of the first day given (or of the last, if only that), never a
/// range of their own. With free ranges, two overlapping ones would differ
/// by a few days whose small counts the difference gives away; calendar
/// months never overlap. Staff choose any range.
pub fn public_period(from: Option<Date>, to: Option<Date>) -> (Option<Date>, Option<Date>) {
    let Some(day) = from.or(to) else {
        return (None, None);
    };
    let first = day.replace_day(1).unwrap_or(day);
    let last = first.replace_day(day.month().length(day.year())).unwrap_or(day);
    (Some(first), Some(last))
}

/// What a member answers when they would rather not say: stored, so the
/// question is not asked again, and counted as unknown.
pub const PREFER_NOT_TO_SAY: &str = "-";

/// The longest group name a baseline may use.
pub const MAX_GROUP_LEN: usize = 80;
/// The most groups one dimension may have (ethnicity census lists run to ~20).
pub const MAX_GROUPS: usize = 60;
/// The largest count a baseline may hold for one group (a large district).
pub const MAX_COUNT: i64 = 10_000_000;

/// One row of a baseline: how many in the community belong to a group.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BaselineRow {
    pub dimension: String,
    pub group: String,
    pub count: i64,
}

fn group_name(field: &'static str, input: &str) -> Result<String, FieldError> {
    let name = input.trim();
    if name.is_empty() {
        return Err(FieldError::new(field, "error-required"));
    }
    if name.chars().count() > MAX_GROUP_LEN {
        return Err(FieldError::new(field, "error-too-long").with_arg("max", MAX_GROUP_LEN));
    }
    if name == PREFER_NOT_TO_SAY || name.chars().any(char::is_control) {
        return Err(FieldError::new(field, "error-baseline-group-name"));
    }
    Ok(name.to_owned())
}

fn count(field: &'static str, input: &str) -> Result<i64, FieldError> {
    text::integer_in(field, input, 0..=MAX_COUNT)
}

impl BaselineRow {
    /// `dimension` is checked by the caller (a community knows its
    /// dimensions, the command line takes any name).
    pub fn parse(dimension: &str, group: &str, count_text: &str) -> Result<BaselineRow, Invalid> {
        let mut errors = Vec::new();
        let dimension = dimension.trim();
        if dimension.is_empty() {
            errors.push(FieldError::new("dimension", "error-required"));
        }
        let group = group_name("group", group).map_err(|e| errors.push(e)).ok();
        let count = count("count", count_text).map_err(|e| errors.push(e)).ok();
        match (group, count) {
            (Some(group), Some(count)) if errors.is_empty() => {
                Ok(BaselineRow { dimension: dimension.to_owned(), group, count })
            }
            _ => Err(Invalid(errors)),
        }
    }
}

fn problem(line: u64, field: &'static str, message: &'static str) -> CsvProblem {
    CsvProblem { line, errors: Invalid::one(FieldError::new(field, message)) }
}

fn reader(data: &[u8]) -> csv::Reader<&[u8]> {
    csv::ReaderBuilder::new().has_headers(true).flexible(false).trim(csv::Trim::All).from_reader(data)
}

fn header_names(reader: &mut csv::Reader<&[u8]>) -> Result<Vec<String>, CsvProblem> {
    let headers = reader.headers().map_err(|_| problem(1, "header", "error-csv-unreadable"))?;
    Ok(headers.iter().map(|h| h.trim_start_matches('\u{feff}').trim().to_ascii_lowercase()).collect())
}

pub const BASELINE_HEADER: [&str; 3] = ["dimension", "group", "count"];

/// Reads a baseline CSV (`dimension,group,count`, a header line). Every row
/// is checked, `dimension_ok` says whether a dimension name is accepted;
/// either all rows are good or the first bad line is reported. A group
/// named twice in a dimension is an error on its second line.
pub fn parse_baseline_csv(
    data: &[u8],
    dimension_ok: impl Fn(&str) -> bool,
    mut progress: impl FnMut(usize),
) -> Result<Vec<BaselineRow>, CsvProblem> {
    let mut reader = reader(data);
    if header_names(&mut reader)? != BASELINE_HEADER {
        return Err(problem(1, "header", "error-baseline-header"));
    }
    let mut rows: Vec<BaselineRow> = Vec::new();
    let mut seen: HashMap<(String, String), ()> = HashMap::new();
    let mut per_dimension: HashMap<String, usize> = HashMap::new();
    for (index, record) in reader.records().enumerate() {
        let line = index as u64 + 2;
        let record = record.map_err(|_| problem(line, "row", "error-baseline-row"))?;
        let field = |i: usize| record.get(i).unwrap_or_default();
        let mut row = BaselineRow::parse(field(0), field(1), field(2)).map_err(|errors| CsvProblem { line, errors })?;
        row.dimension = row.dimension.to_ascii_lowercase();
        if !dimension_ok(&row.dimension) {
            return Err(CsvProblem {
                line,
                errors: Invalid::one(
                    FieldError::new("dimension", "error-baseline-dimension").with_arg("value", &row.dimension),
                ),
            });
        }
        if seen.insert((row.dimension.clone(), row.group.clone()), ()).is_some() {
            return Err(CsvProblem {
                line,
                errors: Invalid::one(
                    FieldError::new("group", "error-baseline-duplicate").with_arg("value", &row.group),
                ),
            });
        }
        let n = per_dimension.entry(row.dimension.clone()).or_default();
        *n += 1;
        if *n > MAX_GROUPS {
            return Err(CsvProblem {
                line,
                errors: Invalid::one(FieldError::new("group", "error-baseline-too-many").with_arg("max", MAX_GROUPS)),
            });
        }
        rows.push(row);
        progress(rows.len());
    }
    if rows.is_empty() {
        return Err(problem(2, "row", "error-csv-empty"));
    }
    Ok(rows)
}

/// Whether a community accepts a dimension in its baseline: a known key,
/// and a sensitive one only where it is switched on.
pub fn community_accepts(dimension: &str, sensitive_on: bool) -> bool {
    DimensionKey::parse(dimension).is_some_and(|d| !d.sensitive() || sensitive_on)
}

/// A participants CSV read against a baseline: the measures' input, with
/// the dimensions in the baseline's order.
pub fn parse_participants_csv(data: &[u8], baseline: &[BaselineRow]) -> Result<Input, CsvProblem> {
    let mut dimensions: Vec<DimensionInput> = Vec::new();
    for row in baseline {
        let at = match dimensions.iter().position(|d| d.name == row.dimension) {
            Some(at) => at,
            None => {
                let sensitive = DimensionKey::parse(&row.dimension).is_some_and(DimensionKey::sensitive);
                dimensions.push(DimensionInput {
                    name: row.dimension.clone(),
                    sensitive,
                    groups: Vec::new(),
                    values: Vec::new(),
                });
                dimensions.len() - 1
            }
        };
        dimensions[at].groups.push((row.group.clone(), row.count));
    }
    let mut reader = reader(data);
    let names = header_names(&mut reader)?;
    let column = |name: &str| names.iter().position(|n| n == name);
    let (Some(id_column), Some(contributions_column)) = (column("participant"), column("contributions")) else {
        return Err(problem(1, "header", "error-participants-header"));
    };
    let mut columns = Vec::with_capacity(dimensions.len());
    for d in &dimensions {
        match column(&d.name) {
            Some(c) => columns.push(c),
            None => {
                return Err(CsvProblem {
                    line: 1,
                    errors: Invalid::one(
                        FieldError::new("header", "error-participants-missing").with_arg("value", &d.name),
                    ),
                });
            }
        }
    }
    if let Some(extra) =
        names.iter().enumerate().find(|(i, _)| *i != id_column && *i != contributions_column && !columns.contains(i))
    {
        return Err(CsvProblem {
            line: 1,
            errors: Invalid::one(FieldError::new("header", "error-participants-extra").with_arg("value", extra.1)),
        });
    }
    let lookups: Vec<BTreeMap<&str, u32>> = dimensions
        .iter()
        .map(|d| d.groups.iter().enumerate().map(|(i, (g, _))| (g.as_str(), i as u32)).collect())
        .collect();
    let mut values: Vec<Vec<u32>> = vec![Vec::new(); dimensions.len()];
    let mut contributions = Vec::new();
    let mut ids: HashMap<String, ()> = HashMap::new();
    for (index, record) in reader.records().enumerate() {
        let line = index as u64 + 2;
        let record = record.map_err(|_| problem(line, "row", "error-participants-row"))?;
        let field = |i: usize| record.get(i).unwrap_or_default().trim();
        let id = field(id_column);
        if id.is_empty() {
            return Err(problem(line, "participant", "error-required"));
        }
        if ids.insert(id.to_owned(), ()).is_some() {
            return Err(CsvProblem {
                line,
                errors: Invalid::one(
                    FieldError::new("participant", "error-participants-duplicate").with_arg("value", id),
                ),
            });
        }
        let n = text::integer_in("contributions", field(contributions_column), 0..=i64::from(u32::MAX))
            .map_err(|e| CsvProblem { line, errors: Invalid::one(e) })?;
        contributions.push(n as u64);
        for (k, &c) in columns.iter().enumerate() {
            let value = field(c);
            let v = if value.is_empty() || value == PREFER_NOT_TO_SAY {
                UNKNOWN
            } else {
                *lookups[k].get(value).ok_or_else(|| CsvProblem {
                    line,
                    errors: Invalid::one(
                        FieldError::new("group", "error-participants-group")
                            .with_arg("value", value)
                            .with_arg("dimension", &dimensions[k].name),
                    ),
                })?
            };
            values[k].push(v);
        }
    }
    for (d, v) in dimensions.iter_mut().zip(values) {
        d.values = v;
    }
    Ok(Input { dimensions, contributions })
}

#[cfg(test)]
mod tests {
    use super::*;

    const BASE: &str =
        "dimension,group,count\nhome_language,English,300\nhome_language,Arabic,50\nsend,yes,40\nsend,no,310\n";

    fn any(_: &str) -> bool {
        true
    }

    #[test]
    fn a_baseline_is_read_whole_or_refused_at_its_first_bad_line() {
        let rows = parse_baseline_csv(BASE.as_bytes(), any, |_| {}).unwrap();
        assert_eq!(rows.len(), 4);
        assert_eq!(rows[1], BaselineRow { dimension: "home_language".into(), group: "Arabic".into(), count: 50 });
        let bad = "dimension,group,count\nhome_language,English,300\nhome_language,,-4\n";
        let p = parse_baseline_csv(bad.as_bytes(), any, |_| {}).unwrap_err();
        assert_eq!(p.line, 3);
        assert_eq!(p.errors.0.iter().map(|e| e.field).collect::<Vec<_>>(), ["group", "count"]);
        let twice = "dimension,group,count\nschool,north,3\nschool,north,4\n";
        assert_eq!(
            parse_baseline_csv(twice.as_bytes(), any, |_| {}).unwrap_err().errors.0[0].message,
            "error-baseline-duplicate"
        );
        let unknown = "dimension,group,count\nshoe_size,9,3\n";
        let p = parse_baseline_csv(unknown.as_bytes(), |d| community_accepts(d, false), |_| {}).unwrap_err();
        assert_eq!((p.line, p.errors.0[0].message), (2, "error-baseline-dimension"));
        let p = parse_baseline_csv(
            "dimension,group,count\nsend,yes,3\n".as_bytes(),
            |d| community_accepts(d, false),
            |_| {},
        );
        assert!(p.is_err(), "a sensitive dimension needs switching on");
        assert!(parse_baseline_csv("group,count\n".as_bytes(), any, |_| {}).is_err());
        assert_eq!(parse_baseline_csv("dimension,group,count\n".as_bytes(), any, |_| {}).unwrap_err().line, 2);
        assert_eq!(
            parse_baseline_csv("dimension,group,count\nschool,north\n".as_bytes(), any, |_| {}).unwrap_err().line,
            2
        );
    }

    #[test]
    fn readers_who_are_not_staff_get_whole_calendar_months() {
        let d = |s: &str| crate::time::parse_date("d", s).unwrap();
        assert_eq!(public_period(None, None), (None, None));
        assert_eq!(
            public_period(Some(d("2026-02-11")), Some(d("2026-05-03"))),
            (Some(d("2026-02-01")), Some(d("2026-02-28")))
        );
        assert_eq!(public_period(None, Some(d("2028-02-10"))), (Some(d("2028-02-01")), Some(d("2028-02-29"))));
        assert_eq!(public_period(Some(d("2026-12-31")), None), (Some(d("2026-12-01")), Some(d("2026-12-31"))));
    }

    #[test]
    fn participants_are_read_against_the_baseline() {
        let base = parse_baseline_csv(BASE.as_bytes(), any, |_| {}).unwrap();
        let data = "participant,send,home_language,contributions\np1,yes,English,3\np2,,Arabic,0\np3,no,-,12\n";
        let input = parse_participants_csv(data.as_bytes(), &base).unwrap();
        assert_eq!(input.contributions, vec![3, 0, 12]);
        assert_eq!(input.dimensions[0].name, "home_language");
        assert_eq!(input.dimensions[0].values, vec![0, 1, UNKNOWN]);
        assert_eq!(input.dimensions[1].values, vec![0, UNKNOWN, 1]);
        assert!(input.dimensions[1].sensitive);
        let bad = |csv: &str| parse_participants_csv(csv.as_bytes(), &base).unwrap_err();
        let p = bad("participant,send,home_language,contributions\np1,yes,English,3\np2,yes,Klingon,1\n");
        assert_eq!((p.line, p.errors.0[0].message), (3, "error-participants-group"));
        let p = bad("participant,send,home_language,contributions\np1,yes,English,-3\n");
        assert_eq!((p.line, p.errors.0[0].field), (2, "contributions"));
        let p = bad("participant,send,home_language,contributions\np1,yes,English,3\np1,no,English,1\n");
        assert_eq!((p.line, p.errors.0[0].message), (3, "error-participants-duplicate"));
        assert_eq!(bad("participant,home_language,contributions\n").errors.0[0].message, "error-participants-missing");
        assert_eq!(
            bad("participant,send,home_language,age,contributions\n").errors.0[0].message,
            "error-participants-extra"
        );
        assert_eq!(bad("id,send,home_language\n").errors.0[0].message, "error-participants-header");
        assert_eq!(bad("participant,send,home_language,contributions\np1,yes\n").line, 2);
    }
}
