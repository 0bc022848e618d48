//! Times Equal Shares with add1 completion on one file (for profiling).
use tandem_decide::{pabulib::Election, pb};

fn main() {
    for name in std::env::args().skip(1) {
        let Ok(bytes) = std::fs::read(&name) else { continue };
        let Ok(e) = Election::parse(&bytes) else { continue };
        let t = std::time::Instant::now();
        let o = pb::run(&e, pb::Rule::Mes, pb::Completion::Add1);
        println!("{name}: {:?} {:?}", t.elapsed(), o.map(|o| o.selected.len()));
    }
}
