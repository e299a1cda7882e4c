// The graph's vocabulary and the server's limits, as the server states them: the answer of the `vocabulary` and
// `limits` query (api.js), asked once before the page builds its filters, legend and forms. Entity kinds with their
// labels and id prefixes, relation kinds with their verbs, claim statuses with their meaning, the configured maxima
// and the operations' defaults: none of it is written in the page, so a kind or a limit changed on the server shows
// here without an edit. kinds.js adds how each kind is drawn.

import { entityStyle, relationColour } from './kinds.js';

let entityTerms = [];
let relationTerms = [];
let statusTerms = [];
let maxima = null;
const defaults = new Map();

/** Takes the server's answer; called once, before anything below is read. */
export function use(answer) {
  entityTerms = answer.vocabulary.entityKinds.map((k) => ({
    kind: k.name, label: k.label, idPrefix: k.idPrefix, description: k.description, ...entityStyle(k.name),
  }));
  relationTerms = answer.vocabulary.relationKinds.map((k) => ({
    kind: k.name, label: k.verb, description: k.description, colour: relationColour(k.name),
  }));
  statusTerms = answer.vocabulary.claimStatuses.map((s) => ({
    status: s.name, label: capitalised(s.name), hint: sentencePart(s.description),
  }));
  const { defaults: argumentDefaults, ...configured } = answer.limits;
  maxima = configured;
  defaults.clear();
  for (const d of argumentDefaults) defaults.set(`${d.field}.${d.argument}`, literal(d.value));
}

/** Every entity kind, in the server's order: { kind, label, idPrefix, description, colour, shape }. */
export function entityKinds() {
  return entityTerms;
}

/** Every relation kind, in the server's order: { kind, label (the verb), description, colour }. */
export function relationKinds() {
  return relationTerms;
}

/** Every claim status, in the server's order: { status, label, hint }. */
export function claimStatuses() {
  return statusTerms;
}

/** An entity kind's term; a kind the server did not list is named by itself and drawn in a fallback style. */
export function entityKind(kind) {
  return entityTerms.find((k) => k.kind === kind) || { kind, label: capitalised(String(kind)), ...entityStyle(kind) };
}

/** A relation kind's term; a kind the server did not list reads as its name in words. */
export function relationKind(kind) {
  return relationTerms.find((k) => k.kind === kind)
    || { kind, label: String(kind).toLowerCase().replace(/_/g, ' '), colour: relationColour(kind) };
}

/** A claim status's term, or null for a status the server did not list. */
export function claimStatus(status) {
  return statusTerms.find((s) => s.status === status) || null;
}

/** The server's configured maxima: maxHops, maxK, maxFirst, maxSubgraphHops, maxSubgraphLimit, maxDepth, ... */
export function limits() {
  return maxima;
}

/** The default of an argument of a root field, e.g. defaultOf('influencePaths', 'k'), as the schema declares it. */
export function defaultOf(field, argument) {
  const key = `${field}.${argument}`;
  if (!defaults.has(key)) throw new Error(`The server declares no default for ${key}`);
  return defaults.get(key);
}

/** A GraphQL literal as a value: `4` a number, `true` a boolean, `"x"` a string, `STRENGTH` an enum name. */
function literal(text) {
  if (/^-?\d+(\.\d+)?([eE][+-]?\d+)?$/.test(text)) return Number(text);
  if (text === 'true' || text === 'false') return text === 'true';
  if (text.startsWith('"')) return JSON.parse(text);
  return text;
}

function capitalised(name) {
  return name.charAt(0) + name.slice(1).toLowerCase().replace(/_/g, ' ');
}

/** "Promised, pledged or agreed." -> "promised, pledged or agreed", to sit in a sentence or a tooltip. */
function sentencePart(description) {
  const text = (description || '').trim().replace(/\.$/, '');
  return text.charAt(0).toLowerCase() + text.slice(1);
}
