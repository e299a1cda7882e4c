// V0028: assertions, one source's statement of a claim (docs/data-model.md, "Assertions"; docs/adr/0014). An
// (:Assertion) node is found by its id (rankAssertion) or by its claim's id (a relation's assertions, a batch of
// them, and the steward's re-resolution of one claim): both are seeks. Idempotent (IF NOT EXISTS).

CREATE CONSTRAINT assertion_id_unique IF NOT EXISTS FOR (a:Assertion) REQUIRE a.id IS UNIQUE;
CREATE INDEX assertion_claim IF NOT EXISTS FOR (a:Assertion) ON (a.claim);
