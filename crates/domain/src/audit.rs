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
        BudgetRecount = "budget.recount",
        BudgetProjectAdd = "budget.project.add",
        BudgetProjectStatus = "budget.project.status",
        BaselineSet = "baseline.set",
        BaselineRemove = "baseline.remove",
        BodyCreate = "body.create",
        BodyUpdate = "body.update",
        BodyRules = "body.rules",
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
        IdeaEdit = "idea.edit",
        TranslationSave = "translation.save",
        IdeaWithdraw = "idea.withdraw",
        CommentEdit = "comment.edit",
        CommentWithdraw = "comment.withdraw",
        InitiativeCreate = "initiative.create",
        InitiativePublish = "initiative.publish",
        InitiativeUpdate = "initiative.update",
        InvitationCreate = "invitation.create",
        InvitationRevoke = "invitation.revoke",
        InvitationAccept = "invitation.accept",
        MeetingCreate = "meeting.create",
        MeetingUpdate = "meeting.update",
        MeetingCancel = "meeting.cancel",
        MeetingAgenda = "meeting.agenda",
        MeetingAttendance = "meeting.attendance",
        MinutesSave = "minutes.save",
        MinutesApprove = "minutes.approve",
        MinutesPublish = "minutes.publish",
        ActionCreate = "action.create",
        ActionTick = "action.tick",
        ActionClose = "action.close",
        ActionRule = "action.rule",
        SurveyCreate = "survey.create",
        SurveyQuestion = "survey.question",
        SurveyOpen = "survey.open",
        SurveyInvite = "survey.invite",
        SurveyScale = "survey.scale",
        SurveyClose = "survey.close",
        SurveyPublish = "survey.publish",
        SurveyModerate = "survey.moderate",
        SurveyRemind = "survey.remind",
        SurveyPaper = "survey.paper",
        RoleCreate = "role.create",
        ShiftCreate = "shift.create",
        HoursRecord = "hours.record",
        PromiseKept = "promise.kept",
        SafeguardingRecord = "safeguarding.record",
        EventCreate = "event.create",
        EventUpdate = "event.update",
        EventPanel = "event.panel",
        EventRoom = "event.room",
        EventProgramme = "event.programme",
        EventReport = "event.report",
        ProposalCreate = "proposal.create",
        ProposalWithdraw = "proposal.withdraw",
        ProposalReview = "proposal.review",
        ProposalDecide = "proposal.decide",
        SessionPlace = "session.place",
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
        RepresentationSettings = "representation.settings",
        PhaseAdd = "phase.add",
        PhaseUpdate = "phase.update",
        PhaseDelete = "phase.delete",
        PhaseCurrent = "phase.current",
        PollCreate = "poll.create",
        PollUpdate = "poll.update",
        PollCancel = "poll.cancel",
        PollClose = "poll.close",
        PollRecount = "poll.recount",
        PaperDeclare = "paper.declare",
        PaperConfirm = "paper.confirm",
        PollPaper = "poll.paper",
        SchoolAdd = "school.add",
        SeatAdd = "seat.add",
        SeatUpdate = "seat.update",
        SeatRemove = "seat.remove",
        SeatTerm = "seat.term",
        SeatTermEnd = "seat.term_end",
        SeatAlternate = "seat.alternate",
        SeatFill = "seat.fill",
        SelectionCreate = "selection.create",
        SelectionQuotas = "selection.quotas",
        SelectionCommit = "selection.commit",
        SelectionDraw = "selection.draw",
        SelectionRespond = "selection.respond",
        SelectionClose = "selection.close",
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

/// What one sealed entry says, in the order its hash covers it. The hash
/// chain makes the log tamper-evident: changing, removing or reordering an
/// entry changes every hash after it, so `tandem audit verify` finds the
/// first one that no longer matches.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sealed<'a> {
    /// Position in the chain, from 1 without gaps.
    pub seq: i64,
    pub community_id: Option<i64>,
    pub initiative_id: Option<i64>,
    pub actor_id: Option<i64>,
    /// The actor's name when they acted: deleting or renaming them later keeps the history.
    pub actor_name: &'a str,
    /// The actor's group protected identities (pupils) when they acted.
    pub actor_protected: bool,
    pub via: &'a str,
    pub action: &'a str,
    pub subject: &'a str,
    pub detail: &'a str,
    /// Unix seconds.
    pub at: i64,
}

/// The hash that precedes the first entry.
pub const GENESIS: &str = "";

