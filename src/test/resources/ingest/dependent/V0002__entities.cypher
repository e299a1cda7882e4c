// Two entities and their source: the claim of V0003 needs them, so a dry run of V0003 must replay this script first.
MERGE (s:Source {id: 'source:dependent-report'}) SET s.title = 'Dependent report', s.language = 'en';
MERGE (a:Entity {id: 'company:lumen'}) SET a:Company, a.name = 'Lumen', a.aliases = ['流明'];
MERGE (b:Entity {id: 'program:lighthouse'}) SET b:Program, b.name = 'Lighthouse', b.budgetUsd = 5000000.0;
