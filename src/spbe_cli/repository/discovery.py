"""What a command works on, from the repository layout: ``spbe.yaml``, ``assessments/`` and year
folders, never from "there is a YAML file here"."""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from spbe_cli.problems.problem import Problem, display_path, problem
from spbe_cli.repository.layout import (
    ASSESSMENTS,
    CONFIG_NAME,
    YEAR_FOLDER,
    Repo,
    find_repo,
    looks_like_root,
    stray_files,
    stray_folders,
    unit_files,
    year_folders,
)


@dataclass
class Target:
    """One year of one repository: all its unit files, or only the files named."""

    repo: Repo
    files: list[Path]
    whole_year: bool


def targets(paths: list[Path]) -> Iterator[tuple[Target | None, list[Problem]]]:
    """What to check, from the repository layout: ``spbe.yaml``, ``assessments/`` and year
    folders, never from "there is a YAML file here". No path: the repository around the working
    folder (walking up to ``spbe.yaml``), every year."""
    if not paths:
        yield from _repo_targets(Path.cwd(), walk_up=True)
        return
    singles: dict[Path, list[Path]] = {}
    for path in paths:
        if not os.path.lexists(path):
            yield None, [problem(path, 0, 0, "X010", where=display_path(path))]
        elif not path.is_dir():
            if path.name == CONFIG_NAME:
                yield from _repo_targets(path.parent)
            else:
                singles.setdefault(path.parent, []).append(path)
        elif looks_like_root(path):
            yield from _repo_targets(path)
        else:
            yield _year_target(path)
    for folder, files in singles.items():
        repo, problems = find_repo(folder)
        yield Target(repo, sorted(files), whole_year=False), problems


def _year_target(folder: Path, repo: Repo | None = None) -> tuple[Target, list[Problem]]:
    problems: list[Problem] = []
    if repo is None:
        repo, problems = find_repo(folder)
    if not YEAR_FOLDER.match(folder.name):
        problems.append(problem(folder, 0, 0, "X019", folder=display_path(folder)))
    problems += [problem(p, 0, 0, "X020", name=p.name) for p in stray_files(folder)]
    return Target(repo, unit_files(folder), whole_year=True), problems


def _repo_targets(
    folder: Path, *, walk_up: bool = False
) -> Iterator[tuple[Target | None, list[Problem]]]:
    """Every year folder of the repository around ``folder`` (in ``assessments/`` or beside
    spbe.yaml), and every folder there that would otherwise pass unseen."""
    repo, problems = find_repo(folder)
    if walk_up and repo.config_src is None and YEAR_FOLDER.match(folder.name):
        yield _year_target(folder)
        return
    bases = [folder, repo.root] if repo.config_src is not None else [folder]
    roots: dict[Path, Path] = {}
    for base in bases:
        for root in (base, base / ASSESSMENTS):
            if root.is_dir():
                roots.setdefault(root.resolve(), root)
    years: dict[Path, Path] = {}
    for root in roots.values():
        problems += [problem(p, 0, 0, "X019", folder=display_path(p)) for p in stray_folders(root)]
        for year in year_folders(root):
            years.setdefault(year.resolve(), year)
    if not years:
        yield None, [*problems, problem(folder, 0, 0, "X008", where=display_path(folder))]
        return
    yield None, problems  # spbe.yaml's own problems and stray folders, once for the repository
    for year in sorted(years.values(), key=lambda p: p.name):
        in_repo = repo if repo.config_src is not None else None
        yield _year_target(year, in_repo)


def latest_year(start: Path) -> Path | None:
    """The newest year folder of the repository around ``start`` (walking up to
    ``spbe.yaml``): the year a command works on when none is named."""
    repo, _ = find_repo(start)
    for folder in (repo.root, repo.root / ASSESSMENTS):
        years = year_folders(folder) if folder.is_dir() else []
        if years:
            return years[-1]
    return None
