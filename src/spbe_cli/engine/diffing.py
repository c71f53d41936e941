"""``spbe diff``: what changed between two answer sets (two years, or one year at two commits)."""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction
from typing import Literal

from spbe_cli.domain.numbers import rounded
from spbe_cli.engine.scoring import Score
from spbe_cli.model.catalogue import Indicator

Status = Literal["naik", "turun", "tetap", "baru", "hilang"]
Direction = Literal["up", "down", "same", "new"]


@dataclass(frozen=True)
class Movement:
    """A value against the one before it: ``change`` is the change of the displayed values
    (rounded half up, what a reader can check by hand), 0 when the value is new."""

    direction: Direction
    before: Fraction | None
    change: Fraction


def movement(
    now: Fraction | int, before: Fraction | int | None, *, exact: bool = False
) -> Movement:
    """How ``now`` moved from ``before``; levels (``exact``) are compared as they are."""
    if before is None:
        return Movement("new", None, Fraction(0))
    delta = (
        Fraction(now) - Fraction(before)
        if exact
        else rounded(Fraction(now)) - rounded(Fraction(before))
    )
    direction: Direction = "up" if delta > 0 else "down" if delta < 0 else "same"
    return Movement(direction, Fraction(before), delta)


@dataclass(frozen=True)
class Delta:
    id: str
    name: str
    old: Fraction | None
    new: Fraction | None
    comparable: bool = True  # False: two catalogues' indices, which are not on one scale

    @property
    def change(self) -> Fraction | None:
        """The change of the displayed values (what a reader can check by hand); None when
        there is no value before or the two are under different catalogues (as in the trend:
        the series breaks where the catalogue changes)."""
        if self.old is None or self.new is None or not self.comparable:
            return None
        return rounded(self.new) - rounded(self.old)


@dataclass(frozen=True)
class IndicatorChange:
    id: str
    name: str
    old: Fraction | None  # the value; None: not answered on that side
    new: Fraction | None
    status: Status  # any change of the value counts (2.5 -> 2.75 is "naik")
    unit: str  # the unit that answers it now (or answered it, when it is gone)
    indicator: Indicator  # how its values are written (``Indicator.text``)


@dataclass(frozen=True)
class Diff:
    old_label: str
    new_label: str
    old: Score
    new: Score
    index: Delta
    domains: tuple[Delta, ...]
    aspects: tuple[Delta, ...]
    indicators: tuple[IndicatorChange, ...]
    same_catalogue: bool
    estimated: bool = False  # the old side's indicators were translated through a crosswalk


def compare_across(old: Score, new: Score, old_label: str, new_label: str) -> Diff:
    """Two years under different catalogues: the real indices, and the indicators through a
    crosswalk (old -> new) when there is one, labelled as an estimate."""
    from dataclasses import replace

    from spbe_cli.engine.crosswalk import estimate, find_crosswalk
    from spbe_cli.engine.scoring import score

    walk, _ = find_crosswalk(old.catalogue, new.catalogue)
    if walk is None:
        return compare(old, new, old_label, new_label)
    guess = estimate(old, walk, new.catalogue)
    translated = score(new.catalogue, guess.answers, (), old.instansi, old.year)
    result = compare(translated, new, old_label, new_label)
    index = Delta("index", new.catalogue.index_title("id"), old.index, new.index, False)
    return replace(result, old=old, index=index, estimated=True)


def compare(old: Score, new: Score, old_label: str, new_label: str) -> Diff:
    same = old.catalogue.id == new.catalogue.id
    index = Delta("index", new.catalogue.index_title("id"), old.index, new.index, same)
    if not same:  # different frameworks: only the index compares
        return Diff(old_label, new_label, old, new, index, (), (), (), False)
    old_domains = {d.domain.id: d.index for d in old.domains}
    old_aspects = {a.aspect.id: a.index for d in old.domains for a in d.aspects}
    domains = tuple(  # none for a framework of aspects only (Pemdi 2026)
        Delta(d.domain.id, d.domain.name, old_domains.get(d.domain.id), d.index)
        for d in new.domains
        if new.catalogue.has_domains
    )
    aspects = tuple(
        Delta(a.aspect.id, a.aspect.name, old_aspects.get(a.aspect.id), a.index)
        for d in new.domains
        for a in d.aspects
    )
    before = {r.indicator.id: r for r in old.indicators}
    changes = []
    for r in new.indicators:
        was = before.get(r.indicator.id)
        old_value = was.value if was is not None and was.answered else None
        new_value = r.value if r.answered else None
        status = _status(old_value, new_value)
        unit = r.unit or (was.unit if was is not None else None) or ""
        ind = r.indicator
        changes.append(IndicatorChange(ind.id, ind.name, old_value, new_value, status, unit, ind))
    return Diff(old_label, new_label, old, new, index, domains, aspects, tuple(changes), True)


def _status(old: Fraction | None, new: Fraction | None) -> Status:
    if old is None and new is None:
        return "tetap"
    if old is None:
        return "baru"
    if new is None:
        return "hilang"
    return "naik" if new > old else "turun" if new < old else "tetap"
