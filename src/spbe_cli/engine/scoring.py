"""Exact scoring of an answer set (PermenPANRB 59/2020 Lampiran Bab II.B.4). Pure: no I/O.

Indicator value = level: a whole level, or an exact decimal value where the catalogue or the
stage allows one (Pemdi 2026 assessors publish values such as 2.5). Aspect index =
sum(value x indicator weight) / aspect weight; domain index = sum(aspect index x aspect weight)
/ domain weight; index = sum(domain index x domain weight) / total weight (100). Every value is
a Fraction; rounding happens only for display, and the predikat is read from the displayed
index, as published results are.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from fractions import Fraction
from typing import NamedTuple

from spbe_cli.base.lang import Lang
from spbe_cli.domain.numbers import rounded
from spbe_cli.domain.stage import Stage
from spbe_cli.model.catalogue import Aspect, Catalogue, Domain, Indicator, whole
from spbe_cli.model.models import ExternalValue

TOP_GAINS = 5


class AnswerInput(NamedTuple):
    """One answered indicator: its value (None: not filled in yet), owner and source line.

    ``level`` is exact: a whole level, or a decimal value (2.5, 7/6) where allowed."""

    level: Fraction | int | None
    unit: str
    file: str
    line: int
    value: Fraction | None = None  # a value taken from another agency's index, instead of a level
    external: ExternalValue | None = None  # the record of that value (raw index, source)


class UnitInput(NamedTuple):
    unit: str
    name: str | None
    file: str


@dataclass(frozen=True)
class IndicatorResult:
    indicator: Indicator
    level: int  # the whole part of the value; the lowest level of the scale when not answered
    answered: bool
    unit: str | None
    source: str | None  # "path:line"
    total_weight: Fraction
    external: Fraction | None = None  # the value from another agency's index, when taken
    exact: Fraction | None = None  # a decimal value (2.5, 7/6), when the value is not whole
    # an indicator valued from another agency's index whose value is not supplied yet: it
    # counts as the lowest level ("menunggu nilai eksternal")
    pending: bool = False
    supplied: ExternalValue | None = None  # the record of a supplied external value

    @property
    def value(self) -> Fraction:
        """The indicator's value: its level or decimal value, or the external value it takes."""
        if self.external is not None:
            return self.external
        return self.exact if self.exact is not None else Fraction(self.level)

    def text(self, lang: Lang) -> str:
        """The value as every output shows it (``Indicator.text``: ``2,50`` or ``3``)."""
        return self.indicator.text(self.value, lang)

    @property
    def level_name(self) -> str:
        """The level name shown beside the value (the name of its whole part)."""
        return self.indicator.name_at(self.value)

    @property
    def weighted(self) -> Fraction:
        return self.value * self.indicator.weight

    @property
    def next_level(self) -> int | None:
        """The next step, as every output names it (``Indicator.step_after``: the next whole
        level whose criterion differs, 2 -> 3, 2.5 -> 3, 2.75 in 2.51-3.50 -> 4); None at the
        top, or for another agency's index (supplied or pending: not raised by a level step)."""
        if self.indicator.external is not None:
            return None
        return self.indicator.step_after(self.value)

    @property
    def next_gain(self) -> Fraction | None:
        """How much the index rises if this indicator goes up to its next step."""
        if self.next_level is None:
            return None
        return (self.next_level - self.value) * self.indicator.weight / self.total_weight


@dataclass(frozen=True)
class AspectResult:
    aspect: Aspect
    indicators: tuple[IndicatorResult, ...]

    @property
    def index(self) -> Fraction:
        return sum((i.weighted for i in self.indicators), Fraction(0)) / self.aspect.weight


@dataclass(frozen=True)
class DomainResult:
    domain: Domain
    aspects: tuple[AspectResult, ...]

    @property
    def index(self) -> Fraction:
        total = sum((a.index * a.aspect.weight for a in self.aspects), Fraction(0))
        return total / self.domain.weight


@dataclass(frozen=True)
class UnitResult:
    unit: str
    name: str | None
    file: str
    indicators: tuple[IndicatorResult, ...]  # answered ones, catalogue order

    @property
    def mean_level(self) -> Fraction | None:
        if not self.indicators:
            return None
        return sum((i.value for i in self.indicators), Fraction(0)) / len(self.indicators)

    @property
    def contribution(self) -> Fraction:
        """The part of the index these indicators carry: sum(level x weight) / total weight."""
        if not self.indicators:
            return Fraction(0)
        total = self.indicators[0].total_weight
        return sum((i.weighted for i in self.indicators), Fraction(0)) / total


