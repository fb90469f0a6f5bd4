"""The glossary as abbreviation definitions, so every term gets a tooltip.

Snippets appends `includes/begrippen.md` to every page after macros have run,
so the file must exist before the build; `schoolprotocol genereer` writes it
from `data/begrippen.yml` and a test keeps the committed copy current.
"""

from __future__ import annotations

from .facts import Facts

HEADER = "[//]: # (Gemaakt uit data/begrippen.yml door schoolprotocol genereer. Niet met de hand bewerken.)\n"


def abbreviations(facts: Facts) -> str:
    lines = []
    for begrip in facts.begrippen:
        tip = " ".join(begrip.kort.split()).replace("]", ")").replace("[", "(")
        for word in dict.fromkeys([begrip.term, *begrip.varianten]):
            lines.append(f"*[{word}]: {tip}")
    return HEADER + "\n" + "\n".join(lines) + "\n"
