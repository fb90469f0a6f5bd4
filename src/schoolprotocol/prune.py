"""Keep the built sites lean: remove files a reader's browser never asks for.

Material ships source maps (for its own developers) and the search-language
files of about thirty languages. The site searches in the languages its search
index names (Dutch), so the other languages are dead weight on every school's
web host. Which files a language needs follows Material's search worker: the
stemmer support file, one file per language other than English, `multi` when
there are several, and a word splitter for Japanese, Hindi and Thai.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

LUNR = Path("assets/javascripts/lunr")
SEARCH_INDEX = Path("search/search_index.json")
_MAP_COMMENT = re.compile(rb"\n?(//# sourceMappingURL=\S+\.map|/\*# sourceMappingURL=\S+\.map \*/)\s*$")


def search_languages(site: Path) -> list[str] | None:
    """The languages the site's search index uses; None when the site has no search."""
    index = site / SEARCH_INDEX
    if not index.is_file():
        return None
    return list(json.loads(index.read_text(encoding="utf-8")).get("config", {}).get("lang", ["en"]))


def lunr_files_needed(languages: list[str]) -> set[str]:
    """File names under `lunr/` that Material's search worker loads for these languages."""
    needed = {f"min/lunr.{lang}.min.js" for lang in languages if lang != "en"}
    if len(languages) > 1:
        needed.add("min/lunr.multi.min.js")
    if "ja" in languages:
        needed.add("tinyseg.js")
    if {"hi", "th"} & set(languages):
        needed.add("wordcut.js")
    if needed:
        needed.add("min/lunr.stemmer.support.min.js")
    return needed


def prune_site(site: Path) -> list[Path]:
    """Remove source maps and unused search languages from one built site; return what went."""
    removed = []
    for source_map in sorted(site.rglob("*.map")):
        owner = source_map.with_suffix("")  # bundle.js.map belongs to bundle.js
        if owner.is_file():
            owner.write_bytes(_MAP_COMMENT.sub(b"\n", owner.read_bytes()))
        source_map.unlink()
        removed.append(source_map)
    lunr = site / LUNR
    if lunr.is_dir():
        languages = search_languages(site)
        keep = lunr_files_needed(languages) if languages is not None else set()
        for file in sorted(p for p in lunr.rglob("*") if p.is_file()):
            if file.relative_to(lunr).as_posix() not in keep:
                file.unlink()
                removed.append(file)
        for folder in sorted((p for p in lunr.rglob("*") if p.is_dir()), reverse=True):
            if not any(folder.iterdir()):
                folder.rmdir()
        if not any(lunr.iterdir()):
            lunr.rmdir()
    return removed


def prune(checked, public_stage: Path, intern_stage: Path) -> None:
    """Output step: prune the public site and the staff site."""
    for site in (public_stage, intern_stage / "site"):
        if site.is_dir():
            prune_site(site)
