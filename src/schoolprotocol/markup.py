"""Small fixes to HTML that the engine writes invalid and that no template block reaches.

- Material puts `autocomplete="off"` on its two hidden checkboxes (drawer and
  search) in the body of `base.html`, outside any block we can override. HTML
  allows `autocomplete` only on text-like inputs, so the Nu Html Checker
  reports an error on every page. The attribute only stops Firefox from
  restoring an open menu after "back"; valid HTML weighs more, so it goes.
- Python-Markdown's `md_in_html` leaves `markdown="0"` on a block it was told
  not to touch; `markdown` is no HTML attribute. (Inside text and code the
  quotes are escaped, so only real attributes match.)
"""

from __future__ import annotations

import re
from pathlib import Path

_CHECKBOX_AUTOCOMPLETE = re.compile(r'(<input class="md-toggle"[^>]*?type="checkbox"[^>]*?) autocomplete="off"')


_MARKDOWN_ATTRIBUTE = re.compile(r'(<[a-zA-Z][^<>]*?) markdown="[^"<>]*"')


def fix_html(text: str) -> str:
    return _MARKDOWN_ATTRIBUTE.sub(r"\1", _CHECKBOX_AUTOCOMPLETE.sub(r"\1", text))


def fix_site(site: Path) -> None:
    for page in site.rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        fixed = fix_html(text)
        if fixed != text:
            page.write_text(fixed, encoding="utf-8")


def fix_theme_markup(checked, public_stage: Path, intern_stage: Path) -> None:
    """Output step: fix the public site and the staff site."""
    for site in (public_stage, intern_stage / "site"):
        if site.is_dir():
            fix_site(site)
