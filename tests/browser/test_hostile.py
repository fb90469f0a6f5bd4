"""A hostile value in every string field, and every page of both sites in Chromium: nothing runs.

The config comes from `tests/hostile.py`: each string field of the schema holds
markup, quotes, a closing </title>, entities or template syntax, as far as its
type allows, each with a marker (ZQ<n>Z). Both sites (public and staff) are
built once, and every page is opened in Chromium with a dialog listener. A
value must reach every attribute, title, tooltip, meta tag, the canonical
link, the search index and the sitemap as text: no dialog, no element made
from a value, no raw payload in the HTML.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from urllib.parse import urljoin

import pytest

from conftest import build_school, write_school
from hostile import hostile_config

#: Checked in the page after load: what an injected value would have made.
INJECTED = """() => {
  const found = [];
  for (const img of document.querySelectorAll('img[src="x"]')) found.push('img[src=x]');
  for (const script of document.querySelectorAll('script')) {
    if ((script.textContent || '').includes('alert(')) found.push('script: ' + script.textContent.slice(0, 60));
  }
  for (const el of document.querySelectorAll('*')) {
    for (const attr of el.attributes) {
      if (/^on/i.test(attr.name)) found.push(el.tagName + ' ' + attr.name);
    }
  }
  for (const a of document.querySelectorAll('a[href]')) {
    if (/^\\s*(javascript|data|vbscript):/i.test(a.getAttribute('href'))) found.push('href ' + a.getAttribute('href'));
  }
  return found;
}"""


def _folded(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    made = hostile_config()
    folder = tmp_path_factory.mktemp("vijandig")
    built = build_school(write_school(folder / "in", made.data), folder / "out", documents=False)
    return made, built


@pytest.fixture(scope="module")
def sites(hostile, serve):
    _, built = hostile
    return {"openbaar": serve(built.site), "intern": serve(built.intern / "site")}


class Tab:
    """One page in Chromium that records dialogs, script errors and CSP violations."""

    def __init__(self, visit, site) -> None:
        self.visitor = visit(site)
        self.page = self.visitor.page
        self.dialogs: list[str] = []
        self.violations: list[str] = []
        self.page.on("dialog", self._dialog)
        self.page.on("console", self._console)

    def _dialog(self, dialog) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def _console(self, message) -> None:
        if "Content Security Policy" in message.text:
            self.violations.append(message.text)


@pytest.mark.parametrize("audience", ["openbaar", "intern"])
def test_every_page_runs_nothing_from_a_value(hostile, sites, visit, audience):
    made, built = hostile
    site = sites[audience]
    name = _folded(made.data["school"]["naam"])
    raw_payloads = {m: v for m, v in made.kinds("tekst", "opmaak").items() if "<" in v}
    tab = Tab(visit, site)
    pages = site.pages
    assert len(pages) >= 13, pages  # the public site has no staff material (issue 15)
    problems, dialogs = [], 0
    for page in pages:
        response = tab.visitor.open(page)
        html = response.text()
        if tab.visitor.themed():
            logo = tab.page.locator(".md-header__button.md-logo")
            if logo.is_visible():
                logo.hover()  # Material builds the logo's tooltip here
                tab.page.wait_for_timeout(50)
                # the link keeps its accessible name: the school's name as text
                assert _folded(logo.get_attribute("aria-label") or "") == name, page
        tab.page.wait_for_timeout(100)
        found = tab.page.evaluate(INJECTED)
        if found:
            problems.append((page, found))
        leaked = [m for m, v in raw_payloads.items() if v in html]
        if leaked:
            problems.append((page, "raw payload in the HTML: " + ", ".join(made.payloads[m][0] for m in leaked)))
        if page != "beheer/configurator.html":
            title = _folded(tab.page.title())
            if not (title == name or title.endswith(" - " + name)):
                problems.append((page, "title: " + title))
        if len(tab.dialogs) > dialogs:
            problems.append((page, "dialog: " + ", ".join(tab.dialogs[dialogs:])))
            dialogs = len(tab.dialogs)
    assert not problems, problems
    assert not tab.violations, tab.violations[:5]


@pytest.mark.parametrize("audience", ["openbaar", "intern"])
def test_meta_tags_and_canonical_link_hold_the_values_as_text(hostile, sites, visit, audience):
    made, _ = hostile
    site = sites[audience]
    name = _folded(made.data["school"]["naam"])
    site_url = made.data["school"]["protocol_url"]
    tab = Tab(visit, site)
    for page in site.pages:
        if page in ("404.html", "beheer/configurator.html"):
            continue
        tab.visitor.open(page)
        meta = tab.page.evaluate("""() => Array.from(document.head.querySelectorAll('meta, link'))
            .map(el => [el.getAttribute('name') || el.getAttribute('rel') || el.getAttribute('http-equiv'),
                        el.getAttribute('content') || el.getAttribute('href')])""")
        found = dict((k, v) for k, v in meta if k)
        assert name in _folded(found["description"]), page
        assert found["canonical"] == urljoin(site_url, page), page
        assert "Content-Security-Policy" in found, page
        policy = found["Content-Security-Policy"]
        assert "'unsafe-inline'" not in policy.split("script-src")[1].split(";")[0], page
    assert not tab.dialogs and not tab.violations


def test_search_index_and_sitemap_hold_text_only(hostile, sites, visit):
    made, built = hostile
    index = json.loads((built.site / "search" / "search_index.json").read_text(encoding="utf-8"))
    for doc in index["docs"]:
        for key in ("title", "text"):
            assert "<script" not in doc.get(key, "").lower() and "<img" not in doc.get(key, "").lower(), doc["location"]
    site_url = made.data["school"]["protocol_url"]
    for root in (built.site, built.intern / "site"):
        sitemap = ET.fromstring((root / "sitemap.xml").read_bytes())
        locations = [el.text for el in sitemap.iter("{http://www.sitemaps.org/schemas/sitemap/0.9}loc")]
        assert locations and all(loc.startswith(site_url) for loc in locations), locations[:3]
    # a search shows the hostile values in its results, as text
    tab = Tab(visit, sites["openbaar"])
    tab.visitor.open("")
    tab.visitor.wait_for_search()
    marker = next(iter(made.kinds("tekst")))
    tab.visitor.search_for(marker)
    tab.page.wait_for_timeout(200)
    assert not tab.page.evaluate(INJECTED)
    assert not tab.dialogs and not tab.violations


def test_palette_toggle_and_search_still_work_under_the_policy(sites, visit):
    tab = Tab(visit, sites["openbaar"])
    tab.visitor.open("calamiteiten/")
    scheme = tab.page.evaluate("() => document.body.getAttribute('data-md-color-scheme')")
    tab.page.wait_for_selector("[data-md-component=palette] label:not([hidden])", state="visible")
    tab.page.locator("[data-md-component=palette] label:not([hidden])").click()
    tab.page.wait_for_function(f"() => document.body.getAttribute('data-md-color-scheme') !== '{scheme}'")
    tab.visitor.wait_for_search()
    tab.visitor.search_for("slachtoffer")
    assert tab.page.locator(".md-search-result__item").count() > 0
    assert not tab.violations, tab.violations
