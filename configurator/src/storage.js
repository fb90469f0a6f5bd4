// The work in progress, kept in this browser's own storage (localStorage) so that a
// reload or a closed tab loses nothing. It never leaves the computer: the page makes no
// requests. "Gegevens in deze browser wissen" removes it.

export const KEY = 'schoolprotocol-configurator';
const VERSION = 1;

function store() {
  try {
    return window.localStorage;
  } catch (err) {
    return null; // storage switched off (some private modes): the form still works, it only forgets
  }
}

/** The kept work: {data, stap, bestand: {naam, tekst} | null}, or null. */
export function loadWork() {
  const s = store();
  if (!s) return null;
  try {
    const kept = JSON.parse(s.getItem(KEY) || 'null');
    return kept && kept.versie === VERSION && kept.data && typeof kept.data === 'object' ? kept : null;
  } catch (err) {
    return null;
  }
}

/** Keep `work`; false when the browser refuses (full, or switched off). */
export function saveWork(work) {
  const s = store();
  if (!s) return false;
  try {
    s.setItem(KEY, JSON.stringify({ versie: VERSION, ...work }));
    return true;
  } catch (err) {
    return false;
  }
}

/** The chosen logo, kept apart from the work so that typing does not copy it every time. */
export function loadLogo() {
  const s = store();
  if (!s) return null;
  try {
    const logo = JSON.parse(s.getItem(`${KEY}-logo`) || 'null');
    return logo && typeof logo.base64 === 'string' ? logo : null;
  } catch (err) {
    return null;
  }
}

export function saveLogo(logo) {
  const s = store();
  if (!s) return false;
  try {
    if (logo) s.setItem(`${KEY}-logo`, JSON.stringify(logo));
    else s.removeItem(`${KEY}-logo`);
    return true;
  } catch (err) {
    return false;
  }
}

export function eraseWork() {
  const s = store();
  if (s) {
    try {
      s.removeItem(KEY);
      s.removeItem(`${KEY}-logo`);
    } catch (err) { /* nothing kept */ }
  }
}

export function toBase64(bytes) {
  let text = '';
  for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(text);
}

export function fromBase64(text) {
  const raw = atob(text);
  const bytes = new Uint8Array(raw.length);
  for (let i = 0; i < raw.length; i += 1) bytes[i] = raw.charCodeAt(i);
  return bytes;
}
