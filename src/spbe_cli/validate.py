"""``spbe validate``: gather the years to check, check every file, return every problem."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from spbe_cli.assessments import load_files
from spbe_cli.checks import check_registry, check_year
from spbe_cli.codeowners import check_codeowners
from spbe_cli.lock import LOCK_NAME, Lock, load_lock
from spbe_cli.paths import inside
from spbe_cli.problems import Problem, display_path, problem
from spbe_cli.repo import (
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
from spbe_cli.stages import load_stages
from spbe_cli.yamlsrc import DEFAULT_MAX_BYTES


@dataclass
class Target:
    """One year of one repository: all its unit files, or only the files named."""

    repo: Repo
    files: list[Path]
    whole_year: bool


@dataclass
class Report:
    problems: list[Problem] = field(default_factory=list)
    files: list[str] = field(default_factory=list)  # every file checked, as shown


def validate(
    paths: list[Path],
    *,
    allow_partial: bool = False,
    max_bytes: int = DEFAULT_MAX_BYTES,
    progress: Callable[[int], None] | None = None,
) -> Report:
    """Check every file named by ``paths``; ``progress`` hears how many files each step read."""
    report = Report()
    seen_configs: set[Path] = set()
    locks: dict[Path, Lock | None] = {}
    for target, found in targets(paths):
        report.problems.extend(found)
        if target is None:
            continue
        root = target.repo.root
        if root not in locks:
            locks[root], problems = load_lock(root)
            report.problems.extend(problems)
            if (root / LOCK_NAME).is_file():
                report.files.append(display_path(root / LOCK_NAME))
        year_set, problems = load_files(target.repo, target.files, max_bytes=max_bytes)
        report.problems.extend(problems)
        report.problems.extend(
            check_year(
                year_set,
                whole_year=target.whole_year,
                allow_partial=allow_partial,
                lock=locks[root],
            )
        )
        report.files.extend(display_path(f) for f in target.files)
        if progress is not None:
            progress(len(target.files))
        if target.whole_year:
            stages, problems = load_stages(year_set, max_bytes=max_bytes)
            report.problems.extend(problems)
            report.files.extend(f.src.shown for f in stages.files.values())
        config = target.repo.config_src
        if config is not None and config.path not in seen_configs:
            seen_configs.add(config.path)
            report.files.append(config.shown)
            report.problems.extend(check_registry(year_set))
            report.problems.extend(check_codeowners(target.repo.root, target.repo.config))
        catalogue = year_set.catalogue
        if catalogue is not None and inside(catalogue.path, target.repo.root):
            # a repository's own catalogue is checked with it; a bundled one is not its file
            shown = display_path(catalogue.path)
            if shown not in report.files:
                report.files.append(shown)
    return report


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
