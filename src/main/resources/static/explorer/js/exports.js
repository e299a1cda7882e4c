// Exports of what is on screen: PNG (Cytoscape), SVG (serialized here from the laid-out positions), the server's
// data formats for the entities on screen, and the evidence pack (Markdown or HTML) of the paths or exposure.

import { shapeMarkup } from './legend.js';
import { relationKind, claimStatus } from './vocabulary.js';
import { usd, percent, strength, fraction } from './format.js';
import { sourceLabel } from './details.js';

export function download(blob, fileName) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

export function png(cy) {
  return cy.png({ output: 'blob', full: true, scale: 2, bg: '#ffffff', maxWidth: 8000, maxHeight: 8000 });
}

function xml(text) {
  return String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function n(value) {
  return Math.round(value * 10) / 10;
}

function arrowHead(from, tip, width, colour, opacity) {
  const dx = tip.x - from.x;
  const dy = tip.y - from.y;
  const length = Math.hypot(dx, dy) || 1;
  const ux = dx / length;
  const uy = dy / length;
  const size = 6 + width * 1.2;
  const bx = tip.x - ux * size;
  const by = tip.y - uy * size;
  const half = size * 0.55;
  const points = [[tip.x, tip.y], [bx - uy * half, by + ux * half], [bx + uy * half, by - ux * half]];
  return `<polygon points="${points.map(([x, y]) => `${n(x)},${n(y)}`).join(' ')}" fill="${colour}" opacity="${opacity}"/>`;
}

/** The graph as an SVG document, from the current positions: nodes by shape and colour, edges by colour and width. */
export function svg(cy) {
  const box = cy.elements().boundingBox({ includeLabels: true });
  const pad = 24;
  const width = Math.ceil(box.w + 2 * pad);
  const height = Math.ceil(box.h + 2 * pad);
  const parts = [];
  parts.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="${n(box.x1 - pad)} ${n(box.y1 - pad)} ${width} ${height}" font-family="system-ui, sans-serif">`);
  parts.push(`<title>Ecograph: ${cy.nodes().length} entities, ${cy.edges().length} relations</title>`);
  parts.push(`<rect x="${n(box.x1 - pad)}" y="${n(box.y1 - pad)}" width="${width}" height="${height}" fill="#ffffff"/>`);
  cy.edges().forEach((edge) => {
    const source = edge.sourceEndpoint();
    const target = edge.targetEndpoint();
    const controls = edge.controlPoints() || [];
    const colour = edge.data('colour');
    const w = edge.hasClass('highlighted') ? edge.data('highlightWidth') : edge.data('width');
    const opacity = edge.hasClass('faded') ? 0.12 : 0.85;
    const dash = edge.hasClass('tentative') ? ' stroke-dasharray="6 4"' : '';
    const d = controls.length === 1
      ? `M${n(source.x)},${n(source.y)} Q${n(controls[0].x)},${n(controls[0].y)} ${n(target.x)},${n(target.y)}`
      : `M${n(source.x)},${n(source.y)} ${controls.map((c) => `L${n(c.x)},${n(c.y)}`).join(' ')} L${n(target.x)},${n(target.y)}`;
    const before = controls.length ? controls[controls.length - 1] : source;
    parts.push(`<g><title>${xml(`${edge.source().data('label')} → ${edge.target().data('label')}: ${edge.data('caption')}`)}</title>`
      + `<path d="${d}" fill="none" stroke="${colour}" stroke-width="${n(w)}" opacity="${opacity}"${dash}/>`
      + arrowHead(before, target, w, colour, opacity) + '</g>');
  });
  cy.nodes().forEach((node) => {
    const p = node.position();
    const size = node.data('size');
    const opacity = node.hasClass('faded') ? 0.15 : 1;
    const focus = node.hasClass('focus') || node.hasClass('highlighted');
    const border = node.hasClass('endpoint') || node.selected() ? '#f5b400' : focus ? '#13294b' : '#ffffff';
    parts.push(`<g opacity="${opacity}"><title>${xml(node.data('label'))} (${xml(node.id())})</title>`
      + shapeMarkup(node.data('shape'), p.x, p.y, size, size, node.data('colour'), border, focus ? 3.5 : 1.5)
      + `<text x="${n(p.x)}" y="${n(p.y + size / 2 + 14)}" text-anchor="middle" font-size="${focus ? 12.5 : 11}"`
      + ` font-weight="${focus ? 700 : 400}" fill="#1c2633" stroke="#ffffff" stroke-width="3" paint-order="stroke">${xml(node.data('label'))}</text></g>`);
  });
  parts.push('</svg>');
  return new Blob([parts.join('\n')], { type: 'image/svg+xml;charset=utf-8' });
}

// --- Evidence pack -------------------------------------------------------------------------------------------

function filtersText(filters) {
  return [
    `status: ${filters.status.length ? filters.status.join(', ') : 'any'}`,
    `minimum confidence: ${filters.minConfidence > 0 ? filters.minConfidence : 'none'}`,
    `as of: ${filters.asOf || 'any day'}`,
    `relation kinds: ${filters.kinds.length ? filters.kinds.join(', ') : 'all'}`,
  ].join('; ');
}

function figures(r) {
  return [
    r.amountUsd != null ? `amount ${usd(r.amountUsd)} (${r.amountUsd.toLocaleString('en-US')} USD${r.properties?.amountKind ? `, ${r.properties.amountKind.toLowerCase()}` : ''})` : null,
    r.shareOfSource != null ? `share of ${r.from.name}: ${percent(r.shareOfSource)}` : null,
    r.shareOfTarget != null ? `share of ${r.to.name}: ${percent(r.shareOfTarget)}` : null,
    r.instrument ? `instrument: ${r.instrument}` : null,
    r.role ? `role: ${r.role}` : null,
    r.scope ? `scope: ${r.scope}` : null,
  ].filter(Boolean).join('; ') || 'none recorded';
}

function validity(r) {
  return [r.validFrom ? `from ${r.validFrom}` : null, r.validTo ? `to ${r.validTo}` : null,
    r.asOf ? `figures as of ${r.asOf}` : null].filter(Boolean).join(', ') || 'no dates recorded';
}

function statusText(status) {
  const known = claimStatus(status);
  return status ? `${status}${known ? ` (${known.hint})` : ''}` : 'not recorded';
}

function sourcesText(r) {
  return (r.sources || []).map((s) => `${sourceLabel(s)}${s.url ? `, ${s.url}` : ''} (${s.id})`).join('; ') || 'none';
}

/** The facts of one hop, in order, as label/value pairs (shared by Markdown and HTML). */
function hopFacts(step) {
  const r = step.relation;
  return [
    ['Claim', `${r.id}: ${r.from.name} ${relationKind(r.kind).label} ${r.to.name} (${r.kind}${step.forward ? '' : ', walked backwards'})`],
    ['Figures', figures(r)],
    ['Status', statusText(r.status)],
    ['Confidence', r.confidence != null ? fraction(r.confidence) : 'not recorded'],
    ['Valid', validity(r)],
    ['Note', r.note],
    ['Source', sourcesText(r)],
  ].filter(([, value]) => value);
}

function pathsOf(pack) {
  if (pack.kind === 'paths') return pack.paths.map((path, i) => ({ title: `Path ${i + 1}`, path }));
  return pack.rows.flatMap((row) => row.paths.map((path, i) => ({ title: `${row.counterpart.name}, route ${i + 1}`, path })));
}

function heading(pack) {
  if (pack.kind === 'paths') {
    return {
      title: `Evidence: ${pack.fromName} → ${pack.toName}`,
      question: `The ${pack.paths.length} ${pack.request.rankBy === 'HOPS' ? 'shortest' : 'strongest'} influence paths from ${pack.fromName} (${pack.request.from}) to ${pack.toName} (${pack.request.to}), at most ${pack.request.maxHops} hops${pack.request.followDirection ? ', following the direction of relations' : ', in either direction'}.`,
    };
  }
  return {
    title: `Evidence: exposure ${pack.request.direction === 'UPSTREAM' ? 'of' : 'to'} ${pack.entityName}`,
    question: pack.request.direction === 'UPSTREAM'
      ? `What ${pack.entityName} (${pack.request.entity}) depends on, directly and through chains of at most ${pack.request.maxHops} relations.`
      : `Who depends on ${pack.entityName} (${pack.request.entity}), directly and through chains of at most ${pack.request.maxHops} relations.`,
  };
}

function shareText(value, known) {
  if (value === null || value === undefined) return 'unknown';
  return known ? percent(value) : `at least ${percent(value)}`;
}

function md(text) {
  return String(text).replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

export function evidenceMarkdown(pack) {
  const head = heading(pack);
  const lines = [`# ${head.title}`, '', head.question, '',
    `- Generated: ${pack.generatedAt} by the Ecograph explorer`, `- View: <${pack.url}>`, `- Filters: ${filtersText(pack.filters)}`,
    '- Every hop below is one claim of the knowledge base, with its figures, status, confidence and the source\'s own sentence.',
    ...(pack.whatIf ? [`- **What-if**: ${md(pack.whatIf)}`] : []),
    ...(pack.warnings.length ? [`- **Not an exact answer**: ${md(pack.warnings.join(' '))}`] : []), ''];
  if (pack.kind === 'exposure') {
    lines.push('## Counterparts', '', '| Counterpart | Direct | Indirect | Total | Amount |', '|---|---:|---:|---:|---:|');
    for (const row of pack.rows) {
      lines.push(`| ${md(row.counterpart.name)} (\`${row.counterpart.id}\`) | ${shareText(row.directShare, true)} | ${shareText(row.indirectShare, true)} | ${shareText(row.totalShare, row.shareKnown)} | ${row.amountUsd != null ? usd(row.amountUsd) : '—'} |`);
    }
    lines.push('', '"unknown": no share is recorded on that route; "at least": some route has a relation without a share.', '');
  }
  for (const { title, path } of pathsOf(pack)) {
    lines.push(`## ${title}: ${path.hops} hop${path.hops === 1 ? '' : 's'}, strength ${strength(path.strength)}`, '',
      path.nodes.map((node) => node.name).join(' → '), '');
    path.steps.forEach((step, index) => {
      lines.push(`### Hop ${index + 1}: ${step.explanation}`, '', '| | |', '|---|---|');
      for (const [label, value] of hopFacts(step)) lines.push(`| ${label} | ${md(value)} |`);
      lines.push('');
      if (step.relation.quote) lines.push(`> ${md(step.relation.quote)}`, '');
    });
  }
  return new Blob([lines.join('\n')], { type: 'text/markdown;charset=utf-8' });
}

