// V0036: the changes naming an id are found through one (:ChangeSubject {subject, seq}) node per id a change names
// (written with the change; docs/data-model.md, "Audit trail"), not through a full-text index of the changes'
// `subjects` lists: that index cost every steward change a Lucene write and refresh in its commit (about a sixth of a
// warm mutation's CPU, docs/benchmarks.md, stop 50). history(id:) and the knowledge history seek this range index by
// subject, newest change first. The subjects of changes recorded before (a store of an earlier version, a backup of
// one restored) are written at the application's next start, in the background. Idempotent (IF NOT EXISTS, IF EXISTS).

CREATE INDEX change_subject IF NOT EXISTS FOR (s:ChangeSubject) ON (s.subject, s.seq);
DROP INDEX change_subjects IF EXISTS;
