"""A build that fails for any reason leaves the previous output exactly as it was; equal input, equal bytes."""

from __future__ import annotations

import errno
import shutil
from pathlib import Path

import pytest

from conftest import EXAMPLE, ROOT, copy_build
from schoolprotocol import paths, pipeline
from test_bad_input import tree_hash


@pytest.fixture
def built_once(example_site_build, tmp_path):
    """A good earlier build (sites only; documents: test_paper.py), copied from the run's shared one."""
    built = copy_build(example_site_build, tmp_path)
    return built.site, built.intern, (tree_hash(built.site), tree_hash(built.intern))


def _assert_untouched(site: Path, intern: Path, before) -> None:
    assert (tree_hash(site), tree_hash(intern)) == before
    assert not list(site.parent.glob(".schoolprotocol-bouw-*")), "the stage folder is cleaned up"


def test_a_failing_output_step_leaves_the_old_output(built_once, cli, monkeypatch):
    site, intern, before = built_once

    def broken_pdf(checked, public, staff):
        (public / "downloads").mkdir()
        (public / "downloads" / "protocol.pdf").write_bytes(b"%PDF-half")
        raise OSError(errno.EIO, "PDF-renderer gestopt")
    monkeypatch.setattr(pipeline, "DOCUMENT_STEPS", (broken_pdf,))

    result = cli("build", "--site", site, "--intern", intern)

    assert result.code == 3
    assert "De vorige versie van de site is niet veranderd." in result.err
    assert "Traceback" not in result.err
    _assert_untouched(site, intern, before)


def test_a_full_disk_while_mkdocs_writes_leaves_the_old_output(built_once, cli, monkeypatch):
    site, intern, before = built_once
    import mkdocs.utils
    real_write, calls = mkdocs.utils.write_file, []

    def filling_disk(content, output_path):
        calls.append(output_path)
        if len(calls) > 5:
            raise OSError(errno.ENOSPC, "No space left on device", output_path)
        return real_write(content, output_path)
    monkeypatch.setattr(mkdocs.utils, "write_file", filling_disk)

    result = cli("build", "--site", site, "--intern", intern)

    assert result.code == 3
    assert "De schijf is vol" in result.err
    _assert_untouched(site, intern, before)


def test_a_macro_error_in_a_page_leaves_the_old_output(built_once, cli, monkeypatch, tmp_path):
    site, intern, before = built_once
    copy = tmp_path / "project"
    for name in ("content", "overrides", "macros", "data", "school"):
        shutil.copytree(ROOT / name, copy / name)
    for name in ("mkdocs.yml", "school_config.yml"):
        shutil.copy(ROOT / name, copy / name)
    (copy / "content" / "inleiding.md").write_text("# Inleiding\n\n{{ persoon.onbekend }}\n", encoding="utf-8")
    monkeypatch.setattr(paths, "MKDOCS_FILE", copy / "mkdocs.yml")  # the command line has no option for another project

    result = cli("build", "--config", copy / "school_config.yml", "--site", site, "--intern", intern)

    assert result.code == 3
    assert "macro" in result.err and "persoon" in result.err
    _assert_untouched(site, intern, before)


def test_a_broken_logo_after_a_good_build_leaves_the_old_output(built_once, cli, tmp_path):
    site, intern, before = built_once
    folder = tmp_path / "school-kopie"
    shutil.copytree(ROOT / "school", folder / "school")
    config = folder / "school_config.yml"
    config.write_text(EXAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "school" / "logo.svg").write_text("<svg><kapot", encoding="utf-8")

    result = cli("build", "--config", config, "--site", site, "--intern", intern)

    assert result.code == 1
    _assert_untouched(site, intern, before)


@pytest.mark.snel
def test_intern_may_not_be_inside_the_public_site(tmp_path, cli):
    result = cli("build", "--site", tmp_path / "site", "--intern", tmp_path / "site" / "intern")
    assert result.code == 2
    assert "De interne map mag niet in de openbare site staan." in result.err


def test_same_config_and_content_give_byte_identical_output(example_build, example_build_alone):
    """Sites, PDFs and Word files: a second build, into another folder (and by the command line in a
    process of its own, see conftest.py), gives the same bytes."""
    first, second = example_build, example_build_alone
    for a_root, b_root in ((first.site, second.site), (first.intern, second.intern)):
        a_files = sorted(p.relative_to(a_root) for p in a_root.rglob("*") if p.is_file())
        b_files = sorted(p.relative_to(b_root) for p in b_root.rglob("*") if p.is_file())
        assert a_files == b_files
        different = [str(p) for p in a_files if (a_root / p).read_bytes() != (b_root / p).read_bytes()]
        assert different == []


def test_the_sitemap_date_comes_from_the_config_not_the_clock(example_build):
    sitemap = (example_build.site / "sitemap.xml").read_text(encoding="utf-8")
    assert "<lastmod>2026-09-01</lastmod>" in sitemap
