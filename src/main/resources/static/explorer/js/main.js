// The explorer's controller: the view state (mirrored in the URL), loading it from the API, drawing it, and the
// user's actions. Modules: api (GraphQL), vocabulary (the server's kinds, statuses, limits and defaults), state
// (permalinks), graph (Cytoscape), details, analysis (paths and exposure), filters, export-panel and exports, watch
// ("Watch this"), ui, combobox, legend, kinds (colours and shapes), format, dom.

import * as api from './api.js';
import { ApiError, ServerUnreachableError } from './api.js';
import { parse, serialize, isEmpty, emptyState, emptyWhatIf, scenarioInput } from './state.js';
import { Graph } from './graph.js';
import { FilterControls } from './filters.js';
import { EntityCombobox } from './combobox.js';
import { renderLegend } from './legend.js';
import { renderEmpty, renderEntity, renderRelation, renderMessage } from './details.js';
import { pathElements, pathSelection, renderPaths, markSelectedPath, renderExposure, renderExposureChanges, criticalIds } from './analysis.js';
import { setupExportPanel } from './export-panel.js';
import { setupWatch } from './watch.js';
import { setupTabs, showBanner, hideBanner, loading, statusBar, NodeList } from './ui.js';
import { use as useVocabulary, limits, defaultOf } from './vocabulary.js';
import { h, fill, $ } from './dom.js';

// Everything below shows the server's kinds, statuses, limits and defaults: ask for them first.
await loadVocabulary();
applyLimits();

const app = {
  state: emptyState(),
  results: { paths: null, gone: null, exposure: null, exposureChanges: null, truncated: false, warnings: [] },
  names: new Map(),
  analysis: null, // 'paths' or 'exposure': which result the graph highlights
  renderSeq: 0,
  detailsSeq: 0,
  hover: null,
};

const graph = new Graph($('#cy'), {
  onSelect: (selection) => select(selection ? selection.id : null),
  onExpand: (id, kind) => expand(id, kind),
  onHover: (text) => { app.hover = text; updateStatus(); },
}, parse(location.search).state.renderer);
window.ecographExplorer = { graph, app }; // for the console and the browser tests: read, do not rely on in scripts

const filterControls = new FilterControls((filters) => {
  app.state.filters = filters;
  updateUrl(false);
  render();
});

const nodeList = new NodeList({ onSelect: (id) => select(id, true), onExpand: (id) => expand(id, null) });
const switchTab = setupTabs(() => {});
const { watchPaths, watchExposure } = setupWatch(app, { switchTab, describeError });

const search = new EntityCombobox($('#search-input'), $('#search-results'), (entity, event) => {
  search.set(null);
  $('#search-input').value = '';
  focusOn(entity, event.altKey || event.shiftKey);
});
const pathFrom = new EntityCombobox($('#path-from'), $('#path-from-results'), (entity) => pathFrom.set(entity));
const pathTo = new EntityCombobox($('#path-to'), $('#path-to-results'), (entity) => pathTo.set(entity));
const exposureEntity = new EntityCombobox($('#exposure-entity'), $('#exposure-entity-results'), (entity) => exposureEntity.set(entity));

// --- The server's vocabulary and limits ------------------------------------------------------------------------

/** Asks the server for its vocabulary and limits until it answers; the banner's Retry asks again. */
async function loadVocabulary() {
  for (;;) {
    let failure = null;
    loading(true, 'Loading…');
    try {
      useVocabulary(await api.vocabulary());
    } catch (error) {
      failure = error;
    } finally {
      loading(false);
    }
    if (!failure) {
      hideBanner();
      return;
    }
    const message = failure instanceof ServerUnreachableError ? failure.message : describeError(failure);
    await new Promise((retry) => showBanner('error', message, { label: 'Retry', run: retry }));
  }
}

