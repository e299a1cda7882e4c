// Ecograph schema: constraints and indexes. Idempotent (IF NOT EXISTS).
// Neo4j Community cannot enforce required properties or value ranges; the loader validates those
// (see docs/data-model.md, "Validation rules").

// Every entity and every source has a unique, stable id.
CREATE CONSTRAINT entity_id_unique IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT source_id_unique IF NOT EXISTS FOR (s:Source) REQUIRE s.id IS UNIQUE;

// Full-text search over names and aliases. The CJK analyzer indexes Chinese as character bigrams
// and Latin text as lower-cased words, so 星际之门 and "stargate" are both found.
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS
FOR (n:Entity) ON EACH [n.name, n.aliases]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'cjk' } };

// Substring filters on names (entities(nameContains: ...)).
CREATE TEXT INDEX entity_name_text IF NOT EXISTS FOR (n:Entity) ON (n.name);

// Claim ids are unique within each relationship type (the loader checks them across types too).
CREATE CONSTRAINT claim_id_unique_partners_with IF NOT EXISTS FOR ()-[r:PARTNERS_WITH]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT claim_id_unique_funds IF NOT EXISTS FOR ()-[r:FUNDS]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT claim_id_unique_supplies IF NOT EXISTS FOR ()-[r:SUPPLIES]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT claim_id_unique_accesses_data IF NOT EXISTS FOR ()-[r:ACCESSES_DATA]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT claim_id_unique_publishes IF NOT EXISTS FOR ()-[r:PUBLISHES]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT claim_id_unique_administers IF NOT EXISTS FOR ()-[r:ADMINISTERS]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT claim_id_unique_leads IF NOT EXISTS FOR ()-[r:LEADS]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT claim_id_unique_owns IF NOT EXISTS FOR ()-[r:OWNS]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT claim_id_unique_located_in IF NOT EXISTS FOR ()-[r:LOCATED_IN]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT claim_id_unique_focuses_on IF NOT EXISTS FOR ()-[r:FOCUSES_ON]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT claim_id_unique_develops IF NOT EXISTS FOR ()-[r:DEVELOPS]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT claim_id_unique_regulates IF NOT EXISTS FOR ()-[r:REGULATES]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT claim_id_unique_supports IF NOT EXISTS FOR ()-[r:SUPPORTS]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT claim_id_unique_opposes IF NOT EXISTS FOR ()-[r:OPPOSES]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT claim_id_unique_competes_with IF NOT EXISTS FOR ()-[r:COMPETES_WITH]-() REQUIRE r.id IS UNIQUE;
