"""Every file one year's result is made of, named as the snapshot names it: the unit and stage
files, ``spbe.yaml``, the catalogue, the evidence lock and every evidence file referenced.

Names are POSIX paths relative to the repository root (the folder of ``spbe.yaml``, where
evidence paths start); a catalogue bundled with spbe is ``spbe:indicators/<file>``. Nothing is
read outside the repository: evidence goes through the one sandbox rule
(``source.evidence``), and a file reached through a link out of the repository is not an input
here but a problem ``spbe validate`` reports.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from spbe_cli.base.paths import inside
from spbe_cli.base.resources import catalogue_dir
from spbe_cli.engine.lock import LOCK_NAME, digest, lock_key
from spbe_cli.engine.yearview import YearView
from spbe_cli.model.models import Evidence
from spbe_cli.source.evidence import resolve_evidence

BUNDLED = "spbe:indicators/"
ROLES = ("config", "catalogue", "lock", "unit", "stage", "evidence")  # of InputFile.role
_SEPARATORS = re.compile(r"[\\/]")


@dataclass(frozen=True)
class InputFile:
    """One input: its name in the snapshot, its role and where it is read now."""

    name: str
    role: str  # config, catalogue, lock, unit, stage or evidence
    path: Path


@dataclass(frozen=True)
class Digest:
    sha256: str
    size: int


@dataclass
class YearInputs:
    """The inputs of one year, and the evidence it names that is not a file to read."""

    files: list[InputFile]
    unavailable: dict[str, str]  # evidence path -> its sandbox problem code (C005, C007, ...)
    urls: list[str]
    foreign_catalogue: str | None  # a catalogue kept outside the repository: named, not read


def year_inputs(view: YearView) -> YearInputs:
    """The inputs of ``view``'s year, sorted by name, each once."""
    year_set = view.year_set
    root = year_set.repo.root
    found: dict[str, InputFile] = {}

    def add(role: str, path: Path) -> None:
        name = relative_name(path, root)
        found.setdefault(name, InputFile(name, role, path))

    if year_set.repo.config_src is not None:
        add("config", year_set.repo.config_src.path)
    lock = root / LOCK_NAME
    if os.path.lexists(lock) and inside(lock, root) and lock.is_file():
        add("lock", lock)
    for path in year_set.files:
        add("unit", path)
    for stage_file in view.stages.files.values():
        add("stage", stage_file.src.path)
    foreign = _catalogue(view, found)
    unavailable: dict[str, str] = {}
    urls: set[str] = set()
    for entry in evidence_entries(view):
        if entry.url:
            urls.add(entry.url)
        if entry.path is None:
            continue
        ref = resolve_evidence(root, entry.path, None)
        key = lock_key(entry.path)
        if ref.path_problem is None:
            found.setdefault(key, InputFile(key, "evidence", root / entry.path))
        else:
            unavailable.setdefault(key, ref.path_problem)
    files = sorted(found.values(), key=lambda f: f.name)
    return YearInputs(files, dict(sorted(unavailable.items())), sorted(urls), foreign)


def _catalogue(view: YearView, found: dict[str, InputFile]) -> str | None:
    """Add the year's catalogue; return its path when it lies outside both the repository and
    spbe's bundled catalogues (then it is named in the predicate and never read)."""
    path = view.catalogue.path
    root = view.year_set.repo.root
    if inside(path, root):
        name = relative_name(path, root)
    elif inside(path, catalogue_dir()):
        name = BUNDLED + relative_name(path, catalogue_dir())
    else:
        return Path(os.path.abspath(path)).as_posix()  # noqa: PTH100 - no link resolved
    found.setdefault(name, InputFile(name, "catalogue", path))
    return None


def evidence_entries(view: YearView) -> Iterator[Evidence]:
    """Every evidence entry of every unit file: of the indicators it leads and supports."""
    for unit in view.year_set.units:
        for answer in unit.assessment.indicators.values():
            yield from answer.evidence
        for part in unit.assessment.supports.values():
            yield from part.evidence


def relative_name(path: Path, root: Path) -> str:
    """``path`` relative to ``root`` as a POSIX name (links on the way are not resolved: a
    year folder linked inside the repository keeps its own name)."""
    relative = os.path.relpath(os.path.abspath(path), os.path.abspath(root))  # noqa: PTH100
    return PurePosixPath(Path(relative).as_posix()).as_posix()


def safe_name(name: str) -> bool:
    """A name a snapshot may ask for: relative, no ``..``, no ``.git``, no NUL (a snapshot
    file is read from wherever the user got it)."""
    if name.startswith(BUNDLED):
        name = name[len(BUNDLED) :]
    parts = _SEPARATORS.split(name)
    return (
        bool(name)
        and "\x00" not in name
        and not name.startswith(("/", "\\"))
        and ":" not in parts[0]
        and all(p not in ("", ".", "..") and p.casefold().rstrip(". ") != ".git" for p in parts)
    )


def digest_name(name: str, root: Path) -> Digest | None:
    """The digest of the input ``name`` in the repository at ``root`` now; None when it is not
    a regular file there (missing, a link out of the repository, a folder)."""
    if not safe_name(name):
        return None
    if name.startswith(BUNDLED):
        base = catalogue_dir()
        path = base / name[len(BUNDLED) :]
    else:
        base = root
        path = root / name
    return digest_path(path, base)


def digest_path(path: Path, base: Path) -> Digest | None:
    """The SHA-256 and size of the regular file ``path`` inside ``base``; None otherwise."""
    if not inside(path, base):
        return None
    try:
        found = digest(path)
    except OSError:
        return None
    return Digest(found.sha256, found.size)
