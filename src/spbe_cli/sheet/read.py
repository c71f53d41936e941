"""Read a filled workbook back, refusing anything that is not the workbook ``spbe sheet`` made.

The file is checked as a zip before openpyxl sees it (size, parts, how far it expands, macros,
external links, encryption); only the sheets it needs are unpacked, each measured first
(``sheet.parts``); they are read in read-only mode with a row limit (values as typed, formulas as
formulas, never evaluated), then their XML is streamed once more for merged cells when the first
pass found them sane. XML is parsed through defusedxml (openpyxl uses it when installed).
Every finding is a located problem ``file.xlsx:Sheet!D14``; nothing raises.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import zipfile
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from fractions import Fraction
from pathlib import Path
from typing import Any

from spbe_cli.base.lang import Lang
from spbe_cli.problems.messages import message
from spbe_cli.problems.problem import Problem, display_path, located
from spbe_cli.sheet.layout import (
    EVIDENCE_COLUMNS,
    FIRST_ROW,
    HEADER_ROW,
    INDICATOR_COLUMNS,
    MAX_EXPANDED,
    MAX_FILE,
    MAX_PARTS,
    MAX_ROWS,
    META,
    col,
    headings,
    letter,
    sheet_names,
)
from spbe_cli.sheet.model import FORMAT
from spbe_cli.sheet.parts import Parts, Refusal, merged_ranges, select

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ENCRYPTION_INFO = "EncryptionInfo".encode("utf-16-le")
REFUSED_SUFFIXES = {".xlsm": ".xlsm", ".xls": ".xls", ".xlsb": ".xlsb", ".xltm": ".xltm"}


@dataclass
class CellValue:
    value: Any
    cell: str  # Sheet!D14
    row: int
    column: int


@dataclass
class FilledRow:
    ident: str
    role: str
    level: CellValue
    explanation: CellValue


@dataclass
class FilledEvidence:
    row: int
    ref: str
    cells: dict[str, CellValue]


@dataclass
class Filled:
    """What a workbook holds: its metadata, and the fill-in cells of every row."""

    path: Path
    meta: dict[str, str]
    lang: Lang
    rows: list[FilledRow] = field(default_factory=list)
    evidence: list[FilledEvidence] = field(default_factory=list)


class Reader:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.shown = display_path(path)
        self.problems: list[Problem] = []

    def fail(self, code: str, **args: object) -> None:
        self.problems.append(located(self.shown, 0, 0, code, args))

    def at(self, sheet: str, row: int, column: int, code: str, **args: object) -> None:
        found = located(self.shown, row, column, code, args)
        self.problems.append(dataclasses.replace(found, cell=f"{sheet}!{letter(column)}{row}"))


def read_workbook(path: Path) -> tuple[Filled | None, list[Problem]]:
    reader = Reader(path)
    data = _raw(reader)
    parts = None if data is None else _parts(reader, data)
    if parts is None:
        return None, reader.problems
    book = _open(reader, parts.packed())
    if book is None:
        return None, reader.problems
    try:
        filled = _read(reader, book)
    finally:
        book.close()
    if filled is None or reader.problems:
        return None, reader.problems
    _merged(reader, parts)
    return (None if reader.problems else filled), reader.problems


def _parts(reader: Reader, data: bytes) -> Parts | None:
    found = select(data)
    if isinstance(found, Parts):
        return found
    refusal: Refusal = found
    if refusal.sheet is None:
        reader.fail(refusal.code, **refusal.args)
    else:
        reader.at(refusal.sheet, 1, 1, refusal.code, **refusal.args)
    return None


def _raw(reader: Reader) -> bytes | None:
    """The workbook's bytes, when they are an xlsx file spbe opens."""
    data = _file_bytes(reader)
    if data is None or not _is_xlsx(reader, data) or not _zip_ok(reader, data):
        return None
    return data


def _file_bytes(reader: Reader) -> bytes | None:
    """The file's bytes: a regular file of a spreadsheet kind, not too large."""
    from spbe_cli.source.yamlsrc import NotRegular, TooLarge, read_regular

    suffix = reader.path.suffix.lower()
    if suffix in REFUSED_SUFFIXES:
        reader.fail("W002", kind=REFUSED_SUFFIXES[suffix])
        return None
    try:
        return read_regular(reader.path, MAX_FILE)
    except TooLarge as exc:
        size = int(exc.size) if exc.size.isdigit() else MAX_FILE + 1
        reader.fail("W014", size=_mb(size), limit=_mb(MAX_FILE))  # on disk already
    except NotRegular:
        reader.fail("W001", detail="not a regular file")
    except OSError as exc:
        reader.fail("W001", detail=exc.strerror or type(exc).__name__)
    return None


