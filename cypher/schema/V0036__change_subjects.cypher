// V0036: the changes naming an id are found through one (:ChangeSubject {subject, seq}) node per distinct id a change
// names (written with the change; docs/data-model.md, "Derived properties the loader keeps"), not through a full-text
// index of the changes' `subjects` lists: that index cost every steward change a Lucene write and refresh in its
// commit (about a quarter of a warm mutation's CPU, docs/benchmarks.md, stop 50). history(id:) and the knowledge
// history seek the constraint's range index by subject, newest change first; the constraint keeps two instances that
// write the subjects of older changes at once (a store of an earlier version, a backup of one restored) from writing
// one twice. Idempotent (IF NOT EXISTS, IF EXISTS).

CREATE CONSTRAINT change_subject_unique IF NOT EXISTS FOR (s:ChangeSubject) REQUIRE (s.subject, s.seq) IS UNIQUE;
DROP INDEX change_subjects IF EXISTS;
