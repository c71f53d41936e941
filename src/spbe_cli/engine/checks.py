"""Checks beyond the shape of one file: the unit registry, completeness, and the content of
answers (explanations, evidence) that assessors look at first. Used by ``spbe validate``."""

from __future__ import annotations

import datetime as dt
import difflib
from collections.abc import Iterator
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path

from spbe_cli.base.paths import real_folder, within
from spbe_cli.domain.numbers import rounded
from spbe_cli.engine.assessments import UnitFile, YearSet, registered_units
from spbe_cli.engine.copies import copied_criterion
from spbe_cli.engine.lock import Lock, changed, lock_key
from spbe_cli.engine.shared import out_of_scale
from spbe_cli.model.catalogue import Catalogue, Indicator, whole
from spbe_cli.model.models import Answer, Evidence
from spbe_cli.problems.messages import Msg, number, value_of
from spbe_cli.problems.problem import Problem, Severity, display_path, located, problem
from spbe_cli.source.evidence import EvidenceRef, evidence_path_problem
from spbe_cli.source.yamlsrc import KeyPath, Source


def check_year(
    year_set: YearSet, *, whole_year: bool, allow_partial: bool, lock: Lock | None = None
) -> list[Problem]:
    problems = list(_registry(year_set))
    context = _Context(year_set, lock)
    for unit in year_set.units:
        problems.extend(_content(context, unit))
    # A file that could not be read would make every indicator it answers look missing; an
    # empty one answers nothing, so what it would have held is missing indeed.
    complete = len(year_set.units) + len(year_set.empty) == len(year_set.files)
    if whole_year and complete and year_set.catalogue is not None and year_set.files:
        severity = Severity.WARNING if allow_partial else Severity.ERROR
        problems.extend(_missing(year_set, year_set.catalogue, severity))
    return problems


@dataclass(frozen=True)
class _Context:
    year_set: YearSet
    lock: Lock | None


def check_registry(year_set: YearSet) -> list[Problem]:
    """spbe.yaml's own consistency: indicators the catalogue lacks or that two units claim."""
    src, catalogue = year_set.repo.config_src, year_set.catalogue
    if src is None or catalogue is None:
        return []
    problems: list[Problem] = []
    owner: dict[str, str] = {}
    for unit, info in year_set.repo.config.units.items():
        roles = year_set.roles(unit)
        if roles is None:
            continue
        base: KeyPath = (
            ("units", unit, "catalogues", catalogue.id)
            if catalogue.id in info.catalogues
            else ("units", unit)
        )
        listed = [(n, ident, "indicators") for n, ident in enumerate(roles.indicators)]
        listed += [(n, ident, "supports") for n, ident in enumerate(roles.supports)]
        for n, ident, key in listed:
            line, col = src.pos((*base, key, n))
            if ident not in catalogue.indicators:
                problems.append(
                    problem(src.path, line, col, "X014", indicator=ident, catalogue=catalogue.id)
                )
            elif key == "supports":
                continue
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
    *,
    key: bool = False,
    **args: object,
) -> Problem:
    line, col = src.pos(path, key=key)
    return located(src.path, line, col, code, args)


def _registry(year_set: YearSet) -> Iterator[Problem]:
    registry = year_set.repo.config.units
    if not registry:
        return
    for unit in year_set.units:
        a, src = unit.assessment, unit.src
        info = registry.get(a.unit)
        if info is None:
            known = registered_units(a.unit, registry)
            yield _at(src, ("unit",), "X011", unit=a.unit, known=known)
            continue
        roles = year_set.roles(a.unit)
        if roles is None or not roles.indicators:
            continue
        for ident in a.indicators:
            if ident not in roles.indicators:
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
                severity=severity,
                indicator=ident,
                name=indicator.name,
                level=indicator.scale.low,
            )


def _content(context: _Context, unit: UnitFile) -> Iterator[Problem]:
    src = unit.src
    for line in src.review_marks:
        yield problem(src.path, line, 1, "C017")
    catalogue = context.year_set.catalogue
    for ident, answer in unit.assessment.indicators.items():
        base: KeyPath = ("indicators", ident)
        indicator = catalogue.indicators.get(ident) if catalogue else None
        if catalogue is not None and indicator is None:
            continue  # an unknown id (X001) says enough
        if answer.review is not None:
            yield from _review(src, base, ident, answer, indicator)
        refs = unit.evidence.get(ident, ())
        for n, (evidence, ref) in enumerate(zip(answer.evidence, refs, strict=True)):
            where = (*base, "evidence", n)
            yield from _evidence(
                context, src, where, (evidence, ref), indicator, ident, answer.level
            )
        if indicator is not None:
            yield from _items(src, base, ident, answer, indicator)
            yield from _proposal(src, base, ident, answer, indicator)
        if answer.level is None and indicator is not None and indicator.external is not None:
            continue  # another agency's index: pending until `external:` is filled, not "empty"
        if answer.level is None:
            filled = answer.explanation or answer.evidence
            code = "X021" if filled else "X013"
            yield _at(src, (*base, "level"), code, indicator=ident)
            continue
        if indicator is not None and answer.level not in indicator.scale:
            continue  # outside the scale (S005): what it would need says nothing more
        yield from _claim(src, base, ident, answer, indicator)


