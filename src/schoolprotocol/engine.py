"""The site generator, behind one function: build a site for one config and audience.

This is the only module (besides the `macros/` adapter) that imports MkDocs,
so a move to another generator replaces this file, not the pipeline.
Per-school settings go through a small generated file with `INHERIT:
mkdocs.yml`, because keyword overrides to `load_config` replace whole
sections (`extra`, `theme`) instead of merging them.
"""

from __future__ import annotations

import logging
import os
import tempfile
from pathlib import Path

import yaml

from .audience import Audience

ROOT = Path(__file__).resolve().parents[2]
MKDOCS_FILE = ROOT / "mkdocs.yml"


class EngineError(Exception):
    """The generator stopped; the message says why, in words for the school."""


class _Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


def _settings_file(config_path: Path, audience: Audience, site_dir: Path) -> Path:
    """A throw-away MkDocs file in the project root, so every relative path still resolves."""
    settings = {
        "INHERIT": MKDOCS_FILE.name,
        "site_dir": str(site_dir),
        # downloads: this build is followed by the PDF step, so the pages may link to the PDFs.
        "extra": {"schoolprotocol": {"config": str(config_path.resolve()), "doelgroep": audience.value,
                                     "downloads": True}},
    }
    fd, name = tempfile.mkstemp(prefix=".mkdocs-", suffix=".yml", dir=ROOT)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        yaml.safe_dump(settings, handle, allow_unicode=True)
    return Path(name)


def build_site(config_path: Path, site_dir: Path, audience: Audience = Audience.PUBLIC, *, strict: bool = True) -> list[str]:
    """Build into `site_dir` (which the caller stages); return MkDocs' warnings."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config
    from mkdocs.exceptions import Abort, MkDocsException

    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    collect = _Collect()
    mkdocs_log = logging.getLogger("mkdocs")
    mkdocs_log.addHandler(collect)
    settings = _settings_file(config_path, audience, site_dir)
    previous = Path.cwd()
    try:
        os.chdir(ROOT)  # snippets resolve includes/ from the working directory
        config = load_config(config_file=str(settings), strict=strict)
        config.plugins.on_startup(command="build", dirty=False)
        try:
            build(config)
        finally:
            config.plugins.on_shutdown()
    except (Abort, MkDocsException) as err:
        detail = "\n".join(collect.messages) or str(err)
        raise EngineError(f"De site kon niet worden gebouwd.\n{detail}") from None
    except SystemExit as err:  # mkdocs-macros stops a page with a macro error this way
        detail = "\n".join(collect.messages) or f"code {err.code}"
        raise EngineError(f"Een pagina bevat een fout in een macro; de site is niet gebouwd.\n{detail}") from None
    finally:
        os.chdir(previous)
        mkdocs_log.removeHandler(collect)
        settings.unlink(missing_ok=True)
    return collect.messages
