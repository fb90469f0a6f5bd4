"""The whole build for one school: check, then site (and later PDFs), then swap in.

Order matters: everything is validated before the output folders are
touched, and all output is made in a stage folder (see `output.py`).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any, Callable

from . import parallel
from .audience import Audience, Reader, output_root
from .config import InputError, LoadedSchool, load_school
from .engine import EngineError, build_site, clean_stale_settings, fix_theme_markup, preload
from .eigen import NONE, Eigen, folder_for, load_eigen
from .facts import Facts, load_facts
from .document_steps import write_letters, write_pdfs  # import WeasyPrint and python-docx when they run
from .pages import ContentPage, content_pages, public_exclusions
from .output import check_apart, check_target, previous_files, staged
from .prune import prune
from .sectorwords import sector_word_notices
from .version import version_notices


@dataclass(frozen=True)
class Checked:
    school: LoadedSchool
    facts: Facts
    notices: tuple[str, ...] = field(default=())
    pages: tuple[ContentPage, ...] = field(default=())
    """The content pages with their declared readers (front matter `lezer:`)."""
    eigen: Eigen = NONE
    """The school's own text (`eigen/` next to the config): additions at named places and own pages."""

    @functools.cached_property
    def contexts(self) -> dict[Audience, Any]:
        """The page context per view, made once for every output of the build: both sites, the PDFs, the letters."""
        from .context import build_context  # Markdown and the renderers: not for `check`

        return {view: build_context(self.school, self.facts, view, self.eigen) for view in Audience}


def check(config_path: Path, *, today: date | None = None, eigen_dir: Path | None = None) -> Checked:
    """Validate every input: the school's config, the shared data files and the pages' declarations.

    The school's own text is read from `eigen_dir`, by default `eigen/` next to the config (a batch
    gives each school its own folder, see `batch.eigen_folder`).
    Raise `InputError` with all problems of all files together.
    """
    today = today or date.today()
    problems = []
    loaded: dict[str, Any] = {}
    for name, load in (("school", lambda: load_school(config_path, today=today)), ("facts", load_facts),
                       ("pages", content_pages)):
        try:
            loaded[name] = load()
        except InputError as err:
            problems.extend(err.problems)
    if "pages" in loaded:  # the school's own text: its places and links are checked against the pages
        try:
            loaded["eigen"] = load_eigen(eigen_dir or folder_for(config_path), loaded["pages"])
        except InputError as err:
            problems.extend(err.problems)
    if problems:
        raise InputError(problems)
    school, facts = loaded["school"], loaded["facts"]
    sector = school.config.school.sector
    return Checked(school, facts, (*school.notices, *sector_word_notices(school.source, sector, facts),
                                   *facts.stale(today), *facts.unverified(sector),
                                   *facts.unverified_numbers(sector),
                                   *version_notices(school.config.beleid.tekstversie)), loaded["pages"], loaded["eigen"])


#: The two sites: who reads them, and where they go inside their reader's output (`audience.output_root`).
#: The public site leaves out the pages for staff (`pages.public_exclusions`). Documents declare their
#: own reader (`paper.PDFS`, a page's front matter `lezer:`).
SITES = ((Reader.PUBLIC, "."), (Reader.STAFF, "site"))

#: Steps after the two site builds, each `(checked, public_dir, intern_dir) -> None`.
#: They write into the stage folders only. Site steps always run (pruning);
#: document steps (PDFs, letters) can be left out with `documents=False`.
OutputStep = Callable[[Checked, Path, Path], None]
SITE_STEPS: tuple[OutputStep, ...] = (fix_theme_markup, prune)
DOCUMENT_STEPS: tuple[OutputStep, ...] = ()
DOCUMENT_STEPS += (write_pdfs,)  # protocol, incident card and incident form as PDFs (paper/)
DOCUMENT_STEPS += (write_letters,)  # letters and guides as Word files (letters/)