/** Gives the view controls the server's ranges and defaults. */
function applyLimits() {
  const max = limits();
  const hops = Array.from({ length: max.maxSubgraphHops + 1 }, (_, n) => String(n));
  fill($('#hops'), hops.map((n) => h('option', { value: n }, n)));
  $('#hops').value = String(defaultOf('subgraph', 'hops'));
  const number = (selector, maximum, value) => Object.assign($(selector), { max: String(maximum), value: String(value) });
  number('#path-k', max.maxK, defaultOf('influencePaths', 'k'));
  number('#path-max-hops', max.maxHops, defaultOf('influencePaths', 'maxHops'));
  number('#exposure-max-hops', max.maxHops, defaultOf('exposure', 'maxHops'));
  number('#exposure-first', max.maxFirst, defaultOf('exposure', 'first'));
  $('#path-rank').value = defaultOf('influencePaths', 'rankBy');
  $('#path-follow').checked = defaultOf('influencePaths', 'followDirection');
  document.querySelector(`input[name=exposure-direction][value=${defaultOf('exposure', 'direction')}]`).checked = true;
}

// --- URL <-> state -------------------------------------------------------------------------------------------

function updateUrl(push) {
  const url = `/${serialize(app.state)}`;
  if (url === `${location.pathname}${location.search}`) return;
  if (push) history.pushState(null, '', url);
  else history.replaceState(null, '', url);
}

function loadFromUrl() {
  const { state, problems } = parse(location.search);
  // A link that names entities but selects nothing selects the first of them, as opening an entity from the search
  // does: its details are what the link is about.
  if (!state.selected && state.focus.length) state.selected = state.focus[0];
  app.state = state;
  app.analysis = state.paths ? 'paths' : state.exposure ? 'exposure' : null;
  filterControls.set(state.filters);
  $('#hops').value = String(state.hops);
  $('#layout').value = state.layout;
  $('#edge-width').value = state.width;
  graph.setWidthMode(state.width);
  setAnalysisForms();
  renderWhatIf();
  if (state.paths) switchTab('paths');
  else if (state.exposure) switchTab('exposure');
  render().then(() => {
    if (problems.length) showBanner('warn', `Some link parameters were ignored: ${problems.join('; ')}.`);
  });
}

function setAnalysisForms() {
  const { paths, exposure } = app.state;
  const named = (id) => (id ? { id, name: app.names.get(id) || id } : null);
  if (paths) {
    pathFrom.set(named(paths.from));
    pathTo.set(named(paths.to));
    $('#path-k').value = String(paths.k);
    $('#path-max-hops').value = String(paths.maxHops);
    $('#path-rank').value = paths.rankBy;
    $('#path-follow').checked = paths.followDirection;
  }
  if (exposure) {
    exposureEntity.set(named(exposure.entity));
    document.querySelector(`input[name=exposure-direction][value=${exposure.direction}]`).checked = true;
    $('#exposure-max-hops').value = String(exposure.maxHops);
    $('#exposure-first').value = String(exposure.first);
    $('#exposure-since').value = exposure.since || '';
  }
}

// --- Loading and drawing -------------------------------------------------------------------------------------

