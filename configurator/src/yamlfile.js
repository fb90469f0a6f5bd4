// Reading and writing school_config.yml with the `yaml` package's Document API.
//
// Reading follows the Python loader (src/schoolprotocol/config/yamlsource.py):
// plain values stay the text the user typed and the schema decides the type,
// so `versie: 1.0` stays "1.0" and `instemming_mr: ja` becomes true.
// Writing changes only the values that differ from what was loaded, inside
// the loaded document, so comments, key order and quoting of untouched lines
// stay exactly as they were.
import { Document, Pair, Scalar, YAMLMap, YAMLSeq, isMap, isScalar, isSeq, parseDocument } from 'yaml';

const NULLS = new Set(['', '~', 'null', 'Null', 'NULL']);
const TRUE = new Set(['ja', 'true', 'yes', 'y', 'on', '1', 't']);
const FALSE = new Set(['nee', 'false', 'no', 'n', 'off', '0', 'f']);

export const STRINGIFY = { lineWidth: 0, flowCollectionPadding: false, indentSeq: true };

export class LoadError extends Error {}

/** Parse `text`; return the document and its data typed by `schema`. */
export function readConfig(text, schema) {
  const doc = parseDocument(text.replace(/^\uFEFF/, ''), { keepSourceTokens: true, uniqueKeys: true });
  if (doc.errors.length) {
    const err = doc.errors[0];
    const line = err.linePos && err.linePos[0] ? err.linePos[0].line : null;
    const what = err.code === 'DUPLICATE_KEY' ? 'Een veld staat twee keer in dezelfde groep'
      : err.code === 'TAB_AS_INDENT' ? 'Er wordt ingesprongen met een tab; YAML staat alleen spaties toe'
        : 'De YAML-opmaak klopt niet';
    throw new LoadError(`${what}${line ? ` (regel ${line})` : ''}. Controleer het bestand met 'schoolprotocol check'.`);
  }
  const data = toData(doc.contents, schema);
  if (data === undefined || typeof data !== 'object' || Array.isArray(data)) {
    throw new LoadError('Bovenaan hoort een groep velden te staan (school:, personen:, ...), geen lijst of losse tekst.');
  }
  return { doc, data };
}

function toData(node, schema = {}) {
  if (node == null) return undefined;
  if (isMap(node)) {
    const out = {};
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
      const value = toData(pair.value, (schema.properties || {})[key]);
      if (value !== undefined) out[key] = value;
    }
    return out;
  }
  if (isSeq(node)) return node.items.map((item) => toData(item, schema.items)).filter((v) => v !== undefined);
  if (isScalar(node)) {
    const plain = node.type === 'PLAIN';
    const text = plain ? (node.srcToken && node.srcToken.source) ?? '' : node.value;
    if (plain && NULLS.has(text)) return undefined;
    return typed(String(text), schema);
  }
  return undefined;
}

function typed(text, schema) {
  if (schema.type === 'boolean') {
    const word = text.trim().toLowerCase();
    if (TRUE.has(word)) return true;
    if (FALSE.has(word)) return false;
  }
  if ((schema.type === 'integer' || schema.type === 'number') && text.trim() !== '' && !Number.isNaN(Number(text))) {
    return Number(text);
  }
  return text;
}

/** `value` as it goes into the file: booleans in the words the example uses. */
function fileValue(value) {
  if (value === true) return 'ja';
  if (value === false) return 'nee';
  return value;
}

function same(a, b) {
  return JSON.stringify(a) === JSON.stringify(b);
}

