//! `tandem audit …`: check the tamper-evident audit log.

use clap::Subcommand;
use tandem_service::{
    Service,
    audit::{self, Break},
    i18n::Arg,
};

use crate::{
    config::{self, DatabaseArgs},
    connect,
    messages::{Failure, Out},
};

#[derive(Subcommand)]
pub enum AuditCommand {
    /// Check that no entry of the audit log was changed, removed or slipped in.
    Verify {
        #[command(flatten)]
        db: DatabaseArgs,
        /// A hash noted earlier, as POSITION:HASH (from an earlier verify); may be repeated.
        #[arg(long = "anchor")]
        anchors: Vec<String>,
    },
}

pub async fn run(out: &Out, command: AuditCommand) -> Result<(), Failure> {
    match command {
        AuditCommand::Verify { db, anchors } => {
            let anchors = anchors.iter().map(|a| parse_anchor(a)).collect::<Result<Vec<_>, _>>()?;
            let svc = Service::new(connect(&config::database_url(&db)?, 2).await?);
            let found = audit::verify(&svc, anchors).await?;
            match found.broken {
                None => {
                    say_intact(out, &found);
                    Ok(())
                }
                Some((broken, id)) => {
                    let id = id.map(|i| i.to_string()).unwrap_or_else(|| "-".to_owned());
                    Err(match broken {
                        Break::Gap { expected, found } => {
                            Failure::new("cli-audit-gap").arg("expected", expected).arg("found", found).arg("id", id)
                        }
                        Break::Link { seq } => Failure::new("cli-audit-link").arg("seq", seq).arg("id", id),
                        Break::Contents { seq } => Failure::new("cli-audit-contents").arg("seq", seq).arg("id", id),
                        Break::Head { head_seq, last_seq } => {
                            Failure::new("cli-audit-head").arg("head", head_seq).arg("last", last_seq)
                        }
                        Break::Unsealed { count } => Failure::new("cli-audit-unsealed").arg("count", count),
                        Break::Anchor { seq } => Failure::new("cli-audit-anchor").arg("seq", seq),
                    })
                }
            }
        }
    }
}

/// "The audit log is intact", with the line to note elsewhere.
pub fn say_intact(out: &Out, verified: &audit::Verified) {
    out.say(
        "cli-audit-intact",
        &[
            ("count", Arg::Num(verified.entries)),
            // Plain digits: the line is copied back into --anchor.
            ("position", Arg::Str(verified.entries.to_string())),
            ("head", Arg::Str(verified.head.clone())),
        ],
    );
}

/// `POSITION:HASH`, as `tandem audit verify` prints it.
fn parse_anchor(text: &str) -> Result<(i64, String), Failure> {
    let bad = || Failure::new("cli-audit-bad-anchor").arg("anchor", text);
    let (seq, hash) = text.trim().split_once(':').ok_or_else(bad)?;
    let seq: i64 = seq.trim().parse().map_err(|_| bad())?;
    let hash = hash.trim().to_ascii_lowercase();
    if seq < 1 || hash.len() != 64 || !hash.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err(bad());
    }
    Ok((seq, hash))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn anchors_are_a_position_and_a_full_hash() {
        let h = "ab".repeat(32);
        assert_eq!(parse_anchor(&format!("12:{}", h.to_uppercase())).ok(), Some((12, h.clone())));
        let bad_ones = [
            "12".to_owned(),
            "x:ab".to_owned(),
            format!("0:{h}"),
            format!("3:{}", &h[..10]),
            format!("3:{}zz", &h[..62]),
        ];
        for bad in bad_ones {
            assert!(parse_anchor(&bad).is_err(), "{bad}");
        }
    }
}
