// The Export tab: images of the graph, the server's data files for the entities on screen, and the evidence pack
// of the paths or exposure on screen.

import * as api from './api.js';
import { ServerUnreachableError } from './api.js';
import * as exports from './exports.js';
import { $ } from './dom.js';
import { slug, today } from './format.js';
import { scenarioInput } from './state.js';

export function setupExportPanel(graph, app) {
  function exportMessage(text, error) {
    const message = $('#export-message');
    message.textContent = text;
    message.classList.toggle('error', Boolean(error));
  }

  function fileBase() {
    const s = app.state;
    return `ecograph-${slug(...(s.paths ? [s.paths.from, s.paths.to] : s.exposure ? [s.exposure.entity] : s.focus.slice(0, 3))) || 'view'}`;
  }

  async function exportData(format) {
    const ids = graph.nodeIds();
    if (!ids.length) {
      exportMessage('Nothing on screen to export: draw a graph first.', true);
      return;
    }
    const state = app.state;
    const neighbourhood = state.focus.length > 0 && !state.expand.length && !state.paths && !state.exposure;
    const url = api.exportUrl(format, { ...state, neighbourhood, ids });
    if (url.length > api.MAX_URL) {
      exportMessage(`${ids.length} entities on screen are too many to name in one export link: export a single`
        + ' neighbourhood (search an entity, without expansions, paths or exposure), or narrow the view.', true);
      return;
    }
    try {
      const response = await fetch(url);
      if (!response.ok) {
        const body = await response.json().catch(() => ({}));
        exportMessage(`The export failed: ${body.error || response.status}`, true);
        return;
      }
      exports.download(await response.blob(), `${fileBase()}.${format}`);
      exportMessage(`Downloaded ${format}: ${ids.length} entities and the relations among them.`);
    } catch (error) {
      exportMessage(new ServerUnreachableError(error).message, true);
    }
  }

  /** Under a what-if the pack's figures are the what-if's, not the graph's: it says so first. */
  function whatIfNote() {
    const input = scenarioInput(app.state);
    if (!input) return null;
    const parts = [
      input.removeEntities.length ? `entities left out: ${input.removeEntities.join(', ')}` : null,
      input.removeClaims.length ? `relations left out: ${input.removeClaims.join(', ')}` : null,
      input.capClaims.length ? `shares capped: ${input.capClaims.map((c) => `${c.relation} at ${c.maxShare}`).join(', ')}` : null,
    ].filter(Boolean);
    return `not the graph as it is (${parts.join('; ')}): the figures are as if these changes were made; nothing was written.`;
  }

  function evidencePack() {
    const generatedAt = `${today()} ${new Date().toTimeString().slice(0, 5)}`;
    const common = { generatedAt, url: location.href, filters: app.state.filters, whatIf: whatIfNote(), warnings: app.results.warnings || [] };
    if (app.analysis !== 'exposure' && app.state.paths && app.results.paths?.length) {
      const request = app.state.paths;
      return { ...common, kind: 'paths', request, paths: app.results.paths,
        fromName: app.names.get(request.from) || request.from, toName: app.names.get(request.to) || request.to };
    }
    if (app.state.exposure && app.results.exposure?.length) {
      const request = app.state.exposure;
      const selected = app.results.exposure.filter((r) => r.counterpart.id === request.selected);
      return { ...common, kind: 'exposure', request, rows: selected.length ? selected : app.results.exposure,
        entityName: app.names.get(request.entity) || request.entity };
    }
    return null;
  }

  function exportEvidence(format) {
    const pack = evidencePack();
    if (!pack) {
      exportMessage('Find paths or show an exposure first: the evidence pack documents them hop by hop.', true);
      return;
    }
    const blob = format === 'md' ? exports.evidenceMarkdown(pack) : exports.evidenceHtml(pack);
    exports.download(blob, `${fileBase()}-evidence.${format}`);
    exportMessage(`Downloaded the evidence pack (${format === 'md' ? 'Markdown' : 'HTML'}).`);
  }

  $('#export-png').addEventListener('click', async () => {
    if (!graph.nodeIds().length) { exportMessage('Nothing on screen to export: draw a graph first.', true); return; }
    exports.download(await exports.png(graph.cy), `${fileBase()}.png`);
    exportMessage('Downloaded the PNG image.');
  });
  $('#export-svg').addEventListener('click', () => {
    if (!graph.nodeIds().length) { exportMessage('Nothing on screen to export: draw a graph first.', true); return; }
    exports.download(exports.svg(graph.cy), `${fileBase()}.svg`);
    exportMessage('Downloaded the SVG image.');
  });
  document.querySelectorAll('#export-data [data-format]').forEach((button) => {
    button.addEventListener('click', () => exportData(button.dataset.format));
  });
  $('#evidence-md').addEventListener('click', () => exportEvidence('md'));
  $('#evidence-html').addEventListener('click', () => exportEvidence('html'));
}
