"""Print: the protocol as a PDF, the one-page incident card and the fillable incident form.

Outside the site generator on purpose (no MkDocs import): it reads the pages
the generator already built and renders them with its own print templates
(WeasyPrint, paged-media CSS), so the generator can be swapped later.
`write_pdfs` is one of the pipeline's output steps: it writes only into the
stage folders, so a PDF error leaves the previous output untouched.
"""

from __future__ import annotations

from pathlib import Path

from ..audience import Audience
from .documents import card_pdf, form_pdf, protocol_pdf
from .printdata import print_data
from .render import PaperError

#: Where the PDFs go: public ones inside the site (published), staff ones next to the staff site.
PUBLIC_PDFS = {"protocol": "downloads/protocol.pdf", "kaart": "downloads/incidentkaart.pdf",
               "formulier": "downloads/incidentformulier.pdf"}
STAFF_PDFS = {"protocol": "protocol-intern.pdf", "kaart": "incidentkaart-intern.pdf",
              "formulier": "incidentformulier-intern.pdf"}

__all__ = ["PUBLIC_PDFS", "STAFF_PDFS", "PaperError", "write_pdfs"]


def write_pdfs(checked, public_stage: Path, intern_stage: Path) -> None:
    """Output step: the public PDFs from the public site, the staff PDFs from the staff site."""
    for audience, site_dir, out_dir, names in (
        (Audience.PUBLIC, public_stage, public_stage, PUBLIC_PDFS),
        (Audience.STAFF, intern_stage / "site", intern_stage, STAFF_PDFS),
    ):
        data = print_data(checked.school, checked.facts, audience)
        made = {
            "protocol": protocol_pdf(site_dir, data),
            "kaart": card_pdf(data),
            "formulier": form_pdf(data),
        }
        for key, rendered in made.items():
            target = out_dir / names[key]
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(rendered.pdf)
