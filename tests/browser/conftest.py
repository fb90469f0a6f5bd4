"""One Chromium for the whole session, and each built site served once on 127.0.0.1.

The sites come from the session fixtures in `tests/conftest.py` (built once);
the browser is Debian's Chromium, driven by Playwright without any download.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools" / "browser"))

import sitecheck  # noqa: E402  (lives beside the npm tools it drives)

DESKTOP = {"width": 1280, "height": 800}
PHONE = {"width": 360, "height": 740}
SECTORS = ("po", "vo", "mbo")
#: Material's two colour schemes: light and dark.
SCHEMES = ("default", "slate")
#: The search worker's folder: the site's `zoeken.js`, which loads Material's `search.<hash>.min.js`.
SEARCH_WORKER = "/assets/javascripts/workers/"


@pytest.fixture(scope="session", autouse=True)
def tools_installed() -> None:
    missing = sitecheck.missing_tools()
    if missing:
        pytest.fail("Browser tools missing (./run test installs them): " + "; ".join(missing), pytrace=False)


@dataclass(frozen=True)
class Served:
    """A built site behind a local web server."""

    root: Path
    url: str

    @property
    def pages(self) -> list[str]:
        return sitecheck.pages(self.root)

    def at(self, page: str = "") -> str:
        return self.url + page

    def is_local(self, url: str) -> bool:
        """A request this site's own server answers (data: and blob: never leave the browser)."""
        parts = urlsplit(url)
        return parts.scheme in ("data", "blob") or url.startswith(self.url)


@pytest.fixture(scope="session")
def _servers() -> Iterator[ExitStack]:
    with ExitStack() as stack:
        yield stack


@pytest.fixture(scope="session")
def serve(_servers):
    """`serve(site_dir) -> Served`; each folder is served once per session."""
    cache: dict[Path, Served] = {}

    def start(site: Path) -> Served:
        site = Path(site).resolve()
        if site not in cache:
            cache[site] = Served(site, _servers.enter_context(sitecheck.serve(site)))
        return cache[site]
    return start


@pytest.fixture(scope="session")
def sector_sites(sector_builds, serve) -> dict[str, Served]:
    return {sector: serve(built.site) for sector, built in sector_builds.items()}


@pytest.fixture(scope="session")
def example_site(example_build, serve) -> Served:
    return serve(example_build.site)


@pytest.fixture(scope="session")
def browser(chromium):
    return chromium


@pytest.fixture(scope="session")
def axe_source() -> str:
    return sitecheck.AXE.read_text(encoding="utf-8")


class Visitor:
    """A browser tab on one served site that refuses, and remembers, every request to another host."""

    def __init__(self, context, site: Served) -> None:
        self.context, self.site = context, site
        self.elsewhere: list[str] = []
        self.search_worker = True
        """False: pages get an empty search worker (see `each_page`)."""
        context.route("**/*", self._route)
        self.page = context.new_page()

    def _route(self, route) -> None:
        if not self.search_worker and SEARCH_WORKER in urlsplit(route.request.url).path:
            route.fulfill(body="", content_type="text/javascript")
        elif self.site.is_local(route.request.url):
            route.continue_()
        else:
            self.elsewhere.append(route.request.url)
            route.abort()

    def open(self, page: str = ""):
        response = self.page.goto(self.site.at(page), wait_until="load")
        assert response is not None
        return response

    def themed(self) -> bool:
        """A page of the Material theme (the configurator app under beheer/ is a page of its own)."""
        return self.page.locator("[data-md-component=palette]").count() > 0

    def search_for(self, query: str) -> None:
        """Type `query` in the search box the way a reader does (on a phone: open it first)."""
        if self.page.viewport_size["width"] < 960:  # Material's breakpoint (60em)
            self.page.locator("label.md-header__button[for=__search]").click()
        box = self.page.locator(".md-search__input")
        box.click()
        box.fill(query[:-1])
        box.press(query[-1])  # Material searches on key-up: one search, for the whole word
        self.page.wait_for_function(
            "() => /overeenkomend|Geen/.test(document.querySelector('.md-search-result__meta').textContent)")

    def wait_for_search(self) -> None:
        """Search is ready once its worker has loaded the index and the Dutch stemmer."""
        if not self.themed():
            return
        self.page.wait_for_function(
            "el => el && !el.textContent.includes('initialiseren')",
            arg=self.page.query_selector(".md-search-result__meta"))


@pytest.fixture
def visit(browser):
    """`visit(site, viewport=DESKTOP) -> Visitor`: a fresh context (own storage) per call."""
    contexts = []

    def open_visitor(site: Served, viewport: dict = DESKTOP, **options) -> Visitor:
        context = browser.new_context(viewport=viewport, reduced_motion="reduce", service_workers="block", **options)
        contexts.append(context)
        return Visitor(context, site)
    yield open_visitor
    for context in contexts:
        context.close()


# --- walking a site's pages in the browser (axe: test_accessibility.py, test_contrast_axe.py) ---------


def wait_for_theme(page) -> None:
    """Material's script has run once the palette toggle is shown."""
    page.wait_for_selector("[data-md-component=palette] label:not([hidden])", state="visible")


def choose_scheme(visitor: Visitor, scheme: str) -> None:
    """Switch the palette the way a reader does: with the toggle in the header (it is remembered)."""
    page = visitor.page
    for _ in range(len(SCHEMES)):
        if page.get_attribute("body", "data-md-color-scheme") == scheme:
            return
        page.locator("[data-md-component=palette] label:not([hidden])").click()
    assert page.get_attribute("body", "data-md-color-scheme") == scheme


