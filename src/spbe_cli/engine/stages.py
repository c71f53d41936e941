"""Assessment stages: the self-assessment (mandiri), the internal review, the external stages
(dokumen, interviu, visitasi, final) and the evidence-supported level (bukti).

Each stage's value of an indicator falls back to the stage before it (R59 Bab II.D: every stage
verifies the one before); ``bukti`` falls back to the self-assessment.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from fractions import Fraction
from pathlib import Path

from spbe_cli.domain.stage import EXTERNAL, ORDER, Stage
from spbe_cli.engine.assessments import YearSet, registered_units
from spbe_cli.engine.scoring import AnswerInput
from spbe_cli.engine.shared import both_level_and_value, out_of_scale, unknown_indicator
from spbe_cli.model.catalogue import Catalogue, Indicator
from spbe_cli.model.models import Answer, Evidence, StageResult
from spbe_cli.model.schema import load_model
from spbe_cli.problems.problem import Problem, has_errors, problem
from spbe_cli.repository.files import Files, WorkingTree
from spbe_cli.source.yamlsrc import DEFAULT_MAX_BYTES, KeyPath, Source


def stage_file(folder: Path, stage: Stage) -> Path:
    """``assessments/2022/_final.yaml``: the reserved ``_`` keeps it apart from unit files."""
    return folder / f"_{stage}.yaml"


@dataclass
class StageFile:
    src: Source
    result: StageResult


@dataclass
class Stages:
    """A year's stage data beside its unit files."""

    files: dict[Stage, StageFile] = field(default_factory=dict)

    def present(self, year_set: YearSet) -> list[Stage]:
        """The stages that hold at least one value this year, in order."""
        found = [Stage.MANDIRI]
        if any(a.review for u in year_set.units for a in u.assessment.indicators.values()):
            found.append(Stage.REVIEW)
        found += [s for s in EXTERNAL if s in self.files]
        if any(
            e.level is not None
            for u in year_set.units
            for a in u.assessment.indicators.values()
            for e in a.evidence
        ):
            found.append(Stage.BUKTI)
        return found

    def accepted(self, year_set: YearSet) -> Stage:
        """The latest stage present, the one that matters now: ``final``, else ``visitasi``,
        ``interviu``, ``dokumen`` (September to November the assessors' dokumen values are
        what counts), ``review``, else ``mandiri``. A plan and the site's chart start here."""
        present = self.present(year_set)
        for stage in reversed(ORDER):
            if stage in present:
                return stage
        return Stage.MANDIRI


def load_stages(
    year_set: YearSet, *, max_bytes: int = DEFAULT_MAX_BYTES, reader: Files | None = None
) -> tuple[Stages, list[Problem]]:
    stages = Stages()
    problems: list[Problem] = []
    if not year_set.files:
        return stages, problems
    folder = year_set.files[0].parent
    files = reader or WorkingTree(year_set.repo.root, max_bytes)
    for stage in EXTERNAL:
        path = stage_file(folder, stage)
        if not files.exists(path):
            continue
        src = files.read(path)
        result, found = load_model(StageResult, src, {"decimal": True})
        problems.extend(found)
        if result is None:
            continue
        if result.stage != stage:
            line, col = src.pos(("stage",))
            problems.append(problem(path, line, col, "X016", stage=result.stage, expected=stage))
        if year_set.year is not None and result.year != year_set.year:
            line, col = src.pos(("year",))
            problems.append(
                problem(path, line, col, "X004", year=result.year, folder=year_set.year)
            )
        if year_set.catalogue is not None:
            problems.extend(_check_stage(src, result, year_set, year_set.catalogue))
        if not has_errors(found):
            stages.files[stage] = StageFile(src, result)
    return stages, problems


