"""The versioned JSON document of ``spbe score --format json``."""

from __future__ import annotations

import json
from fractions import Fraction
from typing import Any

from spbe_cli.domain.numbers import json_number, rounded
from spbe_cli.engine.scoring import AspectResult, DomainResult, IndicatorResult, Score, UnitResult

# History of FORMAT: 1 - first version (catalogue, index, domains > aspects > indicators, units);
# later within 1: `stage` and `fell_back` (spbe score --stage).
# Adding keys keeps the number; renaming, removing or changing the meaning of one bumps it.
FORMAT = 1


def _num(value: Fraction | None) -> float | None:
    return None if value is None else json_number(value)


def _indicator(r: IndicatorResult) -> dict[str, Any]:
    return {
        "id": r.indicator.id,
        "name": r.indicator.name,
        "weight": _num(r.indicator.weight),
        "level": r.level,
        "level_name": r.level_name,
        "answered": r.answered,
        "unit": r.unit,
        "source": r.source,
        "next_level_gain": _num(r.next_gain),
        "value": _num(r.value),  # = level, a decimal value, or another agency's index value
        "external": r.external is not None,
        # valued from another agency's index: its agency, and whether the value is pending
        "external_source": r.indicator.external_source,
        "pending": r.pending,
        **({"supplied": _supplied(r)} if r.supplied is not None else {}),
    }


def _supplied(r: IndicatorResult) -> dict[str, Any]:
    s = r.supplied
    assert s is not None
    return {
        "raw": _num(s.raw),
        "source": s.source,
        "year": s.year,
        "document": s.document,
        "url": s.url,
        "value": _num(s.value),
    }


def _aspect(a: AspectResult) -> dict[str, Any]:
    return {
        "id": a.aspect.id,
        "name": a.aspect.name,
        "weight": _num(a.aspect.weight),
        "index": _num(a.index),
        "index_rounded": _rounded(a.index),
        "indicators": [_indicator(i) for i in a.indicators],
    }


def _domain(d: DomainResult) -> dict[str, Any]:
    return {
        "id": d.domain.id,
        "name": d.domain.name,
        "weight": _num(d.domain.weight),
        "index": _num(d.index),
        "index_rounded": _rounded(d.index),
        "aspects": [_aspect(a) for a in d.aspects],
    }


def _unit(u: UnitResult) -> dict[str, Any]:
    return {
        "unit": u.unit,
        "name": u.name,
        "file": u.file,
        "indicators": [i.indicator.id for i in u.indicators],
        "mean_level": _num(u.mean_level),
        "contribution": _num(u.contribution),
    }


def _rounded(value: Fraction) -> float:
    return json_number(rounded(value))


def score_document(score: Score) -> dict[str, Any]:
    c = score.catalogue
    return {
        "format": FORMAT,
        "catalogue": {
            "id": c.id,
            "title": c.title,
            "regulation": c.regulation,
            "version": c.version,
            "status": c.status,
            # False: the framework has no domains (Pemdi 2026); `domains` then holds one entry
            # with id "-" that carries the aspects, and its index is the index
            "has_domains": c.has_domains,
            "values": "decimal" if c.decimal else "levels",
            "provisional_parts": list(c.unverified),
        },
        "instansi": score.instansi,
        "year": score.year,
        "index": _num(score.index),
        "index_rounded": _num(score.index_rounded),
        "predikat": score.predikat,
        "complete": score.complete,
        "missing": [i.indicator.id for i in score.missing],
        "predikat_bands": [
            {"name": b.name, "min": _num(b.min), "max": _num(b.max)} for b in c.bands
        ],
        "domains": [_domain(d) for d in score.domains],
        "units": [_unit(u) for u in score.units],
        "stage": score.stage.value,
        **({"estimated_from": score.estimated_from} if score.estimated_from else {}),
        "fell_back": [{"id": ident, "from": source.value} for ident, source in score.fell_back],
        # indicators waiting for another agency's index value (counted as the lowest level)
        "pending": [i.indicator.id for i in score.pending],
    }


def render_json(score: Score) -> str:
    return json.dumps(score_document(score), ensure_ascii=False, indent=2) + "\n"
