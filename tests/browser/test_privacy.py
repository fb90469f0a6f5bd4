"""Private: a visit to any page asks nothing of any host but the site's own server."""

from __future__ import annotations



def test_visiting_every_page_stays_on_the_local_server(example_build, serve, visit):
    """Public and staff site, every page, until search is ready. (The axe test checks the same
    for every sector, palette and width while it visits their pages.)"""
    sites = [serve(example_build.site), serve(example_build.intern / "site")]
    seen, broken, elsewhere = [], [], []
    for site in sites:
        visitor = visit(site)
        visitor.context.on("request", lambda request: seen.append(request.url))
        visitor.context.on("response", lambda response: response.status >= 400 and broken.append(response.url))
        for name in site.pages:
            visitor.open(name)
            visitor.wait_for_search()
        elsewhere += visitor.elsewhere
    assert not elsewhere
    # The search worker's own requests (index, Dutch stemmer) are among those watched,
    # and nothing the pages ask for is missing (a pruned file would show up here).
    assert any(url.endswith("search/search_index.json") for url in seen)
    assert any(url.endswith("lunr.nl.min.js") for url in seen)
    assert [url for url in broken if not url.endswith("404.html")] == []


_IMAGE_FROM_ELSEWHERE = """() => new Promise(done => {
    const img = new Image(); img.onerror = img.onload = done; img.src = 'https://example.org/pixel.png';
    document.body.append(img); })"""


def test_a_request_to_another_host_is_caught(example_site, visit):
    """The watch itself works: an image from elsewhere is refused and reported.

    The pages' Content-Security-Policy stops such a request before the watch sees it,
    so the watch is tested with the policy switched off.
    """
    visitor = visit(example_site, bypass_csp=True)
    visitor.open()
    visitor.page.evaluate(_IMAGE_FROM_ELSEWHERE)
    assert visitor.elsewhere == ["https://example.org/pixel.png"]


def test_the_pages_policy_stops_a_request_to_another_host(example_site, visit):
    visitor = visit(example_site)
    violations = []
    visitor.page.on("console", lambda m: violations.append(m.text) if "Content Security Policy" in m.text else None)
    visitor.open()
    visitor.page.evaluate(_IMAGE_FROM_ELSEWHERE)
    assert visitor.elsewhere == []
    assert any("example.org/pixel.png" in v for v in violations), violations
