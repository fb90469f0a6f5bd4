"""The school's own text: additions at named places and own pages, from `eigen/` next to the config.

A school keeps its own words out of the national text. Two kinds of file, both Markdown:

- `eigen/<plek>.md`: a few paragraphs at a named place in a page. The places are where the
  national text calls `{{ eigen_tekst('<plek>') }}`; `places()` finds them in the content, so
  the content is the one list of places.
- `eigen/paginas/<naam>.md`: a page of its own, with front matter `titel:` and optionally
  `lezer: openbaar|intern`. The site lists these pages under "Van onze school".

Both may say `lezer: intern` (staff site only). Read and checked once, at the edge, like the
config (`load_eigen`, called by `pipeline.check`): unknown places, unknown front matter, links
to pages that do not exist (or that this text's readers cannot open) and links with another
scheme than https, http, mailto or tel are problems in Dutch with file and line.

The text is rendered for the pages with the same rules as a formatted config value
(`render.html.opmaak`): raw HTML is shown as text, Markdown is rendered by a plain Markdown, the
result is cleaned by nh3, links to the site's pages are resolved here. The pages get finished
HTML (`render_additions`, `render_pages`); the engine adds the own pages to the build.

This module imports no Markdown at import time: `check` uses it and imports no build machinery.
"""

from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass, field, replace
from pathlib import Path, PurePosixPath
from typing import Any, Iterable, Mapping

import yaml

from .audience import Audience, Reader
from .config.problems import InputError, Problem
from .pages import ContentPage, front_matter
from .paths import CONTENT

FOLDER = "eigen"
PAGES_FOLDER = "paginas"
#: Where own pages live on the site, and the menu section that lists them.
SECTION_FOLDER = "van-onze-school"
SECTION_TITLE = "Van onze school"

_PLACE_CALL = re.compile(r"""\{\{-?\s*eigen_tekst\(\s*['"]([a-z0-9-]+)['"]\s*\)\s*-?\}\}""")
_NAME = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_READERS = (Reader.PUBLIC, Reader.STAFF)
_ADDITION_KEYS = {"lezer"}
_PAGE_KEYS = {"titel", "lezer"}
TITLE_MAX = 80

#: Links in Markdown: inline `[tekst](doel "titel")` (an image if it starts with `!`) and reference
#: definitions `[x]: doel`. (`<doel>` is no link here: `<` is text in a school's Markdown.)
_INLINE_LINK = re.compile(r"(!?)\[[^\]\n]*\]\(\s*<?([^\s)>]*)>?(?:\s+[\"'(][^)]*)?\)")
_REFERENCE = re.compile(r"^()[ ]{0,3}\[[^\]\n]+\]:[ \t]*<?(\S+?)>?(?:[ \t].*)?$", re.MULTILINE)
_SCHEME = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.-]*):")


@dataclass(frozen=True)
class Addition:
    """`eigen/<plek>.md`: text at one named place."""

    place: str
    file: Path
    text: str
    reader: Reader
    page_url: str
    """The address of the page the place is on (`ouders/`), for its links."""


@dataclass(frozen=True)
class OwnPage:
    """`eigen/paginas/<naam>.md`: a page of the school's own."""

    name: str
    file: Path
    title: str
    text: str
    reader: Reader

    @property
    def src_uri(self) -> str:
        """The page's path among the site's pages, as if it were in the content folder."""
        return f"{SECTION_FOLDER}/{self.name}.md"

    @property
    def url(self) -> str:
        return f"{SECTION_FOLDER}/{self.name}/"


@dataclass(frozen=True)
class Eigen:
    """Everything a school added, checked: what the pages and the engine get."""

    folder: Path | None = None
    additions: Mapping[str, Addition] = field(default_factory=dict)
    pages: tuple[OwnPage, ...] = ()
    links: Mapping[str, str] = field(default_factory=dict)
    """A link target as the school wrote it (`ouders.md#tips`) -> the page's address (`ouders/#tips`)."""

    def files(self) -> list[Path]:
        """Every file read, for whoever asks what a build depends on."""
        return sorted([*(a.file for a in self.additions.values()), *(p.file for p in self.pages)])


NONE = Eigen()


@dataclass(frozen=True)
class Place:
    """A named place in the national text: the page it is on and the section heading it follows."""

    page: PurePosixPath
    after: str

    def describe(self) -> str:
        where = f"pagina {self.page.as_posix()}"
        return f"{where}, na '{self.after}'" if self.after else where


def places(content: Path = CONTENT) -> dict[str, Place]:
    """Every named place in the national text (`{{ eigen_tekst('plek') }}`), in page order."""
    found: dict[str, Place] = {}
    for path in sorted(content.rglob("*.md")):
        text = path.read_text(encoding="utf-8")
        for match in _PLACE_CALL.finditer(text):
            headings = _HEADING.findall(text, 0, match.start())
            after = _plain_heading(headings[-1]) if headings else ""
            found.setdefault(match.group(1), Place(PurePosixPath(path.relative_to(content).as_posix()), after))
    return found


