//! Statistical disclosure control: small counts are never published because
//! a count of 1 can identify a child, and no hidden count may be worked out
//! from the figures shown beside it. The one suppression every table,
//! chart, export and command of Tandem goes through.

/// The least any community may publish: counts below it are suppressed on
/// public pages, in the API and in exports. A community may choose more.
pub const MIN_PUBLISHED_COUNT: i64 = 5;

/// A community's threshold for publishing counts: never below
/// [`MIN_PUBLISHED_COUNT`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Threshold(i64);

impl Threshold {
    /// The largest threshold a community may set: beyond it nearly nothing would be published.
    pub const MAX: i64 = 100;

    pub const fn new(n: i64) -> Threshold {
        Threshold(if n < MIN_PUBLISHED_COUNT {
            MIN_PUBLISHED_COUNT
        } else if n > Self::MAX {
            Self::MAX
        } else {
            n
        })
    }

    pub const fn get(self) -> i64 {
        self.0
    }
}

impl Default for Threshold {
    fn default() -> Self {
        Threshold(MIN_PUBLISHED_COUNT)
    }
}

/// A count that may be shown, or `None` when it is between 1 and the threshold.
pub fn publishable(count: i64, t: Threshold) -> Option<i64> {
    if count > 0 && count < t.get() { None } else { Some(count) }
}

/// One figure of a published table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Cell {
    Shown(i64),
    /// Between 1 and the threshold: said as "fewer than 5".
    Small,
    /// At or above the threshold, hidden so that a small figure beside it
    /// cannot be worked out: said as "hidden", never as "fewer than 5".
    Protecting,
}

impl Cell {
    pub fn value(self) -> Option<i64> {
        match self {
            Cell::Shown(v) => Some(v),
            Cell::Small | Cell::Protecting => None,
        }
    }
}

/// A breakdown (members per stakeholder group, ballots per group, people at
/// each step of engagement) that is safe to publish, with its total.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Breakdown {
    pub cells: Vec<Cell>,
    pub total: Cell,
}

/// Suppresses small cells, then makes sure none can be worked out.
///
/// A reader knows each shown cell, the total if shown, that a "small" cell
/// holds 1 to threshold−1 and that a "hidden" one holds at least the
/// threshold. Knowing the hidden cells' sum (total minus the shown cells),
/// each hidden cell can only lie in an interval; if any interval is a
/// single number, that figure is revealed. So the smallest shown non-zero
/// cell is hidden too ("protecting"), and again, until no hidden figure is
/// pinned; if no cell is left to hide, the total is hidden instead.
pub fn breakdown(counts: &[i64], t: Threshold) -> Breakdown {
    breakdown_with(counts, &vec![false; counts.len()], t)
}

/// A breakdown whose total is public anyway (the ballots of a poll, which
/// its result adds up to): `None` when its cells could only be shown by
/// hiding the total, so none of them may be.
pub fn breakdown_of_known_total(counts: &[i64], t: Threshold) -> Option<Breakdown> {
    let b = breakdown(counts, t);
    matches!(b.total, Cell::Shown(_)).then_some(b)
}

/// As [`breakdown`], with some cells hidden from the start (`forced`).
fn breakdown_with(counts: &[i64], forced: &[bool], t: Threshold) -> Breakdown {
    let mut cells: Vec<Cell> = counts
        .iter()
        .zip(forced)
        .map(|(&c, &force)| match publishable(c, t) {
            None => Cell::Small,
            Some(v) if force && v > 0 => Cell::Protecting,
            Some(v) => Cell::Shown(v),
        })
        .collect();
    let sum: i64 = counts.iter().sum();
    let mut total = match publishable(sum, t) {
        Some(v) => Cell::Shown(v),
        None => Cell::Small,
    };
    if total == Cell::Small {
        // Every non-zero cell is below the threshold too, and already hidden.
        return Breakdown { cells, total };
    }
    while any_pinned(&cells, sum, t) {
        let next = cells
            .iter()
            .enumerate()
            .filter_map(|(i, c)| match c {
                Cell::Shown(v) if *v > 0 => Some((*v, i)),
                _ => None,
            })
            .min();
        match next {
            Some((_, i)) => cells[i] = Cell::Protecting,
            None => {
                total = Cell::Protecting;
                break;
            }
        }
    }
    Breakdown { cells, total }
}

