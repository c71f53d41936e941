"""What the workbook's cells say about an indicator: the level drop-down entry, this year's
level as the cell shows it, the current value and the next level's requirement."""

from __future__ import annotations

from fractions import Fraction

from spbe_cli.domain.numbers import fmt
from spbe_cli.model.catalogue import Indicator, Level
from spbe_cli.problems.messages import Lang, message
from spbe_cli.sheet.model import IndicatorRow


def level_choice(value: int, name: str) -> str:
    """A drop-down entry: ``3 - Terdefinisi``."""
    return f"{value} - {name}"


def example_level(levels: list[Level]) -> Level:
    """The level an example names: the third of the scale (or its top), as the catalogue names
    it (``3 - Terdefinisi`` for 59/2020, ``3 - Berkembang`` for Pemdi 2026)."""
    return levels[min(2, len(levels) - 1)]


def decimal_example(indicator: Indicator, level: Level, lang: Lang) -> str:
    """A decimal value to type, half a level below ``level``, as ``Indicator.text`` writes it
    (``2,50``; ``2.50`` in English)."""
    return indicator.text(Fraction(2 * level.value - 1, 2), lang)


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
    ind = row.indicator
    if row.role == "support" or row.external:
        return ""
    found = ind.next_requirement(row.level)  # as every output names it
    if found is None:
        return message("sh_top", lang)
    target, criterion = found
    if not criterion:
        return ""
    level = ind.text(target, lang)
    return message("sh_next", lang, level=level, name=ind.name_at(target), criterion=criterion)


def current_text(row: IndicatorRow, year: int, lang: Lang) -> str:
    """The "current value" column: this year's level, else last year's, else "not filled"."""
    ind = row.indicator
    if row.role == "support":
        return message("sh_support_level", lang)
    if row.external and row.indicator.external is not None:
        ext = row.indicator.external
        if row.external_value is None:
            return message("external_pending", lang, index=ext.index, agency=ext.agency)
        value = row.external_value
        return message("sh_this_year", lang, value=ind.text(value, lang), name=ind.name_at(value))
    if row.level is not None:
        level = row.level
        return message("sh_this_year", lang, value=ind.text(level, lang), name=ind.name_at(level))
    if row.last_year is not None:
        return message(
            "sh_last_year",
            lang,
            value=ind.text(row.last_year, lang),
            name=ind.name_at(row.last_year),
            year=year - 1,
        )
    return message("sh_not_filled", lang)
