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
from dataclasses import dataclass
from pathlib import Path

from ..audience import Audience, Reader, output_root
from .documents import card_pdf, form_pdf, protocol_pdf
from .printdata import print_data
from .render import PaperError, Rendered


@dataclass(frozen=True)
class PaperDocument:
    key: str
    """Which document: `protocol`, `kaart` (incident card) or `formulier` (incident form)."""
    path: str
    """Where it goes, inside its reader's output (`audience.output_root`)."""
    reader: Reader
    """Who reads it; decides the view it is made from (see `audience.Reader`)."""


#: Every PDF the build makes. Public ones are inside the site (published); staff ones next to the staff site.
PDFS = (
    PaperDocument("protocol", "downloads/protocol.pdf", Reader.PUBLIC),
    PaperDocument("kaart", "downloads/incidentkaart.pdf", Reader.PUBLIC),
    PaperDocument("formulier", "downloads/incidentformulier.pdf", Reader.PUBLIC),
    PaperDocument("protocol", "protocol-intern.pdf", Reader.STAFF),
    PaperDocument("kaart", "incidentkaart-intern.pdf", Reader.STAFF),
    PaperDocument("formulier", "incidentformulier-intern.pdf", Reader.STAFF),
)
PUBLIC_PDFS = {d.key: d.path for d in PDFS if d.reader is Reader.PUBLIC}
STAFF_PDFS = {d.key: d.path for d in PDFS if d.reader is Reader.STAFF}

#: Render the public and the staff view at the same time, on two cores. The batch command
#: turns this off: there the schools already keep every core busy.
PARALLEL_AUDIENCES = True

__all__ = ["PARALLEL_AUDIENCES", "PDFS", "PUBLIC_PDFS", "STAFF_PDFS", "PaperDocument", "PaperError", "write_pdfs"]


def write_pdfs(checked, public_stage: Path, intern_stage: Path) -> None:
    """Output step: every document in `PDFS`, made from its reader's view.

    The protocol is made from the site built for that view (the public site or the staff site).
    """
    global _JOB
    site_dirs = {Audience.PUBLIC: public_stage, Audience.STAFF: intern_stage / "site"}
    keys = {view: sorted({d.key for d in PDFS if d.reader.view is view}) for view in Audience}
    _JOB = (checked, site_dirs, keys)
    try:
        if _may_fork() and keys[Audience.STAFF] and keys[Audience.PUBLIC]:
            with ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("fork")) as pool:
                staff = pool.submit(_render_set, Audience.STAFF)
                made = {Audience.PUBLIC: _render_set(Audience.PUBLIC), Audience.STAFF: staff.result()}
        else:
            made = {view: _render_set(view) for view in Audience if keys[view]}
    except BrokenProcessPool as err:  # the second process died (out of memory, killed): say so, keep the old output
        raise PaperError("De PDF's voor het personeel konden niet worden gemaakt: het proces dat ze opmaakte "
                         "stopte onverwacht (te weinig geheugen?). Probeer het opnieuw.") from err
    finally:
        _JOB = None
    for document in PDFS:
        target = output_root(document.reader, public_stage, intern_stage) / document.path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(made[document.reader.view][document.key].pdf)


#: What the forked process renders: set just before the fork, so nothing has to be pickled on the way in.
_JOB: tuple | None = None


def _render_set(view: Audience) -> dict[str, Rendered]:
    checked, site_dirs, keys = _JOB
    data = print_data(checked.school, checked.facts, view, checked.contexts[view])
    make = {"protocol": lambda: protocol_pdf(site_dirs[view], data), "kaart": lambda: card_pdf(data),
            "formulier": lambda: form_pdf(data)}
    return {key: make[key]() for key in keys[view]}


def _may_fork() -> bool:
    """Two processes only where forking is safe and pays: more than one core, no other threads running."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    return PARALLEL_AUDIENCES and hasattr(os, "fork") and cores > 1 and threading.active_count() == 1