/** Loads every part of the view from the API and draws it. A failing part is reported; the others still draw. */
async function render() {
  const seq = ++app.renderSeq;
  const state = app.state;
  hideBanner();
  $('#welcome').hidden = !isEmpty(state);
  if (isEmpty(state)) {
    graph.replace([], [], []);
    app.results = { paths: null, gone: null, exposure: null, exposureChanges: null, truncated: false, warnings: [] };
    fillAnalysisResults();
    afterDraw();
    return;
  }
  loading(true, 'Loading the graph…');
  try {
    const parts = await Promise.allSettled([
      state.focus.length ? api.subgraph(state.focus, state.hops, state.filters, state.limit) : null,
      Promise.all(state.expand.map((e) => api.subgraph([e.id], 1, state.filters, state.limit, e.kind ? [e.kind] : null))),
      state.paths ? api.paths(state.paths, state.filters, scenarioInput(state)) : null,
      state.exposure ? api.exposure(state.exposure, state.filters, scenarioInput(state)) : null,
      namesOf([state.paths?.from, state.paths?.to, state.exposure?.entity]),
      // changes between two days are the graph's as the knowledge base held it, never a what-if's
      state.exposure?.since && !scenarioInput(state)
        ? api.exposureChanges(state.exposure, state.filters, state.exposure.since, todayUtc()) : null,
    ]);
    if (seq !== app.renderSeq) return;
    const [focus, expansions, pathAnswer, exposureAnswer, endpoints, changes] = parts.map((p) => (p.status === 'fulfilled' ? p.value : null));
    const failures = parts.filter((p) => p.status === 'rejected').map((p) => p.reason);
    const paths = pathAnswer?.paths || null;
    const gone = pathAnswer?.gone || null;
    const exposure = exposureAnswer?.rows || null;
    const warnings = [...(pathAnswer?.warnings || []), ...(exposureAnswer?.warnings || []), ...(changes?.warnings || [])];

    // The ends of the paths and the exposure entity are drawn even when no path or counterpart is found.
    const nodes = [...(endpoints?.values() || [])];
    const edges = [];
    let truncated = false;
    for (const sub of [focus, ...(expansions || [])].filter(Boolean)) {
      nodes.push(...sub.nodes);
      edges.push(...sub.edges);
      truncated = truncated || sub.truncated;
    }
    for (const found of [paths || [], gone || [], ...(exposure || []).map((row) => row.paths)]) {
      const elements = pathElements(found);
      nodes.push(...elements.nodes);
      edges.push(...elements.edges);
    }
    if (exposure) {
      for (const row of exposure) nodes.push({ id: row.counterpart.id, label: row.counterpart.name, kind: row.counterpart.kind });
    }
    app.results = { paths, gone, exposure, exposureChanges: changes, truncated, warnings };
    setAnalysisForms();
    const emphasised = [...state.focus, state.paths?.from, state.paths?.to, state.exposure?.entity].filter(Boolean);
    graph.replace(nodes, edges, emphasised);
    renderLegend($('#legend-body'), graph.kindsOnScreen(), state.width);
    graph.layout(state.layout);
    fillAnalysisResults();
    applyHighlight();
    renderWhatIf();
    afterDraw();
    if (state.selected && !failures.length) showDetails(state.selected);
    else renderEmpty($('#details'));
    reportOutcome(failures, truncated, nodes.length, warnings);
  } finally {
    loading(false);
  }
}

/** The nodes of some entity ids (for the pickers and to draw them); null when they cannot be had, which the
 * paths or exposure query then reports. */
async function namesOf(ids) {
  const wanted = [...new Set(ids.filter(Boolean))];
  if (!wanted.length) return null;
  try {
    const found = await api.names(wanted);
    for (const [id, node] of found) app.names.set(id, node.label);
    return found;
  } catch (error) {
    return null;
  }
}

function reportOutcome(failures, truncated, nodeCount, warnings) {
  if (failures.length) {
    const unreachable = failures.find((f) => f instanceof ServerUnreachableError);
    if (unreachable) {
      showBanner('error', unreachable.message, { label: 'Retry', run: () => render() });
      renderMessage($('#details'), 'Server unreachable', 'Nothing could be loaded. The view will load again when you retry.');
      return;
    }
    const messages = [...new Set(failures.map(describeError))];
    showBanner('error', messages.join(' '));
    const notFound = failures.find((f) => f instanceof ApiError && f.notFound);
    if (notFound) {
      renderMessage($('#details'), 'Unknown id', `${notFound.message}. Search the entity by name instead.`);
    }
    return;
  }
  if (warnings.length) {
    showBanner('warn', `Not an exact answer: ${warnings.join(' ')}`);
  } else if (truncated) {
    const limit = app.state.limit;
    const most = limits().maxSubgraphLimit;
    const more = Math.min(most, limit * 4);
    showBanner('warn', `Showing ${limit} of more entities (the nearest first); narrow the filters or lower the hops.`,
      limit < most ? { label: `Show up to ${more}`, run: () => { app.state.limit = more; updateUrl(true); render(); } } : null);
  } else if (!nodeCount) {
    showBanner('info', 'Nothing to draw: no entity or relation passes these filters. Loosen the filters or pick another entity.');
  }
}

function describeError(error) {
  if (error instanceof ApiError) {
    return error.message.endsWith('.') ? error.message : `${error.message}.`;
  }
  return `Something went wrong: ${error.message}`;
}

