"""Shared test helpers: copies of the example school, real builds, and reading the output."""

from __future__ import annotations

import contextlib
import fcntl
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, Callable

import pytest
import yaml
from bs4 import BeautifulSoup
from hypothesis import settings

# Compiled templates are kept for the whole run and the next (schoolprotocol.jinjacache): the suite builds hundreds
# of sites. Set before the package is imported; builds in subprocesses inherit it. An explicit value is kept.
os.environ.setdefault("SCHOOLPROTOCOL_CACHE", str(Path(tempfile.gettempdir()) / f"schoolprotocol-tests-{os.getuid()}"))

from schoolprotocol.cli import main  # noqa: E402

#: Debian's Chromium; Playwright drives it and never downloads a browser of its own.
CHROMIUM = os.environ.get("CHROME_PATH", "/usr/bin/chromium")
CHROMIUM_ARGS = ("--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run")

# `pytest --hypothesis-profile=lang` fuzzes much longer than the default CI run.
settings.register_profile("lang", max_examples=2000)

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "school_config.yml"


def example_data() -> dict[str, Any]:
    return yaml.safe_load(EXAMPLE.read_text(encoding="utf-8"))


def write_school(folder: Path, data: dict[str, Any] | None = None, *, text: str | None = None) -> Path:
    """A school folder like a user's: config plus logo. `data` or `text` replace the example."""
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copytree(ROOT / "school", folder / "school", dirs_exist_ok=True)
    path = folder / "school_config.yml"
    if text is not None:
        path.write_text(text, encoding="utf-8")
    else:
        path.write_text(yaml.safe_dump(data if data is not None else example_data(), allow_unicode=True,
                                       sort_keys=False), encoding="utf-8")
    return path


def school_with(folder: Path, change: Callable[[dict[str, Any]], None]) -> Path:
    data = example_data()
    change(data)
    return write_school(folder, data)


@dataclass
class Result:
    code: int
    out: str
    err: str


@pytest.fixture
def cli(capsys) -> Callable[..., Result]:
    def run(*args: str) -> Result:
        code = main([str(a) for a in args])
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)
    return run


_BLOCKS = ("p", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th", "tr", "table", "div", "br",
           "dt", "dd", "dl", "blockquote", "pre", "section", "details", "summary", "hr")


def readable(element) -> str:
    """Text of an HTML element the way it reads on screen, whitespace folded."""
    element = BeautifulSoup(str(element), "html.parser")
    for block in element.find_all(_BLOCKS):
        block.insert_before(" ")
        block.insert_after(" ")
    return " ".join(element.get_text("").split())


@dataclass(frozen=True)
class Built:
    config: Path
    site: Path
    intern: Path

    def page(self, name: str = "", *, staff: bool = False) -> BeautifulSoup:
        root = self.intern / "site" if staff else self.site
        path = root / name / "index.html" if name else root / "index.html"
        return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")

    def article(self, name: str = "", *, staff: bool = False) -> str:
        """The readable text of a page's content, as a browser would show it.

        Blocks are separated by a space; inline elements (links, tooltips) are not,
        so "(cyberbaiting)" stays one word as on screen.
        """
        return readable(self.page(name, staff=staff).find("article"))

    def all_html(self) -> str:
        return "\n".join(p.read_text(encoding="utf-8") for p in sorted(self.site.rglob("*.html")))


def build_school(config: Path, out: Path, *, documents: bool = True) -> Built:
    """A real build through the command line; `documents=False` for tests about the sites only (PDFs take seconds)."""
    args = ["build", "--config", str(config), "--site", str(out / "site"), "--intern", str(out / "intern")]
    code = main(args if documents else [*args, "--alleen-site"])
    assert code == 0, f"build failed with exit code {code}"
    return Built(config, out / "site", out / "intern")


def shared_once(tmp_path_factory, name: str, make: Callable[[Path], Any], *, wait: bool = True,
                dump: Callable[[Any], Any] = lambda value: value, load: Callable[[Any], Any] = lambda data: data):
    """`make(folder)` once per test run, also with pytest-xdist, where every worker has its own session.

    The workers of one run share the parent of their base temp folders: the first to take the lock
    makes it there and leaves a marker with the result (`dump` turns it into JSON, `load` back); the
    others wait for the lock and read the marker (pytest-xdist's recipe for session fixtures, with
    fcntl instead of the filelock package). A build that failed leaves no marker, so the next worker
    tries again and reports its own failure. `wait=False`: None if another worker is making it right now.
    """
    if "PYTEST_XDIST_WORKER" not in os.environ:  # one process: the session is the run
        return make(tmp_path_factory.mktemp(name))
    root = tmp_path_factory.getbasetemp().parent
    folder, done = root / f"gedeeld-{name}", root / f"gedeeld-{name}.klaar.json"
    with open(root / f"gedeeld-{name}.lock", "w") as lock:
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
        except BlockingIOError:
            return None
        if done.is_file():
            return load(json.loads(done.read_text(encoding="utf-8")))
        shutil.rmtree(folder, ignore_errors=True)  # a half build of a worker that failed
        folder.mkdir()
        made = make(folder)
        done.write_text(json.dumps(dump(made)), encoding="utf-8")
        return made


