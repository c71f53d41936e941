"""Evidence items (butir) and their assessor statuses, for ``spbe evidence status``. Pure."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from spbe_cli.engine.assessments import YearSet
from spbe_cli.model.models import Answer, Contribution
from spbe_cli.problems.problem import natural_key


@dataclass(frozen=True)
class ItemRow:
    """One evidence item: who sent it, for which indicator and level, and its latest verdict."""

    unit: str
    role: str  # "lead" (sets the level) or "support"
    indicator: str
    id: str
    level: int | None
    title: str
    stage: str  # the latest stage that gave a status; "" when none did
    status: str  # "diterima", "revisi", or "belum_dinilai"
    reason: str
    note: str
    where: str  # "path:line" of the item


STATUS_ORDER = {"revisi": 0, "belum_dinilai": 1, "diterima": 2}


def item_rows(year_set: YearSet) -> list[ItemRow]:
    """Every evidence item with an application code (``id``), sent-back ones first, then the
    ones not assessed yet, then the accepted ones; by unit and indicator within each."""
    rows: list[ItemRow] = []
    for unit in year_set.units:
        a, src = unit.assessment, unit.src
        parts: list[tuple[str, str, Mapping[str, Answer | Contribution]]] = [
            ("lead", "indicators", a.indicators),
            ("support", "supports", a.supports),
        ]
        for role, key, answers in parts:
            for ident, answer in answers.items():
                for n, e in enumerate(answer.evidence):
                    if e.id is None:
                        continue
                    latest = e.latest()
                    line = src.pos((key, ident, "evidence", n))[0]
                    rows.append(
                        ItemRow(
                            e.unit or a.unit,
                            role,
                            ident,
                            e.id,
                            e.level,
                            e.title,
                            latest[0] if latest else "",
                            latest[1].status if latest else "belum_dinilai",
                            (latest[1].reason or "") if latest else "",
                            (latest[1].note or "") if latest else "",
                            f"{src.shown}:{line}",
                        )
                    )
    rows.sort(key=lambda r: (STATUS_ORDER[r.status], r.unit, natural_key(r.indicator), r.id))
    return rows
