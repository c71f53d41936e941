"""``spbe export``: the year's data for Excel, for other tools, and for the national application."""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from typing import TYPE_CHECKING, Any

from spbe_cli.base.formats import CsvDialect, ExportFormat
from spbe_cli.base.safetext import csv_cell
from spbe_cli.domain.numbers import json_number, rounded
from spbe_cli.domain.stage import Stage
from spbe_cli.engine.assessments import YearSet
from spbe_cli.engine.scoring import Score
from spbe_cli.model.catalogue import Indicator
from spbe_cli.model.models import Contribution, Evidence
from spbe_cli.problems.messages import Lang, message
from spbe_cli.problems.problem import natural_key
from spbe_cli.render.jsonfmt import score_document
from spbe_cli.render.registry import Registry
from spbe_cli.render.view import external_text

if TYPE_CHECKING:
    from openpyxl.worksheet.worksheet import Worksheet

COLUMNS = (
    "id",
    "name",
    "aspect",
    "domain",
    "weight",
    "level",
    "level_name",
    "unit",
    "explanation",
    "evidence",
)


@dataclass(frozen=True)
class Row:
    values: dict[str, Any]


def _value(indicator: Indicator, value: Fraction) -> int | Decimal:
    """A value as ``Indicator.text`` writes it, for every format to write in its own way: where
    the catalogue's values may be decimal (or the value is not whole), the value rounded half up
    to two places (``Decimal("2.50")``, ``Decimal("2.33")`` for 7/3); else the whole level."""
    text = indicator.text(value, "en")  # the decimal point, whatever the output language
    return Decimal(text) if "." in text else int(text)


def is_value_column(key: str) -> bool:
    """Whether a column holds an indicator's value: ``level`` and each stage's ``level_*``."""
    return key == "level" or (key.startswith("level_") and key != "level_name")


def _evidence_line(e: Evidence) -> str:
    code = f"{e.id} " if e.id else ""
    return f"{code}{e.title} ({e.path or e.url or '-'})"


def rows(
    year_set: YearSet, score: Score, stages: dict[Stage, Score], lang: Lang = "id"
) -> list[dict[str, Any]]:
    """One row per indicator. A framework without domains has no `domain` column; one with
    external indices has an `external` column; a year with supporting units a `supports` one."""
    catalogue = score.catalogue
    answers = {i: a for u in year_set.units for i, a in u.assessment.indicators.items()}
    supports = contributions(year_set)
    stage_values = {
        s: {r.indicator.id: _value(r.indicator, r.value) for r in sc.indicators}
        for s, sc in stages.items()
        if s is not Stage.MANDIRI
    }
    has_external = any(i.external is not None for i in catalogue.indicators.values())
    out = []
    for r in score.indicators:
        answer = answers.get(r.indicator.id)
        evidence = [_evidence_line(e) for e in answer.evidence] if answer else []
        row: dict[str, Any] = {
            "id": r.indicator.id,
            "name": r.indicator.name,
            "aspect": r.indicator.aspect_id,
            **({"domain": r.indicator.domain_id} if catalogue.has_domains else {}),
            "weight": json_number(r.indicator.weight),
            "level": _value(r.indicator, r.value) if r.answered and not r.pending else None,
            "level_name": r.level_name if r.answered else "",
            "unit": r.unit or "",
            "explanation": (answer.explanation or "") if answer else "",
            "evidence": "\n".join(evidence),
        }
        if has_external:
            row["external"] = external_text(r, lang)
        if supports:
            row["supports"] = "\n".join(
                f"{unit}: {message('supports_count', lang, count=len(part.evidence))}"
                for unit, part in supports.get(r.indicator.id, [])
            )
        for stage, values in stage_values.items():
            row[f"level_{stage}"] = values.get(r.indicator.id)
        out.append(row)
    return out


def contributions(year_set: YearSet) -> dict[str, list[tuple[str, Contribution]]]:
    """Indicator -> the supporting units' contributions, in file order."""
    found: dict[str, list[tuple[str, Contribution]]] = {}
    for unit in year_set.units:
        for ident, part in unit.assessment.supports.items():
            found.setdefault(ident, []).append((unit.assessment.unit, part))
    return found


