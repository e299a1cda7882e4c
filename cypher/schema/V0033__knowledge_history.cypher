// V0033: the knowledge base as known on any day (docs/data-model.md, "As known on a day"; docs/adr/0014). Every
// steward change that alters an assertion or a judgement keeps the state it replaced as an (:AssertionRevision) or
// (:JudgementRevision) node: the replaced properties, `revisionOf` (the id), `until` (when the change committed),
// `change` (the change's id) and `absent: true` when the subject did not exist before. A day's state of a claim's
// assertions is read through the claim index of the revisions (and of the assertions); the diff of two days through
// the range indexes on the times (`until`, `recordedAt`, `supersededAt`, and the judgements' `at`, `withdrawnAt`).
// Idempotent (IF NOT EXISTS).

CREATE INDEX assertion_revision_claim IF NOT EXISTS FOR (v:AssertionRevision) ON (v.claim);
CREATE INDEX assertion_revision_until IF NOT EXISTS FOR (v:AssertionRevision) ON (v.until);
CREATE INDEX assertion_revision_of IF NOT EXISTS FOR (v:AssertionRevision) ON (v.revisionOf);
CREATE INDEX assertion_recorded_at IF NOT EXISTS FOR (a:Assertion) ON (a.recordedAt);
CREATE INDEX assertion_superseded_at IF NOT EXISTS FOR (a:Assertion) ON (a.supersededAt);
CREATE INDEX judgement_revision_until IF NOT EXISTS FOR (v:JudgementRevision) ON (v.until);
CREATE INDEX judgement_revision_of IF NOT EXISTS FOR (v:JudgementRevision) ON (v.revisionOf);
CREATE INDEX judgement_at IF NOT EXISTS FOR (j:Judgement) ON (j.at);
CREATE INDEX judgement_withdrawn_at IF NOT EXISTS FOR (j:Judgement) ON (j.withdrawnAt);
