"""A whole school board in one run: one public site per school, one staff folder, one index.

Schools are spread over worker processes forked after MkDocs is imported,
so the import cost is paid once. One bad config only fails its own school.
A school whose config, logo and the project itself are unchanged since its
last good build is skipped (content hash), unless forced.
"""

from __future__ import annotations

import hashlib
import json
import re
import time
import zlib
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Callable, Iterable

from jinja2 import Environment, FileSystemLoader, select_autoescape

from .config import InputError, load_school
from .eigen import FOLDER
from . import paper, parallel  # noqa: F401 (paper: WeasyPrint is imported once, before the workers fork)
from .engine import EngineError, preload
from .paths import PACKAGE, PROJECT
from .errors import OutputFolderError, SwapError, write_crash_log
from .output import check_apart, check_target, claim_root, clean_leftovers, write_if_changed

STATE_FILE = ".bouwstatus.json"
SLUG = re.compile(r"[a-z0-9][a-z0-9_-]{0,63}")  # the whole name must match: use fullmatch
#: What every school's output depends on besides its own config and logo.
#: The code (`paths.PACKAGE`) counts too: in a checkout it is `src/schoolprotocol`, in a wheel the package.
PROJECT_INPUTS = ("content", "overrides", "data", "macros", "mkdocs.yml", "requirements.lock")


class Status(str, Enum):
    BUILT = "gebouwd"
    SKIPPED = "overgeslagen"
    FAILED = "mislukt"


@dataclass(frozen=True)
class SchoolResult:
    slug: str
    status: Status
    seconds: float = 0.0
    name: str = ""
    place: str = ""
    sector: str = ""
    message: str = ""
    digest: str = ""


@dataclass(frozen=True)
class Shard:
    """School K of every N, decided by a hash of the school's file name so it never moves."""

    k: int
    n: int

    @classmethod
    def parse(cls, text: str) -> "Shard":
        match = re.fullmatch(r"(\d+)/(\d+)", text.strip())
        if not match or not 1 <= int(match.group(1)) <= int(match.group(2)):
            raise ValueError(f"--shard verwacht K/N met 1 <= K <= N, bijvoorbeeld 1/4; gekregen: {text!r}")
        return cls(int(match.group(1)), int(match.group(2)))

    def holds(self, slug: str) -> bool:
        return zlib.crc32(slug.encode("utf-8")) % self.n == self.k - 1


def eigen_folder(config_path: Path) -> Path:
    """A school's own text in a batch: `scholen/<naam>/eigen/` beside `scholen/<naam>.yml`.

    Not `eigen/` next to the config, as for one school: in a batch that folder would be shared by
    every school of the board, and one school's text would appear on all the others' sites.
    """
    return config_path.parent / config_path.stem / FOLDER


def shared_eigen_problem(folder: Path) -> str | None:
    """The message for an `eigen/` folder beside the configs, which a batch does not use."""
    shared = Path(folder) / FOLDER
    if not shared.is_dir():
        return None
    return (f"De map '{shared}' wordt in een batch niet gebruikt: elke school heeft haar eigen tekst in een eigen "
            f"map, naast haar configuratie. Voor 'de-regenboog.yml' is dat '{Path(folder) / 'de-regenboog' / FOLDER}'. "
            "Verplaats de bestanden naar de map van de school waar ze bij horen, en haal deze map weg. "
            "Er is niets gebouwd.")


def discover(folder: Path, shard: Shard | None = None) -> list[Path]:
    configs = sorted(p for p in Path(folder).iterdir() if p.suffix in (".yml", ".yaml") and p.is_file())
    return [p for p in configs if shard is None or shard.holds(p.stem)]


