// Invalid fixture: the statement on line 4 breaks a rule; the one on line 2 is fine.
MERGE (h:Entity {id: 'company:harmless'}) SET h:Company, h.name = 'Harmless';

MATCH (a:Entity {id: 'company:acme'}), (b:Entity {id: 'program:moonshot'}) CREATE (a)-[:SUPPLIES {id: 'claim:acme-supplies-moonshot', status: 'REPORTED', sources: ['source:test-report'], amountUsd: -5.0}]->(b);
