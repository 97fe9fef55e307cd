"""How the sync service's C heap hands memory back: fixed glibc thresholds, so a document's big transient
buffers are returned to the system instead of staying resident (see docs/benchmarks.md, "Memory").

Almost all of a community's memory is the Automerge binding's (Rust, on the C heap): a 10,000-asset document
is about 70 MiB, and a load, a fork or a save allocates and frees tens of MiB more. glibc raises its mmap
threshold each time such a block is freed (up to 32 MiB), after which blocks that size come from the heap
and their freed space stays resident, fragmented — measured here, a service grew 20–40 MiB that way over
100 changes. Fixing both thresholds keeps blocks of 256 KiB and more in their own mappings (given back when
freed) and lets the heap's top shrink past 1 MiB of free space. On anything but glibc this does nothing.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import logging
import sys

__all__ = ["MMAP_THRESHOLD", "TRIM_THRESHOLD", "tune"]

log = logging.getLogger(__name__)

MMAP_THRESHOLD = 256 * 1024  # blocks this large or larger get their own mapping, unmapped when freed
TRIM_THRESHOLD = 1024 * 1024  # free space at the heap's top beyond this is given back
_M_TRIM_THRESHOLD = -1  # glibc's mallopt parameter numbers (malloc.h)
_M_MMAP_THRESHOLD = -3


def tune() -> bool:
    """Set the thresholds for this process; returns whether they were set (glibc on Linux only)."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        mallopt = libc.mallopt
    except (OSError, AttributeError):  # another C library (musl has no mallopt)
        return False
    mallopt.argtypes, mallopt.restype = [ctypes.c_int, ctypes.c_int], ctypes.c_int
    done = bool(
        mallopt(_M_MMAP_THRESHOLD, MMAP_THRESHOLD) == 1 and mallopt(_M_TRIM_THRESHOLD, TRIM_THRESHOLD) == 1
    )
    if not done:
        log.warning("the C library refused the memory thresholds; the service may keep freed memory")
    return done
