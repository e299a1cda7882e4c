// V0020: schema for typed measures and membership claims (issue 9). Idempotent (IF NOT EXISTS).
// A (:Measure) node is a number the source states (capacity, energy, share, revenue, count ...) about an entity or
// a claim, named by its `subject` id; see docs/data-model.md, "Measures and units".

// Every measure has a unique, stable id (measure:<slug>).
CREATE CONSTRAINT measure_id_unique IF NOT EXISTS FOR (m:Measure) REQUIRE m.id IS UNIQUE;

// Entity.measures and Relation.measures look measures up by the id of what they are about.
CREATE INDEX measure_subject IF NOT EXISTS FOR (m:Measure) ON (m.subject);

// measureSummary and the consistency checks select measures by metric.
CREATE INDEX measure_metric IF NOT EXISTS FOR (m:Measure) ON (m.metric);

// MEMBER_OF is a relation kind like the others: its claim ids are unique within the type (the loader checks them
// across types too).
CREATE CONSTRAINT claim_id_unique_member_of IF NOT EXISTS FOR ()-[r:MEMBER_OF]-() REQUIRE r.id IS UNIQUE;
