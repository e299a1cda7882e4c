// The vocabulary of the graph as the page shows it: entity kinds (colour + shape), relation kinds (colour, verb),
// claim statuses. The names are the GraphQL enum values; the labels and verbs are for people.

export const ENTITY_KINDS = [
  { kind: 'COMPANY', label: 'Company', colour: '#2f6fd0', shape: 'ellipse' },
  { kind: 'PROGRAM', label: 'Program', colour: '#e07a1f', shape: 'hexagon' },
  { kind: 'AGENCY', label: 'Agency', colour: '#7a4cc2', shape: 'round-rectangle' },
  { kind: 'DATASET', label: 'Dataset', colour: '#178f80', shape: 'barrel' },
  { kind: 'STATE', label: 'State', colour: '#6b8a23', shape: 'round-triangle' },
  { kind: 'TECHNOLOGY', label: 'Technology', colour: '#c43d72', shape: 'diamond' },
];

export const RELATION_KINDS = [
  { kind: 'FUNDS', label: 'funds', colour: '#1a9a4b' },
  { kind: 'SUPPLIES', label: 'supplies', colour: '#2b7bd6' },
  { kind: 'PARTNERS_WITH', label: 'partners with', colour: '#8e5bd8' },
  { kind: 'ACCESSES_DATA', label: 'accesses data of', colour: '#12a3a3' },
  { kind: 'PUBLISHES', label: 'publishes', colour: '#4fb3d9' },
  { kind: 'ADMINISTERS', label: 'administers', colour: '#9a6a3a' },
  { kind: 'LEADS', label: 'leads', colour: '#ef8b2c' },
  { kind: 'OWNS', label: 'owns', colour: '#51606f' },
  { kind: 'LOCATED_IN', label: 'is located in', colour: '#a3adb8' },
  { kind: 'FOCUSES_ON', label: 'focuses on', colour: '#98a832' },
  { kind: 'DEVELOPS', label: 'develops', colour: '#d1508a' },
  { kind: 'REGULATES', label: 'regulates', colour: '#b5452f' },
  { kind: 'SUPPORTS', label: 'supports', colour: '#5cb85c' },
  { kind: 'OPPOSES', label: 'opposes', colour: '#d9342b' },
  { kind: 'COMPETES_WITH', label: 'competes with', colour: '#c2417f' },
];

export const STATUSES = [
  { status: 'REPORTED', label: 'Reported', hint: 'stated as a fact or as having happened' },
  { status: 'COMMITTED', label: 'Committed', hint: 'promised, pledged or agreed' },
  { status: 'PLANNED', label: 'Planned', hint: 'planned or scheduled by the actor' },
  { status: 'FORECAST', label: 'Forecast', hint: 'a prediction or estimate' },
  { status: 'PROPOSED', label: 'Proposed', hint: 'a bill or demand not adopted' },
];

const byEntityKind = new Map(ENTITY_KINDS.map((k) => [k.kind, k]));
const byRelationKind = new Map(RELATION_KINDS.map((k) => [k.kind, k]));

export function entityKind(kind) {
  return byEntityKind.get(kind) || { kind, label: kind, colour: '#777', shape: 'ellipse' };
}

export function relationKind(kind) {
  return byRelationKind.get(kind) || { kind, label: kind.toLowerCase().replace(/_/g, ' '), colour: '#888' };
}

/** The kind prefix of an entity id (`company:openai` -> COMPANY), or null. */
export function kindOfId(id) {
  const prefix = String(id).split(':')[0].toUpperCase();
  return byEntityKind.has(prefix) ? prefix : null;
}