def export_csv(data: list[dict[str, Any]], dialect: CsvDialect = CsvDialect.rfc4180) -> bytes:
    """CSV in one of two dialects. ``rfc4180``: ``,``, decimal point, CRLF. ``excel-id``: what
    Excel opens by double-click in the id-ID locale: ``;``, decimal comma, CRLF and a UTF-8 byte
    order mark (without it Excel reads the file as ANSI and breaks every non-ASCII letter).
    In both, text that would open a formula is marked literal (``csv_cell``)."""
    excel = dialect is CsvDialect.excel_id
    out = io.StringIO()
    writer = csv.DictWriter(
        out, fieldnames=list(data[0]), delimiter=";" if excel else ",", lineterminator="\r\n"
    )
    writer.writeheader()
    writer.writerows({k: csv_cell(_csv_number(v, excel)) for k, v in row.items()} for row in data)
    text = out.getvalue()
    return ("\ufeff" + text).encode("utf-8") if excel else text.encode("utf-8")


def _csv_number(value: Any, comma: bool) -> Any:
    """A number as the dialect writes it: ``1,3`` with a decimal comma, ``5`` for ``5.0``; an
    indicator's value at its two places (``2,50``, ``2.50``)."""
    if isinstance(value, Decimal):
        return str(value).replace(".", ",") if comma else str(value)
    if isinstance(value, bool) or not isinstance(value, int | float):
        return value
    text = str(int(value)) if float(value).is_integer() else repr(value)
    return text.replace(".", ",") if comma else text


def export_json(score: Score, data: list[dict[str, Any]]) -> str:
    """The score document plus every answer; a value at two places is that decimal number
    (``2.5``, ``2.33``, ``3.0``), a whole level an integer."""
    doc = score_document(score)
    doc["answers"] = [{k: _json_value(v) for k, v in row.items()} for row in data]
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def _json_value(value: Any) -> Any:
    return json_number(rounded(Fraction(value))) if isinstance(value, Decimal) else value


def export_portal(year_set: YearSet, score: Score, lang: Lang) -> str:
    """Per indicator, in the catalogue's order, the text to paste into the monev application:
    level, penjelasan (the supporting units' after the lead's), data dukung. Evidence organised
    as items (butir) is listed per item, by its application code, supporting units' included."""
    answers = {i: a for u in year_set.units for i, a in u.assessment.indicators.items()}
    supports = contributions(year_set)
    blocks = []
    for r in score.indicators:
        answer = answers.get(r.indicator.id)
        parts = supports.get(r.indicator.id, [])
        lines = [f"{r.indicator.id} · {r.indicator.name}"]
        if r.pending:
            lines.append(external_text(r, lang))
        elif not r.answered or answer is None:
            lines.append(message("portal_unanswered", lang))
        else:
            level, name = r.text(lang), r.level_name
            lines.append(message("portal_level", lang, level=level, name=name))
        if answer is not None or parts:
            text = answer.explanation if answer is not None else None
            lines.append(message("portal_explanation", lang) + " " + (text or "-"))
            lines += [f"  ({unit}) {part.explanation}" for unit, part in parts if part.explanation]
            owned = [(r.unit or "", e) for e in (answer.evidence if answer else [])]
            owned += [(unit, e) for unit, part in parts for e in part.evidence]
            lines.append(message("portal_evidence", lang))
            lines += _portal_evidence(owned, lang) or ["-"]
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks) + "\n"


def _portal_evidence(owned: list[tuple[str, Evidence]], lang: Lang) -> list[str]:
    """Items by application code (with their level and unit), then evidence without a code."""
    items = sorted(((u, e) for u, e in owned if e.id), key=lambda ue: natural_key(ue[1].id or ""))
    lines = []
    for unit, e in items:
        about = [message("portal_item_level", lang, level=e.level)] if e.level is not None else []
        about += [e.unit or unit] if (e.unit or unit) else []
        suffix = f" ({', '.join(about)})" if about else ""
        lines.append(f"- [{e.id}] {e.title}: {e.url or e.path or '-'}{suffix}")
    lines += [f"- {e.title}: {e.url or e.path or '-'}" for _, e in owned if not e.id]
    return lines


def export_xlsx(score: Score, data: list[dict[str, Any]], lang: Lang) -> bytes:
    """A workbook: a summary sheet and an indicator sheet, headers frozen, filters on."""
    from openpyxl import Workbook

    from spbe_cli.render.xlsxfile import print_setup, save

    book = Workbook()
    book.remove(book.worksheets[0])
    summary = book.create_sheet(message("xlsx_summary", lang))
    _summary_sheet(summary, score, lang)
    print_setup(summary, landscape=False)
    indicators = book.create_sheet(message("xlsx_indicators", lang))
    _indicator_sheet(indicators, data, lang)
    print_setup(indicators)  # landscape: its columns are wider than an upright page
    return save(book)


