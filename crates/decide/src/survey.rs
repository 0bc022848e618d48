//! Survey statistics for co-evaluation (issue 18): per-question
//! distributions and means with 95 % intervals, scale scores from several
//! items (some reverse-coded), Cronbach's alpha for each scale, and the
//! change of a scale between two waves with its interval (Welch). Pure and
//! deterministic; answers are small integers, 0 meaning "not answered".

/// Answers laid out question by question (column-major): the answer of
/// respondent `r` to question `q` is `values[q * respondents + r]`; 0 is no
/// answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Responses {
    respondents: usize,
    questions: usize,
    values: Vec<u8>,
}

impl Responses {
    pub fn new(respondents: usize, questions: usize) -> Responses {
        Responses { respondents, questions, values: vec![0; respondents * questions] }
    }

    pub fn respondents(&self) -> usize {
        self.respondents
    }

    pub fn questions(&self) -> usize {
        self.questions
    }

    /// Records an answer; out of range positions are ignored.
    pub fn set(&mut self, respondent: usize, question: usize, value: u8) {
        if respondent < self.respondents && question < self.questions {
            self.values[question * self.respondents + respondent] = value;
        }
    }

    pub fn column(&self, question: usize) -> &[u8] {
        let start = question.min(self.questions) * self.respondents;
        let end = (start + self.respondents).min(self.values.len());
        &self.values[start..end]
    }
}

/// The two-sided 95 % critical value of Student's t with `df` degrees of
/// freedom: the published table to 30, then the Cornish–Fisher expansion
/// (within 0.001 of the table beyond 30).
pub fn t_975(df: u32) -> f64 {
    const TABLE: [f64; 30] = [
        12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.160, 2.145, 2.131,
        2.120, 2.110, 2.101, 2.093, 2.086, 2.080, 2.074, 2.069, 2.064, 2.060, 2.056, 2.052, 2.048, 2.045, 2.042,
    ];
    match df {
        0 => f64::INFINITY,
        1..=30 => TABLE[df as usize - 1],
        _ => {
            let z = 1.959_963_984_540_054_f64;
            let v = f64::from(df);
            let (z3, z5, z7) = (z.powi(3), z.powi(5), z.powi(7));
            z + (z3 + z) / (4.0 * v)
                + (5.0 * z5 + 16.0 * z3 + 3.0 * z) / (96.0 * v * v)
                + (3.0 * z7 + 19.0 * z5 + 17.0 * z3 - 15.0 * z) / (384.0 * v * v * v)
        }
    }
}

/// A mean with its spread and 95 % interval.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Estimate {
    pub n: u32,
    pub mean: f64,
    /// The sample standard deviation (n − 1).
    pub sd: f64,
    /// The 95 % confidence interval of the mean (Student's t); equal to the
    /// mean when fewer than two answered.
    pub low: f64,
    pub high: f64,
}

impl Estimate {
    /// From running sums: count, sum and sum of squares.
    fn from_sums(n: u64, sum: f64, sum_sq: f64) -> Option<Estimate> {
        if n == 0 {
            return None;
        }
        let nf = n as f64;
        let mean = sum / nf;
        let var = if n > 1 { ((sum_sq - sum * sum / nf) / (nf - 1.0)).max(0.0) } else { 0.0 };
        let sd = var.sqrt();
        let half = if n > 1 { t_975(u32::try_from(n - 1).unwrap_or(u32::MAX)) * sd / nf.sqrt() } else { 0.0 };
        Some(Estimate { n: u32::try_from(n).unwrap_or(u32::MAX), mean, sd, low: mean - half, high: mean + half })
    }

    pub fn of(values: &[f64]) -> Option<Estimate> {
        let (sum, sum_sq) = values.iter().fold((0.0, 0.0), |(s, q), v| (s + v, q + v * v));
        Estimate::from_sums(values.len() as u64, sum, sum_sq)
    }
}

