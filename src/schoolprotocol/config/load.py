"""Load `school_config.yml` once, at the edge: read, validate, check the logo.

After `load_school` returns, nothing in the project looks at raw YAML again:
every later step works on the frozen `SchoolConfig` inside `LoadedSchool`.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from pydantic import ValidationError

from .printable import unprintable_problems
from .problems import InputError, Problem
from .schema import SchoolConfig
from .translate import problems_from
from .yamlsource import Source, dotted, read_yaml

MAX_LOGO_BYTES = 200 * 1024


@dataclass(frozen=True)
class Logo:
    mime: str
    data: bytes

    @property
    def data_uri(self) -> str:
        """Inline, so the logo needs no file of its own in any output or engine."""
        return f"data:{self.mime};base64,{base64.b64encode(self.data).decode('ascii')}"


@dataclass(frozen=True)
class LoadedSchool:
    config: SchoolConfig
    path: Path
    logo: Logo
    notices: tuple[str, ...] = field(default=())
    source: Source | None = None
    """The file as read (data and line numbers), for notices that point at a line; set by `load_school`."""


def load_school(path: Path, *, today: date | None = None) -> LoadedSchool:
    """Return the validated school, or raise `InputError` with every problem at once."""
    path = Path(path)
    source = read_yaml(path, keep_going=True)
    early = list(source.problems)  # a key twice, a refused tag: reported with everything else
    early += unprintable_problems(source)
    if not isinstance(source.data, dict):
        raise InputError(early or [Problem(path, "Bovenaan hoort een groep velden te staan (school:, personen:, ...), "
                                           "geen lijst of losse tekst.", line=1)])
    try:
        config = SchoolConfig.model_validate(without_empty(source.data))
    except ValidationError as err:
        later = [p for p in problems_from(err, source, SchoolConfig) if not _already_reported(p, source)]
        raise InputError(early + later) from None
    problems = early + cross_problems(config, source)
    logo = None
    try:
        logo = read_logo(path.parent / config.school.logo, source)
    except InputError as err:
        problems.extend(err.problems)
    if problems:
        raise InputError(problems)
    assert logo is not None
    return LoadedSchool(config, path, logo, tuple(notices(config, today or date.today()) + logo_notices(logo)), source)


def without_empty(data: object) -> object:
    """Leave out every key written without a value (`adres:`, `adres: ~`, `adres: ""`).

    One reading, whatever the YAML library: an empty optional field is simply absent, and
    an empty required field is reported as "leeg" (see `translate`), never as the text "~".
    """
    if isinstance(data, dict):
        return {key: without_empty(value) for key, value in data.items() if not _is_empty(value)}
    if isinstance(data, list):
        return [without_empty(item) for item in data]
    return data


def _is_empty(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _already_reported(problem: Problem, source: Source) -> bool:
    """A place the reading already complained about (a refused tag leaves an empty value behind)."""
    return any(problem.field == dotted(where) or problem.field.startswith(dotted(where) + ".")
               for where in source.problem_paths)


def cross_problems(config: SchoolConfig, source: Source) -> list[Problem]:
    """Rules that span several fields, so the schema alone cannot state them."""
    problems = []
    if not any(k.soort in ("anoniem", "vertrouwelijk") for k in config.meldkanalen):
        problems.append(Problem(
            source.path, "Er is geen anoniem of vertrouwelijk meldkanaal.", line=source.line_of(("meldkanalen",)),
            field="meldkanalen", allowed="minstens één kanaal met soort: anoniem of soort: vertrouwelijk",
            hint="Leerlingen melden vaak pas als niemand hoeft te weten wie het was."))
    p = config.protocol
    places = [(("protocol", "contact_slachtoffer_leerling"), p.contact_slachtoffer_leerling),
              (("protocol", "contact_slachtoffer_personeel"), p.contact_slachtoffer_personeel),
              (("protocol", "beelden_verwijderen"), p.beelden_verwijderen)]
    places += [(("protocol", "escalatie", i, "rol"), level.rol) for i, level in enumerate(p.escalatie) if level.rol]
    for where, role in places:
        if role not in ("mentor", "wijkagent") and getattr(config.personen, role) is None:
            problems.append(Problem(
                source.path, f"De rol '{role}' wordt hier gebruikt, maar staat niet ingevuld onder personen.",
                line=source.line_of(where), field=dotted(where),
                hint=f"Vul personen.{role} in, of kies een andere rol."))
    return problems


def read_logo(path: Path, source: Source) -> Logo:
    where = ("school", "logo")
    fail = lambda message, **kw: InputError([Problem(  # noqa: E731
        source.path, message, line=source.line_of(where), field="school.logo", **kw)])
    if not path.is_file():
        raise fail("Het logo is niet gevonden.", found=str(path),
                   hint="Zet het logo naast school_config.yml en schrijf de bestandsnaam vanaf die map.")
    too_big = lambda size: fail(  # noqa: E731
        "Het logo is te groot.", found=f"{size // 1024} kB", allowed=f"hoogstens {MAX_LOGO_BYTES // 1024} kB",
        hint="Gebruik een SVG of verklein de afbeelding.")
    size = path.stat().st_size  # before reading: a file of gigabytes is never read into memory
    if size > MAX_LOGO_BYTES:
        raise too_big(size)
    with path.open("rb") as handle:
        data = handle.read(MAX_LOGO_BYTES + 1)  # the file may have grown since the stat
    if len(data) > MAX_LOGO_BYTES:
        raise too_big(len(data))
    mime, reason = _image_type(data)
    if mime is None:
        raise fail("Het logo is geen afbeelding die we kunnen gebruiken" + (f": {reason}" if reason else "."),
                   found=path.name, allowed="SVG, PNG of JPG")
    return Logo(mime, data)


def _image_type(data: bytes) -> tuple[str | None, str | None]:
    """The logo's type, or None and the reason in words for the school."""
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return _decoded(data, "image/png", "PNG")
    if data.startswith(b"\xff\xd8\xff"):
        return _decoded(data, "image/jpeg", "JPEG")
    head = data[:4096].removeprefix(b"\xef\xbb\xbf").lstrip()
    if head.startswith(b"<"):
        reason = svg_problem(data)
        return ("image/svg+xml", None) if reason is None else (None, reason)
    return None, "het is geen SVG-, PNG- of JPG-bestand (de eerste tekens passen bij geen van drieën)"


