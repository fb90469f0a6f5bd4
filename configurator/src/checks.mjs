// The part of the form's schema that checks values: without titles, help texts and messages.
// build.mjs compiles the checks from exactly this (the compiled code embeds what it was given,
// so leaving the texts out keeps the script small), and validate.js checks against the same.

const TEXT_ONLY = new Set(['title', 'description', 'examples', 'default', 'x-meldingen', 'x-standaard', 'x-invoer',
  'x-formaat', 'x-opmaak']);

export function checksOnly(node) {
  if (Array.isArray(node)) return node.map(checksOnly);
  if (node === null || typeof node !== 'object') return node;
  const out = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'properties') {
      out[key] = Object.fromEntries(Object.entries(value).map(([name, prop]) => [name, checksOnly(prop)]));
    } else if (!TEXT_ONLY.has(key)) {
      out[key] = checksOnly(value);
    }
  }
  return out;
}