/// One question's answers: how many chose each point, and the mean.
#[derive(Debug, Clone, PartialEq)]
pub struct Distribution {
    /// `counts[k]` answered `k + 1`.
    pub counts: Vec<u32>,
    pub estimate: Option<Estimate>,
}

/// The distribution of a question answered on `1..=points` (other values
/// are ignored as not answered).
pub fn distribution(column: &[u8], points: u8) -> Distribution {
    let mut counts = vec![0u32; usize::from(points)];
    for &v in column {
        if (1..=points).contains(&v) {
            counts[usize::from(v - 1)] += 1;
        }
    }
    let (mut n, mut sum, mut sum_sq) = (0u64, 0.0, 0.0);
    for (k, &c) in counts.iter().enumerate() {
        let v = (k + 1) as f64;
        n += u64::from(c);
        sum += v * f64::from(c);
        sum_sq += v * v * f64::from(c);
    }
    Distribution { counts, estimate: Estimate::from_sums(n, sum, sum_sq) }
}

/// A scale: several questions answered on the same points, combined into a
/// score per respondent (reverse-coded items turned round first).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Scale {
    /// (question, reverse-coded)
    pub items: Vec<(usize, bool)>,
    pub points: u8,
}

impl Scale {
    fn value(&self, v: u8, reverse: bool) -> Option<f64> {
        (1..=self.points).contains(&v).then(|| f64::from(if reverse { self.points + 1 - v } else { v }))
    }

    /// Each respondent's score: the mean of the items they answered, when
    /// they answered at least half of them.
    pub fn scores(&self, r: &Responses) -> Vec<Option<f64>> {
        let n = r.respondents();
        let mut sum = vec![0.0; n];
        let mut answered = vec![0usize; n];
        for &(q, reverse) in &self.items {
            for (i, &v) in r.column(q).iter().enumerate() {
                if let Some(x) = self.value(v, reverse) {
                    sum[i] += x;
                    answered[i] += 1;
                }
            }
        }
        let need = self.items.len().div_ceil(2).max(1);
        sum.into_iter().zip(answered).map(|(s, a)| (a >= need).then(|| s / a as f64)).collect()
    }
}

/// Cronbach's alpha of items answered by the same people (rows are
/// respondents, columns items): k/(k−1) · (1 − Σ item variances / variance
/// of the total). None with fewer than two items or two rows, or no spread.
pub fn cronbach_alpha(rows: &[Vec<f64>]) -> Option<f64> {
    let k = rows.first()?.len();
    if k < 2 || rows.len() < 2 || rows.iter().any(|r| r.len() != k) {
        return None;
    }
    let var = |values: &mut dyn Iterator<Item = f64>| -> f64 {
        let (mut n, mut mean, mut m2) = (0.0, 0.0, 0.0);
        for x in values {
            n += 1.0;
            let d = x - mean;
            mean += d / n;
            m2 += d * (x - mean);
        }
        m2 / (n - 1.0)
    };
    let items: f64 = (0..k).map(|j| var(&mut rows.iter().map(|r| r[j]))).sum();
    let total = var(&mut rows.iter().map(|r| r.iter().sum::<f64>()));
    if total <= 0.0 {
        return None;
    }
    let kf = k as f64;
    Some(kf / (kf - 1.0) * (1.0 - items / total))
}

/// A scale on one wave.
#[derive(Debug, Clone, PartialEq)]
pub struct ScaleResult {
    pub estimate: Option<Estimate>,
    /// Alpha over the respondents who answered every item.
    pub alpha: Option<f64>,
    pub complete: u32,
}

pub fn scale(r: &Responses, s: &Scale) -> ScaleResult {
    let scores: Vec<f64> = s.scores(r).into_iter().flatten().collect();
    let columns: Vec<&[u8]> = s.items.iter().map(|&(q, _)| r.column(q)).collect();
    let mut rows = Vec::new();
    for i in 0..r.respondents() {
        let row: Option<Vec<f64>> =
            s.items.iter().zip(&columns).map(|(&(_, reverse), col)| s.value(col[i], reverse)).collect();
        if let Some(row) = row {
            rows.push(row);
        }
    }
    ScaleResult { estimate: Estimate::of(&scores), alpha: cronbach_alpha(&rows), complete: rows.len() as u32 }
}

