"""The glossary, made from `data/begrippen.yml`: tooltips on every page and the glossary page itself.

Snippets appends `includes/begrippen.md` to every page after macros have run,
so the file must exist before the build; `schoolprotocol genereer` writes it
from `data/begrippen.yml` and a test keeps the committed copy current.

The glossary page's list is made the same way (`includes/begrippenlijst.md`,
included by `content/begrippen.md`), not with a Jinja loop: text handed to a
page template is escaped character by character, and the abbreviation
extension cannot find a word like "shame-sexting" in escaped text. As plain
Markdown every term gets its own tooltip, also on the glossary page. The
loader allows no Markdown syntax in glossary texts, so this is safe.
"""

from __future__ import annotations

from pathlib import Path

from .facts import Begrip, Facts

INCLUDES = Path(__file__).resolve().parents[2] / "includes"
TOOLTIPS = "begrippen.md"
PAGE_LIST = "begrippenlijst.md"

HEADER = "[//]: # (Gemaakt uit data/begrippen.yml door schoolprotocol genereer. Niet met de hand bewerken.)\n"


def abbreviations(facts: Facts) -> str:
    lines = []
    for begrip in facts.begrippen:
        tip = " ".join(begrip.kort.split()).replace("]", ")").replace("[", "(")
        for word in begrip.woorden:
            lines.append(f"*[{word}]: {tip}")
    return HEADER + "\n" + "\n".join(lines) + "\n"


def _title(term: str) -> str:
    return term[:1].upper() + term[1:]


def _entry(begrip: Begrip, by_term: dict[str, Begrip]) -> str:
    parts = [f"## {_title(begrip.term)} {{#{begrip.anker}}}", "", " ".join(begrip.uitleg.split())]
    others = list(dict.fromkeys(w.lower() for w in begrip.varianten if w.lower() != begrip.term))
    if others:
        parts += ["", "Ook: " + ", ".join(others) + "."]
    if begrip.zie_ook:
        links = ", ".join(f"[{t}](#{by_term[t].anker})" for t in begrip.zie_ook)
        parts += ["", f"Zie ook: {links}."]
    return "\n".join(parts)


def glossary_page(facts: Facts) -> str:
    """All terms in alphabetical order, each a heading whose id is the term (spaces as hyphens)."""
    by_term = {b.term: b for b in facts.begrippen}
    entries = [_entry(b, by_term) for b in sorted(facts.begrippen, key=lambda b: b.term)]
    return HEADER + "\n" + "\n\n".join(entries) + "\n"


def generated(facts: Facts, folder: Path = INCLUDES) -> dict[Path, str]:
    """Every file made from the glossary data, by path (in the project's `includes/` unless told otherwise)."""
    return {folder / TOOLTIPS: abbreviations(facts), folder / PAGE_LIST: glossary_page(facts)}
