"""Output folders that are provably ours (issue 13): what a build may replace, and what it leaves behind.

A build refuses (exit 2, a Dutch message naming the folder) the project, its sources, a file and a foreign
non-empty folder; it replaces its own marked output; public and staff output appear together or not at all;
an unexpected error is a message and a log file (exit 3); a killed run's leftovers are cleaned up.
"""

from __future__ import annotations

import errno
import fcntl
import os
import re
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from conftest import EXAMPLE, ROOT, copy_build, write_school
from schoolprotocol import engine, output, pipeline
from schoolprotocol.output import MARKER, STAGE_PREFIX
from test_bad_input import tree_hash

SITE_ONLY = "--alleen-site"


def listing(folder: Path) -> dict[str, bytes | None]:
    """Every path under `folder` with its bytes (None for folders), to compare before and after."""
    return {str(p.relative_to(folder)): (None if p.is_dir() else p.read_bytes())
            for p in sorted(folder.rglob("*")) if ".git" not in p.parts and "__pycache__" not in p.parts}


def top_level(folder: Path) -> set[str]:
    return {p.name for p in folder.iterdir()}


def build(cli, site: Path, intern: Path, *extra, config: Path = EXAMPLE):
    return cli("build", "--config", config, "--site", site, "--intern", intern, SITE_ONLY, *extra)


# --- point 4: folders that are not ours ---------------------------------------------------------------------------

@pytest.mark.snel
def test_the_project_folder_is_refused(cli, tmp_path):
    before = top_level(ROOT)
    result = build(cli, ROOT, tmp_path / "intern")
    assert result.code == 2
    assert str(ROOT) in result.err and "project" in result.err
    assert "Klaar" not in result.out and "Traceback" not in result.err
    assert top_level(ROOT) == before
    assert not (tmp_path / "intern").exists()


@pytest.mark.snel
def test_dot_in_the_schools_own_folder_is_refused_and_nothing_changes(cli, tmp_path, monkeypatch):
    """`--site .` next to school_config.yml: the folder holds the config and the logo."""
    folder = tmp_path / "mijn-school"
    config = write_school(folder)
    (folder / "eigen-notities.txt").write_text("van de school zelf\n", encoding="utf-8")
    before = listing(folder)
    monkeypatch.chdir(folder)

    result = cli("build", "--config", "school_config.yml", "--site", ".", "--intern", "intern", SITE_ONLY)

    assert result.code == 2
    assert "'.'" in result.err and str(folder) in result.err
    assert listing(folder) == before
    assert config.is_file()


@pytest.mark.snel
@pytest.mark.parametrize("name", ["content", "overrides", "src", "data", "school", "tests", "content/nieuw"])
def test_a_source_folder_is_refused(cli, tmp_path, name):
    source = ROOT / name.split("/")[0]
    before = tree_hash(source)
    result = build(cli, ROOT / name, tmp_path / "intern")
    assert result.code == 2
    assert str(ROOT / name) in result.err and "bron" in result.err
    assert tree_hash(source) == before
    assert not (ROOT / "content" / "nieuw").exists()


@pytest.mark.snel
def test_a_folder_above_the_project_is_refused(cli, tmp_path):
    result = build(cli, ROOT.parent, tmp_path / "intern")
    assert result.code == 2
    assert str(ROOT.parent) in result.err


@pytest.mark.snel
def test_a_file_is_refused_and_stays_a_file(cli, tmp_path):
    report = tmp_path / "verslag.txt"
    report.write_bytes(b"het jaarverslag\n")
    result = build(cli, report, tmp_path / "intern")
    assert result.code == 2
    assert "verslag.txt" in result.err and "bestand" in result.err
    assert report.is_file() and report.read_bytes() == b"het jaarverslag\n"


