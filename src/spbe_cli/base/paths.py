"""Where a path really is: links resolved, and whether it stays inside a folder.

Every file read and every evidence entry asks this, so it works on plain strings: each folder is
resolved once (cached for the run), and a file costs one ``lstat`` unless it is a link.
"""

from __future__ import annotations

import functools
import os
import stat
from pathlib import Path


@functools.lru_cache(maxsize=4096)
def real_folder(folder: str) -> str:
    """``folder`` with every link on the way resolved."""
    return os.path.realpath(folder)


def within(real: str, real_root: str) -> bool:
    """Whether the resolved path ``real`` is ``real_root`` or below it."""
    return real == real_root or real.startswith(real_root.rstrip(os.sep) + os.sep)


def inside(path: Path, root: Path) -> bool:
    """Whether ``path``, every link on the way resolved, lies inside ``root`` (resolved too)."""
    folder, name = os.path.split(os.path.abspath(path))  # noqa: PTH100 - plain strings
    real = os.path.join(real_folder(folder), name)  # noqa: PTH118
    try:
        if stat.S_ISLNK(os.lstat(real).st_mode):
            real = os.path.realpath(real)
    except OSError:
        pass  # missing: reading it will say so
    return within(real, real_folder(os.fspath(root)))
