"""``spbe sheet``: one unit's fill-in workbook (openpyxl, imported by this command only).

Sheets: a guide, the indicators (a level drop-down and the explanation to fill in, the next
level's requirement beside them), the evidence rows (existing ones, then empty rows for new
ones), the criteria of every level, and a hidden metadata sheet that ``spbe import`` checks
(tool version, catalogue, unit, year, and the SHA-256 of the YAML file). Only the cells to fill
in are unlocked; the sheets and the workbook's structure are protected without a password.
Every text is a text cell, never a formula, and the bytes are the same for the same inputs.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, NamedTuple

from spbe_cli import __version__
from spbe_cli.model.catalogue import Level
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
    letter,
    ref_text,
    sheet_names,
)
from spbe_cli.sheet.model import (
    BLANK_EVIDENCE_ROWS,
    FORMAT,
    EvidenceRow,
    IndicatorRow,
    UnitSheet,
)
from spbe_cli.sheet.pen import Pen, fit_rows, lines_needed
from spbe_cli.sheet.texts import (
    current_text,
    decimal_example,
    example_level,
    level_cell,
    level_choice,
    next_requirement,
)

__all__ = [
    "build_workbook",
    "current_text",
    "fit_rows",
    "level_cell",
    "level_choice",
    "lines_needed",
    "next_requirement",
]

LEVEL_COL = col(INDICATOR_COLUMNS, "level")
TEXT_COL = col(INDICATOR_COLUMNS, "explanation")
REF_COL = col(EVIDENCE_COLUMNS, "ref")
IND_WIDTHS = (8, 34, 11, 18, 16, 60, 40, 12, 12)
EV_WIDTHS = (11, 40, 32, 36, 16, 9, 12, 26, 8)
CR_WIDTHS = (8, 8, 16, 80, 50)


class _Heading(NamedTuple):
    """The texts every sheet's head repeats."""

    title: str
    catalogue: str
    shown_unit: str

    @classmethod
    def of(cls, sheet: UnitSheet, lang: Lang) -> _Heading:
        shown_unit = (
            f"{sheet.unit_name} ({sheet.unit})" if sheet.unit_name != sheet.unit else sheet.unit
        )
        title = message(
            "sh_title", lang, year=sheet.year, unit=shown_unit, instansi=sheet.instansi or "-"
        )
        catalogue = f"{sheet.catalogue.id} ({sheet.catalogue.regulation})"
        return cls(title, catalogue, shown_unit)


@dataclass(frozen=True)
class _Links:
    """Where the indicator sheet's links point: each indicator's first evidence row (and how
    many it has) and its first criteria row."""

    evidence_sheet: str
    criteria_sheet: str
    first_evidence: dict[str, int]
    count: dict[str, int]
    first_criteria: dict[str, int]


def build_workbook(sheet: UnitSheet, lang: Lang) -> bytes:
    """The workbook's bytes: guide, indicators, evidence, criteria and the hidden metadata,
    protected and set up for printing."""
    from openpyxl import Workbook
    from openpyxl.workbook.protection import WorkbookProtection

    from spbe_cli.render.xlsxfile import save

    names = sheet_names(lang)
    book = Workbook()
    book.remove(book.worksheets[0])
    guide = book.create_sheet(names["guide"])
    ind = book.create_sheet(names["indicators"])
    evs = book.create_sheet(names["evidence"])
    crit = book.create_sheet(names["criteria"])
    meta = book.create_sheet(META)

    pen = Pen.make(lang)
    heading = _Heading.of(sheet, lang)
    levels = _levels(sheet)
    first_criteria, criteria_rows = _criteria_rows(sheet)
    first_evidence, count = _evidence_index(sheet)
    links = _Links(names["evidence"], names["criteria"], first_evidence, count, first_criteria)

    _guide(pen, guide, sheet, heading, levels)
    _metadata(pen, meta, sheet, levels)
    _indicators(pen, ind, sheet, heading, levels, links)
    _evidence(pen, evs, sheet, heading, levels)
    _criteria(pen, crit, heading, criteria_rows)
    _protect_and_print(guide, ind, evs, crit, meta)
    book.security = WorkbookProtection(lockStructure=True)
    book.active = 1
    return save(book)


def _levels(sheet: UnitSheet) -> list[Level]:
    """The levels of the drop-down: the first row's scale, else the catalogue's first."""
    scale = sheet.catalogue.scales[0] if sheet.catalogue.scales else None
    first_scale = sheet.rows[0].indicator.scale if sheet.rows else scale
    return list(first_scale.levels) if first_scale is not None else []


