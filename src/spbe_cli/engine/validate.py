"""``spbe validate``: gather the years to check, check every file, return every problem."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from spbe_cli.base.paths import inside
from spbe_cli.engine.assessments import YearSet
from spbe_cli.engine.checks import check_registry, check_year
from spbe_cli.engine.lock import LOCK_NAME, Lock, load_lock
from spbe_cli.engine.opening import open_files
from spbe_cli.model.catalogue import Catalogue
from spbe_cli.problems.problem import Problem, display_path
from spbe_cli.repository.codeowners import check_codeowners
from spbe_cli.repository.discovery import targets
from spbe_cli.source.yamlsrc import DEFAULT_MAX_BYTES


@dataclass
class Report:
    problems: list[Problem] = field(default_factory=list)
    files: list[str] = field(default_factory=list)  # every file checked, as shown
    catalogues: list[Catalogue] = field(default_factory=list)  # every catalogue checked against


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
        year = open_files(
            target.repo,
            target.files,
            stages=target.whole_year,
            checked=True,
            max_bytes=max_bytes,
        )
        year_set = year.year_set
        assert year_set is not None
        report.problems.extend(year.problems)
        report.problems.extend(
            check_year(
                year_set,
                whole_year=target.whole_year,
                allow_partial=allow_partial,
                lock=locks[root],
            )
        )
        report.files.extend(_shown(target.files, year_set))
        if progress is not None:
            progress(len(target.files))
        report.files.extend(f.src.shown for f in year.stages.files.values())
        config = target.repo.config_src
        if config is not None and config.path not in seen_configs:
            seen_configs.add(config.path)
            report.files.append(config.shown)
            report.problems.extend(check_registry(year_set))
            report.problems.extend(check_codeowners(target.repo.root, target.repo.config))
        catalogue = year_set.catalogue
        if catalogue is not None and all(c is not catalogue for c in report.catalogues):
            report.catalogues.append(catalogue)
        if catalogue is not None and inside(catalogue.path, target.repo.root):
            # a repository's own catalogue is checked with it; a bundled one is not its file
            shown = display_path(catalogue.path)
            if shown not in report.files:
                report.files.append(shown)
    return report


def _shown(files: list[Path], year_set: YearSet) -> list[str]:
    """Each file as shown, worked out once: a unit file that was read already knows."""
    known = {unit.src.path: unit.src.shown for unit in year_set.units}
    return [known.get(path) or display_path(path) for path in files]
