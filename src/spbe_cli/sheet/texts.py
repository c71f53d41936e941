"""What the workbook's cells say about an indicator: the level drop-down entry, this year's
level as the cell shows it, the current value and the next level's requirement."""

from __future__ import annotations

import math
from fractions import Fraction

from spbe_cli.domain.numbers import fmt, shown
from spbe_cli.problems.messages import Lang, message
from spbe_cli.sheet.model import IndicatorRow


def level_choice(value: int, name: str) -> str:
    """A drop-down entry: ``3 - Terdefinisi``."""
    return f"{value} - {name}"


def level_cell(row: IndicatorRow, lang: Lang) -> str | None:
    """This year's level as the cell shows it: the drop-down entry, or the decimal value as
    written (``2,5``; ``7/3``)."""
    if row.level is None:
        return None
    if row.level.denominator == 1:
        return level_choice(row.level.numerator, row.indicator.scale.name_of(row.level))
    if row.written is not None:
        return row.written
    return fmt(row.level, lang)  # 2,5 (decimal comma in Bahasa Indonesia); 7/3 stays a fraction


def next_requirement(row: IndicatorRow, lang: Lang) -> str:
    """What the next level asks for (empty for supporting and external rows)."""
    scale = row.indicator.scale
    if row.role == "support" or row.external:
        return ""
    target = scale.low if row.level is None else math.floor(row.level) + 1
    if target > scale.high:
        return message("sh_top", lang)
    criterion, _ = row.indicator.criterion_at(target)
    if not criterion:
        return ""
    return message("sh_next", lang, level=target, name=scale.name_of(target), criterion=criterion)


def current_text(row: IndicatorRow, year: int, lang: Lang) -> str:
    """The "current value" column: this year's level, else last year's, else "not filled"."""
    scale = row.indicator.scale
    if row.role == "support":
        return message("sh_support_level", lang)
    if row.external and row.indicator.external is not None:
        ext = row.indicator.external
        if row.external_value is None:
            return message("external_pending", lang, index=ext.index, agency=ext.agency)
        value = row.external_value
        return message("sh_this_year", lang, value=_value(value, lang), name=scale.name_of(value))
    if row.level is not None:
        return message(
            "sh_this_year", lang, value=_value(row.level, lang), name=scale.name_of(row.level)
        )
    if row.last_year is not None:
        return message(
            "sh_last_year",
            lang,
            value=_value(row.last_year, lang),
            name=scale.name_of(row.last_year),
            year=year - 1,
        )
    return message("sh_not_filled", lang)


def _value(value: Fraction, lang: Lang) -> str:
    """A whole level as its number, any other value as the reports show it."""
    return str(value.numerator) if value.denominator == 1 else shown(value, lang)