def project_digest(root: Path = PROJECT, code: Path = PACKAGE) -> str:
    digest = hashlib.sha256()
    for base in (*(root / name for name in PROJECT_INPUTS), code):
        files = [base] if base.is_file() else sorted(p for p in base.rglob("*") if p.is_file() and "__pycache__" not in p.parts)
        for path in files:
            digest.update(str(path.relative_to(base.parent)).encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def school_digest(config_path: Path, logo_bytes: bytes, project: str) -> str:
    """Everything a school's output depends on: the project, its config, logo and own text."""
    digest = hashlib.sha256(project.encode())
    digest.update(config_path.read_bytes())
    digest.update(logo_bytes)
    own = eigen_folder(config_path)
    for path in sorted(own.rglob("*")) if own.is_dir() else ():
        if path.is_file():
            digest.update(path.relative_to(own).as_posix().encode() + b"\0")
            digest.update(path.read_bytes())
    return digest.hexdigest()


def build_one(config_path: Path, site_root: Path, intern_root: Path, project: str, previous: str | None,
              force: bool, documents: bool = True) -> SchoolResult:
    try:
        return _build_one(config_path, site_root, intern_root, project, previous, force, documents)
    except Exception as err:  # noqa: BLE001 - one school's surprise must not stop the others
        try:
            where = f"het logboek staat in {write_crash_log(err)}"
        except OSError:
            where = "er kon geen logboek worden geschreven"
        return SchoolResult(config_path.stem, Status.FAILED, message=(
            f"Er ging iets onverwachts mis ({type(err).__name__}: {err}); {where}. "
            "De vorige versie van deze school is niet veranderd."))


def _build_one(config_path: Path, site_root: Path, intern_root: Path, project: str, previous: str | None,
               force: bool, documents: bool = True) -> SchoolResult:
    """Build one school; never raises for the school's own mistakes (runs in a worker)."""
    from .pipeline import build

    slug = config_path.stem
    started = time.perf_counter()
    if not SLUG.fullmatch(slug):
        return SchoolResult(slug, Status.FAILED, message=(
            f"De bestandsnaam '{config_path.name}' is geen geldige schoolnaam voor een map: gebruik kleine letters, "
            "cijfers en streepjes, zoals 'het-voorbeeld-college.yml'."))
    try:
        school = load_school(config_path)
        digest = school_digest(config_path, school.logo.data, project + ("" if documents else ":alleen-site"))
        info = dict(name=school.config.school.naam, place=school.config.school.plaats,
                    sector=school.config.school.sector, digest=digest)
        site, intern = site_root / slug, intern_root / slug
        if not force and digest == previous and (site / "index.html").is_file() and intern.is_dir():
            return SchoolResult(slug, Status.SKIPPED, time.perf_counter() - started, **info)
        # stages beside the roots, never inside dist/ (which is published as a whole)
        build(config_path, site, intern, documents=documents, stage_parents=[site_root.parent, intern_root.parent],
              eigen_dir=eigen_folder(config_path))
        return SchoolResult(slug, Status.BUILT, time.perf_counter() - started, **info)
    except InputError as err:
        return SchoolResult(slug, Status.FAILED, time.perf_counter() - started, message=str(err))
    except (EngineError, OutputFolderError, SwapError) as err:
        return SchoolResult(slug, Status.FAILED, time.perf_counter() - started, message=str(err))
    except OSError as err:
        return SchoolResult(slug, Status.FAILED, time.perf_counter() - started,
                            message=f"Kon niet schrijven: {err.strerror or err}" + (f" ({err.filename})" if err.filename else ""))



def run(configs: Iterable[Path], site_root: Path, intern_root: Path, *, workers: int = 2, force: bool = False,
        documents: bool = True, on_result: Callable[[SchoolResult], None] = lambda r: None) -> list[SchoolResult]:
    """Build every school, `workers` at a time; return one result per school, in input order."""
    configs = list(configs)
    check_target(site_root, "batch-openbaar", configs)
    check_target(intern_root, "batch-intern", configs)
    check_apart(site_root, intern_root, "--uit", "--intern")
    site_root = claim_root(site_root, "batch-openbaar", configs)
    intern_root = claim_root(intern_root, "batch-intern", configs)
    for folder in (site_root.parent, intern_root.parent, site_root, intern_root):
        clean_leftovers(folder)  # stages of killed runs (older versions staged inside the roots)
    state_path = intern_root / STATE_FILE
    state = _read_state(state_path)
    project = project_digest()
    preload()  # import the generator once, before the workers fork
    results: dict[Path, SchoolResult] = {}

    def record(config: Path, result: SchoolResult) -> None:
        results[config] = result
        if result.status is Status.BUILT:
            state[result.slug] = {"hash": result.digest, "naam": result.name, "plaats": result.place,
                                  "sector": result.sector}
            write_if_changed(state_path, json.dumps(state, indent=1, sort_keys=True, ensure_ascii=False) + "\n")
        on_result(result)

    def previous(config: Path) -> str | None:
        return state.get(config.stem, {}).get("hash")

    for config in configs:
        twins = [c for c in configs if c.stem == config.stem]
        if len(twins) > 1:  # x.yml and x.yaml would both build into dist/x: fail both, build neither
            record(config, SchoolResult(config.name, Status.FAILED, message=(
                f"Twee bestanden voor dezelfde school: {' en '.join(c.name for c in twins)}. Ze zouden allebei in "
                f"'{config.stem}/' komen, dus is geen van beide gebouwd. Verwijder of hernoem er één.")))
    configs_to_build = [c for c in configs if c not in results]
    # the schools keep the cores busy: no second process per school
    previous_setting, parallel.PARALLEL_AUDIENCES = parallel.PARALLEL_AUDIENCES, False
    try:
        if workers <= 1:
            for config in configs_to_build:
                record(config, build_one(config, site_root, intern_root, project, previous(config), force, documents))
        else:
            with ProcessPoolExecutor(max_workers=workers) as pool:
                pending: dict[Future, Path] = {
                    pool.submit(build_one, config, site_root, intern_root, project, previous(config), force,
                                documents): config
                    for config in configs_to_build}
                while pending:
                    done, _ = wait(pending, return_when=FIRST_COMPLETED)
                    for future in done:
                        record(pending.pop(future), future.result())
    finally:
        parallel.PARALLEL_AUDIENCES = previous_setting
    return [results[c] for c in configs]


def _read_state(path: Path) -> dict[str, dict[str, str]]:
    try:
        state = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {str(k): v for k, v in state.items() if isinstance(v, dict)} if isinstance(state, dict) else {}


def write_index(configs: Iterable[Path], site_root: Path, intern_root: Path) -> int:
    """`index.html` listing every school of `configs` that has a site now; returns how many.

    Names come from each school's last good build, so a school whose newest
    config fails stays listed with the site it still has. After a sharded CI
    run, call this once over all configs when the shards' folders are merged.
    """
    state = _read_state(Path(intern_root) / STATE_FILE)
    schools, seen = [], set()
    for config in configs:
        if config.stem in seen:
            continue
        seen.add(config.stem)
        if not (Path(site_root) / config.stem / "index.html").is_file():
            continue
        entry = state.get(config.stem)
        if entry is None:
            try:
                school = load_school(config).config.school
            except InputError:
                continue
            entry = {"naam": school.naam, "plaats": school.plaats, "sector": school.sector}
        schools.append({"slug": config.stem, **entry})
    schools.sort(key=lambda s: s["naam"].lower())
    env = Environment(loader=FileSystemLoader(Path(__file__).parent / "templates"), autoescape=select_autoescape())
    write_if_changed(Path(site_root) / "index.html", env.get_template("batch_index.html").render(schools=schools))
    return len(schools)
