//! Spreadsheet exports: one sheet of text cells written as CSV that opens
//! cleanly in Excel, LibreOffice and Google Sheets.

/// A table to export: a header row and rows of the same width.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Sheet {
    pub header: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

/// Spreadsheets read a file without a byte-order mark in the system's legacy
/// encoding, turning "Año" into "AÃ±o"; with it they read UTF-8.
const BOM: &str = "\u{feff}";

/// A cell a spreadsheet would run as a formula (`=HYPERLINK(…)`, `+1`, `@SUM`)
/// gets a leading apostrophe, so text typed by members stays text (OWASP's
/// advice on CSV injection). Tabs and carriage returns at the start count too.
pub fn formula_safe(cell: &str) -> String {
    match cell.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{cell}"),
        _ => cell.to_owned(),
    }
}

impl Sheet {
    pub fn new(header: Vec<String>) -> Sheet {
        Sheet { header, rows: Vec::new() }
    }

    pub fn push(&mut self, row: Vec<String>) {
        self.rows.push(row);
    }

    /// UTF-8 with a byte-order mark, comma-separated, quoted where needed,
    /// every cell formula-safe, lines ending CRLF (RFC 4180).
    pub fn to_csv(&self) -> String {
        let mut w = csv::WriterBuilder::new().flexible(true).terminator(csv::Terminator::CRLF).from_writer(Vec::new());
        for row in std::iter::once(&self.header).chain(&self.rows) {
            // Writing to memory cannot fail; a failure would only drop the row.
            let _ = w.write_record(row.iter().map(|c| formula_safe(c)));
        }
        let bytes = w.into_inner().unwrap_or_default();
        format!("{BOM}{}", String::from_utf8_lossy(&bytes))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sheet_opens_as_utf8_and_never_runs_a_formula() {
        let mut s = Sheet::new(vec!["Idea".into(), "Author".into()]);
        s.push(vec!["Año nuevo, \"más\" sombra".into(), "=HYPERLINK(\"http://x\")".into()]);
        s.push(vec!["-1+2".into(), "@SUM(A1)".into()]);
        s.push(vec!["Line\nbreak".into(), "Ana".into()]);
        let csv = s.to_csv();
        assert!(csv.starts_with('\u{feff}'));
        assert_eq!(
            csv.trim_start_matches('\u{feff}'),
            "Idea,Author\r\n\"Año nuevo, \"\"más\"\" sombra\",\"'=HYPERLINK(\"\"http://x\"\")\"\r\n'-1+2,'@SUM(A1)\r\n\"Line\nbreak\",Ana\r\n"
        );
        assert_eq!(formula_safe("\tcmd"), "'\tcmd");
        assert_eq!(formula_safe("18 000"), "18 000");
    }
}
