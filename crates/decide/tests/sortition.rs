#![allow(clippy::unwrap_used, clippy::expect_used)]
//! LEXIMIN selection against the Nature paper's instances, an independent
//! brute-force LEXIMIN on small pools, the properties every lottery must have,
//! and the Sortition Foundation library's maximin on generated pools.

use std::{collections::BTreeMap, path::PathBuf};

use microlp::{ComparisonOp, OptimizationDirection, Problem};
use tandem_decide::sortition::{
    self, Category, Feature, Lottery, Person, Pool, Request, Seed, SortitionError, compare_ids,
};

fn data(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data/sortition").join(name)
}

fn fixtures(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/sortition").join(name)
}

fn load(dir: &std::path::Path, household: &[String]) -> Pool {
    let categories = sortition::read_categories(&std::fs::read(dir.join("categories.csv")).unwrap()).unwrap();
    sortition::read_respondents(&std::fs::read(dir.join("respondents.csv")).unwrap(), categories, household).unwrap()
}

fn request(panel: u32) -> Request {
    Request { panel, ..Request::default() }
}

/// Every property a lottery must have, checked exactly where it can be.
fn check(pool: &Pool, request: &Request, lottery: &Lottery) {
    let total: f64 = lottery.panels.iter().map(|p| p.probability).sum();
    assert!((total - 1.0).abs() < 1e-9, "chances of panels add up to {total}");
    for panel in &lottery.panels {
        assert!(panel.probability > 0.0);
        assert_eq!(panel.members.len() as u32, lottery.seats);
        assert!(sortition::meets_quotas(pool, &request.keep, &panel.members), "{:?} breaks a quota", panel.members);
    }
    let seats: f64 = lottery.probabilities.iter().map(|(_, p)| p).sum();
    assert!((seats - f64::from(lottery.seats)).abs() < 1e-6, "chances add up to {seats}, not {}", lottery.seats);
    // Each person's chance is what the panels give them.
    let mut from_panels: BTreeMap<&str, f64> = BTreeMap::new();
    for panel in &lottery.panels {
        for m in &panel.members {
            *from_panels.entry(m).or_default() += panel.probability;
        }
    }
    for (id, p) in &lottery.probabilities {
        assert!((from_panels.get(id.as_str()).copied().unwrap_or(0.0) - p).abs() < 1e-9);
        assert!(!request.exclude.contains(id) && !request.keep.contains(id));
    }
    for id in &lottery.unselectable {
        assert_eq!(from_panels.get(id.as_str()), None);
    }
    let ids: Vec<&str> = lottery.probabilities.iter().map(|(id, _)| id.as_str()).collect();
    assert!(ids.windows(2).all(|w| compare_ids(w[0], w[1]).is_lt()), "ids in canonical order");
}

#[test]
fn nature_paper_small_instance_reaches_its_exact_leximin_minimum() {
    let pool = load(&data("example_small_20"), &[]);
    let lottery = sortition::select(&pool, &request(20)).unwrap();
    check(&pool, &request(20), &lottery);
    // reference_statistics.txt: LEXIMIN minimum probability (exact) 10.0 %, gini 0.0 %.
    assert!((lottery.min_probability - 0.10).abs() < 1e-6, "{}", lottery.min_probability);
    assert!(lottery.gini < 1e-6);
    assert_eq!(lottery.probabilities.len(), 200);
    assert!(lottery.unselectable.is_empty());
    eprintln!("{:?}, {} panels", lottery.stats, lottery.panels.len());
}

#[test]
fn nature_paper_large_instance_reaches_its_exact_leximin_minimum() {
    let pool = load(&data("example_large_200"), &[]);
    let lottery = sortition::select(&pool, &request(200)).unwrap();
    check(&pool, &request(200), &lottery);
    assert!((lottery.min_probability - 0.10).abs() < 1e-6, "{}", lottery.min_probability);
    assert!(lottery.gini < 1e-6);
    eprintln!("{:?}, {} panels", lottery.stats, lottery.panels.len());
}

fn expected() -> serde_json::Value {
    serde_json::from_slice(&std::fs::read(fixtures("expected.json")).unwrap()).unwrap()
}

