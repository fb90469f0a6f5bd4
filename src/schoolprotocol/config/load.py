"""Load `school_config.yml` once, at the edge: read, validate, check the logo.

After `load_school` returns, nothing in the project looks at raw YAML again:
every later step works on the frozen `SchoolConfig` inside `LoadedSchool`.
"""

from __future__ import annotations

import base64
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from pydantic import ValidationError

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


def load_school(path: Path, *, today: date | None = None) -> LoadedSchool:
    """Return the validated school, or raise `InputError` with every problem at once."""
    path = Path(path)
    source = read_yaml(path, keep_going=True)
    early = list(source.problems)  # a key twice, a refused tag: reported with everything else
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
    return LoadedSchool(config, path, logo, tuple(notices(config, today or date.today())))


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
    data = path.read_bytes()
    if len(data) > MAX_LOGO_BYTES:
        raise fail("Het logo is te groot.", found=f"{len(data) // 1024} kB",
                   allowed=f"hoogstens {MAX_LOGO_BYTES // 1024} kB", hint="Gebruik een SVG of verklein de afbeelding.")
    mime = _image_type(data)
    if mime is None:
        raise fail("Het logo is geen afbeelding die we kunnen gebruiken.", found=path.name, allowed="SVG, PNG of JPG")
    return Logo(mime, data)


def _image_type(data: bytes) -> str | None:
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if data.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    head = data[:2048].lstrip()
    if head.startswith(b"<?xml") or head.startswith(b"<svg") or head.startswith(b"<!--"):
        try:
            root = ET.fromstring(data.decode("utf-8"))
        except (ET.ParseError, UnicodeDecodeError):
            return None
        if root.tag.rsplit("}", 1)[-1] == "svg":
            return "image/svg+xml"
    return None


def notices(config: SchoolConfig, today: date) -> list[str]:
    """Things a school should hear about that do not stop the build."""
    out = []
    due = config.beleid.volgende_evaluatie
    if due < today:
        out.append(f"Let op: de evaluatie van het protocol was gepland op {due.isoformat()} en is nu "
                   f"{(today - due).days} dagen over tijd. Evalueer het protocol en pas beleid.volgende_evaluatie aan.")
    return out
