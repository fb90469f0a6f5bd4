"""Where the project's own files are: the one place that knows the layout.

The national text, theme overrides, data and settings sit at the top level
of the project (the design card's layout), next to `src/`. Everything else
receives these paths from here; files that live beside a module (paper
templates, fonts) stay with that module.
"""

from __future__ import annotations

from pathlib import Path

PROJECT = Path(__file__).resolve().parents[2]
"""The project folder: `mkdocs.yml`, `content/`, `overrides/`, `data/`, `macros/`."""

MKDOCS_FILE = PROJECT / "mkdocs.yml"
CONTENT = PROJECT / "content"
DATA = PROJECT / "data"
SCHEMA_FILE = PROJECT / "schema" / "school_config.schema.json"
README = PROJECT / "README.md"
CONFIGURATOR = PROJECT / "configurator"
EXAMPLE_CONFIG = PROJECT / "school_config.yml"
