// Invalid fixture: the statement on line 4 breaks a rule; the one on line 2 is fine.
MERGE (h:Entity {id: 'company:harmless'}) SET h:Company, h.name = 'Harmless';

MATCH (b:Entity {id: 'program:moonshot'}) SET b.budgetUsd = -1.0;
