"""Issue 16: the installable package, a school's own folder (`nieuw`), and the text version a board adopts.

The slow tests build a wheel, install it into a fresh virtual environment in a temporary folder and run
a new school's first commands in a clean folder, the way a school would (no source checkout on the path).

To keep them fast and offline, the fresh environment gets its dependencies from the environment that runs
the tests: one `.pth` line points at that environment's site-packages (a `.pth` line adds a path, it does not
run that folder's own `.pth` files, so the checkout's editable install stays out). The wheel itself is
installed with `--no-deps`; `pip check` then says whether the wheel's declared dependencies are all there,
and `test_every_imported_library_is_a_declared_dependency` whether every library the code imports is declared.
"""

from __future__ import annotations

import ast
import os
import re
import signal
import subprocess
import sys
import sysconfig
import time
import tomllib
import urllib.request
import zipfile
from importlib import metadata
from pathlib import Path

import pytest
import yaml

from schoolprotocol import newschool, version
from schoolprotocol.cli import main
from schoolprotocol.config.problems import InputError

ROOT = Path(__file__).resolve().parents[1]
WORDS_FROM_OTHER_SECTOR = "maar deze school is"  # the sector-word notice (sectorwords.py)


# --- fast: the package's declarations -----------------------------------------------------------

def _imported_top_level(folder: Path) -> set[str]:
    names = set()
    for path in folder.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names.update(alias.name.split(".")[0] for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names.add(node.module.split(".")[0])
    return names


def _canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


@pytest.mark.snel
def test_every_imported_library_is_a_declared_dependency():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    declared = {_canonical(re.split(r"[<>=!~ ;\[]", req, maxsplit=1)[0]) for req in project["dependencies"]}
    imported = _imported_top_level(ROOT / "src") | _imported_top_level(ROOT / "macros")
    third_party = imported - set(sys.stdlib_module_names) - {"schoolprotocol", "__future__"}
    providers = metadata.packages_distributions()
    missing = {}
    for module in sorted(third_party):
        dists = {_canonical(d) for d in providers.get(module, [module])}
        if not dists & declared:
            missing[module] = sorted(dists)
    assert missing == {}, f"imported but not in [project] dependencies: {missing}"


# --- fast: a new school's folder -----------------------------------------------------------------

@pytest.mark.snel
@pytest.mark.parametrize("sector", ["po", "vo", "mbo"])
def test_new_folder_has_a_checked_config_for_its_sector(tmp_path, sector, cli):
    folder = tmp_path / "school-x"
    made = newschool.create(folder, sector)
    assert set(made.files) == {"school_config.yml", "README.md", ".gitignore", "school/logo.svg",
                               ".github/workflows/protocol.yml", ".gitlab-ci.yml"}
    config_text = (folder / "school_config.yml").read_text(encoding="utf-8")
    assert "$schema" not in config_text  # no editor hint to a file the school's folder does not have
    config = yaml.safe_load(config_text)
    assert config["school"]["sector"] == sector
    assert config["beleid"]["tekstversie"] == version.text_version()
    result = cli("check", "--config", folder / "school_config.yml")
    assert result.code == 0, result.err
    assert WORDS_FROM_OTHER_SECTOR not in result.err
    assert "nieuwere versie" not in result.err
    gitignore = (folder / ".gitignore").read_text(encoding="utf-8").split()
    assert "/intern/" in gitignore and "/site/" in gitignore


@pytest.mark.snel
def test_new_refuses_a_folder_that_is_not_empty_and_changes_nothing(tmp_path, cli):
    folder = tmp_path / "school-x"
    folder.mkdir()
    (folder / "school_config.yml").write_text("eigen: tekst\n", encoding="utf-8")
    result = cli("nieuw", folder, "--sector", "po")
    assert result.code == 2
    assert "niet leeg" in result.err and "Traceback" not in result.err
    assert [p.name for p in folder.iterdir()] == ["school_config.yml"]
    assert (folder / "school_config.yml").read_text(encoding="utf-8") == "eigen: tekst\n"
    assert cli("nieuw", tmp_path / "leeg", "--sector", "vo").code == 0  # a new folder is fine


def workflow_commands(folder: Path) -> dict[str, list[str]]:
    """The build commands of both example workflows, and what each publishes."""
    github = yaml.safe_load((folder / ".github/workflows/protocol.yml").read_text(encoding="utf-8"))
    gitlab = yaml.safe_load((folder / ".gitlab-ci.yml").read_text(encoding="utf-8"))
    steps = github["jobs"]["bouwen"]["steps"]
    build = next(step for step in steps if step.get("name") == "Controleren en bouwen")
    upload = next(step for step in steps if "upload-pages-artifact" in step.get("uses", ""))
    return {
        "github": build["run"].split("\n")[:-1] if build["run"].endswith("\n") else build["run"].split("\n"),
        "github_publishes": [upload["with"]["path"]],
        "gitlab": gitlab[".bouwen"]["script"],
        "gitlab_publishes": gitlab["pages"]["artifacts"]["paths"],
        "gitlab_after": gitlab["pages"]["after_script"],
    }


@pytest.mark.snel
def test_workflows_are_yaml_build_every_change_and_publish_only_the_public_site(tmp_path):
    newschool.create(tmp_path / "s", "vo")
    found = workflow_commands(tmp_path / "s")
    assert found["github"] == found["gitlab"] == ["schoolprotocol check", "schoolprotocol build"]
    assert found["github_publishes"] == ["site"]
    assert found["gitlab_publishes"] == ["public"] and found["gitlab_after"] == ["mv site public"]
    for name in (".github/workflows/protocol.yml", ".gitlab-ci.yml"):
        text = (tmp_path / "s" / name).read_text(encoding="utf-8")
        assert "__PAKKET__" not in text and "schoolprotocol" in text
    github = yaml.safe_load((tmp_path / "s/.github/workflows/protocol.yml").read_text(encoding="utf-8"))
    gitlab = yaml.safe_load((tmp_path / "s/.gitlab-ci.yml").read_text(encoding="utf-8"))
    commands = [step.get("run", "") for step in github["jobs"]["bouwen"]["steps"]] + [
        line for job in gitlab.values() if isinstance(job, dict)
        for key in ("before_script", "script", "after_script") for line in job.get(key, [])]
    assert not [command for command in commands if "intern" in command]  # nothing copies or uploads intern/
    triggers = github[True]  # YAML 1.1 reads the key 'on' as true
    assert "push" in triggers and "pull_request" in triggers


# --- fast: the text version ----------------------------------------------------------------------

@pytest.mark.snel
def test_text_version_is_the_newest_entry_and_says_what_changed_since_an_older_one():
    releases = version.load_releases()
    assert version.text_version() == releases[0].versie
    assert re.fullmatch(r"20\d\d\.(0[1-9]|1[0-2])", version.text_version())
    assert version.version_notices(version.text_version()) == []
    assert version.version_notices(None) == []
    notice = "\n".join(version.version_notices("2026.01"))
    assert f"nieuwere versie van de landelijke tekst ({version.text_version()})" in notice
    assert "(2026.01)" in notice and releases[0].wijzigingen[0][:40] in notice
    newer = "\n".join(version.version_notices("2099.01"))
    assert "oudere" in newer and "--upgrade" in newer


@pytest.mark.snel
def test_check_notes_an_older_adopted_version_and_refuses_a_wrong_one(tmp_path, cli):
    newschool.create(tmp_path / "s", "po")
    config = tmp_path / "s" / "school_config.yml"
    text = config.read_text(encoding="utf-8")
    config.write_text(text.replace(f'tekstversie: "{version.text_version()}"', 'tekstversie: "2026.01"'),
                      encoding="utf-8")
    result = cli("check", "--config", config)
    assert result.code == 0
    assert "nieuwere versie van de landelijke tekst" in result.err and "Dit is er veranderd" in result.err
    # without quotes the value is still read as written (the loader keeps scalars as text): 2026.10, not 2026.1
    config.write_text(text.replace(f'tekstversie: "{version.text_version()}"', "tekstversie: 2026.10"),
                      encoding="utf-8")
    result = cli("check", "--config", config)
    assert result.code == 0 and "heeft vastgesteld (2026.10)" in result.err
    config.write_text(text.replace(f'tekstversie: "{version.text_version()}"', 'tekstversie: "december"'),
                      encoding="utf-8")
    result = cli("check", "--config", config)
    assert result.code == 1 and "jaar.maand" in result.err and "tekstversie" in result.err


@pytest.mark.snel
def test_changes_file_in_the_wrong_order_is_refused_in_dutch(tmp_path):
    path = tmp_path / "wijzigingen.yml"
    entry = "- versie: \"{v}\"\n  datum: 2026-12-01\n  samenvatting: Iets.\n  wijzigingen: [Iets anders.]\n"
    path.write_text(entry.format(v="2026.06") + entry.format(v="2026.12"), encoding="utf-8")
    with pytest.raises(InputError) as err:
        version.load_releases(path)
    assert "nieuwste bovenaan" in str(err.value)


# --- slow: the wheel in a fresh environment ------------------------------------------------------

@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Path:
    """A fresh virtual environment with the wheel installed; returns its `bin/` folder."""
    work = tmp_path_factory.mktemp("paket")
    wheels = work / "wheel"
    # pip builds it in its own build environment (it fetches hatchling once, then from its cache)
    subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--disable-pip-version-check",
                    "-w", str(wheels), str(ROOT)], check=True, cwd=work)
    wheel = next(wheels.glob("schoolprotocol-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    for inside in ("schoolprotocol/project/mkdocs.yml", "schoolprotocol/project/content/index.md",
                   "schoolprotocol/project/data/wijzigingen.yml", "schoolprotocol/project/macros/__init__.py",
                   "schoolprotocol/project/overrides/main.html", "schoolprotocol/project/voorbeelden/mbo.yml",
                   "schoolprotocol/school_template/gitignore.txt", "schoolprotocol/paper/fonts/"):
        assert any(name.startswith(inside) for name in names), inside
    venv = work / "venv"
    base = getattr(sys, "_base_executable", sys.executable)
    subprocess.run([base, "-m", "venv", str(venv)], check=True)
    site = Path(subprocess.run([str(venv / "bin" / "python"), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
                               check=True, capture_output=True, text=True).stdout.strip())
    (site / "zz-schoolprotocol-test-deps.pth").write_text(sysconfig.get_path("purelib") + "\n", encoding="utf-8")
    subprocess.run([str(venv / "bin" / "pip"), "install", "-q", "--no-deps", "--no-index", "--disable-pip-version-check",
                    str(wheel)], check=True)
    check = subprocess.run([str(venv / "bin" / "pip"), "check", "--disable-pip-version-check"], capture_output=True,
                           text=True)
    missing = [line for line in check.stdout.splitlines() if line.startswith("schoolprotocol ")]
    assert missing == [], missing
    return venv / "bin"


def _snapshot(folder: Path) -> dict[str, int]:
    return {str(p.relative_to(folder)): p.stat().st_mtime_ns for p in folder.rglob("*") if p.is_file()}


@pytest.fixture
def clean(tmp_path) -> dict[str, Path]:
    """A clean working folder and an empty home and temporary folder, to see what is written where."""
    places = {name: tmp_path / name for name in ("werk", "thuis", "tmp")}
    for path in places.values():
        path.mkdir()
    return places


def _run(bin_dir: Path, places: dict[str, Path], cwd: Path, *args: str) -> subprocess.CompletedProcess:
    env = {"PATH": f"{bin_dir}:/usr/bin:/bin", "HOME": str(places["thuis"]), "TMPDIR": str(places["tmp"]),
           "LANG": "C.UTF-8"}
    return subprocess.run(list(args), cwd=cwd, env=env, capture_output=True, text=True, timeout=600)


@pytest.mark.parametrize("sector", ["po", "vo", "mbo"])
def test_installed_package_starts_checks_and_builds_a_school_in_a_clean_folder(installed, clean, sector):
    venv_before = _snapshot(installed.parent)
    made = _run(installed, clean, clean["werk"], "schoolprotocol", "nieuw", "school-x", "--sector", sector)
    assert made.returncode == 0, made.stderr
    folder = clean["werk"] / "school-x"
    name = yaml.safe_load((folder / "school_config.yml").read_text(encoding="utf-8"))["school"]["naam"]
    checked = _run(installed, clean, folder, "schoolprotocol", "check")
    assert checked.returncode == 0, checked.stderr
    assert f"in orde. {name}" in checked.stdout and WORDS_FROM_OTHER_SECTOR not in checked.stderr
    if sector == "po":  # the workflows' own build step, as a CI runner runs it (with PDFs and Word files)
        commands = workflow_commands(folder)["github"]
    else:
        commands = ["schoolprotocol build --alleen-site"]
    for command in commands:
        done = _run(installed, clean, folder, *command.split())
        assert done.returncode == 0, f"{command}\n{done.stderr}"
        assert "Traceback" not in done.stderr
    start = (folder / "site" / "index.html").read_text(encoding="utf-8")
    assert f"<title>{name}" in start or name in start
    assert f"landelijke tekst {version.text_version()}".replace(".", "&#46;") in start
    assert (folder / "intern" / "site" / "index.html").is_file()
    if sector == "po":
        assert (folder / "site" / "downloads" / "protocol.pdf").is_file()
    # nothing outside the school's folder: not beside it, not in home or temp, not in the installed package
    assert [p.name for p in clean["werk"].iterdir()] == ["school-x"]
    # (WeasyPrint's font folders too: `build` gives the libraries one scratch folder and removes it)
    assert [*clean["thuis"].iterdir(), *clean["tmp"].iterdir()] == []
    assert _snapshot(installed.parent) == venv_before
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        [".github", ".gitignore", ".gitlab-ci.yml", "README.md", "intern", "school", "school_config.yml", "site"])


def test_installed_check_names_what_changed_since_the_adopted_version(installed, clean):
    assert _run(installed, clean, clean["werk"], "schoolprotocol", "nieuw", "s", "--sector", "mbo").returncode == 0
    config = clean["werk"] / "s" / "school_config.yml"
    config.write_text(config.read_text(encoding="utf-8").replace(
        f'tekstversie: "{version.text_version()}"', 'tekstversie: "2026.06"'), encoding="utf-8")
    result = _run(installed, clean, clean["werk"] / "s", "schoolprotocol", "check")
    assert result.returncode == 0
    assert f"nieuwere versie van de landelijke tekst ({version.text_version()})" in result.stderr
    assert f"Versie {version.text_version()}" in result.stderr


def test_installed_serve_previews_the_site_inside_the_folder_and_cleans_up(installed, clean):
    assert _run(installed, clean, clean["werk"], "schoolprotocol", "nieuw", "s", "--sector", "vo").returncode == 0
    folder = clean["werk"] / "s"
    own = folder / "eigen" / "ouders.md"  # the school's own paragraph on the parents' page
    own.parent.mkdir()
    own.write_text("Elke woensdag houdt onze mentor een inloopspreekuur.\n", encoding="utf-8")
    port = 18000 + os.getpid() % 1000
    env = {"PATH": f"{installed}:/usr/bin:/bin", "HOME": str(clean["thuis"]), "TMPDIR": str(clean["tmp"])}
    server = subprocess.Popen([str(installed / "schoolprotocol"), "serve", "--adres", f"127.0.0.1:{port}"], cwd=folder,
                              env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        page = b""
        for _ in range(120):
            try:
                page = urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=2).read()
                break
            except OSError:
                if server.poll() is not None:
                    break
                time.sleep(0.5)
        name = yaml.safe_load((folder / "school_config.yml").read_text(encoding="utf-8"))["school"]["naam"]
        assert name.encode() in page
        assert (folder / ".schoolprotocol-voorbeeld" / "index.html").is_file()
        # the preview is what `build` makes: the school's own text, the site's typeface
        parents = urllib.request.urlopen(f"http://127.0.0.1:{port}/ouders/", timeout=10).read().decode()
        assert "inloopspreekuur" in parents
        assert list((folder / ".schoolprotocol-voorbeeld" / "assets" / "fonts").glob("*.woff2"))
        # an edit of the own text shows without a restart
        own.write_text("Het inloopspreekuur is verplaatst naar donderdag.\n", encoding="utf-8")
        for _ in range(120):
            parents = urllib.request.urlopen(f"http://127.0.0.1:{port}/ouders/", timeout=10).read().decode()
            if "donderdag" in parents:
                break
            time.sleep(0.5)
        assert "verplaatst naar donderdag" in parents and "woensdag" not in parents
    finally:
        server.send_signal(signal.SIGINT)  # Ctrl+C
        try:
            # generous: on a loaded CI machine the interpreter's shutdown took longer than 30 s once
            out, err = server.communicate(timeout=120)
        except subprocess.TimeoutExpired:
            server.kill()
            out, err = server.communicate()
            pytest.fail(f"serve did not stop within 120 s of Ctrl+C.\nstdout: {out}\nstderr: {err[-2000:]}")
    assert server.returncode == 0, err
    assert "Traceback" not in err and "Gestopt" in out
    assert not (folder / ".schoolprotocol-voorbeeld").exists()
    assert list(clean["tmp"].iterdir()) == [] and [p.name for p in clean["werk"].iterdir()] == ["s"]
    assert "uw eigen tekst in" in out
