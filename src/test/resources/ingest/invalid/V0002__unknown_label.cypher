// Invalid fixture: the statement on line 4 breaks a rule; the one on line 2 is fine.
MERGE (h:Entity {id: 'company:harmless'}) SET h:Company, h.name = 'Harmless';

CREATE (:Entity:Company:Spaceship {id: 'company:zeta', name: 'Zeta'});
