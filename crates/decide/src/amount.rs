//! Money as exact decimals. Budgets and costs in real files have up to two
//! decimals (Kraków) and reach billions (Hungarian forints), so they are kept
//! as integers in a common scale: never as floating point.

use std::fmt;

/// A non-negative decimal read from a file, e.g. "1741081.19" or "1741081,19".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Decimal {
    /// The digits without the decimal point.
    pub units: i128,
    /// How many of them are after the point.
    pub scale: u32,
}

/// Digits after the point we accept; real files use at most two.
pub const MAX_SCALE: u32 = 6;
/// Amounts above this (10^18, in the smallest unit written) are refused: sums
/// over millions of voters then stay far inside 128-bit integers.
const MAX_UNITS: i128 = 1_000_000_000_000_000_000;

impl Decimal {
    /// Parses `123`, `123.45` or `123,45` (a comma is a decimal point in
    /// Polish files). Signs, exponents and thousands separators are refused.
    pub fn parse(text: &str) -> Option<Decimal> {
        let text = text.trim();
        let (whole, fraction) = match text.find(['.', ',']) {
            Some(at) => (&text[..at], &text[at + 1..]),
            None => (text, ""),
        };
        if whole.is_empty() && fraction.is_empty() {
            return None;
        }
        let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
        if !digits(whole) || !digits(fraction) || fraction.len() > MAX_SCALE as usize {
            return None;
        }
        let mut units: i128 = 0;
        for b in whole.bytes().chain(fraction.bytes()) {
            units = units.checked_mul(10)?.checked_add(i128::from(b - b'0'))?;
            if units > MAX_UNITS {
                return None;
            }
        }
        // Trailing zeros after the point carry no information; dropping them keeps scales small.
        let mut scale = fraction.len() as u32;
        while scale > 0 && units % 10 == 0 {
            units /= 10;
            scale -= 1;
        }
        Some(Decimal { units, scale })
    }

    /// The same amount with `scale` digits after the point (scale must not shrink).
    pub fn rescale(self, scale: u32) -> i128 {
        self.units * 10_i128.pow(scale.saturating_sub(self.scale))
    }

    pub fn from_scaled(units: i128, scale: u32) -> Decimal {
        let mut d = Decimal { units, scale };
        while d.scale > 0 && d.units % 10 == 0 {
            d.units /= 10;
            d.scale -= 1;
        }
        d
    }

    pub fn to_f64(self) -> f64 {
        self.units as f64 / 10f64.powi(self.scale as i32)
    }
}

impl fmt::Display for Decimal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.scale == 0 {
            return write!(f, "{}", self.units);
        }
        let div = 10_i128.pow(self.scale);
        let sign = if self.units < 0 { "-" } else { "" };
        let abs = self.units.abs();
        write!(f, "{sign}{}.{:0width$}", abs / div, abs % div, width = self.scale as usize)
    }
}

/// JSON numbers: integers stay integers; other amounts are written as the
/// nearest float (the exact text is `to_string()`).
impl serde::Serialize for Decimal {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match (self.scale, i64::try_from(self.units)) {
            (0, Ok(n)) => serializer.serialize_i64(n),
            _ => serializer.serialize_f64(self.to_f64()),
        }
    }
}

/// Reads what [`Serialize`](serde::Serialize) wrote back exactly: an integer,
/// or a float whose shortest text is the decimal (true for every amount with
/// at most 15 significant digits), or the decimal as text.
impl<'de> serde::Deserialize<'de> for Decimal {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Decimal, D::Error> {
        struct Amount;
        impl serde::de::Visitor<'_> for Amount {
            type Value = Decimal;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a non-negative amount")
            }
            fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<Decimal, E> {
                Ok(Decimal::from_scaled(i128::from(v), 0))
            }
            fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<Decimal, E> {
                u64::try_from(v).map_err(|_| E::custom("a negative amount")).and_then(|v| self.visit_u64(v))
            }
            fn visit_f64<E: serde::de::Error>(self, v: f64) -> Result<Decimal, E> {
                self.visit_str(&v.to_string())
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Decimal, E> {
                Decimal::parse(v).ok_or_else(|| E::custom(format!("not an amount: {v}")))
            }
        }
        deserializer.deserialize_any(Amount)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_round_trip_is_exact() {
        for text in ["0", "7", "100000", "1741081.19", "12.5", "0.000001", "2500000000", "123456789012.34"] {
            let d = Decimal::parse(text).unwrap();
            let json = serde_json::to_string(&d).unwrap();
            assert_eq!(serde_json::from_str::<Decimal>(&json).unwrap(), d, "{text} as {json}");
        }
        assert!(serde_json::from_str::<Decimal>("-1").is_err());
        assert_eq!(serde_json::from_str::<Decimal>("\"12.50\"").unwrap(), Decimal::parse("12.5").unwrap());
    }

    #[test]
    fn reads_the_decimals_real_files_use() {
        assert_eq!(Decimal::parse("100000"), Some(Decimal { units: 100000, scale: 0 }));
        assert_eq!(Decimal::parse("1741081.19"), Some(Decimal { units: 174108119, scale: 2 }));
        assert_eq!(Decimal::parse("1741081,19"), Some(Decimal { units: 174108119, scale: 2 }));
        assert_eq!(Decimal::parse("12.50"), Some(Decimal { units: 125, scale: 1 }));
        assert_eq!(Decimal::parse(" 7 "), Some(Decimal { units: 7, scale: 0 }));
        for bad in ["", ".", "-5", "1e6", "1.2.3", "12 000", "abc", "1.1234567", "9999999999999999999999999999"] {
            assert_eq!(Decimal::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn prints_and_rescales() {
        let d = Decimal::parse("1741081.19").unwrap();
        assert_eq!(d.to_string(), "1741081.19");
        assert_eq!(d.rescale(4), 17410811900);
        assert_eq!(Decimal::from_scaled(17410811900, 4).to_string(), "1741081.19");
        assert_eq!(Decimal::from_scaled(5, 2).to_string(), "0.05");
    }
}
