"""What one unit's fill-in workbook shows, taken from its YAML file: the rows of the indicator
sheet (lead indicators, then supported ones) and of the evidence sheet. ``spbe sheet`` writes
it; ``spbe import`` compares a filled workbook with it."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path
from typing import Literal

from spbe_cli.engine.assessments import UnitFile, YearSet
from spbe_cli.model.catalogue import Catalogue, Indicator
from spbe_cli.model.models import Assessment, Evidence
from spbe_cli.problems.messages import Lang
from spbe_cli.render.items import verdict_text

Role = Literal["lead", "support"]
Scope = Literal["indicators", "supports"]

FORMAT = "1"  # the workbook layout; `spbe import` refuses another
BLANK_EVIDENCE_ROWS = 40  # empty rows offered for new evidence


@dataclass(frozen=True)
class IndicatorRow:
    indicator: Indicator
    role: Role
    level: Fraction | None  # this year's, as the file holds it (lead rows)
    written: str | None  # how the file writes it ("7/3", "2.50"), for the cell
    explanation: str | None
    last_year: Fraction | None  # last year's value, shown when this year has none
    external: bool  # valued from another agency's index: the unit fills in no level
    external_value: Fraction | None = None  # the value supplied under `external:`, if any

    @property
    def scope(self) -> Scope:
        return "indicators" if self.role == "lead" else "supports"


@dataclass(frozen=True)
class EvidenceRow:
    scope: Scope
    indicator: str
    index: int  # the entry's position in the YAML list
    title: str
    path: str | None
    url: str | None
    item: str | None
    level: int | None
    date: dt.date | None
    status: str  # the assessors' latest verdict, read-only

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.title, self.path, self.url, self.item)


def fingerprint(title: str, path: str | None, url: str | None, item: str | None) -> str:
    """A short digest of what identifies an evidence entry (its ref in the workbook checks it)."""
    raw = json.dumps([title, path, url, item], ensure_ascii=False)
    return hashlib.sha256(raw.encode()).hexdigest()[:12]


@dataclass(frozen=True)
class UnitSheet:
    unit: str
    unit_name: str
    year: int
    instansi: str
    catalogue: Catalogue
    file: Path
    relative: str  # the file's path inside the repository, for people
    sha256: str
    rows: tuple[IndicatorRow, ...]
    evidence: tuple[EvidenceRow, ...]

    def row_of(self, ident: str) -> IndicatorRow | None:
        return next((r for r in self.rows if r.indicator.id == ident), None)


def file_digest(raw: bytes) -> str:
    return hashlib.sha256(raw).hexdigest()


def unit_sheet(
    year_set: YearSet,
    unit: UnitFile,
    raw: bytes,
    last: Assessment | None = None,
    lang: Lang = "id",
) -> UnitSheet:
    """The workbook rows of ``unit``: what it leads (registry and file), then what it supports,
    each in catalogue order; evidence in the order of the rows, then of the file."""
    catalogue = year_set.catalogue
    assert catalogue is not None
    a = unit.assessment
    roles = year_set.roles(a.unit)
    lead = set(a.indicators) | set(roles.indicators if roles else ())
    support = (set(a.supports) | set(roles.supports if roles else ())) - lead
    rows: list[IndicatorRow] = []
    evidence: list[EvidenceRow] = []
    for role, idents in (("lead", lead), ("support", support)):
        for indicator in catalogue.indicators.values():
            if indicator.id not in idents:
                continue
            row = _row(indicator, role, a, last)  # type: ignore[arg-type]
            rows.append(row)
            entries = _entries(a, row)
            evidence += [
                EvidenceRow(row.scope, indicator.id, n, e.title, e.path, e.url, e.id, e.level,
                            e.date, verdict_text(e, lang))
                for n, e in enumerate(entries)
            ]  # fmt: skip
    root = year_set.repo.root
    try:
        relative = unit.src.path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        relative = unit.src.path.name
    return UnitSheet(
        unit=a.unit,
        unit_name=a.name or a.unit,
        year=a.year,
        instansi=year_set.repo.config.instansi or "",
        catalogue=catalogue,
        file=unit.src.path,
        relative=relative,
        sha256=file_digest(raw),
        rows=tuple(rows),
        evidence=tuple(evidence),
    )


def _entries(a: Assessment, row: IndicatorRow) -> list[Evidence]:
    ident = row.indicator.id
    if row.role == "lead":
        answer = a.indicators.get(ident)
        return list(answer.evidence) if answer else []
    part = a.supports.get(ident)
    return list(part.evidence) if part else []


def _row(indicator: Indicator, role: Role, a: Assessment, last: Assessment | None) -> IndicatorRow:
    external = indicator.external is not None
    if role == "support":
        part = a.supports.get(indicator.id)
        return IndicatorRow(
            indicator, role, None, None, part.explanation if part else None, None, external
        )
    answer = a.indicators.get(indicator.id)
    level = answer.level if answer is not None else None
    supplied = answer.external.value if answer is not None and answer.external else None
    previous = None
    if level is None and last is not None and indicator.id in last.indicators:
        previous = last.indicators[indicator.id].level
    return IndicatorRow(
        indicator,
        role,
        Fraction(level) if level is not None else None,
        _written(level),
        answer.explanation if answer else None,
        Fraction(previous) if previous is not None else None,
        external,
        Fraction(supplied) if supplied is not None else None,
    )


def _written(level: object) -> str | None:
    """A value as the file writes it: ``7/3`` stays a fraction, ``2.50`` keeps its places."""
    if level is None:
        return None
    kind = getattr(level, "written", "int")
    if isinstance(level, Fraction) and level.denominator != 1 and kind == "text":
        return f"{level.numerator}/{level.denominator}"
    return None
