// Numbers, dates and figures as an analyst reads them. Unknown stays visibly unknown: never a guessed 0.

export function usd(amount) {
  if (amount === null || amount === undefined) {
    return null;
  }
  const abs = Math.abs(amount);
  if (abs >= 1e12) return `$${trim(amount / 1e12)} tn`;
  if (abs >= 1e9) return `$${trim(amount / 1e9)} bn`;
  if (abs >= 1e6) return `$${trim(amount / 1e6)} m`;
  if (abs >= 1e3) return `$${trim(amount / 1e3)} k`;
  return `$${trim(amount)}`;
}

function trim(value) {
  return Number(value.toPrecision(4)).toLocaleString('en-US', { maximumFractionDigits: 2 });
}

export function percent(share) {
  if (share === null || share === undefined) {
    return null;
  }
  const value = share * 100;
  const digits = value !== 0 && Math.abs(value) < 1 ? 2 : value < 10 ? 1 : 0;
  return `${value.toFixed(digits).replace(/\.0+$/, '')}%`;
}

export function fraction(value, digits = 2) {
  return value === null || value === undefined ? null : Number(value).toFixed(digits);
}

export function strength(value) {
  if (value === null || value === undefined) return null;
  return value >= 0.001 ? value.toFixed(3) : value.toExponential(2);
}

export function titleCase(enumName) {
  return String(enumName).charAt(0) + String(enumName).slice(1).toLowerCase().replace(/_/g, ' ');
}

export function today() {
  return new Date().toISOString().slice(0, 10);
}

/** A file name part made of the ids: `company-softbank--company-vertiv`. */
export function slug(...parts) {
  return parts.filter(Boolean).join('--').replace(/[^A-Za-z0-9-]+/g, '-').replace(/-{3,}/g, '--').slice(0, 80);
}

/** Whether a text is mostly CJK, to mark quotes with lang="zh" (screen readers, fonts). */
export function languageOf(text) {
  return /[\u3400-\u9fff]/.test(text || '') ? 'zh' : 'en';
}
