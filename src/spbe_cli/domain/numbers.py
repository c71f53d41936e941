"""Exact numbers and the one place where they are rounded for display.

Scores are ``Fraction``s end to end; nothing is rounded before it is shown. Display rounds half
up (an exact 2.025 shows as 2.03), which binary floats get wrong (``round(2.945, 2)`` is 2.94).
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

from spbe_cli.base.lang import Lang

PLACES = 2
# Digits kept when a value has no finite decimal expansion (19/6 = 3.1666...), in JSON only.
JSON_PLACES = 10


def round_half_up(value: Fraction, places: int = PLACES) -> Decimal:
    """``value`` rounded half away from zero to ``places`` decimals, exactly."""
    scale = 10**places
    magnitude = abs(value) * scale
    whole = int(magnitude)  # floor, as magnitude >= 0
    if magnitude - whole >= Fraction(1, 2):
        whole += 1
    signed = -whole if value < 0 else whole
    return Decimal(signed).scaleb(-places)


def rounded(value: Fraction, places: int = PLACES) -> Fraction:
    return Fraction(round_half_up(value, places))


def shown(value: Fraction, lang: Lang = "id", places: int = PLACES) -> str:
    """The displayed form: half-up to ``places`` decimals, decimal comma in Bahasa Indonesia."""
    text = str(round_half_up(value, places))
    return text.replace(".", ",") if lang == "id" else text


def is_finite_decimal(value: Fraction) -> bool:
    den = value.denominator
    for prime in (2, 5):
        while den % prime == 0:
            den //= prime
    return den == 1


def exact_decimal(value: Fraction) -> Decimal:
    """The exact decimal when there is one, else ``JSON_PLACES`` decimals rounded half up."""
    if is_finite_decimal(value):
        return Decimal(value.numerator) / Decimal(value.denominator)
    return round_half_up(value, JSON_PLACES)


def json_number(value: Fraction) -> float:
    """A JSON number whose text is the exact decimal (``2.9475``, ``13.0``).

    ``repr`` of a float is the shortest text that reads back as the same float; for a decimal of
    at most 15 significant digits that is the decimal itself, so no precision is invented.
    """
    return float(exact_decimal(value))


def fmt(value: Fraction, lang: Lang | None = None) -> str:
    """An exact form: ``1.3``, ``100``, or ``10/3``; with ``lang="id"``, a decimal comma."""
    if is_finite_decimal(value):
        text = format(exact_decimal(value).normalize(), "f")
        return text.replace(".", ",") if lang == "id" else text
    return f"{value.numerator}/{value.denominator}"
