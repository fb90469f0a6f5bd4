"""HTML to PDF: our Jinja print templates, rendered by WeasyPrint, the same bytes every time.

Reproducible: no build time goes in (the only date is the adoption date from
the config), the PDF identifier is a hash of the content, fonts come from
this package. Offline: WeasyPrint may read only `data:` addresses and files
inside the folders it is given, never another host.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable

import weasyprint
from markupsafe import Markup
from jinja2 import FileSystemLoader, StrictUndefined, select_autoescape
from weasyprint.urls import URLFetcher

from ..engine import EngineError
from ..jinjacache import Environment
from . import leaders

HERE = Path(__file__).resolve().parent
TEMPLATES = HERE / "templates"
FONTS = HERE / "fonts"

#: Tagged PDF for screen readers (PDF/UA-1: structure tree, MarkInfo, language, title).
PDF_OPTIONS: dict[str, Any] = {
    "pdf_variant": "pdf/ua-1",
    "pdf_identifier": True,  # an MD5 of the content: stable for the same content
    "optimize_images": False,
    "uncompressed_pdf": False,
}


class PaperError(EngineError):
    """A PDF could not be made; the message says why, in words for the school.

    A kind of `EngineError`, so the command line reports it the same way: exit code 3,
    and the previous output is untouched.
    """


class LocalFetcher(URLFetcher):
    """Only `data:` URIs and files inside the allowed folders; nothing from another host."""

    def __init__(self, roots: Iterable[Path]) -> None:
        super().__init__(allowed_protocols={"file", "data"}, allow_redirects=False)
        self.roots = tuple(Path(r).resolve() for r in roots)

    def fetch(self, url: str, headers: Any = None):  # noqa: D401 - WeasyPrint's interface
        if url.startswith("file:"):
            from urllib.request import url2pathname
            path = Path(url2pathname(url.split("?", 1)[0].split("#", 1)[0].removeprefix("file:"))).resolve()
            if not any(root == path or root in path.parents for root in self.roots):
                raise ValueError(f"buiten de toegestane mappen: {url}")
        return super().fetch(url, headers)


def environment() -> Environment:
    from ..render import html

    env = Environment(
        loader=FileSystemLoader(str(TEMPLATES)),
        autoescape=select_autoescape(default=True, default_for_string=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters.update({"datum": html.datum, "hoofdletter": _keep_safe(html.hoofdletter),
                        "kleine_letter": _keep_safe(html.kleine_letter)})
    return env


def _keep_safe(function):
    """The site's text filters return plain strings; escaped input stays escaped (not escaped twice)."""
    def wrapped(value: Any, *args: Any) -> Any:
        result = function(value, *args)
        return Markup(result) if hasattr(value, "__html__") else result
    return wrapped


_ENV: Environment | None = None


def template_html(name: str, **variables: Any) -> str:
    global _ENV
    if _ENV is None:
        _ENV = environment()
    return _ENV.get_template(name).render(**variables)


@dataclass(frozen=True)
class Rendered:
    pdf: bytes
    pages: int


class _Warnings(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


def render(html: str, *, roots: Iterable[Path] = (), forms: bool = False) -> tuple[weasyprint.Document, list[str]]:
    """Lay out `html`; return the document (for its page count) and WeasyPrint's warnings."""
    leaders.install()  # the table of contents' dots in runs of text, not one box per dot (leaders.py)
    fetcher = LocalFetcher((TEMPLATES, FONTS, *roots))
    log = logging.getLogger("weasyprint")
    collect = _Warnings()
    log.addHandler(collect)
    previous = log.propagate
    log.propagate = False  # warnings are collected, not printed in the middle of the build output
    try:
        document = weasyprint.HTML(string=html, base_url=TEMPLATES.as_uri() + "/", url_fetcher=fetcher).render(
            pdf_forms=forms, **PDF_OPTIONS)
    except Exception as err:  # WeasyPrint raises many kinds; the school needs one message
        raise PaperError(f"De PDF kon niet worden opgemaakt: {err}") from err
    finally:
        log.removeHandler(collect)
        log.propagate = previous
    return document, collect.messages


def write(document: weasyprint.Document, *, forms: bool = False) -> bytes:
    try:
        return document.write_pdf(pdf_forms=forms, **PDF_OPTIONS)
    except Exception as err:
        raise PaperError(f"De PDF kon niet worden geschreven: {err}") from err


def pdf_from_html(html: str, *, roots: Iterable[Path] = (), forms: bool = False) -> Rendered:
    document, _ = render(html, roots=roots, forms=forms)
    return Rendered(write(document, forms=forms), len(document.pages))
