"""Problems found in a school's input, in Dutch, with file, line and field.

Every check collects `Problem`s instead of stopping at the first, so a school
leader sees all mistakes in one run. The command line prints them; nothing
else in the project formats errors for people.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class Problem:
    """One mistake in an input file, located as precisely as we can."""

    file: Path
    message: str
    line: int | None = None
    column: int | None = None
    field: str = ""
    found: str | None = None
    allowed: str | None = None
    hint: str | None = None
    shown: str | None = None
    """How the reader knows the file, when its name alone is ambiguous (`eigen/hulp.md`); default its name."""

    @property
    def name(self) -> str:
        return self.shown or self.file.name

    def render(self) -> str:
        where = f"regel {self.line}" if self.line else "bestand"
        head = f"  {self.name}, {where}"
        if self.field:
            head += f", veld '{self.field}'"
        lines = [head + ":", f"    {self.message}"]
        if self.found is not None:
            lines.append(f"    gevonden:    {self.found}")
        if self.allowed is not None:
            lines.append(f"    toegestaan:  {self.allowed}")
        if self.hint:
            lines.append(f"    tip:         {self.hint}")
        return "\n".join(lines)


@dataclass
class InputError(Exception):
    """Raised once, with every problem of one or more files."""

    problems: list[Problem] = field(default_factory=list)

    def __str__(self) -> str:
        return render_problems(self.problems)


def render_problems(problems: list[Problem]) -> str:
    files = sorted({p.name for p in problems})
    count = len(problems)
    noun = "fout" if count == 1 else "fouten"
    head = f"{count} {noun} gevonden in {', '.join(files)}:"
    ordered = sorted(problems, key=lambda p: (str(p.file), p.line or 0, p.field))
    return "\n\n".join([head, *(p.render() for p in ordered)])


def short(value: object, limit: int = 60) -> str:
    """A found value as a school leader would recognise it in their file."""
    if isinstance(value, dict):
        return "een groep velden (mapping)"
    if isinstance(value, list):
        return "een lijst"
    if value is None:
        return "niets (leeg)"
    text = str(value)
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    return repr(text) if isinstance(value, str) else text