/// The change of a mean between two independent waves, with its 95 %
/// interval (Welch's t, Welch–Satterthwaite degrees of freedom).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Change {
    pub difference: f64,
    pub low: f64,
    pub high: f64,
}

pub fn change(before: &Estimate, after: &Estimate) -> Option<Change> {
    if before.n < 2 || after.n < 2 {
        return None;
    }
    let (n1, n2) = (f64::from(before.n), f64::from(after.n));
    let (a, b) = (before.sd * before.sd / n1, after.sd * after.sd / n2);
    let se = (a + b).sqrt();
    let difference = after.mean - before.mean;
    if se == 0.0 {
        return Some(Change { difference, low: difference, high: difference });
    }
    let df = (a + b).powi(2) / (a * a / (n1 - 1.0) + b * b / (n2 - 1.0));
    let t = t_975(df.floor().clamp(1.0, f64::from(u32::MAX)) as u32);
    Some(Change { difference, low: difference - t * se, high: difference + t * se })
}

/// Everything a wave's results page shows: each question's distribution and
/// each scale's score and alpha.
#[derive(Debug, Clone, PartialEq)]
pub struct WaveResults {
    pub questions: Vec<Distribution>,
    pub scales: Vec<ScaleResult>,
}

/// The results of one wave: `points[q]` is the number of points question
/// `q` is answered on.
pub fn results(r: &Responses, points: &[u8], scales: &[Scale]) -> WaveResults {
    WaveResults {
        questions: (0..r.questions()).map(|q| distribution(r.column(q), points.get(q).copied().unwrap_or(5))).collect(),
        scales: scales.iter().map(|s| scale(r, s)).collect(),
    }
}

#[cfg(test)]
mod tests {
    use rand::{RngExt, SeedableRng, rngs::StdRng};

    use super::*;

    #[test]
    fn t_values_follow_the_published_table_beyond_it() {
        // Published two-sided 95 % values for 40, 60 and 120 degrees of freedom.
        for (df, table) in [(40, 2.021), (60, 2.000), (120, 1.980)] {
            assert!((t_975(df) - table).abs() < 0.0015, "df {df}: {}", t_975(df));
        }
        assert!((t_975(31) - t_975(30)).abs() < 0.01, "no jump where the table ends");
        assert!(t_975(1_000_000) - 1.96 < 0.001);
    }

    #[test]
    fn intervals_hold_the_true_mean_about_95_times_in_100() {
        // A five-point question with known probabilities: the mean is 3.15.
        let p = [0.10, 0.20, 0.30, 0.25, 0.15];
        let truth: f64 = p.iter().enumerate().map(|(k, p)| (k + 1) as f64 * p).sum();
        let mut rng = StdRng::seed_from_u64(18);
        let trials = 4000;
        let mut held = 0;
        for _ in 0..trials {
            let column: Vec<u8> = (0..30)
                .map(|_| {
                    let u: f64 = rng.random();
                    let mut acc = 0.0;
                    p.iter()
                        .position(|p| {
                            acc += p;
                            u < acc
                        })
                        .map_or(5, |k| k as u8 + 1)
                })
                .collect();
            let e = distribution(&column, 5).estimate.unwrap();
            if e.low <= truth && truth <= e.high {
                held += 1;
            }
        }
        let coverage = f64::from(held) / f64::from(trials);
        assert!((0.93..=0.97).contains(&coverage), "coverage {coverage}");
    }

