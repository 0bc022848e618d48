//! The paging parameters every list page and list endpoint reads.

/// The paging parameters of a list endpoint with no other filter.
#[derive(serde::Deserialize, Default, utoipa::IntoParams)]
#[serde(default)]
pub struct PageQuery {
    /// The cursor from the previous page's `Link: <…>; rel="next"` header; blank for the first page.
    pub after: String,
    /// Rows per page, 1 to 500 (default 100).
    #[param(minimum = 1, maximum = 500)]
    pub limit: Option<i64>,
}

impl PageQuery {
    /// The page size asked for (100 when not said); outside 1–500 is a 422.
    pub fn limit(&self) -> Result<i64, crate::error::AppError> {
        Ok(tandem_service::paging::limit(self.limit, 100)?)
    }
}