/// LEXIMIN's smallest chance is the maximin optimum, which the Sortition
/// Foundation's library computes with HiGHS (to its tolerance of 0.0005).
#[test]
fn leximin_minimum_equals_the_reference_librarys_maximin() {
    let expected = expected();
    for name in ["skewed_60_8", "households_45_6", "skewed_120_12", "skewed_300_30", "example_small_20"] {
        let case = &expected[name];
        let household: Vec<String> = case["household_column"].as_str().map(|c| vec![c.to_owned()]).unwrap_or_default();
        let dir = if name.starts_with("example") { data(name) } else { fixtures(name) };
        let pool = load(&dir, &household);
        let request = request(case["panel"].as_u64().unwrap() as u32);
        let lottery = sortition::select(&pool, &request).unwrap();
        check(&pool, &request, &lottery);
        let reference = case["maximin_min_probability"].as_f64().unwrap();
        assert!(
            (lottery.min_probability - reference).abs() < 5e-4,
            "{name}: leximin minimum {} against maximin {reference}",
            lottery.min_probability
        );
        assert!(lottery.min_probability >= reference - 1e-6, "{name}: below the reference maximin");
        assert!(lottery.unselectable.is_empty(), "{name}");
    }
}

/// A small deterministic generator, so failures reproduce.
struct Lcg(u64);

impl Lcg {
    fn below(&mut self, n: u64) -> u64 {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        (self.0 >> 33) % n
    }
}

/// A pool with one rare value per category, quotas that over-seat it, and
/// (when asked) some shared households.
fn skewed_pool(rng: &mut Lcg, people: usize, categories: usize, households: bool) -> (Pool, u32) {
    let panel = 2 + rng.below(3) as u32;
    let cats: Vec<Category> = (0..categories)
        .map(|c| Category {
            name: format!("c{c}"),
            features: vec![
                Feature { name: "common".into(), min: 0, max: panel },
                Feature { name: "rare".into(), min: 1, max: panel },
            ],
        })
        .collect();
    let people: Vec<Person> = (0..people)
        .map(|i| Person {
            id: format!("p{i}"),
            features: (0..categories).map(|_| usize::from(rng.below(4) == 0)).collect(),
            household: (households && rng.below(3) == 0).then(|| format!("h{}", rng.below(3))),
        })
        .collect();
    (Pool { categories: cats, people }, panel)
}

/// Every panel of the pool that meets the quotas, as lists of person indexes.
fn all_panels(pool: &Pool, panel: u32) -> Vec<Vec<usize>> {
    let n = pool.people.len();
    let mut out = Vec::new();
    for mask in 0u32..(1 << n) {
        if mask.count_ones() != panel {
            continue;
        }
        let members: Vec<String> = (0..n).filter(|i| mask & (1 << i) != 0).map(|i| pool.people[i].id.clone()).collect();
        if sortition::meets_quotas(pool, &[], &members) {
            out.push((0..n).filter(|i| mask & (1 << i) != 0).collect());
        }
    }
    out
}

/// LEXIMIN by definition, over every panel: maximise the smallest unfixed
/// chance; fix each person who cannot rise above it without lowering
/// someone; repeat. Needs no duals and no column generation.
fn brute_force_leximin(n: usize, panels: &[Vec<usize>]) -> Vec<f64> {
    let on_some: Vec<bool> = (0..n).map(|i| panels.iter().any(|p| p.contains(&i))).collect();
    let mut fixed: Vec<Option<f64>> = on_some.iter().map(|&s| if s { None } else { Some(0.0) }).collect();
    let solve = |fixed: &[Option<f64>], floor: Option<f64>, target: Option<usize>| -> f64 {
        let mut problem = Problem::new(OptimizationDirection::Maximize);
        let x: Vec<_> = panels.iter().map(|_| problem.add_var(0.0, (0.0, 1.0))).collect();
        let z = problem.add_var(if target.is_none() { 1.0 } else { 0.0 }, (0.0, 1.0));
        problem.add_constraint(x.iter().map(|&v| (v, 1.0)).collect::<Vec<_>>(), ComparisonOp::Eq, 1.0);
        for (i, fixed) in fixed.iter().enumerate() {
            let mut row: Vec<_> =
                panels.iter().zip(&x).filter(|(p, _)| p.contains(&i)).map(|(_, &v)| (v, 1.0)).collect();
            match (*fixed, floor) {
                (Some(f), _) => problem.add_constraint(row, ComparisonOp::Ge, f - 1e-9),
                (None, Some(level)) => problem.add_constraint(row, ComparisonOp::Ge, level - 1e-9),
                (None, None) => {
                    row.push((z, -1.0));
                    problem.add_constraint(row, ComparisonOp::Ge, 0.0);
                }
            }
        }
        if let Some(t) = target {
            let chance = problem.add_var(1.0, (0.0, 1.0));
            let mut row: Vec<_> =
                panels.iter().zip(&x).filter(|(p, _)| p.contains(&t)).map(|(_, &v)| (v, 1.0)).collect();
            row.push((chance, -1.0));
            problem.add_constraint(row, ComparisonOp::Eq, 0.0);
        }
        problem.solve().unwrap().into_solution().unwrap().objective()
    };
    while fixed.iter().any(Option::is_none) {
        let level = solve(&fixed, None, None);
        let tight: Vec<usize> =
            (0..n).filter(|&i| fixed[i].is_none() && solve(&fixed, Some(level), Some(i)) < level + 1e-7).collect();
        assert!(!tight.is_empty());
        for i in tight {
            fixed[i] = Some(level);
        }
    }
    fixed.into_iter().map(Option::unwrap).collect()
}

