"""Facts that change over time and are the same for every school.

Organisations, glossary terms and sector words live in `data/*.yml`; each
organisation carries the source it was checked against and when. They are
read with the same safe loader and Dutch messages as a school's config.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, RootModel, ValidationError

from .config.problems import InputError
from .config.translate import problems_from
from .config.types import HttpsLink, JaNee, LangeTekst, Tekst
from .config.yamlsource import read_yaml

DATA_DIR = Path(__file__).resolve().parents[2] / "data"
STALE_AFTER_DAYS = 365

#: Help numbers include short numbers (112, 113) and 0800/0900 numbers.
HULPNUMMER_PATTERN = r"^(?:1[0-9]{2,5}|0[0-9]{3}[ -]?[0-9]{4,7}|0[0-9]{1,3}[ -]?[0-9]{3}[ -]?[0-9]{2,4}[ -]?[0-9]{0,4})$"


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)


class Organisatie(_Model):
    naam: Tekst
    wat: LangeTekst = Field(description="Wat de organisatie doet, in gewone taal.")
    wanneer: LangeTekst = Field(description="Wanneer je of u er terechtkunt.")
    voor: list[Literal["leerlingen", "ouders", "school"]] = Field(min_length=1)
    telefoon: str | None = Field(None, pattern=HULPNUMMER_PATTERN)
    telefoon_toelichting: Tekst | None = None
    website: HttpsLink
    chat: HttpsLink | None = None
    voorheen: Tekst | None = Field(None, description="Oude naam uit de bronnen, zodat lezers de organisatie herkennen.")
    bron: HttpsLink = Field(description="Waar de gegevens zijn gecontroleerd.")
    gecontroleerd_op: date


class Begrip(_Model):
    term: Tekst
    varianten: list[Tekst] = Field(default_factory=list, description="Andere schrijfwijzen die ook een uitleg krijgen.")
    uitleg: LangeTekst
    kort: Tekst = Field(description="Uitleg in één zin, voor de tooltip.")
    zie_ook: list[Tekst] = Field(default_factory=list)


class Sectortermen(_Model):
    sector_naam: Tekst
    leerling: Tekst
    leerlingen: Tekst
    kind: Tekst
    kinderen: Tekst
    mentor: Tekst
    mentoren: Tekst
    mentor_voluit: Tekst
    klas: Tekst
    klassen: Tekst
    klasgenoten: Tekst
    ouders: Tekst
    ouders_kort: Tekst
    zorgcoordinator: Tekst
    zorgteam: Tekst
    schoolgids: Tekst
    medezeggenschap: Tekst
    doelgroep: Tekst
    volwassen: JaNee


class _Organisaties(RootModel[dict[str, Organisatie]]):
    pass


class _Begrippen(RootModel[list[Begrip]]):
    pass


class _Sectoren(_Model):
    po: Sectortermen
    vo: Sectortermen
    mbo: Sectortermen


@dataclass(frozen=True)
class Facts:
    organisaties: dict[str, Organisatie]
    begrippen: tuple[Begrip, ...]
    sectoren: _Sectoren

    def stale(self, today: date) -> list[str]:
        return [
            f"Let op: de gegevens van {org.naam} (data/organisaties.yml) zijn voor het laatst gecontroleerd op "
            f"{org.gecontroleerd_op.isoformat()}, meer dan een jaar geleden. Controleer ze bij {org.bron}."
            for org in self.organisaties.values()
            if (today - org.gecontroleerd_op).days > STALE_AFTER_DAYS
        ]


def _load(path: Path, model: type[BaseModel], what: str):
    source = read_yaml(path, what=what)
    try:
        return model.model_validate(source.data)
    except ValidationError as err:
        raise InputError(problems_from(err, source, model)) from None


def load_facts(data_dir: Path = DATA_DIR) -> Facts:
    """Read all data files; every problem in any of them is reported together."""
    problems = []
    loaded = {}
    for name, model, what in (("organisaties", _Organisaties, "organisaties"),
                              ("begrippen", _Begrippen, "begrippenlijst"),
                              ("sectoren", _Sectoren, "sectorwoorden")):
        try:
            loaded[name] = _load(data_dir / f"{name}.yml", model, what)
        except InputError as err:
            problems.extend(err.problems)
    if problems:
        raise InputError(problems)
    begrippen = tuple(loaded["begrippen"].root)
    return Facts(loaded["organisaties"].root, begrippen, loaded["sectoren"])


@lru_cache(maxsize=4)
def cached_facts(data_dir: Path, stamp: tuple) -> Facts:
    return load_facts(data_dir)


def facts_for(data_dir: Path = DATA_DIR) -> Facts:
    """Load once per process while the files are unchanged (serve rebuilds, batch builds)."""
    files = sorted(data_dir.glob("*.yml"))
    stamp = tuple((f.name, f.stat().st_mtime_ns, f.stat().st_size) for f in files)
    return cached_facts(data_dir, stamp)
