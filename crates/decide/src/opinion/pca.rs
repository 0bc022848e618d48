//! Principal components of the vote table as Pol.is computes them: missing
//! votes take the statement's mean (so they add nothing once centred),
//! moderated-out statements count as a pass from everyone, and the top two
//! eigenvectors of the centred matrix's covariance are found by subspace
//! iteration with Rayleigh–Ritz. Sums are split into a fixed number of chunks
//! whatever the number of threads, so results do not depend on the machine.

use super::table::VoteTable;

/// Rows are summed in this many fixed chunks (then in chunk order).
const CHUNKS: usize = 16;
/// Subspace size: the two wanted components plus oversampling, which speeds
/// convergence from (λ3/λ2)^i to (λ7/λ2)^i.
const BLOCK: usize = 6;
/// Wide conversations can hold several nearly equal top eigenvalues (groups
/// of statements that are unrelated to each other); a bigger block lets
/// Rayleigh–Ritz separate such a cluster instead of iterating for hundreds
/// of rounds.
const WIDE_BLOCK: usize = 16;
const WIDE: usize = 2000;
const MAX_ITERATIONS: usize = 1000;
/// Relative residual ‖Cv − θv‖/θ at which a Ritz pair counts as converged.
const TOLERANCE: f64 = 1e-9;

/// Column means over the votes cast (moderated-out columns: 0), and whether
/// each column takes part.
pub(crate) struct Centring {
    pub mean: Vec<f64>,
    pub active: Vec<bool>,
    /// Σ (v − mean)² over the votes on active columns: the total variance
    /// (times n − 1) that the components' eigenvalues are shares of.
    pub total_variance: f64,
}

impl Centring {
    pub fn new(table: &VoteTable, moderated_out: &[bool]) -> Centring {
        let columns = table.statements().len();
        let rows = table.participants().len();
        // Integer sums, so the chunked order cannot change the result.
        let parts = in_chunks(|chunk| {
            let (from, to) = chunk_bounds(rows, chunk);
            let mut part = vec![[0i64; 3]; columns];
            for p in from..to {
                for &(c, v) in table.row(p) {
                    let cell = &mut part[c as usize];
                    cell[0] += i64::from(v);
                    cell[1] += i64::from(v * v);
                    cell[2] += 1;
                }
            }
            part
        });
        let (mut sum, mut squares, mut count) = (vec![0i64; columns], vec![0i64; columns], vec![0i64; columns]);
        for part in parts {
            for (c, cell) in part.iter().enumerate() {
                sum[c] += cell[0];
                squares[c] += cell[1];
                count[c] += cell[2];
            }
        }
        let active: Vec<bool> = (0..columns).map(|c| !moderated_out.get(c).copied().unwrap_or(false)).collect();
        let mean: Vec<f64> = (0..columns)
            .map(|c| if active[c] && count[c] > 0 { sum[c] as f64 / count[c] as f64 } else { 0.0 })
            .collect();
        // Σ (v − m)² = Σ v² − 2m Σ v + n m², per column.
        let total_variance = (0..columns)
            .filter(|&c| active[c])
            .map(|c| squares[c] as f64 - 2.0 * mean[c] * sum[c] as f64 + count[c] as f64 * mean[c] * mean[c])
            .sum();
        Centring { mean, active, total_variance }
    }
}

/// Something that multiplies a block of column vectors by the covariance
/// (up to a constant factor): `out[j*b + k] = Σ_l C[j][l] · v[l*b + k]`.
pub(crate) trait Covariance: Sync {
    fn dim(&self) -> usize;
    fn apply(&self, v: &[f64], b: usize) -> Vec<f64>;
}

/// Aᵀ(A·V) straight from the sparse votes; O(votes) per product.
pub(crate) struct SparseCovariance<'a> {
    pub table: &'a VoteTable,
    pub centring: &'a Centring,
}

