"""The start page on a phone (390x844), as a parent, a pupil or a staff member meets it in a hurry.

Above the fold: the emergency block (112, the school's number, the step plan) and one large
choice per reader. One tap on the parents' choice shows the first of their steps without
scrolling. The school's logo is in the header at every width; headings on the web carry no
chapter numbers (the PDF does); the site's own font comes from the site itself and is used.
Expected values come from each build's config file, not from the project's code.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
import yaml
from bs4 import BeautifulSoup
from pypdf import PdfReader

from schoolprotocol.config.types import tel_uri

from .conftest import DESKTOP, SECTORS

PHONE = {"width": 390, "height": 844}
WIDTHS = {"phone": PHONE, "desktop": DESKTOP}
FONT = "Atkinson Hyperlegible Next"


def config_of(built) -> dict:
    return yaml.safe_load(Path(built.config).read_text(encoding="utf-8"))


def phone(visit, site):
    return visit(site, PHONE, is_mobile=True, has_touch=True)


def box_of(locator) -> dict:
    assert locator.is_visible(), locator
    box = locator.bounding_box()
    assert box is not None, locator
    return box


def header_bottom(page) -> float:
    return page.locator(".md-header").bounding_box()["height"]


def fully_in_view(box: dict, viewport: dict, top: float = 0) -> bool:
    return (box["y"] >= top and box["y"] + box["height"] <= viewport["height"]
            and box["x"] >= 0 and box["x"] + box["width"] <= viewport["width"])


@pytest.mark.parametrize("sector", SECTORS)
def test_emergency_block_and_three_choices_fit_the_first_screen(sector, sector_builds, serve, visit):
    built = sector_builds[sector]
    school = config_of(built)["school"]
    visitor = phone(visit, serve(built.site))
    visitor.open()
    page = visitor.page
    top = header_bottom(page)

    block = page.locator("article .noodblok")
    assert fully_in_view(box_of(block), PHONE, top), box_of(block)
    assert block.locator(f'a[href="{tel_uri(school["telefoon"])}"]').inner_text() == school["telefoon"]
    assert block.locator('a[href="tel:112"]').count() == 1
    assert block.locator("a.md-button").get_attribute("href").rstrip("/").endswith("calamiteiten")

    choices = page.locator("article nav.keuzes a")
    assert choices.count() == 3
    targets = [choices.nth(i).get_attribute("href") for i in range(3)]
    assert [t.split("/")[0] for t in targets] == ["ouders", "leerlingen", "calamiteiten"], targets
    for i in range(3):
        box = box_of(choices.nth(i))
        assert fully_in_view(box, PHONE, top), (targets[i], box)
        assert box["height"] >= 48 and box["width"] >= PHONE["width"] * 0.8, (targets[i], box)  # a large target
    labels = [choices.nth(i).locator("strong").inner_text() for i in range(3)]
    assert labels[0] == "Ouder of verzorger" and labels[2] == "Medewerker"
    assert labels[1] == {"po": "Kind", "vo": "Leerling", "mbo": "Student"}[sector]


@pytest.mark.parametrize("sector", SECTORS)
def test_one_tap_brings_a_parent_to_the_first_step(sector, sector_builds, serve, visit):
    visitor = phone(visit, serve(sector_builds[sector].site))
    visitor.open()
    page = visitor.page
    page.locator("article nav.keuzes a").first.tap()
    page.wait_for_url(re.compile(r"/ouders/"))
    page.wait_for_load_state("load")
    top = header_bottom(page)
    heading = page.locator("article .actieblok h2").first
    first_step = page.locator("article .actieblok ol > li").first
    assert heading.inner_text().strip().rstrip("¶").strip() == "Is het uw kind overkomen?"
    assert "Blijf rustig" in first_step.inner_text()
    for what in (heading, first_step):
        assert fully_in_view(box_of(what), PHONE, top), (what, box_of(what))


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("sector", SECTORS)
def test_logo_and_name_in_the_header(sector, width, sector_builds, serve, visit):
    built = sector_builds[sector]
    school = config_of(built)["school"]
    viewport = WIDTHS[width]
    visitor = visit(serve(built.site), viewport, is_mobile=width == "phone", has_touch=width == "phone")
    visitor.open("ouders/")
    page = visitor.page
    logo = page.locator(".md-header .md-logo img")
    box = box_of(logo)
    header = page.locator(".md-header").bounding_box()
    assert box["width"] >= 16 and box["height"] >= 16, box
    assert box["y"] >= 0 and box["y"] + box["height"] <= header["height"] and box["x"] + box["width"] <= viewport["width"]

    name = page.locator(".md-header .schoolnaam")
    full = page.locator(".md-header .schoolnaam__vol")
    assert full.inner_text().strip() == school["naam"]  # screen readers always get the full name
    room, needed = name.bounding_box(), full.bounding_box()
    fits = needed["width"] + 1 <= room["width"]  # the line starts with 1px (protocol.css, .schoolnaam::before)
    shown = needed["y"] < room["y"] + room["height"]  # the full name is on the header's only visible line
    assert shown == fits, (room, needed)
    if not fits:
        assert name.get_attribute("data-kort") == school["korte_naam"]
    if width == "desktop":
        assert fits


@pytest.mark.parametrize("sector", SECTORS)
def test_no_chapter_numbers_on_the_web_but_in_the_pdf(sector, sector_builds, serve, visit):
    built = sector_builds[sector]
    numbered = {}
    chapters_seen = 0
    for path in sorted(built.site.rglob("*.html")):
        marker = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser").find(attrs={"data-hoofdstuk": True})
        if marker is None:
            continue
        chapters_seen += 1
        # "113 Zelfmoordpreventie" is a name, not a number: only this page's own chapter number counts
        own = re.compile(rf"^{re.escape(marker['data-hoofdstuk'])}(\.\d+)*\s")
        for h in marker.find_all(["h1", "h2", "h3"]):
            if own.match(h.get_text(" ", strip=True)):
                numbered.setdefault(path.relative_to(built.site).as_posix(), []).append(h.get_text(" ", strip=True))
    assert chapters_seen > 5
    assert not numbered

    visitor = visit(serve(built.site), PHONE)
    for name in ("calamiteiten/", "ouders/", "inleiding/"):
        visitor.open(name)
        drawn = visitor.page.evaluate("""() => [...document.querySelectorAll('article :is(h1, h2, h3)')]
            .map(h => getComputedStyle(h, '::before').content).filter(c => c !== 'none' && c !== 'normal')""")
        assert drawn == [], (name, drawn)  # no CSS counters either

    pdf = built.site / "downloads" / "protocol.pdf"
    chapters = [item.title for item in PdfReader(pdf).outline if not isinstance(item, list)]
    steps_title = BeautifulSoup((built.site / "calamiteiten" / "index.html").read_text(encoding="utf-8"),
                                "html.parser").find("article").find("h1").get_text(" ", strip=True).rstrip("¶").strip()
    assert any(re.fullmatch(rf"\d+ {re.escape(steps_title)}", title) for title in chapters), chapters
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert re.search(r"^\d+\.\d+\s+\S", text, re.MULTILINE)  # section numbers in the text as well
    assert "met de muis" not in text.lower()  # paper has no mouse: no hover hints in print


@pytest.mark.parametrize("sector", SECTORS)
def test_the_sites_own_font_is_served_by_the_site_and_used(sector, sector_builds, serve, visit):
    site = serve(sector_builds[sector].site)
    visitor = phone(visit, site)
    fonts_asked: list[str] = []
    visitor.page.on("request", lambda r: fonts_asked.append(r.url) if r.resource_type == "font" else None)
    visitor.open("ouders/")
    page = visitor.page
    page.evaluate("document.fonts.ready")
    faces = page.evaluate("""() => [...document.fonts].map(f => ({family: f.family.replace(/"/g, ''),
        weight: f.weight, style: f.style, status: f.status}))""")
    ours = [f for f in faces if f["family"] == FONT]
    assert {(f["weight"], f["style"]) for f in ours} >= {("400", "normal"), ("700", "normal")}, faces
    assert {f["status"] for f in ours if f["style"] == "normal"} == {"loaded"}, ours
    assert page.evaluate("f => document.fonts.check('16px \"' + f + '\"') && document.fonts.check('bold 16px \"' + f + '\"')", FONT)
    for selector in ("article p", "article h1", ".md-header__title", ".md-nav"):
        family = page.evaluate("s => getComputedStyle(document.querySelector(s)).fontFamily", selector)
        assert family.strip('"').startswith(FONT), (selector, family)
    assert fonts_asked and all(url.startswith(site.url + "assets/fonts/") for url in fonts_asked), fonts_asked
    assert not visitor.elsewhere
    files = sorted(p.name for p in (sector_builds[sector].site / "assets" / "fonts").iterdir())
    assert "OFL.txt" in files and any(name.endswith(".woff2") for name in files), files
