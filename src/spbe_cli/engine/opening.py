"""Opening a year: its unit files read and checked across, its stage files, every problem found
on the way and the catalogue it is scored under. ``validate``, the evidence lock, the
workbooks and every command of the application layer open a year here, so "load the files,
load the stages, collect the problems" exists once."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from spbe_cli.domain.stage import Stage
from spbe_cli.engine.assessments import YearSet, load_files
from spbe_cli.engine.scoring import Score
from spbe_cli.engine.stages import Stages, load_stages
from spbe_cli.model.catalogue import Catalogue
from spbe_cli.problems.problem import Problem, has_errors
from spbe_cli.repository.files import Files
from spbe_cli.repository.layout import Repo
from spbe_cli.source.yamlsrc import DEFAULT_MAX_BYTES


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


def open_files(
    repo: Repo,
    files: list[Path],
    *,
    catalogue: str | None = None,
    stages: bool = True,
    checked: bool = False,
    max_bytes: int = DEFAULT_MAX_BYTES,
    reader: Files | None = None,
    source: str = "",
) -> Year:
    """The unit files ``files`` of one year of ``repo``, with its stage files when ``stages``.
    A year with errors gets no stages (nothing will score it) unless it is being ``checked``
    (``validate`` reports the stage files' problems too)."""
    year_set, problems = load_files(repo, files, catalogue, max_bytes=max_bytes, reader=reader)
    if not stages or (not checked and (year_set.catalogue is None or has_errors(problems))):
        return Year(year_set, problems=problems, source=source)
    found, more = load_stages(year_set, max_bytes=max_bytes, reader=reader)
    return Year(year_set, found, problems + more, source)
