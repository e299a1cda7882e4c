// Invalid fixture: the statement on line 4 breaks a rule; the one on line 2 is fine.
MERGE (h:Entity {id: 'company:harmless'}) SET h:Company, h.name = 'Harmless';

MATCH (a:Entity {id: 'company:acme'}), (s:Source {id: 'source:test-report'}) CREATE (a)-[:FUNDS {id: 'claim:acme-funds-report', status: 'REPORTED', sources: ['source:test-report']}]->(s);