/// Whether, with `total` known, some hidden cell has only one possible value.
fn any_pinned(cells: &[Cell], total: i64, t: Threshold) -> bool {
    let hidden_sum = total - cells.iter().filter_map(|c| c.value()).sum::<i64>();
    let ranges: Vec<(i64, Option<i64>)> = cells
        .iter()
        .filter_map(|c| match c {
            Cell::Shown(_) => None,
            Cell::Small => Some((1, Some(t.get() - 1))),
            Cell::Protecting => Some((t.get(), None)),
        })
        .collect();
    if ranges.is_empty() {
        return false;
    }
    let low_sum: i64 = ranges.iter().map(|r| r.0).sum();
    ranges.iter().enumerate().any(|(i, &(lo, hi))| {
        // The others take at least (low_sum - lo) together, and at most the
        // sum of their upper bounds, if every one has one.
        let others_high: Option<i64> = ranges.iter().enumerate().filter(|(j, _)| *j != i).map(|(_, r)| r.1).sum();
        let most = hi.map_or(hidden_sum - (low_sum - lo), |h| h.min(hidden_sum - (low_sum - lo)));
        let least = others_high.map_or(lo, |high| lo.max(hidden_sum - high));
        most <= least
    })
}

/// A table of counts (rows × columns: stakeholder groups across opinion
/// groups) published with each column's total and the grand total.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Table {
    pub rows: Vec<Vec<Cell>>,
    pub column_totals: Vec<Cell>,
    pub total: Cell,
}

/// Suppresses a table so that no hidden figure can be worked out from its
/// cells, its column totals and the grand total. Each column with a shown
/// total is a breakdown of it; a column whose total is hidden shows only
/// which of its cells are empty, small or larger; and the hidden columns
/// together must not let the grand total pin any of their figures (else the
/// smallest shown column is hidden too, and at last the grand total). Row
/// totals are not published: they would tie the columns together.
pub fn table(counts: &[Vec<i64>], t: Threshold) -> Table {
    let width = counts.first().map_or(0, Vec::len);
    let column = |j: usize| -> Vec<i64> { counts.iter().map(|r| r.get(j).copied().unwrap_or(0)).collect() };
    let sums: Vec<i64> = (0..width).map(|j| column(j).iter().sum()).collect();
    let grand: i64 = sums.iter().sum();
    let label = |n: i64| match n {
        0 => Cell::Shown(0),
        n if n < t.get() => Cell::Small,
        _ => Cell::Protecting,
    };
    let mut hidden: Vec<bool> = sums.iter().map(|&n| n > 0 && n < t.get()).collect();
    let mut grand_hidden = false;
    loop {
        let mut columns: Vec<Breakdown> = Vec::with_capacity(width);
        let mut restart = false;
        for j in 0..width {
            let cells = column(j);
            if hidden[j] {
                columns.push(Breakdown { cells: cells.iter().map(|&n| label(n)).collect(), total: label(sums[j]) });
                continue;
            }
            let inside = breakdown(&cells, t);
            if inside.total != Cell::Shown(sums[j]) {
                hidden[j] = true;
                restart = true;
                break;
            }
            columns.push(inside);
        }
        if restart {
            continue;
        }
        if !grand_hidden && grand >= t.get() && hidden.iter().any(|h| *h) && hidden_columns_pinned(&columns, grand, t) {
            let next = (0..width).filter(|&j| !hidden[j] && sums[j] > 0).min_by_key(|&j| (sums[j], j));
            match next {
                Some(j) => hidden[j] = true,
                None => grand_hidden = true,
            }
            continue;
        }
        let rows = (0..counts.len()).map(|i| columns.iter().map(|c| c.cells[i]).collect()).collect();
        let column_totals = columns.iter().map(|c| c.total).collect();
        let total = if grand < t.get() && grand > 0 {
            Cell::Small
        } else if grand_hidden {
            Cell::Protecting
        } else {
            Cell::Shown(grand)
        };
        return Table { rows, column_totals, total };
    }
}

