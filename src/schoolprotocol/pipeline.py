"""The whole build for one school: check, then site (and later PDFs), then swap in.

Order matters: everything is validated before the output folders are
touched, and all output is made in a stage folder (see `output.py`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Callable

from .audience import Audience
from .config import InputError, LoadedSchool, Problem, load_school
from .engine import ROOT, build_site
from .facts import Facts, load_facts
from .glossary import TOOLTIPS, generated
from .letters.step import write_letters
from .markup import fix_theme_markup
from .output import staged, write_if_changed
from .paper import write_pdfs
from .prune import prune

GLOSSARY_INCLUDE = ROOT / "includes" / TOOLTIPS


@dataclass(frozen=True)
class Checked:
    school: LoadedSchool
    facts: Facts
    notices: tuple[str, ...] = field(default=())


def check(config_path: Path, *, today: date | None = None) -> Checked:
    """Validate the school's config and the shared data files; raise `InputError` with all problems."""
    today = today or date.today()
    problems = []
    school = facts = None
    for load in (lambda: load_school(config_path, today=today), load_facts):
        try:
            result = load()
        except InputError as err:
            problems.extend(err.problems)
            continue
        if isinstance(result, LoadedSchool):
            school = result
        else:
            facts = result
    if problems:
        raise InputError(problems)
    assert school is not None and facts is not None
    return Checked(school, facts, (*school.notices, *facts.stale(today), *facts.unverified(school.config.school.sector)))


#: Steps after the two site builds, each `(checked, public_dir, intern_dir) -> None`.
#: They write into the stage folders only. Site steps always run (pruning);
#: document steps (PDFs, letters) can be left out with `documents=False`.
OutputStep = Callable[[Checked, Path, Path], None]
SITE_STEPS: tuple[OutputStep, ...] = (fix_theme_markup, prune)
DOCUMENT_STEPS: tuple[OutputStep, ...] = ()
DOCUMENT_STEPS += (write_pdfs,)  # protocol, incident card and incident form as PDFs (paper/)
DOCUMENT_STEPS += (write_letters,)  # letters and guides as Word files (letters/)


def build(config_path: Path, site_dir: Path, intern_dir: Path, *, strict: bool = True,
          documents: bool = True) -> Checked:
    """Build the public site into `site_dir` and the staff output into `intern_dir`.

    Both appear whole or not at all. `intern_dir` holds names and direct
    numbers; it is never inside `site_dir`, so it is never published by accident.
    """
    site_dir, intern_dir = Path(site_dir).resolve(), Path(intern_dir).resolve()
    if intern_dir == site_dir or site_dir in intern_dir.parents:
        raise InputError([Problem(Path("intern"), "De interne map mag niet in de openbare site staan.",
                                  found=str(intern_dir), hint="Kies een map buiten de site, zoals 'intern'.")])
    checked = check(config_path)
    for path, text in generated(checked.facts, GLOSSARY_INCLUDE.parent).items():  # tooltips and the glossary list
        write_if_changed(path, text)
    with staged(site_dir, intern_dir) as (public_stage, intern_stage):
        adopted = checked.school.config.beleid.vastgesteld_op
        # downloads: the pages link to the PDFs only when the document steps make them
        build_site(config_path, public_stage, Audience.PUBLIC, strict=strict, build_date=adopted, downloads=documents)
        build_site(config_path, intern_stage / "site", Audience.STAFF, strict=strict, build_date=adopted,
                   downloads=documents)
        for step in (*SITE_STEPS, *(DOCUMENT_STEPS if documents else ())):
            step(checked, public_stage, intern_stage)
    return checked