def _decoded(data: bytes, mime: str, kind: str) -> tuple[str | None, str | None]:
    """Decode the whole picture now, so a broken file stops `check`, not the PDF or Word step halfway."""
    import warnings
    from io import BytesIO

    from PIL import Image, ImageFile

    previous = ImageFile.LOAD_TRUNCATED_IMAGES
    ImageFile.LOAD_TRUNCATED_IMAGES = False  # WeasyPrint turns this on for the whole process
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(BytesIO(data)) as image:
                if image.format != kind:
                    return None, f"de inhoud is geen echte {kind}"
                image.load()
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        return None, f"het {kind}-bestand heeft veel te veel beeldpunten"
    except Exception:  # noqa: BLE001 - Pillow raises many kinds for a damaged file
        return None, f"het {kind}-bestand is beschadigd of onvolledig en kan niet worden gelezen"
    finally:
        ImageFile.LOAD_TRUNCATED_IMAGES = previous
    return mime, None


_XML_ERRORS = {
    "mismatched tag": "een element wordt met een andere naam gesloten dan geopend",
    "no element found": "het bestand houdt op voordat alle elementen gesloten zijn",
    "syntax error": "de opmaak klopt niet",
    "not well-formed (invalid token)": "er staat een teken dat in XML niet mag",
    "unclosed token": "een element of aanhalingsteken wordt niet gesloten",
    "undefined entity": "er staat een onbekende entiteit (&...;)",
    "junk after document element": "na het afsluitende </svg> staat nog iets",
    "unknown encoding": "de tekencodering in de XML-kop is onbekend",
    "encoding specified in XML declaration is incorrect": "de tekencodering in de XML-kop klopt niet met het bestand",
    "duplicate attribute": "een element heeft hetzelfde attribuut twee keer",
    "unbound prefix": "een voorvoegsel (zoals xlink:) is niet gedeclareerd",
}


def svg_problem(data: bytes) -> str | None:
    """None for a usable SVG, else why not. Any XML encoding, a byte order mark and a DOCTYPE are fine;
    entity definitions are refused (they can blow a small file up to gigabytes)."""
    import xml.parsers.expat

    class Refused(Exception):
        pass

    def no_entities(*_args: object) -> None:
        raise Refused

    parser = xml.parsers.expat.ParserCreate()
    parser.EntityDeclHandler = no_entities
    root: list[str] = []
    parser.StartElementHandler = lambda name, _attrs: root.append(name) if not root else None
    try:
        parser.Parse(data, True)
    except Refused:
        return "het SVG-bestand definieert eigen entiteiten (<!ENTITY ...>); dat staan we niet toe"
    except xml.parsers.expat.ExpatError as err:
        english = xml.parsers.expat.ErrorString(err.code)
        return f"het SVG-bestand is geen geldige XML: {_XML_ERRORS.get(english, english)} (regel {err.lineno})"
    if not root or root[0].rsplit(":", 1)[-1] != "svg":
        return f"het bestand is XML, maar geen SVG (het begint met <{root[0] if root else '?'}> in plaats van <svg>)"
    return None


def svg_outside_references(data: bytes) -> list[str]:
    """Addresses an SVG refers to outside itself (not `data:` and not `#id`); no output ever fetches them."""
    import xml.parsers.expat

    found: list[str] = []

    def start(_name: str, attrs: dict[str, str]) -> None:
        for key, value in attrs.items():
            ref = value.strip()
            if key.rsplit(":", 1)[-1] == "href" and ref and not ref.startswith("#") \
                    and not ref.lower().startswith("data:") and ref not in found:
                found.append(ref)

    parser = xml.parsers.expat.ParserCreate()
    parser.StartElementHandler = start
    try:
        parser.Parse(data, True)
    except xml.parsers.expat.ExpatError:  # pragma: no cover - read_logo parsed it already
        return []
    return found


def logo_notices(logo: Logo) -> list[str]:
    if logo.mime != "image/svg+xml":
        return []
    refs = svg_outside_references(logo.data)
    if not refs:
        return []
    shown = ", ".join(refs[:3]) + (" en meer" if len(refs) > 3 else "")
    return [f"Let op: het SVG-logo (school.logo) verwijst naar een plaatje buiten het logobestand ({shown}). "
            "Dat halen we nergens op: de PDF's en de Word-bestanden tonen het logo zonder dat plaatje. "
            "Neem het plaatje op in het SVG-bestand zelf, of gebruik een PNG-logo."]


def notices(config: SchoolConfig, today: date) -> list[str]:
    """Things a school should hear about that do not stop the build."""
    out = []
    due = config.beleid.volgende_evaluatie
    if due < today:
        out.append(f"Let op: de evaluatie van het protocol was gepland op {due.isoformat()} en is nu "
                   f"{(today - due).days} dagen over tijd. Evalueer het protocol en pas beleid.volgende_evaluatie aan.")
    return out
