//! One-time invitation links: made by administrators, used once, by someone
//! new (who gets an account and a session) or someone logged in.

use tandem_service::{
    Actor, Door, Error,
    invitations::{self, InvitationInput, Joined},
    testing::{World, on_each_backend},
};

use crate::fields_of;

fn link(role: &str) -> InvitationInput {
    InvitationInput { role: String::from(role), ..InvitationInput::default() }
}

#[tokio::test]
async fn a_new_person_joins_once_and_the_link_is_then_used_up() {
    on_each_backend(async |w: World| {
        w.riverbend().await;
        let admin = w.access("admin@example.org").await;
        let fac = w.access("fac@example.org").await;
        assert_eq!(invitations::create(&w.svc, &fac, &link("member"), w.now()).await.err(), Some(Error::Forbidden));
        let bad = InvitationInput { days: String::from("400"), school: String::from("atlantis"), ..link("king") };
        assert_eq!(
            fields_of(invitations::create(&w.svc, &admin, &bad, w.now()).await.map(|c| c.id)),
            ["role", "school", "days"]
        );

        let made = invitations::create(&w.svc, &admin, &link("member"), w.now()).await.unwrap();
        let visitor = Actor::visitor(Door::Page);
        let nameless = invitations::accept(&w.svc, &visitor, &made.code, " ", "en", w.now()).await;
        assert_eq!(fields_of(nameless.map(|_| ())), ["display_name"]);
        match invitations::accept(&w.svc, &visitor, &made.code, "Sam", "es", w.now()).await.unwrap() {
            Joined::Member { session: Some(s), community } => {
                assert_eq!(community.slug, "riverbend");
                assert_eq!(s.user.display_name, "Sam");
                assert_eq!(s.user.lang, "es");
            }
            _ => panic!("a new person joins with a session"),
        }
        let again = invitations::accept(&w.svc, &visitor, &made.code, "Sam", "en", w.now()).await;
        assert_eq!(again.err(), Some(Error::Conflict("error-invitation-unusable")));
        assert_eq!(invitations::invited(&w.svc, "not-a-code").await.err(), Some(Error::NotFound));
    })
    .await;
}

#[tokio::test]
async fn revoked_and_expired_links_cannot_be_used() {
    on_each_backend(async |w: World| {
        w.riverbend().await;
        let admin = w.access("admin@example.org").await;
        let revoked = invitations::create(&w.svc, &admin, &link("member"), w.now()).await.unwrap();
        invitations::revoke(&w.svc, &admin, revoked.id, w.now()).await.unwrap();
        let short = InvitationInput { days: String::from("1"), ..link("observer") };
        let expiring = invitations::create(&w.svc, &admin, &short, w.now()).await.unwrap();
        w.clock.advance(2 * 24 * 3600);
        let outsider = w.actor("outsider@example.org", Door::Page).await;
        for code in [&revoked.code, &expiring.code] {
            let r = invitations::accept(&w.svc, &outsider, code, "", "en", w.now()).await;
            assert_eq!(r.err(), Some(Error::Conflict("error-invitation-unusable")));
        }
        let listed = invitations::list(&w.svc, &admin, "", 100).await.unwrap().items;
        assert_eq!(listed.len(), 2);
        assert!(listed.iter().all(|i| !invitations::is_open(i, w.now())));
    })
    .await;
}
