"""Any school colours give a readable site: axe finds nothing, light and dark, phone and desktop.

The public site is built once per colour pair (sites only, no PDFs or letters), from the
primary-school example with the school's colours changed. Every page is checked with
axe-core's colour rules of WCAG 2.1 A and AA (`cat.color`: text contrast, links told apart from
text) in the light and the dark scheme (switched with the header's toggle, as a reader does), plus
the search dialog with results, whose marks take the accent colour, at phone and desktop width.
A school's colours change only colours: the other rules (structure, names, focus, scrolling) give
the same answer in every colour, and test_accessibility runs all of them on every page of po, vo
and mbo, in both schemes at both widths, so running them 18 more times here only cost time.

Each page is checked at one width, phone and desktop taking turns from page to page. The width changes
which parts of the theme are shown (the drawer, the tabs, the side navigation, where the table of
contents stands), not the colours of the page's content; those parts come from the same templates on
every page, so each width still meets all of them, on half of the pages.
"""

from __future__ import annotations

import pytest
import yaml

from conftest import ROOT, build_school, shared_build, write_school

from .conftest import SCHEMES, each_view, search_views
from .test_accessibility import axe_violations

#: (primary, accent): real school colours, at least one pair for each colour the issue names (dark
#: blue, red, yellow, lime green, light blue, orange, purple, black, white). Red and yellow broke the
#: emergency block; their swap, white on black and black on white are the extremes.
PAIRS = {
    "rood-geel": ("#e30613", "#ffd500"),
    "geel-rood": ("#ffd500", "#e30613"),
    "wit-zwart": ("#ffffff", "#000000"),
    "zwart-wit": ("#000000", "#ffffff"),
    "limoen-blauw": ("#8dc63f", "#00539b"),
    "donkerblauw-oranje": ("#003366", "#f7a600"),
    "lichtblauw-wit": ("#7fc4ef", "#ffffff"),
    "oranje-antraciet": ("#f28c00", "#222222"),
    "paars-geel": ("#5b2a86", "#ffcc00"),
}
#: axe's category of the rules a colour can fail (with WCAG 2.1 A and AA: color-contrast, link-in-text-block).
COLOUR_RULES = "cat.color"
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


@pytest.fixture
def coloured_site(tmp_path_factory, serve):
    """`coloured_site(name) -> Served`: the public site in those colours, built once per run.

    Built with `shared_build`, not kept by a module fixture: the pairs' tests spread over the
    pytest-xdist workers."""
    def get(name: str):
        def make(folder):
            data = yaml.safe_load((ROOT / "voorbeelden" / "po.yml").read_text(encoding="utf-8"))
            data["school"]["kleuren"] = {"primair": PAIRS[name][0], "accent": PAIRS[name][1]}
            return build_school(write_school(folder / "in", data), folder / "out", documents=False)
        return serve(shared_build(tmp_path_factory, f"kleuren-{name}", make).site)
    return get


def colour_problems(page) -> list[dict]:
    """What axe finds, plus the two checks axe leaves out, on the page as it is shown now."""
    found = list(axe_violations(page, COLOUR_RULES))
    # axe leaves out text in the colour of its background (1:1), such as white links on white.
    for ratio, what in page.evaluate(TEXT_CONTRASTS, [".md-content a:not(.headerlink)", False]):
        if ratio < 4.5 and not what.startswith("transparent background"):  # axe judges those
            found.append({"id": "link 4.5:1", "help": f"{ratio:.2f}:1", "targets": [what]})
    for ratio, what in page.evaluate(TEXT_CONTRASTS, [".noodblok", True]):
        if ratio < EMERGENCY:
            found.append({"id": "noodblok 7:1", "help": f"{ratio:.2f}:1", "targets": [what]})
    return found


@pytest.mark.parametrize("pair", PAIRS)
def test_school_colours_pass_axe_on_every_page(pair, coloured_site, visit, axe_source):
    """Every page in both schemes (one load per page, the scheme switched by the header's toggle), phone and
    desktop width taking turns (see `each_view`), and the search dialog with results in both schemes at
    both widths (`search_views`)."""
    site = coloured_site(pair)
    visitor = visit(site, VIEWPORTS["telefoon"])
    visitor.context.add_init_script(axe_source)
    found = {}
    checked = {(scheme, viewport): 0 for scheme in SCHEMES for viewport in VIEWPORTS}
    emergency_blocks = 0
    for name, scheme, viewport in each_view(visitor, VIEWPORTS, SCHEMES, every_width=False):
        for problem in colour_problems(visitor.page):
            found.setdefault(f"{name} [{scheme or 'geen thema'}, {viewport}]", []).append(problem)
        emergency_blocks += visitor.page.locator(".noodblok").count()
        if scheme:
            checked[scheme, viewport] += 1
    assert all(count > 5 for count in checked.values()), f"pages checked per scheme and width: {checked}"
    assert emergency_blocks, "no emergency block found on any page"
    for scheme, viewport in search_views(visitor, VIEWPORTS, SCHEMES):
        if violations := axe_violations(visitor.page, COLOUR_RULES):
            found[f"(zoeken) [{scheme}, {viewport}]"] = violations
    assert visitor.elsewhere == [], "requests to other hosts"
    assert not found, "\n".join(f"{page}: {v['id']} ({v['help']}): {v['targets']}"
                                for page, vs in found.items() for v in vs)
