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

pytestmark = pytest.mark.snel  # config checks only: no build, PDF or browser

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


# --- 8: what build needs, check verifies: the logo decodes, dates lie in 2000-2099 -------

LOGO_LINE = line_of(EXAMPLE_TEXT, "  logo: school/logo.svg")


def png_bytes(colour=(200, 0, 0), size=(120, 60)) -> bytes:
    from io import BytesIO

    from PIL import Image

    out = BytesIO()
    Image.new("RGB", size, colour).save(out, format="PNG")
    return out.getvalue()


def jpeg_bytes() -> bytes:
    from io import BytesIO

    from PIL import Image

    out = BytesIO()
    Image.effect_noise((200, 100), 60).convert("RGB").save(out, format="JPEG")
    return out.getvalue()


def school_with_logo(tmp_path, data: bytes, name: str = "logo.png"):
    text = with_line("  logo: school/logo.svg", f"  logo: school/{name}")
    path = write_school(tmp_path, text=text)
    (tmp_path / "school" / name).write_bytes(data)
    return path


def _corrupt_png() -> bytes:
    data = bytearray(png_bytes(size=(300, 300)))
    start = data.index(b"IDAT") + 8
    data[start:start + 40] = b"\x00" * 40  # header and chunk layout intact, compressed body broken
    return bytes(data)


