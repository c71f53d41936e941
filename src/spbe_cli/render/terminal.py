"""The rich terminal view of ``spbe score``: the numbers a coordination team reads first."""

from __future__ import annotations

import io

from rich import box
from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from spbe_cli.i18n import Lang, message
from spbe_cli.numbers import shown
from spbe_cli.scoring import Score

GAIN_PLACES = 4  # gains and contributions are small: 2 decimals would hide them


def render_terminal(
    score: Score, lang: Lang, *, width: int | None = None, color: bool = False
) -> str:
    def t(key: str, **args: object) -> str:
        return message(key, lang, **args)

    buffer = io.StringIO()
    console = Console(
        file=buffer,
        width=width or 100,
        force_terminal=color,
        no_color=not color,
        highlight=False,
        emoji=False,
        soft_wrap=False,
    )
    c = score.catalogue
    header = Text()
    header.append(score.instansi or "-", style="bold")
    header.append(f"  ·  {t('year')} {score.year if score.year is not None else '-'}")
    header.append(f"  ·  {t('catalogue')} {c.id} ({c.title})")
    console.print(header)
    console.print(_index_panel(score, lang))
    console.print(_bands(score, lang))
    console.print(_domains(score, lang))
    console.print(_units(score, lang))
    console.print(_missing(score, lang))
    console.print(_gains(score, lang))
    return buffer.getvalue()


def _index_panel(score: Score, lang: Lang) -> Panel:
    body = Text()
    body.append(shown(score.index, lang), style="bold")
    body.append("   ")
    body.append(score.predikat, style="bold")
    if not score.complete:
        body.append("\n")
        body.append(message("incomplete_note", lang, count=len(score.missing)), style="yellow")
    return Panel(
        body, title=message("index_title", lang), expand=False, box=box.ROUNDED, padding=(0, 2)
    )


def _bands(score: Score, lang: Lang) -> Table:
    table = Table(title=message("bands_title", lang), box=box.SIMPLE_HEAD, title_justify="left")
    table.add_column(message("band_range", lang))
    table.add_column(message("predikat", lang))
    table.add_column("")
    top = max(b.max for b in score.catalogue.bands)
    for band in score.catalogue.bands:
        upper = shown(band.max, lang) if band.max == top else f"< {shown(band.max, lang)}"
        here = band.name == score.predikat
        table.add_row(
            f"{shown(band.min, lang)} – {upper}",
            band.name,
            "◀" if here else "",
            style="bold" if here else None,
        )
    return table


def _domains(score: Score, lang: Lang) -> Table:
    table = Table(title=message("domains_title", lang), box=box.SIMPLE_HEAD, title_justify="left")
    table.add_column(message("col_id", lang))
    table.add_column(message("col_name", lang))
    table.add_column(message("col_weight", lang), justify="right")
    table.add_column(message("col_index", lang), justify="right")
    for d in score.domains:
        table.add_row(
            d.domain.id,
            d.domain.name,
            shown(d.domain.weight, lang),
            shown(d.index, lang),
            style="bold",
        )
        for a in d.aspects:
            table.add_row(
                f"  {a.aspect.id}",
                f"  {a.aspect.name}",
                shown(a.aspect.weight, lang),
                shown(a.index, lang),
            )
    table.add_section()
    table.add_row(
        "",
        message("index_title", lang),
        shown(score.catalogue.total_weight, lang),
        shown(score.index, lang),
        style="bold",
    )
    return table


def _units(score: Score, lang: Lang) -> Table:
    table = Table(title=message("units_title", lang), box=box.SIMPLE_HEAD, title_justify="left")
    table.add_column(message("col_unit", lang))
    table.add_column(message("col_name", lang))
    table.add_column(message("col_answered", lang), justify="right")
    table.add_column(message("col_mean", lang), justify="right")
    table.add_column(message("col_contribution", lang), justify="right")
    for u in score.units:
        mean = shown(u.mean_level, lang) if u.mean_level is not None else "-"
        table.add_row(
            u.unit,
            u.name or "",
            str(len(u.indicators)),
            mean,
            shown(u.contribution, lang, GAIN_PLACES),
        )
    return table


def _missing(score: Score, lang: Lang) -> Group | Table:
    missing = score.missing
    if not missing:
        return Group(
            Text(message("missing_title", lang), style="italic"),
            Text("  " + message("none", lang)),
            Text(""),
        )
    table = Table(title=message("missing_title", lang), box=box.SIMPLE_HEAD, title_justify="left")
    table.add_column(message("col_indicator", lang))
    table.add_column(message("col_name", lang))
    table.add_column(message("col_unit", lang))
    for r in missing:
        table.add_row(r.indicator.id, r.indicator.name, r.unit or "-")
    return table


def _gains(score: Score, lang: Lang) -> Group | Table:
    gains = score.top_gains()
    if not gains:
        return Group(
            Text(message("gains_title", lang), style="italic"),
            Text("  " + message("all_at_top", lang)),
        )
    table = Table(title=message("gains_title", lang), box=box.SIMPLE_HEAD, title_justify="left")
    table.add_column(message("col_indicator", lang))
    table.add_column(message("col_name", lang), overflow="fold")
    table.add_column(message("col_unit", lang))
    table.add_column(message("col_level", lang), justify="right")
    table.add_column(message("col_next", lang), justify="right")
    table.add_column(message("col_gain", lang), justify="right")
    for r in gains:
        scale = r.indicator.scale
        nxt = r.next_level
        assert nxt is not None and r.next_gain is not None
        table.add_row(
            r.indicator.id,
            r.indicator.name,
            r.unit or "-",
            f"{r.level} {scale.name_of(r.level)}",
            f"{nxt} {scale.name_of(nxt)}",
            f"+{shown(r.next_gain, lang, GAIN_PLACES)}",
        )
    return table
