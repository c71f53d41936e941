"""The values ``spbe import`` passes along: a change, the plan of an import, one workbook on its
way into its unit file, and the intended state of one indicator after the import."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from fractions import Fraction
from pathlib import Path
from typing import Any

from spbe_cli.domain.numbers import fmt
from spbe_cli.engine.assessments import UnitFile
from spbe_cli.problems.messages import Lang, message
from spbe_cli.problems.problem import Problem, display_path, has_errors, located
from spbe_cli.sheet.model import UnitSheet
from spbe_cli.sheet.read import CellValue, Filled, FilledEvidence
from spbe_cli.source.yamledit import Editor
from spbe_cli.source.yamlsrc import KeyPath

TEXT_FIELDS = ("title", "path", "url", "item")
FIELD_KEYS = {"title": "title", "path": "path", "url": "url", "item": "id", "level": "level",
              "date": "date"}  # fmt: skip


@dataclass(frozen=True)
class Change:
    workbook: str
    file: str
    unit: str
    indicator: str
    kind: str  # level, explanation, evidence_added, evidence_removed, evidence_changed
    before: str
    after: str
    cell: str


@dataclass
class Plan:
    changes: list[Change] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    writes: dict[Path, bytes] = field(default_factory=dict)
    forced: list[str] = field(default_factory=list)
    unchanged: list[tuple[str, str]] = field(default_factory=list)  # (workbook, file)

    @property
    def ok(self) -> bool:
        return not has_errors(self.problems)


@dataclass
class Target:
    """The intended state of one indicator (answer or contribution) after the import."""

    ident: str
    scope: str
    level: Any = dataclasses.field(default=None)
    level_set: bool = False
    explanation: str | None = None
    explanation_set: bool = False
    removed: list[int] = field(default_factory=list)
    edited: dict[int, dict[str, Any]] = field(default_factory=dict)
    added: list[tuple[dict[str, Any], FilledEvidence]] = field(default_factory=list)
    cells: dict[str, CellValue] = field(default_factory=dict)  # "level", "explanation"
    rows: dict[int, FilledEvidence] = field(default_factory=dict)  # YAML index -> its row

    @property
    def touched(self) -> bool:
        """Whether the import changes anything of this indicator."""
        return bool(
            self.level_set or self.explanation_set or self.removed or self.edited or self.added
        )


@dataclass
class Work:
    """One workbook on its way into one unit file."""

    filled: Filled
    shown: str
    unit: UnitFile
    sheet: UnitSheet
    raw: bytes
    text: str
    editor: Editor
    data: dict[str, Any]  # the file's data as it must read after the edits
    cells: dict[KeyPath, CellValue] = field(default_factory=dict)
    changes: list[Change] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    lang: Lang = "id"
    targets: dict[tuple[str, str], Target] = field(default_factory=dict)

    def at(self, cell: CellValue, code: str, **args: object) -> None:
        """A problem at a workbook cell."""
        found = located(self.shown, cell.row, cell.column, code, args)
        self.problems.append(dataclasses.replace(found, cell=cell.cell))

    def change(self, ident: str, kind: str, before: object, after: object, cell: str) -> None:
        """A difference between the workbook and the file, as the import shows it."""
        self.changes.append(
            Change(
                self.shown,
                display_path(self.unit.src.path),
                self.sheet.unit,
                ident,
                kind,
                _shown(before, self.lang),
                _shown(after, self.lang),
                cell,
            )
        )


def _shown(value: object, lang: Lang) -> str:
    if value is None or value == "":
        return message("imp_empty", lang)
    if isinstance(value, Fraction):
        return fmt(value, lang)
    text = str(value)
    return text if len(text) <= 160 else text[:157] + "..."


def kind_of(value: object, lang: Lang) -> str:
    """What a cell holds, in words ("a date"), for a cell of the wrong kind."""
    if isinstance(value, dt.datetime | dt.date):
        return message("imp_k_date", lang)
    if isinstance(value, int | float):
        return message("imp_k_number", lang)
    return message("imp_k_text", lang)


def a_text(lang: Lang) -> str:
    return message("imp_k_text", lang)


def a_date(lang: Lang) -> str:
    return message("imp_k_date", lang)


def imported(changes: Iterable[Change]) -> dict[str, int]:
    """Changes per unit file."""
    counts: dict[str, int] = {}
    for c in changes:
        counts[c.file] = counts.get(c.file, 0) + 1
    return counts
