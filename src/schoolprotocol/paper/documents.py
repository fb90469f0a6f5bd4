"""The three printed documents: the protocol, the one-page incident card, the fillable form."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from bs4 import BeautifulSoup
from markupsafe import Markup

from ..facts import Facts
from ..render.escape import escape_tree

from .printdata import PrintData
from .render import PaperError, Rendered, pdf_from_html, render, template_html, write
from .site_pages import GLOSSARY_ROLE, SitePage, read_site

#: Type sizes of the card in points, largest first; everything on the card is sized in em.
CARD_SIZES = (11.0, 10.0, 9.2, 8.4, 7.6, 6.9, 6.2, 5.6, 5.2)
CARD_END = "kaart-einde"


def protocol_html(pages: list[SitePage], data: PrintData) -> str:
    chapters = [p for p in pages if p.role != GLOSSARY_ROLE]
    glossary = next((p for p in pages if p.role == GLOSSARY_ROLE), None)
    slug, title, intro = ("begrippen", "Begrippen", "") if glossary is None else (
        glossary.slug, glossary.title, _glossary_intro(glossary))
    return template_html("protocol.html.j2", **data.variables, created=data.created, hoofdstukken=chapters,
                         begrippen_id=slug, begrippen_titel=title, begrippen_inleiding=Markup(intro),
                         begrippen_items=glossary_entries(data.facts, data.variables["sector"]))


def glossary_entries(facts: Facts, sector: str) -> list[Any]:
    """The sector's glossary from the data, as on the site's glossary page: A to Z, other spellings, see also."""
    begrippen = facts.begrippen_voor(sector)
    by_term = {b.term: b for b in begrippen}
    entries = []
    for begrip in sorted(begrippen, key=lambda b: b.term):
        others = list(dict.fromkeys(w.lower() for w in begrip.varianten if w.lower() != begrip.term))
        entries.append({"term": begrip.term[:1].upper() + begrip.term[1:], "anker": begrip.anker,
                        "uitleg": begrip.uitleg, "ook": others,
                        "zie_ook": [{"term": t, "anker": by_term[t].anker} for t in begrip.zie_ook if t in by_term]})
    return escape_tree(entries, "begrippen")


def _glossary_intro(page: SitePage) -> str:
    """What the site's glossary page says before its terms (the terms themselves come from the data)."""
    soup = BeautifulSoup(page.body, "html.parser")
    for node in soup.find_all("h1"):
        node.decompose()
    first_term = soup.find(["h2", "dl"])
    if first_term is not None:
        for node in [first_term, *first_term.find_all_next()]:
            if node.parent is not None:
                node.extract()
    return str(soup).strip()


def protocol_pdf(site_dir: Path, data: PrintData) -> Rendered:
    site_url = data.variables.get("site_url")
    pages = read_site(site_dir, site_url=site_url)
    return pdf_from_html(protocol_html(pages, data), roots=(site_dir,))


def card_html(data: PrintData, density: int = 0) -> str:
    return template_html("incidentkaart.html.j2", **data.variables, created=data.created,
                         lettergrootte=CARD_SIZES[density])


def card_pdf(data: PrintData) -> Rendered:
    """One A4 page whatever the config: render, measure, and step the type size down until it fits.

    Most schools fit at the largest size (one render). Otherwise the first render tells how
    much room the card needs; text height grows about with the square of the type size, so
    that predicts the size to try next, and each further try goes one step smaller.
    """
    density = 0
    while density < len(CARD_SIZES):
        document, _ = render(card_html(data, density))
        used = _used_height(document)
        if used <= 1:
            return Rendered(write(document), 1)
        wanted = CARD_SIZES[density] * (1 / used) ** 0.5
        density = max(density + 1, next((i for i, size in enumerate(CARD_SIZES) if size <= wanted),
                                        len(CARD_SIZES) - 1))
    raise PaperError("De incidentkaart past niet op één A4, ook niet met de kleinste letter. "
                     "Maak de teksten bij protocol.escalatie of de namen en functies korter.")


def _used_height(document: Any) -> float:
    """How many page areas the card fills, up to the bottom of its last element (1.0 = exactly one)."""
    used = None
    for index, page in enumerate(document.pages):
        box = page._page_box  # noqa: SLF001 - WeasyPrint's layout tree: the only way to measure
        top, area = box.margin_top, page.height - box.margin_top - box.margin_bottom
        for child in box.descendants():
            if getattr(child, "element", None) is not None and child.element.get("id") == CARD_END:
                # the end can be split over two pages: its last piece counts
                bottom = child.position_y + child.margin_height() - top
                used = index + bottom / area
    if used is not None and len(document.pages) > 1:
        used = max(used, 1.01)  # anything on a second page means it does not fit
    return used if used is not None else float(len(document.pages)) + 1  # never laid out: far too long


def form_html(data: PrintData) -> str:
    return template_html("incidentformulier.html.j2", **data.variables, created=data.created)


def form_pdf(data: PrintData) -> Rendered:
    return pdf_from_html(form_html(data), forms=True)
