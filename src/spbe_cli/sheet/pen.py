"""Writing the workbook's cells: the shared styles, text cells that never become formulas,
the cells to fill in, internal links, and row heights that fit wrapped text."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from spbe_cli.problems.messages import Lang, message
from spbe_cli.sheet.layout import HEADER_ROW, MAX_CELL_TEXT, headings

FILL = "FFF2CC"  # the yellow of cells to fill in
HEAD = "D9E1F2"
LOCKED_GREY = "EDEDED"


def lines_needed(text: object, width: float) -> int:
    """How many lines ``text`` takes wrapped in a column ``width`` characters wide (spreadsheets
    do not size rows for wrapped text they did not lay out themselves)."""
    if not isinstance(text, str) or not text:
        return 1
    per_line = max(1, int(width * 0.95))  # DejaVu/Liberation Sans run wider than Calibri
    return sum(max(1, math.ceil(len(part) / per_line)) for part in text.split("\n"))


def fit_rows(ws: Any, widths: dict[int, float], first: int, every: Sequence[float] = ()) -> None:
    """Set each row's height from its wrapped cells (15 points a line, at most 409); the header
    row (``first``) wraps in every column (``every``)."""
    for cells in ws.iter_rows(min_row=first):
        sizes = dict(enumerate(every, 1)) if cells[0].row == first and every else widths
        lines = max(
            (lines_needed(c.value, sizes[c.column]) for c in cells if c.column in sizes),
            default=1,
        )
        if lines > 1:
            ws.row_dimensions[cells[0].row].height = min(409, 15 * lines)


@dataclass(frozen=True)
class Pen:
    """How cells are written: the language and the styles every sheet shares.

    openpyxl registers a style when a cell first gets it, so the order in which the sheet
    builders below write their cells is part of the bytes: keep it."""

    lang: Lang
    bold: Any
    title_font: Any
    head_fill: Any
    fill: Any
    grey: Any
    wrap: Any
    top: Any
    unlocked: Any
    link_font: Any

    @classmethod
    def make(cls, lang: Lang) -> Pen:
        from openpyxl.styles import Alignment, Font, PatternFill, Protection

        return cls(
            lang=lang,
            bold=Font(bold=True),
            title_font=Font(bold=True, size=13),
            head_fill=PatternFill("solid", fgColor=HEAD),
            fill=PatternFill("solid", fgColor=FILL),
            grey=PatternFill("solid", fgColor=LOCKED_GREY),
            wrap=Alignment(wrap_text=True, vertical="top"),
            top=Alignment(vertical="top"),
            unlocked=Protection(locked=False),
            link_font=Font(color="1F4E79", underline="single"),
        )

    def put(self, ws: Any, row: int, column: int, value: object, *, wrapped: bool = False) -> Any:
        """Write one cell: a text is always a text cell, never a formula."""
        cell = ws.cell(row=row, column=column)
        if isinstance(value, str) and len(value) > MAX_CELL_TEXT:
            value = message("sh_too_long", self.lang)  # the import knows this marker
        cell.value = value
        if isinstance(value, str):
            cell.data_type = "s"  # never a formula, whatever the text starts with
        cell.alignment = self.wrap if wrapped else self.top
        return cell

    def header(self, ws: Any, columns: tuple[tuple[str, str], ...], title: str, sub: str) -> None:
        """The title, a subtitle and the column headings of a data sheet."""
        self.put(ws, 1, 1, title).font = self.title_font
        self.put(ws, 2, 1, sub)
        for n, text in enumerate(headings(columns, self.lang), 1):
            cell = self.put(ws, HEADER_ROW, n, text, wrapped=True)
            cell.font = self.bold
            cell.fill = self.head_fill

    def unlock(self, cell: Any) -> None:
        """A cell to fill in: yellow, and editable on the protected sheet."""
        cell.fill = self.fill
        cell.protection = self.unlocked

    def link(self, cell: Any, location: str) -> None:
        """A link to a place inside the workbook."""
        from openpyxl.worksheet.hyperlink import Hyperlink

        cell.hyperlink = Hyperlink(ref=cell.coordinate, location=location)
        cell.font = self.link_font
