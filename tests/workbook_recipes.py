"""How each hostile or odd workbook of ``tests/cases/workbooks/<case>/`` is made from a fresh
`spbe sheet` workbook (what a coordinator, a spreadsheet program or an attacker could send back).
A case folder that holds its own ``book.*`` file needs no recipe."""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from openpyxl import load_workbook

Recipe = Callable[[Path], None]


def _edit(path: Path, change: Callable[..., None]) -> None:
    book = load_workbook(path)
    change(book)
    book.save(path)


def _rezip(path: Path, change: Callable[[dict[str, bytes]], None]) -> None:
    """Change the parts of the zip itself (what openpyxl would not write)."""
    with zipfile.ZipFile(path) as source:
        parts = {i.filename: source.read(i) for i in source.infolist()}
    change(parts)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for name, body in parts.items():
            target.writestr(name, body)
    path.write_bytes(out.getvalue())


def formula_in_fill_cell(path: Path) -> None:
    def change(book: object) -> None:
        ind = book["Indikator"]  # type: ignore[index]
        ind["E4"] = "=1+2"
        ind["F5"] = '=HYPERLINK("https://contoh.invalid","klik")'

    _edit(path, change)


def merged_cells(path: Path) -> None:
    _edit(path, lambda book: book["Indikator"].merge_cells("F4:G4"))


def row_inserted(path: Path) -> None:
    _edit(path, lambda book: book["Indikator"].insert_rows(5))


def row_deleted(path: Path) -> None:
    _edit(path, lambda book: book["Indikator"].delete_rows(5))


def evidence_row_deleted(path: Path) -> None:
    _edit(path, lambda book: book["Data dukung"].delete_rows(5))


def column_inserted(path: Path) -> None:
    _edit(path, lambda book: book["Indikator"].insert_cols(3))


def sheet_renamed(path: Path) -> None:
    def change(book: object) -> None:
        book["Kriteria"].title = "Kriteria lama"  # type: ignore[index]

    _edit(path, change)


def sheet_missing(path: Path) -> None:
    _edit(path, lambda book: book.remove(book["Kriteria"]))


def extra_sheet(path: Path) -> None:
    def change(book: object) -> None:
        extra = book.create_sheet("Catatan")  # type: ignore[attr-defined]
        extra["A1"] = "I24 sebenarnya tingkat 4"

    _edit(path, change)


def level_in_words(path: Path) -> None:
    def change(book: object) -> None:
        ind = book["Indikator"]  # type: ignore[index]
        ind["E4"] = "tiga"
        ind["E5"] = "3,5"
        ind["E6"] = 9

    _edit(path, change)


def date_where_text_is_expected(path: Path) -> None:
    def change(book: object) -> None:
        book["Indikator"]["F4"] = dt.datetime(2023, 3, 1)  # type: ignore[index]
        ev = book["Data dukung"]  # type: ignore[index]
        ev["B4"] = dt.datetime(2023, 3, 1)
        ev["G5"] = "kemarin"

    _edit(path, change)


def evidence_row_incomplete(path: Path) -> None:
    def change(book: object) -> None:
        ev = book["Data dukung"]  # type: ignore[index]
        row = next(r for r in range(4, ev.max_row + 1) if "|new|" in str(ev.cell(r, 9).value))
        ev.cell(row, 2).value = "Tanpa kode indikator"
        ev.cell(row + 1, 1).value = "I1"  # not this unit's
        ev.cell(row + 1, 2).value = "Indikator unit lain"
        ev.cell(row + 2, 1).value = "I24"
        ev.cell(row + 2, 3).value = "evidence/2023/tanpa-judul.pdf"

    _edit(path, change)


def many_rows(path: Path) -> None:
    """100,000 rows on the evidence sheet, written straight into its XML (fast to make)."""

    def change(parts: dict[str, bytes]) -> None:
        name = "xl/worksheets/sheet3.xml"
        rows = "".join(
            f'<row r="{n}"><c r="B{n}" t="inlineStr"><is><t>x</t></is></c></row>'
            for n in range(200, 100_200)
        )
        parts[name] = parts[name].replace(b"</sheetData>", rows.encode() + b"</sheetData>")

    _rezip(path, change)


def zip_bomb(path: Path) -> None:
    """A small file that expands to 200 MB."""

    def change(parts: dict[str, bytes]) -> None:
        parts["xl/media/image1.bin"] = bytes(200 * 1024 * 1024)

    _rezip(path, change)


