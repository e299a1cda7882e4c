// The steward's write path (docs/adr/0003-steward-write-path.md): API tokens (stored as hashes), the audit trail of
// changes, and the ids of merged entities that now resolve to their canonical entity. None of these are entities.
CREATE CONSTRAINT api_token_id_unique IF NOT EXISTS FOR (t:ApiToken) REQUIRE t.id IS UNIQUE;
CREATE CONSTRAINT api_token_hash_unique IF NOT EXISTS FOR (t:ApiToken) REQUIRE t.hash IS UNIQUE;
CREATE CONSTRAINT change_id_unique IF NOT EXISTS FOR (c:Change) REQUIRE c.id IS UNIQUE;
CREATE CONSTRAINT change_seq_unique IF NOT EXISTS FOR (c:Change) REQUIRE c.seq IS UNIQUE;
CREATE CONSTRAINT merged_id_unique IF NOT EXISTS FOR (m:MergedId) REQUIRE m.id IS UNIQUE;
