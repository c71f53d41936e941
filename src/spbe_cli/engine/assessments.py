"""Load one year's unit files, check them against the catalogue and merge them into answers."""

from __future__ import annotations

import difflib
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from spbe_cli.base.paths import inside
from spbe_cli.base.resources import catalogue_dir
from spbe_cli.domain.numbers import fmt
from spbe_cli.engine.scoring import AnswerInput
from spbe_cli.engine.shared import (
    both_level_and_value,
    out_of_scale,
    unknown_indicator,
)
from spbe_cli.model.catalogue import (
    DEFAULT_CATALOGUE,
    Catalogue,
    Indicator,
    framework_of_year,
    known_catalogues,
    load_catalogue,
    locate_catalogue,
)
from spbe_cli.model.models import Answer, Assessment, UnitRoles
from spbe_cli.model.schema import load_model
from spbe_cli.problems.messages import Msg
from spbe_cli.problems.problem import Problem, display_path, problem
from spbe_cli.repository.discovery import linked_out, name_of
from spbe_cli.repository.files import Files, WorkingTree
from spbe_cli.repository.layout import (
    Repo,
    is_year,
    kept_in,
    unit_files,
    year_folders,
)
from spbe_cli.source.evidence import EvidenceRef, resolve_evidence
from spbe_cli.source.yamlsrc import DEFAULT_MAX_BYTES, KeyPath, Source


@dataclass
class UnitFile:
    src: Source
    assessment: Assessment
    root: Path  # the repository's root, where evidence paths start

    @cached_property
    def evidence(self) -> dict[str, tuple[EvidenceRef, ...]]:
        """Every evidence entry of every indicator, resolved once by the sandbox rule (on first
        use: scoring never needs it, checks, the lock and handouts share it)."""
        return {
            ident: tuple(resolve_evidence(self.root, e.path, e.url) for e in answer.evidence)
            for ident, answer in self.assessment.indicators.items()
        }


@dataclass
class YearSet:
    """One year's files as read and checked; ``catalogue`` is None when it could not be found."""

    repo: Repo
    catalogue: Catalogue | None
    year: int | None
    units: list[UnitFile] = field(default_factory=list)
    answers: dict[str, AnswerInput] = field(default_factory=dict)
    files: list[Path] = field(default_factory=list)
    empty: list[Path] = field(default_factory=list)  # files that hold no data at all (Y008)

    def roles(self, unit: str) -> UnitRoles | None:
        """What the registry says ``unit`` leads and supports under this year's catalogue."""
        info = self.repo.config.units.get(unit)
        if info is None or self.catalogue is None:
            return None
        return info.roles(self.catalogue.id, self.repo.config.catalogue or DEFAULT_CATALOGUE)

    def lead_of(self, ident: str) -> str | None:
        """The unit the registry names as the lead of an indicator this year."""
        for unit in self.repo.config.units:
            roles = self.roles(unit)
            if roles is not None and ident in roles.indicators:
                return unit
        return None

    def inputs(self) -> list[Path]:
        """Every file this year is made of, evidence included: what no output may replace."""
        found = [*self.files]
        if self.catalogue is not None:
            found.append(self.catalogue.path)
        if self.repo.config_src is not None:
            found.append(self.repo.config_src.path)
        for unit in self.units:
            for answer in unit.assessment.indicators.values():
                found += [self.repo.root / e.path for e in answer.evidence if e.path]
        return found


def registered_units(unit: str, names: Iterable[str]) -> Msg:
    """X011's ``known``: the registered units, then the one ``unit`` most likely meant when
    one is close (``diskominfoo``: did you mean `diskominfo`?), as X001 names the nearest ids."""
    known = sorted(names)
    folded = {name.casefold(): name for name in known}
    close = difflib.get_close_matches(unit.strip().casefold(), list(folded), n=1, cutoff=0.6)
    hint = Msg.of("did_you_mean", options=f"`{folded[close[0]]}`") if close else Msg.of("empty")
    return Msg.of("registered_units", known=", ".join(known), hint=hint)


def expand(paths: list[Path]) -> tuple[list[Path], list[Problem]]:
    """The unit files named by ``paths``: files as given, a year folder's unit files."""
    files: list[Path] = []
    for path in paths:
        if not path.exists():
            return [], [problem(path, 0, 0, "X010", where=display_path(path))]
        if path.is_file():
            files.append(path)
            continue
        if is_year(name_of(path)) and not kept_in(path):  # the rule validate follows (Y015)
            return [], [linked_out(path)]
        found = unit_files(path)
        years = year_folders(path)
        if not found and years:
            shown = display_path(path)
            example = display_path(years[-1])
            return [], [
                problem(
                    path,
                    0,
                    0,
                    "X009",
                    where=shown,
                    example=example,
                    years=", ".join(y.name for y in years),
                )
            ]
        if not found:
            return [], [problem(path, 0, 0, "X008", where=display_path(path))]
        files.extend(found)
    return files, []


