"""The evidence lock: each evidence file's size and SHA-256, recorded at the repository root so
that a document changed after the assessors judged it is noticed (``spbe evidence lock``).

Updating the lock reads it, merges and writes it back; two runs at once would each write what
they read and lose the other's entries, so a run holds an exclusive lock on the repository's
root folder itself (``flock`` on the folder: no guard file to leave behind) from the read until
its new lock is in place."""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING

from spbe_cli.model.models import EvidenceLock, LockedFile
from spbe_cli.model.schema import load_model
from spbe_cli.problems.problem import Problem
from spbe_cli.repository.discovery import targets
from spbe_cli.source.yamlsrc import Source, read_yaml

if TYPE_CHECKING:
    from collections.abc import Iterable

    from spbe_cli.repository.discovery import Target

LOCK_NAME = "spbe-evidence.lock"
_CHUNK = 1 << 20
# a file system without locks (some network mounts): the run goes on unguarded, as before
_NO_LOCKS = {errno.ENOLCK, errno.EOPNOTSUPP, errno.ENOTSUP, errno.ENOSYS}


class GuardError(Exception):
    """The guard file cannot be opened: nothing was written."""

    def __init__(self, path: Path, detail: str) -> None:
        super().__init__(f"{path}: {detail}")
        self.path, self.detail = path, detail


@contextlib.contextmanager
def exclusive(root: Path) -> Iterator[None]:
    """Hold the repository's root folder locked (``flock``, exclusive; a second run waits
    here) until the block ends. Without ``fcntl`` (Windows), or on a
    file system without locks, the block runs unguarded."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows
        yield
        return
    path = Path(os.path.realpath(root))
    flags = os.O_RDONLY | os.O_CLOEXEC | getattr(os, "O_DIRECTORY", 0)
    try:
        handle = os.open(path, flags)
    except OSError as exc:
        raise GuardError(path, exc.strerror or type(exc).__name__) from None
    try:
        if not stat.S_ISDIR(os.fstat(handle).st_mode):
            raise GuardError(path, "not a folder")
        try:
            fcntl.flock(handle, fcntl.LOCK_EX)
        except OSError as exc:
            if exc.errno not in _NO_LOCKS:
                raise GuardError(path, exc.strerror or type(exc).__name__) from None
        yield
    finally:
        os.close(handle)  # releases the lock


@dataclass
class Lock:
    src: Source
    files: dict[str, LockedFile]


def lock_key(target: str) -> str:
    """The form a path takes in the lock: relative, forward slashes, no ``./``."""
    return PurePosixPath(os.path.normpath(target.replace("\\", "/"))).as_posix()


def load_lock(root: Path) -> tuple[Lock | None, list[Problem]]:
    path = root / LOCK_NAME
    if not os.path.lexists(path):
        return None, []
    src = read_yaml(path, root=root)
    model, problems = load_model(EvidenceLock, src)
    if model is None:
        return None, problems
    return Lock(src, {lock_key(k): v for k, v in model.files.items()}), problems


def digest(path: Path) -> LockedFile:
    sha = hashlib.sha256()
    size = 0
    with open(path, "rb", opener=_open_regular) as handle:
        while chunk := handle.read(_CHUNK):
            sha.update(chunk)
            size += len(chunk)
    return LockedFile(size=size, sha256=sha.hexdigest())


def _open_regular(name: str, flags: int) -> int:
    """Open without blocking on a FIFO, and only a regular file."""
    handle = os.open(name, flags | getattr(os, "O_NONBLOCK", 0))
    if not stat.S_ISREG(os.fstat(handle).st_mode):
        os.close(handle)
        raise OSError(f"not a regular file: {name}")
    return handle


def changed(path: Path, locked: LockedFile) -> LockedFile | None:
    """The file's current state when it differs from ``locked`` (size first: cheap)."""
    size = path.stat().st_size
    if size != locked.size:
        return LockedFile(size=size, sha256="0" * 64)
    now = digest(path)
    return now if now.sha256 != locked.sha256 else None


def render_lock(files: dict[str, LockedFile]) -> str:
    lines = [
        "# Kunci data dukung: ukuran dan SHA-256 setiap berkas, dibuat oleh `spbe evidence lock`.",
        "# `spbe validate` melaporkan berkas yang berubah atau hilang sesudah dikunci.",
        "format: 1",
        "files:" if files else "files: {}",
    ]
    for key in sorted(files):
        entry = files[key]
        quoted = '"' + key.replace("\\", "\\\\").replace('"', '\\"') + '"'
        lines.append(f"  {quoted}: {{size: {entry.size}, sha256: {entry.sha256}}}")
    return "\n".join(lines) + "\n"


@dataclass
class LockUpdate:
    root: Path
    files: dict[str, LockedFile]
    added: int
    changed: int
    removed: int
    unused: int  # entries no year of the repository points at any more, kept (no --prune)


def lock_repositories(
    paths: list[Path], *, prune: bool = False, held: contextlib.ExitStack[bool | None] | None = None
) -> tuple[list[LockUpdate], list[Problem]]:
    """The new lock of every repository named by ``paths``.

    With ``held``, each repository's guard (``exclusive``) is taken before its lock is read
    and stays held until ``held`` closes: the caller closes it after writing the new locks.

    The evidence files of the years named (inside the repository and present; the rest is left
    to ``spbe validate``) are recorded anew; every other entry is kept, so that locking 2023
    never unlocks 2022. Entries that no year of the repository points at any more are dropped
    only with ``prune``.
    """
    named, problems = _referenced(targets(paths))
    if held is not None:
        for root in sorted(named):  # always the same order: two runs never wait on each other
            held.enter_context(exclusive(root))
    updates = []
    for root, files in named.items():
        old, issues = load_lock(root)
        problems.extend(issues)
        everywhere, issues = _referenced(targets([root]))
        problems.extend(issues)
        before = old.files if old is not None else {}
        now = {key: digest(path) for key, path in sorted(files.items()) if path is not None}
        merged = {**before, **now}
        unused = [key for key in merged if key not in everywhere.get(root, {})]
        if prune:
            for key in unused:
                del merged[key]
        updates.append(
            LockUpdate(
                root,
                dict(sorted(merged.items())),
                added=sum(1 for k in now if k not in before),  # a missing file stays as locked
                changed=sum(1 for k, v in now.items() if k in before and before[k] != v),
                removed=len(unused) if prune else 0,
                unused=0 if prune else len(unused),
            )
        )
    return updates, problems


def _referenced(
    found_targets: Iterable[tuple[Target | None, list[Problem]]],
) -> tuple[dict[Path, dict[str, Path | None]], list[Problem]]:
    """The evidence files each repository's unit files point at, by lock key (None for one
    that is missing or refused: still referenced, so never dropped from the lock)."""
    from spbe_cli.engine.opening import open_files

    found: dict[Path, dict[str, Path | None]] = {}
    problems: list[Problem] = []
    for target, issues in found_targets:
        problems.extend(issues)
        if target is None:
            continue
        root = target.repo.root
        year = open_files(target.repo, target.files, stages=False)
        year_set = year.year_set
        assert year_set is not None
        problems.extend(year.problems)
        files = found.setdefault(root, {})
        for unit in year_set.units:
            for refs in unit.evidence.values():
                for ref in refs:
                    if not ref.path:
                        continue
                    key = lock_key(ref.path)
                    if ref.exists or key not in files:
                        files[key] = root / ref.path if ref.exists else None
    return found, problems
