"""WCAG 2.1 AA, checked by axe-core in Chromium on every page: each sector, light and dark, desktop and phone."""

from __future__ import annotations

import pytest

from .conftest import DESKTOP, PHONE, SECTORS, sitecheck

SCHEMES = ("default", "slate")
VIEWPORTS = {"desktop": DESKTOP, "phone": PHONE}
#: The staff site has the same templates plus a banner and direct numbers: one sector is enough.
STAFF_SECTOR = "vo"


def choose_scheme(visitor, scheme: str) -> None:
    """Switch the palette the way a reader does: with the toggle in the header (it is remembered)."""
    page = visitor.page
    for _ in range(len(SCHEMES)):
        if page.get_attribute("body", "data-md-color-scheme") == scheme:
            return
        page.locator("[data-md-component=palette] label:not([hidden])").click()
    assert page.get_attribute("body", "data-md-color-scheme") == scheme


def wait_for_theme(page) -> None:
    """Material's script has run once the palette toggle is shown."""
    page.wait_for_selector("[data-md-component=palette] label:not([hidden])", state="visible")


def axe_violations(page) -> list[dict]:
    return page.evaluate(
        """tags => axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']})
                 .then(r => r.violations.map(v => ({id: v.id, help: v.help,
                        targets: v.nodes.slice(0, 3).map(n => n.target.join(' ') + ' :: ' + n.failureSummary)})))""",
        list(sitecheck.WCAG_TAGS))


@pytest.mark.parametrize("viewport", VIEWPORTS)
@pytest.mark.parametrize("scheme", SCHEMES)
@pytest.mark.parametrize("sector", SECTORS)
def test_no_wcag_violations_on_any_page(sector, scheme, viewport, sector_builds, serve, visit, axe_source):
    built = sector_builds[sector]
    sites = {"openbaar": serve(built.site)}
    if sector == STAFF_SECTOR:
        sites["intern"] = serve(built.intern / "site")
    found = {}
    for label, site in sites.items():
        visitor = visit(site, VIEWPORTS[viewport])
        visitor.context.add_init_script(axe_source)
        pages = site.pages
        assert len(pages) > 5
        chosen = False
        for name in pages:
            visitor.open(name)
            if visitor.themed():
                wait_for_theme(visitor.page)
                if not chosen:
                    choose_scheme(visitor, scheme)
                    chosen = True
                assert visitor.page.get_attribute("body", "data-md-color-scheme") == scheme, name
            violations = axe_violations(visitor.page)
            if violations:
                found[f"{label}/{name}"] = violations
        # The search dialog with results, as a reader sees it.
        visitor.open()
        visitor.wait_for_search()
        visitor.search_for("wijkagent")
        visitor.page.wait_for_selector(".md-search-result__item")
        if violations := axe_violations(visitor.page):
            found[f"{label}/ (zoeken)"] = violations
        assert visitor.elsewhere == [], "requests to other hosts"
    assert not found, "\n".join(f"{page}: {v['id']} ({v['help']}): {v['targets']}"
                                for page, vs in found.items() for v in vs)
