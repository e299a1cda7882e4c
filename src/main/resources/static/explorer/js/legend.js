// Node shapes as SVG (for the legend, the pickers and the SVG export) and the legend of what is on screen.

import { h, fill } from './dom.js';
import { entityKinds, relationKinds, claimStatuses } from './vocabulary.js';
import { SOLID_STATUS } from './kinds.js';

const POLYGONS = {
  hexagon: [[-1, 0], [-0.5, -0.87], [0.5, -0.87], [1, 0], [0.5, 0.87], [-0.5, 0.87]],
  diamond: [[0, -1], [1, 0], [0, 1], [-1, 0]],
  'round-triangle': [[0, -0.9], [1, 0.85], [-1, 0.85]],
};

/** SVG markup of a node shape centred on (x, y), w x h, with the given fill and stroke (numbers and colours only). */
export function shapeMarkup(shape, x, y, w, hgt, fillColour, stroke, strokeWidth) {
  const paint = `fill="${fillColour}" stroke="${stroke}" stroke-width="${strokeWidth}"`;
  const rx = w / 2;
  const ry = hgt / 2;
  if (POLYGONS[shape]) {
    const points = POLYGONS[shape].map(([px, py]) => `${round(x + px * rx)},${round(y + py * ry)}`).join(' ');
    return `<polygon points="${points}" ${paint} stroke-linejoin="round"/>`;
  }
  if (shape === 'round-rectangle' || shape === 'barrel') {
    const corner = shape === 'barrel' ? Math.min(rx, ry) * 0.5 : Math.min(w, hgt) * 0.22;
    return `<rect x="${round(x - rx)}" y="${round(y - ry)}" width="${round(w)}" height="${round(hgt)}" rx="${round(corner)}" ${paint}/>`;
  }
  return `<ellipse cx="${round(x)}" cy="${round(y)}" rx="${round(rx)}" ry="${round(ry)}" ${paint}/>`;
}

function round(value) {
  return Math.round(value * 10) / 10;
}

/** A small inline SVG of an entity kind's shape and colour. */
export function shapeIcon(kind, size = 14) {
  const span = h('span', { class: 'shape', 'aria-hidden': 'true' });
  span.innerHTML = `<svg width="${size}" height="${size}" viewBox="0 0 ${size} ${size}">`
    + shapeMarkup(kind.shape, size / 2, size / 2, size - 3, size - 3, kind.colour, '#fff', 1) + '</svg>';
  return span;
}

/** The legend: entity kinds and relation kinds on screen (all when the screen is empty), and the width scale. */
export function renderLegend(container, onScreen, widthMode) {
  const all = !onScreen.entities.size;
  const entities = entityKinds().filter((k) => all || onScreen.entities.has(k.kind));
  const relations = relationKinds().filter((k) => all || onScreen.relations.has(k.kind));
  const tentative = claimStatuses().filter((s) => s.status !== SOLID_STATUS).map((s) => s.label.toLowerCase());
  const widths = {
    amount: 'Width: amount in USD (thicker = larger)',
    share: 'Width: share of the funding or supply',
    none: 'Width: uniform',
  };
  const item = (kind, ...children) => h('span', { class: 'item', dataset: kind ? { kind } : null }, ...children);
  fill(container,
    h('span', { class: 'group' }, h('span', { class: 'group-label' }, 'Entities'),
      entities.map((k) => item(k.kind, shapeIcon(k), k.label))),
    relations.length ? h('span', { class: 'group' }, h('span', { class: 'group-label' }, 'Relations'),
      relations.map((k) => item(k.kind, h('span', { class: 'line', style: { background: k.colour } }), k.label))) : null,
    h('span', { class: 'group' }, h('span', { class: 'group-label' }, 'Claims'),
      item(null, h('span', { class: 'line', style: { background: '#555' } }), SOLID_STATUS.toLowerCase()),
      item(null, h('span', { class: 'line', style: { background: 'repeating-linear-gradient(90deg,#555 0 5px,transparent 5px 8px)' } }),
        `${tentative.join(', ')} (lighter)`),
      h('span', { class: 'widths' }, widths[widthMode] || widths.amount)));
}
