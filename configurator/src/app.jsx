// The configurator: steps with a form each, a live preview, load and download.
// Nothing typed leaves the browser: files are read with File.text() and saved
// through a Blob link; the page makes no request of its own. The work in progress
// is kept in this browser's localStorage (storage.js) until the user erases it.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { strToU8, zipSync } from 'fflate';
import Form from '@rjsf/core';
import { createSchemaUtils } from '@rjsf/utils';
import { clean, errorSchema, validateAll, validator } from './validate.js';
import { LoadError, readConfig, writeConfig } from './yamlfile.js';
import { templates, translateString } from './templates.jsx';
import { Preview } from './preview.jsx';
import { changeNote, normaliseAll, normaliseValue } from './normalise.js';
import { eraseWork, fromBase64, loadLogo, loadWork, saveLogo, saveWork, toBase64 } from './storage.js';

const BEHAVIOUR = {
  arrayMinItems: { populate: 'requiredOnly' },
  emptyObjectFields: 'populateRequiredDefaults',
};
const ROOT_UI = {
  'ui:submitButtonOptions': { norender: true },
  'ui:globalOptions': { enableOptionalDataFieldForType: ['object'] },
};

const split = (path) => path.split('.');
const startsWith = (path, prefix) => prefix.every((part, i) => path[i] === part);
const idOf = (path) => ['root', ...path].join('_');

function getIn(value, path) {
  return path.reduce((node, key) => (node == null ? undefined : node[key]), value);
}

function setIn(value, path, item) {
  if (!path.length) return item;
  const [key, ...rest] = path;
  const copy = Array.isArray(value) ? [...value] : { ...(value || {}) };
  const next = setIn(copy[key], rest, item);
  if (next === undefined) delete copy[key];
  else copy[key] = next;
  return copy;
}

/** The part of the schema (and uiSchema) a step asks for, at the same paths as the whole config. */
function project(schema, ui, keep, drop) {
  const inside = (path) => keep.some((k) => startsWith(path, k)) && !drop.some((d) => startsWith(path, d));
  const touches = (path) => inside(path) || keep.some((k) => startsWith(k, path));
  const walk = (node, uiNode, path) => {
    if (path.length && inside(path) && !drop.some((d) => startsWith(d, path))) return [node, uiNode];
    const out = { type: 'object', properties: {} };
    if (path.length) {
      for (const key of ['title', 'description', 'additionalProperties']) if (key in node) out[key] = node[key];
    }
    const outUi = {};
    for (const [name, prop] of Object.entries(node.properties || {})) {
      const sub = [...path, name];
      if (!touches(sub)) continue;
      const [childSchema, childUi] = walk(prop, (uiNode || {})[name] || {}, sub);
      out.properties[name] = childSchema;
      if (childUi && Object.keys(childUi).length) outUi[name] = childUi;
    }
    const required = (node.required || []).filter((r) => r in out.properties);
    if (required.length) out.required = required;
    return [out, outUi];
  };
  return walk(schema, ui, []);
}

function stepOf(path, steps) {
  return steps.findIndex((step) => step.paden.some((p) => startsWith(path, split(p)))
    && !step.zonder.some((z) => startsWith(path, split(z))));
}

function labelOf(path, schema) {
  const parts = [];
  let node = schema;
  for (const part of path) {
    if (!node) break;
    if (typeof part === 'number') {
      node = node.items;
      parts.push(`${node && node.title ? node.title : 'regel'} ${part + 1}`);
    } else {
      node = (node.properties || {})[part];
      parts.push(node && node.title ? node.title : part);
    }
  }
  return parts.join(' › ');
}

