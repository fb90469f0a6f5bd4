"""Random strings and structures: the build succeeds with every value escaped, or fails with a clear message."""

from __future__ import annotations

import subprocess
import tempfile
import unicodedata
from pathlib import Path
from typing import Any

import pytest
from bs4 import BeautifulSoup
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import example_data, write_school
from schoolprotocol.cli import main
from schoolprotocol.audience import Audience
from schoolprotocol.config import InputError, load_school
from schoolprotocol.paper.documents import card_pdf
from schoolprotocol.paper.printdata import print_data
from schoolprotocol.pipeline import check

FUZZ = settings(deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])

scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), st.text(max_size=40),
                    st.dates().map(str))
structures = st.recursive(scalars, lambda inner: st.one_of(st.lists(inner, max_size=4),
                                                           st.dictionaries(st.text(max_size=12), inner, max_size=4)),
                          max_leaves=12)


def _paths(data: Any, prefix: tuple = ()) -> list[tuple]:
    found = [prefix] if prefix else []
    if isinstance(data, dict):
        for key, value in data.items():
            found += _paths(value, prefix + (key,))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            found += _paths(value, prefix + (index,))
    return found


PATHS = _paths(example_data())


def _assert_clear(error: InputError) -> None:
    assert error.problems
    for problem in error.problems:
        assert problem.message and problem.file.name == "school_config.yml"
        text = problem.render()
        assert "Traceback" not in text


@FUZZ
@given(st.lists(st.tuples(st.sampled_from(PATHS), structures), min_size=1, max_size=4))
def test_random_values_anywhere_validate_or_fail_clearly(changes):
    data = example_data()
    for path, value in changes:
        target = data
        try:
            for part in path[:-1]:
                target = target[part]
            target[path[-1]] = value
        except (KeyError, IndexError, TypeError):
            continue  # an earlier change replaced the parent
    with tempfile.TemporaryDirectory() as folder:
        try:
            load_school(write_school(Path(folder), data))
        except InputError as error:
            _assert_clear(error)


@pytest.mark.snel
@FUZZ
@given(st.text(max_size=400))
def test_random_text_as_the_whole_file_fails_clearly(text):
    with tempfile.TemporaryDirectory() as folder:
        try:
            load_school(write_school(Path(folder), text=text))
        except InputError as error:
            _assert_clear(error)


@settings(FUZZ, max_examples=6)
@given(st.lists(st.text(min_size=1, max_size=60), min_size=3, max_size=3))
def test_random_strings_build_literally_or_fail_clearly(strings):
    data = example_data()
    data["school"]["naam"] = strings[0]
    data["personen"]["vertrouwenspersoon"]["functie"] = strings[1]
    data["protocol"]["escalatie"][0]["titel"] = strings[2]
    with tempfile.TemporaryDirectory() as folder:
        config = write_school(Path(folder) / "in", data)
        site, intern = Path(folder) / "site", Path(folder) / "intern"
        code = main(["build", "--config", str(config), "--site", str(site), "--intern", str(intern), "--alleen-site"])
        if code == 1:
            try:
                load_school(config)
            except InputError as error:
                _assert_clear(error)
                return
            raise AssertionError("exit 1 without an input problem")
        assert code == 0
        text = " ".join(p.read_text(encoding="utf-8") for p in (intern / "site").rglob("*.html"))
        readable = " ".join(BeautifulSoup(text, "html.parser").get_text(" ").split())
        for value in strings:
            folded = " ".join(value.split())
            assert folded in readable, value
        # on paper too: the card shows the school's name and the escalation titles (the whole protocol PDF
        # would take seconds per example; test_safe_rendering.py checks every document once)
        checked = check(config)
        card = card_pdf(print_data(checked.school, checked.facts, Audience.STAFF)).pdf
        printed = _squeezed(subprocess.run(["pdftotext", "-enc", "UTF-8", "-", "-"], input=card, capture_output=True,
                                           check=True).stdout.decode("utf-8"))
        for value in (strings[0], strings[2]):
            assert _squeezed(value) in printed, value


def _squeezed(text: str) -> str:
    """Without whitespace, hyphens and control characters: how text survives line breaks on paper."""
    return "".join(c for c in text if not (c.isspace() or c in "-\u2010\u2011\u00ad" or unicodedata.category(c)[0] == "C"))
