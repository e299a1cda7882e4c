// An accessible search box (WAI-ARIA combobox with a listbox popup) over the API's full-text search: arrow keys
// move, Enter picks, Escape closes. Used by the main search and by the entity pickers of paths and exposure.

import { h, fill } from './dom.js';
import { entityKind } from './vocabulary.js';
import { search, ServerUnreachableError } from './api.js';
import { shapeIcon } from './legend.js';

let counter = 0;

export class EntityCombobox {
  /**
   * @param input the <input role=combobox>
   * @param list the <ul role=listbox>
   * @param onPick called with ({ id, name, kind }, event) when an entity is chosen
   */
  constructor(input, list, onPick) {
    this.input = input;
    this.list = list;
    this.onPick = onPick;
    this.hits = [];
    this.active = -1;
    this.chosen = null;
    this.request = null;
    this.timer = null;
    this.prefix = `cb${++counter}`;
    input.addEventListener('input', () => this.onInput());
    input.addEventListener('keydown', (event) => this.onKey(event));
    input.addEventListener('blur', () => setTimeout(() => this.close(), 150));
    input.addEventListener('focus', () => { if (this.hits.length && input.value.trim()) this.open(); });
  }

  /** Shows an entity as chosen (e.g. from a permalink) without searching. */
  set(entity) {
    this.chosen = entity;
    this.input.value = entity ? entity.name : '';
    this.input.classList.toggle('chosen', Boolean(entity));
    this.input.dataset.entityId = entity ? entity.id : '';
  }

  value() {
    return this.chosen;
  }

  onInput() {
    this.chosen = null;
    this.input.classList.remove('chosen');
    this.input.dataset.entityId = '';
    clearTimeout(this.timer);
    const text = this.input.value.trim();
    if (!text) {
      this.hits = [];
      this.close();
      return;
    }
    this.timer = setTimeout(() => this.search(text), 200);
  }

  async search(text) {
    if (this.request) this.request.abort();
    const request = new AbortController();
    this.request = request;
    try {
      const hits = await search(text.slice(0, 200), request.signal);
      if (request.signal.aborted || this.input.value.trim() !== text) return;
      this.hits = hits.map((hit) => hit.entity);
      this.render(this.hits.length ? null : `No entity matches “${text}”`);
    } catch (error) {
      if (error.name === 'AbortError') return;
      this.hits = [];
      this.render(error instanceof ServerUnreachableError ? error.message : `Search failed: ${error.message}`);
    }
  }

  render(message) {
    this.active = this.hits.length ? 0 : -1;
    const items = this.hits.map((entity, index) => {
      const kind = entityKind(entity.kind);
      const aliases = (entity.aliases || []).filter((a) => a !== entity.name).slice(0, 4).join(' · ');
      return h('li', {
        id: `${this.prefix}-${index}`, role: 'option', 'aria-selected': String(index === this.active),
        dataset: { entityId: entity.id },
        onmousedown: (event) => { event.preventDefault(); this.pick(index, event); },
      }, shapeIcon(kind, 16), h('span', { class: 'hit-text' },
        h('span', { class: 'hit-name' }, entity.name),
        h('span', { class: 'hit-aliases' }, [kind.label, aliases].filter(Boolean).join(' · '))));
    });
    if (message) items.push(h('li', { class: 'empty', role: 'option', 'aria-disabled': 'true' }, message));
    fill(this.list, items);
    this.open();
    this.updateActive();
  }

  onKey(event) {
    const open = !this.list.hidden;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!open && this.hits.length) this.open();
      if (!this.hits.length) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      this.active = (this.active + step + this.hits.length) % this.hits.length;
      this.updateActive();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (open && this.active >= 0) {
        this.pick(this.active, event);
      } else if (this.input.value.trim()) {
        clearTimeout(this.timer);
        this.search(this.input.value.trim()).then(() => { if (this.hits.length) this.pick(0, event); });
      }
    } else if (event.key === 'Escape') {
      if (open) {
        event.preventDefault();
        event.stopPropagation();
        this.close();
      }
    }
  }

  updateActive() {
    [...this.list.children].forEach((li, index) => li.setAttribute('aria-selected', String(index === this.active)));
    if (this.active >= 0) {
      this.input.setAttribute('aria-activedescendant', `${this.prefix}-${this.active}`);
      this.list.children[this.active]?.scrollIntoView({ block: 'nearest' });
    } else {
      this.input.removeAttribute('aria-activedescendant');
    }
  }

  pick(index, event) {
    const entity = this.hits[index];
    if (!entity) return;
    this.close();
    this.onPick(entity, event);
  }

  open() {
    this.list.hidden = false;
    this.input.setAttribute('aria-expanded', 'true');
  }

  close() {
    this.list.hidden = true;
    this.input.setAttribute('aria-expanded', 'false');
    this.input.removeAttribute('aria-activedescendant');
  }
}
