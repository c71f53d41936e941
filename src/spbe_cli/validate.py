"""``spbe validate``: gather the years to check, check every file, return every problem."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from spbe_cli.assessments import load_files
from spbe_cli.checks import check_registry, check_year
from spbe_cli.lock import LOCK_NAME, Lock, load_lock
from spbe_cli.problems import Problem, display_path, problem
from spbe_cli.repo import CONFIG_NAME, Repo, find_repo, is_unit_file, unit_files, year_folders
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
    for target, found in targets(paths or [Path.cwd()]):
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
        if year_set.catalogue is not None:
            shown = display_path(year_set.catalogue.path)
            if shown not in report.files:
                report.files.append(shown)
    return report


def targets(paths: list[Path]) -> Iterator[tuple[Target | None, list[Problem]]]:
    singles: dict[Path, list[Path]] = {}
    for path in paths:
        if not path.exists() and not path.is_symlink():
            yield None, [problem(path, 0, 0, "X010", where=display_path(path))]
        elif path.is_file() or path.is_symlink():
            if path.name == CONFIG_NAME:
                yield from _repo_targets(path.parent)
            else:
                singles.setdefault(path.parent, []).append(path)
        elif unit_files(path):
            yield _year_target(path)
        else:
            yield from _repo_targets(path)
    for folder, files in singles.items():
        repo, problems = find_repo(folder)
        yield Target(repo, sorted(files), whole_year=False), problems


def _year_target(folder: Path, repo: Repo | None = None) -> tuple[Target, list[Problem]]:
    problems: list[Problem] = []
    if repo is None:
        repo, problems = find_repo(folder)
    files = sorted((p for p in folder.iterdir() if is_unit_file(p)), key=lambda p: p.name)
    return Target(repo, files, whole_year=True), problems


def _repo_targets(folder: Path) -> Iterator[tuple[Target | None, list[Problem]]]:
    """Every year folder of the repository around ``folder`` (beside spbe.yaml or in
    ``assessments/``)."""
    repo, problems = find_repo(folder)
    roots = [folder, folder / "assessments"]
    if repo.config_src is not None:
        roots += [repo.root, repo.root / "assessments"]
    years: dict[Path, Path] = {}
    for root in roots:
        if root.is_dir():
            for year in year_folders(root):
                years.setdefault(year.resolve(), year)
    if not years:
        yield None, [*problems, problem(folder, 0, 0, "X008", where=display_path(folder))]
        return
    yield None, problems  # spbe.yaml's own problems, once for the repository
    for year in sorted(years.values(), key=lambda p: p.name):
        in_repo = repo if repo.config_src is not None else None
        yield _year_target(year, in_repo)
