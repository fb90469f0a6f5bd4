// What the start page and the incident card will say, for one audience.
//
// Follows src/schoolprotocol/audience.py (what the public may see of a person)
// and render/html.py People (wie, contact, bel), so the preview shows the same
// names, numbers and escalation route as the built site and card.

function lowerFirst(text) {
  return text.length > 1 && text[0] === text[0].toUpperCase() && text[1] === text[1].toLowerCase()
    ? text[0].toLowerCase() + text.slice(1) : text;
}

/** A person as `audience` sees them: like `contact_for` in audience.py. */
export function contactFor(person, audience, functie) {
  const shown = audience === 'openbaar' ? new Set(person.openbaar || []) : new Set(['naam', 'telefoon', 'email']);
  const pick = (detail) => (shown.has(detail) ? person[detail] : undefined);
  const hidden = ['naam', 'telefoon', 'email'].filter((d) => person[d] !== undefined && !shown.has(d));
  const viaSchool = hidden.length > 0 || (pick('telefoon') === undefined && pick('email') === undefined);
  return {
    functie: person.functie || functie,
    naam: pick('naam'), telefoon: pick('telefoon'), email: pick('email'),
    bereikbaar: person.bereikbaar, viaSchool, hidden, openbaar: person.openbaar || [],
  };
}

function words(data, form) {
  const sector = (data.school && data.school.sector) || 'vo';
  const base = form.woorden[sector] || form.woorden.vo;
  const termen = data.termen || {};
  return { ...base, mentor: termen.mentor || base.mentor };
}

/** The names of the roles in the school's sector (data/sectoren.yml, through the form data). */
function roleNames(data, form) {
  const sector = (data.school && data.school.sector) || 'vo';
  return { ...form.rollen, ...(((form.sectoren || {})[sector] || {}).rollen || {}) };
}

function personFor(rol, data, form, audience) {
  const w = words(data, form);
  if (rol === 'mentor') {
    return { functie: `${w.mentor} van de ${w.leerling}`, viaSchool: true, hidden: [], openbaar: [] };
  }
  const person = rol === 'wijkagent' ? (data.politie || {}).contactpersoon : (data.personen || {})[rol];
  if (!person) return null;
  const key = rol === 'wijkagent' ? 'contactpersoon' : rol;
  return contactFor(person, audience, form.functies[key] || roleNames(data, form)[rol] || rol);
}

function Missing({ children }) {
  return <span className="spc-leeg">{children}</span>;
}

function Wie({ rol, data, form, audience }) {
  const person = rol && personFor(rol, data, form, audience);
  if (!person) return <Missing>{rol ? `(${roleNames(data, form)[rol] || rol}: nog niet ingevuld)` : '(nog niet gekozen)'}</Missing>;
  return <>de {lowerFirst(person.functie)}{person.naam ? <> (<Intern audience={audience} internal={!person.openbaar.includes('naam')}>{person.naam}</Intern>)</> : null}</>;
}

/** A detail that only the staff version shows is marked, so the school sees what stays internal. */
function Intern({ audience, children, internal = true }) {
  if (audience === 'intern' && internal) {
    return <span className="spc-intern">{children}<span className="spc-label-intern">intern</span></span>;
  }
  return <>{children}</>;
}

function Contact({ rol, data, form, audience }) {
  const person = personFor(rol, data, form, audience);
  if (!person) return <li><Missing>{`${roleNames(data, form)[rol] || rol}: nog niet ingevuld`}</Missing></li>;
  const school = data.school || {};
  const isPublic = (detail) => person.openbaar.includes(detail);
  const routes = [];
  if (person.telefoon) routes.push(<Intern key="t" audience={audience} internal={!isPublic('telefoon')}><span className="spc-tel">{person.telefoon}</span></Intern>);
  if (person.email) routes.push(<Intern key="e" audience={audience} internal={!isPublic('email')}>{person.email}</Intern>);
  const schoolRoutes = person.viaSchool ? [school.telefoon, school.email].filter((r) => r && r !== person.telefoon && r !== person.email) : [];
  return (
    <li>
      <strong>{person.functie}</strong>
      {person.naam ? <>, <Intern audience={audience} internal={!isPublic('naam')}>{person.naam}</Intern></> : null}
      {routes.length || schoolRoutes.length ? ' — ' : null}
      {routes.map((r, i) => <span key={i}>{i ? ', ' : ''}{r}</span>)}
      {schoolRoutes.length ? <>{routes.length ? ', ' : ''}via de school: {schoolRoutes.map((r, i) => <span key={r}>{i ? ' of ' : ''}<span className="spc-tel">{r}</span></span>)}</> : null}
      {person.bereikbaar ? ` (${person.bereikbaar})` : null}
    </li>
  );
}

function bel(rol, data, form, audience) {
  const person = personFor(rol, data, form, audience);
  return (person && person.telefoon) || (data.school || {}).telefoon;
}

