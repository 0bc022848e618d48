//! Weighted k-means in the plane, k-means++ seeding and silhouettes: the
//! two-level clustering Pol.is uses (about a hundred base clusters of
//! participants, then two to five opinion groups of base clusters).

use super::pca::{SplitMix, chunk_bounds, in_chunks};

pub(crate) type Point = [f64; 2];

fn dist2(a: Point, b: Point) -> f64 {
    (a[0] - b[0]).powi(2) + (a[1] - b[1]).powi(2)
}

fn nearest(p: Point, centers: &[Point]) -> (usize, f64) {
    let mut best = (0, f64::INFINITY);
    for (i, &c) in centers.iter().enumerate() {
        let d = dist2(p, c);
        if d < best.1 {
            best = (i, d);
        }
    }
    best
}

/// A clustering: centers and, per point, the index of its center.
#[derive(Clone, Debug)]
pub(crate) struct Clustering {
    pub centers: Vec<Point>,
    pub labels: Vec<usize>,
    pub inertia: f64,
}

/// Lloyd iterations from the given centers; clusters that lose every member
/// are dropped (as Pol.is does) and labels renumbered.
pub(crate) fn lloyd(points: &[Point], weights: &[f64], mut centers: Vec<Point>, max_iter: usize) -> Clustering {
    let n = points.len();
    let mut labels = vec![usize::MAX; n];
    // scikit-learn's stopping rule: centres move less than 1e-4 of the
    // data's variance (squared), or no label changes.
    let total: f64 = weights.iter().sum();
    let mean =
        [0, 1].map(|d| points.iter().zip(weights).map(|(p, w)| w * p[d]).sum::<f64>() / total.max(f64::MIN_POSITIVE));
    let variance = [0, 1]
        .map(|d| {
            points.iter().zip(weights).map(|(p, w)| w * (p[d] - mean[d]).powi(2)).sum::<f64>()
                / total.max(f64::MIN_POSITIVE)
        })
        .iter()
        .sum::<f64>()
        / 2.0;
    let tolerance = 1e-4 * variance;
    for _ in 0..max_iter.max(1) {
        let assigned = assign(points, &centers);
        let changed = assigned != labels;
        labels = assigned;
        let k = centers.len();
        let mut sum = vec![[0f64; 2]; k];
        let mut weight = vec![0f64; k];
        for (i, &l) in labels.iter().enumerate() {
            let w = weights[i];
            sum[l][0] += w * points[i][0];
            sum[l][1] += w * points[i][1];
            weight[l] += w;
        }
        let mut renumber = vec![usize::MAX; k];
        let mut next = Vec::with_capacity(k);
        for c in 0..k {
            if weight[c] > 0.0 {
                renumber[c] = next.len();
                next.push([sum[c][0] / weight[c], sum[c][1] / weight[c]]);
            }
        }
        let dropped = next.len() != k;
        if dropped {
            for l in &mut labels {
                *l = renumber[*l];
            }
        }
        let shift: f64 =
            if dropped { f64::INFINITY } else { centers.iter().zip(&next).map(|(a, b)| dist2(*a, *b)).sum() };
        centers = next;
        if (!changed || shift <= tolerance) && !dropped {
            break;
        }
    }
    let labels = assign(points, &centers);
    let inertia = points.iter().zip(&labels).zip(weights).map(|((p, &l), w)| w * dist2(*p, centers[l])).sum();
    Clustering { centers, labels, inertia }
}

/// A clustering without empty clusters: one that ended with no member is
/// removed and its points reassigned.
pub(crate) fn compact(mut c: Clustering, points: &[Point], weights: &[f64]) -> Clustering {
    let mut size = vec![0f64; c.centers.len()];
    for (&l, w) in c.labels.iter().zip(weights) {
        size[l] += w;
    }
    if size.iter().all(|&s| s > 0.0) {
        return c;
    }
    c.centers = c.centers.iter().zip(&size).filter(|(_, s)| **s > 0.0).map(|(c, _)| *c).collect();
    c.labels = assign(points, &c.centers);
    c
}