def shared_build(tmp_path_factory, name: str, make: Callable[[Path], Built], *, wait: bool = True) -> Built | None:
    """`make(folder) -> Built` once per test run (see `shared_once`)."""
    return shared_once(tmp_path_factory, name, make, wait=wait,
                       dump=lambda built: {key: str(value) for key, value in asdict(built).items()},
                       load=lambda data: Built(**{key: Path(value) for key, value in data.items()}))


def copy_build(built: Built, folder: Path) -> Built:
    """A copy of a shared build's output in `folder`, byte for byte, for a test that builds over it or
    changes it: the output of a real build without building it again."""
    site, intern = folder / "site", folder / "intern"
    shutil.copytree(built.site, site, symlinks=True)
    shutil.copytree(built.intern, intern, symlinks=True)
    return Built(built.config, site, intern)


@pytest.fixture(scope="session")
def example_build(tmp_path_factory) -> Built:
    """The example school with sites, PDFs and letters: built once per run."""
    return shared_build(tmp_path_factory, "voorbeeld", lambda out: build_school(EXAMPLE, out))


@pytest.fixture(scope="session")
def example_site_build(tmp_path_factory) -> Built:
    """The example school's two sites without documents (`--alleen-site`): built once per run.
    A test that builds over it or changes it takes a `copy_build` first."""
    return shared_build(tmp_path_factory, "voorbeeld-site", lambda out: build_school(EXAMPLE, out, documents=False))


@pytest.fixture(scope="session")
def example_build_alone(tmp_path_factory) -> Built:
    """The example school built a second time, the way a school runs it: the command line in a process of
    its own (public and staff PDFs in two processes; the in-process builds keep threads, so one), from
    the folder with `school_config.yml`, into another folder. Once per run, for the tests that compare it
    with `example_build` (test_atomic.py: every file; test_paper.py: the PDFs)."""
    def make(out: Path) -> Built:
        command = [sys.executable, "-m", "schoolprotocol", "build", "--site", str(out / "site"),
                   "--intern", str(out / "intern")]
        result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True,
                                env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
        assert result.returncode == 0, result.stderr
        return Built(EXAMPLE, out / "site", out / "intern")
    return shared_build(tmp_path_factory, "voorbeeld-los", make)


@pytest.fixture(scope="session")
def sector_builds(tmp_path_factory) -> dict[str, Built]:
    """The example school built once per run as po, vo and mbo."""
    def make(sector: str) -> Callable[[Path], Built]:
        def change(d):
            d["school"]["sector"] = sector
            d.pop("termen", None)
        return lambda folder: build_school(school_with(folder / "in", change), folder / "out")

    sectors = ("po", "vo", "mbo")
    # first the sectors no other worker is building right now, then wait for the rest
    builds = {s: shared_build(tmp_path_factory, f"sector-{s}", make(s), wait=False) for s in sectors}
    return {s: builds[s] or shared_build(tmp_path_factory, f"sector-{s}", make(s)) for s in sectors}


#: The example schools in voorbeelden/, one per sector.
VOORBEELDEN = ROOT / "voorbeelden"
#: Where `voorbeeld_builds` keeps what a build printed to stderr (its notices), beside the copied config.
BUILD_STDERR = "build-stderr.txt"


@pytest.fixture(scope="session")
def voorbeeld_builds(tmp_path_factory) -> dict[str, Built]:
    """The three example schools of voorbeelden/ (po, vo, mbo), each copied with its logo folder into a
    folder of its own and built with sites, PDFs and letters through the command line: once per run.
    What the build printed to stderr: `build_stderr(built)`."""
    def make(sector: str) -> Callable[[Path], Built]:
        def build(folder: Path) -> Built:
            config = folder / "school_config.yml"
            shutil.copy(VOORBEELDEN / f"{sector}.yml", config)
            shutil.copytree(VOORBEELDEN / "school", folder / "school")
            with contextlib.redirect_stdout(io.StringIO()) as out, contextlib.redirect_stderr(io.StringIO()) as err:
                built = build_school(config, folder / "out")
            assert "Klaar: de site van" in out.getvalue()  # the command line's own output is caught here
            (folder / BUILD_STDERR).write_text(err.getvalue(), encoding="utf-8")
            return built
        return build

    sectors = ("po", "vo", "mbo")
    # first the examples no other worker is building right now, then wait for the rest
    builds = {s: shared_build(tmp_path_factory, f"voorbeelden-{s}", make(s), wait=False) for s in sectors}
    return {s: builds[s] or shared_build(tmp_path_factory, f"voorbeelden-{s}", make(s)) for s in sectors}