/// The rows of fixed chunk `chunk` out of [`CHUNKS`].
pub(crate) fn chunk_bounds(n: usize, chunk: usize) -> (usize, usize) {
    (n * chunk / CHUNKS, n * (chunk + 1) / CHUNKS)
}

/// Runs `work` on each fixed chunk across the available cores and returns
/// the results in chunk order.
pub(crate) fn in_chunks<T: Send>(work: impl Fn(usize) -> T + Sync) -> Vec<T> {
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get()).min(CHUNKS);
    if threads <= 1 {
        return (0..CHUNKS).map(&work).collect();
    }
    let work = &work;
    let mut out: Vec<Option<T>> = (0..CHUNKS).map(|_| None).collect();
    std::thread::scope(|scope| {
        let handles: Vec<_> = (0..threads)
            .map(|t| scope.spawn(move || (t..CHUNKS).step_by(threads).map(|c| (c, work(c))).collect::<Vec<_>>()))
            .collect();
        for handle in handles {
            // A panic in a worker is a bug in this module; surface it as one.
            for (c, value) in handle.join().unwrap_or_else(|e| std::panic::resume_unwind(e)) {
                out[c] = Some(value);
            }
        }
    });
    out.into_iter().flatten().collect()
}

impl Covariance for SparseCovariance<'_> {
    fn dim(&self) -> usize {
        self.table.statements().len()
    }

    fn apply(&self, v: &[f64], b: usize) -> Vec<f64> {
        let columns = self.dim();
        let rows = self.table.participants().len();
        let mean = &self.centring.mean;
        let active = &self.centring.active;
        let partials = in_chunks(|chunk| {
            let (from, to) = chunk_bounds(rows, chunk);
            let mut out = vec![0f64; columns * b];
            let mut u = vec![0f64; b];
            for p in from..to {
                let row = self.table.row(p);
                u.iter_mut().for_each(|x| *x = 0.0);
                for &(c, vote) in row {
                    let c = c as usize;
                    if !active[c] {
                        continue;
                    }
                    let a = f64::from(vote) - mean[c];
                    let vc = &v[c * b..c * b + b];
                    for k in 0..b {
                        u[k] += a * vc[k];
                    }
                }
                for &(c, vote) in row {
                    let c = c as usize;
                    if !active[c] {
                        continue;
                    }
                    let a = f64::from(vote) - mean[c];
                    let oc = &mut out[c * b..c * b + b];
                    for k in 0..b {
                        oc[k] += a * u[k];
                    }
                }
            }
            out
        });
        sum_partials(partials, columns * b)
    }
}

fn sum_partials(partials: Vec<Vec<f64>>, len: usize) -> Vec<f64> {
    let mut total = vec![0f64; len];
    for part in partials {
        for (t, x) in total.iter_mut().zip(part) {
            *t += x;
        }
    }
    total
}

/// Raw co-vote sums kept up to date vote by vote, from which the centred
/// covariance is rebuilt in O(columns²) whatever the number of votes — what
/// makes an update after one new vote cheap.
#[derive(Clone, Debug)]
pub(crate) struct CoVotes {
    pub columns: usize,
    /// Σ vⱼ·vₖ over participants who voted on both.
    product: Vec<f64>,
    /// Σ vⱼ over participants who voted on both j and k.
    first: Vec<f64>,
    /// Number of participants who voted on both.
    both: Vec<u32>,
}

impl CoVotes {
    pub fn new(table: &VoteTable) -> CoVotes {
        let columns = table.statements().len();
        let rows = table.participants().len();
        let partials = in_chunks(|chunk| {
            let (from, to) = chunk_bounds(rows, chunk);
            let mut part = CoVotes::empty(columns);
            for p in from..to {
                part.add_row(table.row(p), 1);
            }
            part
        });
        let mut total = CoVotes::empty(columns);
        for part in partials {
            for (t, x) in total.product.iter_mut().zip(&part.product) {
                *t += x;
            }
            for (t, x) in total.first.iter_mut().zip(&part.first) {
                *t += x;
            }
            for (t, x) in total.both.iter_mut().zip(&part.both) {
                *t += x;
            }
        }
        total
    }

