# Answers to a request that met other requests at the same moment.

## 503: the database stayed locked by other changes (an import, say) for longer than a write waits.

problem-busy = The registry is busy
# $count: the seconds to wait before trying again.
busy-detail =
    The registry is busy saving other changes, so nothing was saved. { $count ->
        [one] Please try again in { $count } second.
       *[other] Please try again in { $count } seconds.
    }
# The API page: what the problem type /api#problem-busy (503) means.
busy-problem = The database was busy with other changes for too long, so nothing was saved; Retry-After says when to try again.

## 409: a moderator approves or rejects a submission that someone (another moderator, or another tab) decided first.

# $reference: the submission's reference (UL-…); $decision: approved or rejected; $moderator: the username of the moderator who decided it.
conflict-already-decided =
    { $decision ->
        [approved] Submission { $reference } has already been approved by { $moderator }; your decision was not recorded.
       *[rejected] Submission { $reference } has already been rejected by { $moderator }; your decision was not recorded.
    }