def _criteria_rows(sheet: UnitSheet) -> tuple[dict[str, int], list[list[object]]]:
    """The criteria sheet's rows (every level of every indicator), and each indicator's first."""
    first_criteria: dict[str, int] = {}
    criteria_rows: list[list[object]] = []
    for r in sheet.rows:
        first_criteria[r.indicator.id] = FIRST_ROW + len(criteria_rows)
        for level in r.indicator.scale.levels:
            criterion, asked = r.indicator.criterion_at(level.value)
            criteria_rows.append([r.indicator.id, level.value, level.name, criterion, asked])
    return first_criteria, criteria_rows


def _evidence_index(sheet: UnitSheet) -> tuple[dict[str, int], dict[str, int]]:
    """Each indicator's first row on the evidence sheet, and its number of rows."""
    first_evidence: dict[str, int] = {}
    count: dict[str, int] = {}
    for n, e in enumerate(sheet.evidence):
        first_evidence.setdefault(e.indicator, FIRST_ROW + n)
        count[e.indicator] = count.get(e.indicator, 0) + 1
    return first_evidence, count


# --- the guide ---------------------------------------------------------------------------------


def _guide(pen: Pen, ws: Any, sheet: UnitSheet, heading: _Heading, levels: list[Level]) -> None:
    """The first sheet: what the workbook is for and the steps to fill it in, its examples in
    the catalogue's own words (its level names, its decimal values, its framework)."""
    lang = pen.lang
    pen.put(ws, 1, 1, message("sh_guide_title", lang)).font = pen.title_font
    pen.put(ws, 2, 1, heading.title)
    steps = [
        message(
            "sh_guide_1",
            lang,
            unit=heading.shown_unit,
            year=sheet.year,
            catalogue=heading.catalogue,
        ),
        message("sh_guide_2", lang),
        message("sh_guide_3", lang, **_level_examples(sheet, levels, lang)),
        *(message(f"sh_guide_{n}", lang) for n in range(4, 7)),
        message("sh_guide_7", lang, framework=sheet.catalogue.framework),
        message("sh_guide_source", lang, version=__version__, file=sheet.relative),
    ]
    for n, text in enumerate(steps, 4):
        pen.put(ws, n, 1, f"{n - 3}." if n - 3 < len(steps) else "")
        pen.put(ws, n, 2, text, wrapped=True)
    ws.column_dimensions["A"].width = 4
    ws.column_dimensions["B"].width = 110
    fit_rows(ws, {2: 110}, 4)


# --- the metadata and the drop-down lists ------------------------------------------------------


def _level_examples(sheet: UnitSheet, levels: list[Level], lang: Lang) -> dict[str, str]:
    """The guide's level example, an entry of the drop-down (``3 - Berkembang``), and where the
    catalogue's values may be decimal, a decimal value to type (``, atau ... (mis. 2,50)``)."""
    if not levels:
        return {"example": "-", "decimal": ""}
    level = example_level(levels)
    value = _typed_example(sheet, levels, lang)
    decimal = message("sh_guide_decimal", lang, value=value) if value is not None else ""
    return {"example": level_choice(level.value, level.name), "decimal": decimal}


def _typed_example(sheet: UnitSheet, levels: list[Level], lang: Lang) -> str | None:
    """A decimal value to type (``2,50``) where the catalogue's values may be decimal."""
    if not (sheet.catalogue.decimal and sheet.rows and levels):
        return None
    return decimal_example(sheet.rows[0].indicator, example_level(levels), lang)


def _metadata(pen: Pen, ws: Any, sheet: UnitSheet, levels: list[Level]) -> None:
    """The hidden sheet ``spbe import`` checks (key/value rows), with the drop-down lists: the
    level entries (column D) and the indicator ids (column E)."""
    pairs = [
        ("format", FORMAT),
        ("tool", f"spbe {__version__}"),
        ("catalogue", sheet.catalogue.id),
        ("unit", sheet.unit),
        ("year", str(sheet.year)),
        ("file", sheet.relative),
        ("sha256", sheet.sha256),
        ("lang", pen.lang),
        ("indicators", ",".join(f"{r.indicator.id}:{r.role}" for r in sheet.rows)),
        ("evidence_rows", str(len(sheet.evidence) + BLANK_EVIDENCE_ROWS)),
    ]
    for n, (key, value) in enumerate(pairs, 1):
        pen.put(ws, n, 1, key)
        pen.put(ws, n, 2, value)
    for n, level in enumerate(levels, 1):
        pen.put(ws, n, 4, level_choice(level.value, level.name))
    for n, r in enumerate(sheet.rows, 1):
        pen.put(ws, n, 5, r.indicator.id)
    ws.sheet_state = "hidden"


# --- the indicators ----------------------------------------------------------------------------


