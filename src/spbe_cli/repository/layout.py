"""The assessments repository around a path: its root, its ``spbe.yaml`` and its year folders."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from spbe_cli.domain.stage import EXTERNAL
from spbe_cli.model.models import RepoConfig
from spbe_cli.model.schema import load_model
from spbe_cli.problems.problem import Problem
from spbe_cli.source.yamlsrc import Source, read_yaml

CONFIG_NAME = "spbe.yaml"
YEAR_FOLDER = re.compile(r"^\d{4}$")


@dataclass
class Repo:
    root: Path
    config: RepoConfig = field(default_factory=RepoConfig)
    config_src: Source | None = None


def find_repo(start: Path) -> tuple[Repo, list[Problem]]:
    """Walk up from ``start`` to the folder holding ``spbe.yaml``.

    The walk stops at a git repository's top. Without ``spbe.yaml`` the root is the parent of the
    assessments folder, i.e. two levels above a year folder.
    """
    here = start.resolve()
    folder = here if here.is_dir() else here.parent
    for candidate in (folder, *folder.parents):
        if YEAR_FOLDER.match(candidate.name):
            continue  # a year folder is never the root: a spbe.yaml there is a stray file
        config = candidate / CONFIG_NAME
        if os.path.lexists(config):  # a FIFO or a link out is read, and reported, as such
            src = read_yaml(config, root=candidate)
            model, problems = load_model(RepoConfig, src)
            return Repo(candidate, model or RepoConfig(), src), problems
        if (candidate / ".git").exists():
            break
    year_folder = folder if YEAR_FOLDER.match(folder.name) else None
    root = year_folder.parent.parent if year_folder else folder.parent
    return Repo(root), []


def is_unit_file(path: Path) -> bool:
    """Unit files are ``*.yaml``/``*.yml``; names starting with ``_`` or ``.`` are reserved."""
    return (
        path.suffix in (".yaml", ".yml")
        and not path.name.startswith(("_", "."))
        and path.name != CONFIG_NAME
    )


def unit_files(folder: Path) -> list[Path]:
    return sorted((p for p in folder.iterdir() if is_unit_file(p)), key=lambda p: p.name)


def year_folders(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.is_dir() and YEAR_FOLDER.match(p.name))


def year_like(name: str) -> bool:
    """A folder name that holds a year but is not one (``2026 ``, ``2026-final``, ``old-2025``)."""
    return bool(_HOLDS_YEAR.search(name)) and not YEAR_FOLDER.match(name)


_HOLDS_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
ASSESSMENTS = "assessments"


def year_folder(repo: Repo, year: int) -> Path | None:
    """The folder of ``year`` in the repository (under ``assessments/`` or beside spbe.yaml)."""
    for base in (repo.root / ASSESSMENTS, repo.root):
        if (base / str(year)).is_dir():
            return base / str(year)
    return None


def looks_like_root(folder: Path) -> bool:
    """A repository root (or an assessments folder): spbe.yaml, ``assessments/`` or years."""
    return (
        os.path.lexists(folder / CONFIG_NAME)
        or (folder / ASSESSMENTS).is_dir()
        or bool(year_folders(folder))
    )


def stray_folders(root: Path) -> list[Path]:
    """Folders beside the years that ``score`` and ``validate`` would pass over without a word
    although their name holds a year (``2026 ``, ``2026-final``, ``old-2025``)."""
    return sorted(p for p in root.iterdir() if p.is_dir() and year_like(p.name))


def stray_files(year: Path) -> list[Path]:
    """Files in a year folder that look like data but are read by nothing: ``Bpkad.YAML``,
    ``bpkad.yaml.txt``, ``x.yml.bak``, ``_draft.yaml``, ``.bpkad.yaml``, a ``spbe.yaml``."""
    stages = {f"_{stage.value}.yaml" for stage in EXTERNAL}
    strays = []
    for entry in sorted(year.iterdir()):
        lowered = entry.name.lower()
        looks_yaml = any(f".{ext}" in lowered for ext in ("yaml", "yml"))
        if not looks_yaml or entry.name in stages:
            continue
        if is_unit_file(entry):
            continue  # read as a unit file (and refused there if it is not a regular file)
        strays.append(entry)
    return strays
