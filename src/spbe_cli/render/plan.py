"""``spbe plan`` output: the raises in order, each with the index after it."""

from __future__ import annotations

import json
from fractions import Fraction

from spbe_cli.base.formats import OutputChoice
from spbe_cli.domain.numbers import json_number, rounded, shown
from spbe_cli.engine.planner import Plan, Raise, StagePlan
from spbe_cli.model.catalogue import Catalogue, whole
from spbe_cli.problems.messages import Lang, message
from spbe_cli.render.console import text_console
from spbe_cli.render.document import Document, markdown
from spbe_cli.render.registry import Registry

GAIN_PLACES = 4


def _steps(plan: Plan) -> list[tuple[Fraction, Raise]]:
    """(cumulative exact index after the raise, raise)."""
    out, running = [], plan.start
    for r in plan.raises:
        running += r.gain
        out.append((running, r))
    return out


def _from(r: Raise, catalogue: Catalogue, lang: Lang) -> str:
    """``2 → 3``; in a catalogue of values both with two places: ``2,50 → 3,00``."""
    text = r.indicator.text
    return f"{text(r.from_level, lang)} → {text(r.to_level, lang)}"


def _criterion(r: Raise) -> str:
    """The criterion of the level aimed at: the catalogue's per-level text, or the criterion
    of the value range it falls in (Pemdi 2026, provisional)."""
    return r.indicator.criterion_at(r.to_level)[0]


def _supply_lines(plan: Plan, lang: Lang) -> list[str]:
    return [
        message(
            "plan_supply",
            lang,
            indicator=s.indicator.id,
            index=s.indicator.external.index if s.indicator.external else "",
            agency=s.indicator.external.agency if s.indicator.external else "",
            value=shown(Fraction(s.if_value), lang),
            gain=shown(s.gain, lang, GAIN_PLACES),
            unit=s.unit or "-",
        )
        for s in plan.supply
    ]


def _summary(plan: Plan, catalogue: Catalogue, stage: str, lang: Lang) -> str:
    if not plan.reachable:
        return message(
            "plan_unreachable",
            lang,
            target=shown(plan.target, lang),
            best=shown(plan.best, lang),
            start=shown(plan.start, lang),
        )
    if not plan.raises:
        return message(
            "plan_reached",
            lang,
            target=shown(plan.target, lang),
            start=shown(plan.start, lang),
            stage=stage,
        )
    return message(
        "plan_summary",
        lang,
        stage=stage,
        start=shown(plan.start, lang),
        target=shown(plan.target, lang),
        end=shown(plan.end, lang),
        predikat=catalogue.predikat(rounded(plan.end)),
        count=len(plan.raises),
        steps=sum(r.to_level - whole(r.from_level) for r in plan.raises),
        cost=_cost(plan.cost),
    )


def _cost(value: Fraction) -> str:
    return str(value.numerator) if value.denominator == 1 else f"{float(value):g}"


def plan_json(plan: Plan, catalogue: Catalogue, stage: str) -> str:
    doc = {
        "format": 1,
        "stage": stage,
        "start": json_number(plan.start),
        "start_rounded": json_number(rounded(plan.start)),
        "target": json_number(plan.target),
        "reachable": plan.reachable,
        "best_possible": json_number(plan.best),
        "end": json_number(plan.end),
        "end_rounded": json_number(rounded(plan.end)),
        "predikat": catalogue.predikat(rounded(plan.end)),
        "cost": json_number(plan.cost),
        "raises": [
            {
                "id": r.indicator.id,
                "name": r.indicator.name,
                "unit": r.unit,
                "from": (
                    r.from_level.numerator
                    if r.from_level.denominator == 1
                    else json_number(r.from_level)
                ),
                "to": r.to_level,
                "gain": json_number(r.gain),
                "cost": json_number(r.cost),
                "index_after": json_number(after),
                "index_after_rounded": json_number(rounded(after)),
                "criterion": _criterion(r),
            }
            for after, r in _steps(plan)
        ],
        "supply": [
            {
                "id": s.indicator.id,
                "unit": s.unit,
                "agency": s.indicator.external_source,
                "if_value": s.if_value,
                "gain": json_number(s.gain),
            }
            for s in plan.supply
        ],
    }
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def plan_markdown(plan: Plan, catalogue: Catalogue, stage: str, lang: Lang) -> str:
    doc = Document(message("plan_title", lang)).paragraph(_summary(plan, catalogue, stage, lang))
    for line in _supply_lines(plan, lang):
        doc.paragraph(line)
    if not plan.raises:
        return markdown(doc)
    columns = ["col_indicator", "col_unit", "col_level", "col_gain", "plan_after", "plan_criterion"]
    doc.table(
        ["#", *(message(c, lang) for c in columns)],
        "rlllrrl",
        [
            [
                str(n),
                f"{r.indicator.id} {r.indicator.name}",
                r.unit or "-",
                _from(r, catalogue, lang),
                f"+{shown(r.gain, lang, GAIN_PLACES)}",
                shown(after, lang),
                _criterion(r),
            ]
            for n, (after, r) in enumerate(_steps(plan), 1)
        ],
    )
    return markdown(doc)


def plan_table(
    plan: Plan,
    catalogue: Catalogue,
    stage: str,
    lang: Lang,
    *,
    width: int | None = None,
    color: bool = False,
) -> str:
    from rich import box
    from rich.table import Table
    from rich.text import Text

    console, buffer = text_console(width, color)
    console.print(Text(message("plan_title", lang), style="bold"))
    console.print(_summary(plan, catalogue, stage, lang))
    for line in _supply_lines(plan, lang):
        console.print(Text(line))
    if not plan.raises:
        return buffer.getvalue()
    table = Table(box=box.SIMPLE_HEAD)
    for column, right in (
        ("#", True),
        (message("col_indicator", lang), False),
        (message("col_unit", lang), False),
        (message("col_level", lang), False),
        (message("col_gain", lang), True),
        (message("plan_after", lang), True),
    ):
        table.add_column(column, justify="right" if right else "left")
    steps = _steps(plan)
    for n, (after, r) in enumerate(steps, 1):
        table.add_row(
            str(n),
            f"{r.indicator.id} {r.indicator.name}",
            r.unit or "-",
            _from(r, catalogue, lang),
            f"+{shown(r.gain, lang, GAIN_PLACES)}",
            shown(after, lang),
        )
    console.print(table)
    console.print(Text(message("plan_criterion", lang), style="bold"))
    for n, (_, r) in enumerate(steps, 1):
        console.print(
            Text(f"{n}. {r.indicator.id} → {r.indicator.text(r.to_level, lang)}: ", style="bold")
            + Text(_criterion(r))
        )
    return buffer.getvalue()


PLAN: Registry[OutputChoice, StagePlan, str] = Registry("plan", OutputChoice)
PLAN.add(OutputChoice.table)(
    lambda p, c: plan_table(p.plan, p.catalogue, p.stage, c.lang, width=c.width, color=c.color)
)
PLAN.add(OutputChoice.json)(lambda p, c: plan_json(p.plan, p.catalogue, p.stage))
PLAN.add(OutputChoice.md)(lambda p, c: plan_markdown(p.plan, p.catalogue, p.stage, c.lang))
