"""The pages the site generator already built, read back for paper.

The PDF prints exactly what the site shows, so it starts from the built HTML,
not from the Markdown: every macro, audience view and escape has already run.
Pages are found the way a reader pages through the site: from the home page,
following `<link rel="next">` (plain HTML that any generator can write).
Each page's `<article>` is kept; the theme's chrome (navigation, search,
buttons, ¶ anchors) is dropped, and links are made fit for paper.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Collection
from urllib.parse import unquote, urldefrag, urljoin, urlsplit

from bs4 import BeautifulSoup, SoupStrainer, Tag

from .render import PaperError

#: Theme chrome inside the article that has no meaning on paper.
CHROME = (
    "a.headerlink", ".md-button", ".md-content__button", ".md-source-file", ".md-feedback", ".md-tags",
    ".downloads", "nav", "form", "button", "script", "style", "noscript", "[hidden]",
)
#: Pages marked so by the theme override (`overrides/partials/hoofdstuk.html`).
GLOSSARY_ROLE = "begrippen"
#: Longer than this, an address may not fit on a line and may be broken anywhere.
LONG_ADDRESS = 60
_ROOT = "https://site.invalid/"  # a base to resolve site-relative links against; never fetched
#: lxml's HTML parser (python-docx needs lxml anyway): the pages are whole documents that the generator
#: wrote, and lxml reads them several times as fast as Python's own parser, into the same tree.
PARSER = "lxml"
#: What paper reads of a page in the reading order: the article, the title, and the link to the next page.
#: The rest (the theme's menus, header and scripts, two thirds of the page) is not even made into a tree.
_PAPER_PARTS = SoupStrainer(["article", "title", "link"])


class SiteError(PaperError):
    """The built site is not what paper expects (a page or its article is missing)."""


@dataclass
class Heading:
    level: int
    number: str | None
    text: str
    anchor: str


@dataclass
class SitePage:
    """One built page, cleaned for paper. `body` is the article's inner HTML."""

    url: str
    slug: str
    title: str
    chapter: str | None
    role: str | None
    body: str
    headings: list[Heading] = field(default_factory=list)


def read_site(site_dir: Path, *, site_url: str | None = None) -> list[SitePage]:
    """All pages of a built site in reading order, each cleaned for paper."""
    site_dir = Path(site_dir)
    pages = {url: soup for url, soup in _walk(site_dir).items() if not is_tool_page(soup)}
    slugs = {url: slug_for(url) for url in pages}
    cleaned = [clean_page(soup, site_dir, url, slugs, site_url=site_url) for url, soup in pages.items()]
    labels: dict[str, str] = {}
    for page, article in cleaned:
        labels.update(_labels(page, article))
    for page, article in cleaned:
        _refer(article, labels)
        root = article.find(attrs={"data-pagina": True}) or article
        page.body = "".join(str(child) for child in root.children).strip()
    return [page for page, _ in cleaned]


def read_page(site_dir: Path, url: str, *, site_url: str | None = None,
              unpublished: Collection[str] = ()) -> SitePage:
    """One built page, cleaned for paper on its own (a letter as a Word file).

    Links to other pages become their web address on the published site (`site_url`), except
    links to pages in `unpublished` (staff material), which keep only their text.
    """
    site_dir = Path(site_dir)
    path = page_file(site_dir, url)
    if not path.is_file():
        raise SiteError(f"Het Word-bestand kon niet worden gemaakt: pagina {url or '/'} ontbreekt in {site_dir}.")
    soup = BeautifulSoup(path.read_text(encoding="utf-8"), PARSER)
    page, article = clean_page(soup, site_dir, url, {url: slug_for(url)}, site_url=site_url, unpublished=unpublished,
                               numbered=False)
    root = article.find(attrs={"data-pagina": True}) or article
    page.body = "".join(str(child) for child in root.children).strip()
    return page


def _labels(page: SitePage, article: Tag) -> dict[str, str]:
    """What a reference to each anchor says on paper: the number as on the site, never a page number.

    (A page number would need WeasyPrint's target-counter, which lays the whole document out
    again for every forward reference: twice the render time.)
    """
    whole = f"hoofdstuk {page.chapter}" if page.chapter else page.title
    labels = {page.slug: whole}
    by_anchor = {h.anchor: h for h in page.headings}
    for node in article.find_all(id=True):
        heading = by_anchor.get(node["id"])
        if heading is None:
            previous = node.find_previous(["h1", "h2", "h3"])
            heading = by_anchor.get(previous.get("id")) if previous is not None else None
        if heading is None or heading.level == 1 or not heading.number:
            labels[node["id"]] = whole
        else:
            labels[node["id"]] = f"paragraaf {heading.number}"
    return labels


