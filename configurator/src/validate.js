// One validation of the whole configuration, with the Dutch messages of the Python checks.
//
// The schema's patterns are the Python rules (src/schoolprotocol/config/types.py) and its
// `x-meldingen` the Python messages; the rules that span fields (`regels`) have the
// messages of the Python model validators. Errors come back per field path.
import { createPrecompiledValidator, customizeValidator } from '@rjsf/validator-ajv8';
import * as compiled from 'vooraf:controles'; // the schema checks, compiled by build.mjs from formulier.js
import { checksOnly } from './checks.mjs';

const validator = customizeValidator();

export { validator };

const checkers = new WeakMap();

/**
 * The checks for `schema`: the ones compiled ahead of time when it is the schema they were compiled
 * from (the staff site's Content-Security-Policy forbids compiling in the browser), otherwise ajv's own.
 */
function checkerFor(schema) {
  if (!checkers.has(schema)) {
    const checks = checksOnly(schema);
    let checker = validator;
    try {
      checker = createPrecompiledValidator(compiled, checks);
    } catch (err) {
      // a form generated after this script was built: compile in the browser (works where no CSP forbids it)
    }
    checkers.set(schema, { checker, checks });
  }
  return checkers.get(schema);
}

/**
 * `data` without empty strings, empty lists and empty optional groups: what goes into the file.
 * With `keepItems`, list items stay where they are (an empty one as "" or {}), so a problem
 * found in item 3 is reported at item 3 of the form.
 */
export function clean(value, schema = {}, required = true, keepItems = false) {
  if (typeof value === 'string') {
    const text = value.trim();
    return text === '' ? undefined : text;
  }
  if (Array.isArray(value)) {
    const items = value.map((item) => {
      const cleaned = clean(item, schema.items || {}, false, keepItems);
      if (cleaned !== undefined || !keepItems) return cleaned;
      return (schema.items || {}).type === 'object' ? {} : '';
    }).filter((v) => v !== undefined);
    return items.length ? items : undefined;
  }
  if (value !== null && typeof value === 'object') {
    const out = {};
    const props = schema.properties || {};
    const needed = new Set(schema.required || []);
    for (const [key, item] of Object.entries(value)) {
      const cleaned = clean(item, props[key] || {}, needed.has(key), keepItems);
      if (cleaned !== undefined) out[key] = cleaned;
    }
    return Object.keys(out).length || required ? out : undefined;
  }
  return value === null ? undefined : value;
}

function schemaAt(schema, path) {
  let node = schema;
  for (const part of path) {
    if (!node) return undefined;
    node = typeof part === 'number' ? node.items : (node.properties || {})[part];
  }
  return node;
}

function fill(template, values) {
  return template.replace(/\{(\w+)\}/g, (_, key) => values[key] ?? '');
}

function patternMessage(node, value) {
  for (const [expression, message] of node['x-meldingen'] || []) {
    if (!expression || new RegExp(expression).test(String(value))) return message;
  }
  return 'Deze waarde heeft niet de goede vorm.';
}

function message(error, schema, data) {
  const path = pointer(error.instancePath);
  const node = schemaAt(schema, path) || {};
  const p = error.params || {};
  switch (error.keyword) {
    case 'required': return { path: [...path, p.missingProperty], text: 'Dit veld is verplicht.' };
    case 'pattern':
    case 'format':
    case 'not': {
      const owner = error.keyword === 'not' ? node : node;
      return { path, text: owner['x-meldingen'] ? patternMessage(owner, valueAt(data, path)) : 'Deze waarde heeft niet de goede vorm.' };
    }
    case 'maxLength': return { path, text: `Deze tekst is te lang: hoogstens ${p.limit} tekens.` };
    case 'minLength': return { path, text: 'Dit veld is leeg.' };
    case 'minItems': return { path, text: `Deze lijst is te kort: vul er minstens ${p.limit} in.` };
    case 'maxItems': return { path, text: `Deze lijst is te lang: hoogstens ${p.limit}.` };
    case 'uniqueItems': return { path, text: 'Een keuze staat twee keer in deze lijst.' };
    case 'enum': return { path, text: 'Kies een van de mogelijkheden.' };
    case 'additionalProperties':
      return { path, text: `Onbekend veld '${p.additionalProperty}'. Dit formulier kent het niet; haal het weg uit het bestand.`, unknown: p.additionalProperty };
    case 'type':
      if (node.type === 'boolean') return { path, text: 'Hier hoort ja of nee te staan.' };
      if (node.type === 'object') return { path, text: 'Hier hoort een groep velden te staan.' };
      if (node.type === 'array') return { path, text: 'Hier hoort een lijst te staan.' };
      return { path, text: 'Hier hoort tekst te staan.' };
    default:
      return { path, text: 'Deze waarde klopt niet.' };
  }
}

