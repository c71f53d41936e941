"""The repository as it was at a git revision, for ``spbe verify --repo REV``.

Only the files one year needs are copied out of git's objects into a private temporary folder
(never over the working tree), and everything else reads them there as it reads a working tree:
the same loaders, the same sandbox rule. First ``spbe.yaml``, the year folder's YAML files, the
evidence lock and a catalogue kept in the repository; then the evidence files the year names.
Each blob's size is known from the tree listing before it is read: a YAML file or the lock
larger than the YAML reader's limit (``DEFAULT_MAX_BYTES``) is never read but reported (Y006),
as the reader reports it in a working tree. Evidence has no such limit (scanned proof is often
large) and is read one file at a time.

Git runs through ``repository.gitsrc.run_git`` and its isolation. Blobs are copied as stored (no
filters: a Git LFS file is its pointer), and a link at that revision is not followed: it counts
as missing. The temporary folder is removed at the end, on Ctrl-C and on SIGTERM; one left by a
run killed outright (SIGKILL) is removed by the next run.
"""

from __future__ import annotations

import contextlib
import os
import posixpath
import re
import shutil
import signal
import tempfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from types import FrameType
from typing import Any

from spbe_cli.app.output import process_alive
from spbe_cli.engine.lock import LOCK_NAME
from spbe_cli.problems.messages import current_lang, message
from spbe_cli.problems.problem import Problem, problem
from spbe_cli.repository.gitsrc import GitError, checkout_top, run_git
from spbe_cli.repository.layout import CONFIG_NAME
from spbe_cli.source.yamlsrc import DEFAULT_MAX_BYTES, read_yaml
from spbe_cli.submission.inputs import relative_name, safe_name

_REGULAR = ("100644", "100755")
_SCRATCH = re.compile(r"^spbe-verify-(\d+)-")


class RevisionError(GitError):
    """The revision cannot be read; the text is a sentence for the user."""


@dataclass(frozen=True)
class Blob:
    oid: str
    size: int


@dataclass
class Revision:
    """One revision's repository root, copied on demand into ``root``."""

    top: Path  # the checkout git is asked about
    rev: str  # as the user wrote it
    commit: str  # the revision's commit, 12 hex digits as ``commit_of`` writes them
    root: Path  # the copy of the repository root
    blobs: dict[str, Blob] = field(default_factory=dict)  # name below the root -> blob
    too_large: dict[str, int] = field(default_factory=dict)  # name -> size, never read

    def has(self, name: str) -> bool:
        """Whether ``name`` is a regular file at the revision (nothing is read)."""
        return name in self.blobs

    def size(self, name: str) -> int | None:
        found = self.blobs.get(name)
        return found.size if found is not None else None

    def fetch(self, names: Iterable[str], limit: int | None = None) -> None:
        """Copy the regular files ``names`` (relative to the root) that exist at the revision
        and are not copied yet; other names are left out (missing there, or a link). A blob
        larger than ``limit`` is not read: it is noted in ``too_large``."""
        for name in names:
            blob = self.blobs.get(name)
            if blob is None or not safe_name(name):
                continue
            if limit is not None and blob.size > limit:
                self.too_large[name] = blob.size
                continue
            target = self.root.joinpath(*name.split("/"))
            if os.path.lexists(target):
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            data = run_git(self.top, "cat-file", "blob", "--end-of-options", blob.oid)
            flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
            with os.fdopen(os.open(target, flags, 0o600), "wb") as out:
                out.write(data)

    def fetch_year(self, folder: str) -> None:
        """Copy what opening the year folder ``folder`` reads: ``spbe.yaml`` (at the root and
        on the way down), the folder's YAML files, the evidence lock, then a catalogue in the
        repository that one of them names. Evidence comes later, once the year is open."""
        parts = folder.split("/")
        configs = ["/".join([*parts[:n], CONFIG_NAME]) for n in range(len(parts))]
        prefix = folder + "/"
        year_files = [
            n
            for n in self.blobs
            if n.startswith(prefix) and "/" not in n[len(prefix) :] and _yaml(n)
        ]
        self.fetch([*configs, *year_files, LOCK_NAME], DEFAULT_MAX_BYTES)
        named = (self._catalogue_named(n) for n in [*configs, *year_files])
        self.fetch((n for n in named if n is not None), DEFAULT_MAX_BYTES)

    def _catalogue_named(self, name: str) -> str | None:
        """The repository file that the copied YAML file ``name`` names as ``catalogue:``
        (None: it names none, a bundled one, or one outside the repository)."""
        path = self.root.joinpath(*name.split("/"))
        if not path.is_file():
            return None
        data = read_yaml(path).data
        ref = data.get("catalogue") if isinstance(data, dict) else None
        if not isinstance(ref, str) or not (_yaml(ref) or "/" in ref or "\\" in ref):
            return None
        found = posixpath.normpath(ref.replace("\\", "/"))
        return found if safe_name(found) else None

    def problems(self) -> list[Problem]:
        """Y006 for every file too large to read, named as ``REV:name``."""
        return [
            problem(f"{self.rev}:{name}", 0, 0, "Y006", size=size, limit=DEFAULT_MAX_BYTES)
            for name, size in sorted(self.too_large.items())
        ]


