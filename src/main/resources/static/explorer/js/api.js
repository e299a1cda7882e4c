// The explorer's only door to the data: the public GraphQL API (POST /graphql) and the export endpoint. Every
// operation is a constant document with variables; nothing typed by the user is ever pasted into a query. The
// documents are shipped with the server as persisted documents (src/main/resources/graphql-documents/, held to these
// constants by ExplorerDocumentsSyncTest) and sent by their hash.

import { limits } from './vocabulary.js';

/** The most relations the details panel lists for an entity, and the most search hits; never over `limits.maxFirst`. */
const RELATIONS_PAGE = 100;
const SEARCH_HITS = 8;

/** The server could not be reached (stopped, restarting, network cut). */
export class ServerUnreachableError extends Error {
  constructor(cause) {
    super('The Ecograph server cannot be reached. Check that it is running, then retry.');
    this.name = 'ServerUnreachableError';
    this.cause = cause;
  }
}

/** The API answered with an error: BAD_REQUEST, NOT_FOUND, INTERNAL_ERROR... with the server's own message. */
export class ApiError extends Error {
  constructor(errors) {
    super(errors.map((e) => e.message).join('; '));
    this.name = 'ApiError';
    this.errors = errors;
    this.classification = errors[0]?.extensions?.classification || 'ERROR';
    this.ids = errors.flatMap((e) => e.extensions?.ids || []);
  }

  get notFound() {
    return this.classification === 'NOT_FOUND';
  }
}

export async function graphql(query, variables, signal) {
  return (await answer(query, variables, signal)).data;
}

/**
 * The data of an operation and the warnings of an answer that is not exact or not current: the server puts them under
 * the response's `extensions` (`complete: false`, `warnings`), and the explorer shows them beside the answer.
 * Every document is sent by its SHA-256 hash first (the server ships the explorer's documents as persisted documents,
 * so the request stays small and the server may refuse any other text); when the server does not know the hash
 * (PERSISTED_QUERY_NOT_FOUND) the text follows with its hash, and where the browser cannot hash (a page not served
 * from localhost or over HTTPS) the text goes alone.
 */
export async function answer(query, variables, signal, token) {
  const sha256Hash = await documentHash(query);
  let reply;
  if (sha256Hash) {
    const extensions = { persistedQuery: { version: 1, sha256Hash } };
    reply = await send({ variables, extensions }, signal, token);
    if (persistedQueryNotFound(reply.body)) reply = await send({ query, variables, extensions }, signal, token);
  } else {
    reply = await send({ query, variables }, signal, token);
  }
  const { response, body } = reply;
  if (body.errors && body.errors.length) {
    throw new ApiError(body.errors);
  }
  if (!response.ok) {
    throw new ApiError([{ message: `The server answered ${response.status}` }]);
  }
  const incomplete = body.extensions?.complete === false;
  return { data: body.data, warnings: incomplete ? (body.extensions.warnings || ['The answer is not complete.']) : [] };
}

/** Sends one request; a token (only the watch requests send one) goes in the Authorization header. */
async function send(payload, signal, token) {
  let response;
  const headers = { 'Content-Type': 'application/json', Accept: 'application/graphql-response+json, application/json' };
  if (token) headers.Authorization = `Bearer ${token}`;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers,
      body: JSON.stringify(payload),
      signal,
    });
  } catch (error) {
    if (error.name === 'AbortError') throw error;
    throw new ServerUnreachableError(error);
  }
  let body;
  try {
    body = await response.json();
  } catch (error) {
    if (response.status >= 500 || response.status === 0) throw new ServerUnreachableError(error);
    throw new ApiError([{ message: `The server answered ${response.status} without a GraphQL response` }]);
  }
  return { response, body };
}

function persistedQueryNotFound(body) {
  return (body.errors || []).some((e) => e.extensions?.code === 'PERSISTED_QUERY_NOT_FOUND');
}

const hashes = new Map();

