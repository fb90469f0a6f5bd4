"""The document steps (PDFs, Word letters) as the pipeline lists them, imported only when they run.

`pipeline.check` shares its module with `build`; without this indirection a plain
`schoolprotocol check` would import WeasyPrint (0.4 s) and python-docx for nothing.
"""

from __future__ import annotations

from pathlib import Path


def write_pdfs(checked, public_dir: Path, intern_dir: Path) -> None:
    """Protocol, incident card and incident form as PDFs (see `paper`)."""
    from .paper import write_pdfs as step

    step(checked, public_dir, intern_dir)


def write_letters(checked, public_dir: Path, intern_dir: Path) -> None:
    """Letters and guides as Word files (see `letters.step`)."""
    from .letters.step import write_letters as step

    step(checked, public_dir, intern_dir)
