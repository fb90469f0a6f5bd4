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
#: The emergency block asks more than axe's AA: 7:1 for its text and links (WCAG AAA).
EMERGENCY = 7.0
#: For each element matching a selector (and, with `withBlock`, everything inside it) that has text of
#: its own: its contrast with the opaque background behind it, with WCAG's formula written out here
#: (not the project's): [contrast, description]; 0 when text or background is semi-transparent.
TEXT_CONTRASTS = """([blockSelector, withBlock]) => {
  const rgb = s => s.match(/[\\d.]+/g).slice(0, 4).map(Number);
  const channel = c => { c /= 255; return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4; };
  const lum = ([r, g, b]) => 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
  const ratio = (a, b) => { const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };
  const background = el => {
    for (; el; el = el.parentElement) {
      const c = rgb(getComputedStyle(el).backgroundColor);
      if (c.length < 4 || c[3] === 1) return c;
      if (c[3] > 0) return null;  // a semi-transparent layer: not expected in the block
    }
    return [255, 255, 255];
  };
  const found = [];
  for (const block of document.querySelectorAll(blockSelector)) {
    for (const el of withBlock ? [block, ...block.querySelectorAll('*')] : [block]) {
      if (![...el.childNodes].some(n => n.nodeType === 3 && n.textContent.trim())) continue;
      const fg = rgb(getComputedStyle(el).color), bg = background(el);
      if (fg.length > 3 && fg[3] < 1) { found.push([0, 'transparent text: ' + el.outerHTML.slice(0, 80)]); continue; }
      if (!bg) { found.push([0, 'transparent background: ' + el.outerHTML.slice(0, 80)]); continue; }
      found.push([ratio(fg, bg), el.tagName + ' ' + getComputedStyle(el).color + ' on rgb(' + bg.join(',') + ')']);
    }
  }
  return found;
}"""
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
    emergency_checked = 0
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
        # axe leaves out text in the colour of its background (1:1), such as white links on white.
        for ratio, what in visitor.page.evaluate(TEXT_CONTRASTS, [".md-content a:not(.headerlink)", False]):
            if ratio < 4.5 and not what.startswith("transparent background"):  # axe judges those
                found.setdefault(name, []).append({"id": "link 4.5:1", "help": f"{ratio:.2f}:1", "targets": [what]})
        for ratio, what in visitor.page.evaluate(TEXT_CONTRASTS, [".noodblok", True]):
            emergency_checked += 1
            if ratio < EMERGENCY:
                found.setdefault(name, []).append({"id": "noodblok 7:1", "help": f"{ratio:.2f}:1", "targets": [what]})
    assert emergency_checked, "no text found in an emergency block"
    visitor.open()
    visitor.wait_for_search()
    visitor.search_for("wijkagent")
    visitor.page.wait_for_selector(".md-search-result__item")
    if violations := axe_violations(visitor.page):
        found["(zoeken)"] = violations
    assert visitor.elsewhere == [], "requests to other hosts"
    assert not found, "\n".join(f"{page}: {v['id']} ({v['help']}): {v['targets']}"
                                for page, vs in found.items() for v in vs)
