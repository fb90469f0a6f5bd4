"""Who is reading, and what they may see.

Every output declares its `Reader`: the public (the public site and its
downloads), staff (the staff site, the staff PDFs, guides staff keep to
themselves), or people outside the school whom staff reach (letters to
parents, the press statement, the text for the website). The reader decides
the `Audience` view the output is made from, not the build it is part of: a
letter to parents in the staff folder is made from the public view too.

Privacy by construction: the public view never holds an internal value. A
person's name, direct number and e-mail are replaced before any template can
see them; the reader is sent to the school's general number instead.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from .config.schema import Persoon, SchoolConfig, SocialeMediaFunctionaris


class Audience(str, Enum):
    """A view of the config: what a template gets to see."""

    PUBLIC = "openbaar"
    STAFF = "intern"


class Reader(str, Enum):
    """Who reads an output. Declared next to each document (a letter's front matter `lezer:`,
    the list of PDFs in `paper`), so the pipeline takes the view from the reader."""

    PUBLIC = "openbaar"
    """Anyone: the public site and everything on it."""
    STAFF = "intern"
    """Staff only: the staff site, the staff PDFs, guides and notes for colleagues."""
    OUTSIDE = "buiten_school"
    """People outside the school whom staff reach: letters to parents, press, website and social media."""

    @property
    def view(self) -> Audience:
        """Only staff see internal details; what staff send or publish shows only public ones."""
        return Audience.STAFF if self is Reader.STAFF else Audience.PUBLIC


def output_root(reader: Reader, public_dir: Path, intern_dir: Path) -> Path:
    """Where a reader's output goes: the public output (published) for the public; the staff output
    for staff, and for what staff pass on to people outside the school."""
    return public_dir if reader is Reader.PUBLIC else intern_dir


@dataclass(frozen=True)
class Contact:
    """A person as one audience may see them."""

    functie: str
    naam: str | None
    telefoon: str | None
    email: str | None
    bereikbaar: str | None
    via_school: bool
    """True when a detail was held back: show the school's general contact too."""
    taken: tuple[str, ...] = ()


def contact_for(person: Persoon, audience: Audience) -> Contact:
    shown = set(person.openbaar) if audience is Audience.PUBLIC else {"naam", "telefoon", "email"}
    pick = lambda detail: getattr(person, detail) if detail in shown else None  # noqa: E731
    hidden = any(getattr(person, d) is not None and d not in shown for d in ("naam", "telefoon", "email"))
    no_route = pick("telefoon") is None and pick("email") is None
    taken = tuple(person.taken) if isinstance(person, SocialeMediaFunctionaris) else ()
    return Contact(person.functie, pick("naam"), pick("telefoon"), pick("email"), person.bereikbaar,
                   via_school=hidden or no_route, taken=taken)


def view(config: SchoolConfig, audience: Audience) -> dict[str, Any]:
    """The config as plain data for one audience, with every person as a `Contact`."""
    return _plain(config, audience)


def _plain(value: Any, audience: Audience) -> Any:
    if isinstance(value, Persoon):
        return contact_for(value, audience)
    if isinstance(value, BaseModel):
        return {name: _plain(getattr(value, name), audience) for name in type(value).model_fields}
    if isinstance(value, (list, tuple)):
        return [_plain(item, audience) for item in value]
    return value
