"""The school's logo as a picture Word can show everywhere (PNG or JPEG).

Older Word versions and several viewers cannot show SVG. We draw an SVG
logo with WeasyPrint (already used for the PDFs) and turn that one-page PDF
into a PNG with pypdfium2, so no system tool is needed.
"""

from __future__ import annotations

import logging
import re
import xml.etree.ElementTree as ET
from functools import lru_cache
from io import BytesIO
from typing import Any

from ..config import Logo

log = logging.getLogger("schoolprotocol")

#: Width of the PNG in pixels: sharp on paper at the size of a letterhead logo.
RASTER_WIDTH = 600


def word_logo(logo: Logo) -> bytes | None:
    """PNG or JPEG bytes, or None when the logo cannot be drawn (the letters then go without)."""
    if logo.mime in ("image/png", "image/jpeg"):
        return logo.data
    try:
        png, refused = _svg_to_png(logo.data)
    except Exception as err:  # noqa: BLE001 - any drawing failure: leave the logo out, say so
        detail = str(err).strip()
        log.warning("Het logo kon niet als plaatje voor Word worden gemaakt; de Word-bestanden krijgen geen "
                    "logo. Een PNG-logo in plaats van het SVG-logo lost dit op.%s",
                    f" (technisch: {detail})" if detail else "")
        return None
    if refused:
        shown = ", ".join(refused[:3]) + (" en meer" if len(refused) > 3 else "")
        log.warning("Het SVG-logo verwijst naar een plaatje buiten het logobestand (%s). Dat halen we niet op: "
                    "het logo in de Word-bestanden is zonder dat plaatje gemaakt. Neem het plaatje op in het "
                    "SVG-bestand zelf (als data:-adres), of gebruik een PNG-logo.", shown)
    return png


def data_only_fetcher() -> Any:
    """A WeasyPrint fetcher for `data:` addresses only: an SVG logo never makes a request or reads a
    file (as in the PDF step). The addresses it refused are in its `refused` list."""
    from weasyprint.urls import URLFetcher

    class DataOnlyFetcher(URLFetcher):
        def __init__(self) -> None:
            super().__init__(allowed_protocols={"data"}, allow_redirects=False)
            self.refused: list[str] = []

        def fetch(self, url: str, headers: Any = None):  # noqa: D401 - WeasyPrint's interface
            if not url.strip().lower().startswith("data:"):
                if url not in self.refused:
                    self.refused.append(url)
                raise ValueError("alleen data:-adressen zijn toegestaan")
            return super().fetch(url, headers)

    return DataOnlyFetcher()


def svg_aspect(data: bytes) -> float:
    """Height divided by width, from the viewBox or the width and height attributes."""
    root = ET.fromstring(data)  # bytes: the XML declaration names the encoding
    box = root.get("viewBox")
    if box:
        try:
            numbers = [float(n) for n in re.split(r"[\s,]+", box.strip())]
        except ValueError:
            numbers = []
        if len(numbers) == 4 and numbers[2] > 0 and numbers[3] > 0:
            return numbers[3] / numbers[2]
    width, height = (_length(root.get(name)) for name in ("width", "height"))
    return height / width if width and height else 1.0


def _length(value: str | None) -> float | None:
    match = re.match(r"^\s*([0-9]*\.?[0-9]+)", value or "")
    return float(match.group(1)) if match else None


class _Quiet(logging.Handler):
    """Keeps WeasyPrint's English messages out of the build output; `word_logo` says it in Dutch."""

    def emit(self, record: logging.LogRecord) -> None:
        pass


@lru_cache(maxsize=8)
def _svg_to_png(data: bytes) -> tuple[bytes, tuple[str, ...]]:
    """The PNG and the addresses it referred to but did not get."""
    import base64

    import pypdfium2
    from weasyprint import HTML

    width = 300  # CSS pixels; the PNG is drawn at twice that
    height = max(1, round(width * svg_aspect(data)))
    uri = "data:image/svg+xml;base64," + base64.b64encode(data).decode("ascii")
    page = (f"<style>@page{{size:{width}px {height}px;margin:0}}html,body{{margin:0}}"
            f"img{{display:block;width:{width}px;height:{height}px}}</style><img src=\"{uri}\" alt=\"\">")
    fetcher = data_only_fetcher()
    weasy_log = logging.getLogger("weasyprint")
    quiet, previous = _Quiet(), weasy_log.propagate
    weasy_log.addHandler(quiet)
    weasy_log.propagate = False
    handlers = [h for h in weasy_log.handlers if h is not quiet]
    for handler in handlers:
        weasy_log.removeHandler(handler)
    try:
        pdf_bytes = HTML(string=page, url_fetcher=fetcher).write_pdf()
    finally:
        weasy_log.removeHandler(quiet)
        for handler in handlers:
            weasy_log.addHandler(handler)
        weasy_log.propagate = previous
    pdf = pypdfium2.PdfDocument(pdf_bytes)
    try:
        pdf_page = pdf[0]
        scale = RASTER_WIDTH / pdf_page.get_width()
        image = pdf_page.render(scale=scale, fill_color=(255, 255, 255, 0)).to_pil()
    finally:
        pdf.close()
    out = BytesIO()
    image.save(out, format="PNG", optimize=True)
    return out.getvalue(), tuple(fetcher.refused)
