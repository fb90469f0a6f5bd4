"""Build step: every letter page as a Word file, for the public site and for staff.

Public files (roles and the school's general number) go with the public site,
under `downloads/brieven/`. Staff copies go to `intern/brieven/`, and a copy
into the staff site so its download links work when the staff site is served
on its own. What a staff copy shows follows the page's reader (front matter
`lezer:`): guides and notes for staff have names and direct numbers; letters
and texts that staff send or publish are made from the public view, as the
public files are.
"""

from __future__ import annotations

from pathlib import Path

from jinja2 import TemplateError

from ..audience import Audience, Reader
from ..config import LoadedSchool
from ..context import SiteContext
from ..engine import EngineError
from . import htmltree
from .document import House, word_document
from .logo import word_logo
from .templates import LetterPage, letter_pages, page_url, render_html

DOWNLOADS = Path("downloads") / "brieven"


def write_letters(checked, public_dir: Path, intern_dir: Path) -> None:
    """The OUTPUT_STEPS entry (see `pipeline.py`)."""
    school: LoadedSchool = checked.school
    house = house_style(school)
    for page in letter_pages():
        # (reader, folders): the public site's copy is read by anyone; the staff copy by the page's reader
        outputs = ((Reader.PUBLIC, [public_dir / DOWNLOADS]),
                   (page.reader, [intern_dir / "brieven", intern_dir / "site" / DOWNLOADS]))
        made: dict[Audience, bytes] = {}
        for reader, folders in outputs:
            view = reader.view
            if view not in made:
                made[view] = letter_docx(page, checked.contexts[view], school, house)
            for folder in folders:
                folder.mkdir(parents=True, exist_ok=True)
                (folder / f"{page.slug}.docx").write_bytes(made[view])


def house_style(school: LoadedSchool) -> House:
    s = school.config.school
    website = s.website.removeprefix("https://").removeprefix("http://").rstrip("/")
    return House(
        name=s.naam,
        primary=s.kleuren.primair,
        accent=s.kleuren.accent,
        contact_line=" · ".join(x for x in (s.naam, s.telefoon, s.email, website) if x),
        address_lines=(s.adres or s.plaats, " · ".join((s.telefoon, website))),
        logo_png=word_logo(school.logo),
    )


def letter_docx(page: LetterPage, context: SiteContext, school: LoadedSchool, house: House) -> bytes:
    """One page as a Word file, for the audience `context` was built for."""
    try:
        html = render_html(page, context)
    except (TemplateError, ValueError, AttributeError) as err:
        raise EngineError(f"De Word-versie van {page.path.name} kon niet worden gemaakt: {err}") from None
    tree = htmltree.parse(html)
    title = next((h.text().strip() for h in tree.iter() if h.tag == "h1"), page.slug)
    site_url = school.config.school.protocol_url
    return word_document(tree, title=title, house=house, link=lambda href: page_url(href, site_url),
                         dated=school.config.beleid.vastgesteld_op, letter=page.kind == "brief")
