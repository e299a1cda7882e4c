// A minimal valid graph: one source, two entities, one claim.
MERGE (s:Source {id: 'source:test-report'}) SET s.title = 'Test report', s.language = 'en';
MERGE (a:Entity {id: 'company:acme'}) SET a:Company, a.name = 'Acme', a.aliases = ['艾克米'];
MERGE (b:Entity {id: 'program:moonshot'}) SET b:Program, b.name = 'Moonshot', b.budgetUsd = 2000000.0;
MATCH (a:Entity {id: 'company:acme'}), (b:Entity {id: 'program:moonshot'})
MERGE (a)-[r:FUNDS {id: 'claim:acme-funds-moonshot'}]->(b)
SET r += {status: 'COMMITTED', confidence: 0.8, sources: ['source:test-report'], amountUsd: 1000000.0,
          shareOfTarget: 0.5, asOf: date('2025-11-24'), quote: 'Acme funds Moonshot; half of its budget.'};