function afterDraw() {
  renderLegend($('#legend-body'), graph.kindsOnScreen(), app.state.width);
  nodeList.update(graph.nodes(), app.state.selected);
  updateStatus();
  document.body.dataset.nodes = String(graph.nodeIds().length);
  document.body.dataset.ready = 'true';
}

function updateStatus() {
  const count = graph.nodeIds().length;
  statusBar([
    `${count} entit${count === 1 ? 'y' : 'ies'}, ${graph.edgeCount()} relation${graph.edgeCount() === 1 ? '' : 's'}`,
    app.results.truncated ? `truncated at ${app.state.limit}` : null,
    app.state.filters.asOf ? `as of ${app.state.filters.asOf}` : null,
    graph.renderer === 'webgl' ? 'WebGL renderer' : 'canvas renderer',
    app.hover,
  ]);
}

function fillAnalysisResults() {
  const { paths, exposure } = app.results;
  if (app.state.paths && paths) {
    renderPaths($('#paths-results'), paths, app.state.paths, app.names, app.state.paths.selected ?? 0, pickPath,
      { gone: app.results.gone, onWatch: watchPaths });
  } else if (!app.state.paths) {
    $('#paths-results').replaceChildren();
  }
  if (app.state.exposure && exposure) {
    const e = app.state.exposure;
    renderExposure($('#exposure-results'), exposure, e, app.names.get(e.entity) || e.entity, e.selected, pickCounterpart,
      { onWatch: watchExposure, whatIf: scenarioInput(app.state) !== null });
  } else if (!app.state.exposure) {
    $('#exposure-results').replaceChildren();
  }
  const e = app.state.exposure;
  if (e?.since && scenarioInput(app.state)) {
    $('#exposure-changes').replaceChildren(Object.assign(document.createElement('p'), { className: 'hint',
      textContent: `The changes since ${e.since} are shown without the what-if: they are those of the graph as the knowledge base held it.` }));
  } else {
    renderExposureChanges($('#exposure-changes'), e?.since ? app.results.exposureChanges : null, e?.since,
      e ? app.names.get(e.entity) || e.entity : '', e);
  }
}

/** Today's date in UTC, YYYY-MM-DD: the later day of the exposure's changes. */
function todayUtc() {
  return new Date().toISOString().slice(0, 10);
}

function applyHighlight() {
  const { paths, exposure } = app.results;
  if (app.analysis === 'paths' && app.state.paths && paths?.length) {
    const index = app.state.paths.selected ?? 0;
    const shown = index >= 0 && paths[index] ? [paths[index]] : paths;
    // The critical relations of the one path picked (with all shown, which path each belongs to would be lost).
    const critical = shown.length === 1 ? [...criticalIds(shown[0])] : [];
    graph.highlight({ ...pathSelection(shown), endpoints: [app.state.paths.from, app.state.paths.to], critical });
    return;
  }
  if (app.analysis === 'exposure' && app.state.exposure && exposure) {
    const row = exposure.find((r) => r.counterpart.id === app.state.exposure.selected);
    if (row) {
      graph.highlight({ ...pathSelection(row.paths), endpoints: [app.state.exposure.entity, row.counterpart.id] });
      return;
    }
  }
  graph.highlight(null);
}

// --- Actions -------------------------------------------------------------------------------------------------

function focusOn(entity, add) {
  const state = app.state;
  app.names.set(entity.id, entity.name);
  if (add && graph.node(entity.id) === null) {
    state.focus = [...new Set([...state.focus, entity.id])];
  } else if (!add) {
    state.focus = [entity.id];
    state.expand = [];
    state.paths = null;
    state.exposure = null;
    app.analysis = null;
  }
  state.selected = entity.id;
  updateUrl(true);
  render();
}

