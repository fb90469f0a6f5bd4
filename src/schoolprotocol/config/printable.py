"""Characters the PDFs can print: the fonts the print templates use, asked with fontTools.

The PDF sets text in Atkinson Hyperlegible Next (shipped in `paper/fonts`) with DejaVu Sans as
the fallback for other scripts (`basis.css`). A character neither font has comes out as an empty
box, so an emoji in a name or a rare symbol is refused in `check`, with the character and the
field, instead of showing up as a box on paper.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterator

from .chars import describe, is_invisible
from .problems import Problem
from .yamlsource import Path_, Source, dotted

FONTS = Path(__file__).resolve().parents[1] / "paper" / "fonts"
PRINT_FONTS = ("AtkinsonHyperlegibleNext_400Regular.ttf",)
#: Where Debian, Ubuntu and Fedora put DejaVu Sans; `./run` installs it (fonts-dejavu-core).
DEJAVU = (Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"), Path("/usr/share/fonts/dejavu/DejaVuSans.ttf"),
          Path("/usr/share/fonts/dejavu-sans-fonts/DejaVuSans.ttf"))
#: Values that never appear on paper.
NOT_PRINTED = {("school", "logo")}


@lru_cache(maxsize=1)
def printable() -> frozenset[int]:
    from fontTools.ttLib import TTFont

    files = [FONTS / name for name in PRINT_FONTS]
    files += [path for path in DEJAVU if path.is_file()][:1]
    codes: set[int] = set()
    for file in files:
        with TTFont(file, lazy=True) as font:
            codes.update(font.getBestCmap() or {})
    return frozenset(codes)


def can_print(char: str) -> bool:
    return char.isspace() or ord(char) in printable()


def unprintable_problems(source: Source) -> list[Problem]:
    """One problem per value holding a character no print font has (invisible ones are reported elsewhere)."""
    problems = []
    for where, text in _strings(source.data, ()):
        if where in NOT_PRINTED:
            continue
        char = next((c for c in text if not is_invisible(c) and not can_print(c)), None)
        if char is None:
            continue
        emoji = unicodedata.category(char) == "So" or ord(char) >= 0x1F000
        problems.append(Problem(
            source.path, f"Het teken {describe(char)} kan niet in de PDF worden afgedrukt: de lettertypen van de "
            "PDF hebben het niet, dus het zou als een leeg vakje verschijnen.",
            line=source.line_of(where), field=dotted(where), found=char,
            hint=("Emoji en pictogrammen kunnen niet; laat het teken weg of schrijf het in woorden."
                  if emoji else "Laat het teken weg of vervang het door een gewone letter.")))
    return problems


def _strings(value: Any, where: Path_) -> Iterator[tuple[Path_, str]]:
    if isinstance(value, str):
        yield where, value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _strings(item, where + (key,))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _strings(item, where + (index,))