impl Sealed<'_> {
    /// SHA-256 (hex) of the previous entry's hash and every field of this one.
    /// Each field is length-prefixed so no two different entries encode alike
    /// ("ab"+"c" and "a"+"bc" differ).
    pub fn hash(&self, previous: &str) -> String {
        use sha2::{Digest, Sha256};
        fn field(h: &mut Sha256, value: &str) {
            h.update(value.len().to_string().as_bytes());
            h.update(b":");
            h.update(value.as_bytes());
            h.update(b";");
        }
        fn number(h: &mut Sha256, value: Option<i64>) {
            field(h, &value.map(|v| v.to_string()).unwrap_or_else(|| "-".to_owned()));
        }
        let mut h = Sha256::new();
        field(&mut h, "tandem-audit-1");
        field(&mut h, previous);
        number(&mut h, Some(self.seq));
        number(&mut h, self.community_id);
        number(&mut h, self.initiative_id);
        number(&mut h, self.actor_id);
        field(&mut h, self.actor_name);
        field(&mut h, if self.actor_protected { "1" } else { "0" });
        field(&mut h, self.via);
        field(&mut h, self.action);
        field(&mut h, self.subject);
        field(&mut h, self.detail);
        number(&mut h, Some(self.at));
        h.finalize().iter().map(|b| format!("{b:02x}")).collect()
    }
}

/// Why a stored chain does not hold, at the first entry where it breaks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Break {
    /// An entry is missing or out of place: `expected` came next, `found` is there.
    Gap { expected: i64, found: i64 },
    /// The entry does not name the previous entry's hash.
    Link { seq: i64 },
    /// The entry's contents no longer match its hash.
    Contents { seq: i64 },
    /// The chain ends before (or goes past) the head the database recorded:
    /// entries were removed from, or added outside, the end.
    Head { head_seq: i64, last_seq: i64 },
    /// Entries were added without a place in the chain.
    Unsealed { count: i64 },
    /// The entry no longer has the hash noted for it elsewhere: the log was
    /// rewritten (hashes and all) up to here.
    Anchor { seq: i64 },
}

/// Checks a chain entry by entry. Feed entries in `seq` order; the first
/// break is kept and later entries are ignored.
#[derive(Debug, Clone)]
pub struct Verifier {
    last_seq: i64,
    last_hash: String,
    broken: Option<Break>,
    /// Hashes noted outside the database (`seq`, hash), checked as the chain passes them.
    anchors: Vec<(i64, String)>,
}

impl Default for Verifier {
    fn default() -> Self {
        Verifier { last_seq: 0, last_hash: GENESIS.to_owned(), broken: None, anchors: Vec::new() }
    }
}

impl Verifier {
    /// A verifier that also checks hashes noted earlier, outside the database
    /// (anyone who can write the database can recompute every hash; they
    /// cannot change what was written down elsewhere).
    pub fn with_anchors(anchors: Vec<(i64, String)>) -> Self {
        Verifier { anchors, ..Verifier::default() }
    }

    pub fn check(&mut self, entry: &Sealed<'_>, prev_hash: &str, hash: &str) {
        if self.broken.is_some() {
            return;
        }
        let expected = self.last_seq + 1;
        self.broken = if entry.seq != expected {
            Some(Break::Gap { expected, found: entry.seq })
        } else if prev_hash != self.last_hash {
            Some(Break::Link { seq: entry.seq })
        } else if entry.hash(prev_hash) != hash {
            Some(Break::Contents { seq: entry.seq })
        } else if self.anchors.iter().any(|(seq, noted)| *seq == entry.seq && !noted.eq_ignore_ascii_case(hash)) {
            Some(Break::Anchor { seq: entry.seq })
        } else {
            None
        };
        self.last_seq = entry.seq;
        self.last_hash = hash.to_owned();
    }

    /// The first break found so far.
    pub fn broken(&self) -> Option<&Break> {
        self.broken.as_ref()
    }

    /// The outcome against the head the database recorded: the number of
    /// entries checked and their last hash, or the first break.
    pub fn finish(self, head_seq: i64, head_hash: &str) -> Result<(i64, String), Break> {
        if let Some(b) = self.broken {
            return Err(b);
        }
        if let Some((seq, _)) = self.anchors.iter().filter(|(seq, _)| *seq > self.last_seq).min() {
            return Err(Break::Anchor { seq: *seq });
        }
        if head_seq != self.last_seq || head_hash != self.last_hash {
            return Err(Break::Head { head_seq, last_seq: self.last_seq });
        }
        Ok((self.last_seq, self.last_hash))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(seq: i64, detail: &str) -> Sealed<'_> {
        Sealed {
            seq,
            community_id: Some(1),
            initiative_id: None,
            actor_id: Some(7),
            actor_name: "Ana",
            actor_protected: false,
            via: "page",
            action: "idea.respond",
            subject: "12",
            detail,
            at: 1_700_000_000,
        }
    }