async function expand(id, kind) {
  const state = app.state;
  if (!state.expand.some((e) => e.id === id && (e.kind === kind || !e.kind))) {
    state.expand = [...state.expand.filter((e) => !(e.id === id && kind === null)), { id, kind }];
  }
  updateUrl(true);
  loading(true, 'Expanding…');
  try {
    const sub = await api.subgraph([id], 1, state.filters, state.limit, kind ? [kind] : null);
    const added = graph.merge(sub.nodes, sub.edges, id);
    if (sub.truncated) app.results.truncated = true;
    renderLegend($('#legend-body'), graph.kindsOnScreen(), state.width);
    if (added.length) graph.layout(state.layout, { randomize: false, fit: true });
    applyHighlight();
    afterDraw();
    const name = graph.node(id)?.data('label') || id;
    showBanner('info', added.length
      ? `Added ${added.length} entit${added.length === 1 ? 'y' : 'ies'} around ${name}.`
      : `Nothing new around ${name}${kind ? ` for ${kind.toLowerCase().replace(/_/g, ' ')}` : ''} with these filters.`);
  } catch (error) {
    showBanner('error', error instanceof ServerUnreachableError ? error.message : describeError(error));
  } finally {
    loading(false);
  }
}

function select(id, center) {
  app.state.selected = id;
  updateUrl(false);
  graph.select(id);
  nodeList.update(graph.nodes(), id);
  if (center && id) graph.center(id);
  if (id) showDetails(id);
  else renderEmpty($('#details'));
}

/** The relation objects already loaded with the paths and exposure, by claim id. */
function knownRelation(id) {
  const all = [...(app.results.paths || []), ...(app.results.exposure || []).flatMap((r) => r.paths)];
  for (const path of all) {
    for (const step of path.steps) if (step.relation.id === id) return step.relation;
  }
  return null;
}

async function showDetails(id) {
  const seq = ++app.detailsSeq;
  const container = $('#details');
  const edge = graph.edge(id);
  graph.select(id);
  try {
    if (edge) {
      const relation = knownRelation(id) || await api.relation(edge.data());
      if (seq !== app.detailsSeq) return;
      if (!relation) {
        renderMessage(container, 'Relation not found', `No relation ${id} passes the current filters.`);
        return;
      }
      renderRelation(container, relation, {
        onEntity: (entityId) => select(entityId, true),
        whatIf: {
          leftOut: app.state.whatIf.relations.includes(relation.id),
          onToggle: () => toggleLeftOut('relations', relation.id),
          cap: app.state.whatIf.caps.find((c) => c.relation === relation.id)?.maxShare ?? null,
          onCap: (share) => capRelation(relation.id, share),
        },
      });
      return;
    }
    const entity = await api.entity(id, app.state.filters);
    if (seq !== app.detailsSeq) return;
    if (!entity) {
      renderMessage(container, 'Unknown id', `No entity with id ${id}.`);
      return;
    }
    app.names.set(entity.id, entity.name);
    renderEntity(container, entity, {
      onScreen: app.state.focus.includes(entity.id) || app.state.expand.some((e) => e.id === entity.id),
      onFocus: (e) => focusOn(e, false),
      onExpand: (entityId, kind) => expand(entityId, kind),
      onPathFrom: (e) => { pathFrom.set(e); switchTab('paths'); $('#path-to').focus(); },
      onPathTo: (e) => { pathTo.set(e); switchTab('paths'); $('#path-from').focus(); },
      onExposure: (e) => { exposureEntity.set(e); switchTab('exposure'); runExposure(); },
      onRemove: (e) => removeFromView(e.id),
      whatIf: { leftOut: app.state.whatIf.entities.includes(entity.id), onToggle: () => toggleLeftOut('entities', entity.id) },
      onRelation: (relation) => {
        if (graph.edge(relation.id)) select(relation.id, true);
        else expand(entity.id, relation.kind).then(() => select(relation.id, true));
      },
    });
  } catch (error) {
    if (seq !== app.detailsSeq) return;
    renderMessage(container, 'Could not load the details', describeError(error));
  }
}

// --- What-if ------------------------------------------------------------------------------------------------

/** Leaves an entity or a relation out of the what-if, or puts it back; the paths and the exposure are asked again. */
function toggleLeftOut(list, id) {
  const w = app.state.whatIf;
  w[list] = w[list].includes(id) ? w[list].filter((x) => x !== id) : [...w[list], id];
  w.on = true;
  whatIfChanged();
}

