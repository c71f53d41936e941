"""``spbe plan``: the cheapest set of level raises that reaches a target index. Exact.

Each indicator may rise by 0..max_step levels; a step's cost comes from the effort table
(default 1). The plan minimises the total cost subject to the displayed index (half-up, two
decimals, as the predikat is read) reaching the target, and among the cheapest plans takes the
one that ends highest. It is a group knapsack solved by dynamic programming over whole-number
costs when they stay small, else over exact index gains; both are exact.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from fractions import Fraction
from pathlib import Path

from spbe_cli.domain.stage import Stage
from spbe_cli.engine.scoring import Score
from spbe_cli.model.catalogue import Catalogue, Indicator, whole
from spbe_cli.model.models import EffortFile
from spbe_cli.model.schema import load_model
from spbe_cli.problems.problem import Problem, problem
from spbe_cli.source.yamlsrc import KeyPath, read_yaml

HALF_CENT = Fraction(1, 200)  # an exact index x shows as >= T when x >= T - 0.005
COST_TABLE_LIMIT = 200_000


@dataclass(frozen=True)
class Effort:
    """Cost of one level step: per indicator and target level, else per indicator, else default."""

    default: Fraction = Fraction(1)
    per_indicator: Mapping[str, Fraction] = field(default_factory=dict)
    per_level: Mapping[tuple[str, int], Fraction] = field(default_factory=dict)

    def step(self, ident: str, to_level: int) -> Fraction:
        if (ident, to_level) in self.per_level:
            return self.per_level[(ident, to_level)]
        return self.per_indicator.get(ident, self.default)


@dataclass(frozen=True)
class Raise:
    indicator: Indicator
    unit: str
    from_level: Fraction  # the value now: a whole level, or a decimal one (2.5 -> 3)
    to_level: int
    gain: Fraction
    cost: Fraction


@dataclass(frozen=True)
class Supply:
    """An indicator valued from another agency's index that is still pending: its value is
    supplied, not raised by a level step. ``gain``: what the index would gain if the value
    were ``if_value`` (the next whole level above the 1.00 it counts as)."""

    indicator: Indicator
    unit: str
    if_value: int
    gain: Fraction


@dataclass(frozen=True)
class Plan:
    start: Fraction  # the index of the starting stage, exact
    target: Fraction
    raises: tuple[Raise, ...]
    reachable: bool
    best: Fraction  # the highest index the allowed raises could give
    supply: tuple[Supply, ...] = ()  # pending external values: "supply the value" lines

    @property
    def end(self) -> Fraction:
        return self.start + sum((r.gain for r in self.raises), Fraction(0))

    @property
    def cost(self) -> Fraction:
        return sum((r.cost for r in self.raises), Fraction(0))


@dataclass(frozen=True)
class _Option:
    to: int  # the level reached
    gain: Fraction
    cost: Fraction


def _steps(
    ind: Indicator, value: Fraction, max_step: int, effort: Effort, total: Fraction
) -> list[_Option]:
    """Up to ``max_step`` steps from ``value``, each to the next level whose criterion differs
    (``Indicator.step_after``, as every output names the next level: 2.75 in 2.51-3.50 steps
    to 4, 2.5 to 3); a step's cost is the effort of every whole level it crosses."""
    options: list[_Option] = []
    cost, at, reached = Fraction(0), value, whole(value)
    for _ in range(max_step):
        step = ind.step_after(at)
        if step is None:
            break
        cost += sum(
            (effort.step(ind.id, level) for level in range(reached + 1, step + 1)), Fraction(0)
        )
        options.append(_Option(step, (step - value) * ind.weight / total, cost))
        at, reached = Fraction(step), step
    return options


def make_plan(
    score: Score,
    target: Fraction,
    *,
    max_step: int = 1,
    exclude: Iterable[str] = (),
    effort: Effort | None = None,
) -> Plan:
    effort = effort or Effort()
    skip = set(exclude)
    total = score.catalogue.total_weight
    groups: list[tuple[Indicator, str, Fraction, int, list[_Option]]] = []
    supply: list[Supply] = []
    for r in score.indicators:
        ind = r.indicator
        if r.pending and ind.id not in skip and r.level < ind.scale.high:
            gain = (r.level + 1 - r.value) * ind.weight / total
            supply.append(Supply(ind, r.unit or "", r.level + 1, gain))
        if ind.external is not None or r.external is not None:
            continue  # another agency's index: supplied, never raised by a level step
        if ind.id in skip:
            continue
        options = _steps(ind, r.value, max_step, effort, total)
        if options:
            groups.append((ind, r.unit or "", r.value, r.level, options))
    extra = tuple(supply)
    best = score.index + sum((g[4][-1].gain for g in groups), Fraction(0))
    need = target - HALF_CENT - score.index
    if need <= 0:
        return Plan(score.index, target, (), True, best, extra)
    if best < target - HALF_CENT:
        return Plan(score.index, target, (), False, best, extra)
    picks = _solve([g[4] for g in groups], need)
    raises = [
        Raise(ind, unit, value, opt.to, opt.gain, opt.cost)
        for (ind, unit, value, level, _), opt in zip(groups, picks, strict=True)
        if opt is not None
    ]
    order = {ind.id: n for n, (ind, *_rest) in enumerate(groups)}
    raises.sort(key=lambda r: (-(r.gain / r.cost) if r.cost else -r.gain, order[r.indicator.id]))
    return Plan(score.index, target, tuple(raises), True, best, extra)


