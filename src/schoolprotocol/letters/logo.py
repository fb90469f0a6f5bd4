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

from ..config import Logo

log = logging.getLogger("schoolprotocol")

#: Width of the PNG in pixels: sharp on paper at the size of a letterhead logo.
RASTER_WIDTH = 600


def word_logo(logo: Logo) -> bytes | None:
    """PNG or JPEG bytes, or None when the logo cannot be drawn (the letters then go without)."""
    if logo.mime in ("image/png", "image/jpeg"):
        return logo.data
    try:
        return _svg_to_png(logo.data)
    except Exception as err:  # noqa: BLE001 - any drawing failure: leave the logo out, say so
        log.warning("Het logo kon niet als plaatje voor Word worden gemaakt (%s); de Word-bestanden "
                    "krijgen geen logo. Een PNG-logo naast het SVG-logo lost dit op.", err)
        return None


def svg_aspect(data: bytes) -> float:
    """Height divided by width, from the viewBox or the width and height attributes."""
    root = ET.fromstring(data.decode("utf-8"))
    box = root.get("viewBox")
    if box:
        numbers = [float(n) for n in re.split(r"[\s,]+", box.strip())]
        if len(numbers) == 4 and numbers[2] > 0 and numbers[3] > 0:
            return numbers[3] / numbers[2]
    width, height = (_length(root.get(name)) for name in ("width", "height"))
    return height / width if width and height else 1.0


def _length(value: str | None) -> float | None:
    match = re.match(r"^\s*([0-9.]+)", value or "")
    return float(match.group(1)) if match else None


@lru_cache(maxsize=8)
def _svg_to_png(data: bytes) -> bytes:
    import base64

    import pypdfium2
    from weasyprint import HTML

    width = 300  # CSS pixels; the PNG is drawn at twice that
    height = max(1, round(width * svg_aspect(data)))
    uri = "data:image/svg+xml;base64," + base64.b64encode(data).decode("ascii")
    page = (f"<style>@page{{size:{width}px {height}px;margin:0}}html,body{{margin:0}}"
            f"img{{display:block;width:{width}px;height:{height}px}}</style><img src=\"{uri}\" alt=\"\">")
    pdf = pypdfium2.PdfDocument(HTML(string=page).write_pdf())
    try:
        pdf_page = pdf[0]
        scale = RASTER_WIDTH / pdf_page.get_width()
        image = pdf_page.render(scale=scale, fill_color=(255, 255, 255, 0)).to_pil()
    finally:
        pdf.close()
    out = BytesIO()
    image.save(out, format="PNG", optimize=True)
    return out.getvalue()
