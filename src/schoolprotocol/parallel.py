"""When a build may use a second process: the public and the staff half at the same time.

A school's build makes most things twice, once per reader: two sites, two sets of PDFs.
Where forking is safe and pays (more than one core, no other threads running), the staff
half runs in a forked process while this one makes the public half. Forked, so nothing has
to be pickled on the way in: the work is set in a module variable just before the fork.

The forked process ends with the one that started it (Linux: `prctl(PR_SET_PDEATHSIG)`): a build
that is killed must not leave a process behind that goes on writing into its stage folder.

`PARALLEL_AUDIENCES = False` (the batch command sets it): the schools keep the cores busy.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import threading
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from concurrent.futures import ProcessPoolExecutor

#: Make the public and the staff half at the same time, on two cores.
PARALLEL_AUDIENCES = True


def may_fork() -> bool:
    """Two processes only where forking is safe and pays: more than one core, no other threads running."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    return PARALLEL_AUDIENCES and hasattr(os, "fork") and cores > 1 and threading.active_count() == 1


def fork_context() -> multiprocessing.context.BaseContext:
    return multiprocessing.get_context("fork")


def pool(workers: int = 1) -> ProcessPoolExecutor:
    """Forked processes for the other half; each ends when this process ends."""
    from concurrent.futures import ProcessPoolExecutor

    return ProcessPoolExecutor(max_workers=workers, mp_context=fork_context(), initializer=_end_with_parent,
                               initargs=(os.getpid(),))


_PR_SET_PDEATHSIG = 1


def _end_with_parent(parent: int) -> None:
    """In the forked process: have the kernel end it when its parent ends, however that ends (Linux only)."""
    try:
        import ctypes

        if ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL) != 0:
            return
    except (OSError, AttributeError):  # not Linux: no such call
        return
    if os.getppid() != parent:  # the parent ended before the call above
        os._exit(1)