def _refer(article: Tag, labels: dict[str, str]) -> None:
    for a in article.select("a.verwijzing"):
        label = labels.get(a["href"].lstrip("#"))
        if label:
            a["data-zie"] = label


def is_tool_page(soup: BeautifulSoup) -> bool:
    """A page that runs a script in its content (like the configurator) is a tool, not text for paper."""
    article = soup.find("article")
    return article is not None and article.find("script") is not None


def reading_order(site_dir: Path) -> list[str]:
    """Site-relative page URLs ('' for home, 'wet/' ...) from the home page along rel=next."""
    return list(_walk(Path(site_dir)))


def _walk(site_dir: Path) -> dict[str, BeautifulSoup]:
    pages: dict[str, BeautifulSoup] = {}
    url = ""
    while url not in pages:
        path = page_file(site_dir, url)
        if not path.is_file():
            raise SiteError(f"De PDF kon niet worden gemaakt: pagina {url or '/'} ontbreekt in {site_dir}.")
        soup = pages[url] = BeautifulSoup(path.read_text(encoding="utf-8"), PARSER, parse_only=_PAPER_PARTS)
        nxt = soup.find("link", rel="next")
        if nxt is None or not nxt.get("href"):
            break
        url = site_relative(url, nxt["href"])
    return pages


def page_file(site_dir: Path, url: str) -> Path:
    return site_dir / url / "index.html" if url == "" or url.endswith("/") else site_dir / url


def site_relative(page_url: str, href: str) -> str:
    """Resolve `href` on page `page_url` to a site-relative URL ('' is the home page), without fragment.

    A link to another host comes back as its absolute address.
    """
    absolute = urldefrag(urljoin(_ROOT + page_url, href))[0]
    if not absolute.startswith(_ROOT):
        return absolute
    path = unquote(absolute[len(_ROOT):].split("?", 1)[0])
    return path[: -len("index.html")] if path.endswith("index.html") else path


