//! The second factor: time-based one-time passwords (RFC 6238, HMAC-SHA1,
//! six digits, 30-second steps, as every authenticator app reads them) and
//! one-time recovery codes. Pure: the time and the secret are parameters.

use hmac::{Hmac, KeyInit, Mac};
use sha1::Sha1;

use crate::time::Timestamp;

pub const STEP_SECS: i64 = 30;
pub const DIGITS: u32 = 6;
/// Codes from one step before or after are accepted: phones' clocks drift.
pub const SKEW_STEPS: i64 = 1;
/// Bytes of secret: 160 bits, as RFC 4226 recommends.
pub const SECRET_BYTES: usize = 20;
/// Recovery codes given at once; each works one time.
pub const RECOVERY_CODES: usize = 10;
/// Wrong codes allowed for one password sign-in before it must start again.
pub const CODE_ATTEMPTS: i64 = 5;
/// How long someone has to type the code after their password.
pub const CHALLENGE_SECS: i64 = 5 * 60;

/// RFC 4226's HOTP value for a counter, as a `DIGITS`-digit number.
pub fn hotp(secret: &[u8], counter: u64) -> u32 {
    // HMAC accepts keys of any length, so this cannot fail.
    let Ok(mut mac) = <Hmac<Sha1> as KeyInit>::new_from_slice(secret) else {
        return u32::MAX;
    };
    mac.update(&counter.to_be_bytes());
    let digest = mac.finalize().into_bytes();
    let offset = usize::from(digest[digest.len() - 1] & 0x0f);
    let binary =
        u32::from_be_bytes([digest[offset] & 0x7f, digest[offset + 1], digest[offset + 2], digest[offset + 3]]);
    binary % 10u32.pow(DIGITS)
}

/// The step a moment falls in.
pub fn step_at(now: Timestamp) -> i64 {
    now.0.div_euclid(STEP_SECS)
}

/// The code an app shows at `now`, zero-padded.
pub fn code_at(secret: &[u8], now: Timestamp) -> String {
    format!("{:0width$}", hotp(secret, step_at(now).max(0) as u64), width = DIGITS as usize)
}

/// What someone typed, without the spaces and hyphens apps and people add.
pub fn normalise_code(input: &str) -> String {
    input.chars().filter(|c| !c.is_whitespace() && *c != '-').collect::<String>().to_ascii_uppercase()
}

/// Checks a code against the steps around `now`, refusing any step at or
/// before `last_step` (a code seen once cannot be replayed). Returns the
/// step it matched, to be remembered as the new `last_step`.
pub fn verify(secret: &[u8], input: &str, now: Timestamp, last_step: Option<i64>) -> Option<i64> {
    let code = normalise_code(input);
    if code.len() != DIGITS as usize || !code.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let typed: u32 = code.parse().ok()?;
    let current = step_at(now);
    (current - SKEW_STEPS..=current + SKEW_STEPS)
        .filter(|step| *step >= 0 && last_step.is_none_or(|last| *step > last))
        .find(|step| hotp(secret, *step as u64) == typed)
}

const BASE32: &[u8; 32] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

/// RFC 4648 base 32 without padding: how secrets are typed into apps.
pub fn base32_encode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(5) * 8);
    let (mut buffer, mut bits) = (0u32, 0u32);
    for &b in bytes {
        buffer = (buffer << 8) | u32::from(b);
        bits += 8;
        while bits >= 5 {
            bits -= 5;
            out.push(char::from(BASE32[((buffer >> bits) & 31) as usize]));
        }
    }
    if bits > 0 {
        out.push(char::from(BASE32[((buffer << (5 - bits)) & 31) as usize]));
    }
    out
}

/// Reads base 32 (any case, spaces and padding ignored); `None` on a stray character.
pub fn base32_decode(text: &str) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(text.len() * 5 / 8);
    let (mut buffer, mut bits) = (0u32, 0u32);
    for c in text.chars().filter(|c| !c.is_whitespace() && *c != '=') {
        let value = BASE32.iter().position(|&b| char::from(b) == c.to_ascii_uppercase())? as u32;
        buffer = (buffer << 5) | value;
        bits += 5;
        if bits >= 8 {
            bits -= 8;
            out.push((buffer >> bits) as u8);
        }
    }
    Some(out)
}

