// A claim between the entities of V0002.
MATCH (a:Entity {id: 'company:lumen'}), (b:Entity {id: 'program:lighthouse'})
MERGE (a)-[r:FUNDS {id: 'claim:lumen-funds-lighthouse'}]->(b)
SET r += {status: 'COMMITTED', confidence: 0.7, sources: ['source:dependent-report'], amountUsd: 2000000.0,
          shareOfTarget: 0.4, asOf: date('2025-10-01'), quote: 'Lumen funds two fifths of Lighthouse.'};
