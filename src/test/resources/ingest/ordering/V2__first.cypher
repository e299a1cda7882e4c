MERGE (e:Entity {id: 'company:ordered'}) SET e:Company, e.name = 'Ordered', e.step = ['V2'];
