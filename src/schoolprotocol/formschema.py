"""The form behind the browser configurator, made from the pydantic schema.

The JSON Schema that pydantic writes is right for editors but awkward for a
form: optional fields are `anyOf [value, null]` (a form library shows those
as an unlabelled choice), definitions sit behind `$ref`, and error messages
would be the form library's English. This module turns it into a form-ready
schema with the same patterns and formats, the Dutch messages of the Python
validation, a matching uiSchema, and the steps of the configurator.

Everything is derived from `SchoolConfig`, so a field added there shows up
in the form after `schoolprotocol genereer`, without touching the page.
The result is written as a plain script (`window.SCHOOLPROTOCOL_FORMULIER`),
because a page opened as a local file may not fetch() JSON.
"""

from __future__ import annotations

import copy
import json
import typing
from dataclasses import dataclass
from typing import Any

from pydantic import TypeAdapter, ValidationError

from .config import types
from .config.schema import DEFAULT_FUNCTIE, Rol
from .config.translate import _DATE_HINT
from .paths import CONTENT, EXAMPLE_CONFIG, PROJECT
from .facts import load_facts
from .reference import json_schema

FORM_SCRIPT = CONTENT / "beheer" / "formulier.js"
GLOBAL_NAME = "SCHOOLPROTOCOL_FORMULIER"

#: A text longer than this gets a text area instead of a one-line field.
TEXTAREA_FROM = 200


@dataclass(frozen=True)
class Stap:
    """One step of the configurator: which parts of the config it asks for."""

    id: str
    titel: str
    uitleg: str
    paden: tuple[str, ...]


#: The steps follow the protocol. A path claims a part of the config; a more
#: specific path in another step takes that part away (school.logo goes to the
#: house style). A top-level field that no step names gets a step of its own.
#: A step asks for at most about eight fields (MAX_FIELDS_PER_STEP; a test counts them), so
#: nobody faces a wall of fields: each person has a step of their own.
STAPPEN = (
    Stap("school", "School", "De naam en de soort school. Deze gegevens staan altijd op de openbare site.",
         ("school.naam", "school.korte_naam", "school.sector", "school.plaats", "school.adres", "school.bestuur",
          "termen")),
    Stap("contact", "Contact en website",
         "Hoe iedereen de school bereikt. Het algemene nummer en e-mailadres zijn altijd openbaar.",
         ("school",)),
    Stap("schoolleiding", "Schoolleiding",
         "Wie eindverantwoordelijk is bij een incident. Naam, direct nummer en e-mail zijn intern, tenzij u ze "
         "bij 'Openbaar' aanvinkt.", ("personen.schoolleiding",)),
    Stap("vertrouwenspersoon", "Vertrouwenspersoon",
         "Bij wie leerlingen en personeel in vertrouwen terechtkunnen. Naam, direct nummer en e-mail zijn intern, "
         "tenzij u ze bij 'Openbaar' aanvinkt.", ("personen.vertrouwenspersoon", "personen.externe_vertrouwenspersoon")),
    Stap("zorg", "Zorg",
         "Wie de zorg voor leerlingen coördineert. Naam, direct nummer en e-mail zijn intern, tenzij u ze bij "
         "'Openbaar' aanvinkt.", ("personen.zorgcoordinator",)),
    Stap("socialemedia", "Sociale media",
         "Het vaste aanspreekpunt voor sociale media op school, en zijn of haar taken.",
         ("personen.socialemediafunctionaris",)),
    Stap("pers", "Pers en communicatie",
         "Wie met de pers praat, en wie helpt bij communicatie in een crisis.",
         ("personen",)),
    Stap("politie", "Politie", "De vaste contactpersoon bij de politie en wat u samen hebt afgesproken.",
         ("politie",)),
    Stap("meldkanalen", "Meldkanalen", "Hoe leerlingen, ouders en personeel iets kunnen melden.",
         ("meldkanalen",)),
    Stap("werkwijze", "Werkwijze",
         "Wie het contact met het slachtoffer houdt, en wie helpt om beelden te laten verwijderen.",
         ("protocol",)),
    Stap("opschalen", "Route bij opschalen", "De route van licht naar zwaar: wie neemt het over als het ernstiger wordt.",
         ("protocol.escalatie",)),
    Stap("maatregelen", "Maatregelen", "De maatregelen van de school, van licht naar zwaar, en wie erover besluit.",
         ("protocol.sancties",)),
    Stap("documenten", "Documenten",
         "De webadressen van uw eigen documenten. Een adres zonder https:// aan het begin vult het formulier aan.",
         ("documenten",)),
    Stap("sociale_kaart", "Sociale kaart", "Met welke organisaties in de buurt u samenwerkt.", ("sociale_kaart",)),
    Stap("beleid", "Vaststelling en evaluatie", "Wie het protocol vaststelde, wanneer, en wanneer u het weer bekijkt.",
         ("beleid",)),
    Stap("huisstijl", "Huisstijl",
         "Het logo en de kleuren van de school. Kies hieronder het logobestand: het komt samen met "
         "school_config.yml in het zip-bestand dat u aan het eind opslaat.", ("school.logo", "school.kleuren")),
)

