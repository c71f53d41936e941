"""Saving a workbook the same way every time: text cells that never become formulas, and the
same bytes for the same inputs (``SOURCE_DATE_EPOCH`` or a fixed moment, never the clock)."""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from collections.abc import Mapping
from typing import Any

# a column's width in characters: at least a short code's, at most this unless the caller caps
# it otherwise (longer text wraps in its cell)
MIN_WIDTH = 6
MAX_WIDTH = 60
# a heading up to this long stays on one line; a longer one wraps at its words
SHORT_HEADING = 8
# a line of text in the default font (11 pt), in points
LINE_HEIGHT = 15
# how many characters of column width an A4 page holds upright at full size (1.3 cm margins)
PORTRAIT_WIDTH = 95


def moment() -> dt.datetime:
    """The time stamped into a workbook: ``SOURCE_DATE_EPOCH`` when set, else a fixed date."""
    from spbe_cli.base.clock import source_date

    fixed = source_date()
    return fixed.replace(tzinfo=None) if fixed else dt.datetime(2020, 1, 1)


def as_text(worksheet: Any) -> None:
    """User text stays text: openpyxl stores a string that starts with ``=`` as a formula, which
    a spreadsheet then evaluates (``=HYPERLINK(...)`` in an explanation becomes a live link)."""
    for row_cells in worksheet.iter_rows():
        for cell in row_cells:
            if cell.data_type == "f":
                cell.data_type = "s"


def fit_columns(worksheet: Any, caps: Mapping[str, int] | None = None) -> None:
    """Each column as wide as its longest line of text and its heading (row 1, which wraps
    at its words when long); ``caps`` (column letter -> width) narrows a column of long
    text, which then wraps. Only the text decides: the same cells give the same widths."""
    from openpyxl.styles import Alignment
    from openpyxl.utils import get_column_letter

    for column in worksheet.iter_cols():
        heading, *cells = column
        letter = get_column_letter(heading.column)
        title = str(heading.value or "")
        words = [title] if len(title) <= SHORT_HEADING else title.split()
        lines = [line for c in cells if c.value is not None for line in str(c.value).split("\n")]
        longest = max((len(t) for t in [*words, *lines]), default=0)
        cap = (caps or {}).get(letter, MAX_WIDTH)
        worksheet.column_dimensions[letter].width = max(MIN_WIDTH, min(cap, longest + 2))
        heading.alignment = Alignment(wrap_text=True, vertical="top")


# Excel's tallest row, in points (a taller height is refused or cut when the file is opened)
MAX_ROW_HEIGHT = 409


def fit_rows(worksheet: Any) -> None:
    """Each row as tall as the most lines its wrapped text takes at the column's width.
    Spreadsheets do not all do this on opening (LibreOffice prints a row without a height at one
    line, its wrapped text overprinting the next row), so the workbook says."""
    widths = {k: d.width for k, d in worksheet.column_dimensions.items()}
    for row_cells in worksheet.iter_rows():
        lines = 1
        for cell in row_cells:
            if cell.value is None or not cell.alignment.wrap_text:
                continue
            # a width counts digits; a line of text holds about a sixth more letters than that
            # (LibreOffice, Calibri or Carlito): counting one letter a digit never gives too
            # few lines, and at most a line or two too many on a long text
            room = max(1, int(widths.get(cell.column_letter, MIN_WIDTH)))
            text = str(cell.value).split("\n")
            lines = max(lines, sum(wrapped_lines(t, room) for t in text))
        if lines > 1:  # never past the tallest row a spreadsheet keeps
            height = min(lines * LINE_HEIGHT, MAX_ROW_HEIGHT)
            worksheet.row_dimensions[row_cells[0].row].height = height


def wrapped_lines(text: str, room: int) -> int:
    """How many lines a spreadsheet wraps ``text`` into, ``room`` letters a line: at spaces,
    and a word longer than a line on lines of its own, cut where the line ends."""
    lines, used = 1, 0
    for word in text.split():
        if used and used + 1 + len(word) <= room:
            used += 1 + len(word)
            continue
        lines += used > 0
        whole, rest = divmod(len(word), room)
        lines += whole - (rest == 0) if whole else 0
        used = rest or room
    return lines


def print_setup(worksheet: Any, *, landscape: bool | None = None) -> None:
    """How a sheet prints: on A4 (``landscape`` by default when its columns are wider than an
    upright page), one page wide and as many pages tall as it needs, its heading row on every
    page, gridlines, margins of about 1.3 cm, the sheet's name and page number in the footer."""
    from openpyxl.worksheet.page import PageMargins

    if landscape is None:
        widths = (d.width for d in worksheet.column_dimensions.values() if not d.hidden)
        landscape = sum(widths) > PORTRAIT_WIDTH
    setup = worksheet.page_setup
    setup.paperSize = worksheet.PAPERSIZE_A4
    setup.orientation = "landscape" if landscape else "portrait"
    setup.fitToWidth = 1
    setup.fitToHeight = 0  # as many pages tall as the rows need
    worksheet.sheet_properties.pageSetUpPr.fitToPage = True
    worksheet.print_title_rows = "1:1"
    worksheet.page_margins = PageMargins(
        left=0.5, right=0.5, top=0.6, bottom=0.7, header=0.3, footer=0.3
    )
    worksheet.print_options.gridLines = True
    worksheet.oddFooter.center.text = "&A · &P / &N"


def save(book: Any, creator: str = "spbe") -> bytes:
    """The workbook's bytes: no cell a formula, document times and zip entry times fixed."""
    when = moment()
    for worksheet in book.worksheets:
        as_text(worksheet)
    book.properties.created = book.properties.modified = when
    book.properties.creator = creator
    book.properties.lastModifiedBy = creator
    buffer = io.BytesIO()
    book.save(buffer)
    return reproducible_zip(buffer.getvalue(), when)


def reproducible_zip(data: bytes, when: dt.datetime) -> bytes:
    """The same workbook bytes for the same inputs: openpyxl stamps the save time into
    ``docProps/core.xml`` and every zip entry; both become ``when``."""
    stamp = when.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    date_time = max(when, dt.datetime(1980, 1, 1)).timetuple()[:6]
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            body = source.read(info)
            if info.filename == "docProps/core.xml":
                for tag in (rb"dcterms:modified", rb"dcterms:created"):
                    body = re.sub(
                        rb"(<" + tag + rb"[^>]*>)[^<]*(</" + tag + rb">)",
                        rb"\g<1>" + stamp + rb"\g<2>",
                        body,
                    )
            entry = zipfile.ZipInfo(info.filename, date_time=date_time)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o600 << 16
            target.writestr(entry, body)
    return out.getvalue()
