"""The one entry point that opens what a command works on.

A year comes from a folder, from unit files, or from a git revision (``REV:PATH``); a
repository is every year folder in it. What is opened carries its answers, its stages, every
problem found on the way and the catalogue it is scored under, so a command never repeats
"load the year, load its stages, collect the problems".
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from spbe_cli.domain.stage import Stage
from spbe_cli.engine.assessments import YearSet, load_files, load_year
from spbe_cli.engine.evaluate import several_years
from spbe_cli.engine.scoring import Score
from spbe_cli.engine.stages import Stages, load_stages
from spbe_cli.model.catalogue import Catalogue
from spbe_cli.problems.problem import Problem, has_errors


@dataclass
class Year:
    """One opened year. ``usable`` says whether it can be scored; ``problems`` says why not."""

    year_set: YearSet | None
    stages: Stages = field(default_factory=Stages)
    problems: list[Problem] = field(default_factory=list)
    source: str = ""  # what the user named: a folder, files, or REV:PATH

    @property
    def catalogue(self) -> Catalogue | None:
        return self.year_set.catalogue if self.year_set is not None else None

    @property
    def usable(self) -> bool:
        return (
            self.year_set is not None
            and self.catalogue is not None
            and bool(self.year_set.files)
            and not has_errors(self.problems)
        )

    @property
    def provisional(self) -> list[Catalogue]:
        """The catalogue when it is provisional: its numbers must never pass for official."""
        found = self.catalogue
        return [found] if found is not None and found.provisional else []

    def loaded(self) -> YearSet:
        """The year's answers; only for a usable year."""
        if self.year_set is None or not self.usable:
            raise ValueError("the year has errors and cannot be scored")
        return self.year_set

    def score(self, stage: Stage = Stage.MANDIRI) -> Score:
        from spbe_cli.engine.evaluate import score_stage

        return score_stage(self.loaded(), self.stages, stage)


def open_year(paths: list[Path], catalogue: str | None = None) -> Year:
    """A year folder, or unit files of one year, with its stage files."""
    year_set, problems = load_year(paths, catalogue)
    shown = " ".join(str(p) for p in paths)
    if year_set is None or year_set.catalogue is None or has_errors(problems):
        return Year(year_set, problems=problems, source=shown)
    stages, found = load_stages(year_set)
    return Year(year_set, stages, problems + found, shown)


def open_spec(spec: str, cwd: Path | None = None) -> Year:
    """A year folder, or ``REV:PATH`` read from git (raises ``GitError``); a git path is taken
    from ``cwd`` (default: the working folder)."""
    from spbe_cli.repository.gitsrc import GitYear, looks_like_git

    if not looks_like_git(spec):
        return open_year([Path(spec)])
    year = GitYear(spec, cwd)
    repo, problems = year.repo()
    year_set, found = load_files(repo, year.files, reader=year)
    problems += found
    stages, found = load_stages(year_set, reader=year)
    return Year(year_set, stages, problems + found, spec)


def open_repository(path: Path) -> list[Year]:
    """Every year folder of a repository root (or of its ``assessments/``); [] for a path that
    is not a repository of years."""
    return [open_year([folder]) for folder in several_years(path)]
