"""Small fixes to HTML that the engine writes invalid and that no template block reaches.

- Material puts `autocomplete="off"` on its two hidden checkboxes (drawer and
  search) in the body of `base.html`, outside any block we can override. HTML
  allows `autocomplete` only on text-like inputs, so the Nu Html Checker
  reports an error on every page. The attribute only stops Firefox from
  restoring an open menu after "back"; valid HTML weighs more, so it goes.
- Python-Markdown's `md_in_html` leaves `markdown="0"` on a block it was told
  not to touch; `markdown` is no HTML attribute. (Inside text and code the
  quotes are escaped, so only real attributes match.)

And one safety net: every page gets a Content-Security-Policy (a meta tag, the
only way on a static host). Scripts may come from the site itself and, inline,
only if the script is one of the theme's own (Material's partials/javascripts/,
compared with the template text; the only variable part there is the base
address, a plain path). So if a school's value ever became markup despite the
escaping, a browser would still run no script from it. The configurator page
(beheer/configurator.html) needs 'unsafe-eval': its form validator (ajv)
compiles the schema to functions.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import re
from pathlib import Path

_CHECKBOX_AUTOCOMPLETE = re.compile(r'(<input class="md-toggle"[^>]*?type="checkbox"[^>]*?) autocomplete="off"')


_MARKDOWN_ATTRIBUTE = re.compile(r'(<[a-zA-Z][^<>]*?) markdown="[^"<>]*"')


#: Pages that need more than the rest: path inside the site -> extra script-src sources.
EXTRA_SCRIPT_SOURCES = {"beheer/configurator.html": ("'unsafe-eval'",)}

#: What a template expression in one of the theme's inline scripts may become: a base address
#: ('.', '../..', or the path of the site's address, which config/types.py keeps plain).
_TEMPLATE_VALUE = r"[A-Za-z0-9._~%/-]*"
_INLINE_SCRIPT = re.compile(r"<script(?P<attrs>[^>]*)>(?P<body>.*?)</script>", re.S | re.I)
_CHARSET = re.compile(r'<meta charset="utf-8">', re.I)


@functools.cache
def theme_scripts() -> tuple[re.Pattern[str], ...]:
    """The theme's own inline scripts, as patterns made from Material's template text."""
    import material

    folder = Path(material.__file__).parent / "templates" / "partials" / "javascripts"
    found = []
    for template in sorted(folder.glob("*.html")):
        for body in re.findall(r"<script>(.*?)</script>", template.read_text(encoding="utf-8"), re.S):
            parts = re.split(r"\{\{.*?\}\}", body)
            found.append(re.compile(_TEMPLATE_VALUE.join(re.escape(part) for part in parts)))
    return tuple(found)


def _script_hashes(text: str) -> list[str]:
    """sha256 sources for the inline scripts of the theme on this page, in order, without repeats."""
    hashes: list[str] = []
    for match in _INLINE_SCRIPT.finditer(text):
        attrs, body = match.group("attrs"), match.group("body")
        if "src=" in attrs or re.search(r'type="(?!text/javascript|module)', attrs):
            continue  # a file (allowed by 'self') or data such as Material's JSON config
        if any(pattern.fullmatch(body) for pattern in theme_scripts()):
            digest = base64.b64encode(hashlib.sha256(body.encode("utf-8")).digest()).decode("ascii")
            if f"'sha256-{digest}'" not in hashes:
                hashes.append(f"'sha256-{digest}'")
    return hashes


def content_security_policy(text: str, extra_scripts: tuple[str, ...] = ()) -> str:
    """The policy for one page: scripts from the site and the theme's inline scripts only."""
    scripts = " ".join(("'self'", *_script_hashes(text), *extra_scripts))
    return ("default-src 'self'; "
            f"script-src {scripts}; "
            "style-src 'self' 'unsafe-inline'; "  # the school's colours (<style>) and chapter counters (style=)
            "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; worker-src 'self'; "
            "object-src 'none'; base-uri 'self'; form-action 'self'")


def add_policy(text: str, extra_scripts: tuple[str, ...] = ()) -> str:
    """The page with its Content-Security-Policy as the first thing after the charset."""
    if 'http-equiv="Content-Security-Policy"' in text:
        return text
    policy = content_security_policy(text, extra_scripts)
    tag = f'<meta http-equiv="Content-Security-Policy" content="{policy}">'
    return _CHARSET.sub(lambda m: m.group() + "\n    " + tag, text, count=1)


def fix_html(text: str, extra_scripts: tuple[str, ...] = ()) -> str:
    text = _MARKDOWN_ATTRIBUTE.sub(r"\1", _CHECKBOX_AUTOCOMPLETE.sub(r"\1", text))
    return add_policy(text, extra_scripts)


def fix_site(site: Path) -> None:
    for page in site.rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        fixed = fix_html(text, EXTRA_SCRIPT_SOURCES.get(page.relative_to(site).as_posix(), ()))
        if fixed != text:
            page.write_text(fixed, encoding="utf-8")


def fix_theme_markup(checked, public_stage: Path, intern_stage: Path) -> None:
    """Output step: fix the public site and the staff site."""
    for site in (public_stage, intern_stage / "site"):
        if site.is_dir():
            fix_site(site)
