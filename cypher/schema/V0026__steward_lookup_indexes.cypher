// V0026: indexes for the steward's bookkeeping, so that every lookup of it costs what it finds (the plan test holds
// every query the application sends to an index). Idempotent (IF NOT EXISTS).

// A token is named when it is created (no two active tokens share a name) and may be revoked by its name.
CREATE INDEX api_token_name IF NOT EXISTS FOR (t:ApiToken) ON (t.name);

// Merging an entity into another re-points the ids merged into it before.
CREATE INDEX merged_id_into IF NOT EXISTS FOR (m:MergedId) ON (m.into);

// history(id:) finds the changes whose `subjects` list holds the id. No range or text index reaches into a list;
// a full-text index does, one token per element with the keyword analyzer (the whole id, unsplit).
CREATE FULLTEXT INDEX change_subjects IF NOT EXISTS
FOR (c:Change) ON EACH [c.subjects]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'keyword' } };