def _settle(page) -> None:
    """Wait until the colour transitions that a switch of scheme starts have ended."""
    page.wait_for_function("() => document.getAnimations().every(a => !(a instanceof CSSTransition)"
                           " || a.playState !== 'running')")


def each_page(visitor: Visitor, schemes: Sequence[str] = SCHEMES, *,
              before_open: Callable[[int], None] | None = None) -> Iterator[tuple[str, str | None]]:
    """Open every page of the visitor's site in turn (one load per page) and yield `(page, scheme)` once for
    each colour scheme in `schemes`, with the page showing that scheme; `(page, None)` once for a page without
    the theme (the configurator app), which has no schemes. The caller checks `visitor.page` at each yield.

    The scheme is switched with the toggle in the header, the way a reader does, and each page must open
    in the scheme chosen last on the page before (the choice is remembered). With two schemes a page is
    shown first in the remembered one, then switched to the other, so both are checked after a load
    and after a switch across the walk. `before_open(i)` is called before the i-th page is loaded.

    During the walk the pages get an empty search worker: Material's worker builds the search index
    again on every load (a sixth of a load's CPU), and a walk does not search. The page is the same but
    for the status line of the closed search dialog ("Zoeken initialiseren"); the dialog itself is
    checked with the real worker (`show_search_results`), as is search (test_search*.py)."""
    pages = visitor.site.pages
    assert len(pages) > 5, pages
    visitor.search_worker = False
    try:
        yield from _each_page(visitor, pages, schemes, before_open)
    finally:
        visitor.search_worker = True


def _each_page(visitor: Visitor, pages: list[str], schemes: Sequence[str],
               before_open: Callable[[int], None] | None) -> Iterator[tuple[str, str | None]]:
    remembered: str | None = None
    for index, name in enumerate(pages):
        if before_open:
            before_open(index)
        visitor.open(name)
        if not visitor.themed():
            yield name, None
            continue
        wait_for_theme(visitor.page)
        if remembered is None:
            order = list(schemes)
        else:
            assert visitor.page.get_attribute("body", "data-md-color-scheme") == remembered, name
            order = sorted(schemes, key=lambda scheme: scheme != remembered)  # the remembered one first
        for scheme in order:
            if visitor.page.get_attribute("body", "data-md-color-scheme") != scheme:
                choose_scheme(visitor, scheme)
                _settle(visitor.page)
            yield name, scheme
            remembered = scheme


def each_view(visitor: Visitor, viewports: Mapping[str, dict], schemes: Sequence[str] = SCHEMES, *,
              every_width: bool = True) -> Iterator[tuple[str, str | None, str]]:
    """`each_page`, and at each of its stops every viewport in turn: `(page, scheme, viewport)`.

    The width is changed in place (a phone turned, a window made narrower), so one load of a page serves
    every scheme and width: a page load costs about 0.65 s of Chromium's CPU (axe's runs cost as much). Each
    scheme of a page is checked first in the width the page was loaded in, then in the others; the page
    ends in another width than it was loaded in, so the next one loads there: across the walk every
    width is checked after a fresh load and after a change of width.

    `every_width=False`: each page only in the width it is loaded in, the widths taking turns from page to
    page (page 1 in the first, page 2 in the second, ...): every page in every scheme, every width on its
    share of the pages."""
    order = list(viewports)

    def load_in_turn(index: int) -> None:
        size = viewports[order[index % len(order)]]
        if visitor.page.viewport_size != size:
            visitor.page.set_viewport_size(size)

    page_name = None
    for name, scheme in each_page(visitor, schemes, before_open=None if every_width else load_in_turn):
        if not every_width:
            yield name, scheme, next(v for v in order if viewports[v] == visitor.page.viewport_size)
            continue
        if name != page_name:  # loaded in the width the page before ended in: that one first, the others after
            page_name = name
            order.sort(key=lambda viewport: visitor.page.viewport_size != viewports[viewport])
        for viewport in order:
            _resize(visitor, viewports[viewport])
            yield name, scheme, viewport


def _resize(visitor: Visitor, size: dict) -> None:
    """Change the width in place, as a reader who turns a phone or makes a window narrower."""
    if visitor.page.viewport_size != size:
        visitor.page.set_viewport_size(size)
        # two frames: the theme's scripts answer the resize; then any colour transition it started
        visitor.page.evaluate("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")
        _settle(visitor.page)


def show_search_results(visitor: Visitor, scheme: str, query: str = "wijkagent") -> None:
    """The search dialog with results for `query` on the start page, in `scheme`, as a reader sees it."""
    visitor.open()
    wait_for_theme(visitor.page)
    choose_scheme(visitor, scheme)
    _settle(visitor.page)
    visitor.wait_for_search()
    visitor.search_for(query)
    visitor.page.wait_for_selector(".md-search-result__item")


def search_views(visitor: Visitor, viewports: Mapping[str, dict],
                 schemes: Sequence[str] = SCHEMES) -> Iterator[tuple[str, str]]:
    """The search dialog with results (`show_search_results`) in each scheme, and with it open every width in
    turn: `(scheme, viewport)`. One search per scheme; the width is changed in place (`_resize`), and each
    scheme's search opens in the width the one before ended in, so every width is checked with a dialog
    opened in it and with one that was open when the width changed."""
    order = list(viewports)
    for scheme in schemes:
        show_search_results(visitor, scheme)
        order.sort(key=lambda viewport: visitor.page.viewport_size != viewports[viewport])
        for viewport in order:
            _resize(visitor, viewports[viewport])
            visitor.page.wait_for_selector(".md-search-result__item")
            yield scheme, viewport
