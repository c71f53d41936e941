"""`spbe export` workbooks on paper: A4, one page wide, the heading row on every page, columns
as wide as their text, rows as tall as their wrapped text; LibreOffice prints them to PDF as a
coordinator's spreadsheet would."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from conftest import run_cli
from office import convert


def _book(year: str, name: str) -> Any:
    from openpyxl import load_workbook

    assert run_cli("export", year, "-o", name).exit_code == 0
    return load_workbook(name)


@pytest.mark.parametrize("year", ["2026", "2023"])
def test_every_sheet_is_set_up_for_a4(example_copy: Path, year: str) -> None:
    book = _book(year, "book.xlsx")
    summary, indicators = book.worksheets
    for sheet, orientation in ((summary, "portrait"), (indicators, "landscape")):
        setup = sheet.page_setup
        assert setup.paperSize == 9, sheet.title  # A4
        assert setup.orientation == orientation, sheet.title
        assert (setup.fitToWidth, setup.fitToHeight) == (1, 0), sheet.title
        assert sheet.sheet_properties.pageSetUpPr.fitToPage is True, sheet.title
        assert sheet.print_title_rows == "$1:$1", sheet.title
        margins = sheet.page_margins
        assert 0.4 <= min(margins.left, margins.right, margins.top, margins.bottom) <= 1
        assert sheet.print_options.gridLines is True
        assert "&P" in sheet.oddFooter.center.text
    # the summary's columns hold their longest text, and no more than two letters over it
    for letter in "ABCD":
        cells = [str(c.value) for c in summary[letter] if c.value is not None]
        width = summary.column_dimensions[letter].width
        longest = max(len(t) for t in cells[1:])
        assert longest <= width <= max(longest, len(cells[0])) + 2, (letter, width)
    # long text wraps in capped columns; rows are tall enough for it (never one line of it)
    headings = [c.value for c in indicators[1]]
    explanation = headings.index("Penjelasan") + 1
    letter = indicators.cell(1, explanation).column_letter
    assert indicators.column_dimensions[letter].width == 40
    tall = [
        r
        for r in range(2, indicators.max_row + 1)
        if len(indicators.cell(r, explanation).value or "") > 80
    ]
    assert tall and all((indicators.row_dimensions[r].height or 0) >= 45 for r in tall)


def _run(tool: str, *args: str) -> str:
    """A poppler tool's output (pdfinfo, pdftotext)."""
    found = shutil.which(tool)
    if found is None:
        if os.environ.get("CI"):
            pytest.fail(f"CI must install poppler-utils ({tool}) for these tests")
        pytest.skip(f"{tool} is not installed here (CI installs it)")
    done = subprocess.run([found, *args], capture_output=True, text=True, check=True, timeout=60)
    return done.stdout


def _pages(pdf: Path) -> list[str]:
    """Each page's text, laid out as printed."""
    return _run("pdftotext", "-layout", str(pdf), "-").split("\f")[:-1]


@pytest.mark.parametrize(("year", "aspects"), [("2026", 7), ("2023", 8)])
def test_libreoffice_prints_the_summary_on_one_page_and_headings_on_every_page(
    example_copy: Path, tmp_path: Path, year: str, aspects: int
) -> None:
    _book(year, f"export-{year}.xlsx")
    pdf = convert(example_copy / f"export-{year}.xlsx", tmp_path / "pdf", "pdf")
    pages = _pages(pdf)
    sizes = re.findall(
        r"size:\s+([\d.]+) x ([\d.]+)", _run("pdfinfo", "-f", "1", "-l", str(len(pages)), str(pdf))
    )
    # A4 upright for the summary, on its side for the indicators
    shapes = [(round(float(w)), round(float(h))) for w, h in sizes]
    assert shapes == [(595, 842)] + [(842, 595)] * (len(pages) - 1)
    summary, *indicators = pages
    assert "Ringkasan · 1 /" in summary  # the footer: sheet and page number
    assert all(f"A{n}" in summary for n in range(1, aspects + 1))
    assert indicators and all("Indikator ·" in page for page in indicators)
    assert not any("Ringkasan ·" in page for page in indicators)  # the summary: one page
    for page in indicators:  # every page opens with the heading row
        first = next(line for line in page.splitlines() if line.strip())
        assert re.match(r"\s*Kode\s+Indikator\s+Aspek", first), first
    shown = " ".join(indicators)
    count = 20 if year == "2026" else 47
    assert all(re.search(rf"\bI{n}\b", shown) for n in range(1, count + 1))  # every indicator


def test_no_row_is_taller_than_a_spreadsheet_keeps(example_copy: Path) -> None:
    from openpyxl import load_workbook

    unit = example_copy / "2026" / "bappeda.yaml"
    text = unit.read_text("utf-8")
    long = " ".join(f"kalimat{n} tentang layanan digital yang panjang." for n in range(300))
    unit.write_text(
        text.replace("explanation: >-\n", f"explanation: >-\n      {long}\n", 1), "utf-8"
    )
    assert run_cli("export", "2026", "-o", "x.xlsx").exit_code == 0
    sheet: Any = load_workbook(example_copy / "x.xlsx")["Indikator"]
    heights = [d.height for d in sheet.row_dimensions.values() if d.height]
    assert heights and max(heights) == 409