def _is_xlsx(reader: Reader, data: bytes) -> bool:
    """A zip file, not an old (or encrypted) OLE workbook."""
    if data.startswith(OLE_MAGIC):
        if ENCRYPTION_INFO in data:
            reader.fail("W015")
        else:
            reader.fail("W002", kind=".xls")
        return False
    if not data.startswith(b"PK\x03\x04"):
        reader.fail("W001", detail=_detail_not_zip(data))
        return False
    return True


def _zip_ok(reader: Reader, data: bytes) -> bool:
    """A zip that opens and whose parts pass ``_parts_ok``."""
    try:
        archive = zipfile.ZipFile(_bytes_io(data))
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        reader.fail("W001", detail=str(exc) or "zip")
        return False
    with archive:
        return _parts_ok(reader, archive.infolist())


def _parts_ok(reader: Reader, infos: list[zipfile.ZipInfo]) -> bool:
    """Not too many parts nor too large unpacked (a zip bomb), nothing encrypted, no macros,
    no links to other workbooks, and a workbook part."""
    if len(infos) > MAX_PARTS:
        reader.fail("W014", size=f"{len(infos)} parts", limit=f"{MAX_PARTS} parts")
        return False
    expanded = sum(i.file_size for i in infos)
    if expanded > MAX_EXPANDED:
        reader.fail("W014", size=_mb(expanded), limit=_mb(MAX_EXPANDED))  # a zip bomb
        return False
    names = {i.filename for i in infos}
    if any(i.flag_bits & 0x1 for i in infos):
        reader.fail("W015")
        return False
    if "xl/vbaProject.bin" in names:
        reader.fail("W002", kind="xlsm")
        return False
    links = sorted(n for n in names if n.startswith("xl/externalLinks/") and n.endswith(".xml"))
    if links:
        reader.fail("W016", detail=", ".join(Path(n).name for n in links[:3]))
        return False
    if "xl/workbook.xml" not in names:
        reader.fail("W001", detail="xl/workbook.xml")
        return False
    return True


def _bytes_io(data: bytes) -> Any:
    import io

    return io.BytesIO(data)


def _mb(size: int) -> str:
    return f"{size // (1024 * 1024)} MB"


def _detail_not_zip(data: bytes) -> str:
    head = data[:8]
    if head.startswith(b"%PDF"):
        return "PDF"
    if head.lstrip().startswith((b"<", b"\xef\xbb\xbf<")):
        return "HTML/XML"
    return "zip"


def _open(reader: Reader, data: bytes) -> Any:
    from openpyxl import load_workbook

    try:
        return load_workbook(_bytes_io(data), read_only=True, data_only=False, keep_links=False)
    except Exception as exc:
        reader.fail("W001", detail=type(exc).__name__)
        return None


def _read(reader: Reader, book: Any) -> Filled | None:
    titles = list(book.sheetnames)
    if META not in titles:
        reader.fail("W003", detail=f"`{META}`")
        return None
    meta = _meta(book[META])
    if meta.get("format") != FORMAT or not meta.get("unit") or not meta.get("year"):
        reader.fail("W003", detail="format")
        return None
    lang: Lang = "en" if meta.get("lang") == "en" else "id"
    names = sheet_names(lang)
    for name in names.values():
        if name not in titles:
            reader.fail("W006", sheet=name)
    for name in titles:
        if name not in names.values():
            reader.fail("W007", sheet=name)
    if reader.problems:
        return None
    filled = Filled(reader.path, meta, lang)
    expected = [tuple(x.split(":", 1)) for x in meta.get("indicators", "").split(",") if ":" in x]
    _indicators(reader, book[names["indicators"]], names["indicators"], expected, filled)
    try:
        evidence_rows = int(meta.get("evidence_rows", "0"))
    except ValueError:
        evidence_rows = -1
    if not 0 <= evidence_rows <= MAX_ROWS:
        reader.fail("W003", detail="evidence_rows")
        return None
    _evidence(reader, book[names["evidence"]], names["evidence"], evidence_rows, filled)
    return filled


