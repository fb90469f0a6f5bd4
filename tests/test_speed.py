"""What makes a build fast without changing what it makes (issue 17).

- compiled templates are kept (`jinjacache`), but never used for another source or another way of compiling;
- the site's WOFF2 fonts are made once and kept beside the TrueType files: they must hold the same font;
- the two sites are built at the same time where that is safe, and fail as before;
- the data files are read without looking at every character.
(The table of contents' dots, `paper.leaders`, are tested with the PDFs: tests/test_paper.py.)
"""

from __future__ import annotations

import io
import os

import jinja2
import pytest

from conftest import ROOT
from schoolprotocol import jinjacache
from schoolprotocol.engine import fonts

pytestmark = pytest.mark.snel


# -- compiled templates ---------------------------------------------------------------------------

def _environment(cache: jinjacache.CompiledTemplates, **options) -> jinjacache.Environment:
    return jinjacache.Environment(bytecode_cache=cache, undefined=jinja2.StrictUndefined, **options)


def test_a_compiled_template_is_used_again_by_the_next_process(tmp_path, monkeypatch):
    compiled = []
    real = jinja2.Environment.compile

    def counting(self, source, name=None, filename=None, raw=False, defer_init=False):
        compiled.append(source)
        return real(self, source, name, filename, raw, defer_init)
    monkeypatch.setattr(jinja2.Environment, "compile", counting)

    first = _environment(jinjacache.CompiledTemplates(tmp_path))
    assert first.from_string("Hallo {{ naam }}").render(naam="Anna") == "Hallo Anna"
    assert len(compiled) == 1
    # a new process: a new cache object, an empty memory, the same folder
    second = _environment(jinjacache.CompiledTemplates(tmp_path))
    assert second.from_string("Hallo {{ naam }}").render(naam="Bram") == "Hallo Bram"
    assert len(compiled) == 1, "the second process compiled the same template again"
    # another source compiles
    assert second.from_string("Dag {{ naam }}").render(naam="Cor") == "Dag Cor"
    assert len(compiled) == 2


def test_a_loader_template_that_changed_is_compiled_again(tmp_path):
    templates = tmp_path / "templates"
    templates.mkdir()
    page = templates / "pagina.html"
    page.write_text("eerste {{ x }}", encoding="utf-8")
    cache = tmp_path / "cache"
    env = _environment(jinjacache.CompiledTemplates(cache), loader=jinja2.FileSystemLoader(templates))
    assert env.get_template("pagina.html").render(x=1) == "eerste 1"
    page.write_text("tweede {{ x }}", encoding="utf-8")
    env = _environment(jinjacache.CompiledTemplates(cache), loader=jinja2.FileSystemLoader(templates))
    assert env.get_template("pagina.html").render(x=2) == "tweede 2"


def test_another_way_of_compiling_is_another_template(tmp_path):
    """Syntax, escaping and filters change the compiled code: none of them may reuse another's."""
    cache = jinjacache.CompiledTemplates(tmp_path)
    source = "{%# opmerking #%}{{ '<b>' | groot }}"
    plain = _environment(cache, comment_start_string="{%#", comment_end_string="#%}")
    plain.filters["groot"] = str.upper
    escaped = _environment(cache, comment_start_string="{%#", comment_end_string="#%}", autoescape=True)
    escaped.filters["groot"] = str.upper
    other_filter = _environment(cache, comment_start_string="{%#", comment_end_string="#%}")
    other_filter.filters["groot"] = str.lower
    assert plain.from_string(source).render() == "<B>"
    assert escaped.from_string(source).render() == "&lt;B&gt;"
    # the optimizer runs a filter on a constant while compiling: another filter, another template
    assert other_filter.from_string(source).render() == "<b>"
    assert len({jinjacache.fingerprint(e, None) for e in (plain, escaped, other_filter)}) == 3


def test_the_fingerprint_is_the_same_in_every_process():
    """Filters that close over objects (mkdocs-macros' own) must not make every process miss."""
    class Plugin:
        pass

    def make(plugin):
        def relative_url(path):
            return f"{plugin}/{path}"
        env = jinjacache.Environment()
        env.filters["relative_url"] = relative_url
        return env
    assert jinjacache.fingerprint(make(Plugin()), None) == jinjacache.fingerprint(make(Plugin()), None)


