//! Prints how long each rule takes on each shared Pabulib file (a quick look;
//! the benchmarks in benches/ are the measured figures).
use std::time::Instant;

use tandem_decide::{pabulib::Election, pb};

fn main() {
    let dir = std::env::args().nth(1).unwrap_or_else(|| String::from("../shared/data/pabulib"));
    let mut names: Vec<_> = std::fs::read_dir(&dir).into_iter().flatten().flatten().map(|e| e.path()).collect();
    names.retain(|p| p.extension().is_some_and(|e| e == "pb"));
    names.sort();
    let mut total = 0.0;
    for path in names {
        let Ok(bytes) = std::fs::read(&path) else { continue };
        let t = Instant::now();
        let Ok(e) = Election::parse(&bytes) else { continue };
        let parse = t.elapsed().as_secs_f64();
        let mut line = format!("{:50} parse {:7.3}", path.file_name().and_then(|n| n.to_str()).unwrap_or(""), parse);
        for (rule, completion) in [
            (pb::Rule::OfficialGreedy, pb::Completion::None),
            (pb::Rule::GreedyCost, pb::Completion::None),
            (pb::Rule::Mes, pb::Completion::None),
            (pb::Rule::Mes, pb::Completion::Add1),
            (pb::Rule::Mes, pb::Completion::Add1Greedy),
            (pb::Rule::Phragmen, pb::Completion::None),
        ] {
            let t = Instant::now();
            let _ = pb::run(&e, rule, completion);
            let s = t.elapsed().as_secs_f64();
            total += s;
            line.push_str(&format!(" {}:{:.3}", rule.key(), s));
        }
        println!("{line}");
    }
    println!("total {total:.2} s");
}
