//! Who is in the room: participants against the community they come from,
//! and how evenly the voice is spread among them.
//!
//! Per group of each dimension (stakeholder group, school, home language…):
//! participants, their share among participants whose value is known, the
//! baseline share, the representation ratio (share ÷ baseline share), the
//! participation rate (participants ÷ baseline count) with its Wilson 95 %
//! interval and the impact ratio (rate ÷ the highest shown rate, the
//! "four-fifths rule" of adverse-impact analysis). Per dimension: Duncan's
//! dissimilarity index and the number whose value is unknown. Voice: the
//! Gini and Hoover indices of contributions per person, the share made by the
//! top 10 % and each group's share of contributions beside its share of
//! participants.
//!
//! Every published count goes through [`crate::disclosure::breakdown`]: a
//! group whose count is hidden has no figures at all, and the figures that
//! are shown cannot be combined to recover it (the dissimilarity index pools
//! the hidden groups, whose sum is known anyway; the highest rate is taken
//! among shown groups only). A dimension with fewer than two shown groups is
//! not shown.

use crate::disclosure::{self, Cell, Threshold};

/// Value of a participant for a dimension whose value is not known (not
/// declared, or "prefer not to say").
pub const UNKNOWN: u32 = u32::MAX;

/// One dimension: the baseline per group and each participant's group.
#[derive(Debug, Clone)]
pub struct DimensionInput {
    pub name: String,
    /// Whether the dimension is a sensitive one (special needs, income,
    /// ethnicity): an absent group is then an alert of its own.
    pub sensitive: bool,
    /// The groups, with the community's count in each (0 when a group is
    /// only known from participants).
    pub groups: Vec<(String, i64)>,
    /// One entry per participant, in the order of [`Input::contributions`]:
    /// an index into `groups`, or [`UNKNOWN`].
    pub values: Vec<u32>,
}

/// Participants of one scope, column by column.
#[derive(Debug, Clone, Default)]
pub struct Input {
    pub dimensions: Vec<DimensionInput>,
    /// Contributions per participant (ideas, comments, endorsements, ballots,
    /// statements, votes on statements).
    pub contributions: Vec<u64>,
}

/// Thresholds of the alerts; each community may set its own.
#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Settings {
    /// A group whose impact ratio is below this is flagged (four-fifths rule).
    pub impact_ratio_floor: f64,
    /// A group needs at least this many in the baseline before its rate is judged.
    pub min_baseline: i64,
    /// Capture: one group makes more than this share of the contributions…
    pub capture_contribution_share: f64,
    /// …while being less than this share of the participants.
    pub capture_participant_share: f64,
    /// Concentration: the top 10 % of contributors make more than this share.
    pub top10_limit: f64,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            impact_ratio_floor: 0.8,
            min_baseline: 20,
            capture_contribution_share: 0.5,
            capture_participant_share: 1.0 / 3.0,
            top10_limit: 0.5,
        }
    }
}

