// Invalid fixture: the statement on line 4 breaks a rule; the one on line 2 is fine.
MERGE (h:Entity {id: 'company:harmless'}) SET h:Company, h.name = 'Harmless';

MATCH ()-[r:FUNDS {id: 'claim:acme-funds-moonshot'}]->() SET r.inferred = 'yes';
