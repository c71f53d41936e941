"""The assessments repository around a path: its root, its ``spbe.yaml`` and its year folders."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from spbe_cli.models import RepoConfig
from spbe_cli.problems import Problem
from spbe_cli.schema import check_model
from spbe_cli.yamlsrc import Source, read_yaml

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
        config = candidate / CONFIG_NAME
        if os.path.lexists(config):  # a FIFO or a link out is read, and reported, as such
            src = read_yaml(config, root=candidate)
            if not src.usable:
                return Repo(candidate, config_src=src), src.problems
            model, problems = check_model(RepoConfig, src)
            return Repo(candidate, model or RepoConfig(), src), src.problems + problems
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
