// The filter controls: relation kinds, entity kinds, status, minimum confidence and the as-of date (a date field and
// a slider that redraws as it moves). All ticked means "no filter", exactly as the API reads an absent list. The
// boxes are the server's kinds and statuses (vocabulary.js), built once it has answered.

import { h, $ } from './dom.js';
import { entityKinds, relationKinds, claimStatuses } from './vocabulary.js';
import { shapeIcon } from './legend.js';

const SLIDER_START = Date.UTC(2024, 0, 1);
const DAY = 86400000;
const SLIDER_DAYS = Math.round((Date.UTC(2030, 11, 31) - SLIDER_START) / DAY);

function dayToDate(day) {
  return new Date(SLIDER_START + day * DAY).toISOString().slice(0, 10);
}

function dateToDay(date) {
  const day = Math.round((Date.parse(date) - SLIDER_START) / DAY);
  return Math.max(0, Math.min(SLIDER_DAYS, day));
}

export class FilterControls {
  constructor(onChange) {
    this.onChange = onChange;
    this.timer = null;
    this.groups = {
      status: this.checks('#filter-status', 'status', claimStatuses().map((s) => ({ value: s.status, label: s.label, title: s.hint }))),
      kinds: this.checks('#filter-relation-kinds', 'kinds', relationKinds().map((k) => ({
        value: k.kind, label: k.label, title: k.description, icon: h('span', { class: 'swatch', style: { background: k.colour } }),
      }))),
      entityKinds: this.checks('#filter-entity-kinds', 'entityKinds', entityKinds().map((k) => ({
        value: k.kind, label: k.label, title: k.description, icon: shapeIcon(k),
      }))),
    };
    this.asOfOn = $('#asof-on');
    this.asOfDate = $('#asof-date');
    this.asOfSlider = $('#asof-slider');
    this.asOfSlider.max = String(SLIDER_DAYS);
    this.confidence = $('#min-confidence');
    this.confidenceValue = $('#min-confidence-value');
    this.asOfOn.addEventListener('change', () => { this.syncAsOfEnabled(); this.changed(0); });
    this.asOfDate.addEventListener('change', () => {
      if (this.asOfDate.value) this.asOfSlider.value = String(dateToDay(this.asOfDate.value));
      this.changed(0);
    });
    this.asOfSlider.addEventListener('input', () => {
      this.asOfDate.value = dayToDate(Number(this.asOfSlider.value));
      this.asOfSlider.setAttribute('aria-valuetext', this.asOfDate.value);
      this.changed(350);
    });
    this.confidence.addEventListener('input', () => { this.showConfidence(); this.changed(300); });
    $('#reset-filters').addEventListener('click', () => {
      this.set({ kinds: [], entityKinds: [], status: [], minConfidence: 0, asOf: null });
      this.changed(0);
    });
  }

  checks(selector, name, options) {
    const fieldset = $(selector);
    const boxes = options.map((option) => {
      const id = `f-${name}-${option.value}`;
      const box = h('input', { type: 'checkbox', id, value: option.value, checked: true });
      box.addEventListener('change', () => this.changed(0));
      fieldset.appendChild(h('label', { for: id, title: option.title || null }, box, option.icon || null, option.label));
      return box;
    });
    const all = h('div', { class: 'all' },
      h('button', { type: 'button', class: 'linkish', onclick: () => { boxes.forEach((b) => { b.checked = true; }); this.changed(0); } }, 'all'),
      h('button', { type: 'button', class: 'linkish', onclick: () => { boxes.forEach((b) => { b.checked = false; }); this.changed(0); } }, 'none'),
      h('span', { class: 'hint', hidden: true, role: 'alert' }, 'Tick at least one.'));
    fieldset.insertBefore(all, fieldset.children[1]);
    return { boxes, warning: all.lastChild };
  }

  syncAsOfEnabled() {
    const on = this.asOfOn.checked;
    this.asOfDate.disabled = !on;
    this.asOfSlider.disabled = !on;
  }

  showConfidence() {
    const value = Number(this.confidence.value);
    this.confidenceValue.textContent = value > 0 ? `≥ ${value.toFixed(2)}` : 'any';
  }

  changed(delay) {
    clearTimeout(this.timer);
    const filters = this.read();
    if (!filters) return;
    this.timer = setTimeout(() => this.onChange(filters), delay);
  }

  /** The filters as the controls show them, or null while a group has nothing ticked. */
  read() {
    const filters = { minConfidence: Number(this.confidence.value), asOf: this.asOfOn.checked ? this.asOfDate.value || null : null };
    let valid = true;
    for (const [name, group] of Object.entries(this.groups)) {
      const ticked = group.boxes.filter((b) => b.checked).map((b) => b.value);
      group.warning.hidden = ticked.length > 0;
      if (!ticked.length) valid = false;
      filters[name] = ticked.length === group.boxes.length ? [] : ticked;
    }
    return valid ? filters : null;
  }

  set(filters) {
    for (const [name, group] of Object.entries(this.groups)) {
      const wanted = new Set(filters[name]);
      group.boxes.forEach((b) => { b.checked = !wanted.size || wanted.has(b.value); });
      group.warning.hidden = true;
    }
    this.confidence.value = String(filters.minConfidence || 0);
    this.showConfidence();
    this.asOfOn.checked = Boolean(filters.asOf);
    if (filters.asOf) {
      this.asOfDate.value = filters.asOf;
      this.asOfSlider.value = String(dateToDay(filters.asOf));
    } else {
      this.asOfSlider.value = String(dateToDay(this.asOfDate.value || '2026-01-01'));
    }
    this.asOfSlider.setAttribute('aria-valuetext', this.asOfDate.value);
    this.syncAsOfEnabled();
  }
}
