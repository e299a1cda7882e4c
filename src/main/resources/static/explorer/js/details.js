// The details panel: an entity (properties, relations by kind with expand buttons, actions) or a relation (the
// claim: figures, status, confidence, dates, note, the source's sentence and the sources).

import { h, fill } from './dom.js';
import { entityKind, relationKind, claimStatus } from './vocabulary.js';
import { usd, percent, fraction, languageOf } from './format.js';
import { shapeIcon } from './legend.js';

const ENTITY_FIELDS = new Set(['id', 'name', 'kind', 'aliases', 'description']);
const RELATION_FIELDS = new Set(['id', 'amountUsd', 'shareOfSource', 'shareOfTarget', 'instrument', 'role', 'status',
  'validFrom', 'validTo', 'asOf', 'confidence', 'quote', 'note', 'scope', 'sources', 'amountKind']);

export function renderEmpty(container) {
  fill(container, h('div', { class: 'details-empty' },
    h('h2', null, 'Details'),
    h('p', null, 'Select an entity or a relation to see its properties, status, confidence, dates and the source\'s sentence.'),
    h('p', { class: 'hint' }, 'Click a node to select it; double-click to expand it. Keyboard: ',
      h('kbd', null, '/'), ' search, ', h('kbd', null, 'Esc'), ' clear the selection.')));
}

export function renderMessage(container, title, message) {
  fill(container, h('div', { class: 'details-empty' }, h('h2', null, title), h('p', null, message)));
}

function value(key, raw) {
  if (raw === null || raw === undefined) return null;
  if (Array.isArray(raw)) return raw.join(', ');
  if (typeof raw === 'number') {
    if (/usd$/i.test(key)) return usd(raw);
    if (/^share/i.test(key)) return percent(raw);
    return String(raw);
  }
  if (typeof raw === 'object') return JSON.stringify(raw);
  return String(raw);
}

function definitions(pairs) {
  const rows = pairs.filter(([, v]) => v !== null && v !== undefined && v !== '');
  if (!rows.length) return null;
  return h('dl', null, rows.flatMap(([term, definition]) => [h('dt', null, term), h('dd', null, definition)]));
}

function humanKey(key) {
  return key.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/Usd$/, ' (USD)').replace(/^./, (c) => c.toUpperCase());
}

export function confidence(value) {
  if (value === null || value === undefined) return h('span', { class: 'unknown' }, 'not recorded');
  return h('span', { class: 'confidence', title: `confidence ${value}` },
    h('span', { class: 'bar', 'aria-hidden': 'true' }, h('span', { style: { width: `${Math.round(value * 100)}%` } })),
    fraction(value));
}

export function statusBadge(status) {
  if (!status) return h('span', { class: 'badge' }, 'no status');
  const known = claimStatus(status);
  return h('span', { class: `badge status-${status}`, title: known?.hint || '' }, known?.label || status);
}

export function quote(relation) {
  if (!relation.quote) return h('p', { class: 'unknown' }, 'No sentence recorded for this claim.');
  const sources = relation.sources || [];
  return h('div', null,
    h('blockquote', { class: 'quote', lang: sources[0]?.language || languageOf(relation.quote) }, relation.quote),
    sources.length ? h('div', { class: 'quote-source' }, '— ', sources.map(sourceLabel).join('; ')) : null);
}

export function sourceLabel(source) {
  return [source.title || source.id, source.publisher, source.publishedOn].filter(Boolean).join(', ');
}

export function renderEntity(container, entity, context) {
  const kind = entityKind(entity.kind);
  const properties = Object.entries(entity.properties || {}).filter(([key]) => !ENTITY_FIELDS.has(key));
  const relations = (entity.relations?.edges || []).map((e) => e.node);
  const byKind = new Map();
  for (const relation of relations) byKind.set(relation.kind, (byKind.get(relation.kind) || 0) + 1);
  const total = entity.relations?.totalCount ?? relations.length;

  fill(container,
    h('h2', { class: 'title', id: 'details-title' }, entity.name),
    h('div', { class: 'subtitle' }, shapeIcon(kind), h('span', null, kind.label), h('code', null, entity.id)),
    entity.description ? h('p', { class: 'description' }, entity.description) : null,
    entity.aliases?.length ? h('section', null, h('h3', null, 'Also known as'),
      h('p', { class: 'aliases' }, entity.aliases.join(' · '))) : null,
    h('section', null, h('h3', null, 'Actions'), h('div', { class: 'actions' },
      h('button', { type: 'button', class: 'button small', id: 'action-focus', onclick: () => context.onFocus(entity) }, 'Focus on it'),
      h('button', { type: 'button', class: 'button small', id: 'action-path-from', onclick: () => context.onPathFrom(entity) }, 'Paths from here'),
      h('button', { type: 'button', class: 'button small', id: 'action-path-to', onclick: () => context.onPathTo(entity) }, 'Paths to here'),
      h('button', { type: 'button', class: 'button small', id: 'action-exposure', onclick: () => context.onExposure(entity) }, 'Exposure'),
      context.onScreen ? h('button', { type: 'button', class: 'button small', onclick: () => context.onRemove(entity) }, 'Remove from view') : null,
      whatIfToggle(context.whatIf, 'entity'))),
    h('section', null,
      h('h3', null, `Expand · ${total} relation${total === 1 ? '' : 's'} with the filters`),
      byKind.size ? h('div', { class: 'expand-kinds' },
        h('button', { type: 'button', class: 'button small primary', id: 'expand-all', onclick: () => context.onExpand(entity.id, null) }, 'All kinds'),
        [...byKind.entries()].sort((a, b) => b[1] - a[1]).map(([relKind, count]) => h('button', {
          type: 'button', class: 'button small', dataset: { expandKind: relKind },
          onclick: () => context.onExpand(entity.id, relKind),
        }, h('span', { class: 'swatch', style: { background: relationKind(relKind).colour } }),
        `${relationKind(relKind).label} (${count})`))) : h('p', { class: 'unknown' }, 'No relation passes the filters.')),
    properties.length ? h('section', null, h('h3', null, 'Properties'),
      definitions(properties.map(([key, raw]) => [humanKey(key), value(key, raw)]))) : null,
    relations.length ? h('section', null, h('h3', null, 'Relations'),
      h('ul', { class: 'rel-list' }, relations.map((relation) => {
        const outgoing = relation.from.id === entity.id;
        const other = outgoing ? relation.to : relation.from;
        const verb = relationKind(relation.kind).label;
        const text = outgoing ? `${verb} ${other.name}` : `${other.name} ${verb} it`;
        return h('li', null, h('button', { type: 'button', onclick: () => context.onRelation(relation) }, text));
      })),
      total > relations.length ? h('p', { class: 'hint' }, `First ${relations.length} of ${total}.`) : null) : null);
}

