"""Worker processes die with their parent: `kill -9` of a run leaves no process behind.

A killed parent cannot shut its pool down, and a spawned worker blocked on its task queue would
wait forever (and keep multiprocessing's resource tracker alive with it). Each worker therefore
asks the Linux kernel for SIGKILL when its parent dies (`prctl(PR_SET_PDEATHSIG)`); elsewhere a
daemon thread polls the parent's pid once a second. Either way, a parent that died before the
worker got this far is noticed at once.
"""

from __future__ import annotations

import ctypes
import os
import signal
import sys
import threading
import time

PR_SET_PDEATHSIG = 1
POLL_SECONDS = 1.0


def die_with_parent(parent_pid: int) -> None:
    """Make this process end when the process `parent_pid` (its parent) ends."""
    if not (sys.platform.startswith("linux") and _ask_kernel()):
        threading.Thread(target=_watch, args=(parent_pid,), daemon=True).start()
    if os.getppid() != parent_pid:  # the parent died before the request above
        os._exit(1)


def _ask_kernel() -> bool:
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        return libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) == 0
    except (OSError, AttributeError):
        return False


def _watch(parent_pid: int) -> None:
    while os.getppid() == parent_pid:
        time.sleep(POLL_SECONDS)
    os._exit(1)