/// The range a reader knows for a figure from its label.
fn range_of(c: Cell, t: Threshold) -> (i64, Option<i64>) {
    match c {
        Cell::Shown(v) => (v, Some(v)),
        Cell::Small => (1, Some(t.get() - 1)),
        Cell::Protecting => (t.get(), None),
    }
}

/// With the grand total known, whether some figure of the hidden columns
/// (a column's total or one of its cells) has only one possible value.
fn hidden_columns_pinned(columns: &[Breakdown], grand: i64, t: Threshold) -> bool {
    let add = |a: Option<i64>, b: Option<i64>| a.zip(b).map(|(x, y)| x + y);
    // Each hidden column's possible totals: its label's range met with what its cells allow.
    let ranges: Vec<(i64, Option<i64>)> = columns
        .iter()
        .filter(|c| !matches!(c.total, Cell::Shown(_)))
        .map(|c| {
            let (label_lo, label_hi) = range_of(c.total, t);
            let content =
                c.cells.iter().map(|&x| range_of(x, t)).fold((0, Some(0)), |acc, r| (acc.0 + r.0, add(acc.1, r.1)));
            let hi = match (label_hi, content.1) {
                (Some(a), Some(b)) => Some(a.min(b)),
                (a, b) => a.or(b),
            };
            (label_lo.max(content.0), hi)
        })
        .collect();
    let rest = grand - columns.iter().filter_map(|c| c.total.value()).sum::<i64>();
    let hidden_columns: Vec<&Breakdown> = columns.iter().filter(|c| !matches!(c.total, Cell::Shown(_))).collect();
    for (k, col) in hidden_columns.iter().enumerate() {
        let others_lo: i64 = ranges.iter().enumerate().filter(|(i, _)| *i != k).map(|(_, r)| r.0).sum();
        let others_hi: Option<i64> =
            ranges.iter().enumerate().filter(|(i, _)| *i != k).map(|(_, r)| r.1).sum::<Option<i64>>();
        let (lo, hi) = ranges[k];
        let a = others_hi.map_or(lo, |h| lo.max(rest - h));
        let b = hi.map_or(rest - others_lo, |h| h.min(rest - others_lo));
        if a >= b {
            return true;
        }
        // Each cell of the column: the column's total less what the others in it may hold.
        let cells: Vec<(i64, Option<i64>)> = col.cells.iter().map(|&x| range_of(x, t)).collect();
        for (i, &(x_lo, x_hi)) in cells.iter().enumerate() {
            if x_hi == Some(x_lo) {
                continue; // a shown zero
            }
            let y_lo: i64 = cells.iter().enumerate().filter(|(m, _)| *m != i).map(|(_, r)| r.0).sum();
            let y_hi: Option<i64> = cells.iter().enumerate().filter(|(m, _)| *m != i).map(|(_, r)| r.1).sum();
            let least = y_hi.map_or(x_lo, |h| x_lo.max(a - h));
            let most = x_hi.map_or(b - y_lo, |h| h.min(b - y_lo));
            if least >= most {
                return true;
            }
        }
    }
    false
}

