"""Light: the built sites carry no source maps and only the search languages they use.
(That search still works after pruning is shown in the browser by test_search.py, and
test_privacy.py sees no request for a missing file.)"""

from __future__ import annotations

import pytest

from schoolprotocol.prune import lunr_files_needed, prune_site


@pytest.mark.parametrize("staff", [False, True], ids=["openbaar", "intern"])
def test_built_site_has_no_source_maps_or_unused_languages(example_build, staff):
    site = example_build.intern / "site" if staff else example_build.site
    assert not list(site.rglob("*.map"))
    for asset in [*site.rglob("*.js"), *site.rglob("*.css")]:
        assert b"sourceMappingURL" not in asset.read_bytes(), asset
    lunr = site / "assets" / "javascripts" / "lunr"
    assert sorted(p.relative_to(lunr).as_posix() for p in lunr.rglob("*") if p.is_file()) == [
        "min/lunr.nl.min.js", "min/lunr.stemmer.support.min.js"]
    assert (site / "assets" / "javascripts" / "workers" / "zoeken.js").is_file()


def test_languages_follow_materials_search_worker():
    assert lunr_files_needed(["en"]) == set()
    assert lunr_files_needed(["nl"]) == {"min/lunr.nl.min.js", "min/lunr.stemmer.support.min.js"}
    assert lunr_files_needed(["nl", "en", "ja"]) == {
        "min/lunr.nl.min.js", "min/lunr.ja.min.js", "min/lunr.multi.min.js", "tinyseg.js",
        "min/lunr.stemmer.support.min.js"}


def test_prune_keeps_what_the_site_uses(tmp_path):
    site = tmp_path / "site"
    (site / "assets/javascripts/lunr/min").mkdir(parents=True)
    (site / "search").mkdir()
    (site / "search/search_index.json").write_text('{"config": {"lang": ["de"]}, "docs": []}')
    for name in ("lunr.de.min.js", "lunr.nl.min.js", "lunr.stemmer.support.min.js"):
        (site / "assets/javascripts/lunr/min" / name).write_text("//")
    (site / "assets/javascripts/lunr/wordcut.js").write_text("//")
    (site / "assets/app.js").write_text("run();\n//# sourceMappingURL=app.js.map\n")
    (site / "assets/app.js.map").write_text("{}")
    prune_site(site)
    assert sorted(p.relative_to(site).as_posix() for p in site.rglob("*") if p.is_file()) == [
        "assets/app.js", "assets/javascripts/lunr/min/lunr.de.min.js",
        "assets/javascripts/lunr/min/lunr.stemmer.support.min.js", "search/search_index.json"]
    assert (site / "assets/app.js").read_text() == "run();\n"
