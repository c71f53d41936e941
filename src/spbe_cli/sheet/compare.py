"""Comparing a filled workbook's indicator rows with its unit file: each level and explanation
that differs becomes part of the indicator's target and a change; a cell of the wrong kind
is a problem at that cell. The evidence rows follow (``sheet.evidence``)."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

from spbe_cli.domain.numbers import fmt
from spbe_cli.problems.messages import Lang, message
from spbe_cli.sheet.evidence import compare_evidence
from spbe_cli.sheet.layout import MAX_CELL_TEXT
from spbe_cli.sheet.model import IndicatorRow, UnitSheet
from spbe_cli.sheet.read import CellValue, cell_text, parse_level
from spbe_cli.sheet.texts import level_choice
from spbe_cli.sheet.work import Target, Work, a_text, kind_of


def compare(work: Work) -> None:
    """Every fill-in cell of the workbook against the file; the result in ``work.targets``,
    ``work.changes`` and ``work.problems``."""
    sheet = work.sheet
    names = _level_names(sheet)
    targets: dict[tuple[str, str], Target] = {}
    for filled in work.filled.rows:
        row = sheet.row_of(filled.ident)
        if row is None:
            work.at(filled.level, "W010", detail=_not_listed(work.lang, filled.ident))
            continue
        key = (row.scope, row.indicator.id)
        target = targets.setdefault(key, Target(row.indicator.id, row.scope))
        target.cells["level"] = filled.level
        target.cells["explanation"] = filled.explanation
        if row.role == "lead" and not row.external:
            _compare_level(work, row, filled.level, target, names)
        _compare_explanation(work, row, filled.explanation, target)
    compare_evidence(work, targets)
    work.targets = targets


def _level_names(sheet: UnitSheet) -> dict[str, int]:
    """Level names and aliases (case-folded) to their values, for a level typed as a name."""
    names: dict[str, int] = {}
    for row in sheet.rows:
        for level in row.indicator.scale.levels:
            names.setdefault(level.name.casefold(), level.value)
            for alias in level.aliases:
                names.setdefault(alias.casefold(), level.value)
    return names


def _compare_level(
    work: Work, row: IndicatorRow, cell: CellValue, target: Target, names: dict[str, int]
) -> None:
    """A lead row's level cell: a level of the scale, or a problem at the cell."""
    value = parse_level(cell.value, names)
    scale = row.indicator.scale
    if isinstance(value, str):
        middle = min(scale.low + 2, scale.high)
        example = level_choice(middle, scale.name_of(middle))
        hint = _decimal_hint(work.sheet.catalogue.decimal, work.lang)
        work.at(cell, "W011", value=value[:40], example=example, hint=hint)
    elif value is not None and value not in scale:
        shown = fmt(value) if value.denominator != 1 else value.numerator
        work.at(cell, "S005", level=shown, indicator=row.indicator.id,
                low=scale.low, high=scale.high)  # fmt: skip
    elif value != row.level:
        target.level, target.level_set = value, True
        before, after = (_value_text(row, v, work.lang) for v in (row.level, value))
        work.change(row.indicator.id, "level", before, after, cell.cell)


def _value_text(row: IndicatorRow, value: Fraction | None, lang: Lang) -> str | None:
    """A level as the import shows it (``Indicator.text``: ``2,75``, ``3``); None: empty."""
    return None if value is None else row.indicator.text(value, lang)


def _compare_explanation(work: Work, row: IndicatorRow, cell: CellValue, target: Target) -> None:
    """The explanation cell: a text (empty removes the explanation)."""
    lang = work.lang
    text = cell_text(cell.value)
    if isinstance(text, dt.date | dt.time):
        work.at(cell, "W012", found=kind_of(text, lang), expected=a_text(lang))
        return
    if text is not None and text == message("sh_too_long", lang) and _too_long(row.explanation):
        return  # the marker written in place of a text too long for a cell
    if (text or None) != (row.explanation or None):
        target.explanation, target.explanation_set = text, True
        work.change(row.indicator.id, "explanation", row.explanation, text, cell.cell)


def _too_long(explanation: str | None) -> bool:
    return explanation is not None and len(explanation) > MAX_CELL_TEXT


def _not_listed(lang: Lang, ident: str) -> str:
    return message("imp_d_not_listed", lang, ident=ident)


def _decimal_hint(decimal: bool, lang: Lang) -> str:
    return "" if decimal else message("imp_d_whole", lang)