def _yaml(name: str) -> bool:
    return name.endswith((".yaml", ".yml"))


def open_revision(rev: str, root: Path, work: Path) -> Revision:
    """The repository whose working-tree root is ``root``, at ``rev``, to be copied below
    ``work`` (``Revision.fetch_year``, then ``Revision.fetch``). Only the tree is listed here.
    Raises ``RevisionError`` (a sentence) or ``GitError`` (git's own last line)."""
    lang = current_lang()
    if not rev.strip() or rev.startswith("-"):
        raise RevisionError(message("snap_bad_revision", lang, rev=rev))  # never an option to git
    top = checkout_top(root)
    if top is None:
        raise RevisionError(message("snap_not_git", lang, rev=rev))
    prefix = relative_name(Path(os.path.realpath(root)), top)
    if prefix == ".." or prefix.startswith("../"):
        raise RevisionError(message("snap_not_git", lang, rev=rev))
    commit = run_git(top, "rev-parse", "--short=12", "--verify", "--end-of-options",
                     f"{rev}^{{commit}}").decode().strip()  # fmt: skip
    tree = commit if prefix == "." else f"{commit}:{prefix}"
    listing = run_git(top, "ls-tree", "-r", "-l", "-z", "--end-of-options", tree)
    revision = Revision(top, rev, commit, work / "root")
    revision.root.mkdir(parents=True)
    # the walk up to spbe.yaml stops here, as it stops at a checkout's top, whatever lies above
    (work / ".git").write_bytes(b"")
    for line in listing.decode("utf-8", "surrogateescape").split("\0"):
        meta, _, name = line.partition("\t")
        parts = meta.split()  # mode, type, object id, size (padded)
        if len(parts) == 4 and parts[0] in _REGULAR and parts[1] == "blob":
            revision.blobs[name] = Blob(parts[2], int(parts[3]))
    return revision


@contextlib.contextmanager
def scratch() -> Iterator[Path]:
    """A private temporary folder, removed at the end, on Ctrl-C and on SIGTERM (turned into
    an interruption while it is in use). SIGKILL cannot be caught: the folders of runs that
    are gone are removed first."""
    base = Path(tempfile.gettempdir())
    _sweep(base)
    work = Path(tempfile.mkdtemp(prefix=f"spbe-verify-{os.getpid()}-", dir=base))
    previous = _on_sigterm(_interrupt)
    try:
        yield work
    finally:
        shutil.rmtree(work, ignore_errors=True)
        if previous is not _UNSET:
            _on_sigterm(previous)


_Handler = Callable[[int, FrameType | None], Any] | int | signal.Handlers | None
_UNSET = object()


def _interrupt(signum: int, frame: FrameType | None) -> None:
    raise KeyboardInterrupt


def _on_sigterm(handler: object) -> object:
    """Install ``handler`` for SIGTERM; the one it replaces (``_UNSET`` where no handler can be
    set: outside the main thread)."""
    chosen: Any = signal.SIG_DFL if handler is None else handler
    try:
        previous: _Handler = signal.signal(signal.SIGTERM, chosen)
    except (ValueError, OSError, AttributeError):
        return _UNSET
    return previous


def _sweep(base: Path) -> None:
    """Remove the ``spbe-verify-<pid>-*`` folders of this user whose process is gone."""
    with contextlib.suppress(OSError):
        for entry in base.iterdir():
            found = _SCRATCH.match(entry.name)
            if found is None or process_alive(int(found.group(1))):
                continue
            with contextlib.suppress(OSError):
                if entry.is_dir() and not entry.is_symlink() and _mine(entry):
                    shutil.rmtree(entry, ignore_errors=True)


def _mine(entry: Path) -> bool:
    return not hasattr(os, "getuid") or entry.lstat().st_uid == os.getuid()
