"""Search that answers: the built search index, tuned to what readers type.

Material's search plugin writes `search/search_index.json`:
`{"config": {"lang", "separator", "pipeline", "fields"}, "docs": [{"location", "title", "text", "boost"?}]}`,
one doc per page (location `ouders/`, the start page `""`) and one per heading (`ouders/#school-dicht`).
Its worker (Material 9.x) indexes every field named in `config.fields` with that field's boost, and
multiplies a doc's score by the doc's `boost`. Results are grouped by page, in the order of each
page's best doc; a page's own doc (no `#`) counts more than its sections.

This step, run right after the generator has written the index:

- adds a field `zoekwoorden` (searched, never shown: the theme renders title, text and tags only)
  with what readers type for a place (`data/zoekwoorden.yml`), and a field `nummers` with every
  phone number in the doc's text typed as one number ('030 123 4567' -> '0301234567', '030 1234567');
- sets each doc's `boost` from the place's `gewicht`: `onderaan` (the glossary) below every real
  page, `lager` (letters to send) below answers, `hoger` (what to do now) above explanations.

The site's config (`mkdocs.yml`, plugins.search) keeps digits in words and stop words, so that
'112' and 'wat moet ik doen' can be found at all.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from ..errors import EngineError

INDEX = Path("search") / "search_index.json"
FIELD = "zoekwoorden"
#: Like the title (Material's default boost 1000): these are the words readers would have put in it.
FIELD_BOOST = 1000.0
#: Phone numbers typed as one number. Like the text (boost 1): a number is found where it stands, and
#: ranks as the text around it does (Material adds a wildcard, so '030' also finds every '030...').
NUMBERS = "nummers"
NUMBERS_BOOST = 1.0
#: A doc's boost per `gewicht`. `onderaan` is small enough that a title match (boost 1000) on the
#: glossary scores below a single text match (boost 1) on a real page.
WEIGHTS = {"onderaan": 1e-4, "lager": 0.5, "gewoon": 1.0, "hoger": 2.0}

#: A Dutch phone number as the pages write it: 030 123 4567, 0900-8844, 020 261 52 75, 06 12345678.
_PHONE = re.compile(r"(?<![\d-])(0\d{1,3})((?:[ \-]?\d{2,4}){1,4})(?![\d-])")


def location(place: str) -> str:
    """The index location of a place in `data/zoekwoorden.yml`: 'index' -> '', 'calamiteiten#politie' ->
    'calamiteiten/#politie', 'personeel/index' -> 'personeel/' (the site uses directory URLs)."""
    page, _, anchor = place.partition("#")
    page = "" if page == "index" else page.removesuffix("/index") + "/"
    return f"{page}#{anchor}" if anchor else page


def page_of(loc: str) -> str:
    return loc.partition("#")[0]


def phone_words(text: str) -> list[str]:
    """Each phone number in `text` typed without spaces, and with only the area code apart."""
    words: list[str] = []
    for match in _PHONE.finditer(text):
        area, rest = match.group(1), re.sub(r"\D", "", match.group(2))
        if len(area) + len(rest) < 8:  # not a phone number (a year range, a date)
            continue
        words += [area + rest, f"{area} {rest}"] if len(rest) > 4 else [area + rest]
    return list(dict.fromkeys(words))


def tune(index: dict[str, Any], places: Mapping[str, Any]) -> dict[str, Any]:
    """The index with the search words and weights of `places` (place -> `facts.Zoekwoorden`)."""
    by_location = {location(place): entry for place, entry in places.items()}
    fields = index["config"].setdefault("fields", {})
    fields.setdefault(FIELD, {"boost": FIELD_BOOST})
    fields.setdefault(NUMBERS, {"boost": NUMBERS_BOOST})
    for doc in index["docs"]:
        loc = doc["location"]
        own, page = by_location.get(loc), by_location.get(page_of(loc))
        if own and own.woorden:
            doc[FIELD] = " ".join(own.woorden)  # the worker splits it with the config's separator
        if numbers := phone_words(doc.get("text", "")):
            doc[NUMBERS] = " ".join(numbers)
        # a section's own weight, else its page's (the glossary's weight holds for every entry)
        weight = own.gewicht if own and own.gewicht != "gewoon" else page.gewicht if page else "gewoon"
        if weight != "gewoon":
            doc["boost"] = doc.get("boost", 1.0) * WEIGHTS[weight]
    return index


def tune_search_index(site_dir: Path, places: Mapping[str, Any]) -> None:
    """Rewrite `site_dir`'s search index in place; nothing to do if the site has no search."""
    path = Path(site_dir) / INDEX
    if not path.is_file():
        return
    try:
        index = json.loads(path.read_text(encoding="utf-8"))
        tuned = tune(index, places)
    except (ValueError, KeyError, TypeError) as err:
        raise EngineError(f"De zoekindex van de site ({path}) heeft een onbekende vorm: {err}. "
                          "Is de versie van Material for MkDocs veranderd?") from None
    path.write_text(json.dumps(tuned, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
