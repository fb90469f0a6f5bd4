"""The glossary of one sector, from `data/begrippen.yml`: the tooltips and the list on the glossary page.

Nothing is written into the project. The tooltips are the `glossary` option of
Python-Markdown's abbreviation extension, set for each build (see `engine/build.py`),
so a page no longer carries a hundred abbreviation lines for the parser.

The glossary page's list comes from the macro `begrippenlijst()` as Markdown,
not from a Jinja loop over the page variables: text handed to a page template
is escaped character by character, and the abbreviation extension cannot find
a word like "shame-sexting" in escaped text. As plain Markdown every term gets
its own tooltip, also on the glossary page. The loader allows no Markdown
syntax in glossary texts, so this is safe.
"""

from __future__ import annotations

from .facts import Facts, SectorBegrip


def tooltips(facts: Facts, sector: str) -> dict[str, str]:
    """Every spelling of every term of the sector, with its one-sentence explanation."""
    return {word: " ".join(begrip.kort.split()) for begrip in facts.begrippen_voor(sector) for word in begrip.woorden}


def _title(term: str) -> str:
    return term[:1].upper() + term[1:]


def _entry(begrip: SectorBegrip, by_term: dict[str, SectorBegrip]) -> str:
    parts = [f"## {_title(begrip.term)} {{#{begrip.anker}}}", "", " ".join(begrip.uitleg.split())]
    others = list(dict.fromkeys(w.lower() for w in begrip.varianten if w.lower() != begrip.term))
    if others:
        parts += ["", "Ook: " + ", ".join(others) + "."]
    if begrip.zie_ook:
        links = ", ".join(f"[{t}](#{by_term[t].anker})" for t in begrip.zie_ook)
        parts += ["", f"Zie ook: {links}."]
    return "\n".join(parts)


def glossary_page(facts: Facts, sector: str) -> str:
    """The sector's terms in alphabetical order, each a heading whose id is the term (spaces as hyphens)."""
    begrippen = facts.begrippen_voor(sector)
    by_term = {b.term: b for b in begrippen}
    return "\n\n".join(_entry(b, by_term) for b in sorted(begrippen, key=lambda b: b.term)) + "\n"
