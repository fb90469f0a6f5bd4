"""Build step: every page with `word:` in its front matter as a Word file, for staff.

Letters and guides are staff material (see `pages.py`): they live on the staff
site only, so their Word files go to `intern/brieven/`, with a copy in the staff
site so its download links work when that site is served on its own.

A Word file is made from the page as the staff site built it, the same way the
PDF is (`paper.site_pages`): every macro, view and escape has already run, so
the file says exactly what the page says. The view is the page's reader's:
letters and texts that staff send or publish (`lezer: buiten_school`) were
built from the public view, also on the staff site.
"""

from __future__ import annotations

from pathlib import Path

from ..config import LoadedSchool
from ..paper.site_pages import read_page
from ..pages import ContentPage
from . import htmltree
from .document import House, word_document
from .logo import word_logo

DOWNLOADS = Path("downloads") / "brieven"


def write_letters(checked, public_dir: Path, intern_dir: Path) -> None:
    """The OUTPUT_STEPS entry (see `pipeline.py`)."""
    school: LoadedSchool = checked.school
    house = house_style(school)
    staff_site = intern_dir / "site"
    unpublished = {page.url for page in checked.pages if page.staff_only}
    for page in (p for p in checked.pages if p.word):
        data = letter_docx(page, staff_site, school, house, unpublished)
        for folder in (intern_dir / "brieven", staff_site / DOWNLOADS):
            folder.mkdir(parents=True, exist_ok=True)
            (folder / f"{page.slug}.docx").write_bytes(data)


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


def letter_docx(page: ContentPage, site_dir: Path, school: LoadedSchool, house: House,
                unpublished: set[str]) -> bytes:
    """One built page as a Word file. Links to pages the public cannot open keep only their text."""
    built = read_page(site_dir, page.url, site_url=school.config.school.protocol_url, unpublished=unpublished)
    return word_document(htmltree.parse(built.body), title=built.title, house=house, link=_paper_address,
                         dated=school.config.beleid.vastgesteld_op, letter=page.word == "brief")


def _paper_address(href: str) -> str | None:
    """`read_page` made every link a web address or a place on the page; only the first means something on paper."""
    return None if href.startswith("#") else href