    fn empty(columns: usize) -> CoVotes {
        CoVotes {
            columns,
            product: vec![0.0; columns * columns],
            first: vec![0.0; columns * columns],
            both: vec![0; columns * columns],
        }
    }

    /// Makes room for a new statement column at `at` (columns from `at` on
    /// move one to the right), in O(columns²) rather than a full rebuild.
    pub fn insert_column(&mut self, at: usize) {
        let old = self.columns;
        let n = old + 1;
        let map = |i: usize| if i < at { i } else { i + 1 };
        let mut next = CoVotes::empty(n);
        for j in 0..old {
            for k in 0..old {
                let (from, to) = (j * old + k, map(j) * n + map(k));
                next.product[to] = self.product[from];
                next.first[to] = self.first[from];
                next.both[to] = self.both[from];
            }
        }
        *self = next;
    }

    /// Adds (sign 1) or removes (sign −1) one participant's row.
    pub fn add_row(&mut self, row: &[(u32, i8)], sign: i32) {
        let n = self.columns;
        let s = f64::from(sign);
        for &(j, vj) in row {
            let (j, vj) = (j as usize, f64::from(vj));
            for &(k, vk) in row {
                let at = j * n + k as usize;
                self.product[at] += s * vj * f64::from(vk);
                self.first[at] += s * vj;
                self.both[at] = self.both[at].wrapping_add_signed(sign);
            }
        }
    }

    /// The centred covariance (times n−1), dense.
    pub fn covariance(&self, centring: &Centring) -> DenseCovariance {
        let n = self.columns;
        let m = &centring.mean;
        // Row blocks are independent; build them in parallel.
        let parts = in_chunks(|chunk| {
            let (from, to) = chunk_bounds(n, chunk);
            let mut c = vec![0f64; (to - from) * n];
            for j in from..to {
                if !centring.active[j] {
                    continue;
                }
                for k in 0..n {
                    if !centring.active[k] {
                        continue;
                    }
                    let at = j * n + k;
                    // Σ (vⱼ−mⱼ)(vₖ−mₖ) over co-voters, expanded.
                    c[(j - from) * n + k] = self.product[at] - m[k] * self.first[at] - m[j] * self.first[k * n + j]
                        + m[j] * m[k] * f64::from(self.both[at]);
                }
            }
            c
        });
        DenseCovariance { n, c: parts.concat() }
    }
}

pub(crate) struct DenseCovariance {
    n: usize,
    c: Vec<f64>,
}

impl Covariance for DenseCovariance {
    fn dim(&self) -> usize {
        self.n
    }

    fn apply(&self, v: &[f64], b: usize) -> Vec<f64> {
        let n = self.n;
        let parts = in_chunks(|chunk| {
            let (from, to) = chunk_bounds(n, chunk);
            let mut out = vec![0f64; (to - from) * b];
            for j in from..to {
                let row = &self.c[j * n..j * n + n];
                let o = &mut out[(j - from) * b..(j - from) * b + b];
                for (l, &cjl) in row.iter().enumerate() {
                    if cjl == 0.0 {
                        continue;
                    }
                    let vl = &v[l * b..l * b + b];
                    for k in 0..b {
                        o[k] += cjl * vl[k];
                    }
                }
            }
            out
        });
        parts.concat()
    }
}

/// The top two principal components, with their eigenvalues of AᵀA.
pub(crate) struct Components {
    pub comps: [Vec<f64>; 2],
    /// The whole converged block, to start the next update from.
    pub block: Vec<Vec<f64>>,
    pub eigenvalues: [f64; 2],
    pub iterations: usize,
}

/// A small deterministic generator (SplitMix64) for start vectors and
/// k-means++ seeding; results depend only on the seed.
#[derive(Clone, Debug)]
pub(crate) struct SplitMix(pub u64);

impl SplitMix {
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in [0, 1).
    pub fn next_f64(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }
}