def _indicators(
    pen: Pen,
    ws: Any,
    sheet: UnitSheet,
    heading: _Heading,
    levels: list[Level],
    links: _Links,
) -> None:
    """The indicator sheet: one row per indicator, the level and explanation to fill in."""
    sub = message("sh_subtitle", pen.lang, catalogue=heading.catalogue)
    pen.header(ws, INDICATOR_COLUMNS, heading.title, sub)
    for n, r in enumerate(sheet.rows):
        _indicator_row(pen, ws, FIRST_ROW + n, r, sheet.year, links)
    last = FIRST_ROW + len(sheet.rows) - 1
    if sheet.rows and levels:
        pick = _level_pick(pen.lang, len(levels), _typed_example(sheet, levels, pen.lang))
        pick.add(f"{letter(LEVEL_COL)}{FIRST_ROW}:{letter(LEVEL_COL)}{last}")
        ws.add_data_validation(pick)
    for n, width in enumerate(IND_WIDTHS, 1):
        ws.column_dimensions[letter(n)].width = width
    wrapped: dict[int, float] = {n: IND_WIDTHS[n - 1] for n in (2, 4, 5, 6, 7)}
    fit_rows(ws, wrapped, HEADER_ROW)
    ws.freeze_panes = f"C{FIRST_ROW}"
    ws.print_area = f"A1:{letter(len(IND_WIDTHS))}{max(last, FIRST_ROW)}"


def _indicator_row(pen: Pen, ws: Any, row: int, r: IndicatorRow, year: int, links: _Links) -> None:
    """One indicator's row, from its id to its links."""
    lang = pen.lang
    pen.put(ws, row, 1, r.indicator.id).font = pen.bold
    pen.put(ws, row, 2, r.indicator.name, wrapped=True)
    pen.put(ws, row, 3, message(f"sh_role_{r.role}", lang))
    pen.put(ws, row, 4, current_text(r, year, lang), wrapped=True)
    _level_input(pen, ws, row, r)
    explanation = pen.put(ws, row, TEXT_COL, r.explanation, wrapped=True)
    if r.explanation is None or len(r.explanation) <= MAX_CELL_TEXT:
        pen.unlock(explanation)  # a text too long for a cell stays as it is
    pen.put(ws, row, 7, next_requirement(r, lang), wrapped=True)
    _indicator_links(pen, ws, row, r.indicator.id, links)


def _level_input(pen: Pen, ws: Any, row: int, r: IndicatorRow) -> None:
    """The level cell: to fill in on a lead row; locked grey text on external and supporting
    rows."""
    level = pen.put(ws, row, LEVEL_COL, None)
    if r.role == "lead" and not r.external:
        level.value = level_cell(r, pen.lang)
        if isinstance(level.value, str):
            level.data_type = "s"
        level.number_format = "@"
        pen.unlock(level)
        return
    agency = r.indicator.external.agency if r.indicator.external else ""
    text = (
        message("sh_external_level", pen.lang, agency=agency)
        if r.role == "lead"
        else message("sh_support_level", pen.lang)
    )
    pen.put(ws, row, LEVEL_COL, text, wrapped=True).fill = pen.grey


def _indicator_links(pen: Pen, ws: Any, row: int, ident: str, links: _Links) -> None:
    """Links to the indicator's evidence rows (when it has any) and to its criteria."""
    lang = pen.lang
    if ident in links.first_evidence:
        cell = pen.put(ws, row, 8, message("sh_evidence_rows", lang, count=links.count[ident]))
        pen.link(cell, f"'{links.evidence_sheet}'!A{links.first_evidence[ident]}")
    else:
        pen.put(ws, row, 8, message("sh_evidence_none", lang), wrapped=True)
    cell = pen.put(ws, row, 9, message("sh_criteria_link", lang))
    pen.link(cell, f"'{links.criteria_sheet}'!A{links.first_criteria[ident]}")


def _level_pick(lang: Lang, count: int, decimal: str | None) -> Any:
    """The level drop-down (the metadata sheet's list); a catalogue with decimal values only
    warns about a value not in the list, and its prompt shows one (``decimal``: ``2,50``)."""
    from openpyxl.worksheet.datavalidation import DataValidation

    if decimal is not None:
        text = message("sh_pick_decimal", lang, value=decimal)
    else:
        text = message("sh_pick_whole", lang)
    return DataValidation(
        type="list",
        formula1=f"'{META}'!$D$1:$D${count}",
        allow_blank=True,
        showErrorMessage=True,
        errorStyle="warning" if decimal is not None else "stop",
        promptTitle=message("sh_pick_title", lang),
        prompt=text,
        showInputMessage=True,
        errorTitle=message("sh_pick_title", lang),
        error=text,
    )