def _meta(ws: Any) -> dict[str, str]:
    found: dict[str, str] = {}
    for n, row in enumerate(ws.iter_rows(min_row=1, max_col=2, values_only=True), 1):
        if n > 100:
            break
        key, value = (*row, None, None)[:2]
        if isinstance(key, str) and value is not None:
            found[key] = str(value)
    return found


def _rows(reader: Reader, ws: Any, sheet: str, width: int) -> list[tuple[Any, ...]] | None:
    """Every row of ``ws`` (cells up to ``width + 2`` columns), or None past the row limit."""
    rows = []
    ws.reset_dimensions()  # the declared size may lie: read every row the sheet holds
    for n, row in enumerate(ws.iter_rows(min_row=1, max_col=width + 2), 1):
        if n > MAX_ROWS:
            reader.at(sheet, n, 1, "W013", limit=MAX_ROWS)
            return None
        rows.append(row)
    return rows


def _value(cell: Any) -> Any:
    return None if cell is None else getattr(cell, "value", None)


def _headers_ok(
    reader: Reader, rows: list[tuple[Any, ...]], sheet: str, columns: Any, lang: Lang
) -> bool:
    expected = headings(columns, lang)
    header = rows[HEADER_ROW - 1] if len(rows) >= HEADER_ROW else ()
    got = [_value(c) for c in header][: len(expected) + 2]
    got += [None] * (len(expected) + 2 - len(got))
    for n, text in enumerate(expected, 1):
        if got[n - 1] != text:
            reader.at(sheet, HEADER_ROW, n, "W010", detail=_moved(lang, text, got[n - 1]))
            return False
    for n in (len(expected) + 1, len(expected) + 2):
        if got[n - 1] not in (None, ""):
            reader.at(sheet, HEADER_ROW, n, "W010", detail=_moved(lang, "", got[n - 1]))
            return False
    return True


def _moved(lang: Lang, expected: str, found: object) -> str:
    shown = "" if found is None else str(found)[:40]
    return message("imp_d_heading", lang, expected=expected, found=shown)


def _formula(cell: Any) -> str | None:
    if cell is None or getattr(cell, "data_type", None) != "f":
        return None
    value = cell.value
    text = value if isinstance(value, str) else getattr(value, "text", None) or "="
    return str(text)[:60]


def _indicators(
    reader: Reader, ws: Any, sheet: str, expected: list[tuple[str, ...]], filled: Filled
) -> None:
    width = len(INDICATOR_COLUMNS)
    rows = _rows(reader, ws, sheet, width)
    if rows is None or not _headers_ok(reader, rows, sheet, INDICATOR_COLUMNS, filled.lang):
        return
    level_col = col(INDICATOR_COLUMNS, "level")
    text_col = col(INDICATOR_COLUMNS, "explanation")
    body = rows[FIRST_ROW - 1 :]
    for n, (ident, role) in enumerate(expected):
        row = FIRST_ROW + n
        cells = body[n] if n < len(body) else ()
        got = _value(cells[0]) if cells else None
        if got != ident:
            reader.at(sheet, row, 1, "W010", detail=_row_moved(filled.lang, ident, got))
            return
        for column in (level_col, text_col):
            cell = cells[column - 1] if len(cells) >= column else None
            formula = _formula(cell)
            if formula is not None:
                reader.at(sheet, row, column, "W009", formula=formula)
        filled.rows.append(
            FilledRow(
                ident,
                role,
                _cell(cells, level_col, sheet, row),
                _cell(cells, text_col, sheet, row),
            )
        )
    for n in range(len(expected), len(body)):
        cells = body[n]
        if any(_value(c) not in (None, "") for c in cells):
            row = FIRST_ROW + n
            reader.at(sheet, row, 1, "W010", detail=_extra_row(filled.lang))
            return


def _row_moved(lang: Lang, ident: str, found: object) -> str:
    shown = "" if found is None else str(found)[:40]
    return message("imp_d_row", lang, ident=ident, found=shown)


def _extra_row(lang: Lang) -> str:
    return message("imp_d_extra", lang)


def _cell(cells: tuple[Any, ...], column: int, sheet: str, row: int) -> CellValue:
    cell = cells[column - 1] if len(cells) >= column else None
    return CellValue(_value(cell), f"{sheet}!{letter(column)}{row}", row, column)


_REF = re.compile(r"^(\d+)\|(indicators|supports|new)\|([^|]*)\|(\d*)\|([0-9a-f]*)$")