function download(content, name, type) {
  const blob = new Blob([content], { type });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

/** The schema and uiSchema with the words of `sector` (generated from data/sectoren.yml into form.sectoren). */
function forSector(form, sector) {
  const words = (form.sectoren || {})[sector];
  if (!words) return { schema: form.schema, uiSchema: form.uiSchema };
  const schema = JSON.parse(JSON.stringify(form.schema));
  const uiSchema = JSON.parse(JSON.stringify(form.uiSchema));
  for (const [path, change] of Object.entries(words.velden)) {
    let node = schema;
    let ui = uiSchema;
    for (const part of path.split('.')) {
      node = node && (part === '[]' ? node.items : (node.properties || {})[part]);
      ui[part === '[]' ? 'items' : part] = ui[part === '[]' ? 'items' : part] || {};
      ui = ui[part === '[]' ? 'items' : part];
    }
    if (!node) continue;
    if (change.title) node.title = change.title;
    if (change.placeholder) ui['ui:placeholder'] = change.placeholder;
    if (change.help) ui['ui:help'] = change.help;
  }
  const roles = (node, ui) => {
    if (!node || !ui) return;
    if (Array.isArray(node.enum) && ui['ui:enumNames']) {
      ui['ui:enumNames'] = node.enum.map((value, i) => words.rollen[value] || ui['ui:enumNames'][i]);
    }
    for (const [name, prop] of Object.entries(node.properties || {})) roles(prop, ui[name]);
    if (node.items) roles(node.items, ui.items);
  };
  roles(schema, uiSchema);
  return { schema, uiSchema };
}

/** The data as it goes into the file: dates and addresses normalised, the sector's job titles filled in. */
function forFile(data, form) {
  const out = normaliseAll(data, form.schema);
  const sector = out.school && out.school.sector;
  const functies = ((form.sectoren || {})[sector] || {}).functies || {};
  for (const [role, title] of Object.entries(functies)) {
    const person = out.personen && out.personen[role];
    if (person && typeof person === 'object' && !(typeof person.functie === 'string' && person.functie.trim())) {
      out.personen = { ...out.personen, [role]: { ...person, functie: title } };
    }
  }
  return out;
}

/** The leaf of `data` whose field id is `fieldId`: [path, value, schema], or null. */
function fieldAt(data, schema, fieldId, path = []) {
  if (Array.isArray(data)) {
    for (let i = 0; i < data.length; i += 1) {
      const found = fieldAt(data[i], schema.items || {}, fieldId, [...path, i]);
      if (found) return found;
    }
    return null;
  }
  if (data !== null && typeof data === 'object') {
    for (const [key, value] of Object.entries(data)) {
      const found = fieldAt(value, (schema.properties || {})[key] || {}, fieldId, [...path, key]);
      if (found) return found;
    }
    return null;
  }
  return idOf(path) === fieldId ? [path, data, schema] : null;
}

/** From this width all steps are shown as buttons; on a phone they fold away under "Alle stappen". */
const WIDE = '(min-width: 40em)';
const LOGO_TYPES = { svg: 'image/svg+xml', png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg' };
const LOGO_MAX = 200 * 1024;

/** A logo path that can go into the zip as it stands in the file: relative, no '..'; otherwise null. */
function safePlace(path) {
  const place = (path || '').trim().replace(/^\.\//, '');
  const parts = place.split('/');
  if (!place || place.includes('\\') || parts.some((p) => !p || p === '.' || p === '..' || p.includes(':'))) return null;
  return place;
}

function zipName(data) {
  const name = ((data.school || {}).korte_naam || (data.school || {}).naam || '').toLowerCase()
    .normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return `schoolprotocol-${name || 'school'}.zip`;
}

export function App({ form }) {
  const schemaUtils = useMemo(() => createSchemaUtils(validator, form.schema, BEHAVIOUR), [form]);
  const emptyData = useCallback(() => schemaUtils.getDefaultFormState(form.schema, {}), [schemaUtils, form]);
  const steps = form.stappen;
  const kept = useMemo(() => loadWork(), []);

  const [data, setData] = useState(() => (kept ? schemaUtils.getDefaultFormState(form.schema, kept.data) : emptyData()));
  const [stepIndex, setStepIndex] = useState(() => (kept ? Math.min(Math.max(0, kept.stap | 0), steps.length) : 0));
  const [touched, setTouched] = useState(() => new Set());
  const [showAll, setShowAll] = useState(false);
  const [audience, setAudience] = useState('openbaar');
  const [fileName, setFileName] = useState(() => (kept && kept.bestand ? kept.bestand.naam : null));
  const [loadError, setLoadError] = useState(null);
  const [announcement, setAnnouncement] = useState('');
  const [logo, setLogo] = useState(() => (kept ? loadLogo() : null));
  const [logoError, setLogoError] = useState(null);
  const [notes, setNotes] = useState({});
  const [asking, setAsking] = useState(null); // null, or the question to confirm: 'opnieuw' | 'wissen'
  const [savedAs, setSavedAs] = useState(null);
  const [keeping, setKeeping] = useState(true);
  const [restored] = useState(() => !!kept);
  const [wide, setWide] = useState(() => !window.matchMedia || window.matchMedia(WIDE).matches);
  useEffect(() => {
    if (!window.matchMedia) return undefined;
    const query = window.matchMedia(WIDE);
    const change = () => setWide(query.matches);
    query.addEventListener('change', change);
    return () => query.removeEventListener('change', change);
  }, []);
  const loaded = useRef(null);
  if (loaded.current === null) {
    loaded.current = { doc: null, baseline: {}, text: null };
    if (kept && kept.bestand) {
      try {
        const { doc, data: fromFile } = readConfig(kept.bestand.tekst, form.schema);
        const filled = schemaUtils.getDefaultFormState(form.schema, fromFile);
        loaded.current = { doc, baseline: clean(filled, form.schema, true) || {}, text: kept.bestand.tekst };
      } catch (err) { /* the kept copy of the file no longer reads: start a new file from the kept data */ }
    }
  }
  const heading = useRef(null);
  const pendingFocus = useRef(null);
  const dataRef = useRef(data);
  dataRef.current = data;

  const sector = (data.school && data.school.sector) || null;
  const sectorForm = useMemo(() => forSector(form, sector), [form, sector]);
  const stepForms = useMemo(() => steps.map((step) => {
    const [schema, ui] = project(sectorForm.schema, sectorForm.uiSchema, step.paden.map(split), step.zonder.map(split));
    return { schema, uiSchema: { ...ui, ...ROOT_UI } };
  }), [sectorForm, steps]);

  const forCheck = useMemo(() => forFile(data, form), [data, form]);
  const checked = useMemo(() => clean(forCheck, form.schema, true) || {}, [forCheck, form]);
  const problems = useMemo(() => {
    const found = validateAll(clean(forCheck, form.schema, true, true) || {}, form);
    const order = (problem) => { const at = stepOf(problem.path, steps); return at < 0 ? steps.length : at; };
    return found.map((problem, index) => [order(problem), index, problem]).sort((a, b) => a[0] - b[0] || a[1] - b[1])
      .map(([, , problem]) => problem);
  }, [forCheck, form, steps]);
  const problemsRef = useRef(problems);
  problemsRef.current = problems;

  const isTouched = useCallback((path) => {
    const id = idOf(path);
    if (touched.has(id)) return true;
    for (const t of touched) if (t.startsWith(`${id}_`)) return true;
    return false;
  }, [touched]);
  const shown = useMemo(() => errorSchema(problems, (path) => showAll || isTouched(path)), [problems, showAll, isTouched]);

  const announce = useCallback((text) => {
    setAnnouncement('');
    setTimeout(() => setAnnouncement(text), 50);
  }, []);

  const fileText = useCallback(() => {
    const { doc, baseline } = loaded.current;
    return writeConfig(doc ? doc.clone() : null, baseline, checked, form.schema);
  }, [checked, form]);

  // Keep the work in this browser after every change; an empty form keeps nothing.
  const emptyText = useMemo(() => JSON.stringify(clean(emptyData(), form.schema, true) || {}), [emptyData, form]);
  const isEmpty = !logo && !fileName && JSON.stringify(clean(data, form.schema, true) || {}) === emptyText;
  const [logoKept, setLogoKept] = useState(true);
  useEffect(() => {
    if (isEmpty) {
      eraseWork();
      setKeeping(true);
      return;
    }
    setKeeping(saveWork({
      data, stap: stepIndex,
      bestand: fileName && loaded.current.text ? { naam: fileName, tekst: loaded.current.text } : null,
    }));
  }, [data, stepIndex, fileName, isEmpty]);
  useEffect(() => { setLogoKept(saveLogo(logo)); }, [logo]);

  // Only when the browser cannot keep the work: warn before the page is left.
  useEffect(() => {
    if (keeping || isEmpty) return undefined;
    const warn = (event) => { event.preventDefault(); event.returnValue = ''; };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [keeping, isEmpty]);

  const goTo = useCallback((index, fieldId) => {
    setStepIndex(index);
    setNotes({});
    pendingFocus.current = fieldId || 'heading';
  }, []);

  useEffect(() => {
    const target = pendingFocus.current;
    if (!target) return;
    pendingFocus.current = null;
    const element = target === 'heading' ? heading.current
      : document.getElementById(target) || document.querySelector(`[id^="${target}"]`) || heading.current;
    if (element) element.focus();
  }, [stepIndex]);

  const onStepChange = (step) => (event) => {
    setData((previous) => {
      let next = previous;
      for (const path of step.paden.map(split)) next = setIn(next, path, getIn(event.formData, path));
      for (const path of step.zonder.map(split)) next = setIn(next, path, getIn(previous, path));
      return next;
    });
  };

  const onBlur = (id) => {
    const fieldId = id.replace(/-\d+$/, '');
    // A Dutch date or an address without https:// is written the file's way, visibly.
    const found = fieldAt(dataRef.current, form.schema, fieldId);
    let note = null;
    if (found) {
      const [path, value, schema] = found;
      const after = normaliseValue(value, schema);
      note = changeNote(value, after, schema);
      if (note) setData((previous) => setIn(previous, path, after));
    }
    setNotes((previous) => {
      if (!note && !(fieldId in previous)) return previous;
      const next = { ...previous };
      if (note) next[fieldId] = note; else delete next[fieldId];
      return next;
    });
    setTouched((previous) => (previous.has(fieldId) ? previous : new Set(previous).add(fieldId)));
    const own = problemsRef.current.filter((p) => idOf(p.path) === fieldId);
    if (own.length) announce(`${labelOf(own[0].path, form.schema)}: ${own.map((p) => p.text).join(' ')}`);
    else if (note) announce(note);
  };

  const onFile = async (event) => {
    const file = event.target.files && event.target.files[0];
    if (!file) return;
    try {
      const text = await file.text();
      const { doc, data: fromFile } = readConfig(text, form.schema);
      const filled = schemaUtils.getDefaultFormState(form.schema, fromFile);
      loaded.current = { doc, baseline: clean(filled, form.schema, true) || {}, text };
      setData(filled);
      setShowAll(true);
      setTouched(new Set());
      setLoadError(null);
      setFileName(file.name);
      setSavedAs(null);
      const count = validateAll(clean(forFile(filled, form), form.schema, true, true) || {}, form).length;
      announce(`${file.name} is geopend. ${count ? `Er ${count === 1 ? 'is 1 punt' : `zijn ${count} punten`} om te verbeteren.` : 'Alles is in orde.'}`);
    } catch (err) {
      const text = err instanceof LoadError ? err.message : `Het bestand kon niet worden gelezen (${err.message}).`;
      setLoadError(text);
      announce(text);
    }
  };

  const onLogo = async (event) => {
    const file = event.target.files && event.target.files[0];
    if (!file) return;
    const ext = (file.name.match(/\.([A-Za-z]+)$/) || [])[1];
    const kind = ext && LOGO_TYPES[ext.toLowerCase()];
    if (!kind) {
      setLogoError('Kies een SVG-, PNG- of JPG-bestand.');
      announce('Kies een SVG-, PNG- of JPG-bestand.');
      return;
    }
    if (file.size > LOGO_MAX) {
      const text = `Dit logo is ${Math.round(file.size / 1024)} kB; het mag hoogstens 200 kB zijn. Maak het kleiner of kies een SVG.`;
      setLogoError(text);
      announce(text);
      return;
    }
    const bytes = new Uint8Array(await file.arrayBuffer());
    const normalExt = ext.toLowerCase() === 'jpeg' ? 'jpg' : ext.toLowerCase();
    const current = (dataRef.current.school || {}).logo;
    const own = current && current.trim() && (!logo || current !== logo.plek) && safePlace(current.trim());
    const place = own ? own.replace(/(\.[A-Za-z0-9]+)?$/, `.${normalExt}`) : `school/logo.${normalExt}`;
    setLogo({ naam: file.name, type: kind, base64: toBase64(bytes), grootte: file.size, plek: place });
    setLogoError(null);
    setData((previous) => setIn(previous, ['school', 'logo'], place));
    announce(`Logo gekozen: ${file.name}. Het komt in het zip-bestand als ${place}.`);
  };

  const reset = (erase) => {
    loaded.current = { doc: null, baseline: {}, text: null };
    setData(emptyData());
    setShowAll(false);
    setTouched(new Set());
    setFileName(null);
    setLoadError(null);
    setLogo(null);
    setSavedAs(null);
    if (erase) eraseWork();
    goTo(0);
    announce(erase ? 'De gegevens zijn uit deze browser gewist. Het formulier is leeg.'
      : 'Leeg formulier voor een nieuwe school.');
  };

  const saveYaml = () => {
    download(fileText(), 'school_config.yml', 'text/yaml;charset=utf-8');
    const text = `Opgeslagen: school_config.yml${problems.length ? `, met nog ${problems.length} punten om te verbeteren` : ''}.`;
    setSavedAs({ name: 'school_config.yml', text });
    announce(text);
  };

  const saveZip = () => {
    const files = { 'school_config.yml': strToU8(fileText()) };
    const place = safePlace((checked.school || {}).logo);
    if (logo && place) files[place] = fromBase64(logo.base64);
    // A fixed time: the same form gives the same zip file.
    const zipped = zipSync(files, { level: 6, mtime: new Date(2026, 0, 1) });
    const name = zipName(checked);
    download(zipped, name, 'application/zip');
    const text = `Opgeslagen: ${name}, met school_config.yml${logo && place ? ` en het logo (${place})` : ', zonder logo'}`
      + `${problems.length ? `; nog ${problems.length} ${problems.length === 1 ? 'punt' : 'punten'} om te verbeteren` : ''}.`;
    setSavedAs({ name, text });
    announce(text);
  };

  const final = stepIndex === steps.length;
  const countFor = (index) => problems.filter((p) => stepOf(p.path, steps) === index).length;
  const stepList = (
    <ol>
      {[...steps, { id: 'opslaan', titel: 'Controleren en opslaan' }].map((s, index) => {
        const count = index < steps.length ? countFor(index) : problems.length;
        return (
          <li key={s.id}>
            <button type="button" className="spc-stap" aria-current={index === stepIndex ? 'step' : undefined}
              onClick={() => goTo(index)}>
              <span className="spc-stapnummer">{index + 1}</span> {s.titel}
              {showAll && index < steps.length && count > 0 && (
                <span className="spc-teller">{` (${count} ${count === 1 ? 'punt' : 'punten'})`}</span>
              )}
            </button>
          </li>
        );
      })}
    </ol>
  );
  const step = steps[stepIndex];
  const title = final ? 'Controleren en opslaan' : step.titel;

  return (
    <div className="spc">
      <details className="spc-nodig" open={!restored}>
        <summary>Dit hebt u nodig (ongeveer 45 minuten)</summary>
        <p>Houd dit bij de hand. U hoeft niet alles in één keer te doen: wat u invult, blijft bewaard in deze browser.</p>
        <ul>
          <li>De mensen met een rol bij een incident: schoolleiding, vertrouwenspersoon, {sectorWord(form, sector, 'zorgcoordinator')},
            het aanspreekpunt voor sociale media en de woordvoerder. Met hun namen, directe telefoonnummers en e-mailadressen.</li>
          <li>Het algemene telefoonnummer en e-mailadres van de school.</li>
          <li>De afspraken met de politie, en de naam en het nummer van uw wijkagent of jeugdagent.</li>
          <li>De webadressen van uw eigen documenten: schoolveiligheidsplan, pestprotocol, protocol sociale media en meldcode.</li>
          <li>Het logo van de school (SVG, PNG of JPG, hoogstens 200 kB) en de kleuren van de huisstijl.</li>
          <li>Wanneer en door wie het protocol is vastgesteld.</li>
        </ul>
      </details>

      <div className="spc-privacy">
        <p>Wat u invult, blijft op deze computer: deze pagina verstuurt niets. Uw browser bewaart het tussendoor, zodat u
          later verder kunt gaan. Werkt u op een gedeelde computer? Wis het dan als u klaar bent.</p>
        {!keeping && <p className="spc-fout">Deze browser kan het niet bewaren. Sla het bestand op voordat u de pagina sluit.</p>}
        {keeping && !logoKept && <p className="spc-fout">Deze browser kan het logo niet bewaren. Kies het opnieuw als u later
          verdergaat.</p>}
        <button type="button" className="spc-knop spc-knop-klein spc-knop-weg" onClick={() => setAsking('wissen')}>
          Gegevens in deze browser wissen</button>
      </div>

      <div className="spc-bestand">
        <div>
          <label htmlFor="spc-bestand-kiezen">Bestaand bestand openen (school_config.yml)</label>
          <input id="spc-bestand-kiezen" type="file" accept=".yml,.yaml,text/yaml" onChange={onFile}
            aria-describedby="spc-bestand-uitleg" />
          <p id="spc-bestand-uitleg" className="spc-uitleg-klein">
            {fileName ? `Geopend: ${fileName}. Opmerkingen (#) in het bestand blijven bewaard.`
              : 'Of begin hieronder met een leeg formulier voor een nieuwe school.'}
          </p>
          {loadError && <p className="spc-fout" id="spc-bestand-fout">{loadError}</p>}
        </div>
        <button type="button" className="spc-knop" onClick={() => setAsking('opnieuw')}>Opnieuw beginnen (leeg)</button>
      </div>

      {asking && (
        <Confirm
          question={asking === 'wissen' ? 'Alles wissen wat deze browser van dit formulier bewaart?'
            : 'Opnieuw beginnen met een leeg formulier?'}
          detail={'Alles wat u hebt ingevuld, verdwijnt' + (logo ? ', ook het gekozen logo' : '')
            + '. Hebt u het nog nodig? Sla het dan eerst op bij de laatste stap.'}
          yes={asking === 'wissen' ? 'Ja, wissen' : 'Ja, opnieuw beginnen'}
          onAnswer={(yes) => {
            const erase = asking === 'wissen';
            setAsking(null);
            if (yes) {
              reset(erase);
              setTimeout(() => heading.current && heading.current.focus(), 0);
            }
          }}
        />
      )}

      <nav className="spc-stappen" aria-label="Stappen">
        {wide ? stepList : (
          <details className="spc-stappen-klein">
            <summary>Alle stappen <span className="spc-uitleg-klein">(nu stap {stepIndex + 1} van {steps.length + 1})</span></summary>
            {stepList}
          </details>
        )}
      </nav>

      <div className="spc-kolommen">
        <section className="spc-formulier" aria-labelledby="spc-stap-kop">
          <h2 id="spc-stap-kop" tabIndex={-1} ref={heading}>
            <span className="spc-klein">Stap {stepIndex + 1} van {steps.length + 1}: </span>{title}
          </h2>
          <p className="spc-naar-voorbeeld"><a href="#spc-voorbeeld-kop">Naar het voorbeeld van de site en de kaart</a></p>
          {final ? (
            <Final problems={problems} steps={steps} form={form} goTo={goTo} saveZip={saveZip} saveYaml={saveYaml}
              fileText={fileText} logo={logo} logoPlace={safePlace((checked.school || {}).logo)} savedAs={savedAs}
              onShow={() => setShowAll(true)} />
          ) : (
            <>
              <p className="spc-stapuitleg">{step.uitleg}</p>
              {step.id === 'huisstijl' && <LogoPicker logo={logo} error={logoError} onLogo={onLogo} />}
              <p className="spc-uitleg-klein">Velden met (verplicht) moeten ingevuld zijn. Een foutmelding verschijnt
                zodra u een veld verlaat.</p>
              <Form
                key={step.id}
                schema={stepForms[stepIndex].schema}
                uiSchema={stepForms[stepIndex].uiSchema}
                formData={data}
                validator={validator}
                templates={templates}
                translateString={translateString}
                experimental_defaultFormStateBehavior={BEHAVIOUR}
                onChange={onStepChange(step)}
                onBlur={onBlur}
                extraErrors={shown}
                formContext={{ notes }}
                showErrorList={false}
                noHtml5Validate
                liveValidate={false}
                tagName="div"
              />
            </>
          )}
          <div className="spc-stapknoppen">
            {stepIndex > 0 && (
              <button type="button" className="spc-knop" onClick={() => goTo(stepIndex - 1)}>
                Vorige stap<span className="spc-sr">: {stepIndex - 1 < steps.length ? steps[stepIndex - 1].titel : ''}</span>
              </button>
            )}
            {!final && (
              <button type="button" className="spc-knop spc-knop-hoofd" onClick={() => goTo(stepIndex + 1)}>
                Volgende stap: {stepIndex + 1 < steps.length ? steps[stepIndex + 1].titel : 'controleren en opslaan'}
              </button>
            )}
          </div>
        </section>
        <Preview data={checked} form={form} audience={audience} onAudience={setAudience} />
      </div>
      <div className="spc-sr" role="status" aria-live="polite" aria-atomic="true">{announcement}</div>
    </div>
  );
}

function sectorWord(form, sector, role) {
  const rollen = ((form.sectoren || {})[sector] || {}).rollen || {};
  const word = rollen[role] || form.rollen[role] || role;
  return word.charAt(0).toLowerCase() + word.slice(1);
}

/** A question the keyboard can answer: a modal dialog, Escape or "Nee" keeps everything. */
function Confirm({ question, detail, yes, onAnswer }) {
  const dialog = useRef(null);
  const answered = useRef(false);
  const answer = (value) => {
    if (answered.current) return;
    answered.current = true;
    onAnswer(value);
  };
  useEffect(() => {
    const element = dialog.current;
    const opener = document.activeElement;
    if (element && element.showModal && !element.open) element.showModal();
    return () => { if (opener && opener.isConnected) opener.focus(); };
  }, []);
  return (
    <dialog ref={dialog} className="spc-vraag" aria-labelledby="spc-vraag-kop" aria-describedby="spc-vraag-uitleg"
      onCancel={(event) => { event.preventDefault(); answer(false); }} onClose={() => answer(false)}>
      <h2 id="spc-vraag-kop">{question}</h2>
      <p id="spc-vraag-uitleg">{detail}</p>
      <div className="spc-vraag-knoppen">
        <button type="button" className="spc-knop" autoFocus onClick={() => answer(false)}>Nee, terug</button>
        <button type="button" className="spc-knop spc-knop-weg-hoofd" onClick={() => answer(true)}>{yes}</button>
      </div>
    </dialog>
  );
}

function LogoPicker({ logo, error, onLogo }) {
  return (
    <div className={`spc-logo${error ? ' spc-fout-veld' : ''}`}>
      <label htmlFor="spc-logo-kiezen">Logobestand kiezen (SVG, PNG of JPG, hoogstens 200 kB)</label>
      <input id="spc-logo-kiezen" type="file" accept=".svg,.png,.jpg,.jpeg,image/svg+xml,image/png,image/jpeg"
        onChange={onLogo} aria-describedby="spc-logo-uitleg" />
      {logo ? (
        <p id="spc-logo-uitleg" className="spc-logo-gekozen">
          <img src={`data:${logo.type};base64,${logo.base64}`} alt="" />
          <span>Gekozen: {logo.naam} ({Math.max(1, Math.round(logo.grootte / 1024))} kB). Het komt in het zip-bestand
            als <code>{logo.plek}</code>.</span>
        </p>
      ) : <p id="spc-logo-uitleg" className="spc-uitleg-klein">Nog geen logo gekozen.</p>}
      {error && <p className="spc-fout">{error}</p>}
    </div>
  );
}

function Final({ problems, steps, form, goTo, saveZip, saveYaml, fileText, logo, logoPlace, savedAs, onShow }) {
  useEffect(() => { onShow(); }, []);
  const [showFile, setShowFile] = useState(false);
  return (
    <>
      {problems.length ? (
        <>
          <p className="spc-stapuitleg">
            Er {problems.length === 1 ? 'is nog 1 punt' : `zijn nog ${problems.length} punten`} om te verbeteren.
            Kies een punt om naar het veld te gaan. U kunt het bestand ook nu al opslaan en later hier weer openen;
            <code> schoolprotocol check</code> meldt dezelfde punten.
          </p>
          <ul className="spc-puntenlijst">
            {problems.map((problem, index) => {
              const at = stepOf(problem.path, steps);
              return (
                <li key={index}>
                  {at >= 0 ? (
                    <button type="button" className="spc-link" onClick={() => goTo(at, idOf(problem.path))}>
                      {[steps[at].titel, ...labelOf(problem.path, form.schema).split(' › ')]
                        .filter((part, i, all) => i === 0 || part !== all[i - 1]).join(' › ')}
                    </button>
                  ) : <strong>{labelOf(problem.path, form.schema) || 'Het bestand'}</strong>}
                  : {problem.text}
                </li>
              );
            })}
          </ul>
        </>
      ) : (
        <p className="spc-stapuitleg spc-goed">Alles is ingevuld zoals het moet. Sla het zip-bestand op.</p>
      )}
      <p>Het zip-bestand bevat <code>school_config.yml</code>{logo && logoPlace ? <> en het logo (<code>{logoPlace}</code>)</> : null}:
        alles wat in de map van uw school hoort.</p>
      {!logo && <p className="spc-let-op">U hebt nog geen logobestand gekozen (stap Huisstijl). Het zip-bestand heeft dan
        geen logo; zet het logo later zelf in de map, op de plek die bij Logo staat.</p>}
      {logo && !logoPlace && <p className="spc-let-op">Bij Logo (stap Huisstijl) staat geen bestandsnaam binnen de map van
        de school, zoals school/logo.svg. Het zip-bestand heeft daarom geen logo.</p>}
      <div className="spc-opslaan">
        <button type="button" className="spc-knop spc-knop-hoofd" onClick={saveZip}>Zip-bestand opslaan</button>
        <button type="button" className="spc-knop" onClick={saveYaml}>Alleen school_config.yml opslaan</button>
        <button type="button" className="spc-knop" aria-expanded={showFile} aria-controls="spc-bestandstekst"
          onClick={() => setShowFile(!showFile)}>{showFile ? 'Bestand verbergen' : 'Bestand bekijken'}</button>
      </div>
      {savedAs && (
        <div className="spc-opgeslagen">
          <p><strong>{savedAs.text}</strong> U vindt het bestand in de map Downloads van deze computer.</p>
        </div>
      )}
      {showFile && <pre id="spc-bestandstekst" className="spc-bestandstekst" tabIndex={0} aria-label="Inhoud van school_config.yml">{fileText()}</pre>}
      <h3>Wat doet u daarna?</h3>
      <ol className="spc-daarna">
        <li>Maakt iemand anders de site voor uw school? Geef hem of haar het zip-bestand. Meer is niet nodig.</li>
        <li>Staat de map van uw school op GitHub of GitLab? Pak het zip-bestand uit en zet de bestanden in die map
          (uploaden). De workflow bouwt de site dan vanzelf opnieuw en zet hem online.</li>
        <li>Werkt u zelf met het programma? Pak het zip-bestand uit in de map van uw school. Hebt u nog geen map, dan
          maakt <code>schoolprotocol nieuw</code> er een. Controleer daarna met <code>schoolprotocol check</code> en
          bouw met <code>schoolprotocol build</code>.</li>
      </ol>
    </>
  );
}
