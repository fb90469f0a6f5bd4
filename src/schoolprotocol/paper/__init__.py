"""Print: the protocol as a PDF, the one-page incident card and the fillable incident form.

Outside the site generator on purpose (no MkDocs import): it reads the pages
the generator already built and renders them with its own print templates
(WeasyPrint, paged-media CSS), so the generator can be swapped later.
`write_pdfs` is one of the pipeline's output steps: it writes only into the
stage folders, so a PDF error leaves the previous output untouched.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

from ..audience import Audience
from .documents import card_pdf, form_pdf, protocol_pdf
from .printdata import print_data
from .render import PaperError, Rendered

#: Where the PDFs go: public ones inside the site (published), staff ones next to the staff site.
PUBLIC_PDFS = {"protocol": "downloads/protocol.pdf", "kaart": "downloads/incidentkaart.pdf",
               "formulier": "downloads/incidentformulier.pdf"}
STAFF_PDFS = {"protocol": "protocol-intern.pdf", "kaart": "incidentkaart-intern.pdf",
              "formulier": "incidentformulier-intern.pdf"}

#: Render the public and the staff set at the same time, on two cores. The batch command
#: turns this off: there the schools already keep every core busy.
PARALLEL_AUDIENCES = True

__all__ = ["PARALLEL_AUDIENCES", "PUBLIC_PDFS", "STAFF_PDFS", "PaperError", "write_pdfs"]


def write_pdfs(checked, public_stage: Path, intern_stage: Path) -> None:
    """Output step: the public PDFs from the public site, the staff PDFs from the staff site."""
    sets = {Audience.PUBLIC: (public_stage, public_stage, PUBLIC_PDFS),
            Audience.STAFF: (intern_stage / "site", intern_stage, STAFF_PDFS)}
    global _JOB
    _JOB = (checked, {audience: site_dir for audience, (site_dir, _, _) in sets.items()})
    try:
        if _may_fork():
            with ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("fork")) as pool:
                staff = pool.submit(_render_set, Audience.STAFF)
                made = {Audience.PUBLIC: _render_set(Audience.PUBLIC), Audience.STAFF: staff.result()}
        else:
            made = {audience: _render_set(audience) for audience in sets}
    except BrokenProcessPool as err:  # the second process died (out of memory, killed): say so, keep the old output
        raise PaperError("De PDF's voor het personeel konden niet worden gemaakt: het proces dat ze opmaakte "
                         "stopte onverwacht (te weinig geheugen?). Probeer het opnieuw.") from err
    finally:
        _JOB = None
    for audience, (_, out_dir, names) in sets.items():
        for key, rendered in made[audience].items():
            target = out_dir / names[key]
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(rendered.pdf)


#: What the forked process renders: set just before the fork, so nothing has to be pickled on the way in.
_JOB: tuple | None = None


def _render_set(audience: Audience) -> dict[str, Rendered]:
    checked, site_dirs = _JOB
    data = print_data(checked.school, checked.facts, audience)
    return {"protocol": protocol_pdf(site_dirs[audience], data), "kaart": card_pdf(data), "formulier": form_pdf(data)}


def _may_fork() -> bool:
    """Two processes only where forking is safe and pays: more than one core, no other threads running."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    return PARALLEL_AUDIENCES and hasattr(os, "fork") and cores > 1 and threading.active_count() == 1