def _truncated_jpeg() -> bytes:
    data = jpeg_bytes()
    return data[: len(data) // 2]


@pytest.mark.parametrize("make, name", [(_corrupt_png, "logo.png"), (_truncated_jpeg, "logo.jpg")])
def test_logo_with_valid_header_and_broken_body_fails_check(tmp_path, cli, make, name):
    import weasyprint  # noqa: F401 - it turns on LOAD_TRUNCATED_IMAGES for the whole process, as in a build
    from PIL import ImageFile

    assert ImageFile.LOAD_TRUNCATED_IMAGES
    path = school_with_logo(tmp_path, make(), name)
    result = cli("check", "--config", path)
    assert result.code == 1, result.out
    assert f"regel {LOGO_LINE}, veld 'school.logo'" in result.err
    assert "beschadigd of onvolledig" in result.err
    assert "Traceback" not in result.err
    assert ImageFile.LOAD_TRUNCATED_IMAGES  # put back as it was


@pytest.mark.parametrize("make, name", [(png_bytes, "logo.png"), (jpeg_bytes, "logo.jpg")])
def test_good_raster_logo_passes(tmp_path, make, name):
    assert load_school(school_with_logo(tmp_path, make(), name)).logo.mime in ("image/png", "image/jpeg")


@pytest.mark.parametrize("needle, new, field", [
    ("  vastgesteld_op: 2026-09-01", "  vastgesteld_op: 1969-12-31", "beleid.vastgesteld_op"),
    ("  volgende_evaluatie: 2027-09-01", "  volgende_evaluatie: 2206-09-01", "beleid.volgende_evaluatie"),
    ("  volgende_evaluatie: 2027-09-01", "  volgende_evaluatie: 2107-01-01", "beleid.volgende_evaluatie"),
    ("  volgende_evaluatie: 2027-09-01", "  volgende_evaluatie: 1999-12-31", "beleid.volgende_evaluatie"),
])
def test_dates_outside_2000_2099_fail_check(tmp_path, cli, loader, needle, new, field):
    path = write_school(tmp_path, text=with_line(needle, new))
    result = cli("check", "--config", path)
    assert result.code == 1 and "Traceback" not in result.err
    assert f"regel {line_of(EXAMPLE_TEXT, needle)}, veld '{field}'" in result.err
    assert "Dit jaartal kan niet kloppen" in result.err
    assert "2000-01-01 tot en met 2099-12-31" in result.err


def test_dates_at_the_edges_of_the_range_pass(tmp_path):
    text = with_line("  vastgesteld_op: 2026-09-01", "  vastgesteld_op: 2000-01-01")
    text = with_line("  volgende_evaluatie: 2027-09-01", "  volgende_evaluatie: 2099-12-31", text)
    assert load_school(write_school(tmp_path, text=text)).config.beleid.volgende_evaluatie.year == 2099


# --- 11: the size is checked before the logo is read -------------------------------------

def test_huge_logo_is_refused_without_reading_it(tmp_path, cli, monkeypatch):
    import time
    import tracemalloc
    from pathlib import Path

    path = write_school(tmp_path, text=EXAMPLE_TEXT)
    huge = tmp_path / "school" / "logo.svg"
    with huge.open("wb") as handle:  # sparse: 3 GB on paper, nothing on disk
        handle.truncate(3 * 1024 ** 3)
    real_open = Path.open

    def no_reading(self, *args, **kwargs):
        assert self != huge, "the logo was opened before its size was checked"
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", no_reading)
    real_read = Path.read_bytes

    def no_read_bytes(self):
        assert self != huge, "the logo was read before its size was checked"
        return real_read(self)

    monkeypatch.setattr(Path, "read_bytes", no_read_bytes)
    tracemalloc.start()
    started = time.monotonic()
    try:
        [problem] = problems(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert time.monotonic() - started < 10
    assert peak < 50 * 1024 ** 2
    assert problem.field == "school.logo" and problem.message == "Het logo is te groot."
    assert problem.found == f"{3 * 1024 ** 2} kB" and problem.allowed == "hoogstens 200 kB"


# --- minor: valid SVGs are accepted; a refusal says why ----------------------------------

SVG_BODY = ('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 20 10"><title>Logo café</title>'
            '<rect width="20" height="10" fill="#1d4f91"/></svg>')
DOCTYPE = '<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">\n'


@pytest.mark.parametrize("data", [
    pytest.param(b"\xef\xbb\xbf" + SVG_BODY.encode("utf-8"), id="utf8-bom"),
    pytest.param((DOCTYPE + SVG_BODY).encode("utf-8"), id="doctype-first"),
    pytest.param(('<?xml version="1.0" encoding="ISO-8859-1"?>\n' + DOCTYPE + SVG_BODY).encode("latin-1"),
                 id="iso-8859-1"),
    pytest.param(("<!-- gemaakt met Inkscape -->\n" + SVG_BODY).encode("utf-8"), id="comment-first"),
])
def test_valid_svg_variants_are_accepted_and_drawn_for_word(tmp_path, data):
    from schoolprotocol.letters.logo import _svg_to_png, word_logo

    school = load_school(school_with_logo(tmp_path, data, "logo.svg"))
    assert school.logo.mime == "image/svg+xml"
    _svg_to_png.cache_clear()
    png = word_logo(school.logo)
    assert png and png.startswith(b"\x89PNG")


@pytest.mark.parametrize("data, reason", [
    (b"<svg xmlns='http://www.w3.org/2000/svg'><g></svg>", "geen geldige XML"),
    (b"<html><body>logo</body></html>", "geen SVG (het begint met <html>"),
    (b'<!DOCTYPE svg [<!ENTITY a "aaaa">]><svg xmlns="http://www.w3.org/2000/svg">&a;</svg>', "entiteiten"),
    (b"GIF89a....", "geen SVG-, PNG- of JPG-bestand"),
])
def test_refused_logo_says_why(tmp_path, cli, data, reason):
    result = cli("check", "--config", school_with_logo(tmp_path, data, "logo.svg"))
    assert result.code == 1 and "Traceback" not in result.err
    assert f"regel {LOGO_LINE}, veld 'school.logo'" in result.err
    assert reason in result.err


# --- 9: the Word logo makes no request and reads no file -----------------------------------

@pytest.fixture
def red_server():
    """A local web server that serves a red PNG and counts the requests it gets."""
    import http.server
    import threading

    body = png_bytes((255, 0, 0), (40, 40))
    hits: list[str] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 - http.server's interface
            hits.append(self.path)
            self.send_response(200)
            self.send_header("Content-Type", "image/png")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = http.server.HTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", hits
    finally:
        server.shutdown()
        server.server_close()


def test_word_logo_fetches_nothing_remote_or_local(tmp_path, red_server, caplog):
    from PIL import Image
    from io import BytesIO

    from schoolprotocol.config.load import Logo
    from schoolprotocol.letters.logo import _svg_to_png, word_logo

    base, hits = red_server
    secret = tmp_path / "buiten-het-project.png"  # outside the project and outside the school folder
    secret.write_bytes(png_bytes((255, 0, 0), (40, 40)))
    svg = ('<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 40 20">'
           '<rect width="40" height="20" fill="#ffffff"/>'
           f'<image href="{base}/logo.png" x="0" y="0" width="20" height="20"/>'
           f'<image xlink:href="{secret.as_uri()}" x="20" y="0" width="20" height="20"/></svg>').encode()
    _svg_to_png.cache_clear()
    with caplog.at_level("WARNING"):
        png = word_logo(Logo("image/svg+xml", svg))
    assert hits == []
    image = Image.open(BytesIO(png)).convert("RGB")
    assert all(image.getpixel((x, y)) != (255, 0, 0) for x in range(0, image.width, 25)
               for y in range(0, image.height, 25)), "a referenced picture was drawn into the logo"
    [warning] = [r.getMessage() for r in caplog.records if r.name == "schoolprotocol"]
    assert "buiten het logobestand" in warning and base in warning and secret.as_uri() in warning
    assert "()" not in warning
    assert not [r for r in caplog.records if r.name == "weasyprint"]


def test_word_logo_still_draws_embedded_data_pictures(tmp_path):
    import base64
    from io import BytesIO

    from PIL import Image

    from schoolprotocol.config.load import Logo
    from schoolprotocol.letters.logo import _svg_to_png, word_logo

    uri = "data:image/png;base64," + base64.b64encode(png_bytes((255, 0, 0), (40, 40))).decode()
    svg = (f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 40"><image href="{uri}" '
           'width="40" height="40"/></svg>').encode()
    _svg_to_png.cache_clear()
    image = Image.open(BytesIO(word_logo(Logo("image/svg+xml", svg)))).convert("RGB")
    assert image.getpixel((image.width // 2, image.height // 2)) == (255, 0, 0)


def test_word_logo_failure_warning_has_no_empty_brackets(caplog, monkeypatch):
    from schoolprotocol.config.load import Logo
    from schoolprotocol.letters import logo as logo_module

    def broken(_data):
        raise ValueError()

    monkeypatch.setattr(logo_module, "_svg_to_png", broken)
    with caplog.at_level("WARNING"):
        assert logo_module.word_logo(Logo("image/svg+xml", b"<svg/>")) is None
    [message] = [r.getMessage() for r in caplog.records]
    assert "()" not in message and "geen logo" in message


# --- minor: invisible characters are refused, naming the character and the field ----------

@pytest.mark.parametrize("needle, field, char", [
    ("  naam: Het Voorbeeld College", "school.naam", "\u2060"),
    ("  email: info@voorbeeldcollege.example", "school.email", "\ufeff"),
    ("  plaats: Utrecht", "school.plaats", "\u061c"),
    ('  telefoon: "030 123 4567"', "school.telefoon", "\u200b"),
    ("  adres: Voorbeeldlaan 1, 3500 AA Utrecht", "school.adres", "\ue000"),
    ("  bestuur: Stichting Voorbeeldscholen", "school.bestuur", "\u00ad"),
    ("  website: https://www.voorbeeldcollege.example/", "school.website", "\u202e"),
])
def test_invisible_characters_are_refused(tmp_path, cli, loader, needle, field, char):
    key, value = needle.split(": ", 1)
    # in the middle of the value, where no one sees it
    middle = len(value) // 2
    text = with_line(needle, f"{key}: {value[:middle]}{char}{value[middle:]}")
    path = write_school(tmp_path, text=text)
    found = problems(path)
    [problem] = [p for p in found if p.field == field]
    assert len(found) == 1, [p.render() for p in found]
    code = f"U+{ord(char):04X}"
    assert code in problem.message
    assert problem.line == line_of(EXAMPLE_TEXT, needle)
    result = cli("check", "--config", path)
    assert result.code == 1 and code in result.err and f"veld '{field}'" in result.err
    assert "Traceback" not in result.err


def test_invisible_character_rule_for_text_types():
    from pydantic import TypeAdapter, ValidationError

    from schoolprotocol.config.types import LangeTekst, Tekst

    for char in "\u2060\ufeff\u061c\u200b\u2028\u2029\x07":
        with pytest.raises(ValidationError) as caught:
            TypeAdapter(Tekst).validate_python(f"Het{char}College")
        assert f"U+{ord(char):04X}" in str(caught.value)
    assert TypeAdapter(LangeTekst).validate_python("Regel een\nregel\ttwee") == "Regel een\nregel\ttwee"
    assert TypeAdapter(Tekst).validate_python("Zorgcoördinator – ‘t Hoge Land, São Paulo, Ελλάδα") \
        == "Zorgcoördinator – ‘t Hoge Land, São Paulo, Ελλάδα"


def test_form_schema_pattern_agrees_with_the_python_rule():
    import re

    from schoolprotocol.config.chars import is_invisible
    from schoolprotocol.formschema import control_free_pattern

    pattern = re.compile(control_free_pattern())
    for code in list(range(0, 0x3000)) + [0xFEFF, 0xE000, 0xF8FF, 0xFFFD, 0x1F600, 0xE0001, 0xF0000, 0x10FFFD]:
        char = chr(code)
        assert (pattern.match(f"a{char}b") is None) == is_invisible(char), hex(code)


# --- minor: the phone notations a Dutch school types; printed in one national notation ---------
# Expected by hand: netnummer (2 digits after the 0, like 073) then 3 + 4 digits; a 3-digit
# netnummer (0317) then 3 + 3; mobile 06 then the 8 digits together; 0800/0900 then the rest.

@pytest.mark.parametrize("typed, printed", [
    ("+31 (0)73 - 629 29 29", "073 629 2929"),
    ("073 - 614 44 44", "073 614 4444"),
    ("(073) 614 44 44", "073 614 4444"),
    ("073-6144444", "073 614 4444"),
    ("030.123.45.67", "030 123 4567"),
    ("0031 30 123 4567", "030 123 4567"),
    ("+31 30 1234567", "030 123 4567"),
    ("+31(0)30-1234567", "030 123 4567"),
    ("0317-123456", "0317 123 456"),
    ("06-12 34 56 78", "06 12345678"),
    ("06 - 1234 5678", "06 12345678"),
    ("+31 6 12345678", "06 12345678"),
    ("0800-1234", "0800 1234"),
    ("0900 123 4567", "0900 1234567"),
])
def test_common_phone_notations_are_accepted_and_normalised(tmp_path, loader, typed, printed):
    text = with_line('  telefoon: "030 123 4567"', f'  telefoon: "{typed}"')
    text = with_line('    telefoon: "06 12345678"', f'    telefoon: "{typed}"', text)
    school = load_school(write_school(tmp_path, text=text))
    assert school.config.school.telefoon == printed
    assert school.config.personen.vertrouwenspersoon.telefoon == printed


@pytest.mark.parametrize("typed", ["12345", "030 123 456", "+32 2 123 45 67", "06 1234 5678 9", "bel de receptie",
                                   "030 123 4567 toestel 12", "+31 (0)73 629 29 29 0"])
def test_not_a_dutch_phone_number(tmp_path, typed):
    text = with_line('  telefoon: "030 123 4567"', f'  telefoon: "{typed}"')
    [problem] = problems(write_school(tmp_path, text=text))
    assert problem.field == "school.telefoon" and "geen Nederlands telefoonnummer" in problem.message


def test_phone_pattern_in_the_form_schema_is_the_python_rule():
    import re

    from pydantic import TypeAdapter, ValidationError

    from schoolprotocol.config.types import PHONE_PATTERN, Telefoon
    from schoolprotocol.formschema import form_schema

    assert form_schema()["properties"]["school"]["properties"]["telefoon"]["pattern"] == PHONE_PATTERN
    for typed in ["+31 (0)73 - 629 29 29", "073 - 614 44 44", "12345", "030 123 456", "06-12 34 56 78", "0800-1234"]:
        try:
            TypeAdapter(Telefoon).validate_python(typed)
            valid = True
        except ValidationError:
            valid = False
        assert bool(re.match(PHONE_PATTERN, typed)) == valid, typed


# --- minor: characters the PDF fonts cannot print are refused, not printed as boxes -----------

@pytest.mark.parametrize("needle, field, char", [
    ("  naam: Het Voorbeeld College", "school.naam", "\U0001F389"),   # party popper: no font has it
    ("  plaats: Utrecht", "school.plaats", "\U0001F44D"),              # thumbs up
    ("    bereikbaar: ma t/m do, 8.30-16.00 uur", "personen.vertrouwenspersoon.bereikbaar", "\u4e2d"),
])
def test_characters_without_a_glyph_are_refused(tmp_path, cli, loader, needle, field, char):
    text = with_line(needle, needle + " " + char)
    path = write_school(tmp_path, text=text)
    [problem] = problems(path)
    assert problem.field == field and problem.line == line_of(EXAMPLE_TEXT, needle)
    assert f"U+{ord(char):04X}" in problem.message and "PDF" in problem.message
    result = cli("check", "--config", path)
    assert result.code == 1 and "Traceback" not in result.err


def test_characters_the_fonts_have_pass(tmp_path):
    # Dutch, other European scripts, typographic quotes and dashes, and the emoji DejaVu does have
    value = "Zorgcoördinator – ‘t Hoge Land “Ελλάδα” Київ © ½ € ✓ →"
    if not any(p.is_file() for p in __import__("schoolprotocol.config.printable", fromlist=["DEJAVU"]).DEJAVU):
        pytest.skip("DejaVu Sans is not installed")
    text = with_line("  bestuur: Stichting Voorbeeldscholen", f'  bestuur: "{value}"')
    assert load_school(write_school(tmp_path, text=text)).config.school.bestuur == value


def test_printable_agrees_with_what_weasyprint_draws():
    """The fontTools answer matches the PDF: a refused character renders as the empty box."""
    import hashlib

    import pypdfium2
    import weasyprint

    from schoolprotocol.config.printable import can_print
    from schoolprotocol.paper.render import TEMPLATES

    css = (TEMPLATES / "lettertype.css").read_text(encoding="utf-8")

    def drawn(char: str) -> str:
        html = (f"<style>{css} @page{{size:60px 60px;margin:0}} body{{margin:0;font-size:40px;"
                f"font-family:'Atkinson Hyperlegible Next','DejaVu Sans',sans-serif}}</style>{char}")
        pdf = pypdfium2.PdfDocument(weasyprint.HTML(string=html, base_url=TEMPLATES.as_uri() + "/").write_pdf())
        try:
            return hashlib.md5(pdf[0].render(scale=1).to_pil().tobytes()).hexdigest()
        finally:
            pdf.close()

    box = drawn("\U0010FFFD")  # private use: never in a font, always the box
    for char in ["a", "ë", "€", "\u4e2d", "\U0001F389", "\U0001F44D", "\u2713"]:
        assert (drawn(char) != box) == can_print(char), repr(char)


def test_check_tells_about_pictures_outside_an_svg_logo(tmp_path, cli):
    svg = (b'<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 4 2">'
           b'<image href="http://voorbeeld.example/x.png" width="2" height="2"/>'
           b'<image xlink:href="file:///etc/passwd" width="2" height="2"/><use href="#a"/></svg>')
    result = cli("check", "--config", school_with_logo(tmp_path, svg, "logo.svg"))
    assert result.code == 0
    assert "verwijst naar een plaatje buiten het logobestand (http://voorbeeld.example/x.png, file:///etc/passwd)" \
        in result.err
    assert "()" not in result.err


@pytest.mark.parametrize("typed, printed", [
    ("06 99988877", "06 99988877"),      # a mobile range the phone library does not know: still 06 + 8 digits
    ("06-999 888 77", "06 99988877"),
    ("097 123 4567", "097 123 4567"),    # never a digit lost (the library would print 971234567)
])
def test_numbers_the_library_does_not_know_keep_every_digit(typed, printed):
    from pydantic import TypeAdapter

    from schoolprotocol.config.types import Telefoon

    assert TypeAdapter(Telefoon).validate_python(typed) == printed