export function Preview({ data, form, audience, onAudience }) {
  const school = data.school || {};
  const protocol = data.protocol || {};
  const kleuren = school.kleuren || {};
  const colour = (value) => (/^#(?:[0-9a-fA-F]{3}){1,2}$/.test(value || '') ? value : '#767676');
  const props = { data, form, audience };
  return (
    <section className="spc-voorbeeld" aria-labelledby="spc-voorbeeld-kop">
      <h2 id="spc-voorbeeld-kop" tabIndex={-1}>Zo ziet het eruit</h2>
      <fieldset className="spc-doelgroep">
        <legend>Versie</legend>
        <label><input type="radio" name="spc-doelgroep" value="openbaar" checked={audience === 'openbaar'}
          onChange={() => onAudience('openbaar')} /> Openbaar (site en PDF)</label>
        <label><input type="radio" name="spc-doelgroep" value="intern" checked={audience === 'intern'}
          onChange={() => onAudience('intern')} /> Personeel (intern)</label>
      </fieldset>
      <p className="spc-uitleg-klein">
        {audience === 'openbaar'
          ? 'Namen, directe nummers en e-mailadressen die niet openbaar zijn, staan hier niet; de lezer krijgt het algemene nummer van de school.'
          : 'De personeelsversie toont alles. Wat alleen hier staat, is gemarkeerd met "intern".'}
      </p>

      <article className="spc-kaart" aria-labelledby="spc-start-kop">
        <div className="spc-kleurbalk" aria-hidden="true">
          <span style={{ background: colour(kleuren.primair) }} />
          <span style={{ background: colour(kleuren.accent) }} />
        </div>
        <h3 id="spc-start-kop">Startpagina</h3>
        <p className="spc-schoolnaam">{school.naam || <Missing>(naam van de school)</Missing>}</p>
        <p><strong>Er gaat iets mis?</strong> Bel de school: {school.telefoon ? <span className="spc-tel">{school.telefoon}</span> : <Missing>(algemeen nummer)</Missing>}</p>
        <h4>Belangrijke contacten</h4>
        <ul>
          {['vertrouwenspersoon', 'zorgcoordinator', 'socialemediafunctionaris', 'wijkagent'].map((rol) => (
            <Contact key={rol} rol={rol} {...props} />
          ))}
        </ul>
        <h4>Melden</h4>
        {(data.meldkanalen || []).length ? (
          <ul>
            {data.meldkanalen.map((k, i) => (
              <li key={i}>
                <strong>{k.naam || <Missing>(naam)</Missing>}</strong>{k.soort ? ` (${k.soort})` : ''}
                {[k.link, k.telefoon, k.email].filter(Boolean).length ? `: ${[k.link, k.telefoon, k.email].filter(Boolean).join(', ')}` : ''}
              </li>
            ))}
          </ul>
        ) : <p><Missing>Nog geen meldkanaal.</Missing></p>}
      </article>

      <article className="spc-kaart" aria-labelledby="spc-kaart-kop">
        <h3 id="spc-kaart-kop">Incidentkaart</h3>
        <ol className="spc-stappen-kaart">
          <li><strong>Het probleem definiëren.</strong> Het contact met het slachtoffer loopt via{' '}
            <Wie rol={protocol.contact_slachtoffer_leerling} {...props} />; als een medewerker slachtoffer is via{' '}
            <Wie rol={protocol.contact_slachtoffer_personeel} {...props} />.</li>
          <li><strong>Actie ondernemen.</strong> Overleg met <Wie rol="wijkagent" {...props} />:{' '}
            {bel('wijkagent', data, form, audience) || <Missing>(nummer)</Missing>}. Beelden laten verwijderen: via{' '}
            <Wie rol={protocol.beelden_verwijderen} {...props} />.</li>
          <li><strong>Communiceren.</strong> De pers staat u te woord via <Wie rol="woordvoerder" {...props} />.</li>
        </ol>
        <h4>Route bij opschalen</h4>
        {(protocol.escalatie || []).length ? (
          <ol>
            {protocol.escalatie.map((niveau, i) => {
              const person = niveau.rol ? personFor(niveau.rol, data, form, audience) : null;
              const number = niveau.rol && niveau.rol !== 'mentor' ? bel(niveau.rol, data, form, audience) : null;
              return (
                <li key={i}>
                  <strong>{niveau.titel || <Missing>(niveau)</Missing>}</strong>
                  {person && person.naam ? <> — <Intern audience={audience} internal={!person.openbaar.includes('naam')}>{person.naam}</Intern></> : null}
                  {number ? `, ${number}` : null}
                  {niveau.wanneer ? `: ${niveau.wanneer}` : null}
                </li>
              );
            })}
          </ol>
        ) : <p><Missing>Nog geen route.</Missing></p>}
      </article>
    </section>
  );
}