def _solve(groups: list[list[_Option]], need: Fraction) -> list[_Option | None]:
    """For each group one option or none: minimum total cost with total gain >= need."""
    scale = math.lcm(*(o.cost.denominator for g in groups for o in g))
    costs = [[int(o.cost * scale) for o in g] for g in groups]
    limit = sum(max(c, default=0) for c in costs)
    if limit <= COST_TABLE_LIMIT:
        return _by_cost(groups, costs, limit, need)
    return _by_gain(groups, need)


def _by_cost(
    groups: list[list[_Option]], costs: list[list[int]], limit: int, need: Fraction
) -> list[_Option | None]:
    # best[c]: the largest gain with total cost exactly c (None: not reachable)
    best: list[Fraction | None] = [Fraction(0)] + [None] * limit
    choice: list[list[int]] = []
    for options, cost in zip(groups, costs, strict=True):
        nxt = list(best)
        pick = [-1] * (limit + 1)
        for c in range(limit + 1):
            base = best[c]
            if base is None:
                continue
            for k, opt in enumerate(options):
                total = c + cost[k]
                if total > limit:
                    break
                value = base + opt.gain
                current = nxt[total]
                if current is None or value > current:
                    nxt[total] = value
                    pick[total] = k
        # remember, for every cost, which option this group took (-1: none) and from where
        choice.append(pick)
        best = nxt
    # replay: the cheapest cost whose best gain is enough, then walk the groups backwards
    target_cost = next(c for c, gain in enumerate(best) if gain is not None and gain >= need)
    return _replay(groups, costs, choice, target_cost)


def _replay(
    groups: list[list[_Option]], costs: list[list[int]], choice: list[list[int]], cost: int
) -> list[_Option | None]:
    picks: list[_Option | None] = [None] * len(groups)
    for n in range(len(groups) - 1, -1, -1):
        k = choice[n][cost]
        if k >= 0:
            picks[n] = groups[n][k]
            cost -= costs[n][k]
    return picks


def _by_gain(groups: list[list[_Option]], need: Fraction) -> list[_Option | None]:
    # gains as whole multiples of a common unit; states beyond the need are the need itself
    unit_den = math.lcm(need.denominator, *(o.gain.denominator for g in groups for o in g))
    cap = math.ceil(need * unit_den)
    inf = None
    best: list[Fraction | None] = [Fraction(0)] + [inf] * cap
    choice: list[list[tuple[int, int]]] = []
    for options in groups:
        nxt = list(best)
        pick: list[tuple[int, int]] = [(-1, -1)] * (cap + 1)
        for g in range(cap + 1):
            base = best[g]
            if base is None:
                continue
            for k, opt in enumerate(options):
                total = min(cap, g + int(opt.gain * unit_den))
                value = base + opt.cost
                current = nxt[total]
                if current is None or value < current:
                    nxt[total] = value
                    pick[total] = (k, g)
        choice.append(pick)
        best = nxt
    picks: list[_Option | None] = [None] * len(groups)
    g = cap
    for n in range(len(groups) - 1, -1, -1):
        k, before = choice[n][g]
        if k >= 0:
            picks[n] = groups[n][k]
            g = before
    return picks


@dataclass(frozen=True)
class StagePlan:
    """A plan with what it is read against: the catalogue and the stage it starts from."""

    plan: Plan
    catalogue: Catalogue
    stage: Stage


def load_effort(path: Path | None) -> tuple[Effort | None, list[Problem]]:
    """The effort table of ``--effort FILE``: every cost located and positive."""

    if path is None:
        return Effort(), []
    src = read_yaml(path)
    model, problems = load_model(EffortFile, src)
    if model is None:
        return None, problems
    per_indicator: dict[str, Fraction] = {}
    per_level: dict[tuple[str, int], Fraction] = {}
    costs: list[tuple[KeyPath, Fraction]] = [(("default",), model.default)]
    for ident, cost in model.indicators.items():
        if isinstance(cost, dict):
            for level, value in cost.items():
                per_level[(ident, level)] = value
                costs.append((("indicators", ident, level), value))
        else:
            per_indicator[ident] = cost
            costs.append((("indicators", ident), cost))
    for where, value in costs:
        if value <= 0:
            line, col = src.pos(where)
            problems.append(problem(path, line, col, "S004", key=str(where[-1]), detail="> 0"))
    return Effort(model.default, per_indicator, per_level), problems
