// The view as a permalink: everything that decides what is on screen lives in the URL's query string, so a shared
// link reopens the same view. Parameter names follow the API's arguments (docs/explorer.md lists them); the kinds,
// statuses, ranges and defaults are the server's (vocabulary.js), so a link is read as the server would read it.

import { entityKinds, relationKinds, claimStatuses, limits, defaultOf } from './vocabulary.js';

const RANKINGS = ['STRENGTH', 'HOPS'];
const DIRECTIONS = ['UPSTREAM', 'DOWNSTREAM'];
const LAYOUTS = ['cose', 'concentric', 'breadthfirst', 'circle', 'grid'];
const WIDTHS = ['amount', 'share', 'none'];
/** auto: WebGL on a graphics processor, else the canvas; canvas: never WebGL; webgl: WebGL even emulated in software. */
const RENDERERS = ['auto', 'canvas', 'webgl'];
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function emptyFilters() {
  return { kinds: [], entityKinds: [], status: [], minConfidence: 0, asOf: null };
}

export function emptyState() {
  return {
    focus: [],
    hops: defaultOf('subgraph', 'hops'),
    limit: defaultOf('subgraph', 'limit'),
    expand: [],
    filters: emptyFilters(),
    paths: null,
    exposure: null,
    layout: 'cose',
    width: 'amount',
    renderer: 'auto',
    selected: null,
    whatIf: emptyWhatIf(),
  };
}

/** A what-if: entities and relations left out, relations' shares capped; asked only while `on`. */
export function emptyWhatIf() {
  return { on: true, entities: [], relations: [], caps: [] };
}

/** The API's ScenarioInput for a view, or null when the what-if is off or changes nothing. */
export function scenarioInput(state) {
  const w = state.whatIf;
  if (!w.on || (!w.entities.length && !w.relations.length && !w.caps.length)) return null;
  return {
    removeEntities: w.entities,
    removeClaims: w.relations,
    capClaims: w.caps.map((c) => ({ relation: c.relation, maxShare: c.maxShare })),
  };
}

/** Reads a view from a query string. Unknown values are dropped and reported, never guessed. */
export function parse(search) {
  const params = new URLSearchParams(search);
  const state = emptyState();
  const max = limits();
  const relationNames = new Set(relationKinds().map((k) => k.kind));
  const problems = [];
  const list = (name) => (params.get(name) || '').split(',').map((v) => v.trim()).filter(Boolean);
  const enums = (name, allowed) => list(name).filter((v) => {
    const ok = allowed.has(v.toUpperCase());
    if (!ok) problems.push(`${name} '${v}' is not one of ${[...allowed].join(', ')}`);
    return ok;
  }).map((v) => v.toUpperCase());
  const integer = (name, min, max, fallback) => {
    if (!params.has(name)) return fallback;
    const value = Number(params.get(name));
    if (Number.isInteger(value) && value >= min && value <= max) return value;
    problems.push(`${name} '${params.get(name)}' is out of range: allowed ${min}..${max}`);
    return fallback;
  };

  state.focus = list('focus');
  state.hops = integer('hops', 0, max.maxSubgraphHops, state.hops);
  state.limit = integer('limit', 1, max.maxSubgraphLimit, state.limit);
  state.expand = list('expand').map((entry) => {
    const [id, kind] = entry.split('~');
    return kind && relationNames.has(kind) ? { id, kind } : { id, kind: null };
  });
  state.filters.kinds = enums('kinds', relationNames);
  state.filters.entityKinds = enums('entityKinds', new Set(entityKinds().map((k) => k.kind)));
  state.filters.status = enums('status', new Set(claimStatuses().map((s) => s.status)));
  if (params.has('minConfidence')) {
    const value = Number(params.get('minConfidence'));
    if (value >= 0 && value <= 1) state.filters.minConfidence = value;
    else problems.push(`minConfidence '${params.get('minConfidence')}' is out of range: allowed 0..1`);
  }
  if (params.has('asOf')) {
    const value = params.get('asOf');
    if (DATE.test(value) && !Number.isNaN(Date.parse(value))) state.filters.asOf = value;
    else problems.push(`asOf '${value}' is not a date: expected YYYY-MM-DD`);
  }
  if (params.get('from') && params.get('to')) {
    state.paths = {
      from: params.get('from'),
      to: params.get('to'),
      k: integer('k', 1, max.maxK, defaultOf('influencePaths', 'k')),
      maxHops: integer('maxHops', 1, max.maxHops, defaultOf('influencePaths', 'maxHops')),
      rankBy: RANKINGS.includes(params.get('rankBy')) ? params.get('rankBy') : defaultOf('influencePaths', 'rankBy'),
      followDirection: params.has('follow') ? params.get('follow') === 'true' : defaultOf('influencePaths', 'followDirection'),
      selected: integer('path', 0, max.maxK - 1, 0),
    };
  }
  if (params.get('exposure')) {
    state.exposure = {
      entity: params.get('exposure'),
      direction: DIRECTIONS.includes(params.get('direction')) ? params.get('direction') : defaultOf('exposure', 'direction'),
      maxHops: integer('exposureHops', 1, max.maxHops, defaultOf('exposure', 'maxHops')),
      first: integer('first', 1, max.maxFirst, defaultOf('exposure', 'first')),
      selected: params.get('counterpart') || null,
      since: null,
    };
    if (params.has('since')) {
      const value = params.get('since');
      if (DATE.test(value) && !Number.isNaN(Date.parse(value))) state.exposure.since = value;
      else problems.push(`since '${value}' is not a date: expected YYYY-MM-DD`);
    }
  }
  if (LAYOUTS.includes(params.get('layout'))) state.layout = params.get('layout');
  if (WIDTHS.includes(params.get('width'))) state.width = params.get('width');
  if (RENDERERS.includes(params.get('renderer'))) state.renderer = params.get('renderer');
  state.selected = params.get('select') || null;
  state.whatIf.entities = list('without');
  state.whatIf.relations = list('withoutRelations');
  state.whatIf.caps = list('cap').flatMap((entry) => {
    const [relation, raw] = entry.split('~');
    const maxShare = Number(raw);
    if (relation && raw && maxShare >= 0 && maxShare <= 1) return [{ relation, maxShare }];
    problems.push(`cap '${entry}' is not a relation id and a share: expected id~0..1`);
    return [];
  });
  state.whatIf.on = params.get('whatIf') !== 'off';
  return { state, problems };
}