def _proposal(
    src: Source, base: KeyPath, ident: str, answer: Answer, indicator: Indicator
) -> Iterator[Problem]:
    """C020: a raw index figure without the value used, or with a value the catalogue's
    conversion table does not give it (compared at two places, as shown); the table's value
    is a proposal by a provisional table, never scored silently."""
    ext, found = indicator.external, answer.external
    if ext is None or found is None or found.raw is None:
        return
    low, high = ext.raw_min, ext.raw_max
    if (low is not None and found.raw < low) or (high is not None and found.raw > high):
        yield _at(
            src,
            (*base, "external", "raw"),
            "C022",
            indicator=ident,
            index=ext.index,
            raw=number(found.raw),
            low=number(low) if low is not None else "-",
            high=number(high) if high is not None else "-",
        )
        return
    proposed = ext.propose(found.raw)
    if proposed is None:
        return
    if found.value is None:
        state = Msg.of("c020_pending")
    elif rounded(found.value) != rounded(proposed):
        state = Msg.of("c020_differs", given=value_of(indicator, found.value))
    else:
        return
    yield _at(
        src,
        (*base, "external", "raw"),
        "C020",
        indicator=ident,
        index=ext.index,
        raw=number(found.raw),
        value=value_of(indicator, proposed),
        source=ext.conversion_source or ext.agency,
        state=state,
    )


def _items(
    src: Source, base: KeyPath, ident: str, answer: Answer, indicator: Indicator
) -> Iterator[Problem]:
    """Evidence organised as items (butir, with an application code): an item above a level
    with nothing accepted is rejected automatically (C018). A claimed level without an item at
    that level is C014, as for any evidence tagged by level."""
    items = [(n, e) for n, e in enumerate(answer.evidence) if e.id is not None]
    if not items:
        return
    by_level: dict[int, list[Evidence]] = {}
    for _, e in items:
        if e.level is not None:
            by_level.setdefault(e.level, []).append(e)
    for n, e in items:
        if e.level is None or e.level <= indicator.scale.low:
            continue
        below = by_level.get(e.level - 1, [])
        assessed = [v for v in (b.latest() for b in below) if v is not None]
        accepted = any(v[1].status == "diterima" for v in assessed)
        if not below or (assessed and not accepted):
            yield _at(
                src,
                (*base, "evidence", n, "level"),
                "C018",
                indicator=ident,
                item=e.id,
                level=e.level,
                below=e.level - 1,
            )


def _claim(
    src: Source, base: KeyPath, ident: str, answer: Answer, indicator: Indicator | None
) -> Iterator[Problem]:
    assert answer.level is not None
    low = indicator.scale.low if indicator else 1
    if answer.level > low:
        if not answer.explanation:
            shown = value_of(indicator, answer.level)
            yield _at(src, base, "C001", key=True, indicator=ident, level=shown)
        if not answer.evidence:
            shown = value_of(indicator, answer.level)
            yield _at(src, base, "C002", key=True, indicator=ident, level=shown)
    if indicator is not None and answer.explanation:
        copied = copied_criterion(answer.explanation, indicator)
        if copied is not None:
            yield _at(src, (*base, "explanation"), "C008", indicator=ident, level=copied)
    # Criteria are cumulative: once a unit tags its evidence, every level up to its claim
    # needs some (the lowest level means "nothing yet" and needs none).
    tags = {e.level for e in answer.evidence if e.level is not None}
    if tags:
        for missing in range(low + 1, whole(rounded(answer.level)) + 1):  # as shown
            if missing not in tags:
                yield _at(
                    src,
                    base,
                    "C014",
                    key=True,
                    missing=missing,
                    level=value_of(indicator, answer.level),
                )


def _review(
    src: Source, base: KeyPath, ident: str, answer: Answer, indicator: Indicator | None
) -> Iterator[Problem]:
    review = answer.review
    assert review is not None
    if indicator is not None and review.level is not None and review.level not in indicator.scale:
        yield out_of_scale(src, (*base, "review", "level"), review.level, ident, indicator)
    if review.status == "revisi" and not review.note:
        yield _at(src, (*base, "review", "status"), "C016", indicator=ident)


