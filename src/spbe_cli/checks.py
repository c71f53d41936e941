"""Checks beyond the shape of one file: the unit registry, completeness, and the content of
answers (explanations, evidence) that assessors look at first. Used by ``spbe validate``."""

from __future__ import annotations

import difflib
import os
import re
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path, PurePosixPath, PureWindowsPath

from spbe_cli.assessments import UnitFile, YearSet
from spbe_cli.catalogue import Catalogue, Indicator
from spbe_cli.models import Answer, Evidence
from spbe_cli.problems import Problem, Severity, display_path, problem
from spbe_cli.yamlsrc import KeyPath, Source

# An explanation this close to a criterion text is a copy of it (assessors reject those).
COPY_RATIO = 0.9
_WORDS = re.compile(r"[^\w]+")


def check_year(year_set: YearSet, *, whole_year: bool, allow_partial: bool) -> list[Problem]:
    problems = list(_registry(year_set))
    for unit in year_set.units:
        problems.extend(_content(year_set, unit))
    # A file that could not be read would make every indicator it answers look missing.
    complete = len(year_set.units) == len(year_set.files)
    if whole_year and complete and year_set.catalogue is not None and year_set.files:
        severity = Severity.WARNING if allow_partial else Severity.ERROR
        problems.extend(_missing(year_set, year_set.catalogue, severity))
    return problems


def check_registry(year_set: YearSet) -> list[Problem]:
    """spbe.yaml's own consistency: indicators the catalogue lacks or that two units claim."""
    src, catalogue = year_set.repo.config_src, year_set.catalogue
    if src is None or catalogue is None:
        return []
    problems: list[Problem] = []
    owner: dict[str, str] = {}
    for unit, info in year_set.repo.config.units.items():
        for n, ident in enumerate(info.indicators):
            line, col = src.pos(("units", unit, "indicators", n))
            if ident not in catalogue.indicators:
                problems.append(
                    problem(src.path, line, col, "X014", indicator=ident, catalogue=catalogue.id)
                )
            elif ident in owner:
                problems.append(
                    problem(src.path, line, col, "X015", indicator=ident, other_unit=owner[ident])
                )
            else:
                owner[ident] = unit
    return problems


def _at(
    src: Source,
    path: KeyPath,
    code: str,
    severity: Severity = Severity.ERROR,
    *,
    key: bool = False,
    **args: object,
) -> Problem:
    line, col = src.pos(path, key=key)
    return problem(src.path, line, col, code, severity, **args)


def _registry(year_set: YearSet) -> Iterator[Problem]:
    registry = year_set.repo.config.units
    if not registry:
        return
    for unit in year_set.units:
        a, src = unit.assessment, unit.src
        info = registry.get(a.unit)
        if info is None:
            known = ", ".join(sorted(registry))
            yield _at(src, ("unit",), "X011", unit=a.unit, known=known)
            continue
        if not info.indicators:
            continue
        for ident in a.indicators:
            if ident not in info.indicators:
                yield _at(
                    src, ("indicators", ident), "X012", key=True, indicator=ident, unit=a.unit
                )


def _missing(year_set: YearSet, catalogue: Catalogue, severity: Severity) -> Iterator[Problem]:
    listed = {ident for u in year_set.units for ident in u.assessment.indicators}
    folder = year_set.files[0].parent
    for ident, indicator in catalogue.indicators.items():
        if ident not in listed:
            yield problem(
                folder,
                0,
                0,
                "X003",
                severity,
                indicator=ident,
                name=indicator.name,
                level=indicator.scale.low,
            )


def _content(year_set: YearSet, unit: UnitFile) -> Iterator[Problem]:
    src = unit.src
    catalogue = year_set.catalogue
    for ident, answer in unit.assessment.indicators.items():
        base: KeyPath = ("indicators", ident)
        indicator = catalogue.indicators.get(ident) if catalogue else None
        if catalogue is not None and indicator is None:
            continue  # an unknown id (X001) says enough
        if answer.level is None:
            yield _at(src, (*base, "level"), "X013", Severity.WARNING, indicator=ident)
            continue
        low = indicator.scale.low if indicator else 1
        if answer.level > low:
            if not answer.explanation:
                yield _at(
                    src,
                    base,
                    "C001",
                    Severity.WARNING,
                    key=True,
                    indicator=ident,
                    level=answer.level,
                )
            if not answer.evidence:
                yield _at(
                    src,
                    base,
                    "C002",
                    Severity.WARNING,
                    key=True,
                    indicator=ident,
                    level=answer.level,
                )
        if indicator is not None and answer.explanation:
            copied = _copied_criterion(answer, indicator)
            if copied is not None:
                yield _at(
                    src,
                    (*base, "explanation"),
                    "C008",
                    Severity.WARNING,
                    indicator=ident,
                    level=copied,
                )
        for n, evidence in enumerate(answer.evidence):
            yield from _evidence(year_set, src, (*base, "evidence", n), evidence)


def _evidence(
    year_set: YearSet, src: Source, path: KeyPath, evidence: Evidence
) -> Iterator[Problem]:
    if evidence.path is None and evidence.url is None:
        yield _at(src, path, "C003")
    if evidence.url is not None and not re.match(r"^https?://[^\s/]+", evidence.url, re.IGNORECASE):
        yield _at(src, (*path, "url"), "C004", url=evidence.url)
    if evidence.path is not None:
        code = _path_problem(year_set.repo.root, evidence.path)
        if code is not None:
            yield _at(
                src,
                (*path, "path"),
                code,
                target=evidence.path,
                root=_shown_root(year_set.repo.root),
            )


def _shown_root(root: Path) -> str:
    shown = display_path(root)
    return "./" if shown == "." else shown


def _path_problem(root: Path, target: str) -> str | None:
    """Check an evidence path without opening it, and without following it out of ``root``."""
    if (
        PurePosixPath(target).is_absolute()
        or PureWindowsPath(target).is_absolute()
        or PureWindowsPath(target).drive
        or ".." in re.split(r"[\\/]", target)
    ):
        return "C007"
    candidate = root / target
    real_root = os.path.realpath(root)
    real = os.path.realpath(candidate)  # resolves links by reading them, opens no file
    if real != real_root and not real.startswith(real_root.rstrip(os.sep) + os.sep):
        return "C007"
    resolved = Path(real)
    try:
        info = resolved.stat()
    except OSError:
        return "C005"
    if not resolved.is_file():
        return "C009"
    return "C006" if info.st_size == 0 else None


def _copied_criterion(answer: Answer, indicator: Indicator) -> int | None:
    """The level whose criterion the explanation merely repeats, if any."""
    assert answer.explanation is not None
    # Real explanations are far longer than a criterion: skip them before any text work.
    longest = max((len(text) for text in indicator.criteria.values()), default=0)
    if len(answer.explanation) > 2 * longest:
        return None
    mine = _normal(answer.explanation)
    for level, text in indicator.criteria.items():
        theirs = _normal(text)
        if not theirs or len(mine) > 1.25 * len(theirs):
            continue
        if mine == theirs or difflib.SequenceMatcher(None, mine, theirs).ratio() >= COPY_RATIO:
            return level
    return None


@lru_cache(maxsize=4096)  # the catalogue's criteria come back for every answer
def _normal(text: str) -> str:
    return " ".join(_WORDS.split(text.casefold())).strip()