    fn chain(details: &[&'static str]) -> Vec<(Sealed<'static>, String, String)> {
        let mut prev = GENESIS.to_owned();
        let mut out = Vec::new();
        for (i, d) in details.iter().enumerate() {
            let e = entry(i as i64 + 1, d);
            let h = e.hash(&prev);
            out.push((e, prev.clone(), h.clone()));
            prev = h;
        }
        out
    }

    fn verify(
        entries: &[(Sealed<'_>, String, String)],
        head_seq: i64,
        head_hash: &str,
    ) -> Result<(i64, String), Break> {
        let mut v = Verifier::default();
        for (e, p, h) in entries {
            v.check(e, p, h);
        }
        v.finish(head_seq, head_hash)
    }

    #[test]
    fn an_intact_chain_verifies_to_its_head() {
        let c = chain(&["a", "b", "c"]);
        let head = c[2].2.clone();
        assert_eq!(verify(&c, 3, &head), Ok((3, head.clone())));
        assert_eq!(verify(&[], 0, GENESIS), Ok((0, String::new())));
        assert_eq!(head.len(), 64);
    }

    #[test]
    fn each_kind_of_tampering_is_named_at_the_first_broken_entry() {
        let c = chain(&["a", "b", "c", "d"]);
        let head = c[3].2.clone();
        // A changed detail.
        let mut edited = c.clone();
        edited[1].0.detail = "z";
        assert_eq!(verify(&edited, 4, &head), Err(Break::Contents { seq: 2 }));
        // A removed entry in the middle.
        let mut removed = c.clone();
        removed.remove(2);
        assert_eq!(verify(&removed, 4, &head), Err(Break::Gap { expected: 3, found: 4 }));
        // A removed entry renumbered and rehashed from there on still breaks its successor's link
        // unless every later hash is recomputed, and then the head no longer matches.
        let rehashed = chain(&["a", "b", "d"]);
        assert_eq!(verify(&rehashed, 4, &head), Err(Break::Head { head_seq: 4, last_seq: 3 }));
        // The last entry removed.
        assert_eq!(verify(&c[..3], 4, &head), Err(Break::Head { head_seq: 4, last_seq: 3 }));
        // A re-linked entry.
        let mut relinked = c.clone();
        relinked[2].1 = "f".repeat(64);
        assert_eq!(verify(&relinked, 4, &head), Err(Break::Link { seq: 3 }));
    }

    #[test]
    fn a_rewritten_chain_fails_against_a_hash_noted_elsewhere() {
        let original = chain(&["a", "b", "c"]);
        let noted = (2, original[1].2.clone());
        // Rewritten from entry 2 on, every hash recomputed and the head moved.
        let forged = chain(&["a", "B", "c"]);
        let forged_head = forged[2].2.clone();
        assert!(verify(&forged, 3, &forged_head).is_ok(), "without an anchor a full rewrite is consistent");
        let mut v = Verifier::with_anchors(vec![noted.clone()]);
        for (e, p, h) in &forged {
            v.check(e, p, h);
        }
        assert_eq!(v.finish(3, &forged_head), Err(Break::Anchor { seq: 2 }));
        // The honest chain passes the same anchor; a chain cut before it does not.
        let mut v = Verifier::with_anchors(vec![noted.clone()]);
        for (e, p, h) in &original {
            v.check(e, p, h);
        }
        assert!(v.finish(3, &original[2].2).is_ok());
        let mut v = Verifier::with_anchors(vec![noted]);
        v.check(&original[0].0, &original[0].1, &original[0].2);
        assert_eq!(v.finish(1, &original[0].2), Err(Break::Anchor { seq: 2 }));
    }

    #[test]
    fn fields_cannot_run_into_each_other() {
        let mut a = entry(1, "bc");
        a.subject = "a";
        let mut b = entry(1, "c");
        b.subject = "ab";
        assert_ne!(a.hash(GENESIS), b.hash(GENESIS));
        let mut none = entry(1, "");
        none.initiative_id = None;
        let mut dash = entry(1, "");
        dash.initiative_id = Some(0);
        assert_ne!(none.hash(GENESIS), dash.hash(GENESIS));
    }

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
