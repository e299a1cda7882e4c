// Invalid fixture: the statement on line 4 breaks a rule; the one on line 2 is fine.
MERGE (h:Entity {id: 'company:harmless'}) SET h:Company, h.name = 'Harmless';

CREATE (:Measure {id: 'measure:moonshot-size', subject: 'program:moonshot', metric: 'fund-size', value: 'two million', unit: 'USD', status: 'REPORTED', sources: ['source:test-report'], quote: 'Moonshot has 2 million USD.'});
