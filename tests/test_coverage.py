"""Every piece of advice in the source documents is on the page the coverage map names.

The maps are `tests/coverage/*.yml` (the format is described at the top of
`tests/coverage/protocol.yml`). Each entry is checked against the readable
text of the built page, so a rewrite that drops advice fails here.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

COVERAGE_DIR = Path(__file__).resolve().parent / "coverage"
SOURCES = {"000", "001", "002", "003", "004"}
SECTORS = {"po", "vo", "mbo"}
KEYS = {"bron", "advies", "pagina", "tekst", "sectoren", "intern"}


def _sources(bron) -> list[str]:
    """`bron` as source numbers: a list of numbers, or a file name such as '002_0db830ffc5183974.txt'."""
    items = bron if isinstance(bron, list) else [bron]
    return [str(item).split("_", 1)[0] for item in items]


def _entries() -> list[tuple[str, dict]]:
    found = []
    for path in sorted(COVERAGE_DIR.glob("*.yml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or []
        assert isinstance(data, list), f"{path.name}: expected a list of entries"
        for number, entry in enumerate(data, 1):
            if isinstance(entry, dict) and "bron" in entry:
                entry = {**entry, "bron": _sources(entry["bron"])}
            found.append((f"{path.stem}-{number}", entry))
    return found


ENTRIES = _entries()


def _checks() -> list:
    """One test case per entry and per build it must hold in."""
    cases = []
    for name, entry in ENTRIES:
        for sector in entry.get("sectoren") or [None]:
            label = f"{name}-{sector}" if sector else name
            cases.append(pytest.param(entry, sector, id=label))
    return cases


@pytest.mark.snel
def test_coverage_maps_exist_and_are_well_formed():
    assert ENTRIES, "no coverage map in tests/coverage/"
    for name, entry in ENTRIES:
        assert isinstance(entry, dict), name
        assert set(entry) <= KEYS, f"{name}: unknown keys {set(entry) - KEYS}"
        assert {"bron", "advies", "pagina", "tekst"} <= set(entry), f"{name}: bron, advies, pagina and tekst are required"
        assert entry["bron"] and set(entry["bron"]) <= SOURCES, f"{name}: bron must list source numbers {sorted(SOURCES)}"
        assert str(entry["advies"]).strip(), f"{name}: advies is empty"
        assert set(entry.get("sectoren") or []) <= SECTORS, f"{name}: unknown sector"
        re.compile(entry["tekst"])


@pytest.mark.snel
def test_every_source_document_is_covered():
    covered = {source for _, entry in ENTRIES for source in entry["bron"]}
    assert covered == SOURCES


@pytest.mark.parametrize("entry, sector", _checks())
def test_page_says_what_the_source_advises(entry, sector, request):
    built = request.getfixturevalue("sector_builds")[sector] if sector else request.getfixturevalue("example_build")
    page = entry["pagina"]
    assert (built.site / page / "index.html").is_file() if page else (built.site / "index.html").is_file(), \
        f"page '{page}' does not exist"
    text = built.article(page, staff=bool(entry.get("intern")))
    assert re.search(entry["tekst"], text, re.IGNORECASE | re.DOTALL), (
        f"'{page or 'start'}' does not cover: {entry['advies']}\n(expected to match: {entry['tekst']})")
