// "Watch this": saves a standing question of the paths or the exposure on screen (the API's saveWatch) for the
// token the user pasted in the Watch tab; the token stays in this browser tab (session storage) and goes only with
// this one request. Without a token nothing is sent and the banner says what is needed.

import * as api from './api.js';
import { ApiError, ServerUnreachableError } from './api.js';
import { showBanner, loading } from './ui.js';
import { limits } from './vocabulary.js';
import { $ } from './dom.js';

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
  });
  $('#watch-token-forget').addEventListener('click', () => {
    try {
      sessionStorage.removeItem(TOKEN_KEY);
    } catch (error) {
      // nothing kept, nothing to forget
    }
    showTokenState();
  });
  showTokenState();

  return { watchPaths, watchExposure };
}
