CREATE INDEX entity_sector IF NOT EXISTS FOR (n:Company) ON (n.sector);
MERGE (e:Entity {id: 'company:mixed'}) SET e:Company, e.name = 'Mixed';