_HEADING = re.compile(r"^##? (.+)$", re.MULTILINE)


def _plain_heading(text: str) -> str:
    """A heading as a reader sees it, roughly: without its anchor and template parts."""
    text = re.sub(r"\{#[^}]*\}\s*$", "", text)
    text = re.sub(r"\{\{.*?\}\}", "…", text)
    return " ".join(text.split())


def folder_for(config_path: Path) -> Path:
    """Where a school keeps its own text: `eigen/` next to its config file."""
    return Path(config_path).resolve().parent / FOLDER


def load_eigen(folder: Path, pages: Iterable[ContentPage], content: Path = CONTENT) -> Eigen:
    """Read and check a school's own text; raise `InputError` with every problem. No folder: nothing added."""
    folder = Path(folder)
    if not folder.is_dir():
        return NONE
    known_places = places(content)
    pages = tuple(pages)
    site_pages = {page.url: page.reader for page in pages}
    problems: list[Problem] = []
    additions: dict[str, Addition] = {}
    own: list[OwnPage] = []
    own_folder = folder / PAGES_FOLDER
    for path in sorted(folder.iterdir()):
        if path.name.startswith(".") or path == own_folder:
            continue
        if not (path.is_file() and path.suffix == ".md"):
            problems.append(Problem(path, f"In de map {FOLDER}/ horen alleen tekstbestanden die eindigen op .md, "
                                          f"en de map {PAGES_FOLDER}/ met eigen pagina's.",
                                    allowed=f"<plek>.md of {PAGES_FOLDER}/<naam>.md"))
            continue
        place = path.stem
        if place not in known_places:
            problems.append(Problem(path, "Deze plek bestaat niet in het protocol. De naam van het bestand zegt "
                                          "waar de tekst komt.", found=repr(path.name),
                                    allowed="; ".join(f"{name}.md ({place.describe()})"
                                                      for name, place in known_places.items()),
                                    hint=f"Een eigen pagina zet u in {FOLDER}/{PAGES_FOLDER}/."))
            continue
        meta, text = _read(path, _ADDITION_KEYS, problems)
        if meta is None:
            continue
        reader = _reader(path, meta, problems)
        page_url = _url(known_places[place].page)
        if reader is not None:
            additions[place] = Addition(place, path, text, reader, page_url)
    if own_folder.is_dir():
        for path in sorted(own_folder.iterdir()):
            if path.name.startswith("."):
                continue
            if not (path.is_file() and path.suffix == ".md" and _NAME.fullmatch(path.stem)):
                problems.append(Problem(path, "Een eigen pagina is een .md-bestand met een naam van kleine letters, "
                                              "cijfers en streepjes; die naam komt in het webadres.",
                                        found=repr(path.name), allowed="bijvoorbeeld sportdag.md of afspraken-mbo.md"))
                continue
            meta, text = _read(path, _PAGE_KEYS, problems)
            if meta is None:
                continue
            reader = _reader(path, meta, problems)
            title = meta.get("titel")
            if not isinstance(title, str) or not title.strip() or "\n" in title.strip() or len(title) > TITLE_MAX:
                problems.append(Problem(path, "Een eigen pagina heeft een titel: één regel tekst bovenaan, "
                                              "tussen de regels ---.", line=_line_of(path, "titel"), field="titel",
                                        found=None if title is None else repr(title),
                                        allowed=f"tekst van hoogstens {TITLE_MAX} tekens",
                                        hint="---\ntitel: Onze afspraken over de sportdag\n---"))
                continue
            if reader is not None:
                own.append(OwnPage(path.stem, path, " ".join(title.split()), text, reader))
    for page in own:
        site_pages[page.url] = page.reader
    links: dict[str, str] = {}
    texts = [(a.file, a.text, _effective(a.reader, site_pages.get(a.page_url))) for a in additions.values()]
    texts += [(p.file, p.text, p.reader) for p in own]
    for path, text, reader in texts:
        problems.extend(_check_links(path, text, reader, site_pages, links))
    if problems:
        raise InputError([replace(p, shown=f"{FOLDER}/{p.file.relative_to(folder).as_posix()}") for p in problems])
    return Eigen(folder, additions, tuple(own), links)


def _url(page: PurePosixPath) -> str:
    return ContentPage(page, Reader.PUBLIC).url


def _effective(reader: Reader, page_reader: Reader | None) -> Reader:
    """Text on a staff-only page is read by staff only, whatever it says."""
    return Reader.STAFF if page_reader is not None and page_reader is not Reader.PUBLIC else reader


