// V0035: a retraction undone keeps the days it held (docs/data-model.md, "As known on a day"; docs/adr/0014). A steward
// change that removes a claim's retraction (revertChange of retractClaim, or of a revert that retracted a creation)
// keeps the retraction it removed as a (:RetractionRevision) node: `claim` (the claim's id), the retraction's
// properties (`retractedAt`, `retractedBy`, `retractionReason`, `retractedByRevertOf`), `until` (when the change
// committed) and `change` (the change's id). A day reads it through the claim index; the diff of two days and the
// analysis of a past day find the claims whose retraction was undone since a day through the range index on `until`.
// Idempotent (IF NOT EXISTS).

CREATE INDEX retraction_revision_claim IF NOT EXISTS FOR (v:RetractionRevision) ON (v.claim);
CREATE INDEX retraction_revision_until IF NOT EXISTS FOR (v:RetractionRevision) ON (v.until);
