// What a school leader types the everyday way, written the way the file needs it:
// a Dutch date (12-3-2026) becomes 2026-03-12, a web address without https:// gets it.
// Only values that are clearly meant that way change; anything else stays as typed,
// and the check then says what is wrong with it.

const DUTCH_DATE = /^(\d{1,2})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{4})$/;
const SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:/;
// a host name with at least one dot and a known-looking ending, then optionally a path
const BARE_HOST = /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.)+[A-Za-z]{2,}(?::\d{1,5})?(?:[/?#]\S*)?$/;

/** 12-3-2026, 12-03-2026, 12/3/2026 or 12.3.2026 as 2026-03-12; anything else unchanged. */
export function isoDate(text) {
  const match = DUTCH_DATE.exec(text.trim());
  if (!match) return text;
  const [, day, month, year] = match;
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

/** www.school.nl/pest.pdf as https://www.school.nl/pest.pdf; an address with a scheme, or an e-mail address, unchanged. */
export function webAddress(text) {
  const value = text.trim();
  if (!value || SCHEME.test(value) || value.includes('@') || value.includes(' ')) return text;
  return BARE_HOST.test(value) ? `https://${value}` : text;
}

/** The value as the file needs it, for a field with this schema; the same value if nothing changes. */
export function normaliseValue(value, schema = {}) {
  if (typeof value !== 'string') return value;
  if (schema.format === 'date') return isoDate(value);
  if (schema['x-invoer'] === 'url') return webAddress(value);
  return value;
}

/** A short Dutch note that says what changed, for under the field. */
export function changeNote(before, after, schema = {}) {
  if (before === after) return null;
  if (schema.format === 'date') return `Omgezet naar ${after}: zo staat een datum in het bestand.`;
  return `https:// is ervoor gezet: ${after}`;
}

/** `data` with every date and web address normalised (follows the schema). */
export function normaliseAll(data, schema = {}) {
  if (Array.isArray(data)) return data.map((item) => normaliseAll(item, schema.items || {}));
  if (data !== null && typeof data === 'object') {
    const out = {};
    for (const [key, value] of Object.entries(data)) out[key] = normaliseAll(value, (schema.properties || {})[key] || {});
    return out;
  }
  return normaliseValue(data, schema);
}
