// How the page draws the graph's vocabulary, and nothing else: a colour and a node shape per entity kind, a colour
// per relation kind, keyed by the kind names of the server's `vocabulary` query. The kinds themselves, their labels
// and verbs come from the server (vocabulary.js); a kind missing here is drawn in a colour derived from its name, so a
// kind added on the server shows at once. KindsPresentationTest holds these keys to the Java enums EntityKind and
// RelationKind: one entry per kind, none for a kind that is gone.

export const ENTITY_STYLES = {
  COMPANY: { colour: '#2f6fd0', shape: 'ellipse' },
  PROGRAM: { colour: '#e07a1f', shape: 'hexagon' },
  AGENCY: { colour: '#7a4cc2', shape: 'round-rectangle' },
  DATASET: { colour: '#178f80', shape: 'barrel' },
  STATE: { colour: '#6b8a23', shape: 'round-triangle' },
  TECHNOLOGY: { colour: '#c43d72', shape: 'diamond' },
};

export const RELATION_COLOURS = {
  FUNDS: '#1a9a4b',
  SUPPLIES: '#2b7bd6',
  PARTNERS_WITH: '#8e5bd8',
  ACCESSES_DATA: '#12a3a3',
  PUBLISHES: '#4fb3d9',
  ADMINISTERS: '#9a6a3a',
  LEADS: '#ef8b2c',
  OWNS: '#51606f',
  LOCATED_IN: '#a3adb8',
  FOCUSES_ON: '#98a832',
  DEVELOPS: '#d1508a',
  REGULATES: '#b5452f',
  SUPPORTS: '#5cb85c',
  OPPOSES: '#d9342b',
  COMPETES_WITH: '#c2417f',
  MEMBER_OF: '#3949ab',
};

/** Claims of this status are drawn as solid lines; claims of any other status are tentative (dashed, lighter). */
export const SOLID_STATUS = 'REPORTED';

/** The style of an entity kind: its own, or a circle in a colour derived from the kind's name. */
export function entityStyle(kind) {
  return ENTITY_STYLES[kind] || { colour: fallbackColour(kind), shape: 'ellipse' };
}

/** The colour of a relation kind: its own, or one derived from the kind's name. */
export function relationColour(kind) {
  return RELATION_COLOURS[kind] || fallbackColour(kind);
}

/** A mid-tone colour that depends only on the name (the same name always gets the same colour). */
export function fallbackColour(name) {
  let hash = 0;
  for (const char of String(name)) hash = (hash * 31 + char.codePointAt(0)) % 360;
  return `hsl(${hash}, 45%, 45%)`;
}