#: Most fields one step may ask for (a list item's fields count once per item shown).
MAX_FIELDS_PER_STEP = 8

#: Help under a date field: the configurator turns 12-3-2026 into 2026-03-12 when the field is left.
DATE_HELP = "Schrijf de datum als dag-maand-jaar, bijvoorbeeld 31-8-2027. In het bestand komt 2027-08-31."

#: Roles whose name differs per sector, and the word of data/sectoren.yml that names them.
SECTOR_ROLES = {"mentor": "mentor_voluit", "zorgcoordinator": "zorgcoordinator"}

#: Dutch titles for one item of a list, by the model behind it or by the list's key.
#: A list not named here gets its own title with a number.
ITEM_TITLES = {
    "Escalatieniveau": "Niveau",
    "Sanctie": "Maatregel",
    "Meldkanaal": "Meldkanaal",
    "LokaalContact": "Organisatie",
    "taken": "Taak",
    "afspraken": "Afspraak",
}

#: Readable labels for choice values; other values are shown as written.
ENUM_LABELS = {
    "po": "po (primair onderwijs)",
    "vo": "vo (voortgezet onderwijs)",
    "mbo": "mbo (middelbaar beroepsonderwijs)",
    "mentor": "Mentor van de leerling",
    **{role: title for role, title in DEFAULT_FUNCTIE.items() if role != "contactpersoon"},  # the persons' roles
    "wijkagent": "Wijkagent (politie)",
    "anoniem": "anoniem: de melder hoeft geen naam te geven",
    "vertrouwelijk": "vertrouwelijk: de school kent de naam, maar maakt die niet bekend",
    "open": "open: een gewone melding",
    "ggd": "GGD",
    "veilig_thuis": "Veilig Thuis",
    "schoolmaatschappelijk_werk": "Schoolmaatschappelijk werk",
    "email": "e-mail",
}


def _message(annotated: Any, bad: Any) -> str:
    """The Dutch message the Python validation gives for `bad`, so the form says exactly the same."""
    try:
        TypeAdapter(annotated).validate_python(bad)
    except ValidationError as err:
        return err.errors()[0]["msg"]
    raise AssertionError(f"{bad!r} should not be valid")  # pragma: no cover


def _pattern_messages() -> dict[str, list[list[str]]]:
    """Per pattern: [regular expression the bad value matches, message]; the first match wins."""
    return {
        types.PHONE_PATTERN: [["", _message(types.Telefoon, "x")]],
        types.EMAIL_PATTERN: [["", _message(types.Email, "x")]],
        # the same rules, in the same order, as the Python check (types.link_rules)
        types.LINK_PATTERN: [list(rule) for rule in types.link_rules(types.LINK_SCHEMES)],
        types.HTTPS_PATTERN: [list(rule) for rule in types.link_rules(("https",))],
        types.SITE_URL_PATTERN: [list(rule) for rule in types.link_rules(("https",), site=True)],
        types.COLOUR_PATTERN: [["", _message(types.Kleur, "x")]],
    }


