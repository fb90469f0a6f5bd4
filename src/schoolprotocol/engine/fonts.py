"""The site's own typeface: the PDF's Atkinson Hyperlegible Next, served from the site itself.

The site's stylesheet (content/assets/stylesheets/protocol.css) names `assets/fonts/<name>.woff2`
and, as a second choice, `<name>.ttf`. The files come from one place, the PDF's fonts
(`paper/fonts/`), so the site and the PDF always use the same letters. WOFF2 is a third of the
size of the TrueType file; it is made with fontTools and Brotli (both pinned, WeasyPrint needs
them). Without them the TrueType files are copied, which the stylesheet then uses.
"""

from __future__ import annotations

import functools
import io
import shutil
from pathlib import Path

SOURCE = Path(__file__).resolve().parents[1] / "paper" / "fonts"
#: Where the files go inside a built site (the stylesheet refers to them as ../fonts/).
TARGET = Path("assets") / "fonts"
#: The licence travels with the font files (SIL OFL 1.1 asks for it).
LICENCE = "OFL.txt"


@functools.lru_cache(maxsize=None)
def _woff2(path: Path, stamp: float) -> bytes | None:
    """The font as WOFF2, made once per process (a batch builds many sites); None without fontTools/Brotli."""
    try:
        from fontTools.ttLib import TTFont
        import brotli  # noqa: F401  (fontTools needs it for WOFF2)
    except ImportError:
        return None
    font = TTFont(path)
    font.flavor = "woff2"
    out = io.BytesIO()
    font.save(out)
    return out.getvalue()


def copy_fonts(site_dir: Path) -> list[Path]:
    """Put the site's font files into `site_dir`; return the files written."""
    target = Path(site_dir) / TARGET
    target.mkdir(parents=True, exist_ok=True)
    written = []
    for font in sorted(SOURCE.glob("*.ttf")):
        data = _woff2(font, font.stat().st_mtime)
        if data is None:
            written.append(Path(shutil.copyfile(font, target / font.name)))
        else:
            out = target / font.with_suffix(".woff2").name
            out.write_bytes(data)
            written.append(out)
    written.append(Path(shutil.copyfile(SOURCE / LICENCE, target / LICENCE)))
    return written
