"""The content pages and who reads each: declared in the page's front matter, checked once.

A page says who reads its text in the end with `lezer:` (see `audience.Reader`):
nothing or `openbaar` for everyone, `intern` for staff only (guides, the
colleague note, the configurator), `buiten_school` for what staff send or
publish (letters to parents, the press statement, the website text). Only
pages for everyone go on the public site; the others are staff material and
live on the staff site. A page with `word: brief` or `word: document` is also
made into a Word file, from the page as the staff site built it.

`check` reads these declarations with every other input, so a typo stops the
build with the file, the line and what is allowed, before anything is built.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Literal

import yaml

from .audience import Reader
from .config.problems import InputError, Problem
from .paths import CONTENT

Kind = Literal["brief", "document"]
WORD_KINDS: tuple[Kind, ...] = ("brief", "document")
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)---[ \t]*\n", re.DOTALL)


@dataclass(frozen=True)
class ContentPage:
    path: PurePosixPath
    """Relative to the content folder, as the site generator names it (`personeel/pers.md`)."""
    reader: Reader
    word: Kind | None = None
    """Also a Word file: `brief` (a letter: greeting and signature kept together) or `document`."""

    @property
    def slug(self) -> str:
        return self.path.stem

    @property
    def url(self) -> str:
        """The page's address on the site, relative to its root (directory URLs)."""
        if self.path.name == "index.md":
            parent = self.path.parent.as_posix()
            return "" if parent == "." else parent + "/"
        return self.path.with_suffix("").as_posix() + "/"

    @property
    def staff_only(self) -> bool:
        return self.reader is not Reader.PUBLIC


def content_pages(content: Path = CONTENT) -> tuple[ContentPage, ...]:
    """Every Markdown page with its declared reader; raise `InputError` with every wrong declaration."""
    pages, problems = [], []
    for path in sorted(content.rglob("*.md")):
        try:
            pages.append(_page(path, content))
        except InputError as err:
            problems.extend(err.problems)
    if problems:
        raise InputError(problems)
    return tuple(pages)


def public_exclusions(pages: tuple[ContentPage, ...]) -> list[str]:
    """What the public site leaves out, as `exclude_docs` patterns (gitignore style).

    A staff-only `index.md` takes its whole folder along: the folder is that page's material
    (the configurator's scripts next to its page).
    """
    patterns = []
    for page in pages:
        if page.staff_only:
            folder = page.path.parent.as_posix()
            patterns.append(f"/{folder}/" if page.path.name == "index.md" and folder != "." else f"/{page.path.as_posix()}")
    return patterns


def front_matter(text: str) -> tuple[str, str]:
    """The front matter's YAML text (empty if there is none) and the body after it."""
    match = _FRONT_MATTER.match(text)
    return (match.group(1), text[match.end():]) if match else ("", text)


def _page(path: Path, content: Path) -> ContentPage:
    relative = PurePosixPath(path.relative_to(content).as_posix())
    head, _ = front_matter(path.read_text(encoding="utf-8"))
    try:
        meta = (yaml.safe_load(head) or {}) if head else {}
    except yaml.YAMLError as err:
        line = getattr(getattr(err, "problem_mark", None), "line", None)
        raise InputError([Problem(path, f"De kop van de pagina (tussen de regels ---) is geen geldige YAML: {err}",
                                  line=line + 2 if line is not None else None)]) from None
    if not isinstance(meta, dict):
        raise InputError([Problem(path, "De kop van de pagina (tussen de regels ---) moet velden met een naam bevatten.",
                                  line=2)])
    problems = []
    reader_value = meta.get("lezer", Reader.PUBLIC.value)
    reader: Reader | None = None
    try:
        reader = Reader(reader_value)
    except ValueError:
        problems.append(Problem(path, "Onbekende lezer: wie leest de tekst van deze pagina uiteindelijk?",
                                line=_line_of(head, "lezer"), field="lezer", found=repr(reader_value),
                                allowed=", ".join(r.value for r in Reader)))
    word = meta.get("word")
    if word is not None and word not in WORD_KINDS:
        problems.append(Problem(path, "Onbekende soort Word-bestand.", line=_line_of(head, "word"), field="word",
                                found=repr(word), allowed=" of ".join(WORD_KINDS)))
    elif word is not None and reader is Reader.PUBLIC:
        problems.append(Problem(path, "Een Word-bestand is materiaal voor medewerkers; zeg wie de tekst leest.",
                                line=_line_of(head, "word"), field="lezer",
                                allowed=f"lezer: {Reader.STAFF.value} of lezer: {Reader.OUTSIDE.value}"))
    if problems or reader is None:
        raise InputError(problems)
    return ContentPage(relative, reader, word)


def _line_of(head: str, key: str) -> int | None:
    """The file line of a front-matter key (line 1 is the opening ---)."""
    for number, line in enumerate(head.splitlines(), start=2):
        if line.startswith(f"{key}:"):
            return number
    return None
