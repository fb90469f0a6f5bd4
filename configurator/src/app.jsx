// The configurator: steps with a form each, a live preview, load and download.
// Nothing typed leaves the browser: files are read with File.text() and saved
// through a Blob link; the page makes no request of its own.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import Form from '@rjsf/core';
import { createSchemaUtils } from '@rjsf/utils';
import { clean, errorSchema, validateAll, validator } from './validate.js';
import { LoadError, readConfig, writeConfig } from './yamlfile.js';
import { templates, translateString } from './templates.jsx';
import { Preview } from './preview.jsx';

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

function download(text) {
  const blob = new Blob([text], { type: 'text/yaml;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = 'school_config.yml';
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

export function App({ form }) {
  const schemaUtils = useMemo(() => createSchemaUtils(validator, form.schema, BEHAVIOUR), [form]);
  const emptyData = useCallback(() => schemaUtils.getDefaultFormState(form.schema, {}), [schemaUtils, form]);
  const steps = form.stappen;
  const stepForms = useMemo(() => steps.map((step) => {
    const [schema, ui] = project(form.schema, form.uiSchema, step.paden.map(split), step.zonder.map(split));
    return { schema, uiSchema: { ...ui, ...ROOT_UI } };
  }), [form, steps]);

  const [data, setData] = useState(emptyData);
  const [stepIndex, setStepIndex] = useState(0);
  const [touched, setTouched] = useState(() => new Set());
  const [showAll, setShowAll] = useState(false);
  const [audience, setAudience] = useState('openbaar');
  const [fileName, setFileName] = useState(null);
  const [loadError, setLoadError] = useState(null);
  const [announcement, setAnnouncement] = useState('');
  const loaded = useRef({ doc: null, baseline: {} });
  const saved = useRef(JSON.stringify(clean(data, form.schema, true) || {}));
  const heading = useRef(null);
  const pendingFocus = useRef(null);

  const checked = useMemo(() => clean(data, form.schema, true) || {}, [data, form]);
  const problems = useMemo(() => {
    const found = validateAll(clean(data, form.schema, true, true) || {}, form);
    const order = (problem) => { const at = stepOf(problem.path, steps); return at < 0 ? steps.length : at; };
    return found.map((problem, index) => [order(problem), index, problem]).sort((a, b) => a[0] - b[0] || a[1] - b[1])
      .map(([, , problem]) => problem);
  }, [data, form, steps]);
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

  useEffect(() => {
    const warn = (event) => {
      if (saved.current !== JSON.stringify(checked)) {
        event.preventDefault();
        event.returnValue = '';
      }
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [checked]);

  const goTo = useCallback((index, fieldId) => {
    setStepIndex(index);
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
    setTouched((previous) => (previous.has(fieldId) ? previous : new Set(previous).add(fieldId)));
    const own = problemsRef.current.filter((p) => idOf(p.path) === fieldId);
    if (own.length) announce(`${labelOf(own[0].path, form.schema)}: ${own.map((p) => p.text).join(' ')}`);
  };

  const onFile = async (event) => {
    const file = event.target.files && event.target.files[0];
    if (!file) return;
    try {
      const { doc, data: fromFile } = readConfig(await file.text(), form.schema);
      const filled = schemaUtils.getDefaultFormState(form.schema, fromFile);
      loaded.current = { doc, baseline: clean(filled, form.schema, true) || {} };
      saved.current = JSON.stringify(clean(filled, form.schema, true) || {});
      setData(filled);
      setShowAll(true);
      setTouched(new Set());
      setLoadError(null);
      setFileName(file.name);
      const count = validateAll(clean(filled, form.schema, true, true) || {}, form).length;
      announce(`${file.name} is geopend. ${count ? `Er ${count === 1 ? 'is 1 punt' : `zijn ${count} punten`} om te verbeteren.` : 'Alles is in orde.'}`);
    } catch (err) {
      const text = err instanceof LoadError ? err.message : `Het bestand kon niet worden gelezen (${err.message}).`;
      setLoadError(text);
      announce(text);
    }
  };

  const startNew = () => {
    loaded.current = { doc: null, baseline: {} };
    const empty = emptyData();
    saved.current = JSON.stringify(clean(empty, form.schema, true) || {});
    setData(empty);
    setShowAll(false);
    setTouched(new Set());
    setFileName(null);
    setLoadError(null);
    goTo(0);
    announce('Leeg formulier voor een nieuwe school.');
  };

  const save = () => {
    const text = fileText();
    download(text);
    saved.current = JSON.stringify(checked);
    announce(problems.length
      ? `school_config.yml is opgeslagen, met nog ${problems.length} punten om te verbeteren.`
      : 'school_config.yml is opgeslagen.');
  };

  const final = stepIndex === steps.length;
  const countFor = (index) => problems.filter((p) => stepOf(p.path, steps) === index).length;
  const step = steps[stepIndex];
  const title = final ? 'Controleren en opslaan' : step.titel;

  return (
    <div className="spc">
      <p className="spc-privacy">
        Wat u invult, blijft op deze computer: deze pagina verstuurt niets. U slaat het resultaat zelf op als
        bestand <code>school_config.yml</code>.
      </p>
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
        <button type="button" className="spc-knop" onClick={startNew}>Opnieuw beginnen (leeg)</button>
      </div>

      <nav className="spc-stappen" aria-label="Stappen">
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
      </nav>

      <div className="spc-kolommen">
        <section className="spc-formulier" aria-labelledby="spc-stap-kop">
          <h2 id="spc-stap-kop" tabIndex={-1} ref={heading}>
            <span className="spc-klein">Stap {stepIndex + 1} van {steps.length + 1}: </span>{title}
          </h2>
          <p className="spc-naar-voorbeeld"><a href="#spc-voorbeeld-kop">Naar het voorbeeld van de site en de kaart</a></p>
          {final ? (
            <Final problems={problems} steps={steps} form={form} goTo={goTo} save={save} fileText={fileText}
              onShow={() => setShowAll(true)} />
          ) : (
            <>
              <p className="spc-stapuitleg">{step.uitleg}</p>
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

function Final({ problems, steps, form, goTo, save, fileText, onShow }) {
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
        <p className="spc-stapuitleg spc-goed">Alles is ingevuld zoals het moet. Sla het bestand op en controleer het met
          <code> schoolprotocol check</code>.</p>
      )}
      <div className="spc-opslaan">
        <button type="button" className="spc-knop spc-knop-hoofd" onClick={save}>school_config.yml opslaan</button>
        <button type="button" className="spc-knop" aria-expanded={showFile} aria-controls="spc-bestandstekst"
          onClick={() => setShowFile(!showFile)}>{showFile ? 'Bestand verbergen' : 'Bestand bekijken'}</button>
      </div>
      <h3>Het logo</h3>
      <p>Het formulier zet geen logo in het bestand: een configuratie bevat alleen tekst. Zet het logobestand (SVG, PNG
        of JPG, hoogstens 200 kB) naast <code>school_config.yml</code>, op de plek die u bij Huisstijl › Logo invulde,
        bijvoorbeeld <code>school/logo.svg</code>.</p>
      {showFile && <pre id="spc-bestandstekst" className="spc-bestandstekst" tabIndex={0} aria-label="Inhoud van school_config.yml">{fileText()}</pre>}
    </>
  );
}