#: The site builds of the build in progress, for the forked process (`build_sites`): set just before the fork.
_SITE_BUILDS: dict[Reader, Callable[[], Any]] = {}


def build_sites(builds: dict[Reader, Callable[[], Any]]) -> None:
    """Run the site builds: the first here and the others in a forked process at the same time, where that is
    safe and pays (`parallel.may_fork`), else one after the other. A failed build raises its own error."""
    readers = list(builds)
    if len(readers) < 2 or not parallel.may_fork():
        for reader in readers:
            builds[reader]()
        return
    from concurrent.futures.process import BrokenProcessPool

    preload()  # the generator is imported once, before the fork
    _SITE_BUILDS.update(builds)
    try:
        with parallel.pool(len(readers) - 1) as pool:
            others = [pool.submit(_build_site_of, reader) for reader in readers[1:]]
            builds[readers[0]]()
            for other in others:
                other.result()
    except BrokenProcessPool as err:  # the other process died (out of memory, killed): say so, keep the old output
        raise EngineError("De personeelssite kon niet worden gebouwd: het proces dat hem bouwde stopte onverwacht "
                          "(te weinig geheugen?). Probeer het opnieuw.") from err
    finally:
        _SITE_BUILDS.clear()


def _build_site_of(reader: Reader) -> None:
    _SITE_BUILDS[reader]()


def build(config_path: Path, site_dir: Path, intern_dir: Path, *, strict: bool = True,
          documents: bool = True, stage_parents: list[Path] | None = None, eigen_dir: Path | None = None) -> Checked:
    """Build the public site into `site_dir` and the staff output into `intern_dir`.

    Both appear whole or not at all. `intern_dir` holds names and direct
    numbers; it is never inside `site_dir`, so it is never published by accident.
    Both folders must be ours to replace (see `output.check_target`); the
    stages go beside them, or into `stage_parents` (a batch: beside its roots).
    """
    config_path = Path(config_path)
    site_dir = check_target(site_dir, "openbaar", [config_path])
    intern_dir = check_target(intern_dir, "intern", [config_path])
    check_apart(site_dir, intern_dir)
    checked = check(config_path, eigen_dir=eigen_dir)
    logo = checked.school.path.parent / checked.school.config.school.logo
    for target, kind in ((site_dir, "openbaar"), (intern_dir, "intern")):
        check_target(target, kind, [config_path, logo])
    notices = list(checked.notices)
    earlier = [*previous_files(site_dir), *previous_files(intern_dir)]
    if not documents and any(name.endswith((".pdf", ".docx")) for name in earlier):
        notices.append("Let op: met --alleen-site zijn er geen PDF's en Word-bestanden gemaakt. Die van de vorige "
                       "build zijn weggehaald, want ze konden verouderd zijn (en de pagina's linken er nu niet naar). "
                       "Bouw zonder --alleen-site om ze weer te maken.")
    clean_stale_settings()  # left in the project by older versions that were killed mid-build
    carried: list[str] = []
    with staged([(site_dir, "openbaar"), (intern_dir, "intern")], stage_parents=stage_parents,
                carried=carried) as (public_stage, intern_stage):
        adopted = checked.school.config.beleid.vastgesteld_op
        # downloads: the pages link to the PDFs only when the document steps make them
        sites = {reader: functools.partial(
                     build_site, config_path, output_root(reader, public_stage, intern_stage) / folder, reader.view,
                     strict=strict, build_date=adopted, downloads=documents, contexts=checked.contexts,
                     exclude=public_exclusions(checked.pages) if reader is Reader.PUBLIC else [])
                 for reader, folder in SITES}
        build_sites(sites)
        for step in (*SITE_STEPS, *(DOCUMENT_STEPS if documents else ())):
            step(checked, public_stage, intern_stage)
    if carried:
        notices.append(f"Overgenomen uit de vorige versie (niet door de build gemaakt): {', '.join(carried)}.")
    return replace(checked, notices=tuple(notices))
