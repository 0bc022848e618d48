//! Any bytes given to the Pabulib reader give an election or an error, never a
//! panic; an election that reads also survives every rule and a round trip.
#![no_main]

use libfuzzer_sys::fuzz_target;
use tandem_decide::{pabulib::Election, pb};

fuzz_target!(|data: &[u8]| {
    if let Ok(election) = Election::parse(data) {
        let again = Election::parse(election.to_pb().as_bytes());
        assert!(again.is_ok());
        if election.votes.len() < 200 && election.projects.len() < 50 {
            for rule in pb::Rule::ALL {
                let _ = pb::run(&election, rule, pb::Completion::None);
            }
        }
    }
});