/// Previous centres grown to `target` (Pol.is' `clean-start-clusters`):
/// duplicates merged, then the point farthest from every centre becomes a
/// new centre until there are enough or every point sits on a centre.
pub(crate) fn grow_to(mut centers: Vec<Point>, points: &[Point], target: usize) -> Vec<Point> {
    centers.dedup_by(|a, b| a == b);
    let mut unique: Vec<Point> = Vec::with_capacity(centers.len());
    for c in centers {
        if !unique.contains(&c) {
            unique.push(c);
        }
    }
    unique.truncate(target);
    let mut nearest_d: Vec<f64> = points.iter().map(|&p| nearest(p, &unique).1).collect();
    while unique.len() < target {
        let Some((far, &d)) = nearest_d.iter().enumerate().max_by(|a, b| a.1.total_cmp(b.1)) else { break };
        if d <= 0.0 {
            break;
        }
        let c = points[far];
        unique.push(c);
        for (di, &p) in nearest_d.iter_mut().zip(points) {
            *di = di.min(dist2(p, c));
        }
    }
    unique
}

fn assign(points: &[Point], centers: &[Point]) -> Vec<usize> {
    if points.len() < 4096 {
        return points.iter().map(|&p| nearest(p, centers).0).collect();
    }
    let n = points.len();
    in_chunks(|chunk| {
        let (from, to) = chunk_bounds(n, chunk);
        points[from..to].iter().map(|&p| nearest(p, centers).0).collect::<Vec<_>>()
    })
    .concat()
}

/// k-means++ seeding, weighted; deterministic for a given generator state.
pub(crate) fn seed_plus_plus(points: &[Point], weights: &[f64], k: usize, rng: &mut SplitMix) -> Vec<Point> {
    let mut centers: Vec<Point> = Vec::with_capacity(k);
    let total: f64 = weights.iter().sum();
    let mut target = rng.next_f64() * total;
    let mut first = points.len() - 1;
    for (i, w) in weights.iter().enumerate() {
        target -= w;
        if target < 0.0 {
            first = i;
            break;
        }
    }
    centers.push(points[first]);
    let mut d: Vec<f64> = points.iter().map(|&p| dist2(p, points[first])).collect();
    while centers.len() < k {
        let total: f64 = d.iter().zip(weights).map(|(d, w)| d * w).sum();
        if total <= 0.0 {
            break;
        }
        let mut target = rng.next_f64() * total;
        let mut pick = points.len() - 1;
        for (i, (di, w)) in d.iter().zip(weights).enumerate() {
            target -= di * w;
            if target < 0.0 {
                pick = i;
                break;
            }
        }
        let c = points[pick];
        centers.push(c);
        for (di, &p) in d.iter_mut().zip(points) {
            *di = di.min(dist2(p, c));
        }
    }
    centers
}

/// The best (least inertia) of several seeded k-means++ runs.
pub(crate) fn best_of(
    points: &[Point],
    weights: &[f64],
    k: usize,
    restarts: usize,
    rng: &mut SplitMix,
    max_iter: usize,
) -> Clustering {
    let mut best: Option<Clustering> = None;
    let mut consider = |c: Clustering| {
        if best.as_ref().is_none_or(|b| {
            c.centers.len() > b.centers.len()
                || (c.centers.len() == b.centers.len() && c.inertia < b.inertia - 1e-12 * b.inertia.abs())
        }) {
            best = Some(c);
        }
    };
    for _ in 0..restarts {
        let seeds = seed_plus_plus(points, weights, k, rng);
        consider(lloyd(points, weights, seeds, max_iter));
    }
    best.unwrap_or_else(|| lloyd(points, weights, vec![points[0]], max_iter))
}

