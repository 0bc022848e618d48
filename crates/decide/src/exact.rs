//! Exact comparisons and rationals where the reference uses exact fractions.

use std::cmp::Ordering;

use num_bigint::BigInt;
use num_rational::BigRational;

pub type Q = BigRational;

pub fn q(n: i128) -> Q {
    Q::from_integer(BigInt::from(n))
}

pub fn q_frac(n: i128, d: i128) -> Q {
    Q::new(BigInt::from(n), BigInt::from(d))
}

pub fn to_f64(x: &Q) -> f64 {
    num_traits::ToPrimitive::to_f64(x).unwrap_or(f64::NAN)
}

/// Compares a/b with c/d for b, d > 0, exactly.
pub fn cmp_ratio(a: i128, b: i128, c: i128, d: i128) -> Ordering {
    match (a.checked_mul(d), c.checked_mul(b)) {
        (Some(x), Some(y)) => x.cmp(&y),
        _ => (BigInt::from(a) * BigInt::from(d)).cmp(&(BigInt::from(c) * BigInt::from(b))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compares_ratios_without_overflow() {
        assert_eq!(cmp_ratio(1, 3, 2, 6), Ordering::Equal);
        assert_eq!(cmp_ratio(2, 3, 3, 5), Ordering::Greater);
        let big = i128::MAX / 3;
        assert_eq!(cmp_ratio(big, big - 1, big - 1, big - 2), Ordering::Less);
        assert_eq!(to_f64(&q_frac(1, 4)), 0.25);
    }
}