/** Writes a view as a query string, leaving out whatever is at its default. */
export function serialize(state) {
  const params = new URLSearchParams();
  const fresh = emptyState();
  if (state.focus.length) params.set('focus', state.focus.join(','));
  if (state.hops !== fresh.hops) params.set('hops', String(state.hops));
  if (state.limit !== fresh.limit) params.set('limit', String(state.limit));
  if (state.expand.length) params.set('expand', state.expand.map((e) => (e.kind ? `${e.id}~${e.kind}` : e.id)).join(','));
  const f = state.filters;
  if (f.kinds.length) params.set('kinds', f.kinds.join(','));
  if (f.entityKinds.length) params.set('entityKinds', f.entityKinds.join(','));
  if (f.status.length) params.set('status', f.status.join(','));
  if (f.minConfidence > 0) params.set('minConfidence', String(f.minConfidence));
  if (f.asOf) params.set('asOf', f.asOf);
  if (state.paths) {
    const p = state.paths;
    params.set('from', p.from);
    params.set('to', p.to);
    if (p.k !== defaultOf('influencePaths', 'k')) params.set('k', String(p.k));
    if (p.maxHops !== defaultOf('influencePaths', 'maxHops')) params.set('maxHops', String(p.maxHops));
    if (p.rankBy !== defaultOf('influencePaths', 'rankBy')) params.set('rankBy', p.rankBy);
    if (p.followDirection !== defaultOf('influencePaths', 'followDirection')) params.set('follow', String(p.followDirection));
    if (p.selected) params.set('path', String(p.selected));
  }
  if (state.exposure) {
    const e = state.exposure;
    params.set('exposure', e.entity);
    params.set('direction', e.direction);
    if (e.maxHops !== defaultOf('exposure', 'maxHops')) params.set('exposureHops', String(e.maxHops));
    if (e.first !== defaultOf('exposure', 'first')) params.set('first', String(e.first));
    if (e.selected) params.set('counterpart', e.selected);
    if (e.since) params.set('since', e.since);
  }
  if (state.layout !== 'cose') params.set('layout', state.layout);
  if (state.width !== 'amount') params.set('width', state.width);
  if (state.renderer !== 'auto') params.set('renderer', state.renderer);
  if (state.selected) params.set('select', state.selected);
  const w = state.whatIf;
  if (w.entities.length) params.set('without', w.entities.join(','));
  if (w.relations.length) params.set('withoutRelations', w.relations.join(','));
  if (w.caps.length) params.set('cap', w.caps.map((c) => `${c.relation}~${c.maxShare}`).join(','));
  if (!w.on && (w.entities.length || w.relations.length || w.caps.length)) params.set('whatIf', 'off');
  const text = params.toString().replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%7E/g, '~');
  return text ? `?${text}` : '';
}

/** Whether the view asks for anything to be drawn. */
export function isEmpty(state) {
  return !state.focus.length && !state.expand.length && !state.paths && !state.exposure;
}
