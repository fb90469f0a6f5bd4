"""The version of the national text, and what changed per version (`data/wijzigingen.yml`).

The national text is everything that is the same for every school: the pages,
steps, organisations, law articles and glossary. Its version is the top entry of
`data/wijzigingen.yml`, the one place that says it; the footer, the PDFs, the
`wijzigingen` page and `check` all read it from here. A school records the
version its board adopted in `beleid.tekstversie`; `check` then says when the
installed text is newer and lists what changed since.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, RootModel, ValidationError, model_validator
from pydantic_core import PydanticCustomError

from .config.problems import InputError
from .config.schema import TEKSTVERSIE_PATTERN
from .config.translate import problems_from
from .config.types import LangeTekst
from .config.yamlsource import read_yaml
from .paths import DATA

CHANGES_FILE = DATA / "wijzigingen.yml"

#: A text version: year.month, like 2026.12; the school's `beleid.tekstversie` has the same form.
VERSION_PATTERN = TEKSTVERSIE_PATTERN

Versie = Annotated[str, Field(pattern=VERSION_PATTERN, description="Jaar en maand, zoals 2026.12.")]


def version_key(version: str) -> tuple[int, int]:
    """'2026.12' -> (2026, 12), for comparing versions."""
    year, month = version.split(".")
    return int(year), int(month)


class Release(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)

    versie: Versie
    datum: date
    samenvatting: LangeTekst
    wijzigingen: list[LangeTekst] = Field(min_length=1)


class _Releases(RootModel[list[Release]]):
    @model_validator(mode="after")
    def _newest_first(self) -> "_Releases":
        if not self.root:
            raise PydanticCustomError("geen_versies", "Er staat nog geen versie in dit bestand.")
        keys = [version_key(release.versie) for release in self.root]
        if keys != sorted(set(keys), reverse=True):
            raise PydanticCustomError("volgorde_versies",
                                      "Zet de versies van nieuw naar oud, elke versie één keer (de nieuwste bovenaan).")
        return self


def load_releases(path: Path = CHANGES_FILE) -> tuple[Release, ...]:
    """Every version of the national text, newest first; `InputError` with Dutch problems if the file is wrong."""
    source = read_yaml(path, what="wijzigingen in de tekst")
    try:
        return tuple(_Releases.model_validate(source.data).root)
    except ValidationError as err:
        raise InputError(problems_from(err, source, _Releases)) from None


@lru_cache(maxsize=1)
def releases() -> tuple[Release, ...]:
    return load_releases()


def text_version() -> str:
    """The version of the installed national text, like '2026.12'."""
    return releases()[0].versie


def changes_since(adopted: str, all_releases: tuple[Release, ...] | None = None) -> list[Release]:
    """The versions newer than `adopted`, newest first."""
    return [r for r in (all_releases or releases()) if version_key(r.versie) > version_key(adopted)]


def version_notices(adopted: str | None, all_releases: tuple[Release, ...] | None = None) -> list[str]:
    """What `check` says about the school's adopted text version (nothing when it is the installed one)."""
    all_releases = all_releases or releases()  # also validates the file for `check`, with or without `adopted`
    if not adopted or not re.match(VERSION_PATTERN, adopted):
        return []
    installed = all_releases[0].versie
    if version_key(adopted) > version_key(installed):
        return [f"Let op: de school heeft versie {adopted} van de landelijke tekst vastgesteld, maar hier is versie "
                f"{installed} geïnstalleerd: een oudere. Werk het programma bij (pip install --upgrade "
                "schoolprotocol) voordat u bouwt."]
    newer = changes_since(adopted, all_releases)
    if not newer:
        return []
    lines = [f"Let op: er is een nieuwere versie van de landelijke tekst ({installed}) dan de versie die de school "
             f"heeft vastgesteld ({adopted}). De site en de PDF gebruiken de nieuwe tekst. Dit is er veranderd:"]
    for release in newer:
        lines.append(f"  Versie {release.versie} ({_dutch_date(release.datum)}): {release.samenvatting}")
        lines.extend(f"  - {change}" for change in release.wijzigingen)
    lines.append(f"Leg de wijzigingen voor aan de medezeggenschap (ze staan ook op de pagina Wijzigingen van de site). "
                 f"Na goedkeuring zet u in school_config.yml bij beleid: tekstversie: \"{installed}\".")
    return ["\n".join(lines)]


_MONTHS = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
           "november", "december")


def _dutch_date(day: date) -> str:
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"