    #[test]
    fn alpha_is_the_mean_of_every_split_half() {
        // Cronbach (1951): with four items, alpha is the mean of the three
        // Flanagan–Rulon coefficients 2(1 − (var A + var B) / var(A + B)).
        let mut rng = StdRng::seed_from_u64(7);
        let rows: Vec<Vec<f64>> = (0..200)
            .map(|_| {
                let trait_level: f64 = rng.random_range(1.0..5.0);
                (0..4).map(|_| (trait_level + rng.random_range(-1.5..1.5)).round().clamp(1.0, 5.0)).collect()
            })
            .collect();
        let var = |xs: Vec<f64>| {
            let n = xs.len() as f64;
            let m = xs.iter().sum::<f64>() / n;
            xs.iter().map(|x| (x - m).powi(2)).sum::<f64>() / (n - 1.0)
        };
        let half = |a: [usize; 2], b: [usize; 2]| {
            let va = var(rows.iter().map(|r| r[a[0]] + r[a[1]]).collect());
            let vb = var(rows.iter().map(|r| r[b[0]] + r[b[1]]).collect());
            let vt = var(rows.iter().map(|r| r.iter().sum()).collect());
            2.0 * (1.0 - (va + vb) / vt)
        };
        let mean_split = (half([0, 1], [2, 3]) + half([0, 2], [1, 3]) + half([0, 3], [1, 2])) / 3.0;
        let alpha = cronbach_alpha(&rows).unwrap();
        assert!((alpha - mean_split).abs() < 1e-9, "{alpha} vs {mean_split}");
        assert!(alpha > 0.6, "items measuring one trait agree: {alpha}");
        let identical: Vec<Vec<f64>> = rows.iter().map(|r| vec![r[0]; 3]).collect();
        assert!((cronbach_alpha(&identical).unwrap() - 1.0).abs() < 1e-12);
        assert_eq!(cronbach_alpha(&rows[..1]), None);
    }

    #[test]
    fn scales_turn_reverse_items_round_and_need_half_the_items() {
        let mut r = Responses::new(3, 3);
        // Respondent 0 agrees (5, 5) and disagrees with the reversed item (1): a score of 5.
        for (q, v) in [5, 5, 1].into_iter().enumerate() {
            r.set(0, q, v);
        }
        r.set(1, 0, 4); // one item of three: not enough for a score
        r.set(2, 0, 2);
        r.set(2, 2, 4); // 2 and reversed 4 (= 2): a score of 2
        let s = Scale { items: vec![(0, false), (1, false), (2, true)], points: 5 };
        assert_eq!(s.scores(&r), vec![Some(5.0), None, Some(2.0)]);
        let result = scale(&r, &s);
        assert_eq!((result.estimate.unwrap().n, result.complete), (2, 1));
        assert_eq!(result.alpha, None, "one complete respondent says nothing about consistency");
    }

    #[test]
    fn a_change_between_waves_is_the_difference_with_its_interval() {
        let before: Vec<f64> = (0..100).map(|i| f64::from(i % 5 + 1)).collect();
        let after: Vec<f64> = before.iter().map(|x| x + 0.5).collect();
        let c = change(&Estimate::of(&before).unwrap(), &Estimate::of(&after).unwrap()).unwrap();
        assert!((c.difference - 0.5).abs() < 1e-12);
        assert!((c.high - c.difference - (c.difference - c.low)).abs() < 1e-12 && c.low < 0.5 && c.high > 0.5);
        let same = change(&Estimate::of(&before).unwrap(), &Estimate::of(&before).unwrap()).unwrap();
        assert!(same.low < 0.0 && same.high > 0.0);
        assert_eq!(change(&Estimate::of(&[3.0]).unwrap(), &Estimate::of(&before).unwrap()), None);
    }

    #[test]
    fn distributions_count_each_point_and_ignore_the_rest() {
        let d = distribution(&[1, 2, 2, 0, 9, 5], 5);
        assert_eq!(d.counts, vec![1, 2, 0, 0, 1]);
        let e = d.estimate.unwrap();
        assert_eq!(e.n, 4);
        assert!((e.mean - 2.5).abs() < 1e-12);
        assert_eq!(distribution(&[0, 0], 5).estimate, None);
    }
}
