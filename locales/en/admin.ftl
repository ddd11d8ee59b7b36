# The moderators' pages: sign-in, the queue, reviewing a submission, editing an entry.

## The bar at the top of every moderator's page.

# Followed by the moderator's name.
admin-signed-in-as = Signed in as
admin-queue-link = Queue
admin-sign-out = Sign out

## Sign-in.

admin-sign-in-title = Sign in
admin-sign-in-heading = Sign in to moderate
admin-sign-in-description = Sign in to moderate the registry.
admin-username = Username
admin-password = Password
admin-sign-in-button = Sign in
admin-sign-in-refused = The username or the password is wrong.

## The queue.

admin-queue-title = Moderation queue
admin-queue-description = Submissions waiting for review.
admin-queue-empty = Nothing waits for review.
# $count: how many submissions wait.
admin-queue-waiting =
    { $count ->
        [one] One submission waits for review, oldest first.
       *[other] { $count } submissions wait for review, oldest first.
    }
admin-queue-pending = Pending submissions
admin-queue-reference = Reference
admin-queue-kind = Kind
admin-queue-organisation = Organisation
admin-queue-sent = Sent
admin-queue-flags = Flags
# $organisation: the address name (slug) of the entry a correction is for.
admin-queue-correction-to = (to { $organisation })
# $organisations: the address names (slugs) of the organisations it may duplicate, joined by commas.
admin-queue-possible-duplicate = Possible duplicate of { $organisations }
admin-queue-decided = Recently decided

## Kinds and statuses of submissions.

admin-kind-new = New
admin-kind-correction = Correction
admin-status-pending = pending
admin-status-approved = approved
admin-status-rejected = rejected
# $moderator: the user name of the moderator who decided.
admin-decided-by = by { $moderator }

## Reviewing a submission.

# $reference: the submission's reference.
admin-review-title = Review { $reference }
admin-review-description = Review a submission.
# $name: the organisation's name.
admin-review-heading-new = New organisation: { $name }
admin-review-heading-correction = Correction: { $name }
# $reference: the submission's reference; $sent: when it was sent (2026-03-01 14:05).
admin-review-meta = Reference { $reference } · sent { $sent }
# Followed by links to the organisations.
admin-review-duplicate = Possible duplicate of
admin-review-note = The submitter's note
# Followed by the submitter's email address.
admin-review-contact = Contact (moderators only; deleted on decision):
admin-review-changes = What it changes
admin-review-contents = What it says
admin-review-no-change = No change to the live entry.
admin-review-field = Field
admin-review-live = Live entry
admin-review-proposed = Proposed
admin-review-value = Value
admin-review-approve-heading = Edit and approve
admin-review-approve = Approve and publish
admin-review-reject = Reject

## Editing an entry.

# $name: the organisation's name.
admin-edit-title = Edit { $name }
admin-edit-description = Edit an entry.
admin-edit-lead-before = Your change is published at once and kept in the
admin-edit-lead-link = entry's history
admin-edit-lead-after = .
admin-edit-save = Save
