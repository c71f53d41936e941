"""Catalogues: load an indicator framework, check its integrity, and look things up in it."""

from __future__ import annotations

import math
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from fractions import Fraction
from functools import cached_property, lru_cache
from itertools import pairwise
from pathlib import Path

from spbe_cli.base.lang import Lang
from spbe_cli.base.resources import catalogue_dir
from spbe_cli.domain.numbers import PLACES, fmt, is_finite_decimal, rounded, shown
from spbe_cli.model.models import (
    AspectDef,
    CatalogueDef,
    DomainDef,
    IndicatorDef,
    InForce,
    InForceTable,
    RangeDef,
)
from spbe_cli.model.schema import load_model
from spbe_cli.problems.messages import Msg, message, number
from spbe_cli.problems.problem import Problem, located
from spbe_cli.source.yamlsrc import KeyPath, Source, read_yaml

DEFAULT_CATALOGUE = "spbe-2020"


@dataclass(frozen=True)
class Level:
    value: int
    name: str
    description: str | None
    aliases: tuple[str, ...] = ()


def whole(value: Fraction | int) -> int:
    """The whole part of a value: 2.5 is shown with the name of level 2."""
    return int(value // 1)


@dataclass(frozen=True)
class Scale:
    id: str
    name: str
    levels: tuple[Level, ...]

    @property
    def low(self) -> int:
        return self.levels[0].value

    @property
    def high(self) -> int:
        return self.levels[-1].value

    def name_of(self, value: Fraction | int) -> str:
        """The name of a level, or of the whole part of a value (2.5: level 2)."""
        for level in self.levels:
            if level.value == whole(value):
                return level.name
        return str(value)

    def __contains__(self, value: object) -> bool:
        if isinstance(value, bool) or not isinstance(value, int | Fraction):
            return False
        if isinstance(value, Fraction):  # in whole numbers: every answer asks, and fast
            top, bottom = value.numerator, value.denominator  # bottom > 0
            return self.low * bottom <= top <= self.high * bottom
        return self.low <= value <= self.high


@dataclass(frozen=True)
class Range:
    """A criterion for a range of values, as its (provisional) source writes it."""

    min: Fraction
    max: Fraction
    criterion: str
    evidence: str | None


@dataclass(frozen=True)
class Conversion:
    raw_min: Fraction
    raw_max: Fraction
    min: Fraction
    max: Fraction


@dataclass(frozen=True)
class External:
    """Another agency's index that supplies an indicator's value."""

    agency: str
    index: str
    raw_min: Fraction | None = None
    raw_max: Fraction | None = None
    conversion: tuple[Conversion, ...] = ()
    conversion_source: str | None = None

    def propose(self, raw: Fraction) -> Fraction | None:
        """The value the conversion table gives a raw index figure (linear within its step),
        or None without a table or outside it. Steps are tried in order; a figure on the
        boundary of two steps takes the higher one."""
        for step in reversed(self.conversion):
            if step.raw_min <= raw <= step.raw_max and step.raw_max > step.raw_min:
                share = (raw - step.raw_min) / (step.raw_max - step.raw_min)
                return step.min + share * (step.max - step.min)
        return None


@dataclass(frozen=True)
class Indicator:
    id: str
    number: int | None
    name: str
    weight: Fraction
    scale: Scale
    criteria: Mapping[int, str]
    question: str | None
    note: str | None
    aspect_id: str
    domain_id: str
    external: External | None = None
    ranges: tuple[Range, ...] = ()
    decimal: bool = False  # its values may be decimal (the catalogue's ``values: decimal``)

    def text(self, value: Fraction | int, lang: Lang) -> str:
        """A value of this indicator as every output shows it: two places with the language's
        decimal mark where values may be decimal (``2,50``, ``2.50``), else the whole level
        (``3``); never a fraction."""
        value = Fraction(value)
        if self.decimal or value.denominator != 1:
            return shown(value, lang)
        return str(value.numerator)

    def name_at(self, value: Fraction | int) -> str:
        """The level name printed beside a value: the name of its whole part (2.75 is shown
        with the level-2 name, as published results do), of the value as shown (2.999 shows
        as 3,00: level 3)."""
        return self.scale.name_of(rounded(Fraction(value)))

    def step_after(self, value: Fraction | int) -> int | None:
        """The next whole level whose criterion differs from the one ``value`` meets: n + 1
        for per-level criteria; by range, the first level in the next range (2.0 in
        1.51-2.50: 3; 2.75, already in 2.51-3.50: 4). None at the top."""
        value = rounded(Fraction(value))  # as shown: 1.504 is 1,50, in 1.00-1.50
        for level in range(whole(value) + 1, self.scale.high + 1):
            if not (self.ranges and not self.criteria):
                return level
            if self.range_of(Fraction(level)) is not self.range_of(value):
                return level
        return None

    def next_requirement(self, value: Fraction | int | None) -> tuple[int, str] | None:
        """The level a unit works towards and what it asks for: the lowest level's criterion
        while nothing is answered (``None``), else the next step's (``step_after``); None at
        the top."""
        if value is None:
            return self.scale.low, self.criterion_at(self.scale.low)[0]
        step = self.step_after(value)
        return (step, self.criteria_for(value)[1][0]) if step is not None else None

    def criteria_for(self, value: Fraction | int) -> tuple[tuple[str, str], tuple[str, str]]:
        """What ``value`` meets now and what the next step (``step_after``) asks for, each as
        (criterion, evidence): by the value's range where the catalogue gives ranges (2.75
        lies in 2.51-3.50: that range now, 3.51-4.50 next), else by whole level (level n now,
        n + 1 next). ("", "") where there is none (the top)."""
        value = rounded(Fraction(value))  # the range of the value as shown
        step = self.step_after(value)
        upcoming = self.criterion_at(step) if step is not None else ("", "")
        if self.ranges and not self.criteria:
            found = self.range_of(value)
            assert found is not None
            return (found.criterion, found.evidence or ""), upcoming
        return self.criterion_at(whole(value)), upcoming

    @property
    def external_source(self) -> str | None:
        """The agency whose index supplies this indicator's value, if any."""
        return self.external.agency if self.external is not None else None

    def criterion_at(self, level: int) -> tuple[str, str]:
        """What ``level`` requires, and the evidence it asks for: the per-level criterion, else
        the value range the level falls in (Pemdi 2026, provisional); ("", "") when neither."""
        if level in self.criteria:
            return self.criteria[level], ""
        found = self.range_of(Fraction(level)) if self.ranges else None
        return (found.criterion, found.evidence or "") if found is not None else ("", "")

    def criterion_range(self, value: Fraction | int) -> Range | None:
        """The value range whose criterion ``criteria_for`` gives for ``value`` (as shown);
        None where the criteria are per level. Outputs print it beside the criterion, so that a
        value named by its whole part (1,75 Merintis) is seen to meet its range's criterion."""
        if self.ranges and not self.criteria:
            return self.range_of(rounded(Fraction(value)))
        return None

    def range_of(self, value: Fraction) -> Range | None:
        """The criterion range a value falls in (the first whose max it does not pass)."""
        for found in self.ranges:
            if value <= found.max:
                return found
        return self.ranges[-1] if self.ranges else None


@dataclass(frozen=True)
class Aspect:
    id: str
    name: str
    weight: Fraction
    domain_id: str
    indicators: tuple[Indicator, ...]


@dataclass(frozen=True)
class Domain:
    id: str
    name: str
    weight: Fraction
    aspects: tuple[Aspect, ...]


@dataclass(frozen=True)
class Band:
    name: str
    min: Fraction
    max: Fraction


@dataclass(frozen=True)
class Catalogue:
    id: str
    title: str
    regulation: str
    version: str | None
    status: str
    path: Path
    domains: tuple[Domain, ...]
    bands: tuple[Band, ...]  # highest first, as the regulation prints them
    scales: tuple[Scale, ...] = field(default=())
    has_domains: bool = True  # False: the framework has aspects only (one implicit domain)
    decimal: bool = False  # self-assessed values may be decimal (Pemdi 2026)
    verified: tuple[str, ...] = ()  # catalogue parts resting on several agreeing sources
    unverified: tuple[str, ...] = ()  # parts still provisional
    criteria_source: str | None = None
    index_name: str | None = None
    framework_name: str | None = None

    @cached_property
    def indicators(self) -> dict[str, Indicator]:
        return {i.id: i for d in self.domains for a in d.aspects for i in a.indicators}

    def index_title(self, lang: Lang) -> str:
        """What the index is called: the catalogue's own name ("Indeks Pemdi"), else the
        Indeks SPBE wording of the language."""
        return self.index_name or message("index_title", lang)

    @property
    def framework(self) -> str:
        """What is assessed, in titles: "Pemerintah Digital", else "SPBE"."""
        return self.framework_name or "SPBE"

    def notice(self, lang: Lang) -> str:
        """What every output says of a provisional catalogue ("" for an official one): which
        parts are verified and which are still provisional, or that all of it is."""
        if not self.provisional:
            return ""
        if self.status == "partial":
            return message(
                "partial_notice",
                lang,
                catalogue=self.id,
                verified=_parts(self.verified, lang),
                provisional=_parts(self.unverified, lang),
            )
        return message("provisional_notice", lang, catalogue=self.id, title=self.title)

    @property
    def provisional(self) -> bool:
        """Whether any part of the catalogue is provisional (``provisional``, or ``partial``:
        some parts verified, others not): its numbers must never pass for official, and every
        output that shows them says so."""
        return self.status != "official"

    def part_provisional(self, part: str) -> bool:
        """Whether one part (``level_names``, ``criteria``, ``conversion``...) is provisional:
        every part of a provisional catalogue, the parts a partial one lists as unverified."""
        return self.provisional and (self.status != "partial" or part in self.unverified)

    @property
    def aspects(self) -> Iterator[Aspect]:
        return (a for d in self.domains for a in d.aspects)

    @property
    def total_weight(self) -> Fraction:
        return sum((d.weight for d in self.domains), Fraction(0))

    @property
    def low(self) -> int:
        return min(i.scale.low for i in self.indicators.values())

    @property
    def high(self) -> int:
        return max(i.scale.high for i in self.indicators.values())

    def predikat(self, shown: Fraction) -> str:
        """The predikat of an index as displayed (published results read it that way)."""
        for band in self.bands:
            if band.min <= shown < band.max or (shown == band.max == self.high):
                return band.name
        return "-"


def _parts(parts: Iterable[str], lang: Lang) -> str:
    """``struktur, bobot dan rumus``: catalogue parts as words, the last joined by "dan"."""
    words = [message(f"part_{p}", lang) for p in parts]
    if len(words) < 2:
        return "".join(words)
    return f"{', '.join(words[:-1])} {message('and', lang)} {words[-1]}"


def framework_of_year(year: int | None) -> str:
    """The catalogue in force in ``year`` (``indicators/frameworks/in-force.yaml``); before the
    first row, the first row's; without a year, :data:`DEFAULT_CATALOGUE`."""
    table = _in_force()
    if year is None or not table:
        return DEFAULT_CATALOGUE
    for row in table:
        if row.start <= year and (row.end is None or year <= row.end):
            return row.catalogue
    return table[0].catalogue if year < table[0].start else table[-1].catalogue


@lru_cache(maxsize=1)
def _in_force() -> tuple[InForce, ...]:
    src = read_yaml(catalogue_dir() / "frameworks" / "in-force.yaml")
    table, _ = load_model(InForceTable, src)
    # a broken bundled table is caught by the tests; the default then stands
    return tuple(sorted(table.years, key=lambda r: r.start)) if table else ()


def known_catalogues() -> list[str]:
    return sorted(p.stem for p in catalogue_dir().glob("*.yaml"))


def locate_catalogue(ref: str, base: Path) -> Path | None:
    """A catalogue id (``spbe-2020``) names a bundled file; anything path-like is a file."""
    if ref.endswith((".yaml", ".yml")) or "/" in ref or "\\" in ref:
        candidate = Path(ref)
        return candidate if candidate.is_absolute() else base / candidate
    bundled = catalogue_dir() / f"{ref}.yaml"
    return bundled if bundled.is_file() else None


_CACHE: dict[tuple[Path, int, int], tuple[Catalogue | None, list[Problem]]] = {}


def load_catalogue(path: Path) -> tuple[Catalogue | None, list[Problem]]:
    """Read and check one catalogue file. Cached per file version within one process."""
    try:
        stat = path.stat()
        key = (path.resolve(), stat.st_mtime_ns, stat.st_size)
    except OSError:
        key = (path, 0, 0)
    if key not in _CACHE:
        _CACHE[key] = _load(path)
    return _CACHE[key]


def _load(path: Path) -> tuple[Catalogue | None, list[Problem]]:
    src = read_yaml(path)
    definition, problems = load_model(CatalogueDef, src)
    if definition is None:
        return None, problems
    catalogue, found = _Builder(src, definition).build()
    return catalogue, [*problems, *found]


# Values are looked up in their range as shown, rounded to two places (``rounded``): range
# bounds are compared in hundredths.
_HUNDREDTHS = 10**PLACES


@dataclass(frozen=True)
class _Span:
    """The values of one range as shown, in hundredths (1.51-2.50: 151-250), and its place."""

    path: KeyPath
    low: int
    high: int


def _two(hundredths: int) -> Msg:
    """A value given in hundredths as a message argument at two places (``1,50``, ``1.50``)."""
    whole, part = divmod(abs(hundredths), _HUNDREDTHS)
    sign = "-" if hundredths < 0 else ""
    return Msg.of("decimal_number", whole=f"{sign}{whole}", fraction=f"{part:0{PLACES}d}")


def _exact(value: Fraction) -> Msg | str:
    """A bound as written, exactly: ``1,505`` (no rounding hides a third place), ``10/3``."""
    return number(value) if is_finite_decimal(value) else fmt(value)


class _Builder:
    def __init__(self, src: Source, definition: CatalogueDef) -> None:
        self.src = src
        self.d = definition
        self.problems: list[Problem] = []
        self.seen: dict[str, KeyPath] = {}

    def _at(self, path: KeyPath, code: str, **args: object) -> None:
        line, col = self.src.pos(path)
        self.problems.append(located(self.src.path, line, col, code, args))

    def _unique(self, ident: str, path: KeyPath) -> None:
        if ident in self.seen:
            self._at(path, "K001", id=ident, other_line=self.src.line(self.seen[ident]))
        else:
            self.seen[ident] = path

    def _positive(self, weight: Fraction, what: str, ident: str, path: KeyPath) -> None:
        if weight <= 0:
            self._at(path, "K002", what=Msg.of(what), id=ident, weight=number(weight))

    def build(self) -> tuple[Catalogue | None, list[Problem]]:
        scales = self._scales()
        if self.d.aspects is not None and self.d.domains is not None:
            self._at(("aspects",), "K013")
        if self.d.domains is not None:
            domains = tuple(
                self._domain(self.d.domains[i], ("domains", i), scales)
                for i in range(len(self.d.domains))
            )
        elif self.d.aspects is not None:
            # aspects only: one implicit domain holds them, weighing what they weigh together
            weight = sum((a.weight for a in self.d.aspects), Fraction(0))
            implicit = DomainDef.model_construct(
                id="-", name=self.d.title, weight=weight, aspects=self.d.aspects
            )
            domains = (self._domain(implicit, (), scales),)
        else:
            self._at((), "K013")
            domains = ()
        total = sum((d.weight for d in domains), Fraction(0))
        if total != 100:
            self._at(("domains",) if self.d.domains else ("aspects",), "K005", total=number(total))
        verification = self.d.verification
        catalogue = Catalogue(
            id=self.d.id,
            title=self.d.title,
            regulation=self.d.regulation,
            version=self.d.version,
            status=self.d.status,
            path=self.src.path,
            domains=domains,
            bands=tuple(Band(b.name, b.min, b.max) for b in self.d.predikat),
            scales=tuple(scales.values()),
            has_domains=self.d.domains is not None,
            decimal=self.d.values == "decimal",
            verified=tuple(verification.verified) if verification else (),
            unverified=tuple(verification.provisional) if verification else (),
            criteria_source=self.d.criteria_source,
            index_name=self.d.index_name,
            framework_name=self.d.framework_name,
        )
        if catalogue.indicators:
            self._bands(catalogue)
        return (None if self.problems else catalogue), self.problems

    def _scales(self) -> dict[str, Scale]:
        scales: dict[str, Scale] = {}
        for sid, sdef in self.d.scales.items():
            values = [lv.level for lv in sdef.levels]
            if values != list(range(values[0], values[0] + len(values))):
                self._at(
                    ("scales", sid, "levels"), "K006", scale=sid, levels=", ".join(map(str, values))
                )
            scales[sid] = Scale(
                sid,
                sdef.name,
                tuple(
                    Level(lv.level, lv.name, lv.description, tuple(lv.aliases))
                    for lv in sdef.levels
                ),
            )
        return scales

    def _domain(self, ddef: DomainDef, path: KeyPath, scales: Mapping[str, Scale]) -> Domain:
        """A domain; ``path`` is () for the implicit domain of a framework without domains."""
        if path:
            self._unique(ddef.id, (*path, "id"))
            self._positive(ddef.weight, "what_domain", ddef.id, (*path, "weight"))
        where: KeyPath = (*path, "aspects") if path else ("aspects",)
        aspects = tuple(
            self._aspect(ddef.aspects[ai], (*where, ai), ddef.id, scales)
            for ai in range(len(ddef.aspects))
        )
        total = sum((a.weight for a in aspects), Fraction(0))
        if aspects and total != ddef.weight:
            self._at(
                (*path, "weight"),
                "K004",
                id=ddef.id,
                weight=number(ddef.weight),
                total=number(total),
            )
        return Domain(ddef.id, ddef.name, ddef.weight, aspects)

    def _aspect(
        self, adef: AspectDef, path: KeyPath, domain_id: str, scales: Mapping[str, Scale]
    ) -> Aspect:
        self._unique(adef.id, (*path, "id"))
        self._positive(adef.weight, "what_aspect", adef.id, (*path, "weight"))
        if not adef.indicators:
            self._at(path, "K010", id=adef.id)
        given = [i.weight for i in adef.indicators if i.weight is not None]
        if given and len(given) != len(adef.indicators):
            self._at((*path, "indicators"), "K011", id=adef.id)
        # An aspect may leave indicator weights out: its weight is then shared equally.
        share = adef.weight / len(adef.indicators) if adef.indicators else Fraction(0)
        indicators = []
        for ii, idef in enumerate(adef.indicators):
            ipath = (*path, "indicators", ii)
            self._unique(idef.id, (*ipath, "id"))
            weight = idef.weight if idef.weight is not None else share
            self._positive(weight, "what_indicator", idef.id, (*ipath, "weight"))
            scale = self._scale_for(idef.scale or adef.scale, scales, ipath)
            self._ranges(idef, scale, ipath)
            if idef.criteria and sorted(idef.criteria) != [lv.value for lv in scale.levels]:
                self._at(
                    (*ipath, "criteria"),
                    "K009",
                    id=idef.id,
                    levels=", ".join(str(lv.value) for lv in scale.levels),
                    found=", ".join(map(str, sorted(idef.criteria))),
                )
            indicators.append(
                Indicator(
                    idef.id,
                    idef.number,
                    idef.name,
                    weight,
                    scale,
                    dict(idef.criteria),
                    idef.question,
                    idef.note,
                    adef.id,
                    domain_id,
                    self._external(idef, ipath),
                    tuple(Range(r.min, r.max, r.criterion, r.evidence) for r in idef.ranges),
                    decimal=self.d.values == "decimal",
                )
            )
        if given and len(given) == len(adef.indicators):
            total = sum(given, Fraction(0))
            if total != adef.weight:
                self._at(
                    (*path, "weight"),
                    "K003",
                    id=adef.id,
                    weight=number(adef.weight),
                    total=number(total),
                )
        return Aspect(adef.id, adef.name, adef.weight, domain_id, tuple(indicators))

    def _external(self, idef: IndicatorDef, path: KeyPath) -> External | None:
        found = idef.external
        if found is None:
            if idef.external_source is None:
                return None
            return External(idef.external_source, idef.external_source)
        steps = tuple(Conversion(c.raw_min, c.raw_max, c.min, c.max) for c in found.conversion)
        for n, step in enumerate(steps):
            if step.raw_min > step.raw_max or step.min > step.max:
                self._at((*path, "external", "conversion", n), "K014", id=idef.id)
        return External(
            found.agency,
            found.index,
            found.raw_min,
            found.raw_max,
            steps,
            found.conversion_source,
        )

    def _ranges(self, idef: IndicatorDef, scale: Scale, path: KeyPath) -> None:
        """Check an indicator's value ranges as ``Indicator.range_of`` reads them: values
        rounded to two places, each given to the first range whose max it does not pass. Every
        value of the scale must then fall in exactly one range, the one it is given: each range
        sound (K015-K017), listed in order (K018), none overlapping (K019) nor leaving a value
        between two of them (K020), all together covering the scale (K021). Ranges beside
        per-level criteria are checked alike (the criteria are used first, ranges are shown).
        Linear in the number of ranges. Ranges are related to each other only once every one
        holds a value (a reversed one would leave a gap of its own), and gaps and overlaps only
        once they are in order (a swapped pair would look like both)."""
        spans = [
            self._span(idef.id, found, scale, (*path, "ranges", n))
            for n, found in enumerate(idef.ranges)
        ]
        sound = [span for span in spans if span is not None]
        if not sound or len(sound) != len(spans):
            return
        if self._in_order(idef.id, sound):
            self._adjacent(idef.id, sound)
        self._cover(idef.id, sound, scale)

    def _span(self, ident: str, found: RangeDef, scale: Scale, path: KeyPath) -> _Span | None:
        """One range on its own: bounds of two places within the scale, min not above max.
        Its span in hundredths, or None when it holds no value shown at two places."""
        for bound in ("min", "max"):
            value: Fraction = getattr(found, bound)
            args = {"id": ident, "bound": bound, "value": _exact(value)}
            if (value * _HUNDREDTHS).denominator != 1:
                self._at((*path, bound), "K017", **args)
            if value not in scale:
                self._at((*path, bound), "K016", **args, low=scale.low, high=scale.high)
        if found.min > found.max:
            self._at((*path, "min"), "K015", id=ident, min=_exact(found.min), max=_exact(found.max))
        low, high = math.ceil(found.min * _HUNDREDTHS), math.floor(found.max * _HUNDREDTHS)
        return _Span(path, low, high) if low <= high else None

    def _in_order(self, ident: str, spans: list[_Span]) -> bool:
        """Whether each range starts no lower than the one before it (K018 where not)."""
        ordered = True
        for before, span in pairwise(spans):
            if span.low < before.low:
                self._at(
                    (*span.path, "min"),
                    "K018",
                    id=ident,
                    min=_two(span.low),
                    previous=_two(before.low),
                )
                ordered = False
        return ordered

    def _adjacent(self, ident: str, spans: list[_Span]) -> None:
        """Ranges in order: each starts one hundredth above the highest value the ranges
        before it reach, neither at or below it (K019) nor further on (K020)."""
        reach = spans[0]
        for span in spans[1:]:
            args = {
                "id": ident,
                "min": _two(span.low),
                "end": _two(reach.high),
                "other_line": self.src.line(reach.path),
            }
            if span.low <= reach.high:
                self._at((*span.path, "min"), "K019", **args)
            elif span.low > reach.high + 1:
                self._at((*span.path, "min"), "K020", **args, first=_two(reach.high + 1))
            if span.high > reach.high:
                reach = span

    def _cover(self, ident: str, spans: list[_Span], scale: Scale) -> None:
        """The ranges reach down to the lowest level and up to the highest (K021)."""
        first = min(spans, key=lambda span: span.low)
        last = max(spans, key=lambda span: span.high)
        args = {"id": ident, "low": scale.low, "high": scale.high}
        if first.low > scale.low * _HUNDREDTHS:
            self._at((*first.path, "min"), "K021", **args, value=_two(scale.low * _HUNDREDTHS))
        if last.high < scale.high * _HUNDREDTHS:
            self._at((*last.path, "max"), "K021", **args, value=_two(scale.high * _HUNDREDTHS))

    def _scale_for(self, sid: str | None, scales: Mapping[str, Scale], path: KeyPath) -> Scale:
        if sid is None and len(scales) == 1:
            return next(iter(scales.values()))
        if sid is None or sid not in scales:
            self._at((*path, "scale") if sid else path, "K008", scale=sid or "?")
            return next(iter(scales.values()))
        return scales[sid]

    def _bands(self, catalogue: Catalogue) -> None:
        low, high = catalogue.low, catalogue.high
        bands = sorted(enumerate(self.d.predikat), key=lambda item: item[1].min)
        issues = []
        if bands[0][1].min != low:
            issues.append(f"{bands[0][1].name}: min {fmt(bands[0][1].min)} ≠ {low}")
        if bands[-1][1].max != high:
            issues.append(f"{bands[-1][1].name}: max {fmt(bands[-1][1].max)} ≠ {high}")
        for (_, a), (_, b) in pairwise(bands):
            if a.max != b.min:
                issues.append(f"{a.name} max {fmt(a.max)} / {b.name} min {fmt(b.min)}")
        for _, band in bands:
            if band.min >= band.max:
                issues.append(f"{band.name}: min {fmt(band.min)} ≥ max {fmt(band.max)}")
        if issues:
            self._at(("predikat",), "K007", low=low, high=high, detail="; ".join(issues))