/** Caps a relation's shares at `share` (0..1); null removes the cap; undefined reports a value out of range. */
function capRelation(id, share) {
  if (share === undefined) {
    showBanner('warn', 'A cap is a share between 0 and 100%.');
    return;
  }
  const w = app.state.whatIf;
  w.caps = w.caps.filter((c) => c.relation !== id);
  if (share !== null) w.caps.push({ relation: id, maxShare: share });
  w.on = true;
  whatIfChanged();
}

function whatIfChanged() {
  updateUrl(true);
  renderWhatIf();
  const asked = app.state.paths || app.state.exposure;
  if (asked) render();
  else {
    if (app.state.selected) showDetails(app.state.selected);
    showBanner('info', 'What-if changed. Find paths or show an exposure to see what it changes.');
  }
}

/** The What-if tab: what is left out or capped, each with a button to put it back; and the mark on the graph. */
function renderWhatIf() {
  const w = app.state.whatIf;
  $('#whatif-on').checked = w.on;
  const label = (id) => graph.node(id)?.data('label') || app.names.get(id) || id;
  const item = (text, id, onRemove) => h('li', { dataset: { whatif: id } }, h('span', null, text),
    h('button', { type: 'button', class: 'button small', onclick: onRemove, 'aria-label': `Put back ${text}` }, 'Put back'));
  const items = [
    ...w.entities.map((id) => item(`${label(id)} and its relations left out`, id, () => toggleLeftOut('entities', id))),
    ...w.relations.map((id) => item(`Relation ${id} left out`, id, () => toggleLeftOut('relations', id))),
    ...w.caps.map((c) => item(`Relation ${c.relation} capped at ${Math.round(c.maxShare * 1000) / 10}%`, c.relation,
      () => capRelation(c.relation, null))),
  ];
  fill($('#whatif-list'), items.length
    ? h('ul', { class: 'whatif-items', id: 'whatif-items' }, items)
    : h('p', { class: 'hint' }, 'Nothing is left out yet.'));
  graph.markLeftOut(w.on ? [...w.entities, ...w.relations] : []);
  $('#tab-whatif').textContent = items.length && w.on ? `What-if (${items.length})` : 'What-if';
}

function removeFromView(id) {
  const state = app.state;
  state.focus = state.focus.filter((f) => f !== id);
  state.expand = state.expand.filter((e) => e.id !== id);
  state.selected = null;
  updateUrl(true);
  render();
}

function runPaths() {
  const from = pathFrom.value();
  const to = pathTo.value();
  if (!from || !to) {
    showPathsMessage('Pick both entities from the suggestions (type a name, then choose it).');
    return;
  }
  if (from.id === to.id) {
    showPathsMessage('From and To are the same entity: pick two different ones.');
    return;
  }
  app.names.set(from.id, from.name);
  app.names.set(to.id, to.name);
  app.state.paths = {
    from: from.id, to: to.id,
    k: clamp(Number($('#path-k').value), 1, limits().maxK, defaultOf('influencePaths', 'k')),
    maxHops: clamp(Number($('#path-max-hops').value), 1, limits().maxHops, defaultOf('influencePaths', 'maxHops')),
    rankBy: $('#path-rank').value,
    followDirection: $('#path-follow').checked,
    selected: 0,
  };
  app.analysis = 'paths';
  updateUrl(true);
  render();
}

function showPathsMessage(message) {
  $('#paths-results').replaceChildren(Object.assign(document.createElement('p'), { className: 'hint', role: 'alert', textContent: message }));
}

function clamp(value, min, max, fallback) {
  return Number.isInteger(value) && value >= min && value <= max ? value : fallback;
}

function runExposure() {
  const entity = exposureEntity.value();
  if (!entity) {
    $('#exposure-results').replaceChildren(Object.assign(document.createElement('p'), { className: 'hint', role: 'alert', textContent: 'Pick an entity from the suggestions first.' }));
    return;
  }
  app.names.set(entity.id, entity.name);
  app.state.exposure = {
    entity: entity.id,
    direction: document.querySelector('input[name=exposure-direction]:checked').value,
    maxHops: clamp(Number($('#exposure-max-hops').value), 1, limits().maxHops, defaultOf('exposure', 'maxHops')),
    first: clamp(Number($('#exposure-first').value), 1, limits().maxFirst, defaultOf('exposure', 'first')),
    selected: null,
    since: /^\d{4}-\d{2}-\d{2}$/.test($('#exposure-since').value) ? $('#exposure-since').value : null,
  };
  app.analysis = 'exposure';
  updateUrl(true);
  render();
}