function valueAt(data, path) {
  return path.reduce((node, key) => (node == null ? undefined : node[key]), data);
}

function pointer(instancePath) {
  if (!instancePath) return [];
  return instancePath.slice(1).split('/').map((part) => {
    const key = part.replace(/~1/g, '/').replace(/~0/g, '~');
    return /^\d+$/.test(key) ? Number(key) : key;
  });
}

/** The rules that span fields: the model validators and cross checks of the Python loader. */
function crossRules(data, rules) {
  const out = [];
  const personen = data.personen || {};
  const people = [...Object.entries(personen).map(([k, v]) => [['personen', k], v])];
  if (data.politie && data.politie.contactpersoon) people.push([['politie', 'contactpersoon'], data.politie.contactpersoon]);
  for (const [path, person] of people) {
    if (!person || typeof person !== 'object') continue;
    const missing = (person.openbaar || []).find((detail) => person[detail] === undefined);
    if (missing) out.push({ path: [...path, 'openbaar'], text: fill(rules.openbaar_leeg, { detail: missing }) });
  }
  (data.meldkanalen || []).forEach((kanaal, index) => {
    if (kanaal && typeof kanaal === 'object' && !(kanaal.link || kanaal.telefoon || kanaal.email)) {
      out.push({ path: ['meldkanalen', index], text: rules.meldkanaal_leeg });
    }
  });
  const kanalen = data.meldkanalen || [];
  if (kanalen.length && !kanalen.some((k) => k && (k.soort === 'anoniem' || k.soort === 'vertrouwelijk'))) {
    out.push({ path: ['meldkanalen'], text: rules.geen_anoniem_kanaal });
  }
  const beleid = data.beleid || {};
  if (/^\d{4}-\d{2}-\d{2}$/.test(beleid.vastgesteld_op || '') && /^\d{4}-\d{2}-\d{2}$/.test(beleid.volgende_evaluatie || '')
      && beleid.volgende_evaluatie <= beleid.vastgesteld_op) {
    out.push({ path: ['beleid', 'volgende_evaluatie'], text: rules.evaluatie_voor_vaststelling });
  }
  const protocol = data.protocol || {};
  const places = ['contact_slachtoffer_leerling', 'contact_slachtoffer_personeel', 'beelden_verwijderen']
    .map((key) => [['protocol', key], protocol[key]]);
  (protocol.escalatie || []).forEach((niveau, index) => {
    if (niveau && niveau.rol) places.push([['protocol', 'escalatie', index, 'rol'], niveau.rol]);
  });
  for (const [path, rol] of places) {
    if (rol && rol !== 'mentor' && rol !== 'wijkagent' && personen[rol] === undefined) {
      out.push({ path, text: fill(rules.rol_ontbreekt, { rol }) });
    }
  }
  return out;
}

/** Every problem of `data` (already cleaned) as `{path, text}`, one per field and message. */
export function validateAll(data, form) {
  const { checker, checks } = checkerFor(form.schema);
  const { errors, validationError } = checker.rawValidation(checks, data);
  const found = [];
  if (validationError) found.push({ path: [], text: `Het formulier kon niet worden gecontroleerd (${validationError.message}).` });
  const seen = new Set();
  const add = (item) => {
    const key = `${item.path.join('.')}|${item.text}`;
    if (!seen.has(key)) {
      seen.add(key);
      found.push(item);
    }
  };
  for (const error of errors || []) {
    add(message(error, form.schema, data));
  }
  for (const item of crossRules(data, form.regels)) add(item);
  return found;
}

/** RJSF's error schema (`{field: {__errors: [...]}}`) for the problems that `show(path)` allows. */
export function errorSchema(problems, show) {
  const root = {};
  for (const problem of problems) {
    if (!show(problem.path)) continue;
    let node = root;
    for (const part of problem.path) {
      node[part] = node[part] || {};
      node = node[part];
    }
    node.__errors = [...(node.__errors || []), problem.text];
  }
  return root;
}