def test_memory_stays_bounded_in_a_long_session(monkeypatch):
    """`mkdocs serve` compiles every edited page again: the oldest entries make room."""
    monkeypatch.setattr(jinjacache, "MAX_IN_MEMORY", 10)
    cache = jinjacache.CompiledTemplates(None)
    env = _environment(cache)
    for n in range(25):
        assert env.from_string(f"bewerking {n} {{{{ x }}}}").render(x=n) == f"bewerking {n} {n}"
    assert 0 < len(cache.memory) <= 10


def test_a_folder_that_cannot_be_written_keeps_nothing_and_fails_nothing(tmp_path):
    blocked = tmp_path / "bestand"
    blocked.write_text("geen map", encoding="utf-8")
    env = _environment(jinjacache.CompiledTemplates(blocked / "jinja"))
    assert env.from_string("{{ 1 + 1 }}").render() == "2"


def test_without_a_folder_named_nothing_is_kept_on_disk(monkeypatch):
    """A build writes nothing outside the school's folder (test_package checks home and temp) or into the source."""
    monkeypatch.delenv(jinjacache.CACHE_ENV, raising=False)
    assert jinjacache.folder() is None
    cache = jinjacache.CompiledTemplates()
    assert _environment(cache).from_string("{{ 'ok' }}").render() == "ok"
    assert cache.memory, "not even kept in memory"


def test_the_cache_can_be_moved_or_switched_off(tmp_path, monkeypatch):
    monkeypatch.setenv(jinjacache.CACHE_ENV, str(tmp_path))
    assert jinjacache.folder() == tmp_path / "jinja"
    monkeypatch.setenv(jinjacache.CACHE_ENV, "uit")
    assert jinjacache.folder() is None
    env = _environment(jinjacache.CompiledTemplates())
    assert env.from_string("{{ 'ok' }}").render() == "ok"


def test_a_syntax_error_is_reported_as_before(tmp_path):
    env = _environment(jinjacache.CompiledTemplates(tmp_path))
    with pytest.raises(jinja2.TemplateSyntaxError):
        env.from_string("{{ kapot")
    assert not [p for p in tmp_path.rglob("*") if p.is_file()], "a failed compile was kept"


# -- the site's fonts -----------------------------------------------------------------------------

@pytest.mark.parametrize("ttf", sorted(fonts.SOURCE.glob("*.ttf")), ids=lambda p: p.stem)
def test_each_kept_woff2_font_is_its_truetype_font(ttf):
    """The same tables; remake with `python -m schoolprotocol.engine.fonts`.

    WOFF2 marks `head` as transformed, and `loca` (where each glyph starts) follows from `glyf`,
    which WOFF2 stores transformed and may pad differently: those two are compared by what they mean."""
    from fontTools.ttLib import TTFont

    woff2 = ttf.with_suffix(".woff2")
    assert woff2.is_file(), f"{woff2.name} ontbreekt: python -m schoolprotocol.engine.fonts"
    original, kept = TTFont(ttf), TTFont(io.BytesIO(woff2.read_bytes()))
    assert kept.flavor == "woff2"
    assert sorted(kept.keys()) == sorted(original.keys())
    for tag in original.keys():
        if tag in ("GlyphOrder", "head", "loca"):
            continue
        assert kept[tag].compile(kept) == original[tag].compile(original), f"{woff2.name}: tabel {tag} verschilt"
    assert kept.getGlyphOrder() == original.getGlyphOrder()
    for name in original.getGlyphOrder():
        assert kept["glyf"][name].compile(kept["glyf"]) == original["glyf"][name].compile(original["glyf"]), name
    assert kept["head"].fontRevision == original["head"].fontRevision


