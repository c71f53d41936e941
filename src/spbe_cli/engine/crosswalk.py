"""Crosswalks between catalogues (``indicators/crosswalks/<from>--<to>.yaml``) and estimated
answer sets under another catalogue: for trends across a change of regulation."""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path

from spbe_cli.base.resources import catalogue_dir
from spbe_cli.domain.numbers import round_half_up
from spbe_cli.engine.scoring import AnswerInput, Score
from spbe_cli.model.catalogue import Catalogue, load_catalogue, locate_catalogue
from spbe_cli.model.models import CrosswalkDef
from spbe_cli.model.schema import load_model
from spbe_cli.problems.problem import Problem, problem
from spbe_cli.source.yamlsrc import read_yaml


@dataclass(frozen=True)
class Crosswalk:
    source: str
    target: str
    status: str
    path: Path
    mapping: dict[str, tuple[str, ...]]  # target indicator -> source indicators
    basis: dict[str, str]


def crosswalk_path(source: str, target: str) -> Path:
    return catalogue_dir() / "crosswalks" / f"{source}--{target}.yaml"


def load_crosswalk(
    path: Path, source: Catalogue | None = None, target: Catalogue | None = None
) -> tuple[Crosswalk | None, list[Problem]]:
    """Read a crosswalk; with the catalogues given, every id must exist on its side (K012)."""
    src = read_yaml(path)
    model, problems = load_model(CrosswalkDef, src)
    if model is None:
        return None, problems
    for ident, entry in model.map.items():
        if target is not None and ident not in target.indicators:
            line, col = src.pos(("map", ident), key=True)
            problems.append(problem(path, line, col, "K012", id=ident, catalogue=target.id))
        for n, old in enumerate(entry.sources):
            if source is not None and old not in source.indicators:
                line, col = src.pos(("map", ident, "from", n))
                problems.append(problem(path, line, col, "K012", id=old, catalogue=source.id))
    if problems:
        return None, problems
    return Crosswalk(
        model.source,
        model.target,
        model.status,
        path,
        {k: tuple(v.sources) for k, v in model.map.items()},
        {k: v.basis for k, v in model.map.items()},
    ), src.problems


def find_crosswalk(source: Catalogue, target: Catalogue) -> tuple[Crosswalk | None, list[Problem]]:
    path = crosswalk_path(source.id, target.id)
    if not path.is_file():
        return None, []
    return load_crosswalk(path, source, target)


def target_catalogue(ref: str, base: Path) -> tuple[Catalogue | None, list[Problem]]:
    path = locate_catalogue(ref, base)
    if path is None or not path.is_file():
        return None, []
    return load_catalogue(path)


@dataclass(frozen=True)
class Estimate:
    """An answer set under another catalogue, estimated through a crosswalk."""

    answers: dict[str, AnswerInput]
    origins: dict[str, tuple[tuple[str, Fraction], ...]]  # estimated id -> (source id, value)
    unmapped: tuple[str, ...]


def estimate(score: Score, crosswalk: Crosswalk, target: Catalogue) -> Estimate:
    """Each target level: the mean of the mapped source values, rounded half up into the scale.

    Source indicators nobody answered do not count; a target with no answered source stays
    unanswered (and counts at the lowest level when scored).
    """
    values = {r.indicator.id: (r.value, r.unit or "") for r in score.indicators if r.answered}
    answers: dict[str, AnswerInput] = {}
    origins: dict[str, tuple[tuple[str, Fraction], ...]] = {}
    for ident, indicator in target.indicators.items():
        found = [(old, values[old][0]) for old in crosswalk.mapping.get(ident, ()) if old in values]
        if not found:
            continue
        mean = sum((v for _, v in found), Fraction(0)) / len(found)
        level = int(round_half_up(mean, 0))
        level = min(max(level, indicator.scale.low), indicator.scale.high)
        unit = values[found[0][0]][1]
        answers[ident] = AnswerInput(level, unit, f"{crosswalk.source}:{found[0][0]}", 0)
        origins[ident] = tuple(found)
    unmapped = tuple(i for i in target.indicators if i not in answers)
    return Estimate(answers, origins, unmapped)


@dataclass(frozen=True)
class Estimated:
    """A score estimated under another catalogue, with where each level came from."""

    score: Score
    estimate: Estimate
    walk: Crosswalk
