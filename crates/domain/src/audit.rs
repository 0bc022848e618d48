//! What the audit log records: every privileged write, named by a stable
//! action key (`idea.respond`). The family is the part before the first dot
//! (`idea`), so a reader can ask for every action on one kind of object.

string_enum! {
    /// One kind of privileged write. Ballots and votes are never among them:
    /// recording who voted when would weaken the secret ballot.
    pub enum Action {
        AccountCreate = "account.create",
        AccountCredentials = "account.credentials",
        AccountDelivery = "account.delivery",
        AccountEmail = "account.email",
        AccountEmailRequest = "account.email_request",
        AccountPassword = "account.password",
        AccountPasswordReset = "account.password_reset",
        AccountRecoveryCodes = "account.recovery_codes",
        AccountSecondFactorOn = "account.second_factor.on",
        AccountSecondFactorOff = "account.second_factor.off",
        AccountProfile = "account.profile",
        AccountTokenCreate = "account.token.create",
        AccountTokenRevoke = "account.token.revoke",
        AuthorizationAdd = "authorization.add",
        AuthorizationUpdate = "authorization.update",
        AuthorizationDelete = "authorization.delete",
        BudgetCreate = "budget.create",
        BudgetPaper = "budget.paper",
        BudgetProjectAdd = "budget.project.add",
        BudgetProjectStatus = "budget.project.status",
        CapacityAdd = "capacity.add",
        CapacityUpdate = "capacity.update",
        CapacityDelete = "capacity.delete",
        CharterIntro = "charter.intro",
        CharterAreaAdd = "charter.area.add",
        CharterAreaUpdate = "charter.area.update",
        CharterAreaDelete = "charter.area.delete",
        CharterPublish = "charter.publish",
        CommitmentCreate = "commitment.create",
        CommitmentProgress = "commitment.progress",
        CommunityCreate = "community.create",
        CommunityUpdate = "community.update",
        ConversationCreate = "conversation.create",
        ConversationImport = "conversation.import",
        ConversationModerate = "conversation.moderate",
        EngagementImport = "engagement.import",
        EngagementRecord = "engagement.record",
        GroupAdd = "group.add",
        GroupRename = "group.rename",
        IdeaRespond = "idea.respond",
        InitiativeCreate = "initiative.create",
        InitiativeUpdate = "initiative.update",
        InvitationCreate = "invitation.create",
        InvitationRevoke = "invitation.revoke",
        InvitationAccept = "invitation.accept",
        MemberUpdate = "member.update",
        MemberMerge = "member.merge",
        SigninLinkCreate = "signin_link.create",
        SigninLinkUse = "signin_link.use",
        ModerationHide = "moderation.hide",
        ModerationRestore = "moderation.restore",
        ModerationDismiss = "moderation.dismiss",
        OutcomeAdd = "outcome.add",
        OutcomeUpdate = "outcome.update",
        OutcomeDelete = "outcome.delete",
        ParticipationOpen = "participation.open",
        ParticipationClose = "participation.close",
        PhaseAdd = "phase.add",
        PhaseUpdate = "phase.update",
        PhaseDelete = "phase.delete",
        PhaseCurrent = "phase.current",
        PollCreate = "poll.create",
        PollUpdate = "poll.update",
        PollCancel = "poll.cancel",
        PollClose = "poll.close",
        PaperDeclare = "paper.declare",
        PaperConfirm = "paper.confirm",
        PollPaper = "poll.paper",
        SchoolAdd = "school.add",
        StakeholderAdd = "stakeholder.add",
        StakeholderUpdate = "stakeholder.update",
        StakeholderDelete = "stakeholder.delete",
        SupportSet = "support.set",
        WorksheetAnswer = "worksheet.answer",
    }
}

impl Action {
    /// The kind of object it acts on: `idea` for `idea.respond`.
    pub fn family(self) -> &'static str {
        self.key().split('.').next().unwrap_or_default()
    }

    /// The message id of its name in the interface: `audit-action-idea-respond`.
    pub fn message_id(self) -> String {
        format!("audit-action-{}", self.key().replace(['.', '_'], "-"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_unique_and_families_are_their_prefix() {
        let mut keys: Vec<&str> = Action::ALL.iter().map(|a| a.key()).collect();
        keys.sort();
        keys.dedup();
        assert_eq!(keys.len(), Action::ALL.len());
        assert_eq!(Action::BudgetProjectStatus.family(), "budget");
        assert_eq!(Action::BudgetProjectStatus.message_id(), "audit-action-budget-project-status");
        assert_eq!(Action::parse("idea.respond"), Some(Action::IdeaRespond));
    }
}