def _evidence(
    context: _Context,
    src: Source,
    path: KeyPath,
    entry: tuple[Evidence, EvidenceRef],
    indicator: Indicator | None,
    ident: str,
    claim: Fraction | None = None,
) -> Iterator[Problem]:
    year_set = context.year_set
    evidence, ref = entry
    if evidence.path is None and evidence.url is None:
        yield _at(src, path, "C003")
    if evidence.url is not None and not ref.url_ok:
        yield _at(src, (*path, "url"), "C004", url=evidence.url)
    if (
        indicator is not None
        and evidence.level is not None
        and evidence.level not in indicator.scale
    ):
        yield out_of_scale(src, (*path, "level"), evidence.level, ident, indicator)
    if indicator is not None and evidence.date is not None and year_set.year is not None:
        months = year_set.repo.config.evidence_max_age_months
        level = evidence.level if evidence.level is not None else claim
        periodic = _periodic_from(indicator)
        due = periodic is not None and level is not None and level >= periodic
        if due and evidence.date < _months_before(year_set.year, months):
            yield _at(
                src,
                (*path, "date"),
                "C013",
                date=evidence.date.isoformat(),
                months=months,
                year=year_set.year,
                indicator=ident,
            )
    if ref.path is not None:
        yield from _file(context, src, (*path, "path"), ref)


def _file(context: _Context, src: Source, path: KeyPath, ref: EvidenceRef) -> Iterator[Problem]:
    root = context.year_set.repo.root
    target, code = ref.path or "", ref.path_problem
    lock = context.lock
    locked = lock.files.get(lock_key(target)) if lock is not None else None
    if code == "C005" and locked is not None:
        code = "C011"
    if code == "C005":
        hint = _missing_hint(root, target)
        yield _at(src, path, code, target=target, root=_shown_root(root), hint=hint)
        return
    if code is not None:
        yield _at(src, path, code, target=target, root=_shown_root(root))
        return
    if lock is None:
        return
    if locked is None:
        yield _at(src, path, "C012", target=target)
        return
    now = changed(root / target, locked)
    if now is not None:
        yield _at(
            src,
            path,
            "C010",
            target=target,
            change=(
                Msg.of("c010_hash", old=locked.sha256[:12], new=now.sha256[:12])
                if now.size == locked.size
                else Msg.of("c010_size", old=locked.size, new=now.size)
            ),
        )


def _missing_hint(root: Path, target: str) -> Msg:
    """Why an evidence file is not found, when it is the usual reason: backslashes, or a name
    that differs only in letter case from a file that is there."""
    fixed = target.replace("\\", "/")
    if fixed != target and evidence_path_problem(root, fixed) is None:
        return Msg.of("c005_slash", fixed=fixed)
    folder = (root / fixed).parent
    if not within(real_folder(str(folder)), real_folder(str(root))):
        return Msg.of("empty")  # never list a folder outside the repository
    try:
        names = [p.name for p in folder.iterdir()]
    except OSError:
        return Msg.of("empty")
    wanted = Path(fixed).name.casefold()
    same = [name for name in names if name.casefold() == wanted]
    if same:
        return Msg.of("c005_case", name=same[0])
    close = difflib.get_close_matches(Path(fixed).name, names, n=1, cutoff=0.8)
    return Msg.of("did_you_mean", options=f"`{close[0]}`") if close else Msg.of("empty")


def _periodic_from(indicator: Indicator) -> int | None:
    """The lowest level whose criterion asks for periodic review or evaluation ("direviu ...
    secara periodik", "berkala"); evidence for a lower level need not be recent. Read once
    an indicator: every dated evidence entry asks."""
    found = _PERIODIC.get(id(indicator))
    if found is not None and found[0] is indicator:
        return found[1]
    levels = [
        level
        for level, text in indicator.criteria.items()
        if "periodik" in text.lower() or "berkala" in text.lower()
    ]
    if len(_PERIODIC) > 4096:
        _PERIODIC.clear()
    _PERIODIC[id(indicator)] = (indicator, min(levels, default=None))
    return _PERIODIC[id(indicator)][1]


# id(indicator) -> (indicator, its periodic level); the indicator is kept so its id stays its own
_PERIODIC: dict[int, tuple[Indicator, int | None]] = {}


def _months_before(year: int, months: int) -> dt.date:
    """The date ``months`` before the end of ``year`` (31 December)."""
    total = year * 12 + 12 - months  # months since year 0 of the month after the cut
    return dt.date(total // 12, total % 12 + 1, 1) - dt.timedelta(days=1)


def _shown_root(root: Path) -> str:
    shown = display_path(root)
    return "./" if shown == "." else shown
