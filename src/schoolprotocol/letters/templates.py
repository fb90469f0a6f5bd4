"""The letter pages, rendered the way the site renders them, but without MkDocs.

A letter is a page in `content/personeel/` whose front matter has `word:`
(`brief` for a letter, `document` for a guide or checklist) and `lezer:`, who
reads the text in the end (`personeel` for guides and notes staff keep,
`buiten_school` for what staff send or publish: parents, press, website; see
`audience.Reader`). The reader decides the view the staff copy is made from.

We render a page's Jinja with the same context the site gets (`build_context`)
and its Markdown with the extensions from `mkdocs.yml` that shape these pages,
so the Word file says exactly what the page says. A test compares the two.
"""

from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import markdown
import yaml
from jinja2 import Environment, StrictUndefined

from ..audience import Reader
from ..context import SiteContext
from ..paths import CONTENT

LETTERS_DIR = CONTENT / "personeel"
#: Where the site puts the pages, relative to the docs folder.
PAGES_PATH = "personeel"
#: The Markdown extensions of mkdocs.yml that change the structure of these pages.
MARKDOWN_EXTENSIONS = ["abbr", "admonition", "attr_list", "def_list", "md_in_html", "tables", "pymdownx.tasklist"]
#: Jinja settings of the macros plugin in mkdocs.yml ('{#' stays free for heading anchors).
JINJA_OPTIONS = {"comment_start_string": "{%#", "comment_end_string": "#%}"}

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)---[ \t]*\n", re.DOTALL)

Kind = Literal["brief", "document"]
#: Who may read a letter page's text in the end (front matter `lezer:`). Every letter is on the
#: public site too; there it is read by the public and made from the public view.
LETTER_READERS = (Reader.STAFF, Reader.OUTSIDE)


@dataclass(frozen=True)
class LetterPage:
    path: Path
    kind: Kind
    reader: Reader
    """Who reads the staff copy: staff themselves, or people outside the school (made from the public view)."""
    body: str

    @property
    def slug(self) -> str:
        """The page's file name; the Word file gets the same name."""
        return self.path.stem


def letter_pages(folder: Path = LETTERS_DIR) -> list[LetterPage]:
    """Every page in `folder` that is also a Word file, in name order."""
    pages = []
    for path in sorted(folder.glob("*.md")):
        meta, body = split_front_matter(path.read_text(encoding="utf-8"))
        kind = meta.get("word")
        if kind is None:
            continue
        if kind not in ("brief", "document"):
            raise ValueError(f"{path.name}: 'word:' moet 'brief' of 'document' zijn, niet {kind!r}")
        reader = meta.get("lezer")
        if reader not in [r.value for r in LETTER_READERS]:
            allowed = " of ".join(repr(r.value) for r in LETTER_READERS)
            raise ValueError(f"{path.name}: 'lezer:' moet {allowed} zijn, niet {reader!r} "
                             "(wie leest de tekst uiteindelijk: alleen personeel, of mensen buiten de school?)")
        pages.append(LetterPage(path, kind, Reader(reader), body))
    return pages


def split_front_matter(text: str) -> tuple[dict, str]:
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}, text
    return (yaml.safe_load(match.group(1)) or {}), text[match.end():]


def jinja_environment(context: SiteContext) -> Environment:
    env = Environment(undefined=StrictUndefined, autoescape=False, **JINJA_OPTIONS)
    env.globals.update(context.variables)
    env.globals.update(context.macros)
    env.filters.update(context.filters)
    return env


def render_markdown(page: LetterPage, context: SiteContext) -> str:
    """The page's Markdown after Jinja, as mkdocs-macros would hand it to Markdown."""
    return jinja_environment(context).from_string(page.body).render()


def render_html(page: LetterPage, context: SiteContext) -> str:
    return markdown.markdown(render_markdown(page, context), extensions=MARKDOWN_EXTENSIONS,
                             output_format="html")


def page_url(href: str, site_url: str | None) -> str | None:
    """A link between pages (`../ouders.md#tips`) as an address a reader can type.

    Without the site's own address we cannot make one; then only the link text remains.
    """
    if re.match(r"^[a-z][a-z0-9+.-]*:", href):
        return href
    if not site_url:
        return None
    path, _, anchor = href.partition("#")
    if not path:
        return None  # a place on the same page: means nothing on paper
    target = posixpath.normpath(posixpath.join(PAGES_PATH, path))
    if target.endswith(".md"):  # with directory URLs a page x.md is served as x/, an index.md as its folder
        target = target[:-3]
        if target == "index" or target.endswith("/index"):
            target = target[:-5]
        else:
            target += "/"
    url = site_url.rstrip("/") + "/" + target
    return url + ("#" + anchor if anchor else "")