/// Mean silhouette of a clustering of a few points (the base clusters),
/// each point's silhouette weighted by `weights` — so the figure speaks for
/// participants, not for base clusters.
pub(crate) fn silhouette(points: &[Point], weights: &[f64], labels: &[usize], k: usize) -> f64 {
    let n = points.len();
    if k < 2 || n <= k {
        return -1.0;
    }
    // Each point's silhouette is independent: compute them in parallel
    // chunks, then add up in order.
    let parts = in_chunks(|chunk| {
        let (from, to) = chunk_bounds(n, chunk);
        let (mut total, mut weight_sum) = (0.0, 0.0);
        let mut sum = vec![0f64; k];
        let mut wsum = vec![0f64; k];
        for i in from..to {
            sum.iter_mut().for_each(|x| *x = 0.0);
            wsum.iter_mut().for_each(|x| *x = 0.0);
            for j in 0..n {
                let w = if i == j { weights[i] - 1.0 } else { weights[j] };
                if w <= 0.0 {
                    continue;
                }
                sum[labels[j]] += w * dist2(points[i], points[j]).sqrt();
                wsum[labels[j]] += w;
            }
            let own = labels[i];
            let s = if wsum[own] <= 0.0 {
                0.0
            } else {
                let a = sum[own] / wsum[own];
                let b = (0..k)
                    .filter(|&c| c != own && wsum[c] > 0.0)
                    .map(|c| sum[c] / wsum[c])
                    .fold(f64::INFINITY, f64::min);
                if !b.is_finite() || a.max(b) <= 0.0 { 0.0 } else { (b - a) / a.max(b) }
            };
            total += weights[i] * s;
            weight_sum += weights[i];
        }
        (total, weight_sum)
    });
    let (total, weight_sum) = parts.iter().fold((0.0, 0.0), |acc, p| (acc.0 + p.0, acc.1 + p.1));
    if weight_sum > 0.0 { total / weight_sum } else { -1.0 }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn two_obvious_blobs_are_found_and_score_well() {
        let mut points = Vec::new();
        for i in 0..20 {
            let t = f64::from(i) * 0.01;
            points.push([-5.0 + t, 1.0 - t]);
            points.push([5.0 - t, -1.0 + t]);
        }
        let weights = vec![1.0; points.len()];
        let mut rng = SplitMix(1);
        let c = best_of(&points, &weights, 2, 3, &mut rng, 50);
        assert_eq!(c.centers.len(), 2);
        assert!(c.labels.iter().step_by(2).all(|&l| l == c.labels[0]));
        assert!(c.labels.iter().skip(1).step_by(2).all(|&l| l != c.labels[0]));
        assert!(silhouette(&points, &weights, &c.labels, 2) > 0.9);
    }

    #[test]
    fn growing_adds_the_farthest_points_and_merges_duplicates() {
        let points = [[0.0, 0.0], [1.0, 0.0], [10.0, 0.0], [5.0, 5.0]];
        let grown = grow_to(vec![[0.0, 0.0], [0.0, 0.0]], &points, 3);
        assert_eq!(grown, vec![[0.0, 0.0], [10.0, 0.0], [5.0, 5.0]]);
        // Never more centres than distinct points.
        assert_eq!(grow_to(vec![[0.0, 0.0]], &[[0.0, 0.0]], 3), vec![[0.0, 0.0]]);
    }

    #[test]
    fn compacting_drops_centres_without_members() {
        let points = [[0.0, 0.0], [1.0, 0.0]];
        let c = Clustering { centers: vec![[0.0, 0.0], [9.0, 9.0], [1.0, 0.0]], labels: vec![0, 2], inertia: 0.0 };
        let c = compact(c, &points, &[1.0, 1.0]);
        assert_eq!(c.centers, vec![[0.0, 0.0], [1.0, 0.0]]);
        assert_eq!(c.labels, vec![0, 1]);
    }
}
