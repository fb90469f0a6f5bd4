"""Where the project's own files are: the one place that knows the layout.

The national text, theme overrides, data and settings sit at the top level
of the repository (the design card's layout), next to `src/`. An installed
wheel carries the same files inside the package, in `schoolprotocol/project/`
(mapped there by `pyproject.toml`). Everything else receives these paths from
here; files that live beside a module (paper templates, fonts, the school
folder's templates) stay with that module.
"""

from __future__ import annotations

from pathlib import Path

PACKAGE = Path(__file__).resolve().parent
"""The code: `src/schoolprotocol` in a checkout, the installed package otherwise."""
_INSTALLED = PACKAGE / "project"

INSTALLED = (_INSTALLED / "mkdocs.yml").is_file()
"""True when running from a wheel; False in a source checkout (also an editable install)."""

PROJECT = _INSTALLED if INSTALLED else PACKAGE.parents[1]
"""The folder with `mkdocs.yml`, `content/`, `overrides/`, `data/`, `macros/`, `schema/`."""

MKDOCS_FILE = PROJECT / "mkdocs.yml"
CONTENT = PROJECT / "content"
DATA = PROJECT / "data"
SCHEMA_FILE = PROJECT / "schema" / "school_config.schema.json"
EXAMPLES = PROJECT / "voorbeelden"
"""The filled-in example configs per sector (`po.yml`, `vo.yml`, `mbo.yml`): where `nieuw` starts."""

# Only in a source checkout: what `genereer` rewrites and reads.
CHECKOUT = None if INSTALLED else PROJECT
"""The repository, or None in an installed package."""
README = PROJECT / "README.md"
CONFIGURATOR = PROJECT / "configurator"
EXAMPLE_CONFIG = PROJECT / "school_config.yml"
