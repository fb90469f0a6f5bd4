"""Output appears whole or not at all.

Every build writes into a fresh stage folder next to its targets and swaps
the finished folders in at the end. If anything fails before that (bad
config, macro error, PDF error, a full disk), the previous output is exactly
as it was and the stage is removed.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import shutil
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

_AT_FDCWD = -100
_RENAME_EXCHANGE = 2


def _libc_renameat2():
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        function = libc.renameat2
    except (OSError, AttributeError):
        return None
    function.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    return function


_renameat2 = _libc_renameat2()


def exchange(new: Path, target: Path) -> Path | None:
    """Put `new` at `target`; return where the old target now is (or None).

    On Linux the swap is one atomic step (renameat2 with RENAME_EXCHANGE), so
    a reader never sees a missing or half-written folder; elsewhere two renames.
    """
    if not target.exists():
        os.rename(new, target)
        return None
    if _renameat2 is not None:
        if _renameat2(_AT_FDCWD, os.fsencode(new), _AT_FDCWD, os.fsencode(target), _RENAME_EXCHANGE) == 0:
            return new  # `new` now holds the old output
    old = new.with_name(new.name + ".oud")
    os.rename(target, old)
    try:
        os.rename(new, target)
    except OSError:
        os.rename(old, target)
        raise
    return old


@contextmanager
def staged(*targets: Path) -> Iterator[list[Path]]:
    """Yield one empty stage folder per target; swap them all in if the body succeeds."""
    targets = tuple(Path(t).resolve() for t in targets)
    parent = targets[0].parent
    parent.mkdir(parents=True, exist_ok=True)
    stage = Path(tempfile.mkdtemp(prefix=".build-", dir=parent))
    try:
        paths = [stage / f"{index}-{target.name}" for index, target in enumerate(targets)]
        yield paths
        for path, target in zip(paths, targets):
            if path.exists():
                target.parent.mkdir(parents=True, exist_ok=True)
                exchange(path, target)
    finally:
        shutil.rmtree(stage, ignore_errors=True)


def write_if_changed(path: Path, text: str) -> bool:
    """Atomically replace a generated file, and only when its content changes."""
    if path.exists() and path.read_text(encoding="utf-8") == text:
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
        handle.write(text)
    os.chmod(tmp, 0o644)  # mkstemp makes files private; generated files are ordinary project files
    os.replace(tmp, path)
    return True
