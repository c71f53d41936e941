"""The numbers a snapshot records, taken from the year view and never computed again here:
the index, every domain and aspect index and every indicator's value, at every stage present.

Each number is text, so that no float ever rounds what is compared: ``value``/``index`` in the
digits ``spbe score --format json`` writes (the exact decimal, ``2.9475``, ``2.5``; ten places
when there is none, ``2.3333333333``), ``shown``/``index_rounded`` as every output shows it (two
places, half up), and ``exact`` as a fraction (``7/3``) only when the decimal is not exact.
Comparing reads ``exact`` when it is there, else the decimal (a snapshot read back has been
checked first: every text below is of the right pattern).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from fractions import Fraction
from typing import Any

from spbe_cli.domain.numbers import exact_decimal, fmt, is_finite_decimal, round_half_up
from spbe_cli.engine.scoring import Score
from spbe_cli.engine.yearview import YearView


def _decimal(value: Fraction) -> str:
    return format(exact_decimal(value), "f")  # never an exponent (1E+1)


def _exact(value: Fraction) -> dict[str, str]:
    return {} if is_finite_decimal(value) else {"exact": fmt(value)}


def _index(value: Fraction) -> dict[str, str]:
    rounded = str(round_half_up(value))
    return {"index": _decimal(value), "index_rounded": rounded, **_exact(value)}


def stage_results(score: Score) -> dict[str, Any]:
    """One stage's numbers, in catalogue order."""
    found: dict[str, Any] = {
        "stage": score.stage.value,
        **_index(score.index),
        "predikat": score.predikat,
        "complete": score.complete,
    }
    if score.catalogue.has_domains:
        found["domains"] = [{"id": d.domain.id, **_index(d.index)} for d in score.domains]
    found["aspects"] = [
        {"id": a.aspect.id, **_index(a.index)} for d in score.domains for a in d.aspects
    ]
    found["indicators"] = [
        {
            "id": r.indicator.id,
            "value": _decimal(r.value),
            "shown": r.text("en"),
            **_exact(r.value),
        }
        for r in score.indicators
    ]
    return found


def year_results(view: YearView) -> list[dict[str, Any]]:
    """Every stage present, in the order of the process (the stage shown is among them)."""
    return [stage_results(score) for score in view.by_stage.values()]


# The only number texts a snapshot holds: a plain decimal and, for ``exact``, a fraction. Their
# digits are capped so that reading one back costs nothing (``1e5000000`` is neither).
decimal_text = re.compile(r"-?\d{1,30}(?:\.\d{1,30})?")


def exact_problem(exact: str, decimal: str) -> bool:
    """Whether ``exact`` (a fraction's text, already of the right pattern) is not what
    ``spbe snapshot`` writes beside the decimal ``decimal``: a fraction in lowest terms that has
    no finite decimal, whose decimal at ten places is ``decimal``."""
    top, _, bottom = exact.partition("/")
    if int(bottom) == 0:
        return True
    value = Fraction(int(top), int(bottom))
    return fmt(value) != exact or is_finite_decimal(value) or _decimal(value) != decimal


def exact_of(entry: Mapping[str, Any], field: str) -> Fraction:
    """The exact value of a checked entry: its ``exact`` fraction when there, else ``field``."""
    return Fraction(entry.get("exact", entry[field]))


def text_of(entry: Mapping[str, Any], field: str) -> str:
    """The exact text of a checked entry: its ``exact`` fraction when there, else ``field``."""
    found: str = entry.get("exact", entry[field])
    return found


def count_numbers(results: list[dict[str, Any]]) -> int:
    """How many numbers the checked ``results`` of a snapshot hold (each stage's index, its
    domains', aspects' and indicators' values)."""
    return sum(
        1 + sum(len(entry.get(key, ())) for key in ("domains", "aspects", "indicators"))
        for entry in results
    )
