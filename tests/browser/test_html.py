"""Valid HTML: the Nu Html Checker finds no error on any page, the theme's own markup included."""

from __future__ import annotations

from .conftest import sitecheck


def test_every_page_is_valid_html(sector_builds, tmp_path):
    # One page that must fail goes along, so the run shows the checker really reports errors
    # (the Java start-up is the slow part, so it is one run for everything).
    bad = tmp_path / "bad.html"
    bad.write_text('<!doctype html><html lang="nl"><head><title>x</title></head><body>'
                   '<input type="checkbox" autocomplete="off"></body></html>', encoding="utf-8")
    folders = [path for built in sector_builds.values() for path in (built.site, built.intern / "site")]
    errors = sitecheck.vnu_errors([*folders, tmp_path])
    assert [e for e in errors if e.get("url", "").endswith("bad.html")], "the checker did not run"
    errors = [e for e in errors if not e.get("url", "").endswith("bad.html")]
    assert not errors, "\n".join(f"{e.get('url', '?').split('/out/')[-1]}:{e.get('lastLine')}: {e['message']}"
                                 for e in errors[:30])
