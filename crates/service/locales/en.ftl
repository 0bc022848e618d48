# Tandem — English. Every message here must also exist in es.ftl (a test checks).

site-name = Tandem
skip-to-content = Skip to main content
nav-main-label = Main
nav-breadcrumbs-label = You are here
nav-home = Home
nav-glossary = Glossary
nav-account = Your account
nav-login = Log in
nav-logout = Log out
lang-switch-label = Change language
footer-tagline = Tandem is an open platform for schools and districts to design and run their work with their community.
footer-api = API documentation (OpenAPI)

month-1 = Jan
month-2 = Feb
month-3 = Mar
month-4 = Apr
month-5 = May
month-6 = Jun
month-7 = Jul
month-8 = Aug
month-9 = Sep
month-10 = Oct
month-11 = Nov
month-12 = Dec

## Home
home-title = Work with your community, not for it
home-lead = Tandem helps schools and districts shape new initiatives together with families, pupils, staff, unions and community groups — and keep running, steering and evaluating them together.
home-explainer = Designing together is called co-creation; running and reviewing together is called co-production.
home-explainer-link = What do these words mean?
home-yours = Your communities, { $name }
home-no-memberships = You are not a member of any community yet. Ask for an invitation link.
home-communities = Communities on this site
home-no-communities = There are no communities here yet.
home-how-title = How it works
home-how-1-title = Say what it is for
home-how-1 = every initiative states the public value it promises and how you will know it worked.
home-how-2-title = Show who will make it happen
home-how-2 = people, systems and money, each with someone responsible.
home-how-3-title = Earn support from everyone
home-how-3 = record where each group stands, formal and informal, so nobody is left out.

## Forms
form-optional = (optional)
form-error-summary = There is a problem
form-error-prefix = Error:
form-save = Save
form-delete = Delete

## Field errors
error-required = This is required.
error-too-long = Use { $max } characters or fewer.
error-control-chars = This contains characters that cannot be used.
error-single-line = Use a single line.
error-email-invalid = Enter an email address like name@example.org.
error-email-taken = Another account already uses this email address.
error-password-too-short = Use at least { $min } characters.
error-password-too-long = Use { $max } characters or fewer.
error-password-common = This password is too easy to guess. Try a few unrelated words.
error-password-contains-email = Do not use your email address in your password.
error-password-wrong = This is not your current password.
error-slug-invalid = Use lower-case letters, numbers and single hyphens.
error-choice-invalid = Choose one of the options.
error-date-invalid = Enter a date as YYYY-MM-DD, for example 2026-11-30.
error-number-invalid = Enter a whole number.
error-number-range = Enter a number from { $min } to { $max }.

## Error pages
error-go-home = Go to the home page
error-not-found-title = Page not found
error-not-found-body = There is nothing at this address. It may have moved, or it may be visible only to members.
error-forbidden-title = Not allowed
error-forbidden-body = Your role in this community does not allow this. Ask a community administrator if you think it should.
error-login-required-title = Please log in
error-login-required-body = You need to log in to do this.
error-unauthorized-title = Not recognised
error-unauthorized-body = The access token is not valid or has been revoked.
error-bad-request-title = Something is wrong with the request
error-bad-request-body = The request could not be understood.
error-csrf-title = The form has expired
error-csrf-body = For your safety we could not accept this form. Go back, reload the page and try again.
error-busy-title = Busy for a moment
error-busy-body = Tandem is handling many sign-ins at once. Nothing was changed: please try again in a moment.
error-too-many-title = Too many attempts
error-too-many-body = Please wait { $minutes ->
    [one] a minute
   *[other] { $minutes } minutes
} and try again.
error-invalid-title = Some information needs correcting
error-invalid-body = Please correct the problems listed and try again.
error-conflict-title = That cannot be done
error-method-title = Not possible here
error-method-body = This address does not accept that kind of request.
error-internal-title = Sorry, something went wrong
error-internal-body = The problem has been logged. Nothing you entered was half-saved. Please try again in a moment.
error-form-unreadable = The form could not be read. Please reload the page and try again.
error-json-unreadable = The request body is not valid JSON of the expected shape.
error-unsupported-type = This kind of content is not accepted here.
error-too-large = What you sent is too large.
error-timeout = The request took too long.
error-lang-unknown = That language is not available.
error-last-admin = A community needs at least one administrator. Make someone else an administrator first.
error-group-exists = A group with that name already exists.
error-school-exists = A school with that name already exists.
error-community-exists = A community with that address already exists.
error-invitation-unusable = This invitation link can no longer be used: it was used, revoked or has expired.
error-invitation-not-revocable = This invitation was already used, revoked or does not exist.

## Flash messages
flash-logged-in = You are logged in.
flash-logged-out = You have logged out.
flash-saved = Your changes are saved.
flash-joined = Welcome! You have joined the community.
flash-already-member = You are already a member of this community.
flash-initiative-created = The initiative is created. Now describe its three bases.
flash-invitation-revoked = The invitation link no longer works.
flash-invitation-not-revoked = That invitation could not be revoked: it was already used or revoked.
flash-reset-sent = If an account uses that address, a link to choose a new password is on its way. It works once, within an hour.
flash-password-reset = Your new password is saved and you are logged in. Every other session was logged out.
flash-password-saved = Your password is saved. Your other sessions were logged out and your API tokens revoked.
flash-email-link-sent = We sent a link to the new address. Your sign-in address changes when you open it (within a day).
flash-email-confirmed = Your new sign-in address is confirmed.
flash-token-revoked = The token is revoked.

## Login
login-title = Log in
login-email = Email address
login-password = Password
login-submit = Log in
login-failed = The email address or password is not right.
login-throttled = Too many failed attempts. Please wait { $minutes ->
    [one] a minute
   *[other] { $minutes } minutes
} and try again.
login-invited-hint = Joined with an invitation link and have no password? Use the link again, or ask for a new one. You can set a password on your account page.
login-forgot = Forgot your password?
forgot-title = Forgot your password
forgot-lead = Give the email address you sign in with. If an account uses it, we send it a link to choose a new password.
forgot-submit = Send the link
forgot-invited-hint = Joined with an invitation link? Your school's facilitator can give you a sign-in link.
forgot-throttled = Too many requests from here. Please wait { $minutes ->
    [one] a minute
   *[other] { $minutes } minutes
} and try again.
reset-unavailable = This site does not send email, so it cannot send you a link. Ask your school's facilitator for a sign-in link; then you can set a new password on your account page.
reset-title = Choose a new password
reset-lead = Choose a new password for your account. Every device signed in to it will be logged out.
reset-submit = Save and log in
reset-link-unusable = This link cannot be used: it was already used, a newer one was sent, or it is more than an hour old.
reset-ask-again = Ask for a new link
email-confirm-title = Confirm your new sign-in address
email-confirm-lead = Sign in with { $email } from now on?
email-confirm-submit = Confirm this address
email-link-unusable = This link cannot be used: it was already used, a newer one was sent, it is more than a day old, or the address is no longer free.
email-change-unavailable = This site does not send email, so a new sign-in address cannot be confirmed. Ask an administrator to change it.

## Invitations (joining)
join-title = Join { $community }
join-invited = You are invited to join as { $role }.
join-invited-group = You are invited to join as { $role }, with { $group }.
join-note = Invitation for
join-name = Your name
join-name-hint = This is how others will see you.
join-name-pupil = Your first name or a nickname
join-name-pupil-hint = Only school staff see it. Your name is never shown to the public.
join-as-user = You will join as { $name }.
join-submit = Join
join-have-account = Already have an account?
join-login-first = Log in first
join-status-used = This invitation link has already been used.
join-status-revoked = This invitation link was cancelled.
join-status-expired = This invitation link has expired.
join-ask-again = Ask the person who sent it for a new link.

## Roles, kinds, groups
role-admin = administrator
role-facilitator = facilitator
role-member = member
role-observer = observer
community-kind-district = School district
community-kind-network = Network of schools
community-kind-school = School
school-phase-primary = Primary
school-phase-middle = Middle
school-phase-secondary = Secondary
school-phase-all_through = All-through
school-phase-special = Special school
group-families = Families and carers
group-pupils = Pupils
group-teaching_staff = Teaching staff
group-support_staff = Support staff
group-school_leaders = School leaders
group-governors = Governors and board
group-unions = Unions
group-community_orgs = Community organisations
visibility-public = Public — anyone can read it
visibility-members = Members only

## Community
community-your-role = You are a { $role } here.
community-staff-nav = Staff tools
community-members = Members
community-invitations = Invitation links
community-settings = Settings
community-initiatives = Initiatives
community-no-initiatives = There are no initiatives to show yet.
community-all-initiatives = See all { $count } initiatives
community-schools = Schools
community-no-schools = No schools have been added.
community-participation = Who takes part
community-participation-hint = Members by stakeholder group. Figures under { $threshold } are hidden to protect privacy, and so is any figure that would give one away.
community-participation-caption = Members by stakeholder group
col-group = Stakeholder group
col-members = Members
col-total = Total
col-name = Name
col-role = Role
col-school = School
col-joined = Joined
col-actions = Actions
privacy-suppressed = < { $threshold }
privacy-suppressed-long = Fewer than { $threshold } people: hidden to protect privacy
privacy-protecting = hidden
privacy-protecting-long = Hidden so that a smaller figure beside it cannot be worked out

## Initiatives
initiatives-title = Initiatives
initiatives-title-school = Initiatives at { $school }
initiatives-filter-school = School
initiatives-filter-all = All
initiatives-filter-submit = Show
initiative-new = New initiative
initiative-new-lead = Start with what the initiative is for. You can add outcomes, capacity and support next.
initiative-create = Create initiative
initiative-district-wide = District-wide
initiative-updated = updated { $date }
initiative-edit = Edit initiative
initiative-edit-title = Edit: { $title }
initiative-back = Back to the initiative page
initiative-basics = The basics
initiative-field-title = Title
initiative-field-summary = Summary
initiative-field-school = School
initiative-field-visibility = Who can read it
initiative-field-visibility-hint = Public initiatives can be read by anyone, without logging in.
initiative-field-value = Public value: what will be better, and for whom?
initiative-field-value-hint = The benefit this initiative promises the community, in plain words.

## Strategic triangle
triangle-title = Strategic triangle
triangle-explainer = Every public initiative must hold three things together: the value it promises, the capacity to deliver it, and the legitimacy and support of the people it affects.
triangle-rounds = All three bases are holding: this initiative "rounds the bases".
triangle-not-rounding = At least one base needs attention. See the reasons in the table.
triangle-table-caption = The three bases and their state
triangle-col-base = Base
triangle-col-state = State
triangle-col-figures = Figures
triangle-col-reasons = What needs attention
triangle-no-reasons = Nothing flagged
triangle-figures-value = { $outcomes ->
    [one] 1 outcome
   *[other] { $outcomes } outcomes
}, { $measurable } measurable
triangle-figures-capacity = { $total ->
    [one] 1 item
   *[other] { $total } items
}, { $owned } with an owner, { $inplace } in place
triangle-figures-legitimacy = { $recorded ->
    [one] 1 group recorded
   *[other] { $recorded } groups recorded
}, { $supportive } supportive, { $critical } critical
base-public_value = Public value
base-capacity = Organizational capacity
base-legitimacy = Legitimacy and support
base-state-at-risk = At risk
base-state-missing = Missing
base-state-attention = Needs attention
base-state-holding = Holding
triangle-reason-value-missing = No public value has been described yet.
triangle-reason-value-no-statement = The public value statement is empty.
triangle-reason-value-no-outcomes = No measurable outcomes: how will you know it worked?
triangle-reason-value-unmeasured = Some outcomes have no measure or no target.
triangle-reason-capacity-missing = No capacity recorded: who and what will deliver this?
triangle-reason-capacity-no-owner = Some capacity items have nobody responsible.
triangle-reason-capacity-at-risk = Some capacity is at risk.
triangle-reason-legitimacy-missing = No stakeholder group's stance has been recorded.
triangle-reason-legitimacy-narrow = Support is recorded for fewer than half of the stakeholder groups: legitimacy sought from only a few.
triangle-reason-legitimacy-critical = Some groups are sceptical or opposed.
triangle-reason-legitimacy-unknown = For some groups the stance is unknown.

value-no-statement = The public value has not been described yet.
value-no-outcomes = No measurable outcomes yet.
value-outcomes-caption = Measurable outcomes
value-outcomes-hint = Say what will change, how you will measure it, and the target.
outcome-field-description = Outcome
outcome-field-measure = How it is measured
outcome-field-measure-hint = For example: attendance records each term.
outcome-field-target = Target
outcome-add = Add outcome