function pickPath(index) {
  if (!app.state.paths) return;
  app.state.paths.selected = index;
  app.analysis = 'paths';
  markSelectedPath($('#paths-results'), index);
  applyHighlight();
  updateUrl(false);
  const path = app.results.paths?.[index];
  graph.fit(path ? path.nodes.map((n) => n.id) : undefined);
}

function pickCounterpart(index) {
  const row = app.results.exposure?.[index];
  if (!row || !app.state.exposure) return;
  app.state.exposure.selected = row.counterpart.id;
  app.analysis = 'exposure';
  const e = app.state.exposure;
  renderExposure($('#exposure-results'), app.results.exposure, e, app.names.get(e.entity) || e.entity, e.selected, pickCounterpart,
    { onWatch: watchExposure, whatIf: scenarioInput(app.state) !== null });
  document.querySelector(`#exposure-table tr[data-counterpart="${CSS.escape(row.counterpart.id)}"]`)?.focus();
  applyHighlight();
  updateUrl(false);
}

// --- Wiring --------------------------------------------------------------------------------------------------

$('#hops').addEventListener('change', (event) => { app.state.hops = Number(event.target.value); updateUrl(false); render(); });
$('#layout').addEventListener('change', (event) => { app.state.layout = event.target.value; updateUrl(false); graph.layout(app.state.layout); });
$('#edge-width').addEventListener('change', (event) => {
  app.state.width = event.target.value;
  graph.setWidthMode(app.state.width);
  renderLegend($('#legend-body'), graph.kindsOnScreen(), app.state.width);
  updateUrl(false);
});
$('#fit').addEventListener('click', () => graph.fit());
$('#copy-link').addEventListener('click', async () => {
  try {
    await navigator.clipboard.writeText(location.href);
    showBanner('info', 'Link copied: it reopens this view (focus, hops, filters, paths, exposure, layout).');
  } catch (error) {
    showBanner('info', `Copy this link: ${location.href}`);
  }
});
$('#paths-form').addEventListener('submit', (event) => { event.preventDefault(); runPaths(); });
$('#paths-swap').addEventListener('click', () => { const from = pathFrom.value(); pathFrom.set(pathTo.value()); pathTo.set(from); });
$('#paths-clear').addEventListener('click', () => {
  app.state.paths = null;
  pathFrom.set(null);
  pathTo.set(null);
  app.analysis = app.state.exposure ? 'exposure' : null;
  updateUrl(true);
  render();
});
$('#exposure-form').addEventListener('submit', (event) => { event.preventDefault(); runExposure(); });
$('#exposure-since').max = todayUtc(); // a later day has nothing to compare yet
$('#exposure-clear').addEventListener('click', () => {
  app.state.exposure = null;
  exposureEntity.set(null);
  $('#exposure-since').value = '';
  app.analysis = app.state.paths ? 'paths' : null;
  updateUrl(true);
  render();
});
setupExportPanel(graph, app);
$('#whatif-on').addEventListener('change', (event) => { app.state.whatIf.on = event.target.checked; whatIfChanged(); });
$('#whatif-clear').addEventListener('click', () => { app.state.whatIf = emptyWhatIf(); whatIfChanged(); });
$('#legend-toggle').addEventListener('click', (event) => {
  const open = event.target.getAttribute('aria-expanded') !== 'true';
  event.target.setAttribute('aria-expanded', String(open));
  $('#legend-body').hidden = !open;
});
document.addEventListener('keydown', (event) => {
  const typing = /^(INPUT|SELECT|TEXTAREA)$/.test(document.activeElement?.tagName || '');
  if (event.key === '/' && !typing) {
    event.preventDefault();
    $('#search-input').focus();
  } else if (event.key === 'Escape' && !typing && app.state.selected) {
    select(null);
  }
});
window.addEventListener('popstate', loadFromUrl);

loadFromUrl();
