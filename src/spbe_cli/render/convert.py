"""``spbe convert`` output: an estimated answer set, always labelled as an estimate."""

from __future__ import annotations

import json

from spbe_cli.base.formats import ConvertFormat
from spbe_cli.domain.numbers import fmt, json_number
from spbe_cli.engine.crosswalk import Crosswalk, Estimate, Estimated
from spbe_cli.engine.scoring import Score
from spbe_cli.problems.messages import Lang, message
from spbe_cli.render.registry import Registry
from spbe_cli.render.score import score_table


def estimate_json(score: Score, result: Estimate, walk: Crosswalk) -> str:
    doc = {
        "format": 1,
        "estimate": True,
        "from": walk.source,
        "to": walk.target,
        "crosswalk_status": walk.status,
        "year": score.year,
        "index": json_number(score.index),
        "index_rounded": json_number(score.index_rounded),
        "predikat": score.predikat,
        "indicators": [
            {
                "id": ident,
                "level": result.answers[ident].level,
                "from": [{"id": old, "value": json_number(v)} for old, v in origins],
                "basis": walk.basis.get(ident),
            }
            for ident, origins in result.origins.items()
        ],
        "unmapped": list(result.unmapped),
    }
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def estimate_yaml(score: Score, result: Estimate, walk: Crosswalk, lang: Lang) -> str:
    """An answer-set file a person can read and keep beside the real ones (named with `_` so
    that it is never taken for a unit's answers)."""
    lines = [
        f"# {message('estimate_header', lang, source=walk.source, target=walk.target)}",
        "# "
        + message("estimate_index", lang, index=fmt(score.index_rounded), predikat=score.predikat),
        f"unit: {message('estimate_unit', lang)}",
        f"year: {score.year}",
        f"catalogue: {walk.target}",
        "indicators:",
    ]
    for ident, origins in result.origins.items():
        sources = ", ".join(f"{old} ({fmt(v)})" for old, v in origins)
        note = json.dumps(
            message("estimate_from", lang, catalogue=walk.source, sources=sources),
            ensure_ascii=False,
        )
        lines += [
            f"  {ident}:",
            f"    level: {result.answers[ident].level}",
            f"    explanation: {note}",
        ]
    return "\n".join(lines) + "\n"


CONVERT: Registry[ConvertFormat, Estimated, str] = Registry("convert", ConvertFormat)
CONVERT.add(ConvertFormat.json)(lambda e, c: estimate_json(e.score, e.estimate, e.walk))
CONVERT.add(ConvertFormat.yaml)(lambda e, c: estimate_yaml(e.score, e.estimate, e.walk, c.lang))
CONVERT.add(ConvertFormat.table)(lambda e, c: score_table(e.score, c))
