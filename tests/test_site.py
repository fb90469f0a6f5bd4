"""The built site carries the school: name, logo, colours, people, dates, sector words."""

from __future__ import annotations

import base64
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT, build_school, school_with
from schoolprotocol import engine
from schoolprotocol.audience import Audience
from schoolprotocol.engine import EngineError


def test_site_and_staff_site_are_built(example_build):
    assert (example_build.site / "index.html").is_file()
    assert (example_build.intern / "site" / "index.html").is_file()
    assert not any(example_build.site.rglob(".schoolprotocol-bouw-*"))


def test_school_name_in_title_header_and_footer(example_build):
    page = example_build.page()
    assert page.title.get_text() == "Het Voorbeeld College"
    assert page.select_one(".md-header__topic").get_text(strip=True) == "Het Voorbeeld College"
    footer = page.select_one(".school-footer").get_text(" ", strip=True)
    assert "Het Voorbeeld College" in footer
    assert "030 123 4567" in footer
    assert "1 september 2026" in footer and "1 september 2027" in footer
    assert "Versie 1.0" in footer


def test_html_is_dutch(example_build):
    assert example_build.page().html["lang"] == "nl"


def test_logo_and_favicon_are_the_schools_inline(example_build):
    page = example_build.page()
    logo = page.select_one(".md-header .md-logo img")["src"]
    assert logo.startswith("data:image/svg+xml;base64,")
    assert base64.b64decode(logo.split(",", 1)[1]) == (ROOT / "school" / "logo.svg").read_bytes()
    assert page.find("link", rel="icon")["href"] == logo


def test_school_colours_become_theme_variables(example_build):
    style = example_build.page().find("style", string=lambda s: s and "--md-primary-fg-color" in s).string
    assert "--md-primary-fg-color:#1d4f91" in style
    assert "--school-accent:#c2410c" in style


def test_public_page_shows_role_and_school_number_not_internal_details(example_build):
    text = example_build.article()
    assert "Zorgcoördinator" in text
    assert "via de school: 030 123 4567" in text
    assert "Peter Bakker" not in text
    assert "030 123 4502" not in text
    staff = example_build.article(staff=True)
    assert "Peter Bakker" in staff and "030 123 4502" in staff


def test_phone_numbers_are_tel_links(example_build):
    links = [a["href"] for a in example_build.page().select("article a.tel")]
    assert "tel:+31301234567" in links


def test_staff_site_is_marked_and_not_indexed(example_build):
    staff = example_build.page(staff=True)
    assert "Personeelsversie" in staff.select_one(".md-banner").get_text()
    assert staff.find("meta", attrs={"name": "robots"})["content"].startswith("noindex")
    assert example_build.page().select_one(".md-banner") is None


def test_changed_config_changes_the_site(tmp_path):
    def change(d):
        d["school"]["naam"] = "Lyceum De Kleine Prins"
        d["school"]["telefoon"] = "020 765 4321"
        d["school"]["kleuren"]["primair"] = "#0f766e"
    built = build_school(school_with(tmp_path / "in", change), tmp_path / "out", documents=False)
    page = built.page()
    assert page.title.get_text() == "Lyceum De Kleine Prins"
    assert "tel:+31207654321" in [a["href"] for a in page.select("a.tel")]
    assert "--md-primary-fg-color:#0f766e" in built.all_html()
    assert "Het Voorbeeld College" not in built.all_html()


@pytest.mark.parametrize("sector, leerlingen, mentor", [
    ("po", "leerlingen", "groepsleerkracht"),
    ("vo", "leerlingen", "mentor"),
    ("mbo", "studenten", "SLB'er"),
])
def test_each_sector_gets_its_words(sector_builds, sector, leerlingen, mentor):
    built = sector_builds[sector]
    assert built.page("leerlingen").find("h1").get_text(strip=True).startswith(f"Voor {leerlingen}")
    assert f"{mentor} van de" in built.article("calamiteiten")


def test_search_is_configured_for_dutch(example_build):
    import json
    index = json.loads((example_build.site / "search" / "search_index.json").read_text())
    assert index["config"]["lang"] == ["nl"]
    # only the stemmer: the trimmer deleted every digit ("112" found nothing) and the stop-word filter
    # dropped every word of "wat moet ik doen" (issue 15, search that answers)
    assert index["config"]["pipeline"] == ["stemmer"]


def test_nothing_is_loaded_from_another_host(example_build):
    html = example_build.all_html()
    assert "fonts.googleapis.com" not in html and "fonts.gstatic.com" not in html
    assert "unpkg.com" not in html and "cdn.jsdelivr" not in html


def _project_copy(tmp_path: Path) -> Path:
    copy = tmp_path / "project"
    for name in ("content", "overrides", "macros", "data", "school"):
        shutil.copytree(ROOT / name, copy / name)
    for name in ("mkdocs.yml", "school_config.yml"):
        shutil.copy(ROOT / name, copy / name)
    return copy


def test_plain_mkdocs_build_strict_works_on_its_own(tmp_path):
    copy = _project_copy(tmp_path)
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict"], cwd=copy,
                            capture_output=True, text=True, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
    assert result.returncode == 0, result.stderr
    assert "WARNING" not in result.stderr
    assert "Het Voorbeeld College" in (copy / "site" / "index.html").read_text()
    assert '<abbr title="' in (copy / "site" / "index.html").read_text()  # the tooltips, from the macros adapter


