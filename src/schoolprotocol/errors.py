"""Exit codes, the errors the command line reports, and the log of an unexpected crash.

No imports beyond the standard library: `check` catches these without importing the build machinery.
"""

from __future__ import annotations

import os
import tempfile
import time
import traceback
from pathlib import Path

#: 0 gelukt, 1 fout in de invoer (configuratie), 2 verkeerde map of verkeerd gebruik, 3 onverwacht of bouwen mislukt.
EXIT_OK, EXIT_INPUT, EXIT_USAGE, EXIT_BUILD = 0, 1, 2, 3


class EngineError(Exception):
    """The generator stopped; the message says why, in words for the school."""


class OutputFolderError(Exception):
    """An output folder we may not use or replace; the message names the folder, why, and what to do."""


class SwapError(Exception):
    """Putting the finished output in place failed; the message says truthfully what is where now."""


def write_crash_log(error: BaseException, command: list[str] | None = None) -> Path:
    """Write the traceback of an unexpected error to a log file outside the project; return its path."""
    stamp = time.strftime("%Y%m%d-%H%M%S")
    fd, name = tempfile.mkstemp(prefix=f"schoolprotocol-fout-{stamp}-", suffix=".log", dir=tempfile.gettempdir())
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        if command is not None:
            handle.write(f"opdracht: schoolprotocol {' '.join(command)}\n")
        handle.write(f"map: {os.getcwd()}\n\n")
        handle.write("".join(traceback.format_exception(type(error), error, error.__traceback__)))
    return Path(name)
