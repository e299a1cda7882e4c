// Paths and exposure as lists a person can read and a keyboard can walk: every hop with its explanation, status,
// confidence and the source's sentence; exposure with direct, indirect and total shares, unknown where unknown.

import { h, fill } from './dom.js';
import { relationKind } from './vocabulary.js';
import { percent, strength, usd } from './format.js';
import { statusBadge, confidence, quote } from './details.js';

/** The nodes and edges of some paths, in the shape Graph.merge takes. */
export function pathElements(paths) {
  const nodes = new Map();
  const edges = new Map();
  for (const path of paths) {
    for (const node of path.nodes) nodes.set(node.id, { id: node.id, label: node.name, kind: node.kind, properties: null });
    for (const step of path.steps) {
      const r = step.relation;
      edges.set(r.id, { id: r.id, source: r.from.id, target: r.to.id, kind: r.kind, properties: r.properties });
    }
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}

export function pathSelection(paths) {
  return {
    nodes: paths.flatMap((p) => p.nodes.map((n) => n.id)),
    edges: paths.flatMap((p) => p.steps.map((s) => s.relation.id)),
  };
}

/** Up/Down/Home/End move between the options of a list; Enter or Space picks. */
function roving(list, items, onPick) {
  list.addEventListener('keydown', (event) => {
    const index = items.indexOf(document.activeElement);
    if (index < 0) return;
    let next = null;
    if (event.key === 'ArrowDown') next = Math.min(items.length - 1, index + 1);
    else if (event.key === 'ArrowUp') next = Math.max(0, index - 1);
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = items.length - 1;
    else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onPick(index);
      return;
    }
    if (next !== null) {
      event.preventDefault();
      items[index].tabIndex = -1;
      items[next].tabIndex = 0;
      items[next].focus();
      onPick(next);
    }
  });
}

function hop(step) {
  const r = step.relation;
  return h('li', { class: 'hop' },
    h('div', { class: 'hop-explanation' }, step.explanation),
    h('div', { class: 'hop-meta' },
      h('span', { class: 'badge kind', style: { background: relationKind(r.kind).colour } }, relationKind(r.kind).label),
      statusBadge(r.status), confidence(r.confidence),
      step.forward ? null : h('span', { class: 'badge', title: 'this step walks the relation from its target to its source' }, 'walked backwards')),
    quote(r));
}

export function pathItem(path, index, selected, onPick) {
  return h('li', {
    class: 'path-item', role: 'option', 'aria-selected': String(selected), tabindex: selected ? '0' : '-1',
    dataset: { index: String(index) }, onclick: () => onPick(index),
  },
  h('div', { class: 'path-title' }, h('span', null, `Path ${index + 1} · ${path.hops} hop${path.hops === 1 ? '' : 's'}`),
    h('span', { class: 'metric', title: 'product over the steps of confidence × significance' }, `strength ${strength(path.strength)}`)),
  h('div', { class: 'path-route' }, path.nodes.map((n) => n.name).join(' → ')),
  h('ol', { class: 'hops' }, path.steps.map(hop)));
}

export function renderPaths(container, paths, request, names, selectedIndex, onPick) {
  const from = names.get(request.from) || request.from;
  const to = names.get(request.to) || request.to;
  if (!paths.length) {
    fill(container, h('p', { class: 'banner-inline', role: 'status' },
      `No path of at most ${request.maxHops} hop${request.maxHops === 1 ? '' : 's'} links ${from} and ${to} with these filters. `
      + 'Allow more hops, loosen the filters' + (request.followDirection ? ' or stop following the direction.' : '.')));
    return;
  }
  const items = paths.map((path, index) => pathItem(path, index, index === selectedIndex, onPick));
  const list = h('ol', { class: 'path-list', role: 'listbox', 'aria-label': `Paths from ${from} to ${to}`, id: 'path-list' }, items);
  roving(list, items, onPick);
  fill(container,
    h('div', { class: 'result-head' },
      h('span', null, `${paths.length} path${paths.length === 1 ? '' : 's'}, ${from} → ${to}, by ${request.rankBy === 'HOPS' ? 'fewest hops' : 'strength'}`),
      h('button', { type: 'button', class: 'linkish', onclick: () => onPick(-1) }, 'show all')),
    list);
}

export function markSelectedPath(container, index) {
  container.querySelectorAll('.path-item').forEach((item) => {
    const on = Number(item.dataset.index) === index;
    item.setAttribute('aria-selected', String(on));
  });
}

function share(value, known) {
  if (value === null || value === undefined) return h('span', { class: 'unknown', title: 'no share recorded on this route' }, 'unknown');
  return known ? percent(value) : h('span', { title: 'a lower bound: some route has a relation without a share' }, `≥ ${percent(value)}`);
}

export function renderExposure(container, rows, request, entityName, selectedId, onPick) {
  const direction = request.direction === 'UPSTREAM' ? `what ${entityName} depends on` : `who depends on ${entityName}`;
  if (!rows.length) {
    fill(container, h('p', { role: 'status' }, `No exposure within ${request.maxHops} hop${request.maxHops === 1 ? '' : 's'}: nothing links ${direction} with these filters.`));
    return;
  }
  const items = rows.map((row, index) => h('tr', {
    role: 'row', tabindex: (selectedId ? row.counterpart.id === selectedId : index === 0) ? '0' : '-1',
    'aria-selected': String(row.counterpart.id === selectedId), dataset: { counterpart: row.counterpart.id },
    onclick: () => onPick(index),
  },
  h('td', null, row.counterpart.name,
    row.amountUsd != null ? h('div', { class: 'amount', title: 'amount of the direct relations' }, usd(row.amountUsd)) : null),
  h('td', null, share(row.directShare, true)),
  h('td', null, share(row.indirectShare, true)),
  h('td', null, share(row.totalShare, row.shareKnown))));
  const body = h('tbody', null, items);
  roving(body, items, onPick);
  const selected = rows.find((row) => row.counterpart.id === selectedId);
  fill(container,
    h('div', { class: 'result-head' }, h('span', null, `${rows.length} counterparts: ${direction}`)),
    h('table', { class: 'exposure', id: 'exposure-table', 'aria-label': `Exposure: ${direction}` },
      h('thead', null, h('tr', null,
        h('th', { scope: 'col' }, 'Counterpart'), h('th', { scope: 'col', title: 'sum of the known shares of the direct relations' }, 'Direct'),
        h('th', { scope: 'col', title: 'through chains of two or more relations' }, 'Indirect'),
        h('th', { scope: 'col', title: 'direct + indirect; ≥ when a share on some route is unknown' }, 'Total'))),
      body),
    h('p', { class: 'hint' }, '“unknown”: the data has no share on that route; “≥”: a lower bound, some route lacks a share.'),
    selected ? h('div', { class: 'exposure-chains', id: 'exposure-chains' },
      h('h2', { class: 'panel-title' }, `Chains to ${selected.counterpart.name}`),
      selected.paths.length
        ? h('ol', { class: 'path-list' }, selected.paths.map((path, index) => pathItem(path, index, false, () => {})))
        : h('p', { class: 'unknown' }, 'No route listed.')) : null);
}