/// Orthonormalises the b columns of `v` (n × b, row-major) in place by
/// modified Gram–Schmidt; a column that vanishes is replaced by a fresh
/// random one.
fn orthonormalise(v: &mut [f64], n: usize, b: usize, rng: &mut SplitMix) {
    for k in 0..b {
        for attempt in 0..3 {
            for prev in 0..k {
                let dot: f64 = (0..n).map(|j| v[j * b + k] * v[j * b + prev]).sum();
                for j in 0..n {
                    v[j * b + k] -= dot * v[j * b + prev];
                }
            }
            let norm = (0..n).map(|j| v[j * b + k] * v[j * b + k]).sum::<f64>().sqrt();
            if norm > 1e-300 && (attempt > 0 || norm > 1e-10) {
                for j in 0..n {
                    v[j * b + k] /= norm;
                }
                break;
            }
            for j in 0..n {
                v[j * b + k] = rng.next_f64() - 0.5;
            }
        }
    }
}

/// Eigen-decomposition of a small symmetric matrix by cyclic Jacobi:
/// returns eigenvalues and eigenvectors (as columns of a row-major matrix).
fn jacobi(mut a: Vec<f64>, n: usize) -> (Vec<f64>, Vec<f64>) {
    let mut q = vec![0f64; n * n];
    for i in 0..n {
        q[i * n + i] = 1.0;
    }
    for _sweep in 0..100 {
        let off: f64 = (0..n)
            .flat_map(|i| (0..n).filter(move |&j| j != i).map(move |j| (i, j)))
            .map(|(i, j)| a[i * n + j].powi(2))
            .sum();
        let scale: f64 = (0..n).map(|i| a[i * n + i].powi(2)).sum::<f64>().max(f64::MIN_POSITIVE);
        if off <= 1e-30 * scale {
            break;
        }
        for p in 0..n {
            for r in p + 1..n {
                let apr = a[p * n + r];
                if apr == 0.0 {
                    continue;
                }
                let theta = (a[r * n + r] - a[p * n + p]) / (2.0 * apr);
                let t = theta.signum() / (theta.abs() + (theta * theta + 1.0).sqrt());
                let t = if theta == 0.0 { 1.0 } else { t };
                let c = 1.0 / (t * t + 1.0).sqrt();
                let s = t * c;
                for k in 0..n {
                    let akp = a[k * n + p];
                    let akr = a[k * n + r];
                    a[k * n + p] = c * akp - s * akr;
                    a[k * n + r] = s * akp + c * akr;
                }
                for k in 0..n {
                    let apk = a[p * n + k];
                    let ark = a[r * n + k];
                    a[p * n + k] = c * apk - s * ark;
                    a[r * n + k] = s * apk + c * ark;
                }
                for k in 0..n {
                    let qkp = q[k * n + p];
                    let qkr = q[k * n + r];
                    q[k * n + p] = c * qkp - s * qkr;
                    q[k * n + r] = s * qkp + c * qkr;
                }
            }
        }
    }
    ((0..n).map(|i| a[i * n + i]).collect(), q)
}

