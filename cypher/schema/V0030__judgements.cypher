// V0030: entity resolution by judgement (docs/data-model.md, "Entity resolution by judgement"; docs/adr/0014). A
// (:Judgement {id, left, right, verdict, reason, by, at, withdrawnAt, ...}) node records that two entity ids name the
// same entity or different ones; it is found by id (withdrawJudgement) and read whole when a judgement is written
// (there are few), or by either id (left, right). The ids a live SAME judgement resolves to another keep
// (:MergedId {id, into}) (V0010, V0026). Merges made before judgements get their judgement from the first judgement
// change (steward/JudgementService); their merged ids resolve meanwhile as before.
// Idempotent (IF NOT EXISTS).

CREATE CONSTRAINT judgement_id_unique IF NOT EXISTS FOR (j:Judgement) REQUIRE j.id IS UNIQUE;
CREATE INDEX judgement_left IF NOT EXISTS FOR (j:Judgement) ON (j.left);
CREATE INDEX judgement_right IF NOT EXISTS FOR (j:Judgement) ON (j.right);
