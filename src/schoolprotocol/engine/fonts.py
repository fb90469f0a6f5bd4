"""The site's own typeface: the PDF's Atkinson Hyperlegible Next, served from the site itself.

The site's stylesheet (content/assets/stylesheets/protocol.css) names `assets/fonts/<name>.woff2`
and, as a second choice, `<name>.ttf`. The letters come from one place, the PDF's fonts
(`paper/fonts/`), so the site and the PDF always use the same letters. WOFF2 is a third of the
size of the TrueType file. Making it (fontTools and Brotli at their best compression) took half
a second of every cold build, so the WOFF2 files are made once and kept beside the TrueType files:
`python -m schoolprotocol.engine.fonts` makes them again after a font update, and a test checks
that each one holds the same font as its TrueType file.
"""

from __future__ import annotations

import io
import shutil
import sys
from pathlib import Path

SOURCE = Path(__file__).resolve().parents[1] / "paper" / "fonts"
#: Where the files go inside a built site (the stylesheet refers to them as ../fonts/).
TARGET = Path("assets") / "fonts"
#: The licence travels with the font files (SIL OFL 1.1 asks for it).
LICENCE = "OFL.txt"


def woff2(path: Path) -> bytes:
    """The TrueType font at `path` as WOFF2 (fontTools and Brotli)."""
    from fontTools.ttLib import TTFont

    font = TTFont(path)
    font.flavor = "woff2"
    out = io.BytesIO()
    font.save(out)
    return out.getvalue()


def copy_fonts(site_dir: Path) -> list[Path]:
    """Put the site's font files into `site_dir`; return the files written.

    The WOFF2 file kept beside each TrueType file; the TrueType file itself if that is missing
    (the stylesheet's second choice).
    """
    target = Path(site_dir) / TARGET
    target.mkdir(parents=True, exist_ok=True)
    written = []
    for font in sorted(SOURCE.glob("*.ttf")):
        made = font.with_suffix(".woff2")
        source = made if made.is_file() else font
        written.append(Path(shutil.copyfile(source, target / source.name)))
    written.append(Path(shutil.copyfile(SOURCE / LICENCE, target / LICENCE)))
    return written


def main() -> int:
    """Make the WOFF2 file beside every TrueType file in `paper/fonts/` (after a font update)."""
    for font in sorted(SOURCE.glob("*.ttf")):
        font.with_suffix(".woff2").write_bytes(woff2(font))
        print(font.with_suffix(".woff2").name)
    return 0


if __name__ == "__main__":
    sys.exit(main())