def _read(path: Path, keys: set[str], problems: list[Problem]) -> tuple[dict | None, str]:
    """Front matter and body of one file; `None` (and a problem) when it cannot be read."""
    try:
        whole = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        problems.append(Problem(path, "Dit bestand is geen gewone tekst (UTF-8). Sla het op als tekst zonder opmaak."))
        return None, ""
    head, body = front_matter(whole)
    try:
        meta = (yaml.safe_load(head) or {}) if head else {}
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        problems.append(Problem(path, "De kop van het bestand (tussen de regels ---) is geen geldige YAML.",
                                line=mark.line + 2 if mark is not None else None))
        return None, ""
    if not isinstance(meta, dict):
        problems.append(Problem(path, "De kop van het bestand (tussen de regels ---) moet velden met een naam bevatten.",
                                line=2, allowed=", ".join(sorted(keys))))
        return None, ""
    unknown = sorted(str(k) for k in meta if k not in keys)
    for key in unknown:
        problems.append(Problem(path, "Dit veld kennen we niet in de kop van het bestand.", line=_line_of(path, key),
                                field=key, allowed=", ".join(sorted(keys))))
    if unknown:
        return None, ""
    return meta, body


def _reader(path: Path, meta: dict, problems: list[Problem]) -> Reader | None:
    value = meta.get("lezer", Reader.PUBLIC.value)
    if value in {r.value for r in _READERS}:
        return Reader(value)
    problems.append(Problem(path, "Onbekende lezer: wie mag deze tekst lezen?", line=_line_of(path, "lezer"),
                            field="lezer", found=repr(value),
                            allowed=f"{Reader.PUBLIC.value} (iedereen) of {Reader.STAFF.value} (alleen medewerkers)"))
    return None


def _line_of(path: Path, key: str) -> int | None:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return None
    for number, line in enumerate(lines[1:], start=2):
        if line.startswith(f"{key}:"):
            return number
        if line.strip() == "---":
            break
    return None


def link_targets(text: str) -> list[tuple[int, str, bool]]:
    """Every link target in a Markdown text: its offset, the target, and whether it is an image."""
    found = [(m.start(2), m.group(2), m.group(1) == "!") for pattern in (_INLINE_LINK, _REFERENCE)
             for m in pattern.finditer(text)]
    return sorted(found)


def page_key(target: str) -> tuple[str, str]:
    """A link to one of the site's pages as a school may write it -> (page address, fragment).

    `ouders.md`, `ouders`, `ouders/`, `/ouders/`, `../ouders/` all name the parents' page
    (`ouders/`); `index.md` and `/` the home page (``); a fragment (`#tips`) is kept apart.
    """
    path, _, fragment = target.partition("#")
    path = path.split("?", 1)[0]
    while path.startswith(("./", "../", "/")):
        path = path[path.index("/") + 1:]
    path = path.removesuffix("/").removesuffix(".md").removesuffix(".html")
    if path == "index" or path.endswith("/index"):
        path = path[: -len("index")].removesuffix("/")
    return (path + "/" if path else ""), fragment


def _check_links(path: Path, text: str, reader: Reader, site_pages: Mapping[str, Reader],
                 links: dict[str, str]) -> list[Problem]:
    problems = []
    allowed = ("https://, http://, mailto: of tel:, of een pagina van deze site, zoals ouders.md, "
               "hulp.md#voor-ouders of van-onze-school/<naam>.md")
    whole = path.read_text(encoding="utf-8")
    offset = len(whole) - len(text)  # the text is the file's tail, after the front matter
    for at, target, image in link_targets(text):
        line = whole.count("\n", 0, offset + at) + 1
        if image:
            problems.append(Problem(path, "Een afbeelding kan (nog) niet in eigen tekst.", line=line,
                                    found=repr(target), hint="Zet er een link naar de afbeelding van: [tekst](https://...)."))
            continue
        scheme = _SCHEME.match(target)
        if scheme:
            if scheme.group(1).lower() not in {"https", "http", "mailto", "tel"}:
                problems.append(Problem(path, "Deze link gaat niet naar een webadres, e-mailadres, telefoonnummer of "
                                              "pagina van de site.", line=line, found=repr(target), allowed=allowed))
            continue
        if not target or target.startswith("#"):
            continue  # a place on the same page
        key, fragment = page_key(target)
        if key not in site_pages:
            problems.append(Problem(path, "Deze link wijst naar een pagina die niet op de site staat.", line=line,
                                    found=repr(target), allowed=allowed))
            continue
        if reader is Reader.PUBLIC and site_pages[key] is not Reader.PUBLIC:
            problems.append(Problem(path, "Deze link wijst naar een pagina die alleen op de personeelssite staat; "
                                          "lezers van de openbare site kunnen haar niet openen.", line=line,
                                    found=repr(target), allowed=allowed,
                                    hint="Zet 'lezer: intern' in de kop als deze tekst alleen voor medewerkers is."))
            continue
        links[target] = key + (f"#{fragment}" if fragment else "")
    return problems


