"""The evidence lock: each evidence file's size and SHA-256, recorded at the repository root so
that a document changed after the assessors judged it is noticed (``spbe evidence lock``)."""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from spbe_cli.models import EvidenceLock, LockedFile
from spbe_cli.problems import Problem
from spbe_cli.schema import check_model
from spbe_cli.yamlsrc import Source, read_yaml

LOCK_NAME = "spbe-evidence.lock"
_CHUNK = 1 << 20


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
    if not src.usable:
        return None, src.problems
    model, problems = check_model(EvidenceLock, src)
    if model is None:
        return None, src.problems + problems
    return Lock(src, {lock_key(k): v for k, v in model.files.items()}), src.problems + problems


def digest(path: Path) -> LockedFile:
    sha = hashlib.sha256()
    size = 0
    with path.open("rb") as handle:
        while chunk := handle.read(_CHUNK):
            sha.update(chunk)
            size += len(chunk)
    return LockedFile(size=size, sha256=sha.hexdigest())


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


def lock_repositories(paths: list[Path]) -> tuple[list[LockUpdate], list[Problem]]:
    """The new lock of every repository named by ``paths``: all evidence files its unit files
    point at (inside the repository and present; the rest is left to ``spbe validate``)."""
    from spbe_cli.assessments import load_files
    from spbe_cli.evidence import evidence_path_problem
    from spbe_cli.validate import targets

    found: dict[Path, dict[str, Path]] = {}
    problems: list[Problem] = []
    for target, issues in targets(paths):
        problems.extend(issues)
        if target is None:
            continue
        root = target.repo.root
        year_set, issues = load_files(target.repo, target.files)
        problems.extend(issues)
        files = found.setdefault(root, {})
        for unit in year_set.units:
            for answer in unit.assessment.indicators.values():
                for evidence in answer.evidence:
                    if evidence.path and evidence_path_problem(root, evidence.path) is None:
                        files[lock_key(evidence.path)] = root / evidence.path
    updates = []
    for root, files in found.items():
        old, issues = load_lock(root)
        problems.extend(issues)
        before = old.files if old is not None else {}
        now = {key: digest(path) for key, path in sorted(files.items())}
        updates.append(
            LockUpdate(
                root,
                now,
                added=sum(1 for k in now if k not in before),
                changed=sum(1 for k, v in now.items() if k in before and before[k] != v),
                removed=sum(1 for k in before if k not in now),
            )
        )
    return updates, problems