@pytest.mark.snel
def test_a_foreign_non_empty_folder_is_refused_and_its_files_survive_byte_for_byte(cli, tmp_path):
    webroot = tmp_path / "webroot"
    (webroot / "img").mkdir(parents=True)
    (webroot / "index.php").write_bytes(b"<?php echo 'schoolsite'; ?>\n")
    (webroot / "img" / "foto.jpg").write_bytes(bytes(range(256)))
    before = listing(webroot)

    result = build(cli, webroot, tmp_path / "intern")

    assert result.code == 2
    assert str(webroot) in result.err and "niet leeg" in result.err and MARKER in result.err
    assert listing(webroot) == before
    assert not list(tmp_path.glob(STAGE_PREFIX + "*"))


@pytest.mark.snel
def test_a_foreign_folder_as_staff_output_is_refused_too(cli, tmp_path):
    desktop = tmp_path / "bureaublad"
    desktop.mkdir()
    (desktop / "rooster.xlsx").write_bytes(b"PK\x03\x04 rooster")
    before = listing(desktop)
    result = build(cli, tmp_path / "site", desktop)
    assert result.code == 2 and str(desktop) in result.err
    assert listing(desktop) == before
    assert not (tmp_path / "site").exists(), "nothing is built when one of the two folders is refused"


def test_an_empty_folder_is_used(cli, tmp_path):
    (tmp_path / "site").mkdir()
    result = build(cli, tmp_path / "site", tmp_path / "intern")
    assert result.code == 0, result.err
    assert (tmp_path / "site" / "index.html").is_file()
    assert (tmp_path / "site" / MARKER).is_file() and (tmp_path / "intern" / MARKER).is_file()


@pytest.fixture
def built(example_site_build, tmp_path):
    """Our own earlier output (`--alleen-site`), copied from the run's shared build."""
    copy = copy_build(example_site_build, tmp_path)
    return copy.site, copy.intern


def test_own_output_is_replaced_on_the_next_build(built, cli, tmp_path):
    site, intern = built
    config = write_school(tmp_path / "in", text=EXAMPLE.read_text(encoding="utf-8").replace(
        "Het Voorbeeld College", "Het Herbouwde College"))
    result = build(cli, site, intern, config=config)
    assert result.code == 0, result.err
    assert "Het Herbouwde College" in (site / "index.html").read_text(encoding="utf-8")
    assert not list(tmp_path.glob(STAGE_PREFIX + "*"))


def test_the_marker_lists_exactly_the_files_the_build_wrote(built):
    import json

    site, _ = built
    marker = json.loads((site / MARKER).read_text(encoding="utf-8"))
    on_disk = sorted(p.relative_to(site).as_posix() for p in site.rglob("*") if p.is_file() and p.name != MARKER)
    assert marker["soort"] == "openbaar" and marker["bestanden"] == on_disk


def test_a_file_someone_added_to_our_output_is_kept(built, cli):
    site, intern = built
    (site / ".htaccess").write_bytes(b"Options -Indexes\n")
    (intern / "notities").mkdir()
    (intern / "notities" / "overleg.txt").write_bytes(b"overleg met de wijkagent\n")

    result = build(cli, site, intern)

    assert result.code == 0, result.err
    assert (site / ".htaccess").read_bytes() == b"Options -Indexes\n"
    assert (intern / "notities" / "overleg.txt").read_bytes() == b"overleg met de wijkagent\n"
    assert ".htaccess" in result.err and "overleg.txt" in result.err


def test_public_output_may_not_replace_staff_output(built, cli, tmp_path):
    site, intern = built
    before = tree_hash(intern)
    result = build(cli, intern, tmp_path / "ander-intern")
    assert result.code == 2 and "personeelsversie" in result.err
    assert tree_hash(intern) == before


# --- point 5: nesting ---------------------------------------------------------------------------------------------

@pytest.mark.snel
def test_public_site_inside_the_staff_folder_is_refused(cli, tmp_path):
    result = build(cli, tmp_path / "intern" / "site", tmp_path / "intern")
    assert result.code == 2
    assert str(tmp_path / "intern") in result.err
    assert not (tmp_path / "intern").exists()