function isObject(value) {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** A comment for a key the file did not have yet: the field's title and help text. */
function commentFor(schema) {
  if (!schema) return undefined;
  const text = [schema.title, schema.description].filter(Boolean).join(': ');
  return text ? wrap(text, 96).map((line) => ` ${line}`).join('\n') : undefined;
}

function wrap(text, width) {
  const lines = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + word.length + 1 > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

function newNode(doc, value, schema = {}) {
  if (isObject(value)) {
    const map = new YAMLMap();
    for (const key of orderedKeys(value, schema)) {
      map.items.push(newPair(doc, key, value[key], (schema.properties || {})[key], false));
    }
    return map;
  }
  if (Array.isArray(value)) {
    const seq = new YAMLSeq();
    for (const item of value) seq.items.push(newNode(doc, item, schema.items));
    return seq;
  }
  return doc.createNode(fileValue(value));
}

function newPair(doc, key, value, schema, spaced) {
  const keyNode = new Scalar(key);
  const comment = commentFor(schema);
  if (comment) keyNode.commentBefore = comment;
  if (spaced) keyNode.spaceBefore = true;
  return new Pair(keyNode, newNode(doc, value, schema));
}

/** Keys of `value` in the order of the schema, unknown keys last. */
function orderedKeys(value, schema) {
  const known = Object.keys(schema.properties || {});
  return [...known.filter((k) => k in value), ...Object.keys(value).filter((k) => !known.includes(k))];
}

function keyOf(pair) {
  return isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
}

/** Change `map` (a YAMLMap) from `before` to `after`, touching only what differs. */
function patchMap(doc, map, before, after, schema, top) {
  const known = Object.keys(schema.properties || {});
  for (const pair of [...map.items]) {
    const key = keyOf(pair);
    if (!(key in after) && key in before) map.items.splice(map.items.indexOf(pair), 1);
  }
  for (const key of orderedKeys(after, schema)) {
    const sub = (schema.properties || {})[key];
    const pair = map.items.find((p) => keyOf(p) === key);
    if (!pair) {
      // Insert before the first later key of the schema that the file has, so the order follows the schema.
      const later = known.slice(known.indexOf(key) + 1);
      const next = map.items.findIndex((p) => later.includes(keyOf(p)));
      const created = newPair(doc, key, after[key], sub, top);
      if (next < 0) map.items.push(created);
      else map.items.splice(next, 0, created);
      continue;
    }
    pair.value = patchNode(doc, pair.value, before[key], after[key], sub);
  }
}

/** The node for `after`: the old node changed in place where possible. */
function patchNode(doc, node, before, after, schema = {}) {
  if (same(before, after) && node != null) return node;
  if (isObject(after) && isMap(node) && isObject(before)) {
    patchMap(doc, node, before, after, schema, false);
    return node;
  }
  if (Array.isArray(after) && isSeq(node) && Array.isArray(before)) {
    const common = Math.min(before.length, after.length, node.items.length);
    for (let i = 0; i < common; i += 1) node.items[i] = patchNode(doc, node.items[i], before[i], after[i], schema.items);
    node.items.splice(after.length);
    for (let i = node.items.length; i < after.length; i += 1) node.items.push(newNode(doc, after[i], schema.items));
    return node;
  }
  if (isScalar(node) && !isObject(after) && !Array.isArray(after)) {
    node.value = fileValue(after); // keeps the node's comment and, where possible, its quotes
    return node;
  }
  const created = newNode(doc, after, schema);
  if (node && node.comment) created.comment = node.comment;
  return created;
}

/** The text of the file: `doc` changed from `before` to `after` (both cleaned data). */
export function writeConfig(doc, before, after, schema) {
  let target = doc;
  if (!target || !isMap(target.contents)) {
    target = new Document(new YAMLMap());
    target.commentBefore = HEADER;
    before = {};
  }
  patchMap(target, target.contents, before, after, schema, true);
  return target.toString(STRINGIFY);
}

const HEADER = [
  ' yaml-language-server: $schema=schema/school_config.schema.json',
  '',
  " Configuratie van het protocol 'Online verspreiding van ongewenste beelden'.",
  ' Gemaakt met de configurator. Controleer het bestand met:  schoolprotocol check',
  ' Bouw de site en de PDF\'s met:                            schoolprotocol build',
  ' Het logo is een eigen bestand: zet het naast dit bestand, op de plek die bij school.logo staat.',
].join('\n');
