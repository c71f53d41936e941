"""The one sandbox rule for evidence paths, used by the checks, the lock and the handouts.

An evidence ``path`` is written by a unit coordinator and may come from a pull request: it is
checked without opening the file, never followed out of the repository, and turned into a link
only as a relative URL that cannot carry a scheme (``javascript:alert(1)`` is a file name here,
and its link is ``./javascript%3Aalert%281%29``).
"""

from __future__ import annotations

import functools
import os
import re
import stat
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote, urlsplit

from spbe_cli.base.paths import real_folder, within

_SEPARATORS = re.compile(r"[\\/]")
_DRIVE = re.compile(r"^[A-Za-z]:")


@dataclass(frozen=True)
class EvidenceRef:
    """One evidence entry resolved once, at load time, by the sandbox rule. ``path_problem`` is
    None when the path names a usable file inside the repository, else C007 (outside), C021
    (inside a ``.git`` directory), C005 (missing), C009 (not a file) or C006 (empty);
    ``url_ok`` says whether the URL is a real http(s) URL. Checks, handouts and the lock read
    these and never look at the disk again."""

    path: str | None
    url: str | None
    path_problem: str | None = None
    url_ok: bool = False

    @property
    def inside(self) -> bool:
        return self.path is not None and self.path_problem not in ("C007", "C021")

    @property
    def exists(self) -> bool:
        return self.path is not None and self.path_problem is None

    def href(self, root: Path, base: Path) -> str | None:
        """The link from a document in ``base``: only for a usable file, percent-encoded,
        always starting with ``./`` or ``../`` so that no part of it reads as a scheme."""
        if self.path is None or self.path_problem is not None:
            return None
        relative = os.path.relpath(root / self.path, base).replace(os.sep, "/")
        if not relative.startswith("../"):
            relative = "./" + relative
        return quote(relative, safe="/")


def resolve_evidence(root: Path, path: str | None, url: str | None) -> EvidenceRef:
    problem = evidence_path_problem(root, path) if path is not None else None
    return EvidenceRef(path, url, problem, url is not None and web_url(url))


def evidence_path_problem(root: Path, target: str) -> str | None:
    """The problem code of an evidence path, or None when it names a non-empty regular file
    inside ``root``: C007 outside (absolute, ``..``, or a link out), C021 inside a ``.git``
    directory (written so or reached through a link), C005 missing, C009 not a file, C006
    empty. Opens no file.

    This runs for every evidence entry of every file, so it works on plain strings: the folder
    part is resolved once per folder (cached), and one ``lstat`` of the file tells whether it is
    a link (then resolved in full), a regular file, or missing.
    """
    if (
        "\x00" in target
        or target.startswith(("/", "\\"))
        or _DRIVE.match(target)
        or (".." in target and ".." in _SEPARATORS.split(target))
    ):
        return "C007"
    if _in_git(target):
        return "C021"
    real_root = real_folder(str(root))
    folder, _, name = target.rpartition("/")  # a backslash is part of a name on POSIX
    real_dir = real_folder(os.path.join(real_root, folder)) if folder else real_root  # noqa: PTH118
    if not within(real_dir, real_root):
        return "C007"
    real = f"{real_dir}{os.sep}{name}" if name else real_dir
    try:
        info = os.lstat(real)
        if stat.S_ISLNK(info.st_mode):
            real = os.path.realpath(real)
            if not within(real, real_root):
                return "C007"
            info = os.stat(real)  # noqa: PTH116 - see above
    except (OSError, ValueError):
        return "C005"
    if real != real_root and _in_git(real[len(real_root) :]):
        return "C021"  # a link inside the repository that leads into .git
    if not stat.S_ISREG(info.st_mode):
        return "C009"
    return "C006" if info.st_size == 0 else None


def _in_git(path: str) -> bool:
    """Whether a part of ``path`` names a git directory, as a case-insensitive file system
    would (``.git``, ``.GIT``, ``.git.``). Case folding goes character by character, so a part
    folds to ``.git`` only where the whole path's folding holds it: most paths stop there."""
    if ".git" not in path.casefold():
        return False
    return any(part.casefold().rstrip(". ") == ".git" for part in _SEPARATORS.split(path) if part)


_NOT_IN_URL = re.compile(r"[\s\x00-\x1f\x7f]")
_HOST = re.compile(
    r"^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)*[A-Za-z0-9-]+(?::\d{1,5})?$"
)


def web_url(text: str) -> bool:
    """An http(s) URL as a browser would take it: a host name, no white space or control
    character anywhere (``https://a.go.id/laporan 2023.pdf`` is not one)."""
    if _NOT_IN_URL.search(text) or "\\" in text:
        return False
    try:
        parts = urlsplit(text)
        port = parts.port  # raises for a port that is not a number
    except ValueError:
        return False
    return (
        parts.scheme.lower() in ("http", "https")
        and _host(parts.netloc.rpartition("@")[2])
        and (port is None or 0 < port < 65536)
    )


@functools.lru_cache(maxsize=4096)  # an instansi's few hosts come back in every file
def _host(text: str) -> bool:
    try:
        ascii_host = text if text.isascii() else text.encode("idna").decode("ascii")
    except UnicodeError:
        return False
    return bool(_HOST.match(ascii_host))
