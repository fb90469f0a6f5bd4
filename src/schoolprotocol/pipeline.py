"""The whole build for one school: check, then site (and later PDFs), then swap in.

Order matters: everything is validated before the output folders are
touched, and all output is made in a stage folder (see `output.py`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from .audience import Audience
from .config import LoadedSchool, load_school
from .engine import ROOT, build_site
from .facts import Facts, load_facts
from .glossary import abbreviations
from .output import staged, write_if_changed

GLOSSARY_INCLUDE = ROOT / "includes" / "begrippen.md"


@dataclass(frozen=True)
class Checked:
    school: LoadedSchool
    facts: Facts
    notices: tuple[str, ...] = field(default=())


def check(config_path: Path, *, today: date | None = None) -> Checked:
    """Validate the school's config and the shared data files; raise `InputError` with all problems."""
    from .config.problems import InputError

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
    return Checked(school, facts, (*school.notices, *facts.stale(today)))


def build(config_path: Path, site_dir: Path, *, strict: bool = True) -> Checked:
    """Build the public site for `config_path` into `site_dir`, whole or not at all."""
    checked = check(config_path)
    write_if_changed(GLOSSARY_INCLUDE, abbreviations(checked.facts))
    with staged(site_dir) as (site_stage,):
        build_site(config_path, site_stage, Audience.PUBLIC, strict=strict)
    return checked
