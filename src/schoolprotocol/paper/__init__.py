"""Print: the protocol as a PDF, the one-page incident card and the fillable incident form.

Outside the site generator on purpose (no MkDocs import): it reads the pages
the generator already built and renders them with its own print templates
(WeasyPrint, paged-media CSS), so the generator can be swapped later.
`write_pdfs` is one of the pipeline's output steps: it writes only into the
stage folders, so a PDF error leaves the previous output untouched.
"""

from __future__ import annotations

from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .. import parallel
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

__all__ = ["PDFS", "PUBLIC_PDFS", "STAFF_PDFS", "PaperDocument", "PaperError", "write_pdfs"]


#: What the second process makes when there is one (`parallel`): the staff protocol, the longest document
#: (the staff site has more pages than the public one), and both incident cards. This process makes the
#: public protocol and both forms, and then the letters (the next step): about equal halves.
OTHER_PROCESS = frozenset({(Audience.STAFF, "protocol"), (Audience.STAFF, "kaart"), (Audience.PUBLIC, "kaart")})


def write_pdfs(checked, public_stage: Path, intern_stage: Path) -> None:
    """Output step: every document in `PDFS`, made from its reader's view.

    The protocol is made from the site built for that view (the public site or the staff site).
    """
    global _JOB
    site_dirs = {Audience.PUBLIC: public_stage, Audience.STAFF: intern_stage / "site"}
    wanted = list(dict.fromkeys((d.reader.view, d.key) for d in PDFS))
    there = [task for task in wanted if task in OTHER_PROCESS]
    here = [task for task in wanted if task not in OTHER_PROCESS]
    _JOB = (checked, site_dirs)
    try:
        if there and here and parallel.may_fork():
            with parallel.pool() as pool:
                other = pool.submit(_render, there)
                made = _render(here)
                made.update(other.result())
        else:
            made = _render(wanted)
    except BrokenProcessPool as err:  # the second process died (out of memory, killed): say so, keep the old output
        raise PaperError("De PDF's voor het personeel konden niet worden gemaakt: het proces dat ze opmaakte "
                         "stopte onverwacht (te weinig geheugen?). Probeer het opnieuw.") from err
    finally:
        _JOB = None
    for document in PDFS:
        target = output_root(document.reader, public_stage, intern_stage) / document.path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(made[document.reader.view, document.key].pdf)


#: What the forked process renders: set just before the fork, so nothing has to be pickled on the way in.
_JOB: tuple | None = None


def _render(tasks: list[tuple[Audience, str]]) -> dict[tuple[Audience, str], Rendered]:
    """The documents `(view, key)`, in this order; each view's print data is made once."""
    checked, site_dirs = _JOB
    data: dict[Audience, Any] = {}
    made = {}
    for view, key in tasks:
        if view not in data:
            data[view] = print_data(checked.school, checked.facts, view, checked.contexts[view])
        if key == "protocol":
            made[view, key] = protocol_pdf(site_dirs[view], data[view])
        elif key == "kaart":
            made[view, key] = card_pdf(data[view])
        else:
            made[view, key] = form_pdf(data[view])
    return made
