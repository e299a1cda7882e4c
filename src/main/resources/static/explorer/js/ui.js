// Page furniture: tabs, the banner, the loading indicator, the status bar and the keyboard list of the entities on
// screen.

import { h, fill, $, $$ } from './dom.js';
import { entityKind } from './vocabulary.js';
import { shapeIcon } from './legend.js';

export function setupTabs(onSwitch) {
  const tabs = $$('[role=tab]');
  const activate = (tab, focus) => {
    for (const other of tabs) {
      const on = other === tab;
      other.setAttribute('aria-selected', String(on));
      other.tabIndex = on ? 0 : -1;
      $(`#${other.getAttribute('aria-controls')}`).hidden = !on;
    }
    if (focus) tab.focus();
    onSwitch(tab.id.replace('tab-', ''));
  };
  tabs.forEach((tab, index) => {
    tab.addEventListener('click', () => activate(tab, false));
    tab.addEventListener('keydown', (event) => {
      const step = { ArrowRight: 1, ArrowLeft: -1 }[event.key];
      if (step) {
        event.preventDefault();
        activate(tabs[(index + step + tabs.length) % tabs.length], true);
      } else if (event.key === 'Home' || event.key === 'End') {
        event.preventDefault();
        activate(tabs[event.key === 'Home' ? 0 : tabs.length - 1], true);
      }
    });
  });
  return (name) => activate($(`#tab-${name}`), false);
}

/** The banner over the graph: kind is 'error', 'warn' or 'info'; an action is { label, run }. */
export function showBanner(kind, message, action) {
  const banner = $('#banner');
  fill(banner, h('span', { class: 'banner-text' }, message),
    action ? h('button', { type: 'button', class: 'button small', onclick: action.run }, action.label) : null,
    h('button', { type: 'button', class: 'button small', 'aria-label': 'Dismiss', onclick: hideBanner }, '×'));
  banner.className = `banner ${kind}`;
  banner.dataset.kind = kind;
  banner.hidden = false;
}

export function hideBanner() {
  $('#banner').hidden = true;
}

let loadingCount = 0;

export function loading(on, text) {
  loadingCount = Math.max(0, loadingCount + (on ? 1 : -1));
  $('#loading').hidden = loadingCount === 0;
  if (on && text) $('#loading-text').textContent = text;
  document.body.setAttribute('aria-busy', String(loadingCount > 0));
  document.body.dataset.loading = String(loadingCount > 0);
}

export function statusBar(parts) {
  const items = parts.filter(Boolean);
  fill($('#statusbar'), items.flatMap((part, index) => (index ? [h('span', { class: 'sep' }, '·'), h('span', null, part)] : [h('span', null, part)])));
}

/** The entities on screen as a listbox: arrows move, Enter selects, E expands, the text box filters. */
export class NodeList {
  constructor(handlers) {
    this.handlers = handlers;
    this.list = $('#node-list');
    this.filter = $('#list-filter');
    this.nodes = [];
    this.active = 0;
    this.filter.addEventListener('input', () => this.render());
    this.list.addEventListener('keydown', (event) => this.onKey(event));
  }

  update(nodes, selectedId) {
    this.nodes = [...nodes].sort((a, b) => a.label.localeCompare(b.label));
    this.selectedId = selectedId;
    this.render();
  }

  visible() {
    const text = this.filter.value.trim().toLowerCase();
    return text ? this.nodes.filter((n) => n.label.toLowerCase().includes(text) || n.id.includes(text)) : this.nodes;
  }

  render() {
    const nodes = this.visible();
    this.active = Math.min(this.active, Math.max(0, nodes.length - 1));
    fill(this.list, nodes.map((node, index) => h('li', {
      id: `node-option-${index}`, role: 'option', 'aria-selected': String(node.id === this.selectedId),
      class: index === this.active ? 'active' : '', dataset: { id: node.id },
      onclick: () => { this.active = index; this.handlers.onSelect(node.id); },
      ondblclick: () => this.handlers.onExpand(node.id),
    }, shapeIcon(entityKind(node.kind)), node.label, h('span', { class: 'degree' }, String(node.degree)))));
    if (nodes.length) this.list.setAttribute('aria-activedescendant', `node-option-${this.active}`);
    else this.list.removeAttribute('aria-activedescendant');
  }

  onKey(event) {
    const nodes = this.visible();
    if (!nodes.length) return;
    const moves = { ArrowDown: 1, ArrowUp: -1, PageDown: 10, PageUp: -10, Home: -Infinity, End: Infinity };
    if (moves[event.key]) {
      event.preventDefault();
      this.active = Math.max(0, Math.min(nodes.length - 1, this.active + moves[event.key]));
      this.render();
      this.list.children[this.active]?.scrollIntoView({ block: 'nearest' });
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.handlers.onSelect(nodes[this.active].id);
    } else if (event.key === 'e' || event.key === 'E') {
      event.preventDefault();
      this.handlers.onExpand(nodes[this.active].id);
    }
  }
}