#[test]
fn matches_leximin_by_definition_on_small_pools() {
    let mut rng = Lcg(2021);
    let mut compared = 0;
    while compared < 25 {
        let (people, categories) = (7 + rng.below(5) as usize, 1 + rng.below(3) as usize);
        let (pool, panel) = skewed_pool(&mut rng, people, categories, compared % 2 == 1);
        let request = request(panel);
        let lottery = match sortition::select(&pool, &request) {
            Ok(lottery) => lottery,
            Err(SortitionError::Infeasible { .. } | SortitionError::PoolTooSmall { .. }) => {
                assert!(all_panels(&pool, panel).is_empty(), "refused a pool with a feasible panel");
                continue;
            }
            Err(e) => panic!("{e}"),
        };
        check(&pool, &request, &lottery);
        let panels = all_panels(&pool, panel);
        let exact = brute_force_leximin(pool.people.len(), &panels);
        let ours: BTreeMap<&str, f64> = lottery.probabilities.iter().map(|(id, p)| (id.as_str(), *p)).collect();
        for (person, want) in pool.people.iter().zip(&exact) {
            let got = ours.get(person.id.as_str()).copied().unwrap_or(0.0);
            assert!((got - want).abs() < 1e-6, "{}: {got} against {want} (pool {:?})", person.id, pool);
            assert_eq!(lottery.unselectable.contains(&person.id), *want == 0.0);
        }
        compared += 1;
    }
}

#[test]
fn the_lottery_does_not_depend_on_the_order_of_the_pool() {
    let pool = load(&fixtures("households_45_6"), &["address".to_owned()]);
    let first = sortition::select(&pool, &request(6)).unwrap();
    let mut rng = Lcg(7);
    let mut shuffled = pool.clone();
    for i in (1..shuffled.people.len()).rev() {
        let j = rng.below(i as u64 + 1) as usize;
        shuffled.people.swap(i, j);
    }
    let second = sortition::select(&shuffled, &request(6)).unwrap();
    assert_eq!(first.probabilities.len(), second.probabilities.len());
    for ((a, p), (b, q)) in first.probabilities.iter().zip(&second.probabilities) {
        assert_eq!(a, b);
        assert!((p - q).abs() < 1e-9);
    }
    assert_eq!(first.panels, second.panels);
    assert!((first.gini - second.gini).abs() < 1e-12);
}

#[test]
fn replacements_keep_the_quotas_given_who_accepted() {
    let pool = load(&fixtures("skewed_60_8"), &[]);
    let lottery = sortition::select(&pool, &request(8)).unwrap();
    let parent = |id: &String| {
        pool.people.iter().any(|p| &p.id == id && pool.categories[2].features[p.features[2]].name == "parent")
    };
    let mut replaced = 0;
    for roll in 0..20 {
        let drawn =
            &lottery.panels[sortition::draw(&lottery.panels, &Seed::public("secret", &roll.to_string())).unwrap()];
        // Two parents decline; the rest stay (accepted or still deciding).
        let (parents, others): (Vec<String>, Vec<String>) = drawn.members.iter().cloned().partition(parent);
        let (declined, kept) = (parents[..2].to_vec(), [others, parents[2..].to_vec()].concat());
        let again = Request { panel: 8, keep: kept.clone(), exclude: declined.clone() };
        match sortition::select(&pool, &again) {
            Ok(replacements) => {
                assert_eq!(replacements.seats, 2);
                check(&pool, &again, &replacements);
                for panel in &replacements.panels {
                    let mut whole = kept.clone();
                    whole.extend(panel.members.iter().cloned());
                    assert!(sortition::meets_quotas(&pool, &[], &whole));
                    assert!(panel.members.iter().all(|m| !declined.contains(m) && !kept.contains(m)));
                }
                replaced += 1;
            }
            // The two may have been the only ones who could meet some quota
            // beside those kept: then the smallest change is named.
            Err(SortitionError::Infeasible { relaxations, .. }) => assert!(!relaxations.is_empty()),
            Err(e) => panic!("{e}"),
        }
    }
    assert!(replaced >= 10, "only {replaced} of 20 draws could be replaced");
}

