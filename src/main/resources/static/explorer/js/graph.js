// The drawing: one Cytoscape instance on the WebGL renderer (canvas fallback), its style by kind and weight, the
// layouts, merging of new elements, and highlighting of paths and chains.

import cytoscape from '/webjars/cytoscape/dist/cytoscape.esm.min.mjs';
import { entityKind, relationKind } from './vocabulary.js';
import { SOLID_STATUS } from './kinds.js';
import { usd, percent } from './format.js';

export const LAYOUTS = {
  cose: { label: 'Force-directed' },
  concentric: { label: 'Concentric' },
  breadthfirst: { label: 'Tree' },
  circle: { label: 'Circle' },
  grid: { label: 'Grid' },
};

/** Renderers that emulate WebGL in software (no usable graphics processor). */
const SOFTWARE_WEBGL = /SwiftShader|llvmpipe|softpipe|Software Rasterizer|Microsoft Basic Render/i;

/**
 * Whether this browser can run Cytoscape's WebGL renderer (WebGL 2) on a graphics processor. A WebGL that the
 * browser emulates in software (SwiftShader, llvmpipe: a machine or virtual desktop without a usable GPU, or a
 * headless browser) is refused here: there the canvas renderer draws the same graph many times faster (measured in
 * headless Chromium on SwiftShader: 2.8 s of WebGL texture uploads for 26 nodes, against 50 ms on the canvas).
 * Browsers flag some software renderers as a "major performance caveat"; Chromium does not always, so the renderer's
 * name is checked too. `evenInSoftware` (a permalink's renderer=webgl) takes any WebGL 2.
 */
function webglAvailable(evenInSoftware) {
  try {
    const canvas = document.createElement('canvas');
    const gl = canvas.getContext('webgl2', { failIfMajorPerformanceCaveat: !evenInSoftware });
    if (!gl) return false;
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const name = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
    // the probe's context is released at once: browsers allow only a few live WebGL contexts per page
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return evenInSoftware || !SOFTWARE_WEBGL.test(name);
  } catch (e) {
    return false;
  }
}