@dataclass(frozen=True)
class Score:
    catalogue: Catalogue
    instansi: str | None
    year: int | None
    domains: tuple[DomainResult, ...]
    units: tuple[UnitResult, ...]
    stage: Stage = Stage.MANDIRI
    # indicators whose value at `stage` came from an earlier stage: (id, stage it came from)
    fell_back: tuple[tuple[str, Stage], ...] = ()
    # a score estimated from another catalogue's answers through a crosswalk: that catalogue's id
    estimated_from: str | None = None

    @property
    def index(self) -> Fraction:
        total = sum((d.index * d.domain.weight for d in self.domains), Fraction(0))
        return total / self.catalogue.total_weight

    @property
    def index_rounded(self) -> Fraction:
        return rounded(self.index)

    @property
    def predikat(self) -> str:
        return self.catalogue.predikat(self.index_rounded)

    @property
    def indicators(self) -> list[IndicatorResult]:
        return [i for d in self.domains for a in d.aspects for i in a.indicators]

    @property
    def missing(self) -> list[IndicatorResult]:
        return [i for i in self.indicators if not i.answered]

    @property
    def pending(self) -> list[IndicatorResult]:
        """Indicators waiting for another agency's index value (they count as the lowest)."""
        return [i for i in self.indicators if i.pending]

    @property
    def complete(self) -> bool:
        return not self.missing

    def top_gains(self, count: int = TOP_GAINS) -> list[IndicatorResult]:
        """The indicators whose next level adds the most; lower levels first on a tie."""
        order = {i.indicator.id: n for n, i in enumerate(self.indicators)}
        candidates = [i for i in self.indicators if i.next_gain is not None]
        candidates.sort(key=lambda i: (-(i.next_gain or 0), i.level, order[i.indicator.id]))
        return candidates[:count]


def score(
    catalogue: Catalogue,
    answers: Mapping[str, AnswerInput],
    units: Sequence[UnitInput] = (),
    instansi: str | None = None,
    year: int | None = None,
    *,
    stage: Stage = Stage.MANDIRI,
    fell_back: tuple[tuple[str, Stage], ...] = (),
    estimated_from: str | None = None,
) -> Score:
    total = catalogue.total_weight
    results = {
        ident: _indicator_result(indicator, answers.get(ident), total)
        for ident, indicator in catalogue.indicators.items()
    }
    domains = tuple(
        DomainResult(
            d, tuple(AspectResult(a, tuple(results[i.id] for i in a.indicators)) for a in d.aspects)
        )
        for d in catalogue.domains
    )
    unit_results = tuple(
        UnitResult(
            u.unit,
            u.name,
            u.file,
            tuple(r for r in results.values() if r.answered and r.unit == u.unit),
        )
        for u in units
    )
    return Score(catalogue, instansi, year, domains, unit_results, stage, fell_back, estimated_from)


def _indicator_result(
    indicator: Indicator, answer: AnswerInput | None, total: Fraction
) -> IndicatorResult:
    """One indicator's result: its value, its level, or the lowest level when unanswered."""
    if answer is not None and answer.value is not None:
        return IndicatorResult(
            indicator,
            whole(answer.value),
            True,
            answer.unit,
            f"{answer.file}:{answer.line}",
            total,
            answer.value,
            supplied=answer.external,
        )
    if answer is not None and answer.level is not None:
        level = answer.level
        return IndicatorResult(
            indicator,
            whole(level),
            True,
            answer.unit,
            f"{answer.file}:{answer.line}",
            total,
            exact=Fraction(level) if level.denominator != 1 else None,
            supplied=answer.external,  # the index record stays with a stage's value of it
        )
    # Unanswered counts at the lowest level: level 1 already means "nothing yet"; so does an
    # indicator waiting for another agency's index value.
    owner = answer.unit if answer is not None else None
    source = f"{answer.file}:{answer.line}" if answer is not None else None
    pending = indicator.external is not None
    return IndicatorResult(
        indicator,
        indicator.scale.low,
        pending and answer is not None,
        owner,
        source,
        total,
        pending=pending,
        supplied=answer.external if answer is not None else None,
    )


def target_gap(score: Score, target: Fraction | None) -> Fraction | None:
    """How far the shown (rounded) index is below ``target``; None when there is no target or
    it is reached."""
    if target is None or score.index_rounded >= target:
        return None
    return target - score.index_rounded
