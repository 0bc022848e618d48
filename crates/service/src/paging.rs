//! Pages of a list: the rows, how many there are on every page together,
//! and an opaque cursor where the next page starts. Every list page and list
//! endpoint reads its lists through these, so cursors and limits are checked
//! the same way everywhere (`store::ideas` has the board's own, richer keys).

use tandem_store::paging::After;

use crate::error::{Error, Result};

/// The most rows a client may ask for in one page.
pub const MAX_LIMIT: i64 = 500;

/// One page of a list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Page<T> {
    pub items: Vec<T>,
    /// Rows on every page together.
    pub total: i64,
    /// The cursor of the next page, when there is one.
    pub next: Option<String>,
}

impl<T> Page<T> {
    /// A page from `limit + 1` rows read after the cursor: the last row kept
    /// gives the next cursor when more follow.
    pub fn from_rows(rows: Vec<T>, limit: i64, total: i64, key: impl Fn(&T) -> String) -> Page<T> {
        let (items, more) = tandem_store::paging::split(rows, limit);
        let next = if more { items.last().map(key) } else { None };
        Page { items, total, next }
    }

    pub fn map<U>(self, f: impl FnMut(T) -> U) -> Page<U> {
        Page { items: self.items.into_iter().map(f).collect(), total: self.total, next: self.next }
    }

    /// [`map`](Page::map), leaving out rows `f` cannot read (the total and cursor stand).
    pub fn filter_map<U>(self, f: impl FnMut(T) -> Option<U>) -> Page<U> {
        Page { items: self.items.into_iter().filter_map(f).collect(), total: self.total, next: self.next }
    }
}

/// The page size asked for, or `default`; outside 1–500 is refused (not
/// silently clamped, so a client learns its mistake).
pub fn limit(asked: Option<i64>, default: i64) -> Result<i64> {
    let limit = asked.unwrap_or(default);
    if (1..=MAX_LIMIT).contains(&limit) { Ok(limit) } else { Err(Error::field("limit", "error-limit-range")) }
}

fn bad_cursor() -> Error {
    Error::field("after", "error-cursor")
}

/// The cursor of a row in a list ordered by a number (a time) and the id.
pub fn cursor(at: i64, id: i64) -> String {
    format!("{at}.{id}")
}

/// Reads a cursor made by [`cursor`]; blank is the first page, anything else
/// that Tandem did not make is refused rather than restarting the list.
pub fn after(text: &str) -> Result<Option<After>> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    let (at, id) = text.split_once('.').ok_or_else(bad_cursor)?;
    let at = at.parse::<i64>().map_err(|_| bad_cursor())?;
    let id = id.parse::<i64>().map_err(|_| bad_cursor())?;
    Ok(Some(After { at, id }))
}

/// The cursor of a row in a list ordered by a name and the id: the name in
/// hexadecimal, so that any character survives an address.
pub fn name_cursor(name: &str, id: i64) -> String {
    let hex: String = name.bytes().map(|b| format!("{b:02x}")).collect();
    format!("{hex}.{id}")
}

/// Reads a cursor made by [`name_cursor`].
pub fn after_name(text: &str) -> Result<Option<(String, i64)>> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    let (hex, id) = text.split_once('.').ok_or_else(bad_cursor)?;
    let id = id.parse::<i64>().map_err(|_| bad_cursor())?;
    if hex.len() % 2 != 0 || hex.len() > 2_000 {
        return Err(bad_cursor());
    }
    let bytes = (0..hex.len())
        .step_by(2)
        .map(|i| hex.get(i..i + 2).and_then(|h| u8::from_str_radix(h, 16).ok()))
        .collect::<Option<Vec<u8>>>()
        .ok_or_else(bad_cursor)?;
    let name = String::from_utf8(bytes).map_err(|_| bad_cursor())?;
    Ok(Some((name, id)))
}

/// Reads a cursor that is a row's own unique key (a ballot's tracker):
/// letters, digits and hyphens only, as Tandem makes them.
pub fn after_key(text: &str) -> Result<Option<String>> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    if text.len() > 64 || !text.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-') {
        return Err(bad_cursor());
    }
    Ok(Some(text.to_owned()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cursors_read_back_what_they_wrote() {
        assert_eq!(after(&cursor(-5, 12)).ok().flatten(), Some(After { at: -5, id: 12 }));
        assert_eq!(after(" ").ok(), Some(None));
        let name = "Zoë O'Brien. مريم";
        assert_eq!(after_name(&name_cursor(name, 9)).ok().flatten(), Some((name.to_owned(), 9)));
    }

    #[test]
    fn cursors_tandem_did_not_make_are_refused() {
        for bad in ["x", "1", "1.x", "1.2.3", "a.b"] {
            assert!(after(bad).is_err(), "{bad}");
        }
        for bad in ["zz.1", "6.1", "ff.1", "41.x", "41"] {
            assert!(after_name(bad).is_err(), "{bad}");
        }
        assert_eq!(after_key(" 3fa9c0d21e ").ok().flatten().as_deref(), Some("3fa9c0d21e"));
        for bad in ["a b", "x'--", "é", &"a".repeat(65)] {
            assert!(after_key(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn limits_outside_one_to_five_hundred_are_refused() {
        assert_eq!(limit(None, 50).ok(), Some(50));
        assert_eq!(limit(Some(500), 50).ok(), Some(500));
        assert!(limit(Some(0), 50).is_err());
        assert!(limit(Some(501), 50).is_err());
    }

    #[test]
    fn a_page_gives_the_next_cursor_only_when_more_follow() {
        let p = Page::from_rows(vec![(3, 30), (2, 20), (1, 10)], 2, 3, |&(at, id)| cursor(at, id));
        assert_eq!(p.items.len(), 2);
        assert_eq!(p.next.as_deref(), Some("2.20"));
        let last = Page::from_rows(vec![(1, 10)], 2, 3, |&(at, id)| cursor(at, id));
        assert_eq!(last.next, None);
    }
}