def _rule_messages() -> dict[str, str]:
    """Messages of the rules that span fields, taken from the Python checks themselves."""
    from .config.load import cross_problems
    from .config.schema import Beleid, Meldkanaal, Persoon, SchoolConfig
    from .config.yamlsource import Source, read_yaml

    def broken(model: Any, **data: Any) -> str:
        return _message(model, data)

    example = read_yaml(EXAMPLE_CONFIG).data
    example["meldkanalen"] = [{**k, "soort": "open"} for k in example["meldkanalen"]]
    example["personen"].pop("crisiscommunicatie", None)
    example["protocol"]["beelden_verwijderen"] = "crisiscommunicatie"
    found = cross_problems(SchoolConfig.model_validate(example), Source(PROJECT, example, {}))
    return {
        "openbaar_leeg": broken(Persoon, functie="x", openbaar=["naam"]).replace("'naam'", "'{detail}'"),
        "meldkanaal_leeg": broken(Meldkanaal, naam="x", soort="open"),
        "evaluatie_voor_vaststelling": broken(Beleid, vastgesteld_door="x", vastgesteld_op="2026-01-01", versie="1",
                                              volgende_evaluatie="2026-01-01"),
        "geen_anoniem_kanaal": " ".join(filter(None, (found[0].message, found[0].hint))),
        "rol_ontbreekt": " ".join(filter(None, (found[1].message, found[1].hint))).replace("crisiscommunicatie", "{rol}"),
    }


def control_free_pattern() -> str:
    """Text may not hold invisible characters: the same Unicode categories as the Python rule."""
    from .config.chars import invisible_class

    return "^[^" + invisible_class()[1:-1] + "]*$"


class _Builder:
    def __init__(self, schema: dict[str, Any]) -> None:
        self.defs = schema.get("$defs", {})
        self.patterns = _pattern_messages()
        self.control_message = types.INVISIBLE_MESSAGE

    def node(self, node: dict[str, Any], path: tuple[str, ...]) -> dict[str, Any]:
        node = self._collapse(node)
        out = {k: v for k, v in node.items() if k not in ("$defs",)}
        if out.get("type") == "object":
            out["properties"] = {name: self.node(prop, path + (name,))
                                 for name, prop in node.get("properties", {}).items()}
            if "functie" in out["properties"] and path and path[-1] in DEFAULT_FUNCTIE:
                # The Python model fills in the role's name when functie is left out.
                out["required"] = [r for r in out.get("required", []) if r != "functie"]
                out["properties"]["functie"]["x-standaard"] = DEFAULT_FUNCTIE[path[-1]]
            if not out.get("required"):
                out.pop("required", None)
        elif out.get("type") == "array":
            model = node["items"].get("$ref", "").rsplit("/", 1)[-1]
            item = self.node(node["items"], path + ("[]",))
            title = ITEM_TITLES.get(model) or ITEM_TITLES.get(path[-1] if path else "")
            if title or model:
                item["title"] = title or out.get("title", model)
            out["items"] = item
        elif out.get("type") == "string":
            self._string(out)
        return out

    def _collapse(self, node: dict[str, Any]) -> dict[str, Any]:
        """Resolve `$ref` and fold 'value or null' into the value (not required = may stay empty)."""
        node = dict(node)
        options = node.get("anyOf")
        if options and any(o.get("type") == "null" for o in options):
            rest = [o for o in options if o.get("type") != "null"]
            if len(rest) == 1:
                node.pop("anyOf")
                node = {**rest[0], **node}
                if node.get("default", "") is None:
                    node.pop("default")
        if "$ref" in node:
            target = self.defs[node.pop("$ref").rsplit("/", 1)[-1]]
            node = {**copy.deepcopy(target), **node}
        return node

    def _string(self, out: dict[str, Any]) -> None:
        # The patterns are the Python rules. JSON-Schema formats 'email' and 'uri' are
        # stricter or looser than those rules, so they only choose the kind of input field.
        if out.get("format") in ("email", "uri"):
            out["x-invoer"] = {"email": "email", "uri": "url"}[out.pop("format")]
        if out.get("pattern") in self.patterns:
            out["x-meldingen"] = self.patterns[out["pattern"]]
            if out["pattern"] == types.EMAIL_PATTERN:
                out["maxLength"] = 254
                out["not"] = {"pattern": "\\.\\."}
        elif out.get("format") == "date":
            out["x-meldingen"] = [["^(?!20)[0-9]{4}-", _message(types.Datum, "2206-09-01")],
                                  ["", "Dit is geen geldige datum. " + _DATE_HINT]]
        elif "x-opmaak" in out and "pattern" not in out:
            out["pattern"] = control_free_pattern()
            out["x-meldingen"] = [["", self.control_message]]