@pytest.mark.snel
def test_batch_refuses_staff_output_inside_the_public_output(cli, tmp_path):
    configs = tmp_path / "scholen"
    configs.mkdir()
    (configs / "de-wilg.yml").write_text(EXAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    result = cli("batch", configs, "--uit", tmp_path / "dist", "--intern", tmp_path / "dist" / "intern",
                 "--workers", "1", SITE_ONLY)
    assert result.code == 2
    assert "De interne map mag niet in de openbare site staan" in result.err
    assert str(tmp_path / "dist" / "intern") in result.err
    assert not (tmp_path / "dist").exists()


@pytest.mark.snel
def test_batch_refuses_a_foreign_output_root(cli, tmp_path):
    configs = tmp_path / "scholen"
    configs.mkdir()
    (configs / "de-wilg.yml").write_text(EXAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    webroot = tmp_path / "www"
    webroot.mkdir()
    (webroot / "index.html").write_bytes(b"<h1>Stichting</h1>\n")
    before = listing(webroot)
    result = cli("batch", configs, "--uit", webroot, "--intern", tmp_path / "intern", "--workers", "1", SITE_ONLY)
    assert result.code == 2 and str(webroot) in result.err
    assert listing(webroot) == before


# --- point 7: public and staff together or not at all -------------------------------------------------------------

def _changed_config(tmp_path: Path) -> Path:
    return write_school(tmp_path / "in", text=EXAMPLE.read_text(encoding="utf-8").replace(
        "Het Voorbeeld College", "Het Andere College"))


def test_when_the_staff_folder_cannot_be_swapped_the_public_site_is_put_back(built, cli, tmp_path, monkeypatch):
    site, intern = built
    before = (tree_hash(site), tree_hash(intern))
    real = output.exchange

    def staff_fails(new, target):
        if target == intern.resolve():
            raise OSError(errno.EACCES, "Permission denied", str(target))
        return real(new, target)
    monkeypatch.setattr(output, "exchange", staff_fails)

    result = build(cli, site, intern, config=_changed_config(tmp_path))

    assert result.code == 3
    assert str(intern) in result.err and "teruggezet" in result.err and "zoals ze waren" in result.err
    assert "Klaar" not in result.out and "Traceback" not in result.err
    assert (tree_hash(site), tree_hash(intern)) == before
    assert not list(tmp_path.glob(STAGE_PREFIX + "*"))


def test_when_putting_back_fails_too_the_message_says_which_folder_is_new(built, cli, tmp_path, monkeypatch):
    site, intern = built
    real, calls = output.exchange, []

    def only_first_works(new, target):
        calls.append(target)
        if len(calls) == 1:
            return real(new, target)
        raise OSError(errno.EIO, "Input/output error", str(target))
    monkeypatch.setattr(output, "exchange", only_first_works)

    result = build(cli, site, intern, config=_changed_config(tmp_path))

    assert result.code == 3
    assert "Let op" in result.err and str(site) in result.err and str(intern) in result.err
    assert "niet veranderd" not in result.err, "the message may not claim the old version is unchanged"
    assert "Het Andere College" in (site / "index.html").read_text(encoding="utf-8")


# --- point 8: an unexpected error ---------------------------------------------------------------------------------

def test_an_unexpected_error_is_a_message_and_a_log_file_not_a_traceback(built, cli, tmp_path, monkeypatch):
    site, intern = built
    before = (tree_hash(site), tree_hash(intern))
    logs = tmp_path / "tijdelijk"
    logs.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(logs))

    def surprise(checked, public, staff):
        raise KeyError("onvoorzien")
    monkeypatch.setattr(pipeline, "SITE_STEPS", (surprise,))

    result = build(cli, site, intern)

    assert result.code == 3
    assert "Traceback" not in result.err and "Traceback" not in result.out
    assert "Er ging iets onverwachts mis" in result.err
    assert "De vorige versie van de site is niet veranderd." in result.err
    [log] = logs.glob("schoolprotocol-fout-*.log")
    assert str(log) in result.err
    text = log.read_text(encoding="utf-8")
    assert "Traceback" in text and "onvoorzien" in text and "surprise" in text
    assert (tree_hash(site), tree_hash(intern)) == before
    assert not list(tmp_path.glob(STAGE_PREFIX + "*"))


# --- point 12: leftovers of a killed run --------------------------------------------------------------------------

def test_stale_stages_of_killed_runs_are_removed_and_a_running_ones_is_kept(cli, tmp_path):
    dead = tmp_path / f"{STAGE_PREFIX}dood"
    (dead / "nieuw").mkdir(parents=True)
    (dead / "slot").write_text("")
    (dead / "nieuw" / "index.html").write_text("namen en directe nummers")
    old_style = tmp_path / ".build-oud"
    (old_style / "1-intern" / "site").mkdir(parents=True)
    (old_style / "1-intern" / "site" / "index.html").write_text("namen en directe nummers")
    an_hour_ago = time.time() - 3600
    os.utime(old_style, (an_hour_ago, an_hour_ago))
    alive = tmp_path / f"{STAGE_PREFIX}bezig"
    alive.mkdir()
    (alive / "slot").write_text("")
    with open(alive / "slot") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        result = build(cli, tmp_path / "site", tmp_path / "intern")
        assert result.code == 0, result.err
        assert alive.is_dir(), "a stage whose lock is held belongs to a build that is still running"
    assert not dead.exists() and not old_style.exists()


@pytest.mark.snel
def test_settings_files_older_versions_left_in_a_project_are_removed(tmp_path):
    stale, fresh, other = tmp_path / ".mkdocs-abc.yml", tmp_path / ".mkdocs-def.yml", tmp_path / ".mkdocs-eigen.yml"
    for path in (stale, fresh):
        path.write_text("INHERIT: mkdocs.yml\nsite_dir: /tmp/x\n", encoding="utf-8")
    other.write_text("site_name: iets van de gebruiker\n", encoding="utf-8")
    an_hour_ago = time.time() - 3600
    os.utime(stale, (an_hour_ago, an_hour_ago))
    os.utime(other, (an_hour_ago, an_hour_ago))
    assert engine.clean_stale_settings(tmp_path) == [stale]
    assert fresh.exists() and other.exists()


def test_no_settings_file_is_written_into_the_project(cli, tmp_path, monkeypatch):
    import mkdocs.commands.build

    from schoolprotocol import parallel

    monkeypatch.setattr(parallel, "may_fork", lambda: False)  # both sites in this process, where the watch sees them

    real, seen = mkdocs.commands.build.build, []

    def watching(config, **kwargs):
        seen.append(sorted(p.name for p in ROOT.glob(".mkdocs-*.yml")))
        return real(config, **kwargs)
    monkeypatch.setattr(mkdocs.commands.build, "build", watching)

    assert build(cli, tmp_path / "site", tmp_path / "intern").code == 0
    assert seen == [[], []]


def test_a_build_killed_midway_leaves_the_old_output_and_the_next_run_cleans_up(built, tmp_path):
    site, intern = built
    before = (tree_hash(site), tree_hash(intern))
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    process = subprocess.Popen([sys.executable, "-m", "schoolprotocol", "build", "--config", str(EXAMPLE),
                                "--site", str(site), "--intern", str(intern), SITE_ONLY],
                               env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 60
    while time.time() < deadline and not list(tmp_path.glob(f"{STAGE_PREFIX}*/nieuw/*")):
        time.sleep(0.05)
    assert process.poll() is None, "the build ended before it could be killed"
    process.send_signal(signal.SIGKILL)
    process.wait()

    assert list(tmp_path.glob(f"{STAGE_PREFIX}*")), "the killed run left its stage"
    assert (tree_hash(site), tree_hash(intern)) == before
    assert not list(ROOT.glob(".mkdocs-*.yml"))
    assert not list(site.rglob(STAGE_PREFIX + "*")) and not list(site.rglob(".build-*"))

    again = subprocess.run([sys.executable, "-m", "schoolprotocol", "build", "--config", str(EXAMPLE),
                            "--site", str(site), "--intern", str(intern), SITE_ONLY],
                           env=env, capture_output=True, text=True)
    assert again.returncode == 0, again.stderr
    assert not list(tmp_path.glob(f"{STAGE_PREFIX}*"))


# --- minor: --alleen-site and earlier documents ---------------------------------------------------------------------

def test_site_only_says_that_earlier_documents_are_removed(cli, tmp_path, monkeypatch):
    def fake_pdf(checked, public, staff):
        (public / "downloads").mkdir(exist_ok=True)
        (public / "downloads" / "protocol.pdf").write_bytes(b"%PDF-1.7 nep")
    monkeypatch.setattr(pipeline, "DOCUMENT_STEPS", (fake_pdf,))
    site, intern = tmp_path / "site", tmp_path / "intern"
    assert cli("build", "--site", site, "--intern", intern).code == 0
    assert (site / "downloads" / "protocol.pdf").is_file()

    result = build(cli, site, intern)

    assert result.code == 0
    assert "--alleen-site" in result.err and "PDF" in result.err and "weggehaald" in result.err
    assert not (site / "downloads" / "protocol.pdf").exists()
    quiet = build(cli, site, intern)
    assert "--alleen-site" not in quiet.err, "said once, when there were documents to remove"


@pytest.mark.snel
def test_check_target_names_the_folder_and_the_reason():
    with pytest.raises(output.OutputFolderError, match=re.escape(str(Path.home().resolve()))):
        output.check_target(Path.home(), "openbaar")
    with pytest.raises(output.OutputFolderError, match="hoofdmap"):
        output.check_target(Path("/"), "openbaar")


@pytest.mark.snel
@pytest.mark.parametrize("atomic", [True, False], ids=["renameat2", "twee-renames"])
def test_the_swap_is_all_or_none_with_and_without_an_atomic_exchange(tmp_path, monkeypatch, atomic):
    """The folder-level guarantee on its own, also where the atomic exchange is missing."""
    if not atomic:
        monkeypatch.setattr(output, "_renameat2", None)
    targets, news = [tmp_path / "site", tmp_path / "intern"], [tmp_path / "nieuw-site", tmp_path / "nieuw-intern"]
    for folder, text in zip([*targets, *news], ["oud openbaar", "oud intern", "nieuw openbaar", "nieuw intern"]):
        folder.mkdir()
        (folder / "index.html").write_text(text, encoding="utf-8")
    real = output.exchange

    def staff_fails(new, target):
        if target == targets[1]:
            raise OSError(errno.EXDEV, "Invalid cross-device link")
        return real(new, target)
    monkeypatch.setattr(output, "exchange", staff_fails)

    with pytest.raises(output.SwapError, match="zoals ze waren"):
        output._swap_all(list(zip(news, targets)), ["de openbare site", "de personeelsversie"])

    assert (targets[0] / "index.html").read_text(encoding="utf-8") == "oud openbaar"
    assert (targets[1] / "index.html").read_text(encoding="utf-8") == "oud intern"

    monkeypatch.setattr(output, "exchange", real)
    output._swap_all(list(zip(news, targets)), ["de openbare site", "de personeelsversie"])
    assert (targets[0] / "index.html").read_text(encoding="utf-8") == "nieuw openbaar"
    assert (targets[1] / "index.html").read_text(encoding="utf-8") == "nieuw intern"


@pytest.mark.snel
def test_the_folder_you_work_in_is_refused_even_when_empty(cli, tmp_path, monkeypatch):
    here = tmp_path / "leeg"
    here.mkdir()
    monkeypatch.chdir(here)
    result = build(cli, Path("."), tmp_path / "intern")
    assert result.code == 2 and str(here) in result.err and "waarin u nu werkt" in result.err
    assert here.is_dir() and not any(here.iterdir())