def slug_for(url: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", url.lower()).strip("-") or "start"


def clean_page(soup: BeautifulSoup, site_dir: Path, url: str, slugs: dict[str, str], *,
               site_url: str | None = None, unpublished: Collection[str] = (),
               numbered: bool = True) -> tuple[SitePage, Tag]:
    """`numbered`: headings get their chapter numbers (in the protocol; a letter on its own has none)."""
    article = soup.find("article")
    if article is None:
        raise SiteError(f"De PDF kon niet worden gemaakt: pagina {url or '/'} heeft geen <article>.")
    marker = article.find(attrs={"data-pagina": True})
    chapter = marker.get("data-hoofdstuk") if marker else None
    role = marker.get("data-rol") if marker else None
    slug = slugs[url]

    for node in article.select(", ".join(CHROME)):  # one pass; a node inside one already removed goes with it
        node.decompose()
    for head in article.find_all("thead"):
        if not head.get_text(strip=True):
            head.decompose()  # a Markdown table without header row: no empty bar on paper
    for abbr in article.find_all("abbr"):
        abbr.unwrap()  # tooltips do not exist on paper: the glossary is at the back
    _open_details(soup, article)
    _checkboxes(soup, article)
    _prefix_ids(article, slug)
    _links(article, url, slugs, site_url, unpublished)
    _images(article, site_dir, url)
    headings = _number_headings(soup, article, chapter if numbered else None, slug)
    h1 = article.find("h1")
    title = _text(h1, skip_number=True) if h1 else (soup.title.get_text(strip=True) if soup.title else slug)
    return SitePage(url, slug, title, chapter, role, "", headings), article


def _text(node: Tag, *, skip_number: bool = False) -> str:
    parts = [s for s in node.find_all(string=True)
             if not (skip_number and s.parent is not None and "kopnummer" in (s.parent.get("class") or []))]
    return " ".join("".join(parts).split())


def _open_details(soup: BeautifulSoup, article: Tag) -> None:
    """Folded parts are open on paper: a `<details>` becomes a box with its summary as a heading line."""
    for details in article.find_all("details"):
        details.name = "div"
        details["class"] = ["uitklap", *(details.get("class") or [])]
        details.attrs.pop("open", None)
        summary = details.find("summary")
        if summary is not None:
            summary.name = "p"
            summary["class"] = ["uitklap__titel"]


def _checkboxes(soup: BeautifulSoup, article: Tag) -> None:
    """Task-list boxes become drawn boxes (real form fields belong in the incident form)."""
    for box in article.find_all("input", attrs={"type": "checkbox"}):
        mark = soup.new_tag("span", attrs={"class": "vakje" + (" vakje--aan" if box.has_attr("checked") else ""),
                                           "aria-hidden": "true"})
        box.replace_with(mark)
    for other in article.find_all(["input", "select", "textarea"]):
        other.decompose()


def _prefix_ids(article: Tag, slug: str) -> None:
    for node in article.find_all(id=True):
        node["id"] = f"{slug}--{node['id']}"


def _links(article: Tag, page_url: str, slugs: dict[str, str], site_url: str | None,
           unpublished: Collection[str] = ()) -> None:
    """Internal links point into the PDF; other links get their address printed after them."""
    for a in article.find_all("a", href=True):
        href = a["href"].strip()
        if any(len(w) > LONG_ADDRESS for w in (href, *a.get_text(" ").split())):
            _add_class(a, "lang-adres")
        a.attrs.pop("title", None)
        a.attrs.pop("target", None)
        scheme = urlsplit(href).scheme.lower()
        if scheme in ("http", "https", "mailto", "tel"):
            shown = _display(href)
            if not _already_shown(shown, a.get_text(" ")):
                _add_class(a, "met-adres")
                a["data-adres"] = shown
            continue
        if scheme:  # anything else (javascript:, data:) has no place on paper
            a.unwrap()
            continue
        target = site_relative(page_url, href)
        fragment = urldefrag(href)[1]
        target_page = target if target in slugs else (target + "/" if target + "/" in slugs else None)
        if target_page is not None:
            anchor = f"{slugs[target_page]}--{fragment}" if fragment else slugs[target_page]
            a["href"] = f"#{anchor}"
            if target_page != page_url or fragment:
                _add_class(a, "verwijzing")
        elif site_url and target not in unpublished:
            full = urljoin(site_url, target) + (f"#{fragment}" if fragment else "")
            a["href"] = full
            _add_class(a, "met-adres")
            a["data-adres"] = _display(full)
        else:
            a.unwrap()


def _display(href: str) -> str:
    for prefix in ("https://", "http://", "mailto:", "tel:"):
        if href.lower().startswith(prefix):
            href = href[len(prefix):]
            break
    return href.rstrip("/")


def _already_shown(shown: str, text: str) -> bool:
    squash = lambda s: re.sub(r"[^0-9a-z@]", "", s.lower())  # noqa: E731
    if shown.startswith("+") or re.fullmatch(r"[0-9 +()-]+", shown):
        return re.sub(r"\D", "", text) != "" and re.sub(r"\D", "", text)[-9:] == re.sub(r"\D", "", shown)[-9:]
    target = squash(shown.removeprefix("www."))
    return bool(target) and target in squash(text.replace("www.", ""))


def _add_class(tag: Tag, name: str) -> None:
    tag["class"] = [*(tag.get("class") or []), name]


def _images(article: Tag, site_dir: Path, page_url: str) -> None:
    """Images from the site folder by absolute file address; anything from another host is dropped."""
    for img in article.find_all("img", src=True):
        src = img["src"]
        if src.startswith("data:"):
            continue
        target = site_relative(page_url, src)
        if "://" in target:
            img.decompose()
            continue
        path = (site_dir / target).resolve()
        if site_dir.resolve() in path.parents and path.is_file():
            img["src"] = path.as_uri()
        else:
            img.decompose()


def _number_headings(soup: BeautifulSoup, article: Tag, chapter: str | None, slug: str) -> list[Heading]:
    """Numbers as on the site: chapter, chapter.section, chapter.section.subsection.

    The site draws the same numbers with CSS counters (`overrides/assets/stylesheets/koppen.css`):
    every h2 and h3 in the page counts, in document order. Here they become real text, so the
    table of contents, the bookmarks and a screen reader all get them.
    """
    headings: list[Heading] = []
    section = subsection = 0
    for h in article.find_all(["h1", "h2", "h3"]):
        level = int(h.name[1])
        number = None
        if chapter:
            if level == 1:
                number = chapter
            elif level == 2:
                section, subsection = section + 1, 0
                number = f"{chapter}.{section}"
            else:
                subsection += 1
                number = f"{chapter}.{section}.{subsection}"
        if not h.get("id"):
            h["id"] = f"{slug}--kop-{len(headings)}"
        text = _text(h)
        if number:
            span = soup.new_tag("span", attrs={"class": "kopnummer"})
            span.string = number
            h.insert(0, span)
            h.insert(1, " ")
        headings.append(Heading(level, number, text, h["id"]))
    return headings
