//! From counts per group to panels of named people, with every member of a
//! group at exactly the group's chance.
//!
//! Within a group of n people given c seats, the n/g windows of c consecutive
//! members starting at 0, c, 2c, … (g = gcd(n, c), wrapping round) seat every
//! member in exactly c/g of them, so each window at chance g/n gives each
//! member c/n. Windows of different groups are chosen together by one number
//! u in [0, 1): group g takes window ⌊u·mᵍ⌋. The panels are the intervals of
//! u between the points j/mᵍ, each with its length as chance: at most Σ mᵍ
//! panels per composition instead of their product, and still exact.

use std::cmp::Ordering;

use num_integer::Integer;

use super::{
    Pool, compare_ids,
    model::{Composition, Model},
};

/// A fraction num/den in [0, 1].
#[derive(Clone, Copy, Debug)]
struct Point {
    num: u64,
    den: u64,
}

impl Point {
    fn cmp(self, other: Point) -> Ordering {
        (u128::from(self.num) * u128::from(other.den)).cmp(&(u128::from(other.num) * u128::from(self.den)))
    }

    fn value(self) -> f64 {
        self.num as f64 / self.den as f64
    }
}

/// Each panel as (chance, people's indexes), in canonical order.
pub(super) fn panels(pool: &Pool, model: &Model, lottery: &[(Composition, f64)]) -> Vec<(f64, Vec<usize>)> {
    let mut out = Vec::new();
    for (composition, chance) in lottery {
        let mut fixed = Vec::new();
        // (group, seats, windows)
        let mut partial: Vec<(usize, u64, u64)> = Vec::new();
        for (g, &c) in composition.iter().enumerate() {
            let members = &model.groups[g].members;
            let n = members.len() as u64;
            let c = u64::from(c);
            if c == n {
                fixed.extend(members.iter().copied());
            } else if c > 0 {
                partial.push((g, c, n / n.gcd(&c)));
            }
        }
        let mut points: Vec<Point> = partial
            .iter()
            .flat_map(|&(_, _, windows)| (0..windows).map(move |j| Point { num: j, den: windows }))
            .collect();
        points.push(Point { num: 0, den: 1 });
        points.sort_by(|a, b| a.cmp(*b));
        points.dedup_by(|a, b| a.cmp(*b) == Ordering::Equal);
        points.push(Point { num: 1, den: 1 });
        for pair in points.windows(2) {
            let (start, end) = (pair[0], pair[1]);
            let mut members = fixed.clone();
            for &(g, c, windows) in &partial {
                let group = &model.groups[g].members;
                let n = group.len() as u64;
                // ⌊start · windows⌋, exactly.
                let window = (u128::from(start.num) * u128::from(windows) / u128::from(start.den)) as u64;
                members.extend((0..c).map(|t| group[((window * c + t) % n) as usize]));
            }
            members.sort_by(|a, b| compare_ids(&pool.people[*a].id, &pool.people[*b].id));
            out.push((chance * (end.value() - start.value()), members));
        }
    }
    out.sort_by(|a, b| {
        let ids = |p: &(f64, Vec<usize>)| p.1.iter().map(|&i| pool.people[i].id.as_str()).collect::<Vec<_>>();
        let (x, y) = (ids(a), ids(b));
        x.iter().zip(&y).map(|(p, q)| compare_ids(p, q)).find(|o| o.is_ne()).unwrap_or(x.len().cmp(&y.len()))
    });
    out
}
