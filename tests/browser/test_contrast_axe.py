"""Any school colours give a readable site: axe finds nothing, light and dark, phone and desktop.

The public site is built once per colour pair (sites only, no PDFs or letters), from the
primary-school example with the school's colours changed. Every page is checked with
axe-core (WCAG 2.1 A and AA, which includes colour contrast and scrollable tables), plus the
search dialog with results, whose marks take the accent colour.
"""

from __future__ import annotations

import pytest
import yaml

from conftest import ROOT, build_school, write_school

from .test_accessibility import axe_violations, choose_scheme, wait_for_theme

#: (primary, accent): the colours that broke the emergency block, their swap, extremes, a light green.
PAIRS = {
    "rood-geel": ("#e30613", "#ffd500"),
    "geel-rood": ("#ffd500", "#e30613"),
    "wit-zwart": ("#ffffff", "#000000"),
    "limoen-blauw": ("#8dc63f", "#00539b"),
}
SCHEMES = ("default", "slate")
VIEWPORTS = {"telefoon": {"width": 390, "height": 844}, "desktop": {"width": 1280, "height": 800}}


@pytest.fixture(scope="module")
def coloured_site(tmp_path_factory, serve):
    """`coloured_site(name) -> Served`: the public site in those colours, built on first use."""
    cache = {}

    def get(name: str):
        if name not in cache:
            data = yaml.safe_load((ROOT / "voorbeelden" / "po.yml").read_text(encoding="utf-8"))
            data["school"]["kleuren"] = {"primair": PAIRS[name][0], "accent": PAIRS[name][1]}
            folder = tmp_path_factory.mktemp(f"kleuren-{name}")
            built = build_school(write_school(folder / "in", data), folder / "out", documents=False)
            cache[name] = serve(built.site)
        return cache[name]
    return get


@pytest.mark.parametrize("viewport", VIEWPORTS)
@pytest.mark.parametrize("scheme", SCHEMES)
@pytest.mark.parametrize("pair", PAIRS)
def test_school_colours_pass_axe_on_every_page(pair, scheme, viewport, coloured_site, visit, axe_source):
    site = coloured_site(pair)
    visitor = visit(site, VIEWPORTS[viewport])
    visitor.context.add_init_script(axe_source)
    pages = site.pages
    assert len(pages) > 5
    found = {}
    chosen = False
    for name in pages:
        visitor.open(name)
        if visitor.themed():
            wait_for_theme(visitor.page)
            if not chosen:
                choose_scheme(visitor, scheme)
                chosen = True
            assert visitor.page.get_attribute("body", "data-md-color-scheme") == scheme, name
        if violations := axe_violations(visitor.page):
            found[name] = violations
    visitor.open()
    visitor.wait_for_search()
    visitor.search_for("wijkagent")
    visitor.page.wait_for_selector(".md-search-result__item")
    if violations := axe_violations(visitor.page):
        found["(zoeken)"] = violations
    assert visitor.elsewhere == [], "requests to other hosts"
    assert not found, "\n".join(f"{page}: {v['id']} ({v['help']}): {v['targets']}"
                                for page, vs in found.items() for v in vs)