def _evidence(reader: Reader, ws: Any, sheet: str, expected_rows: int, filled: Filled) -> None:
    width = len(EVIDENCE_COLUMNS)
    rows = _rows(reader, ws, sheet, width)
    if rows is None or not _headers_ok(reader, rows, sheet, EVIDENCE_COLUMNS, filled.lang):
        return
    ref_col = col(EVIDENCE_COLUMNS, "ref")
    fill_cols = {
        name: col(EVIDENCE_COLUMNS, name)
        for name in ("indicator", "title", "path", "url", "item", "level", "date")
    }
    body = rows[FIRST_ROW - 1 :]
    for n in range(max(expected_rows, len(body))):
        row = FIRST_ROW + n
        cells = body[n] if n < len(body) else ()
        ref = _value(cells[ref_col - 1]) if len(cells) >= ref_col else None
        if n >= expected_rows:
            if any(_value(c) not in (None, "") for c in cells):
                reader.at(sheet, row, 1, "W010", detail=_extra_row(filled.lang))
                return
            continue
        found = _REF.match(str(ref)) if isinstance(ref, str) else None
        if found is None or int(found[1]) != row:
            reader.at(sheet, row, ref_col, "W010", detail=_evidence_moved(filled.lang))
            return
        values = {}
        for name, column in fill_cols.items():
            cell = cells[column - 1] if len(cells) >= column else None
            formula = _formula(cell)
            if formula is not None:
                reader.at(sheet, row, column, "W009", formula=formula)
            values[name] = CellValue(_value(cell), f"{sheet}!{letter(column)}{row}", row, column)
        filled.evidence.append(FilledEvidence(row, str(ref), values))


def _evidence_moved(lang: Lang) -> str:
    return message("imp_d_evidence_moved", lang)


def _merged(reader: Reader, parts: Parts) -> None:
    """Merged cells in the sheets read (their XML streamed again: the first pass found it sane)."""
    for title, part in parts.sheets.items():
        try:
            ranges = sorted(merged_ranges(parts.data[part]))
        except (ValueError, SyntaxError) as exc:  # defusedxml's refusals, ParseError
            reader.fail("W001", detail=type(exc).__name__)
            return
        if ranges:
            first = ranges[0].split(":")[0]
            match = re.match(r"([A-Z]+)(\d+)", first)
            row = int(match[2]) if match else 0
            column = _column_number(match[1]) if match else 0
            reader.at(title, row, column, "W008", cells=", ".join(ranges[:5]))


def _column_number(letters: str) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n


# --- cell values -------------------------------------------------------------------------------


_LEVEL = re.compile(r"^\s*(\d+(?:[.,]\d+)?|\d+\s*/\s*\d+)\s*(?:[-–—:]\s*(.*))?$")


def parse_level(value: Any, names: dict[str, int]) -> Fraction | str | None:
    """A level cell: None when empty, the exact value, or the text that is not a level."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return Fraction(value)
    if isinstance(value, float):
        try:
            return Fraction(Decimal(repr(value)))
        except (InvalidOperation, ValueError):
            return repr(value)
    if not isinstance(value, str):
        return str(value)
    return _level_text(value.strip(), names)


def _level_text(text: str, names: dict[str, int]) -> Fraction | str:
    """Typed level text: ``3``, ``2,75``, ``7/3``, ``3 - Terdefinisi`` or a level name."""
    found = _LEVEL.match(text)
    if found:
        number = found[1].replace(" ", "")
        if "/" in number:
            top, bottom = number.split("/")
            return Fraction(int(top), int(bottom)) if int(bottom) else text
        return Fraction(Decimal(number.replace(",", ".")))
    named = names.get(text.casefold())
    return Fraction(named) if named is not None else text


def parse_date(value: Any) -> dt.date | str | None:
    """A date cell: a date, ``2026-03-31`` or ``31/03/2026`` (day first, as in Indonesia)."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        text = value.strip()
        for pattern in ("%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y"):
            try:
                return dt.datetime.strptime(text, pattern).date()
            except ValueError:
                continue
    return str(value)


def cell_text(value: Any) -> str | dt.datetime | dt.date | None:
    """A text cell: its text (line ends as ``\\n``), a whole number as its digits, None when
    empty; a date is returned as is (the caller reports it)."""
    if value is None:
        return None
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value  # type: ignore[return-value]
    if isinstance(value, bool):
        return str(value).upper()
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return repr(value) if not value.is_integer() else str(int(value))
    text = str(value).replace("\r\n", "\n").replace("\r", "\n")
    return text if text.strip() else None