def _ui(node: dict[str, Any]) -> dict[str, Any]:
    """The uiSchema for a form-ready node: widgets, placeholders and help from the schema itself."""
    ui: dict[str, Any] = {}
    help_parts = []
    kind = node.get("type")
    if kind == "object":
        for name, prop in node.get("properties", {}).items():
            child = _ui(prop)
            if child:
                ui[name] = child
        return ui
    if kind == "array":
        items = node.get("items", {})
        if node.get("uniqueItems") and "enum" in items:
            ui["ui:widget"] = "checkboxes"
            ui["ui:enumNames"] = [ENUM_LABELS.get(v, v) for v in items["enum"]]
            ui["ui:options"] = {"inline": True}
        else:
            child = _ui(items)
            if child:
                ui["items"] = child
        return ui
    if "enum" in node:
        ui["ui:enumNames"] = [ENUM_LABELS.get(v, str(v).replace("_", " ")) for v in node["enum"]]
        if len(node["enum"]) <= 3:
            ui["ui:widget"] = "radio"
    if kind == "string":
        if "x-opmaak" in node and node.get("maxLength", 0) > TEXTAREA_FROM:
            ui["ui:widget"] = "textarea"
            ui["ui:options"] = {"rows": 3}
        elif node.get("x-formaat") == "telefoon":
            ui["ui:options"] = {"inputType": "tel"}
        elif "x-invoer" in node:
            ui["ui:options"] = {"inputType": node["x-invoer"]}
        if "x-standaard" in node:
            ui["ui:placeholder"] = node["x-standaard"]
            help_parts.append(f"Leeg laten geeft: {node['x-standaard']}.")
        if node.get("x-opmaak") is True:
            help_parts.append("Opmaak: **vet**, *schuin*, een lijstje met - aan het begin van de regel, "
                              "of een link als [tekst](https://...).")
        if node.get("x-formaat") == "kleur":
            help_parts.append("Schrijf de kleur als # met zes tekens 0-9 of a-f.")
        if node.get("format") == "date":
            # A text field, not the browser's date picker: that one shows the date in the browser's
            # language (01/09 is January 9 in an English browser), the file uses year-month-day.
            # The form also takes the Dutch way (12-3-2026) and writes it as the file wants it.
            ui["ui:widget"] = "text"
            ui["ui:placeholder"] = "dd-mm-jjjj"
            help_parts.append(DATE_HELP)
    if node.get("examples"):
        help_parts.append("Bijvoorbeeld: " + ", ".join(str(e) for e in node["examples"]) + ".")
    if help_parts:
        ui["ui:help"] = " ".join(help_parts)
    return ui