/** The lowercase hex SHA-256 of a document's text, or null where the browser offers no digest (insecure origins). */
async function documentHash(text) {
  if (!globalThis.crypto?.subtle) return null;
  if (!hashes.has(text)) {
    const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
    hashes.set(text, [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join(''));
  }
  return hashes.get(text);
}

const FILTER_VARIABLES = '$status: [ClaimStatus!], $minConfidence: Float, $asOf: Date';
const FILTER_ARGUMENTS = 'status: $status, minConfidence: $minConfidence, asOf: $asOf';

const RELATION_FIELDS = `
  id kind amountUsd shareOfSource shareOfTarget instrument role status validFrom validTo asOf confidence quote note scope
  properties
  from { id name kind }
  to { id name kind }
  sources { id title language url publisher publishedOn }`;

const PATH_FIELDS = `
  hops strength
  nodes { id name kind }
  steps { forward explanation relation { ${RELATION_FIELDS} } }`;

// The paths of influencePaths (plain or under a scenario) also name the relations their place rests on; the routes
// under an exposure cannot (the server refuses criticalClaims there), so they keep PATH_FIELDS.
const RANKED_PATH_FIELDS = `${PATH_FIELDS}
  criticalClaims { id }`;

const SCENARIO_VARIABLES = '$input: ScenarioInput!';

const VOCABULARY = `query ExplorerVocabulary {
  vocabulary {
    entityKinds { name label idPrefix description }
    relationKinds { name verb description }
    claimStatuses { name description }
  }
  limits { maxHops maxK maxFirst maxSubgraphHops maxSubgraphLimit defaults { field argument value } }
}`;

const SEARCH = `query ExplorerSearch($text: String!, $first: Int) {
  search(text: $text, first: $first) { score entity { id name kind aliases } }
}`;

const SUBGRAPH = `query ExplorerSubgraph($ids: [ID!]!, $hops: Int, $kinds: [RelationKind!], $entityKinds: [EntityKind!],
    ${FILTER_VARIABLES}, $limit: Int) {
  subgraph(ids: $ids, hops: $hops, kinds: $kinds, entityKinds: $entityKinds, ${FILTER_ARGUMENTS}, limit: $limit) {
    truncated
    nodes { id label kind properties }
    edges { id source target kind properties }
  }
}`;

const ENTITY = `query ExplorerEntity($id: ID!, $kinds: [RelationKind!], ${FILTER_VARIABLES}, $first: Int) {
  entity(id: $id) {
    __typename id name kind aliases description properties
    relations(direction: BOTH, kinds: $kinds, ${FILTER_ARGUMENTS}, first: $first) {
      totalCount
      edges { node { id kind from { id name kind } to { id name kind } } }
    }
  }
}`;

const RELATIONS_BETWEEN = `query ExplorerRelation($from: ID!, $to: ID!, $kinds: [RelationKind!], $first: Int) {
  relations(from: $from, to: $to, kinds: $kinds, first: $first) { edges { node { ${RELATION_FIELDS} } } }
}`;

const PATHS = `query ExplorerPaths($from: ID!, $to: ID!, $maxHops: Int, $kinds: [RelationKind!], $k: Int,
    $rankBy: PathRanking, $followDirection: Boolean, ${FILTER_VARIABLES}) {
  influencePaths(from: $from, to: $to, maxHops: $maxHops, kinds: $kinds, k: $k, rankBy: $rankBy,
      followDirection: $followDirection, ${FILTER_ARGUMENTS}) { ${RANKED_PATH_FIELDS} }
}`;

const SCENARIO_PATHS = `query ExplorerScenarioPaths(${SCENARIO_VARIABLES}, $from: ID!, $to: ID!, $maxHops: Int,
    $kinds: [RelationKind!], $k: Int, $rankBy: PathRanking, $followDirection: Boolean, ${FILTER_VARIABLES}) {
  scenario(input: $input) {
    influencePaths(from: $from, to: $to, maxHops: $maxHops, kinds: $kinds, k: $k, rankBy: $rankBy,
        followDirection: $followDirection, ${FILTER_ARGUMENTS}) {
      paths { ${RANKED_PATH_FIELDS} }
      gone { ${PATH_FIELDS} }
      new { nodes { id } steps { relation { id } } }
    }
  }
}`;

const EXPOSURE = `query ExplorerExposure($entity: ID!, $direction: ExposureDirection, $maxHops: Int, $kinds: [RelationKind!],
    $first: Int, ${FILTER_VARIABLES}) {
  exposure(entity: $entity, direction: $direction, maxHops: $maxHops, kinds: $kinds, first: $first,
      ${FILTER_ARGUMENTS}) {
    counterpart { id name kind }
    directShare indirectShare totalShare shareKnown amountUsd
    paths { ${PATH_FIELDS} }
  }
}`;

const SCENARIO_EXPOSURE = `query ExplorerScenarioExposure(${SCENARIO_VARIABLES}, $entity: ID!, $direction: ExposureDirection,
    $maxHops: Int, $kinds: [RelationKind!], $first: Int, ${FILTER_VARIABLES}) {
  scenario(input: $input) {
    exposure(entity: $entity, direction: $direction, maxHops: $maxHops, kinds: $kinds, first: $first,
        ${FILTER_ARGUMENTS}) {
      counterpart { id name kind }
      before { directShare indirectShare totalShare shareKnown amountUsd }
      after { directShare indirectShare totalShare shareKnown amountUsd paths { ${PATH_FIELDS} } }
      delta
    }
  }
}`;

const EXPOSURE_CHANGES = `query ExplorerExposureChanges($entity: ID!, $direction: ExposureDirection, $maxHops: Int,
    $kinds: [RelationKind!], $from: Date!, $to: Date!, $first: Int, ${FILTER_VARIABLES}) {
  exposureChanges(entity: $entity, direction: $direction, maxHops: $maxHops, kinds: $kinds, from: $from, to: $to,
      first: $first, maxPaths: 0, ${FILTER_ARGUMENTS}) {
    totalCount complete
    changes {
      counterpart { id name kind }
      before { totalShare shareKnown }
      after { totalShare shareKnown }
      delta causesComplete
      causes { kind subject change relation { id kind quote from { id name } to { id name } } judgement { id verdict left right } }
    }
  }
}`;

const SAVE_WATCH = `mutation ExplorerSaveWatch($input: WatchInput!) {
  saveWatch(input: $input) { watch { id kind answer } userErrors { field message code } }
}`;

const WATCHES = `query ExplorerWatches {
  watches { id kind entity counterpart from to maxHops threshold top direction graphVersion }
}`;

const WATCH_EVENTS = `query ExplorerWatchEvents($after: ID, $first: Int) {
  watchEvents(after: $after, first: $first) {
    nodes { id seq graphVersion watch { id kind } causeIds causes { id kind quote from { id name } to { id name } } }
    hasNextPage endCursor
  }
}`;

const NAMES = `query ExplorerNames($ids: [ID!]!, $limit: Int) {
  subgraph(ids: $ids, hops: 0, limit: $limit) { nodes { id label kind } }
}`;

/** The claim filters of a view as GraphQL variables (absent filters are left out, meaning "all"). */
export function filterVariables(filters) {
  return {
    status: filters.status.length ? filters.status : null,
    minConfidence: filters.minConfidence > 0 ? filters.minConfidence : null,
    asOf: filters.asOf || null,
  };
}

/** The vocabulary of the graph and the server's limits (vocabulary.js takes them). */
export async function vocabulary(signal) {
  return graphql(VOCABULARY, {}, signal);
}

export async function search(text, signal) {
  const data = await graphql(SEARCH, { text, first: Math.min(SEARCH_HITS, limits().maxFirst) }, signal);
  return data.search;
}

export async function subgraph(ids, hops, filters, limit, relationKinds, signal) {
  const kinds = relationKinds || (filters.kinds.length ? filters.kinds : null);
  const data = await graphql(SUBGRAPH, {
    ids, hops, kinds, entityKinds: filters.entityKinds.length ? filters.entityKinds : null,
    ...filterVariables(filters), limit,
  }, signal);
  return data.subgraph;
}

export async function entity(id, filters, signal) {
  const data = await graphql(ENTITY, {
    id, kinds: filters.kinds.length ? filters.kinds : null, ...filterVariables(filters), first: relationsPage(),
  }, signal);
  return data.entity;
}

export async function relation(edge, signal) {
  const data = await graphql(RELATIONS_BETWEEN, {
    from: edge.source, to: edge.target, kinds: [edge.kind], first: relationsPage(),
  }, signal);
  const match = data.relations.edges.map((e) => e.node).find((r) => r.id === edge.id);
  return match || null;
}

/**
 * The paths and the warnings of an answer that is not exact: `{ paths, gone, warnings }`. Under a what-if
 * (`scenario`, the API's ScenarioInput, or null) the paths are the scenario's, each new one marked `isNew`, and
 * `gone` lists the paths of the graph as it is that the scenario loses; without one `gone` is null.
 */
export async function paths(request, filters, scenario, signal) {
  const variables = {
    from: request.from, to: request.to, maxHops: request.maxHops, k: request.k, rankBy: request.rankBy,
    followDirection: request.followDirection, kinds: filters.kinds.length ? filters.kinds : null,
    ...filterVariables(filters),
  };
  if (!scenario) {
    const { data, warnings } = await answer(PATHS, variables, signal);
    return { paths: data.influencePaths, gone: null, warnings };
  }
  const { data, warnings } = await answer(SCENARIO_PATHS, { input: scenario, ...variables }, signal);
  const answered = data.scenario.influencePaths;
  const added = new Set(answered.new.map(pathKey));
  return { paths: answered.paths.map((p) => ({ ...p, isNew: added.has(pathKey(p)) })), gone: answered.gone, warnings };
}

/** A path's entities and relations, which name it within an answer. */
export function pathKey(path) {
  return `${path.nodes.map((n) => n.id).join(',')}|${path.steps.map((s) => s.relation.id).join(',')}`;
}

/**
 * The exposure rows and the warnings of an answer that is not exact: `{ rows, warnings }`. Under a what-if each row
 * carries `before`, `after` and `delta` beside the figures of the side that exists (the scenario's when the
 * counterpart is kept), and the chains listed are the scenario's.
 */
export async function exposure(request, filters, scenario, signal) {
  const variables = {
    entity: request.entity, direction: request.direction, maxHops: request.maxHops, first: request.first,
    kinds: filters.kinds.length ? filters.kinds : null, ...filterVariables(filters),
  };
  if (!scenario) {
    const { data, warnings } = await answer(EXPOSURE, variables, signal);
    return { rows: data.exposure, warnings };
  }
  const { data, warnings } = await answer(SCENARIO_EXPOSURE, { input: scenario, ...variables }, signal);
  const rows = data.scenario.exposure.map((row) => ({
    ...(row.after || row.before), paths: row.after?.paths || [],
    counterpart: row.counterpart, before: row.before, after: row.after, delta: row.delta, whatIf: true,
  }));
  return { rows, warnings };
}

/**
 * The counterparts whose exposure differs between the end of the day `since` and the end of today (UTC), as the
 * knowledge base held them (the API's exposureChanges): `{ changes, totalCount, complete, warnings }`, each change with
 * its total share before and after, the change and the knowledge changes that explain it.
 */
export async function exposureChanges(request, filters, since, today, signal) {
  const variables = {
    entity: request.entity, direction: request.direction, maxHops: request.maxHops, first: request.first,
    kinds: filters.kinds.length ? filters.kinds : null, from: since, to: today, ...filterVariables(filters),
  };
  const { data, warnings } = await answer(EXPOSURE_CHANGES, variables, signal);
  return { ...data.exposureChanges, warnings };
}

/**
 * Saves a standing question for the token (the API's saveWatch): `{ watch, userErrors }`. Only this request sends
 * the token; an ApiError UNAUTHENTICATED or FORBIDDEN when the server refuses it.
 */
export async function saveWatch(input, token, signal) {
  const { data } = await answer(SAVE_WATCH, { input }, signal, token);
  return data.saveWatch;
}

/** The token's saved questions, oldest first (the API's watches); only these requests and saveWatch send the token. */
export async function watches(token, signal) {
  const { data } = await answer(WATCHES, {}, signal, token);
  return data.watches;
}

/** A page of the token's feed of events after the event id `after` (none: from the start), in the order recorded. */
export async function watchEvents(token, after, first, signal) {
  const { data } = await answer(WATCH_EVENTS, { after, first }, signal, token);
  return data.watchEvents;
}

/** The names of some entity ids (for pickers opened from a permalink); unknown ids are an ApiError NOT_FOUND. */
export async function names(ids, signal) {
  const data = await graphql(NAMES, { ids, limit: ids.length }, signal);
  return new Map(data.subgraph.nodes.map((n) => [n.id, n]));
}

/**
 * The URL of a server-written export under the view's filters. A view that is exactly one neighbourhood is asked for
 * as such (focus ids, hops, entity kinds, limit: a short URL whatever its size); any other view names the entities on
 * screen, and the file holds them and the relations among them.
 */
export function exportUrl(format, view) {
  const { filters } = view;
  const query = new URLSearchParams();
  if (view.neighbourhood) {
    query.set('ids', view.focus.join(','));
    query.set('hops', String(view.hops));
    query.set('limit', String(view.limit));
    if (filters.entityKinds.length) query.set('entityKinds', filters.entityKinds.join(','));
  } else {
    query.set('ids', view.ids.join(','));
    query.set('hops', '0');
    query.set('limit', String(Math.max(1, Math.min(limits().maxSubgraphLimit, view.ids.length))));
  }
  if (filters.kinds.length) query.set('kinds', filters.kinds.join(','));
  if (filters.status.length) query.set('status', filters.status.join(','));
  if (filters.minConfidence > 0) query.set('minConfidence', String(filters.minConfidence));
  if (filters.asOf) query.set('asOf', filters.asOf);
  return `/export/${encodeURIComponent(format)}?${query}`;
}

function relationsPage() {
  return Math.min(RELATIONS_PAGE, limits().maxFirst);
}

/** URLs longer than this may pass the server's request header limit (8 KB by default). */
export const MAX_URL = 7000;