capacity-explainer = The people, systems and money that deliver the public value, each with someone responsible.
capacity-none = No capacity has been recorded yet.
capacity-caption = Capacity items
capacity-field-title = What is needed
capacity-field-kind = Kind
capacity-field-owner = Who is responsible
capacity-field-owner-hint = A role or a name (never a pupil's name).
capacity-field-status = Status
capacity-field-evidence = Evidence
capacity-no-owner = Nobody yet
capacity-add = Add capacity item
capacity-kind-people = People
capacity-kind-systems = Systems
capacity-kind-money = Money
capacity-kind-other = Other
capacity-status-needed = Needed
capacity-status-in_progress = In progress
capacity-status-in_place = In place
capacity-status-at_risk = At risk

support-explainer = Where each stakeholder group stands. Legitimacy means support from everyone affected, not only from people who already agree.
support-caption = Stance of each stakeholder group
support-field-stance = Stance
support-field-note = Note
support-not-recorded = Not recorded
support-edit-hint = Record where each group stands and why. Leave "Not recorded" where you do not know yet.
stance-champion = Champion
stance-supporter = Supporter
stance-neutral = Neutral
stance-sceptic = Sceptic
stance-opponent = Opponent
stance-unknown = Unknown

glossary-link-triangle = What is the strategic triangle?
glossary-link-authorizing = What is the authorizing environment?

## Members
members-title = Members
members-privacy-note = Pupils' names are shown only on staff pages like this one, never publicly, in the API or in exports.
members-filter-group = Stakeholder group
members-count = { $count ->
    [one] 1 member
   *[other] { $count } members
}
members-caption = Members by name
members-pupil-badge = pupil
members-change = Change { $name }
member-no-group = No group
member-no-school = No school

## Invitation links (admin)
invitations-title = Invitation links
invitations-lead = An invitation link lets a family member or pupil join without a password. Each link works once, expires, and can be cancelled.
invitations-new = Create a link
invitations-group-hint = Pupils' names are never shown publicly.
invitations-field-note = Who it is for
invitations-note-hint = For your records, e.g. "Year 6 class rep". Do not write a pupil's full name.
invitations-field-days = Valid for (days)
invitations-days-hint = From 1 to { $max } days. Leave empty for { $default } days.
invitations-create = Create link
invitations-created = The invitation link is ready.
invitations-link-label = Copy this link and send it to the person
invitations-link-once = This is the only time the link is shown.
invitations-recent = Recent invitations
invitations-none = No invitations yet.
invitations-col-status = Status
invitations-col-expires = Expires
invitations-revoke = Revoke
invitations-revoke-label = Revoke the invitation for { $note }
invitation-status-open = Open
invitation-status-used = Used
invitation-status-revoked = Revoked
invitation-status-expired = Expired

## Settings
settings-title = Community settings
settings-community = The community
settings-field-name = Name
settings-field-description = Description
settings-groups = Stakeholder groups
settings-groups-hint = Rename groups to fit your community, or add your own. Members of protected groups are minors whose names are never published.
settings-field-name-en = Name in English
settings-field-name-es = Name in Spanish
settings-field-name-default-hint = Leave empty to use the standard name.
settings-field-protects = Members of this group are minors: never show their names publicly
settings-group-protected = names protected
settings-group-add = Add group
settings-field-phase = Phase
settings-school-add = Add school

## Account
account-title = Your account
account-profile = Your profile
account-field-name = Your name
account-field-lang = Language
account-credentials-none = You joined with an invitation link. Add an email address and a password to log in from other devices.
account-email = Sign-in address
account-email-current = You sign in with { $email }.
account-email-lead = To change it, give the new address: we send a link there, and the change happens when you open it.
account-field-new-email = New email address
account-email-submit = Send the link
account-password = Password
account-password-none = You have no password yet. Set one to log in from other devices with your email address.
error-email-unchanged = This is already your sign-in address.
account-field-current-password = Current password
account-field-new-password = New password
account-password-hint = At least 12 characters, and not a well-known password. A few unrelated words are easy to remember and hard to guess.
account-memberships = Your communities
account-tokens = API tokens
account-tokens-hint = Tokens let scripts use the API as you. Treat them like passwords.
account-field-token-name = Token name
account-token-create = Create token
account-token-created = Your new token (shown only now)
account-token-once = Copy it now: it will not be shown again.
account-token-created-col = Created
account-token-used-col = Last used
account-token-revoked = Revoked
account-token-revoke-label = Revoke the token { $name }

## Glossary
glossary-title = Glossary
glossary-lead = The words Tandem uses, in plain language. Nobody should have to ask what a word means before they can take part.
glossary-contents = Contents
glossary-co-creation-title = Co-creation
glossary-co-creation-body = Designing something together. While an initiative is still being planned, the people it affects help shape what it will be — for example, families and staff on a design team that names a new school and writes its plan with the principal.
glossary-co-production-title = Co-production
glossary-co-production-body = Running something together. After an initiative starts, the community keeps taking part — helping to deliver it (like peer mentoring), steering it (like an oversight council) and checking whether it works.
glossary-strategic-triangle-title = Strategic triangle
glossary-strategic-triangle-body = A way to check any public initiative: it needs public value (a real benefit), organizational capacity (people, systems and money to deliver it) and legitimacy and support (the backing of the people it affects). If one is missing, the initiative is likely to fail.
glossary-public-value-title = Public value
glossary-public-value-body = The benefit an initiative promises the community, and how you will know it has been delivered.
glossary-organizational-capacity-title = Organizational capacity
glossary-organizational-capacity-body = The people, systems and money that make the public value happen, each with someone responsible.
glossary-legitimacy-title = Legitimacy and support
glossary-legitimacy-body = Approval and backing from those who can support or resist an initiative — formally (a board vote) or informally (families, unions, community groups).
glossary-authorizing-environment-title = Authorizing environment
glossary-authorizing-environment-body = Everyone who can approve or disapprove of an initiative: formal authorizers such as the school board, and informal ones such as families, unions, non-profits and advocacy groups.
glossary-stakeholder-group-title = Stakeholder group
glossary-stakeholder-group-body = A part of the school community with a shared interest, such as families, pupils, teaching staff or unions.
glossary-round-the-bases-title = Rounding the bases
glossary-round-the-bases-body = Keeping all three parts of the strategic triangle strong at the same time, all the time — not building capacity first and asking for support only at the end.

## Command line
cli-running = Tandem is running at { $url }
cli-migrated = { $count ->
    [one] 1 migration applied.
   *[other] { $count } migrations applied.
}
cli-community-created = Community "{ $slug }" created.
cli-user-created = User { $email } created.
cli-generated-password = Generated password (shown only now): { $password }
cli-demo-ready = The Tandem demo is running at { $url }
cli-demo-scaled = Enlarged to { $scale }× in { $seconds } s: { $members } more members, { $ideas } ideas, { $reactions } endorsements and comments, { $notifications } notifications, { $ballots } ballots, { $votes } conversation votes.
cli-demo-logins = Demo logins (the password for all of them is { $password }):
cli-demo-invite-pupil = One-time invitation link for a pupil:
cli-demo-invite-family = One-time invitation link for a family member:
cli-demo-members = { $count } members in the demo district: { $url }
cli-stop = Press Ctrl+C to stop.
cli-error = Error: { $message }
cli-error-invalid = Some values are not valid:
cli-error-database = The database could not be used: { $detail }
cli-error-url = The database URL must start with sqlite:// or postgres://
cli-error-exists = "{ $what }" already exists.
cli-error-no-community = There is no community "{ $slug }".
cli-error-demo-exists = { $path } already exists. Choose another file, or add --replace to overwrite it.
cli-error-config = The configuration file { $path } could not be read: { $detail }
cli-error-addr = "{ $addr }" is not an address to listen on. Use IP:PORT, for example 127.0.0.1:8080.
cli-error-bind = Could not listen on { $addr }: { $detail }
cli-error-public-url = The public URL must start with http:// or https:// (got "{ $url }").
cli-error-connections = The number of database connections must be from 1 to 500.
cli-error-stdin = Could not read the password from standard input: { $detail }
cli-error-serve = The server stopped with an error: { $detail }
cli-error-demo-not-empty = That database already holds the demo district. Use an empty database.

## Initiative sections
sections-label = Sections of this initiative
sections-menu = Section
section-overview = Overview
section-environment = Authorizing environment
section-charter = Power-sharing charter
section-phases = Phases
section-engagement = Five key steps
section-worksheet = Guiding questions
section-health = Health
section-packet = Authorization packet
overview-phase = Current phase
overview-no-phase = No phase is current
overview-charter = Charter
overview-charter-draft = Not yet published
overview-participation = Participation
overview-participation-open = Open
overview-participation-closed = Closed
overview-open-participation = Open participation
overview-close-participation = Close participation
flash-participation-opened = Participation is open.
flash-participation-closed = Participation is closed.
date-hint = As YYYY-MM-DD, for example 2026-12-31.

## Authorizing environment
environment-lead = Everyone who can approve or disapprove of this initiative — formally, like the school board, or informally, like families, unions and community groups — and who among them is best suited to co-create it or co-produce it.
environment-maps = Two views of the map
environment-none = No stakeholders are on the map yet.
environment-traditional-title = Traditional view: formal authority and informal influence
environment-traditional-desc = Each numbered dot is a stakeholder from the table below, placed by formal authority (across) and informal influence (up).
environment-traditional-caption = Traditional view: who can approve, and who can lend or withdraw credibility.
environment-open-title = Open view: potential co-creators and co-producers
environment-open-desc = Each numbered dot is a stakeholder from the table below, placed by whether they suit co-creation, co-production, both or neither yet.
environment-open-caption = Open view: everyone is a potential co-creator or co-producer.
environment-axis-formal = Formal authority
environment-axis-influence = Informal influence
environment-axis-co-creation = Suited to co-creation →
environment-axis-co-production = Suited to co-production →
environment-quadrant-both = Co-create and co-produce
environment-quadrant-co-creation = Co-create
environment-quadrant-co-production = Co-produce
environment-quadrant-neither = Neither yet
environment-stakeholders = Stakeholders
environment-stakeholders-caption = Stakeholders, numbered as on the maps
environment-edit-stakeholder = Change { $name }
environment-add-stakeholder = Add stakeholder
stakeholder-field-name = Name
stakeholder-field-kind = Kind
stakeholder-kind-hint = A person must be an adult: pupils take part through their stakeholder group.
stakeholder-field-formal = Formal authority
stakeholder-field-instrument = How it is exercised
stakeholder-instrument-hint = For example: board vote on the final plan. Required when there is formal authority.
stakeholder-field-influence = Informal influence
stakeholder-field-suitability = Best suited for
stakeholder-field-reason = Why
stakeholder-field-owner = Relationship owner on staff
stakeholder-owner-hint = Who on staff keeps in touch with them.
stakeholder-kind-group = Group
stakeholder-kind-organisation = Organisation
stakeholder-kind-person = Person (adult)
formal-authority-approves = Approves
formal-authority-consulted = Must be consulted
formal-authority-notified = Must be notified
formal-authority-none = None
influence-low = Low
influence-medium = Medium
influence-high = High
suitability-co_creation = Co-creation
suitability-co_production = Co-production
suitability-both = Both
suitability-neither = Neither yet
approvals-title = Formal approvals and notifications
approvals-lead = What must be approved and who must be told, by when, and the evidence that it happened.
approvals-none = No formal steps are tracked yet.
approvals-caption = Formal approvals and notifications
approvals-overdue = Overdue
approvals-edit = Change { $title }
approvals-add = Add a formal step
approval-field-title = What
approval-title-hint = For example: school board approves the process and the final plan.
approval-field-kind = Kind
approval-field-stakeholder = With whom
approval-no-stakeholder = Not linked to a stakeholder
approval-field-due = Due
approval-field-status = Status
approval-field-happened = Date it happened
approval-field-evidence = Evidence
approval-evidence-hint = A link or a note, for example the minutes of the meeting.
authorization-kind-approval = Approval
authorization-kind-notification = Notification
authorization-status-not_started = Not started
authorization-status-requested = Requested
authorization-status-granted = Granted
authorization-status-refused = Refused
authorization-status-notified = Notified
error-instrument-required = Say how this formal authority is exercised.
error-status-kind-mismatch = This status does not fit this kind of step.
error-happened-required = Give the date it happened.

## Charter
charter-lead = Before anyone is asked to take part, the school says how much control it shares, which risks it accepts, what is fixed and why, and what participants get back.
charter-published = Published — version { $version }, first published { $date }.
charter-draft-staff = This charter is a draft. Only staff see it until it is published, and no participation can open before then.
charter-draft-public = The power-sharing charter has not been published yet. Participation opens once it is.
charter-areas = What participants can influence
charter-no-areas = No decision areas yet.
charter-publish-title = Publish the charter
charter-publish-lead = Once published the charter is public, and every later change must give a reason that readers will see.
charter-publish = Publish the charter
charter-edit = Edit the charter
charter-edit-published = This charter is published: each change needs a reason and creates a new version.
charter-intro = Introduction
charter-field-intro = Introduction
charter-intro-hint = What this process is for and how decisions will be made, in plain words.
charter-field-reason = Reason for this change
charter-reason-hint = Readers will see this in the charter's history.
charter-add-area = Add decision area
charter-history = Versions and changes
charter-history-caption = Every published version of the charter
charter-col-version = Version
charter-col-date = Date
charter-col-reason = Reason
charter-version = Version { $version }
charter-version-title = Charter, version { $version }
charter-version-note = This is the charter as published on { $date }.
charter-first-publication = First publication
charter-back = Back to the current charter
area-field-title = Decision area
area-title-hint = For example: the school's name, the curriculum model, a budget line, staffing.
area-field-level = Level of influence offered
area-level-hint = From "inform" (participants are told) to "empower" (participants decide).
area-field-final = Who makes the final decision
area-field-fixed = What is fixed, and why
area-nothing-fixed = Nothing is fixed in advance.
area-field-risks = Risks the school accepts
area-field-reciprocity = What participants get back
area-reciprocity-hint = Even when the benefit is indirect, say it plainly.
level-inform = Inform
level-consult = Consult
level-involve = Involve
level-collaborate = Collaborate
level-empower = Empower
level-inform-desc = you will be told what was decided and why; this cannot be influenced.
level-consult-desc = your views are asked for and considered before staff decide.
level-involve-desc = you work with staff throughout so your concerns shape the options.
level-collaborate-desc = you and staff develop the options and choose the preferred one together.
level-empower-desc = you decide, and the school carries out what you decide.
error-charter-empty = Add at least one decision area before publishing.
error-charter-already-published = The charter is already published.
error-charter-not-published = Participation cannot open until the power-sharing charter is published: first say openly what can and cannot be influenced.
error-charter-conflict = Someone else changed the charter at the same time. Your change was not saved; please look again.
flash-charter-published = The charter is published. Participation can now open.

## Phases
phases-lead = Co-creation phases shape the initiative while it is designed; co-production phases run, steer and evaluate it together afterwards.
phase-identify_needs = Identify needs
phase-co_design = Co-design
phase-authorization = Authorization
phase-co_delivery = Co-delivery
phase-co_evaluation = Co-evaluation
phase-kind-co_creation = Co-creation
phase-kind-co_production = Co-production
phase-status-upcoming = Upcoming
phase-status-current = Current
phase-status-done = Done
phase-from = from { $date }
phase-until = until { $date }
phase-no-dates = no dates set
phases-edit = Change the phases
phases-make-current = Make this the current phase
phases-field-note = Note
phases-field-name = Name
phases-name-template-hint = Leave empty to keep the standard name.
phases-field-kind = Kind
phases-field-starts = Starts
phases-field-ends = Ends
phases-add = Add phase
phases-history = Moves between phases
phases-history-none = The initiative has not moved between phases yet.
phases-col-move = Move
error-end-before-start = The end must not be before the start.
error-phase-not-deletable = The current phase cannot be deleted. Make another phase current first.

## Five key steps
engagement-lead = Co-production works when everyone goes through five steps. This page measures each step from what actually happened.
key-step-awareness = Awareness
key-step-buy_in = Buy-in
key-step-expectations = Expectations
key-step-performance = Performance
key-step-feedback = Feedback
key-step-awareness-desc = people know what is planned and why (informed, attended).
key-step-buy_in-desc = people have said they support it.
key-step-expectations-desc = people have agreed a role and know what it means.
key-step-performance-desc = people have the skills: training completed.
key-step-feedback-desc = people keep hearing how things stand.
event-kind-informed = Informed
event-kind-attended = Attended
event-kind-supported = Expressed support
event-kind-agreed_role = Agreed a role
event-kind-trained = Completed training
event-kind-updated = Received an update
engagement-funnel = People reached at each step
engagement-counting = Counted from recorded activities, not names: someone reached twice counts twice. Awareness takes the larger of "informed" and "attended". Figures under { $threshold } are hidden, and so is any figure that would give one away.
engagement-none = Nothing has been recorded yet.
engagement-chart-title = People reached at each key step, all groups
engagement-chart-desc = A bar for each of the five key steps; the same figures are in the table below, by stakeholder group.
engagement-funnel-caption = People reached at each step, by stakeholder group
engagement-record = Record engagement
engagement-field-kind = What happened
engagement-field-people = How many people
engagement-people-hint = A number from 1 upwards. Record pupils as a number only.
engagement-field-date = Date
engagement-field-source = Source
engagement-source-hint = For example: newsletter of 12 October, parents' evening sign-in sheet.
engagement-field-stakeholder = About a stakeholder on the map
engagement-no-stakeholder = None
engagement-stakeholder-hint = Link contact with a formal authority so the health view knows they were informed.
engagement-record-submit = Record
engagement-upload = Import from a CSV file
engagement-upload-lead = A CSV file with the header { $header }: the date as YYYY-MM-DD, the group's key (such as families), what happened (informed, attended, supported, agreed_role, trained, updated), how many people, and the source. If any line is wrong, nothing is imported.
engagement-upload-file = CSV file
engagement-upload-submit = Import
engagement-imported = { $count ->
    [one] 1 record imported.
   *[other] { $count } records imported.
}
engagement-events = Recent records
engagement-events-caption = The most recent engagement records
error-csv-line = Line { $line }: { $problem }
error-csv-header = The first line must be: date,group,kind,people,source
error-csv-empty = The file has no records after the header.
error-csv-row = This line does not have the five columns.
error-csv-unreadable = The file could not be read as CSV.
error-csv-missing = Choose a CSV file to import.

## Worksheet
worksheet-lead = The six questions that help a team see its authorizing environment clearly. Answers are kept with their history and seen by members only.
worksheet-q1 = Who are the formal and informal power structures for authorization in your community?
worksheet-q2 = What bias and structural challenges are inherent in these power structures? How can co-creation or co-production mitigate or overcome these challenges?
worksheet-q3 = Who is best suited for co-creation?
worksheet-q4 = Who is best suited for co-production?
worksheet-q5 = How can you leverage these processes to accelerate formal and informal authorizing moving forward?
worksheet-q6 = Through the process of co-creation or co-production, have you neglected operational capacity or your public value proposition?
worksheet-unanswered = Not answered yet.
worksheet-answered = Answered { $date } by { $name }.
worksheet-history = { $count ->
    [one] 1 earlier answer
   *[other] { $count } earlier answers
}
worksheet-answer = Answer
worksheet-revise = Revise the answer
worksheet-field-answer = Your answer

## Health
health-lead = Every public initiative must hold its three bases together, all the time. These checks look for a base that is being neglected.
health-count = { $count ->
    [0] Nothing needs attention.
    [one] 1 thing needs attention.
   *[other] { $count } things need attention.
}
health-all-clear = All three bases are being held: nothing needs attention.
health-base-clear = Nothing flagged.
severity-critical = Critical
severity-warning = Warning
health-no-value-statement = The public value has not been described: nobody can tell what this initiative is for.
health-no-value-statement-fix = Describe the public value
health-no-measurable-outcomes = There are no measurable outcomes: authorizers will ask how you will know it worked.
health-no-measurable-outcomes-fix = Add a measurable outcome
health-capacity-without-owner = { $count ->
    [one] 1 capacity item has nobody responsible.
   *[other] { $count } capacity items have nobody responsible.
}
health-capacity-without-owner-fix = Give each item an owner
health-capacity-at-risk = { $count ->
    [one] 1 capacity item is at risk.
   *[other] { $count } capacity items are at risk.
}
health-capacity-at-risk-fix = Review the capacity at risk
health-approval-overdue = { $count ->
    [one] 1 formal approval or notification is overdue.
   *[other] { $count } formal approvals or notifications are overdue.
}
health-approval-overdue-fix = Update the formal steps
health-approval-refused = { $count ->
    [one] 1 formal approval was refused.
   *[other] { $count } formal approvals were refused.
}
health-approval-refused-fix = See the refused approval
health-formal-not-informed = { $count ->
    [one] 1 stakeholder with formal authority has no record of being informed.
   *[other] { $count } stakeholders with formal authority have no record of being informed.
}
health-formal-not-informed-fix = Record when they were informed
health-shared-decision-without-co-creators = { $count ->
    [one] 1 decision area is offered at collaborate or empower, but no stakeholder is suited to co-create it.
   *[other] { $count } decision areas are offered at collaborate or empower, but no stakeholder is suited to co-create them.
}
health-shared-decision-without-co-creators-fix = Find co-creators on the map
health-charter-not-published = The power-sharing charter is not published, so participation cannot open.
health-charter-not-published-fix = Finish and publish the charter
health-no-recent-update = Participants have not received an update in the last 30 days.
health-no-recent-update-fix = Record an update to participants
health-worksheet-unanswered = { $count ->
    [one] 1 guiding question is unanswered.
   *[other] { $count } guiding questions are unanswered.
}
health-worksheet-unanswered-fix = Answer the guiding questions
health-phase-overrun = The current phase was due to end and is still current.
health-no-engagement-recorded = No engagement is recorded yet: the five-steps funnel is empty, so nobody can show who was informed, consulted or heard back.
health-no-engagement-recorded-fix = Record engagement
health-phase-overrun-fix = Move to the next phase or change its dates

## Packet
packet-title = Authorization packet: { $title }
packet-prepared = prepared { $date }
packet-print-hint = This page is ready to print or save as PDF from your browser.
packet-value = The public value proposition
packet-worksheet = Guiding questions answered: { $answered } of { $total }.
cli-error-file = The file { $path } could not be read: { $detail }
cli-error-write = The file { $path } could not be written: { $detail }
cli-error-no-initiative = There is no initiative "{ $slug }" in that community.
cli-error-csv-line = Line { $line } of the file is not right; nothing was imported:
cli-error-csv-problem = Line { $line }: { $problem }
cli-error-not-found = That does not exist.
cli-error-forbidden = This cannot be done from the command line.
phases-field-accepts-ideas = Members can post ideas and needs while this phase is current
cli-error-smtp = The SMTP URL could not be used: { $detail }

## Ideas and needs
section-ideas = Ideas and needs
section-accountability = You said, we did
nav-notifications = Notifications
nav-unread = ({ $count } new)
nav-unread-many = ({ $count }+ new)
ideas-lead = Say what is missing or what could be better. Every idea gets a public, reasoned answer — including why, when something cannot be done.
ideas-target = Every idea gets a first answer within { $days } days.
ideas-median = Half of all ideas were answered within { $hours } hours.
ideas-search = Search
ideas-filter-status = Status
ideas-sort = Order
ideas-sort-newest = Newest first
ideas-sort-oldest = Oldest first
ideas-sort-endorsed = Most endorsed
ideas-sort-status = By status
ideas-none = No ideas here yet.
ideas-overdue = Waiting longer than promised for an answer.
ideas-endorsements = { $count ->
    [one] 1 endorsement
   *[other] { $count } endorsements
}
ideas-comments = { $count ->
    [one] 1 comment
   *[other] { $count } comments
}
ideas-post = Share an idea or a need
ideas-post-submit = Post
ideas-field-kind = Is it an idea or a need?
ideas-field-title = Title
ideas-field-body = Describe it
ideas-field-area = Decision area
ideas-area-hint = Which part of the power-sharing charter it is about, if you know.
ideas-no-area = Not about a particular area
ideas-field-pseudonym = Name to show
ideas-pseudonym-hint = Leave empty to show your own name.
ideas-pseudonym-pupil-hint = Your real name is never shown. Pick a nickname that is not your name, or leave it empty to appear as "a pupil".
ideas-feed = Follow the answers and progress (Atom feed)
ideas-refused-closed = Participation is not open in this initiative yet.
ideas-refused-phase = The current phase is not taking new ideas.
ideas-refused-member = Only members of this community can post. Ask for an invitation link.
ideas-refused-observer = Observers can read but not post.
ideas-refused-limit = You have reached today's limit for new posts. Please try again tomorrow.
idea-kind-idea = Idea
idea-kind-need = Need
idea-status-new = Waiting for an answer
idea-status-under_review = Under review
idea-status-accepted = Accepted
idea-status-in_progress = In progress
idea-status-done = Done
idea-status-not_possible = Not possible
idea-status-merged = Merged with another idea
ideas-back = All ideas and needs
ideas-posted-by = Posted by { $name } on { $date }
ideas-author-pupil = a pupil
ideas-author-former = a former member
ideas-response = The answer
ideas-reason = Why
ideas-charter-fixed = This is fixed by the power-sharing charter: "{ $area }" is offered at the level "{ $level }".
ideas-merged-link = See the idea it was merged with
ideas-conflict = Declared interest
ideas-responded = Answered { $date }
ideas-awaiting = Not answered yet. Every idea gets a first answer within { $days } days.
ideas-history = Earlier answers
ideas-endorse = Endorse
ideas-withdraw = Withdraw my endorsement
ideas-respond = Answer this idea
ideas-field-status = Status
ideas-field-reason = Reason (for "not possible")
ideas-reason-none = No reason
ideas-reason-hint = Required when the answer is "not possible".
ideas-field-charter-area = Charter decision area (for "fixed by the charter")
ideas-charter-area-hint = Links the answer to what the charter says is fixed and why.
ideas-field-merge = Merge into
ideas-no-merge = Not merged
ideas-field-merge-other = …or the number of an older idea
ideas-merge-other-hint = The number at the end of its address: 12 for …/ideas/12.
ideas-field-response = Public answer
ideas-response-hint = Everyone can read this. Say what will happen, or why it cannot.
ideas-field-conflict = Declared interest
ideas-conflict-hint = If you, or people close to you, gain or lose from this decision, say so.
ideas-respond-submit = Publish the answer
ideas-add-comment = Add a comment
ideas-field-comment = Comment
ideas-comment-submit = Post comment
ideas-reply = Reply
not-possible-charter = Fixed by the power-sharing charter
not-possible-cost = It costs more than the budget allows
not-possible-legal = Legal or safeguarding reasons
not-possible-outside_power = Outside the school's power
not-possible-already_done = Already done
error-reason-required = Choose why it is not possible.
error-charter-area-required = Choose the charter decision area that fixes it.
error-merge-target = Choose the idea to merge with.
error-merge-self = An idea cannot be merged with itself.
error-pseudonym-reveals = This name would reveal who you are. Choose another.
error-conduct-required = Please accept the code of conduct first.
error-idea-closed = This idea is closed to new endorsements and comments.
error-moderation-reason = Give a reason for the moderation decision.
flash-idea-posted = Thank you. Your post is published and will get an answer.
flash-comment-posted = Your comment is posted.
flash-response-saved = The answer is published and everyone following the idea has been told.
flash-flagged = Thank you. A moderator will look at it.
flash-hidden = Hidden. The reason is shown in its place.
flash-shown = Shown again.

## Moderation
moderation-title = Moderation
moderation-lead = Members flag content that breaks the code of conduct. Hiding needs a reason, which is logged and shown in place of what was hidden.
moderation-queue = Flagged content
moderation-queue-empty = Nothing is waiting for a moderator.
moderation-already-hidden = already hidden
moderation-field-reason = Reason
moderation-reason-hint = Shown publicly in place of the hidden content.
moderation-hide = Hide
moderation-show = Show again
moderation-dismiss = Keep it and close the flags
moderation-log = Moderation log
moderation-log-empty = No moderation decisions yet.
moderation-col-action = Decision
moderation-col-what = What
moderation-col-who = Moderator
moderation-action-hide = Hidden
moderation-action-show = Shown again
moderation-action-dismiss = Flags closed
moderation-target-idea = Idea
moderation-target-comment = Comment
moderation-hidden-title = Hidden by a moderator
moderation-hidden-in-place = Hidden by a moderator: { $reason }
moderation-staff-see = You can see this because you are a facilitator.
moderation-author-see = Only you and the moderators can see what you wrote.
moderation-flag-idea = Report this idea to a moderator
moderation-flag-comment = Report
moderation-field-flag-reason = What is wrong?
moderation-flag-hint = For example: personal attack, a pupil named, off-topic advertising.
moderation-flag-submit = Report

## Facilitators' queue
queue-title = Ideas waiting for an answer
queue-lead = Every idea should get a first answer within its initiative's target. The oldest are first.
queue-empty = Every idea has an answer.
queue-caption = Unanswered ideas, oldest first
queue-initiative = Initiative
queue-waiting = Waiting
queue-days = { $days ->
    [one] 1 day
   *[other] { $days } days
}
queue-overdue = Overdue

## Code of conduct
conduct-title = Code of conduct
conduct-lead = Taking part in { $community } means agreeing to these rules.
conduct-rule-1 = Be respectful: criticise ideas, never people.
conduct-rule-2 = Never name or describe a pupil, and never share anyone's private information.
conduct-rule-3 = Stay on the subject of the initiative.
conduct-rule-4 = Say if you have a personal interest in a decision.
conduct-rule-5 = Listen to people whose experience differs from yours.
conduct-rule-6 = No advertising, campaigning for elections or spam.
conduct-moderation = Moderators may hide posts that break these rules. The reason is always shown in place of the post and recorded.
conduct-accept = I accept the

## You said, we did
accountability-lead = What the school committed to in answer to the community's ideas, and how far each commitment has come.
accountability-commitments = Commitments
accountability-none = No commitments yet.
accountability-percent = Progress of { $title }
accountability-answers = In answer to
accountability-add-progress = Record progress
accountability-field-status = Status
accountability-field-percent = Percent done
accountability-field-body = What happened
accountability-timeline = Timeline
accountability-timeline-none = No progress recorded yet.
accountability-new = New commitment
accountability-field-title = Commitment
accountability-field-description = Details
accountability-field-ideas = Ideas it answers
commitment-status-planned = Planned
commitment-status-in_progress = In progress
commitment-status-done = Done
commitment-status-dropped = Dropped
error-done-is-100 = A finished commitment is 100% done.
error-planned-is-0 = A planned commitment has not started: 0%.
feed-title = { $title }: answers and progress
feed-progress = { $title }: { $percent }% done

## Notifications
notifications-title = Notifications
notifications-lead = News about ideas you posted, endorsed or commented on.
notifications-settings = Choose how you hear from Tandem
notifications-none = Nothing yet.
notifications-mark-read = Mark all as read
notifications-new = New
notifications-open = Open
notification-idea_status = An idea you follow has a new answer: { $title }
notification-commitment_progress = A commitment answering an idea you follow has progressed: { $title }
notification-reply = Someone replied on: { $title }
account-delivery = Email notifications
account-delivery-lead = You always see notifications here; choose whether they also come by email.
account-delivery-no-email = Add an email address below to receive emails.
account-delivery-legend = How often
delivery-immediate = An email for each notification
delivery-daily = One email a day with everything new
delivery-off = No emails
email-idea-subject = An answer about "{ $title }"
email-idea-body = The idea "{ $title }" has a new status: { $status }.

    { $text }

    Read more: { $url }
email-commitment-subject = Progress on "{ $title }"
email-commitment-body = The commitment "{ $title }" has progressed: { $status }.

    { $text }

    Read more: { $url }
email-footer = You get this because you posted, endorsed or commented on an idea. Choose how you hear from Tandem: { $url }
email-digest-subject = { $count ->
    [one] 1 update from Tandem
   *[other] { $count } updates from Tandem
}
email-digest-intro = Here is what happened to the ideas you follow:
email-digest-link = See them all: { $url }
health-ideas-awaiting-response = { $count ->
    [one] 1 idea has waited longer than promised for an answer.
   *[other] { $count } ideas have waited longer than promised for an answer.
}
health-ideas-awaiting-response-fix = Answer the oldest ideas

## Counting (command line and results pages)
cli-error-count-line = { $file }, line { $line }: { $problem }
cli-error-count = { $file }: { $problem }
cli-error-completion = Completion applies to Equal Shares only (--rule mes or mes-card).
cli-error-phragmen = Phragmén counts approval ballots; this file has { $kind } ballots.
cli-pb-header = { $rule }: { $funded } of { $projects } projects funded, { $voters } voters
cli-pb-spent = Spent { $spent } of { $budget } ({ $percent }%)
cli-pb-funded = Funded:
cli-pb-not-funded = Not funded:
cli-pb-project = { $id } { $name } · cost { $cost } · { $supporters } supporters · { $verdict }
cli-vote-header = { $method }: { $voters } voters, { $candidates } candidates
cli-vote-winner = Winner: { $names }
cli-vote-tie = Tie between: { $names }
cli-vote-round = Round { $round }: { $tallies }; exhausted { $exhausted }
cli-vote-eliminated = eliminated: { $names }
cli-vote-scores = Scores: { $scores }
cli-vote-pairwise = Voters who prefer the row to the column:
cli-vote-strongest = Strongest paths (Schulze):
count-pb-unreadable = the file cannot be read ({ $detail })
count-pb-missing-section = the { $section } section is missing
count-pb-repeated-section = the { $section } section appears twice
count-pb-outside-section = this row is not inside a META, PROJECTS or VOTES section
count-pb-missing-meta = META has no "{ $key }"
count-pb-missing-column = { $section } has no "{ $column }" column
count-pb-bad-number = "{ $value }" in "{ $column }" is not a number
count-pb-vote-type = "{ $value }" is not a vote type (approval, choose-1, cumulative, scoring, ordinal)
count-pb-duplicate-project = project "{ $id }" appears twice
count-pb-unknown-project = the vote names project "{ $id }", which is not in PROJECTS
count-pb-repeated-warning = line { $line }: voter "{ $voter }" lists project "{ $id }" { $times } times; counted once, as pabutools does
count-pb-points = the vote lists { $projects } projects but { $points } points
count-pb-cells = the row has { $found } cells but the header names { $expected }
count-preflib-not-utf8 = the file is not UTF-8 text
polis-missing-votes = there is neither a votes.csv nor a participants-votes.csv
polis-missing-column = there is no "{ $column }" column
polis-not-integer = "{ $value }" in "{ $column }" is not a whole number
polis-bad-vote = a vote is 1, -1 or 0, not "{ $value }"
polis-malformed = the CSV cannot be read
polis-header = { $participants } participants, { $statements } statements, { $votes } votes; { $mapped } on the map in { $groups } opinion groups
polis-consensus = Shared by most people:
polis-agree-line = { $percent } % agree · { $statement }
polis-disagree-line = { $percent } % disagree · { $statement }
polis-group = Group { $group } ({ $size } people) stands out on:
polis-divisive = Most divisive between groups:
polis-imported = Conversation { $id } imported: { $statements } statements, { $votes } votes ({ $skipped } empty statements skipped). Its map is drawn.
polis-exported = Written to { $dir } ({ $participants } participants, numbered, never named).
polis-no-conversation = There is no conversation { $id } in that initiative.
count-preflib-missing-alternatives = the "# NUMBER ALTERNATIVES" header is missing
count-preflib-repeated-alternatives = "# NUMBER ALTERNATIVES" must appear once, before the ballots
count-preflib-bad-alternatives = "{ $value }" is not a usable number of alternatives
count-preflib-ballot-before-header = a ballot comes before the "# NUMBER ALTERNATIVES" header
count-preflib-bad-line = a ballot line must look like "count: a,b,c"
count-preflib-bad-count = "{ $value }" is not a ballot count
count-preflib-ties = ties ({"{"}…{"}"}) are not allowed in strict orders
count-preflib-bad-alternative = "{ $value }" is not an alternative number
count-preflib-out-of-range = alternative { $alternative } is not between 1 and { $alternatives }
count-preflib-ranked-twice = alternative { $alternative } is ranked twice
count-preflib-empty-ballot = the ballot ranks no alternative
count-preflib-incomplete = a complete order must rank all { $alternatives } alternatives; this one ranks { $ranked }
count-verdict-funded = funded in round { $round }
count-verdict-free = funded: it costs nothing
count-verdict-cannot-afford = not funded: the money was shared out equally among voters, and this project's supporters had run out of their share
count-verdict-did-not-fit = not funded: it did not fit in the { $left } left
count-verdict-stopped = not funded: the count stopped before reaching it
count-verdict-threshold = not funded: below the minimum score
count-verdict-no-support = not funded: nobody chose it
count-verdict-completion = funded by the completion step, in round { $round }
count-rule-greedy = Greedy by votes (Pabulib's official rule)
count-rule-greedy-cost = Utilitarian greedy (satisfaction = cost)
count-rule-greedy-card = Utilitarian greedy (one point per funded project)
count-rule-mes = Method of Equal Shares (satisfaction = cost)
count-rule-mes-card = Method of Equal Shares (one point per funded project)
count-rule-mes-add1 = Method of Equal Shares, shares raised until the budget is used
count-rule-mes-add1-greedy = Method of Equal Shares, shares raised, then greedy for what is left
count-rule-phragmen = Sequential Phragmén
count-rule-unknown = Unknown rule
count-method-irv = Instant-runoff
count-method-schulze = Schulze
count-method-borda = Borda count
count-method-plurality = Plurality
count-method-approval = Approval
count-method-score = Score
count-method-consent = Consent
count-method-unknown = Unknown method

## Co-decision: polls and budgets
section-decide = Decide together
decide-lead = Polls and participatory budgets decide what the charter lets the community decide. Every ballot counts once; results are counted from the ballots when voting closes, and explained.
decide-polls = Polls
decide-budgets = Participatory budgets
decide-no-polls = No polls yet.
decide-no-budgets = No participatory budgets yet.
decide-ballots = { $count ->
    [one] 1 ballot
   *[other] { $count } ballots
}
decide-window-later = Opens on { $opens }; closes at the end of { $closes } ({ $zone })
decide-window-open = Open until the end of { $closes } ({ $zone })
decide-window-closed = Closed on { $closes }
decide-eligible-all = Every member except observers
decide-eligible-groups = Members in these groups: { $groups }
decide-needs-charter = Polls and budgets can only be created once the power-sharing charter is published, because each belongs to one of its decision areas.
decide-charter-link = Read the power-sharing charter
decide-charter-heading = What the charter says about this decision
decide-charter-area = Decision area: { $area }. Level of influence:
decide-charter-final = The final decision is made by: { $who }.
decide-charter-advisory = At this level the result advises the people who decide; they will say publicly how they used it.
decide-choose-area = Choose a decision area
decide-new-poll = Start a poll
decide-new-budget = Start a participatory budget
decide-field-question = Question
decide-field-title = Title
decide-field-description = Description
decide-field-method = How it is counted
decide-method-hint = Ranked methods let people rank as many options as they like.
decide-field-options = Options
decide-options-hint = One option per line, 2 to 20. Consent polls need none.
decide-field-area = Decision area in the charter
decide-area-hint = The charter's level of influence for this area is shown on the ballot.
decide-field-opens = Opens on
decide-opens-hint = Leave empty to open today. Dates are days in the community's time zone, { $zone }.
decide-field-closes = Closes at the end of
decide-field-quorum = Quorum
decide-quorum-hint = The number of ballots needed for the result to stand; 0 or empty for none.
decide-field-groups = Who can vote
decide-groups-hint = Tick the stakeholder groups that can vote, or none for every member.
decide-create-poll = Start the poll
decide-field-total = Budget
decide-total-hint = The amount to share out, e.g. 25000 or 25000.50.
decide-field-currency = Currency
decide-currency-hint = A symbol or code, e.g. € or USD.
decide-field-ballot = Ballot
decide-field-points = Points per voter
decide-points-hint = For point ballots only: how many points each voter spreads.
decide-field-rule = Counting rule
decide-rule-hint = Fixed before voting opens and shown on the ballot.
decide-create-budget = Start the budget
decide-when = When
decide-who = Who can vote
decide-turnout = Turnout
decide-quorum = quorum { $quorum }
decide-your-ballot = Your ballot
decide-your-ballot-change = Your ballot (you can change it until voting closes)
decide-you-voted = Your ballot: { $ballot }
decide-cast-vote = Cast my vote
decide-change-vote = Change my vote
decide-rank-hint = Give 1 to your first choice, 2 to your next, and so on. Leave options you do not want to rank.
decide-not-ranked = Not ranked
decide-rank-n = { $rank }
decide-result = Result
decide-result-later = The result is counted when voting closes, from every ballot cast.
decide-no-ballots = No ballots were cast.
decide-quorum-missed = The quorum of { $quorum } ballots was not reached ({ $count } cast): the result does not stand.
decide-winner = Result: { $names }
decide-tie = Tie between { $names }. The charter says who decides a tie, in public.
decide-chart-title = Votes for each option
decide-chart-desc = A bar for each option; the same figures are in the table.
decide-irv-chart-title = Votes for each option in the last round
decide-irv-rounds = Instant-runoff rounds: first preferences of the options still standing
decide-round = Round { $round }
decide-eliminated = eliminated
decide-exhausted = Ballots with no preference left
decide-option = Option
decide-count = Count
decide-result-table = Responses
decide-pairwise = Voters who prefer the row's option to the column's
decide-strongest = Strength of the strongest path from the row's option to the column's (Schulze)
decide-same = same option
decide-turnout-groups = Ballots by stakeholder group
decide-group = Stakeholder group
decide-group-paper = Paper ballots
decide-group-none = Members in no stakeholder group
decide-online-paper = Ballots counted: { $online } online and { $paper } on paper.
decide-privacy-note = Counts under { $threshold } are hidden to protect pupils and small groups, and so is any count that would give one away.
decide-paper = Paper ballots
decide-paper-lead = For ballots cast on paper or by phone. Say first how many were collected: no more than that can be entered. Each ballot is entered with a note and counts once a second facilitator, not the one who entered it, confirms it.
decide-field-paper-note = Where this ballot came from
decide-paper-note-hint = For example: "Parents' evening, 12 November, box 2".
decide-paper-submit = Record the paper ballot
decide-paper-audit = Paper ballots entered
decide-refused-not-member = Only members of this community can vote.
decide-refused-observer = Observers can read but not vote.
decide-refused-participation = Participation is not open in this initiative.
decide-refused-not-eligible = This vote is for other stakeholder groups.
decide-refused-not-open = Voting has not opened yet.
decide-refused-closed = Voting has closed.
poll-method-plurality = Plurality
poll-method-approval = Approval
poll-method-score = Score
poll-method-borda = Borda count
poll-method-irv = Instant-runoff
poll-method-schulze = Schulze
poll-method-consent = Consent
poll-method-plurality-desc = choose one option; the option with most votes wins.
poll-method-approval-desc = tick every option you can accept; the option with most ticks wins.
poll-method-score-desc = give each option 0 to 5 points; the highest total wins.
poll-method-borda-desc = rank the options; each ranking gives an option one point for every option below it and takes one for every option above it.
poll-method-irv-desc = rank the options; the option with fewest first preferences is removed and its ballots go to their next choice, until one has more than half.
poll-method-schulze-desc = rank the options; every pair is compared, and the option that beats every other directly or through a chain of stronger wins is chosen.
poll-method-consent-desc = respond to a proposal; it passes unless someone blocks it.
poll-method-plurality-legend = Choose one option
poll-method-approval-legend = Tick every option you can accept
poll-method-score-legend = Give each option 0 (worst) to 5 (best)
poll-method-borda-legend = Rank the options
poll-method-irv-legend = Rank the options
poll-method-schulze-legend = Rank the options
poll-method-consent-legend = Your response to the proposal
poll-method-plurality-table = Votes for each option
poll-method-approval-table = Ticks for each option
poll-method-score-table = Total points for each option
poll-method-borda-table = Borda points for each option
consent-agree = Agree
consent-abstain = Abstain
consent-disagree = Disagree
consent-block = Block
consent-agree-desc = I support it.
consent-abstain-desc = I will go along with the group.
consent-disagree-desc = I have concerns, but I will not stop it.
consent-block-desc = I have a serious objection and it should not go ahead.
consent-stance = Response
consent-passes = The proposal passes: nobody blocked it.
consent-blocked = The proposal is blocked.
consent-none = Nobody responded.
budget-ballot-approval = Choose projects
budget-ballot-cumulative = Spread points
budget-ballot-approval-desc = tick the projects you want; together they may cost up to { $total }.
budget-ballot-cumulative-desc = spread up to { $points } points over the projects you want.
budget-rule-greedy = Most votes first
budget-rule-equal_shares = Equal Shares
budget-rule-greedy-desc = projects are funded in order of votes, each if it still fits the budget.
budget-rule-equal_shares-desc = every voter gets an equal share of the budget; a project is funded when its supporters can pay for it from their shares, cheapest per supporter first, so every group gets a fair part. Money left is shared out until the budget is used, then the best-supported projects that still fit are added.
budget-no-projects = No projects are on the ballot yet.
budget-projects = Projects on the ballot
budget-project = Project
budget-field-cost = Cost
budget-cost-hint = In { $currency }, e.g. 4500 or 4500.50.
budget-legend-approval = Choose projects costing { $total } or less in total
budget-legend-cumulative = Spread up to { $points } points
budget-you-voted = You have voted; your choices are ticked below.
budget-funded = { $count ->
    [one] 1 project funded
   *[other] { $count } projects funded
}: { $spent } of { $total }
budget-chart-title = Supporters of each project
budget-chart-desc = A bar for each project; the table gives the same figures and why each was or was not funded.
budget-why = Why each project was or was not funded
budget-voters = Supporters
budget-voters-points = Supporters (voters who gave points)
budget-verdict = Outcome
budget-export = Download the ballots (Pabulib .pb)
budget-export-hint = Anonymised: voters are numbered, never named. Recount them with any Pabulib tool.
budget-propose = Propose a project
budget-propose-lead = A facilitator checks each proposal before it goes on the ballot.
budget-propose-submit = Propose it
budget-add-project = Add a project to the ballot
budget-proposed = Proposed projects waiting for a decision
budget-accept = Put "{ $title }" on the ballot
budget-decline = Decline "{ $title }"
budget-carry = Carry over an accepted idea
budget-carry-lead = Ideas the community raised and that were accepted can go on the ballot as projects.
budget-field-idea = Idea
budget-carry-submit = Put it on the ballot
flash-poll-created = The poll is ready.
flash-budget-created = The participatory budget is ready. Add projects to its ballot.
flash-vote-recorded = Your vote is recorded. You can change it until voting closes.
flash-paper-recorded = The paper ballot is entered. It counts once another facilitator confirms it.
flash-project-added = The project is on the ballot.
flash-project-proposed = Thank you. A facilitator will look at your proposal.
flash-project-updated = The project is updated.
error-area-required = Choose the decision area of the charter this belongs to.
error-ballot-choose-one = Choose one option.
error-ballot-approve-one = Tick at least one option.
error-ballot-score-one = Give at least one option a score above 0.
error-ballot-rank-one = Rank at least one option.
error-ballot-rank-repeated = Each rank can be used once: give your options different numbers.
error-ballot-stance = Choose a response.
error-ballot-project-one = Choose at least one project.
error-ballot-over-budget = Your choices cost { $spent }, more than the { $total } available. Untick a project.
error-ballot-points-one = Give at least one project some points.
error-ballot-too-many-points = You gave { $used } points; the most is { $max }.
error-closes-before-opens = The closing date must be on or after the opening date.
error-closes-in-past = The closing date must not be in the past.
error-cost-over-budget = A project cannot cost more than the whole budget ({ $total }).
error-money = Enter an amount like 4500 or 4500.50.
error-money-positive = The amount must be more than 0.
error-options-count = Give between 2 and { $max } options, one per line.
error-options-repeated = The option "{ $option }" appears twice.

## Conversations (opinion maps)
conversation-list = Conversations
conversation-lead = In a conversation everyone votes agree, disagree or pass on short statements, one at a time, and can add statements of their own. A map then shows the groups of opinion in the community and what they share.
conversation-none = No conversation yet.
conversation-counts = { $statements } statements · { $voters } people have voted
conversation-report-link = See the opinion map
conversation-new = Start a conversation
conversation-field-topic = Topic
conversation-create = Start the conversation
flash-conversation-created = The conversation has started. Add a few statements to get it going.
conversation-vote-heading = Your turn
conversation-login = Log in to vote on statements.
conversation-progress = You have voted on { $done } of { $total } statements.
conversation-statement = Statement:
conversation-agree = Agree
conversation-disagree = Disagree
conversation-pass = Pass / unsure
conversation-all-voted = You have voted on every statement. Thank you!
conversation-add = Add a statement
conversation-add-lead = Say one thing others can agree or disagree with. A facilitator checks statements before they are shown.
conversation-add-seed = As a facilitator, your statements are shown at once. Seed the conversation with a range of views.
conversation-field-statement = Statement
conversation-submit = Add the statement
conversation-moderation = Statements waiting for a facilitator
conversation-no-pending = Nothing is waiting.
conversation-accept = Show it
conversation-reject = Do not show it
conversation-your-votes = Your votes
error-conversation-statement = Choose a statement that is shown in this conversation.
error-conversation-vote = Choose agree, disagree or pass.
error-conversation-decision = Choose whether to show the statement or not.
flash-conversation-voted = Your vote is recorded. Here is the next statement.
flash-statement-added = The statement is added.
flash-statement-pending = Thank you. A facilitator will check your statement before it is shown.
flash-statement-moderated = The statement is moderated.
conversation-map-title = Opinion map
conversation-map-desc = Each mark is one participant (no names); people who vote alike sit close together. { $groups } opinion groups, labelled by letter. The same figures are in the tables below.
conversation-report-title = Opinion map: { $topic }
conversation-back = Back to the conversation
conversation-no-map = The map is drawn a few seconds after votes arrive, once enough people have voted. There is no map yet.
conversation-drawn = Map drawn on { $date } from { $votes } votes.
conversation-stale = { $count } votes have arrived since; the map will be redrawn shortly.
conversation-map = The groups
conversation-map-lead = { $mapped } people have voted enough to be placed; they fall into { $groups } opinion groups.
conversation-groups = Opinion groups
conversation-group = Group
conversation-people = People
conversation-group-name = Group { $letter }
conversation-consensus = What most people share
conversation-consensus-lead = Statements a clear majority of everyone agrees (or disagrees) with.
conversation-none-yet = None yet.
conversation-agree-share = { $percent } agree
conversation-disagree-share = { $percent } disagree
conversation-divisive = Where the groups differ most
conversation-divisive-lead = Statements on which the groups' agreement is furthest apart.
conversation-divisive-caption = Share of each group that agrees
conversation-group-agree = Group { $letter } agrees
conversation-repness = What sets each group apart
conversation-small-group = This group's figures are hidden to protect privacy.
conversation-spread = Stakeholder groups across opinion groups
conversation-spread-lead = How many people of each stakeholder group fall into each opinion group. A community whose groups of opinion follow its stakeholder groups may be hearing only some of its voices.
conversation-spread-caption = People per stakeholder group and opinion group
conversation-all-statements = Every statement
conversation-all-caption = Votes on every statement shown in the conversation
conversation-gac = Agreement across groups (0–1)

audit-title = Audit log
audit-lead = Every change made by staff and administrators, whichever way it was made: on these pages, through the API, on the command line or by a background job. Ballots and votes are never recorded here, so that they stay secret.
audit-filter-initiative = Initiative
audit-filter-actor = Person
audit-filter-action = Action
audit-filter-from = From
audit-filter-until = Until
audit-count = { $count ->
    [one] One entry
   *[other] { $count } entries
}
audit-caption = Audit log entries, newest first
audit-empty = Nothing matches these filters.
audit-col-when = When
audit-col-who = Who
audit-col-action = Action
audit-col-initiative = Initiative
audit-col-subject = Object
audit-col-detail = Detail
moment = { $date }, { $time } ({ $zone })
audit-nobody = The server's operator
audit-via-page = on the web pages
audit-via-api = through the API
audit-via-cli = on the command line
audit-via-worker = by a background job
audit-action-account-create = Account created
audit-action-account-credentials = Sign-in details changed
audit-action-account-email = Sign-in address changed
audit-action-account-email-request = New sign-in address asked for
audit-action-account-password = Password changed
audit-action-account-password-reset = Password reset by email link
audit-action-account-delivery = Email preference changed
audit-action-account-profile = Profile changed
audit-action-account-token-create = API token created
audit-action-account-token-revoke = API token revoked
audit-action-authorization-add = Authorization added
audit-action-authorization-update = Authorization changed
audit-action-authorization-delete = Authorization removed
audit-action-budget-create = Budget started
audit-action-budget-paper = Paper ballot entered (budget)
audit-action-budget-project-add = Project added
audit-action-budget-project-status = Project reviewed
audit-action-capacity-add = Capacity added
audit-action-capacity-update = Capacity changed
audit-action-capacity-delete = Capacity removed
audit-action-charter-intro = Charter introduction changed
audit-action-charter-area-add = Decision area added
audit-action-charter-area-update = Decision area changed
audit-action-charter-area-delete = Decision area removed
audit-action-charter-publish = Charter published
audit-action-commitment-create = Commitment made
audit-action-commitment-progress = Progress reported
audit-action-community-create = Community created
audit-action-community-update = Community settings changed
audit-action-conversation-create = Conversation started
audit-action-conversation-import = Conversation imported
audit-action-conversation-moderate = Statement moderated
audit-action-engagement-import = Engagement records imported
audit-action-engagement-record = Engagement recorded
audit-action-group-add = Stakeholder group added
audit-action-group-rename = Stakeholder group renamed
audit-action-idea-respond = Idea answered
audit-action-initiative-create = Initiative created
audit-action-initiative-update = Initiative changed
audit-action-invitation-create = Invitation link created
audit-action-invitation-revoke = Invitation link revoked
audit-action-invitation-accept = Invitation accepted
audit-action-member-update = Member's role changed
audit-action-member-merge = Two accounts of one person merged
audit-action-signin-link-create = Sign-in link issued for a member
audit-action-signin-link-use = Sign-in link used
audit-action-moderation-hide = Hidden by a moderator
audit-action-moderation-restore = Shown again by a moderator
audit-action-moderation-dismiss = Flags dismissed
audit-action-outcome-add = Outcome added
audit-action-outcome-update = Outcome changed
audit-action-outcome-delete = Outcome removed
audit-action-participation-open = Participation opened
audit-action-participation-close = Participation closed
audit-action-phase-add = Phase added
audit-action-phase-update = Phase changed
audit-action-phase-delete = Phase removed
audit-action-phase-current = Moved to another phase
audit-action-poll-create = Poll started
audit-action-poll-paper = Paper ballot entered (poll)
audit-action-school-add = School added
audit-action-stakeholder-add = Stakeholder added
audit-action-stakeholder-update = Stakeholder changed
audit-action-stakeholder-delete = Stakeholder removed
audit-action-support-set = Support recorded
audit-action-worksheet-answer = Worksheet answered
error-may-identify = This may show who you are: { $terms }. Take it out, or tick “Post anyway” and a moderator will check it before anyone else can read it.
ideas-post-anyway = Post anyway: a moderator checks it first
held-may-identify = Waiting for a moderator: it may show who wrote it.
held-may-identify-flag = Posted by a pupil although warned it may show who they are: { $terms }

decide-too-few = Fewer than { $threshold } ballots were cast: the count is too small to publish in detail or by group. Only the outcome is shown.
error-too-few-to-publish = Too few took part to publish this without giving someone away.
settings-field-threshold = Smallest count published
settings-threshold-hint = Counts of people or ballots below this are never published, on any page, in the API or in exports. At least 5; a small school may choose more.
budget-funded-projects = Funded projects
decide-turnout-hidden = Turnout by stakeholder group is not published: with the number of ballots known, a group of fewer than { $threshold } could be worked out.
conversation-no-stakeholder-group = In no stakeholder group
conversation-map-lead-few = The people who voted enough to be placed fall into { $groups } opinion groups; they are too few to count group by group.
error-read-only-token = This token may only read. Make a token that may write on your account page.
account-field-token-scope = May
account-token-scope-hint = A token that only reads cannot change anything, even if it leaks.
account-field-token-days = Days it lasts
account-token-days-hint = 1 to 365; a forgotten token stops working by itself.
account-token-expires-col = Expires
account-token-expired = expired
token-scope-read = Read only
token-scope-write = Read and write
audit-action-poll-update = Poll changed
audit-action-poll-cancel = Poll cancelled
audit-action-poll-close = Poll closed early
error-area-inform-only = The charter says this area is to inform only: it cannot be decided by a vote. Choose an area the community can influence.
error-poll-has-ballots = Someone has voted already: the question stands as it was asked. Cancel it with a reason and start a new one instead.
error-objection-reason = Say why you object: what would have to change for you to consent?
decide-poll-cancelled = This poll was cancelled: { $reason }
decide-poll-closed-early = This poll was closed before its date: { $reason }
decide-cancelled-nothing-counted = Nothing is counted: the poll was cancelled.
consent-objections = The objections, and what would have to change
consent-field-reason = If you block: why, and what would have to change
consent-reason-hint = Needed when you block; read by everyone with the result, without your name.
decide-manage = Run this poll
decide-edit-poll = Change the question, options or dates
decide-edit-closed = Someone has voted: the question stands as it was asked.
decide-field-end-reason = Reason for closing early or cancelling
decide-end-reason-hint = Everyone reads it on the poll.
decide-close-early = Close now and count
decide-cancel-poll = Cancel: count nothing
flash-poll-cancelled = The poll is cancelled; everyone sees why.
flash-poll-closed = The poll is closed and counted; everyone sees why it closed early.
decide-paper-declared = Collected
decide-paper-not-declared = Not declared yet
decide-paper-entered = Entered
decide-paper-confirmed = Confirmed and counted
decide-paper-until = Taken until the end of
decide-paper-declare = How many paper ballots were collected
decide-field-paper-declared = Paper ballots collected
decide-paper-declared-hint = Count them before entering any. If more arrive, raise the number.
decide-field-paper-until = Take them until
decide-paper-until-hint = Paper ballots can then still be entered and confirmed after voting closes, until the end of this day, and the result waits until then. Leave it empty to take them only while voting is open.
decide-paper-enter = Enter a paper ballot
decide-paper-all-entered = { $count ->
    [0] No paper ballots are expected. To enter some, say how many were collected.
   *[other] All { $count } paper ballots collected are entered. If more were collected, raise the number.
}
decide-tracker = Tracker
decide-paper-entered-by = Entered by
decide-paper-confirmed-by = Confirmed by
decide-paper-confirm = Confirm ballot { $tracker }
decide-paper-awaiting = Waiting for another facilitator
decide-paper-not-counted = Not confirmed in time: not counted
decide-your-tracker = Your ballot's tracker is { $tracker }. Note it down: when voting closes, find it in the list of ballots to check yours was counted as you cast it.
decide-voted-sealed = You voted. Your ballot is no longer linked to you: find your tracker in the list of ballots counted.
decide-counting = Voting has closed. Paper ballots are taken until the end of { $date }; the result follows then.
decide-bulletin = Every ballot counted, by tracker ({ $count })
decide-bulletin-lead = Each voter was given a tracker when they voted. Find yours to check your ballot was counted as you cast it; anyone can recount the result from this list.
decide-ballot = Ballot
flash-paper-declared = The number of paper ballots collected is saved.
flash-paper-confirmed = The paper ballot is confirmed and will be counted.
error-paper-undeclared = Say how many paper ballots were collected before entering them.
error-paper-all-entered = Every paper ballot declared is already entered. If more were collected, raise the number first.
error-paper-not-confirmable = You cannot confirm that ballot: another facilitator, not the one who entered it, confirms each paper ballot once.
error-paper-below-entered = More paper ballots are already entered than that.
error-counting-before-close = Choose a day after voting closes.
email-tracker-subject = Your ballot in "{ $title }"
email-tracker-body = Your ballot in "{ $title }" is recorded. Its tracker is { $tracker }.
    When voting closes, every ballot counted is listed by its tracker, without names: find yours to check it was counted as you cast it. Nobody else knows which tracker is yours; keep this email to yourself.
audit-action-paper-declare = Paper ballots declared
audit-action-paper-confirm = Paper ballot confirmed
join-signin-title = Sign in to { $community }
join-signin-lead = This link signs you back in to your own account in { $community }, with everything you did there. It works once. If you are signed in on another device, that device is signed out.
join-signin-submit = Sign me in
flash-signed-in-by-link = You are signed in to your account.
error-signin-other-person = This sign-in link is for another member's account. Log out first if it is yours.
error-signin-link-not-for = Sign-in links are for members who sign in by link. Staff and anyone with a password sign in with it (or reset it).
error-merge-same = Choose two different accounts.
error-merge-account-self = You cannot retire the account you are using.
error-merge-site-admin = A site administrator's account cannot be merged into another.
error-merge-other-community = That account also belongs to another community; its administrators must agree, so it cannot be merged here.
members-signin-issue = New sign-in link for { $name }
members-signin-created = A sign-in link for { $name }
members-signin-once = Give it to them in person or by a channel you trust. It signs in to their own account once, within { $days } days, and ends their other sessions. It is shown only now; an earlier unused link no longer works.
members-merge-lead = Someone has two accounts (they joined twice)?
members-merge-link = Merge two accounts of one person
merge-title = Merge two accounts of one person
merge-lead = When someone joined twice, merge the account they no longer use into the one they keep. This cannot be undone.
merge-what-ballots = In polls and budgets still open, and in conversations, the latest ballot or vote of the two is kept; the other is removed.
merge-what-posts = Ideas, comments, statements, endorsements, proposals and notifications move to the kept account.
merge-what-retired = The retired account leaves the community and can no longer sign in. The audit log records the merge and keeps naming it for what it did.
merge-what-sealed = In polls and budgets already closed, ballots are no longer linked to anyone: if both accounts voted, both ballots stay counted. The merge tells you how many.
merge-field-keep = Account to keep
merge-keep-hint = It keeps its own role, group and way of signing in.
merge-field-retire = Account to retire
merge-retire-hint = Everything it did moves to the kept account.
merge-choose = Choose a member
merge-option = { $name } · { $group } · joined { $joined } · no. { $number }
merge-submit = Merge the accounts
merge-done = The accounts are merged.
merge-done-ballots = { $count ->
    [0] No open poll or budget had ballots from both.
    [one] In one open poll or budget both had voted: the latest ballot was kept.
   *[other] In { $count } open polls and budgets both had voted: the latest ballot was kept in each.
}
merge-done-sealed = { $count ->
    [one] In one closed poll or budget both accounts had voted: both ballots stay counted, as they can no longer be told apart.
   *[other] In { $count } closed polls and budgets both accounts had voted: both ballots stay counted, as they can no longer be told apart.
}
invitations-signin = Sign-in link to a member's own account
cli-error-trusted-proxies = "{ $entry }" is not an address or network for --trusted-proxies. Use addresses and networks separated by commas, for example 10.0.0.0/8,192.0.2.7.
email-reset-subject = Choose a new password
email-reset-body = Hello { $name }, someone (we hope you) asked to reset the password of your account. To choose a new one, open this link within an hour:
    { $link }
    If it was not you, ignore this email: your password stays as it is.
email-password-changed-subject = Your password was changed
email-password-changed-body = Hello { $name }, the password of your account was just changed, and every device signed in to it was logged out. If this was not you, ask for a password reset at once and tell your school.
email-address-in-use-subject = Someone tried to use this address
email-address-in-use-body = Hello { $name }, someone signed in to another account asked to use this email address, which is already yours. Nothing was changed. If you have two accounts, an administrator can merge them.
email-confirm-address-subject = Confirm your new sign-in address
email-confirm-address-body = Hello { $name }, to sign in with this address from now on, open this link within a day:
    { $link }
    If you did not ask for this, ignore this email: nothing changes.
email-address-change-asked-subject = A new sign-in address was asked for
email-address-change-asked-body = Hello { $name }, someone signed in to your account asked to sign in with a new address. It changes only if a link sent to that address is opened. If this was not you, change your password at once.
email-address-changed-subject = Your sign-in address was changed
email-address-changed-body = Hello { $name }, your account now signs in with { $email }, not this address. If this was not you, tell your school at once.
flash-second-factor-expired = The sign-in took too long or had too many wrong codes. Please log in again.
flash-second-factor-off = Two-step sign-in is off.
second-factor-code-title = Enter your code
second-factor-code-lead = Your account asks for a code as well as the password. Open your authenticator app and type the code it shows for this site.
second-factor-field-code = Code
second-factor-code-hint = Six digits from your app, or one of your recovery codes.
second-factor-throttled = Too many wrong codes for this account. Wait { $minutes } min and try again.
second-factor-title = Two-step sign-in
second-factor-on = Two-step sign-in is on: you type a code from your app after your password.
second-factor-codes-left = { $count ->
    [one] One recovery code is left.
   *[other] { $count } recovery codes are left.
}
second-factor-new-codes = Make new recovery codes
second-factor-turn-off = Turn two-step sign-in off
second-factor-off = Two-step sign-in is off. Turn it on to ask for a code from an app on your phone after your password, so that a stolen password is not enough.
second-factor-set-up = Set up two-step sign-in
second-factor-needs-password = Set a password first; two-step sign-in asks for a code after it.
second-factor-setup-title = Set up two-step sign-in
second-factor-setup-scan = In an authenticator app (any app for one-time codes), add an account by scanning this code.
second-factor-qr-label = QR code for your authenticator app
second-factor-setup-type = Or type this key into the app:
second-factor-confirm = Turn it on
second-factor-codes-title = Your recovery codes
second-factor-codes-lead = Keep these somewhere safe, away from your phone. Each works once in place of a code if you lose your phone. They are shown only now.
second-factor-codes-done = I have kept them
settings-field-staff-second-factor = Administrators and facilitators must use two-step sign-in
settings-staff-second-factor-hint = Staff without it cannot act in this community until they set it up on their account page. Set up your own first.
error-code-wrong = This code is not right, or was already used. Try the newest code from your app.
error-second-factor-required = This community asks its administrators and facilitators to use two-step sign-in. Set it up on your account page, then come back.
error-second-factor-yourself-first = Set up two-step sign-in on your own account first, or you would lock yourself out.
second-factor-already-on = Two-step sign-in is already on.
second-factor-not-started = Start the set-up again from your account page.
second-factor-is-off = Two-step sign-in is off.
second-factor-expired = The sign-in took too long or had too many wrong codes. Please log in again.
audit-action-account-recovery-codes = New recovery codes made
audit-action-account-second-factor-on = Two-step sign-in turned on
audit-action-account-second-factor-off = Two-step sign-in turned off

# tandem audit verify
cli-audit-intact = { $count ->
        [one] The audit log is intact: 1 entry.
       *[other] The audit log is intact: { $count } entries, each sealed to the one before.
    }
    Latest: { $position }:{ $head }
    Note this line somewhere outside the database (minutes, an email to the board) and give it to a later check with --anchor: a rewrite of the log before that entry will then show.
cli-audit-gap = The audit log is broken at entry { $id }: position { $expected } should come next, but { $found } is there (an entry was removed or moved).
cli-audit-link = The audit log is broken at entry { $id } (position { $seq }): it no longer follows the entry before it.
cli-audit-contents = The audit log is broken at entry { $id } (position { $seq }): its contents were changed after it was written.
cli-audit-head = The audit log is broken at its end: the database recorded { $head } entries, the chain holds { $last } (entries were removed from or added at the end).
cli-audit-unsealed = The audit log holds { $count } entries written outside Tandem, without a place in the chain.
cli-audit-anchor = The audit log was rewritten: position { $seq } no longer has the hash noted for it.
cli-audit-bad-anchor = "{ $anchor }" is not an anchor. Give the line a check printed, like 120:9f86d08…, with the full 64-character hash.

audit-chain-title = Sealed record
audit-chain-lead = { $count ->
        [one] Every entry on this site is sealed to the one before it, so a change, removal or insertion shows when the log is checked. The site's log holds 1 entry.
       *[other] Every entry on this site is sealed to the one before it, so a change, removal or insertion shows when the log is checked. The site's log holds { $count } entries.
    }
audit-chain-latest = To make a later rewrite show too, note this line somewhere outside Tandem (in the minutes, in an email to the board); whoever runs the server checks it with tandem audit verify --anchor:

# tandem backup / restore
cli-backup-done = Backed up { $rows } rows from { $tables } tables to { $path }.
cli-backup-checked = { $path } is a whole backup: { $rows } rows from { $tables } tables.
cli-restore-done = Restored { $rows } rows into { $tables } tables from { $path }.
cli-backup-not-a-backup = { $path } is not a Tandem backup.
cli-backup-damaged = { $path } is damaged at line { $line }; nothing was restored.
cli-backup-truncated = { $path } ends early (the backup was cut short); nothing was restored.
cli-backup-checksum = { $path } does not match its checksum (it was changed after it was written); nothing was restored.
cli-backup-newer = This backup was made by a newer Tandem (schema { $backup }; this one knows up to { $known }). Restore it with that version or a later one.
cli-backup-unknown = The backup holds { $what }, which this database does not have; nothing was restored.
cli-restore-target-ahead = That database was already set up by a newer Tandem (schema { $target }, the backup's is { $backup }). Restore into a new, empty database.
cli-restore-not-empty = That database already holds communities or people. Restore into a new, empty database.
cli-restore-audit-broken = The rows were restored, but the audit log they brought back does not verify; run tandem audit verify to see where.

error-date-range = Enter a date between the years 1900 and 2200.
error-json-object = The request body must be a JSON object, with named fields.
error-utf8 = The request contains text that is not valid UTF-8.

table-region = Table: { $caption }

## Confirmation before irreversible or public steps (issue 12)
confirm-back = No, go back
confirm-reason = Reason given:
confirm-charter-title = Publish the charter?
confirm-charter-lead = Everyone who can read this initiative will see the charter, and it becomes the rule participation follows. Later changes make a new version with a reason; this version stays on record.
confirm-charter-button = Yes, publish the charter
confirm-poll-close-title = Close this poll now?
confirm-poll-close-lead = Nobody will be able to vote or change their ballot, and the result will be counted and shown. A closed poll cannot be reopened.
confirm-poll-close-button = Yes, close the poll
confirm-poll-cancel-title = Cancel this poll?
confirm-poll-cancel-lead = Nobody will be able to vote, no result will be counted, and every ballot stays secret. A cancelled poll cannot be reopened.
confirm-poll-cancel-button = Yes, cancel the poll
confirm-hide-title = Hide this post?
confirm-hide-lead = Readers will no longer see it; its author is told why. It stays on record and a facilitator can show it again.
confirm-hide-button = Yes, hide it
confirm-initiative-title = Publish this initiative?
confirm-initiative-lead-public = Anyone, without signing in, will be able to read it. Until now only facilitators and administrators could see it.
confirm-initiative-lead-members = Every member of the community will be able to read it. Until now only facilitators and administrators could see it.
confirm-initiative-button = Yes, publish it
initiative-draft = Draft
initiative-draft-notice = This initiative is a draft: only facilitators and administrators can see it. Publish it when it is ready for the community.
initiative-publish = Publish the initiative
flash-initiative-published = The initiative is published.
error-initiative-draft = Participation cannot open while the initiative is a draft: publish it first.
error-initiative-published = This initiative is already published.
audit-action-initiative-publish = Initiative published

## Where a community is: time zone and locale (issue 12)
settings-field-time-zone = Time zone
settings-time-zone-hint = The community's time zone, by its IANA name: America/New_York, America/Chicago, America/Los_Angeles, Europe/London, Europe/Madrid. Dates typed in forms are days there, and every time is shown on its clock.
settings-field-locale = Locale
settings-locale-hint = How dates, times, numbers and money are written for readers in the locale's language.
locale-en-US = English (United States): Dec 25, 2026 · 4:30 PM · $18,000.50
locale-en-GB = English (United Kingdom): 25 Dec 2026 · 16:30 · £18,000.50
locale-es-ES = Spanish (Spain): 25 dic 2026 · 16:30 · 18.000,50 €
locale-es-MX = Spanish (Mexico): 25 dic 2026 · 4:30 PM · $18,000.50
locale-es-US = Spanish (United States): 25 dic 2026 · 4:30 PM · $18,000.50
locale-ar = Arabic: 25 ديسمبر 2026 · 16:30 · 18,000.50 $
error-time-zone = Give a time zone by its IANA name, such as America/New_York or Europe/Madrid.

## Plain words for results, and the glossary's methods and levels (issue 12)
glossary-section-core = Working together
glossary-section-deciding = Ways of deciding
glossary-section-budgets = Ways of sharing out a budget
glossary-section-levels = Levels of influence
glossary-link = What does this mean?
glossary-poll-plurality-title = Plurality
glossary-poll-plurality-body = Everyone chooses one option. The option chosen by the most people wins, even if that is fewer than half of them.
glossary-poll-approval-title = Approval
glossary-poll-approval-body = Everyone ticks every option they could live with. The option ticked by the most people wins, so the choice most people can accept comes first.
glossary-poll-score-title = Score
glossary-poll-score-body = Everyone gives each option from 0 to 5 points. The points are added up and the option with the highest total wins, so how strongly people feel counts.
glossary-poll-borda-title = Borda count
glossary-poll-borda-body = Everyone puts the options in order. Each option gets one point for every option a voter put below it; the option with the most points wins. It rewards options many people rank high, not only first.
glossary-poll-irv-title = Instant-runoff
glossary-poll-irv-body = Everyone puts the options in order. First choices are counted; if no option has more than half, the option with the fewest is removed and those voters' next choices are counted instead. This repeats until one option has more than half of the ballots still counting.
glossary-poll-schulze-title = Schulze
glossary-poll-schulze-body = Everyone puts the options in order. Every pair of options is compared: an option beats another when more people ranked it higher. The option that beats every other wins; when wins go round in a circle, the longest chains of strong wins decide.
glossary-poll-consent-title = Consent
glossary-poll-consent-body = People respond to one proposal: agree, stand aside or disagree, or block with a reason. It passes unless someone blocks it; a block means "this would cause harm", not "I would prefer something else".
glossary-budget-greedy-title = Most votes first
glossary-budget-greedy-body = Projects are funded in order of how many people chose them, each one if the money left still covers it. Simple, but a large group can take the whole budget.
glossary-budget-equal-shares-title = Equal Shares
glossary-budget-equal-shares-body = The money is shared out equally among the voters. A project is funded when the people who chose it can pay for it together from their shares, the projects that cost each supporter least first. When a project's supporters have run out of their share, it is not funded, however popular: that is how every group gets a fair part of the budget.
glossary-level-inform-title = Inform
glossary-level-inform-body = The lowest level of influence: people are told what was decided and why, and cannot change it. The charter says so in advance, so nobody is asked for views that will not count.
glossary-level-consult-title = Consult
glossary-level-consult-body = People's views are asked for and considered before staff decide, and staff report back how the views were used.
glossary-level-involve-title = Involve
glossary-level-involve-body = People work with staff throughout, so that their concerns are understood and reflected in the options considered.
glossary-level-collaborate-title = Collaborate
glossary-level-collaborate-body = People and staff decide together: the options and the choice are shaped jointly.
glossary-level-empower-title = Empower
glossary-level-empower-body = The highest level of influence: the community makes the decision, and the school or district carries it out.
result-plain-heading = What happened
result-detail-heading = The count in detail
irv-round-majority = Round { $round }: { $name } had { $votes } of the { $active } ballots still counting, more than half, and wins.
irv-round-last = Round { $round }: { $names } had the most of the { $active } ballots still counting once every other option was removed.
irv-round-removed = Round { $round }: no option had more than half of the { $active } ballots still counting. { $names } had the fewest and { $count ->
    [one] was
   *[other] were
 } removed; those voters' next choices were counted in the next round.
irv-exhausted = { $count ->
    [one] One ballot had
   *[other] { $count } ballots had
 } no further choice and stopped counting.
irv-chart-title = Votes in each round
irv-chart-desc = A column for each round and a row for each option; an option removed in a round has no bar after it. The table below gives the same figures.
irv-removed-mark = removed
schulze-beats = { $winner } beats { $loser }: { $for } ranked { $winner } higher, { $against } ranked { $loser } higher.
schulze-ties = { $a } and { $b } tie: { $count } each.
schulze-condorcet = { $name } beats every other option head to head.
schulze-cycle = No option beats every other head to head: the wins go round in a circle, so the longest chains of strong wins decided (the second table).
schulze-who-beats-whom = Who beats whom
equal-shares-plain = The { $budget } were shared out equally among the { $voters } voters, about { $share } each. A project was funded when the people who chose it could pay for it together from their shares, the projects that cost each supporter least first; projects whose supporters had run out of their share were not funded.
greedy-plain = Projects were funded in order of how many people chose them, each one if the money left still covered it.

## Spreadsheet downloads (issue 12)
export-download = Download as a spreadsheet (CSV)
export-download-stakeholders = Download the map as a spreadsheet (CSV)
export-download-approvals = Download the approvals as a spreadsheet (CSV)
export-yes = yes
export-no = no
export-col-id = Number
export-col-posted = Posted
export-col-kind = Kind
export-col-title = Title
export-col-text = Text
export-col-author = Author
export-col-status = Status
export-col-endorsements = Endorsements
export-col-comments = Comments
export-col-answer = Answer
export-col-answered = Answered
export-col-address = Address
export-col-commitment = Commitment
export-col-description = Description
export-col-percent = Per cent done
export-col-ideas = Ideas answered
export-col-date = Date
export-col-progress = Progress
export-col-name = Name
export-col-group = Group
export-col-formal-authority = Formal authority
export-col-instrument = Instrument
export-col-influence = Influence
export-col-stance = Stance
export-col-suitability = Suitability
export-col-reason = Reason
export-col-owner = Relationship owner
export-col-who = Who
export-col-due = Due
export-col-happened = Happened
export-col-evidence = Evidence
export-col-step = Step
export-col-stakeholder = Stakeholder
export-col-people = People
export-col-source = Source
export-col-option = Option
export-col-winner = Winner
export-col-result = Result
export-col-ballots = Ballots
export-col-total = Total

## Pages of a list (issue 12)
ideas-showing = Showing { $shown } of { $total ->
    [one] 1 idea
   *[other] { $total } ideas
 }.
ideas-next-page = Next ideas
ideas-first-page = Back to the first ideas
list-showing = Showing { $shown } of { $total }.
list-next-page = Next page
list-first-page = Back to the first page
error-cursor = This page address is not one Tandem made: go back to the first page of the list.
error-limit-range = Ask for between 1 and 500 at a time.

## Authors edit and withdraw their own posts (issue 12)
post-edit = Edit
post-edit-hint = You can change it until someone endorses it, replies to it or a facilitator answers it. The earlier words stay in its history.
post-withdraw = Withdraw
post-withdraw-reason = Why are you withdrawing it?
post-withdrawn = Withdrawn by its author: { $reason }
post-edited = Edited on { $date }
post-history = { $count ->
    [one] The earlier version
   *[other] The { $count } earlier versions
 }
post-replaced-on = Replaced on { $date }
flash-post-edited = Your changes are saved.
flash-post-withdrawn = It is withdrawn, with your reason.
error-edit-answered = You can no longer change it: a facilitator has answered it. You can withdraw it, saying why.
error-edit-endorsed = You can no longer change it: someone has endorsed it. You can withdraw it, saying why.
error-edit-replied = You can no longer change it: someone has replied. You can withdraw it, saying why.
error-edit-withdrawn = It is already withdrawn.
error-edit-hidden = A moderator has hidden it, so it cannot be changed.
confirm-withdraw-title = Withdraw your post?
confirm-withdraw-lead = It stays on the page, marked as withdrawn with your reason, so that the replies to it still make sense. Nobody can endorse it or reply to it any more.
confirm-withdraw-button = Yes, withdraw it
audit-action-idea-edit = Idea edited by its author
audit-action-idea-withdraw = Idea withdrawn by its author
audit-action-comment-edit = Comment edited by its author
audit-action-comment-withdraw = Comment withdrawn by its author

## Content in every family's language (issue 12)
settings-field-language = Language content is first written in
settings-language-hint = Initiatives, charters, polls and answers are written in this language first.
settings-field-languages = Also written in
settings-languages-hint = Facilitators translate each initiative's texts into these languages, and readers see them in theirs. Tick the languages families in the community read.
content-also-in = Also in:
translations-title = Translations
translations-one-language = This community writes in one language. An administrator can add others in the community's settings.
translations-lead = Every text of this initiative is written in { $original } first. Give each one in { $others }: readers then see it in their language. A blank box removes a translation.
translations-missing = { $count ->
    [one] 1 text of { $total } is
   *[other] { $count } texts of { $total } are
 } not yet in every language.
translations-show-missing = Show only what is missing
translations-show-all = Show every text
translations-missing-badge = Not translated yet
translations-in = In { $language }
translations-options-hint = One option per line, in the same order and as many as the original.
translations-blank-hint = Leave blank to show the original.
translations-missing-notice = { $count ->
    [one] One text of this initiative is
   *[other] { $count } texts of this initiative are
 } not yet in every language the community reads.
translations-go = Translate them
error-translation-options = Give exactly { $count } options, one per line, in the original's order.
translation-field-initiative-title = Title
translation-field-initiative-summary = Summary
translation-field-initiative-value-statement = Public value
translation-field-charter-intro = Charter introduction
translation-field-area-title = Decision area
translation-field-area-final-decision-by = Who makes the final decision
translation-field-area-fixed = What is fixed
translation-field-area-risks = Risks
translation-field-area-reciprocity = What participants get back
translation-field-phase-name = Phase
translation-field-poll-title = Poll
translation-field-poll-description = Poll description
translation-field-poll-options = Poll options
translation-field-project-title = Budget project
translation-field-project-description = Project description
translation-field-idea-response = Answer to an idea
audit-action-translation-save = Translation saved

## The language a post is written in (issue 12)
post-field-lang = The language you are writing in
post-field-lang-hint = Write in the language you prefer: readers see which one it is.
post-written-in = Written in { $language }

# Issue 13: results stored at the close
audit-action-poll-recount = Poll recounted
audit-action-budget-recount = Budget recounted
count-record = Counted on { $date } from { $count } ballots, once voting closed; this page shows that stored count.
count-record-hash = SHA-256 of the ballots counted:
recount-matches = Recounted on { $date }: the ballots and the result match the stored count.
recount-differs = Recounted on { $date }: the recount does not match the stored count. The stored result stands until the community's administrators have looked into it.
recount-button = Recount the ballots
recount-not-final = The count is not final yet: it can be recounted once voting and paper counting have ended.
decide-count-not-final = The ballots are listed once the count is final.
flash-recount-matches = Recounted: the ballots and the result match the stored count.
flash-recount-differs = Recounted: the result does NOT match the stored count. The stored result stands; the administrators should look into it.
cli-recount-matches = The recount matches: { $ballots } ballots, SHA-256 { $hash }, counted on { $date }.
cli-recount-differs = The recount does not match the stored count: now { $ballots } ballots (SHA-256 { $hash }), stored { $stored } ballots (SHA-256 { $stored_hash }) counted on { $date }.

## Who takes part (issue 14)
error-baseline-header = The first line must be: dimension,group,count
error-baseline-row = This line does not have the three columns dimension,group,count.
error-baseline-group-name = Name the group in words ("-" means "prefer not to say").
error-baseline-dimension = "{ $value }" is not a dimension this community records.
error-baseline-duplicate = "{ $value }" is named twice for this dimension.
error-baseline-too-many = A dimension may have at most { $max } groups.
error-participants-header = The first line must name the columns participant and contributions.
error-participants-missing = There is no column "{ $value }", though the baseline has that dimension.
error-participants-extra = The column "{ $value }" is not a dimension of the baseline.
error-participants-row = This line does not have as many columns as the first.
error-participants-duplicate = The participant "{ $value }" appears twice.
error-participants-group = "{ $value }" is not a group of { $dimension } in the baseline.
cli-error-csv-file = { $path } is not right; nothing was read:
cli-representation-dimension = { $dimension }: dissimilarity { $dissimilarity }, unknown { $unknown }
cli-representation-group = { $group }: baseline { $baseline } ({ $baseline_share }), participants { $participants } ({ $share }), ratio { $ratio }, rate { $rate }, impact ratio { $impact }
cli-representation-group-hidden = { $group }: baseline { $baseline } ({ $baseline_share }), participants hidden (few)
cli-representation-hidden = { $dimension }: not shown (fewer than two groups large enough to show)
cli-representation-voice = Voice: { $participants } participants, { $contributions } contributions, Gini { $gini }, Hoover { $hoover }, top 10% made { $top }
cli-representation-few = Voice: too few participants to show.
cli-representation-alert-gap = Gap: { $group } ({ $dimension }) takes part at { $ratio } of the highest rate.
cli-representation-alert-capture = Capture: { $group } ({ $dimension }) made { $contributions } of the contributions while being { $participants } of the participants.
cli-representation-alert-concentration = Concentration: the top 10% of contributors made { $top } of the contributions.
cli-representation-alert-absent = Absent: nobody from { $group } ({ $dimension }) takes part.
error-baseline-duplicate-line = Line { $line }: "{ $value }" is named twice.
error-baseline-line = Line { $line } must be a group, a comma and a whole number, e.g. Arabic,120.
error-baseline-unknown-group = "{ $value }" is not a stakeholder group key or school address of this community.
error-period-order = The last day must not be before the first.
audit-action-baseline-set = Community baseline saved
audit-action-baseline-remove = Community baseline removed
audit-action-representation-settings = Representation settings changed
section-who = Who takes part
dimension-stakeholder_group = Stakeholder group
dimension-school = School
dimension-year_group = Year group or grade band
dimension-home_language = Home language
dimension-neighbourhood = Neighbourhood or attendance zone
dimension-send = Special educational needs
dimension-free_meals = Low income (free school meals)
dimension-ethnicity = Ethnicity
who-lead = Who takes part compared with who the community is, and whose voice is heard most. Only counts large enough to protect people are shown.
who-community-title = Who takes part in { $community }
who-community-lead = Everyone who contributed to any initiative (ideas, comments, endorsements, ballots, statements and votes), compared with the community's baseline.
who-community-link = Who takes part across the community
who-whole-community = The whole community
who-school = School
who-focus = Part of the initiative
who-focus-initiative = The whole initiative
who-focus-ideas = The ideas board
who-focus-poll = Poll: { $title }
who-focus-budget = Budget: { $title }
who-focus-conversation = Conversation: { $title }
who-from = From (first day)
who-to = To (last day)
who-show = Show
who-previous = Beside it: the period before, { $from } to { $to }.
who-privacy = Counts under { $threshold } are hidden, and so is any count that would let a hidden one be worked out; no one is ever shown individually.
who-alerts = What needs attention
who-no-alerts = Nothing needs attention: no group is left far behind and no voice dominates.
who-alert-gap = { $group } ({ $dimension }) take part at { $percent } of the rate of the group that takes part most: under four-fifths is a gap worth closing.
who-alert-capture = { $group } made { $contributions } of all contributions while being only { $participants } of the participants: one group may be capturing the conversation.
who-alert-concentration = The most active tenth of participants made { $percent } of all contributions: a few voices dominate.
who-alert-absent = Nobody from { $group } ({ $dimension }) takes part, though they are part of the community.
who-act = Reach out to this group
who-groups = Participants against the community
who-no-baseline = The community has no baseline yet, so there is nothing to compare with.
who-baselines-link = The community's baselines
who-dimension-hidden = Not shown: fewer than two groups have { $threshold } or more participants, so any figure could point to individuals.
who-dissimilarity = Dissimilarity: { $value } of participants would have to change group to match the community
who-unknown = Not known or preferred not to say
who-chart-title = { $dimension }: share of participants against share of the community
who-chart-desc = For each group, a filled bar for its share among participants and an outlined bar for its share of the community. The table below gives the same figures.
who-legend-participants = Participants
who-legend-community = Community
who-table-caption = { $dimension }: participants against the community
who-col-group = Group
who-col-baseline = In the community
who-col-baseline-share = Share of the community
who-col-participants = Participants
who-col-share = Share of participants
who-col-share-before = Share, period before
who-col-ratio = Representation ratio
who-col-rate = Participation rate (95% interval)
who-col-impact = Impact ratio
who-col-voice = Share of contributions
who-flag = gap
who-voice = Whose voice is heard
who-voice-lead = How evenly contributions are spread among participants: 0 means everyone contributed the same.
who-voice-few = Fewer than { $threshold } participants: not shown.
who-participants = Participants
who-contributions = Contributions
who-gini = Gini index
who-hoover = Share that would have to move for everyone to contribute equally (Hoover index)
who-top10 = Share of contributions made by the most active tenth
who-lorenz-title = Lorenz curve of contributions
who-lorenz-desc = People from the least to the most active, against their cumulative share of all contributions. The dashed diagonal is perfect equality; the further the curve sags below it, the more a few voices dominate.
who-lorenz-caption = Cumulative share of contributions by share of participants
who-lorenz-x = Share of participants, least active first
who-lorenz-y = Share of contributions
who-sources = Sources of the baseline
who-settings = Representation settings
who-settings-sensitive = Ask and measure special educational needs, low income and ethnicity
who-settings-staff-fill = Staff may fill in pupils' profiles (only ever counted in aggregate)
who-settings-impact = Flag a group taking part at under this percentage of the highest rate
who-settings-min-baseline = Judge a group's rate only with at least this many in the community
who-settings-capture-contributions = Capture: one group makes more than this percentage of contributions…
who-settings-capture-participants = …while being under this percentage of participants
who-settings-top10 = Concentration: the most active tenth make more than this percentage
baselines-title = Who the community is
baselines-lead = Counts per group of the community and each school, from the census or school records, with their source and date. They are the baseline that participation is compared with.
baselines-none = No baseline has been entered yet.
baselines-source = Source: { $source }, { $date }.
baselines-remove = Remove { $name }
baselines-remove-confirm = Remove this baseline?
baselines-remove-consequence = Participation will no longer be compared with it. You can enter it again at any time.
baselines-remove-button = Yes, remove it
baselines-set = Enter a baseline
baselines-dimension = Dimension
baselines-rows = Groups and counts
baselines-rows-hint = One group per line: its name, a comma, and how many people, e.g. Arabic,120. Stakeholder groups by their key (families), schools by their address.
baselines-source-field = Source
baselines-source-hint = Where the counts come from, e.g. School census, October 2026.
baselines-as-of = Counted on
baselines-save = Save the baseline
baselines-import = Import a baseline from a CSV file
baselines-import-lead = The first line must be { $header }. Each dimension in the file replaces that dimension's baseline; if any line is wrong, nothing is imported.
baselines-file = CSV file
baselines-import-submit = Import
baselines-imported = { $count ->
    [one] One group imported.
   *[other] { $count } groups imported.
}
outreach-title = Reach out to a group
outreach-lead = Create a one-time invitation link for a new member, aimed at one group, so the next period shows whether the outreach worked. Record meetings, letters and calls on the initiative's engagement page.
outreach-aim = Aimed at
outreach-submit = Create the link
outreach-created = Give this link to one person; it is shown only now:
outreach-caption = Invitations aimed at groups
outreach-sent = Links created
outreach-accepted = Taken up
outreach-record = Outreach you do in person — a coffee morning in Arabic, calls from a family liaison — counts too: record it as engagement on the initiative, so the five key steps show it.
profile-title = About me
profile-lead = These questions are optional. Your answers are never shown to anyone, staff included: they are only counted together with others', so the community can see whether everyone is taking part.
profile-none = There are no questions yet.
profile-prefer-not = Prefer not to say
profile-no-answer = No answer
who-alert-gaps = Gaps in { $dimension }: these groups take part at under four-fifths of the rate of the group that takes part most.
who-alert-gap-group = { $group }: { $percent } of the highest rate
cli-error-no-school = There is no school "{ $slug }" in that community.
profile-pupil-title = A pupil's answers
profile-pupil-lead = Record what the pupil or their family told you. What was recorded before is not shown, and answers are only ever counted together with others'. Saving replaces earlier answers to the questions you answer.
members-pupil-profile = Record { $name }'s "about me" answers
who-record-outreach = Record outreach to a group as engagement (it shows in the five key steps and, next period, here)
who-freshness = Figures are counted again at most every { $seconds } seconds.
who-period = From { $from } to { $to }
who-period-months = You see whole calendar months: the month of the first day you choose, beside the month before. (Ranges of your own would let small counts be worked out from the difference.)

## Selection by lot (sortition)
sortition-csv-unreadable = not readable as CSV ({ $detail })
sortition-csv-missing-column = there is no column “{ $column }”
sortition-csv-bad-number = { $column }: “{ $value }” is not a whole number
sortition-csv-min-above-max = { $category } = { $feature }: the minimum is above the maximum
sortition-csv-duplicate-feature = { $category } = { $feature } appears twice
sortition-csv-duplicate-id = the id { $id } appears twice
sortition-csv-empty-id = the id is empty
sortition-csv-unknown-feature = { $category }: “{ $value }” has no quota in the categories
sortition-csv-no-categories = there are no categories
sortition-csv-no-people = there is no one in the pool
sortition-csv-too-many = more than { $max } people
sortition-no-seats = There are no seats to fill.
sortition-unknown-person = No one with the id { $id } is in the pool.
sortition-pool-too-small = { $seats } seats, but only { $available } people can sit on the panel together (one per household).
sortition-infeasible = No panel meets every quota.
sortition-infeasible-category = { $category }: the minimums add up to { $min } and the maximums to { $max }, for { $seats } seats.
sortition-infeasible-relax = Smallest change: { $category } = { $feature } from { $min }–{ $max } to { $new_min }–{ $new_max }.
sortition-solver = The solver could not finish ({ $detail }).
cli-error-sortition = { $problem }
sortition-cli-summary = { $people } people in the pool, { $seats } seats, { $panels } panels in the lottery.
sortition-cli-fairness = Smallest chance { $min }, Gini coefficient of the chances { $gini }.
sortition-cli-level =   chance { $chance }: { $count ->
    [one] 1 person
   *[other] { $count } people
}
sortition-cli-unselectable = On no panel that meets the quotas (chance 0): { $ids }
sortition-cli-excluded = Excluded: { $ids }
sortition-cli-fingerprint = Lottery fingerprint: { $fingerprint }
sortition-cli-commitment = Hash of the secret (publish it before the draw): { $commitment }
sortition-cli-selected = Selected: { $ids }
sortition-cli-verified = Verified: the same panel as recorded.
sortition-cli-bad-lottery = { $path } is not a lottery written by “tandem sortition select --json”.
sortition-cli-altered = The lottery's panels do not match its fingerprint: the file was changed.
sortition-cli-reveal-mismatch = The secret does not match the hash published before the draw: nothing drawn.
sortition-cli-need-seed = Give --seed, or --secret and --entropy.
sortition-cli-selected-mismatch = The panel drawn is not the panel recorded in the file.
section-selections = Chosen by lot
selections-lead = A design team or panel chosen by lot, with quotas so that it looks like the community: volunteers come forward, the fairest lottery the quotas allow is published with the hash of a secret, and the draw happens in public, where anyone can check it.
selections-none = No selection yet.
selections-seats = { $seats ->
    [one] 1 seat
   *[other] { $seats } seats
}
selections-new = Start a selection
selections-field-title = Title
selections-field-purpose = What the team will do
selections-field-seats = Seats
selections-field-seats-hint = From 1 to { $max }.
selections-field-dimensions = Questions the quotas use
selections-field-dimensions-hint = Stakeholder group and school come from membership; the others are asked of volunteers, privately.
selection-status-open = Open to volunteers
selection-status-committed = Lottery published
selection-status-drawn = Drawn
selection-status-closed = Closed
volunteer-status-pool = in the pool
volunteer-status-selected = drawn, asked
volunteer-status-accepted = accepted
volunteer-status-declined = declined
selection-pupil = A pupil
selection-pupil-year = A pupil, { $year }
selection-chance-none = –
selection-group-unknown = Prefer not to say
selection-volunteers = Volunteers
selection-how = How the draw works
selection-how-body = Among all lotteries over teams that meet the quotas, Tandem publishes the one whose smallest chance is as large as possible, then the next smallest, and so on (LEXIMIN). Before the draw the facilitator publishes the hash of a secret phrase; at the draw, dice are rolled in the room and the phrase is revealed. Together they pick one team from the published lottery, which anyone can recompute with the command shown.
selection-quotas = Quotas and volunteers
selection-quotas-lead = The least and most seats for each group, how many volunteered and their chance of being drawn. Small groups are not shown to the public.
selection-col-group = Group
selection-col-community = Community
selection-col-quota = Seats
selection-col-volunteers = Volunteers
selection-col-chance = Chance
selection-draw = The draw
selection-draw-none = The lottery is not published yet.
selection-round = Round { $round }
selection-round-seats = Seats drawn
selection-round-published = Published
selection-round-commitment = Hash of the secret
selection-round-fingerprint = Lottery fingerprint
selection-round-min = Smallest chance
selection-round-gini = Gini coefficient of the chances
selection-round-drawn = Drawn
selection-round-secret = Secret revealed
selection-round-entropy = Dice
selection-round-download = Download the published lottery (JSON)
selection-verify = Anyone can check the draw with the downloaded file:
selection-panel = Who was drawn
selection-me = Your part
selection-me-status = You are { $status }.
selection-me-number = Your number in the published lottery: { $number }. Only you see it.
selection-me-asked = You were drawn. Will you take your seat?
selection-accept = Accept my seat
selection-decline = Decline
selection-withdraw = Withdraw from the pool
selection-change-answers = Change my answers
selection-volunteer = Volunteer
selection-volunteer-lead = Come forward to be drawn. Your answers only decide which quotas you count towards.
selection-volunteer-private = Nobody sees your answers: only counts per group, and small groups are hidden.
selection-set-quotas = Set the quotas
selection-min = Least
selection-max = Most
selection-proportional = Fill in proportional to the community
selection-secret = Secret phrase
selection-secret-hint = At least 8 characters. Only its hash is stored; keep the phrase: you will reveal it at the draw.
selection-commit = Close volunteering and publish the lottery
selection-commit-lead = Volunteers get their numbers, and the lottery and the hash of your secret phrase are published. Quotas can no longer change.
selection-do-draw = Draw
selection-do-draw-lead = Roll dice in the room, type the digits, and reveal the secret phrase.
selection-entropy = Dice, as digits
selection-entropy-hint = At least 4 digits; spaces between them are fine.
selection-replace = Draw replacements
selection-replace-lead = { $count ->
    [one] 1 seat is free because someone declined. The people who accepted or have not answered stay; a new lottery for the free seat keeps the quotas.
   *[other] { $count } seats are free because people declined. The people who accepted or have not answered stay; a new lottery for the free seats keeps the quotas.
}
selection-close = Close the selection
error-sortition-no-dimension = Choose at least one question.
error-sortition-min-above-max = The least is above the most.
error-sortition-secret-short = Use at least { $min } characters.
error-sortition-entropy = Type at least { $min } digits (only digits).
error-sortition-closed = Volunteering is closed for this selection.
error-sortition-not-open = The lottery of this selection is already published.
error-sortition-nothing-to-draw = There is no published round waiting for its draw.
error-sortition-reveal = This is not the secret whose hash was published: nothing was drawn.
error-sortition-not-asked = You have no seat waiting for your answer.
error-sortition-nothing-to-replace = There is no seat to fill.
sortition-status-drawn = drawn by lot
notification-selected = You were drawn by lot: { $title }
email-selected-subject = You were drawn by lot: { $title }
email-selected-body = You were drawn by lot for “{ $title }”.

    { $text }

    Please accept or decline your seat: { $url }
audit-action-selection-create = Selection by lot started
audit-action-selection-quotas = Selection quotas set
audit-action-selection-commit = Selection lottery published
audit-action-selection-draw = Selection drawn
audit-action-selection-respond = Seat accepted or declined
audit-action-selection-close = Selection closed
flash-volunteered = You are in the pool. Your answers are saved.
flash-withdrawn = You left the pool.
flash-lottery-published = The lottery and the hash of the secret are published.
flash-drawn = Drawn. The people drawn are asked to accept.
flash-answer-recorded = Your answer is recorded.
error-term-ends-before-start = A term must end after it starts.
error-term-overlaps = This term overlaps another term of the seat.
error-term-limit = This would be more than { $limit } terms in a row for the same person.
error-check-in-code = Type the 6-character code from the registration.

## Councils, steering groups and their meetings (issue 16)
bodies-title = Councils and groups of { $community }
bodies-title-short = Councils and groups
bodies-lead = The councils, steering groups and teams that keep running an initiative with the people it serves: who sits for whom, for how long, and the rules on who holds the seats.
bodies-none = No council or group yet.
bodies-new = New council or group
bodies-seats-held = { $held } of { $seats } seats held
bodies-has-findings = Needs attention: see the findings on its page.
bodies-field-name = Name
bodies-field-kind = Kind
bodies-field-purpose = Purpose
bodies-field-initiative = Initiative
bodies-field-initiative-hint = Its charter's decision areas are the ones this body can hold power over.
bodies-field-school = School
bodies-field-notice = Notice, in hours
bodies-field-notice-hint = How long before a meeting its agenda must be published. 72 hours unless you set another.
bodies-whole-community = The whole community
bodies-no-school = No one school
body-kind-school_site_council = School site council
body-kind-parent_council = Parent council
body-kind-pupil_council = Pupil council
body-kind-steering_group = Steering group
body-kind-oversight_council = Oversight council
body-kind-design_team = Design team
seat-method-election = Election
seat-method-lot = By lot
seat-method-appointment = Appointment
seat-method-ex_officio = Ex officio
bodies-findings = What needs attention
bodies-breach = The rule “{ $rule }” is not met: { $have } seats where { $need } are needed.
bodies-finding-expired = { $count ->
    [one] 1 seat's term has ended and nobody followed.
   *[other] { $count } seats' terms have ended and nobody followed.
}
bodies-finding-vacancies = { $count ->
    [one] 1 seat has been vacant for more than 60 days.
   *[other] { $count } seats have been vacant for more than 60 days.
}
bodies-composition = Who sits for whom
bodies-seats-table = Seats
bodies-no-seats = No seats yet.
bodies-seat = Seat
bodies-constituency = Constituency
bodies-any-constituency = Anyone
bodies-method = Chosen by
bodies-holder = Holder
bodies-holder-by-role = A pupil (named by role only)
bodies-term = Term
bodies-interests = Declared interests
bodies-interests-hint = Anything that could be seen as a conflict of interest (a job at the school, a contract, a family member on staff). Shown on the public page.
bodies-no-interests = None declared
bodies-interests-declared = Declared (not shown for pupils)
bodies-alternates = Alternates
bodies-term-expired = Term ended { $days } days ago
bodies-vacant = Vacant for { $days } days
bodies-pupils-by-role = Pupils who hold seats are shown by their role, never by name.
bodies-held-by-group = Seats held by constituency
bodies-rules = Rules on who holds the seats
bodies-no-rules = No rule declared.
rule-majority = { $groups } hold a majority of the seats
rule-parity = As many seats for { $first } as for { $second }
rule-at-least = At least { $count } seats for { $groups }
rule-kind-majority = A majority for some constituencies
rule-kind-parity = Parity between two sides
rule-kind-at_least = At least a number of seats
bodies-rule-remove = Remove rule
bodies-areas = Decision areas it holds power over
bodies-no-areas = None yet: link the body to an initiative, then choose areas of its charter.
bodies-manage = Manage seats and rules
bodies-history = Terms so far
bodies-end-term-on = Last day
bodies-end-term = End the term early
bodies-fill-from-alternate = Give the seat to the first alternate
bodies-choose-person = Choose a person
bodies-add-term = Give the seat for a term
bodies-starts-on = Starts on
bodies-ends-on = Ends on
bodies-ends-on-hint = Leave empty for the seat's term of { $months } months.
bodies-alternate = Alternate
bodies-add-alternate = Add as alternate
bodies-selection-link = The selection by lot for this seat
bodies-open-selection = Choose the holder by lot
bodies-remove-seat = Remove seat
bodies-add-seat = Add a seat
bodies-term-months = Term, in months
bodies-term-limit = Consecutive terms allowed
bodies-term-limit-hint = Leave empty for no limit.
bodies-add-rule = Add a rule
bodies-rule-kind = Rule
bodies-rule-groups = Constituencies
bodies-rule-second = The other side (parity only)
bodies-rule-second-hint = For parity: the constituencies whose seats must equal the first ones'.
bodies-rule-count = Number of seats (at least only)
bodies-rule-count-hint = For “at least”: the fewest seats these constituencies must hold.
bodies-save-areas = Save decision areas
bodies-edit = Edit the body
meetings-title = Meetings of { $community }
meetings-title-short = Meetings
meetings-lead = Meetings of councils, groups and initiatives, with their agendas and minutes. Register to get a place, and say what you need to take part.
meetings-upcoming = Coming up
meetings-past = Past meetings
meetings-none-upcoming = No meeting coming up.
meetings-cancelled = Cancelled
meetings-calendars = Calendars
meetings-subscribe-community = Subscribe to every meeting (iCalendar)
meetings-subscribe-body = Subscribe to this body's meetings (iCalendar)
meetings-add-to-calendar = Add to my calendar (iCalendar)
meetings-my-feed = My meetings
meetings-my-feed-lead = A private address for your calendar program with the meetings you registered for. Anyone with the address can read it: make a new one or turn it off if it leaks.
meetings-my-feed-new = Your private address (shown only now; copy it into your calendar program):
meetings-my-feed-since = You have a private address since { $date }.
meetings-my-feed-create = Make my private address
meetings-my-feed-renew = Make a new address (the old one stops working)
meetings-my-feed-revoke = Turn my address off
meetings-new = New meeting
meetings-new-initiative = New meeting of an initiative
meetings-field-title = Title
meetings-field-description = What it is about
meetings-field-mode = How people take part
meeting-mode-in_person = In person
meeting-mode-online = Online
meeting-mode-hybrid = In person and online
meetings-field-location = Place
meetings-field-location-hint = Needed in person: the room and the address, and how to get in step-free.
meetings-field-link = Link to join online
meetings-field-link-hint = Needed online: an https address. Only people with a place see it.
meetings-field-starts = Starts
meetings-field-ends = Ends
meetings-field-zone-hint = On the community's clock ({ $zone }).
meetings-field-capacity = Places
meetings-field-reserved = Places kept for a constituency
meetings-field-reserved-hint = For example half the places for families who have not taken part yet. The rest are open to anyone.
meetings-field-reminder = Reminder, hours before
meetings-field-reminder-hint = An email to everyone with a place. 0 for none.
meetings-when = When
meetings-places = Places
meetings-places-value = { $registered } of { $capacity } taken · { $waitlisted } waiting
meetings-kept-for = Kept for { $group }
meetings-kept-value = { $places } places, { $left } left
meetings-notice-broken = The agenda was not published { $hours } hours before the meeting, as this body's notice rule asks.
meetings-agenda = Agenda
meetings-agenda-not-yet = The agenda is not published yet.
meetings-agenda-empty = No item yet.
meetings-item-minutes = { $minutes } min
meetings-item-remove = Remove item
meetings-agenda-published = Published { $date }.
meetings-registration = Your place
meetings-you-are-registered = You have a place.
meetings-your-code = Your check-in code:
meetings-code-hint = Show or read it at the door. It has no letters that look like numbers.
meetings-you-are-waitlisted = You are on the waitlist. If a place frees up, it is yours and we email you.
meetings-cancel-registration = Give up my place
meetings-login-to-register = Sign in to register
meetings-members-register = Members of the community can register.
meetings-needs = What do you need to take part?
meetings-needs-hint = Only the organisers see these, and only as totals.
access-need-interpreting = Interpreting or translation
access-need-childcare = Childcare
access-need-step_free = Step-free access
access-need-dietary = Dietary needs
access-need-other = Something else
meetings-needs-language = Language to interpret into
meetings-needs-other = Something else we should know
meetings-register = Register
meetings-join-waitlist = Join the waitlist
meetings-attendance = Who came
meetings-attendance-total = Total
meetings-quorate = Quorate: { $present } of { $seats } seats present.
meetings-not-quorate = Not quorate: { $present } of { $seats } seats present.
meetings-minutes = Minutes
meetings-minutes-none = No minutes yet.
minutes-status-none = Not begun
minutes-status-draft = Draft
minutes-status-approved = Approved
minutes-status-published = Published
meetings-minutes-approved-by = approved on { $date }, moved by { $name }
meetings-decisions = Decisions
meetings-decision-ideas = answers ideas { $ideas }
meetings-actions = Actions
meetings-organise = Organise
meetings-needs-totals = Access needs (totals)
meetings-needs-none = Nobody has asked for anything yet.
meetings-needs-language-count = Interpreting into { $language }: { $count }
meetings-check-in = Check in
meetings-check-in-code = Code
meetings-list = Registrations
meetings-person = Name
meetings-status = Place
registration-status-registered = Has a place
registration-status-waitlisted = Waitlist
registration-status-cancelled = Gave up the place
meetings-walk-in = came without registering
meetings-present = Present
meetings-mark = Mark present:
meetings-unmark = Mark absent:
meetings-walk-in-add = Add someone who came without registering
meetings-item-add = Add an agenda item
meetings-item-title = Item
meetings-item-owner = Who leads it
meetings-item-length = Minutes
meetings-item-area = Decision area
meetings-no-area = None
meetings-agenda-publish = Publish the agenda
meetings-minutes-write = Write the minutes
meetings-minutes-summary = Summary
meetings-decision-n = Decision { $n }
meetings-decision-text = What was decided
meetings-decision-ideas-field = Ideas it answers
meetings-decision-ideas-hint = Idea numbers, separated by commas. The decision then appears on “You said, we did”.
meetings-action-n = Action { $n }
meetings-action-text = What will be done
meetings-action-owner = Who does it
meetings-action-due = By
meetings-minutes-save = Save a new version
meetings-minutes-approve = Record the approval
meetings-minutes-approve-lead = The body approves the minutes at a later meeting, on the motion of one of its members.
meetings-minutes-approve-later = The minutes are approved at the body's next meeting: schedule it first.
meetings-approved-in = Approved at the meeting
meetings-mover = Moved by
meetings-minutes-publish = Publish the minutes
meetings-edit = Change the meeting
meetings-cancel = Cancel the meeting
flash-registered = You have a place. Your check-in code is on this page.
flash-waitlisted = The meeting is full: you are on the waitlist.
flash-registration-cancelled = You gave up your place.
flash-checked-in = Checked in.
flash-meeting-cancelled = The meeting is cancelled. Calendars show it cancelled.
flash-agenda-published = The agenda is published and sent to the members.
flash-agenda-published-late = The agenda is published, later than the notice rule asks.
flash-minutes-approved = The approval is recorded.
flash-minutes-published = The minutes are published.
flash-feed-revoked = Your private calendar address no longer works.
flash-seat-filled = The first alternate now holds the seat.
error-datetime-invalid = Enter a date and time, like 2026-12-03 18:30.
error-link-invalid = Enter a web address starting with https://.
error-meeting-needs-location = Say where the meeting takes place.
error-meeting-needs-link = Give the link to join online.
error-meeting-ends-before-start = A meeting must end after it starts.
error-meeting-too-long = A meeting lasts at most 24 hours.
error-meeting-in-past = A new meeting starts in the future.
error-meeting-cancelled = This meeting is cancelled.
error-registration-closed = Registration is closed: the meeting has started or is cancelled.
error-already-registered = You are already registered for this meeting.
error-not-registered = You are not registered for this meeting.
error-reserved-over-capacity = The places kept for constituencies add up to more than the places.
error-capacity-below-registered = { $count } people already have a place: the meeting needs at least as many.
error-interpreting-language = Say which language to interpret into.
error-check-in-unknown = No registration has this code.
error-checked-in-already = This person is already checked in.
error-agenda-empty = Add at least one item before publishing the agenda.
error-agenda-published = The agenda is already published.
error-minutes-approved = The minutes are approved: they can no longer change.
error-minutes-no-body = Only the minutes of a body's meeting are approved by the body.
error-minutes-not-draft = Only draft minutes can be approved.
error-minutes-not-approved = Only approved minutes can be published.
error-mover-not-member = The mover must be a member of the body.
error-idea-unknown = There is no idea { $idea } in this initiative.
error-too-many-rows = At most { $max } rows.
error-holder-constituency = This person is not in the seat's constituency.
error-alternate-exists = This person is already an alternate for the seat.
error-no-alternate = This seat has no alternate.
error-seat-not-by-lot = This seat is not chosen by lot.
error-body-needs-initiative = Link the body to an initiative to choose seats by lot.
error-term-end-outside = The last day must fall within the term.
error-rule-exists = The body already has this rule.
error-rules-too-many = A body has at most 10 rules.
error-rule-sides-overlap = A constituency cannot be on both sides.
email-meeting-promoted-subject = You have a place: { $title }
email-meeting-promoted-body = A place freed up at “{ $title }” and it is yours. Your check-in code is on the meeting's page: { $url }
email-meeting-cancelled-subject = Cancelled: { $title }
email-meeting-cancelled-body = “{ $title }” on { $text } is cancelled. { $url }
email-meeting-reminder-subject = Reminder: { $title }
email-meeting-reminder-body = “{ $title }” is on { $text }. Your check-in code and the agenda: { $url }
email-agenda-subject = Agenda: { $title }
email-agenda-body = The agenda of “{ $title }”:

    { $text }

    { $url }
email-minutes-subject = Minutes approved: { $title }
email-minutes-body = The minutes of “{ $title }” are approved.

    { $text }

    { $url }
audit-action-body-create = Council or group set up
audit-action-body-update = Council or group changed
audit-action-body-rules = Composition rules changed
audit-action-seat-add = Seat added
audit-action-seat-update = Seat changed
audit-action-seat-remove = Seat removed
audit-action-seat-term = Seat given for a term
audit-action-seat-term-end = Term ended early
audit-action-seat-alternate = Alternates changed
audit-action-seat-fill = Seat filled from an alternate
audit-action-meeting-create = Meeting scheduled
audit-action-meeting-update = Meeting changed
audit-action-meeting-cancel = Meeting cancelled
audit-action-meeting-agenda = Agenda changed
audit-action-meeting-attendance = Attendance recorded
audit-action-minutes-save = Minutes saved
audit-action-minutes-approve = Minutes approved
audit-action-minutes-publish = Minutes published
health-body-rules-broken = { $count ->
    [one] A council or group of this initiative breaks 1 of its rules on who holds the seats.
   *[other] Councils or groups of this initiative break { $count } of their rules on who holds the seats.
}
health-body-rules-broken-fix = Fill the seats the rules ask for
health-body-terms-expired = { $count ->
    [one] 1 seat's term has ended and nobody followed.
   *[other] { $count } seats' terms have ended and nobody followed.
}
health-body-terms-expired-fix = Renew or fill the seats
health-body-vacancy-overdue = { $count ->
    [one] 1 seat has been vacant for more than 60 days.
   *[other] { $count } seats have been vacant for more than 60 days.
}
health-body-vacancy-overdue-fix = Fill the seats from alternates or by lot
community-together = Working together
community-together-lead = The councils and groups that keep running initiatives with families, pupils and staff, and their meetings.
bodies-against-baseline = Seats against the community
bodies-against-baseline-lead = Who holds the seats beside who makes up the community ({ $source }, { $date }).
bodies-seats-held-col = Seats held
bodies-share-of-seats = Share of the seats
bodies-share-of-community = Share of the community
error-seat-has-history = This seat has been held: its history is kept, so it cannot be removed.

## Events (issue 17)
events-title = Events of { $community }
events-title-short = Events
events-lead = Conferences, workshop days and open evenings. Propose a session while the call is open, register, and say afterwards what worked.
events-none = No events yet.
events-new = Set up an event
events-whole-community = The whole community
events-call-open = Call for sessions open
events-field-kind = Kind of event
events-field-summary = What it is about
events-field-call-closes = Call for sessions closes
events-field-call-closes-hint = Members can propose sessions until then; it must close before the event starts.
events-field-goal = Goal for sessions led by families and pupils (%)
events-field-goal-hint = The share of sessions led or co-led by parents, carers and pupils should be more than this. Over half is 50.
events-field-criteria = Review criteria
events-field-criteria-hint = One per line, at most 6. Left empty, the panel scores usefulness, leadership by families or pupils, and practical value.
event-kind-conference = Conference
event-kind-workshop_day = Workshop day
event-kind-open_evening = Open evening
session-format-talk = Talk
session-format-workshop = Workshop
session-format-panel = Panel
session-format-discussion = Discussion
session-format-activity = Activity
lead-role-parent_carer = Parent or carer
lead-role-pupil = Pupil
lead-role-staff = Staff
lead-role-partner = Partner organisation
proposal-status-proposed = Under review
proposal-status-accepted = Accepted
proposal-status-declined = Declined
proposal-status-withdrawn = Withdrawn
events-call = Call for sessions
events-call-closes = Open until { $date }
events-call-closed = Closed on { $date }
events-propose-link = Propose a session
events-proposals-link = Proposals and the panel's decisions
events-report = Report
events-certificate = Certificate of attendance
events-registration = Registration
events-registration-lead = Register for the event to get your check-in code; you can say what you need to take part.
events-register = Register for the event
events-registration-manage = Your place and access needs
events-programme = Programme
events-share = { $led } of { $sessions } sessions ({ $percent } %) are led or co-led by families and pupils; the goal is more than { $goal } %.
events-goal-met = Goal met.
events-goal-not-met = Goal not met yet.
events-programme-draft = Draft: only organisers see times and rooms until the programme is published.
events-programme-not-yet = The programme will appear here once it is published.
events-programme-of = Programme of { $date }
events-time = Time
events-room = Room
events-session = Session
events-leads = Led by
events-family-led = Led by families
events-places-left = { $left } of { $capacity } places left
events-session-register = Register for this session
events-accepted-unplaced = Accepted, not yet in the programme
events-a-pupil = A pupil
events-your-feedback = Your feedback
events-feedback-lead = You came: tell the leads what worked. Leads see results only once 5 people have answered, and written answers only from 10.
events-useful = How useful was it?
events-changed = How much did it change your view?
events-worked = What worked
events-better = What could be better
events-scale-not-at-all = not at all
events-scale-very = very
events-scale-a-great-deal = a great deal
events-scale-poor = poor
events-scale-excellent = excellent
events-scale-weak = weak
events-scale-strong = strong
events-choose = Choose…
events-feedback-send = Send feedback
events-overall = The event as a whole
events-overall-question = Overall, how was the event?
events-overall-comment = Anything else to tell the organisers
events-your-sessions = Feedback on your sessions
events-answers = { $count } answered.
events-answers-few = Fewer than { $threshold } answered.
events-answers-col = Answers
events-results-wait = Results show once { $count } people have answered.
events-panel = Review panel
events-panel-lead = The panel scores proposals against the criteria. It must include at least one family member and one member of staff; anyone who proposed or leads a session cannot review it.
events-panel-members = Members of the panel
events-panel-save = Save the panel
events-rooms = Rooms
events-rooms-none = Add rooms before placing sessions.
events-room-capacity = { $capacity } places
events-room-name = Room name
events-room-add = Add the room
events-programme-publish = Publish the programme
events-edit = Change the event
events-proposals-title = Sessions proposed for { $event }
events-criteria = What the panel looks for
events-propose = Propose a session
events-propose-lead = Anyone in the community can propose a session. Say who leads it: sessions led or co-led by families and pupils are what this event is about.
events-session-title = Title
events-session-summary = What happens in the session
events-session-format = Format
events-session-minutes = Length in minutes
events-session-audience = Who it is for
events-session-track = Track
events-session-track-hint = Optional: a theme that groups sessions in the programme.
events-i-lead = I lead this session
events-my-role = My role
events-lead-name = Other lead { $n }: name
events-lead-role = Other lead { $n }: role
events-pupil-names-hint = A pupil's name is seen only by you and the organisers; everyone else sees “a pupil”.
events-propose-send = Send the proposal
events-proposals = Proposals
events-proposals-none = No proposals yet.
events-panel-decision = The panel's decision
events-reviews-count = { $count } reviews, { $conflicts } conflicts declared
events-mean-score = mean score { $score } / 5
events-you-declared-conflict = You declared a conflict of interest.
events-you-reviewed = Your review:
events-review = Your review
events-review-comment = Comment for the panel
events-review-send = Save the review
events-declare-conflict = Declare a conflict of interest
events-withdraw = Withdraw the proposal
events-decide = Record the panel's decision
events-decision = Decision
events-decision-reason = Reason (everyone reads it)
events-place = Place in the programme
events-move = Move in the programme
events-capacity-hint = Empty means the room's places.
events-report-title = Report: { $event }
events-report-draft = Draft: only organisers see this until the report is published.
events-sessions-side-by-side = Sessions side by side
events-results-rule = Figures show from { $scales } answers; written answers only from { $text }, to organisers and the session's leads.
events-report-csv = Download the programme and results (CSV)
events-report-publish = Publish the report
events-certificate-text = { $name } took part in { $event }, organised by { $community }.
events-certificate-sessions = Sessions attended
events-certificate-print = Print this page or save it as a PDF.
events-back-to-event = Part of an event: back to its programme
events-meeting-managed = This meeting is part of an event: change it from the event's programme.
event-report-line = { $sessions } sessions, { $led } of them led or co-led by families and pupils ({ $percent } %, goal more than { $goal } %).
event-report-rating = { $count } delegates rated the event { $rating } out of 5.
error-call-after-start = The call for sessions must close before the event starts.
error-event-too-long = An event lasts at most { $days } days.
error-call-closed = The call for sessions is closed.
error-session-needs-lead = Say who leads the session: tick “I lead this session” or name a lead.
error-review-conflict = You cannot review this proposal: you declared a conflict of interest, or you proposed or lead it.
error-proposal-decided = This proposal has already been decided or withdrawn.
error-panel-not-mixed = The panel needs at least one family member and one member of staff before it decides.
error-proposal-not-reviewed = No one on the panel has reviewed this proposal yet.
error-proposal-not-accepted = Only accepted sessions go in the programme.
error-room-exists = There is already a room of that name.
error-session-outside-event = The session must fit inside the event's times.
error-clash-room = The room is taken then by “{ $session }”.
error-clash-lead = { $name } leads “{ $session }” at that time.
error-programme-empty = Place at least one session before publishing the programme.
error-programme-published = The programme is already published.
error-feedback-not-attended = Only people checked in can give feedback.
error-feedback-given = You have already given feedback on this.
error-certificate-not-attended = A certificate is for people who were checked in.
error-event-not-over = The report can be published once the event is over.
error-report-published = The report is already published.
error-meeting-of-event = This meeting is part of an event: change it from the event's programme.
email-proposal-accepted-subject = Your session is accepted: { $title }
email-proposal-declined-subject = Your session proposal: { $title }
email-proposal-decided-body = The panel has decided on “{ $title }”. Its reason: { $text } { $url }
flash-proposal-sent = Your proposal is sent to the panel.
flash-proposal-withdrawn = Your proposal is withdrawn.
flash-review-saved = Your review is saved.
flash-conflict-declared = Your conflict of interest is recorded; you will not review this proposal.
flash-decision-saved = The decision is recorded and the proposer told.
flash-programme-published = The programme is published.
flash-report-published = The report is published.
flash-feedback-thanks = Thank you for your feedback.
audit-action-event-create = Event set up
audit-action-event-update = Event changed
audit-action-event-panel = Review panel named
audit-action-event-room = Room added
audit-action-event-programme = Programme published
audit-action-event-report = Event report published
audit-action-proposal-create = Session proposed
audit-action-proposal-withdraw = Session proposal withdrawn
audit-action-proposal-review = Session proposal reviewed
audit-action-proposal-decide = Session proposal decided
audit-action-session-place = Session placed in the programme

## Co-owned actions (issue 17)
actions-title = Who does what
actions-lead = Actions that families, pupils and staff own together: each has co-owners from at least { $count } constituencies, a date, and a checklist that says when it is done. Progress is the checklist's.
actions-none = No actions yet.
actions-open-count = { $count ->
    [one] 1 action open.
   *[other] { $count } actions open.
}
actions-due = Due { $date }
actions-overdue = Overdue
actions-progress = { $done } of { $total } done
actions-progress-of = Progress of “{ $title }”
actions-owners = Co-owners
actions-from = Comes from
actions-no-source = Nothing in particular
action-status-open = Open
action-status-done = Done
action-status-dropped = Dropped
action-source-minutes = Minutes
action-source-idea = Idea
action-source-session = Conference session
action-source-commitment = Commitment
actions-new = Add an action
actions-field-title = What will be done
actions-field-description = Details
actions-field-due = Due date
actions-field-checklist = Definition of done
actions-field-checklist-hint = One item per line; progress is how many are ticked.
actions-field-owner = Co-owner { $n }
actions-field-owners-hint = From at least { $count } different constituencies, for example a parent and a member of staff.
actions-field-source = Comes from
actions-rule = Co-owners
actions-field-min-groups = Constituencies each action's co-owners must come from
actions-field-min-groups-hint = 1 to { $max }; 2 means at least two groups, such as families and staff.
actions-checklist = Checklist
actions-item-done = Done
actions-tick = Mark done
actions-untick = Mark not done
actions-complete = Complete the action
actions-complete-lead = Every item is ticked. Say what shows it is done: it appears on “you said, we did”.
actions-evidence = Evidence
actions-evidence-hint = A sentence or a link anyone can check.
error-due-in-past = The date must be today or later.
error-checklist-empty = Write at least one item that says when it is done.
error-owners-needed = Choose the co-owners.
error-owners-constituencies = Co-owners must come from at least { $count } different constituencies.
error-checklist-not-done = Tick every item of the checklist first.
error-action-closed = This action is closed.
flash-item-done = Ticked.
flash-item-undone = Unticked.
flash-action-done = The action is done and on “you said, we did”.
health-actions-overdue = { $count ->
    [one] 1 co-owned action is past its date.
   *[other] { $count } co-owned actions are past their date.
}
health-actions-overdue-fix = See who does what
email-action-owner-subject = You co-own an action: { $title }
email-action-owner-body = You and others now own “{ $title }”, due { $text }. Its checklist: { $url }
email-action-overdue-subject = Overdue: { $title }
email-action-overdue-body = “{ $title }” was due { $text } and is not done yet. Tick what is done, or tell your co-owners: { $url }
audit-action-action-create = Action added
audit-action-action-tick = Action's checklist changed
audit-action-action-close = Action closed
audit-action-action-rule = Rule on co-owners changed

## Co-delivery rosters (issue 17)
roles-title = Roles and rosters
roles-lead = Ways to help deliver this initiative, each saying what it asks and what you get back. Sign up for a shift; staff record the hours you give and keep what was promised.
roles-none = No roles yet.
roles-asks = What it asks
roles-gives-back = What you get back
roles-places = { $shifts } upcoming shifts, { $left } places left
roles-new = Add a role
roles-field-title = Role
roles-field-description = What the role does
roles-field-time = Time it asks
roles-field-skills = Skills it asks
roles-field-languages = Languages it asks
roles-field-tags-hint = Separate them with commas.
roles-field-safeguarding = Adults in this role work with pupils: a safeguarding check is needed
roles-field-pupils = Pupils may take this role, with a named member of staff
roles-field-gives-back-detail = More about what people get back
give-back-training = Training
give-back-certificate = A certificate
give-back-reference = A reference
give-back-credit_hours = Credit hours
roles-safeguarding-note = Adults in this role work with pupils: staff record a safeguarding check before anyone signs up. Its result is never shown.
roles-pupils-note = Pupils may take this role on shifts with a named member of staff.
roles-your-time = Your time
roles-your-hours = Thank you: you have given { $hours } hours in this role.
roles-promise-kept = given
roles-promise-open = on its way
roles-shifts = Shifts
roles-shifts-none = No shifts yet.
roles-supervised-by = with { $name }
roles-you-signed-up = You have a place on this shift.
roles-sign-up = Take a place
roles-signed-up = Signed up
roles-hours-given = { $hours } hours given
roles-hours-for = Hours given by { $name }
roles-hours-hint = For example 1.5
roles-record-hours = Record and thank
roles-suggestions = Suggested from shared strengths
roles-usually-free = usually free then
roles-promises = Promised back
roles-promised-on = Since
roles-mark-kept = Mark as given
roles-add-shift = Add a shift
roles-supervisor = Supervising member of staff
roles-supervisor-hint = Required where pupils may take part.
roles-no-supervisor = None
roles-hours-csv = Download hours given (CSV)
strengths-link = Record your strengths
strengths-title = Your strengths
strengths-lead = What you are good at, the languages you speak and when you are usually free. Only you see this unless you choose to share it with the facilitators, who use it only to suggest roles to you. It is never public.
strengths-skills = Skills
strengths-strengths = Strengths
strengths-strengths-hint = In your own words: what others come to you for.
strengths-languages = Languages
strengths-availability = Usually free
availability-weekday_morning = Weekday mornings
availability-weekday_afternoon = Weekday afternoons
availability-weekday_evening = Weekday evenings
availability-weekend = Weekends
strengths-shared = Let facilitators see this to suggest roles to me
strengths-delete = Delete my strengths
safeguarding-title = Safeguarding checks
safeguarding-lead = Checks for adults working with pupils. Only facilitators see this page; the results are never shown anywhere else.
safeguarding-none = No checks recorded yet.
safeguarding-expires = Expires
safeguarding-record = Record a check
check-status-cleared = Cleared
check-status-pending = Pending
check-status-refused = Refused
error-role-gives-back = Say what people get back: at least one.
error-shift-length = A shift ends after it starts, within 12 hours.
error-shift-needs-supervisor = Pupils take part only with a named member of staff supervising.
error-supervisor-staff = The supervisor must be a member of staff.
error-shift-past = This shift has already started.
error-role-adults-only = This role is for adults.
error-safeguarding-needed = This role works with pupils: a member of staff needs to record your safeguarding check first.
error-already-signed-up = You already have a place on this shift.
error-shift-full = This shift is full.
error-not-signed-up = There is no place to give up.
error-hours-invalid = Give the hours as a number from 0.25 to 12.
error-promise-not-open = That promise is already kept, or was never made.
error-check-expiry = A cleared check needs the date it expires.
email-hours-thanks-subject = Thank you: { $title }
email-hours-thanks-body = Thank you for giving { $text } hours as { $title }. What the role gives back is on its way: { $url }
flash-signed-up = You have a place.
flash-hours-recorded = The hours are recorded and the person thanked.
flash-promise-kept = Marked as given.
flash-strengths-deleted = Your strengths are deleted.
health-promises-undelivered = { $count ->
    [one] 1 promise to someone who gave their time is not kept after 30 days.
   *[other] { $count } promises to people who gave their time are not kept after 30 days.
}
health-promises-undelivered-fix = Keep what the roles promise
audit-action-role-create = Role added
audit-action-shift-create = Shift added
audit-action-hours-record = Hours recorded
audit-action-promise-kept = Promise back kept
audit-action-safeguarding-record = Safeguarding check recorded

## Surveys (issue 18)
error-survey-options = Give at least two options, one per line.
error-survey-rows = Give the grid's items, one per line.
error-survey-condition = Write the condition as an earlier choice question's number and its options' numbers, like “2: 1, 3”.
error-answer-range = This answer is not one of the choices.
error-answer-hidden = This question is not asked with your earlier answers, so it cannot be answered.
error-survey-not-draft = Questions can be changed only while the survey is a draft.
error-survey-not-open = This survey is not open.
error-survey-empty = Add a question before opening the survey.
error-survey-changed = Someone else changed the survey at the same moment; try again.
error-survey-answered = This invitation has already been used to answer.
audit-action-survey-create = Survey started
audit-action-survey-question = Survey question added
audit-action-survey-open = Survey opened
audit-action-survey-invite = People invited to a survey
error-survey-scale-taken = This survey already has a scale of that name.
error-survey-not-closed = Close the survey before publishing its results.
error-survey-published = These results are already published.
error-survey-audience = Choose who the survey goes to: a group, a school, a council or an event.
error-survey-unpublished = The results of this survey are not published yet.
survey-mode-anonymous = Anonymous: your answers cannot be linked to you, not even by the people running the survey.
survey-mode-confidential = Confidential: your answers are kept with your name, but only totals are ever shown.
survey-mode-named = Named: the organisers can see your answers with your name.
email-survey-invite-subject = Your views, please: { $title }
email-survey-invite-body = You are invited to answer “{ $title }”.

    { $mode }

    Your own link (it answers once): { $url }
email-survey-reminder-subject = Reminder: { $title }
email-survey-reminder-body = There is still time to answer “{ $title }”. This new link replaces the one we sent before.

    { $mode }

    { $url }
audit-action-survey-scale = Survey scale set
audit-action-survey-close = Survey closed
audit-action-survey-publish = Survey results published
audit-action-survey-moderate = Written survey answer moderated
audit-action-survey-remind = Survey reminders sent
audit-action-survey-paper = Paper survey form entered
health-outcomes-unmeasured = { $count ->
    [one] 1 measurable outcome has never been measured by a published survey.
   *[other] { $count } measurable outcomes have never been measured by a published survey.
}
health-outcomes-unmeasured-fix = Measure the outcomes with a survey
survey-label-agreement-1 = Strongly disagree
survey-label-agreement-2 = Disagree
survey-label-agreement-3 = Neither agree nor disagree
survey-label-agreement-4 = Agree
survey-label-agreement-5 = Strongly agree
survey-label-frequency-1 = Almost never
survey-label-frequency-2 = Once in a while
survey-label-frequency-3 = Sometimes
survey-label-frequency-4 = Often
survey-label-frequency-5 = Almost always
survey-label-quality-1 = Very poor
survey-label-quality-2 = Poor
survey-label-quality-3 = Fair
survey-label-quality-4 = Good
survey-label-quality-5 = Excellent
survey-label-extent-1 = Not at all
survey-label-extent-2 = A little
survey-label-extent-3 = Somewhat
survey-label-extent-4 = Quite a bit
survey-label-extent-5 = A great deal
survey-label-confidence-1 = Not at all confident
survey-label-confidence-2 = Slightly confident
survey-label-confidence-3 = Somewhat confident
survey-label-confidence-4 = Quite confident
survey-label-confidence-5 = Extremely confident