def test_the_site_gets_the_kept_fonts(tmp_path):
    written = fonts.copy_fonts(tmp_path)
    names = sorted(p.name for p in written)
    assert names == sorted([*(p.with_suffix(".woff2").name for p in fonts.SOURCE.glob("*.ttf")), fonts.LICENCE])
    for path in written:
        assert path.read_bytes() == (fonts.SOURCE / path.name).read_bytes()


# -- the two sites at the same time ---------------------------------------------------------------

def test_a_failing_site_build_in_the_other_process_fails_the_build(monkeypatch):
    from schoolprotocol import parallel, pipeline
    from schoolprotocol.audience import Reader
    from schoolprotocol.engine import EngineError

    monkeypatch.setattr(parallel, "may_fork", lambda: True)
    monkeypatch.setattr(pipeline, "preload", lambda: None)
    made = []

    def fails():
        raise EngineError("De site kon niet worden gebouwd.\nkapotte link")
    with pytest.raises(EngineError, match="kapotte link"):
        pipeline.build_sites({Reader.PUBLIC: lambda: made.append("openbaar"), Reader.STAFF: fails})
    assert made == ["openbaar"]
    assert pipeline._SITE_BUILDS == {}


def test_a_site_process_that_dies_is_reported_in_words(monkeypatch):
    from schoolprotocol import parallel, pipeline
    from schoolprotocol.audience import Reader
    from schoolprotocol.engine import EngineError

    monkeypatch.setattr(parallel, "may_fork", lambda: True)
    monkeypatch.setattr(pipeline, "preload", lambda: None)
    with pytest.raises(EngineError, match="stopte onverwacht"):
        pipeline.build_sites({Reader.PUBLIC: lambda: None, Reader.STAFF: lambda: os._exit(9)})


def test_without_a_second_core_the_sites_are_built_one_after_the_other(monkeypatch):
    from schoolprotocol import parallel, pipeline
    from schoolprotocol.audience import Reader

    monkeypatch.setattr(parallel, "may_fork", lambda: False)
    order = []
    pipeline.build_sites({Reader.PUBLIC: lambda: order.append("openbaar"),
                          Reader.STAFF: lambda: order.append("intern")})
    assert order == ["openbaar", "intern"]


# -- reading the data files ------------------------------------------------------------------------

def test_the_quick_look_for_invisible_characters_finds_every_one():
    """`first_invisible` skips printable text at once; no code point may slip through that way."""
    import sys

    from schoolprotocol.config.chars import first_invisible, is_invisible

    # the shortcut holds: no invisible character is printable to Python
    missed = [hex(code) for code in range(sys.maxunicode + 1) if chr(code).isprintable() and is_invisible(chr(code))]
    assert missed == []
    assert first_invisible("regel één\tmet tab\r\nen nog een") is None
    assert first_invisible("woord\u200bwoord") == "\u200b"


# -- the theme's files ------------------------------------------------------------------------------

def test_the_theme_files_a_site_gets_are_the_same_without_walking_hidden_folders(tmp_path):
    """MkDocs' own selection of the theme's static files (`add_files_from_theme`), once with Jinja's plain
    loader and once with the engine's (`theme_loader`, which does not walk `.icons`): the same files."""
    from types import SimpleNamespace

    from mkdocs.structure.files import Files
    from mkdocs.theme import Theme

    from schoolprotocol.engine.build import theme_loader

    theme = Theme(name="material", custom_dir=str(ROOT / "overrides"))
    config = SimpleNamespace(theme=theme, site_dir=str(tmp_path), use_directory_urls=True)
    chosen = {}
    for name, loader in (("jinja", jinja2.FileSystemLoader(theme.dirs)), ("engine", theme_loader(theme.dirs))):
        files = Files([])
        files.add_files_from_theme(jinja2.Environment(loader=loader), config)
        chosen[name] = sorted((file.src_uri, file.abs_src_path) for file in files)
    assert len(chosen["jinja"]) > 20 and any(uri.endswith(".js") for uri, _ in chosen["jinja"])
    assert chosen["engine"] == chosen["jinja"]
    # and an icon is still found by name
    assert "<svg" in theme_loader(theme.dirs).get_source(jinja2.Environment(), ".icons/material/phone.svg")[0]