def _summary_rows(score: Score, lang: Lang) -> list[list[Any]]:
    """The index, then each domain (where the framework has them) and its aspects."""
    rows: list[list[Any]] = [
        [
            message("xlsx_item", lang),
            message("col_name", lang),
            message("col_weight", lang),
            message("col_index", lang),
        ],
        [
            score.catalogue.index_title(lang),
            score.predikat,
            json_number(score.catalogue.total_weight),
            json_number(rounded(score.index)),
        ],
    ]
    for d in score.domains:
        if score.catalogue.has_domains:
            domain = d.domain
            rows.append(
                [domain.id, domain.name, json_number(domain.weight), json_number(rounded(d.index))]
            )
        for a in d.aspects:
            aspect = a.aspect
            rows.append(
                [aspect.id, aspect.name, json_number(aspect.weight), json_number(rounded(a.index))]
            )
    return rows


def _summary_sheet(summary: Worksheet, score: Score, lang: Lang) -> None:
    from openpyxl.styles import Alignment, Font

    from spbe_cli.render.xlsxfile import fit_columns, fit_rows

    for row in _summary_rows(score, lang):
        summary.append(row)
    bold = Font(bold=True)
    for cell in summary[1]:
        cell.font = bold
    for row_cells in summary.iter_rows(min_row=2):
        for cell in row_cells:  # a name longer than its column wraps, never runs under the next
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        row_cells[3].number_format = "0.00"  # an index shows at two places, as every output
    summary.freeze_panes = "A2"
    summary.auto_filter.ref = f"A1:D{summary.max_row}"
    fit_columns(summary)
    fit_rows(summary)


# the widest a column of long text gets (in characters); its text wraps within: the sheet then
# prints one landscape A4 page wide at about two thirds of full size
TEXT_WIDTHS = {"name": 32, "explanation": 40, "evidence": 36, "external": 26, "supports": 20}


def _indicator_sheet(sheet: Worksheet, data: list[dict[str, Any]], lang: Lang) -> None:
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    from spbe_cli.render.xlsxfile import fit_columns, fit_rows

    columns = list(data[0])
    sheet.append([column_label(c, lang) for c in columns])
    for row in data:
        sheet.append([_cell(row[c]) for c in columns])
        _value_formats(sheet, columns, row)
    bold = Font(bold=True)
    for cell in sheet[1]:
        cell.font = bold
    sheet.freeze_panes = "C2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{sheet.max_row}"
    for row_cells in sheet.iter_rows(min_row=2):
        for cell in row_cells:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    caps = {
        get_column_letter(n): TEXT_WIDTHS[c] for n, c in enumerate(columns, 1) if c in TEXT_WIDTHS
    }
    fit_columns(sheet, caps)
    fit_rows(sheet)


def _cell(value: Any) -> Any:
    """A value at two places is a number cell (2.5, shown ``0.00``), never text."""
    return float(value) if isinstance(value, Decimal) else value


def _value_formats(sheet: Worksheet, columns: list[str], row: dict[str, Any]) -> None:
    """The number format of the last row's values, as ``Indicator.text`` shows them: ``0.00``
    for a value at two places, ``0`` for a whole level; the cell stays a number."""
    for n, key in enumerate(columns, 1):
        value = row[key]
        if is_value_column(key) and value is not None:
            cell = sheet.cell(sheet.max_row, n)
            cell.number_format = "0.00" if isinstance(value, Decimal) else "0"


@dataclass(frozen=True)
class Export:
    """One year's answers for other tools: the score and a row per indicator."""

    year_set: YearSet
    score: Score
    rows: list[dict[str, Any]]
    dialect: CsvDialect = CsvDialect.rfc4180


EXPORT: Registry[ExportFormat, Export, bytes] = Registry("export", ExportFormat)
EXPORT.add(ExportFormat.xlsx)(lambda e, c: export_xlsx(e.score, e.rows, c.lang))
EXPORT.add(ExportFormat.csv)(lambda e, c: export_csv(e.rows, e.dialect))
EXPORT.add(ExportFormat.json)(lambda e, c: export_json(e.score, e.rows).encode())
EXPORT.add(ExportFormat.portal)(lambda e, c: export_portal(e.year_set, e.score, c.lang).encode())


def export_name(score: Score) -> str:
    """``<instansi>-<year>.xlsx``, lower case, only letters, digits and dashes."""
    name = re.sub(r"[^a-z0-9]+", "-", f"{score.instansi or 'spbe'}-{score.year}".lower())
    return name.strip("-") + ".xlsx"


def column_label(key: str, lang: Lang) -> str:
    """The heading a person reads for a column (CSV and JSON keep the stable keys)."""
    if is_value_column(key) and key != "level":
        return message("xlsx_col_stage", lang, stage=key.removeprefix("level_"))
    return message(f"xlsx_col_{key}", lang)
