//! Keyset pagination shared by the lists: a page continues after the sort
//! keys of the previous page's last row, so rows added or removed meanwhile
//! never make a row appear twice or be skipped (unlike OFFSET, which also
//! reads and throws away every earlier row).

/// Where the previous page ended: its last row's sort key and id.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct After {
    pub at: i64,
    pub id: i64,
}

type AnyQuery<'q> = sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments>;

/// Binds, as a query's last four parameters, of a keyset page, written as
/// `($n = 0 OR key < $n+1 OR (key = $n+1 AND id < $n+2)) … LIMIT $n+3`
/// (or `>` for ascending lists): a flag that is 0 on the first page, the
/// key and the id after which the page starts, and `limit + 1` (the extra
/// row says another page follows).
pub(crate) trait BindPage {
    fn bind_page(self, after: Option<After>, limit: i64) -> Self;
}

impl BindPage for AnyQuery<'_> {
    fn bind_page(self, after: Option<After>, limit: i64) -> Self {
        let (flag, at, id) = match after {
            Some(a) => (1, a.at, a.id),
            None => (0, 0, 0),
        };
        self.bind(flag).bind(at).bind(id).bind(limit.saturating_add(1))
    }
}

/// Keeps the first `limit` of `limit + 1` rows read and says whether more follow.
pub fn split<T>(mut rows: Vec<T>, limit: i64) -> (Vec<T>, bool) {
    let limit = usize::try_from(limit.max(0)).unwrap_or(usize::MAX);
    let more = rows.len() > limit;
    rows.truncate(limit);
    (rows, more)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn split_keeps_the_page_and_says_whether_more_follow() {
        assert_eq!(split(vec![1, 2, 3], 2), (vec![1, 2], true));
        assert_eq!(split(vec![1, 2], 2), (vec![1, 2], false));
        assert_eq!(split(Vec::<i32>::new(), 2), (vec![], false));
    }
}