/// A count shown on its own (the size of an opinion group, the ballots of a
/// poll): small ones are hidden; there is nothing beside it to protect.
pub fn single(count: i64, t: Threshold) -> Cell {
    match publishable(count, t) {
        Some(v) => Cell::Shown(v),
        None => Cell::Small,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const T: Threshold = Threshold(MIN_PUBLISHED_COUNT);
    use Cell::{Protecting as P, Shown as S, Small as X};

    #[test]
    fn small_counts_are_hidden_but_zero_and_the_threshold_are_not() {
        assert_eq!(publishable(0, T), Some(0));
        for n in 1..5 {
            assert_eq!(publishable(n, T), None);
        }
        assert_eq!(publishable(5, T), Some(5));
        let seven = Threshold::new(7);
        assert_eq!(publishable(6, seven), None);
        assert_eq!(Threshold::new(2), T, "never below 5");
    }

    #[test]
    fn a_single_small_cell_is_protected_by_the_next_smallest() {
        let b = breakdown(&[120, 3, 40, 0], T);
        assert_eq!(b.cells, vec![S(120), X, P, S(0)]);
        assert_eq!(b.total, S(163));
    }

    #[test]
    fn two_small_cells_need_nothing_more_unless_their_sum_gives_them_away() {
        let b = breakdown(&[120, 3, 2, 40], T);
        assert_eq!(b.cells, vec![S(120), X, X, S(40)]);
        assert_eq!(b.total, S(165));
        // 1 and 1 sum to 2: both could only be 1.
        let b = breakdown(&[120, 1, 1, 40], T);
        assert_eq!(b.cells, vec![S(120), X, X, P]);
    }

    #[test]
    fn a_protecting_cell_at_the_threshold_is_protected_in_turn() {
        // 1 and 5 hidden with the total 6 known: the small one could only be 1.
        let b = breakdown(&[1, 5, 30], T);
        assert_eq!(b.cells, vec![X, P, P]);
        assert_eq!(b.total, S(36));
    }

    #[test]
    fn the_total_goes_when_no_cell_is_left_to_hide() {
        let b = breakdown(&[3, 0, 7], T);
        assert_eq!(b.cells, vec![X, S(0), P]);
        let lonely = breakdown(&[4, 0, 0], T);
        assert_eq!(lonely.cells, vec![X, S(0), S(0)]);
        assert_eq!(lonely.total, X, "4 in all is itself small");
        let pair = breakdown(&[1, 5], T);
        assert_eq!(pair.cells, vec![X, P]);
        assert_eq!(pair.total, P, "6 would pin both");
    }

    #[test]
    fn nothing_hidden_when_all_cells_are_large() {
        let b = breakdown(&[10, 20, 5], T);
        assert_eq!(b.cells, vec![S(10), S(20), S(5)]);
        assert_eq!(b.total, S(35));
    }

    /// The values each hidden cell could hold, found by trying every one: a
    /// reader's best effort, independent of the rule that hid them.
    fn possible_values(b: &Breakdown, t: Threshold, cap: i64) -> Vec<std::collections::BTreeSet<i64>> {
        let hidden: Vec<(i64, i64)> = b
            .cells
            .iter()
            .filter_map(|c| match c {
                Cell::Shown(_) => None,
                Cell::Small => Some((1, t.get() - 1)),
                Cell::Protecting => Some((t.get(), cap)),
            })
            .collect();
        let target = b.total.value().map(|total| total - b.cells.iter().filter_map(|c| c.value()).sum::<i64>());
        let mut seen = vec![std::collections::BTreeSet::new(); hidden.len()];
        let mut pick = vec![0; hidden.len()];
        fn walk(
            k: usize,
            hidden: &[(i64, i64)],
            target: Option<i64>,
            pick: &mut Vec<i64>,
            seen: &mut Vec<std::collections::BTreeSet<i64>>,
        ) {
            if k == hidden.len() {
                if target.is_none_or(|t| pick.iter().sum::<i64>() == t) {
                    for (s, v) in seen.iter_mut().zip(pick.iter()) {
                        s.insert(*v);
                    }
                }
                return;
            }
            for v in hidden[k].0..=hidden[k].1 {
                if let Some(t) = target
                    && pick[..k].iter().sum::<i64>() + v > t
                {
                    break;
                }
                pick[k] = v;
                walk(k + 1, hidden, target, pick, seen);
            }
        }
        walk(0, &hidden, target, &mut pick, &mut seen);
        seen
    }

    #[test]
    fn no_hidden_figure_can_be_worked_out_from_what_is_shown() {
        // Many small tables with small numbers, where disclosure is likeliest.
        let mut state: u64 = 0x5EED;
        let mut next = |n: u64| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state % n
        };
        for case in 0..4000 {
            let t = Threshold::new(5 + (case % 3) as i64);
            let len = 1 + next(5) as usize;
            let counts: Vec<i64> = (0..len).map(|_| [0, 1, 2, 3, 4, 5, 6, 7, 9, 14, 30][next(11) as usize]).collect();
            let b = breakdown(&counts, t);
            for (c, &n) in b.cells.iter().zip(&counts) {
                match c {
                    Cell::Shown(v) => assert_eq!(*v, n, "{counts:?}: a shown figure is true"),
                    Cell::Small => {
                        assert!(n > 0 && n < t.get(), "{counts:?}: 'small' is never said of a larger figure")
                    }
                    Cell::Protecting => assert!(n >= t.get(), "{counts:?}: 'hidden' stands for threshold or more"),
                }
                if n > 0 && n < t.get() {
                    assert_eq!(*c, Cell::Small, "{counts:?}: every small figure is hidden");
                }
            }
            if let Cell::Shown(total) = b.total {
                assert_eq!(total, counts.iter().sum::<i64>());
            }
            let cap = counts.iter().sum::<i64>() + t.get();
            for (k, values) in possible_values(&b, t, cap).iter().enumerate() {
                assert!(
                    values.len() >= 2,
                    "{counts:?} with threshold {}: hidden cell {k} can only be {values:?}",
                    t.get()
                );
            }
        }
    }

    #[test]
    fn a_table_hides_a_column_whose_total_must_go() {
        // Opinion group B has 6 people: 1 pupil and 5 parents. Its total is
        // shown; its column hides the pupil and the 5 that would give them away.
        // Opinion group B: 1 pupil and 5 parents. Inside the column, 6 would
        // pin both, so B's size goes; then 36 − 30 would give B away, so A's
        // size goes too. The grand total stays.
        let t = table(&[vec![20, 1], vec![10, 5]], T);
        assert_eq!(t.column_totals, vec![P, P]);
        assert_eq!(t.rows, vec![vec![P, X], vec![P, P]]);
        assert_eq!(t.total, S(36));
        // Enough people everywhere: everything shown.
        let t = table(&[vec![20, 7], vec![10, 5]], T);
        assert_eq!(t.column_totals, vec![S(30), S(12)]);
        assert_eq!(t.rows, vec![vec![S(20), S(7)], vec![S(10), S(5)]]);
    }

    #[test]
    fn no_hidden_figure_of_a_table_can_be_worked_out() {
        let mut state: u64 = 0xC0FFEE;
        let mut next = |n: u64| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state % n
        };
        for _ in 0..600 {
            let (rows, cols) = (1 + next(3) as usize, 1 + next(3) as usize);
            let counts: Vec<Vec<i64>> =
                (0..rows).map(|_| (0..cols).map(|_| [0, 1, 2, 4, 5, 6, 9][next(7) as usize]).collect()).collect();
            let pub_ = table(&counts, T);
            // Every hidden cell, with the range its label tells, tried jointly
            // against every published total.
            let mut hidden = Vec::new();
            for (i, row) in pub_.rows.iter().enumerate() {
                for (j, c) in row.iter().enumerate() {
                    match c {
                        Cell::Shown(v) => assert_eq!(*v, counts[i][j]),
                        Cell::Small => hidden.push((i, j, 1, 4)),
                        Cell::Protecting => hidden.push((i, j, 5, 20)),
                    }
                }
            }
            let fits = |pick: &[i64]| {
                let value = |i: usize, j: usize| {
                    hidden.iter().position(|h| h.0 == i && h.1 == j).map_or(counts[i][j], |k| pick[k])
                };
                let col = |j: usize| (0..rows).map(|i| value(i, j)).sum::<i64>();
                (0..cols).all(|j| pub_.column_totals[j].value().is_none_or(|t| t == col(j)))
                    && pub_.total.value().is_none_or(|t| t == (0..cols).map(col).sum::<i64>())
                    && (0..cols).all(|j| match pub_.column_totals[j] {
                        Cell::Small => (1..5).contains(&col(j)),
                        Cell::Protecting => col(j) >= 5,
                        Cell::Shown(_) => true,
                    })
            };
            let mut seen = vec![std::collections::BTreeSet::new(); hidden.len()];
            let mut pick: Vec<i64> = hidden.iter().map(|h| h.2).collect();
            'all: loop {
                if fits(&pick) {
                    for (s, v) in seen.iter_mut().zip(&pick) {
                        s.insert(*v);
                    }
                }
                for k in 0..pick.len() {
                    if pick[k] < hidden[k].3 {
                        pick[k] += 1;
                        continue 'all;
                    }
                    pick[k] = hidden[k].2;
                }
                break;
            }
            for (k, values) in seen.iter().enumerate() {
                assert!(values.len() >= 2, "{counts:?} -> {pub_:?}: cell {:?} can only be {values:?}", hidden[k]);
            }
        }
    }
}
