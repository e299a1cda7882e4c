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

/** The ids of the relations a path's place in the answer rests on (none for the routes under an exposure). */
export function criticalIds(path) {
  return new Set((path.criticalClaims || []).map((r) => r.id));
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

function hop(step, critical) {
  const r = step.relation;
  const isCritical = critical.has(r.id);
  return h('li', { class: isCritical ? 'hop critical' : 'hop', dataset: { relation: r.id } },
    h('div', { class: 'hop-explanation' }, step.explanation),
    h('div', { class: 'hop-meta' },
      h('span', { class: 'badge kind', style: { background: relationKind(r.kind).colour } }, relationKind(r.kind).label),
      statusBadge(r.status), confidence(r.confidence),
      step.forward ? null : h('span', { class: 'badge', title: 'this step walks the relation from its target to its source' }, 'walked backwards'),
      isCritical ? h('span', { class: 'badge critical', title: 'without this relation the strongest path changes or this path drops out of the answer' }, 'critical') : null),
    quote(r));
}

export function pathItem(path, index, selected, onPick, label = 'Path') {
  const critical = criticalIds(path);
  return h('li', {
    class: path.isNew ? 'path-item new' : 'path-item', role: 'option', 'aria-selected': String(selected),
    tabindex: selected ? '0' : '-1', dataset: { index: String(index) }, onclick: () => onPick(index),
  },
  h('div', { class: 'path-title' }, h('span', null, `${label} ${index + 1} · ${path.hops} hop${path.hops === 1 ? '' : 's'}`,
    path.isNew ? h('span', { class: 'badge whatif-new', title: 'a path the what-if adds: the graph as it is does not list it' }, 'new') : null),
    h('span', { class: 'metric', title: 'product over the steps of confidence × significance' }, `strength ${strength(path.strength)}`)),
  h('div', { class: 'path-route' }, path.nodes.map((n) => n.name).join(' → ')),
  critical.size ? h('div', { class: 'hint critical-hint' }, `${critical.size} critical relation${critical.size === 1 ? '' : 's'}: without ${critical.size === 1 ? 'it' : 'any of them'} the strongest path changes or this one drops out.`) : null,
  h('ol', { class: 'hops' }, path.steps.map((step) => hop(step, critical))));
}

function watchButton(id, title, onWatch) {
  return onWatch ? h('button', { type: 'button', class: 'button small', id, title, onclick: onWatch }, 'Watch this') : null;
}

/**
 * The paths list. `extra.gone` (under a what-if) lists the paths of the graph as it is that the what-if loses;
 * `extra.onWatch` offers "Watch this" (a saved question: a path between these two entities appears or goes).
 */
export function renderPaths(container, paths, request, names, selectedIndex, onPick, extra = {}) {
  const from = names.get(request.from) || request.from;
  const to = names.get(request.to) || request.to;
  const gone = extra.gone?.length
    ? h('div', { class: 'whatif-gone', id: 'paths-gone' },
      h('h2', { class: 'panel-title' }, `Gone under the what-if (${extra.gone.length})`),
      h('ol', { class: 'path-list' }, extra.gone.map((path, index) => pathItem(path, index, false, () => {}, 'Gone path'))))
    : null;
  const whatIf = extra.gone ? h('p', { class: 'hint whatif-note' }, 'What-if: the paths as if the entities and relations of the What-if tab were changed; nothing is written.') : null;
  if (!paths.length) {
    fill(container, whatIf, h('p', { class: 'banner-inline', role: 'status' },
      `No path of at most ${request.maxHops} hop${request.maxHops === 1 ? '' : 's'} links ${from} and ${to} with these filters. `
      + 'Allow more hops, loosen the filters' + (request.followDirection ? ' or stop following the direction.' : '.')),
    watchButton('paths-watch', `Be told when a path between ${from} and ${to} appears or goes`, extra.onWatch), gone);
    return;
  }
  const items = paths.map((path, index) => pathItem(path, index, index === selectedIndex, onPick));
  const list = h('ol', { class: 'path-list', role: 'listbox', 'aria-label': `Paths from ${from} to ${to}`, id: 'path-list' }, items);
  roving(list, items, onPick);
  fill(container, whatIf,
    h('div', { class: 'result-head' },
      h('span', null, `${paths.length} path${paths.length === 1 ? '' : 's'}, ${from} → ${to}, by ${request.rankBy === 'HOPS' ? 'fewest hops' : 'strength'}`),
      h('span', { class: 'row' },
        watchButton('paths-watch', `Be told when a path between ${from} and ${to} appears or goes`, extra.onWatch),
        h('button', { type: 'button', class: 'linkish', onclick: () => onPick(-1) }, 'show all'))),
    list, gone);
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

const WHAT_IF = { gone: 'the what-if cuts this counterpart off', new: 'a counterpart only the what-if reaches' };

/**
 * A change of a total share, in percentage points: "+4.1 pp", "−12 pp", "gone", "new", "unknown" (a what-if's, or
 * between two days with `titles` saying so).
 */
function delta(row, titles = WHAT_IF) {
  if (!row.after) return h('span', { class: 'delta gone', title: titles.gone }, 'gone');
  if (!row.before) return h('span', { class: 'delta new', title: titles.new }, 'new');
  if (row.delta === null || row.delta === undefined) return h('span', { class: 'delta unknown', title: 'a share is unknown on one side' }, 'unknown');
  const points = row.delta * 100;
  if (Math.abs(points) < 1e-9) return h('span', { class: 'delta same', title: 'the total share does not change' }, '0');
  const digits = Math.abs(points) < 1 ? 2 : 1;
  const text = `${points > 0 ? '+' : '−'}${Math.abs(points).toFixed(digits).replace(/\.0+$/, '')} pp`;
  return h('span', { class: points > 0 ? 'delta up' : 'delta down', title: 'after − before, in percentage points' }, text);
}

function figures(row) {
  if (row.whatIf) {
    return [
      h('td', null, row.before ? share(row.before.totalShare, row.before.shareKnown) : h('span', { class: 'unknown' }, '–')),
      h('td', null, row.after ? share(row.after.totalShare, row.after.shareKnown) : h('span', { class: 'unknown' }, '–')),
      h('td', null, delta(row)),
    ];
  }
  return [
    h('td', null, share(row.directShare, true)),
    h('td', null, share(row.indirectShare, true)),
    h('td', null, share(row.totalShare, row.shareKnown)),
  ];
}

function columns(whatIf) {
  if (whatIf) {
    return [
      h('th', { scope: 'col', title: 'total share on the graph as it is' }, 'Before'),
      h('th', { scope: 'col', title: 'total share under the what-if' }, 'After'),
      h('th', { scope: 'col', title: 'after − before, in percentage points' }, 'Δ'),
    ];
  }
  return [
    h('th', { scope: 'col', title: 'sum of the known shares of the direct relations' }, 'Direct'),
    h('th', { scope: 'col', title: 'through chains of two or more relations' }, 'Indirect'),
    h('th', { scope: 'col', title: 'direct + indirect; ≥ when a share on some route is unknown' }, 'Total'),
  ];
}

/**
 * The exposure table: direct, indirect and total shares, or under a what-if (rows with `whatIf`) the total before,
 * after and the change. `extra.onWatch(row)` offers "Watch this" on the selected counterpart.
 */
export function renderExposure(container, rows, request, entityName, selectedId, onPick, extra = {}) {
  const direction = request.direction === 'UPSTREAM' ? `what ${entityName} depends on` : `who depends on ${entityName}`;
  const whatIf = rows.some((row) => row.whatIf) || extra.whatIf;
  const note = whatIf ? h('p', { class: 'hint whatif-note' }, 'What-if: before is the graph as it is, after as if the entities and relations of the What-if tab were changed; nothing is written.') : null;
  if (!rows.length) {
    fill(container, note, h('p', { role: 'status' }, `No exposure within ${request.maxHops} hop${request.maxHops === 1 ? '' : 's'}: nothing links ${direction} with these filters.`));
    return;
  }
  const items = rows.map((row, index) => h('tr', {
    role: 'row', tabindex: (selectedId ? row.counterpart.id === selectedId : index === 0) ? '0' : '-1',
    'aria-selected': String(row.counterpart.id === selectedId), dataset: { counterpart: row.counterpart.id },
    onclick: () => onPick(index),
  },
  h('td', null, row.counterpart.name,
    row.amountUsd != null ? h('div', { class: 'amount', title: 'amount of the direct relations' }, usd(row.amountUsd)) : null),
  ...figures(row)));
  const body = h('tbody', null, items);
  roving(body, items, onPick);
  const selected = rows.find((row) => row.counterpart.id === selectedId);
  fill(container, note,
    h('div', { class: 'result-head' }, h('span', null, `${rows.length} counterparts: ${direction}`)),
    h('table', { class: whatIf ? 'exposure whatif' : 'exposure', id: 'exposure-table', 'aria-label': `Exposure: ${direction}` },
      h('thead', null, h('tr', null, h('th', { scope: 'col' }, 'Counterpart'), ...columns(whatIf))),
      body),
    h('p', { class: 'hint' }, '“unknown”: the data has no share on that route; “≥”: a lower bound, some route lacks a share.'),
    selected ? h('div', { class: 'exposure-chains', id: 'exposure-chains' },
      h('div', { class: 'result-head' },
        h('h2', { class: 'panel-title' }, `Chains to ${selected.counterpart.name}`),
        watchButton('exposure-watch', `Be told when ${entityName}'s exposure to ${selected.counterpart.name} crosses its current total share`,
          extra.onWatch ? () => extra.onWatch(selected) : null)),
      selected.paths.length
        ? h('ol', { class: 'path-list' }, selected.paths.map((path, index) => pathItem(path, index, false, () => {})))
        : h('p', { class: 'unknown' }, whatIf && !selected.after ? 'The what-if cuts every route.' : 'No route listed.')) : null);
}

const SINCE = { gone: 'no exposure to this counterpart as known today', new: 'no exposure to this counterpart as known then' };

const CHANGE_KINDS = {
  CLAIM_RECORDED: 'relation recorded', CLAIM_RETRACTED: 'relation retracted', CLAIM_RESTORED: 'relation restored',
  ASSERTION_ADDED: 'assertion added',
  ASSERTION_CHANGED: 'assertion changed', ASSERTION_RANKED: 'assertion ranked', ASSERTION_DEPRECATED: 'assertion deprecated',
  ASSERTION_WITHDRAWN: 'assertion withdrawn', JUDGEMENT_MADE: 'judgement made', JUDGEMENT_WITHDRAWN: 'judgement withdrawn',
};

/** One knowledge change that explains an exposure's change: what changed, on which relation or judgement, the quote. */
function cause(change) {
  const what = CHANGE_KINDS[change.kind] || change.kind;
  const r = change.relation;
  const subject = r
    ? `${r.from.name} ${relationKind(r.kind).label} ${r.to.name}`
    : change.judgement ? `${change.judgement.verdict} ${change.judgement.left} / ${change.judgement.right}` : change.subject;
  return h('li', { dataset: { subject: change.subject } },
    h('span', { class: 'cause-kind' }, what), ' ', subject,
    r?.quote ? h('q', { class: 'cause-quote' }, r.quote) : null,
    change.change ? h('span', { class: 'hint' }, ` (steward change ${change.change})`) : null);
}

/**
 * The counterparts whose exposure differs between the end of the day `since` and today, as the knowledge base held
 * them (exposureChanges): the total share then and now, the change, and under each the knowledge changes that explain
 * it. `answer` null: nothing asked (no day given).
 */
export function renderExposureChanges(container, answer, since, entityName, request) {
  if (!answer) {
    fill(container);
    return;
  }
  const direction = request.direction === 'UPSTREAM' ? `what ${entityName} depends on` : `who depends on ${entityName}`;
  const title = h('h2', { class: 'panel-title' }, `Changed since ${since}`);
  const exact = answer.complete ? null
    : h('p', { class: 'hint', role: 'note' }, 'Not exact: some chains were too many to enumerate (see the warning above); the changes listed are those found.');
  if (!answer.changes.length) {
    fill(container, title, exact, h('p', { role: 'status' }, `No change in ${direction} between the end of ${since} and today.`));
    return;
  }
  const rows = answer.changes.flatMap((change) => [
    h('tr', { dataset: { counterpart: change.counterpart.id } },
      h('td', null, change.counterpart.name),
      h('td', null, change.before ? share(change.before.totalShare, change.before.shareKnown) : h('span', { class: 'unknown' }, '–')),
      h('td', null, change.after ? share(change.after.totalShare, change.after.shareKnown) : h('span', { class: 'unknown' }, '–')),
      h('td', null, delta(change, SINCE))),
    h('tr', { class: 'causes', dataset: { causesOf: change.counterpart.id } },
      h('td', { colspan: '4' }, change.causes.length
        ? h('ul', { class: 'cause-list', 'aria-label': `Why ${change.counterpart.name} changed` }, change.causes.map(cause))
        : h('p', { class: 'unknown' }, 'Nothing in the record explains it.'),
      change.causesComplete ? null : h('p', { class: 'hint' }, 'Only the chains enumerated are covered.'))),
  ]);
  fill(container, title, exact,
    h('div', { class: 'result-head' }, h('span', null,
      `${answer.totalCount} counterpart${answer.totalCount === 1 ? '' : 's'} changed: ${direction}`
      + (answer.totalCount > answer.changes.length ? ` (the first ${answer.changes.length} shown)` : ''))),
    h('table', { class: 'exposure changes', id: 'exposure-changes-table', 'aria-label': `Exposure changes since ${since}` },
      h('thead', null, h('tr', null, h('th', { scope: 'col' }, 'Counterpart'),
        h('th', { scope: 'col', title: `total share as known at the end of ${since}` }, 'Then'),
        h('th', { scope: 'col', title: 'total share as known today' }, 'Now'),
        h('th', { scope: 'col', title: 'now − then, in percentage points' }, 'Δ'))),
      h('tbody', null, rows)));
}
