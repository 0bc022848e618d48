//! A draw anyone can recompute. Before the draw the facilitator publishes
//! [`commitment`] (the SHA-256 of a secret); at the draw public entropy (dice
//! rolled in the room, typed as digits) and the revealed secret make the
//! [`Seed`]; the seed and the published lottery's [`fingerprint`] drive a
//! SHA-256 counter stream that picks one panel in proportion to its chance.
//! Chances are turned into whole weights (millionths of a millionth) so the
//! pick is integer arithmetic: the same on every machine.

use sha2::{Digest, Sha256};

use super::Panel;

/// Chances become weights in units of 10⁻¹².
const WEIGHT_UNIT: f64 = 1e12;

/// The SHA-256 of the secret, in hex: what is published before the draw.
pub fn commitment(secret: &str) -> String {
    hex::encode(Sha256::digest(secret.as_bytes()))
}

/// Entropy as typed, without spaces, so "3 1 6" and "316" are one roll.
pub fn normalize_entropy(entropy: &str) -> String {
    entropy.chars().filter(|c| !c.is_whitespace()).collect()
}

/// 32 bytes that decide the draw.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Seed([u8; 32]);

impl Seed {
    /// A seed from any text (a test, or a draw without a ceremony).
    pub fn from_text(text: &str) -> Seed {
        let mut hash = Sha256::new();
        hash.update(b"tandem-sortition-seed-v1\n");
        hash.update(text.as_bytes());
        Seed(hash.finalize().into())
    }

    /// The seed of a public draw: the revealed secret and the entropy rolled
    /// at the draw (the secret's length first, so no split of one string into
    /// secret and entropy gives another's seed).
    pub fn public(secret: &str, entropy: &str) -> Seed {
        let mut hash = Sha256::new();
        hash.update(b"tandem-sortition-draw-v1\n");
        hash.update(secret.len().to_string().as_bytes());
        hash.update(b"\n");
        hash.update(secret.as_bytes());
        hash.update(b"\n");
        hash.update(normalize_entropy(entropy).as_bytes());
        Seed(hash.finalize().into())
    }

    pub fn hex(&self) -> String {
        hex::encode(self.0)
    }
}

/// Each panel's whole weight.
pub fn weights(panels: &[Panel]) -> Vec<u64> {
    panels.iter().map(|p| (p.probability.clamp(0.0, 1.0) * WEIGHT_UNIT).round() as u64).collect()
}

/// SHA-256, in hex, of the lottery as the draw reads it: one line per panel,
/// its weight and its members.
pub fn fingerprint(panels: &[Panel]) -> String {
    let mut hash = Sha256::new();
    for (panel, weight) in panels.iter().zip(weights(panels)) {
        hash.update(weight.to_string().as_bytes());
        hash.update(b":");
        hash.update(panel.members.join(",").as_bytes());
        hash.update(b"\n");
    }
    hex::encode(hash.finalize())
}

/// The index of the panel the seed picks; `None` for an empty lottery.
pub fn draw(panels: &[Panel], seed: &Seed) -> Option<usize> {
    let weights = weights(panels);
    let total: u64 = weights.iter().sum();
    if total == 0 {
        return None;
    }
    let fingerprint = fingerprint(panels);
    // Rejection sampling: numbers at or above the last whole multiple of
    // `total` would favour the first panels.
    let zone = u64::MAX - u64::MAX % total;
    let mut counter: u64 = 0;
    let number = loop {
        let mut hash = Sha256::new();
        hash.update(seed.0);
        hash.update(fingerprint.as_bytes());
        hash.update(counter.to_be_bytes());
        let block = hash.finalize();
        let mut first = [0u8; 8];
        first.copy_from_slice(&block[..8]);
        let x = u64::from_be_bytes(first);
        if x < zone {
            break x % total;
        }
        counter += 1;
    };
    let mut cumulative = 0u64;
    weights.iter().position(|&w| {
        cumulative += w;
        number < cumulative
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn panel(members: &[&str], probability: f64) -> Panel {
        Panel { members: members.iter().map(|m| (*m).to_owned()).collect(), probability }
    }

    #[test]
    fn commitment_is_plain_sha256() {
        // echo -n tandem | sha256sum
        assert_eq!(commitment("tandem"), hex::encode(Sha256::digest(b"tandem")));
        assert_eq!(commitment("").len(), 64);
    }

    #[test]
    fn spaces_in_the_roll_do_not_matter_but_digits_do() {
        assert_eq!(Seed::public("s", "3 1 6"), Seed::public("s", "316"));
        assert_ne!(Seed::public("s", "316"), Seed::public("s", "361"));
        assert_ne!(Seed::public("s1", "6"), Seed::public("s", "16"));
    }

    #[test]
    fn draws_follow_the_chances() {
        let panels = [panel(&["1"], 0.25), panel(&["2"], 0.75), panel(&["3"], 0.0)];
        let mut counts = [0u32; 3];
        for i in 0..4000 {
            let pick = draw(&panels, &Seed::from_text(&i.to_string())).unwrap();
            counts[pick] += 1;
        }
        assert_eq!(counts[2], 0);
        // 1000 expected; ±5 standard deviations (27.4 each).
        assert!((863..=1137).contains(&counts[0]), "{counts:?}");
        assert_eq!(draw(&[panel(&["1"], 0.0)], &Seed::from_text("x")), None);
    }
}