#[test]
fn impossible_quotas_name_the_smallest_change() {
    let categories = sortition::read_categories(
        b"category,feature,min,max\nrole,parent,4,6\nrole,pupil,2,6\nschool,north,0,6\nschool,south,0,1\n",
    )
    .unwrap();
    // Pupils are all at the south school, which may have one seat.
    let respondents = b"id,role,school\n1,parent,north\n2,parent,north\n3,parent,north\n4,parent,north\n5,parent,north\n6,pupil,south\n7,pupil,south\n8,pupil,south\n";
    let pool = sortition::read_respondents(respondents, categories, &[]).unwrap();
    let Err(SortitionError::Infeasible { relaxations, categories }) = sortition::select(&pool, &request(6)) else {
        panic!("quotas that cannot be met were accepted");
    };
    assert!(categories.is_empty(), "each category alone is fine");
    // One pupil must go or one more south seat: either way one seat moves.
    let moved: u32 = relaxations.iter().map(|r| (r.min - r.new_min) + (r.new_max - r.max)).sum();
    assert_eq!(moved, 1, "{relaxations:?}");
    // Applying the relaxation makes the quotas feasible.
    let mut relaxed = pool.clone();
    for r in &relaxations {
        let category = relaxed.categories.iter_mut().find(|c| c.name == r.category).unwrap();
        let feature = category.features.iter_mut().find(|f| f.name == r.feature).unwrap();
        (feature.min, feature.max) = (r.new_min, r.new_max);
    }
    assert!(sortition::select(&relaxed, &request(6)).is_ok());
    // A category whose minimums exceed the panel is named as such.
    let mut greedy = pool.clone();
    greedy.categories[0].features[0].min = 5;
    let Err(SortitionError::Infeasible { categories, .. }) = sortition::select(&greedy, &request(6)) else { panic!() };
    assert_eq!(categories[0].category, "role");
    assert_eq!(categories[0].sum_min, 7);
}

#[test]
fn bad_requests_are_refused() {
    let pool = load(&fixtures("households_45_6"), &["address".to_owned()]);
    let households: std::collections::BTreeSet<_> = pool.people.iter().filter_map(|p| p.household.clone()).collect();
    assert!(matches!(
        sortition::select(&pool, &request(households.len() as u32 + 1)),
        Err(SortitionError::PoolTooSmall { available, .. }) if available as usize == households.len()
    ));
    assert_eq!(sortition::select(&pool, &request(0)), Err(SortitionError::NoSeats));
    let unknown = Request { panel: 6, exclude: vec!["nobody".into()], ..Request::default() };
    assert_eq!(sortition::select(&pool, &unknown), Err(SortitionError::UnknownPerson("nobody".into())));
    let everyone = Request { panel: 2, keep: vec!["1".into(), "2".into()], ..Request::default() };
    assert_eq!(sortition::select(&pool, &everyone), Err(SortitionError::NoSeats));
}

#[test]
fn a_draw_is_recomputed_from_the_published_lottery() {
    let pool = load(&data("example_small_20"), &[]);
    let lottery = sortition::select(&pool, &request(20)).unwrap();
    let seed = Seed::public("correct horse battery staple", "3 5 1 6 2");
    let pick = sortition::draw(&lottery.panels, &seed).unwrap();
    // Whoever recomputes it from the published panels gets the same panel.
    let published: Vec<sortition::Panel> = lottery.panels.clone();
    assert_eq!(sortition::draw(&published, &seed), Some(pick));
    assert_eq!(sortition::fingerprint(&published), sortition::fingerprint(&lottery.panels));
    // Another roll of the dice can pick another panel; over many rolls every panel's share follows its chance.
    let mut counts = vec![0u32; lottery.panels.len()];
    for roll in 0..2000 {
        counts[sortition::draw(&lottery.panels, &Seed::public("s", &roll.to_string())).unwrap()] += 1;
    }
    let mut person = BTreeMap::<&str, u32>::new();
    for (panel, &n) in lottery.panels.iter().zip(&counts) {
        for m in &panel.members {
            *person.entry(m).or_default() += n;
        }
    }
    // Each person 10 % of 2000 = 200 times; ±5 standard deviations (13.4).
    assert!(person.values().all(|&n| (133..=267).contains(&n)), "{:?}", person.values().min());
}
