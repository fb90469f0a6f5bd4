"""Bad input: a clear Dutch message with file, line and field; exit 1; nothing touched."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import EXAMPLE, example_data, school_with, write_school
from schoolprotocol.config import InputError, load_school

pytestmark = pytest.mark.snel  # config checks only: no build, PDF or browser

EXAMPLE_TEXT = EXAMPLE.read_text(encoding="utf-8")


def line_of(text: str, needle: str) -> int:
    for number, line in enumerate(text.splitlines(), start=1):
        if needle in line:
            return number
    raise AssertionError(f"{needle!r} not in text")


def replace_line(needle: str, new: str) -> tuple[str, int]:
    """The example config with the line holding `needle` replaced; and that line's number."""
    number = line_of(EXAMPLE_TEXT, needle)
    lines = EXAMPLE_TEXT.splitlines()
    lines[number - 1] = new
    return "\n".join(lines) + "\n", number


def problems(path: Path):
    with pytest.raises(InputError) as caught:
        load_school(path)
    return caught.value.problems


def test_example_config_is_valid():
    school = load_school(EXAMPLE)
    assert school.config.school.naam == "Het Voorbeeld College"
    assert school.config.school.sector == "vo"


def test_five_mistakes_are_all_reported_with_their_lines(tmp_path, cli):
    text = EXAMPLE_TEXT
    mistakes = {
        "  sector: vo": ("  sector: havo", "school.sector"),
        '    telefoon: "06 12345678"': ('    telefon: "06 12345678"', "personen.vertrouwenspersoon.telefon"),
        '    primair: "#1d4f91"': ("    primair: blauw", "school.kleuren.primair"),
        "  vastgesteld_op: 2026-09-01": ("  vastgesteld_op: 1 september 2026", "beleid.vastgesteld_op"),
        "  pestprotocol: https://": ("  pestprotocol: javascript:alert(1)", "documenten.pestprotocol"),
    }
    expected = {}
    for needle, (new, field) in mistakes.items():
        number = line_of(text, needle)
        lines = text.splitlines()
        lines[number - 1] = new
        text = "\n".join(lines) + "\n"
        expected[field] = number
    config = write_school(tmp_path, text=text)

    result = cli("check", "--config", config)

    assert result.code == 1
    assert "5 fouten gevonden in school_config.yml" in result.err
    for field, number in expected.items():
        assert f"regel {number}, veld '{field}'" in result.err, field
    assert "Bedoelde u 'telefoon'?" in result.err
    assert "'po', 'vo' of 'mbo'" in result.err
    assert "Traceback" not in result.err


@pytest.mark.parametrize("needle, new, field, message", [
    ("  sector: vo", "  sector: hbo", "school.sector", "Deze waarde is niet toegestaan."),
    ("  website: https://", "  website: http://www.voorbeeldcollege.example/", "school.website",
     "begint niet met een toegestane soort (https://)"),
    ('  email: info@', "  email: info-at-school", "school.email", "geen geldig e-mailadres"),
    ('  telefoon: "030 123 4567"', '  telefoon: "12345"', "school.telefoon", "geen Nederlands telefoonnummer"),
    ("  volgende_evaluatie: 2027-09-01", "  volgende_evaluatie: 2025-01-01", "beleid",
     "De volgende evaluatie ligt niet na de datum van vaststelling."),
    ("  instemming_mr: ja", "  instemming_mr: misschien", "beleid.instemming_mr", "Hier hoort ja of nee te staan."),
    ("  korte_naam: HVC", "  korte_naam: " + "x" * 41, "school.korte_naam", "Deze tekst is te lang."),
    ("  naam: Het Voorbeeld College", '  naam: ""', "school.naam", "Dit veld is leeg, maar het is verplicht."),
    ("  plaats: Utrecht", "  plaats: {stad: Utrecht}", "school.plaats", "Hier hoort tekst te staan."),
    ("    taken:", "    taken: alles", "personen.socialemediafunctionaris.taken", "Hier hoort een lijst te staan"),
])
def test_invalid_values_name_field_and_line(tmp_path, needle, new, field, message):
    text, number = replace_line(needle, new)
    found = problems(write_school(tmp_path, text=text))
    match = [p for p in found if p.field == field]
    assert match, [p.render() for p in found]
    assert message in match[0].message
    assert match[0].line in (number, number - 1, number + 1) or field == "beleid"


def test_unknown_key_gets_a_suggestion(tmp_path):
    text, number = replace_line("  vertrouwenspersoon:", "  vertrouwenspersone:")
    [problem, *rest] = [p for p in problems(write_school(tmp_path, text=text)) if "Onbekend" in p.message]
    assert problem.line == number
    assert problem.hint == "Bedoelde u 'vertrouwenspersoon'?"


def test_duplicate_keys_are_errors_not_silently_overwritten(tmp_path):
    first = line_of(EXAMPLE_TEXT, "  plaats: Utrecht")
    text = EXAMPLE_TEXT.replace("  plaats: Utrecht\n", "  plaats: Utrecht\n  plaats: Amersfoort\n", 1)
    [problem] = problems(write_school(tmp_path, text=text))
    assert problem.line == first + 1
    assert "twee keer" in problem.message
    assert f"regel {first}" in problem.hint


def test_missing_required_field_points_at_its_parent(tmp_path):
    data = example_data()
    del data["personen"]["zorgcoordinator"]
    found = problems(write_school(tmp_path, data))
    [problem] = [p for p in found if p.field == "personen.zorgcoordinator"]
    assert problem.message == "Dit verplichte veld ontbreekt."
    text = (tmp_path / "school_config.yml").read_text()
    assert problem.line == line_of(text, "personen:")


def test_list_where_a_mapping_belongs(tmp_path):
    def change(d):
        d["school"]["kleuren"] = ["#1d4f91", "#c2410c"]
    path = school_with(tmp_path, change)
    [problem] = problems(path)
    assert problem.field == "school.kleuren"
    assert problem.message.startswith("Hier hoort een groep velden te staan")
    assert problem.found == "een lijst"
    assert problem.line == line_of(path.read_text(), "kleuren:")


def test_cross_rules_are_reported_at_their_field(tmp_path):
    def change(d):
        del d["personen"]["crisiscommunicatie"]
        d["protocol"]["escalatie"][2]["rol"] = "crisiscommunicatie"
        for kanaal in d["meldkanalen"]:
            kanaal["soort"] = "open"
    found = problems(school_with(tmp_path, change))
    fields = {p.field for p in found}
    assert "protocol.escalatie[3].rol" in fields
    assert "meldkanalen" in fields


def test_openbaar_must_name_a_filled_in_detail(tmp_path):
    def change(d):
        del d["personen"]["vertrouwenspersoon"]["email"]
    found = problems(school_with(tmp_path, change))
    assert any("openbaar staat 'email'" in p.message for p in found)


def test_evaluation_overdue_is_a_warning_not_an_error(tmp_path, cli):
    def change(d):
        d["beleid"]["vastgesteld_op"] = "2024-01-01"
        d["beleid"]["volgende_evaluatie"] = "2025-01-01"
    result = cli("check", "--config", school_with(tmp_path, change))
    assert result.code == 0
    assert "evaluatie van het protocol was gepland op 2025-01-01" in result.err
