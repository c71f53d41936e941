"""``spbe sheet``: one unit's fill-in workbook (openpyxl, imported by this command only).

Sheets: a guide, the indicators (a level drop-down and the explanation to fill in, the next
level's requirement beside them), the evidence rows (existing ones, then empty rows for new
ones), the criteria of every level, and a hidden metadata sheet that ``spbe import`` checks
(tool version, catalogue, unit, year, and the SHA-256 of the YAML file). Only the cells to fill
in are unlocked; the sheets and the workbook's structure are protected without a password.
Every text is a text cell, never a formula, and the bytes are the same for the same inputs.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from fractions import Fraction
from typing import Any

from spbe_cli import __version__
from spbe_cli.domain.numbers import fmt, shown
from spbe_cli.problems.messages import Lang, message
from spbe_cli.sheet.layout import (
    CRITERIA_COLUMNS,
    EVIDENCE_COLUMNS,
    FIRST_ROW,
    HEADER_ROW,
    INDICATOR_COLUMNS,
    MAX_CELL_TEXT,
    META,
    col,
    headings,
    letter,
    ref_text,
    sheet_names,
)
from spbe_cli.sheet.model import BLANK_EVIDENCE_ROWS, FORMAT, IndicatorRow, UnitSheet

FILL = "FFF2CC"  # the yellow of cells to fill in
HEAD = "D9E1F2"
LOCKED_GREY = "EDEDED"


def level_choice(value: int, name: str) -> str:
    """A drop-down entry: ``3 - Terdefinisi``."""
    return f"{value} - {name}"


def level_cell(row: IndicatorRow, lang: Lang) -> str | None:
    """This year's level as the cell shows it: the drop-down entry, or the decimal value as
    written (``2,5``; ``7/3``)."""
    if row.level is None:
        return None
    if row.level.denominator == 1:
        return level_choice(row.level.numerator, row.indicator.scale.name_of(row.level))
    if row.written is not None:
        return row.written
    return fmt(row.level, lang)  # 2,5 (decimal comma in Bahasa Indonesia); 7/3 stays a fraction


def next_requirement(row: IndicatorRow, lang: Lang) -> str:
    scale = row.indicator.scale
    if row.role == "support" or row.external:
        return ""
    target = scale.low if row.level is None else math.floor(row.level) + 1
    if target > scale.high:
        return message("sh_top", lang)
    criterion, _ = row.indicator.criterion_at(target)
    if not criterion:
        return ""
    return message("sh_next", lang, level=target, name=scale.name_of(target), criterion=criterion)


def current_text(row: IndicatorRow, year: int, lang: Lang) -> str:
    scale = row.indicator.scale
    if row.role == "support":
        return message("sh_support_level", lang)
    if row.external and row.indicator.external is not None:
        ext = row.indicator.external
        if row.external_value is None:
            return message("external_pending", lang, index=ext.index, agency=ext.agency)
        value = row.external_value
        return message("sh_this_year", lang, value=_value(value, lang), name=scale.name_of(value))
    if row.level is not None:
        return message(
            "sh_this_year", lang, value=_value(row.level, lang), name=scale.name_of(row.level)
        )
    if row.last_year is not None:
        return message(
            "sh_last_year",
            lang,
            value=_value(row.last_year, lang),
            name=scale.name_of(row.last_year),
            year=year - 1,
        )
    return message("sh_not_filled", lang)


def _value(value: Fraction, lang: Lang) -> str:
    return str(value.numerator) if value.denominator == 1 else shown(value, lang)


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


def build_workbook(sheet: UnitSheet, lang: Lang) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill, Protection
    from openpyxl.workbook.protection import WorkbookProtection
    from openpyxl.worksheet.datavalidation import DataValidation
    from openpyxl.worksheet.hyperlink import Hyperlink

    from spbe_cli.render.xlsxfile import save

    names = sheet_names(lang)
    book = Workbook()
    book.remove(book.worksheets[0])
    guide = book.create_sheet(names["guide"])
    ind = book.create_sheet(names["indicators"])
    evs = book.create_sheet(names["evidence"])
    crit = book.create_sheet(names["criteria"])
    meta = book.create_sheet(META)

    bold = Font(bold=True)
    title_font = Font(bold=True, size=13)
    head_fill = PatternFill("solid", fgColor=HEAD)
    fill = PatternFill("solid", fgColor=FILL)
    grey = PatternFill("solid", fgColor=LOCKED_GREY)
    wrap = Alignment(wrap_text=True, vertical="top")
    top = Alignment(vertical="top")
    unlocked = Protection(locked=False)
    link_font = Font(color="1F4E79", underline="single")

    def put(ws: Any, row: int, column: int, value: object, *, wrapped: bool = False) -> Any:
        cell = ws.cell(row=row, column=column)
        if isinstance(value, str) and len(value) > MAX_CELL_TEXT:
            value = message("sh_too_long", lang)  # the import knows this marker
        cell.value = value
        if isinstance(value, str):
            cell.data_type = "s"  # never a formula, whatever the text starts with
        cell.alignment = wrap if wrapped else top
        return cell

    def header(ws: Any, columns: tuple[tuple[str, str], ...], title: str, sub: str) -> None:
        put(ws, 1, 1, title).font = title_font
        put(ws, 2, 1, sub)
        for n, text in enumerate(headings(columns, lang), 1):
            cell = put(ws, HEADER_ROW, n, text, wrapped=True)
            cell.font = bold
            cell.fill = head_fill

    shown_unit = (
        f"{sheet.unit_name} ({sheet.unit})" if sheet.unit_name != sheet.unit else sheet.unit
    )
    title = message(
        "sh_title", lang, year=sheet.year, unit=shown_unit, instansi=sheet.instansi or "-"
    )
    catalogue = f"{sheet.catalogue.id} ({sheet.catalogue.regulation})"

    # --- the guide -------------------------------------------------------------------------
    put(guide, 1, 1, message("sh_guide_title", lang)).font = title_font
    put(guide, 2, 1, title)
    steps = [
        message("sh_guide_1", lang, unit=shown_unit, year=sheet.year, catalogue=catalogue),
        *(message(f"sh_guide_{n}", lang) for n in range(2, 8)),
        message("sh_guide_source", lang, version=__version__, file=sheet.relative),
    ]
    for n, text in enumerate(steps, 4):
        put(guide, n, 1, f"{n - 3}." if n - 3 < len(steps) else "")
        put(guide, n, 2, text, wrapped=True)
    guide.column_dimensions["A"].width = 4
    guide.column_dimensions["B"].width = 110
    fit_rows(guide, {2: 110}, 4)

    # --- the metadata and the drop-down lists ----------------------------------------------
    scale = sheet.catalogue.scales[0] if sheet.catalogue.scales else None
    first_scale = sheet.rows[0].indicator.scale if sheet.rows else scale
    levels = list(first_scale.levels) if first_scale is not None else []
    pairs = [
        ("format", FORMAT),
        ("tool", f"spbe {__version__}"),
        ("catalogue", sheet.catalogue.id),
        ("unit", sheet.unit),
        ("year", str(sheet.year)),
        ("file", sheet.relative),
        ("sha256", sheet.sha256),
        ("lang", lang),
        ("indicators", ",".join(f"{r.indicator.id}:{r.role}" for r in sheet.rows)),
        ("evidence_rows", str(len(sheet.evidence) + BLANK_EVIDENCE_ROWS)),
    ]
    for n, (key, value) in enumerate(pairs, 1):
        put(meta, n, 1, key)
        put(meta, n, 2, value)
    for n, level in enumerate(levels, 1):
        put(meta, n, 4, level_choice(level.value, level.name))
    idents = [r.indicator.id for r in sheet.rows]
    for n, ident in enumerate(idents, 1):
        put(meta, n, 5, ident)
    meta.sheet_state = "hidden"

    # --- the indicators --------------------------------------------------------------------
    header(ind, INDICATOR_COLUMNS, title, message("sh_subtitle", lang, catalogue=catalogue))
    first_evidence: dict[str, int] = {}
    count: dict[str, int] = {}
    for n, e in enumerate(sheet.evidence):
        first_evidence.setdefault(e.indicator, FIRST_ROW + n)
        count[e.indicator] = count.get(e.indicator, 0) + 1
    first_criteria: dict[str, int] = {}
    criteria_rows: list[list[object]] = []
    for r in sheet.rows:
        first_criteria[r.indicator.id] = FIRST_ROW + len(criteria_rows)
        for level in r.indicator.scale.levels:
            criterion, asked = r.indicator.criterion_at(level.value)
            criteria_rows.append([r.indicator.id, level.value, level.name, criterion, asked])

    level_col = col(INDICATOR_COLUMNS, "level")
    text_col = col(INDICATOR_COLUMNS, "explanation")
    for n, r in enumerate(sheet.rows):
        row = FIRST_ROW + n
        put(ind, row, 1, r.indicator.id).font = bold
        put(ind, row, 2, r.indicator.name, wrapped=True)
        put(ind, row, 3, message(f"sh_role_{r.role}", lang))
        put(ind, row, 4, current_text(r, sheet.year, lang), wrapped=True)
        level = put(ind, row, level_col, None)
        if r.role == "lead" and not r.external:
            level.value = level_cell(r, lang)
            if isinstance(level.value, str):
                level.data_type = "s"
            level.number_format = "@"
            level.fill = fill
            level.protection = unlocked
        else:
            agency = r.indicator.external.agency if r.indicator.external else ""
            text = (
                message("sh_external_level", lang, agency=agency)
                if r.role == "lead"
                else message("sh_support_level", lang)
            )
            put(ind, row, level_col, text, wrapped=True).fill = grey
        explanation = put(ind, row, text_col, r.explanation, wrapped=True)
        if r.explanation is None or len(r.explanation) <= MAX_CELL_TEXT:
            explanation.fill = fill
            explanation.protection = unlocked
        put(ind, row, 7, next_requirement(r, lang), wrapped=True)
        ident = r.indicator.id
        if ident in first_evidence:
            cell = put(ind, row, 8, message("sh_evidence_rows", lang, count=count[ident]))
            cell.hyperlink = Hyperlink(
                ref=cell.coordinate, location=f"'{names['evidence']}'!A{first_evidence[ident]}"
            )
            cell.font = link_font
        else:
            put(ind, row, 8, message("sh_evidence_none", lang), wrapped=True)
        cell = put(ind, row, 9, message("sh_criteria_link", lang))
        cell.hyperlink = Hyperlink(
            ref=cell.coordinate, location=f"'{names['criteria']}'!A{first_criteria[ident]}"
        )
        cell.font = link_font
    last = FIRST_ROW + len(sheet.rows) - 1
    if sheet.rows and levels:
        decimal = sheet.catalogue.decimal
        pick = DataValidation(
            type="list",
            formula1=f"'{META}'!$D$1:$D${len(levels)}",
            allow_blank=True,
            showErrorMessage=True,
            errorStyle="warning" if decimal else "stop",
            promptTitle=message("sh_pick_title", lang),
            prompt=message("sh_pick_decimal" if decimal else "sh_pick_whole", lang),
            showInputMessage=True,
            errorTitle=message("sh_pick_title", lang),
            error=message("sh_pick_decimal" if decimal else "sh_pick_whole", lang),
        )
        pick.add(f"{letter(level_col)}{FIRST_ROW}:{letter(level_col)}{last}")
        ind.add_data_validation(pick)
    widths = (8, 34, 11, 18, 16, 60, 40, 12, 12)
    for n, width in enumerate(widths, 1):
        ind.column_dimensions[letter(n)].width = width
    fit_rows(
        ind, {2: widths[1], 4: widths[3], 5: widths[4], 6: widths[5], 7: widths[6]}, HEADER_ROW
    )
    ind.freeze_panes = f"C{FIRST_ROW}"
    ind.print_area = f"A1:{letter(len(widths))}{max(last, FIRST_ROW)}"

    # --- the evidence ----------------------------------------------------------------------
    header(evs, EVIDENCE_COLUMNS, title, message("sh_ev_hint", lang))
    ref_col = col(EVIDENCE_COLUMNS, "ref")
    row = FIRST_ROW
    for e in sheet.evidence:
        put(evs, row, 1, e.indicator).font = bold
        values: list[object] = [e.title, e.path, e.url, e.item, e.level, e.date]
        for n, shown_value in enumerate(values, 2):
            cell = put(evs, row, n, shown_value, wrapped=n == 2)
            cell.fill = fill
            cell.protection = unlocked
            if n == 7:
                cell.number_format = "yyyy-mm-dd"
        put(evs, row, 8, e.status, wrapped=True)
        put(evs, row, ref_col, ref_text(row, e.scope, e.indicator, e.index, e.fingerprint))
        row += 1
    first_blank = row
    for _ in range(BLANK_EVIDENCE_ROWS):
        for n in range(1, 8):
            cell = put(evs, row, n, None, wrapped=n == 2)
            cell.fill = fill
            cell.protection = unlocked
            if n == 7:
                cell.number_format = "yyyy-mm-dd"
        put(evs, row, ref_col, ref_text(row, "new", "", "", ""))
        row += 1
    last_evidence = row - 1
    if idents:
        choose = DataValidation(
            type="list",
            formula1=f"'{META}'!$E$1:$E${len(idents)}",
            allow_blank=True,
            showErrorMessage=True,
            prompt=message("sh_pick_indicator", lang),
            showInputMessage=True,
        )
        choose.add(f"A{first_blank}:A{last_evidence}")
        evs.add_data_validation(choose)
    if levels:
        whole = DataValidation(
            type="whole",
            operator="between",
            formula1=str(levels[0].value),
            formula2=str(levels[-1].value),
            allow_blank=True,
            showErrorMessage=True,
        )
        whole.add(f"F{FIRST_ROW}:F{last_evidence}")
        evs.add_data_validation(whole)
    ev_widths = (11, 40, 32, 36, 16, 9, 12, 26, 8)
    for n, width in enumerate(ev_widths, 1):
        evs.column_dimensions[letter(n)].width = width
    fit_rows(evs, {2: ev_widths[1], 8: ev_widths[7]}, HEADER_ROW, ev_widths)
    evs.column_dimensions[letter(ref_col)].hidden = True
    evs.print_area = f"A1:{letter(ref_col - 1)}{last_evidence}"
    evs.freeze_panes = f"B{FIRST_ROW}"

    # --- the criteria ----------------------------------------------------------------------
    header(crit, CRITERIA_COLUMNS, title, catalogue)
    for n, criteria_row in enumerate(criteria_rows):
        for m, item in enumerate(criteria_row, 1):
            put(crit, FIRST_ROW + n, m, item, wrapped=m >= 4)
    cr_widths = (8, 8, 16, 80, 50)
    for n, width in enumerate(cr_widths, 1):
        crit.column_dimensions[letter(n)].width = width
    fit_rows(crit, {4: cr_widths[3], 5: cr_widths[4]}, HEADER_ROW, cr_widths)
    crit.freeze_panes = f"A{FIRST_ROW}"

    # --- protection and printing -----------------------------------------------------------
    for ws in (guide, ind, evs, crit, meta):
        ws.protection.sheet = True
        ws.protection.formatColumns = False  # people may widen columns and rows
        ws.protection.formatRows = False
    for ws in (ind, evs, crit):
        ws.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
    for ws in (guide, ind, evs, crit):
        ws.page_setup.orientation = "landscape"
        ws.page_setup.paperSize = ws.PAPERSIZE_A4
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.print_options.gridLines = True
        ws.page_margins.left = ws.page_margins.right = 0.4
    book.security = WorkbookProtection(lockStructure=True)
    book.active = 1
    return save(book)
