"""WCAG 2.1 AA, checked by axe-core in Chromium on every page: each sector, light and dark, desktop and phone."""

from __future__ import annotations

import pytest

from .conftest import DESKTOP, PHONE, SCHEMES, SECTORS, each_view, search_views, sitecheck

VIEWPORTS = {"desktop": DESKTOP, "phone": PHONE}
#: The staff site has the same templates plus a banner and direct numbers: one sector is enough.
STAFF_SECTOR = "vo"


def axe_violations(page, category: str | None = None) -> list[dict]:
    """axe's WCAG 2.1 A and AA rules on the page as it is shown now; with `category` (e.g. axe's
    `cat.color`) only those of them that are in it (axe's experimental rules stay out, as with tags)."""
    found = page.evaluate(
        """([tags, category]) => {
             const rules = category ? axe.getRules(tags).filter(r => r.tags.includes(category)
                                                                   && !r.tags.includes('experimental')) : null;
             const only = rules ? {type: 'rule', values: rules.map(r => r.ruleId)} : {type: 'tag', values: tags};
             return axe.run(document, {runOnly: only, resultTypes: ['violations']})
               .then(r => ({rules: rules && rules.map(r => r.ruleId), violations: r.violations.map(v => ({
                      id: v.id, help: v.help,
                      targets: v.nodes.slice(0, 3).map(n => n.target.join(' ') + ' :: ' + n.failureSummary)}))}));
           }""",
        [list(sitecheck.WCAG_TAGS), category])
    assert found["rules"] is None or found["rules"], f"no axe rule in {category}"  # would pass every page
    return found["violations"]


#: Every site walked: each sector's public site, and the staff site of one sector.
SITES = [(sector, "openbaar") for sector in SECTORS] + [(STAFF_SECTOR, "intern")]


@pytest.mark.parametrize(("sector", "label"), SITES, ids=[f"{sector}-{label}" for sector, label in SITES])
def test_no_wcag_violations_on_any_page(sector, label, sector_builds, serve, visit, axe_source):
    """Every page in both colour schemes at desktop and phone width (one load per page, the scheme switched
    with the toggle and the width changed in place; see `each_view`), and the search dialog with results
    in both schemes at both widths (`search_views`). One test per site, so the sites' walks spread over the workers."""
    built = sector_builds[sector]
    site = serve(built.site if label == "openbaar" else built.intern / "site")
    found = {}
    visitor = visit(site, VIEWPORTS["phone"])
    visitor.context.add_init_script(axe_source)
    seen = set()
    for name, scheme, viewport in each_view(visitor, VIEWPORTS, SCHEMES):
        seen.add((scheme, viewport))
        if violations := axe_violations(visitor.page):
            found[f"{label}/{name} ({scheme or 'zonder thema'}, {viewport})"] = violations
    assert {(scheme, viewport) for scheme in SCHEMES for viewport in VIEWPORTS} <= seen
    for scheme, viewport in search_views(visitor, VIEWPORTS, SCHEMES):
        if violations := axe_violations(visitor.page):
            found[f"{label}/ (zoeken, {scheme}, {viewport})"] = violations
    assert visitor.elsewhere == [], "requests to other hosts"
    assert not found, "\n".join(f"{page}: {v['id']} ({v['help']}): {v['targets']}"
                                for page, vs in found.items() for v in vs)