def test_a_typo_in_a_page_fails_the_build(tmp_path):
    copy = _project_copy(tmp_path)
    (copy / "content" / "index.md").write_text("# Start\n\nWelkom bij {{ school.nmae }}.\n", encoding="utf-8")
    plain = subprocess.run([sys.executable, "-m", "mkdocs", "build"], cwd=copy, capture_output=True, text=True)
    assert plain.returncode != 0
    assert "nmae" in plain.stdout + plain.stderr

    with pytest.raises(EngineError, match="macro"):
        engine.build_site(copy / "school_config.yml", tmp_path / "out", Audience.PUBLIC, mkdocs_file=copy / "mkdocs.yml")


def test_bad_config_leaves_the_existing_site_untouched(tmp_path, cli):
    good = school_with(tmp_path / "in", lambda d: None)
    site, intern = tmp_path / "site", tmp_path / "intern"
    assert cli("build", "--config", good, "--site", site, "--intern", intern, "--alleen-site").code == 0
    before = {p: p.read_bytes() for p in site.rglob("*") if p.is_file()}

    good.write_text(good.read_text().replace("sector: vo", "sector: hbo"))
    result = cli("build", "--config", good, "--site", site, "--intern", intern)

    assert result.code == 1
    assert "Er is niets gebouwd" in result.err
    assert {p: p.read_bytes() for p in site.rglob("*") if p.is_file()} == before
    assert not list(tmp_path.glob(".schoolprotocol-bouw-*"))


@pytest.mark.snel
def test_generated_files_are_current(cli):
    result = cli("genereer", "--controleer")
    assert result.code == 0, result.err


@pytest.mark.snel
def test_usage_without_command_is_not_a_crash(cli):
    result = cli()
    assert result.code == 2
    assert "check" in result.out and "build" in result.out


def _local_targets(site: Path) -> dict[str, list[Path]]:
    """Every local link and source on every page, resolved to the file it needs."""
    from urllib.parse import unquote, urlsplit

    from bs4 import BeautifulSoup

    needed: dict[str, list[Path]] = {}
    for page in site.rglob("*.html"):
        soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
        for element in soup.select("[href], [src]"):
            url = element.get("href") or element.get("src")
            parts = urlsplit(url)
            if parts.scheme or parts.netloc or not parts.path:
                continue
            base = site if parts.path.startswith("/") else page.parent  # 404.html links from the site's root
            target = (base / unquote(parts.path).lstrip("/")).resolve()
            needed.setdefault(str(page.relative_to(site)), []).append(target / "index.html" if target.is_dir()
                                                                     else target)
    return needed


def test_site_only_build_links_to_nothing_it_did_not_make(tmp_path, cli):
    """`--alleen-site` makes no PDFs or Word files, so no page may offer them."""
    result = cli("build", "--site", tmp_path / "site", "--intern", tmp_path / "intern", "--alleen-site")
    assert result.code == 0, result.err
    for root in (tmp_path / "site", tmp_path / "intern" / "site"):
        assert not list(root.rglob("*.pdf")) and not list(root.rglob("*.docx"))
        dangling = {page: [str(t) for t in targets if not t.exists()] for page, targets in _local_targets(root).items()}
        dangling = {page: targets for page, targets in dangling.items() if targets}
        assert dangling == {}
    letter = (tmp_path / "intern" / "site" / "personeel" / "brief-ouders-klas" / "index.html").read_text(encoding="utf-8")
    assert "Kopieer de brief" in letter and ".docx" not in letter


def test_full_build_links_resolve(example_build):
    for root in (example_build.site, example_build.intern / "site"):
        targets = _local_targets(root)
        staff = root != example_build.site  # Word files are staff material (issue 15)
        assert any(t.suffix == ".docx" for ts in targets.values() for t in ts) == staff
        assert any(t.suffix == ".pdf" for ts in targets.values() for t in ts)
        dangling = {page: [str(t) for t in ts if not t.exists()] for page, ts in targets.items()}
        assert {page: ts for page, ts in dangling.items() if ts} == {}


def test_both_sites_built_at_the_same_time_are_the_sites_built_one_after_the_other(example_site_build, tmp_path,
                                                                                   monkeypatch):
    """The staff site in a forked process (`pipeline.build_sites`, two cores) makes the same bytes."""
    from schoolprotocol import parallel, pipeline

    forks = []
    real = parallel.fork_context

    def counted():
        forks.append(1)
        return real()
    monkeypatch.setattr(parallel, "may_fork", lambda: True)
    monkeypatch.setattr(parallel, "fork_context", counted)
    built = build_school(ROOT / "school_config.yml", tmp_path, documents=False)
    assert forks, "the sites were not built in two processes"
    assert pipeline._SITE_BUILDS == {}
    for before, now in ((example_site_build.site, built.site), (example_site_build.intern, built.intern)):
        files = sorted(p.relative_to(before) for p in before.rglob("*") if p.is_file())
        assert files == sorted(p.relative_to(now) for p in now.rglob("*") if p.is_file())
        for name in files:
            assert (before / name).read_bytes() == (now / name).read_bytes(), name