def build_stderr(built: Built) -> str:
    """What the build of one of `voorbeeld_builds` printed to stderr."""
    return (built.config.parent / BUILD_STDERR).read_text(encoding="utf-8")


#: A fixture a test module keeps for the module or the session: made once per pytest-xdist worker.
_OWN_CACHE = re.compile(r"@pytest\.fixture\([^)]*scope=[\"'](?:module|session)[\"']")


@pytest.hookimpl(optionalhook=True)  # without pytest-xdist (-p no:xdist) the hook does not exist
def pytest_xdist_make_scheduler(config, log):
    """With `-n` (and no `--dist` of your own): the tests of a module that keeps its own module or session
    fixture (its own builds) run on one worker, so those builds are made once per run, not once on each
    worker. Every other test goes wherever a worker is free, as with `--dist load`.

    (pytest-xdist's `xdist_group` marks would do this, but with pytest 9 their node id suffix is lost.)"""
    if config.getvalue("dist") != "load" or any(a == "--dist" or a.startswith("--dist=")
                                                 for a in config.invocation_params.args):
        return None
    from xdist.scheduler import LoadScopeScheduling

    tests = Path(__file__).resolve().parent
    grouped = {path.relative_to(config.rootpath).as_posix() for path in tests.rglob("test_*.py")
               if _OWN_CACHE.search(path.read_text(encoding="utf-8"))}

    class ModuleCacheScheduling(LoadScopeScheduling):
        def _split_scope(self, nodeid: str) -> str:
            module = nodeid.split("::", 1)[0]
            return module if module in grouped else nodeid
    return ModuleCacheScheduling(config, log)


# The fast tier (`pytest -m snel`): tests without a site build, PDF or browser. A test marked `snel`
# that asks for a build or the browser stops the run at collection; one that builds a site on its own,
# or takes more than SNEL_SECONDS of CPU time (not wall time, which a loaded machine stretches), fails.
SNEL_SECONDS = 5.0
NOT_SNEL = {"example_build", "example_site_build", "example_build_alone", "sector_builds", "voorbeeld_builds",
            "chromium"}
_SNEL_WATCH = pytest.StashKey[tuple]()


def pytest_collection_modifyitems(config, items):
    lies = [f"{item.nodeid} (vraagt {', '.join(sorted(NOT_SNEL & set(item.fixturenames)))})" for item in items
            if item.get_closest_marker("snel") and NOT_SNEL & set(item.fixturenames)]
    if lies:
        raise pytest.UsageError("Gemarkeerd als snel, maar gebruikt een build of de browser:\n" + "\n".join(lies))


@pytest.hookimpl(wrapper=True)
def pytest_runtest_setup(item):
    if item.get_closest_marker("snel"):  # watch from before the fixtures: a module fixture may build
        from schoolprotocol import engine, pipeline

        builds: list[str] = []
        real = engine.build_site

        def watched(config_path, site_dir, *args, **kwargs):
            builds.append(str(site_dir))
            return real(config_path, site_dir, *args, **kwargs)
        patch = pytest.MonkeyPatch()
        patch.setattr(engine, "build_site", watched)
        patch.setattr(pipeline, "build_site", watched)
        item.stash[_SNEL_WATCH] = (patch, builds, time.process_time())
    return (yield)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item):
    result = yield
    if _SNEL_WATCH in item.stash:
        _, builds, started = item.stash[_SNEL_WATCH]
        seconds = time.process_time() - started  # CPU time: a busy machine does not make a test slow
        if builds:
            pytest.fail(f"Gemarkeerd als snel, maar bouwt een site ({builds[0]}): haal de markering snel weg.",
                        pytrace=False)
        if seconds > SNEL_SECONDS:
            pytest.fail(f"Gemarkeerd als snel, maar gebruikte {seconds:.1f} s rekentijd (meer dan {SNEL_SECONDS:g} s).",
                        pytrace=False)
    return result


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item, nextitem):
    try:
        return (yield)
    finally:
        if _SNEL_WATCH in item.stash:
            item.stash[_SNEL_WATCH][0].undo()


@pytest.fixture(scope="session")
def chromium():
    """One browser for the whole session: Playwright's sync API allows one running instance per process."""
    if not Path(CHROMIUM).exists():
        pytest.fail(f"Chromium ontbreekt op {CHROMIUM} (./run test installeert het)", pytrace=False)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=list(CHROMIUM_ARGS))
        yield browser
        browser.close()


def section(built: "Built", name: str, anchor: str, *, staff: bool = False) -> str:
    """The readable text of one part of a page: the heading with `anchor` up to the next heading of its level."""
    soup = built.page(name, staff=staff)
    heading = soup.find(id=anchor)
    assert heading is not None, f"no #{anchor} on {name}"
    parts = [heading.get_text(" ")]
    for sibling in heading.find_next_siblings():
        if sibling.name in {"h1", "h2", "h3"} and sibling.name <= heading.name:
            break
        parts.append(readable(sibling))
    return " ".join(" ".join(parts).split())
