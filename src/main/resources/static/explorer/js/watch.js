// "Watch this": saves a standing question of the paths or the exposure on screen (the API's saveWatch) for the
// token the user pasted in the Watch tab, and the tab lists that token's watches and its feed of events (the API's
// watches and watchEvents, the newest page last, "Older events"/"Newer events" by the feed's cursor). The token
// stays in this browser tab (session storage) and goes only with these requests. Without a token nothing is sent
// and the tab says what is needed.

import * as api from './api.js';
import { ApiError, ServerUnreachableError } from './api.js';
import { showBanner, loading } from './ui.js';
import { limits } from './vocabulary.js';
import { $, h, fill } from './dom.js';
import { percent } from './format.js';

/** Events per page of the feed. */
const EVENTS_PAGE = 20;

const TOKEN_KEY = 'ecograph.token';

/** Wires the Watch tab; returns the two actions the paths list and the exposure table offer. */
export function setupWatch(app, { switchTab, describeError }) {
  function token() {
    try {
      return sessionStorage.getItem(TOKEN_KEY) || null;
    } catch (error) {
      return null;
    }
  }

  function showTokenState() {
    $('#watch-token-state').textContent = token()
      ? 'A token is set: "Watch this" saves questions for it.'
      : 'No token set: "Watch this" needs one.';
  }

  const name = (id) => (id ? app.names.get(id) || id : '');

  /** A watch in one line: what it asks. */
  function describeWatch(w) {
    switch (w.kind) {
      case 'NEW_PATH': return `Paths from ${name(w.from)} to ${name(w.to)} (top ${w.top}, ${w.maxHops} hops)`;
      case 'EXPOSURE_ABOVE': return `${name(w.entity)}'s ${(w.direction || 'UPSTREAM').toLowerCase()} exposure`
        + `${w.counterpart ? ` to ${name(w.counterpart)}` : ''} at or above ${percent(w.threshold)}`;
      case 'RANK_TOP': return `${name(w.entity)} in the top ${w.top} of the ranking`;
      default: return `Any relation touching ${name(w.entity)}`;
    }
  }

  /** Where the feed's page starts: the cursor before each page shown, so "Newer" and "Older" walk it. */
  const feed = { starts: [null], at: 0 };

  /** Shows the token's watches and the current page of its feed; without a token, says so. */
  async function showWatches() {
    const held = token();
    const list = $('#watch-list');
    const events = $('#watch-events');
    if (!held) {
      fill(list, h('p', { class: 'hint' }, 'Set a token to see its watches.'));
      fill(events);
      $('#watch-events-more').hidden = true;
      $('#watch-events-back').hidden = true;
      return;
    }
    try {
      const [saved, page] = await Promise.all([api.watches(held),
        api.watchEvents(held, feed.starts[feed.at], EVENTS_PAGE)]);
      fill(list, saved.length === 0 ? h('p', { class: 'hint' }, 'No watches yet: choose Watch this on a path list or'
        + ' an exposure row.') : h('ul', { class: 'watch-list' }, saved.map((w) => h('li', { dataset: { watch: w.id } },
        h('span', { class: 'watch-kind' }, w.kind), ' ', describeWatch(w), ' ',
        h('span', { class: 'hint' }, `(${w.id}, graph version ${w.graphVersion})`)))));
      fill(events, page.nodes.length === 0 ? h('p', { class: 'hint' }, feed.at === 0 ? 'No events yet: an event is'
        + ' recorded when a watched answer changes after a change of the graph.' : 'No newer events.')
        : h('ol', { class: 'watch-events' }, page.nodes.map((e) => h('li', { dataset: { event: e.id } },
          h('strong', {}, `#${e.seq}`), ` graph version ${e.graphVersion}, watch ${e.watch.id} (${e.watch.kind}): `,
          e.causeIds.length === 0 ? 'no claim of the answer changed (the answer moved for other reasons).'
            : `${e.causeIds.length} claim${e.causeIds.length === 1 ? '' : 's'} changed`,
          e.causes.length ? h('ul', {}, e.causes.map((c) => h('li', {}, `${c.from.name} ${c.kind} ${c.to.name}`,
            c.quote ? h('q', {}, c.quote) : null))) : null))));
      $('#watch-events-back').hidden = feed.at === 0;
      $('#watch-events-more').hidden = !page.hasNextPage;
      $('#watch-events-more').onclick = () => {
        feed.starts[feed.at + 1] = page.endCursor;
        feed.at += 1;
        showWatches();
      };
    } catch (error) {
      fill(list, h('p', { class: 'hint', role: 'alert' }, error instanceof ServerUnreachableError ? error.message
        : `The watches could not be read: ${describeError(error)}`));
      fill(events);
    }
  }

  /** Saves a standing question for the token, or says why it cannot. */
  async function saveWatch(input, what) {
    const held = token();
    if (!held) {
      showBanner('warn', `Watching needs an API token: watches belong to a token, and this page has none. Ask the operator `
        + 'for one (any role will do), paste it in the Watch tab, then choose Watch this again.',
      { label: 'Open the Watch tab', run: () => { switchTab('watch'); $('#watch-token').focus(); } });
      return;
    }
    loading(true, 'Saving the watch…');
    try {
      const payload = await api.saveWatch(input, held);
      if (payload.userErrors.length) {
        showBanner('error', `The watch was not saved: ${payload.userErrors.map((e) => e.message).join('; ')}.`);
        return;
      }
      showBanner('info', `Watching ${what} (${payload.watch.id}). The feed (watchEvents) records each change, with the claims that caused it.`);
      showWatches();
    } catch (error) {
      // A token the server does not know is refused before GraphQL runs (HTTP 401), or as an UNAUTHENTICATED error.
      const refused = error instanceof ApiError
        && (['UNAUTHENTICATED', 'FORBIDDEN'].includes(error.classification) || /\b40[13]\b/.test(error.message));
      showBanner('error', refused
        ? `The server refused the token: ${describeError(error)} Paste another in the Watch tab.`
        : (error instanceof ServerUnreachableError ? error.message : describeError(error)));
    } finally {
      loading(false);
    }
  }

  function watchPaths() {
    const p = app.state.paths;
    if (!p) return;
    const name = (id) => app.names.get(id) || id;
    saveWatch({ kind: 'NEW_PATH', from: p.from, to: p.to, maxHops: Math.min(p.maxHops, limits().maxHops), top: p.k },
      `the ${p.k} strongest paths between ${name(p.from)} and ${name(p.to)}`);
  }

  /** Watches the exposure to a counterpart crossing its current total share (at least 1%: a threshold is over 0). */
  function watchExposure(row) {
    const e = app.state.exposure;
    if (!e) return;
    const total = row.after ? row.after.totalShare : row.totalShare;
    const threshold = Math.min(1, Math.max(0.01, total ?? 0.01));
    const name = (id) => app.names.get(id) || id;
    saveWatch({
      kind: 'EXPOSURE_ABOVE', entity: e.entity, counterpart: row.counterpart.id, direction: e.direction,
      maxHops: e.maxHops, threshold,
    }, `${name(e.entity)}'s exposure to ${row.counterpart.name} crossing ${Math.round(threshold * 1000) / 10}%`);
  }

  $('#watch-token-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const value = $('#watch-token').value.trim();
    try {
      if (value) sessionStorage.setItem(TOKEN_KEY, value);
    } catch (error) {
      showBanner('warn', 'This browser keeps no session storage: the token cannot be kept.');
    }
    $('#watch-token').value = '';
    showTokenState();
    feed.starts = [null];
    feed.at = 0;
    showWatches();
  });
  $('#watch-token-forget').addEventListener('click', () => {
    try {
      sessionStorage.removeItem(TOKEN_KEY);
    } catch (error) {
      // nothing kept, nothing to forget
    }
    showTokenState();
    showWatches();
  });
  $('#watch-refresh').addEventListener('click', () => showWatches());
  $('#watch-events-back').addEventListener('click', () => {
    feed.at = Math.max(0, feed.at - 1);
    showWatches();
  });
  $('#tab-watch').addEventListener('click', () => showWatches());
  showTokenState();

  return { watchPaths, watchExposure };
}