export function renderRelation(container, relation, context) {
  const kind = relationKind(relation.kind);
  const p = relation.properties || {};
  const others = Object.entries(p).filter(([key]) => !RELATION_FIELDS.has(key));
  fill(container,
    h('h2', { class: 'title', id: 'details-title' }, `${relation.from.name} → ${relation.to.name}`),
    h('div', { class: 'subtitle' },
      h('span', { class: 'badge kind', style: { background: kind.colour } }, kind.label),
      statusBadge(relation.status), h('code', null, relation.id)),
    h('section', null, h('h3', null, 'The source says'), quote(relation)),
    relation.note ? h('section', null, h('h3', null, 'Steward\'s note'), h('p', { class: 'note' }, relation.note)) : null,
    h('section', null, h('h3', null, 'Figures'), definitions([
      ['Amount', usd(relation.amountUsd)],
      ['Amount is', p.amountKind ? p.amountKind.toLowerCase() : (relation.amountUsd != null ? 'flow' : null)],
      [`Share of ${relation.from.name}`, percent(relation.shareOfSource)],
      [`Share of ${relation.to.name}`, percent(relation.shareOfTarget)],
      ['Instrument', relation.instrument],
      ['Role', relation.role],
      ['Scope', relation.scope],
    ]) || h('p', { class: 'unknown' }, 'No amount or share recorded.')),
    h('section', null, h('h3', null, 'Trust and time'), definitions([
      ['Status', statusBadge(relation.status)],
      ['Confidence', confidence(relation.confidence)],
      ['Valid from', relation.validFrom],
      ['Valid to', relation.validTo],
      ['Figures as of', relation.asOf],
    ])),
    h('section', null, h('h3', null, 'Sources'), h('ul', { class: 'rel-list' }, (relation.sources || []).map((s) =>
      h('li', null, sourceLabel(s), s.language ? ` (${s.language})` : '',
        s.url ? h('div', null, h('a', { href: s.url, rel: 'noopener noreferrer', target: '_blank' }, s.url)) : null,
        h('div', null, h('code', null, s.id)))))),
    others.length ? h('section', null, h('h3', null, 'Other properties'),
      definitions(others.map(([key, raw]) => [humanKey(key), value(key, raw)]))) : null,
    h('section', null, h('h3', null, 'Actions'), h('div', { class: 'actions' },
      h('button', { type: 'button', class: 'button small', onclick: () => context.onEntity(relation.from.id) }, relation.from.name),
      h('button', { type: 'button', class: 'button small', onclick: () => context.onEntity(relation.to.id) }, relation.to.name),
      whatIfToggle(context.whatIf, 'relation')),
    context.whatIf ? capForm(context.whatIf) : null));
}

/**
 * The what-if button of an entity or a relation: leave it out of the paths and the exposure (as if it and its
 * relations were gone), or put it back. `whatIf` is `{ leftOut, onToggle }`; absent, no button.
 */
function whatIfToggle(whatIf, what) {
  if (!whatIf) return null;
  return h('button', {
    type: 'button', class: whatIf.leftOut ? 'button small whatif-on' : 'button small', id: 'action-whatif',
    'aria-pressed': String(whatIf.leftOut),
    title: whatIf.leftOut ? `Put this ${what} back into the what-if's paths and exposure`
      : `What-if: the paths and the exposure as if this ${what}${what === 'entity' ? ' and its relations' : ''} were gone (nothing is written)`,
    onclick: whatIf.onToggle,
  }, whatIf.leftOut ? 'Put back (what-if)' : 'Leave out (what-if)');
}

/** What-if: cap a relation's shares at a percentage (`whatIf.cap` is the current cap or null; onCap(null) removes it). */
function capForm(whatIf) {
  const input = h('input', { type: 'number', id: 'whatif-cap', min: '0', max: '100', step: '1', value: whatIf.cap != null ? String(Math.round(whatIf.cap * 1000) / 10) : '' });
  return h('section', null, h('h3', null, 'What-if: cap its shares'),
    h('form', { class: 'row', onsubmit: (event) => {
      event.preventDefault();
      const value = Number(input.value);
      if (input.value === '' || !(value >= 0 && value <= 100)) {
        whatIf.onCap(undefined);
        return;
      }
      whatIf.onCap(value / 100);
    } },
    h('label', { for: 'whatif-cap' }, 'At most (%)'), input,
    h('button', { type: 'submit', class: 'button small' }, 'Cap'),
    whatIf.cap != null ? h('button', { type: 'button', class: 'button small', onclick: () => whatIf.onCap(null) }, 'Remove the cap') : null));
}
