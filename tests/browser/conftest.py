"""One Chromium for the whole session, and each built site served once on 127.0.0.1.

The sites come from the session fixtures in `tests/conftest.py` (built once);
the browser is Debian's Chromium, driven by Playwright without any download.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
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
        context.route("**/*", self._route)
        self.page = context.new_page()

    def _route(self, route) -> None:
        if self.site.is_local(route.request.url):
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