def _cells(megabytes: int) -> bytes:
    """Rows of 100 number cells, ``megabytes`` of XML that compresses ~300:1."""
    row = b"<row>" + b"<c><v>1</v></c>" * 100 + b"</row>"
    return row * (megabytes * 1024 * 1024 // len(row))


def unread_sheet_bomb(path: Path) -> None:
    """A ~300 KB file whose criteria sheet (shown, never read back) unpacks to 95 MB: under
    the zip's 100 MB, and harmless as long as import never unpacks that sheet."""

    def change(parts: dict[str, bytes]) -> None:
        name = "xl/worksheets/sheet4.xml"
        parts[name] = parts[name].replace(b"</sheetData>", _cells(95) + b"</sheetData>")

    _rezip(path, change)


def needed_sheet_too_large(path: Path) -> None:
    """The evidence sheet, which import reads, unpacks to 60 MB of cells in a few rows."""

    def change(parts: dict[str, bytes]) -> None:
        name = "xl/worksheets/sheet3.xml"
        parts[name] = parts[name].replace(b"</sheetData>", _cells(60) + b"</sheetData>")

    _rezip(path, change)


def needed_sheet_declares_too_many_cells(path: Path) -> None:
    """The indicator sheet declares every cell a spreadsheet can hold (17 billion)."""

    def change(parts: dict[str, bytes]) -> None:
        name = "xl/worksheets/sheet2.xml"
        parts[name] = re.sub(
            rb'<dimension ref="[^"]*"', b'<dimension ref="A1:XFD1048576"', parts[name]
        )

    _rezip(path, change)


def needed_sheet_holds_more_cells_than_declared(path: Path) -> None:
    """Every sheet import reads keeps its small declared size but holds one row of two million
    empty cells (8 MB each, just under the 8 MiB a sheet may unpack to; 40 KB packed): 30 s
    and 770 MB in openpyxl. A fixed number, so the count in expected.txt does not move with
    the length of the sheet's texts."""

    def change(parts: dict[str, bytes]) -> None:
        for name in ("xl/worksheets/sheet2.xml", "xl/worksheets/sheet3.xml"):
            row = b'<row r="100">' + b"<c/>" * 2_000_000 + b"</row>"
            parts[name] = parts[name].replace(b"</sheetData>", row + b"</sheetData>")

    _rezip(path, change)


def external_links(path: Path) -> None:
    def change(parts: dict[str, bytes]) -> None:
        parts["xl/externalLinks/externalLink1.xml"] = (
            b'<?xml version="1.0" encoding="UTF-8"?><externalLink xmlns="http://schemas.'
            b'openxmlformats.org/spreadsheetml/2006/main"><externalBook r:id="rId1" xmlns:r='
            b'"http://schemas.openxmlformats.org/officeDocument/2006/relationships"/></externalLink>'
        )

    _rezip(path, change)


def macros_inside(path: Path) -> None:
    _rezip(path, lambda parts: parts.__setitem__("xl/vbaProject.bin", b"\xd0\xcf\x11\xe0macro"))


def not_made_by_spbe(path: Path) -> None:
    from openpyxl import Workbook

    book: Any = Workbook()
    book.active["A1"] = "Kode"
    book.save(path)


def another_catalogue(path: Path) -> None:
    def change(book: object) -> None:
        meta = book["_spbe"]  # type: ignore[index]
        for row in meta.iter_rows(max_col=2):
            if row[0].value == "catalogue":
                row[1].value = "pemdi-2026"

    _edit(path, change)


def yaml_changed_since(path: Path) -> None:
    unit = path.parent / "2023" / "bpkad.yaml"
    unit.write_text(unit.read_text("utf-8").replace("level: 4", "level: 3", 1), "utf-8")


RECIPES: dict[str, Recipe] = {
    "formula-in-fill-cell": formula_in_fill_cell,
    "merged-cells": merged_cells,
    "row-inserted": row_inserted,
    "row-deleted": row_deleted,
    "evidence-row-deleted": evidence_row_deleted,
    "column-inserted": column_inserted,
    "sheet-renamed": sheet_renamed,
    "sheet-missing": sheet_missing,
    "extra-sheet": extra_sheet,
    "level-in-words": level_in_words,
    "date-where-text-is-expected": date_where_text_is_expected,
    "evidence-row-incomplete": evidence_row_incomplete,
    "many-rows": many_rows,
    "zip-bomb": zip_bomb,
    "unread-sheet-bomb": unread_sheet_bomb,
    "needed-sheet-too-large": needed_sheet_too_large,
    "needed-sheet-declares-too-many-cells": needed_sheet_declares_too_many_cells,
    "needed-sheet-holds-more-cells-than-declared": needed_sheet_holds_more_cells_than_declared,
    "external-links": external_links,
    "macros-inside": macros_inside,
    "not-made-by-spbe": not_made_by_spbe,
    "another-catalogue": another_catalogue,
    "yaml-changed-since": yaml_changed_since,
}