def _check_stage(
    src: Source, result: StageResult, year_set: YearSet, catalogue: Catalogue
) -> list[Problem]:

    problems: list[Problem] = []
    for ident, value in result.indicators.items():
        indicator = catalogue.indicators.get(ident)
        if indicator is None:
            where: KeyPath = ("indicators", ident)
            problems.append(unknown_indicator(src, where, ident, catalogue, key=True))
        elif value.value is not None:
            problems.append(both_level_and_value(src, ("indicators", ident, "value")))
        elif value.level not in indicator.scale:
            where = ("indicators", ident, "level")
            problems.append(out_of_scale(src, where, value.level, ident, indicator))
    units = set(year_set.repo.config.units) or {u.assessment.unit for u in year_set.units}
    for n, rec in enumerate(result.rekomendasi):
        if rec.indicator not in catalogue.indicators:
            where = ("rekomendasi", n, "indicator")
            problems.append(unknown_indicator(src, where, rec.indicator, catalogue))
        if rec.unit is not None and units and rec.unit not in units:
            line, col = src.pos(("rekomendasi", n, "unit"))
            known = registered_units(rec.unit, units)
            problems.append(problem(src.path, line, col, "X011", unit=rec.unit, known=known))
        if rec.status == "closed" and not rec.follow_up:
            line, col = src.pos(("rekomendasi", n, "status"))
            problems.append(problem(src.path, line, col, "C015", indicator=rec.indicator))
    return problems


def review_level(answer: Answer) -> Fraction | None:
    """The level the internal assessors stand behind: theirs, or the claim they accepted."""
    if answer.review is None:
        return None
    if answer.review.level is not None:
        return answer.review.level
    return answer.level if answer.review.status == "diterima" else None


def supported_level(answer: Answer, indicator: Indicator) -> int | None:
    """The highest level L such that every level up to L has evidence tagged for it (an
    evidence item the assessors sent back, ``revisi`` at its latest stage, does not count).

    The lowest level of a scale needs none (under 59/2020 it means "nothing exists yet").
    None when the answer tags no evidence at all.
    """
    tags = {e.level for e in answer.evidence if e.level is not None and not _sent_back(e)}
    if not tags:
        return None
    level = indicator.scale.low
    while level + 1 <= indicator.scale.high and level + 1 in tags:
        level += 1
    return level


def _sent_back(evidence: Evidence) -> bool:
    """An evidence item whose latest assessor status is ``revisi`` supports nothing yet."""
    latest = evidence.latest()
    return latest is not None and latest[1].status == "revisi"


@dataclass(frozen=True)
class StageAnswers:
    answers: dict[str, AnswerInput]
    came_from: dict[str, Stage]  # indicator -> the stage its value came from

    def fell_back(self, stage: Stage) -> dict[str, Stage]:
        return {k: v for k, v in self.came_from.items() if v != stage}


def stage_answers(year_set: YearSet, stages: Stages, stage: Stage) -> StageAnswers:
    """Every indicator's value at ``stage``, falling back along the chain."""
    answers = dict(year_set.answers)
    came_from = dict.fromkeys(answers, Stage.MANDIRI)
    catalogue = year_set.catalogue
    owners = {ident: a.unit for ident, a in answers.items()}
    by_id = {ident: a for u in year_set.units for ident, a in u.assessment.indicators.items()}
    if stage is Stage.BUKTI:
        for ident, answer in by_id.items():
            indicator = catalogue.indicators.get(ident) if catalogue else None
            level = supported_level(answer, indicator) if indicator else None
            if level is not None and ident in answers and _fits(catalogue, ident, level):
                answers[ident] = answers[ident]._replace(level=level, value=None)
                came_from[ident] = Stage.BUKTI
        return StageAnswers(answers, came_from)
    for step in stage.chain[1:]:
        if step is Stage.REVIEW:
            for ident, answer in by_id.items():
                reviewed = review_level(answer)
                if reviewed is not None and ident in answers and _fits(catalogue, ident, reviewed):
                    answers[ident] = answers[ident]._replace(level=reviewed, value=None)
                    came_from[ident] = Stage.REVIEW
        elif step in stages.files:
            file = stages.files[step]
            for ident, value in file.result.indicators.items():
                if not _fits(catalogue, ident, value.level):
                    continue  # validate reports it
                line = file.src.pos(("indicators", ident), key=True)[0]
                owner = owners.get(ident) or _registry_owner(year_set, ident)
                record = answers[ident].external if ident in answers else None
                answers[ident] = AnswerInput(
                    value.level, owner, file.src.shown, line, external=record
                )  # another agency's index record stays beside the assessors' value
                came_from[ident] = step
    return StageAnswers(answers, came_from)


def _fits(catalogue: Catalogue | None, ident: str, level: Fraction | int) -> bool:
    indicator = catalogue.indicators.get(ident) if catalogue else None
    return indicator is not None and level in indicator.scale


def _registry_owner(year_set: YearSet, ident: str) -> str:
    return year_set.lead_of(ident) or ""
