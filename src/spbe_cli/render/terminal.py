"""The rich terminal view of ``spbe score``: the numbers a coordination team reads first."""

from __future__ import annotations

from rich import box
from rich.console import Group, RenderableType
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from spbe_cli.base.safetext import one_line
from spbe_cli.render.console import text_console
from spbe_cli.render.view import Row, ScoreView


def render_terminal(view: ScoreView, *, width: int | None = None, color: bool = False) -> str:
    console, buffer = text_console(width, color)
    lab = view.labels
    parts: list[RenderableType] = [
        _header(view),
        _index_panel(view),
        _table(lab["bands_title"], [lab["band_range"], lab["predikat"]], view.bands, marker=True),
        _domains(view),
        _units(view),
        _missing(view),
        *_pending(view),
        _gains(view),
    ]
    for part in parts:
        console.print(part)
    return buffer.getvalue()


def _header(view: ScoreView) -> Text:
    lab = view.labels
    header = Text()
    header.append(one_line(view.instansi), style="bold")
    header.append(f"  ·  {lab['year']} {view.year}  ·  {lab['catalogue']}: {view.catalogue}")
    return header


def _index_panel(view: ScoreView) -> Panel:
    body = Text()
    body.append(view.index, style="bold")
    body.append("   ")
    body.append(view.predikat, style="bold")
    if view.incomplete:
        body.append("\n")
        body.append(view.incomplete, style="yellow")
    if view.stage_note:
        body.append("\n")
        body.append(view.stage_note, style="cyan")
    title = view.labels["index_title"]
    return Panel(body, title=title, expand=False, box=box.ROUNDED, padding=(0, 2))


def _domains(view: ScoreView) -> RenderableType:
    lab = view.labels
    return _table(
        lab["domains_title"],
        [lab["col_id"], lab["col_name"], lab["col_weight"], lab["col_index"]],
        view.domains,
        right=(2, 3),
        # aspects sit under their domain; a framework of aspects only has no domain rows
        indent_plain=any(row.strong for row in view.domains[:-1]),
    )


def _units(view: ScoreView) -> RenderableType:
    lab = view.labels
    columns = ["col_unit", "col_name", "col_answered", "col_mean", "col_contribution"]
    return _table(lab["units_title"], [lab[c] for c in columns], view.units, right=(2, 3, 4))


def _pending(view: ScoreView) -> list[RenderableType]:
    """Indicators waiting for another agency's index value: a table only when there are some."""
    if not view.pending:
        return []
    lab = view.labels
    columns = ["col_indicator", "col_name", "col_source", "col_unit"]
    return [_table(lab["pending_title"], [lab[c] for c in columns], view.pending)]


def _gains(view: ScoreView) -> RenderableType:
    lab = view.labels
    columns = ["col_indicator", "col_name", "col_unit", "col_level", "col_next", "col_gain"]
    return _table(
        lab["gains_title"],
        [lab[c] for c in columns],
        view.gains,
        right=(5,),
        empty=lab["all_at_top"],
    )


COMPACT_MISSING = 10  # past this many, unanswered indicators are listed by id only


def _missing(view: ScoreView) -> RenderableType:
    lab = view.labels
    if len(view.missing) <= COMPACT_MISSING:
        columns = [lab["col_indicator"], lab["col_name"], lab["col_unit"]]
        return _table(lab["missing_title"], columns, view.missing, empty=lab["none"])
    ids = ", ".join(row.cells[0] for row in view.missing)
    return Group(
        Text(f"{lab['missing_title']} ({len(view.missing)})", style="italic"),
        Text(f"  {ids}"),
        Text(""),
    )


def _table(
    title: str,
    columns: list[str],
    rows: tuple[Row, ...],
    *,
    right: tuple[int, ...] = (),
    marker: bool = False,
    indent_plain: bool = False,
    empty: str = "",
) -> RenderableType:
    if not rows:
        return Group(Text(title, style="italic"), Text(f"  {empty}"), Text(""))
    table = Table(title=title, box=box.SIMPLE_HEAD, title_justify="left")
    for n, column in enumerate(columns):
        table.add_column(column, justify="right" if n in right else "left")
    if marker:
        table.add_column("")
    for row in rows:
        cells = [one_line(cell) for cell in row.cells]  # a line break never starts a line
        if indent_plain and not row.strong:
            cells[:2] = [f"  {cells[0]}", f"  {cells[1]}"]
        if marker:
            cells.append("◀" if row.strong else "")
        table.add_row(*cells, style="bold" if row.strong else None)
    return table