def _steps(schema: dict[str, Any]) -> list[dict[str, Any]]:
    """Each step with the paths it shows and the more specific paths other steps take from it."""
    stappen = list(STAPPEN)
    covered = {p.split(".")[0] for stap in stappen for p in stap.paden}
    stappen += [Stap(name, prop.get("title", name), prop.get("description", ""), (name,))
                for name, prop in schema["properties"].items() if name not in covered]
    all_paths = [p for stap in stappen for p in stap.paden]
    return [{"id": stap.id, "titel": stap.titel, "uitleg": stap.uitleg, "paden": list(stap.paden),
             "zonder": [p for p in all_paths if p not in stap.paden
                        and any(p.startswith(k + ".") for k in stap.paden)]}
            for stap in stappen]


def form_schema() -> dict[str, Any]:
    """The whole configuration as one form-ready JSON Schema (no `$ref`, no 'or null')."""
    source = json_schema()
    built = _Builder(source).node(source, ())
    for key in ("$defs", "$schema", "$id"):  # the form validator reads it as a plain draft-07 schema
        built.pop(key, None)
    built["title"] = "Configuratie van de school"
    return built


def _upper(word: str) -> str:
    return word[:1].upper() + word[1:]


def sector_labels(words: dict[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Per sector, the form's labels that name a role or a word of that sector (from data/sectoren.yml).

    `rollen`: the label of each role choice; `velden`: per field path (`[]` for a list item) a title,
    placeholder or help text that replaces the general one; `functies`: the job title the configurator
    writes when a person's functie is left empty and the sector names the role differently.
    """
    out = {}
    for sector, w in words.items():
        rollen = {rol: _upper(w[key]) for rol, key in SECTOR_ROLES.items()}
        rollen["mentor"] = f"{rollen['mentor']} van de {w['leerling']}"
        zorg = _upper(w["zorgcoordinator"])
        out[sector] = {
            "rollen": rollen,
            "functies": {"zorgcoordinator": zorg} if zorg != DEFAULT_FUNCTIE["zorgcoordinator"] else {},
            "velden": {
                "personen.zorgcoordinator": {"title": zorg},
                "personen.zorgcoordinator.functie": {"placeholder": zorg, "help": f"Leeg laten geeft: {zorg}."},
                "termen.mentor": {"placeholder": w["mentor"]},
                "termen.mentoren": {"placeholder": w["mentoren"]},
                "protocol.escalatie.[].titel": {"help": (
                    f"Bijvoorbeeld '{_upper(w['mentor'])}', '{zorg}' of '{_upper(w['zorgteam'])}'.")},
                "protocol.sancties.[].maatregel": {"help": f"Bijvoorbeeld: Gesprek met de {w['mentor']}."},
                "protocol.sancties.[].besluit": {"help": f"Bijvoorbeeld: {w['mentor']}."},
                "protocol.contact_slachtoffer_leerling": {"title": f"Contactpersoon als een {w['leerling']} slachtoffer is"},
            },
        }
    return out


def form_data() -> dict[str, Any]:
    """Everything the configurator page needs, as plain data."""
    schema = form_schema()
    ui = _ui(schema)
    facts = load_facts()
    words = {sector: getattr(facts.sectoren, sector).model_dump() for sector in ("po", "vo", "mbo")}
    return {
        "schema": schema,
        "uiSchema": ui,
        "stappen": _steps(schema),
        "woorden": words,
        "functies": DEFAULT_FUNCTIE,
        "regels": _rule_messages(),
        "rollen": {rol: ENUM_LABELS.get(rol, rol) for rol in typing.get_args(Rol)},
        "sectoren": sector_labels(words),
        "maxVelden": MAX_FIELDS_PER_STEP,
    }


def form_script() -> str:
    """`formulier.js`: the form data as a plain script, so the page works when opened as a file."""
    data = json.dumps(form_data(), ensure_ascii=True, indent=1, sort_keys=False)
    return ("// Gemaakt door 'schoolprotocol genereer' uit src/schoolprotocol/config/schema.py.\n"
            "// Niet met de hand bewerken: verander het schema en draai 'schoolprotocol genereer'.\n"
            f"window.{GLOBAL_NAME} = {data};\n")