const STYLE = [
  {
    selector: 'node',
    style: {
      'background-color': 'data(colour)',
      shape: 'data(shape)',
      width: 'data(size)',
      height: 'data(size)',
      label: 'data(label)',
      'font-size': 12,
      'font-family': 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans CJK SC", sans-serif',
      color: '#1c2633',
      'text-valign': 'bottom',
      'text-margin-y': 4,
      'text-wrap': 'ellipsis',
      'text-max-width': 160,
      'text-outline-color': '#f6f7f9',
      'text-outline-width': 2,
      'border-width': 1.5,
      'border-color': '#ffffff',
      'min-zoomed-font-size': 7,
    },
  },
  { selector: 'node.focus', style: { 'border-width': 3.5, 'border-color': '#13294b', 'font-weight': 700, 'font-size': 14 } },
  { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#f5b400', 'overlay-opacity': 0 } },
  {
    selector: 'edge',
    style: {
      width: 'data(width)',
      'line-color': 'data(colour)',
      'target-arrow-color': 'data(colour)',
      'target-arrow-shape': 'triangle',
      'arrow-scale': 0.9,
      'curve-style': 'bezier',
      opacity: 0.8,
      'font-size': 9.5,
      color: '#2b3544',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.85,
      'text-background-padding': 2,
      'text-rotation': 'autorotate',
    },
  },
  // Dashes for the canvas renderer; the WebGL renderer draws no dashes, so tentative claims are also lighter.
  { selector: 'edge.tentative', style: { 'line-style': 'dashed', 'line-dash-pattern': [6, 4], opacity: 0.55 } },
  { selector: 'edge.labelled, edge:selected', style: { label: 'data(caption)' } },
  { selector: 'edge:selected', style: { opacity: 1, width: 'data(highlightWidth)', 'line-color': '#f5b400', 'target-arrow-color': '#f5b400', 'z-index': 20 } },
  { selector: 'edge.faded', style: { opacity: 0.12, 'text-opacity': 0.25 } },
  // The WebGL renderer draws simple node shapes with background-opacity only, so both are set.
  { selector: 'node.faded', style: { opacity: 0.35, 'background-opacity': 0.35, 'border-opacity': 0.35, 'text-opacity': 0.25 } },
  { selector: 'edge.highlighted', style: { opacity: 1, 'z-index': 10, width: 'data(highlightWidth)' } },
  { selector: 'edge.critical', style: { 'line-color': '#c62828', 'target-arrow-color': '#c62828', 'line-style': 'solid', 'z-index': 15 } },
  { selector: 'node.whatif-out', style: { 'background-opacity': 0.2, 'border-style': 'dashed', 'border-width': 2.5, 'border-color': '#c62828' } },
  { selector: 'edge.whatif-out', style: { 'line-style': 'dotted', 'line-color': '#c62828', 'target-arrow-color': '#c62828', opacity: 0.5 } },
  { selector: 'node.highlighted', style: { 'border-width': 3.5, 'border-color': '#13294b', 'z-index': 10 } },
  { selector: 'node.endpoint', style: { 'border-color': '#f5b400', 'border-width': 4.5 } },
];

function edgeWidth(properties, mode) {
  if (mode === 'amount') {
    const amount = properties?.amountUsd;
    return amount > 0 ? Math.min(14, 1.5 + 2 * Math.log10(1 + amount / 1e8)) : 1.5;
  }
  if (mode === 'share') {
    const share = Math.max(properties?.shareOfSource ?? 0, properties?.shareOfTarget ?? 0);
    return share > 0 ? 1.5 + 10 * share : 1.5;
  }
  return 2;
}

function caption(edge) {
  const p = edge.properties || {};
  const figures = [usd(p.amountUsd), percent(p.shareOfTarget ?? p.shareOfSource)].filter(Boolean);
  return [relationKind(edge.kind).label, ...figures].join(' · ');
}

function nodeElement(node, focus) {
  const kind = entityKind(node.kind);
  return {
    group: 'nodes',
    data: {
      id: node.id, label: node.label, kind: node.kind, properties: node.properties || null,
      colour: kind.colour, shape: kind.shape, size: focus ? 44 : 30,
    },
    classes: focus ? 'focus' : '',
  };
}

function edgeElement(edge, mode) {
  const width = edgeWidth(edge.properties, mode);
  const status = edge.properties?.status;
  return {
    group: 'edges',
    data: {
      id: edge.id, source: edge.source, target: edge.target, kind: edge.kind, properties: edge.properties || null,
      colour: relationKind(edge.kind).colour, width, highlightWidth: width + 2.5, caption: caption(edge),
    },
    classes: status && status !== SOLID_STATUS ? 'tentative' : '',
  };
}

export class Graph {
  /**
   * @param renderer a permalink's renderer: 'auto' (WebGL 2 on a graphics processor, else the canvas), 'canvas' (never
   * WebGL, for a graphics driver that draws badly) or 'webgl' (WebGL 2 even where the browser emulates it in software)
   */
  constructor(container, handlers, renderer = 'auto') {
    this.handlers = handlers;
    this.widthMode = 'amount';
    this.focus = new Set();
    const options = { container, style: STYLE, elements: [], minZoom: 0.1, maxZoom: 4 };
    this.renderer = 'canvas';
    if (renderer !== 'canvas' && webglAvailable(renderer === 'webgl')) {
      try {
        this.cy = cytoscape({ ...options, renderer: { name: 'canvas', webgl: true, webglTexSize: 4096 } });
        this.renderer = 'webgl';
      } catch (error) {
        console.warn('WebGL renderer failed, using canvas', error);
      }
    }
    if (!this.cy) {
      this.cy = cytoscape(options);
    }
    this.bindEvents();
    // The container changes size with the legend and the window: keep Cytoscape's idea of it in step.
    new ResizeObserver(() => this.cy.resize()).observe(container);
  }

  bindEvents() {
    const cy = this.cy;
    cy.on('tap', 'node', (event) => this.handlers.onSelect({ type: 'node', id: event.target.id() }));
    cy.on('tap', 'edge', (event) => this.handlers.onSelect({ type: 'edge', id: event.target.id() }));
    cy.on('dbltap', 'node', (event) => this.handlers.onExpand(event.target.id(), null));
    cy.on('tap', (event) => {
      if (event.target === cy) this.handlers.onSelect(null);
    });
    cy.on('mouseover', 'node, edge', (event) => this.handlers.onHover(this.describe(event.target)));
    cy.on('mouseout', 'node, edge', () => this.handlers.onHover(null));
  }

  describe(element) {
    if (element.isNode()) {
      return `${element.data('label')} (${entityKind(element.data('kind')).label}, ${element.degree()} relations)`;
    }
    return `${element.source().data('label')} → ${element.target().data('label')}: ${element.data('caption')}`;
  }

  /** Replaces everything on screen. */
  replace(nodes, edges, focusIds) {
    this.focus = new Set(focusIds);
    this.cy.elements().remove();
    return this.merge(nodes, edges);
  }

  /** Adds nodes and edges not yet on screen; returns the ids of the added nodes. */
  merge(nodes, edges, near) {
    const cy = this.cy;
    const added = [];
    cy.batch(() => {
      for (const node of nodes) {
        const existing = cy.getElementById(node.id);
        if (existing.nonempty()) {
          if (node.properties && !existing.data('properties')) existing.data('properties', node.properties);
          continue;
        }
        const element = nodeElement(node, this.focus.has(node.id));
        if (near) {
          const anchor = cy.getElementById(near);
          if (anchor.nonempty()) {
            const p = anchor.position();
            element.position = { x: p.x + (Math.random() - 0.5) * 120, y: p.y + (Math.random() - 0.5) * 120 };
          }
        }
        cy.add(element);
        added.push(node.id);
      }
      for (const edge of edges) {
        if (cy.getElementById(edge.id).nonempty()) continue;
        if (cy.getElementById(edge.source).empty() || cy.getElementById(edge.target).empty()) continue;
        cy.add(edgeElement(edge, this.widthMode));
      }
    });
    return added;
  }

  remove(ids) {
    this.cy.remove(this.cy.collection(ids.map((id) => this.cy.getElementById(id))));
  }

  markFocus(ids) {
    this.focus = new Set(ids);
    this.cy.batch(() => this.cy.nodes().forEach((n) => {
      const focus = this.focus.has(n.id());
      n.toggleClass('focus', focus);
      n.data('size', focus ? 44 : 30);
    }));
  }

  setWidthMode(mode) {
    this.widthMode = mode;
    this.cy.batch(() => this.cy.edges().forEach((e) => {
      const width = edgeWidth(e.data('properties'), mode);
      e.data({ width, highlightWidth: width + 2.5 });
    }));
  }

  layout(name, options = {}) {
    const cy = this.cy;
    if (cy.elements().empty()) return;
    cy.resize();
    const roots = cy.nodes().filter((n) => this.focus.has(n.id()));
    const distances = this.distancesFromFocus(roots);
    const common = { animate: false, fit: options.fit !== false, padding: 40, nodeDimensionsIncludeLabels: true };
    const layouts = {
      cose: { name: 'cose', randomize: options.randomize !== false, idealEdgeLength: () => 60, nodeRepulsion: () => 5000,
        nodeOverlap: 12, gravity: 1.2, numIter: 1500, componentSpacing: 60 },
      concentric: { name: 'concentric', concentric: (n) => 10 - (distances.get(n.id()) ?? 9), levelWidth: () => 1,
        minNodeSpacing: 24 },
      breadthfirst: { name: 'breadthfirst', roots: roots.nonempty() ? roots : undefined, directed: false, spacingFactor: 1.1 },
      circle: { name: 'circle', spacingFactor: 1.1 },
      grid: { name: 'grid', avoidOverlapPadding: 24 },
    };
    cy.layout({ ...common, ...(layouts[name] || layouts.cose) }).run();
    if (common.fit) this.limitZoom();
  }

  /** A few nodes fitted to the window would be drawn huge: keep them at a readable size. */
  limitZoom() {
    if (this.cy.zoom() > 1.5) {
      this.cy.zoom(1.5);
      this.cy.center();
    }
  }

  distancesFromFocus(roots) {
    const distances = new Map();
    if (roots.empty()) return distances;
    this.cy.elements().bfs({
      roots,
      visit: (v, e, u, i, depth) => { distances.set(v.id(), depth); },
      directed: false,
    });
    return distances;
  }

  /**
   * Fades everything but the given elements (a path, a chain); null clears. `selection.critical` names the relations
   * drawn as critical (red): those the highlighted path's place in the answer rests on.
   */
  highlight(selection) {
    const cy = this.cy;
    cy.batch(() => {
      cy.elements().removeClass('faded highlighted endpoint labelled critical');
      if (!selection) return;
      for (const id of selection.critical || []) cy.getElementById(id).addClass('critical');
      const nodes = new Set(selection.nodes);
      const edges = new Set(selection.edges);
      cy.elements().forEach((element) => {
        const on = element.isNode() ? nodes.has(element.id()) : edges.has(element.id());
        element.addClass(on ? 'highlighted' : 'faded');
        if (on && element.isEdge()) element.addClass('labelled');
      });
      for (const id of selection.endpoints || []) cy.getElementById(id).addClass('endpoint');
    });
  }

  /** Marks the entities and relations a what-if leaves out (drawn dashed and pale); they stay on screen. */
  markLeftOut(ids) {
    const cy = this.cy;
    cy.batch(() => {
      cy.elements().removeClass('whatif-out');
      for (const id of ids) cy.getElementById(id).addClass('whatif-out');
    });
  }

  select(id) {
    const cy = this.cy;
    cy.elements(':selected').unselect();
    if (!id) return null;
    const element = cy.getElementById(id);
    if (element.empty()) return null;
    element.select();
    return element;
  }

  center(id) {
    const element = this.cy.getElementById(id);
    if (element.nonempty()) this.cy.animate({ center: { eles: element }, duration: 250 });
  }

  fit(ids) {
    const eles = ids ? this.cy.collection(ids.map((id) => this.cy.getElementById(id))) : this.cy.elements();
    this.cy.fit(eles.nonempty() ? eles : undefined, 40);
    this.limitZoom();
  }

  nodes() {
    return this.cy.nodes().map((n) => ({ id: n.id(), label: n.data('label'), kind: n.data('kind'), degree: n.degree() }));
  }

  nodeIds() {
    return this.cy.nodes().map((n) => n.id());
  }

  edgeCount() {
    return this.cy.edges().length;
  }

  node(id) {
    const n = this.cy.getElementById(id);
    return n.nonempty() && n.isNode() ? n : null;
  }

  edge(id) {
    const e = this.cy.getElementById(id);
    return e.nonempty() && e.isEdge() ? e : null;
  }

  kindsOnScreen() {
    return {
      entities: new Set(this.cy.nodes().map((n) => n.data('kind'))),
      relations: new Set(this.cy.edges().map((e) => e.data('kind'))),
    };
  }
}
