"""Who is reading: the public (site, public PDF) or staff (internal PDF, staff site).

Privacy by construction: the public view never holds an internal value. A
person's name, direct number and e-mail are replaced before any template can
see them; the reader is sent to the school's general number instead.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import Any

from pydantic import BaseModel

from .config.schema import Persoon, SchoolConfig, SocialeMediaFunctionaris


class Audience(str, Enum):
    PUBLIC = "openbaar"
    STAFF = "intern"


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


def internal_values(config: SchoolConfig) -> list[str]:
    """Every value the public must never see: the basis of the privacy tests."""
    found: list[str] = []

    def walk(value: Any) -> None:
        if isinstance(value, Persoon):
            found.extend(str(getattr(value, d)) for d in ("naam", "telefoon", "email")
                         if getattr(value, d) is not None and d not in value.openbaar)
        if isinstance(value, BaseModel):
            for name in type(value).model_fields:
                walk(getattr(value, name))
        elif isinstance(value, (list, tuple)):
            for item in value:
                walk(item)

    walk(config)
    public = set(str(v) for v in _public_values(view(config, Audience.PUBLIC)))
    return sorted(v for v in set(found) if v not in public)


def _public_values(value: Any):
    if isinstance(value, Contact):
        yield from (v for v in (value.functie, value.naam, value.telefoon, value.email, value.bereikbaar) if v)
        yield from value.taken
    elif isinstance(value, dict):
        for item in value.values():
            yield from _public_values(item)
    elif isinstance(value, list):
        for item in value:
            yield from _public_values(item)
    elif value is not None:
        yield value
