// The graph version: one node that every write of entities or claims increments in its own transaction, so that
// each app instance notices a change with one index lookup (see docs/adr/0001-claim-graph-projection.md).
CREATE CONSTRAINT graph_version_id_unique IF NOT EXISTS FOR (v:GraphVersion) REQUIRE v.id IS UNIQUE;