def load_files(
    repo: Repo,
    files: list[Path],
    catalogue_ref: str | None = None,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    reader: Files | None = None,
) -> tuple[YearSet, list[Problem]]:
    """Read every file (one broken file never stops the others), then check across them.

    ``reader`` reads a file some other way (from git objects, for ``spbe diff``).
    """
    problems: list[Problem] = []
    units: list[UnitFile] = []
    empty: list[Path] = []
    source = reader or WorkingTree(repo.root, max_bytes)
    read = [source.read(path) for path in files]
    # The catalogue first (from the files' `catalogue:` as written): it says whether levels
    # must be whole, which the files are then checked against.
    year = _year(read)
    catalogue, found = year_catalogue(repo, read, catalogue_ref, year)
    context = {"decimal": catalogue.decimal if catalogue is not None else True}
    for path, src in zip(files, read, strict=True):
        if [p.code for p in src.problems] == ["Y008"]:
            empty.append(path)
        model, problems_of_file = load_model(Assessment, src, context)
        problems.extend(problems_of_file)
        if model is not None:
            units.append(UnitFile(src, model, repo.root))
    problems.extend(found)
    year_set = YearSet(repo, catalogue, year, units, files=files, empty=empty)
    if catalogue is not None:
        problems.extend(_check_units(year_set, catalogue))
    return year_set, problems


def _written_catalogue(src: Source) -> str | None:
    """A unit file's `catalogue:` as written, when it is text (the model checks the rest)."""
    data = src.data
    found = data.get("catalogue") if isinstance(data, dict) else None
    return found if isinstance(found, str) and found else None


def year_catalogue(
    repo: Repo, units: list[Source], override: str | None, year: int | None
) -> tuple[Catalogue | None, list[Problem]]:
    """The year's catalogue: ``--catalogue``, else the files' ``catalogue:``, else spbe.yaml's,
    else the framework in force that year (2020-2025 ``spbe-2020``, 2026 on ``pemdi-2026``)."""
    problems: list[Problem] = []
    default = repo.config.catalogue or framework_of_year(year)
    chosen = override
    if chosen is None:
        effective = [(u, _written_catalogue(u) or default) for u in units]
        counts = Counter(ref for _, ref in effective)
        chosen = counts.most_common(1)[0][0] if counts else default
        for unit, ref in effective:
            if ref != chosen:
                line, col = unit.pos(("catalogue",))
                problems.append(problem(unit.path, line, col, "X006", catalogue=ref, other=chosen))
    assert chosen is not None
    path = locate_catalogue(chosen, Path.cwd() if override is not None else repo.root)
    if path is None or not path.is_file():
        where = _catalogue_origin(repo, units, chosen, override)
        problems.append(
            problem(
                where[0],
                where[1],
                where[2],
                "X007",
                catalogue=chosen,
                known=", ".join(known_catalogues()),
            )
        )
        return None, problems
    if override is None and not _trusted_catalogue(path, repo.root):
        where = _catalogue_origin(repo, units, chosen, override)
        problems.append(problem(where[0], where[1], where[2], "Y015", root=display_path(repo.root)))
        return None, problems
    catalogue, found = load_catalogue(path)
    return catalogue, problems + found


def _trusted_catalogue(path: Path, root: Path) -> bool:
    """A catalogue named by the repository's own files is a bundled one or lies inside the
    repository (``catalogue: /etc/passwd`` in a pull request reads nothing)."""
    return inside(path, catalogue_dir()) or inside(path, root)


def _catalogue_origin(
    repo: Repo, units: list[Source], chosen: str, override: str | None
) -> tuple[Path | str, int, int]:
    if override is not None:
        return "--catalogue", 0, 0
    for unit in units:
        if _written_catalogue(unit) == chosen:
            line, col = unit.pos(("catalogue",))
            return unit.path, line, col
    if repo.config_src is not None:
        line, col = repo.config_src.pos(("catalogue",))
        return repo.config_src.path, line, col
    return "spbe.yaml", 0, 0


def _year(units: list[Source]) -> int | None:
    """The year folder's year; for loose files, the first `year:` written as a number."""
    for unit in units:
        folder = name_of(unit.path.parent)
        if is_year(folder):
            return int(folder)
    for unit in units:
        data = unit.data
        found = data.get("year") if isinstance(data, dict) else None
        if isinstance(found, int) and not isinstance(found, bool):
            return found
    return None


def _check_units(year_set: YearSet, catalogue: Catalogue) -> list[Problem]:
    problems: list[Problem] = []
    first_owner: dict[str, UnitFile] = {}
    for unit in year_set.units:
        problems.extend(_check_header(year_set, unit))
        for ident, answer in unit.assessment.indicators.items():
            problems.extend(_check_answer(year_set, catalogue, unit, (ident, answer), first_owner))
        problems.extend(_check_supports(year_set, unit, catalogue))
    return problems


def _check_header(year_set: YearSet, unit: UnitFile) -> list[Problem]:
    """The file's `year:` matches its folder and its `unit:` matches its name."""
    a, src = unit.assessment, unit.src
    problems: list[Problem] = []
    if year_set.year is not None and a.year != year_set.year:
        line, col = src.pos(("year",))
        problems.append(problem(src.path, line, col, "X004", year=a.year, folder=year_set.year))
    if a.unit != src.path.stem:
        line, col = src.pos(("unit",))
        problems.append(problem(src.path, line, col, "X005", unit=a.unit, stem=src.path.stem))
    return problems


