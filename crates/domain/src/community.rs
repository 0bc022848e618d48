//! Communities (a district or a network of schools), their schools, members,
//! roles and stakeholder groups.

string_enum! {
    /// What a member may do in a community.
    pub enum Role {
        /// Runs the community: members, invitations, groups, schools.
        Admin = "admin",
        /// Runs initiatives: edits them and answers participants.
        Facilitator = "facilitator",
        /// Takes part: contributes, votes, serves on councils.
        Member = "member",
        /// Reads everything members can read, contributes nothing.
        Observer = "observer",
    }
}

impl Role {
    pub fn can_administer(self) -> bool {
        self == Role::Admin
    }

    pub fn can_facilitate(self) -> bool {
        matches!(self, Role::Admin | Role::Facilitator)
    }

    pub fn can_participate(self) -> bool {
        !matches!(self, Role::Observer)
    }
}

string_enum! {
    pub enum CommunityKind {
        District = "district",
        Network = "network",
        School = "school",
    }
}

string_enum! {
    pub enum SchoolPhase {
        Primary = "primary",
        Middle = "middle",
        Secondary = "secondary",
        AllThrough = "all_through",
        Special = "special",
    }
}

/// A stakeholder group every new community starts with; admins can rename,
/// add or retire groups afterwards.
#[derive(Debug, Clone, Copy)]
pub struct DefaultGroup {
    pub key: &'static str,
    /// Members of this group are minors: their names never leave the staff pages.
    pub protects_identity: bool,
}

pub const DEFAULT_GROUPS: &[DefaultGroup] = &[
    DefaultGroup { key: "families", protects_identity: false },
    DefaultGroup { key: "pupils", protects_identity: true },
    DefaultGroup { key: "teaching_staff", protects_identity: false },
    DefaultGroup { key: "support_staff", protects_identity: false },
    DefaultGroup { key: "school_leaders", protects_identity: false },
    DefaultGroup { key: "governors", protects_identity: false },
    DefaultGroup { key: "unions", protects_identity: false },
    DefaultGroup { key: "community_orgs", protects_identity: false },
];

/// Whether `key` names one of the built-in groups (which have translated names).
pub fn is_default_group(key: &str) -> bool {
    DEFAULT_GROUPS.iter().any(|g| g.key == key)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn permissions_nest() {
        assert!(Role::Admin.can_administer() && Role::Admin.can_facilitate() && Role::Admin.can_participate());
        assert!(!Role::Facilitator.can_administer() && Role::Facilitator.can_facilitate());
        assert!(!Role::Member.can_facilitate() && Role::Member.can_participate());
        assert!(!Role::Observer.can_participate());
    }

    #[test]
    fn keys_round_trip() {
        for role in Role::ALL {
            assert_eq!(Role::parse(role.key()), Some(*role));
        }
        assert_eq!(Role::parse("owner"), None);
        assert_eq!(Role::parse_field("role", " admin ").unwrap(), Role::Admin);
        assert_eq!(Role::parse_field("role", "root").unwrap_err().message, "error-choice-invalid");
    }

    #[test]
    fn only_pupils_are_protected_by_default() {
        let protected: Vec<_> = DEFAULT_GROUPS.iter().filter(|g| g.protects_identity).map(|g| g.key).collect();
        assert_eq!(protected, vec!["pupils"]);
        assert!(is_default_group("unions") && !is_default_group("pta"));
    }
}
