"""Scores beyond one stage of one year: any stage, all stages side by side, over-claims, and the
trend over the years of a repository."""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path

from spbe_cli.domain.numbers import rounded
from spbe_cli.domain.stage import ORDER, Stage
from spbe_cli.engine.assessments import YearSet
from spbe_cli.engine.scoring import Score, UnitInput, score
from spbe_cli.engine.stages import Stages, stage_answers
from spbe_cli.problems.problem import Problem
from spbe_cli.repository.layout import year_folders


def units_of(year_set: YearSet) -> list[UnitInput]:
    registry = year_set.repo.config.units
    return [
        UnitInput(
            u.assessment.unit,
            u.assessment.name
            or (registry[u.assessment.unit].name if u.assessment.unit in registry else None),
            u.src.shown,
        )
        for u in year_set.units
    ]


def score_stage(year_set: YearSet, stages: Stages, stage: Stage = Stage.MANDIRI) -> Score:
    catalogue = year_set.catalogue
    assert catalogue is not None
    values = stage_answers(year_set, stages, stage)
    fell_back = tuple(
        sorted(
            values.fell_back(stage).items(),
            key=lambda item: (
                list(catalogue.indicators).index(item[0]) if item[0] in catalogue.indicators else 0
            ),
        )
    )
    return score(
        catalogue,
        values.answers,
        units_of(year_set),
        year_set.repo.config.instansi,
        year_set.year,
        stage=stage,
        fell_back=fell_back if stage is not Stage.MANDIRI else (),
    )


@dataclass(frozen=True)
class OverClaim:
    indicator: str
    unit: str
    claimed: Fraction | int
    accepted: Fraction | int
    stage: Stage  # where the accepted level comes from


def over_claims(year_set: YearSet, stages: Stages) -> list[OverClaim]:
    """Indicators whose self-assessed level is above the level accepted at the latest stage."""
    present = [s for s in stages.present(year_set) if s in ORDER and s is not Stage.MANDIRI]
    if not present or year_set.catalogue is None:
        return []
    latest = present[-1]
    values = stage_answers(year_set, stages, latest)
    found = []
    for ident in year_set.catalogue.indicators:
        claim = year_set.answers.get(ident)
        value = values.answers.get(ident)
        source = values.came_from.get(ident, Stage.MANDIRI)
        if claim is None or claim.level is None or value is None or value.level is None:
            continue
        # compared as shown: a claim of 3 over an accepted 2.999 (3,00) is no over-claim
        if source is not Stage.MANDIRI and rounded(Fraction(value.level)) < rounded(
            Fraction(claim.level)
        ):
            found.append(OverClaim(ident, claim.unit, claim.level, value.level, source))
    return found


def several_years(path: Path) -> list[Path]:
    """The year folders of a repository root (or of its ``assessments/``); [] for a year."""
    if not path.is_dir():
        return []
    for folder in (path, path / "assessments"):
        if folder.is_dir():
            years = year_folders(folder)
            if years:
                return years
    return []


@dataclass
class YearScore:
    folder: Path
    score: Score | None  # None when the year has errors
    problems: list[Problem]


@dataclass(frozen=True)
class StageComparison:
    """Every stage present in a year side by side, and the self-assessed levels above the
    level accepted at the latest stage."""

    scores: dict[Stage, Score]
    over: list[OverClaim]
