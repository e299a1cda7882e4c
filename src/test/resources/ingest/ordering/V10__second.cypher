// Runs after V2 although "V10" sorts before "V2" as text: it needs the entity V2 creates.
MATCH (e:Entity {id: 'company:ordered'}) SET e.step = e.step + ['V10'];
