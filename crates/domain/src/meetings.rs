//! Meetings (issue 16): the notice rule, places reserved per constituency
//! with a waitlist, access needs, and check-in codes people can read aloud.
//! Pure: randomness and time are given by the caller.

use crate::{FieldError, time::Timestamp};

string_enum! {
    pub enum MeetingMode {
        InPerson = "in_person",
        Online = "online",
        Hybrid = "hybrid",
    }
}

string_enum! {
    /// What someone needs to take part, asked at registration and only ever totalled.
    pub enum AccessNeed {
        Interpreting = "interpreting",
        Childcare = "childcare",
        StepFree = "step_free",
        Dietary = "dietary",
        Other = "other",
    }
}

/// The default notice: the agenda published at least 72 hours before.
pub const DEFAULT_NOTICE_HOURS: i64 = 72;

/// Whether an agenda published at `published` gave the notice the body's
/// rule asks before a meeting starting at `starts`.
pub fn notice_given(published: Timestamp, starts: Timestamp, notice_hours: i64) -> bool {
    starts.secs_since(published) >= notice_hours.saturating_mul(crate::time::HOUR)
}

/// Letters and digits nobody confuses when reading aloud or typing: no 0/O,
/// 1/I/L, 5/S, 2/Z, 8/B.
pub const CODE_ALPHABET: &[u8] = b"34679ACDEFGHJKMNPQRTUVWXY";
pub const CODE_LEN: usize = 6;

/// A check-in code from random bytes (one per character).
pub fn check_in_code(random: &[u8; CODE_LEN]) -> String {
    random.iter().map(|b| char::from(CODE_ALPHABET[usize::from(*b) % CODE_ALPHABET.len()])).collect()
}

/// A code as typed: case, spaces and dashes do not matter; anything else
/// outside the alphabet is refused.
pub fn parse_check_in_code(field: &'static str, input: &str) -> Result<String, FieldError> {
    let code: String =
        input.chars().filter(|c| !c.is_whitespace() && *c != '-').map(|c| c.to_ascii_uppercase()).collect();
    if code.len() != CODE_LEN || !code.bytes().all(|b| CODE_ALPHABET.contains(&b)) {
        return Err(FieldError::new(field, "error-check-in-code"));
    }
    Ok(code)
}

/// Where a new registration goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Placement {
    /// A place reserved for the person's constituency.
    Reserved,
    /// A place open to anyone.
    Open,
    Waitlist,
}

/// The places of a meeting: `capacity` in all, of which `reserved` for one
/// constituency each; `taken_reserved` are the reserved places taken per
/// constituency and `taken_open` the open places taken. A person of a
/// constituency with a free reserved place takes it; else an open place;
/// else the waitlist.
pub fn place(
    capacity: u32,
    reserved: &[(&str, u32)],
    taken_reserved: &[(&str, u32)],
    taken_open: u32,
    constituency: Option<&str>,
) -> Placement {
    let taken = |c: &str| taken_reserved.iter().find(|(k, _)| *k == c).map_or(0, |(_, n)| *n);
    if let Some(c) = constituency
        && let Some((_, n)) = reserved.iter().find(|(k, _)| *k == c)
        && taken(c) < *n
    {
        return Placement::Reserved;
    }
    let all_reserved: u32 = reserved.iter().map(|(_, n)| *n).sum();
    if taken_open < capacity.saturating_sub(all_reserved) { Placement::Open } else { Placement::Waitlist }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn notice_is_hours_before_the_start() {
        let start = Timestamp(1_800_000_000);
        assert!(notice_given(start.plus_secs(-72 * 3600), start, 72));
        assert!(!notice_given(start.plus_secs(-71 * 3600), start, 72));
    }

    #[test]
    fn codes_read_aloud_and_type_back() {
        let code = check_in_code(&[0, 1, 2, 250, 24, 25]);
        assert_eq!(code.len(), CODE_LEN);
        assert!(!code.contains(['0', 'O', '1', 'I', 'L', '5', 'S', '2', 'Z', '8', 'B']));
        let typed = format!("{}-{} ", &code[..3].to_lowercase(), &code[3..]);
        assert_eq!(parse_check_in_code("code", &typed).unwrap(), code);
        assert!(parse_check_in_code("code", "ABC-OO1").is_err());
        assert!(parse_check_in_code("code", "ACD").is_err());
    }

    #[test]
    fn reserved_places_first_then_open_then_the_waitlist() {
        // 20 places, 10 kept for families not yet engaged.
        let reserved = [("new_families", 10)];
        assert_eq!(place(20, &reserved, &[], 0, Some("new_families")), Placement::Reserved);
        assert_eq!(place(20, &reserved, &[("new_families", 10)], 3, Some("new_families")), Placement::Open);
        assert_eq!(place(20, &reserved, &[], 9, Some("staff")), Placement::Open);
        assert_eq!(place(20, &reserved, &[], 10, Some("staff")), Placement::Waitlist);
        assert_eq!(place(20, &reserved, &[("new_families", 2)], 10, Some("new_families")), Placement::Reserved);
        assert_eq!(place(0, &[], &[], 0, None), Placement::Waitlist);
    }
}