# --- the evidence ------------------------------------------------------------------------------


def _evidence(pen: Pen, ws: Any, sheet: UnitSheet, heading: _Heading, levels: list[Level]) -> None:
    """The evidence sheet: the existing entries, then empty rows for new ones; a hidden last
    column holds each row's ref."""
    pen.header(ws, EVIDENCE_COLUMNS, heading.title, message("sh_ev_hint", pen.lang))
    for row, e in enumerate(sheet.evidence, FIRST_ROW):
        _evidence_row(pen, ws, row, e)
    first_blank = FIRST_ROW + len(sheet.evidence)
    last = first_blank + BLANK_EVIDENCE_ROWS - 1
    for row in range(first_blank, last + 1):
        _blank_evidence_row(pen, ws, row)
    _evidence_checks(pen.lang, ws, len(sheet.rows), levels, first_blank, last)
    for n, width in enumerate(EV_WIDTHS, 1):
        ws.column_dimensions[letter(n)].width = width
    fit_rows(ws, {2: EV_WIDTHS[1], 8: EV_WIDTHS[7]}, HEADER_ROW, EV_WIDTHS)
    ws.column_dimensions[letter(REF_COL)].hidden = True
    ws.print_area = f"A1:{letter(REF_COL - 1)}{last}"
    ws.freeze_panes = f"B{FIRST_ROW}"


def _evidence_row(pen: Pen, ws: Any, row: int, e: EvidenceRow) -> None:
    """An existing entry: its fields to edit, the assessors' status, its ref."""
    pen.put(ws, row, 1, e.indicator).font = pen.bold
    values: list[object] = [e.title, e.path, e.url, e.item, e.level, e.date]
    for n, shown_value in enumerate(values, 2):
        _evidence_input(pen, ws, row, n, shown_value)
    pen.put(ws, row, 8, e.status, wrapped=True)
    pen.put(ws, row, REF_COL, ref_text(row, e.scope, e.indicator, e.index, e.fingerprint))


def _blank_evidence_row(pen: Pen, ws: Any, row: int) -> None:
    """An empty row for a new entry, the indicator to pick included."""
    for n in range(1, 8):
        _evidence_input(pen, ws, row, n, None)
    pen.put(ws, row, REF_COL, ref_text(row, "new", "", "", ""))


def _evidence_input(pen: Pen, ws: Any, row: int, column: int, value: object) -> None:
    """One evidence cell to fill in (column 7, the date, shown as a date)."""
    cell = pen.put(ws, row, column, value, wrapped=column == 2)
    pen.unlock(cell)
    if column == 7:
        cell.number_format = "yyyy-mm-dd"


def _evidence_checks(
    lang: Lang, ws: Any, indicators: int, levels: list[Level], first_blank: int, last: int
) -> None:
    """The drop-down of indicator ids on the new rows, and whole levels in the level column."""
    from openpyxl.worksheet.datavalidation import DataValidation

    if indicators:
        choose = DataValidation(
            type="list",
            formula1=f"'{META}'!$E$1:$E${indicators}",
            allow_blank=True,
            showErrorMessage=True,
            prompt=message("sh_pick_indicator", lang),
            showInputMessage=True,
        )
        choose.add(f"A{first_blank}:A{last}")
        ws.add_data_validation(choose)
    if levels:
        whole = DataValidation(
            type="whole",
            operator="between",
            formula1=str(levels[0].value),
            formula2=str(levels[-1].value),
            allow_blank=True,
            showErrorMessage=True,
        )
        whole.add(f"F{FIRST_ROW}:F{last}")
        ws.add_data_validation(whole)


# --- the criteria, protection and printing -----------------------------------------------------


def _criteria(pen: Pen, ws: Any, heading: _Heading, criteria_rows: list[list[object]]) -> None:
    """The criteria sheet: every level of every indicator, with what it asks for."""
    pen.header(ws, CRITERIA_COLUMNS, heading.title, heading.catalogue)
    for n, criteria_row in enumerate(criteria_rows):
        for m, item in enumerate(criteria_row, 1):
            pen.put(ws, FIRST_ROW + n, m, item, wrapped=m >= 4)
    for n, width in enumerate(CR_WIDTHS, 1):
        ws.column_dimensions[letter(n)].width = width
    fit_rows(ws, {4: CR_WIDTHS[3], 5: CR_WIDTHS[4]}, HEADER_ROW, CR_WIDTHS)
    ws.freeze_panes = f"A{FIRST_ROW}"


def _protect_and_print(guide: Any, ind: Any, evs: Any, crit: Any, meta: Any) -> None:
    """Protect every sheet (without a password; columns and rows may still be resized) and
    print the visible ones on A4 landscape, one page wide, headings repeated."""
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
