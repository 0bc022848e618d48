//! Who hears about what, and when.

string_enum! {
    /// How a member wants to hear about ideas they follow.
    pub enum Delivery {
        /// An email for each notification.
        Immediate = "immediate",
        /// One email a day with everything new.
        Daily = "daily",
        /// In the app only.
        Off = "off",
    }
}

string_enum! {
    pub enum NotificationKind {
        /// An idea you posted, endorsed or commented on has a new status and response.
        IdeaStatus = "idea_status",
        /// A commitment linked to an idea you follow has progressed.
        CommitmentProgress = "commitment_progress",
        /// Someone replied to your comment.
        Reply = "reply",
        /// You were drawn by lot for a selection and are asked to accept.
        Selected = "selected",
    }
}

/// The people to tell: everyone who took part, once each, never the person who acted.
pub fn recipients(followers: &[i64], actor: Option<i64>) -> Vec<i64> {
    let mut out: Vec<i64> = followers.iter().copied().filter(|id| Some(*id) != actor).collect();
    out.sort_unstable();
    out.dedup();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_follower_once_and_never_the_actor() {
        assert_eq!(recipients(&[5, 3, 5, 9, 3], Some(9)), vec![3, 5]);
        assert_eq!(recipients(&[], None), Vec::<i64>::new());
    }
}
