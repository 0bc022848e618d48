//! Phases: the default template, added phases, moves with a note, and the
//! current phase cannot be removed.

use tandem_domain::phases::PhaseStatus;
use tandem_service::{
    Error,
    phases::{self, PhaseInput},
    testing::{World, on_each_backend},
};

use crate::fields_of;

#[tokio::test]
async fn facilitators_move_through_phases_with_a_note_and_keep_the_current_one() {
    on_each_backend(async |w: World| {
        let f = w.riverbend().await;
        let (fac, i) = w.in_initiative("fac@example.org", &f.public_slug).await;
        let before = phases::phases(&w.svc, &i).await.unwrap();
        let current = before.phases.iter().find(|p| p.status == PhaseStatus::Current).unwrap().id;
        assert_eq!(
            phases::delete(&w.svc, &fac, &i, current, w.now()).await,
            Err(Error::Conflict("error-phase-not-deletable"))
        );

        let input = PhaseInput {
            name: String::from("Summer pilot"),
            kind: String::from("co_production"),
            starts_on: String::from("2027-06-01"),
            ends_on: String::from("2027-05-01"),
            accepts_ideas: true,
        };
        assert_eq!(fields_of(phases::add(&w.svc, &fac, &i, &input, w.now()).await), ["ends_on"]);
        let pilot =
            phases::add(&w.svc, &fac, &i, &PhaseInput { ends_on: String::from("2027-07-15"), ..input }, w.now())
                .await
                .unwrap();
        let (member, _) = w.in_initiative("member@example.org", &f.public_slug).await;
        assert_eq!(phases::make_current_phase(&w.svc, &member, &i, pilot, "", w.now()).await, Err(Error::Forbidden));
        phases::make_current_phase(&w.svc, &fac, &i, pilot, "Design agreed at the June meeting", w.now())
            .await
            .unwrap();

        let after = phases::phases(&w.svc, &i).await.unwrap();
        assert_eq!(after.phases.len(), before.phases.len() + 1);
        let now_current: Vec<i64> =
            after.phases.iter().filter(|p| p.status == PhaseStatus::Current).map(|p| p.id).collect();
        assert_eq!(now_current, [pilot]);
        assert_eq!(after.transitions.len(), 1);
        assert_eq!(after.transitions[0].note, "Design agreed at the June meeting");
        phases::delete(&w.svc, &fac, &i, current, w.now()).await.unwrap();
        assert_eq!(phases::make_current_phase(&w.svc, &fac, &i, 999_999, "", w.now()).await, Err(Error::NotFound));
    })
    .await;
}

#[tokio::test]
async fn moves_made_at_once_leave_exactly_one_current_phase() {
    on_each_backend(async |w: World| {
        let f = w.riverbend().await;
        let (fac, i) = w.in_initiative("fac@example.org", &f.public_slug).await;
        let ids: Vec<i64> = phases::phases(&w.svc, &i).await.unwrap().phases.iter().map(|p| p.id).collect();
        let now = w.now();
        let mut set = tokio::task::JoinSet::new();
        for n in 0..20 {
            let (svc, fac, i, to) = (w.svc.clone(), fac.clone(), i.clone(), ids[n % ids.len()]);
            set.spawn(async move { phases::make_current_phase(&svc, &fac, &i, to, "", now).await });
        }
        while let Some(r) = set.join_next().await {
            r.unwrap().unwrap();
        }
        let after = phases::phases(&w.svc, &i).await.unwrap();
        let current = after.phases.iter().filter(|p| p.status == PhaseStatus::Current).count();
        assert_eq!(current, 1, "{:?}", w.backend);
    })
    .await;
}