function esc(text) {
  return xml(text);
}

export function evidenceHtml(pack) {
  const head = heading(pack);
  const out = [`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${esc(head.title)}</title><style>
body{font:15px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans CJK SC",sans-serif;color:#17212e;max-width:60rem;margin:2rem auto;padding:0 1rem}
h1{font-size:1.5rem}h2{font-size:1.15rem;margin-top:2rem;border-top:1px solid #dfe3e9;padding-top:1rem}h3{font-size:1rem;margin-bottom:.3rem}
.route{color:#4a5666}table{border-collapse:collapse;width:100%;font-size:.9rem}th,td{border:1px solid #dfe3e9;padding:4px 8px;text-align:left;vertical-align:top}
th{background:#f6f7f9;width:8rem}blockquote{margin:.4rem 0 1rem;padding:.4rem .8rem;border-left:3px solid #c5ccd6;background:#fafbfc}
.meta{color:#4a5666;font-size:.9rem}td.num{text-align:right}
</style></head><body>`,
  `<h1>${esc(head.title)}</h1><p>${esc(head.question)}</p>`,
  `<p class="meta">Generated ${esc(pack.generatedAt)} by the Ecograph explorer · <a href="${esc(pack.url)}">view</a><br>Filters: ${esc(filtersText(pack.filters))}<br>Every hop is one claim of the knowledge base, with its figures, status, confidence and the source's own sentence.</p>`,
  pack.whatIf ? `<p><strong>What-if:</strong> ${esc(pack.whatIf)}</p>` : '',
  pack.warnings.length ? `<p><strong>Not an exact answer:</strong> ${esc(pack.warnings.join(' '))}</p>` : ''];
  if (pack.kind === 'exposure') {
    out.push('<h2>Counterparts</h2><table><thead><tr><th>Counterpart</th><th>Direct</th><th>Indirect</th><th>Total</th><th>Amount</th></tr></thead><tbody>');
    for (const row of pack.rows) {
      out.push(`<tr><td>${esc(row.counterpart.name)} <code>${esc(row.counterpart.id)}</code></td><td class="num">${esc(shareText(row.directShare, true))}</td><td class="num">${esc(shareText(row.indirectShare, true))}</td><td class="num">${esc(shareText(row.totalShare, row.shareKnown))}</td><td class="num">${esc(row.amountUsd != null ? usd(row.amountUsd) : '—')}</td></tr>`);
    }
    out.push('</tbody></table><p class="meta">“unknown”: no share is recorded on that route; “at least”: some route has a relation without a share.</p>');
  }
  for (const { title, path } of pathsOf(pack)) {
    out.push(`<h2>${esc(title)}: ${path.hops} hop${path.hops === 1 ? '' : 's'}, strength ${esc(strength(path.strength))}</h2>`,
      `<p class="route">${esc(path.nodes.map((node) => node.name).join(' → '))}</p>`);
    path.steps.forEach((step, index) => {
      out.push(`<h3>Hop ${index + 1}: ${esc(step.explanation)}</h3><table>`);
      for (const [label, value] of hopFacts(step)) out.push(`<tr><th>${esc(label)}</th><td>${esc(value)}</td></tr>`);
      out.push('</table>');
      if (step.relation.quote) {
        const lang = step.relation.sources?.[0]?.language || 'und';
        out.push(`<blockquote lang="${esc(lang)}">${esc(step.relation.quote)}</blockquote>`);
      }
    });
  }
  out.push('</body></html>');
  return new Blob([out.join('\n')], { type: 'text/html;charset=utf-8' });
}
