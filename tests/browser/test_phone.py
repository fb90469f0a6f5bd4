"""On a phone (360x740): nothing scrolls sideways, help is visible at once, numbers can be tapped."""

from __future__ import annotations

import phonenumbers
import pytest
from bs4 import BeautifulSoup

from conftest import example_data
from schoolprotocol.config.types import tel_uri

from .conftest import PHONE


#: Text and images of the page and footer that reach past the right edge of the screen. Material
#: hides sideways overflow (html: overflow-x hidden), so such content is not scrollable but cut off.
#: A box that scrolls sideways on its own (a wide table, code) is fine.
STICKING_OUT = """() => {
    const edge = document.documentElement.clientWidth + 1;
    const scrollsOnItsOwn = node => {
        for (let p = node.parentElement; p && p !== document.documentElement; p = p.parentElement) {
            if (['auto', 'scroll'].includes(getComputedStyle(p).overflowX)) return true;
        }
        return false;
    };
    const out = [];
    for (const root of document.querySelectorAll('.md-content, .md-footer')) {
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        for (let text = walker.nextNode(); text; text = walker.nextNode()) {
            if (!text.textContent.trim()) continue;
            const range = document.createRange();
            range.selectNodeContents(text);
            if ([...range.getClientRects()].some(r => r.width > 0 && r.right > edge) && !scrollsOnItsOwn(text)) {
                out.push(text.textContent.trim().slice(0, 60));
            }
        }
        for (const el of root.querySelectorAll('img, svg, video, iframe, table, pre')) {
            const r = el.getBoundingClientRect();
            if (r.width > 0 && r.right > edge && !scrollsOnItsOwn(el)) out.push('<' + el.tagName.toLowerCase() + '>');
        }
    }
    return out;
}"""


def test_no_page_scrolls_sideways_or_cuts_text_off(example_site, visit):
    visitor = visit(example_site, PHONE, is_mobile=True, has_touch=True)
    wide, cut = {}, {}
    for name in example_site.pages:
        visitor.open(name)
        overflow = visitor.page.evaluate("""() => {
            window.scrollTo(400, window.scrollY);
            return {scrollX: window.scrollX, width: document.documentElement.scrollWidth, view: window.innerWidth};
        }""")
        if overflow["scrollX"] or overflow["width"] > overflow["view"]:
            wide[name] = overflow
        if outside := visitor.page.evaluate(STICKING_OUT):
            cut[name] = outside
    assert not wide
    assert not cut


def test_text_cut_off_is_noticed(example_site, visit):
    visitor = visit(example_site, PHONE, is_mobile=True, has_touch=True)
    visitor.open()
    visitor.page.evaluate("""() => document.querySelector('article').insertAdjacentHTML('beforeend',
        '<p style="overflow-wrap: normal">' + 'x'.repeat(200) + '</p>')""")
    assert visitor.page.evaluate(STICKING_OUT)


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
    assert plain == {}, f"numbers without a tel: link: {plain}"
    assert not wrong, f"tel: links that dial another number than they show: {wrong}"


def test_a_plain_number_is_noticed():
    assert numbers_outside_links("<body><p>Bel 030 123 4567 of <a href='tel:+31301234568'>030 123 4568</a></p></body>") \
        == ["030 123 4567"]
