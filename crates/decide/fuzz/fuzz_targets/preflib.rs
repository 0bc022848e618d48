//! Any bytes given to the PrefLib reader give ballots or an error, never a
//! panic; ballots that read can be counted by every method.
#![no_main]

use libfuzzer_sys::fuzz_target;
use tandem_decide::{preflib, vote};

fuzz_target!(|data: &[u8]| {
    for kind in [preflib::Kind::Soi, preflib::Kind::Soc] {
        if let Ok(file) = preflib::parse(data, kind) {
            if file.profile.candidates.len() <= 50 {
                let _ = vote::instant_runoff(&file.profile);
                let _ = vote::schulze(&file.profile);
                let _ = vote::borda(&file.profile);
                let _ = vote::plurality(&file.profile);
            }
        }
    }
});
