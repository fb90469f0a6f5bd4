"""Edges of the input (issue 13): empty values, logo files, dates, phone notations, hidden characters.

Every case: the same reading with libyaml and with the pure-Python YAML loader, a Dutch message with
file, line and field, exit 1 from `check`, and never a traceback.
"""

from __future__ import annotations

import pytest
import yaml

from conftest import EXAMPLE, write_school
from schoolprotocol.config import InputError, load_school
from schoolprotocol.config import yamlsource

EXAMPLE_TEXT = EXAMPLE.read_text(encoding="utf-8")

LOADERS = [pytest.param(yaml.SafeLoader, id="python")]
if hasattr(yaml, "CSafeLoader"):
    LOADERS.append(pytest.param(yaml.CSafeLoader, id="libyaml"))


@pytest.fixture(params=LOADERS)
def loader(request, monkeypatch):
    monkeypatch.setattr(yamlsource, "_Loader", request.param)
    return request.param


def line_of(text: str, needle: str) -> int:
    return next(i for i, line in enumerate(text.splitlines(), start=1) if line.startswith(needle))


def with_line(needle: str, new: str, text: str = EXAMPLE_TEXT) -> str:
    assert needle in text
    return text.replace(needle, new, 1)


def problems(path):
    with pytest.raises(InputError) as caught:
        load_school(path)
    return caught.value.problems


# --- 6: empty and null ------------------------------------------------------------------

@pytest.mark.parametrize("value", ["~", "", "null", "Null", "NULL", '""', "''", '"  "'])
def test_empty_optional_field_is_absent(tmp_path, loader, value):
    text = with_line("  adres: Voorbeeldlaan 1, 3500 AA Utrecht", f"  adres: {value}".rstrip())
    text = with_line("  bestuur: Stichting Voorbeeldscholen", f"  bestuur: {value}".rstrip(), text)
    school = load_school(write_school(tmp_path, text=text))
    assert school.config.school.adres is None
    assert school.config.school.bestuur is None


@pytest.mark.parametrize("value", ["~", "", "null", '""'])
def test_empty_optional_group_is_absent(tmp_path, loader, value):
    start = EXAMPLE_TEXT.index("  externe_vertrouwenspersoon:\n")
    end = EXAMPLE_TEXT.index("  # Zorgcoördinator")
    text = EXAMPLE_TEXT[:start] + f"  externe_vertrouwenspersoon: {value}".rstrip() + "\n" + EXAMPLE_TEXT[end:]
    school = load_school(write_school(tmp_path, text=text))
    assert school.config.personen.externe_vertrouwenspersoon is None


@pytest.mark.parametrize("value", ["~", "", "null", '""'])
def test_empty_required_field_says_so(tmp_path, loader, value, cli):
    text = with_line("  naam: Het Voorbeeld College", f"  naam: {value}".rstrip())
    path = write_school(tmp_path, text=text)
    [problem] = problems(path)
    assert problem.field == "school.naam"
    assert problem.message == "Dit veld is leeg, maar het is verplicht."
    assert problem.line == line_of(EXAMPLE_TEXT, "  naam: Het Voorbeeld College")
    result = cli("check", "--config", path)
    assert result.code == 1 and "Traceback" not in result.err
    assert "veld 'school.naam'" in result.err and "Dit veld is leeg, maar het is verplicht." in result.err


def test_quoted_tilde_is_text(tmp_path, loader):
    text = with_line("  adres: Voorbeeldlaan 1, 3500 AA Utrecht", '  adres: "~"')
    assert load_school(write_school(tmp_path, text=text)).config.school.adres == "~"


def test_empty_list_item_is_reported(tmp_path, loader):
    needle = "  afspraken:\n"
    text = with_line(needle, needle + "    - ~\n")
    [problem] = problems(write_school(tmp_path, text=text))
    assert problem.field == "politie.afspraken[1]"
    assert "Hier staat niets" in problem.message


def test_both_loaders_read_the_example_the_same(monkeypatch):
    readings = []
    for param in LOADERS:
        monkeypatch.setattr(yamlsource, "_Loader", param.values[0])
        readings.append(load_school(EXAMPLE).config)
    assert all(r == readings[0] for r in readings)


# --- duplicate key does not hide other mistakes -----------------------------------------

def test_duplicate_key_and_other_mistakes_in_one_run(tmp_path, loader, cli):
    text = with_line("  plaats: Utrecht\n", "  plaats: Utrecht\n  plaats: Zeist\n")
    text = with_line("  sector: vo", "  sector: hbo", text)
    text = with_line('    primair: "#1d4f91"', "    primair: blauw", text)
    path = write_school(tmp_path, text=text)
    found = problems(path)
    fields = sorted(p.field for p in found)
    assert fields == ["school.kleuren.primair", "school.plaats", "school.sector"], [p.render() for p in found]
    result = cli("check", "--config", path)
    assert result.code == 1 and "3 fouten gevonden" in result.err and "twee keer" in result.err


def test_refused_tag_is_reported_once_with_other_mistakes(tmp_path, loader):
    text = with_line("  plaats: Utrecht", "  plaats: !stad Utrecht")
    text = with_line("  sector: vo", "  sector: hbo", text)
    found = problems(write_school(tmp_path, text=text))
    assert sorted(p.field for p in found) == ["school.plaats", "school.sector"], [p.render() for p in found]
