"""Saving a workbook the same way every time: text cells that never become formulas, and the
same bytes for the same inputs (``SOURCE_DATE_EPOCH`` or a fixed moment, never the clock)."""

from __future__ import annotations

import datetime as dt
import io
import os
import re
import zipfile
from typing import Any


def moment() -> dt.datetime:
    """The time stamped into a workbook: ``SOURCE_DATE_EPOCH`` when set, else a fixed date."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        return dt.datetime.fromtimestamp(int(epoch), tz=dt.timezone.utc).replace(tzinfo=None)
    return dt.datetime(2020, 1, 1)


def as_text(worksheet: Any) -> None:
    """User text stays text: openpyxl stores a string that starts with ``=`` as a formula, which
    a spreadsheet then evaluates (``=HYPERLINK(...)`` in an explanation becomes a live link)."""
    for row_cells in worksheet.iter_rows():
        for cell in row_cells:
            if cell.data_type == "f":
                cell.data_type = "s"


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
