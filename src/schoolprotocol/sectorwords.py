"""Words of another sector in a school's config: a notice, never an error.

A primary school that started from the secondary example may still say 'Rector' or
'brugklassers'; an mbo may still say 'leerling'. `data/sectorwoorden.yml` says which words
belong to which sectors; this module finds them in the config's own text values.
"""

from __future__ import annotations

import re
from typing import Any, Iterator

from .config.yamlsource import Source, dotted
from .facts import Facts

SECTOR_NAMES = {"po": "het po (primair onderwijs)", "vo": "het vo (voortgezet onderwijs)", "mbo": "het mbo"}
SHORT = {"po": "po", "vo": "vo", "mbo": "mbo"}

#: Fields whose value is a fixed choice or an address, not text a reader sees.
_NOT_TEXT = {"sector", "rol", "soort", "contact_slachtoffer_leerling", "contact_slachtoffer_personeel",
             "beelden_verwijderen", "openbaar", "logo", "website", "link", "email", "protocol_url", "telefoon",
             "primair", "accent"}
_ADDRESS = re.compile(r"https?://\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.IGNORECASE)


def _pattern(word: str) -> re.Pattern[str]:
    """A word at the start of a word; longer forms count too, except after a final digit ('groep 8', not 'groep 80')."""
    tail = r"(?!\w)" if word[-1].isdigit() else r"[\w'’]*"
    return re.compile(r"(?<![\w'’])" + re.escape(word).replace(r"\ ", r"\s+") + tail, re.IGNORECASE)


def _texts(data: Any, where: tuple = ()) -> Iterator[tuple[tuple, str]]:
    if isinstance(data, dict):
        for key, value in data.items():
            if str(key) not in _NOT_TEXT:
                yield from _texts(value, (*where, key))
    elif isinstance(data, list):
        for i, value in enumerate(data):
            yield from _texts(value, (*where, i))
    elif isinstance(data, str):
        yield where, _ADDRESS.sub(" ", data)


def sector_word_notices(source: Source, sector: str, facts: Facts) -> list[str]:
    """One Dutch notice per word of another sector, with the field and line where it stands."""
    if not facts.sectorwoorden:
        return []
    notices = []
    for entry in facts.sectorwoorden:
        if sector in entry.hoort_bij:
            continue
        patterns = [_pattern(w) for w in entry.woorden]
        found: list[str] = []
        places: list[str] = []
        for where, text in _texts(source.data):
            hits = [m.group(0) for p in patterns for m in p.finditer(text)]
            if not hits:
                continue
            found += [h for h in hits if h.lower() not in {f.lower() for f in found}]
            line = source.line_of(where)
            places.append(dotted(where) + (f" (regel {line})" if line else ""))
        if not found:
            continue
        words = ", ".join(f"'{w}'" for w in found)
        shown = "; ".join(places[:4]) + (f" en nog {len(places) - 4} plaats(en)" if len(places) > 4 else "")
        belongs = " en het ".join(SHORT[s] for s in entry.hoort_bij)
        advice = entry.anders.get(sector)
        notices.append(
            f"Let op: {words} {'horen' if len(found) > 1 else 'hoort'} bij het {belongs}, maar deze school is {SECTOR_NAMES[sector]}. Het staat bij: "
            f"{shown}." + (f" Gewoon in het {SHORT[sector]}: {advice}." if advice else "")
            + " Bedoelt u het zo, dan kunt u deze melding negeren.")
    return notices