def _check_answer(
    year_set: YearSet,
    catalogue: Catalogue,
    unit: UnitFile,
    entry: tuple[str, Answer],
    first_owner: dict[str, UnitFile],
) -> list[Problem]:
    """One answer: a known indicator, well formed, answered by one unit only; recorded in
    ``year_set.answers`` when it is."""
    ident, answer = entry
    src = unit.src
    indicator = catalogue.indicators.get(ident)
    if indicator is None:
        where: KeyPath = ("indicators", ident)
        return [unknown_indicator(src, where, ident, catalogue, key=True)]
    shape = _value_problems(src, ident, answer, indicator) or _external(
        src, ident, answer, indicator
    )
    if shape:
        return shape
    if ident in first_owner:
        return _answered_twice(unit, first_owner[ident], ident)
    first_owner[ident] = unit
    return _record(year_set, unit, entry, indicator)


def _answered_twice(unit: UnitFile, other: UnitFile, ident: str) -> list[Problem]:
    """X002 at both answers of an indicator, each pointing at the other."""
    src = unit.src
    key_line, key_col = src.pos(("indicators", ident), key=True)
    other_line, other_col = other.src.pos(("indicators", ident), key=True)
    return [
        problem(
            src.path,
            key_line,
            key_col,
            "X002",
            indicator=ident,
            other_unit=other.assessment.unit,
            other=f"{other.src.shown}:{other_line}",
        ),
        problem(
            other.src.path,
            other_line,
            other_col,
            "X002",
            indicator=ident,
            other_unit=unit.assessment.unit,
            other=f"{src.shown}:{key_line}",
        ),
    ]


def _record(
    year_set: YearSet, unit: UnitFile, entry: tuple[str, Answer], indicator: Indicator
) -> list[Problem]:
    """Keep the answer for scoring; another agency's index, self-assessed, is not counted until
    supplied (X024)."""
    ident, answer = entry
    src = unit.src
    problems: list[Problem] = []
    value = answer.external.value if answer.external is not None else None
    level = answer.level
    if indicator.external is not None and answer.external is None and level is not None:
        line, col = src.pos(("indicators", ident, "level"))
        problems.append(
            problem(
                src.path,
                line,
                col,
                "X024",
                indicator=ident,
                agency=indicator.external.agency,
                index=indicator.external.index,
            )
        )
        level = None
    key_line = src.pos(("indicators", ident), key=True)[0]
    year_set.answers[ident] = AnswerInput(
        level, unit.assessment.unit, src.shown, key_line, value, answer.external
    )
    return problems


def _value_problems(src: Source, ident: str, answer: Answer, indicator: Indicator) -> list[Problem]:
    """The level as written: one key, inside the scale (whole where the catalogue wants whole
    levels is checked with the file, see ``load_files``)."""
    found: list[Problem] = []
    if answer.value is not None:
        found.append(both_level_and_value(src, ("indicators", ident, "value")))
    where: KeyPath = ("indicators", ident, "level")
    if answer.level is not None and answer.level not in indicator.scale:
        found.append(out_of_scale(src, where, answer.level, ident, indicator))
    return found


def _check_supports(year_set: YearSet, unit: UnitFile, catalogue: Catalogue) -> list[Problem]:
    """A supporting unit's contributions: known indicators, never a level, and (when the
    registry says who supports what) only where it is registered as supporting."""
    problems: list[Problem] = []
    a, src = unit.assessment, unit.src
    info = year_set.roles(a.unit)
    for ident, part in a.supports.items():
        if ident not in catalogue.indicators:
            where: KeyPath = ("supports", ident)
            problems.append(unknown_indicator(src, where, ident, catalogue, key=True))
            continue
        if part.level is not None:
            line, col = src.pos(("supports", ident, "level"), key=True)
            problems.append(problem(src.path, line, col, "X023", indicator=ident))
        if ident in a.indicators:
            line, col = src.pos(("supports", ident), key=True)
            problems.append(problem(src.path, line, col, "X025", indicator=ident, unit=a.unit))
        elif info is not None and ident not in info.supports:
            line, col = src.pos(("supports", ident), key=True)
            problems.append(problem(src.path, line, col, "X026", indicator=ident, unit=a.unit))
    return problems


def _external(src: Source, ident: str, answer: Answer, indicator: Indicator) -> list[Problem]:
    """An external value: only where the catalogue allows one, within the scale, no level."""
    if answer.external is None:
        return []
    line, col = src.pos(("indicators", ident, "external"))
    if indicator.external_source is None:
        return [problem(src.path, line, col, "X017", indicator=ident)]
    value = answer.external.value
    if value is not None and not indicator.scale.low <= value <= indicator.scale.high:
        where = ("indicators", ident, "external", "value")
        return [out_of_scale(src, where, fmt(value), ident, indicator)]
    if answer.level is not None:
        line, col = src.pos(("indicators", ident, "level"))
        return [problem(src.path, line, col, "X018", indicator=ident)]
    return []