/// The address an authenticator app reads from a QR code (Key URI format).
pub fn otpauth_uri(issuer: &str, account: &str, secret: &[u8]) -> String {
    let enc = |s: &str| {
        s.bytes()
            .map(|b| match b {
                b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' | b'@' => char::from(b).to_string(),
                _ => format!("%{b:02X}"),
            })
            .collect::<String>()
    };
    format!(
        "otpauth://totp/{}:{}?secret={}&issuer={}&algorithm=SHA1&digits={DIGITS}&period={STEP_SECS}",
        enc(issuer),
        enc(account),
        base32_encode(secret),
        enc(issuer)
    )
}

/// A recovery code as people type it: letters and digits only, upper case.
pub fn normalise_recovery_code(input: &str) -> String {
    input.chars().filter(|c| c.is_ascii_alphanumeric()).collect::<String>().to_ascii_uppercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    const RFC_SECRET: &[u8] = b"12345678901234567890";

    #[test]
    fn rfc_6238_test_vectors_for_sha1() {
        // Appendix B, SHA1 column, last six of the eight digits.
        for (time, code) in [
            (59, "287082"),
            (1_111_111_109, "081804"),
            (1_111_111_111, "050471"),
            (1_234_567_890, "005924"),
            (2_000_000_000, "279037"),
            (20_000_000_000, "353130"),
        ] {
            assert_eq!(code_at(RFC_SECRET, Timestamp(time)), code, "at {time}");
        }
    }

    #[test]
    fn rfc_4226_hotp_values() {
        let expected = [755_224, 287_082, 359_152, 969_429, 338_314, 254_676, 287_922, 162_583, 399_871, 520_489];
        for (counter, value) in expected.iter().enumerate() {
            assert_eq!(hotp(RFC_SECRET, counter as u64), *value);
        }
    }

    #[test]
    fn a_code_works_within_one_step_of_drift_and_never_twice() {
        let now = Timestamp(1_795_000_000);
        let code = code_at(RFC_SECRET, now);
        let step = verify(RFC_SECRET, &code, now, None).unwrap();
        assert_eq!(verify(RFC_SECRET, &code, Timestamp(now.0 + 30), None), Some(step), "a step late");
        assert_eq!(verify(RFC_SECRET, &code, Timestamp(now.0 + 90), None), None, "three steps late");
        assert_eq!(verify(RFC_SECRET, &code, now, Some(step)), None, "replayed");
        let spaced = format!("{} {}", &code[..3], &code[3..]);
        assert_eq!(verify(RFC_SECRET, &spaced, now, None), Some(step));
        for bad in ["", "12345", "1234567", "abcdef", "１２３４５６"] {
            assert_eq!(verify(RFC_SECRET, bad, now, None), None, "{bad}");
        }
    }

    #[test]
    fn base32_round_trips_and_matches_rfc_4648() {
        assert_eq!(base32_encode(b"foobar"), "MZXW6YTBOI");
        assert_eq!(base32_encode(RFC_SECRET), "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
        assert_eq!(base32_decode("mzxw 6ytb oi======").as_deref(), Some(&b"foobar"[..]));
        assert_eq!(base32_decode("MZ1W"), None);
        for n in 0..=SECRET_BYTES {
            let bytes: Vec<u8> = (0..n as u8).map(|b| b.wrapping_mul(37)).collect();
            assert_eq!(base32_decode(&base32_encode(&bytes)), Some(bytes));
        }
    }

    #[test]
    fn the_key_uri_names_the_site_and_account() {
        let uri = otpauth_uri("Tandem Riverbend", "ana@example.org", RFC_SECRET);
        assert_eq!(
            uri,
            "otpauth://totp/Tandem%20Riverbend:ana@example.org?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ\
             &issuer=Tandem%20Riverbend&algorithm=SHA1&digits=6&period=30"
        );
    }
}
