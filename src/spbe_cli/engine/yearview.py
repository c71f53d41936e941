"""One year as every output shows it.

A ``YearView`` holds the answers of the engine for one opened year, each decided once: the
stage shown (the latest present unless the user names one) and its score, the score of every
stage present, the claims above what the assessors accepted, the assessors' notes per
indicator, and the open recommendations with the unit that owns each. The handout, the site,
``score``, ``plan`` and the stage tables take these answers from here and only format them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from fractions import Fraction
from functools import cached_property

from spbe_cli.domain.stage import Stage
from spbe_cli.engine.assessments import YearSet
from spbe_cli.engine.evaluate import OverClaim, over_claims, score_stage
from spbe_cli.engine.opening import Year
from spbe_cli.engine.scoring import Score
from spbe_cli.engine.stages import Stages
from spbe_cli.model.catalogue import Catalogue
from spbe_cli.problems.problem import Problem


@dataclass(frozen=True)
class AssessorNote:
    """What an external stage's assessors wrote beside one indicator's value."""

    stage: Stage
    value: Fraction
    note: str


@dataclass(frozen=True)
class OpenRecommendation:
    """A recommendation still open, with the unit that owns it: the one it names, else the
    unit leading its indicator in the year it is shown in ("" when no unit does)."""

    year: int
    stage: Stage
    indicator: str
    owner: str
    text: str
    follow_up: str


@dataclass
class YearView:
    """One usable year: ``score`` is its score at ``stage``, the stage every output shows."""

    year_set: YearSet
    stages: Stages
    stage: Stage
    score: Score
    problems: list[Problem] = field(default_factory=list)

    @property
    def catalogue(self) -> Catalogue:
        return self.score.catalogue

    @property
    def year(self) -> int | None:
        return self.year_set.year

    @property
    def latest(self) -> Stage:
        """The latest stage present: the one that counts now."""
        return self.stages.accepted(self.year_set)

    @cached_property
    def by_stage(self) -> dict[Stage, Score]:
        """A score for every stage present, in the order of the process."""
        return {  # the very score shown, never a second computation
            s: self.score if s is self.stage else score_stage(self.year_set, self.stages, s)
            for s in self.stages.present(self.year_set)
        }

    @cached_property
    def now(self) -> Score:
        """The score at the latest stage present (what a plan and the site's chart start
        from), whichever stage is shown."""
        return self.by_stage.get(self.latest, self.score)

    @cached_property
    def over(self) -> list[OverClaim]:
        """Self-assessed values above the value accepted at the latest stage."""
        return over_claims(self.year_set, self.stages)

    @cached_property
    def assessor_notes(self) -> dict[str, tuple[AssessorNote, ...]]:
        """Each indicator's notes from the external stages, in the order of the process."""
        found: dict[str, list[AssessorNote]] = {}
        for stage, file in self.stages.files.items():  # in the order of the process
            for ident, value in file.result.indicators.items():
                if value.note:
                    note = AssessorNote(stage, Fraction(value.level), value.note)
                    found.setdefault(ident, []).append(note)
        return {ident: tuple(notes) for ident, notes in found.items()}

    @cached_property
    def leads(self) -> dict[str, str]:
        """Each indicator's lead unit this year."""
        return {r.indicator.id: r.unit for r in self.score.indicators if r.unit}

    def lead(self, indicator: str) -> str:
        """The unit leading ``indicator`` this year ("" when none answers it)."""
        return self.leads.get(indicator, "")

    def own_recommendations(self) -> list[tuple[Stage, str, str, str | None, str]]:
        """This year's open recommendations: stage, indicator, text, named unit, follow-up."""
        return [
            (stage, rec.indicator, rec.text, rec.unit, rec.follow_up or "")
            for stage, file in self.stages.files.items()  # in the order of the process
            for rec in file.result.rekomendasi
            if rec.status == "open"
        ]


def view_year(year: Year, stage: Stage | None = None) -> YearView:
    """The view of a usable year at ``stage``; by default the latest stage present."""
    year_set = year.loaded()
    shown = stage or year.stages.accepted(year_set)
    score = score_stage(year_set, year.stages, shown)
    return YearView(year_set, year.stages, shown, score, list(year.problems))


def open_recommendations(current: YearView, years: Iterable[YearView]) -> list[OpenRecommendation]:
    """The recommendations still open in ``current`` and the years before it under the same
    catalogue (another catalogue's indicator ids mean other things), each owned by the unit it
    names or else by the unit leading its indicator in ``current``."""
    found = []
    for y in years:
        if y.year is None or current.year is None or y.year > current.year:
            continue
        if y.catalogue.id != current.catalogue.id:
            continue
        for stage, indicator, text, unit, follow_up in y.own_recommendations():
            owner = unit or current.lead(indicator)
            found.append(OpenRecommendation(y.year, stage, indicator, owner, text, follow_up))
    return sorted(found, key=lambda r: r.year)
