"""A target index from the command line (``--target 3.50`` or ``3,50``) or from spbe.yaml:
an exact number within the catalogue's scale, else a usage error that says what is wrong."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from fractions import Fraction

from spbe_cli.base.errors import UsageProblem
from spbe_cli.base.lang import Lang
from spbe_cli.domain.numbers import fmt
from spbe_cli.problems.messages import message


def parse_target(text: str, low: int, high: int, lang: Lang) -> Fraction:
    """``--target 3.50`` (or ``3,50``): an exact number within the scale, else a usage error
    that says what is wrong."""
    try:  # ASCII digits only: Decimal would also read "٣" or "３"
        written = text.strip().replace(",", ".")
        number = Decimal(written) if written.isascii() else Decimal("NaN")
    except InvalidOperation:
        number = Decimal("NaN")
    if not number.is_finite() or abs(number.adjusted()) > 3:
        raise UsageProblem(message("target_not_number", lang, value=text))
    value = Fraction(number)
    if not low <= value <= high:
        raise UsageProblem(message("target_out_of_range", lang, value=text, low=low, high=high))
    return value


def resolve_target(
    option: str | None, configured: Fraction | None, low: int, high: int, lang: Lang
) -> Fraction | None:
    """``--target 3.50`` (or ``3,50``), else spbe.yaml's ``target:``; within the scale."""
    if option is not None:
        return parse_target(option, low, high, lang)
    if configured is not None and not low <= configured <= high:
        raise UsageProblem(
            message("target_out_of_range", lang, value=fmt(configured, lang), low=low, high=high)
        )
    return configured