/// Top two eigenvectors of the covariance by subspace iteration, started from
/// `start` (the previous components, when updating) topped up with seeded
/// random vectors.
pub(crate) fn top_two(op: &dyn Covariance, start: &[Vec<f64>], seed: u64) -> Components {
    let n = op.dim();
    let b = if n > WIDE { WIDE_BLOCK } else { BLOCK }.min(n.max(1));
    let mut rng = SplitMix(seed);
    let mut v = vec![0f64; n * b];
    for k in 0..b {
        let given = start.get(k).filter(|s| s.len() == n && s.iter().any(|x| *x != 0.0));
        for j in 0..n {
            v[j * b + k] = match given {
                Some(s) => s[j],
                None => rng.next_f64() - 0.5,
            };
        }
    }
    orthonormalise(&mut v, n, b, &mut rng);
    let mut iterations = 0;
    let mut values = vec![0f64; b];
    let mut stalled = 0;
    while iterations < MAX_ITERATIONS && n > 0 {
        iterations += 1;
        let w = op.apply(&v, b);
        // Rayleigh quotient matrix H = Vᵀ W (symmetric up to rounding).
        let mut h = vec![0f64; b * b];
        for p in 0..b {
            for q in 0..b {
                h[p * b + q] = (0..n).map(|j| v[j * b + p] * w[j * b + q]).sum();
            }
        }
        for p in 0..b {
            for q in p + 1..b {
                let avg = 0.5 * (h[p * b + q] + h[q * b + p]);
                h[p * b + q] = avg;
                h[q * b + p] = avg;
            }
        }
        let (theta, y) = jacobi(h, b);
        let mut order: Vec<usize> = (0..b).collect();
        order.sort_by(|&x, &z| theta[z].total_cmp(&theta[x]));
        // Ritz vectors V·y and their images W·y, in descending order.
        let mut ritz = vec![0f64; n * b];
        let mut image = vec![0f64; n * b];
        for j in 0..n {
            for (slot, &o) in order.iter().enumerate() {
                let mut r = 0.0;
                let mut im = 0.0;
                for p in 0..b {
                    r += v[j * b + p] * y[p * b + o];
                    im += w[j * b + p] * y[p * b + o];
                }
                ritz[j * b + slot] = r;
                image[j * b + slot] = im;
            }
        }
        let previous = std::mem::replace(&mut values, order.iter().map(|&o| theta[o]).collect());
        // When the top eigenvalues are (nearly) equal the individual vectors
        // converge very slowly, but any vectors of that eigenspace explain
        // the same variance: stop once the top two Ritz values stop moving.
        let still = (0..2.min(b)).all(|slot| (values[slot] - previous[slot]).abs() <= 1e-15 * values[slot].abs());
        stalled = if still { stalled + 1 } else { 0 };
        let converged = stalled >= 5
            || (0..2.min(b)).all(|slot| {
                let t = values[slot];
                let residual: f64 =
                    (0..n).map(|j| (image[j * b + slot] - t * ritz[j * b + slot]).powi(2)).sum::<f64>().sqrt();
                t.abs() <= f64::MIN_POSITIVE || residual <= TOLERANCE * t.abs()
            });
        if converged {
            v = ritz;
            break;
        }
        v = image;
        orthonormalise(&mut v, n, b, &mut rng);
    }
    let comp = |slot: usize| -> Vec<f64> {
        if slot >= b {
            return vec![0.0; n];
        }
        let mut c: Vec<f64> = (0..n).map(|j| v[j * b + slot]).collect();
        let norm = c.iter().map(|x| x * x).sum::<f64>().sqrt();
        if norm > 0.0 {
            c.iter_mut().for_each(|x| *x /= norm);
        }
        // scikit-learn's sign convention: the largest entry is positive.
        let largest = c.iter().copied().fold(0f64, |acc, x| if x.abs() > acc.abs() { x } else { acc });
        if largest < 0.0 {
            c.iter_mut().for_each(|x| *x = -*x);
        }
        c
    };
    let block = (0..b).map(|k| (0..n).map(|j| v[j * b + k]).collect()).collect();
    Components {
        comps: [comp(0), comp(1)],
        block,
        eigenvalues: [values.first().copied().unwrap_or(0.0), values.get(1).copied().unwrap_or(0.0)],
        iterations,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn jacobi_diagonalises_a_symmetric_matrix() {
        let (values, vectors) = jacobi(vec![2.0, 1.0, 1.0, 2.0], 2);
        let mut sorted = values.clone();
        sorted.sort_by(f64::total_cmp);
        assert!((sorted[0] - 1.0).abs() < 1e-12 && (sorted[1] - 3.0).abs() < 1e-12);
        let big = if values[0] > values[1] { 0 } else { 1 };
        assert!((vectors[big].abs() - 0.5f64.sqrt()).abs() < 1e-12);
    }
}