/// One group's figures; every participant figure is `None` when suppressed.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Group {
    pub group: String,
    pub baseline: i64,
    pub baseline_share: Option<f64>,
    pub participants: Option<i64>,
    pub share: Option<f64>,
    pub ratio: Option<f64>,
    pub rate: Option<f64>,
    /// Wilson 95 % interval of the rate (rates above 1, from a baseline that
    /// is out of date, are capped at 1 for the interval).
    pub rate_low: Option<f64>,
    pub rate_high: Option<f64>,
    pub impact_ratio: Option<f64>,
    /// Impact ratio under the floor, with a baseline large enough to judge.
    pub flagged: bool,
    /// Share of all contributions made by this group.
    pub contribution_share: Option<f64>,
    pub suppressed: bool,
    /// How the count is published: shown, fewer than the threshold, or hidden to protect another.
    pub cell: Cell,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Dimension {
    pub dimension: String,
    pub sensitive: bool,
    pub groups: Vec<Group>,
    /// Duncan's index ½ Σ |share − baseline share|, hidden groups pooled.
    pub dissimilarity: Option<f64>,
    /// Participants whose value is unknown (`None` when suppressed).
    pub unknown: Option<i64>,
    /// False when fewer than two groups could be shown: then nothing of it is published.
    pub shown: bool,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Voice {
    pub participants: i64,
    pub contributions: u64,
    pub gini: Option<f64>,
    pub hoover: Option<f64>,
    pub top10_share: Option<f64>,
    /// The Lorenz curve: (share of people, share of contributions), from
    /// (0, 0) to (1, 1), at most 101 points.
    pub lorenz: Vec<(f64, f64)>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Alert {
    /// A group takes part at under four-fifths of the best-represented group's rate.
    Gap { dimension: String, group: String, impact_ratio: f64 },
    /// One group makes most of the contributions while being few of the participants.
    Capture { dimension: String, group: String, contribution_share: f64, participant_share: f64 },
    /// The top 10 % of contributors make most of the contributions.
    Concentration { top10_share: f64 },
    /// A group of a sensitive dimension is in the community but nobody from it takes part.
    Absent { dimension: String, group: String },
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Report {
    pub dimensions: Vec<Dimension>,
    /// `None` when there are fewer participants than the threshold.
    pub voice: Option<Voice>,
    pub alerts: Vec<Alert>,
}

/// The Wilson score interval (95 %) of `successes` out of `n`.
pub fn wilson(successes: i64, n: i64) -> Option<(f64, f64)> {
    if n <= 0 {
        return None;
    }
    let z = 1.959_963_984_540_054_f64;
    let n_f = n as f64;
    let p = successes.clamp(0, n) as f64 / n_f;
    let z2 = z * z;
    let denominator = 1.0 + z2 / n_f;
    let centre = p + z2 / (2.0 * n_f);
    let spread = z * (p * (1.0 - p) / n_f + z2 / (4.0 * n_f * n_f)).sqrt();
    Some((((centre - spread) / denominator).max(0.0), ((centre + spread) / denominator).min(1.0)))
}

/// Gini index: the mean absolute difference over twice the mean.
pub fn gini(sorted_ascending: &[u64]) -> Option<f64> {
    let n = sorted_ascending.len() as f64;
    let total: u64 = sorted_ascending.iter().sum();
    if sorted_ascending.is_empty() || total == 0 {
        return None;
    }
    // Σ_i Σ_j |x_i − x_j| = 2 Σ_i (2i − n − 1) x_(i) for ascending x, i from 1.
    let weighted: f64 =
        sorted_ascending.iter().enumerate().map(|(i, &x)| (2.0 * (i as f64 + 1.0) - n - 1.0) * x as f64).sum();
    Some(weighted / (n * total as f64))
}

/// Hoover index: the share of all contributions that would have to move for
/// everyone to contribute equally, ½ Σ |x_i / X − 1/n|.
pub fn hoover(values: &[u64]) -> Option<f64> {
    let total: u64 = values.iter().sum();
    if values.is_empty() || total == 0 {
        return None;
    }
    let n = values.len() as f64;
    Some(values.iter().map(|&x| (x as f64 / total as f64 - 1.0 / n).abs()).sum::<f64>() / 2.0)
}

/// Share of all contributions made by the ⌈10 %⌉ largest contributors.
pub fn top10_share(sorted_ascending: &[u64]) -> Option<f64> {
    let total: u64 = sorted_ascending.iter().sum();
    if sorted_ascending.is_empty() || total == 0 {
        return None;
    }
    let k = sorted_ascending.len().div_ceil(10);
    let top: u64 = sorted_ascending.iter().rev().take(k).sum();
    Some(top as f64 / total as f64)
}

fn lorenz(sorted_ascending: &[u64]) -> Vec<(f64, f64)> {
    let n = sorted_ascending.len();
    let total: u64 = sorted_ascending.iter().sum();
    if n == 0 || total == 0 {
        return Vec::new();
    }
    let mut cumulative = Vec::with_capacity(n + 1);
    cumulative.push(0u64);
    let mut running = 0u64;
    for &x in sorted_ascending {
        running += x;
        cumulative.push(running);
    }
    let steps = n.min(100);
    (0..=steps)
        .map(|s| {
            let i = s * n / steps;
            (i as f64 / n as f64, cumulative[i] as f64 / total as f64)
        })
        .collect()
}

/// All the measures of one scope, suppressed under `t`.
pub fn measure(input: &Input, t: Threshold, settings: &Settings) -> Report {
    let n = input.contributions.len();
    let total_contributions: u64 = input.contributions.iter().sum();
    let mut dimensions = Vec::with_capacity(input.dimensions.len());
    for d in &input.dimensions {
        dimensions.push(measure_dimension(d, &input.contributions, total_contributions, t, settings));
    }
    let voice = (n as i64 >= t.get()).then(|| {
        let mut sorted = input.contributions.clone();
        sorted.sort_unstable();
        Voice {
            participants: n as i64,
            contributions: total_contributions,
            gini: gini(&sorted),
            hoover: hoover(&sorted),
            top10_share: top10_share(&sorted),
            lorenz: lorenz(&sorted),
        }
    });
    let alerts = alerts(&dimensions, voice.as_ref(), settings);
    Report { dimensions, voice, alerts }
}

fn measure_dimension(d: &DimensionInput, contributions: &[u64], total: u64, t: Threshold, s: &Settings) -> Dimension {
    let g = d.groups.len();
    let mut people = vec![0i64; g];
    let mut given = vec![0u64; g];
    let mut unknown = 0i64;
    for (&v, &c) in d.values.iter().zip(contributions) {
        match people.get_mut(v as usize) {
            Some(p) => {
                *p += 1;
                given[v as usize] += c;
            }
            None => unknown += 1,
        }
    }
    // The unknown are a cell too: with the total of participants public,
    // they would otherwise give away the sum of the known.
    let mut cells: Vec<i64> = people.clone();
    cells.push(unknown);
    let published = disclosure::breakdown(&cells, t);
    let shown = |i: usize| published.cells[i].value();
    let known_total: i64 = people.iter().sum();
    let baseline_total: i64 = d.groups.iter().map(|(_, b)| b.max(&0)).sum();
    let highest_rate = (0..g)
        .filter(|&i| shown(i).is_some() && d.groups[i].1 > 0)
        .map(|i| people[i] as f64 / d.groups[i].1 as f64)
        .fold(None, |m: Option<f64>, r| Some(m.map_or(r, |m| m.max(r))));
    let share_of = |x: i64, of: i64| (of > 0).then(|| x as f64 / of as f64);
    let mut groups = Vec::with_capacity(g);
    let mut pooled_share = 0.0;
    let mut pooled_baseline = 0.0;
    let mut dissimilarity = 0.0;
    for (i, (name, base)) in d.groups.iter().enumerate() {
        let base = (*base).max(0);
        let baseline_share = share_of(base, baseline_total);
        let visible = shown(i).is_some();
        let share = if visible { share_of(people[i], known_total) } else { None };
        match (visible, share_of(people[i], known_total), baseline_share) {
            (true, Some(sh), Some(bs)) => dissimilarity += (sh - bs).abs(),
            (_, sh, bs) => {
                pooled_share += sh.unwrap_or(0.0);
                pooled_baseline += bs.unwrap_or(0.0);
            }
        }
        let rate = if visible && base > 0 { Some(people[i] as f64 / base as f64) } else { None };
        let interval = if visible { wilson(people[i], base) } else { None };
        let impact_ratio = rate.zip(highest_rate).and_then(|(r, h)| (h > 0.0).then(|| r / h));
        groups.push(Group {
            group: name.clone(),
            baseline: base,
            baseline_share,
            participants: shown(i),
            share,
            ratio: share.zip(baseline_share).and_then(|(sh, bs)| (bs > 0.0).then(|| sh / bs)),
            rate,
            rate_low: interval.map(|x| x.0),
            rate_high: interval.map(|x| x.1),
            impact_ratio,
            flagged: impact_ratio.is_some_and(|r| r < s.impact_ratio_floor) && base >= s.min_baseline,
            contribution_share: if visible && total > 0 { Some(given[i] as f64 / total as f64) } else { None },
            suppressed: !visible,
            cell: published.cells[i],
        });
    }
    let shown = groups.iter().filter(|x| !x.suppressed).count() >= 2;
    if !shown {
        // One group alone would stand for the whole dimension: nothing of it is published.
        for x in &mut groups {
            *x = hidden(x);
        }
    }
    dissimilarity += (pooled_share - pooled_baseline).abs();
    let measurable = known_total > 0 && baseline_total > 0 && shown;
    Dimension {
        dimension: d.name.clone(),
        sensitive: d.sensitive,
        groups,
        dissimilarity: measurable.then_some(dissimilarity / 2.0),
        unknown: if shown { published.cells[g].value() } else { None },
        shown,
    }
}

/// A group with nothing but its name and baseline.
fn hidden(g: &Group) -> Group {
    Group {
        group: g.group.clone(),
        baseline: g.baseline,
        baseline_share: g.baseline_share,
        participants: None,
        share: None,
        ratio: None,
        rate: None,
        rate_low: None,
        rate_high: None,
        impact_ratio: None,
        flagged: false,
        contribution_share: None,
        suppressed: true,
        cell: if g.suppressed { g.cell } else { Cell::Protecting },
    }
}

fn alerts(dimensions: &[Dimension], voice: Option<&Voice>, s: &Settings) -> Vec<Alert> {
    let mut out = Vec::new();
    for d in dimensions.iter().filter(|d| d.shown) {
        for g in &d.groups {
            if g.flagged {
                out.push(Alert::Gap {
                    dimension: d.dimension.clone(),
                    group: g.group.clone(),
                    impact_ratio: g.impact_ratio.unwrap_or(0.0),
                });
            }
            if let (Some(c), Some(p)) = (g.contribution_share, g.share)
                && c > s.capture_contribution_share
                && p < s.capture_participant_share
            {
                out.push(Alert::Capture {
                    dimension: d.dimension.clone(),
                    group: g.group.clone(),
                    contribution_share: c,
                    participant_share: p,
                });
            }
            if d.sensitive && g.participants == Some(0) && g.baseline > 0 {
                out.push(Alert::Absent { dimension: d.dimension.clone(), group: g.group.clone() });
            }
        }
    }
    if let Some(top) = voice.and_then(|v| v.top10_share)
        && top > s.top10_limit
    {
        out.push(Alert::Concentration { top10_share: top });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const T: Threshold = Threshold::new(5);

    fn close(a: Option<f64>, b: f64) {
        let a = a.expect("a figure");
        assert!((a - b).abs() < 1e-9, "{a} != {b}");
    }

    fn dimension(groups: &[(&str, i64)], values: &[u32]) -> DimensionInput {
        DimensionInput {
            name: "language".into(),
            sensitive: false,
            groups: groups.iter().map(|(g, n)| (g.to_string(), *n)).collect(),
            values: values.to_vec(),
        }
    }

    #[test]
    fn gini_hoover_and_top_share_by_hand() {
        // 1, 2, 3, 4: mean 2.5; Σ|xi−xj| over all 16 ordered pairs = 20;
        // Gini = 20 / (16 · 2 · 2.5) = 0.25.
        close(gini(&[1, 2, 3, 4]), 0.25);
        // Shares .1 .2 .3 .4 against .25: ½(.15+.05+.05+.15) = 0.2.
        close(hoover(&[1, 2, 3, 4]), 0.2);
        // ⌈10 % of 4⌉ = 1 person: 4 of 10.
        close(top10_share(&[1, 2, 3, 4]), 0.4);
        // 11 people: the top 2 (⌈1.1⌉).
        close(top10_share(&[1, 1, 1, 1, 1, 1, 1, 1, 1, 5, 10]), 15.0 / 24.0);
        close(gini(&[5, 5, 5]), 0.0);
        // One person makes everything among n: Gini (n−1)/n.
        close(gini(&[0, 0, 0, 8]), 0.75);
        assert_eq!(gini(&[0, 0]), None);
    }

    #[test]
    fn wilson_interval_by_hand() {
        // 10 of 40: p = .25, z² = 3.84146: denominator 1 + z²/40 = 1.096037;
        // centre .25 + z²/80 = .298018; spread z·sqrt(.1875/40 + z²/6400) = .142522;
        // (.298018 ∓ .142522) / 1.096037 = .141871 and .401940.
        let (lo, hi) = wilson(10, 40).unwrap();
        assert!((lo - 0.141_871).abs() < 1e-5, "{lo}");
        assert!((hi - 0.401_940).abs() < 1e-5, "{hi}");
        let (lo, hi) = wilson(0, 20).unwrap();
        assert_eq!(lo, 0.0);
        assert!((hi - 0.161_12).abs() < 1e-4, "{hi}");
        assert_eq!(wilson(3, 0), None);
    }

    #[test]
    fn shares_ratios_rates_and_dissimilarity_by_hand() {
        // Baseline: English 300, Spanish 150, Arabic 50 (60 %, 30 %, 10 %).
        // Participants: 30 English, 10 Spanish, 5 Arabic, 5 unknown.
        let mut values = vec![0u32; 30];
        values.extend([1; 10]);
        values.extend([2; 5]);
        values.extend([UNKNOWN; 5]);
        let d = dimension(&[("en", 300), ("es", 150), ("ar", 50)], &values);
        let input = Input { contributions: vec![1; 50], dimensions: vec![d] };
        let r = measure(&input, T, &Settings::default());
        let d = &r.dimensions[0];
        assert!(d.shown);
        assert_eq!(d.unknown, Some(5));
        let [en, es, ar] = [&d.groups[0], &d.groups[1], &d.groups[2]];
        assert_eq!((en.participants, es.participants, ar.participants), (Some(30), Some(10), Some(5)));
        close(en.share, 30.0 / 45.0);
        close(es.share, 10.0 / 45.0);
        close(en.baseline_share, 0.6);
        close(en.ratio, (30.0 / 45.0) / 0.6);
        close(es.ratio, (10.0 / 45.0) / 0.3);
        // Rates: .1, .0667, .1 → impact ratios 1, .667, 1.
        close(en.rate, 0.1);
        close(es.impact_ratio, (10.0 / 150.0) / 0.1);
        close(ar.impact_ratio, 1.0);
        assert!(es.flagged && !en.flagged && !ar.flagged);
        // D = ½(|.6667−.6| + |.2222−.3| + |.1111−.1|) = ½(.0667+.0778+.0111) = .0778.
        close(
            d.dissimilarity,
            0.5 * ((30.0 / 45.0 - 0.6f64).abs() + (10.0 / 45.0 - 0.3f64).abs() + (5.0 / 45.0 - 0.1f64).abs()),
        );
        assert_eq!(
            r.alerts,
            vec![Alert::Gap { dimension: "language".into(), group: "es".into(), impact_ratio: 2.0 / 3.0 }]
        );
    }

    #[test]
    fn a_small_group_is_hidden_with_its_protector_and_the_rest_stays_consistent() {
        // 3 Arabic speakers: small; the next smallest (Spanish, 10) protects it.
        let mut values = vec![0u32; 30];
        values.extend([1; 10]);
        values.extend([2; 3]);
        let d = dimension(&[("en", 300), ("es", 150), ("ar", 50)], &values);
        let r = measure(&Input { contributions: vec![1; 43], dimensions: vec![d] }, T, &Settings::default());
        let d = &r.dimensions[0];
        let [en, es, ar] = [&d.groups[0], &d.groups[1], &d.groups[2]];
        assert_eq!(ar.cell, Cell::Small);
        assert!(ar.suppressed && ar.participants.is_none() && ar.share.is_none() && ar.rate.is_none());
        assert!(ar.contribution_share.is_none() && ar.ratio.is_none() && ar.impact_ratio.is_none());
        assert_eq!(es.cell, Cell::Protecting);
        assert!(es.suppressed && es.share.is_none());
        // Only one group left: the dimension is not shown at all.
        assert!(!d.shown && d.dissimilarity.is_none() && d.unknown.is_none());
        assert!(en.suppressed && en.participants.is_none() && en.share.is_none());
        assert!(r.alerts.is_empty());
    }

    #[test]
    fn dissimilarity_pools_hidden_groups() {
        // en 40, es 20, ar 3 (small), fr 10 (protects): hidden ar+fr pooled.
        let mut values = vec![0u32; 40];
        values.extend([1; 20]);
        values.extend([2; 3]);
        values.extend([3; 10]);
        let d = dimension(&[("en", 500), ("es", 300), ("ar", 100), ("fr", 100)], &values);
        let r = measure(&Input { contributions: vec![2; 73], dimensions: vec![d] }, T, &Settings::default());
        let d = &r.dimensions[0];
        assert!(d.shown);
        let expected =
            0.5 * ((40.0 / 73.0 - 0.5f64).abs() + (20.0 / 73.0 - 0.3f64).abs() + (13.0 / 73.0 - 0.2f64).abs());
        close(d.dissimilarity, expected);
    }

    #[test]
    fn capture_concentration_and_absence() {
        // Leaders are 5 of 20 participants (25 %) but make 60 of 100 contributions.
        let mut values = vec![0u32; 15];
        values.extend([1; 5]);
        let mut contributions = vec![40u64 / 15; 15];
        contributions[0] = 40 - (40 / 15) * 14; // 15 families make 40 in all
        contributions.extend([12; 5]);
        assert_eq!(contributions.iter().sum::<u64>(), 100);
        let role = DimensionInput {
            name: "group".into(),
            sensitive: false,
            groups: vec![("families".into(), 400), ("leaders".into(), 10)],
            values: values.clone(),
        };
        let send = DimensionInput {
            name: "send".into(),
            sensitive: true,
            groups: vec![("yes".into(), 60), ("no".into(), 340)],
            values: vec![1; 20],
        };
        let r = measure(&Input { contributions, dimensions: vec![role, send] }, T, &Settings::default());
        assert!(r.alerts.contains(&Alert::Capture {
            dimension: "group".into(),
            group: "leaders".into(),
            contribution_share: 0.6,
            participant_share: 0.25
        }));
        assert!(r.alerts.contains(&Alert::Absent { dimension: "send".into(), group: "yes".into() }));
        // Top ⌈2⌉ people make 24 of 100: no concentration alert.
        close(r.voice.as_ref().and_then(|v| v.top10_share), 0.24);
        assert!(!r.alerts.iter().any(|a| matches!(a, Alert::Concentration { .. })));
        // Families' rate 15/400 against leaders' 5/10: a gap.
        assert!(r.alerts.iter().any(|a| matches!(a, Alert::Gap { group, .. } if group == "families")));
    }

    #[test]
    fn too_few_participants_publish_no_voice() {
        let d = dimension(&[("en", 10), ("es", 10)], &[0, 1, 0]);
        let r = measure(&Input { contributions: vec![1, 2, 3], dimensions: vec![d] }, T, &Settings::default());
        assert!(r.voice.is_none());
        assert!(!r.dimensions[0].shown);
    }

    #[test]
    fn lorenz_runs_from_nothing_to_everything() {
        let l = lorenz(&[1, 2, 3, 4]);
        assert_eq!(l, vec![(0.0, 0.0), (0.25, 0.1), (0.5, 0.3), (0.75, 0.6), (1.0, 1.0)]);
        let many: Vec<u64> = (0..1000).collect();
        assert_eq!(lorenz(&many).len(), 101);
    }
}