# ---------------------------------------------------------------- rendering (a build only)

#: What a school's Markdown may become. Headings are moved down (see `_HEADINGS`).
_TAGS = {"p", "strong", "em", "ul", "ol", "li", "a", "br", "h2", "h3", "h4", "blockquote", "hr",
         "table", "thead", "tbody", "tr", "th", "td"}
#: In an addition every heading is a small one (no chapter numbers inside a box); on a page `#` is a section.
_HEADINGS = {"addition": {1: 4, 2: 4, 3: 4, 4: 4, 5: 4, 6: 4}, "page": {1: 2, 2: 2, 3: 3, 4: 4, 5: 4, 6: 4}}


def _label(school_name: str) -> str:
    from .render.escape import Safe

    return f"Eigen tekst van {Safe(school_name)}"


def to_html(text: str, here: str, links: Mapping[str, str], kind: str = "addition") -> str:
    """A school's Markdown as clean HTML on one line; `here` is the address of the page it goes on."""
    import nh3
    from markdown import Markdown

    from .render.html import LINK_SCHEMES, markdown_source, one_line

    converter = Markdown(extensions=["tables", "sane_lists"], output_format="html")
    rendered = converter.convert(markdown_source(text))
    shift = _HEADINGS[kind]
    rendered = re.sub(r"<(/?)h([1-6])\b", lambda m: f"<{m.group(1)}h{shift[int(m.group(2))]}", rendered)

    def keep(tag: str, attribute: str, value: str) -> str | None:
        if tag != "a" or attribute != "href":
            return value
        if _SCHEME.match(value) or value.startswith("#"):
            return value  # nh3 keeps only the allowed schemes
        target = links.get(value)
        return relative(here, target) if target is not None else None

    clean = nh3.clean(rendered, tags=_TAGS, attributes={"a": {"href"}, "th": {"align"}, "td": {"align"}},
                      url_schemes=LINK_SCHEMES, link_rel="noopener", attribute_filter=keep)
    return one_line(clean)


def relative(here: str, target: str) -> str:
    """A site address (`hulp/#x`) as a link from the page at `here` (`ouders/`), with directory URLs."""
    path, _, fragment = target.partition("#")
    rel = posixpath.relpath(path or ".", here or ".")
    if rel == "." and fragment:
        return f"#{fragment}"  # a place on the same page
    rel = "./" if rel == "." else rel + "/"
    return rel + (f"#{fragment}" if fragment else "")


def render_additions(eigen: Eigen, audience: Audience, school_name: str) -> dict[str, str]:
    """Place -> the HTML the place shows for this view: a marked box, or nothing."""
    out = {}
    for place, addition in eigen.additions.items():
        if addition.reader.view is Audience.STAFF and audience is Audience.PUBLIC:
            continue
        body = to_html(addition.text, addition.page_url, eigen.links)
        if body:
            out[place] = (f'<div class="admonition eigen-tekst" data-eigen="{place}">'
                          f'<p class="admonition-title">{_label(school_name)}</p>{body}</div>')
    return out


@dataclass(frozen=True)
class GeneratedPage:
    """A page the engine adds to the build: its path among the pages and its Markdown."""

    src_uri: str
    markdown: str


def render_pages(eigen: Eigen, audience: Audience, school_name: str) -> tuple[GeneratedPage, ...]:
    """The own pages this view shows, as Markdown for the engine: a title and one block of clean HTML."""
    from .render.escape import Safe

    made = []
    for page in eigen.pages:
        if page.reader.view is Audience.STAFF and audience is Audience.PUBLIC:
            continue
        meta = {"render_macros": False, **({"lezer": page.reader.value} if page.reader is not Reader.PUBLIC else {})}
        body = to_html(page.text, page.url, eigen.links, kind="page")
        markdown = (f"---\n{yaml.safe_dump(meta)}---\n\n# {Safe(page.title)}\n\n"
                    f'<div class="eigen-tekst eigen-pagina" data-eigen="{page.name}">'
                    f'<p class="eigen-tekst__herkomst">{_label(school_name)}</p>{body}</div>\n')
        made.append(GeneratedPage(page.src_uri, markdown))
    return tuple(made)


def place_macro(additions: Mapping[str, str]) -> Any:
    """`eigen_tekst('plek')` for the pages: the school's text at that place, or nothing."""
    def eigen_tekst(plek: str) -> str:
        return additions.get(plek, "")
    return eigen_tekst
