"""On a phone (360x740): nothing scrolls sideways, help is visible at once, numbers can be tapped."""

from __future__ import annotations

import phonenumbers
import pytest
from bs4 import BeautifulSoup

from conftest import example_data
from schoolprotocol.config.types import tel_uri

from .conftest import PHONE


def test_no_page_scrolls_sideways(example_site, visit):
    visitor = visit(example_site, PHONE, is_mobile=True, has_touch=True)
    wide = {}
    for name in example_site.pages:
        visitor.open(name)
        overflow = visitor.page.evaluate("""() => {
            window.scrollTo(400, window.scrollY);
            return {scrollX: window.scrollX, width: document.documentElement.scrollWidth, view: window.innerWidth};
        }""")
        if overflow["scrollX"] or overflow["width"] > overflow["view"]:
            wide[name] = overflow
    assert not wide


def test_help_and_the_schools_number_are_visible_without_scrolling(example_site, visit):
    visitor = visit(example_site, PHONE, is_mobile=True, has_touch=True)
    visitor.open()
    page = visitor.page
    number = tel_uri(example_data()["school"]["telefoon"])
    for what in (page.locator("article h2", has_text="Er gaat iets mis"),
                 page.locator(f'article a[href="{number}"]').first):
        assert what.is_visible()
        box = what.bounding_box()
        assert box and box["y"] >= 0 and box["y"] + box["height"] <= PHONE["height"], (what, box)


def numbers_outside_links(html: str) -> list[str]:
    """Phone numbers in a page's text that are not inside a tel: link."""
    body = BeautifulSoup(html, "html.parser").body
    for tag in body.select('script, style, a[href^="tel:"]'):
        tag.decompose()
    text = body.get_text(" ")
    return [m.raw_string for m in phonenumbers.PhoneNumberMatcher(text, "NL")]


@pytest.mark.parametrize("staff", [False, True], ids=["openbaar", "intern"])
def test_phone_numbers_are_tel_links(example_build, staff):
    root = example_build.intern / "site" if staff else example_build.site
    plain, wrong = {}, {}
    links = 0
    for path in sorted(root.rglob("*.html")):
        html = path.read_text(encoding="utf-8")
        if found := numbers_outside_links(html):
            plain[path.relative_to(root).as_posix()] = found
        for link in BeautifulSoup(html, "html.parser").select('a[href^="tel:"]'):
            links += 1
            if tel_uri(link.get_text()) != link["href"]:
                wrong[link["href"]] = link.get_text()
    assert links > 0
    assert not plain, f"numbers without a tel: link: {plain}"
    assert not wrong, f"tel: links that dial another number than they show: {wrong}"


def test_a_plain_number_is_noticed():
    assert numbers_outside_links("<body><p>Bel 030 123 4567 of <a href='tel:+31301234568'>030 123 4568</a></p></body>") \
        == ["030 123 4567"]
